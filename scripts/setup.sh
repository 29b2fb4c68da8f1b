# Sourced by ./dev. Installs what is missing, says what and why, skips the rest.
# Versions: see README ("Toolchain") — Trunk 0.21.14, wasm-split-cli 0.2.4, wasm-bindgen-cli equal to
# Cargo.lock, binaryen 132 from npm (wasm-opt), Debian chromium (the build
# prerenders the first screen with it) + chromedriver (browser tests), Debian firefox-esr +
# geckodriver from crates.io (the firefox test layer).

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
GECKODRIVER_VERSION=0.37.1

say() { printf '==> %s\n' "$*"; }

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "Mangler '$1'. $2" >&2; exit 1; }
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    say "apt-get update (once, before installing $*)"
    as_root apt-get update -qq
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

wasm_bindgen_version() {
  # The version Cargo.lock resolved; the CLI must match it exactly.
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

setup_build() {
  need cargo "Installér Rust (rustup) først: https://rustup.rs"
  need node "Installér Node.js 20 først (Debian: apt-get install nodejs npm)."
  need npm "Installér npm først (Debian: apt-get install npm)."
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "Tilføjer Rust-målet wasm32-unknown-unknown (appen bygges til WebAssembly)"
    rustup target add wasm32-unknown-unknown
  fi
  if [ ! -f Cargo.lock ]; then
    say "Opretter Cargo.lock"
    cargo generate-lockfile
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installerer trunk $TRUNK_VERSION (bygger appen; tager ca. 7 minutter første gang)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  local wbg
  wbg=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    say "Installerer wasm-bindgen-cli $wbg (skal passe til Cargo.lock; ca. 3 minutter)"
    cargo install wasm-bindgen-cli --version "$wbg"
  fi
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "Installerer wasm-split-cli $WASM_SPLIT_VERSION (deler appens WebAssembly pr. område; ca. 3 minutter)"
    cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  fi
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci (Det Fælles Designsystem, binaryen 132 til wasm-opt, Playwright, axe)"
    npm ci --no-audit --no-fund
  fi
  export PATH="$PWD/node_modules/.bin:$PATH"
  if [ ! -x /usr/bin/chromium ]; then
    say "Installerer Debians chromium (byggeriet forudgengiver den første side, tools/prerender.mjs)"
    apt_install chromium
  fi
  say "Henter Rust-pakker (cargo fetch), så byggeriet kan køre offline"
  cargo fetch -q
}

setup_test() {
  if [ ! -x /usr/bin/chromedriver ]; then
    say "Installerer Debians chromium-driver (browsertests i Chromium)"
    apt_install chromium-driver
  fi
  if [ ! -x /usr/bin/pdftoppm ] || [ ! -x /usr/bin/pdftotext ]; then
    say "Installerer Debians poppler-utils (testlaget firefox ser på den udskrevne rapport: pdftoppm, pdftotext)"
    apt_install poppler-utils
  fi
  if [ ! -x /usr/sbin/nginx ] || ! command -v curl >/dev/null; then
    say "Installerer Debians nginx og curl (testen af hosting-eksemplet i docs/hosting.md)"
    apt_install nginx curl
  fi
  if [ ! -x /usr/bin/firefox-esr ]; then
    say "Installerer Debians firefox-esr (testlaget firefox: appen i en anden browsermotor)"
    apt_install firefox-esr
  fi
  if ! cargo install --list | grep -qx "geckodriver v$GECKODRIVER_VERSION:"; then
    say "Installerer geckodriver $GECKODRIVER_VERSION (WebDriver til firefox-esr i testlaget firefox; ca. 3 minutter)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
  export CHROMEDRIVER=/usr/bin/chromedriver
  export GECKODRIVER="$HOME/.cargo/bin/geckodriver"
}
