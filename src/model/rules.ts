import type { RecapIssue } from "./errors.js";
import { isIsoDate } from "./isoDate.js";
import { at } from "./path.js";
import { safeHref, safeSrc } from "./url.js";
import { missingField, unknownKeys, warn, warnUnknown } from "./warnings.js";

/** The fields of an object read so far, by key. */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * Checks one value that is present (neither `undefined` nor `null`) at `path`, and returns it
 * normalised, or `undefined` after adding to `issues` what is wrong with it. `required` is the
 * sentence that says why a required value may not be left out, for the rules that need it.
 * `siblings` are the fields of the same object read so far.
 */
export type Rule<T> = (value: unknown, path: string, issues: RecapIssue[], required: string | undefined, siblings: Fields) => T | undefined;

/** A field the model requires: its rule, and the sentence that tells the writer why it may not be left out. */
export type Needed<T> = readonly [rule: Rule<T>, required: string];

/** The keys of `T` that may be left out. */
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/**
 * How to read each field of the model's type `T`: an optional field is its rule, a required one
 * its rule with the sentence that says why ({@link Needed}). Every key of `T`, and no other, with
 * a rule that gives the field's type: a field added to a type but not to its schema, one the type
 * does not have, a rule of the wrong type, a required field without its sentence, each fails to
 * compile. The keys' order is the order fields are read and problems are listed in.
 */
export type Schema<T> = {
  [K in keyof T]-?: K extends OptionalKeys<T> ? Rule<NonNullable<T[K]>> : Needed<T[K]>;
};

export { at };

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return "text";
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `${value}`;
    case "object":
      return "an object";
    case "undefined":
      return "undefined";
    case "bigint":
      return `the number ${value}n`;
    default:
      // A function or a symbol: only JavaScript can pass them.
      return `a ${typeof value}`;
  }
}

/** Why reading failed, in words; never throws, whatever was thrown (a Proxy, an object without a prototype …). */
export function reasonOf(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "it threw a value that cannot be shown";
  }
}

/** Adds a problem; returns `undefined`, the value of what could not be read. */
export function problem(issues: RecapIssue[], path: string, message: string): undefined {
  issues.push({ path, message });
}

const UNREADABLE = Symbol("unreadable");

/** Reads a property or a list item without trusting it: a throwing getter becomes an issue, not a crash. */
function get(object: object, key: string | number, path: string, issues: RecapIssue[]): unknown {
  try {
    return (object as Fields)[key];
  } catch (error) {
    problem(issues, at(path, key), `could not be read (${reasonOf(error)}).`);
    return UNREADABLE;
  }
}

// ---------------------------------------------------------------------------------------------
// Rules for single values
// ---------------------------------------------------------------------------------------------

/** Text, trimmed; empty text is dropped, or is a problem when the text is required. */
export const text: Rule<string> = (value, path, issues, required) => {
  if (typeof value !== "string") return problem(issues, path, `must be text, but it is ${describe(value)}.`);
  const trimmed = value.trim();
  if (!trimmed && required) return problem(issues, path, `is empty. ${required}`);
  return trimmed || undefined;
};

/** A web address that is shown as a link: one that will not be (javascript:, a typo) is said, not dropped. */
export const link: Rule<string> = (value, path, issues, required, siblings) => {
  const url = text(value, path, issues, required, siblings);
  if (url !== undefined && safeHref(url) === undefined)
    warn(
      issues,
      path,
      `"${url}" will be shown as text, not as a link: only web addresses (https://…), mailto: and addresses on the same site (/blog/…) are links.`,
    );
  return url;
};

/** The address of a picture: one that will not be shown is said. */
export const picture: Rule<string> = (value, path, issues, required, siblings) => {
  const src = text(value, path, issues, required, siblings);
  if (src !== undefined && safeSrc(src) === undefined)
    warn(
      issues,
      path,
      `"${src}" will not be shown: a picture's address must be a web address (https://…) or one on the same site (/images/…).`,
    );
  return src;
};

/** Text that may be empty: an image's alt text, where `""` marks a decorative image. */
export const altText: Rule<string> = (value, path, issues) =>
  typeof value === "string" ? value.trim() : problem(issues, path, `must be text, but it is ${describe(value)}.`);

