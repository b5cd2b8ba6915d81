"""Story families: which documents of a corpus are versions of the same story.

Three steps, each cheap enough for the next:

1. **candidates**: every document becomes a MinHash signature (datasketch) of its word
   :data:`SHINGLE_WORDS`-grams; locality-sensitive hashing (datasketch's ``MinHashLSH``) returns
   the pairs whose estimated Jaccard similarity is likely to reach :data:`CANDIDATE_JACCARD`,
   without comparing all pairs;
2. **verification**: each candidate pair (but the near-duplicates, :data:`NEAR_DUPLICATE`, which join
   at once, and those below :data:`ALIGN_JACCARD`, which do not) is aligned sentence by sentence with newskit's own
   alignment (:func:`newskit.alignment.align_texts`, what :func:`newskit.align` runs on every
   pair of a story); the pair joins when a share :data:`LINKED_SHARE` of the sentences of its
   shorter document is linked to the other and at least :data:`MIN_LINKED` sentences are;
3. **families**: the connected groups of verified pairs. Candidates are taken most similar first
   and a pair whose documents are already in one family is not aligned again, so a family of
   ``n`` documents costs about ``n - 1`` alignments.

Column contract of :func:`story_families` (one row per document, corpus order):

============ ===============================================================================
document     the document id
family       the family id (``f`` and a number, in order of each family's first document)
size         documents in the family (1: a story found once)
linked_to    the document it joined the family through ("" for the family's first document)
method       how that join was verified: "aligned" or "near-duplicate" ("" for the first document)
jaccard      the estimated Jaccard similarity of word pairs on that join (NA for the first document)
similarity   the share of the shorter document's sentences linked on that join (NA unless aligned)
============ ===============================================================================

Example
-------
>>> from newskit.corpus import corpus_from_texts
>>> wire = "Floods hit the north of the country on Monday. Officials said 12 people died. Roads were shut."
>>> copy = "Floods hit the north of the country on Monday. Officials said 12 people had died."
>>> other = "The central bank raised its main interest rate by half a point on Tuesday."
>>> story_families(corpus_from_texts({"wire": wire, "copy": copy, "other": other}))[["document", "family", "linked_to"]]
  document family linked_to
0     wire     f1          
1     copy     f1      wire
2    other     f2          
"""

from __future__ import annotations

import collections
import dataclasses
import multiprocessing
import zlib

import numpy as np
import pandas as pd

from .alignment import align_texts
from .text.tokens import words
from .text.lexicon import FUNCTION_WORDS
from .corpus import Corpus
from .errors import NewskitError
from .story import Story, story_from_texts
from .text.sentences import split_sentences

VERSION_FIELDS = ("outlet", "published", "url", "retrieved")
FAMILY_COLUMNS = ["document", "family", "size", "linked_to", "method", "jaccard", "similarity"]

