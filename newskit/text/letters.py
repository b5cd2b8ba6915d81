r"""Regular expressions that read letters by Unicode category: the standard :mod:`re`, imported as ``re`` by the
modules whose patterns write ``\p{Lu}`` (an upper-case letter: A, É, Ł, Ø, Ş) or ``\p{Ll}`` (a lower-case one),
which ``re`` alone refuses; here each is written out as the character class it stands for (the letters of that
category in the Basic Multilingual Plane) before ``re`` compiles the pattern, so that "Émilie Dubois" or "ÁNGEL
CASTRO" is read as a name, and everything else is ``re`` itself (same engine, same speed once compiled).

Example
-------
>>> from newskit.text import letters as re
>>> re.findall(r"\p{Lu}[\w'-]*", "Émilie Dubois met Łukasz and ÁNGEL in Łódź")
['Émilie', 'Dubois', 'Łukasz', 'ÁNGEL', 'Łódź']
>>> bool(re.match(r"[\p{Ll}-]+$", "é-a")), bool(re.match(r"\p{Lu}", "é"))
(True, False)
"""

import functools
import re as _re
import unicodedata
from re import *  # noqa: F401,F403  (flags, Match, Pattern, error, escape: the module stands in for re)

_PROPERTY = _re.compile(r"\\p\{(Lu|Ll)\}")


def _letters() -> dict[str, str]:
    """Category -> the body of a character class holding its letters (ranges where they run on)."""
    codes: dict[str, list[int]] = {"Lu": [], "Ll": []}
    for code in range(0x10000):
        codes.get(unicodedata.category(chr(code)), []).append(code)
    bodies = {}
    for category, found in codes.items():
        runs = []
        for code in found:
            if runs and runs[-1][1] == code - 1:
                runs[-1][1] = code
            else:
                runs.append([code, code])
        bodies[category] = "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)
    return bodies


LETTERS = _letters()


def expand(pattern):
    r"""``pattern`` with ``\p{Lu}`` and ``\p{Ll}`` written out for ``re`` (a bytes pattern or a compiled one as given).

    >>> expand(r"[\w\p{Lu}-]").startswith(r"[\wA-Z"), expand(r"\p{Ll}+ly").startswith("[a-z")
    (True, True)
    """
    if not isinstance(pattern, str) or "\\p{" not in pattern:
        return pattern
    out, at, inside = [], 0, False
    while at < len(pattern):
        char = pattern[at]
        found = _PROPERTY.match(pattern, at) if char == "\\" else None
        if found:
            body = LETTERS[found.group(1)]
            out.append(body if inside else f"[{body}]")
            at = found.end()
            continue
        step = 2 if char == "\\" else 1
        if char == "[" and not inside:
            inside = True
            step += len(_re.match(r"\^?\]?", pattern[at + 1:at + 3]).group())
        elif char == "]" and inside:
            inside = False
        out.append(pattern[at:at + step])
        at += step
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def compile(pattern, flags=0):  # noqa: A001 (stands in for re.compile)
    """:func:`re.compile` of the :func:`expand` ed pattern."""
    return _re.compile(expand(pattern), flags)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


try:  # the parser of re's own patterns: read by needed_words
    from re import _constants as _codes
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _codes
    import sre_parse as _parser

