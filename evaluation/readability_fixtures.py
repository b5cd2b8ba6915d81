"""Reproduce textstat's own expected values with newskit's readability arithmetic.

Inputs: ../shared/corpora/textstat-fixtures/ (see its SOURCE.txt).

1. Backend cases (exact to 3 decimals, en_US or language-free, for the indices
   newskit reports): textstat 0.7.8 itself, and newskit's formulas over
   textstat's counts given textstat's own sentence count.
2. Gutenberg passages (integer expectations +-1, from textstat's dev branch):
   textstat 0.7.8 itself, and newskit's scores with its own sentence split;
   plus the maintainers' hand-set word and sentence counts beside ours.

Run: .venv/bin/python evaluation/readability_fixtures.py   (exits 0; skips when ../shared is absent)
"""

import json
import math
import sys
from pathlib import Path

import textstat

from newskit.readability import INDICES, count_vector, indices, text_scores

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "textstat-fixtures"
GUTENBERG_NAMES = {"smog": "smog_index"}


def backend_cases() -> None:
    """Score every applicable backend case both ways and print the counts."""
    data = json.loads((FIXTURES / "textstat_backend_metric_cases.json").read_text())
    tally = {"cases": 0, "textstat": 0, "newskit": 0}
    for case in data["cases"]:
        name = case["function"].split(".", 1)[1]
        args = case["args"]
        if name not in INDICES or args.get("lang", "en_US") != "en_US":
            continue
        text = data["resources"][args["text"]["resource"]]
        expected = args["expected"]
        direct = round(getattr(textstat, name)(text), 3)
        ours = float(indices(count_vector(text), textstat.sentence_count(text))[name])
        ours = 0.0 if math.isnan(ours) else round(ours, 3)  # textstat scores an empty text 0.0; newskit NaN
        tally["cases"] += 1
        tally["textstat"] += direct == expected
        tally["newskit"] += ours == expected
        if ours != expected:
            print(f"  differs: {name} on {args['text']['resource']}: expected {expected}, newskit {ours}")
    print(f"backend cases (en_US, newskit's 7 indices): {tally['cases']}; reproduced by textstat 0.7.8: "
          f"{tally['textstat']}; by newskit's formulas with textstat's sentence count: {tally['newskit']}")


def gutenberg() -> None:
    """Integer expectations +-1 on three passages, textstat direct and newskit's own split."""
    data = json.loads((FIXTURES / "gutenberg_passages_expected.json").read_text())
    direct_ok = ours_ok = total = 0
    for key, passage in data.items():
        text = passage["text"]
        stats = text_scores(text)
        truth = passage["statistics"]
        print(f"  {key}: hand-set words {truth['words']} sentences {truth['sentences']}; newskit words "
              f"{stats['words']} sentences {stats['sentences']}; textstat sentence_count {textstat.sentence_count(text)}")
        for metric, spec in passage["formula_expectations"].items():
            name = GUTENBERG_NAMES.get(metric, metric)
            if name not in INDICES:
                continue
            total += 1
            direct = getattr(textstat, name)(text)
            direct_ok += abs(direct - spec["expected"]) <= spec["abs_tolerance"]
            ours_ok += abs(stats[name] - spec["expected"]) <= spec["abs_tolerance"]
            print(f"    {name}: expected {spec['expected']} +-{spec['abs_tolerance']}; textstat {direct:.2f}; "
                  f"newskit {stats[name]:.2f}")
    print(f"gutenberg expectations (newskit's indices): {total}; within tolerance for textstat 0.7.8: {direct_ok}; "
          f"for newskit (own sentence split): {ours_ok}")


def main() -> int:
    if not FIXTURES.is_dir():
        print(f"skipped: {FIXTURES} is absent")
        return 0
    backend_cases()
    gutenberg()
    return 0


if __name__ == "__main__":
    sys.exit(main())
