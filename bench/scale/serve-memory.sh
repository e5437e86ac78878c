#!/usr/bin/env bash
# Peak memory of `payoff serve` on a large database: invites an owner with `payoff user add`, accepts the invitation
# over HTTP (which signs in), opens the pages cold (/, /sources, a network page, /roi over 30 days and 12 months),
# then prints each page's time to first byte and the server's VmHWM (peak resident set) from /proc/PID/status.
# Usage: bench/scale/serve-memory.sh DB [PORT]   (e.g. the Scale bench's bench-data/scale-100000000.duckdb)
# The dates match the Scale bench's generated year (ending 2026-11-23). The database must not be open elsewhere.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
db="$(realpath "$1")"
port="${2:-5097}"
url="http://127.0.0.1:$port"
dll="$root/src/Payoff.Cli/bin/Release/net10.0/payoff.dll"
[ -f "$dll" ] || dotnet build -c Release "$root/src/Payoff.Cli" --nologo -v quiet > /dev/null
payoff() { dotnet "$dll" --db "$db" "$@"; }
work="$(mktemp -d)"
jar="$work/cookies"
email="scale-$(date +%s)@example.com"
link="$(payoff user add "$email" --role owner --public-url "$url" | grep -o "$url/invite?token=[^[:space:]]*" | head -1)"
[ -n "$link" ] || { echo "no invitation link from payoff user add" >&2; exit 1; }

dotnet "$dll" serve --db "$db" --urls "$url" > "$work/serve.log" 2>&1 & pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -sf -o /dev/null "$url/health" && break; sleep 0.1; done
echo "serve (pid $pid) up; VmRSS $(awk '/VmRSS/ {print $2, $3}' /proc/$pid/status)"

page="$(curl -sf -c "$jar" -b "$jar" "$link")"
token="$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')"
status="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$link" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=password" \
  --data-urlencode "Form.Password=a long benchmark password" --data-urlencode "Form.Repeat=a long benchmark password")"
[ "$status" = 302 ] || [ "$status" = 200 ] || { echo "accepting the invitation answered $status" >&2; exit 1; }

month="from=2026-10-25&to=2026-11-23"
year="from=2025-11-24&to=2026-11-23"
echo "| page | HTTP | time to first byte (ms) | total (ms) | VmHWM after (MiB) |"
echo "|---|---:|---:|---:|---:|"
for path in "/?$month" "/?$year" "/sources?$month" "/sources?$year" "/network?n=Facebook&$month" "/network?n=Facebook&$year" "/roi?$month" "/roi?$year"; do
  read -r code ttfb total < <(curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_starttransfer} %{time_total}\n' "$url$path")
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
  hwm="$(awk '/VmHWM/ {print $2}' /proc/$pid/status)"
  printf '| `%s` | %s | %.0f | %.0f | %.0f |\n' "$path" "$code" "$(echo "$ttfb*1000" | bc)" "$(echo "$total*1000" | bc)" "$(echo "$hwm/1024" | bc -l)"
done
grep -E 'VmHWM|VmRSS' /proc/$pid/status
