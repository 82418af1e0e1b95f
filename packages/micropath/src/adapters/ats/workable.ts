/**
 * Workable's public careers APIs, no key needed. The list is the widget API,
 * `GET {apiBase}/api/v1/widget/accounts/{account}`, the whole board in one answer (without
 * descriptions), or with `list: 'v3'` the careers page's own `POST {apiBase}/api/v3/accounts/
 * {account}/jobs`, a page at a time: its `nextPage` cursor goes back as the body's `token`.
 * When a posting opens, `GET {apiBase}/api/v2/accounts/{account}/jobs/{shortcode}` gives its
 * description, requirements and benefits (one request, kept).
 */
import { createHttpClient, type HttpClientOptions } from '../../core/http.ts';
import { readOne } from '../../core/boundary.ts';
import * as v from '../../core/valibot.ts';
import type {
  EmploymentType,
  ListingInput,
  Location,
  Workplace,
} from '../../core/models/listing.ts';
import { createWholeBoardAdapter, type WholeBoardAdapter } from './whole-board.ts';
import { inferKind } from './infer-kind.ts';
import { inferWorkplace } from './infer-workplace.ts';
import { inferEmploymentType } from './infer-employment.ts';
import { htmlToText } from './html-text.ts';

export interface WorkableOptions extends Omit<HttpClientOptions, 'baseUrl'> {
  /** The account, as in `apply.workable.com/ACCOUNT`. */
  account: string;
  /** Default `https://apply.workable.com`; a proxy's address otherwise. */
  apiBase?: string;
  /** `widget` (default): one request for the whole board. `v3`: the paged careers-page list. */
  list?: 'widget' | 'v3';
  /** Shown as the organization when the answer names none. */
  company?: string;
  /** At most this many postings are read from the v3 list. Default 1000. */
  maxPostings?: number;
  /** How long the fetched board is kept, in ms. Default 5 minutes. */
  maxAgeMs?: number;
}

interface WorkablePlace {
  country?: string | null;
  countryCode?: string | null;
  city?: string | null;
  region?: string | null;
  hidden?: boolean;
}

/** A posting from either list (the widget's snake_case or v3's camelCase) or the v2 detail. */
export interface WorkableJob {
  shortcode: string;
  title?: string;
  // widget list
  employment_type?: string | null;
  telecommuting?: boolean | null;
  department?: string | string[] | null;
  url?: string | null;
  application_url?: string | null;
  published_on?: string | null;
  country?: string | null;
  city?: string | null;
  state?: string | null;
  description?: string | null;
  // v3 list and v2 detail
  remote?: boolean | null;
  workplace?: string | null;
  type?: string | null;
  published?: string | null;
  location?: WorkablePlace | null;
  locations?: WorkablePlace[] | null;
  requirements?: string | null;
  benefits?: string | null;
}

const Widget = v.looseObject({
  name: v.optional(v.nullable(v.string())),
  jobs: v.array(v.looseObject({ shortcode: v.string() })),
});
const V3Page = v.looseObject({
  total: v.optional(v.finiteNumber()),
  results: v.array(v.looseObject({ shortcode: v.string() })),
  nextPage: v.optional(v.nullable(v.string())),
});
const Detail = v.looseObject({
  shortcode: v.string(),
  description: v.optional(v.nullable(v.string())),
  requirements: v.optional(v.nullable(v.string())),
  benefits: v.optional(v.nullable(v.string())),
});

const WORKPLACES: Record<string, Workplace> = {
  remote: 'remote',
  hybrid: 'hybrid',
  on_site: 'onsite',
};
/** v3's `type`. */
const TYPES: Record<string, EmploymentType> = {
  full: 'full-time',
  part: 'part-time',
  contract: 'contract',
  temporary: 'temporary',
  internship: 'internship',
  volunteer: 'volunteer',
};

function place(where: WorkablePlace): Location | undefined {
  const city = where.city?.trim();
  const region = where.region?.trim();
  const countryName = where.country?.trim();
  const label = [city, region, countryName].filter(Boolean).join(', ');
  if (!label) return undefined;
  const code = where.countryCode?.trim().toUpperCase();
  return {
    label,
    ...(city ? { city } : {}),
    ...(region ? { region } : {}),
    ...(code && /^[A-Z]{2}$/.test(code) ? { country: code } : {}),
  };
}

