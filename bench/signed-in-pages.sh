#!/usr/bin/env bash
# Rendered pages for a signed-in reader under concurrent load: every request of a
# signed-in user is rendered (the response cache serves anonymous readers only), so
# this is what staff, focal points and donors get.
#
#   1. seeds a fresh database with `apdc seed --demo --scale N` (default 1, the demo);
#   2. creates a programme officer, waits for the server's first computation of the
#      indicators, and signs in through the sign-in form, keeping the session cookie;
#   3. drives each page with wrk, CONNECTIONS at a time, with that cookie: requests per
#      second, p50 and p99 latency, and the status codes seen (all must be 200).
#
# Usage: bash bench/signed-in-pages.sh [path/to/apdc] [sqlite|postgres]
#   Environment: SCALE (default 1), DURATION (seconds, default 10), CONNECTIONS
#   (default 8), THREADS (wrk threads, default 2), PAGES (space-separated paths; default
#   every public page kind and the dashboard), BENCH_POSTGRES_ADMIN_URL for postgres.
# Build first: cargo build --release -p apdc. Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${CARGO_TARGET_DIR:-target}"
BIN="${1:-$TARGET/release/apdc}"
ENGINE="${2:-sqlite}"
SCALE="${SCALE:-1}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
source bench/lib.sh
require_binary "$BIN" "cargo build --release -p apdc"
require_command wrk "apt-get install -y wrk"
fresh_database

"$BIN" --database "$DB" seed --demo --scale "$SCALE" >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
PASSWORD="bench-password-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$PASSWORD" | "$BIN" --database "$DB" user create --email bench@example.org --name "Bench Officer" \
    --role programme_officer >/dev/null

start_server "$(free_port)"

# The server counts computed indicators once at start (seconds at scale 100, on one
# core): the pages are measured after that, in the steady state.
for _ in $(seq 1 600); do
    grep -q "computed indicator values" "$WORK/server.log" && break
    sleep 0.2
done

JAR="$WORK/cookies"
sign_in bench@example.org "$PASSWORD" "$JAR"
COOKIE="$(awk '$6 == "apdc_session" { print $6 "=" $7 }' "$JAR")"
[ -n "$COOKIE" ] || { echo "no session cookie" >&2; exit 1; }

PROJECT="$(first_code "projects?per_page=1&page=3")"
INDICATOR="$(first_code "indicators?per_page=1")"
PAGES="${PAGES:-/en/ /en/members /en/members/KE /en/projects /en/projects/$PROJECT /en/results /en/results/$INDICATOR}"

write_status_counter "$WORK/status.lua"

echo "### Signed-in pages — $ENGINE, scale $SCALE ($(date +%F))"
echo
echo "Command: \`SCALE=$SCALE DURATION=$DURATION CONNECTIONS=$CONNECTIONS bash bench/signed-in-pages.sh $BIN $ENGINE\`"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk and apdc on the same machine; signed in as a programme officer."
echo
echo "| page | requests/s | p50 (ms) | p99 (ms) | statuses |"
echo "| --- | ---: | ---: | ---: | --- |"
for page in $PAGES; do
    curl -fs -o /dev/null -H "Cookie: $COOKIE" "$APP$page" || { echo "$page does not answer 200" >&2; exit 1; }
    out="$(wrk -t"$(( THREADS < CONNECTIONS ? THREADS : CONNECTIONS ))" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Cookie: $COOKIE" -s "$WORK/status.lua" "$APP$page")"
    rps="$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')"
    ms() { echo "$out" | awk -v q="$1" '$1 == q { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 }; printf "%.2f", v }'; }
    statuses="$(echo "$out" | awk '/^status/ { $1 = ""; print }' | sed 's/^ //')"
    echo "| \`$page\` | $rps | $(ms 50%) | $(ms 99%) | $statuses |"
done
echo
echo "apdc resident memory after the run: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$PID/status")."
