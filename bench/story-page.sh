#!/usr/bin/env bash
# A story page rendered for every request, under load.
#
#   1. seeds a fresh database with the demonstration data (a dozen stories, several
#      led by a picture, in the five languages);
#   2. drives five story pages (one per language, with and without a lead image, a
#      translation behind its source, one shown in its source language) with wrk, first
#      one connection at a time (the time one rendering takes) and then CONNECTIONS at a
#      time. The requests carry a session cookie the server does not know, so the
#      response cache never answers: every request reads the story and its links from
#      the database and renders the page;
#   3. prints requests per second, p50, p99 and the status codes seen (all must be 200).
#
# Usage: bash bench/story-page.sh [path/to/apdc] [sqlite|postgres]
#   Environment: DURATION (seconds, default 15), CONNECTIONS (default 8), THREADS (wrk
#   threads, default 2), BENCH_POSTGRES_ADMIN_URL for postgres.
# Build first: cargo build --release -p apdc. Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${CARGO_TARGET_DIR:-target}"
BIN="${1:-$TARGET/release/apdc}"
ENGINE="${2:-sqlite}"
DURATION="${DURATION:-15}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
source bench/lib.sh
require_binary "$BIN" "cargo build --release -p apdc"
require_command wrk "apt-get install -y wrk"
fresh_database

"$BIN" --database "$DB" seed --demo >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
start_server "$(free_port)"

cat >"$WORK/stories.lua" <<'LUA'
pages = {
    "/en/stories/solar-water-heaters-kenya",
    "/fr/stories/solar-water-heaters-kenya",
    "/ar/stories/water-standards-jordan",
    "/es/stories/metrologia-peru-laboratorios",
    "/ru/stories/fiji-food-safety-webinars",
}
LUA
write_status_counter "$WORK/stories.lua"
cat >>"$WORK/stories.lua" <<'LUA'
local counter = 0
request = function()
    counter = counter + 1
    return wrk.format("GET", pages[(counter % #pages) + 1], { ["Cookie"] = "apdc_session=benchmark-without-a-session" })
end
LUA

# Every page answers, with its picture where it has one.
python3 - "$APP" <<'PY'
import sys, urllib.request
for path in ["/en/stories/solar-water-heaters-kenya", "/ar/stories/water-standards-jordan", "/es/stories/metrologia-peru-laboratorios", "/ru/stories/fiji-food-safety-webinars"]:
    html = urllib.request.urlopen(sys.argv[1] + path).read().decode()
    print("# %s: %d bytes, %s" % (path, len(html), "lead image" if 'class="lead-image"' in html else "no image"), file=sys.stderr)
PY

to_ms() { python3 -c 'import sys,re; v=sys.argv[1]; m=re.match(r"([\d.]+)(us|ms|s)", v); n=float(m.group(1)); print(round(n/1000 if m.group(2)=="us" else n*1000 if m.group(2)=="s" else n, 2))' "$1"; }
row() {
    local connections="$1" threads="$2"
    local out
    out="$(wrk -t"$threads" -c"$connections" -d"${DURATION}s" --latency -s "$WORK/stories.lua" "$APP")"
    echo "| $connections | $(awk '/Requests\/sec/ {print $2}' <<<"$out") | $(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")") | $(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")") | $(awk '/^status/ {$1=""; print}' <<<"$out") |"
}

echo "### Story page, rendered for every request — $ENGINE ($(date +%F))"
echo
echo "Command: \`DURATION=$DURATION CONNECTIONS=$CONNECTIONS bash bench/story-page.sh $BIN $ENGINE\`"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk and apdc on the same machine; demonstration data."
echo
echo "| connections | requests/s | p50 (ms) | p99 (ms) | statuses |"
echo "| ---: | ---: | ---: | ---: | --- |"
row 1 1
row "$CONNECTIONS" "$THREADS"
echo
echo "Target: one story page rendered uncached in < 5 ms."
