import type { Workplace } from '../../core/models/listing.ts';
import { hasAny, termsOf } from './terms.ts';

/** Workplace words in English, German, French, Spanish, Portuguese and Dutch. */
const WORKPLACE_TERMS: readonly [Workplace, readonly string[]][] = [
  ['hybrid', ['hybrid', 'hybride', 'hibrido', 'hibrida']],
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
 * Where the work happens, from a feed's workplace field first, then its location labels (every
 * label must say it: "Lisbon; Remote" is not remote). Hybrid before remote: "Remote / hybrid"
 * is hybrid. Titles are not read ("Remote Sensing Engineer").
 */
export function inferWorkplace(
  field: string | null | undefined,
  locations: readonly string[] = [],
): Workplace | undefined {
  const terms = termsOf(field);
  for (const [workplace, words] of WORKPLACE_TERMS) if (hasAny(terms, words)) return workplace;
  if (!locations.length) return undefined;
  for (const [workplace, words] of WORKPLACE_TERMS)
    if (locations.every((label) => hasAny(termsOf(label), words))) return workplace;
  return undefined;
}
