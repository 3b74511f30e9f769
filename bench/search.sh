#!/usr/bin/env bash
# Search under concurrent load, over a generated corpus.
#
#   1. seeds a fresh database with the reference data and indexes DOCUMENTS generated
#      documents (default 100 000: fictional stories and projects in the five languages,
#      each written in one and translated into up to two others) with
#      `apdc search-corpus`, exactly as the store indexes records;
#   2. drives `/{lang}/search` with wrk, CONNECTIONS at a time, each request a query
#      drawn from a mix of common, middling and rare words, one to three of them, in
#      the five languages, for readers of each language. The requests carry a session
#      cookie (unknown to the server), so the response cache never answers: every
#      request is a search;
#   3. prints, for each level of concurrency, requests per second, p50, p99 and the
#      status codes seen (all must be 200).
#
# Usage: bash bench/search.sh [path/to/apdc] [sqlite|postgres]
#   Environment: DOCUMENTS (default 100000), DURATION (seconds per level, default 20),
#   CONNECTIONS (the levels of concurrency measured one after the other over the same
#   corpus, default "1 2 4 8"), THREADS (wrk threads at most, default 2),
#   BENCH_POSTGRES_ADMIN_URL for postgres.
# Build first: cargo build --release -p apdc. Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${CARGO_TARGET_DIR:-target}"
BIN="${1:-$TARGET/release/apdc}"
ENGINE="${2:-sqlite}"
DOCUMENTS="${DOCUMENTS:-100000}"
DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-1 2 4 8}"
THREADS="${THREADS:-2}"
source bench/lib.sh
require_binary "$BIN" "cargo build --release -p apdc"
require_command wrk "apt-get install -y wrk"
fresh_database

"$BIN" --database "$DB" seed >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
started=$(date +%s)
"$BIN" --database "$DB" search-corpus --documents "$DOCUMENTS" >"$WORK/corpus.log" 2>&1 \
    || { cat "$WORK/corpus.log" >&2; exit 1; }
indexed_in=$(( $(date +%s) - started ))
start_server "$(free_port)"

# The queries: (reader language, words), URL-encoded by the script.
python3 - "$WORK/queries.lua" <<'PY'
import sys, urllib.parse
queries = [
    ("en", "standards"), ("en", "training quality"), ("en", "laboratory calibration"), ("en", "solar energy women"),
    ("en", "kalomi"), ("en", "tourism textiles"), ("en", "inspection fisheries"), ("en", "project"),
    ("fr", "normes"), ("fr", "formation qualité"), ("fr", "étalonnage laboratoire"), ("fr", "energie solaire"),
    ("fr", "pêche emballages"), ("fr", "tiroma"), ("fr", "membres nationaux"), ("fr", "securite alimentaire"),
    ("es", "normas"), ("es", "formación calidad"), ("es", "laboratorio calibración"), ("es", "mujeres jóvenes"),
    ("es", "turismo"), ("es", "besino"), ("ar", "المواصفات"), ("ar", "التدريب الجودة"), ("ar", "المختبر"),
    ("ar", "الطاقة الشمسية"), ("ar", "السياحة"), ("ru", "стандарты"), ("ru", "обучение качество"),
    ("ru", "лаборатория калибровка"), ("ru", "туризм"), ("ru", "рыболовство упаковка"), ("en", "normes standards"),
    ("fr", "climate climat"), ("en", "zumapo"), ("ru", "энергия вода"),
]
with open(sys.argv[1], "w") as f:
    f.write("queries = {\n")
    for lang, words in queries:
        f.write('  "/%s/search?q=%s",\n' % (lang, urllib.parse.quote_plus(words)))
    f.write("}\n")
PY
write_status_counter "$WORK/queries.lua"
cat >>"$WORK/queries.lua" <<'LUA'
local counter = 0
request = function()
    counter = counter + 1
    local path = queries[(counter % #queries) + 1]
    return wrk.format("GET", path, { ["Cookie"] = "apdc_session=benchmark-without-a-session" })
end
LUA

# Each query once, so that the figures are not those of empty answers.
python3 - "$APP" <<'PY'
import sys, urllib.request, urllib.parse, re
for lang, q in [("fr", "normes"), ("en", "kalomi"), ("ar", "المواصفات")]:
    url = "%s/%s/search?q=%s" % (sys.argv[1], lang, urllib.parse.quote_plus(q))
    html = urllib.request.urlopen(url).read().decode()
    count = re.search(r'role="status">([^<]*)', html)
    print("# %s %s: %s" % (lang, q, count.group(1) if count else "?"), file=sys.stderr)
PY

to_ms() { python3 -c 'import sys,re; v=sys.argv[1]; m=re.match(r"([\d.]+)(us|ms|s)", v); n=float(m.group(1)); print(round(n/1000 if m.group(2)=="us" else n*1000 if m.group(2)=="s" else n, 2))' "$1"; }
row() {
    local connections="$1" threads out
    threads=$(( connections < THREADS ? connections : THREADS ))
    out="$(wrk -t"$threads" -c"$connections" -d"${DURATION}s" --latency -s "$WORK/queries.lua" "$APP")"
    echo "| $connections | $(awk '/Requests\/sec/ {print $2}' <<<"$out") | $(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")") | $(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")") | $(awk '/^status/ {$1=""; print}' <<<"$out") | p99 < 20 ms |"
}

echo "### Search — $ENGINE, $DOCUMENTS documents ($(date +%F))"
echo
echo "Command: \`DOCUMENTS=$DOCUMENTS DURATION=$DURATION CONNECTIONS=\"$CONNECTIONS\" bash bench/search.sh $BIN $ENGINE\`"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk and apdc on the same machine; $(grep -o '[0-9]* entries' "$WORK/corpus.log") indexed in ${indexed_in} s."
echo
echo "| connections | requests/s | p50 (ms) | p99 (ms) | statuses | target |"
echo "| ---: | ---: | ---: | ---: | --- | --- |"
for connections in $CONNECTIONS; do
    row "$connections"
done
