#!/usr/bin/env bash
# Fails, naming the files, if any C++ file of the repository differs from
# .clang-format. `bash scripts/format-check.sh --fix` formats them in place
# (clang-format changes only whitespace here: SortIncludes is off).
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format-14}
# Tracked and new (not ignored) files when this is a git checkout, so build
# directories and generated sources are never checked; otherwise the source dirs.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.hpp' '*.h' '*.cc' |
                       while read -r f; do [ -f "$f" ] && echo "$f"; done)
else
  mapfile -t files < <(find core import engine export cli tests fuzz bench samples \
                         -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.cc' \) | sort)
fi
if [ "${1:-}" = "--fix" ]; then
  "$CLANG_FORMAT" -i "${files[@]}"
  exit 0
fi
# One clang-format for all files; its diagnostics name each file that differs.
rc=0
out=$("$CLANG_FORMAT" --dry-run --Werror "${files[@]}" 2>&1) || rc=$?
mapfile -t bad < <(sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' <<<"$out" | sort -u)
if [ $rc -ne 0 ] && [ ${#bad[@]} -eq 0 ]; then
  # Not a formatting difference (clang-format missing, a file it cannot read): say what it said.
  echo "$out" >&2
  echo "format-check: $CLANG_FORMAT failed (exit $rc)" >&2
  exit 1
fi
if [ ${#bad[@]} -ne 0 ]; then
  echo "format-check: ${#bad[@]} of ${#files[@]} files differ from .clang-format:" >&2
  printf '  %s\n' "${bad[@]}" >&2
  echo "fix with: bash scripts/format-check.sh --fix   (or $CLANG_FORMAT -i FILE)" >&2
  exit 1
fi
echo "format-check: ${#files[@]} C++ files match .clang-format"
