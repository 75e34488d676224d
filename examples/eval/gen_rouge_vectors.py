"""Generates rouge_vectors.jsonl, the test vectors of rouge.rs: hand-written sentences (no
dataset text) combined into reference/candidate pairs, one sentence per line, scored by Google's
rouge-score 0.1.2 (rouge1, rouge2, rougeLsum with the Porter stemmer; [precision, recall, F]).

usage (needs `pip install rouge-score==0.1.2`):
    python3 examples/eval/gen_rouge_vectors.py > examples/eval/rouge_vectors.jsonl
"""
import json
import random

from rouge_score import rouge_scorer

SENTENCES = [
    "The quick brown fox jumps over the lazy dog.",
    "The quick brown dog jumps on the log.",
    "Shares in the company rose by 5% on Monday after strong results.",
    "The company's shares fell sharply on Tuesday, traders said.",
    "Ministers announced a new plan to cut taxes for working families.",
    "The minister said the plan would be announced next week.",
    "He scored twice in the second half as United won 3-1.",
    "United's manager praised the players after the win.",
    "Fans queued for hours to buy tickets for the concert.",
    "The concert, held in London, sold out within minutes!",
    "Prices of oil and gas have risen for the third month running.",
    "Analysts expect prices to fall again later this year.",
    "The film won three awards, including best director.",
    "Critics called the director's new film a triumph.",
    "Mobile phone makers are racing to add cameras and music players.",
    "Phones with cameras were the best-selling devices in 2004.",
    "\"We are delighted,\" said a spokeswoman for the firm.",
    "A spokesman declined to comment on the reports.",
    "Running, runner, runs and ran are forms of run.",
    "Generously, generation, generators and general: generic words.",
    "Über-fast café prices rose 10 per cent (£2.50) in Zürich.",
    "It's the 1990s again: MP3s, 3G and the A380.",
    "the the the the dog dog cat",
    "dog the cat the the",
    "...",
    "Yes.",
]


def make_text(rng, k):
    return "\n".join(rng.sample(SENTENCES, k))


def main():
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    rng = random.Random(2005)
    pairs = [
        ("The quick brown fox jumps over the lazy dog", "The quick brown dog jumps on the log."),
        ("a b c d", "c d\na b"),
        ("a b c d", "c d a b"),
        ("", "anything at all"),
        ("something", ""),
        ("...", "!!!"),
        (SENTENCES[0], SENTENCES[0]),
    ]
    for _ in range(40):
        target = make_text(rng, rng.randint(1, 6))
        # Candidates share some sentences with the target and take others from the pool.
        shared = [s for s in target.split("\n") if rng.random() < 0.5]
        others = rng.sample(SENTENCES, rng.randint(0, 4))
        cand = shared + others
        rng.shuffle(cand)
        pairs.append((target, "\n".join(cand)))
    for target, prediction in pairs:
        s = scorer.score(target, prediction)
        row = {"target": target, "prediction": prediction}
        for k in ("rouge1", "rouge2", "rougeLsum"):
            row[k] = [s[k].precision, s[k].recall, s[k].fmeasure]
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
