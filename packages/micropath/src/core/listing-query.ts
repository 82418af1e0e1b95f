/**
 * The client-side query engine shared by every adapter that holds a whole board in memory
 * (memory, Greenhouse, Lever, Ashby): accent- and case-insensitive search, filters with
 * disjunctive facet counts (each facet counted with every filter but its own), sorts and
 * cursor paging. The index is built once per board, so a keystroke costs one linear scan.
 */
import type {
  Duration,
  Facets,
  FacetValue,
  Listing,
  ListingPage,
  ListingQuery,
} from './models/listing.ts';
import { foldText, searchTerms, startsWord } from './text-match.ts';
import { skillLabels } from './skills/skill-ref.ts';

export const DEFAULT_PAGE_SIZE = 20;
const DAYS_PER_UNIT = { hours: 1 / 8, days: 1, weeks: 7, months: 30.44 } as const;

export type FacetDimension = 'kind' | 'skill' | 'workplace' | 'location' | 'paid';
type Dimension = FacetDimension;
const DIMENSIONS: readonly Dimension[] = ['kind', 'skill', 'workplace', 'location', 'paid'];

/** A facet value as shown (`label`), as compared (`key`, folded) and as counted (`slot`). */
interface Value {
  key: string;
  label: string;
  slot: number;
}

interface Entry {
  listing: Listing;
  order: number;
  title: string;
  organization: string;
  skills: string;
  places: string;
  summary: string;
  values: Record<Dimension, Value[]>;
  durationDays: number | undefined;
  postedAt: number;
  applyBy: number | undefined;
}

export interface ListingIndex {
  readonly size: number;
  query(query: ListingQuery, now?: number): ListingPage;
  get(id: string): Listing | undefined;
}

/** Length of a duration in days, counting hours as 8-hour working days; the longest bound. */
export function durationInDays(duration: Duration | undefined): number | undefined {
  const length = duration?.max ?? duration?.min;
  return length === undefined || !duration ? undefined : length * DAYS_PER_UNIT[duration.unit];
}

