import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { parseRecap, RecapArticle, RecapHeader, RelatedReads, type Session, SessionCard, SpeakerByline } from "../../src/index.js";
import { ar } from "../../src/labels/ar.js";
import { de } from "../../src/labels/de.js";
import "../../src/styles.css";
import rawArabic from "../fixtures/cloud-arabia-2025.ar.recap.json" with { type: "json" };
import rawGerman from "../fixtures/cloudtage-hamburg-2024.de.recap.json" with { type: "json" };
import raw from "../fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

// What the editorial design promises, measured in Chromium: the outline in the type sizes, the
// line length of running text, teasers that fill their row, targets, contrast, names that wrap whole.

const kubecon = parseRecap(raw);
const german = parseRecap(rawGerman);

afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ contrast: null, colorScheme: null });
  await page.viewport(1024, 768);
});

const px = (element: Element | null, property = "fontSize") =>
  Number.parseFloat(getComputedStyle(element as Element)[property as "fontSize"]);

/** The width of "0" in an element's font: the CSS `ch`. */
function ch(element: Element): number {
  const probe = document.createElement("span");
  probe.textContent = "0".repeat(100);
  probe.style.cssText = "position:absolute;visibility:hidden;white-space:nowrap;font:inherit;letter-spacing:inherit";
  element.append(probe);
  const width = probe.getBoundingClientRect().width / 100;
  probe.remove();
  return width;
}

/** How many characters wide a block of running text is, in its own `ch`. */
function measure(element: Element): number {
  const style = getComputedStyle(element);
  const content =
    element.getBoundingClientRect().width - Number.parseFloat(style.paddingInlineStart) - Number.parseFloat(style.paddingInlineEnd);
  return content / ch(element);
}

