import type { RecapMarkdownIssue } from "./errors.js";

/**
 * What a Markdown recap may hold before it is given to micromark, whose time grows with the
 * square of some counts: blocks nested in one line (`>>>>…`, `- - - …`), and emphasis marks or
 * brackets in one paragraph (each closing mark looks back over the paragraph). Real recaps stay
 * far below these limits; beyond them reading would take seconds to minutes, so the document is
 * refused with the line that goes over. Documented on Storybook's Security page (stories/Security.mdx).
 */
export const MARKDOWN_LIMITS = {
  /** Block quotes and list markers opened on one line. */
  nesting: 32,
  /** Runs of `*` or `_` that may open or close emphasis, in one paragraph. */
  emphasisMarks: 1_000,
  /** `[` and `]` in one paragraph. */
  brackets: 2_000,
} as const;

const BULLET = /^[-+*][ \t]+\S/;
const FIRST_ORDERED = /^0{0,8}1[.)][ \t]+\S/;
const HEADING_OR_FENCE = /^(#{1,6}([ \t]|$)|```|~~~)/;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

interface Prefix {
  /** Block quotes and list markers before the text. */
  depth: number;
  /** The line after its block quote markers. */
  rest: string;
}

/** Reads the block quote and list markers that open a line. Linear in what it reads. */
function prefixOf(line: string): Prefix {
  let depth = 0;
  let at = 0;
  let rest = 0;
  while (at < line.length) {
    while (line[at] === " " || line[at] === "\t") at++;
    const char = line[at];
    if (char === ">") {
      depth++;
      at++;
      rest = at;
      continue;
    }
    const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t])/.exec(line.slice(at, at + 11));
    if (!marker) break;
    depth++;
    at += marker[0].length;
  }
  return { depth, rest: line.slice(rest) };
}

/** How many block quotes and list items a line opens (or continues) at its start. */
export function openedOnLine(line: string): number {
  return prefixOf(line).depth;
}

/**
 * True when the line certainly ends the paragraph before it: a blank line, a heading, a fence, or a
 * list item that may interrupt a paragraph. Lines it cannot be sure of (an ordered item other than
 * 1., anything indented four or more) are counted with the paragraph: the limits then err on the
 * side of refusing, never of letting a longer paragraph through.
 */
function startsBlock(rest: string): boolean {
  if (rest.trim() === "") return true;
  const indent = /^ {0,3}/.exec(rest)?.[0].length ?? 0;
  if (rest[indent] === " " || rest[indent] === "\t") return false;
  const text = rest.slice(indent);
  return HEADING_OR_FENCE.test(text) || BULLET.test(text) || FIRST_ORDERED.test(text);
}

/** Emphasis marks and brackets in one line; `_` inside a word and `*` between spaces never open or close emphasis. */
function countMarks(line: string): { emphasis: number; brackets: number } {
  let emphasis = 0;
  let brackets = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === "[" || char === "]") brackets++;
    else if (char === "*" || char === "_") {
      let end = i;
      while (line[end] === char) end++;
      const before = line[i - 1];
      const after = line[end];
      const spaced = (before === undefined || /\s/.test(before)) && (after === undefined || /\s/.test(after));
      const inWord = char === "_" && before !== undefined && after !== undefined && ALPHANUMERIC.test(before) && ALPHANUMERIC.test(after);
      if (!spaced && !inWord) emphasis++;
      i = end - 1;
    }
  }
  return { emphasis, brackets };
}

/** The problems that keep a Markdown body from being read at all; empty when it is within the limits. */
export function checkMarkdownLimits(body: string): RecapMarkdownIssue[] {
  const lines = body.split("\n");
  let emphasis = 0;
  let brackets = 0;
  let paragraphLine = 1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const { depth, rest } = prefixOf(line);
    if (depth > MARKDOWN_LIMITS.nesting)
      return [
        {
          path: "",
          line: index + 1,
          message: `nests block quotes or lists ${depth} levels deep; a Markdown recap may nest at most ${MARKDOWN_LIMITS.nesting}.`,
        },
      ];
    if (startsBlock(rest)) {
      emphasis = 0;
      brackets = 0;
      // A blank line ends a paragraph; the next one starts on the line after it.
      paragraphLine = rest.trim() === "" ? index + 2 : index + 1;
    }
    const marks = countMarks(line);
    emphasis += marks.emphasis;
    brackets += marks.brackets;
    if (emphasis > MARKDOWN_LIMITS.emphasisMarks)
      return [
        {
          path: "",
          line: paragraphLine,
          message: `The paragraph that starts here has more than ${MARKDOWN_LIMITS.emphasisMarks.toLocaleString("en")} emphasis marks (* or _); a Markdown recap may have at most that many in one paragraph.`,
        },
      ];
    if (brackets > MARKDOWN_LIMITS.brackets)
      return [
        {
          path: "",
          line: paragraphLine,
          message: `The paragraph that starts here has more than ${MARKDOWN_LIMITS.brackets.toLocaleString("en")} brackets ([ or ]); a Markdown recap may have at most that many in one paragraph.`,
        },
      ];
  }
  return [];
}
