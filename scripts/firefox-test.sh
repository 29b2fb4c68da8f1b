#!/usr/bin/env bash
# The Firefox test layer: serves dist/ on loopback like the e2e layer (Python's
# static server, its own port) and runs tests/firefox/*.test.mjs with Node's test
# runner, each test in its own headless firefox-esr driven by geckodriver
# (tests/firefox/driver.mjs). Ends with Node's "ℹ pass N" / "ℹ fail N" lines.
set -uo pipefail
cd "$(dirname "$0")/.."
export FIREFOX_PORT="${FIREFOX_PORT:-4273}"
export GECKODRIVER="${GECKODRIVER:-$HOME/.cargo/bin/geckodriver}"
for tool in /usr/bin/firefox-esr "$GECKODRIVER" /usr/bin/pdftoppm; do
  [ -x "$tool" ] || { echo "Mangler $tool (./dev test installerer det)"; echo "ℹ fail 1"; exit 1; }
done
python3 -m http.server "$FIREFOX_PORT" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT
for _ in $(seq 50); do
  python3 - "$FIREFOX_PORT" <<'PY' && break
import sys, urllib.request
try: urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/", timeout=1); sys.exit(0)
except Exception: sys.exit(1)
PY
  sleep 0.1
done
rm -rf target/firefox
# WebSocket (WebDriver BiDi) is behind a flag in Node 20 (from 20.10), built in from 22.
if node -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)'; then
  flags=""
elif node --experimental-websocket -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)' 2>/dev/null; then
  flags="--experimental-websocket --no-warnings=ExperimentalWarning"
else
  echo "Node $(node --version) har ingen WebSocket (WebDriver BiDi kræver Node 20.10 eller nyere)"; echo "ℹ fail 1"; exit 1
fi
NODE_OPTIONS="$flags" node --test --test-concurrency="${FIREFOX_JOBS:-2}" --test-reporter=spec tests/firefox/
