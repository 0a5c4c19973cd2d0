import { type RecapIssue, RecapValidationError } from "./errors.js";
import { isIsoDate } from "./isoDate.js";
import { assignIds } from "./slug.js";
import {
  type CallToAction,
  type Event,
  type Image,
  type Person,
  type Publisher,
  RESOURCE_KINDS,
  type Recap,
  type RelatedRead,
  type Resource,
  type ResourceKind,
  SESSION_FORMATS,
  type Session,
  type SessionFormat,
} from "./types.js";

type Fields = Record<string, unknown>;

/** The result of {@link safeParseRecap}. */
export type SafeParseResult = { ok: true; value: Recap } | { ok: false; issues: RecapIssue[] };

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
    default:
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

function drop<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/**
 * Walks the document once, collecting every problem instead of stopping at the first, and
 * building the normalised copy as it goes. Each reader returns `undefined` for a missing or
 * invalid value, so the caller can go on checking the rest.
 */
class Reader {
  readonly issues: RecapIssue[] = [];

  problem(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** Reads a property without trusting it: a throwing getter becomes an issue, not a crash. */
  field(object: Fields, key: string, path: string): unknown {
    try {
      return object[key];
    } catch (error) {
      this.problem(at(path, key), `could not be read (${reasonOf(error)}).`);
      return undefined;
    }
  }

  object(value: unknown, path: string, what: string): Fields | undefined {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as Fields;
    this.problem(path, `must be an object describing ${what}, but it is ${describe(value)}.`);
    return undefined;
  }

  text(object: Fields, key: string, path: string, required?: string): string | undefined {
    const here = at(path, key);
    const value = this.field(object, key, path);
    if (value === undefined || value === null) {
      if (required) this.problem(here, `is missing. ${required}`);
      return undefined;
    }
    if (typeof value !== "string") {
      this.problem(here, `must be text, but it is ${describe(value)}.`);
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed === "" && required) {
      this.problem(here, `is empty. ${required}`);
      return undefined;
    }
    return trimmed || undefined;
  }

  date(object: Fields, key: string, path: string): string | undefined {
    const value = this.text(object, key, path);
    if (value === undefined || isIsoDate(value)) return value;
    this.problem(
      at(path, key),
      `"${value}" is not a date. Write a date as YYYY-MM-DD (2021-05-04), or a date and time with its offset (2021-05-04T14:30:00+02:00).`,
    );
    return undefined;
  }

  choice<T extends string>(
    object: Fields,
    key: string,
    path: string,
    options: readonly T[],
    what: string,
    required?: string,
  ): T | undefined {
    const value = this.text(object, key, path, required);
    if (value === undefined) return undefined;
    if ((options as readonly string[]).includes(value)) return value as T;
    this.problem(at(path, key), `"${value}" is not a ${what}. Use one of: ${options.join(", ")}.`);
    return undefined;
  }

  language(object: Fields, key: string, path: string): string | undefined {
    const value = this.text(object, key, path);
    if (value === undefined) return undefined;
    try {
      return Intl.getCanonicalLocales(value)[0];
    } catch {
      this.problem(at(path, key), `"${value}" is not a language tag. Use a BCP 47 tag such as "en", "de" or "pt-BR".`);
      return undefined;
    }
  }

  dimension(object: Fields, key: string, path: string): number | undefined {
    const value = this.field(object, key, path);
    if (value === undefined || value === null) return undefined;
    if (typeof value === "number" && Number.isFinite(value) && value > 0) return value;
    this.problem(at(path, key), `must be a positive number of pixels, but it is ${describe(value)}.`);
    return undefined;
  }

  /** A list whose items are read by `item`; invalid items are reported and left out. */
  list<T>(
    object: Fields,
    key: string,
    path: string,
    item: (value: unknown, path: string) => T | undefined,
    required?: string,
  ): T[] | undefined {
    const here = at(path, key);
    const value = this.field(object, key, path);
    if (value === undefined || value === null) {
      if (required) this.problem(here, `is missing. ${required}`);
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.problem(here, `must be a list, but it is ${describe(value)}.`);
      return undefined;
    }
    const items: T[] = [];
    for (let index = 0; index < value.length; index++) {
      const itemPath = at(here, index);
      let raw: unknown;
      try {
        raw = value[index];
      } catch (error) {
        // An item behind a throwing getter is an issue at its own path, like a field.
        this.problem(itemPath, `could not be read (${reasonOf(error)}).`);
        continue;
      }
      const read = item(raw, itemPath);
      if (read !== undefined) items.push(read);
    }
    return items;
  }

  /** Optional list of text: empty strings and empty lists are dropped. */
  texts(object: Fields, key: string, path: string): string[] | undefined {
    const items = this.list(object, key, path, (value, itemPath) => {
      if (typeof value === "string") return value.trim() || undefined;
      this.problem(itemPath, `must be text, but it is ${describe(value)}.`);
      return undefined;
    });
    return items?.length ? items : undefined;
  }

  /** `Paragraphs`: one string or a list of strings, always returned as a list. */
  paragraphs(object: Fields, key: string, path: string): string[] | undefined {
    const value = this.field(object, key, path);
    if (typeof value === "string") return value.trim() ? [value.trim()] : undefined;
    // Not read a second time when missing: a getter that throws is one problem, not two.
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) return this.texts(object, key, path);
    this.problem(at(path, key), `must be text or a list of paragraphs, but it is ${describe(value)}.`);
    return undefined;
  }
}

