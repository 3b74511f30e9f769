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
source bench/lib.sh
require_binary "$BIN" "cargo build --release -p apdc"
fresh_database
PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
now_ms() { date +%s%3N; }

# Starts the server and waits for /readyz; sets ELAPSED to the milliseconds it took.
# (Not called in a subshell: PID must stay visible to `stop`.)
start() {
    local started
    started=$(now_ms)
    "$BIN" --database "$DB" serve --demo --listen "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
    PID=$!
    wait_ready "$BASE" 0.005
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
