import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBlocks, readBlocksWhole } from "../src/markdown/blocks.js";
import { safeParseRecapMarkdown } from "../src/markdown/index.js";

/** Lines that open, continue, interrupt or close every kind of CommonMark block. */
const LINES = [
  "",
  "",
  "",
  " ",
  "a",
  "b c",
  "*em* `co",
  "de` [a]",
  "[x][a] [b][]",
  "- a",
  "- b",
  "* a",
  "+ a",
  "1. a",
  "2) b",
  "10. x",
  "-",
  "*",
  "  - a",
  "   - a",
  "  b",
  "   c",
  "    code",
  "     d",
  "\tt",
  "-\ta",
  " -  a",
  "-    five",
  "> a",
  ">",
  "> - a",
  "> > b",
  ">> c",
  "  > q",
  "```",
  "~~~",
  "````",
  "```js",
  "  ```",
  "    ```",
  "- ```",
  "> ```",
  "<div>",
  "</div>",
  "<!-- c",
  "-->",
  "<!-- a -->",
  "<pre>",
  "</pre>",
  "<?x",
  "?>",
  "<!X",
  ">",
  "<![CDATA[",
  "]]>",
  "<a href='x'>",
  "<b>",
  "[a]: /u",
  "[b]:",
  "/v",
  "'title'",
  "- [a]: /u",
  "> [b]: /w",
  "## h",
  "### h [a]",
  "# t",
  "***",
  "---",
  "- - -",
  "===",
  "1.",
  "2. ",
  "-  ",
  "  -",
  "    - x",
  "<script>",
  "</script>",
  "<style a='b'>",
  "<textarea>",
  "<?php",
  "<!DOCTYPE html>",
  "<table>",
  "</table>",
  "<a>",
  "</b>",
  " \t- x",
  ">\t> x",
  "\t",
  "  \t",
  "1) x",
  "01. y",
  "2.",
  "*\t",
  "- > q",
  "> 1. a",
  "  ```",
  "   ~~~ x",
  "[a]",
  "* * *",
] as const;

/** More runs for a search by hand: RUNS=100000 npx vitest run test/markdown.blocks.test.ts */
const RUNS = Number(process.env.RUNS ?? 3000);
/** Blocks of several lines, for blocks longer than a window: the reader then finds where they end. */
const UNITS = [
  "para\ngraph\nlines\n  indented\n- interrupted",
  "```\n- x\n> y\n\n## z\n```",
  "~~~~\n```\n~~~\n~~~~~",
  "<!--\n- a\n\n## b\n-->",
  "<div>\n- a\n## b\n\npara",
  "<pre>\n\n- a\n</style>",
  "    code\n\n    more\n-\n2. x",
  "- a\n  b\nlazy\n- c\n\n  d\n- e",
  "> a\nlazy\n> - b\n>\n> c\nd",
  "1. a\n2. b\n3) c\n\n4. d",
  "- a\n\n      code\n2. x",
  "> ```\n2. y\n-",
  "[a]: /u\n[b]: /v 'title'\npara [a] [b]",
] as const;

const line = fc.constantFrom(...LINES);
const piece = fc.oneof({ weight: 4, arbitrary: line }, { weight: 1, arbitrary: fc.constantFrom(...UNITS) });
const document = fc.array(piece, { maxLength: 60 }).map((lines) => lines.join("\n"));
const window = fc.record({ bytes: fc.integer({ min: 1, max: 200 }), opens: fc.integer({ min: 1, max: 6 }) });

describe("readBlocks: the body read in bounded pieces is the body read whole", () => {
  it(
    "gives micromark's tree of the whole body, position for position, whatever the windows",
    () => {
      fc.assert(
        fc.property(document, window, (text, size) => {
          const pieces = readBlocks(text, size);
          expect(pieces.issue).toBeUndefined();
          expect(pieces.root?.children).toEqual(readBlocksWhole(text).children);
        }),
        { numRuns: RUNS },
      );
    },
    RUNS * 30,
  );
});

describe("readBlocks: long blocks and the limits", () => {
  const windows = [{ bytes: 64, opens: 2 }, undefined];

  it("reads a paragraph of thousands of lines after a list (its first line a lazy line of the list) as the whole body does", () => {
    const text = `- a\n\n${"a line of the paragraph\n".repeat(3_000)}\n- b\n\nafter`;
    for (const window of windows) expect(readBlocks(text, window).root?.children).toEqual(readBlocksWhole(text).children);
  });

  it("reads code, HTML and paragraphs longer than any window as the whole body does", () => {
    const text = [
      "```yaml recap",
      "- x\n".repeat(2_000),
      "```",
      "<!--",
      "- commented out\n\n## out\n".repeat(500),
      "-->",
      "    code\n\n    more code\n".repeat(500),
      "-",
      "para\n".repeat(2_000),
      "## after",
    ].join("\n");
    for (const window of windows) expect(readBlocks(text, window).root?.children).toEqual(readBlocksWhole(text).children);
  });

  it("reads a list item or block quote of 1,000 lines, and refuses one longer, at its line", () => {
    const item = (lines: number) => `para\n\n- first\n${"  more\n".repeat(lines - 1)}`;
    const quote = (lines: number) => `para\n\n${"> more\n".repeat(lines)}`;
    for (const window of windows) {
      expect(readBlocks(item(1_000), window).root?.children).toEqual(readBlocksWhole(item(1_000)).children);
      expect(readBlocks(quote(1_000), window).root?.children).toEqual(readBlocksWhole(quote(1_000)).children);
      expect(readBlocks(item(1_001), window).issue).toEqual({
        path: "",
        line: 3,
        message:
          "This list item goes on for more than 1,000 lines; a list item or a block quote in a Markdown recap may be at most 1,000 lines long.",
      });
      expect(readBlocks(quote(1_001), window).issue?.message).toMatch(/^This block quote goes on for more than 1,000 lines/);
    }
  });

  it("refuses more than 100 link reference definitions, at the line of the 101st", () => {
    const definitions = (count: number) => Array.from({ length: count }, (_, i) => `[label ${i}]: https://acme.example/${i}\n`).join("\n");
    expect(readBlocks(definitions(100)).root?.children).toHaveLength(100);
    expect(readBlocks(definitions(101)).issue).toMatchObject({
      line: 201,
      message: expect.stringMatching(/more than 100 link reference definitions/),
    });
  });
});

describe("a Markdown recap beyond the limits of reading in pieces", () => {
  it("is refused with the problem at its line, not read for minutes", () => {
    const text = `---\ntitle: Long\nevent:\n  name: PyCon\n---\n\n## A session\n\n- Speakers: Ann Lee\n${"  and more\n".repeat(1_200)}`;
    const result = safeParseRecapMarkdown(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        line: 9,
        message: expect.stringMatching(/^This list item goes on for more than 1,000 lines/),
      });
  });
});
