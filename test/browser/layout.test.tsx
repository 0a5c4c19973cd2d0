import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { parseRecap, RecapArticle, SessionCard } from "../../src/index.js";
import "../../src/styles.css";
import raw from "../fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ forcedColors: null, reducedMotion: null, colorScheme: null });
});

const TITLE_120 =
  "How the Department of Defense Uses Kubernetes, Flux and Cluster API to Achieve Compliance and Deployment Consistency Now";
const WORD_60 = "Kubernetesclusteradministrationandsecurityhardeningworkshops";
const wholeArticle = raw.relatedReads[2]?.excerpt ?? "";

/** The real recap, plus the longest content it may meet. */
const longest = parseRecap({
  ...raw,
  title: TITLE_120,
  sessions: [
    {
      title: TITLE_120,
      speakers: [{ name: WORD_60, affiliation: WORD_60, role: "Moderator" }, ...(raw.sessions[6]?.speakers ?? [])],
      track: WORD_60,
      format: "panel",
      code: WORD_60,
      summary: [`${WORD_60} ${wholeArticle}`, `See https://example.com/${WORD_60}/${WORD_60} for more.`],
      takeaways: [WORD_60, `**${WORD_60}** and \`${WORD_60}\``],
      resources: [{ kind: "slides", url: `https://example.com/${WORD_60}`, label: WORD_60 }],
      tags: [WORD_60],
    },
    ...raw.sessions,
  ],
  relatedReads: [...raw.relatedReads, { title: WORD_60, excerpt: wholeArticle, url: "https://example.com/x" }],
});

function overflowing(container: HTMLElement): string[] {
  const box = container.getBoundingClientRect();
  const found: string[] = [];
  for (const element of container.querySelectorAll<HTMLElement>("*")) {
    if (element.closest(".rk-visually-hidden")) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0) continue;
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
      found.push(`${element.tagName.toLowerCase()}.${element.className} (${Math.round(rect.left)}–${Math.round(rect.right)})`);
    }
  }
  return found;
}

describe("responsive layout", () => {
  it("has no horizontal overflow at 320 CSS pixels with the longest real content", async () => {
    await page.viewport(320, 800);
    const { container } = render(<RecapArticle recap={longest} />);
    expect(overflowing(container)).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await page.viewport(1024, 768);
  });

  it("adapts cards to their container, not to the viewport", async () => {
    await page.viewport(1280, 800);
    const session = longest.sessions[1] as Parameters<typeof SessionCard>[0];
    const { container } = render(
      <>
        <div style={{ inlineSize: 320 }} data-testid="narrow">
          <SessionCard {...session} id="narrow" />
        </div>
        <div style={{ inlineSize: 720 }} data-testid="wide">
          <SessionCard {...session} id="wide" />
        </div>
      </>,
    );
    const size = (id: string) => getComputedStyle(container.querySelector(`#${id} .rk-SessionCard-title`) as Element).fontSize;
    // Same viewport, different containers: the card follows its container.
    expect(size("narrow")).toBe("18px");
    expect(size("wide")).toBe("22px");
    expect(overflowing(container.querySelector('[data-testid="narrow"]') as HTMLElement)).toEqual([]);
  });
});

