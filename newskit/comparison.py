"""Quotations and sources across versions: what each version quotes and cites that the others do not.

The same quotation across versions: matched, and what changed inside the quotation marks.

Quotations (:func:`newskit.quotations.quotes`) of each pair of versions are linked
one to one, the pairing of largest total similarity (:func:`newskit.matching.pair_one_to_one`);
each link gets a ``kind`` (:data:`STATUSES`) and the word changes inside the marks, built on
:func:`newskit.wording.word_diff`. Quotations are compared in their comparison form
(:mod:`newskit.text.typography`): one that differs only in quote marks, apostrophes, dashes or
spaces is identical, never altered.

Example
-------
>>> quote_diff("help quell the unrest", "assist settle unrest")
'[-help quell the-] {+assist settle+} unrest'
"""

from __future__ import annotations

import itertools

import pandas as pd
from rapidfuzz.distance import Indel

from .alignment import align
from .entities import ROLES, attribution_role, entity_names, source_entities
from .matching import candidate_pairs, content_words, linked_groups, pair_one_to_one, quote_similarity
from .quotations import inner_words, quotes
from .quote_marks import names_a_thing
from .sources import attributions
from .speakers import PRONOUNS
from .story import story_table
from .story import sentences as story_sentences
from .text.lexicon import WORDED_DOCUMENTS
from .text.tokens import continues_sentence
from .text.typography import QUOTATION_MARKS, canonical
from .text.visible import visible_text
from .wording import diff_rows

COMPARE_COLUMNS = [
    "version_a", "version_b", "start_a", "end_a", "start_b", "end_b", "text_a", "text_b",
    "speaker_a", "speaker_b", "kind", "similarity", "diff",
]
STATUSES = ("identical", "split", "altered", "trimmed", "extended", "speaker changed", "only in some versions")
"""What became of a quotation in the other version: the same words ("split": printed in parts in one version and
whole in the other, the parts' words together the whole's, :func:`split_links`), words changed, or not found."""


def quote_diff(a: str, b: str) -> str:
    """Word changes between two quotations, as ``[-removed-] {+added+}`` marks over the kept words.

    Built on :func:`newskit.wording.word_diff`.

    Example
    -------
    >>> quote_diff("forces interfering with", "forces that interfere with")
    'forces [-interfering-] {+that interfere+} with'
    """
    out = []
    for op, _, _, _, _, text_a, text_b, _ in diff_rows(a, b):
        old, new = text_a.strip(), text_b.strip()
        if op == "equal":
            out.append(old)
            continue
        out += (["[-" + old + "-]"] if old else []) + (["{+" + new + "+}"] if new else [])
    return " ".join(w for w in out if w)


def _strip_marks(quote: str) -> str:
    """A quotation's words as shown (:func:`visible_text`), without its marks: what :func:`quote_diff` compares."""
    return visible_text(quote).strip().strip(QUOTATION_MARKS).strip()


def _status(a: dict, b: dict, entities: dict | None = None) -> str:
    wa, wb = _quote_words(a["text"]), _quote_words(b["text"])
    if wa == wb:
        return "identical" if same_speaker(a["speaker"], b["speaker"], entities or {}) else "speaker changed"
    joined_a, joined_b = " ".join(wa), " ".join(wb)
    if joined_b in joined_a:
        return "trimmed"
    if joined_a in joined_b:
        return "extended"
    return "altered"


def same_speaker(a: str, b: str, entities: dict[tuple[str, str], str]) -> bool:
    """Whether two quotations' speakers can be one person: one entity (``entities``: (role, form) ->
    entity, as :func:`newskit.entities.entity_names` gives), or one name inside the other, or one
    of them unknown (none found, a pronoun left unresolved, or a document written in lower case, which stands for
    whoever issued it: "letter", "news release").

    Example
    -------
    >>> same_speaker("Trump", "Donald Trump", {}), same_speaker("he", "Putin", {}), same_speaker("Putin", "Trump", {})
    (True, True, False)
    >>> same_speaker("Mr. Lee", "Sam Lee", {("source", "Mr. Lee"): "Sam Lee", ("source", "Sam Lee"): "Sam Lee"})
    True
    >>> same_speaker("Elm Foods", "Elm Foods Packing Systems", {}), same_speaker("Elm Foods", "Oak Foods", {})
    (True, False)
    >>> same_speaker("Jo Lee", "news release", {}), same_speaker("Jo Lee", "Elm Post", {})
    (True, False)
    """
    if any(x.split()[-1:] and x.split()[-1] in WORDED_DOCUMENTS for x in (a, b)):
        return True
    sa, sb = (entities.get(("source", x), x).lower() for x in (a, b))
    if not sa or not sb or sa in PRONOUNS or sb in PRONOUNS or sa == sb:
        return True
    return _words_inside(sa.split(), sb.split()) or _words_inside(sb.split(), sa.split())


