#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests labelled `postgres`:
#   pgserver.sh start DIR   initdb into a fresh /tmp/cii-pg.XXXXXX (its path in DIR/serverdir),
#                           a server on a unix socket in its socket/ folder (no TCP port; the
#                           path in DIR/socketdir), trust for local users but one password user
#   pgserver.sh stop DIR    stop it and remove both folders
# The server's folder is under /tmp, not DIR: a unix socket's path is limited to 107 bytes,
# and the unprivileged server user must reach it (a checkout under /root is closed to it).
# The server skips fsync (a test's data is thrown away); CII_PG_DURABLE=1 in the environment
# starts it with PostgreSQL's durable defaults instead (bench/run-postgres.sh).
# initdb refuses to run as root: as root the server runs as the `postgres` user (Debian's
# server package makes it) or `nobody`. Where no server can be started, DIR/unavailable says
# why, and every postgres test skips with that reason (never silently).
set -uo pipefail
cmd="${1:-}"
dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: pgserver.sh start|stop DIR" >&2; exit 2; }

bindir=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { bindir="$d"; break; }
done

as_server() {
  if [ -n "${runner:-}" ]; then runuser -u "$runner" -- "$@"; else "$@"; fi
}

unavailable() {
  mkdir -p "$dir"
  echo "$1" > "$dir/unavailable"
  echo "PostgreSQL tests will be skipped: $1" >&2
  exit 0
}

case "$cmd" in
start)
  [ -f "$dir/serverdir" ] && bash "$0" stop "$dir" >/dev/null 2>&1
  rm -rf "$dir"
  mkdir -p "$dir"
  [ -n "$bindir" ] || unavailable "no PostgreSQL server programs (initdb, pg_ctl) under /usr/lib/postgresql: install postgresql-15"
  server="$(mktemp -d /tmp/cii-pg.XXXXXX)" || unavailable "cannot make a folder under /tmp"
  echo "$server" > "$dir/serverdir"
  runner=""
  if [ "$(id -u)" -eq 0 ]; then
    if id postgres >/dev/null 2>&1; then runner=postgres; else runner=nobody; fi
    command -v runuser >/dev/null || unavailable "running as root and runuser is missing, so initdb cannot run as an unprivileged user"
    chown "$runner" "$server"
    chmod 755 "$server"
    as_server test -w "$server" || unavailable "the user $runner cannot write $server"
  fi
  as_server mkdir -p "$server/socket"
  if ! as_server "$bindir/initdb" -D "$server/data" -U cii_admin -A trust -E UTF8 --no-locale \
        --no-sync > "$dir/initdb.log" 2>&1; then
    unavailable "initdb failed: $(tail -n 3 "$dir/initdb.log" | tr '\n' ' ')"
  fi
  # One role that must give its password (the prompt and PGPASSFILE are tested with it).
  hba="$server/data/pg_hba.conf"
  as_server sh -c "{ echo 'local all cii_password scram-sha-256'; cat '$hba'; } > '$hba.new' && mv '$hba.new' '$hba'"
  # Tests need no durability; CII_PG_DURABLE=1 (the benchmarks) keeps the server's defaults.
  durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${CII_PG_DURABLE:-0}" = 1 ] && durability=""
  if ! as_server "$bindir/pg_ctl" -D "$server/data" -l "$server/data/server.log" -w -t 60 \
        -o "-k $server/socket -c listen_addresses='' $durability -c max_connections=120" \
        start > "$dir/pg_ctl.log" 2>&1; then
    unavailable "the server did not start: $(tail -n 5 "$server/data/server.log" 2>/dev/null | tr '\n' ' ')"
  fi
  echo "$server/socket" > "$dir/socketdir"
  echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') runs on the socket in $server/socket"
  ;;
stop)
  runner=""
  server="$(cat "$dir/serverdir" 2>/dev/null)"
  if [ -n "$server" ] && [ -f "$server/data/postmaster.pid" ] && [ -n "$bindir" ]; then
    if [ "$(id -u)" -eq 0 ]; then runner="$(stat -c %U "$server/data")"; fi
    as_server "$bindir/pg_ctl" -D "$server/data" -m fast -w stop >/dev/null 2>&1 ||
      as_server "$bindir/pg_ctl" -D "$server/data" -m immediate -w stop >/dev/null 2>&1
  fi
  case "$server" in /tmp/cii-pg.*) rm -rf "$server" ;; esac
  rm -rf "$dir"
  ;;
*)
  echo "usage: pgserver.sh start|stop DIR" >&2
  exit 2
  ;;
esac
