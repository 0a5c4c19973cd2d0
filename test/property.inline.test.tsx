import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type InlineNode, inlineToText, parseInline } from "../src/model/inline.js";
import { parseHtml } from "./support/arbitraries.js";
import { renderInline } from "./support/renderInline.js";

// Generated inline markup, nested, unclosed and interleaved: the parser must keep every written
// character that is not markup, once and in order, and read Markdown the way Markdown does.

const RUNS = 1000;

/** Words, which are never markup, and the pieces that are or might be. URLs and titles are digits only: no letter comes from them. */
const WORDS = ["a", "bc", "def", "xy z"];
const MARKUP = [
  "*",
  "**",
  "***",
  "_",
  "__",
  " ",
  "`",
  "``",
  "[",
  "]",
  "(",
  ")",
  "](/0)",
  '](/1 "9")',
  "](<2 3>)",
  "![",
  "\\*",
  "\\[",
  "<4:5>",
  "!",
];

const nestedMarkup = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...WORDS) }, { weight: 3, arbitrary: fc.constantFrom(...MARKUP) }), {
    maxLength: 40,
  })
  .map((pieces) => pieces.join(""));

/** Emphasis and brackets opened many times, closed a few times or never: the shapes that made the old parser superlinear. */
const unclosed = fc
  .tuple(
    fc.constantFrom("**a *b ", "*a ", "[[*a", "a* ", "_a ", "[a](", "`a ``", "![a", "<a:"),
    fc.integer({ min: 1, max: 200 }),
    fc.constantFrom("", "*", "**", "]", ")", "`", "_"),
  )
  .map(([unit, count, tail]) => `${unit.repeat(count)}${tail}`);

const letters = (text: string) => text.replace(/[^a-z]/g, "");

/** True when `sub` can be made from `text` by leaving characters out. */
function isSubsequence(sub: string, text: string): boolean {
  let at = 0;
  for (const char of sub) {
    at = text.indexOf(char, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

describe("parse, then render, keeps the text's characters", () => {
  it.each([
    ["nested and interleaved markup", nestedMarkup],
    ["long runs of unclosed markup", unclosed],
  ])("%s: every letter once, in order, and nothing that was not written", (_name, source) => {
    fc.assert(
      fc.property(source, (text) => {
        const plain = inlineToText(text);
        expect(letters(plain)).toBe(letters(text));
        expect(isSubsequence(plain, text)).toBe(true);
        const rendered = parseHtml(renderToStaticMarkup(<p>{renderInline(text)}</p>)).body.textContent;
        expect(rendered).toBe(plain);
      }),
      { numRuns: RUNS },
    );
  });
});

/** mdast's inline tree in the model's terms, adjacent text joined. */
type MdastNode = { type: string; value?: string; url?: string; title?: string | null; alt?: string | null; children?: MdastNode[] };

function fromMdast(nodes: readonly MdastNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === "text" && last?.type === "text") last.value += node.value ?? "";
    else if (node.type === "text") out.push({ type: "text", value: node.value ?? "" });
    else if (node.type === "inlineCode") out.push({ type: "code", value: node.value ?? "" });
    else if (node.type === "emphasis" || node.type === "strong") out.push({ type: node.type, children: fromMdast(node.children ?? []) });
    else if (node.type === "link")
      out.push({
        type: "link",
        url: node.url ?? "",
        ...(node.title ? { title: node.title } : {}),
        children: fromMdast(node.children ?? []),
      });
    else if (node.type === "image")
      out.push({ type: "image", url: node.url ?? "", alt: node.alt ?? "", ...(node.title ? { title: node.title } : {}) });
    else throw new Error(`unexpected ${node.type}`);
  }
  return out;
}

/** The model keeps a URL as written; Markdown reads its escapes. */
function readEscapes(nodes: InlineNode[]): InlineNode[] {
  return nodes.map((node) => {
    if (node.type === "link") return { ...node, url: node.url.replace(/\\([!-/:-@[-`{-~])/g, "$1"), children: readEscapes(node.children) };
    if (node.type === "image") return { ...node, url: node.url.replace(/\\([!-/:-@[-`{-~])/g, "$1") };
    if (node.type === "emphasis" || node.type === "strong") return { ...node, children: readEscapes(node.children) };
    return node;
  });
}

describe("the model's inline markup is Markdown's", () => {
  const paragraph = fc
    .array(fc.constantFrom(...WORDS, ...MARKUP.filter((piece) => piece !== "<4:5>"), "<https://x.y/6>", "<j@k.lm>", "a.", ","), {
      maxLength: 16,
    })
    .map((pieces) => pieces.join("").trim())
    // What Markdown reads as a block of its own (a list item, a rule) is not a paragraph.
    .filter((text) => text !== "" && !/^([*_-]\s*){3,}$|^[*+-](\s|$)|^[*_\s]+$/.test(text));

  it("reads emphasis, code, links, autolinks and images as micromark (which reads Markdown recaps) does", () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const tree = fromMarkdown(text);
        const [block] = tree.children;
        fc.pre(tree.children.length === 1 && block?.type === "paragraph");
        if (block?.type !== "paragraph") return;
        expect(readEscapes(parseInline(text))).toEqual(fromMdast(block.children as MdastNode[]));
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
