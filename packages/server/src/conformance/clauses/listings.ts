/** Listings: the page, its size, paging by cursor, filters, facets, one listing. */
import { cite, expect, SECTIONS, Skip, type Clause, type ClauseContext } from '../clause.ts';

interface Facet {
  value: string;
  count: number;
}
interface Page {
  items: { id: string; kind?: string; workplace?: string }[];
  total?: number;
  nextCursor?: string | null;
  facets?: Record<string, Facet[] | undefined>;
}

type Query = Record<string, string | number | readonly string[] | undefined>;

async function page(ctx: ClauseContext, query: Query = {}): Promise<Page> {
  const answer = await ctx.probe.send('GET', '/listings', { query });
  expect(
    answer.status === 200,
    `GET /listings answered ${answer.status}, not 200`,
    answer.exchange,
  );
  return answer.body as Page;
}

/** The listing checks need listings: a backend with none skips them. */
async function somePage(ctx: ClauseContext, query: Query = {}): Promise<Page> {
  const first = await page(ctx, query);
  if (!first.items.length) throw new Skip('the backend has no listings');
  return first;
}

/** A facet's values with listings, most first. */
const valuesOf = (facets: Page['facets'], dimension: string) =>
  (facets?.[dimension] ?? []).filter((f) => f.count > 0);

const PAGE_SIZE = 5;
const WHOLE = 100;

