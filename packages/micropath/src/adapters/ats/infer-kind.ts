import type { ListingKind } from '../../core/models/listing.ts';

/** Most specific first: "micro-internship" must not read as "internship". */
const RULES: readonly [RegExp, ListingKind][] = [
  [/\bmicro[\s-]?apprentice(ship)?s?\b/i, 'micro-apprenticeship'],
  [/\bmicro[\s-]?intern(ship)?s?\b|\bexternship\b/i, 'micro-internship'],
  [
    /\bapprenti(ce|ceship|ces|ceships)\b|\bausbildung\b|\baprendiz(aje)?\b|\blehrling\b/i,
    'apprenticeship',
  ],
  [
    /\bintern(ship)?s?\b|\bco-?op\b|\bwerkstudent|\bpraktik(um|ant)|\bpr[aá]cticas\b|\btrainee\b|\bbecari[oa]\b/i,
    'internship',
  ],
  [/\bproject\b|\bgig\b|\bfreelance\b|\bfixed[\s-]term project\b/i, 'project'],
];

/**
 * The kind of an ATS posting, from what the feed says: its title first, then its commitment or
 * employment type ("Intern", "Internship", "Apprenticeship"). Anything else is a `job`.
 */
export function inferKind(...hints: (string | null | undefined)[]): ListingKind {
  for (const hint of hints) {
    if (!hint) continue;
    for (const [pattern, kind] of RULES) if (pattern.test(hint)) return kind;
  }
  return 'job';
}
