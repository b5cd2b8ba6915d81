"""Tables and prose for readers: one format per kind of column, sentences shown as their text.

:func:`table` renders a DataFrame as an HTML table a reader takes in at a glance:

- integers as integers, other numbers to a fixed number of decimals, right-aligned;
- true/false as "yes"/"no"; a missing value as an empty cell;
- text left-aligned, wrapped at word boundaries, escaped (article text never runs as HTML);
- a column naming a sentence (``sentence`` beside ``version``, ``sentence_a`` beside
  ``version_a``, ``sentence_b`` beside ``version_b``) shows the sentence's text, shortened,
  with the full text one click away and the version id and number in small print;
- no index column, headers with spaces for underscores.

:func:`prose` is a paragraph generated from a story's data, shown as text in a
notebook and on its page. Both return :class:`~newskit.views.html.Html`, whose
plain-text form is a short summary rather than a dump of the same numbers.

Example
-------
>>> import pandas as pd
>>> html = table(pd.DataFrame({"source": ["Police"], "mentions": [3], "similarity": [0.5]}))
>>> "<td class='nk-num'>3</td>" in html, "<td class='nk-num'>0.50</td>" in html
(True, True)
"""

from __future__ import annotations

import html
import re

import pandas as pd

from ..story import Story, sentences
from .html import Html

SHORT = 70
"""Characters of a sentence shown before the rest is folded away."""

STYLE = (
    "<style>.nk-table{border-collapse:collapse;font-size:0.88em;margin:0.4em 0;font-variant-numeric:tabular-nums}"
    "table.nk-table th{text-align:left!important;vertical-align:bottom;border-bottom:2px solid #bbb;"
    "padding:3px 8px;font-weight:600}table.nk-table td{vertical-align:top;padding:3px 8px;"
    "border-bottom:1px solid #e3e3e3;text-align:left!important}"
    "table.nk-table td.nk-num,table.nk-table th.nk-num{text-align:right!important}"
    "table.nk-table td.nk-num{white-space:nowrap}table.nk-table th{max-width:9em}"
    "table.nk-table td.nk-text{white-space:normal;overflow-wrap:normal;word-break:normal;"
    "min-width:7em;max-width:36em}table.nk-table td.nk-sent{min-width:11em;max-width:30em}"
    ".nk-table small{color:#666}.nk-table details summary{cursor:pointer}"
    ".nk-caption{color:#555;font-size:0.88em;margin:0.8em 0 0.1em}"
    ".nk-table del{background:#fbdada;color:#7a0d0d}.nk-table ins{background:#d7f5dd;color:#064d16;"
    "text-decoration:none}"
    ".nk-prose{max-width:48em;line-height:1.5}</style>"
)

_PAIRS = (("sentence", "version"), ("sentence_a", "version_a"), ("sentence_b", "version_b"))


def table(frame: pd.DataFrame, story: Story | None = None, digits: int = 2, caption: str = "",
          empty: str = "nothing to show", diffs: tuple[str, ...] = ("diff",)) -> Html:
    """``frame`` as a styled HTML table (see the module docstring); ``story`` gives sentence columns their text.

    ``digits`` is the number of decimals for non-integer numbers. Columns named in
    ``diffs`` hold word diffs (``[-removed-] {+added+}``), shown struck and
    highlighted. An empty frame is a one-line note (``empty``) instead of a table
    of headers.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "It rained. It poured all day long."})
    >>> "It poured all day long." in table(pd.DataFrame({"version": ["a"], "sentence": [1]}), story)
    True
    """
    if frame.empty:
        return Html(f"<p class='nk-prose'><em>{html.escape(empty)}</em></p>")
    frame = frame.reset_index(drop=True)
    texts = _sentence_texts(story) if story is not None else {}
    shown = {s: v for s, v in _PAIRS if s in frame.columns and v in frame.columns} if texts else {}
    hidden = {v for s, v in shown.items() if frame[s].notna().all()}  # shown beside each sentence instead
    heads, bodies = [], []
    for column in frame.columns:
        if column in hidden:
            continue
        css, cells = _column(frame, column, texts if column in shown else {}, digits, diffs)
        heads.append(f"<th class='{css}'>{html.escape(str(column).replace('_', ' '))}</th>")
        bodies.append([f"<td class='{css}'>{cell}</td>" for cell in cells])
    rows = "".join("<tr>" + "".join(row) + "</tr>" for row in zip(*bodies))
    title = f"<p class='nk-caption'>{html.escape(caption)}</p>" if caption else ""
    body = f"{STYLE}{title}<table class='nk-table'><thead><tr>{''.join(heads)}</tr></thead><tbody>{rows}</tbody></table>"
    return Html(body, summary=f"table: {len(frame)} rows x {len(frame.columns)} columns")


def marked(text: str) -> str:
    """Escaped text with a word diff's ``[-removed-]`` and ``{+added+}`` shown struck and highlighted.

    Example
    -------
    >>> marked("say [-<b>-] {+so+}")
    'say <del>&lt;b&gt;</del> <ins>so</ins>'
    """
    escaped = html.escape(text)
    escaped = re.sub(r"\[-(.*?)-\]", r"<del>\1</del>", escaped)
    return re.sub(r"\{\+(.*?)\+\}", r"<ins>\1</ins>", escaped)


