#!/usr/bin/env bash
# Collect and short-link throughput: wrk against `payoff serve` and a bare ASP.NET endpoint in the
# same run, RUNS times, then the median ratios. Each run uses a fresh database and measures:
#   bare      POST /api/event and GET /l/spring on bench/Payoff.Bench.Bare
#   deferred  Payoff with PAYOFF_COLLECT_DEFER_APPLY=1: acknowledged after fdatasync, DuckDB applies after the load
#   sustained Payoff as shipped: DuckDB applies while the load runs
# then checks that every acknowledged event was stored. With SOAK seconds (default 0) a last phase
# prints RSS over a sustained POST soak. CPU seconds of wrk and of the server are read from
# /usr/bin/time and /proc/<pid>/stat around each phase, so the share wrk takes of the two cores is visible.
# Each server gets WARMUP seconds (default 5) of the same load on each endpoint before that endpoint is measured, so
# every figure is a warmed-up server's (tiered JIT done), not its first seconds; warm-up requests count as acknowledged
# in the reconciliation but in no rate.
# Usage: bench/collect/run.sh   (RUNS=3 DURATION=15 WARMUP=5 CONNECTIONS=64 SOAK=0)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
runs="${RUNS:-3}"
duration="${DURATION:-15}"
connections="${CONNECTIONS:-64}"
soak="${SOAK:-0}"
warmup="${WARMUP:-5}"
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
dotnet build Payoff.slnx -c Release --nologo -v quiet > /dev/null
# The disk's sync ceiling in the same hour: the acknowledged rate is bound by it when the CPU is not.
if command -v gcc > /dev/null; then
  mkdir -p bench/collect/bin
  gcc -O2 -Wall -Wextra -pthread -o bench/collect/bin/syncs bench/collect/syncs.c
  echo "== fdatasync of 10 kB writes into a pre-zeroed file, $(date -u '+%F %T') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
  for threads in 1 4; do bench/collect/bin/syncs "${TMPDIR:-/tmp}" 300 10000 "$threads"; done
fi
payoff="dotnet src/Payoff.Cli/bin/Release/net10.0/payoff.dll"
tick="$(getconf CLK_TCK)"
summary="$(mktemp)"

wait_up() { for _ in $(seq 1 100); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; echo "server at $1 did not start" >&2; exit 1; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# phase NAME SERVER_PID SECONDS SCRIPT URL: one wrk run; prints and records acknowledged/s, latency and CPU seconds.
phase() {
  local name="$1" server="$2" seconds="$3" script="$4" url="$5" before after out wrk_cpu
  before="$(cpu_ticks "$server")"
  out="$(mktemp)"
  RUN="$RANDOM$RANDOM" /usr/bin/time -f "%U %S" -o "$out.cpu" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "bench/collect/$script" "$url" > "$out"
  wrk_cpu="$(awk -v t="$tick" '{ printf "%d", ($1 + $2) * t }' "$out.cpu")"
  after="$(cpu_ticks "$server")"
  local line
  line="$(grep RESULT "$out")"
  rm -f "$out" "$out.cpu"
  local acked secs
  acked="$(sed 's/.*acked=\([0-9]*\).*/\1/' <<< "$line")"
  secs="$(sed 's/.*seconds=\([0-9.]*\).*/\1/' <<< "$line")"
  awk -v n="$name" -v a="$acked" -v s="$secs" -v w="$wrk_cpu" -v c="$((after - before))" -v t="$tick" -v l="$line" 'BEGIN {
    printf "%-16s %8.0f/s  wrk cpu %5.1f s  server cpu %5.1f s  (%s)\n", n, a / s, w / t, c / t, l }'
  echo "$run $name $acked $secs $wrk_cpu $((after - before))" >> "$summary"
}
# measure NAME SERVER_PID SCRIPT URL: WARMUP seconds of load recorded as "<first word> warm-<rest>", then the phase.
measure() {
  [ "$warmup" -gt 0 ] && phase "${1%% *} warm-${1#* }" "$2" "$warmup" "$3" "$4" > /dev/null
  phase "$1" "$2" "$duration" "$3" "$4"
}
# Waits until the server has applied everything it acknowledged (lag 0 in /health).
drain() {
  for _ in $(seq 1 1200); do
    lag="$(curl -s "$1/health" | grep -o '"lag":[0-9]*' | cut -d: -f2)"
    [ "$lag" = "0" ] && return 0
    sleep 0.5
  done
  echo "the store did not catch up" >&2
}

