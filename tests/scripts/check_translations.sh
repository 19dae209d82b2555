#!/usr/bin/env bash
# Fails when a user-visible string of the code has no finished translation.
# Runs lupdate over the sources into a copy of each .ts file, so the committed file is not
# touched, then looks for unfinished or vanished entries.
# usage: check_translations.sh LUPDATE ARGUMENTS_LIST TS_FILE...
# ARGUMENTS_LIST holds lupdate arguments one per line: -I paths and the sources.
set -euo pipefail
lupdate=$1; sources_list=$2; shift 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mapfile -t sources < "$sources_list"
status=0
for ts in "$@"; do
  copy="$tmp/$(basename "$ts")"
  cp "$ts" "$copy"
  # The English catalogue holds plural forms only.
  mode=()
  [[ "$(basename "$ts")" == *_en.ts ]] && mode=(-pluralonly)
  "$lupdate" -silent -locations none "${mode[@]}" "${sources[@]}" -ts "$copy"
  missing=$(grep -c 'type="unfinished"' "$copy" || true)
  stale=$(grep -cE 'type="(vanished|obsolete)"' "$copy" || true)
  total=$(grep -c '<message' "$copy" || true)
  echo "$(basename "$ts"): $total messages, $missing unfinished, $stale no longer in the code"
  if [ "$missing" -ne 0 ]; then
    echo "Untranslated strings (run the update_translations target, then translate them):"
    grep -B3 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^ */  /' | head -n 50
    status=1
  fi
  if [ "$stale" -ne 0 ]; then
    echo "Stale entries: run the update_translations target (lupdate -no-obsolete)."
    status=1
  fi
done
exit $status
