# shellcheck shell=bash
# Sourced by the scripts that run LegCare on a private X server (scripts/bench-startup.sh,
# tests/scripts/check_privacy.sh). Makes a scratch folder, $work, removed on exit together with
# the server; start_xvfb starts Xvfb (1280 x 800 x 24, no TCP) and exports its DISPLAY.

work=$(mktemp -d)
xvfb=""
cleanup() {
  if [ -n "$xvfb" ]; then
    kill "$xvfb" 2> /dev/null || true
    wait "$xvfb" 2> /dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

start_xvfb() {
  exec 3> "$work/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
  xvfb=$!
  exec 3>&-
  for _ in $(seq 1 100); do
    [ -s "$work/display" ] && break
    sleep 0.05
  done
  [ -s "$work/display" ] || { echo "Xvfb did not start:"; cat "$work/xvfb.log"; exit 1; }
  DISPLAY=:$(head -n 1 "$work/display")
  export DISPLAY
}