/** Workable's three HTML sections as one description. */
export function workableHtml(job: Partial<WorkableJob>): string {
  return [job.description, job.requirements, job.benefits]
    .filter((part): part is string => Boolean(part?.trim()))
    .join('');
}

export function mapWorkableJob(job: WorkableJob, account: string, company: string): ListingInput {
  const places = job.locations?.length
    ? job.locations.filter((where) => !where.hidden)
    : [job.location ?? { city: job.city, region: job.state, country: job.country }];
  const locations = places.map(place).filter((l): l is Location => Boolean(l));
  const page = `https://apply.workable.com/${encodeURIComponent(account)}/j/${encodeURIComponent(job.shortcode)}/`;
  const listing: ListingInput = {
    id: job.shortcode,
    title: job.title?.trim() ?? '',
    kind: inferKind(job.title, job.employment_type),
    organization: { name: company },
    locations,
    url: job.url ?? page,
    applyUrl: job.application_url ?? `${page}apply/`,
  };
  const workplace =
    WORKPLACES[job.workplace ?? ''] ??
    (job.remote || job.telecommuting ? 'remote' : undefined) ??
    inferWorkplace(
      undefined,
      locations.map((l) => l.label),
      job.title,
    );
  if (workplace) listing.workplace = workplace;
  const employment = TYPES[job.type ?? ''] ?? inferEmploymentType(job.employment_type);
  if (employment) listing.employmentType = employment;
  const department = [job.department].flat()[0]?.trim();
  if (department) listing.department = department;
  const html = workableHtml(job);
  if (html) {
    listing.descriptionHtml = html;
    listing.summary = htmlToText(html);
  }
  const posted = job.published ?? job.published_on;
  if (posted) listing.postedAt = posted;
  return listing;
}

export function workableAdapter(options: WorkableOptions): WholeBoardAdapter {
  const http = createHttpClient({
    ...options,
    baseUrl: options.apiBase ?? 'https://apply.workable.com',
  });
  const account = encodeURIComponent(options.account);
  const name = `Workable account "${options.account}"`;
  const max = options.maxPostings ?? 1000;
  let company = options.company ?? options.account;
  return createWholeBoardAdapter<WorkableJob>({
    name,
    maxAgeMs: options.maxAgeMs,
    load: async (signal) => {
      if (options.list !== 'v3') {
        const board = await http.request({
          path: `api/v1/widget/accounts/${account}`,
          signal,
          read: (body) => readOne(Widget, body, `${name} jobs`),
        });
        if (!options.company && board.name?.trim()) company = board.name.trim();
        return board.jobs as WorkableJob[];
      }
      const jobs: WorkableJob[] = [];
      let token: string | undefined;
      const seen = new Set<string>();
      do {
        const page = await http.request({
          method: 'POST',
          path: `api/v3/accounts/${account}/jobs`,
          body: token ? { token } : {},
          signal,
          read: (body) => readOne(V3Page, body, `${name} jobs`),
        });
        jobs.push(...(page.results as WorkableJob[]));
        // A cursor seen before would loop; an empty page ends the list too.
        token = page.results.length && page.nextPage ? page.nextPage : undefined;
        if (token && seen.has(token)) token = undefined;
        if (token) seen.add(token);
      } while (token && jobs.length < max);
      return jobs.slice(0, max);
    },
    map: (job) => mapWorkableJob(job, options.account, company),
    detail: async (listing, signal) => {
      const job = await http.request({
        path: `api/v2/accounts/${account}/jobs/${encodeURIComponent(listing.id)}`,
        signal,
        read: (body) => readOne(Detail, body, `${name} job`),
      });
      const html = workableHtml(job);
      return html ? { descriptionHtml: html, summary: htmlToText(html) } : {};
    },
  });
}

/** `source="workable:ACCOUNT"` (sources.ts). */
export const fromSource = (account: string) => workableAdapter({ account });
