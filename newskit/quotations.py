"""Direct quotations: where they are, who said them, with which cue and of which kind.

A view of the sourcing pass (:mod:`newskit.sourcing`): quotation marks are read by
:mod:`newskit.quote_marks` (kinds: :data:`KINDS`), speakers found by :mod:`newskit.quote_speakers`.

Example
-------
>>> from newskit.story import story_from_texts
>>> story = story_from_texts({"a": 'Wang Yi spoke. “We agree,” Wang said.'})
>>> quotes(story)[["text", "speaker", "cue", "kind"]].values.tolist()
[['“We agree,”', 'Wang Yi', 'said', 'full']]
"""

from __future__ import annotations

import warnings

import pandas as pd

from .errors import NewskitWarning
from .quote_marks import KINDS, inner_words, quote_spans
from .sourcing import QUOTE_COLUMNS, sourcing_tables
from .story import story_from_texts, story_table

__all__ = ["KINDS", "QUOTE_COLUMNS", "find_quotes", "inner_words", "quote_spans", "quotes"]


@story_table
def quotes(story) -> pd.DataFrame:
    """Every direct quotation in every version's body, with speaker, cue and kind.

    Columns: version, sentence (the sentence holding the opening mark), start, end (offsets
    into ``version.raw``; the quotation marks included, so ``raw[start:end] == text``), text,
    speaker (fullest name the version gives; "he"/"she" -> the last named person cited before;
    "" when none is found), cue (reporting verb or phrase, lower case), kind (see
    :data:`KINDS`), paragraph (body paragraph index), mention (the speaker as written),
    mention_start, mention_end (its offsets into ``version.raw``; NA when there is none).
    Sorted by version (story order) then start.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": '"I love those cats," he said. Burton smiled.'})
    >>> quotes(story)[["text", "speaker", "cue"]].values.tolist()
    [['"I love those cats,"', 'he', 'said']]
    """
    return sourcing_tables(story)["quotes"]


def find_quotes(text: str) -> pd.DataFrame:
    """Quotations in a plain text (each line a paragraph): :func:`quotes` without a story.

    Example
    -------
    >>> find_quotes('“I love those cats!” insists Burton.')[["speaker", "cue", "kind"]].values.tolist()
    [['Burton', 'insists', 'full']]
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*has one version", category=NewskitWarning)
        story = story_from_texts({"text": text})
    return quotes(story).drop(columns="version")
