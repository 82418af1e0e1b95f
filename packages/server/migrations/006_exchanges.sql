-- Wallet exchanges (VC-API): one per "Request from your wallet". A wallet answers the
-- presentation request at most once (the challenge is single use); the page reads the result
-- with its token, which is stored hashed.
create table exchanges (
  id text primary key,
  listing_id text not null references listings (id) on delete cascade,
  domain text not null,
  challenge text not null unique,
  token_hash text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  completed_at timestamptz,
  holder text,
  presentation jsonb
);
create index exchanges_expiry on exchanges (expires_at);
