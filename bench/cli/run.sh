#!/usr/bin/env bash
# `payoff report sources -w demo` against the same SQL run by a small C program on DuckDB's own library,
# each a whole process (start-up included), N runs each, interleaved (issue 16 §3). Prints best and median
# wall times and their ratios to the C program; read the ratios (target: payoff within 2×).
# Usage: bench/cli/run.sh [RUNS]     (default 21)
#   PAYOFF_BENCH_DB=FILE      use that demo database (default bench/data/cli-demo.duckdb, rebuilt each day)
#   PAYOFF_BENCH_NATIVE=FILE  the Native AOT payoff binary to time (default .payoff-build/native/payoff, which
#                             ./payoff publishes and runs where clang or gcc and zlib1g-dev are installed)
#   PAYOFF_BENCH_BEFORE=DIR   also time another checkout's ./payoff and its published payoff.dll (a
#                             "before" in the same run: `git archive BASE | tar -x -C DIR`, then DIR/payoff --help)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/bench/cli"
runs="${1:-21}"
build="$root/.payoff-build"

# Bring the published payoff up to date first (the wrapper rebuilds only when the sources changed).
"$root/payoff" --help >/dev/null

# The C program links the very libduckdb.so the published payoff loads.
lib="$(dirname "$(find "$build" -path '*linux-x64*' -name libduckdb.so -print -quit)")"
[ -f "$lib/libduckdb.so" ] || lib="$build"
mkdir -p "$here/bin"
gcc -O2 -Wall -Wextra -o "$here/bin/sources" "$here/sources.c" -L"$lib" -lduckdb -Wl,-rpath,"$lib"

# The demo database of today (its data ends today), built once a day.
db="${PAYOFF_BENCH_DB:-$root/bench/data/cli-demo.duckdb}"
if [ ! -f "$db" ] || [ "$(date -r "$db" +%F)" != "$(date +%F)" ]; then
  mkdir -p "$(dirname "$db")"
  rm -f "$db" "$db.wal"
  echo "Building the demo database $db…" >&2
  "$root/payoff" demo --no-serve --db "$db" >/dev/null
fi

# The SQL of sources.sql with the demo workspace's values and the report's default period (the 30 local
# days ending today) in UTC, as DuckDbSourcesReader binds them.
IFS=$'\t' read -r id _ zone currency _ < <("$here/bin/sources" "$db" "SELECT * FROM workspaces WHERE name = 'demo'")
today="$(TZ="$zone" date +%F)"
first="$(date -d "$today -29 days" +%F)"
utc() { TZ=UTC date -d "TZ=\"$zone\" $1 00:00" '+%F %T'; }
start="$(utc "$first")"
end="$(utc "$(date -d "$today +1 day" +%F)")"
sql=()
while IFS= read -r -d ';' statement; do
  statement="$(sed '/^--/d' <<<"$statement")"
  [ -n "${statement//[[:space:]]/}" ] || continue
  statement="${statement//@WORKSPACE_NAME@/demo}"
  statement="${statement//@WORKSPACE_ID@/$id}"
  statement="${statement//@CURRENCY@/$currency}"
  statement="${statement//@START@/$start}"
  statement="${statement//@END@/$end}"
  statement="${statement//@FIRST_DAY@/$first}"
  statement="${statement//@LAST_DAY@/$today}"
  sql+=("$statement")
done <"$here/sources.sql"

# The same answer both ways: the sessions the C program counts are the CLI's total.
c_sessions="$("$here/bin/sources" "$db" "${sql[@]}" | awk -F'\t' 'NF == 9 { s += $6 } END { print s }')"
cli_sessions="$(PAYOFF_DB="$db" "$root/payoff" report sources -w demo --format csv | awk -F, 'NR > 1 && $1 != "Total" { s += $2 } END { print s }')"
if [ "$c_sessions" != "$cli_sessions" ]; then
  echo "The C program counts $c_sessions sessions and payoff $cli_sessions: bench/cli/sources.sql is out of step with DuckDbSourcesReader." >&2
  exit 1
fi

declare -A wall cpu
names=("C program (libduckdb)" "./payoff (wrapper)" "dotnet payoff.dll" "payoff (ReadyToRun apphost)" "C, open only (SELECT 1)")
before="${PAYOFF_BENCH_BEFORE:-}"
if [ -n "$before" ]; then
  names+=("before: ./payoff" "before: dotnet .dll")
fi
native="${PAYOFF_BENCH_NATIVE:-$build/native/payoff}"
if [ -x "$native" ]; then
  names+=("native AOT binary")
