#!/usr/bin/env bash
# Privacy (docs/privacy.md): LegCare keeps everything on the machine and private to its user.
#  1. No networking library is linked: neither program nor the core library needs Qt Network or
#     any other networking library, and none imports the C library's socket calls itself.
#  2. Nothing but local sockets: the CLI's commands (diary add / list / edit / stats / import /
#     export, report, assess, kb, routine print), the GUI showing each of its four areas on a real
#     X server (Xvfb) in a private D-Bus session, and the GUI test suite (every area, dialogs,
#     printing to PDF) run under `strace -f -e trace=network`; the test fails on any socket that
#     is not AF_UNIX and on any address of another family given to connect, bind, sendto or
#     sendmsg. AF_UNIX is what the X server (X11), the D-Bus session bus (single instance,
#     accessibility) and the local print service use; it cannot leave the machine. No exception
#     is made for AF_NETLINK or AF_INET: no netlink socket was seen at all, and the print
#     service's loopback fallback is pointed at a local socket below (docs/privacy.md).
#  3. Permissions under a umask of 022: the data folder 0700; the diary, its -wal and -shm, the
#     backup made before an upgrade, CSV and JSON exports, the doctor's report and the routine
#     handout (PDF) 0600, also when an export replaces a world-readable file.
# usage: check_privacy.sh LEGCARE LEGCARE_CLI LEGCARE_GUI_TESTS LIBLEGCARE_CORE_A
# Exit 77 (ctest SKIP_RETURN_CODE) when strace, Xvfb or dbus-run-session is missing.
set -euo pipefail
legcare=$1
cli=$2
gui_tests=$3
core=$4
data=$(cd "$(dirname "$0")/../data" && pwd)

for tool in strace Xvfb dbus-run-session readelf ldd nm; do
  if ! command -v "$tool" > /dev/null; then
    echo "SKIP: $tool is missing (scripts/install-deps.sh installs it)"
    exit 77
  fi
done
# In a session bus of its own, so that the GUI's single-instance check is exercised.
if [ -z "${LEGCARE_PRIVATE_BUS:-}" ]; then
  exec env LEGCARE_PRIVATE_BUS=1 dbus-run-session -- bash "$0" "$@"
fi

# $work and start_xvfb
source "$(dirname "$(realpath "$0")")/../../scripts/lib/xvfb.sh"
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
ok() { echo "ok: $*"; }

# --- 1. No networking library -------------------------------------------------------------
networking='libQt6Network|libcurl|libssl|libgnutls|libnghttp|libssh|libproxy|libsoup|libcups|libavahi|libgssapi|libkrb5|libQt6WebEngine|libQt6WebSockets'
for program in "$legcare" "$cli"; do
  name=$(basename "$program")
  if readelf -d "$program" | grep NEEDED | grep -E "$networking"; then
    fail "$name needs a networking library directly"
  fi
  if ldd "$program" | grep -E "$networking"; then
    fail "$name loads a networking library (through its dependencies)"
  else
    ok "$name links no networking library ($(ldd "$program" | wc -l) libraries in all)"
  fi
done
# The programs and the core library call no socket function themselves (Qt's X11 and D-Bus
# support do, over AF_UNIX, checked below), and use no Qt Network class.
socket_calls='^(socket|connect|bind|listen|accept4?|sendto|sendmsg|getaddrinfo|gethostbyname[_r0-9]*|res_n?query)(@|$)'
for object in "$legcare" "$cli"; do
  if nm -D --undefined-only --format=just-symbols "$object" | grep -E "$socket_calls"; then
    fail "$(basename "$object") calls socket functions itself"
  fi
done
if nm --undefined-only --format=just-symbols "$core" 2> /dev/null | grep -E "$socket_calls"; then
  fail "the core library calls socket functions"
fi
if nm --undefined-only --format=just-symbols --demangle "$core" "$legcare" "$cli" 2> /dev/null \
  | grep -E 'QNetwork|QTcpSocket|QUdpSocket|QAbstractSocket|QHostAddress|QSslSocket|QDnsLookup|QLocalSocket'; then
  fail "Qt Network classes are used"
else
  ok "no socket calls and no Qt Network class in legcare, legcare-cli or the core library"
fi

