const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** True for a real calendar date "YYYY-MM-DD", or a date-time with a time-zone offset. */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (!match) return false;
  return isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The calendar day a date or date-time names, as "YYYY-MM-DD". A date-time keeps the day of
 * its own offset: a session at 23:30 in Valencia happened on that day, whatever UTC says.
 */
export function isoDay(value: string): string {
  return value.slice(0, 10);
}
