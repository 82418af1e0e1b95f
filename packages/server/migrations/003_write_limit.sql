-- The per-client write limit, shared by every server process on the database: one row per
-- client and fixed window, counted atomically. Windows that have passed are deleted as new
-- ones start.
create table write_counts (
  client text not null,
  window_start bigint not null,
  count integer not null,
  primary key (client, window_start)
);
