/**
 * The shared shape of adapters for ATS feeds that return a whole board at once (Greenhouse,
 * Lever, Ashby): fetch once, map each posting, serve every query from the shared query
 * engine. The board is kept for `maxAgeMs`; a failed fetch is not kept, so "Try again" refetches.
 */
import { LISTING_LINKS, isSafeLink, resolveLinks } from '../../core/safe-links.ts';
import { cutText, htmlBlocks } from './html-text.ts';
import { AdapterError, isAbort } from '../../core/errors.ts';
import { checkRequest, markRead, readList, readOne } from '../../core/boundary.ts';
import { createListingIndex, type ListingIndex } from '../../core/listing-query.ts';
import {
  ListingQuerySchema,
  ListingSchema,
  type Listing,
  type ListingInput,
  type ListingPage,
} from '../../core/models/listing.ts';
import type { ListingsAdapter, RequestContext } from '../../core/contracts.ts';

export interface WholeBoardOptions<Raw> {
  /** For messages: "Greenhouse board acme". */
  name: string;
  /** Fetches the raw postings. Its signal is the board's own, not a caller's. */
  load: (signal: AbortSignal) => Promise<Raw[]>;
  /** Maps one posting; return undefined to leave it out on purpose (unlisted). */
  map: (raw: Raw) => ListingInput | undefined;
  /**
   * For feeds whose list leaves the description out (SmartRecruiters): the rest of one
   * posting, fetched when its detail is opened, merged into it and kept.
   */
  detail?: (listing: Listing, signal: AbortSignal) => Promise<Partial<ListingInput>>;
  /**
   * Whether an opened posting needs `detail`. Default: when it has no description. Greenhouse
   * asks every time, for the pay ranges its board list leaves out.
   */
  needsDetail?: (listing: Listing) => boolean;
  /**
   * When `detail` only adds to a posting that is whole without it (Greenhouse's pay), a failed
   * detail request shows the posting as it is (and asks again next time) instead of failing.
   */
  detailOptional?: boolean;
  maxAgeMs?: number;
  now?: () => number;
}

export interface WholeBoardAdapter extends ListingsAdapter {
  getListing: NonNullable<ListingsAdapter['getListing']>;
  /** Drops the kept board, so the next call fetches it again. */
  refresh(): void;
}

interface Board {
  index: ListingIndex;
  skipped: number;
}

/** Resolves with the board, or rejects as soon as the caller's signal aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted)
    return Promise.reject(new DOMException('The request was cancelled.', 'AbortError'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('The request was cancelled.', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Card summaries that tell postings apart. Most boards open every description with the same
 * "About us" (one summary for 50, 54 or 213 cards): a block of text found in at least a third
 * of the board's descriptions (and in two or more) is the board's, not the posting's, so the
 * summary is the posting's own text after those; none when it has none.
 */
function distinctSummaries(listings: ListingInput[]): ListingInput[] {
  const blocks = listings.map((l) => (l.descriptionHtml ? htmlBlocks(l.descriptionHtml) : []));
  const described = blocks.filter((b) => b.length).length;
  // Blocks compare by their opening words: boards cut or vary their boilerplate's ending.
  const key = (block: string) => block.slice(0, 100).toLowerCase();
  const seen = new Map<string, number>();
  for (const list of blocks)
    for (const k of new Set(list.map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const shared = (block: string) => (seen.get(key(block)) ?? 0) >= Math.max(2, described / 3);
  return listings.map((listing, i) => {
    if (!blocks[i]!.length) return listing;
    const own = cutText(blocks[i]!.filter((block) => !shared(block)).join(' '));
    const result: ListingInput = { ...listing, summary: own };
    if (!own) delete result.summary;
    return result;
  });
}

export function createWholeBoardAdapter<Raw>(options: WholeBoardOptions<Raw>): WholeBoardAdapter {
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  let pending: Promise<Board> | undefined;
  let loadedAt = 0;
  /** Postings completed by `detail`, kept with the board. */
  const details = new Map<string, Listing>();

  async function fetchBoard(): Promise<Board> {
    // The board's own signal: one visitor's cancelled keystroke must not cancel the shared fetch.
    const raws = await options.load(new AbortController().signal);
    const mapped: unknown[] = [];
    let failed = 0;
    for (const raw of raws) {
      try {
        const listing = options.map(raw);
        // A relative link in a posting is relative to the posting's own page.
        const page = (listing as { url?: unknown } | undefined)?.url;
        if (listing)
          mapped.push(resolveLinks(listing, LISTING_LINKS, isSafeLink(page) ? page : undefined));
      } catch {
        failed++;
      }
    }
    const { items, skipped, problems } = readList(
      ListingSchema,
      distinctSummaries(mapped as ListingInput[]),
      'listing',
      LISTING_LINKS,
    );
    if (problems.length) console.warn(`[micropath] ${options.name}: skipped postings:`, problems);
    return { index: createListingIndex(markRead(items)), skipped: skipped + failed };
  }

  function board(signal: AbortSignal): Promise<Board> {
    if (pending && loadedAt && now() - loadedAt > maxAgeMs) pending = undefined;
    if (!pending) {
      const attempt = fetchBoard();
      pending = attempt;
      loadedAt = 0;
      attempt.then(
        () => pending === attempt && (loadedAt = now()),
        () => pending === attempt && (pending = undefined),
      );
    }
    return raceAbort(pending, signal);
  }

  return {
    instantSearch: true,
    async listListings(query, ctx: RequestContext): Promise<ListingPage> {
      const checked = checkRequest(ListingQuerySchema, query, 'listing query');
      const { index, skipped } = await board(ctx.signal);
      return { ...index.query(checked, now()), skipped };
    },
    async getListing(id, ctx): Promise<Listing> {
      const listing = (await board(ctx.signal)).index.get(id);
      if (!listing)
        throw new AdapterError('not-found', `${options.name} has no posting "${id}".`, {
          status: 404,
        });
      const needsDetail = options.needsDetail ?? ((l: Listing) => !l.descriptionHtml);
      if (!options.detail || !needsDetail(listing)) return listing;
      const known = details.get(id);
      if (known) return known;
      let more: Partial<ListingInput>;
      try {
        more = await options.detail(listing, ctx.signal);
      } catch (error) {
        if (!options.detailOptional || isAbort(error)) throw error;
        console.warn(
          `[micropath] ${options.name}: posting "${id}" shown without its details:`,
          error,
        );
        return listing;
      }
      const merged = resolveLinks({ ...listing, ...more }, LISTING_LINKS, listing.url);
      const full = readOne(ListingSchema, merged, 'posting', LISTING_LINKS);
      details.set(id, full);
      return full;
    },
    refresh() {
      pending = undefined;
      details.clear();
    },
  };
}
