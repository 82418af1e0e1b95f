/**
 * BambooHR's public careers site, no key needed: `GET {apiBase}/careers/list` lists a
 * company's openings (title, department, employment status, place; no description) and
 * `GET {apiBase}/careers/{id}/detail` gives one opening's description when it opens. The
 * company is the subdomain, as in `COMPANY.bamboohr.com/careers`.
 */
import { createHttpClient, type HttpClientOptions } from '../../core/http.ts';
import { readOne } from '../../core/boundary.ts';
import * as v from '../../core/valibot.ts';
import type { ListingInput, Location, Workplace } from '../../core/models/listing.ts';
import { createWholeBoardAdapter, type WholeBoardAdapter } from './whole-board.ts';
import { inferKind } from './infer-kind.ts';
import { inferWorkplace } from './infer-workplace.ts';
import { inferEmploymentType } from './infer-employment.ts';
import { htmlToText } from './html-text.ts';
import { countryCode, isoDate } from './feed-values.ts';

export interface BambooHrOptions extends Omit<HttpClientOptions, 'baseUrl'> {
  /** The company, as in `COMPANY.bamboohr.com`. */
  company: string;
  /** Default `https://COMPANY.bamboohr.com`; a proxy's address otherwise. */
  apiBase?: string;
  /** Shown as the organization (the list names none). Default the company. */
  companyName?: string;
  /** How long the fetched board is kept, in ms. Default 5 minutes. */
  maxAgeMs?: number;
}

interface BambooPlace {
  city?: string | null;
  state?: string | null;
  province?: string | null;
  country?: string | null;
  /** ISO code, when the detail gives one. */
  addressCountry?: string | null;
}

export interface BambooHrOpening {
  id: string | number;
  jobOpeningName?: string;
  departmentLabel?: string | null;
  employmentStatusLabel?: string | null;
  location?: BambooPlace | null;
  atsLocation?: BambooPlace | null;
  isRemote?: boolean | null;
  /** "0" on site, "1" remote, "2" hybrid. */
  locationType?: string | number | null;
  datePosted?: string | null;
  description?: string | null;
}

const List = v.looseObject({
  result: v.array(v.looseObject({ id: v.union([v.string(), v.finiteNumber()]) })),
});
const Detail = v.looseObject({
  result: v.looseObject({
    jobOpening: v.looseObject({
      description: v.optional(v.nullable(v.string())),
      datePosted: v.optional(v.nullable(v.string())),
    }),
  }),
});

const LOCATION_TYPES: Record<string, Workplace> = { '0': 'onsite', '1': 'remote', '2': 'hybrid' };

function place(where: BambooPlace | null | undefined): Location | undefined {
  const city = where?.city?.trim();
  const region = (where?.state ?? where?.province)?.trim();
  const countryName = where?.country?.trim();
  const label = [city, region, countryName].filter(Boolean).join(', ');
  if (!label) return undefined;
  const country = countryCode(where?.addressCountry) ?? countryCode(countryName);
  return {
    label,
    ...(city ? { city } : {}),
    ...(region ? { region } : {}),
    ...(country ? { country } : {}),
  };
}

export function mapBambooHrOpening(
  opening: BambooHrOpening,
  company: string,
  origin: string,
): ListingInput {
  // The careers site's own place (`atsLocation`) when it has one, else the company's office.
  const where = place(opening.atsLocation) ?? place(opening.location);
  const id = String(opening.id);
  const listing: ListingInput = {
    id,
    title: opening.jobOpeningName?.trim() ?? '',
    kind: inferKind(opening.jobOpeningName, opening.employmentStatusLabel),
    organization: { name: company },
    locations: where ? [where] : [],
    url: `${origin}/careers/${encodeURIComponent(id)}`,
  };
  listing.applyUrl = listing.url;
  const workplace =
    (opening.isRemote ? 'remote' : undefined) ??
    LOCATION_TYPES[String(opening.locationType ?? '')] ??
    inferWorkplace(undefined, where ? [where.label] : [], opening.jobOpeningName);
  if (workplace) listing.workplace = workplace;
  const employment = inferEmploymentType(opening.employmentStatusLabel);
  if (employment) listing.employmentType = employment;
  if (opening.departmentLabel?.trim()) listing.department = opening.departmentLabel.trim();
  const posted = isoDate(opening.datePosted);
  if (posted) listing.postedAt = posted;
  if (opening.description?.trim()) {
    listing.descriptionHtml = opening.description;
    listing.summary = htmlToText(opening.description);
  }
  return listing;
}

export function bambooHrAdapter(options: BambooHrOptions): WholeBoardAdapter {
  const origin = `https://${encodeURIComponent(options.company)}.bamboohr.com`;
  const http = createHttpClient({ ...options, baseUrl: options.apiBase ?? origin });
  const name = `BambooHR company "${options.company}"`;
  return createWholeBoardAdapter<BambooHrOpening>({
    name,
    maxAgeMs: options.maxAgeMs,
    load: async (signal) =>
      (
        await http.request({
          path: 'careers/list',
          signal,
          read: (body) => readOne(List, body, `${name} openings`),
        })
      ).result as BambooHrOpening[],
    map: (opening) => mapBambooHrOpening(opening, options.companyName ?? options.company, origin),
    detail: async (listing, signal) => {
      const answer = await http.request({
        path: `careers/${encodeURIComponent(listing.id)}/detail`,
        signal,
        read: (body) => readOne(Detail, body, `${name} opening`),
      });
      const opening = answer.result.jobOpening;
      const more: Partial<ListingInput> = {};
      if (opening.description?.trim()) {
        more.descriptionHtml = opening.description;
        more.summary = htmlToText(opening.description);
      }
      const posted = isoDate(opening.datePosted);
      if (posted) more.postedAt = posted;
      return more;
    },
  });
}

/** `source="bamboohr:COMPANY"` (sources.ts). */
export const fromSource = (company: string) => bambooHrAdapter({ company });
