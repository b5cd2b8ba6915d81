"""Typography: the one comparison form of text, where the same words typed differently read the same.

Two copies of a story rarely agree on the marks around their words: one has ``Russia’s`` and
``“no”``, another ``Russia's`` and ``"no"``, a third ``Russia´s``; one sets a dash as ``—``, another as
`` -- `` or `` – ``; spaces come as no-break, thin or zero-width characters, ellipses as ``…`` or
``...``. None of that changes what the text says. Every comparison of versions (sentence similarity
and content words, alignment, word changes, quotation comparison) reads texts in their
*comparison form* (:func:`canonical`), where:

- quotation marks and their look-alikes are plain: double marks (``“ ” „ ‟ « » ″ 〝 〞 ＂``, and two single
  marks in a row, as in ``\\`\\`...''``) become ``"``; single marks, apostrophes and their look-alikes
  (``‘ ’ ‚ ‛ ′ ´ ` ʼ ʻ ‹ › ＇``) become ``'``;
- dashes are plain: an em dash (``—``, ``―``, ``--``, any two dashes in a row) or any dash or hyphen set off by a space reads
  as `` - ``; any other dash or hyphen (``‐ ‑ ‒ – − ﹣ －``) as ``-``;
- an ellipsis, ``…`` or three full stops (``...``), reads as ``…``;
- zero-width characters and soft hyphens (U+200B-U+200D, U+2060, U+FEFF, U+00AD) are dropped, a run
  of whitespace of any kind (no-break, thin, narrow, ideographic, tabs, a line break) reads as one
  space, or as a blank line where it holds one (a paragraph break is layout, not typography);
- letters followed by combining accents are composed (Unicode NFC).

Nothing else changes: case, letters, digits and other punctuation stay as typed. The comparison
form is for comparing only; what is shown and every offset refer to the raw text. When a
comparison works on pieces of the comparison form (words of a diff), :func:`comparison_form` gives
the way back: ``bounds[k]`` is the raw offset where the form's ``k``-th character starts, so a
span ``(s, e)`` of the form is ``raw[bounds[s]:bounds[e]]`` (``bounds[0] == 0``, ``bounds[-1] ==
len(raw)``; dropped characters belong to the character after them).

:func:`only_typography` says whether two texts differ in their characters (beyond where lines wrap)
but not in their comparison form: the ``typography`` flag of :func:`newskit.alignment.align`.

Example
-------
>>> canonical("Russia’s “plan” — a ‘deal’…")
'Russia\\'s "plan" - a \\'deal\\'…'
>>> only_typography("Russia's plan -- a deal...", "Russia’s plan — a deal…")
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from .visible import INVISIBLE, visible

DOUBLE_QUOTES = "“”„‟«»″〝〞＂"
"""Double quotation marks and look-alikes read as ``"``."""
QUOTE_MARK = re.compile(r"[\"“”«»„]")
"""A double quotation mark as news copy prints one (straight, curly, guillemet, low-9): the test of whether a line
or a stretch holds quoted words."""
QUOTATION_MARKS = "\"“”„‟«»‘’‚'"
"""Every mark a quotation opens or closes with in news copy, double and single (look-alikes such as primes left
out): what is stripped from a quotation's edges."""
SINGLE_QUOTES = "‘’‚‛′´`ʼʻ‹›＇"
"""Single quotation marks, apostrophes and look-alikes read as ``'``."""
EM_DASHES = "—―﹘"
"""Dashes read as a dash set off by spaces wherever they stand."""
DASHES = "‐‑‒–−﹣－"
"""Dashes and hyphens read as ``-`` (or as a spaced dash when a space sets them off)."""
_ALL_DASHES = rf"{DASHES}{EM_DASHES}\-"
_DASH = rf"(?!-[^\s{_ALL_DASHES}])(?P<lead>\s*)(?P<dash>[{_ALL_DASHES}]+)(?P<trail>\s*)"
_SPECIAL = re.compile(
    rf"(?=[\s.{DOUBLE_QUOTES}{SINGLE_QUOTES}'…{_ALL_DASHES}]|.[\u0300-\u036f])(?:{_DASH}"
    r"|(?P<ellipsis>…|\.\.\.)"
    rf"|(?P<double>[{DOUBLE_QUOTES}]|[{SINGLE_QUOTES}']{{2}})"
    rf"|(?P<single>[{SINGLE_QUOTES}])"
    r"|(?P<space>\s{2,}|[^\S ])"
    r"|(?P<accent>.[\u0300-\u036f]+))"
)
_TRIGGER = re.compile(
    rf"[{DOUBLE_QUOTES}{SINGLE_QUOTES}{DASHES}{EM_DASHES}{INVISIBLE}…\u0300-\u036f]|--|\.\.\.|''|\s-|-\s|[^\S ]|\s\s"
)
"""A quick test for anything the comparison form changes."""
_LAYOUT = re.compile(r"[ \t\r\n]+")


