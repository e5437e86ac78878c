#!/usr/bin/env bash
# Issue 21: collect throughput on a ClickHouse store with one `payoff serve` node and with two, against the bare
# endpoint in the same run. wrk (2 threads, CONNECTIONS connections in all) posts one page view per request with a unique
# event_id; a node acknowledges (202) only after its own spool's fdatasync and applies to the cluster behind. With two
# nodes, two wrk processes (1 thread, half the connections each) load both nodes at once and their acknowledged rates are
# added. Every phase gets WARMUP seconds of the same load first. At the end each node's store lag is drained and the
# events stored in ClickHouse are counted against the acknowledged ones (none lost, none doubled).
# Usage: STORE='clickhouse://127.0.0.1:18123/collectbench?cluster=payoff&nodes=127.0.0.1:18123,127.0.0.1:18124' bench/scale/collect-nodes.sh
#        (DURATION=20 WARMUP=5 CONNECTIONS=64; the database is dropped and made again)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
duration="${DURATION:-20}"
warmup="${WARMUP:-5}"
connections="${CONNECTIONS:-64}"
store="${STORE:?name the ClickHouse store, e.g. STORE='clickhouse://127.0.0.1:18123/collectbench?cluster=payoff&nodes=127.0.0.1:18123,127.0.0.1:18124'}"
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
payoff="dotnet src/Payoff.Cli/bin/Release/net10.0/payoff.dll"
work="$(mktemp -d)"
http="$(sed -E 's#clickhouse://([^/]+)/.*#http://\1/#' <<< "$store")"
database="$(sed -E 's#clickhouse://[^/]+/([A-Za-z0-9_]+).*#\1#' <<< "$store")"
nodes="$(grep -o 'nodes=[^&]*' <<< "$store" | cut -d= -f2 | tr ',' ' ')"
for node in ${nodes:-$(sed -E 's#http://([^/]+)/#\1#' <<< "$http")}; do
  curl -sf "http://$node/" --data-binary "DROP DATABASE IF EXISTS $database" > /dev/null
done

wait_up() { for _ in $(seq 1 300); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; echo "server at $1 did not start" >&2; exit 1; }
drain() {
  for _ in $(seq 1 2400); do
    [ "$(curl -s "$1/health" | grep -o '"lag":[0-9]*' | cut -d: -f2)" = "0" ] && return 0
    sleep 0.5
  done
  echo "the store did not catch up at $1" >&2
}
# wrk_run SECONDS THREADS CONNECTIONS URL OUT: one wrk run writing its RESULT line to OUT.
wrk_run() { RUN="$RANDOM$RANDOM" wrk -t"$2" -c"$3" -d"$1s" --latency -s bench/collect/event.lua "$4" | grep RESULT > "$5"; }
acked() { sed 's/.*acked=\([0-9]*\).*/\1/' "$1"; }
rate() { awk -v l="$(cat "$1")" 'BEGIN { match(l, /acked=[0-9]+/); a = substr(l, RSTART + 6, RLENGTH - 6); match(l, /seconds=[0-9.]+/); s = substr(l, RSTART + 8, RLENGTH - 8); printf "%.0f", a / s }'; }
total=0

echo "== $(date -u '+%F %T') UTC, load $(cut -d' ' -f1-3 /proc/loadavg), ${duration} s per phase, $connections connections"
export SITE="s_bench"
dotnet bench/Payoff.Bench.Bare/bin/Release/net10.0/Payoff.Bench.Bare.dll http://127.0.0.1:5090 & bare=$!
wait_up http://127.0.0.1:5090/l/x
wrk_run "$warmup" 2 "$connections" http://127.0.0.1:5090 "$work/w"
wrk_run "$duration" 2 "$connections" http://127.0.0.1:5090 "$work/bare"
kill "$bare"; wait "$bare" 2>/dev/null || true
echo "bare POST: $(rate "$work/bare")/s"

SITE="$($payoff --store "$store" site add example.com | grep -o 's_[0-9a-f]*' | head -1)"
export SITE
serve() { $payoff --store "$store" serve --urls "http://127.0.0.1:$1" --spool "$work/spool-$1" --site-rate 1000000 --link-rate 100000000 > "$work/serve-$1.log" 2>&1 & }
serve 5091; one=$!
wait_up http://127.0.0.1:5091/health
wrk_run "$warmup" 2 "$connections" http://127.0.0.1:5091 "$work/w1"; total=$((total + $(acked "$work/w1")))
wrk_run "$duration" 2 "$connections" http://127.0.0.1:5091 "$work/one"; total=$((total + $(acked "$work/one")))
echo "one node: $(rate "$work/one")/s acknowledged ($(cat "$work/one"))"
drain http://127.0.0.1:5091

serve 5092; two=$!
wait_up http://127.0.0.1:5092/health
half=$((connections / 2))
# (wait for the first wrk by its pid: a bare `wait` would also wait for the servers, which run until killed)
wrk_run "$warmup" 1 "$half" http://127.0.0.1:5091 "$work/w2a" & first=$!; wrk_run "$warmup" 1 "$half" http://127.0.0.1:5092 "$work/w2b"; wait "$first"
total=$((total + $(acked "$work/w2a") + $(acked "$work/w2b")))
wrk_run "$duration" 1 "$half" http://127.0.0.1:5091 "$work/a" & first=$!; wrk_run "$duration" 1 "$half" http://127.0.0.1:5092 "$work/b"; wait "$first"
total=$((total + $(acked "$work/a") + $(acked "$work/b")))
echo "two nodes: node 1 $(rate "$work/a")/s + node 2 $(rate "$work/b")/s = $(( $(rate "$work/a") + $(rate "$work/b") ))/s acknowledged"
start=$(date +%s)
drain http://127.0.0.1:5091
drain http://127.0.0.1:5092
echo "both nodes' stores caught up $(( $(date +%s) - start )) s after the load"
kill -TERM "$one" "$two"; wait "$one" "$two" || true
stored="$(curl -s "$http" --data-binary "SELECT count() FROM (SELECT event_id FROM $database.events WHERE deleted = 0 GROUP BY event_id)")"
rows="$(curl -s "$http" --data-binary "SELECT count() FROM $database.events")"
# wrk counts the responses that arrive within its seconds: requests still in flight when it stops (at most its connections,
# in each of the five phases) are stored but not counted as acknowledged.
in_flight=$((connections * 5))
verdict="MISMATCH"
[ "$stored" -ge "$total" ] && [ "$((stored - total))" -le "$in_flight" ] && [ "$stored" = "$rows" ] && verdict="none lost, none doubled; $((stored - total)) stored beyond the acknowledged were in flight when wrk stopped counting (at most $in_flight)"
echo "acknowledged $total, stored $stored distinct events in $rows rows: $verdict"
awk -v b="$(rate "$work/bare")" -v o="$(rate "$work/one")" -v t="$(( $(rate "$work/a") + $(rate "$work/b") ))" 'BEGIN {
  printf "| bare POST /s | one node /s | ratio to bare | two nodes /s | ratio to bare | two / one |\n|---:|---:|---:|---:|---:|---:|\n| %d | %d | %.2f | %d | %.2f | %.2f |\n", b, o, o / b, t, t / b, t / o }'
rm -rf "$work"