# --- A user of its own, umask 022 ---------------------------------------------------------
umask 022
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LEGCARE_DB
mkdir -p "$XDG_CONFIG_HOME/LegCare" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The print service for the GUI tests that create a printer or a print preview: a local socket.
# Without it, CUPS's client library (loaded by Qt's print support only then) looks for the
# scheduler at 127.0.0.1:631 and [::1]:631, loopback only, on a machine without CUPS; that is
# the system's print service, not LegCare, and docs/privacy.md says so.
export CUPS_SERVER=$work/runtime/cups.sock
printf '[safety]\nacknowledgedNotice=1000\n' > "$XDG_CONFIG_HOME/LegCare/LegCare.conf"
out=$work/out
mkdir -p "$out"

# Runs a command under strace; the trace goes to $work/trace/N.
mkdir -p "$work/trace"
traced=0
trace() {
  traced=$((traced + 1))
  echo "$*" > "$work/trace/$traced.cmd"
  local status=0
  strace -f -qq --seccomp-bpf -e trace=network -o "$work/trace/$traced.strace" -- "$@" \
    > "$work/trace/$traced.out" 2>&1 || status=$?
  return $status
}
cli() { trace "$cli" "$@"; }

# --- 2a. The CLI --------------------------------------------------------------------------
profile=$work/profile.json
cat > "$profile" << 'EOF'
{"age": 34, "complaint": "cramp", "location": "calf", "side": "left", "when": "night",
 "episode_length": "seconds", "episodes_per_week": 0.2, "severity": 6}
EOF
printf 'started_at,duration_s,location,side,severity,context,triggers,reliefs,note\n2026-11-01T02:00:00+01:00,60,calf,left,5,sleep,cold,stretching,"night, ""sharp"""\n' \
  > "$work/import.csv"
# An older export that others could read: replacing it must make it private.
echo old > "$out/diary.csv"
chmod 644 "$out/diary.csv"
run_cli() {
  cli diary add --at 2026-11-20T03:15:00+08:00 --location calf --side left --severity 6 \
    --duration 90 --context sleep --trigger cold --relief stretching --note "woke up" || return 1
  cli diary import "$work/import.csv" || return 1
  cli diary list || return 1
  cli diary list --json || return 1
  cli diary edit 1 --at 2026-11-20T03:15:00+08:00 --location calf --side both --severity 7 || return 1
  cli diary stats || return 1
  cli diary export --csv "$out/diary.csv" || return 1
  cli diary export --json "$out/diary.json" || return 1
  cli report --pdf "$out/report.pdf" --days 90 || return 1
  cli assess --profile "$profile" || return 1
  cli assess --profile "$profile" --json --lang zh_CN || return 1
  cli kb conditions || return 1
  cli kb condition nocturnal_leg_cramps --json || return 1
  cli kb exercises || return 1
  cli kb check || return 1
  cli routine list || return 1
  cli routine print bedtime_cramp_prevention --pdf "$out/routine.pdf" || return 1
  cli routine print bedtime_cramp_prevention --pdf "$out/routine-zh.pdf" --lang zh_CN || return 1
}
if run_cli; then
  ok "the CLI ran $traced commands"
else
  fail "a CLI command failed: $(cat "$work/trace/$traced.cmd")"
  cat "$work/trace/$traced.out"
fi

# Migrating an old diary backs it up first (the v1 fixture).
cp "$data/diary-v1.sqlite" "$work/old.sqlite"
chmod 644 "$work/old.sqlite"
cli --db "$work/old.sqlite" diary list > /dev/null || fail "the v1 diary did not open"

# --- 2b. The GUI on Xvfb, each area in turn -----------------------------------------------
start_xvfb
for area in 0 1 2 3; do
  printf '[safety]\nacknowledgedNotice=1000\n\n[window]\nlastArea=%s\n' "$area" \
    > "$XDG_CONFIG_HOME/LegCare/LegCare.conf"
  if LEGCARE_EXIT_WHEN_SHOWN=1 QT_QPA_PLATFORM=xcb timeout 120 \
    strace -f -qq --seccomp-bpf -e trace=network -o "$work/trace/gui-$area.strace" -- "$legcare" \
    > "$work/trace/gui-$area.out" 2>&1 \
    && grep -q 'legcare-startup ready' "$work/trace/gui-$area.out"; then
    ok "legcare showed area $area with the diary open, and quit"
  else
    fail "legcare did not show area $area and quit"
    cat "$work/trace/gui-$area.out"
  fi
