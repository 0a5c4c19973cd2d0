import { isIsoDate, isoDay } from "../model/isoDate.js";

/** A date formatter for the language, made once. Dates are calendar days: always read in UTC. */
export function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLanguage = formatters.get(options);
  if (!byLanguage) {
    byLanguage = new Map();
    formatters.set(options, byLanguage);
  }
  let format = byLanguage.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: "UTC" });
    byLanguage.set(language, format);
  }
  return format;
}

// Keyed by the options object itself: callers pass module constants, so lookups stay cheap.
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

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
  return dateFormat(language, options).format(utcDate(value));
}

/** Formats a range of days ("May 4 – 7, 2021", "4.–7. Mai 2021"); one day when they are equal. */
export function formatDateRange(start: string, end: string | undefined, language: string): string {
  if (!isIsoDate(start)) return end ? `${start} – ${end}` : start;
  if (!end || !isIsoDate(end) || isoDay(end) <= isoDay(start)) return formatDate(start, language);
  return dateFormat(language, LONG_DATE).formatRange(utcDate(start), utcDate(end));
}
