/** The boundary's readers of listings (boundary.ts): a listing page and one listing. */
import * as v from './valibot.ts';
import { readList, readOne } from './boundary.ts';
import { ListingSchema, ListingPageSchema, FacetsSchema } from './models/listing.ts';
import type { Listing, ListingPage } from './models/listing.ts';
import { LISTING_LINKS } from './safe-links.ts';

const PageEnvelope = v.looseObject({
  items: v.array(v.unknown()),
  total: ListingPageSchema.entries.total,
  nextCursor: ListingPageSchema.entries.nextCursor,
  facets: v.optional(FacetsSchema),
  skipped: ListingPageSchema.entries.skipped,
});

export function readListingPage(raw: unknown): ListingPage {
  const envelope = readOne(PageEnvelope, raw, 'listing page');
  const { items, skipped, problems } = readList(
    ListingSchema,
    envelope.items,
    'listing',
    LISTING_LINKS,
  );
  if (problems.length) console.warn('[micropath] Some listings were skipped:', problems);
  const page: ListingPage = { items, skipped: (envelope.skipped ?? 0) + skipped };
  if (envelope.total !== undefined) page.total = envelope.total;
  if (envelope.nextCursor) page.nextCursor = envelope.nextCursor;
  if (envelope.facets) page.facets = envelope.facets;
  return page;
}

export const readListing = (raw: unknown): Listing =>
  readOne(ListingSchema, raw, 'listing', LISTING_LINKS);
