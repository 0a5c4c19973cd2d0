/**
 * The parsed Recap: what `parseRecap` returns and what the components render. It holds the
 * document as written (normalised) and, beside it, everything that depends on the document alone,
 * worked out once where the document enters: ids, the reading time, inline markup as a ready tree,
 * dates written in the recap's language, shortened excerpts, the sessions grouped by day. Rendering
 * it parses nothing, and it is plain JSON, so a server can hand it to a client component as it is.
 */
import {
  type Image,
  type Person,
  type Publisher,
  RESOURCE_KINDS,
  type RecapHeadings,
  type Resource,
  SESSION_FORMATS,
  type SessionFormat,
} from "./types.js";

/**
 * A piece of running text with its inline markup: `text` as written (`"See **this**"`), and
 * `nodes`, the tree that components render. Links in `nodes` hold only URLs that may be links;
 * the words of any other stay as text.
 */
export interface RichText {
  readonly text: string;
  readonly nodes: readonly RichNode[];
}

/** Text, or one element of inline markup. */
export type RichNode = string | RichElement;

/** One element of inline markup, ready to render. */
export type RichElement =
  | { readonly type: "emphasis"; readonly children: readonly RichNode[] }
  | { readonly type: "strong"; readonly children: readonly RichNode[] }
  | { readonly type: "code"; readonly text: string }
  | { readonly type: "link"; readonly href: string; readonly title?: string | undefined; readonly children: readonly RichNode[] }
  /** A web address written as text: isolated, so it keeps its order in right-to-left prose. */
  | { readonly type: "url"; readonly text: string };

/** A range of days as the recap's language writes it, in pieces: each end goes in its own `<time>`. */
export interface DateRangeText {
  /** The first day ("May 4"), or the only one. */
  readonly start: string;
  /** Between the two (" – ", "–"); absent for a single day. */
  readonly separator?: string | undefined;
  /** The last day with what the two share ("7, 2021"); absent for a single day. */
  readonly end?: string | undefined;
}

/** The event, as written, with its dates in words. */
export interface RecapEvent {
  readonly name: string;
  readonly edition?: string | undefined;
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
  readonly location?: string | undefined;
  readonly url?: string | undefined;
  /** The dates in the recap's language. */
  readonly dateText?: DateRangeText | undefined;
}

/** One session, as written, with its id, its text ready to render and its date in words. */
export interface Session {
  /** Unique within the recap: the document's own, or made from the title. */
  readonly id: string;
  readonly title: string;
  readonly code?: string | undefined;
  /** ISO date or date-time with offset, as written. */
  readonly date?: string | undefined;
  /** The day in the recap's language ("May 4, 2021"). */
  readonly dateText?: string | undefined;
  /** The time of day as written, on the 24-hour clock ("14:30"); only for a date-time. */
  readonly timeText?: string | undefined;
  readonly speakers: readonly Person[];
  readonly track?: string | undefined;
  readonly format?: SessionFormat | undefined;
  readonly summary?: readonly RichText[] | undefined;
  readonly takeaways?: readonly RichText[] | undefined;
  readonly resources?: readonly Resource[] | undefined;
  readonly tags?: readonly string[] | undefined;
}

/** A teaser for another article, as written, with its excerpt shortened for display. */
export interface RelatedRead {
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  /** The whole excerpt: the data is never shortened. */
  readonly excerpt?: RichText | undefined;
  /** The excerpt as plain text, shortened at a word (or character, for CJK) for display. */
  readonly shortExcerpt?: string | undefined;
  /**
   * For a teaser with a URL but no title: the start of `shortExcerpt` that carries the link and
   * names it, so that no link is a bare "Read more".
   */
  readonly linkText?: string | undefined;
  readonly date?: string | undefined;
  readonly dateText?: string | undefined;
  readonly image?: Image | undefined;
}

/** How to get in touch, as written, with its body ready to render. */
export interface CallToActionData {
  readonly title: string;
  readonly body?: readonly RichText[] | undefined;
  readonly label?: string | undefined;
  readonly url?: string | undefined;
}

/** The sessions of one day, for recaps whose sessions fall on more than one day. */
export interface RecapDay {
  /** "YYYY-MM-DD"; absent for the sessions without a date, which come last. */
  readonly day?: string | undefined;
  /** The day with its weekday in the recap's language ("Tuesday, May 4, 2021"). */
  readonly text?: string | undefined;
  /** The day's sessions, as indexes into `sessions`, in document order. */
  readonly sessions: readonly number[];
}

