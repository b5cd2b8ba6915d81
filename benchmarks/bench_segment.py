"""Speed of newskit's sentence splitter against untrained nltk Punkt.

Both split every onestopenglish text in ``../shared/corpora/onestopenglish``
(UTF-8 with BOM or Windows-1252, one paragraph per line); the best of five
passes is reported as sentences per second and milliseconds per 600 words,
with the ratio newskit / Punkt. Exits 0, and skips with a message where
../shared is absent.

Run from the project root: ``python benchmarks/bench_segment.py``.
"""

from __future__ import annotations

import time

from corpus import STORIES
from nltk.tokenize.punkt import PunktSentenceTokenizer

from newskit.encoding import decode
from newskit.text.sentences import sentence_spans

PASSES = 5


def best_time(split, texts: list[str]) -> tuple[float, int]:
    """Fastest of ``PASSES`` runs of ``split`` over ``texts``: (seconds, sentences found)."""
    best, count = float("inf"), 0
    for _ in range(PASSES):
        began = time.perf_counter()
        count = sum(len(split(text)) for text in texts)
        best = min(best, time.perf_counter() - began)
    return best, count


def main() -> int:
    files = sorted(STORIES.glob("*/*.txt"))
    if not files:
        print(f"skipped: no texts under {STORIES} (../shared exists only beside a development checkout)")
        return 0
    texts = [decode(path.read_bytes(), path.name)[0] for path in files]
    words = sum(len(text.split()) for text in texts)
    punkt = PunktSentenceTokenizer()
    splitters = {"untrained Punkt": lambda text: list(punkt.span_tokenize(text)), "newskit": sentence_spans}
    print(f"{len(texts)} texts, {words} words, best of {PASSES} passes")
    rates = {}
    for name, split in splitters.items():
        seconds, count = best_time(split, texts)
        rates[name] = count / seconds
        print(f"{name:>16}: {count} sentences, {rates[name]:,.0f} sentences/s, {seconds / words * 600 * 1000:.3f} ms per 600 words")
    print(f"ratio newskit / untrained Punkt (sentences/s): {rates['newskit'] / rates['untrained Punkt']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
