#!/usr/bin/env bash
# Installs what is missing, builds LegCare with warnings as errors, and runs every test:
# the main suite, the same suite under AddressSanitizer + UndefinedBehaviorSanitizer, and a
# short run of every fuzzer (docs/robustness.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

stage() { printf '\n=== %s (%s) ===\n' "$1" "$(date -u +%H:%M:%S)"; }

stage "main suite"
cmake --preset ci
cmake --build --preset ci
ctest --preset ci

stage "sanitizer suite"
scripts/ci/asan.sh

stage "fuzz smoke runs"
scripts/ci/fuzz-smoke.sh

stage "done"
