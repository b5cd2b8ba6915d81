"""The sourcing pass: one per version, kept with the story. Quotation spans first, then the attributions
that skip quoted words, then the speaker of each quotation.

Attribution is found with rules, offline: a lexicon of reporting cues (:mod:`newskit.cues`: "said",
"told", "added", "according to", "the readout stated", "blamed" ...), and the source phrase next to
each cue: the subject before a verb ("Kazakh officials said"), the name after an inverted verb ("said
Paul Martin") or after "according to" / "summarized by". A named person is reduced to the name
("China's Foreign Minister Wang Yi" -> "Wang Yi") and resolved to the fullest form the version gives
("Wang" -> "Wang Yi"); a source "he" or "she" is read by the resolver of :mod:`newskit.quote_speakers`, the
one that reads a quotation's "he said". Credit lines, datelines and bylines are sources of the version itself (cues
"dateline", "reporting by", "with additional input by" ...). Cues inside quotation marks are the
speaker's words, not the article's attribution, and are skipped. The speaker a cue gives a whole quotation is a
source too where no attribution was read at its mention (:func:`speaker_rows`: "“...,” Jo Lee shouted").

:func:`sourcing_tables` returns the two tables of a story, ``quotes`` (columns :data:`QUOTE_COLUMNS`,
see :func:`newskit.quotations.quotes`) and ``attributions`` (columns :data:`ATTRIBUTION_COLUMNS`, see
:func:`newskit.sources.attributions`), computed once per story.

Example
-------
>>> from newskit.story import story_from_texts
>>> story = story_from_texts({"a": "Kazakh officials said on Sunday that order was restored."})
>>> sourcing_tables(story)["attributions"][["source", "source_type", "cue"]].values.tolist()
[['Kazakh officials', 'anonymous', 'said']]
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from newskit.text import letters as re
import warnings

import pandas as pd

from .cues import (
    AGENT_CUES, BASED_AT, BY_CUES, CLAUSE_CLOSED, CUES, FINDING_CUES, HEADLINE_LABELS, JUDGING_FORMS, LABEL_CUES,
    LINE_LABELS, OWNER_BEFORE_NAME, PREPOSITIONS, REPORTING_LEAD, STATEMENT_TEXTS, WORK_FROM,
    adverb_start, based_name,
    apposed_name, carried_subject, credit_sources, credit_type, cue_matches, cue_word, nickname_form, opening_subject,
    participle_subject, proper_name, publication_names, report_credit, slashed_start, source_type, source_words,
    titled_name, titles_before, undeclared, untitled_person, view_cue, written_as_name, written_lower,
)
from .errors import NewskitWarning
from .quote_marks import quote_spans
from .quote_speakers import agent_before, agent_owner, described_body, described_organisation, gave_statement, \
    is_statement, quote_rows, raised_object, statement_author, tag_apposed_name, who_clause_head, writes_documents
from .text.lexicon import AGENT_NOUNS, ARTICLES, AUTHORING_VERBS, AUXILIARIES, BODY_NAME_ENDS, CATENATIVE_VERBS, \
    CAUSATIVE_VERBS, CLAIM_ADJECTIVES, CLAUSE_CONJUNCTIONS, CONTAINING_VERBS, COUNTRY_DEMONYMS, CUE_ADVERBS, \
    DATE_WORDS, DEMONYMS, DETERMINERS, ENDING_EVENTS, EXPRESSION_NOUNS, FINDING_VERBS, FUNCTION_WORDS, FORCE_NOUNS, \
    GERUND_COMPOUND_HEADS, GERUND_NOUNS, GROUP_NOUNS, GROUP_QUANTIFIERS, INDEFINITE_PRONOUNS, IRREGULAR_PAST, MODALS, \
    MONTHS, MONTH_ABBREVIATIONS, NAME_BREAKS, NAME_TITLES, NOUN_LIKE_VERBS, NUMBER_WORDS, ORGANISATION_DESCRIPTIONS, \
    PARTY_MEMBERS, PARTY_TAG, PAST_HOLDER_WORDS, PERCEPTION_PARTICIPLES, PERSON_NOUNS, PLURAL_ROLES, QUESTION_WORDS, \
    RECORDING_NOUNS, REPORTING_PAST, REPORTING_VERBS, SPEAKING_CHANNELS, STANCE_VERBS, SUBJECT_FORMS, \
    TITLE_ABBREVIATIONS, TITLED_AS, TRACE_NOUNS, WEATHER_ALERTS, WORK_MAKING_PARTICIPLES, alternation, \
    suffixed_company_pattern, third_person, verb_forms
from .speakers import COMMA_BEFORE, INSTITUTION, PERSON_PRONOUNS, POSSESSIVE_END, PRONOUNS, QUANTITY, S_FORM, \
    SUBORDINATE, clause_subjects, family_name, full_name, given_name, given_name_gender, group_of, is_pronoun, \
    last_written, line_opened, name_beside, name_forms, named_aside, not_people, noun_cue, page_cased, person_name, \
    place_name, plural_form, pronoun_may_name, resolve_source, role_names, role_phrase, sentence_subject, \
    subject_after, subject_before, subordinate_subject, verb_in_ing, verb_object, word_sex
from .blocks import card_in_sentence
from .story import sentences as story_sentences
from .text.typography import DASHES, EM_DASHES
from .text.visible import Visible, visible, visible_without

QUOTE_COLUMNS = [
    "version", "sentence", "start", "end", "text", "speaker", "cue", "kind", "paragraph", "mention",
    "mention_start", "mention_end",
]
ATTRIBUTION_COLUMNS = ["version", "sentence", "source", "source_type", "cue", "start", "end", "mention", "block"]

_CLAUSE_CUTS = re.compile(r"[“”\"«»;—–:]|''")  # two apostrophes: a double quotation mark in plain-text copy
_WORD_CHAR = re.compile(r"\w")
_NAMED_AFTER = re.compile(rf"\s+(?:\p{{Lu}}|(?:the|a|an|one|another|{alternation(GROUP_QUANTIFIERS)})\s|"
                          rf"(?:{alternation(GROUP_NOUNS)})\b)")
_ROLE_AFTER = re.compile(r"\s+((?:\p{Ll}[\w-]*\s+){0,2}\p{Ll}[\w-]*)\s+(?=\p{Lu})")
_WHO_ASIDE = re.compile(r"(?![\s'‘“\"]*['‘“\"])(?:[^“”\"\n']|'(?!'))*,\s+who(?:['’]s)?\s")
_CLOSED_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$|(?:in|on|at|during)\s)")


def _inverted(text: str, clause: int, match: re.Match) -> bool:
    """Whether the cue ``match`` comes right after a comma of its clause (from ``clause``) with a name, a phrase
    after "the" or "a" or a plural noun of a group (:data:`~newskit.text.lexicon.GROUP_NOUNS`: "say experts") after
    it: an inverted cue closing a reported clause ("Growth slowed, said Jo Lee, an
    analyst"), not a verb of the subject before ("He left, said goodbye"). Its source (:func:`_cue_subject`) must
    then end at a punctuation mark or an adjunct ("in", "on", "at", "during"): "He hosts a show, writes a
    weekly column and ..." has none.

    Example
    -------
    >>> text = "Growth slowed, said Jo Lee, an analyst. He left, said goodbye. It rose, says economist Al Roe."
    >>> [_inverted(text, 0, m) for m in re.finditer("said|says", text)]
    [True, False, True]
    >>> _inverted("Part of it, say experts like Al Roe, is luck.", 0, re.search("say", "Part of it, say experts"))
    True
    """
    role = _ROLE_AFTER.match(text, match.end())  # "..., says political scientist Jo Lee"
    named = _NAMED_AFTER.match(text, match.end()) or role and role_phrase(role.group(1))
    return bool(COMMA_BEFORE.search(text, clause, match.start()) and named)
_SOURCELESS = PRONOUNS - {"he", "she", "they", "i", "we"}


class _Skips:
    """The quoted spans of a text, and where its clauses start, looked up in O(log n)."""

    def __init__(self, text: str, skip: list[tuple[int, int]]):
        self.skip = list(skip)
        self.starts = [s for s, _ in self.skip]
        self.ends = sorted(e for _, e in self.skip)
        self.cuts = [m.start() for m in _CLAUSE_CUTS.finditer(text)]
        self.text = text
        self.phrases = {e: s for s, e in self.skip if _quoted_phrase(text, s, e)}

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quoted span."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.skip[i][0] <= pos < self.skip[i][1]

    def term(self, text: str, start: int, end: int) -> bool:
        """Whether ``start``-``end`` lies in a quoted span of at most three words and no punctuation inside its
        marks: a term in scare quotes ("birthers"), not a quotation."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or not (self.skip[i][0] <= start and end <= self.skip[i][1]):
            return False
        inner = text[self.skip[i][0] + 1:self.skip[i][1] - 1]
        return len(inner.split()) <= 3 and not re.search(r"[.,;:!?“”\"]", inner)

    def clause_start(self, lo: int, pos: int) -> int:
        """Where the clause holding ``pos`` starts (no earlier than ``lo``): after the last quotation mark,
        semicolon, colon or dash before it, or the end of the last quotation before it, unless that quotation is
        a phrase inside the clause (:func:`_quoted_phrase`) with a lower-case word after it before ``pos``
        ("called it “a joke,” but said"; not '“a joke,” said Jo Lee', '“Fox News,” Jo Lee said')."""
        k = bisect.bisect_left(self.cuts, pos) - 1
        start = self.cuts[k] + 1 if k >= 0 and self.cuts[k] >= lo else lo
        k = bisect.bisect_right(self.ends, pos) - 1
        start = max(start, self.ends[k]) if k >= 0 and self.ends[k] >= lo else start
        word = _LOWER_AFTER.match(self.text, start) if start in self.phrases else None
        return self.clause_start(lo, self.phrases[start]) if word and word.end() <= pos else start


_PHRASE_LEAD = re.compile(r"(?<![\w'’-])\p{Ll}[\w'’-]*\s+$")
_LOWER_AFTER = re.compile(r"\s*\p{Ll}")


def _quoted_phrase(text: str, start: int, end: int) -> bool:
    """Whether the quotation ``text[start:end]`` is a phrase inside its clause: a lower-case word right before it
    and no more than six words and no full stop, question or exclamation mark in it ("called the plan “a joke,” but
    said", "wearing “Vote Lee” pins, said"); a clause does not start after it (:meth:`_Skips.clause_start`).

    Example
    -------
    >>> text = "Jo Lee called it “a joke,” but said so. She said: “We won. It is over,” and left."
    >>> _quoted_phrase(text, 17, 26), _quoted_phrase(text, 50, 72)
    (True, False)
    """
    inner = text[start + 1:end - 1]
    return bool(_PHRASE_LEAD.search(text, max(0, start - 30), start)) and len(inner.split()) <= 6 \
        and not re.search(r"[.!?]", inner)


_SUFFIXED = re.compile(rf"(?:(?<=\s)|^)({suffixed_company_pattern(abbreviated=True)})\s+$")


def suffixed_company(text: str, lo: int, pos: int) -> tuple[str, int, int] | None:
    """A company's name ending in an abbreviated suffix ("Glenlake Corp.") just before ``pos`` (from ``lo``),
    whose full stop is no sentence end, else None.

    Example
    -------
    >>> text = "Glenlake Corp. said profits fell."
    >>> suffixed_company(text, 0, text.index("said"))
    ('Glenlake Corp.', 0, 14)
    """
    found = _SUFFIXED.search(text, lo, pos)
    return (found.group(1), found.start(1), found.end(1)) if found else None


def _cue_subject(text: str, match: re.Match, lo: int, hi: int, skips: _Skips, last, last_cue: int = 0):
    """The subject of the cue ``match`` in the sentence ``lo``-``hi`` ("missing" when the cue is to be
    passed over); ``last``: the subject of the sentence's previous cue, which ends at ``last_cue``."""
    if match.re in (BY_CUES, AGENT_CUES):
        return agent_subject(text, match, hi)
    if carried_subject(match):
        return carried_subject(match)
    clause = skips.clause_start(lo, match.start())
    shaped = _shaped_subject(text, match, lo, hi, clause, skips, last, last_cue)
    if shaped:
        return shaped
    subject = subject_before(text, clause, _verb_start(text, clause, match))
    subject = _after_opening_phrase(text, clause, match.start(), subject)
    subject = _participle_subject(text, clause, match, subject)
    if subject is None and clause > lo:
        subject = _term_subject(text, clause, match.start(), skips)  # 'But "birthers" have demanded'
    subject = _before_party_label(text, clause, subject)
    subject = _name_before_role(text, clause, subject)
    if subject is None:
        subject = suffixed_company(text, clause, match.start())  # "Glenlake Corp. said"
    subject = _named_rather(text, match, clause, hi, subject)
    if subject is None:
        subject = _set_off_name(text, match, clause, hi)
    if clause == lo and (subject is None or _GERUND.fullmatch(match.group().strip()) is None):
        subject = _opening_name(text, lo, hi, match.start(), subject)  # "Jo Lee, the ... of ..., criticized"
    subject = _tag_apposed(text, lo, match.start(), subject)
    subject = _after_clause_verb(text, match, lo, clause, hi, subject)
    if subject is None:
        subject = _dashed_participle(text, lo, match, clause, skips)
    if subject is None and match.group().strip().lower().endswith("ing"):
        return last if last is not None else "missing"  # "..., she said, adding that ...": the adding is hers
    if isinstance(subject, tuple):  # "Another witness who owns a cafe, whom Elm TV did not name, said": witness
        subject = _open_who_head(text, lo, who_clause_head(text, lo, subject))
    return _relative_head(text, lo, subject, match.start()) if subject is not None \
        else _inverted_subject(text, match, lo, clause, hi)


_OPEN_WHO = re.compile(rf",\s+who\s+(?!(?:{alternation(DETERMINERS)})\s+$)\p{{Ll}}(?:(?!--)[^,;:“”\"()—–])*\s$")
"""A comma, "who" and a verb in lower case, then words up to the end of the text searched, with no comma: an aside
on a person still open there (no dash closes it), not a determiner alone ("troops, who the government says")."""


def _open_who_head(text: str, lo: int, subject):
    """The person an aside ", who ..." describes when ``subject`` was read inside that aside, which a party tag set
    off by commas closes before the cue ("Jo Lee, who backed Sen. Ann Bell, R-Ohio, said": Jo Lee, not Ann Bell,
    the object of "backed"); ``subject`` otherwise ("Jo Lee, who officials said was armed": officials).

    >>> text = "Jo Lee, who backed Sen. Ann Bell, R-Ohio, said so."
    >>> _open_who_head(text, 0, ("Ann Bell", 24, 32)), _open_who_head(text, 0, ("Jo Lee", 0, 6))
    (('Jo Lee', 0, 6), ('Jo Lee', 0, 6))
    >>> _open_who_head("Ann Bell, who officials said was armed, fled.", 0, ("officials", 14, 23))
    ('officials', 14, 23)
    >>> _open_who_head("Troops, who the army says have left.", 0, ("army", 16, 20))
    ('army', 16, 20)
    """
    aside = isinstance(subject, tuple) and _OPEN_WHO.search(text, lo, subject[1])
    head = subject_before(text, lo, aside.start()) if aside else None
    return head or subject


_UNCLOSED_RELATIVE = re.compile(
    rf"(?P<name>(?:\p{{Lu}}[\w.'’-]*\s+){{1,3}}\p{{Lu}}[\w'’-]*),\s+(?:the|an?)\s+(?:[\p{{Ll}}-]+\s+){{0,4}}?"
    rf"(?:who|that)\s+(?:\p{{Ll}}+ly\s+)?(?P<verb>\p{{Ll}}+ed|{alternation(IRREGULAR_PAST)})\s+"
    rf"(?:(?:the|an?)\s+)?$")


def _relative_head(text: str, lo: int, subject, cue: int):
    """The person named before an aside whose relative clause no comma closes, when ``subject`` is that clause's
    object ("Jo Lee, the banker who founded Elm Trust tweeted": Jo Lee, not Elm Trust): the clause has its own verb,
    no cue, so the cue at ``cue`` is the named person's; else ``subject``.

    >>> text = "Jo Lee, the banker who founded Elm Trust tweeted."
    >>> _relative_head(text, 0, ("Elm Trust", 31, 40), 41)
    ('Jo Lee', 0, 6)
    """
    if not isinstance(subject, tuple) or subject[2] > cue or re.search(r"[,;:—–(]", text[subject[2]:cue]):
        return subject
    found = _UNCLOSED_RELATIVE.search(text, max(lo, subject[1] - 120), subject[1])
    words = found.group("name").split() if found else []
    if not words or person_name(words) != words or cue_matches(text, found.start("verb"), found.end("verb")):
        return subject
    return found.group("name"), found.start("name"), found.end("name")


_CATENATIVE_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:{alternation(CATENATIVE_VERBS)}|been)\s+$", re.IGNORECASE)


def _verb_start(text: str, lo: int, match: re.Match) -> int:
    """Where the verb of the cue ``match`` starts, its adverbs before it, and for a cue in -ing a verb such as "began"
    or "kept" before it (:data:`~newskit.text.lexicon.CATENATIVE_VERBS`: "he began dismissing", "Jo Lee kept
    asking": the subject ends before it) or "been" ("Ohio has been warning": "has" is read as an auxiliary).

    Example
    -------
    >>> text = "Then Jo Lee began quietly dismissing it. Ohio has been warning that."
    >>> _verb_start(text, 0, re.search("dismissing", text)) == text.index("began")
    True
    >>> _verb_start(text, 0, re.search("warning", text)) == text.index("been")
    True
    """
    pos = adverb_start(text, match.start())
    verb = _CATENATIVE_BEFORE.search(text, max(lo, pos - 20), pos) if _GERUND.fullmatch(match.group().strip()) else None
    return adverb_start(text, verb.start()) if verb else pos


_OWNED_THING = re.compile(r"(?:\p{Lu}[\w.-]*\s+)*\p{Lu}[\w.-]*['’]s?(?:\s+\p{Ll}[\w-]*)+")
"""A name's possessive and a noun in lower case ("Al Roe's legacy"): a thing owned, no one who speaks."""


def _inverted_subject(text: str, match: re.Match, lo: int, clause: int, hi: int) -> tuple[str, int, int] | None:
    """The source after an inverted cue ``match`` (its clause from ``clause``, the sentence ``lo``-``hi``): after a
    quotation or at the clause's start ('"No," said Jo Lee'), or after a comma (:func:`_inverted`), where it
    must end at punctuation or an adjunct; None when there is none or it is a pronoun that names nobody, and when
    an aside on a person ("who ...") comes before the cue in a sentence that opens with no quotation: the cue is
    that person's verb, the words after it its object ("Jo Lee, who starred in “Red Sky,” posted the clip"), or
    when a name's possessive and a thing follow a cue other than "said" after a comma (:data:`_OWNED_THING`: "Jo Lee
    praises, laments Al Roe's legacy"). A verb of judging (:data:`~newskit.text.lexicon.JUDGING_VERBS`) is never
    inverted: the words after it are the judged ('Jo Lee called him “weak,” denounced his record').

    Example
    -------
    >>> text = "Jo Lee, who’s starred in “Red Sky,” posted the clip."
    >>> cue = re.search("posted", text)
    >>> _inverted_subject(text, cue, 0, text.index(" posted"), len(text)) is None
    True
    """
    if _WHO_ASIDE.match(text, lo, match.start()) or match.group().strip().lower() in JUDGING_FORMS:
        return None  # '“weak,” denounced his record': the judged, no source
    at_start = not _WORD_CHAR.search(text, clause, match.start())
    if not at_start and not _inverted(text, clause, match):
        return None
    subject = subject_after(text, match.end(), hi)
    if subject is None or subject[0].lower() in _SOURCELESS or _listed_after_colon(text, clause, subject):
        return None
    subject = name_beside(text, subject)
    if not at_start and _OWNED_THING.fullmatch(subject[0]) and subject[0].split()[-1] not in PERSON_NOUNS \
            and not _SAID_INVERTED.fullmatch(match.group().strip()):
        return None  # "Jo Lee praises, laments Al Roe's legacy": the thing lamented, not "..., laments Al Roe's aide"
    return subject if at_start or _CLOSED_AFTER.match(text, subject[2]) else None  # not "..., writes a column and"


def _listed_after_colon(text: str, clause: int, subject: tuple[str, int, int]) -> bool:
    """Whether the clause from ``clause`` opens right after a colon or semicolon and the ``subject`` read after its
    cue is in lower case: an item of a list, the cue a participle modifying it ("odd ideas: alleged plots by the
    mayor"), no inverted cue ("...: said Jo Lee" would be).

    Example
    -------
    >>> text = "He has odd ideas: alleged city plots; and more."
    >>> _listed_after_colon(text, 17, ("city plots", 26, 36)), _listed_after_colon(text, 0, ("city plots", 26, 36))
    (True, False)
    """
    return clause > 0 and text[clause - 1] in ":;" and subject[0] == subject[0].lower()


def _set_off_name(text: str, match: re.Match, clause: int, hi: int) -> tuple[str, int, int] | None:
    """The person's name that commas set off next to the cue ``match`` (its clause from ``clause``, the sentence
    to ``hi``): after an inverted "said" (:func:`_named_after`: "The web has sped it up, said Jo Lee, an editor"),
    else opening the clause (:func:`_clause_name`: '"...," Jo Lee, 30, of Dover, said'); None when there is none."""
    named = _named_after(text, match, clause, hi) if _SAID_INVERTED.fullmatch(match.group().strip()) else None
    return named or _clause_name(text, clause, adverb_start(text, match.start()))


_CLAUSE_NAME = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?P<name>(?:\p{Lu}[\w.'’-]*\s+){1,5}\p{Lu}[\w.'’-]*?),?"
                          r"(?:\s*\([^()]{1,20}\))?\s*,\s")


def _clause_name(text: str, clause: int, pos: int) -> tuple[str, int, int] | None:
    """The person's name opening the clause from ``clause`` and set off by a comma (or a party label in brackets)
    when the cue at ``pos`` follows a comma closing what is said of them ("Rep. Jo Lee (D-Md.), chair of the
    committee, said"; '"...," Jo Lee, 30, of Dover, who was polled, said'), else None.

    Example
    -------
    >>> text = '"We need work," Jo Lee, 30, of Dover, Del., who was polled, said.'
    >>> _clause_name(text, 15, text.index("said"))
    ('Jo Lee', 16, 22)
    >>> text = "New York, the largest state there, said no."
    >>> _clause_name(text, 0, text.index("said")) is None
    True
    """
    if not COMMA_BEFORE.search(text, clause, pos):
        return None
    found = _CLAUSE_NAME.match(text, clause, pos)
    words = found.group("name").split() if found else []
    name = person_name(words)
    titled = len(words) > len(name) and words[-len(name) - 1].lower().rstrip(".") in NAME_TITLES if name else False
    if not name or not (len(name) > 1 or titled) or source_type(" ".join(name)) != "person" \
            or not pronoun_may_name(" ".join(name), text):
        return None  # "Mr. Lee", "Jo Lee", not "New York"
    start = found.end("name") - len(" ".join(name))
    return (" ".join(name), start, found.end("name")) if text.startswith(" ".join(name), start) else None


_SAID_INVERTED = re.compile(r"said|says|added|adds|wrote|writes")


def _named_after(text: str, match: re.Match, clause: int, hi: int) -> tuple[str, int, int] | None:
    """The name after an inverted "said" (says, added, wrote) after a comma that a comma or a full stop closes
    ("The web has sped it up, said Jo Lee, an editor": Jo Lee, not the subject opening the sentence), else None.

    Example
    -------
    >>> text = "The web has sped it up, said Jo Lee, an editor. Jo Lee, the mayor, said the plan failed."
    >>> _named_after(text, re.search("said", text), 0, 47), _named_after(text, list(re.finditer("said", text))[1], 48, 90)
    (('Jo Lee', 29, 35), None)
    """
    if not _inverted(text, clause, match):
        return None
    subject = subject_after(text, match.end(), hi)
    return subject if subject and subject[0][:1].isupper() and re.match(r"[,.;]", text[subject[2]:subject[2] + 1]) else None


def _named_rather(text: str, match: re.Match, clause: int, hi: int, subject):
    """The person's full name after an inverted "said" (says, added, wrote) after a comma (:func:`_named_after`),
    when ``subject``, the phrase before the cue, is none, words in lower case that name no role ("Fares will rise,
    forcing riders to pay more, said Jo Lee, an analyst": not "rise") or a phrase after a verb of its clause ("Jo
    bought it at Elm Arms, said Al Roe": not Elm Arms); else ``subject``. A name after a quotation
    ('"...," says Jo Lee of the Harbor Institute') is read after the cue, the body kept in the mention.

    Example
    -------
    >>> text = "Fares will rise, forcing riders to pay more, said Jo Lee, an analyst."
    >>> _named_rather(text, re.search("said", text), 0, len(text), ("rise", 11, 15))
    ('Jo Lee', 50, 56)
    """
    if subject is not None and not (subject[0].islower() and not role_phrase(subject[0].split()[-1])
                                    and source_type(subject[0]) == "person") \
            and not _FINITE_VERB.search(text, clause, subject[1]):
        return subject  # "Jo bought guns at a shop, Elm Arms, said Al Roe, its manager": the shop is no subject
    if not _SAID_INVERTED.fullmatch(match.group().strip()) or not _inverted(text, clause, match):
        return subject
    named = _named_after(text, match, clause, hi)
    words = named[0].split() if named else []
    return named if len(words) > 1 and person_name(words) == words else subject


