/**
 * The inline subset of Markdown that every paragraph, takeaway and excerpt may carry, read with
 * CommonMark's own rules so that a Markdown recap means on the page what it means in any editor:
 * `*emphasis*` and `_emphasis_`, `**strong**` and `__strong__`, `` `code` ``, links
 * `[text](url)` and `[text](url "title")`, autolinks `<https://…>` and `<name@example.com>`, and
 * images `![alt](src)`, which are never shown inside text (only their description is). Everything
 * else is literal text, markup that is never closed stays literal too, and a backslash escapes
 * any of `` \`*_[]()<! ``.
 */
export type InlineNode =
  | { type: "text"; value: string }
  | { type: "code"; value: string }
  | { type: "emphasis"; children: InlineNode[] }
  | { type: "strong"; children: InlineNode[] }
  | { type: "link"; url: string; title?: string; children: InlineNode[] }
  | { type: "image"; url: string; alt: string; title?: string };

/** The characters a backslash escapes in inline markup (CommonMark escapes all ASCII punctuation; the model only its own). */
export const INLINE_ESCAPABLE = "\\`*_[]()<!";

// Deeper nesting than this is not writing, it is an attack on whatever walks the tree: it is kept
// as the text it was written as.
const MAX_DEPTH = 16;

const SPECIAL = /[\\`*_[\]!<]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a link destination ends at a control character.
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;
const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
// CommonMark's autolinks: a scheme of 2–32 characters, or an email address.
// biome-ignore lint/suspicious/noControlCharactersInRegex: an autolink has no spaces or control characters.
const URI_AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\u0000-\u001f\u007f]*)>/y;
const EMAIL_AUTOLINK =
  /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;

// ---------------------------------------------------------------------------------------------
// The tree while it is built: pieces in doubly linked lists, so that wrapping a run of pieces
// in emphasis or a link is a constant-time splice, never a copy.
// ---------------------------------------------------------------------------------------------

type PieceKind = "text" | "code" | "emphasis" | "strong" | "link" | "image" | "edge";

interface Piece {
  kind: PieceKind;
  /** Text and code: the value. Delimiter runs are text whose value shrinks as delimiters are used. */
  value: string;
  prev: Piece | null;
  next: Piece | null;
  /** Containers: their children, between two edge pieces. */
  children?: Chain;
  /** Containers: the markup around the children as written, for nesting too deep to keep. */
  open?: string;
  close?: string;
  url?: string;
  title?: string;
}

class Chain {
  readonly head: Piece = { kind: "edge", value: "", prev: null, next: null };
  readonly tail: Piece = { kind: "edge", value: "", prev: null, next: null };

  constructor() {
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  append(piece: Piece): Piece {
    insertAfter(this.tail.prev as Piece, piece);
    return piece;
  }
}

function insertAfter(before: Piece, piece: Piece): void {
  piece.prev = before;
  piece.next = before.next;
  (before.next as Piece).prev = piece;
  before.next = piece;
}

function unlink(piece: Piece): void {
  (piece.prev as Piece).next = piece.next;
  (piece.next as Piece).prev = piece.prev;
}

/** Moves the pieces strictly between `from` and `to` into a new chain. */
function cut(from: Piece, to: Piece): Chain {
  const chain = new Chain();
  const first = from.next as Piece;
  const last = to.prev as Piece;
  if (first === to) return chain;
  from.next = to;
  to.prev = from;
  first.prev = chain.head;
  last.next = chain.tail;
  chain.head.next = first;
  chain.tail.prev = last;
  return chain;
}

function container(kind: PieceKind, children: Chain, open: string, close: string): Piece {
  return { kind, value: "", prev: null, next: null, children, open, close };
}

/** A run of `*` or `_` that may open or close emphasis (CommonMark's delimiter stack). */
interface Delimiter {
  piece: Piece;
  /** Where the run starts in the source: searches for an opener stop at a position, never at a delimiter that may be gone. */
  position: number;
  char: "*" | "_";
  canOpen: boolean;
  canClose: boolean;
  prev: Delimiter | null;
  next: Delimiter | null;
}

/** A `[` or `![` that may start a link or an image. */
interface Bracket {
  piece: Piece;
  image: boolean;
  /** Order of appearance: a link deactivates the link openers before it (links never nest). */
  order: number;
  /** The last delimiter before the bracket: emphasis inside the link text is resolved above it. */
  delimiters: Delimiter | null;
  prev: Bracket | null;
}

function isWhitespace(char: string | undefined): boolean {
  return char === undefined || WHITESPACE.test(char);
}

function isPunctuation(char: string | undefined): boolean {
  return char !== undefined && PUNCTUATION.test(char);
}

/** The whole character before `index`, surrogate pairs included. */
function charBefore(source: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const code = source.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? source.slice(index - 2, index) : source[index - 1];
}

function charAt(source: string, index: number): string | undefined {
  const point = source.codePointAt(index);
  return point === undefined ? undefined : String.fromCodePoint(point);
}

/** Positions of every backtick run, by its length: a code span closes on the next run of its opener's length. */
class BacktickRuns {
  private readonly byLength = new Map<number, number[]>();
  private readonly cursor = new Map<number, number>();

  constructor(source: string) {
    for (let i = source.indexOf("`"); i !== -1; ) {
      let end = i;
      while (source[end] === "`") end++;
      const runs = this.byLength.get(end - i);
      if (runs) runs.push(i);
      else this.byLength.set(end - i, [i]);
      i = source.indexOf("`", end);
    }
  }

  /** The first run of exactly `length` backticks starting at or after `from`. Calls come with `from` increasing: linear in all. */
  next(length: number, from: number): number {
    const runs = this.byLength.get(length);
    if (!runs) return -1;
    let at = this.cursor.get(length) ?? 0;
    while (at < runs.length && (runs[at] as number) < from) at++;
    this.cursor.set(length, at);
    return runs[at] ?? -1;
  }
}

