/** The REST adapter's listings: `GET /listings` and `GET /listings/{id}` (see rest-client.ts). */
import { LISTING_LINKS } from '../core/safe-links.ts';
import type { ListingsAdapter } from '../core/contracts.ts';
import { clientFor, readWith, segment, type RestAdapterOptions } from './rest-client.ts';

/** The listing schemas load with the first request for them, beside that request. */
const listings = () => import('../core/read-listings.ts');

export type RestListings = Required<Pick<ListingsAdapter, 'listListings' | 'getListing'>>;

export function restListings(options: RestAdapterOptions): RestListings {
  const { http, resolved } = clientFor(options);
  const page = (body: unknown) => {
    const items = (body as { items?: unknown } | null)?.items;
    return Array.isArray(items)
      ? { ...(body as object), items: items.map(resolved(LISTING_LINKS)) }
      : body;
  };
  return {
    listListings: (query, ctx) =>
      readWith(
        listings(),
        http.request({
          path: 'listings',
          query: {
            q: query.q?.trim(),
            kind: query.kind,
            skill: query.skill,
            workplace: query.workplace,
            location: query.location,
            paid: query.paid || undefined,
            maxWeeks: query.maxWeeks,
            sort: query.sort,
            cursor: query.cursor,
            limit: query.limit,
          },
          signal: ctx.signal,
          headers: { 'accept-language': ctx.locale },
        }),
        (m, body) => m.readListingPage(page(body)),
      ),

    getListing: (id, ctx) =>
      readWith(
        listings(),
        http.request({
          path: `listings/${segment(id)}`,
          signal: ctx.signal,
          headers: { 'accept-language': ctx.locale },
        }),
        (m, body) => m.readListing(resolved(LISTING_LINKS)(body)),
      ),
  };
}
