"""HTML views of a story for notebooks and pages; the article text is always escaped.

Example
-------
>>> from newskit.story import story_from_texts
>>> "&lt;b&gt;" in versions_side_by_side(story_from_texts({"a": "<b>Hi</b> there."})).data
True
"""

from __future__ import annotations

import html

from IPython.display import HTML

from .story import Story

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
}


def versions_side_by_side(story: Story) -> HTML:
    """Each version in a column, every block shown with its label; nothing left out.

    Body paragraphs are plain; every other block is shaded and tagged with its
    label and offsets, so a reader sees what the loader set aside and why.
    """
    columns = "".join(_version_column(version) for version in story.versions)
    legend = " ".join(
        f'<span style="background:{colour};padding:0 4px">{label}</span>'
        for label, colour in LABEL_COLOURS.items() if label != "body"
    )
    return HTML(
        f'<div style="font-size:0.85em">labels: {legend}</div>'
        f'<div style="display:flex;gap:1em;align-items:flex-start;overflow-x:auto">{columns}</div>'
    )


def _version_column(version) -> str:
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
