import { type RecapIssue, RecapValidationError, type RecapWarning } from "./errors.js";
import { reasonOf } from "./rules.js";
import { recap } from "./schema.js";
import type { RecapDocument } from "./types.js";
import { report, strictIssues } from "./warnings.js";

export { MAX_LIST_ITEMS } from "./rules.js";

/**
 * The result of {@link safeValidateRecap}. `warnings` say what was read but maybe not as the
 * writer meant, or will not be on the page (an unknown field, a link that shows as text); they
 * never make a document invalid, except in strict mode.
 */
export type SafeValidateResult =
  | { ok: true; value: RecapDocument; warnings: RecapWarning[] }
  | { ok: false; issues: RecapIssue[]; warnings: RecapWarning[] };

/** Options of {@link safeValidateRecap}. */
export interface SafeValidateOptions {
  /**
   * Warnings and to-dos (texts that start with `TODO:`) are problems: the document is refused
   * until there are none. For a publishing step that must not let a slip through.
   * @default false
   */
  strict?: boolean | undefined;
}

/** Options of {@link validateRecap}. */
export interface ValidateOptions extends SafeValidateOptions {
  /** Receives the warnings (see {@link SafeValidateResult}): they are pushed onto this list. */
  warnings?: RecapWarning[] | undefined;
}

/**
 * Checks a Recap document and returns it normalised: strings trimmed, `Paragraphs` as lists, empty
 * strings and lists dropped. Nothing else is worked out: `parseRecap` (src/parse) does that. For
 * code that needs the document and no more (the importers, the Markdown writer). An unknown field
 * is left out with a warning (pushed onto `options.warnings`), and so is anything else that was
 * read but maybe not as meant; with `strict`, warnings and to-dos are problems. Keys that start
 * with `x-` or `$` are left for other tools, without a warning, except `$recapKit`, the mark of a
 * parsed recap, which a document cannot carry.
 *
 * @throws {RecapValidationError} listing every problem, each with its JSON path.
 */
export function validateRecap(input: unknown, options: ValidateOptions = {}): RecapDocument {
  const result = safeValidateRecap(input, options);
  // One by one: a spread of a long list into push() would overflow the stack.
  if (options.warnings) for (const warning of result.warnings) options.warnings.push(warning);
  if (!result.ok) throw new RecapValidationError(result.issues);
  return result.value;
}

/** Like {@link validateRecap}, but returns the problems and the warnings instead of throwing. Never throws. */
export function safeValidateRecap(input: unknown, options: SafeValidateOptions = {}): SafeValidateResult {
  // Walks the document once, collecting every problem instead of stopping at the first.
  const issues = report();
  const { warnings } = issues;
  try {
    const document = recap(input, "", issues, undefined, {});
    if (issues.length) return { ok: false, issues: [...issues], warnings };
    // Each rule that gives nothing for a required value says why; this is only a guard.
    if (document === undefined) return { ok: false, issues: [{ path: "", message: "could not be read." }], warnings };
    if (options.strict) {
      const refused = strictIssues(warnings, document);
      if (refused.length) return { ok: false, issues: refused, warnings };
    }
    return { ok: true, value: document, warnings };
  } catch (error) {
    // Only exotic inputs get here (a revoked Proxy, say).
    return { ok: false, issues: [{ path: "", message: `could not be read (${reasonOf(error)}).` }], warnings };
  }
}
