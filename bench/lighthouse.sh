#!/usr/bin/env bash
# Lighthouse (npm, 12.x; runs on Node 20) against Debian's Chromium on the demo dashboard, signed in.
#
#   bench/lighthouse.sh            # overview, sources, network, goals; desktop preset and mobile default
#
# It builds the demo workspace in a throw-away database (./payoff demo --db …), starts its dashboard on a
# free port, sets the demo login's password through the one-time link the demo prints (the honest way a
# person gets in), signs in with curl, and hands the session cookie to Lighthouse with --extra-headers.
# Prints accessibility, best-practices and performance scores and the largest contentful paint per page,
# then the LCP of a cached overview (a second load in the same Chrome, the disk cache kept).
# Targets (issue 15 §7): accessibility ≥ 95, best practices ≥ 95, LCP of a cached overview < 1 s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lh_dir="$root/bench/.lighthouse"
lh="$lh_dir/node_modules/.bin/lighthouse"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
flags="--headless=new --no-sandbox --disable-gpu"
sessions="${SESSIONS:-210000}"

if [ ! -x "$lh" ]; then
  echo "Installing Lighthouse 12.8.2 into bench/.lighthouse …" >&2
  npm install --prefix "$lh_dir" --no-audit --no-fund lighthouse@12.8.2 >&2
fi


# The demo dashboard on a free port, signed in: sets work, base and cookie (and stops the server on exit).
source "$root/bench/demo-session.sh"
headers="$(python3 -c 'import json,sys; print(json.dumps({"Cookie": sys.argv[1]}))' "$cookie")"

score() { # report.json → "a11y bp perf lcp_ms"
  python3 - "$1" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["categories"]
lcp = r["audits"]["largest-contentful-paint"].get("numericValue") or 0
print(f'{round(c["accessibility"]["score"]*100):>4} {round(c["best-practices"]["score"]*100):>4} {round(c["performance"]["score"]*100):>4} {lcp:>7.0f} ms')
EOF
}
failed() { # the audits that lost points in accessibility and best practices
  python3 - "$1" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
for cat in ("accessibility", "best-practices"):
    for ref in r["categories"][cat]["auditRefs"]:
        a = r["audits"][ref["id"]]
        if ref["weight"] > 0 and a.get("score") is not None and a["score"] < 1:
            print(f'      {cat}: {a["id"]} — {a["title"]}')
            for item in (a.get("details") or {}).get("items", [])[:4]:
                node = item.get("node") or {}
                print(f'        {node.get("selector", "")} {node.get("snippet", "")[:100]}')
EOF
}

echo "Lighthouse $("$lh" --version) · Chromium $("$CHROME_PATH" --version 2>/dev/null | awk '{print $2}') · $(date -u +%Y-%m-%dT%H:%MZ) · $(nproc) cores, $(uname -m)"
printf '%-10s %-24s %4s %4s %4s %10s\n' preset page a11y bp perf LCP
for preset in desktop mobile; do
  for path in "/" "/sources" "/network?n=facebook" "/goals"; do
    out="$work/report.json"
    extra=()
    [ "$preset" = desktop ] && extra=(--preset=desktop)
    "$lh" "$base$path" "${extra[@]}" --only-categories=accessibility,best-practices,performance \
      --extra-headers="$headers" --chrome-flags="$flags" --output=json --output-path="$out" --quiet
    printf '%-10s %-24s %s\n' "$preset" "$path" "$(score "$out")"
    failed "$out"
  done
done

# A cached overview: the second load in one Chrome keeps the disk cache (--disable-storage-reset), as a
# person who opens the dashboard again would see it; desktop preset (no throttling of this machine's CPU).
profile="$work/profile"
for run in first cached; do
  "$lh" "$base/" --preset=desktop --only-categories=performance --disable-storage-reset \
    --extra-headers="$headers" --chrome-flags="$flags --user-data-dir=$profile" --output=json --output-path="$work/$run.json" --quiet
done
lcp() { python3 -c 'import json,sys; print("%.0f ms" % json.load(open(sys.argv[1]))["audits"]["largest-contentful-paint"]["numericValue"])' "$1"; }
printf 'overview (desktop, first load in a fresh profile): LCP %s\n' "$(lcp "$work/first.json")"
printf 'cached overview (desktop, second load): LCP %s\n' "$(lcp "$work/cached.json")"
