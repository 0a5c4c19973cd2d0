/**
 * What toRecapMarkdown writes is Unicode text that reads back as the recap: text that the YAML
 * library folded wrongly (yaml 2.9.1) reads back exactly, and a lone surrogate, which no UTF-8
 * file can hold, is written as U+FFFD with a warning that names where it was (issue 20).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RecapMarkdownWarning, safeParseRecapMarkdown, toRecapMarkdown } from "../src/markdown/index.js";
import type { RecapDocument } from "../src/model/types.js";
import { parseRecap, safeParseRecap } from "../src/parse/parseRecap.js";
import { toRecapDocument } from "../src/parse/toRecapDocument.js";
import { readMarkdown } from "./support/readMarkdown.js";

const normalised = (recap: unknown) => toRecapDocument(parseRecap(recap));

/** Pieces of text that YAML's and Markdown's writers treat specially, and lone surrogates. */
const TRICKY = [
  "a",
  "Talk",
  "a".repeat(35),
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  " \n",
  "\n \n",
  "\u202e",
  "\u2028",
  "\u0085",
  "\u00a0",
  "*",
  "#",
  "- ",
  ": ",
  '"',
  "'",
  "\\",
  "|",
  ">",
  "&",
  "!",
  "%",
  "{",
  "[",
  "---",
  "é",
  "𝔘",
] as const;
const LONE = ["\ud800", "\udbff", "\udc00", "\udfff", "\udc00\ud800"] as const;

const tricky = fc.array(fc.constantFrom(...TRICKY), { minLength: 1, maxLength: 10 }).map((pieces) => pieces.join(""));
const withLone = fc
  .tuple(tricky, fc.constantFrom(...LONE), tricky)
  .map(([before, lone, after]) => `${before}${lone}${after}`)
  .filter((value) => value.trim() !== "");

function recapOf(title: string, name: string, summary: string, speaker: string): RecapDocument {
  return {
    title,
    event: { name },
    sessions: [{ title: `${title} (session)`, speakers: [{ name: speaker, affiliation: "Acme" }], summary: [summary] }],
  };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The paths of every string in `value` that holds a lone surrogate. */
function lonePaths(value: unknown, path = ""): string[] {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => lonePaths(item, `${path}[${index}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => lonePaths(item, path ? `${path}.${key}` : key));
  return [];
}

describe("toRecapMarkdown writes text that reads back", () => {
  it("writes a title that yaml 2.9.1 folded wrongly so that it reads back exactly", () => {
    // yaml folded this double-quoted scalar over lines and lost the line of one space: convert and import exited 70.
    const title = `\u202e${"a".repeat(35)}\r\n \n*`;
    for (const recap of [recapOf(title, "PyCon", "A summary.", "Ann Lee"), recapOf("Fine", title, title, "Ann Lee")]) {
      const markdown = toRecapMarkdown(recap);
      expect(readMarkdown(markdown)).toEqual(normalised(recap));
    }
  });

  it("never fails on text of line breaks, spaces, quotes and YAML marks, and reads it back exactly", () => {
    fc.assert(
      fc.property(tricky, tricky, tricky, tricky, (title, name, summary, speaker) => {
        const recap = recapOf(title, name, summary, speaker);
        fc.pre(safeParseRecap(recap).ok);
        const warnings: RecapMarkdownWarning[] = [];
        const markdown = toRecapMarkdown(recap, { warnings });
        expect(warnings).toEqual([]);
        expect(readMarkdown(markdown)).toEqual(normalised(recap));
      }),
      { numRuns: 200 },
    );
  });

  it("writes a lone surrogate as U+FFFD, warns with its path, and keeps everything else exactly", () => {
    const recap = recapOf("Title \ud800 half", "PyCon", "Sum\udc00mary", "Ann Lee");
    const warnings: RecapMarkdownWarning[] = [];
    const markdown = toRecapMarkdown(recap, { warnings });
    expect(LONE_SURROGATE.test(markdown)).toBe(false);
    expect(warnings.map((warning) => warning.path).sort()).toEqual(["sessions[0].summary[0]", "sessions[0].title", "title"]);
    expect(warnings[0]?.message).toMatch(/lone surrogate \(U\+D800\).*U\+FFFD/);
    const read = readMarkdown(markdown);
    expect(read.title).toBe("Title \ufffd half");
    expect(read.sessions[0]?.summary).toEqual(["Sum\ufffdmary"]);
    expect(read.event.name).toBe("PyCon");
  });

  it("writes Markdown that a UTF-8 file holds exactly, whatever lone surrogates the recap has, each warned about", () => {
    fc.assert(
      fc.property(
        fc.oneof(tricky, withLone),
        fc.oneof(tricky, withLone),
        withLone,
        fc.oneof(tricky, withLone),
        (title, name, summary, speaker) => {
          const recap = recapOf(title, name, summary, speaker);
          fc.pre(safeParseRecap(recap).ok);
          const warnings: RecapMarkdownWarning[] = [];
          const markdown = toRecapMarkdown(recap, { warnings });
          // What a file holds: the same text after UTF-8 and back.
          expect(Buffer.from(markdown, "utf8").toString("utf8")).toBe(markdown);
          const expected = normalised(recap);
          expect(warnings.map((warning) => warning.path).sort()).toEqual(lonePaths(expected).sort());
          const result = safeParseRecapMarkdown(markdown);
          expect(result.ok).toBe(true);
          if (result.ok)
            expect(toRecapDocument(result.value)).toEqual(
              JSON.parse(JSON.stringify(expected).replace(/\\ud[89a-f][0-9a-f]{2}/g, "\ufffd")),
            );
        },
      ),
      { numRuns: 150 },
    );
  });
});
