/**
 * Lever Postings API: `GET {apiBase}/v0/postings/{site}?mode=json` returns the whole board as
 * an array. The EU region lives at api.eu.lever.co.
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

export interface LeverOptions extends Pick<HttpClientOptions, 'fetch' | 'timeoutMs' | 'headers'> {
  /** The site name, as in `jobs.lever.co/{site}`. */
  site: string;
  /** `global` (default) or `eu`. */
  region?: 'global' | 'eu';
  /** Overrides the API origin (proxies, tests). */
  apiBase?: string;
  /** The organization's name; Lever's feed does not carry it. Default: the site name. */
  company?: string;
  /** How long the fetched board is kept, in ms. Default 5 minutes. */
  maxAgeMs?: number;
}

interface LeverPosting {
  id: string;
  text?: string;
  categories?: {
    commitment?: string;
    location?: string;
    team?: string;
    department?: string;
    allLocations?: string[];
  };
  createdAt?: number;
  description?: string;
  descriptionPlain?: string;
  lists?: { text?: string; content?: string }[];
  additional?: string;
  salaryRange?: { min?: number; max?: number; currency?: string; interval?: string } | null;
  workplaceType?: string;
  hostedUrl?: string;
  applyUrl?: string;
}

const INTERVALS: Record<string, Compensation['interval']> = {
  'per-year-salary': 'year',
  'per-month-salary': 'month',
  'per-week-salary': 'week',
  'per-day-wage': 'day',
  'per-hour-wage': 'hour',
  'one-time': 'total',
};
const WORKPLACES: Record<string, Workplace> = {
  remote: 'remote',
  hybrid: 'hybrid',
  'on-site': 'onsite',
  onsite: 'onsite',
};

const escapeText = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function mapLeverPosting(posting: LeverPosting, company: string): ListingInput {
  const categories = posting.categories ?? {};
  const labels = categories.allLocations?.length
    ? categories.allLocations
    : categories.location
      ? [categories.location]
      : [];
  const lists = (posting.lists ?? [])
    .map((list) => `<h3>${escapeText(list.text ?? '')}</h3><ul>${list.content ?? ''}</ul>`)
    .join('');
  const html = `${posting.description ?? ''}${lists}${posting.additional ?? ''}`;
  const listing: ListingInput = {
    id: posting.id,
    title: posting.text?.trim() ?? '',
    kind: inferKind(posting.text, categories.commitment),
    organization: { name: company },
    locations: labels.map((label) => ({ label })),
  };
  const workplace =
    WORKPLACES[posting.workplaceType ?? ''] ??
    inferWorkplace(posting.workplaceType, labels, posting.text);
  if (workplace) listing.workplace = workplace;
  const employment = inferEmploymentType(categories.commitment);
  if (employment) listing.employmentType = employment;
  const department = categories.team ?? categories.department;
  if (department) listing.department = department;
  if (html.trim()) listing.descriptionHtml = html;
  const summary = posting.descriptionPlain?.trim()
    ? htmlToText(escapeText(posting.descriptionPlain))
    : htmlToText(html);
  if (summary) listing.summary = summary;
  const salary = posting.salaryRange;
  if (salary && (salary.min !== undefined || salary.max !== undefined)) {
    listing.compensation = {
      kind: 'paid',
      ...(salary.min !== undefined ? { min: salary.min } : {}),
      ...(salary.max !== undefined ? { max: salary.max } : {}),
      ...(salary.currency ? { currency: salary.currency.toUpperCase() } : {}),
      ...(INTERVALS[salary.interval ?? ''] ? { interval: INTERVALS[salary.interval ?? ''] } : {}),
    };
  }
  if (posting.createdAt) listing.postedAt = new Date(posting.createdAt).toISOString();
  if (posting.hostedUrl) listing.url = posting.hostedUrl;
  if (posting.applyUrl ?? posting.hostedUrl)
    listing.applyUrl = posting.applyUrl ?? posting.hostedUrl;
  return listing;
}

export function leverAdapter(options: LeverOptions): WholeBoardAdapter {
  const origin =
    options.apiBase ??
    (options.region === 'eu' ? 'https://api.eu.lever.co' : 'https://api.lever.co');
  const http = createHttpClient({ ...options, baseUrl: origin });
  const name = `Lever site "${options.site}"`;
  return createWholeBoardAdapter<LeverPosting>({
    name,
    maxAgeMs: options.maxAgeMs,
    load: async (signal) =>
      (await http.request({
        path: `v0/postings/${encodeURIComponent(options.site)}`,
        query: { mode: 'json' },
        signal,
        read: (body) => readOne(v.array(v.unknown()), body, `${name} feed`),
      })) as LeverPosting[],
    map: (posting) => mapLeverPosting(posting, options.company ?? options.site),
  });
}

/** `source="lever:SITE"` or `lever:eu:SITE` (sources.ts). */
export function fromSource(argument: string) {
  const [first, second] = argument.split(':');
  return leverAdapter(
    second && first === 'eu' ? { site: second, region: 'eu' } : { site: argument },
  );
}