def comparison_form(text: str) -> tuple[str, Sequence[int]]:
    """The comparison form of ``text`` and the way back: ``(form, bounds)``, ``bounds`` holding
    ``len(form) + 1`` raw offsets, so that the form's span ``(s, e)`` stands for ``text[bounds[s]:bounds[e]]``.

    Example
    -------
    >>> form, bounds = comparison_form("a\u00a0 “b”")
    >>> form, list(bounds)
    ('a "b"', [0, 1, 3, 4, 5, 6])
    >>> "a\u00a0 “b”"[bounds[2]:bounds[5]]
    '“b”'
    """
    return _cached_form(text) if len(text) <= CACHED else _form(text)


CACHED = 2000
"""Texts up to this long (sentences, quotations) keep their comparison form for the next comparison."""


@functools.lru_cache(maxsize=8192)
def _cached_form(text: str) -> tuple[str, Sequence[int]]:
    return _form(text)


def _form(text: str) -> tuple[str, Sequence[int]]:
    """:func:`comparison_form`, computed."""
    if not _TRIGGER.search(text):
        return text, range(len(text) + 1)
    shown = visible(text)
    visible_form, back = shown.text, shown.bounds
    if not visible_form and text:  # invisible characters only: one space standing for them
        return " ", (0, len(text))
    pieces: list[str] = []
    ends: list[int] = []  # the offset in ``visible`` where each character of the form ends
    done = 0
    for match in _SPECIAL.finditer(visible_form):
        _append(pieces, ends, visible_form[done:match.start()], done, match.start())
        for start, end, form in _segments(match):
            if form == " " and start == end and pieces and pieces[-1][-1:].isspace():
                continue  # the space set around a dash is there already
            _append(pieces, ends, form, start, end)
        done = match.end()
    _append(pieces, ends, visible_form[done:], done, len(visible_form))
    bounds = [0, *ends]
    bounds[-1] = len(visible_form)
    if back is not None:
        bounds = [back[k] for k in bounds]
    return "".join(pieces), tuple(bounds)


def _append(pieces: list[str], ends: list[int], form: str, start: int, end: int) -> None:
    """Add ``form``, standing for ``text[start:end]``, to the form being built; its k-th character ends
    at raw ``start + k + 1`` (at most ``end``), its last at ``end``."""
    if not form:
        return
    pieces.append(form)
    if len(form) == end - start:
        ends.extend(range(start + 1, end + 1))
        return
    ends.extend(min(start + k + 1, end) for k in range(len(form) - 1))
    ends.append(end)


def _segments(match: re.Match) -> list[tuple[int, int, str]]:
    """Raw spans and what they read as, for one typographic match."""
    start, end, found = match.start(), match.end(), match.group()
    dash = match.group("dash")
    if dash is not None:  # the whitespace around a dash, and the dash
        lead, trail = match.group("lead"), match.group("trail")
        if not (lead or trail or dash[0] in EM_DASHES or len(dash) > 1):
            return [(start, end, "-")]
        return [(start, match.start("dash"), _space(lead) or " "), (match.start("dash"), match.end("dash"), "-"),
                (match.end("dash"), end, _space(trail) or " ")]
    kind = match.lastgroup
    if kind == "ellipsis":
        return [(start, end, "…")]
    if kind == "double":
        return [(start, end, '"')]
    if kind == "single":
        return [(start, end, "'")]
    if kind == "space":
        return [(start, end, _space(found))]
    return [(start, end, unicodedata.normalize("NFC", found))]


def _space(found: str) -> str:
    """What a run of whitespace reads as: a blank line or a space."""
    return "\n\n" if found.count("\n") > 1 else " " if found else ""


def canonical(text: str) -> str:
    """The comparison form of ``text`` (see the module docstring).

    Example
    -------
    >>> canonical("It’s 5–10\u202fkm… away — “far”")
    'It\\'s 5-10 km… away - "far"'
    """
    return comparison_form(text)[0]


def only_typography(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ in their characters, beyond where lines wrap, and only in typography.

    Example
    -------
    >>> only_typography("Russia's plan", "Russia’s plan"), only_typography("It rained.", "It\\nrained.")
    (True, False)
    >>> only_typography("Russia's plan", "Russia’s plans")
    False
    """
    return _LAYOUT.sub(" ", a).strip() != _LAYOUT.sub(" ", b).strip() and same_text(a, b)


def same_text(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one text once typography is set aside (their :func:`canonical` forms, ends
    stripped, are equal).

    Example
    -------
    >>> same_text("Russia's plan -- off.", "Russia’s plan — off. "), same_text("It rained.", "It poured.")
    (True, False)
    """
    return canonical(a).strip() == canonical(b).strip()
