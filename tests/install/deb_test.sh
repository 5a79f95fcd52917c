#!/usr/bin/env bash
# The .deb as a council's server would get it: built with cpack from this build
# tree, unpacked with dpkg-deb into a temporary root (nothing is installed on
# this machine), and run from there, away from the build and source trees:
# the package's contents and Depends, the built-in templates and the page found
# under its own prefix (and not elsewhere), check and report on samples/ giving
# what the build's program gives, the systemd units' command lines starting
# serve and watch, and a manual page naming every option of every command.
#   tests/install/deb_test.sh BUILD_DIR SOURCE_DIR BUILD_EXE
set -euo pipefail
build=$1
src=$2
build_exe=$3
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# 1. The package.
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; echo "FAIL: cpack could not build the .deb"; exit 1; }
debs=("$work"/pkg/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { ls -R "$work/pkg"; echo "FAIL: expected one .deb"; exit 1; }
deb=${debs[0]}
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
[ "$(dpkg-deb -f "$deb" Package)" = fundbook ] || fail "Package is not fundbook"
version=$("$build_exe" --version | awk '{print $2}')
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version $(dpkg-deb -f "$deb" Version) is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libzip libexpat libxlsxwriter libboost-program-options libc6 adduser; do
  grep -q "$lib" <<<"$depends" || fail "Depends does not name $lib"
done
# Every dependency is a package of this system (Debian 12), so the .deb installs here.
while read -r dep; do
  name=${dep%% *}
  dpkg -s "$name" >/dev/null 2>&1 || fail "dependency $name is not an installed package here"
done < <(tr ',' '\n' <<<"$depends" | sed 's/|.*//; s/^ *//')

dpkg-deb -c "$deb" | awk '{print $1, $2, $6}' >"$work/contents"
for f in ./usr/bin/fundbook ./usr/lib/fundbook/fundbook-serve.so ./usr/share/fundbook/templates/recognise.toml ./usr/share/fundbook/templates/default.toml \
  ./usr/share/fundbook/templates/plain.toml ./usr/share/fundbook/web/index.html ./usr/share/man/man1/fundbook.1.gz \
  ./usr/lib/systemd/system/fundbook-serve.service ./usr/lib/systemd/system/fundbook-watch@.service \
  ./usr/share/doc/fundbook/README.md; do
  grep -q " $f\$" "$work/contents" || fail "the package has no $f"
done
grep -q '^-rwxr-xr-x root/root ./usr/bin/fundbook$' "$work/contents" || fail "usr/bin/fundbook is not root's and 0755"
if grep -v ' \./usr/' "$work/contents" | grep -v ' \./$' | grep -q .; then
  fail "files outside /usr: $(grep -v ' \./usr/' "$work/contents" | grep -v ' \./$' | tr '\n' ' ')"
fi
dpkg-deb -e "$deb" "$work/control"
[ -x "$work/control/postinst" ] || fail "no executable postinst (it creates the user fundbook-watch@ runs as)"

# 2. Unpacked into a temporary root and run from there, in a folder of its own.
root=$work/root
dpkg-deb -x "$deb" "$root"
exe=$root/usr/bin/fundbook
cd "$work"
unset FUNDBOOK_TEMPLATES
[ "$("$exe" --version)" = "fundbook $version" ] || fail "--version says '$("$exe" --version)'"

rc=0
"$exe" check "$src/samples" --format json >installed.json 2>installed.err || rc=$?
[ "$rc" -le 1 ] || { cat installed.err; fail "check samples/ with the installed program: exit $rc"; }
rc=0
"$build_exe" check "$src/samples" --format json >built.json 2>/dev/null || rc=$?
cmp -s installed.json built.json || fail "the installed program's findings on samples/ differ from the build's"
grep -q '"rule": "row-total-mismatch"' installed.json || fail "the installed program found no row-total-mismatch in samples/"
rc=0
"$exe" report "$src/samples" -o report.xlsx >/dev/null 2>report.err || rc=$?
[ "$rc" -le 1 ] || { cat report.err; fail "report samples/ with the installed program: exit $rc"; }
"$exe" inspect report.xlsx --format json >report.json 2>&1 || fail "the installed program's report does not read back"
grep -q '"name": "Findings"' report.json || fail "the installed program's report has no Findings sheet"

# The templates come from the prefix: without them the program says so, naming the folders.
mv "$root/usr/share/fundbook/templates" "$root/usr/share/fundbook/templates.away"
rc=0
"$exe" check "$src/samples" >/dev/null 2>missing.err || rc=$?
mv "$root/usr/share/fundbook/templates.away" "$root/usr/share/fundbook/templates"
[ "$rc" -ge 2 ] || fail "with its templates gone the installed program still ran (exit $rc): it found them elsewhere"
grep -q "cannot find the built-in template recognise.toml" missing.err || fail "no clear message without templates: $(cat missing.err)"
grep -q "$root/usr/bin/../share/fundbook/templates" missing.err || fail "the message does not name the prefix's folder"

# 3. The units' command lines, with the package's program and a free port.
exec_start() { sed -n 's/^ExecStart=//p' "$root/usr/lib/systemd/system/$1"; }
serve_cmd=$(exec_start fundbook-serve.service)
[[ "$serve_cmd" == "fundbook serve \$FUNDBOOK_SERVE_OPTIONS" ]] || fail "fundbook-serve.service runs '$serve_cmd'"
grep -q '^EnvironmentFile=-/etc/default/fundbook$' "$root/usr/lib/systemd/system/fundbook-serve.service" ||
  fail "fundbook-serve.service does not read /etc/default/fundbook"
# The page served is the installed file (a council may brand it): mark it and look for the mark.
echo '<!-- the installed page -->' >>"$root/usr/share/fundbook/web/index.html"
# systemd puts the program's path for the bare name and splits $VAR's value into words.
serve_cmd=${serve_cmd/#fundbook/$exe}
serve_cmd=${serve_cmd/\$FUNDBOOK_SERVE_OPTIONS/--port 0}
# shellcheck disable=SC2086
$serve_cmd >serve.log 2>&1 &
pids+=($!)
port=
for _ in $(seq 600); do
  port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' serve.log)
  [ -n "$port" ] && break
  sleep 0.05
done
if [ -z "$port" ]; then
  fail "the serve unit's command did not start: $(cat serve.log)"
else
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
  cat <&3 >page.http
  exec 3<&-
  grep -q '^HTTP/1.1 200' page.http || fail "GET / did not answer 200: $(head -1 page.http)"
  grep -q '<!-- the installed page -->' page.http || fail "serve did not give the installed page"
fi

watch_cmd=$(exec_start fundbook-watch@.service)
[[ "$watch_cmd" == "fundbook watch %f \$FUNDBOOK_WATCH_OPTIONS" ]] || fail "fundbook-watch@.service runs '$watch_cmd'"
mkdir -p finance/inbox
cp "$src"/samples/*.xlsx finance/inbox/
watch_cmd=${watch_cmd/#fundbook/$exe}
watch_cmd=${watch_cmd/\%f/$work/finance}
watch_cmd=${watch_cmd/\$FUNDBOOK_WATCH_OPTIONS/--settle 0.3}
# shellcheck disable=SC2086
$watch_cmd >watch.log 2>&1 &
watch_pid=$!
pids+=($watch_pid)
for _ in $(seq 600); do
  [ -s finance/reports/findings.json ] && [ -s finance/reports/report.xlsx ] && break
  sleep 0.1
done
[ -s finance/reports/findings.json ] || fail "the watch unit's command wrote no findings in 60 s: $(cat watch.log)"
grep -q '"rule": "row-total-mismatch"' finance/reports/findings.json 2>/dev/null ||
  fail "watch's findings.json has no row-total-mismatch"
kill -TERM "$watch_pid"
rc=0
wait "$watch_pid" || rc=$?
[ "$rc" -eq 0 ] || fail "watch stopped on SIGTERM with exit $rc"

# 4. The manual page names every command and every option of every command.
zcat "$root/usr/share/man/man1/fundbook.1.gz" | sed 's/\\-/-/g; s/\\f[BIRP]//g' >man.txt
for cmd in check report inspect serve watch; do
  grep -q "^\.B.* $cmd\b\|fundbook $cmd" man.txt || fail "the manual page has no command $cmd"
  for opt in $("$exe" "$cmd" --help | grep -o '^  -[-a-zA-Z]*\( \[ --[-a-z]* \]\)\?' | grep -o -- '--[-a-z]*'); do
    grep -q -- "$opt\b" man.txt || fail "the manual page does not name $cmd's $opt"
  done
done

if [ "$failures" -gt 0 ]; then
  echo "$failures failed"
  exit 1
fi
echo "the .deb installs and runs from a temporary root: all checks passed"