describe("forced colours, motion and focus", () => {
  it("keeps borders visible in forced-colours mode", async () => {
    await commands.emulateMedia({ forcedColors: "active" });
    const { container } = render(
      <RecapArticle recap={parseRecap({ ...raw, callToAction: { ...raw.callToAction, url: "https://example.com/contact" } })} />,
    );
    // The rule above a session, the start rule of an excerpt, and the boxes.
    for (const selector of [
      ".rk-SessionIndex",
      ".rk-SessionCard + .rk-SessionCard",
      ".rk-CallToAction-action",
      ".rk-RelatedReads-teaser",
      ".rk-ResourceLinks-link",
    ]) {
      const style = getComputedStyle(container.querySelector(selector) as Element);
      const side = selector === ".rk-RelatedReads-teaser" ? "Left" : "Top";
      expect(style[`border${side}Style`], selector).not.toBe("none");
      expect(Number.parseFloat(style[`border${side}Width`]), selector).toBeGreaterThan(0);
      expect(style[`border${side}Color`], selector).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    }
  });

  it("shows a focus outline on every link, in normal and in forced-colours mode", async () => {
    const recap = parseRecap({
      ...raw,
      relatedReads: raw.relatedReads.map((read, index) => ({ ...read, url: `https://example.com/${index}` })),
      callToAction: { ...raw.callToAction, url: "https://example.com/contact" },
    });
    for (const forcedColors of ["none", "active"]) {
      await commands.emulateMedia({ forcedColors });
      const { container, unmount } = render(<RecapArticle recap={recap} />);
      const links = container.querySelectorAll("a[href]");
      expect(links.length).toBeGreaterThan(20);
      (document.activeElement as HTMLElement | null)?.blur();
      for (let i = 0; i < links.length; i++) {
        await userEvent.tab();
        const focused = document.activeElement as HTMLElement;
        expect(focused.tagName).toBe("A");
        // A teaser's stretched link draws its ring around the whole card.
        const ringed = focused.classList.contains("rk-RelatedReads-link")
          ? (focused.closest(".rk-RelatedReads-teaser") as HTMLElement)
          : focused;
        const style = getComputedStyle(ringed);
        expect(style.outlineStyle, focused.textContent ?? "").toBe("solid");
        expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      }
      unmount();
    }
  });

  it("drops the hover transition when the reader asks for reduced motion", async () => {
    const reads = [{ title: "Istio in practice", url: "https://example.com/istio" }];
    const { container } = render(<RecapArticle recap={parseRecap({ ...raw, relatedReads: reads })} />);
    const teaser = container.querySelector(".rk-RelatedReads-teaser") as Element;
    expect(getComputedStyle(teaser).transitionDuration).toBe("0.12s");
    await commands.emulateMedia({ reducedMotion: "reduce" });
    expect(getComputedStyle(teaser).transitionDuration).toBe("0s");
  });

  it("stays light in a dark OS on a page without a dark theme, unless a theme is set on an ancestor", async () => {
    await commands.emulateMedia({ colorScheme: "dark" });
    const { container } = render(
      <>
        <div data-testid="page">
          <SessionCard {...(longest.sessions[2] as Parameters<typeof SessionCard>[0])} id="page" />
        </div>
        <div data-rk-theme="dark">
          <SessionCard {...(longest.sessions[2] as Parameters<typeof SessionCard>[0])} id="forced" />
        </div>
      </>,
    );
    const background = (id: string) => rgb(getComputedStyle(container.querySelector(`#${id}`) as Element).backgroundColor);
    expect(background("page")).toBe("rgb(255, 255, 255)");
    expect(background("forced")).toBe("rgb(28, 34, 48)");
  });
});

describe("theming", () => {
  it("lets a site's light and dark values on :root win everywhere, themed containers included", async () => {
    const style = document.createElement("style");
    style.textContent =
      ":root { --rk-color-link-light: rgb(123, 31, 162); --rk-color-link-dark: rgb(225, 166, 240); --rk-radius-large: 2px; }";
    document.head.append(style);
    try {
      const session = longest.sessions[1] as Parameters<typeof SessionCard>[0];
      const { container } = render(
        <>
          <div data-rk-theme="light">
            <SessionCard {...session} id="light" />
          </div>
          <div data-rk-theme="dark">
            <SessionCard {...session} id="dark" />
          </div>
        </>,
      );
      const link = (id: string) => rgb(getComputedStyle(container.querySelector(`#${id} .rk-ResourceLinks-link`) as Element).color);
      const radius = (id: string) => getComputedStyle(container.querySelector(`#${id}`) as Element).borderTopLeftRadius;
      expect(link("light")).toBe("rgb(123, 31, 162)");
      expect(link("dark")).toBe("rgb(225, 166, 240)");
      expect(radius("light")).toBe("2px");
      expect(radius("dark")).toBe("2px");
    } finally {
      style.remove();
    }
  });

  it("never sets the page's own color-scheme: its elements take the page's, themed containers their own", async () => {
    await commands.emulateMedia({ colorScheme: "dark" });
    render(
      <>
        <SessionCard {...(longest.sessions[2] as Parameters<typeof SessionCard>[0])} id="page" />
        <div data-rk-theme="dark" id="themed" />
      </>,
    );
    expect(getComputedStyle(document.documentElement).colorScheme).toBe("normal");
    expect(getComputedStyle(document.querySelector("#page") as Element).colorScheme).toBe("normal");
    expect(getComputedStyle(document.querySelector("#themed") as Element).colorScheme).toBe("dark");
  });
});

