import { countOf, issueLine, printable, type RecapValidationError } from "../model/errors.js";

/** Exit codes, documented on Storybook's Command line page (stories/CommandLine.mdx) and in `recap-kit --help`. */
export const EXIT = {
  ok: 0,
  usage: 1,
  unreadableInput: 2,
  invalidJson: 3,
  invalidDocument: 4,
  unwritableOutput: 5,
  internal: 70,
} as const;

/** A failure with its exit code and the one message that explains it. */
export class CliError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A file name or a value the user gave, safe to put in a message: control characters (a line
 * break in a file name would forge a line of output, ESC would drive the terminal) and bidi
 * controls are shown as `\u` escapes. Every name and value in a message goes through here.
 */
export function shown(value: string): string {
  return printable(value);
}

// Control and bidi characters as shown() escapes them, but for the tab and the line break: a page
// or a draft on a terminal keeps its lines.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A document's own text (a page, a draft) for a terminal: what shown() escapes, lines and tabs
 * kept. An ESC or an OSC 8 link from an export is shown as `\u001b`, never obeyed.
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** One problem, warning or to-do as an indented line of a message, in the library's one format. */
function indentedLine(issue: { path: string; message: string; line?: number | undefined }): string {
  return `  ${issueLine(issue)}`;
}

/** Every problem of an invalid document, one per line, under one sentence naming the input. */
export function problemsMessage(name: string, error: Pick<RecapValidationError, "issues">, what = "a valid recap document"): string {
  return `${shown(name)} is not ${what} (${countOf(error.issues.length, "problem")}):\n${error.issues.map(indentedLine).join("\n")}`;
}

/** "1 session", "3 sessions". */
export const count = countOf;

/** Problems, warnings or to-dos as the lines of a message (or of check's report). */
export function issueLines(issues: readonly { path: string; message: string; line?: number | undefined }[]): string {
  return issues.map(indentedLine).join("\n");
}

/** What was read, but maybe not as the writer meant: printed, never a failure. */
export function warningsMessage(name: string, warnings: readonly { path: string; message: string; line?: number | undefined }[]): string {
  return `${shown(name)}: ${countOf(warnings.length, "warning")}:\n${warnings.map(indentedLine).join("\n")}`;
}

const FS_REASONS: Record<string, string> = {
  ENOENT: "does not exist",
  EISDIR: "is a directory, not a file",
  EACCES: "cannot be accessed (permission denied)",
  EPERM: "cannot be accessed (permission denied)",
  ENOTDIR: "is not in a directory that exists",
  EROFS: "is on a read-only file system",
  ENOSPC: "cannot be written: the disk is full",
  EDQUOT: "cannot be written: the disk quota is used up",
  EFBIG: "cannot be written: the file would be too large",
  ENAMETOOLONG: "has a name that is too long",
  ELOOP: "is a loop of symbolic links",
  ENXIO: "is a device or pipe that nothing is connected to",
};

/** Why a file could not be read or written, in words; the system's own message for what has none. */
export function fsReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  return (code && FS_REASONS[code]) ?? shown(error instanceof Error ? error.message : String(error));
}

/** The error code of a failed system call, if it is one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
