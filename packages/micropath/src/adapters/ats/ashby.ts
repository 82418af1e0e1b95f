/**
 * Ashby Job Postings API: `GET {apiBase}/posting-api/job-board/{board}?includeCompensation=true`
 * returns the whole board. Unlisted postings are left out.
 */
import { createHttpClient, type HttpClientOptions } from '../../core/http.ts';
import { readOne } from '../../core/boundary.ts';
import * as v from '../../core/valibot.ts';
import type { Compensation, ListingInput, Workplace } from '../../core/models/listing.ts';
import { createWholeBoardAdapter, type WholeBoardAdapter } from './whole-board.ts';
import { inferKind } from './infer-kind.ts';
import { inferWorkplace } from './infer-workplace.ts';
import { inferEmploymentType } from './infer-employment.ts';
import { htmlToText } from './html-text.ts';

export interface AshbyOptions extends Pick<HttpClientOptions, 'fetch' | 'timeoutMs' | 'headers'> {
  /** The job board name, as in `jobs.ashbyhq.com/{board}`. */
  board: string;
  /** Default `https://api.ashbyhq.com`. */
  apiBase?: string;
  /** The organization's name; the feed does not carry it. Default: the board name. */
  company?: string;
  /** How long the fetched board is kept, in ms. Default 5 minutes. */
  maxAgeMs?: number;
}

interface AshbyAddress {
  postalAddress?: { addressLocality?: string; addressRegion?: string; addressCountry?: string };
}

interface AshbyJob {
  id: string;
  title?: string;
  department?: string;
  team?: string;
  employmentType?: string;
  location?: string;
  secondaryLocations?: { location?: string; address?: AshbyAddress }[];
  address?: AshbyAddress;
  publishedAt?: string;
  isListed?: boolean;
  isRemote?: boolean;
  workplaceType?: string | null;
  jobUrl?: string;
  applyUrl?: string;
  descriptionHtml?: string;
  descriptionPlain?: string;
  compensation?: {
    summaryComponents?: {
      compensationType?: string;
      interval?: string;
      currencyCode?: string | null;
      minValue?: number | null;
      maxValue?: number | null;
    }[];
  };
}

const Board = v.looseObject({ jobs: v.array(v.unknown()) });
const INTERVALS: Record<string, Compensation['interval']> = {
  '1 YEAR': 'year',
  '1 MONTH': 'month',
  '1 WEEK': 'week',
  '1 DAY': 'day',
  '1 HOUR': 'hour',
  NONE: 'total',
};
const WORKPLACES: Record<string, Workplace> = {
  Remote: 'remote',
  Hybrid: 'hybrid',
  OnSite: 'onsite',
};

function location(label: string, address: AshbyAddress | undefined) {
  const postal = address?.postalAddress;
  return {
    label,
    ...(postal?.addressLocality ? { city: postal.addressLocality } : {}),
    ...(postal?.addressRegion ? { region: postal.addressRegion } : {}),
    ...(postal?.addressCountry ? { country: postal.addressCountry } : {}),
  };
}

export function mapAshbyJob(job: AshbyJob, company: string): ListingInput | undefined {
  if (job.isListed === false) return undefined;
  // Titles come with stray padding and separators (" Security Engineer, Cloud", "Designer |").
  const title = (job.title ?? '').replace(/^[\s|]+|[\s|]+$/g, '');
  const listing: ListingInput = {
    id: job.id,
    title,
    kind: inferKind(title, job.employmentType),
    organization: { name: company },
    locations: [
      ...(job.location ? [location(job.location, job.address)] : []),
      ...(job.secondaryLocations ?? [])
        .filter((l) => l.location)
        .map((l) => location(l.location!, l.address)),
    ],
  };
  const workplace =
    WORKPLACES[job.workplaceType ?? ''] ??
    (job.isRemote
      ? 'remote'
      : inferWorkplace(
          undefined,
          listing.locations!.map((l) => l.label),
          title,
        ));
  if (workplace) listing.workplace = workplace;
  const employment = inferEmploymentType(job.employmentType);
  if (employment) listing.employmentType = employment;
  const department = [job.department, job.team].filter(Boolean).join(' · ');
  if (department) listing.department = department;
  if (job.descriptionHtml) listing.descriptionHtml = job.descriptionHtml;
  const summary = job.descriptionPlain
    ? htmlToText(job.descriptionPlain.replace(/[<&]/g, ' '))
    : '';
  if (summary) listing.summary = summary;
  const pay = job.compensation?.summaryComponents?.find(
    (c) =>
      ['Salary', 'Hourly', 'Commission'].includes(c.compensationType ?? '') &&
      (c.minValue != null || c.maxValue != null),
  );
  if (pay) {
    listing.compensation = {
      kind: 'paid',
      ...(pay.minValue != null ? { min: pay.minValue } : {}),
      ...(pay.maxValue != null ? { max: pay.maxValue } : {}),
      ...(pay.currencyCode ? { currency: pay.currencyCode } : {}),
      ...(INTERVALS[pay.interval ?? ''] ? { interval: INTERVALS[pay.interval ?? ''] } : {}),
    };
  }
  if (job.publishedAt) listing.postedAt = job.publishedAt;
  if (job.jobUrl) listing.url = job.jobUrl;
  if (job.applyUrl ?? job.jobUrl) listing.applyUrl = job.applyUrl ?? job.jobUrl;
  return listing;
}

export function ashbyAdapter(options: AshbyOptions): WholeBoardAdapter {
  const http = createHttpClient({
    ...options,
    baseUrl: options.apiBase ?? 'https://api.ashbyhq.com',
  });
  const name = `Ashby board "${options.board}"`;
  return createWholeBoardAdapter<AshbyJob>({
    name,
    maxAgeMs: options.maxAgeMs,
    load: async (signal) => {
      const board = await http.request({
        path: `posting-api/job-board/${encodeURIComponent(options.board)}`,
        query: { includeCompensation: true },
        signal,
        read: (body) => readOne(Board, body, `${name} feed`),
      });
      return board.jobs as AshbyJob[];
    },
    map: (job) => mapAshbyJob(job, options.company ?? options.board),
  });
}

/** `source="ashby:BOARD"` (sources.ts). */
export const fromSource = (board: string) => ashbyAdapter({ board });
