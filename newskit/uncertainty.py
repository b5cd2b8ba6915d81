"""How sure a readability score is: seeded bootstrap intervals and short-text caveats.

A version's sentences are resampled with replacement and every index is
recomputed from the resampled counts (:func:`bootstrap`, vectorised with
numpy); percentile intervals come from the replicates, for each version's
scores (:func:`intervals`) and for the difference between two versions
(:func:`differences`). A text shorter than an index needs is flagged
(:func:`short_text`) and, by :func:`intervals`, warned about.

Example
-------
>>> from newskit.story import story_from_texts
>>> story = story_from_texts({"a": "It rained. It poured all day long."})
>>> intervals(story, resamples=50, warn=False)["index"].tolist()[:2]
['flesch_reading_ease', 'flesch_kincaid_grade']
"""

from __future__ import annotations

import warnings
from itertools import combinations

import numpy as np
import pandas as pd

from .errors import NewskitWarning
from .readability import COUNTS, SCORES, indices, sentence_counts, text_stats
from .story import check_story, check_versions

MIN_WORDS = 100
"""Fewer words than this and every index is flagged as unreliable."""

MIN_SENTENCES = {"smog_index": 30}
"""Indices that need more sentences than :data:`MIN_WORDS` implies (SMOG was normed on 30)."""


def short_text(stats: pd.DataFrame) -> pd.DataFrame:
    """Which indices are unreliable for which version, and why.

    ``stats`` is a :func:`newskit.readability.text_stats` frame. Columns:
    ``version``, ``index``, ``needs`` ("100 words", "30 sentences"), ``has``.
    Empty when every text is long enough; rows in version order, then
    :data:`~newskit.readability.SCORES` order.

    Example
    -------
    >>> frame = pd.DataFrame({"version": ["a"], "words": [150], "sentences": [8]})
    >>> short_text(frame)[["index", "needs", "has"]].values.tolist()
    [['smog_index', '30 sentences', 8]]
    """
    rows = []
    for row in stats.itertuples(index=False):
        for index in SCORES:
            if row.words < MIN_WORDS:
                rows.append((row.version, index, f"{MIN_WORDS} words", int(row.words)))
            elif row.sentences < MIN_SENTENCES.get(index, 0):
                rows.append((row.version, index, f"{MIN_SENTENCES[index]} sentences", int(row.sentences)))
    return pd.DataFrame(rows, columns=["version", "index", "needs", "has"])


def _resampled_counts(counts: np.ndarray, resamples: int, rng: np.random.Generator) -> np.ndarray:
    """Summed counts of ``resamples`` bootstrap resamples of the sentence rows of ``counts``."""
    n = len(counts)
    weights = rng.multinomial(n, np.full(n, 1 / n), size=resamples)
    return weights @ counts


def bootstrap(story, resamples: int = 1000, seed: int = 0) -> dict[str, dict]:
    """Bootstrap replicates of every score, per version: ``{version: {score: array}}``.

    Each replicate resamples the version's sentences with replacement (as many
    as it has) and recomputes the :data:`SCORES` from the summed counts. The
    generator for version ``i`` is seeded with ``(seed, i)``, so results repeat.
    A version with no body sentences gets NaN replicates, as its scores are NaN.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> reps = bootstrap(story_from_texts({"a": "It rained. It poured all day long."}), resamples=5)
    >>> reps["a"]["flesch_kincaid_grade"].shape
    (5,)
    >>> reps = bootstrap(story_from_texts({"a": "It rained.", "b": "Reuters"}), resamples=5)
    >>> bool(np.isnan(reps["b"]["flesch_kincaid_grade"]).all())
    True
    """
    check_story(story, "bootstrap")
    _check_options(resamples, seed)
    counts = sentence_counts(story)
    replicates = {}
    for position, version in enumerate(story.versions):
        mine = counts.loc[counts["version"] == version.id, list(COUNTS)].to_numpy(dtype=float)
        if not len(mine):
            replicates[version.id] = {score: np.full(resamples, np.nan) for score in SCORES}
            continue
        rng = np.random.default_rng([seed, position])
        replicates[version.id] = indices(_resampled_counts(mine, resamples, rng), len(mine))
    return replicates


def _check_options(resamples: object, seed: object, level: float = 0.5) -> None:
    """A ``ValueError`` (``TypeError`` for the wrong type) naming the option out of range.

    Example
    -------
    >>> _check_options(1000, 0, level=1.5)
    Traceback (most recent call last):
    ValueError: level must lie strictly between 0 and 1 (0.95 for a 95% interval), not 1.5
    """
    if isinstance(resamples, bool) or not isinstance(resamples, (int, np.integer)):
        raise TypeError(f"resamples must be a whole number, not {type(resamples).__name__}")
    if resamples < 1:
        raise ValueError(f"resamples must be at least 1 (1000 is usual), not {resamples}")
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"seed must be a whole number >= 0, not {seed!r}")
    if isinstance(level, bool) or not isinstance(level, (int, float)) or not 0 < level < 1:
        raise ValueError(f"level must lie strictly between 0 and 1 (0.95 for a 95% interval), not {level!r}")


