import type { List, ListItem, Nodes, Root, RootContent } from "mdast";
import { fromMarkdown, type Options } from "mdast-util-from-markdown";
import type { RecapMarkdownIssue } from "./errors.js";
import { openedOnLine } from "./limits.js";

/**
 * Reading a Markdown body in bounded pieces.
 *
 * micromark copies every event of the document read so far each time a list item or block quote
 * closes (`micromark-util-edit-map`), so a document with many lists takes time that grows with the
 * square of its length: 16,000 small lists, or a 10,000-session recap, took minutes and gigabytes.
 * Here micromark reads a window of the body at a time, and keeps only the blocks that the window
 * proves finished, so that no one parse is longer than a window or one block:
 *
 * - A window ends at a line boundary, after at most `bytes` of text, `opens` list markers and
 *   `>` at line starts or 1,000 lines (whichever comes first), and then after a line that is not
 *   blank.
 * - The body is cut at the last line of the window where micromark itself started a top-level
 *   block, or the next item of a top-level list, and where the text after it reads on its own
 *   exactly as in the whole body (see {@link lastCut} for the lines where it would not). A list cut
 *   between two items is joined again, its `spread` worked out as micromark does.
 * - A block that runs past its window: a paragraph, code or HTML is followed in windows that
 *   start with a stand-in first line for it ("a", "```", "<!--" …: these blocks carry nothing from
 *   their earlier lines but how they end) to where it ends, and is then read whole, which is
 *   linear (nothing closes inside it). A list item or block quote is read whole up to
 *   `BLOCK_LIMITS.containerLines` lines; a longer one is refused.
 * - Link reference definitions hold for the whole document: when a piece has any, every piece is
 *   read again knowing them all (micromark's own list of defined labels is told them first).
 *
 * `test/markdown.blocks.test.ts` checks on generated documents, with windows of a few bytes, that
 * the tree is the one micromark gives for the whole body, position for position;
 * `test/markdown.pieces.test.ts` and `test/markdown.small-pieces.test.ts` that recaps, warnings,
 * problems and their lines are.
 */

/** What a body may hold so that it can be read in bounded pieces. Documented on Storybook's Security page (stories/Security.mdx). */
export const BLOCK_LIMITS = {
  /** Lines that one list item or block quote may span: it is read whole, and micromark's time grows with the square of it. */
  containerLines: 1_000,
  /** Link reference definitions (a recap uses none): every piece is read knowing them all. */
  definitions: 100,
} as const;

/** How much of the body one parse reads. Tests pass tiny windows to cut everywhere. */
export interface BlockWindow {
  bytes: number;
  opens: number;
}

const WINDOW: BlockWindow = { bytes: 65_536, opens: 64 };

/**
 * Lines in a window, whatever its size: micromark's time for lazy lines (lines of a list item or
 * block quote written without its indent or `>`) grows with the square of their number.
 */
const WINDOW_LINES = 1_000;

/**
 * Setext headings (text underlined with === or ---) are left to be found by the reader: micromark
 * reads them in time that grows with the square of their number, and a recap's headings are ## anyway.
 */
const NO_SETEXT = { disable: { null: ["setextUnderline"] } };

type Extension = NonNullable<Options["extensions"]>[number];

/** A micromark extension that tells the parser, before it reads any text, which labels are defined. */
function knownDefinitions(identifiers: readonly string[]): Extension {
  let told = false;
  const construct = {
    name: "recapKitKnownDefinitions",
    // Tried (and failing at once) at each line start, before any inline text is read.
    tokenize(this: { parser: { defined: string[] } }, _effects: unknown, _ok: unknown, nok: unknown) {
      if (!told) {
        told = true;
        for (const identifier of identifiers) this.parser.defined.push(identifier);
      }
      return nok;
    },
  };
  return { document: { null: [construct] } } as unknown as Extension;
}

/** micromark's own normalisation of a label (`micromark-util-normalize-identifier`), as its list of defined labels holds them. */
function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, " ")
    .replace(/^ | $/g, "")
    .toLowerCase()
    .toUpperCase();
}

/** A definition's label as written: from its `[` to the first `]` that is not escaped. */
function rawLabel(source: string, start: number): string | undefined {
  const open = source.indexOf("[", start);
  if (open === -1) return undefined;
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return source.slice(open + 1, i);
  }
  return undefined;
}

