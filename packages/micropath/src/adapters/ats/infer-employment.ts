import type { EmploymentType } from '../../core/models/listing.ts';
import { hasAny, termsOf } from './terms.ts';

/** Employment words in English, German, French, Spanish, Portuguese and Dutch. */
const EMPLOYMENT_TERMS: readonly [EmploymentType, readonly string[]][] = [
  [
    'internship',
    ['intern', 'internship', 'working student', 'werkstudent', 'praktikum', 'stage', 'estagio'],
  ],
  [
    'volunteer',
    ['volunteer', 'ehrenamt', 'ehrenamtlich', 'benevole', 'voluntario', 'vrijwilliger'],
  ],
  [
    'temporary',
    [
      'temporary',
      'temp',
      'seasonal',
      'fixed term',
      'befristet',
      'cdd',
      'temporal',
      'temporario',
      'tijdelijk',
    ],
  ],
  ['contract', ['contract', 'contractor', 'freelance', 'freelancer', 'consultant', 'zzp']],
  [
    'part-time',
    [
      'part time',
      'parttime',
      'teilzeit',
      'temps partiel',
      'tiempo parcial',
      'media jornada',
      'meio periodo',
      'tempo parcial',
      'deeltijd',
    ],
  ],
  [
    'full-time',
    [
      'full time',
      'fulltime',
      'vollzeit',
      'temps plein',
      'tiempo completo',
      'jornada completa',
      'tempo integral',
      'voltijd',
      'permanent',
      'cdi',
    ],
  ],
];

/**
 * The employment type a feed states (Greenhouse's "Employment Type", Lever's commitment,
 * Ashby's `employmentType` such as `PartTime`), most specific first. Undefined when none says.
 */
export function inferEmploymentType(
  ...hints: (string | null | undefined)[]
): EmploymentType | undefined {
  for (const hint of hints) {
    // Ashby writes `FullTime`, `PartTime`: split the words first.
    const terms = termsOf(hint?.replace(/([a-z])([A-Z])/g, '$1 $2'));
    for (const [type, words] of EMPLOYMENT_TERMS) if (hasAny(terms, words)) return type;
  }
  return undefined;
}
