"""Score newskit's quotation finder on textacy's direct-quotation cases (../shared/corpora/textacy-quote-cases).

A case passes when the quotations newskit finds (scare quotes left out, as textacy leaves out
quoted terms and titles) are as many as expected, each overlaps its expected content, and each
speaker shares a word with the expected speaker tokens (textacy keeps the mention as written, so
the mention and the resolved speaker are both accepted). Prints one line per case and the total.

Run: .venv/bin/python evaluation/quote_cases.py   (exits 0; skips when ../shared is absent)
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

CASES = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "textacy-quote-cases"


def expected_quotes(case: dict) -> list[tuple[str, list[str]]]:
    """(content, speaker tokens) per expected quotation of a case with full expectations."""
    return [(e["content"], e["speaker"]) for e in case["expected"]]


def check(case: dict) -> tuple[bool, str]:
    """Whether newskit reads the case as textacy expects, with a short account."""
    import newskit as nk

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        found = nk.find_quotes(case["text"])
    found = found[found["kind"] != "scare"]
    got = [(r.text, f"{r.mention} {r.speaker}".split()) for r in found.itertuples()]
    if "expected_speaker_tokens" in case:
        wanted = set(case["expected_speaker_tokens"])
        count = case["expected_speaker_tokens"].count(case["expected_speaker_tokens"][-1])  # one surname per quote
        ok = len(got) == count and all(set(sp) & wanted for _, sp in got)
        return ok, f"speakers {[r.speaker for r in found.itertuples()]} vs tokens {case['expected_speaker_tokens']}"
    expected = expected_quotes(case)
    ok = len(got) == len(expected) and all(
        content.strip('"«»“” ,').split()[0] in text and set(sp) & set(exp_sp)
        for (text, sp), (content, exp_sp) in zip(got, expected))
    return ok, f"found {[(t, ' '.join(sp)) for t, sp in got]} vs expected {[(c, ' '.join(s)) for c, s in expected]}"


def main() -> int:
    if not CASES.is_dir():
        print(f"skipped: {CASES} is absent")
        return 0
    cases = [json.loads(line) for line in (CASES / "direct_quotation_cases.jsonl").read_text().splitlines() if line]
    passed = 0
    for number, case in enumerate(cases):
        ok, account = check(case)
        passed += ok
        print(f"{'PASS' if ok else 'FAIL'} {number:2d} {case['test']} [{case['lang']}]: {account}")
    print(f"textacy quote cases: {passed}/{len(cases)} pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
