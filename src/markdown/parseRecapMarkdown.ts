import { labelsFor } from "../labels/index.js";
import type { RecapLabels } from "../labels/types.js";
import type { RecapIssue } from "../model/errors.js";
import type { Recap } from "../model/parsed.js";
import { findTodos, type Todo } from "../model/todo.js";
import { parseDocument, type SafeParseOptions } from "../parse/parseRecap.js";
import { RecapMarkdownError, type RecapMarkdownIssue, type RecapMarkdownWarning } from "./errors.js";
import { PathLines } from "./pathLines.js";
import { readBody } from "./readBody.js";
import { splitFrontMatter } from "./source.js";
import { BODY_FIELDS, isPlainObject } from "./vocabulary.js";
import { readYaml } from "./yamlValues.js";

/**
 * The result of {@link safeParseRecapMarkdown}. `warnings` say what was read but maybe not as
 * the writer meant (an unknown key, an image in a paragraph that is not shown), each with its
 * line; they never make a recap invalid, except with `strict`.
 */
export type SafeParseRecapMarkdownResult =
  | { ok: true; value: Recap; warnings: RecapMarkdownWarning[]; todos: Todo[] }
  | { ok: false; issues: RecapMarkdownIssue[]; warnings: RecapMarkdownWarning[] };

/** Options of {@link safeParseRecapMarkdown}: `safeParseRecap`'s own (the language to assume, `strict` …). */
export type SafeParseRecapMarkdownOptions = SafeParseOptions;

/** Options of {@link parseRecapMarkdown}: `parseRecap`'s own (the language to assume, `strict` …), and a list for the warnings. */
export interface ParseRecapMarkdownOptions extends SafeParseRecapMarkdownOptions {
  /** Receives the warnings (see {@link SafeParseRecapMarkdownResult}): they are pushed onto this list. */
  warnings?: RecapMarkdownWarning[];
}

function byLine<T extends { line?: number | undefined }>(issues: T[]): T[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.line ?? Number.POSITIVE_INFINITY) - (b.issue.line ?? Number.POSITIVE_INFINITY) || a.index - b.index)
    .map(({ issue }) => issue);
}

/** The label each heading replaces; the outro has none, so any words are the writer's. */
const LABEL_OF: Record<string, keyof RecapLabels | undefined> = {
  takeaways: "recapTakeaways",
  relatedReads: "relatedReads",
  sessionTakeaways: "keyTakeaways",
  outro: undefined,
};

/**
 * The writer's words for the section headings go into the document's `headings`, unless they are
 * the language's label anyway (so a recap written by `toRecapMarkdown` reads back as it was). The
 * sessions share one takeaways heading on the page: different ones get a warning that says which
 * is shown. `headings` in the front matter wins.
 */
function keepHeadings(
  document: Record<string, unknown>,
  words: readonly { field: string; text: string; line: number | undefined }[],
  lines: PathLines,
  warnings: RecapMarkdownWarning[],
): void {
  if (!words.length) return;
  const language = typeof document.language === "string" ? document.language : undefined;
  let labels: RecapLabels;
  try {
    labels = labelsFor(language);
  } catch {
    labels = labelsFor("en");
  }
  const given = isPlainObject(document.headings) ? document.headings : undefined;
  const headings: Record<string, unknown> = { ...given };
  let shared: { text: string; line: number | undefined } | undefined;
  for (const { field, text, line } of words) {
    const label = LABEL_OF[field];
    const isLabel = label !== undefined && text === labels[label];
    if (field === "sessionTakeaways") {
      if (given?.sessionTakeaways !== undefined) continue;
      if (shared === undefined) shared = { text, line };
      else if (text !== shared.text)
        warnings.push({
          path: "headings.sessionTakeaways",
          line,
          message: `Every session's takeaways have the same heading on the page, the first one written ("${shared.text}"${shared.line === undefined ? "" : `, line ${shared.line}`}), so "${text}" is not shown. Give every ### heading the same words.`,
        });
      continue;
    }
    if (given?.[field] !== undefined || isLabel) continue;
    headings[field] = text;
    lines.set(`headings.${field}`, line);
  }
  if (shared && shared.text !== labels.keyTakeaways && given?.sessionTakeaways === undefined) {
    headings.sessionTakeaways = shared.text;
    lines.set("headings.sessionTakeaways", shared.line);
  }
  if (Object.keys(headings).length) document.headings = headings;
}

