#!/usr/bin/env bash
# clang-tidy (.clang-tidy) over fundbook's product code - core/ import/ engine/
# export/ cli/ and their headers - and fails on any finding. tests/, fuzz/ and
# bench/ are not tidied. The compile commands come from a CMake configure of
# their own (nothing is built), so any build directory is left alone.
#   bash scripts/tidy.sh [FILE-REGEX]   e.g. bash scripts/tidy.sh engine/rules/
set -euo pipefail
cd "$(dirname "$0")/.."
B=${TIDY_BUILD:-build-tidy}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
# The source directory as CMake wrote it into compile_commands.json.
src=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$B/CMakeCache.txt")
src_re=$(printf '%s' "$src" | sed 's/[][\.*^$+?(){}|]/\\&/g')
filter="^${src_re}/(core|import|engine|export|cli)/${1:-}"
start=$(date +%s)
rc=0
run-clang-tidy-14 -clang-tidy-binary clang-tidy-14 -p "$B" -j "$JOBS" -quiet "$filter" >"$B/tidy.log" 2>&1 || rc=$?
# Only the findings, with the lines they point at; not each file's command line or
# the count of warnings it suppressed in system headers.
grep -v -E '^(clang-tidy-14 |[0-9]+ warnings? (and [0-9]+ errors? )?generated\.|Suppressed [0-9]+ warnings|Use -header-filter|Running clang-tidy|[0-9]+ errors? generated\.)' \
  "$B/tidy.log" | sed 's/\x1b\[[0-9;]*m//g' || true
files=$(grep -c '^clang-tidy-14 ' "$B/tidy.log" || true)
if [ $rc -ne 0 ]; then
  echo "tidy: findings (or a failure) in $files files, $(($(date +%s) - start)) s; log: $B/tidy.log" >&2
  exit 1
fi
echo "tidy: $files files clean, $(($(date +%s) - start)) s"
