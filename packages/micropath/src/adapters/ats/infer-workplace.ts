import type { Workplace } from '../../core/models/listing.ts';
import { hasAny, segmentsOf, startsWithAny, termsOf } from './terms.ts';

/** Workplace words in English, German, French, Spanish, Portuguese and Dutch. */
const WORKPLACE_TERMS: readonly [Workplace, readonly string[]][] = [
  [
    'hybrid',
    [
      'hybrid',
      'hybride',
      'hibrido',
      'hibrida',
      'partially remote',
      'partly remote',
      'teilweise remote',
      'teletravail partiel',
      'teletrabajo parcial',
      'teletrabalho parcial',
      'semipresencial',
      'semi presencial',
      'gedeeltelijk thuiswerken',
      'gedeeltelijk op afstand',
    ],
  ],
  [
    'remote',
    [
      'remote',
      'remoto',
      'remota',
      'fully remote',
      'work from home',
      'wfh',
      'home office',
      'homeoffice',
      'teletravail',
      'teletrabajo',
      'teletrabalho',
      'a distance',
      'a distancia',
      'op afstand',
      'thuiswerken',
      'anywhere',
    ],
  ],
  [
    'onsite',
    [
      'on site',
      'onsite',
      'in office',
      'office',
      'in person',
      'presencial',
      'sur site',
      'vor ort',
      'op locatie',
      'op kantoor',
    ],
  ],
];

/**
 * Words that make a workplace word part of a job's name ("Remote Sensing", "Office Manager")
 * rather than a statement of where the work happens.
 */
const NOT_A_WORKPLACE = [
  'remote sensing',
  'remote control',
  'remote controls',
  'remote monitoring',
  'remote pilot',
  'remote operations',
];

/** "Office" alone names too many jobs ("Back Office", "Office Manager") to be read in a title. */
const TITLE_TERMS = WORKPLACE_TERMS.map(
  ([workplace, words]) => [workplace, words.filter((word) => word !== 'office')] as const,
);

/**
 * The workplace a title states in a part of its own — in brackets, after a slash or a dash
 * ("Analista de Dados (Híbrido/SP)", "Engineer – Remote", "Sales (100% Remote)") — never in
 * the name of the job itself ("Remote Sensing Engineer").
 */
function workplaceInTitle(title: string | null | undefined): Workplace | undefined {
  for (const segment of segmentsOf(title).slice(1)) {
    const terms = segment.replace(/^ (\d+ )+/, ' ');
    if (startsWithAny(terms, NOT_A_WORKPLACE)) continue;
    for (const [workplace, words] of TITLE_TERMS) if (startsWithAny(terms, words)) return workplace;
  }
  return undefined;
}

/**
 * Where the work happens, from a feed's workplace field first, then what the title states in a
 * part of its own, then its location labels (every label must say it: "Lisbon; Remote" is not
 * remote). Hybrid before remote: "Remote / hybrid" and "Télétravail partiel" are hybrid.
 */
export function inferWorkplace(
  field: string | null | undefined,
  locations: readonly string[] = [],
  title?: string | null,
): Workplace | undefined {
  const terms = termsOf(field);
  for (const [workplace, words] of WORKPLACE_TERMS) if (hasAny(terms, words)) return workplace;
  const stated = workplaceInTitle(title);
  if (stated) return stated;
  if (!locations.length) return undefined;
  for (const [workplace, words] of WORKPLACE_TERMS)
    if (locations.every((label) => hasAny(termsOf(label), words))) return workplace;
  return undefined;
}
