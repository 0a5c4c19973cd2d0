import { countOf, formatIssues, type RecapIssue } from "../model/errors.js";

/** One problem of a programme export: its path in the export (`sessions[3].speakers[1]`), and what is wrong. */
export type ImportIssue = RecapIssue;

/**
 * Something the writer should look at in the draft: a value that was guessed (an affiliation read
 * from a tagline), left out (a link that is not a web address) or not found. `path` points into the
 * export, `""` for the export as a whole.
 */
export interface ImportWarning {
  path: string;
  message: string;
}

/** A warning with what it is about, so that one said of several sessions (a speaker's, a format's) is said once. */
export interface KeyedWarning extends ImportWarning {
  key: string;
}

/**
 * Thrown when a programme export cannot become a draft: not an export recap-kit reads, cut off,
 * ids missing or used twice, speakers referenced but not defined … `issues` lists every problem
 * at once, each with its path in the export.
 */
export class ImportError extends Error {
  override readonly name: string = "ImportError";
  readonly issues: readonly ImportIssue[];

  constructor(issues: readonly ImportIssue[], subject = "This programme export has") {
    super(`${subject} ${countOf(issues.length, "problem")}:\n${formatIssues(issues)}`);
    this.issues = issues;
  }
}

/**
 * Thrown when the import's options are wrong (a time zone that does not exist, a format that is
 * not one of the model's): a usage mistake, not a problem of the export. It is an `ImportError`, so
 * one `catch` handles both; paths name the option (`timeZone`, `formats.Sprechstunde`).
 */
export class ImportOptionsError extends ImportError {
  override readonly name: string = "ImportOptionsError";

  constructor(issues: readonly ImportIssue[]) {
    super(issues, "The import options have");
  }
}
