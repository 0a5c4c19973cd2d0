import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { parseRecap, type Session, SessionCard } from "../../src/index.js";
import { renderRecapToHtml } from "../../src/static/index.js";
import "../../src/styles.css";
import raw from "../fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

// Issue 24's editorial figures, measured where a reader meets them: the command line's page of the
// seed recap (renderRecapToHtml), in a frame as wide as a phone, a tablet, a laptop and a wide
// screen, in the light and the dark scheme. Each test logs what it measured ("editorial:" lines),
// the numbers the closing note compares before and after.

type Scheme = "light" | "dark";
const SCHEMES: Scheme[] = ["light", "dark"];

afterEach(async () => {
  cleanup();
  for (const frame of document.querySelectorAll("iframe[data-editorial]")) frame.remove();
  await commands.emulateMedia({ colorScheme: null, contrast: null, media: null });
});

const css = (element: Element) => (element.ownerDocument.defaultView as Window).getComputedStyle(element);

function report(name: string, values: unknown) {
  console.log(`editorial: ${name} ${JSON.stringify(values)}`);
}

/** The CLI's standalone page of a recap, in a frame `width` CSS pixels wide (its viewport), grown to its full height. */
async function cliPage(width: number, recap: unknown = raw): Promise<Document> {
  const frame = document.createElement("iframe");
  frame.dataset.editorial = "";
  frame.style.cssText = `inline-size:${width}px;block-size:900px;border:0;display:block`;
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  frame.srcdoc = renderRecapToHtml(recap);
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument as Document;
  await doc.fonts.ready;
  // No vertical scrollbar taking width from the page: the frame is as tall as its page.
  frame.style.blockSize = `${doc.documentElement.scrollHeight}px`;
  await new Promise(requestAnimationFrame);
  return doc;
}

interface Line {
  text: string;
  top: number;
  bottom: number;
  right: number;
  /** Characters of the line that are inside an element matching `content` (see lines()). */
  content: number;
}

/**
 * The lines a reader sees in an element, as laid out: each character's box, grouped by the line
 * it sits on. `content` counts the characters inside elements that match the selector given.
 */