def _words_inside(short: list[str], long: list[str]) -> bool:
    """Whether the words ``short`` run, in order and together, inside ``long`` ("Elm Foods" in "Elm Foods Ltd")."""
    return _words_at(short, long) >= 0


def _words_at(short: list[str], long: list[str]) -> int:
    """Where the words ``short`` run, in order and together, inside ``long``; -1 when they do not."""
    return next((k for k in range(len(long) - len(short) + 1) if long[k:k + len(short)] == short), -1)


def _quote_words(text: str) -> list[str]:
    """The lower-cased words of a quotation in its comparison form, read as shown (:func:`visible_text`: a character
    reference a scraper kept is its character, "&#34;No,&#34;" is '"No,"').

    >>> _quote_words("“It’s O&#39;Brien’s,” ")
    ["it's", "o'brien's"]
    """
    return [w.lower() for w in inner_words(canonical(visible_text(text)))]


def match_quotes(rows_a: list[dict], rows_b: list[dict], threshold: float = 0.6, entities: dict | None = None
                 ) -> list[tuple[int, int, float]]:
    """One-to-one links between two versions' quotations: the pairing of largest total similarity.

    Similarity is :func:`newskit.matching.quote_similarity` (the share of the shorter quotation's
    words found in order in the other, so a trimmed quote still matches; quotes of fewer than three
    words must match closely). Only quotations sharing a content word are compared
    (:func:`newskit.matching.candidate_pairs`). Between pairings of equal total, the one whose pairs
    have more words in common in order (Indel similarity) wins: a quotation found whole in both
    versions is paired with itself, not with a longer quotation that contains it. Quotations of fewer than three
    words whose speakers (the rows' ``speaker``, read through ``entities`` as in :func:`same_speaker`) cannot be one
    person are never paired: that is a word or phrase two people put in marks ("horrified"), not one quotation; and
    one of fewer than :data:`SHORT_QUOTE` words is paired only with one holding all its words (:func:`_pairable`).

    Example
    -------
    >>> match_quotes([{"text": "“three evil forces”"}], [{"text": "“three evil forces”"}])
    [(0, 0, 1.0)]
    >>> match_quotes([{"text": "“three evil forces at work”"}, {"text": "“three evil forces”"}],
    ...              [{"text": "“three evil forces”"}, {"text": "“three evil forces at work”"}])
    [(0, 1, 1.0), (1, 0, 1.0)]
    """
    words_a = [_quote_words(row["text"]) for row in rows_a]
    words_b = [_quote_words(row["text"]) for row in rows_b]
    pairs = [(i, j, score) for i, j, score in
             candidate_pairs(words_a, words_b, measure=lambda a, b: _quote_similarity_from(a, b, threshold))
             if _pairable(words_a[i], words_b[j], rows_a[i].get("speaker", ""), rows_b[j].get("speaker", ""),
                          entities or {})]
    return pair_one_to_one(pairs, threshold, tiebreak=lambda i, j: Indel.normalized_similarity(words_a[i], words_b[j]))


SHORT_QUOTE = 5
"""Quotations of fewer words are paired only with one holding all their words in order (:func:`_pairable`)."""

CHANGED_SHARE = 0.8
"""The share of its words a quotation keeps, in order, in one more than twice as long that does not hold it whole,
for the two to be one quotation changed (:func:`_pairable`): a phrase sharing a place's name or a compound with a
longer quotation ("gay rights in Elm County") is not its altered form."""


