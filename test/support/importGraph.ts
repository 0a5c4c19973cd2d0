import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * The import graph of a folder of TypeScript modules, and the cycles in it. A small lexer rather
 * than a dependency: it skips comments, strings, template literals and regular expressions, and
 * reads `import … from "x"`, `import "x"`, `export … from "x"` and `import("x")`, type-only
 * imports included (a cycle of types is still two modules that cannot be read one without the other).
 */

export interface ImportEdge {
  specifier: string;
  /** `import type`, `export type`, or every name imported marked `type`. */
  typeOnly: boolean;
  dynamic: boolean;
}

type Token = { kind: "word" | "string" | "punct"; text: string; start: number; end: number };

const REGEX_AFTER_WORDS = new Set([
  "return",
  "typeof",
  "case",
  "do",
  "else",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "yield",
  "await",
]);

/** The tokens that matter for imports: words, string literals (their value) and punctuation. */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  const add = (kind: Token["kind"], text: string) => tokens.push({ kind, text, start: from, end: i });
  // Template literals nest: `a ${ `b ${c}` }`; each entry counts the braces open in a ${…}.
  const templates: number[] = [];
  let i = 0;
  const n = source.length;
  const last = () => tokens[tokens.length - 1];
  const regexAllowed = () => {
    const previous = last();
    if (!previous) return true;
    if (previous.kind === "string") return false;
    if (previous.kind === "word") return REGEX_AFTER_WORDS.has(previous.text);
    return !/^[)\]}]$/.test(previous.text);
  };
  /** Reads a template's text from i (just after ` or }) to its end or its next ${. */
  const templateText = () => {
    while (i < n) {
      const char = source[i];
      if (char === "\\") i += 2;
      else if (char === "`") {
        i++;
        add("string", "");
        return;
      } else if (char === "$" && source[i + 1] === "{") {
        i += 2;
        templates.push(0);
        add("punct", "${");
        return;
      } else i++;
    }
  };
  while (i < n) {
    const char = source[i] as string;
    const next = source[i + 1];
    from = i;
    if (/\s/.test(char)) i++;
    else if (char === "/" && next === "/") {
      while (i < n && source[i] !== "\n") i++;
    } else if (char === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (char === '"' || char === "'") {
      // A string ends at its quote, or (JSX text such as "don't") at the end of its line.
      let text = "";
      i++;
      while (i < n && source[i] !== char && source[i] !== "\n") {
        if (source[i] === "\\") {
          text += source[i + 1] ?? "";
          i += 2;
        } else text += source[i++];
      }
      i++;
      add("string", text);
    } else if (char === "`") {
      i++;
      templateText();
    } else if (char === "}" && templates.length > 0 && templates[templates.length - 1] === 0) {
      templates.pop();
      i++;
      add("punct", "}");
      templateText();
    } else if (char === "/" && regexAllowed()) {
      let inClass = false;
      i++;
      while (i < n && source[i] !== "\n") {
        const c = source[i];
        if (c === "\\") {
          i += 2;
          continue;
        }
        if (c === "/" && !inClass) break;
        if (c === "[") inClass = true;
        else if (c === "]") inClass = false;
        i++;
      }
      i++;
      while (i < n && /[a-z]/i.test(source[i] as string)) i++;
      add("punct", "regex");
    } else if (/[A-Za-z_$]/.test(char)) {
      const start = i;
      while (i < n && /[\w$]/.test(source[i] as string)) i++;
      add("word", source.slice(start, i));
    } else {
      const depth = templates.length - 1;
      if (depth >= 0 && (char === "{" || char === "}")) templates[depth] = (templates[depth] as number) + (char === "{" ? 1 : -1);
      if (source.startsWith("...", i)) {
        i += 3;
        add("punct", "...");
        continue;
      }
      i++;
      add("punct", char);
    }
  }
  return tokens;
}

/** Every module a TypeScript source imports or re-exports, as written. */
export function importsOf(source: string): ImportEdge[] {
  const tokens = tokenize(source);
  const edges: ImportEdge[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== "word" || (token.text !== "import" && token.text !== "export")) continue;
    // `x.import` or `{ import: … }` is not a statement.
    const before = tokens[index - 1];
    if (before?.text === "." || tokens[index + 1]?.text === ":") continue;
    const after = tokens[index + 1];
    if (token.text === "import" && after?.text === "(" && tokens[index + 2]?.kind === "string") {
      edges.push({ specifier: (tokens[index + 2] as Token).text, typeOnly: false, dynamic: true });
      continue;
    }
    if (token.text === "import" && after?.kind === "string") {
      edges.push({ specifier: after.text, typeOnly: false, dynamic: false });
      continue;
    }
    // An export that re-exports starts with *, { or type; `export const …` imports nothing.
    if (token.text === "export" && !(after?.text === "*" || after?.text === "{" || after?.text === "type")) continue;
    const typeOnly = after?.text === "type" && tokens[index + 2]?.text !== "from";
    let names = 0;
    let typeNames = 0;
    for (let j = index + 1; j < tokens.length; j++) {
      const current = tokens[j] as Token;
      if (current.text === ";" || (current.kind === "word" && (current.text === "import" || current.text === "export"))) break;
      if (current.kind === "word" && current.text === "from" && tokens[j + 1]?.kind === "string") {
        const braced = names > 0 && names === typeNames;
        edges.push({ specifier: (tokens[j + 1] as Token).text, typeOnly: typeOnly || braced, dynamic: false });
        break;
      }
      // Inside { … }: count the names, and those marked type.
      if (current.text === "{" || current.text === ",") {
        const name = tokens[j + 1];
        if (name?.kind === "word") {
          names++;
          if (name.text === "type" && tokens[j + 2]?.kind === "word") typeNames++;
        }
      }
    }
  }
  return edges;
}

