import type { Recap } from "./types.js";

// Documents that parseRecap produced: RecapArticle need not check them again, and what is
// derived from them can be remembered. Kept apart from the validator, so that code which only
// asks (readingTime, say) does not pull the validator in.
const validated = new WeakSet<object>();

/** Marks a document that parseRecap produced. */
export function markValidated(recap: Recap): void {
  validated.add(recap);
}

/** True for a value returned by `parseRecap` (or `safeParseRecap`), which needs no second check. */
export function isValidatedRecap(value: unknown): value is Recap {
  return typeof value === "object" && value !== null && validated.has(value);
}
