"""The same quotation across versions: matched, and what changed inside the quotation marks.

Quotations (:func:`newskit.quotations.quotes`) of each pair of versions are linked
one to one, most similar first; each link gets a status (:data:`STATUSES`) and the
word changes inside the marks, built on :func:`newskit.wording.word_diff`.

Example
-------
>>> quote_diff("help quell the unrest", "assist settle unrest")
'[-help quell the-] {+assist settle+} unrest'
"""

from __future__ import annotations

import difflib
import itertools

import pandas as pd

from .quotations import inner_words, quotes
from .wording import word_diff

COMPARE_COLUMNS = [
    "version_a", "version_b", "start_a", "end_a", "start_b", "end_b", "text_a", "text_b",
    "speaker_a", "speaker_b", "status", "similarity", "diff",
]
STATUSES = ("identical", "altered", "trimmed", "extended", "speaker changed", "only in some versions")


def quote_diff(a: str, b: str) -> str:
    """Word changes between two quotations, as ``[-removed-] {+added+}`` marks over the kept words.

    Built on :func:`newskit.wording.word_diff`.

    Example
    -------
    >>> quote_diff("forces interfering with", "forces that interfere with")
    'forces [-interfering-] {+that interfere+} with'
    """
    out = []
    for op in word_diff(a, b).itertuples():
        old, new = op.a_text.strip(), op.b_text.strip()
        if op.op == "equal":
            out.append(old)
            continue
        out += (["[-" + old + "-]"] if old else []) + (["{+" + new + "+}"] if new else [])
    return " ".join(w for w in out if w)


def _strip_marks(quote: str) -> str:
    return quote.strip().strip("\"“”„‟«»‘’‚'").strip()


def _status(a: dict, b: dict) -> str:
    wa = [w.lower() for w in inner_words(a["text"])]
    wb = [w.lower() for w in inner_words(b["text"])]
    if wa == wb:
        return "identical" if _same_speaker(a, b) else "speaker changed"
    joined_a, joined_b = " ".join(wa), " ".join(wb)
    if joined_b in joined_a:
        return "trimmed"
    if joined_a in joined_b:
        return "extended"
    return "altered"


def _same_speaker(a: dict, b: dict) -> bool:
    sa, sb = a["speaker"].lower(), b["speaker"].lower()
    return not sa or not sb or sa == sb or sa in sb.split() or sb in sa.split()


def _similarity(a: str, b: str) -> float:
    wa, wb = [w.lower() for w in inner_words(a)], [w.lower() for w in inner_words(b)]
    if not wa or not wb:
        return 0.0
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    common = sum(block.size for block in matcher.get_matching_blocks())
    return round(max(common / len(wa), common / len(wb)) if min(len(wa), len(wb)) >= 3
                 else 2 * common / (len(wa) + len(wb)), 3)


def match_quotes(rows_a: list[dict], rows_b: list[dict], threshold: float = 0.6) -> list[tuple[int, int, float]]:
    """One-to-one links between two versions' quotations, most similar first.

    Similarity is the share of the shorter quotation's words found in order in the other
    (so a trimmed quote still matches); quotes of fewer than three words must match closely.

    Example
    -------
    >>> match_quotes([{"text": "“three evil forces”"}], [{"text": "“three evil forces”"}])
    [(0, 0, 1.0)]
    """
    pairs = sorted(((_similarity(a["text"], b["text"]), i, j) for i, a in enumerate(rows_a)
                    for j, b in enumerate(rows_b)), key=lambda p: (-p[0], p[1], p[2]))
    used_a, used_b, links = set(), set(), []
    for score, i, j in pairs:
        if score < threshold or i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        links.append((i, j, score))
    return sorted(links)


def compare_quotes(story, quoted: pd.DataFrame | None = None) -> pd.DataFrame:
    """The same quotation matched across each pair of versions, with what changed.

    Columns: version_a, version_b, start_a, end_a, start_b, end_b (offsets into each raw
    text; NA on the side that lacks the quote), text_a, text_b, speaker_a, speaker_b,
    status (see :data:`STATUSES`: words identical, altered, trimmed or extended in b,
    speaker changed, or only in some versions), similarity (0..1), diff (the word changes
    inside the quotation marks, ``[-a-] {+b+}``; empty when none). Sorted by version pair
    (story order), then by position in a, then in b.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": 'He said "we oppose forces interfering with us" today.',
    ...                           "b": 'He said "we oppose forces that interfere with us" today.'})
    >>> compare_quotes(story)[["status", "diff"]].values.tolist()
    [['altered', 'we oppose forces [-interfering-] {+that interfere+} with us']]
    """
    quoted = quotes(story) if quoted is None else quoted
    rows = []
    for va, vb in itertools.combinations(story.ids, 2):
        rows_a = quoted[quoted["version"] == va].to_dict("records")
        rows_b = quoted[quoted["version"] == vb].to_dict("records")
        links = match_quotes(rows_a, rows_b)
        linked_a, linked_b = {i for i, _, _ in links}, {j for _, j, _ in links}
        for i, j, score in links:
            a, b = rows_a[i], rows_b[j]
            status = _status(a, b)
            diff = "" if status == "identical" else quote_diff(_strip_marks(a["text"]), _strip_marks(b["text"]))
            rows.append(_pair_row(va, vb, a, b, status, score, diff))
        rows += [_pair_row(va, vb, a, None, "only in some versions", 0.0, "")
                 for i, a in enumerate(rows_a) if i not in linked_a]
        rows += [_pair_row(va, vb, None, b, "only in some versions", 0.0, "")
                 for j, b in enumerate(rows_b) if j not in linked_b]
    frame = pd.DataFrame(rows, columns=COMPARE_COLUMNS)
    for col in ("start_a", "end_a", "start_b", "end_b"):
        frame[col] = frame[col].astype("Int64")
    order = {v: i for i, v in enumerate(story.ids)}
    key = frame["version_a"].map(order) * 1000 + frame["version_b"].map(order)
    frame = frame.assign(_key=key, _a=frame["start_a"].fillna(10**9), _b=frame["start_b"].fillna(-1))
    return frame.sort_values(["_key", "_a", "_b"]).drop(columns=["_key", "_a", "_b"]).reset_index(drop=True)


def _pair_row(va: str, vb: str, a: dict | None, b: dict | None, status: str, score: float, diff: str) -> dict:
    empty = {"start": pd.NA, "end": pd.NA, "text": "", "speaker": ""}
    a, b = a or empty, b or empty
    return {"version_a": va, "version_b": vb, "start_a": a["start"], "end_a": a["end"], "start_b": b["start"],
            "end_b": b["end"], "text_a": a["text"], "text_b": b["text"], "speaker_a": a["speaker"],
            "speaker_b": b["speaker"], "status": status, "similarity": score, "diff": diff}
