#!/usr/bin/env bash
# Runs fundbook check and report beside the read and write floors, the
# calamine reader (../shared/bench/calamine-read) and the openpyxl peer on each
# generated input, and prints a table of wall time, peak RSS and the ratios.
#   bash bench/run.sh [RUNS]     (from the project root; default 3 runs each)
# BENCH_MILLION=0 leaves out the 1,000,000-row tracker (its generation alone
# takes a minute and 1.5 GB); BENCH_PEER=0 leaves out the openpyxl peer.
set -euo pipefail
runs=${1:-3}
build=${BUILD:-build}
million=${BENCH_MILLION:-1}
with_peer=${BENCH_PEER:-1}
bash scripts/deps.sh hyperfine time python3-openpyxl python3-xlsxwriter libreoffice-calc-nogui
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc)" --target fundbook bench_generate read_floor write_floor >/dev/null
# Debian's python3, where python3-openpyxl and python3-xlsxwriter are installed.
py=/usr/bin/python3
gen=bench/generated
fb="$build/fundbook"
floor="$build/bench/read_floor"
calamine=${CALAMINE:-../shared/bench/calamine-read}
[ -x "$calamine" ] || calamine=/work/shared/bench/calamine-read
"$build/bench/bench_generate" "$gen"
[ "$million" = 1 ] && "$build/bench/bench_generate" "$gen" tracker-ss-1m.xlsx
# The same tracker as LibreOffice saves it in the other formats (an .xls sheet
# holds 65,536 rows, hence the 60,000-row one).
for conv in "xls tracker-ss-60k" "ods tracker-ss-100k"; do
  set -- $conv
  [ -f "$gen/$2.$1" ] || (cd "$gen" && soffice --headless --convert-to "$1" --outdir . "$2.xlsx" >/dev/null 2>&1)
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median() { # command... -> median seconds
  hyperfine --runs "$runs" --warmup 1 -N --export-json "$tmp/h.json" -i "$@" >/dev/null 2>&1 ||
    hyperfine --runs "$runs" --warmup 1 --export-json "$tmp/h.json" -i "$*" >/dev/null 2>&1
  python3 -c "import json;print('%.3f' % json.load(open('$tmp/h.json'))['results'][0]['median'])"
}
paired() { # base-command other-command -> "base-median other-median ratio-median"
  # One run of each, side by side, RUNS times: the machine's drift (this VM's
  # speed wanders by a third over minutes, more when others build) then hits
  # both alike, rather than whichever happened to run in a slow minute. The
  # ratio is the median of the pairs' own ratios (each pair ran in the same
  # minute).
  : >"$tmp/pairs"
  hyperfine -N --runs 1 -i "$1" "$2" >/dev/null 2>&1 # warm-up
  for _ in $(seq "$runs"); do
    hyperfine -N --runs 1 --export-json "$tmp/p.json" -i "$1" "$2" >/dev/null 2>&1
    python3 -c "import json;r=json.load(open('$tmp/p.json'))['results'];print(r[0]['times'][0], r[1]['times'][0])" >>"$tmp/pairs"
  done
  python3 -c "import statistics as s;p=[l.split() for l in open('$tmp/pairs')];print('%.3f %.3f %.2f' % (s.median(float(x[0]) for x in p), s.median(float(x[1]) for x in p), s.median(float(x[1])/float(x[0]) for x in p)))"
}
rss() { # command... -> peak RSS in MB
  /usr/bin/time -v "$@" >/dev/null 2>"$tmp/t.txt" || true
  awk '/Maximum resident set size/ {printf "%.0f", $6/1024}' "$tmp/t.txt"
}
cells_written() { # report -> cells in it, for the write floor
  "$fb" inspect "$1" --format json | python3 -c "import json,sys;d=json.load(sys.stdin);print(sum(s['cells_count'] for s in d['sheets']))"
}
row() { printf '| %s | %s | %s | %s | %s |\n' "$@"; }
r() { python3 -c "print('%.2f' % ($1/$2))"; }

