"""The five notebooks' calls, before and after: time, and the frames they return compared.

"Before" is the package as of commit 8e63126 (the last commit before the house of issue 9), taken
from git with ``git archive 8e63126 newskit`` into a temporary folder and run in its own process
with that folder first on ``PYTHONPATH``, called as its notebooks called it then (passing the
frames already computed: ``nk.align(story, sents)``, ``nk.changes(story, links, sents)`` ...).
"After" is this checkout's package, run the same way in its own process, called as the notebooks
call it now. Each process loads the story, then runs notebooks 01 to 05's analysis calls in order
(figures drawn with the Agg backend and closed; HTML views rendered to text). The fixed cost of
a process (import, loading the story, textstat parsing its pronouncing dictionary at the first
syllable count) is timed apart, and the ratio printed with and without it.

Two stories:

- the bundled story ``data/stories/kazakhstan-csto-2022``;
- a 10-version story built from the OneStopEnglish story ``amazon`` (../shared): its three reading
  levels (adv, ele, int) and seven edited copies of the advanced text (seeds 1 to 7; the edits of
  ``bench_growth.edited``: sentences dropped, rewritten from another level, reworded, moved, added).

Printed per story: CPU seconds before and after, the ratio (target: at least 3x), the slowest calls,
then every returned frame compared with ``pandas.testing.assert_frame_equal`` (and every HTML text
for equality): which differ, and the first lines of why. Columns renamed since "before" (:data:`RENAMED`)
are renamed in the old frames first, so a rename alone is no difference.

Run: ``.venv/bin/python benchmarks/bench_house.py [--skip-ten]``. The 10-version story is skipped
with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEFORE = "8e63126"
BUNDLED = ROOT / "data" / "stories" / "kazakhstan-csto-2022"
TEN_SOURCE = "amazon"


RENAMED = {
    "changes": {"kind": "link", "op": "kind", "a_start": "start_a", "a_end": "end_a", "b_start": "start_b",
                "b_end": "end_b", "before": "text_a", "after": "text_b"},
    "substitutions": {"before": "text_a", "after": "text_b"},
    "compare_sources": {"status": "kind"},
    "cue_changes": {"change": "kind"},
    "compare_quotes": {"status": "kind"},
}
"""Columns renamed since "before" (one vocabulary across frames), per output: old name -> new name. The old
package's frames are renamed so before and after compare as the same frame."""


