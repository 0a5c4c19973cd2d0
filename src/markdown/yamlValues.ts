import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { RecapMarkdownIssue } from "./errors.js";
import { at, PathLines } from "./pathLines.js";

/** Fields that are numbers in the model; everywhere else a bare YAML number is text a writer typed. */
const NUMBER_FIELDS = new Set(["width", "height"]);
// Enough for any real document; more is an attempt to make a small file expand into a huge one.
const MAX_ALIASES = 100;

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

class YamlReader {
  readonly lines = new PathLines();
  readonly issues: RecapMarkdownIssue[] = [];
  private aliases = 0;

  constructor(
    private readonly document: Document.Parsed,
    private readonly counter: LineCounter,
    private readonly firstLine: number,
  ) {}

  lineAt(offset: number): number {
    return this.counter.linePos(offset).line + this.firstLine - 1;
  }

  read(node: unknown, path: string, key: string): unknown {
    if (node === null || node === undefined) return null;
    const range = (node as Node).range;
    if (range) this.lines.set(path, this.lineAt(range[0]));
    if (isAlias(node)) {
      if (++this.aliases > MAX_ALIASES) {
        this.issues.push({ path, line: this.lines.lineOf(path), message: "uses too many YAML aliases (*name) to be read." });
        return null;
      }
      return this.read(node.resolve(this.document), path, key);
    }
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const here = at(path, name);
        const keyRange = (pair.key as Node | null)?.range;
        if (keyRange) this.lines.set(here, this.lineAt(keyRange[0]));
        // defineProperty, so that a key called "__proto__" stays a key instead of replacing the prototype.
        Object.defineProperty(object, name, {
          value: this.read(pair.value, here, name),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    if (isSeq(node)) return node.items.map((item, index) => this.read(item, at(path, index), key));
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
  const document = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const reader = new YamlReader(document, counter, firstLine);
  if (document.errors.length) {
    const issues = document.errors.map((error) => ({
      path: basePath,
      line: reader.lineAt(error.pos[0]),
      message: `is not valid YAML: ${firstSentence(error.message)}`,
    }));
    return { lines: reader.lines, issues };
  }
  const value = reader.read(document.contents, basePath, "");
  return { value, lines: reader.lines, issues: reader.issues };
}
