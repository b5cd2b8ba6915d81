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

A text with no invisible character is its own view (both maps are the identity, nothing is copied),
so the rules pay one regular expression search for it.

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
import re
from dataclasses import dataclass, field

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
"""Zero-width characters and the soft hyphen: left out of the visible view."""
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


@dataclass(frozen=True)
class Visible:
    """A raw text and its visible view (see the module docstring); build it with :func:`visible`."""

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
    >>> visible("plain").changed
    False
    """
    if not _INVISIBLE.search(raw):
        return Visible(raw, raw)
    kept = [i for i, ch in enumerate(raw) if ch not in INVISIBLE]
    text = "".join(raw[i] for i in kept)
    bounds = [0, *(kept[k] if text[k].isspace() else kept[k - 1] + 1 for k in range(1, len(kept))), len(raw)]
    return Visible(raw, text, tuple(bounds[-1:] if not kept else bounds), tuple(kept))


def blank(raw: str) -> bool:
    """Whether ``raw`` shows a reader nothing: it is empty or holds only whitespace and invisible characters.

    >>> blank(" \\u200b\\n\\u00ad"), blank("a\\u00ad")
    (True, False)
    """
    return not _INVISIBLE.sub("", raw).strip()


def visible_text(raw: str) -> str:
    """``raw`` as the rules read it: the invisible characters left out.

    Example
    -------
    >>> visible_text("\\u200cZelenskiy")
    'Zelenskiy'
    """
    return _INVISIBLE.sub("", raw) if _INVISIBLE.search(raw) else raw
