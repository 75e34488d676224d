#!/usr/bin/env bash
# Every check of the project, in order, each under a header, ending with a table of step
# timings. `npm test` and CI (.ci/run) run this.
#
#   bash scripts/test.sh               stop at the first failing step
#   bash scripts/test.sh --keep-going  run every step, then list the failed ones
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:/usr/bin:$PATH"   # cargo-installed tools; /usr/bin/chromedriver
# Extra Chromium flags for `wasm-pack test --chrome` (the runner adds headless, no-sandbox):
# keep it off the network, which the tests do not need (and CI may not have).
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/scripts/webdriver.json"

keep_going=false
case "${1:-}" in
  "") ;;
  --keep-going) keep_going=true ;;
  *) echo "usage: $0 [--keep-going]" >&2; exit 2 ;;
esac

timings=()
failed=()

# step NAME COMMAND...: runs COMMAND under a header and records how long it took.
step() {
  local name=$1; shift
  printf '\n\033[1m==> %s\033[0m\n    $ %s\n' "$name" "$*"
  local start=$SECONDS status=ok
  if ! "$@"; then
    status=FAILED
    failed+=("$name")
    printf '\n\033[1;31mFAILED: %s\033[0m (after %ss)\n' "$name" "$((SECONDS - start))"
  fi
  timings+=("$(printf '%6ss  %-6s  %s' "$((SECONDS - start))" "$status" "$name")")
  if [[ $status == FAILED ]] && ! $keep_going; then
    summary
    exit 1
  fi
}

summary() {
  printf '\n\033[1mStep timings\033[0m\n'
  printf '%s\n' "${timings[@]}"
}

# The declared minimum Rust version (Cargo.toml's rust-version), which setup --msrv installs.
msrv=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' Cargo.toml)

step "setup" bash scripts/setup.sh --browser --msrv
step "rustfmt" cargo fmt --all --check
step "npm audit (skipped when the registry cannot answer)" node scripts/npm-audit.mjs
step "clippy (native, with the dev features)" cargo clippy --workspace --all-targets --features dev,precis-html/dev -- -D warnings
step "clippy (wasm32)" cargo clippy --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings
step "cargo doc (warnings are errors)" \
  env RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --document-private-items
step "cargo doc for wasm32 (the JS door)" \
  env RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --document-private-items --target wasm32-unknown-unknown
step "minimum Rust version $msrv: the library and the CLI build" cargo "+$msrv" check --locked --lib --bins
step "cargo test" cargo test --workspace
step "cargo test of the library without default features (the page's build)" \
  cargo test --lib --no-default-features
step "benches build (--features dev)" cargo build --workspace --benches --features dev
step "fuzz targets build (stable toolchain, no instrumentation)" \
  cargo build --locked --manifest-path fuzz/Cargo.toml
step "wasm tests (node)" wasm-pack test --node
step "wasm tests (headless chrome)" wasm-pack test --headless --chrome
step "build pkg/" npm run build
step "build the npm package (dist/)" npm run build:package
step "build pkg-test-hooks/ (test-only trap and hold, dev profile)" npm run build:test-hooks
step "JS tests (pkg/ and the packed package in node, types, CLI agreement)" node --test tests/js/
step "browser tests (page, package, vite example)" node --test tests/e2e/

summary
if ((${#failed[@]})); then
  printf '\n\033[1;31m%d step(s) failed:\033[0m %s\n' "${#failed[@]}" "${failed[*]}"
  exit 1
fi
printf '\n\033[1mAll checks passed.\033[0m\n'
