-- Listings, mentors, bookings, applications and issued credentials.
-- Every table keeps the public shape as jsonb (validated by the kit's zod schemas on the way in)
-- beside the columns the server queries or constrains.

-- btree_gist (the bookings' exclusion constraint) and pg_trgm (004) are created by migrate()
-- before any file runs, in one schema for the whole database.

create table listings (
  id text primary key,
  data jsonb not null,
  position serial,
  updated_at timestamptz not null default now()
);

create table applications (
  id text primary key,
  listing_id text not null references listings (id) on delete cascade,
  data jsonb not null,
  received_at timestamptz not null default now()
);

create table mentors (
  id text primary key,
  profile jsonb not null,
  -- The mentor's own zone, weekly hours, notice, slot step and meeting link (never served).
  schedule jsonb not null,
  position serial
);

create table bookings (
  id text primary key,
  mentor_id text not null references mentors (id) on delete cascade,
  session_type_id text not null,
  during tstzrange not null check (not isempty(during)),
  status text not null check (status in ('confirmed', 'pending', 'cancelled')),
  attendee jsonb not null,
  answers jsonb not null,
  metadata jsonb not null,
  idempotency_key text not null unique,
  fingerprint text not null,
  cancel_reason text,
  created_at timestamptz not null default now(),
  cancelled_at timestamptz,
  -- No two live bookings of one mentor overlap: double booking is impossible by construction,
  -- whatever the number of server processes.
  constraint bookings_no_overlap exclude using gist (mentor_id with =, during with &&)
    where (status <> 'cancelled')
);

create table issuer_keys (
  kid text primary key,
  private_jwk jsonb not null,
  public_jwk jsonb not null,
  created_at timestamptz not null default now()
);

create table issuers (
  id text primary key,
  profile jsonb not null
);

create table achievements (
  id text primary key,
  issuer_id text not null references issuers (id),
  data jsonb not null
);

create sequence credential_status_index;

create table credentials (
  id text primary key,
  holder text not null,
  format text not null check (format in ('ob2-hosted', 'ob3-jwt')),
  -- The credential as served: assertion JSON text, or the compact VC-JWT.
  body text not null,
  issuer_id text not null references issuers (id),
  -- Drawn from credential_status_index when issuing: it is signed into the credential.
  status_index integer not null unique,
  issued_at timestamptz not null default now(),
  revoked_at timestamptz,
  revocation_reason text
);

create index credentials_holder on credentials (holder);

-- Seed files already loaded, so a restart never loads one twice.
create table seeds (
  name text primary key,
  loaded_at timestamptz not null default now()
);
