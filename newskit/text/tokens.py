"""Words, tokens with their offsets, paragraphs, and the test of a sentence that goes on from the one before.

Every tokeniser of newskit's own reads words with :data:`WORD`: letters and digits, joined by an apostrophe,
a full stop or a hyphen inside them ("don't", "U.S", "Russia-led"). readability keeps textstat's own word
count on purpose (:func:`newskit.lexical.textstat_words`), so its indices stay textstat's.

- :func:`words`: the lower-cased words of a text, what sentences are matched on;
- :func:`tokens`: words and punctuation marks with their offsets, a title's full stop kept ("Dr.");
- :func:`spaced_tokens`: spans that tile a text, each a word or mark with the whitespace before it;
- :func:`paragraph_spans`: the stretches between blank lines;
- :func:`continues_sentence`: whether a piece of text goes on with the sentence before it;
- :func:`unaccented`: a word case-folded with its accents dropped, how names are looked up and compared.

Offsets are into the text given: ``text[start:end]`` is the token.

Example
-------
>>> text = "Gov. Jo Doe said: it's over."
>>> [(t, text[s:e] == t) for t, s, e in tokens(text)][:4]
[('Gov.', True), ('Jo', True), ('Doe', True), ('said', True)]
>>> words(text)
['gov', 'jo', 'doe', 'said', "it's", 'over']
"""

from __future__ import annotations

from newskit.text import letters as re
import unicodedata
from functools import lru_cache

from .lexicon import FUNCTION_WORDS, GENERATIONAL_SUFFIXES, PLACE_ABBREVIATIONS, SENTENCE_OPENERS, \
    TITLE_ABBREVIATIONS
from .typography import canonical

WORD = re.compile(r"\w+(?:['’.-]\w+)*")
"""A word: letters and digits, joined by an apostrophe, full stop or hyphen inside it."""

LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters alone (no digit, no underscore): the words a paragraph's share buttons or language are read on."""

SPACED_TOKEN = re.compile(rf"\s*(?:{WORD.pattern}|[^\w\s])|\s+$")
"""A word or a punctuation mark with the whitespace before it (or the whitespace ending a text)."""

MONEY = re.compile(r"[$€£]\s?(\d(?:[\d,.]*\d)?)(?:\s+(million|billion|trillion)\b)?", re.IGNORECASE)
"""A sum of money written with a currency sign: ``$84,000``, ``£3.5 million``."""

BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
"""A paragraph break: a line with nothing but whitespace, and the whitespace after it."""

_TOKEN = re.compile(r"\p{Lu}\p{Ll}+- \p{Lu}\p{Ll}+|(?:\p{Lu}\.)+|[^\W_](?:[\w'’.-]*[^\W_])?\.?|[^\w\s]")
_OPENING = re.compile(r"[^\w,;:]*(?:([^\W\d_])|[,;:])")


def words(text: str) -> list[str]:
    """Lower-cased words (:data:`WORD`) of ``text`` in its comparison form
    (:func:`newskit.text.typography.canonical`), the units sentences are compared on.

    Example
    -------
    >>> words("China’s Russia‑led plan, it said.")
    ["china's", 'russia-led', 'plan', 'it', 'said']
    """
    return WORD.findall(canonical(text).lower())


