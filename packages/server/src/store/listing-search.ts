/**
 * Listing search in SQL, answering as the kit's query engine does (core/listing-query.ts), so
 * a board reads the server exactly as it reads a whole-board feed: every term must appear
 * (accent- and case-insensitive, any part of a word), scored by where (title, a word start in
 * it scoring most, then skills, organization, places and department, summary); filters with
 * disjunctive facet counts (each dimension counted under every filter but its own); the four
 * sorts; offset cursors. The database does the work: there is no index in process memory.
 * Folded text and facet keys are written with each listing (`searchColumns`), by the kit's own
 * folding.
 */
import {
  durationInDays,
  finishFacets,
  foldText,
  placesText,
  searchTerms,
  type FacetDimension,
  type Facets,
  type FacetValue,
  type Listing,
  type ListingQuery,
} from 'micropath/adapters';
import type { Queryable } from '../db/database.ts';
import { searchKey, WINDOW, type CachedSearch, type SearchCache } from './search-cache.ts';

type Dimension = FacetDimension;
const DIMENSIONS: readonly Dimension[] = ['kind', 'skill', 'workplace', 'location', 'paid'];
/** The dimensions a listing has one value of (at most): listing_facet_cells are counted by them. */
const SINGLE: readonly Dimension[] = ['kind', 'workplace', 'paid'];

/** Facet values of one listing, by folded key, each with its first spelling. */
function keyed(labels: readonly string[]): { keys: string[]; labels: string[] } {
  const byKey = new Map<string, string>();
  for (const label of labels) if (!byKey.has(foldText(label))) byKey.set(foldText(label), label);
  return { keys: [...byKey.keys()], labels: [...byKey.values()] };
}

const time = (value: string | undefined) => {
  const t = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(t) ? undefined : t;
};

/** What a listing's row holds beside its JSON, for search, filters, facets and sorts. */
export function searchColumns(listing: Listing) {
  const skillNames = listing.skills.map((skill) => skill.label);
  const skills = keyed(skillNames);
  const locations = keyed(listing.locations.map((l) => l.label));
  const title = foldText(listing.title);
  const skillText = foldText(skillNames.join(' \u0001 '));
  const org = foldText(listing.organization.name);
  const summary = foldText(listing.summary ?? '');
  const places = placesText(listing);
  return {
    search_title: title,
    search_skills: skillText,
    search_org: org,
    search_summary: summary,
    search_places: places,
    search_all: [title, skillText, org, places, summary].join(' \u0002 '),
    kind_key: listing.kind,
    workplace_key: listing.workplace ?? null,
    skill_keys: skills.keys,
    skill_labels: skills.labels,
    location_keys: locations.keys,
    location_labels: locations.labels,
    paid: Boolean(listing.compensation && listing.compensation.kind !== 'unpaid'),
    duration_days: durationInDays(listing.duration) ?? null,
    posted_ms: time(listing.postedAt) ?? 0,
    apply_by_ms: time(listing.applyBy) ?? null,
  };
}

export const SEARCH_COLUMNS = Object.keys(
  searchColumns({
    id: '',
    title: '',
    kind: 'other',
    organization: { name: '' },
    skills: [],
    locations: [],
  } as Listing),
);

/** Parameters, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const likeEscape = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);
const regexEscape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`);

/** A dimension's filter, its values a parameter; none when the query does not filter on it. */
function filter(query: ListingQuery, d: Dimension, p: Params): string | undefined {
  if (d === 'paid') return query.paid ? 'paid' : undefined;
  const values = query[d];
  if (!values?.length) return undefined;
  const keys = p.add(values.map(foldText));
  if (d === 'kind') return `kind_key = any(${keys}::text[])`;
  if (d === 'workplace') return `workplace_key = any(${keys}::text[])`;
  return `${d === 'skill' ? 'skill_keys' : 'location_keys'} && ${keys}::text[]`;
}

/** The length limit (`maxWeeks`), in days. */
const lengthLimit = (query: ListingQuery, p: Params) =>
  query.maxWeeks === undefined ? undefined : `duration_days <= ${p.add(query.maxWeeks * 7)}`;

