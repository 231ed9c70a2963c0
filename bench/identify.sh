#!/usr/bin/env bash
# Benchmark of batch identification (issue: Identification, "Speed").
#
# Identifies every system of a 100,000-system demo store with the national-guide template
# filed in every sector, and compares the time with a floor measured in the same run on the
# same data: the sqlite3 command-line tool reading the same indicator rows and inserting the
# same number of result rows (of the same average size, into the same table with the same
# constraints, foreign keys on as in the store) in one transaction.
# Target: ratio <= 2.0. Best of three runs each, from a fresh copy of the store.
#
# usage: bench/identify.sh CLI [SYSTEMS]
set -euo pipefail
cli=${1:?usage: identify.sh path/to/cii-workbench-cli [systems]}
systems=${2:-100000}
operators=$(( systems / 10 ))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work}
# The CLI remembers the newest audit record it wrote to each store; each fresh copy below would
# look cut off to it (and so be opened read-only). Settings of its own, forgotten per copy.
export XDG_CONFIG_HOME=$work/config

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }

base=$work/base.sqlite
echo "preparing $systems systems of demo data…" >&2
"$cli" --db "$base" demo --seed 42 --operators "$operators" --systems "$systems" >/dev/null 2>&1
"$cli" --db "$base" rules template --out "$work/template.json"
for sector in telecom energy transport water finance public-services e-government \
              defence-industry other; do
  id=$("$cli" --db "$base" rules import "$work/template.json" --sector "$sector" 2>/dev/null)
  "$cli" --db "$base" rules file "$id" --reference "BENCH-$sector" --date 2026-01-15 2>/dev/null
done
sqlite3 "$base" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null

best_run=999999
cases=0
for i in 1 2 3; do
  cp "$base" "$work/run.sqlite"
  rm -rf "$XDG_CONFIG_HOME"
  t0=$(now)
  cases=$("$cli" --db "$work/run.sqlite" identify --all 2>/dev/null | wc -l)
  t1=$(now)
  t=$(elapsed "$t0" "$t1")
  best_run=$(echo "if ($t < $best_run) $t else $best_run" | bc -l)
done
# The result rows the floor writes have the real rows' average sizes.
read -r inputs_len trace_len names_len < <(sqlite3 -separator ' ' "$work/run.sqlite" \
  'SELECT CAST(AVG(LENGTH(inputs)) AS INT), CAST(AVG(LENGTH(trace)) AS INT),
          CAST(AVG(LENGTH(decided_names)) AS INT) FROM identification_cases')

best_floor=999999
for i in 1 2 3; do
  cp "$base" "$work/floor.sqlite"
  t0=$(now)
  sqlite3 "$work/floor.sqlite" >/dev/null <<SQL
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
PRAGMA foreign_keys=ON;
.output /dev/null
SELECT s.id, s.category, o.sector, v.indicator_key, v.value FROM systems s
  JOIN operators o ON o.id = s.operator_id
  LEFT JOIN indicator_values v ON v.system_id = s.id
  WHERE s.status <> 'retired' ORDER BY s.id;
.output stdout
BEGIN;
INSERT INTO identification_runs (scope, started_at, os_user) VALUES ('floor', '2026-01-15', 'bench');
INSERT INTO identification_cases (run_id, system_id, ruleset_id, created_at, category, inputs,
                                  outcome, trace, decided_names)
  SELECT (SELECT MAX(id) FROM identification_runs), s.id, 1, '2026-01-15T00:00:00Z', s.category,
         printf('%.*c', $inputs_len, 'x'), 'cii', printf('%.*c', $trace_len, 'M'),
         printf('%.*c', $names_len, 'h')
  FROM systems s WHERE s.status <> 'retired' ORDER BY s.id;
COMMIT;
SQL
  t1=$(now)
  t=$(elapsed "$t0" "$t1")
  best_floor=$(echo "if ($t < $best_floor) $t else $best_floor" | bc -l)
done
floor_rows=$(sqlite3 "$work/floor.sqlite" 'SELECT COUNT(*) FROM identification_cases')

ratio=$(echo "$best_run / $best_floor" | bc -l)
printf 'systems in store           %d\n' "$systems"
printf 'cases written              %d (floor rows %d)\n' "$cases" "$floor_rows"
printf 'identify --all (best of 3) %.3f s\n' "$best_run"
printf 'sqlite3 floor (best of 3)  %.3f s\n' "$best_floor"
printf 'ratio                      %.2f x  (target <= 2.00)\n' "$ratio"