SHINGLE_WORDS = 2
"""Words per shingle. Word pairs: on OneStopEnglish levels and Wikinews revisions the versions of one story
share 15-50% of their word pairs while unrelated articles share under 4%; single words separate them less
(unrelated articles share up to 15% of their content words) and three-word shingles lose the rewrites for
another reading level, which keep the facts but not the phrasing."""
NUM_PERM = 128
"""MinHash permutations: an estimated Jaccard similarity within about +-0.04 of the true one; 1 KB per document."""
CANDIDATE_JACCARD = 0.1
"""LSH threshold on the estimated Jaccard similarity of word pairs. Low on purpose: a rewrite for a lower
reading level can share as few as 10-15% of its word pairs with the original, and a pair let through by
mistake costs one alignment, while a pair missed here is lost for good."""
LINKED_SHARE = 0.5
"""Share of the shorter document's sentences that the alignment must link to the other document. A trimmed
copy links nearly all of its sentences, a rewrite for another reading level most of them; a different story
on the same topic links few (a shared background sentence or two)."""
ALIGN_JACCARD = 0.1
"""Estimated Jaccard similarity below which a candidate is not aligned. LSH with a low threshold lets through
unrelated pairs; on the evaluation mix (evaluation/families_eval.py) those had at most 0.063 and the versions
of one story at least 0.148, so the floor sits between the two and saves most of the alignments."""
NEAR_DUPLICATE = 0.6
"""Estimated Jaccard similarity from which a pair joins without being aligned: documents sharing most of their
word pairs are copies of one text (wire copy carried by many outlets), and every one of the candidate pairs
above 0.6 on the evaluation mix was a version pair with more than 80% of its sentences linked."""
MIN_LINKED = 2
"""Fewest linked sentences for a join: one shared sentence (a boilerplate line, a stock quote) makes no story."""
SEED = 1
"""Seed of the MinHash permutations: the same corpus always gives the same families."""
SCHEME = "affine32"
"""datasketch's permutation scheme (its default from 2.0): 32-bit hash values, half the memory of 64-bit ones."""


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The distinct word ``size``-grams of ``text``, lower-cased, as UTF-8 bytes (what MinHash hashes), but those
    made of function words alone ("of the", "it was"): every English text has them, so they make unrelated
    articles look alike (on the evaluation mix they triple the median Jaccard similarity of unrelated pairs,
    0.010 against 0.003, and leave that of versions of one story as it was).

    Example
    -------
    >>> sorted(shingles("It rained, and it was cold."))
    [b'it rained', b'rained and', b'was cold']
    """
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens).encode("utf-8")} if tokens else set()
    grams = (tokens[i:i + size] for i in range(len(tokens) - size + 1))
    return {" ".join(gram).encode("utf-8") for gram in grams if not FUNCTION_WORDS.issuperset(gram)}


def signatures(texts: list[str], num_perm: int = NUM_PERM, seed: int = SEED) -> np.ndarray:
    """MinHash signatures of ``texts`` (one row of ``num_perm`` hash values per text), by datasketch.

    Shingles are hashed with CRC-32 (zlib): the same value in every process and on every machine, so
    signatures made on different workers agree, and ten times quicker than datasketch's default SHA-1.

    Example
    -------
    >>> signatures(["It rained in Paris.", "It rained in Paris."], num_perm=16).shape
    (2, 16)
    """
    from datasketch import MinHash

    sets = (list(shingles(text)) for text in texts)
    found = [m.hashvalues for m in MinHash.generator(sets, num_perm=num_perm, seed=seed, scheme=SCHEME,
                                                     hashfunc=zlib.crc32)]
    return np.vstack(found) if found else np.empty((0, num_perm), dtype=np.uint64)


def candidate_pairs(hashvalues: np.ndarray, threshold: float = CANDIDATE_JACCARD) -> pd.DataFrame:
    """Pairs of rows that LSH (datasketch ``MinHashLSH``) puts in a common bucket, with their estimated Jaccard.

    Columns: ``a``, ``b`` (row numbers, ``a < b``), ``jaccard`` (share of equal hash values). Sorted by
    ``jaccard``, highest first, then ``a``, ``b``. ``attrs`` records the LSH ``bands`` and ``rows``.

    Example
    -------
    >>> sig = signatures(["Floods hit the north on Monday.", "Floods hit the north on Monday!", "Rates rose."])
    >>> candidate_pairs(sig)[["a", "b", "jaccard"]].values.tolist()
    [[0.0, 1.0, 1.0]]
    """
    from datasketch import LeanMinHash, MinHashLSH

    count, num_perm = hashvalues.shape
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    with lsh.insertion_session() as session:
        for i in range(count):
            session.insert(i, LeanMinHash(seed=SEED, hashvalues=hashvalues[i], scheme=SCHEME), check_duplication=False)
    found = set()
    for i in range(count):
        for j in lsh.query(LeanMinHash(seed=SEED, hashvalues=hashvalues[i], scheme=SCHEME)):
            if j > i:
                found.add((i, j))
    pairs = np.array(sorted(found), dtype=np.int64).reshape(-1, 2)
    jaccard = (hashvalues[pairs[:, 0]] == hashvalues[pairs[:, 1]]).mean(axis=1) if len(pairs) else np.empty(0)
    frame = pd.DataFrame({"a": pairs[:, 0], "b": pairs[:, 1], "jaccard": jaccard})
    frame = frame.sort_values(["jaccard", "a", "b"], ascending=[False, True, True], kind="stable")
    frame = frame.reset_index(drop=True)
    frame.attrs.update(bands=lsh.b, rows=lsh.r)
    return frame


def linked_share(sentences_a: list[str], sentences_b: list[str]) -> tuple[float, int]:
    """Share of the shorter text's sentences that newskit's alignment links to the other, and how many.

    Example
    -------
    >>> linked_share(["Floods hit the north.", "Twelve died."], ["Floods hit the north.", "Rain fell."])
    (0.5, 1)
    """
    if not sentences_a or not sentences_b:
        return 0.0, 0
    links = align_texts(sentences_a, sentences_b)
    linked = links.dropna(subset=["sentence_a", "sentence_b"])
    count_a, count_b = linked["sentence_a"].nunique(), linked["sentence_b"].nunique()
    if len(sentences_a) <= len(sentences_b):
        return count_a / len(sentences_a), int(count_a)
    return count_b / len(sentences_b), int(count_b)


def joins(share: float, linked: int) -> bool:
    """Whether a verified pair joins one family (:data:`LINKED_SHARE`, :data:`MIN_LINKED`).

    Example
    -------
    >>> joins(0.9, 8), joins(0.9, 1), joins(0.3, 8)
    (True, False, False)
    """
    return share >= LINKED_SHARE and linked >= MIN_LINKED


class _Families:
    """Union-find over row numbers, remembering the join edges (a spanning forest)."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))
        self.edges: list[tuple[int, int, str, float, float]] = []

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, method: str, jaccard: float, share: float) -> None:
        root_a, root_b = self.find(a), self.find(b)
        self.parent[max(root_a, root_b)] = min(root_a, root_b)
        self.edges.append((a, b, method, jaccard, share))


