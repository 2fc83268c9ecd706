#!/usr/bin/env bash
# Every string the sources show is translated in every translations/*.ts, and no translation is
# left over from a string that is gone: lupdate runs over the sources into a copy of each file,
# which must come out with nothing unfinished, vanished or obsolete.
# usage: check_translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
source=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$source"/translations/*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  # English keeps the sources' words: its file holds only their plural forms.
  plural_only=()
  [[ $ts == *_en.ts ]] && plural_only=(-pluralonly)
  (cd "$source" && "$lupdate" -silent -locations none "${plural_only[@]}" ui app resources -ts "$copy")
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  gone=$(grep -cE 'type="(vanished|obsolete)"' "$copy" || true)
  messages=$(grep -c '<message' "$copy")
  echo "$(basename "$ts"): $messages strings, $unfinished untranslated, $gone no longer in the sources"
  if [ "$unfinished" -ne 0 ] || [ "$gone" -ne 0 ]; then
    grep -B2 -E 'type="(unfinished|vanished|obsolete)"' "$copy" | grep '<source>' | head -n 20 | sed 's/^/  /'
    status=1
  fi
  if ! cmp -s "$ts" "$copy"; then
    echo "  $(basename "$ts") is not what lupdate makes of the sources: run lupdate and commit it"
    diff "$ts" "$copy" | head -n 20
    status=1
  fi
done
exit $status
