"""Letters beyond A-Z in the package's patterns: every ``A-Z`` and ``a-z`` range inside a regular expression's
character class, in a string literal of ``newskit``, is written as the Unicode category it stands for,
``\\p{Lu}`` (an upper-case letter: É, Ł, Ø, Ş) and ``\\p{Ll}`` (a lower-case one), which ``re`` alone refuses
("bad escape \\p"); a module so rewritten imports :mod:`newskit.text.letters` as ``re``, which writes them out.
A class that is the range alone becomes the bare category (``[A-Z]`` -> ``\\p{Lu}``). Strings that are ASCII by
nature are left alone: bytes, HTML entity names, URL schemes, JavaScript names and prose between double backquotes.

Apply (idempotent; re-run after merging a branch that adds ``[A-Z]`` or ``[a-z]``; ``tests/test_unicode_classes.py``
fails until it is run):

    .venv/bin/python tests/unicode_classes.py $(git ls-files 'newskit/*.py')
"""

import io
import re
import sys
import tokenize
from pathlib import Path

CLASS = re.compile(r"\[(?:\\.|[^\]\\\n])*\]")
ASCII_BY_NATURE = re.compile(r"^[A-Za-z]*[bB]|&\(\?:#|://|_\$|``")
RANGES = {"A-Z": "Lu", "a-z": "Ll"}


def _class(text: str, f_string: bool) -> str:
    r"""One character class, braces doubled inside an f-string.

    >>> print(_class("[A-Z]", False), _class("[a-z]", True), _class(r"[\w.A-Z-]", False))
    \p{Lu} \p{{Ll}} [\w.\p{Lu}-]
    """
    open_, close = ("{{", "}}") if f_string else ("{", "}")
    if text[1:-1] in RANGES:
        return rf"\p{open_}{RANGES[text[1:-1]]}{close}"
    return re.sub("A-Z|a-z", lambda m: rf"\p{open_}{RANGES[m.group()]}{close}", text)


def rewrite_string(token: str) -> str:
    """One string literal as written in the source, prefix and quotes included."""
    if ASCII_BY_NATURE.search(token):
        return token
    f_string = "f" in re.match(r"[A-Za-z]*", token).group().lower()
    return CLASS.sub(lambda m: _class(m.group(), f_string), token)


def rewrite(source: str) -> str:
    """The module's source with its letter ranges rewritten (and :mod:`newskit.text.letters` imported as ``re``)."""
    starts = [0]
    for line in source.splitlines(True):
        starts.append(starts[-1] + len(line))
    pieces, last = [], 0
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING:
            start = starts[token.start[0] - 1] + token.start[1]
            pieces += [source[last:start], rewrite_string(token.string)]
            last = starts[token.end[0] - 1] + token.end[1]
    rewritten = "".join(pieces) + source[last:]
    if rewritten == source:
        return source
    return re.sub(r"(?m)^import re$", "from newskit.text import letters as re", rewritten)


if __name__ == "__main__":
    for path in map(Path, sys.argv[1:]):
        text = path.read_text(encoding="utf-8")
        if rewrite(text) != text:
            path.write_text(rewrite(text), encoding="utf-8")
            print(path)
