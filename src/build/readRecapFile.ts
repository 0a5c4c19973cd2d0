import { findJsonProblem } from "../cli/jsonError.js";
import { safeParseRecapMarkdown } from "../markdown/parseRecapMarkdown.js";
import { countOf, issueLine, printable, type RecapIssue } from "../model/errors.js";
import type { Recap } from "../model/parsed.js";
import { type SafeParseOptions, safeParseRecap } from "../parse/parseRecap.js";
import { jsonLines } from "./jsonLines.js";

/**
 * How a recap file is read at build time: `parseRecap`'s options (the language to assume for a
 * document that names none, excerpts, and `strict`, which makes warnings and to-dos problems).
 */
export type RecapFileOptions = SafeParseOptions;

/** A problem or a warning in a recap file: its JSON path, what it says, and its line when known. */
export interface RecapFileMessage {
  path: string;
  message: string;
  /** 1-based line of the file. */
  line?: number | undefined;
}

/** What a recap file holds: the parsed recap and its warnings, or every problem. */
export type RecapFileResult =
  | { ok: true; recap: Recap; warnings: RecapFileMessage[] }
  | { ok: false; issues: RecapFileMessage[]; warnings: RecapFileMessage[] };

/** The recap files bundlers read: `.recap.md` and `.recap.json` (a module id without its query). */
export const RECAP_FILE = /\.recap\.(md|json)$/;

/**
 * Reads a recap file's text (Markdown for `.md`, else JSON) into a parsed recap, the way
 * `recap-kit check` reads it: every problem and warning with its path and its line, for JSON too.
 * Never throws.
 */
export function readRecapFile(text: string, file: string, options: RecapFileOptions = {}): RecapFileResult {
  // Editors on Windows save a byte-order mark, which is no part of the text.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/\.(md|markdown)$/i.test(file)) {
    const result = safeParseRecapMarkdown(source, options);
    return result.ok ? { ok: true, recap: result.value, warnings: result.warnings } : result;
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    const problem = findJsonProblem(source);
    const where = problem
      ? { line: problem.line, message: `column ${problem.column}: ${problem.message}` }
      : { message: "this is not JSON." };
    return { ok: false, issues: [{ path: "", ...where }], warnings: [] };
  }
  const result = safeParseRecap(json, options);
  const lines = jsonLines(source);
  const located = ({ path, message, near }: RecapIssue): RecapFileMessage => {
    const line = lines.lineOf(near ?? path);
    return line === undefined ? { path, message } : { path, message, line };
  };
  const warnings = result.warnings.map(located);
  return result.ok ? { ok: true, recap: result.value, warnings } : { ok: false, issues: result.issues.map(located), warnings };
}

/**
 * A refused recap file as `recap-kit check` says it: the file, then every problem on a line of its
 * own with its line and path. In strict mode it says why warnings count.
 */
export function problemsMessage(file: string, issues: readonly RecapFileMessage[], strict = false): string {
  const message = `${printable(file)} is not a valid recap document (${countOf(issues.length, "problem")}):\n${issues.map((issue) => `  ${issueLine(issue)}`).join("\n")}`;
  return strict ? `${message}\n(strict: warnings and to-dos count as problems.)` : message;
}

/** A warning of a recap file as one line: the file, then its line, path and words as `check` gives them. */
export function warningMessage(file: string, warning: RecapFileMessage): string {
  return `${printable(file)}: ${issueLine(warning).slice("- ".length)}`;
}

/**
 * The module a bundler gets for a parsed recap: the recap as data, nothing else (no parser, no
 * recap-kit code). `JSON.parse` of a string literal is what engines read fastest for data this size.
 */
export function recapModule(recap: Recap): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(recap))});\n`;
}
