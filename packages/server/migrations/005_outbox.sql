-- The transactional outbox: a message to deliver is written in the same transaction as the
-- booking or application it is about, so none is lost and none is sent for a change that
-- rolled back. Delivery (notify/delivery.ts) claims due rows with FOR UPDATE SKIP LOCKED, so
-- several server processes never send one message twice.
create table outbox (
  id bigserial primary key,
  event_id text not null,
  event_type text not null,
  channel text not null check (channel in ('email', 'webhook')),
  recipient text not null,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  delivered_at timestamptz,
  failed_at timestamptz,
  last_error text,
  unique (event_id, channel, recipient)
);
create index outbox_due on outbox (next_attempt_at) where delivered_at is null and failed_at is null;