/** A whole recap as `parseRecap` returns it: what `RecapArticle` renders. */
export interface Recap {
  /** The version of the parsed form. It does not make a value a parsed recap: see {@link isParsedRecap}. */
  readonly $recapKit: 1;
  readonly title: string;
  readonly subtitle?: string | undefined;
  readonly url?: string | undefined;
  /** The document's language, as written. */
  readonly language?: string | undefined;
  /** The language the page is in: the document's, else the one `parseRecap` was given, else "en". */
  readonly lang: string;
  /** Its writing direction. */
  readonly dir: "ltr" | "rtl";
  readonly publishedAt?: string | undefined;
  /** `publishedAt` in the recap's language. */
  readonly publishedText?: string | undefined;
  readonly updatedAt?: string | undefined;
  /** `updatedAt` in the recap's language. */
  readonly updatedText?: string | undefined;
  readonly authors?: readonly Person[] | undefined;
  readonly publisher?: Publisher | undefined;
  readonly image?: Image | undefined;
  readonly tags?: readonly string[] | undefined;
  readonly event: RecapEvent;
  readonly intro?: readonly RichText[] | undefined;
  readonly sessions: readonly Session[];
  /** The sessions by day, when they fall on more than one day. */
  readonly days?: readonly RecapDay[] | undefined;
  readonly takeaways?: readonly RichText[] | undefined;
  readonly outro?: readonly RichText[] | undefined;
  readonly relatedReads?: readonly RelatedRead[] | undefined;
  readonly callToAction?: CallToActionData | undefined;
  /** The writer's own section headings, as written; each left out is the language's label. */
  readonly headings?: Readonly<RecapHeadings> | undefined;
  /** Minutes a reader needs for the article (at least one). */
  readonly readingMinutes: number;
}

// ---------------------------------------------------------------------------------------------
// Recognising a parsed recap. A field cannot say it: a document could carry it (`"$recapKit": 1`)
// and skip validation. A recap is trusted because this process made it (`parseRecap` brands what
// it returns), or because its shape and every value it carries have been checked here: a recap
// sent from a server as JSON, or built into a page by the Vite plugin.
// ---------------------------------------------------------------------------------------------

/** The recaps `parseRecap` made in this process: frozen, checked, branded. */
const made = /* @__PURE__ */ new WeakSet<object>();

/** Marks a recap that `parseRecap` made (and froze): internal to recap-kit. */
export function brand(recap: Recap): Recap {
  made.add(recap);
  return recap;
}

/** Whether `parseRecap` made this very object in this process (so it is frozen and was checked). */
export function madeByParseRecap(value: unknown): value is Recap {
  return typeof value === "object" && value !== null && made.has(value);
}

/** Checks one value; `depth` bounds the nesting of inline markup, which the data controls. */
type Check = (value: unknown, depth: number) => boolean;

const record = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text: Check = (value) => typeof value === "string";
const optional =
  (check: Check): Check =>
  (value, depth) =>
    value === undefined || check(value, depth);
const oneOf =
  (options: readonly unknown[]): Check =>
  (value) =>
    options.includes(value);
const listOf =
  (check: Check): Check =>
  (value, depth) => {
    if (!Array.isArray(value)) return false;
    // A loop, not every(): every() skips the holes of a sparse list.
    for (let index = 0; index < value.length; index++) if (!check(value[index], depth)) return false;
    return true;
  };
/**
 * An object whose fields hold what `fields` checks (a check that passes `undefined` makes a field
 * optional) and whose every other field is text. Text is what components show as text, and React
 * escapes it: so only what is not text, or must be there, or selects what is rendered, is listed,
 * and a text field added to the model needs no change here.
 */
const shape =
  (fields: Record<string, Check>): Check =>
  (value, depth) => {
    if (!record(value)) return false;
    for (const key of Object.keys(value)) if (!Object.hasOwn(fields, key) && typeof value[key] !== "string") return false;
    for (const key in fields) if (!(fields[key] as Check)(value[key], depth)) return false;
    return true;
  };