/**
 * Where link destinations end, for every position at once: a destination ends at its first
 * whitespace or at the first `)` that is not balanced, and finding either by scanning from each
 * `](` would be quadratic on "[a](x[a](x[a](x…".
 */
class Destinations {
  /** The first whitespace or control character at or after each position. */
  private readonly space: Int32Array;
  /** The first position after each one where more parentheses have closed than opened. */
  private readonly unbalanced: Int32Array;
  private readonly depth: Int32Array;

  constructor(source: string) {
    const n = source.length;
    this.space = new Int32Array(n + 1);
    this.depth = new Int32Array(n + 1);
    this.unbalanced = new Int32Array(n + 1);
    this.space[n] = n;
    for (let i = n - 1; i >= 0; i--) this.space[i] = SPACE_OR_CONTROL.test(source[i] as string) ? i : (this.space[i + 1] as number);
    for (let i = 0; i < n; i++) {
      const char = source[i];
      let step = 0;
      if (char === "\\" && i + 1 < n) {
        this.depth[i + 1] = this.depth[i] as number;
        i++;
      } else if (char === "(") step = 1;
      else if (char === ")") step = -1;
      this.depth[i + 1] = (this.depth[i] as number) + step;
    }
    // Next smaller value, right to left with a stack of candidates.
    const stack: number[] = [];
    for (let i = n; i >= 0; i--) {
      const depth = this.depth[i] as number;
      while (stack.length && (this.depth[stack[stack.length - 1] as number] as number) >= depth) stack.pop();
      this.unbalanced[i] = stack.length ? (stack[stack.length - 1] as number) : -1;
      stack.push(i);
    }
  }

  /** The end of a destination written without angle brackets that starts at `start`, or -1 when its parentheses do not balance. */
  end(start: number): number {
    const space = this.space[start] as number;
    const close = this.unbalanced[start] as number;
    // `close` is just after the `)` that closes more than was opened.
    if (close !== -1 && close - 1 < space) return close - 1;
    return this.depth[space] === this.depth[start] ? space : -1;
  }
}

class InlineParser {
  private readonly root = new Chain();
  private delimiters: Delimiter | null = null;
  private brackets: Bracket | null = null;
  private bracketCount = 0;
  /** Link openers up to this order are inactive: a link has been made after them. */
  private inactiveUpTo = -1;
  private backticks?: BacktickRuns;
  private destinations?: Destinations;
  private readonly titles = new Map<number, { end: number; value: string } | null>();
  private text = "";

  constructor(private readonly source: string) {}

