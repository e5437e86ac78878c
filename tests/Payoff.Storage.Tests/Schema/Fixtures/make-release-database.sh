#!/usr/bin/env bash
# Writes release-v10.duckdb.gz: a small database written by a released Payoff (schema version 10), for
# the upgrade-in-place test (MigrationUpgradeTests). Run it with the payoff of the release being frozen,
# never with a newer one: the point is a file the old code wrote.
#
#   tests/Payoff.Storage.Tests/Schema/Fixtures/make-release-database.sh "dotnet /path/to/release/payoff.dll"
#
# It also writes release-v10.sources.json, the release's own sources report of the file (what the
# upgraded file must still give). Row counts (release-v10.counts.txt) are written by the test with
# PAYOFF_UPDATE_SCHEMA=1 from the un-upgraded file.
set -euo pipefail
payoff="${1:?the released payoff command, e.g. \"dotnet /tmp/release/payoff.dll\"}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="$here/../../../Payoff.Import.Tests/Data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/release.duckdb"
run() { $payoff --db "$db" "$@" >/dev/null; }

cat > "$work/events.csv" <<'CSV'
event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name
a1,2026-05-02T09:00:00Z,va,pageview,https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=Announcements,,,,,
a2,2026-05-02T09:03:00Z,va,lead,https://shop.example.com/contact,,,,CA,form
a3,2026-05-09T10:00:00Z,,customer,,,250.00,USD,CA,order
b1,2026-05-03T09:00:00Z,vb,pageview,https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=Groups,,,,,
b2,2026-05-03T09:05:00Z,vb,conversion,https://shop.example.com/newsletter,,,,,newsletter
c1,2026-05-03T09:00:00Z,vc,pageview,https://shop.example.com/,https://l.facebook.com/l.php,,,,
c2,2026-05-04T09:00:00Z,vc,pageview,https://shop.example.com/,https://l.facebook.com/l.php,,,,
d1,2026-05-05T09:00:00Z,vd,pageview,https://shop.example.com/?utm_source=fb&utm_medium=paid_social&utm_campaign=Spring%20Sale,,,,,
d2,2026-05-05T09:10:00Z,vd,lead,https://shop.example.com/contact,,,,CD,form
d3,2026-05-20T11:00:00Z,,customer,,,99.90,EUR,CD,order
e1,2026-05-06T18:00:00Z,ve,pageview,https://shop.example.com/pricing,https://www.google.com/,,,,
CSV
cat > "$work/contacts.csv" <<'CSV'
contact_id,created_at,lead_at,customer_at,revenue,currency
CA,2026-05-02,2026-05-02,2026-05-09,250.00,USD
CD,2026-05-05,2026-05-05,2026-05-20,99.90,EUR
CX,2026-05-12,2026-05-12,,,
CSV
cat > "$work/metrics.csv" <<'CSV'
date,network,metric,value,account
2026-05-01,LinkedIn,followers,1200,acme
2026-05-31,LinkedIn,followers,1260,acme
2026-05-01,Facebook,followers,800,acme
2026-05-31,Facebook,followers,815,acme
CSV
cat > "$work/costs-may.csv" <<'CSV'
date,network,campaign,amount,currency,impressions,clicks,conversions
2026-05-01,LinkedIn,Announcements,40.00,USD,2000,30,1
2026-05-02,LinkedIn,Announcements,35.50,USD,1800,25,
2026-05-03,LinkedIn,Groups,12.25,USD,600,9,
CSV
# The same days again with new amounts: replaces (archives the first rows in costs_replaced).
cat > "$work/costs-may-restated.csv" <<'CSV'
date,network,campaign,amount,currency,impressions,clicks,conversions
2026-05-02,LinkedIn,Announcements,36.00,USD,1810,26,
2026-05-03,LinkedIn,Groups,12.25,USD,600,9,1
CSV
cat > "$work/undone.csv" <<'CSV'
date,network,metric,value,account
2026-04-01,X,followers,50,acme
CSV
printf 'path,conversions,value,nulls\nLinkedIn > Facebook,3,300,10\nFacebook,2,120,30\n' > "$work/journeys.csv"

run workspace set --time-zone Europe/Berlin --currency EUR
run currency rate USD 0.9
run import events "$work/events.csv"
run import contacts "$work/contacts.csv"
run import metrics "$work/metrics.csv"
run import costs "$work/costs-may.csv"
run import costs "$work/costs-may-restated.csv"
run import meta-ads "$data/Meta/ads-daily.csv"
run import meta-posts "$data/Meta/facebook-posts.csv"
run import ga4-traffic "$data/GA4/traffic-channel-may.csv"
run import journeys "$work/journeys.csv"
undo_id="$($payoff --db "$db" import metrics "$work/undone.csv" --format json | sed -n 's/.*"importId": *\([0-9]*\).*/\1/p')"
run imports undo "$undo_id"
run goal add --name "More LinkedIn followers" --metric followers --network LinkedIn --target 1500 --start 2026-05-01 --deadline 2026-12-31 --budget 500
run site add shop.example.com
run link create --to https://shop.example.com/spring --network linkedin --campaign Spring --slug spring
link="$($payoff --db "$db" user add owner@example.com --role Owner --public-url http://127.0.0.1:5097 | grep -o 'http://127.0.0.1:5097/invite?token=[^ ]*')"
run key create "shop backend" --scope write
run time rate 60
run time log --network LinkedIn --hours 1.5 --date 2026-05-04 --note "post scheduling"
run time recur --network Facebook --minutes 30 --days weekdays --from 2026-05-01
run fee add --name Scheduler --monthly 29 --networks "Facebook,LinkedIn" --from 2026-05
run value set newsletter 5
run workspace add client-b

# The owner accepts the invitation on the dashboard: a user with a password hash, a membership and a stamp.
$payoff --db "$db" serve --urls http://127.0.0.1:5097 >/dev/null 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -fs http://127.0.0.1:5097/health >/dev/null && break; sleep 0.5; done
page="$(curl -fs -c "$work/cookies" "$link")"
token="$(printf '%s' "$page" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
curl -fs -b "$work/cookies" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=password" \
  --data-urlencode "Form.Password=correct horse battery staple" --data-urlencode "Form.Repeat=correct horse battery staple" "$link"
kill "$server"; wait "$server" || true
$payoff --db "$db" user list | grep -q owner@example.com || { echo "the invitation was not accepted" >&2; exit 1; }

$payoff --db "$db" report sources --from 2026-05-01 --to 2026-05-31 --format json > "$here/release-v10.sources.json"
# CHECKPOINT: the file alone (no .wal) holds everything.
$payoff --db "$db" status >/dev/null
test ! -e "$db.wal" || { echo "a WAL file is left beside the database" >&2; exit 1; }
gzip -9 -n -c "$db" > "$here/release-v10.duckdb.gz"
ls -l "$here"
