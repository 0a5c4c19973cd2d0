import { type RecapIssue, RecapValidationError, type RecapWarning } from "./errors.js";
import { isIsoDate } from "./isoDate.js";
import { peopleFromText } from "./peopleText.js";
import { RESOURCE_KINDS, type RecapDocument, SESSION_FORMATS } from "./types.js";
import { safeHref, safeSrc } from "./url.js";
import { missingField, report, strictIssues, unknownKeys, warn, warnUnknown } from "./warnings.js";

type Fields = Record<string, unknown>;

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
 * Checks one value that is present (neither `undefined` nor `null`) at `path`, and returns it
 * normalised, or `undefined` after adding to `issues` what is wrong with it. `required` is the
 * sentence that says why a required value may not be left out, for the rules that need it.
 * `siblings` are the fields of the same object read so far.
 */
type Rule = (value: unknown, path: string, issues: RecapIssue[], required: string | undefined, siblings: Fields) => unknown;

/** A field of an object: its key, its rule and, when it is required, the sentence that says why. */
type Field = [key: string, rule: Rule, required?: string];

function at(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

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
function reasonOf(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "it threw a value that cannot be shown";
  }
}

/** Adds a problem; returns `undefined`, the value of what could not be read. */
function problem(issues: RecapIssue[], path: string, message: string): undefined {
  issues.push({ path, message });
}

const UNREADABLE = Symbol("unreadable");

