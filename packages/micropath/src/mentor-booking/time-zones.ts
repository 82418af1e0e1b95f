/**
 * A zone as the picker shows it: its offset label ("UTC+05:30") and today's IANA name. The
 * button needs only these; the list of every zone and its search are in zone-options.ts.
 */
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