def story_families(corpus: Corpus, threshold: float = CANDIDATE_JACCARD, scheduler: str = "processes") -> pd.DataFrame:
    """One row per document: its story family, and the document and similarity it joined through.

    Computed once per corpus (and per ``threshold``) and kept with it; a copy is returned. The
    frame's ``attrs`` hold how much work it took: ``candidates`` (pairs LSH proposed), ``aligned``
    (pairs verified by alignment), ``joined`` (pairs that joined), ``bands`` and ``rows`` of LSH.
    Verification runs on Dask's local ``scheduler`` (forked processes by default; ``"sync"`` for one process)
    once there are :data:`PARALLEL_FROM` candidate pairs; the families do not depend on it.
    See the module docstring for the columns and the method.

    Example
    -------
    >>> from newskit.corpus import corpus_from_texts
    >>> story_families(corpus_from_texts({"a": "It rained in Paris.", "b": "Rates rose."}))["size"].tolist()
    [1, 1]
    """
    if not isinstance(corpus, Corpus):
        raise TypeError(f"story_families() takes a Corpus, not {type(corpus).__name__}: load one with nk.load_corpus(path)")
    frame = corpus.derived(("story_families", threshold), lambda: _families(corpus, threshold, scheduler))
    result = frame.copy()
    result.attrs = dict(frame.attrs)
    return result


def _families(corpus: Corpus, threshold: float, scheduler: str) -> pd.DataFrame:
    """Candidates, verification and connected groups (see the module docstring)."""
    ids = corpus.documents["document"].tolist()
    texts = [corpus.texts.at[key] for key in ids]
    candidates = candidate_pairs(signatures(texts), threshold)
    kept = candidates[candidates["jaccard"] >= ALIGN_JACCARD]
    groups = _components(len(ids), kept)
    forest = _Families(len(ids))
    aligned = 0
    for edges, count in _verify_all(groups, texts, scheduler):
        aligned += count
        for edge in edges:
            forest.union(*edge)
    frame = _family_frame(ids, forest)
    frame.attrs.update(candidates=len(candidates), aligned=aligned, joined=len(forest.edges), **candidates.attrs)
    return frame


