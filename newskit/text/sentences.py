"""Sentence segmentation for news text, offline and deterministic.

The splitter is nltk's :class:`~nltk.tokenize.punkt.PunktSentenceTokenizer`
with hand-set parameters instead of a downloaded model: a news abbreviation
list (titles, months, a.m./p.m., U.S., Inc. ...), and an orthographic table
of common function words ("The", "He", "But" ...) that, capitalised after an
abbreviation, an initial or an ellipsis, start a new sentence. Small general
rules cover what Punkt gets wrong on news text:

- a blank line always ends a sentence; a single (hard-wrapped) line break never
  does on its own;
- a title before a name ("Gov.", "Sen.", "Dr.") never ends a sentence, nor does
  "No."/"p." before a number, nor a dotted acronym ("U.S.", "E.U.") before a
  word that does not open a sentence;
- closing quotation marks and brackets after the full stop stay with the
  sentence (Punkt's realignment);
- a "sentence" that opens with a lower-case letter or a closing bracket continues the one before
  it ("Sen. Jo Lee (D-Ill.), the whip, said"): ``"This is great." she said.`` is one sentence. A full stop followed by a
  comma is taken at its word: in the machine-translation artefact ``... from
  causing chaos. , according to the reading.`` the stray ``, according to the
  reading.`` is a sentence of its own, so a comparison shows the sentence the
  translation broke in two;
- a bare list marker ("1.", "a.", "2.)") is never a sentence by itself, and an
  enumerated or bulleted list is cut before each item;
- four dots end a sentence; three do so only before a sentence opener; an ellipsis typed as one
  character (``…``) is read as three dots, so both typings split alike.
- sentences glued with no space after their stop, where a scraper joined paragraphs ("in 2019.The",
  'know.”Police'), are read as if a space stood there, except inside web and e-mail addresses; Punkt then keeps
  abbreviations, titles, initials and decimals whole as usual ("St.Louis", "U.S.Army", "3.5").

Spans are character offsets into the text given, stripped of surrounding
whitespace; together they cover every non-whitespace character.

Example
-------
>>> split_sentences("Gov. Jane Doe arrived at 3 p.m. on Monday. She left.")
['Gov. Jane Doe arrived at 3 p.m. on Monday.', 'She left.']
"""

from __future__ import annotations

import functools
from newskit.text import letters as re
from collections.abc import Sequence

from .lexicon import (
    ABBREVIATIONS_THAT_ARE_WORDS, MONTH_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS,
)
from .tokens import continues_sentence, paragraph_spans
from .visible import INVISIBLE, visible

_TITLES = " ".join(sorted(TITLE_ABBREVIATIONS | {"mt"}))  # "Mt." stands before a name too
_MONTHS = " ".join(m for m in MONTH_ABBREVIATIONS if m not in ABBREVIATIONS_THAT_ARE_WORDS)
_WEEKDAYS = " ".join(d for d in WEEKDAY_ABBREVIATIONS if d not in ABBREVIATIONS_THAT_ARE_WORDS)
# AP state abbreviations; Ill. Mass. Miss. Ore. Wash. are left out: they are also words.
_STATES = (
    "ala ariz ark calif colo conn del fla ga ind kan kans ky la md mich minn mo mont neb nev "
    "okla pa penn tenn va vt wis wyo"
)
_OTHERS = (
    "jr sr st ave blvd rd inc corp co ltd llc bros vs etc al cf approx dept est fig figs vol vols "
    "pp ed eds univ assn intl natl govt ph.d ft oz lb lbs"
)
ABBREVIATIONS = frozenset(" ".join([_TITLES, _MONTHS, _WEEKDAYS, _STATES, _OTHERS]).split())
"""Abbreviation types (lower case, final period dropped) that Punkt does not take for a full stop."""

PREPOSITIVE = frozenset(_TITLES.split())
"""Abbreviations that stand before a name and so never end a sentence."""

BEFORE_NUMBER = frozenset("no nos n° nº p pp vol fig".split())
"""Abbreviations that are not a full stop when a number follows ("No. 10", "p. 55")."""


