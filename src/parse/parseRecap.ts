import type { RecapIssue, RecapWarning } from "../model/errors.js";
import { RecapValidationError } from "../model/errors.js";
import { isParsedRecap, type Recap } from "../model/parsed.js";
import { type SafeValidateOptions, safeValidateRecap } from "../model/parseRecap.js";
import { linkWarnings } from "./linkWarnings.js";
import { type PrepareOptions, prepareRecap } from "./prepare.js";

/**
 * What {@link safeParseRecap} may be told: the language to assume, how to shorten excerpts, and
 * whether warnings and to-dos are problems (`strict`).
 */
export type SafeParseOptions = PrepareOptions & SafeValidateOptions;

/** What {@link parseRecap} may be told: {@link SafeParseOptions}, and a list for the warnings. */
export interface ParseOptions extends SafeParseOptions {
  /** Receives the warnings (see {@link SafeParseResult}): they are pushed onto this list. */
  warnings?: RecapWarning[] | undefined;
}

/**
 * The result of {@link safeParseRecap}. `warnings` say what was read but maybe not as the writer
 * meant, or will not be on the page (an unknown field, a speaker line read one of two ways); they
 * never make a document invalid, except with `strict`.
 */
export type SafeParseResult =
  | { ok: true; value: Recap; warnings: RecapWarning[] }
  | { ok: false; issues: RecapIssue[]; warnings: RecapWarning[] };

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
 * where the document enters: on the server, in a build step. An unknown field is left out with a
 * warning ("did you mean `summary`?"), pushed onto `options.warnings`; with `strict`, warnings and
 * to-dos are problems. The result is frozen plain data (send it to a client as it is); a recap
 * parsed already is returned as it is.
 *
 * @throws {RecapValidationError} listing every problem, each with its JSON path.
 */
export function parseRecap(input: unknown, options: ParseOptions = {}): Recap {
  const { warnings, ...parseOptions } = options;
  const result = safeParseRecap(input, parseOptions);
  warnings?.push(...result.warnings);
  if (!result.ok) throw new RecapValidationError(result.issues);
  return result.value;
}

/** Like {@link parseRecap}, but returns the problems and the warnings instead of throwing. Never throws. */
export function safeParseRecap(input: unknown, options: SafeParseOptions = {}): SafeParseResult {
  // Checked when it was parsed: what it was read from, and its warnings, are gone.
  if (isParsedRecap(input)) return { ok: true, value: input, warnings: [] };
  const result = safeValidateRecap(input, options);
  if (!result.ok) return result;
  const links = linkWarnings(result.value);
  const warnings = links.length ? [...result.warnings, ...links] : result.warnings;
  if (options.strict && links.length) return { ok: false, issues: links.map(({ path, message }) => ({ path, message })), warnings };
  return { ok: true, value: freeze(prepareRecap(result.value, options)), warnings };
}
