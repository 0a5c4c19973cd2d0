/** One problem in a Recap document: where it is, and what is wrong, in words a publisher understands. */
export interface RecapIssue {
  /** JSON path of the offending value, e.g. `sessions[3].speakers[0].name`; `""` for the document itself. */
  path: string;
  /** A sentence that says what is wrong and how to put it right. */
  message: string;
}

function plural(count: number): string {
  return count === 1 ? "1 problem" : `${count} problems`;
}

/** Formats issues as one readable block, one line per problem. */
export function formatIssues(issues: readonly RecapIssue[]): string {
  return issues.map((issue) => `- ${issue.path || "(document)"}: ${issue.message}`).join("\n");
}

/** Thrown by `parseRecap` with every problem of the document at once. */
export class RecapValidationError extends Error {
  override readonly name = "RecapValidationError";
  readonly issues: readonly RecapIssue[];

  constructor(issues: readonly RecapIssue[]) {
    super(`This recap document has ${plural(issues.length)}:\n${formatIssues(issues)}`);
    this.issues = issues;
  }
}
