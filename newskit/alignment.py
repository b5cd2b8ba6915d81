"""Sentence alignment between the versions of a story.

Every pair of versions is aligned on its sentences (see :func:`newskit.text.sentences.sentences`).
Sentences are compared as lower-cased words: the similarity of two sentences is
the larger of the Indel similarity of their word sequences (``2 * LCS / (len_a +
len_b)``, all pairs at once with rapidfuzz's ``cdist``) and the Dice coefficient
of their content-word sets (one matrix product); both lie in [0, 1].
The rules, in order:

1. **one-to-one links**, best first: a pair is linked when both sentences are still
   free and their similarity reaches :data:`LINK`; between two already linked
   neighbours (an in-order gap) a lower :data:`GAP_LINK` is enough;
2. **merges and splits**: a sentence left over joins a linked sentence of the other
   version that it duplicates (similarity at least :data:`DUPLICATE`, e.g. a paraphrased
   lede) or that holds a share :data:`CONTAINED` (all) of its content words while
   still reaching :data:`CONTAINED_SIMILARITY` (a part broken out of it or folded into it); several sentences of A linked to one of B
   are *merged*, one of A linked to several of B is *split*; a left-over fragment
   (opening with a lower-case letter or a comma, as in a machine translation's
   ``chaos. , according to the reading.``) joins the sentence before it;
3. **order**: one-to-one links outside the in-order chain of largest total
   similarity are *moved*;
4. sentences left without a link are *dropped* (in A) or *added* (in B).

Example
-------
>>> from newskit.story import story_from_texts
>>> story = story_from_texts({"a": "It rained. The match was off.", "b": "The match was off. It rained hard."})
>>> align(story)[["sentence_a", "sentence_b", "kind"]].values.tolist()
[[0, 1, 'moved'], [1, 0, 'identical']]
"""

from __future__ import annotations

import itertools
import re

import numpy as np
import pandas as pd
from rapidfuzz import process
from rapidfuzz.distance import Indel

from .errors import NewskitError
from .story import sentences as story_sentences, story_table

ALIGN_COLUMNS = ["version_a", "sentence_a", "version_b", "sentence_b", "similarity", "kind"]
KINDS = ("identical", "edited", "moved", "merged", "split", "dropped", "added")

LINK = 0.5
"""Word similarity from which two free sentences are linked anywhere in the story."""
GAP_LINK = 0.3
"""Lower word similarity that links two free sentences lying in order between linked neighbours."""
CONTAINED = 1.0
"""Share of a left-over sentence's content words found in a linked sentence to count as merged/split."""
DUPLICATE = 0.7
"""Similarity from which a left-over sentence counts as a duplicate of a linked one (merged/split)."""
MIN_COMMON = 3
"""Content words a left-over sentence must share with a linked one to count as contained in it."""
CONTAINED_SIMILARITY = 0.4
"""Similarity a contained left-over sentence still needs: a short sentence whose few words recur in a much
longer one is a summary of a detail, not a part broken out of it."""

_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_FRAGMENT = re.compile(r"[,;:]|[^\W\d_](?<![A-Z])")

FUNCTION_WORDS = frozenset(
    """a an the this that these those it its he she they them his her their we us our you your i me my
    is are was were be been being am has have had do does did will would shall should can could may might must
    and or but nor so yet if then than as of in on at to for from by with about into over after before
    not no there here which who whom whose what when where why how all any some such also just very too""".split()
)
"""English function words left out of the content-word sets."""


def words(text: str) -> list[str]:
    """Lower-cased words of ``text``, the units sentences are compared on.

    Example
    -------
    >>> words("China’s Russia-led plan, it said.")
    ['china’s', 'russia-led', 'plan', 'it', 'said']
    """
    return _WORD.findall(text.lower())


def content(sentence_words: list[str]) -> frozenset[str]:
    """The set of content words of a sentence: function words and possessive endings dropped.

    Example
    -------
    >>> sorted(content(words("China’s minister told the press")))
    ['china', 'minister', 'press', 'told']
    """
    return frozenset(_POSSESSIVE.sub("", w) for w in sentence_words if w not in FUNCTION_WORDS)


