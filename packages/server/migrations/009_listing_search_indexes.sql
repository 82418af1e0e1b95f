-- Search that reads what it needs (store/listing-search.ts; docs/decisions.md has the plans):
-- btree indexes walked in each sort's order, so a page of a filtered board stops after its
-- rows; the facet keys indexed, so filters and the rows facets count are found, not scanned
-- for; and every facet value's count over the whole board, kept by triggers, so a board with no
-- search and no filter (its first page, its deep pages) counts nothing on each request.
--
-- Free text stays on the trigram index of 004: the kit finds any part of a word ("engin" in
-- "Reengineering"), which a tsvector (whole words and prefixes) cannot answer.
--
-- With the id, a deep page (an offset of thousands) is read from the index alone.
drop index listing_search_newest;
create index listing_search_newest on listing_search (posted_ms desc, position) include (id);
create index listing_search_deadline on listing_search (apply_by_ms, posted_ms desc, position)
  include (id);
create index listing_search_shortest on listing_search (duration_days, posted_ms desc, position)
  include (id);
create index listing_search_kind on listing_search (kind_key, position);
create index listing_search_workplace on listing_search (workplace_key, position);
create index listing_search_skills on listing_search using gin (skill_keys);
create index listing_search_locations on listing_search using gin (location_keys);

-- Each facet value of the board: how many listings have it, and its label, the spelling of the
-- first listing (by position) that has it, as the kit labels it. `first_position` is null when
-- that listing went: the next read finds the new first one (listing_facets_relabel).
create table listing_facets (
  dim text not null,
  key text not null,
  label text not null,
  first_position integer,
  count integer not null,
  primary key (dim, key)
);

-- How many listings have a value of one dimension and a value of another: a query filtered on
-- one dimension only counts the other dimensions' facets here (store/listing-search.ts), where
-- the filter's values cannot overlap in one listing (kind, workplace, paid, or one value).
create table listing_facet_pairs (
  other_dim text not null,
  other_key text not null,
  dim text not null,
  key text not null,
  count integer not null,
  primary key (other_dim, other_key, dim, key)
);

-- Values whose last listing went, found without reading the others.
create index listing_facets_empty on listing_facets (dim) where count <= 0;
create index listing_facet_pairs_empty on listing_facet_pairs (dim) where count <= 0;

-- The facet values of a set of listing_search rows, one row per listing and value.
create function listing_facet_values(
  p_position integer, p_kind text, p_workplace text, p_skill_keys text[], p_skill_labels text[],
  p_location_keys text[], p_location_labels text[], p_paid boolean
) returns table (dim text, key text, label text, pos integer)
language sql immutable as $$
  select 'kind', p_kind, p_kind, p_position
  union all select 'workplace', p_workplace, p_workplace, p_position where p_workplace is not null
  union all select 'skill', v.k, v.l, p_position from unnest(p_skill_keys, p_skill_labels) as v(k, l)
  union all select 'location', v.k, v.l, p_position
    from unnest(p_location_keys, p_location_labels) as v(k, l)
  union all select 'paid', 'true', 'true', p_position where p_paid
$$;

