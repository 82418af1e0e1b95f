/**
 * A mentor's recurring weekly hours, in the mentor's own time zone, turned into bookable
 * slots for any range of instants. Wall-clock times that a DST change skips are skipped.
 */
import { instantOf, isoWeekday, minutesOfDay, wallTimeAt } from '../../core/time.ts';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface WeeklyHours {
  days: Weekday[];
  /** "HH:mm" in the mentor's zone. */
  start: string;
  /** "HH:mm" in the mentor's zone; "24:00" for midnight. */
  end: string;
}

export interface SlotTimes {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Every slot of `durationMinutes` starting each `stepMinutes` inside the hours, within [from, to). */
export function slotsFromWeeklyHours(
  hours: readonly WeeklyHours[],
  timeZone: string,
  range: { from: number; to: number },
  durationMinutes: number,
  stepMinutes = durationMinutes,
): SlotTimes[] {
  const slots: SlotTimes[] = [];
  const first = wallTimeAt(range.from - DAY_MS, timeZone);
  const lastDay = range.to + DAY_MS;
  // Walk calendar dates (UTC noon keeps the date arithmetic away from any offset).
  for (
    let noon = Date.UTC(first.year, first.month - 1, first.day, 12);
    noon <= lastDay;
    noon += DAY_MS
  ) {
    const date = new Date(noon);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const weekday = WEEKDAYS[isoWeekday(year, month, day) - 1]!;
    for (const rule of hours) {
      if (!rule.days.includes(weekday)) continue;
      const open = minutesOfDay(rule.start);
      const close = minutesOfDay(rule.end);
      for (let at = open; at + durationMinutes <= close; at += stepMinutes) {
        const start = instantOf(
          { year, month, day, hour: Math.floor(at / 60), minute: at % 60 },
          timeZone,
        );
        if (start === undefined) continue;
        const end = start + durationMinutes * MINUTE_MS;
        if (start >= range.from && start < range.to) slots.push({ start, end });
      }
    }
  }
  return slots.sort((a, b) => a.start - b.start);
}