function readImage(r: Reader, value: unknown, path: string): Image | undefined {
  const o = r.object(value, path, "an image (src and alt)");
  if (!o) return undefined;
  const src = r.text(o, "src", path, "An image needs the address of the picture (src).");
  const alt = r.field(o, "alt", path);
  let altText: string | undefined;
  if (typeof alt === "string") altText = alt.trim();
  else if (alt === undefined || alt === null)
    r.problem(at(path, "alt"), 'is missing. Describe the image for people who cannot see it, or write "" if it is only decoration.');
  else r.problem(at(path, "alt"), `must be text, but it is ${describe(alt)}.`);
  const width = r.dimension(o, "width", path);
  const height = r.dimension(o, "height", path);
  if (src === undefined || altText === undefined) return undefined;
  return drop({ src, alt: altText, width, height });
}

function readPerson(r: Reader, value: unknown, path: string, who: string): Person | undefined {
  const o = r.object(value, path, `a ${who}`);
  if (!o) return undefined;
  const name = r.text(o, "name", path, `Every ${who} needs a name.`);
  const person = drop({
    name: name ?? "",
    affiliation: r.text(o, "affiliation", path),
    role: r.text(o, "role", path),
    url: r.text(o, "url", path),
    avatar: r.text(o, "avatar", path),
  });
  return name === undefined ? undefined : person;
}

function readEvent(r: Reader, value: unknown, path: string): Event | undefined {
  if (value === undefined || value === null) {
    r.problem(path, "is missing. Say which event the recap is about, at least its name.");
    return undefined;
  }
  const o = r.object(value, path, "the event");
  if (!o) return undefined;
  const name = r.text(o, "name", path, "The event needs a name.");
  const startDate = r.date(o, "startDate", path);
  const endDate = r.date(o, "endDate", path);
  if (startDate && endDate && endDate.slice(0, 10) < startDate.slice(0, 10))
    r.problem(at(path, "endDate"), `${endDate} is before the start date ${startDate}: the event cannot end before it starts.`);
  const event = drop({
    name: name ?? "",
    edition: r.text(o, "edition", path),
    startDate,
    endDate,
    location: r.text(o, "location", path),
    url: r.text(o, "url", path),
  });
  return name === undefined ? undefined : event;
}

