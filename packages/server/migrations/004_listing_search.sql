-- Search, filters, facets and sorts run in SQL (store/listing-search.ts), not in an index kept
-- in each process. These columns hold what the kit's query engine computes from a listing (its
-- folded text, its facet keys and labels, its dates and length), written with the listing.
-- Substring search uses trigrams, as the kit matches any part of a word ("engin" finds
-- "Engineering").
create extension if not exists pg_trgm;
alter table listings add column search_title text;
alter table listings add column search_skills text;
alter table listings add column search_org text;
alter table listings add column search_summary text;
alter table listings add column search_all text;
alter table listings add column kind_key text;
alter table listings add column workplace_key text;
alter table listings add column skill_keys text[];
alter table listings add column skill_labels text[];
alter table listings add column location_keys text[];
alter table listings add column location_labels text[];
alter table listings add column paid boolean not null default false;
alter table listings add column duration_days double precision;
alter table listings add column posted_ms bigint not null default 0;
alter table listings add column apply_by_ms bigint;
create index listings_search on listings using gin (search_all gin_trgm_ops);
create index listings_newest on listings (posted_ms desc, position);