_FINITE_VERB = re.compile(rf"\b(?:{alternation(AUXILIARIES | IRREGULAR_PAST)})\b"
                          rf"|(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)\b\p{{Ll}}+ed\b(?!\s+by\b)")
"""A finite verb by its form ("was", "died"; not "a retired" teacher, nor a participle before its agent: "Jo Lee,
interviewed by the Ledger, said"): the subject before it has its verb."""


def _after_clause_verb(text: str, match: re.Match, lo: int, clause: int, hi: int, subject):
    """The source after an inverted "said" (says, added, wrote: :func:`_inverted_subject`) when a verb of its own
    (:data:`_FINITE_VERB`) follows ``subject``, the phrase before the cue, before the comma that precedes it: "Jo Lee,
    a cook, died in the fire, said the ministry" is the ministry's; else ``subject``.

    Example
    -------
    >>> text = "Jo Lee, a cook, died in the fire, said the ministry. Jo Lee, a retired cook, said the ministry."
    >>> _after_clause_verb(text, re.search("said", text), 0, 0, 51, ("Jo Lee", 0, 6))
    ('ministry', 43, 51)
    >>> _after_clause_verb(text, list(re.finditer("said", text))[1], 52, 52, len(text), ("Jo Lee", 52, 58))
    ('Jo Lee', 52, 58)
    >>> text = "Jo Lee, interviewed by the Ledger, said the number of fires rose."
    >>> _after_clause_verb(text, re.search("said", text), 0, 0, len(text), ("Jo Lee", 0, 6))
    ('Jo Lee', 0, 6)
    """
    if subject is None or not _SAID_INVERTED.fullmatch(match.group().strip()):
        return subject
    comma = text.rfind(",", subject[2], match.start())
    if comma < 0 or text[comma + 1:match.start()].strip() or not _FINITE_VERB.search(text, subject[2], comma):
        return subject
    return _inverted_subject(text, match, lo, clause, hi) or subject


def _after_opening_phrase(text: str, lo: int, pos: int, subject):
    """The subject of the clause after the phrase ``subject`` when that phrase is the first of the sentence set off
    by a comma, is no person's full name, and the cue at ``pos`` is a participle after a comma ("Hours later, Jo Lee
    thanked him, telling reporters": Jo Lee, not "Hours later"), when that subject is a name or a pronoun; else
    ``subject``.

    Example
    -------
    >>> text = "Hours later, Jo Lee thanked him, telling reporters so."
    >>> _after_opening_phrase(text, 0, text.index("telling"), ("Hours later", 0, 11))
    ('Jo Lee', 13, 19)
    """
    if subject is None or not _GERUND.match(text, pos) or not COMMA_BEFORE.search(text, lo, pos):
        return subject
    if not text.startswith(",", subject[2]) or "," in text[lo:subject[1]] or full_name(subject[0]):
        return subject
    found = sentence_subject(text, subject[2] + 1, pos)
    named = found and (found[0][:1].isupper() or found[0].lower() in PRONOUNS)  # not "Jo Lee, the chairman, ..."
    return found if named and found[2] < pos and not text.startswith(",", found[2]) else subject


def _participle_subject(text: str, clause: int, match: re.Match, subject):
    """The subject opening the clause from ``clause`` (:func:`newskit.speakers.sentence_subject`) for a cue ``match``
    in -ing after a comma (its adverbs between), when ``subject`` is set off by a comma after that subject (not
    after "with"), or stands before a phrase set off after it and that subject before a finite verb by its form
    (:data:`_FINITE_NEXT`: "Jo Lee thanked Al Roe at a rally in Dover, the old port, saying": Jo Lee, not the rally),
    or sits in the phrase opening the sentence, a comma before that subject, or is None and that
    subject a pronoun, a name of two words or more, or a name the text writes as one
    (:func:`newskit.cues.written_as_name`: "Lee", "Democrats", "the Harbor Guild") before a finite verb by its form
    (:data:`_FINITE_NEXT`): a participle after a comma tells what the clause's subject did, not a phrase set off
    after it ("Jo Lee spoke in Dover, Del., on Monday, saying": Jo Lee, not "Del.") nor one in the phrase opening
    the sentence ("On Monday, after a wait at the pier, Jo Lee left, saying": Jo Lee, not "pier"; "Speaking at a
    rally in Dover, Jo Lee thanked Al Roe, saying": Jo Lee, not "rally"); else ``subject``.

    Example
    -------
    >>> text = "Jo Lee spoke in Dover, Del., on Monday, saying so."
    >>> _participle_subject(text, 0, re.search("saying", text), ("Del.", 23, 27))
    ('Jo Lee', 0, 6)
    >>> text = "On Monday, after a wait at the pier, Jo Lee left, saying so."
    >>> _participle_subject(text, 0, re.search("saying", text), ("pier", 31, 35))
    ('Jo Lee', 37, 43)
    >>> text = "Al Roe waved at the pier, later telling us so."
    >>> _participle_subject(text, 0, re.search("telling", text), None)
    ('Al Roe', 0, 6)
    >>> text = "Speaking at a rally in Dover, Jo Lee thanked Al Roe, saying so."
    >>> _participle_subject(text, 0, re.search("saying", text), ("rally", 14, 19))
    ('Jo Lee', 30, 36)
    >>> text = "Jo Lee thanked Al Roe at a rally in Dover, the old port, saying so."
    >>> _participle_subject(text, 0, re.search("saying", text), ("rally", 27, 32))
    ('Jo Lee', 0, 6)
    >>> text = "The Harbor Guild put up posters, saying so."  # a name after "the": the name, as other subjects
    >>> _participle_subject(text, 0, re.search("saying", text), None)
    ('Harbor Guild', 4, 16)
    """
    pos = _verb_start(text, clause, match)
    if not _GERUND.fullmatch(match.group().split()[0]) or not COMMA_BEFORE.search(text, clause, pos):
        return subject
    found = _joined_clause_subject(text, clause, subject, pos) or sentence_subject(text, clause, pos)
    if found is None or found[2] >= pos or POSSESSIVE_END.search(found[0]):
        return subject  # "Jo's son, Al, spoke": no subject ("Two men", "Leading experts": sentence_subject gives none)
    found = _name_after_role(text, found, pos)
    if subject is None:  # "Groups gave way to pages, writing on walls is passé": a gerund of a new clause
        return _clause_opener(text, found)
    absolute = _WITH_PHRASE.search(text, found[2], subject[1])  # ", with Jo Lee, R-Del., urging": Jo Lee's
    opening = subject[2] <= found[1] and "," in text[subject[2]:found[1]]  # "Speaking in Dover, Jo Lee ..., saying"
    set_off = text.startswith(",", subject[2]) or (
        "," in text[subject[2]:pos] and _FINITE_NEXT.match(text, found[2]) is not None)  # "..., the old port, saying"
    return found if opening or subject[1] >= found[2] and set_off and not absolute else subject


_JOINED_CLAUSE = re.compile(r",?\s+and\s+")


def _joined_clause_subject(text: str, clause: int, subject, pos: int) -> tuple[str, int, int] | None:
    """The subject of the last clause joined by "and" before ``subject`` (read from ``clause``), when it is written
    before ``subject`` and followed by a finite verb by its form (:data:`_FINITE_NEXT`): the participle at ``pos``
    after an object set off by commas tells what that clause's subject did ("the board met and Hale fired his aide,
    Tom Baxter, acknowledging": Hale, not Baxter); None otherwise.

    Example
    -------
    >>> text = "Last week, the board met and Hale fired his aide, Tom Baxter, acknowledging it."
    >>> _joined_clause_subject(text, 0, ("Tom Baxter", 50, 60), text.index("acknowledging"))
    ('Hale', 29, 33)
    >>> text = "Jo Lee met Al Roe and Ann Bell, saying so."
    >>> _joined_clause_subject(text, 0, ("Ann Bell", 22, 30), text.index("saying")) is None
    True
    """
    if subject is None:
        return None
    joins = list(_JOINED_CLAUSE.finditer(text, clause, subject[1]))
    found = sentence_subject(text, joins[-1].end(), pos) if joins else None
    if found is None or found[2] >= subject[1] or not _FINITE_NEXT.match(text, found[2]):
        return None
    return found


_LEADING_THE = re.compile(r"[Tt]he\s+")


_NOUN_IN_S = re.compile(rf"\s+\p{{Ll}}+s\s+\p{{Ll}}+s\s+(?:{alternation(AUXILIARIES | IRREGULAR_PAST)}|\p{{Ll}}+ed)\b")
"""Two words in -s and a finite verb after a capitalised word ("Gun rights advocates rallied"): the first word in -s
is a noun the capitalised word describes, not its verb (not "Elm hackers backing embattled ...")."""


def _clause_opener(text: str, found: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """``found``, opening the clause, as the subject of a participle after a comma when no other subject was read: a
    pronoun, a name of two words or more, or a name the text writes as one before a finite verb by its form
    (:data:`_FINITE_NEXT`; not a noun in -s it describes, :data:`_NOUN_IN_S`: "Gun rights advocates rallied"), "the"
    before it left out as other subjects leave it ("The Harbor Guild": Harbor Guild);
    None otherwise.

    Example
    -------
    >>> text = "The Harbor Guild put up posters, saying so."
    >>> _clause_opener(text, ("The Harbor Guild", 0, 16)), _clause_opener("the pier is old", ("the pier", 0, 8))
    (('Harbor Guild', 4, 16), None)
    """
    words = found[0].split()
    named = without_the(found)
    if written_as_name(text, named[0]) and _FINITE_NEXT.match(text, found[2]) and not _NOUN_IN_S.match(text, found[2]):
        return named
    return found if found[0].lower() in PRONOUNS or len(words) > 1 and person_name(words) == words else None


def without_the(found: tuple[str, int, int]) -> tuple[str, int, int]:
    """``found``, a subject phrase and its offsets, without "the" opening it, as a subject read back from its verb is
    written ("The Harbor Guild": Harbor Guild; "the senator": senator).

    >>> without_the(("The Harbor Guild", 0, 16)), without_the(("The", 0, 3))
    (('Harbor Guild', 4, 16), ('The', 0, 3))
    """
    article = _LEADING_THE.match(found[0])
    cut = article.end() if article and article.end() < len(found[0]) else 0
    return found[0][cut:], found[1] + cut, found[2]


_NAME_SET_OFF = re.compile(r",\s+((?:\p{Lu}[\w.'’-]*\s+){1,3}\p{Lu}[\w'’-]*),")


def _name_after_role(text: str, subject: tuple[str, int, int], pos: int) -> tuple[str, int, int]:
    """The person's name set off by commas right after ``subject`` when ``subject`` is a role with a word in lower
    case ("The mayor of Elmtown, Jo Lee, spoke ..., telling": Jo Lee, not the role), before ``pos``; else
    ``subject``.

    Example
    -------
    >>> text = "The mayor of Elmtown, Jo Lee, spoke, telling us."
    >>> _name_after_role(text, ("The mayor of Elmtown", 0, 20), text.index("telling"))
    ('Jo Lee', 22, 28)
    """
    m = _NAME_SET_OFF.match(text, subject[2], pos)
    words = m.group(1).split() if m else []
    if not words or not any(w.islower() for w in subject[0].split()) or person_name(words) != words:
        return subject
    return m.group(1), m.start(1), m.end(1)


def _dashed_participle(text: str, lo: int, match: re.Match, clause: int, skips: _Skips):
    """The subject of the clause before a dash that a cue ``match`` in -ing opens the clause after (from
    ``clause``), read as after a comma (:func:`_participle_subject`: "Jo Lee changed her mind – saying she now
    backs the plan": Jo Lee); else None.

    Example
    -------
    >>> text = "Jo Lee changed her mind on the spot – saying she now backs it."
    >>> _dashed_participle(text, 0, re.search("saying", text), 37, _Skips(text, []))
    ('Jo Lee', 0, 6)
    """
    if clause <= lo or text[clause - 1] not in "—–-" or re.search(r"\w", text[clause:_verb_start(text, clause, match)]):
        return None
    return _participle_subject(text, skips.clause_start(lo, clause - 1), match, None)


_FINITE_NEXT = re.compile(rf"(?:\s+\({PARTY_TAG}\))?\s+"
                          rf"(?:(?:\p{{Ll}}+ly|{alternation(set(CUE_ADVERBS) | {'also'})})\s+)?"
                          rf"(?:{alternation(AUXILIARIES | IRREGULAR_PAST)}|\p{{Ll}}+(?:ed|s))\b")
"""A finite verb by its form after a subject (its party tag and an adverb between: "Jo Lee (D-N.Y.) also reacted"):
an auxiliary, a past not in -ed (:data:`~newskit.text.lexicon.IRREGULAR_PAST`), or a word in -ed or -s ("Lee
refused", "Lee has", "Lee put")."""

_WITH_PHRASE = re.compile(r",\s+with\s+[^,]*$")
"""A phrase after "with" closing the text searched: the subject of an absolute construction ("..., with Jo Lee")."""


def _opening_name(text: str, lo: int, hi: int, pos: int, subject):
    """The subject opening the sentence ``lo``-``hi`` (:func:`newskit.cues.opening_subject`) for a cue at ``pos``
    after a comma, when ``subject`` is None or lies in what the commas set off after a name opening the sentence
    ("Jo Lee, a delegate from Dover, Delaware, said": Jo Lee, not Delaware), not right after its comma
    ("Similarly, Al Roe, a delegate, said": Al Roe); else ``subject``.

    Example
    -------
    >>> text = "Jo Lee, a delegate from Dover, Delaware, said so."
    >>> _opening_name(text, 0, len(text), text.index("said"), ("Delaware", 31, 39))
    ('Jo Lee', 0, 6)
    >>> text = "Jo Lee's lawyer, Al Roe, said so. Similarly, Al Roe, a delegate, said so."
    >>> _opening_name(text, 0, 33, text.index("said"), ("Al Roe", 17, 23))
    ('Al Roe', 17, 23)
    >>> _opening_name(text, 34, len(text), text.rindex("said"), ("Al Roe", 45, 51))
    ('Al Roe', 45, 51)
    """
    opening = opening_subject(text, lo, hi, pos)
    if subject is None or opening is None:
        return subject or opening
    named = all(w[:1].isupper() for w in opening[0].split())
    set_off = re.match(r",\s*\S", text[opening[2]:subject[1]])  # not "Similarly, Jo Lee, a delegate, said"
    return opening if named and set_off and opening[2] < subject[1] else subject


def _tag_apposed(text: str, lo: int, pos: int, subject):
    """The name whose apposition runs to the cue at ``pos`` (:func:`~newskit.quote_speakers.tag_apposed_name`) when
    ``subject`` lies in that apposition ("..., Jo Lee, a professor at the University of Elmland, Oakton, said": Jo
    Lee, not Oakton); else ``subject``.

    >>> text = "The port shut, Jo Lee, a professor at the University of Elmland, Oakton, said."
    >>> _tag_apposed(text, 0, text.index("said"), ("Oakton", 65, 71))
    ('Jo Lee', 15, 21)
    """
    named = tag_apposed_name(text, lo, pos) if isinstance(subject, tuple) else None
    return named if named and named[2] < subject[1] else subject


def _shaped_subject(text: str, match: re.Match, lo: int, hi: int, clause: int, skips: _Skips, last, last_cue: int):
    """The subject of a cue that the shape of its clause gives, else None: the previous cue's after a comma and a
    verb in -ing in the same clause ("Vice News reported the issue, saying ..."), the one "quoted ... as saying",
    the subject of a first verb ("X voted and said"), the object a verb of causing makes the subject ("The memo prompted
    Jo Lee to accuse": Jo Lee), the subject before a phrase set off by dashes."""
    adjunct = COMMA_BEFORE.search(text, clause, match.start()) if _GERUND.fullmatch(match.group().split()[0]) else None
    if last is not None and adjunct and last_cue and "," not in text[last_cue:adjunct.start()]:
        return last  # "Vice News reported the issue, saying ...": the one reporting
    quoted = _QUOTED_AS.search(text, clause, match.start())
    if quoted:  # "Jo Lee, a Democrat, was quoted in The Hill as saying": Jo Lee
        return subject_before(text, clause, quoted.start()) or opening_subject(text, lo, hi, quoted.start())
    coordinated = coordinated_subject(text, clause, match.start()) or _means_subject(text, clause, match)
    if coordinated:
        return without_the(coordinated)  # "The senator voted and said", "The board won by promising": the senator
    raised = raised_object(text, clause, match)
    if raised:
        return raised
    return _before_dashes(text, lo, match.start(), skips, bool(_GERUND.match(text, match.start())))  # "Jo – ... – said"


_BY_MEANS = re.compile(r"\sby\s+(?:\p{Ll}+ly\s+)?$")


def _means_subject(text: str, clause: int, match: re.Match) -> tuple[str, int, int] | None:
    """The subject of the clause from ``clause`` for a cue ``match`` in -ing after "by", the means of what that subject
    did ("Jo Lee won the race by promising lower fares": Jo Lee), when it is a pronoun, a name of two words or more
    or a name the text writes as one (:func:`newskit.cues.written_as_name`) before a finite verb by its form
    (:data:`_FINITE_NEXT`); None otherwise ("Fares rose by adding a levy": no one) and after a modal ("Jo Lee could
    win by promising cuts": nothing said yet). A clause a conjunction opens before the cue
    (:data:`~newskit.speakers.SUBORDINATE`)
    gives its own subject when it has one before a finite verb, a name set off after a role standing for the role
    ("Jo Lee argues so, while her rival, Al Roe, has won by saying": Al Roe).

    Example
    -------
    >>> text = "Jo Lee won the race by promising lower fares. The fares rose by adding a levy."
    >>> _means_subject(text, 0, re.search("promising", text)), _means_subject(text, 45, re.search("adding", text))
    (('Jo Lee', 0, 6), None)
    """
    if not _GERUND.fullmatch(match.group().split()[0]) or not _BY_MEANS.search(text, clause, match.start()):
        return None
    subordinate = _subordinate_means(text, clause, match.start())
    found = subordinate or sentence_subject(text, clause, match.start())
    if found is None or not (subordinate or _FINITE_NEXT.match(text, found[2])) or POSSESSIVE_END.search(found[0]) or \
            set(re.findall(r"\w+", text[found[2]:match.start()].lower())) & MODALS:
        return None
    words = found[0].split()
    named = written_as_name(text, re.sub(r"^[Tt]he\s+", "", found[0]))
    return found if found[0].lower() in PRONOUNS or named or len(words) > 1 and person_name(words) == words else None


def _subordinate_means(text: str, clause: int, cue: int) -> tuple[str, int, int] | None:
    """The subject of the last clause a conjunction opens between ``clause`` and ``cue`` (:func:`_subordinate_subject`),
    a name set off after a role standing for the role (:func:`_name_after_role`), when a finite verb follows it, a
    comma closing the name between (:data:`_FINITE_NEXT`); else None ("Jo Lee won after the debate by promising": the
    debate is no subject).

    Example
    -------
    >>> text = "Jo Lee argues so, while her rival, Al Roe, has won by saying so."
    >>> _subordinate_means(text, 0, text.index("saying")), _subordinate_means("Jo Lee won after a debate by", 0, 28)
    (('Al Roe', 35, 41), None)
    """
    found = subordinate_subject(text, clause, cue)
    found = _name_after_role(text, found, cue) if found else None
    return found if found and _FINITE_NEXT.match(text, found[2] + text.startswith(",", found[2])) else None


_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?quoted\s+"
                        r"(?:(?:in|by)\s+[^,.;:“”\"]{1,60}?\s+)?as\s+$")


_LONG_DASH = r"(?:--|[—–])"
"""A dash setting off a phrase: an em or en dash, or two hyphens ("Jo Lee -- the mayor -- said")."""
_CLOSING_DASH = re.compile(rf"{_LONG_DASH}\s*(?:(?:has|have|had|also|then|later|will|would|could|can|may|might)\s+)*$")


def _before_dashes(text: str, lo: int, cue: int, skips: _Skips, gerund: bool) -> tuple[str, int, int] | None:
    """The subject written before a phrase set off by dashes (or double hyphens) that closes just before the cue
    at ``cue`` ("with some – including conservatives such as Jo Lee – arguing": some; "Jo Lee -- the mayor who
    opened the pier -- said": Jo Lee), when it stands as a subject (see :func:`checked_subject`; ``gerund``:
    whether the cue is in -ing); else None.

    Example
    -------
    >>> text = "Jo Lee -- the mayor who opened the pier -- said so."
    >>> _before_dashes(text, 0, text.index("said"), _Skips(text, []), False)
    ('Jo Lee', 0, 6)
    """
    closing = _CLOSING_DASH.search(text, lo, adverb_start(text, cue))
    if not closing:
        return None
    dash = text[closing.start():closing.start() + 2] if text.startswith("--", closing.start()) else "—–"
    opening = text.rfind("--", lo, closing.start()) if dash == "--" else max(text.rfind(d, lo, closing.start()) for d in dash)
    if opening < 0:
        return None
    start = skips.clause_start(lo, opening)
    found = subject_before(text, start, opening)
    found = checked_subject(text, start, found, opening, gerund) if found else None
    return _dashed_name(text, opening, closing.start(), found)


_DASHED_NAME = re.compile(rf"{_LONG_DASH}\s*((?:\p{{Lu}}[\w.'’-]*\s+){{1,3}}\p{{Lu}}[\w'’-]*)\s*(?:,|{_LONG_DASH})")


def _dashed_name(text: str, opening: int, closing: int, subject):
    """The person's full name opening the phrase that dashes set off from ``opening`` to ``closing`` after a
    ``subject`` whose head is in lower case ("A former Ohio candidate -- Jo Lee, who lost in 2008 -- said": Jo Lee),
    or closing it after a role (:func:`~newskit.speakers.named_aside`: "the man behind it -- activist Jo Lee --
    said"); else ``subject``.

    Example
    -------
    >>> text = "A former candidate -- Jo Lee, who lost in 2008 -- said so."
    >>> _dashed_name(text, 19, 47, ("former candidate", 2, 18))
    ('Jo Lee', 22, 28)
    """
    if subject is None or not subject[0].split()[-1].islower():
        return subject
    named = _DASHED_NAME.match(text, opening, closing + 2)
    words = named.group(1).split() if named else []
    if len(words) < 2 or person_name(words) != words:
        return named_aside(text, opening, closing) or subject
    return named.group(1), named.start(1), named.end(1)


_BASE_FORMS = frozenset(REPORTING_VERBS) | frozenset(STANCE_VERBS)
_PASSIVE_FIRST = re.compile(r"\b(?:is|are|was|were|been|being|got|get|gets)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b")
_AND_BEFORE = re.compile(r"\s+(and|but)\s+(?:(?:last|this|next|on|in|earlier|later|then)\s+(?:\p{Lu}?\p{Ll}+\s+)?|"
                         r"(?:in|at|on|during)\s+(?:a|an|the|his|her|its|their)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+)?$")


def coordinated_subject(text: str, lo: int, pos: int) -> tuple[str, int, int] | None:
    """The subject of a cue at ``pos`` that is the second verb of its subject ("The senator voted against the bill and
    said", "Grimm stormed back, leaned into him and said", "Mr. Obama shifted the focus and last year announced",
    "Police arrested the man and in a statement said"): the subject opening the clause from ``lo``
    (:func:`newskit.speakers.sentence_subject`), when "and" stands right before the cue (after adverbs and a date, or a
    phrase of a preposition, an article and a noun: "in a later interview"), or "but" before a cue that is no participle
    when a finite verb by its form (:data:`_FINITE_NEXT`) follows that subject ("The judge delayed the ruling but
    said"); after "it" as that subject, the subject of the clause a conjunction of time or cause opens
    (:func:`_subordinate_subject`: "it felt long before the captain came back and said"); else None. A view between that
    declares nothing (:func:`newskit.cues.undeclared`: "Jo Lee used to endorse the toll but said") leaves the second
    verb the subject's.

    Example
    -------
    >>> text = "After the vote, the senator left the floor and later said it was flawed."
    >>> coordinated_subject(text, 0, text.index("said"))
    ('the senator', 16, 27)
    >>> text = "Jo Lee and Al Roe said no. Police said the man fled and demanded money."
    >>> coordinated_subject(text, 0, text.index("said")), coordinated_subject(text, 27, text.index("demanded"))
    (None, None)
    >>> text = "Jo Lee used to endorse the toll but said it was unfair."
    >>> coordinated_subject(text, 0, text.index("said"))
    ('Jo Lee', 0, 6)
    >>> text = "The judge delayed the ruling but said it may come. Dover looked odd but promising."
    >>> coordinated_subject(text, 0, text.index("said")), coordinated_subject(text, 51, text.index("promising"))
    (('The judge', 0, 9), None)
    """
    joined = _AND_BEFORE.search(text, lo, adverb_start(text, pos))
    if not joined or text[pos:pos + 30].split()[0].lower() in _BASE_FORMS:
        return None  # "Rather than go ahead and declare": a base form has no subject of its own
    found = sentence_subject(text, lo, joined.start())
    if found and found[0].lower() in _SOURCELESS:
        found = subordinate_subject(text, found[2], joined.start())  # "it felt long before the captain came and said"
    if not found or found[2] >= joined.start() or found[0].lower() in _SOURCELESS:
        return None
    if text[pos:pos + 30].split()[0].endswith("ed") and _PASSIVE_FIRST.search(text, found[2], joined.start()):
        return None  # "He was arrested and charged": the second verb is passive too
    if any(not _view_aside(text, found[2], m, joined.start()) and not (view_cue(m.group().lower()) and undeclared(
            m, found[0])) for m in CUES.finditer(text, found[2], joined.start())):
        return None  # "Police said the man fled and demanded money": the second verb may be the man's
    if joined.group(1) == "but" and (_GERUND.match(text, pos) or not _FINITE_NEXT.match(text, found[2])):
        return None  # "an odd but promising start", "The Post columnist Jo Lee ... but wrote": a verb after each
    return _body_for(text, found)


