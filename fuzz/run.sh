#!/usr/bin/env bash
# Runs every fuzz target (or those named) for SECONDS each, from the committed seeds,
# with libFuzzer's memory and time limits: an input that makes a parser take more than
# 2 GB or 10 s counts as a crash, like a panic. Prints one line per target with the
# number of executions; exits non-zero on the first crash, leaving the input in
# fuzz/artifacts/TARGET/.
#
#   bash fuzz/run.sh 600                      # every target, ten minutes each
#   bash fuzz/run.sh 30 spreadsheet_xlsx      # one target, thirty seconds
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz --locked`).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:?usage: run.sh SECONDS [TARGET...]}"
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo +nightly fuzz list)
fi
export CARGO_TARGET_DIR="${APDC_FUZZ_TARGET_DIR:-$HOME/.cache/apdc-fuzz-target}"
cargo +nightly fuzz build
for target in "${targets[@]}"; do
    corpus="$(mktemp -d)"
    log="$(mktemp)"
    if ! cargo +nightly fuzz run "$target" "$corpus" "seeds/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
        >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz: $target crashed; the input is in fuzz/artifacts/$target/" >&2
        exit 1
    fi
    runs="$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')"
    peak="$(grep -oE 'stat::peak_rss_mb: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')"
    echo "fuzz: $target: $runs executions in ${seconds} s, peak RSS ${peak} MB, 0 crashes"
    rm -rf "$corpus" "$log"
done
