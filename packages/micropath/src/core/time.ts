/**
 * Time-zone arithmetic on `Intl` alone (no tz database shipped): wall-clock times in a zone
 * to instants and back, correct across DST changes and in half-hour zones.
 */

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time in `timeZone` at an instant. */
export function wallTimeAt(instant: number, timeZone: string): WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Minutes to add to UTC to get the zone's wall time at an instant (+120 for Berlin in summer). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const wall = wallTimeAt(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE_MS);
}

/**
 * The instant at which `timeZone` shows `wall`, or undefined when that wall time does not exist
 * there (skipped by a DST change). In the repeated hour of a fall-back change, the earlier one.
 */
export function instantOf(wall: WallTime, timeZone: string): number | undefined {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const candidates = new Set<number>();
  // The offset may differ on either side of the instant; try both neighbours' offsets.
  for (const probe of [asUtc - 86_400_000, asUtc, asUtc + 86_400_000]) {
    candidates.add(asUtc - offsetMinutes(probe, timeZone) * MINUTE_MS);
  }
  const matches = [...candidates]
    .filter((instant) => sameWallTime(wallTimeAt(instant, timeZone), wall))
    .sort((a, b) => a - b);
  return matches[0];
}

function sameWallTime(a: WallTime, b: WallTime): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute
  );
}

/** ISO 8601 with the zone's offset at that instant: `2026-03-29T10:00:00+02:00`. */
export function toZonedIso(instant: number, timeZone: string): string {
  const offset = offsetMinutes(instant, timeZone);
  const local = new Date(Math.floor(instant / 1000) * 1000 + offset * MINUTE_MS);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Zones asked about: building a formatter to find out costs ~0.1 ms, and renders ask often. */
const knownZones = new Map<string, boolean>();

/** True when the running browser knows the IANA zone ("Europe/Berlin", "Asia/Kolkata"). */
export function isKnownTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

/** Day of the week of a calendar date, 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(year: number, month: number, day: number): number {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Parses "HH:mm" into minutes after midnight. */
export function minutesOfDay(clock: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(clock);
  if (!match) throw new RangeError(`"${clock}" is not a time of day (HH:mm).`);
  return Number(match[1]) * 60 + Number(match[2]);
}