def _pairable(words_a: list[str], words_b: list[str], speaker_a: str, speaker_b: str,
              entities: dict[tuple[str, str], str]) -> bool:
    """Whether two quotations (their words and speakers) may be paired: when the shorter has fewer than three words,
    only by speakers who can be one person (:func:`same_speaker`: two people's word in marks, "horrified", is not
    one quotation); when the speakers cannot be one person or the other is more than twice as long, and the other does
    not hold all its words in order, only with :data:`CHANGED_SHARE` of them found there (one judge's "on the basis
    of sex" is not another's "change the meaning of sex"); when it has fewer than :data:`SHORT_QUOTE`, only with all
    its words found in order in the other or two content words in common (:func:`~newskit.matching.content_words`:
    "I never know." and "I know everybody asked" make no pair, "destroying how society works" and "ripping apart how
    society works" do); when it has no content word ("This," opening a quotation a cue interrupts), only with the
    very same words.

    Example
    -------
    >>> _pairable(["i", "never", "know"], ["i", "know", "they", "left"], "Jo Lee", "Jo Lee", {})
    False
    >>> _pairable(["horrified"], ["shocked", "horrified"], "Jo Lee", "Al Roe", {})
    False
    >>> _pairable(["in", "the", "port"], ["not", "in", "the", "port"], "Jo Lee", "Al Roe", {})
    True
    >>> _pairable("laws in elm county".split(), "this is a great day for fairness in elm county".split(), "", "", {})
    False
    >>> _pairable(["this"], ["this", "bill", "is", "fair"], "Jo Lee", "Jo Lee", {})
    False
    >>> a, b = "on the basis of sex".split(), "you are changing the meaning of sex".split()
    >>> _pairable(a, b, "Jo Lee", "Al Roe", {}), _pairable(a, b, "Jo Lee", "Lee", {})
    (False, True)
    """
    shorter = min(len(words_a), len(words_b))
    if shorter < 3 and not same_speaker(speaker_a, speaker_b, entities):
        return False
    if not content_words(min(words_a, words_b, key=len)):
        return words_a == words_b  # "“This,” says Lee, “is as good as it gets”": a part with no word of its own
    common = Indel.similarity(words_a, words_b) // 2
    if common == shorter:
        return True
    if common < CHANGED_SHARE * shorter and (2 * shorter < max(len(words_a), len(words_b))
                                             or not same_speaker(speaker_a, speaker_b, entities)):
        return False
    return shorter >= SHORT_QUOTE or len(set(content_words(words_a)) & set(content_words(words_b))) >= 2


def held_parts_apart(rows_a: list[dict], rows_b: list[dict], links: list[tuple[int, int, float]],
                     entities: dict | None = None) -> list[tuple[int, int, float]]:
    """The ``links`` of :func:`match_quotes` less each pair short of identical words whose shorter quotation runs
    whole, its words together, inside another quotation of the other version by a speaker who can be the same
    (:func:`same_speaker`): a part of that one, which :func:`part_links` links it to ("The rocket is looking good." of
    "The weather is fine, the rocket is looking good", not of "the force on the rocket is greatest"); so too when the
    longer one of a pair whose speakers cannot be one person runs so inside another ("They seem well." of Lee's "We
    met. They seem well.", not of Roe's "are well").

    Example
    -------
    >>> a = [{"text": '"The sea is calm, the port is open to all ships, so we sail."'},
    ...      {"text": '"The port is shut to all ships by law."'}]
    >>> b = [{"text": '"The sea is calm."'}, {"text": '"The port is open to all ships."'}]
    >>> links = match_quotes(a, b)
    >>> links, held_parts_apart(a, b, links), part_links(a, b, held_parts_apart(a, b, links))
    ([(0, 0, 1.0), (1, 1, 0.857)], [(0, 0, 1.0)], [(0, 1, 1.0)])
    """
    words = ([_quote_words(row["text"]) for row in rows_a], [_quote_words(row["text"]) for row in rows_b])
    rows = (rows_a, rows_b)
    kept = []
    for link in links:
        side = 0 if len(words[0][link[0]]) <= len(words[1][link[1]]) else 1
        apart = not same_speaker(rows[0][link[0]].get("speaker", ""), rows[1][link[1]].get("speaker", ""),
                                 entities or {})
        held = _held_inside(words, rows, side, link, entities) or apart and _held_inside(words, rows, 1 - side, link,
                                                                                          entities)
        if link[2] >= 1.0 or not held:
            kept.append(link)
    return kept