_FOR_NAME = re.compile(r"\s+for\s+(?:the\s+)?(?:\d+\p{Ll}+\s+)?(?:\p{Lu}[\w.'’-]*\s+)*\p{Lu}[\w.'’-]*(?=\s+\p{Ll})")


def _body_for(text: str, subject: tuple[str, int, int]) -> tuple[str, int, int]:
    """A body's name that "for" and capitalised words go on before a verb ("the Court of Appeals for the 6th Circuit
    ruled": all of it), read whole; ``subject`` itself when it names a person or nothing follows it so.

    >>> text = "The Court of Appeals for the 6th Circuit met and said so."
    >>> _body_for(text, ("The Court of Appeals", 0, 20))
    ('The Court of Appeals for the 6th Circuit', 0, 40)
    """
    more = _FOR_NAME.match(text, subject[2])
    if not more or not subject[0].split()[-1][:1].isupper() or source_type(subject[0]) == "person":
        return subject
    return text[subject[1]:more.end()], subject[1], more.end()


_CLAUSE_VERB = re.compile(rf"\b(?:that|{alternation(AUXILIARIES | IRREGULAR_PAST)}|\p{{Ll}}+ed)\b")


def _view_aside(text: str, lo: int, match: re.Match, hi: int) -> bool:
    """Whether the cue ``match`` between a subject ending at ``lo`` and the "and" at ``hi`` is a view
    (:func:`newskit.cues.view_cue`) in a relative clause with no clause after it, no "that", auxiliary or verb in the
    past ("Jo Lee, who endorsed Al Roe in May and said"): it reports nobody else, so the verb after "and" is still
    the subject's.

    Example
    -------
    >>> text = "Jo Lee, who endorsed Al Roe in May and said. Jo Lee, who believes Al Roe lied and said."
    >>> [_view_aside(text, 6, CUES.search(text, 0), 31), _view_aside(text, 51, CUES.search(text, 45), 78)]
    [True, False]
    """
    return view_cue(match.group().lower()) and bool(_RELATIVE_WORD.search(text, lo, match.start())) \
        and not _CLAUSE_VERB.search(text, match.end(), hi)


_AUTHORED = re.compile(rf"(?:^|(?<=\s))(?:{alternation(AUTHORING_VERBS)})\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}$")


def document_author(text: str, lo: int, subject: tuple[str, int, int], cue: int) -> tuple[str, int, int] | None:
    """Who gave out the document ``subject`` of a participle cue at ``cue`` ("the FBI filed a sealed criminal
    complaint accusing ...": the FBI, :data:`newskit.text.lexicon.AUTHORING_VERBS`), else None.

    Example
    -------
    >>> text = "Later the FBI filed a sealed complaint accusing her."
    >>> document_author(text, 0, ("sealed complaint", 22, 38), text.index("accusing"))
    ('FBI', 10, 13)
    """
    if not _GERUND.match(text, cue) or source_type(subject[0]) != "document":
        return None
    gave = _AUTHORED.search(text, max(lo, subject[1] - 60), subject[1])  # "filed a sealed criminal complaint"
    author = subject_before(text, lo, gave.start()) if gave else None
    return checked_subject(text, lo, author, gave.start()) if author else None


_TERM_LEAD = re.compile(r"(?:^|[.!?,]\s*|\b(?:[Bb]ut|[Aa]nd|[Tt]he|[Ss]o|[Yy]et|[Tt]hese|[Ss]ome|[Mm]any)\s+)$")


def _term_subject(text: str, clause: int, pos: int, skips: _Skips) -> tuple[str, int, int] | None:
    """The term in scare quotes that ends at ``clause`` and is the subject of the cue at ``pos``, only auxiliaries
    between ('But "birthers" have demanded': birthers), else None."""
    if not _AUXILIARIES.fullmatch(text[clause:adverb_start(text, pos)].lstrip()):
        return None
    i = bisect.bisect_right(skips.ends, clause) - 1
    if i < 0 or skips.ends[i] != clause:
        return None
    start = next((s for s, e in skips.skip if e == clause), None)
    if start is None or not skips.term(text, start + 1, clause - 1) or text[start + 1:clause - 1].endswith("ly"):
        return None
    if not _TERM_LEAD.search(text[max(0, start - 12):start]):
        return None  # 'crates marked "bullet-proof glass" reveal': the term is no subject
    return text[start + 1:clause - 1], start + 1, clause - 1


_PARTY_LABEL = re.compile(rf"\(?{PARTY_TAG}\)?")


def _before_party_label(text: str, lo: int, subject):
    """The name a party-and-state label is set beside ("Jo Lee, R-Texas, said": Jo Lee, not "R-Texas"), else
    ``subject``.

    Example
    -------
    >>> text = "Jo Lee, R-Texas, had said so."
    >>> _before_party_label(text, 0, ("R-Texas", 8, 15))
    ('Jo Lee', 0, 6)
    """
    if subject is None or not _PARTY_LABEL.fullmatch(subject[0]):
        return subject
    comma = COMMA_BEFORE.search(text, lo, subject[1])
    return subject_before(text, lo, comma.start()) if comma else None


_ROLE_AFTER_NAME = re.compile(
    rf"\s*(?:(?:But|And|So|Yet)\s+)?(?P<name>(?:\p{{Lu}}[\w.'’-]*\s+){{1,3}}\p{{Lu}}[\w.'’-]*)"
    rf"(?:\s+\({PARTY_TAG}\))?,\s+"
    r"(?:who\s+(?:is|was)\s+)?(?:(?:the|an?)\s+)?(?:(?:[\p{Ll}-]+|and)\s+)*")
_DESCRIBED_NAME = re.compile(
    rf"(?:[^,]{{1,40}},\s+)?{_ROLE_AFTER_NAME.pattern}(?P<of>(?:of|for|at|with)\s+[^,;:()“”\"—–]*)?")
"""A name set off before a description, its closing comma missing, up to the subject read in it ("On Friday, Sen. Jo
Lee (D-NY), a supporter of Ann ": an opening phrase and its comma before the name at most)."""
_WITH_PREPOSITION = re.compile(r"\s(?:of|for|at|with)\s")


def _name_before_role(text: str, lo: int, subject):
    """The person's name opening the clause from ``lo`` when ``subject`` is a role set after it with a comma
    ("Jo Lee, the director of Harbor Action said": Jo Lee, the closing comma missing; "But Jo Lee, acting
    director of Harbor Action, which wrote the letter, said"), or is or lies in a description with a preposition set
    off after a name of two words or more, its closing comma missing (:data:`_DESCRIBED_NAME`: "Sen. Jo Lee (D-NY), a
    supporter of Ann Bell's bid told": Jo Lee, not "Bell's bid"; not "Jo Lee, a top aide said"), else ``subject``.

    Example
    -------
    >>> text = "Jo Lee, president and CEO of the Harbor Group stated it."
    >>> _name_before_role(text, 0, ("CEO of the Harbor Group", 22, 45))
    ('Jo Lee', 0, 6)
    >>> text = "After meeting Jo Lee, the director of Harbor Action said no."
    >>> _name_before_role(text, 0, ("director of Harbor Action", 26, 51))
    ('director of Harbor Action', 26, 51)
    >>> text = "On Friday, Sen. Jo Lee (D-NY), a supporter of Ann Bell's bid told Al Roe so."
    >>> _name_before_role(text, 0, ("Bell's bid", 50, 60))
    ('Jo Lee', 16, 22)
    >>> _name_before_role("Jo Lee, a top aide said.", 0, ("top aide", 10, 18))
    ('top aide', 10, 18)
    """
    if subject is None:
        return subject
    role = role_phrase(re.split(r"\s+(?:of|for|at)\s+", subject[0])[0].lower())
    found = (_ROLE_AFTER_NAME if role else _DESCRIBED_NAME).fullmatch(text, lo, subject[1])
    words = found.group("name").split() if found else []
    described = role or found and (found.group("of") or _WITH_PREPOSITION.search(subject[0]))  # not "a top aide"
    person = person_name(words) if described else []
    if not person or person != words[len(words) - len(person):] or len(person) < (len(words) if role else 2):
        return subject  # "In Britain, the cities of ... said": no person's name
    return " ".join(person), found.end("name") - len(" ".join(person)), found.end("name")


_NAME_THEN_VERB = re.compile(r"(?:\p{Lu}[\w.&'’-]*\s+(?:(?:of|for|and|on|the|de)\s+)*)*\p{Lu}[\w.&'’-]*(?=\s+\p{Ll})")


_VERB_FORM = re.compile(r"\p{Ll}{2,}ed|found|said|told|wrote|made|gave|shows|says|finds|suggests")


def _name_only(subject: tuple[str, int, int]) -> tuple[str, int, int]:
    """A name after "by" without the words of the clause it runs into ("an analysis by the Fiscal Policy Institute
    found the cuts": the institute); ``subject`` when it does not start with a name.

    Example
    -------
    >>> _name_only(("Fiscal Policy Institute found the cuts", 20, 58))
    ('Fiscal Policy Institute', 20, 43)
    >>> _name_only(("Office of Audits", 0, 16)), _name_only(("Chinese state media", 0, 19))
    (('Office of Audits', 0, 16), ('Chinese state media', 0, 19))
    """
    source, start, _ = subject
    name = _NAME_THEN_VERB.match(source)
    if not name or not _VERB_FORM.fullmatch(source[name.end():].split()[0]):
        return subject  # "Jo Lee of the union", "Chinese state media", "Sophie van der Zee"
    return name.group(), start, start + name.end()


_GERUND = re.compile(r"\w+ing\b")
_REASON = re.compile(r"\s+(?:for|over|about|after|because)\s")
_VIA = re.compile(r"\s+via\s")
"""The way a maker came by what it made, after its name ("obtained by the Ledger via a records request")."""
_FINDING_AFTER = re.compile(rf"(?<!\bthe)(?<!\ba)(?<!\bits)(?<!\bhis)(?<!\bher)(?<!\btheir)"
                            rf"(?:\s+\p{{Ll}}+ly)?\s+(?:{alternation(FINDING_VERBS)})\b")
"""A verb of finding after a phrase, an adverb in -ly between them ("actually showed"), not a noun after a
determiner ("a transcript of the show")."""
_TELLING_AFTER = re.compile(rf"\s+(?:{alternation({third_person(v) for v in REPORTING_VERBS} | REPORTING_PAST)})"
                            r"\s+that\b")
"""A reporting verb in -s or in the past before "that": the verb the phrase before it is the subject of ("a statement
by the Elm Bureau states that": the bureau), also where its form in -s is no cue of its own ("states")."""
_SITE_STOP = re.compile(r"\w\.\p{Ll}{2,}(\.)$")
"""The full stop closing a sentence after a site's name ("quoted by news.ro."): no part of the name."""


_NO_AGENT = re.compile(rf"(?:{alternation(SPEAKING_CHANNELS)}|name|what)\b|"
                       rf"(?:{alternation(MONTHS + MONTH_ABBREVIATIONS)})\.?\s+\d", re.IGNORECASE)
"""What follows "by" right after it without being anyone: a channel ("conducted by telephone"; "according to an email"
is a text), "name" ("quoted by name"), a date ("made public by Jan. 29"), a clause on "what" ("run by what the agency
calls its red team": a cue inside it names the source)."""


_MADE_BY = re.compile(rf"(?:(?:{alternation(DETERMINERS)})\s+)?(?:(?!(?:familiar|close|with|who|that|which)\b)"
                      rf"[\w-]+\s+){{1,4}}?(?:{alternation(WORK_MAKING_PARTICIPLES)})\s+by\s+", re.IGNORECASE)
"""A work and a participle of its making before "by" (:data:`~newskit.text.lexicon.WORK_MAKING_PARTICIPLES`: "a
translation provided by ", "the average of recent polls compiled by "): after "according to" the maker is the
source."""
_REPORTS_AFTER = re.compile(r"(?P<name>.+?)\s+(?:reports|reporting)$")
_CLOSING_PARTICIPLE = re.compile(r"(?<=\p{Ll})\s+\p{Ll}{3,}ed$")


def _outlet_before_reports(after: tuple[str, int, int]) -> tuple[str, int, int]:
    """The source read after "according to", without "reports" after a wire agency's or an outlet's name ("according
    to AP reports": AP) or a participle closing it after a word in lower case ("according to files recovered in his
    home": the files; not "reports Mr. Lee filed").

    >>> _outlet_before_reports(("AP reports", 10, 20)), _outlet_before_reports(("files recovered", 0, 15))
    (('AP', 10, 12), ('files', 0, 5))
    >>> _outlet_before_reports(("police reports", 0, 14)), _outlet_before_reports(("reports Mr. Lee filed", 0, 21))
    (('police reports', 0, 14), ('reports Mr. Lee filed', 0, 21))
    """
    phrase, start, end = after
    reports = _REPORTS_AFTER.fullmatch(phrase)
    if reports and source_type(reports["name"]) in ("wire agency", "media"):
        return reports["name"], start, start + reports.end("name")
    closing = _CLOSING_PARTICIPLE.search(phrase)
    if not closing or not phrase[:closing.start()].split()[-1].islower():
        return after  # "according to reports Mr. Lee filed": the participle is the verb of a clause with a subject
    return phrase[:closing.start()], start, start + closing.start()


_MODIFIED_AFTER = re.compile(rf"\s+(?:and|or)\s+(?!(?:{alternation(DETERMINERS)})\b)"
                             r"\p{Ll}[\w-]*(?:\s+\p{Ll}[\w-]*){1,2}(?=\s*(?:[,.;:!?)]|$))")


def _shared_modifier(text: str, after: tuple[str, int, int]) -> tuple[str, int, int]:
    """The source read after a cue, one word that shares the noun of a modifier and a noun joined to it by "and" or
    "or" closing the phrase, with both ("according to current and former officials": not "current"); a plural or a
    force (:data:`~newskit.text.lexicon.FORCE_NOUNS`: "police and fire officials") is a noun of its own.

    >>> text = "It rose, according to current and former officials."
    >>> _shared_modifier(text, ("current", 22, 29)), _shared_modifier(text, ("former officials", 34, 50))[0]
    (('current and former officials', 22, 50), 'former officials')
    >>> _shared_modifier("It rose, according to police and the mayor.", ("police", 22, 28))
    ('police', 22, 28)
    >>> _shared_modifier("It rose, according to police and fire officials.", ("police", 22, 28))
    ('police', 22, 28)
    """
    source, start, end = after
    modifier = len(source.split()) == 1 and not source.endswith("s") and source.lower() not in FORCE_NOUNS
    joined = _MODIFIED_AFTER.match(text, end) if modifier else None
    return (text[start:joined.end()], start, joined.end()) if joined else after


_EVENT_NEXT = re.compile(rf"(?:[\p{{Ll}}\d'’-]+\s+){{0,3}}?(?:{alternation(ENDING_EVENTS)})\b")
"""An event in lower case after a text and "from" ("reports from a private meeting",
:data:`~newskit.text.lexicon.ENDING_EVENTS`; not "a report from NBC's Today show"): where the text was given, no one
who gave it."""


def agent_subject(text: str, match: re.Match, hi: int):
    """The source after a cue of :data:`~newskit.cues.BY_CUES` or :data:`~newskit.cues.AGENT_CUES` (up to ``hi``): the
    phrase after it (after "according to", past a text and "from" or "by": :data:`~newskit.cues.WORK_FROM`, not
    before an event, :data:`_EVENT_NEXT`: the text is the source), cut before
    a reason after "from" ("criticism from the council for the delay": the council), before "via" ("obtained by the
    Ledger via a records request") and
    before a verb of finding, whose subject the whole phrase is ("a study by the harbor board found ...": the board);
    None for a channel, "name" or a date (:data:`_NO_AGENT`: "the poll was conducted by telephone").

    >>> text = "A study by the harbor board found that tolls rose."
    >>> agent_subject(text, AGENT_CUES.search(text), len(text))[0]
    'harbor board'
    >>> text = "It was in a transcript released by the producers of the show in May."
    >>> agent_subject(text, AGENT_CUES.search(text), len(text))[0]
    'producers of the show'
    >>> text = "Sales rose, according to a recent report from the harbor board."
    >>> agent_subject(text, BY_CUES.search(text), len(text))[0]
    'harbor board'
    >>> text = "Sales rose, according to two reports from a private meeting of the harbor board."
    >>> agent_subject(text, BY_CUES.search(text), len(text))[0]
    'two reports'
    >>> text = "The files will be released by Jan. 29; the poll was conducted by telephone."
    >>> [agent_subject(text, m, len(text)) for m in AGENT_CUES.finditer(text)]
    [None, None]
    >>> text = "The tests were conducted by what the harbor board calls its red team."
    >>> agent_subject(text, AGENT_CUES.search(text), len(text)) is None
    True
    >>> text = "A count conducted by the harbor board actually showed a rise. It was first reported by elm.com."
    >>> [agent_subject(text, m, len(text))[0] for m in AGENT_CUES.finditer(text)]
    ['harbor board', 'elm.com']
    >>> text = "A statement by the harbor board states that tolls rose."
    >>> agent_subject(text, AGENT_CUES.search(text), len(text))[0]
    'harbor board'
    """
    work = (WORK_FROM.match(text, match.end()) or _MADE_BY.match(text, match.end())) if match.re is BY_CUES else None
    if work and _EVENT_NEXT.match(text, work.end()):  # "according to reports from a private meeting": the reports
        hi, work = work.start() + len(work.group().rstrip().rsplit(None, 1)[0]), None
    start = work.end() if work else match.end()  # "according to a report from", "according to photos taken by"
    after = subject_after(text, start, hi)
    if not after or _NO_AGENT.match(text, start):
        return None
    if match.re is BY_CUES and not work:
        after = _outlet_before_reports(after)
    after = _shared_modifier(text, after)
    cut = _REASON.search(after[0]) if (work or match).group().rstrip().endswith("from") else None
    cut = cut or _FINDING_AFTER.search(after[0]) or _VIA.search(after[0])
    told = _TELLING_AFTER.search(text, after[1], min(hi, after[2] + 6))
    if cut or told and told.start() < after[2]:
        at = cut.start() if cut else told.start() - after[1]
        after = (after[0][:at], after[1], after[1] + at)
    stop = _SITE_STOP.search(after[0])
    if stop:
        after = (after[0][:stop.start(1)], after[1], after[1] + stop.start(1))
    return apposed_name(text, _name_only(after), hi)
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who)\s+(?:(?:has|have|had|also|long|once|often|later)\s+)*$")
"""A relative pronoun after a comma and the auxiliaries before a cue ("Jo Lee, who has criticized"): what comes
before it is the cue's subject, whatever word stands before that."""
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([\w-]+)\s+(?:(?:the|a|an|another|his|her|its|their|this|that)\s+)?$", re.I)


def _head_before(text: str, lo: int, cut: int, start: int) -> tuple[str, int, int] | None:
    """The phrase before the preposition at ``cut`` when it can be who is cited: a name (every word
    capitalised), or a phrase typed as other than a person ("officials", "a poll"), not a pronoun and
    not led by date words; a quantifier leading it is cut ("Many officials in Moscow": officials,
    :data:`~newskit.text.lexicon.GROUP_QUANTIFIERS`); None otherwise.

    >>> text = "Many officials in Moscow said so."
    >>> _head_before(text, 0, text.index("in"), text.index("Moscow"))
    ('officials', 5, 14)
    """
    head = subject_before(text, lo, cut) or _participle_head(text, lo, cut)
    if head is None or head[1] >= start or head[0].lower() in PRONOUNS:
        return None
    kept = source_words(head[0])
    if kept and kept[1] and head[0].split()[0].lower() in GROUP_QUANTIFIERS:
        head = (kept[0], head[1] + kept[1], head[2])  # "Many officials in Moscow": the officials
    elif kept != (head[0], 0):
        return None
    return head if all(w[:1].isupper() for w in head[0].split()) or source_type(head[0]) != "person" else None


_PARTICIPLE_CLOSING = re.compile(rf"\s+(?:\p{{Ll}}{{2,}}ed|{alternation(IRREGULAR_PAST)})\s+$")


def _participle_head(text: str, lo: int, cut: int) -> tuple[str, int, int] | None:
    """The subject before a participle in -ed (or an irregular one) closing ``text[lo:cut]``, before the preposition at
    ``cut``: a reduced relative tells of it ("Survivors rescued from the wreck said": survivors); None without one,
    and before "by", whose agent other rules read ("A panel appointed by Jo Lee estimated").

    Example
    -------
    >>> text = "Survivors rescued from the wreck said so."
    >>> _participle_head(text, 0, text.index("from"))
    ('Survivors', 0, 9)
    """
    closing = None if re.match(r"by\b", text[cut:cut + 3], re.I) else _PARTICIPLE_CLOSING.search(text, lo, cut)
    return subject_before(text, lo, closing.start()) if closing else None


_CONTRACTED = re.compile(rf"(?i)({alternation(PRONOUNS)})['’](?:s|re|ve|ll|d|m)")


_NEGATED_END = re.compile(r"\s+(?:\p{Ll}+n[’']t|cannot)$", re.IGNORECASE)
_CAUSED = re.compile(rf"^(?:.*\s)?(?:{alternation(CAUSATIVE_VERBS)})\s+(?=\S)", re.IGNORECASE)
_INFLECTED_CAUSATIVES = [v for v in CAUSATIVE_VERBS if not v.endswith("ing") and third_person(v) not in CAUSATIVE_VERBS]
_CAUSING_ONLY = re.compile(rf"(?:.*\s)?(?:{alternation(_INFLECTED_CAUSATIVES)})")
"""A subject ending in a causative verb in -s or the past ("which helps explain"): no object, so no reporter."""
_THAN_BEFORE = re.compile(r"(?:^|\s)than\s+(?:\p{Ll}+ly\s+|almost\s+|nearly\s+)?$", re.IGNORECASE)


def _compared(text: str, subject: tuple[str, int, int]) -> bool:
    """Whether ``subject`` is a pronoun of no one in particular after "than" (:data:`INDEFINITE_PRONOUNS`): a
    comparison, no report ("more than almost anyone had predicted").

    >>> _compared("It did better than almost anyone had predicted.", ("anyone", 26, 32))
    True
    """
    return subject[0].lower() in INDEFINITE_PRONOUNS and bool(_THAN_BEFORE.search(text, max(0, subject[1] - 20),
                                                                                      subject[1]))


