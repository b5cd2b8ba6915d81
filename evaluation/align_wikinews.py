"""Recall of word-level changes against Wikinews revision edits (../shared/corpora/wikinews-revisions).

Each record is a before/after revision of a Wikinews story with gold edit spans
(offsets into ``before_revision``). Both revisions become a two-version story
(:func:`newskit.story_from_texts`) and :func:`newskit.wording.changes` reports what
changed. A gold edit is found when some change's span in the before text overlaps
it (an empty span, an insertion point, counts when it touches it, wherever it
sits inside a run of whitespace). Also reported:
the share of changes that overlap no gold edit (the gold marks edits at sentence
level and is not exhaustive, so this share is an upper bound on false alarms), and the
recall over the gold edits that change words: an edit whose before and after texts
are equal once typography is made plain (:func:`newskit.text.typography.canonical`:
curly to straight quotes, as newskit reports no change there by design) is left out.

Run: ``.venv/bin/python evaluation/align_wikinews.py``. Exits 0 and says so when
../shared is absent.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

from newskit.story import story_from_texts
from newskit.text.typography import canonical
from newskit.wording import changes

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "wikinews-revisions"
GOAL = 0.98


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether two spans overlap; an empty span overlaps a span it touches."""
    if start < end and other_start < other_end:
        return start < other_end and other_start < end
    return start <= other_end and other_start <= end


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """An empty span (an insertion point) widened over the whitespace around it.

    The gold places insertion points anywhere inside a run of spaces, so where in
    the run a point sits carries no meaning.
    """
    if start != end:
        return start, end
    while start > 0 and text[start - 1].isspace():
        start -= 1
    while end < len(text) and text[end].isspace():
        end += 1
    return start, start if start == end else end


def typography_only(edit: dict) -> bool:
    """Whether a gold edit changes no word: its before and after texts equal once typography is plain."""
    before, after = edit.get("before") or "", edit.get("after") or ""
    return " ".join(canonical(before).split()) == " ".join(canonical(after).split())


def score(record: dict) -> tuple[int, int, int, int, int, int]:
    """(gold edits found, gold edits, changes overlapping no gold edit, changes, word-changing gold edits
    found, word-changing gold edits) for one revision pair."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        story = story_from_texts({"before": record["before_revision"], "after": record["after_revision"]})
    found = changes(story)
    before = record["before_revision"]
    spans = [widen(before, s, e) for s, e in zip(found["start_a"], found["end_a"])]
    gold = [widen(before, e["start_char_pos"], e["end_char_pos"]) for e in record["edit_actions"]]
    found_gold = [any(overlaps(gs, ge, s, e) for s, e in spans) for gs, ge in gold]
    stray = sum(not any(overlaps(gs, ge, s, e) for gs, ge in gold) for s, e in spans)
    wording = [not typography_only(e) for e in record["edit_actions"]]
    return (sum(found_gold), len(gold), stray, len(spans),
            sum(f and w for f, w in zip(found_gold, wording)), sum(wording))


def main() -> int:
    path = CORPUS / "revisions.jsonl"
    if not path.is_file():
        print(f"skipped: {path} is absent (it exists only beside a development checkout)")
        return 0
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals = [0] * 6
    for record in records:
        totals = [x + y for x, y in zip(totals, score(record))]
    hit, gold, stray, flagged, word_hit, word_gold = totals
    recall = hit / gold if gold else 1.0
    print(f"wikinews: {len(records)} revision pairs, {gold} gold edits, {flagged} changes reported")
    print(f"recall {recall:.3f} ({hit}/{gold}) {'(goal met)' if recall >= GOAL else '(below goal 0.98)'}")
    print(f"changes overlapping no gold edit: {stray / flagged if flagged else 0:.3f} ({stray}/{flagged})")
    print(f"recall over gold edits that change words (typography-only edits left out): "
          f"{word_hit / word_gold if word_gold else 1.0:.3f} ({word_hit}/{word_gold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