function luminance(color: string): number {
  // rgb() in 0–255, or color(srgb …) in 0–1 (how browsers write relative colours).
  const scale = color.startsWith("color(srgb") ? 1 : 255;
  const [r, g, b] = (color.match(/[\d.]+(?:e-?\d+)?/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / scale;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe("type sizes follow the outline, whatever the heading levels", () => {
  it("on a page of sessions: title > session > its takeaways > text", async () => {
    await page.viewport(1280, 800);
    const { container } = render(<RecapArticle recap={kubecon} />);
    const title = px(container.querySelector(".rk-RecapHeader-title"));
    const session = px(container.querySelector(".rk-SessionCard-title"));
    const takeaways = px(container.querySelector(".rk-SessionCard .rk-TakeawayList-heading"));
    const text = px(container.querySelector(".rk-SessionCard-summary"));
    // An 18 px body, and headings in ems of it.
    expect([title, session, takeaways, text]).toEqual([40.5, 27, 20.25, 18]);
    expect(px(container.querySelector(".rk-RelatedReads-heading"))).toBe(session);
    // The intro is a lead.
    expect(px(container.querySelector(".rk-RecapArticle-intro"))).toBe(22.5);
  });

  it("on a page grouped by day: day > session > its takeaways, though the session is an h3 and its takeaways an h4", async () => {
    await page.viewport(1280, 800);
    const { container } = render(<RecapArticle recap={german} />);
    const day = container.querySelector(".rk-RecapArticle-dayHeading");
    const session = container.querySelector(".rk-RecapArticle-day .rk-SessionCard-title");
    const takeaways = container.querySelector(".rk-RecapArticle-day .rk-TakeawayList-heading");
    expect([day?.tagName, session?.tagName, takeaways?.tagName]).toEqual(["H2", "H3", "H4"]);
    expect([px(day), px(session), px(takeaways)]).toEqual([27, 24.75, 20.25]);
  });

  it("doubles the title at 200 % zoom on a wide screen (WCAG 1.4.4): its size depends on the viewport only below 640 px", async () => {
    await page.viewport(1280, 800);
    const { container } = render(<RecapHeader title={kubecon.title} event={kubecon.event} />);
    const wide = px(container.querySelector(".rk-RecapHeader-title"));
    // 200 % zoom of a 1280 px window lays the page out in 640 CSS pixels, each drawn twice as large.
    await page.viewport(640, 800);
    expect(2 * px(container.querySelector(".rk-RecapHeader-title"))).toBeGreaterThanOrEqual(2 * wide);
    // On a phone it is smaller, never below 1.75 times the text.
    await page.viewport(320, 800);
    const phone = px(container.querySelector(".rk-RecapHeader-title"));
    expect(phone).toBeGreaterThanOrEqual(28);
    expect(phone).toBeLessThan(wide);
  });
});

describe("the measure", () => {
  it("keeps paragraphs between 60 and 75 characters a line, takeaways in their panel no wider, and the lead near it", async () => {
    await page.viewport(1280, 800);
    const { container } = render(<RecapArticle recap={kubecon} />);
    const paragraph = container.querySelector(".rk-SessionCard-summary") as Element;
    const takeaways = container.querySelector(".rk-SessionCard .rk-TakeawayList-list") as Element;
    expect(measure(paragraph)).toBeGreaterThanOrEqual(60);
    expect(measure(paragraph)).toBeLessThanOrEqual(75);
    // Inside the panel's padding: a little shorter, never longer.
    expect(measure(takeaways)).toBeGreaterThanOrEqual(50);
    expect(measure(takeaways)).toBeLessThanOrEqual(measure(paragraph));
    // The takeaways' panel ends at the paragraphs' edge: no ragged column.
    const edge = (element: Element) => element.getBoundingClientRect().right;
    expect(Math.abs(edge(takeaways.parentElement as Element) - edge(paragraph))).toBeLessThanOrEqual(1);
    const lead = measure(container.querySelector(".rk-RecapArticle-intro") as Element);
    // Larger, so fewer characters a line in the same column.
    expect(lead).toBeGreaterThanOrEqual(50);
    expect(lead).toBeLessThanOrEqual(75);
  });
});

describe("related reads", () => {
  // Teasers as parseRecap gives them: excerpts shortened, dates written.
  const reads = (count: number) =>
    parseRecap({
      ...raw,
      relatedReads: Array.from({ length: count }, (_, index) => ({
        title: `Read number ${index + 1}`,
        url: `https://example.com/${index}`,
        excerpt: raw.relatedReads[index % 3]?.excerpt,
        date: `2025-01-0${index + 1}`,
      })),
    }).relatedReads;

  it.each([1, 2, 3])("fill their row with %i teaser(s): no empty column", async (count) => {
    await page.viewport(1280, 800);
    const { container } = render(
      <div style={{ inlineSize: 800 }}>
        <RelatedReads relatedReads={reads(count)} />
      </div>,
    );
    const list = (container.querySelector(".rk-RelatedReads-list") as Element).getBoundingClientRect();
    const teasers = [...container.querySelectorAll(".rk-RelatedReads-teaser")].map((teaser) => teaser.getBoundingClientRect());
    expect(new Set(teasers.map((teaser) => Math.round(teaser.top))).size).toBe(1);
    expect(Math.round(teasers[0]?.left ?? 0)).toBe(Math.round(list.left));
    expect(Math.round(teasers.at(-1)?.right ?? 0)).toBe(Math.round(list.right));
    // And the dates of a row line up at the foot of the teasers.
    const dates = [...container.querySelectorAll(".rk-RelatedReads-date")].map((date) => Math.round(date.getBoundingClientRect().bottom));
    expect(new Set(dates).size).toBe(1);
  });

  it("shortens linked excerpts in the text, at a word, with no line clamp cutting a word in half", async () => {
    const { container } = render(<RelatedReads relatedReads={reads(3)} />);
    const excerpt = container.querySelectorAll(".rk-RelatedReads-excerpt")[2] as HTMLElement;
    expect(excerpt.textContent?.endsWith("…")).toBe(true);
    expect(excerpt.scrollHeight).toBeLessThanOrEqual(excerpt.clientHeight + 1);
    expect(getComputedStyle(excerpt).webkitLineClamp).toBe("none");
  });
});

describe("targets and wrapping", () => {
  it("gives the self-link a target of at least 24 × 24 px, always on the title's last line, after its last word", async () => {
    await page.viewport(1280, 800);
    const session = kubecon.sessions[6] as Session;
    const { container } = render(
      <>
        <SessionCard {...session} id="short" title="Short" />
        <SessionCard {...session} id="long" title={`${session.title} ${session.title} ${session.title} ${session.title}`} />
      </>,
    );
    const positions = ["short", "long"].map((id) => {
      const anchor = (container.querySelector(`#${id} .rk-SessionCard-anchor`) as Element).getBoundingClientRect();
      const heading = (container.querySelector(`#${id} .rk-SessionCard-heading`) as Element).getBoundingClientRect();
      const title = container.querySelector(`#${id} .rk-SessionCard-title`) as Element;
      const range = document.createRange();
      range.selectNodeContents(title);
      const last = [...range.getClientRects()].at(-1) as DOMRect;
      expect(anchor.width, id).toBeGreaterThanOrEqual(24);
      expect(anchor.height, id).toBeGreaterThanOrEqual(24);
      // Its middle on the last line of the title, inside the heading.
      expect((anchor.top + anchor.bottom) / 2, id).toBeGreaterThan(last.top);
      expect((anchor.top + anchor.bottom) / 2, id).toBeLessThan(last.bottom);
      expect(anchor.right, id).toBeLessThanOrEqual(heading.right + 1);
      return Math.round(anchor.left - last.right);
    });
    // A space after the last word: no gap wider than a few pixels.
    for (const gap of positions) expect(gap).toBeLessThanOrEqual(12);
    for (const gap of positions) expect(gap).toBeGreaterThanOrEqual(0);
  });

  it("moves a person, or a name with its organisation, to the next line whole at 375 px", async () => {
    await page.viewport(375, 800);
    const { container } = render(<RecapArticle recap={kubecon} />);
    const oneLine = (element: Element) => {
      const height = element.getBoundingClientRect().height;
      return height <= 1.7 * px(element, "lineHeight");
    };
    const pieces = [
      ...container.querySelectorAll(".rk-SpeakerByline-person, .rk-SpeakerByline-group:has(> .rk-SpeakerByline-person:only-child)"),
    ];
    expect(pieces.length).toBeGreaterThan(8);
    expect(pieces.filter((piece) => !oneLine(piece)).map((piece) => piece.textContent)).toEqual([]);
    // Each piece of the event line stays whole, its separator at its end.
    for (const item of container.querySelectorAll(".rk-RecapHeader-event .rk-MetaItem"))
      expect(oneLine(item), item.textContent ?? "").toBe(true);
  });

  it("lets a single pair longer than the line wrap inside it at 320 px, without overflowing", async () => {
    await page.viewport(320, 800);
    const { container } = render(
      <SpeakerByline
        speakers={[{ name: "Maria Carmen de los Ángeles Fernández-Villaverde", affiliation: "Instituto Nacional de Ciberseguridad" }]}
      />,
    );
    const byline = container.querySelector(".rk-SpeakerByline") as HTMLElement;
    expect(byline.scrollWidth).toBeLessThanOrEqual(byline.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it("keeps inline avatars within the line: a byline with pictures is spaced like the text around it", async () => {
    const { container } = render(
      <>
        <SpeakerByline id="with" speakers={german.authors ?? []} showAvatars />
        <SpeakerByline id="without" speakers={german.authors ?? []} showAvatars={false} />
      </>,
    );
    const height = (id: string) => (container.querySelector(`#${id} .rk-SpeakerByline-text`) as Element).getBoundingClientRect().height;
    expect(height("with")).toBeLessThanOrEqual(height("without") + 1);
  });

  it("shows five people or more as a list, fewer as a sentence, unless told otherwise", () => {
    const people = Array.from({ length: 5 }, (_, index) => ({ name: `Person ${index + 1}`, affiliation: "CNCF" }));
    const { container } = render(
      <>
        <SpeakerByline id="four" speakers={people.slice(0, 4)} />
        <SpeakerByline id="five" speakers={people} />
        <SpeakerByline id="told" speakers={people} variant="inline" />
      </>,
    );
    expect(container.querySelector("#four ul")).toBeNull();
    expect(container.querySelectorAll("#five li")).toHaveLength(5);
    expect(container.querySelector("#told ul")).toBeNull();
  });
});

describe("hover states, with a real pointer", () => {
  it("underlines a resource's label, colours the self-link and strengthens a teaser's border", async () => {
    const session = kubecon.sessions[0] as Session;
    const { container } = render(
      <>
        <SessionCard {...session} id="hover" />
        <RelatedReads relatedReads={[{ title: "Istio in practice", url: "https://example.com/istio", excerpt: "A read." }]} />
      </>,
    );
    const label = container.querySelector(".rk-ResourceLinks-label") as HTMLElement;
    const anchor = container.querySelector(".rk-SessionCard-anchor") as HTMLElement;
    const teaser = container.querySelector(".rk-RelatedReads-teaser") as HTMLElement;
    const before = {
      label: getComputedStyle(label).textDecorationLine,
      anchor: getComputedStyle(anchor).color,
      teaser: getComputedStyle(teaser).borderTopColor,
    };
    await userEvent.hover(label);
    expect(getComputedStyle(label).textDecorationLine).toBe("underline");
    expect(before.label).toBe("none");
    await userEvent.hover(anchor);
    expect(getComputedStyle(anchor).color).not.toBe(before.anchor);
    await userEvent.hover(teaser);
    await expect.poll(() => getComputedStyle(teaser).borderTopColor).not.toBe(before.teaser);
  });
});

describe("accessibility", () => {
  it.each(["light", "dark"] as const)(
    "raises borders to 3:1 and muted text to 7:1 when the reader asks for more contrast (%s)",
    async (theme) => {
      const { container } = render(
        <div data-rk-theme={theme} style={{ background: "var(--rk-color-canvas)" }} data-testid="canvas">
          <RecapArticle recap={kubecon} />
        </div>,
      );
      const canvas = getComputedStyle(container.querySelector('[data-testid="canvas"]') as Element).backgroundColor;
      const rule = () => getComputedStyle(container.querySelector(".rk-SessionCard + .rk-SessionCard") as Element).borderTopColor;
      const muted = () => getComputedStyle(container.querySelector(".rk-RecapHeader-facts") as Element).color;
      expect(contrast(rule(), canvas)).toBeLessThan(3);
      await commands.emulateMedia({ contrast: "more" });
      expect(contrast(rule(), canvas)).toBeGreaterThanOrEqual(3);
      expect(contrast(muted(), canvas)).toBeGreaterThanOrEqual(7);
    },
  );

  it("does not read out the separators and the '#' that CSS draws", async () => {
    const { container } = render(<RecapArticle recap={german} labels={de} />);
    expect(getComputedStyle(container.querySelector(".rk-RecapHeader-facts .rk-MetaItem") as Element, "::after").content).toBe('"·" / ""');
    const facts = await commands.ariaSnapshot(".rk-RecapHeader-facts");
    const tags = await commands.ariaSnapshot(".rk-RecapHeader .rk-TagList");
    expect(facts).toContain("Veröffentlicht am");
    expect(facts).not.toContain("·");
    expect(tags).toContain("Kubernetes");
    expect(tags).not.toContain("#");
  });

  it("is no second banner landmark when the header stands alone, and the article's header inside RecapArticle", async () => {
    render(
      <div data-testid="alone">
        <RecapHeader title={kubecon.title} event={kubecon.event} />
      </div>,
    );
    expect(await commands.ariaSnapshot('[data-testid="alone"]')).not.toContain("banner");
    cleanup();
    const { container } = render(<RecapArticle recap={kubecon} />);
    // The header is a div in the article's own <header>: the article's header, not a landmark of the page.
    expect(container.querySelector(".rk-RecapHeader")?.tagName).toBe("DIV");
    expect(container.querySelector(".rk-RecapHeader")?.parentElement?.matches("article > header")).toBe(true);
    expect(await commands.ariaSnapshot(".rk-RecapArticle")).not.toContain("banner");
  });

  it("joins an Arabic byline with Arabic punctuation", () => {
    const arabic = parseRecap(rawArabic);
    const { container } = render(
      <SpeakerByline
        speakers={[...(arabic.sessions[0]?.speakers ?? []), { name: "ليلى", role: "مقدّمة", affiliation: "شركة" }]}
        language="ar"
        labels={ar}
        variant="list"
      />,
    );
    expect(container.textContent).toContain("مقدّمة، شركة");
    expect(container.textContent).not.toMatch(/[,;]/);
  });
});
