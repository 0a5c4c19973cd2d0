import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  InvalidRecap,
  parseRecap,
  type Recap,
  RecapArticle,
  type RecapLabels,
  RecapValidationError,
  type SessionDocument,
  safeParseRecap,
} from "../src/index.js";
import { toJsonLd } from "../src/jsonld/toJsonLd.js";
import { labelsFor } from "../src/labels/index.js";
import { inlineToText, parseInline } from "../src/model/inline.js";
import { renderRecapToHtml } from "../src/static/index.js";
import { asParsed, brokenRecap, inertnessProblems, parseHtml, protocolOf, recap, visibleText } from "./support/arbitraries.js";

const LINK = ["http:", "https:", "mailto:"];

// Enough runs to meet the odd cases, few enough for the file to stay well under 20 s on two cores.
const RUNS = { parse: 300, render: 60, broken: 120 } as const;

/** parseRecap's contract: a Recap, or a RecapValidationError with at least one located, worded issue. */
function parseOutcome(input: unknown): "valid" | "invalid" {
  try {
    const value = parseRecap(input);
    expect(value).toBeTypeOf("object");
    return "valid";
  } catch (error) {
    expect(error).toBeInstanceOf(RecapValidationError);
    const issues = (error as RecapValidationError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.path).toBeTypeOf("string");
      expect(issue.message.length).toBeGreaterThan(0);
    }
    return "invalid";
  }
}

function agreesWithSafeParse(input: unknown, outcome: "valid" | "invalid"): void {
  let result: ReturnType<typeof safeParseRecap> | undefined;
  expect(() => {
    result = safeParseRecap(input);
  }).not.toThrow();
  expect(result?.ok).toBe(outcome === "valid");
}

describe("parseRecap and safeParseRecap on any value", () => {
  it.each([
    ["fc.json() text, parsed", fc.json().map((text) => JSON.parse(text) as unknown)],
    ["fc.jsonValue()", fc.jsonValue()],
    ["fc.anything()", fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withBigInt: true })],
    [
      "objects with the model's field names",
      fc.dictionary(fc.constantFrom("title", "event", "sessions", "language", "image", "authors", "tags", "intro"), fc.anything()),
    ],
    ["valid documents with one value replaced by anything", brokenRecap],
  ])("%s: a Recap or a RecapValidationError, never anything else; safeParseRecap never throws", (_name, values) => {
    fc.assert(
      fc.property(values as fc.Arbitrary<unknown>, (input) => {
        agreesWithSafeParse(input, parseOutcome(input));
      }),
      { numRuns: RUNS.parse },
    );
  });
});

describe("parseRecap on any valid document", () => {
  it("accepts it and keeps every session, title, speaker and takeaway, trimmed", () => {
    fc.assert(
      fc.property(recap, (input) => {
        const result = safeParseRecap(input);
        if (!result.ok) throw new Error(`a valid document was refused: ${JSON.stringify(result.issues)}`);
        const value = result.value;
        expect(value.title).toBe(input.title.trim());
        expect(value.sessions).toHaveLength(input.sessions.length);
        value.sessions.forEach((session, index) => {
          const original = input.sessions[index] as SessionDocument;
          expect(session.title).toBe(original.title.trim());
          expect(session.speakers.map((speaker) => speaker.name)).toEqual(original.speakers.map((speaker) => speaker.name.trim()));
          expect((session.takeaways ?? []).map((takeaway) => takeaway.text)).toEqual(
            (original.takeaways ?? []).map((takeaway) => takeaway.trim()),
          );
          if (original.id !== undefined) expect(session.id).toBe(original.id);
        });
        expect(new Set(value.sessions.map((session) => session.id)).size).toBe(value.sessions.length);
      }),
      { numRuns: RUNS.parse },
    );
  });
});