function readResource(r: Reader, value: unknown, path: string): Resource | undefined {
  const o = r.object(value, path, "a resource (kind and url)");
  if (!o) return undefined;
  const kind = r.choice<ResourceKind>(o, "kind", path, RESOURCE_KINDS, "resource kind", "Say what the link leads to.");
  const url = r.text(o, "url", path, "A resource needs the address it links to.");
  const label = r.text(o, "label", path);
  if (kind === undefined || url === undefined) return undefined;
  return drop({ kind, url, label });
}

function readSession(r: Reader, value: unknown, path: string): Session | undefined {
  const o = r.object(value, path, "a session");
  if (!o) return undefined;
  const id = r.text(o, "id", path);
  if (id !== undefined && /\s/.test(id))
    r.problem(at(path, "id"), `"${id}" contains spaces. A session id is used in links (#id): use letters, digits and dashes.`);
  const title = r.text(o, "title", path, "Every session needs a title.");
  const speakers = r.list(
    o,
    "speakers",
    path,
    (v, p) => readPerson(r, v, p, "speaker"),
    'List the speakers, or write "speakers": [] when there were none.',
  );
  const session = drop({
    id,
    title: title ?? "",
    code: r.text(o, "code", path),
    date: r.date(o, "date", path),
    speakers: speakers ?? [],
    track: r.text(o, "track", path),
    format: r.choice<SessionFormat>(o, "format", path, SESSION_FORMATS, "session format"),
    summary: r.paragraphs(o, "summary", path),
    takeaways: r.texts(o, "takeaways", path),
    resources: nonEmpty(r.list(o, "resources", path, (v, p) => readResource(r, v, p))),
    tags: r.texts(o, "tags", path),
  });
  return title === undefined ? undefined : session;
}

function readRelatedRead(r: Reader, value: unknown, path: string): RelatedRead | undefined {
  const o = r.object(value, path, "a related read");
  if (!o) return undefined;
  const read = drop({
    title: r.text(o, "title", path),
    url: r.text(o, "url", path),
    excerpt: r.text(o, "excerpt", path),
    date: r.date(o, "date", path),
    image: optional(o, "image", path, r, readImage),
  });
  if (read.title === undefined && read.excerpt === undefined && !r.issues.some((i) => i.path.startsWith(`${path}.`))) {
    r.problem(path, "needs a title or an excerpt: a teaser with neither has nothing to show.");
    return undefined;
  }
  return read;
}

function readCallToAction(r: Reader, value: unknown, path: string): CallToAction | undefined {
  const o = r.object(value, path, "the call to action");
  if (!o) return undefined;
  const title = r.text(o, "title", path, "The call to action needs a title.");
  const cta = drop({
    title: title ?? "",
    body: r.paragraphs(o, "body", path),
    label: r.text(o, "label", path),
    url: r.text(o, "url", path),
  });
  return title === undefined ? undefined : cta;
}

function readPublisher(r: Reader, value: unknown, path: string): Publisher | undefined {
  const o = r.object(value, path, "the publisher");
  if (!o) return undefined;
  const name = r.text(o, "name", path, "The publisher needs a name.");
  const url = r.text(o, "url", path);
  return name === undefined ? undefined : drop({ name, url });
}

function optional<T>(
  o: Fields,
  key: string,
  path: string,
  r: Reader,
  read: (r: Reader, value: unknown, path: string) => T | undefined,
): T | undefined {
  const value = r.field(o, key, path);
  return value === undefined || value === null ? undefined : read(r, value, at(path, key));
}

function nonEmpty<T>(items: T[] | undefined): T[] | undefined {
  return items?.length ? items : undefined;
}

