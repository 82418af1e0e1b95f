/**
 * Words in a posting's title or type, language-neutral: accents folded, case dropped, split at
 * anything that is not a letter or digit ("Internship_AI Engineer" is `internship ai
 * engineer`), so vocabularies match whole words and phrases, never parts of words ("Internal"
 * is not "intern", "Project Manager" is a manager).
 */
export type Terms = string;

export function termsOf(text: string | null | undefined): Terms {
  const words = (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return ` ${words.join(' ')} `;
}

/** Whether any of `vocabulary` (words or phrases, folded like the terms) is in `terms`. */
export const hasAny = (terms: Terms, vocabulary: readonly string[]): boolean =>
  vocabulary.some((entry) => terms.includes(` ${entry} `));

/**
 * The parts of a title or location label that stand on their own: what sits in brackets, after
 * a slash, a bar, a comma or a dash ("Analista (Híbrido/SP)" is `analista`, `hibrido`, `sp`).
 * A hyphen inside a word ("On-site", "Micro-Internship") does not part it.
 */
export function segmentsOf(text: string | null | undefined): Terms[] {
  return (text ?? '')
    .split(/[()[\]{}/|,;:·•–—]|\s-|-\s/u)
    .map(termsOf)
    .filter((terms) => terms.trim());
}

/** Whether `terms` starts with one of `vocabulary` (folded like the terms). */
export const startsWithAny = (terms: Terms, vocabulary: readonly string[]): boolean =>
  vocabulary.some((entry) => terms.startsWith(` ${entry} `));
