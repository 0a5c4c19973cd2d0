// Checks that several consumer apps share: what a reader of the recap sees.
import { focusWithKeyboard } from "./browser.js";
import { expect } from "./report.js";

/** Text a reader must be able to read, in the real recap. */
export const TEXT = [
  ["body text (intro)", ".rk-RecapArticle-intro p"],
  ["body text (session summary)", ".rk-SessionCard-summary p"],
  ["muted text (reading time)", ".rk-RecapHeader-facts"],
  ["heading (recap title)", ".rk-RecapHeader-title"],
  ["heading (session title)", ".rk-SessionCard-title"],
  ["link (session index)", ".rk-SessionIndex a"],
  ["link (resource)", ".rk-ResourceLinks a"],
  ["link (in running text)", ".rk-Prose a"],
];

const fixed = (value, digits = 2) => Number(value).toFixed(digits);

/**
 * Contrast of text, links and headings (≥ 4.5), the card surface of the expected theme, and a
 * visible focus ring, on an open page.
 * @param {import("./report.js").Report} report
 * @param {{ probe: Function, page: import("playwright").Page }} opened
 * @param {"light" | "dark"} theme the theme the reader must get
 */
export async function colourChecks(report, app, pageName, opened, theme) {
  for (const [label, selector] of TEXT) {
    await report.check(app, pageName, `${label}: contrast ≥ 4.5`, async () => {
      const text = await opened.probe("text", selector);
      expect(text.ratio >= 4.5, `${text.element}: ${text.color} on ${text.background} is ${fixed(text.ratio)}:1, below 4.5:1`);
    });
  }
  // Sessions in an article are open sections on the page's own background; the index is a box.
  await report.check(app, pageName, `the session index paints a ${theme} surface`, async () => {
    const card = await opened.probe("ownBackground", ".rk-SessionIndex");
    expect(card.alpha > 0, `${card.element}: background-color is ${card.color}, the card surface is gone`);
    const dark = card.luminance < 0.2;
    expect(
      theme === "dark" ? dark : !dark,
      `${card.element}: background ${card.effective} (luminance ${fixed(card.luminance, 3)}) is not a ${theme} surface`,
    );
  });
  await report.check(app, pageName, "a focused link shows a focus ring (outline, contrast ≥ 3)", async () => {
    const ring = await focusWithKeyboard(opened.page, ".rk-SessionIndex a");
    expect(ring, "pressing Tab and focusing the first index link left nothing focused");
    expect(ring.focusVisible, `${ring.element} does not match :focus-visible after keyboard focus`);
    expect(ring.style !== "none" && ring.width > 0, `${ring.element}: outline is "${ring.style}" ${ring.width}px: no focus ring`);
    expect(ring.ratio >= 3, `${ring.element}: focus ring ${ring.color} on ${ring.background} is ${fixed(ring.ratio)}:1, below 3:1`);
  });
}

/**
 * Nothing in the console: no errors, no warnings, no hydration mismatch (React #418 …). Given
 * the server's HTML, a failure also names the first text the server and the browser wrote apart.
 */
export async function consoleCheck(report, app, pageName, opened, serverHtml) {
  await report.check(app, pageName, "no console errors, warnings or hydration errors", async () => {
    if (opened.messages.length === 0) return;
    const difference = serverHtml && (await opened.probe("textDifference", serverHtml, ".rk-RecapArticle"));
    expect(false, `${opened.messages.join("\n")}${difference ? `\nfirst difference: ${difference}` : ""}`);
  });
}

/** A link in running text is told apart from the text: underlined, or 3:1 against it. */
export async function linkCheck(report, app, pageName, opened, selector = ".rk-Prose a") {
  await report.check(app, pageName, "a link in running text is distinguishable (underline, or 3:1 against the text)", async () => {
    const link = await opened.probe("link", selector);
    expect(
      link.underline || link.ratio >= 3,
      `${link.element}: no underline, and its colour ${link.color} is ${fixed(link.ratio)}:1 against the text's ${link.textColor}`,
    );
  });
}