/** A query's conditions: its terms, its length limit and each dimension's filter. */
function conditions(query: ListingQuery, p: Params) {
  const terms = searchTerms(query.q);
  // Each term somewhere in the folded text (the trigram index): where it scores is for ranking.
  const text = terms.map((term) => `search_all like ${p.add(`%${likeEscape(term)}%`)}`);
  const length = lengthLimit(query, p);
  if (length) text.push(length);
  const filters: Partial<Record<Dimension, string>> = {};
  for (const d of DIMENSIONS) {
    const sql = filter(query, d, p);
    if (sql) filters[d] = sql;
  }
  return { terms, text, filters, active: DIMENSIONS.filter((d) => filters[d]) };
}

const all = (parts: readonly string[]) => (parts.length ? parts.join(' and ') : 'true');

/** Each term's score: where it is found (title at a word start 8, title 5, skills 4…). */
function scores(terms: readonly string[], p: Params): string[] {
  return terms.map((term) => {
    const t = p.add(term);
    return `(case when strpos(search_title, ${t}) > 0
        then case when search_title ~ ${p.add(`(?:^|[^[:alnum:]])${regexEscape(term)}`)} then 8 else 5 end
      when strpos(search_skills, ${t}) > 0 then 4
      when strpos(search_org, ${t}) > 0 then 3
      when strpos(search_places, ${t}) > 0 then 2
      when strpos(search_summary, ${t}) > 0 then 1 else 0 end)`;
  });
}

const NEWEST = 'posted_ms desc, position';

/**
 * The page's ids in order (`chosen`, then ranked by `order`). A fixed sort walks its index (009)
 * and stops after the page; the deadline's three parts (open soonest first, none, closed) are
 * each read in index order. Relevance ranks the rows that match every term, scored as the
 * counts read them (`matched`, see countQuery).
 */
function pageQuery(
  query: ListingQuery,
  now: number,
  limit: number,
  offset: number,
  p: Params,
  matched: boolean,
): { chosen: string; order: string } {
  const take = p.add(limit);
  const skip = p.add(offset);
  const page = (sql: string, order: string) => ({
    chosen: `${sql} order by ${order} limit ${take} offset ${skip}`,
    order,
  });
  if (matched)
    return page(
      'select id, posted_ms, position, score from matched where score is not null',
      `score desc, ${NEWEST}`,
    );
  const { text, filters, active } = conditions(query, p);
  const where = all([...text, ...active.map((d) => filters[d]!)]);
  const sort = query.sort ?? 'relevance';
  if (sort === 'deadline') {
    const at = p.add(now);
    const upTo = `limit ${take}::integer + ${skip}::integer`;
    const part = (part: number, condition: string, order: string) =>
      `(select id, ${part} as part, apply_by_ms, posted_ms, position from listing_search
         where ${where} and ${condition} order by ${order} ${upTo})`;
    return page(
      `select * from (${[
        part(0, `apply_by_ms >= ${at}`, `apply_by_ms, ${NEWEST}`),
        part(1, 'apply_by_ms is null', NEWEST),
        part(2, `apply_by_ms < ${at}`, `apply_by_ms, ${NEWEST}`),
      ].join(' union all ')}) parts`,
      `part, apply_by_ms, ${NEWEST}`,
    );
  }
  if (sort === 'shortest')
    return page(
      `select id, duration_days, posted_ms, position from listing_search where ${where}`,
      `duration_days nulls last, ${NEWEST}`,
    );
  return page(`select id, posted_ms, position from listing_search where ${where}`, NEWEST);
}

/**
 * The page, the total and the facets, each search reading the search generation (migration
 * 011) and whether a facet label needs its new spelling. An answer kept (search-cache.ts) at
 * the generation last seen gives the page's ids: its listings are read with the generation, in
 * one statement, and used when the generation is still that one. Otherwise one statement
 * computes the answer, and a page within the cache's window is computed with the window's ids,
 * to be kept; a search asking for an answer another search is computing at the same
 * generation waits for it and reads its page as a kept one (a burst of the same search is
 * computed once).
 */
