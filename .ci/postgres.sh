#!/usr/bin/env bash
# Makes a local PostgreSQL available for the server's storage tests and prints its URL:
# installs Debian's postgresql when missing, starts the first cluster, and creates a
# `micropath` role and database (once).
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
as_postgres "psql -p $port -tAc \"select 1 from pg_database where datname = 'micropath_test'\" | grep -q 1 \
  || createdb -p $port -O micropath micropath_test"

echo "postgres://micropath:micropath@127.0.0.1:$port/micropath_test"
