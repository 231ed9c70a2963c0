#!/usr/bin/env bash
# The 100k reference store of issue 12 on the test server (the PostgreSQL variant of
# bench/make-store.sh, for tst_lazymodels_postgres): demo --seed 42 with 100,000 systems of
# 10,000 operators and 20,000 inspections, the national-guide template filed in all nine
# sectors, identify --all. Made once per ctest run into database NAME, which the tests copy
# (CREATE DATABASE … TEMPLATE NAME) and never change.
#
# usage: tests/postgres/make-big-store.sh CLI PGDIR NAME
set -euo pipefail
cli=${1:?usage: make-big-store.sh CLI PGDIR NAME}
pgdir=${2:?usage: make-big-store.sh CLI PGDIR NAME}
name=${3:?usage: make-big-store.sh CLI PGDIR NAME}
if [[ -f $pgdir/unavailable ]]; then
  echo "no PostgreSQL server: $(cat "$pgdir/unavailable")"
  exit 0
fi
url="postgresql://cii_admin@/$name?host=$(cat "$pgdir/socketdir")"
if [[ -z ${XDG_RUNTIME_DIR:-} || ! -d ${XDG_RUNTIME_DIR:-} ]]; then
  export XDG_RUNTIME_DIR=/tmp/xdg-$(id -un)
  mkdir -p -m 700 "$XDG_RUNTIME_DIR"
fi
work=$(mktemp -d)
export XDG_CONFIG_HOME=$work
trap 'rm -rf "$work"' EXIT
"$cli" --db "$url" demo --seed 42 --operators 10000 --systems 100000 --inspections 20000 \
  > /dev/null
"$cli" rules template --out "$work/template.json"
for sector in telecom energy transport water finance public-services e-government \
              defence-industry other; do
  id=$("$cli" --db "$url" rules import "$work/template.json" --sector "$sector")
  "$cli" --db "$url" rules file "$id" --reference "B-$sector" --date 2026-01-15 > /dev/null
done
"$cli" --db "$url" identify --all > /dev/null
