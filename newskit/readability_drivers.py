"""Why two versions' readability differs: heavy sentences, sourcing habits, page furniture.

:func:`drivers` ranks the sentences that pull a score up (leave-one-out),
:func:`sourcing_density` measures quotation and attribution, which change
sentence length and vocabulary without plainer prose, and :func:`raw_vs_body`
scores the raw page against the article body (:func:`furniture_shift` per version).

Example
-------
>>> from newskit.story import story_from_texts
>>> raw_vs_body(story_from_texts({"a": "It rained. It poured."}))["text"].tolist()
['raw', 'body']
"""

from __future__ import annotations

import pandas as pd
import textstat

from .errors import NewskitError
from .matching import text_ratio
from .quotations import quotes
from .readability import COUNTS, SCORES, indices, sentence_counts, text_scores
from .sources import attributions
from .story import check_story

def drivers(story, index: str = "flesch_kincaid_grade", top: int = 5) -> pd.DataFrame:
    """The sentences that pull each version's ``index`` up most.

    A sentence's ``influence`` is the version's score minus the score of the
    version without that sentence (leave-one-out): positive means the sentence
    makes the text read as harder for a grade index (easier for
    ``flesch_reading_ease``, where higher is easier). ``elsewhere`` is the
    sentence's best similarity (:func:`newskit.matching.text_ratio`, 0..1) to a sentence of another
    version: influential sentences with low ``elsewhere`` explain a difference.

    Columns: ``version``, ``sentence``, ``paragraph``, ``start``, ``end``,
    ``text``, ``words``, ``polysyllabcount``, ``influence``, ``elsewhere``;
    ``top`` rows per version, in version order then by decreasing influence.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "It rained. Meteorological authorities announced unprecedented precipitation."})
    >>> drivers(story, top=1)["sentence"].tolist()
    [1]
    """
    check_story(story, "drivers")
    if index not in SCORES:
        raise NewskitError(f"unknown index {index!r}; choose one of {list(SCORES)}")
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise ValueError(f"top must be a whole number >= 1, not {top!r}")
    counts = sentence_counts(story)
    frames = []
    for version in story.ids:
        mine = counts[counts["version"] == version]
        values = mine[list(COUNTS)].to_numpy(dtype=float)
        whole = indices(values.sum(axis=0), len(values))[index]
        without = indices(values.sum(axis=0) - values, len(values) - 1)[index]
        others = counts.loc[counts["version"] != version, "text"].tolist()
        elsewhere = text_ratio(mine["text"].tolist(), others)
        frames.append(
            mine.assign(influence=whole - without, elsewhere=elsewhere)
            .sort_values(["influence", "sentence"], ascending=[False, True], kind="stable")
            .head(top)
        )
    columns = ["version", "sentence", "paragraph", "start", "end", "text", "words", "polysyllabcount"]
    columns += ["influence", "elsewhere"]
    if not frames:  # a story with no versions
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)[columns]


def raw_vs_body(story) -> pd.DataFrame:
    """What the blocks the loader removed do to the scores: the raw page vs the body.

    Each version's raw text (headline, chrome, captions, credits and all) and
    its body are scored by :func:`newskit.readability.text_scores`. Columns: ``version``, ``text``
    ("raw" or "body"), ``sentences``, ``words``, ``mean_sentence_length``, the
    :data:`SCORES`; two rows per version, raw first.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> raw_vs_body(story_from_texts({"a": "Welcome to the site\\n\\nIt rained. It poured."}))["words"].tolist()
    [8, 4]
    """
    check_story(story, "raw_vs_body")
    rows = [
        {"version": version.id, "text": name, **text_scores(text)}
        for version in story.versions
        for name, text in (("raw", version.raw), ("body", version.body))
    ]
    return pd.DataFrame(rows)


def furniture_shift(scores: pd.DataFrame, column: str = "flesch_kincaid_grade") -> pd.DataFrame:
    """How far the raw page's ``column`` is from the body's, per version.

    ``scores`` is a :func:`raw_vs_body` frame. Columns: ``version``, ``body``,
    ``raw`` (``column`` on each text) and ``shift`` (raw minus body); one row
    per version, in the order of ``scores``.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> scores = raw_vs_body(story_from_texts({"a": "Welcome to the site\\n\\nIt rained. It poured."}))
    >>> furniture_shift(scores, "words")[["body", "raw", "shift"]].values.tolist()
    [[4, 8, 4]]
    """
    if not isinstance(scores, pd.DataFrame):
        raise TypeError(f"furniture_shift() takes the frame nk.raw_vs_body(story) returns, not {type(scores).__name__}")
    table = scores.pivot(index="version", columns="text", values=column).loc[scores["version"].unique()]
    table = table.assign(shift=table["raw"] - table["body"])
    return table[["body", "raw", "shift"]].rename_axis(columns=None).reset_index()

def sourcing_density(story) -> pd.DataFrame:
    """Quote share and attribution density of each version's body.

    Uses :func:`newskit.quotations.quotes` and :func:`newskit.sources.attributions`
    (attributions in body blocks only: credits, datelines and captions are not
    prose). Columns: ``version``, ``words`` (textstat words of the body),
    ``quoted_words`` (textstat words inside quotation marks), ``quote_share``,
    ``attributions``, ``attributions_per_100_words``. Quoted fragments and
    "said" clauses change sentence length and word choice: a version that
    quotes or attributes more can score differently without plainer prose.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": 'He said: "We will win." Officials disagreed, a spokesman said.'})
    >>> sourcing_density(story)["quoted_words"].tolist()
    [3]
    """
    check_story(story, "sourcing_density")
    found_quotes, found_sources = quotes(story), attributions(story)
    found_sources = found_sources[found_sources["block"] == "body"]
    rows = []
    for version in story.versions:
        words = textstat.lexicon_count(version.body)
        mine = found_quotes.loc[found_quotes["version"] == version.id, "text"]
        quoted = sum(textstat.lexicon_count(t) for t in mine)
        cited = int((found_sources["version"] == version.id).sum())
        rows.append(
            {
                "version": version.id,
                "words": words,
                "quoted_words": quoted,
                "quote_share": quoted / words if words else float("nan"),
                "attributions": cited,
                "attributions_per_100_words": 100 * cited / words if words else float("nan"),
            }
        )
    return pd.DataFrame(rows)