def _components(count: int, pairs: pd.DataFrame) -> list[list[tuple[int, int, float]]]:
    """The candidate pairs split into groups that share no document (each verified on its own), most similar first."""
    forest = _Families(count)
    for a, b in zip(pairs["a"].tolist(), pairs["b"].tolist()):
        if forest.find(a) != forest.find(b):
            forest.union(a, b, "", 0.0, 0.0)
    groups: dict[int, list] = {}
    for a, b, jaccard in zip(pairs["a"].tolist(), pairs["b"].tolist(), pairs["jaccard"].tolist()):
        groups.setdefault(forest.find(a), []).append((a, b, jaccard))
    return list(groups.values())


def verify_group(pairs: list[tuple[int, int, float]], texts: dict[int, str]) -> tuple[list[tuple], int]:
    """Join the documents of one group of candidate pairs (most similar first): the joins made and the alignments run.

    A pair already in one family is skipped; a near-duplicate joins at once; any other pair joins when
    newskit's alignment links enough of its sentences (:func:`joins`). Each join is
    ``(a, b, method, jaccard, share)``.

    Example
    -------
    >>> texts = {0: "Floods hit the north. Twelve died there.", 1: "Floods hit the north. Twelve died there today."}
    >>> verify_group([(0, 1, 0.5)], texts)
    ([(0, 1, 'aligned', 0.5, 1.0)], 1)
    """
    forest = _Families(0)
    forest.parent = {i: i for pair in pairs for i in pair[:2]}
    sentences: dict[int, list[str]] = {}
    aligned = 0
    for a, b, jaccard in pairs:
        if forest.find(a) == forest.find(b):
            continue
        if jaccard >= NEAR_DUPLICATE:
            forest.union(a, b, "near-duplicate", jaccard, float("nan"))
            continue
        for i in (a, b):
            if i not in sentences:
                sentences[i] = split_sentences(texts[i])
        share, linked = linked_share(sentences[a], sentences[b])
        aligned += 1
        if joins(share, linked):
            forest.union(a, b, "aligned", jaccard, share)
    return forest.edges, aligned


PARALLEL_FROM = 200
"""Candidate pairs to verify from which verification runs on Dask's local processes: below it, starting
workers costs more than it saves."""


def _verify_all(groups: list[list[tuple[int, int, float]]], texts: list[str], scheduler: str) -> list[tuple]:
    """Every group verified: inline for a few pairs or ``scheduler="sync"``, else on Dask in batches of groups."""
    payloads = [(group, {i: texts[i] for pair in group for i in pair[:2]}) for group in groups]
    if scheduler == "sync" or sum(len(g) for g in groups) < PARALLEL_FROM:
        return [verify_group(*payload) for payload in payloads]
    import dask

    batches = [payloads[i::16] for i in range(min(16, len(payloads)))]
    tasks = [dask.delayed(_verify_batch, pure=False)(batch) for batch in batches]
    settings = {"multiprocessing.context": "fork"} if "fork" in multiprocessing.get_all_start_methods() else {}
    with dask.config.set(settings):
        results = dask.compute(*tasks, scheduler=scheduler)
    return [result for batch in results for result in batch]


def _verify_batch(batch: list[tuple]) -> list[tuple]:
    """Several groups verified in one task."""
    return [verify_group(*payload) for payload in batch]


def _joins_from_roots(edges: list[tuple], roots: list[int]) -> dict[int, tuple]:
    """For each document but the roots: (the document it joined through, method, jaccard, share), read
    breadth first from its family's first document over the join edges."""
    neighbours: dict[int, list[tuple]] = {}
    for a, b, *how in edges:
        neighbours.setdefault(a, []).append((b, *how))
        neighbours.setdefault(b, []).append((a, *how))
    linked_to: dict[int, tuple] = {}
    for root in roots:
        queue, seen = collections.deque([root]), {root}
        while queue:
            node = queue.popleft()
            for other, *how in sorted(neighbours.get(node, [])):
                if other not in seen:
                    seen.add(other)
                    linked_to[other] = (node, *how)
                    queue.append(other)
    return linked_to


