// The server searches in SQL and must answer exactly as the kit's query engine (the one every
// whole-board adapter uses): same items in the same order, same totals, facets and cursors, on
// PGlite and on PostgreSQL. Listings: the test factory's, plus real recorded Greenhouse, Lever
// and Ashby postings mapped by the kit (accents, several scripts, odd spellings).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ashbyAdapter,
  createListingIndex,
  greenhouseAdapter,
  leverAdapter,
  ListingSchema,
  readList,
  type Listing,
  type ListingQuery,
  type ListingsAdapter,
} from '../../../packages/micropath/src/adapters/index.ts';
import { makeListings } from '../../support/listing-factory.ts';
import { storages, testServer, type TestServer } from '../../support/server-harness.ts';
import { listingStore } from '../../../packages/server/src/store/listings.ts';
import { searchListings } from '../../../packages/server/src/store/listing-search.ts';
import { SearchCache } from '../../../packages/server/src/store/search-cache.ts';
import type { Queryable } from '../../../packages/server/src/db/database.ts';

const NOW = Date.UTC(2026, 10, 20);

const recorded = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/ats/${name}`, import.meta.url), 'utf8'))
    .payload as unknown;
const feedOf = (payload: unknown) =>
  (async () =>
    new Response(JSON.stringify(payload), {
      headers: { 'content-type': 'application/json' },
    })) as typeof fetch;

async function realListings(): Promise<Listing[]> {
  const boards: ListingsAdapter[] = [
    greenhouseAdapter({ board: 'gh', fetch: feedOf(recorded('greenhouse-jobs.json')) }),
    greenhouseAdapter({
      board: 'gh2',
      fetch: feedOf(recorded('greenhouse-jobs-fullcontent.json')),
    }),
    leverAdapter({ site: 'lv', fetch: feedOf(recorded('lever-postings.json')) }),
    leverAdapter({ site: 'lv2', fetch: feedOf(recorded('lever-postings-fullcontent.json')) }),
    ashbyAdapter({ board: 'ab', fetch: feedOf(recorded('ashby-jobs.json')) }),
  ];
  const all: Listing[] = [];
  for (const [i, board] of boards.entries()) {
    const page = await board.listListings(
      { limit: 1000 },
      { signal: AbortSignal.timeout(5000), locale: 'en' },
    );
    for (const item of page.items) all.push({ ...item, id: `${i}-${item.id}` } as Listing);
  }
  return all;
}

const QUERIES: ListingQuery[] = [
  {},
  { q: 'rust' },
  { q: 'engineering' },
  { q: 'engin' },
  { q: 'DATA analyst' },
  { q: 'cafe' },
  { q: 'munchen' },
  { q: 'söhne' },
  { q: 'sql python' },
  { q: 'nothing-matches-this' },
  { q: '100%' },
  { q: 'a_b' },
  { q: 'ops', sort: 'newest' },
  { sort: 'newest' },
  { sort: 'deadline' },
  { sort: 'shortest' },
  { q: 'e', sort: 'deadline' },
  { kind: ['internship'] },
  { kind: ['internship', 'project'], workplace: ['remote'] },
  { skill: ['sql'] },
  { skill: ['SQL', 'Figma'], paid: true },
  { location: ['Berlin, Germany'] },
  { location: ['Remote (EU)', 'Madrid, Spain'], kind: ['micro-internship'] },
  { paid: true, sort: 'shortest' },
  { maxWeeks: 6 },
  // Filters on single values and the length: counted from the cells the database keeps.
  { maxWeeks: 6, kind: ['internship', 'project'], paid: true },
  { kind: ['internship'], workplace: ['remote'], paid: true, sort: 'newest' },
  { maxWeeks: 12, workplace: ['hybrid'], skill: ['SQL'] },
  { maxWeeks: 6, q: 'design', sort: 'shortest' },
  { kind: ['job'], q: 'senior' },
  { location: ['Nowhere'] },
  // One value twice (folded alike): counted once, whether kept by the database or counted.
  { skill: ['SQL', 'sql'], kind: ['internship'] },
  { workplace: ['remote', 'remote'], skill: ['Figma'] },
  { limit: 7 },
  { limit: 7, cursor: '7' },
  { limit: 7, cursor: '21', sort: 'deadline' },
  { limit: 50, cursor: '300' },
  { q: 'manager', limit: 3, cursor: '3' },
  // Places and departments are searched too (a place scores 2: above the summary, below the rest).
  { q: 'sao paulo' },
  { q: 'SÃO PAULO' },
  { q: 'fabrication' },
  { q: 'welding fabrication' },
  { q: 'berlin' },
  { q: 'london' },
  { q: 'san francisco', sort: 'newest' },
];

for (const storage of storages) {
  describe(`listing search in SQL equals the kit's engine (${storage})`, () => {
    let server: TestServer;
    let listings: Listing[];
    before(async () => {
      server = await testServer({ storage });
      await server.db.query('delete from listings');
      const made = readList(ListingSchema, makeListings(240, 11, NOW), 'listing').items;
      // Written for these tests: where a term is found decides the order (title word start 8,
      // title 5, skills 4, organization 3, summary 1), so the newest listing must not win here.
      const ranked = readList(
        ListingSchema,
        [
          {
            id: 'r-org',
            title: 'Farm hand',
            organization: { name: 'Rustic Farms' },
            postedAt: '2026-11-19',
          },
          {
            id: 'r-skill',
            title: 'Systems helper',
            skills: ['Rust'],
            organization: { name: 'Other' },
            postedAt: '2026-11-01',
          },
          {
            id: 'r-summary',
            title: 'Helper',
            summary: 'You will learn Rust.',
            organization: { name: 'Elsewhere' },
            postedAt: '2026-11-18',
          },
          {
            id: 'r-middle',
            title: 'Reengineering lead',
            organization: { name: 'X' },
            postedAt: '2026-11-19',
          },
          {
            id: 'r-place',
            title: 'Data analyst',
            locations: [{ label: 'São Paulo, Brasil', city: 'São Paulo', country: 'BR' }],
            organization: { name: 'Z' },
            postedAt: '2026-09-01',
          },
          {
            id: 'r-department',
            title: 'Welder apprentice',
            department: 'Fabrication',
            organization: { name: 'Steelworks' },
            postedAt: '2026-09-02',
          },
          {
            id: 'r-start',
            title: 'Engineering apprentice',
            organization: { name: 'Y' },
            postedAt: '2026-10-01',
          },
        ],
        'listing',
      ).items;
      listings = [...made, ...ranked, ...(await realListings())];
      const store = listingStore(server.db);
      for (const listing of listings) await store.put(listing);
    });
    after(() => server.close());

    test('every query: the same page, total, facets and next cursor', async () => {
      assert.ok(listings.length > 250);
      const engine = createListingIndex(listings);
      const store = listingStore(server.db);
      // Asked twice: computed, then answered from what the store keeps (search-cache.ts).
      for (const query of [...QUERIES, ...QUERIES]) {
        const expected = engine.query(query, NOW);
        const actual = await store.query(query, NOW);
        const label = JSON.stringify(query);
        assert.deepEqual(
          actual.items.map((l) => l.id),
          expected.items.map((l) => l.id),
          `${label}: items`,
        );
        assert.equal(actual.total, expected.total, `${label}: total`);
        assert.equal(actual.nextCursor, expected.nextCursor, `${label}: cursor`);
        assert.deepEqual(actual.facets, expected.facets, `${label}: facets`);
      }
    });

    test('a burst of the same search is computed once; each asker gets its own page', async () => {
      const cache = new SearchCache(10);
      let computed = 0;
      const counting: Queryable = {
        query: (sql, params) => {
          if (/union all/.test(sql)) computed++; // computeSearch's one statement
          return server.db.query(sql, params);
        },
      };
      const engine = createListingIndex(listings);
      const queries: ListingQuery[] = [
        { q: 'data' },
        { q: 'data' },
        { q: 'data', cursor: '20' },
        { q: 'data', cursor: '40', limit: 10 },
      ];
      const answers = await Promise.all(
        queries.map((query) => searchListings(counting, query, NOW, cache)),
      );
      assert.equal(computed, 1);
      answers.forEach((answer, i) => {
        const expected = engine.query(queries[i]!, NOW);
        assert.deepEqual(
          answer.rows.map((row) => (row as Listing).id),
          expected.items.map((l) => l.id),
        );
        assert.equal(answer.total, expected.total);
        assert.deepEqual(answer.facets, expected.facets);
      });
      // The computation a burst waits for fails: its own asker gets the error, the others
      // compute their own answer.
      let failNext = true;
      const failing: Queryable = {
        query: (sql, params) => {
          if (/union all/.test(sql) && failNext) {
            failNext = false;
            return Promise.reject(new Error('connection lost'));
          }
          return server.db.query(sql, params);
        },
      };
      const one = new SearchCache(10);
      const afterFailure = await Promise.allSettled(
        [{ q: 'data engineer' }, { q: 'data engineer' }, { q: 'data engineer', cursor: '20' }].map(
          (query) => searchListings(failing, query, NOW, one),
        ),
      );
      assert.deepEqual(
        afterFailure.map((result) => result.status),
        ['rejected', 'fulfilled', 'fulfilled'],
      );
      // Without keeping answers, each search computes its own.
      computed = 0;
      await Promise.all(
        queries.map((query) => searchListings(counting, query, NOW, new SearchCache(0))),
      );
      assert.equal(computed, queries.length);
    });

    test('facets kept by the database follow removals and changes (labels included)', async () => {
      const store = listingStore(server.db);
      const queries: ListingQuery[] = [
        {},
        { skill: ['SQL'] },
        { kind: ['internship'] },
        { kind: ['internship'], workplace: ['remote'] },
        { maxWeeks: 6, paid: true },
        { q: 'data' },
        { q: 'data', limit: 5, cursor: '5' },
        { sort: 'deadline' },
      ];
      // Answers this process keeps, then writes by another process on the same database.
      for (const query of queries) await store.query(query, NOW);
      const other = listingStore(server.db);
      // The first listing of each spelling goes or is spelled anew: the next one labels it.
      const removed = listings.slice(0, 3).map((l) => l.id);
      for (const id of removed) await other.remove(id);
      const changed = { ...listings[3]!, skills: [{ label: 'sql', importance: 'required' }] };
      await other.put(changed);
      const now = listings
        .filter((l) => !removed.includes(l.id))
        .map((l) => (l.id === changed.id ? (changed as Listing) : l));
      const engine = createListingIndex(now);
      for (const query of queries) {
        const expected = engine.query(query, NOW);
        const actual = await store.query(query, NOW);
        assert.deepEqual(
          actual.items.map((l) => l.id),
          expected.items.map((l) => l.id),
          JSON.stringify(query),
        );
        assert.equal(actual.total, expected.total, JSON.stringify(query));
        assert.deepEqual(actual.facets, expected.facets, JSON.stringify(query));
      }
      // Put back as they were, for the tests below.
      for (const listing of listings.slice(0, 4)) await store.put(listing);
    });

    test('a place and a department are found, accent- and case-insensitively', async () => {
      const store = listingStore(server.db);
      for (const search of [createListingIndex(listings).query, store.query]) {
        const ids = async (q: string) =>
          (await search({ q, limit: 100 }, NOW)).items.map((l) => l.id);
        assert.ok((await ids('sao paulo')).includes('r-place'), 'sao paulo');
        assert.ok((await ids('São Paulo')).includes('r-place'), 'São Paulo');
        assert.deepEqual(await ids('fabrication'), ['r-department']);
        assert.deepEqual(await ids('FABRICATION welder'), ['r-department']);
      }
    });

    test('rows written before places were searched get them on first read', async () => {
      await server.db.query(
        `update listing_search set search_places = null, search_all = search_title`,
      );
      const fresh = listingStore(server.db);
      const found = await fresh.query({ q: 'fabrication' }, NOW);
      assert.deepEqual(
        found.items.map((l) => l.id),
        ['r-department'],
      );
    });

    test('the API answers from SQL too, and a new listing is found at once', async () => {
      const before = (await server.json('/api/listings?q=zeppelin')).body;
      assert.equal(before.total, 0);
      await server.call('/api/admin/listings/zep-1', {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          authorization: 'Bearer test-admin-token-123',
        },
        body: JSON.stringify({
          title: 'Zeppelin mechanic apprentice',
          organization: { name: 'Skyworks' },
          kind: 'apprenticeship',
        }),
      });
      const after = (await server.json('/api/listings?q=zeppelin')).body;
      assert.deepEqual(
        after.items.map((l: { id: string }) => l.id),
        ['zep-1'],
      );
    });
  });
}
