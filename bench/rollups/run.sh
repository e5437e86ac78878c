#!/usr/bin/env bash
# The rollup property test at large sizes: random workspaces, imports, collect batches, undos and time-zone changes,
# each step's rollup reads compared with raw reads and the kept rollups with a rebuild. ./test.sh runs it small.
# Usage: bench/rollups/run.sh   (PAYOFF_ROLLUP_SEEDS=20 PAYOFF_ROLLUP_STEPS=40 PAYOFF_ROLLUP_EVENTS=200; about 10 min on the shared 2-core VM)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export PAYOFF_ROLLUP_SEEDS="${PAYOFF_ROLLUP_SEEDS:-20}"
export PAYOFF_ROLLUP_STEPS="${PAYOFF_ROLLUP_STEPS:-40}"
export PAYOFF_ROLLUP_EVENTS="${PAYOFF_ROLLUP_EVENTS:-200}"
echo "seeds $PAYOFF_ROLLUP_SEEDS, steps $PAYOFF_ROLLUP_STEPS, events per write up to $PAYOFF_ROLLUP_EVENTS"
start=$(date +%s)
dotnet test tests/Payoff.Storage.Tests -c Release --nologo -v quiet --filter "FullyQualifiedName~RollupPropertyTests" --logger "console;verbosity=normal"
echo "passed in $(( $(date +%s) - start )) s (build included)"
