/**
 * The ATS feeds this server reads for browsers (`MICROPATH_FEEDS`): Greenhouse, Lever, Ashby
 * and SmartRecruiters boards, read with the kit's own adapters and kept for a short time, so
 * every visitor's search is answered from one fetch of the board. Only boards on the list are
 * read: the server is never an open proxy.
 */
import {
  ashbyAdapter,
  greenhouseAdapter,
  leverAdapter,
  smartRecruitersAdapter,
  type ListingsAdapter,
} from 'micropath/adapters';

/** How long a board is kept before it is fetched again. */
export const FEED_MAX_AGE_MS = 60_000;

const ATS = ['greenhouse', 'lever', 'ashby', 'smartrecruiters'] as const;
type Ats = (typeof ATS)[number];

export interface FeedOptions {
  /** The employer's name, for feeds that do not carry one (Lever, Ashby). */
  company?: string;
  fetch?: typeof fetch;
  maxAgeMs?: number;
}

/** `lever:acme`, `lever:eu:acme`, `greenhouse:acme`…: checked, as `{ ats, board }`. */
export function parseFeed(source: string): { ats: Ats; board: string } {
  const at = source.indexOf(':');
  const ats = source.slice(0, at) as Ats;
  const board = source.slice(at + 1);
  const slug = ats === 'lever' ? /^(eu:)?[\w.-]+$/ : /^[\w.-]+$/;
  if (at < 0 || !ATS.includes(ats) || !slug.test(board))
    throw new Error(
      `"${source}" is not a feed: write greenhouse:BOARD, lever:SITE, lever:eu:SITE, ashby:BOARD or smartrecruiters:COMPANY.`,
    );
  return { ats, board };
}

export function feedAdapter(source: string, options: FeedOptions = {}): ListingsAdapter {
  const { ats, board } = parseFeed(source);
  const common = {
    maxAgeMs: options.maxAgeMs ?? FEED_MAX_AGE_MS,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.company ? { company: options.company } : {}),
  };
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
  }
}
