"""nltk's Punkt sentence tokenizer with news rules, built from word lists instead of a downloaded model.

Imported only when the first text is split (:func:`newskit.text.sentences.sentence_spans`). nltk's package
set-up imports all of nltk (parsers, taggers, ``scipy.stats`` where scipy is installed): 0.6-2 s per process
for one module. :func:`_nltk_punkt` loads nltk's Punkt module and the few modules it imports without that
set-up (0.1 s), then takes them out of ``sys.modules`` again, so that an ``import nltk`` elsewhere in the
same process still gets the whole package, set up as usual.

Example
-------
>>> tokenizer = news_tokenizer({"gov"}, {"the"}, {"gov"}, {"no"})
>>> list(tokenizer.span_tokenize("Gov. Doe left. The end."))
[(0, 14), (15, 23)]
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys


def _nltk_punkt():
    """nltk's Punkt module, loaded with bare ``nltk`` and ``nltk.tokenize`` packages (their
    ``__init__`` not run) unless nltk is already imported; the ``nltk`` modules this loads are taken
    out of ``sys.modules`` after."""
    if "nltk" in sys.modules:
        return importlib.import_module("nltk.tokenize.punkt")
    root = importlib.util.find_spec("nltk").submodule_search_locations[0]
    for name, folder in (("nltk", root), ("nltk.tokenize", os.path.join(root, "tokenize"))):
        spec = importlib.util.spec_from_file_location(name, os.path.join(folder, "__init__.py"),
                                                      submodule_search_locations=[folder])
        sys.modules[name] = importlib.util.module_from_spec(spec)
    try:
        return importlib.import_module("nltk.tokenize.punkt")
    finally:
        for name in [n for n in sys.modules if n == "nltk" or n.startswith("nltk.")]:
            del sys.modules[name]


punkt = _nltk_punkt()

_PLAIN_STOP = re.compile(r"[^\w\s.\-]*([^\W\d_][^\W\d_]+)\.\s+[^\s.]")
_ACRONYM = re.compile(r"(?:[^\W\d_]\.){2,}$")
_FOUR_DOTS = re.compile(r"\.(?:\s?\.){3,}$")
_SPACED_ELLIPSIS = re.compile(r"\.(?:\s\.)+$")
_ORTHO_OPENER = punkt._ORTHO_BEG_UC | punkt._ORTHO_MID_LC


class NewsLanguageVars(punkt.PunktLanguageVars):
    """English Punkt variables that see a spaced ellipsis (". . .") as one candidate boundary and split an
    opening curly quotation mark or guillemet off the word it opens, as Punkt does a straight one, so that
    '“Mr. Lee' reads the title "Mr." as it reads '"Mr. Lee'."""

    _re_word_start = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,‘“«]"

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
