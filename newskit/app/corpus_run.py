"""``newskit families`` and ``newskit report --corpus``: a corpus in, story folders and findings out.

Layout written under ``out``::

    out/families.csv                  one row per document: its family and how it joined
    out/stories/<family>/story.toml   one story folder per family of two or more documents,
    out/stories/<family>/<doc>.txt    each document's text, ready for ``newskit report``
    out/findings/family=<id>/...      nk.corpus_findings, Parquet partitioned by family (resumable)

Example
-------
>>> run_families("data/corpora/news-mini/documents.jsonl", "families-out")  # doctest: +SKIP
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

from ..corpus import Corpus
from ..errors import NewskitError
from ..grouping import family_members, family_sizes
from .ingest import manifest_toml


def safe_file_stem(document: str, taken: set[str]) -> str:
    """A file stem made from a document id: no separators, unique among ``taken`` (which it joins).

    Example
    -------
    >>> taken = set()
    >>> safe_file_stem("ose/amazon/adv", taken), safe_file_stem("ose:amazon:adv", taken)
    ('ose-amazon-adv', 'ose-amazon-adv-2')
    """
    stem = re.sub(r"[^\w.-]+", "-", document).strip(".-")[:80] or "document"
    candidate, n = stem, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem}-{n}"
    taken.add(candidate.lower())
    return candidate


def write_family_folders(corpus: Corpus, families: pd.DataFrame, out: Path, min_size: int = 2) -> list[Path]:
    """One story folder per family of ``min_size`` or more documents: texts and a ``story.toml``."""
    docs = corpus.documents.set_index("document")
    folders = []
    for family in family_sizes(families, min_size).index:
        folder = out / family
        folder.mkdir(parents=True, exist_ok=True)
        taken: set[str] = set()
        entries = []
        for key in family_members(corpus, family, families):
            stem = safe_file_stem(key, taken)
            (folder / f"{stem}.txt").write_text(corpus.texts.at[key], encoding="utf-8")
            entries.append({"id": stem, "file": f"{stem}.txt", "outlet": str(docs.at[key, "outlet"]),
                            "url": str(docs.at[key, "url"]), "published": _iso_or_empty(docs.at[key, "published"]),
                            "notes": f"Document {key} of {corpus.source}."})
        story = {"id": family, "title": f"Story family {family}",
                 "notes": f"Found by `newskit families` in {corpus.source}: {len(entries)} versions of one story."}
        (folder / "story.toml").write_text(manifest_toml(story, entries), encoding="utf-8")
        folders.append(folder)
    return folders


def _iso_or_empty(value) -> str:
    """An ISO date (YYYY-MM-DD) from a published value, or "" (the manifest takes ISO dates only).

    Example
    -------
    >>> _iso_or_empty("2022-01-11T08:00:00Z"), _iso_or_empty("Tuesday")
    ('2022-01-11', '')
    """
    match = re.match(r"\d{4}-\d{2}-\d{2}", str(value or ""))
    return match.group(0) if match else ""


class Progress:
    """A progress report for ``done`` of ``total`` families: a tqdm bar on a terminal, plain lines otherwise."""

    def __init__(self, label: str, quiet: bool = False, stream=None) -> None:
        self.label, self.quiet, self.stream = label, quiet, stream or sys.stderr
        self.bar = None
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if self.quiet:
            return
        if self.stream.isatty():
            from tqdm.auto import tqdm

            if self.bar is None:
                self.bar = tqdm(total=total, desc=self.label, unit="family", file=self.stream)
            self.bar.update(done - self.bar.n)
            return
        step = max(1, total // 10)
        if done != self.last and (done == total or done == 0 or done - max(self.last, 0) >= step):
            print(f"{self.label}: {done}/{total} families", file=self.stream, flush=True)
            self.last = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run_families(corpus_path: str | Path, out: str | Path, scheduler: str | None = None, quiet: bool = False,
                 min_size: int = 2) -> tuple[Corpus, pd.DataFrame, pd.DataFrame]:
    """Load a corpus, find its story families, write the story folders and the findings under ``out``.

    ``scheduler`` is a scheduler address (``tcp://host:8786``, run on that cluster) or the name of a
    Dask local scheduler (``processes``, the default; ``threads``; ``sync``).
    """
    import newskit as nk

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise NewskitError(f"{out}: exists and is not a folder")
    corpus = nk.load_corpus(corpus_path)
    families = nk.story_families(corpus)
    out.mkdir(parents=True, exist_ok=True)
    families.to_csv(out / "families.csv", index=False)
    write_family_folders(corpus, families, out / "stories", min_size)
    cluster = scheduler if scheduler and "://" in scheduler else None
    local = scheduler if scheduler and not cluster else "processes"
    progress = Progress("families", quiet)
    try:
        findings = nk.corpus_findings(corpus, families, out=out / "findings", client=cluster, scheduler=local,
                                      progress=progress)
    finally:
        progress.close()
    return corpus, families, findings
