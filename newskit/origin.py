"""Where each version comes from: what its manifest records beside what its text states.

Example
-------
>>> from newskit.story import story_from_texts
>>> provenance(story_from_texts({"a": "LONDON (Reuters) - It rained."}))[["version", "agency"]].values.tolist()
[['a', 'Reuters']]
"""

from __future__ import annotations

import pandas as pd

from .story import story_table

MANIFEST_COLUMNS = ["outlet", "url", "language", "published", "page_date", "retrieved"]
TEXT_COLUMNS = [
    "headline", "agency", "dateline_place", "dateline_date", "dateline_source", "published_in_text",
    "updated_in_text", "page_date_in_text", "date_line", "byline", "byline_outlet", "reporting_by", "writing_by",
    "editing_by", "additional_reporting_by", "additional_input_by",
]


@story_table
def provenance(story) -> pd.DataFrame:
    """One row per version: manifest fields, then the metadata its text states.

    Columns: ``version``, the manifest's ``outlet, url, language, published,
    page_date, retrieved``, then what the text states: ``headline, agency`` (a
    wire agency), ``dateline_place, dateline_date, dateline_source`` (the agency,
    station or paper in the dateline's brackets), ``published_in_text,
    updated_in_text, page_date_in_text, date_line``, ``byline`` (the people it
    names, joined by ", "), ``byline_outlet`` (the outlet it credits) and the
    credit roles ``reporting_by, writing_by, editing_by, additional_reporting_by,
    additional_input_by``.
    Unknown values are empty strings. Rows follow the story's version order.
    """
    rows = []
    for version in story.versions:
        meta = dict(version.meta)
        meta["page_date_in_text"] = meta.pop("page_date", "")
        row = {"version": version.id}
        row.update({col: getattr(version, col) for col in MANIFEST_COLUMNS})
        row.update({col: meta.get(col, "") for col in TEXT_COLUMNS})
        rows.append(row)
    return pd.DataFrame(rows, columns=["version", *MANIFEST_COLUMNS, *TEXT_COLUMNS])
