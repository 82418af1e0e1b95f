/**
 * Teamtailor's public job feed, no key needed: `GET {apiBase}/jobs.json` on a company's careers
 * site is a JSON Feed (jsonfeed.org 1.1) whose items carry a schema.org `JobPosting` in
 * `_jobposting` (places with postal addresses, and, where the company states them, employment
 * type, remote work and salary). It is not Teamtailor's `/v1` API, which needs a token.
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
import { countryCode, isoDate, payRange } from './feed-values.ts';

export interface TeamtailorOptions extends Omit<HttpClientOptions, 'baseUrl'> {
  /** The company, as in `COMPANY.teamtailor.com`, or its careers site's own host name. */
  company: string;
  /** Default `https://COMPANY.teamtailor.com` (or the host given); a proxy's address otherwise. */
  apiBase?: string;
  /** How long the fetched board is kept, in ms. Default 5 minutes. */
  maxAgeMs?: number;
}

interface PostalAddress {
  addressLocality?: string | null;
  addressRegion?: string | null;
  addressCountry?: string | { name?: string } | null;
}

interface JobPosting {
  title?: string;
  description?: string | null;
  datePosted?: string | null;
  validThrough?: string | null;
  employmentType?: string | string[] | null;
  jobLocationType?: string | null;
  hiringOrganization?: { name?: string | null } | null;
  jobLocation?: { address?: PostalAddress | null }[] | { address?: PostalAddress | null } | null;
  baseSalary?: {
    currency?: string;
    value?: { minValue?: unknown; maxValue?: unknown; value?: unknown; unitText?: string };
  } | null;
}

export interface TeamtailorItem {
  id: string;
  title?: string;
  url?: string | null;
  date_published?: string | null;
  content_html?: string | null;
  _jobposting?: JobPosting | null;
}

const Feed = v.looseObject({
  title: v.optional(v.string()),
  items: v.array(v.looseObject({ id: v.union([v.string(), v.finiteNumber()]) })),
});

function place(address: PostalAddress | null | undefined): Location | undefined {
  const city = address?.addressLocality?.trim();
  const region = address?.addressRegion?.trim();
  const raw = address?.addressCountry;
  const country = countryCode(typeof raw === 'string' ? raw : raw?.name);
  // Teamtailor's region is often "Europe": a continent, not part of the place's name.
  const label = city || region || country;
  if (!label) return undefined;
  return {
    label,
    ...(city ? { city } : {}),
    ...(region && region !== 'Europe' ? { region } : {}),
    ...(country ? { country } : {}),
  };
}

export function mapTeamtailorItem(item: TeamtailorItem, company: string): ListingInput {
  const posting = item._jobposting ?? {};
  const title = (item.title ?? posting.title)?.trim() ?? '';
  const places = [posting.jobLocation ?? []].flat();
  const locations = places.map((p) => place(p.address)).filter((l): l is Location => Boolean(l));
  const employment = [posting.employmentType ?? []].flat().join(' ');
  const listing: ListingInput = {
    id: String(item.id),
    title,
    kind: inferKind(title, employment),
    organization: { name: posting.hiringOrganization?.name?.trim() || company },
    locations,
  };
  const workplace =
    posting.jobLocationType === 'TELECOMMUTE'
      ? 'remote'
      : inferWorkplace(
          undefined,
          locations.map((l) => l.label),
          title,
        );
  if (workplace) listing.workplace = workplace;
  const type = inferEmploymentType(employment.replace(/_/g, ' '));
  if (type) listing.employmentType = type;
  const html = item.content_html ?? posting.description;
  if (html?.trim()) {
    listing.descriptionHtml = html;
    listing.summary = htmlToText(html);
  }
  const salary = posting.baseSalary;
  const value = salary?.value;
  const pay =
    salary &&
    payRange(value?.minValue ?? value?.value, value?.maxValue, salary.currency, value?.unitText);
  if (pay) listing.compensation = { kind: 'paid', ...pay };
  const posted = isoDate(item.date_published ?? posting.datePosted);
  if (posted) listing.postedAt = posted;
  const closes = isoDate(posting.validThrough);
  if (closes) listing.applyBy = closes;
  if (item.url) listing.url = listing.applyUrl = item.url;
  return listing;
}

export function teamtailorAdapter(options: TeamtailorOptions): WholeBoardAdapter {
  const host = /^[\w-]+(\.[\w-]+)+$/.test(options.company)
    ? options.company
    : `${encodeURIComponent(options.company)}.teamtailor.com`;
  const http = createHttpClient({ ...options, baseUrl: options.apiBase ?? `https://${host}` });
  const name = `Teamtailor company "${options.company}"`;
  let company = options.company;
  return createWholeBoardAdapter<TeamtailorItem>({
    name,
    maxAgeMs: options.maxAgeMs,
    load: async (signal) => {
      const feed = await http.request({
        path: 'jobs.json',
        signal,
        read: (body) => readOne(Feed, body, `${name} feed`),
      });
      if (feed.title?.trim()) company = feed.title.trim();
      return feed.items as TeamtailorItem[];
    },
    map: (item) => mapTeamtailorItem(item, company),
  });
}

/** `source="teamtailor:COMPANY"` (sources.ts). */
export const fromSource = (company: string) => teamtailorAdapter({ company });
