#!/usr/bin/env bash
# The reference store of issue 12's measurements, and its variant with decisions.
#
#   OUT                 demo --seed 42, SYSTEMS systems (default 100,000) of SYSTEMS/10
#                       operators, SYSTEMS/5 inspections; the national-guide template filed in
#                       all nine sectors; identify --all.
#   OUT minus .sqlite, plus -dec.sqlite
#                       the same store with every cii case decided cii and a third of them
#                       notified to the operator (the deadline list at scale).
#
# Making it takes about a minute at 100,000 systems, so an existing OUT is reused: the CLI
# opens it once (which applies any newer schema migration now rather than inside a timed
# run); if the CLI refuses it (damaged, newer schema) it is made again. --force always
# remakes it.
#
# OUT may also be a PostgreSQL address (postgresql://USER@/DB?host=…, an empty or missing
# database the CLI may create): the store is then made in it every time (never reused) and
# without the -dec variant (the sqlite3 tool makes that one).
# --no-identify stops before identify --all (and makes no -dec variant): the store on which
# bench/run-postgres.sh times the identification.
#
# usage: bench/make-store.sh [--force] [--no-identify] [--systems N] CLI OUT
set -euo pipefail
force=0
identify=1
systems=100000
while [[ $# -gt 0 ]]; do
  case $1 in
    --force) force=1; shift ;;
    --no-identify) identify=0; shift ;;
    --systems) systems=${2:?--systems needs a number}; shift 2 ;;
    --) shift; break ;;
    -*) echo "make-store.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
cli=${1:?usage: make-store.sh [--force] [--no-identify] [--systems N] CLI OUT}
out=${2:?usage: make-store.sh [--force] [--no-identify] [--systems N] CLI OUT}
dec=${out%.sqlite}-dec.sqlite
operators=$(( systems / 10 ))
inspections=$(( systems / 5 ))
shared=0
[[ $out == postgresql://* || $out == postgres://* ]] && shared=1
[[ $shared == 1 ]] || command -v sqlite3 >/dev/null ||
  { echo "make-store.sh: needs the sqlite3 tool" >&2; exit 2; }

# The CLI wants a runtime directory (Qt warns without one); never the user's own.
if [[ -z ${XDG_RUNTIME_DIR:-} || ! -d ${XDG_RUNTIME_DIR:-} ]]; then
  export XDG_RUNTIME_DIR=/tmp/xdg-$(id -un)
  mkdir -p -m 700 "$XDG_RUNTIME_DIR"
fi

# The CLI remembers the newest audit record it wrote to each store in the user's settings; a
# store made again at the same path would then look cut off. Its own settings, thrown away.
cfg=$(mktemp -d)
export XDG_CONFIG_HOME=$cfg
trap 'rm -rf "$cfg"' EXIT

# The rules of the national-guide template filed in every sector of store $1 (in folder $2).
file_rules() {
  "$cli" --db "$1" rules template --out "$2/template.json"
  for sector in telecom energy transport water finance public-services e-government \
                defence-industry other; do
    id=$("$cli" --db "$1" rules import "$2/template.json" --sector "$sector")
    "$cli" --db "$1" rules file "$id" --reference "B-$sector" --date 2026-01-15 >/dev/null
  done
}

if [[ $shared == 1 ]]; then
  echo "make-store.sh: making $out ($systems systems)…" >&2
  start=$(date +%s)
  "$cli" --db "$out" demo --seed 42 --operators "$operators" --systems "$systems" \
    --inspections "$inspections" >/dev/null
  file_rules "$out" "$cfg"
  if [[ $identify == 1 ]]; then
    cases=$("$cli" --db "$out" identify --all | wc -l)
    echo "make-store.sh: $out: $cases cases, made in $(( $(date +%s) - start )) s" >&2
  else
    echo "make-store.sh: $out: not identified, made in $(( $(date +%s) - start )) s" >&2
  fi
  exit 0
fi

# Opens a store with the CLI (migrating it if its schema is older) and checkpoints the WAL so
# the file can be copied on its own. Fails if the CLI refuses the store.
# Its schema objects must also be those a new store gets from this CLI (a migration still in
# the making may add an index without a new version number).
schema_of() {
  sqlite3 "$1" "SELECT group_concat(type || ' ' || name || ' ' || COALESCE(sql, ''), ',') FROM
                (SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger',
                'table') ORDER BY 1, 2)"
}
fresh=$(mktemp -d)/fresh.sqlite
"$cli" --db "$fresh" init >/dev/null 2>&1
want=$(schema_of "$fresh")
usable() {
  [[ -s $1 ]] || return 1
  "$cli" --db "$1" departments list >/dev/null 2>&1 || return 1
  sqlite3 "$1" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
  [[ $(schema_of "$1") == "$want" ]]
}

mkdir -p "$(dirname "$out")"
if [[ $force == 0 ]] && usable "$out" && { [[ $identify == 0 ]] || usable "$dec"; }; then
  echo "make-store.sh: reusing $out and $dec" >&2
  exit 0
fi

# Built beside OUT under a temporary name, so an interrupted run never leaves a half store
# that a later run would reuse.
tmp=$(mktemp -d "$(dirname "$out")/.make-store.XXXXXX")
trap 'rm -rf "$tmp" "$cfg"' EXIT
db=$tmp/store.sqlite
echo "make-store.sh: making $out ($systems systems)…" >&2
start=$(date +%s)
"$cli" --db "$db" demo --seed 42 --operators "$operators" --systems "$systems" \
  --inspections "$inspections" >/dev/null
file_rules "$db" "$tmp"
if [[ $identify == 0 ]]; then
  sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
  rm -f "$out" "$out-wal" "$out-shm"
  mv "$db" "$out"
  echo "make-store.sh: $out: not identified, made in $(( $(date +%s) - start )) s" >&2
  exit 0
fi
"$cli" --db "$db" identify --all >/dev/null
sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
cp "$db" "$tmp/dec.sqlite"
sqlite3 "$tmp/dec.sqlite" "UPDATE identification_cases SET status='decided', decision=outcome,
    decided_by='bench', decided_at='2026-02-01T10:00:00+08:00' WHERE outcome='cii';
  UPDATE identification_cases SET status='notified', operator_notified_on='2026-02-10'
    WHERE outcome='cii' AND id % 3 = 0;
  PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
rm -f "$out" "$out-wal" "$out-shm" "$dec" "$dec-wal" "$dec-shm"
mv "$tmp/dec.sqlite" "$dec"
mv "$db" "$out"
cases=$(sqlite3 "$out" 'SELECT COUNT(*) FROM identification_cases')
cii=$(sqlite3 "$out" "SELECT COUNT(*) FROM identification_cases WHERE outcome='cii'")
echo "make-store.sh: $out: $cases cases, $cii cii, made in $(( $(date +%s) - start )) s" >&2