def _column(frame: pd.DataFrame, column: str, texts: dict, digits: int, diffs: tuple[str, ...]):
    """(CSS class, HTML cells) of one column: sentences as text when ``texts`` is given, diffs marked."""
    values = frame[column]
    kind = _kind(values)
    if texts:
        version = dict(_PAIRS)[column]
        return "nk-sent", [_sentence_cell(texts, v, n) for v, n in zip(frame[version], values)]
    if column in diffs and kind == "text":
        return "nk-text", [marked(value) if isinstance(value, str) else "" for value in values]
    css = "nk-num" if kind in ("int", "float") else "nk-text"
    return css, [_cell(value, kind, digits) for value in values]


def prose(*sentences_: str) -> Html:
    """Sentences generated from a story's data, as one paragraph (escaped; ``**bold**`` is not interpreted).

    Example
    -------
    >>> prose("2 versions.", "a <b> tag.")
    2 versions. a <b> tag.
    """
    text = " ".join(s.strip() for s in sentences_ if s and s.strip())
    return Html(f"<p class='nk-prose'>{html.escape(text)}</p>", summary=text)


def bullets(items: list[str]) -> Html:
    """Generated sentences as a bulleted list (escaped).

    Example
    -------
    >>> bullets(["one", "two"])
    - one
    - two
    """
    if not items:
        return Html("", summary="")
    body = "".join(f"<li>{html.escape(item)}</li>" for item in items)
    return Html(f"<ul class='nk-prose'>{body}</ul>", summary="\n".join(f"- {item}" for item in items))


def families_table(story: Story, families: pd.DataFrame) -> Html:
    """Sentence families (:func:`newskit.families`) with each version's sentences as text.

    One row per family, one column per version in manifest order; a cell holds the
    version's sentences of that family ("3+4" when merged or split), empty when the
    version lacks it.
    """
    texts = _sentence_texts(story)
    rows = []
    for _, family in families.iterrows():
        row = {}
        for version in story.ids:
            numbers = str(family.get(version, "") if pd.notna(family.get(version, "")) else "")
            parts = [int(n) for n in numbers.split("+") if n.strip().isdigit()]
            row[version] = "".join(_sentence_cell(texts, version, n) for n in parts)
        row["versions"] = _cell(family["versions"], "int", 0)
        rows.append(row)
    heads = "".join(f"<th class='nk-sent'>{html.escape(v)}</th>" for v in story.ids)
    body = "".join(
        "<tr>" + "".join(f"<td class='nk-sent'>{row[v]}</td>" for v in story.ids)
        + f"<td class='nk-num'>{row['versions']}</td></tr>" for row in rows
    )
    return Html(f"{STYLE}<table class='nk-table'><thead><tr>{heads}<th class='nk-num'>versions</th></tr></thead>"
                f"<tbody>{body}</tbody></table>", summary=f"table: {len(rows)} sentence families")


def _sentence_texts(story: Story) -> dict[tuple[str, int], str]:
    frame = sentences(story)
    return {(v, int(n)): t for v, n, t in frame[["version", "sentence", "text"]].itertuples(index=False)}


def _sentence_cell(texts: dict, version, number) -> str:
    """A sentence's text, shortened with the rest in a details element, then its version and number."""
    if pd.isna(number) or pd.isna(version):
        return ""
    number = int(number)
    text = " ".join(texts.get((version, number), "").split())
    ref = f"<small>{html.escape(str(version))} {number}</small>"
    if len(text) <= SHORT:
        return f"<div>{html.escape(text)} {ref}</div>"
    cut = text[:SHORT]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return (f"<details><summary>{html.escape(cut)}… {ref}</summary>{html.escape(text[len(cut):].strip())}"
            "</details>")


def _kind(values: pd.Series) -> str:
    """'bool', 'int', 'float' or 'text': how a column is formatted."""
    if pd.api.types.is_bool_dtype(values):
        return "bool"
    if pd.api.types.is_integer_dtype(values):
        return "int"
    if pd.api.types.is_float_dtype(values):
        present = values.dropna()
        return "float" if len(present) == 0 or not (present == present.round()).all() or _named_float(values) \
            else "int"
    return "text"


def _named_float(values: pd.Series) -> bool:
    """Columns whose values are measurements even when whole (similarity 1.0, a grade of 12.0)."""
    name = str(values.name)
    return not any(word in name for word in ("count", "sentences", "words", "mentions", "paragraph", "sentence",
                                             "attributions", "versions", "start", "end", "syllable", "letter"))


def _cell(value, kind: str, digits: int) -> str:
    """One value as escaped text in its column's format; missing is empty."""
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    if kind == "bool":
        return "yes" if value else "no"
    if kind == "int":
        return f"{int(value):d}"
    if kind == "float":
        return f"{float(value):.{digits}f}"
    return html.escape(str(value))
