"""HTML views of wording changes: two versions side by side, sentence by sentence.

Every piece of article text passes through :func:`html.escape`, so markup in a
story (``<script>`` included) shows as text and never runs.

Example
-------
>>> from newskit.story import story_from_texts
>>> story = story_from_texts({"a": "It <b>rained</b>.", "b": "It poured."})
>>> "&lt;b&gt;" in side_by_side(story, "a", "b")
True
"""

from __future__ import annotations

import html

import pandas as pd

from .alignment import align
from .segment import sentences as story_sentences
from .wording import word_diff

_STYLE = (
    "<style>.nk-diff{border-collapse:collapse;font-size:0.9em}.nk-diff td{vertical-align:top;padding:4px 8px;"
    "border-top:1px solid #ddd;width:45%}.nk-diff td.nk-kind{width:10%;color:#555}.nk-diff del{background:#fdd}"
    ".nk-diff ins{background:#dfd;text-decoration:none}</style>"
)


class Html(str):
    """An HTML string that notebooks display rendered."""

    def _repr_html_(self) -> str:
        return str(self)


def _marked(a: str, b: str) -> tuple[str, str]:
    """Both sentences as escaped HTML, removed words in ``<del>`` and added words in ``<ins>``."""
    left, right = [], []
    for row in word_diff(a, b).itertuples(index=False):
        ta, tb = html.escape(row.a_text), html.escape(row.b_text)
        if row.op == "equal":
            left.append(ta)
            right.append(tb)
            continue
        if ta:
            left.append(f"<del>{ta}</del>")
        if tb:
            right.append(f"<ins>{tb}</ins>")
    return "".join(left), "".join(right)


def side_by_side(story, version_a: str, version_b: str, alignment: pd.DataFrame | None = None) -> Html:
    """Versions ``version_a`` and ``version_b`` as an HTML table, one row per alignment row.

    Linked sentences show their word changes (removed words struck in red, added
    words in green); dropped and added sentences stand alone. ``version_a`` must come
    before ``version_b`` in the story.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "It rained.", "b": "It poured."})
    >>> side_by_side(story, "a", "b").count("<tr>")
    2
    """
    sents = story_sentences(story)
    links = align(story, sents) if alignment is None else alignment
    pair = links[(links["version_a"] == version_a) & (links["version_b"] == version_b)]
    text = {(v, int(n)): t for v, n, t in sents[["version", "sentence", "text"]].itertuples(index=False)}
    rows = [f"<tr><th>{html.escape(version_a)}</th><th>change</th><th>{html.escape(version_b)}</th></tr>"]
    for row in pair.itertuples(index=False):
        a = text.get((version_a, int(row.sentence_a))) if pd.notna(row.sentence_a) else None
        b = text.get((version_b, int(row.sentence_b))) if pd.notna(row.sentence_b) else None
        if a is not None and b is not None:
            left, right = _marked(a, b)
        else:
            left = f"<del>{html.escape(a)}</del>" if a is not None else ""
            right = f"<ins>{html.escape(b)}</ins>" if b is not None else ""
        rows.append(f"<tr><td>{left}</td><td class=\"nk-kind\">{html.escape(row.kind)}</td><td>{right}</td></tr>")
    return Html(_STYLE + "<table class=\"nk-diff\">" + "".join(rows) + "</table>")
