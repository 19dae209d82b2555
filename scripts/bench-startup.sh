#!/usr/bin/env bash
# Startup benchmark (docs/performance.md, "Startup"): the time from launch to the main window
# shown, for LegCare with a large diary and for the floor (legcare_startup_floor: an empty
# QMainWindow, same build flags), in rounds on one Xvfb server. For reference it also times the
# floor with a title and a line of text (legcare_startup_floor --text): the empty window lays out
# no text, and any text costs a Qt program fontconfig, the font database and font engines.
#
# usage: scripts/bench-startup.sh [--build-dir DIR] [--no-build] [--rounds N] [--episodes N]
#                                 [--area N] [--max-ratio R] [--settle MS] [--app PATH]
#   --build-dir DIR  a RelWithDebInfo build directory (default build/default; configured and
#                    built here if needed, -j2 unless JOBS says otherwise)
#   --no-build       use the programs already in DIR
#   --rounds N       measured rounds of (floor, floor with text, LegCare), order rotating
#                    (default 15)
#   --episodes N     episodes in the diary (default 100000; made once, kept in DIR/bench-startup)
#   --area N         the area LegCare opens at: 0 Symptom check, 1 Stretching, 2 Diary (default),
#                    3 Library
#   --max-ratio R    exit 1 if LegCare's median "shown and ready" exceeds R times the floor's
#                    median "shown"
#   --app PATH       time this legcare instead of DIR's (another build, to compare)
#   --settle MS      pause before each run, so that the X server and the machine are done with
#                    the previous program (default 300; 0 for none)
#
# Each program is started by legcare_startup_timer, which reads the monotonic clock just before
# it starts the program; the program's StartupProbe (LEGCARE_EXIT_WHEN_SHOWN=1) prints the
# monotonic time of its first frame ("shown": the first expose of the main window handled, so
# the whole window painted and flushed to the X server) and of "ready" (LegCare: the diary open
# and the Diary page holding its data; the floor: when shown), then quits. It also prints the
# processor time spent up to the first frame by the GUI thread and by all threads, which a busy
# or drifting machine disturbs less than the time from the launch. The summary gives the ratio of
# the medians and the median of each round's ratio (LegCare against that round's floor).
# Exit 77 when Xvfb is missing (ctest: skipped).
set -euo pipefail
# A private session bus, as a desktop has one (LegCare's single-instance check uses it).
if [ -z "${LEGCARE_BENCH_BUS:-}" ] && command -v dbus-run-session > /dev/null; then
  exec env LEGCARE_BENCH_BUS=1 dbus-run-session -- bash "$(realpath "$0")" "$@"
fi
called_from=$PWD
cd "$(dirname "$(realpath "$0")")/.."

build_dir=""
build=1
rounds=15
episodes=100000
area=2
max_ratio=""
app=""
settle_ms=300
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) build_dir=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --rounds) rounds=$2; shift 2 ;;
    --episodes) episodes=$2; shift 2 ;;
    --area) area=$2; shift 2 ;;
    --max-ratio) max_ratio=$2; shift 2 ;;
    --app) app=$(realpath "$2"); shift 2 ;;
    --settle) settle_ms=$2; shift 2 ;;
    -h|--help) sed -n '2,33p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

