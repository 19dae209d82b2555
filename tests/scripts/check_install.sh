#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks the layout a desktop expects (programs,
# the charts plugin where legcare looks for it, desktop file, metainfo, icons in every size, manual
# pages, copyright).
# usage: check_install.sh BUILD_DIR APP_ID
set -euo pipefail
build=$1; app_id=$2
prefix=$(mktemp -d); trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > /dev/null

status=0
expect() {
  if [ -e "$prefix/$1" ]; then echo "ok: $1"; else echo "MISSING: $1"; status=1; fi
}
expect bin/legcare
expect bin/legcare-cli
expect "share/applications/$app_id.desktop"
expect "share/metainfo/$app_id.metainfo.xml"
expect "share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256; do
  expect "share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
expect share/man/man1/legcare.1.gz
expect share/man/man1/legcare-cli.1.gz
expect share/doc/legcare/copyright
expect share/doc/legcare/changelog.gz
# The Diary's charts plugin, where the installed legcare looks for it (relative to bin/).
plugin=$(find "$prefix" -path '*/legcare/plugins/liblegcare_diary_charts.so' | head -1)
if [ -z "$plugin" ]; then
  echo "MISSING: lib…/legcare/plugins/liblegcare_diary_charts.so"; status=1
else
  relative=$(realpath --relative-to="$prefix/bin" "$(dirname "$plugin")")
  if grep -qaF "$relative" "$prefix/bin/legcare"; then
    echo "ok: ${plugin#"$prefix"/} (bin/$relative)"
  else
    echo "legcare does not look for its plugin in bin/$relative"; status=1
  fi
fi

if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$prefix/share/applications/$app_id.desktop" || status=1
fi
if command -v appstreamcli > /dev/null; then
  appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$app_id.metainfo.xml" || status=1
fi

version=$("$prefix/bin/legcare-cli" --version)
echo "installed legcare-cli --version: $version"
[[ "$version" == legcare-cli\ * ]] || status=1
exit $status
