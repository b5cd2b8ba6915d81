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
