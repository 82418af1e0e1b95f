/**
 * Personio's public XML feed: `GET {apiBase}/xml` on `COMPANY.jobs.personio.de` lists every
 * published position of a company in `<workzag-jobs>`, descriptions included, no key needed.
 * It is read with the kit's own small XML reader (xml-tree.ts), so it works in Node too.
 */
import { createHttpClient, type HttpClientOptions } from '../../core/http.ts';
import { AdapterError } from '../../core/errors.ts';
import type { EmploymentType, ListingInput } from '../../core/models/listing.ts';
import { createWholeBoardAdapter, type WholeBoardAdapter } from './whole-board.ts';
import { inferKind } from './infer-kind.ts';
import { inferWorkplace } from './infer-workplace.ts';
import { inferEmploymentType } from './infer-employment.ts';
import { htmlToText } from './html-text.ts';
import { isoDate } from './feed-values.ts';
import { child, childText, parseXml, type XmlElement } from './xml-tree.ts';

export interface PersonioOptions extends Omit<HttpClientOptions, 'baseUrl'> {
  /** The company, as in `COMPANY.jobs.personio.de`. */
  company: string;
  /** Default `https://COMPANY.jobs.personio.de`; a proxy's address otherwise. */
  apiBase?: string;
  /** The feed's language (`de`, `en`…), when the company publishes several. */
  language?: string;
  /** How long the fetched board is kept, in ms. Default 5 minutes. */
  maxAgeMs?: number;
}

/** Personio's `employmentType` values. */
const EMPLOYMENT: Record<string, EmploymentType> = {
  permanent: 'full-time',
  intern: 'internship',
  trainee: 'internship',
  working_student: 'internship',
  freelance: 'contract',
  temporary: 'temporary',
};

const escapeText = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One `<position>` as a listing. */
export function mapPersonioPosition(
  position: XmlElement,
  company: string,
  origin: string,
): ListingInput {
  const id = childText(position, 'id') ?? '';
  const title = childText(position, 'name') ?? '';
  const offices = [
    childText(position, 'office'),
    ...(child(position, 'additionalOffices')?.children ?? [])
      .filter((c) => c.name === 'office')
      .map((c) => c.text.trim()),
  ].filter((office, i, all): office is string => Boolean(office) && all.indexOf(office) === i);
  const type = childText(position, 'employmentType');
  const schedule = childText(position, 'schedule');
  const listing: ListingInput = {
    id,
    title,
    // A trainee post in Germany is a graduate programme, not an apprenticeship: the title decides.
    kind: inferKind(title, type === 'intern' ? 'internship' : undefined),
    organization: { name: childText(position, 'subcompany') ?? company },
    locations: offices.map((label) => ({ label })),
    url: `${origin}/job/${encodeURIComponent(id)}`,
  };
  listing.applyUrl = listing.url;
  const workplace = inferWorkplace(undefined, offices, title);
  if (workplace) listing.workplace = workplace;
  // "permanent" says nothing of the hours: the schedule does ("full-time", "part-time").
  const employment =
    (type && type !== 'permanent' ? EMPLOYMENT[type] : undefined) ??
    inferEmploymentType(schedule) ??
    (type ? EMPLOYMENT[type] : undefined);
  if (employment) listing.employmentType = employment;
  const department = childText(position, 'department');
  if (department) listing.department = department;
  const years = /^(\d+)/.exec(childText(position, 'yearsOfExperience') ?? '');
  if (years) listing.experienceMonths = Number(years[1]) * 12;
  const html = (child(position, 'jobDescriptions')?.children ?? [])
    .filter((section) => section.name === 'jobDescription')
    .map((section) => {
      const heading = childText(section, 'name');
      const body = childText(section, 'value') ?? '';
      return body ? `${heading ? `<h3>${escapeText(heading)}</h3>` : ''}${body}` : '';
    })
    .join('');
  if (html) {
    listing.descriptionHtml = html;
    listing.summary = htmlToText(html);
  }
  const posted = isoDate(childText(position, 'createdAt'));
  if (posted) listing.postedAt = posted;
  return listing;
}

/** The positions of a feed; an AdapterError when the text is not Personio's XML. */
export function readPersonioFeed(xml: unknown, what: string): XmlElement[] {
  let root: XmlElement;
  try {
    if (typeof xml !== 'string') throw new SyntaxError('the answer is not text');
    root = parseXml(xml);
  } catch (error) {
    throw new AdapterError('invalid-response', `${what} is not readable XML.`, { cause: error });
  }
  if (root.name !== 'workzag-jobs')
    throw new AdapterError(
      'invalid-response',
      `${what} is not a Personio feed: its root is <${root.name}>, not <workzag-jobs>.`,
    );
  return root.children.filter((c) => c.name === 'position');
}

export function personioAdapter(options: PersonioOptions): WholeBoardAdapter {
  const origin = `https://${encodeURIComponent(options.company)}.jobs.personio.de`;
  const http = createHttpClient({ ...options, baseUrl: options.apiBase ?? origin });
  const name = `Personio company "${options.company}"`;
  return createWholeBoardAdapter<XmlElement>({
    name,
    maxAgeMs: options.maxAgeMs,
    load: (signal) =>
      http.request({
        path: 'xml',
        query: { language: options.language },
        headers: { accept: 'application/xml, text/xml' },
        expect: 'text',
        signal,
        read: (body) => readPersonioFeed(body, `${name} feed`),
      }),
    map: (position) => mapPersonioPosition(position, options.company, origin),
  });
}

/** `source="personio:COMPANY"` (sources.ts). */
export const fromSource = (company: string) => personioAdapter({ company });
