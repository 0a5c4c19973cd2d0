import { isoDay } from "../model/isoDate.js";

/** A day's sessions, by their indexes in the document; `day` is absent for the undated ones. */
export interface DayGroup {
  day?: string | undefined;
  sessions: number[];
}

/**
 * Groups sessions by day when they fall on more than one day: days in calendar order, sessions in
 * document order within a day, undated sessions last. `undefined` when there is nothing to split.
 */
export function groupByDay(sessions: ReadonlyArray<{ date?: string | undefined }>): DayGroup[] | undefined {
  const byDay = new Map<string, number[]>();
  const undated: number[] = [];
  sessions.forEach((session, index) => {
    if (!session.date) {
      undated.push(index);
      return;
    }
    const day = isoDay(session.date);
    const list = byDay.get(day);
    if (list) list.push(index);
    else byDay.set(day, [index]);
  });
  if (byDay.size < 2) return undefined;
  const groups: DayGroup[] = [...byDay.keys()].sort().map((day) => ({ day, sessions: byDay.get(day) ?? [] }));
  if (undated.length > 0) groups.push({ sessions: undated });
  return groups;
}
