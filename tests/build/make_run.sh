#!/usr/bin/env bash
# `make run` builds fundbook and not the tests (issue 20: a fresh clone's
# `make run` built the whole test suite before the job). Without compiling:
# the configure line `make run` would use is run in a temporary build folder,
# and what that folder's `all` (what `cmake --build` makes) would build is listed.
#   tests/build/make_run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The default, whatever the calling environment says.
unset TESTS CMAKE_FLAGS
fail() { echo "FAIL: $*"; exit 1; }
plan=$(make -s -n -C "$root" run BUILD="$work/b")
configure=$(echo "$plan" | grep -E '^cmake -S ' || true)
[ -n "$configure" ] || fail "make run configures nothing:"$'\n'"$plan"
echo "$configure" | grep -q -- '-DBUILD_TESTING=OFF' || fail "make run configures the tests: $configure"
echo "$plan" | grep -E '^cmake --build ' | grep -q -- '--target' && fail "make run builds a chosen target, not the default"
# The same Makefile asks for the tests for `make test` (so the check above can tell them apart).
make -s -n -C "$root" test BUILD="$work/b" | grep -E '^cmake -S ' | grep -q -- '-DBUILD_TESTING=ON' ||
  fail "make test no longer configures the tests"
# Makefiles (the generator `make run` gets unless told otherwise): the rules
# CMake writes for `all` name each target it builds, CMakeFiles/NAME.dir/all.
unset CMAKE_GENERATOR
(cd "$root" && eval "$configure")
rules="$work/b/CMakeFiles/Makefile2"
[ -f "$rules" ] || fail "no $rules after configuring"
built=" " todo="all"
while [ -n "$todo" ]; do
  next=""
  for t in $todo; do
    for d in $(awk -v t="$t:" '$1 == t && NF > 1 { print $2 }' "$rules"); do
      case "$built" in *" $d "*) ;; *) built="$built$d " next="$next $d" ;; esac
    done
  done
  todo=$next
done
targets=$(echo $built | tr ' ' '\n' | sed -n 's|^\(.*/\)\{0,1\}CMakeFiles/\([^/]*\)\.dir/all$|\2|p' | sort)
echo "make run builds: $(echo $targets)"
echo "$targets" | grep -qx fundbook || fail "make run does not build fundbook"
if echo "$targets" | grep -Ei 'test|gtest|bench|fuzz|floor'; then fail "make run builds the targets above"; fi
[ ! -e "$work/b/tests" ] || fail "make run's build folder has the tests' folder"
echo "1 passed, 0 failed"