done
grep -q 'AF_UNIX' "$work/trace/gui-0.strace" || fail "the GUI trace shows no X11 / D-Bus socket: is strace tracing?"

# While LegCare runs, its diary has its WAL and shared-memory files beside it.
QT_QPA_PLATFORM=xcb "$legcare" > "$work/gui-running.log" 2>&1 &
running=$!
diary=$XDG_DATA_HOME/LegCare/LegCare/diary.sqlite
for _ in $(seq 1 200); do
  [ -e "$diary-wal" ] && [ -e "$diary-shm" ] && break
  sleep 0.1
done
[ -e "$diary-wal" ] && [ -e "$diary-shm" ] || fail "no -wal / -shm beside the open diary"
wal_modes="$(stat -c '%a %n' "$diary-wal" "$diary-shm" 2> /dev/null || true)"
lock=$XDG_RUNTIME_DIR/org.legcare.LegCare.lock
lock_mode="$(stat -c '%a' "$lock" 2> /dev/null || echo missing)"
kill "$running"
wait "$running" 2> /dev/null || true

# --- 2c. The GUI test suite (every area, dialogs, print previews, PDF files) --------------
if QT_QPA_PLATFORM=offscreen trace "$gui_tests" --gtest_brief=1; then
  ok "the GUI tests passed under strace"
else
  fail "the GUI tests failed under strace"
  tail -n 40 "$work/trace/$traced.out"
fi

# --- 2d. Read the traces --------------------------------------------------------------------
# Any socket of a family other than AF_UNIX, and any address of another family.
bad=$(grep -hE '(^|[ ])(socket|socketpair)\(' "$work"/trace/*.strace | grep -v '(AF_UNIX' || true)
bad+=$(grep -hE 'sa_family=(AF_([^U]|U[^N])|[0-9])' "$work"/trace/*.strace || true)
if [ -n "$bad" ]; then
  fail "a socket other than AF_UNIX was used:"
  echo "$bad" | sort | uniq -c | head -n 20
else
  sockets=$(cat "$work"/trace/*.strace | grep -cE '(socket|socketpair)\(AF_UNIX' || true)
  ok "no socket but AF_UNIX in $(ls "$work"/trace/*.strace | wc -l) traced runs (${sockets} local sockets)"
fi

# --- 3. Permissions ---------------------------------------------------------------------------
mode() { stat -c '%a' "$1"; }
expect_mode() {
  local file=$1 want=$2 what=$3 got
  if [ ! -e "$file" ]; then
    fail "$what: $file is missing"
    return
  fi
  got=$(mode "$file")
  if [ "$got" = "$want" ]; then
    ok "$what is $want"
  else
    fail "$what is $got, not $want ($file)"
  fi
}
expect_mode "$XDG_DATA_HOME/LegCare/LegCare" 700 "the data folder"
expect_mode "$diary" 600 "the diary"
for entry in $wal_modes; do
  case $entry in
    600|*/*) ;;
    *) fail "the diary's -wal or -shm is $entry, not 600 ($wal_modes)" ;;
  esac
done
[ -n "$wal_modes" ] && ok "the diary's -wal and -shm: $(echo "$wal_modes" | awk '{print $1}' | paste -sd' ')"
if [ "$lock_mode" = 600 ]; then
  ok "the single-instance lock, while legcare runs, is 600"
else
  fail "the single-instance lock, while legcare runs, is $lock_mode, not 600 ($lock)"
fi
backup=$(ls "$work"/old.sqlite.backup-v1-* 2> /dev/null | head -n 1)
expect_mode "${backup:-$work/old.sqlite.backup-v1-(none)}" 600 "the backup before an upgrade"
expect_mode "$work/old.sqlite" 600 "an older diary once opened"
expect_mode "$out/diary.csv" 600 "the CSV export (it replaced a 644 file)"
expect_mode "$out/diary.json" 600 "the JSON export"
expect_mode "$out/report.pdf" 600 "the doctor's report (PDF)"
expect_mode "$out/routine.pdf" 600 "the routine handout (PDF)"
leftover=$(find "$XDG_DATA_HOME" "$XDG_CACHE_HOME" -type f 2> /dev/null | grep -v '/fontconfig/' \
  | grep -vE '/diary\.sqlite(-wal|-shm)?$' || true)
[ -z "$leftover" ] || fail "unexpected files in the data or cache folders: $leftover"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all privacy checks passed"
