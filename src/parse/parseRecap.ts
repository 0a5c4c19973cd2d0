import type { RecapIssue } from "../model/errors.js";
import { RecapValidationError } from "../model/errors.js";
import { isParsedRecap, type Recap } from "../model/parsed.js";
import { safeValidateRecap } from "../model/parseRecap.js";
import { type PrepareOptions, prepareRecap } from "./prepare.js";

/** What {@link parseRecap} may be told: the language to assume, how to shorten excerpts. */
export type ParseOptions = PrepareOptions;

/** The result of {@link safeParseRecap}. */
export type SafeParseResult = { ok: true; value: Recap } | { ok: false; issues: RecapIssue[] };

/** A parsed recap is read-only all the way down: what is worked out from it never goes stale. */
function freeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) freeze(item);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks a Recap document and returns the parsed `Recap` that components render: the document
 * normalised (strings trimmed, `Paragraphs` as lists, empty strings and lists dropped, every
 * session with a unique `id`) with what depends on it alone worked out once (inline markup read,
 * dates in the recap's language, excerpts shortened, sessions by day, the reading time). Call it
 * where the document enters: on the server, in a build step. Unknown fields are ignored. The
 * result is frozen plain data (send it to a client as it is); a recap parsed already is returned
 * as it is.
 *
 * @throws {RecapValidationError} listing every problem, each with its JSON path.
 */
export function parseRecap(input: unknown, options?: ParseOptions): Recap {
  const result = safeParseRecap(input, options);
  if (!result.ok) throw new RecapValidationError(result.issues);
  return result.value;
}

/** Like {@link parseRecap}, but returns the problems instead of throwing. Never throws. */
export function safeParseRecap(input: unknown, options?: ParseOptions): SafeParseResult {
  if (isParsedRecap(input)) return { ok: true, value: input };
  const result = safeValidateRecap(input);
  return result.ok ? { ok: true, value: freeze(prepareRecap(result.value, options)) } : result;
}
