#!/usr/bin/env bash
# Measures, on this machine, with the release binary and the demo data:
#   - cold start: from exec to the first successful /readyz (10 runs, database already
#     migrated and seeded; and once on an empty database, which includes migration and
#     loading the reference data);
#   - idle memory: resident set size after every public page has been served once;
#   - page weight: bytes transferred for each public page with Brotli, plus the stylesheet.
# Usage: bash bench/startup-memory-weight.sh [path/to/apdc] [sqlite|postgres]
#   Prints a Markdown report. For postgres, a fresh database is created and dropped on
#   the server named by BENCH_POSTGRES_ADMIN_URL (default: the local server).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-${CARGO_TARGET_DIR:-target}/release/apdc}"
ENGINE="${2:-sqlite}"
PG_ADMIN_URL="${BENCH_POSTGRES_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
[ -x "$BIN" ] || { echo "build first: cargo build --release (binary not found at $BIN)" >&2; exit 1; }
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
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
now_ms() { date +%s%3N; }

# Starts the server and waits for /readyz; sets ELAPSED to the milliseconds it took.
# (Not called in a subshell: PID must stay visible to `stop`.)
start() {
    local started
    started=$(now_ms)
    "$BIN" --database "$DB" serve --demo --listen "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
    PID=$!
    until curl -fs -o /dev/null "$BASE/readyz"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
        sleep 0.005
    done
    ELAPSED=$(( $(now_ms) - started ))
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

start; first=$ELAPSED; stop
runs=()
for _ in $(seq 1 10); do start; runs+=("$ELAPSED"); stop; done
mapfile -t sorted < <(printf '%s\n' "${runs[@]}" | sort -n)

start
PAGES=(/en/ /fr/ /en/members /fr/members "/en/members?page=2" "/en/members?region=Africa&status=developing" /en/members/KE /fr/members/KE /en/login /fr/login /en/no-such-page)
declare -A weight
for page in "${PAGES[@]}"; do
    weight[$page]=$(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$BASE$page")
done
css_path=$(curl -s "$BASE/en/" | grep -o '/assets/app\.[0-9a-f]*\.css' | head -n 1)
css=$(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$BASE$css_path")
sleep 1
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$PID/status")
hwm_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$PID/status")

echo "## Start-up, memory and page weight ($ENGINE)"
echo
echo "- Command: \`bash bench/startup-memory-weight.sh \$CARGO_TARGET_DIR/release/apdc $ENGINE\`"
echo "- Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); $(date -u +%F)"
echo "- Binary: release build; $ENGINE database with the demo data."
if [ "$ENGINE" = postgres ]; then
    echo "- PostgreSQL $(psql -Atq "$PG_ADMIN_URL" -c 'SHOW server_version') on the same machine."
fi
echo
echo "| measure | result | target |"
echo "| --- | --- | --- |"
echo "| cold start, database ready (median of 10) | ${sorted[4]} ms (min ${sorted[0]}, max ${sorted[9]}) | < 1 s |"
echo "| first start on an empty database (migrate + seed + demo) | ${first} ms | — |"
echo "| idle RSS after serving every public page | $((rss_kb / 1024)) MiB ($rss_kb kB; peak $((hwm_kb / 1024)) MiB) | < 64 MB |"
echo
echo "| page (Brotli) | HTML bytes | + stylesheet | total | budget |"
echo "| --- | ---: | ---: | ---: | --- |"
for page in "${PAGES[@]}"; do
    echo "| \`$page\` | ${weight[$page]} | $css | $(( weight[$page] + css )) | ≤ 30 720 |"
done