  parse(): InlineNode[] {
    const s = this.source;
    let i = 0;
    while (i < s.length) {
      SPECIAL.lastIndex = i;
      const found = SPECIAL.exec(s);
      const next = found ? found.index : s.length;
      if (next > i) this.text += s.slice(i, next);
      if (!found) break;
      i = this.special(next);
    }
    this.flush();
    this.emphasis(null);
    return toNodes(this.root);
  }

  private flush(): void {
    if (this.text) this.root.append({ kind: "text", value: this.text, prev: null, next: null });
    this.text = "";
  }

  private literal(value: string): Piece {
    this.flush();
    return this.root.append({ kind: "text", value, prev: null, next: null });
  }

  /** Reads the markup at `i`, returns where to go on. */
  private special(i: number): number {
    const s = this.source;
    const char = s[i] as string;
    switch (char) {
      case "\\":
        if (i + 1 < s.length && INLINE_ESCAPABLE.includes(s[i + 1] as string)) {
          this.text += s[i + 1];
          return i + 2;
        }
        this.text += char;
        return i + 1;
      case "`":
        return this.code(i);
      case "*":
      case "_":
        return this.delimiterRun(i, char);
      case "[":
        this.pushBracket(false);
        return i + 1;
      case "!":
        if (s[i + 1] === "[") {
          this.pushBracket(true);
          return i + 2;
        }
        this.text += char;
        return i + 1;
      case "]":
        return this.closeBracket(i);
      default:
        return this.autolink(i);
    }
  }

  private code(i: number): number {
    const s = this.source;
    let end = i;
    while (s[end] === "`") end++;
    const length = end - i;
    this.backticks ??= new BacktickRuns(s);
    const close = this.backticks.next(length, end);
    if (close === -1) {
      this.text += s.slice(i, end);
      return end;
    }
    let value = s.slice(end, close).replace(/\n/g, " ");
    // One space on each side is padding (so that `` ` `` can hold a backtick), unless it is all spaces.
    if (value.length >= 2 && value.startsWith(" ") && value.endsWith(" ") && /[^ ]/.test(value)) value = value.slice(1, -1);
    this.flush();
    this.root.append({ kind: "code", value, prev: null, next: null });
    return close + length;
  }

  private delimiterRun(i: number, char: "*" | "_"): number {
    const s = this.source;
    let end = i;
    while (s[end] === char) end++;
    const before = charBefore(s, i);
    const after = charAt(s, end);
    const left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
    const right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
    // `_` inside a word (snake_case) is never emphasis.
    const canOpen = char === "*" ? left : left && (!right || isPunctuation(before));
    const canClose = char === "*" ? right : right && (!left || isPunctuation(after));
    const piece = this.literal(s.slice(i, end));
    if (canOpen || canClose) {
      const delimiter: Delimiter = { piece, position: i, char, canOpen, canClose, prev: this.delimiters, next: null };
      if (this.delimiters) this.delimiters.next = delimiter;
      this.delimiters = delimiter;
    }
    return end;
  }

  private pushBracket(image: boolean): void {
    const piece = this.literal(image ? "![" : "[");
    this.brackets = { piece, image, order: this.bracketCount++, delimiters: this.delimiters, prev: this.brackets };
  }

  private closeBracket(i: number): number {
    const opener = this.brackets;
    if (!opener) {
      this.text += "]";
      return i + 1;
    }
    this.brackets = opener.prev;
    const active = opener.image || opener.order > this.inactiveUpTo;
    const target = active ? this.linkTail(i + 1) : undefined;
    if (!target) {
      this.text += "]";
      return i + 1;
    }
    this.flush();
    const children = cut(opener.piece, this.root.tail);
    const piece = container(opener.image ? "image" : "link", children, opener.image ? "![" : "[", this.source.slice(i, target.end));
    piece.url = target.url;
    if (target.title !== undefined) piece.title = target.title;
    insertAfter(opener.piece, piece);
    unlink(opener.piece);
    this.emphasis(opener.delimiters);
    if (!opener.image) this.inactiveUpTo = this.bracketCount - 1;
    return target.end;
  }

