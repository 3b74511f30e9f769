# What the benchmark scripts share, sourced by each after `cd` to the project root:
# a scratch folder and a server that are always cleaned up, a fresh database on either
# engine, a free port, waiting for a server to be ready, and signing in through the
# sign-in form as a person does.
#
# Sets WORK (the scratch folder), PG_ADMIN_URL (BENCH_POSTGRES_ADMIN_URL or the local
# server); a script sets PID to the server it starts (start_server does), and may define
# `before_cleanup` to stop anything else it started.

PG_ADMIN_URL="${BENCH_POSTGRES_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
WORK="$(mktemp -d)"
PID=""
PG_DB=""

bench_cleanup() {
    if declare -F before_cleanup >/dev/null; then before_cleanup; fi
    if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; fi
    wait 2>/dev/null || true
    if [ -n "$PG_DB" ]; then psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null; fi
    rm -rf "$WORK"
}
trap bench_cleanup EXIT

# Stops with a message naming how to get what is missing.
require_binary() { [ -x "$1" ] || { echo "build first: $2 (not found: $1)" >&2; exit 1; }; }
require_command() { command -v "$1" >/dev/null || { echo "$1 is needed: $2" >&2; exit 1; }; }

# Sets DB to a fresh, empty database of ENGINE (sqlite or postgres), dropped on exit.
# An argument is added to the SQLite URL's query (e.g. synchronous=normal); PostgreSQL
# ignores it.
fresh_database() {
    case "$ENGINE" in
        sqlite) DB="sqlite://$WORK/apdc.db?mode=rwc${1:+&$1}" ;;
        postgres)
            PG_DB="apdc_bench_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
            psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $PG_DB" >/dev/null
            DB="${PG_ADMIN_URL%/*}/$PG_DB"
            ;;
        *) echo "engine must be sqlite or postgres" >&2; exit 2 ;;
    esac
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Waits until URL answers /readyz, for as long as the server PID runs; polls every
# INTERVAL seconds (default 0.05).
wait_ready() {
    until curl -fs -o /dev/null "$1/readyz"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
        sleep "${2:-0.05}"
    done
}

# Starts `apdc serve` on DB at PORT with any further arguments (e.g. --demo), logging to
# $WORK/server.log; sets PID and APP (the server's base URL) and waits until it is ready.
# Not to be called in a subshell: PID must stay visible to the cleanup.
start_server() {
    local port="$1"
    shift
    "$BIN" --database "$DB" serve --listen "127.0.0.1:$port" "$@" >"$WORK/server.log" 2>&1 &
    PID=$!
    APP="http://127.0.0.1:$port"
    wait_ready "$APP"
}

# Signs in at APP through the sign-in form (its CSRF token, then the form), keeping the
# session in the cookie jar JAR.
sign_in() {
    local email="$1" password="$2" jar="$3" csrf
    csrf="$(curl -fs -b "$jar" -c "$jar" "$APP/en/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)"
    curl -fs -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' \
        --data-urlencode "csrf=$csrf" --data-urlencode "email=$email" --data-urlencode "password=$password" \
        "$APP/en/login" | grep -q 303 || { echo "sign-in as $email failed" >&2; exit 1; }
}

# The code (or the field named second) of the first item of an API list at APP; the
# first argument is the path and query after /api/v1/.
first_code() {
    curl -fs "$APP/api/v1/$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["'"${2:-code}"'"])'
}

# Appends to FILE the wrk hooks that count the status codes seen across threads and
# print them ("status 200:1234"), so that a page answering errors fast does not pass.
# A script may add its own `request` function to the same file.
write_status_counter() {
    cat >>"$1" <<'LUA'
codes = {}
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function() codes = {} end
response = function(status) codes[status] = (codes[status] or 0) + 1 end
done = function()
    local total = {}
    for _, t in ipairs(threads) do
        for k, v in pairs(t:get("codes")) do total[k] = (total[k] or 0) + v end
    end
    local parts = {}
    for k, v in pairs(total) do table.insert(parts, k .. ":" .. v) end
    io.write("status " .. table.concat(parts, " ") .. "\n")
end
LUA
}
