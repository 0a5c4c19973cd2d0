import { dateRangeParts, formatDate, formatTime, WEEKDAY_DATE } from "../format/date.js";
import { textDirection } from "../format/direction.js";
import { shorten } from "../format/shorten.js";
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
   * Excerpts of related reads longer than this many characters are shortened for display (the data stays whole).
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

function session(document: SessionDocument, id: string, language: string): Session {
  return defined({
    ...document,
    id,
    dateText: dateText(document.date, language),
    timeText: document.date ? formatTime(document.date, language) : undefined,
    summary: paragraphs(document.summary),
    takeaways: texts(document.takeaways),
  }) as Session;
}

function relatedRead(document: RelatedReadDocument, language: string, options: PrepareOptions): RelatedRead {
  const excerpt = document.excerpt ? richText(document.excerpt) : undefined;
  const shown = excerpt ? shorten(plainText(excerpt.nodes), options.excerptLength ?? 180, language, options.ellipsis ?? "…") : undefined;
  return defined({
    ...document,
    excerpt,
    shortExcerpt: shown,
    // Without a title, the start of the excerpt carries the link and names it.
    linkText: !document.title && document.url && shown ? shorten(shown, NAME_FROM_EXCERPT, language, "") : undefined,
    dateText: dateText(document.date, language),
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
 * time. `document` is valid and normalised (the validator's output).
 */
export function prepareRecap(document: RecapDocument, options: PrepareOptions = {}): Recap {
  const lang = document.language ?? options.language ?? "en";
  const ids = assignIds(document.sessions);
  const sessions = document.sessions.map((item, index) => session(item, ids[index] as string, lang));
  const event: RecapEvent = defined({ ...document.event, dateText: dateRange(document.event.startDate, document.event.endDate, lang) });
  const days = groupByDay(sessions)?.map((group) =>
    defined({ day: group.day, text: group.day ? formatDate(group.day, lang, WEEKDAY_DATE) : undefined, sessions: group.sessions }),
  );
  const recap = defined({
    $recapKit: 1 as const,
    ...document,
    lang,
    dir: textDirection(lang),
    publishedText: dateText(document.publishedAt, lang),
    updatedText: dateText(document.updatedAt, lang),
    event,
    intro: paragraphs(document.intro),
    sessions,
    days,
    takeaways: texts(document.takeaways),
    outro: paragraphs(document.outro),
    relatedReads: document.relatedReads?.map((read) => relatedRead(read, lang, options)),
    callToAction: document.callToAction ? defined({ ...document.callToAction, body: paragraphs(document.callToAction.body) }) : undefined,
  });
  return { ...recap, readingMinutes: readingMinutes(readableText(recap)) };
}