/** Reads a property or a list item without trusting it: a throwing getter becomes an issue, not a crash. */
function get(object: Fields | unknown[], key: string | number, path: string, issues: RecapIssue[]): unknown {
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
const text: Rule = (value, path, issues, required) => {
  if (typeof value !== "string") return problem(issues, path, `must be text, but it is ${describe(value)}.`);
  const trimmed = value.trim();
  if (!trimmed && required) return problem(issues, path, `is empty. ${required}`);
  return trimmed || undefined;
};

/** A web address that is shown as a link: one that will not be (javascript:, a typo) is said, not dropped. */
const link: Rule = (value, path, issues, required, siblings) => {
  const url = text(value, path, issues, required, siblings) as string | undefined;
  if (url !== undefined && safeHref(url) === undefined)
    warn(
      issues,
      path,
      `"${url}" will be shown as text, not as a link: only web addresses (https://…), mailto: and addresses on the same site (/blog/…) are links.`,
    );
  return url;
};

/** The address of a picture: one that will not be shown is said. */
const picture: Rule = (value, path, issues, required, siblings) => {
  const src = text(value, path, issues, required, siblings) as string | undefined;
  if (src !== undefined && safeSrc(src) === undefined)
    warn(
      issues,
      path,
      `"${src}" will not be shown: a picture's address must be a web address (https://…) or one on the same site (/images/…).`,
    );
  return src;
};

/** Text that may be empty: an image's alt text, where `""` marks a decorative image. */
const altText: Rule = (value, path, issues) =>
  typeof value === "string" ? value.trim() : problem(issues, path, `must be text, but it is ${describe(value)}.`);

const date: Rule = (value, path, issues, required, siblings) => {
  const day = text(value, path, issues, required, siblings) as string | undefined;
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

/** The event's end, which cannot come before its start (read first). */
const endDate: Rule = (value, path, issues, required, siblings) => {
  const end = date(value, path, issues, required, siblings) as string | undefined;
  const start = siblings.startDate as string | undefined;
  if (start && end && end.slice(0, 10) < start.slice(0, 10))
    problem(issues, path, `${end} is before the start date ${start}: the event cannot end before it starts.`);
  return end;
};

/** One of `options`; `what` names what they are ("session format"). */
function choice(options: readonly string[], what: string): Rule {
  return (value, path, issues, required, siblings) => {
    const chosen = text(value, path, issues, required, siblings) as string | undefined;
    if (chosen === undefined || options.includes(chosen)) return chosen;
    return problem(issues, path, `"${chosen}" is not a ${what}. Use one of: ${options.join(", ")}.`);
  };
}

const language: Rule = (value, path, issues, required, siblings) => {
  const tag = text(value, path, issues, required, siblings) as string | undefined;
  if (tag === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return problem(issues, path, `"${tag}" is not a language tag. Use a BCP 47 tag such as "en", "de" or "pt-BR".`);
  }
};

const pixels: Rule = (value, path, issues) =>
  typeof value === "number" && Number.isFinite(value) && value > 0
    ? value
    : problem(issues, path, `must be a positive number of pixels, but it is ${describe(value)}.`);

/** A session id, which is used in links (#id). */
const sessionId: Rule = (value, path, issues, required, siblings) => {
  const id = text(value, path, issues, required, siblings) as string | undefined;
  if (id !== undefined && !/^[\p{L}\p{M}\p{N}_-]+$/u.test(id))
    problem(issues, path, `"${id}" cannot be a session id. It is used in links (#id): use only letters, digits, dashes and underscores.`);
  return id;
};

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
function list(item: Rule): Rule {
  return (value, path, issues, required) => {
    if (!Array.isArray(value)) return problem(issues, path, `must be a list, but it is ${describe(value)}.`);
    if (value.length > MAX_LIST_ITEMS)
      return problem(
        issues,
        path,
        `has ${value.length.toLocaleString("en")} items; a list in a recap may have at most ${MAX_LIST_ITEMS.toLocaleString("en")}.`,
      );
    const items: unknown[] = [];
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
const texts = /* @__PURE__ */ list((value, path, issues) =>
  typeof value === "string" ? value.trim() || undefined : problem(issues, path, `must be text, but it is ${describe(value)}.`),
);

/** `Paragraphs`: one string or a list of strings, always returned as a list. */
const paragraphs: Rule = (value, path, issues, required, siblings) => {
  if (typeof value === "string") return value.trim() ? [value.trim()] : undefined;
  if (Array.isArray(value)) return texts(value, path, issues, required, siblings);
  return problem(issues, path, `must be text or a list of paragraphs, but it is ${describe(value)}.`);
};

/**
 * An object, `what` saying what it should be ("describing a session"). Its fields are read in
 * order, those named in `first` before the others, so that problems are listed in the order
 * that reads best; the result keeps the order of `fields`. `check` looks at the whole.
 */
function object(
  what: string,
  fields: Field[],
  first: string[] = [],
  check?: (read: Fields, path: string, issues: RecapIssue[], found: number) => void,
): Rule {
  const reading = [...fields.filter(([key]) => first.includes(key)), ...fields.filter(([key]) => !first.includes(key))];
  const names = fields.map(([key]) => key);
  const known = new Set(names);
  const requiredNames = fields.filter(([, , required]) => required !== undefined).map(([key]) => key);
  // "describing a session (…)" names a session; the recap's own description names no noun.
  const noun = /^(?:describing|giving) (.+?)(?: \(|$)/.exec(what)?.[1] ?? "a recap";
  return (value, path, issues) => {
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return problem(issues, path, `must be an object ${what}, but it is ${describe(value)}.`);
    const read: Fields = {};
    const before = issues.length;
    const { unknown, typos } = unknownKeys(value, known, requiredNames);
    warnUnknown(issues, path, unknown, names, noun);
    for (const [key, rule, required] of reading) {
      const here = at(path, key);
      const raw = get(value as Fields, key, path, issues);
      if (raw !== undefined && raw !== null && raw !== UNREADABLE) read[key] = rule(raw, here, issues, required, read);
      else if (required) missingField(issues, path, key, required, typos.get(key));
    }
    check?.(read, path, issues, issues.length - before);
    const result: Fields = {};
    for (const [key] of fields) if (read[key] !== undefined) result[key] = read[key];
    return result;
  };
}

// ---------------------------------------------------------------------------------------------
// The Recap model (types in ./types.ts). The rules are made once, at load, and marked pure: a
// bundle that shares a chunk with the validator but does not validate (SpeakerByline's) drops them.
// ---------------------------------------------------------------------------------------------

const image = /* @__PURE__ */ object("describing an image (src and alt)", [
  ["src", picture, "An image needs the address of the picture (src)."],
  ["alt", altText, 'Describe the image for people who cannot see it, or write "" if it is only decoration.'],
  ["width", pixels],
  ["height", pixels],
]);

function person(who: string): Rule {
  return object(`describing ${/^[aeiou]/.test(who) ? "an" : "a"} ${who}`, [
    ["name", text, `Every ${who} needs a name.`],
    ["affiliation", text],
    ["role", text],
    ["url", link],
    ["avatar", picture],
  ]);
}

/** A list of people; a string there is read as a byline, with a warning (see peopleText.ts). */
function people(who: string): Rule {
  const read = list(person(who));
  return (value, path, issues, required, siblings) =>
    read(typeof value === "string" ? peopleFromText(value, path, issues, who) : value, path, issues, required, siblings);
}

const event = /* @__PURE__ */ object(
  "describing the event",
  [
    ["name", text, "The event needs a name."],
    ["edition", text],
    ["startDate", date],
    ["endDate", endDate],
    ["location", text],
    ["url", link],
  ],
  ["name", "startDate", "endDate"],
);

const resource = /* @__PURE__ */ object("describing a resource (kind and url)", [
  ["kind", /* @__PURE__ */ choice(RESOURCE_KINDS, "resource kind"), "Say what the link leads to."],
  ["url", link, "A resource needs the address it links to."],
  ["label", text],
]);

const session = /* @__PURE__ */ object(
  "describing a session",
  [
    ["id", sessionId],
    ["title", text, "Every session needs a title."],
    ["code", text],
    ["date", date],
    ["speakers", /* @__PURE__ */ people("speaker"), 'List the speakers, or write "speakers": [] when there were none.'],
    ["track", text],
    ["format", /* @__PURE__ */ choice(SESSION_FORMATS, "session format")],
    ["summary", paragraphs],
    ["takeaways", texts],
    ["resources", /* @__PURE__ */ list(resource)],
    ["tags", texts],
  ],
  ["id", "title", "speakers"],
);

/** The sessions, with ids that are unique. Paths point into the input, whose indexes differ from the list read when some were invalid. */
const sessions: Rule = (value, path, issues, required, siblings) => {
  const read = list(session)(value, path, issues, required, siblings);
  if (!Array.isArray(value)) return read;
  const firstSeen = new Map<string, number>();
  for (let index = 0; index < value.length; index++) {
    let id: unknown;
    try {
      const item: unknown = value[index];
      id = item !== null && typeof item === "object" ? (item as Fields).id : undefined;
    } catch {
      continue; // A getter that throws: reading the session has reported it already.
    }
    if (typeof id !== "string" || !id.trim()) continue;
    const key = id.trim();
    const first = firstSeen.get(key);
    if (first === undefined) firstSeen.set(key, index);
    else problem(issues, `sessions[${index}].id`, `"${key}" is already the id of sessions[${first}]. Session ids must be unique.`);
  }
  return read;
};

const relatedRead = /* @__PURE__ */ object(
  "describing a related read",
  [
    ["title", text],
    ["url", link],
    ["excerpt", text],
    ["date", date],
    ["image", image],
  ],
  [],
  (read, path, issues, found) => {
    // Only when its fields had no problems of their own: counted, not searched, so a thousand bad reads stay linear.
    if (read.title === undefined && read.excerpt === undefined && found === 0)
      problem(issues, path, "needs a title or an excerpt: a teaser with neither has nothing to show.");
  },
);

const callToAction = /* @__PURE__ */ object("describing the call to action", [
  ["title", text, "The call to action needs a title."],
  ["body", paragraphs],
  ["label", text],
  ["url", link],
]);

const publisher = /* @__PURE__ */ object("describing the publisher", [
  ["name", text, "The publisher needs a name."],
  ["url", link],
]);

/** The writer's own section headings: an object of them all left out is dropped. */
const headingsObject = /* @__PURE__ */ object("giving the article's own headings", [
  ["sessionIndex", text],
  ["sessionTakeaways", text],
  ["takeaways", text],
  ["outro", text],
  ["relatedReads", text],
]);
const headings: Rule = (value, path, issues, required, siblings) => {
  const read = headingsObject(value, path, issues, required, siblings) as Fields | undefined;
  return read && Object.keys(read).length ? read : undefined;
};

const recap = /* @__PURE__ */ object(
  "with a title, an event and sessions",
  [
    ["title", text, "The recap needs a title."],
    ["subtitle", text],
    ["url", text],
    ["language", language],
    ["publishedAt", date],
    ["updatedAt", date],
    ["authors", /* @__PURE__ */ people("author")],
    ["publisher", publisher],
    ["image", image],
    ["tags", texts],
    ["event", event, "Say which event the recap is about, at least its name."],
    ["intro", paragraphs],
    ["sessions", sessions, 'List the sessions, or write "sessions": [] when there are none yet.'],
    ["takeaways", texts],
    ["outro", paragraphs],
    ["relatedReads", /* @__PURE__ */ list(relatedRead)],
    ["callToAction", callToAction],
    ["headings", headings],
  ],
  ["title", "event", "sessions"],
);

/**
 * Checks a Recap document and returns it normalised: strings trimmed, `Paragraphs` as lists, empty
 * strings and lists dropped. Nothing else is worked out: `parseRecap` (src/parse) does that. For
 * code that needs the document and no more (the importers, the Markdown writer). An unknown field
 * is left out with a warning (pushed onto `options.warnings`), and so is anything else that was
 * read but maybe not as meant; with `strict`, warnings and to-dos are problems. Keys that start
 * with `x-` or `$` are left for other tools, without a warning.
 *
 * @throws {RecapValidationError} listing every problem, each with its JSON path.
 */
export function validateRecap(input: unknown, options: ValidateOptions = {}): RecapDocument {
  const result = safeValidateRecap(input, options);
  options.warnings?.push(...result.warnings);
  if (!result.ok) throw new RecapValidationError(result.issues);
  return result.value;
}

/** Like {@link validateRecap}, but returns the problems and the warnings instead of throwing. Never throws. */
export function safeValidateRecap(input: unknown, options: SafeValidateOptions = {}): SafeValidateResult {
  // Walks the document once, collecting every problem instead of stopping at the first.
  const issues = report();
  const { warnings } = issues;
  try {
    const document = recap(input, "", issues, undefined, {}) as RecapDocument;
    if (issues.length) return { ok: false, issues: [...issues], warnings };
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
