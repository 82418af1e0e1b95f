/**
 * Workday's careers sites (CXS), no key needed: `POST {apiBase}/wday/cxs/{tenant}/{site}/jobs`
 * with `{ limit, offset, searchText, appliedFacets }` lists postings 20 at a time (title,
 * place, how long ago it was posted, remote type); `GET …/{tenant}/{site}{externalPath}` gives
 * one posting's description when it opens. The origin is the careers site's own,
 * `https://TENANT.wdN.myworkdayjobs.com`; its data centre (`wd1`, `wd5`…) is in its URL.
 */
import { createHttpClient, type HttpClientOptions } from '../../core/http.ts';
import { readOne } from '../../core/boundary.ts';
import * as v from '../../core/valibot.ts';
import type { ListingInput, Workplace } from '../../core/models/listing.ts';
import { createWholeBoardAdapter, type WholeBoardAdapter } from './whole-board.ts';
import { inferKind } from './infer-kind.ts';
import { inferWorkplace } from './infer-workplace.ts';
import { inferEmploymentType } from './infer-employment.ts';
import { htmlToText } from './html-text.ts';
import { isoDate } from './feed-values.ts';

export interface WorkdayOptions extends Omit<HttpClientOptions, 'baseUrl'> {
  /** The tenant, as in `TENANT.wd5.myworkdayjobs.com`. */
  tenant: string;
  /** The careers site, as in `…myworkdayjobs.com/SITE` (case matters). */
  site: string;
  /** The data centre in the careers site's host (`wd1`, `wd3`, `wd5`…). Default `wd1`. */
  dataCenter?: string;
  /** Default the careers site's origin; a proxy's address otherwise. */
  apiBase?: string;
  /** Shown as the organization when the posting names none. Default the tenant. */
  company?: string;
  /** At most this many postings are read (pages of 20). Default 1000. */
  maxPostings?: number;
  /** How long the fetched board is kept, in ms. Default 5 minutes. */
  maxAgeMs?: number;
  now?: () => number;
}

export interface WorkdayPosting {
  title?: string;
  externalPath: string;
  locationsText?: string | null;
  postedOn?: string | null;
  remoteType?: string | null;
  bulletFields?: string[] | null;
}

const PAGE = 20;
const Page = v.looseObject({
  total: v.optional(v.finiteNumber()),
  jobPostings: v.array(v.looseObject({ externalPath: v.string() })),
});
const Detail = v.looseObject({
  jobPostingInfo: v.looseObject({
    jobDescription: v.optional(v.nullable(v.string())),
    location: v.optional(v.nullable(v.string())),
    additionalLocations: v.optional(v.nullable(v.array(v.string()))),
    timeType: v.optional(v.nullable(v.string())),
    startDate: v.optional(v.nullable(v.string())),
    externalUrl: v.optional(v.nullable(v.string())),
  }),
  hiringOrganization: v.optional(v.nullable(v.looseObject({ name: v.optional(v.string()) }))),
});

const REMOTE_TYPES: Record<string, Workplace> = {
  onsite: 'onsite',
  'on-site': 'onsite',
  flex: 'hybrid',
  hybrid: 'hybrid',
  remote: 'remote',
};

/** "Posted Today", "Posted Yesterday", "Posted 3 Days Ago" as a date; "30+ Days Ago" says none. */
export function postedDate(text: string | null | undefined, now: number): string | undefined {
  const said = (text ?? '').toLowerCase();
  const days = said.includes('today')
    ? 0
    : said.includes('yesterday')
      ? 1
      : /^posted (\d+) days? ago$/.exec(said.trim())
        ? Number(/(\d+)/.exec(said)![1])
        : undefined;
  return days === undefined
    ? undefined
    : new Date(now - days * 86_400_000).toISOString().slice(0, 10);
}

/** "2 Locations" counts places, it names none. */
const isPlace = (text: string | null | undefined): text is string =>
  Boolean(text?.trim()) && !/^\d+ locations?$/i.test(text!.trim());

/** The posting's id: the last part of its path ("…_JR-0105489-1"). */
export const workdayId = (externalPath: string) =>
  externalPath.split('/').filter(Boolean).pop() ?? externalPath;

