/** Reading the attributes people write in HTML, leniently: `week-start="sunday"`, `hour-cycle="24"`. */
import type { HourCycle } from './booking-format.ts';
import type { Weekday } from './month-grid.ts';

const WEEKDAYS: Record<string, Weekday> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

/** `week-start`: an ISO weekday number (1 = Monday … 7 = Sunday) or a day's English name. */
export function parseWeekStart(value: string | undefined): Weekday | undefined {
  const text = value?.trim().toLowerCase() ?? '';
  const number = Number(text);
  if (Number.isInteger(number) && number >= 1 && number <= 7) return number as Weekday;
  return WEEKDAYS[text.slice(0, 3)];
}

/** `hour-cycle`: `h12` / `12` or `h23` / `h24` / `24`. */
export function parseHourCycle(value: string | undefined): HourCycle | undefined {
  const text = value?.trim().toLowerCase().replace(/^h/, '');
  return text === '12' ? 'h12' : text === '23' || text === '24' ? 'h23' : undefined;
}

/**
 * `skills`: concept URIs or labels, separated by spaces; or by commas when there is one, so a
 * label may have spaces (`skills="SQL, Data visualisation"`).
 */
export function parseSkills(value: string | null): string[] {
  const text = value?.trim() ?? '';
  if (!text) return [];
  return (text.includes(',') ? text.split(',') : text.split(/\s+/))
    .map((s) => s.trim())
    .filter(Boolean);
}
