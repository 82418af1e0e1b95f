/**
 * Greenhouse Job Board API: `GET {apiBase}/v1/boards/{board}/jobs?content=true` returns the
 * whole board. `content` is entity-escaped HTML, decoded exactly once here. The list has no
 * pay: when a posting opens, `…/jobs/{id}?pay_transparency=true` adds its pay ranges.
 */
import { createHttpClient, type HttpClientOptions } from '../../core/http.ts';
import { readOne } from '../../core/boundary.ts';
import * as v from '../../core/valibot.ts';
import type { Compensation, ListingInput, PayRange } from '../../core/models/listing.ts';
import { createWholeBoardAdapter, type WholeBoardAdapter } from './whole-board.ts';
import { inferKind } from './infer-kind.ts';
import { inferWorkplace } from './infer-workplace.ts';
import { inferEmploymentType } from './infer-employment.ts';
import { decodeEntitiesOnce, htmlToText } from './html-text.ts';

export interface GreenhouseOptions extends Pick<
  HttpClientOptions,
  'fetch' | 'timeoutMs' | 'headers'
> {
  /** The board token, as in `boards.greenhouse.io/{board}`. */
  board: string;
  /** Default `https://boards-api.greenhouse.io`. */
  apiBase?: string;
  /** Shown as the organization when the feed has no `company_name`. */
  company?: string;
  /** How long the fetched board is kept, in ms. Default 5 minutes. */
  maxAgeMs?: number;
}

interface GreenhouseJob {
  id: number | string;
  title?: string;
  absolute_url?: string;
  company_name?: string | null;
  content?: string | null;
  location?: { name?: string | null } | null;
  departments?: { name?: string | null }[] | null;
  offices?: { name?: string | null; location?: string | null }[] | null;
  metadata?: { name?: string | null; value?: unknown }[] | null;
  first_published?: string | null;
  updated_at?: string | null;
  application_deadline?: string | null;
  /** With `pay_transparency=true`: one range per location or level, in cents. */
  pay_input_ranges?: GreenhousePayRange[] | null;
}

interface GreenhousePayRange {
  min_cents?: number | null;
  max_cents?: number | null;
  currency_type?: string | null;
  title?: string | null;
}

/** The period a range's title names ("United Kingdom Annual Pay Range"). */
const PERIODS: readonly [PayRange['interval'], RegExp][] = [
  ['year', /\b(annual|annually|yearly|per year|salary)\b/i],
  ['month', /\b(monthly|per month)\b/i],
  ['week', /\b(weekly|per week)\b/i],
  ['hour', /\b(hourly|per hour)\b/i],
];

/** Greenhouse's pay ranges as the listing's compensation: each kept, none merged. */
export function greenhousePay(
  ranges: readonly GreenhousePayRange[] | null | undefined,
): Compensation | undefined {
  const read: PayRange[] = [];
  for (const range of ranges ?? []) {
    const cents = (value: number | null | undefined) =>
      typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value / 100 : undefined;
    const min = cents(range.min_cents);
    const max = cents(range.max_cents);
    if (min === undefined && max === undefined) continue;
    const currency = range.currency_type?.trim().toUpperCase();
    const title = range.title?.trim();
    const interval = title ? PERIODS.find(([, words]) => words.test(title))?.[0] : undefined;
    read.push({
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(currency && /^[A-Z]{3}$/.test(currency) ? { currency } : {}),
      ...(interval ? { interval } : {}),
      ...(title ? { label: title } : {}),
    });
  }
  if (!read.length) return undefined;
  return { kind: 'paid', ...read[0]!, ...(read.length > 1 ? { ranges: read } : {}) };
}

const Board = v.looseObject({ jobs: v.array(v.unknown()) });
const Job = v.looseObject({ pay_input_ranges: v.optional(v.nullable(v.array(v.unknown()))) });

function metadataValue(job: GreenhouseJob, ...names: string[]): string | string[] | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  const entry = job.metadata?.find((m) => wanted.includes(String(m.name ?? '').toLowerCase()));
  const value = entry?.value;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return undefined;
}

export function mapGreenhouseJob(job: GreenhouseJob, company: string): ListingInput {
  const html = job.content ? decodeEntitiesOnce(job.content) : undefined;
  const locations = (job.location?.name ?? '')
    .split(/\s*[|;]\s*/)
    .map((label) => label.trim())
    .filter(Boolean);
  const employment = metadataValue(job, 'Employment Type', 'Employment type', 'Job Type');
  const skills = metadataValue(job, 'Skills');
  const listing: ListingInput = {
    id: String(job.id),
    title: job.title?.trim() ?? '',
    kind: inferKind(job.title, typeof employment === 'string' ? employment : undefined),
    organization: { name: job.company_name?.trim() || company },
    locations: locations.map((label) => ({ label })),
    skills: Array.isArray(skills)
      ? skills
      : typeof skills === 'string'
        ? skills.split(/\s*,\s*/).filter(Boolean)
        : [],
  };
  const workplace = inferWorkplace(
    [metadataValue(job, 'Location Type', 'Workplace Type', 'Remote')].flat().join(' '),
    locations,
    job.title,
  );
  if (workplace) listing.workplace = workplace;
  const employmentType = inferEmploymentType(
    typeof employment === 'string' ? employment : undefined,
  );
  if (employmentType) listing.employmentType = employmentType;
  const department = job.departments?.[0]?.name?.trim();
  if (department) listing.department = department;
  if (html) {
    listing.descriptionHtml = html;
    listing.summary = htmlToText(html);
  }
  const posted = job.first_published ?? job.updated_at;
  if (posted) listing.postedAt = posted;
  if (job.application_deadline) listing.applyBy = job.application_deadline;
  if (job.absolute_url) listing.url = listing.applyUrl = job.absolute_url;
  const pay = greenhousePay(job.pay_input_ranges);
  if (pay) listing.compensation = pay;
  return listing;
}

export function greenhouseAdapter(options: GreenhouseOptions): WholeBoardAdapter {
  const http = createHttpClient({
    ...options,
    baseUrl: options.apiBase ?? 'https://boards-api.greenhouse.io',
  });
  const name = `Greenhouse board "${options.board}"`;
  return createWholeBoardAdapter<GreenhouseJob>({
    name,
    maxAgeMs: options.maxAgeMs,
    load: async (signal) => {
      const board = await http.request({
        path: `v1/boards/${encodeURIComponent(options.board)}/jobs`,
        query: { content: true },
        signal,
        read: (body) => readOne(Board, body, `${name} feed`),
      });
      return board.jobs as GreenhouseJob[];
    },
    map: (job) => mapGreenhouseJob(job, options.company ?? options.board),
    // Every opened posting asks once for its pay; without it, it is shown as it is.
    needsDetail: (listing) => !listing.compensation,
    detailOptional: true,
    detail: async (listing, signal) => {
      const job = await http.request({
        path: `v1/boards/${encodeURIComponent(options.board)}/jobs/${encodeURIComponent(listing.id)}`,
        query: { pay_transparency: true },
        signal,
        read: (body) => readOne(Job, body, `${name} job`),
      });
      const pay = greenhousePay(job.pay_input_ranges as GreenhousePayRange[] | undefined);
      return pay ? { compensation: pay } : {};
    },
  });
}

/** `source="greenhouse:BOARD"` (sources.ts). */
export const fromSource = (board: string) => greenhouseAdapter({ board });
