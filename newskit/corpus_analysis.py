"""Findings across story families: what each version did to the story, family by family, on Dask.

Every family of two or more documents becomes a story (:func:`newskit.grouping.family_story`, earliest
published first) and newskit's own per-story analyses run on it: :func:`newskit.align`,
:func:`newskit.compare_quotes`, :func:`newskit.compare_sources`, :func:`newskit.provenance`,
:func:`newskit.attributions` and :func:`newskit.differences`. The work of one family is one Dask task:
with no client it runs on a local scheduler of this machine (``scheduler="processes"`` by default, forked
where the system can fork so that a script needs no ``if __name__ == "__main__"`` guard; ``"threads"`` or
``"sync"`` on request); given a ``distributed.Client`` or a scheduler address it runs
on that cluster, unchanged.

With ``out`` each family's rows are written, as soon as they are ready, to
``out/family=<id>/part-0.parquet`` (Hive partitioning: ``pd.read_parquet(out)`` reads them all back);
a second run with the same ``out`` skips the families already written, so an interrupted run resumes.
Workers write the files themselves: on a cluster ``out`` must be a folder every worker can reach.

Column contract of :func:`corpus_findings` (one row per family and pair of versions, A before B):

===================== =============================================================================
family                the family id
version_a, version_b  document ids; A was published first (or comes first in the corpus)
outlet_a, outlet_b    their outlets
sentences_a           sentences in A
kept                  A's sentences found unchanged in B (identical, or moved with the same words)
edited                A's sentences found reworded in B (edited, paraphrase, merged, split, or moved and reworded)
dropped               A's sentences with no counterpart in B
added                 B's sentences with no counterpart in A
quotes_altered        quotations of A whose words B altered, trimmed or extended
quotes_dropped        quotations of A not in B
sources_added         sources (named entities cited) B cites and A does not
sources_dropped       sources A cites and B does not
wire_credit_dropped   A credits a wire agency and B credits none
uncredited_added      added sentences of B that cite no source
grade_difference      consensus grade of B minus A (positive: B is harder to read)
grade_low, grade_high its 95% bootstrap interval (200 resamples)
===================== =============================================================================

Example
-------
>>> from newskit.corpus import corpus_from_texts
>>> corpus = corpus_from_texts({"wire": "LONDON (Reuters) - Floods hit the north on Monday. Officials said 12 died.",
...                             "copy": "Floods hit the north on Monday. Officials said 12 people died."})
>>> corpus_findings(corpus, scheduler="sync")[["version_a", "version_b", "kept", "wire_credit_dropped"]]
  version_a version_b  kept  wire_credit_dropped
0      wire      copy     1                 True
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd

from .alignment import align
from .comparison import compare_quotes, compare_sources
from .corpus import Corpus
from .grouping import family_members, family_sizes, story_families, story_of_documents
from .origin import provenance
from .sources import attributions
from .story import sentences as story_sentences
from .text.typography import same_text
from .uncertainty import differences

FINDING_COLUMNS = [
    "family", "version_a", "version_b", "outlet_a", "outlet_b", "sentences_a", "kept", "edited", "dropped",
    "added", "quotes_altered", "quotes_dropped", "sources_added", "sources_dropped", "wire_credit_dropped",
    "uncredited_added", "grade_difference", "grade_low", "grade_high",
]
RESAMPLES = 200
"""Bootstrap resamples for the readability interval: enough for a 95% interval, a fifth of the time of 1,000."""
GRADE = "consensus_grade"
"""The readability score compared: textstat's consensus of the grade indices."""
ALTERED = ("altered", "trimmed", "extended")
PART = "part-0.parquet"
MEASURES = {
    "wire credit dropped": lambda f: f["wire_credit_dropped"],
    "quotation altered": lambda f: f["quotes_altered"] > 0,
    "quotation dropped": lambda f: f["quotes_dropped"] > 0,
    "source dropped": lambda f: f["sources_dropped"] > 0,
    "uncredited material added": lambda f: f["uncredited_added"] > 0,
    "half the sentences dropped": lambda f: f["dropped"] >= f["sentences_a"] / 2,
    "harder to read": lambda f: f["grade_low"] > 0,
    "easier to read": lambda f: f["grade_high"] < 0,
}
"""What :func:`outlet_summary` counts: each a yes/no of one pair of versions."""


