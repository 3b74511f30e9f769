#!/usr/bin/env bash
# Checks the API against its OpenAPI document with schemathesis, on a fresh demo server:
# once anonymously, once with a staff API token (which also writes).
#
# Usage: .ci/schemathesis.sh BINARY sqlite|postgres [PG_ADMIN_URL]
# Needs schemathesis (pip install schemathesis), curl and, for postgres, psql.
set -euo pipefail
BINARY="$(realpath "${1:?usage: schemathesis.sh BINARY sqlite|postgres [PG_ADMIN_URL]}")"
ENGINE="${2:?engine: sqlite or postgres}"
PG_ADMIN_URL="${3:-postgres://postgres@127.0.0.1:5432/postgres}"
HERE="$(cd "$(dirname "$0")" && pwd)"
WORK="$(mktemp -d)"
PID=""
PG_DB=""
cleanup() {
    if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    if [ -n "$PG_DB" ]; then psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

case "$ENGINE" in
    sqlite) DB="sqlite://$WORK/apdc.db?mode=rwc" ;;
    postgres)
        PG_DB="apdc_st_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
        psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $PG_DB" >/dev/null
        DB="${PG_ADMIN_URL%/*}/$PG_DB"
        ;;
    *) echo "engine must be sqlite or postgres" >&2; exit 2 ;;
esac

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$BINARY" --database "$DB" serve --demo --listen "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/readyz" && break
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.2
done
TOKEN="$("$BINARY" --database "$DB" user token --email admin@demo.apdc.invalid --name "API contract check")"

status=0
run() {
    local who="$1"; shift
    echo "schemathesis ($ENGINE, $who)"
    # One worker: Python 3.11's parser is not safe to call from several threads at once,
    # and schemathesis describes its generators by parsing source on each worker thread
    # (a spurious "AST constructor recursion depth mismatch" error).
    st --config-file "$HERE/schemathesis.toml" run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
        --workers 1 --no-color "$@" >"$WORK/st-$who.log" 2>&1 || status=1
    # The summary: operations, phases, failures and the number of test cases.
    sed -n '/=== SUMMARY ===/,$p' "$WORK/st-$who.log"
    [ "$status" -eq 0 ] || { sed -n '1,/=== SUMMARY ===/p' "$WORK/st-$who.log" | head -n 300; }
}
run anonymous
run staff -H "Authorization: Bearer $TOKEN"
if grep -E "ERROR|panicked" "$WORK/server.log" >/dev/null; then
    echo "the server logged errors:" >&2
    grep -E "ERROR|panicked" "$WORK/server.log" | head -n 20 >&2
    status=1
fi
exit "$status"
