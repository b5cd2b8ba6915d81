"""Matching across versions: how alike two texts are, who pairs with whom, and what hangs together.

Three tools serve every comparison of versions (sentence links, quotation matches, word groups,
sentence families):

- **similarity measures**, all in [0, 1]: :func:`sentence_similarity` (the larger of the Indel
  similarity of two word sequences and the Dice coefficient of their content words, for sentences),
  :func:`quote_similarity` (the share of the shorter quotation's words found in order in the other)
  and :func:`text_ratio` (character-level Indel similarity of two whole texts);
- **candidate pairs** (:func:`candidate_pairs`): only pairs sharing a content word are scored, found
  through an inverted index, so comparing two versions grows with the pairs that could match rather
  than with every pair;
- **one optimal one-to-one pairing** (:func:`pair_one_to_one`): among the pairs at or above a
  threshold, the pairing with the largest total similarity (``scipy.optimize.linear_sum_assignment``),
  solved per connected group of candidates so it stays fast (a group of a few candidates, the usual
  case, by trying its few pairings, which spares a process the 0.6 s import of ``scipy.optimize``);
- **linked groups** (:func:`linked_groups`): the connected groups of a set of links (merges and splits
  make groups of sentences; links across many versions make families).

Words are the lower-cased word tokens of :func:`words`, read in the comparison form of
:mod:`newskit.text.typography` (``Russia’s`` and ``Russia´s`` are the word ``russia's``); content words
drop :data:`FUNCTION_WORDS`, the negating words "never" and "cannot" and possessive endings and read small
numbers as figures and unit words as nothing (:func:`content`, :func:`number_parts`: "one-in-three" and "1 in 3", "5
percent" and "5%" meet) and a time of day written as one word as its spaced form (:func:`clock_parts`: "5.10am" and
"5:10 a.m." meet).
Two versions compared sentence by sentence may first write each compound one way (:func:`closed_compounds`:
"airstrikes" and "air strikes", "send-off" and "send off" meet). :func:`text_ratio` compares comparison forms too: two
texts differing only in typography are alike.

Example
-------
>>> a = [["it", "rained", "hard"], ["the", "match", "was", "off"]]
>>> b = [["the", "match", "was", "off"], ["it", "rained"]]
>>> pair_one_to_one(candidate_pairs(a, b), 0.5)
[(0, 1, 0.8), (1, 0, 1.0)]
>>> linked_groups([("a", "b"), ("c",), ("b", "d")])
[['a', 'b', 'd'], ['c']]
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Hashable, Iterable, Sequence

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from .text.lexicon import FUNCTION_WORDS, NEGATED_AUXILIARIES
from .text.tokens import words
from .text.typography import canonical



FEW_CONTENT_WORDS = 2
"""Items with at most this many content words are candidates for each other whatever words they share."""


FREQUENT = 50
"""A content word in more items of the other side than this proposes no candidate pairs."""
RARE = 10
"""A content word in at most this many items of the other side proposes every item it is in."""


def content(sentence_words: list[str]) -> frozenset[str]:
    """The set of content words of a sentence: function words and possessive endings dropped.

    Example
    -------
    >>> sorted(content(words("China’s minister told the press")))
    ['china', 'minister', 'press', 'told']
    """
    return frozenset(content_words(sentence_words))


NUMBER_VALUES = {word: str(value) for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
"""Small numbers written as words, with the figure they are compared as ("three" and "3" are one word)."""
UNIT_WORDS = frozenset({"percent", "pct", "dollar", "dollars"})
"""Units that copy writes either as a word or as a sign the words of a sentence leave out ("5 percent" and
"5%", "$3 million" and "3 million dollars"): no content word of their own."""


_NUMBERISH = UNIT_WORDS | set(NUMBER_VALUES)
_NOT_CONTENT = FUNCTION_WORDS | frozenset(NEGATED_AUXILIARIES)
"""Words no content word is: function words and the negating words ("never", "cannot"), one set read per word."""


def content_words(sentence_words: list[str]) -> list[str]:
    """The content words of a sentence in order (those of :func:`content`, repeats kept), numbers read
    as figures (:func:`number_parts`); the negating words of :data:`NEGATED_AUXILIARIES` ("never", "cannot") are
    left out as "not" is.

    Example
    -------
    >>> content_words(words("The press told China’s minister of the press"))
    ['press', 'told', 'china', 'minister', 'press']
    >>> content_words(words("A one-in-three chance")) == content_words(words('A "1 in 3" chance'))
    True
    >>> content_words(words("They never sign it, and we cannot either"))
    ['sign', 'either']
    """
    found = []
    for w in sentence_words:
        if w in _NOT_CONTENT:
            continue
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if w in _NUMBERISH or "-" in w:
            found += number_parts(w)
        elif _ONE_WORD_TIME.match(w):
            found += clock_parts(w)
        else:
            found.append(w)
    return found


def number_parts(word: str) -> list[str]:
    """A content word as compared: a small number as its figure, a unit word as nothing, a hyphenated
    run of numbers (``one-in-three``, ``two-thirds``) as its parts.

    Example
    -------
    >>> number_parts("one-in-three"), number_parts("five"), number_parts("percent"), number_parts("well-known")
    (['1', '3'], ['5'], [], ['well-known'])
    """
    if word in UNIT_WORDS:
        return []
    if "-" in word:
        parts = word.split("-")
        if any(p in NUMBER_VALUES or p.isdigit() for p in parts):
            return [NUMBER_VALUES.get(p, p) for p in parts if p and p not in FUNCTION_WORDS and p not in UNIT_WORDS]
    return [NUMBER_VALUES.get(word, word)]


_ONE_WORD_TIME = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?([ap])m$")
"""A time of day written as one word ("5.10am", the "36pm" of "11:36pm" once its colon splits it)."""


def clock_parts(word: str) -> list[str]:
    """A time of day written as one word as the words of its spaced form ("5.10am" is "5:10 a.m.").

    Example
    -------
    >>> clock_parts("5.10am"), clock_parts("36pm")
    (['5', '10', 'a.m'], ['36', 'p.m'])
    >>> content_words(words("at 5:10 a.m.")) == content_words(words("at 5.10am"))
    True
    """
    hour, minutes, half = _ONE_WORD_TIME.match(word).groups()
    return [hour, *([minutes] if minutes else []), f"{half}.m"]


def _compound_key(word: str) -> str:
    """A word as its closed compound: its hyphens dropped (``send-off``: ``sendoff``)."""
    return word.replace("-", "")


def _spaced(first: str, second: str) -> bool:
    """Whether two words in a row may be a compound written spaced: both of letters, the first no function word."""
    return first.isalpha() and second.isalpha() and first not in FUNCTION_WORDS


def _spellings(sentences: Iterable[Sequence[str]]) -> dict[str, set[str]]:
    """The closed form of every word written closed or hyphenated and of every two words in a row that may be a
    compound written spaced (:func:`_spaced`), each with how it is written (``airstrikes``, ``air strikes``)."""
    found: dict[str, set[str]] = {}
    for seq in sentences:
        for word in seq:
            found.setdefault(_compound_key(word), set()).add(word)
        for first, second in zip(seq, seq[1:]):
            if _spaced(first, second):
                found.setdefault(first + second, set()).add(f"{first} {second}")
    return found


def closed_compounds(*versions: list[list[str]], told: frozenset[str] | None = None) -> list[list[list[str]]]:
    """The sentences' words of each version with every compound of :func:`compounds` (or ``told``, when found
    already) written closed.

    Example
    -------
    >>> closed_compounds([["the", "air", "strikes", "went", "on"]], [["airstrikes", "hit", "a", "send-off"]])
    [[['the', 'airstrikes', 'went', 'on']], [['airstrikes', 'hit', 'a', 'send-off']]]
    """
    told = compounds(*versions) if told is None else told
    return [[_closed(seq, told) for seq in version] for version in versions]


def compounds(*versions: list[list[str]]) -> frozenset[str]:
    """The closed forms of the compounds one version writes closed, hyphenated or spaced and another version another
    way (``airstrikes``, ``air strikes``; ``send-off``, ``send off``), to be written closed in all so that the two
    spellings are one word. A compound one version alone writes keeps its spelling, as does one every version writes
    the same ways (copy keeps a spelling with its sentence: there it tells which sentence copies which) and a function
    word (``into``, ``in to``).

    Example
    -------
    >>> sorted(compounds([["air", "strikes"], ["crew", "members"]],
    ...                  [["airstrikes"], ["crewmembers", "crew", "members"]]))
    ['airstrikes', 'crewmembers']
    >>> sorted(compounds([["went", "in", "to"]], [["went", "into"]]))
    []
    """
    spellings = [_spellings(version) for version in versions]
    shared = set.intersection(*(set(found) for found in spellings)) - FUNCTION_WORDS
    return frozenset(key for key in shared if len({frozenset(found[key]) for found in spellings}) > 1)


def compound_at(previous: str | None, word: str, told: frozenset[str]) -> tuple[str, bool]:
    """``word`` as written among the compounds ``told`` (:func:`compounds`), and whether it closes one opened by the
    word before it (``previous``, None at a sentence's start): the two are then one word.

    Example
    -------
    >>> told = frozenset({"airstrikes", "sendoff"})
    >>> compound_at("air", "strikes", told), compound_at(None, "send-off", told), compound_at("the", "send", told)
    (('airstrikes', True), ('sendoff', False), ('send', False))
    """
    if previous is not None and _spaced(previous, word) and previous + word in told:
        return previous + word, True
    return (_compound_key(word), False) if _compound_key(word) in told else (word, False)


def _closed(seq: list[str], told: frozenset[str]) -> list[str]:
    """``seq`` with every word or two words in a row whose closed form is in ``told`` written closed."""
    out: list[str] = []
    for word in seq:
        closed, joins = compound_at(out[-1] if out else None, word, told)
        if joins:
            out[-1] = closed
        else:
            out.append(closed)
    return out


def dice(set_a: frozenset, set_b: frozenset) -> float:
    """Dice coefficient of two sets, ``2 |A & B| / (|A| + |B|)``; 0 when both are empty.

    Example
    -------
    >>> dice(frozenset("ab"), frozenset("bc"))
    0.5
    """
    total = len(set_a) + len(set_b)
    return 2 * len(set_a & set_b) / total if total else 0.0


def sentence_similarity(words_a: Sequence[str], words_b: Sequence[str]) -> float:
    """Similarity of two sentences' words: the larger of their Indel similarity (rewording in place,
    ``2 * LCS / (len_a + len_b)``) and the Dice coefficient of their content words (the same words
    with clauses reordered). A sentence with no word at all (``"..."``, ``"* * *"``) is like nothing.

    Example
    -------
    >>> sentence_similarity(["it", "rained", "hard"], ["hard", "it", "rained"])
    1.0
    >>> sentence_similarity([], [])
    0.0
    """
    if not words_a or not words_b:
        return 0.0
    return max(Indel.normalized_similarity(words_a, words_b), dice(content(words_a), content(words_b)))


def quote_similarity(words_a: Sequence[str], words_b: Sequence[str]) -> float:
    """Similarity of two quotations' lower-cased words, rounded to 3 decimals.

    When both have at least three words, the share of the shorter one's words found in order in the
    other (so a trimmed quotation still matches: words in common over the length of each, the larger);
    shorter quotations must match closely (``2 * common / (len_a + len_b)``). Words in common are
    those of :class:`difflib.SequenceMatcher`'s matching blocks.

    Example
    -------
    >>> quote_similarity(["three", "evil", "forces"], ["the", "three", "evil", "forces", "at", "work"])
    1.0
    >>> quote_similarity(["no"], ["no", "way"])
    0.667
    """
    import difflib

    if not words_a or not words_b:
        return 0.0
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    common = sum(block.size for block in matcher.get_matching_blocks())
    if min(len(words_a), len(words_b)) >= 3:
        return round(max(common / len(words_a), common / len(words_b)), 3)
    return round(2 * common / (len(words_a) + len(words_b)), 3)


def text_ratio(texts: Sequence[str], others: Sequence[str]) -> list[float]:
    """For each text, its best character-level Indel similarity (0..1) to any of ``others``; 0 when none.

    Computed on comparison forms (:func:`newskit.text.typography.canonical`), for all pairs at once by
    rapidfuzz (``fuzz.ratio`` / 100).

    Example
    -------
    >>> text_ratio(["abcd", "xyz", "It’s"], ["abce", "q", "It's"])
    [0.75, 0.0, 1.0]
    """
    if not len(texts) or not len(others):
        return [0.0] * len(texts)
    scores = process.cdist([canonical(t) for t in texts], [canonical(t) for t in others], scorer=fuzz.ratio,
                           dtype=np.float64)
    return [float(x) / 100 for x in scores.max(axis=1)]


def candidate_pairs(words_a: Sequence[Sequence[str]], words_b: Sequence[Sequence[str]], measure=None
                    ) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, similarity)`` of items of A and B that share a content word, scored by ``measure``.

    ``measure`` defaults to :func:`sentence_similarity`. An inverted index of content words gives
    the pairs, so items with nothing in common are never scored, with two exceptions where function
    words alone can make items match: an item with no content word at all (``"It is."``) is paired
    with every item of the other side, and items with at most :data:`FEW_CONTENT_WORDS` content words
    with each other (``"It rained."`` and ``"It poured."``); an item with no word at all (``"..."``,
    a row of asterisks) is paired with nothing: it says nothing to compare. A word found in more than
    :data:`FREQUENT` items of B proposes no pairs, and one found in more than :data:`RARE` proposes
    only items sharing a second word with it (or small ones): in long versions ("said" in every
    third sentence) such words would make the comparison quadratic, and items sharing nothing
    rarer are not the same sentence told twice. Pairs come sorted by ``i`` then ``j``.

    Example
    -------
    >>> a = [words("Police closed the main road"), words("Crowds gathered in the square at dawn")]
    >>> candidate_pairs(a, [words("The main road was closed by police"), words("Shops opened late")])
    [(0, 0, 1.0)]
    """
    sets_a = [content(w) for w in words_a]
    sets_b = [content(w) for w in words_b]
    if measure is None:
        def measure(i, j):
            return max(Indel.normalized_similarity(words_a[i], words_b[j]), dice(sets_a[i], sets_b[j]))
    else:
        given = measure

        def measure(i, j):
            return given(words_a[i], words_b[j])
    index: dict[str, list[int]] = {}
    for j, found in enumerate(sets_b):
        for word in found:
            index.setdefault(word, []).append(j)
    index = {word: found for word, found in index.items() if len(found) <= FREQUENT}
    worded_b, bare_b, short_b = _small_items(words_b, sets_b)
    pairs = []
    for i, found in enumerate(sets_a):
        if not words_a[i]:
            continue
        partners = _partners(found, index, sets_b) if found else worded_b
        if found:
            partners.update(short_b if len(found) <= FEW_CONTENT_WORDS else bare_b)
            partners = sorted(partners)
        pairs += [(i, j, measure(i, j)) for j in partners]
    return pairs