def notebook_calls(nk, story, old: bool) -> list[tuple[str, object]]:
    """(name, thunk) for each analysis call of notebooks 01-05, in order, with the API of the time."""
    kept: dict[str, object] = {}

    def keep(name, value):
        kept[name] = value
        return value

    a, b = story.ids[0], story.ids[-1]
    plot_sources = (lambda: nk.sources.plot_sources(story, kept["attributions"])) if old else (
        lambda: nk.plot_sources(story))
    return [
        # 01-meet-the-story
        ("versions_side_by_side", lambda: nk.versions_side_by_side(story)),
        ("provenance", lambda: nk.provenance(story)),
        ("relative_dates", lambda: nk.relative_dates(story)),
        ("story_blocks", lambda: nk.story_blocks(story)),
        ("sentences (01)", lambda: nk.sentences(story)),
        ("text_stats (01)", lambda: nk.text_stats(story)),
        # 02-compare-wording
        ("sentences (02)", lambda: keep("sents", nk.sentences(story))),
        ("align", lambda: keep("links", nk.align(story, kept["sents"]) if old else nk.align(story))),
        ("families", lambda: nk.families(story, kept["links"]) if old else nk.families(story)),
        ("plot_alignment", lambda: nk.plot_alignment(story, a, b, kept["links"]) if old else nk.plot_alignment(story, a, b)),
        ("changes", lambda: keep("changed", nk.changes(story, kept["links"], kept["sents"]) if old else nk.changes(story))),
        ("substitutions", lambda: nk.substitutions(story, kept["changed"]) if old else nk.substitutions(story)),
        ("side_by_side", lambda: nk.side_by_side(story, a, b, kept["links"]) if old else nk.side_by_side(story, a, b)),
        # 03-compare-sourcing
        ("attributions", lambda: keep("attributions", nk.attributions(story))),
        ("source_table", lambda: nk.source_table(story, kept["attributions"]) if old else nk.source_table(story)),
        ("plot_sources", plot_sources),
        ("compare_sources", lambda: nk.compare_sources(story, kept["attributions"]) if old else nk.compare_sources(story)),
        ("cue_changes", lambda: nk.cue_changes(story, kept["attributions"]) if old else nk.cue_changes(story)),
        ("unmatched_material", lambda: nk.unmatched_material(story, kept["attributions"]) if old
         else nk.unmatched_material(story)),
        # 04-compare-quotes
        ("quotes", lambda: keep("quoted", nk.quotes(story))),
        ("compare_quotes", lambda: nk.compare_quotes(story, kept["quoted"]) if old else nk.compare_quotes(story)),
        # 05-compare-readability
        ("sentence_counts", lambda: keep("counts", nk.sentence_counts(story))),
        ("text_stats (05)", lambda: keep("stats", nk.text_stats(story, kept["counts"]) if old else nk.text_stats(story))),
        ("intervals", lambda: nk.intervals(story, resamples=1000, seed=0, warn=False, counts=kept["counts"]) if old
         else nk.intervals(story, resamples=1000, seed=0, warn=False)),
        ("short_text", lambda: nk.short_text(kept["stats"])),
        ("differences", lambda: nk.differences(story, resamples=1000, seed=0, counts=kept["counts"]) if old
         else nk.differences(story, resamples=1000, seed=0)),
        ("paragraph_stats", lambda: keep("paragraphs", nk.paragraph_stats(story, kept["counts"]) if old
                                         else nk.paragraph_stats(story))),
        ("plot_paragraphs", lambda: nk.plot_paragraphs(kept["paragraphs"], "flesch_kincaid_grade")),
        ("drivers", lambda: nk.drivers(story, "flesch_kincaid_grade", top=3)),
        ("sourcing_density", lambda: nk.sourcing_density(story)),
        ("raw_vs_body", lambda: keep("furniture", nk.raw_vs_body(story))),
        ("furniture_shift", lambda: nk.furniture_shift(kept["furniture"], "flesch_kincaid_grade")),
    ]


def worker(mode: str, story_arg: str, out: str) -> None:
    """Run the calls in this process (``mode`` old or new) and pickle outputs and CPU times to ``out``."""
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    warnings.simplefilter("ignore")
    start = time.process_time()
    import newskit as nk

    if story_arg.endswith(".json"):
        story = nk.story_from_texts(json.loads(Path(story_arg).read_text(encoding="utf-8")), story_id="ten")
    else:
        story = nk.load_story(story_arg)
    import textstat

    textstat.syllable_count("warm")  # textstat parses its pronouncing dictionary once per process
    times = {"import and load": time.process_time() - start}
    outputs = {}
    for name, call in notebook_calls(nk, story, mode == "old"):
        begin = time.process_time()
        value = call()
        if mode == "old" and isinstance(value, pd.DataFrame):
            value = value.rename(columns=RENAMED.get(name, {}))
        if hasattr(value, "_repr_html_"):
            value = value._repr_html_()
        times[name] = time.process_time() - begin
        if isinstance(value, (pd.DataFrame, str)):
            outputs[name] = value
        plt.close("all")
    with open(out, "wb") as handle:
        pickle.dump({"times": times, "outputs": outputs}, handle)


