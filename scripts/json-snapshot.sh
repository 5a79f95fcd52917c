#!/usr/bin/env bash
# Writes `check --format json` (and its exit status) for every workbook under samples/
# and tests/data/, and for samples/ as one folder, into OUTDIR, so a refactor can be
# shown to leave the output byte-identical:
#   scripts/json-snapshot.sh build/fundbook /tmp/before
#   ... change ...
#   scripts/json-snapshot.sh build/fundbook /tmp/after && diff -r /tmp/before /tmp/after
set -uo pipefail
fundbook=$(realpath "$1")
out=$2
cd "$(dirname "$0")/.."
mkdir -p "$out"
snap() { # name, args...
  local name=$1
  shift
  "$fundbook" check --format json "$@" >"$out/$name.json" 2>"$out/$name.stderr"
  echo "exit $?" >>"$out/$name.stderr"
}
snap samples-folder samples
find samples tests/data -type f \( -name '*.xlsx' -o -name '*.xlsm' -o -name '*.xls' \
  -o -name '*.ods' -o -name '*.csv' \) | LC_ALL=C sort | while read -r f; do
  snap "$(echo "$f" | tr '/' '_')" "$f"
done
echo "$(ls "$out" | grep -c '\.json$') snapshots in $out"
