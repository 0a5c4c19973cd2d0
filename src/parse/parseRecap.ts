import type { RecapIssue, RecapWarning } from "../model/errors.js";
import { RecapValidationError } from "../model/errors.js";
import { brand, isParsedRecap, madeByParseRecap, type Recap } from "../model/parsed.js";
import { type SafeValidateOptions, safeValidateRecap } from "../model/validateRecap.js";
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

/** A copy of plain data (checked to be a parsed recap: text, numbers, lists and objects only). */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value === null || typeof value !== "object") return value;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) result[key] = copy((value as Record<string, unknown>)[key]);
  return result as T;
}

/** Pushes each item: a spread of a long list into push() would overflow the stack. */
function pushEach<T>(target: T[] | undefined, items: readonly T[]): void {
  if (target) for (const item of items) target.push(item);
}

/** The language to assume, as a canonical BCP 47 tag; `undefined` when it is not one. */
function languageTag(language: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(language)[0];
  } catch {
    return undefined;
  }
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
  pushEach(warnings, result.warnings);
  if (!result.ok) throw new RecapValidationError(result.issues);
  return result.value;
}

/** Like {@link parseRecap}, but returns the problems and the warnings instead of throwing. Never throws. */
export function safeParseRecap(input: unknown, options: SafeParseOptions = {}): SafeParseResult {
  // Made here: checked when it was parsed, and frozen since.
  if (madeByParseRecap(input)) return { ok: true, value: input, warnings: [] };
  // A parsed recap that came as data (JSON from a server): every value checked, then kept as a
  // frozen copy, so that nothing changes it after the check. Anything else, a document that says
  // `"$recapKit": 1` included, is a document, and is validated as one.
  if (isParsedRecap(input)) return { ok: true, value: brand(freeze(copy(input))), warnings: [] };
  return parseDocument(input, options);
}

/**
 * Validates and prepares a Recap document, never taking it for a parsed recap: for readers of
 * documents (Markdown), where whatever the text says is the writer's. Never throws.
 */
export function parseDocument(input: unknown, options: SafeParseOptions = {}): SafeParseResult {
  let language = options.language;
  if (language !== undefined) {
    language = languageTag(language);
    if (language === undefined)
      return {
        ok: false,
        issues: [
          {
            path: "",
            message: `the language to assume, "${options.language}", is not a language tag. Use a BCP 47 tag such as "en", "de" or "pt-BR".`,
          },
        ],
        warnings: [],
      };
  }
  const result = safeValidateRecap(input, options);
  if (!result.ok) return result;
  const links = linkWarnings(result.value);
  let warnings = result.warnings;
  if (links.length) {
    warnings = result.warnings.slice();
    pushEach(warnings, links);
  }
  if (options.strict && links.length) return { ok: false, issues: links.map(({ path, message }) => ({ path, message })), warnings };
  return { ok: true, value: brand(freeze(prepareRecap(result.value, { ...options, language }))), warnings };
}
