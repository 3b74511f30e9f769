#!/usr/bin/env bash
# Load benchmark of the public project list and a project page at scale, against a
# static copy of the same HTML served by nginx on the same machine, in one run.
#
#   1. seeds a fresh database with `apdc seed --demo --scale N` (default 100);
#   2. starts `apdc serve` on it and saves the two pages it renders;
#   3. serves those saved files with nginx (same bytes, same content type);
#   4. drives all four with wrk (same threads, connections and duration) and prints
#      requests per second and latency percentiles, and the dynamic/static ratio.
#
# Usage: bash bench/load-public-pages.sh [path/to/apdc] [sqlite|postgres]
#   Environment: SCALE (default 100), DURATION (seconds, default 20), CONNECTIONS
#   (default 32), THREADS (default 2), BENCH_POSTGRES_ADMIN_URL for postgres.
# Needs wrk and nginx (Debian: apt-get install -y wrk nginx-light).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-${CARGO_TARGET_DIR:-target}/release/apdc}"
ENGINE="${2:-sqlite}"
SCALE="${SCALE:-100}"
DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
source bench/lib.sh
require_binary "$BIN" "cargo build --release -p apdc"
require_command wrk "apt-get install -y wrk"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "nginx is needed: apt-get install -y nginx-light" >&2; exit 1; }
before_cleanup() {
    if [ -f "$WORK/nginx.pid" ]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; fi
}
fresh_database

seed_started=$(date +%s)
"$BIN" --database "$DB" seed --demo --scale "$SCALE" >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
seed_secs=$(( $(date +%s) - seed_started ))

start_server "$(free_port)"
CODE="$(first_code "projects?per_page=1&page=3")"
LIST_PATH="/en/projects"
PAGE_PATH="/en/projects/$CODE"
mkdir -p "$WORK/static/en/projects"
curl -fs "$APP$LIST_PATH" -o "$WORK/static/en/projects/index.html"
curl -fs "$APP$PAGE_PATH" -o "$WORK/static/en/projects/$CODE.html"
# nginx workers run as an unprivileged user: they must be able to read the copy.
chmod 755 "$WORK"
chmod -R a+rX "$WORK/static"
counts="$(curl -fs "$APP/api/v1/projects?per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"

STATIC_PORT="$(free_port)"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    types { text/html html; }
    client_body_temp_path $WORK/nginx-tmp;
    proxy_temp_path $WORK/nginx-tmp;
    fastcgi_temp_path $WORK/nginx-tmp;
    uwsgi_temp_path $WORK/nginx-tmp;
    scgi_temp_path $WORK/nginx-tmp;
    server {
        listen 127.0.0.1:$STATIC_PORT;
        root $WORK/static;
        location = $LIST_PATH { default_type text/html; try_files /en/projects/index.html =404; }
        location = $PAGE_PATH { default_type text/html; try_files /en/projects/$CODE.html =404; }
    }
}
CONF
mkdir -p "$WORK/nginx-tmp"
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" 2>"$WORK/nginx-start.log" || { cat "$WORK/nginx-start.log" >&2; exit 1; }
STATIC="http://127.0.0.1:$STATIC_PORT"
until curl -fs -o /dev/null "$STATIC$LIST_PATH"; do sleep 0.05; done
cmp -s <(curl -fs "$STATIC$PAGE_PATH") <(curl -fs "$APP$PAGE_PATH") || { echo "static copy differs" >&2; exit 1; }

# One wrk run; prints "requests/s p50 p99" (milliseconds).
measure() {
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" >"$WORK/wrk.txt" 2>&1
    python3 - "$WORK/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if errors or "Socket errors" in text:
    sys.stderr.write(text)
print(f"{rps:.0f} {ms('50'):.2f} {ms('99'):.2f}")
PY
}
# Every request with a query never seen before: the rendering cost without the cache.
cat >"$WORK/uncached.lua" <<'LUA'
local counter = 0
request = function()
    counter = counter + 1
    return wrk.format("GET", wrk.path .. "?uncached=" .. counter .. "-" .. math.random(1, 1000000000))
end
LUA
measure_uncached() {
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/uncached.lua" "$1" >"$WORK/wrk.txt" 2>&1
    python3 - "$WORK/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
print(f"{rps:.0f} {ms('50'):.2f} {ms('99'):.2f}")
PY
}
# Warm up both (the application keeps rendered pages for anonymous readers).
wrk -t1 -c4 -d2s "$APP$LIST_PATH" >/dev/null; wrk -t1 -c4 -d2s "$APP$PAGE_PATH" >/dev/null

read -r dyn_list_rps dyn_list_p50 dyn_list_p99 < <(measure "$APP$LIST_PATH")
read -r sta_list_rps sta_list_p50 sta_list_p99 < <(measure "$STATIC$LIST_PATH")
read -r dyn_page_rps dyn_page_p50 dyn_page_p99 < <(measure "$APP$PAGE_PATH")
read -r sta_page_rps sta_page_p50 sta_page_p99 < <(measure "$STATIC$PAGE_PATH")
read -r unc_list_rps unc_list_p50 unc_list_p99 < <(measure_uncached "$APP$LIST_PATH")
read -r unc_page_rps unc_page_p50 unc_page_p99 < <(measure_uncached "$APP$PAGE_PATH")
ratio() { python3 -c "print(f'{100*$1/$2:.0f} %')"; }
list_bytes=$(stat -c %s "$WORK/static/en/projects/index.html")
page_bytes=$(stat -c %s "$WORK/static/en/projects/$CODE.html")
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")

cat <<REPORT
### Public pages under load — $ENGINE, scale $SCALE ($(date -u +%Y-%m-%d))

Command: \`SCALE=$SCALE DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS bash bench/load-public-pages.sh target/release/apdc $ENGINE\` (release build)
Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk, nginx and apdc on the same machine.
Data: $counts public projects (seeded in ${seed_secs} s). Pages uncompressed (wrk sends no Accept-Encoding): list $list_bytes bytes, project page $page_bytes bytes.

| page | server | requests/s | p50 (ms) | p99 (ms) |
| --- | --- | ---: | ---: | ---: |
| \`$LIST_PATH\` | apdc | $dyn_list_rps | $dyn_list_p50 | $dyn_list_p99 |
| \`$LIST_PATH\` | nginx (static copy) | $sta_list_rps | $sta_list_p50 | $sta_list_p99 |
| \`$LIST_PATH\` | apdc, every request rendered (unique query) | $unc_list_rps | $unc_list_p50 | $unc_list_p99 |
| \`$PAGE_PATH\` | apdc | $dyn_page_rps | $dyn_page_p50 | $dyn_page_p99 |
| \`$PAGE_PATH\` | nginx (static copy) | $sta_page_rps | $sta_page_p50 | $sta_page_p99 |
| \`$PAGE_PATH\` | apdc, every request rendered (unique query) | $unc_page_rps | $unc_page_p50 | $unc_page_p99 |

The first apdc row of each page is what anonymous readers get (pages kept in memory until data changes, at most 30 s); the "rendered" row bypasses that with a new query string on every request.

Dynamic throughput as a share of static: list $(ratio "$dyn_list_rps" "$sta_list_rps"), project page $(ratio "$dyn_page_rps" "$sta_page_rps"). apdc resident memory after the run: $(( rss_kib / 1024 )) MiB.
REPORT