_BULLET = re.compile(r"(?<!\S)[•◦▪‣⁃●■]")
_MARKER = re.compile(rf"[•◦▪‣⁃●■]?\s*[{INVISIBLE}]*(\d{{1,3}}|\p{{Ll}})(\.\)|\.|\))(?=\s)")
_BARE_MARKER = re.compile(rf"[•◦▪‣⁃●■]?\s*[{INVISIBLE}]*[(\[]?[{INVISIBLE}]*(?:\d{{1,3}}|[\p{{Ll}}\p{{Lu}}]|[ivx]+)(?:\.\)|\.|\)|\])$")
_QUOTED_STOP = re.compile(r"\.[\u201d\"]\s+(\p{Lu}\p{Ll}*)\b")
_ATTACHED_ELLIPSIS = re.compile(r"[^\s.]\.((?:\s\.){3})$")
_GLUED_STOP = re.compile(r"(?:(?!\p{Lu})[^\W_]|[)\]”’])[.?](?=\p{Lu}(?:[^\W\d_]|\s))")
_GLUED_CLOSE = re.compile(r"[.?!]([”’»\"])(?=[\p{Lu}“‘«\"—–])")
_ADDRESS = re.compile(r"[@/]|www\.")


@functools.cache
def _tokenizer():
    """The news Punkt tokenizer, built at the first split: nltk takes a third of a second to import."""
    from .punkt import news_tokenizer

    return news_tokenizer(ABBREVIATIONS, SENTENCE_OPENERS, PREPOSITIVE, BEFORE_NUMBER)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``, in order.

    Spans never overlap, never are empty, hold no surrounding whitespace and
    together cover every non-whitespace character of ``text``.

    Example
    -------
    >>> text = "He met Mr. Smith at 3 p.m. on Jan. 5. \\"It went well.\\" They left."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['He met Mr. Smith at 3 p.m. on Jan. 5.', '"It went well."', 'They left.']
    """
    spans: list[tuple[int, int]] = []
    for start, end in paragraph_spans(text):
        for item_start, item_end in _list_items(text, start, end):
            spans.extend(_item_sentences(text, item_start, item_end))
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings (see :func:`sentence_spans`).

    Example
    -------
    >>> split_sentences("Russia-U.S. relations are tense. Talks start Monday.")
    ['Russia-U.S. relations are tense.', 'Talks start Monday.']
    """
    return [text[start:end] for start, end in sentence_spans(text)]


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a paragraph before each bullet and each next item of an enumeration it opens with."""
    cuts = {start, end}
    cuts.update(m.start() for m in _BULLET.finditer(text, start, end))
    for begin in sorted(cuts):
        cuts.update(_enumeration_cuts(text, begin, end))
    ordered = sorted(cuts)
    return list(zip(ordered, ordered[1:]))


def _enumeration_cuts(text: str, start: int, end: int) -> list[int]:
    """Where the items after the first of an enumeration ("1. ... 2. ...", "a) ... b) ...") begin."""
    first = _MARKER.match(text, start, end) if not text[start:start + 1].isspace() else None
    cuts: list[int] = []
    while first:
        label, style = first.group(1), first.group(2)
        after = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        pattern = rf"(?<=\s)[•◦▪‣⁃●■]?\s*[{INVISIBLE}]*({re.escape(after)})({re.escape(style)})(?=\s)"
        first = re.compile(pattern).search(text, first.end(), end)
        if first:
            cuts.append(first.start())
    return cuts


def _item_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph or list item: Punkt, then the merging rules."""
    chunk, back = _punkt_form(text[start:end])
    spans = [(start + back[s], start + back[e]) for s, e in _tokenizer().span_tokenize(chunk)]
    spans = _cover(text, [_strip(text, s, e) for s, e in spans], start, end)
    merged: list[tuple[int, int]] = []
    for span in (s for s in spans if s[0] < s[1]):
        if merged and _continues(text, merged[-1], span):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return _move_ellipses(text, _split_quoted_abbreviations(text, merged))


