"""Do the indices order OneStopEnglish's three levels: advanced > intermediate > elementary?

Inputs: a folder of stories, each holding adv.txt, int.txt and ele.txt
(default ../shared/corpora/onestopenglish/stories; pass another folder, e.g. the
held-back part, to score it the same way). Each story folder loads with
``nk.load_story``; scores are ``nk.text_stats`` on the body; significance comes
from ``uncertainty.differences`` (1,000 seeded bootstrap resamples over
sentences, 95% intervals): a step is significant when its interval excludes 0.

Prints, for flesch_kincaid_grade and consensus_grade: the share of stories
ordered adv > int > ele, and the share where both steps (ele->int, int->adv)
are also significantly positive, and the share where adv - ele alone is.
Exits 0; skips when the folder is absent.

Run: .venv/bin/python evaluation/readability_onestop.py [STORIES_DIR]
"""

import sys
import warnings
from pathlib import Path

import textstat

import newskit as nk
from newskit import uncertainty

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "onestopenglish" / "stories"
LEVELS = ("ele", "int", "adv")
MEASURES = ("flesch_kincaid_grade", "consensus_grade")


def score(folder: Path) -> dict:
    """Ordering and significance of each measure for one story folder."""
    story = nk.load_story(folder)
    stats = nk.text_stats(story).set_index("version")
    steps = list(zip(LEVELS, LEVELS[1:]))
    pairs = [*steps, (LEVELS[0], LEVELS[-1])]
    diffs = uncertainty.differences(story, resamples=1000, seed=0, pairs=pairs)
    diffs = diffs.set_index(["version_a", "version_b", "index"])
    result = {}
    for measure in MEASURES:
        values = [stats.at[level, measure] for level in LEVELS]
        ordered = values[0] < values[1] < values[2]
        significant = all(
            diffs.at[(a, b, measure), "significant"] and diffs.at[(a, b, measure), "difference"] > 0 for a, b in steps
        )
        extremes = diffs.loc[(LEVELS[0], LEVELS[-1], measure)]
        result[measure] = (ordered, ordered and significant, bool(extremes["significant"] and extremes["difference"] > 0))
    standard = [textstat.text_standard(story[level].body, float_output=True) for level in LEVELS]
    result["textstat text_standard"] = (standard[0] < standard[1] < standard[2], None, None)
    return result


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT
    if not folder.is_dir():
        print(f"skipped: {folder} is absent")
        return 0
    stories = sorted(p for p in folder.iterdir() if all((p / f"{level}.txt").is_file() for level in LEVELS))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        results = {p.name: score(p) for p in stories}
    print(f"{len(results)} stories in {folder.name}/")
    for measure in (*MEASURES, "textstat text_standard"):
        ordered = [name for name, r in results.items() if r[measure][0]]
        line = f"  {measure}: adv > int > ele in {len(ordered)}/{len(results)} ({len(ordered) / len(results):.1%})"
        if measure in MEASURES:
            significant = sum(bool(r[measure][1]) for r in results.values())
            line += f"; both steps significant in {significant}/{len(results)} ({significant / len(results):.1%})"
            wide = sum(r[measure][2] for r in results.values())
            line += f"; adv > ele significant in {wide}/{len(results)} ({wide / len(results):.1%})"
        print(line)
        missed = sorted(set(results) - set(ordered))
        if missed:
            print(f"    not ordered: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
