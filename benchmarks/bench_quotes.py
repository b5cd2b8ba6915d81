"""Speed of quotations and attributions on every OneStopEnglish story, beside loading and splitting them.

Each story folder (three reading levels = three documents) is loaded with ``nk.load_story``.
Baseline: load + ``nk.sentences``. Measured: ``nk.quotes`` + ``nk.attributions`` on stories loaded and
split beforehand, untimed (a story keeps its sourcing pass once run, so every run gets fresh stories, and
newskit's own text-keyed caches are emptied first). Best of three runs.

Run: .venv/bin/python benchmarks/bench_quotes.py   (exits 0; skips when ../shared is absent)
"""

from __future__ import annotations

import sys
import time
import warnings

from corpus import STORIES, best_of, clear_caches, load_stories, story_folders

import newskit as nk


def main() -> int:
    folders = story_folders()
    if not folders:
        print(f"skipped: {STORIES} is absent")
        return 0
    warnings.simplefilter("ignore", nk.NewskitWarning)

    def load_and_split():
        for folder in folders:
            nk.sentences(nk.load_story(folder))

    def quotes_and_sources() -> float:
        fresh = load_stories(folders)
        for story in fresh:
            nk.sentences(story)
        clear_caches("newskit")
        start = time.perf_counter()
        for story in fresh:
            nk.quotes(story)
            nk.attributions(story)
        return time.perf_counter() - start

    baseline = best_of(3, load_and_split)
    measured = min(quotes_and_sources() for _ in range(3))
    stories = load_stories(folders)
    docs = sum(len(s) for s in stories)
    found_q = sum(len(nk.quotes(s)) for s in stories)
    found_a = sum(len(nk.attributions(s)) for s in stories)
    print(f"{len(stories)} stories, {docs} documents; {found_q} quotations, {found_a} attributions")
    print(f"load + split sentences:      {docs / baseline:8.1f} docs/s ({baseline:.2f} s)")
    print(f"quotes + attributions:       {docs / measured:8.1f} docs/s ({measured:.2f} s)")
    print(f"ratio (quotes+attributions / load+split time): {measured / baseline:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
