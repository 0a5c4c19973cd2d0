import type { ResourceKind, SessionFormat } from "../model/types.js";

/**
 * A label that holds a count, in the forms its language needs: one per CLDR plural category
 * (`Intl.PluralRules`) the language uses. English and German use `one` and `other`, French `one`,
 * `many` and `other`, Japanese `other` only, Arabic all six: `zero`, `one` ("دقيقة واحدة"), `two`
 * ("دقيقتان"), `few` (3–10: "{minutes} دقائق"), `many` (11–99: "{minutes} دقيقة") and `other`
 * (100, 0.5 …). `other` is required; a category left out falls back to it.
 */
export type PluralForms = { other: string } & { [Category in Intl.LDMLPluralRule]?: string | undefined };

/**
 * Every piece of text recap-kit shows that is not content. Templates hold `{placeholders}`.
 * Components take a `Partial<RecapLabels>`; what is left out falls back to English.
 */
export interface RecapLabels {
  /** How a person and their role are shown: "{name} ({role})". */
  personWithRole: string;
  /** How names are tied to their organisation: "{names}, {affiliation}". */
  namesWithAffiliation: string;
  /** Between the organisations of a byline with three or more of them: "; " ("\u202f; " in French, "؛ " in Arabic, "、" in Japanese). */
  groupSeparator: string;
  /**
   * Before the last of three or more organisations of a byline joined with "and": "; and " ("A,
   * CNCF; B, Isovalent; and C, Google"). The language's own word and spacing: "؛ و" in Arabic,
   * where "و" is written onto the next word, "、" in Japanese, which joins with punctuation only.
   * With `conjunction="ampersand"`, `groupSeparator` and "& " are used instead.
   */
  groupLast: string;
  /** Between the items of a plain list, in the script's own punctuation: a person's role and organisation, names before "&": ", " ("، " in Arabic, "、" in Japanese). */
  listSeparator: string;
  /**
   * A list joined with "and", in the language's own words and punctuation: between two items
   * ("A and B"), before the last of three or more ("A, B, and C"), and between the others. Labels,
   * not `Intl.ListFormat`, so that server and browser (whose ICU versions differ) write the same
   * text, and a page carries only the languages it uses.
   */
  andPair: string;
  /** Before the last of three or more items joined with "and": ", and " (" und " in German). */
  andLast: string;
  /** Between the items of a list joined with "and", before the last: ", " (" و" in Arabic, "、" in Japanese). */
  andBetween: string;
  /** Accessible name of a byline shown as a list. */
  speakers: string;

  /** A session's day and time of day: "{date}, {time}". */
  dateAtTime: string;
  /** Hidden text of a session's self-link: "Link to this session: {title}". */
  linkToSession: string;
  /**
   * Hidden text naming what a badge (or the header's event line) shows, before it: "{label}:"
   * ("Track:"), in the script's punctuation: "{label}\u202f:" in French (a narrow no-break space
   * before the colon), "{label}：" in Japanese. A space follows it.
   */
  hiddenLabel: string;
  /** Hidden prefix of the session code badge. */
  sessionCode: string;
  /** Hidden prefix of the track badge. */
  track: string;
  /** Hidden prefix of the format badge. */
  format: string;
  /** Visible names of the session formats. */
  formats: Record<SessionFormat, string>;

  /** Accessible name of a session's list of resources. */
  resources: string;
  /** Default visible text of a resource link, per kind. */
  resourceKinds: Record<ResourceKind, string>;
  /** Hidden text after a resource's visible label, telling ten "Slides" links apart: "for “{title}”". */
  resourceContext: string;
  /** Hidden text before a resource's own label, saying what its icon shows: "{kind}: " ("Recording: "). */
  resourceKindPrefix: string;

  /** Heading of a takeaway list. */
  keyTakeaways: string;

  /** Heading of the related reads. */
  relatedReads: string;
  /** What ends a shortened excerpt. */
  ellipsis: string;

  /** Heading of the article's own takeaways. */
  recapTakeaways: string;
  /** Heading of the sessions without a date, after the day headings. */
  otherSessions: string;
  /** Accessible name of the session index. */
  sessionIndex: string;
  /** "By {authors}" in the header. */
  byAuthors: string;
  /** "Published {date}" in the header. */
  published: string;
  /** Who published the recap, when it has no date: "Published by {publisher}". */
  publisher: string;
  /** The date and who published it: "Published {date} by {publisher}". */
  publishedBy: string;
  /** "Updated {date}" in the header. */
  updated: string;
  /** Reading time, per plural form (see {@link PluralForms}): `{ other: "{minutes} min read" }`. */
  readingTime: PluralForms;
  /** Accessible name of the tag list. */
  tags: string;
  /** Accessible name of the event details. */
  event: string;
  /**
   * Heading of the box that shows an invalid document's problems (development only), per plural
   * form of their number (see {@link PluralForms}): `{ one: "This recap document has {count} problem", other: "… {count} problems" }`.
   */
  invalidDocument: PluralForms;
  /** Where a problem of an invalid document is about the document as a whole, in place of its path: "(document)". */
  wholeDocument: string;
}
