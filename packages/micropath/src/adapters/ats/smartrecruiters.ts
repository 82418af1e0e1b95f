/**
 * SmartRecruiters' public Posting API: `GET {apiBase}/v1/companies/{company}/postings?limit=100&offset=N`
 * lists a company's postings a page at a time (title, location, employment type, department,
 * release date; no description), and `…/postings/{id}` gives one posting's job ad in four
 * HTML sections, fetched when its detail opens. No key is needed. The company is the
 * identifier in its careers URL (`jobs.smartrecruiters.com/COMPANY`).
 */
import { createHttpClient, type HttpClientOptions } from '../../core/http.ts';
import { readOne } from '../../core/boundary.ts';
import * as v from '../../core/valibot.ts';
import type { ListingInput } from '../../core/models/listing.ts';
import { createWholeBoardAdapter, type WholeBoardAdapter } from './whole-board.ts';
import { inferKind } from './infer-kind.ts';
import { inferEmploymentType } from './infer-employment.ts';

export interface SmartRecruitersOptions extends Omit<HttpClientOptions, 'baseUrl'> {
  /** The company identifier, as in `jobs.smartrecruiters.com/COMPANY`. */
  company: string;
  /** Default `https://api.smartrecruiters.com`; a proxy's address otherwise. */
  apiBase?: string;
  /** At most this many postings are read (pages of 100). Default 1000. */
  maxPostings?: number;
  /** How long the fetched board is kept, in ms. Default 5 minutes. */
  maxAgeMs?: number;
}

interface Labelled {
  id?: string;
  label?: string;
}
export interface SmartRecruitersPosting {
  id: string;
  name?: string;
  company?: { identifier?: string; name?: string };
  releasedDate?: string;
  location?: {
    city?: string;
    region?: string;
    country?: string;
    remote?: boolean;
    hybrid?: boolean;
    fullLocation?: string;
  };
  department?: Labelled;
  typeOfEmployment?: Labelled;
}

const Page = v.looseObject({
  totalFound: v.optional(v.finiteNumber()),
  content: v.array(v.unknown()),
});
const Detail = v.looseObject({
  jobAd: v.optional(
    v.looseObject({
      sections: v.optional(
        v.record(
          v.string(),
          v.looseObject({ title: v.optional(v.string()), text: v.optional(v.string()) }),
        ),
      ),
    }),
  ),
});
/** The job ad's sections in reading order. */
const SECTIONS = [
  'companyDescription',
  'jobDescription',
  'qualifications',
  'additionalInformation',
];

const escapeText = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function mapSmartRecruitersPosting(
  posting: SmartRecruitersPosting,
  company: string,
): ListingInput {
  const where = posting.location ?? {};
  // "Szczecin, , Poland": an empty region leaves a gap in the label.
  const label = (where.fullLocation ?? [where.city, where.region].filter(Boolean).join(', '))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
  const employment = posting.typeOfEmployment;
  const owner = posting.company?.identifier ?? company;
  const listing: ListingInput = {
    id: posting.id,
    title: posting.name?.trim() ?? '',
    kind: inferKind(posting.name, employment?.id, employment?.label),
    organization: { name: posting.company?.name?.trim() || company },
    locations: label
      ? [
          {
            label,
            ...(where.city ? { city: where.city } : {}),
            ...(where.region ? { region: where.region } : {}),
            ...(where.country ? { country: where.country.toUpperCase() } : {}),
          },
        ]
      : [],
    url: `https://jobs.smartrecruiters.com/${encodeURIComponent(owner)}/${encodeURIComponent(posting.id)}`,
  };
  listing.applyUrl = listing.url;
  // The feed says remote and hybrid outright; neither means on site.
  listing.workplace = where.remote ? 'remote' : where.hybrid ? 'hybrid' : 'onsite';
  const employmentType = inferEmploymentType(employment?.id, employment?.label);
  if (employmentType) listing.employmentType = employmentType;
  if (posting.department?.label) listing.department = posting.department.label;
  if (posting.releasedDate) listing.postedAt = posting.releasedDate;
  return listing;
}

export function smartRecruitersAdapter(options: SmartRecruitersOptions): WholeBoardAdapter {
  const http = createHttpClient({
    ...options,
    baseUrl: options.apiBase ?? 'https://api.smartrecruiters.com',
  });
  const path = `v1/companies/${encodeURIComponent(options.company)}/postings`;
  const max = options.maxPostings ?? 1000;
  const name = `SmartRecruiters company "${options.company}"`;
  return createWholeBoardAdapter<SmartRecruitersPosting>({
    name,
    maxAgeMs: options.maxAgeMs,
    load: async (signal) => {
      const postings: SmartRecruitersPosting[] = [];
      for (let offset = 0; offset < max; offset += 100) {
        const page = await http.request({
          path,
          query: { limit: 100, offset },
          signal,
          read: (body) => readOne(Page, body, `${name} postings`),
        });
        postings.push(...(page.content as SmartRecruitersPosting[]));
        const total = page.totalFound ?? 0;
        if (!page.content.length || offset + 100 >= total) break;
      }
      return postings.slice(0, max);
    },
    map: (posting) => mapSmartRecruitersPosting(posting, options.company),
    detail: async (listing, signal) => {
      const answer = await http.request({
        path: `${path}/${encodeURIComponent(listing.id)}`,
        signal,
        read: (body) => readOne(Detail, body, `${name} posting`),
      });
      const sections = answer.jobAd?.sections ?? {};
      const html = SECTIONS.map((key) => sections[key])
        .filter((section) => section?.text?.trim())
        .map((section) =>
          section!.title ? `<h3>${escapeText(section!.title)}</h3>${section!.text}` : section!.text,
        )
        .join('');
      return html ? { descriptionHtml: html } : {};
    },
  });
}

/** `source="smartrecruiters:COMPANY"` (sources.ts). */
export const fromSource = (company: string) => smartRecruitersAdapter({ company });