def _trimmed(text: str, subject: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """``subject`` without the words :func:`newskit.cues.source_words` cuts, its offsets moved to match; a pronoun
    written with a contracted verb is the pronoun ("He’s also praising": He); a negated auxiliary closing it is
    no part of it ("The mayor wouldn’t say": mayor); after a verb of :data:`CAUSATIVE_VERBS` it is that verb's
    object ("Let me say", "hearing him say": me, him), and None where that verb, inflected, has none ("which helps
    explain"); None too for a comparison (:func:`_compared`: "than anyone had predicted").

    Example
    -------
    >>> _trimmed("He’s also praising it.", ("He’s", 0, 4))
    ('He', 0, 2)
    >>> _trimmed("The mayor wouldn’t say.", ("mayor wouldn’t", 4, 18)), _trimmed("Let me say.", ("Let me", 0, 6))
    (('mayor', 4, 9), ('me', 4, 6))

    A reporting verb in -ing opening it is the verb of the clause before (:data:`~newskit.cues.REPORTING_LEAD`):

    >>> _trimmed("Jo spoke, saying a count showed it.", ("saying a count", 10, 24))
    ('count', 19, 24)
    """
    contracted = _CONTRACTED.fullmatch(subject[0])
    if contracted:
        subject = (contracted.group(1), subject[1], subject[1] + len(contracted.group(1)))
    negated = _NEGATED_END.search(subject[0])
    if negated and negated.start():
        subject = (subject[0][:negated.start()], subject[1], subject[1] + negated.start())
    if _CAUSING_ONLY.fullmatch(subject[0]):
        return None
    caused = _CAUSED.match(subject[0]) or REPORTING_LEAD.match(subject[0])
    if caused:
        subject = (subject[0][caused.end():], subject[1] + caused.end(), subject[2])
    source, start, end = subject
    kept = source_words(source)
    if kept is None:
        return None
    if kept[1] and text.startswith(source, start):
        start += kept[1]
    source = kept[0]
    trimmed = source, start, start + len(source) if text.startswith(source, start) else end  # "Newsrecently": "News"
    return None if _compared(text, trimmed) else trimmed


_NOUN_PHRASE = re.compile(r"\p{Lu}|(?:the|a|an|his|her|their|its)\s|(?:some|many|most|others|several|both|all)$|"
                          r"(?:\w+\s+)*(?:\w+[^s\W]s|people|men|women|children|staff|police)$")
"""A phrase that can be the subject of a gerund after a preposition: a name, a phrase after a determiner, a group
("some", "others") or a plural noun ("from farmers praising"), not a verb ("to stop arguing")."""
_GERUND_PREPOSITIONS = (PREPOSITIONS | {"to", "like"}) - {"by"}
_GROUP_OPENING = re.compile(rf"\s*(?:(?:{alternation(GROUP_QUANTIFIERS)})\s+)?(?P<group>(?:\p{{Lu}}?[\p{{Ll}}-]+\s+)?(?:{alternation(GROUP_NOUNS)})"
                            r"\s+of\s+[^,;:()]+?)\s*", re.IGNORECASE)


def group_phrase(text: str, lo: int, cue: int) -> tuple[str, int, int] | None:
    """The phrase from ``lo`` to the cue at ``cue`` when all of it is a group noun with its "of" complement
    (:data:`newskit.text.lexicon.GROUP_NOUNS`; "Proponents of a pathway to legal status argued", "Some supporters
    of the plan to expand Medicaid said"), a leading quantifier left out; else None.

    Example
    -------
    >>> text = "Proponents of a pathway to legal status argued it."
    >>> group_phrase(text, 0, text.index("argued"))
    ('Proponents of a pathway to legal status', 0, 39)
    >>> text = "He urged lawmakers to stop arguing."
    >>> group_phrase(text, 0, text.index("arguing")) is None
    True
    """
    found = _GROUP_OPENING.fullmatch(text, lo, adverb_start(text, cue))
    return (found.group("group"), found.start("group"), found.end("group")) if found else None


_RANGE_FROM = re.compile(r"\b[Ff]rom\s")
_TAG_ONLY = re.compile(rf"\W*(?:{PARTY_TAG}\W*)?")
"""No word between a subject and its cue but a party tag ("with Rep. Jo Lee, D-Del., urging")."""


_ARTICLE = re.compile(rf"(?:(?:{alternation(ARTICLES)})\s+)?", re.I)


def _maker(text: str, subject: tuple[str, int, int]) -> tuple[str, int, int]:
    """Who made the text ``subject`` names, a text that carries statements before "by" or "from" and its maker
    (:data:`newskit.cues.WORK_FROM`: "statement by the Elm Board": "the Elm Board"); ``subject`` otherwise, also
    when no source is left after "from" ("a study from 2011").

    Example
    -------
    >>> text = "A statement by the Elm Board said so. A study from 2011 found it."
    >>> _maker(text, ("statement by the Elm Board", 2, 28)), _maker(text, ("study from 2011", 40, 55))
    (('Elm Board', 19, 28), ('study from 2011', 40, 55))
    """
    work = WORK_FROM.search(text, subject[1], subject[2])
    if work is None or not text.startswith(subject[0], subject[1]):
        return subject
    start = _ARTICLE.match(text, work.end()).end()
    maker = text[start:subject[2]], start, subject[2]
    return subject if _trimmed(text, maker) is None else maker


def _close_to(text: str, lo: int, before: re.Match | None, word: str) -> re.Match | None:
    """"Close" or "next" right before ``word`` when it is "to" (``before``: its match of :data:`_WORD_BEFORE`),
    else None ("sources close to the talks")."""
    if word != "to":
        return None
    return re.search(r"\b(?:close|next)\s+$", text[max(lo, before.start(1) - 7):before.start(1)], re.I)


def _work_before(text: str, lo: int, at: int, word: str) -> bool:
    """Whether ``word`` at ``at`` is "by" or "from" after a text that carries statements (back to ``lo``;
    :data:`newskit.cues.STATEMENT_TEXTS`), so that the phrase after it is the text's maker.

    >>> _work_before("A statement by the board said no.", 0, 12, "by"), _work_before("Aid from it.", 0, 4, "from")
    (True, False)
    """
    if word not in ("by", "from"):
        return False
    before = _WORD_BEFORE.search(text, max(lo, at - 40), at)
    return before is not None and before.group(1).lower() in STATEMENT_TEXTS


def _kept_after(text: str, lo: int, subject: tuple[str, int, int], cue: int, word: str, gerund: bool):
    """What :func:`checked_subject` makes of ``subject`` after ``word`` (the word before it), for a cue at ``cue``:
    the subject as it stands (a gerund's subject after a preposition: "from Democrats praising"), a group phrase
    or "" (none) after "to" ("Proponents of a pathway to legal status argued"), or None to read on. The object of
    "to" is a gerund's subject only in a range opened by "from" ("from Democrats praising ... to Republicans
    decrying") or after "according to" ("according to scientists commenting"), not after what is sent or said to
    it ("an email to supporters saying": the email's words).

    Example
    -------
    >>> text = "It sent an email to supporters saying so."
    >>> _kept_after(text, 0, ("supporters", 20, 30), 31, "to", True)
    ''
    """
    source, start, end = subject
    if word in _GERUND_PREPOSITIONS and gerund and _TAG_ONLY.fullmatch(text, end, cue) and (
            word == "with" or _NOUN_PHRASE.match(source)) and (word != "to" or _RANGE_FROM.search(text, lo, start)
                                                               or text[lo:start].rstrip().endswith("according to")):
        return _slashed(text, lo, subject)  # "ends with Perry claiming", "from Democrats praising ...": theirs
    if word == "to":
        return group_phrase(text, lo, cue) or ""
    return None


def _slashed(text: str, lo: int, subject: tuple[str, int, int]) -> tuple[str, int, int]:
    """``subject`` with a name joined to it by a slash before it ("NBC News/Wall Street Journal poll")."""
    source, start, end = subject
    joined = slashed_start(text, lo, start)
    return (text[joined:start] + source if joined < start else source), joined, end


_PERCEIVED = re.compile(r"(?:^|(?<=\s))(?:is|was|are|were|(?:can|could)\s+be|being)\s+(?:also\s+|later\s+|then\s+)?$")


def _perceived(text: str, lo: int, subject: tuple[str, int, int]) -> tuple[str, int, int]:
    """The subject of "is" when ``subject`` is a participle of :data:`PERCEPTION_PARTICIPLES` right after it
    ("Jo Lee is shown saying": Jo Lee); ``subject`` otherwise, kept when nothing stands before "is".

    Example
    -------
    >>> text = "In the ad, Mayor Jo Lee is shown saying no."
    >>> _perceived(text, 0, ("shown", 27, 32))
    ('Jo Lee', 17, 23)
    >>> _perceived(text, 0, ("Jo Lee", 17, 23))
    ('Jo Lee', 17, 23)
    """
    source, start, _ = subject
    aux = _PERCEIVED.search(text, max(lo, start - 20), start) if source in PERCEPTION_PARTICIPLES else None
    found = subject_before(text, lo, aux.start()) if aux else None
    return found if found and found[1] < aux.start() else subject


_AUXILIARY_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:{alternation(AUXILIARIES)}|cannot)(?:n['’]t|\s+not)?(?:\s+\p{{Ll}}+ly)?"
                               r"(?:\s+been)?(?:\s+(?:the|a|an))?\s+$")
_RELATIVE_NEXT = re.compile(r",?\s*(?:who|which)\s")
"""A relative pronoun after a phrase: what it tells of the phrase, its subject ("One of them was Jo Lee, who told")."""
_INVERTING = re.compile(rf"(?:^|(?<=\s))(?:{alternation(QUESTION_WORDS)}|only|nor|neither|so|there)\s+$", re.IGNORECASE)
_QUESTION_WORD = re.compile(rf"(?:{alternation(QUESTION_WORDS)})\s", re.IGNORECASE)


def in_verb_position(text: str, lo: int, start: int) -> bool:
    """Whether the phrase at ``start`` follows an auxiliary that does not open its clause (from ``lo``): what
    follows "has", "has been", "did", "may not" ... there is the verb of a subject before it ("Jo Lee has spent
    weeks responding", "he did remember telling", "Jo Lee has been weighing announcing"), never a subject itself. A
    subject does follow its auxiliary in a question ("Did Jo Lee say", "Why did Jo Lee say"), after "only", "nor",
    "so" ("Nor did Jo Lee say") and "there" ("there is evidence suggesting"), and a clause opened by a question word
    may follow one ("That is why critics say"); an auxiliary is written in lower case ("Chairman Will Roe said").

    Example
    -------
    >>> text = "Jo Lee has spent weeks responding. Did Al Roe say so? Why did Al Roe say so?"
    >>> [in_verb_position(text, lo, text.index(w, lo)) for lo, w in ((0, "spent"), (35, "Al Roe"), (54, "Al Roe"))]
    [True, False, False]
    """
    if _QUESTION_WORD.match(text, start):
        return False  # "That is why critics say": a clause of its own
    aux = _AUXILIARY_BEFORE.search(text, max(lo, start - 30), start)
    return bool(aux and re.search(r"\w", text[lo:aux.start()]) and not _INVERTING.search(text, max(lo, aux.start() - 20), aux.start()))


def _verb_not_subject(text: str, lo: int, subject: tuple[str, int, int], cue: int) -> bool:
    """Whether ``subject``, before its cue at ``cue``, stands where a verb does (:func:`in_verb_position`) and no
    relative clause after it tells of it."""
    _, start, end = subject
    return start < cue and not _RELATIVE_NEXT.match(text, end) and in_verb_position(text, lo, start)


_PRONOUN_CLAUSE = re.compile(r"(?i)(?:he|she|it|they|we|i|you|let)(?:['’]s)?\s+\S")
"""A subject pronoun with words after it: a clause, its verb among them, not a phrase naming a source."""


def _no_subject(text: str, lo: int, subject: tuple[str, int, int], cue: int, gerund: bool) -> bool:
    """Whether ``subject`` (its clause from ``lo``) of the cue at ``cue`` stands where no subject does: a clause opened
    by a pronoun ("it means admitting", "It's worth noting"), the place of a verb (:func:`_verb_not_subject`: "Ayotte
    has spent weeks responding"), a thing after "there is" or an event that times the cue (:func:`_thing_or_time`:
    "there's one thing everyone agrees on", "after the finish in Lisbon said"), an owner before a cue in -ed, which is
    then an adjective of the owned phrase ("Lee's alleged bias", "the mayor's highly criticized speech"), a phrase in
    lower case before a participle the clause's verb follows (:func:`_reduced_relative`: "a merger announced Monday
    would") or the object of that verb before a participle and a comma (:func:`_object_participle`), or, before a
    cue in -ing (``gerund``), the object of a verb in the past (:func:`newskit.speakers.verb_object`: "Lee wasted no
    time responding"), a verb in -ing with its object
    (:func:`_verb_phrase`: "carrying signs saying") or a phrase in lower case the cue tells of, the clause's verb after
    its object (:func:`_ing_relative`: "a man claiming ties ... fled").

    Example
    -------
    >>> text = "They cut the mayor's widely reported budget."
    >>> _no_subject(text, 0, ("mayor's", 13, 20), text.index("reported"), False)
    True
    """
    return bool(_PRONOUN_CLAUSE.match(subject[0])) or _verb_not_subject(text, lo, subject, cue) \
        or _thing_or_time(text, lo, subject, gerund) \
        or _owner_before_participle(text, subject, cue) or _reduced_relative(text, subject, cue) \
        or _object_participle(text, lo, subject, cue) \
        or gerund and (verb_object(text, lo, subject[1]) or _verb_phrase(text, lo, subject)
                       or _ing_relative(text, lo, subject, cue))


_DATE_RUN = rf"(?:\s+(?:on|in|last|this|next|{alternation(DATE_WORDS - MODALS)}|\d{{1,4}}),?)*"
"""A run of date words, each after a space and before an optional comma ("signed on Monday, last week")."""
_PARTICIPLE_THEN_VERB = re.compile(rf"\p{{Ll}}+ed{_DATE_RUN}\s+(?:{alternation(AUXILIARIES)})\b", re.IGNORECASE)
_PARTICIPLE_AS_THEN_VERB = re.compile(rf"\p{{Ll}}+ed\s+as\s+(?:(?!that\b)[\p{{Ll}}-]+\s+){{1,4}}?"
                                      rf"(?:{alternation(AUXILIARIES | IRREGULAR_PAST)}|\p{{Ll}}{{2,}}ed)\b")
_RELATIVE_BEFORE = re.compile(rf"\b(?:what|that|which|whom|who)\s+(?:(?:{alternation(DETERMINERS)})\s+)?$", re.I)


_PARTICIPLE_THEN_ING = re.compile(rf"\p{{Ll}}+ed{_DATE_RUN},\s+\p{{Ll}}+ing\b")


def _object_participle(text: str, lo: int, subject: tuple[str, int, int], cue: int) -> bool:
    """Whether the cue in -ed at ``cue`` after ``subject``, a phrase in lower case after its clause's verb in the past
    (from ``lo``; no "that" nor a reporting verb there), is a participle telling of that object, a comma and a
    participle in -ing after it ("He opposed the tariffs announced this month, telling": what was announced).

    >>> text = "He opposed the tariffs announced this month, telling us so."
    >>> _object_participle(text, 0, ("tariffs", 15, 22), 23), _object_participle(text[15:], 0, ("tariffs", 0, 7), 8)
    (True, False)
    """
    name, start, _ = subject
    if start > cue or proper_name(name) or name.lower() in PRONOUNS or not _PARTICIPLE_THEN_ING.match(text, cue):
        return False
    verbs = [m.group().lower() for m in _CLAUSE_VERB.finditer(text, lo, start)]
    return bool(verbs) and "that" not in verbs and not REPORTING_PAST.intersection(verbs)


def _reduced_relative(text: str, subject: tuple[str, int, int], cue: int) -> bool:
    """Whether the cue in -ed at ``cue`` after ``subject``, a phrase in lower case, is a participle telling of it, the
    clause's verb following ("a merger announced Monday would cut jobs", "most pilots admitted are women", "two firms
    mentioned as bidders declined"): what was announced, admitted or mentioned, no one who spoke. A name or pronoun
    before it, or a relative word before the phrase ("the levy that the mayor proposed would cost"), leaves the cue a
    verb.

    >>> text = "A merger announced Monday would cut jobs. What the mayor proposed is a levy."
    >>> _reduced_relative(text, ("merger", 2, 8), 9), _reduced_relative(text, ("mayor", 51, 56), 57)
    (True, False)
    """
    name, start, _ = subject
    if start > cue or proper_name(name) or name.lower() in PRONOUNS or not (
            _PARTICIPLE_THEN_VERB.match(text, cue) or _PARTICIPLE_AS_THEN_VERB.match(text, cue)):
        return False  # "Two firms mentioned as bidders declined": the firms mentioned, no one who spoke
    return not _RELATIVE_BEFORE.search(text, max(0, start - 20), start)


_OBJECT_WORD = rf"\s+(?!(?:{alternation(PRONOUNS | AUXILIARIES)}|that|whether|if)\b)[\w'’.-]+"
_OBJECT_THEN_VERB = re.compile(rf"\p{{Ll}}+ing(?:{_OBJECT_WORD}){{0,7}}?(?=\s+(?!(?:{alternation(FUNCTION_WORDS)})\b))"
                               rf"{_OBJECT_WORD}\s+(?:\p{{Ll}}+ed|{alternation(IRREGULAR_PAST)})\b(?!\s*[.,;:!?])")


def _ing_relative(text: str, lo: int, subject: tuple[str, int, int], cue: int) -> bool:
    """Whether the cue in -ing at ``cue``, right after ``subject``, a phrase in lower case opening its clause from
    ``lo``, is a participle telling of it, the clause's verb in the past following its object ("a man claiming ties
    to the gang gunned down two people"): who that is, not what anyone said. A pronoun, "that" or an auxiliary among the
    words after the cue opens a clause of its own ("officials saying they lost"), and a verb before the phrase makes
    it an object ("They met workers saying ..."), unless a conjunction of time or cause opens a clause between them
    ("Jo Lee spoke after a man claiming ties to the gang gunned down two"). A word in -ed closing the clause is no
    verb of it ("with 13 percent supporting Al Roe and 6 percent undecided.").

    >>> text = "A man claiming ties to the gang gunned down two. Officials saying they lost the vote met."
    >>> _ing_relative(text, 0, ("man", 2, 5), 6), _ing_relative(text, 49, ("Officials", 49, 58), 59)
    (True, False)
    >>> text = "with 13 percent backing Al Roe and 6 percent undecided."
    >>> _ing_relative(text, 0, ("percent", 8, 15), 16)
    False
    """
    name, start, end = subject
    if start > cue or text[end:cue].strip() or written_as_name(text, name) or name.lower() in PRONOUNS:
        return False
    opened = [m.end() for m in SUBORDINATE.finditer(text, lo, start)]  # "after a man claiming ...": that clause
    begin = opened[-1] if opened else lo
    return not _CLAUSE_VERB.search(text, begin, start) and bool(_OBJECT_THEN_VERB.match(text, cue))


_WITH_BEFORE = re.compile(r"(?:^|(?<=\s))with\s+$", re.IGNORECASE)


_SET_OFF = re.compile(r"[^.!?]*,")
"""Words up to a comma in the sentence: what sets off an opening phrase of a verb in -ing from its clause."""


def _verb_phrase(text: str, lo: int, subject: tuple[str, int, int]) -> bool:
    """Whether ``subject`` (its clause from ``lo``) opens with a verb in -ing and its object in lower case
    (:func:`~newskit.speakers.verb_in_ing`, capitalised only where the clause opens): a cue in -ing after it tells
    of that object, no one's words ("Holding signs calling him a liar, they chanted", "carrying signs saying no");
    after "with" the phrase is the subject of the cue ("with leading economists warning"), and a name after the
    verb may be the one whose words the cue tells of ("Following Jo Lee's remarks in an interview expressing ...").
    Opening a sentence, such a phrase is set off by a comma; with none after it, the -ing word is a noun's
    ("Polling data suggesting a tie was released").

    Example
    -------
    >>> text = "Holding signs calling him a liar, with leading economists warning. Polling data suggesting a tie"
    >>> _verb_phrase(text, 0, ("Holding signs", 0, 13)), _verb_phrase(text, 0, ("leading economists", 39, 57))
    (True, False)
    >>> _verb_phrase(text, 67, ("Polling data", 67, 79))
    False
    """
    words = subject[0].split()
    first = words[0]
    if len(words) < 2 or not words[1].islower() or subject[1] != lo and not first.islower():
        return False
    if not first.islower() and not _SET_OFF.match(text, subject[2]):
        return False  # "Fundraising reports warning of losses were filed": no comma, a noun phrase
    word = (first.lower(), subject[1], subject[1] + len(first))
    return verb_in_ing(text, word) and not _WITH_BEFORE.search(text, max(lo, subject[1] - 8), subject[1])


_PARTICIPLE_AT = re.compile(r"\p{Ll}+ed\b")
_OWNER_WORD = re.compile(r"([\w-]+)['’]s$")


def _owner_before_participle(text: str, subject: tuple[str, int, int], cue: int) -> bool:
    """Whether ``subject`` is an owner ("Lee's") before a cue in -ed at ``cue``: an adjective of what is owned
    ("Lee's alleged bias"), not a verb of the owner; an owner before a noun cue ("Lee's claims") is its source, and
    a capitalised name the text never writes without its "'s" is a name in "'s" ("Hallam's reported a loss").

    Example
    -------
    >>> text = "Lee's alleged bias; Lee's claims; Lee left"
    >>> _owner_before_participle(text, ("Lee's", 0, 5), 6), _owner_before_participle(text, ("Lee's", 20, 25), 26)
    (True, False)
    """
    owner = _OWNER_WORD.search(subject[0])
    if not (subject[1] < cue and owner and _PARTICIPLE_AT.match(text, cue)):
        return False
    return _written_bare(text, owner.group(1))


def _written_bare(text: str, word: str) -> bool:
    """Whether the owner ``word`` (written before "'s") is a lower-case word or written in ``text`` without its "'s"
    too: an owner, not a name in "'s" ("Hallam's")."""
    return word[:1].islower() or re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text) is not None


_EXISTENTIAL = r"(?i:there(?:['’]s|\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been|had\s+been)\b))"
_THERE_OPENING = re.compile(_EXISTENTIAL)
_THERE_BEFORE = re.compile(rf"(?<![\w'’-]){_EXISTENTIAL}\s+(?:(?:an?|one|only|just|the|some)\s+)*$")


def _existential(text: str, lo: int, subject: tuple[str, int, int]) -> bool:
    """Whether ``subject`` opens with "there" and a form of "be", or follows them in its clause (from ``lo``):
    the noun a clause after it describes, a finite cue that clause's verb ("there's one thing everyone agrees on",
    "There was one point all sides agreed on"), no source (:func:`_thing_or_time` keeps the noun before a cue in -ing:
    "There is evidence suggesting").

    Example
    -------
    >>> text = "There was one point all sides agreed on. Therese Lee agreed."
    >>> _existential(text, 0, ("point all sides", 14, 29)), _existential(text, 41, ("Therese Lee", 41, 52))
    (True, False)
    """
    return _THERE_OPENING.match(subject[0]) is not None or _THERE_BEFORE.search(text, lo, subject[1]) is not None


def _thing_or_time(text: str, lo: int, subject: tuple[str, int, int], gerund: bool) -> bool:
    """Whether ``subject`` is a thing a finite cue's clause describes after "there is" (:func:`_existential`: "there's
    one thing everyone agrees on"; a cue in -ing, ``gerund``, keeps it: "There is evidence suggesting") or an event
    that times the cue (:func:`_timed_event`: "after the finish in Lisbon said"): no one's words."""
    return not gerund and _existential(text, lo, subject) or _timed_event(text, lo, subject)


_TIME_LEAD = re.compile(rf"(?<![\w'’-])(?i:{alternation(CLAUSE_CONJUNCTIONS)}|during|following)\s+"
                        rf"(?:{alternation(ARTICLES)})\s+(?:[\w'’-]+\s+)?$")


def _timed_event(text: str, lo: int, subject: tuple[str, int, int]) -> bool:
    """Whether ``subject`` is an event (:data:`~newskit.text.lexicon.ENDING_EVENTS`) after a word of time ("after",
    "before", "during" ...) and an article (one word between) in its clause from ``lo``: the time of the cue, whose
    subject is elsewhere ("Lee's last race is in Oslo and after the finish in Lisbon said"), no source; not after
    an owner ("polling done before Tuesday's primary showed": the polling).

    Example
    -------
    >>> text = "Jo Lee was third and after the finish said so. Shares fell after the company said so."
    >>> _timed_event(text, 0, ("finish", 31, 37)), _timed_event(text, 47, ("company", 72, 79))
    (True, False)
    >>> _timed_event("Polls before Monday's primary showed it.", 0, ("primary", 22, 29))
    False
    """
    return subject[0].split()[-1].lower() in ENDING_EVENTS and _TIME_LEAD.search(text, lo, subject[1]) is not None


def _no_agent(phrase: str) -> bool:
    """Whether ``phrase`` can be no one who reports: it opens with a preposition (:func:`_prepositional`) or names
    what a face or body shows (:data:`~newskit.text.lexicon.EXPRESSION_NOUNS`: "their smiles said a lot") or a
    physical trace (:data:`~newskit.text.lexicon.TRACE_NOUNS`: "a crack suggests").

    >>> _no_agent("their smiles"), _no_agent("By the time the polls"), _no_agent("the ferry captain")
    (True, True, False)
    >>> _no_agent("crack"), _no_agent("the hull crack"), _no_agent("Crack")
    (True, True, False)

    Nor is a weather alert (:data:`~newskit.text.lexicon.WEATHER_ALERTS`: "a tropical storm warning said"):

    >>> _no_agent("A tropical storm warning"), _no_agent("the storm chaser")
    (True, False)
    """
    words = phrase.split()
    return _prepositional(phrase) or words[-1] in EXPRESSION_NOUNS | TRACE_NOUNS \
        or " ".join(words[-2:]).lower() in WEATHER_ALERTS or _compared_amount(words)


_AMOUNT_NOUNS = frozenset({"number", "share", "percentage", "proportion"})