function lines(element: Element, content?: string): Line[] {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  const found: Line[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest(".rk-visually-hidden, [aria-hidden='true']")) continue;
    const inContent = content ? Boolean(parent?.closest(content)) : false;
    const text = node.textContent ?? "";
    for (let index = 0; index < text.length; index++) {
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const rect = [...range.getClientRects()].find((box) => box.width > 0 && box.height > 0);
      if (!rect) continue;
      const middle = (rect.top + rect.bottom) / 2;
      let line = found.at(-1);
      if (!line || middle > line.bottom) {
        line = { text: "", top: rect.top, bottom: rect.bottom, right: rect.right, content: 0 };
        found.push(line);
      }
      line.text += text[index];
      line.right = Math.max(line.right, rect.right);
      if (inContent && /\S/.test(text[index] as string)) line.content++;
    }
  }
  return found.map((line) => ({ ...line, text: line.text.replace(/\s+/g, " ").trim() }));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Characters on every full line (not a paragraph's last) of the sessions' running text. */
function charactersPerLine(doc: Document): number[] {
  const blocks = doc.querySelectorAll(".rk-SessionCard .rk-Prose-paragraph, .rk-SessionCard .rk-TakeawayList-item");
  return [...blocks].flatMap((block) =>
    lines(block)
      .slice(0, -1)
      .map((line) => line.text.length),
  );
}

describe("type and measure (item 1)", () => {
  it.each(SCHEMES)(
    "sets running text at 17–20 px from a tablet up, 60–70 characters a line (median), none over 75 (%s)",
    async (scheme) => {
      await commands.emulateMedia({ colorScheme: scheme });
      const measured: Array<{ width: number; body: number; median: number; max: number; lineHeight: number }> = [];
      for (const width of [390, 768, 1280, 1920]) {
        const doc = await cliPage(width);
        const paragraph = css(doc.querySelector(".rk-SessionCard .rk-Prose-paragraph") as Element);
        const body = Number.parseFloat(paragraph.fontSize);
        const counts = charactersPerLine(doc);
        const lineHeight = Number((Number.parseFloat(paragraph.lineHeight) / body).toFixed(2));
        measured.push({ width, body, median: median(counts), max: Math.max(...counts), lineHeight });
      }
      report(`measure (${scheme})`, measured);
      for (const { width, body, median: typical, max, lineHeight } of measured) {
        expect(body, `${width} px`).toBeGreaterThanOrEqual(16);
        expect(lineHeight, `${width} px`).toBeGreaterThanOrEqual(1.45);
        expect(lineHeight, `${width} px`).toBeLessThanOrEqual(1.7);
        if (width < 768) continue;
        expect(body, `${width} px`).toBeGreaterThanOrEqual(17);
        expect(body, `${width} px`).toBeLessThanOrEqual(20);
        expect(typical, `${width} px`).toBeGreaterThanOrEqual(60);
        expect(typical, `${width} px`).toBeLessThanOrEqual(70);
        expect(max, `${width} px`).toBeLessThanOrEqual(75);
      }
    },
  );

  it.each(SCHEMES)("ends every block of the article at one column edge, at every width (%s)", async (scheme) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const measured: Record<number, unknown> = {};
    const off: string[] = [];
    for (const width of [390, 768, 1280, 1920]) {
      const doc = await cliPage(width);
      const article = (doc.querySelector(".rk-RecapArticle") as Element).getBoundingClientRect();
      const blocks = [
        ".rk-RecapHeader",
        ".rk-RecapArticle-intro",
        ".rk-SessionIndex",
        ".rk-SessionCard",
        ".rk-SessionCard-header",
        ".rk-SessionCard-summary",
        ".rk-TakeawayList",
        ".rk-RelatedReads",
        ".rk-RelatedReads-list",
        ".rk-CallToAction",
      ].flatMap((selector) => [...doc.querySelectorAll(selector)].map((element) => ({ selector, box: element.getBoundingClientRect() })));
      const edges = (side: "left" | "right") => [...new Set(blocks.map(({ box }) => Math.round(box[side])))].sort((a, b) => a - b);
      measured[width] = { column: Math.round(article.width), starts: edges("left"), ends: edges("right") };
      for (const { selector, box } of blocks)
        if (Math.abs(box.right - article.right) > 1 || Math.abs(box.left - article.left) > 1)
          off.push(`${width} px: ${selector} spans ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    report(`column edges (${scheme})`, measured);
    expect([...new Set(off)]).toEqual([]);
  });
});

/** How far each session's "#" is from the end of its title's last word, and whether it is on that word's line. */
function anchorGaps(doc: Document): Array<{ gap: number; sameLine: boolean }> {
  return [...doc.querySelectorAll(".rk-SessionCard")].map((card) => {
    const title = card.querySelector(".rk-SessionCard-title") as Element;
    const last = lines(title).at(-1) as Line;
    const anchor = (card.querySelector(".rk-SessionCard-anchor") as Element).getBoundingClientRect();
    const middle = (anchor.top + anchor.bottom) / 2;
    return { gap: Math.round(anchor.left - last.right), sameLine: middle > last.top && middle < last.bottom };
  });
}

describe("the self-link (item 2)", () => {
  it.each(SCHEMES)("sits just after the title's last word, on its line, at 390 and 1280 px (%s)", async (scheme) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const measured: Record<number, unknown> = {};
    const all: Array<{ width: number; font: number; gaps: Array<{ gap: number; sameLine: boolean }> }> = [];
    for (const width of [390, 1280]) {
      const doc = await cliPage(width);
      const gaps = anchorGaps(doc);
      measured[width] = gaps.map(({ gap, sameLine }) => (sameLine ? gap : `${gap} (another line)`));
      all.push({ width, font: Number.parseFloat(css(doc.querySelector(".rk-SessionCard-title") as Element).fontSize), gaps });
    }
    report(`self-link gap in px (${scheme})`, measured);
    for (const { width, font, gaps } of all)
      for (const { gap, sameLine } of gaps) {
        expect(sameLine, `${width} px`).toBe(true);
        expect(gap, `${width} px`).toBeGreaterThanOrEqual(0);
        expect(gap, `${width} px`).toBeLessThanOrEqual(0.5 * font);
      }
  });

  it("shows itself on hover and on focus, keeps its name for screen readers and a 24 px target", async () => {
    const session = parseRecap(raw).sessions[0] as Session;
    render(
      <>
        <button type="button">Before</button>
        <SessionCard {...session} />
      </>,
    );
    const anchor = page.getByRole("link", { name: `Link to this session: ${session.title}` });
    const element = anchor.element() as HTMLElement;
    const opacity = () => Number(getComputedStyle(element).opacity);
    expect(opacity()).toBe(0);
    await userEvent.hover(page.getByRole("heading", { name: session.title }));
    await expect.poll(opacity).toBe(1);
    await userEvent.unhover(page.getByRole("heading", { name: session.title }));
    await expect.poll(opacity).toBe(0);
    // Focused by the keyboard: focus-visible, with its ring.
    (page.getByRole("button", { name: "Before" }).element() as HTMLElement).focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(element);
    await expect.poll(opacity).toBe(1);
    expect(getComputedStyle(element).outlineStyle).toBe("solid");
    const box = element.getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  });
});

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

describe("takeaways (item 3)", () => {
  it.each([
    ["light", "no-preference"],
    ["dark", "no-preference"],
    ["light", "more"],
    ["dark", "more"],
  ] as const)("stand out as a panel with a label in the accent colour (%s, contrast %s)", async (scheme, more) => {
    await commands.emulateMedia({ colorScheme: scheme, contrast: more });
    const doc = await cliPage(1280);
    const canvas = css(doc.body).backgroundColor;
    const panel = doc.querySelector(".rk-SessionCard .rk-TakeawayList") as Element;
    const style = css(panel);
    const label = doc.querySelector(".rk-SessionCard .rk-TakeawayList-heading") as Element;
    const item = doc.querySelector(".rk-SessionCard .rk-TakeawayList-item") as Element;
    const link = doc.querySelector(".rk-SessionIndex-link") as Element;
    const transparent = (colour: string) => /rgba\(0, 0, 0, 0\)|transparent|\/ 0\)$/.test(colour);
    const measured = {
      fill: transparent(style.backgroundColor) ? "none" : Number(contrast(style.backgroundColor, canvas).toFixed(2)),
      border: Number(contrast(style.borderTopColor, canvas).toFixed(2)),
      padding: [style.paddingTop, style.paddingInlineStart].map(Number.parseFloat),
      label: Number(contrast(css(label).color, style.backgroundColor).toFixed(2)),
      text: Number(contrast(css(item).color, style.backgroundColor).toFixed(2)),
    };
    report(`takeaway panel (${scheme}, contrast ${more})`, measured);
    // A surface of its own, edged all round, with room inside.
    expect(style.backgroundColor).not.toBe(canvas);
    expect(measured.fill).toBeGreaterThan(1.04);
    expect(Number.parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(1);
    expect(measured.border).toBeGreaterThanOrEqual(more === "more" ? 3 : 1.2);
    for (const padding of measured.padding) expect(padding).toBeGreaterThanOrEqual(16);
    // The label in the accent (the links' colour), readable on the panel, as is its text.
    expect(css(label).color).toBe(css(link).color);
    expect(measured.label).toBeGreaterThanOrEqual(4.5);
    expect(measured.text).toBeGreaterThanOrEqual(more === "more" ? 7 : 4.5);
  });

  it("stay a panel on paper: an edge all round, no fill the printer may drop", async () => {
    const doc = await cliPage(1280);
    await commands.emulateMedia({ media: "print" });
    const style = css(doc.querySelector(".rk-SessionCard .rk-TakeawayList") as Element);
    expect(style.borderTopStyle).toBe("solid");
    expect(style.borderBottomStyle).toBe("solid");
    expect(contrast(style.borderTopColor, "rgb(255, 255, 255)")).toBeGreaterThanOrEqual(2);
    expect(Number.parseFloat(style.paddingTop)).toBeGreaterThan(0);
  });
});

// Two people with long names, roles and organisations, as a conference's programme names them.
const LONG_NAMES = [
  {
    name: "Maria Carmen de los Ángeles Fernández-Villaverde",
    role: "Principal Engineer",
    affiliation: "Instituto Nacional de Ciberseguridad",
  },
  { name: "Jean-Baptiste Alexandre Dupont-Lefebvre", role: "Staff SRE", affiliation: "Université Paris-Saclay" },
];
const PANEL = [
  { name: "Liz Rice", role: "Chief Open Source Officer", affiliation: "Isovalent" },
  { name: "Priyanka Sharma", role: "General Manager", affiliation: "Cloud Native Computing Foundation" },
  { name: "Kelsey Hightower", role: "Principal Engineer", affiliation: "Google Cloud" },
  { name: "Constance Caramanolis", role: "Principal Software Engineer", affiliation: "Splunk" },
];

describe("bylines (item 4)", () => {
  const recap = {
    ...raw,
    sessions: [
      ...raw.sessions,
      { title: "Two long names", speakers: LONG_NAMES, summary: ["Two people."] },
      { title: "A panel of four", format: "panel", speakers: PANEL, summary: ["Four people."] },
    ],
  };

  it.each(SCHEMES)("leave no line of only punctuation or a joining word at 390 px, and set a long panel as a list (%s)", async (scheme) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const doc = await cliPage(390, recap);
    const bylines = [...doc.querySelectorAll(".rk-SessionCard .rk-SpeakerByline")];
    const measured = bylines.map((byline) => {
      const found = lines(byline, ".rk-SpeakerByline-name, .rk-SpeakerByline-role, .rk-SpeakerByline-affiliation, .rk-SpeakerByline-meta");
      return {
        lines: found.length,
        text: found.map((line) => line.text),
        bare: found.filter((line) => line.content === 0).map((line) => line.text),
      };
    });
    report(
      `byline lines at 390 px (${scheme})`,
      measured.map(({ lines: count }) => count),
    );
    report(`the two long names at 390 px (${scheme})`, measured.at(-2)?.text);
    expect(measured.flatMap(({ bare }) => bare)).toEqual([]);
    // The two long names: each name moves to the next line whole when it does not fit the one before, and the words between flow as text.
    const twoLong = measured.at(-2)?.lines ?? 0;
    expect(twoLong).toBeLessThanOrEqual(7);
    // Four people with roles would be a sentence of eight lines: a list, one person a row.
    expect(bylines.at(-1)?.querySelectorAll("li")).toHaveLength(4);
  });
});

describe("related reads and the call to action without addresses (item 5)", () => {
  it.each(SCHEMES)("look like text, not links or buttons, and read as whole sentences across the column (%s)", async (scheme) => {
    await commands.emulateMedia({ colorScheme: scheme });
    const doc = await cliPage(1280);
    const body = css(doc.querySelector(".rk-SessionCard .rk-Prose-paragraph") as Element);
    const list = (doc.querySelector(".rk-RelatedReads-list") as Element).getBoundingClientRect();
    const teasers = [...doc.querySelectorAll(".rk-RelatedReads-teaser")];
    expect(teasers).toHaveLength(3);
    const measured = teasers.map((teaser) => {
      const excerpt = teaser.querySelector(".rk-RelatedReads-excerpt") as Element;
      const found = lines(excerpt);
      return {
        width: Math.round(teaser.getBoundingClientRect().width),
        characters: median(found.slice(0, -1).map((line) => line.text.length)),
        end: (excerpt.textContent ?? "").slice(-12),
      };
    });
    report(`unlinked teasers (${scheme})`, measured);
    for (const teaser of teasers) {
      const style = css(teaser);
      expect(teaser.querySelector("a")).toBeNull();
      // Across the column, not in 20-character columns.
      expect(teaser.getBoundingClientRect().width).toBeGreaterThan(0.9 * list.width);
      // Text in the text's colour: no link colour, no underline, no card that looks clickable.
      const excerpt = css(teaser.querySelector(".rk-RelatedReads-excerpt") as Element);
      expect(excerpt.color).toBe(body.color);
      expect(excerpt.textDecorationLine).toBe("none");
      expect(style.cursor).toBe("auto");
      expect(Number.parseFloat(style.borderTopWidth)).toBe(0);
    }
    for (const { characters, end } of measured) {
      expect(characters).toBeGreaterThanOrEqual(50);
      // Shortened after a sentence, never inside a name ("Roel Van…").
      expect(end).toMatch(/[.!?]…?$/);
    }

    const action = doc.querySelector(".rk-CallToAction") as Element;
    const label = action.querySelector(".rk-CallToAction-label") as Element;
    expect(label.textContent).toBe("Get in touch");
    const style = css(label);
    // A sentence of the note, in the text's colour: not a greyed-out button.
    expect(style.color).toBe(css(action.querySelector(".rk-Prose-paragraph") as Element).color);
    expect(Number.parseFloat(style.borderTopWidth)).toBe(0);
    expect(style.backgroundColor).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(Number(style.fontWeight)).toBeLessThan(600);
  });
});

describe("brand tokens (item 7)", () => {
  // A publication's brand: purple in both schemes, serif headings, rounder corners. Five properties.
  const BRAND = `:root {
    --rk-color-accent-light: #6a1b9a;
    --rk-color-accent-dark: #dcb2f2;
    --rk-font-family-heading: Georgia, "DejaVu Serif", serif;
    --rk-font-weight-heading: 700;
    --rk-radius-large: 1rem;
  }`;

  it.each(SCHEMES)(
    "brands the page with at most six custom properties: accent, links, focus, badges, headings, corners (%s)",
    async (scheme) => {
      expect(BRAND.match(/--rk-[\w-]+\s*:/g)?.length).toBeLessThanOrEqual(6);
      await commands.emulateMedia({ colorScheme: scheme });
      const recap = {
        ...raw,
        relatedReads: raw.relatedReads.map((read, index) => ({ ...read, title: `Read ${index + 1}`, url: `https://example.com/${index}` })),
        callToAction: { ...raw.callToAction, url: "https://example.com/contact" },
        sessions: raw.sessions.map((session, index) =>
          index === 0 ? { ...session, speakers: [{ ...session.speakers[0], avatar: "https://example.invalid/x.png" }] } : session,
        ),
      };
      const doc = await cliPage(1280, recap);
      const style = doc.createElement("style");
      style.textContent = BRAND;
      doc.head.append(style);
      const accent = scheme === "light" ? "rgb(106, 27, 154)" : "rgb(220, 178, 242)";
      const rgb = (value: string) => {
        const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(value);
        return srgb ? `rgb(${[srgb[1], srgb[2], srgb[3]].map((channel) => Math.round(Number(channel) * 255)).join(", ")})` : value;
      };
      const colour = (selector: string, property: "color" | "backgroundColor" | "outlineColor" = "color") =>
        rgb(css(doc.querySelector(selector) as Element)[property]);
      const measured = {
        link: colour(".rk-SessionIndex-link"),
        resource: colour(".rk-ResourceLinks-link"),
        teaser: colour(".rk-RelatedReads-link"),
        takeaways: colour(".rk-TakeawayList-heading"),
        track: colour(".rk-Badge[data-kind='track']"),
        action: colour(".rk-CallToAction-action", "backgroundColor"),
        avatar: colour(".rk-Avatar", "backgroundColor"),
        heading: css(doc.querySelector(".rk-SessionCard-title") as Element).fontFamily,
        radius: css(doc.querySelector(".rk-CallToAction") as Element).borderTopLeftRadius,
      };
      report(`brand (${scheme})`, measured);
      for (const key of ["link", "resource", "teaser", "takeaways", "track", "action"] as const) expect(measured[key], key).toBe(accent);
      // Avatars without a picture take a tint of the accent.
      expect(measured.avatar).not.toBe(accent);
      const [r, g, b] = (measured.avatar.match(/\d+/g) ?? []).map(Number) as [number, number, number];
      expect(b, "a purple tint").toBeGreaterThan(g);
      expect(r, "a purple tint").toBeGreaterThan(g);
      for (const selector of [
        ".rk-RecapHeader-title",
        ".rk-SessionCard-title",
        ".rk-TakeawayList-heading",
        ".rk-RelatedReads-heading",
        ".rk-CallToAction-title",
      ]) {
        const heading = css(doc.querySelector(selector) as Element);
        expect(heading.fontFamily, selector).toContain("Georgia");
        expect(heading.fontWeight, selector).toBe("700");
      }
      expect(css(doc.querySelector(".rk-Prose-paragraph") as Element).fontFamily).not.toContain("Georgia");
      for (const selector of [".rk-CallToAction", ".rk-SessionIndex", ".rk-TakeawayList"])
        expect(css(doc.querySelector(selector) as Element).borderTopLeftRadius, selector).toBe("16px");
      // Focus follows the accent.
      const link = doc.querySelector(".rk-SessionIndex-link") as HTMLElement;
      link.focus({ focusVisible: true } as FocusOptions);
      expect(rgb(css(link).outlineColor)).toBe(accent);
    },
  );
});
