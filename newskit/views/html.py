"""HTML views for notebooks and pages: every version's blocks, and two versions' wording side by side.

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

from ..alignment import pair_links
from ..story import sentences as story_sentences
from ..story import Story, Version, check_story
from ..wording import word_diff

_STYLE = (
    "<style>.nk-diff{border-collapse:collapse;font-size:0.9em}.nk-diff td{vertical-align:top;padding:4px 8px;"
    "border-top:1px solid #ddd;width:45%}.nk-diff td.nk-kind{width:10%;color:#555}.nk-diff del{background:#fdd}"
    ".nk-diff ins{background:#dfd;text-decoration:none}</style>"
)


class Html(str):
    """An HTML string that notebooks display rendered; its plain-text form is ``summary`` (or its size).

    Example
    -------
    >>> Html("<p>Hi</p>", summary="Hi")
    Hi
    """

    def __new__(cls, text: str = "", summary: str | None = None):
        made = super().__new__(cls, text)
        made.summary = summary
        return made

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return self.summary if self.summary is not None else f"<HTML view, {len(self):,} characters>"


def _marked(a: str, b: str) -> tuple[str, str]:
    """Both sentences as escaped HTML, removed words in ``<del>`` and added words in ``<ins>``."""
    left, right = [], []
    for row in word_diff(a, b).itertuples(index=False):
        ta, tb = html.escape(row.text_a), html.escape(row.text_b)
        if row.kind == "equal":
            left.append(ta)
            right.append(tb)
            continue
        if ta:
            left.append(f"<del>{ta}</del>")
        if tb:
            right.append(f"<ins>{tb}</ins>")
    return "".join(left), "".join(right)


def side_by_side(story, version_a: str, version_b: str) -> Html:
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
    check_story(story, "side_by_side")
    sents = story_sentences(story)
    pair = pair_links(story, version_a, version_b)
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


LABEL_COLOURS = {
    "body": "transparent",
    "headline": "#dbe9f6",
    "subhead": "#e8e0f4",
    "chrome": "#eeeeee",
    "date": "#fdebd0",
    "dateline": "#fcf3cf",
    "credit": "#d5f5e3",
    "byline": "#d5f5e3",
    "read_more": "#fadbd8",
    "caption": "#f6ddcc",
    "script": "#d6dbdf",
    "appeal": "#f5cba7",
    "prompt": "#f9e79f",
    "promo": "#f5b7b1",
    "loading": "#e5e8e8",
}


def versions_side_by_side(story: Story) -> Html:
    """Each version in a column, every block shown with its label; nothing left out.

    Body paragraphs are plain; every other block is shaded and tagged with its
    label and offsets, so a reader sees what the loader set aside and why.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> "&lt;b&gt;" in versions_side_by_side(story_from_texts({"a": "<b>Hi</b> there."}))
    True
    """
    check_story(story, "versions_side_by_side")
    columns = "".join(_version_column(version) for version in story.versions)
    legend = " ".join(
        f'<span style="background:{colour};padding:0 4px">{label}</span>'
        for label, colour in LABEL_COLOURS.items() if label != "body"
    )
    return Html(
        f'<div style="font-size:0.85em">labels: {legend}</div>'
        f'<div style="display:flex;gap:1em;align-items:flex-start;overflow-x:auto">{columns}</div>'
    )


def _version_column(version: Version) -> str:
    """One version's blocks as HTML paragraphs, whitespace blocks omitted."""
    cells = []
    for block in version.blocks.itertuples(index=False):
        if block.label == "whitespace":
            continue
        text = html.escape(block.text)
        if block.label == "body":
            cells.append(f'<p title="body paragraph {block.paragraph}">{text}</p>')
        else:
            cells.append(
                f'<p style="background:{LABEL_COLOURS[block.label]};padding:2px 4px">'
                f"<small><b>{block.label}</b> [{block.start}:{block.end}]</small><br>{text}</p>"
            )
    title = html.escape(f"{version.id}: {version.outlet}" if version.outlet else version.id)
    return f'<div style="flex:1;min-width:18em"><h4>{title}</h4>{"".join(cells)}</div>'