def _family_frame(ids: list[str], forest: _Families) -> pd.DataFrame:
    """The family table: ids by first document, each document's join read off the spanning forest."""
    roots = [forest.find(i) for i in range(len(ids))]
    numbers: dict[int, int] = {}
    for root in roots:
        numbers.setdefault(root, len(numbers) + 1)
    sizes = pd.Series(roots).value_counts()
    linked_to = _joins_from_roots(forest.edges, list(numbers))
    joined = [linked_to.get(i) for i in range(len(ids))]
    return pd.DataFrame({
        "document": ids,
        "family": [f"f{numbers[r]}" for r in roots],
        "size": [int(sizes[r]) for r in roots],
        "linked_to": [ids[j[0]] if j else "" for j in joined],
        "method": [j[1] if j else "" for j in joined],
        "jaccard": pd.array([j[2] if j else None for j in joined], dtype="Float64"),
        "similarity": pd.array([j[3] if j and j[1] == "aligned" else None for j in joined], dtype="Float64"),
    }, columns=FAMILY_COLUMNS)


def family_sizes(families: pd.DataFrame, min_size: int = 1) -> pd.Series:
    """The number of documents of each family of ``families`` (:func:`story_families`) that has ``min_size`` or
    more, indexed by family, in the order the families come.

    Example
    -------
    >>> families = pd.DataFrame({"document": ["a", "b", "c"], "family": ["f1", "f1", "f2"], "size": [2, 2, 1]})
    >>> family_sizes(families).to_dict(), family_sizes(families, 2).index.tolist()
    ({'f1': 2, 'f2': 1}, ['f1'])
    """
    sizes = families.drop_duplicates("family").set_index("family")["size"]
    return sizes[sizes >= min_size]


def family_members(corpus: Corpus, family: str, families: pd.DataFrame | None = None) -> list[str]:
    """The documents of ``family``, earliest published first (then corpus order).

    Example
    -------
    >>> from newskit.corpus import corpus_from_texts
    >>> family_members(corpus_from_texts({"a": "It rained in Paris."}), "f1")
    ['a']
    """
    families = story_families(corpus) if families is None else families
    members = families.loc[families["family"] == family, "document"].tolist()
    if not members:
        raise NewskitError(f"no family {family!r} in this corpus (families run from f1 to f{families['family'].nunique()})")
    docs = corpus.documents.set_index("document").loc[members]
    order = sorted(range(len(members)), key=lambda i: (docs["published"].iloc[i] == "", docs["published"].iloc[i], i))
    return [members[i] for i in order]


def family_story(corpus: Corpus, family: str, families: pd.DataFrame | None = None) -> Story:
    """The documents of one family as a :class:`~newskit.story.Story`, so every single-story analysis applies.

    Versions are the family's documents (ids as in the corpus), earliest published first, each with the
    corpus's outlet, published date and url. ``families`` defaults to :func:`story_families` of the corpus.

    Example
    -------
    >>> from newskit.corpus import corpus_from_texts
    >>> corpus = corpus_from_texts({"a": "Floods hit the north. Officials said 12 died.",
    ...                             "b": "Floods hit the north. Officials said 12 people died."}, outlet={"b": "Daily"})
    >>> story = family_story(corpus, "f1")
    >>> story.ids, story["b"].outlet
    (['a', 'b'], 'Daily')
    """
    members = family_members(corpus, family, families)
    docs = corpus.documents.set_index("document")
    fields = [name for name in ("outlet", "published", "url", "retrieved") if name in docs.columns]
    documents = [{"document": key, "text": corpus.texts.at[key], **{f: str(docs.at[key, f]) for f in fields}}
                 for key in members]
    return story_of_documents(family, documents)


def story_of_documents(story_id: str, documents: list[dict]) -> Story:
    """A story whose versions are ``documents`` (dicts with ``document``, ``text`` and optionally ``outlet``,
    ``published``, ``url``, ``retrieved``), in the order given.

    Example
    -------
    >>> story = story_of_documents("f1", [{"document": "a", "text": "It rained.", "outlet": "Daily"},
    ...                                   {"document": "b", "text": "It poured."}])
    >>> story.ids, story["a"].outlet, story.title
    (['a', 'b'], 'Daily', 'Story family f1')
    """
    story = story_from_texts({d["document"]: d["text"] for d in documents}, story_id=story_id)
    versions = [dataclasses.replace(story[d["document"]], **{f: str(d.get(f) or "") for f in VERSION_FIELDS})
                for d in documents]
    return dataclasses.replace(story, versions=versions, title=f"Story family {story_id}")
