#!/usr/bin/env bash
# Every check of the project, in order, each under a header; stops at the first failure
# and ends with a table of step timings. `npm test` and CI (.ci/run) run this.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:/usr/bin:$PATH"   # cargo-installed tools; /usr/bin/chromedriver
# Extra Chromium flags for `wasm-pack test --chrome` (the runner adds headless, no-sandbox):
# keep it off the network, which is closed here.
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/scripts/webdriver.json"

timings=()

# step NAME COMMAND...: runs COMMAND under a header and records how long it took.
step() {
  local name=$1; shift
  printf '\n\033[1m==> %s\033[0m\n    $ %s\n' "$name" "$*"
  local start=$SECONDS
  if ! "$@"; then
    printf '\n\033[1;31mFAILED: %s\033[0m (after %ss)\n' "$name" "$((SECONDS - start))"
    exit 1
  fi
  timings+=("$(printf '%6ss  %s' "$((SECONDS - start))" "$name")")
}

step "setup" bash scripts/setup.sh --browser
step "rustfmt" cargo fmt --check
step "clippy (native)" cargo clippy --all-targets -- -D warnings
step "clippy (wasm32)" cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
step "cargo test" cargo test
step "wasm tests (node)" wasm-pack test --node
step "wasm tests (headless chrome)" wasm-pack test --headless --chrome
step "build pkg/" npm run build
step "JS tests (pkg/ in node, CLI agreement)" node --test tests/js/
step "page tests (chromium)" node --test tests/e2e/

printf '\n\033[1mAll checks passed.\033[0m\n'
printf '%s\n' "${timings[@]}"