export const listingClauses: Clause[] = [
  {
    id: 'listings.page',
    title: 'GET /listings answers a ListingPage of at most `limit` items',
    section: cite(SECTIONS.routes, 'GET /listings'),
    async check(ctx) {
      const first = await page(ctx, { limit: PAGE_SIZE });
      expect(
        first.items.length <= PAGE_SIZE,
        `limit=${PAGE_SIZE} answered ${first.items.length} items`,
      );
      if (first.total !== undefined)
        expect(
          first.total >= first.items.length,
          `total ${first.total} is less than the items on the page`,
        );
    },
  },
  {
    id: 'listings.limit',
    title: 'GET /listings accepts limit=100',
    section: cite(SECTIONS.routes, 'limit: accept at least 100, a server may cap it'),
    async check(ctx) {
      const whole = await page(ctx, { limit: WHOLE });
      expect(whole.items.length <= WHOLE, `limit=${WHOLE} answered ${whole.items.length} items`);
    },
  },
  {
    id: 'listings.paging',
    title: 'Paging by cursor neither repeats nor skips a listing',
    section: cite(SECTIONS.shapes, 'ListingPage: nextCursor'),
    async check(ctx) {
      const whole = await somePage(ctx, { limit: WHOLE });
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const next = await page(ctx, { limit: PAGE_SIZE, cursor });
        for (const { id } of next.items) {
          expect(
            !walked.includes(id),
            `listing "${id}" came again on page ${Math.ceil(walked.length / PAGE_SIZE) + 1}`,
          );
          walked.push(id);
        }
        cursor = next.nextCursor ?? undefined;
        if (cursor) expect(next.items.length > 0, 'a page with no items still had a nextCursor');
      } while (cursor && walked.length < whole.items.length);
      const paged = new Set(walked.slice(0, whole.items.length));
      const missing = whole.items.filter(({ id }) => !paged.has(id)).map(({ id }) => id);
      expect(
        !missing.length,
        `pages of ${PAGE_SIZE} skipped ${missing.length} of the first ${whole.items.length} listings (${missing.slice(0, 3).join(', ')}…)`,
      );
      if (!cursor && whole.total !== undefined)
        expect(
          walked.length === whole.total,
          `the pages held ${walked.length} listings, total says ${whole.total}`,
        );
    },
  },
  {
    id: 'listings.filters',
    title: 'Filters: one value or another within a filter, every filter at once',
    section: cite(SECTIONS.routes, 'repeatable filters: OR within one filter, AND across filters'),
    async check(ctx) {
      const first = await somePage(ctx);
      const kinds = valuesOf(first.facets, 'kind');
      if (!kinds.length)
        throw new Skip('the backend serves no kind facet to pick filter values from');
      const [a, b] = kinds.map((f) => f.value);
      const one = await page(ctx, { kind: [a!], limit: WHOLE });
      expect(one.items.length > 0, `kind=${a} found nothing, though the facet counts some`);
      expect(
        one.items.every((l) => l.kind === a),
        `kind=${a} answered listings of another kind`,
      );
      if (b) {
        const either = await page(ctx, { kind: [a!, b], limit: WHOLE });
        expect(
          either.items.every((l) => l.kind === a || l.kind === b),
          `kind=${a}&kind=${b} answered listings of a third kind`,
        );
        expect(
          either.items.some((l) => l.kind === b) || either.items.length === WHOLE,
          `kind=${a}&kind=${b} answered no listing of kind ${b}`,
        );
      }
      const places = valuesOf(one.facets, 'workplace');
      if (places.length) {
        const both = await page(ctx, { kind: [a!], workplace: [places[0]!.value], limit: WHOLE });
        expect(
          both.items.every((l) => l.kind === a && l.workplace === places[0]!.value),
          `kind=${a}&workplace=${places[0]!.value} answered a listing missing one of them`,
        );
      }
    },
  },
  {
    id: 'listings.facets',
    title: 'Facet counts agree with the results, each counted without its own filter',
    section: cite(
      SECTIONS.shapes,
      'facets: counted with every filter applied except the facet’s own',
    ),
    async check(ctx) {
      const first = await somePage(ctx);
      if (!first.facets) throw new Skip('the backend serves no facets');
      const dimensions = ['kind', 'workplace', 'skill'].filter(
        (d) => valuesOf(first.facets, d).length,
      );
      if (!dimensions.length) throw new Skip('every facet is empty');
      for (const dimension of dimensions)
        for (const { value, count } of valuesOf(first.facets, dimension).slice(0, 2)) {
          const filtered = await page(ctx, { [dimension]: [value], limit: 1 });
          if (filtered.total === undefined) throw new Skip('the backend states no total');
          expect(
            filtered.total === count,
            `the ${dimension} facet counts ${count} for "${value}", ${dimension}=${value} finds ${filtered.total}`,
          );
          // Its own filter does not narrow a facet: the other values keep their counts.
          const own = new Map(valuesOf(filtered.facets, dimension).map((f) => [f.value, f.count]));
          for (const other of valuesOf(first.facets, dimension))
            expect(
              own.get(other.value) === other.count,
              `with ${dimension}=${value} the ${dimension} facet counts ${own.get(other.value) ?? 0} for "${other.value}", not ${other.count}`,
            );
        }
      // Another filter does narrow it.
      const [dimension, other] =
        dimensions.length > 1 ? dimensions : [dimensions[0]!, dimensions[0]!];
      const value = valuesOf(first.facets, dimension!)[0]!.value;
      const narrowed = await page(ctx, { [dimension!]: [value], limit: 1 });
      if (other === dimension) return;
      for (const facet of valuesOf(narrowed.facets, other!).slice(0, 2)) {
        const both = await page(ctx, { [dimension!]: [value], [other!]: [facet.value], limit: 1 });
        expect(
          both.total === facet.count,
          `with ${dimension}=${value} the ${other} facet counts ${facet.count} for "${facet.value}", both filters find ${both.total}`,
        );
      }
    },
  },
  {
    id: 'listings.one',
    title: 'GET /listings/{id} answers the listing',
    section: cite(SECTIONS.routes, 'GET /listings/{id}'),
    async check(ctx) {
      const id = ctx.options.listing ?? (await somePage(ctx, { limit: 1 })).items[0]!.id;
      const answer = await ctx.probe.send('GET', `/listings/${encodeURIComponent(id)}`);
      expect(answer.status === 200, `answered ${answer.status}, not 200`, answer.exchange);
      expect(
        answer.body?.id === id,
        `asked for "${id}", answered "${answer.body?.id}"`,
        answer.exchange,
      );
    },
  },
];