def ten_versions(folder: Path) -> dict[str, str]:
    """The three levels of one OneStopEnglish story and seven edited copies of its advanced text."""
    import newskit as nk
    from bench_growth import edited

    texts = {level: (folder / f"{level}.txt").read_text(encoding="utf-8", errors="replace").lstrip("\ufeff")
             for level in ("adv", "ele", "int")}
    base = [(folder.name, nk.split_sentences(p)) for p in texts["adv"].splitlines() if p.strip()]
    other = {folder.name: nk.split_sentences(texts["ele"]) + nk.split_sentences(texts["int"])}
    for seed in range(1, 8):
        texts[f"edit{seed}"] = edited(base, other, seed)
    return texts


def run(mode: str, story_arg: str, package_root: Path) -> dict:
    """Run :func:`worker` in a fresh process with ``package_root`` first on the path."""
    with tempfile.NamedTemporaryFile(suffix=".pkl", delete=False) as handle:
        out = handle.name
    env = {**os.environ, "PYTHONPATH": f"{package_root}{os.pathsep}{Path(__file__).parent}", "MPLBACKEND": "Agg"}
    subprocess.run([sys.executable, __file__, "--worker", mode, story_arg, out], check=True, env=env,
                   cwd=tempfile.gettempdir())
    with open(out, "rb") as handle:
        result = pickle.load(handle)
    os.unlink(out)
    return result


def compare(before: dict, after: dict) -> list[str]:
    """Names of the outputs that differ, each with the first line of why."""
    import pandas as pd

    found = []
    for name, old in before["outputs"].items():
        new = after["outputs"].get(name)
        if isinstance(old, str) or isinstance(new, str):
            if old != new:
                found.append(f"{name}: HTML text differs")
            continue
        try:
            pd.testing.assert_frame_equal(old, new)
        except AssertionError as error:
            found.append(f"{name}: " + " ".join(str(error).split())[:300])
    return found


def report(label: str, story_arg: str, old_root: Path) -> float:
    before = run("old", story_arg, old_root)
    after = run("new", story_arg, ROOT)
    total_before, total_after = sum(before["times"].values()), sum(after["times"].values())
    ratio = total_before / total_after
    print(f"\n== {label}")
    fixed_before, fixed_after = before["times"]["import and load"], after["times"]["import and load"]
    calls = (total_before - fixed_before) / (total_after - fixed_after)
    print(f"CPU seconds before {total_before:.2f}, after {total_after:.2f}: {ratio:.1f}x faster in all"
          f" ({'target met' if ratio >= 3 else 'below the 3x target'})")
    print(f"of which import, story loading and textstat's dictionary (once per process): before {fixed_before:.2f},"
          f" after {fixed_after:.2f}; the notebooks' calls alone: {calls:.1f}x faster")
    slow = sorted(before["times"], key=lambda k: -before["times"][k])[:8]
    print("slowest calls before -> after: " + ", ".join(
        f"{k} {before['times'][k]:.2f}->{after['times'].get(k, float('nan')):.2f}" for k in slow))
    differ = compare(before, after)
    print(f"outputs compared: {len(before['outputs'])}; identical: {len(before['outputs']) - len(differ)}")
    for line in differ:
        print("  differs:", line)
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--skip-ten", action="store_true", help="time the bundled story only")
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        old_root = Path(tmp) / "before"
        old_root.mkdir()
        archive = subprocess.run(["git", "archive", BEFORE, "newskit"], cwd=ROOT, check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(old_root)], input=archive.stdout, check=True)
        report(f"bundled story ({BUNDLED.name})", str(BUNDLED), old_root)
        sys.path.insert(0, str(Path(__file__).parent))
        from corpus import STORIES

        folder = STORIES / TEN_SOURCE
        if args.skip_ten or not folder.is_dir():
            print(f"\n10-version story skipped ({folder} absent or --skip-ten)")
            return 0
        texts = Path(tmp) / "ten.json"
        texts.write_text(json.dumps(ten_versions(folder)), encoding="utf-8")
        report(f"10-version story (OneStopEnglish {TEN_SOURCE!r}: 3 levels + 7 edited copies)", str(texts), old_root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