export function mapWorkdayPosting(
  posting: WorkdayPosting,
  company: string,
  pageBase: string,
  now: number,
): ListingInput {
  const listing: ListingInput = {
    id: workdayId(posting.externalPath),
    title: posting.title?.trim() ?? '',
    kind: inferKind(posting.title),
    organization: { name: company },
    locations: isPlace(posting.locationsText) ? [{ label: posting.locationsText.trim() }] : [],
    url: `${pageBase}${posting.externalPath}`,
  };
  listing.applyUrl = `${listing.url}/apply`;
  const workplace =
    REMOTE_TYPES[(posting.remoteType ?? '').trim().toLowerCase()] ??
    inferWorkplace(posting.remoteType, [], posting.title);
  if (workplace) listing.workplace = workplace;
  const posted = postedDate(posting.postedOn, now);
  if (posted) listing.postedAt = posted;
  return listing;
}

export function workdayAdapter(options: WorkdayOptions): WholeBoardAdapter {
  const origin = `https://${encodeURIComponent(options.tenant)}.${encodeURIComponent(options.dataCenter ?? 'wd1')}.myworkdayjobs.com`;
  const http = createHttpClient({ ...options, baseUrl: options.apiBase ?? origin });
  const cxs = `wday/cxs/${encodeURIComponent(options.tenant)}/${encodeURIComponent(options.site)}`;
  const pageBase = `${origin}/${encodeURIComponent(options.site)}`;
  const name = `Workday site "${options.tenant}/${options.site}"`;
  const max = options.maxPostings ?? 1000;
  const now = options.now ?? Date.now;
  /** Listing id → the posting's path, for its detail request. */
  const paths = new Map<string, string>();
  return createWholeBoardAdapter<WorkdayPosting>({
    name,
    maxAgeMs: options.maxAgeMs,
    now,
    load: async (signal) => {
      const postings: WorkdayPosting[] = [];
      let total = Infinity;
      for (let offset = 0; offset < Math.min(max, total); offset += PAGE) {
        const page = await http.request({
          method: 'POST',
          path: `${cxs}/jobs`,
          body: { appliedFacets: {}, limit: PAGE, offset, searchText: '' },
          signal,
          read: (body) => readOne(Page, body, `${name} jobs`),
        });
        // Workday states the total on the first page only; later pages say 0.
        if (offset === 0) total = page.total ?? Infinity;
        postings.push(...(page.jobPostings as WorkdayPosting[]));
        if (page.jobPostings.length < PAGE) break;
      }
      return postings.slice(0, max);
    },
    map: (posting) => {
      paths.set(workdayId(posting.externalPath), posting.externalPath);
      return mapWorkdayPosting(posting, options.company ?? options.tenant, pageBase, now());
    },
    detail: async (listing, signal) => {
      const path = paths.get(listing.id) ?? `/job/${listing.id}`;
      const answer = await http.request({
        path: `${cxs}${path}`,
        signal,
        read: (body) => readOne(Detail, body, `${name} posting`),
      });
      const info = answer.jobPostingInfo;
      const more: Partial<ListingInput> = {};
      const html = info.jobDescription?.trim();
      if (html) {
        more.descriptionHtml = html;
        more.summary = htmlToText(html);
      }
      const places = [info.location, ...(info.additionalLocations ?? [])].filter(isPlace);
      if (places.length) more.locations = places.map((label) => ({ label: label.trim() }));
      const employment = inferEmploymentType(info.timeType);
      if (employment) more.employmentType = employment;
      const kind = inferKind(listing.title, info.timeType);
      if (kind !== 'job') more.kind = kind;
      const starts = isoDate(info.startDate);
      if (starts) more.startsAt = starts;
      const organization = answer.hiringOrganization?.name?.trim();
      if (organization && !options.company) more.organization = { name: organization };
      if (info.externalUrl) more.url = info.externalUrl;
      return more;
    },
  });
}

/** `source="workday:TENANT/SITE"` or `workday:TENANT.wd5/SITE` (sources.ts). */
export const fromSource = (argument: string) => workdayAdapter(workdaySite(argument));

/** `TENANT/SITE` or `TENANT.wd5/SITE` as Workday options. */
export function workdaySite(argument: string): {
  tenant: string;
  site: string;
  dataCenter?: string;
} {
  const [host = '', site = ''] = argument.split('/');
  const [tenant = '', dataCenter] = host.split('.');
  return { tenant, site, ...(dataCenter ? { dataCenter } : {}) };
}
