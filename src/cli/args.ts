import { CliError, EXIT, shown } from "./messages.js";

export type Format = "json" | "markdown";

/** The most bytes of input read unless --max-input-size says otherwise: far more than any recap. */
export const DEFAULT_MAX_INPUT_SIZE = 10_000_000;

/** The commands, in the order a writer meets them. */
export const COMMANDS = ["new", "import", "check", "preview", "render", "convert"] as const;
export type Command = (typeof COMMANDS)[number];

/** A command line, read. */
export interface Args {
  command: Command;
  input: string;
  output?: string;
  fragment: boolean;
  lang?: string;
  from?: Format;
  to?: Format;
  maxInputSize: number;
  /** Warnings and to-dos are problems: exit 4, nothing written. */
  strict: boolean;
  /** `new`: the starter's title and event. */
  title?: string;
  event?: string;
  /** `import`: the export's format, and which sessions to take. */
  programme?: "sessionize" | "pretalx";
  sessions?: string[];
  match?: string;
  speaker?: string;
  includeServiceSessions: boolean;
  timeZone?: string;
  /** `preview`: the port on 127.0.0.1. */
  port?: number;
}

export const USAGE = `Usage:
  recap-kit new <file.md> [--title <title>] [--event <event name>]
  recap-kit import <export.json> [--from sessionize|pretalx] [--sessions <id,code,…>] [--match <words>]
                   [--speaker <name>] [--include-service-sessions] [--time-zone <Area/City>] [--lang <tag>]
                   [-o <draft.md|draft.json>]
  recap-kit check <input> [--strict] [--from json|markdown]
  recap-kit preview <input> [--port <number>] [--from json|markdown]
  recap-kit render <input> [-o <output.html>] [--fragment] [--lang <tag>] [--from json|markdown] [--strict]
  recap-kit convert <input> [-o <output>] [--from json|markdown] [--to json|markdown] [--strict]
  recap-kit --help | --version

<input> is a recap document (.json or .md), or - for standard input (JSON unless --from says otherwise).
Inputs larger than 10 MB are refused; --max-input-size <bytes> (or 20MB, 1GB) raises the limit.
Without -o, the result goes to standard output. An existing output file is replaced only once the
whole result is written (through a symbolic link, the file it points to); a device or a pipe
(/dev/stdout, a FIFO) is written into. The input is never written over, even from standard input.

new       writes a starter Markdown recap with every section and short guidance; check passes it
          as it is (its TODO: texts are listed as to-dos). It never replaces an existing file.
import    a draft recap from a programme export (Sessionize's "All" JSON, or pretalx/frab
          schedule.json; found from the data unless --from says). Summaries and takeaways are
          TODO: texts for you to write. Markdown unless -o names a .json file.
preview   serves the rendered page on http://127.0.0.1:4321/ (loopback only), re-renders it when the
          file is saved (the page reloads by itself) and shows problems and warnings in the page
          with their lines. Ctrl-C stops it.
check     reads a recap without writing anything and shows how it was read: each session with its
          speakers as name — organisation — role, its links, every to-do and every warning.
render    a standalone HTML page (inline CSS, structured data, no JavaScript), or with --fragment
          only the <article>, for pages that include recap-kit/styles.css themselves.
          --lang names the document's language when the document itself does not.
          It ends with one line on standard error: what it wrote.
convert   JSON to Markdown or Markdown to JSON (by the output's extension, or --to).

Warnings (an unknown field, a speaker line that could be read two ways, a link that will not be a
link) go to standard error and the page is still written; --strict makes warnings and to-dos
problems (exit 4, nothing written).

Exit codes:
  0  done (also when the reader of standard output stops reading, as with | head)
  1  wrong usage
  2  the input cannot be read (missing, a directory, not UTF-8, larger than the limit)
  3  the input is not valid JSON (with line and column)
  4  the input is not a valid recap document or programme export (every problem, with its path),
     or with --strict has warnings or to-dos
  5  the output cannot be written (no such folder, no permission, disk full, already there for
     new), or is the input itself
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

function port(value: string): number {
  const number = Number(value);
  if (/^\d+$/.test(value) && number <= 65535) return number;
  throw new CliError(EXIT.usage, `--port takes a port number such as 4321 (0 for any free one), not "${shown(value)}".`);
}

function programmeFormat(value: string): "sessionize" | "pretalx" {
  const lower = value.toLowerCase();
  if (lower === "sessionize") return "sessionize";
  if (lower === "pretalx" || lower === "frab" || lower === "schedule") return "pretalx";
  throw new CliError(EXIT.usage, `--from takes sessionize or pretalx for import, not "${shown(value)}".`);
}

/** Which options each command takes (besides -o, --from and --max-input-size, which all but new take). */
const OPTIONS: Record<Command, readonly string[]> = {
  new: ["--title", "--event"],
  import: ["--sessions", "--match", "--speaker", "--include-service-sessions", "--time-zone", "--lang"],
  check: ["--strict", "--lang"],
  preview: ["--port", "--lang"],
  render: ["--fragment", "--lang", "--strict"],
  convert: ["--to", "--strict"],
};

/** Reads the arguments after `recap-kit`. */
export function parseArgs(argv: readonly string[]): Args | "help" | "version" {
  if (argv.length === 0) throw new CliError(EXIT.usage, `which command? ${COMMANDS.join(", ")}.\n\n${USAGE}`);
  if (argv.includes("-h") || argv.includes("--help")) return "help";
  if (argv.includes("-v") || argv.includes("--version")) return "version";
  const [command, ...rest] = argv as [string, ...string[]];
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new CliError(EXIT.usage, `unknown command "${shown(command)}". Use ${COMMANDS.join(", ")} (see recap-kit --help).`);
  const args: Partial<Args> & Pick<Args, "command" | "fragment" | "maxInputSize" | "strict" | "includeServiceSessions"> = {
    command: command as Command,
    fragment: false,
    maxInputSize: DEFAULT_MAX_INPUT_SIZE,
    strict: false,
    includeServiceSessions: false,
  };
  const own = OPTIONS[args.command];
  const general = args.command === "new" ? [] : ["-o", "--output", "--from", "--max-input-size"];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new CliError(EXIT.usage, `${shown(arg)} needs a value.`);
      return next;
    };
    if (arg.startsWith("-") && arg !== "-" && !own.includes(arg) && !general.includes(arg))
      throw new CliError(EXIT.usage, `unknown option ${shown(arg)} for ${command} (see recap-kit --help).`);
    if (arg === "-o" || arg === "--output") args.output = value();
    else if (arg === "--fragment") args.fragment = true;
    else if (arg === "--lang") args.lang = language(value());
    else if (arg === "--from" && args.command === "import") args.programme = programmeFormat(value());
    else if (arg === "--from") args.from = format(value(), "--from");
    else if (arg === "--to") args.to = format(value(), "--to");
    else if (arg === "--max-input-size") args.maxInputSize = size(value());
    else if (arg === "--strict") args.strict = true;
    else if (arg === "--title") args.title = value();
    else if (arg === "--event") args.event = value();
    else if (arg === "--sessions")
      args.sessions = value()
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean);
    else if (arg === "--match") args.match = value();
    else if (arg === "--speaker") args.speaker = value();
    else if (arg === "--include-service-sessions") args.includeServiceSessions = true;
    else if (arg === "--time-zone") args.timeZone = value();
    else if (arg === "--port") args.port = port(value());
    else if (args.input === undefined) args.input = arg;
    else throw new CliError(EXIT.usage, `only one input, please: "${shown(args.input)}" and "${shown(arg)}" were given.`);
  }
  if (args.input === undefined)
    throw new CliError(
      EXIT.usage,
      args.command === "new"
        ? "new needs the name of the file to write (recap.md)."
        : `${command} needs an input file, or - for standard input.`,
    );
  return args as Args;
}
