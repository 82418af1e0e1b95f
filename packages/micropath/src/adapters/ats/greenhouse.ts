/**
 * Greenhouse Job Board API: `GET {apiBase}/v1/boards/{board}/jobs?content=true` returns the
 * whole board. `content` is entity-escaped HTML, decoded exactly once here.
 */
import { createHttpClient, type HttpClientOptions } from '../../core/http.ts';
import { readOne } from '../../core/boundary.ts';
import * as z from '../../core/zod.ts';
import type { ListingInput } from '../../core/models/listing.ts';
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
}

const Board = z.looseObject({ jobs: z.array(z.unknown()) });

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
  });
}
