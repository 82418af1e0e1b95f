/**
 * Recruitee's public Careers Site API: `GET {apiBase}/api/offers/` returns every published
 * offer of a company (description, requirements, locations, salary), no key needed. The
 * company is the subdomain of its careers site (`COMPANY.recruitee.com`).
 */
import { createHttpClient, type HttpClientOptions } from '../../core/http.ts';
import { readOne } from '../../core/boundary.ts';
import * as v from '../../core/valibot.ts';
import type { ListingInput, Location } from '../../core/models/listing.ts';
import { createWholeBoardAdapter, type WholeBoardAdapter } from './whole-board.ts';
import { inferKind } from './infer-kind.ts';
import { inferWorkplace } from './infer-workplace.ts';
import { inferEmploymentType } from './infer-employment.ts';
import { htmlToText } from './html-text.ts';
import { amount, countryCode, isoDate, payRange } from './feed-values.ts';

export interface RecruiteeOptions extends Omit<HttpClientOptions, 'baseUrl'> {
  /** The company, as in `COMPANY.recruitee.com`. */
  company: string;
  /** Default `https://COMPANY.recruitee.com`; a proxy's address otherwise. */
  apiBase?: string;
  /** How long the fetched board is kept, in ms. Default 5 minutes. */
  maxAgeMs?: number;
}

interface RecruiteePlace {
  name?: string | null;
  city?: string | null;
  state?: string | null;
  country?: string | null;
  country_code?: string | null;
}

export interface RecruiteeOffer {
  id: number | string;
  slug?: string;
  title?: string;
  company_name?: string | null;
  description?: string | null;
  requirements?: string | null;
  department?: string | null;
  location?: string | null;
  city?: string | null;
  state_name?: string | null;
  country?: string | null;
  country_code?: string | null;
  locations?: RecruiteePlace[] | null;
  remote?: boolean | null;
  hybrid?: boolean | null;
  on_site?: boolean | null;
  employment_type_code?: string | null;
  salary?: { min?: unknown; max?: unknown; currency?: unknown; period?: unknown } | null;
  min_hours_per_week?: unknown;
  max_hours_per_week?: unknown;
  careers_url?: string | null;
  careers_apply_url?: string | null;
  published_at?: string | null;
  created_at?: string | null;
  close_at?: string | null;
}

const Offers = v.looseObject({
  offers: v.array(v.looseObject({ id: v.union([v.finiteNumber(), v.string()]) })),
});

function place(where: RecruiteePlace): Location | undefined {
  const city = where.city?.trim();
  const region = where.state?.trim();
  const label = [city || where.name?.trim(), region, where.country?.trim()]
    .filter(Boolean)
    .filter((part, i, all) => all.indexOf(part) === i)
    .join(', ');
  if (!label) return undefined;
  const country = countryCode(where.country_code);
  return {
    label,
    ...(city ? { city } : {}),
    ...(region ? { region } : {}),
    ...(country ? { country } : {}),
  };
}

export function mapRecruiteeOffer(offer: RecruiteeOffer, company: string): ListingInput {
  const places = offer.locations?.length
    ? offer.locations
    : offer.city || offer.country
      ? [
          {
            city: offer.city,
            state: offer.state_name,
            country: offer.country,
            country_code: offer.country_code,
          },
        ]
      : [];
  let locations = places.map(place).filter((l): l is Location => Boolean(l));
  // The trimmed answers keep only `location`: "Amsterdam, Noord-Holland, Netherlands", "Remote job".
  if (!locations.length && offer.location?.trim()) locations = [{ label: offer.location.trim() }];
  const listing: ListingInput = {
    id: String(offer.id),
    title: offer.title?.trim() ?? '',
    kind: inferKind(offer.title, offer.employment_type_code),
    organization: { name: offer.company_name?.trim() || company },
    locations,
  };
  // The feed says which ways of working it offers; remote first, as it includes the others.
  listing.workplace =
    (offer.remote ? 'remote' : offer.hybrid ? 'hybrid' : offer.on_site ? 'onsite' : undefined) ??
    inferWorkplace(offer.location, [], offer.title);
  if (!listing.workplace) delete listing.workplace;
  const employment = inferEmploymentType(offer.employment_type_code);
  if (employment) listing.employmentType = employment;
  if (offer.department?.trim()) listing.department = offer.department.trim();
  const html = [offer.description, offer.requirements].filter((p) => p?.trim()).join('');
  if (html) {
    listing.descriptionHtml = html;
    listing.summary = htmlToText(html);
  }
  const salary = offer.salary;
  const pay = salary && payRange(salary.min, salary.max, salary.currency, salary.period);
  if (pay) listing.compensation = { kind: 'paid', ...pay };
  const fewest = amount(offer.min_hours_per_week);
  const most = amount(offer.max_hours_per_week);
  if (fewest !== undefined || most !== undefined)
    listing.hoursPerWeek = {
      ...(fewest !== undefined ? { min: fewest } : {}),
      ...(most !== undefined ? { max: most } : {}),
    };
  const posted = isoDate(offer.published_at ?? offer.created_at);
  if (posted) listing.postedAt = posted;
  const closes = isoDate(offer.close_at);
  if (closes) listing.applyBy = closes;
  if (offer.careers_url) listing.url = offer.careers_url;
  if (offer.careers_apply_url ?? offer.careers_url)
    listing.applyUrl = offer.careers_apply_url ?? offer.careers_url!;
  return listing;
}

export function recruiteeAdapter(options: RecruiteeOptions): WholeBoardAdapter {
  const http = createHttpClient({
    ...options,
    baseUrl: options.apiBase ?? `https://${encodeURIComponent(options.company)}.recruitee.com`,
  });
  const name = `Recruitee company "${options.company}"`;
  return createWholeBoardAdapter<RecruiteeOffer>({
    name,
    maxAgeMs: options.maxAgeMs,
    load: async (signal) =>
      (
        await http.request({
          path: 'api/offers/',
          signal,
          read: (body) => readOne(Offers, body, `${name} offers`),
        })
      ).offers as RecruiteeOffer[],
    map: (offer) => mapRecruiteeOffer(offer, options.company),
  });
}

/** `source="recruitee:COMPANY"` (sources.ts). */
export const fromSource = (company: string) => recruiteeAdapter({ company });
