#!/usr/bin/env bash
# The benchmarks of issue 15: the shared store on PostgreSQL beside the embedded SQLite store,
# both measured in the same run on the same data, results in bench/RESULTS-postgres.md.
#
#   bash bench/run-postgres.sh [--quick] BUILD_DIR
#        (needs: cmake --build BUILD_DIR --target cii-workbench-cli bench_gui)
#
# The script starts its own PostgreSQL server (tests/postgres/pgserver.sh, a unix socket in a
# temporary folder, PostgreSQL's durable defaults: fsync and synchronous commit on) and stops
# and removes it at the end.
#   1. identify --all of the 100k store (bench/make-store.sh --no-identify: demo --seed 42,
#      the national template filed in every sector) — best of 3, each on a fresh copy (cp for
#      SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL); ratio PostgreSQL / SQLite.
#   2. The GUI's cold start on the identified 100k store (bench_gui app STORE|URL as in
#      bench/run.sh: a new process, wall time spawn → exit once the first page has painted and
#      is not loading), best and median of 5, fresh settings each; ratio PostgreSQL / SQLite.
#   3. Notice numbering under 8 concurrent clients: a 2,000-system store with cii cases
#      decided; 8 cii-workbench-cli clients at once, each exporting its cases' notices to the
#      operator one after another (one process per notice, ODT, as a script would), and one
#      client alone for comparison; notices per second, and a check that the numbers of each
#      department and year are 1..K with no gap and no repeat.
# GUI runs are under one Xvfb server at 1366x768 (xvfb-run) or QT_QPA_PLATFORM=offscreen.
#
# --quick: 5,000 systems, fewer runs (results in BUILD_DIR/bench-data/RESULTS-postgres-quick.md):
# proves the harness runs. Exit status: 0 when every benchmark ran and the notice numbers were
# gap-free, 1 otherwise, 2 when something it needs is missing.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/common.sh
source "$here/common.sh"
bench_start run-postgres.sh "sqlite3 bc psql" "$@"

