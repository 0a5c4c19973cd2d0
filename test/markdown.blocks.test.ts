import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBlocks, readBlocksWhole } from "../src/markdown/blocks.js";

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