def _held_inside(words: tuple[list, list], rows: tuple[list, list], side: int, link: tuple[int, int, float],
                 entities: dict | None) -> bool:
    """Whether the quotation of ``link`` on ``side`` (0: a, 1: b) runs whole, its words together, inside a longer
    quotation of the other version than its partner, by a speaker who can be the same (:func:`same_speaker`)."""
    part, partner = link[side], link[1 - side]
    return any(n != partner and len(other) > len(words[side][part]) and _words_inside(words[side][part], other)
               and same_speaker(rows[side][part].get("speaker", ""), rows[1 - side][n].get("speaker", ""),
                                entities or {})
               for n, other in enumerate(words[1 - side]))


def part_links(rows_a: list[dict], rows_b: list[dict], links: list[tuple[int, int, float]], threshold: float = 0.6,
               entities: dict | None = None) -> list[tuple[int, int, float]]:
    """Links for the quotations :func:`match_quotes` left unpaired that are a part of a longer quotation of the other
    version by a speaker who can be the same (a quotation one version splits in two or three, the other prints
    whole): each such part is linked to the quotation holding it best, as :func:`part_score` scores it, the longest
    among equals.

    Example
    -------
    >>> whole = [{"text": '"We will rebuild the town. It will take years. We start today."'}]
    >>> parts = [{"text": '"We will rebuild the town."'}, {"text": '"It will take years."'}]
    >>> links = match_quotes(whole, parts)
    >>> links, part_links(whole, parts, links)
    ([(0, 0, 1.0)], [(0, 1, 1.0)])
    """
    words_a = [_quote_words(row["text"]) for row in rows_a]
    words_b = [_quote_words(row["text"]) for row in rows_b]
    paired_a, paired_b = {i for i, _, _ in links}, {j for _, j, _ in links}
    found = []
    for (mine, rows_mine, paired), (other, rows_other) in (((words_a, rows_a, paired_a), (words_b, rows_b)),
                                                           ((words_b, rows_b, paired_b), (words_a, rows_a))):
        for k in sorted(set(range(len(mine))) - paired):
            holders = [(score, len(other[n]), n) for n in range(len(other))
                       if len(other[n]) > len(mine[k]) and (score := part_score(
                           mine[k], other[n], rows_mine[k].get("speaker", ""), rows_other[n].get("speaker", ""),
                           threshold, entities or {}))]
            if holders:
                score, _, n = max(holders)
                found.append((k, n, score) if mine is words_a else (n, k, score))
    return sorted(found)


def part_score(part: list[str], whole: list[str], speaker_part: str, speaker_whole: str, threshold: float,
               entities: dict[tuple[str, str], str]) -> float:
    """How well the quotation words ``part`` match as a part of the longer quotation ``whole``: for three words or
    more, as :func:`match_quotes` scores and pairs them (0 below ``threshold`` or not :func:`_pairable`) by speakers
    who can be one person (:func:`same_speaker`); for fewer, 1.0 where they run together inside ``whole`` and both
    speakers are named and one entity (a word or two of one person's quotation quoted again: "extremely tiny"),
    else 0.

    Example
    -------
    >>> part_score(["quite", "giddy"], ["i", "feel", "quite", "giddy"], "Jo Lee", "Lee", 0.6, {})
    1.0
    >>> part_score(["quite", "giddy"], ["i", "feel", "quite", "giddy"], "", "Jo Lee", 0.6, {})
    0.0
    """
    if len(part) >= 3:
        score = _quote_similarity_from(part, whole, threshold)
        return score if score >= threshold and same_speaker(speaker_part, speaker_whole, entities) \
            and _pairable(part, whole, speaker_part, speaker_whole, entities) else 0.0
    named = all(s and s.lower() not in PRONOUNS and s.split()[-1] not in WORDED_DOCUMENTS
                for s in (speaker_part, speaker_whole))
    return float(named and _words_inside(part, whole) and same_speaker(speaker_part, speaker_whole, entities))


