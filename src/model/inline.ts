/**
 * The inline subset of Markdown that every paragraph, takeaway and excerpt may carry:
 * `[text](url)`, `*emphasis*`, `**strong**` and `` `code` ``. Everything else is literal text,
 * and markup that is never closed stays literal too.
 */
export type InlineNode =
  | { type: "text"; value: string }
  | { type: "code"; value: string }
  | { type: "emphasis"; children: InlineNode[] }
  | { type: "strong"; children: InlineNode[] }
  | { type: "link"; url: string; children: InlineNode[] };

type Closer = "*" | "**" | "]";

interface Parsed {
  nodes: InlineNode[];
  end: number;
}

const ESCAPABLE = "\\`*_[]()";
// Deeper nesting than this is not writing, it is an attack on the parser's stack.
const MAX_DEPTH = 16;

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

class InlineParser {
  // A failed attempt to close a span from a position fails the same way every time:
  // remembering it keeps unclosed markup from making the parser quadratic or worse.
  private readonly failed = new Set<string>();
  private readonly links = new Map<number, { node: InlineNode; end: number } | null>();

  // The last place each span could close: an opener after it fails at once, which keeps long
  // runs of unclosable markup ("*a *a *a …", "[[[[ …") linear.
  private readonly lastCloser: Record<Closer, number>;

  constructor(private readonly source: string) {
    this.lastCloser = { "*": -1, "**": -1, "]": source.lastIndexOf("](") };
    for (let i = source.length - 1; i >= 0 && (this.lastCloser["*"] < 0 || this.lastCloser["**"] < 0); i--) {
      if (this.lastCloser["*"] < 0 && this.closesAt(i, "*")) this.lastCloser["*"] = i;
      if (this.lastCloser["**"] < 0 && this.closesAt(i, "**")) this.lastCloser["**"] = i;
    }
  }

  parse(): InlineNode[] {
    return this.sequence(0, null, 0, false)?.nodes ?? [];
  }

  private sequence(start: number, closer: Closer | null, depth: number, inLink: boolean): Parsed | null {
    const s = this.source;
    const nodes: InlineNode[] = [];
    let text = "";
    const flush = () => {
      if (text) nodes.push({ type: "text", value: text });
      text = "";
    };
    let i = start;
    while (i < s.length) {
      if (closer && this.closesAt(i, closer)) {
        flush();
        return { nodes, end: i + closer.length };
      }
      const char = s[i] as string;
      if (char === "\\" && i + 1 < s.length && ESCAPABLE.includes(s[i + 1] as string)) {
        text += s[i + 1];
        i += 2;
        continue;
      }
      if (char === "`") {
        const code = this.code(i);
        if (code) {
          flush();
          nodes.push(code.node);
          i = code.end;
          continue;
        }
        const run = this.runLength(i, "`");
        text += s.slice(i, i + run);
        i += run;
        continue;
      }
      if (char === "*" && depth < MAX_DEPTH) {
        const strong = s[i + 1] === "*";
        const mark: Closer = strong ? "**" : "*";
        const after = s[i + mark.length];
        if (!isSpace(after) && after !== "*") {
          const inner = this.attempt(i + mark.length, mark, depth + 1, inLink);
          if (inner && inner.nodes.length > 0) {
            flush();
            nodes.push({ type: strong ? "strong" : "emphasis", children: inner.nodes });
            i = inner.end;
            continue;
          }
        }
        text += mark;
        i += mark.length;
        continue;
      }
      if (char === "[" && inLink && depth < MAX_DEPTH && this.link(i, depth + 1)) {
        // A link inside a link's text: the inner one wins and the outer bracket stays literal.
        return null;
      }
      if (char === "[" && !inLink && depth < MAX_DEPTH) {
        const link = this.link(i, depth);
        if (link) {
          flush();
          nodes.push(link.node);
          i = link.end;
          continue;
        }
      }
      text += char;
      i += 1;
    }
    if (closer) return null;
    flush();
    return { nodes, end: i };
  }

  private attempt(start: number, closer: Closer, depth: number, inLink: boolean): Parsed | null {
    const key = `${closer}@${start}@${inLink}`;
    if (start > this.lastCloser[closer] || this.failed.has(key)) return null;
    const result = this.sequence(start, closer, depth, inLink);
    if (!result) this.failed.add(key);
    return result;
  }

  private closesAt(i: number, closer: Closer): boolean {
    const s = this.source;
    if (closer === "]") return s[i] === "]";
    if (!s.startsWith(closer, i) || isSpace(s[i - 1])) return false;
    // A single "*" does not close on the first half of a "**", but does on the first of "***".
    return closer === "**" || s[i + 1] !== "*" || this.runLength(i, "*") === 3;
  }

  private runLength(i: number, char: string): number {
    let n = 0;
    while (this.source[i + n] === char) n++;
    return n;
  }

  private code(i: number): { node: InlineNode; end: number } | null {
    const s = this.source;
    const run = this.runLength(i, "`");
    let search = i + run;
    while (true) {
      const found = s.indexOf("`".repeat(run), search);
      if (found === -1) return null;
      const closingRun = this.runLength(found, "`");
      if (closingRun === run) {
        let value = s.slice(i + run, found);
        if (value.length > 2 && value.startsWith(" ") && value.endsWith(" ")) value = value.slice(1, -1);
        return { node: { type: "code", value }, end: found + run };
      }
      search = found + closingRun;
    }
  }

  private link(i: number, depth: number): { node: InlineNode; end: number } | null {
    const known = this.links.get(i);
    if (known !== undefined) return known;
    const result = this.readLink(i, depth);
    this.links.set(i, result);
    return result;
  }

  private readLink(i: number, depth: number): { node: InlineNode; end: number } | null {
    const s = this.source;
    const label = this.attempt(i + 1, "]", depth + 1, true);
    if (!label || s[label.end] !== "(") return null;
    const urlStart = label.end + 1;
    let parens = 0;
    for (let j = urlStart; j < s.length; j++) {
      const c = s[j];
      if (c === "\\" && j + 1 < s.length) {
        j++;
        continue;
      }
      if (c === "(") parens++;
      else if (c === ")") {
        if (parens === 0) {
          const url = s.slice(urlStart, j).trim();
          if (!url || /\s/.test(url)) return null;
          return { node: { type: "link", url, children: label.nodes }, end: j + 1 };
        }
        parens--;
      } else if (c === "\n") return null;
    }
    return null;
  }
}

/** Parses inline markup into a small tree. Pure and linear in practice; never throws. */
export function parseInline(source: string): InlineNode[] {
  return new InlineParser(source).parse();
}

function textOf(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => ("children" in node ? textOf(node.children) : node.value)).join("");
}

/** The plain text a reader sees, markup removed: for accessible names, meta data and reading time. */
export function inlineToText(source: string): string {
  return textOf(parseInline(source));
}