# check (text and JSON) against the read floor, JSON against calamine, report
# against read + write floors; the openpyxl peer where asked.
full() { # input [report] [peer]
  local input=$1 in="$gen/$1"
  read -r f1 c1 q1 < <(paired "$floor $in" "$fb check $in")
  read -r f2 c2 q2 < <(paired "$floor $in" "$fb check --format json $in")
  read -r k3 c3 q3 < <(paired "$calamine $in" "$fb check --format json $in")
  row "$input" "read floor" "$f1" "$(rss "$floor" "$in")" ""
  row "$input" "calamine-read" "$k3" "$(rss "$calamine" "$in")" ""
  row "$input" "fundbook check" "$c1" "$(rss "$fb" check "$in")" "${q1}x read floor (median of paired runs)"
  "$fb" check --format json "$in" >"$tmp/out.json" || true
  row "$input" "fundbook check --format json" "$c2" "$(rss "$fb" check --format json "$in")" \
    "${q2}x read floor; ${q3}x calamine (paired); JSON $(du -m "$tmp/out.json" | cut -f1) MB"
  if [ "${2:-}" = report ]; then
    "$fb" report "$in" -o "$tmp/r.xlsx" >/dev/null || true
    local n wfloor rep
    n=$(cells_written "$tmp/r.xlsx")
    wfloor=$(median "$build/bench/write_floor" "$tmp/w.xlsx" "$n")
    rep=$(median "$fb" report "$in" -o "$tmp/r.xlsx")
    row "$input" "write floor ($n cells)" "$wfloor" "" ""
    row "$input" "fundbook report" "$rep" "$(rss "$fb" report "$in" -o "$tmp/r.xlsx")" \
      "$(python3 -c "print('%.2f' % ($rep/($f1+$wfloor)))")x (read + write floor)"
  fi
  if [ "${3:-}" = peer ] && [ "$with_peer" = 1 ]; then
    "$py" bench/peers/openpyxl_peer.py "$tmp/p.xlsx" "$in" >/dev/null # must work before it is timed
    local peer
    peer=$(median "$py" bench/peers/openpyxl_peer.py "$tmp/p.xlsx" "$in")
    row "$input" "openpyxl peer" "$peer" "$(rss "$py" bench/peers/openpyxl_peer.py "$tmp/p.xlsx" "$in")" \
      "$(r "$peer" "$c1")x fundbook check's time"
  fi
}
# Formats the read floor cannot read: calamine is the yardstick.
peer_only() { # input
  local input=$1 in="$gen/$1"
  read -r k c q < <(paired "$calamine $in" "$fb check --format json $in")
  row "$input" "calamine-read" "$k" "$(rss "$calamine" "$in")" ""
  row "$input" "fundbook check --format json" "$c" "$(rss "$fb" check --format json "$in")" "${q}x calamine (paired)"
}

printf '| input | what | median s | peak RSS MB | ratio |\n|---|---|---:|---:|---|\n'
full tracker-ss-100k.xlsx report
full tracker-repeated-100k.xlsx
peer_only tracker-ss-60k.xls
peer_only tracker-ss-100k.ods
full folder-200 report peer
full folder-2000
# One thread against the pool (one a core): wall time, paired, and the same
# output byte for byte (the issue: output identical whatever the threads).
in="$gen/folder-2000"
read -r w1 wn qn < <(paired "$fb check --threads 1 --format json $in" "$fb check --format json $in")
same=$(cmp -s <("$fb" check --threads 1 --format json "$in") <("$fb" check --format json "$in") && echo identical || echo DIFFERS)
row folder-2000 "check --format json, 1 thread / $(nproc) threads" "$w1 / $wn" "" "${qn}x one thread's wall (paired); output $same"
if [ "$million" = 1 ]; then
  # One run each: time linear in rows is read against the 100k tracker above.
  in="$gen/tracker-ss-1m.xlsx"
  runs_saved=$runs
  runs=1
  read -r f c q < <(paired "$floor $in" "$fb check --format json $in")
  runs=$runs_saved
  row tracker-ss-1m.xlsx "read floor" "$f" "$(rss "$floor" "$in")" ""
  row tracker-ss-1m.xlsx "fundbook check --format json" "$c" "$(rss "$fb" check --format json "$in")" "${q}x read floor (one pair)"
fi
full typed-over-50k.xlsx
full tracker-100k.xlsx report peer
full baseline-blocks-2k.xlsx report peer