  /** `(destination "title")` right after a `]`: the link's target and where it ends. */
  private linkTail(i: number): { url: string; title?: string; end: number } | undefined {
    const s = this.source;
    if (s[i] !== "(") return undefined;
    let at = this.skipSpace(i + 1);
    let url: string;
    if (s[at] === "<") {
      const close = this.angleDestinationEnd(at);
      if (close === -1) return undefined;
      url = s.slice(at + 1, close);
      at = close + 1;
    } else {
      this.destinations ??= new Destinations(s);
      const end = this.destinations.end(at);
      if (end === -1) return undefined;
      url = s.slice(at, end);
      at = end;
    }
    const beforeTitle = at;
    at = this.skipSpace(at);
    let title: string | undefined;
    if (at > beforeTitle && (s[at] === '"' || s[at] === "'" || s[at] === "(")) {
      const read = this.title(at);
      if (!read) return undefined;
      title = read.value;
      at = this.skipSpace(read.end);
    }
    if (s[at] !== ")") return undefined;
    return title === undefined ? { url, end: at + 1 } : { url, title, end: at + 1 };
  }

  private skipSpace(i: number): number {
    const s = this.source;
    while (i < s.length && WHITESPACE.test(s[i] as string)) i++;
    return i;
  }

  /** `<…>`: ends at the first `>`; a `<` or a line break before it means it is not a destination. */
  private angleDestinationEnd(i: number): number {
    const s = this.source;
    for (let j = i + 1; j < s.length; j++) {
      const char = s[j];
      if (char === "\\" && j + 1 < s.length) j++;
      else if (char === ">") return j;
      else if (char === "<" || char === "\n") return -1;
    }
    return -1;
  }