fi
run() {
  case "${names[$1]}" in
    "C program (libduckdb)") "$here/bin/sources" "$db" "${sql[@]}" ;;
    "./payoff (wrapper)") PAYOFF_DB="$db" "$root/payoff" report sources -w demo ;;
    "dotnet payoff.dll") PAYOFF_DB="$db" dotnet "$build/payoff.dll" report sources -w demo ;;
    "payoff (ReadyToRun apphost)") PAYOFF_DB="$db" "$build/payoff" report sources -w demo ;;
    "C, open only (SELECT 1)") "$here/bin/sources" "$db" "SELECT 1" ;;
    "before: ./payoff") PAYOFF_DB="$db" "$before/payoff" report sources -w demo ;;
    "before: dotnet .dll") PAYOFF_DB="$db" dotnet "$before/.payoff-build/payoff.dll" report sources -w demo ;;
    "native AOT binary") PAYOFF_DB="$db" "$native" report sources -w demo ;;
  esac
}
# Bash's `times` in the subshell gives the CPU seconds (user + system) of everything the run started: on a
# busy machine that varies less than the wall time, which waits for the cores.
seconds() { awk '{ for (i = 1; i <= NF; i++) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] } } END { printf "%d", t * 1000000 }'; }
cpu_file="$(mktemp)"
trap 'rm -f "$cpu_file"' EXIT
for ((i = -2; i < runs; i++)); do
  for k in "${!names[@]}"; do
    t0=$(date +%s%N)
    (run "$k" >/dev/null; times) >"$cpu_file"
    t1=$(date +%s%N)
    ((i < 0)) || { wall[$k]+="$(((t1 - t0) / 1000)) "; cpu[$k]+="$(sed -n 2p "$cpu_file" | seconds) "; }
  done
done

# "best median" in ms of a list of microseconds.
stats() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f\n", v[1] / 1000, v[int((NR + 1) / 2)] / 1000 }'; }
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }
read -r c_best c_median < <(stats "${wall[0]}")
read -r c_cpu_best c_cpu_median < <(stats "${cpu[0]}")
echo "payoff report sources -w demo ($cli_sessions sessions in the period), $runs runs each after 2 warm-up runs, interleaved;"
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end. Wall and CPU (user + system) ms:"
printf '  %-22s %8s %8s %8s %8s %8s %8s %8s %8s\n' "" "best" "median" "best×C" "med×C" "cpu best" "median" "best×C" "med×C"
for k in "${!names[@]}"; do
  read -r best median < <(stats "${wall[$k]}")
  read -r cpu_best cpu_median < <(stats "${cpu[$k]}")
  printf '  %-22s %8.1f %8.1f %8s %8s %8.1f %8.1f %8s %8s\n' "${names[$k]}" "$best" "$median" "$(ratio "$best" "$c_best")" "$(ratio "$median" "$c_median")" \
    "$cpu_best" "$cpu_median" "$(ratio "$cpu_best" "$c_cpu_best")" "$(ratio "$cpu_median" "$c_cpu_median")"
done

# Where payoff's time goes: the steps PAYOFF_TIMINGS reports, median of 7 runs of the apphost: ms from launch
# (wall) and the process's CPU ms (user + system) at each step, and each step alone.
steps_file="$(mktemp)"
trap 'rm -f "$cpu_file" "$steps_file"' EXIT
for ((i = 0; i < 7; i++)); do
  PAYOFF_TIMINGS="$(date +%s%N)" PAYOFF_DB="$db" "$build/payoff" report sources -w demo 2>>"$steps_file" >/dev/null
done
median_steps() {
  sed -n "s/^PAYOFF_TIMINGS, $1: //p" "$steps_file" | awk -F', ' '{ for (i = 1; i <= NF; i++) { n = split($i, w, " "); step[i] = substr($i, 1, length($i) - length(w[n]) - 1); v[i, NR] = w[n] } steps = NF; runs = NR }
    END {
      for (i = 1; i <= steps; i++) {
        for (r = 1; r <= runs; r++) { x = v[i, r]; for (j = r - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
        m = a[int((runs + 1) / 2)]
        printf "%s\t%.1f\t%.1f\n", step[i], m, m - last; last = m
      }
    }'
}
echo "payoff steps (PAYOFF_TIMINGS), median of 7 runs: wall ms from launch and the step alone, CPU ms at the step and the step alone:"
paste <(median_steps "ms from launch") <(median_steps "CPU ms" | cut -f2-) | awk -F'\t' '{ printf "  %-18s %7.1f %7.1f %9.1f %7.1f\n", $1, $2, $3, $4, $5 }'
