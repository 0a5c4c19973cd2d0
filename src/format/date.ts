import { isIsoDate, isoDay } from "../model/isoDate.js";
import { intlObject } from "./cache.js";
import { plainSpaces } from "./plainSpaces.js";

/** A date formatter for the language, made once. Dates are calendar days: always read in UTC. */
export function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let id = optionIds.get(options);
  if (id === undefined) {
    id = nextOptionId++;
    optionIds.set(options, id);
  }
  // Bounded with the other Intl objects: languages come from documents, and a server reads many.
  return intlObject(`date:${id}:${language}`, () => new Intl.DateTimeFormat(language, { ...options, timeZone: "UTC" }));
}

// Callers pass module constants as options: each gets a small number for the cache's key.
const optionIds = new WeakMap<Intl.DateTimeFormatOptions, number>();
let nextOptionId = 0;

/** A calendar day with its weekday, for day headings: "Tuesday, May 4, 2021". */
export const WEEKDAY_DATE: Intl.DateTimeFormatOptions = { weekday: "long", year: "numeric", month: "long", day: "numeric" };

/** The calendar day of an ISO date or date-time, as midnight UTC. */
export function utcDate(value: string): Date {
  return new Date(`${isoDay(value)}T00:00:00Z`);
}

/** A calendar day in words: "May 4, 2021". */
export const LONG_DATE: Intl.DateTimeFormatOptions = { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };

/**
 * Formats the calendar day of an ISO date for the language ("May 4, 2021", "4. Mai 2021").
 * An invalid date comes back as written rather than as "Invalid Date".
 */
export function formatDate(value: string, language: string, options: Intl.DateTimeFormatOptions = LONG_DATE): string {
  if (!isIsoDate(value)) return value;
  return plainSpaces(dateFormat(language, options).format(utcDate(value)));
}

// The 24-hour clock, in every language: ICU versions disagree on the words for AM and PM (Korean
// "PM" or "오후"), so a 12-hour time rendered on the server would not hydrate in the browser.
// Conference programmes are commonly given this way too.
const TIME_OF_DAY: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" };

/**
 * The time of day an ISO date-time names, on the 24-hour clock as the language writes it ("14:30",
 * "14 h 30"), or `undefined` for a date without a time. The time is the one written (the event's
 * local time, by its offset), not the reader's: a recap tells when a session took place where.
 */
export function formatTime(value: string, language: string): string | undefined {
  const time = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})/.exec(value);
  if (!time || !isIsoDate(value)) return undefined;
  const [year, month, day] = isoDay(value).split("-").map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day, Number(time[1]), Number(time[2])));
  return plainSpaces(dateFormat(language, TIME_OF_DAY).format(at));
}

/** A range of days in three pieces: the start's own text, what stands between, and the end's text. */
export interface DateRangeParts {
  /** The start, with what the two share before it ("May 4", "2021年5月4日"). */
  start: string;
  /** Between the two: a dash or a tilde, spaced when either end is more than one word (" – ", "–"). */
  separator: string;
  /** The end, with what the two share after it ("7, 2021", "7. Mai 2021"). */
  end: string;
}

// The dash or tilde of a range, with whatever spaces one ICU version or another puts around it.
const RANGE_DASH = /\s*([-‐‑‒–—~〜～])\s*/u;

/**
 * A range of two different days as the language writes it ("May 4–7, 2021", "4. Mai – 7. Juni 2021"),
 * in pieces. ICU versions disagree on the spaces around the dash (thin, plain or none), so the
 * separator follows one rule of recap-kit's own: spaced when the start or the end of the range is
 * more than one word, tight otherwise. Server and browser then write the same text.
 */
export function dateRangeParts(start: string, end: string, language: string): DateRangeParts {
  const parts = dateFormat(language, LONG_DATE).formatRangeToParts(utcDate(start), utcDate(end));
  const lastStart = parts.findLastIndex((part) => part.source === "startRange");
  const firstEnd = parts.findIndex((part) => part.source === "endRange");
  const text = (from: number, to: number) =>
    plainSpaces(
      parts
        .slice(from, to)
        .map((part) => part.value)
        .join(""),
    );
  const own = (source: "startRange" | "endRange") =>
    plainSpaces(
      parts
        .filter((part) => part.source === source)
        .map((part) => part.value)
        .join(""),
    ).trim();
  const wordy = /\s/.test(own("startRange")) || /\s/.test(own("endRange"));
  // What stands between may hold more than the dash (Korean "일~"): only the dash's spacing is ours.
  const between = text(lastStart + 1, firstEnd);
  const separator = RANGE_DASH.test(between) ? between.replace(RANGE_DASH, wordy ? " $1 " : "$1") : between;
  return { start: text(0, lastStart + 1), separator, end: text(firstEnd, parts.length) };
}

/** Formats a range of days ("May 4–7, 2021", "4. Mai – 7. Juni 2021"); one day when they are equal. */
export function formatDateRange(start: string, end: string | undefined, language: string): string {
  if (!isIsoDate(start)) return end ? `${start} – ${end}` : start;
  if (!end || !isIsoDate(end) || isoDay(end) <= isoDay(start)) return formatDate(start, language);
  const { start: from, separator, end: to } = dateRangeParts(isoDay(start), isoDay(end), language);
  return `${from}${separator}${to}`;
}
