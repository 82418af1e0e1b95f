-- A search's answer (its order, total and facet counts) depends on listing_search alone, and
-- listing_search changes only by statements that write it. Each such statement adds one to
-- `generation`, seen by others when its transaction commits, as its rows are. A server keeps
-- recent answers under the generation they were computed at (store/search-cache.ts): a write by
-- any server on the database makes them old for every server at its next search.
create table listing_search_state (
  only_row boolean primary key default true check (only_row),
  generation bigint not null
);
insert into listing_search_state (generation) values (0);

create function listing_search_changed() returns trigger language plpgsql as $$
begin
  update listing_search_state set generation = generation + 1;
  return null;
end
$$;

create trigger listing_search_changed after insert or update or delete on listing_search
  for each statement execute function listing_search_changed();
create trigger listing_search_truncated after truncate on listing_search
  for each statement execute function listing_search_changed();

-- Each search also asks whether a facet label needs its new spelling (listing_facets_relabel):
-- found without reading every facet value of the board.
create index listing_facets_unlabelled on listing_facets (dim) where first_position is null;
