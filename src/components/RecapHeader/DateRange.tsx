import { formatDate } from "../../format/date.js";
import { isIsoDate, isoDay } from "../../model/isoDate.js";
import type { DateRangeText } from "../../model/parsed.js";

/**
 * A date range as the language writes it ("May 4–7, 2021", "4. Mai – 7. Juni 2021"), with each end
 * in its own `<time>` so machines read both dates. `text` is the range as `parseRecap` wrote it,
 * in the language's own form; without it (dates written by hand), each end is written in full
 * ("May 4, 2021 – May 7, 2021"), so that a page needs no range formatting of its own.
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
  const parts = text ?? { start: formatDate(start, language), separator: " – ", end: single ? undefined : formatDate(end, language) };
  return ParsedDateRange({ start, end: single ? undefined : end, text: parts });
}

/** A parsed recap's event dates, the range written by `parseRecap` (`text`): what `RecapArticle` renders. */
export function ParsedDateRange({ start, end, text }: { start: string; end?: string | undefined; text?: DateRangeText | undefined }) {
  const parts = text ?? { start };
  if (end === undefined || parts.end === undefined) return <time dateTime={isoDay(start)}>{parts.start}</time>;
  return (
    <>
      <time dateTime={isoDay(start)}>{parts.start}</time>
      {parts.separator}
      <time dateTime={isoDay(end)}>{parts.end}</time>
    </>
  );
}
