import { randomBytes } from "node:crypto";
import { readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { RecapValidationError } from "../model/errors.js";
import { parseRecap } from "../model/parseRecap.js";
import type { Recap } from "../model/types.js";
import { renderRecapToHtml } from "../static/renderRecapToHtml.js";
import { findJsonProblem } from "./jsonError.js";

declare const __RECAP_KIT_VERSION__: string;

/** Exit codes, documented in the README and in `recap-kit --help`. */
export const EXIT = {
  ok: 0,
  usage: 1,
  unreadableInput: 2,
  invalidJson: 3,
  invalidDocument: 4,
  unwritableOutput: 5,
  internal: 70,
} as const;

/** What the command line talks to; tests pass their own. */
export interface CliIo {
  cwd: string;
  readStdin: () => Promise<Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Record<string, string | undefined>;
}

type Format = "json" | "markdown";

class CliError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const USAGE = `Usage:
  recap-kit render <input> [-o <output.html>] [--fragment] [--lang <tag>] [--from json|markdown]
  recap-kit convert <input> [-o <output>] [--from json|markdown] [--to json|markdown]
  recap-kit --help | --version

<input> is a recap document (.json or .md), or - for standard input (JSON unless --from says otherwise).
Without -o, the result goes to standard output. An existing output file is replaced only once the
whole result is written; the input is never written over.

render    a standalone HTML page (inline CSS, structured data, no JavaScript), or with --fragment
          only the <article>, for pages that include recap-kit/styles.css themselves.
          --lang names the document's language when the document itself does not.
convert   JSON to Markdown or Markdown to JSON (by the output's extension, or --to).

Exit codes:
  0  done
  1  wrong usage
  2  the input cannot be read (missing, a directory, not UTF-8)
  3  the input is not valid JSON (with line and column)
  4  the input is not a valid recap document (every problem, with its path)
  5  the output cannot be written (or is the input itself)
  70 an unexpected error in recap-kit (please report it)`;

interface Args {
  command: "render" | "convert";
  input: string;
  output?: string;
  fragment: boolean;
  lang?: string;
  from?: Format;
  to?: Format;
}

function format(value: string | undefined, option: string): Format {
  if (value === "json" || value === "markdown" || value === "md") return value === "md" ? "markdown" : value;
  throw new CliError(EXIT.usage, `${option} takes json or markdown, not ${value === undefined ? "nothing" : `"${value}"`}.`);
}

function language(value: string): string {
  try {
    if (Intl.getCanonicalLocales(value).length === 1) return value;
  } catch {
    // Not a language tag: said below.
  }
  throw new CliError(EXIT.usage, `--lang takes a language tag such as en, de or pt-BR, not "${value}".`);
}

function parseArgs(argv: readonly string[]): Args | "help" | "version" {
  if (argv.length === 0) throw new CliError(EXIT.usage, `which command? render or convert.\n\n${USAGE}`);
  if (argv.includes("-h") || argv.includes("--help")) return "help";
  if (argv.includes("-v") || argv.includes("--version")) return "version";
  const [command, ...rest] = argv;
  if (command !== "render" && command !== "convert")
    throw new CliError(EXIT.usage, `unknown command "${command}". Use render or convert (see recap-kit --help).`);
  const args: Partial<Args> & { command: Args["command"]; fragment: boolean } = { command, fragment: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new CliError(EXIT.usage, `${arg} needs a value.`);
      return next;
    };
    if (arg === "-o" || arg === "--output") args.output = value();
    else if (arg === "--fragment" && command === "render") args.fragment = true;
    else if (arg === "--lang" && command === "render") args.lang = language(value());
    else if (arg === "--from") args.from = format(value(), "--from");
    else if (arg === "--to" && command === "convert") args.to = format(value(), "--to");
    else if (arg.startsWith("-") && arg !== "-")
      throw new CliError(EXIT.usage, `unknown option ${arg} for ${command} (see recap-kit --help).`);
    else if (args.input === undefined) args.input = arg;
    else throw new CliError(EXIT.usage, `only one input, please: "${args.input}" and "${arg}" were given.`);
  }
  if (args.input === undefined) throw new CliError(EXIT.usage, `${command} needs an input file, or - for standard input.`);
  return args as Args;
}

const FS_REASONS: Record<string, string> = {
  ENOENT: "does not exist",
  EISDIR: "is a directory, not a file",
  EACCES: "cannot be accessed (permission denied)",
  EPERM: "cannot be accessed (permission denied)",
  ENOTDIR: "is not in a directory that exists",
  EROFS: "is on a read-only file system",
  ENOSPC: "cannot be written: the disk is full",
};

function fsReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  return (code && FS_REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

async function readInput(args: Args, io: CliIo): Promise<string> {
  let bytes: Uint8Array;
  if (args.input === "-") bytes = await io.readStdin();
  else {
    const path = resolve(io.cwd, args.input);
    try {
      if (statSync(path).isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
      bytes = readFileSync(path);
    } catch (error) {
      throw new CliError(EXIT.unreadableInput, `${args.input} ${fsReason(error)}.`);
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(EXIT.unreadableInput, `${inputName(args)} is not UTF-8 text. Save it as UTF-8 and try again.`);
  }
}

function inputName(args: Args): string {
  return args.input === "-" ? "standard input" : args.input;
}

function formatOf(path: string | undefined, given: Format | undefined, fallback: Format): Format {
  if (given) return given;
  const extension = path && path !== "-" ? extname(path).toLowerCase() : "";
  if (extension === ".md" || extension === ".markdown") return "markdown";
  if (extension === ".json") return "json";
  return fallback;
}

// Messages quote values from the document. Control characters (a terminal's escape sequences,
// line breaks that would forge lines of output) and bidi controls are shown as \u escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function problemsMessage(name: string, error: RecapValidationError): string {
  const count = error.issues.length === 1 ? "1 problem" : `${error.issues.length} problems`;
  const lines = error.issues.map((issue) => {
    const line = "line" in issue && typeof issue.line === "number" ? `line ${issue.line}, ` : "";
    return `  - ${line}${printable(issue.path || "(document)")}: ${printable(issue.message)}`;
  });
  return `${name} is not a valid recap document (${count}):\n${lines.join("\n")}`;
}

async function readRecap(args: Args, io: CliIo): Promise<{ recap: Recap; format: Format }> {
  const text = await readInput(args, io);
  const from = formatOf(args.input, args.from, "json");
  const name = inputName(args);
  try {
    if (from === "markdown") {
      const { parseRecapMarkdown } = await import("../markdown/index.js");
      return { recap: parseRecapMarkdown(text), format: from };
    }
    let json: unknown;
    try {
      // The UTF-8 decoder has already dropped a byte-order mark.
      json = JSON.parse(text);
    } catch (error) {
      const problem = findJsonProblem(text);
      const where = problem
        ? `line ${problem.line}, column ${problem.column}: ${problem.message}`
        : error instanceof Error
          ? error.message
          : String(error);
      throw new CliError(EXIT.invalidJson, `${name} is not valid JSON (${where})`);
    }
    return { recap: parseRecap(json), format: from };
  } catch (error) {
    if (error instanceof RecapValidationError) throw new CliError(EXIT.invalidDocument, problemsMessage(name, error));
    throw error;
  }
}

function samePath(a: string, b: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  };
  return real(a) === real(b);
}

/** Writes next to the target, then renames: a failed or interrupted run leaves the old file as it was. */
function writeOutput(args: Args, io: CliIo, content: string): void {
  if (args.output === undefined || args.output === "-") {
    io.stdout(content);
    return;
  }
  if (/[/\\]$/.test(args.output)) {
    throw new CliError(
      EXIT.unwritableOutput,
      `cannot write ${args.output}: name a file, not a folder (for example ${args.output}recap.html).`,
    );
  }
  const target = resolve(io.cwd, args.output);
  if (args.input !== "-" && samePath(resolve(io.cwd, args.input), target)) {
    throw new CliError(
      EXIT.unwritableOutput,
      `the output ${args.output} is the input itself; recap-kit never writes over its input. Choose another -o.`,
    );
  }
  if (statSafe(target)?.isDirectory()) throw new CliError(EXIT.unwritableOutput, `cannot write ${args.output}: it is a directory.`);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: "wx" });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = (error as { code?: string }).code === "ENOENT" ? "its folder does not exist" : `it ${fsReason(error)}`;
    throw new CliError(EXIT.unwritableOutput, `cannot write ${args.output}: ${reason}.`);
  }
}

function statSafe(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

async function run(args: Args, io: CliIo): Promise<void> {
  const { recap, format } = await readRecap(args, io);
  if (args.command === "render") {
    writeOutput(args, io, renderRecapToHtml(recap, { fragment: args.fragment, ...(args.lang ? { lang: args.lang } : {}) }));
    return;
  }
  const to = formatOf(args.output, args.to, format === "json" ? "markdown" : "json");
  if (to === "json") {
    writeOutput(args, io, `${JSON.stringify(recap, null, 2)}\n`);
    return;
  }
  const { toRecapMarkdown } = await import("../markdown/index.js");
  writeOutput(args, io, toRecapMarkdown(recap));
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
    if (error instanceof CliError) {
      io.stderr(`recap-kit: ${error.message.split("\n").map(printable).join("\n")}\n`);
      return error.code;
    }
    const detail = io.env?.RECAP_KIT_DEBUG && error instanceof Error ? `\n${error.stack}` : "";
    io.stderr(
      `recap-kit: unexpected error: ${printable(error instanceof Error ? error.message : String(error))}. Please report it (RECAP_KIT_DEBUG=1 shows details).${detail}\n`,
    );
    return EXIT.internal;
  }
}
