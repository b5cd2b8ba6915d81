"""Lexical diversity: how many different words a text uses, by two measures.

The type-token ratio (distinct words over words) falls as a text grows, so it
only compares texts of similar length; MTLD (McCarthy and Jarvis 2010) barely
depends on length. Words are textstat's, lower-cased (:func:`textstat_words`): on purpose,
not newskit's own tokeniser (:mod:`newskit.text.tokens`), so that the diversity counts the same words
as the readability indices beside it (textstat's ``lexicon_count``).

Example
-------
>>> round(type_token_ratio(textstat_words("The cat sat. The cat ran.")), 2)
0.67
"""

from __future__ import annotations

from textstat.backend.selections import list_words


def textstat_words(text: str) -> list[str]:
    """textstat's words of ``text``, lower-cased (the words ``lexicon_count`` counts). Kept on purpose beside
    newskit's own tokeniser (:func:`newskit.text.tokens.words`): readability's words are textstat's.

    Example
    -------
    >>> textstat_words("Don't stop, it's fine.")
    ["don't", 'stop', "it's", 'fine']
    """
    return list_words(text, lowercase=True)


def type_token_ratio(tokens: list[str]) -> float:
    """Distinct tokens over tokens (NaN for none).

    Example
    -------
    >>> type_token_ratio(["a", "b", "a", "c"])
    0.75
    """
    return len(set(tokens)) / len(tokens) if tokens else float("nan")


def _mtld_one_way(tokens: list[str], threshold: float) -> float:
    """Tokens per factor, a factor ending where the running TTR falls to ``threshold``."""
    factors, seen, count = 0.0, set(), 0
    for token in tokens:
        count += 1
        seen.add(token)
        if len(seen) / count <= threshold:
            factors, seen, count = factors + 1, set(), 0
    if count:
        factors += (1 - len(seen) / count) / (1 - threshold)
    return len(tokens) / factors if factors else float("nan")


def mtld(tokens: list[str], threshold: float = 0.72) -> float:
    """Measure of textual lexical diversity (McCarthy and Jarvis 2010).

    The mean, over a forward and a backward pass, of the number of tokens it
    takes the running type-token ratio to fall to ``threshold``; a partial
    factor counts the remainder. Unlike the TTR it barely depends on length.
    NaN when no factor completes even partially (every token distinct).

    Example
    -------
    >>> round(mtld("the cat and the dog and the cat and the dog".split()), 2)
    6.42
    """
    return (_mtld_one_way(tokens, threshold) + _mtld_one_way(tokens[::-1], threshold)) / 2
