// Checks of recap-kit as a guest on someone else's page: the contrast of what a reader reads
// against the background actually behind it, the page's outline, and the recap's layout against
// the same recap on a page with no CSS of its own (measured in the same run).
import { expect } from "./report.js";

/** What a reader reads, by kind: the matrix reports the lowest contrast of each kind. */
export const READ = {
  text: [".rk-RecapArticle-intro p", ".rk-SessionCard-summary p", ".rk-SessionCard-title", ".rk-TakeawayList-item"],
  muted: [".rk-RecapHeader-facts", ".rk-RecapHeader-event", ".rk-SessionCard-meta", ".rk-SpeakerByline"],
  link: [".rk-SessionIndex a", ".rk-ResourceLinks a", ".rk-Prose a"],
};

const fixed = (value, digits = 2) => Number(value).toFixed(digits);

/**
 * Contrast ≥ 4.5 of text, muted text and links on the background behind them; returns the
 * lowest ratio of each kind for the matrix.
 * @param {import("./report.js").Report} report
 */
export async function contrastChecks(report, app, page, opened) {
  /** @type {Record<string, number>} */
  const lowest = {};
  for (const [kind, selectors] of Object.entries(READ)) {
    await report.check(app, page, `${kind}: contrast ≥ 4.5 on the background behind it`, async () => {
      const low = [];
      for (const text of await opened.probe("textAll", selectors)) {
        if (!text) continue;
        lowest[kind] = Math.min(lowest[kind] ?? Number.POSITIVE_INFINITY, text.ratio);
        if (text.ratio < 4.5) low.push(`${text.element}: ${text.color} on ${text.background} is ${fixed(text.ratio)}:1`);
      }
      expect(lowest[kind] !== undefined, `none of ${selectors.join(", ")} is on the page`);
      expect(low.length === 0, low.join("\n"));
    });
  }
  return lowest;
}

/**
 * One <h1> on the page (the host's), and the recap's headings below it without a skipped level:
 * `h1 › h2 › h3`, never `h1 › h2 › h1` or `h2 › h4`.
 */
export async function outlineCheck(report, app, page, opened, { firstLevel = 2 } = {}) {
  await report.check(app, page, `one h1 (the page's), the recap's outline from h${firstLevel} down without a gap`, async () => {
    const outline = await opened.probe("outline");
    const shown = outline.map(([level, text]) => `h${level} ${text}`).join("\n");
    const ones = outline.filter(([level]) => level === 1);
    expect(ones.length === 1, `${ones.length} h1 elements:\n${shown}`);
    const recap = await opened.probe("recapHeadings");
    expect(recap.length > 3, `the recap has ${recap.length} headings`);
    expect(Math.min(...recap) === firstLevel, `the recap's top heading is h${Math.min(...recap)}, not h${firstLevel}:\n${shown}`);
    for (let i = 1; i < outline.length; i++) {
      const [level] = /** @type {[number, string]} */ (outline[i]);
      const [before] = /** @type {[number, string]} */ (outline[i - 1]);
      expect(level <= before + 1, `h${before} is followed by h${level}:\n${shown}`);
    }
  });
  await report.check(app, page, "the recap's header keeps its dates and reading time without the title", async () => {
    const facts = await opened.probe("styles", ".rk-RecapHeader-facts", ["display"]);
    expect(facts.display !== "none" && /min/.test(facts.element), `${facts.element}: no reading time shown`);
    expect((await opened.probe("count", ".rk-RecapHeader-event time")) > 0, "the event's dates are not in the header");
  });
}

/**
 * What recap-kit's layout is made of, compared with the same markup on a page with no CSS of its
 * own. Lengths are compared in units of the page's root font size (rem), within 0.1 rem: a host
 * that sets a larger root size (Pico at 1024 px: 118.75 %) scales the whole recap, as it scales its
 * own text (and in em of the text's size, which a host sets too); anything a host's rule changes
 * shows as a difference. `allowed` lists differences a host is known to make, each with its reason.
 */
export const LAYOUT = [
  [".rk-RecapArticle", ["row-gap", "padding-block-start", "padding-inline-start"]],
  [".rk-RecapArticle-header", ["padding-block-start", "border-block-end-width", "background-image"]],
  [".rk-RecapHeader-facts", ["display", "margin-block-start", "margin-block-end"]],
  [".rk-SessionIndex", ["display", "padding-block-start", "padding-inline-start", "border-block-start-width", "margin-block-start"]],
  [".rk-SessionIndex-title", ["font-weight", "margin-block-end"]],
  [".rk-SessionIndex-list", ["display", "flex-direction", "padding-inline-start", "margin-block-start", "list-style-type"]],
  [".rk-SessionIndex-list > li", ["display", "list-style-type", "margin-block-start", "padding-inline-start"]],
  [".rk-SessionIndex-label", ["text-decoration-line", "font-weight"]],
  [".rk-SessionCard", ["padding-block-start", "border-block-start-width", "margin-block-start", "background-image"]],
  [".rk-SessionCard + .rk-SessionCard", ["padding-block-start", "border-block-start-width", "margin-block-start"]],
  [
    ".rk-SessionCard-header",
    ["padding-block-start", "padding-inline-start", "margin-block-start", "margin-block-end", "border-block-end-width", "background-image"],
  ],
  [".rk-SessionCard-title", ["font-size", "font-weight", "margin-block-start", "margin-block-end", "letter-spacing", "text-transform"]],
  [".rk-SessionCard-meta", ["font-size", "margin-block-start"]],
  [".rk-SessionCard-summary > p + p", ["margin-block-start"]],
  [".rk-SessionCard-summary p", ["margin-block-end", "text-align", "letter-spacing", "text-transform"]],
  [".rk-TakeawayList", ["padding-inline-start", "border-inline-start-width", "margin-block-start"]],
  [".rk-TakeawayList-heading", ["font-size", "font-weight", "margin-block-start"]],
  [".rk-RecapArticle-dayHeading", ["font-size", "font-weight", "margin-block-start", "border-block-end-width"]],
  [".rk-RelatedReads-heading", ["font-size", "margin-block-start"]],
  [".rk-CallToAction-title", ["font-size", "margin-block-start"]],
  [".rk-TakeawayList-list > li", ["display", "list-style-type", "margin-inline-start"]],
  [".rk-ResourceLinks", ["padding-inline-start", "list-style-type"]],
  [".rk-ResourceLinks a", ["padding-inline-start", "border-block-start-width", "text-decoration-line", "display"]],
  [".rk-Prose a", ["text-decoration-line"]],
];

