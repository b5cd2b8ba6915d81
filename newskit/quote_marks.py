"""Quotation marks: where each direct quotation is, and of which kind.

Quotation marks are read with a stack, paragraph by paragraph: curly and straight
double quotes, guillemets (« » and the German » «), and single quotes used as
quotation marks, told apart from apostrophes by what stands on either side
("Russia’s", "horses' carrots", "'90s" and scraped copy's "_Artemis II_ ’s" are apostrophes). A quotation left open
at the end of a paragraph continues when the next paragraph opens with a
quotation mark (the news convention for a multi-paragraph quote); otherwise, and
for a closing mark with no opener, a :class:`~newskit.errors.NewskitWarning` is
emitted and the best reading kept (the quote runs to the paragraph end; a stray
closing mark is ignored). Quotes nested inside another are part of it, a curly opening mark inside a
quotation of its kind included (copy that writes inner quotes with double marks: “He wrote “no” twice.”)
unless it opens a sentence (then the quotation before it is read as closed there, except in the paragraph it opened
in: paragraphs run into one line, each re-opened with a mark, are one quotation).
Two apostrophes ('') or two curly single marks (‘‘ ’’, as some copy types a double mark) are read as a
double mark.

Each quotation gets a kind (:data:`KINDS`): ``full`` (the quoted words stand as the statement),
``partial`` (a fragment inside a reported sentence), ``scare`` (a quoted term of
three words or fewer, or a title) or ``multi-paragraph``.

Example
-------
>>> text = "“We will stay.\\n“And we will win,” she said."
>>> [(text[q["start"]:q["end"]], q["continued"]) for q in quote_spans(text, [(0, 14), (15, len(text))])]
[('“We will stay.', True), ('“And we will win,”', True)]
"""

from __future__ import annotations

import re
import warnings

from .cues import QUOTE_CUES
from .errors import NewskitWarning
from .text.lexicon import FUNCTION_WORDS, TITLE_MINOR_WORDS
from .text.tokens import WORD
from .text.typography import QUOTATION_MARKS

KINDS = ("full", "partial", "scare", "multi-paragraph")
"""Kinds of quotation, see the module docstring."""

_OPENERS = {"“": "double", "„": "double", "‟": "double", "«": "guillemet", "‘": "single", "‚": "single"}
_CLOSERS = {"”": "double", "»": "guillemet", "’": "single"}
_DOUBLED = ("''", "‘‘", "’’")
"""Two single marks typed for a double one: two apostrophes, two curly single marks."""
_MARKS = re.compile(rf"{'|'.join(_DOUBLED)}|[{QUOTATION_MARKS}]")
_ELISION = re.compile(r"(?:\d0s|em|til|cause|n|tis|twas)\b", re.IGNORECASE)
_EMPHASIS_END = re.compile(r"\w[_*] ?$")  # a word closed by markdown emphasis: "_Artemis II_ ’s" is a possessive
_POSSESSIVE_S = re.compile(r"s\b")
_OPEN_BEFORE = set("([{—–-/:\"") | set(_OPENERS)
_CURLY_DOUBLE = re.compile("[“”]")
_SCARE_WORDS = 3
_PREDICATE_LEAD = set("""is are was were be been being am has have had will would could should can may might must
as it them him her seemed seems become became remains remained looked sounded felt called calling""".split())
_PHRASE_WORDS = FUNCTION_WORDS - {"the"} | {"without"}  # "the" alone does not make a quoted term a phrase