def _compared_amount(words: list[str]) -> bool:
    """Whether ``words`` close on an amount compared, a comparative before "number", "share", "percentage" or
    "proportion" with no "of" after it ("An even higher number -- 8 in 10 -- said", "a larger share said"): how many,
    not who; a group after "of" is read elsewhere ("a higher share of voters").

    >>> _compared_amount("higher number".split()), _compared_amount("the number".split())
    (True, False)
    """
    low = [w.lower() for w in words[-2:]]
    return len(low) == 2 and low[1] in _AMOUNT_NOUNS and (low[0].endswith("er") or low[0] in {"more", "fewer", "less"})


def _prepositional(phrase: str) -> bool:
    """Whether ``phrase`` opens with a preposition: in lower case, or capitalised before an article, as a sentence
    opens ("By the time ..."; "Outside experts" are experts).

    >>> _prepositional("by the group"), _prepositional("By the time the polls"), _prepositional("Outside experts")
    (True, True, False)
    """
    words = phrase.split()
    return words[0] in PREPOSITIONS or words[0].lower() in PREPOSITIONS and words[1:2] != [] \
        and words[1].lower() in ARTICLES


_HOLDING = re.compile(rf"(\p{{Ll}}[\w-]*(?:\s+\p{{Ll}}[\w-]*){{0,2}}?)\s+"
                      rf"(?:{alternation(f for v in CONTAINING_VERBS for f in verb_forms(v)[:2])})\s+\S.*")


def _holder(subject: tuple[str, int, int], gerund: bool) -> tuple[str, int, int]:
    """The holder of what a cue in -ing (``gerund``) tells of, when ``subject`` in lower case runs through a verb of
    :data:`~newskit.text.lexicon.CONTAINING_VERBS` and its object ("indictment includes details" before "accusing":
    indictment); else ``subject``.

    >>> _holder(("report includes a letter", 4, 28), True), _holder(("senior aides", 0, 12), True)
    (('report', 4, 10), ('senior aides', 0, 12))
    """
    held = _HOLDING.fullmatch(subject[0]) if gerund else None
    return (held.group(1), subject[1], subject[1] + held.end(1)) if held else subject


_SETTING_BEFORE = re.compile(rf"(?:^|(?<=\s))(?i:in|at|on|during)\s+(?:{alternation(DETERMINERS | {'one', 'another'})})"
                             r"\s+(?:\p{Ll}[\w-]*\s+)?$")
"""A phrase of place or time opening before a subject: "in", "at", "on" or "during", a determiner, perhaps an adjective
("but in a later ", "at one ")."""


def _past_setting(text: str, lo: int, subject: tuple[str, int, int] | None, cue: int) -> tuple[str, int, int] | None:
    """``subject`` without a noun in lower case opening it that closes a phrase of place or time after "in", "at", "on"
    or "during" and a determiner (an adjective between), the phrase opening its clause (after a comma or a function
    word; not "Residents in the town"): the setting of the cue, not its source ("but in a later interview said", "at
    one point calling", "in a follow-up tweet posted": no subject; "in one case Internet activists criticized", "in an
    interview the mayor said", "in the end most voters agreed": the name, or the phrase after a determiner or
    quantifier, after it); ``subject`` otherwise, and so when the cue at ``cue`` opens before it ("In the poll,").

    >>> text = "In one case Elm activists criticized it, and at one point calling it odd."
    >>> _past_setting(text, 0, ("case Elm activists", 7, 25), 26), _past_setting(text, 0, ("point", 52, 57), 58)
    (('Elm activists', 12, 25), None)
    >>> _past_setting("In the end most voters agreed.", 7, ("most voters", 11, 22), 23)
    ('most voters', 11, 22)
    >>> _past_setting("In the poll, Lee leads.", 0, ("poll", 7, 11), 0)
    ('poll', 7, 11)
    >>> _past_setting("Men in the town said", 0, ("town", 11, 15), 16)
    ('town', 11, 15)
    """
    head, _, rest = subject[0].partition(" ") if subject else ("", "", "")
    setting = _SETTING_BEFORE.search(text, lo, subject[1]) if head[:1].islower() and head not in DETERMINERS \
        and cue >= subject[2] else None
    before = text[lo:setting.start()].rstrip() if setting else ""
    if not setting or before and before[-1] not in ",;" and before.split()[-1].lower() not in FUNCTION_WORDS:
        return subject
    named = rest[:1].isupper() or rest.split(" ", 1)[0] in DETERMINERS | NUMBER_WORDS | set(GROUP_QUANTIFIERS)
    return (rest, subject[1] + len(head) + 1, subject[2]) if named else None


def checked_subject(text: str, lo: int, subject: tuple[str, int, int], cue: int,
                    gerund: bool | None = None) -> tuple[str, int, int] | None:
    """``subject`` (source, start, end) of the cue at ``cue`` as a source, or None when it is none.

    The object of a preposition is not the subject: "officials in Moscow said" cites the officials
    (the phrase before the preposition, back to ``lo``, takes its place, the prepositional phrase
    kept: "officials in Moscow"; a person's name alone: "Jo Lee of the union" is Jo Lee); with nothing before it, or after "to" ("directing X to stop
    arguing"), there is no source. Date words leading a subject are cut ("Monday Trump said"), and a
    phrase of date words or an adverb alone ("well said") is no source (:func:`newskit.cues.source_words`).
    The subject of a cue in -ing (``gerund``: whether it is; read at ``cue`` when None) is the object of any
    preposition but "by" right before it ("from Democrats praising ... to Republicans decrying").

    Example
    -------
    >>> text = "Officials in Moscow said no. Late Monday the ministry said yes."
    >>> checked_subject(text, 0, ("Moscow", 13, 19), 20)
    ('Officials in Moscow', 0, 19)
    >>> checked_subject(text, 29, ("Late Monday the ministry", 29, 53), 54)
    ('ministry', 45, 53)
    """
    lo = line_opened(text, lo, min(subject[1], cue))  # "... Elders In ¶ Jo Lee said": no "In" before Jo Lee
    trimmed = _past_setting(text, lo, _trimmed(text, _maker(text, _perceived(text, lo, subject))), cue)
    if trimmed is None or _no_agent(trimmed[0]):
        return None  # "a pledge sponsored by the group promising", "By the time the polls closed": no subject
    gerund = bool(_GERUND.match(text, cue)) if gerund is None else gerund
    source, start, end = trimmed = _holder(trimmed, gerund)
    if _no_subject(text, lo, trimmed, cue, gerund):
        return None
    for _ in range(4):
        if start > cue or _RELATIVE_AFTER.search(text, end, cue):
            break  # a subject after its cue ("according to ...") or of "which" is no preposition's object
        lead = start - len(titles_before(text, start))  # "appointed by President Jo Lee": the word before the title
        before = _WORD_BEFORE.search(text, max(lo, lead - 40), lead)
        word = before.group(1).lower() if before else ""
        close = _close_to(text, lo, before, word)
        kept = _kept_after(text, lo, (source, start, end), cue, word, gerund) if not close else None
        if kept is not None:
            return kept or None
        if word not in PREPOSITIONS and not close or _work_before(text, lo, before.start(1), word):
            break  # "a statement by the Elm Ministry said": the ministry, who made the text (:func:`_maker`)
        cut = before.start(1) - (len(close.group()) if close else 0)  # "sources close to": from "close"
        if word == "of" and _quantity_before(text, lo, cut):
            break  # "72% of respondents said", "Some of the aides said": the respondents, the aides
        head = _head_before(text, lo, cut, start)
        if head is None:
            return None
        if source_type(head[0]) == "person":
            return head  # a person named before "of"/"at": "Dennis Conyon of the Taxi Association" is Dennis Conyon
        source, start = re.sub(r"\s+", " ", head[0] + " " + text[cut:end]), head[1]
    return _slashed(text, lo, (source, start, end))  # "NBC News/Wall Street Journal poll"


def _quantity_before(text: str, lo: int, cut: int) -> bool:
    """Whether a quantity closes ``text[lo:cut]``, the sentence from ``lo`` (a quantifier may open it: "Some").

    >>> _quantity_before("Some ", 0, 5), _quantity_before("Then 72% ", 0, 9), _quantity_before("Then ", 0, 5)
    (True, True, False)
    """
    return bool(QUANTITY.search(text, max(lo, cut - 20), cut) or QUANTITY.fullmatch(f" {text[lo:cut]}"))


_TITLE_BEFORE = rf"(?:(?:former|then)\s+)?(?:{alternation(t.capitalize() for t in TITLE_ABBREVIATIONS)})\.\s+"
_JOINED = re.compile(r"(?:(?<=\s)|^)(?:[Tt]he\s+|[Bb]oth\s+(?:the\s+)?)?((?:\p{Lu}[\w.&'’-]*\s+){0,4}\p{Lu}[\w.&'’-]*)\s+and\s+"
                     rf"(?:the\s+|other\s+|several\s+|many\s+|some\s+|{_TITLE_BEFORE})?$")


