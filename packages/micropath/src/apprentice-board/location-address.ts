/**
 * A postal address from what feeds give: structured fields when the feed has them (Ashby's
 * postal address), else the label read as "City, Region, Country" ("Hawthorne, CA" is a city
 * in California, US; "London, UK" a city in GB; "Lisboa, Portugal" one in PT). Countries come
 * back as ISO 3166-1 alpha-2 codes, recognised from their codes or their names in English,
 * German, French, Spanish, Portuguese and Dutch (the browser's own region names, so no table
 * ships with the kit).
 */
import type { Location } from '../core/models/listing.ts';
import { countryOfCity } from './city-countries.ts';

export interface Address {
  locality?: string;
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
}

const US_STATES =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'.split(
    ' ',
  );
const CA_PROVINCES = 'AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' ');
/** Common ways of writing a country that are not its name or alpha-2 code. */
const ALIASES: Record<string, string> = {
  uk: 'GB',
  'u k': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  usa: 'US',
  'u s': 'US',
  'u s a': 'US',
  america: 'US',
  'united states of america': 'US',
  can: 'CA',
  uae: 'AE',
  deu: 'DE',
  fra: 'FR',
  esp: 'ES',
  bra: 'BR',
  prt: 'PT',
  nld: 'NL',
  holland: 'NL',
};
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'nl'];

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A current country code: not an old alias (DD, UK: CLDR maps them to DE, GB) nor a grouping
 * or placeholder (EU, UN, ZZ, QO…).
 */
const isCountryCode = (code: string) =>
  Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}` &&
  !/^(Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN|AA)$/.test(code);

let names: Map<string, string> | undefined;
/** Country names in six languages → code, built once from Intl. */
function countryNames(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(ALIASES));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const language of LANGUAGES) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const a of letters)
      for (const b of letters) {
        const code = a + b;
        const name = display.of(code);
        if (!name || name === code || !isCountryCode(code)) continue;
        names.set(fold(name), code);
      }
  }
  return names;
}

/** The ISO code of a country written as a code or a name; undefined when it is not one. */
export function countryCode(text: string): string | undefined {
  const folded = fold(text);
  const byName = countryNames().get(folded);
  if (byName) return byName;
  if (/^[a-z]{2}$/.test(folded)) {
    const code = folded.toUpperCase();
    const known = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
    return known && known !== code && isCountryCode(code) ? code : undefined;
  }
  return undefined;
}

/** Words that say how or where from, not where: "Remote", "Híbrido", "Global", "Anywhere". */
const PLACELESS = new Set(
  'remote remoto remota fully hybrid hybride hibrido hibrida anywhere everywhere global worldwide world wide weltweit partout mundial mundo teletravail teletrabajo teletrabalho home office work from on site onsite presencial first friendly only based in the'.split(
    ' ',
  ),
);
const isPlaceless = (part: string) =>
  fold(part)
    .split(' ')
    .every((word) => PLACELESS.has(word));

/**
 * The address of a location, structured fields first, then its label; empty for "Remote". Its
 * country is the feed's (when it is one), else the label's, else the region's (a US state or
 * Canadian province), else the city's when the board can place it ("São Paulo" is in BR).
 */
export function addressOf(location: Location): Address {
  const parsed = parseLabel(location.label);
  const address: Address = {
    ...parsed,
    ...(location.city ? { locality: location.city } : {}),
    ...(location.region ? { region: location.region } : {}),
  };
  const country =
    (location.country ? countryCode(location.country) : undefined) ??
    parsed.country ??
    (address.region && US_STATES.includes(address.region) ? 'US' : undefined) ??
    (address.region && CA_PROVINCES.includes(address.region) ? 'CA' : undefined) ??
    (address.locality ? countryOfCity(fold(address.locality)) : undefined);
  if (country) address.country = country;
  else delete address.country;
  return address;
}

/**
 * Where a remote posting's applicants may live, as a label says it beyond its workplace words
 * ("Remote – EU" is `EU`); undefined when it names no place ("Global Remote", "Anywhere").
 */
export function areaOf(label: string): string | undefined {
  const parts = label
    .split(/[()[\]/|,;:–—]|\s-\s?|\s?-\s/)
    .map((p) => p.trim())
    .filter((p) => p && !isPlaceless(p));
  return parts.length ? parts.join(', ') : undefined;
}

function parseLabel(label: string): Address {
  const parts = label
    .replace(/\([^)]*\)/g, ' ') // "(HQ)", "(EU)"
    .split(/\s*[,|/]\s*|\s+[-–—]\s+/)
    .map((p) => p.trim())
    .filter((p) => p && !isPlaceless(p));
  if (!parts.length) return {};
  const last = parts[parts.length - 1]!;
  const before = parts.slice(0, -1);
  if (before.length && US_STATES.includes(last))
    return { locality: before[0]!, region: last, country: 'US' };
  if (before.length && CA_PROVINCES.includes(last))
    return { locality: before[0]!, region: last, country: 'CA' };
  const country = countryCode(last);
  if (country) {
    if (!before.length) return { country };
    return {
      locality: before[0]!,
      ...(before.length > 1 ? { region: before[before.length - 1]! } : {}),
      country,
    };
  }
  return { locality: parts[0]!, ...(parts.length > 1 ? { region: last } : {}) };
}
