"""A story's findings in words: per pair of versions, what changed, written from the analyses.

:func:`findings` reads the alignment, the word changes, the quotation and
attribution comparisons and the readability intervals, and states what they found
as short sentences a reader can take in at a glance. Every sentence about the
story is generated from its data, so it holds for any story.

Columns of :func:`findings`:

``version_a``, ``version_b``
    the pair, in manifest order (a before b), as in :func:`newskit.align`.
``topic``
    what the line is about (:data:`TOPICS`): ``sentences`` (kept, edited, dropped,
    added; how many of the kept sentences differ only in typography, see
    :mod:`newskit.text.typography`), ``added`` / ``dropped`` (a sentence only one version of the pair has),
    ``fact`` (a word change flagged as possibly fact-changing), ``quote`` (a
    quotation altered, or only in one version), ``source`` (cited in the body of
    one version only), ``credit`` (a credit, byline, dateline or caption credit
    one version only carries), ``readability`` (the Flesch-Kincaid difference and
    whether it is larger than its bootstrap noise).
``text``
    the finding, one sentence of plain text (quotations and sentences shortened).
``detail``
    the evidence in full where the text shortens it ('' otherwise).

Rows are in pair order, then :data:`TOPICS` order; within a topic, in text order.

Example
-------
>>> from newskit.story import story_from_texts
>>> story = story_from_texts({"a": "Ten people died. Police said so.", "b": "Twelve people died. Police said so."})
>>> findings(story, resamples=50)[["topic", "text"]].iloc[0].tolist()
['sentences', 'From a to b: of 2 sentences in a, 1 kept word for word, 1 edited; b adds none.']
"""

from __future__ import annotations

import pandas as pd

from .alignment import align
from .comparison import compare_quotes, compare_sources
from .entities import entity_names
from .story import Story, sentences
from .readability import text_stats
from .uncertainty import differences, short_text
from .wording import changes
from .text.typography import QUOTE_MARK
from .text.visible import visible_text

TOPICS = ("sentences", "added", "dropped", "fact", "quote", "source", "credit", "readability")
COLUMNS = ["version_a", "version_b", "topic", "text", "detail"]
LISTED = 6
"""At most this many lines per pair and topic; the rest are counted in one more line."""

_OUTCOMES = (
    ("identical", "kept word for word"), ("edited", "edited"), ("paraphrase", "paraphrased"), ("moved", "moved"),
    ("merged", "merged with a neighbour"), ("split", "split in two or more"), ("dropped", "dropped"),
)
_RETYPED = "only retyped: quote marks, apostrophes, dashes or spaces"
_CHANGED_QUOTES = ("altered", "trimmed", "extended", "speaker changed")
READABILITY_INDEX = "flesch_kincaid_grade"


def findings(story: Story, resamples: int = 1000, seed: int = 0, limit: int | None = LISTED) -> pd.DataFrame:
    """The story's findings, one sentence per row, for every pair of versions (see the module docstring).

    ``resamples`` and ``seed`` are passed to :func:`newskit.differences` for the
    readability line. ``limit`` caps the lines per pair and topic (the rest are
    counted in one more line); ``None`` lists them all. A story with one version
    has no pairs and no findings.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "It rained. Police said so.", "b": "It rained. Police said so. It is dry."})
    >>> findings(story, resamples=50).query("topic == 'added'")["text"].tolist()
    ['b adds: “It is dry.”']
    >>> story = story_from_texts({"a": "It's dry. Police said so.", "b": "It’s dry. Police said so."})
    >>> findings(story, resamples=50)["text"].iloc[0]
    'From a to b: of 2 sentences in a, 2 kept word for word (1 only retyped: quote marks, apostrophes, dashes or spaces); b adds none.'
    """
    if not isinstance(story, Story):
        raise TypeError(f"findings needs a Story, not {type(story).__name__}")
    if len(story.ids) < 2:
        return pd.DataFrame(columns=COLUMNS, dtype="object")
    links = align(story)
    sents = {(v, int(n)): t for v, n, t in _sentences(story)}
    word_changes = changes(story)
    quoted = compare_quotes(story)
    entities = entity_names(story)
    cited = compare_sources(story)
    gaps = differences(story, resamples=resamples, seed=seed)
    short = short_text(text_stats(story))
    short = short[short["index"] == READABILITY_INDEX]
    rows = []
    for (a, b), pair in links.groupby(["version_a", "version_b"], sort=False):
        rows += _sentence_lines(a, b, pair, sents, limit)
        rows += _fact_lines(a, b, _pair(word_changes, a, b), limit)
        rows += _quote_lines(a, b, _pair(quoted, a, b), entities, limit)
        rows += _source_lines(a, b, cited, limit)
        rows += _readability_lines(a, b, _pair(gaps, a, b), short[short["version"].isin([a, b])])
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["order"] = frame["topic"].map(TOPICS.index)
    pairs = list(dict.fromkeys(zip(frame["version_a"], frame["version_b"])))
    frame["pair"] = [pairs.index(p) for p in zip(frame["version_a"], frame["version_b"])]
    frame = frame.sort_values(["pair", "order"], kind="stable").drop(columns=["order", "pair"])
    return frame.reset_index(drop=True)