_CAPITALISED_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:\p{Lu}[\w.&'’-]*\s+){1,3})$")


def _widened(text: str, lo: int, subject: tuple[str, int, int]) -> tuple[str, int, int]:
    """A body's one-word name with the capitalised words written before it ("Department" in "the Treasury
    Department announced": "Treasury Department"); ``subject`` itself otherwise.

    Example
    -------
    >>> text = "the IRS and Treasury Department announced it."
    >>> _widened(text, 0, ("Department", 21, 31))
    ('Treasury Department', 12, 31)
    """
    source, start, end = subject
    if " " in source or not INSTITUTION.fullmatch(source):
        return subject
    before = _CAPITALISED_BEFORE.search(text, max(lo, start - 60), start)
    if not before:
        return subject
    words = before.group(1).split()
    while words and words[0].lower() in NAME_BREAKS:
        words.pop(0)
    if not words or re.fullmatch(BASED_AT, words[-1]):
        return subject  # "the Elmton-based firm": no name of the firm
    begin = start - len(before.group(1)) + before.group(1).index(words[0])
    return text[begin:end], begin, end


_JOINED_AFTER = re.compile(r"\s+and\s+(?:[Tt]he\s+)?((?:\p{Lu}[\w.&'’-]*\s+){0,4}\p{Lu}[\w&'’-]*(?:\.[\w&'’-]+)*)"
                           r"(?=\s*(?:[,.;:!?)]|--|[—–]|$)|\s+\p{Ll})")


def _joined_after(text: str, hi: int, subject: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    """The name joined by "and" after a named source that follows its cue, one cue naming two ("a poll released by
    the Ledger and ABC News": ABC News too), as a list of one; [] when there is none, when the source is not
    capitalised or when "and" joins words of one name ("the Center for Economic and Policy Research").

    Example
    -------
    >>> text = "a poll by the Ledger and ABC News found it. A study by the Center for Law and Policy found it."
    >>> _joined_after(text, 42, ("Ledger", 14, 20)), _joined_after(text, 95, ("Center for Law", 59, 73))
    ([('ABC News', 25, 33)], [])
    >>> _joined_after("criticism from Jo Lee and Al Roe.", 33, ("Jo Lee", 15, 21))
    [('Al Roe', 26, 32)]
    >>> _joined_after("a poll by Elm News and The Oak Ledger.", 38, ("Elm News", 10, 18))
    [('Oak Ledger', 27, 37)]
    """
    source, _, end = subject
    joined = _JOINED_AFTER.match(text, end, hi)
    if not joined or not source[:1].isupper() or re.search(r"\s(?:of|for|on)\s", source):
        return []
    kept = source_words(joined.group(1))
    if not kept or kept[0].split()[0].lower() in NAME_BREAKS or not kept[0][:1].isupper() \
            or POSSESSIVE_END.search(kept[0]):
        return []  # "by Jo Lee and Al Roe's aides": the aides
    return [(kept[0], joined.start(1) + kept[1], joined.end(1))]


_SET_OFF_NAMES = re.compile(rf"(?P<open>,|\s*{_LONG_DASH})\s+(?:and,?\s+)?"
                            r"(?:(?:including|for\s+instance|for\s+example|in\s+particular|notably|among\s+them),?\s+)?"
                            r"(?!\p{Ll}+(?:ed|ing)\s)(?P<part>[^;:“”\"]+?)"
                            rf"(?P<close>,|\s*{_LONG_DASH})\s+"
                            r"(?:(?:have|has|had|both|also|all|each|jointly|then|later|long|since|already"
                            r"|\p{Ll}+ly)\s+)*$")
"""A phrase set off by commas or dashes between a source and its cue, after a word that leads to examples ("Some
critics, including Jo Lee, said"; "Aides -- and, in particular, Jo Lee -- said"); auxiliaries and adverbs may
follow it before the cue."""
_PART_NAME = re.compile(r"(?:^|\s)(?:([\w-]+)\s+)?((?:\p{Lu}[\w.'’-]*\s+){1,4}\p{Lu}[\w'’-]*)$")
_PLACE_TAIL = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\w.'’-]*\s*)+$")
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _listed_name(item: str) -> str | None:
    """The name of two words or more ending one item of a list set off after a source, a place after "of" or "from",
    a party tag in brackets and an owner's name in the possessive before it (:data:`~newskit.cues.OWNER_BEFORE_NAME`:
    "the Elm Gazette's Ada Brill") left out; None after a function word ("the Harbor Party") or for a description.

    >>> _listed_name("professor Ada Brill of Ohio"), _listed_name("Sen. Jo Lee (R-Ohio)"), _listed_name("a few")
    ('Ada Brill', 'Sen. Jo Lee', None)
    >>> _listed_name("The Elm Gazette's Ada Brill")
    'Ada Brill'
    """
    item = item.strip()
    owner = OWNER_BEFORE_NAME.match(item, 4 if item[:4] in ("The ", "the ") else 0)
    name = _PART_NAME.search(_PLACE_TAIL.sub("", re.sub(r"\s*\([^()]*\)$", "", item[owner.end() if owner else 0:])))
    if not name or (name.group(1) or "").lower() in FUNCTION_WORDS or name.group(2).split()[0].lower() in NAME_BREAKS:
        return None
    return name.group(2)


_ASIDE_PRONOUN = r"(?:who|which|whom|whose)\s"
"""A relative pronoun opening an aside on what comes before it (", who voted no")."""


def _named_in_apposition(text: str, subject: tuple[str, int, int], cue: int) -> list[tuple[str, int, int]]:
    """The names of two words or more set off by commas or dashes between a source headed by a common noun and its
    cue ("Some critics, including professor Ada Brill, warned": Ada Brill; "The board's chair, Jo Lee of Ohio, said":
    Jo Lee; "Aides -- and, in particular, Jo Lee -- said": Jo Lee), each read by :func:`_listed_name`, every one of a
    list ("Two aides, Jo Lee and Al Roe, said": both); [] for a description ("Some critics, a vocal few, said"), a
    participle's phrase ("The survey, conducted for Harbor Group, found"), a place ("insiders in two states -- Ohio
    and South Carolina -- said": the states), a list with an item that names no one, and after a name, whose
    commas set off what the person is ("Jo Lee, an aide to Al Roe, said"). What a relative pronoun opens after the
    name is left out ("Rivals -- for instance, Jo Lee, who voted no -- said": Jo Lee), and so is an aside it opens
    after a head in the singular ("The senator, who had opposed Jo Lee, said": the senator alone).

    Example
    -------
    >>> text = "Some critics, including professor Ada Brill of Ohio, warned. Jo Lee, an aide to Al Roe, said so."
    >>> _named_in_apposition(text, ("critics", 5, 12), 53), _named_in_apposition(text, ("Jo Lee", 61, 67), 90)
    ([('Ada Brill', 34, 43)], [])
    >>> text = "Two aides -- including Jo Lee of Ohio and Al Roe -- have since said so."
    >>> _named_in_apposition(text, ("aides", 4, 9), 63)
    [('Jo Lee', 23, 29), ('Al Roe', 42, 48)]
    """
    head = re.split(r"\s+(?:of|from|for|in|at)\s+", subject[0])[0].split()[-1]  # "members of Congress": members
    set_off = _SET_OFF_NAMES.match(text, subject[2], cue)
    if not set_off or set_off.end() != cue or not head[:1].islower() or \
            (set_off.group("open") == ",") != (set_off.group("close") == ","):
        return []
    if re.match(_ASIDE_PRONOUN, set_off.group("part")) and not plural_form(head):
        return []  # "The senator, who had opposed Jo Lee, said": the senator alone
    part = re.split(rf",\s+{_ASIDE_PRONOUN}", set_off.group("part"))[0]  # "Jo Lee, who voted no": Jo Lee
    names, at = [], set_off.start("part")
    for item in _LISTED.split(part):
        name = _listed_name(item)
        if not name or place_name(name):
            return []
        start = text.index(name, at)
        names.append((name, start, start + len(name)))
        at = start + len(name)
    return names


def _named_besides(text: str, match: re.Match, hi: int, subject: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    """The names a cue ``match`` credits besides its ``subject``: one joined by "and" to a source that follows the
    cue (:func:`_joined_after`), else one set off by commas after a source before it (:func:`_named_in_apposition`)."""
    if match.re in (BY_CUES, AGENT_CUES):
        return _joined_after(text, hi, subject)
    return _named_in_apposition(text, subject, match.start()) or _tagged_partner(text, subject, match.start())


_TAGGED_PARTNER = re.compile(rf"\s+and\s+(?:{_TITLE_BEFORE})?((?:\p{{Lu}}[\w.'’-]*\s+){{0,3}}\p{{Lu}}[\w.'’-]*)"
                             rf"\s+\({PARTY_TAG}\),\s+(?:who|whose)\s")
"""The name joined by "and" after a subject, with its party tag in brackets and a comma opening an aside on both."""


def _tagged_partner(text: str, subject: tuple[str, int, int], cue: int) -> list[tuple[str, int, int]]:
    """The name joined by "and" right after a named ``subject`` of the cue at ``cue``, its party tag in brackets
    and an aside opened by "who" between it and the cue ("Jo Lee and Sen. Ann Bell (R-Ohio), who both face races,
    said": Ann Bell too), as a list of one; [] otherwise.

    Example
    -------
    >>> text = "Jo Lee and Sen. Ann Bell (R-Ohio), who both face races, said so. Jo Lee and Al Roe said so."
    >>> _tagged_partner(text, ("Jo Lee", 0, 6), 56), _tagged_partner(text, ("Jo Lee", 65, 71), 83)
    ([('Ann Bell', 16, 24)], [])
    """
    joined = _TAGGED_PARTNER.match(text, subject[2], cue)
    if not joined or not subject[0][:1].isupper() or joined.group(1).split()[0].lower() in NAME_BREAKS:
        return []
    return [(joined.group(1), joined.start(1), joined.end(1))]


def _joined_before(text: str, lo: int, subject: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    """The name joined by "and" before a named subject, one cue naming two ("the IRS and Treasury Department
    announced": the IRS too; "Both Jo Lee and Al Roe said", "Jo Lee and Sen. Al Roe said": Jo Lee too; "Jo Lee and
    other Republicans", "Harbor Future and other groups" too), as a list of one; [] when there is none or either is
    not capitalised.

    Example
    -------
    >>> text = "the IRS and Treasury Department announced it."
    >>> _joined_before(text, 0, ("Treasury Department", 12, 31))
    [('IRS', 4, 7)]
    >>> text = "Jo Lee and other Republicans said"
    >>> _joined_before(text, 0, ("Republicans", 17, 28))
    [('Jo Lee', 0, 6)]
    >>> text = "Jo Lee and Sen. Al Roe said"
    >>> _joined_before(text, 0, ("Al Roe", 16, 22))
    [('Jo Lee', 0, 6)]
    >>> text = "the Ministry of Science and Technology said"
    >>> _joined_before(text, 0, ("Technology", 28, 38))
    []
    """
    source, start, _ = subject
    joined = _JOINED.search(text, max(lo, start - 80), start)
    if not source[:1].isupper() and not (joined and joined.group().endswith("other ")):
        return []  # "Harbor Future and other groups": a name before a group it is one of
    kept = source_words(joined.group(1)) if joined else None  # "Only Ada Brill and ...": Ada Brill
    if joined and re.search(r"\b(?:of|for|in|at|on|and)\s+$", text[max(lo, joined.start() - 5):joined.start()]):
        return []  # "the Ministry of Science and Technology": one name
    if not kept or kept[0].split()[0].lower() in NAME_BREAKS or not kept[0][:1].isupper() \
            or text[joined.end(1):start].strip() == "and" and _field_of_body(kept[0], source):
        return []
    return [(kept[0], joined.start(1) + kept[1], joined.end(1))]


def _field_of_body(before: str, source: str) -> bool:
    """Whether the one word ``before`` "and" is a field of the body ``source`` names in two words closing on a body's
    head (:data:`~newskit.text.lexicon.BODY_NAME_ENDS`, before any "of"), one name with it: no acronym, place or
    given name ("Science" and "Technology Office of the Elm Department"; not "IRS" and "Treasury Department"). The
    caller sees that nothing comes between them but "and" ("Jo and the State Department": two).

    Example
    -------
    >>> _field_of_body("Science", "Technology Office of the Elm Department"), _field_of_body("IRS", "Treasury Office")
    (True, False)
    """
    head = source.split(" of ")[0].split()
    return " " not in before and not before.isupper() and len(head) == 2 and head[1].lower() in BODY_NAME_ENDS \
        and not place_name(before) and not given_name(before)


_QUOTED_SPEAKERS = frozenset({"person"})
_FINDING_BODIES = frozenset({"official/institution", "media", "wire agency"})
_MEDIA_REPORT = re.compile(r"reports")


def _embedded_cue(match: re.Match) -> bool:
    """Whether a cue inside a quotation still attributes: "according to" and a medium's "reports" ("AP reports
    his administration wants ...", "now, according to ABC News, he supports it"), whose source is then named
    in the quotation and no person."""
    return match.re is BY_CUES and match.group().lower().startswith("according") or (
        match.re not in (AGENT_CUES, FINDING_CUES) and _MEDIA_REPORT.fullmatch(match.group()) is not None)


_RECORDING = re.compile(rf"(?:(?:an?|the)\s+)?(?:{alternation(RECORDING_NOUNS)})\s+of\s+(?:his|her|their|the)\b", re.I)
_STATED_FINDING = re.compile(r"(?:indicated|indicates|indicate|concluded|concludes)\s+that\b")
_INDICATED_CLAUSE = re.compile(r"(?:indicated|indicates|indicate)\s+(?:he|she|they|it|we|I)\s")
""""indicated" before a subject pronoun opening a clause, "that" left out ("Jo Lee has indicated he will run"): a
statement where the text writes its subject as a name (:func:`~newskit.cues.written_as_name`; not "Officials
have indicated they", "the council indicated it would")."""


_COMPOUND_HEAD = re.compile(rf"\s+(?:{alternation(GERUND_COMPOUND_HEADS)})\b")


def _noun_cue(match: re.Match, subject: tuple[str, int, int]) -> bool:
    """Whether the cue ``match`` is a noun after a word describing it (:func:`~newskit.speakers.noun_cue`: "has
    the final say", "a caustic chant", "post-traumatic stress", "additional reporting") or before a noun it describes
    (:data:`~newskit.text.lexicon.GERUND_COMPOUND_HEADS`: "the J-Alert warning system"): a base form of a verb
    or one of :data:`~newskit.text.lexicon.GERUND_NOUNS`, or in -s after a determiner ("denied the claims") or
    held or counted (:func:`_plural_before`: "have claims", "several past claims"), its subject not joined to
    another (:func:`_joined_subject`: "the mayor and the council agree") unless it is a verb in -ing
    (:func:`~newskit.speakers.verb_in_ing`: "saving face and avoiding blame").

    Example
    -------
    >>> text = "He has the final say. Doctors say so. Police say so."
    >>> [_noun_cue(m, s) for m, s in zip(re.finditer("say", text), [("final", 11, 16), ("Doctors", 22, 29),
    ...                                                                      ("Police", 37, 43)])]
    [True, False, False]
    """
    cue = match.group().lower()
    if S_FORM.fullmatch(cue) and (_ing_object(match) or _adjective_before(match) or _plural_before(match)
                                  or _object_plural(match, subject)) or \
            _COMPOUND_HEAD.match(match.string, match.end()) and cue in GERUND_NOUNS:
        return True  # "denied the claims", "the J-Alert warning system"
    return (cue in _BASE_FORMS or cue in GERUND_NOUNS or S_FORM.fullmatch(cue)) \
        and noun_cue(match.string, _described(match.string, subject, cue in GERUND_NOUNS), match.start()) \
        and (verb_in_ing(match.string, subject) or not _joined_subject(match, subject))


_CLOSED_AFTER_NOUN = re.compile(r"\s*[,.;:)]|\s+(?:on|in|of|about|against|over|from|for)\b")
_WORD_BEFORE_PHRASE = re.compile(rf"(?<![,;:])\s(\p{{Ll}}+)\s+(?:(?:{alternation(DETERMINERS)})\s+)?$")


def _object_plural(match: re.Match, subject: tuple[str, int, int]) -> bool:
    """Whether the cue ``match``, the -s form of a verb that is mostly a noun
    (:data:`~newskit.text.lexicon.NOUN_LIKE_VERBS`: "claims", "reports"), is a plural noun closing the object of a
    word before it: its subject in lower case follows a verb or a preposition (no comma, "as" or "that" between) and
    punctuation or a preposition follows the cue ("denied the fraud claims,", "rules for asylum claims.", "rejected
    voter fraud claims on Monday"; not "It will pass, the lawyer claims.", "as the firm claims.", nor an owner, the
    source of the noun: "dismissed the pastor's claims,").

    Example
    -------
    >>> text = "They denied the fraud claims, he said. It will pass, the lawyer claims."
    >>> first, second = re.finditer("claims", text)
    >>> _object_plural(first, ("fraud", 16, 21)), _object_plural(second, ("lawyer", 57, 63))
    (True, False)
    >>> _object_plural(re.search("claims", "They denied the pastor's claims."), ("pastor's", 16, 24))
    False
    """
    cue, text = match.group().lower(), match.string
    if not (cue.endswith("s") and cue[:-1] in NOUN_LIKE_VERBS and _CLOSED_AFTER_NOUN.match(text, match.end())):
        return False
    before = _WORD_BEFORE_PHRASE.search(text, max(0, subject[1] - 40), subject[1])
    return subject[0].islower() and not POSSESSIVE_END.search(subject[0]) and before is not None \
        and before.group(1) not in {"as", "that", *CLAUSE_CONJUNCTIONS}  # "laugh off the pastor's claims": an owner


_WORD_CLOSING = re.compile(r"([\w'’-]+)\s+$")


def _adjective_before(match: re.Match) -> bool:
    """Whether a nationality adjective (:data:`~newskit.text.lexicon.DEMONYMS`), another adjective of
    :data:`~newskit.text.lexicon.CLAIM_ADJECTIVES` or a compound in "anti-" or "pro-" stands right before the cue
    ``match``: the cue in -s is then a plural noun it describes ("asked about South Korean claims", "the legal
    claims", "the anti-fraud claims": no one claims). An owner before the adjective is left to the subject reader
    ("Lee's false claims": Lee's).

    Example
    -------
    >>> [_adjective_before(re.search("claims", text)) for text in ("asked about Korean claims", "Jo Lee claims",
    ...                                                          "the legal claims", "Lee's legal claims",
    ...                                                          "the anti-fraud claims")]
    [True, False, True, False, True]
    """
    before = _WORD_CLOSING.search(match.string, max(0, match.start() - 40), match.start())
    word = before.group(1).lower() if before else ""
    if word in DEMONYMS:
        return True
    owned = _OWNER_CLOSING.search(match.string, max(0, match.start() - 80), before.start()) if before else None
    return (word in CLAIM_ADJECTIVES or bool(_PREFIXED.fullmatch(word))) and owned is None


_PREFIXED = re.compile(r"(?:anti|pro)-\p{Ll}[\p{Ll}-]*")
_OWNER_CLOSING = re.compile(r"(?:['’]s?|s['’])\s+$")


_COUNTS = {"several", "many", "few", "both", "these", "those"} | NUMBER_WORDS - {"one", "half", "third", "quarter",
                                                                                "hundred", "thousand"}
_PLURAL_BEFORE = re.compile(rf"(?<![\w'’-])(?:(?:have|has|had|having)|(?i:{alternation(_COUNTS)})"
                            r"\s+\p{Ll}[\p{Ll}-]*)\s+$")


def _plural_before(match: re.Match) -> bool:
    """Whether the cue ``match`` in -s is a plural noun by the words before it: a form of "have" holding it ("Chile
    and Peru have claims"), or a plural quantifier or number and one word in lower case describing it ("Unlike
    several past claims", "two new reports"), which no verb in -s can follow.

    Example
    -------
    >>> [_plural_before(re.search("claims", text)) for text in ("Peru has claims", "Unlike several past claims",
    ...                                                          "The firm claims", "Jo Lee claims")]
    [True, True, False, False]
    """
    return bool(_PLURAL_BEFORE.search(match.string, max(0, match.start() - 40), match.start()))


_ING_OWNED = re.compile(r"(?<![\w'’-])(\p{Ll}{3,}ing)\s+(?:(?:the|an?)\s+)?(?:[\w.&-]+\s+){0,3}?[\w.&-]+['’]s?"
                        r"(?:\s+\p{Lu}[\w.&-]*){0,4}\s+$")


def _ing_object(match: re.Match) -> bool:
    """Whether the cue ``match`` in -s ends a verb in -ing's object (:func:`~newskit.speakers.verb_in_ing`): an
    owner's name, at most a few capitalised words, then the cue, a plural noun the verb acts on, whatever subject
    was read before it ("a case filed by the Elmlands in a court challenging Ruritania’s Blue Sea claims": no one
    claims); a lower-case word before the cue is read by :func:`~newskit.speakers.noun_cue` ("denying claims"), and
    "a man backing Jo Lee's bid claims" keeps its subject.

    Example
    -------
    >>> text = ("a suit challenging Elmland’s Blue Sea claims; a suit denying Jo Lee's claims; a bill backing Jo Lee "
    ...         "claims; a man backing Jo Lee's bid claims")
    >>> [_ing_object(m) for m in re.finditer("claims", text)]
    [True, True, False, False]
    """
    found = _ING_OWNED.search(match.string, max(0, match.start() - 120), match.start())
    return found is not None and verb_in_ing(match.string, (found.group(1), found.start(1), found.end(1)))


_JOINED_BEFORE = re.compile(r"\band\s+(?:the\s+)?$")
_ONE_SUBJECT_VERB = re.compile(r"\s+(?:is|was|has)\b")


def _joined_subject(match: re.Match, subject: tuple[str, int, int]) -> bool:
    """Whether the cue ``match`` may be the verb of ``subject`` joined to another by "and" ("the mayor and the
    council agree"): not when the cue is a noun in -ing (:data:`~newskit.text.lexicon.GERUND_NOUNS`: "gestures and
    private pleading") or a verb of one subject follows it ("mental and emotional stress is": the cue is that
    subject).

    Example
    -------
    >>> text = "the mayor and the council agree; mental and emotional stress is; gestures and private pleading"
    >>> [_joined_subject(re.search(c, text), (w, text.index(w), text.index(w) + len(w)))
    ...  for c, w in (("agree", "council"), ("stress", "emotional"), ("pleading", "private"))]
    [True, False, False]
    """
    return bool(_JOINED_BEFORE.search(match.string[max(0, subject[1] - 10):subject[1]])) \
        and match.group().lower() not in GERUND_NOUNS and not _ONE_SUBJECT_VERB.match(match.string, match.end())


_INDEFINITE_WORD = re.compile(r"(?:(?:^|\s)(?:an?|no)\s+(\p{Ll}[\w-]*)|\s(much|little))$")
_DETERMINED_WORD = re.compile(r"(?:(?:^|\s)(?:an?|no|the|his|her|their|its|our|my|your)\s+(\p{Ll}[\w-]*)"
                              r"|\s(much|little))$")
"""The word after a determiner closing a subject, or a mass's quantity closing it ("puts too much" before "blame"):
the word describing the cue's noun, or the cue the noun that quantity measures."""


def _described(text: str, subject: tuple[str, int, int], gerund: bool) -> tuple[str, int, int]:
    """The last word of ``subject`` when "a", "an" or "no" comes before it and it ends the phrase ("the start of a
    possible" before "reckoning": "possible", the word describing the cue's noun; no verb follows "a" and one
    word) or when it is "much" or "little" ("puts too much" before "blame"), or also "the" or an owner's word for a
    ``gerund`` noun ("his stern" before "warning"), or when a verb in -ing (:func:`~newskit.speakers.verb_in_ing`)
    opens the phrase, the cue its object ("causing economic" before "stress"; a participle ending it describes the
    subject: "a teenager standing says"), else ``subject``: "sources close to her campaign say" keeps its subject.

    Example
    -------
    >>> text = "the start of a possible; close to her campaign; causing economic"
    >>> _described(text, ("start of a possible", 4, 23), False), _described(text, ("close to her campaign", 25, 46), False)
    (('possible', 15, 23), ('close to her campaign', 25, 46))
    >>> _described(text, ("causing economic", 48, 64), False)
    ('economic', 56, 64)
    >>> _described("it puts too much", ("it puts too much", 0, 16), False)
    ('much', 12, 16)
    """
    found = (_DETERMINED_WORD if gerund else _INDEFINITE_WORD).search(subject[0])
    if found and " " in subject[0]:
        return found.group(found.lastindex), subject[1] + found.start(found.lastindex), subject[2]
    words = [(w.group(), subject[1] + w.start(), subject[1] + w.end()) for w in re.finditer(r"\S+", subject[0])]
    if len(words) > 1 and verb_in_ing(text, words[0]):
        return words[-1]
    return subject


def _no_act(match: re.Match, subject: tuple[str, int, int], lo: int = 0) -> bool:
    """Whether the cue ``match`` with its ``subject`` in the sentence from ``lo`` reports no act of speech nor a
    view: a noun (:func:`_noun_cue`: "has the final say"), a verb of a declared position that declares nothing
    (:func:`newskit.cues.undeclared`: "many apologized", "Jo Lee could threaten to quit"), a reaction asked about
    (:func:`_asked_reaction`), a view that cites its holder for nothing (:func:`_view_uncited`) or a common word
    opening the sentence (:func:`_common_opener`: "History will say").

    Example
    -------
    >>> text = "He has the final say. Many apologized."
    >>> _no_act(re.search("say", text), ("final", 11, 16)), _no_act(re.search("apologized", text), ("Many", 22, 26))
    (True, True)
    """
    return _noun_cue(match, subject) or undeclared(match, subject[0]) or _asked_reaction(match, subject) or \
        _view_uncited(match.string, lo, match, subject) or _common_opener(match, lo, subject)


_ASKED = re.compile(r"(?<![\w'’-])(?:how|whether)\s+(?:(?:the|an?)\s+)?$", re.I)


def _asked_reaction(match: re.Match, subject: tuple[str, int, int]) -> bool:
    """Whether the cue ``match`` is "respond" in a question opened by "how" or "whether" just before its
    ``subject`` ("a debate over how the city responds to floods"): a reaction asked about, no words.

    Example
    -------
    >>> text = "a debate on how the city responds to floods; the city responded that"
    >>> [_asked_reaction(m, s) for m, s in zip(re.finditer("respond", text), [("city", 20, 24), ("the city", 45, 53)])]
    [True, False]
    """
    return match.group().lower().startswith("respond") and _ASKED.search(
        match.string, max(0, subject[1] - 16), subject[1]) is not None


_RELATIVE_WORD = re.compile(r"\b(?:who|which)\b")
_SET_OFF_CLOSED = re.compile(r"(?:,|--|[—–])\s*(?:(?:also|has|have|had|now|still|\p{Ll}+ly)\s+)*$")
_OBJECT_RELATIVE = re.compile(rf"(?:^|(?<=\s))(?:{alternation(QUESTION_WORDS)}|whom|which|whatever|that)\s+$",
                              re.IGNORECASE)
_SENTENCE_END = re.compile("".join(rf"(?<!\b{t[0].upper()}{t[1:]})" for t in sorted(TITLE_ABBREVIATIONS))
                           + r"[.!?](?:\s|$)")
"""The end of a sentence: a full stop, question or exclamation mark before a space, not after a title ("Mr. Lee")."""
_SET_OFF_CUE = re.compile(r",[”\"’']?\s+(?:[\w.'’/-]+\s+){0,6}$")  # ", a new NBC/Harbor poll finds", ",” Jo Lee said"
_ADJUNCT_CUE = re.compile(r"(?!according)\p{Ll}+ing(?:\s.*)?", re.DOTALL)
"""A cue in -ing ("calling", "saying that"): after a comma, what the clause's own subject did, not another's report
("according to" apart)."""


_NOUN_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:the|a|an|his|her|its|their|these|those|any|every)\s+(?:(?!(?:"
                          rf"{alternation(FUNCTION_WORDS | set(CLAUSE_CONJUNCTIONS))})\s)[\p{{Ll}}-]+\s+){{1,2}}$")
"""A phrase led by a determiner, its one or two words no function word or conjunction ("the policy points")."""


def _contact_relative(text: str, lo: int, start: int) -> bool:
    """Whether the subject at ``start`` in the sentence from ``lo`` opens a relative clause with no relative word:
    right after a phrase led by a determiner ("Jo Lee listed the points he hopes to see"), once the sentence has
    had its own subject before that phrase ("In the end he hopes" is no such clause).

    Example
    -------
    >>> text = "Jo Lee listed the points he hopes to see. In the end he hopes to win."
    >>> _contact_relative(text, 0, text.index("he hopes")), _contact_relative(text, 42, text.rindex("he hopes"))
    (True, False)
    """
    noun = _NOUN_BEFORE.search(text, lo, start)
    first = noun and sentence_subject(text, lo, start)
    return bool(first) and first[2] <= noun.start()


def _open_relative(text: str, start: int, cue: int) -> bool:
    """Whether a relative clause opened between ``start`` (a subject's end) and the cue at ``cue`` is still open
    there: the cue is its verb ("Jo Lee, who hopes to win"), not the main clause's after the aside is closed by a
    comma or dash ("Jo Lee, who lost in May, hopes to win"; "Jo Lee, a Democrat who lost, now hopes").

    Example
    -------
    >>> text = "Jo Lee, who hopes to win, spoke. Jo Lee, who lost in May, hopes to win."
    >>> _open_relative(text, 6, text.index("hopes")), _open_relative(text, 39, text.rindex("hopes"))
    (True, False)
    """
    relatives = list(_RELATIVE_WORD.finditer(text, start, cue))
    return bool(relatives) and not _SET_OFF_CLOSED.search(text, relatives[-1].end(), cue)


def _view_uncited(text: str, lo: int, match: re.Match, subject: tuple[str, int, int]) -> bool:
    """Whether the view cue ``match`` (:func:`newskit.cues.view_cue`) of the sentence from ``lo`` cites its
    ``subject`` for nothing: in a relative clause or an indirect question ("Jo Lee, who hopes to win, spoke", "the
    tax that Jo Lee endorsed", "the points he hopes to see": :func:`_contact_relative`, "how Jo Lee hopes to win"),
    the background of a name, or inside what another cue reports ("Al Roe said Jo Lee believes it", "Voters believe
    it, a poll finds", "Jo Lee hopes to ... “...,” Al Roe said": another source's words), not a participle after a
    comma, which tells what the holder did ("Jo Lee backed Al Roe, calling him a friend": :data:`_ADJUNCT_CUE`).

    Example
    -------
    >>> text = "Jo Lee, who hopes to win, spoke. Al Roe said Jo Lee believes it. Jo Lee believes it, a poll finds."
    >>> [_view_uncited(text, lo, re.compile("hopes|believes").search(text, lo), (n, text.index(n, lo),
    ...  text.index(n, lo) + len(n))) for lo, n in ((0, "Jo Lee"), (32, "Jo Lee"), (64, "Jo Lee"))]
    [True, True, True]
    >>> text = "Jo Lee believes Mr. Al Roe, he said."
    >>> _view_uncited(text, 0, re.search("believes", text), ("Jo Lee", 0, 6))
    True
    """
    if not view_cue(match.group().lower()):
        return False
    if _open_relative(text, subject[2], match.start()) or _OBJECT_RELATIVE.search(text, lo, subject[1]) \
            or _contact_relative(text, lo, subject[1]):
        return True
    end = _SENTENCE_END.search(text, match.end())
    later = cue_matches(text, match.end(), end.start() if end else len(text))
    return any(m.start() < subject[1] for m in cue_matches(text, lo, subject[1])) or any(
        _SET_OFF_CUE.search(text, match.end(), m.start()) and not _ADJUNCT_CUE.fullmatch(m.group()) for m in later)


def _rejected(match: re.Match, subject, inside: bool, skips: _Skips, lo: int) -> bool:
    """Whether the ``subject`` found for the cue ``match`` (``inside`` a quotation or not) in the sentence from
    ``lo`` is no source."""
    if subject is None or subject == "missing":
        return True
    if _no_act(match, subject, lo):
        return True  # "Lynch has the final say", "many apologized", "Al Roe said Jo Lee believes": no one's words
    if not inside and (skips.quoted(subject[1]) or skips.quoted(subject[2] - 1)) \
            and not skips.term(match.string, subject[1], subject[2]):
        return True  # quoted words are never a source, but a group named by a term may be ("birthers" have demanded)
    kind = source_type(subject[0])
    if inside and kind in _QUOTED_SPEAKERS:
        return True  # "according to him" inside a quotation: the speaker's own words
    if match.re is BY_CUES and _RECORDING.match(subject[0]):
        return True  # "according to a video of his remarks": the speaker's own words, credited to him
    return _refused_by_cue(match, subject, kind)


def _refused_by_cue(match: re.Match, subject: tuple[str, int, int], kind: str) -> bool:
    """Whether the cue ``match`` takes ``subject``, of source type ``kind``, as no source:
    a cause after "citing", a plural noun before "reports", a person "first to" report, or a subject that finds
    nothing (:func:`_unfound`)."""
    if cue_word(match) == "citing" and kind == "person" and not full_name(subject[0]):
        return True  # "..., citing the scale of the damage", "citing Christmas": no source
    if cue_word(match) == "reports" and not report_credit(match.string, match, subject):
        return True  # "police reports show": a plural noun, no one reporting
    if " first to " in cue_word(match) and kind == "person":
        return True  # "Jo Lee was the first to report for duty": a medium is first to report news
    return match.re is FINDING_CUES and _unfound(match, kind, subject[0])


_AUXILIARY_NEXT = re.compile(rf"\s+(?:{alternation(AUXILIARIES)})\b")
_CLOSED_WORDS = FUNCTION_WORDS | NUMBER_WORDS | frozenset(INDEFINITE_PRONOUNS + GROUP_QUANTIFIERS + ("another", "each"))


def _common_opener(match: re.Match, lo: int, subject: tuple[str, int, int]) -> bool:
    """Whether ``subject`` is a common word capitalised only because it opens the sentence from ``lo`` and an
    auxiliary follows ("History will say"; not "Local authorities said", "Campaign criticizes", which may name a
    body): one word in title case, no plural ("Voters say"), pronoun ("She"), quantifier or number ("Many", "One"),
    that the text writes in lower case elsewhere (:func:`newskit.cues.written_lower`) and never as a name where no
    sentence opens (:func:`newskit.cues.written_as_name`); not before a cue of finding ("Research suggests"), whose
    subject may be a common word.

    Example
    -------
    >>> text = "History will say he won. It was history. Elmer will say no; elmer trees grow. Said Elmer: no."
    >>> [_common_opener(re.compile("say").search(text, lo), lo, (w, text.index(w, lo), text.index(w, lo) + len(w)))
    ...  for lo, w in ((0, "History"), (41, "Elmer"))]
    [True, False]
    """
    text, word = match.string, subject[0]
    if match.re is FINDING_CUES or cue_word(match) in FINDING_VERBS or source_type(word) != "person":
        return False
    if " " in word or not word.istitle() or word.endswith("s") or word.lower() in _CLOSED_WORDS \
            or re.search(r"\w", text[lo:subject[1]]):
        return False
    return _AUXILIARY_NEXT.match(text, subject[2]) is not None and written_lower(text, word) \
        and not written_as_name(text, word)


def _unfound(match: re.Match, kind: str, subject: str = "") -> bool:
    """Whether the finding cue ``match`` ("found", "shows", "indicated") credits no ``subject`` of type ``kind``: any
    subject may state a finding ("House Republicans have indicated that"), a name one with "that" left out
    (:data:`_INDICATED_CLAUSE`: "Jo Lee has indicated she will run"), a poll or document finds, and a body
    or an outlet finds what the clause ends with or "that" opens ("the institute found that", "..., the Ledger
    found."), not an object ("the council found the money") nor as "show" ("the TV show"); so does a subject typed
    a person that is a proper name, with "found" or "finds" ("Pew found that", "..., Elmer found.": a pollster's or an
    analyst's finding; not "he found that", "the authors found that", whose words are often another's).

    Example
    -------
    >>> text = "the Harbor Institute found that; the council found the money; the TV show."
    >>> [_unfound(m, k) for m, k in zip(FINDING_CUES.finditer(text), ("official/institution",) * 2 + ("media",))]
    [False, True, True]
    >>> text = "Pew found that; he found that; Pew found it hard."
    >>> [_unfound(m, "person", s) for m, s in zip(FINDING_CUES.finditer(text), ("Pew", "he", "Pew"))]
    [False, True, True]
    >>> text = "Jo Lee has indicated he will run; Jo Lee indicated support; the council indicated it would."
    >>> [_unfound(m, "person", s) for m, s in zip(FINDING_CUES.finditer(text), ("Jo Lee", "Jo Lee", "the council"))]
    [False, True, True]
    """
    if _STATED_FINDING.match(match.string, match.start()) or kind == "document":
        return False
    if _INDICATED_CLAUSE.match(match.string, match.start()) and written_as_name(match.string, subject):
        return False
    if kind in _FINDING_BODIES and not match.group().startswith("show"):  # "the TV show": a noun after an outlet
        return CLAUSE_CLOSED.match(match.string, match.end()) is None
    if kind == "person" and match.group() in ("found", "finds") and proper_name(subject):
        return CLAUSE_CLOSED.match(match.string, match.end()) is None
    return True


_WHO = re.compile(r"\s+who(?:['’]d)?\s+(?=\p{Ll})")  # "who'd rather ...": "who would"
_OPENING = re.compile(r"\s*(?:\p{Lu}\w*\s+)?((?:[\w'’-]+\s+){1,3}and\s+)?")  # "Even", "Even figures and"
_AUXILIARIES = re.compile(r"(?:(?:might|may|would|could|should|will|can|must|did|do|does|had|has|have|not|also|never|"
                          r"often|once|later|then)\s+)*")


def relative_subject(text: str, lo: int, cue: int) -> tuple[str, int, int] | None:
    """The subject of a cue at ``cue`` whose subject opens its clause (from ``lo``) and is followed by a
    relative clause without commas ("Two officials who spoke on condition of anonymity said": the officials),
    else None. At most one capitalised word may come before the subject ("Even lawmakers who ...").

    Example
    -------
    >>> text = "Two officials who spoke on condition of anonymity said talks failed."
    >>> relative_subject(text, 0, text.index("said"))
    ('Two officials', 0, 13)
    >>> text = "She thanked the volunteers who helped and said she was glad."
    >>> relative_subject(text, 0, text.index("said")) is None
    True
    """
    whos = list(_WHO.finditer(text, lo, cue))
    who = whos[-1] if whos else None
    if who is None or text[:who.start()].endswith(",") or re.search(r"[,;:()]", text[who.end():cue]) or _AUXILIARIES.fullmatch(text, who.end(), cue):
        return None
    head = subject_before(text, lo, who.start())
    opening = _OPENING.fullmatch(text, lo, head[1]) if head is not None else None
    if opening is None or head[0].split()[0].lower() in PRONOUNS:
        return None
    if opening.group(1):  # "figures and writers who ...": both
        head = (text[opening.start(1):head[2]], opening.start(1), head[2])
    return checked_subject(text, lo, head, who.start())


def find_attributions(text: str, spans: list[tuple[int, int]], skip: list[tuple[int, int]] = ()) -> list[dict]:
    """Attributions in the sentences ``spans`` of ``text``, skipping cues inside ``skip`` (quoted, sorted) spans.

    Returns dicts with source (as written), cue, start, end (of source and cue together),
    mention_start, mention_end, and the index of the sentence span.

    Example
    -------
    >>> text = "Authorities blamed the violence on extremists."
    >>> [(a["source"], a["cue"]) for a in find_attributions(text, [(0, len(text))])]
    [('Authorities', 'blamed')]
    """
    skips = _Skips(text, skip)
    found = []
    for index, (lo, hi) in enumerate(spans):
        last, last_cue = None, 0
        for match in cue_matches(text, lo, hi):
            inside = skips.quoted(match.start())
            if inside and not _embedded_cue(match):
                continue
            subject = _cue_subject(text, match, lo, hi, skips, last, last_cue)
            if subject is None and match.re not in (BY_CUES, AGENT_CUES):  # "The rules issued Thursday said"
                subject = participle_subject(text, skips.clause_start(lo, match.start()), match.start())
            if subject not in (None, "missing"):
                clause = skips.clause_start(lo, match.start())
                subject = checked_subject(text, clause, subject, match.start()) or (
                    None if match.re in (BY_CUES, AGENT_CUES) else participle_subject(text, clause, match.start()))
            if subject not in (None, "missing"):
                subject = document_author(text, lo, subject, match.start()) or subject
            if match.re not in (BY_CUES, AGENT_CUES) and subject != "missing":  # "Officials who spoke ... said"
                clause = skips.clause_start(lo, match.start())
                before = relative_subject(text, clause, match.start())
                subject = before if before and (subject is None or subject[1] > before[2]) else subject
            if match.re in (LINE_LABELS, LABEL_CUES, HEADLINE_LABELS):  # "TAPPER:", "Jo Lee: “...”"; not "Update:"
                subject = _person_label(text, subject, named=match.re is HEADLINE_LABELS)
            if _rejected(match, subject, inside, skips, lo):
                continue
            subject = _widened(text, clause, _unowned(text, _partner_named(subject)))
            last, last_cue = subject, match.end()
            named = [*_joined_before(text, clause, subject), subject, *_named_besides(text, match, hi, subject)]
            for source, s, e in named:
                found.append({"source": source, "cue": cue_word(match),
                              "start": min(s, match.start()), "end": max(e, match.end()), "mention_start": s,
                              "mention_end": e, "span": index})
    return _one_per_work(found)


def _one_per_work(found: list[dict]) -> list[dict]:
    """``found`` without the attribution of a work's cue (:data:`newskit.cues.WORK_FROM`: "a statement by") whose
    maker is also the subject of a verb: one source, cued by the verb ("A statement by the Elm Board said": the
    board, "said").

    Example
    -------
    >>> rows = [{"cue": "a statement by", "mention_start": 19, "mention_end": 28, "span": 0},
    ...         {"cue": "said", "mention_start": 19, "mention_end": 28, "span": 0}]
    >>> [row["cue"] for row in _one_per_work(rows)]
    ['said']
    """
    def work(row: dict) -> bool:
        return WORK_FROM.fullmatch(row["cue"] + " ") is not None

    verbs = {(row["mention_start"], row["mention_end"]) for row in found if not work(row)}
    return [row for row in found if not work(row) or (row["mention_start"], row["mention_end"]) not in verbs]


_PARTNER_NAMED = re.compile(r"(?:[Tt]he\s+)?(?:\p{Lu}[\w.&'’-]*\s+)+(?:partner|affiliate)\s+(?=\p{Lu}[^\s]*$|"
                            r"(?:\p{Lu}[\w.&'’-]*\s+)+\p{Lu}[\w.&'’-]*$)")


def _partner_named(subject):
    """``subject`` without the body it is a partner or an affiliate of, named before it ("Elm Gazette partner Oak
    Health News reported": Oak Health News, who reports); ``subject`` itself otherwise (and when it is None).

    Example
    -------
    >>> _partner_named(("Elm Gazette partner Oak Health News", 4, 39)), _partner_named(("business partner", 0, 16))
    (('Oak Health News', 24, 39), ('business partner', 0, 16))
    """
    cut = _PARTNER_NAMED.match(subject[0]) if isinstance(subject, tuple) else None
    return (subject[0][cut.end():], subject[1] + cut.end(), subject[2]) if cut else subject


def _unowned(text: str, subject: tuple[str, int, int]) -> tuple[str, int, int]:
    """``subject`` without the possessive ending it: the owner of a cue read as a noun is its source ("Elmland's
    claims", "the nominee's boasts"); an owner after "of" stays ("friends of Jo Lee's"), and so does a name ``text``
    never writes without its "'s" (:func:`_written_bare`: "Hallam's reported").

    Example
    -------
    >>> text = "Elmland's claims; friends of Jo Lee's; Elmland"
    >>> _unowned(text, ("Elmland's", 0, 9)), _unowned(text, ("friends of Jo Lee's", 18, 37))
    (('Elmland', 0, 7), ("friends of Jo Lee's", 18, 37))
    """
    subject = _adjective_owner(text, subject)
    owner = _OWNER_WORD.search(subject[0])
    if not owner or re.search(r"\bof\b", subject[0]) or not _written_bare(text, owner.group(1)):
        return subject
    return subject[0][:-2], subject[1], subject[2] - 2


_OWNER_BEFORE = re.compile(r"(?:^|(?<=\s))((?:\p{Lu}[\w.-]*\s+){0,3}\p{Lu}[\w-]*)(['’]s?)\s+$")


def _adjective_owner(text: str, subject: tuple[str, int, int]) -> tuple[str, int, int]:
    """The owner written before an adjective of :data:`~newskit.text.lexicon.CLAIM_ADJECTIVES` that closes
    ``subject``: what the cue after it names is the owner's ("Lee's legal claims", "Phillips' false claims": Lee's,
    Phillips); ``subject`` itself otherwise.

    Example
    -------
    >>> text = "Jo Lee's legal claims; Phillips' legal claims; the legal claims"
    >>> _adjective_owner(text, ("Jo Lee's legal", 0, 14)), _adjective_owner(text, ("legal", 33, 38))
    (("Jo Lee's", 0, 8), ('Phillips', 23, 31))
    >>> _adjective_owner(text, ("legal", 51, 56))
    ('legal', 51, 56)
    """
    words = subject[0].split()
    if not words or words[-1].lower() not in CLAIM_ADJECTIVES:
        return subject
    start = subject[1] + len(subject[0]) - len(words[-1])
    owner = _OWNER_BEFORE.search(text, max(0, start - 60), start)
    if not owner or len(words) > 1 and owner.start() != subject[1]:
        return subject
    end = owner.end(2) if owner.group(2).endswith("s") else owner.end(1)
    return text[owner.start():end], owner.start(), end


def _person_label(text: str, subject, named: bool = False) -> tuple[str, int, int] | None:
    """The speaker's label ``subject`` (:data:`newskit.cues.LINE_LABELS`, :data:`newskit.cues.LABEL_CUES`) as a
    source, written as a name when it is in capitals ("TAPPER": Tapper), when it is a person's full name or ends
    in the surname of a person ``text`` names; None otherwise ("Update", "CORRECTION", a heading in capitals holding
    a word that breaks names: "MOVE OF THE RACE"). With ``named`` (a headline's label,
    :data:`newskit.cues.HEADLINE_LABELS`) only the surname of a person the text names or an outlet's name
    (:func:`_outlet_label`) will do: a headline's capitals make any label look like a full name ("Paid Notice:
    Deaths").

    Example
    -------
    >>> text = "TAPPER: Why? Jake Tapper asked Jo Lee. Update: “No.”"
    >>> _person_label(text, ("TAPPER", 0, 6)), _person_label(text, ("Update", 39, 45))
    (('Tapper', 0, 6), None)
    >>> _person_label("MOVE OF THE RACE: Jo Race passed Al Roe.", ("MOVE OF THE RACE", 0, 16)) is None
    True
    """
    if subject in (None, "missing"):
        return None
    source = subject[0].title() if subject[0].isupper() else subject[0]
    words = source.split()
    if subject[0].isupper() and any(w.lower() in NAME_BREAKS for w in words):
        return None  # a heading in capitals ("MISTAKE OF THE RACE: ..."), no name
    if not (not named and len(words) > 1 and person_name(words) == words or words[-1].lower() in _surnames(text)
            or named and _outlet_label(text, subject[0])):
        return None
    return source, subject[1], subject[2]


def _outlet_label(text: str, label: str) -> bool:
    """Whether a headline's label names a news outlet or a wire ("NY Post: Jo Lee Is Wrong") that ``text`` writes
    nowhere else: a page's own show or section is written again in its body ("Elm News Daily: ...").

    >>> _outlet_label("Elm Post: Jo Lee Is Wrong\\nShe ran.", "Elm Post")
    True
    >>> _outlet_label("AP: Lee Wins\\nAP said.", "AP")
    False
    """
    return source_type(label) in ("media", "wire agency") and text.count(label) == 1


@functools.lru_cache(maxsize=8)
def _surnames(text: str) -> frozenset[str]:
    """The family names (:func:`newskit.speakers.family_name`), in lower case, of the people's names ``text`` writes
    (:func:`newskit.speakers.name_forms`).

    Example
    -------
    >>> sorted(_surnames("TAPPER: Why? Jake Tapper asked Jo Lee."))
    ['lee', 'tapper']
    """
    return frozenset(family_name(name).lower() for name in name_forms(text) if source_type(name) == "person")


_AGENT = alternation(AGENT_NOUNS)
_OWNED = re.compile(rf"^(?P<who>.+?)['’]s\s+(?P<body>campaign|office|team|(?:{_AGENT})s?)$")
_DEFINITE = re.compile(r"\bthe\s+(?:\p{Ll}[\w-]*\s+){0,3}?(?:and\s+)?$", re.I)  # "the", "the mogul and"
_OWNER_REACH = 300  # characters before "the governor's campaign" its candidate is looked for in
_DESCRIPTION_LEAD = frozenset({*PAST_HOLDER_WORDS, "outgoing", "embattled", "current"})


def _description_head(words: list[str]) -> str:
    """The head noun of a description: its last word, or the word before "of" ("secretary of state")."""
    low = [w.lower() for w in words]
    return words[low.index("of") - 1] if "of" in low[1:] else words[-1]


def described_person(text: str, mention: str, pos: int, cited: list[str], names: list[str] = (),
                     roles: dict[str, set[str]] | None = None, subjects: list[str] = ()) -> str | None:
    """The person a definite description written at ``pos`` names, or whose campaign (office, team, agent:
    :data:`~newskit.text.lexicon.AGENT_NOUNS`) it names: "the four-term congressman", "the former Mexican
    president", "the reality TV star", "the billionaire", "the former secretary of state's campaign". A description
    has a head noun that is a role (:func:`newskit.speakers.role_phrase`) with a modifier, or a person noun
    (:data:`newskit.text.lexicon.PERSON_NOUNS`). A person is the one of ``cited`` (people cited before) written
    last before it, else the one of ``subjects`` (people the clauses of the sentence before have as subjects)
    written last, none of either that he or she could not stand for (:func:`newskit.speakers.pronoun_may_name`:
    "North Korea"); a campaign's owner the one of ``names`` with a known given name ("Hillary Clinton", not "New
    Jersey") written last in the 300 characters before it.
    When ``roles`` (see :func:`newskit.speakers.role_names`) gives the head's holders, only they are read; an
    agent's ("the ministry spokesman": :data:`~newskit.text.lexicon.AGENT_NOUNS`) is read only so. None when
    ``mention`` is no such description or nobody fits.

    Example
    -------
    >>> text = "Jo Lee won. Al Roe lost. The reality TV star said so. The governor's campaign said no."
    >>> described_person(text, "reality TV star", text.index("reality"), ["Jo Lee", "Al Roe"])
    'Al Roe'
    >>> described_person(text, "governor's campaign", text.index("governor"), [], ["Jo Lee", "Al Roe"],
    ...                  {"governor": {"Jo Lee"}})
    "Jo Lee's campaign"
    >>> described_person(text, "spokesman", text.index("reality"), ["Jo Lee", "Al Roe"]) is None
    True
    >>> described_person(text, "ministry spokesman", text.index("reality"), ["Jo Lee", "Al Roe"]) is None
    True
    >>> described_person(text, "billionaire", text.index("reality"), ["Jo Lee", "Al Roe"])
    'Al Roe'
    >>> text = "Rain fell -- and Jo Lee attacked Al Roe. The presumptive nominee said so."
    >>> described_person(text, "presumptive nominee", text.index("presumptive"), [], subjects=["Jo Lee"])
    'Jo Lee'
    """
    owned = _OWNED.match(mention)
    words = _description_words(owned.group("who") if owned else mention, bool(owned))
    if words is None:
        return None
    holders = _holders(words, mention, roles or {})
    if holders == set() or _unheld_agent(words, holders, bool(owned)):
        return None  # "the US president" when the text titles none; "the ministry spokesman" no one is named as
    pool = [n for n in names if given_name(n.split()[0])] if owned else _people(text, cited)
    pool = _of_sex(words, [n for n in pool if n in holders] if holders else pool)
    lo = max(0, pos - _OWNER_REACH) if owned else 0
    last = _last_named(text[lo:pos], pos - lo, pool)
    if last is None and not owned:  # no one cited: the subject of the sentence before
        last = _last_named(text[lo:pos], pos - lo,
                           _of_sex(words, [n for n in _people(text, subjects) if not holders or n in holders]))
    if last is None:
        return None
    return f"{last}'s {owned.group('body')}" if owned else last


def _unheld_agent(words: list[str], holders: set[str] | None, owned: bool) -> bool:
    """Whether a description of ``words`` owning nothing names an agent (:data:`~newskit.text.lexicon.AGENT_NOUNS`:
    "ministry spokesman") no one is known to be (``holders`` None): one who speaks for a body, not whoever was cited
    last."""
    return holders is None and not owned and _description_head(words).lower() in AGENT_NOUNS


def _people(text: str, names: list[str]) -> list[str]:
    """The ``names`` he or she could stand for in ``text`` (:func:`newskit.speakers.pronoun_may_name`: not "North
    Korea"), each without its title ("Rep. Jo Lee": Jo Lee)."""
    return [after_titles(n) for n in names if pronoun_may_name(n, text)]


def _of_sex(words: list[str], names: list[str]) -> list[str]:
    """The ``names`` a description of ``words`` may name: where a word of it gives a sex ("congressman",
    "spokeswoman": :func:`~newskit.speakers.word_sex`), none whose given name is borne by the other sex.

    Example
    -------
    >>> _of_sex(["congressman"], ["Hillary Clinton", "Jo Lee", "Duncan Hunter"]), _of_sex(["senator"], ["Ann Roe"])
    (['Jo Lee', 'Duncan Hunter'], ['Ann Roe'])
    """
    sex = {word_sex(w) for w in words} - {""}
    if len(sex) != 1:
        return names
    return [n for n in names if given_name_gender(n.split()[0]) in ("", *sex)]


def _description_words(phrase: str, owned: bool) -> list[str] | None:
    """The words of a description without "former", "late" ...; None when ``phrase`` is no description of one
    person: no modifier (unless it owns a campaign or is a person noun alone: "the billionaire"), a capitalised last
    word, or a head that is no role or person noun, or a plural."""
    words = [w for w in phrase.split() if w.lower() not in _DESCRIPTION_LEAD]
    if not words or (len(words) < 2 and not owned and words[-1] not in PERSON_NOUNS) or not words[-1].islower():
        return None
    head = _description_head(words)
    if not head.islower() or not (role_phrase(head) or head in PERSON_NOUNS) or head in PLURAL_ROLES:
        return None
    return words


def _holders(words: list[str], mention: str, roles: dict[str, set[str]]) -> set[str] | None:
    """The people ``roles`` gives the description's role ("Mexican president" with its place, else "president"; a
    party, :data:`~newskit.text.lexicon.PARTY_MEMBERS`, is no place: "Democratic congresswoman"); None when any
    person may be meant (no holders known, or a former holder); an empty set when a place goes with the role and
    the text titles nobody with both. A congressman is the representative the text titles so
    (:data:`~newskit.text.lexicon.TITLED_AS`)."""
    head = _description_head(words)
    place = len(words) > 1 and words[-2][:1].isupper() and words[-2] not in PARTY_MEMBERS and words[-1] == head \
        and role_phrase(head)  # "US president", not "Democratic congresswoman"
    if re.search(rf"\b(?:{alternation(PAST_HOLDER_WORDS)})\b", mention, re.I):
        return None  # "the former Mexican president": not the one the text titles "President" now
    role = TITLED_AS.get(head.lower(), head)  # "the congressman": the one titled "Rep."
    holders = roles.get(f"{words[-2]} {role}".lower()) if place else roles.get(role)
    return set(holders) if holders else (set() if place else None)


def _definite_source(version, mention: str, pos: int, names: list[str], roles: dict[str, set[str]],
                     speakers: list[tuple[int, str]], before: tuple[int, int] | None = None) -> str:
    """Who a role or description after "the" at ``pos`` is, when the roles did not say: the one person the text
    titles so ("President Obama ... the president said"), else the person a description names
    (:func:`described_person`, given the people the clauses of the sentence spanning ``before`` have as subjects),
    else the organisation a description names, a company (:func:`described_organisation`) or a body by a word of its
    name, where the text names one such body (:func:`~newskit.quote_speakers.described_body`: "the bureau" of the Elm
    Bureau of Water), else ``mention``.
    A title written alone in capitals ("the President tweeted") is that role: its one holder, else the role in lower
    case, a description and no name. "The latter" and "the former" are people named since the sentence before
    (:func:`latter_or_former`)."""
    window = before[0] if before else max(0, pos - _OWNER_REACH)
    named = latter_or_former(version.raw, mention, window, pos, names) or title_alone(version.body, mention, names)
    if named:
        return named
    if role_phrase(mention) and len(mention.split()) == 1:
        titled = titled_name(version.body, mention, names)
        if titled != mention:
            return titled
    subjects = [resolve_source(s, names, roles, False) for s, _, _ in clause_subjects(version.raw, *before)] \
        if before else []
    return (described_person(version.raw, mention, pos, _cited(speakers), names, roles, subjects)
            or described_organisation(version.raw, mention, pos) or described_body(version.raw, mention, pos, one=True)
            or mention)


def title_alone(text: str, mention: str, names: list[str]) -> str | None:
    """Who a title written alone in capitals (:data:`~newskit.text.lexicon.NAME_TITLES`: "the President tweeted") is:
    the one person ``text`` titles so (:func:`~newskit.cues.titled_name`) where it writes the title before that
    name in full ("President Jo Lee"; not "Pope Leo" for "Leo XIII"), else the role in lower case, a description
    and no name; None for another ``mention``.

    Example
    -------
    >>> text = "President Jo Lee spoke. Then the President left."
    >>> title_alone(text, "President", ["Jo Lee"]), title_alone("Then the President left.", "President", [])
    ('Jo Lee', 'president')
    """
    if not (mention.istitle() and mention.lower() in NAME_TITLES and role_phrase(mention.lower())):
        return None
    titled = titled_name(text, mention.lower(), names)
    return titled if re.search(rf"\b{re.escape(mention)}\s+{re.escape(titled)}\b", text) else mention.lower()


_AGENT_ROLES = re.compile(rf"^(?P<who>.+?)['’]s\s+(?P<role>{_AGENT})s?$")
_APPOSED = r"['’]s\s+(?:\p{Ll}+\s+)?{role}s?,?\s+((?:\p{Lu}[\w'’-]+\s+)(?:\p{Lu}\.\s+)?\p{Lu}[\w'’-]+)"


def named_agent(text: str, mention: str) -> str | None:
    """The person named elsewhere in ``text`` as the agent (lawyer, spokesman, aide ...:
    :data:`~newskit.text.lexicon.AGENT_NOUNS`) ``mention`` names by its owner ("Grimm's lawyer" with "Grimm's
    lawyer, William McGinley, said" in the text); None when the text names nobody so, or more than one person.

    Example
    -------
    >>> text = "Rep. Jo Lee's lawyer said he would fight. Lee's defense lawyer, Al Roe, declined to comment."
    >>> named_agent(text, "Rep. Jo Lee's lawyer"), named_agent(text, "Lee's spokesman")
    ('Al Roe', None)
    >>> named_agent("Jo Lee's aide said no. Lee's aide, Al Roe, left.", "Jo Lee's aide")
    'Al Roe'
    """
    owned = _AGENT_ROLES.match(mention)
    if owned is None:
        return None
    owner = owned.group("who").split()[-1]
    found = {m.group(1) for m in re.finditer(rf"\b{re.escape(owner)}" + _APPOSED.replace("{role}", owned.group("role")), text)
             if person_name(m.group(1).split()) == m.group(1).split()}
    return found.pop() if len(found) == 1 else None


def _agent_source(text: str, mention: str, pos: int, definite: bool, resolved: str, names: list[str],
                  roles: dict[str, set[str]]) -> str | None:
    """Whose agent (:data:`~newskit.text.lexicon.AGENT_NOUNS`) the mention at ``pos`` is: "the spokeswoman" the
    text introduced as one for Jo Lee (:func:`~newskit.quote_speakers.agent_owner`), or Jo Lee ("``resolved``")
    in "said a spokeswoman for Jo Lee" (:func:`~newskit.quote_speakers.agent_before`), both "Jo Lee's
    spokeswoman" (the person named as that agent when the text names one: :func:`named_agent`); None for
    another mention."""
    owner = agent_owner(text, mention, pos) if definite else None
    if owner:
        owned = f"{resolve_source(owner[0], names, roles, False)}'s {mention}"
        return named_agent(text, owned) or owned
    agent = agent_before(text, pos)
    return f"{resolved}'s {agent}" if agent else None


def statement_authors(rows: list[dict], text: str) -> None:
    """Give a statement written as the source ("the statement said", "said the statement from ...", "Jo Lee's
    statement said") its author, in place, by :func:`newskit.quote_speakers.statement_author`: the source of
    the row that names its owner or its "from" phrase, else the last source before it that gave a statement
    ("Jo Lee said in a statement", "issued a statement"); a letter's authors where the text introduces it ("40
    nurses have sent Jo Lee a letter") when no row names them.

    Example
    -------
    >>> text = "Jo Lee said in a statement that he was sad. The statement said more."
    >>> rows = [{"source": "Jo Lee", "cue": "said", "sentence": 0, "start": 0, "end": 11, "mention": "Jo Lee",
    ...          "source_type": "person"},
    ...         {"source": "statement", "cue": "said", "sentence": 1, "start": 48, "end": 66, "mention": "statement",
    ...          "source_type": "document"}]
    >>> statement_authors(rows, text)
    >>> [(r["source"], r["source_type"]) for r in rows]
    [('Jo Lee', 'person'), ('Jo Lee', 'person')]
    """
    givers: list[dict] = []
    given = 0  # where the last source giving a statement stands: a document introduced before it is older
    for row in sorted(rows, key=lambda r: r["start"]):
        at = text.find(row["mention"], row["start"], row["end"])
        if (is_statement(row["mention"]) or writes_documents(row["mention"])) and at >= 0:
            author = statement_author(text, at, at + len(row["mention"]), len(text), givers, _issuer_row(rows, row),
                                      lambda name: {"source": name, "source_type": source_type(name)}, lo=given)
            if author is not None:
                row["source"], row["source_type"] = author["source"], author["source_type"]
                givers.append(author)
        elif gave_statement(text, row["cue"], row["end"], at if at >= 0 else None):
            givers.append(row)
            given = row["start"]


def _issuer_row(rows: list[dict], row: dict):
    """``named`` for :func:`~newskit.quote_speakers.statement_author` on attribution rows: the row, no statement
    itself, whose span holds the position of the name (or of the "from" phrase), None if none."""
    return lambda name, pos: next((r for r in rows if r is not row and r["start"] <= pos < r["end"]
                                   and not is_statement(r["mention"])), None)


def _kind(text: str, source: str, mention: str, pos: int, definite: bool) -> str:
    """The source type of ``source`` written as ``mention`` at ``pos``: a company a description names ("the
    company": Facebook) is a body, never a person to be given a fuller name; a country that says or denies
    (:data:`~newskit.text.lexicon.COUNTRY_DEMONYMS`: "China denies ...") speaks through its government.

    Example
    -------
    >>> _kind("China denies it.", "China", "China", 0, False), _kind("Jo Lee said so.", "Jo Lee", "Jo Lee", 0, False)
    ('government', 'person')
    """
    if is_pronoun(source):
        return "person"
    if definite and source != mention and described_organisation(text, mention, pos) == source:
        return "official/institution"
    if without_the((source, 0, len(source)))[0].casefold() in COUNTRY_DEMONYMS:
        return "government"
    return source_type(source)


def _cited(speakers: list[tuple[int, str]]) -> list[str]:
    """The people cited so far, in order, each once (people: never a place such as "New Jersey")."""
    return list(dict.fromkeys(name for _, name in speakers))


def _last_named(text: str, pos: int, names: list[str]) -> str | None:
    """The person of ``names`` (full names) written last before ``pos``, in full or by a surname that no other
    of ``names`` has."""
    return _named_at(text, pos, names)[1]


def _named_at(text: str, pos: int, names: list[str]) -> tuple[int, str | None]:
    """(offset, name) of :func:`_last_named`; (-1, None) when none of ``names`` is written before ``pos``."""
    people = [n for n in names if len(n.split()) > 1 and source_type(n) == "person"]
    surnames = [family_name(n) for n in people]
    return last_written(text, pos, {name: [name] + ([family_name(name)] if surnames.count(family_name(name)) == 1
                                                    else []) for name in people})


def latter_or_former(text: str, mention: str, lo: int, pos: int, names: list[str]) -> str | None:
    """The person "the latter" (the one of ``names`` written last between ``lo`` and ``pos``) or "the former" (the
    other written last before that one) at ``pos`` means; None for another ``mention`` or where fewer than two people
    are named there.

    Example
    -------
    >>> text = "Jo Lee met Ann Bell. The latter said no; the former said yes."
    >>> names = ["Jo Lee", "Ann Bell"]
    >>> latter_or_former(text, "latter", 0, 25, names), latter_or_former(text, "former", 0, 44, names)
    ('Ann Bell', 'Jo Lee')
    >>> latter_or_former("Ann Bell spoke. The latter said no.", "latter", 0, 20, names) is None
    True
    """
    if mention.lower() not in ("latter", "former"):
        return None
    at, latter = _named_at(text[lo:pos], pos - lo, names)
    former = _named_at(text[lo:pos], at, [n for n in names if n != latter])[1] if latter else None
    if former is None:
        return None
    return latter if mention.lower() == "latter" else former


def _body_names(rows: list[dict]) -> None:
    """Write the one-word name of a body ("the Times") as the one longer name of the rows that ends in it
    ("New York Times", not "spokeswoman for Facebook"), in place."""
    longer: dict[str, set[str]] = {}
    for row in rows:
        words = row["source"].split()
        if len(words) > 1 and row["source_type"] != "person" and words[-1][:1].isupper() and words[0][:1].isupper():
            longer.setdefault(words[-1], set()).add(row["source"])
    for row in rows:
        found = longer.get(row["source"], ())
        if row["source_type"] != "person" and len(found) == 1:
            row["source"] = next(iter(found))


def _publications(rows: list[dict], text: str) -> None:
    """Type as media the sources ``text`` uses as a publication elsewhere ("The Ledger reported", "told The
    Ledger": :func:`newskit.cues.publication_names`), in place."""
    names = publication_names(text) if "The" in text else set()
    for row in rows:
        if names and row["source_type"] in ("person", "official/institution") and \
                re.sub(r"^[Tt]he\s+", "", row["source"]) in names:
            row["source_type"] = "media"


def _title(word: str) -> bool:
    """A title of :data:`newskit.text.lexicon.NAME_TITLES`, in the plural too ("senators" before a list of names)."""
    return word in NAME_TITLES or word.endswith("s") and word[:-1] in NAME_TITLES


def after_titles(source: str) -> str:
    """A person's name without the words of a role before its last title ("Supreme Court Justice Ruth Bader
    Ginsburg": Ruth Bader Ginsburg; :data:`newskit.text.lexicon.NAME_TITLES`) or before the word closing a body's
    name the role is held in (:data:`newskit.text.lexicon.BODY_NAME_ENDS`: "Chair of the Elm Security Committee Jo
    Lee"), when two or more name words follow it; ``source`` otherwise, and so when a group noun and "of" come before
    the title (:func:`newskit.speakers.group_of`: "Critics of Gov. Jo Lee" are the critics, not Jo Lee).

    Example
    -------
    >>> after_titles("Supreme Court Justice Ruth Bader Ginsburg"), after_titles("Justice Ginsburg")
    ('Ruth Bader Ginsburg', 'Justice Ginsburg')
    >>> after_titles("Elm Security Committee Jo Lee"), after_titles("Elm Security Committee")
    ('Jo Lee', 'Elm Security Committee')
    >>> after_titles("Critics of Gov. Jo Lee")
    'Critics of Gov. Jo Lee'
    >>> after_titles("Senators Jo Lee")  # a plural title before a list of names
    'Jo Lee'
    """
    words = source.split()
    titles = [i for i, w in enumerate(words)
              if _title(w.lower().rstrip(".")) or w.istitle() and w.lower() in BODY_NAME_ENDS]
    rest = words[titles[-1] + 1:] if titles else []
    if len(rest) < 2 or not all(w[:1].isupper() for w in rest) or person_name(rest) != rest \
            or group_of(words[:titles[-1]]):
        return source
    return " ".join(rest)


def _read_pronoun(mention: str, source: str) -> str:
    """The source of ``mention`` when it is a pronoun, read in its subject form (:data:`SUBJECT_FORMS`; "according
    to him": he, whom :func:`version_sourcing` reads; "them", "us", "me": the subject form no source is named by;
    "The US" in capitals is a name); ``source`` otherwise.

    Example
    -------
    >>> _read_pronoun("him", "him"), _read_pronoun("He", "He"), _read_pronoun("them", "them"), _read_pronoun("US", "US")
    ('he', 'He', 'they', 'US')
    """
    form = mention.lower() if mention.isupper() else SUBJECT_FORMS.get(mention.lower(), mention.lower())
    if form in PERSON_PRONOUNS:
        return mention if form == mention.lower() else form
    return form if source == mention and form != mention.lower() else source


def _person_form(version, source: str, kind: str, pos: int, names: list[str]) -> str:
    """``source`` of type ``kind`` written at ``pos`` as a person's name: without the role before a title
    (:func:`after_titles`), a title and office ("Speaker Jo Lee of Ohio": Jo Lee) or a formal given name
    ("Elizabeth Cheney": Liz Cheney) the version's ``names`` do not use, a given name in capitals opening it written
    as a name is (:func:`newskit.speakers.page_cased`: "MICHAEL Lee": Michael Lee)."""
    if source_type(after_titles(source)) == "person":
        source = after_titles(source)  # "Supreme Court Justice Ruth Bader Ginsburg": a person, not the court
    if kind != "person":
        return source
    titled = titles_before(version.raw, pos) if len(source.split()) == 1 else ""
    untitled = untitled_person(titled + source, version.body, names)
    return page_cased(nickname_form(source if untitled == titled + source else untitled, names))


def version_attributions(version, sentences: pd.DataFrame, quoted: list[tuple[int, int]],
                         pronouns: dict[int, list[dict]] | None = None) -> list[dict]:
    """Attribution rows (see :func:`newskit.sources.attributions`) of ``version`` whose sentences are
    ``sentences``, cues inside the sorted ``quoted`` spans skipped; credit rows last. A he/she source is left as
    written in its subject form, its rows put in ``pronouns`` by the offset of its mention (:func:`version_sourcing`
    reads whom it names with the quotations).

    Example
    -------
    >>> from newskit.story import sentences, story_from_texts
    >>> story = story_from_texts({"a": "Jo Lee spoke. He said no."})
    >>> pronouns = {}
    >>> [(a["source"], a["mention"]) for a in version_attributions(story.versions[0], sentences(story), [], pronouns)]
    [('He', 'He')]
    >>> list(pronouns)
    [14]
    """
    pronouns = {} if pronouns is None else pronouns
    spans = list(zip(sentences["start"], sentences["end"]))
    sentence_ids = [int(n) for n in sentences["sentence"]]
    found = find_attributions(version.raw, spans, quoted)
    names = list(dict.fromkeys(kept[0] for kept in map(source_words, name_forms(version.body)) if kept))
    speakers: list[tuple[int, str]] = []
    roles = role_names(version.body, names)
    people = [name for name in names if name not in not_people(version.body, names)]  # not "the Elm Shutdown"
    resolved: dict[tuple[str, bool], str] = {}
    rows = []
    for item in found:
        mention = item["source"]
        definite = bool(_DEFINITE.search(version.raw, max(0, item["mention_start"] - 60), item["mention_start"]))
        if (mention, definite) not in resolved:
            resolved[mention, definite] = resolve_source(mention, people, roles, definite)
        source = _agent_source(version.raw, mention, item["mention_start"], definite, resolved[mention, definite],
                               names, roles) or named_agent(version.raw, mention) or resolved[mention, definite]
        if source == mention:  # "the Elmton-based firm": the one written "Elmton-based Acme"
            source = based_name(version.raw, item["mention_start"], mention) or source
        if source == mention and definite:  # a phrase after "the" that names nobody: whom the description fits
            source = _definite_source(version, mention, item["mention_start"], names, roles, speakers,
                                      spans[item["span"] - 1] if item["span"] else None)
        source = _read_pronoun(mention, source)
        kind = _kind(version.raw, source, mention, item["mention_start"], definite)
        source = _person_form(version, source, kind, item["mention_start"], people)
        if kind == "person" and person_name(source.split()):
            bisect.insort(speakers, (item["mention_start"], source))
        rows.append({"version": version.id, "sentence": sentence_ids[item["span"]],
                     "source": source, "source_type": kind, "cue": item["cue"], "start": item["start"],
                     "end": item["end"], "mention": mention, "block": "body"})
        if source.lower() in PERSON_PRONOUNS:  # "she said ..., adding": two rows, one mention
            pronouns.setdefault(item["mention_start"], []).append(rows[-1])
    _body_names(rows)
    _publications(rows, version.raw)
    statement_authors(rows, version.raw)
    for item in credit_sources(version):
        kind = credit_type(item["source"], item["cue"])
        rows.append({"version": version.id, "sentence": pd.NA, "source": item["source"], "source_type": kind,
                     "cue": item["cue"], "start": item["start"], "end": item["end"], "mention": item["mention"],
                     "block": item["block"]})
    return rows


def version_sourcing(version, sents: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """(quotation rows, attribution rows) of one version whose sentences are ``sents``: quotation spans,
    then the attributions outside them, then each quotation's speaker, and whom a he/she source names, read by the
    resolver of the quotations' he/she (:func:`newskit.quote_speakers.quote_rows`): a source row and the quotation
    it cues name the same person. The speakers are read twice, the second time with the people the first reading
    gave the he/she sources cited among the sources (a person cited only as "he" is cited). A quotation's speaker
    at a mention no attribution holds is a source too (:func:`speaker_rows`).

    Example
    -------
    >>> from newskit.story import sentences, story_from_texts
    >>> story = story_from_texts({"a": '“No,” Jo Lee said. “Yes,” he said.'})
    >>> quoted, cited = version_sourcing(story.versions[0], sentences(story))
    >>> [(q["text"], q["speaker"]) for q in quoted], [(a["source"], a["mention"]) for a in cited]
    ([('“No,”', 'Jo Lee'), ('“Yes,”', 'Jo Lee')], [('Jo Lee', 'Jo Lee'), ('Jo Lee', 'he')])
    """
    shown = visible(version.raw)
    if shown.changed:  # zero-width characters: the pass reads the visible view, its offsets are mapped back
        quoted, cited = version_sourcing(_visible_version(version, shown), _view_rows(sents, shown))
        return _raw_rows(quoted, shown, ("start", "end"), ("mention_start", "mention_end")), \
            _raw_rows(cited, shown, ("start", "end"))
    joined = _card_view(version, sents)
    if joined:  # a person's link card cut into a sentence: the pass reads the sentence without it, as one
        return _joined_sourcing(version, *joined)
    paragraphs, spans = body_spans(version)
    pronouns: dict[int, list[dict]] = {}
    attributed = version_attributions(version, sents, sorted((q["start"], q["end"]) for q in spans), pronouns)
    written = {pos: rows[0]["source"] for pos, rows in pronouns.items()}
    for _ in range(2):  # again with the people read so cited: their speakers and he/she, as one reading
        named = dict(written)
        quoted = quote_rows(version, sents, paragraphs, spans, attributed, named)
        for pos, row in ((pos, row) for pos, rows in pronouns.items() for row in rows):
            row["source"], row["source_type"] = named[pos], _kind(version.raw, named[pos], row["mention"], pos, False)
    described_bodies(attributed, quoted)
    return quoted, attributed + speaker_rows(quoted, attributed, version.raw)


def _body_description(mention: str) -> bool:
    """Whether ``mention`` is an organisation's description in lower case ("company", "tech giant", "newspaper":
    its last word one of :data:`~newskit.text.lexicon.ORGANISATION_DESCRIPTIONS`)."""
    words = mention.split()
    return bool(words) and mention.islower() and words[-1] in ORGANISATION_DESCRIPTIONS


def described_bodies(attributed: list[dict], quoted: list[dict]) -> None:
    """Give a body row whose organisation's description is left as written ("the company added") the name the
    quotation it cues has as speaker (:func:`newskit.quote_speakers.quote_rows` reads the organisation a sentence before
    has as subject), and type every row of a name such a description gives as the description is, not as a person
    (one-word companies: "Elmfax said ... The company said"), in place.

    Example
    -------
    >>> rows = [{"source": "Elmfax", "source_type": "person", "mention": "Elmfax", "start": 0, "end": 11,
    ...          "block": "body"}, {"source": "company", "source_type": "official/institution",
    ...          "mention": "company", "start": 30, "end": 42, "block": "body"}]
    >>> described_bodies(rows, [{"speaker": "Elmfax", "mention_start": 30}])
    >>> [(r["source"], r["source_type"]) for r in rows]
    [('Elmfax', 'official/institution'), ('Elmfax', 'official/institution')]
    """
    speakers = [(q["mention_start"], q["speaker"]) for q in quoted
                if isinstance(q.get("mention_start"), int) and q.get("speaker") and proper_name(q["speaker"])]
    kinds = {}
    for row in attributed:
        if row["block"] != "body" or not _body_description(row["mention"]):
            continue
        if row["source"] == row["mention"]:
            row["source"] = next((name for pos, name in speakers if row["start"] <= pos < row["end"]), row["source"])
        if row["source"] != row["mention"]:
            kinds[row["source"]] = row["source_type"] = source_type(row["mention"])
    for row in attributed:
        if row["source_type"] == "person" and row["source"] in kinds:
            row["source_type"] = kinds[row["source"]]


def speaker_rows(quoted: list[dict], attributed: list[dict], text: str = "") -> list[dict]:
    """Attribution rows for the whole quotations of ``quoted`` given by a cue to a speaker named in more than one
    word (:func:`proper_name`) at a mention no body row of ``attributed`` holds: a verb read only next to a
    quotation ("“We stay,” Jo Lee shouted", "as Jo Lee put it, “...”", "Jo Lee echoed: ¶ “...”") names a source
    too. One row a mention; cue and mention those of the quotation. A quotation given with no cue whose speaker's
    mention opens the clause a colon closes right before it, in its own sentence (:func:`colon_before`: "Jo Lee
    sent a blunt message: “...”"), names a source too, cue ":"; so does one whose speaker's mention a dash alone
    sets after it (:func:`_credit_dash`: "“...” ¶ -Jo Lee, Elmton."), cue the dash, a one-word speaker too where a
    title follows the dash ("-Sen. Lee"). Left out: partial quotations (a phrase quoted inside the writer's sentence:
    "calling the plan “a mess”" is often no attribution of its own), other one-word speakers (often a place or a word
    opening the sentence) and other quotations given with no cue.

    Example
    -------
    >>> quoted = [{"version": "a", "sentence": 0, "speaker": "Jo Lee", "cue": "shouted", "kind": "full",
    ...            "mention": "Jo Lee", "mention_start": 9, "mention_end": 15}]
    >>> [(r["source"], r["cue"]) for r in speaker_rows(quoted, [])]
    [('Jo Lee', 'shouted')]
    >>> speaker_rows(quoted, [{"start": 9, "end": 20, "block": "body"}])
    []
    """
    cited = [(row["start"], row["end"]) for row in attributed if row["block"] == "body"]
    rows = []
    for q in quoted:
        cue, titled = _row_cue(text, q)
        if q["kind"] != "full" or not cue or " " not in q["speaker"] and not titled or not proper_name(q["speaker"]) \
                or any(s <= q["mention_start"] < e for s, e in cited):
            continue
        cited.append((q["mention_start"], q["mention_end"]))
        rows.append({"version": q["version"], "sentence": q["sentence"], "source": q["speaker"],
                     "source_type": source_type(q["speaker"]), "cue": cue, "start": q["mention_start"],
                     "end": q["mention_end"], "mention": q["mention"], "block": "body"})
    return rows


def _row_cue(text: str, quote: dict) -> tuple[str, bool]:
    """The cue of :func:`speaker_rows`' row for the quotation row ``quote`` (its own, a colon before it, a dash
    before its speaker's mention: :func:`_credit_dash`, else ""), and whether titles after that dash say a one-word
    speaker is a person ("-Sen. Lee")."""
    if quote["cue"]:
        return quote["cue"], False
    if quote["kind"] == "full" and colon_before(text, quote):
        return ":", False
    dash = _credit_dash(text, quote)
    return (dash.group(1), bool(dash["title"])) if dash else ("", False)


_CREDIT_DASH = re.compile(rf"\s*(-{{1,2}}|[{DASHES}{EM_DASHES}])\s*"
                          rf"(?P<title>(?i:(?:{alternation(NAME_TITLES)})\.?\s+)*)")


def _credit_dash(text: str, quote: dict) -> re.Match | None:
    """The dash, and the titles after it, that alone stand between the quotation row ``quote`` and its speaker's
    mention after it, as a credit line or a round-up prints the name ("“...” ¶ -Jo Lee, Elmton.", "“...” — Sen.
    Lee"); group 1 is the dash, ``title`` the titles. None otherwise.

    Example
    -------
    >>> text = "“We stay.”\\n\\n-Sen. Lee, Elmton. “Go,” said Al Roe."
    >>> found = _credit_dash(text, {"mention_start": 18, "mention_end": 21, "end": 10})
    >>> found.group(1), found["title"]
    ('-', 'Sen. ')
    >>> _credit_dash(text, {"mention_start": 42, "mention_end": 48, "end": 36}) is None
    True
    """
    start = quote["mention_start"]
    return None if pd.isna(start) else _CREDIT_DASH.fullmatch(text, quote["end"], start)


_COLON_GAP = re.compile(r"(?:(?![.!?]\s+\p{Lu})[^;\n“”\"]){0,160}:\s*")
_CLAUSE_WORD = re.compile(r"(?<![\w'’-])\p{Ll}")


def colon_before(text: str, quote: dict) -> bool:
    """Whether the quotation row ``quote`` follows a colon that closes the clause its speaker's mention opens in the
    same sentence: a word in lower case, and no sentence end, line break or quotation mark, between the mention and
    the colon (not a name and a colon alone, a label: "by the Ledger's Jo Lee: “...”").

    Example
    -------
    >>> text = "Jo Lee, R-Ky., sent a blunt message: “Go.” Al Roe left. “No.” By Al Roe: “Yes.”"
    >>> colon_before(text, {"mention_start": 0, "mention_end": 6, "start": 37})
    True
    >>> colon_before(text, {"mention_start": 43, "mention_end": 49, "start": 56})
    False
    >>> colon_before(text, {"mention_start": 65, "mention_end": 71, "start": 73})
    False
    """
    start, end = quote["mention_start"], quote["mention_end"]
    if pd.isna(start) or end > quote["start"]:
        return False
    gap = text[end:quote["start"]]
    return _COLON_GAP.fullmatch(gap) is not None and _CLAUSE_WORD.search(gap) is not None


def body_quotations(version) -> list[tuple[int, int]]:
    """The quotations of ``version``'s body as the sourcing pass reads them (:func:`quote_spans` over its body
    paragraphs, in its visible view), offsets into ``version.raw``; the pass gives the warnings about
    unbalanced marks, kept quiet here.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> version = story_from_texts({"a": "“We stay.\\n\\n“We\\u200b win,” Jo said."}).versions[0]
    >>> [version.raw[s:e] for s, e in body_quotations(version)]
    ['“We stay.', '“We\\u200b win,”']
    """
    shown = visible(version.raw)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewskitWarning)
        _, spans = body_spans(_visible_version(version, shown) if shown.changed else version)
    return [shown.raw_span(q["start"], q["end"]) for q in spans]


def body_spans(version) -> tuple[list[tuple[int, int]], list[dict]]:
    """The body paragraphs of ``version`` (start, end) and the quotations :func:`quote_spans` finds in them: what the
    sourcing pass reads.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> paragraphs, spans = body_spans(story_from_texts({"a": '“No,” Jo Lee said.'}).versions[0])
    >>> paragraphs, [(q["start"], q["end"]) for q in spans]
    ([(0, 18)], [(0, 5)])
    """
    body = version.blocks[version.blocks["label"] == "body"]
    paragraphs = list(zip(body["start"], body["end"]))
    return paragraphs, quote_spans(version.raw, paragraphs, label=f"version {version.id!r}")


def _view_rows(frame: pd.DataFrame, shown: Visible) -> pd.DataFrame:
    """Rows with raw offsets ``start``, ``end`` and their ``text``, as the visible view ``shown`` has them."""
    starts = [shown.view_offset(int(i)) for i in frame["start"]]
    ends = [shown.view_offset(int(i)) for i in frame["end"]]
    return frame.assign(start=starts, end=ends, text=[shown.text[s:e] for s, e in zip(starts, ends)])


def _visible_version(version, shown: Visible):
    """``version`` as its visible view ``shown`` reads (raw text, blocks and body)."""
    return dataclasses.replace(version, raw=shown.text, blocks=_view_rows(version.blocks, shown))


def _card_view(version, sents: pd.DataFrame):
    """(view, version, sentences) of ``version`` read with each person's link card cut into a sentence
    (:func:`~newskit.blocks.card_in_sentence`) and the space before it left out, the body blocks around it one block
    and the sentences around it one sentence (numbered as the one after the card); None when it has no such card.

    Example
    -------
    >>> from newskit.story import sentences, story_from_texts
    >>> text = "It rained.\\n\\nPresident Jo Lee Jo Ann LeeAnn Poe spoke MORE on Friday spoke."
    >>> story = story_from_texts({"a": text})
    >>> view, version, sents = _card_view(story.versions[0], sentences(story))
    >>> view.text[12:], version.body[12:]
    ('President Jo Lee on Friday spoke.', 'President Jo Lee on Friday spoke.')
    >>> sents["text"].tolist(), sents["sentence"].tolist()
    (['It rained.', 'President Jo Lee on Friday spoke.'], [0, 2])
    >>> text = "Sen. Jo Lee Jo Ann LeeAnn Poe spoke MORE, a nurse, and Al Roe Al Roe A story MORE (Ohio) spoke."
    >>> story = story_from_texts({"a": text})
    >>> _card_view(story.versions[0], sentences(story))[0].text
    'Sen. Jo Lee, a nurse, and Al Roe (Ohio) spoke.'
    """
    blocks = version.blocks.reset_index(drop=True)
    texts, labels = list(blocks["text"]), list(blocks["label"])
    joins = {n: found for n in range(len(texts)) if labels[n] == "body"
             for found in [card_in_sentence(texts, labels, n)] if found}
    if not joins:
        return None
    shown = visible_without(version.raw, [(blocks["end"][n], blocks["end"][card]) for n, (card, _) in joins.items()])
    text = shown.text
    view = _view_rows(blocks, shown)
    cuts = {int(view.loc[n, "end"]) for n in joins}
    for n, (_, after) in reversed(joins.items()):  # a sentence cut by two cards: the later join first
        view.loc[n, "end"] = view.loc[after, "end"]
        view.loc[n, "text"] = text[view.loc[n, "start"]:view.loc[n, "end"]]
    view = view.drop(index=[k for n, (_, after) in joins.items() for k in range(n + 1, after + 1)])
    view = view.reset_index(drop=True)
    rows = _view_rows(sents, shown).reset_index(drop=True)
    merged = [i for i in range(1, len(rows)) if rows["end"][i - 1] in cuts]
    for i in merged:
        rows.loc[i, "start"] = rows.loc[i - 1, "start"]
        rows.loc[i, "text"] = text[rows.loc[i, "start"]:rows.loc[i, "end"]]
    return shown, dataclasses.replace(version, raw=text, blocks=view), rows.drop(index=[i - 1 for i in merged])


def _joined_sourcing(version, shown: Visible, joined, sents: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """:func:`version_sourcing` of ``version`` read as :func:`_card_view` gives it (``shown``, ``joined``, ``sents``):
    the rows' offsets mapped back to ``version.raw``, each quotation's paragraph the one of ``version`` it opens in."""
    quoted, cited = version_sourcing(joined, sents)
    starts = list(version.blocks.loc[version.blocks["label"] == "body", "start"])  # each body paragraph's, once
    for row in _raw_rows(quoted, shown, ("start", "end"), ("mention_start", "mention_end")):
        row["paragraph"] = max(bisect.bisect_right(starts, row["start"]) - 1, 0)
    return quoted, _raw_rows(cited, shown, ("start", "end"))


def _raw_rows(rows: list[dict], shown: Visible, *spans: tuple[str, str]) -> list[dict]:
    """Rows found in the visible view ``shown`` with their spans mapped back to raw offsets (a missing
    span stays missing); a ``text`` column is the raw text of the first span."""
    for row in rows:
        for first, last in spans:
            if row.get(first) is not None and not pd.isna(row[first]):
                row[first], row[last] = shown.raw_span(int(row[first]), int(row[last]))
        if "text" in row:
            row["text"] = shown.raw[row[spans[0][0]]:row[spans[0][1]]]
    return rows


def sourcing_tables(story) -> dict[str, pd.DataFrame]:
    """The sourcing pass of every version of ``story``, computed once and kept with it: a dict of the
    ``quotes`` and ``attributions`` tables (do not change them: :func:`newskit.quotes` and
    :func:`newskit.attributions` hand out copies).

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": '“No,” Jo Lee said.'})
    >>> sourcing_tables(story) is sourcing_tables(story)
    True
    """
    return story.derived(sourcing_tables, lambda: _compute(story))


def _compute(story) -> dict[str, pd.DataFrame]:
    sentences = story_sentences(story)
    quoted, cited = [], []
    for version in story.versions:
        rows, found = version_sourcing(version, sentences[sentences["version"] == version.id].reset_index(drop=True))
        quoted += rows
        cited += [row for row in found if not is_pronoun(str(row["source"]))]  # "He" left unresolved, not "WHO"
    quotes = pd.DataFrame(quoted, columns=QUOTE_COLUMNS).astype(
        {"sentence": "int64", "start": "int64", "end": "int64", "paragraph": "int64", "mention_start": "Int64",
         "mention_end": "Int64"})
    attributions = pd.DataFrame(cited, columns=ATTRIBUTION_COLUMNS)
    attributions["sentence"] = attributions["sentence"].astype("Int64")
    order = {v: i for i, v in enumerate(story.ids)}
    attributions = attributions.sort_values(["version", "start", "end"],
                                            key=lambda c: c.map(order) if c.name == "version" else c)
    attributions = attributions.drop_duplicates(["version", "start", "end", "cue"]).reset_index(drop=True)
    return {"quotes": quotes, "attributions": attributions}