def family_findings(story) -> pd.DataFrame:
    """The findings of one story (see the module docstring for the columns), every pair in story order.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Floods hit the north. Roads were shut.", "b": "Floods hit the north."})
    >>> family_findings(story)[["kept", "dropped", "added"]].values.tolist()
    [[1, 1, 0]]
    """
    alignment = align(story)
    quotes = compare_quotes(story)
    cited = compare_sources(story)
    cited = cited[cited["role"] == "source"]  # credits are no sources added or dropped
    agency = dict(zip(*provenance(story)[["version", "agency"]].to_numpy().T)) if len(story) else {}
    attributed = attributions(story).dropna(subset=["sentence"])
    citing = set(zip(attributed["version"], attributed["sentence"].astype(int)))
    sents = story_sentences(story)
    texts = dict(zip(zip(sents["version"], sents["sentence"]), sents["text"]))
    pairs = list(combinations(story.ids, 2))
    grades = differences(story, resamples=RESAMPLES, pairs=pairs).query("index == @GRADE").set_index(
        ["version_a", "version_b"])
    rows = []
    for a, b in pairs:
        links = alignment[(alignment["version_a"] == a) & (alignment["version_b"] == b)]
        quoted = quotes[(quotes["version_a"] == a) & (quotes["version_b"] == b)]
        added = links.loc[links["kind"] == "added", "sentence_b"].astype(int)
        kept = _unchanged(links, texts)
        mentions = cited.pivot_table(index="source", columns="version", values="mentions", aggfunc="sum") \
            if len(cited) else pd.DataFrame(columns=[a, b])
        grade = grades.loc[(a, b)]
        rows.append({
            "family": story.id, "version_a": a, "version_b": b,
            "outlet_a": story[a].outlet, "outlet_b": story[b].outlet,
            "sentences_a": int(links["sentence_a"].dropna().nunique()),
            "kept": _count(links, kept), "edited": _count(links, ~kept & links["sentence_b"].notna()),
            "dropped": _count(links, links["kind"] == "dropped"),
            "added": int(len(added)),
            "quotes_altered": int(quoted["kind"].isin(ALTERED).sum()),
            "quotes_dropped": int((quoted["start_a"].notna() & quoted["start_b"].isna()).sum()),
            "sources_added": int(((mentions.get(b, 0) > 0) & (mentions.get(a, 0) == 0)).sum()),
            "sources_dropped": int(((mentions.get(a, 0) > 0) & (mentions.get(b, 0) == 0)).sum()),
            "wire_credit_dropped": bool(agency.get(a)) and not agency.get(b),
            "uncredited_added": int(sum((b, s) not in citing for s in added)),
            "grade_difference": float(grade["difference"]), "grade_low": float(grade["low"]),
            "grade_high": float(grade["high"]),
        })
    return pd.DataFrame(rows, columns=FINDING_COLUMNS)


def _count(links: pd.DataFrame, rows: pd.Series) -> int:
    """Distinct sentences of A on the ``rows`` (a mask) of ``links``."""
    return int(links.loc[rows, "sentence_a"].dropna().nunique())


def _unchanged(links: pd.DataFrame, texts: dict[tuple[str, int], str]) -> pd.Series:
    """Whether each row of :func:`newskit.align` links two sentences with the same words: *identical*, or *moved*
    and written the same (``moved`` tells the place, not the words: a moved sentence may be reworded too);
    ``texts`` maps (version, sentence) to the sentence's text.

    Example
    -------
    >>> links = pd.DataFrame({"version_a": ["a", "a"], "sentence_a": [0, 1], "version_b": ["b", "b"],
    ...                       "sentence_b": [1, 0], "kind": ["moved", "moved"]})
    >>> texts = {("a", 0): "It rained.", ("a", 1): "Roads shut.", ("b", 0): "Roads were shut.", ("b", 1): "It rained."}
    >>> _unchanged(links, texts).tolist()
    [True, False]
    """
    rows = zip(links["version_a"], links["sentence_a"], links["version_b"], links["sentence_b"], links["kind"])
    same = [kind == "identical"
            or kind == "moved" and same_text(texts[va, a], texts[vb, b])
            for va, a, vb, b, kind in rows]
    return pd.Series(same, index=links.index, dtype=bool)


