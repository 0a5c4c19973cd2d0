import { intlObject } from "../format/cache.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A formatter that writes wall-clock time in `zone`; throws a RangeError for a zone that does not exist. */
function wallClock(zone: string): Intl.DateTimeFormat {
  // Zones come from programmes, and Intl takes any capitalisation of one: bounded with the others.
  return intlObject(
    `wall-clock:${zone}`,
    () =>
      new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      }),
  );
}

/** True for an IANA time zone this JavaScript knows ("Europe/Madrid", "UTC"). */
export function isTimeZone(zone: string): boolean {
  try {
    wallClock(zone);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds since 1970 of a wall-clock time read as UTC. `Date.UTC` would read years 0–99 as 1900–1999. */
function asUtc(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Minutes east of UTC in `zone` at the instant `utc`. */
function offsetAt(zone: string, utc: number): number {
  const parts: Record<string, number> = {};
  for (const part of wallClock(zone).formatToParts(utc)) parts[part.type] = Number(part.value);
  const wall = asUtc(parts.year ?? 0, parts.month ?? 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((wall - Math.floor(utc / 1000) * 1000) / MINUTE);
}

/** "+02:00", "-02:30", "+00:00". */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** A wall-clock time placed in a time zone, as an ISO date-time with its offset. */
export interface ZonedTime {
  /** "2024-10-27T09:30:00+01:00" */
  value: string;
  /**
   * `"repeated"`: the clocks went back and this time happened twice; the first is taken.
   * `"skipped"`: the clocks went forward over it; the offset before the change is taken.
   */
  caveat?: "repeated" | "skipped";
}

/**
 * Places a local date-time without offset ("2024-10-27T09:30:00", as Sessionize writes them) in
 * `zone`, with the offset in force there at that moment, daylight saving time included. `undefined`
 * when `local` is not a real local date-time.
 */
export function inTimeZone(local: string, zone: string): ZonedTime | undefined {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = asUtc(year, month, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  // The offsets in force a day before and a day after: a wall time near a change has one of them,
  // both (the hour repeated when the clocks go back) or neither (the hour skipped when they go forward).
  const before = offsetAt(zone, wall - DAY);
  const after = offsetAt(zone, wall + DAY);
  const fits = [...new Set([before, after])].filter((offset) => offsetAt(zone, wall - offset * MINUTE) === offset);
  const text = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6] ?? "00"}`;
  if (fits.length === 0) return { value: text + formatOffset(before), caveat: "skipped" };
  // Of a repeated hour, the first happens at the larger offset.
  const offset = fits.reduce((larger, next) => Math.max(larger, next));
  return fits.length > 1 ? { value: text + formatOffset(offset), caveat: "repeated" } : { value: text + formatOffset(offset) };
}
