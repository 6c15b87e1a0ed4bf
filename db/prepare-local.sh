#!/usr/bin/env bash
# Prepares a local (non-Docker) PostgreSQL for Traject. Idempotent: safe to run any number of times.
#  - starts a stopped Debian cluster (pg_ctlcluster),
#  - creates the role and the database when they are missing.
# It never fails the build: when it cannot help (no local cluster, not root, remote database) it says so and exits 0,
# and the application's own start-up check explains what is missing.
set -u
DB_NAME="${TRAJECT_DB_NAME:-traject}"
DB_USER="${TRAJECT_DB_USER:-traject}"
DB_PASSWORD="${TRAJECT_DB_PASSWORD:-traject}"

say() { printf '[traject db] %s\n' "$*"; }

if [[ -n "${SPRING_DATASOURCE_URL:-}" ]] && [[ "${SPRING_DATASOURCE_URL}" != *"localhost"* ]] && [[ "${SPRING_DATASOURCE_URL}" != *"127.0.0.1"* ]]; then
  say "SPRING_DATASOURCE_URL points elsewhere; leaving the local PostgreSQL alone."
  exit 0
fi

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  say "no Debian PostgreSQL cluster tools here; skipping (use docker compose up, or point SPRING_DATASOURCE_URL at a server)."
  exit 0
fi

version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
if [[ -z "$version" ]]; then
  say "no PostgreSQL cluster configured; skipping."
  exit 0
fi

if ! pg_lsclusters -h 2>/dev/null | awk '$2=="main"{print $4}' | grep -q online; then
  say "starting PostgreSQL $version/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || { say "could not start PostgreSQL $version/main"; exit 0; }
fi

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"
  else
    psql -X -q -v ON_ERROR_STOP=1 -U postgres -h 127.0.0.1 "$@"
  fi
}

for _ in $(seq 1 30); do
  as_postgres -d postgres -c 'select 1' >/dev/null 2>&1 && break
  sleep 1
done

if ! as_postgres -d postgres -c 'select 1' >/dev/null 2>&1; then
  say "cannot reach PostgreSQL as its superuser; skipping (create role '$DB_USER' and database '$DB_NAME' yourself)."
  exit 0
fi

role_exists=$(as_postgres -d postgres -tAc "select 1 from pg_roles where rolname = '$DB_USER'")
if [[ "$role_exists" != "1" ]]; then
  say "creating role $DB_USER"
  as_postgres -d postgres -c "create role \"$DB_USER\" login createdb password '$DB_PASSWORD'"
else
  # CREATEDB lets the test suite create (and drop) its own database for each run
  as_postgres -d postgres -c "alter role \"$DB_USER\" login createdb" >/dev/null
fi

db_exists=$(as_postgres -d postgres -tAc "select 1 from pg_database where datname = '$DB_NAME'")
if [[ "$db_exists" != "1" ]]; then
  say "creating database $DB_NAME"
  as_postgres -d postgres -c "create database \"$DB_NAME\" owner \"$DB_USER\" encoding 'UTF8' template template0"
fi
say "PostgreSQL ready: database $DB_NAME, role $DB_USER on 127.0.0.1:5432"
exit 0
