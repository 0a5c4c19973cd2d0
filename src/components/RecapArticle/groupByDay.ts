import { isoDay } from "../../model/isoDate.js";
import type { Session } from "../../model/types.js";

export interface DayGroup {
  /** "YYYY-MM-DD", or undefined for the sessions without a date. */
  day: string | undefined;
  sessions: Session[];
}

/**
 * Groups sessions by day when they fall on more than one day: days in calendar order, sessions
 * in document order within a day, undated sessions last. One group when there is nothing to split.
 */
export function groupByDay(sessions: readonly Session[]): DayGroup[] {
  const byDay = new Map<string, Session[]>();
  const undated: Session[] = [];
  for (const session of sessions) {
    if (!session.date) {
      undated.push(session);
      continue;
    }
    const day = isoDay(session.date);
    const list = byDay.get(day);
    if (list) list.push(session);
    else byDay.set(day, [session]);
  }
  if (byDay.size < 2) return [{ day: undefined, sessions: [...sessions] }];
  const groups: DayGroup[] = [...byDay.keys()].sort().map((day) => ({ day, sessions: byDay.get(day) ?? [] }));
  if (undated.length > 0) groups.push({ day: undefined, sessions: undated });
  return groups;
}
