#!/usr/bin/env bash
# Builds the Debian package from a build directory with cpack, unpacks it into a temporary root
# and checks what a Debian system gets: the files, the control fields, that the packaged CLI
# runs, and (when lintian is installed) that lintian finds no error.
# usage: check_package.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build=$1; app_id=$2; version=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

status=0
fail() { echo "FAIL: $*"; status=1; }

# cpack installs the build into its own staging area: nothing is written to the build's
# packages or to the system.
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack -G DEB"
  exit 1
fi
debs=("$work"/out/legcare_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  ls -l "$work/out"
  echo "FAIL: expected one legcare_*.deb"
  exit 1
fi
deb=${debs[0]}
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

root="$work/root"
dpkg-deb -x "$deb" "$root"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = legcare ] || fail "Package is '$(field Package)', not legcare"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
for dep in libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n libqt6widgets6 libqt6charts6 libc6; do
  grep -Eq "(^|[ ,])$dep([ ,(]|$)" <<< "$depends" || fail "Depends lacks $dep"
done
grep -q fonts-noto-cjk <<< "$(field Recommends)" || fail "Recommends lacks fonts-noto-cjk"

# WIDTHxHEIGHT of a PNG file, from its header (big-endian numbers at bytes 16 and 20).
png_size() {
  local b
  read -r -a b <<< "$(od -An -tu1 -j16 -N8 "$1")"
  [ ${#b[@]} -eq 8 ] || { echo "not a PNG"; return; }
  echo "$(( (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3] ))x$(( (b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7] ))"
}

# Files, all under /usr.
expect() {
  if [ -e "$root/$1" ]; then echo "ok: $1"; else fail "missing /$1"; fi
}
expect usr/bin/legcare
expect usr/bin/legcare-cli
expect "usr/share/applications/$app_id.desktop"
expect "usr/share/metainfo/$app_id.metainfo.xml"
expect "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256; do
  png="usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  expect "$png"
  if [ -e "$root/$png" ]; then
    dims=$(png_size "$root/$png")
    [ "$dims" = "${size}x${size}" ] || fail "$png is '$dims', not ${size}x${size}"
  fi
done
expect usr/share/man/man1/legcare.1.gz
expect usr/share/man/man1/legcare-cli.1.gz
expect usr/share/doc/legcare/copyright
expect usr/share/doc/legcare/changelog.gz
# The Diary's charts plugin, in LegCare's library directory, where the packaged legcare looks for
# it (the path relative to /usr/bin is compiled into the program).
plugins=$(find "$root/usr/lib" -path '*/legcare/plugins/liblegcare_diary_charts.so' 2> /dev/null)
if [ "$(wc -l <<< "$plugins")" -ne 1 ] || [ -z "$plugins" ]; then
  fail "expected one liblegcare_diary_charts.so under /usr/lib/…/legcare/plugins/, found: '$plugins'"
else
  echo "ok: ${plugins#"$root"/}"
  relative=$(realpath --relative-to="$root/usr/bin" "$(dirname "$plugins")")
  grep -qaF "$relative" "$root/usr/bin/legcare" \
    || fail "legcare does not look for its plugin in $relative"
  if readelf -S --wide "$plugins" | grep -Eq '\.(symtab|debug_info)'; then
    fail "${plugins#"$root"} is not stripped"
  fi
fi
stray=$(find "$root" -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$stray" ] || fail "files outside /usr: $stray"
[ ! -e "$root/usr/local" ] || fail "files under /usr/local"

# Binaries stripped (the build is RelWithDebInfo): no symbol table, no debug sections.
for bin in legcare legcare-cli; do
  if readelf -S --wide "$root/usr/bin/$bin" | grep -Eq '\.(symtab|debug_info)'; then
    fail "/usr/bin/$bin is not stripped"
  fi
done

# The newest changelog and metainfo entries are this version: a release bump needs both.
changelog_version=$(zcat "$root/usr/share/doc/legcare/changelog.gz" | head -1 | sed -n 's/^legcare (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] \
  || fail "newest changelog entry is '$changelog_version', not $version (packaging/changelog)"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
release_version=$(grep -o '<release [^>]*version="[^"]*"' "$metainfo" | head -1 | sed 's/.*version="\([^"]*\)"/\1/')
[ "$release_version" = "$version" ] \
  || fail "newest metainfo release is '$release_version', not $version (packaging/legcare.metainfo.xml.in)"

# Manual pages format without a warning.
if command -v man > /dev/null; then
  for page in legcare legcare-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
      "$root/usr/share/man/man1/$page.1.gz" 2>&1 > /dev/null || echo "man failed")
    [ -z "$warnings" ] || fail "man $page: $warnings"
  done
fi

# The packaged CLI runs from the unpacked tree (the knowledge base is compiled in).
export QT_QPA_PLATFORM=offscreen
cli="$root/usr/bin/legcare-cli"
cli_version=$("$cli" --version) || fail "packaged legcare-cli --version failed"
echo "packaged legcare-cli --version: $cli_version"
[ "$cli_version" = "legcare-cli $version" ] || fail "packaged --version says '$cli_version'"
if "$cli" kb check > "$work/kb-check.txt" 2>&1; then
  echo "packaged legcare-cli kb check: $(tail -1 "$work/kb-check.txt")"
else
  cat "$work/kb-check.txt"
  fail "packaged legcare-cli kb check"
fi

# lintian: errors fail the test; warnings are listed (docs/packaging.md says which are expected).
if command -v lintian > /dev/null; then
  lintian --tag-display-limit 0 "$deb" > "$work/lintian.txt" 2>&1 || true
  cat "$work/lintian.txt"
  if grep -q '^E: ' "$work/lintian.txt"; then
    fail "lintian reports errors"
  else
    echo "lintian: no errors"
  fi
else
  echo "lintian not installed: skipped"
fi

exit $status