data=$build/bench-data
mkdir -p "$data"
work=$(mktemp -d "$data/.run-postgres.XXXXXX")
pg=$work/pg
cleanup() {
  bash "$here/../tests/postgres/pgserver.sh" stop "$pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_RUNTIME_DIR=$work/xdg
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export XDG_CONFIG_HOME=$work/config
if [[ $quick == 1 ]]; then
  systems=5000; runs=3; idruns=2; per_client=5
  results=$data/RESULTS-postgres-quick.md; log=$data/run-postgres-quick.log
  made_by="bash bench/run-postgres.sh --quick BUILD_DIR"; title=" (quick: $systems systems)"
else
  systems=100000; runs=5; idruns=3; per_client=20
  results=$here/RESULTS-postgres.md; log=$data/run-postgres.log
  made_by="bash bench/run-postgres.sh BUILD_DIR"; title=""
fi
clients=8
: >"$log"
note() { echo "$*" | tee -a "$log" >&2; }
failed=0
fail() { note "FAILED: $*"; failed=1; }
now() { echo "$EPOCHREALTIME"; }
ratio() { echo "$1 / $2" | bc -l; }
rows=()
# row MEASURE SQLITE POSTGRES RATIO
row() {
  rows+=("| $1 | $2 | $3 | $4 |")
  note "  $1: SQLite $2, PostgreSQL $3 ($4)"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
note "== PostgreSQL server (durable defaults)"
CII_PG_DURABLE=1 bash "$here/../tests/postgres/pgserver.sh" start "$pg" 2>&1 | tee -a "$log" >&2
if [[ -f $pg/unavailable ]]; then
  note "run-postgres.sh: no PostgreSQL server: $(cat "$pg/unavailable")"
  exit 2
fi
sock=$(cat "$pg/socketdir")
url() { echo "postgresql://cii_admin@/$1?host=$sock"; }
pgsql() { psql -X -q -At -h "$sock" -U cii_admin -d "${2:-postgres}" -c "$1"; }
pgversion=$(pgsql 'SHOW server_version')

# ---- 1. identification of the 100k store
note "== stores without identification ($systems systems)"
lite_base=$data/big${systems}-rules.sqlite
[[ $quick == 1 ]] && lite_base=$data/quick${systems}-rules.sqlite
bash "$here/make-store.sh" --no-identify --systems "$systems" "$cli" "$lite_base" 2>&1 | tee -a "$log" >&2
t0=$(now)
bash "$here/make-store.sh" --no-identify --systems "$systems" "$cli" "$(url bench_base)" 2>&1 | tee -a "$log" >&2
pg_made=$(echo "$(now) - $t0" | bc -l)

note "== identify --all, best of $idruns, each on a fresh copy"
lite_times=(); pg_times=(); lite_cases=0; pg_cases=0; lt=failed; pt=failed
lite_store=$work/lite.sqlite
for i in $(seq "$idruns"); do
  rm -f "$lite_store" "$lite_store-wal" "$lite_store-shm"
  cp "$lite_base" "$lite_store"
  rm -rf "$XDG_CONFIG_HOME"
  t0=$(now)
  if lite_cases=$("$cli" --db "$lite_store" identify --all 2>>"$log" | wc -l); then
    lt=$(echo "$(now) - $t0" | bc -l); lite_times+=("$lt")
  else fail "identify --all on SQLite (run $i)"; fi

  pgsql "DROP DATABASE IF EXISTS bench_run" >/dev/null
  pgsql "CREATE DATABASE bench_run TEMPLATE bench_base" >/dev/null
  rm -rf "$XDG_CONFIG_HOME"
  t0=$(now)
  if pg_cases=$("$cli" --db "$(url bench_run)" identify --all 2>>"$log" | wc -l); then
    pt=$(echo "$(now) - $t0" | bc -l); pg_times+=("$pt")
  else fail "identify --all on PostgreSQL (run $i)"; fi
  note "  run $i: SQLite $(fmt "$lt") s ($lite_cases cases), PostgreSQL $(fmt "$pt") s ($pg_cases cases)"
done
if (( ${#lite_times[@]} && ${#pg_times[@]} )); then
  l=$(best "${lite_times[@]}"); p=$(best "${pg_times[@]}")
  row "\`identify --all\`, $systems systems, best of $idruns" "$(fmt "$l") s ($lite_cases cases)" \
    "$(fmt "$p") s ($pg_cases cases)" "$(fmt "$(ratio "$p" "$l")" 2)×"
fi

# ---- 2. the GUI's cold start on the identified store
note "== GUI cold start, $runs runs each, display: $CII_BENCH_DISPLAY"
# A daily backup made "today" beside the SQLite copy keeps the window's automatic backup out
# of the measurement (as bench/run.sh).
mkdir -p "$work/backups"
cp "$lite_store" "$work/backups/lite-daily-$(date +%Y%m%d-%H%M%S).sqlite"
home=0
rungui() {
  home=$((home + 1))
  local h=$work/home$home rc=0 t0
  mkdir -p "$h/.config" "$h/.local/share"
  t0=$(now)
  HOME=$h XDG_CONFIG_HOME=$h/.config XDG_DATA_HOME=$h/.local/share \
    timeout 600 "$gui" "$@" >"$work/out" 2>>"$log" || rc=$?
  wall=$(echo "$(now) - $t0" | bc -l)
  cat "$work/out" >>"$log"
  return $rc
}
field() { sed -n "s/^$1: \([0-9.]*\) .*/\1/p" "$work/out" | head -n1; }
lite_gui=(); pg_gui=(); lite_ready=(); pg_ready=(); lite_rss=(); pg_rss=()
for i in $(seq "$runs"); do
  if rungui app "$lite_store"; then
    lite_gui+=("$wall"); lite_ready+=("$(field ready)"); lite_rss+=("$(field 'peak rss')")
  else fail "bench_gui app on SQLite (run $i)"; fi
  if rungui app "$(url bench_run)"; then
    pg_gui+=("$wall"); pg_ready+=("$(field ready)"); pg_rss+=("$(field 'peak rss')")
  else fail "bench_gui app on PostgreSQL (run $i)"; fi
done
if (( ${#lite_gui[@]} && ${#pg_gui[@]} )); then
  for how in best med; do
    l=$($how "${lite_gui[@]}"); p=$($how "${pg_gui[@]}")
    label=$([[ $how == best ]] && echo "best of $runs" || echo "median of $runs")
    row "GUI cold start to a usable main window, $label (spawn → exit)" "$(fmt "$l") s" \
      "$(fmt "$p") s" "$(fmt "$(ratio "$p" "$l")" 2)×"
  done
  l=$(med "${lite_ready[@]}"); p=$(med "${pg_ready[@]}")
  row "GUI: window usable after (in-process, median)" "$(fmt "$l" 0) ms" "$(fmt "$p" 0) ms" \
    "$(fmt "$(ratio "$p" "$l")" 2)×"
  l=$(med "${lite_rss[@]}"); p=$(med "${pg_rss[@]}")
  row "GUI: peak RSS at start (median)" "$(fmt "$l" 0) MB" "$(fmt "$p" 0) MB" \
    "$(fmt "$(ratio "$p" "$l")" 2)×"
fi

# ---- 3. notice numbering under 8 concurrent clients
total=$(( (clients + 1) * per_client ))
note "== notices: $clients clients × $per_client at once, then 1 client × $per_client"
prepare_notices() { # STORE: 2,000 systems, rules, the own department able to number, cases decided
  local db=$1
  "$cli" --db "$db" demo --seed 42 --operators 200 --systems 2000 >/dev/null
  "$cli" --db "$db" rules template --out "$work/template.json"
  for sector in telecom energy transport water finance public-services e-government \
                defence-industry other; do
    id=$("$cli" --db "$db" rules import "$work/template.json" --sector "$sector")
    "$cli" --db "$db" rules file "$id" --reference "B-$sector" --date 2026-01-15 >/dev/null
  done
  "$cli" --db "$db" departments set own --name-zh 基准测试保护办公室 --name-en "Bench Office" \
    --doc-prefix 基网保 --contact-name 张三 --contact-phone 010-12345678
  "$cli" --db "$db" identify --all >/dev/null
}
decide_sql="UPDATE identification_cases SET status = 'decided', decision = outcome,
  decided_by = 'bench', decided_at = '2026-02-01T10:00:00+08:00'
  WHERE id IN (SELECT id FROM identification_cases WHERE outcome = 'cii' ORDER BY id LIMIT $total)"
cases_sql="SELECT id FROM identification_cases WHERE status = 'decided' ORDER BY id"
check_sql="SELECT COUNT(*) || ' ' || COUNT(DISTINCT number) || ' ' || MIN(number) || ' ' || MAX(number)
  FROM notices GROUP BY department, year"
# notices BACKEND STORE: runs the clients, prints "RATE8 RATE1 VERDICT"
run_notices() {
  local backend=$1 db=$2 t0 t8 t1 list
  if [[ $backend == sqlite ]]; then list=$(sqlite3 "$db" "$cases_sql")
  else list=$(pgsql "$cases_sql" bench_notices); fi
  mapfile -t cases <<<"$list"
  if (( ${#cases[@]} < total )); then fail "$backend: only ${#cases[@]} decided cases"; return 1; fi
  rm -rf "$XDG_CONFIG_HOME"
  client() { # CLIENT FIRST COUNT
    local c
    for c in "${cases[@]:$2:$3}"; do
      XDG_CONFIG_HOME=$work/cfg-$1 "$cli" --db "$db" notice export "$c" --to operator --format odt \
        --lang zh --out "$work/notices-$backend-$1" >/dev/null 2>>"$work/notices-$backend.err" ||
        echo "$c" >>"$work/notices-$backend.failed"
    done
  }
  rm -f "$work/notices-$backend.failed"
  t0=$(now)
  for i in $(seq 0 $((clients - 1))); do client "$i" $((i * per_client)) "$per_client" & done
  wait
  t8=$(echo "$(now) - $t0" | bc -l)
  t0=$(now)
  client solo $((clients * per_client)) "$per_client"
  t1=$(echo "$(now) - $t0" | bc -l)
  local failures=0
  [[ -f $work/notices-$backend.failed ]] && failures=$(wc -l <"$work/notices-$backend.failed")
  local groups
  if [[ $backend == sqlite ]]; then groups=$(sqlite3 "$db" "$check_sql")
  else groups=$(pgsql "$check_sql" bench_notices); fi
  local verdict="gap-free" count distinct lo hi numbered=0
  while read -r count distinct lo hi; do
    [[ -n $count ]] || continue
    numbered=$((numbered + count))
    [[ $count == "$distinct" && $lo == 1 && $hi == "$count" ]] || verdict="NOT gap-free ($count $distinct $lo $hi)"
  done <<<"$groups"
  (( numbered == total && failures == 0 )) || verdict="$verdict; $numbered of $total numbered, $failures failed"
  echo "$(echo "$clients * $per_client / $t8" | bc -l) $(echo "$per_client / $t1" | bc -l) $numbered|$verdict"
}
lite_notices=$work/notices.sqlite
prepare_notices "$lite_notices" 2>>"$log"
sqlite3 "$lite_notices" "$decide_sql"
prepare_notices "$(url bench_notices)" 2>>"$log"
pgsql "$decide_sql" bench_notices >/dev/null
lite_n=$(run_notices sqlite "$lite_notices") || true
pg_n=$(run_notices postgres "$(url bench_notices)") || true
note "  SQLite: $lite_n; PostgreSQL: $pg_n"
read -r l8 l1 lrest <<<"$lite_n"
read -r p8 p1 prest <<<"$pg_n"
if [[ -n ${l8:-} && -n ${p8:-} ]]; then
  row "notices per second, $clients clients at once ($per_client each, one CLI process per notice)" \
    "$(fmt "$l8" 1)/s" "$(fmt "$p8" 1)/s" "$(fmt "$(ratio "$p8" "$l8")" 2)×"
  row "notices per second, 1 client alone ($per_client)" "$(fmt "$l1" 1)/s" "$(fmt "$p1" 1)/s" \
    "$(fmt "$(ratio "$p1" "$l1")" 2)×"
  row "notice numbers after both (per department and year: 1..K, no repeat)" \
    "${lrest#*|} (${lrest%%|*} numbers)" "${prest#*|} (${prest%%|*} numbers)" "—"
  [[ ${lrest#*|} == gap-free && ${prest#*|} == gap-free ]] || failed=1
else
  fail "notice benchmark"
fi

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$here/.." status --porcelain --untracked-files=no -- core ui app bench 2>/dev/null | grep -v 'bench/RESULTS') ]]; then
  commit="$commit with uncommitted changes"
fi
{
  echo "# PostgreSQL beside SQLite: benchmark results$title"
  echo
  echo "Made by \`$made_by\` on $(date '+%Y-%m-%d %H:%M %Z'), commit $commit."
  echo
  echo "- Machine: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1), $(nproc) cores," \
       "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM"
  echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "- PostgreSQL $pgversion on a unix socket on the same machine (tests/postgres/pgserver.sh," \
       "durable defaults: fsync and synchronous_commit on); SQLite $(sqlite3 --version | cut -d' ' -f1), WAL"
  echo "- Display: $CII_BENCH_DISPLAY; fresh settings per GUI run"
  echo "- Load average before / after: $load_before / $load_after (other work on the machine skews figures)"
  echo "- Stores: \`bench/make-store.sh\` (demo --seed 42, $systems systems, national template filed" \
       "in all nine sectors) made on each backend by the CLI (PostgreSQL: $(fmt "$pg_made" 0) s);" \
       "the GUI opens the store the last identification run left; notices: a 2,000-system store" \
       "with $total cii cases decided"
  echo
  echo "| measure | SQLite | PostgreSQL | PostgreSQL / SQLite |"
  echo "|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  if [[ $failed == 1 ]]; then echo "Something failed; see the raw output."; echo; fi
  echo "Raw output: \`BUILD_DIR/${log#"$build"/}\`."
} >"$results"
note "== results in $results"
cat "$results" >&2
exit $failed
