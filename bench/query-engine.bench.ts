/**
 * Query-engine scenario: one board of 10,000 listings, indexed once, then the queries a
 * visitor makes: each keystroke of a search, filters with facet counts, sorts and paging.
 * Runs in the page; `scripts/bench.mjs` drives it and aggregates.
 */
import { createListingIndex } from '../packages/micropath/src/core/listing-query.ts';
import { ListingSchema, type ListingQuery } from '../packages/micropath/src/core/models/listing.ts';
import * as v from '../packages/micropath/src/core/valibot.ts';
import { makeListings } from '../test/support/listing-factory.ts';

const QUERIES: Record<string, ListingQuery[]> = {
  'search keystrokes ("data analyst")': [...'data analyst'].map((_, i) => ({
    q: 'data analyst'.slice(0, i + 1),
  })),
  'filters + facets (kind, workplace, paid)': [
    { kind: ['micro-internship'] },
    { kind: ['micro-internship', 'project'], workplace: ['remote'] },
    { kind: ['apprenticeship'], workplace: ['hybrid', 'onsite'], paid: true, maxWeeks: 12 },
    { skill: ['SQL', 'Python'], location: ['Berlin, Germany'] },
  ],
  'sort + page (deadline, shortest, page 3)': [
    { sort: 'deadline' },
    { sort: 'shortest', q: 'design' },
    { sort: 'newest', cursor: '40', limit: 20 },
  ],
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function run(size = 10_000, repeats = 25) {
  const listings = makeListings(size, 42).map((listing) => v.parse(ListingSchema, listing));
  const t0 = performance.now();
  const index = createListingIndex(listings);
  const indexMs = performance.now() - t0;
  const results: Record<string, { value: number; unit: string; samples: number }> = {
    'build index': { value: indexMs, unit: 'ms', samples: 1 },
  };
  const all: number[] = [];
  for (const [name, queries] of Object.entries(QUERIES)) {
    for (const query of queries) index.query(query); // warm up
    const samples: number[] = [];
    for (let r = 0; r < repeats; r++) {
      for (const query of queries) {
        const start = performance.now();
        index.query(query);
        samples.push(performance.now() - start);
      }
    }
    all.push(...samples);
    results[name] = { value: median(samples), unit: 'ms', samples: samples.length };
  }
  results['all queries'] = { value: median(all), unit: 'ms', samples: all.length };
  return results;
}

(window as unknown as { micropathBench: unknown }).micropathBench = { run };
