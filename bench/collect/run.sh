#!/usr/bin/env bash
# Collect and short-link throughput: wrk against `payoff serve` and a bare ASP.NET endpoint in the
# same run, then the count of events actually stored, then (SOAK seconds, default 300) memory over a soak.
# Usage: bench/collect/run.sh   (DURATION=30 CONNECTIONS=64 SOAK=300)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
duration="${DURATION:-30}"
connections="${CONNECTIONS:-64}"
soak="${SOAK:-300}"
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
dotnet build Payoff.slnx -c Release --nologo -v quiet > /dev/null
work="$(mktemp -d)"
export PAYOFF_DB="$work/bench.duckdb"
payoff="dotnet src/Payoff.Cli/bin/Release/net10.0/payoff.dll"
site="$($payoff site add example.com | grep -o 's_[0-9a-f]*')"
$payoff link create --to https://example.com/spring --network facebook --campaign spring --slug spring > /dev/null
export SITE="$site"

wait_up() { for _ in $(seq 1 100); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; echo "server at $1 did not start" >&2; exit 1; }
run() { RUN="$RANDOM$RANDOM" wrk -t2 -c"$connections" -d"${1}s" --latency -s "bench/collect/$2" "$3" | grep RESULT; }

dotnet bench/Payoff.Bench.Bare/bin/Release/net10.0/Payoff.Bench.Bare.dll http://127.0.0.1:5090 & bare=$!
wait_up http://127.0.0.1:5090/l/x
echo "bare POST:  $(run "$duration" event.lua http://127.0.0.1:5090)"
echo "bare GET:   $(run "$duration" link.lua http://127.0.0.1:5090/l/spring)"
kill "$bare"; wait "$bare" 2>/dev/null || true

$payoff serve --urls http://127.0.0.1:5091 --site-rate 1000000 --link-rate 100000000 > "$work/serve.log" 2>&1 & serve=$!
wait_up http://127.0.0.1:5091/health
echo "payoff POST: $(run "$duration" event.lua http://127.0.0.1:5091)"
echo "payoff GET:  $(run "$duration" link.lua http://127.0.0.1:5091/l/spring)"
if [ "$soak" -gt 0 ]; then
  echo "soak: ${soak}s of POST, RSS (MiB) every 30 s:"
  run "$soak" event.lua http://127.0.0.1:5091 > "$work/soak.txt" &
  soaker=$!
  pid="$(pgrep -f 'payoff.dll serve --urls http://127.0.0.1:5091' | head -1)"
  while kill -0 "$soaker" 2>/dev/null; do
    printf ' %s' "$(( $(ps -o rss= -p "$pid") / 1024 ))"
    sleep 30
  done
  echo
  echo "soak POST:  $(cat "$work/soak.txt")"
fi
for _ in $(seq 1 600); do
  lag="$(curl -s http://127.0.0.1:5091/health | grep -o '"lag":[0-9]*' | cut -d: -f2)"
  [ "$lag" = "0" ] && break
  sleep 0.5
done
kill -TERM "$serve"; wait "$serve" || true
echo "stored: $($payoff status --format json | grep -o '"events": [0-9]*')"
echo "clicks: $($payoff report links --format json | grep -o '"clicks": [0-9]*')"
rm -rf "$work"
