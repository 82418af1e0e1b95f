#!/usr/bin/env bash
# Makes a local PostgreSQL available for the server's storage tests and prints its URL:
# installs Debian's postgresql when missing, starts the first cluster, and creates a
# `micropath` role (with CREATEDB: one test makes a database of its own) and a `micropath_test`
# database made afresh for each run, so no extension or schema of an earlier run is in it.
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the server's storage tests" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$cluster" start >&2
fi

as_postgres() { su postgres -c "$1" >&2; }
as_postgres "psql -p $port -tAc \"select 1 from pg_roles where rolname = 'micropath'\" | grep -q 1 \
  || psql -p $port -c \"create role micropath login password 'micropath'\""
as_postgres "psql -p $port -c 'alter role micropath createdb'"
as_postgres "dropdb -p $port --if-exists --force micropath_test"
as_postgres "createdb -p $port -O micropath micropath_test"

echo "postgres://micropath:micropath@127.0.0.1:$port/micropath_test"
