import { countOf, formatIssues, type RecapIssue, RecapValidationError } from "../model/errors.js";

/** One problem in a Markdown recap: the JSON path of the value, what is wrong, and where it was written. */
export interface RecapMarkdownIssue extends RecapIssue {
  /** 1-based line in the Markdown source the value (or the problem) comes from. */
  line?: number | undefined;
}

/**
 * Something in a Markdown recap that is read, but maybe not as the writer meant (an image in a
 * paragraph, which is not shown): the recap is valid, and the writer should hear about it.
 */
export interface RecapMarkdownWarning {
  path: string;
  message: string;
  line?: number | undefined;
}

/** Formats issues as one readable block, one line per problem, each starting with its line number (the model's one format). */
export function formatMarkdownIssues(issues: readonly RecapMarkdownIssue[]): string {
  return formatIssues(issues);
}

/**
 * Thrown by `parseRecapMarkdown`. It is a `RecapValidationError`, so code that already catches
 * those for JSON documents handles Markdown ones too; its issues also carry the source line.
 */
export class RecapMarkdownError extends RecapValidationError {
  declare readonly issues: readonly RecapMarkdownIssue[];

  constructor(issues: readonly RecapMarkdownIssue[]) {
    super(issues);
    // The base class types `name` as its own literal, so a subclass cannot redeclare it.
    Object.defineProperty(this, "name", { value: "RecapMarkdownError", enumerable: false, configurable: true, writable: true });
    this.message = `This Markdown recap has ${countOf(issues.length, "problem")}:\n${formatIssues(issues)}`;
  }
}