def _small_items(words_b: Sequence[Sequence[str]], sets_b: list[frozenset]) -> tuple[list[int], list[int], list[int]]:
    """The items of B with a word at all, those of them with no content word, and those with at most
    :data:`FEW_CONTENT_WORDS` (see :func:`candidate_pairs`)."""
    worded = [j for j, w in enumerate(words_b) if w]
    return (worded, [j for j in worded if not sets_b[j]],
            [j for j in worded if len(sets_b[j]) <= FEW_CONTENT_WORDS])


def _partners(found: frozenset, index: dict[str, list[int]], sets_b: list[frozenset]) -> set[int]:
    """Items of B sharing with an item of A a word found in at most :data:`RARE` items of B, or two
    words found in at most :data:`FREQUENT`, or one when the two hold few content words between them
    (one word in common cannot make the Dice coefficient of larger sets reach 0.3)."""
    shared: dict[int, int] = {}
    partners: set[int] = set()
    for word in found:
        postings = index.get(word, ())
        if len(postings) <= RARE:
            partners.update(postings)
        for j in postings:
            shared[j] = shared.get(j, 0) + 1
    size = len(found)
    partners.update(j for j, count in shared.items() if count >= 2 or size + len(sets_b[j]) <= 6)
    return partners


def pair_one_to_one(pairs: Iterable[tuple[int, int, float]], threshold: float, tiebreak=None
                    ) -> list[tuple[int, int, float]]:
    """The one-to-one pairing of largest total similarity among ``pairs`` at or above ``threshold``.

    ``pairs`` are ``(i, j, similarity)`` triples; each ``i`` and each ``j`` is used at most once.
    The candidates fall into connected groups (pairs sharing an item); a group where no item has
    two candidates is kept whole, any other is solved by ``scipy.optimize.linear_sum_assignment``.
    ``tiebreak(i, j)``, a number in [0, 1], decides between pairings of equal total (a pairing
    with the larger sum of tiebreaks wins); without it, or tied again, pairs in order win (the
    first of two equal quotations with the first), then the earliest. Returned sorted.

    Example
    -------
    >>> pair_one_to_one([(0, 0, 0.9), (0, 1, 0.8), (1, 0, 0.85)], 0.5)
    [(0, 1, 0.8), (1, 0, 0.85)]
    """
    kept = [(i, j, s) for i, j, s in pairs if s >= threshold]
    group_of = {}
    for number, group in enumerate(linked_groups(((("a", i), ("b", j)) for i, j, _ in kept))):
        for item in group:
            group_of[item] = number
    buckets: dict[int, list] = {}
    for pair in kept:
        buckets.setdefault(group_of[("a", pair[0])], []).append(pair)
    links = []
    for mine in buckets.values():
        if len(mine) == 1:
            links += mine
        else:
            links += _assignment(mine, sorted({p[0] for p in mine}), sorted({p[1] for p in mine}), tiebreak)
    return sorted(links)


