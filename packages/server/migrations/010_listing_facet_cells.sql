-- Facet counts for boards filtered on a listing's single values (kind, workplace, paid) and its
-- length (`maxWeeks`), without a search term: each facet value counted per combination of those
-- values (a cell). Two such filters, or `maxWeeks` with or without them, read the cells that
-- pass them (store/listing-search.ts) instead of counting thousands of listings: the bench's
-- board of 100,000 has 12,600 cells, as lengths, kinds and workplaces repeat. Kept by statement
-- triggers on listing_search, as the counts of 009 are.
create table listing_facet_cells (
  kind_key text not null,
  workplace_key text,
  paid boolean not null,
  duration_days double precision,
  dim text not null,
  key text not null,
  count integer not null
);
-- Read a dimension at a time (`dim = …`), then by the filters.
create unique index listing_facet_cells_key on listing_facet_cells
  (dim, kind_key, workplace_key, paid, duration_days, key) nulls not distinct;
create index listing_facet_cells_empty on listing_facet_cells (dim) where count <= 0;

-- Listings leave their cells (-1 each) and join them (+1 each), in one pass per statement.
create function listing_facet_cells_track() returns trigger language plpgsql as $$
begin
  if tg_op in ('DELETE', 'UPDATE') then
    insert into listing_facet_cells as c
      (kind_key, workplace_key, paid, duration_days, dim, key, count)
    select r.kind_key, r.workplace_key, r.paid, r.duration_days, v.dim, v.key, -count(*)
      from removed r, listing_facet_values(r.position, r.kind_key, r.workplace_key,
        r.skill_keys, r.skill_labels, r.location_keys, r.location_labels, r.paid) v
     group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
    on conflict (kind_key, workplace_key, paid, duration_days, dim, key)
      do update set count = c.count + excluded.count;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into listing_facet_cells as c
      (kind_key, workplace_key, paid, duration_days, dim, key, count)
    select a.kind_key, a.workplace_key, a.paid, a.duration_days, v.dim, v.key, count(*)
      from added a, listing_facet_values(a.position, a.kind_key, a.workplace_key,
        a.skill_keys, a.skill_labels, a.location_keys, a.location_labels, a.paid) v
     group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
    on conflict (kind_key, workplace_key, paid, duration_days, dim, key)
      do update set count = c.count + excluded.count;
  end if;
  delete from listing_facet_cells where count <= 0;
  return null;
end
$$;

create trigger listing_facet_cells_insert after insert on listing_search
  referencing new table as added for each statement execute function listing_facet_cells_track();
create trigger listing_facet_cells_update after update on listing_search
  referencing old table as removed new table as added
  for each statement execute function listing_facet_cells_track();
create trigger listing_facet_cells_delete after delete on listing_search
  referencing old table as removed for each statement execute function listing_facet_cells_track();

create function listing_facet_cells_clear() returns trigger language plpgsql as $$
begin
  delete from listing_facet_cells;
  return null;
end
$$;
create trigger listing_facet_cells_truncate after truncate on listing_search
  for each statement execute function listing_facet_cells_clear();

insert into listing_facet_cells (kind_key, workplace_key, paid, duration_days, dim, key, count)
select s.kind_key, s.workplace_key, s.paid, s.duration_days, v.dim, v.key, count(*)
  from listing_search s, listing_facet_values(s.position, s.kind_key, s.workplace_key,
    s.skill_keys, s.skill_labels, s.location_keys, s.location_labels, s.paid) v
 group by 1, 2, 3, 4, 5, 6;
