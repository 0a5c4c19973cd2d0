import { CliError, EXIT, shown } from "./messages.js";

export type Format = "json" | "markdown";

/** The most bytes of input read unless --max-input-size says otherwise: far more than any recap. */
export const DEFAULT_MAX_INPUT_SIZE = 10_000_000;

/** A command line, read. */
export interface Args {
  command: "render" | "convert";
  input: string;
  output?: string;
  fragment: boolean;
  lang?: string;
  from?: Format;
  to?: Format;
  maxInputSize: number;
}

export const USAGE = `Usage:
  recap-kit render <input> [-o <output.html>] [--fragment] [--lang <tag>] [--from json|markdown]
  recap-kit convert <input> [-o <output>] [--from json|markdown] [--to json|markdown]
  recap-kit --help | --version

<input> is a recap document (.json or .md), or - for standard input (JSON unless --from says otherwise).
Inputs larger than 10 MB are refused; --max-input-size <bytes> (or 20MB, 1GB) raises the limit.
Without -o, the result goes to standard output. An existing output file is replaced only once the
whole result is written (through a symbolic link, the file it points to); a device or a pipe
(/dev/stdout, a FIFO) is written into. The input is never written over, even from standard input.

render    a standalone HTML page (inline CSS, structured data, no JavaScript), or with --fragment
          only the <article>, for pages that include recap-kit/styles.css themselves.
          --lang names the document's language when the document itself does not.
convert   JSON to Markdown or Markdown to JSON (by the output's extension, or --to).

Exit codes:
  0  done (also when the reader of standard output stops reading, as with | head)
  1  wrong usage
  2  the input cannot be read (missing, a directory, not UTF-8, larger than the limit)
  3  the input is not valid JSON (with line and column)
  4  the input is not a valid recap document (every problem, with its path)
  5  the output cannot be written (no such folder, no permission, disk full), or is the input itself
  70 an unexpected error in recap-kit (please report it)`;

function format(value: string | undefined, option: string): Format {
  if (value === "json" || value === "markdown" || value === "md") return value === "md" ? "markdown" : value;
  throw new CliError(EXIT.usage, `${option} takes json or markdown, not ${value === undefined ? "nothing" : `"${shown(value)}"`}.`);
}

function language(value: string): string {
  try {
    if (Intl.getCanonicalLocales(value).length === 1) return value;
  } catch {
    // Not a language tag: said below.
  }
  throw new CliError(EXIT.usage, `--lang takes a language tag such as en, de or pt-BR, not "${shown(value)}".`);
}

const UNITS: Record<string, number> = { "": 1, b: 1, kb: 1e3, k: 1e3, mb: 1e6, m: 1e6, gb: 1e9, g: 1e9 };

/** A size in bytes: 20000000, 20MB, 20M, 1.5GB. */
function size(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match ? UNITS[(match[2] as string).toLowerCase()] : undefined;
  const bytes = match && unit !== undefined ? Math.floor(Number(match[1]) * unit) : Number.NaN;
  if (Number.isSafeInteger(bytes) && bytes > 0) return bytes;
  throw new CliError(EXIT.usage, `--max-input-size takes a size in bytes such as 20000000, 20MB or 1GB, not "${shown(value)}".`);
}

/** Reads the arguments after `recap-kit`. */
export function parseArgs(argv: readonly string[]): Args | "help" | "version" {
  if (argv.length === 0) throw new CliError(EXIT.usage, `which command? render or convert.\n\n${USAGE}`);
  if (argv.includes("-h") || argv.includes("--help")) return "help";
  if (argv.includes("-v") || argv.includes("--version")) return "version";
  const [command, ...rest] = argv as [string, ...string[]];
  if (command !== "render" && command !== "convert")
    throw new CliError(EXIT.usage, `unknown command "${shown(command)}". Use render or convert (see recap-kit --help).`);
  const args: Partial<Args> & { command: Args["command"]; fragment: boolean; maxInputSize: number } = {
    command,
    fragment: false,
    maxInputSize: DEFAULT_MAX_INPUT_SIZE,
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new CliError(EXIT.usage, `${shown(arg)} needs a value.`);
      return next;
    };
    if (arg === "-o" || arg === "--output") args.output = value();
    else if (arg === "--fragment" && command === "render") args.fragment = true;
    else if (arg === "--lang" && command === "render") args.lang = language(value());
    else if (arg === "--from") args.from = format(value(), "--from");
    else if (arg === "--to" && command === "convert") args.to = format(value(), "--to");
    else if (arg === "--max-input-size") args.maxInputSize = size(value());
    else if (arg.startsWith("-") && arg !== "-")
      throw new CliError(EXIT.usage, `unknown option ${shown(arg)} for ${command} (see recap-kit --help).`);
    else if (args.input === undefined) args.input = arg;
    else throw new CliError(EXIT.usage, `only one input, please: "${shown(args.input)}" and "${shown(arg)}" were given.`);
  }
  if (args.input === undefined) throw new CliError(EXIT.usage, `${command} needs an input file, or - for standard input.`);
  return args as Args;
}
