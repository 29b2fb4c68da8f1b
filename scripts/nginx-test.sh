#!/usr/bin/env bash
# Serves dist/ with Debian's nginx on loopback using docs/nginx.conf exactly as
# documented in docs/hosting.md, and checks the response headers.
# Ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
dist="$PWD/dist"
work=$(mktemp -d)
trap 'kill "$(cat "$work/nginx.pid" 2>/dev/null)" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/snippets" "$work/logs"
cp docs/hfg-security-headers.conf "$work/snippets/"
sed "s#root /srv/housing-first-guiden/dist;#root $dist;#" docs/nginx.conf > "$work/site.conf"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $work/body; proxy_temp_path $work/proxy; fastcgi_temp_path $work/fcgi;
  uwsgi_temp_path $work/uwsgi; scgi_temp_path $work/scgi;
  include $work/site.conf;
}
CONF
sed -i "s#include snippets/#include $work/snippets/#" "$work/site.conf"
/usr/sbin/nginx -q -c "$work/nginx.conf" -p "$work" 2>/dev/null || { cat "$work/logs/error.log"; echo "0 passed, 1 failed"; exit 1; }
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:4190/ && break; sleep 0.1; done

pass=0; fail=0
check() { # $1 description, $2 path, $3 header regex (case-insensitive, on the raw headers), $4… curl options
  local headers
  headers=$(curl -s -D - -o /dev/null "${@:4}" "http://127.0.0.1:4190$2")
  if grep -qiE "$3" <<<"$headers"; then pass=$((pass + 1)); echo "ok   $1"
  else fail=$((fail + 1)); echo "FAIL $1"; echo "$headers" | sed 's/^/     /'; fi
}
wasm=$(cd dist && ls wasm-*/housing-first-guiden_bg.wasm | head -1)
chunk=$(cd dist && ls wasm-*/split_*.wasm | head -1)
js=$(cd dist && ls wasm-*/housing-first-guiden.js | head -1)
css=$(cd dist && ls app-*.css | head -1)
first=$(cd dist && ls wasm-*/first-*.bin | head -1)
check "index is served" / "^HTTP/1.1 200"
check "CSP on the page" / "^content-security-policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';.*object-src 'none'; base-uri 'self'; form-action 'none'"
headers=$(curl -s -D - -o /dev/null http://127.0.0.1:4190/)
if grep -qi "unsafe-inline" <<<"$headers"; then fail=$((fail + 1)); echo "FAIL no 'unsafe-inline' anywhere"; else pass=$((pass + 1)); echo "ok   no 'unsafe-inline' anywhere"; fi
check "nosniff" / "^x-content-type-options: nosniff"
check "no referrer" / "^referrer-policy: no-referrer"
# The seminar's scanner needs the camera for the app's own origin, nothing more.
check "camera allowed for the app itself" / "^permissions-policy: camera=\(self\), microphone=\(\), geolocation=\(\)"
check "camera allowed on hashed files too" "/$js" "^permissions-policy: camera=\(self\)"
check "index.html not cached" /index.html "^cache-control: no-cache"
check "service worker not cached" /sw.js "^cache-control: no-cache"
check "a guide page's file revalidated" /prerender/guide/ordliste.html "^cache-control: no-cache"
check "a guide page's file compressed" /prerender/guide/ordliste.html "^content-encoding: gzip" -H "Accept-Encoding: gzip"
check "headers on a guide page's file too" /prerender/guide/ordliste.html "^x-content-type-options: nosniff"
check "wasm MIME type" "/$wasm" "^content-type: application/wasm"
check "hashed wasm cached for a year" "/$wasm" "^cache-control: public, max-age=31536000, immutable"
check "hashed JS cached for a year" "/$js" "^cache-control: public, max-age=31536000, immutable"
check "an area's wasm cached for a year" "/$chunk" "^cache-control: public, max-age=31536000, immutable"
# A deep link's first visit fetches its area's modules as one file (tools/build-wasm.mjs).
check "an area's first-visit file cached for a year" "/$first" "^cache-control: public, max-age=31536000, immutable"
check "an area's first-visit file compressed" "/$first" "^content-encoding: gzip" -H "Accept-Encoding: gzip"
check "wasm compressed" "/$wasm" "^content-encoding: gzip" -H "Accept-Encoding: gzip"
check "hashed CSS cached for a year" "/$css" "^cache-control: public, max-age=31536000, immutable"
check "headers on hashed files too" "/$js" "^x-content-type-options: nosniff"
check "manifest served" /manifest.webmanifest "^content-type: application/manifest\+json"
check "unknown file is 404" /findes-ikke.txt "^HTTP/1.1 404"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
