#!/usr/bin/env bash
# Installs what building and testing precis needs, and only what is missing or at the
# wrong version, so a warm machine finishes in about a second.
#
#   bash scripts/setup.sh            Rust wasm target, wasm-bindgen CLI, wasm-pack, npm packages
#   bash scripts/setup.sh --browser  also Debian's chromium and chromium-driver (browser tests)
#   bash scripts/setup.sh --msrv     also the Rust toolchain of Cargo.toml's `rust-version`
#                                    (minimal profile), which the tests build the crate with
#
# Pins: the wasm-bindgen CLI must equal the `wasm-bindgen = "=X"` pin in Cargo.toml, or
# wasm-pack silently compiles another CLI into its cache (several minutes, every time).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
WASM_PACK_VERSION=0.15.1

browser=false
msrv=false
for arg in "$@"; do
  case "$arg" in
    --browser) browser=true ;;
    --msrv) msrv=true ;;
    *) echo "usage: $0 [--browser] [--msrv]" >&2; exit 2 ;;
  esac
done

say() { printf 'setup: %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# The rlib pin and the CLI must agree.
if ! grep -q "^wasm-bindgen = \"=$WASM_BINDGEN_VERSION\"" Cargo.toml; then
  say "Cargo.toml does not pin wasm-bindgen = \"=$WASM_BINDGEN_VERSION\"; update scripts/setup.sh" >&2
  exit 1
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown: present"
else
  say "rust target wasm32-unknown-unknown: installing"
  rustup target add wasm32-unknown-unknown
fi

# Prints the version a `TOOL --version` reports ("wasm-pack 0.15.1" -> "0.15.1"), or nothing.
tool_version() { command -v "$1" >/dev/null && "$1" --version 2>/dev/null | awk '{print $2; exit}'; }

if [[ "$(tool_version wasm-bindgen || true)" == "$WASM_BINDGEN_VERSION" ]]; then
  say "wasm-bindgen CLI $WASM_BINDGEN_VERSION: present"
else
  say "wasm-bindgen CLI $WASM_BINDGEN_VERSION: installing (about 10 minutes)"
  # Not --locked: with the lock file published in the crate, the install failed on a crate
  # version the registry did not serve; a fresh resolution installs.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [[ "$(tool_version wasm-pack || true)" == "$WASM_PACK_VERSION" ]]; then
  say "wasm-pack $WASM_PACK_VERSION: present"
else
  say "wasm-pack $WASM_PACK_VERSION: installing (about 5 minutes)"
  cargo install wasm-pack --locked --version "$WASM_PACK_VERSION"
fi

# Debian's binaryen (wasm-opt 108) corrupts wasm-bindgen output, and wasm-pack runs any
# wasm-opt it finds on PATH. Cargo.toml sets `wasm-opt = false`; refuse to go on if that
# setting is ever dropped while such a wasm-opt is around.
if command -v wasm-opt >/dev/null && ! grep -q '^wasm-opt = false' Cargo.toml; then
  say "found $(command -v wasm-opt) ($(wasm-opt --version)) and Cargo.toml no longer sets wasm-opt = false" >&2
  say "Debian's wasm-opt corrupts the build: remove it (apt-get remove binaryen) or restore the setting" >&2
  exit 1
fi

# npm ci when node_modules is missing or older than the lock file.
if [[ -f node_modules/.package-lock.json && ! package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "npm packages: up to date"
else
  say "npm packages: npm ci"
  npm ci --no-audit --no-fund
fi

if $browser; then
  if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    say "chromium and chromedriver: present"
  else
    say "chromium and chromedriver: installing from Debian"
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y --no-install-recommends chromium chromium-driver
  fi
fi

if $msrv; then
  version=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' Cargo.toml)
  if rustup toolchain list | grep -q "^$version-"; then
    say "rust $version (the declared minimum): present"
  else
    say "rust $version (the declared minimum): installing (minimal profile)"
    rustup toolchain install "$version" --profile minimal
  fi
fi

say "done"