function toTime(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Where a listing is and which department it belongs to, as searched: every location's label,
 * city and region, then the department ("sao paulo" finds "São Paulo", "fabrication" the
 * Fabrication department). Folded; the server stores the same text.
 */
export function placesText(listing: Listing): string {
  const parts = listing.locations.flatMap((l) => [l.label, l.city ?? '', l.region ?? '']);
  return foldText([...parts, listing.department ?? ''].filter(Boolean).join(' \u0001 '));
}

function entryFor(listing: Listing, order: number): Entry {
  const paid = listing.compensation && listing.compensation.kind !== 'unpaid';
  const values = (labels: readonly string[]): Value[] => {
    const byKey = new Map(labels.map((label) => [foldText(label), label]));
    return [...byKey].map(([key, label]) => ({ key, label, slot: -1 }));
  };
  return {
    listing,
    order,
    title: foldText(listing.title),
    organization: foldText(listing.organization.name),
    skills: foldText(skillLabels(listing.skills).join(' \u0001 ')),
    places: placesText(listing),
    summary: foldText(listing.summary ?? ''),
    values: {
      kind: values([listing.kind]),
      skill: values(skillLabels(listing.skills)),
      workplace: values(listing.workplace ? [listing.workplace] : []),
      location: values(listing.locations.map((l) => l.label)),
      paid: values(paid ? ['true'] : []),
    },
    durationDays: durationInDays(listing.duration),
    postedAt: toTime(listing.postedAt) ?? 0,
    applyBy: toTime(listing.applyBy),
  };
}

/** Relevance of an entry for the terms; 0 means it does not match every term. */
function score(entry: Entry, terms: string[]): number {
  let total = 0;
  for (const term of terms) {
    let best = 0;
    if (entry.title.includes(term)) best = startsWord(entry.title, term) ? 8 : 5;
    else if (entry.skills.includes(term)) best = 4;
    else if (entry.organization.includes(term)) best = 3;
    else if (entry.places.includes(term)) best = 2;
    else if (entry.summary.includes(term)) best = 1;
    if (!best) return 0;
    total += best;
  }
  return total;
}

/**
 * The hits by score, highest first, newest first among equal scores (the order they come in).
 * A score is a small whole number (at most 8 a term), so a bucket per score sorts them in one
 * pass: a search's first letter matches most of a board, and a comparison sort of thousands
 * of hits was half of that keystroke's query.
 */
function byScore(hits: readonly Entry[], scores: readonly number[]): Entry[] {
  const buckets: Entry[][] = [];
  for (let i = 0; i < hits.length; i++) (buckets[scores[i]!] ??= []).push(hits[i]!);
  const ranked: Entry[] = [];
  for (let score = buckets.length - 1; score > 0; score--)
    for (const entry of buckets[score] ?? []) ranked.push(entry);
  return ranked;
}

function selectedSets(query: ListingQuery): Partial<Record<Dimension, Set<string>>> {
  const sets: Partial<Record<Dimension, Set<string>>> = {};
  const add = (dimension: Dimension, values: readonly string[] | undefined) => {
    if (values?.length) sets[dimension] = new Set(values.map(foldText));
  };
  add('kind', query.kind);
  add('skill', query.skill);
  add('workplace', query.workplace);
  add('location', query.location);
  if (query.paid) sets.paid = new Set(['true']);
  return sets;
}

/** One counter per facet value (its `slot`): counting is an array increment, not a lookup. */
class FacetCounter {
  private readonly counts: Uint32Array;

  constructor(private readonly slots: SlotTable) {
    this.counts = new Uint32Array(slots.labels.length);
  }

  add(values: readonly Value[]): void {
    for (const value of values) this.counts[value.slot]!++;
  }

  result(query: ListingQuery): Facets {
    const counted = {} as Record<Dimension, FacetValue[]>;
    for (const dimension of DIMENSIONS) {
      counted[dimension] = [];
      for (const slot of this.slots.byDimension[dimension]) {
        const count = this.counts[slot]!;
        if (count > 0) counted[dimension].push({ value: this.slots.labels[slot]!, count });
      }
    }
    return finishFacets(counted, query);
  }
}

/**
 * Facets as every backend answers them: each dimension's counted values, the query's selected
 * values kept at 0 (so their filters can still be seen and removed), most frequent first.
 */
export function finishFacets(
  counted: Readonly<Record<Dimension, readonly FacetValue[]>>,
  query: ListingQuery,
): Facets {
  const selected: Record<Dimension, readonly string[]> = {
    kind: query.kind ?? [],
    skill: query.skill ?? [],
    workplace: query.workplace ?? [],
    location: query.location ?? [],
    paid: query.paid ? ['true'] : [],
  };
  const facets: Facets = {};
  for (const dimension of DIMENSIONS) {
    const values = [...counted[dimension]];
    const listed = new Set(values.map((v) => foldText(v.value)));
    for (const value of selected[dimension])
      if (!listed.has(foldText(value))) values.push({ value, count: 0 });
    facets[dimension] = values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return facets;
}

interface SlotTable {
  labels: string[];
  keys: string[];
  byDimension: Record<Dimension, number[]>;
}

function readCursor(cursor: string | undefined): number {
  return cursor && /^\d{1,9}$/.test(cursor) ? Number(cursor) : 0;
}

const byNewest = (a: Entry, b: Entry) => b.postedAt - a.postedAt || a.order - b.order;

/** Listings, open deadlines soonest first, then those without one, then the closed ones. */
function deadlineOrder(sorted: readonly Entry[], now: number): Entry[] {
  const open: Entry[] = [];
  const none: Entry[] = [];
  const closed: Entry[] = [];
  for (const entry of sorted) {
    (entry.applyBy === undefined ? none : entry.applyBy < now ? closed : open).push(entry);
  }
  return open.concat(none, closed);
}

export function createListingIndex(listings: readonly Listing[]): ListingIndex {
  const entries = listings.map(entryFor);
  // One slot and one label per facet value ("SQL" and "sql" are one skill): the first spelling.
  const slots: SlotTable = {
    labels: [],
    keys: [],
    byDimension: { kind: [], skill: [], workplace: [], location: [], paid: [] },
  };
  const slotOf = new Map<string, number>();
  for (const entry of entries) {
    for (const dimension of DIMENSIONS) {
      for (const value of entry.values[dimension]) {
        const id = `${dimension}\u0000${value.key}`;
        let slot = slotOf.get(id);
        if (slot === undefined) {
          slot = slots.labels.push(value.label) - 1;
          slots.keys.push(value.key);
          slots.byDimension[dimension].push(slot);
          slotOf.set(id, slot);
        }
        value.slot = slot;
        value.label = slots.labels[slot]!;
      }
    }
  }
  const byId = new Map(listings.map((listing) => [listing.id, listing]));
  // The fixed orders are sorted once, so a query only filters them; only relevance sorts.
  const newest = [...entries].sort(byNewest);
  const byApplyBy = [...newest].sort(
    (a, b) => (a.applyBy ?? Number.POSITIVE_INFINITY) - (b.applyBy ?? Number.POSITIVE_INFINITY),
  );
  const shortest = [...newest].sort(
    (a, b) =>
      (a.durationDays ?? Number.POSITIVE_INFINITY) - (b.durationDays ?? Number.POSITIVE_INFINITY),
  );

  function query(query: ListingQuery, now = Date.now()): ListingPage {
    const terms = searchTerms(query.q);
    const selected = selectedSets(query);
    const active = DIMENSIONS.filter((d) => selected[d]);
    const maxDays = query.maxWeeks === undefined ? undefined : query.maxWeeks * 7;
    const facets = new FacetCounter(slots);
    const order =
      query.sort === 'deadline'
        ? deadlineOrder(byApplyBy, now)
        : query.sort === 'shortest'
          ? shortest
          : newest;
    const hits: Entry[] = [];
    const scores: number[] = [];

    for (const entry of order) {
      if (
        maxDays !== undefined &&
        (entry.durationDays === undefined || entry.durationDays > maxDays)
      )
        continue;
      const relevance = terms.length ? score(entry, terms) : 1;
      if (!relevance) continue;
      let failed: Dimension | undefined;
      let failures = 0;
      for (const dimension of active) {
        const wanted = selected[dimension]!;
        if (!entry.values[dimension].some((value) => wanted.has(value.key))) {
          failed = dimension;
          if (++failures > 1) break;
        }
      }
      if (failures > 1) continue;
      if (failures === 1) {
        facets.add(entry.values[failed!]);
        continue;
      }
      for (const dimension of DIMENSIONS) facets.add(entry.values[dimension]);
      hits.push(entry);
      scores.push(relevance);
    }

    const ranked =
      terms.length && (query.sort ?? 'relevance') === 'relevance' ? byScore(hits, scores) : hits;
    const offset = readCursor(query.cursor);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const page: ListingPage = {
      items: ranked.slice(offset, offset + limit).map((entry) => entry.listing),
      total: ranked.length,
      facets: facets.result(query),
    };
    if (offset + limit < ranked.length) page.nextCursor = String(offset + limit);
    return page;
  }

  return { size: entries.length, query, get: (id) => byId.get(id) };
}