/**
 * What recap-kit's layout relies on, compared with the same markup and stylesheet without the
 * site's CSS (`reference`, measured in the same run): padding, headings, list numbers,
 * paragraph spacing, start-aligned text.
 */
export async function layoutChecks(report, app, pageName, opened, reference, { padding = true } = {}) {
  const both = async (method, ...args) => [await opened.probe(method, ...args), await reference.probe(method, ...args)];
  if (padding) {
    await report.check(app, pageName, "the session index keeps its padding, sessions their rule and space", async () => {
      for (const [selector, props] of [
        [".rk-RecapArticle .rk-SessionIndex", ["padding-block-start", "padding-inline-start"]],
        [".rk-RecapArticle .rk-SessionCard + .rk-SessionCard", ["padding-block-start", "border-block-start-width"]],
      ]) {
        const [got, want] = await both("styles", selector, props);
        expect(Number.parseFloat(want[props[0]]) > 0, `reference: ${want.element} has no ${props[0]}`);
        for (const prop of props)
          expect(got[prop] === want[prop], `${got.element}: ${prop} is ${got[prop]}, without the site's CSS ${want[prop]}`);
      }
    });
  }
  for (const [label, selector] of [
    ["recap title", ".rk-RecapHeader-title"],
    ["session title", ".rk-SessionCard-title"],
  ]) {
    await report.check(app, pageName, `the ${label} stays a bold, larger heading`, async () => {
      const [got, want] = await both("styles", selector, ["font-weight", "font-size"]);
      const [body] = await both("styles", ".rk-SessionCard-summary p", ["font-size"]);
      expect(Number(want["font-weight"]) >= 600, `reference: ${want.element} has font-weight ${want["font-weight"]}`);
      expect(
        Number(got["font-weight"]) >= 600,
        `${got.element}: font-weight ${got["font-weight"]} (without the site's CSS ${want["font-weight"]})`,
      );
      expect(
        Number.parseFloat(got["font-size"]) >= 1.2 * Number.parseFloat(body["font-size"]),
        `${got.element}: font-size ${got["font-size"]}, hardly larger than the body text's ${body["font-size"]} (without the site's CSS ${want["font-size"]})`,
      );
    });
  }
  await report.check(app, pageName, "the session index keeps its numbers", async () => {
    const [got] = await both("styles", ".rk-SessionIndex-list > li", ["display", "list-style-type"]);
    const [before] = await both("styles", ".rk-SessionIndex-list > li", ["content"], "::before");
    const counter = /counter/.test(before.content);
    expect(
      (got.display === "list-item" && got["list-style-type"] !== "none") || counter,
      `${got.element}: display ${got.display}, list-style-type ${got["list-style-type"]}, ::before content ${before.content}: no numbers`,
    );
  });
  await linkCheck(report, app, pageName, opened);
  await report.check(app, pageName, "paragraphs of a summary stay apart", async () => {
    // In the article on both pages: a paragraph is a line of its own text apart (1em), and a card on
    // its own (the Tailwind page's first) is set in the site's size, not the article's 18 px.
    const [got, want] = await both("styles", ".rk-RecapArticle .rk-SessionCard-summary > p + p", ["margin-block-start"]);
    expect(Number.parseFloat(want["margin-block-start"]) > 0, `reference: ${want.element} has no space above`);
    expect(
      got["margin-block-start"] === want["margin-block-start"],
      `${got.element}: margin-block-start ${got["margin-block-start"]}, without the site's CSS ${want["margin-block-start"]}`,
    );
  });
  await report.check(app, pageName, "text stays aligned to the start", async () => {
    for (const selector of [".rk-SessionCard-summary p", ".rk-RecapHeader-title", ".rk-SessionIndex-list > li"]) {
      const [got] = await both("styles", selector, ["text-align"]);
      expect(["start", "left"].includes(got["text-align"]), `${got.element}: text-align ${got["text-align"]}`);
    }
  });
}
