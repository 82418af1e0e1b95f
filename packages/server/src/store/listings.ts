/**
 * Listings live in Postgres as validated JSON, with the columns search needs beside them
 * (store/listing-search.ts): search, filters, facets, sorts and paging run in SQL, answering as
 * the kit's query engine does. No process holds the board in memory: a process keeps recent
 * answers' totals, counts and ids (search-cache.ts), each under the database's search
 * generation, so several server processes on one database always agree.
 */
import {
  checkRequest,
  ListingSchema,
  readList,
  type Application,
  type ApplicationReceipt,
  type Listing,
  type ListingPage,
  type ListingQuery,
} from 'micropath/adapters';
import type { CheckedCredentials } from '../credentials/application-credentials.ts';
import { skillsShown } from '../credentials/skills-shown.ts';
import type { Database, Queryable } from '../db/database.ts';
import { SEARCH_COLUMNS, searchColumns, searchListings } from './listing-search.ts';
import { SearchCache } from './search-cache.ts';
import type { Notify } from '../notify/outbox.ts';

/**
 * Writes listings' search rows (a listing stored before search rows existed gets one too), in
 * one statement: the facet counts' trigger (migration 009) runs once for them all.
 */
async function writeColumns(db: Queryable, listings: readonly Listing[]) {
  if (!listings.length) return;
  const names = SEARCH_COLUMNS.join(', ');
  const rows = listings.map((listing) => ({ id: listing.id, ...searchColumns(listing) }));
  await db.query(
    `insert into listing_search (id, position, ${names})
     select l.id, l.position, ${SEARCH_COLUMNS.map((n) => `r.${n}`).join(', ')}
       from jsonb_populate_recordset(null::listing_search, $1::jsonb) r
       join listings l using (id)
     on conflict (id) do update set ${SEARCH_COLUMNS.map((n) => `${n} = excluded.${n}`).join(', ')}`,
    [JSON.stringify(rows)],
  );
}

/**
 * `searchCache`: how many recent search answers to keep (search-cache.ts); 0 keeps none.
 * Default 500.
 */
export function listingStore(db: Database, notify?: Notify, searchCache?: number) {
  const cache = new SearchCache(searchCache);
  let columnsChecked: Promise<void> | undefined;
  /**
   * Rows stored before the search columns, or before a column was added (an older database),
   * get them, once per process.
   */
  const ready = () =>
    (columnsChecked ??= (async () => {
      const rows = await db.query<{ data: unknown }>(
        `select l.data from listings l left join listing_search s using (id)
          where s.id is null or s.search_places is null`,
      );
      const listings = readList(
        ListingSchema,
        rows.map((r) => r.data),
        'listing',
      ).items;
      for (let at = 0; at < listings.length; at += 500)
        await writeColumns(db, listings.slice(at, at + 500));
    })().catch((error) => {
      columnsChecked = undefined;
      throw error;
    }));

  return {
    async query(query: ListingQuery, now = Date.now()): Promise<ListingPage> {
      await ready();
      const { rows, total, facets } = await searchListings(db, query, now, cache);
      // Rows were validated on the way in; reading them again guards against hand edits.
      const checked = readList(ListingSchema, rows, 'listing');
      const limit = query.limit ?? 20;
      const offset = query.cursor && /^\d{1,9}$/.test(query.cursor) ? Number(query.cursor) : 0;
      const page: ListingPage = { items: checked.items, total, facets };
      if (offset + limit < total) page.nextCursor = String(offset + limit);
      if (checked.skipped) page.skipped = checked.skipped;
      return page;
    },

    async get(id: string): Promise<Listing | undefined> {
      const [row] = await db.query<{ data: unknown }>('select data from listings where id = $1', [
        id,
      ]);
      if (!row) return undefined;
      return readList(ListingSchema, [row.data], 'listing').items[0];
    },

    async put(input: unknown): Promise<Listing> {
      const [listing] = await this.putMany([input]);
      return listing!;
    },

    /** Creates or replaces listings, a few hundred per transaction (seeds, imports). */
    async putMany(inputs: readonly unknown[]): Promise<Listing[]> {
      const listings = inputs.map((input) => checkRequest(ListingSchema, input, 'listing'));
      for (let at = 0; at < listings.length; at += 500) {
        // One row per id (the last one given), in the order first given: an id twice in one
        // statement is refused.
        const byId = new Map<string, Listing>();
        for (const listing of listings.slice(at, at + 500)) byId.set(listing.id, listing);
        const chunk = [...byId.values()];
        await db.transaction(async (tx) => {
          await tx.query(
            `insert into listings (id, data)
             select x.id, x.data
               from rows from (jsonb_to_recordset($1::jsonb) as (id text, data jsonb))
                 with ordinality as x(id, data, n)
              order by x.n
             on conflict (id) do update set data = excluded.data, updated_at = now()`,
            [JSON.stringify(chunk.map((listing) => ({ id: listing.id, data: listing })))],
          );
          await writeColumns(tx, chunk);
        });
      }
      return listings;
    },

    async remove(id: string): Promise<boolean> {
      return (await db.query('delete from listings where id = $1 returning id', [id])).length > 0;
    },

    /** Stores an application and, in the same transaction, whom to tell of it. */
    async addApplication(
      listing: Listing,
      receipt: ApplicationReceipt,
      application: Application,
      checked?: CheckedCredentials,
    ) {
      const receivedAt = receipt.receivedAt ?? new Date().toISOString();
      // The raw credentials are kept with the server's reports of them.
      const data = checked ? { ...application, verification: checked } : application;
      await db.transaction(async (tx) => {
        await tx.query(
          'insert into applications (id, listing_id, data, received_at) values ($1, $2, $3::jsonb, $4)',
          [receipt.id, listing.id, JSON.stringify(data), receivedAt],
        );
        await notify?.(tx, {
          type: 'application.received',
          applicationId: receipt.id,
          receivedAt,
          listing: {
            id: listing.id,
            title: listing.title,
            organization: listing.organization.name,
          },
          application: {
            name: application.name,
            email: application.email,
            ...(application.message ? { message: application.message } : {}),
            ...(application.links?.length ? { links: application.links } : {}),
            ...(checked ? { skillsShown: skillsShown(checked) } : {}),
          },
        });
      });
    },
  };
}

export type ListingStore = ReturnType<typeof listingStore>;