def _quote_similarity_from(words_a: list[str], words_b: list[str], threshold: float) -> float:
    """:func:`newskit.matching.quote_similarity`, or 0 when even the longest common subsequence
    (which no count of matching blocks exceeds) leaves it below ``threshold``."""
    if not words_a or not words_b:
        return 0.0
    longest = Indel.similarity(words_a, words_b) / 2
    la, lb = len(words_a), len(words_b)
    bound = max(longest / la, longest / lb) if min(la, lb) >= 3 else 2 * longest / (la + lb)
    return quote_similarity(words_a, words_b) if bound >= threshold - 1e-9 else 0.0


def split_links(rows_a: list[dict], rows_b: list[dict], links: list[tuple[int, int, float]]) -> set[tuple[int, int]]:
    """The ``links`` (i, j) between a quotation of one version and the parts of it the other prints apart, in any
    order, whose words together are the whole's ('"We will rebuild. It takes years," she said' against '"We will
    rebuild," she said. "It takes years."', or with "It takes years" quoted first): the same words, split.

    Example
    -------
    >>> whole = [{"text": '"We will rebuild. It takes years."', "start": 0}]
    >>> parts = [{"text": '"It takes years,"', "start": 0}, {"text": '"We will rebuild."', "start": 30}]
    >>> sorted(split_links(whole, parts, [(0, 0, 1.0), (0, 1, 1.0)]))
    [(0, 0), (0, 1)]
    >>> split_links(whole, parts[:1], [(0, 0, 1.0)])
    set()
    """
    found = set()
    for side, (rows_whole, rows_part) in enumerate(((rows_a, rows_b), (rows_b, rows_a))):
        held: dict[int, list[int]] = {}
        for link in links:
            held.setdefault(link[side], []).append(link[1 - side])
        for whole, parts in held.items():
            words = _quote_words(rows_whole[whole]["text"])
            told = {k: _quote_words(rows_part[k]["text"]) for k in parts}
            parts = sorted(parts, key=lambda k: _words_at(told[k], words))
            if len(parts) > 1 and [w for k in parts for w in told[k]] == words:
                found |= {(whole, k) if side == 0 else (k, whole) for k in parts}
    return found


@story_table
def compare_quotes(story) -> pd.DataFrame:
    """The same quotation matched across each pair of versions, with what changed: paired one to one
    (:func:`match_quotes`), then each part of a quotation one version splits and the other prints whole linked to
    the whole (:func:`part_links`). A term no quotation of the other version matches is left out when it names a
    thing (:func:`~newskit.quote_marks.names_a_thing`: a show's title, a word named as a word), as no one's words.

    Columns: version_a, version_b, start_a, end_a, start_b, end_b (offsets into each raw
    text; NA on the side that lacks the quote), text_a, text_b, speaker_a, speaker_b,
    kind (see :data:`STATUSES`: words identical, split in parts in one version, altered, trimmed or extended in b,
    speaker changed, or only in some versions), similarity (0..1), diff (the word changes
    inside the quotation marks, ``[-a-] {+b+}``; empty when none). Sorted by version pair
    (story order), then by position in a, then in b.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": 'He said "we oppose forces interfering with us" today.',
    ...                           "b": 'He said "we oppose forces that interfere with us" today.'})
    >>> compare_quotes(story)[["kind", "diff"]].values.tolist()
    [['altered', 'we oppose forces [-interfering-] {+that interfere+} with us']]
    >>> story = story_from_texts({"a": 'He said "Russia´s plan -- is over" today.',
    ...                           "b": 'He said “Russia’s plan — is over” today.'})
    >>> compare_quotes(story)[["kind", "diff"]].values.tolist()
    [['identical', '']]
    """
    quoted = quotes(story)
    entities = entity_names(story)
    by_version: dict[str, list[dict]] = {v: [] for v in story.ids}
    for row in quoted.to_dict("records"):
        by_version[row["version"]].append(row)
    rows = []
    for va, vb in itertools.combinations(story.ids, 2):
        rows_a, rows_b = by_version[va], by_version[vb]
        links = held_parts_apart(rows_a, rows_b, match_quotes(rows_a, rows_b, entities=entities), entities)
        links += part_links(rows_a, rows_b, links, entities=entities)
        linked_a, linked_b = {i for i, _, _ in links}, {j for _, j, _ in links}
        split = split_links(rows_a, rows_b, links)
        for i, j, score in links:
            a, b = rows_a[i], rows_b[j]
            status = "split" if (i, j) in split else _status(a, b, entities)
            same = status in ("identical", "split")
            diff = "" if same else quote_diff(_strip_marks(a["text"]), _strip_marks(b["text"]))
            rows.append(_pair_row(va, vb, a, b, status, score, diff))
        rows += [_pair_row(va, vb, a, None, "only in some versions", 0.0, "")
                 for i, a in enumerate(rows_a) if i not in linked_a and not _names_a_thing(story, a)]
        rows += [_pair_row(va, vb, None, b, "only in some versions", 0.0, "")
                 for j, b in enumerate(rows_b) if j not in linked_b and not _names_a_thing(story, b)]
    frame = pd.DataFrame(rows, columns=COMPARE_COLUMNS)
    for col in ("start_a", "end_a", "start_b", "end_b"):
        frame[col] = frame[col].astype("Int64")
    order = {v: i for i, v in enumerate(story.ids)}
    key = frame["version_a"].map(order) * 1000 + frame["version_b"].map(order)
    frame = frame.assign(_key=key, _a=frame["start_a"].fillna(10**9), _b=frame["start_b"].fillna(-1))
    return frame.sort_values(["_key", "_a", "_b"]).drop(columns=["_key", "_a", "_b"]).reset_index(drop=True)


