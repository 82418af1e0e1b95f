/**
 * Listing search in SQL, answering as the kit's query engine does (core/listing-query.ts), so
 * a board reads the server exactly as it reads a whole-board feed: every term must appear
 * (accent- and case-insensitive, any part of a word), scored by where (title, a word start in
 * it scoring most, then skills, organization, places and department, summary); filters with disjunctive facet counts
 * (each dimension counted under every filter but its own); the four sorts; offset cursors. The
 * database does the work: there is no index in process memory. Folded text and facet keys are
 * written with each listing (`searchColumns`), by the kit's own folding.
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

type Dimension = FacetDimension;
const DIMENSIONS: readonly Dimension[] = ['kind', 'skill', 'workplace', 'location', 'paid'];

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

/** The shared part of a search: which rows, with their score and which filters they pass. */
function base(query: ListingQuery, p: Params): string {
  const terms = searchTerms(query.q);
  const where: string[] = [];
  const scores: string[] = [];
  for (const term of terms) {
    const t = p.add(term);
    where.push(`search_all like ${p.add(`%${likeEscape(term)}%`)}`); // the trigram index
    scores.push(`(case when strpos(search_title, ${t}) > 0
        then case when search_title ~ ${p.add(`(^|[^[:alnum:]])${regexEscape(term)}`)} then 8 else 5 end
      when strpos(search_skills, ${t}) > 0 then 4
      when strpos(search_org, ${t}) > 0 then 3
      when strpos(search_places, ${t}) > 0 then 2
      when strpos(search_summary, ${t}) > 0 then 1 else 0 end)`);
  }
  if (query.maxWeeks !== undefined)
    where.push(`duration_days is not null and duration_days <= ${p.add(query.maxWeeks * 7)}`);
  const keys = (values: readonly string[] | undefined) =>
    values?.length ? p.add(values.map(foldText)) : undefined;
  const kind = keys(query.kind);
  const workplace = keys(query.workplace);
  const skill = keys(query.skill);
  const location = keys(query.location);
  const matches = {
    kind: kind ? `kind_key = any(${kind}::text[])` : 'true',
    workplace: workplace ? `workplace_key = any(${workplace}::text[])` : 'true',
    skill: skill ? `skill_keys && ${skill}::text[]` : 'true',
    location: location ? `location_keys && ${location}::text[]` : 'true',
    paid: query.paid ? 'paid' : 'true',
  };
  const each = scores.map((s, i) => `${s} as s${i}`);
  // Never `data`: the JSON is read for the page's rows only, after they are chosen.
  return `select id, position, posted_ms, apply_by_ms, duration_days,
      kind_key, workplace_key, skill_keys, skill_labels, location_keys, location_labels, paid,
      ${DIMENSIONS.map((d) => `(${matches[d]}) as m_${d}`).join(', ')}
      ${each.length ? `, ${each.join(', ')}` : ''}
    from listing_search ${where.length ? `where ${where.join(' and ')}` : ''}`;
}

/** Rows that match every term (each term scoring somewhere) and pass `filters`. */
function matching(query: ListingQuery, filters: readonly Dimension[]): string {
  const terms = searchTerms(query.q).length;
  const conditions = [
    ...Array.from({ length: terms }, (_, i) => `s${i} > 0`),
    ...filters.map((d) => `m_${d}`),
  ];
  return conditions.length ? conditions.join(' and ') : 'true';
}

function orderBy(query: ListingQuery, now: number, p: Params): string {
  const terms = searchTerms(query.q).length;
  const newest = 'posted_ms desc, position';
  switch (query.sort) {
    case 'newest':
      return newest;
    case 'deadline':
      return `case when apply_by_ms is null then 1 when apply_by_ms < ${p.add(now)} then 2 else 0 end,
        apply_by_ms, ${newest}`;
    case 'shortest':
      return `duration_days nulls last, ${newest}`;
    default:
      return terms
        ? `${Array.from({ length: terms }, (_, i) => `s${i}`).join(' + ')} desc, ${newest}`
        : newest;
  }
}

export async function searchListings(
  db: Queryable,
  query: ListingQuery,
  now: number,
): Promise<{ rows: unknown[]; total: number; facets: Facets }> {
  const limit = query.limit ?? 20;
  const offset = query.cursor && /^\d{1,9}$/.test(query.cursor) ? Number(query.cursor) : 0;

  const p = new Params();
  const order = orderBy(query, now, p);
  const page = await db.query<{ data: unknown; total: string | number }>(
    `with base as (${base(query, p)}),
     chosen as (
       select id, count(*) over () as total, row_number() over (order by ${order}) as rank
         from base where ${matching(query, DIMENSIONS)}
        order by ${order}
        limit ${p.add(limit)} offset ${p.add(offset)})
     select listings.data, chosen.total from chosen join listings using (id) order by chosen.rank`,
    p.values,
  );
  let total = Number(page[0]?.total ?? 0);
  if (!page.length && offset > 0) {
    const c = new Params();
    const [row] = await db.query<{ total: string | number }>(
      `with base as (${base(query, c)}) select count(*) as total from base
        where ${matching(query, DIMENSIONS)}`,
      c.values,
    );
    total = Number(row?.total ?? 0);
  }
  return { rows: page.map((r) => r.data), total, facets: await facets(db, query) };
}

/** Each dimension's values, counted under every filter but its own. */
async function facets(db: Queryable, query: ListingQuery): Promise<Facets> {
  const p = new Params();
  const others = (d: Dimension) =>
    matching(
      query,
      DIMENSIONS.filter((o) => o !== d),
    );
  const rows = await db.query<{
    dim: Dimension;
    label: string;
    first: number;
    count: string | number;
  }>(
    `with base as not materialized (${base(query, p)})
     select 'kind' as dim, kind_key as label, min(position) as first, count(*) as count
       from base where ${others('kind')} group by kind_key
     union all
     select 'workplace', workplace_key, min(position), count(*)
       from base where workplace_key is not null and ${others('workplace')} group by workplace_key
     union all
     select 'skill', (array_agg(v.label order by position))[1], min(position), count(*)
       from base, unnest(skill_keys, skill_labels) as v(key, label)
      where ${others('skill')} group by v.key
     union all
     select 'location', (array_agg(v.label order by position))[1], min(position), count(*)
       from base, unnest(location_keys, location_labels) as v(key, label)
      where ${others('location')} group by v.key
     union all
     select 'paid', 'true', min(position), count(*) from base where paid and ${others('paid')}`,
    p.values,
  );
  const counted = {} as Record<Dimension, FacetValue[]>;
  for (const dimension of DIMENSIONS)
    counted[dimension] = rows
      .filter((r) => r.dim === dimension && Number(r.count) > 0)
      .sort((a, b) => a.first - b.first)
      .map((r) => ({ value: r.label, count: Number(r.count) }));
  return finishFacets(counted, query);
}
