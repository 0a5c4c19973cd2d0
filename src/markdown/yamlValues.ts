import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { RecapMarkdownIssue } from "./errors.js";
import { at, PathLines } from "./pathLines.js";

/** Fields that are numbers in the model; everywhere else a bare YAML number is text a writer typed. */
const NUMBER_FIELDS = new Set(["width", "height"]);

/**
 * What YAML in a recap may do. Aliases (`*name`) repeat what an anchor (`&name`) holds; a few of
 * them are handy, more are an attempt to make a small file expand into a huge one. Nesting deeper
 * than a recap's own few levels is refused before it can exhaust the stack.
 */
export const YAML_LIMITS = {
  /** Aliases in one block of YAML. */
  aliases: 100,
  /** Values that aliases may repeat, in all, in one block of YAML. */
  aliasedValues: 10_000,
  /** Maps and lists inside one another. */
  depth: 64,
} as const;

export interface YamlValue {
  /** The plain value, or `undefined` when the YAML could not be read at all. */
  value?: unknown;
  lines: PathLines;
  issues: RecapMarkdownIssue[];
}

function firstSentence(message: string): string {
  const text = message.split("\n")[0] ?? message;
  return text.replace(/ at line \d+, column \d+:?$/, "").replace(/\.?$/, ".");
}

/** Stops reading: a limit was reached, and the one problem that says so is recorded. */
class LimitReached extends Error {}

class YamlReader {
  readonly lines = new PathLines();
  readonly issues: RecapMarkdownIssue[] = [];
  private aliases = 0;
  private aliased = 0;
  /** The outermost alias being read, if any: values read inside it count against `aliasedValues`. */
  private inAlias: string | undefined;
  /** Anchors in the order they were read: an alias means the last anchor of its name before it. */
  private readonly anchors = new Map<string, Node>();
  /** The anchored nodes being read, so that an alias inside its own anchor is caught instead of followed for ever. */
  private readonly reading = new Set<Node>();

  constructor(
    private readonly counter: LineCounter,
    private readonly firstLine: number,
  ) {}

  lineAt(offset: number): number {
    return this.counter.linePos(offset).line + this.firstLine - 1;
  }

  private stop(path: string, message: string): never {
    this.issues.push({ path, line: this.lines.lineOf(path), message });
    throw new LimitReached(message);
  }

  readAll(node: unknown, path: string): unknown {
    try {
      return this.read(node, path, "", 0);
    } catch (error) {
      if (error instanceof LimitReached) return undefined;
      throw error;
    }
  }

  private read(node: unknown, path: string, key: string, depth: number): unknown {
    if (node === null || node === undefined) return null;
    const range = (node as Node).range;
    if (range) this.lines.set(path, this.lineAt(range[0]));
    if (this.inAlias !== undefined && ++this.aliased > YAML_LIMITS.aliasedValues)
      this.stop(
        this.inAlias,
        `repeats more than ${YAML_LIMITS.aliasedValues.toLocaleString("en")} values through YAML aliases (*name); write them out instead.`,
      );
    if (depth > YAML_LIMITS.depth) this.stop(path, `is nested more than ${YAML_LIMITS.depth} levels deep.`);
    if (isAlias(node)) {
      if (++this.aliases > YAML_LIMITS.aliases)
        this.stop(path, `uses too many YAML aliases (*name) to be read: at most ${YAML_LIMITS.aliases}.`);
      // Looked up in what was read so far, not with node.resolve(), which searches the whole document for every alias.
      const target = this.anchors.get(node.source);
      if (target === undefined) this.stop(path, `uses the YAML alias *${node.source}, but no &${node.source} comes before it.`);
      if (this.reading.has(target)) this.stop(path, `uses the YAML alias *${node.source} inside &${node.source} itself.`);
      const outer = this.inAlias;
      this.inAlias ??= path;
      try {
        return this.read(target, path, key, depth + 1);
      } finally {
        this.inAlias = outer;
      }
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, node as Node);
    this.reading.add(node as Node);
    try {
      return this.readNode(node as Node, path, key, depth);
    } finally {
      this.reading.delete(node as Node);
    }
  }

  private readNode(node: Node, path: string, key: string, depth: number): unknown {
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const here = at(path, name);
        const keyRange = (pair.key as Node | null)?.range;
        const line = keyRange ? this.lineAt(keyRange[0]) : undefined;
        // Checked here, in one pass, rather than by the YAML library, whose check compares every key with every other.
        if (Object.hasOwn(object, name)) {
          this.issues.push({ path: here, line, message: `is given twice (first on line ${this.lines.lineOf(here)}): keep one.` });
          continue;
        }
        this.lines.set(here, line);
        // defineProperty, so that a key called "__proto__" stays a key instead of replacing the prototype.
        Object.defineProperty(object, name, {
          value: this.read(pair.value, here, name, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    if (isSeq(node)) return node.items.map((item, index) => this.read(item, at(path, index), key, depth + 1));
    if (isScalar(node)) {
      const { value } = node;
      // `edition: 2021` means the text "2021": take what was written, not the number YAML sees in it.
      if (node.type === "PLAIN" && (typeof value === "number" || typeof value === "boolean") && !NUMBER_FIELDS.has(key))
        return node.source ?? String(value);
      return value;
    }
    return null;
  }
}

/**
 * Reads YAML into plain values, remembering the line of every value by JSON path (under
 * `basePath`), so that a problem found later can say where the writer typed it.
 */
export function readYaml(yaml: string, firstLine: number, basePath: string): YamlValue {
  const counter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const reader = new YamlReader(counter, firstLine);
  if (document.errors.length) {
    const issues = document.errors.map((error) => ({
      path: basePath,
      line: reader.lineAt(error.pos[0]),
      message: `is not valid YAML: ${firstSentence(error.message)}`,
    }));
    return { lines: reader.lines, issues };
  }
  const value = reader.readAll(document.contents, basePath);
  return { value, lines: reader.lines, issues: reader.issues };
}