def _bounds(values: np.ndarray, level: float) -> tuple[float, float]:
    """Percentile interval of ``values`` at ``level`` (NaN when every value is NaN)."""
    if np.isnan(values).all():
        return float("nan"), float("nan")
    tail = 100 * (1 - level) / 2
    low, high = np.nanpercentile(values, [tail, 100 - tail])
    return float(low), float(high)


def _caveats(stats: pd.DataFrame) -> dict[tuple[str, str], str]:
    """``(version, index) -> "needs 100 words, has 57"`` for :func:`short_text` rows."""
    return {(r.version, r.index): f"needs {r.needs}, has {r.has}" for r in short_text(stats).itertuples(index=False)}


def _warn(caveats: dict[tuple[str, str], str]) -> None:
    """One :class:`NewskitWarning` per version with short-text caveats."""
    for version in dict.fromkeys(v for v, _ in caveats):
        flagged = {i: c for (v, i), c in caveats.items() if v == version}
        detail = "; ".join(sorted(set(flagged.values())))
        warnings.warn(
            f"version {version!r} is too short for {', '.join(flagged)} ({detail}): read the intervals, not the scores",
            NewskitWarning,
            stacklevel=3,
        )


def intervals(
    story, resamples: int = 1000, seed: int = 0, level: float = 0.95, warn: bool = True
) -> pd.DataFrame:
    """Each score of each version with a bootstrap interval over its sentences.

    Columns: ``version``, ``index`` (a :data:`SCORES` name), ``value`` (on the
    whole text), ``low``, ``high`` (percentile interval at ``level``),
    ``caveat`` (why the text is too short for this index, else ""). Rows in
    version order, then :data:`SCORES` order. With ``warn`` a
    :class:`NewskitWarning` names every too-short version.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> frame = intervals(story_from_texts({"a": "It rained. It poured all day long."}), resamples=50, warn=False)
    >>> frame.loc[frame["index"] == "smog_index", "caveat"].item()
    'needs 100 words, has 7'
    """
    check_story(story, "intervals")
    _check_options(resamples, seed, level)
    stats = text_stats(story)
    replicates = bootstrap(story, resamples, seed)
    caveats = _caveats(stats)
    if warn:
        _warn(caveats)
    rows = []
    for row in stats.itertuples(index=False):
        for index in SCORES:
            low, high = _bounds(replicates[row.version][index], level)
            rows.append((row.version, index, getattr(row, index), low, high, caveats.get((row.version, index), "")))
    return pd.DataFrame(rows, columns=["version", "index", "value", "low", "high", "caveat"])


def differences(
    story, resamples: int = 1000, seed: int = 0, level: float = 0.95, pairs=None
) -> pd.DataFrame:
    """Each score's difference between two versions, with a bootstrap interval.

    ``pairs`` (a list of ``(version_a, version_b)``) defaults to every pair
    of versions in story order. The two
    versions are resampled independently (the replicates of :func:`bootstrap`)
    and the interval is taken over the differences of the replicates.

    Columns: ``version_a``, ``version_b``, ``index``, ``difference``
    (b minus a, on the whole texts), ``low``, ``high``, ``significant``
    (the interval excludes 0). Rows in pair order, then :data:`SCORES` order. Computed once per story and options,
    and kept with the story (a report and its table ask for the same intervals).

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "It rained. It poured.", "b": "Precipitation intensified considerably."})
    >>> differences(story, resamples=20)["significant"].dtype
    dtype('bool')
    """
    check_story(story, "differences")
    _check_options(resamples, seed, level)
    pairs = list(combinations(story.ids, 2)) if pairs is None else [tuple(pair) for pair in pairs]
    if any(len(pair) != 2 for pair in pairs):
        raise ValueError(f"pairs must be (version_a, version_b) pairs, not {pairs!r}")
    check_versions(story, *(v for pair in pairs for v in pair))
    key = (differences, resamples, seed, level, tuple(pairs))
    return story.derived(key, lambda: _differences(story, resamples, seed, level, pairs)).copy()


def _differences(story, resamples: int, seed: int, level: float, pairs: list[tuple[str, str]]) -> pd.DataFrame:
    """The table of :func:`differences`, computed."""
    columns = ["version_a", "version_b", "index", "difference", "low", "high", "significant"]
    if not pairs:  # one version, or none: nothing to compare
        return pd.DataFrame(columns=columns)
    stats = text_stats(story).set_index("version")
    replicates = bootstrap(story, resamples, seed)
    rows = []
    for a, b in pairs:
        for index in SCORES:
            low, high = _bounds(replicates[b][index] - replicates[a][index], level)
            difference = float(stats.at[b, index] - stats.at[a, index])
            rows.append((a, b, index, difference, low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=columns)
