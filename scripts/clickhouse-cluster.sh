#!/usr/bin/env bash
# Payoff's two-shard ClickHouse cluster on loopback, for tests, benchmarks and development (docs/SCALE.md).
#
#   scripts/clickhouse-cluster.sh start DIR [BASE]   start two clickhouse-server processes with their data in DIR/shard1 and
#                                                    DIR/shard2: HTTP on BASE and BASE+1 (default 18123, 18124), native TCP
#                                                    on BASE+877 and BASE+878, cluster "payoff"; waits for both to answer
#   scripts/clickhouse-cluster.sh stop DIR           stop them (SIGTERM, then SIGKILL after 20 s)
#   scripts/clickhouse-cluster.sh stop-shard DIR N   stop shard N only (fault tests);  start-shard DIR N  starts it again
#
# Prints the store address of the cluster on success: clickhouse://127.0.0.1:BASE/payoff?cluster=payoff
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command="${1:?usage: clickhouse-cluster.sh start|stop|start-shard|stop-shard DIR [BASE|N]}"
dir="${2:?give the folder of the cluster}"
server="$(command -v clickhouse-server || true)"

wait_ping() {
  local port="$1"
  for _ in $(seq 1 150); do
    if [ "$(curl -s --max-time 1 "http://127.0.0.1:${port}/ping" || true)" = "Ok." ]; then return 0; fi
    sleep 0.2
  done
  return 1
}

start_shard() {
  local n="$1" base
  base="$(cat "$dir/base")"
  local shard="$dir/shard$n"
  mkdir -p "$shard/log" "$shard/data" "$shard/tmp" "$shard/user_files" "$shard/format_schemas"
  sed -e "s|@DIR@|$shard|g" -e "s|@HTTP@|$((base + n - 1))|g" -e "s|@TCP@|$((base + 876 + n))|g" \
      -e "s|@INTERSERVER@|$((base + 1876 + n))|g" -e "s|@TCP1@|$((base + 877))|g" -e "s|@TCP2@|$((base + 878))|g" \
      -e "s|@SHARD@|$n|g" -e "s|@USERS@|$here/deploy/clickhouse/users.xml|g" \
      "$here/deploy/clickhouse/server.xml.in" > "$shard/config.xml"
  # The server alone holds the log; nothing keeps this script's output open (callers read it to its end).
  ( cd "$shard" && exec setsid "$server" --config-file="$shard/config.xml" ) < /dev/null > "$shard/log/stdout.log" 2>&1 &
  echo $! > "$shard/pid"
  if ! wait_ping "$((base + n - 1))"; then
    echo "clickhouse-server shard $n did not answer on 127.0.0.1:$((base + n - 1)); see $shard/log" >&2
    tail -20 "$shard/log/stdout.log" "$shard/log/error.log" >&2 2>/dev/null || true
    return 1
  fi
}

stop_shard() {
  local pidfile="$dir/shard$1/pid"
  [ -f "$pidfile" ] || return 0
  local pid
  pid="$(cat "$pidfile")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

case "$command" in
  start)
    if [ -z "$server" ]; then echo "clickhouse-server is not installed (apt-get install clickhouse-server)" >&2; exit 2; fi
    mkdir -p "$dir"
    echo "${3:-18123}" > "$dir/base"
    start_shard 1
    start_shard 2
    echo "clickhouse://127.0.0.1:$(cat "$dir/base")/payoff?cluster=payoff"
    ;;
  start-shard) start_shard "${3:?shard 1 or 2}" ;;
  stop-shard) stop_shard "${3:?shard 1 or 2}" ;;
  stop) stop_shard 1; stop_shard 2 ;;
  *) echo "unknown command $command" >&2; exit 2 ;;
esac