/** What the reference pages measure, once per page opened. */
const measured = new WeakMap();

/** Backgrounds recap-kit's open parts must not get from a host (Pico's grey header band). */
const BARE = [".rk-RecapArticle-header", ".rk-SessionCard-header", ".rk-SessionCard-title"];

export async function layoutAgainst(report, app, page, opened, reference, allowed = {}) {
  await report.check(app, page, "the recap's layout is the layout it has on a page with no CSS of its own", async () => {
    const [rootGot, rootWant] = [await opened.probe("rootFontSize"), await reference.probe("rootFontSize")];
    // A size is compared in units of the recap's text size (headings are set in em of it) or of the root (small text, in rem).
    const textSize = async (side) =>
      Number.parseFloat((await side.probe("styles", ".rk-SessionCard-summary p", ["font-size"]))["font-size"]);
    const [textGot, textWant] = [await textSize(opened), await textSize(reference)];
    const differences = [];
    const withSize = LAYOUT.map(([selector, properties]) => [selector, [...properties, "font-size"]]);
    const gotAll = await opened.probe("stylesAll", withSize);
    if (!measured.has(reference)) measured.set(reference, await reference.probe("stylesAll", withSize));
    const wantAll = measured.get(reference);
    LAYOUT.forEach(([selector, properties], index) => {
      const [got, want] = [gotAll[index], wantAll[index]];
      if (!want) return;
      if (!got) {
        differences.push(`${selector}: not on the page`);
        return;
      }
      const [emGot, emWant] = [Number.parseFloat(got["font-size"]), Number.parseFloat(want["font-size"])];
      for (const property of properties) {
        const [a, b] = [got[property], want[property]];
        const lengths = /^-?[\d.]+px$/.test(a) && /^-?[\d.]+px$/.test(b);
        const close = (unitGot, unitWant) => Math.abs(Number.parseFloat(a) / unitGot - Number.parseFloat(b) / unitWant) <= 0.1;
        const same = !lengths
          ? a === b
          : property === "font-size"
            ? close(textGot, textWant) || close(rootGot, rootWant)
            : close(rootGot, rootWant) || close(emGot, emWant);
        const known = allowed[`${selector} ${property}`];
        if (!same && !(known && known.value === a))
          differences.push(`${selector} ${property}: ${a}, alone ${b}${lengths ? ` (root ${rootGot}px, alone ${rootWant}px)` : ""}`);
      }
    });
    for (const selector of BARE) {
      const own = await opened.probe("ownBackground", selector);
      if (own.alpha > 0) differences.push(`${selector} paints ${own.color}: a band the recap does not have alone`);
    }
    expect(differences.length === 0, differences.join("\n"));
  });
}

/** Headings above the text they head, by depth, and quiet metadata still readable beside the text. */
export async function hierarchyCheck(report, app, page, opened) {
  await report.check(app, page, "headings stay larger than the text, by depth, and metadata readable beside it", async () => {
    const size = async (selector) =>
      (await opened.probe("count", selector)) ? Number.parseFloat((await opened.probe("styles", selector, ["font-size"]))["font-size"]) : 0;
    const body = await size(".rk-SessionCard-summary p");
    const session = await size(".rk-SessionCard-title");
    const takeaways = await size(".rk-SessionCard .rk-TakeawayList-heading");
    const day = await size(".rk-RecapArticle-dayHeading");
    expect(session >= 1.2 * body, `session title ${session}px, body text ${body}px`);
    expect(
      takeaways === 0 || (takeaways < session && takeaways >= body),
      `takeaways heading ${takeaways}px, session ${session}px, body ${body}px`,
    );
    expect(day === 0 || day > session, `day heading ${day}px, session title ${session}px`);
    // Quiet metadata stays readable next to the text (a 62.5 % root must not shrink it to 9 px).
    const facts = await size(".rk-RecapHeader-facts");
    expect(facts >= 0.8 * body && facts >= 12, `the reading time is ${facts}px next to body text of ${body}px`);
  });
}
