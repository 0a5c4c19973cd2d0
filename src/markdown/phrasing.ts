import type { Heading, Link, Nodes, Paragraph, PhrasingContent } from "mdast";
import { INLINE_ESCAPABLE, startsAutolink } from "../model/inline.js";

/**
 * How backslash escapes in text are read.
 * - `inline`: paragraphs, takeaways and excerpts keep their inline markup as written (the model reads
 *   it as Markdown does), so the escapes the model understands (`\*`, `` \` ``, `\[` …) stay and only
 *   Markdown's other escapes (`\#`, `\-`, `\.` …, needed at the start of a line) are removed.
 * - `plain`: titles, names and other plain-text fields drop every backslash escape, as Markdown does.
 */
export type TextMode = "inline" | "plain";

const ESCAPE = /\\([!-/:-@[-`{-~])/g;

export function isAsciiPunctuation(char: string | undefined): boolean {
  return char !== undefined && /^[!-/:-@[-`{-~]$/.test(char);
}

/** Whether the model needs the backslash that Markdown needed before `char` at `offset`. */
function modelNeedsEscape(char: string, text: string, offset: number): boolean {
  if (!INLINE_ESCAPABLE.includes(char)) return false;
  // "\<" and "\!" only where the model would otherwise read an autolink or an image, so that
  // "\<div>" at the start of a paragraph (escaped for Markdown's sake) reads as "<div>".
  if (char === "<") return startsAutolink(text, offset + 1);
  if (char === "!") return text[offset + 2] === "[";
  return true;
}

export function unescapeText(text: string, mode: TextMode): string {
  if (mode === "plain") return text.replace(ESCAPE, "$1");
  return text.replace(ESCAPE, (written, char: string, offset: number) => (modelNeedsEscape(char, text, offset) ? written : char));
}

/**
 * Soft line breaks (a writer wrapping a long paragraph) read as one space, as Markdown renders
 * them. By hand rather than with a regular expression of spaces around a line break, which
 * tries a long run of spaces without a line break in it again from each of its spaces: quadratic.
 */
function joinLines(text: string): string {
  if (!text.includes("\n")) return text.trim();
  let out = "";
  let kept = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    let start = at;
    while (start > kept && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
    let end = at + 1;
    while (text[end] === " " || text[end] === "\t") end++;
    out += `${text.slice(kept, start)} `;
    kept = end;
    at = end - 1;
  }
  return (out + text.slice(kept)).trim();
}

interface Segment {
  start: number;
  end: number;
  kind: "text" | "verbatim" | "break";
  /** Text directly in the paragraph, not inside a link, emphasis or code: where separators count. */
  direct: boolean;
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/**
 * The inline content of one paragraph or heading, read back as its source text: inline markup
 * carries over exactly as the writer typed it instead of being re-serialised from the tree.
 */
export class Phrasing {
  readonly start: number;
  readonly end: number;
  readonly children: readonly PhrasingContent[];
  private readonly segments: Segment[] = [];
  /** Direct children by their start offset: bylines look up thousands of linked names. */
  private readonly childAt = new Map<number, PhrasingContent>();

  constructor(
    readonly source: string,
    node: Paragraph | Heading,
  ) {
    this.children = node.children;
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    this.start = first ? startOf(first) : endOf(node);
    this.end = last ? endOf(last) : endOf(node);
    this.collect(node.children, this.start, this.end, true);
    for (const child of node.children) this.childAt.set(startOf(child), child);
  }

  /** The index of the first segment that ends after `from`: segments are in source order and do not overlap. */
  private firstSegment(from: number): number {
    let low = 0;
    let high = this.segments.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.segments[middle] as Segment).end <= from) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private collect(children: readonly PhrasingContent[], from: number, to: number, direct: boolean): void {
    let cursor = from;
    for (const child of children) {
      const start = startOf(child);
      if (start > cursor) this.segments.push({ start: cursor, end: start, kind: "verbatim", direct: false });
      if (child.type === "text") this.segments.push({ start, end: endOf(child), kind: "text", direct });
      else if (child.type === "break") this.segments.push({ start, end: endOf(child), kind: "break", direct: false });
      else if ("children" in child && child.children.length > 0) this.collect(child.children, start, endOf(child), false);
      else this.segments.push({ start, end: endOf(child), kind: "verbatim", direct: false });
      cursor = endOf(child);
    }
    if (to > cursor) this.segments.push({ start: cursor, end: to, kind: "verbatim", direct: false });
  }

  /** The text between two source offsets (the whole content by default), escapes read as `mode` says. */
  text(mode: TextMode, from = this.start, to = this.end): string {
    let out = "";
    for (let index = this.firstSegment(from); index < this.segments.length; index++) {
      const segment = this.segments[index] as Segment;
      if (segment.start >= to) break;
      const start = Math.max(segment.start, from);
      const end = Math.min(segment.end, to);
      if (start >= end) continue;
      const piece = this.source.slice(start, end);
      if (segment.kind === "text") out += unescapeText(piece, mode);
      // A hard line break reads as a soft one: one space, whatever spaces surround it.
      else if (segment.kind === "break") out += "\n";
      else out += piece;
    }
    return joinLines(out);
  }

  /** Offsets of `test`-matching characters that are written in plain text directly in the content, not escaped. */
  find(test: (char: string, offset: number) => boolean, from = this.start, to = this.end): number[] {
    const found: number[] = [];
    for (let index = this.firstSegment(from); index < this.segments.length; index++) {
      const segment = this.segments[index] as Segment;
      if (segment.start >= to) break;
      if (segment.kind !== "text" || !segment.direct) continue;
      let i = Math.max(segment.start, from);
      // The character at `from` is escaped when an odd number of backslashes stands right before it.
      let backslashes = 0;
      while (i - backslashes > segment.start && this.source[i - backslashes - 1] === "\\") backslashes++;
      if (backslashes % 2 === 1 && isAsciiPunctuation(this.source[i])) i++;
      for (; i < Math.min(segment.end, to); i++) {
        const char = this.source[i] as string;
        if (char === "\\" && isAsciiPunctuation(this.source[i + 1])) {
          i++;
          continue;
        }
        if (test(char, i)) found.push(i);
      }
    }
    return found;
  }

  /** Skips whitespace inwards from both ends of a range. */
  trim(from: number, to: number): [number, number] {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(this.source[start] as string)) start++;
    while (end > start && /\s/.test(this.source[end - 1] as string)) end--;
    return [start, end];
  }

  /** The link written directly in the content that spans exactly this range, if there is one. */
  linkAt(from: number, to: number): Link | undefined {
    const node = this.nodeAt(from, to);
    return node?.type === "link" ? node : undefined;
  }

  /** The one direct child spanning exactly this range, if there is one. */
  nodeAt(from: number, to: number): PhrasingContent | undefined {
    const [start, end] = this.trim(from, to);
    const child = this.childAt.get(start);
    return child && endOf(child) === end ? child : undefined;
  }

  /** The text of a link's (or any node's) own content, without its delimiters. */
  contentOf(node: PhrasingContent, mode: TextMode): string {
    if (!("children" in node) || node.children.length === 0) return "";
    const first = node.children[0] as PhrasingContent;
    const last = node.children[node.children.length - 1] as PhrasingContent;
    return this.text(mode, startOf(first), endOf(last));
  }

  /** True when a link was written as an autolink, `<https://…>`, rather than `[text](url)`. */
  isAutolink(link: Link): boolean {
    return this.source[startOf(link)] === "<";
  }
}