def _names_a_thing(story, row: dict) -> bool:
    """Whether a quotation (a row of :func:`quotes`) is a term naming a thing (see :func:`compare_quotes`)."""
    return row["kind"] == "scare" and names_a_thing(story[row["version"]].raw, row)


def _pair_row(va: str, vb: str, a: dict | None, b: dict | None, status: str, score: float, diff: str) -> dict:
    empty = {"start": pd.NA, "end": pd.NA, "text": "", "speaker": ""}
    a, b = a or empty, b or empty
    return {"version_a": va, "version_b": vb, "start_a": a["start"], "end_a": a["end"], "start_b": b["start"],
            "end_b": b["end"], "text_a": a["text"], "text_b": b["text"], "speaker_a": a["speaker"],
            "speaker_b": b["speaker"], "kind": status, "similarity": score, "diff": diff}


SOURCE_COLUMNS = ["source", "source_type", "role", "version", "mentions", "cues", "forms", "versions", "kind"]


@story_table
def compare_sources(story) -> pd.DataFrame:
    """Source-by-version table in long form: who each version cites, how often, with which cues.

    A source is an entity (:func:`newskit.entities.source_entities`): "Donald Trump" in one version
    and "Trump" in another, "The Associated Press" and "AP", are one source, shown under its
    canonical name. Credits (credit lines, bylines, datelines, photo credits) are kept apart from
    the sources cited in body text.

    Columns: source (the entity's canonical name), source_type, role ("source", "view" for a view held:
    "believes", "endorsed", or "credit"),
    version, mentions (0 when the version does not cite the source), cues (distinct cues in
    order of use, joined by ", "), forms (how the version writes the source, joined by "; "),
    versions (how many versions cite the source), kind ("in all versions" or "only in some
    versions"). Sorted by role (sources first), kind (partly cited first), source, then
    version in story order.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Police said it rained.", "b": "Police claimed it rained. Aid groups said so."})
    >>> compare_sources(story).query("version == 'a'")[["source", "mentions", "kind"]].values.tolist()
    [['Aid groups', 0, 'only in some versions'], ['Police', 1, 'in all versions']]
    >>> story = story_from_texts({"a": "Donald Trump said no.", "b": "Trump said no."})
    >>> compare_sources(story)[["source", "version", "forms", "kind"]].values.tolist()
    [['Donald Trump', 'a', 'Donald Trump', 'in all versions'], ['Donald Trump', 'b', 'Trump', 'in all versions']]
    """
    attributed = attributions(story)
    entities = entity_names(story)
    types = source_entities(story).drop_duplicates(["entity", "role"]).set_index(["entity", "role"])["source_type"]
    cited: dict[tuple[str, str], dict[str, list]] = {}
    for form, version, cue, block in zip(attributed["source"], attributed["version"], attributed["cue"],
                                         attributed["block"]):
        role = attribution_role(block, cue)
        mine = cited.setdefault((role, entities[(role, form)]), {}).setdefault(version, [[], []])
        mine[0].append(cue)
        mine[1].append(form)
    rows = []
    for (role, entity), by_version in cited.items():
        for version in story.ids:
            mine, forms = by_version.get(version, [[], []])
            rows.append({"source": entity, "source_type": types[(entity, role)], "role": role, "version": version,
                         "mentions": len(mine), "cues": ", ".join(dict.fromkeys(mine)),
                         "forms": "; ".join(dict.fromkeys(forms)), "versions": len(by_version),
                         "kind": "in all versions" if len(by_version) == len(story.ids) else "only in some versions"})
    frame = pd.DataFrame(rows, columns=SOURCE_COLUMNS)
    order = {v: i for i, v in enumerate(story.ids)}
    frame = frame.assign(_r=frame["role"].map(ROLES.index), _s=frame["kind"].eq("in all versions"),
                         _v=frame["version"].map(order))
    return frame.sort_values(["_r", "_s", "source", "_v"]).drop(columns=["_r", "_s", "_v"]).reset_index(drop=True)


