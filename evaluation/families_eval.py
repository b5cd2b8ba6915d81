"""Story families against known families: pairwise precision and recall, adjusted Rand index.

The mix (all real text, read from ../shared/corpora and data/stories):

- OneStopEnglish: every story at its three reading levels (one family per story); for every fifth
  story only the advanced text, so it stands alone among stories of the same kind;
- Wikinews revisions: the before and after revision of each record, grouped by the story's doc_id
  (a story with two records is one family); for every fifth story only the later revision;
- the bundled story (data/stories/kazakhstan-csto-2022: two outlets' versions of one Reuters story).

Every document of one family is a version of the others; every two families are unrelated stories.
A pair of documents is *predicted* together when :func:`newskit.story_families` puts them in one
family; precision and recall are over all pairs of documents, the adjusted Rand index over the whole
partition (Hubert and Arabie's formula). Also printed: the candidates LSH proposed and the
alignments made, against the number of pairs there are.

Run: ``.venv/bin/python evaluation/families_eval.py``. Exits 0 and says so when ../shared is absent.
"""

from __future__ import annotations

import collections
import json
import sys
import time
import warnings
from math import comb
from pathlib import Path

import pandas as pd

import newskit as nk
from newskit.encoding import decode

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
GOALS = {"precision": 0.98, "recall": 0.95, "adjusted_rand": 0.95}


def known_documents() -> tuple[dict[str, str], dict[str, str]]:
    """Texts by document id, and the true family of each document."""
    texts, truth = {}, {}
    for n, folder in enumerate(sorted((SHARED / "onestopenglish" / "stories").iterdir())):
        levels = ("adv",) if n % 5 == 4 else ("adv", "int", "ele")
        for level in levels:
            path = folder / f"{level}.txt"
            texts[f"ose/{folder.name}/{level}"] = decode(path.read_bytes(), str(path))[0]
            truth[f"ose/{folder.name}/{level}"] = f"ose/{folder.name}"
    records = collections.defaultdict(list)
    for line in (SHARED / "wikinews-revisions" / "revisions.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        records[record["doc_id"]].append(record)
    for n, (doc, group) in enumerate(sorted(records.items())):
        group = sorted(group, key=lambda r: r["revision_depth"])
        revisions = [group[0]["before_revision"], *(r["after_revision"] for r in group)]
        if n % 5 == 4:
            revisions = revisions[-1:]
        for depth, text in enumerate(dict.fromkeys(revisions)):
            texts[f"wikinews/{doc}/{depth}"] = text
            truth[f"wikinews/{doc}/{depth}"] = f"wikinews/{doc}"
    story = nk.load_story(ROOT / "data" / "stories" / "kazakhstan-csto-2022")
    for version in story:
        texts[f"bundled/{version.id}"] = version.raw
        truth[f"bundled/{version.id}"] = "bundled"
    return texts, truth


def pair_scores(truth: list[str], found: list[str]) -> dict[str, float]:
    """Pairwise precision and recall and the adjusted Rand index of the ``found`` partition against ``truth``.

    Example
    -------
    >>> pair_scores(["a", "a", "b"], ["x", "x", "y"])["adjusted_rand"]
    1.0
    """
    table = pd.crosstab(pd.Series(truth, name="t"), pd.Series(found, name="f"))
    together = sum(comb(int(v), 2) for v in table.to_numpy().ravel())
    true_pairs = sum(comb(int(v), 2) for v in table.sum(axis=1))
    found_pairs = sum(comb(int(v), 2) for v in table.sum(axis=0))
    total = comb(len(truth), 2)
    expected = true_pairs * found_pairs / total if total else 0.0
    best = (true_pairs + found_pairs) / 2
    return {
        "precision": together / found_pairs if found_pairs else 1.0,
        "recall": together / true_pairs if true_pairs else 1.0,
        "adjusted_rand": (together - expected) / (best - expected) if best != expected else 1.0,
        "true_pairs": true_pairs, "found_pairs": found_pairs, "correct_pairs": together,
    }


def main() -> int:
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: nothing to evaluate")
        return 0
    texts, truth = known_documents()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = nk.corpus_from_texts(texts)
    start = time.perf_counter()
    families = nk.story_families(corpus)
    seconds = time.perf_counter() - start
    found = dict(zip(families["document"], families["family"]))
    ids = list(texts)
    scores = pair_scores([truth[i] for i in ids], [found[i] for i in ids])
    sizes = collections.Counter(truth.values())
    print(f"{len(ids)} documents, {len(sizes)} true families ({sum(v > 1 for v in sizes.values())} of two or more), "
          f"{families['family'].nunique()} found, in {seconds:.1f} s")
    print(f"pairs: {scores['true_pairs']} true, {scores['found_pairs']} found, {scores['correct_pairs']} correct; "
          f"LSH candidates {families.attrs['candidates']} of {len(ids) * (len(ids) - 1) // 2} pairs, "
          f"{families.attrs['aligned']} aligned, {families.attrs['joined']} joined "
          f"(bands {families.attrs['bands']} x rows {families.attrs['rows']})")
    for name, goal in GOALS.items():
        print(f"{name:14s} {scores[name]:.3f}  (goal >= {goal}: {'met' if scores[name] >= goal else 'NOT met'})")
    wrong = families.assign(truth=[truth[i] for i in families["document"]])
    for family, group in wrong.groupby("family"):
        if group["truth"].nunique() > 1:
            print(f"  merged: {family}: {sorted(group['document'])}")
    for true_family, group in wrong.groupby("truth"):
        if group["family"].nunique() > 1:
            print(f"  split: {true_family}: {dict(zip(group['document'], group['family']))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
