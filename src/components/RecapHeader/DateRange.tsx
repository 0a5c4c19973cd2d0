import { dateRangeParts, formatDate } from "../../format/date.js";
import { isIsoDate, isoDay } from "../../model/isoDate.js";
import type { DateRangeText } from "../../model/parsed.js";

/**
 * A date range as the language writes it ("May 4–7, 2021", "4. Mai – 7. Juni 2021"), with each end
 * in its own `<time>` so machines read both dates. `text` is the range as `parseRecap` wrote it;
 * without it, the range is written here.
 */
export function DateRange({
  start,
  end,
  text,
  language,
}: {
  start: string;
  end?: string | undefined;
  text?: DateRangeText | undefined;
  language: string;
}) {
  if (!isIsoDate(start)) return <>{start}</>;
  const single = !end || !isIsoDate(end) || isoDay(end) <= isoDay(start);
  const parts = text ?? (single ? { start: formatDate(start, language) } : dateRangeParts(isoDay(start), isoDay(end), language));
  if (single || parts.end === undefined) return <time dateTime={isoDay(start)}>{parts.start}</time>;
  return (
    <>
      <time dateTime={isoDay(start)}>{parts.start}</time>
      {parts.separator}
      <time dateTime={isoDay(end)}>{parts.end}</time>
    </>
  );
}