STEM = 5
"""Letters a content word keeps when sentences are compared on rare words (truncation stemming)."""


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A content word folded as names are (:func:`unaccented`) and cut to :data:`STEM` letters, for comparing words
    across wordings; a letter of its own is kept, not dropped ("Søren" is "søren", "Łódź" is "łodz"). A root
    shorter than that keeps no ``-ing`` or ``-ed`` (:func:`_short_root`): "zoom", "zooming" and "zoomed" are one stem.

    Example
    -------
    >>> stem("legislative") == stem("legislature"), stem("Peña"), stem("Søren"), stem("Łódź")
    (True, 'pena', 'søren', 'łodz')
    >>> stem("zooming") == stem("zoom") == stem("zoomed"), stem("cropping"), stem("planned"), stem("speed")
    (True, 'crop', 'plan', 'speed')
    """
    folded = unaccented(word)
    return (_short_root(folded) or folded)[:STEM]


_ENDINGS = {"ing": (), "ed": ("e",)}
"""Endings that a root of fewer than :data:`STEM` letters sheds (:func:`_short_root`), each with the last letters
of a word that it does not end (``agreed``, ``speed``); a longer root loses them when the word is cut to :data:`STEM`
letters. A plural or third-person ``s`` is kept: ``means`` and ``mean`` (an average) stay apart."""


def _short_root(word: str) -> str | None:
    """The root of a word made of a short root and an ending (:data:`_ENDINGS`), a doubled last consonant made
    single (``cropping``: ``crop``; not an ``s``, ``l``, ``f`` or ``z``: ``missed``, ``calling``): four letters, or
    three once undoubled (``hitting``); None for any other word (``speed``, ``agreed``, ``looks``, ``spring``).

    Example
    -------
    >>> [_short_root(w) for w in ("zooming", "landed", "shopping", "agreed", "bring")]
    ['zoom', 'land', 'shop', None, None]
    """
    for ending, kept in _ENDINGS.items():
        root = word[:-len(ending)]
        if not word.endswith(ending) or (kept and root.endswith(kept)):
            continue
        doubled = len(root) >= 4 and root[-1] == root[-2] and root[-1] not in "aeiouyslfz"
        root = root[:-1] if doubled else root
        return root if len(root) == 4 or (doubled and len(root) == 3) else None
    return None


def unaccented(word: str) -> str:
    """``word`` case-folded, its accents dropped (Unicode NFKD, combining marks removed), the form names are
    looked up in word lists and compared in: "Ângela" is "angela". A letter of its own that is no base letter
    with an accent stays ("Søren", "Łukasz": ø and ł are not o and l written with a mark).

    Example
    -------
    >>> unaccented("Ângela"), unaccented("ZOË"), unaccented("Søren")
    ('angela', 'zoe', 'søren')
    """
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(ch))


def sums(text: str) -> frozenset[str]:
    """The sums of money (:data:`MONEY`) a text names, as figures without separators.

    Example
    -------
    >>> sorted(sums("He paid $84,000, then £3.5 million; 84,000 people came."))
    ['3.5 million', '84000']
    """
    return frozenset(" ".join(filter(None, (m.group(1).replace(",", ""), (m.group(2) or "").lower())))
                     for m in MONEY.finditer(text))


HASHTAG = re.compile(r"(?<![\w#&])#(\w*[^\W\d_]\w*)")
"""A hashtag: ``#`` and a word holding a letter, not inside a word (``#vote2024``, not ``No.#4`` or ``&#39;``)."""


def hashtags(text: str) -> frozenset[str]:
    """The hashtags (:data:`HASHTAG`) a text writes, lower-cased, without their ``#``.

    Example
    -------
    >>> sorted(hashtags("Stay safe! #FloodWatch #1 and #floodwatch again"))
    ['floodwatch']
    """
    return frozenset(m.group(1).casefold() for m in HASHTAG.finditer(text))


def _place_abbreviation(text: str, match) -> bool:
    """Whether the word ``match`` is "St.", "Ft." or "Mt." opening a place's name: a capitalised word follows that is
    no sentence's usual opener (lexicon ``SENTENCE_OPENERS``), so the stop ends no sentence ("St. Elm", not "Elm St.
    The").

    >>> [t for t, _, _ in tokens("Former St. Elm chief. Main St. The end.")][:3]
    ['Former', 'St.', 'Elm']
    >>> [t for t, _, _ in tokens("Main St. The end.")][:3]
    ['Main', 'St', '.']
    """
    after = _CAPITAL_NEXT.match(text, match.end())
    word = match.group()
    return word[:-1] in PLACE_ABBREVIATIONS and word.endswith(".") and bool(after) \
        and after.group(1).lower() not in SENTENCE_OPENERS


_CAPITAL_NEXT = re.compile(r"[^\S\n]+(\p{Lu}[\w'’-]*)")


def _suffix_in_sentence(text: str, match) -> bool:
    """Whether the word ``match`` is a name's suffix with its full stop (:data:`GENERATIONAL_SUFFIXES`: "Jr.") that a
    lower-case word follows, so the stop ends no sentence."""
    return match.group()[:-1].lower() in GENERATIONAL_SUFFIXES and bool(_LOWER_NEXT.match(text, match.end()))