def analyse_family(payload: dict, out: str | None = None) -> pd.DataFrame:
    """One Dask task: the story of one family from its ``payload`` (texts and fields), its findings, written to ``out``.

    The payload holds everything the task needs (see :func:`family_payloads`), so a worker never needs the corpus.
    """
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # short-text and identical-version warnings belong to single stories
        story = story_of_documents(payload["family"], payload["documents"])
        findings = family_findings(story)
    if out is not None:
        write_partition(findings, Path(out))
    return findings


def write_partition(findings: pd.DataFrame, out: Path) -> Path:
    """Write one family's rows to ``out/family=<id>/part-0.parquet``, atomically (a temporary file, then renamed)."""
    family = str(findings["family"].iloc[0]) if len(findings) else None
    if family is None:
        raise ValueError("no rows to write")
    folder = out / f"family={family}"
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{PART}.{os.getpid()}.tmp"
    findings.drop(columns="family").to_parquet(temporary, index=False)
    os.replace(temporary, folder / PART)
    return folder / PART


def read_findings(out: str | Path) -> pd.DataFrame:
    """Every family's rows written under ``out``, in family order.

    Example
    -------
    >>> read_findings("no/such/folder").empty
    True
    """
    out = Path(out)
    parts = sorted(out.glob(f"family=*/{PART}")) if out.is_dir() else []
    if not parts:
        return pd.DataFrame(columns=FINDING_COLUMNS)
    frames = [pd.read_parquet(p).assign(family=p.parent.name.split("=", 1)[1]) for p in parts]
    return _ordered(pd.concat(frames, ignore_index=True))


def _ordered(findings: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by family number (f2 before f10), keeping each family's pair order."""
    number = findings["family"].str.extract(r"(\d+)$", expand=False).astype(float)
    order = np.lexsort((np.arange(len(findings)), number.to_numpy()))
    return findings.iloc[order][FINDING_COLUMNS].reset_index(drop=True)


def family_payloads(corpus: Corpus, families: pd.DataFrame, min_size: int = 2) -> list[dict]:
    """What each family's task needs: its id and its documents (id, text, outlet, published, url), in story order.

    Example
    -------
    >>> from newskit.corpus import corpus_from_texts
    >>> corpus = corpus_from_texts({"a": "Floods hit the north. Roads were shut. Schools closed.",
    ...                             "b": "Floods hit the north. Roads were shut.", "c": "Rates rose."})
    >>> [(p["family"], [d["document"] for d in p["documents"]]) for p in family_payloads(corpus, story_families(corpus))]
    [('f1', ['a', 'b'])]
    """
    docs = corpus.documents.set_index("document")
    payloads = []
    for family in family_sizes(families, min_size).index:
        members = family_members(corpus, family, families)
        documents = [{"document": key, "text": corpus.texts.at[key],
                      **{name: str(docs.at[key, name]) for name in ("outlet", "published", "url")}}
                     for key in members]
        payloads.append({"family": family, "documents": documents})
    return payloads


def corpus_findings(
    corpus: Corpus,
    families: pd.DataFrame | None = None,
    out: str | Path | None = None,
    client=None,
    scheduler: str = "processes",
    progress: Callable[[int, int], None] | None = None,
) -> pd.DataFrame:
    """One row per family and pair of versions: what B kept, edited, dropped and added of A, and more.

    ``families`` defaults to :func:`newskit.story_families` of the corpus; families of one document
    have no pairs. ``out`` (optional) is a folder of Parquet files partitioned by family; families
    already written there are read back, not analysed again. ``client`` is a ``distributed.Client``
    or a scheduler address (``"tcp://host:8786"``); without one, Dask's local ``scheduler`` runs the
    tasks. ``progress(done, total)`` is called as families finish. See the module docstring.
    """
    families = story_families(corpus) if families is None else families
    payloads = family_payloads(corpus, families)
    done = set(read_findings(out)["family"]) if out is not None else set()
    todo = sorted((p for p in payloads if p["family"] not in done), key=_work, reverse=True)  # largest first
    target = str(out) if out is not None else None
    if progress is not None:
        progress(len(payloads) - len(todo), len(payloads))
    if client is not None:
        results = _on_cluster(client, todo, target, len(payloads), progress)
    else:
        results = _on_local(todo, target, scheduler, len(payloads), progress)
    frames = [read_findings(out)] if out is not None else results
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=FINDING_COLUMNS)
    return _ordered(pd.concat(frames, ignore_index=True))


