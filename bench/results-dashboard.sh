#!/usr/bin/env bash
# The whole-plan results dashboard at scale: computing the indicators, the SQL
# statements one rendering runs, and how long renderings take.
#
#   1. seeds a fresh database with `apdc seed --demo --scale N` (default 100), which
#      includes the illustrative demo plan and computes its values;
#   2. runs the `dashboard_cost` example on it: one full computation of every plan,
#      then RENDERINGS renderings of the dashboard and of one indicator page in process,
#      each with its own query string so that the response cache never answers;
#   3. starts `apdc serve` and drives the dashboard with wrk, every request with its
#      own query string (a wrk Lua script), CONNECTIONS at a time.
#
# Usage: bash bench/results-dashboard.sh [path/to/apdc] [sqlite|postgres]
#   Environment: SCALE (default 100), RENDERINGS (default 200), DURATION (seconds,
#   default 20), CONNECTIONS (default 4), BENCH_POSTGRES_ADMIN_URL for postgres.
# Build first: cargo build --release -p apdc && cargo build --release -p apdc-web --example dashboard_cost
# Needs wrk (Debian: apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${CARGO_TARGET_DIR:-target}"
BIN="${1:-$TARGET/release/apdc}"
ENGINE="${2:-sqlite}"
COST="$TARGET/release/examples/dashboard_cost"
SCALE="${SCALE:-100}"
RENDERINGS="${RENDERINGS:-200}"
DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-4}"
source bench/lib.sh
require_binary "$BIN" "cargo build --release -p apdc"
require_binary "$COST" "cargo build --release -p apdc-web --example dashboard_cost"
require_command wrk "apt-get install -y wrk"
fresh_database

seed_started=$(date +%s)
"$BIN" --database "$DB" seed --demo --scale "$SCALE" >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
echo "seed --demo --scale $SCALE ($ENGINE): $(( $(date +%s) - seed_started )) s; $(tail -n 1 "$WORK/seed.log")"

"$COST" "$DB" "$RENDERINGS" /en/results
start_server "$(free_port)"
CODE="$(first_code "indicators?per_page=1")"
"$COST" "$DB" "$RENDERINGS" "/en/results/$CODE"

cat >"$WORK/unique.lua" <<'LUA'
-- Every request gets its own query string, so the response cache never answers.
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", wrk.path .. "?bench=" .. n)
end
LUA
echo "wrk: $CONNECTIONS connections, ${DURATION} s, uncached renderings of /en/results"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/unique.lua" "$APP/en/results" | grep -E "Latency|50%|75%|90%|99%|Requests/sec|requests in"
