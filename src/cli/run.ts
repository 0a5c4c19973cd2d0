import { extname, resolve } from "node:path";
import type { Recap } from "../model/parsed.js";
import { findTodos, type Todo } from "../model/todo.js";
import { safeParseRecap } from "../parse/parseRecap.js";
import { toRecapDocument } from "../parse/toRecapDocument.js";
import { renderRecapToHtml } from "../static/renderRecapToHtml.js";
import { type Args, type Format, parseArgs, USAGE } from "./args.js";
import { checkReport } from "./checkReport.js";
import { ClosedPipe, type FileIdentity, readInputFile, tooLarge, writeFailure, writeOutputFile } from "./files.js";
import { importDraft } from "./importDraft.js";
import { findJsonProblem } from "./jsonError.js";
import { CliError, count, EXIT, problemsMessage, shown, warningsMessage } from "./messages.js";
import { preview } from "./preview.js";
import { writeStarter } from "./starter.js";

export { USAGE } from "./args.js";
export { EXIT } from "./messages.js";

declare const __RECAP_KIT_VERSION__: string;

/** What the command line talks to; tests pass their own. */
export interface CliIo {
  cwd: string;
  /** Standard input; reading may stop once more than `maxBytes` have come. */
  readStdin: (maxBytes: number) => Promise<Uint8Array>;
  /** Writes to standard output; throws the system's error (EPIPE, ENOSPC) when it cannot. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Record<string, string | undefined>;
  /** Which file standard input is, when it is one (`< recap.json`): the output may not be it. */
  stdinIdentity?: () => FileIdentity | undefined;
  /** Stops a long-running command (`preview`); without it, Ctrl-C does. */
  signal?: AbortSignal;
}

/** The input, read: its text, which file it was, and the name to use in messages. */
export interface Input {
  text: string;
  name: string;
  identity?: FileIdentity | undefined;
}

async function readInput(args: Args, io: CliIo): Promise<Input> {
  let bytes: Uint8Array;
  let identity: FileIdentity | undefined;
  const name = args.input === "-" ? "standard input" : args.input;
  if (args.input === "-") {
    bytes = await io.readStdin(args.maxInputSize);
    if (bytes.length > args.maxInputSize) throw tooLarge(name, args.maxInputSize);
    identity = io.stdinIdentity?.();
  } else ({ bytes, identity } = await readInputFile(resolve(io.cwd, args.input), name, args.maxInputSize));
  try {
    // The UTF-8 decoder drops a byte-order mark.
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), name, identity };
  } catch {
    throw new CliError(EXIT.unreadableInput, `${shown(name)} is not UTF-8 text. Save it as UTF-8 and try again.`);
  }
}

export function formatOf(path: string | undefined, given: Format | undefined, fallback: Format): Format {
  if (given) return given;
  const extension = path && path !== "-" ? extname(path).toLowerCase() : "";
  if (extension === ".md" || extension === ".markdown") return "markdown";
  if (extension === ".json") return "json";
  return fallback;
}

/** A recap, read: what it says, and what the writer should hear about it. */
export interface ReadRecap {
  recap: Recap;
  format: Format;
  warnings: Warning[];
  todos: Todo[];
}

type Warning = { path: string; message: string; line?: number | undefined };

/** A recap's text read without failing: what the preview shows, problems included. */
export async function readRecapText(
  args: Args,
  text: string,
): Promise<{ ok: true; recap: Recap; warnings: Warning[]; todos: Todo[] } | { ok: false; issues: Warning[]; warnings: Warning[] }> {
  const options = { language: args.lang };
  if (formatOf(args.input, args.from, "json") === "markdown") {
    const { safeParseRecapMarkdown } = await import("../markdown/index.js");
    const result = safeParseRecapMarkdown(text, options);
    return result.ok ? { ok: true, recap: result.value, warnings: result.warnings, todos: result.todos } : result;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const problem = findJsonProblem(text);
    const where = problem
      ? { line: problem.line, message: `column ${problem.column}: ${problem.message}` }
      : { message: "this is not JSON." };
    return { ok: false, issues: [{ path: "", ...where }], warnings: [] };
  }
  const result = safeParseRecap(json, options);
  return result.ok ? { ok: true, recap: result.value, warnings: result.warnings, todos: findTodos(toRecapDocument(result.value)) } : result;
}

