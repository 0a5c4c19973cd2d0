import { isIsoDate, isoDay } from "../model/isoDate.js";
import { dateRangeParts, formatDate } from "./date.js";

/**
 * A date range as the language writes it ("May 4–7, 2021", "4. Mai – 7. Juni 2021"), with each end
 * in its own `<time>` so machines read both dates.
 */
export function DateRange({ start, end, language }: { start: string; end?: string | undefined; language: string }) {
  if (!isIsoDate(start)) return <>{start}</>;
  if (!end || !isIsoDate(end) || isoDay(end) <= isoDay(start)) return <time dateTime={isoDay(start)}>{formatDate(start, language)}</time>;
  const parts = dateRangeParts(isoDay(start), isoDay(end), language);
  return (
    <>
      <time dateTime={isoDay(start)}>{parts.start}</time>
      {parts.separator}
      <time dateTime={isoDay(end)}>{parts.end}</time>
    </>
  );
}
