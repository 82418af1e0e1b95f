/**
 * The keys skills are compared by, so that one concept written several ways compares equal:
 * concept URIs, framework names, labels and their words.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ESCO_DATA = 'data.europa.eu';
const ESCO_SKILL = `http://${ESCO_DATA}/esco/skill/`;

/**
 * A concept URI's comparable form, or undefined when `value` names no concept. ESCO's URIs
 * (`data.europa.eu`) compare without their scheme's `s` or a trailing slash, in lower case;
 * a link to ESCO's portal (`…?uri=<concept>`) is the concept it links to; a bare UUID is an
 * ESCO skill (ESCO's skill URIs end in one, and no other framework here uses bare UUIDs).
 * Other http(s) URIs compare with their scheme and host in lower case and no trailing slash.
 */
export function conceptKey(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (UUID.test(text)) return ESCO_SKILL + text.toLowerCase();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return text;
  const linked = url.searchParams.get('uri');
  const europa = url.hostname === 'europa.eu' || url.hostname.endsWith('.europa.eu');
  if (linked && europa && linked !== text) return conceptKey(linked);
  const path = url.pathname.replace(/\/+$/, '');
  if (url.hostname === ESCO_DATA) return `http://${ESCO_DATA}${path.toLowerCase()}`;
  return `${url.protocol}//${url.host}${path}${url.search}`;
}

/** A framework's comparable name: "ESCO", "esco" and ESCO's portal URL are one framework. */
export function frameworkKey(value: string | undefined): string | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  if (/^esco\b|\besco\.ec\.europa\.eu\b|data\.europa\.eu\/esco\b/.test(text)) return 'esco';
  if (/^o\*?net\b|\bonet(center|online)\.org\b/.test(text)) return 'onet';
  let name = text;
  try {
    name = new URL(text).host.replace(/^www\./, '');
  } catch {
    // A name, not a URL.
  }
  return name.replace(/[^\p{L}\p{N}]+/gu, '') || undefined;
}

/** A word's singular, for simple English plurals ("databases", "analyses" stay close). */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The words of a label: Unicode-normalised, without accents, case or punctuation, singular. */
export function labelWords(label: string): string[] {
  return label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean)
    .map(singular);
}

/** A label's comparable form ("Data Visualisations" and "data-visualisation" are one). */
export const labelKey = (label: string) => labelWords(label).join(' ');

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** The words that carry meaning, for the loosest tier. */
export const contentWords = (label: string) =>
  new Set(labelWords(label).filter((word) => !STOP_WORDS.has(word)));
