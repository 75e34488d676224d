#!/usr/bin/env bash
# ROUGE evaluation of every summarization algorithm: prints the Markdown table of the README.
#
#   bash scripts/eval.sh                         all algorithms on the example's default data set
#                                                (see examples/eval/main.rs; it says what it needs
#                                                when the file is absent)
#   bash scripts/eval.sh DATA.jsonl --algorithm lead,hybrid --sentences 3
#   EVAL_CHECK=1 bash scripts/eval.sh            also re-score every summary with Google's
#                                                rouge-score (pip install rouge-score==0.1.2)
#
# Arguments go to `cargo run --release --example eval --` (see examples/eval/main.rs); the
# algorithms default to --all. The example builds `precis` (release) itself before running it.
set -euo pipefail
cd "$(dirname "$0")/.."

args=("$@")
case " ${args[*]-} " in
  *" --algorithm"* | *" --all "* | *" --predictions"*) ;;
  *) args+=(--all) ;;
esac

if [[ "${EVAL_CHECK:-}" == 1 ]]; then
  dump="$(mktemp -d)"
  trap 'rm -rf "$dump"' EXIT
  cargo run --release --example eval -- "${args[@]}" --dump "$dump"
  python3 examples/eval/rouge_check.py "$dump"/*.jsonl
else
  cargo run --release --example eval -- "${args[@]}"
fi
