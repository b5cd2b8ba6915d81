"""nltk's Punkt sentence tokenizer with news rules, built from word lists instead of a downloaded model.

Imported only when the first text is split (:func:`newskit.text.sentences.sentence_spans`): nltk takes a
third of a second to import, which ``import newskit`` need not pay. nltk's package set-up also imports
``scipy.stats`` where scipy is installed (for collocation statistics newskit never uses: 1.3 s more); nltk
falls back without it, so :func:`_nltk_punkt` keeps it out while nltk loads.

Example
-------
>>> tokenizer = news_tokenizer({"gov"}, {"the"}, {"gov"}, {"no"})
>>> list(tokenizer.span_tokenize("Gov. Doe left. The end."))
[(0, 14), (15, 23)]
"""

from __future__ import annotations

import re
import sys


def _nltk_punkt():
    """nltk's Punkt module, loaded with ``scipy.stats`` held back (every nltk use of it has a fallback)."""
    held = "scipy.stats" not in sys.modules
    if held:
        sys.modules["scipy.stats"] = None  # an import of it raises ImportError, which nltk catches
    try:
        from nltk.tokenize import punkt as module
    finally:
        if held and sys.modules.get("scipy.stats", 0) is None:
            del sys.modules["scipy.stats"]
    return module


punkt = _nltk_punkt()

_PLAIN_STOP = re.compile(r"[^\w\s.\-]*([^\W\d_][^\W\d_]+)\.\s+[^\s.]")
_ACRONYM = re.compile(r"(?:[^\W\d_]\.){2,}$")
_FOUR_DOTS = re.compile(r"\.(?:\s?\.){3,}$")
_SPACED_ELLIPSIS = re.compile(r"\.(?:\s\.)+$")
_ORTHO_OPENER = punkt._ORTHO_BEG_UC | punkt._ORTHO_MID_LC


class NewsLanguageVars(punkt.PunktLanguageVars):
    """English Punkt variables that see a spaced ellipsis (". . .") as one candidate boundary."""

    @property
    def _re_sent_end_chars(self):
        return r"(?:\.(?:[^\S\n]\.)*|[?!])"


class NewsPunkt(punkt.PunktSentenceTokenizer):
    """Punkt with rules for titles (``prepositive``), numbers (``before_number``), acronyms and ellipses."""

    def __init__(self, params: punkt.PunktParameters, prepositive: frozenset[str], before_number: frozenset[str]):
        super().__init__(params, lang_vars=NewsLanguageVars())
        self.prepositive = prepositive
        self.before_number = before_number
        self.not_plain = frozenset(params.abbrev_types) | before_number

    def text_contains_sentbreak(self, text: str) -> bool:
        # Shortcut for the common "word. Next" context, which Punkt always breaks.
        plain = _PLAIN_STOP.match(text)
        if plain and plain.group(1).lower() not in self.not_plain:
            return True
        return super().text_contains_sentbreak(text)

    def _first_pass_annotation(self, aug_tok: punkt.PunktToken) -> None:
        tok = aug_tok.tok
        if not aug_tok.period_final:
            super()._first_pass_annotation(aug_tok)
        elif _FOUR_DOTS.match(tok):
            aug_tok.sentbreak = True
        elif _SPACED_ELLIPSIS.match(tok):
            aug_tok.ellipsis = True
        elif _ACRONYM.match(tok.rsplit("-", 1)[-1]):
            aug_tok.abbr = True
        else:
            super()._first_pass_annotation(aug_tok)

    def _second_pass_annotation(self, aug_tok1, aug_tok2):
        reason = super()._second_pass_annotation(aug_tok1, aug_tok2)
        if aug_tok2 is None or not aug_tok1.period_final:
            return reason
        typ = aug_tok1.type_no_period
        if typ in self.prepositive or (typ in self.before_number and aug_tok2.tok[0].isdigit()):
            aug_tok1.sentbreak = False
            aug_tok1.abbr = True
        return reason


def news_tokenizer(abbreviations, openers, prepositive, before_number) -> NewsPunkt:
    """A :class:`NewsPunkt` knowing ``abbreviations`` (lower case, no final period) and taking the capitalised
    ``openers`` as evidence of a new sentence (Punkt's orthographic context)."""
    params = punkt.PunktParameters()
    params.abbrev_types = set(abbreviations)
    for word in openers:
        params.add_ortho_context(word, _ORTHO_OPENER)
    return NewsPunkt(params, frozenset(prepositive), frozenset(before_number))