/** The first line a block that runs past its window is read on with: it puts micromark in the same state for the lines after it. */
function standIn(block: RootContent, firstLine: string): string | undefined {
  switch (block.type) {
    case "paragraph":
    case "definition":
      return "a";
    case "code":
      // A fenced block ends at a fence of its character, at least as long; an indented one at a line indented less.
      return / {0,3}(`{3,}|~{3,})/y.exec(firstLine)?.[1] ?? "    a";
    case "html": {
      // CommonMark's seven kinds of HTML block end in five ways; the first line says which.
      const text = firstLine.replace(/^ {0,3}/, "");
      if (text.startsWith("<!--")) return "<!--";
      if (text.startsWith("<![CDATA[")) return "<![CDATA[";
      if (/^<![A-Za-z]/.test(text)) return "<!A";
      if (text.startsWith("<?")) return "<?";
      if (/^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i.test(text)) return "<pre>";
      return "<div>";
    }
    default:
      return undefined;
  }
}

/** A block that nothing goes on after a blank line: no list, quote, code or HTML. */
function closedByBlankLine(node: RootContent): boolean {
  return isContent(node) || node.type === "heading" || node.type === "thematicBreak";
}

/** Definitions and a paragraph, which micromark reads from one block of lines. */
function isContent(node: RootContent | undefined): boolean {
  return node?.type === "paragraph" || node?.type === "definition";
}

/**
 * Which lines may end the block a stand-in stands for: a superset, so that every other line
 * certainly goes on with it and need not be read to find its end.
 */
function mayEnd(standIn: string): (line: string) => boolean {
  switch (standIn) {
    case "a":
      // A blank line, or one that may interrupt a paragraph: a heading, fence, break, quote, list item or HTML.
      return (line) => /^[ \t]*$|^ {0,3}[#>*+\-_`~<0-9]/.test(line);
    case "    a":
      return (line) => /^ {0,3}\S/.test(line);
    case "<!--":
      return (line) => line.includes("-->");
    case "<?":
      return (line) => line.includes("?>");
    case "<!A":
      return (line) => line.includes(">");
    case "<![CDATA[":
      return (line) => line.includes("]]>");
    case "<pre>":
      return (line) => /<\/(?:pre|script|style|textarea)>/i.test(line);
    case "<div>":
      return (line) => /^[ \t]*$/.test(line);
    default: {
      // A fence: a line that starts with its character.
      const fence = standIn[0] === "~" ? /^ {0,3}~/ : /^ {0,3}`/;
      return (line) => fence.test(line);
    }
  }
}

function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function endLine(node: Nodes): number {
  return node.position?.end.line ?? 1;
}

/** Where a window may be cut: before child `index`, or before item `item` of the list that is child `index`. */
interface Cut {
  index: number;
  item?: number;
  /** The 1-based line of the window where the cut is. */
  line: number;
}

/**
 * A line that starts a list only where nothing is left open before it: an empty item, or an
 * ordered one not numbered 1. After indented code (or code or HTML left open in a list item or
 * block quote) micromark reads it as a paragraph, so the body is not cut before it then.
 */
function startsListOnlyAfterBreak(line: string): boolean {
  const match = /^ {0,3}(?:[-+*]|(\d{1,9})[.)])(?:[ \t]|$)/.exec(line);
  if (!match) return false;
  return /^[ \t]*$/.test(line.slice(match[0].length)) || (match[1] !== undefined && match[1] !== "1");
}

/**
 * The last place in a window where the body may be cut, if there is one: where micromark reads
 * the lines after it on their own as it does in the whole body.
 * - Only before the window's last line: micromark settles a line (a lazy line inside a list item,
 *   say) only when it has read the line after it, so the last line only looks ahead.
 * - Not between a link reference definition and a paragraph or definition: they may be one block.
 * - Not before an empty list item or an ordered one not numbered 1, unless it does start a list:
 *   after code left open (indented code, or code or HTML in a list item or block quote) micromark
 *   reads such a line as a paragraph.
 * - Not after a list or block quote (blank lines between or not), unless another starts there:
 *   micromark reads that line as a "lazy" line of the list or quote before it closes them, and
 *   indented code on a lazy line ends with it.
 * - Before the next item of a list, always: the list reads it afresh.
 * - At the blank line after a paragraph, heading or break: nothing is open there.
 */
function lastCut(children: readonly RootContent[], lookahead: number, lineText: (line: number) => string): Cut | undefined {
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index] as RootContent;
    const line = startLine(child);
    if (line >= lookahead) continue;
    const after = endLine(child) + 1;
    if (closedByBlankLine(child) && after < lookahead && /^[ \t]*$/.test(lineText(after))) return { index: index + 1, line: after };
    if (child.type === "list")
      for (let item = child.children.length - 1; item >= 1; item--) {
        const itemLine = startLine(child.children[item] as ListItem);
        if (itemLine < lookahead) return { index, item, line: itemLine };
      }
    const previous = children[index - 1];
    if (!previous || (previous.type === "definition" && isContent(child))) continue;
    const container = child.type === "list" || child.type === "blockquote";
    if (!container && startsListOnlyAfterBreak(lineText(line))) continue;
    if (!container && (previous.type === "list" || previous.type === "blockquote")) continue;
    return { index, line };
  }
  return undefined;
}

/** The problem of a list item or block quote longer than the limit, read in a window that starts at line `from` (0-based). */
function containerProblem(span: Nodes, from: number): RecapMarkdownIssue {
  const max = BLOCK_LIMITS.containerLines.toLocaleString("en");
  const what = span.type === "blockquote" ? "block quote" : "list item";
  return {
    path: "",
    line: startLine(span) + from,
    message: `This ${what} goes on for more than ${max} lines; a list item or a block quote in a Markdown recap may be at most ${max} lines long.`,
  };
}

class Refused extends Error {
  constructor(readonly issue: RecapMarkdownIssue) {
    super(issue.message);
  }
}

class BlockReader {
  /** Offsets where each line starts, and one past the end (as if the body ended with a line break). */
  private readonly starts: Int32Array;
  /** List markers and `>` that open each line. */
  private readonly opens: Uint8Array;
  private readonly blank: Uint8Array;
  private readonly count: number;
  /** Labels defined in the pieces read so far, as micromark holds them, with the line of each first definition. */
  readonly definitions = new Map<string, number>();

  constructor(
    private readonly source: string,
    private readonly window: BlockWindow,
    private readonly seed?: readonly string[],
  ) {
    let count = 1;
    for (let at = source.indexOf("\n"); at !== -1; at = source.indexOf("\n", at + 1)) count++;
    this.count = count;
    this.starts = new Int32Array(count + 1);
    this.opens = new Uint8Array(count);
    this.blank = new Uint8Array(count);
    let line = 0;
    for (let start = 0; line < count; line++) {
      const end = line === count - 1 ? source.length : source.indexOf("\n", start);
      const text = source.slice(start, end);
      this.starts[line] = start;
      this.opens[line] = Math.min(255, openedOnLine(text));
      this.blank[line] = /^[ \t]*$/.test(text) ? 1 : 0;
      start = end + 1;
    }
    this.starts[count] = source.length + 1;
  }

  private lineText(line: number): string {
    return this.source.slice(this.starts[line], (this.starts[line + 1] as number) - 1);
  }

  /**
   * Where a window that starts at line `from` (0-based) ends: after at most a window of text, and
   * then after three lines that are not blank in all, the last of them the window's last line. That
   * line only looks ahead (see {@link lastCut}); the one before it, the last line the window
   * settles, is not the first line of the first block.
   */
  private windowEnd(from: number): number {
    const { starts, opens, blank, count, window } = this;
    let end = from + 1;
    let opened = opens[from] as number;
    let filled = blank[from] === 1 ? 0 : 1;
    while (
      end < count &&
      end - from < WINDOW_LINES &&
      (starts[end] as number) - (starts[from] as number) < window.bytes &&
      opened + (opens[end] as number) <= window.opens
    ) {
      opened += opens[end] as number;
      if (blank[end] === 0) filled++;
      end++;
    }
    return this.pastFilled(end, Math.max(1, 3 - filled));
  }

  /** `end`, or further: just past `lines` more lines that are not blank, or the end of the body. */
  private pastFilled(end: number, lines: number): number {
    let at = end;
    for (let found = 0; at < this.count && found < lines; at++) if (this.blank[at] === 0) found++;
    return at;
  }

  /** The last line before the window's last that is not blank. */
  private lastSettled(end: number): number {
    let line = end - 2;
    while (this.blank[line] === 1) line--;
    return line;
  }

  /** micromark's tree of lines `from` to `to` (0-based, `to` excluded), after a stand-in first line if one is given. */
  private parse(from: number, to: number, standIn?: string): Root {
    // With the last line's line break, if the body goes on: micromark ends a line differently at the end of the text.
    const text = this.source.slice(this.starts[from], Math.min(this.source.length, this.starts[to] as number));
    // The labels are told afresh to every parse: micromark's list of them is per parse.
    const extensions = this.seed ? [NO_SETEXT, knownDefinitions(this.seed)] : [NO_SETEXT];
    return fromMarkdown(standIn === undefined ? text : `${standIn}\n${text}`, { extensions });
  }

  /** Moves a node read in a window that starts at line `from` to its place in the body, and notes the definitions in it. */
  private place(node: RootContent, from: number): void {
    const lines = from;
    const offset = this.starts[from] as number;
    const stack: Nodes[] = [node];
    while (stack.length) {
      const next = stack.pop() as Nodes;
      const position = next.position;
      if (position) {
        next.position = {
          start: { line: position.start.line + lines, column: position.start.column, offset: (position.start.offset ?? 0) + offset },
          end: { line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset },
        };
      }
      if (next.type === "definition") {
        const label = rawLabel(this.source, next.position?.start.offset ?? 0);
        const identifier = label === undefined ? undefined : normalizeLabel(label);
        if (identifier !== undefined && !this.definitions.has(identifier)) this.definitions.set(identifier, startLine(next));
      }
      if ("children" in next) for (const child of next.children) stack.push(child);
    }
  }

  /** Refuses a list item or block quote longer than the limit. */
  private checkContainers(children: readonly RootContent[], from: number): void {
    for (const child of children) {
      const spans = child.type === "list" ? child.children : child.type === "blockquote" ? [child] : [];
      for (const span of spans)
        if (endLine(span) - startLine(span) + 1 > BLOCK_LIMITS.containerLines) throw new Refused(containerProblem(span, from));
    }
  }

  /**
   * Where the block that runs past its window ends: the line where the next top-level block
   * starts, or the end of the body. `settled` and the lines before it belong to it (it may end on
   * `settled`, not before), and it did not start there. Only a line that could end it is read (see
   * {@link mayEnd}), each with the stand-in before it and two lines after it.
   */
  private blockEnd(block: RootContent, from: number, settled: number): number | undefined {
    let line = standIn(block, this.lineText(from + startLine(block) - 1));
    if (line === undefined) return undefined;
    let ends = mayEnd(line);
    for (let at = settled; at < this.count; at++) {
      if (!ends(this.lineText(at))) continue;
      const end = this.pastFilled(at + 1, 2);
      const next = this.parse(at, end, line).children[1];
      // The window's line 1 is the stand-in, its line 2 is line `at`; its last line only looks ahead.
      if (!next || (end < this.count && startLine(next) >= end - at + 1)) continue;
      const start = at + startLine(next) - 2;
      if (next.type === "list" || !startsListOnlyAfterBreak(this.lineText(start))) return start;
      // A paragraph after indented code: the body is cut after it instead.
      line = "a";
      ends = mayEnd(line);
      at = start;
    }
    return this.count;
  }

  read(): Root {
    const children: RootContent[] = [];
    /** A top-level list cut between two items: the next window's first block goes on with it. */
    let open: List | undefined;
    const keep = (node: RootContent, from: number, complete: boolean) => {
      this.place(node, from);
      if (open) {
        if (node.type !== "list") throw new Error("A list cut between two items does not go on in the next piece.");
        const before = open.children[open.children.length - 1] as ListItem;
        const after = node.children[0] as ListItem;
        const between = this.source.slice(before.position?.end.offset, after.position?.start.offset);
        open.spread = open.spread || (complete ? node.spread : spreadOf(this.source, node)) || between.split("\n").length > 2;
        for (const item of node.children) open.children.push(item);
        if (open.position && node.position) open.position = { start: open.position.start, end: node.position.end };
        if (complete) open = undefined;
        return;
      }
      if (!complete && node.type === "list") {
        node.spread = spreadOf(this.source, node);
        open = node;
      }
      children.push(node);
    };
    /** Keeps the blocks of a window that starts at line `from` (0-based) up to a cut, or all of them. */
    const keepUpTo = (root: Root, from: number, cut?: Cut) => {
      const blocks = root.children;
      const whole = cut ? cut.index : blocks.length;
      for (let i = 0; i < whole; i++) keep(blocks[i] as RootContent, from, true);
      if (cut?.item !== undefined) {
        const list = blocks[cut.index] as List;
        list.children = list.children.slice(0, cut.item);
        keep(list, from, false);
      }
    };

    /** A longer window for the same cursor, when the last one could not be cut or read on. */
    let atLeast = 0;
    for (let cursor = 0; cursor < this.count; ) {
      const end = Math.max(this.windowEnd(cursor), atLeast);
      const root = this.parse(cursor, end);
      this.checkContainers(root.children, cursor);
      if (end >= this.count) {
        keepUpTo(root, cursor);
        break;
      }
      const lookahead = end - cursor;
      const cut = lastCut(root.children, lookahead, (line) => this.lineText(cursor + line - 1));
      if (cut) {
        keepUpTo(root, cursor, cut);
        cursor += cut.line - 1;
        atLeast = 0;
        continue;
      }
      // One block runs past the window: the last that starts before the window's last line.
      let index = root.children.length - 1;
      while (index > 0 && startLine(root.children[index] as RootContent) >= lookahead) index--;
      const block = root.children[index] as RootContent;
      const settled = this.lastSettled(end);
      // Read on from a line of it that is not its first, unless that line goes on with a definition's paragraph.
      if (settled <= cursor + startLine(block) - 1 && !(isContent(block) && root.children[index - 1]?.type === "definition")) {
        atLeast = this.pastFilled(end, 1);
        continue;
      }
      if (block.type === "list" || block.type === "blockquote") {
        // A list item or block quote is read whole, up to the limit and two lines that are not blank after it.
        const longer = this.pastFilled(Math.min(this.count, cursor + startLine(block) - 1 + BLOCK_LIMITS.containerLines), 2);
        if (longer <= end) throw new Refused(containerProblem(block.type === "list" ? (block.children.at(-1) ?? block) : block, cursor));
        atLeast = longer;
        continue;
      }
      const blockEnd = this.blockEnd(block, cursor, settled);
      if (blockEnd === undefined) {
        atLeast = this.pastFilled(end, 1);
        continue;
      }
      keepUpTo(this.parse(cursor, blockEnd), cursor);
      cursor = blockEnd;
      atLeast = 0;
    }
    return { type: "root", children };
  }
}

/** Whether two items of a list are apart by a blank line, as micromark decides it: two line endings between them. */
function spreadOf(source: string, list: List): boolean {
  for (let i = 1; i < list.children.length; i++) {
    const between = source.slice(list.children[i - 1]?.position?.end.offset, list.children[i]?.position?.start.offset);
    if (between.split("\n").length > 2) return true;
  }
  return false;
}

/** The result of {@link readBlocks}: the tree, or the one problem that keeps the body from being read. */
export type BlocksResult = { root: Root; issue?: undefined } | { root?: undefined; issue: RecapMarkdownIssue };

/**
 * micromark's mdast tree of a Markdown body (setext headings not read), the same as
 * `fromMarkdown(source)` would give, in time linear in the body; or the problem when the body is
 * beyond `BLOCK_LIMITS`.
 */
export function readBlocks(source: string, window: BlockWindow = WINDOW): BlocksResult {
  try {
    const first = new BlockReader(source, window);
    const root = first.read();
    if (first.definitions.size === 0) return { root };
    if (first.definitions.size > BLOCK_LIMITS.definitions) {
      const line = Array.from(first.definitions.values()).sort((a, b) => a - b)[BLOCK_LIMITS.definitions];
      return {
        issue: {
          path: "",
          line,
          message: `A Markdown recap has more than ${BLOCK_LIMITS.definitions} link reference definitions ([label]: url) from here on. They are not supported: write each link in place, as [text](url).`,
        },
      };
    }
    return { root: new BlockReader(source, window, Array.from(first.definitions.keys())).read() };
  } catch (error) {
    if (error instanceof Refused) return { issue: error.issue };
    throw error;
  }
}

/** The whole body in one parse, as it was read before {@link readBlocks}: for tests that compare the two. */
export function readBlocksWhole(source: string): Root {
  return fromMarkdown(source, { extensions: [NO_SETEXT] });
}
