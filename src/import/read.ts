import { printable } from "../model/errors.js";
import type { ImportIssue, KeyedWarning } from "./errors.js";
import { draftText } from "./text.js";

/** A JSON object of the export, not trusted to have any field or any type. */
export type Fields = Record<string, unknown>;

/**
 * The most items recap-kit reads from one list of an export. The largest programmes have a few
 * thousand sessions; a list longer than this is the wrong file, or a file that would take minutes
 * to turn into a recap nobody could read.
 */
export const MAX_ITEMS = 10_000;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The path of `key` under `path`: `sessions[3].speakers`, and `rooms["Saal 1"]` for a key that is not a name. */
export function at(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  // A long key is shortened: it is in the path of every session under it, and so in every message about them.
  if (!IDENTIFIER.test(key) || key.length > 80) return `${path}[${quote(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** What a value is, in words: "text", "the number 42", "a list", "null". */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * Quotes a value of the export for a message, shortened so that a huge or hostile value cannot
 * flood it, with control and bidi characters as `\u` escapes, so that a message printed as it is
 * cannot drive a terminal.
 */
export function quote(text: string): string {
  return printable(JSON.stringify(shortened(text)));
}

/** A text of the export as a message names it, without quotes: a name, shortened like {@link quote}. */
export function shortened(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** What a getter that threw gives: a problem already reported, which every reader passes over. */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/** Absent, `null`, or already reported as unreadable: nothing to read, and nothing more to say. */
export function isAbsent(value: unknown): value is undefined | null | typeof UNREADABLE {
  return value === undefined || value === null || value === UNREADABLE;
}

function reasonOf(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "it threw a value that cannot be shown";
  }
}

/**
 * Reads an export of unknown shape and collects every problem instead of stopping at the first.
 * Every read goes through `get`, so a getter that throws is a problem at its path, not a crash.
 */
export class Reader {
  readonly issues: ImportIssue[] = [];

  problem(path: string, message: string): undefined {
    this.issues.push({ path, message });
    return undefined;
  }

  /** A property or a list item, or {@link UNREADABLE} after a problem when its getter throws. */
  get(object: Fields | readonly unknown[], key: string | number, path: string): unknown {
    try {
      return (object as Fields)[key];
    } catch (error) {
      this.problem(at(path, key), `could not be read (${reasonOf(error)}).`);
      return UNREADABLE;
    }
  }

  /** An object, or `undefined` after a problem. `what` says what it should describe ("a session"). */
  object(value: unknown, path: string, what: string): Fields | undefined {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as Fields;
    if (value === UNREADABLE) return undefined;
    if (value === undefined) return this.problem(path, `is missing. It should be an object describing ${what}.`);
    return this.problem(path, `must be an object describing ${what}, but it is ${describe(value)}.`);
  }

  /** A list of at most {@link MAX_ITEMS} items, or `undefined` after a problem. `what` names its items ("sessions"). */
  list(value: unknown, path: string, what: string): readonly unknown[] | undefined {
    if (value === UNREADABLE) return undefined;
    if (!Array.isArray(value)) return this.problem(path, `must be a list of ${what}, but it is ${describe(value)}.`);
    if (value.length > MAX_ITEMS)
      return this.problem(
        path,
        `has ${value.length.toLocaleString("en")} ${what}, more than the ${MAX_ITEMS.toLocaleString("en")} recap-kit reads. Is this the right file?`,
      );
    return value;
  }

  /** Calls `read` on every item of a list, with the item's path. */
  each(list: readonly unknown[], path: string, read: (item: unknown, path: string, index: number) => void): void {
    for (let index = 0; index < list.length; index++) read(this.get(list, index, path), at(path, index), index);
  }

  /**
   * Text, trimmed; `undefined` when absent, `null` or empty. Anything else that is not text is a
   * problem. With `warnings`, it is a text the draft takes, without what is not text (see `draftText`).
   */
  optionalText(value: unknown, path: string, warnings?: KeyedWarning[]): string | undefined {
    if (isAbsent(value)) return undefined;
    if (typeof value !== "string") return this.problem(path, `must be text, but it is ${describe(value)}.`);
    return warnings ? draftText(value, path, warnings) : value.trim() || undefined;
  }

  /** Text that must be there; `why` says why, for the writer who has to fix it. `warnings`: as for `optionalText`. */
  requiredText(value: unknown, path: string, why: string, warnings?: KeyedWarning[]): string | undefined {
    if (value === UNREADABLE) return undefined;
    if (value === undefined || value === null) return this.problem(path, `is missing. ${why}`);
    const text = this.optionalText(value, path, warnings);
    if (text === undefined && typeof value === "string")
      return this.problem(path, value.trim() ? `has nothing but characters that are not text. ${why}` : `is empty. ${why}`);
    return text;
  }

  /** An id: text or a whole number, as text. */
  id(value: unknown, path: string, why: string): string | undefined {
    if (typeof value === "number") {
      if (Number.isSafeInteger(value)) return String(value);
      return this.problem(path, `must be text or a whole number, but it is ${describe(value)}. ${why}`);
    }
    return this.requiredText(value, path, why);
  }

  /** `true` or `false`; absent and `null` count as `false`. */
  flag(value: unknown, path: string): boolean {
    if (isAbsent(value)) return false;
    if (typeof value === "boolean") return value;
    this.problem(path, `must be true or false, but it is ${describe(value)}.`);
    return false;
  }
}