def _sentences(story: Story):
    """(version, sentence, text) of every sentence."""
    return sentences(story)[["version", "sentence", "text"]].itertuples(index=False)


def _pair(frame: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """The rows of ``frame`` about the pair (a, b)."""
    return frame[(frame["version_a"] == a) & (frame["version_b"] == b)]


def clip(text: str, width: int = 90) -> str:
    """``text`` on one line as a reader sees it (zero-width characters left out, :mod:`newskit.text.visible`), cut
    at a word boundary to at most ``width`` characters, with an ellipsis.

    Example
    -------
    >>> clip("The quick brown fox jumps over the lazy dog", 20)
    'The quick brown fox…'
    """
    text = " ".join(visible_text(str(text)).split())
    if len(text) <= width:
        return text
    cut = text[:width]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:") + "…"


def quoted(sentence: str, width: int = 90) -> str:
    """A sentence shortened and set in quotation marks, unless it holds its own (marks around it would read as
    closing or opening a quotation in it) or opens with a single one.

    Example
    -------
    >>> quoted("It rained."), quoted('"Rain," she said.'), quoted('It was "wet," she said.')
    ('“It rained.”', '"Rain," she said.', 'It was "wet," she said.')
    """
    text = clip(sentence, width)
    return text if text[:1] in "‘'" or QUOTE_MARK.search(text) else f"“{text}”"


def _row(a: str, b: str, topic: str, text: str, detail: str = "") -> dict:
    return {"version_a": a, "version_b": b, "topic": topic, "text": text, "detail": detail}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _limited(a: str, b: str, topic: str, lines: list[tuple[str, str]], what: str, limit: int | None) -> list[dict]:
    """At most ``limit`` lines (all when None), then one line counting the rest."""
    limit = len(lines) if limit is None else limit
    rows = [_row(a, b, topic, text, detail) for text, detail in lines[:limit]]
    if len(lines) > limit:
        rows.append(_row(a, b, topic, f"… and {len(lines) - limit} more {what}."))
    return rows


def _sentence_lines(a: str, b: str, pair: pd.DataFrame, sents: dict, limit: int | None) -> list[dict]:
    """How b treats a's sentences (kept, edited, ...), then each sentence only one of them has."""
    total = sum(1 for version, _ in sents if version == a)
    outcomes = []
    for kind, words in _OUTCOMES:
        n = pair.loc[pair["kind"] == kind, "sentence_a"].dropna().nunique()
        retyped = pair.loc[(pair["kind"] == kind) & pair["typography"], "sentence_a"].dropna().nunique()
        if n:
            outcomes.append(f"{n} {words}" + (f" ({retyped} {_RETYPED})" if kind == "identical" and retyped else ""))
    added = pair.loc[pair["kind"] == "added", "sentence_b"].dropna().astype(int).unique().tolist()
    dropped = pair.loc[pair["kind"] == "dropped", "sentence_a"].dropna().astype(int).unique().tolist()
    summary = f"From {a} to {b}: of {_plural(total, 'sentence')} in {a}, " + (", ".join(outcomes) or "none")
    summary += f"; {b} adds {_plural(len(added), 'sentence')}." if added else f"; {b} adds none."
    rows = [_row(a, b, "sentences", summary)]
    rows += _limited(a, b, "added", [(f"{b} adds: {quoted(sents[(b, n)])}", sents[(b, n)]) for n in sorted(added)],
                     "added sentences", limit)
    rows += _limited(a, b, "dropped", [(f"{b} drops: {quoted(sents[(a, n)])}", sents[(a, n)])
                                       for n in sorted(dropped)], "dropped sentences", limit)
    return rows


def _fact_lines(a: str, b: str, changed: pd.DataFrame, limit: int | None) -> list[dict]:
    """Flagged word changes inside sentences both versions have, one line per distinct change."""
    inside = changed[changed["fact"] & changed["sentence_a"].notna() & changed["sentence_b"].notna()]
    lines = {}
    for row in inside.itertuples(index=False):
        flags = row.flags.replace(";", ", ")
        if row.kind == "move":
            continue  # the same words in another place: not a changed fact
        if row.kind == "replace":
            text = f"“{clip(row.text_a, 60)}” became “{clip(row.text_b, 60)}” ({flags})"
        elif row.kind == "delete":
            text = f"{b} drops “{clip(row.text_a, 60)}” ({flags})"
        else:
            text = f"{b} inserts “{clip(row.text_b, 60)}” ({flags})"
        lines.setdefault(text, f"{row.text_a} → {row.text_b}".strip(" →"))
    return _limited(a, b, "fact", list(lines.items()), "flagged changes", limit)


def _quote_lines(a: str, b: str, quoted: pd.DataFrame, entities: dict, limit: int | None) -> list[dict]:
    """Quotations whose words or speaker changed, then quotations only one version of the pair has; a
    speaker written two ways ("U.S. official", "US official"; "Trump", "the president") is one speaker, printed by its
    entity's name (``entities``: see :func:`newskit.entities.entity_names`)."""
    lines = []
    for row in quoted[quoted["kind"].isin(_CHANGED_QUOTES)].itertuples(index=False):
        entity_a, entity_b = (entities.get(("source", name), name) for name in (row.speaker_a, row.speaker_b))
        speaker = entity_a or entity_b
        who = f" ({speaker})" if speaker and entity_a == entity_b else (
            f" (speaker {row.speaker_a or 'unnamed'} → {row.speaker_b or 'unnamed'})" if speaker else "")
        if row.kind == "speaker changed":  # the same words: a diff would show only case and closing commas
            change = clip(row.text_b, 140)
        else:
            change = clip(row.diff, 140) if row.diff else f"{clip(row.text_a, 60)} → {clip(row.text_b, 60)}"
        lines.append((f"Quotation {row.kind}{who}: {change}", f"{row.text_a} → {row.text_b}"))
    for row in quoted[quoted["kind"] == "only in some versions"].itertuples(index=False):
        side, text, speaker = (a, row.text_a, row.speaker_a) if row.text_a else (b, row.text_b, row.speaker_b)
        speaker = entities.get(("source", speaker), speaker)
        lines.append((f"Quotation only in {side}" + (f" ({speaker})" if speaker else "") + f": {clip(text, 100)}",
                      text))
    return _limited(a, b, "quote", lines, "quotations", limit)


def _source_lines(a: str, b: str, cited: pd.DataFrame, limit: int | None) -> list[dict]:
    """Sources cited in the body of one version of the pair only, then credits one version only carries;
    ``cited`` is :func:`newskit.compare_sources` (a source is an entity: "Trump" and "Donald Trump" are one)."""
    rows = []
    for topic in ("source", "credit"):
        part = cited[cited["role"] == topic]
        mentions = part.set_index(["version", "source"])
        lines = []
        for mine, other, verb in ((a, b, "drops"), (b, a, "adds")):
            here = part[(part["version"] == mine) & (part["mentions"] > 0)]
            for name, cues in zip(here["source"], here["cues"]):
                if mentions.at[(other, name), "mentions"] == 0:
                    lines.append((f"{b} {verb} the {topic} {name} ({cues}, in {mine})", ""))
        rows += _limited(a, b, topic, lines, f"{topic}s", limit)
    return rows


def _readability_lines(a: str, b: str, gaps: pd.DataFrame, short: pd.DataFrame) -> list[dict]:
    """The Flesch-Kincaid difference with its interval, how many indices differ beyond noise, and a caution
    where a text is too short for the index."""
    row = gaps[gaps["index"] == READABILITY_INDEX]
    if row.empty:
        return []
    row = row.iloc[0]
    if pd.isna(row["low"]) or pd.isna(row["high"]):
        return [_row(a, b, "readability", f"Flesch-Kincaid grade differs by {row['difference']:+.1f} ({b} minus "
                                          f"{a}); the texts are too short for an interval.")]
    verdict = "larger than its noise" if row["significant"] else "within its noise: neither reads harder"
    beyond = int(gaps["significant"].sum())
    text = (f"Flesch-Kincaid grade, {b} minus {a}: {row['difference']:+.1f} (95% interval {row['low']:+.1f} to "
            f"{row['high']:+.1f}), {verdict}; {beyond} of {len(gaps)} indices differ beyond noise.")
    if not short.empty:
        text += " Caution: " + "; ".join(f"{r.version} has {r.has} {r.needs.split()[-1]}, the index needs {r.needs}"
                                         for r in short.itertuples(index=False)) + "."
    return [_row(a, b, "readability", text)]
