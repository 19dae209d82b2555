#!/usr/bin/env bash
# Installs what is missing, builds LegCare and opens it. Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default
cmake --build --preset default
exec build/default/app/gui/legcare "$@"
