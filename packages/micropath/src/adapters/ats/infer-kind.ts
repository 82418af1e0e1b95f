import type { ListingKind } from '../../core/models/listing.ts';
import { hasAny, segmentsOf, termsOf, type Terms } from './terms.ts';

/**
 * Kind words in English, German, French, Spanish, Portuguese and Dutch, most specific first:
 * "micro-internship" must not read as "internship". A word names a kind; a word that is
 * part of another ("Internal", "Project Manager") does not.
 */
const KINDS: readonly [ListingKind, readonly string[]][] = [
  ['micro-apprenticeship', ['micro apprenticeship', 'microapprenticeship', 'micro apprentice']],
  ['micro-internship', ['micro internship', 'microinternship', 'micro intern', 'externship']],
  [
    'apprenticeship',
    [
      'apprentice',
      'apprentices',
      'apprenticeship',
      'apprenticeships',
      'ausbildung',
      'azubi',
      'auszubildende',
      'auszubildender',
      'lehrling',
      'lehrstelle',
      'alternance',
      'alternant',
      'alternante',
      'apprenti',
      'apprentie',
      'apprentissage',
      'aprendiz',
      'aprendices',
      'aprendizaje',
      'aprendizagem',
      'leerwerkplek',
    ],
  ],
  [
    'internship',
    [
      'intern',
      'interns',
      'internship',
      'internships',
      'co op',
      'coop',
      'working student',
      'werkstudent',
      'werkstudentin',
      'praktikum',
      'praktikant',
      'praktikantin',
      'pflichtpraktikum',
      'stagiaire',
      'stagiair',
      'afstudeerstage',
      'meewerkstage',
      'practicas',
      'practicante',
      'becario',
      'becaria',
      'estagio',
      'estagiario',
      'estagiaria',
      'trainee',
      'traineeship',
    ],
  ],
  [
    'project',
    [
      'gig',
      'freelance',
      'freelancer',
      'project based',
      'short term project',
      'fixed term project',
      'contract project',
    ],
  ],
];

/** English jobs that start with "stage": theatre and events. */
const STAGE_ROLES = ['manager', 'managers', 'hand', 'crew', 'technician', 'director', 'designer'];

/**
 * "Stage" is an internship in French and Dutch, and a word of its own in English ("Early
 * stage", "Stage Manager"): it counts where French and Dutch titles put it, first in the
 * title or in a part of its own ("Stage – Marketing", "Chargé de communication (Stage)", not
 * "Stage Manager") or around "de"/"en"/"d" ("Stage de fin d'études", "en stage").
 */
function isStage(hint: string): boolean {
  for (const segment of segmentsOf(hint)) {
    const [first, second] = segment.trim().split(' ');
    if (first === 'stage' && !STAGE_ROLES.includes(second ?? '')) return true;
  }
  return hasAny(termsOf(hint), ['stage de', 'stage en', 'stage d', 'en stage']);
}

function kindOf(hint: string): ListingKind | undefined {
  const terms: Terms = termsOf(hint);
  for (const [kind, words] of KINDS) {
    if (hasAny(terms, words)) return kind;
    if (kind === 'internship' && isStage(hint)) return kind;
  }
  return undefined;
}

/**
 * The kind of an ATS posting, from what the feed says: its title first, then its commitment or
 * employment type ("Intern", "Internship", "Apprenticeship"). Anything else is a `job`.
 */
export function inferKind(...hints: (string | null | undefined)[]): ListingKind {
  for (const hint of hints) {
    const kind = hint ? kindOf(hint) : undefined;
    if (kind) return kind;
  }
  return 'job';
}
