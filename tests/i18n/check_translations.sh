#!/usr/bin/env bash
# Every qsTr text of the kiosk's QML has a finished, non-empty translation in every language's .ts
# file: a text added to a screen without its translations would show English to every guest.
# Usage: check_translations.sh LUPDATE QML_DIR TS_FILE...
set -euo pipefail
lupdate="$1"; qml_dir="$2"; shift 2
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
  name="$(basename "$ts")"
  cp "$ts" "$work/$name"
  # lupdate adds every text found in the sources and missing from the file as "unfinished".
  "$lupdate" "$qml_dir" -extensions qml,js -ts "$work/$name" -no-obsolete -silent
  unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
  empty=$(grep -c '<translation></translation>\|<translation/>' "$work/$name" || true)
  if [ "$unfinished" != 0 ] || [ "$empty" != 0 ]; then
    echo "$name: $unfinished text(s) without a finished translation, $empty empty; run the update_translations target and translate them:" >&2
    grep -B3 'type="unfinished"\|<translation></translation>' "$work/$name" | grep '<source>' >&2 || true
    status=1
  fi
done
[ $status = 0 ] && echo "translations complete: $# files"
exit $status
