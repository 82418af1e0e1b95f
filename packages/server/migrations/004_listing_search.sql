-- Search, filters, facets and sorts run in SQL (store/listing-search.ts), not in an index kept
-- in each process. Each listing has a row here with what the kit's query engine computes from
-- it (its folded text, its facet keys and labels, its dates and length), written with the
-- listing. A table of its own, narrow, so that counting facets over a large board does not read
-- every listing's JSON. Substring search uses trigrams, as the kit matches any part of a word
-- ("engin" finds "Engineering"); pg_trgm is created by migrate() before any file runs.
create table listing_search (
  id text primary key references listings (id) on delete cascade,
  position integer not null,
  search_title text not null,
  search_skills text not null,
  search_org text not null,
  search_summary text not null,
  search_all text not null,
  kind_key text not null,
  workplace_key text,
  skill_keys text[] not null,
  skill_labels text[] not null,
  location_keys text[] not null,
  location_labels text[] not null,
  paid boolean not null,
  duration_days double precision,
  posted_ms bigint not null,
  apply_by_ms bigint
);
create index listing_search_text on listing_search using gin (search_all gin_trgm_ops);
create index listing_search_newest on listing_search (posted_ms desc, position);