case $build_dir in
  "") build_dir=$PWD/build/default ;;
  /*) ;;
  *) build_dir=$called_from/$build_dir ;;
esac

if ! command -v Xvfb > /dev/null; then
  echo "SKIP: Xvfb is missing (Debian package: xvfb; scripts/install-deps.sh installs it)"
  exit 77
fi
if [ "$build" = 1 ]; then
  if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
  fi
  cmake --build "$build_dir" -j "${JOBS:-2}" \
    --target legcare legcare-cli legcare_startup_floor legcare_startup_timer > /dev/null
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
[ "$build_type" = RelWithDebInfo ] || echo "warning: $build_dir is a $build_type build, not RelWithDebInfo" >&2
legcare=${app:-$build_dir/app/gui/legcare}
cli=$build_dir/app/cli/legcare-cli
floor=$build_dir/tests/bench/startup/legcare_startup_floor
timer=$build_dir/tests/bench/startup/legcare_startup_timer
for program in "$legcare" "$cli" "$floor" "$timer"; do
  [ -x "$program" ] || { echo "$program is not built (run without --no-build)" >&2; exit 1; }
done

# $work and start_xvfb
source scripts/lib/xvfb.sh

# The diary, made once per size: one episode about every three hours since 1990 (as the diary
# benchmark's), half with triggers, a quarter with a note, imported by legcare-cli.
cache="$build_dir/bench-startup"
diary_cache="$cache/diary-$episodes.sqlite"
if [ ! -f "$diary_cache" ]; then
  mkdir -p "$cache"
  echo "making a diary of $episodes episodes ($diary_cache)..."
  awk -v n="$episodes" 'BEGIN {
    srand(42)
    split("inner_thigh groin front_thigh back_thigh calf shin foot toes", where, " ")
    split("left right both", side, " ")
    split("sleep exercise rest other", context, " ")
    printf "started_at,duration_s,location,side,severity,context,triggers,reliefs,note\r\n"
    start = 7305 * 86400 # 1990-01-01, local time (+08:00)
    for (i = 0; i < n; i++) {
      t = start + i * 3 * 3600 + int(rand() * 3600)
      z = int(t / 86400) + 719468; s = t % 86400
      era = int(z / 146097); doe = z - era * 146097
      yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
      doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100)); mp = int((5 * doy + 2) / 153)
      d = doy - int((153 * mp + 2) / 5) + 1; m = mp < 10 ? mp + 3 : mp - 9; y = yoe + era * 400 + (m <= 2)
      printf "%04d-%02d-%02dT%02d:%02d:%02d+08:00,%d,%s,%s,%d,%s,%s,stretching,%s\r\n",
        y, m, d, int(s / 3600), int(s % 3600 / 60), s % 60, 10 + int(rand() * 290),
        where[1 + int(rand() * 8)], side[1 + int(rand() * 3)], int(rand() * 11),
        context[1 + int(rand() * 4)], rand() < 0.5 ? "cold;little_water" : "",
        rand() < 0.25 ? "\"woke up at night, \"\"sharp\"\", stretched it out\"" : ""
    }
  }' > "$work/diary.csv"
  rm -f "$diary_cache.part"
  "$cli" --db "$diary_cache.part" diary import "$work/diary.csv" > /dev/null
  mv "$diary_cache.part" "$diary_cache"
  rm -f "$work/diary.csv"
fi

# A user of their own: settings with the safety notice acknowledged and the area to open.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_CONFIG_HOME/LegCare" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$work/data"
chmod 700 "$XDG_RUNTIME_DIR" "$work/data"
printf '[safety]\nacknowledgedNotice=1000\n\n[window]\nlastArea=%s\n' "$area" \
  > "$XDG_CONFIG_HOME/LegCare/LegCare.conf"
cp "$diary_cache" "$work/data/diary.sqlite"
chmod 600 "$work/data/diary.sqlite"
export LEGCARE_DB=$work/data/diary.sqlite
export QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY

# One X server for the whole run.
start_xvfb

# One run: "shown ready usable cpu_gui cpu_all" in milliseconds; usable = the later of shown and
# ready (a small diary can be ready before the first frame); cpu_*: processor time up to the
# first frame, of the GUI thread and of all threads.
run() {
  local name=$1 line
  shift
  # Without a pause a program started while the X server still tears down the previous one's
  # window (the Diary's table of episodes, say) is slowed by it: the floor measured 61 ms after
  # LegCare at the Diary and 40 ms after LegCare at the Symptom check in the same hour.
  [ "$settle_ms" -gt 0 ] && sleep "$(awk -v ms="$settle_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  if ! line=$("$timer" 60 "$@" 2> "$work/$name.log"); then
    echo "FAIL: $name did not reach \"shown\" and \"ready\" and exit 0: $line" >&2
    cat "$work/$name.log" >&2
    exit 1
  fi
  sed -E 's/^shown_ms=([0-9.]+) ready_ms=([0-9.]+) .* cpu_gui_ms=([-0-9.]+) cpu_all_ms=([-0-9.]+) .*/\1 \2 \3 \4/' <<< "$line" \
    | awk '{ print $1, $2, ($2 > $1 ? $2 : $1), $3, $4 }'
}

