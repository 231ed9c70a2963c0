#!/usr/bin/env bash
# Every benchmark of issue 12 in one command, with the results written to bench/RESULTS.md.
#
#   bash bench/run.sh [--quick] BUILD_DIR        (or: cmake --build BUILD_DIR --target bench)
#
# On the 100k reference store (bench/make-store.sh, kept in BUILD_DIR/bench-data and reused):
#   cold start of the GUI to a usable main window, against a bare QMainWindow program built by
#   the bench (bench_gui bare / app), best and median of 5, wall time spawn -> exit;
#   bench_gui visit: switching to every page, systems filter, sort, dashboard refresh, peak RSS;
#   bench/clilists.sh, bench/identify.sh, bench_deadlines and bench_conflicts where present.
# GUI runs are under one Xvfb server at 1366x768 (xvfb-run), or QT_QPA_PLATFORM=offscreen when
# xvfb-run is missing; each with a fresh HOME, so no saved settings or window geometry.
#
# PostgreSQL beside SQLite (issue 15: identification, GUI cold start, notices under 8 clients)
# is bench/run-postgres.sh (cmake --build BUILD_DIR --target bench_postgres).
# --quick: a 5,000-system store and smaller runs, results in BUILD_DIR/bench-data/RESULTS-quick.md;
# it proves the harness runs (exit status), no targets are judged.
# Exit status: 0 when every benchmark ran (targets met or not), 1 when one failed to run.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/common.sh
source "$here/common.sh"
bench_start run.sh "sqlite3 bc" "$@"
bin=$build/bin

data=$build/bench-data
mkdir -p "$data"
work=$(mktemp -d "$data/.run.XXXXXX")
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=$work/xdg
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# Settings of the run's own: the CLI records the newest audit record it wrote to each store
# there, and the copies below would look cut off to a workstation that saw an earlier copy.
export XDG_CONFIG_HOME=$work/config
if [[ $quick == 1 ]]; then
  systems=5000; runs=3; store=$data/quick5k.sqlite; conflicts=10000
  results=$data/RESULTS-quick.md; log=$data/run-quick.log
  made_by="bash bench/run.sh --quick BUILD_DIR"; title=" (quick: $systems systems, no targets judged)"
else
  systems=100000; runs=5; store=$data/big100k.sqlite; conflicts=100000
  results=$here/RESULTS.md; log=$data/run.log
  made_by="bash bench/run.sh BUILD_DIR"; title=""
fi
: >"$log"
note() { echo "$*" | tee -a "$log" >&2; }
dec=${store%.sqlite}-dec.sqlite
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
note "== store ($systems systems)"
bash "$here/make-store.sh" --systems "$systems" "$cli" "$store" 2>&1 | tee -a "$log" >&2

# The GUI writes (visit edits an indicator), so it gets a copy. A daily backup made "today"
# beside the copy keeps the window's automatic backup (due 5 s after the start when none is
# newer than a day) from copying the store in the middle of the measurements.
copy=$work/store/app.sqlite
mkdir -p "$work/store/backups"
cp "$store" "$copy"
cp "$store" "$work/store/backups/app-daily-$(date +%Y%m%d-%H%M%S).sqlite"
deccopy=$work/store/dec.sqlite
cp "$dec" "$deccopy"

failed=0
fail() { note "FAILED: $*"; failed=1; }
now() { echo "$EPOCHREALTIME"; }
# Runs bench_gui with a fresh home; its stdout goes to $work/out, the wall time to $wall.
home=0
rungui() {
  home=$((home + 1))
  local h=$work/home$home
  mkdir -p "$h/.config" "$h/.local/share"
  local t0 t1 rc=0
  t0=$(now)
  HOME=$h XDG_CONFIG_HOME=$h/.config XDG_DATA_HOME=$h/.local/share \
    timeout 600 "$gui" "$@" >"$work/out" 2>>"$log" || rc=$?
  t1=$(now)
  wall=$(echo "$t1 - $t0" | bc -l)
  cat "$work/out" >>"$log"
  return $rc
}
# The value of "NAME: VALUE UNIT" in $work/out, or empty.
field() { sed -n "s/^$1: \([0-9.]*\) .*/\1/p" "$work/out" | head -n1; }

ratio() { echo "$1 / $2" | bc -l; }

rows=()
passes=0; misses=0
# row MEASURE VALUE BASELINE RATIO/TARGET VERDICT ; VERDICT is an expression for bc (1 = pass),
# "-" when there is no target, or a text.
row() {
  local verdict=$5
  if [[ $quick == 1 && $verdict != not* ]]; then verdict="— (quick)"
  elif [[ $verdict == "-" ]]; then verdict="—"
  elif [[ $verdict != not* ]]; then
    if [[ $(echo "$verdict" | bc -l) == 1 ]]; then verdict=yes; passes=$((passes + 1))
    else verdict=**no**; misses=$((misses + 1)); fi
  fi
  rows+=("| $1 | $2 | $3 | $4 | $verdict |")
  note "  $1: $2 (baseline $3; $4) $verdict"
}