def similarity_matrix(words_a: list[list[str]], words_b: list[list[str]]) -> np.ndarray:
    """Similarity (0..1) between every sentence of A and of B.

    The larger of two measures: the Indel similarity over the word sequences
    (rewording in place) and the Dice coefficient over the content-word sets
    (the same words with clauses reordered).

    Example
    -------
    >>> similarity_matrix([["a", "b"]], [["a", "b"], ["c"]]).tolist()
    [[1.0, 0.0]]
    """
    if not words_a or not words_b:
        return np.zeros((len(words_a), len(words_b)))
    ordered = process.cdist(words_a, words_b, scorer=Indel.normalized_similarity, dtype=np.float64)
    common, size_a, size_b = _content_overlap(words_a, words_b)
    total = size_a[:, None] + size_b[None, :]
    bag = np.divide(2 * common, total, out=np.zeros_like(common), where=total > 0)
    return np.maximum(ordered, bag)


def _content_overlap(words_a, words_b) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Content words in common for every pair, and each sentence's count of content words."""
    sets_a = [content(w) for w in words_a]
    sets_b = [content(w) for w in words_b]
    vocabulary = {w: k for k, w in enumerate(sorted(set().union(*sets_a, *sets_b)))}
    matrix_a = np.zeros((len(sets_a), len(vocabulary)))
    matrix_b = np.zeros((len(sets_b), len(vocabulary)))
    for matrix, sets in ((matrix_a, sets_a), (matrix_b, sets_b)):
        for row, found in enumerate(sets):
            matrix[row, [vocabulary[w] for w in found]] = 1.0
    return matrix_a @ matrix_b.T, matrix_a.sum(axis=1), matrix_b.sum(axis=1)


def _one_to_one(sim: np.ndarray) -> dict[int, int]:
    """Greedy best-first one-to-one links at :data:`LINK`, then in-order gap links at :data:`GAP_LINK`."""
    links: dict[int, int] = {}
    order = np.argsort(-sim, axis=None, kind="stable")
    used_b: set[int] = set()
    for flat in order:
        i, j = divmod(int(flat), sim.shape[1])
        if sim[i, j] < LINK:
            break
        if i not in links and j not in used_b:
            links[i] = j
            used_b.add(j)
    for flat in order:
        i, j = divmod(int(flat), sim.shape[1])
        if sim[i, j] < GAP_LINK:
            break
        if i in links or j in used_b or not _in_gap(links, i, j):
            continue
        links[i] = j
        used_b.add(j)
    return links


def _in_gap(links: dict[int, int], i: int, j: int) -> bool:
    """Whether (i, j) lies between the nearest linked sentences before and after i, in order."""
    before = [links[k] for k in links if k < i]
    after = [links[k] for k in links if k > i]
    low = max(before) if before else -1
    high = min(after) if after else np.inf
    return low < j < high


def is_fragment(text: str) -> bool:
    """Whether a "sentence" cannot stand alone: it opens with a lower-case letter or ``, ; :``.

    Example
    -------
    >>> is_fragment(", according to the reading."), is_fragment("It rained.")
    (True, False)
    """
    return bool(_FRAGMENT.match(text.lstrip()))


def _fragments(pairs: list[tuple[int, int]], texts: list[str], side: int) -> list[tuple[int, int]]:
    """Links of left-over fragments to the partners of the sentence before them (``side`` 0 = A, 1 = B)."""
    linked = {p[side] for p in pairs}
    extra = []
    for k, text in enumerate(texts):
        if k in linked or k == 0 or not is_fragment(text):
            continue
        for pair in pairs:
            if pair[side] == k - 1:
                extra.append((k, pair[1]) if side == 0 else (pair[0], k))
    return extra


def _folded(sim: np.ndarray, contained_a: np.ndarray, contained_b: np.ndarray, links: dict[int, int]):
    """Links of left-over sentences to a linked sentence they duplicate or that contains them.

    A left-over sentence joins the best linked sentence of the other version when
    their similarity reaches :data:`DUPLICATE` (a duplicate, e.g. a paraphrased lede) or
    when at least :data:`CONTAINED` of its content words appear there and their
    similarity reaches :data:`CONTAINED_SIMILARITY` (a part broken out of it or folded into it).
    """
    extra: list[tuple[int, int]] = []
    linked_a, linked_b = set(links), set(links.values())
    for i in sorted(set(range(sim.shape[0])) - linked_a):
        j = _best(sim[i], contained_a[i], linked_b)
        if j is not None:
            extra.append((i, j))
    for j in sorted(set(range(sim.shape[1])) - linked_b):
        i = _best(sim[:, j], contained_b[:, j], linked_a)
        if i is not None:
            extra.append((i, j))
    return extra


