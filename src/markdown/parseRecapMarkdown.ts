import type { Recap } from "../model/parsed.js";
import { type ParseOptions, safeParseRecap } from "../parse/parseRecap.js";
import { RecapMarkdownError, type RecapMarkdownIssue, type RecapMarkdownWarning } from "./errors.js";
import { PathLines } from "./pathLines.js";
import { readBody } from "./readBody.js";
import { splitFrontMatter } from "./source.js";
import { BODY_FIELDS, isPlainObject } from "./vocabulary.js";
import { readYaml } from "./yamlValues.js";

/**
 * The result of {@link safeParseRecapMarkdown}. `warnings` say what was read but maybe not as
 * the writer meant (an image in a paragraph is not shown); they never make a recap invalid.
 */
export type SafeParseRecapMarkdownResult =
  | { ok: true; value: Recap; warnings: RecapMarkdownWarning[] }
  | { ok: false; issues: RecapMarkdownIssue[]; warnings: RecapMarkdownWarning[] };

/** Options of {@link parseRecapMarkdown}: `parseRecap`'s own (the language to assume …), and a list for the warnings. */
export interface ParseRecapMarkdownOptions extends ParseOptions {
  /** Receives the warnings (see {@link SafeParseRecapMarkdownResult}): they are pushed onto this list. */
  warnings?: RecapMarkdownWarning[];
}

function byLine(issues: RecapMarkdownIssue[]): RecapMarkdownIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.line ?? Number.POSITIVE_INFINITY) - (b.issue.line ?? Number.POSITIVE_INFINITY) || a.index - b.index)
    .map(({ issue }) => issue);
}

function read(text: string, options: ParseOptions | undefined): SafeParseRecapMarkdownResult {
  const source = splitFrontMatter(text);
  const issues = [...source.issues];
  const lines = new PathLines();
  // A missing article field is reported at the front matter's opening line.
  lines.set("", 1);
  let document: Record<string, unknown> = {};
  let frontMatterRead = source.frontMatter !== undefined;
  if (source.frontMatter) {
    const { yaml: text, firstLine } = source.frontMatter;
    const yaml = readYaml(text, firstLine, "");
    issues.push(...yaml.issues);
    lines.addAll(yaml.lines);
    if (isPlainObject(yaml.value)) document = { ...yaml.value };
    else if (yaml.value === undefined) frontMatterRead = false;
    else if (yaml.value !== null) {
      issues.push({ path: "", line: 1, message: "The front matter must be YAML keys and values (title: …, event: …)." });
      frontMatterRead = false;
    }
  }

  const body = readBody(source.body);
  issues.push(...body.issues);
  const { warnings } = body;
  if ("sessions" in document)
    issues.push({
      path: "sessions",
      line: lines.lineOf("sessions"),
      message: "Sessions are written as ## sections after the front matter, not in it.",
    });
  for (const [field, value] of Object.entries(body.fields)) {
    if (field !== "sessions" && (BODY_FIELDS as readonly string[]).includes(field) && field in document) {
      issues.push({
        path: field,
        line: body.lines.lineOf(field),
        message: `is given twice, in the front matter (line ${lines.lineOf(field)}) and in the text: keep one.`,
      });
      continue;
    }
    document[field] = value;
  }
  document.sessions ??= [];
  lines.addAll(body.lines);

  // Without its front matter the document has no title and no event: saying so again for each would be noise.
  if (!frontMatterRead) return { ok: false, issues: byLine(issues), warnings };
  const result = safeParseRecap(document, options);
  // parseRecap counts list items as it got them; the writer counts them as written.
  if (!result.ok)
    issues.push(...result.issues.map((issue) => ({ ...issue, path: lines.written(issue.path), line: lines.lineOf(issue.path) })));
  if (issues.length || !result.ok) return { ok: false, issues: byLine(issues), warnings };
  return { ok: true, value: result.value, warnings };
}

/**
 * Like {@link parseRecapMarkdown}, but returns the problems instead of throwing. Never throws.
 */
export function safeParseRecapMarkdown(text: string, options?: ParseOptions): SafeParseRecapMarkdownResult {
  try {
    if (typeof text !== "string") return { ok: false, issues: [{ path: "", message: "A Markdown recap must be text." }], warnings: [] };
    return read(text, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: "", message: `could not be read (${reason}).` }], warnings: [] };
  }
}

/**
 * Reads a recap written in Markdown (the convention is documented in `index.ts`) and returns the
 * same parsed `Recap` that `parseRecap` gives for the JSON form; validation is `parseRecap`'s own.
 *
 * @throws {RecapMarkdownError} listing every problem, each with its JSON path and its line.
 */
export function parseRecapMarkdown(text: string, options: ParseRecapMarkdownOptions = {}): Recap {
  const { warnings, ...parseOptions } = options;
  const result = safeParseRecapMarkdown(text, parseOptions);
  warnings?.push(...result.warnings);
  if (!result.ok) throw new RecapMarkdownError(result.issues);
  return result.value;
}