note "== cold start, $runs runs each, display: $CII_BENCH_DISPLAY"
bare=(); app=(); bare_rss=(); app_rss=(); app_ready=()
rungui version >/dev/null 2>&1 || true
qt=$(sed -n 's/^qt: //p' "$work/out")
for i in $(seq "$runs"); do
  if rungui bare; then bare+=("$wall"); bare_rss+=("$(field 'peak rss')")
  else fail "bench_gui bare (run $i)"; fi
  if rungui app "$copy"; then app+=("$wall"); app_rss+=("$(field 'peak rss')"); app_ready+=("$(field ready)")
  else fail "bench_gui app (run $i)"; fi
done
if (( ${#bare[@]} && ${#app[@]} )); then
  for how in best med; do
    a=$($how "${app[@]}"); b=$($how "${bare[@]}"); r=$(ratio "$a" "$b")
    label=$([[ $how == best ]] && echo "best of $runs" || echo "median of $runs")
    row "cold start to a usable main window, $label (spawn → exit)" "$(fmt "$a") s" \
      "$(fmt "$b") s (bare QMainWindow)" "$(fmt "$r" 2)× / ≤ 3×" "$r <= 3"
  done
  row "app: window usable after (in-process, median)" "$(fmt "$(med "${app_ready[@]}")" 0) ms" "—" "—" "-"
  row "peak RSS at start, app vs bare (median)" "$(fmt "$(med "${app_rss[@]}")" 0) MB" \
    "$(fmt "$(med "${bare_rss[@]}")" 0) MB" "$(fmt "$(ratio "$(med "${app_rss[@]}")" "$(med "${bare_rss[@]}")")" 1)×" "-"
fi

note "== visiting every page"
if rungui visit "$copy"; then
  while IFS= read -r line; do
    name=${line%%: *}; value=${line#*: }
    if [[ $value == timeout* ]]; then row "$name" "$value" "—" "< 150 ms" "0"; continue; fi
    v=${value% ms}
    row "$name" "$(fmt "$v" 0) ms" "—" "< 150 ms" "$v < 150"
  done < <(grep '^switch to ' "$work/out")
  # vrow FIELD MEASURE UNIT TARGET-TEXT BC-OPERATOR LIMIT
  vrow() {
    local v
    v=$(field "$1")
    if [[ -n $v ]]; then row "$2" "$(fmt "$v" 1) $3" "—" "$4" "$v $5 $6"
    else row "$2" "$(grep -m1 "^$1" "$work/out" || echo "missing")" "—" "$4" "0"; fi
  }
  vrow "filter median" "keystroke in the systems filter, median of 20 (model-level)" ms "< 50 ms" "<" 50
  vrow "filter worst" "keystroke in the systems filter, worst of 20 (model-level)" ms "< 50 ms" "<" 50
  vrow "sort worst" "sort of the systems table by name (worst of there and back)" ms "< 200 ms" "<" 200
  vrow "dashboard refresh" "dashboard refresh after one indicator edit" ms "< 100 ms" "<" 100
  vrow "peak rss" "peak RSS after visiting every page" MB "≤ 150 MB" "<=" 150
else
  fail "bench_gui visit (exit status; see $log)"
  rows+=("| bench_gui visit | failed: see $log | | | **no** |")
fi

note "== CLI lists"
if [[ -f $here/clilists.sh ]]; then
  if bash "$here/clilists.sh" "$cli" "$copy" >"$work/cli" 2>>"$log"; then
    cat "$work/cli" >>"$log"
    while IFS= read -r line; do
      # NAME: cli X.XXX s, sqlite3 Y.YYY s, ratio Z.ZZ
      [[ $line =~ ^(.*):\ cli\ ([0-9.]+)\ s,\ sqlite3\ ([0-9.]+)\ s,\ ratio\ ([0-9.]+) ]] || continue
      row "\`${BASH_REMATCH[1]}\`" "${BASH_REMATCH[2]} s" "${BASH_REMATCH[3]} s (sqlite3)" \
        "${BASH_REMATCH[4]}× / ≤ 3×" "${BASH_REMATCH[4]} <= 3"
    done <"$work/cli"
  else fail "bench/clilists.sh"; fi
else
  row "CLI list commands against sqlite3" "not run: bench/clilists.sh is not on this branch yet" "" "≤ 3×" "not run"
fi

note "== identify --all"
if bash "$here/identify.sh" "$cli" "$systems" >"$work/id" 2>>"$log"; then
  cat "$work/id" >>"$log"
  t=$(sed -n 's/^identify --all (best of 3) *\([0-9.]*\) s/\1/p' "$work/id")
  f=$(sed -n 's/^sqlite3 floor (best of 3) *\([0-9.]*\) s/\1/p' "$work/id")
  r=$(sed -n 's/^ratio *\([0-9.]*\) x.*/\1/p' "$work/id")
  row "\`identify --all\` (best of 3)" "$t s" "$f s (sqlite3 floor)" "$r× / ≤ 2× (aim 1.5×)" "$r <= 2"
else fail "bench/identify.sh"; fi

note "== deadlines"
if [[ -x $bin/bench_deadlines ]]; then
  if "$bin/bench_deadlines" "$deccopy" >"$work/dl" 2>>"$log"; then
    cat "$work/dl" >>"$log"
    line=$(grep -m1 '^deadlines engine:' "$work/dl" || true)
    if [[ $line =~ engine:\ ([0-9.]+)\ ms,\ baseline\ ([0-9.]+)\ ms,\ ratio\ ([0-9.]+) ]]; then
      row "deadline engine (store with decisions)" "${BASH_REMATCH[1]} ms" "${BASH_REMATCH[2]} ms" \
        "${BASH_REMATCH[3]}× (target: bench_deadlines)" "-"
    else fail "bench_deadlines printed no 'deadlines engine:' line"; fi
  else fail "bench_deadlines"; fi
else
  row "deadline engine (store with decisions)" "not run: no bench_deadlines on this branch yet" "" "" "not run"
fi

note "== conflicts"
if [[ -x $bin/bench_conflicts ]]; then
  if "$bin/bench_conflicts" "$conflicts" >"$work/cf" 2>>"$log"; then
    cat "$work/cf" >>"$log"
    d=$(sed -n 's/^detect (best of 7) *\([0-9.]*\) ms.*/\1/p' "$work/cf")
    s=$(sed -n 's/^sort baseline (best of 7) *\([0-9.]*\) ms.*/\1/p' "$work/cf")
    r=$(sed -n 's/^ratio *\([0-9.]*\) x.*/\1/p' "$work/cf")
    row "inspection conflicts, $(sed -n 's/^inspections *//p' "$work/cf") inspections (best of 7)" \
      "$d ms" "$s ms (sort)" "$r× / < 100 ms and ≤ 5×" "$d < 100 && $r <= 5"
  else fail "bench_conflicts"; fi
else
  row "inspection conflicts" "not run: $bin/bench_conflicts is not built" "" "" "not run"
fi

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$here/.." status --porcelain --untracked-files=no -- core ui app bench 2>/dev/null | grep -v 'bench/RESULTS.md') ]]; then
  commit="$commit with uncommitted changes"
fi
os=$(. /etc/os-release && echo "$PRETTY_NAME")
{
  echo "# Benchmark results$title"
  echo
  echo "Made by \`$made_by\` (or \`cmake --build build --target bench\`)"
  echo "on $(date '+%Y-%m-%d %H:%M %Z'), commit $commit."
  echo
  echo "- Machine: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1), $(nproc) cores," \
       "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM"
  echo "- OS: $os, kernel $(uname -r)"
  echo "- Qt $qt; SQLite $(sqlite3 --version | cut -d' ' -f1) (sqlite3 tool)," \
       "libsqlite3 $(dpkg-query -W -f '${Version}' libsqlite3-0 2>/dev/null || echo '?')"
  echo "- Display: $CII_BENCH_DISPLAY; UI language en (LANG=C.UTF-8), fresh settings per run"
  echo "- Load average before / after: $load_before / $load_after (other work on the machine skews figures)"
  echo "- Store: \`bench/make-store.sh\` — demo --seed 42, $((systems / 10)) operators, $systems systems," \
       "$((systems / 5)) inspections, national template filed in all nine sectors, identify --all" \
       "($(sqlite3 "$store" 'SELECT COUNT(*) FROM identification_cases') cases," \
       "$(sqlite3 "$store" "SELECT COUNT(*) FROM identification_cases WHERE outcome='cii'") cii)"
  echo "- File cache warm (the store was just copied); cold start = a new process, wall time" \
       "from spawn until it exits once the first page has painted, is not loading and a zero-timer ran"
  echo
  echo "| measure | value | baseline | ratio/target | pass |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  if [[ $quick == 0 ]]; then echo "Targets met: $passes; missed: $misses."; fi
  if [[ $failed == 1 ]]; then echo; echo "Some benchmarks failed to run; see the raw output."; fi
  echo
  echo "Raw output (every figure, each filter keystroke): \`BUILD_DIR/${log#"$build"/}\`."
} >"$results"
note "== results in $results"
cat "$results" >&2
exit $failed
