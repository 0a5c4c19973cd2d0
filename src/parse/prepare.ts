import { dateRangeParts, formatDate, formatTime, WEEKDAY_DATE } from "../format/date.js";
import { textDirection } from "../format/direction.js";
import { shorten, shortenToSentences } from "../format/shorten.js";
import { isIsoDate, isoDay } from "../model/isoDate.js";
import type { DateRangeText, Recap, RecapEvent, RelatedRead, RichText, Session } from "../model/parsed.js";
import { assignIds } from "../model/slug.js";
import { type RecapDocument, type RelatedReadDocument, type SessionDocument, toParagraphs } from "../model/types.js";
import { groupByDay } from "./days.js";
import { readingMinutes } from "./readingTime.js";
import { plainText, richText } from "./richText.js";

/** What `parseRecap` may be told about the page it prepares a recap for. */
export interface PrepareOptions {
  /**
   * The language of a document that does not name its own (its `language` field wins: it is the
   * language its text is written in). Dates are written in it.
   * @default "en"
   */
  language?: string | undefined;
  /**
   * Excerpts of related reads longer than this many characters are shortened for display (the data
   * stays whole): at a word, with the ellipsis, when the teaser links to its article; at the end of a
   * sentence, within half as much again, when it does not, since there is nothing further to read.
   * @default 180
   */
  excerptLength?: number | undefined;
  /**
   * What ends a shortened excerpt.
   * @default "…"
   */
  ellipsis?: string | undefined;
}

/** How long a link's accessible name may be when it has to come from the excerpt. */
const NAME_FROM_EXCERPT = 80;

function paragraphs(value: string | readonly string[] | undefined): readonly RichText[] | undefined {
  const list = toParagraphs(value as string | string[] | undefined);
  return list.length > 0 ? list.map(richText) : undefined;
}

function texts(value: readonly string[] | undefined): readonly RichText[] | undefined {
  return value && value.length > 0 ? value.map(richText) : undefined;
}

/** Leaves out what is undefined, so the parsed recap is JSON with no `undefined` in it. */
function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

function dateRange(start: string | undefined, end: string | undefined, language: string): DateRangeText | undefined {
  if (!start || !isIsoDate(start)) return start ? { start } : undefined;
  if (!end || !isIsoDate(end) || isoDay(end) <= isoDay(start)) return { start: formatDate(start, language) };
  return dateRangeParts(isoDay(start), isoDay(end), language);
}

function dateText(value: string | undefined, language: string): string | undefined {
  return value ? formatDate(value, language) : undefined;
}

function session(doc: SessionDocument, id: string, language: string): Session {
  return defined({
    ...doc,
    id,
    dateText: dateText(doc.date, language),
    timeText: doc.date ? formatTime(doc.date, language) : undefined,
    summary: paragraphs(doc.summary),
    takeaways: texts(doc.takeaways),
  }) as Session;
}

function relatedRead(doc: RelatedReadDocument, language: string, options: PrepareOptions): RelatedRead {
  const excerpt = doc.excerpt ? richText(doc.excerpt) : undefined;
  const text = excerpt ? plainText(excerpt.nodes) : undefined;
  const length = options.excerptLength ?? 180;
  const shown =
    text === undefined
      ? undefined
      : ((doc.url ? undefined : shortenToSentences(text, length * 1.5, language)) ??
        shorten(text, length, language, options.ellipsis ?? "…"));
  return defined({
    ...doc,
    excerpt,
    shortExcerpt: shown,
    // Without a title, the start of the excerpt carries the link and names it.
    linkText: !doc.title && doc.url && shown ? shorten(shown, NAME_FROM_EXCERPT, language, "") : undefined,
    dateText: dateText(doc.date, language),
  }) as RelatedRead;
}

/** Every piece of prose a reader reads in the article, as plain text (not the teasers of other articles). */
function* readableText(recap: Omit<Recap, "readingMinutes">): Iterable<string> {
  yield recap.title;
  if (recap.subtitle) yield recap.subtitle;
  const prose = (list: readonly RichText[] | undefined) => (list ?? []).map((text) => plainText(text.nodes));
  yield* prose(recap.intro);
  for (const item of recap.sessions) {
    yield item.title;
    yield* prose(item.summary);
    yield* prose(item.takeaways);
  }
  yield* prose(recap.takeaways);
  yield* prose(recap.outro);
  if (recap.callToAction) {
    yield recap.callToAction.title;
    yield* prose(recap.callToAction.body);
  }
}

/**
 * Does, once, the work that depends on the document alone: ids, inline markup read into trees,
 * dates written in the recap's language, excerpts shortened, sessions grouped by day, the reading
 * time. `doc` is valid and normalised (the validator's output).
 */
export function prepareRecap(doc: RecapDocument, options: PrepareOptions = {}): Recap {
  const lang = doc.language ?? options.language ?? "en";
  const ids = assignIds(doc.sessions);
  const sessions = doc.sessions.map((item, index) => session(item, ids[index] as string, lang));
  const event: RecapEvent = defined({ ...doc.event, dateText: dateRange(doc.event.startDate, doc.event.endDate, lang) });
  const days = groupByDay(sessions)?.map((group) =>
    defined({ day: group.day, text: group.day ? formatDate(group.day, lang, WEEKDAY_DATE) : undefined, sessions: group.sessions }),
  );
  const recap = defined({
    $recapKit: 1 as const,
    ...doc,
    lang,
    dir: textDirection(lang),
    publishedText: dateText(doc.publishedAt, lang),
    updatedText: dateText(doc.updatedAt, lang),
    event,
    intro: paragraphs(doc.intro),
    sessions,
    days,
    takeaways: texts(doc.takeaways),
    outro: paragraphs(doc.outro),
    relatedReads: doc.relatedReads?.map((read) => relatedRead(read, lang, options)),
    callToAction: doc.callToAction ? defined({ ...doc.callToAction, body: paragraphs(doc.callToAction.body) }) : undefined,
  });
  return { ...recap, readingMinutes: readingMinutes(readableText(recap)) };
}