/** A day (YYYY-MM-DD), or a date and time with its offset. */
export const date: Rule<string> = (value, path, issues, required, siblings) => {
  const day = text(value, path, issues, required, siblings);
  if (day === undefined || isIsoDate(day)) return day;
  return problem(
    issues,
    path,
    `"${day}" is not a date in the form a recap uses.${readings(day)} Write a date as YYYY-MM-DD (2021-05-04), or a date and time with its offset (2021-05-04T14:30:00+02:00).`,
  );
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** " Is it 2 October 2023 (2023-10-02) or February 10, 2023 (2023-02-10)?" for a date written day and month as numbers. */
function readings(day: string): string {
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(day);
  if (!match) return "";
  const [, a, b, year] = match as unknown as [string, string, string, string];
  const iso = (month: string, date: string) => `${year}-${month.padStart(2, "0")}-${date.padStart(2, "0")}`;
  const named = (month: string, date: string) => `${Number(date)} ${MONTHS[Number(month) - 1]} ${year} (${iso(month, date)})`;
  const dayFirst = isIsoDate(iso(b, a)) ? named(b, a) : undefined;
  const monthFirst = isIsoDate(iso(a, b)) ? named(a, b) : undefined;
  if (dayFirst && monthFirst && dayFirst !== monthFirst) return ` Is it ${dayFirst}, day first, or ${monthFirst}, month first?`;
  const only = dayFirst ?? monthFirst;
  return only ? ` It can only be ${only}.` : "";
}

/** One of `options`; `what` names what they are ("session format"). */
export function choice<T extends string>(options: readonly T[], what: string): Rule<T> {
  return (value, path, issues, required, siblings) => {
    const chosen = text(value, path, issues, required, siblings);
    if (chosen === undefined) return undefined;
    const option = options.find((option) => option === chosen);
    if (option !== undefined) return option;
    return problem(issues, path, `"${chosen}" is not a ${what}. Use one of: ${options.join(", ")}.`);
  };
}

/** A BCP 47 language tag, in its canonical form. */
export const language: Rule<string> = (value, path, issues, required, siblings) => {
  const tag = text(value, path, issues, required, siblings);
  if (tag === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return problem(issues, path, `"${tag}" is not a language tag. Use a BCP 47 tag such as "en", "de" or "pt-BR".`);
  }
};

export const pixels: Rule<number> = (value, path, issues) =>
  typeof value === "number" && Number.isFinite(value) && value > 0
    ? value
    : problem(issues, path, `must be a positive number of pixels, but it is ${describe(value)}.`);

// ---------------------------------------------------------------------------------------------
// Rules for lists and objects
// ---------------------------------------------------------------------------------------------

/**
 * The most items a list may have. Far more than any recap holds (a conference of a thousand
 * talks), and checked before a single item is read: a sparse list of length four million is a
 * few bytes of JavaScript that would otherwise cost gigabytes of problems.
 */
export const MAX_LIST_ITEMS = 100_000;

/** A list whose items `item` reads; invalid items are reported and left out. An empty list is dropped unless required. */
export function list<T>(item: Rule<T>): Rule<T[]> {
  return (value, path, issues, required) => {
    if (!Array.isArray(value)) return problem(issues, path, `must be a list, but it is ${describe(value)}.`);
    if (value.length > MAX_LIST_ITEMS)
      return problem(
        issues,
        path,
        `has ${value.length.toLocaleString("en")} items; a list in a recap may have at most ${MAX_LIST_ITEMS.toLocaleString("en")}.`,
      );
    const items: T[] = [];
    for (let index = 0; index < value.length; index++) {
      // An item behind a throwing getter is an issue at its own path, like a field.
      const raw = get(value, index, path, issues);
      const read = raw === UNREADABLE ? undefined : item(raw, at(path, index), issues, undefined, {});
      if (read !== undefined) items.push(read);
    }
    return items.length || required ? items : undefined;
  };
}

/** A list of text; empty strings are dropped. */
export const texts = /* @__PURE__ */ list<string>((value, path, issues) =>
  typeof value === "string" ? value.trim() || undefined : problem(issues, path, `must be text, but it is ${describe(value)}.`),
);

/** `Paragraphs`: one string or a list of strings, always returned as a list. */
export const paragraphs: Rule<string[]> = (value, path, issues, required, siblings) => {
  if (typeof value === "string") return value.trim() ? [value.trim()] : undefined;
  if (Array.isArray(value)) return texts(value, path, issues, required, siblings);
  return problem(issues, path, `must be text or a list of paragraphs, but it is ${describe(value)}.`);
};

/** A field as the object rule walks it. */
interface Step {
  key: string;
  rule: Rule<unknown>;
  required: string | undefined;
}

/**
 * An object of the model's type `T`, `what` saying what it should be ("describing a session").
 * Its fields are read in the order of `schema`, those named in `first` before the others, so that
 * problems are listed in the order that reads best; the result keeps the order of `schema`.
 * `check` looks at the fields read. An object without one of its required fields is reported and
 * read as `undefined`, like any other value that could not be read.
 */
export function object<T extends object>(
  what: string,
  schema: Schema<T>,
  first: readonly (keyof T & string)[] = [],
  check?: (read: Fields, path: string, issues: RecapIssue[], found: number) => void,
): Rule<T> {
  const entries: [string, Rule<unknown> | Needed<unknown>][] = Object.entries(schema);
  const fields: Step[] = entries.map(([key, field]) =>
    typeof field === "function" ? { key, rule: field, required: undefined } : { key, rule: field[0], required: field[1] },
  );
  const firsts: readonly string[] = first;
  const reading = [...fields.filter(({ key }) => firsts.includes(key)), ...fields.filter(({ key }) => !firsts.includes(key))];
  const names = fields.map(({ key }) => key);
  const known = new Set(names);
  const requiredNames = fields.filter(({ required }) => required !== undefined).map(({ key }) => key);
  // "describing a session (…)" names a session; the recap's own description names no noun.
  const noun = /^(?:describing|giving) (.+?)(?: \(|$)/.exec(what)?.[1] ?? "a recap";
  return (value, path, issues) => {
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return problem(issues, path, `must be an object ${what}, but it is ${describe(value)}.`);
    const read: Record<string, unknown> = {};
    const before = issues.length;
    const { unknown, typos } = unknownKeys(value, known, requiredNames);
    warnUnknown(issues, path, unknown, names, noun);
    for (const { key, rule, required } of reading) {
      const raw = get(value, key, path, issues);
      if (raw !== undefined && raw !== null && raw !== UNREADABLE) read[key] = rule(raw, at(path, key), issues, required, read);
      else if (required) missingField(issues, path, key, required, typos.get(key));
    }
    check?.(read, path, issues, issues.length - before);
    const result: Record<string, unknown> = {};
    for (const { key, required } of fields)
      if (read[key] !== undefined) result[key] = read[key];
      // A required field that could not be read has been reported, by its rule or above.
      else if (required) return undefined;
    // What the schema's type promises: every required field is there, and each field holds what
    // its rule, typed by `Schema<T>`, gave. The one place the kernel asserts a type.
    return result as T;
  };
}
