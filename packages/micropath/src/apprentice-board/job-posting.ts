/**
 * schema.org JobPosting for the open listing, so search engines can index a board that lives
 * inside a web component. Kept in the element's light DOM while the detail view is open.
 * Only what Google's job search accepts is written: every address with its country, and no
 * JobPosting at all when a property Google requires is missing (the console says which).
 */
import type { EmploymentType, Listing } from '../core/models/listing.ts';
import type { SkillRequirement } from '../core/models/skill.ts';
import { addressOf, areaOf, countryCode } from './location-address.ts';

/** schema.org's employmentType: the feed's own first, else what the kind says for sure. */
const EMPLOYMENT: Record<EmploymentType, string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
  volunteer: 'VOLUNTEER',
};
const BY_KIND: Partial<Record<Listing['kind'], string>> = {
  'micro-internship': 'INTERN',
  internship: 'INTERN',
  project: 'CONTRACTOR',
};
const UNIT: Record<string, string> = {
  hour: 'HOUR',
  day: 'DAY',
  week: 'WEEK',
  month: 'MONTH',
  year: 'YEAR',
};

export function jobPosting(
  listing: Listing,
  descriptionText: string,
  hasDirectApply: boolean,
): Record<string, unknown> | undefined {
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: listing.title,
    description: descriptionText || listing.summary || listing.title,
    identifier: { '@type': 'PropertyValue', name: listing.organization.name, value: listing.id },
    hiringOrganization: {
      '@type': 'Organization',
      name: listing.organization.name,
      ...(listing.organization.url ? { sameAs: listing.organization.url } : {}),
      ...(listing.organization.logoUrl ? { logo: listing.organization.logoUrl } : {}),
    },
  };
  const employment = listing.employmentType
    ? EMPLOYMENT[listing.employmentType]
    : BY_KIND[listing.kind];
  if (employment) posting.employmentType = employment;
  // Only when the form is on this page: Google reads `directApply: true` as "apply here".
  if (hasDirectApply) posting.directApply = true;
  if (listing.postedAt) posting.datePosted = listing.postedAt;
  if (listing.applyBy) posting.validThrough = listing.applyBy;
  if (listing.url) posting.url = listing.url;
  const addresses = listing.locations.map((location) => ({
    location,
    address: addressOf(location),
  }));
  const remote = listing.workplace === 'remote';
  if (remote) {
    posting.jobLocationType = 'TELECOMMUTE';
    const where = applicantLocations(listing);
    if (where) posting.applicantLocationRequirements = where;
  }
  // Google reads an address without its country as an error: such a place is left out, not
  // sent half. A remote posting's places are only those with a city (an office it also hires at).
  const places = addresses.filter(
    ({ address }) => address.country && (!remote || address.locality),
  );
  if (places.length) {
    posting.jobLocation = places.map(({ address }) => ({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(address.locality ? { addressLocality: address.locality } : {}),
        ...(address.region ? { addressRegion: address.region } : {}),
        addressCountry: address.country,
      },
    }));
  }
  const pay = listing.compensation;
  if (
    pay &&
    pay.kind !== 'unpaid' &&
    pay.currency &&
    (pay.min !== undefined || pay.max !== undefined)
  ) {
    posting.baseSalary = {
      '@type': 'MonetaryAmount',
      currency: pay.currency,
      value: {
        '@type': 'QuantitativeValue',
        ...(pay.min !== undefined ? { minValue: pay.min } : {}),
        ...(pay.max !== undefined ? { maxValue: pay.max } : {}),
        ...(pay.interval && UNIT[pay.interval] ? { unitText: UNIT[pay.interval] } : {}),
      },
    };
  }
  if (listing.skills.length) posting.skills = listing.skills.map(definedTerm);
  const education = listing.educationRequirements ?? [];
  if (education.length) {
    posting.educationRequirements = education.map((credentialCategory) => ({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory,
    }));
  }
  if (listing.experienceMonths !== undefined) {
    posting.experienceRequirements = {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: listing.experienceMonths,
    };
  }
  if (listing.experienceInPlaceOfEducation !== undefined)
    posting.experienceInPlaceOfEducation = listing.experienceInPlaceOfEducation;
  // A fully remote posting needs no place; any other needs one Google can read.
  const missing = ['datePosted', ...(remote ? [] : ['jobLocation'])].filter(
    (property) => posting[property] === undefined,
  );
  if (missing.length) {
    console.warn(
      `[micropath] No JobPosting JSON-LD for listing "${listing.id}": Google requires ${missing.join(' and ')}, which it does not have.`,
    );
    return undefined;
  }
  return posting;
}

/**
 * Where a remote posting's applicants may live: the countries (or areas, "EU") its labels name.
 * None when any label names no place ("Global Remote", "Anywhere") or there are no labels: a
 * posting open everywhere is said by `TELECOMMUTE` alone, as Google documents.
 */
function applicantLocations(listing: Listing): Record<string, string>[] | undefined {
  const areas: Record<string, string>[] = [];
  for (const location of listing.locations) {
    const area = areaOf(location.label);
    const country = addressOf(location).country ?? (area ? countryCode(area) : undefined);
    if (!country && !area) return undefined;
    const entry = country
      ? { '@type': 'Country', name: country }
      : { '@type': 'AdministrativeArea', name: area! };
    if (!areas.some((known) => known.name === entry.name)) areas.push(entry);
  }
  return areas.length ? areas : undefined;
}

const isHttp = (value: string) => /^https?:\/\//i.test(value);

/** A skill as schema.org reads one: a DefinedTerm, its concept URI as `@id` and `url`. */
function definedTerm(skill: SkillRequirement): Record<string, unknown> {
  const term: Record<string, unknown> = { '@type': 'DefinedTerm', name: skill.label };
  // Only an absolute URI is an identifier; a feed's "SQL 1" is not.
  if (skill.id && URL.canParse(skill.id)) {
    term['@id'] = skill.id;
    if (isHttp(skill.id)) term.url = skill.id;
  }
  if (skill.code) term.termCode = skill.code;
  if (skill.framework) {
    term.inDefinedTermSet = isHttp(skill.framework)
      ? skill.framework
      : { '@type': 'DefinedTermSet', name: skill.framework };
  }
  return term;
}

/** JSON safe inside a script element: no "</script" or "<!--" can close or confuse it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}