def _best(sim_row: np.ndarray, contained_row: np.ndarray, linked: set[int]) -> int | None:
    """The linked partner a left-over sentence duplicates or lies inside, if any."""
    contained = (contained_row >= CONTAINED) & (sim_row >= CONTAINED_SIMILARITY)
    score = np.where(sim_row >= DUPLICATE, sim_row, 0) + np.where(contained, contained_row, 0)
    for k in np.argsort(-score, kind="stable"):
        if score[k] <= 0:
            return None
        if int(k) in linked:
            return int(k)
    return None


def _in_order(pairs: list[tuple[int, int]], sim: np.ndarray) -> set[tuple[int, int]]:
    """The chain of pairs increasing in both coordinates with the largest total similarity."""
    pairs = sorted(pairs)
    best = [float(sim[i, j]) for i, j in pairs]
    back: list[int] = [-1] * len(pairs)
    for k, (i, j) in enumerate(pairs):
        for p in range(k):
            if pairs[p][0] < i and pairs[p][1] < j and best[p] + sim[i, j] > best[k]:
                best[k], back[k] = best[p] + float(sim[i, j]), p
    chain: set[tuple[int, int]] = set()
    k = int(np.argmax(best)) if pairs else -1
    while k >= 0:
        chain.add(pairs[k])
        k = back[k]
    return chain


def align_texts(texts_a: list[str], texts_b: list[str]) -> pd.DataFrame:
    """Align two lists of sentences; rows ``sentence_a, sentence_b, similarity, kind``.

    Every sentence of A and of B appears at least once; ``sentence_b`` is NA on
    *dropped* rows and ``sentence_a`` on *added* rows.

    Example
    -------
    >>> align_texts(["It rained.", "Off."], ["It rained hard."])[["sentence_a", "sentence_b", "kind"]].values.tolist()
    [[0, 0, 'edited'], [1, <NA>, 'dropped']]
    """
    words_a = [words(t) for t in texts_a]
    words_b = [words(t) for t in texts_b]
    sim = similarity_matrix(words_a, words_b)
    common, size_a, size_b = _content_overlap(words_a, words_b)
    enough = common >= MIN_COMMON
    contained_a = np.divide(common, size_a[:, None], out=np.zeros_like(common), where=enough)
    contained_b = np.divide(common, size_b[None, :], out=np.zeros_like(common), where=enough)
    links = _one_to_one(sim)
    extra = _folded(sim, contained_a, contained_b, links)
    pairs = sorted(set(links.items()) | set(extra))
    pairs = sorted(set(pairs) | set(_fragments(pairs, texts_a, 0)) | set(_fragments(pairs, texts_b, 1)))
    a_count = pd.Series([i for i, _ in pairs]).value_counts()
    b_count = pd.Series([j for _, j in pairs]).value_counts()
    chain = _in_order(list(links.items()), sim)
    rows = []
    for i, j in pairs:
        if b_count.get(j, 0) > 1:
            kind = "merged"
        elif a_count.get(i, 0) > 1:
            kind = "split"
        elif (i, j) not in chain:
            kind = "moved"
        elif " ".join(texts_a[i].split()) == " ".join(texts_b[j].split()):
            kind = "identical"
        else:
            kind = "edited"
        rows.append((i, j, float(sim[i, j]), kind))
    linked_a = {i for i, _ in pairs}
    linked_b = {j for _, j in pairs}
    rows += [(i, None, None, "dropped") for i in range(len(texts_a)) if i not in linked_a]
    rows += [(None, j, None, "added") for j in range(len(texts_b)) if j not in linked_b]
    frame = pd.DataFrame(rows, columns=["sentence_a", "sentence_b", "similarity", "kind"])
    frame["sentence_a"] = frame["sentence_a"].astype("Int64")
    frame["sentence_b"] = frame["sentence_b"].astype("Int64")
    frame["similarity"] = frame["similarity"].astype("Float64")
    return _sorted(frame, ["sentence_a", "sentence_b"])


