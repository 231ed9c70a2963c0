#!/usr/bin/env bash
# Benchmark of the CLI's list commands on a large store (issue 12, "CLI at scale").
#
# For each list measured, the CLI's JSON output against a floor measured in the same run on
# the same store: the sqlite3 command-line tool printing the same columns with -json, from
# the same query the CLI runs (the same joins, the same order; a system's indicator values
# as one JSON object per system). Target for systems list --json: ratio <= 3.0.
# Best of three runs each, output to /dev/null, on a private copy of the store.
#
# usage: bench/clilists.sh CLI STORE
# prints one line per list: NAME: cli X.XXX s, sqlite3 Y.YYY s, ratio Z.ZZ
set -euo pipefail
cli=${1:?usage: clilists.sh path/to/cii-workbench-cli path/to/store.sqlite}
store=${2:?usage: clilists.sh path/to/cii-workbench-cli path/to/store.sqlite}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work}
# Settings of its own: nothing of the bench's copy is left in the user's.
export XDG_CONFIG_HOME=$work/config

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }

db=$work/store.sqlite
sqlite3 "$store" ".backup '$db'"

# best_of COMMAND… : the shortest of three wall-clock times, in seconds.
best_of() {
  local best=999999 t0 t1 t
  for _ in 1 2 3; do
    t0=$(now)
    "$@" >/dev/null
    t1=$(now)
    t=$(elapsed "$t0" "$t1")
    best=$(echo "if ($t < $best) $t else $best" | bc -l)
  done
  echo "$best"
}

# measure NAME SQL CLI-ARGS… : times both and prints the line.
measure() {
  local name=$1 sql=$2
  shift 2
  local cli_t sql_t
  cli_t=$(best_of "$cli" --db "$db" "$@")
  sql_t=$(best_of sqlite3 -json "$db" "$sql")
  printf '%s: cli %.3f s, sqlite3 %.3f s, ratio %.2f\n' "$name" "$cli_t" "$sql_t" \
    "$(echo "$cli_t / $sql_t" | bc -l)"
}

measure systems-list-json \
  "SELECT s.id, s.operator_id AS operator, s.name, s.description, s.category, s.mlps_level,
          s.status,
          (SELECT json_group_object(v.indicator_key, v.value) FROM indicator_values v
             JOIN indicators i ON i.key = v.indicator_key WHERE v.system_id = s.id) AS indicators
   FROM systems s ORDER BY s.id" \
  --json systems list

measure cases-list-json \
  "SELECT c.id, c.run_id, c.system_id, c.ruleset_id, c.created_at, c.category, c.inputs,
          c.outcome, c.trace, c.decided_names, c.status, c.decision, c.override_reason,
          c.decided_by, c.decided_at, c.operator_notified_on, c.mps_notified_on, r.version,
          s.name, o.id, o.name_zh, o.name_en, o.uscc, o.sector, s.mlps_level
   FROM identification_cases c JOIN systems s ON s.id = c.system_id
     JOIN operators o ON o.id = s.operator_id JOIN rulesets r ON r.id = c.ruleset_id
   ORDER BY c.id" \
  --json cases list
