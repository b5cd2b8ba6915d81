"""Word-level changes between linked sentences, and the substitutions they add up to.

:func:`word_diff` compares two sentences word by word with :mod:`difflib`; its
operations cover both texts exactly, so either one can be rebuilt from them.
:func:`changes` runs it over every link of :func:`newskit.alignment.align` and adds the
sentences one version dropped or added, with offsets into each version's raw
text; changes that may alter a fact come first. :func:`substitutions` counts
which phrases replaced which. Texts are compared in their comparison form
(:mod:`newskit.text.typography`), so quote marks, apostrophes, dashes, spaces and
ellipses typed differently are no change; offsets and texts stay those of the raw text.

Each change is flagged by what it touches (:data:`FLAGS`, in this order): numbers,
names (capitalised words not opening the sentence), dates and weekdays, negations,
hedges and reporting verbs. A number, name or date the other sentence also holds moved rather than changed, and
raises no flag.

Example
-------
>>> word_diff("Minister Sergei Lavrov spoke.", "Minister Sergey Lavrov spoke.").query("kind != 'equal'")[["text_a", "text_b", "flags"]].values.tolist()
[[' Sergei', ' Sergey', 'name']]
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter

import pandas as pd

from .alignment import align, reworded
from .matching import linked_groups, sentence_similarity
from .story import sentences as story_sentences, story_table
from .text.lexicon import DATE_WORDS as _DATE_WORDS, FUNCTION_WORDS, MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, \
    REPORTING_WORDS as _REPORTING, WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation
from .text.tokens import SPACED_TOKEN as _TOKEN, spaced_tokens as _tokens, words
from .text.typography import canonical, comparison_form

FLAGS = ("number", "name", "date", "negation", "hedge", "reporting")
DIFF_COLUMNS = ["kind", "start_a", "end_a", "start_b", "end_b", "text_a", "text_b", "flags"]
CHANGE_COLUMNS = [
    "version_a", "sentence_a", "version_b", "sentence_b", "link", "kind",
    "start_a", "end_a", "start_b", "end_b", "text_a", "text_b", "flags", "fact",
]
SUBSTITUTION_COLUMNS = ["text_a", "text_b", "count", "pairs", "flags"]

_AMOUNT_WORDS = NUMBER_WORDS | {"percent", "cent"}  # a changed share is a changed number
_NEGATIONS = set("not no never none nobody nothing neither nor without cannot n't nowhere".split())
_HEDGES = set(
    """may might could reportedly allegedly possibly probably likely unlikely apparently seemingly about around
    nearly almost approximately some suggest suggests suggested appear appears appeared seem seems seemed believed
    estimated unconfirmed perhaps""".split()
)
_WORDLIKE = re.compile(r"\w")
_STOPS = frozenset(".?!")
_CLAUSE_EDGES = re.compile(r"^[\s,;:.-]+|[\s,;:.-]+$")


def flags(words: list[str], sentence_start: bool = False, elsewhere: frozenset = frozenset()) -> str:
    """The fact flags the changed ``words`` raise, joined by ";" in :data:`FLAGS` order ("" for none).

    ``sentence_start`` says the first word opens its sentence (so its capital is no name). A word in ``elsewhere``
    (the words of the other version's sentence), or written there in lower case ("Multiple" opening a quotation,
    "multiple" after words put before it), raises no number, name or date flag: it moved, it did not change.

    Example
    -------
    >>> flags(["did", "not", "say", "on", "Monday", "in", "Almaty"])
    'name;date;negation;reporting'
    >>> flags(["did", "not", "say", "on", "Monday", "in", "Almaty"], elsewhere=frozenset({"Monday", "Almaty"}))
    'negation;reporting'
    >>> flags(["Multiple"]), flags(["Multiple"], elsewhere=frozenset({"multiple"}))
    ('name', '')
    """
    found = set()
    for k, word in enumerate(words):
        low = word.lower()
        found |= {flag for flag, listed in (("negation", low in _NEGATIONS or low.endswith("n't")),
                                            ("hedge", low in _HEDGES), ("reporting", low in _REPORTING)) if listed}
        if word not in elsewhere and low not in elsewhere:
            found |= _fact_flags(word, sentence_start if k == 0 else words[k - 1] in _STOPS)
    return ";".join(flag for flag in FLAGS if flag in found)


def _fact_flags(word: str, opens: bool) -> set[str]:
    """The number, name and date flags one changed word raises (``opens``: it opens its sentence, so its capital
    is no name).

    >>> sorted(_fact_flags("Monday", False)), sorted(_fact_flags("The", True)), sorted(_fact_flags("may", False))
    (['date'], [], [])
    """
    low = word.lower()
    found = set()
    if any(ch.isdigit() for ch in word) or low in _AMOUNT_WORDS:
        found.add("number")
    if word[:1].isupper() and not opens and low not in _DATE_WORDS and not _capital_by_rule(word):
        found.add("name")
    if low in _DATE_WORDS and not (low in MONTHS and word == low) or re.fullmatch(r"(1[89]|20)\d\d", word):
        found.add("date")  # a month in lower case is a word ("may", "march"), not a date
    return found


def _capital_by_rule(word: str) -> bool:
    """Whether ``word`` is a function word written with a capital: the pronoun "I" ("I'll"), or one opening a
    quotation ("“They"); no name. A function word in capitals beyond one letter is an abbreviation ("US").

    >>> [_capital_by_rule(w) for w in ("I'll", "They", "US", "Tom")]
    [True, True, False, False]
    """
    return word.split("'")[0].lower() in FUNCTION_WORDS and not (len(word) > 1 and word.isupper())


def word_diff(a: str, b: str) -> pd.DataFrame:
    """Word-level operations turning sentence ``a`` into sentence ``b``.

    Columns: ``kind`` (equal, insert, delete, replace, move), ``start_a, end_a,
    start_b, end_b`` (offsets into ``a`` and ``b``), ``text_a, text_b`` (the spans,
    with the whitespace before each word, so joining ``text_a`` rebuilds ``a``
    exactly and joining ``text_b`` rebuilds ``b``) and ``flags`` (see :func:`flags`;
    "" on equal rows and on a change of case or abbreviation dots alone, "right" -> "RIGHT", "U.S." -> "US").
    Words and punctuation marks are compared exactly, case included, in their comparison form (:mod:`newskit.text.typography`): a change of
    typography alone (``Russia's`` -> ``Russia’s``, ``"`` -> ``“``, ``--`` -> ``—``,
    ``...`` -> ``…``, two spaces or a no-break space -> one space, a line wrapped
    elsewhere) is no change, while every offset and text still refers to the raw
    ``a`` and ``b``. A change of the spacing between words and marks (" ," -> ",",
    a paragraph break made or undone) is an operation of its own. Words deleted in one
    place and inserted unchanged in another are two ``move`` rows: the source (text
    in ``a``, an empty span in ``b``) and the destination (an empty span in ``a``,
    text in ``b``). Equal rows hold the same text on both sides, up to typography.

    Example
    -------
    >>> word_diff("They torched it.", "They set on fire it.")[["kind", "text_a", "text_b"]].values.tolist()
    [['equal', 'They', 'They'], ['replace', ' torched', ' set on fire'], ['equal', ' it.', ' it.']]
    """
    return pd.DataFrame(diff_rows(a, b), columns=DIFF_COLUMNS).astype(
        {c: "int64" for c in ("start_a", "end_a", "start_b", "end_b")}
    )


def diff_rows(a: str, b: str) -> list[list]:
    """The rows of :func:`word_diff` as plain lists (in :data:`DIFF_COLUMNS` order), without a frame.

    Example
    -------
    >>> diff_rows("It rained.", "It poured.")[1]
    ['replace', 2, 9, 2, 9, ' rained', ' poured', '']
    >>> [row[0] for row in diff_rows("Russia's “no”...", 'Russia’s "no"…')]
    ['equal']
    """
    side_a, side_b = _Side(a), _Side(b)
    spans_a, spans_b, keys_a, keys_b = side_a.spans, side_b.spans, side_a.keys, side_b.keys
    rows = []
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows += _equal_rows(side_a, side_b, spans_a[i1:i2], spans_b[j1:j2])
            continue
        start_a = spans_a[i1][0] if i1 < len(spans_a) else len(side_a.form)
        end_a = spans_a[i2 - 1][1] if i2 > i1 else start_a
        start_b = spans_b[j1][0] if j1 < len(spans_b) else len(side_b.form)
        end_b = spans_b[j2 - 1][1] if j2 > j1 else start_b
        changed = "" if _spelling_alone(side_a.form[start_a:end_a], side_b.form[start_b:end_b]) else ";".join(
            sorted(set(flags(keys_a[i1:i2], i1 == 0, side_b.words).split(";")
                       + flags(keys_b[j1:j2], j1 == 0, side_a.words).split(";"))
                   - {"", *(("number",) if _numbers_kept(keys_a[i1:i2], keys_b[j1:j2]) else ())}, key=FLAGS.index)
        )
        rows.append(_raw_row(op, side_a, start_a, end_a, side_b, start_b, end_b, changed))
    rows = _merge_adjacent(rows)
    _mark_moves(rows)
    return rows


_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


def _numbers_kept(words_a: list[str], words_b: list[str]) -> bool:
    """Whether two runs of changed words keep their numbers, so the change raises no number flag: the same numbers in
    the same order ("12mph" -> "12 mph when"), or a lone "one" on one side only, a pronoun or an article ("One said"
    -> "Bamford said", "one man" -> "a man"); a run with no number on either side keeps none.

    >>> _numbers_kept(["12mph"], ["12", "mph", "when"]), _numbers_kept(["3-year-old"], ["4-year-old"])
    (True, False)
    >>> _numbers_kept(["One"], ["Bamford"]), _numbers_kept(["One"], ["Two"])
    (True, False)
    """
    found_a, found_b = _numbers(words_a), _numbers(words_b)
    return bool(found_a) and found_a == found_b or found_a + found_b == ["one"]


def _numbers(words: list[str]) -> list[str]:
    return [n for w in words for n in (_NUMERAL.findall(w) or ([w.lower()] if w.lower() in _AMOUNT_WORDS else []))]


_ABBREVIATION = re.compile(r"(?<!\w)(?:(?:[^\W\d_]\.){2,}|(?:[^\W\d_]\.)+[^\W\d_](?!\w))")
_IN_FULL = {short: full for short in MONTH_ABBREVIATIONS + WEEKDAY_ABBREVIATIONS for full in MONTHS + WEEKDAYS
            if full.startswith(short)}
_SHORT_DAY_OR_MONTH = re.compile(rf"\b({alternation(tuple(_IN_FULL))})\.", re.IGNORECASE)


def _spelling_alone(text_a: str, text_b: str) -> bool:
    """Whether two changed stretches differ in case, in an abbreviation's dots or in a month or weekday written short
    alone ("right" -> "RIGHT", "U.S." -> "US", "Sept." -> "September"), which raises no fact flag.

    >>> _spelling_alone(" right", " RIGHT"), _spelling_alone(" U.S.", " US"), _spelling_alone(" 3.5", " 35")
    (True, True, False)
    >>> _spelling_alone("Sept. 11", "September 11"), _spelling_alone("Sept. 11", "October 11")
    (True, False)
    """
    def key(text: str) -> str:
        text = _SHORT_DAY_OR_MONTH.sub(lambda m: _IN_FULL[m.group(1).lower()], text)
        return " ".join(_ABBREVIATION.sub(lambda m: m.group().replace(".", ""), text).casefold().split())

    return key(text_a) == key(text_b)


class _Side:
    """One text of a diff: its comparison form (:mod:`newskit.text.typography`), the form's tokens and
    their keys (the tokens without their whitespace), and the way back to raw offsets."""

    def __init__(self, raw: str):
        self.raw = raw
        self.form, self.bounds = comparison_form(raw)
        self.spans = _tokens(self.form)
        self.keys = [self.form[s:e].strip() for s, e in self.spans]
        self.words = frozenset(self.keys)


def _raw_row(op: str, side_a: _Side, start_a: int, end_a: int, side_b: _Side, start_b: int, end_b: int,
             flag: str) -> list:
    """A row from offsets into the two comparison forms: offsets and texts of the raw texts."""
    sa, ea = side_a.bounds[start_a], side_a.bounds[end_a]
    sb, eb = side_b.bounds[start_b], side_b.bounds[end_b]
    return [op, sa, ea, sb, eb, side_a.raw[sa:ea], side_b.raw[sb:eb], flag]


def _equal_rows(side_a: _Side, side_b: _Side, spans_a: list, spans_b: list) -> list[list]:
    """Rows for a run of equal tokens, split where the whitespace before a token changed in the comparison
    form (a space made or taken away, a paragraph break; not a run of spaces, a no-break space or a line
    wrapped elsewhere)."""
    form_a, form_b = side_a.form, side_b.form
    pos_a, pos_b = spans_a[0][0], spans_b[0][0]
    end_a, end_b = spans_a[-1][1], spans_b[-1][1]
    if form_a[pos_a:end_a] == form_b[pos_b:end_b]:
        return [_raw_row("equal", side_a, pos_a, end_a, side_b, pos_b, end_b, "")]
    rows = []
    for (sa, ea), (sb, eb) in zip(spans_a, spans_b):
        word_a = sa + len(form_a[sa:ea]) - len(form_a[sa:ea].lstrip())
        word_b = sb + len(form_b[sb:eb]) - len(form_b[sb:eb].lstrip())
        if form_a[sa:word_a] == form_b[sb:word_b]:
            continue
        if sa > pos_a:
            rows.append(_raw_row("equal", side_a, pos_a, sa, side_b, pos_b, sb, ""))
        op = "replace" if word_a > sa and word_b > sb else "delete" if word_a > sa else "insert"
        rows.append(_raw_row(op, side_a, sa, word_a, side_b, sb, word_b, ""))
        pos_a, pos_b = word_a, word_b
    if end_a > pos_a:
        rows.append(_raw_row("equal", side_a, pos_a, end_a, side_b, pos_b, end_b, ""))
    return rows


def _merge_adjacent(rows: list[list]) -> list[list]:
    """Rows with each change of spacing folded into a change right beside it ("X ." -> "Y." is one)."""
    merged: list[list] = []
    for row in rows:
        last = merged[-1] if merged else None
        if last is None or "equal" in (row[0], last[0]):
            merged.append(row)
            continue
        text_a, text_b = last[5] + row[5], last[6] + row[6]
        words_a, words_b = bool(text_a.strip()), bool(text_b.strip())
        op = "delete" if words_a and not words_b else "insert" if words_b and not words_a else "replace"
        found = set(last[7].split(";") + row[7].split(";")) - {""}
        merged[-1] = [op, last[1], row[2], last[3], row[4], text_a, text_b, ";".join(f for f in FLAGS if f in found)]
    return merged


def _mark_moves(rows: list[list]) -> None:
    """Relabel as ``move`` each deletion whose words are inserted unchanged elsewhere, and that insertion; the
    commas, stops and dashes a clause takes or leaves at its ends as it moves do not count ("in May." -> "in May,")."""
    inserted: dict[str, list[int]] = {}
    for k, row in enumerate(rows):
        if row[0] == "insert" and _WORDLIKE.search(row[6]):
            inserted.setdefault(_moved_key(row[6]), []).append(k)
    for row in rows:
        found = inserted.get(_moved_key(row[5])) if row[0] == "delete" else None
        if found:
            rows[found.pop(0)][0] = "move"
            row[0] = "move"


def _moved_key(text: str) -> str:
    """The words of a moved span as compared: comparison form, single spaces, clause marks at its ends left out.

    >>> _moved_key(" in early  May,") == _moved_key("- in early May.")
    True
    """
    return _CLAUSE_EDGES.sub("", " ".join(canonical(text).split()))


@story_table
def changes(story) -> pd.DataFrame:
    """Every word-level change between linked sentences, and every dropped or added sentence.

    Columns: ``version_a, sentence_a, version_b, sentence_b`` (the link; for a
    merged or split group diffed as one, the first sentence of each side),
    ``link`` (the link's kind from :func:`newskit.alignment.align`), ``kind`` (insert,
    delete, replace; and move: a sentence or words that changed place give two rows,
    where they left (text in A, an empty point in B) and where they went (an empty
    point in A, text in B)), ``start_a, end_a, start_b, end_b`` (offsets into the raw
    text of version A and B; an insertion is an empty span where the text went in
    or came out), ``text_a, text_b`` (the changed words, trimmed: both empty for a change
    of spacing alone, which only its offsets show), ``flags`` and
    ``fact`` (True when any flag is raised, save between two sentences told in other words: a link of kind
    paraphrase, or a moved, merged or split sentence or passage whose shorter side keeps less than half its words in
    order (:func:`newskit.alignment.reworded`): their diff says where they differ, not which words an editor changed).
    Sorted by version pair, then changes with ``fact`` first, then position in A and B.

    Changed spacing and punctuation count, inside sentences and between two
    sentences that follow one another in both versions; changed typography alone
    (``Russia's`` -> ``Russia’s``, ``"`` -> ``“``, a no-break space) does not. A merged or split group is diffed as one passage when its sentences follow one
    another in both versions and joining them matches better than any single link.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "He left on Monday.", "b": "He left on Tuesday."})
    >>> changes(story)[["kind", "text_a", "text_b", "flags"]].values.tolist()
    [['replace', 'Monday', 'Tuesday', 'date']]
    """
    sents = story_sentences(story)
    links = align(story)
    spans = {(v, int(n)): (int(s), int(e)) for v, n, s, e in sents[["version", "sentence", "start", "end"]].itertuples(index=False)}
    raws = {v.id: v.raw for v in story.versions}
    rows: list[dict] = []
    for (va, vb), pair in links.groupby(["version_a", "version_b"], sort=False):
        rows += _pair_changes(pair, va, vb, spans, raws)
    frame = pd.DataFrame(rows, columns=CHANGE_COLUMNS)
    frame = frame.astype({"sentence_a": "Int64", "sentence_b": "Int64", "fact": bool})
    order = frame.assign(_rank=~frame["fact"]).sort_values(
        ["version_a", "version_b", "_rank", "start_a", "start_b", "end_a", "end_b"], kind="stable"
    )
    return order[CHANGE_COLUMNS].reset_index(drop=True)


def _pair_changes(pair: pd.DataFrame, va: str, vb: str, spans: dict, raws: dict) -> list[dict]:
    """Changes between two versions from their alignment rows."""
    rows: list[dict] = []
    linked = pair.dropna(subset=["sentence_a", "sentence_b"])
    links = [(int(a), int(b), kind, sim) for a, b, kind, sim in
             zip(linked["sentence_a"], linked["sentence_b"], linked["kind"], linked["similarity"])]
    in_place = [link for link in links if link[2] != "moved"]
    b_of_a = _Partners({a: b for a, b, _, _ in in_place}, spans, vb)
    a_of_b = _Partners({b: a for a, b, _, _ in in_place}, spans, va)
    for group in _groups(links):
        a_nums = sorted({link[0] for link in group})
        b_nums = sorted({link[1] for link in group})
        kind = group[0][2]
        passage_a = _passage(raws[va], [spans[(va, n)] for n in a_nums])
        passage_b = _passage(raws[vb], [spans[(vb, n)] for n in b_nums])
        best_single = max(link[3] for link in group)
        if len(group) > 1 and passage_a and passage_b and _joined_better(raws, va, vb, passage_a, passage_b, best_single):
            units = [(a_nums[0], b_nums[0], passage_a, passage_b)]
        else:
            units = [(na, nb, spans[(va, na)], spans[(vb, nb)]) for na, nb, _, _ in group]
        for na, nb, span_a, span_b in units:
            rows += _unit_changes(va, na, vb, nb, kind, (raws[va], span_a), (raws[vb], span_b), (b_of_a, a_of_b))
    rows += _gaps(in_place, va, vb, spans, raws)
    rows += _whole_sentences(pair, va, vb, spans, raws, b_of_a, a_of_b)
    return rows


_GROUPED = ("moved", "merged", "split")
"""Link kinds the alignment gives whether or not the two sides are told in other words (an edited or identical link
is one sentence edited: :func:`newskit.alignment.reworded` already said no on the same words)."""


def _unit_changes(va, na, vb, nb, kind, side_a: tuple, side_b: tuple, partners: tuple) -> list[dict]:
    """The changes of one linked sentence or passage (``side_a``, ``side_b``: raw text and span): a moved one's two
    move rows, then its word changes, none counting as a fact when the two are told in other words (a paraphrase,
    or :func:`newskit.alignment.reworded`)."""
    (raw_a, (sa, ea)), (raw_b, (sb, eb)) = side_a, side_b
    rows = []
    if kind == "moved":
        came_out, went_in = partners[0].point(na), partners[1].point(nb)
        rows.append(_row(va, na, vb, nb, kind, "move", sa, ea, came_out, came_out, raw_a[sa:ea], "", ""))
        rows.append(_row(va, na, vb, nb, kind, "move", went_in, went_in, sb, eb, "", raw_b[sb:eb], ""))
    changed = _diff_rows(va, na, vb, nb, kind, raw_a, (sa, ea), raw_b, (sb, eb))
    if any(row["fact"] for row in changed) and (
            kind == "paraphrase" or kind in _GROUPED and reworded(words(raw_a[sa:ea]), words(raw_b[sb:eb]))):
        changed = [{**row, "fact": False} for row in changed]
    return rows + changed


def _diff_rows(va, na, vb, nb, kind, raw_a: str, span_a, raw_b: str, span_b) -> list[dict]:
    """The changed rows of :func:`word_diff` between two spans, with offsets into the raw texts."""
    (sa, ea), (sb, eb) = span_a, span_b
    if raw_a[sa:ea] == raw_b[sb:eb]:
        return []
    return [_row(va, na, vb, nb, kind, op, sa + start_a, sa + end_a, sb + start_b, sb + end_b, text_a, text_b, flag)
            for op, start_a, end_a, start_b, end_b, text_a, text_b, flag in diff_rows(raw_a[sa:ea], raw_b[sb:eb])
            if op != "equal"]


def _gaps(in_place: list[tuple], va: str, vb: str, spans: dict, raws: dict) -> list[dict]:
    """Changes in the text between two sentences that follow one another in both versions.

    Whitespace and punctuation outside sentences (a paragraph break made or undone,
    a stray mark) change the text too; they belong to the link of the first sentence.
    Words there are text set aside (a subhead, a caption, a link line: sentences cover
    the article's words), which is no change of the article: such a gap is passed over.
    """
    counts_a = Counter(link[0] for link in in_place)
    counts_b = Counter(link[1] for link in in_place)
    single = {(a, b): kind for a, b, kind, _ in in_place if counts_a[a] == 1 and counts_b[b] == 1}
    rows = []
    for (na, nb), kind in sorted(single.items()):
        if (na + 1, nb + 1) not in single:
            continue
        gap_a = (spans[(va, na)][1], spans[(va, na + 1)][0])
        gap_b = (spans[(vb, nb)][1], spans[(vb, nb + 1)][0])
        text_a, text_b = raws[va][slice(*gap_a)], raws[vb][slice(*gap_b)]
        if text_a != text_b and not _WORDLIKE.search(text_a + text_b):
            rows += _diff_rows(va, na, vb, nb, kind, raws[va], gap_a, raws[vb], gap_b)
    return rows


def _groups(links: list[tuple]) -> list[list[tuple]]:
    """Links ``(a, b, kind, similarity)`` grouped into connected merged/split groups (single links stand
    alone), in order of each group's first link."""
    group_of = {}
    for number, group in enumerate(linked_groups((("a", a), ("b", b)) for a, b, _, _ in links)):
        for item in group:
            group_of[item] = number
    grouped: dict[int, list[tuple]] = {}
    for link in links:
        grouped.setdefault(group_of[("a", link[0])], []).append(link)
    return list(grouped.values())


def _passage(raw: str, parts: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span running over consecutive sentences, or None when anything but whitespace lies between them."""
    parts = sorted(parts)
    for (_, end), (start, _) in zip(parts, parts[1:]):
        if raw[end:start].strip():
            return None
    return parts[0][0], parts[-1][1]


def _joined_better(raws, va, vb, passage_a, passage_b, best_single) -> bool:
    """Whether the joined passages are more alike than the best single link of the group."""
    joined = sentence_similarity(words(raws[va][slice(*passage_a)]), words(raws[vb][slice(*passage_b)]))
    return bool(joined > best_single)


def _whole_sentences(pair: pd.DataFrame, va: str, vb: str, spans: dict, raws: dict, b_of_a, a_of_b
                     ) -> list[dict]:
    """Dropped and added sentences as whole-sentence deletions and insertions.

    The other side's point is placed after the partner of the nearest earlier
    sentence linked in place (``b_of_a``, ``a_of_b``: links that are not moves).
    """
    rows = []
    for r in pair[pair["kind"] == "dropped"].itertuples(index=False):
        na = int(r.sentence_a)
        sa, ea = spans[(va, na)]
        point = b_of_a.point(na)
        rows.append(_row(va, na, vb, pd.NA, "dropped", "delete", sa, ea, point, point, raws[va][sa:ea], "",
                         flags(canonical(raws[va][sa:ea]).split(), True)))
    for r in pair[pair["kind"] == "added"].itertuples(index=False):
        nb = int(r.sentence_b)
        sb, eb = spans[(vb, nb)]
        point = a_of_b.point(nb)
        rows.append(_row(va, pd.NA, vb, nb, "added", "insert", point, point, sb, eb, "", raws[vb][sb:eb],
                         flags(canonical(raws[vb][sb:eb]).split(), True)))
    return rows


class _Partners:
    """In-place partners of one version's sentences in the other, to place insertion points there."""

    def __init__(self, partner: dict[int, int], spans: dict, other: str):
        self.numbers = sorted(partner)
        self.ends = [spans[(other, partner[n])][1] for n in self.numbers]
        firsts = [start for (v, _), (start, _) in spans.items() if v == other]
        self.first = min(firsts) if firsts else 0

    def point(self, number: int) -> int:
        """Offset in the other version after the partner of the nearest earlier linked sentence."""
        k = bisect.bisect_left(self.numbers, number)
        return self.ends[k - 1] if k else self.first


def _row(va, na, vb, nb, link, kind, start_a, end_a, start_b, end_b, text_a, text_b, flag) -> dict:
    """One change row; texts trimmed and whitespace collapsed."""
    return {
        "version_a": va, "sentence_a": na, "version_b": vb, "sentence_b": nb, "link": link, "kind": kind,
        "start_a": start_a, "end_a": end_a, "start_b": start_b, "end_b": end_b,
        "text_a": " ".join(text_a.split()), "text_b": " ".join(text_b.split()), "flags": flag,
        "fact": bool(flag),
    }


@story_table
def substitutions(story) -> pd.DataFrame:
    """Which phrases replaced which across the story, with counts.

    A substitution is a replacement of at most :data:`PHRASE_WORDS` words by at
    most as many, with articles and "that" at its edges trimmed ("the unrest" ->
    "unrest"); case-only changes are left out. Besides the replace operations of
    :func:`changes`, a clause that moved within a sentence is matched to where it
    went, and the replacements inside it count too.

    Columns: ``text_a, text_b`` (the phrase in the earlier and the later version), ``count`` (over every pair of versions), ``pairs``
    (the version pairs, "a>b" joined by ", ") and ``flags``. Sorted by count
    (descending), then ``text_a`` and ``text_b``.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Troops torched it.", "b": "Troops set on fire it."})
    >>> substitutions(story)[["text_a", "text_b", "count"]].values.tolist()
    [['torched', 'set on fire', 1]]
    """
    frame = changes(story)
    links: dict[tuple, list[tuple[str, str, str, str]]] = {}
    for va, vb, na, nb, op, before, after, flag in zip(
            frame["version_a"], frame["version_b"], frame["sentence_a"], frame["sentence_b"], frame["kind"],
            frame["text_a"], frame["text_b"], frame["flags"]):
        if pd.notna(na) and pd.notna(nb):  # dropped and added sentences are no substitutions
            links.setdefault((va, vb, na, nb), []).append((op, before, after, flag))
    rows = []
    for (va, vb, _, _), link in links.items():
        pairs = [(before, after, flag) for op, before, after, flag in link if op == "replace"]
        pairs += _moved_replacements(link)
        for before, after, flag in pairs:
            phrase = _phrase(before, after)
            if phrase:
                rows.append((*phrase, f"{va}>{vb}", flag))
    found = pd.DataFrame(rows, columns=["text_a", "text_b", "pair", "flags"])
    grouped = found.groupby(["text_a", "text_b"], sort=True).agg(
        count=("pair", "size"), pairs=("pair", lambda p: ", ".join(dict.fromkeys(p))), flags=("flags", "first")
    )
    out = grouped.reset_index().sort_values(["count", "text_a", "text_b"], ascending=[False, True, True], kind="stable")
    return out[SUBSTITUTION_COLUMNS].reset_index(drop=True)


_EDGE_WORDS = frozenset({"a", "an", "the", "that"})
PHRASE_WORDS = 6
"""Longest substitution counted, in words on either side (longer replacements are rewrites)."""


def _moved_replacements(link: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str]]:
    """Replacements inside text that was removed in one place of a sentence and added in another
    (``link`` holds the link's changes as ``(op, before, after, flags)``)."""
    removed = [(k, before) for k, (_, before, _, _) in enumerate(link) if before]
    added = [(k, after) for k, (_, _, after, _) in enumerate(link) if after]
    found = []
    for k1, before in removed:
        for k2, after in added:
            if k1 == k2 or not _may_share(before, after):
                continue
            diff = diff_rows(before, after)
            same = sum(len(row[5].split()) for row in diff if row[0] == "equal")
            if same >= 3 and same >= 0.5 * min(len(before.split()), len(after.split())):
                found += [(row[5], row[6], row[7]) for row in diff if row[0] == "replace"]
    return found


def _may_share(before: str, after: str) -> bool:
    """Whether two texts share enough tokens for a moved clause (at least three, and half the shorter
    one's words): the words kept equal by :func:`diff_rows` are never more than the tokens in common."""
    keys_a = Counter(m.group().strip() for m in _TOKEN.finditer(canonical(before)))
    keys_b = Counter(m.group().strip() for m in _TOKEN.finditer(canonical(after)))
    common = sum((keys_a & keys_b).values())
    return common >= 3 and common >= 0.5 * min(len(before.split()), len(after.split()))


def _phrase(before: str, after: str) -> tuple[str, str] | None:
    """The trimmed phrase pair, or None when it is no phrase substitution."""
    sides = []
    for text in (before, after):
        words = text.strip(" ,.;:!?\"“”'‘’()").split()
        trimmed = list(words)
        while trimmed and trimmed[0].lower() in _EDGE_WORDS:
            trimmed.pop(0)
        while trimmed and trimmed[-1].lower() in _EDGE_WORDS:
            trimmed.pop()
        sides.append(trimmed or words)
    a, b = (" ".join(w).strip(" ,.;:!?\"“”'‘’()") for w in sides)
    if not a or not b or a.lower() == b.lower() or max(len(w) for w in sides) > PHRASE_WORDS:
        return None
    return a, b