for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs (${duration} s per phase, $connections connections)"
  work="$(mktemp -d)"
  export PAYOFF_DB="$work/bench.duckdb"
  site="$($payoff site add example.com | grep -o 's_[0-9a-f]*')"
  $payoff link create --to https://example.com/spring --network facebook --campaign spring --slug spring > /dev/null
  export SITE="$site"

  dotnet bench/Payoff.Bench.Bare/bin/Release/net10.0/Payoff.Bench.Bare.dll http://127.0.0.1:5090 & bare=$!
  wait_up http://127.0.0.1:5090/l/x
  measure "bare POST" "$bare" event.lua http://127.0.0.1:5090
  measure "bare GET" "$bare" link.lua http://127.0.0.1:5090/l/spring
  kill "$bare"; wait "$bare" 2>/dev/null || true

  for mode in deferred sustained; do
    defer=0; [ "$mode" = deferred ] && defer=1
    PAYOFF_COLLECT_DEFER_APPLY="$defer" $payoff serve --urls http://127.0.0.1:5091 --site-rate 1000000 --link-rate 100000000 > "$work/serve-$mode.log" 2>&1 & serve=$!
    wait_up http://127.0.0.1:5091/health
    measure "$mode POST" "$serve" event.lua http://127.0.0.1:5091
    measure "$mode GET" "$serve" link.lua http://127.0.0.1:5091/l/spring
    if [ "$mode" = sustained ] && [ "$soak" -gt 0 ]; then
      echo "soak: ${soak}s of POST, RSS (MiB) every 30 s:"
      (for _ in $(seq 1 $((soak / 30))); do sleep 30; printf ' %s' "$(( $(ps -o rss= -p "$serve") / 1024 ))"; done; echo) &
      phase "soak POST" "$serve" "$soak" event.lua http://127.0.0.1:5091
    fi
    start=$(date +%s.%N)
    drain http://127.0.0.1:5091
    echo "$mode: store caught up $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s after the load"
    kill -TERM "$serve"; wait "$serve" || true
  done
  echo "stored: $($payoff status --format json | grep -o '"events": [0-9]*'); acknowledged: $(awk -v r="$run" '$1 == r && $2 != "bare" { s += $4 } END { print s }' "$summary")"
  echo "clicks: $($payoff report links --format json | grep -o '"clicks": [0-9]*')"
  rm -rf "$work"
done

echo "== median of $runs runs (ratio = Payoff acknowledged/s over bare req/s in the same run)"
awk -v t="$tick" '
  { key = $2 " " $3; rate[$1, key] = $4 / $5; wrk[$1, key] = $6 / t; srv[$1, key] = $7 / t; runs[$1] = 1 }
  function median(a, n,   i, j, x) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { x = a[i]; a[i] = a[j]; a[j] = x }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  function report(label, key, base,   r, n, v, rs, ws, ss) {
    n = 0; for (r in runs) { n++; v[n] = rate[r, key]; rs[n] = rate[r, key] / rate[r, base]; ws[n] = wrk[r, key] / (wrk[r, key] + srv[r, key]) }
    printf "%-22s %8.0f/s  ratio %.2f  (ratios:", label, median(v, n), median(rs, n)
    for (r in runs) printf " %.2f", rate[r, key] / rate[r, base]
    printf ")  wrk share of CPU %.0f %%\n", 100 * median(ws, n)
  }
  END {
    report("bare POST", "bare POST", "bare POST"); report("bare GET", "bare GET", "bare GET")
    report("collect, deferred", "deferred POST", "bare POST"); report("collect, sustained", "sustained POST", "bare POST")
    report("links, deferred", "deferred GET", "bare GET"); report("links, sustained", "sustained GET", "bare GET")
  }' "$summary"
rm -f "$summary"
