import type { Command } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { formatBytes } from "./files.js";
import type { AnyOption } from "./options.js";
import { DEFAULT_MAX_INPUT_SIZE } from "./options.js";

/** Words into lines of at most `width` characters, each after `indent`, the first after `first`. */
function wrap(words: readonly string[], width: number, first: string, indent: string): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line += (empty ? "" : " ") + word;
    empty = false;
  }
  lines.push(line);
  return lines.join("\n");
}

function shownOption(option: AnyOption): string {
  return option.value === undefined ? `[${option.flag}]` : `[${option.flag} ${option.value}]`;
}

/** `  recap-kit render <input> [-o <output.html>] [--fragment] …`, continued under its operand. */
function synopsis(command: Command): string {
  const start = `  recap-kit ${command.name} `;
  const options = command.options.filter((option) => !option.general).map(shownOption);
  return wrap([command.operand, ...options], 110, start, " ".repeat(start.length));
}

/** `render    a standalone HTML page …`, wrapped under its first word. */
function described(command: Command): string {
  return wrap(command.description.split(" "), 102, command.name.padEnd(10), " ".repeat(10));
}

/** `recap-kit --help`: every command's line and paragraph come from the table of commands. */
export const USAGE = `Usage:
${COMMANDS.map(synopsis).join("\n")}
  recap-kit --help | --version

<input> is a recap document (.json or .md), or - for standard input (JSON unless --from says otherwise).
Inputs larger than ${formatBytes(DEFAULT_MAX_INPUT_SIZE)} are refused; --max-input-size <bytes> (or 20MB, 1GB) raises the limit.
Without -o, the result goes to standard output. A file that is there already is never replaced
unless --force says so, and then only once the whole result is written (through a symbolic link,
the file it points to); a device or a pipe (/dev/stdout, a FIFO) is written into. The input is never
written over, even from standard input or with --force.
Ctrl-C (or SIGTERM) stops any command at once and leaves no temporary file (exit 130, 143).

${COMMANDS.map(described).join("\n")}

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
  5  the output cannot be written (no such folder, no permission, disk full, already there
     without --force), or is the input itself
  70 an unexpected error in recap-kit (please report it)
  130, 143  stopped by Ctrl-C (SIGINT) or SIGTERM`;
