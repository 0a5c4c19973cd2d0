/** One problem in a Recap document: where it is, and what is wrong, in words a publisher understands. */
export interface RecapIssue {
  /** JSON path of the offending value, e.g. `sessions[3].speakers[0].name`; `""` for the document itself. */
  path: string;
  /** A sentence that says what is wrong and how to put it right. */
  message: string;
  /**
   * Where the writer wrote what the problem is about, when that is not `path`: the misspelled
   * `evnet` for a missing `event`. A Markdown recap gives the issue that key's line.
   */
  near?: string;
}

/**
 * Something that was read, but maybe not as the writer meant, or that will not be on the page:
 * an unknown field ("did you mean `summary`?"), a speaker line read one of two ways, a link that
 * will show as text. The document is still valid; in strict mode a warning is an error.
 */
export interface RecapWarning {
  /** JSON path of the value, e.g. `sessions[0].sumary`; `""` for the document itself. */
  path: string;
  /** What was read and how to say it for sure, in words a writer understands. */
  message: string;
  /** 1-based line of a Markdown recap the value was written on. */
  line?: number | undefined;
}

/** "1 problem", "3 warnings": the one count of recap-kit's messages (which are English, like the API). */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// Control characters (a terminal's escape sequences, line breaks that would forge a line of the
// message), bidi controls and line separators, as they come from a document.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text quoted from a document, safe to print anywhere: control and bidi characters are shown as
 * `\u` escapes, so an error message can never drive a terminal or forge a line of its own.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * One problem, warning or to-do as a line of a message: where it is (its Markdown line, when it
 * has one, and its path) and what it says; what it quotes is {@link printable}. The one format of
 * the library's errors and the command line's messages.
 */
export function issueLine(issue: { path: string; message: string; line?: number | undefined }): string {
  const where = [issue.line === undefined ? "" : `line ${issue.line}`, printable(issue.path)].filter(Boolean).join(", ");
  return `- ${where || "(document)"}: ${printable(issue.message)}`;
}

/** Formats issues as one readable block, one line per problem (see {@link issueLine}). */
export function formatIssues(issues: readonly { path: string; message: string; line?: number | undefined }[]): string {
  return issues.map(issueLine).join("\n");
}

/** Thrown by `parseRecap` with every problem of the document at once. */
export class RecapValidationError extends Error {
  override readonly name = "RecapValidationError";
  readonly issues: readonly RecapIssue[];

  constructor(issues: readonly RecapIssue[]) {
    super(`This recap document has ${countOf(issues.length, "problem")}:\n${formatIssues(issues)}`);
    this.issues = issues;
  }
}
