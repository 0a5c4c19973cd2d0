/**
 * The Recap document as a publisher writes it (JSON, or Markdown read into JSON): what
 * `parseRecap` accepts. `parseRecap` returns the parsed `Recap` (./parsed.ts) that components
 * render. See `content-model.md`.
 */

/** One paragraph, or several. A single string is one paragraph. */
export type Paragraphs = string | string[];

/** An image with its alternative text and, ideally, its intrinsic size. */
export interface Image {
  /** Image URL. Only `http:`, `https:` and relative URLs are ever loaded. */
  src: string;
  /** Alternative text; `""` marks a decorative image. */
  alt: string;
  /** Intrinsic width in pixels: reserves the space so nothing shifts while it loads. */
  width?: number | undefined;
  /** Intrinsic height in pixels. */
  height?: number | undefined;
}

/** A speaker or an author. */
export interface Person {
  name: string;
  /** Company or organisation. */
  affiliation?: string | undefined;
  /** Job title, or a part in the session such as "Moderator" or "Host". */
  role?: string | undefined;
  /** Profile page. */
  url?: string | undefined;
  /** Avatar image URL; when absent or broken, initials are shown instead. */
  avatar?: string | undefined;
}

/** The event the recap is about, as written. */
export interface EventDocument {
  /** "KubeCon + CloudNativeCon Europe" */
  name: string;
  /** "2021" */
  edition?: string | undefined;
  /** ISO date, "YYYY-MM-DD". */
  startDate?: string | undefined;
  /** ISO date, "YYYY-MM-DD". */
  endDate?: string | undefined;
  /** "Virtual", "Valencia, Spain" */
  location?: string | undefined;
  url?: string | undefined;
}

export const SESSION_FORMATS = ["keynote", "talk", "panel", "workshop", "lightning", "other"] as const;
/** What kind of session it was. */
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export const RESOURCE_KINDS = ["slides", "recording", "repo", "article", "docs", "other"] as const;
/** What a resource link leads to. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Slides, a recording, a repository… of one session. */
export interface Resource {
  kind: ResourceKind;
  url: string;
  /** Visible text; defaults to the kind's label ("Slides", "Recording", …). */
  label?: string | undefined;
}

/** One session of the recap, as written. */
export interface SessionDocument {
  /** Stable slug for deep links; derived from the title when absent. */
  id?: string | undefined;
  title: string;
  /** The programme's own code, e.g. "DEV311". */
  code?: string | undefined;
  /** ISO date or date-time with offset; sessions on different days are grouped by day. */
  date?: string | undefined;
  /** May be empty, e.g. for "Opening keynotes". */
  speakers: Person[];
  /** Track or co-located event, e.g. "ServiceMeshCon 2021". */
  track?: string | undefined;
  format?: SessionFormat | undefined;
  summary?: Paragraphs | undefined;
  /** Each may use inline markup. */
  takeaways?: string[] | undefined;
  resources?: Resource[] | undefined;
  tags?: string[] | undefined;
}

/** A teaser for another article, as written. */
export interface RelatedReadDocument {
  /** Real teasers sometimes have none: then `excerpt` is required. */
  title?: string | undefined;
  url?: string | undefined;
  /** May be very long: display is shortened, never the data. */
  excerpt?: string | undefined;
  /** ISO date. */
  date?: string | undefined;
  image?: Image | undefined;
}

/** How to get in touch, rendered once at the end; as written. */
export interface CallToActionDocument {
  title: string;
  body?: Paragraphs | undefined;
  /** Button or link text. */
  label?: string | undefined;
  url?: string | undefined;
}

/** Who publishes the recap. */
export interface Publisher {
  name: string;
  url?: string | undefined;
}

/**
 * The writer's own words for the article's section headings. Each one left out is the label of
 * the recap's language ("Key takeaways", "Unser Fazit" …); the call to action has its own `title`.
 */
export interface RecapHeadings {
  /** Over the navigation to every session ("Sessions in this recap"). */
  sessionIndex?: string | undefined;
  /** Over each session's takeaways ("Key takeaways"). */
  sessionTakeaways?: string | undefined;
  /** Over the article's own takeaways ("Our takeaways"). */
  takeaways?: string | undefined;
  /** Over the closing words; without it they follow the sessions with no heading. */
  outro?: string | undefined;
  /** Over the related reads ("What others have also read"). */
  relatedReads?: string | undefined;
}

/** A whole recap article, as written: the input of `parseRecap`. */
export interface RecapDocument {
  /** The article's own title. */
  title: string;
  subtitle?: string | undefined;
  /** Canonical URL of the article. */
  url?: string | undefined;
  /** BCP 47 tag such as "en", "de", "ja"; "en" when absent. */
  language?: string | undefined;
  /** ISO date "YYYY-MM-DD", or a full ISO date-time with offset. */
  publishedAt?: string | undefined;
  updatedAt?: string | undefined;
  authors?: Person[] | undefined;
  publisher?: Publisher | undefined;
  /** Hero and social image. */
  image?: Image | undefined;
  tags?: string[] | undefined;
  event: EventDocument;
  intro?: Paragraphs | undefined;
  /** May be empty. */
  sessions: SessionDocument[];
  /** The article's own overall takeaways. */
  takeaways?: string[] | undefined;
  /** Closing words after the sessions. */
  outro?: Paragraphs | undefined;
  relatedReads?: RelatedReadDocument[] | undefined;
  callToAction?: CallToActionDocument | undefined;
  /** The writer's own section headings, where they differ from the labels. */
  headings?: RecapHeadings | undefined;
}

/** Turns `Paragraphs` into a list, whatever form it came in. */
export function toParagraphs(value: Paragraphs | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
}

/** The event's name with its edition, unless the name already says it: "PyCon US 2024". */
export function eventTitle({ name, edition }: { name: string; edition?: string | undefined }): string {
  return edition && !name.includes(edition) ? `${name} ${edition}` : name;
}
