#!/usr/bin/env bash
# Checks of docker/ that need no Docker engine: the compose file (with whichever compose client
# is installed), and nginx.conf (syntax, then a real nginx serving a fake build in front of a stub
# API). Checks whose tool is missing are skipped with a note. Not part of CI.
#   Tools: docker compose v2, or Debian's docker-compose (v1); nginx (apt-get install nginx-light).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
failures=0
ok() { echo "ok    $*"; }
fail() {
  echo "FAIL  $*"
  failures=$((failures + 1))
}
skip() { echo "skip  $*"; }

# --- compose.yml ---------------------------------------------------------------------------
secret=0123456789abcdef0123456789abcdef
compose=()
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
  input=$here/compose.yml
elif command -v docker-compose >/dev/null 2>&1; then
  # Compose v1 predates the top-level `name:`; validate the rest of the file.
  compose=(docker-compose)
  input=$tmp/compose.yml
  grep -v '^name:' "$here/compose.yml" >"$input"
fi
if [ ${#compose[@]} -gt 0 ]; then
  # Relative build contexts resolve against the current folder when the file comes from $tmp.
  if (cd "$here" && SESSION_SECRET=$secret "${compose[@]}" -f "$input" --project-directory "$here" config -q); then
    ok "compose.yml is valid (${compose[*]})"
  else
    fail "compose.yml is invalid (${compose[*]})"
  fi
  if (cd "$here" && env -u SESSION_SECRET "${compose[@]}" -f "$input" --project-directory "$here" config -q) 2>/dev/null; then
    fail "compose.yml accepts a missing SESSION_SECRET"
  else
    ok "compose.yml refuses to start without SESSION_SECRET"
  fi
else
  skip "compose.yml: no docker compose or docker-compose client"
fi

# --- nginx.conf ----------------------------------------------------------------------------
# A copy with its files under $tmp, a free port, and a stub API on loopback in place of api:3000.
web_port=$((20000 + RANDOM % 10000))
api_port=$((web_port + 1))
sed -e "s#/tmp/#$tmp/#g" -e "s#/usr/share/nginx/html#$tmp/html#" \
  -e "s#listen 8080;#listen 127.0.0.1:$web_port;#" -e "s#http://api:3000#http://127.0.0.1:$api_port#" \
  -e "s#access_log /dev/stdout;#access_log off;#" "$here/nginx.conf" >"$tmp/nginx.conf"
if ! command -v nginx >/dev/null 2>&1; then
  skip "nginx.conf: nginx is not installed (apt-get install nginx-light)"
elif ! nginx -t -q -p "$tmp" -c "$tmp/nginx.conf"; then
  fail "nginx -t"
else
  ok "nginx -t"
  mkdir -p "$tmp/html"
  chmod 755 "$tmp" "$tmp/html" # nginx workers may run as another user
  echo '<html><body>techpact index</body></html>' >"$tmp/html/index.html"
  echo 'console.log(1)' >"$tmp/html/main-ABCD1234.js"
  node -e "require('http').createServer((q, s) => s.end('stub ' + q.url)).listen($api_port, '127.0.0.1')" &
  pids+=($!)
  nginx -p "$tmp" -c "$tmp/nginx.conf" -g 'daemon off;' 2>"$tmp/nginx.log" &
  pids+=($!)
  base=http://127.0.0.1:$web_port
  for _ in $(seq 1 100); do
    curl -fs "$base/" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$api_port/" >/dev/null 2>&1 && break
    sleep 0.1
  done
  expect() { # name, path, pattern to find in the response's headers or body
    if curl -s -i "$base$2" | tr -d '\r' | grep -q -- "$3"; then ok "nginx: $1"; else fail "nginx: $1"; fi
  }
  expect "serves index.html" / 'techpact index'
  expect "SPA fallback for a deep link" /cases/42 'techpact index'
  expect "index.html is not cached" /cases/42 'Cache-Control: no-cache'
  expect "hashed bundles are cached for a year" /main-ABCD1234.js 'immutable'
  expect "missing bundle is a 404" /main-ZZZZ9999.js 'HTTP/1.1 404'
  expect "proxies /api/ with the path kept" '/api/health?x=1' 'stub /api/health?x=1'
fi

[ "$failures" = 0 ] && echo "docker checks: all held" || echo "docker checks: $failures failed"
exit $((failures > 0))
