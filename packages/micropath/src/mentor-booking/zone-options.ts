/**
 * The zones a visitor can pick, each with its offset now ("UTC+05:30") and its name in the
 * visitor's language ("Mitteleuropäische Zeit"), and the search over them. Built on demand
 * (about 400 zones) when the picker opens, once per language: part of the zone list's lazy chunk.
 */
import { offsetMinutes } from '../core/time.ts';
import { foldText } from '../core/text-match.ts';
import { currentZoneName, offsetLabel, type ZoneOption } from './time-zones.ts';

function zoneName(id: string, locale: string, now: number): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: 'longGeneric' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? '';
  } catch {
    return '';
  }
}

/** Every zone the browser knows (plus `extra`, such as the visitor's own), by offset then id. */
export function zoneOptions(
  locale: string,
  now: number,
  extra: readonly string[] = [],
): ZoneOption[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const ids = [...new Set([...known, 'UTC', ...extra].map(currentZoneName))];
  return ids
    .map((id) => {
      const minutes = offsetMinutes(now, id);
      return {
        id,
        label: id.replace(/_/g, ' ').replace(/\//g, ' / '),
        name: zoneName(id, locale, now),
        offset: offsetLabel(minutes),
        minutes,
      };
    })
    .sort((a, b) => a.minutes - b.minutes || a.id.localeCompare(b.id));
}

/** Zones whose id, name or offset contain every word typed ("toronto", "berlin", "+5:30"). */
export function searchZones(options: readonly ZoneOption[], query: string): ZoneOption[] {
  const words = foldText(query.replace(/\u2212/g, '-'))
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return [...options];
  return options.filter((option) => {
    // "UTC-05:00" is also found as "utc-5:00" and "-5".
    const offset = option.offset.replace('\u2212', '-');
    const haystack = foldText(
      `${option.label} ${option.name} ${offset} ${offset.replace(/(UTC[+-])0/, '$1')}`,
    );
    return words.every((word) => haystack.includes(word));
  });
}