/** Strict mode's problems: every warning, and every to-do. */
function refused(warnings: readonly RecapMarkdownWarning[], todos: readonly Todo[]): RecapMarkdownIssue[] {
  const issues: RecapMarkdownIssue[] = warnings.map(({ path, line, message }) =>
    line === undefined ? { path, message } : { path, line, message },
  );
  for (const todo of todos)
    issues.push({
      path: todo.path,
      line: todo.line,
      message: `is still a to-do ("${todo.text}"): write it, or take it out, before publishing.`,
    });
  return issues;
}

function read(text: string, options: SafeParseRecapMarkdownOptions = {}): SafeParseRecapMarkdownResult {
  const source = splitFrontMatter(text);
  const issues = source.issues.slice();
  const lines = new PathLines();
  // A missing article field is reported at the front matter's opening line.
  lines.set("", 1);
  let document: Record<string, unknown> = {};
  let frontMatterRead = source.frontMatter !== undefined;
  if (source.frontMatter) {
    const { yaml: text, firstLine } = source.frontMatter;
    const yaml = readYaml(text, firstLine, "");
    for (const issue of yaml.issues) issues.push(issue);
    lines.addAll(yaml.lines);
    if (isPlainObject(yaml.value)) document = { ...yaml.value };
    else if (yaml.value === undefined) frontMatterRead = false;
    else if (yaml.value !== null) {
      issues.push({ path: "", line: 1, message: "The front matter must be YAML keys and values (title: …, event: …)." });
      frontMatterRead = false;
    }
  }

  const body = readBody(source.body);
  for (const issue of body.issues) issues.push(issue);
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
  keepHeadings(document, body.headingWords, lines, warnings);

  // Without its front matter the document has no title and no event: saying so again for each would be noise.
  if (!frontMatterRead) return { ok: false, issues: byLine(issues), warnings };
  // Strict mode is decided here, where the Markdown's own warnings and every line are known.
  const { strict, ...parseOptions } = options;
  // What a text says is the writer's: never taken for a parsed recap, whatever shape it has.
  const result = parseDocument(document, parseOptions);
  // parseRecap counts list items as it got them; the writer counts them as written.
  const located = ({ near, ...issue }: RecapIssue) => ({
    ...issue,
    path: lines.written(issue.path),
    line: lines.lineOf(near ?? issue.path),
  });
  // Loops, not push(...list): a big document has more warnings than a call takes arguments.
  for (const warning of result.warnings) warnings.push(located(warning));
  if (!result.ok) for (const issue of result.issues) issues.push(located(issue));
  if (issues.length || !result.ok) return { ok: false, issues: byLine(issues), warnings: byLine(warnings) };
  // Texts that start with TODO: are what is left to write (a starter, an imported draft), at their lines.
  const todos = findTodos(document).map((todo) => ({ ...todo, path: lines.written(todo.path), line: lines.lineOf(todo.path) }));
  if (strict) {
    const problems = refused(warnings, todos);
    if (problems.length) return { ok: false, issues: byLine(problems), warnings: byLine(warnings) };
  }
  return { ok: true, value: result.value, warnings: byLine(warnings), todos };
}

/**
 * Like {@link parseRecapMarkdown}, but returns the problems instead of throwing. Never throws.
 */
export function safeParseRecapMarkdown(text: string, options?: SafeParseRecapMarkdownOptions): SafeParseRecapMarkdownResult {
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
  if (warnings) for (const warning of result.warnings) warnings.push(warning);
  if (!result.ok) throw new RecapMarkdownError(result.issues);
  return result.value;
}
