import { isIsoDate } from "../model/isoDate.js";
import type { KeyedWarning } from "./errors.js";
import { quote, type Reader } from "./read.js";
import { inTimeZone } from "./timeZone.js";

const TIME_ONLY = /^([01]?\d|2[0-3])[:.][0-5]\d([:.][0-5]\d)?$/;
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** When a session is, for the draft and for putting the programme in order. */
export interface SessionTime {
  /** For the draft: a date-time with its offset, or a date. */
  date: string;
  /** For ordering: milliseconds since 1970 (local wall time read as UTC when there is no offset). */
  start: number;
  /** The export gave a time the draft cannot keep, for want of a time zone. */
  timeDropped: boolean;
  warning?: KeyedWarning;
}

/**
 * Reads a session's start as the export gives it: a date-time with its offset (kept as it is), a
 * local date-time (placed in `zone`, or cut to its date without one), or a date. A time without a
 * date, or anything else, is a problem at `path`.
 */
export function readStart(value: string, path: string, zone: string | undefined, reader: Reader): SessionTime | undefined {
  if (TIME_ONLY.test(value))
    return reader.problem(path, `${quote(value)} is a time without a date, so the session cannot be placed on a day of the programme.`);
  if (isIsoDate(value)) return { date: value, start: Date.parse(value), timeDropped: false };
  const wall = LOCAL.test(value) ? Date.parse(`${value}Z`) : Number.NaN;
  const zoned = zone === undefined || Number.isNaN(wall) ? undefined : inTimeZone(value, zone);
  if (Number.isNaN(wall) || (zone !== undefined && !zoned) || !isIsoDate(value.slice(0, 10)))
    return reader.problem(
      path,
      `${quote(value)} is not a date and time. Programmes write them as 2024-10-26T09:30:00, with or without an offset.`,
    );
  if (!zoned) return { date: value.slice(0, 10), start: wall, timeDropped: true };
  const time = { date: zoned.value, start: Date.parse(zoned.value), timeDropped: false };
  if (zoned.caveat === undefined) return time;
  const message =
    zoned.caveat === "repeated"
      ? `${value.slice(11, 16)} happened twice in ${zone} that night (the clocks went back); the draft says the first, ${zoned.value}. Check the session's date.`
      : `${value.slice(11, 16)} did not exist in ${zone} that night (the clocks went forward); the draft says ${zoned.value}. Check the session's date.`;
  return { ...time, warning: { key: `time ${path}`, path, message } };
}
