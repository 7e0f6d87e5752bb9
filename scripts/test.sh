#!/usr/bin/env bash
# Runs the whole test suite: unit tests, then every integration and browser test twice, on H2 and on PostgreSQL.
# On a bare machine it first installs and starts what the tests need: PostgreSQL (database `test` on 127.0.0.1:5432)
# Debian's Chromium (/usr/bin/chromium) and pdftoppm (poppler-utils). Extra arguments go to Maven, e.g. `scripts/test.sh -Dit.test=ScopingIT`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- PostgreSQL ---------------------------------------------------------------------------------------------------
PG_HOST=127.0.0.1 PG_PORT=5432 PG_USER=${PESONA_TEST_PG_USER:-postgres}
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "== installing PostgreSQL"
  apt_install postgresql postgresql-client
fi
if ! pg_isready -h "$PG_HOST" -p "$PG_PORT" -q; then
  echo "== starting PostgreSQL"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -h "$PG_HOST" -p "$PG_PORT" -q && break; sleep 1; done
fi
pg_isready -h "$PG_HOST" -p "$PG_PORT"
PG_PASSWORD=${PESONA_TEST_PG_PASSWORD:-}
if ! PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc 'select 1' >/dev/null 2>&1; then
  # a freshly installed cluster asks for a password on TCP: give the postgres role one for the tests
  PG_PASSWORD=${PG_PASSWORD:-pesona-test}
  as_root su postgres -c "psql -q -c \"alter user postgres password '$PG_PASSWORD'\""
fi
export PGPASSWORD="$PG_PASSWORD"
if [ "$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc "select 1 from pg_database where datname = 'test'")" != "1" ]; then
  echo "== creating database test"
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc 'create database test'
fi

# --- Chromium for the browser tests ----------------------------------------------------------------------------
if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Chromium"
  apt_install chromium
fi
/usr/bin/chromium --version || true
# pdftoppm (poppler-utils): the browser tests turn printed letters into PNG pages to look at
if ! command -v pdftoppm >/dev/null 2>&1; then
  echo "== installing poppler-utils"
  apt_install poppler-utils
fi

# --- the suite ----------------------------------------------------------------------------------------------------
exec ./mvnw -B --no-transfer-progress clean verify \
  -Dpesona.test.postgres.url="jdbc:postgresql://$PG_HOST:$PG_PORT/test" \
  -Dpesona.test.postgres.username="$PG_USER" \
  -Dpesona.test.postgres.password="$PG_PASSWORD" \
  "$@"