export async function searchListings(
  db: Queryable,
  query: ListingQuery,
  now: number,
  cache?: SearchCache,
): Promise<{ rows: unknown[]; total: number; facets: Facets }> {
  const limit = query.limit ?? 20;
  const offset = query.cursor && /^\d{1,9}$/.test(query.cursor) ? Number(query.cursor) : 0;
  const key = cache && offset + limit <= WINDOW ? searchKey(query, now) : undefined;
  const seen = cache?.generation;
  const kept = key && seen !== undefined ? cache!.get(seen, key) : undefined;
  const read = await readPage(db, kept, offset, limit);
  if (kept && read.generation === seen && !read.stale) return answerFrom(kept, read.rows, query);
  const { generation } = read;
  // Labels whose first listing was removed or changed get the new first one's spelling.
  if (read.stale) await db.query('select listing_facets_relabel()');
  // Another search may be computing this answer, or have kept it since this one looked
  // (checked, and otherwise taken on below, with no pause between).
  const pending = key && cache!.computing(generation, key);
  const shared = pending ? await pending : key ? cache!.get(generation, key) : undefined;
  if (shared) {
    const again = await readPage(db, shared, offset, limit);
    if (again.generation === generation && !again.stale)
      return answerFrom(shared, again.rows, query);
    return searchListings(db, query, now, cache); // written meanwhile: start from what is now
  }
  // Within the window, the window's ids are computed (to keep) and the page's listings read.
  const answer = key
    ? computeSearch(db, query, now, { limit: WINDOW, offset: 0 }, offset, offset + limit)
    : computeSearch(db, query, now, { limit, offset }, 0, limit);
  if (key) cache!.compute(generation, key, answer);
  const { rows, total, counted } = await answer;
  return { rows, total, facets: finishFacets(counted, query) };
}

/**
 * The search generation, whether a label is stale, and the listings of `answer`'s page. A
 * listing is read as text and parsed here (so in computeSearch): from PGlite's thread a string
 * crosses to the server's cheaply, where an object must be cloned field by field (PGlite at
 * 10,000 listings: 265 → 310 searches a second, p95 50 → 43 ms).
 */
async function readPage(
  db: Queryable,
  answer: CachedSearch | undefined,
  offset: number,
  limit: number,
): Promise<{ generation: string; stale: boolean; rows: unknown[] }> {
  const ids = answer ? answer.ids.slice(offset, offset + limit) : [];
  const found = await db.query<{
    generation: string;
    stale: boolean;
    id: string | null;
    data: string | null;
  }>(
    `select s.generation::text as generation,
       exists (select 1 from listing_facets where first_position is null) as stale,
       l.id, l.data::text as data
     from listing_search_state s left join listings l on l.id = any($1::text[])`,
    [ids],
  );
  const byId = new Map(found.map((row) => [row.id, row.data]));
  const listing = (id: string): unknown => JSON.parse(byId.get(id)!);
  const { generation, stale } = found[0]!;
  return { generation, stale, rows: ids.filter((id) => byId.has(id)).map(listing) };
}

const answerFrom = (answer: CachedSearch, rows: unknown[], query: ListingQuery) => ({
  rows,
  total: answer.total,
  facets: finishFacets(answer.counted, query),
});

/**
 * The ids of `window` in order, the listings of its ranks from `from` (exclusive) to `to`, the
 * total and the facet counts, in one statement. Ranked by relevance, the rows that match the terms are read
 * once, for the page and the counts alike (`matched`).
 */
