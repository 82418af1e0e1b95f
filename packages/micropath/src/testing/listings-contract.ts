/** What the board relies on from a listings adapter. */
import type { ListingsAdapter, RequestContext } from '../core/contracts.ts';
import {
  ListingPageSchema,
  ListingSchema,
  type ListingPage,
  type ListingQuery,
} from '../core/models/listing.ts';
import {
  call,
  check,
  conforms,
  ContractSkip,
  rejectsAsAborted,
  rejectsWith,
  type ContractCheck,
} from './contract-check.ts';

export interface ListingsContractOptions {
  /** The page size paging is walked with (default 5). */
  pageSize?: number;
  /** An id the adapter has no listing for (default a random one). */
  unknownId?: string;
}

const ctx = (signal = new AbortController().signal, locale = 'en'): RequestContext => ({
  signal,
  locale,
});
const WHOLE = 100;
const FACETED = ['kind', 'workplace', 'skill', 'location'] as const;

async function page(adapter: ListingsAdapter, query: ListingQuery): Promise<ListingPage> {
  const answer = await call('listListings', () => adapter.listListings(query, ctx()));
  return conforms(ListingPageSchema, answer, `The page for ${JSON.stringify(query)}`);
}

async function somePage(adapter: ListingsAdapter, query: ListingQuery): Promise<ListingPage> {
  const first = await page(adapter, query);
  if (!first.items.length) throw new ContractSkip('the adapter has no listings');
  return first;
}

const counted = (page: ListingPage, dimension: (typeof FACETED)[number]) =>
  (page.facets?.[dimension] ?? []).filter((f) => f.count > 0);

export function listingChecks(
  options: ListingsContractOptions = {},
): ContractCheck<ListingsAdapter>[] {
  const size = options.pageSize ?? 5;
  const unknown = options.unknownId ?? `no-such-listing-${Math.random().toString(36).slice(2)}`;
  return [
    {
      id: 'listings.schema',
      title: 'A page of listings passes the kit’s schemas and holds at most `limit` items',
      async run(adapter) {
        const first = await page(adapter, { limit: size });
        check(first.items.length <= size, `limit ${size} answered ${first.items.length} items`);
        if (first.total !== undefined)
          check(
            first.total >= first.items.length,
            `total ${first.total} is less than the page's items`,
          );
      },
    },
    {
      id: 'listings.paging',
      title: 'Paging by cursor neither repeats nor skips a listing',
      async run(adapter) {
        const whole = await somePage(adapter, { limit: WHOLE });
        const walked: string[] = [];
        let cursor: string | undefined;
        do {
          const next = await page(adapter, { limit: size, ...(cursor ? { cursor } : {}) });
          for (const { id } of next.items) {
            check(!walked.includes(id), `listing "${id}" came again on a later page`);
            walked.push(id);
          }
          cursor = next.nextCursor ?? undefined;
          if (cursor) check(next.items.length > 0, 'a page with no items still had a nextCursor');
        } while (cursor && walked.length < whole.items.length);
        const paged = new Set(walked.slice(0, whole.items.length));
        const missing = whole.items.filter(({ id }) => !paged.has(id));
        check(
          !missing.length,
          `pages of ${size} skipped ${missing.length} of the first ${whole.items.length} listings`,
        );
        if (!cursor && whole.total !== undefined)
          check(
            walked.length === whole.total,
            `the pages held ${walked.length} listings, total says ${whole.total}`,
          );
      },
    },
    {
      id: 'listings.facets',
      title: 'Facet counts agree with the results, each counted without its own filter',
      async run(adapter) {
        const first = await somePage(adapter, {});
        const dimensions = FACETED.filter((d) => counted(first, d).length);
        if (!dimensions.length) throw new ContractSkip('the adapter counts no facets');
        for (const dimension of dimensions)
          for (const { value, count } of counted(first, dimension).slice(0, 2)) {
            const filtered = await page(adapter, {
              [dimension]: [value],
              limit: 1,
            } as ListingQuery);
            if (filtered.total === undefined) throw new ContractSkip('the adapter states no total');
            check(
              filtered.total === count,
              `the ${dimension} facet counts ${count} for "${value}", the filter finds ${filtered.total}`,
            );
            const own = new Map(counted(filtered, dimension).map((f) => [f.value, f.count]));
            for (const other of counted(first, dimension))
              check(
                own.get(other.value) === other.count,
                `filtered by ${dimension} "${value}", the ${dimension} facet counts ${own.get(other.value) ?? 0} for "${other.value}", not ${other.count}`,
              );
          }
      },
    },
    {
      id: 'listings.get',
      title: 'getListing answers the listing; an unknown id is AdapterError "not-found"',
      async run(adapter) {
        if (!adapter.getListing) throw new ContractSkip('the adapter has no getListing');
        const { id } = (await somePage(adapter, { limit: 1 })).items[0]!;
        const listing = conforms(
          ListingSchema,
          await call('getListing', () => adapter.getListing!(id, ctx())),
          `Listing "${id}"`,
        );
        check(listing.id === id, `asked for "${id}", answered "${listing.id}"`);
        await rejectsWith(
          `getListing("${unknown}")`,
          call('getListing', () => adapter.getListing!(unknown, ctx())),
          'not-found',
        );
      },
    },
    {
      id: 'listings.abort',
      title: 'An aborted signal rejects the call with an AbortError',
      async run(adapter) {
        const before = new AbortController();
        before.abort();
        await rejectsAsAborted(
          'listListings (signal aborted before the call)',
          adapter.listListings({}, ctx(before.signal)),
        );
        const during = new AbortController();
        const pending = adapter.listListings({ q: 'abort' }, ctx(during.signal));
        during.abort();
        await rejectsAsAborted('listListings (signal aborted during the call)', pending);
      },
    },
  ];
}