function checkUniqueIds(r: Reader, input: Fields): void {
  // Paths point into the input, whose indexes differ from `sessions` when some were invalid.
  const raw = r.field(input, "sessions", "");
  if (!Array.isArray(raw)) return;
  const firstSeen = new Map<string, number>();
  for (let index = 0; index < raw.length; index++) {
    let id: unknown;
    try {
      const item: unknown = raw[index];
      id = item !== null && typeof item === "object" ? (item as Fields).id : undefined;
    } catch {
      continue; // A getter that throws: reading the session has reported it already.
    }
    if (typeof id !== "string" || !id.trim()) continue;
    const key = id.trim();
    const first = firstSeen.get(key);
    if (first === undefined) firstSeen.set(key, index);
    else r.problem(`sessions[${index}].id`, `"${key}" is already the id of sessions[${first}]. Session ids must be unique.`);
  }
}

function read(input: unknown): { value?: Recap; issues: RecapIssue[] } {
  const r = new Reader();
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    r.problem("", `must be an object with a title, an event and sessions, but it is ${describe(input)}.`);
    return { issues: r.issues };
  }
  const o = input as Fields;
  const title = r.text(o, "title", "", "The recap needs a title.");
  const event = readEvent(r, r.field(o, "event", ""), "event");
  const sessions = r.list(
    o,
    "sessions",
    "",
    (v, p) => readSession(r, v, p),
    'List the sessions, or write "sessions": [] when there are none yet.',
  );
  if (sessions) checkUniqueIds(r, o);

  const recap = drop({
    title: title ?? "",
    subtitle: r.text(o, "subtitle", ""),
    url: r.text(o, "url", ""),
    language: r.language(o, "language", ""),
    publishedAt: r.date(o, "publishedAt", ""),
    updatedAt: r.date(o, "updatedAt", ""),
    authors: nonEmpty(r.list(o, "authors", "", (v, p) => readPerson(r, v, p, "author"))),
    publisher: optional(o, "publisher", "", r, readPublisher),
    image: optional(o, "image", "", r, readImage),
    tags: r.texts(o, "tags", ""),
    event: event as Event,
    intro: r.paragraphs(o, "intro", ""),
    sessions: sessions ?? [],
    takeaways: r.texts(o, "takeaways", ""),
    outro: r.paragraphs(o, "outro", ""),
    relatedReads: nonEmpty(r.list(o, "relatedReads", "", (v, p) => readRelatedRead(r, v, p))),
    callToAction: optional(o, "callToAction", "", r, readCallToAction),
  });
  if (r.issues.length) return { issues: r.issues };

  const ids = assignIds(recap.sessions);
  recap.sessions = recap.sessions.map((session, index) => ({ ...session, id: ids[index] }));
  return { value: recap, issues: [] };
}

// Documents this module produced: RecapArticle need not check them again.
const validated = new WeakSet<object>();

/** A validated document is read-only all the way down, so what is derived from it never goes stale. */
function freeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) freeze(item);
    Object.freeze(value);
  }
  return value;
}

/** True for a value returned by `parseRecap` (or `safeParseRecap`), which needs no second check. */
export function isValidatedRecap(value: unknown): value is Recap {
  return typeof value === "object" && value !== null && validated.has(value);
}

/**
 * Checks a Recap document and returns it normalised: strings trimmed, `Paragraphs` as lists,
 * empty strings and lists dropped, every session with a unique `id`. Unknown fields are ignored.
 * The result is frozen: to change it, make a changed copy (`{ ...recap, title }`) and parse that.
 *
 * @throws {RecapValidationError} listing every problem, each with its JSON path.
 */
export function parseRecap(input: unknown): Recap {
  const result = safeParseRecap(input);
  if (!result.ok) throw new RecapValidationError(result.issues);
  return result.value;
}

/** Like {@link parseRecap}, but returns the problems instead of throwing. Never throws. */
export function safeParseRecap(input: unknown): SafeParseResult {
  try {
    const { value, issues } = read(input);
    if (!value) return { ok: false, issues };
    validated.add(freeze(value));
    return { ok: true, value };
  } catch (error) {
    // Only exotic inputs get here (a revoked Proxy, say).
    return { ok: false, issues: [{ path: "", message: `could not be read (${reasonOf(error)}).` }] };
  }
}