async function computeSearch(
  db: Queryable,
  query: ListingQuery,
  now: number,
  window: { limit: number; offset: number },
  from: number,
  to: number,
): Promise<CachedSearch & { rows: unknown[] }> {
  const p = new Params();
  const terms = searchTerms(query.q);
  const ranked = (query.sort ?? 'relevance') === 'relevance' && terms.length > 0;
  const counting = countQuery(query, p, ranked ? scores(terms, p).join(' + ') : undefined);
  const chosen = pageQuery(
    query,
    now,
    window.limit,
    window.offset,
    p,
    counting.matched !== undefined,
  );
  const ctes = [
    ...(counting.matched ? [`matched as materialized (${counting.matched})`] : []),
    `chosen as (${chosen.chosen})`,
  ];
  const found = await db.query<{
    rank: string | number | null;
    id: string | null;
    data: string | null;
    dim: Dimension | 'total';
    label: string;
    count: string | number;
  }>(
    `with ${ctes.join(', ')}
     select ranked.rank, ranked.id, listings.data::text as data, null as dim, null as label, null as count
       from (select id, row_number() over (order by ${chosen.order}) as rank from chosen) ranked
       left join listings on listings.id = ranked.id
         and ranked.rank > ${p.add(from)} and ranked.rank <= ${p.add(to)}
     union all
     select null, null, null, c.dim, coalesce(f.label, c.key), c.count
       from (${counting.sql}) as c (dim, key, count)
       left join listing_facets f on f.dim = c.dim and f.key = c.key
     order by rank`,
    p.values,
  );
  const ids: string[] = [];
  const rows: unknown[] = [];
  let total = 0;
  const counted = {} as Record<Dimension, FacetValue[]>;
  for (const dimension of DIMENSIONS) counted[dimension] = [];
  for (const row of found) {
    if (row.rank !== null) {
      ids.push(row.id!);
      if (row.data != null) rows.push(JSON.parse(row.data));
    } else if (row.dim === 'total') total = Number(row.count);
    else if (Number(row.count) > 0)
      counted[row.dim].push({ value: row.label, count: Number(row.count) });
  }
  return { ids, rows, total, counted };
}

/**
 * The SQL of the total and each dimension's values (dim, key, count), counted under every filter
 * but its own (the caller labels them). What the database keeps counted is read, not counted
 * again. With no term: a dimension under no other filter and no length limit is
 * listing_facets; under one other filter (whose values cannot overlap in one listing) and no
 * length limit, listing_facet_pairs; under the length limit and filters on single values only
 * (kind, workplace, paid), the cells of listing_facet_cells that pass them. `paid`, when
 * filtered, counts the total. The rest is counted in one pass over the matching rows, or, when
 * a filtered dimension needs the rows that fail its own filter, over the rows that fail at most
 * one filter. Given a `score`, those rows are `matched`, each scored when it passes every filter,
 * for the page to rank.
 */
function countQuery(
  query: ListingQuery,
  p: Params,
  score?: string,
): { sql: string; matched?: string } {
  // Its shape here; its conditions' parameters only where rows are read.
  const { terms, text, active } = conditions(query, new Params());
  const length = query.maxWeeks !== undefined;
  const values = (d: Dimension) =>
    d === 'paid' ? ['true'] : [...new Set((query[d] ?? []).map(foldText))];
  const others = (d: Dimension) => active.filter((o) => o !== d);
  // A filter whose values cannot overlap in one listing: its counts add up.
  const single = (d: Dimension) => SINGLE.includes(d);
  const exact = (d: Dimension) => single(d) || values(d).length === 1;
  const kept = (d: Dimension): 'board' | 'pairs' | 'cells' | undefined => {
    if (terms.length) return undefined;
    const [other, more] = others(d);
    if (!length && !other) return 'board';
    if (!length && other && !more && exact(other)) return 'pairs';
    return others(d).every(single) ? 'cells' : undefined;
  };
  // The cells that pass the length limit and these filters.
  const inCells = (dims: readonly Dimension[]) =>
    all([lengthLimit(query, p), ...dims.map((d) => filter(query, d, p))].filter((c) => c != null));
  // A filtered dimension counted from rows: they fail its filter, so all near misses are read.
  const fromRows = DIMENSIONS.filter((d) => !kept(d) && !(d === 'paid' && active.includes(d)));
  const nearMisses = fromRows.some((d) => active.includes(d));
  const parts: string[] = [];
  let matched: string | undefined;
  const board = DIMENSIONS.filter((d) => kept(d) === 'board');
  if (board.length)
    parts.push(
      `select dim, key, count from listing_facets where dim = any(${p.add(board)}::text[])`,
    );
  for (const d of DIMENSIONS.filter((d) => kept(d) === 'pairs')) {
    const other = others(d)[0]!;
    parts.push(`select dim, key, sum(count) from listing_facet_pairs
      where other_dim = ${p.add(other)} and other_key = any(${p.add(values(other))}::text[])
        and dim = ${p.add(d)} group by dim, key`);
  }
  // One read of the cells for every dimension they count, each under its own filters.
  const cells = DIMENSIONS.filter((d) => kept(d) === 'cells');
  if (cells.length)
    parts.push(`select dim, key, sum(count) from listing_facet_cells
      where ${cells.map((d) => `(dim = ${p.add(d)} and ${inCells(others(d))})`).join(' or ')}
      group by dim, key`);
  // No term, no length, at most one filter: the total is kept too (every listing has one kind).
  const [only, more] = active;
  if (!text.length && !more && (!only || exact(only)))
    parts.push(
      only
        ? `select 'total', null, coalesce(sum(count), 0) from listing_facets
            where dim = ${p.add(only)} and key = any(${p.add(values(only))}::text[])`
        : `select 'total', null, coalesce(sum(count), 0) from listing_facets where dim = 'kind'`,
    );
  // No term, filters on single values only: the cells that pass them all.
  else if (!terms.length && active.every(single))
    parts.push(`select 'total', null, coalesce(sum(count), 0) from listing_facet_cells
      where ${inCells(active)} and dim = 'kind'`);
  else {
    const { text, filters } = conditions(query, p);
    let where = [...text, ...active.map((d) => filters[d]!)];
    if (nearMisses)
      where =
        active.length === 1
          ? text
          : [
              ...text,
              `(${active
                .map((left) => `(${all(active.filter((d) => d !== left).map((d) => filters[d]!))})`)
                .join(' or ')})`,
            ];
    // `paid`, when filtered, counts the rows that pass every filter: the total.
    const counted =
      active.includes('paid') && !kept('paid') ? [...fromRows, 'paid' as const] : fromRows;
    const passes = (except?: Dimension) =>
      all(nearMisses ? active.filter((d) => d !== except).map((d) => filters[d]!) : []);
    if (score === undefined) parts.push(countRows('listing_search', all(where), counted, passes));
    else {
      // Ranked by relevance: the page's rows are those passing every filter, scored.
      matched = `select id, posted_ms, position, kind_key, workplace_key, skill_keys,
          location_keys, paid, case when ${passes()} then ${score} end as score
        from listing_search where ${all(where)}`;
      parts.push(countRows('matched', 'true', counted, passes));
    }
  }
  return { sql: parts.map((part) => `(${part})`).join(' union all '), matched };
}

