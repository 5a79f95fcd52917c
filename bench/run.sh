#!/usr/bin/env bash
# Runs fundbook check and report, the read and write floors, and the openpyxl
# peer side by side on each generated input, and prints a table of median wall
# time (hyperfine), peak RSS (/usr/bin/time -v) and the ratios.
#   bash bench/run.sh [RUNS]     (from the project root; default 3 runs each)
set -euo pipefail
runs=${1:-3}
root=$(pwd)
build=${BUILD:-build}
bash scripts/deps.sh hyperfine time python3-openpyxl python3-xlsxwriter
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc)" --target fundbook bench_generate read_floor write_floor >/dev/null
# Debian's python3, where python3-openpyxl and python3-xlsxwriter are installed.
py=/usr/bin/python3
gen=bench/generated
[ -f "$gen/tracker-100k.xlsx" ] || "$build/bench/bench_generate" "$gen"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median() { # command... -> median seconds
  hyperfine --runs "$runs" --warmup 1 -N --export-json "$tmp/h.json" -i "$@" >/dev/null 2>&1 ||
    hyperfine --runs "$runs" --warmup 1 --export-json "$tmp/h.json" -i "$*" >/dev/null 2>&1
  python3 -c "import json;print('%.3f' % json.load(open('$tmp/h.json'))['results'][0]['median'])"
}
paired() { # floor-command check-command -> "floor-median check-median ratio-median"
  # One run of each, side by side, RUNS times: the machine's drift (this VM's
  # speed wanders by a third over minutes) then hits floor and check alike,
  # rather than whichever happened to run in a slow minute. The ratio is the
  # median of the pairs' own ratios (each pair ran in the same minute); the
  # table shows the ratio of the medians beside it.
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
  "$build/fundbook" inspect "$1" --format json | python3 -c "import json,sys;d=json.load(sys.stdin);print(sum(s['cells_count'] for s in d['sheets']))"
}

printf '| input | what | median s | peak RSS MB | ratio |\n|---|---|---:|---:|---|\n'
for input in tracker-100k.xlsx baseline-blocks-2k.xlsx folder-200; do
  in="$gen/$input"
  read -r floor check pair_ratio < <(paired "$build/bench/read_floor $in" "$build/fundbook check $in")
  report=$(median "$build/fundbook" report "$in" -o "$tmp/r.xlsx")
  "$build/fundbook" report "$in" -o "$tmp/r.xlsx" >/dev/null || true
  n=$(cells_written "$tmp/r.xlsx")
  wfloor=$(median "$build/bench/write_floor" "$tmp/w.xlsx" "$n")
  "$py" bench/peers/openpyxl_peer.py "$tmp/p.xlsx" "$in" >/dev/null # must work before it is timed
  peer=$(median "$py" bench/peers/openpyxl_peer.py "$tmp/p.xlsx" "$in")
  check_rss=$(rss "$build/fundbook" check "$in")
  report_rss=$(rss "$build/fundbook" report "$in" -o "$tmp/r.xlsx")
  floor_rss=$(rss "$build/bench/read_floor" "$in")
  peer_rss=$(rss "$py" bench/peers/openpyxl_peer.py "$tmp/p.xlsx" "$in")
  r() { python3 -c "print('%.2f' % ($1/$2))"; }
  printf '| %s | read floor | %s | %s | |\n' "$input" "$floor" "$floor_rss"
  printf '| %s | write floor (%s cells) | %s | | |\n' "$input" "$n" "$wfloor"
  printf '| %s | fundbook check | %s | %s | %sx read floor (median of the paired runs; ratio of the medians %sx); the peer takes %sx as long |\n' "$input" "$check" "$check_rss" "$pair_ratio" "$(r "$check" "$floor")" "$(r "$peer" "$check")"
  printf '| %s | fundbook report | %s | %s | %sx (read + write floor) |\n' "$input" "$report" "$report_rss" "$(python3 -c "print('%.2f' % ($report/($floor+$wfloor)))")"
  printf '| %s | openpyxl peer | %s | %s | |\n' "$input" "$peer" "$peer_rss"
done
