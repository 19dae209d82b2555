#!/usr/bin/env bash
# The one list of Debian 12 packages LegCare needs to build, run and test.
# Installs only what is missing; uses sudo when not run as root.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl1-mesa-dev libxkbcommon-dev libfontconfig-dev
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth fonts-noto-core fonts-noto-cjk poppler-utils
  desktop-file-utils appstream
  dpkg-dev lintian man-db
  dbus
  clang-14 libclang-rt-14-dev llvm-14
  strace
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
