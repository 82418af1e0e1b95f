/** The listing vocabularies, without zod: UI code imports these to stay light. */
export const LISTING_KINDS = [
  'micro-apprenticeship',
  'micro-internship',
  'apprenticeship',
  'internship',
  'project',
  'job',
  'other',
] as const;
export const WORKPLACES = ['remote', 'hybrid', 'onsite'] as const;
/** How the work is employed, as the feed says it (schema.org's employmentType, lower case). */
export const EMPLOYMENT_TYPES = [
  'full-time',
  'part-time',
  'contract',
  'temporary',
  'internship',
  'volunteer',
] as const;
export const DURATION_UNITS = ['hours', 'days', 'weeks', 'months'] as const;
export const COMPENSATION_KINDS = ['paid', 'stipend', 'unpaid'] as const;
export const PAY_INTERVALS = ['hour', 'day', 'week', 'month', 'year', 'total'] as const;
export const LISTING_SORTS = ['relevance', 'newest', 'deadline', 'shortest'] as const;
export { SKILL_IMPORTANCES } from './skill-importances.ts';
/** Google's credentialCategory values for a JobPosting's educationRequirements. */
export const CREDENTIAL_CATEGORIES = [
  'high school',
  'associate degree',
  'bachelor degree',
  'professional certificate',
  'postgraduate degree',
] as const;
/** At most this many credentials with an application, each at most this many characters. */
export const APPLICATION_CREDENTIALS = { count: 10, chars: 32_000 } as const;