def _work(payload: dict) -> int:
    """A family's share of the work, for handing out the largest first (no worker is left finishing a big one
    alone): its pairs of versions times its characters."""
    documents = payload["documents"]
    return len(documents) * (len(documents) - 1) * sum(len(d["text"]) for d in documents)


def _on_local(todo: list[dict], out: str | None, scheduler: str, total: int, progress) -> list[pd.DataFrame]:
    """The tasks on Dask's local scheduler, reporting each finished family."""
    import dask
    from dask.callbacks import Callback

    tasks = [dask.delayed(analyse_family, pure=False)(p, out, dask_key_name=f"family-{p['family']}") for p in todo]
    finished = [total - len(todo)]

    def posttask(key, result, dsk, state, worker_id):
        if str(key).startswith("family-") and progress is not None:
            finished[0] += 1
            progress(finished[0], total)

    settings = {"multiprocessing.context": "fork"} if "fork" in multiprocessing.get_all_start_methods() else {}
    with Callback(posttask=posttask), dask.config.set(settings):
        return list(dask.compute(*tasks, scheduler=scheduler))


def _on_cluster(client, todo: list[dict], out: str | None, total: int, progress) -> list[pd.DataFrame]:
    """The tasks on a ``distributed`` cluster (a Client, or an address to connect to), as they complete."""
    from distributed import Client, as_completed

    own = isinstance(client, str)
    client = Client(client) if own else client
    try:
        futures = client.map(analyse_family, todo, out=out, key=[f"family-{p['family']}" for p in todo], pure=False)
        results, finished = [], total - len(todo)
        for future in as_completed(futures):
            results.append(future.result())
            finished += 1
            if progress is not None:
                progress(finished, total)
        return results
    finally:
        if own:
            client.close()


def _wilson(count: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of the proportion ``count / total``.

    Example
    -------
    >>> [round(x, 3) for x in _wilson(5, 10)]
    [0.237, 0.763]
    """
    if total == 0:
        return float("nan"), float("nan")
    p = count / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * np.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, min(p, float(centre - half))), min(1.0, max(p, float(centre + half)))  # rounding at 0 and 1


def outlet_summary(findings: pd.DataFrame) -> pd.DataFrame:
    """Per outlet (the outlet of version B, the later copy), how often each change happened, with a 95% interval.

    Columns: outlet, measure (see :data:`MEASURES`), pairs (pairs of versions where the outlet published B),
    count (of those, pairs showing the change), rate (count / pairs), low, high (Wilson score interval).
    An outlet left empty in the corpus is shown as "(unknown)". Sorted by outlet, then measure order.

    Example
    -------
    >>> findings = pd.DataFrame({"outlet_b": ["X", "X"], "wire_credit_dropped": [True, False],
    ...     "quotes_altered": [0, 1], "quotes_dropped": [0, 0], "sources_dropped": [0, 0], "uncredited_added": [0, 0],
    ...     "dropped": [0, 5], "sentences_a": [4, 6], "grade_low": [-1.0, 0.5], "grade_high": [1.0, 2.0]})
    >>> outlet_summary(findings).head(2)[["outlet", "measure", "pairs", "count", "rate"]].values.tolist()
    [['X', 'wire credit dropped', 2, 1, 0.5], ['X', 'quotation altered', 2, 1, 0.5]]
    """
    outlets = findings["outlet_b"].fillna("").astype(str).replace("", "(unknown)")
    rows = []
    for outlet in sorted(set(outlets)):
        mine = findings[outlets == outlet]
        for measure, test in MEASURES.items():
            count = int(test(mine).sum())
            low, high = _wilson(count, len(mine))
            rows.append({"outlet": outlet, "measure": measure, "pairs": len(mine), "count": count,
                         "rate": count / len(mine), "low": low, "high": high})
    return pd.DataFrame(rows, columns=["outlet", "measure", "pairs", "count", "rate", "low", "high"])
