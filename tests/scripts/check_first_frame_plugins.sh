#!/usr/bin/env bash
# Before its first frame LegCare loads no Qt plugin beyond those every Qt Widgets window loads
# (the platform and its input context): no image-format, icon-engine or SQL driver plugin. Each
# such plugin costs a dlopen with all its relocations; its icons are PNGs read by Qt's own PNG
# reader, and the diary opens after the first frame (docs/performance.md, "Startup").
# usage: check_first_frame_plugins.sh LEGCARE_BINARY
set -euo pipefail
legcare=$1

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share
export XDG_RUNTIME_DIR=$home/runtime QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export LEGCARE_DB=$home/diary.sqlite LEGCARE_EXIT_WHEN_SHOWN=1
# The loader's log is checked, not Qt's warnings (the offscreen platform warns about window hints,
# which QT_FATAL_WARNINGS in the asan preset would turn into an abort).
unset QT_FATAL_WARNINGS
mkdir -p "$XDG_CONFIG_HOME/LegCare" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

status=0
# 0: the Symptom check (icons, text, the disclaimer); 2: the Diary (opened after the first frame);
# 3: the Library (the search field's clear button, back and forward arrows, the exercises' icons).
for area in 0 2 3; do
  printf '[safety]\nacknowledgedNotice=1000\n\n[window]\nlastArea=%s\n' "$area" \
    > "$XDG_CONFIG_HOME/LegCare/LegCare.conf"
  # The dynamic loader's log (stderr) and the probe's moments (stdout) in the order written.
  log=$(LD_DEBUG=files timeout 60 "$legcare" 2>&1) || {
    echo "FAIL: legcare (area $area) did not start and quit:"
    tail -20 <<< "$log"
    exit 1
  }
  grep -q '^legcare-startup shown ' <<< "$log" || { echo "FAIL: area $area: no first frame"; exit 1; }
  before=$(sed -n '/^legcare-startup shown /q;p' <<< "$log" \
           | sed -n 's|.*calling init: .*/plugins/\([^/]*\)/\([^/ ]*\).*|\1/\2|p' | sort -u)
  after=$(sed -n '/^legcare-startup shown /,$p' <<< "$log" \
          | sed -n 's|.*calling init: .*/plugins/\([^/]*\)/\([^/ ]*\).*|\1/\2|p' | sort -u)
  echo "area $area, plugins before the first frame: $(tr '\n' ' ' <<< "$before")"
  echo "area $area, plugins after it: $(tr '\n' ' ' <<< "$after")"
  # The diary is opened, so its SQL driver is loaded after the first frame: the log is complete.
  grep -q '^sqldrivers/' <<< "$after" || { echo "FAIL: area $area: no SQL driver after the first frame"; status=1; }
  unexpected=$(grep -Ev '^(platforms|platforminputcontexts|platformthemes|xcbglintegrations|styles)/' <<< "$before" || true)
  if [ -n "$unexpected" ]; then
    echo "FAIL: area $area: loaded before the first frame: $(tr '\n' ' ' <<< "$unexpected")"
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "PASS"
exit "$status"
