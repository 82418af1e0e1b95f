/**
 * schema.org JobPosting for the open listing, so search engines can index a board that lives
 * inside a web component. Kept in the element's light DOM while the detail view is open.
 */
import type { Listing } from '../core/models/listing.ts';

const EMPLOYMENT: Record<Listing['kind'], string> = {
  'micro-apprenticeship': 'OTHER',
  'micro-internship': 'INTERN',
  apprenticeship: 'OTHER',
  internship: 'INTERN',
  project: 'CONTRACTOR',
  job: 'FULL_TIME',
  other: 'OTHER',
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
): Record<string, unknown> {
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
    employmentType: EMPLOYMENT[listing.kind],
    directApply: hasDirectApply,
  };
  if (listing.postedAt) posting.datePosted = listing.postedAt;
  if (listing.applyBy) posting.validThrough = listing.applyBy;
  if (listing.url) posting.url = listing.url;
  if (listing.workplace === 'remote') {
    posting.jobLocationType = 'TELECOMMUTE';
    const countries = listing.locations.flatMap((l) => (l.country ? [l.country] : []));
    posting.applicantLocationRequirements = countries.length
      ? countries.map((name) => ({ '@type': 'Country', name }))
      : listing.locations.map((l) => ({ '@type': 'AdministrativeArea', name: l.label }));
  }
  const places = listing.locations.filter((l) => listing.workplace !== 'remote' || l.city);
  if (places.length) {
    posting.jobLocation = places.map((l) => ({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(l.city ? { addressLocality: l.city } : { name: l.label }),
        ...(l.region ? { addressRegion: l.region } : {}),
        ...(l.country ? { addressCountry: l.country } : {}),
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
  return posting;
}

/** JSON safe inside a script element: no "</script" or "<!--" can close or confuse it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}
