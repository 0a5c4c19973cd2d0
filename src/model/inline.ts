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

/** What a span's content parsed to, and where the span ends. */
interface Parsed {
  nodes: InlineNode[];
  end: number;
}

/** One node, and where it ends. */
interface Span {
  node: InlineNode;
  end: number;
}

const ESCAPABLE = "\\`*_[]()";
// Deeper nesting than this is not writing, it is an attack on the parser's stack.
const MAX_DEPTH = 16;

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

/** Parses inline markup into a small tree. Pure and linear in practice; never throws. */
export function parseInline(s: string): InlineNode[] {
  // A failed attempt to close a span from a position fails the same way every time:
  // remembering it keeps unclosed markup from making the parser quadratic or worse.
  const failed = new Set<string>();
  const links = new Map<number, Span | null>();

  const runLength = (i: number, char: string) => {
    let n = 0;
    while (s[i + n] === char) n++;
    return n;
  };

  const closesAt = (i: number, closer: Closer) => {
    if (closer === "]") return s[i] === "]";
    if (!s.startsWith(closer, i) || isSpace(s[i - 1])) return false;
    // A single "*" does not close on the first half of a "**", but does on the first of "***".
    return closer === "**" || s[i + 1] !== "*" || runLength(i, "*") === 3;
  };

  // The last place each span could close: an opener after it fails at once, which keeps long
  // runs of unclosable markup ("*a *a *a …", "[[[[ …") linear.
  const lastCloser: Record<Closer, number> = { "*": -1, "**": -1, "]": s.lastIndexOf("](") };
  for (let i = s.length - 1; i >= 0 && (lastCloser["*"] < 0 || lastCloser["**"] < 0); i--) {
    if (lastCloser["*"] < 0 && closesAt(i, "*")) lastCloser["*"] = i;
    if (lastCloser["**"] < 0 && closesAt(i, "**")) lastCloser["**"] = i;
  }

  const attempt = (start: number, closer: Closer, depth: number, inLink: boolean): Parsed | null => {
    const key = `${closer}@${start}@${inLink}`;
    if (start > lastCloser[closer] || failed.has(key)) return null;
    const result = sequence(start, closer, depth, inLink);
    if (!result) failed.add(key);
    return result;
  };

  const code = (i: number): Span | null => {
    const run = runLength(i, "`");
    let search = i + run;
    while (true) {
      const found = s.indexOf("`".repeat(run), search);
      if (found === -1) return null;
      const closingRun = runLength(found, "`");
      if (closingRun === run) {
        let value = s.slice(i + run, found);
        if (value.length > 2 && value.startsWith(" ") && value.endsWith(" ")) value = value.slice(1, -1);
        return { node: { type: "code", value }, end: found + run };
      }
      search = found + closingRun;
    }
  };

  const readLink = (i: number, depth: number): Span | null => {
    const label = attempt(i + 1, "]", depth + 1, true);
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
  };

  // Whether a "[" starts a link is the same question from wherever it is asked.
  const link = (i: number, depth: number): Span | null => {
    const known = links.get(i);
    if (known !== undefined) return known;
    const result = readLink(i, depth);
    links.set(i, result);
    return result;
  };

  function sequence(start: number, closer: Closer | null, depth: number, inLink: boolean): Parsed | null {
    const nodes: InlineNode[] = [];
    let text = "";
    const push = (span: Span) => {
      if (text) nodes.push({ type: "text", value: text });
      text = "";
      nodes.push(span.node);
      return span.end;
    };
    let i = start;
    while (i < s.length) {
      if (closer && closesAt(i, closer)) {
        if (text) nodes.push({ type: "text", value: text });
        return { nodes, end: i + closer.length };
      }
      const char = s[i] as string;
      if (char === "\\" && i + 1 < s.length && ESCAPABLE.includes(s[i + 1] as string)) {
        text += s[i + 1];
        i += 2;
        continue;
      }
      if (char === "`") {
        const span = code(i);
        if (span) i = push(span);
        else {
          const run = runLength(i, "`");
          text += s.slice(i, i + run);
          i += run;
        }
        continue;
      }
      if (char === "*" && depth < MAX_DEPTH) {
        const strong = s[i + 1] === "*";
        const mark: Closer = strong ? "**" : "*";
        const after = s[i + mark.length];
        const inner = !isSpace(after) && after !== "*" ? attempt(i + mark.length, mark, depth + 1, inLink) : null;
        if (inner && inner.nodes.length > 0)
          i = push({ node: { type: strong ? "strong" : "emphasis", children: inner.nodes }, end: inner.end });
        else {
          text += mark;
          i += mark.length;
        }
        continue;
      }
      if (char === "[" && depth < MAX_DEPTH) {
        // A link inside a link's text: the inner one wins and the outer bracket stays literal.
        if (inLink && link(i, depth + 1)) return null;
        const span = inLink ? null : link(i, depth);
        if (span) {
          i = push(span);
          continue;
        }
      }
      text += char;
      i += 1;
    }
    if (closer) return null;
    if (text) nodes.push({ type: "text", value: text });
    return { nodes, end: i };
  }

  return sequence(0, null, 0, false)?.nodes ?? [];
}

function textOf(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => ("children" in node ? textOf(node.children) : node.value)).join("");
}

/** The plain text a reader sees, markup removed: for accessible names, meta data and reading time. */
export function inlineToText(source: string): string {
  return textOf(parseInline(source));
}
