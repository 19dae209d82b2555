#!/usr/bin/env bash
# A long fuzzing run (docs/robustness.md, "Fuzzing"): every fuzzer for SECONDS (default 3600),
# PARALLEL targets at a time (default 2), with a corpus kept in build/fuzz/long-corpus/ between
# runs, so that each run starts where the last one stopped. Same limits and reporting as the CI
# smoke run (scripts/ci/fuzz-smoke.sh). Example: scripts/fuzz-long.sh 28800 4
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_SECONDS=${1:-3600} FUZZ_PARALLEL=${2:-2} FUZZ_CORPUS_DIR=${FUZZ_CORPUS_DIR:-$PWD/build/fuzz/long-corpus} \
    exec scripts/ci/fuzz-smoke.sh
