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
