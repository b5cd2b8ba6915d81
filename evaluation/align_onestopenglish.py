"""Accuracy of sentence alignment on the OneStopEnglish corpus (../shared/corpora/onestopenglish).

Each story folder holds one Guardian story at three reading levels (adv, ele, int)
and the corpus authors' gold sentence pairs. The gold lists changed pairs only and
is incomplete, so (as its SOURCE.txt says):

- recall = share of gold pairs that the alignment links;
- precision = share of the alignment's links that are gold pairs, counted only over
  links touching a sentence the gold covers (on either side).

Gold sentences are stripped of non-ASCII characters by the corpus authors; each is
located among our sentences by fuzzy match (a gold sentence our splitter cut in two
maps to both parts). Run: ``.venv/bin/python evaluation/align_onestopenglish.py``.
Exits 0 and says so when ../shared is absent.
"""

from __future__ import annotations

import itertools
import json
import sys
import warnings
from pathlib import Path

from rapidfuzz import fuzz, process

import newskit as nk
from newskit.alignment import align_texts
from newskit.story import sentences

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "onestopenglish"
LEVELS = ("adv", "ele", "int")
GOAL = 0.97


def _ascii(text: str) -> str:
    """Text as the gold files hold it: ASCII only, spaces collapsed, stray digits kept."""
    return " ".join(text.encode("ascii", "ignore").decode().split())


def locate(gold: str, ours: list[str]) -> set[int]:
    """Indices of our sentences that make up the gold sentence ``gold``."""
    plain = [_ascii(t) for t in ours]
    best = process.extractOne(_ascii(gold), plain, scorer=fuzz.ratio)
    if best and best[1] >= 85:
        return {best[2]}
    # A gold sentence cut in two (or more) by our splitter: the parts lie inside it.
    parts = {k for k, t in enumerate(plain) if len(t) > 15 and fuzz.partial_ratio(t, _ascii(gold)) >= 95}
    if parts:
        return parts
    return {best[2]} if best and best[1] >= 60 else set()


def load(folder: Path):
    """Our sentences per level and the gold pairs, located: {(a, b): [(set_a, set_b), ...]}."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        story = nk.load_story(folder)
    sents = sentences(story)
    texts = {v: list(g.sort_values("sentence")["text"]) for v, g in sents.groupby("version")}
    gold: dict[tuple[str, str], list[tuple[set[int], set[int]]]] = {}
    for line in (folder / "gold-alignments.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        pair = json.loads(line)
        a, b = pair["level_a"], pair["level_b"]
        sa, sb = pair["sentence_a"], pair["sentence_b"]
        if LEVELS.index(a) > LEVELS.index(b):
            a, b, sa, sb = b, a, sb, sa
        gold.setdefault((a, b), []).append((locate(sa, texts[a]), locate(sb, texts[b])))
    return texts, gold


def links_of(frame) -> set[tuple[int, int]]:
    """The (sentence_a, sentence_b) links of an alignment frame, added/dropped rows left out."""
    kept = frame.dropna(subset=["sentence_a", "sentence_b"])
    return {(int(a), int(b)) for a, b in zip(kept["sentence_a"], kept["sentence_b"])}


def score(links: set[tuple[int, int]], gold: list[tuple[set[int], set[int]]]) -> tuple[int, int, int, int]:
    """(gold pairs found, gold pairs, correct links over covered sentences, links over covered sentences)."""
    found = sum(any((i, j) in links for i in ga for j in gb) for ga, gb in gold if ga and gb)
    located = [(ga, gb) for ga, gb in gold if ga and gb]
    covered_a = set().union(*[ga for ga, _ in located]) if located else set()
    covered_b = set().union(*[gb for _, gb in located]) if located else set()
    judged = [(i, j) for i, j in links if i in covered_a or j in covered_b]
    correct = sum(any(i in ga and j in gb for ga, gb in located) for i, j in judged)
    return found, len(gold), correct, len(judged)


def evaluate(aligner, stories) -> dict[tuple[str, str], tuple[float, float]]:
    """Recall and precision per level pair of ``aligner(texts_a, texts_b) -> set of links``."""
    totals = {pair: [0, 0, 0, 0] for pair in itertools.combinations(LEVELS, 2)}
    for texts, gold in stories:
        for pair in totals:
            counts = score(aligner(texts[pair[0]], texts[pair[1]]), gold.get(pair, []))
            totals[pair] = [x + y for x, y in zip(totals[pair], counts)]
    return {pair: (f / g if g else 1.0, c / j if j else 1.0) for pair, (f, g, c, j) in totals.items()}


def newskit_links(texts_a: list[str], texts_b: list[str]) -> set[tuple[int, int]]:
    """Links from :func:`newskit.alignment.align_texts`."""
    return links_of(align_texts(texts_a, texts_b))


def load_all() -> list:
    """Every story of the corpus, loaded and its gold located."""
    return [load(folder) for folder in sorted((CORPUS / "stories").iterdir()) if folder.is_dir()]


def main() -> int:
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent (it exists only beside a development checkout)")
        return 0
    stories = load_all()
    print(f"onestopenglish: {len(stories)} stories, {sum(len(g) for _, gold in stories for g in gold.values())} gold pairs")
    ok = True
    for (a, b), (recall, precision) in evaluate(newskit_links, stories).items():
        met = recall >= GOAL and precision >= GOAL
        ok &= met
        print(f"{a}-{b}: recall {recall:.3f} precision {precision:.3f} {'(goal met)' if met else '(below goal 0.97)'}")
    print("all level pairs meet the goal" if ok else "some level pair is below the goal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
