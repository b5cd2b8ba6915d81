"""Who each version cites, with which reporting verb.

A view of the sourcing pass (:mod:`newskit.sourcing`, which tells how attributions are found); the cue
lexicon and source typing are in :mod:`newskit.cues`.

Example
-------
>>> from newskit.story import story_from_texts
>>> story = story_from_texts({"a": "Kazakh officials said on Sunday that order was restored."})
>>> attributions(story)[["source", "source_type", "cue"]].values.tolist()
[['Kazakh officials', 'anonymous', 'said']]
"""

from __future__ import annotations

import pandas as pd

from .cues import BY_CUES, CUES, QUOTE_CUES, SOURCE_TYPES, credit_sources, source_type
from .sourcing import ATTRIBUTION_COLUMNS, find_attributions, sourcing_tables
from .story import story_table

__all__ = ["ATTRIBUTION_COLUMNS", "BY_CUES", "CUES", "QUOTE_CUES", "SOURCE_TYPES", "attributions", "credit_sources",
           "find_attributions", "source_type"]


@story_table
def attributions(story) -> pd.DataFrame:
    """Every attribution in every version: who is cited, with which cue, and where.

    Columns: version, sentence (NA for credit/dateline/byline/caption rows), source (resolved:
    fullest name, pronoun -> last named person), source_type (see :data:`SOURCE_TYPES`),
    cue (lower case: "said", "according to", "reporting by", "dateline" ...), start, end
    (offsets into ``version.raw`` of source and cue together), mention (the source as
    written), block (label of the block: body, credit, dateline, byline, caption).
    Sorted by version (story order) then start.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Wang Yi spoke. Wang added that talks went well, the readout stated."})
    >>> attributions(story)[["source", "cue"]].values.tolist()
    [['Wang Yi', 'added'], ['readout', 'stated']]
    """
    return sourcing_tables(story)["attributions"]
