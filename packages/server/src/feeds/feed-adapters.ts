/**
 * The ATS feeds this server reads for browsers (`MICROPATH_FEEDS`): Greenhouse, Lever, Ashby,
 * SmartRecruiters, Workable, Recruitee, Personio, Workday, BambooHR and Teamtailor boards, read with the kit's own adapters and kept for a short time, so
 * every visitor's search is answered from one fetch of the board. Only boards on the list are
 * read: the server is never an open proxy.
 */
import {
  ashbyAdapter,
  bambooHrAdapter,
  greenhouseAdapter,
  leverAdapter,
  personioAdapter,
  recruiteeAdapter,
  smartRecruitersAdapter,
  teamtailorAdapter,
  workableAdapter,
  workdayAdapter,
  type ListingsAdapter,
} from 'micropath/adapters';

/** How long a board is kept before it is fetched again. */
export const FEED_MAX_AGE_MS = 60_000;

/** The ATS names `/api/feeds/{ats}` knows. */
export const FEED_ATS = [
  'greenhouse',
  'lever',
  'ashby',
  'smartrecruiters',
  'workable',
  'recruitee',
  'personio',
  'workday',
  'bamboohr',
  'teamtailor',
] as const;
type Ats = (typeof FEED_ATS)[number];

export interface FeedOptions {
  /** The employer's name, for feeds that do not carry one (Lever, Ashby). */
  company?: string;
  fetch?: typeof fetch;
  maxAgeMs?: number;
}

/**
 * `lever:acme`, `lever:eu:acme`, `greenhouse:acme`, `workday:acme.wd5/External`…: checked, as
 * `{ ats, board }`. A Workday board names its tenant (with its data centre) and site; under
 * `/api/feeds` its slash is written `%2F`.
 */
export function parseFeed(source: string): { ats: Ats; board: string } {
  const at = source.indexOf(':');
  const ats = source.slice(0, at) as Ats;
  const board = source.slice(at + 1);
  const slug =
    ats === 'lever'
      ? /^(eu:)?[\w.-]+$/
      : ats === 'workday'
        ? /^[\w-]+(\.wd\d+)?\/[\w.-]+$/
        : /^[\w.-]+$/;
  if (at < 0 || !FEED_ATS.includes(ats) || !slug.test(board))
    throw new Error(
      `"${source}" is not a feed: write greenhouse:BOARD, lever:SITE, lever:eu:SITE, ashby:BOARD, smartrecruiters:COMPANY, workable:ACCOUNT, recruitee:COMPANY, personio:COMPANY, workday:TENANT/SITE (or TENANT.wdN/SITE), bamboohr:COMPANY or teamtailor:COMPANY.`,
    );
  return { ats, board };
}

/** `workday:acme.wd5/External` as `workday/acme.wd5%2FExternal`: its place under `/api/feeds`. */
export function feedPath(source: string): string {
  const { ats, board } = parseFeed(source);
  return `${ats}/${board.replaceAll('/', '%2F')}`;
}

export function feedAdapter(source: string, options: FeedOptions = {}): ListingsAdapter {
  const { ats, board } = parseFeed(source);
  const common = {
    maxAgeMs: options.maxAgeMs ?? FEED_MAX_AGE_MS,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.company ? { company: options.company } : {}),
  };
  // Recruitee, Personio and Teamtailor name the employer in their feeds; their `company` is the board.
  const named = { ...common };
  delete named.company;
  switch (ats) {
    case 'greenhouse':
      return greenhouseAdapter({ board, ...common });
    case 'lever': {
      const eu = board.startsWith('eu:');
      return leverAdapter({
        site: eu ? board.slice(3) : board,
        ...(eu ? { region: 'eu' as const } : {}),
        ...common,
      });
    }
    case 'ashby':
      return ashbyAdapter({ board, ...common });
    case 'smartrecruiters':
      return smartRecruitersAdapter({ company: board, ...common });
    case 'workable':
      return workableAdapter({ account: board, ...common });
    case 'recruitee':
      return recruiteeAdapter({ ...named, company: board });
    case 'personio':
      return personioAdapter({ ...named, company: board });
    case 'workday': {
      const [host = '', site = ''] = board.split('/');
      const [tenant = '', dataCenter] = host.split('.');
      return workdayAdapter({ tenant, site, ...(dataCenter ? { dataCenter } : {}), ...common });
    }
    case 'bamboohr': {
      const { company, ...rest } = common;
      return bambooHrAdapter({
        company: board,
        ...(company ? { companyName: company } : {}),
        ...rest,
      });
    }
    case 'teamtailor':
      return teamtailorAdapter({ ...named, company: board });
  }
}
