"""Score newskit's quotation finder on the hand-written news pattern set of tests/test_quote_patterns.py.

Detection: a quotation found (scare quotes left out) is a true positive when it overlaps an
expected one, each expected quotation matched at most once. Speaker: a found quotation with a
speaker is right when it overlaps an expected quotation whose speaker is the same (lower case,
leading article dropped); a wrong or missing speaker counts against precision and recall.
Prints precision, recall and F1 for both, and the cases that fail.

Run: .venv/bin/python evaluation/quote_patterns.py   (exits 0; needs no ../shared data)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

PATTERNS = Path(__file__).resolve().parents[1] / "tests" / "test_quote_patterns.py"


def load_patterns():
    """The pattern-set module (cases and scoring helpers), loaded from its file."""
    spec = importlib.util.spec_from_file_location("quote_patterns_cases", PATTERNS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    patterns = load_patterns()
    failing = []
    for case in patterns.CASES:
        name, text, expected = case
        got = patterns.found_quotes(text)
        counts = patterns.score([case])
        if counts["quote"][1:] != [0, 0] or counts["speaker"][1:] != [0, 0]:
            failing.append(f"  {name}: found {[(text[s:e], sp) for s, e, sp in got]} vs expected {expected}")
    counts = patterns.score()
    print(f"{len(patterns.CASES)} passages, {sum(len(c[2]) for c in patterns.CASES)} expected quotations")
    for what in ("quote", "speaker"):
        tp, fp, fn = counts[what]
        p, r, f = patterns.prf(tp, fp, fn)
        print(f"{what:8s} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})")
    print(f"{len(failing)} cases not read exactly" + (":" if failing else ""))
    print("\n".join(failing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