def _punkt_form(chunk: str) -> tuple[str, Sequence[int]]:
    """``chunk`` as Punkt should read it, and for each offset of the result the offset in ``chunk``.

    Read in its visible view (:mod:`newskit.text.visible`: pages scatter zero-width characters through
    words, and "the \u200bU.S." must read as "the U.S."), where each ``…`` is written as ``...`` (what Punkt
    knows as an ellipsis; inside it, offsets map to the one after it) and a space is put where sentences are
    glued (:func:`_glued`; the space maps to the offset of the character after it).

    Example
    -------
    >>> _punkt_form("a\u200b…")
    ('a...', [0, 1, 3, 3, 3])
    >>> _punkt_form("It ended.Then")
    ('It ended. Then', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12, 13])
    """
    shown = visible(chunk)
    text, back = shown.text, shown.bounds or range(len(chunk) + 1)
    if "…" in text:
        back = []
        for k, ch in enumerate(shown.text):
            back += [shown.raw_offset(k), shown.raw_offset(k + 1), shown.raw_offset(k + 1)] if ch == "…" else \
                [shown.raw_offset(k)]
        text, back = text.replace("…", "..."), back + [len(chunk)]
    for k in reversed(_glued(text)):
        text, back = f"{text[:k]} {text[k:]}", [*back[:k], back[k], *back[k:]]
    return text, back


def _glued(text: str) -> list[int]:
    """Offsets where a sentence opens right after the end of another, with no space between (copy whose
    paragraphs a scraper joined): after a closing quotation mark that follows a full stop, question or
    exclamation mark and comes before a capital, an opening mark or a dash ('know.”The', 'lost.”“We');
    after a full stop or question mark that follows a lower-case letter, a digit, a closing bracket or
    quotation mark and comes before a capitalised word ('Edmonton.Radek', 'in 2019.The'), unless the word
    is part of a web or e-mail address. Punkt then judges each place as it would with a space there: an
    abbreviation or title stays whole ('St.Louis', 'Mr.Smith'); decimals ('3.5'), numbers ('No.1'), domains
    ('Amazon.com'), initials and acronyms ('J.Smith', 'U.S.Army') are never cut.

    Example
    -------
    >>> _glued('He left.“It ended.”Then she said "no."The end.')
    [19, 38]
    """
    places = [m.end() for m in _GLUED_STOP.finditer(text) if not _ADDRESS.search(_word_at(text, m.end()))]
    for m in _GLUED_CLOSE.finditer(text):
        if m.group(1) != '"' or text.count('"', 0, m.start(1)) % 2:
            places.append(m.end())
    return sorted(set(places))


def _word_at(text: str, k: int) -> str:
    """The run of non-space characters around offset ``k``."""
    start, end = k, k
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _cover(text: str, spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Give what Punkt read past (zero-width characters beside a space) to the sentence after it, or to the
    last sentence at the end; a paragraph of zero-width characters only is one sentence."""
    covered: list[tuple[int, int]] = []
    for first, last in spans:
        gap = _strip(text, covered[-1][1] if covered else start, first)
        covered.append((gap[0] if gap[0] < gap[1] else first, last))
    if not covered:
        return [_strip(text, start, end)]
    covered[-1] = (covered[-1][0], _strip(text, covered[-1][0], end)[1])
    return covered


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to exclude leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _continues(text: str, previous: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether ``span`` goes on with the sentence ``previous`` rather than opening one: after a bare list marker,
    when it opens with a closing bracket (no sentence does: "Sen. Jo Lee (D-Ill.), the whip, said", where "Ill."
    is also a word), or by :func:`~newskit.text.tokens.continues_sentence`.

    Example
    -------
    >>> text = "Sen. Jo Lee (D-Ill.), the whip, said no."
    >>> _continues(text, (0, 19), (19, len(text)))
    True
    """
    if _BARE_MARKER.match(text, previous[0], previous[1]) or text.startswith((")", "]"), span[0]):
        return True
    return continues_sentence(text, span[0], span[1], comma=False)


def _split_quoted_abbreviations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut after an abbreviation closing a quotation when a sentence opener follows ('the U.S." He')."""
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        for match in _QUOTED_STOP.finditer(text, start, end):
            if match.group(1).lower() in SENTENCE_OPENERS:
                cut.append((start, match.start() + 2))
                start = match.start(1)
        cut.append((start, end))
    return cut


def _move_ellipses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give a spaced ellipsis after a full stop ("word. . . . Next") to the next sentence."""
    moved = list(spans)
    for i in range(len(moved) - 1):
        start, end = moved[i]
        match = _ATTACHED_ELLIPSIS.search(text, start, end)
        if match:
            moved[i] = (start, match.start(1))
            moved[i + 1] = (match.start(1) + 1, moved[i + 1][1])
    return moved
