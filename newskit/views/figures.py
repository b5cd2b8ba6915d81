"""Figures. Functions draw on a matplotlib Axes and return it; nothing is shown on import.

Example
-------
>>> from newskit.story import story_from_texts
>>> ax = plot_alignment(story_from_texts({"a": "It rained.", "b": "It poured."}), "a", "b")
>>> ax.get_xlabel()
'sentence position'
"""

from __future__ import annotations

import pandas as pd

from ..alignment import pair_links
from ..sources import SOURCE_TYPES, attributions
from ..story import check_story


def literal(text: object) -> str:
    r"""``text`` as matplotlib shows it literally: every ``$`` escaped, so ids are never read as math.

    Example
    -------
    >>> print(literal("a $x$ b"))
    a \$x\$ b
    """
    return str(text).replace("$", r"\$")


def _axes(ax, figsize: tuple[float, float]):
    """``ax``, or the Axes of a new figure of ``figsize``: matplotlib is imported only when a figure is drawn."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=figsize)[1]


KIND_COLOURS = {
    "identical": "#1b9e77", "edited": "#7570b3", "paraphrase": "#e6ab02", "moved": "#d95f02", "merged": "#e7298a",
    "split": "#e7298a", "dropped": "#a6761d", "added": "#66a61e",
}


def plot_alignment(story, version_a: str, version_b: str, ax=None):
    """Sentence positions of two versions on two rows, linked sentences joined by lines.

    Version A's sentences sit on the upper row, B's on the lower, at their sentence
    numbers; a line joins each link, coloured by kind (:data:`KIND_COLOURS`);
    dropped and added sentences are marked with an x on their own row.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> plot_alignment(story_from_texts({"a": "It rained.", "b": "Sun."}), "a", "b").get_yticks().tolist()
    [0, 1]
    """
    check_story(story, "plot_alignment")
    pair = pair_links(story, version_a, version_b)
    ax = _axes(ax, (10, 3))
    seen = set()
    for row in pair.itertuples(index=False):
        colour = KIND_COLOURS[row.kind]
        label = row.kind if row.kind not in seen else None
        seen.add(row.kind)
        if pd.notna(row.sentence_a) and pd.notna(row.sentence_b):
            ax.plot([row.sentence_a, row.sentence_b], [1, 0], color=colour, label=label, lw=1.5)
            ax.plot([row.sentence_a, row.sentence_b], [1, 0], "o", color=colour, ms=4)
        elif pd.notna(row.sentence_a):
            ax.plot([row.sentence_a], [1], "x", color=colour, label=label, ms=8, mew=2)
        else:
            ax.plot([row.sentence_b], [0], "x", color=colour, label=label, ms=8, mew=2)
    ax.set_yticks([0, 1], [literal(version_b), literal(version_a)])
    ax.set_ylim(-0.3, 1.3)
    from matplotlib.ticker import MaxNLocator  # sentence positions are whole numbers

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("sentence position")
    ax.set_title(f"Sentences of {literal(version_a)} (top) and {literal(version_b)} (bottom)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize="small")
    return ax


def plot_paragraphs(paragraphs: pd.DataFrame, index: str = "flesch_kincaid_grade", ax=None):
    """Line chart of ``index`` by body paragraph, one line per version.

    ``paragraphs`` is a :func:`newskit.readability.paragraph_stats` frame.
    Returns the axes.

    Example
    -------
    >>> from newskit.readability import paragraph_stats
    >>> from newskit.story import story_from_texts
    >>> plot_paragraphs(paragraph_stats(story_from_texts({"a": "It rained.\\n\\nIt poured."}))).get_xlabel()
    'body paragraph'
    """
    if not isinstance(paragraphs, pd.DataFrame):
        raise TypeError(f"plot_paragraphs() takes the frame nk.paragraph_stats(story) returns, "
                        f"not {type(paragraphs).__name__}")
    if index not in paragraphs.columns:
        raise ValueError(f"index {index!r} is not a column of the paragraphs frame; it has {list(paragraphs.columns)}")
    ax = _axes(ax, (8, 3.5))
    for version, group in paragraphs.groupby("version", sort=False):
        ax.plot(group["paragraph"], group[index], marker="o", label=literal(version))
    ax.set_xlabel("body paragraph")
    ax.set_ylabel(index)
    ax.legend(title="version")
    return ax


def plot_sources(story, ax=None):
    """Bar chart of attributions by source type, one group of bars per version; returns the Axes.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> ax = plot_sources(story_from_texts({"a": "Police said so.", "b": "Officials said so."}))  # doctest: +SKIP

    A story citing no source gets empty axes that say so.
    """
    check_story(story, "plot_sources")
    attributed = attributions(story)
    counts = pd.crosstab(attributed["source_type"], attributed["version"]).reindex(
        index=[t for t in SOURCE_TYPES if t in set(attributed["source_type"])], columns=story.ids, fill_value=0)
    counts.columns = [literal(v) for v in counts.columns]
    ax = _axes(ax, (7, 3.5))
    if counts.empty:
        ax.text(0.5, 0.5, "no attributions in any version", ha="center", va="center", transform=ax.transAxes)
    else:
        counts.T.plot.barh(stacked=True, ax=ax, colormap="tab10", width=0.6)
        ax.invert_yaxis()
        ax.legend(title="source type", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    ax.set_xlabel("attributions (body cues and credit lines)")
    ax.set_ylabel("version")
    ax.set_title("Who each version cites, by source type")
    ax.figure.tight_layout()
    return ax
