#!/usr/bin/env bash
# The sanitizer stage of CI (docs/robustness.md, "Sanitizers"): builds LegCare and its tests with
# AddressSanitizer + UndefinedBehaviorSanitizer (preset asan: gcc, Debug, -D_GLIBCXX_ASSERTIONS)
# and runs the test suite with LeakSanitizer on and QT_FATAL_WARNINGS=1, so that a memory error,
# a leak, undefined behaviour or any Qt warning fails the test that caused it.
#
# Every option is in the asan test preset of CMakePresets.json, so `ctest --preset asan` by hand
# runs exactly what CI runs. The variables are set on ctest itself; each test's own ENVIRONMENT
# property (tests/CMakeLists.txt) only adds to them, and every process a test starts
# (legcare-cli, legcare_diary_writer, the scripts of tests/scripts/) inherits them.
#
# Left out by the preset (label no-sanitizers), because they run no LegCare code a sanitizer
# could watch:
#   package_contents       cpack and lintian over the .deb (several minutes); the packaged
#                          legcare-cli it runs is the one install_layout runs here too.
#   translations_complete  lupdate over the sources; checks the .ts files, not the program.
#   privacy                system calls, links and file modes under strace; LeakSanitizer
#                          cannot run under strace (both need ptrace), and the code it drives
#                          is the GUI and CLI suites', which run here.
#   startup_smoke          a ratio of start-up times, meaningless with instrumented code; the
#                          GUI tests start the same MainWindow here.
#
# usage: scripts/ci/asan.sh [ctest arguments...]   e.g. scripts/ci/asan.sh -R Diary
# LEGCARE_BUILD_JOBS sets the build's parallelism (default: what ninja chooses).
set -euo pipefail
cd "$(dirname "$0")/../.."

started=$(date +%s)
elapsed() { local s=$(($(date +%s) - started)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

cmake --preset asan
build_args=()
[ -n "${LEGCARE_BUILD_JOBS:-}" ] && build_args=(--parallel "$LEGCARE_BUILD_JOBS")
cmake --build --preset asan "${build_args[@]}"
echo "asan: built after $(elapsed)"

# Without XDG_RUNTIME_DIR (CI containers; a desktop session always has one) Qt warns that it
# defaults to /tmp/runtime-$USER, and every warning is fatal here: give the run a private one.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d) # mode 0700, as Qt requires
  export XDG_RUNTIME_DIR
  trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi

status=0
ctest --preset asan "$@" || status=$?
echo "asan: tests finished after $(elapsed) (ctest exit status $status)"
exit $status
