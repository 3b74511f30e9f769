#!/usr/bin/env bash
# Two `apdc serve` instances on one PostgreSQL database, checked as a load balancer's
# users would find them:
#
#   1. a session made by signing in on instance A is valid on instance B;
#   2. failed sign-ins split across A and B add up: past the free ones, the next attempt
#      is answered 429 with Retry-After on either instance;
#   3. a project created through A's API shows at once on A, on B's project list for a
#      signed-in reader within the 5 s B keeps what pages read (polled for 7 s), and on
#      B's public list within the response cache's 30 s (polled for 35 s);
#   4. the background computation of indicator values never runs on both at once: while
#      a lease taken by this script is held, both instances skip it; once released, each
#      computes in turn, and their computations do not overlap in time.
#
# Usage: .ci/scale-out.sh BINARY PG_ADMIN_URL
#   BINARY        the apdc executable, e.g. "$CARGO_TARGET_DIR/debug/apdc"
#   PG_ADMIN_URL  a URL psql can use to create and drop the test database, e.g.
#                 postgres://postgres@127.0.0.1:5432/postgres (a loopback address)
#
# Prints each check as it passes; exits non-zero at the first that fails, with the end
# of both servers' logs. Always stops the servers and drops the database.

set -euo pipefail

readonly READY_TIMEOUT_SECONDS=60
readonly CACHE_BOUND_SECONDS=35
readonly MEMO_BOUND_SECONDS=5
readonly LEASE_WAIT_SECONDS=90

say() { printf 'scale-out: %s\n' "$*"; }
ok() { printf 'scale-out: ok - %s\n' "$*"; }

