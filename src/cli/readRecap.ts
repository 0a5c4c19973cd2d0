import type { Recap } from "../model/parsed.js";
import { findTodos, type Todo } from "../model/todo.js";
import { safeParseRecap } from "../parse/parseRecap.js";
import { toRecapDocument } from "../parse/toRecapDocument.js";
import type { Input } from "./files.js";
import type { Format } from "./formats.js";
import type { CliIo } from "./io.js";
import { findJsonProblem } from "./jsonError.js";
import { CliError, count, EXIT, problemsMessage, shown, warningsMessage } from "./messages.js";

/** A problem, a warning or a to-do: where it is (its path, and its line in Markdown) and what it says. */
export type Note = { path: string; message: string; line?: number | undefined };

/** A recap, read: what it says, and what the writer should hear about it. */
export interface ReadRecap {
  recap: Recap;
  format: Format;
  warnings: Note[];
  todos: Todo[];
}

/** Why a recap could not be read, said once for every command and for the preview's page. */
export interface RecapRefusal {
  /** 3 for text that is not JSON, 4 for a document that is not a valid recap. */
  code: (typeof EXIT)["invalidJson"] | (typeof EXIT)["invalidDocument"];
  /** "recap.json is not valid JSON", "recap.md is not a valid recap document (2 problems)". */
  heading: string;
  /** Each problem, with its line when it has one. */
  issues: Note[];
  /** The command line's message: the heading with every problem. */
  message: string;
  /** What was read before the problem, as warnings; they often explain it (a misspelled key). */
  warnings: Note[];
}

export interface ReadRecapOptions {
  format: Format;
  /** The language to assume when the document does not say (--lang). */
  language?: string | undefined;
  /** Warnings and to-dos are problems (--strict). */
  strict?: boolean | undefined;
}

function refusedJson(name: string, text: string, error: unknown): RecapRefusal {
  const problem = findJsonProblem(text);
  const issue: Note = problem
    ? { path: "", line: problem.line, message: `column ${problem.column}: ${problem.message}` }
    : { path: "", message: error instanceof Error ? error.message : String(error) };
  const where = issue.line === undefined ? issue.message : `line ${issue.line}, ${issue.message}`;
  const heading = `${shown(name)} is not valid JSON`;
  return { code: EXIT.invalidJson, heading, issues: [issue], message: `${heading} (${shown(where)})`, warnings: [] };
}

function refusedDocument(name: string, issues: Note[], warnings: Note[], strict: boolean): RecapRefusal {
  const message = problemsMessage(name, { issues });
  return {
    code: EXIT.invalidDocument,
    heading: `${shown(name)} is not a valid recap document (${count(issues.length, "problem")})`,
    issues,
    // In strict mode, it says why warnings count.
    message: strict ? `${message}\n(--strict: warnings and to-dos count as problems.)` : message,
    warnings,
  };
}

/**
 * The one way the command line reads a recap, JSON or Markdown: the parsed recap with its
 * warnings and to-dos, or why it cannot be read. Never throws for what the document says.
 */
export async function readRecap(
  input: Pick<Input, "text" | "name">,
  { format, language, strict = false }: ReadRecapOptions,
): Promise<{ ok: true; read: ReadRecap } | { ok: false; refusal: RecapRefusal }> {
  const options = { language, strict };
  if (format === "markdown") {
    // Loaded when needed: the Markdown reader is most of the command line's code.
    const { safeParseRecapMarkdown } = await import("../markdown/index.js");
    const result = safeParseRecapMarkdown(input.text, options);
    if (!result.ok) return { ok: false, refusal: refusedDocument(input.name, result.issues, result.warnings, strict) };
    return { ok: true, read: { recap: result.value, format, warnings: result.warnings, todos: result.todos } };
  }
  let json: unknown;
  try {
    json = JSON.parse(input.text);
  } catch (error) {
    return { ok: false, refusal: refusedJson(input.name, input.text, error) };
  }
  const result = safeParseRecap(json, options);
  if (!result.ok) return { ok: false, refusal: refusedDocument(input.name, result.issues, result.warnings, strict) };
  return { ok: true, read: { recap: result.value, format, warnings: result.warnings, todos: findTodos(toRecapDocument(result.value)) } };
}

/** Warnings on standard error: what they are about is still written. */
export function printWarnings(io: Pick<CliIo, "stderr">, name: string, warnings: readonly Note[]): void {
  if (warnings.length) io.stderr(`recap-kit: warning: ${warningsMessage(name, warnings)}\n`);
}

/**
 * {@link readRecap} for a command that needs the recap: a refused document ends the command with
 * its exit code and message, the warnings printed first (unless --strict made them the problems).
 */
export async function requireRecap(
  io: Pick<CliIo, "stderr">,
  input: Pick<Input, "text" | "name">,
  options: ReadRecapOptions,
): Promise<ReadRecap> {
  const result = await readRecap(input, options);
  if (result.ok) return result.read;
  if (!options.strict) printWarnings(io, input.name, result.refusal.warnings);
  throw new CliError(result.refusal.code, result.refusal.message);
}
