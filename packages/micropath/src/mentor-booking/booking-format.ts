/**
 * How the booking widget writes dates, times, durations, zones and languages: all through
 * `Intl` in the visitor's locale, with 12 / 24 h from the locale unless `hour-cycle` says.
 * Formatters are kept, because a month view formats hundreds of slot times.
 */
import type { Slot } from '../core/models/mentoring.ts';
import type { DateKey, Weekday } from './month-grid.ts';

export type HourCycle = 'h12' | 'h23';

export interface TimeFormat {
  locale: string;
  timeZone: string;
  hourCycle?: HourCycle | undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(locale, options);
    } catch {
      found = new Intl.DateTimeFormat('en', options); // a malformed lang attribute
    }
    formatters.set(key, found);
  }
  return found;
}

const clock = (f: TimeFormat): Intl.DateTimeFormatOptions => ({
  hour: 'numeric',
  minute: '2-digit',
  timeZone: f.timeZone,
  ...(f.hourCycle ? { hourCycle: f.hourCycle } : {}),
});

/** "14:30" or "2:30 PM". */
export const formatTime = (instant: string | number, f: TimeFormat) =>
  formatter(f.locale, clock(f)).format(new Date(instant));

/** "1:00 AM EDT": the time with its zone's short name (or offset), to tell a repeated hour apart. */
export const formatTimeWithZone = (instant: string | number, f: TimeFormat) =>
  formatter(f.locale, { ...clock(f), timeZoneName: 'short' }).format(new Date(instant));

/** A wall date read as it is, whatever the zone: "Monday, 23 November 2026". */
export function formatDate(key: DateKey, locale: string, style: 'long' | 'short' = 'long') {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return formatter(locale, {
    timeZone: 'UTC',
    ...(style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
      : { weekday: 'short', day: 'numeric', month: 'short' }),
  }).format(Date.UTC(y, m - 1, d));
}

/** "November 2026". */
export const formatMonth = (year: number, month: number, locale: string) =>
  formatter(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    Date.UTC(year, month - 1, 1),
  );

/** "Monday, 23 November 2026, 10:00 – 10:30", in one zone. */
export const formatWhen = (slot: Slot, f: TimeFormat) =>
  formatter(f.locale, {
    ...clock(f),
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatRange(new Date(slot.start), new Date(slot.end));

const durations = new Map<string, Intl.NumberFormat>();

/** "30 minutes", "30 Minuten". */
export function formatDuration(minutes: number, locale: string): string {
  let format = durations.get(locale);
  if (!format) {
    const options = { style: 'unit', unit: 'minute', unitDisplay: 'long' } as const;
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat('en', options); // a malformed lang attribute
    }
    durations.set(locale, format);
  }
  return format.format(minutes);
}

/** The last part of a zone id, as people say it: "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export const zoneCity = (timeZone: string) =>
  (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');

/** The zone's name in the visitor's language ("Central European Time"), else its id. */
export function zoneName(timeZone: string, locale: string, at: number): string {
  const part = formatter(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** The seven weekday names from `weekStart` on: `short` for the column, `long` for its name. */
export function weekdayNames(locale: string, weekStart: Weekday) {
  const short = formatter(locale, { timeZone: 'UTC', weekday: 'short' });
  const long = formatter(locale, { timeZone: 'UTC', weekday: 'long' });
  // 2024-01-01 was a Monday (ISO weekday 1).
  return Array.from({ length: 7 }, (_, i) => {
    const at = Date.UTC(2024, 0, 1 + ((weekStart - 1 + i) % 7));
    return { short: short.format(at), long: long.format(at) };
  });
}
