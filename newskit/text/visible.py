"""The visible view of a raw text: what rules read, with the way back to raw offsets.

Scraped pages scatter zero-width characters and soft hyphens (:data:`INVISIBLE`: U+200B-U+200D,
U+2060, U+FEFF, U+00AD) through their words: ``"\\u200cZelenskiy"``, ``"in \\u200bWashington"``. A
reader does not see them, but a regular expression does: ``[A-Z][a-z]+`` no longer matches the name.
Every rule that reads raw text for names, cues, quotations, speakers, bylines or datelines reads
the *visible view* instead: the text with those characters left out. :func:`visible` gives the view
and the offset maps; what the rules find in the view is mapped back, so every offset still points
into the raw text, and every name found is written without the invisible characters.

The maps: ``raw_offset(k)`` is the raw offset of the view's boundary ``k`` (between the view's
characters ``k - 1`` and ``k``). A run of invisible characters belongs to the character after it
(``"in \\u200bWashington"``: the name starts at the ``\\u200b``), unless that character is whitespace
or the run ends the text, when it belongs to the character before it (``"Lee\\u200b said"``: the
name ends after the ``\\u200b``); so a span of non-whitespace characters keeps every invisible
character inside it, and spans that tile the view map to spans that tile the raw text.
``view_offset(i)`` is the way there: the number of visible characters before raw offset ``i``,
so ``view_offset(raw_offset(k)) == k``.

A scraper that kept a page's HTML character references ("O&#39;Brien", "&quot;Not yet,&quot; she said",
"Crime &amp; Courts") shows a reader their characters: the view reads each reference that stands for one character
(:data:`_REFERENCE`) as that character, which belongs to the reference's whole raw span.

A text with no invisible character and no character reference is its own view (both maps are the identity,
nothing is copied), so the rules pay one regular expression search for it.

Example
-------
>>> raw = "Timothy Gardner in \\u200bWashington"
>>> view = visible(raw)
>>> view.text
'Timothy Gardner in Washington'
>>> start = view.text.index("Washington")
>>> view.raw_span(start, start + len("Washington")) == (19, len(raw))
True
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
"""Zero-width characters and the soft hyphen: left out of the visible view."""
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""An HTML character reference left in a scraped text ("&#39;", "&#x27;", "&amp;"): the view reads its character."""
_HIDDEN = re.compile(f"[{INVISIBLE}]|{_REFERENCE.pattern}")


def _units(raw: str) -> list[tuple[int, int, str]]:
    """(raw start, raw end, character) of each character of the view: a raw character, or the one character a
    character reference stands for (a reference standing for none or for several is read as it is written)."""
    units, pos = [], 0
    for match in _HIDDEN.finditer(raw):
        units += [(i, i + 1, raw[i]) for i in range(pos, match.start())]
        shown = html.unescape(match.group()) if match.group()[0] == "&" else ""
        if len(shown) == 1 and shown != match.group():
            units.append((match.start(), match.end(), shown))
        elif shown:
            units += [(i, i + 1, raw[i]) for i in range(match.start(), match.end())]
        pos = match.end()
    return units + [(i, i + 1, raw[i]) for i in range(pos, len(raw))]


@dataclass(frozen=True)
class Visible:
    """A raw text and its visible view (see the module docstring); build it with :func:`visible` (or
    :func:`visible_without`)."""

    raw: str
    text: str
    bounds: tuple[int, ...] | None = field(default=None, repr=False)
    """``bounds[k]`` = ``raw_offset(k)``; None when the text holds no invisible character."""
    kept: tuple[int, ...] = field(default=(), repr=False)
    """The raw offset of each character of the view (empty when the text holds no invisible character)."""

    @property
    def changed(self) -> bool:
        """Whether the view differs from the raw text."""
        return self.bounds is not None

    def raw_offset(self, k: int) -> int:
        """The raw offset of the view's boundary ``k`` (``0 <= k <= len(text)``)."""
        return k if self.bounds is None else self.bounds[k]

    def view_offset(self, i: int) -> int:
        """How many visible characters stand before the raw offset ``i`` (``0 <= i <= len(raw)``)."""
        return i if self.bounds is None else bisect.bisect_left(self.kept, i)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span of the view's span ``(start, end)``."""
        return self.raw_offset(start), self.raw_offset(end)

    def view_span(self, start: int, end: int) -> tuple[int, int]:
        """The view's span of the raw span ``(start, end)``."""
        return self.view_offset(start), self.view_offset(end)


def visible(raw: str) -> Visible:
    """The visible view of ``raw`` (see the module docstring).

    Example
    -------
    >>> view = visible("a\\u200b b\\u200cc\\u00ad")
    >>> view.text, [view.raw_offset(k) for k in range(len(view.text) + 1)]
    ('a bc', [0, 2, 3, 4, 7])
    >>> [view.view_offset(i) for i in range(len(view.raw) + 1)]
    [0, 1, 1, 2, 3, 3, 4, 4]
    >>> visible("plain").changed, visible("Wait&hellp;").changed
    (False, False)
    >>> view = visible("O&#39;Brien &amp; Co")
    >>> view.text, view.raw_span(0, 7), view.raw_span(8, 9)
    ("O'Brien & Co", (0, 11), (12, 17))
    """
    if not _HIDDEN.search(raw):
        return Visible(raw, raw)
    units = _units(raw)
    text = "".join(ch for _, _, ch in units)
    if text == raw:  # only references standing for no character ("&hellp;"): read as written
        return Visible(raw, raw)
    bounds = [0, *(units[k][0] if text[k].isspace() else units[k - 1][1] for k in range(1, len(units))), len(raw)]
    return Visible(raw, text, tuple(bounds[-1:] if not units else bounds), tuple(start for start, _, _ in units))


def visible_without(raw: str, spans: list[tuple[int, int]]) -> Visible:
    """The view of ``raw`` with the characters of ``spans`` left out, as the sourcing pass reads a sentence a site's
    card cuts in two (a boundary after a word maps to the raw offset right after it, one before a word or a space to
    the raw offset of that character).

    Example
    -------
    >>> view = visible_without("Jo Lee CARD said.", [(6, 11)])
    >>> view.text, view.raw_span(0, 6), view.raw_span(7, 12)
    ('Jo Lee said.', (0, 6), (12, 17))
    """
    dropped = {i for start, end in spans for i in range(start, end)}
    kept = [i for i in range(len(raw)) if i not in dropped]
    text = "".join(raw[i] for i in kept)
    bounds = [0, *(kept[k - 1] + 1 if not text[k - 1].isspace() else kept[k] for k in range(1, len(kept))), len(raw)]
    return Visible(raw, text, tuple(bounds[-1:] if not kept else bounds), tuple(kept))


def blank(raw: str) -> bool:
    """Whether ``raw`` shows a reader nothing: it is empty or holds only whitespace and invisible characters (a
    non-breaking space written as a reference, "&nbsp;", is whitespace).

    >>> blank(" \\u200b\\n\\u00ad"), blank("a\\u00ad")
    (True, False)
    """
    return not visible_text(raw).strip()


def visible_text(raw: str) -> str:
    """``raw`` as the rules read it: the invisible characters left out, character references read as their
    characters.

    Example
    -------
    >>> visible_text("\\u200cZelenskiy"), visible_text("O&#39;Brien")
    ('Zelenskiy', "O'Brien")
    """
    return visible(raw).text if _HIDDEN.search(raw) else raw
