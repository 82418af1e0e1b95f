/** Folds case and accents so "Cafe" finds "Café" and "munchen" finds "München". */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

/** The search terms of a query: folded, split on white space, empty ones dropped. */
export function searchTerms(query: string | undefined): string[] {
  return query ? foldText(query).split(/\s+/u).filter(Boolean) : [];
}

/** True when `term` starts a word of `haystack` (at the start or after a non-letter). */
export function startsWord(haystack: string, term: string): boolean {
  let at = haystack.indexOf(term);
  while (at > 0 && /[\p{L}\p{N}]/u.test(haystack[at - 1]!)) {
    at = haystack.indexOf(term, at + 1);
  }
  return at >= 0;
}
