"""Who newskit says speaks each quotation of a one-version story made of a text: (speaker, mention as written).
Shared by the speaker tests (``pythonpath`` in pyproject.toml puts ``tests`` on the path)."""

import warnings

import pandas as pd

import newskit as nk


def spoken(text: str) -> list[tuple[str, str]]:
    """(speaker, the mention's text or "") of each quotation newskit finds in ``text``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)  # a story of one version has nothing to compare
        frame = nk.quotes(nk.story_from_texts({"a": text}))
    return [(row.speaker, "" if pd.isna(row.mention_start) else text[int(row.mention_start):int(row.mention_end)])
            for row in frame.itertuples()]
