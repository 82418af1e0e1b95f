/**
 * Listings live in Postgres as validated JSON; search, facets, sorting and paging run through
 * the kit's own query engine, so the server answers exactly as the memory and ATS adapters do.
 * The index is rebuilt only when the table changes (checked with one cheap query per request,
 * so several server processes on one database stay in step).
 */
import {
  checkRequest,
  createListingIndex,
  ListingSchema,
  readList,
  type Listing,
  type ListingIndex,
} from 'micropath/adapters';
import type { Database } from '../db/database.ts';

export function listingStore(db: Database) {
  let cached: { version: string; index: ListingIndex; skipped: number } | undefined;

  async function index() {
    const [row] = await db.query<{ version: string }>(
      `select count(*) || ':' || coalesce(max(updated_at)::text, '') as version from listings`,
    );
    const version = row?.version ?? '';
    if (cached?.version !== version) {
      const rows = await db.query<{ data: unknown }>('select data from listings order by position');
      // Rows were validated on the way in; reading them again guards against hand edits.
      const checked = readList(
        ListingSchema,
        rows.map((r) => r.data),
        'listing',
      );
      cached = { version, index: createListingIndex(checked.items), skipped: checked.skipped };
    }
    return cached;
  }

  return {
    async query(query: Parameters<ListingIndex['query']>[0]) {
      const { index: idx, skipped } = await index();
      const page = idx.query(query, Date.now());
      return skipped ? { ...page, skipped } : page;
    },

    async get(id: string): Promise<Listing | undefined> {
      return (await index()).index.get(id);
    },

    async put(input: unknown): Promise<Listing> {
      const listing = checkRequest(ListingSchema, input, 'listing');
      await db.query(
        `insert into listings (id, data) values ($1, $2::jsonb)
         on conflict (id) do update set data = excluded.data, updated_at = now()`,
        [listing.id, JSON.stringify(listing)],
      );
      return listing;
    },

    async remove(id: string): Promise<boolean> {
      return (await db.query('delete from listings where id = $1 returning id', [id])).length > 0;
    },

    async addApplication(listingId: string, id: string, data: unknown) {
      await db.query('insert into applications (id, listing_id, data) values ($1, $2, $3::jsonb)', [
        id,
        listingId,
        JSON.stringify(data),
      ]);
    },
  };
}

export type ListingStore = ReturnType<typeof listingStore>;