const count: Check = (value) => Number.isInteger(value) && (value as number) >= 0;
const pixels = /* @__PURE__ */ optional((value) => typeof value === "number" && value > 0 && value < Number.POSITIVE_INFINITY);
/** A BCP 47 language tag: written into the page's `lang`, so checked as the validator checks it. */
const languageTag: Check = (value) => {
  try {
    return typeof value === "string" && Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
};

/** Inline markup: a string, or an element whose children are inline markup, at most 32 deep. */
const node: Check = (value, depth) => {
  if (typeof value === "string") return true;
  if (depth > 32 || !record(value)) return false;
  // An own key only: "constructor" must not find Object's.
  const type = value.type as string;
  return Object.hasOwn(NODES, type) && (NODES[type] as Check)(value, depth + 1);
};
const nodes = /* @__PURE__ */ listOf(node);
const element = /* @__PURE__ */ shape({ type: text, children: nodes });
const literal = /* @__PURE__ */ shape({ type: text, text });
const NODES: Record<string, Check> = {
  emphasis: element,
  strong: element,
  code: literal,
  url: literal,
  link: /* @__PURE__ */ shape({ type: text, href: text, children: nodes }),
};
const richText = /* @__PURE__ */ shape({ text, nodes });
const richTexts = /* @__PURE__ */ optional(/* @__PURE__ */ listOf(richText));
const image = /* @__PURE__ */ optional(/* @__PURE__ */ shape({ src: text, alt: text, width: pixels, height: pixels }));
const people = /* @__PURE__ */ listOf(/* @__PURE__ */ shape({ name: text }));

const recapShape = /* @__PURE__ */ shape({
  $recapKit: /* @__PURE__ */ oneOf([1]),
  title: text,
  lang: languageTag,
  dir: /* @__PURE__ */ oneOf(["ltr", "rtl"]),
  authors: /* @__PURE__ */ optional(people),
  publisher: /* @__PURE__ */ optional(/* @__PURE__ */ shape({ name: text })),
  image,
  tags: /* @__PURE__ */ optional(/* @__PURE__ */ listOf(text)),
  event: /* @__PURE__ */ shape({ name: text, dateText: /* @__PURE__ */ optional(/* @__PURE__ */ shape({ start: text })) }),
  intro: richTexts,
  sessions: /* @__PURE__ */ listOf(
    /* @__PURE__ */ shape({
      // Used in links (#id) and as React keys: the validator's own rule.
      id: (value) => typeof value === "string" && /^[\p{L}\p{M}\p{N}_-]+$/u.test(value),
      title: text,
      speakers: people,
      format: /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(SESSION_FORMATS)),
      summary: richTexts,
      takeaways: richTexts,
      resources: /* @__PURE__ */ optional(
        /* @__PURE__ */ listOf(/* @__PURE__ */ shape({ kind: /* @__PURE__ */ oneOf(RESOURCE_KINDS), url: text })),
      ),
      tags: /* @__PURE__ */ optional(/* @__PURE__ */ listOf(text)),
    }),
  ),
  days: /* @__PURE__ */ optional(/* @__PURE__ */ listOf(/* @__PURE__ */ shape({ sessions: /* @__PURE__ */ listOf(count) }))),
  takeaways: richTexts,
  outro: richTexts,
  relatedReads: /* @__PURE__ */ optional(
    /* @__PURE__ */ listOf(/* @__PURE__ */ shape({ excerpt: /* @__PURE__ */ optional(richText), image })),
  ),
  callToAction: /* @__PURE__ */ optional(/* @__PURE__ */ shape({ title: text, body: richTexts })),
  headings: /* @__PURE__ */ optional(/* @__PURE__ */ shape({})),
  readingMinutes: (value) => count(value, 0) && (value as number) > 0,
});

/**
 * Whether a value is a parsed recap: one `parseRecap` made in this process, or data of exactly the
 * parsed shape (a recap sent from a server as JSON) whose every value has been checked (types,
 * language tag, direction, dates, ids, formats, the days' session numbers). Components still check
 * every address they render, so a recap whose links were changed on the way renders them as text.
 */
export function isParsedRecap(value: unknown): value is Recap {
  if (madeByParseRecap(value)) return true;
  try {
    if (!recapShape(value, 0)) return false;
    const { sessions, days } = value as Recap;
    // The days name sessions by their place in the list.
    for (const day of days ?? []) for (const index of day.sessions) if (index >= sessions.length) return false;
    return true;
  } catch {
    // A Proxy or a getter that throws: not a recap of ours.
    return false;
  }
}