async function readRecap(args: Args, input: Input, io: CliIo): Promise<ReadRecap> {
  const from = formatOf(args.input, args.from, "json");
  const options = { language: args.lang, strict: args.strict };
  if (from === "markdown") {
    const { safeParseRecapMarkdown } = await import("../markdown/index.js");
    const result = safeParseRecapMarkdown(input.text, options);
    if (!result.ok) {
      // Warnings often explain a problem (a misspelled key): they come first.
      if (!args.strict) printWarnings(io, input.name, result.warnings);
      throw new CliError(EXIT.invalidDocument, refusal(input.name, result.issues, args.strict));
    }
    return { recap: result.value, format: from, warnings: result.warnings, todos: result.todos };
  }
  let json: unknown;
  try {
    json = JSON.parse(input.text);
  } catch (error) {
    const problem = findJsonProblem(input.text);
    const where = problem
      ? `line ${problem.line}, column ${problem.column}: ${problem.message}`
      : error instanceof Error
        ? error.message
        : String(error);
    throw new CliError(EXIT.invalidJson, `${shown(input.name)} is not valid JSON (${shown(where)})`);
  }
  const result = safeParseRecap(json, options);
  if (!result.ok) {
    if (!args.strict) printWarnings(io, input.name, result.warnings);
    throw new CliError(EXIT.invalidDocument, refusal(input.name, result.issues, args.strict));
  }
  return { recap: result.value, format: from, warnings: result.warnings, todos: findTodos(toRecapDocument(result.value)) };
}

/** The message of a refused document; in strict mode, it says why warnings count. */
function refusal(name: string, issues: readonly Warning[], strict: boolean): string {
  const message = problemsMessage(name, { issues });
  return strict ? `${message}\n(--strict: warnings and to-dos count as problems.)` : message;
}

/** Warnings on standard error: the page is still written. */
function printWarnings(io: CliIo, name: string, warnings: readonly Warning[]): void {
  if (warnings.length) io.stderr(`recap-kit: warning: ${warningsMessage(name, warnings)}\n`);
}

/** Where the output went, in words. */
function outputName(args: Args): string {
  return args.output === undefined || args.output === "-" ? "standard output" : shown(args.output);
}

export async function writeOutput(args: Args, io: CliIo, input: Input | undefined, content: string): Promise<void> {
  if (args.output === undefined || args.output === "-") {
    try {
      io.stdout(content);
    } catch (error) {
      throw writeFailure(error, "standard output");
    }
    return;
  }
  // The input's identity is standard input's when it came from there (render - -o recap.json < recap.json).
  await writeOutputFile(args.output, io.cwd, content, input?.identity, io.stdout);
}

async function run(args: Args, io: CliIo): Promise<void> {
  if (args.command === "new") return writeStarter(args, io);
  if (args.command === "preview") return preview(args, io);
  const input = await readInput(args, io);
  if (args.command === "import") return importDraft(args, io, input);
  const read = await readRecap(args, input, io);
  const { recap, format, warnings, todos } = read;
  if (args.command === "check") {
    io.stdout(`${checkReport(input.name, read)}\n`);
    return;
  }
  printWarnings(io, input.name, warnings);
  if (args.command === "render") {
    // Parsed once, in the language --lang names when the document has none.
    const html = renderRecapToHtml(recap, { fragment: args.fragment });
    await writeOutput(args, io, input, html);
    const parts = [count(recap.sessions.length, "session"), count(recap.relatedReads?.length ?? 0, "related read")];
    if (todos.length) parts.push(count(todos.length, "to-do"));
    parts.push(count(warnings.length, "warning"));
    io.stderr(`recap-kit: wrote ${outputName(args)}: ${parts.join(", ")}.\n`);
    return;
  }
  const to = formatOf(args.output, args.to, format === "json" ? "markdown" : "json");
  if (to === "json") {
    await writeOutput(args, io, input, `${JSON.stringify(toRecapDocument(recap), null, 2)}\n`);
    return;
  }
  const { toRecapMarkdown } = await import("../markdown/index.js");
  await writeOutput(args, io, input, toRecapMarkdown(recap));
}

/**
 * The `recap-kit` command. Returns the exit code; every failure is one clear message on
 * standard error, never a stack trace (unless RECAP_KIT_DEBUG is set).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === "help") io.stdout(`${USAGE}\n`);
    else if (args === "version") io.stdout(`${typeof __RECAP_KIT_VERSION__ === "string" ? __RECAP_KIT_VERSION__ : "dev"}\n`);
    else await run(args, io);
    return EXIT.ok;
  } catch (error) {
    // The reader of the output stopped reading (| head): what it wanted, it has.
    if (error instanceof ClosedPipe || (error as { code?: unknown } | null)?.code === "EPIPE") return EXIT.ok;
    if (error instanceof CliError) {
      // Every value in a message is already shown safely; this keeps a slip from reaching the terminal raw.
      io.stderr(`recap-kit: ${error.message.split("\n").map(shown).join("\n")}\n`);
      return error.code;
    }
    const detail = io.env?.RECAP_KIT_DEBUG && error instanceof Error ? `\n${error.stack}` : "";
    io.stderr(
      `recap-kit: unexpected error: ${shown(error instanceof Error ? error.message : String(error))}. Please report it (RECAP_KIT_DEBUG=1 shows details).${detail}\n`,
    );
    return EXIT.internal;
  }
}
