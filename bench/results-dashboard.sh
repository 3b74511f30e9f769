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
PG_ADMIN_URL="${BENCH_POSTGRES_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
[ -x "$BIN" ] || { echo "build first: cargo build --release (binary not found at $BIN)" >&2; exit 1; }
[ -x "$COST" ] || { echo "build first: cargo build --release -p apdc-web --example dashboard_cost" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

WORK="$(mktemp -d)"
PID=""
PG_DB=""
cleanup() {
    if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; fi
    wait 2>/dev/null || true
    if [ -n "$PG_DB" ]; then psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
case "$ENGINE" in
    sqlite) DB="sqlite://$WORK/apdc.db?mode=rwc" ;;
    postgres)
        PG_DB="apdc_bench_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
        psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $PG_DB" >/dev/null
        DB="${PG_ADMIN_URL%/*}/$PG_DB"
        ;;
    *) echo "engine must be sqlite or postgres" >&2; exit 2 ;;
esac
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

seed_started=$(date +%s)
"$BIN" --database "$DB" seed --demo --scale "$SCALE" >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
echo "seed --demo --scale $SCALE ($ENGINE): $(( $(date +%s) - seed_started )) s; $(tail -n 1 "$WORK/seed.log")"

"$COST" "$DB" "$RENDERINGS" /en/results
APP_PORT="$(free_port)"
"$BIN" --database "$DB" serve --listen "127.0.0.1:$APP_PORT" >"$WORK/server.log" 2>&1 &
PID=$!
until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/readyz"; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.05
done
APP="http://127.0.0.1:$APP_PORT"
CODE="$(curl -fs "$APP/api/v1/indicators?per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["code"])')"
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