echo "startup: $rounds rounds, diary of $episodes episodes, LegCare opens area $area; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
run floor "$floor" > /dev/null # warm-up: page cache, font cache
run text "$floor" --text > /dev/null
run legcare "$legcare" > /dev/null
: > "$work/floor.txt"
: > "$work/text.txt"
: > "$work/legcare.txt"
# The floor, the floor with text and LegCare, each first, second and third in turn.
for i in $(seq 1 "$rounds"); do
  case $((i % 3)) in
    1) order="floor text legcare" ;;
    2) order="legcare floor text" ;;
    0) order="text legcare floor" ;;
  esac
  for name in $order; do
    case $name in
      floor) run floor "$floor" >> "$work/floor.txt" ;;
      text) run text "$floor" --text >> "$work/text.txt" ;;
      legcare) run legcare "$legcare" >> "$work/legcare.txt" ;;
    esac
  done
done

# min median max of column $2 of file $1
stats() {
  cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END {
    med = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.1f %.1f %.1f\n", v[1], med, v[NR] }'
}
read -r f_min f_med f_max <<< "$(stats "$work/floor.txt" 1)"
read -r t_min t_med t_max <<< "$(stats "$work/text.txt" 1)"
read -r s_min s_med s_max <<< "$(stats "$work/legcare.txt" 1)"
read -r r_min r_med r_max <<< "$(stats "$work/legcare.txt" 2)"
read -r u_min u_med u_max <<< "$(stats "$work/legcare.txt" 3)"
printf '%-34s %8s %8s %8s\n' "ms from launch" min median max
printf '%-34s %8s %8s %8s\n' "floor: empty QMainWindow shown" "$f_min" "$f_med" "$f_max"
printf '%-34s %8s %8s %8s\n' "floor with a title and a line" "$t_min" "$t_med" "$t_max"
printf '%-34s %8s %8s %8s\n' "LegCare: main window shown" "$s_min" "$s_med" "$s_max"
printf '%-34s %8s %8s %8s\n' "LegCare: diary ready" "$r_min" "$r_med" "$r_max"
printf '%-34s %8s %8s %8s\n' "LegCare: shown and ready" "$u_min" "$u_med" "$u_max"
printf '%-34s %8s %8s %8s\n' "CPU ms to the first frame" min median max
printf '%-34s %8s %8s %8s\n' "floor: GUI thread" $(stats "$work/floor.txt" 4)
printf '%-34s %8s %8s %8s\n' "floor: all threads" $(stats "$work/floor.txt" 5)
printf '%-34s %8s %8s %8s\n' "floor with text: GUI thread" $(stats "$work/text.txt" 4)
printf '%-34s %8s %8s %8s\n' "LegCare: GUI thread" $(stats "$work/legcare.txt" 4)
printf '%-34s %8s %8s %8s\n' "LegCare: all threads" $(stats "$work/legcare.txt" 5)
ratio_shown=$(awk -v a="$s_med" -v b="$f_med" 'BEGIN { printf "%.2f", a / b }')
ratio=$(awk -v a="$u_med" -v b="$f_med" 'BEGIN { printf "%.2f", a / b }')
# Each round's LegCare against that round's floor: steadier than the ratio of medians when the
# machine's speed drifts during the run.
paired=$(paste -d' ' "$work/legcare.txt" "$work/floor.txt" \
  | awk '{ print $1 / $6 }' | sort -g | awk '{ v[NR] = $1 } END {
    printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo "ratio of medians: shown ${ratio_shown}x, shown and ready ${ratio}x the floor (target: within 1.5x)"
echo "median of the rounds' ratios: shown ${paired}x"
ratio_text=$(awk -v a="$s_med" -v b="$t_med" 'BEGIN { printf "%.2f", a / b }')
ratio_text_floor=$(awk -v a="$t_med" -v b="$f_med" 'BEGIN { printf "%.2f", a / b }')
echo "for reference: LegCare shown ${ratio_text}x the floor with a title and a line of text, which shows ${ratio_text_floor}x the empty floor"
if [ -n "$max_ratio" ] && awk -v r="$ratio" -v m="$max_ratio" 'BEGIN { exit !(r > m) }'; then
  echo "FAIL: LegCare is ready after ${ratio}x the floor's time, above the bound of ${max_ratio}x"
  exit 1
fi
