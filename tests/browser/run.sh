#!/usr/bin/env bash
# The drop-in page in a real browser: installs playwright-core (npm) and uses
# Debian's Chromium; starts fundbook serve on a free loopback port, drops the
# samples, checks the findings and reads the downloaded report back.
#   tests/browser/run.sh FUNDBOOK_EXE [SCREENSHOT]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
exe=$1
shot=${2:-}
if ! command -v node >/dev/null || ! command -v npm >/dev/null || [ ! -x /usr/bin/chromium ]; then
  echo "SKIP: node, npm or /usr/bin/chromium missing (make test installs chromium)"
  exit 77
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent >/dev/null 2>&1 || npm install --no-audit --no-fund --silent >/dev/null)
fi
work=$(mktemp -d)
log="$work/serve.log"
pid=
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
. "$here/serve_start.sh"
start_serve "$exe" "$log"
node "$here/drop_in.test.mjs" "$url" "$root/samples" "$work/report.xlsx" $shot
"$exe" inspect "$work/report.xlsx" --cells --format json > "$work/report.json"
grep -q '"name": "Findings"' "$work/report.json" || { echo "FAIL: the downloaded report has no Findings sheet"; exit 1; }
grep -q 'Street lighting synergies (B/R.6.214) Saving: TOTAL says -1,941' "$work/report.json" ||
  { echo "FAIL: the downloaded report does not hold the Street lighting finding"; exit 1; }
echo "1 passed, 0 failed"
