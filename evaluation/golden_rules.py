"""Score newskit's sentence splitter on the 48 English "Golden Rules" cases.

The cases come from Pragmatic Segmenter as packaged in pySBD (MIT), stored in
``../shared/corpora/sbd-golden-rules/english_golden_rules.jsonl`` (see its
SOURCE.txt). Each failure is printed with the rule, the expected and the found
sentences; the last line gives the number passed out of 48. Exits 0 always,
and skips with a message where ../shared is absent.

Run from the project root: ``python evaluation/golden_rules.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from newskit.text.sentences import split_sentences

CASES = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "sbd-golden-rules" / "english_golden_rules.jsonl"


def load_cases(path: Path = CASES) -> list[dict]:
    """The golden-rule cases: dicts with rule_id, rule, text, expected_sentences."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def failures(cases: list[dict]) -> list[tuple[dict, list[str]]]:
    """The cases newskit gets wrong, each with the sentences it found."""
    found = ((case, split_sentences(case["text"])) for case in cases)
    return [(case, got) for case, got in found if got != case["expected_sentences"]]


def main() -> int:
    if not CASES.is_file():
        print(f"skipped: {CASES} is absent (../shared exists only beside a development checkout)")
        return 0
    cases = load_cases()
    failed = failures(cases)
    for case, got in failed:
        print(f"rule {case['rule_id']}: {case['rule']}")
        print(f"  expected: {case['expected_sentences']}")
        print(f"  got:      {got}")
    print(f"passed {len(cases) - len(failed)} of {len(cases)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
