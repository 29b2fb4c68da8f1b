#!/usr/bin/env bash
# Runs every test layer and ends with one summary line. Called by `./dev test`
# (after setup) and so by .ci/run. A layer that fails stops nothing else: every
# layer runs, then the exit code says whether all passed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
mkdir -p target/test-logs

pass=0; fail=0; failed_layers=(); lines=()

count() { # $1 log, $2 regex with one number group → sum
  grep -oE "$2" "$1" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'
}

layer() { # $1 name, rest: command
  local name=$1; shift
  local log="target/test-logs/$name.log"
  echo; echo "==> $name: $*"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local p f
  if [ "$name" = "e2e" ]; then
    p=$(count "$log" '^ +[0-9]+ passed'); f=$(count "$log" '^ +[0-9]+ failed')
  elif [ "$name" = "firefox" ]; then
    p=$(count "$log" '^ℹ pass [0-9]+'); f=$(count "$log" '^ℹ fail [0-9]+')
  elif [ "$name" = "nginx" ]; then
    p=$(count "$log" '^[0-9]+ passed'); f=$(count "$log" ' [0-9]+ failed$')
  else
    p=$(count "$log" '[0-9]+ passed;'); f=$(count "$log" '[0-9]+ failed;')
  fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  pass=$((pass + p)); fail=$((fail + f))
  lines+=("$(printf '%-8s %4d passed, %d failed%s' "$name" "$p" "$f" "$([ "$rc" -ne 0 ] && echo ' (exit '"$rc"')')")")
  [ "$rc" -ne 0 ] && failed_layers+=("$name")
  return 0
}

layer native cargo test --quiet --no-fail-fast
layer browser cargo test --no-fail-fast --target wasm32-unknown-unknown --test web
echo; echo "==> release build for the end-to-end tests"
if trunk build --release --offline >target/test-logs/build.log 2>&1; then
  layer e2e npx playwright test
  layer nginx bash scripts/nginx-test.sh
  layer firefox bash scripts/firefox-test.sh
else
  tail -n 40 target/test-logs/build.log
  lines+=("e2e, nginx, firefox: release build failed: see target/test-logs/build.log")
  failed_layers+=("build"); fail=$((fail + 1))
fi

echo
echo "==> Test layers"
printf '  %s\n' "${lines[@]}"
echo "Summary: $pass passed, $fail failed"
[ ${#failed_layers[@]} -eq 0 ]