const COLUMN = {
  kind: 'kind_key',
  workplace: 'workplace_key',
  skill: 'skill_keys',
  location: 'location_keys',
  paid: 'paid',
} as const;

/**
 * The total and the values of `dims`, counted in one pass over the rows of `source` that match
 * `where`: each dimension in a grouping set of its own (skills and locations by their arrays,
 * unnested once grouped), the total and `paid` in the set of all rows. Each count takes the
 * rows that pass `passes(d)`: every filter but the dimension's own.
 */
function countRows(
  source: string,
  where: string,
  dims: readonly Dimension[],
  passes: (except?: Dimension) => string,
): string {
  const grouped = dims.filter((d) => d !== 'paid');
  const columns = [
    ...grouped.map((d) => `${COLUMN[d]}, grouping(${COLUMN[d]}) as g_${d}`),
    `count(*) filter (where ${passes()}) as n`,
    ...dims.map(
      (d) => `count(*) filter (where ${d === 'paid' ? 'paid and ' : ''}${passes(d)}) as n_${d}`,
    ),
  ];
  const whole = all(grouped.map((d) => `g_${d} = 1`));
  const out = [`select 'total' as dim, null as key, n as count from counted where ${whole}`];
  for (const d of dims) {
    const column = COLUMN[d];
    if (d === 'paid') out.push(`select 'paid', 'true', n_paid from counted where ${whole}`);
    else if (d === 'skill' || d === 'location')
      out.push(`select '${d}', k, sum(n_${d}) from counted, unnest(${column}) as k
        where g_${d} = 0 group by k`);
    else
      out.push(`select '${d}', ${column}, n_${d} from counted
        where g_${d} = 0 and ${column} is not null`);
  }
  const sets = [...grouped.map((d) => `(${COLUMN[d]})`), '()'];
  return `with counted as (
      select ${columns.join(', ')} from ${source} where ${where}
       group by grouping sets (${sets.join(', ')}))
    ${out.join(' union all ')}`;
}
