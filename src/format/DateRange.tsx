import { isIsoDate, isoDay } from "../model/isoDate.js";
import { dateFormat, formatDate, LONG_DATE, utcDate } from "./date.js";
import { recent } from "./memo.js";

/**
 * A date range as the language writes it ("May 4 – 7, 2021", "4.–7. Mai 2021"), with each end
 * in its own `<time>` so machines read both dates.
 */
export function DateRange({ start, end, language }: { start: string; end?: string | undefined; language: string }) {
  if (!isIsoDate(start)) return <>{start}</>;
  if (!end || !isIsoDate(end) || isoDay(end) <= isoDay(start)) return <time dateTime={isoDay(start)}>{formatDate(start, language)}</time>;
  const parts = rangeParts(`${language} ${isoDay(start)} ${isoDay(end)}`);
  // Everything up to the last start part belongs to the start, everything from the first end part to the end.
  const lastStart = parts.findLastIndex((part) => part.source === "startRange");
  const firstEnd = parts.findIndex((part) => part.source === "endRange");
  const text = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join("");
  return (
    <>
      <time dateTime={isoDay(start)}>{text(0, lastStart + 1)}</time>
      {text(lastStart + 1, firstEnd)}
      <time dateTime={isoDay(end)}>{text(firstEnd, parts.length)}</time>
    </>
  );
}

const rangeParts = /* @__PURE__ */ recent(100, (key) => {
  const [language, start, end] = key.split(" ") as [string, string, string];
  return dateFormat(language, LONG_DATE).formatRangeToParts(utcDate(start), utcDate(end));
});
