#!/usr/bin/env bash
# Runs every test of Payoff and ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# What some tests need from Debian, installed only when missing: Chromium for the browser tests (Playwright's own
# download is not used), clang, lld and zlib's headers to publish the Native AOT CLI (NativeCliTests), and
# clickhouse-server for the ClickHouse tests (they start their own two-shard cluster on free loopback ports with
# scripts/clickhouse-cluster.sh and stop it after). Without them those tests skip here and fail on CI.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v clang > /dev/null || missing+=(clang)
command -v ld.lld > /dev/null || missing+=(lld)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ -x /usr/bin/clickhouse-server ] || [ -x /usr/sbin/clickhouse-server ] || missing+=(clickhouse-server)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  # Another apt (an unattended upgrade, a second checkout) may hold the lock: wait for it rather than give up.
  # A failed index update (one mirror down) does not stop the install from the lists already there; a failed install is
  # tried once more after a pause.
  install_missing() {
    $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 update -qq || true
    $sudo_cmd DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}"
  }
  { install_missing || { sleep 15; install_missing; }; } > /dev/null 2>&1 \
    || echo "warning: could not install ${missing[*]}; the tests that need them will fail on CI" >&2
fi

build_log="$(mktemp)"
if ! dotnet build Payoff.slnx -c Release --nologo -v quiet > "$build_log" 2>&1; then
  cat "$build_log"
  rm -f "$build_log"
  echo "0 passed, 1 failed"
  exit 1
fi
rm -f "$build_log"

log="$(mktemp)"
dotnet test Payoff.slnx -c Release --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# VSTest prints one line per test assembly: "Passed!  - Failed: 0, Passed: 141, Skipped: 0, Total: 141, …".
read -r passed failed skipped assemblies < <(grep -E "(Passed|Failed)! +- Failed:" "$log" | awk -F'[:,]' '
  { failed += $2; passed += $4; skipped += $6; n++ }
  END { printf "%d %d %d %d\n", passed, failed, skipped, n }')
rm -f "$log"

# Every test project of the solution reports one line; fewer means one crashed, hung and was killed, or did not run
# (dotnet test may still exit 0 after "Test Run Aborted"): each missing one counts as a failure.
expected_assemblies=$(grep -c "Path=\"tests/" Payoff.slnx)
if [ "${assemblies:-0}" -lt "$expected_assemblies" ]; then
  echo "$((expected_assemblies - ${assemblies:-0})) of $expected_assemblies test projects reported no result (crashed, aborted or not run)" >&2
  failed=$((failed + expected_assemblies - ${assemblies:-0}))
  status=1
fi
if [ "${skipped:-0}" -gt 0 ]; then
  echo "${passed} passed, ${failed} failed, ${skipped} skipped"
else
  echo "${passed} passed, ${failed} failed"
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