@story_table
def source_table(story) -> pd.DataFrame:
    """Wide source-by-version table: one row per source entity (see :func:`compare_sources`) and role,
    one column of mention counts per version.

    Columns: source, source_type, role ("source" or "credit"), then one column per version.
    Sorted by role (sources first), source_type, then source.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Police said it rained.", "b": "Police claimed it rained."})
    >>> source_table(story).values.tolist()
    [['Police', 'official/institution', 'source', 1, 1]]
    """
    long = compare_sources(story)
    wide = long.pivot_table(index=["source", "source_type", "role"], columns="version", values="mentions",
                            aggfunc="sum")
    wide = wide.reindex(columns=story.ids).reset_index()
    wide.columns.name = None
    wide = wide.assign(_r=wide["role"].map(ROLES.index))
    return wide.sort_values(["_r", "source_type", "source"]).drop(columns="_r").reset_index(drop=True)


@story_table
def cue_changes(story) -> pd.DataFrame:
    """Attributions that changed between linked sentences of two versions.

    Sentences are linked by :func:`newskit.alignment.align`. In each linked pair, an attribution of
    the same source with another cue is a "cue changed" ("said" -> "claimed"); attributions left
    over on both sides are paired in order as "source changed" ("the readout stated" -> "according
    to the reading"); the rest are "source dropped" or "source added". Sources are compared as
    entities (:func:`newskit.entities.source_entities`): "Trump said" -> "Donald Trump said" is no change.

    Columns: version_a, sentence_a, version_b, sentence_b, source_a, cue_a, source_b, cue_b, kind.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Police said the road was shut.", "b": "Police claimed the road was shut."})
    >>> cue_changes(story)[["source_a", "cue_a", "cue_b", "kind"]].values.tolist()
    [['Police', 'said', 'claimed', 'cue changed']]
    """

    attributed = attributions(story)
    alignment = align(story)
    anchor = _continuations(story_sentences(story), alignment)
    body = attributed.dropna(subset=["sentence"])
    entities = entity_names(story)
    by_sentence: dict[tuple[str, int], list[dict]] = {}
    for row in body.to_dict("records"):
        row["entity"] = entities.get(("source", row["source"]), row["source"])
        key = (row["version"], int(row["sentence"]))
        by_sentence.setdefault(anchor.get(key, key), []).append(row)
    rows = []
    for (va, vb), pair in alignment.dropna(subset=["sentence_a", "sentence_b"]).groupby(
            ["version_a", "version_b"], sort=False):
        for group_a, group_b in _linked_groups(pair):
            a = [r for n in group_a for r in by_sentence.get((va, n), [])]
            b = [r for n in group_b for r in by_sentence.get((vb, n), [])]
            base = {"version_a": va, "sentence_a": group_a[0], "version_b": vb, "sentence_b": group_b[0]}
            rows += _group_changes(a, b, base)
    columns = ["version_a", "sentence_a", "version_b", "sentence_b", "source_a", "cue_a", "source_b", "cue_b", "kind"]
    frame = pd.DataFrame(rows, columns=columns).drop_duplicates()
    return frame.astype({"sentence_a": "Int64", "sentence_b": "Int64"}).reset_index(drop=True)


