"""How every comparison of versions grows: with sentences per version, and with pairs of versions.

The versions are real text. Version A joins the paragraphs of the OneStopEnglish stories (advanced
level, then elementary and intermediate for more) until it holds n sentences; each other version is
A with seeded edits, sentence by sentence: 5% dropped, 5% replaced by the sentence of another level
of the same story with most words in common (a rewrite), 10% with a word changed or removed, 3%
moved to another paragraph, and new sentences (from the elementary level) added after 5%.

Per-version tables (``nk.sentences``, ``nk.quotes``, ``nk.attributions``) are computed first and
timed apart; each comparison is then timed on its own (the tables it builds on are already kept with
the story, so each time is that comparison's own work): ``align``, ``families``, ``changes``,
``substitutions``, ``compare_quotes``, ``compare_sources``, ``cue_changes``, ``unmatched_material``.
Printed: seconds at 100, 500 and 2,000 sentences per version (two versions) and the growth exponent
``log(t2 / t1) / log(n2 / n1)`` between neighbours (target: at most 1.2); then the same comparisons
on 2, 4 and 8 versions of 100 sentences (1, 6 and 28 pairs) with the exponent against pairs
(target: about 1, linear). Times are CPU seconds (``time.process_time``: steadier than wall time on a
shared machine), each the best of ``--runs`` runs on a fresh story (default 2).

Run: ``.venv/bin/python benchmarks/bench_growth.py [--sizes 100,500,2000] [--runs 2]``.
Exits 0 and says so when ../shared is absent.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import time
import warnings

import newskit as nk
from corpus import STORIES, story_folders

COMPARISONS = ["align", "families", "changes", "substitutions", "compare_quotes", "compare_sources",
               "cue_changes", "unmatched_material"]
PER_VERSION = ["sentences", "quotes", "attributions"]
LEVELS = ("adv", "ele", "int")


def paragraphs(level: str) -> list[tuple[str, list[str]]]:
    """(story, sentences) for each paragraph of every story at one reading level, in story order."""
    found = []
    for folder in story_folders():
        text = (folder / f"{level}.txt").read_text(encoding="utf-8", errors="replace").lstrip("\ufeff")
        for para in re.split(r"\n\s*\n|\n", text):
            if para.strip():
                found.append((folder.name, nk.split_sentences(para)))
    return found


def base_version(size: int) -> list[tuple[str, list[str]]]:
    """Paragraphs (story, sentences) holding ``size`` sentences: advanced level first, then the others."""
    chosen, count = [], 0
    for level in LEVELS:
        for story, sents in paragraphs(level):
            if count >= size:
                return chosen
            sents = sents[: size - count]
            chosen.append((story, sents))
            count += len(sents)
    return chosen


def rewrites() -> dict[str, list[str]]:
    """Sentences of the elementary and intermediate levels of each story, for rewrites and additions."""
    found: dict[str, list[str]] = {}
    for level in ("ele", "int"):
        for story, sents in paragraphs(level):
            found.setdefault(story, []).extend(sents)
    return found


def overlap(a: str, b: str) -> int:
    return len(set(a.lower().split()) & set(b.lower().split()))


def edited(base: list[tuple[str, list[str]]], other: dict[str, list[str]], seed: int) -> str:
    """A seeded edit of the version (see the module docstring), as text with one paragraph per line pair."""
    rng = random.Random(seed)
    paras: list[list[str]] = []
    moving: list[str] = []
    for story, sents in base:
        out = []
        for sent in sents:
            roll = rng.random()
            if roll < 0.05:
                continue
            if roll < 0.10 and other.get(story):
                sent = max(rng.sample(other[story], min(20, len(other[story]))), key=lambda s: overlap(s, sent))
            elif roll < 0.20:
                words = sent.split()
                k = rng.randrange(len(words))
                words[k:k + 1] = [] if rng.random() < 0.5 else ["reportedly"]
                sent = " ".join(words) or sent
            elif roll < 0.23:
                moving.append(sent)
                continue
            out.append(sent)
            if rng.random() < 0.05 and other.get(story):
                out.append(rng.choice(other[story]))
        paras.append(out)
    for sent in moving:
        paras[rng.randrange(len(paras))].append(sent)
    return "\n\n".join(" ".join(p) for p in paras if p)


def build(size: int, versions: int) -> dict[str, str]:
    """Texts of ``versions`` versions of ``size`` sentences each (about: edits change the count)."""
    base = base_version(size)
    other = rewrites()
    texts = {"v0": "\n\n".join(" ".join(s) for _, s in base)}
    for k in range(1, versions):
        texts[f"v{k}"] = edited(base, other, seed=k)
    return texts


def time_once(texts: dict[str, str]) -> dict[str, float]:
    """Seconds for the per-version tables (together) and for each comparison, on a fresh story."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        story = nk.story_from_texts(texts)
        times = {}
        start = time.process_time()
        for name in PER_VERSION:
            getattr(nk, name)(story)
        times["per-version tables"] = time.process_time() - start
        for name in COMPARISONS:
            start = time.process_time()
            getattr(nk, name)(story)
            times[name] = time.process_time() - start
    return times


def best(texts: dict[str, str], runs: int) -> dict[str, float]:
    """Fastest time of each step over ``runs`` runs."""
    results = [time_once(texts) for _ in range(runs)]
    return {name: min(r[name] for r in results) for name in results[0]}


def exponent(t1: float, t2: float, n1: float, n2: float) -> float:
    return math.log(max(t2, 1e-6) / max(t1, 1e-6)) / math.log(n2 / n1)


def table(title: str, label: str, sizes: list[int], times: list[dict[str, float]]) -> bool:
    """Print times and exponents; whether every comparison's largest exponent stays at most 1.2."""
    print(f"\n{title}")
    head = f"{'':22}" + "".join(f"{label}={n:<8}" for n in sizes) + "".join(
        f"exp {a}->{b:<6}" for a, b in zip(sizes, sizes[1:]))
    print(head)
    ok = True
    for name in times[0]:
        cells = "".join(f"{t[name]:<{len(label) + 9}.3f}" for t in times)
        exps = [exponent(t1[name], t2[name], a, b) for (t1, t2), (a, b) in
                zip(zip(times, times[1:]), zip(sizes, sizes[1:]))]
        if name in COMPARISONS and max(exps) > 1.2:
            ok = False
        print(f"{name:22}{cells}" + "".join(f"{e:<14.2f}" for e in exps))
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,500,2000")
    parser.add_argument("--versions", default="2,4,8")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    if not story_folders():
        print(f"skipped: {STORIES} is absent (it exists only beside a development checkout)")
        return 0
    sizes = [int(x) for x in args.sizes.split(",")]
    stories = {n: build(n, 2) for n in sizes}
    counts = [len(nk.sentences(nk.story_from_texts(stories[n]))) / 2 for n in sizes]
    print("sentences per version (mean of the two):", ", ".join(f"{c:.0f}" for c in counts))
    ok = table("two versions, seconds by sentences per version", "n", sizes,
               [best(stories[n], args.runs) for n in sizes])
    versions = [int(x) for x in args.versions.split(",")]
    pairs = [v * (v - 1) // 2 for v in versions]
    times = [best(build(sizes[0], v), args.runs) for v in versions]
    ok_pairs = table(f"{sizes[0]} sentences per version, seconds by pairs of versions ({versions} versions)",
                     "pairs", pairs, times)
    print("\nevery comparison grows at most as n^1.2:", "yes" if ok else "NO")
    print("every comparison grows at most as pairs^1.2:", "yes" if ok_pairs else "NO")
    return 0


if __name__ == "__main__":
    sys.exit(main())