def _role(text: str, i: int, lo: int, hi: int, width: int = 1) -> str:
    """'open', 'close' or 'inner' (inside a word) for the quotation mark of ``width`` characters at ``text[i]``."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + width] if i + width < hi else " "
    if prev.isalnum() and nxt.isalnum():
        return "inner"
    if prev.isspace() or prev in _OPEN_BEFORE:
        return "open" if not nxt.isspace() else "close"
    return "close"


def _spaced(text: str, i: int, lo: int, hi: int) -> bool:
    """Whether the mark at ``text[i]`` stands between spaces (or a paragraph's edge): copy that sets every mark
    off with spaces (’ " but not the victims, " he said’) gives no side, so a straight mark there opens or closes
    by what is open.

    Example
    -------
    >>> _spaced('he said " but no "', 8, 0, 18), _spaced('he said "no"', 8, 0, 12)
    (True, False)
    """
    return (i == lo or text[i - 1].isspace()) and (i + 1 >= hi or text[i + 1].isspace())


def _opener_role(ch: str, role: str) -> str:
    """Role of an opening-type mark: » reads by position (« » or » «); “ right after a word closes an open
    „ (German „...“) and opens otherwise ("toggle"); the others always open.

    Example
    -------
    >>> _opener_role("“", "close"), _opener_role("“", "open"), _opener_role("„", "close")
    ('toggle', 'open', 'open')
    """
    if ch == "»":
        return role
    return "toggle" if ch == "“" and role == "close" else "open"


def _apostrophe(text: str, i: int, lo: int, role: str) -> bool:
    """Whether the single mark at ``text[i]`` is an apostrophe: inside a word, an elision ("'90s", "'em") or
    the possessive "'s" after a word closed by emphasis marks ("_Artemis II_ ’s").

    Example
    -------
    >>> _apostrophe("the _Ship_ ’s crew", 11, 0, "open"), _apostrophe("he said ’so’", 8, 0, "open")
    (True, False)
    """
    if role == "inner" or (role == "open" and _ELISION.match(text, i + 1)):
        return True
    return bool(_POSSESSIVE_S.match(text, i + 1) and _EMPHASIS_END.search(text, max(lo, i - 3), i))


def _marks(text: str, lo: int, hi: int):
    """(position, family, role) of every quotation mark in ``text[lo:hi]``; apostrophes are left out. Two
    apostrophes or two curly single marks (:data:`_DOUBLED`) are a double mark, at their first character when they
    open, at their second when they close (so that a quotation's offsets take in both).

    Example
    -------
    >>> list(_marks("''No,'' he said.", 0, 16)), list(_marks("‘‘No,’’ he said.", 0, 16))
    ([(0, 'double', 'open'), (6, 'double', 'close')], [(0, 'double', 'open'), (6, 'double', 'close')])
    """
    for match in _MARKS.finditer(text, lo, hi):
        i, ch = match.start(), match.group()
        role = _role(text, i, lo, hi, len(ch))
        if ch in _DOUBLED:
            if role != "inner":
                yield (i, "double", "open") if role == "open" else (i + 1, "double", "close")
        elif ch in "'’‘‚":
            if _apostrophe(text, i, lo, role):
                continue
            if ch in "‘‚" and role != "close":
                role = "open"  # by its shape; after a word it is a closing mark or apostrophe typed the wrong way
            yield i, "single", role
        elif ch in _OPENERS:
            yield i, _OPENERS[ch], _opener_role(ch, role)
        elif ch in _CLOSERS:
            yield i, _CLOSERS[ch], "close" if ch != "»" else role
        else:
            yield i, "double", "toggle" if role == "inner" or _spaced(text, i, lo, hi) else role


def quote_spans(text: str, paragraphs: list[tuple[int, int]], label: str = "text") -> list[dict]:
    """Top-level quotations in ``text`` whose paragraphs are the spans ``paragraphs``.

    Returns dicts with start, end (the quotation marks included), paragraph (index into
    ``paragraphs``) and continued (True for the pieces of a multi-paragraph quote).
    Unbalanced marks emit a :class:`NewskitWarning` naming ``label`` and give a best reading.

    Example
    -------
    >>> text = 'He said "it\\'s fine" and left.'
    >>> [text[q["start"]:q["end"]] for q in quote_spans(text, [(0, len(text))])]
    ['"it\\'s fine"']
    """
    reader = _Reader(text, label)
    carry = False
    for index, (lo, hi) in enumerate(paragraphs):
        stack = reader.paragraph(index, lo, hi, carry)
        nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        carry = reader.paragraph_end(stack, index, lo, hi, nxt, carry)
    for message in reader.messages:
        warnings.warn(message, NewskitWarning, stacklevel=2)
    return reader.found


class _Reader:
    """The quotation-mark stack of :func:`quote_spans`, paragraph by paragraph: quotations found and
    messages about unbalanced marks."""

    def __init__(self, text: str, label: str):
        self.text, self.label = text, label
        self.found: list[dict] = []
        self.messages: list[str] = []
        self.hi = len(text)  # the end of the paragraph being read

    def paragraph(self, index: int, lo: int, hi: int, pending_carry: bool) -> list[tuple[int, str]]:
        """Read the marks of paragraph ``index``; the marks left open at its end."""
        stack: list[tuple[int, str]] = []
        self.hi = hi
        carried_from = pending_carry and first_mark(self.text, lo, hi)
        if pending_carry and _closed_unopened(self.text, lo, hi):
            stack.append((carried_from, "double"))  # the carried quotation resumes with no mark
        for pos, family, role in _marks(self.text, lo, hi):
            if family == "single":
                self._single(stack, pos, role, index, carried_from)
            else:
                self._double(stack, pos, family, role, index, carried_from)
        return stack

    def _single(self, stack: list, pos: int, role: str, index: int, carried_from) -> None:
        top = stack[-1] if stack else None
        if role == "open" and (not top or top[1] != "single"):
            stack.append((pos, "single"))
        elif role == "close" and top and top[1] == "single":
            stack.pop()
            if not stack:
                self.found.append({"start": top[0], "end": pos + 1, "paragraph": index,
                                   "continued": carried_from is not False and top[0] == carried_from})

    def _double(self, stack: list, pos: int, family: str, role: str, index: int, carried_from) -> None:
        """A double mark or guillemet; ``carried_from``: the paragraph's first mark when a quotation of the
        previous paragraph goes on into it, else False."""
        text = self.text
        open_same = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] == family), None)
        closes = role == "close" or (role == "toggle" and open_same is not None)
        if closes and open_same is None:
            self._unopened(stack, pos, family)
            return
        if not closes and stack and stack[-1] == (pos - 1, family):
            return  # an opening mark written twice ("“) opens once
        if closes:
            start = stack[open_same][0]
            del stack[open_same:]
            if not stack:
                self.found.append({"start": start, "end": pos + 1, "paragraph": index,
                                   "continued": carried_from is not False and start == carried_from})
            return
        if open_same == 0 and stack[0][0] != carried_from and self._runs_on(pos):
            return  # paragraphs run into one line, each opening with a mark: the quotation goes on
        if open_same is not None and (text[pos] == '"' or _after_sentence(text, pos)):
            start = stack[open_same][0]  # else a curly opener inside a quotation of its kind nests
            del stack[open_same:]
            self.messages.append(f"{self.label}: quotation opened at offset {start} is opened again at {pos} "
                                 "before it closes; read as closing before the new mark")
            if not stack:
                self.found.append({"start": start, "end": _end_before_space(text, pos), "paragraph": index,
                                   "continued": False})
        stack.append((pos, family))

    def _runs_on(self, pos: int) -> bool:
        """Whether the double mark at ``pos``, inside a quotation, re-opens it: it follows a sentence end and the next
        double mark of the paragraph that opens no sentence closes (or none comes). Not a closing mark typed before
        its space ('... we left. "Lee has since called it "a lapse"': the next mark opens).

        Example
        -------
        >>> reader = _Reader('"We won. "We lost." It ended.', "text")
        >>> reader.hi = 30
        >>> reader._runs_on(9), _Reader('"We won. "Al said "no" later.', "text")._runs_on(9)
        (True, False)
        """
        if not _after_sentence(self.text, pos):
            return False
        for i, family, role in _marks(self.text, pos + 1, self.hi):
            if family == "double" and not (role == "open" and _after_sentence(self.text, i)):
                return role != "open"
        return True

    def _unopened(self, stack: list, pos: int, family: str) -> None:
        """A closing mark with no quotation open: an opener typed the wrong way when a word follows it or
        another ” closes later in the paragraph (no “ between), else ignored."""
        text = self.text
        ahead = _CURLY_DOUBLE.search(text, pos + 1, self.hi)
        if text[pos] == "”" and (text[pos + 1:pos + 2].isalnum() or (ahead and ahead.group() == "”")):
            self.messages.append(f"{self.label}: ” used as an opening mark at offset {pos}")
            stack.append((pos, family))
        else:
            self.messages.append(f"{self.label}: closing quotation mark without an opener at offset {pos}; ignored")

    def paragraph_end(self, stack: list, index: int, lo: int, hi: int, nxt, pending_carry: bool) -> bool:
        """Close what paragraph ``index`` left open; whether a quotation goes on into the next one."""
        text = self.text
        doubles = [(p, f) for p, f in stack if f != "single"]
        if doubles:
            start = doubles[0][0]
            head = first_mark(text, *nxt) if nxt else 0
            carry = bool(nxt) and ((text[head:head + 1] if head < nxt[1] else "") in "\"“„«"
                                   or text.startswith(_DOUBLED, head) or _closed_unopened(text, *nxt))
            if not carry:
                self.messages.append(f"{self.label}: quotation opened at offset {start} is not closed in its "
                                     "paragraph; read as running to the paragraph end")
            self.found.append({"start": start, "end": _end_before_space(text, hi), "paragraph": index,
                               "continued": carry or (pending_carry and start == first_mark(text, lo, hi))})
            return carry
        if stack and stack[0][1] == "single" and nxt and _opens_single(text, *nxt):
            start = stack[0][0]  # a quotation in single marks over paragraphs, each opening with a mark
            self.found.append({"start": start, "end": _end_before_space(text, hi), "paragraph": index,
                               "continued": True})
            return True
        if stack and stack[0][1] == "single" and text[stack[0][0]] == "‘":
            self.messages.append(f"{self.label}: single quotation mark opened at offset {stack[0][0]} is not "
                                 "closed; ignored")
        return False


def _opens_single(text: str, lo: int, hi: int) -> bool:
    """Whether the paragraph ``text[lo:hi]`` opens with a single quotation mark (no apostrophe): the next piece of a
    quotation in single marks left open at the end of the paragraph before.

    Example
    -------
    >>> _opens_single("'We won.' he said.", 0, 18), _opens_single("'90s music", 0, 10), _opens_single("No.", 0, 3)
    (True, False, False)
    """
    head = first_mark(text, lo, hi)
    first = next(_marks(text, head, hi), None)
    return first is not None and first[0] == head and first[1:] == ("single", "open")


def _closed_unopened(text: str, lo: int, hi: int) -> bool:
    """Whether the paragraph ``text[lo:hi]`` opens with no mark and its first double mark closes: the
    later paragraph of a quotation whose writer left out the mark that reopens it.

    Example
    -------
    >>> _closed_unopened("It will pay,” she wrote.", 0, 24), _closed_unopened("It was “fine”.", 0, 14)
    (True, False)
    """
    head = first_mark(text, lo, hi)
    if head >= hi or text[head] in QUOTATION_MARKS:
        return False
    first = next((m for m in _marks(text, lo, hi) if m[1] == "double"), None)
    return first is not None and first[2] == "close" and text[first[0]] in "”’"


def _after_sentence(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` follows the end of a sentence ("... warnings. “However") rather than standing
    inside one.

    Example
    -------
    >>> _after_sentence("It ended. “Then", 10), _after_sentence("It was not “a war", 11)
    (True, False)
    """
    return text[max(0, pos - 3):pos].rstrip()[-1:] in (".", "!", "?", "")


def _end_before_space(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip())`` without copying the text."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def first_mark(text: str, lo: int, hi: int) -> int:
    """Offset of the first character of ``text[lo:hi]`` that is not white space (where a paragraph's
    opening quotation mark would be).

    Example
    -------
    >>> first_mark("  “Yes,” he said.", 0, 17)
    2
    """
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def inner_words(quote: str) -> list[str]:
    """The words of a quotation, marks and punctuation left out.

    Example
    -------
    >>> inner_words("“We won’t go,” he said")
    ['We', 'won’t', 'go', 'he', 'said']
    """
    return WORD.findall(quote)


def _inner(text: str, q: dict) -> str:
    """The text of a quotation (a dict with start and end) inside its marks (two single marks make one:
    :data:`_DOUBLED`)."""
    return _MARK_ENDS.sub("", text[q["start"]:q["end"]]).strip()


_MARK_ENDS = re.compile(rf"^(?:{'|'.join(_DOUBLED)}|.)|(?:{'|'.join(_DOUBLED)}|.)$", flags=re.DOTALL)


def titled(words: list[str]) -> bool:
    """Whether quoted words are written as a title: the first and every word but the short function words
    of titles (:data:`~newskit.text.lexicon.TITLE_MINOR_WORDS`) capitalised (or a number). Not
    :func:`~newskit.text.tokens.title_case`, which reads a sentence or headline of four words or more and lets
    one word stay lower case: a work's title can be one or two words ("Hard Choices") and has none.

    Example
    -------
    >>> titled(["The", "Lead", "with", "Jake", "Tapper"]), titled(["if", "we", "do", "not", "win"]), titled(["Trainwreck"])
    (True, False, True)
    """
    return all(not w[0].islower() or (k and w.lower() in TITLE_MINOR_WORDS) for k, w in enumerate(words))


def opens_statement(text: str, q: dict, sent_start: int) -> bool:
    """Whether a quotation (a dict with start and end) stands as the statement: it opens its sentence
    (which starts at ``sent_start``) or follows ":" / "," / a cue, and is a sentence or clause of its own
    (closing punctuation inside, or more than a few words). A title of two words or more (:func:`titled`)
    stands as the statement only where it opens its sentence: after a comma it names a work ("her memoir,
    “Hard Choices,”"), as after a cue ("told “Fox News Sunday.”"). In a sentence written in title case (a
    headline: "Smith: ‘We Will Win’") capitals tell nothing.

    Example
    -------
    >>> text = 'He said: “We will stay.”'
    >>> opens_statement(text, {"start": 9, "end": len(text)}, 0)
    True
    >>> text = 'She wrote a memoir, “Hard Choices,” in 2014.'
    >>> opens_statement(text, {"start": 20, "end": 35}, 0)
    False
    """
    before = text[sent_start:q["start"]].rstrip()
    cue = QUOTE_CUES.search(before[-20:])
    words = inner_words(text[q["start"]:q["end"]])
    opening = not re.search(r"\w", before)
    written_as_title = len(words) >= 2 and titled(words)
    title = written_as_title and not titled(inner_words(before))  # a headline capitalises every word
    at_start = opening or (not title and (before.endswith((":", ",")) or bool(cue and cue.end() == len(before[-20:]))))
    return at_start and (bool(re.search(r"[.,!?…]$", _inner(text, q)))
                         or (len(words) > _SCARE_WORDS and not written_as_title))


def _phrase_like(text: str, q: dict) -> bool:
    """Whether a short quoted fragment reads as someone's words rather than a term: it follows a copula,
    auxiliary or "as" ("were "absurd"", "described it as "cowardly""), or holds a function word or a
    verb or adverb ending ("unworkable and unfair", "deeply regrets", "repelled an attack")."""
    before = WORD.findall(text[max(0, q["start"] - 30):q["start"]])
    if before and before[-1].lower() in _PREDICATE_LEAD:
        return True
    return _clause_words(text, q)


def _clause_words(text: str, q: dict) -> bool:
    """Whether a quotation holds a function word or a verb or adverb ending ("unworkable and unfair",
    "deeply regrets")."""
    words = [w.lower() for w in inner_words(text[q["start"]:q["end"]])]
    return any(w in _PHRASE_WORDS or (len(w) > 4 and w.endswith(("ed", "ing", "ly"))) for w in words)


_NAMING_BEFORE = re.compile(r"\b(?:(?:is|are|was|were|be|been|being|so)[\s-]+called|dubbed|named|nicknamed|titled|entitled|label(?:l?ed)|branded|"
                            r"marked|known\s+as|referred\s+to\s+as|spel(?:led|lt|ls)|serv(?:e|es|ed|ing)\s+as|"
                            r"such\s+(?:a\s+)?thing\s+as|(?:the|a)\s+(?:words?|term|phrase|name|label)|"
                            r"definition\s+of|meanings?\s+of(?:\s+the\s+words?)?|"
                            r"(?:declared|listed|classified|registered)\s+as|(?:charges?|counts?|offen[cs]es?)\s+of|"
                            r"statutes?\s+(?:covering|on|against))"
                            r"(?:\s+(?:it|them|him|her|this|the|a|an|its|their))?\s*[,:]?\s*$", re.IGNORECASE)
_SLOGAN_BEFORE = re.compile(r"\b(?:(?i:slogan|motto|tagline|catchphrase)|song|single|album|track|lyrics?)\s*[,:]?\s*$")
"""A slogan's or a song's label just before a quotation ("coined the slogan: “...”", "the firm's motto, “...”", "her
new single, “...”", "the lyric “...”"): the quotation is the slogan, title or lyric, a term, even when it reads as a
statement; a song's words in lower case only ("Dr. Jo Song “was wrong”" is a name)."""
_LABELS_BEFORE = re.compile(
    r"\b(?:(?:approach|policy|strategy|doctrine|mantra)\s+of|(?:medals?|awards?|prizes?)\s+for"
    r"|(?:masquerad(?:ed|es|ing)|pos(?:ed|es|ing)|(?:styl|bill)(?:ed|ing)\s+(?:him|her|it|them)sel(?:f|ves))\s+as"
    r"(?:\s+(?:the|an?|his|her|its|their))?(?:\s+[\w-]+['’]s)?"
    r"|(?:titled|entitled)\s+[^“”\"()\n]{1,60}\()\s*$", re.IGNORECASE)
"""A label naming the quotation after it as a thing, no one's words there: an approach or policy "of" it ("an
approach of “hugs, not fists”"), a medal or prize "for" it, a title someone poses or styles himself "as" ("posed as
the town's “true mayor”"), a title's translation in brackets after it ("a book titled Oye, Elm! (“Listen,
Elm!”)")."""
_CONSIDERED_BEFORE = re.compile(r"\bwhat\s+(?:[\w.'’-]+\s+){1,4}?consider(?:s|ed)?(?:\s+(?:to\s+be|as))?"
                                r"(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)
"""What someone "considers" the quotation, up to two words between ("what he considers much-needed “...”"): the
writer's label for a view, a term."""
_DISPLAYS = r"(?:signs?|placards?|banners?|posters?|billboards?|t-shirts?|stickers?)"
"""The things that display words (pattern text): signs, placards, banners ..."""
_DISPLAYED_BEFORE = re.compile(rf"\b{_DISPLAYS}\b"
                               r"[^.!?“”\"\n]{0,80}\b(?:messages?|slogans?|words|legends?)"
                               r"(?:\s+(?:such\s+as|like|reading))?\s*[,:]?\s*$", re.IGNORECASE)
"""What a sign, placard or banner displays, named as its message or slogan just before a quotation ("held signs with
messages such as “...”", "carried banners with slogans such as “...”", "a placard displayed the message, “...”"): the
quotation is the words shown, a term, not someone's speech."""
_NAMING_AFTER = re.compile(r"\s*(?:policy|policies|law|laws|act|bill|rule|rules|doctrine|programme|program|campaign|"
                           r"initiative|slogan|label|tag|brand|category|sector|term|phrase|nickname|name|title|"
                           r"application|domain|scandal|era|movement|petition|department|affair|strategy|plot|scheme|"
                           r"theory|citizenship|grants?|gestures?|poses?|displays?|salutes?)\b|s\b"
                           r"|(?:\s+\w+)?\s*,\s+(?:a|an|the)\s+(?:category|term|word|phrase|name|kind|type|label)\b",
                           re.IGNORECASE)

_SHOWN_AFTER = re.compile(rf"[ \t]+(?:{_DISPLAYS}|formulas?|principles?)\b")
"""A noun after a quotation whose words it shows or states ("a “Trees need us” banner", "under a “one town, one
rule” formula"): the quotation names the thing, a term."""

_LINK_TITLE = re.compile(r"\]\([^\s()]+[ \t]+$")
"""A link's address before a quotation: the quotation is the title of a markdown link ("[text](/page "Title")")."""
_LISTED = re.compile(r"([”\"])[ \t]*,?[ \t]*(?:(?:and|or)[ \t]+)?$")
"""A quotation closed just before another, a comma or "and" / "or" between: the two are items of one list."""


def _listed_after_term(text: str, q: dict) -> bool:
    """Whether a quotation (a dict with start and end) follows, as the next item of a list, a quotation that names
    a term (:func:`names_a_term`): "charges of “theft,” “fraud” and “arson”".

    Example
    -------
    >>> text = 'on charges of “theft,” “fraud” and “arson”.'
    >>> _listed_after_term(text, {"start": 35, "end": 42}), _listed_after_term(text, {"start": 14, "end": 22})
    (True, False)
    """
    close = _LISTED.search(text, max(0, q["start"] - 12), q["start"])
    if not close:
        return False
    mark = close.start(1)
    opening = text.rfind("“" if text[mark] == "”" else '"', max(0, mark - 120), mark)
    before = {"start": opening, "end": mark + 1}
    return opening >= 0 and (names_a_term(text, before) or _labelled_term(text, before))


def _labelled_term(text: str, q: dict) -> bool:
    """Whether a label just before a quotation (a dict with start and end) names it as a slogan, a song's words
    (:data:`_SLOGAN_BEFORE`), a thing (:data:`_LABELS_BEFORE`), what someone considers it (:data:`_CONSIDERED_BEFORE`)
    or the message a sign or banner displays (:data:`_DISPLAYED_BEFORE`).

    Example
    -------
    >>> text = 'Marchers held placards with messages such as “Trees need us.”'
    >>> _labelled_term(text, {"start": 45, "end": len(text)})
    True
    >>> _labelled_term('He said: “Trees need us.”', {"start": 9, "end": 25})
    False
    >>> _labelled_term('He vowed an approach of “hugs, not fists.”', {"start": 24, "end": 42})
    True
    >>> _labelled_term('Aides, who say it is late, back what she considers much-needed “deep reform.”', {"start": 63,
    ...                                                                                               "end": 77})
    True
    """
    return bool(_SLOGAN_BEFORE.search(text, max(0, q["start"] - 40), q["start"])
                or _LABELS_BEFORE.search(text, max(0, q["start"] - 80), q["start"])
                or _CONSIDERED_BEFORE.search(text, max(0, q["start"] - 80), q["start"])
                or _DISPLAYED_BEFORE.search(text, max(0, q["start"] - 120), q["start"]))


def names_a_term(text: str, q: dict) -> bool:
    """Whether a quotation (a dict with start and end) is used as a name rather than as someone's words: a
    naming word stands before it ("called “scum villages”", "known as “food loss”", "the words “share”", a word
    "spelled", a post to "serve as") or
    a naming noun after it ("the “don’t ask, don’t tell” policy", "the “.amazon” application", "the “fake
    electors” plot", "“birthright” citizenship", "the “Elm for All” grants", "“hands off” gestures", "“slow” food, a
    category", "a “Trees need us” banner"), it is a
    noun phrase after "the" ("the “pause”", "the “Facebook self”"), or it is a domain, tag or handle
    (“.com”, “#MeToo”).

    Example
    -------
    >>> text = 'He ended the “stay home” policy.'
    >>> names_a_term(text, {"start": 13, "end": 24})
    True
    >>> names_a_term('He said it was “stay home”.', {"start": 15, "end": 26})
    False
    >>> names_a_term('They hung a “Trees need us now” banner.', {"start": 12, "end": 31})
    True
    >>> names_a_term('It spelled “dud”.', {"start": 11, "end": 16})
    True
    >>> names_a_term('He made “hands off, we stay” gestures.', {"start": 8, "end": 28})
    True
    """
    inner = _inner(text, q)
    if re.match(r"[.#@]\w", inner):
        return True  # “.com”, “#MeToo”
    before = text[max(0, q["start"] - 40):q["start"]]
    if re.search(r"\bthe\s*$", before, re.IGNORECASE) and not _clause_words(text, q):
        return True
    after = _NAMING_AFTER.match(text, q["end"]) or _SHOWN_AFTER.match(text, q["end"])
    return bool(_NAMING_BEFORE.search(before) or after
                or _LINK_TITLE.search(text, max(0, q["start"] - 300), q["start"]) or _listed_after_term(text, q))


def names_a_thing(text: str, q: dict) -> bool:
    """Whether a quotation (a dict with start and end) names a thing rather than giving anyone's words: a title of
    two words or more (:func:`titled`: a show, a book, a group) or a term a naming word or noun marks
    (:func:`names_a_term`).

    Example
    -------
    >>> text = 'Lee said on “Morning Elm Hour” that the word “gadzooks” was “not fine.”'
    >>> [names_a_thing(text, q) for q in ({"start": 11, "end": 30}, {"start": 44, "end": 54}, {"start": 59, "end": 70})]
    [True, True, False]
    """
    words = inner_words(text[q["start"]:q["end"]])
    return (len(words) >= 2 and titled(words)) or names_a_term(text, q)


_LINE_LEAD = re.compile(r"(?:^|\n)[^\S\n]*(?:[-*•–—]{1,2}[^\S\n]*)?$")
"""Nothing but a bullet or a dash between a line's start and a quotation."""
_LINE_TAIL = re.compile(r"[^\S\n]*(?:\([^()\n]{1,60}\)[^\S\n]*)?(?:\n|$)")
"""Nothing but a source in brackets between a quotation and its line's end: "(The Elm Times)"."""


def listed_title(text: str, q: dict) -> bool:
    """Whether a quotation (a dict with start and end) is the title of a story listed on a line of its own, as live
    blogs list links: four words or more written as a title (:func:`titled`), nothing else on the line but a bullet
    or a dash before it and its outlet in brackets after it.

    Example
    -------
    >>> text = '-- “Elm Voters Back The New Bridge.” (The Elm Times)\\n“We Will Build It,” Lee said.'
    >>> listed_title(text, {"start": 3, "end": 36}), listed_title(text, {"start": 53, "end": 71})
    (True, False)
    """
    words = inner_words(text[q["start"]:q["end"]])
    return len(words) >= 4 and titled(words) and bool(_LINE_LEAD.search(text, 0, q["start"])) \
        and bool(_LINE_TAIL.match(text, q["end"]))


_VOTE_BEFORE = re.compile(r"\bvot(?:e|es|ed|ing)\s*$", re.IGNORECASE)
_VOTE_AFTER = re.compile(r"\s+(?:vote|votes|voters|side|camp|campaign)\b", re.IGNORECASE)


def _ballot_answer(text: str, q: dict) -> bool:
    """Whether a quotation (a dict with start and end) is a ballot's "yes" or "no" that a vote is cast for or named by
    (:data:`_VOTE_BEFORE`, :data:`_VOTE_AFTER`): a term, not anyone's answer.

    >>> text = 'The “no” vote led, with a third voting “yes.” “No,” he said.'
    >>> [_ballot_answer(text, {"start": s, "end": e}) for s, e in ((4, 8), (39, 45), (46, 51))]
    [True, True, False]
    """
    if _inner(text, q).strip(" .,!").lower() not in ("yes", "no"):
        return False
    return bool(_VOTE_BEFORE.search(text, max(0, q["start"] - 20), q["start"]) or _VOTE_AFTER.match(text, q["end"]))


def quote_kind(text: str, q: dict, sent_start: int, cued: bool) -> str:
    """full, partial, scare or multi-paragraph (see :data:`KINDS`) for the quotation ``q`` (a dict with
    start, end and continued) whose sentence starts at ``sent_start``; ``cued``: a speaker cue is attached; a slogan
    named as one or a sign's message (:func:`_labelled_term`) or a ballot's answer (:func:`_ballot_answer`) is a term,
    scare.

    Example
    -------
    >>> text = 'It was called “the plan”.'
    >>> quote_kind(text, {"start": 14, "end": 24, "continued": False}, 0, False)
    'scare'
    """
    if q["continued"]:
        return "multi-paragraph"
    if _labelled_term(text, q) or _listed_after_term(text, q) or listed_title(text, q) or _ballot_answer(text, q):
        return "scare"
    if opens_statement(text, q, sent_start):
        return "full"
    words = inner_words(text[q["start"]:q["end"]])
    if titled(words) or names_a_term(text, q) or (len(words) <= _SCARE_WORDS and not cued):
        return "scare"
    return "partial"


