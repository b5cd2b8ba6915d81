"""What the attribution table of a one-version story made of a text says: (source, cue) pairs. Shared by the
source tests (``pythonpath`` in pyproject.toml puts ``tests`` on the path)."""

import warnings

import newskit as nk


def cited(text: str) -> list[tuple[str, str]]:
    """(source, cue) of each attribution newskit finds in ``text``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)  # a story of one version has nothing to compare
        table = nk.attributions(nk.story_from_texts({"a": text}))
    return list(zip(table["source"], table["cue"]))