SMALL_GROUP = 120
"""A group with at most this many pairings is solved by trying them all."""


def _assignment(pairs, rows, cols, tiebreak) -> list[tuple[int, int, float]]:
    """Optimal pairing of one connected group of candidate pairs."""
    row_at = {r: k for k, r in enumerate(rows)}
    col_at = {c: k for k, c in enumerate(cols)}
    weight = np.zeros((len(rows), len(cols)))
    score = {}
    # a small bonus, below any difference of totals, prefers ties that are better by tiebreak, then in
    # order (first with first), then earlier
    epsilon = 1e-7 / (len(rows) + len(cols))
    for i, j, s in pairs:
        extra = tiebreak(i, j) if tiebreak else 0.0
        r, c = row_at[i], col_at[j]
        order = 1 - (abs(r / len(rows) - c / len(cols)) + (r + c) / (len(rows) + len(cols))) / 2
        weight[row_at[i], col_at[j]] = s + epsilon * (extra + 1e-3 * order)
        score[(i, j)] = s
    chosen = _best_of_few(weight) or _solved(weight)
    found = [(rows[r], cols[c]) for r, c in chosen]
    return [(i, j, score[(i, j)]) for i, j in found if (i, j) in score]


def _best_of_few(weight: np.ndarray) -> list[tuple[int, int]] | None:
    """The pairing of largest total of a small ``weight`` matrix, tried exhaustively; None when the
    matrix is too large for that or the best total is not clearly ahead of the next (then
    :func:`_solved` decides, so a tie is broken as it always was).

    Example
    -------
    >>> _best_of_few(np.array([[0.9, 0.8], [0.85, 0.0]]))
    [(0, 1), (1, 0)]
    """
    rows, cols = weight.shape
    if math.perm(max(rows, cols), min(rows, cols)) > SMALL_GROUP:
        return None
    matrix = weight if rows <= cols else weight.T
    totals = sorted(((sum(matrix[r, c] for r, c in enumerate(picked)), picked)
                     for picked in itertools.permutations(range(matrix.shape[1]), matrix.shape[0])), reverse=True)
    if len(totals) > 1 and totals[0][0] - totals[1][0] < 1e-12:
        return None
    pairs = list(enumerate(totals[0][1]))
    return pairs if rows <= cols else sorted((c, r) for r, c in pairs)


def _solved(weight: np.ndarray) -> list[tuple[int, int]]:
    """The pairing of largest total of ``weight``, by ``scipy.optimize.linear_sum_assignment``."""
    from scipy.optimize import linear_sum_assignment

    return list(zip(*(axis.tolist() for axis in linear_sum_assignment(weight, maximize=True))))


def linked_groups(links: Iterable[Sequence[Hashable]]) -> list[list]:
    """Connected groups of the items that ``links`` join.

    Each link is a sequence of one or more items (a link of one item only makes sure it has a group).
    Groups come in order of their first item's first appearance, items in order of first appearance.
    A union-find in plain Python: linear in the links, and cheap to import.

    Example
    -------
    >>> linked_groups([(1, 2), (3, 4), (2, 3), (5,)])
    [[1, 2, 3, 4], [5]]
    """
    parent: dict = {}

    def root(item):
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for link in links:
        for item in link:
            parent.setdefault(item, item)
        first = root(link[0])
        for item in link[1:]:
            other = root(item)
            if other != first:
                parent[other] = first
    groups: dict = {}
    for item in parent:
        groups.setdefault(root(item), []).append(item)
    return list(groups.values())
