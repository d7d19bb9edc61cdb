#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on 127.0.0.1 and
# DPDESK_TEST_PG_URL set to it. Without PostgreSQL installed, runs the
# command without it (the PostgreSQL test variants then skip with a reason).
set -euo pipefail
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$pgbin" || ! -x "$pgbin/initdb" ]]; then
  echo "with-postgres: PostgreSQL not installed; PostgreSQL tests will be skipped" >&2
  exec "$@"
fi
dir=$(mktemp -d /tmp/dpdesk-pg.XXXXXX)
port=${DPDESK_TEST_PG_PORT:-55432}
as_pg=()
if [[ "$(id -u)" == "0" ]]; then
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi
cleanup() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
"${as_pg[@]}" "$pgbin/initdb" -D "$dir/data" -U dpdesk --auth=trust -E UTF8 >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" start >/dev/null
"${as_pg[@]}" "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U dpdesk dpdesk_test
export DPDESK_TEST_PG_URL="postgresql://dpdesk@127.0.0.1:$port/dpdesk_test"
echo "with-postgres: throwaway PostgreSQL at 127.0.0.1:$port"
"$@"