/** What the reader must find on the page for `recap`: every session title, speaker name, takeaway and resource URL. */
function expectNothingLost(root: HTMLElement, recap: Recap): void {
  const text = visibleText(root);
  const hrefs = new Set([...root.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")));
  const missing: string[] = [];
  const expectText = (what: string, value: string) => {
    if (!text.includes(asParsed(value))) missing.push(`${what} ${JSON.stringify(value)}`);
  };
  for (const session of recap.sessions) {
    expectText("session title", session.title);
    for (const speaker of session.speakers) expectText("speaker", speaker.name);
    for (const takeaway of session.takeaways ?? []) expectText("takeaway", inlineToText(takeaway.text));
    for (const resource of session.resources ?? []) {
      if (!hrefs.has(resource.url) && !text.includes(asParsed(resource.url))) missing.push(`resource URL ${JSON.stringify(resource.url)}`);
    }
  }
  for (const takeaway of recap.takeaways ?? []) expectText("recap takeaway", inlineToText(takeaway.text));
  expect(missing).toEqual([]);
}

function expectJsonLd(root: ParentNode, recap: Recap, labels?: RecapLabels): void {
  const scripts = root.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  expect(JSON.parse(scripts[0]?.textContent ?? "")).toEqual(toJsonLd(recap, labels));
}

describe("rendering any valid document", () => {
  it("RecapArticle (server markup) never throws, loses nothing, links nothing unsafe and carries matching JSON-LD", () => {
    fc.assert(
      fc.property(recap, (input) => {
        const parsed = parseRecap(input);
        const html = renderToStaticMarkup(<RecapArticle recap={parsed} structuredData={toJsonLd(parsed)} />);
        const body = parseHtml(html).body;
        expect(body.querySelectorAll("article.rk-RecapArticle")).toHaveLength(1);
        expect(inertnessProblems(body)).toEqual([]);
        expectNothingLost(body, parsed);
        expectJsonLd(body, parsed);
      }),
      { numRuns: RUNS.render },
    );
  });

  it("renderRecapToHtml never throws, loses nothing, links nothing unsafe, and its head says what the document says", () => {
    fc.assert(
      fc.property(recap, (input) => {
        const parsed = parseRecap(input);
        const page = parseHtml(renderRecapToHtml(input));
        expect(inertnessProblems(page.body)).toEqual([]);
        expectNothingLost(page.body, parsed);
        // The static page speaks the document's language, in its structured data too.
        expectJsonLd(page.body, parsed, labelsFor(parsed.lang));
        // The head: the document's title, no script, and only web links.
        expect(page.querySelector("title")?.textContent).toBe(asParsed(parsed.title));
        expect(page.querySelector('meta[property="og:title"]')?.getAttribute("content")).toBe(asParsed(parsed.title));
        expect(page.head.querySelectorAll("script")).toHaveLength(0);
        for (const link of page.head.querySelectorAll("link[href]")) expect(LINK).toContain(protocolOf(link.getAttribute("href") ?? ""));
        const ogUrl = page.head.querySelector('meta[property="og:url"]')?.getAttribute("content");
        if (ogUrl != null) expect(LINK).toContain(protocolOf(ogUrl));
        const ogImage = page.head.querySelector('meta[property="og:image"]')?.getAttribute("content");
        if (ogImage != null) expect(["http:", "https:"]).toContain(protocolOf(ogImage));
      }),
      { numRuns: RUNS.render },
    );
  });

  it("renders documents that are almost right either completely or as a list of problems, and inert either way", () => {
    fc.assert(
      fc.property(brokenRecap, (input) => {
        const result = safeParseRecap(input);
        // The documented pattern: parse where the document enters, show the problems or the page.
        const page = result.ok ? <RecapArticle recap={result.value} /> : <InvalidRecap issues={result.issues} />;
        const body = parseHtml(renderToStaticMarkup(page)).body;
        expect(inertnessProblems(body)).toEqual([]);
        if (result.ok) expectNothingLost(body, result.value);
        else expect(body.querySelector('[role="alert"]')?.querySelectorAll("li")).toHaveLength(result.issues.length);
        if (result.ok) expect(() => renderRecapToHtml(input)).not.toThrow();
        else expect(() => renderRecapToHtml(input)).toThrow(RecapValidationError);
      }),
      { numRuns: RUNS.broken },
    );
  });
});

describe("inline markup on any text", () => {
  it("parses without throwing, and its plain text never gains characters that were not written", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (source) => {
        const nodes = parseInline(source);
        expect(Array.isArray(nodes)).toBe(true);
        const written = new Set(source);
        for (const char of inlineToText(source)) expect(written.has(char)).toBe(true);
      }),
      { numRuns: RUNS.parse },
    );
  });
});
