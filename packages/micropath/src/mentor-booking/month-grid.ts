/**
 * The month calendar's model: calendar dates (no zone; "2026-03-29" is a wall date), weeks
 * starting on the locale's first day unless told otherwise, and the slots of each date as
 * the visitor's zone sees them, so a slot at 23:30 UTC lands on the right day in Tokyo.
 */
import { instantOf, offsetMinutes, wallTimeAt } from '../core/time.ts';
import type { Slot } from '../core/models/mentoring.ts';

/** "YYYY-MM-DD". */
export type DateKey = string;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const pad = (n: number) => String(n).padStart(2, '0');
export const dateKey = (year: number, month: number, day: number): DateKey =>
  `${year}-${pad(month)}-${pad(day)}`;

/** The wall date of an instant in a zone. */
export function dateIn(instant: number | string, timeZone: string): DateKey {
  const wall = wallTimeAt(typeof instant === 'string' ? Date.parse(instant) : instant, timeZone);
  return dateKey(wall.year, wall.month, wall.day);
}

/** A date `days` later (or earlier), by calendar, DST-free. */
export function addDays(key: DateKey, days: number): DateKey {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return dateKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The same day `months` later, clamped to the month's length (Jan 31 + 1 → Feb 28). */
export function addMonths(key: DateKey, months: number): DateKey {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return dateKey(first.getUTCFullYear(), first.getUTCMonth() + 1, Math.min(d, last));
}

export function weekdayOf(key: DateKey): Weekday {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return (((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1) as Weekday;
}

/** The first day of the week where `locale` is used (Monday in Germany, Sunday in the US). */
export function weekStartFor(locale: string): Weekday {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    return ((info.getWeekInfo?.() ?? info.weekInfo)?.firstDay as Weekday | undefined) ?? 1;
  } catch {
    return 1;
  }
}

/** The weeks shown for a month: whole weeks from `weekStart`, each seven dates. */
export function monthWeeks(year: number, month: number, weekStart: Weekday): DateKey[][] {
  const first = dateKey(year, month, 1);
  let day = addDays(first, -((weekdayOf(first) - weekStart + 7) % 7));
  const weeks: DateKey[][] = [];
  do {
    const week: DateKey[] = [];
    for (let i = 0; i < 7; i++, day = addDays(day, 1)) week.push(day);
    weeks.push(week);
  } while (day.slice(0, 7) === first.slice(0, 7));
  return weeks;
}

const HALF_DAY = 43_200_000;

/**
 * The slots of each date in `timeZone`, in order. A month has hundreds of slots and asking
 * `Intl` for each one's date is the slow part, so the zone's offset is read every 12 hours
 * across the slots' span: where it is the same at both ends of a stretch, the date is plain
 * arithmetic (no zone changes its offset twice within 12 hours); only slots in a stretch with
 * a DST change ask `Intl`.
 */
export function slotsByDate(slots: readonly Slot[], timeZone: string): Map<DateKey, Slot[]> {
  const days = new Map<DateKey, Slot[]>();
  const starts = slots.map((slot) => Date.parse(slot.start));
  const first = Math.min(...starts);
  const offsets: number[] = [];
  const offsetAt = (i: number) => (offsets[i] ??= offsetMinutes(first + i * HALF_DAY, timeZone));
  slots.forEach((slot, n) => {
    const at = starts[n]!;
    const stretch = Math.floor((at - first) / HALF_DAY);
    const offset = offsetAt(stretch);
    let key: DateKey;
    if (offset === offsetAt(stretch + 1)) {
      const wall = new Date(at + offset * 60_000);
      key = dateKey(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
    } else key = dateIn(at, timeZone);
    const list = days.get(key);
    if (list) list.push(slot);
    else days.set(key, [slot]);
  });
  return days;
}

/** The instant a wall date begins in a zone (1 a.m. where midnight is skipped by DST). */
export function startOfDay(date: DateKey, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return (
    instantOf({ year, month, day, hour: 0, minute: 0 }, timeZone) ??
    instantOf({ year, month, day, hour: 1, minute: 0 }, timeZone)!
  );
}
