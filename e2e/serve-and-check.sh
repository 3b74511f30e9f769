#!/usr/bin/env bash
# Starts a throw-away apdc demo server on a loopback port against a fresh
# database, runs the browser checks (run.mjs, including the staff journey
# with the demo administrator) against it, and always cleans up afterwards.
#
# Usage: e2e/serve-and-check.sh BINARY ENGINE [PG_ADMIN_URL]
#   BINARY        the apdc executable, e.g. target/debug/apdc
#   ENGINE        sqlite | postgres
#   PG_ADMIN_URL  postgres only; a URL psql can use to create and drop the
#                 test database (default postgres://postgres@127.0.0.1:5432/postgres).
#                 Its host must be a loopback address.
#
# Exit status: that of `node run.mjs` (0 when every check passed), or 1 when
# the server could not be set up.

set -euo pipefail

readonly DEFAULT_PG_ADMIN_URL='postgres://postgres@127.0.0.1:5432/postgres'
readonly READY_TIMEOUT_SECONDS=60
readonly LOG_TAIL_LINES=60

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

say() { printf 'serve-and-check: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

usage() {
  echo "usage: $0 BINARY sqlite|postgres [PG_ADMIN_URL]" >&2
  exit 2
}

[[ $# -ge 2 && $# -le 3 ]] || usage
BINARY=$1
ENGINE=$2
PG_ADMIN_URL=${3:-$DEFAULT_PG_ADMIN_URL}
case $ENGINE in
  sqlite | postgres) ;;
  *) usage ;;
esac
[[ $ENGINE == postgres || $# -eq 2 ]] || usage

[[ -f $BINARY && -x $BINARY ]] || die "$BINARY is not an executable file"
BINARY=$(realpath "$BINARY")
for tool in curl python3 node; do
  command -v "$tool" >/dev/null || die "$tool is required but not installed"
done
[[ $ENGINE == sqlite ]] || command -v psql >/dev/null || die "psql is required for ENGINE=postgres"
command -v setsid >/dev/null || die "setsid (util-linux) is required"

# Refuses a non-loopback PostgreSQL server before anything connects to it, and
# builds the test database's URL from the admin URL (same user, host, port and
# query; the database path replaced by $1).
pg_test_url() {
  python3 "$E2E_DIR/../.ci/pg_test_url.py" "$PG_ADMIN_URL" "$1"
}
if [[ $ENGINE == postgres ]]; then
  # A random hex suffix so parallel runs never share a database.
  PG_NAME_CANDIDATE="apdc_e2e_$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  DATABASE_URL=$(pg_test_url "$PG_NAME_CANDIDATE") || die "bad PG_ADMIN_URL: $PG_ADMIN_URL"
fi

# --- state the cleanup handler works from -----------------------------------

WORK_DIR=''
SERVER_PID=''
NODE_PID=''
PG_DB_NAME=''
PASSWORD=''

# Prints the server log (or its last N lines), with the demo password masked.
show_log() {
  local lines=${1:-}
  [[ -n $WORK_DIR && -f $WORK_DIR/server.log ]] || { say "(no server log)"; return 0; }
  if [[ -n $lines ]]; then
    echo "--- last $lines lines of the server log ---" >&2
    tail -n "$lines" "$WORK_DIR/server.log" | mask >&2
  else
    echo "--- server log ---" >&2
    mask <"$WORK_DIR/server.log" >&2
  fi
  echo "--- end of server log ---" >&2
}

mask() {
  if [[ -n $PASSWORD ]]; then
    PASSWORD=$PASSWORD python3 -c '
import os, sys
secret = os.environ["PASSWORD"]
for line in sys.stdin:
    sys.stdout.write(line.replace(secret, "********"))
'
  else
    cat
  fi
}

# Signals the server's process group (see setsid below); falls back to the
# process alone if it is not a group leader.
signal_server() {
  kill "-$1" -- "-$SERVER_PID" 2>/dev/null || kill "-$1" "$SERVER_PID" 2>/dev/null
}

server_alive() {
  kill -0 -- "-$SERVER_PID" 2>/dev/null || kill -0 "$SERVER_PID" 2>/dev/null
}

cleanup() {
  local status=$?
  set +e
  if [[ -n $NODE_PID ]] && kill -0 "$NODE_PID" 2>/dev/null; then
    # Interrupted mid-run: node (playwright) closes Chromium on SIGTERM.
    kill -TERM "$NODE_PID" 2>/dev/null
    wait "$NODE_PID" 2>/dev/null
  fi
  if [[ -n $SERVER_PID ]] && server_alive; then
    signal_server TERM
    # Give the server a few seconds to shut down gracefully, then insist.
    for _ in $(seq 1 100); do
      server_alive || break
      sleep 0.1
    done
    if server_alive; then
      say "server did not stop within 10s of SIGTERM; sending SIGKILL"
      signal_server KILL
    fi
    wait "$SERVER_PID" 2>/dev/null
  fi
  if [[ -n $PG_DB_NAME ]]; then
    if ! psql "$PG_ADMIN_URL" -X -q -v ON_ERROR_STOP=1 \
        -c "DROP DATABASE IF EXISTS \"$PG_DB_NAME\" WITH (FORCE)" >/dev/null; then
      say "warning: could not drop PostgreSQL database $PG_DB_NAME"
      [[ $status -ne 0 ]] || status=1
    fi
  fi
  if [[ -n $WORK_DIR ]]; then
    rm -rf -- "$WORK_DIR"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- database ------------------------------------------------------------------

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/apdc-e2e.XXXXXXXX")
LOG=$WORK_DIR/server.log

case $ENGINE in
  sqlite)
    # WORK_DIR is absolute, so this gives the three slashes of sqlite:///abs/path.
    DATABASE_URL="sqlite://$WORK_DIR/apdc.db?mode=rwc"
    ;;
  postgres)
    # From here on the cleanup drops the database (IF EXISTS, so also when
    # CREATE itself fails half-way).
    PG_DB_NAME=$PG_NAME_CANDIDATE
    psql "$PG_ADMIN_URL" -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$PG_DB_NAME\"" >/dev/null \
      || die "could not create PostgreSQL database $PG_DB_NAME via $PG_ADMIN_URL"
    ;;
esac

# --- server --------------------------------------------------------------------

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
BASE_URL="http://127.0.0.1:$PORT"

say "starting $BINARY on $BASE_URL ($ENGINE database)"
# Run from the temp dir so nothing is written into the checkout. Settings from
# the caller's environment must not redirect the server elsewhere: every
# address is given explicitly and the config file variable is cleared.
# setsid makes the server the leader of a process group of its own (its PID is
# the group id), so that cleanup can stop it together with any children, even
# when BINARY is a wrapper script.
(
  cd "$WORK_DIR"
  exec setsid env -u APDC_CONFIG -u APDC_DATABASE_URL -u APDC_LISTEN -u APDC_PUBLIC_URL \
    "$BINARY" --database "$DATABASE_URL" serve --demo \
    --listen "127.0.0.1:$PORT" --public-url "$BASE_URL"
) >"$LOG" 2>&1 </dev/null &
SERVER_PID=$!

deadline=$((SECONDS + READY_TIMEOUT_SECONDS))
until curl -fsS --max-time 2 -o /dev/null "$BASE_URL/readyz" 2>/dev/null; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    # (SERVER_PID stays set: cleanup still stops any children it left.)
    wait "$SERVER_PID" && code=0 || code=$?
    show_log
    die "the server exited (status $code) before $BASE_URL/readyz answered"
  fi
  if ((SECONDS >= deadline)); then
    show_log
    die "$BASE_URL/readyz did not answer 200 within ${READY_TIMEOUT_SECONDS}s"
  fi
  sleep 0.25
done
say "server ready (pid $SERVER_PID)"

# --- demo credentials ------------------------------------------------------------

# The line is printed before the server starts answering, but allow for a
# slow flush anyway.
LOGIN_RE='^Demo mode: sign in at [^ ]+/en/login as ([^ ]+) with password ([^ ]+)$'
EMAIL=''
for _ in $(seq 1 20); do
  while IFS= read -r line; do
    if [[ $line =~ $LOGIN_RE ]]; then
      EMAIL=${BASH_REMATCH[1]}
      PASSWORD=${BASH_REMATCH[2]}
      break
    fi
  done <"$LOG"
  [[ -z $EMAIL ]] || break
  sleep 0.25
done
if [[ -z $EMAIL || -z $PASSWORD ]]; then
  show_log
  die "no 'Demo mode: sign in at … as EMAIL with password PASSWORD' line in the server log"
fi

# --- browser checks ----------------------------------------------------------------

echo "--- browser checks on $ENGINE ---"
# In the background + wait, so that a SIGTERM/SIGINT to this script is acted
# on at once (bash runs traps only between commands) and cleanup stops node.
(
  cd "$E2E_DIR"
  BASE_URL=$BASE_URL E2E_ADMIN_EMAIL=$EMAIL E2E_ADMIN_PASSWORD=$PASSWORD exec node run.mjs
) &
NODE_PID=$!
wait "$NODE_PID" && result=0 || result=$?
NODE_PID=''
if [[ $result -ne 0 ]]; then
  say "browser checks failed on $ENGINE (exit status $result)"
  show_log "$LOG_TAIL_LINES"
fi
exit "$result"
