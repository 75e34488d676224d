#!/usr/bin/env bash
# Checks that benches/js/corpus.mjs generates the same bytes as
# benches/support/corpus.rs: compiles a throwaway dependency-free Rust program
# (in a temporary folder, outside the repository) that includes corpus.rs with
# #[path], and compares SHA-256 hashes of article(N) from both for several N.
# Usage: bash benches/js/check_corpus.sh   (from anywhere; needs rustc and node)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/main.rs" <<RS
#[path = "$root/benches/support/corpus.rs"]
#[allow(dead_code)]
mod corpus;
use std::io::Write;
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(6144);
    std::io::stdout().write_all(corpus::article(n).as_bytes()).unwrap();
}
RS
rustc -O --edition 2021 -o "$tmp/corpus_rs" "$tmp/main.rs"
status=0
for n in 0 100 6144 102400 1048576 10485760; do
  a="$("$tmp/corpus_rs" "$n" | sha256sum | cut -d' ' -f1)"
  b="$(node "$root/benches/js/corpus.mjs" "$n" | sha256sum | cut -d' ' -f1)"
  bytes="$("$tmp/corpus_rs" "$n" | wc -c)"
  if [ "$a" = "$b" ]; then
    echo "article($n): $bytes bytes, sha256 ${a:0:16}… identical"
  else
    echo "article($n): DIFFERENT (rust ${a:0:16}…, js ${b:0:16}…)"
    status=1
  fi
done
exit $status
