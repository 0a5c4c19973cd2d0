import type { RecapIssue, RecapWarning } from "./errors.js";
import { at } from "./path.js";
import { closest } from "./suggest.js";
import { findTodos } from "./todo.js";

/**
 * The problems found while reading a document, with the warnings beside them: the validator's
 * rules pass the list of problems along, and the warnings travel with it.
 */
export type Report = RecapIssue[] & { warnings?: RecapWarning[] };

/** A new, empty report. */
export function report(): Report & { warnings: RecapWarning[] } {
  return Object.assign([] as RecapIssue[], { warnings: [] as RecapWarning[] });
}

/** Adds a warning to the report, if it keeps them. */
export function warn(issues: RecapIssue[], path: string, message: string): void {
  (issues as Report).warnings?.push({ path, message });
}

/** The version mark of a parsed recap: a document that carries it is not trusted for it. */
const PARSED_MARK = "$recapKit";

/** Keys left for other tools, never warned about: `$schema`, `x-cms-id`. */
function isForTools(key: string): boolean {
  return key !== PARSED_MARK && (key.startsWith("$") || key.startsWith("x-") || key.startsWith("X-"));
}

/** The keys of an object that the model does not know, and the misspelled ones of its required fields. */
export interface UnknownKeys {
  /** Unknown keys, in their order, not counting the misspellings. */
  unknown: string[];
  /** Required key → the unknown key that is most likely it misspelled (`event` → `evnet`). */
  typos: Map<string, string>;
}

/** Sorts the keys of `value` against the model's; never throws, whatever `value` is (a Proxy …). */
export function unknownKeys(value: object, known: ReadonlySet<string>, required: readonly string[]): UnknownKeys {
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    keys = [];
  }
  const unknown = keys.filter((key) => !known.has(key) && !isForTools(key));
  const typos = new Map<string, string>();
  if (unknown.length)
    for (const key of required) {
      if (keys.includes(key)) continue;
      const typo = unknown.find((candidate) => closest(candidate, [key]) === key);
      if (typo === undefined) continue;
      typos.set(key, typo);
      unknown.splice(unknown.indexOf(typo), 1);
    }
  return { unknown, typos };
}

/** The problem of a required field that is missing; when it is there misspelled (`evnet`), the problem names that key and points at it. */
export function missingField(issues: RecapIssue[], path: string, key: string, required: string, typo: string | undefined): void {
  const here = at(path, key);
  if (typo === undefined) issues.push({ path: here, message: `is missing. ${required}` });
  else
    issues.push({
      path: here,
      message: `is missing, but there is "${typo}": if that is "${key}" misspelled, correct its spelling. ${required}`,
      near: at(path, typo),
    });
}

/** One warning for each unknown key of an object, with the closest known key or the list of them. */
export function warnUnknown(issues: RecapIssue[], path: string, unknown: readonly string[], known: readonly string[], noun: string): void {
  if (!(issues as Report).warnings) return;
  for (const key of unknown) {
    if (key === PARSED_MARK) {
      warn(
        issues,
        at(path, key),
        "marks a recap that parseRecap made, and this is not one (or it was changed since), so it is read as a document and this field is left out.",
      );
      continue;
    }
    const match = closest(key, known);
    const advice =
      match === undefined
        ? ` The fields of ${noun} are: ${known.join(", ")}. (A field whose name starts with "x-" or "$" is left for other tools, without a warning.)`
        : ` Did you mean "${match}"?`;
    warn(issues, at(path, key), `is not a field of ${noun}, so it is left out.${advice}`);
  }
}

/**
 * What strict mode makes of warnings and to-dos: problems. A to-do is a text that still starts
 * with `TODO:`, which is not to be published.
 */
export function strictIssues(warnings: readonly RecapWarning[], value: unknown): RecapIssue[] {
  const issues: RecapIssue[] = warnings.map(({ path, message }) => ({ path, message }));
  for (const todo of findTodos(value))
    issues.push({ path: todo.path, message: `is still a to-do ("${todo.text}"): write it, or take it out, before publishing.` });
  return issues;
}
