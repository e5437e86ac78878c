# Sourced by bench/lighthouse.sh and docs/screenshots/take.sh: builds the demo workspace in a throw-away
# database (./payoff demo --db …), serves its dashboard on a free port, sets the demo login's password
# through the one-time link the demo prints (the honest way a person gets in) and signs in with curl.
# Needs: root (the checkout), sessions (demo size). Sets: work (a temp folder, removed on exit), base (the
# dashboard's URL), cookie (the signed-in Cookie header's value). The server stops when the caller exits.
work="$(mktemp -d /tmp/payoff-demo-session.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$root/payoff" demo --db "$work/demo.duckdb" --sessions "$sessions" --urls "$base" >"$work/demo.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  if grep -q "/invite?token=" "$work/demo.log" 2>/dev/null && curl -fs -o /dev/null "$base/login"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$work/demo.log" >&2; echo "demo-session: ./payoff demo stopped." >&2; exit 1; fi
  sleep 1
done
link="$(grep -o "$base/invite?token=[A-Za-z0-9_.%-]*" "$work/demo.log" | head -1)"
[ -n "$link" ] || { cat "$work/demo.log" >&2; echo "demo-session: the demo printed no password link." >&2; exit 1; }

# The demo login's password, set through the link, then a sign-in: both forms carry an anti-forgery token.
jar="$work/cookies.txt"
password="lighthouse-$(date +%s)-password"
token() { grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/' | python3 -c 'import html,sys; print(html.unescape(sys.stdin.read().strip()))'; }
t="$(curl -fsS -c "$jar" -b "$jar" "$link" | token)"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$t" --data-urlencode "_handler=password" \
  --data-urlencode "Form.Password=$password" --data-urlencode "Form.Repeat=$password" "$link"
t="$(curl -fsS -c "$jar" -b "$jar" "$base/login" | token)"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$t" --data-urlencode "_handler=login" \
  --data-urlencode "Form.Email=demo@payoff.local" --data-urlencode "Form.Password=$password" "$base/login"
cookie="$(awk -F'\t' 'NF >= 7 && $6 != "" { printf "%s%s=%s", sep, $6, $7; sep="; " }' <(sed 's/^#HttpOnly_//' "$jar"))"
overview="$(curl -fsS -H "Cookie: $cookie" "$base/")"
if [[ "$overview" != *'<nav class="pages"'* ]]; then
  echo "demo-session: signing in failed (the overview did not show the signed-in navigation)." >&2; exit 1
fi