describe("a site's own CSS", () => {
  // What starter templates, Bootstrap's reboot, Meyer's reset and CMS themes do, loaded after recap-kit.
  const RESET = `
    *, *::before, *::after { margin: 0; padding: 0; box-sizing: content-box; border: 0; font: inherit; }
    body { text-align: center; line-height: 1; }
    a { color: inherit; text-decoration: none; }
    ol, ul, li { list-style: none; }
    h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; color: rebeccapurple; }
    em, strong, code { font: inherit; }
    :focus { outline: none; }
  `;

  it("does not strip recap-kit's spacing, headings, lists, links or alignment", async () => {
    const style = document.createElement("style");
    style.textContent = RESET;
    document.head.append(style);
    try {
      const { container } = render(<RecapArticle recap={parseRecap({ ...raw, intro: "An **important** `kubectl` word." })} />);
      const css = (selector: string) => getComputedStyle(container.querySelector(selector) as Element);
      expect(css(".rk-SessionIndex").paddingTop).toBe("16px");
      expect(css(".rk-SessionCard + .rk-SessionCard").paddingTop).toBe("32px");
      expect(css(".rk-SessionCard + .rk-SessionCard").borderTopWidth).toBe("1px");
      expect(css(".rk-SessionCard").boxSizing).toBe("border-box");
      expect(Number(css(".rk-SessionCard-title").fontWeight)).toBeGreaterThanOrEqual(600);
      // A section's size, 1.5 times the article's 18 px body.
      expect(css(".rk-SessionCard-title").fontSize).toBe("27px");
      expect(css(".rk-SessionCard-title").color).toBe(css(".rk-RecapArticle").color);
      expect(css(".rk-RecapHeader-title").fontSize).not.toBe(css(".rk-RecapArticle").fontSize);
      expect(css(".rk-SessionIndex-item").listStyleType).toBe("decimal");
      expect(css(".rk-TakeawayList-item").listStyleType).toBe("disc");
      expect(css(".rk-TakeawayList-list").paddingInlineStart).not.toBe("0px");
      // A blank line between paragraphs: one em of their own text.
      const second = css(".rk-Prose-paragraph + .rk-Prose-paragraph");
      expect(second.marginTop).toBe(second.fontSize);
      expect(css(".rk-Prose-strong").fontWeight).toBe("650");
      expect(css(".rk-Prose-code").fontFamily).toContain("monospace");
      const link = css(".rk-SessionIndex-link");
      expect(link.textDecorationLine).toBe("underline");
      expect(link.color).not.toBe(css(".rk-SessionIndex").color);
      expect(css(".rk-Prose-paragraph").textAlign).toBe("start");
      expect(css(".rk-RecapArticle").lineHeight).not.toBe(getComputedStyle(document.body).lineHeight);

      (document.activeElement as HTMLElement | null)?.blur();
      await userEvent.tab();
      expect(getComputedStyle(document.activeElement as Element).outlineStyle).toBe("solid");
    } finally {
      style.remove();
    }
  });

  it("lets a site's own class rules, loaded later, win over recap-kit's", () => {
    const style = document.createElement("style");
    style.textContent = ".my-card { padding: 3px; }";
    document.head.append(style);
    try {
      const session = longest.sessions[1] as Parameters<typeof SessionCard>[0];
      const { container } = render(<SessionCard {...session} className="my-card" />);
      expect(getComputedStyle(container.querySelector(".rk-SessionCard") as Element).paddingTop).toBe("3px");
    } finally {
      style.remove();
    }
  });
});

