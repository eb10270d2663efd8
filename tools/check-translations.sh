#!/usr/bin/env bash
# Fails when a user-visible string of the sources has no finished French
# translation: runs lupdate on a copy of the .ts file and counts what is
# new (unfinished) or vanished (obsolete/vanished).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$top/translations/relais_fr.ts" "$work/relais_fr.ts"
"$lupdate" -silent -locations none -extensions cpp,h,ui \
  "$top/src" "$top/ui" -ts "$work/relais_fr.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/relais_fr.ts" || true)
obsolete=$(grep -cE 'type="(obsolete|vanished)"' "$work/relais_fr.ts" || true)
total=$(grep -c '<message' "$work/relais_fr.ts" || true)
echo "translations: $total messages, $unfinished untranslated, $obsolete obsolete"
if [ "$unfinished" -gt 0 ] || [ "$obsolete" -gt 0 ]; then
  echo "Untranslated or obsolete strings (run 'make translations' and translate them):"
  grep -B3 -E 'type="(unfinished|obsolete|vanished)"' "$work/relais_fr.ts" \
    | grep '<source>' | sed 's/^ */  /' | head -50
  exit 1
fi