[[ $# -eq 2 ]] || { echo "usage: $0 BINARY PG_ADMIN_URL" >&2; exit 2; }
BINARY=$1
PG_ADMIN_URL=$2
[[ -f $BINARY && -x $BINARY ]] || { echo "$BINARY is not an executable file" >&2; exit 2; }
BINARY=$(realpath "$BINARY")
for tool in curl python3 psql setsid; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/apdc-scale-out.XXXXXXXX")
PG_DB=''
PIDS=()

show_logs() {
  for name in a b; do
    [[ -f $WORK/$name.log ]] || continue
    echo "--- last 30 lines of instance ${name^^}'s log ---" >&2
    tail -n 30 "$WORK/$name.log" >&2
  done
}

fail() {
  say "FAILED - $*" >&2
  show_logs
  exit 1
}

cleanup() {
  local status=$?
  set +e
  for pid in "${PIDS[@]}"; do
    # Each server leads a process group of its own (setsid).
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  if [[ -n $PG_DB ]]; then
    psql "$PG_ADMIN_URL" -X -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null \
      || { say "could not drop the database $PG_DB" >&2; [[ $status -ne 0 ]] || status=1; }
  fi
  rm -rf -- "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- database ------------------------------------------------------------------------

DB_NAME="apdc_scale_out_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
DATABASE_URL=$(python3 "$(dirname "${BASH_SOURCE[0]}")/pg_test_url.py" "$PG_ADMIN_URL" "$DB_NAME") || exit 2
PG_DB=$DB_NAME
psql "$PG_ADMIN_URL" -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$PG_DB\"" >/dev/null
sql() { psql "$DATABASE_URL" -X -q -t -A -v ON_ERROR_STOP=1 -c "$1"; }

apdc() { env -u APDC_CONFIG -u APDC_DATABASE_URL "$BINARY" --database "$DATABASE_URL" "$@"; }
apdc seed --demo >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; fail "seed --demo"; }
EMAIL=scale-out@example.org
PASSWORD="scale-out $(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$PASSWORD" | apdc user create --email "$EMAIL" --name "Scale-out check" --role programme_officer \
  >/dev/null
TOKEN=$(apdc user token --email "$EMAIL" --name "scale-out check")
say "database $PG_DB seeded with the demonstration data"

# The computation of indicator values is held off by a lease of this script's until
# both instances have shown that they respect it.
sql "INSERT INTO job_leases (name, holder, expires_at) \
     VALUES ('indicator-values', 'scale-out-check', CAST(EXTRACT(EPOCH FROM now()) AS BIGINT) + 600)"

# --- two instances ---------------------------------------------------------------------

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
printf 'log_format = "json"\n' >"$WORK/apdc.toml"
start() {
  local name=$1 port=$2
  (
    cd "$WORK"
    exec setsid env -u APDC_CONFIG -u APDC_DATABASE_URL -u APDC_LISTEN -u APDC_PUBLIC_URL -u APDC_TRUSTED_PROXIES \
      RUST_LOG='info,sqlx=warn,tower_http=warn' "$BINARY" --config "$WORK/apdc.toml" --database "$DATABASE_URL" \
      serve --listen "127.0.0.1:$port" --public-url "http://127.0.0.1:$port"
  ) >"$WORK/$name.out" 2>"$WORK/$name.log" </dev/null &
  PIDS+=("$!")
}
PORT_A=$(free_port)
PORT_B=$(free_port)
while [[ $PORT_B == "$PORT_A" ]]; do PORT_B=$(free_port); done
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
start a "$PORT_A"
start b "$PORT_B"
for base in "$A" "$B"; do
  deadline=$((SECONDS + READY_TIMEOUT_SECONDS))
  until curl -fsS --max-time 2 -o /dev/null "$base/readyz" 2>/dev/null; do
    ((SECONDS < deadline)) || fail "$base/readyz did not answer within ${READY_TIMEOUT_SECONDS}s"
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || fail "an instance exited"; done
    sleep 0.25
  done
done
say "instance A on $A, instance B on $B, one database"

# --- 1. a session made on A is valid on B ------------------------------------------------

JAR=$WORK/session.jar
# Each reads its input to the end: a reader that stops early would make the writer
# before it in the pipe fail (pipefail), which would read as a failed check.
csrf_of() { sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | sed -n 1p; }
status_of() { curl -sS -o /dev/null -w '%{http_code}' "$@"; }
page_has() { # url text → whether the page at url (200) contains text
  local body
  body=$(curl -fsS "$1") || return 1
  [[ $body == *"$2"* ]]
}
csrf=$(curl -fsS -c "$JAR" -b "$JAR" "$A/en/login" | csrf_of)
[[ -n $csrf ]] || fail "no CSRF token on A's sign-in page"
signed_in=$(status_of -c "$JAR" -b "$JAR" --data-urlencode "csrf=$csrf" --data-urlencode "email=$EMAIL" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "next=" "$A/en/login")
[[ $signed_in == 303 ]] || fail "signing in on A answered $signed_in, not 303"
anonymous=$(status_of "$B/en/admin/projects")
[[ $anonymous != 200 ]] || fail "B's staff page answered 200 without a session"
on_b=$(status_of -b "$JAR" "$B/en/admin/projects")
[[ $on_b == 200 ]] || fail "B's staff page answered $on_b with A's session cookie"
ok "a session made by signing in on A opens a staff page on B (200; $anonymous without it)"

# --- 2. sign-in throttling counts the failures on both -----------------------------------

# Another account than the one signed in above; failures are counted for this account
# and this address (127.0.0.1) together, whichever instance saw them.
TARGET="throttled-$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')@example.org"
FAIL_JAR=$WORK/fail.jar
attempt() { # base → prints "status retry-after"
  local base=$1 token headers
  token=$(curl -fsS -c "$FAIL_JAR" -b "$FAIL_JAR" "$base/en/login" | csrf_of)
  headers=$(curl -sS -o /dev/null -D - -c "$FAIL_JAR" -b "$FAIL_JAR" --data-urlencode "csrf=$token" \
    --data-urlencode "email=$TARGET" --data-urlencode "password=not the password" "$base/en/login")
  printf '%s %s\n' "$(sed -n '1s/^HTTP\/[0-9.]* \([0-9]*\).*/\1/p' <<<"$headers")" \
    "$(tr -d '\r' <<<"$headers" | sed -n 's/^[Rr]etry-[Aa]fter: *//p')"
}
declare -A failures=([A]=0 [B]=0)
total=0
first_429_at=''
# Alternating A and B until seven failures are recorded (five are free, then the delay
# doubles from one second): an attempt answered 429 is retried after Retry-After.
while ((total < 7)); do
  for name in A B; do
    ((total < 7)) || break
    [[ $name == A ]] && base=$A || base=$B
    while true; do
      read -r code retry < <(attempt "$base")
      if [[ $code == 422 ]]; then
        failures[$name]=$((failures[$name] + 1))
        total=$((total + 1))
        break
      elif [[ $code == 429 ]]; then
        [[ -n $retry ]] || fail "429 from $name without Retry-After"
        [[ -n $first_429_at ]] || first_429_at=$total
        sleep "$retry"
        sleep 0.2
      else
        fail "a failed sign-in on $name answered $code"
      fi
    done
  done
done
[[ -n $first_429_at ]] && ((first_429_at >= 5)) \
  || fail "the first 429 came after ${first_429_at:-no} failures, not after the five free ones"
read -r code_a retry_a < <(attempt "$A")
read -r code_b retry_b < <(attempt "$B")
[[ $code_a == 429 && -n $retry_a && $code_b == 429 && -n $retry_b ]] \
  || fail "after ${failures[A]} failures on A and ${failures[B]} on B, A answered $code_a and B $code_b"
ok "sign-in failures add up across instances: ${failures[A]} on A + ${failures[B]} on B, first 429 after" \
  "$first_429_at; now 429 on A (Retry-After $retry_a) and on B (Retry-After $retry_b)"

# --- 3. a write through A shows on B's public pages within the cache's bound -----------

CODE="SCALE-OUT-$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n' | tr a-f A-F)"
TITLE="Scale-out check $CODE"
# B keeps its public project list in memory from now on, and the reads behind it.
curl -fsS -o /dev/null "$B/en/projects" || fail "B's public project list did not answer 200"
curl -fsS -o /dev/null -b "$JAR" "$B/en/projects" || fail "B's project list did not answer 200 when signed in"
! page_has "$B/en/projects" "$TITLE" || fail "the project is on B's list before it was created"
# Planned far ahead, so that it heads the list (newest first).
created=$(curl -sS -o "$WORK/created.json" -w '%{http_code}' -X POST "$A/api/v1/projects" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data "{\"code\":\"$CODE\",\"status\":\"pipeline\",\"scope\":\"global\",\"public\":true,\
\"planned_start\":\"2099-01-01\",\"planned_end\":\"2099-12-31\",\"title_en\":\"$TITLE\"}")
[[ $created == 201 ]] || { cat "$WORK/created.json" >&2; fail "creating a project through A's API answered $created"; }
written_ms=$(($(date +%s%N) / 1000000))
page_has "$A/en/projects" "$TITLE" || fail "A's own list does not show the project it just wrote"
# Signed in, B renders the page for the reader from reads it keeps at most 5 s.
signed_after=''
while (($(date +%s%N) / 1000000 - written_ms <= (MEMO_BOUND_SECONDS + 2) * 1000)); do
  if [[ $(curl -fsS -b "$JAR" "$B/en/projects") == *"$TITLE"* ]]; then
    elapsed_ms=$(($(date +%s%N) / 1000000 - written_ms))
    signed_after=$(printf '%d.%d' $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100)))
    break
  fi
  sleep 0.25