def _linked_groups(pair: pd.DataFrame) -> list[tuple[list[int], list[int]]]:
    """Sentence numbers of a and of b joined by links (merges and splits make groups), in order."""
    links = [(("a", int(sa)), ("b", int(sb))) for sa, sb in zip(pair["sentence_a"], pair["sentence_b"])]
    return sorted((sorted(n for side, n in group if side == "a"), sorted(n for side, n in group if side == "b"))
                  for group in linked_groups(links))


def _group_changes(a: list[dict], b: list[dict], base: dict) -> list[dict]:
    """Changes between the attributions of two linked groups of sentences."""
    rows = []
    for ra in list(a):
        rb = next((x for x in b if x["entity"] == ra["entity"]), None)
        if rb is not None:
            a.remove(ra)
            b.remove(rb)
            if rb["cue"] != ra["cue"]:
                rows.append({**base, **_sides(ra, rb), "kind": "cue changed"})
    for ra, rb in zip(a, b):
        rows.append({**base, **_sides(ra, rb), "kind": "source changed"})
    rows += [{**base, **_sides(ra, None), "kind": "source dropped"} for ra in a[len(b):]]
    rows += [{**base, **_sides(None, rb), "kind": "source added"} for rb in b[len(a):]]
    return rows


def _continuations(sents: pd.DataFrame, alignment: pd.DataFrame) -> dict[tuple[str, int], tuple[str, int]]:
    """Unlinked sentences that continue the one before (they open with a comma or lower case),
    mapped to that sentence: ", according to the reading." belongs to what it attributes."""
    linked = alignment.dropna(subset=["sentence_a", "sentence_b"])
    kept = {(v, int(s)) for v, s in zip(linked["version_a"], linked["sentence_a"])}
    kept |= {(v, int(s)) for v, s in zip(linked["version_b"], linked["sentence_b"])}
    anchor = {}
    for row in sents.itertuples():
        key = (row.version, int(row.sentence))
        if key not in kept and row.sentence > 0 and continues_sentence(row.text):
            anchor[key] = anchor.get((row.version, int(row.sentence) - 1), (row.version, int(row.sentence) - 1))
    return anchor


def _sides(a: dict | None, b: dict | None) -> dict:
    return {"source_a": a["source"] if a else "", "cue_a": a["cue"] if a else "",
            "source_b": b["source"] if b else "", "cue_b": b["cue"] if b else ""}


@story_table
def unmatched_material(story) -> pd.DataFrame:
    """Sentences found in one version only (no link to any other version), with the sources they cite.

    Columns: version, sentence, paragraph, start, end, text, sources (the sources attributed in
    the sentence, joined by "; ", "" when it cites none). Sorted by version then sentence.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "It rained.", "b": "It rained. Officials said roads were shut."})
    >>> unmatched_material(story)[["version", "sources"]].values.tolist()
    [['b', 'Officials']]
    """

    attributed = attributions(story)
    alignment = align(story)
    linked = alignment.dropna(subset=["sentence_a", "sentence_b"])
    kept = set(zip(linked["version_a"], linked["sentence_a"])) | set(zip(linked["version_b"], linked["sentence_b"]))
    sents = story_sentences(story)
    kept |= set(_continuations(sents, alignment))
    alone = sents.loc[[(v, s) not in kept for v, s in zip(sents["version"], sents["sentence"])]] if len(story) > 1 \
        else sents.iloc[0:0]
    cited = attributed.dropna(subset=["sentence"]).groupby(["version", "sentence"])["source"].agg(
        lambda s: "; ".join(dict.fromkeys(s)))
    sources = [cited.get((v, s), "") for v, s in zip(alone["version"], alone["sentence"])]
    frame = alone.assign(sources=sources)[["version", "sentence", "paragraph", "start", "end", "text", "sources"]]
    return frame.reset_index(drop=True)