_LOWER_NEXT = re.compile(r"\s+\p{Ll}")


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens of ``text[start:end]`` with their offsets into ``text``.

    Initials and acronyms keep their full stops ("C.", "U.S."), as does a title before a name
    (:data:`~newskit.text.lexicon.TITLE_ABBREVIATIONS`: "Dr.") and a suffix after one that no sentence ends with
    ("Jo Lee Jr. said"), and a place's "St.", "Ft." or "Mt." before a capitalised word that opens no sentence ("St.
    Elm County": :func:`_place_abbreviation`); a word line-wrapped at its hyphen ("Jean- Pierre") is one token. Any
    other full stop is a token of its own.

    Example
    -------
    >>> [t for t, _, _ in tokens("Dr. Heather C. Briccetti said.")]
    ['Dr.', 'Heather', 'C.', 'Briccetti', 'said', '.']
    >>> [t for t, _, _ in tokens("Jo Lee Jr. said it to Al Roe Jr.")]
    ['Jo', 'Lee', 'Jr.', 'said', 'it', 'to', 'Al', 'Roe', 'Jr', '.']
    """
    end = len(text) if end is None else end
    out = []
    for match in _TOKEN.finditer(text, start, end):
        word, s, e = match.group(), match.start(), match.end()
        if len(word) > 2 and word.endswith(".") and word[:-1].lower() not in TITLE_ABBREVIATIONS \
                and "." not in word[:-1] and not _suffix_in_sentence(text, match) \
                and not _place_abbreviation(text, match):
            out += [(word[:-1], s, e - 1), (".", e - 1, e)]
        else:
            out.append((word, s, e))
    return out


def spaced_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the tokens of ``text``, each a word or punctuation mark with the whitespace before it
    (:data:`SPACED_TOKEN`); together they tile the text, so joining them gives it back.

    Example
    -------
    >>> text = "It rained , hard."
    >>> [text[s:e] for s, e in spaced_tokens(text)]
    ['It', ' rained', ' ,', ' hard', '.']
    """
    spans = [m.span() for m in SPACED_TOKEN.finditer(text)]
    if sum(end - start for start, end in spans) != len(text):  # pragma: no cover - the pattern covers every character
        raise AssertionError("tokens do not cover the text")
    return spans


def paragraph_spans(text: str, breaks: re.Pattern = BLANK_LINE) -> list[tuple[int, int]]:
    """Spans of the stretches of ``text`` between the matches of ``breaks`` (blank lines), in order;
    whitespace at either end of a stretch is kept, and an empty text is one empty stretch.

    Example
    -------
    >>> text = "One.\\n\\nTwo.\\n \\nThree."
    >>> [text[s:e] for s, e in paragraph_spans(text)]
    ['One.', 'Two.', 'Three.']
    """
    spans, start = [], 0
    for match in breaks.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def continues_sentence(text: str, start: int = 0, end: int | None = None, *, comma: bool = True) -> bool:
    """Whether ``text[start:end]`` goes on with the sentence before it rather than opening one: its first
    letter, after any quotation marks, brackets, dashes or dots, is lower case ("she said.", "... and
    then"); with ``comma``, also when it opens with a comma, semicolon or colon (", according to the
    reading."). The sentence splitter reads a full stop before a comma as written (``comma=False``),
    so that a translation's stray ", according to ..." stays a sentence of its own; alignment and
    comparison then join it to the sentence it belongs to (``comma=True``).

    Example
    -------
    >>> continues_sentence('" she said.'), continues_sentence("It rained."), continues_sentence("élan.")
    (True, False, True)
    >>> continues_sentence(", according to the reading."), continues_sentence(", according to it.", comma=False)
    (True, False)
    """
    opening = _OPENING.match(text, start, len(text) if end is None else end)
    if not opening:
        return False
    letter = opening.group(1)
    return letter.islower() if letter else comma


def title_case(text: str, lower: int = 1) -> bool:
    """Whether ``text`` is written in title case: four or more words, and all but at most ``lower`` of those that
    are not function words (nor a dash or other mark alone) open with a capital letter or a digit.

    Example
    -------
    >>> title_case("Trump's Solution? A Free-For-All For Both The 'Good And Bad'"), title_case("He left. It rained.")
    (True, False)
    >>> title_case("Rebels seize Port As Talks Stall"), title_case("Rebels seize Port As Talks Stall", lower=0)
    (True, False)
    >>> title_case("Backing Ada Vance? –", lower=0)
    True
    """
    parts = [w.strip("'‘’\"“”()[]") for w in text.split()]
    content = [w for w in parts if any(c.isalnum() for c in w) and w.lower() not in FUNCTION_WORDS]
    lowered = sum(not (w[0].isupper() or w[0].isdigit()) for w in content)
    return len(parts) >= 4 and len(content) >= 3 and lowered <= lower