FOLD = {**{code: code + 32 for code in range(ord("A"), ord("Z") + 1)}, 0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
""":meth:`str.translate` table folding a text for :func:`needed_words`: ASCII capitals to lower case, and the four
letters ``re`` takes for an ASCII one when it ignores case (İ and ı for i, ſ for s, the Kelvin sign for k)."""
_REPEATS = (_codes.MAX_REPEAT, _codes.MIN_REPEAT, getattr(_codes, "POSSESSIVE_REPEAT", _codes.MAX_REPEAT))


def needed_words(pattern: Pattern) -> tuple[str, ...]:
    """Runs of ASCII characters, one of which every text the compiled ``pattern`` finds holds once folded
    (``text.translate(FOLD)``, whether or not the pattern ignores case): a cheap test that spares the search of
    a text holding none; ``("",)``, which every text holds, for a pattern that needs no such run.

    >>> needed_words(compile(r"\\b(?:via|by) Reuters\\b|REUTERS/", IGNORECASE))
    (' reuters', 'reuters/')
    >>> needed_words(compile(r"^\\W*(?:share|follow)s?\\b")), needed_words(compile(r"\\p{Lu}\\w+"))
    (('follow', 'share'), ('',))
    >>> needed_words(compile(r"^(?=.*\\((?:left|right)\\))\\p{Lu}")), needed_words(compile(r"^(?!.*said)\\p{Lu}"))
    (('left', 'right'), ('',))
    """
    return _sequence(_parser.parse(pattern.pattern, pattern.flags)) or ("",)


def _sequence(items) -> tuple[str, ...] | None:
    """The best choice of runs a sequence of parsed items needs (the longest shortest run), or None."""
    choices, run = [], ""
    for code, argument in items:
        if code is _codes.LITERAL and argument < 128:
            run += chr(argument).lower()
            continue
        choices += [(run,) if run else None, _item(code, argument)]
        run = ""
    choices = [choice for choice in [*choices, (run,) if run else None] if choice]
    return max(choices, key=lambda choice: (min(map(len, choice)), -len(choice)), default=None)


def _item(code, argument) -> tuple[str, ...] | None:
    """The runs one parsed item needs: a group's, a lookahead's or lookbehind's (what it looks for is in the text, as
    a group's is), a repeat's taken at least once, or one of each branch's."""
    if code is _codes.SUBPATTERN:
        return _sequence(argument[-1])
    if code is _codes.ASSERT:
        return _sequence(argument[1])
    if code in _REPEATS and argument[0] >= 1:
        return _sequence(argument[2])
    if code is _codes.BRANCH:
        branches = [_sequence(branch) for branch in argument[1]]
        return None if None in branches else tuple(sorted({run for runs in branches for run in runs}))
    return None


def run_finder(runs):
    """A function giving the ``runs`` a text holds (those ``run in text`` is true for), read in one pass over the text
    whatever their number: a pattern writing each beginning the runs share once (a tree of their characters) finds at
    each place the longest run starting there, and the runs that one begins with are held too.

    >>> held = run_finder(["rain", "rainfall", "fall", "all", "snow"])
    >>> sorted(held("the rainfall")), held("dry")
    (['all', 'fall', 'rain', 'rainfall'], set())
    """
    runs = set(runs) - {""}
    pattern = _re.compile(f"(?=({word_tree(runs)}))")
    openings = {run: tuple(run[:n] for n in range(1, len(run) + 1) if run[:n] in runs) for run in runs}
    openings[""] = ()  # what the pattern of no run finds
    return lambda text: {run for longest in set(pattern.findall(text)) for run in openings[longest]}


def word_tree(words, flexible_space: bool = False) -> str:
    """A pattern finding any of ``words``, taken literally (a space as any run of spaces if ``flexible_space``, as
    :func:`~newskit.text.lexicon.alternation` writes it), written as a tree of their characters: each beginning
    they share is written once, so that at each place ``re`` tries the branch of the character there, not every
    word in turn (an alternation of many words, searched with IGNORECASE, is slow); it finds the same texts as
    their alternation, the longest word where several start.

    >>> word_tree(["said", "says", "sang", "sa"])
    'sa(?:(?:id|ng|ys))?'
    >>> bool(compile(rf"\\b(?:{word_tree(['said', 'according to'])})\\b", IGNORECASE).search("SAID the mayor"))
    True
    >>> word_tree(["by clicking", "by tapping"], flexible_space=True)
    'by\\\\s+(?:clicking|tapping)'
    """
    tree: dict = {}
    for word in set(words) - {""}:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(tree, r"\s+" if flexible_space else r"\ ")


def _branches(tree: dict, space: str = r"\ ") -> str:
    """The pattern of a tree of characters (see :func:`word_tree`), ``space`` written for a space: one branch for
    each next character, the branches optional where a run ends; the longest run is taken, as a greedy pattern does."""
    branches = [(space if char == " " else _re.escape(char)) + _branches(node, space)
                for char, node in sorted(tree.items()) if char]
    if not branches:
        return ""
    either = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{either})?" if "" in tree else either
