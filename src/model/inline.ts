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
// The tree while it is built: pieces in doubly linked lists, so that wrapping a run of pieces in
// emphasis or a link is a constant-time splice. The pieces live in typed arrays, not in objects:
// an 80 kB paragraph of markup would otherwise be megabytes of objects for the garbage collector.
// ---------------------------------------------------------------------------------------------

/** Text that later text may join. */
const TEXT = 0;
/** Text that is a delimiter run or a bracket: it stays a piece of its own, the stacks point at it. */
const MARK = 1;
const CODE = 2;
const EMPHASIS = 3;
const STRONG = 4;
const LINK = 5;
const IMAGE = 6;
/** The two ends of a chain of pieces. */
const EDGE = 7;

const CAN_OPEN = 1;
const CAN_CLOSE = 2;

/**
 * Every piece has a kind, neighbours and a source range: text and marks are the source between
 * `start` and `end`, code its content. Containers have their children between two edges
 * (`child` and `child + 1`); emphasis keeps its delimiter in `start` (how many) and `end` (which
 * character), links and images the range of their `](…)` tail. Delimiter runs also take part in
 * the delimiter stack (`delimiterPrev`, `delimiterNext`, `flags`, `origin`).
 */
class Pieces {
  size = 0;
  // 16 to start with: typed arrays of at most 64 bytes live in V8's heap, without a buffer of their
  // own to allocate and collect, which made a title's or a summary's parse twice as slow.
  kind = new Uint8Array(16);
  prev = new Int32Array(16);
  next = new Int32Array(16);
  start = new Int32Array(16);
  end = new Int32Array(16);
  child = new Int32Array(16);
  delimiterPrev = new Int32Array(16);
  delimiterNext = new Int32Array(16);
  flags = new Uint8Array(16);
  origin = new Int32Array(16);

  private grow(): void {
    const capacity = this.kind.length * 2;
    const widen = <T extends Uint8Array | Int32Array>(array: T): T => {
      const wider = new (array.constructor as new (length: number) => T)(capacity);
      wider.set(array);
      return wider;
    };
    this.kind = widen(this.kind);
    this.prev = widen(this.prev);
    this.next = widen(this.next);
    this.start = widen(this.start);
    this.end = widen(this.end);
    this.child = widen(this.child);
    this.delimiterPrev = widen(this.delimiterPrev);
    this.delimiterNext = widen(this.delimiterNext);
    this.flags = widen(this.flags);
    this.origin = widen(this.origin);
  }

  add(kind: number, start: number, end: number): number {
    if (this.size === this.kind.length) this.grow();
    const piece = this.size++;
    this.kind[piece] = kind;
    this.start[piece] = start;
    this.end[piece] = end;
    this.prev[piece] = -1;
    this.next[piece] = -1;
    this.child[piece] = -1;
    return piece;
  }

  /** A new empty chain: its first edge (the last is the one after it). */
  chain(): number {
    const head = this.add(EDGE, 0, 0);
    const tail = this.add(EDGE, 0, 0);
    this.next[head] = tail;
    this.prev[tail] = head;
    return head;
  }

  insertAfter(before: number, piece: number): void {
    const after = this.next[before] as number;
    this.prev[piece] = before;
    this.next[piece] = after;
    this.prev[after] = piece;
    this.next[before] = piece;
  }

  unlink(piece: number): void {
    const before = this.prev[piece] as number;
    const after = this.next[piece] as number;
    this.next[before] = after;
    this.prev[after] = before;
  }

  /** Moves the pieces strictly between `from` and `to` into a new chain, and returns its first edge. */
  cut(from: number, to: number): number {
    const head = this.chain();
    const first = this.next[from] as number;
    if (first === to) return head;
    const last = this.prev[to] as number;
    const tail = head + 1;
    this.next[from] = to;
    this.prev[to] = from;
    this.next[head] = first;
    this.prev[first] = head;
    this.next[last] = tail;
    this.prev[tail] = last;
    return head;
  }
}

/** A link's or an image's target. */
interface Target {
  url: string;
  title?: string;
}

