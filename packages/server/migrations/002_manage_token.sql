-- A secret per booking that cancelling and rescheduling require (the booking id alone is not
-- enough: it shows up in links, logs and calendar files), and the last reschedule's
-- Idempotency-Key with a hash of its request, so a retried reschedule answers as the first.
alter table bookings add column manage_token text;
alter table bookings add column reschedule_key text;
alter table bookings add column reschedule_fingerprint text;
alter table bookings add column sequence integer not null default 0;
