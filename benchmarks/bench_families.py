"""Story families at scale, against all-pairs rapidfuzz; per-family findings on a two-worker LocalCluster.

Corpora of 1,000, 10,000 and 100,000 documents are synthesised by mutating real text (the OneStopEnglish
levels and Wikinews revisions in ../shared/corpora):

- the first stories are the real ones (117: 56 OneStopEnglish stories at three levels, 61 Wikinews revision
  pairs); every later *story* is made of real sentences drawn at random from those texts (as many as a real
  text has), whose content words (all but newskit's function words) are each replaced by a word of the real
  corpora's vocabulary chosen by a hash of (word, story number): every story keeps the sentence lengths,
  punctuation and function words of real news, and two stories share no more than real unrelated articles
  do (mostly function-word pairs);
- stories come in families: 55% alone, 25% with two versions, 12% three, 8% four; a version is one of a
  trimmed copy (the last 20-50% of sentences cut), a lightly edited copy (one content word in ten replaced,
  one sentence dropped, one sentence of another story added), a copy with a wire credit and dateline added,
  or, for the real stories, a real rewrite (another OneStopEnglish level, the other Wikinews revision).

Printed: per size, CPU seconds (one process, ``scheduler="sync"``: what one quiet core takes; the wall
time on a machine shared with other work is printed beside it) and peak memory (resident set of a fresh
process, ru_maxrss) of ``nk.story_families``, its pairwise precision and recall against the known families, and the growth
exponent between sizes; then all-pairs rapidfuzz (``fuzz.ratio`` through ``process.cdist``, one thread, CPU seconds) on a
sample of 1,000 documents, its precision at the threshold giving the same recall as ``story_families`` on that
sample, its time projected to 10,000 documents (pairs grow as n^2) and the speed-up; then
``nk.corpus_findings`` on 30 real families (OneStopEnglish stories) serially and on a two-worker
``LocalCluster``. The machine is shared with other work: times are wall-clock and vary from run to run.

Run: ``.venv/bin/python benchmarks/bench_families.py [--sizes 1000 10000 100000]``.
Exits 0 and says so when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
import warnings
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
SAMPLE = 1000
FAMILY_SIZES = ((1, 0.55), (2, 0.25), (3, 0.12), (4, 0.08))
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def real_stories() -> list[list[str]]:
    """Real texts grouped by story: the three OneStopEnglish levels, the Wikinews revisions of one doc."""
    from newskit.encoding import decode

    stories = []
    for folder in sorted((SHARED / "onestopenglish" / "stories").iterdir()):
        stories.append([decode((folder / f"{lv}.txt").read_bytes(), lv)[0] for lv in ("adv", "int", "ele")])
    for line in (SHARED / "wikinews-revisions" / "revisions.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        stories.append([record["before_revision"], record["after_revision"]])
    return stories


def disguise(text: str, story: int, vocabulary: list[str], function_words: frozenset) -> str:
    """``text`` with each content word replaced by a vocabulary word picked by hash of (word, story)."""
    if story == 0:
        return text

    def swap(match: re.Match) -> str:
        word = match.group(0)
        if word.lower() in function_words:
            return word
        choice = vocabulary[zlib.crc32(f"{word.lower()}|{story}".encode()) % len(vocabulary)]
        return choice.capitalize() if word[0].isupper() else choice

    return _TOKEN.sub(swap, text)


def mutate(text: str, kind: str, rng: random.Random, filler: str, vocabulary: list[str]) -> str:
    """One version of ``text``: trimmed, edited, credited or left as it is (a real rewrite)."""
    from newskit import split_sentences

    sentences = split_sentences(text)
    if kind == "trimmed" and len(sentences) > 3:
        keep = max(2, int(len(sentences) * rng.uniform(0.5, 0.8)))
        return " ".join(sentences[:keep])
    if kind == "edited" and len(sentences) > 3:
        sentences.pop(rng.randrange(1, len(sentences)))
        sentences.insert(rng.randrange(1, len(sentences)), filler)
        edited = _TOKEN.sub(lambda m: rng.choice(vocabulary) if rng.random() < 0.1 else m.group(0), " ".join(sentences))
        return edited
    if kind == "credited":
        names = [rng.choice(vocabulary).capitalize() for _ in range(4)]
        return (f"{names[0].upper()}, {rng.randint(1, 28)} May (Reuters) - " + text +
                f"\n\nReporting by {names[1]} {names[2]}; editing by {names[3]} {names[0]}")
    return text


def synthesise(count: int, seed: int = 0) -> tuple[dict[str, str], dict[str, int]]:
    """``count`` documents (texts by id) and the story each belongs to.

    The first stories are the real ones (every level or revision a real version); after them each story is
    made of real sentences drawn at random from all the real texts (as many as a real text has, three to a
    paragraph) with their content words disguised for that story, so no two stories share a skeleton.
    """
    from newskit import split_sentences
    from newskit.matching import FUNCTION_WORDS

    rng = random.Random(seed)
    bases = real_stories()
    vocabulary = sorted({w.lower() for s in bases for t in s for w in _TOKEN.findall(t)} - FUNCTION_WORDS)
    pool = [sentence for s in bases for t in s for sentence in split_sentences(t)]
    lengths = [len(split_sentences(s[0])) for s in bases]
    texts, truth, story = {}, {}, 0
    while len(texts) < count:
        size = rng.choices([s for s, _ in FAMILY_SIZES], [w for _, w in FAMILY_SIZES])[0]
        if story < len(bases):
            versions = bases[story]
        else:
            drawn = rng.sample(pool, min(rng.choice(lengths), 40))
            body = "\n\n".join(" ".join(drawn[i:i + 3]) for i in range(0, len(drawn), 3))
            versions = [disguise(body, story, vocabulary, FUNCTION_WORDS)]
        filler = disguise(rng.choice(pool), story + 10 ** 9, vocabulary, FUNCTION_WORDS)
        for version in range(min(size, count - len(texts))):
            source = versions[version % len(versions)]
            kind = "first" if version == 0 else rng.choice(["trimmed", "edited", "credited", "rewrite"])
            texts[f"s{story}-v{version}"] = mutate(source, kind, rng, filler, vocabulary)
            truth[f"s{story}-v{version}"] = story
        story += 1
    return texts, truth


def pair_scores(truth: list[int], found: list[str]) -> tuple[float, float]:
    """Pairwise precision and recall of ``found`` against ``truth``."""
    from collections import Counter
    from math import comb

    together = sum(comb(v, 2) for v in Counter(zip(truth, found)).values())
    true_pairs = sum(comb(v, 2) for v in Counter(truth).values())
    found_pairs = sum(comb(v, 2) for v in Counter(found).values())
    return (together / found_pairs if found_pairs else 1.0), (together / true_pairs if true_pairs else 1.0)


def one_size(count: int) -> dict:
    """Families of a synthetic corpus of ``count`` documents, in this process (run in a fresh one)."""
    import newskit as nk

    texts, truth = synthesise(count)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = nk.corpus_from_texts(texts)
    start, cpu = time.perf_counter(), time.process_time()
    families = nk.story_families(corpus, scheduler="sync")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    precision, recall = pair_scores([truth[k] for k in families["document"]], families["family"].tolist())
    return {"documents": count, "seconds": seconds, "cpu": cpu, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "precision": precision, "recall": recall, "words": int(corpus.documents["words"].sum()),
            **{k: int(v) for k, v in families.attrs.items()}}


def baseline(count: int = SAMPLE) -> dict:
    """All-pairs rapidfuzz on ``count`` documents of the 10,000 corpus, at the recall of story_families."""
    import numpy as np
    from rapidfuzz import fuzz, process

    import newskit as nk

    texts, truth = synthesise(10_000)
    keys = list(texts)[:count]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = nk.corpus_from_texts({k: texts[k] for k in keys})
    start = time.process_time()
    families = nk.story_families(corpus, scheduler="sync")
    ours = time.process_time() - start
    precision, recall = pair_scores([truth[k] for k in keys], families["family"].tolist())
    values = [texts[k].lower() for k in keys]
    start = time.process_time()
    scores = process.cdist(values, values, scorer=fuzz.ratio, dtype=np.uint8, workers=1)
    theirs = time.process_time() - start
    upper = np.triu_indices(count, 1)
    same = np.array([truth[keys[i]] == truth[keys[j]] for i, j in zip(*upper)])
    pair_scores_all = scores[upper]
    true_scores = np.sort(pair_scores_all[same])[::-1]
    cut = true_scores[max(0, int(np.ceil(recall * len(true_scores))) - 1)]
    chosen = pair_scores_all >= cut
    base_precision = float((chosen & same).sum() / max(1, chosen.sum()))
    return {"sample": count, "ours": ours, "rapidfuzz": theirs, "precision": precision, "recall": recall,
            "threshold": int(cut), "rapidfuzz_precision": base_precision}


def _warm() -> None:
    """Pay a process's one-time costs (Punkt built, textstat's pronouncing dictionary parsed) before timing."""
    import newskit as nk

    nk.text_stats(nk.story_from_texts({"a": "It rained. It poured all day.", "b": "It rained."}))


def dask_speedup(families: int = 56) -> dict:
    """nk.corpus_findings on ``families`` OneStopEnglish stories, serial and on a two-worker LocalCluster, each
    measured warm: the process and both workers have paid their one-time costs (:func:`_warm`) first."""
    from distributed import Client, LocalCluster

    import newskit as nk

    texts = {f"{n}-{level}": text for n, story in enumerate(real_stories()[:families])
             for level, text in zip(("adv", "int", "ele"), story)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = nk.corpus_from_texts(texts)
    found = nk.story_families(corpus)
    _warm()
    start = time.perf_counter()
    serial = nk.corpus_findings(corpus, found, scheduler="sync")
    serial_seconds = time.perf_counter() - start
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(_warm)
        start = time.perf_counter()
        parallel = nk.corpus_findings(corpus, found, client=client)
        cluster_seconds = time.perf_counter() - start
    assert parallel.equals(serial)
    return {"families": int(found["family"].nunique()), "pairs": len(serial), "serial": serial_seconds,
            "cluster": cluster_seconds}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10_000, 100_000])
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: nothing to measure")
        return 0
    if args.one is not None:
        print(json.dumps(one_size(args.one)))
        return 0
    print("story_families on synthetic corpora (each size in a fresh process; machine shared with other work)")
    previous = None
    for count in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(count)], capture_output=True, text=True, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        growth = ""
        if previous:
            exponent = np.log(row["cpu"] / previous["cpu"]) / np.log(row["documents"] / previous["documents"])
            growth = f"; CPU time grows as n^{exponent:.2f} from {previous['documents']:,}"
        print(f"  {row['documents']:>7,} documents ({row['words']:,} words): {row['cpu']:.1f} CPU s "
              f"({row['seconds']:.1f} s wall), peak "
              f"{row['peak_mb']:,.0f} MB; precision {row['precision']:.3f}, recall {row['recall']:.3f}; "
              f"{row['candidates']:,} candidates, {row['aligned']:,} aligned, {row['joined']:,} joins "
              f"(LSH {row['bands']} bands x {row['rows']} rows){growth}")
        previous = row
    if not args.skip_baseline:
        b = baseline()
        projected = b["rapidfuzz"] * (10_000 / b["sample"]) ** 2
        ours_10k = previous["cpu"] if previous and previous["documents"] == 10_000 else b["ours"] * 10
        print(f"all-pairs rapidfuzz fuzz.ratio on {b['sample']:,} documents: {b['rapidfuzz']:.1f} CPU s "
              f"(story_families {b['ours']:.1f} CPU s, recall {b['recall']:.3f}, precision {b['precision']:.3f}); at that "
              f"recall rapidfuzz needs ratio >= {b['threshold']} and has precision {b['rapidfuzz_precision']:.3f}")
        print(f"  projected to 10,000 documents: rapidfuzz {projected:,.0f} CPU s vs story_families {ours_10k:.1f} "
              f"CPU s (measured): "
              f"{projected / ours_10k:.0f}x faster (goal >= 50x)")
    if not args.skip_dask:
        d = dask_speedup()
        print(f"corpus_findings on {d['families']} real families ({d['pairs']} pairs): serial {d['serial']:.1f} s, "
              f"two-worker LocalCluster {d['cluster']:.1f} s: {d['serial'] / d['cluster']:.2f}x (goal >= 1.7x)")
    return 0


if __name__ == "__main__":
    import numpy as np

    sys.exit(main())