def _sorted(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Rows in reading order of A, added rows placed after the A sentence before them."""
    position = frame["sentence_a"].astype("Float64")
    for idx in frame.index[frame["sentence_a"].isna()]:
        j = frame.at[idx, "sentence_b"]
        earlier = frame[(frame["sentence_b"] < j) & frame["sentence_a"].notna()]["sentence_a"]
        position[idx] = (earlier.max() if len(earlier) else -1) + 0.5
    order = frame.assign(_pos=position).sort_values(["_pos", "sentence_b"], kind="stable", na_position="first").index
    return frame.loc[order].reset_index(drop=True)


@story_table
def align(story) -> pd.DataFrame:
    """Sentence links between every pair of versions of ``story``.

    Columns: ``version_a, sentence_a, version_b, sentence_b, similarity, kind``.
    Pairs of versions follow story order (A before B); ``kind`` is one of
    identical, edited, moved, merged, split, dropped (NA ``sentence_b``) or added
    (NA ``sentence_a``); ``similarity`` is the word similarity in [0, 1] (NA on
    dropped/added rows). Every sentence of every version appears in each of its pairs.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> align(story_from_texts({"a": "It rained.", "b": "It rained."}))["kind"].tolist()
    ['identical']
    """
    sents = story_sentences(story)
    texts = {v: list(g.sort_values("sentence")["text"]) for v, g in sents.groupby("version", sort=False)}
    frames = []
    for a, b in itertools.combinations(story.ids, 2):
        pair = align_texts(texts.get(a, []), texts.get(b, []))
        frames.append(pair.assign(version_a=a, version_b=b))
    if not frames:
        return _empty()
    return pd.concat(frames, ignore_index=True)[ALIGN_COLUMNS]


def pair_links(story, version_a: str, version_b: str) -> pd.DataFrame:
    """The rows of :func:`align` linking ``version_a`` to ``version_b``, which must both exist, A first.

    A version paired with itself has no rows (a one-version story compares nothing).

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "It rained.", "b": "It poured."})
    >>> len(pair_links(story, "a", "b"))
    1
    >>> pair_links(story, "b", "a")
    Traceback (most recent call last):
    ...
    newskit.errors.NewskitError: version 'b' must come before 'a' in the story (order: ['a', 'b'])
    """
    position = {v: i for i, v in enumerate(story.ids)}
    for version in (version_a, version_b):
        story[version]  # a KeyError naming the versions there are
    if position[version_a] > position[version_b]:
        raise NewskitError(f"version {version_a!r} must come before {version_b!r} in the story (order: {story.ids})")
    links = align(story)
    return links[(links["version_a"] == version_a) & (links["version_b"] == version_b)]


def _empty() -> pd.DataFrame:
    """An alignment with no rows and the documented columns."""
    return pd.DataFrame(
        {
            "version_a": pd.Series(dtype=object),
            "sentence_a": pd.Series(dtype="Int64"),
            "version_b": pd.Series(dtype=object),
            "sentence_b": pd.Series(dtype="Int64"),
            "similarity": pd.Series(dtype="Float64"),
            "kind": pd.Series(dtype=object),
        }
    )


@story_table
def families(story) -> pd.DataFrame:
    """Sentence families: sentences linked across versions, one row per family, one column per version.

    A family is a connected group of linked sentences. Columns: ``family`` (0..),
    then one column per version id holding that version's sentence numbers in the
    family as text ("3", or "3+4" when merged/split), NA when the version lacks it,
    then ``versions`` (how many versions carry it). Rows follow first appearance.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> families(story_from_texts({"a": "It rained. Off.", "b": "It rained."}))[["a", "b"]].values.tolist()
    [['0', '0'], ['1', <NA>]]
    """
    links = align(story)
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node):
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for row in links.itertuples(index=False):
        nodes = [(row.version_a, int(row.sentence_a)) if pd.notna(row.sentence_a) else None,
                 (row.version_b, int(row.sentence_b)) if pd.notna(row.sentence_b) else None]
        nodes = [n for n in nodes if n is not None]
        for node in nodes:
            find(node)
        if len(nodes) == 2:
            parent[find(nodes[0])] = find(nodes[1])
    rank = {v: k for k, v in enumerate(story.ids)}
    members: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for node in sorted(parent, key=lambda n: (rank[n[0]], n[1])):
        members.setdefault(find(node), []).append(node)
    rows = []
    for number, group in enumerate(sorted(members.values(), key=lambda g: (rank[g[0][0]], g[0][1]))):
        row = {"family": number}
        for vid in story.ids:
            found = [str(s) for v, s in group if v == vid]
            row[vid] = "+".join(found) if found else pd.NA
        row["versions"] = sum(pd.notna(row[v]) for v in story.ids)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=["family", *story.ids, "versions"])
    frame[story.ids] = frame[story.ids].astype("string")
    return frame