create function listing_facets_track() returns trigger language plpgsql as $$
begin
  if tg_op in ('DELETE', 'UPDATE') then
    with gone as (
      select v.dim, v.key, count(*) as count, min(v.pos) as first
        from removed r, listing_facet_values(r.position, r.kind_key, r.workplace_key,
          r.skill_keys, r.skill_labels, r.location_keys, r.location_labels, r.paid) v
       group by v.dim, v.key order by v.dim, v.key)
    update listing_facets f
       set count = f.count - gone.count,
           first_position = case when gone.first <= f.first_position then null else f.first_position end
      from gone where f.dim = gone.dim and f.key = gone.key;
    delete from listing_facets where count <= 0;
    with gone as (
      select a.dim as other_dim, a.key as other_key, b.dim, b.key, count(*) as count
        from removed r
        cross join lateral listing_facet_values(r.position, r.kind_key, r.workplace_key,
          r.skill_keys, r.skill_labels, r.location_keys, r.location_labels, r.paid) a
        cross join lateral listing_facet_values(r.position, r.kind_key, r.workplace_key,
          r.skill_keys, r.skill_labels, r.location_keys, r.location_labels, r.paid) b
       where a.dim <> b.dim
       group by 1, 2, 3, 4 order by 1, 2, 3, 4)
    update listing_facet_pairs p set count = p.count - gone.count
      from gone where (p.other_dim, p.other_key, p.dim, p.key)
        = (gone.other_dim, gone.other_key, gone.dim, gone.key);
    delete from listing_facet_pairs where count <= 0;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into listing_facets as f (dim, key, label, first_position, count)
    select v.dim, v.key, (array_agg(v.label order by v.pos))[1], min(v.pos), count(*)
      from added a, listing_facet_values(a.position, a.kind_key, a.workplace_key,
        a.skill_keys, a.skill_labels, a.location_keys, a.location_labels, a.paid) v
     group by v.dim, v.key order by v.dim, v.key
    on conflict (dim, key) do update
       set count = f.count + excluded.count,
           label = case when f.first_position is not null and f.first_position <= excluded.first_position
             then f.label else excluded.label end,
           first_position = case when f.first_position is not null
             then least(f.first_position, excluded.first_position) end;
    insert into listing_facet_pairs as p (other_dim, other_key, dim, key, count)
    select a.dim, a.key, b.dim, b.key, count(*)
      from added r
      cross join lateral listing_facet_values(r.position, r.kind_key, r.workplace_key,
        r.skill_keys, r.skill_labels, r.location_keys, r.location_labels, r.paid) a
      cross join lateral listing_facet_values(r.position, r.kind_key, r.workplace_key,
        r.skill_keys, r.skill_labels, r.location_keys, r.location_labels, r.paid) b
     where a.dim <> b.dim
     group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict (other_dim, other_key, dim, key) do update set count = p.count + excluded.count;
  end if;
  return null;
end
$$;

create trigger listing_facets_insert after insert on listing_search
  referencing new table as added for each statement execute function listing_facets_track();
create trigger listing_facets_update after update on listing_search
  referencing old table as removed new table as added
  for each statement execute function listing_facets_track();
create trigger listing_facets_delete after delete on listing_search
  referencing old table as removed for each statement execute function listing_facets_track();

create function listing_facets_clear() returns trigger language plpgsql as $$
begin
  delete from listing_facets;
  delete from listing_facet_pairs;
  return null;
end
$$;
create trigger listing_facets_truncate after truncate on listing_search
  for each statement execute function listing_facets_clear();

-- Labels whose first listing went: the first listing that has the value now.
create function listing_facets_relabel() returns void language sql as $$
  update listing_facets f set label = first.label, first_position = first.pos
    from (
      select distinct on (v.dim, v.key) v.dim, v.key, v.label, v.pos
        from listing_search s cross join lateral listing_facet_values(s.position, s.kind_key,
          s.workplace_key, s.skill_keys, s.skill_labels, s.location_keys, s.location_labels, s.paid) v
        join listing_facets stale on stale.dim = v.dim and stale.key = v.key
       where stale.first_position is null
       order by v.dim, v.key, v.pos) first
   where f.dim = first.dim and f.key = first.key and f.first_position is null
$$;

insert into listing_facets (dim, key, label, first_position, count)
select v.dim, v.key, (array_agg(v.label order by v.pos))[1], min(v.pos), count(*)
  from listing_search s, listing_facet_values(s.position, s.kind_key, s.workplace_key,
    s.skill_keys, s.skill_labels, s.location_keys, s.location_labels, s.paid) v
 group by v.dim, v.key;

insert into listing_facet_pairs (other_dim, other_key, dim, key, count)
select a.dim, a.key, b.dim, b.key, count(*)
  from listing_search s
  cross join lateral listing_facet_values(s.position, s.kind_key, s.workplace_key,
    s.skill_keys, s.skill_labels, s.location_keys, s.location_labels, s.paid) a
  cross join lateral listing_facet_values(s.position, s.kind_key, s.workplace_key,
    s.skill_keys, s.skill_labels, s.location_keys, s.location_labels, s.paid) b
 where a.dim <> b.dim
 group by 1, 2, 3, 4;