/** A computed colour as `rgb(r, g, b)` or `rgba(r, g, b, a)`, whatever syntax the browser writes it in. */
function rgb(value: string): string {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (!srgb) return value;
  const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((channel) => Math.round(Number(channel) * 255));
  return srgb[4] === undefined ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number(srgb[4])})`;
}

describe("themes in containers", () => {
  it("turns a data-rk-theme container dark or light whatever the reader prefers", async () => {
    const session = longest.sessions[1] as Parameters<typeof SessionCard>[0];
    const view = () =>
      render(
        <>
          <div data-rk-theme="dark" id="dark-canvas">
            <SessionCard {...session} id="dark" />
          </div>
          <div data-rk-theme="light">
            <SessionCard {...session} id="light" />
          </div>
        </>,
      );
    for (const colorScheme of ["light", "dark"]) {
      await commands.emulateMedia({ colorScheme });
      const { container, unmount } = view();
      const css = (selector: string) => getComputedStyle(container.querySelector(selector) as Element);
      expect(rgb(css("#dark").backgroundColor), colorScheme).toBe("rgb(28, 34, 48)");
      expect(rgb(css("#dark .rk-SessionCard-title").color), colorScheme).toBe("rgb(230, 237, 243)");
      expect(rgb(css("#dark .rk-ResourceLinks-link").color), colorScheme).toBe("rgb(121, 184, 255)");
      expect(css("#dark").boxShadow, colorScheme).toMatch(/(rgba\(0, 0, 0, 0\.4\)|color\(srgb 0 0 0 \/ 0\.4\))/);
      // A forced theme may not be the page's: its container paints recap-kit's canvas.
      expect(rgb(css("#dark-canvas").backgroundColor), colorScheme).toBe("rgb(13, 17, 23)");
      expect(rgb(css("#light").backgroundColor), colorScheme).toBe("rgb(255, 255, 255)");
      expect(rgb(css("#light .rk-SessionCard-title").color), colorScheme).toBe("rgb(31, 35, 40)");
      unmount();
    }
  });

  it("follows the page's text colour, never the reader's OS alone", async () => {
    const session = longest.sessions[1] as Parameters<typeof SessionCard>[0];
    for (const colorScheme of ["light", "dark"]) {
      await commands.emulateMedia({ colorScheme });
      const { container, unmount } = render(
        <>
          {/* A page with no colours of its own: light, also in a dark OS. */}
          <SessionCard {...session} id="bare" />
          {/* A dark theme (Casper's dark-mode text, on its dark background). */}
          <div style={{ color: "rgba(255, 255, 255, 0.75)", background: "#151719" }}>
            <SessionCard {...session} id="on-dark" />
          </div>
          {/* A light theme with grey text (create-vite's #6b6375). */}
          <div style={{ color: "#6b6375", background: "#fff" }}>
            <SessionCard {...session} id="on-light" />
          </div>
          {/* A page that declares a dark color-scheme: its default text colour is light. */}
          <div style={{ colorScheme: "dark", color: "CanvasText", background: "Canvas" }}>
            <SessionCard {...session} id="scheme" />
          </div>
          <div data-rk-theme="auto">
            <SessionCard {...session} id="auto" />
          </div>
        </>,
      );
      const title = (id: string) => rgb(getComputedStyle(container.querySelector(`#${id} .rk-SessionCard-title`) as Element).color);
      const surface = (id: string) => rgb(getComputedStyle(container.querySelector(`#${id}`) as Element).backgroundColor);
      expect(title("bare"), colorScheme).toBe("rgb(31, 35, 40)");
      expect(surface("bare"), colorScheme).toBe("rgb(255, 255, 255)");
      expect(title("on-dark"), colorScheme).toBe("rgb(230, 237, 243)");
      expect(surface("on-dark"), colorScheme).toBe("rgb(28, 34, 48)");
      expect(title("on-light"), colorScheme).toBe("rgb(31, 35, 40)");
      expect(title("scheme"), colorScheme).toBe("rgb(230, 237, 243)");
      // data-rk-theme="auto": the reader's OS.
      expect(title("auto"), colorScheme).toBe(colorScheme === "dark" ? "rgb(230, 237, 243)" : "rgb(31, 35, 40)");
      unmount();
    }
  });

  it("takes a site's -light and -dark inputs on the side the page is on", async () => {
    const style = document.createElement("style");
    style.textContent = ":root { --rk-color-link-light: #6a1b9a; --rk-color-link-dark: #e1a6f0; }";
    document.head.append(style);
    try {
      const session = longest.sessions[1] as Parameters<typeof SessionCard>[0];
      const { container } = render(
        <>
          <SessionCard {...session} id="light-page" />
          <div style={{ color: "#eee", background: "#111" }}>
            <SessionCard {...session} id="dark-page" />
          </div>
        </>,
      );
      const link = (id: string) => rgb(getComputedStyle(container.querySelector(`#${id} .rk-ResourceLinks-link`) as Element).color);
      expect(link("light-page")).toBe("rgb(106, 27, 154)");
      expect(link("dark-page")).toBe("rgb(225, 166, 240)");
    } finally {
      style.remove();
    }
  });
});
