#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 14 and runs each for N seconds.
set -euo pipefail
seconds=${1:-60}
root=$(pwd)
cmake -S . -B build-fuzz -DFUNDBOOK_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14 >/dev/null
cmake --build build-fuzz -j "$(nproc)" >/dev/null
[ -n "${FUZZ_BUILD_ONLY:-}" ] && exit 0
seeds=build-fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{xlsx,ods,xls,csv,figures,template,formula} build-fuzz/findings
# Small seeds keep the fuzzer fast; the corpus gives it every writer's quirks.
find samples tests/data ../shared/corpus/files ../shared/corpus/hostile -type f -size -200k 2>/dev/null | while read -r f; do
  case "${f,,}" in
    *.xlsx|*.xlsm) cp "$f" "$seeds/xlsx/$(echo "$f" | md5sum | cut -c1-12).xlsx" ;;
    *.ods) cp "$f" "$seeds/ods/$(echo "$f" | md5sum | cut -c1-12).ods" ;;
    *.xls) cp "$f" "$seeds/xls/$(echo "$f" | md5sum | cut -c1-12).xls" ;;
    *.csv) cp "$f" "$seeds/csv/$(echo "$f" | md5sum | cut -c1-12).csv" ;;
  esac
done
cp templates/*.toml "$seeds/template/"
printf '%s\n' "(395)" "1,312" "£46" "£594K" "2017/18" "FY2017-18" "c/r5.001" "A/R. 6.214" "£'000" "–" > "$seeds/figures/list"
while read -r line; do printf '%s' "$line" > "$seeds/figures/$(echo "$line" | md5sum | cut -c1-8)"; done < "$seeds/figures/list"
printf '%s\n' "=SUM(A1:C4)" "=ROUND(-A2*'Other sheet'!A1/3,1)" "=SUBTOTAL(109,A1:A4)|=D1+D2" "of:=SUM([.A1:.C3];[.D1])" \
  "=D2|=D1|=D4*2|=D3" "=SUM(C:C)-(B2+-A3)*1.5E3" > "$seeds/formula/list"
while read -r line; do printf '%s' "$line" > "$seeds/formula/$(echo "$line" | md5sum | cut -c1-8)"; done < "$seeds/formula/list"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
# FUZZ_TARGETS picks some (e.g. "xls csv" for the readers a change touched).
for t in ${FUZZ_TARGETS:-xlsx ods xls csv figures template formula}; do
  mkdir -p "build-fuzz/work/$t"
  echo "== fuzz_$t for ${seconds}s"
  (cd "build-fuzz/findings" && "$root/build-fuzz/fuzz/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=2048 \
      -timeout=10 -max_len=1048576 -print_final_stats=1 "$root/build-fuzz/work/$t" "$root/$seeds/$t" 2>&1 |
      grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss|==.*ERROR|SUMMARY|artifact_prefix|Test unit written)" || true)
done
echo "crashers (if any):"
ls build-fuzz/findings 2>/dev/null || true
