# Sourced by the browser tests: starts `fundbook serve` on a free loopback port
# and sets $pid and $url, or fails saying why with the server's own log. The
# wait is long because a sanitizer build on a loaded 2-core CI machine once took
# more than the 5 s this used to allow, and the test then ended without a word.
#   start_serve FUNDBOOK_EXE LOG
start_serve() {
  local exe=$1 log=$2 started
  started=$(date +%s)
  "$exe" serve --port 0 >"$log" 2>&1 &
  pid=$!
  url=
  for _ in $(seq 1200); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$log" || true)
    [ -n "$url" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "FAIL: fundbook serve exited before it was serving; its output:"
      cat "$log"
      exit 1
    fi
    sleep 0.05
  done
  if [ -z "$url" ]; then
    echo "FAIL: fundbook serve was not serving after $(($(date +%s) - started)) s; its output so far:"
    cat "$log"
    exit 1
  fi
  local took=$(($(date +%s) - started))
  [ "$took" -lt 5 ] || echo "note: fundbook serve took $took s to start"
}
