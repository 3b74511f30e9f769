#!/usr/bin/env bash
# Import benchmark: a ROWS-row participant workbook (XLSX, default 10 000 rows) uploaded
# through the real HTTP application, as staff do: upload and preview, then apply. Times
# each step, checks the preview's counts and what was written.
#
# Usage: bash bench/import-participants.sh [path/to/apdc] [sqlite|postgres]
#   Environment: ROWS (default 10000), SQLITE_SYNCHRONOUS (full, the default, or normal:
#   added to the SQLite URL), BENCH_POSTGRES_ADMIN_URL for postgres.
# Build first: cargo build --release -p apdc && cargo build --release -p apdc-web --example participant_sheet
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${CARGO_TARGET_DIR:-target}"
BIN="${1:-$TARGET/release/apdc}"
ENGINE="${2:-sqlite}"
ROWS="${ROWS:-10000}"
SYNCHRONOUS="${SQLITE_SYNCHRONOUS:-full}"
SHEET_BIN="$TARGET/release/examples/participant_sheet"
source bench/lib.sh
require_binary "$BIN" "cargo build --release -p apdc"
require_binary "$SHEET_BIN" "cargo build --release -p apdc-web --example participant_sheet"
fresh_database "synchronous=$SYNCHRONOUS"
"$SHEET_BIN" "$ROWS" "$WORK/participants.xlsx"
start_server "$(free_port)" --demo
PASSWORD="$(sed -n 's/.* with password \([^ ]*\)$/\1/p' "$WORK/server.log" | head -1)"
EMAIL="$(sed -n 's/.* as \([^ ]*\) with password .*/\1/p' "$WORK/server.log" | head -1)"
JAR="$WORK/cookies"
csrf() { curl -fs -b "$JAR" -c "$JAR" "$1" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1; }
sign_in "$EMAIL" "$PASSWORD" "$JAR"
ACTIVITY="$(first_code "activities?per_page=1&status=open" id)"
token="$(csrf "$APP/en/admin/activities/$ACTIVITY/import")"
t0=$(date +%s%N)
preview_url="$(curl -fs -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" -F "csrf=$token" \
    -F "default_status=nominated" -F "file=@$WORK/participants.xlsx" "$APP/en/admin/activities/$ACTIVITY/import")"
t1=$(date +%s%N)
curl -fs -b "$JAR" -c "$JAR" "$preview_url" -o "$WORK/preview.html"
t2=$(date +%s%N)
grep -q "<strong>$ROWS</strong> new people to enrol" "$WORK/preview.html" || {
    echo "unexpected preview:" >&2; grep -o '<li><strong>[0-9]*</strong>[^<]*' "$WORK/preview.html" >&2; exit 1; }
token="$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$WORK/preview.html" | head -1)"
curl -fs -b "$JAR" -c "$JAR" --data-urlencode "csrf=$token" "$preview_url/apply" -o "$WORK/applied.html"
t3=$(date +%s%N)
grep -q "$ROWS people added, $ROWS enrolments" "$WORK/applied.html" || { echo "import not applied" >&2; exit 1; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
size=$(stat -c %s "$WORK/participants.xlsx")
cat <<REPORT
### Participant import — $ENGINE, $ROWS rows ($(date -u +%Y-%m-%d))

Command: \`ROWS=$ROWS SQLITE_SYNCHRONOUS=$SYNCHRONOUS bash bench/import-participants.sh target/release/apdc $ENGINE\` (release build)
Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo). Workbook: $size bytes, French headers mapped automatically, release build, demo data loaded.

| step | time (ms) |
| --- | ---: |
| upload (read the workbook, keep it pending) | $(ms "$t0" "$t1") |
| preview (check every row, classify against the database) | $(ms "$t1" "$t2") |
| apply (all rows in one transaction) | $(ms "$t2" "$t3") |
| **total** | **$(ms "$t0" "$t3")** |
REPORT
