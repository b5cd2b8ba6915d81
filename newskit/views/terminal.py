"""The ``newskit compare`` summary as plain text for a terminal, and as data for ``--json``.

What matters comes first: the word changes flagged as possibly fact-changing,
then the sentences one version added or dropped (with their text), quotations
altered (with the words) or found in one version only, sources and credits one
version cites and the other does not, and the readability difference with its
noise. Lines wrap at word boundaries to the terminal's width.

Example
-------
>>> from newskit.story import story_from_texts
>>> story = story_from_texts({"a": "Ten people died, police said.", "b": "Twelve people died, police said."})
>>> "Ten" in compare_text(story, resamples=50)
True
"""

from __future__ import annotations

import shutil
import textwrap

import pandas as pd

from ..readability import SCORES, text_stats
from ..sources import attributions
from ..quotations import quotes
from ..story import Story
from ..summary import clip, findings, quoted
from ..uncertainty import differences

SECTIONS = (
    ("Possibly fact-changing word changes", ("fact",)),
    ("Sentences", ("sentences", "added", "dropped")),
    ("Quotes", ("quote",)),
    ("Sources and credits", ("source", "credit")),
)


def compare_text(story: Story, resamples: int = 1000, seed: int = 0, width: int | None = None) -> str:
    """How the story's versions differ, as sections of wrapped plain text (see the module docstring)."""
    width = width or min(shutil.get_terminal_size((100, 24)).columns, 120)
    found = findings(story, resamples=resamples, seed=seed, limit=None)
    parts = ["Versions", _versions(story).to_string(index=False), ""]
    for title, topics in SECTIONS:
        parts += [title, *_lines(found[found["topic"].isin(topics)], width, _empty(story, title)), ""]
    parts += ["Readability (B - A)", _readability(story, resamples, seed).to_string(index=False),
              *_lines(found[found["topic"] == "readability"], width, ""), ""]
    return "\n".join(parts)


def compare_data(story: Story, resamples: int = 1000, seed: int = 0) -> dict:
    """The same summary as data: versions, every finding (unabridged) and the readability scores.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> sorted(compare_data(story_from_texts({"a": "It rained.", "b": "It poured."}), resamples=20))
    ['findings', 'readability', 'versions']
    """
    found = findings(story, resamples=resamples, seed=seed, limit=None)
    return {
        "versions": _plain(_versions(story).rename(columns={"": "label"})),
        "findings": found.to_dict(orient="records"),
        "readability": _plain(text_stats(story)[["version", "sentences", "words", *SCORES]]),
    }


def _plain(frame: pd.DataFrame) -> list[dict]:
    """Records with numpy numbers as Python ints and floats (JSON-ready)."""
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()} for row in frame.to_dict("records")]


def _versions(story: Story) -> pd.DataFrame:
    """One row per version: its article text's characters, sentences and words (furniture set aside), headline."""
    stats = text_stats(story).set_index("version")
    rows = []
    for label, version in zip("ABCDEFGHIJ", story.versions):
        rows.append({"": label, "version": version.id, "characters": len(version.body),
                     "sentences": int(stats.at[version.id, "sentences"]), "words": int(stats.at[version.id, "words"]),
                     "headline": clip(version.meta.get("headline", ""), 40)})
    return pd.DataFrame(rows)


def _empty(story: Story, title: str) -> str:
    """What an empty section says: nothing found, or nothing there to compare."""
    if title == "Quotes" and quotes(story).empty:
        return "no quotation in either version"
    if title == "Sources and credits" and attributions(story).empty:
        return "no source cited in either version"
    return {"Quotes": "every quotation kept word for word", "Sources and credits": "the same sources and credits",
            "Possibly fact-changing word changes": "none flagged"}.get(title, "none")


def _lines(frame: pd.DataFrame, width: int, empty: str) -> list[str]:
    """Each finding as a wrapped bullet; an added or dropped sentence in full."""
    if frame.empty:
        return [f"  {empty}"] if empty else []
    out = []
    for row in frame.itertuples(index=False):
        text = row.text
        if row.topic in ("added", "dropped") and row.detail:
            text = text.split(":", 1)[0] + ": " + quoted(row.detail, width=len(row.detail))
        out += textwrap.wrap(text, width=width, initial_indent="  - ", subsequent_indent="    ",
                             break_long_words=False, break_on_hyphens=False)
    return out


def _readability(story: Story, resamples: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Every score of both versions, their difference, its 95% bootstrap interval and whether it is beyond that
    noise: the indices the readability finding counts ("2 of 8 indices differ beyond noise") are all shown."""
    stats = text_stats(story)
    a, b = stats.iloc[0], stats.iloc[-1]
    gaps = differences(story, resamples=resamples, seed=seed)
    gaps = gaps[(gaps["version_a"] == a["version"]) & (gaps["version_b"] == b["version"])].set_index("index")
    interval = [f"{gaps.at[c, 'low']:+.2f} to {gaps.at[c, 'high']:+.2f}" if c in gaps.index and
                pd.notna(gaps.at[c, "low"]) else "" for c in SCORES]
    return pd.DataFrame({
        "measure": list(SCORES),
        "A": [f"{a[c]:.2f}" for c in SCORES],
        "B": [f"{b[c]:.2f}" for c in SCORES],
        "B - A": [f"{b[c] - a[c]:+.2f}" for c in SCORES],
        "95% interval": interval,
        "beyond noise": ["yes" if c in gaps.index and bool(gaps.at[c, "significant"]) else "" for c in SCORES],
    })
