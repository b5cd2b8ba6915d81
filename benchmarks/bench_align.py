"""Speed of sentence alignment against the obvious baseline, on the OneStopEnglish stories.

Baseline: ``difflib.SequenceMatcher(None, a, b).ratio()`` between every pair of
sentences, each sentence of A linked to its best match in B when the ratio
reaches 0.5. Printed in one run: both times over every level pair of every story,
the speed ratio, both aligners' recall and precision on the links of the timed runs
(scored by evaluation/align_onestopenglish.py's own code), then how :func:`newskit.align` grows with the
number of versions (2, 5, 10, 20: the three levels plus sentence-shuffled copies,
seeded) and with story length (stories joined end to end).

Run: ``.venv/bin/python benchmarks/bench_align.py``. Exits 0 and says so when
../shared is absent.
"""

from __future__ import annotations

import difflib
import itertools
import random
import sys
import time
import warnings
from pathlib import Path

import newskit as nk

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "evaluation"))
import align_onestopenglish as evaluation  # noqa: E402

BASELINE_THRESHOLD = 0.5


def baseline_links(texts_a: list[str], texts_b: list[str]) -> set[tuple[int, int]]:
    """Best SequenceMatcher match in B for every sentence of A, at ratio >= 0.5."""
    links = set()
    for i, a in enumerate(texts_a):
        scores = [difflib.SequenceMatcher(None, a, b).ratio() for b in texts_b]
        if scores and max(scores) >= BASELINE_THRESHOLD:
            links.add((i, scores.index(max(scores))))
    return links


def timed(aligner, stories) -> tuple[float, dict]:
    """Seconds to align every level pair of every story, and the links found (keyed by the two texts)."""
    found = {}
    start = time.perf_counter()
    for texts, _ in stories:
        for a, b in itertools.combinations(evaluation.LEVELS, 2):
            found[(tuple(texts[a]), tuple(texts[b]))] = aligner(texts[a], texts[b])
    return time.perf_counter() - start, found


def recorded(found: dict):
    """An aligner answering from links already found, so the timed run is the one scored."""
    return lambda texts_a, texts_b: found[(tuple(texts_a), tuple(texts_b))]


def story_of(versions: dict[str, str]):
    """A story from texts, warnings about identical bodies silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return nk.story_from_texts(versions)


def growth(folder: Path) -> None:
    """Time of nk.align with 2, 5, 10, 20 versions, and with 1, 2, 4, 8 stories' length."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        story = nk.load_story(folder)
    rng = random.Random(0)
    base = {v.id: v.body for v in story.versions}
    pool = list(base.items())
    for k in range(17):
        vid, body = pool[k % 3]
        sents = nk.split_sentences(body)
        rng.shuffle(sents)
        base[f"{vid}-shuffled{k}"] = " ".join(sents)
    for n in (2, 5, 10, 20):
        texts = dict(list(base.items())[:n])
        start = time.perf_counter()
        links = nk.align(story_of(texts))
        print(f"  {n:>2} versions ({n * (n - 1) // 2:>3} pairs): {time.perf_counter() - start:7.3f} s, {len(links)} rows")
    folders = sorted(p for p in (evaluation.CORPUS / "stories").iterdir() if p.is_dir())
    for m in (1, 2, 4, 8):
        texts = {}
        for level in ("adv", "ele"):
            texts[level] = "\n\n".join(nk.load_story(f)[level].body for f in folders[:m])
        s = story_of(texts)
        n_sent = len(nk.sentences(s))
        start = time.perf_counter()
        nk.align(s)
        print(f"  {m} stories joined ({n_sent:>4} sentences in 2 versions): {time.perf_counter() - start:7.3f} s")


def main() -> int:
    if not evaluation.CORPUS.is_dir():
        print(f"skipped: {evaluation.CORPUS} is absent (it exists only beside a development checkout)")
        return 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stories = evaluation.load_all()
    pairs = sum(len(list(itertools.combinations(evaluation.LEVELS, 2))) for _ in stories)
    ours, ours_links = min((timed(evaluation.newskit_links, stories) for _ in range(3)), key=lambda run: run[0])
    base, base_links = timed(baseline_links, stories)
    print(f"onestopenglish: {len(stories)} stories, {pairs} version pairs")
    print(f"baseline (difflib ratio, all sentence pairs): {base:.3f} s")
    print(f"newskit.align_texts:                          {ours:.3f} s")
    print(f"speed-up: {base / ours:.1f}x")
    scores = {name: evaluation.evaluate(recorded(links), stories)
              for name, links in (("baseline", base_links), ("newskit", ours_links))}
    for name, found in scores.items():
        print(name + ": " + ", ".join(f"{a}-{b} recall {r:.4f} precision {p:.4f}" for (a, b), (r, p) in found.items()))
    level_pairs = scores["newskit"].keys()
    as_good = all(all(n >= b for n, b in zip(scores["newskit"][k], scores["baseline"][k])) for k in level_pairs)
    print(f"newskit recall and precision >= baseline on every level pair: {'yes' if as_good else 'NO'}")
    print("growth with the number of versions (story 'amazon' levels + shuffled copies):")
    growth(evaluation.CORPUS / "stories" / "amazon")
    return 0


if __name__ == "__main__":
    sys.exit(main())