function isWhitespace(char: string | undefined): boolean {
  if (char === undefined) return true;
  const code = char.charCodeAt(0);
  // ASCII first, without a regular expression: delimiter runs ask this twice each.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(char);
}

function isPunctuation(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128)
    return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
  return PUNCTUATION.test(char);
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
    // Next smaller value, right to left with a stack of candidates (typed: it may hold every position).
    const stack = new Int32Array(n + 1);
    let top = 0;
    for (let i = n; i >= 0; i--) {
      const depth = this.depth[i] as number;
      while (top && (this.depth[stack[top - 1] as number] as number) >= depth) top--;
      this.unbalanced[i] = top ? (stack[top - 1] as number) : -1;
      stack[top++] = i;
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
  private readonly pieces = new Pieces();
  /** The first edge of the top-level chain; the last is `root + 1`. */
  private readonly root: number;
  /** The last delimiter run on the stack, or -1. */
  private delimiters = -1;
  /**
   * The last `[` or `![` not yet closed, or -1. Its piece keeps the stack in the pieces' own typed
   * arrays: the bracket below it (`delimiterNext`), whether it is an image (`flags`), its order
   * (`origin`) and the delimiter below it (`delimiterPrev`). Plain arrays that grow by tens of
   * thousands of pushes ("[[[[…") cost V8 more than linear time.
   */
  private bracket = -1;
  private bracketCount = 0;
  /** Link openers up to this order are inactive: a link has been made after them. */
  private inactiveUpTo = -1;
  private backticks?: BacktickRuns;
  private destinations?: Destinations;
  private readonly titles = new Map<number, { end: number; value: string } | null>();
  private readonly targets = new Map<number, Target>();

  constructor(private readonly source: string) {
    this.root = this.pieces.chain();
  }

  parse(): InlineNode[] {
    const s = this.source;
    let i = 0;
    while (i < s.length) {
      SPECIAL.lastIndex = i;
      const found = SPECIAL.exec(s);
      const next = found ? found.index : s.length;
      if (next > i) this.text(i, next);
      if (!found) break;
      i = this.special(next);
    }
    this.emphasis(-1);
    return new TreeWriter(this.source, this.pieces, this.targets).write(this.root);
  }

  /** Adds source text, joined to the text before it when that is plain text right before it. */
  private text(start: number, end: number): void {
    const { pieces } = this;
    const last = pieces.prev[this.root + 1] as number;
    if (pieces.kind[last] === TEXT && pieces.end[last] === start) pieces.end[last] = end;
    else this.append(TEXT, start, end);
  }

  private append(kind: number, start: number, end: number): number {
    const piece = this.pieces.add(kind, start, end);
    this.pieces.insertAfter(this.pieces.prev[this.root + 1] as number, piece);
    return piece;
  }

  /** Reads the markup at `i`, returns where to go on. */
  private special(i: number): number {
    const s = this.source;
    const char = s[i] as string;
    switch (char) {
      case "\\":
        if (i + 1 < s.length && INLINE_ESCAPABLE.includes(s[i + 1] as string)) {
          this.text(i + 1, i + 2);
          return i + 2;
        }
        this.text(i, i + 1);
        return i + 1;
      case "`":
        return this.code(i);
      case "*":
      case "_":
        return this.delimiterRun(i, char);
      case "[":
        this.pushBracket(i, false);
        return i + 1;
      case "!":
        if (s[i + 1] === "[") {
          this.pushBracket(i, true);
          return i + 2;
        }
        this.text(i, i + 1);
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
    this.backticks ??= new BacktickRuns(s);
    const close = this.backticks.next(end - i, end);
    if (close === -1) {
      this.text(i, end);
      return end;
    }
    this.append(CODE, end, close);
    return close + (end - i);
  }

  private delimiterRun(i: number, char: "*" | "_"): number {
    const s = this.source;
    const { pieces } = this;
    let end = i;
    while (s[end] === char) end++;
    const before = charBefore(s, i);
    const after = charAt(s, end);
    const left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
    const right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
    // `_` inside a word (snake_case) is never emphasis.
    const canOpen = char === "*" ? left : left && (!right || isPunctuation(before));
    const canClose = char === "*" ? right : right && (!left || isPunctuation(after));
    if (!canOpen && !canClose) {
      this.text(i, end);
      return end;
    }
    const piece = this.append(MARK, i, end);
    pieces.flags[piece] = (canOpen ? CAN_OPEN : 0) | (canClose ? CAN_CLOSE : 0);
    pieces.origin[piece] = i;
    pieces.delimiterPrev[piece] = this.delimiters;
    pieces.delimiterNext[piece] = -1;
    if (this.delimiters !== -1) pieces.delimiterNext[this.delimiters] = piece;
    this.delimiters = piece;
    return end;
  }

  private pushBracket(i: number, image: boolean): void {
    const { pieces } = this;
    const piece = this.append(MARK, i, i + (image ? 2 : 1));
    pieces.flags[piece] = image ? 1 : 0;
    pieces.origin[piece] = this.bracketCount++;
    pieces.delimiterPrev[piece] = this.delimiters;
    pieces.delimiterNext[piece] = this.bracket;
    this.bracket = piece;
  }

  private closeBracket(i: number): number {
    const { pieces } = this;
    const opener = this.bracket;
    if (opener === -1) {
      this.text(i, i + 1);
      return i + 1;
    }
    this.bracket = pieces.delimiterNext[opener] as number;
    const image = pieces.flags[opener] === 1;
    const bottom = pieces.delimiterPrev[opener] as number;
    const active = image || (pieces.origin[opener] as number) > this.inactiveUpTo;
    const target = active ? this.linkTail(i + 1) : undefined;
    if (!target) {
      this.text(i, i + 1);
      return i + 1;
    }
    const children = pieces.cut(opener, this.root + 1);
    const piece = pieces.add(image ? IMAGE : LINK, i, target.end);
    pieces.child[piece] = children;
    this.targets.set(piece, target.title === undefined ? { url: target.url } : { url: target.url, title: target.title });
    pieces.insertAfter(opener, piece);
    pieces.unlink(opener);
    this.emphasis(bottom);
    if (!image) this.inactiveUpTo = this.bracketCount - 1;
    return target.end;
  }

  /** `(destination "title")` right after a `]`: the link's target and where it ends. */
  private linkTail(i: number): { url: string; title?: string; end: number } | undefined {
    const s = this.source;
    if (s[i] !== "(") return undefined;
    let at = skipSpace(s, i + 1);
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
    at = skipSpace(s, at);
    let title: string | undefined;
    if (at > beforeTitle && (s[at] === '"' || s[at] === "'" || s[at] === "(")) {
      const read = this.title(at);
      if (!read) return undefined;
      title = read.value;
      at = skipSpace(s, read.end);
    }
    if (s[at] !== ")") return undefined;
    return title === undefined ? { url, end: at + 1 } : { url, title, end: at + 1 };
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
      if (char === "\\" && j + 1 < s.length && isPunctuation(s[j + 1]) && (s[j + 1] as string).charCodeAt(0) < 128) {
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
      const { pieces } = this;
      const address = match[1] as string;
      const children = pieces.chain();
      pieces.insertAfter(children, pieces.add(TEXT, i + 1, i + 1 + address.length));
      // The tail of an autolink is its ">".
      const piece = this.append(LINK, pattern.lastIndex - 1, pattern.lastIndex);
      pieces.child[piece] = children;
      this.targets.set(piece, { url: `${scheme}${address}` });
      return pattern.lastIndex;
    }
    this.text(i, i + 1);
    return i + 1;
  }

  /**
   * CommonMark's "process emphasis" over the delimiters above `bottom`: each closer is matched
   * with the nearest opener that fits, and where the search for an opener of a kind failed is
   * remembered, so that no run of unclosable markup is searched twice. Linear.
   */
  private emphasis(bottom: number): void {
    const { pieces } = this;
    const floor = bottom === -1 ? -1 : (pieces.origin[bottom] as number);
    // Per kind of closer (character, can it open, length modulo 3): the position at or below which no opener for it exists.
    const openersBottom = new Int32Array(12).fill(-2);
    let closer = bottom === -1 ? this.firstDelimiter() : (pieces.delimiterNext[bottom] as number);
    while (closer !== -1) {
      const closerFlags = pieces.flags[closer] as number;
      if (!(closerFlags & CAN_CLOSE)) {
        closer = pieces.delimiterNext[closer] as number;
        continue;
      }
      const char = this.source.charCodeAt(pieces.origin[closer] as number);
      const closing = (pieces.end[closer] as number) - (pieces.start[closer] as number);
      const key = (char === 42 ? 0 : 6) + (closerFlags & CAN_OPEN ? 3 : 0) + (closing % 3);
      const known = openersBottom[key] as number;
      const lowest = known === -2 ? floor : known;
      let opener = pieces.delimiterPrev[closer] as number;
      let found = false;
      while (opener !== -1 && (pieces.origin[opener] as number) > lowest) {
        const openerFlags = pieces.flags[opener] as number;
        const opening = (pieces.end[opener] as number) - (pieces.start[opener] as number);
        // The "rule of 3", on what is left of each run (as micromark, which reads Markdown recaps, applies it).
        const oddMatch = (closerFlags & CAN_OPEN || openerFlags & CAN_CLOSE) && closing % 3 !== 0 && (opening + closing) % 3 === 0;
        if (this.source.charCodeAt(pieces.origin[opener] as number) === char && openerFlags & CAN_OPEN && !oddMatch) {
          found = true;
          break;
        }
        opener = pieces.delimiterPrev[opener] as number;
      }
      if (found) {
        const use = closing >= 2 && (pieces.end[opener] as number) - (pieces.start[opener] as number) >= 2 ? 2 : 1;
        pieces.end[opener] = (pieces.end[opener] as number) - use;
        pieces.start[closer] = (pieces.start[closer] as number) + use;
        // Cut first: adding pieces may replace the arrays, and `pieces.child[…] = pieces.cut(…)` would write into the old one.
        const children = pieces.cut(opener, closer);
        const wrapped = pieces.add(use === 2 ? STRONG : EMPHASIS, use, char);
        pieces.child[wrapped] = children;
        pieces.insertAfter(opener, wrapped);
        // Delimiters between the two can no longer match anything.
        pieces.delimiterNext[opener] = closer;
        pieces.delimiterPrev[closer] = opener;
        if (pieces.start[opener] === pieces.end[opener]) {
          pieces.unlink(opener);
          this.removeDelimiter(opener);
        }
        if (pieces.start[closer] === pieces.end[closer]) {
          pieces.unlink(closer);
          const next = pieces.delimiterNext[closer] as number;
          this.removeDelimiter(closer);
          closer = next;
        }
      } else {
        const previous = pieces.delimiterPrev[closer] as number;
        openersBottom[key] = previous === -1 ? floor : (pieces.origin[previous] as number);
        const next = pieces.delimiterNext[closer] as number;
        if (!(closerFlags & CAN_OPEN)) this.removeDelimiter(closer);
        closer = next;
      }
    }
    while (this.delimiters !== -1 && this.delimiters !== bottom) this.removeDelimiter(this.delimiters);
  }

  private firstDelimiter(): number {
    let first = this.delimiters;
    while (first !== -1 && this.pieces.delimiterPrev[first] !== -1) first = this.pieces.delimiterPrev[first] as number;
    return first;
  }

  private removeDelimiter(delimiter: number): void {
    const { pieces } = this;
    const before = pieces.delimiterPrev[delimiter] as number;
    const after = pieces.delimiterNext[delimiter] as number;
    if (before !== -1) pieces.delimiterNext[before] = after;
    if (after !== -1) pieces.delimiterPrev[after] = before;
    else this.delimiters = before;
  }
}

function skipSpace(source: string, i: number): number {
  while (i < source.length && isWhitespace(source[i])) i++;
  return i;
}

// ---------------------------------------------------------------------------------------------
// From the built pieces to the public tree, without recursion: nesting deeper than MAX_DEPTH is
// written out as the text it was typed as, so whatever walks the tree stays shallow.
// ---------------------------------------------------------------------------------------------

/** A list of nodes being filled, with the text not yet added: adjacent text becomes one node, joined once. */
class Output {
  readonly nodes: InlineNode[] = [];
  private text = "";

  addText(value: string): void {
    this.text += value;
  }

  add(node: InlineNode): void {
    this.flush();
    this.nodes.push(node);
  }

  flush(): InlineNode[] {
    if (this.text) this.nodes.push({ type: "text", value: this.text });
    this.text = "";
    return this.nodes;
  }
}

interface Frame {
  at: number;
  end: number;
  out: Output;
  depth: number;
  /** When the children are read: add a closing delimiter, or finish the node (its text, an image's alt text). */
  done: () => void;
}

class TreeWriter {
  constructor(
    private readonly source: string,
    private readonly pieces: Pieces,
    private readonly targets: Map<number, Target>,
  ) {}

  /** The code span's content: line breaks as spaces, and one space of padding on each side removed. */
  private code(piece: number): string {
    let value = this.source.slice(this.pieces.start[piece], this.pieces.end[piece]).replace(/\n/g, " ");
    // One space on each side is padding (so that `` ` `` can hold a backtick), unless it is all spaces.
    if (value.length >= 2 && value.startsWith(" ") && value.endsWith(" ") && /[^ ]/.test(value)) value = value.slice(1, -1);
    return value;
  }

  /** What was written around a container's children, for nesting too deep to keep. */
  private delimiters(piece: number): [string, string] {
    const { pieces } = this;
    const kind = pieces.kind[piece];
    if (kind === EMPHASIS || kind === STRONG) {
      const mark = String.fromCharCode(pieces.end[piece] as number).repeat(pieces.start[piece] as number);
      return [mark, mark];
    }
    const tail = this.source.slice(pieces.start[piece], pieces.end[piece]);
    return [tail === ">" ? "<" : "[", tail];
  }

  write(root: number): InlineNode[] {
    const { pieces } = this;
    const result = new Output();
    const stack: Frame[] = [{ at: pieces.next[root] as number, end: root + 1, out: result, depth: 0, done: () => {} }];
    while (stack.length) {
      const frame = stack[stack.length - 1] as Frame;
      if (frame.at === frame.end) {
        stack.pop();
        frame.done();
        continue;
      }
      const piece = frame.at;
      frame.at = pieces.next[piece] as number;
      const { out, depth } = frame;
      const kind = pieces.kind[piece];
      if (kind === TEXT || kind === MARK) out.addText(this.source.slice(pieces.start[piece], pieces.end[piece]));
      else if (kind === CODE) out.add({ type: "code", value: this.code(piece) });
      else {
        const children = pieces.child[piece] as number;
        const inner = (into: Output, innerDepth: number, done: () => void) =>
          stack.push({ at: pieces.next[children] as number, end: children + 1, out: into, depth: innerDepth, done });
        const target = this.targets.get(piece);
        if (kind === IMAGE) {
          const description = new Output();
          const image: InlineNode = { type: "image", url: target?.url ?? "", alt: "" };
          if (target?.title !== undefined) image.title = target.title;
          out.add(image);
          inner(description, depth + 1, () => {
            image.alt = textOf(description.flush());
          });
        } else if (depth >= MAX_DEPTH) {
          const [open, close] = this.delimiters(piece);
          out.addText(open);
          inner(out, depth, () => out.addText(close));
        } else {
          const content = new Output();
          const node: InlineNode =
            kind === LINK
              ? { type: "link", url: target?.url ?? "", children: content.nodes }
              : { type: kind === STRONG ? "strong" : "emphasis", children: content.nodes };
          if (node.type === "link" && target?.title !== undefined) node.title = target.title;
          out.add(node);
          inner(content, depth + 1, () => content.flush());
        }
      }
    }
    return result.flush();
  }
}

/** True when an autolink (`<https://…>`, `<name@example.com>`) starts at `index` of `text`. */
export function startsAutolink(text: string, index: number): boolean {
  URI_AUTOLINK.lastIndex = index;
  EMAIL_AUTOLINK.lastIndex = index;
  return URI_AUTOLINK.test(text) || EMAIL_AUTOLINK.test(text);
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

/** The plain text a reader sees, markup removed: for an application's own meta data or search index. */
export function inlineToText(source: string): string {
  return textOf(parseInline(source));
}