done
[[ -n $signed_after ]] || fail "B's list for a signed-in reader did not show the project within $((MEMO_BOUND_SECONDS + 2))s"
ok "a project created through A's API shows on B's list for a signed-in reader ${signed_after}s later" \
  "(B keeps what pages read up to ${MEMO_BOUND_SECONDS} s; polled every 0.25 s)"
seen_after=''
while (($(date +%s%N) / 1000000 - written_ms <= CACHE_BOUND_SECONDS * 1000)); do
  if page_has "$B/en/projects" "$TITLE"; then
    elapsed_ms=$(($(date +%s%N) / 1000000 - written_ms))
    seen_after=$(printf '%d.%d' $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100)))
    break
  fi
  sleep 0.5
done
[[ -n $seen_after ]] || fail "B's public list did not show the project within ${CACHE_BOUND_SECONDS}s"
ok "a project created through A's API shows at once on A, and on B's public list ${seen_after}s later" \
  "(B's response cache keeps a page up to 30 s; polled every 0.5 s)"

# --- 4. the background computation runs on one instance at a time ------------------------

# Both instances tried at start-up (their first check is immediate) and must have
# skipped: the lease is this script's.
logged() { # instance message → the number of log lines with that message
  grep -c "\"message\":\"$2" "$WORK/$1.log" || true
}
for name in a b; do
  deadline=$((SECONDS + LEASE_WAIT_SECONDS))
  until (($(logged "$name" "computing indicator values skipped") > 0)); do
    ((SECONDS < deadline)) || fail "instance ${name^^} did not log skipping the computation"
    sleep 0.5
  done
  (($(logged "$name" "computing indicator values\"") == 0)) \
    || fail "instance ${name^^} computed while the script held the lease"
done
ok "while another holder has the lease, both instances skip the computation and say so"
sql "DELETE FROM job_leases WHERE name = 'indicator-values' AND holder = 'scale-out-check'"
deadline=$((SECONDS + LEASE_WAIT_SECONDS))
until (($(logged a "computed indicator values") > 0 && $(logged b "computed indicator values") > 0)); do
  ((SECONDS < deadline)) || fail "both instances had not computed within ${LEASE_WAIT_SECONDS}s of the release"
  sleep 0.5
done
# From the JSON logs: each instance's computations as (start, end), which must not
# overlap between the instances.
python3 - "$WORK/a.log" "$WORK/b.log" <<'PY' || fail "the instances' computations overlapped"
import json, sys
from datetime import datetime

turns = 0

def spans(path):
    global turns
    found, start = [], None
    for line in open(path, encoding="utf-8"):
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        message = entry.get("fields", {}).get("message", "")
        at = datetime.fromisoformat(entry["timestamp"].replace("Z", "+00:00"))
        if message.startswith("computing indicator values skipped"):
            turns += entry["fields"].get("other", "scale-out-check") != "scale-out-check"
        if message == "computing indicator values":
            start = at
        elif message in ("computed indicator values", "computing indicator values failed") and start:
            found.append((start, at))
            start = None
    if start:
        found.append((start, datetime.max.replace(tzinfo=start.tzinfo)))
    return found

a, b = spans(sys.argv[1]), spans(sys.argv[2])
for sa, ea in a:
    for sb, eb in b:
        if sa < eb and sb < ea:
            sys.exit(f"A computed {sa}..{ea} while B computed {sb}..{eb}")
print(f"scale-out: computations: A {len(a)}, B {len(b)}, none at the same time as another; "
      f"{turns} skipped because the other instance was computing", flush=True)
PY
skips=$(($(logged a "computing indicator values skipped") + $(logged b "computing indicator values skipped")))
ok "after the release each instance computed in turn, never both at once ($skips skips logged in all)"
holder=$(sql "SELECT COUNT(*) FROM job_leases WHERE name = 'indicator-values' AND holder = 'scale-out-check'")
[[ $holder == 0 ]] || fail "the script's lease is still there"

say "all checks passed"
