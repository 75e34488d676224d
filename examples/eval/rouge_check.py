#!/usr/bin/env python3
"""Cross-checks the Rust ROUGE of `cargo run --release --example eval -- ... --dump DIR` against
Google's rouge-score 0.1.2, document by document.

usage (needs `pip install rouge-score==0.1.2`):
    python3 examples/eval/rouge_check.py DIR/*.jsonl

Each dump line is {"id", "summary", "reference", "rouge1", "rouge2", "rougeLsum"}, the scores
being the Rust [precision, recall, f]. The texts are prepared exactly as ../shared/tools/rouge.py
prepares them (trimmed non-blank lines). Prints, per file, the mean F1 x100 of both scorers and
the largest per-document difference; exits 1 if any mean differs by 0.01 or more.
"""
import json
import sys

from rouge_score import rouge_scorer

KEYS = ("rouge1", "rouge2", "rougeLsum")


def lines(text):
    return "\n".join(s.strip() for s in text.split("\n") if s.strip())


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    scorer = rouge_scorer.RougeScorer(list(KEYS), use_stemmer=True)
    ok = True
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        ours = {k: 0.0 for k in KEYS}
        theirs = {k: 0.0 for k in KEYS}
        worst = {k: 0.0 for k in KEYS}
        for row in rows:
            scores = scorer.score(lines(row["reference"]), lines(row["summary"]))
            for k in KEYS:
                ours[k] += row[k][2]
                theirs[k] += scores[k].fmeasure
                worst[k] = max(worst[k], abs(row[k][2] - scores[k].fmeasure))
        n = max(len(rows), 1)
        parts = []
        for k in KEYS:
            a, b = 100 * ours[k] / n, 100 * theirs[k] / n
            ok = ok and abs(a - b) < 0.01
            parts.append(f"{k} rust {a:.4f} python {b:.4f} max|doc diff| {worst[k]:.2e}")
        print(f"{path} (n={len(rows)}): " + "; ".join(parts))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