const NOT_CALLEES = new Set(["if", "for", "while", "switch", "catch", "function", "return", "typeof", "await", "in", "of", "new", "case"]);

/** The index of the bracket that closes the one at `open`. */
function closing(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let index = open; index < tokens.length; index++) {
    const text = (tokens[index] as Token).text;
    if (text === "(" || text === "[" || text === "{" || text === "${") depth++;
    else if (text === ")" || text === "]" || text === "}") depth--;
    if (depth === 0) return index;
  }
  return tokens.length;
}

/**
 * Every list spread into a call's arguments (`list.push(...big)`, `Math.max(...values)`), as
 * written up to the spread list: each element is an argument, and the stack holds only so many
 * (some 100,000). Spreads in array and object literals, rest parameters and JSX props are fine,
 * and so is a spread on a line that says why its list is bounded (`// bounded: …`).
 */
export function spreadCalls(source: string): string[] {
  const tokens = tokenize(source);
  const found: string[] = [];
  const open: { index: number; call: boolean }[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.text === "(") {
      const before = tokens[index - 1];
      const callee =
        before !== undefined && ((before.kind === "word" && !NOT_CALLEES.has(before.text)) || before.text === ")" || before.text === "]");
      // `function f(…)`, a method `m(…) {`, an arrow's or a typed function's parameters are not calls.
      const after = tokens[closing(tokens, index) + 1]?.text;
      const declared = tokens[index - 2]?.text === "function" || after === "{" || after === "=>" || after === ":";
      open.push({ index, call: callee && !declared });
    } else if (token.text === "[" || token.text === "{" || token.text === "${") open.push({ index, call: false });
    else if (token.text === ")" || token.text === "]" || token.text === "}") open.pop();
    else if (token.text === "..." && open[open.length - 1]?.call) {
      // A list whose length the line proves bounded says so: `// bounded: at most 64`.
      const lineEnd = source.indexOf("\n", token.start);
      if (/\/\/ bounded:/.test(source.slice(source.lastIndexOf("\n", token.start) + 1, lineEnd === -1 ? undefined : lineEnd))) continue;
      let start = (open[open.length - 1] as { index: number }).index - 1;
      while (tokens[start - 1]?.text === "." && tokens[start - 2]?.kind === "word") start -= 2;
      found.push(source.slice((tokens[start] as Token).start, (tokens[index + 1] ?? token).end));
    }
  }
  return found;
}

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) for (const file of sourceFiles(path)) files.push(file);
    else if (/\.tsx?$/.test(entry) && !entry.endsWith(".d.ts")) files.push(path);
  }
  return files;
}

/** Where a relative specifier leads: `./x.js` is `x.ts` or `x.tsx`; a folder is its index. */
function resolveSpecifier(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(js|jsx|ts|tsx|mjs)$/, "");
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, join(base, "index.ts"), join(base, "index.tsx")])
    if (known.has(candidate)) return candidate;
  return undefined;
}

/** Module → the modules of the same folder tree it imports, by paths relative to `root`. */
export function importGraph(root: string): Map<string, string[]> {
  const files = sourceFiles(root);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = new Set<string>();
    for (const edge of importsOf(readFileSync(file, "utf8"))) {
      const target = resolveSpecifier(file, edge.specifier, known);
      if (target) targets.add(relative(root, target));
    }
    graph.set(relative(root, file), [...targets].sort());
  }
  return graph;
}

/**
 * The cycles of a graph: each strongly connected component of more than one module (or a module
 * importing itself), as one cycle through it that a reader can follow, a → b → … → a.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative: a deep chain of imports cannot overflow the stack.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(target) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfImport = component.length === 1 && (graph.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfImport) components.push(component);
      }
    }
  }
  return components.map((component) => cycleThrough(graph, new Set(component)));
}

/** One cycle inside a strongly connected component, from its first module (by name) back to it. */
function cycleThrough(graph: ReadonlyMap<string, readonly string[]>, members: ReadonlySet<string>): string[] {
  const start = [...members].sort()[0] as string;
  // Breadth-first from start, within the component, to a module that imports start.
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const back: string[] = [];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at)) back.push(at);
        return [start, ...back.reverse(), start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}
