# The start every benchmark script shares (bench/run.sh, bench/run-postgres.sh): sourced, not
# run. After `bench_start NAME "TOOLS" "$@"`: quick (0|1), build, cli and gui are set, the tools
# checked (exit 2 when one is missing), and the script runs again inside one Xvfb server at
# 1366x768 (xvfb-run), so that the X server's start is in no timing — or offscreen where
# xvfb-run is missing (CII_BENCH_DISPLAY says which).
bench_start() {
  local name=$1 tools=$2
  shift 2
  quick=0
  if [[ ${1:-} == --quick ]]; then
    quick=1
    shift
  fi
  build=$(cd "${1:?usage: bench/$name [--quick] BUILD_DIR}" && pwd)
  cli=$build/bin/cii-workbench-cli
  gui=$build/bin/bench_gui
  local f tool
  for f in "$cli" "$gui"; do
    [[ -x $f ]] || { echo "$name: $f is missing: cmake --build $build --target bench_gui cii-workbench-cli" >&2; exit 2; }
  done
  for tool in $tools; do
    command -v "$tool" >/dev/null || { echo "$name: needs $tool" >&2; exit 2; }
  done
  if [[ -z ${CII_BENCH_DISPLAY:-} ]]; then
    if command -v xvfb-run >/dev/null; then
      export CII_BENCH_DISPLAY="Xvfb 1366x768x24 (xvfb-run)"
      local args=("$build")
      [[ $quick == 1 ]] && args=(--quick "$build")
      exec xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" bash "$0" "${args[@]}"
    fi
    export CII_BENCH_DISPLAY="offscreen (QT_QPA_PLATFORM=offscreen; xvfb-run is not installed)"
    export QT_QPA_PLATFORM=offscreen
  fi
}

# Over whitespace-separated numbers: the smallest, the median; a number with N decimals
# (default 3), anything else as it is ("?" when empty).
best() { tr ' ' '\n' <<<"$*" | grep . | sort -g | head -n1; }
med() {
  local sorted n
  sorted=$(tr ' ' '\n' <<<"$*" | grep . | sort -g)
  n=$(wc -l <<<"$sorted")
  if (( n % 2 )); then sed -n "$(( n / 2 + 1 ))p" <<<"$sorted"
  else echo "($(sed -n "$(( n / 2 ))p" <<<"$sorted") + $(sed -n "$(( n / 2 + 1 ))p" <<<"$sorted")) / 2" | bc -l; fi
}
fmt() { if [[ $1 =~ ^[0-9.]+$ ]]; then printf "%.${2:-3}f" "$1"; else echo "${1:-?}"; fi; }
