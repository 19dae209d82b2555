#!/usr/bin/env bash
# A short run of every fuzzer (docs/robustness.md, "Fuzzing"): builds the `fuzz` preset (clang 14,
# libFuzzer + ASan + UBSan; core library and fuzzers only), replays the seed corpus and the crash
# reproducers, then fuzzes each target for FUZZ_SECONDS (default 60) from a scratch copy of its
# seed corpus, so that nothing is ever written into the checkout. A crash, leak, broken invariant,
# input over FUZZ_RSS_MB (default 2048) of memory or over FUZZ_TIMEOUT seconds (default 10) fails
# the run and prints the reproducer (kept under build/fuzz/findings/).
#
# Environment: FUZZ_SECONDS, FUZZ_RSS_MB, FUZZ_TIMEOUT; FUZZ_TARGETS (space-separated, default
# all); FUZZ_PARALLEL (targets run at once, default 2: one a core); FUZZ_CORPUS_DIR (a folder kept
# between runs instead of a scratch copy: scripts/fuzz-long.sh); FUZZ_EXTRA (more libFuzzer options).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${FUZZ_SECONDS:-60}
rss_mb=${FUZZ_RSS_MB:-2048}
timeout=${FUZZ_TIMEOUT:-10}
parallel=${FUZZ_PARALLEL:-2}
read -r -a targets <<<"${FUZZ_TARGETS:-csv_import json_import kb_loader symptom_profile}"
build=build/fuzz
findings=$build/findings
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LANG=C.UTF-8 LC_ALL=C.UTF-8

started=$(date +%s)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz # the seed corpus and the reproducers, once each

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$findings"
mkdir -p "$findings"

# Fuzzes one target; its output goes to $work/<target>.log, its verdict to $work/<target>.rc.
fuzz_one() {
    local target=$1 corpus
    if [[ -n ${FUZZ_CORPUS_DIR:-} ]]; then
        corpus=$FUZZ_CORPUS_DIR/$target
        mkdir -p "$corpus"
    else
        corpus=$work/corpus-$target
        mkdir -p "$corpus"
    fi
    cp -n tests/fuzz/corpus/"$target"/* "$corpus"/
    local rc=0 own=()
    # A knowledge-base input is a whole file (up to 37 KB): libFuzzer's default of growing the
    # length slowly would cut every mutant short, into malformed JSON.
    [[ $target == kb_loader ]] && own=(-len_control=0)
    # shellcheck disable=SC2086 # FUZZ_EXTRA is a list of options
    "$build/tests/fuzz/legcare_fuzz_$target" "$corpus" "${own[@]}" \
        -max_total_time="$seconds" -rss_limit_mb="$rss_mb" -malloc_limit_mb="$rss_mb" -timeout="$timeout" \
        -dict="tests/fuzz/$target.dict" -artifact_prefix="$findings/$target-" -print_final_stats=1 \
        ${FUZZ_EXTRA:-} >"$work/$target.log" 2>&1 || rc=$?
    echo "$rc" >"$work/$target.rc"
}

running=0
for target in "${targets[@]}"; do
    printf 'fuzzing %s for %s s\n' "$target" "$seconds"
    fuzz_one "$target" &
    running=$((running + 1))
    if ((running >= parallel)); then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

failed=0
for target in "${targets[@]}"; do
    rc=$(cat "$work/$target.rc")
    stats=$(grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|cov: ' "$work/$target.log" | tail -3 | tr '\n' ' ')
    if [[ $rc == 0 ]]; then
        printf '%-16s ok    %s\n' "$target" "$stats"
        continue
    fi
    failed=1
    printf '\n%-16s FAILED (exit %s)\n' "$target" "$rc"
    grep -vE '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse|INITED|RELOAD)' "$work/$target.log" | tail -60
    for artifact in "$findings/$target"-*; do
        [[ -e $artifact ]] || continue
        printf '\nreproducer %s (%s bytes), base64:\n' "$artifact" "$(stat -c %s "$artifact")"
        head -c 65536 "$artifact" | base64 -w 100
        printf '\nreplay: %s %s\n' "$build/tests/fuzz/legcare_fuzz_$target" "$artifact"
        printf 'then add it to tests/fuzz/regressions/%s/ with the fix.\n' "$target"
    done
done
printf 'fuzz stage took %d s\n' "$(($(date +%s) - started))"
exit "$failed"
