/**
 * The zones a visitor can pick, each with its offset now ("UTC+05:30") and its name in the
 * visitor's language ("Mitteleuropäische Zeit"), and the search over them. Built on demand
 * (about 400 zones) when the picker opens, once per language.
 */
import { offsetMinutes } from '../core/time.ts';
import { foldText } from '../core/text-match.ts';

export interface ZoneOption {
  /** IANA id, such as "America/Toronto". */
  id: string;
  /** "America/Toronto" as people read it: "America / Toronto". */
  label: string;
  /** The zone's generic name in the visitor's language, when Intl has one. */
  name: string;
  /** "UTC−05:00", "UTC+05:30", "UTC". */
  offset: string;
  minutes: number;
}

/**
 * ICU (and so Chromium and Node) still lists some zones under names IANA has since replaced:
 * "Asia/Calcutta" for Kolkata, "Europe/Kiev" for Kyiv. People search for today's names, and
 * `Intl` accepts both, so the picker shows these.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** Today's IANA name of a zone ("Asia/Calcutta" → "Asia/Kolkata"). */
export const currentZoneName = (id: string) => RENAMED[id] ?? id;

/** "UTC+05:30" for 330, "UTC−03:00" for −180 (a true minus sign), "UTC" for 0. */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '\u2212';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

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
