#!/usr/bin/env bash
# Small writes under concurrency: CONNECTIONS clients create projects through the JSON
# API (one transaction each: the project, its text, its audit entry) for DURATION
# seconds, with a staff API token. Prints acknowledged writes per second and their
# latency, then checks that every acknowledged write is in the database.
#
# Usage: bash bench/concurrent-writes.sh [path/to/apdc] [sqlite|postgres]
#   Environment: CONNECTIONS (default 8), DURATION (seconds, default 10),
#   SQLITE_SYNCHRONOUS (full, the default, or normal: added to the SQLite URL),
#   BENCH_POSTGRES_ADMIN_URL for postgres.
# Build first: cargo build --release -p apdc. Needs wrk (Debian: apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${CARGO_TARGET_DIR:-target}"
BIN="${1:-$TARGET/release/apdc}"
ENGINE="${2:-sqlite}"
CONNECTIONS="${CONNECTIONS:-8}"
DURATION="${DURATION:-10}"
SYNCHRONOUS="${SQLITE_SYNCHRONOUS:-full}"
source bench/lib.sh
require_binary "$BIN" "cargo build --release -p apdc"
require_command wrk "apt-get install -y wrk"

case "$ENGINE" in
    sqlite)
        fresh_database "synchronous=$SYNCHRONOUS"
        count() { sqlite3 "$WORK/apdc.db" "$1"; }
        SETTING="synchronous=$SYNCHRONOUS"
        CHOSEN="SQLITE_SYNCHRONOUS=$SYNCHRONOUS "
        ;;
    postgres)
        fresh_database
        count() { psql -qtA "$DB" -c "$1"; }
        CHOSEN=""
        SETTING="synchronous_commit=$(psql -qtA "$PG_ADMIN_URL" -c 'SHOW synchronous_commit'), fsync=$(psql -qtA "$PG_ADMIN_URL" -c 'SHOW fsync')"
        ;;
    *) echo "engine must be sqlite or postgres" >&2; exit 2 ;;
esac
"$BIN" --database "$DB" seed --demo >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
echo "write benchmark password $$" | "$BIN" --database "$DB" user create --email bench@example.org \
    --name "Write benchmark" --role programme_officer >/dev/null
TOKEN="$("$BIN" --database "$DB" user token --email bench@example.org --name "write benchmark")"
start_server "$(free_port)"

# Every request creates a project with a code of its own (thread number and counter).
cat >"$WORK/writes.lua" <<'LUA'
local threads = {}
function setup(thread)
    table.insert(threads, thread)
    thread:set("tid", #threads)
end
function init(args)
    counter, created, failed = 0, 0, 0
    token = os.getenv("TOKEN")
end
function request()
    counter = counter + 1
    local body = string.format(
        '{"code":"BENCH-%d-%d","status":"implementation","scope":"global","public":true,"title_en":"Write benchmark %d-%d"}',
        tid, counter, tid, counter)
    return wrk.format("POST", "/api/v1/projects",
        { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
function response(status, headers, body)
    if status == 201 then created = created + 1 else failed = failed + 1 end
end
function done(summary, latency, requests)
    local c, f = 0, 0
    for _, t in ipairs(threads) do c = c + t:get("created"); f = f + t:get("failed") end
    io.write(string.format("RESULT created=%d failed=%d rate=%.1f p50=%.2f p90=%.2f p99=%.2f\n",
        c, f, c / (summary.duration / 1e6), latency:percentile(50) / 1000,
        latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
LUA
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))
TOKEN="$TOKEN" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$WORK/writes.lua" "$APP" >"$WORK/wrk.txt"
line="$(grep '^RESULT ' "$WORK/wrk.txt")" || { cat "$WORK/wrk.txt" >&2; exit 1; }
eval "${line#RESULT }"
stored="$(count "SELECT COUNT(*) FROM projects WHERE code LIKE 'BENCH-%'")"
[ "$failed" -eq 0 ] || { echo "$failed writes were refused" >&2; tail -n 20 "$WORK/server.log" >&2; exit 1; }
# Requests still in flight when wrk stops may be stored without being counted, never fewer.
[ "$stored" -ge "$created" ] || { echo "$created writes acknowledged but $stored stored" >&2; exit 1; }
cat <<REPORT
### Concurrent API writes — $ENGINE ($SETTING), $CONNECTIONS connections ($(date -u +%Y-%m-%d))

Command: \`CONNECTIONS=$CONNECTIONS DURATION=$DURATION ${CHOSEN}bash bench/concurrent-writes.sh target/release/apdc $ENGINE\` (release build)
Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk and apdc on the same machine. Demo data loaded.

| measure | result |
| --- | ---: |
| projects created (201), $DURATION s | $created |
| acknowledged writes per second | $rate |
| latency p50 / p90 / p99 (ms) | $p50 / $p90 / $p99 |
| rows stored (every acknowledged write is there) | $stored |
REPORT
