#!/bin/bash
# usage: ./run_all.sh BIN OUTDIR [MANIFEST]   -- runs `BIN check --format json` on every manifest file, one at a time, from /tmp
set -u
BIN=$(readlink -f "$1"); OUT=$(mkdir -p "$2" && readlink -f "$2")
KIT=${KIT:-$(dirname "$(readlink -f "$0")")}   # another kit (tests/trial2) runs this script with its own KIT
cd /tmp
/usr/bin/python3 -c 'import json,sys; [print(json.loads(l)["file"]) for l in open(sys.argv[1])]' "$KIT/${3:-manifest.jsonl}" | sort -u |
while read -r f; do
  name=$(basename "$f")
  timeout 120 "$BIN" check --format json "$KIT/$f" > "$OUT/$name.json" 2> "$OUT/$name.err"
  echo $? > "$OUT/$name.rc"
done
echo "done: $(ls "$OUT"/*.json | wc -l) results in $OUT"
