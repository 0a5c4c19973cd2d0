/**
 * The parsed Recap: what `parseRecap` returns and what the components render. It holds the
 * document as written (normalised) and, beside it, everything that depends on the document alone,
 * worked out once where the document enters: ids, the reading time, inline markup as a ready tree,
 * dates written in the recap's language, shortened excerpts, the sessions grouped by day. Rendering
 * it parses nothing, and it is plain JSON, so a server can hand it to a client component as it is.
 */
import type { Image, Person, Publisher, RecapHeadings, Resource, SessionFormat } from "./types.js";

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

/** Marks a parsed recap; plain data, so it survives being sent from a server to a client. */
export const PARSED = "$recapKit";

/** A whole recap as `parseRecap` returns it: what `RecapArticle` renders. */
export interface Recap {
  /** The version of the parsed form: `parseRecap` made this object (or a copy of one). */
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

/** Whether a value is a parsed recap (made by `parseRecap`, or a copy of one sent over the wire). */
export function isParsedRecap(value: unknown): value is Recap {
  try {
    return typeof value === "object" && value !== null && (value as { [PARSED]?: unknown })[PARSED] === 1;
  } catch {
    // A Proxy or a getter that throws: not a recap of ours, and the validator says why.
    return false;
  }
}