  /** A link title in `"…"`, `'…'` or `(…)`, escapes read. Remembered: several links may try the same one. */
  private title(i: number): { end: number; value: string } | null {
    const known = this.titles.get(i);
    if (known !== undefined) return known;
    const s = this.source;
    const close = s[i] === "(" ? ")" : (s[i] as string);
    let value = "";
    let result: { end: number; value: string } | null = null;
    for (let j = i + 1; j < s.length; j++) {
      const char = s[j] as string;
      if (char === "\\" && j + 1 < s.length && /[!-/:-@[-`{-~]/.test(s[j + 1] as string)) {
        value += s[j + 1];
        j++;
      } else if (char === close) {
        result = { end: j + 1, value };
        break;
      } else if (close === ")" && char === "(") break;
      else value += char;
    }
    this.titles.set(i, result);
    return result;
  }

  private autolink(i: number): number {
    const s = this.source;
    for (const [pattern, scheme] of [
      [URI_AUTOLINK, ""],
      [EMAIL_AUTOLINK, "mailto:"],
    ] as const) {
      pattern.lastIndex = i;
      const match = pattern.exec(s);
      if (!match) continue;
      const address = match[1] as string;
      this.flush();
      const children = new Chain();
      children.append({ kind: "text", value: address, prev: null, next: null });
      const piece = container("link", children, "<", ">");
      piece.url = `${scheme}${address}`;
      this.root.append(piece);
      return pattern.lastIndex;
    }
    this.text += "<";
    return i + 1;
  }

  /**
   * CommonMark's "process emphasis" over the delimiters above `bottom`: each closer is matched
   * with the nearest opener that fits, and where the search for an opener of a kind failed is
   * remembered, so that no run of unclosable markup is searched twice. Linear.
   */
  private emphasis(bottom: Delimiter | null): void {
    const floor = bottom ? bottom.position : -1;
    // Per kind of closer, the position at or below which no opener for it exists.
    const openersBottom = new Map<string, number>();
    let closer = bottom ? bottom.next : this.firstDelimiter();
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.piece.value.length % 3}`;
      const lowest = openersBottom.get(key) ?? floor;
      let opener = closer.prev;
      let found = false;
      while (opener && opener.position > lowest) {
        // The "rule of 3", on what is left of each run (as micromark, which reads Markdown recaps, applies it).
        const closing = closer.piece.value.length;
        const oddMatch = (closer.canOpen || opener.canClose) && closing % 3 !== 0 && (opener.piece.value.length + closing) % 3 === 0;
        if (opener.char === closer.char && opener.canOpen && !oddMatch) {
          found = true;
          break;
        }
        opener = opener.prev;
      }
      const current = closer;
      if (found && opener) {
        const use = closer.piece.value.length >= 2 && opener.piece.value.length >= 2 ? 2 : 1;
        const mark = closer.char.repeat(use);
        opener.piece.value = opener.piece.value.slice(use);
        closer.piece.value = closer.piece.value.slice(use);
        const wrapped = container(use === 2 ? "strong" : "emphasis", cut(opener.piece, closer.piece), mark, mark);
        insertAfter(opener.piece, wrapped);
        // Delimiters between the two can no longer match anything.
        opener.next = closer;
        closer.prev = opener;
        if (!opener.piece.value) {
          unlink(opener.piece);
          this.removeDelimiter(opener);
        }
        if (!closer.piece.value) {
          unlink(closer.piece);
          const next = closer.next;
          this.removeDelimiter(closer);
          closer = next;
        }
      } else {
        openersBottom.set(key, current.prev ? current.prev.position : floor);
        closer = current.next;
        if (!current.canOpen) this.removeDelimiter(current);
      }
    }
    while (this.delimiters && this.delimiters !== bottom) this.removeDelimiter(this.delimiters);
  }

  private firstDelimiter(): Delimiter | null {
    let first = this.delimiters;
    while (first?.prev) first = first.prev;
    return first;
  }

  private removeDelimiter(delimiter: Delimiter): void {
    if (delimiter.prev) delimiter.prev.next = delimiter.next;
    if (delimiter.next) delimiter.next.prev = delimiter.prev;
    else this.delimiters = delimiter.prev;
  }
}

// ---------------------------------------------------------------------------------------------
// From the built pieces to the public tree, without recursion: nesting deeper than MAX_DEPTH is
// written out as the text it was typed as, so whatever walks the tree stays shallow.
// ---------------------------------------------------------------------------------------------

function pushText(out: InlineNode[], value: string): void {
  if (!value) return;
  const last = out[out.length - 1];
  if (last?.type === "text") out[out.length - 1] = { type: "text", value: last.value + value };
  else out.push({ type: "text", value });
}

interface Frame {
  at: Piece;
  end: Piece;
  out: InlineNode[];
  depth: number;
  /** What to do when the children are read: append a closing delimiter, or finish an image's alt text. */
  done?: () => void;
}

function toNodes(root: Chain): InlineNode[] {
  const result: InlineNode[] = [];
  const stack: Frame[] = [{ at: root.head.next as Piece, end: root.tail, out: result, depth: 0 }];
  while (stack.length) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.at === frame.end) {
      stack.pop();
      frame.done?.();
      continue;
    }
    const piece = frame.at;
    frame.at = piece.next as Piece;
    const { out, depth } = frame;
    if (piece.kind === "text") pushText(out, piece.value);
    else if (piece.kind === "code") out.push({ type: "code", value: piece.value });
    else if (piece.children) {
      const children = piece.children;
      const inner = (into: InlineNode[], innerDepth: number, done?: () => void) =>
        stack.push({ at: children.head.next as Piece, end: children.tail, out: into, depth: innerDepth, ...(done ? { done } : {}) });
      if (piece.kind === "image") {
        const description: InlineNode[] = [];
        const image: InlineNode = { type: "image", url: piece.url ?? "", alt: "" };
        if (piece.title !== undefined) image.title = piece.title;
        out.push(image);
        inner(description, depth + 1, () => {
          image.alt = textOf(description);
        });
      } else if (depth >= MAX_DEPTH) {
        pushText(out, piece.open ?? "");
        inner(out, depth, () => pushText(out, piece.close ?? ""));
      } else if (piece.kind === "link") {
        const link: InlineNode = { type: "link", url: piece.url ?? "", children: [] };
        if (piece.title !== undefined) link.title = piece.title;
        out.push(link);
        inner(link.children, depth + 1);
      } else {
        const node = { type: piece.kind as "emphasis" | "strong", children: [] as InlineNode[] };
        out.push(node);
        inner(node.children, depth + 1);
      }
    }
  }
  return result;
}

/** Parses inline markup into a small tree. Pure, linear in the length of the text, and never throws. */
export function parseInline(source: string): InlineNode[] {
  return new InlineParser(source).parse();
}

function textOf(nodes: readonly InlineNode[]): string {
  let text = "";
  for (const node of nodes) {
    if (node.type === "image") text += node.alt;
    else text += "children" in node ? textOf(node.children) : node.value;
  }
  return text;
}

/** The plain text a reader sees, markup removed: for accessible names, meta data and reading time. */
export function inlineToText(source: string): string {
  return textOf(parseInline(source));
}
