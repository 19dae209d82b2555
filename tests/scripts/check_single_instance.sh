#!/usr/bin/env bash
# One LegCare per user: in a private D-Bus session and runtime folder, a first `legcare` takes the
# lock file and then the bus name org.legcare.LegCare; a second launch, also one that comes before
# the first is on the bus, asks it to come to the front and exits 0, and the first keeps running.
# The lock of a LegCare that was killed is taken over. Without a session bus, legcare runs on its
# own.
# usage: check_single_instance.sh LEGCARE_BINARY
# Exit 77 (ctest SKIP_RETURN_CODE) when dbus-run-session or dbus-send is missing.
set -euo pipefail
legcare=$1
service=org.legcare.LegCare

if ! command -v dbus-run-session > /dev/null || ! command -v dbus-send > /dev/null; then
  echo "SKIP: dbus-run-session or dbus-send is missing (Debian package: dbus)"
  exit 77
fi
# Re-run this script inside a bus of its own, so that no desktop session is touched.
if [ -z "${LEGCARE_PRIVATE_BUS:-}" ]; then
  exec env LEGCARE_PRIVATE_BUS=1 dbus-run-session -- bash "$0" "$@"
fi

home=$(mktemp -d)
first=""
cleanup() {
  if [ -n "$first" ] && kill -0 "$first" 2> /dev/null; then
    kill "$first" 2> /dev/null || true
    wait "$first" 2> /dev/null || true
  fi
  rm -rf "$home"
}
trap cleanup EXIT

export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share
export XDG_RUNTIME_DIR=$home/runtime QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="legcare.gui.instance.info=true"
# Under QT_FATAL_WARNINGS (the asan preset) a warning would abort legcare, and Qt's offscreen
# platform warns whenever a window's size hints change or it is raised (no window system to tell).
# So legcare runs without the variable, and its logs are checked instead: any other warning fails.
fatal_warnings=${QT_FATAL_WARNINGS:-}
unset QT_FATAL_WARNINGS
export QT_MESSAGE_PATTERN='%{type}: %{if-category}%{category}: %{endif}%{message}'
mkdir -p "$XDG_CONFIG_HOME/LegCare" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The first-run safety notice is modal; this user has acknowledged it (any later version too).
printf '[safety]\nacknowledgedNotice=1000\n' > "$XDG_CONFIG_HOME/LegCare/LegCare.conf"

has_owner() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner "string:$service" 2> /dev/null | grep -q 'boolean true'
}
fail() {
  echo "FAIL: $*"
  for log in "$home"/*.log; do
    [ -e "$log" ] && { echo "--- $(basename "$log")"; cat "$log"; }
  done
  exit 1
}

lock=$XDG_RUNTIME_DIR/$service.lock
"$legcare" > "$home/first.log" 2>&1 &
first=$!
for _ in $(seq 1 2000); do
  [ -e "$lock" ] && break
  kill -0 "$first" 2> /dev/null || fail "the first legcare exited before taking its lock"
  sleep 0.01
done
[ -e "$lock" ] || fail "the first legcare did not take $lock within 20 s"
[ "$(stat -c %a "$lock")" = 600 ] || fail "the lock file is $(stat -c %a "$lock"), not 600"
echo "ok: the first legcare holds $lock (600)"

# At once, before the first is (likely) on the bus: the second waits for it and activates it.
early_owner=no
has_owner && early_owner=yes
status=0
timeout 10 "$legcare" > "$home/early.log" 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "a launch right after the first exited with $status (124 = still running after 10 s)"
grep -q "already running" "$home/early.log" || fail "a launch right after the first did not report it"
echo "ok: a launch right after the first activated it and exited 0 (first on the bus before it: $early_owner)"

for _ in $(seq 1 200); do
  has_owner && break
  kill -0 "$first" 2> /dev/null || fail "the first legcare exited before taking $service"
  sleep 0.1
done
has_owner || fail "$service did not appear on the bus within 20 s"
echo "ok: the first legcare owns $service"

start=$(date +%s)
status=0
timeout 10 "$legcare" > "$home/second.log" 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "the second legcare exited with $status (124 = still running after 10 s)"
echo "ok: the second legcare exited 0 after $(($(date +%s) - start)) s"
grep -q "already running" "$home/second.log" || fail "the second legcare did not report the first"

for _ in $(seq 1 50); do
  grep -q "come to the front" "$home/first.log" && break
  sleep 0.1
done
grep -q "come to the front" "$home/first.log" || fail "the first legcare was not asked to come to the front"
kill -0 "$first" 2> /dev/null || fail "the first legcare is no longer running"
echo "ok: the first legcare was activated and still runs"

# Without a session bus a launch that finds the lock held cannot reach the first: it starts and
# keeps running.
DBUS_SESSION_BUS_ADDRESS="unix:path=$home/no-bus" "$legcare" > "$home/alone.log" 2>&1 &
alone=$!
sleep 2
if ! kill -0 "$alone" 2> /dev/null; then
  wait "$alone" || true
  fail "legcare without a session bus did not keep running"
fi
kill "$alone"
wait "$alone" 2> /dev/null || true
echo "ok: without a session bus legcare runs on its own"

# A LegCare that was killed leaves its lock file; the next launch takes it over and the name too.
kill -9 "$first"
wait "$first" 2> /dev/null || true
first=""
[ -e "$lock" ] || fail "the killed legcare's lock file is gone: the takeover is not tested"
"$legcare" > "$home/after-kill.log" 2>&1 &
first=$!
for _ in $(seq 1 200); do
  has_owner && break
  kill -0 "$first" 2> /dev/null || fail "legcare after a killed one exited: $(cat "$home/after-kill.log")"
  sleep 0.1
done
has_owner || fail "legcare after a killed one did not take $service within 20 s"
grep -q "Holding" "$home/after-kill.log" || fail "legcare after a killed one did not take the lock"
echo "ok: the lock of a killed legcare is taken over"

if [ -n "$fatal_warnings" ] && [ "$fatal_warnings" != 0 ]; then
  unexpected=$(grep -h -E '^(warning|critical): ' "$home"/*.log \
    | grep -v -x -e 'warning: This plugin does not support propagateSizeHints()' \
        -e 'warning: This plugin does not support raise()' || true)
  [ -z "$unexpected" ] || fail "QT_FATAL_WARNINGS is set and legcare warned: $unexpected"
  echo "ok: legcare gave no warning but the offscreen platform's"
fi
