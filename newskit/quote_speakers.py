"""Who said each quotation: the speaker and cue of every quotation a version holds.

A speaker is found next to its quotation ("..., he said", "said Paul Martin", "Wang added that ...
“...”"), inherited by a follow-on quote, and resolved with :mod:`newskit.speakers` ("he"/"she" -> the
person meant, "it" -> the organisation the paragraph opens with, "Wang" -> "Wang Yi", "the Post" -> the one
"... Post" the text named in full, "the aide" -> the spokesperson introduced for someone, "a spokesperson for the
State Department" -> the department). The he/she sources of
:mod:`newskit.sourcing` are read by the same resolver (:func:`quote_rows`, ``pronouns``).

Example
-------
>>> from newskit.quote_marks import quote_spans
>>> from newskit.story import sentences, story_from_texts
>>> story = story_from_texts({"a": '“We agree,” Wang Yi said.'})
>>> text, whole = story.versions[0].raw, [(0, len(story.versions[0].raw))]
>>> rows = quote_rows(story.versions[0], sentences(story), whole, quote_spans(text, whole), [])
>>> [(r["speaker"], r["cue"], r["kind"]) for r in rows]
[('Wang Yi', 'said', 'full')]
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
from newskit.text import letters as re
from dataclasses import dataclass, field

import pandas as pd

from .furniture import MARKDOWN_LINK, share_row
from .cues import (
    AGENT_CUES, BASED_AT, BY_CUES, CUES, PREPOSITIONS, QUOTE_CUES, based_name, be_passive, cues_quotation_after,
    last_holder, proper_name, titles_before, undeclared, untitled_person, written_as_name, written_lower,
)
from .quote_marks import first_mark, opens_statement, quote_kind
from .speakers import (
    CAPITALISED_RUN, COMMA_BEFORE, FEMALE_WORDS, INSTITUTION, MALE_WORDS, PERSON_PRONOUNS, PLURAL_WORD, PRONOUNS,
    S_FORM, WordFinder, body_named, clause_subjects, contact_clause_subject, defined_acronyms, family_name,
    first_word_names, full_name, genders, given_name, given_name_gender, headline_names, institution_heads,
    institution_names, introduced_names, last_written, manner_adverb, name_beside, name_forms, named_in_passing,
    named_people, not_people, noun_cue, person_name, place_name, placed_body, placed_elsewhere, place_then_surname,
    plural_form, pronoun_may_name, question_topic, region_name, reporting_subjects, resolve_source,
    role_acronyms_after, role_names, role_phrase, sentence_subject, single_names, subject_after, subject_before,
    subordinate_subject, surname_forms, title_or_role, tokens, verb_object, word_sex,
)
from .text.lexicon import (
    ACCOUNT_NOUNS, AGENT_NOUNS, ARTICLES, AUTHORED_NOUNS, AUTHORING_BASES, AUTHORING_VERBS, AUXILIARIES,
    BODY_DESCRIPTIONS, CALLED_VERBS,
    CLAUSE_CONJUNCTIONS, COMPANIES, COMPANY_NOUNS, CORPORATE_SUFFIXES, CONJUNCTION_LEADS, CONTRASTING_CONJUNCTIONS,
    CRITICISM_CUES,
    CUE_ADVERBS, DATE_WORDS,
    DECLINING_CUES, DEMONYMS, DETERMINERS, DOCUMENT_WRITERS, DURATION_UNITS, FUNCTION_WORDS, GIVING_OUT_VERBS,
    INVERTED_CUES, IRREGULAR_PAST, ISSUED_DOCUMENTS, KIN_NOUNS, MASTHEAD_WORDS, MEDIUM_NOUNS, MODALS,
    NAMING_PARTICIPLES, NAME_BREAKS,
    NAME_JOINING_WORDS, NAME_PARTICLE_PATTERN,
    NAME_TITLES, NOBODY_DETERMINERS, NUMBER_WORDS, ORGANISATION_DESCRIPTIONS, OUTLET_NAMES, PARTICIPLE_LEADS,
    REPORTING_PAST, RULING_NOUNS,
    PARTY_MEMBERS, PARTY_TAG, PERSON_NOUNS, PLACE_ABBREVIATIONS, PURPOSE_VERBS, RAISING_OBJECT_VERBS, QUOTE_ONLY_VERBS,
    REPORTING_VERBS,
    REPORTING_WORDS, SENTENCE_OPENERS, SPEAKING_CHANNELS, SPOKESPERSONS, STAFF_AGENTS, STANCE_VERBS, STATEMENT_NOUNS,
    STATE_ABBREVIATIONS, SUBJECT_FORMS, TITLE_ABBREVIATIONS, WORDED_DOCUMENTS, WORDING_NOUNS, alternation,
    suffixed_company_pattern,
    verb_forms,
)
from .text.typography import DASHES, EM_DASHES, QUOTATION_MARKS

_STANCE_FORMS = frozenset(form for verb in STANCE_VERBS for form in verb_forms(verb))
"""Every form of a stance verb ("condemned", "slams")."""

_PASSIVE = re.compile(rf"(?<!\bas saying)\s+by\b(?!\s+(?:{alternation(SPEAKING_CHANNELS)})\b)|(?<=accused)\s+of\b|"
                      r"(?:(?<=continue)|(?<=continued)|(?<=continues)|(?<=continuing)|"
                      r"(?<=begin)|(?<=began)|(?<=begins)|(?<=beginning)|"
                      r"(?<=start)|(?<=started)|(?<=starts)|(?<=starting))\s+(?:to\b|\w+ing\b)|"
                      r"(?<=ed)\s+(?:in|on|at)\s+(?:[\w'’-]+\s+){1,3}(?:is|are|was|were)\b")
"""After a cue, a passive: "the warnings demanded by MEPs", "ministers accused of", a participle after its noun
before the clause's verb ("the claim reported in the press is"): the subject is not the source;
nor is the subject of "continue", "begin" or "start" before a verb ("Lee will continue to be “a champion”"). "By"
before a channel is no passive ("said by telephone"), nor "by" after "quoted as saying" (who quoted). A participle
after "be" is no cue either ("they were asked to rank": :func:`newskit.cues.be_passive`)."""

_JUDGED_AS = re.compile(rf"(?<![\w'’-])(?:{alternation(CRITICISM_CUES)})(?!\s+by\b)"
                        r"(?=\s[^.!?“”\"]{1,80}?\s(?:for|as)\s*$)")
"""Criticising someone "for" or "as" the words quoted right after ("Jo Lee criticized the mayor for “...”"): the critic
speaks, in a sentence that ends at the quotation (an end of the text searched)."""


_INVERTED_CUES = frozenset(INVERTED_CUES)


def _cues_before(text: str, lo: int, hi: int, match: re.Match) -> bool:
    """Whether the cue ``match`` in ``text[lo:hi]`` may cue the quotation after it: not a stance on what the
    quotation names (:func:`~newskit.cues.cues_quotation_after`), no tag only read after one (:data:`_TAG_ONLY`), not
    in a condition (:data:`_CONDITION`)."""
    return cues_quotation_after(text, match, hi) and (not _TAG_ONLY.fullmatch(match.group()) or _document_reads(
        text, lo, match)) and not _CONDITION.search(text, max(lo, match.start() - 50), match.start())


def _document_reads(text: str, lo: int, match: re.Match) -> bool:
    """Whether the tag only read after a quotation ``match`` (:data:`_TAG_ONLY`) reads out the quotation after it, a
    text of lexicon ISSUED_DOCUMENTS its subject ("The letter reads: “...”"; not "a sign read “...”", nor a tweet,
    whose author the text may name only later).

    Example
    -------
    >>> letter, sign = "The letter reads: ", "A sign read "
    >>> _document_reads(letter, 0, _TAG_ONLY.search(letter)), _document_reads(sign, 0, _TAG_ONLY.search(sign))
    (True, False)
    """
    return match.group().lower() in _READ_FORMS and bool(_DOCUMENT_BEFORE.search(text, lo, match.start()))


def _cue_near(text: str, lo: int, hi: int, after: bool, reach: int = 8):
    """The cue next to a quotation: first cue within ``reach`` words after it (``after``: in ``text[lo:hi]``
    after the quotation), or the last one with a subject before it (not a verb of a stance whose object the quotation
    names: :func:`~newskit.cues.cues_quotation_after`); ((mention, start, end), cue) or None. A cue of
    :data:`~newskit.text.lexicon.INVERTED_CUES` counts only right after the quotation ("“...,” answers the teacher")."""
    matches = sorted(itertools.chain((m for m in QUOTE_CUES.finditer(text, lo, hi)
                                      if not _PASSIVE.match(text, m.end()) and not be_passive(text, m)
                                      and not _finds_object(text, m) and (after or _cues_before(text, lo, hi, m))
                                      and not _misplaced_inverted(text, lo, m, after)
                                      and not (m.group().endswith("ed")
                                               and _POSSESSED.search(text, max(lo, m.start() - 12), m.start()))),
                                     BY_CUES.finditer(text, lo, hi), _JUDGED_AS.finditer(text, lo, hi)),
                     key=lambda m: m.start())
    matches = matches if after else [m for m in matches if not _bracketed(text, lo, hi, m)]
    if not matches:
        return None
    found = _cue_after(text, lo, hi, matches[0], reach) if after else _cue_before(text, lo, hi, matches)
    if found is None:
        return None
    subject, match = found
    return subject, re.sub(r"\s+", " ", match.group().strip()).lower()


_POSSESSED = re.compile(r"(?:\w(?:'s|’s|s'|s’)|\b(?:his|her|its|their|our|my|your|His|Her|Its|Their))\s+$")
"""A possessive just before a cue word in -ed: the word is an adjective of what is owned ("the state's projected
shortfall", "his stated aim"), no cue."""


def _misplaced_inverted(text: str, lo: int, match: re.Match, after: bool) -> bool:
    """Whether the cue ``match`` is one of :data:`~newskit.text.lexicon.INVERTED_CUES` anywhere but right after the
    quotation that ends at ``lo`` (``after``), or after it and its subject alone, he/she or a name ("“...,” he
    answered"): a noun there ("as the mayor seeks answers").

    >>> text = "” answers the teacher; seeks answers. ” Jo Lee answered"
    >>> [_misplaced_inverted(text, 1, m, True) for m in re.finditer("answers", text)]
    [False, True]
    >>> _misplaced_inverted(text, 39, re.search("answered", text), True)
    False
    """
    return match.group().lower() in _INVERTED_CUES and (
        not after or not _INVERTED_SUBJECT.fullmatch(text, lo, match.start()))


_INVERTED_SUBJECT = re.compile(
    r"[\s,]*(?:(?:he|she|they|He|She|They)\s+|\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,2}\s+)?")
"""What may stand between a quotation and a cue of :data:`~newskit.text.lexicon.INVERTED_CUES` after it: nothing, or
its subject alone, he/she or a name of up to three words ("“...,” he answered", "“...,” Jo Lee replies")."""


def _bracketed(text: str, lo: int, hi: int, match: re.Match) -> bool:
    """Whether the cue ``match`` stands in brackets opened after ``lo`` and closed before ``hi``: an aside, whose
    source reports the words in it and not a quotation after it ("Lee says the car (his own, according to earlier
    posts) is bound for “a long orbit”": Lee's).

    >>> text = "Lee says the car (his own, according to posts) is bound for “a long orbit”"
    >>> _bracketed(text, 0, 60, re.search("according to", text)), _bracketed(text, 0, 60, re.search("says", text))
    (True, False)
    """
    opened = text.rfind("(", lo, match.start())
    return opened >= 0 and ")" not in text[opened:match.start()] and ")" in text[match.end():hi]


def _cue_after(text: str, lo: int, hi: int, match: re.Match, reach: int):
    """(subject, cue match) of the first cue after a quotation, when within ``reach`` words of it; for a cue only
    read next to a quotation, when its subject opens within twelve words of it (not "the “truce” that ... ended in
    May, and the raids have continued")."""
    tags = sum(len(tokens(text, *t.span())) for t in _PARTY_TAG.finditer(text, lo, match.start()))
    between = len(tokens(text, lo, match.start())) - tags - _listed_before(text, lo, match)
    between -= _relative_words(text, lo, match.start())
    if between - _apposed(text, lo, match) - _document_words(text, lo, match) > reach:
        return None  # a party and state after a name are no words between ("Jo Lee, D-Ill., told"), nor names listed
        # nor what a name's apposition, body or relative clause adds ("Jo Lee, a nurse at the clinic, was quoted as
        # saying", "Jo Lee, who runs the bill, told")
    if _CONTRAST.match(text, lo):
        return None
    if match.re is BY_CUES or not re.search(r"\w", text[lo:match.start()]) or _set_off_cue(text, match, hi):
        if match.re is QUOTE_CUES and match.group().rstrip().endswith("ing"):
            return None  # "“...,” saying it means": a participle's subject is never the words after it
        subject = _agent_within(text, name_beside(text, subject_after(text, _subject_start(text, match), hi)))
        if subject and match.re is not BY_CUES and _CLAUSE_VERB.match(text, subject[2]):
            return None  # "“...,” said the candidate could win": the clause reported, not the speaker
    else:
        subject = _apposed_subject(text, lo, match)
        if subject and (subject[1] < lo or not _speaking(text, subject)
                        or _relative_cue(text, subject[2], match.start())):
            subject = None  # "“scum villages” because ... Geert Wilders, ..., who demanded": not his words
    if subject is not None and _quote_only(match) and len(tokens(text, lo, subject[1])) > 12:
        return None
    return (subject, match) if subject is not None else None


def _subject_start(text: str, match: re.Match) -> int:
    """Where the subject after an inverted cue ``match`` starts: past where or how the words were given
    (:data:`_WHERE_SAID`: "wrote on Twitter Jo Lee")."""
    where = _WHERE_SAID.match(text, match.end()) if match.re is QUOTE_CUES else None
    return where.end() if where else match.end()


_WHERE_SAID = re.compile(r"\s+(?:on\s+\p{Lu}[\w.-]*|in\s+an?\s+\p{Ll}+)(?=\s+\p{Lu})")
"""Where or how an inverted cue's words were given, before its subject ("wrote on Twitter Jo Lee", "said in a statement
Jo Lee"): no subject."""

_CONDITION = re.compile(r"\b[Ii]f\s+(?:[\w'’.-]+\s+){1,4}$")
"""A condition opened before a cue ("if the Senate confirms Jo Lee, then “...”"): what might be said, no report."""
_TAG_ONLY = re.compile(alternation(verb_forms("begin") + verb_forms("start") + verb_forms("read") + verb_forms("find")),
                       re.IGNORECASE)
"""Cues of a quotation begun, read out or found ("“...,” he began", "“...,” the host started", "“...,” the statement
read", "“...,” the authors found"): tags after it only, reporting nothing before one ("before the race began, ...
“...”", "the fight started out as a “game”, police said", "according to the Star, a sign read “...”", "the police found
a note saying “...”")."""
_READ_FORMS = frozenset(verb_forms("read"))
_DOCUMENT_BEFORE = re.compile(rf"\b(?:{alternation(ISSUED_DOCUMENTS)})\s+$", re.IGNORECASE)
_QUOTE_ONLY_FORMS = frozenset(f for v in QUOTE_ONLY_VERBS if " " not in v for f in verb_forms(v))
_FIND_FORMS = frozenset(verb_forms("find"))
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")


def _finds_object(text: str, match: re.Match) -> bool:
    """Whether the cue ``match`` is "find" with an object of its own: a tag only when the quotation is what was
    found, its clause ending after it.

    >>> text = "“It is low,” the team found. In what Lee called “a first”, his team found mould."
    >>> [_finds_object(text, m) for m in QUOTE_CUES.finditer(text)]
    [False, False, True]
    """
    return match.group().lower() in _FIND_FORMS and not _CLAUSE_END.match(text, match.end())


def _quote_only(match: re.Match) -> bool:
    """Whether the cue ``match`` is a verb only read next to a quotation ("continued", "began": lexicon
    QUOTE_ONLY_VERBS), not a reporting verb."""
    return match.re is QUOTE_CUES and match.group().strip().lower() in _QUOTE_ONLY_FORMS


_LIST_LEAD = re.compile(r"\p{Lu}[\w'’-]*,?\s+and\s+(?=(?:\p{Lu}[\w.'’-]*\s+)*$)")
"""A name and "and" before the titles of the last name of a list: "Jo Lee and " of "Jo Lee and Speaker "."""


def _listed_before(text: str, lo: int, match: re.Match) -> int:
    """How many words of ``text[lo:match.start()]`` are the names a subject list gives before its last one, with
    no cue among them ("“...,” state leader Jo Lee and Speaker Al Roe, both lawyers, said": the five words to "and"):
    the cue's subject is the list, as near to it as its last name.

    Example
    -------
    >>> text = "“Yes,” state leader Jo Lee and Speaker Al Roe, both lawyers, said."
    >>> _listed_before(text, 6, QUOTE_CUES.search(text))
    5
    """
    subject = subject_before(text, lo, match.start())
    lead = subject and _LIST_LEAD.search(text[lo:subject[1]])
    if not lead or QUOTE_CUES.search(text, lo, lo + lead.end()):
        return 0
    return len(tokens(text, lo, lo + lead.end()))


_APPOSED = re.compile(r"[\s,”\"’']*(?:(?!(?:the|an?)\s)\p{Ll}[\w'’-]*\s+){0,3}"
                      r"(?P<name>\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,3})"
                      rf"(?:\s*\((?:{PARTY_TAG}|\p{{Lu}}[\w.]*)\))?"
                      r"(?P<apposed>,\s+(?:(?:an?|the)\s+|(?=\p{Ll})(?!\p{Ll}+\s+(?:an?|the)\s))[^,;:“”\"]+"
                      r"(?:,\s+\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,2})?,"
                      r"|\s+of\s+(?:the\s+)?\p{Lu}[\w'’.-]*(?:\s+(?:\p{Lu}[\w'’.-]*|of|for|and|\(\p{Lu}+\)))*)\s+"
                      r"(?:(?:was|is|were|are)\s+quoted\s+as\s+)?$")
"""A name opening the words before a cue (maybe "was quoted as") with an apposition set off by commas, maybe closing on
a place after a comma (with no article, a role: not "then the minister"), or a body after "of" ("Jo Lee, a nurse at
the clinic, was quoted as", "Jo Lee, mayor of Oakton, Elmland, wrote", "Jo Lee of the League for Democracy (LD)
wrote"), a description of up to three words with no article maybe before the name ("water expert Jo Lee of the League
for Democracy said"; not "the Elm Ministry of Water said", a body's name); the name may carry its party and state or
its state alone in brackets ("Sen. Jo Lee (Ohio), a member, said")."""


_ONE_OF_NAMED = re.compile(r"[\s,”\"’']*(?P<apposed>one\s+of\s+[^,;:“”\"]{1,60},\s+"
                           r"(?:(?:\p{Ll}[\w'’-]*|\p{Lu}{2,})\s+){0,5})"
                           r"(?P<name>\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,3}),\s+$")
"""One of a group, then a name set off by commas maybe after its role, opening the words before a cue ("“...,” one of
the event's speakers, TV host Jo Lee, told"): the name is the subject, the words before it describe it."""


def _apposed(text: str, lo: int, match: re.Match) -> int:
    """How many words of ``text[lo:match.start()]`` are the apposition or the body that follows the name of the cue's
    subject (:data:`_APPOSED`): they describe that subject, as near to the cue as the name.

    Example
    -------
    >>> text = "“Yes,” Jo Lee, a nurse at the Elm clinic, was quoted as saying."
    >>> _apposed(text, 6, QUOTE_CUES.search(text, 40))
    8
    >>> text = "“Yes,” Jo Lee of the Elm Center for Water and Soil Studies wrote."
    >>> _apposed(text, 6, QUOTE_CUES.search(text))
    9
    >>> text = "“Yes,” Jo Lee, a professor at the University of Elmland, Oakton, said."
    >>> _apposed(text, 6, QUOTE_CUES.search(text))
    11
    >>> text = "“Yes,” soil expert Jo Lee of the Elm Center for Water and Soil Studies wrote."
    >>> _apposed(text, 6, QUOTE_CUES.search(text))
    9
    >>> text = "“Yes,” one of the day's speakers, TV host Jo Lee, told them."
    >>> _apposed(text, 6, QUOTE_CUES.search(text))
    8
    """
    found = _APPOSED.fullmatch(text, lo, match.start()) or _ONE_OF_NAMED.fullmatch(text, lo, match.start())
    return len(tokens(text, *found.span("apposed"))) if found else 0


def _apposed_subject(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The subject of the cue ``match`` after a quotation: the name that opens ``text[lo:match.start()]`` before an
    apposition or a body (:data:`_APPOSED`: "“...,” Jo Lee of the Elm Center wrote": Jo Lee), not an office
    ("Secretary of State Jo Lee"), else :func:`_verb_subject`.

    Example
    -------
    >>> text = "“Yes,” Jo Lee of the Elm Center for Nuclear Arms Control Studies wrote."
    >>> _apposed_subject(text, 6, QUOTE_CUES.search(text))
    ('Jo Lee', 7, 13)
    >>> text = "“Yes,” House Speaker Jo Lee, the chair, told them."
    >>> _apposed_subject(text, 6, QUOTE_CUES.search(text))
    ('Jo Lee', 21, 27)
    >>> text = "“Yes,” one of the day's speakers, TV host Jo Lee, told them."
    >>> _apposed_subject(text, 6, QUOTE_CUES.search(text))
    ('Jo Lee', 42, 48)
    >>> text = "“Yes,” Sen. Jo Lee (R-Ohio), a member of the panel, told them."
    >>> _apposed_subject(text, 6, QUOTE_CUES.search(text))
    ('Jo Lee', 12, 18)
    """
    apposed = _APPOSED.fullmatch(text, lo, match.start()) or _ONE_OF_NAMED.fullmatch(text, lo, match.start())
    if not apposed or title_or_role(apposed.group("name").split()[-1]):
        return _verb_subject(text, lo, match)
    named = (apposed.group("name"), *apposed.span("name"))
    return _untitled(text, *named) or named  # "House Speaker Jo Lee": Jo Lee


def tag_apposed_name(text: str, lo: int, cue: int) -> tuple[str, int, int] | None:
    """The name set off after a comma in ``text[lo:cue]`` whose apposition, set off by commas and maybe closing on a
    place (:data:`_APPOSED`), runs to the cue at ``cue``: the cue's subject ("..., Jo Lee, a professor at the
    University of Elmland, Oakton, said": Jo Lee, not Oakton); None when there is none or it names an office.

    Example
    -------
    >>> text = "The port shut, Jo Lee, a professor at the University of Elmland, Oakton, said."
    >>> tag_apposed_name(text, 0, text.index("said")), tag_apposed_name(text, 0, 13)
    (('Jo Lee', 15, 21), None)
    """
    for comma in reversed([m.end() for m in re.finditer(",", text[lo:cue])]):
        found = _APPOSED.fullmatch(text, lo + comma, cue)
        opening = text[lo + comma:found.start("name")] if found else ""
        if found and found.group("apposed").startswith(",") and not re.search(r"\w", opening):
            name = found.group("name")
            return None if title_or_role(name.split()[-1]) else (name, *found.span("name"))
    return None


_SAID = frozenset({"said", "says"})
"""Cues that take no object: a name right after one after a comma is its subject, whatever stands before."""


def _set_off_cue(text: str, match: re.Match, hi: int) -> bool:
    """Whether the cue ``match`` is an inverted aside set off by commas, its subject after it and nothing more
    ("... than huts, says Tom Reed, “...”"): it reports the whole sentence, the words quoted before it too; "said" or
    "says" with a person's name closing the sentence after it is one even after a subject of its own.

    Example
    -------
    >>> text = "call them “homes” than huts, says Tom Reed, “as each has a kitchen”."
    >>> _set_off_cue(text, QUOTE_CUES.search(text), len(text))
    True
    >>> text = "“It is late,” Jo Lee, D-Ohio, told Politico, “and we know it.”"
    >>> _set_off_cue(text, QUOTE_CUES.search(text), len(text))
    False
    """
    if not re.search(r",\s*$", text[max(0, match.start() - 3):match.start()]):
        return False
    subject = subject_after(text, match.end(), hi)
    closing = bool(subject) and re.match(r"\s*(?:,|$)", text[subject[2]:hi]) is not None
    if closing and match.group().strip().lower() in _SAID and name_forms(subject[0]):
        return True  # "..., the crews and the alarms of a ship, said Al Roe, a captain": no object, a name after
    return closing and not _verb_subject(text, 0, match)  # "“...,” Jo Lee, D-Ohio, told Politico": Jo Lee


_RELATIVE = re.compile(r",\s+(?:who|which)\b")
_POSSESSIVE_S = re.compile(r"[’']s\b")
"""The "'s" of an owner right after a name ("Lee's voters"): the name owns something, no subject."""
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\b[^,;:.!?“”\"()]*"
                             r"(?:,\s+(?:\p{Lu}[\w&'’.-]*\s+){0,4}\p{Lu}[\w&'’.-]*)?,\s*")
"""A relative clause set off by commas, a name set off in it too ("who represents its unit, Elm Labs Inc.,")."""


def _relative_aside(text: str, lo: int, cue: int) -> re.Match | None:
    """The relative clause set off by commas right before the cue at ``cue`` ("Jo Lee, who runs the bill, said"),
    opening after ``lo``, or None: it describes the cue's subject, as near to the cue as the name.

    >>> text = "“No,” Jo Lee, who runs the bill, said."
    >>> _relative_aside(text, 5, text.index("said")).group()
    ', who runs the bill, '
    >>> text = "“No,” Jo Lee, who represents the firm and its unit, Elm Labs Inc., said."
    >>> _relative_aside(text, 5, text.index("said")).group()
    ', who represents the firm and its unit, Elm Labs Inc., '
    """
    opened = list(_RELATIVE.finditer(text, lo, cue))
    return _RELATIVE_ASIDE.fullmatch(text, opened[-1].start(), cue) if opened else None


_RELATIVE_LEAD = re.compile(r"\s*,?\s*(?:which|who)\b[^,;:.!?“”\"()]*,\s*")
"""A relative clause on the quotation's words just after it, closed by a comma ("“...,” which occurred in May, Jo Lee
said")."""


def _relative_words(text: str, lo: int, cue: int) -> int:
    """How many words the relative clause set off before the cue at ``cue`` has (:func:`_relative_aside`), or the
    one opening at ``lo``, just after the quotation (:data:`_RELATIVE_LEAD`), else 0.

    >>> text = "“It ended,” which occurred in May, Jo Lee said."
    >>> _relative_words(text, 11, text.index("said"))
    5
    """
    aside = _relative_aside(text, lo, cue) or _RELATIVE_LEAD.match(text, lo, cue)
    return len(tokens(text, *aside.span())) if aside else 0


def _relative_cue(text: str, pos: int, cue: int) -> bool:
    """Whether a relative clause opens between a subject ending at ``pos`` and its cue at ``cue`` and holds the cue
    ("Geert Wilders, an MP, who demanded": not his words), not one closed by a comma before it
    (:func:`_relative_aside`: "Jo Lee, who runs the bill, said": her words).

    >>> text = "“No,” Jo Lee, who runs the bill, said. “No,” Al Roe, an MP, who said so."
    >>> _relative_cue(text, 12, text.index("said")), _relative_cue(text, 51, text.rindex("said"))
    (False, True)
    """
    return _RELATIVE.search(text, pos, cue) is not None and _relative_aside(text, pos, cue) is None


_CLAUSE_VERB = re.compile(rf"\s+(?:{alternation(AUXILIARIES)})\b")
_CONTRAST = re.compile(rf"[\s,]*(?:{alternation(CONTRASTING_CONJUNCTIONS)})\b", re.IGNORECASE)
"""A clause set against the quotation before it ("“...,” while the Courier said"): its cue is not the quotation's."""
_PARTY_TAG = re.compile(rf"(?<=,)\s*{PARTY_TAG}(?=,)|\({PARTY_TAG}\)")
"""A party and state tag after a name: ", D-Ill.," or "(R-Ohio)"."""


_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|on|to|with|from|into|during|after|before)\s+(?:(?:the|a|an|his|her|its|their)\s+)?$")
_SUBJECT_PRONOUNS = frozenset(SUBJECT_FORMS.values())
"""Pronouns in their subject form ("she", never "her"): no preposition's object."""
_PARTICIPLE_LEAD = re.compile(rf"\b(?:{alternation(PARTICIPLE_LEADS)})\s+$")
_COMMA_ADVERB = re.compile(rf",\s*(?:(?:\p{{Ll}}+ly|{alternation(CUE_ADVERBS)})\s+|"
                           r"(?:this|that|each|every|another|next)\s+time\s+)?$")
"""A comma closing the text searched, maybe before an adverb or a time it happened: "..., alternately shouting",
"..., often calling", "..., this time saying" (the clause's subject says it, not "time" nor "often")."""
_HAVING = re.compile(r",\s*having\s+$", re.IGNORECASE)
"""A perfect participle after a comma closing the text searched: "..., having" (before "referred", "called")."""
_SUBORDINATE_LEAD = re.compile(rf"\b(?:{alternation(CLAUSE_CONJUNCTIONS)})\s+(?:(?:the|a|an|his|her|its|their)\s+)?$",
                               re.IGNORECASE)
"""A conjunction opening a clause of its own before its subject ("since their "): the clause a participle after it
does not hang from."""
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves|itself)\b")


_QUOTED_AS = re.compile(rf"(?:\s+(?:was|were|is|are|been|being|(?:{alternation(MODALS)})\s+be))?\s+"
                        r"(?:quot(?:ed|ing)\s+(?:(?!(?:in|on|at|by|from)\s)(?:(?:an?|the)\s+)?"
                        r"(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){0,3})\s+)?as|(?:shown|seen|heard))\s+$")
"""Before "saying": "was quoted as", "is shown", "can be heard" (the subject before speaks) or "quoted Jo Lee as",
"quoted rescue officials as" (those quoted speak; not "quoted in the paper as")."""


_WITH_LEAD = re.compile(r"(?:^|[,;:—–])\s*with\s+(?:(?:the|his|her|its|their)\s+)?$", re.IGNORECASE)
""""With" set off by a comma right before a participle's subject, maybe after its determiner ("..., with Jo Lee, an
aide, saying", "..., with her ads calling"): the participle's own subject, no clause's object."""


def _participle_owner(text: str, lo: int, match: re.Match, subject: tuple[str, int, int]):
    """Who a participle cue in -ing after a comma hangs from, ``subject`` read just before it: the subject of its
    clause when that clause owns it ("Lee replied to Roe on Twitter, writing": Lee; "Lee won in June, telling": Lee) or
    the person after it who is the subject of a verb in -ing (:func:`_gerund_subject`),
    None when ``subject`` opens a clause of its own ("Lee asked ... since their talks ended, saying": the main
    clause's, not "talks"), else ``subject``; ``subject`` itself after a "with" set off by a comma (:data:`_WITH_LEAD`:
    "Others were blunter, with Jo Lee, the union's head, saying": Jo Lee).

    >>> text = "Others were blunter, with Jo Lee, the union's head, saying so."
    >>> _participle_owner(text, 0, re.search("saying", text), ("Jo Lee", 26, 32))
    ('Jo Lee', 26, 32)
    """
    if _SUBORDINATE_LEAD.search(text, max(lo, subject[1] - 30), subject[1]):
        return None
    if _WITH_LEAD.search(text, max(lo, subject[1] - 12), subject[1]):
        return subject
    clause = _last_clause(text, lo, match.start())  # "Earlier this year, Fox railed ..., promising"
    if clause and _clause_owns_participle(text, subject, clause):
        return _gerund_subject(text, clause[2], match.start()) or clause
    return subject


def _object_of_preposition(text: str, lo: int, subject: tuple[str, int, int]) -> bool:
    """Whether ``subject`` follows a preposition as its object ("in an interview first posted"), not as the subject
    of a participle after "with" set off by a comma (:data:`_WITH_LEAD`: "..., with her ads calling").

    >>> text = "in an interview posted; the race began, with her ads calling"
    >>> _object_of_preposition(text, 0, ("interview", 6, 15)), _object_of_preposition(text, 0, ("ads", 49, 52))
    (True, False)

    A pronoun in its subject form opens a clause after a conjunction that is also a preposition ("after she called"):

    >>> _object_of_preposition("Jo lost after she called", 0, ("she", 14, 17))
    False
    """
    if subject[0].lower() in _SUBJECT_PRONOUNS:
        return False
    return bool(_AFTER_PREPOSITION.search(text, max(0, subject[1] - 20), subject[1])) \
        and not _WITH_LEAD.search(text, max(lo, subject[1] - 20), subject[1])


def _verb_subject(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """:func:`~newskit.speakers.subject_before` the cue ``match``, except for a participle: none when its
    "subject" is a noun after a preposition ("in an interview first posted", "in a statement responding"),
    and the subject of its clause when it describes the subject itself ("he released an ad describing
    himself"), follows a name after a preposition (:func:`_named_object_participle`) or follows a comma
    ("Earlier this year, Fox railed against X, promising"; "Lee won in June, telling", where a date is no
    subject) or follows the object of a verb in the past ("Lee defended his choice saying"); the person quoted
    before "saying" ("Jo Lee was quoted as saying", "The Times quoted Jo Lee as saying")."""
    quoted_as = _QUOTED_AS.search(text, max(lo, match.start() - 80), match.start())
    if quoted_as and match.group().strip().lower() == "saying":  # "Lee was quoted as saying", "Lee is shown saying"
        return _quoted_subject(text, lo, match, quoted_as)
    document = _document_subject(text, lo, match)
    if document:
        return document
    led = _led_participle(text, lo, match)
    if led:
        return led
    subject = _named_who(text, lo, match, who_clause_head(
        text, lo, contact_clause_subject(subject_before(text, lo, match.start()), match.group())))
    if subject and _noun_cue(text, subject, match):
        return None
    participle = match.group().rstrip().endswith(("ed", "ing"))
    if participle and subject and match.group().rstrip().endswith("ing") and _COMMA_ADVERB.search(text, lo, match.start()):
        owner = _participle_owner(text, lo, match, subject)
        if owner is not subject:
            return owner
    host = _apposition_host(text, lo, match, subject)
    if host is not None:  # "Lee spoke of her rival, Al Roe, saying": Lee, or no one when Lee is before ``lo``
        return _clause_before(text, lo, host)
    named = _participle_after_object(text, lo, match, subject)
    if named:
        return named
    if not subject or not participle or subject[0][:1].isupper():
        return subject
    if _object_of_preposition(text, lo, subject):
        return _comma_clause(text, lo, match)
    if _REFLEXIVE.match(text, match.end()):
        return _last_clause(text, lo, match.start()) or subject
    return subject


_WHO_HEAD = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)"
                       r"\s+who\s+$")
"""A description in lower case after a determiner, then "who" closing the text searched ("Another witness who ")."""


def who_clause_head(text: str, lo: int, subject: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The description a relative clause "who ..." that ``subject`` was read from describes, when "who" comes right
    before it, without its determiner ("Another witness who owns a cafe said": witness); ``subject`` otherwise.

    >>> text = "Another witness who owns a cafe said so."
    >>> who_clause_head(text, 0, ("owns a cafe", 20, 31)), who_clause_head("Jo Lee said so.", 0, ("Jo Lee", 0, 6))
    (('witness', 8, 15), ('Jo Lee', 0, 6))
    """
    head = subject and _WHO_HEAD.search(text, lo, subject[1])
    return (head.group(1), head.start(1), head.end(1)) if head else subject


_NAMED_WHO = re.compile(r"(?<![\w'’.-])(?P<name>\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){1,3})\s+who\s+$")
"""A name of two to four capitalised words, then "who", right before a cue ("Jo Lee who said")."""
_PLURAL_WHO = re.compile(r"(?<![\w'’-])(\p{Ll}[\w-]+[^\Ws'’-]s)\s+who\s+$")
"""A plural noun in lower case with no determiner, then "who", right before a cue ("objections of prosecutors who
called it"): the prosecutors."""
_OF_BEFORE = re.compile(r"\b(?:of|for)\s+$")
""""Of" or "for" right before a name: the name belongs to a phrase ("fans of Jo Lee"), no subject."""


def _named_who(text: str, lo: int, match: re.Match, subject: tuple[str, int, int] | None):
    """``subject`` of the cue ``match`` when there is one, else a plural noun with no determiner right before "who"
    and the cue (:data:`_PLURAL_WHO`: "objections of prosecutors who called it"), else the person named there, no
    comma between ("criticism from Jo Lee who said": Jo Lee), unless "of" or "for" comes before the name ("fans of Jo
    Lee who said": the fans may speak); None otherwise.

    >>> text, fans = "It came from Jo Lee who said “no”.", "Fans of Jo Lee who said"
    >>> _named_who(text, 0, re.search("said", text), None), _named_who(fans, 0, re.search("said", fans), None)
    (('Jo Lee', 13, 19), None)
    >>> text = "It went on over objections of prosecutors who called it “absurd”."
    >>> _named_who(text, 0, re.search("called", text), None)
    ('prosecutors', 30, 41)
    """
    if not subject:
        plural = _PLURAL_WHO.search(text, max(lo, match.start() - 40), match.start())
        if plural and plural.group(1) not in FUNCTION_WORDS:
            return plural.group(1), *plural.span(1)
    named = None if subject else _NAMED_WHO.search(text, max(lo, match.start() - 80), match.start())
    if subject or not named or not given_name(named.group("name").split()[0]) \
            or _OF_BEFORE.search(text, max(lo, named.start() - 5), named.start()):
        return subject
    return named.group("name"), *named.span("name")


def _document_subject(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """Who speaks in the document that is the subject of the cue ``match``: its author ("the report by Jo Lee and
    colleagues at Elm said", "the letter, signed by Jo Lee, said": :data:`_DOCUMENT_BY`) or its owner
    (:func:`_text_owner`: "Jo Lee’s email notes"), or the author of the memo a participle cue right after it
    describes (:func:`_written_in`: "cited the images in a memo arguing"); None otherwise."""
    document = _DOCUMENT_BY.search(text, max(lo, match.start() - 200), match.start())
    if document:
        return document.group("who"), document.start("who"), document.end("who")
    return _text_owner(text, lo, match) or _written_in(text, lo, match)


_PAST_VERB = re.compile(rf"(?<![\w'’-])(?:\p{{Ll}}+ed|{alternation(IRREGULAR_PAST)})(?=\s)")
_IN_DOCUMENT = re.compile(rf"\b(?:in|with)\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(WORDED_DOCUMENTS)})\s+$")
"""A text a source wrote in, closing the text before a participle ("cited the images in a memo arguing")."""


def _written_in(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The subject of the verb in the past before "in a memo" and a participle cue ``match``: the memo's author, whose
    words the participle reports ("Elm Analytics cited the images in a memo arguing “...”": Elm Analytics, not the
    images); None otherwise.

    >>> text = "The firm Elm Analytics cited the images in a memo arguing the plane was “shot down”."
    >>> _written_in(text, 0, re.search("arguing", text))
    ('Elm Analytics', 9, 22)
    """
    if not match.group().rstrip().endswith("ing"):
        return None
    document = _IN_DOCUMENT.search(text, max(lo, match.start() - 60), match.start())
    verbs = list(_PAST_VERB.finditer(text, lo, document.start())) if document else []
    return subject_before(text, lo, verbs[-1].start()) if verbs else None


_OWNER_TEXTS = set(WORDED_DOCUMENTS) - set(ISSUED_DOCUMENTS) | set(RULING_NOUNS)
_OWNED_TEXT = re.compile(rf"(?<![\w'’-])(?P<owner>\p{{Lu}}[\w.-]*(?:\s+\p{{Lu}}[\w.-]*)*)(?:[’']s|(?<=s)[’'])\s+"
                         rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(_OWNER_TEXTS)})"
                         r"(?:\s+(?:to|for|on|about)\s+[^,;:.!?“”\"]{1,40}?)?\s+$")
"""A name's text that carries its words (lexicon WORDED_DOCUMENTS, not a statement, read as one; a judge's
RULING_NOUNS) right before a cue, maybe with whom it is for: "Jo Lee’s fundraising email to her supporters ", "Lee’s
court ruling "."""
_OWNED_ACCOUNT = re.compile(rf"(?:(?<![\w'’-])(?P<owner>\p{{Lu}}[\w.-]*(?:\s+\p{{Lu}}[\w.-]*)*)|\b[Tt]he\s+"
                            rf"(?P<described>\p{{Ll}}+))(?:[’']s|(?<=s)[’'])\s+(?:[\w-]+\s+){{0,2}}?"
                            rf"(?:{alternation(ACCOUNT_NOUNS)})\s+$")
"""The page or account (lexicon ACCOUNT_NOUNS) of a name, or of a description after "the", maybe with its platform,
right before a cue: "Jo Lee’s Twitter account ", "the group’s Facebook page ": where its owner posts."""


def _text_owner(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The owner of the text (:data:`_OWNED_TEXT`) or of the account (:data:`_OWNED_ACCOUNT`) that is the subject of
    the cue ``match``, who speaks in it ("Jo Lee’s fundraising email to her supporters notes": Jo Lee; "But Lee’s post
    notes": Lee, function words opening the name left out; "a post on the group’s Facebook page said": group), else
    None; none for a participle.

    Example
    -------
    >>> text = "Jo Lee’s fundraising email to her supporters notes that she “won”."
    >>> _text_owner(text, 0, re.search("notes", text))
    ('Jo Lee', 0, 6)
    >>> _text_owner("Jo Lee’s statement notes it.", 0, re.search("notes", "Jo Lee’s statement notes it.")) is None
    True
    >>> text = "“No,” Jo Lee’s court ruling said."
    >>> _text_owner(text, 0, re.search("said", text))
    ('Jo Lee', 6, 12)
    >>> text = "A post on the group’s Facebook page said it was “glad”."
    >>> _text_owner(text, 0, re.search("said", text))
    ('group', 14, 19)
    """
    if match.group().rstrip().endswith("ing"):
        return None  # none before a participle: "Lee read Roe’s email to staff, saying": Lee
    owned = _OWNED_TEXT.search(text, max(lo, match.start() - 120), match.start())
    account = None if owned else _OWNED_ACCOUNT.search(text, max(lo, match.start() - 120), match.start())
    if account and account.group("described"):
        return account.group("described"), *account.span("described")
    owned = owned or account
    if not owned:
        return None
    start, end = owned.span("owner")
    for word in re.finditer(r"\S+", owned.group("owner")):
        if word.group().lower() not in FUNCTION_WORDS:
            break
        start = owned.start("owner") + word.end() + 1
    return (text[start:end], start, end) if start < end else None


_DOCUMENT_BY = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:\d{{4}}\s+)?(?:\p{{Lu}}[\w'’.-]*\s+){{0,3}}"
    rf"(?:{alternation(AUTHORED_NOUNS + WORDED_DOCUMENTS)}),?\s+(?:(?:signed|"
    rf"written|issued|sent|released|published)\s+)?(?:by|from)\s+(?:the\s+)?(?P<count>(?:{alternation(NUMBER_WORDS)}"
    rf"|several)\s+)?(?P<who>(?(count)\p{{Ll}}[\w'’-]*(?:\s+[\w'’-]+){{0,5}}|"
    rf"\p{{Lu}}[\w'’.-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?\p{{Lu}}[\w'’.-]*){{0,5}}))"
    r"(?:[,\s]+(?:and|with)\s[^.;:!?“”\"]*?|,\s+(?:which|who)\s[^.;:!?“”\"]{1,80}?)?,?\s+$")
"""A document and its author before a cue: "the report by Jo Lee (and colleagues at Elm)", "the letter, signed by Jo
Lee,", "a memo from Jo Lee", "a 2025 study by the Centre for Elm Studies", "a disclaimer by the Elm Bureau, which led
the inquiry,", "a Tuesday Elm Post op-ed written by four former health chiefs": the author speaks, as in a statement
from her (:func:`statement_author`); authors counted and described ("former health chiefs") are named by their
description."""


def _document_words(text: str, lo: int, match: re.Match) -> int:
    """How many words of ``text[lo:match.start()]`` are the document and the co-authors around its author's name
    before the cue (:data:`_DOCUMENT_BY`): they are as near to the cue as the author.

    Example
    -------
    >>> text = "“Yes,” the report by Jo Lee and colleagues at the Elm Water Institute said."
    >>> _document_words(text, 6, QUOTE_CUES.search(text, 40))
    10
    """
    found = _DOCUMENT_BY.search(text, lo, match.start())
    return len(tokens(text, *found.span())) - len(tokens(text, *found.span("who"))) if found else 0


def _quoted_subject(text: str, lo: int, match: re.Match, quoted_as: re.Match) -> tuple[str, int, int] | None:
    """Who is quoted "as saying" (``match``, after ``quoted_as``): the one "quoted Jo Lee as" (the name without the
    titles before it: "quoted Director General Jo Lee as"), else the name before an
    apposition or a body (:data:`_APPOSED`: "Jo Lee of the Elm League was quoted as"), else the subject before."""
    if quoted_as.group("who"):
        words = list(re.compile(r"\S+").finditer(text, quoted_as.start("who"), quoted_as.end("who")))
        name = person_name([w.group() for w in words])  # "quoted Director General Jo Lee as": Jo Lee
        start = words[len(words) - len(name)].start() if name else quoted_as.start("who")
        return text[start:quoted_as.end("who")], start, quoted_as.end("who")
    apposed = _APPOSED.fullmatch(text, lo, match.start())
    if apposed:
        return apposed.group("name"), apposed.start("name"), apposed.end("name")
    return subject_before(text, lo, quoted_as.start())


_PAST_NEXT = re.compile(r"\s+\p{Ll}{3,}ed\b")


def _object_participle(text: str, lo: int, match: re.Match, subject) -> tuple[str, int, int] | None:
    """The subject of the clause when a cue in -ing follows the object of its verb in the past, the subject right
    before that verb ("Lee defended his choice of hat saying": Lee, not the choice), else None.

    Example
    -------
    >>> text = "Jo Lee defended his choice of hat saying so."
    >>> cue = re.search("saying", text)
    >>> _object_participle(text, 0, cue, ("choice of hat", 20, 33))
    ('Jo Lee', 0, 6)
    """
    if not (subject and subject[0][:1].islower() and match.group().rstrip().endswith("ing")
            and verb_object(text, lo, subject[1])):
        return None
    clause = _last_clause(text, lo, subject[1])
    return clause if clause and _PAST_NEXT.match(text, clause[2]) else None


_SET_OFF_OBJECT = re.compile(r"(?<![\w'’-])\p{Ll}{3,}(?<!e)ed\s+(?P<object>[^;:“”\"]+?)[,)]\s*,?\s*(?:\p{Ll}+ly\s+)?$")
"""A verb in the past in -ed and its object, with what commas set off after it, before a comma closing the text
searched: "endorsed the mayor, Al Roe, " or "backed Al Roe, R-Ohio, "."""
_NO_OBJECT_WORDS = PREPOSITIONS | {"to", "for", "about", "against", "who", "which", "that", "whose", "whom", "and",
                                   "but", "or", "as", "than", "while", "when"}


def _set_off_object_participle(text: str, lo: int, match: re.Match, subject) -> tuple[str, int, int] | None:
    """The subject of the clause when a cue in -ing follows a comma after the object of its verb in the past and
    what commas set off after that object, ``subject`` read in them ("Jo Lee endorsed the mayor, Al Roe, saying":
    Jo Lee, not Al Roe, as :mod:`newskit.sourcing` reads it), else None.

    Example
    -------
    >>> text = "Jo Lee praised her rival, Al Roe, saying so."
    >>> _set_off_object_participle(text, 0, re.search("saying", text), ("Al Roe", 26, 32))
    ('Jo Lee', 0, 6)
    >>> text = "Jo Lee spoke after Al Roe, saying so."
    >>> _set_off_object_participle(text, 0, re.search("saying", text), ("Al Roe", 19, 25)) is None
    True
    """
    if not (subject and match.group().rstrip().endswith("ing")):
        return None
    verb = _SET_OFF_OBJECT.search(text, max(lo, subject[1] - 80), match.start())
    if not verb or verb.start("object") > subject[1] or "," not in text[verb.start("object"):match.start()]:
        return None
    words = re.findall(r"[\w'’-]+", verb.group("object"))
    if any(w in _NO_OBJECT_WORDS or w.islower() and w.endswith(("ed", "ing")) for w in words):
        return None  # "spoke after Al Roe", "endorsed Al Roe, who won, saying": no object set off
    clause = _last_clause(text, lo, match.start())
    return clause if clause and clause[2] <= verb.start() else None


_COMMA_PHRASE = re.compile(rf",\s*(?:{alternation(sorted(PREPOSITIONS))})\s+(?:[\w'’-]+\s+){{0,2}}$")
"""A comma then a preposition and up to two words before a noun: ", at one point", ", in the end"."""


def _set_off_phrase_participle(text: str, lo: int, match: re.Match, subject) -> tuple[str, int, int] | None:
    """The subject of the clause when a cue in -ing follows a phrase set off by a comma that opens with a
    preposition, ``subject`` the noun of that phrase ("Jo Lee mixed facts with hedges, at one point cautioning":
    Jo Lee, not the point), else None.

    Example
    -------
    >>> text = "Jo Lee took questions, at one point warning us."
    >>> _set_off_phrase_participle(text, 0, re.search("warning", text), ("point", 30, 35))
    ('Jo Lee', 0, 6)
    """
    if not (subject and _no_agent(subject[0]) and match.group().rstrip().endswith("ing")):
        return None
    phrase = _COMMA_PHRASE.search(text, max(lo, subject[1] - 40), subject[1])
    clause = _last_clause(text, lo, phrase.start()) if phrase else None
    return None if not clause or _AFTER_PREPOSITION.search(text, max(0, clause[1] - 20), clause[1]) else clause


def _participle_after_object(text: str, lo: int, match: re.Match,
                             subject: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """Who says a participle cue in -ing whose ``subject`` read before it is an object: a name after a preposition
    (:func:`_named_object_participle`), the object of a verb in the past (:func:`_object_participle`) or what commas
    set off after it (:func:`_set_off_object_participle`), or a noun in a phrase set off by a comma
    (:func:`_set_off_phrase_participle`); else None."""
    return _named_object_participle(text, lo, match, subject) or _object_participle(text, lo, match, subject) \
        or _set_off_object_participle(text, lo, match, subject) or _set_off_phrase_participle(text, lo, match, subject)


def _clause_before(text: str, lo: int, pos: int) -> tuple[str, int, int] | None:
    """The subject of the last clause of ``text[lo:pos]`` (:func:`_last_clause`) when it lies wholly before ``pos``,
    else None."""
    clause = _last_clause(text, lo, pos)
    return clause if clause and clause[2] <= pos else None


_APPOSITION_HOST = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|an?)\s+"
                              r"(?:(?!(?:his|her|their|its|the|an?)\s)[\w'’-]+\s+){0,3}\p{Ll}[\w'’-]*,\s*$")
"""A noun in lower case after a determiner, then a comma: the noun a name set off after it names ("her rival, ")."""


def _apposition_host(text: str, lo: int, match: re.Match, subject: tuple[str, int, int] | None) -> int | None:
    """Where the noun starts that ``subject``, a name set off by commas right before a cue in -ing, is apposed to
    (:data:`_APPOSITION_HOST`: "Jo Lee spoke of her rival, Al Roe, saying": "her rival"), the participle then being
    that of the clause before the noun, not the name's; else None.

    Example
    -------
    >>> text = "Jo Lee went on TV to discuss her remarks about her rival, Al Roe, saying so."
    >>> _apposition_host(text, 0, re.search("saying", text), ("Al Roe", 58, 64))
    47
    >>> text = "Jo Lee met Al Roe, saying so."
    >>> _apposition_host(text, 0, re.search("saying", text), ("Al Roe", 11, 17)) is None
    True
    """
    if not (subject and subject[0][:1].isupper() and match.group().rstrip().endswith("ing")
            and _COMMA_ADVERB.fullmatch(text, subject[2], match.start())):
        return None
    host = _APPOSITION_HOST.search(text, max(lo, subject[1] - 60), subject[1])
    return host.start() if host else None


def _named_object_participle(text: str, lo: int, match: re.Match,
                             subject: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The subject of a participle cue in -ing whose ``subject`` read before it is a name after a preposition: the
    clause's ("Lee wrote in a note to Wired explaining": Lee), but the name's after "with" ("with Lee yelling":
    Lee); None for any other cue."""
    if not subject or not subject[0][:1].isupper() or not match.group().rstrip().endswith("ing"):
        return None
    preposition = _AFTER_PREPOSITION.search(text, max(0, subject[1] - 20), subject[1])
    if not preposition:
        return None
    if preposition.group().split()[0].lower() == "with":
        return subject
    clause = _last_clause(text, lo, match.start())
    return clause if clause and clause[1] < subject[1] else subject


def _led_participle(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The subject of the clause a participle cue after "before", "upon", "while", ... hangs from (lexicon
    PARTICIPLE_LEADS: "Lee deflected questions about Roe before saying": Lee) or a cue after ", having" ("Lee spoke
    of Roe, having referred to him as": Lee, never "having"), None for any other cue."""
    having = _HAVING.search(text, lo, match.start())
    if having:
        return _last_clause(text, lo, having.start())
    if not match.group().rstrip().endswith("ing") or not _PARTICIPLE_LEAD.search(text, max(lo, match.start() - 12),
                                                                                  match.start()):
        return None
    return _last_clause(text, lo, match.start())


def _clause_owns_participle(text: str, subject: tuple[str, int, int], clause: tuple[str, int, int]) -> bool:
    """Whether a participle cue after a comma is the clause's (subject ``clause``) rather than that of the words
    before it (``subject``): a later clause, or words that are an object, a date or no agent (:func:`_no_agent`)."""
    return clause[1] > subject[1] or named_in_passing(text, subject[1], subject[2]) \
        or subject[0].lower() in DATE_WORDS or _no_agent(subject[0])


def _no_agent(phrase: str) -> bool:
    """Whether a phrase read as the subject of a participle after a comma names no one who could speak: words
    in lower case that are no pronoun ("Lee is too principled, suggesting": too; "Lee showed frustration, and
    even a little fear, telling": even a little fear) or a number ("Lee had quit in 2019, saying": 2019), so the
    participle is the clause's.

    Example
    -------
    >>> _no_agent("too"), _no_agent("even a little fear"), _no_agent("2019"), _no_agent("he"), _no_agent("Jo Lee")
    (True, True, True, False, False)
    """
    return (phrase[:1].islower() or phrase[:1].isdigit()) and phrase.lower() not in PRONOUNS


_VERB_LEADS = AUXILIARIES | {"be", "been", "being"}
_NO_SUBJECT_WORDS = NAME_BREAKS - FUNCTION_WORDS - {"both", "each", "either", "neither", "many", "most", "several"}
"""Words that end a name and are never a subject themselves ("albeit", "however"; not "he", "both", "many")."""


def _speaking(text: str, subject: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """``subject`` (phrase, start, end), read before a cue, unless it names no one in particular ("any Lee version",
    lexicon NOBODY_DETERMINERS) or is words in lower case that name no speaker: opening with an adverb in -ly
    ("seemingly backed off his plan, saying"), ending with a word that ends a name and is no subject (lexicon
    NAME_BREAKS: "albeit conceding") or with a verb in -ing after an auxiliary ("the work they have been doing
    suggests"); None then.

    Example
    -------
    >>> text = "Lee has been doing well; the ruling states"
    >>> _speaking(text, ("doing", 13, 18)), _speaking(text, ("ruling", 29, 35))
    (None, ('ruling', 29, 35))
    >>> _speaking("albeit", ("albeit", 0, 6)), _speaking("seemingly backed off", ("seemingly backed off", 0, 20))
    (None, None)
    >>> _speaking("any Lee version", ("any Lee version", 0, 15))
    """
    if subject and subject[0].split()[0].lower() in NOBODY_DETERMINERS:
        return None
    if not subject or not subject[0].islower():
        return subject
    words = text[max(0, subject[1] - 12):subject[2]].split()
    first = subject[0].split()[0]
    junk = manner_adverb(first) or words[-1] in _NO_SUBJECT_WORDS or (
        len(words) > 1 and words[-1].endswith("ing") and words[-2] in _VERB_LEADS)
    return None if junk else subject


_BASE_CUES = frozenset(v for v in REPORTING_VERBS + QUOTE_ONLY_VERBS if " " not in v and v not in verb_forms(v)[1:])
"""Cues in their base form that may be nouns after an article ("the final say"); not one that is its own past too
("the statement read": a verb)."""
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


def _noun_cue(text: str, subject: tuple[str, int, int], match: re.Match) -> bool:
    """Whether a cue in its base form after a ``subject`` led by an article or "no", or in -s after a determiner, cannot
    have it as subject, so that the cue is a noun there (:func:`~newskit.speakers.noun_cue`: "the caustic chant", "a
    snappy retort", "struck the same notes"), not a verb ("pollsters agree", "the author would say", "people often
    say").

    Example
    -------
    >>> text = "a snappy retort; local leaders say; Lee struck the same notes"
    >>> _noun_cue(text, ("snappy", 2, 8), re.search("retort", text)), _noun_cue(text, ("local leaders", 17, 30),
    ...     re.search("say", text)), _noun_cue(text, ("Lee struck the same", 36, 55), re.search("notes", text))
    (True, False, True)
    """
    word = subject[0].split()[-1]
    cue = match.group().strip().lower()
    led = _ARTICLE_BEFORE.search(text, max(0, subject[1] - 5), subject[1]) or word.lower() == "no"
    return bool(cue in _BASE_CUES and led or S_FORM.fullmatch(cue)) \
        and noun_cue(text, (word, subject[2] - len(word), subject[2]), match.start())


def _comma_clause(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The subject of the clause a participle cue after a comma (and maybe an adverb) hangs from, when the noun
    before it follows a preposition ("Lee turned them to his advantage, alternately shouting": Lee); None
    without the comma ("in an interview first posted")."""
    return _last_clause(text, lo, match.start()) if _COMMA_ADVERB.search(text, lo, match.start()) else None


_REPORTS = re.compile(r"\s*report", re.IGNORECASE)
"""A cue that relays what someone else said ("The Times reports Liz Cheney ... saying"): not the speaker."""


def _participle_subject(text: str, lo: int, earlier: re.Match, match: re.Match) -> tuple[str, int, int] | None:
    """The subject of a participle cue ``match`` without one of its own ("..., saying"): the subject of the
    earlier cue, except after a report ("The Times reports Liz Cheney first took a position, saying"): the
    person reported on, who is the one saying it; the person after the earlier cue who is the subject of a verb in
    -ing the participle goes on from ("We remember Jo Lee going on TV, declaring": :func:`_gerund_subject`); none when
    the earlier cue is a noun ("Lee offered a harsh retort, tweeting": not "harsh")."""
    if _REPORTS.match(earlier.group()):
        reported = subject_after(text, earlier.end(), match.start())
        if reported and person_name(reported[0].split()):
            return reported
    gerund = _gerund_subject(text, earlier.start(), match.start()) if COMMA_BEFORE.search(text, lo, match.start()) \
        else None
    subject = gerund or subject_before(text, lo, earlier.start())
    return None if subject and not gerund and _noun_cue(text, subject, earlier) else subject


_ASIDE_CUES = {"says", "said", "adds", "added", "notes", "noted", "writes", "wrote", "argues", "argued", "insists",
               "insisted", "explains", "explained", "recalls", "recalled"}
_COMMA_AFTER = re.compile(r"(?:\s+(?:in|on|last|this)\s+[\w ]{1,20}?)?\s*,")


def _aside_subject(text: str, lo: int, hi: int, match: re.Match) -> tuple[str, int, int] | None:
    """The name after a cue set off by commas inside a sentence ("Usually, says Mitchell, who ..., he
    “polishes”"), whose subject is that name and not the words before it; None otherwise.

    Example
    -------
    >>> text = "Usually, says Mitchell, he writes."
    >>> _aside_subject(text, 0, len(text), QUOTE_CUES.search(text))
    ('Mitchell', 14, 22)
    >>> text = "“He won,” Jo Lee, a parent, said of Mr. Roe, “and rightly.”"
    >>> _aside_subject(text, 9, text.rindex("“"), QUOTE_CUES.search(text)) is None  # Roe is what she spoke of
    True
    """
    if match.group().strip().lower() not in _ASIDE_CUES or not COMMA_BEFORE.search(text, lo, match.start()):
        return None
    after = subject_after(text, match.end(), hi)
    if not after or person_name(after[0].split()) != after[0].split() or after[0].lower() in DATE_WORDS \
            or not _COMMA_AFTER.match(text, after[2]) \
            or PREPOSITIONS.intersection(text[match.end():after[1]].lower().split()):
        return None
    return after


def _clause_of(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The subject of the clause a participle cue after a comma hangs from, when no cue comes before it
    ("Lee contrasted her record with Roe’s, saying": Lee, not Roe), or the person after it who is the subject of a
    verb in -ing the cue goes on from (:func:`_gerund_subject`); None otherwise.

    Example
    -------
    >>> text = "Jo Lee compared her record with Al Roe’s, saying it was better."
    >>> _clause_of(text, 0, re.search("saying", text))
    ('Jo Lee', 0, 6)
    """
    if not COMMA_BEFORE.search(text, lo, match.start()):
        return None
    clause = _last_clause(text, lo, match.start())
    return clause and _gerund_subject(text, clause[2], match.start()) or clause


_GERUND_SUBJECT = re.compile(r"(?<![\w’'-])(\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+){0,2})(?=\s+\p{Ll})")
_IN_ING = re.compile(r"\s+(\p{Ll}{2,}ing)\b")


def _doing_after(text: str, pos: int) -> bool:
    """Whether a verb in -ing follows the name ending at ``pos`` ("Jo Lee going"): not a cue ("Jo Lee saying") nor a
    word that breaks a name run (lexicon NAME_BREAKS: "Jo Lee during the talks").

    >>> [_doing_after(t, 6) for t in ("Jo Lee going home", "Jo Lee saying it", "Jo Lee during it", "Jo Lee went")]
    [True, False, False, False]
    """
    verb = _IN_ING.match(text, pos)
    return verb is not None and verb.group(1) not in NAME_BREAKS and not QUOTE_CUES.fullmatch(verb.group(1))


def _gerund_subject(text: str, lo: int, hi: int) -> tuple[str, int, int] | None:
    """The person named in ``text[lo:hi]`` (after a clause's subject, before a participle cue) right after a verb
    as the subject of a verb in -ing ("I remember Jo Lee going on TV, declaring": Jo Lee, the one the participle
    goes on about, :func:`_doing_after`); not after a determiner ("the Jo Lee meeting") nor a preposition, nor before a
    cue ("recalled Jo Lee saying it, adding": the cue's speaker says the rest); None when there is none.

    Example
    -------
    >>> text = "We remember Jo Lee going on TV in May, declaring it over."
    >>> _gerund_subject(text, 2, text.index("declaring"))
    ('Jo Lee', 12, 18)
    >>> [_gerund_subject(t, 0, 30) for t in ("Fans of Jo Lee singing, chanting", "Al Roe left the Jo Lee meeting")]
    [None, None]
    """
    found = None
    for match in _GERUND_SUBJECT.finditer(text, lo, hi):
        words = list(re.finditer(r"\S+", match.group(1)))
        name = person_name([w.group() for w in words])
        before = _WORD_BEFORE.search(text, lo, match.start())
        if name and [w.group() for w in words[-len(name):]] == name \
                and all(title_or_role(w.group()) for w in words[:-len(name)]) and before \
                and before.group(1) not in _DETERMINER_WORDS and not _after_preposition(text, match.start()) \
                and _doing_after(text, match.end(1)):
            found = match.start(1) + words[-len(name)].start(), match.end(1)
    return (text[found[0]:found[1]], *found) if found else None


_WORD_BEFORE = re.compile(r"(\p{Ll}+)\s+$")


_AND_BEFORE = re.compile(r"\s+and\s+$")
_SHORT_PREDICATE = re.compile(r"(?:\s+[\w'’-]+){1,5}")
"""A verb and up to four more words, no punctuation: "smiled", "shook her head" between a subject and "and"."""


def _coordinated_subject(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The subject of the clause whose verb the cue ``match`` follows after "and", the two verbs sharing it ("Lee
    smiled and said", "Lee shook her head and added": Lee), when that subject is near (a short verb phrase
    between, no comma: :data:`_SHORT_PREDICATE`), or that of a clause a conjunction of time or cause opens
    (:func:`~newskit.speakers.subordinate_subject`, a name: "Roe was angry after Jo Lee criticized him and warned");
    None otherwise.

    Example
    -------
    >>> text = "Jo Lee shook her head and said, “No.”"
    >>> _coordinated_subject(text, 0, re.search("said", text))
    ('Jo Lee', 0, 6)
    >>> text = "Roe was angry after Jo Lee criticized him and warned, “No.”"
    >>> _coordinated_subject(text, 0, re.search("warned", text))
    ('Jo Lee', 20, 26)
    """
    shared = _shared_subject(text, lo, match, _AND_BEFORE, _SHORT_PREDICATE)[0]
    joined = None if shared else _AND_BEFORE.search(text, lo, match.start())
    opened = subordinate_subject(text, lo, joined.start()) if joined else None
    named = opened and opened[0][:1].isupper()  # a description there is read by the speaker's other steps
    return shared or (named and _shared_subject(text, opened[1], match, _AND_BEFORE, _SHORT_PREDICATE)[0]) or None


_BUT_BEFORE = re.compile(r",?\s+but\s+$")
_DECLINED_PREDICATE = re.compile(rf"\s+(?:{alternation(DECLINING_CUES)})(?:\s+[\w'’-]+){{0,6}}")
"""A source declining to say something (lexicon DECLINING_CUES) and up to six more words, no punctuation: "declined
to comment on the case" between a subject and "but"."""


def _declined_subject(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The subject of the clause that declines to say something before "but" and the cue ``match``, the two verbs
    sharing it ("Elmco declined to comment on the case but said": Elmco); None otherwise.

    Example
    -------
    >>> text = "Elmco declined to comment on pending claims but said it is “doing its best.”"
    >>> _declined_subject(text, 0, re.search("said", text))
    ('Elmco', 0, 5)
    >>> text = "Elmco declined to lower its prices but said it is “doing its best.”"
    >>> _declined_subject(text, 0, re.search("said", text)) is None
    True
    """
    return _shared_subject(text, lo, match, _BUT_BEFORE, _DECLINED_PREDICATE)[0]


_RAISED_OBJECT = re.compile(rf"(?<![\w-])(?:{alternation(RAISING_OBJECT_VERBS)})\s+"
                            r"(?:[^,;:.!?“”\"\n]*?\s+to\s+\p{Ll}+\s+and\s+)?(?:the\s+)?"
                            r"(?P<object>[^,;:.!?“”\"\n]{1,60}?)\s+to\s+$")
"""A verb of causing, its object and "to" before a cue ("prompted Jo Lee to ", "led the mayor of Elm to resign and
the governor to "): the object of the last such pair; not a verb closing a compound ("the Elm-led House voted to")."""


def raised_object(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The object a verb of causing (lexicon RAISING_OBJECT_VERBS) makes the subject of the cue ``match`` after "to"
    ("The leak led the mayor of Elm to announce: “...”": mayor of Elm; "prompted Jo Lee to warn of “...”": Jo Lee);
    None otherwise.

    Example
    -------
    >>> text = "The leak led the mayor to quit and the governor of Elm to announce: “I will stay.”"
    >>> raised_object(text, 0, re.search("announce", text))
    ('governor of Elm', 39, 54)
    >>> raised_object("The leak asked Al Roe to say “no.”", 0, re.search("say", "The leak asked Al Roe to say"))
    """
    raised = _RAISED_OBJECT.search(text, max(lo, match.start() - 160), match.start())
    if not raised or re.search(r"\bto\b", raised.group("object")):
        return None  # "forced him to eat and to say": no object between
    return raised.group("object"), raised.start("object"), raised.end("object")


def _shared_subject(text: str, lo: int, match: re.Match, link: re.Pattern, predicate: re.Pattern):
    """(subject, predicate match) of the clause a cue ``match`` shares its subject with, the two joined by ``link``
    right before the cue ("and", "to"), when that clause's predicate between them is ``predicate`` whole (no comma);
    (None, None) otherwise: :func:`_coordinated_subject`, :func:`_purpose_subject`."""
    joined = link.search(text, lo, match.start())
    subject = _last_clause(text, lo, joined.start()) if joined else None
    between = predicate.fullmatch(text, subject[2], joined.start()) if subject else None
    return (subject, between) if between else (None, None)


_GIVEN_TEXT_THAT = re.compile(rf"\s+(?:\p{{Ll}}+ly\s+)?(?:{alternation(GIVING_OUT_VERBS)})\s+(?:an?|the)\s+"
                              rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(WORDED_DOCUMENTS)})\s+(?:that|which)\s+$")
"""A verb of giving out, a text (lexicon WORDED_DOCUMENTS) and "that" before a cue: "recently ran a piece that "."""


def _document_giver(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The subject of the clause that gives out the text whose relative clause the cue ``match`` opens
    (:data:`_GIVEN_TEXT_THAT`: "The Elm Post ran a piece that noted": the Elm Post), else None.

    Example
    -------
    >>> text = "The Elm Post recently ran a piece that noted his “plan”."
    >>> _document_giver(text, 0, re.search("noted", text))
    ('Elm Post', 4, 12)
    """
    given = _GIVEN_TEXT_THAT.search(text, max(lo, match.start() - 80), match.start())
    clause = _last_clause(text, lo, given.end()) if given else None
    return clause if clause and clause[2] <= given.start() else None


_TO_BEFORE = re.compile(r"\s+to\s+$")
_LEADING_ARTICLE = re.compile(rf"(?:{alternation(ARTICLES)})\s+(?=\p{{Ll}})", re.IGNORECASE)
_PURPOSE_PREDICATE = re.compile(r"\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?:\s+[\w'’-]+){0,8}")
"""A verb of :data:`~newskit.text.lexicon.PURPOSE_VERBS` (maybe after an adverb) and up to eight more words, no
punctuation: "used a televised address on Tuesday" between a subject and "to"."""


def _purpose_subject(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The subject of the clause whose infinitive of purpose the cue ``match`` opens, the two verbs sharing it ("The
    leader used a speech on Monday to say", "Lee went on TV to warn": the leader, Lee), when the verb before is one
    of :data:`~newskit.text.lexicon.PURPOSE_VERBS` near its subject (:data:`_PURPOSE_PREDICATE`); None otherwise.

    Example
    -------
    >>> text = "The leader used a speech on Monday to say that “we won.”"
    >>> _purpose_subject(text, 0, re.search("say", text))
    ('leader', 4, 10)
    >>> text = "Earlier, the prime minister used a speech to say that “we won.”"
    >>> _purpose_subject(text, 0, re.search("say", text))
    ('prime minister', 13, 27)
    >>> text = "The leader asked Al Roe to say that “we won.”"
    >>> _purpose_subject(text, 0, re.search("say", text)) is None
    True
    """
    subject, predicate = _shared_subject(text, lo, match, _TO_BEFORE, _PURPOSE_PREDICATE)
    if not predicate or predicate.group(1) not in PURPOSE_VERBS:
        return None
    article = _LEADING_ARTICLE.match(subject[0])
    return (subject[0][article.end():], subject[1] + article.end(), subject[2]) if article else subject


def _last_clause(text: str, lo: int, pos: int) -> tuple[str, int, int] | None:
    """The subject of the last clause of ``text[lo:pos]`` (:func:`~newskit.speakers.clause_subjects`), a
    person's name without the titles, description or place around it, as :func:`_clean_mention` and
    :func:`~newskit.speakers.person_name` read it; None without a clause.

    Example
    -------
    >>> text = "Former Mayor Jo Lee backed Roe, saying it was vital."
    >>> _last_clause(text, 0, text.index("saying"))
    ('Jo Lee', 13, 19)
    >>> text = "At a rally, Senator Jo Lee of Ohio backed Roe, saying it was vital."
    >>> _last_clause(text, 0, text.index("saying"))
    ('Jo Lee', 20, 26)
    """
    clauses = clause_subjects(text, lo, pos)
    if not clauses:
        return None
    return _untitled(text, *_clean_mention(*clauses[-1])) or clauses[-1]  # "Jo Lee of Ohio": not Ohio


def _untitled(text: str, phrase: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The person's name that ends ``phrase`` (at ``start``-``end`` of ``text``) without the titles before it
    (:func:`~newskit.speakers.person_name`), with its offsets; None when the phrase ends in no name or in an
    institution's word alone, a body's name whose owner reads as a title ("The Prime Minister's Office") or its field
    (:func:`~newskit.speakers.body_named`: "The Ministry of Elms").

    Example
    -------
    >>> text = "House Speaker Jo Lee said. The Prime Minister's Office said."
    >>> _untitled(text, "House Speaker Jo Lee", 0, 20), _untitled(text, "said", 21, 25)
    (('Jo Lee', 14, 20), None)
    >>> _untitled(text, "The Prime Minister's Office", 27, 54) is None
    True
    >>> _untitled("Elm Nurses United said", "Elm Nurses United", 0, 17) is None  # a plural: no title, a body's name
    True
    >>> _untitled("The Ministry of Elms said", "The Ministry of Elms", 0, 20) is None  # the body's field
    True
    """
    words = phrase.split()
    name = " ".join(person_name(words))
    if INSTITUTION.fullmatch(name) or name == words[-1] and len(words) > 1 and plural_form(words[-2]) \
            or body_named(words):
        return None
    at = text.rfind(name, start, end) if name else -1
    return (name, at, at + len(name)) if at >= 0 and at + len(name) == end else None


_NOT_SUBJECT_WORD = rf"(?!(?:{alternation(AUXILIARIES | set(CUE_ADVERBS) | {'also', 'then'})}|\p{{Ll}}+ly)\b)"
_RELATIVE_REPORT = re.compile(rf",\s+(?:who|which|whom)\s+(?:{_NOT_SUBJECT_WORD}[\w'’.-]+\s+){{1,3}}$")
"""A relative pronoun, then the subject of a cue inside its clause ("the driver, who police said held"): that cue
reports the relative clause, not what the sentence says after it."""


def _relative_report(text: str, lo: int, hi: int, match: re.Match) -> bool:
    """Whether the cue ``match`` reports inside a relative clause (:data:`_RELATIVE_REPORT`) that a comma closes
    before the quotation at ``hi``: "It said the driver, who police said held two passports, showed “...”" (not the
    police's words).

    >>> text = "It said the driver, who police said held two passports, showed “...”"
    >>> _relative_report(text, 0, text.index("“"), QUOTE_CUES.search(text, 10))
    True
    """
    return match.re is QUOTE_CUES and _RELATIVE_REPORT.search(text, max(lo, match.start() - 60), match.start()) \
        is not None and "," in text[match.end():hi]


def _cue_before(text: str, lo: int, hi: int, matches: list[re.Match]):
    """(subject, cue match) of the nearest cue before a quotation that has a subject ("the claims were"); the
    reporting verb's subject when that cue is reported ("Mitchell said he found ...") or comes after the subject's
    start ("CNN, Lee said, called it ...": Lee), but for a cue word in a description of the subject, whose subject
    would be words in lower case (:func:`_no_agent`: "Lee, a creative writing professor, said": Lee), and for
    "according to" in a relative clause after an earlier cue (:data:`_RELATIVE_SOURCE`: "which", "who")."""
    for k in range(len(matches) - 1, -1, -1):
        match = matches[k]
        if k and _relative_report(text, lo, hi, match):
            continue  # "It said the driver, who police said held ..., showed “...”": It
        if _may_speak(text, lo, matches[:k], match):
            continue  # "He said the state should make clear it could respond “...”": He
        if match.re is BY_CUES or (match.group()[:1].isupper() and not re.search(r"\w", text[lo:match.start()])):
            subject = _source_after(text, lo, hi, matches, k)  # "according to Lee", "Said Jo Lee, ..., “...”"
        else:
            subject = _speaking(text, _inverted_name(text, lo, hi, match) or _aside_subject(text, lo, hi, match)
                                or _verb_subject(text, lo, match))
            if subject is None and match.group().endswith("ing"):
                earlier = [m for m in matches[:k] if m.re is QUOTE_CUES]
                subject = _speaking(text, _participle_subject(text, lo, earlier[-1], match) if earlier else None) \
                    or _clause_of(text, lo, match)  # "Lee appeared to respond to Roe, writing": Lee
            elif subject is None:
                subject = _speaking(text, _linked_subject(text, lo, match))
        if subject is not None:
            reporter = None if _named_lead_in(text, match, hi, subject) else \
                _reporter(text, lo, matches[:k], subject, _quote_only(match))
            return reporter or (subject, match)
    return None


def _named_lead_in(text: str, match: re.Match, hi: int, subject: tuple[str, int, int]) -> bool:
    """Whether the cue ``match``, a finite verb, leads with a colon into the quotation at ``hi`` and its subject is a
    person's full name: the words are that person's, whoever reports the cue ("The Elm Post writes that Jo Lee said at a
    forum: “...”": Jo Lee; not "A representative for Lee, Al Roe, responded by saying: “...”", read as Al Roe).

    >>> text = "The Elm Post writes that Jo Lee said at a forum: “No.”"
    >>> _named_lead_in(text, re.search("said", text), text.index("“"), ("Jo Lee", 25, 31))
    True
    """
    words = subject[0].split()
    return text[match.end():hi].rstrip().endswith(":") and not match.group().rstrip().endswith("ing") \
        and len(words) > 1 and person_name(words) == words \
        and not re.search(r"[.!?]\s", text[match.end():hi])


def _may_speak(text: str, lo: int, earlier: list[re.Match], match: re.Match) -> bool:
    """Whether the cue ``match`` follows a modal (:data:`~newskit.text.lexicon.MODALS`) inside what an ``earlier``
    reporting verb reports: speech that may happen, not the words quoted after it.

    >>> text = "He said the state should make clear it could respond “quickly,” he added."
    >>> cues = list(QUOTE_CUES.finditer(text))
    >>> _may_speak(text, 0, cues[:1], cues[1]), _may_speak(text, 0, [], cues[1])
    (True, False)
    """
    return bool(_MODAL_BEFORE.search(text, max(lo, match.start() - 20), match.start())) \
        and any(m.re is QUOTE_CUES for m in earlier)


_MODAL_BEFORE = re.compile(rf"\b(?:{alternation(MODALS)})\s+(?:\p{{Ll}}+ly\s+)?$")
_SENTENCE_STOP = re.compile(r"[.!?](?=[\s”\"’']|$)")


def _inverted_name(text: str, lo: int, hi: int, match: re.Match) -> tuple[str, int, int] | None:
    """The name after the cue ``match`` when a comma sets the cue off and the name closes its sentence
    (:func:`~newskit.speakers.reporting_subjects`): the subject of an inverted cue, not a name before the comma
    ("With Elmland so near, a deal may fail, said Mayor Jo Lee. “...”": Jo Lee, not Elmland); None otherwise.

    Example
    -------
    >>> text = "With Elmland so near, a deal may fail, said Mayor Jo Lee. “No.”"
    >>> _inverted_name(text, 0, text.index("“"), QUOTE_CUES.search(text))
    ('Jo Lee', 50, 56)
    >>> text = "Al Roe wrote a letter, claiming Elm Air “is unsafe.”"
    >>> _inverted_name(text, 0, text.index("“"), QUOTE_CUES.search(text)) is None
    True
    """
    comma = text.rfind(",", lo, match.start())
    stop = _SENTENCE_STOP.search(text, match.end(), hi)
    if comma < 0 or text[comma + 1:match.start()].strip() or not stop or match.group().endswith("ing"):
        return None  # "..., claiming Elm Air “...”": what Elm Air does, the quotation its object
    return next((name for name in reporting_subjects(text, comma, stop.end()) if name[1] > match.end()), None)


def _linked_subject(text: str, lo: int, match: re.Match) -> tuple[str, int, int] | None:
    """The subject a cue with none of its own before it takes from the clause it is linked to: a verb it is
    coordinated with, an infinitive of purpose, a text given out, a refusal to comment before "but", or the object a
    verb of causing makes its subject; None when none."""
    return _coordinated_subject(text, lo, match) or _purpose_subject(text, lo, match) \
        or _document_giver(text, lo, match) or _declined_subject(text, lo, match) or raised_object(text, lo, match)


def _source_after(text: str, lo: int, hi: int, matches: list[re.Match], k: int) -> tuple[str, int, int] | None:
    """The source named after the cue ``matches[k]`` ("according to Lee", "Said Jo Lee, ..."), None when an earlier
    cue's source speaks: "according to" in a relative clause (:data:`_RELATIVE_SOURCE`) or naming what that source
    relays (:func:`_relayed`).

    Example
    -------
    >>> text = "Lee said that according to its analysis, “...”"
    >>> matches = [QUOTE_CUES.search(text), BY_CUES.search(text)]
    >>> _source_after(text, 0, len(text), matches, 1), _source_after(text, 0, len(text), matches[1:], 0)
    (None, ('analysis', 31, 39))
    """
    match = matches[k]
    if match.re is BY_CUES and k and _RELATIVE_SOURCE.search(text, lo, match.start()):
        return None  # "Lee says, as an economy which spends 7% according to the Elm Institute, ... “...”": Lee
    subject = _agent_within(text, subject_after(text, match.end(), hi))
    return None if _relayed(text, subject, matches[:k]) else subject  # "Lee said that according to its analysis"


def _agent_within(text: str, subject: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The source an agent cue inside ``subject``, a phrase read after a cue, names (cues.AGENT_CUES: the author of a
    document, "analysis by"): whom the attributions credit ("“...,” according to an analysis by the Elm Center": Elm
    Center, not the analysis); ``subject`` otherwise.

    Example
    -------
    >>> text = "“No,” noted a 2019 study by the Elm Center."
    >>> _agent_within(text, ("2019 study by the Elm Center", 14, 42))
    ('Elm Center', 32, 42)
    >>> _agent_within("“No,” said the mayor.", ("mayor", 15, 20))
    ('mayor', 15, 20)
    """
    agent = AGENT_CUES.search(text, subject[1], subject[2]) if subject else None
    return (subject_after(text, agent.end(), subject[2]) or subject) if agent else subject


_RELATIVE_SOURCE = re.compile(r"\b(?:which|who)\s[^,;:.!?“”\"]*$")
"""A relative clause open before "according to", no comma between: the source it names is that clause's, not the
source of the quotation after it, which an earlier cue of the sentence reports."""


_PRONOUN_OWNER = re.compile(r"\b(?:its|their|his|her)\s+$", re.IGNORECASE)
_FINDING_TEXTS = frozenset(AUTHORED_NOUNS + WORDED_DOCUMENTS)


def _relayed(text: str, subject: tuple[str, int, int] | None, earlier: list[re.Match]) -> bool:
    """Whether ``subject``, read after "according to", is what a source of a cue among the ``earlier`` ones relays
    (:func:`_pronoun_owned`: "Lee said that according to its analysis"), so that cue's subject speaks."""
    return bool(subject) and _pronoun_owned(text, subject) and any(m.re is QUOTE_CUES for m in earlier)


def _pronoun_owned(text: str, subject: tuple[str, int, int]) -> bool:
    """Whether ``subject`` (phrase, start, end) is a finding or a text owned by a pronoun ("its analysis", "their
    report": lexicon AUTHORED_NOUNS, WORDED_DOCUMENTS): what a source read earlier in the sentence relays, no
    speaker of its own.

    Example
    -------
    >>> text = "Lee said that according to its analysis, the party won."
    >>> _pronoun_owned(text, ("analysis", 31, 39)), _pronoun_owned("according to the analysis", ("analysis", 17, 25))
    (True, False)
    """
    return subject[0].split()[-1].lower() in _FINDING_TEXTS \
        and _PRONOUN_OWNER.search(text, max(0, subject[1] - 8), subject[1]) is not None


_REPORTED_LEAD = (rf"\s*(?:(?:(?:{alternation(sorted(PREPOSITIONS | {'to', 'for'}))})\s+[^,.;:!?“”\"\n]{{1,60}}?\s+)?"
                  r"that\s+(?:\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,3}\s+and\s+)?)?")
"""What may stand between a reporting verb and the subject of the clause it reports: "that", maybe after a phrase
opening with a preposition ("Lee said in a column for the Star that", "Lee wrote on Friday that"), maybe before a
name and "and" the subject shares its verb with ("Elm House said in a statement that Lee and Roe had agreed")."""


_CLEFT = re.compile(rf"\b[Ii]t\s+(?:is|was)\s+(?:(?:only|not|just|even)\s+)?(?:{alternation(CLAUSE_CONJUNCTIONS)})\s+"
                    r"(?:(?:the|a|an|his|her|its|their)\s+)?$")
"""The opening of a cleft sentence before a subject ("it was only after the"): the "that" closing its clause is the
cleft's, not a reporting verb's."""


def _reporter(text: str, lo: int, earlier: list[re.Match], subject: tuple[str, int, int], quote_only: bool = False):
    """(subject, cue match) of the reporting verb among the ``earlier`` cues that reports a cue with ``subject``
    (:func:`_cue_before`), else None; a cue only read next to a quotation (``quote_only``: "continuing") is
    reported with its subject's article too ("Lee said the inquiry is continuing and ... “...”": Lee); one of
    :data:`_TAG_ONLY` reports nothing ("Lee said it ended before talks began, saying": not the talks), nor one in
    the clause of a cleft sentence (:data:`_CLEFT`); none for a subject with a verb in -ing after it, the object of the
    verb before it ("We recall Jo Lee going on TV, declaring": Jo Lee).

    Example
    -------
    >>> text = "It was only after the trial concluded that Lee said “no.”"
    >>> cues = list(QUOTE_CUES.finditer(text))
    >>> _reporter(text, 0, cues[:1], (text.index("Lee"), text.index("Lee"), text.index("Lee") + 3)) is None
    True
    """
    if _doing_after(text, subject[2]):
        return None  # "We remember Jo Lee going on TV, declaring": the object doing something, no clause reported
    lead = _REPORTED_LEAD + (r"(?:(?:the|a|an|this|its|his|her|their)\s+)?" if quote_only else "")
    outer = [m for m in earlier if m.re is QUOTE_CUES and not _REPORTS.match(m.group())
             and not _TAG_ONLY.fullmatch(m.group()) and re.fullmatch(lead, text[m.end():subject[1]])]
    reporter = subject_before(text, lo, outer[-1].start()) if outer else None
    if reporter and _CLEFT.search(text, lo, reporter[1]):
        return None  # "it was only after the hearing concluded that Lee said": the "that" of "it was ... that"
    if reporter and outer[-1].end() > subject[1] and _no_agent(reporter[0]):
        return None  # "Lee, a creative writing teacher, said": a cue word in the subject's description
    if reporter and not _noun_cue(text, reporter, outer[-1]):  # not "No wonder Lee said"
        return reporter, outer[-1]
    return None


class Mentions:
    """Sorted (offset, name) pairs with look-ups by offset range, each in O(log n).

    Example
    -------
    >>> m = Mentions([(0, "Jo Lee"), (20, "Al Roe"), (40, "Jo Lee")])
    >>> m.last(0, 40), m.first(21, 99), m.between(10, 41)
    ((20, 'Al Roe'), (40, 'Jo Lee'), [(20, 'Al Roe'), (40, 'Jo Lee')])
    """

    def __init__(self, items: list[tuple[int, str]]):
        self.items = items
        self.offsets = [pos for pos, _ in items]

    def last(self, lo: int, hi: int) -> tuple[int, str] | None:
        """The last pair at ``lo <= offset < hi``, else None."""
        k = bisect.bisect_left(self.offsets, hi) - 1
        return self.items[k] if k >= 0 and self.offsets[k] >= lo else None

    def first(self, lo: int, hi: int) -> tuple[int, str] | None:
        """The first pair at ``lo <= offset < hi``, else None."""
        k = bisect.bisect_left(self.offsets, lo)
        return self.items[k] if k < len(self.items) and self.offsets[k] < hi else None

    def between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The pairs at ``lo <= offset < hi``, in order."""
        return self.items[bisect.bisect_left(self.offsets, lo):bisect.bisect_left(self.offsets, hi)]


class Antecedents:
    """Who "he"/"she" is, among the person mentions ``everyone`` of a version whose genders ``sex`` shows
    and whose ``cited`` names are cited as sources (see :meth:`resolve`); the mentions at the offsets
    ``passing`` (names in passing: objects, names quoted) are no antecedents, before or after; names
    :func:`newskit.speakers.pronoun_may_name` rules out in the version's ``text`` are none either.

    Example
    -------
    >>> text = "Jo Lee came. “Yes,” he said."
    >>> Antecedents([(0, "Jo Lee")], {"Jo Lee": "m"}, set()).resolve("he", {"start": 13, "end": 19}, 20, 13, (0, 28, 0))
    'Jo Lee'
    """

    def __init__(self, everyone: list[tuple[int, str]], sex: dict[str, str], cited: set[str],
                 passing: frozenset[int] = frozenset(), text: str = ""):
        self.everyone, self.sex, self.cited, self.passing, self.text = everyone, sex, cited, passing, text
        self._by_gender: dict[str, tuple[Mentions, Mentions, Mentions]] = {}

    def _index(self, want: str) -> tuple[Mentions, Mentions, Mentions]:
        """(mentions that fit ``want`` and are not in ``passing``, those of them cited, mentions not of the
        other gender)."""
        if want not in self._by_gender:
            sex, cited = self.sex, self.cited
            people = [(p, n) for p, n in self.everyone if pronoun_may_name(n, self.text)]
            fits = [(p, n) for p, n in people if (sex.get(n) == want or (n not in sex and n in cited))
                    and p not in self.passing]
            self._by_gender[want] = (Mentions(fits), Mentions([m for m in fits if m[1] in cited]),
                                     Mentions([m for m in people if sex.get(m[1], want) == want]))
        return self._by_gender[want]

    def resolve(self, mention: str, q: dict, before: int, sentence_start: int, window: tuple[int, int, int]) -> str:
        """Who ``mention`` ("he"/"she", written at ``before`` or after the quotation ``q``) is, among the
        mentions of the same gender (or of unknown gender when cited as a source elsewhere, or named just
        after): one named earlier in the same sentence, else the one last mentioned in the quotation's
        paragraph (from ``window[2]``), else the last cited source mentioned since ``window[0]`` (the previous
        paragraph's start: a source, not a name in passing, "... Madonna, Bob Dylan and Luciano Pavarotti,
        said ..."), else the last mentioned since then, else the last mentioned before, else the first named
        after the quotation before ``window[1]`` (the paragraph end: "she said. The nurse, Chloe Adams, ..."), not
        in passing (not "she said, “Unlike Jo Lee, I ...”": a speaker's own words do not name her),
        else the last person of unknown gender, not in passing, named before; ``mention`` itself when there is
        none. A description cited in lower case ("the expert warned") stands for the person of that gender named
        last before it, when there is one."""
        want = "m" if mention.lower() == "he" else "f"
        fits, cited, compatible = self._index(want)
        bound = min(q["start"], before)
        for found in (fits.last(sentence_start, bound), fits.last(window[2], bound), cited.last(window[0], bound),
                      fits.last(window[0], bound), fits.last(-1, bound)):
            if found:
                return self._named_before(found, fits)
        later = next((m for m in compatible.between(q["end"], window[1]) if m[0] not in self.passing), None) \
            or self.unknown(bound)
        return later[1] if later else mention

    @staticmethod
    def _named_before(found: tuple[int, str], fits: Mentions) -> str:
        """The person a description cited in lower case at ``found`` stands for: the last one ``fits`` names by a
        capitalised name before it ("Jo Lee said ... the expert warned": Jo Lee); else ``found``'s."""
        if found[1][:1].isupper():
            return found[1]
        named = next((m for m in reversed(fits.between(-1, found[0])) if m[1][:1].isupper()), found)
        return named[1]

    def unknown(self, bound: int) -> tuple[int, str] | None:
        """The last person of unknown gender named before ``bound``, not in passing, by a capitalised name
        ("Economist Priya Shah is blunt. ¶ “...” ¶ “...,” she said": Priya Shah; not "the crowd"), else None."""
        return next((m for m in reversed(self.everyone) if m[0] < bound and m[1] not in self.sex and m[1][:1].isupper()
                     and m[0] not in self.passing and pronoun_may_name(m[1], self.text)), None)


def person_mentions(text: str, paragraphs: list[tuple[int, int]], names: list[str], people: list,
                    speakers: list) -> list[tuple[int, str]]:
    """(offset, fullest name) of every mention of a person: full names, bare surnames of the names
    the text gives (when only one name has that surname) and cited person sources, a source cited by such a surname
    given that name (one a headline or caption writes in full), in order; not a source set beside a person's name
    after "a" or "an", which describes that person ("Jo Lee, a Democrat with the group, said": Jo Lee only).

    Example
    -------
    >>> text = "Jo Bloggs came. Later Bloggs left."
    >>> person_mentions(text, [(0, len(text))], ["Jo Bloggs"], [(0, "Jo Bloggs")], [])
    [(0, 'Jo Bloggs'), (22, 'Jo Bloggs')]
    >>> person_mentions("Bloggs said so.", [(0, 15)], ["Jo Bloggs"], [], [(0, "Bloggs")])
    [(0, 'Jo Bloggs')]
    >>> person_mentions("Jo Lee, a Democrat, said so.", [(0, 28)], ["Jo Lee"], [(0, "Jo Lee")], [(10, "Democrat")])
    [(0, 'Jo Lee')]
    """
    surnames: dict[str, list[str]] = {}
    for name in names:
        surnames.setdefault(family_name(name), []).append(name)
    single = {surname: full[0] for surname, full in surnames.items() if len(full) == 1}
    found = set(people) | {(pos, single.get(name, name)) for pos, name in speakers
                           if not _described_person(text, pos, people)}
    given = sorted(found)  # a surname written inside (or just after) a name given here is that mention
    offsets = [pos for pos, _ in given]
    finder = WordFinder(single)
    for lo, hi in paragraphs:
        for pos, surname in finder.find(text, lo, hi):
            near = given[bisect.bisect_left(offsets, pos - 59):bisect.bisect_right(offsets, pos)]
            if not any(pos - p <= len(n) for p, n in near):
                found.add((pos, single[surname]))
    return sorted(found)


_INDEFINITE_APPOSITION = re.compile(r",\s+an?\s+$")


def _described_person(text: str, pos: int, people: list) -> bool:
    """Whether the source written at ``pos`` follows a person's name of ``people`` and ", a" or ", an": it describes
    that person ("Jo Lee, a Democrat")."""
    opening = _INDEFINITE_APPOSITION.search(text, max(0, pos - 6), pos)
    comma = opening.start() if opening else -1
    return any(start < comma and text[start:comma].endswith(name.split()[-1])
               for start, name in people if comma - start <= 60)


_PERSON_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_THE_OPENING = re.compile(r"The\s+")
""""The" opening a mention (its sentence): as definite as "the" before it ("The judge said")."""
_GENDER_TITLE = re.compile(
    rf"\b({alternation(t.capitalize() for t in NAME_TITLES & (MALE_WORDS | FEMALE_WORDS))})\.?\s+$")
"""A title that gives its bearer's gender ("Mrs.", "Lord", "Congresswoman"), written before a name."""


def _source_between(v, q: dict, rows: list[dict]) -> tuple | None:
    """For a quotation without a cue of its own, the source its paragraph names last before it (since
    the previous quotation): the subject of a cue ("..., the guide says. “...”"), else the last
    person mentioned in the same paragraph or he/she ("She cited the attack ... “...”", "he “quickly forgot ...”"). A
    quotation opening a paragraph looks back for he/she into the previous paragraph when that one
    holds no quotation, and for a cue with a person as subject into the last sentence of that paragraph ("Lee
    wrote on Friday.\n\n“...”").
    A cue in the reporting clause of the quotation before keeps its speaker: "“...,” said Lee, according to AP.
    “...”": Lee. A name or
    he/she is looked for across a quotation with no speaker (a quoted term): "He called it “a con” and “a
    disaster”": he. Returns ((mention, start, end), cue, fullest name or he/she when not cued) or None."""
    k = q["paragraph"]
    spoken = [row for row in rows if row["speaker"]]
    lo = v.paragraphs[k][0]
    if k and q["start"] == v.first_marks[k] and not (rows and rows[-1]["end"] > v.paragraphs[k - 1][0]):
        lo = v.paragraphs[k - 1][0]
    clauses = _past_reporting_clauses(v, k, spoken)
    cued = _cue_between(v, q, rows, lo, clauses)
    if cued:
        return cued
    lo = max(lo, spoken[-1]["end"] if spoken else -1)
    return _named_between_source(v, q, lo, max(lo, v.paragraphs[k][0], clauses), lo < v.paragraphs[k][0])


def _cue_between(v, q: dict, rows: list[dict], lo: int, clauses: int) -> tuple | None:
    """The cue :func:`_source_between` finds after the quotation before (or from ``lo``, the previous paragraph's
    start, in the last sentence of that paragraph, when the cue's subject is a person): ((mention, start, end),
    cue, "") to resolve, or the speaker of the quotation before when the cue is in its reporting clause (before
    ``clauses``) as ((mention, start, end), cue, speaker)."""
    paragraph = v.paragraphs[q["paragraph"]][0]
    past = max(lo, paragraph, rows[-1]["end"] if rows else -1)
    if lo < paragraph:
        past = v.starts[_sentence_at(v, paragraph - 1)]
    cued = _cue_near(v.text, past, q["start"], False) if past < q["start"] else None
    if not cued:
        return None
    if cued[0][1] < clauses:  # the cue of the quotation before: its speaker goes on
        row = next(row for row in reversed(rows) if row["speaker"])
        return (row["mention"], row["mention_start"], row["mention_end"]), row["cue"], row["speaker"]
    if _object_before_cue(v.text, *cued) or _own_sentence_person(v, q, cued[0][2]):
        return None
    found = lo >= paragraph or _names_person(v, *cued[0][:2]) or _named_statement(v.text, *cued)
    if not found:
        cued = _reporting_person(v, past, cued)
    return (cued[0], cued[1], "") if found or cued else None


def _reporting_person(v, lo: int, cued: tuple) -> tuple | None:
    """The cue before the cue ``cued`` (after ``lo``) whose subject is a person: the one who reports what the subject
    of ``cued``, no person, did or said ("Jo Lee said his brother asked for help. ¶ “...”": Jo Lee), else None.

    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = "Al Roe said his brother asked the police for help.\\n\\n“They did nothing.”"
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Al Roe']
    """
    outer = _cue_near(v.text, lo, cued[0][1], False) if lo < cued[0][1] else None
    return outer if outer and _names_person(v, *outer[0][:2]) and not _object_before_cue(v.text, *outer) else None


def _own_sentence_person(v, q: dict, after: int) -> bool:
    """Whether the sentence quotation ``q`` stands in opens after ``after`` (a cue's subject found before it) and names
    before the quotation a person who may be its subject (:func:`_subject_person`, no possessive after the name): a
    fragment of a narrative sentence is that person's, not a cue's of a sentence before ("Lee filed suit. Later, Roe
    released a video that said, “...”": Roe).

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = "“No,” Al Roe said.\\n\\nMia Tan has alleged fraud. Then Al Roe put out an ad that said, “We will win.”"
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Al Roe', 'Al Roe']
    """
    opening = v.starts[_sentence_at(v, q["start"])]
    return opening > after and any(
        _subject_person(v, pos, name) and not _POSSESSIVE_S.match(v.text, pos + size)
        for pos, name in v.people.between(opening, q["start"]) if (size := _written_length(v.text, pos, name)))


def _object_before_cue(text: str, subject: tuple[str, int, int], cue: str) -> bool:
    """Whether a cue's ``subject``, written just before the cue, follows a preposition (:func:`_after_preposition`): the
    preposition's object, no one speaking ("refugees from Elmland admitted": not Elmland; "according to Lee" stands
    after its cue).

    Example
    -------
    >>> text = "Few refugees from Elmland admitted it. Jo Lee admitted it."
    >>> _object_before_cue(text, ("Elmland", 18, 25), "admitted")
    True
    >>> _object_before_cue(text, ("Jo Lee", 39, 45), "admitted")
    False
    """
    _, start, end = subject
    follows = re.match(r"\s*" + re.escape(cue).replace(r"\ ", r"\s+"), text[end:end + len(cue) + 20], re.IGNORECASE)
    return follows is not None and _after_preposition(text, start)


def _named_statement(text: str, subject: tuple[str, int, int], cue: str) -> bool:
    """Whether a cue's ``subject`` is a body or person named (not a description) that gave out a statement
    (:func:`gave_statement`): "The Elm Society issued a statement on Monday." speaks for the quotation opening the
    next paragraph as a person named there would.

    Example
    -------
    >>> text = "The Elm Society issued a statement. The board met."
    >>> _named_statement(text, ("Elm Society", 4, 15), "issued a statement")
    True
    >>> _named_statement(text, ("board", 40, 45), "met")
    False
    """
    return proper_name(subject[0]) and gave_statement(text, cue, subject[2])


def _named_between_source(v, q: dict, lo: int, past: int, back: bool) -> tuple | None:
    """The person :func:`_source_between` finds last before the quotation: a name of known gender or cited
    written since ``past``, any person named in the quotation's own sentence as no object ("He spoke. Then Kim
    Vane lobbies for a wage: “...”": Kim Vane), or he/she since ``lo`` when ``back`` (looking into the previous
    paragraph), else since ``past``, passing over names in passing (objects: :func:`_in_passing`) while another is
    there ("Lee delivered a message to Roe: “...”": Lee); ((mention, start, end), "", fullest name or he/she) or
    None."""
    text = v.text
    opening = v.starts[_sentence_at(v, q["start"])]
    people = set(v.known.between(past, q["start"])) | {
        (pos, name) for pos, name in v.people.between(max(past, opening), q["start"]) if _subject_person(v, pos, name)}
    named = [(pos, pos + size, name) for pos, name in sorted(people)
             if (size := _written_length(text, pos, name)) and not _place_name(name)]
    named += [(m.start(), m.end(), None) for m in _PERSON_PRONOUN.finditer(text, lo if back else past, q["start"])]
    if _PERSON_PRONOUN.match(text, opening):  # "He later apologized, and even invited Trump “to come”": he
        named = [n for n in named if n[0] <= opening]
    named = [n for n in named if n[2] is None or not _quoted_predicate(text, n[1], q["start"])]  # "he “forgot”": his
    if not named:
        return None
    start, end, name = max([n for n in named if n[0] not in v.antecedents.passing] or named)
    if _reported_subject(text, opening, start, end):
        return None
    return _named_or_subject(v, start, end, name, past)


def _named_or_subject(v, start: int, end: int, name: str | None, lo: int) -> tuple:
    """((mention, start, end), "", fullest name or he/she) of the person :func:`_named_between_source` finds written
    at ``start``..``end`` (``name`` None for he/she), or of the subject of the clause naming that person as no subject
    (:func:`_clause_subject`, from ``lo``)."""
    subject = _clause_subject(v, start, lo) if name else None
    return subject or ((v.text[start:end], start, end), "", name or v.text[start:end])


_BY = re.compile(r"\bby\b")


def _clause_subject(v, pos: int, lo: int) -> tuple | None:
    """For a person named at ``pos`` who is no subject of a clause (an object after a verb or preposition: "Lee
    supports Al Roe in the race."), the person who is the subject of the last clause of that sentence opening
    before ``pos`` and at ``lo`` or after, no "by" between (the agent of a passive is kept): ((mention, start, end),
    "", fullest name), else None.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = '“Yes,” Mia Tan said. “No,” Al Roe said.\\n\\nTan, 32, backs Roe in the race. “I owe a lot on loans.”'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Mia Tan', 'Al Roe', 'Mia Tan']
    """
    k = _sentence_at(v, pos)
    subjects = [s for s in _sentence_subjects(v, k) if s[2] <= pos]
    if not subjects or subjects[-1][2] == pos or subjects[-1][1] != "person" or subjects[-1][2] < lo \
            or _BY.search(v.text, subjects[-1][2], pos):
        return None  # "Lee was asked by host Al Roe": the agent of a passive, who may speak
    speaker, _, start = subjects[-1]
    mention, m_start, m_end = _written_mention(v.text, start, speaker)
    return None if pd.isna(m_start) else ((mention, m_start, m_end), "", speaker)


def _place_name(name: str) -> bool:
    """Whether ``name`` is a place's, never a speaker looked back for: by its words
    (:func:`~newskit.speakers.place_name`) or a US state's abbreviation (lexicon STATE_ABBREVIATIONS).

    >>> [_place_name(n) for n in ("South Carolina", "Calif.", "Jo Lee")]
    [True, True, False]
    """
    return place_name(name) or name in STATE_ABBREVIATIONS


def _subject_person(v, pos: int, name: str) -> bool:
    """Whether the person ``name`` written at ``pos`` may be the subject who speaks: not named in passing, a name
    he/she may stand for (:func:`~newskit.speakers.pronoun_may_name`), not right after a preposition
    (:func:`_after_preposition`: "refugees from Elmland")."""
    text = v.text
    return pos not in v.antecedents.passing and pronoun_may_name(name, text) \
        and not _after_preposition(text, pos)


_LOWER_OPENING = re.compile(rf"[{QUOTATION_MARKS}]+\p{{Ll}}")


def _quoted_predicate(text: str, end: int, start: int) -> bool:
    """Whether a name ending at ``end`` is the subject of the words quoted from ``start``: only spaces between, the
    quotation opening in lower case ("Lee said Al Roe “has a plan”": Al Roe is what is said, not who says it; callers
    keep he/she there, the person the paragraph is about: "But he “quickly forgot it”" is his).

    Example
    -------
    >>> text = "Lee said Al Roe “has a plan.” Al Roe: “We do.”"
    >>> _quoted_predicate(text, 15, 16), _quoted_predicate(text, 36, 38)
    (True, False)
    """
    return not text[end:start].strip() and _LOWER_OPENING.match(text, start) is not None


def _reported_subject(text: str, opening: int, pos: int, end: int) -> bool:
    """Whether the person written at ``pos``..``end`` stands after a cue of the sentence opening at ``opening``: the
    subject of what is reported, not who reports it ("Al Roe said that she “...”", "Jo Lee imagined Al Roe was
    thinking:"), with no comma between (not "As the crowd cheered, Jo Lee joked, “...”"), nor a conjunction opening a
    clause of its own before it ("Lee pleaded but she feels “...”"), nor a possessive after it ("echoed Lee’s words").

    Example
    -------
    >>> text = "Al Roe said that she “...”"
    >>> _reported_subject(text, 0, 17, 20), _reported_subject(text, 0, 0, 6)
    (True, False)
    """
    if _OWN_CLAUSE.search(text, opening, pos) or _POSSESSIVE_S.match(text, end):
        return False
    return any(not be_passive(text, m) and "," not in text[m.end():pos] for m in QUOTE_CUES.finditer(text, opening, pos))


_OWN_CLAUSE = re.compile(r"\b(?:and|but|yet|so)\s+$")


def _names_person(v, mention: str, start: int) -> bool:
    """Whether the subject ``mention`` written at ``start`` is he/she or a person the version names."""
    return mention.lower() in PERSON_PRONOUNS or _is_person(v, v.resolve(mention, start))


def _written_length(text: str, pos: int, name: str) -> int:
    """How much of ``name`` (a fullest name) is written at ``pos``: all of it, its surname (particles led: "van der
    Hoeven"), or 0."""
    for form in (name, *surname_forms(name)):
        if text.startswith(form, pos):
            return len(form)
    return 0


def _written_mention(text: str, pos: int, name: str) -> tuple:
    """(mention, start, end) of ``name`` (or its surname) as written at ``pos`` or just after it (a cue may
    come first: "said President Jo Bloggs"); (name, NA, NA) when it is not written there.

    Example
    -------
    >>> _written_mention("said President Jo Bloggs.", 0, "Jo Bloggs")
    ('Jo Bloggs', 15, 24)
    >>> _written_mention("said van Dijk.", 0, "Ann van Dijk")  # a surname led by a particle
    ('van Dijk', 5, 13)
    """
    for form in (name, *surname_forms(name)):
        found = text.find(form, pos, pos + 60 + len(form))
        if found >= 0:
            return form, found, found + len(form)
    return name, pd.NA, pd.NA


def _named_between(v, q: dict, rows: list[dict]) -> tuple | None:
    """The cited person last mentioned in the quotation's paragraph between the previous quotation and this
    one ("Thavis noted that ... “I asked myself ...”", "Gustafsson talks about it: “...”"), else None; the
    names in the sentence of the previous quotation's reporting clause after it are passed over."""
    lo = max(v.paragraphs[q["paragraph"]][0], _past_reporting_clauses(v, q["paragraph"], rows))
    return v.mentions.last(lo, q["start"])


def _past_reporting_clauses(v, k: int, rows: list[dict]) -> int:
    """Where the reporting clauses of the last quotations in paragraph ``k`` end (:func:`_past_reporting_clause`;
    a quoted term in the clause does not end it: “...,” said Lee on the “Today” show, according to AP.), else -1."""
    return max((_past_reporting_clause(v, row) for row in rows[-4:] if row["end"] > v.paragraphs[k][0]), default=-1)


def _past_reporting_clause(v, row: dict) -> int:
    """Where a quotation's words and the reporting clause after it end: the end of the sentence of its speaker
    mention when that follows it (“...,” said Jo Lee, a spokeswoman for Al Roe.), else the quotation's end."""
    after = row["mention_start"]
    if pd.isna(after) or after < row["end"]:
        return row["end"]
    return max(row["end"], v.ends[_sentence_at(v, after)])


_POSSESSIVE_LEAD = re.compile(r"^\p{Lu}[\w&.-]*(?:\s+\p{Lu}[\w&.-]*)*[’']s\s+(?=\p{Lu})")
_OF_TAIL = re.compile(r"\s+(?:of|from|at)\s+.*$")
_OF_PRONOUN = re.compile(r"\s+of\s+(him|her)$")  # "a video surfaced Tuesday of him": him
_TOPIC_TAIL = re.compile(r"\s+(?:regarding|concerning|about)\s+.*$")  # "the site regarding the outage": the site
_COMMON_OWNER = re.compile(r"(?:[Tt]he\s+)?\p{Ll}+['’]s\s+(?:\p{Ll}+\s+)?(?=\p{Lu})")
"""A common noun's possessive before a name, with one adjective between ("the country’s " of "the country’s
Elm-Alert system", "the regime’s official " of "the regime’s official ENA news agency"): none of its words."""
_TITLE_LEAD = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+(?=\p{Lu})|\d+-year-old\s+(?=\p{Lu})")


def _owner_lead(mention: str) -> int:
    """Where the person's name after an owner in the possessive starts in ``mention`` ("Acme’s Jo Lee": 7), else 0:
    not after an institution word ("U.S. Attorney’s Office") nor for one word after one word and its possessive
    ("People’s Herald"), each one name.

    >>> _owner_lead("Acme’s Jo Lee"), _owner_lead("U.S. Attorney’s Office"), _owner_lead("People’s Herald")
    (7, 0, 0)
    """
    lead = _POSSESSIVE_LEAD.match(mention)
    rest = mention[lead.end():].split() if lead else []
    if not lead or person_name(rest) != rest or INSTITUTION.search(mention[lead.end():]) \
            or len(rest) == len(mention[:lead.end()].split()) == 1:
        return 0
    return lead.end()


def _clean_mention(mention: str, start: int, end: int) -> tuple[str, int, int]:
    """A speaker phrase without a title or an age before a name ("Mr. Steele", "17-year-old Jo Lee"), an
    organisation or a common noun's possessive before it ("Currie’s Larry Pizzi", "the country’s Elm-Alert system"),
    the place after it ("Laurence Rose of the RSPB"), a
    participle or an adverb in -ly after a noun ("a teenager standing", "Lee’s team pointedly"), an adverb after a
    name ("Lee then": lexicon NAME_BREAKS), a
    noun before "of him/her" ("Monday of him"), the topic after a noun ("the site regarding the outage") or a
    description before a name of two words or more ("Republican front-runner Jo Lee"; not "spokeswoman for the
    City Police", nor a place after a preposition: "a blogger on the site Lee Daily") or where it is based
    ("Elmton-based Acme"), or a role's acronym after a name ("Jo Lee CEO": :func:`role_acronyms_after`). A possessive
    before an
    institution word is part of its name ("U.S. Attorney’s Office"), as is one word after one word and its possessive
    ("People’s Herald"), and what follows "of" after an institution word ("the Elmland Ministry of Health").

    Example
    -------
    >>> _clean_mention("Republican presidential front-runner Jo Lee", 10, 53)
    ('Jo Lee', 47, 53)
    >>> _clean_mention("Acme’s Jo Lee", 0, 13), _clean_mention("U.S. Attorney’s Office", 0, 22)
    (('Jo Lee', 7, 13), ('U.S. Attorney’s Office', 0, 22))
    >>> _clean_mention("People’s Herald", 0, 15)
    ('People’s Herald', 0, 15)
    >>> _clean_mention("Monday of him", 30, 43), _clean_mention("Jo Lee then", 0, 11)
    (('him', 40, 43), ('Jo Lee', 0, 6))
    >>> _clean_mention("Elmton economist Jo Lee of Acme", 0, 31), _clean_mention("Elmland Ministry of Health", 0, 26)
    (('Jo Lee', 17, 23), ('Elmland Ministry of Health', 0, 26))
    >>> _clean_mention("the city’s website regarding the outage", 0, 39), _clean_mention("Elmton-based Acme", 0, 17)
    (('the city’s website', 0, 18), ('Acme', 13, 17))
    >>> _clean_mention("the country’s Elm-Alert system", 0, 30)
    ('Elm-Alert system', 14, 30)
    >>> _clean_mention("The regime’s official ENA news agency", 0, 37)
    ('ENA news agency', 22, 37)
    """
    pronoun = _OF_PRONOUN.search(mention)
    if pronoun:  # "a tape emerged Monday of him mocking Al Roe as a “...”": him
        return pronoun.group(1), start + pronoun.start(1), end
    topic = _TOPIC_TAIL.search(mention)
    if topic and topic.start():
        return _clean_mention(mention[:topic.start()], start, start + topic.start())
    based = re.match(rf"{BASED_AT}\s+(?=\p{{Lu}})", mention)
    if based:  # "Elmton-based Acme": Acme
        return _clean_mention(mention[based.end():], start + based.end(), end)
    title = _TITLE_LEAD.match(mention)
    if title and person_name(mention[title.end():].split()) == mention[title.end():].split():
        return mention[title.end():], start + title.end(), end  # "Mr. Steele", "17-year-old Jo Lee": the name
    lead = _owner_lead(mention) or _COMMON_OWNER.match(mention)
    if lead:  # "Acme’s Jo Lee", "the country’s Elm-Alert system": the name
        at = lead if isinstance(lead, int) else lead.end()
        return _clean_mention(mention[at:], start + at, end)
    titled = _titled_name_end(mention.split())
    if titled:  # "Elm Federation of Teachers President Jo Lee": Jo Lee
        return mention[len(mention) - len(titled):], end - len(titled), end
    tail = _OF_TAIL.search(mention)
    head = mention[:tail.start()].split() if tail else []
    if (len(person_name(head)) >= 2 or role_acronyms_after(head)) and not INSTITUTION.fullmatch(head[-1]):
        # "economist Jo Lee of Acme", "Jo Lee CEO of Acme": Jo Lee; not "Ministry of Health"
        return _clean_mention(mention[:tail.start()], start, start + tail.start())
    words = mention.split()
    role = role_acronyms_after(words)
    if role:  # "Jo Lee CEO": Jo Lee
        kept = " ".join(words[:-role])
        return kept, start, start + len(kept)
    if _trailing_word(words):
        kept = " ".join(words[:-1])  # "a teenager standing", "Lee’s team pointedly", "Lee then": none of the speaker
        return kept, start, start + len(kept)
    name = person_name(words)
    if _described_name(words, name) and mention.endswith(" ".join(name)):
        at = end - len(" ".join(name))  # "Republican front-runner Jo Lee", "co-founder Jo Lee", "Brit Jo Lee": the name
        return mention[at - start:], at, end
    return mention, start, end


def _titled_name_end(words: list[str]) -> str:
    """The full name (:func:`newskit.speakers.full_name`) ending a speaker phrase's ``words`` after a capitalised
    title ("Elm Federation of Teachers President Jo Lee": Jo Lee; a body's name before the title, with "of" in it,
    is the person's affiliation), else "".

    Example
    -------
    >>> _titled_name_end("Elm Union of Teachers President Jo Lee".split()), _titled_name_end("Governor Jo Lee".split())
    ('Jo Lee', '')
    """
    name = person_name(words)
    before = words[-len(name) - 1] if 2 <= len(name) < len(words) and words[-len(name):] == name else ""
    titled = before[:1].isupper() and before.lower().rstrip(".") in NAME_TITLES and "of" in words[:-len(name) - 1]
    return " ".join(name) if titled and full_name(" ".join(name)) else ""


def _described_name(words: list[str], name: list[str]) -> bool:
    """Whether the personal ``name`` of two words or more ending a speaker phrase's ``words`` follows a description
    in lower case or a nationality before a given name (not "a blogger on the site Lee Daily", "Israeli Air Force").

    Example
    -------
    >>> _described_name(["Brit", "Anna", "Lee"], ["Anna", "Lee"])
    True
    >>> _described_name(["Israeli", "Air", "Force"], ["Air", "Force"])
    False
    """
    before = words[-len(name) - 1] if len(name) < len(words) else ""
    demonym = before.lower() in DEMONYMS and given_name(name[0])
    return len(name) >= 2 and (before[:1].islower() or demonym) and before not in FUNCTION_WORDS \
        and not PREPOSITIONS.intersection(words[:-len(name)])


def _trailing_word(words: list[str]) -> bool:
    """Whether the last of a speaker phrase's ``words`` is none of the speaker's: a participle or an adverb in -ly
    after a noun ("a teenager standing", "Lee’s team pointedly"), an adverb after a name ("Lee then")."""
    last = words[-1]
    return len(words) > 1 and last.islower() and (last.endswith("ing") or manner_adverb(last) or last in NAME_BREAKS
                                                  and person_name(words[:-1]) == words[:-1])


_MEASURE_LEAD = re.compile(r"\d+-\p{Ll}+\s+(?=\p{Ll}+$|(?:\p{Lu}[\w'’.&-]*\s+)*\p{Lu}[\w'’.&-]*$)"
                           r"|\p{Ll}+-\p{Ll}+\s+(?=\p{Lu}[\w'’.&-]*\s)")
"""A length or size before the one noun of a description or before a name: "47-page " of "47-page indictment",
"12-member " of "12-member Elm Council"; a compound in lower case before a name and more words ("state-run " of
"state-run Elm news agency": who runs it, no word of its name)."""
_MEDIUM_TAIL = re.compile(rf"(?<=[\w.])\s+(?:{alternation(MEDIUM_NOUNS)})$")
"""A medium's noun closing a mention ("Le Soir newspaper"): what the outlet is, no word of its name."""
_INITIALISM_AGENCY = re.compile(r"(\p{Lu}{2,})\s+news\s+agency")
"""An initialism before "news agency", which names the agency in full ("ENA news agency"; not "Tass news agency")."""


def _unmeasured(mention: str, start: int, end: int) -> tuple[str, int, int]:
    """A description without the measure before its noun or name (:data:`_MEASURE_LEAD`): the document, not its
    length; a capitalised name without the medium noun after it (lexicon ``MEDIUM_NOUNS``: "Le Soir newspaper"; a
    people's name is none: "German newspaper"), an initialism without "news agency" (:data:`_INITIALISM_AGENCY`).

    Example
    -------
    >>> _unmeasured("47-page indictment", 10, 28), _unmeasured("22-year-old", 0, 11)
    (('indictment', 18, 28), ('22-year-old', 0, 11))
    >>> _unmeasured("12-member Elm Council", 0, 21), _unmeasured("Le Soir newspaper", 0, 17)
    (('Elm Council', 10, 21), ('Le Soir', 0, 7))
    >>> _unmeasured("state-run Elm news agency", 0, 25), _unmeasured("state-run media", 0, 15)
    (('Elm news agency', 10, 25), ('state-run media', 0, 15))
    >>> _unmeasured("the newspaper", 0, 13), _unmeasured("the local paper", 0, 15)
    (('the newspaper', 0, 13), ('the local paper', 0, 15))
    >>> _unmeasured("ENA news agency", 0, 15), _unmeasured("Tass news agency", 0, 16)
    (('ENA', 0, 3), ('Tass news agency', 0, 16))
    >>> _unmeasured("German newspaper", 0, 16)
    ('German newspaper', 0, 16)
    """
    measure = _MEASURE_LEAD.match(mention)
    if measure:
        return mention[measure.end():], start + measure.end(), end
    agency = _INITIALISM_AGENCY.fullmatch(mention)
    if agency:
        return agency.group(1), start, start + agency.end(1)
    tail = _MEDIUM_TAIL.search(mention)
    named = mention[:tail.start()] if tail else ""
    if named and all(word[:1].isupper() for word in named.split()) and named.lower() not in DEMONYMS:
        return mention[:tail.start()], start, start + tail.start()
    return mention, start, end


def _definite(text: str, pos: int) -> bool:
    """Whether the mention at ``pos`` follows "the" ("the mayor said"), also across a noun and "and" the two share
    ("the model and TV host said": one person).

    >>> _definite("The model and TV host said no.", 14), _definite("A model and TV host said no.", 12)
    (True, False)
    """
    return bool(re.search(rf"\bthe\s+{_SHARED_NOUN}$", text[max(0, pos - 40):pos], re.IGNORECASE))


_SHARED_NOUN = r"(?:\p{Ll}[\w-]*\s+and\s+)?"
"""A noun and "and" after "the" that share it with the description after them ("the model and TV host")."""


def _named_later(text: str, pos: int, mention: str) -> bool:
    """Whether a role written at ``pos`` without "the" ("a spokeswoman said") is named just after, the role after
    "the" then a comma and a capitalised name within 300 characters: the one holder the text names is meant.

    >>> _named_later("A spokeswoman denied it. “No,” said the spokeswoman, Jo Lee.", 2, "spokeswoman")
    True
    """
    role, end = re.sub(r"^(?:an?|one)\s+", "", mention, flags=re.IGNORECASE), pos + len(mention)
    return bool(re.search(rf"\bthe\s+{re.escape(role)},\s+\p{{Lu}}", text[end:end + 300]))


def _unnamed_holder(text: str, pos: int, role: str, holder: str) -> bool:
    """Whether "the <role>" at ``pos`` is someone the text introduced before it without a name ("a spokesman for
    the ministry ... the spokesman said"), not the one ``holder`` of that role it names only later ("Council
    Spokesman Jo Lee"): "a/an <role>" written before ``pos`` and the holder's family name first written after it.

    >>> text = "A spokesman for the Elm Board spoke. “No,” the spokesman said. Spokesman Jo Lee added more."
    >>> _unnamed_holder(text, text.index("spokesman said"), "spokesman", "Jo Lee")
    True
    >>> _unnamed_holder(text.replace("A spokesman", "The spokesman"), 47, "spokesman", "Jo Lee")
    False
    """
    if holder == role or " " in role:
        return False
    first = re.search(rf"\b{re.escape(family_name(holder))}\b", text)
    return bool(first and first.start() > pos
                and re.search(rf"\ban?\s+{re.escape(role)}\b", text[:pos], re.IGNORECASE))


_NAME_COMMA = re.compile(
    rf",?\s*((?:\p{{Lu}}[\w'’.-]*|{NAME_PARTICLE_PATTERN})(?:\s+(?:\p{{Lu}}[\w'’.-]*|{NAME_PARTICLE_PATTERN}))*),")


def _named_cue_after(text: str, pos: int, hi: int, surnames: set[str]):
    """Speaker and cue of a reporting clause that opens with a name and a long description before its
    cue ("“...,” Richard Dirndorfer, one of the pioneers of ..., told ..."), up to the sentence end ``hi``.
    The name may follow a title or a role ("House Speaker Jo Lee, the chair, told"), and be a surname
    alone when one of ``surnames`` ("Lee, who ..., said"), and touch the closing mark ("“...,”Jo Lee, who ...
    said").

    Example
    -------
    >>> text = "“We won,” House Speaker Jo Lee, the chair, told us. “Yes,” Lee, who led, said."
    >>> _named_cue_after(text, 9, 51, set()), _named_cue_after(text, 58, 78, {"Lee"})
    ((('Jo Lee', 24, 30), 'told'), (('Lee', 59, 62), 'said'))
    >>> _named_cue_after("“Yes,”Jo Lee, who led the Elm Fund said.", 6, 41, set())
    (('Jo Lee', 6, 12), 'said')
    """
    match = _NAME_COMMA.match(text, pos)
    if not match or match.end() > hi:
        return None
    words = match.group(1).split()
    name = person_name(words)
    cue = QUOTE_CUES.search(text, match.end(), hi)
    if not name or (name != words and not title_or_role(words[-len(name) - 1])) or (
            len(name) == 1 and name[0] not in surnames) or INSTITUTION.search(match.group(1)) or not cue:
        return None
    start = match.end(1) - len(" ".join(name))
    if text[start:match.end(1)] != " ".join(name):
        return None
    return (text[start:match.end(1)], start, match.end(1)), re.sub(r"\s+", " ", cue.group().strip()).lower()


_ORG_SUBJECT = re.compile(r"\s*(?:The\s+)?(?:\p{Ll}+-\p{Ll}+\s+)?"
                          r"((?:\p{Lu}[\w’'&.-]*(?:\s+|(?=,))(?:(?:of|for)\s+(?:the\s+)?(?=\p{Lu}))?)+"
                          r"(?:(?:[\p{Ll}-]+\s+){0,2}(?:chain|company|group|firm|report|study|submission|"
                          r"statement|government|ministry|agency|bank|network|council|court|police|website|office|"
                          r"bureau)\b)?)")
"""Capitalised words opening a sentence, maybe after a compound in lower case, "of" or "for" between them, maybe
with a body's noun after them ("The Hotel Okura chain", "The Centre for Humane Design", "The state-run Elm News
Agency", "The state news agency", "The Elm Agency's Oslo field office")."""
_NOT_SUBJECTS = {w.capitalize() for w in SENTENCE_OPENERS - {"the"}} | {"I"}  # "The Times" may be a subject


def _it_antecedent(text: str, starts: list[int], k: int, lo: int, names: set[str]) -> str:
    """What "it" (a source) is: the capitalised subject opening the nearest sentence among the first ``k`` sentences
    (which start at ``starts``) since ``lo`` ("The Hotel Okura chain – whose ... – confessed ... “...,” it said"; "The
    UK’s submission to the UN ... said that it ..."), of two or more words, or one, not after "The" with a noun after
    it ("The Facebook post"; :func:`_body_word_subject`), that the text also writes as a name where no sentence opens
    (:func:`newskit.cues.written_as_name`: "Elmco raised its bid. It also pledged ..."); not a person's name
    (``names``) nor a word of one; a subject written with where it is based, the name written so
    (:func:`newskit.cues.based_name`); "The" and a description in lower case, the organisation it names
    (:func:`described_organisation`: "The firm said ... It added"); "" if none.

    Example
    -------
    >>> text = "The Hotel Okura chain confessed. “Sorry,” it said."
    >>> _it_antecedent(text, [0, 33], 2, 0, set())
    'Hotel Okura chain'
    >>> text = "The Centre for Humane Design met. It warns of “a crisis”."
    >>> _it_antecedent(text, [0, 34], 1, 0, set())
    'Centre for Humane Design'
    >>> text = "Elmco raised its bid for Brill. It pledged a “fair” fee. Analysts met Elmco. It rose. Lee met Elmco."
    >>> _it_antecedent(text, [0, 32, 57, 77, 86], 1, 0, {"Jo Lee"}), _it_antecedent(text, [77], 1, 0, {"Jo Lee"})
    ('Elmco', '')
    >>> _it_antecedent(text, [57, 86], 1, 0, {"Jo Lee"}), _it_antecedent(text, [86], 1, 0, {"Jo Lee"})
    ('', '')
    >>> text = "Banks use monitoring company Elmfax. The firm said no. It added: “We wrote.”"
    >>> _it_antecedent(text, [0, 37, 55], 2, 0, set())
    'Elmfax'
    >>> text = "The state-run Elm News Agency said no. It added: “We wrote.”"
    >>> _it_antecedent(text, [0, 39], 1, 0, set())
    'Elm News Agency'
    >>> text = "The Elm Black Caucus, which has ten members, met. “Beware,” it said."
    >>> _it_antecedent(text, [0, 50], 1, 0, set())
    'Elm Black Caucus'
    >>> text = "The EFA's Oslo field office put out a statement. “Beware,” it said."
    >>> _it_antecedent(text, [0, 49], 2, 0, set())
    "EFA's Oslo field office"
    """
    for start in (starts[n] for n in range(k - 1, -1, -1)):
        if start < lo:
            break
        match = _ORG_SUBJECT.match(text, start)
        words = match.group(1).split() if match else []
        if words and re.match(BASED_AT, words[0]):  # "The Elmton-based firm ... It said": the one so based
            return _based_subject(text, match.start(1), match.group(1))
        person = " ".join(words) in names or (len(words) == 2 and person_name(words) == words
                                              and not INSTITUTION.search(" ".join(words)))
        if len(words) == 1 and _one_word_body(text, words[0], names) and _body_word_subject(text, match):
            return words[0]
        if words[:1] == ["The"] and " ".join(words[1:]).islower():  # "The firm said ... It added": what it names
            described = " ".join(words[1:])
            return described_organisation(text, described, text.index(words[1], match.start(1))) or " ".join(words)
        if len(words) > 1 and not person and words[0] not in _NOT_SUBJECTS:
            return " ".join(placed_body(words))  # "The UK's National Elm Safety Centre": the centre
    return ""


_NAME_AFTER = re.compile(r"\s+(\p{Lu}[\w&'’-]*(?:\s+\p{Lu}[\w&'’-]*)*)")


def _based_subject(text: str, start: int, mention: str) -> str:
    """What a subject opening on where it is based (:data:`~newskit.cues.BASED_AT`) at ``start`` is: the name after
    it ("The Elmton-based Tide Research Corporation, a group, said ... “...,” it said": Tide Research Corporation),
    else the one the description stands for (:func:`~newskit.cues.based_name`: "the Elmton-based firm"); "" if none.

    >>> _based_subject("The Elmton-based Tide Research Corporation, a group, said no.", 4, "Elmton-based Tide ")
    'Tide Research Corporation'
    """
    named = _NAME_AFTER.match(text, start + len(mention.split()[0]))
    return named.group(1) if named else based_name(text, start, mention) or ""


_TRAILING_REPORTER = re.compile(r",\s+(?:the\s+)?(?:\p{Ll}[\w-]*\s+){0,2}((?:\p{Lu}[\w’'&.-]*\s+){1,5}\p{Lu}[\w’'&.-]*)"
                                r"\s+(?:reported|said|announced|stated)\s*\.\s*$")
"""A sentence's closing reporting clause whose subject is capitalised words of two or more, after "the" and up to
two words in lower case (", the official Elm State News Agency reported.")."""


def _it_reporter(v: _Version, k: int, q: dict) -> str:
    """What "it" opening sentence ``k`` is when no subject opening a sentence names it: the body a closing reporting
    clause of the sentence just before names, in the same paragraph or the one before, no person ("The test was
    watched by the leader, the official Elm News Agency reported. / It “hit the target”, it said": the agency);
    "" otherwise.

    >>> from types import SimpleNamespace
    >>> text = "The test was watched by Jo Lee, the official Elm News Agency reported. It said more."
    >>> v = SimpleNamespace(text=text, starts=[0, 71], ends=[70, 84], paragraphs=[(0, 84)], name_set={"Jo Lee"},
    ...                     surnames={"Lee"}, window=lambda k: (0, 84, 0))
    >>> _it_reporter(v, 1, {"paragraph": 0}), _it_reporter(v, 0, {"paragraph": 0})
    ('Elm News Agency', '')
    """
    if k < 1 or v.starts[k - 1] < v.window(q["paragraph"])[0]:
        return ""
    match = _TRAILING_REPORTER.search(v.text, v.starts[k - 1], v.ends[k - 1])
    name = " ".join(match.group(1).split()) if match else ""
    words = name.split()
    person = _is_person(v, name) or (len(words) == 2 and person_name(words) == words and not INSTITUTION.search(name))
    return "" if person else name


def _it_statement_giver(v: _Version, pos: int, q: dict) -> str:
    """What "it" written at ``pos`` is when the sentence before its own, in its paragraph or the one before, opens
    "In a statement," and names who gave it (:data:`_STATEMENT_OPENING`): that giver, resolved; "" otherwise.

    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = 'In a statement, Jo Lee said: "We saw a breach."\\n\\nIt said the case showed "a pattern of abuse".'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee', 'Jo Lee']
    """
    k = _sentence_at(v, pos)
    if k < 1 or v.starts[k - 1] < v.window(q["paragraph"])[0]:
        return ""
    opening = _STATEMENT_OPENING.match(v.text, v.starts[k - 1], v.ends[k - 1])
    subject = subject_before(v.text, v.starts[k - 1], opening.start(opening.lastindex)) if opening else None
    return v.resolve(subject[0], subject[1]) if subject and subject[0][:1].isupper() else ""


def _body_word_subject(text: str, match: re.Match) -> bool:
    """Whether the one capitalised word :data:`_ORG_SUBJECT` matched is the subject itself: not after "The", or after
    it with no noun after the word (:func:`_noun_after`: "The Kremlin dismissed", not "The Facebook post").

    >>> [_body_word_subject(t, _ORG_SUBJECT.match(t)) for t in ("The Elmhaus denied it.", "The Elmbook post said.")]
    [True, False]
    """
    return not match.group().lstrip().startswith("The") or not _noun_after(text, match.start(1) + len(
        match.group(1).split()[0]))


def _one_word_body(text: str, word: str, names: set[str]) -> bool:
    """Whether ``word``, one capitalised word opening a sentence, may be what "it" is: written as a name where no
    sentence opens too (:func:`newskit.cues.written_as_name`; "Analysts" is not), no word of a person's name
    (``names``), no given name and no nationality ("Swiss precious metals association")."""
    return word not in _NOT_SUBJECTS and word.lower() not in DEMONYMS and written_as_name(text, word) \
        and not given_name(word) and not any(word in name.split() for name in names)


def _thing_quoted_before(v: _Version, found: _Found, q: dict) -> str:
    """What "it" cueing quotation ``q`` is when no subject opening a sentence names it: the speaker of the last
    quotation, cued in this paragraph or the one before (or earlier, over paragraphs opening on "It" or on "The" and
    the head noun of that quotation's mention), when that speaker is no person (a document, a body: "“...,” the
    indictment states. It continues, “...”"; "The organiser of the Elm Fair said it was "fun". / The organiser said
    ... / It added that "..."": the organiser); "" otherwise."""
    before = found.previous
    if not before or pd.isna(before["mention_start"]):
        return ""
    head = _HEAD_NOUN.match(before["mention"])
    if before["mention_start"] < _it_chain_start(v, q["paragraph"], head.group(1) if head else ""):
        return ""
    return "" if _is_person(v, before["speaker"]) or before["mention"].lower() in PRONOUNS else before["speaker"]


_OPENS_ON_IT = re.compile(r"\s*It\s+\p{Ll}")
_HEAD_NOUN = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:\p{Ll}[\w-]*\s+)*?(\p{Ll}[\w-]*)(?:\s+(?:of|for|at)\s.*)?$")
"""A description in lower case and its head noun, the group ("event organiser for the Elm Fair": organiser)."""


def _it_chain_start(v: _Version, k: int, head: str = "") -> int:
    """Where "it" in paragraph ``k`` may look back to for a quotation's speaker: the previous paragraph's start,
    or an earlier one's while the paragraph after it opens on "It" (the same body speaking on: "“...,” the agency
    said. / It said ... / ..., it said") or on "The" and ``head``, the head noun of the last speaker's mention."""
    opens = re.compile(rf"\s*(?:It|The\s+{re.escape(head)})\s+\p{{Ll}}") if head else _OPENS_ON_IT
    while k > 1 and opens.match(v.text, v.paragraphs[k - 1][0]):
        k -= 1
    return v.window(k)[0]


_COLON_BEFORE = re.compile(r":\s*$")


def _colon_cue(text: str, lo: int, hi: int):
    """Speaker and cue of a sentence ending in a colon that introduces the quotation below it."""
    return _cue_near(text, lo, hi, False) if _COLON_BEFORE.search(text, lo, hi) else None


@dataclass
class _Version:
    """What the speaker strategies read about one version."""

    id: str
    text: str
    paragraphs: list[tuple[int, int]]
    first_marks: list[int]
    starts: list[int]
    ends: list[int]
    sentence_ids: list[int]
    names: list[str]
    name_set: set[str]
    roles: dict[str, set[str]]
    mentions: Mentions  # cited people
    known: Mentions  # people cited or of known gender
    people: Mentions  # every person mention
    institutions: dict  # a name written as the head of an institution's name -> that name
    antecedents: Antecedents
    quote_starts: list[int]
    quote_ends: list[int]
    resolved: dict = field(default_factory=dict)
    subjects: dict = field(default_factory=dict)
    reporters: dict = field(default_factory=dict)  # sentence id -> [(mention start, source)] of attributions by name

    def resolve(self, mention: str, start: int) -> str:
        """:func:`~newskit.speakers.resolve_source` of the mention written at ``start``, kept per mention; a
        surname several names end in, or one after a title giving a gender ("Lord Lee"), read as :meth:`bearer`
        says; a role several people hold, after "the", read as :func:`~newskit.cues.last_holder` says; a family name
        written first, as :meth:`opener` says."""
        if place_then_surname(self.text, start, mention.split(), self.names):
            mention = mention.split()[-1]  # "Naples, Florida Lee describes": the state, then Lee's surname
        title = _GENDER_TITLE.search(self.text, max(0, start - 16), start)
        definite = _definite(self.text, start) or _named_later(self.text, start, mention)
        key = (mention, definite, title.group(1).lower() if title else "")
        if key not in self.resolved:
            found = self._held_role(mention) or resolve_source(mention, self.names, self.roles, key[1])
            named = " " not in found or key[2] and found.endswith(f" {mention}")
            self.resolved[key] = self.bearer(found.split()[-1], key[2]) if named else found
        if key[1] and _unnamed_holder(self.text, start, mention, self.resolved[key]):
            return mention
        return (key[1] and last_holder(self.text, start, self.resolved[key], self.roles)) \
            or self.opener(self.resolved[key], start)

    def opener(self, word: str, start: int) -> str:
        """Who a family name written first that several persons' names (:func:`~newskit.speakers.full_name`) open
        with stands for at ``start``: the one of them written last before it (:func:`~newskit.speakers.last_written`:
        "Kim Jo Un ... Kim Su-bin, a manager, said ... Kim said": Kim Su-bin), else ``word``.

        Example
        -------
        >>> v = _Version("a", "Kim Jo Un spoke. Kim Su-bin left. Kim said so.", [], [], [], [], [],
        ...              ["Kim Jo Un", "Kim Su-bin"], set(), {}, Mentions([]), Mentions([]), Mentions([]), {},
        ...              Antecedents([], {}, set()), [], [])
        >>> v.opener("Kim", 34), v.opener("Kim", 0), v.opener("Lee", 34)
        ('Kim Su-bin', 'Kim', 'Lee')
        """
        held = [n for n in self.names if " " in n and n.split()[0] == word and full_name(n)] if " " not in word else []
        found = last_written(self.text, start, {n: [n] for n in held})[1] if len(held) > 1 else None
        return found or word

    def _held_role(self, mention: str) -> str:
        """The one person the version names with the role ``mention`` opens its sentence with after "The", as definite
        as "the" before it ("The judge said": the one judge named, :func:`~newskit.speakers.resolve_source`); ""
        when the mention is no such role or the version names no single holder of it."""
        opening = _THE_OPENING.match(mention)
        role = mention[opening.end():] if opening else ""
        held = resolve_source(role, self.names, self.roles, True) if role and role_phrase(role) else role
        return held if held != role else ""

    def bearer(self, surname: str, title: str = "") -> str:
        """Who a surname that several names of the version end in stands for: the one of the gender its title
        gives ("Mrs. Clinton", "Lord Lee": "f", "m"), else the one named first (news names the other bearers in
        full); the surname itself when no name ends in it or the title rules out every bearer, the text and the
        given name both of the other gender ("Lord Lee" where only "Ann Lee" is named: her husband, named no
        further).

        Example
        -------
        >>> v = _Version("a", "", [], [], [], [], [], ["Hillary Clinton", "Bill Clinton"], set(), {}, Mentions([]),
        ...              Mentions([]), Mentions([]), {}, Antecedents([], {"Bill Clinton": "m"}, set()), [], [])
        >>> v.bearer("Clinton"), v.bearer("Clinton", "mr"), v.bearer("Lee")
        ('Hillary Clinton', 'Bill Clinton', 'Lee')
        >>> v.names, v.antecedents.sex["Ann Lee"] = ["Ann Lee"], "f"
        >>> v.bearer("Lee", "lord"), v.bearer("Lee", "lady")
        ('Lee', 'Ann Lee')
        >>> v.names = ["Eastern Elmland"]  # a region of a place: no one's name
        >>> v.bearer("Elmland")
        'Elmland'
        """
        shared = [n for n in self.names if n.split()[-1] == surname and " " in n and not region_name(n.split())]
        want = word_sex(title) or None
        known, given = self.antecedents.sex, {n: given_name_gender(n.split()[0]) for n in shared}
        if want:  # both the text and the given name must give the other gender: either alone may be wrong
            shared = [n for n in shared if not (known.get(n) == given[n] and given[n] not in (want, None))]
        gendered = [n for n in shared if want and known.get(n, given[n]) == want]
        return (gendered or shared or [surname])[0]

    @functools.cached_property
    def surnames(self) -> set[str]:
        """The last words of the names of two or more words, and the first words :func:`first_word_names` maps."""
        return {name.split()[-1] for name in self.names if " " in name} | set(first_word_names(self.names))

    @functools.cached_property
    def paragraph_starts(self) -> list[int]:
        """Where each paragraph starts."""
        return [lo for lo, _ in self.paragraphs]

    def paragraph_index(self, pos: int) -> int:
        """The index of the paragraph holding ``pos`` (-1 before the first)."""
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    def window(self, k: int) -> tuple[int, int, int]:
        """(previous paragraph start, paragraph end, paragraph start) of paragraph ``k``."""
        return self.paragraphs[max(k - 1, 0)][0], self.paragraphs[k][1], self.paragraphs[k][0]


@dataclass
class _Place:
    """Where a quotation stands: its sentence ``i`` (index and ``sentence`` id), the stretch ``lo``-``hi``
    of that sentence between the neighbouring quotations, and whether it ``opens`` a statement."""

    i: int
    sentence: int
    lo: int
    hi: int
    opens: bool


@dataclass
class _Found:
    """Rows so far, the last quotation with a speaker, and look-ups over the rows."""

    rows: list = field(default_factory=list)
    previous: dict | None = None
    spoken: dict = field(default_factory=dict)  # sentence id -> last row there with a speaker, not scare
    termed: dict = field(default_factory=dict)  # sentence id -> last scare row there with a speaker (by its cue)
    by_mention: dict = field(default_factory=dict)  # mention_start -> last row with that mention


_CREDIT_BLOCKS = ("byline", "credit", "dateline")
"""Blocks whose names credit the makers of a version (its byline, "Reporting by ..."), no one its story tells of."""


def _cited_people(attributed: list[dict], blocked: set[str]) -> list[tuple[int, str]]:
    """(start, source) of the attributions to a person by name in the story: no pronoun, no blocked name, no share,
    no credit (:data:`_CREDIT_BLOCKS`: a byline's reporter is no one "he" or "she" may stand for)."""
    return sorted((a["start"], a["source"]) for a in attributed if a["source_type"] == "person"
                  and a["source"].lower() not in PRONOUNS and a["source"] not in blocked
                  and not is_quantity(a["source"]) and a.get("block", "body") not in _CREDIT_BLOCKS)


def _not_asked_about(text: str, mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``mentions`` without those of a person asked about in a question before a quotation ("Governor Christie?
    “Strong,” he said."): neither its speaker nor whom he/she refers to."""
    return [m for m in mentions if not question_topic(text, m[0])]


def _names_source(attribution: dict) -> bool:
    """Whether an attribution's mention writes its source's name ("Sen. Lee" of "Jo Lee"), not a pronoun or a
    description the source was read from ("he", "the candidate"): a guess, no mention of that name.

    Example
    -------
    >>> _names_source({"mention": "Sen. Lee", "source": "Jo Lee"}), _names_source({"mention": "he", "source": "Jo Lee"})
    (True, False)
    """
    return attribution["mention"].split()[-1] in attribution["source"].split() if attribution["mention"] else False


def _given_sex(cited: set[str]) -> dict[str, str]:
    """The likely gender of each cited name of two or more words from its given name ("Ban Ki-moon": "m"), where
    the text shows none."""
    return {name: sex for name in cited if " " in name and (sex := given_name_gender(name.split()[0]))}


_OF_BODY = re.compile(r"\p{Lu}[\w.&'’-]*\s+(?:of|for)\s+(?:the\s+)?$")
"""A capitalised word and "of" or "for" before a name: the name ends a body's name."""


def _ends_body_name(text: str, pos: int) -> bool:
    """Whether the name written at ``pos`` ends a body's name, after a capitalised word and "of" or "for" ("the
    Office of Congressional Ethics": no person "Congressional Ethics" for "he" to be).

    Example
    -------
    >>> text = "The Office of Congressional Ethics cleared Jo Lee."
    >>> _ends_body_name(text, 14), _ends_body_name(text, 43)
    (True, False)
    """
    return bool(_OF_BODY.search(text, max(0, pos - 40), pos))


def _body_subject(text: str, speaker: str, start: int) -> bool:
    """Whether the subject at ``start`` read as ``speaker`` writes that name as the end of a body's name
    (:func:`_ends_body_name`: "The Office of Fleet Safety")."""
    written = text.find(speaker.split()[0], start, start + 80) if speaker.split() else -1
    return _ends_body_name(text, max(start, written))


def _in_passing(text: str, everyone: list[tuple[int, str]], spans: list[dict]) -> frozenset[int]:
    """The offsets of the person mentions named in passing: inside a quotation, an object
    (:func:`~newskit.speakers.named_in_passing`) or the end of a body's name (:func:`_ends_body_name`)."""
    starts = sorted(q["start"] for q in spans)
    ends = sorted(q["end"] for q in spans)
    passing = set()
    for pos, name in everyone:
        k = bisect.bisect_right(starts, pos) - 1
        end = pos + (_written_length(text, pos, name) or len(name))
        if (k >= 0 and ends[k] > pos) or named_in_passing(text, pos, end) or _ends_body_name(text, pos):
            passing.add(pos)
    return frozenset(passing)


def _version(version, sents: pd.DataFrame, paragraphs: list[tuple[int, int]], spans: list[dict],
             attributed: list[dict]) -> _Version:
    """The names, genders, roles and person mentions of ``version`` the strategies need."""
    text, body = version.raw, version.body
    names = name_forms(body)
    names += [n for n in introduced_names(text) if n not in names]
    blocked = not_people(body, names)
    institutions = _acronyms(body) | _compass_places(body) \
        | institution_names(body, sorted(blocked) + institution_heads(body, names))
    # "Jo Lee Foundation": not a person; "Elmwood University ... Elmwood said": the university
    names = [n for n in names if n not in blocked]
    titles = version.blocks.loc[version.blocks["label"].isin(("headline", "subhead", "caption")), "text"]
    names += headline_names(body, list(titles), names)
    names += single_names(body, names)
    sex = genders(body, names)
    cited = {name for _, name in _cited_people(attributed, blocked)}
    written = _cited_people([a for a in attributed if _names_source(a)], blocked)  # not "he": its guess is no mention
    sex.update(_given_sex(cited - set(sex)))
    people = [(pos, name) for pos, name in named_people(text, paragraphs, names) if name not in blocked]
    mentions = person_mentions(text, paragraphs, sorted(cited & set(names)), [p for p in people if p[1] in cited],
                               written)
    everyone = person_mentions(text, paragraphs, names, people, written)
    mentions, everyone = _not_asked_about(text, mentions), _not_asked_about(text, everyone)
    return _Version(
        id=version.id, text=text, paragraphs=paragraphs, first_marks=[first_mark(text, lo, hi) for lo, hi in paragraphs],
        starts=list(sents["start"]), ends=list(sents["end"]), sentence_ids=[int(s) for s in sents["sentence"]],
        names=names, name_set=set(names), roles=_roles(version, body, names), mentions=Mentions(mentions),
        known=Mentions([m for m in everyone if m[1] in cited or m[1] in sex]), people=Mentions(everyone),
        institutions=institutions,
        antecedents=Antecedents(everyone, sex, cited, _in_passing(text, everyone, spans), text), quote_starts=sorted(q["start"] for q in spans),
        quote_ends=sorted(q["end"] for q in spans), reporters=_reporters(text, attributed, blocked))


def _reporters(text: str, attributed: list[dict], blocked: set[str]) -> dict[int, list[tuple[int, str]]]:
    """Sentence id -> (where its mention is written, source) of the attributions there to a person its mention
    names (:func:`_names_source`: "Lee said", "said Gov. Jo Lee of Ohio", not "he said"), in the order written.

    Example
    -------
    >>> _reporters("Then Lee said no; he left.", [
    ...     {"sentence": 2, "start": 5, "end": 13, "source": "Jo Lee", "source_type": "person", "mention": "Lee"},
    ...     {"sentence": 2, "start": 18, "end": 20, "source": "he", "source_type": "person", "mention": "he"}], set())
    {2: [(5, 'Jo Lee')]}
    """
    found: dict[int, list[tuple[int, str]]] = {}
    for row in attributed:
        if (_names_source(row) or set(row["source"].split()[-1:]) <= set(row["mention"].split())) \
                and _cited_people([row], blocked) and not pd.isna(row.get("sentence", pd.NA)):
            at = text.find(row["mention"], row["start"], row["end"])
            found.setdefault(int(row["sentence"]), []).append((row["start"] if at < 0 else at, row["source"]))
    return {k: sorted(rows) for k, rows in found.items()}


def _acronyms(text: str) -> dict[str, str]:
    """Acronym -> the name the text defines it as in brackets ("the Elm Water Authority (EWA)",
    :func:`~newskit.speakers.defined_acronyms`); an acronym defined as two names is left out.

    Example
    -------
    >>> _acronyms("The Elm Water Authority (EWA) met. Jo Lee, the mayor, spoke.")
    {'EWA': 'Elm Water Authority'}
    """
    meanings: dict[str, set[str]] = {}
    for short, long in defined_acronyms(text):
        meanings.setdefault(short, set()).add(long)
    return {short: longs.pop() for short, longs in meanings.items() if len(longs) == 1}


_COMPASS_NAME = re.compile(r"(?<![\w'’.-])(North|South|East|West)\s+(\p{Lu}\p{Ll}+)(?![\w'’-]|\s+\p{Lu})")
"""A place's name opening on a compass word, two words ("North Elmland")."""


def _compass_places(text: str) -> dict[str, str]:
    """"The North" (the compass word after "the", and the word alone, as an owner's possessive leaves it: "North's")
    -> the one place the text names with that word ("North Elmland"), the short form standing for it; none for a word
    opening two places' names (a people's name is none: "North Elmlandic").

    Example
    -------
    >>> _compass_places("North Elm and South Elm met. The North said no. North Elmish troops left.")
    {'The North': 'North Elm', 'the North': 'North Elm', 'North': 'North Elm'}
    >>> _compass_places("North Elm and North Oak met. The North said no.")
    {}
    """
    named: dict[str, set[str]] = {}
    for m in _COMPASS_NAME.finditer(text):
        if m.group(2).lower() not in DEMONYMS and not m.group(2).endswith(("ish", "ean", "ian", "ese")):
            named.setdefault(m.group(1), set()).add(m.group())
    found: dict[str, str] = {}
    for word, places in named.items():
        if len(places) == 1 and re.search(rf"\b[Tt]he\s+{word}\b", text):
            found[f"The {word}"] = found[f"the {word}"] = found[word] = next(iter(places))
    return found


def _roles(version, body: str, names: list[str]) -> dict[str, set[str]]:
    """:func:`~newskit.speakers.role_names` of ``body``, and of the version's captions for a role the body gives no
    one ("Prime Minister Jo Lee at the summit (AP)" under a story of what "the prime minister" said)."""
    roles = role_names(body, names)
    captions = "\n".join(version.blocks.loc[version.blocks["label"] == "caption", "text"])
    for role, held in role_names(captions, names).items():
        roles.setdefault(role, held)
    return roles


_QUANTITY_LEAD = {"almost", "nearly", "about", "around", "some", "over", "under", "more", "less", "fewer", "than",
                  "only", "just", "roughly", "a"}


def is_quantity(source: str) -> bool:
    """Whether a source is a share or a count ("almost two thirds", "one in five", "70%"): no one to
    give a quotation to.

    Example
    -------
    >>> is_quantity("almost two thirds"), is_quantity("three quarters"), is_quantity("Tom Hale")
    (True, True, False)
    """
    words = [w for w in source.lower().split() if w not in _QUANTITY_LEAD]
    return bool(words) and (words[0] in NUMBER_WORDS or words[0][0].isdigit()) and (
        len(words) == 1 or words[-1] in NUMBER_WORDS or words[-1][0].isdigit() or words[-1] in {"%", "percent"})


def _place(v: _Version, q: dict) -> _Place:
    """The sentence of quotation ``q`` and the stretch of it up to the quotations on either side."""
    i = _sentence_at(v, q["start"])
    j = _sentence_at(v, q["end"] - 1)
    start = v.starts[i] if v.starts else 0
    k = bisect.bisect_right(v.quote_ends, q["start"]) - 1  # the last quotation ending before this one opens
    lo = max(start, v.quote_ends[k]) if k >= 0 and v.quote_ends[k] >= start else start
    end = v.ends[j] if v.ends else 0
    k = bisect.bisect_left(v.quote_starts, q["end"])  # the next quotation opening in the sentence
    hi = v.quote_starts[k] if k < len(v.quote_starts) and v.quote_starts[k] < end else end
    sentence = v.sentence_ids[i] if v.sentence_ids else 0
    return _Place(i, sentence, lo, hi, q["continued"] or opens_statement(v.text, q, lo))


_TAG_AFTER = re.compile(r"\s*[,!?]?\s*\p{Ll}")
"""A tag opening in lower case right after a quotation ("“No,” replied the chain", "“No,” she said")."""
_TAGGED_END = re.compile(r"[,!?]\W?$")
"""A quotation closed by a comma, "!" or "?" inside its marks, as one before its tag is ("“No,” replied")."""


def _same_sentence(v: _Version, q: dict, place: _Place, found: _Found):
    """A quotation inside a statement whose sentence already has a speaker: that speaker, unless a cue with a
    subject stands between the two quotations or a tag of its own follows it; also the speaker a quoted term before
    it has by its cue ("Lee said the “Remain” camp failed to “reach voters”": Lee), for a term only when that speaker
    is written before the first term ("Lee said the “raid” left “dozens” dead": Lee; not "Roe, maker of “Elm
    Days,” admitted making an “awkward joke”", whose title a cue after it reads)."""
    same = found.spoken.get(place.sentence)
    termed = found.termed.get(place.sentence)
    if not same and termed and (quote_kind(v.text, q, place.lo, False) != "scare" or _speaks_before(termed)):
        same = termed
    if place.opens or not same or (same["end"] <= place.lo and _cue_near(v.text, place.lo, q["start"], False)):
        return None  # "“...,” he said, referring to when Fox said he would not pay for “...”": Fox
    if _TAGGED_END.search(v.text, q["start"], q["end"]) and _TAG_AFTER.match(v.text, q["end"]) \
            and _cue_near(v.text, q["end"], place.hi, True, 3):
        return None  # "asked one diner (“No,” replied the chain)": its own tag
    return (same["mention"], same["mention_start"], same["mention_end"]), same["cue"]


def _speaks_before(row: dict) -> bool:
    """Whether the speaker of quotation ``row`` is written before it ("Lee said the “raid” ...")."""
    return not pd.isna(row["mention_start"]) and row["mention_start"] < row["start"]


_OWNED_BEFORE = re.compile(r"(?<![\w'’.-])(?P<owner>\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,3})['’]s\s+"
                           r"(?:\p{Ll}[\w-]*\s+){0,2}$")
"""A name's possessive, then up to two lower-case words, just before a quotation ("Jo Lee's controversial ")."""
_SAID_NOUN_AFTER = re.compile(rf"\s+(?:{alternation(STATEMENT_NOUNS)})\b")
_BRACKET_BEFORE = re.compile(r"(?<![\w'’.-])(?P<owner>\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,3})\s+\(\s*$")
_OWNED_WORDING = re.compile(rf"(?<![\w'’.-])(?:(?P<owner>\p{{Lu}}[\w'’.-]*(?:\s+\p{{Lu}}[\w'’.-]*){{0,3}})['’]s|"
                            rf"(?P<pronoun>[Hh]is|[Hh]er))\s+(?:{alternation(WORDING_NOUNS)})"
                            r"(?:\s+of\s+[^,.;:!?“”\"]{1,60}?\s+as|,\s+(?:specifically|namely|notably))\s+$")
"""A possessive and a noun of how its owner put something, then what it was put as or an example of it, just before
a quotation ("Jo Lee's choice of words, specifically ", "His description of the plan as "): lexicon WORDING_NOUNS."""


def _owned_words(v: _Version, q: dict, place: _Place, found: _Found):
    """A quotation between a name's possessive and a noun of what was said ("Jo Lee's “go now” remarks", "Lee's
    “step aside” suggestion": lexicon STATEMENT_NOUNS), after a possessive and a noun of how its owner put something
    (:data:`_OWNED_WORDING`: "his description of the plan as “...”"), or set in brackets right after a name
    ("critics: Jo Lee (“It is wrong”), Al Roe ..."), four words or more, no gloss of a name ("Elm-3 (“star”)"): that
    name's words; None otherwise.

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> text = "Ann Roe wrote after Jo Lee's “work harder” remarks. Fans, led by Al Roe (“Shame on him now”), agreed."
    >>> find_quotes(text).speaker.tolist()
    ['Jo Lee', 'Al Roe']
    """
    owned = _OWNED_BEFORE.search(v.text, max(place.lo, q["start"] - 80), q["start"])
    if owned and _SAID_NOUN_AFTER.match(v.text, q["end"]):
        return (owned.group("owner"), owned.start("owner"), owned.end("owner")), "remarks"
    wording = _OWNED_WORDING.search(v.text, max(place.lo, q["start"] - 120), q["start"])
    if wording:
        return _wording_owner(wording), "remarks"
    bracket = _BRACKET_BEFORE.search(v.text, max(place.lo, q["start"] - 80), q["start"])
    if bracket and v.text[q["end"]:q["end"] + 1] == ")" and person_name(bracket.group("owner").split()) \
            and len(v.text[q["start"]:q["end"]].split()) > 3:  # a clause, not a name glossed ("Elm-3 (“star”)")
        return (bracket.group("owner"), bracket.start("owner"), bracket.end("owner")), "bracketed"
    return None


def _wording_owner(wording: re.Match) -> tuple[str, int, int]:
    """(mention, start, end) of the owner :data:`_OWNED_WORDING` matched: its name, or he/she for "his"/"her"."""
    if wording.group("owner"):
        return wording.group("owner"), wording.start("owner"), wording.end("owner")
    return ("he" if wording.group("pronoun").lower() == "his" else "she"), *wording.span("pronoun")


_ANSWER_LEAD = re.compile(r"\b(?P<pronoun>His|Her|his|her)\s+(?:response|answer|reply|retort|verdict)\s*:\s*$")
_ASKED = re.compile(r"\basked\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+|President\s+)?"
                    r"(?P<who>\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+){0,2})")


def _answer(v: _Version, q: dict, place: _Place, found: _Found):
    """A quotation after "His response:" / "Her answer:": the person asked in the question before it in its
    paragraph ("Vieira asked Trump, “...?” His response: “...”"), else he/she for the pronoun."""
    lead = _ANSWER_LEAD.search(v.text, max(place.lo, q["start"] - 40), q["start"])
    if not lead:
        return None
    paragraph = v.paragraphs[q["paragraph"]][0]
    asked = list(_ASKED.finditer(v.text, max(paragraph, lead.start() - 400), lead.start()))
    if asked:
        return (asked[-1].group("who"), asked[-1].start("who"), asked[-1].end("who")), "response"
    pronoun = "he" if lead.group("pronoun").lower() == "his" else "she"
    return (pronoun, lead.start("pronoun"), lead.end("pronoun")), "response"


_CUE_RIGHT_AFTER = re.compile(rf"[^\S\n]+(?=\p{{Ll}})({QUOTE_CUES.pattern})", re.IGNORECASE)
_PUNCTUATED_END = re.compile(r"[,.;:!?]\W{0,3}$")
"""A quotation closed by punctuation inside its marks, whatever the marks ("“No,”", "''No,''", "“No.”")."""


def _quoted_manner(v: _Version, q: dict, place: _Place):
    """A quotation between a subject and its cue, no comma on either side ("Elmland “firmly” condemned the raid"): the
    subject before it, the quoted words being how it spoke, not an inverted tag's object after the cue ("the raid");
    None otherwise, and when a cue before it in the sentence reports the clause."""
    if place.opens or _PUNCTUATED_END.search(v.text, q["start"], q["end"]):
        return None
    cue = _CUE_RIGHT_AFTER.match(v.text, q["end"], place.hi)
    if not cue or not re.search(r"\w[^\S\n]+$", v.text[place.lo:q["start"]]) \
            or QUOTE_CUES.search(v.text, place.lo, q["start"]):
        return None  # "Lee said that the ad “wrongly” suggests": the clause Lee reports
    subject = subject_before(v.text, place.lo, q["start"])
    return (subject, cue.group(1).lower()) if subject and subject[2] >= q["start"] - 2 else None


_LABELLED_BY = re.compile(rf"\b(?:{alternation(NAMING_PARTICIPLES)})\s+by\s+(?:the\s+)?"
                          r"(?P<agent>[^\s,;:()]+(?:\s+[^\s,;:()]+){0,5}?)\s+as\s*$", re.IGNORECASE)


def _labelled_by(v: _Version, q: dict, place: _Place, found: _Found):
    """The agent of a participle of naming (:data:`~newskit.text.lexicon.NAMING_PARTICIPLES`) right before the
    quotation after "as", as a cue's subject: the label is the agent's words ("The rocket, billed by the company as
    “the biggest”, flew": the company); None otherwise.

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> find_quotes("Elmco built a rocket. The rocket, billed by the firm as “the biggest yet,” flew.").speaker.tolist()
    ['Elmco']
    """
    match = _LABELLED_BY.search(v.text, max(place.lo, q["start"] - 120), q["start"])
    return ((match.group("agent"), match.start("agent"), match.end("agent")), "by") if match else None


def _cue_beside(v: _Version, q: dict, place: _Place, found: _Found):
    """A cue in the same sentence: after the quotation first when it opens a statement ("“...,” he said"),
    before it first otherwise ("Wang added that ... “...”") or when a cue leads straight into it ("Lee said:
    “...” that if the board agrees ...": Lee, not the board); the subject before a quotation set between it and its
    cue (:func:`_quoted_manner`); the reporting clause closing the sentence when "it" is the subject of the cue before
    (:func:`_tag_over_it`)."""
    return _quoted_manner(v, q, place) or _tag_over_it(v, q, place) or _cue_around(v, q, place)


def _cue_around(v: _Version, q: dict, place: _Place):
    """The cue :func:`_cue_beside` reads after the quotation or before it, in :func:`_cue_order`'s order."""
    for after, reach in _cue_order(v, q, place):
        if after and reach == _CLOSED_REACH:
            cued = _cue_near(v.text, q["end"], place.hi, True, reach)
            cued = cued if cued and _closing_tag(v.text, q["end"], cued) else None
        elif after and reach == _SENTENCE_TAG_REACH:
            cued = _sentence_tag(v.text, q["end"], place.hi)
        elif after:
            cued = _cue_near(v.text, q["end"], place.hi, True, reach) or _tag_after_question(v, q, place) \
                or (place.opens and _paired_cue(v, q, place))
        else:
            cued = _cue_near(v.text, place.lo, q["start"], False)
        if cued:
            return cued
    start = v.starts[place.i] if v.starts else place.lo
    if start >= place.lo or not QUOTE_CUES.search(v.text, place.lo, q["start"]):
        return None
    cued = None if place.opens else _cue_near(v.text, start, q["start"], False)  # he cited “thrift,” saying: he
    if cued:
        return cued
    cued = _cue_near(_terms_unquoted(v, start, place.lo), start, q["start"], False)
    return cued if cued and _names_person(v, *cued[0][:2]) else None  # As Jo Lee, author of “A Book,” put it: Jo Lee


def _tag_over_it(v: _Version, q: dict, place: _Place):
    """The reporting clause closing the sentence of a quotation inside it, after a comma ("..., Mr. Roe said."), when
    the cue before the quotation has "it" as its subject, the sentence opens with a text as that subject
    (:data:`_TEXT_OPENING`: "The email suggested that “...,” Jo Lee told us": Jo Lee) or the quotation stands in a
    relative clause after that cue (:data:`_RELATIVE_OPEN`): a thing that showed something, the words reported by the
    tag's subject ("The phone was found. It revealed that Lee was “meticulous” in his plans, Mr. Roe said.": Roe);
    None otherwise.

    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = "The phone was found. It revealed that Lee was “meticulous” in his plans, Mr. Roe said."
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Roe']
    >>> text = "Elm Corp has denied a role in the death of Al Roe, who “had targeted Lee” often, the report noted."
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['report']
    """
    if place.opens:
        return None
    before = _cue_near(v.text, place.lo, q["start"], False)
    text_opens = bool(_TEXT_OPENING.match(v.text, v.starts[place.i]))
    if not before or before[0][0].lower() != "it" and not _RELATIVE_OPEN.search(v.text, before[0][2], q["start"]) \
            and not text_opens:
        return None
    tag = _sentence_tag(v.text, q["end"], v.ends[place.i], _TAG_OVER_REACH) or (
        _closing_tag_after(v, q, place) if text_opens else None)
    return tag if tag and tag[0][0].lower() not in PRONOUNS else None


_RELATIVE_OPEN = re.compile(r",\s+(?:who|which)\s[^,;:.!?“”\"]*$")
"""A relative clause set off by a comma open before a quotation: the quotation describes the object of the cue before
it, no words of that cue's subject ("Elm Corp has denied a role in the death of Roe, who “had targeted Lee”, the
report noted": the report's)."""


def _closing_tag_after(v: _Version, q: dict, place: _Place):
    """The reporting clause right after a quotation closed by a comma inside its marks, to the sentence's end: its
    subject maybe a name and a description ("“...,” Jo Lee, head of the Elm Club, told us"); None otherwise."""
    if not _CLOSED_BY_COMMA.search(v.text, q["start"], q["end"]):
        return None
    hi = v.ends[place.i]
    return _cue_near(v.text, q["end"], hi, True) or _named_cue_after(v.text, q["end"], hi, v.surnames)


_CLOSED_BY_COMMA = re.compile(r",[’'”\"»]+$")
"""A quotation closed by a comma inside its marks ("“... the team,”")."""
_TEXT_OPENING = re.compile(rf"(?i:the|an?|this|that)\s+(?:[\w-]+\s+)?(?:{alternation(WORDED_DOCUMENTS)})\b")
"""A text (:data:`~newskit.text.lexicon.WORDED_DOCUMENTS`) opening a sentence as its subject ("The email received in
Elmland suggested ...")."""
_TAG_OVER_REACH = 40
"""Most words between a quotation and the reporting clause closing its sentence when "it" is the subject of the cue
before the quotation (:func:`_tag_over_it`)."""


_PAIRED = re.compile(r"\s*,?\s*(?:and|or)\s+")
_PAIRED_PHRASE = re.compile(r"(?:\s+(?!(?:and|or)\b)\p{Ll}[\w'’-]*){0,3}\s*,?\s*(?:and|or)\s+")
""""And" or "or" after a quotation and up to three lower-case words finishing its phrase ("“patchwork approach” to
enforcement and "): what pairs a term with the quotation before it."""


def _paired_cue(v: _Version, q: dict, place: _Place):
    """The cue after the quotation that "and" or "or" pairs with ``q`` in its sentence ("“...” and “...,” Lee
    said": Lee for both), or None."""
    if place.hi >= v.ends[place.i] or not _PAIRED.fullmatch(v.text, q["end"], place.hi):
        return None
    k = bisect.bisect_left(v.quote_starts, place.hi)
    end = v.quote_ends[k]
    hi = min(v.quote_starts[k + 1] if k + 1 < len(v.quote_starts) else len(v.text), v.ends[place.i])
    return _cue_near(v.text, end, hi, True, 8)


def _cue_order(v: _Version, q: dict, place: _Place) -> tuple[tuple[bool, int], ...]:
    """Where :func:`_cue_beside` looks, in order, as (after the quotation, within how many words): after a
    quotation opening a statement first, unless a cue leads into it; right after a quotation closed by a comma
    ("he “won big,” said Al Roe") first, unless a reporting verb and "that" lead into it (:data:`_THAT_LED`) or it
    closes a relative clause with a cue (:data:`_RELATIVE_CUED`); else before it first."""
    if place.opens and not _led_by_cue(v.text, place.lo, q["start"]):
        return (True, 8), (False, 0), (True, _SENTENCE_TAG_REACH)
    if not place.opens and _COMMA_CLOSED.search(v.text, q["start"], q["end"]) \
            and not _THAT_LED.search(v.text, max(place.lo, q["start"] - 60), q["start"]) \
            and not _RELATIVE_CUED.search(v.text, max(place.lo, q["start"] - 150), q["start"]):
        return (True, _CLOSED_REACH), (False, 0), (True, 60)
    return (False, 0), (True, 60)


_RELATIVE_CUED = re.compile(rf",\s+(?:who|which)\s+(?:[^,;:.!?“”\"]*\s)?(?:{QUOTE_CUES.pattern})\b[^,;:.!?“”\"]*$",
                            re.IGNORECASE)
"""A relative clause with a cue of its own open before a quotation closed by a comma: the quotation ends that clause,
and the verb after it is the main clause's, no reporting clause ("Roe, who called the inquiry “a hunt,” demanded an
apology": Roe, by "called")."""


_LEAD_GAP = re.compile(r"\s*[:,]\s*")
_THAT_LED = re.compile(rf"(?:{QUOTE_CUES.pattern})\s+that\s+(?:[^.;:!?,“”\"]{{0,100}}\s)?$", re.IGNORECASE)
"""A reporting verb and "that" before a quotation, perhaps with words of the clause it opens between: the quotation
is in the clause it reports ("after Lee remarked that “...,” Roe replied", "Lee said that the troops were sent “...,”
Roe reported": Lee)."""
_COMMA_CLOSED = re.compile(r",[’'”\"»]+$")
"""A quotation closed by a comma inside its marks: the words of a clause a reporting clause right after it credits."""
_CLOSED_REACH = 5
_TAG_LEADS = {"as", "while", "when", "after", "before", "to", "during", "outside"}
_TAG_END = re.compile(
    rf"\s*(?:[,.;]|$)|\s+(?:{alternation(sorted(PREPOSITIONS - {'of'} | _TAG_LEADS | DATE_WORDS))})\b", re.IGNORECASE)
"""What ends a reporting clause: a comma, a stop, or an adverbial after it ("on Monday", "as she left")."""


def _closing_tag(text: str, pos: int, cued) -> bool:
    """Whether the cue ``cued`` ((subject, start, end), cue) found after a quotation ending at ``pos`` is a reporting
    clause of its own, its subject and verb alone up to a comma, a stop or an adverbial ("“...,” said Al Roe, a
    nurse.", "“...,” Mr. Roe wrote.", "“...,” Roe said as he left"), not a clause going on ("“...,” and Roe vowed to")
    nor a source "according to".

    >>> text = '“We won,” Mr. Roe wrote. “We won,” and Roe vowed to go. “We won,” Roe said on Monday.'
    >>> _closing_tag(text, 9, (("Mr. Roe", 10, 17), "wrote")), _closing_tag(text, 34, (("Roe", 39, 42), "vowed"))
    (True, False)
    >>> _closing_tag(text, 66, (("Roe", 67, 70), "said"))
    True
    """
    (_, start, end), cue = cued
    found = _cue_words(cue).search(text, pos)
    if not found or BY_CUES.match(text, found.start()) \
            or re.search(r"\b(?:and|but|or)\b", text[pos:min(start, found.start())]):
        return False
    return bool(_TAG_END.match(text, max(end, found.end())))


_SENTENCE_TAG_REACH = 20
_LAST_COMMA = re.compile(r".*,", re.DOTALL)
_SENTENCE_CLOSE = re.compile(r"\s*[.!?]?[\s”\"’']*$")
_PARTICIPLE_NEXT = re.compile(r"[^,.;:!?“”\"]{0,40},\s+\p{Ll}+ing\b")
"""What may follow a reporting clause closing a sentence: a participle after a comma, the subject's too (", urging")."""


def _sentence_tag(text: str, pos: int, hi: int, reach: int = _SENTENCE_TAG_REACH):
    """The cue ((subject, start, end), cue) of the reporting clause that closes, after a comma and its subject first,
    the sentence a quotation ending at ``pos`` opens (:func:`_closing_tag`; nothing after it to ``hi`` but the stop or
    a participle, :data:`_PARTICIPLE_NEXT`), within ``reach`` words: the words between go on with the quotation's
    clause and are reported with it ("“The lines have not moved” since the start of the war, Lee said.", a title or
    "the" maybe before the name: "Mr. Lee said.", "the Elmland Trade Ministry said"); None otherwise, and when a verb
    opens the clause ("“...,” Jo Lee, a nurse, told the Ledger": the Ledger is no subject).

    >>> text = "“The lines have not moved” since the start of the war, Lee said. Roe agreed."
    >>> _sentence_tag(text, 26, 64)
    (('Lee', 55, 58), 'said')
    >>> text = "“The lines have not moved” since the start of the war, Lee said on a call to Roe."
    >>> _sentence_tag(text, 26, len(text)) is None
    True
    >>> text = "“The gates stay shut” at the port, the South Elmish Trade Ministry said in May, urging talks."
    >>> _sentence_tag(text, 21, len(text))
    (('South Elmish Trade Ministry', 39, 66), 'said')
    """
    commas = [m.end() for m in re.finditer(",", text[pos:hi]) if len(tokens(text, pos, pos + m.end())) <= reach]
    return next(filter(None, (_tag_after_comma(text, pos + comma, hi) for comma in reversed(commas))), None)


def _tag_after_comma(text: str, comma: int, hi: int):
    """:func:`_sentence_tag`'s reporting clause opening after the comma ending at ``comma``, or None."""
    cued = _cue_near(text, comma, hi, True, 6)
    opens = re.compile(r"\s*").match(text, comma).end()
    titles = text[opens:cued[0][1]].split() if cued else []
    if not cued or not all(w.rstrip(".").lower() in NAME_TITLES | {"the"} for w in titles) \
            or not _closing_tag(text, comma, cued):
        return None
    end = max(_cue_words(cued[1]).search(text, comma).end(), cued[0][2])
    return cued if _SENTENCE_CLOSE.match(text, end, max(hi, end)) or _PARTICIPLE_NEXT.match(text, end) else None


@functools.lru_cache(maxsize=None)
def _cue_words(cue: str) -> re.Pattern:
    """The words of a cue as found (:func:`_cue_near`), as a pattern with any space between them, in any case."""
    return re.compile(r"\s+".join(map(re.escape, cue.split())), re.I)


def _led_by_cue(text: str, lo: int, start: int) -> bool:
    """Whether a cue in ``text[lo:start]`` leads straight into the quotation opening at ``start``, with a colon or
    comma between them and nothing else ("Jo Lee said: “...”", "she added, “...”"; not "Nothing Lee said “...”"), or
    only whom it was told or asked (:data:`_ADDRESSED_GAP`: "Jo Lee told reporters, “...”").

    Example
    -------
    >>> text = "Asked again, Jo Lee said: “No.”"
    >>> _led_by_cue(text, 0, text.index("“")), _led_by_cue(text, 0, text.index("Jo"))
    (True, False)
    >>> text = "Jo Lee told the board, “No.”"
    >>> _led_by_cue(text, 0, text.index("“"))
    True
    """
    cues = list(QUOTE_CUES.finditer(text, max(lo, start - 40), start))
    if not cues:
        return False
    gap = _ADDRESSED_GAP if cues[-1].group().lower() in _ADDRESSING_FORMS else _LEAD_GAP
    return gap.fullmatch(text, cues[-1].end(), start) is not None


_ADDRESSING_FORMS = frozenset(verb_forms("tell") + verb_forms("ask"))
_ADDRESSED_GAP = re.compile(r"(?:\s+(?:[\w.'’&-]+\s+){0,3}[\w.'’&-]+)?\s*[:,]\s*")
"""What may stand between "told" or "asked" and the quotation it leads into: whom it was told to, up to four words, and
a colon or comma ("Jo Lee told reporters, “...”", "she asked the board: “...”")."""


_EDGE_MARKS = re.compile(rf"^[{QUOTATION_MARKS}]+|[{QUOTATION_MARKS}]+$")


def _terms_unquoted(v: _Version, lo: int, hi: int) -> str:
    """The text with the marks of each quoted term (three words or fewer) between ``lo`` and ``hi`` written as
    spaces, so that a title quoted in a description before a cue reads as words of it ("As Jo Lee, author of
    “A Book,” put it, “...”": Jo Lee)."""
    text = v.text
    for start, end in zip(v.quote_starts, v.quote_ends):
        if lo <= start and end <= hi and len(text[start:end].split()) <= 3:
            text = text[:start] + _EDGE_MARKS.sub(lambda m: " " * len(m.group()), text[start:end]) + text[end:]
    return text


_ENDS_QUESTION = re.compile(r"[?!][’'”\"»]*\s*$")


def _tag_after_question(v: _Version, q: dict, place: _Place):
    """The cue of a reporting clause that a quotation opening its sentence and ending in "?" or "!" leaves as a
    sentence of its own when it opens with a name ("“Who knows?” Jo Lee said."), or ending in "." when that
    sentence is no more than the clause ("“We won.” Jo Lee said."): within eight words of the quotation or after
    a name and its description (:func:`_named_cue_after`: "“Why?” Jo Lee, a nurse from Dover, asked."), in the
    same paragraph, before any quotation of that sentence ("“Why?” Lee asked as Roe came in, saying he is “...”":
    Lee), unless a cue leads straight into it ("“Why?” Then a voice says: “...”": the voice's)."""
    if not place.opens or q["end"] < place.hi - 1 or re.search(r"\w", v.text[v.starts[place.i]:q["start"]]):
        return None
    k = bisect.bisect_left(v.starts, q["end"])
    if k >= len(v.starts) or "\n" in v.text[q["end"]:v.starts[k]]:
        return None
    nxt = bisect.bisect_left(v.quote_starts, q["end"])
    hi = min(v.ends[k], v.quote_starts[nxt]) if nxt < len(v.quote_starts) else v.ends[k]
    if hi < v.ends[k] and _led_by_cue(v.text, q["end"], hi):
        return None
    if not _ENDS_QUESTION.search(v.text, q["start"], q["end"]) and not (
            _ENDS_STOP.search(v.text, q["start"], q["end"]) and len(tokens(v.text, v.starts[k], v.ends[k])) <= 5):
        return None
    return _cue_near(v.text, q["end"], hi, True, 8) or _named_cue_after(v.text, q["end"], hi, v.surnames)


_ENDS_STOP = re.compile(r"\.[’'”\"»]*\s*$")


def _named_cue(v: _Version, q: dict, place: _Place, found: _Found):
    """A statement followed by a name and a long description before the cue."""
    return _named_cue_after(v.text, q["end"], place.hi, v.surnames) if place.opens else None


def _colon_lead_in(v: _Version, q: dict, place: _Place) -> tuple[int, int] | None:
    """The span of the sentence before quotation ``q`` when ``q`` opens its paragraph and that sentence ends in a
    colon ("Jo Lee had this to say: ¶ “...”"); None otherwise."""
    if place.i <= 0 or q["start"] != v.first_marks[q["paragraph"]]:
        return None
    lo, hi = v.starts[place.i - 1], v.ends[place.i - 1]
    return (lo, hi) if _COLON_BEFORE.search(v.text, lo, hi) else None


def _colon_clause(v: _Version, q: dict, place: _Place) -> tuple[int, int, int] | None:
    """(sentence index, start, end) of the words a colon closes right before quotation ``q``: its own sentence's up to
    it ("From Jo Lee’s post: “...”"), else the sentence before (:func:`_colon_lead_in`); None without such a colon."""
    if _COLON_BEFORE.search(v.text, place.lo, q["start"]):
        return place.i, place.lo, q["start"]
    lead = _colon_lead_in(v, q, place)
    return (place.i - 1, *lead) if lead else None


def _colon(v: _Version, q: dict, place: _Place, found: _Found):
    """A statement opening its paragraph after a sentence that ends in a colon: the subject of that sentence's cue
    (not a "continues" of no one: :func:`_names_someone`), else the person its clause opens on
    (:func:`_uncued_lead_subject`)."""
    lead = _colon_lead_in(v, q, place) if place.opens else None
    cued = _cue_near(v.text, *lead, False) if lead else None
    if cued and cued[1].startswith("continue") and cued[0][0].islower() and not _names_someone(cued[0][0]):
        return None  # "The confusion over the source continues: ¶ “...”": what goes on, no one going on speaking
    return cued or (_uncued_lead_subject(v.text, *lead) if lead else None)


_LEAD_SUBJECT = re.compile(r"((?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)"
                           r"\s+(?:(?:ha[sd]|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+|(?:\p{Ll}+ly\s+)?\p{Ll}+(?:s|ed))\b")
"""A subject after "a", "the" or "one" and its verb (after "has" and an adverb, maybe), where a clause opens."""


def _uncued_lead_subject(text: str, lo: int, hi: int):
    """((mention, start, end), "") of the subject opening a lead-in (or its clause after an opening phrase) that ends in
    a colon with no reporting verb, when it describes a person ("Amid the noise, one officer has found where it comes
    from: ¶ “...”": one officer, the one the quotation after it is heard from); None otherwise.

    >>> text = "Amid the noise, one officer has found where it comes from:"
    >>> _uncued_lead_subject(text, 0, len(text)), _uncued_lead_subject("The search goes on:", 0, 19)
    ((('one officer', 16, 27), ''), None)
    """
    opens = [lo] + [lo + m.end() for m in re.finditer(r",\s+", text[lo:hi])]  # the sentence's start, a clause's
    lead = next((m for m in (_LEAD_SUBJECT.match(text, p, hi) for p in opens) if m), None)
    mention = lead.group(1) if lead else ""
    if not mention or not _names_someone(mention) or mention.split()[-1] in ORGANISATION_DESCRIPTIONS:
        return None
    return (mention, lead.start(1), lead.end(1)), ""


def _names_someone(mention: str) -> bool:
    """Whether a lower-case ``mention`` is a pronoun or a description of a person, a role, an agent or an organisation
    ("he", "the spokeswoman", "the company"), not of a thing going on ("the search").

    >>> _names_someone("the spokeswoman"), _names_someone("the source of the gunshots")
    (True, False)
    """
    head = _THE_LEAD.sub("", mention).split()[-1]
    return mention in PERSON_PRONOUNS or role_phrase(_THE_LEAD.sub("", mention)) or head in PERSON_NOUNS \
        or head in AGENT_NOUNS or head in ORGANISATION_DESCRIPTIONS


_DOCUMENT_NAMED = re.compile(rf"(?:(?:\p{{Lu}}[\w.&'’-]*\s+)*\p{{Lu}}[\w.&-]*[’']s|\bthe(?:\s+\p{{Ll}}[\w-]*[’']s)?)\s+"
                             rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(WORDED_DOCUMENTS)})\b")
"""A document owned by a name ("Jo Lee’s full statement") or a role after "the" ("the mayor's statement"), or after
"the" ("the statement from the Elm Society")."""


_FROM_DOCUMENT = re.compile(rf"\s*From\s+the\s+((?:[\w-]+\s+){{0,2}}?"
                            rf"({alternation(AUTHORED_NOUNS + WORDED_DOCUMENTS)}))"
                            r"\s*:\s*")
"""A lead-in of "From" and a document alone before a colon ("From the report:", "From the court's ruling" has an
owner): the document, no author named, holds the words after it."""


def _colon_statement(v: _Version, q: dict, place: _Place, found: _Found):
    """A statement after a colon closing words that name a document given out by someone, in its own sentence or
    in the sentence before when it opens its paragraph ("Read Jo Lee’s full statement below:", "From the statement by
    the Elm Society:"): that document, read as its author (:func:`statement_author`), or the owner of another text
    carrying words (lexicon WORDED_DOCUMENTS: "From Jo Lee’s Facebook post: “...”": Jo Lee); the first word of those
    words is no part of an owner's name the version knows or one opening with a given name ("Read"); a document
    alone after "From" is itself the source (:data:`_FROM_DOCUMENT`: "From the report: ¶ “...”": the report).

    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = "Jo Lee spoke.\\n\\nFrom the report:\\n\\n“The tea was bad. We are sure.”"
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['report']
    """
    lead = _colon_clause(v, q, place)
    if not lead or lead[0] != place.i and not place.opens:
        return None
    _, lo, hi = lead
    named = [m for m in _DOCUMENT_NAMED.finditer(v.text, lo, hi) if _OWNER.match(v.text, m.start(), m.end())
             or _ISSUED_BY.match(v.text, m.end(), hi) and is_statement(m.group())]
    if not named:
        alone = _FROM_DOCUMENT.fullmatch(v.text, lo, hi)  # "From the report:": the report, no author named
        return ((alone.group(1), alone.start(1), alone.end(1)), alone.group(2).lower()) if alone else None
    start, end = named[-1].span()
    owner = _OWNER.match(v.text, start, end)
    words = owner.group(1).split(maxsplit=1) if owner and start == lo else []
    if len(words) == 2 and (words[0].lower() in FUNCTION_WORDS or v.resolve(words[1], start) in v.name_set
                            or given_name(words[1].split()[0]) and not given_name(words[0])):
        start = v.text.index(words[1], start)  # "Read Jo Lee’s statement", "The Elm Society’s statement"
    if owner and not is_statement(named[-1].group()):
        end = owner.end(1)  # "From Jo Lee’s Facebook post:": Jo Lee, who wrote it
    return (v.text[start:end], start, end), named[-1].group().split()[-1].lower()


_NAME_RUN = r"((?:\p{Lu}[\w.'’-]*\s+){0,3}\p{Lu}[\w'’-]*)"
"""Up to four capitalised words, the last without a stop: a name with its titles, as group 1."""
_NAME_COLON = re.compile(rf"\s*{_NAME_RUN}\s*:\s*")


def _name_colon(v: _Version, q: dict, place: _Place, found: _Found):
    """A person's name and a colon opening the quotation's sentence, with no cue after them, as the label of what
    follows, as headlines and transcripts write it: right before the quotation ("Jo Lee: ‘We will win’", "Pastor Jo
    Lee: “...”") or before words that lead up to it ("Lee: Polls prove Roe ‘the insider’": Lee, not Roe); not a
    label that is no person ("Exclusive: “...”")."""
    label = _NAME_COLON.match(v.text, v.starts[place.i], q["start"])
    return _person_in(v, label) if label and not QUOTE_CUES.search(v.text, label.end(), q["start"]) else None


def _person_in(v: _Version, match: re.Match | None):
    """((name, start, end), "") of the personal name ending ``match``'s group 1, titles left out, when it names a
    person: one the version names, or a name after a title ("President Lee"); else the longest of its last words
    that names one (a headline's "Ohio Challenger Jo Lee": Jo Lee); else None."""
    words = match.group(1).split() if match else []
    name = person_name(words)
    for k in range(len(name)):
        tail = " ".join(name[k:])
        start = v.text.rfind(tail, match.start(1), match.end(1))
        if start < 0 or start + len(tail) != match.end(1):
            return None
        titled = k == 0 and len(name) < len(words) and title_or_role(words[-len(name) - 1])
        if titled or _is_person(v, v.resolve(tail, start)):
            return (tail, start, start + len(tail)), ""
    return None


_DASH_LABEL = re.compile(rf"\s(?:-{{1,2}}|[–—])\s*{_NAME_RUN}\s*:\s*$")


def _dash_label(v: _Version, q: dict, place: _Place, found: _Found):
    """A name and a colon right before the quotation after a dash, as digests label a quoted source after their
    own summary line ("Pollsters agree - Jo Lee: “...”"): that name, a person (:func:`_person_in`) or a name the
    version writes elsewhere too, never a cue before the dash ("agree"); None otherwise."""
    label = _DASH_LABEL.search(v.text, place.lo, q["start"])
    if not label or not place.opens:
        return None
    named = _person_in(v, label)
    if named:
        return named
    name = label.group(1)
    if name.split()[0].lower() in DATE_WORDS | SENTENCE_OPENERS or _times_named(v.text, name) < 2:
        return None
    return (name, label.start(1), label.end(1)), ""


_DASH_NAME = re.compile(rf"(?:-{{1,2}}|[{DASHES}{EM_DASHES}])\s*{_NAME_RUN}\s*(?:[,.;]|(?=[(“\"‘])|$)")
"""A dash (any of :mod:`~newskit.text.typography`'s: "―" too) and a name that ends its line, or goes on after a
comma, a stop or a semicolon, a bracket ("— Jo Lee (D-Ohio)") or a quotation mark (the next quotation of a
round-up)."""


_SPACE = re.compile(r"\s*")
_CLOSED_STATEMENT = re.compile(rf"[.!?,…][{QUOTATION_MARKS}]+$")
"""A quotation that closes on its own stop, question mark or comma: a statement of its own, not a fragment."""


def _dash_credit(v: _Version, q: dict, place: _Place, found: _Found):
    """A quotation that ends its paragraph, credited on the next line by a dash and a person's name
    ("“...”" then "— Jo Lee." or "-Mayor Jo Lee, after the vote."), as fact checks and round-ups of quotes
    print them, whether or not that line is read as body text; or, in the paragraph, right after the quotation
    ("“...” — Jo Lee, a nurse. “...” ― Al Roe") when the quotation opens a statement or closes on its own stop."""
    k = q["paragraph"]
    if re.search(r"\w", v.text[q["end"]:v.paragraphs[k][1]]):
        if not place.opens and not _CLOSED_STATEMENT.search(v.text, q["start"], q["end"]):
            return None  # "Lee called it “a joke” ― Roe, its author, disagreed": a fragment the narrative goes on from
        return _person_in(v, _DASH_NAME.match(v.text, _SPACE.match(v.text, q["end"]).end(), v.paragraphs[k][1]))
    start = _SPACE.match(v.text, v.paragraphs[k][1]).end()  # the next line, body or not ("- Jo Lee." read as chrome)
    end = v.text.find("\n", start)
    return _person_in(v, _DASH_NAME.match(v.text, start, len(v.text) if end < 0 else end))


_BRACKET_NAME = re.compile(rf"[^\S\n]*\(\s*{_NAME_RUN}(?:\s+(?:of|from)\s+[^,()\n]{{1,40}})?"
                           rf"(?:,[^()\n]{{1,120}})?\)\s*$")
"""A name in brackets ending the line, maybe with where its bearer is from and a role after a comma: "(Cardinal Jo
Lee of Elmton, head of the Elm Council)"."""


def _bracket_credit(v: _Version, q: dict, place: _Place, found: _Found):
    """A quotation that closes on its own stop and is credited right after it, ending its paragraph, by a person's
    name in brackets (:data:`_BRACKET_NAME`), as live blogs list reactions: that person (:func:`_person_in`)."""
    if not _CLOSED_STATEMENT.search(v.text, q["start"], q["end"]):
        return None
    return _person_in(v, _BRACKET_NAME.match(v.text, q["end"], v.paragraphs[q["paragraph"]][1]))


_SIGNATURE = re.compile(rf"\n[ \t]*{_NAME_RUN}(?:,[^\n,]{{1,80}})?\.?[{QUOTATION_MARKS}]+$")
"""A quotation's last line inside its marks that is a name, maybe with where its bearer works after a comma, then a
stop: "\nJo Lee, Elm Institute.”"."""


def _signed(v: _Version, q: dict, place: _Place, found: _Found):
    """A quotation signed on its own last line inside its marks by a person's name (:data:`_SIGNATURE`), as pull
    quotes are printed ("“We will need a stimulus.\nJo Lee, Elm Institute.”"): that person, a name of two words or
    more standing alone there."""
    match = _SIGNATURE.search(v.text, q["start"], q["end"])
    words = match.group(1).split() if match else []
    if len(words) > 1 and person_name(words) == words and not INSTITUTION.search(match.group(1)):
        return (match.group(1), match.start(1), match.end(1)), ""
    return _person_in(v, match)


_NAME_TAG = re.compile(r"[^\S\n]+((?:\p{Lu}[\w.'’-]*\s+){0,5}\p{Lu}[\w'’-]*)\.(?=\s*$|\s+[^\p{Ll}\s])")
"""A name with its titles and a full stop ending the sentence right after a quotation (no word in lower case after
it: not "Lee Jr. said"): the speaker named with no verb."""


def _name_tag(v: _Version, q: dict, place: _Place, found: _Found):
    """A quotation closed on a comma inside its marks, then a person's name (:func:`_person_in`) and the full stop
    ending the sentence, with no verb ("“We won,” Club President Jo Lee. “...”"): that person."""
    if not re.search(rf",[{QUOTATION_MARKS}]+$", v.text[q["start"]:q["end"]]):
        return None
    return _person_in(v, _NAME_TAG.match(v.text, q["end"]))


_VERB_TAG = re.compile(r"[^\S\n]+(?:The[^\S\n]+)?((?:\p{Lu}[\w.'’-]*[^\S\n]+){0,4}\p{Lu}[\w'’-]*)[^\S\n]+"
                       r"(\p{Ll}{3,}(?:s|ed))\.(?=\s*$|\s+[^\p{Ll}\s])")
"""A capitalised name, maybe after "The", and one verb in -s or -ed ending the sentence right after a quotation: a
reporting clause whose verb no lexicon lists ("“...,” The Elm Weekly foreshadows.")."""


def _verb_tag(v: _Version, q: dict, place: _Place, found: _Found):
    """A quotation closed on a comma inside its marks, then a name and one verb ending the sentence
    (:data:`_VERB_TAG`): the name, whatever the verb ("“The pact could collapse,” The Elm Weekly foreshadows.").

    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = "Jo Lee spoke.\\n\\n“The pact may fall,” The Elm Weekly foreshadows."
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Elm Weekly']
    """
    if not re.search(rf",[{QUOTATION_MARKS}]+$", v.text[q["start"]:q["end"]]):
        return None
    tag = _VERB_TAG.match(v.text, q["end"])
    return ((tag.group(1), tag.start(1), tag.end(1)), tag.group(2).lower()) if tag else None


_SEGMENT_NAME = re.compile(rf"\s*{_NAME_RUN}\s*$")
"""A stretch of text that ends in capitalised words (a name), as group 1."""
_COMMA_FREE = re.compile(r"[^,]+")


def _closing_clause(v: _Version, q: dict, place: _Place, found: _Found):
    """A reporting clause that closes the quotation's sentence after a comma, however many words after the
    quotation: the first cue after a comma, inverted before a person's name ("“...,” since the vote went their
    way, said Jo Lee, who ..."), or after a subject that ends in a person's name and an apposition ("“...,” the
    analyst Jo Lee, a former aide, wrote") or a description then the name ("“...,” the firm’s chief, Jo Lee,
    told us"). Not for a quoted term, whose sentence goes on to speak for the quotation after it ("The “costly” tag
    was unfair, said Jo Lee. “...”")."""
    if quote_kind(v.text, q, place.lo, False) == "scare":
        return None
    hi, terms = _past_terms(v, q["end"], place.hi, v.ends[place.i] if v.ends else place.hi)
    for match in QUOTE_CUES.finditer(v.text, q["end"], hi):
        if _COMMA_ADVERB.search(v.text, q["end"], match.start()) and not _PASSIVE.match(v.text, match.end()) \
                and not any(lo <= match.start() < end for lo, end in terms):
            break
    else:
        return None
    cue = match.group().strip().lower()
    subject = subject_after(v.text, match.end(), hi)
    if subject and subject[0][:1].isupper():
        named = _person_in(v, _SEGMENT_NAME.match(v.text, subject[1], subject[2]))
        if named:
            return named[0], cue
    parts = [p for p in _COMMA_FREE.finditer(v.text, q["end"], match.start()) if p.group().strip()]
    if not parts or re.search(r"[;:?!]", v.text[q["end"]:match.start()]) or not re.match(r"\s*(?:(?:the|a|an)\b|\p{Lu})", parts[0].group()):
        return None
    named = _person_in(v, _SEGMENT_NAME.search(v.text, *parts[0].span()))
    if not named and len(parts) > 1:
        named = _person_in(v, _SEGMENT_NAME.fullmatch(v.text, *parts[1].span()))
    return (named[0], cue) if named else None


def _past_terms(v: _Version, pos: int, hi: int, end: int) -> tuple[int, list[tuple[int, int]]]:
    """Where the stretch after a quotation (``pos`` .. ``hi``, the next quotation) ends when the quoted terms
    ahead (three words or fewer: a title, a slogan) are read as words of it, up to the sentence ``end``; with
    the spans of those terms ("“...,” delegate Jo Lee, wearing “Lee 2024” pins, said": said)."""
    terms = []
    k = bisect.bisect_left(v.quote_starts, pos)
    while hi < end and k < len(v.quote_starts) and v.quote_starts[k] == hi:
        stop = v.quote_ends[bisect.bisect_left(v.quote_ends, hi + 1)]
        if len(v.text[hi:stop].split()) > 3:
            break
        terms.append((hi, stop))
        k += 1
        hi = v.quote_starts[k] if k < len(v.quote_starts) and v.quote_starts[k] < end else end
    return hi, terms


def _cue_after_later(v: _Version, q: dict, place: _Place, found: _Found):
    """A quotation (no term) inside its sentence followed there by other quotations with no cue between them: the
    cue after the last of them ("Lee's plan will carry “a great deal of weight” and bring “firepower,” his aide Al
    Roe said": Al Roe)."""
    end = v.ends[place.i] if v.ends else place.hi
    if place.opens or place.hi >= end or quote_kind(v.text, q, place.lo, False) == "scare":
        return None
    pos, k = q["end"], bisect.bisect_left(v.quote_starts, q["end"])
    while k < len(v.quote_starts) and v.quote_starts[k] < end:
        if QUOTE_CUES.search(v.text, pos, v.quote_starts[k]):
            return None
        pos = v.quote_ends[bisect.bisect_left(v.quote_ends, v.quote_starts[k] + 1)]
        k += 1
    return _cue_near(v.text, pos, end, True, 60)


CUE_STRATEGIES = (_signed, _owned_words, _labelled_by, _same_sentence, _answer, _dash_label, _cue_beside, _named_cue,
                  _colon, _colon_statement, _name_colon, _dash_credit, _bracket_credit, _closing_clause,
                  _cue_after_later, _name_tag, _verb_tag)
"""How a quotation's own cue is looked for, in order: a name signing its last line, a name owning it as remarks or
before it in brackets, the agent of a participle of naming before "as" and it, the sentence's speaker, "His response:"
before it, a dash, a name and a colon before it, a cue beside it, a name then a cue after it, a colon cue before it, a
document given out named before a colon, a name and a colon before it, a dash and a name in the paragraph after it, a
name in brackets ending its paragraph after it, a reporting clause closing its sentence after a comma, the cue after the
quotations that follow it in its sentence, a name closing its sentence after it with no verb or with one verb."""


def _cued_speaker(v: _Version, q: dict, place: _Place, found: _Found, cued) -> tuple:
    """(mention, start, end, cue, speaker) from a cue's subject: resolved to the fullest name, the speaker
    of the same mention before (a split quotation), the antecedent of he/she or it."""
    (mention, m_start, m_end), cue = cued
    mention, m_start, m_end = _surname_after_owner(v, *_unmeasured(*_clean_mention(mention, m_start, m_end)))
    mention = _titled_role(v.text, mention, m_start)
    speaker = v.resolve(mention, m_start)
    speaker = fullest_company(v.text, fullest_outlet(v.text, v.institutions.get(speaker, speaker), m_start), m_start)
    again = found.by_mention.get(m_start)
    if again:  # the cue of a quotation split in two: “...,” she said, “...”
        speaker = again["speaker"]
    elif SUBJECT_FORMS.get(mention.lower(), mention.lower()) in PERSON_PRONOUNS:
        speaker = _cued_pronoun_speaker(v, found, mention, m_start, q, place)
    elif mention.lower() == "it":
        speaker = _it_speaker(v, found, q, m_start) or speaker
    elif mention.lower() == "they":
        speaker = _group_speaker(v, found, m_start, q) or speaker
    elif read_for := _statement_read_for(v, found, mention, m_start, q, place):  # "a statement by his spokesman"
        speaker = read_for
    elif is_statement(mention) or writes_documents(mention):
        speaker = _statement_speaker(v, found, q, m_start, m_end) or _company_agent(v, q, mention, m_start) or speaker
    elif agent := agent_before(v.text, m_start):  # "said a spokeswoman for Jo Lee": Jo Lee's spokeswoman
        speaker = f"{speaker}'s {agent}"
    elif body := _spoken_for_body(v, mention):  # "a spokesperson for the Elm Ministry confirmed": the ministry
        speaker = body
    elif owned := _owned_by_pronoun(v, found, mention, m_start, q, place):  # "his spokeswoman": Jo Lee's spokeswoman
        speaker = owned
    elif speaker == mention:
        described = _description_speaker(v, q, found, mention, m_start)
        speaker = fullest_outlet(v.text, described, m_start) or _named_elsewhere(v, mention, m_start, m_end) \
            or _fuller_description(v, mention, m_start) or speaker
    return mention, m_start, m_end, cue, speaker


def _it_speaker(v: _Version, found: _Found, q: dict, m_start: int) -> str:
    """Who "it" written at ``m_start`` and cueing quotation ``q`` is: its antecedent (a statement's owner for a
    statement), the body reporting the sentence before, the thing quoted before, the giver of a statement opening the
    sentence before (:func:`_it_statement_giver`); "" when none."""
    k = bisect.bisect_left(v.starts, m_start)
    thing = _it_antecedent(v.text, v.starts, k, v.window(q["paragraph"])[0], v.name_set)
    return _owned_statement(v, q, thing) or _it_reporter(v, k - 1, q) or _thing_quoted_before(v, found, q) \
        or _it_statement_giver(v, m_start, q)


def _named_elsewhere(v: _Version, mention: str, start: int, end: int) -> str:
    """Who a description no step resolved is, by a name outside it: the person the next sentence introduces
    (:func:`_introduced_next`), else the person who tells what it said (:func:`_teller_after`); "" when neither."""
    return _introduced_next(v, mention, start) or _teller_after(v, mention, end)


_NAMED_NOUN = r"\p{Lu}[\w.'’-]*(?:\s+(?:(?:and|of|for)\s+)?\p{Lu}[\w.'’-]*)*(?:\s+\p{Ll}[\w-]*){0,2}"
"""A name, and up to two words in lower case, before the noun of a description ("Elm Food and Farm Workers",
"Elmish precious stones")."""


def _fuller_description(v: _Version, mention: str, pos: int) -> str:
    """The fuller description "the <noun>" at ``pos`` stands for: the words in lower case between "a/an" and the
    same noun, or a name and up to two such words between "a/an/the" and it (:data:`_NAMED_NOUN`) when the noun names
    no group, last written before it in its paragraph or the two before ("A second aviation source said ... “...,” the
    source said": second aviation source; "the Elm Workers union ... the union said": Elm Workers union); "" when
    none.

    >>> v = _Version("a", "A second aviation source said so. “No,” the source said.", [(0, 56)], [], [], [], [],
    ...              [], set(), {}, Mentions([]), Mentions([]), Mentions([]), {}, Antecedents([], {}, set()), [], [])
    >>> _fuller_description(v, "source", 44), _fuller_description(v, "pilot", 44)
    ('second aviation source', '')
    >>> v = _Version("a", "The Elm Embassy agreed. “No,” the embassy said.", [(0, 47)], [], [], [], [],
    ...              [], set(), {}, Mentions([]), Mentions([]), Mentions([]), {}, Antecedents([], {}, set()), [], [])
    >>> _fuller_description(v, "embassy", 34)
    'Elm Embassy'
    """
    if " " in mention or not mention.islower() or not _definite(v.text, pos):
        return ""
    k = max(v.paragraph_index(pos) - 2, 0)
    lo = v.paragraphs[k][0] if v.paragraphs else 0
    written = list(re.finditer(
        rf"\b(?:[Aa]n?\s+((?:\p{{Ll}}[\w-]*\s+){{1,3}})|(?:[Aa]n?|[Tt]he)\s+({_NAMED_NOUN})\s+)((?i:{mention}))\b",
        v.text[lo:pos]))
    if not written:
        return ""
    lower, named = written[-1].group(1), written[-1].group(2)
    if named and _GROUP_HEAD.search(mention):  # "the experts" may be more than "the UN experts" named before
        return ""
    words = (lower or named).split()
    loose = set(words) if lower else set(re.sub(r"^.*\p{Lu}[\w.'’-]*", "", named).split())
    return "" if loose & FUNCTION_WORDS else " ".join(words + [written[-1].group(3)])


_TELLER_AFTER = re.compile(r"\s+(?:\p{Ll}+\s+)?\p{Ll}+,\s+(\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)*)\s+(?:told|said)\b")
"""After a description and its cue, a name that tells it ("the neighbor said, Kim Moss told us")."""


def _teller_after(v: _Version, mention: str, end: int) -> str:
    """The named person who tells what a description of one person in lower case said, after the description's
    cue and a comma ("“Call 911,” the neighbor said, Kim Moss told us": Kim Moss, the one who tells it); "" when no
    such name follows.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = "A knock came at the door.\\n\\n“Call 911,” the neighbor said, Kim Moss told reporters."
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Kim Moss']
    """
    teller = _TELLER_AFTER.match(v.text, end) if mention.islower() and " " not in mention.strip() else None
    name = v.resolve(teller.group(1), teller.start(1)) if teller else ""
    return name if name and _is_person(v, name) else ""


def _surname_after_owner(v: _Version, mention: str, start: int, end: int) -> tuple[str, int, int]:
    """``mention`` without the one-word owner in the possessive before a surname of a person the version names
    ("Elm's Karlan" after "Ann Karlan": Karlan), else as it is ("People's Herald")."""
    lead = _POSSESSIVE_LEAD.match(mention)
    rest = mention[lead.end():] if lead else ""
    return (rest, start + lead.end(), end) if rest in v.surnames and " " not in lead.group().strip() else \
        (mention, start, end)


def _titled_role(text: str, mention: str, start: int) -> str:
    """``mention`` in lower case when it is one title capitalised after "the" ("the President said": the president,
    whom the text names with that title), else as written (a party's member is always capitalised: "the Republican").

    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = "President Jo Lee's plan came out.\\n\\n“It is sad,” the President said."
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee']
    """
    word = mention.lower()
    one = " " not in mention and mention[:1].isupper() and word in NAME_TITLES and role_phrase(word)
    return word if one and _definite(text, start) else mention


def _cued_pronoun_speaker(v: _Version, found: _Found, mention: str, m_start: int, q: dict, place: _Place) -> str:
    """Who the he or she cueing the quotation ``q`` is: the person the quotation names as its own speaker
    (:func:`_self_named`), else whom the pronoun stands for (:func:`_pronoun_speaker`)."""
    return _self_named(v, q) or _pronoun_speaker(v, found, mention, m_start, q, place)


_SELF_NAMING = re.compile(r"(?<![\w'’-])(?:I['’]m|I\s+am|[Mm]y\s+name\s+is)\s+"
                          r"(\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)*)")
"""A speaker giving a name of his or her own ("I'm Jo Lee", "My name is Jo Lee", "I'm Jo")."""


def _self_named(v: _Version, q: dict) -> str:
    """The person a quotation names as its own speaker ("“Help me, I'm Jo Lee,” she said": Jo Lee; "I'm Jo" when the
    version names a person in full with that given name), resolved to the fullest name: whom its "he" or "she" or "the
    girl" stands for; "" when it names none.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = 'Ann Roe called too.\\n\\n“Help me. I’m Mary Oakes,” she told a dispatcher.'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Mary Oakes']
    >>> text = 'The search for Mia Oakes ended on Friday.\\n\\n“I’m Mia,” said the girl.'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Mia Oakes']
    """
    named = _SELF_NAMING.search(v.text, q["start"], q["end"])
    words = named.group(1).split() if named else []
    if len(words) == 1:  # "I'm Jo": the person the version names in full with that given name
        full = v.resolve(words[0], named.start(1))
        return full if len(full.split()) > 1 and full.split()[0] == words[0] and _is_person(v, full) else ""
    return v.resolve(named.group(1), named.start(1)) if words and person_name(words) == words else ""


def _description_speaker(v: _Version, q: dict, found: _Found, mention: str, m_start: int) -> str:
    """Who a description that resolved to no one is: the person who posted it for a posted text (:func:`_poster`);
    after "the", as :func:`_described_speaker` reads it; in lower case after "a", the person the next sentence names
    with "also" (:func:`_named_next`); else ""."""
    if poster := _poster(v, mention, m_start):
        return poster
    if _definite(v.text, m_start) or _THE_LEAD.match(mention):
        return _described_speaker(v, q, found, _THE_LEAD.sub("", mention), m_start)
    if mention.islower() and _INDEFINITE_BEFORE.search(v.text, max(0, m_start - 4), m_start):
        return _named_next(v, m_start) or _company_agent(v, q, mention, m_start)
    return ""


def _company_agent(v: _Version, q: dict, mention: str, m_start: int) -> str:
    """The agent of the organisation an organisation noun before the agent noun stands for ("a company spokesman":
    the spokesman of the company the text is about, as "the company" would name it, :func:`described_organisation`),
    for a description after "a"; the organisation itself before a statement noun ("read a company statement"); ""
    otherwise.

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> text = 'Acme Corp. denied any wrongdoing. “We did nothing wrong,” a company spokesman said.'
    >>> find_quotes(text).speaker.tolist()
    ['Acme Corp. spokesman']
    """
    words = mention.split()
    if len(words) != 2 or words[0] not in ORGANISATION_DESCRIPTIONS or words[1] not in (*AGENT_NOUNS, *STATEMENT_NOUNS):
        return ""
    body = described_organisation(v.text, words[0], m_start, _organisation_subject(v, m_start, q))
    agent = f" {words[1]}" if words[1] in AGENT_NOUNS else ""
    return f"{_unarticled(body)}{agent}" if body else ""


def _poster(v: _Version, mention: str, pos: int) -> str:
    """The person who posted "the tweet" (a posted text, :data:`_POSTED_TEXTS`) at ``pos``: the person opening the
    sentence before it, in its paragraph, that holds "a tweet" ("Jo Lee praised it in a tweet. “...,” the tweet
    stated."); "" otherwise.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = 'Rep. Jo Lee praised the ban in a tweet. “Glad the site acted,” the tweet stated.'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee']
    """
    noun = mention.lower().removeprefix("the ")
    k = bisect.bisect_right(v.starts, pos) - 1
    if noun not in _POSTED_TEXTS or not _definite(v.text, pos) or k < 1 \
            or not re.search(rf"\ban?\s+{noun}\b", v.text[v.starts[k - 1]:v.ends[k - 1]]):
        return ""
    return _subject_before_sentence(v, v.starts[k])


_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_NAME_THEN_ALSO = re.compile(r"(?<![\w'’.-])(\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)+),?\s+also\s+\p{Ll}")
"""A name of two words or more, then "also" and a verb ("Jo Lee, also said", "Jo Lee also said")."""


def _named_next(v: _Version, pos: int) -> str:
    """The person the next sentence (in the same paragraph or the next) names with "also" and a verb after the name,
    for a description with "a" at ``pos`` that names no one: that sentence names who it was ("A senior banker called
    it “a bubble”. The bank's head, Jo Lee, also said ...": Jo Lee); "" otherwise.

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> text = 'A senior banker called the coin “a bubble and a scam”. The head of Elm Bank, Jo Lee, also said so.'
    >>> find_quotes(text).speaker.tolist()
    ['Jo Lee']
    """
    k = bisect.bisect_right(v.starts, pos)
    if k >= len(v.starts) or v.paragraph_index(v.starts[k]) - v.paragraph_index(pos) > 1:
        return ""
    named = _NAME_THEN_ALSO.search(v.text, v.starts[k], v.ends[k])
    name = person_name(named.group(1).split()) if named and not _quoted(v, named.start()) else []
    speaker = v.resolve(" ".join(name), named.start(1)) if len(name) > 1 else ""
    return speaker if speaker and _is_person(v, speaker) else ""


_POSSESSIVE_END = re.compile(r"\p{Lu}[\w.-]*['’]s$")
"""A capitalised word and its possessive ("Elmland’s")."""
_NAME_THEN_CUE = re.compile(rf"(?<![\w'’.-])(\p{{Lu}}[\w'’.-]*(?:\s+\p{{Lu}}[\w'’.-]*)+)\s+(?:also\s+)?"
                            rf"(?:{alternation(sorted(REPORTING_WORDS | _STANCE_FORMS))})\b")
"""A name of two words or more, then a reporting or stance verb, "also" maybe between ("Jo Lee said", "Jo Lee
condemned", "Jo Lee also said")."""


def _introduced_next(v: _Version, mention: str, pos: int) -> str:
    """Who a person's description at ``pos`` that names no one is (a role after an owner's possessive, "Elmland's
    Chief Secretary", "North Elmland's president", or a kin noun of a name, "the brother of Jo Lee"), when the next
    sentence, in the same paragraph or opening the next after a paragraph of one sentence with "also"
    (:func:`_next_told`), gives a full name the text writes there first (of the kin's surname), then a reporting verb:
    the one it introduces ("The brother of Jo Lee says he is “stunned”. Al Lee says he ..."); "" otherwise (not "the
    official said. Jo Lee said": a bare role may be anyone).

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> text = 'Elmland’s Chief Secretary called it “a test”. Ivo Marek condemned the launch.'
    >>> find_quotes(text).speaker.tolist()
    ['Ivo Marek']
    """
    head = mention.split(" of ")[0].split()
    kin = len(head) == 1 and head[0].lower() in KIN_NOUNS and " of " in mention
    owned = len(head) > 1 and any(_POSSESSIVE_END.search(w) for w in head[:-1]) and role_phrase(head[-1].lower())
    k = bisect.bisect_right(v.starts, pos)
    if not (kin or owned) or k >= len(v.starts):
        return ""
    named = _NAME_THEN_CUE.search(v.text, v.starts[k], v.ends[k])
    named = named if named and _next_told(v, k, named.group()) else None
    name = " ".join(person_name(named.group(1).split())) if named and not _quoted(v, named.start()) else ""
    if " " not in name or v.text.find(name) < v.starts[k] or kin and name.split()[-1] != mention.split()[-1]:
        return ""
    speaker = v.resolve(name, v.text.index(name, named.start(1)))
    return speaker if _is_person(v, speaker) else ""


def _next_told(v: _Version, k: int, named: str) -> bool:
    """Whether sentence ``k``, whose name and cue are ``named``, goes on from sentence ``k - 1``: in the same paragraph,
    or opening the next one when that sentence is a paragraph of its own (copy written one sentence a line) and the
    name "also" speaks ("Jo Lee also said")."""
    gap = v.paragraph_index(v.starts[k]) - v.paragraph_index(v.starts[k - 1])
    alone = k < 2 or v.paragraph_index(v.starts[k - 2]) != v.paragraph_index(v.starts[k - 1])
    return gap == 0 or gap == 1 and alone and re.search(r"\salso\s", named) is not None


_HIS_OR_HER = re.compile(r"\b(his|her)\s+$", re.IGNORECASE)


_POSTED_TEXTS = frozenset(set(WORDED_DOCUMENTS) - set(ISSUED_DOCUMENTS))
"""Texts that carry their owner's words (lexicon WORDED_DOCUMENTS) and are no statement given out: "tweet", "post"."""


def _owned_by_pronoun(v: _Version, found: _Found, mention: str, m_start: int, q: dict, place: _Place) -> str:
    """Who speaks as ``mention`` after "his" or "her", the person that pronoun stands for being found
    (:func:`_pronoun_owner`): that person's agent for an agent (an :data:`~newskit.text.lexicon.AGENT_NOUNS` word:
    "his spokeswoman", by name where the text gives one, :func:`_agent_named`), that person for a text carrying its
    owner's words (lexicon WORDED_DOCUMENTS, no statement: "her latest tweet"); "" for another mention, or when no
    such pronoun comes before it or it stands for no one named.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = 'Jo Lee was accused. Though he admitted it, his spokeswoman said the claims were “unequivocally denied.”'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ["Jo Lee's spokeswoman"]
    >>> text = 'Jo Lee joined Twitter in May. “We rise,” read her most recent tweet.'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee']
    """
    agent = mention.lower() in AGENT_NOUNS
    if not agent and mention.split()[-1].lower() not in _POSTED_TEXTS:
        return ""
    owner = _HIS_OR_HER.search(v.text, max(0, m_start - 5), m_start)
    who = _pronoun_owner(v, found, owner.group(1), owner.start(1), q, place) if owner else ""
    if not who:
        return ""
    return (_agent_named(v, who, mention) or f"{who}'s {mention}") if agent else who


def _agent_named(v: _Version, who: str, agent: str) -> str:
    """The full name the text writes right after ``who``'s surname, its possessive and ``agent`` ("Al Roe's lawyer
    Jo Lee", "Roe's lawyer, Jo Lee"): the one "his lawyer" is, wherever the text names him; "" when it names none.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = 'A court jailed Al Roe for “insulting judges,” his lawyer said. Roe’s lawyer Jo Lee will appeal.'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee']
    """
    named = re.compile(rf"(?<![\w'’-]){re.escape(who.split()[-1])}['’]s\s+{re.escape(agent)},?\s+"
                       r"(\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){1,4})")
    for match in named.finditer(v.text):
        name = person_name(match.group(1).split())
        if len(name) > 1:
            return v.resolve(" ".join(name), match.start(1))
    return ""


def _pronoun_owner(v: _Version, found: _Found, pronoun: str, pos: int, q: dict, place: _Place) -> str:
    """The person named in the version whom "his" or "her" (``pronoun``) at ``pos`` stands for
    (:func:`_pronoun_speaker`), else ""."""
    who = _pronoun_speaker(v, found, "he" if pronoun.lower() == "his" else "she", pos, q, place)
    return who if who and _is_person(v, who) else ""


_READ_FOR = re.compile(rf"(?:{alternation(ISSUED_DOCUMENTS)})\s+(?:by|from)\s+(his|her)\s+"
                       rf"(?:{alternation(AGENT_NOUNS)})", re.IGNORECASE)
"""A statement by the agent of someone a pronoun stands for ("statement by his spokesman")."""


def _statement_read_for(v: _Version, found: _Found, mention: str, m_start: int, q: dict, place: _Place) -> str:
    """The person whose agent gave the statement ``mention`` at ``m_start`` ("a statement by his spokesman",
    :data:`_READ_FOR`): whose words it reads, the one "his" or "her" stands for (:func:`_pronoun_speaker`); "" when
    ``mention`` is no such statement or the pronoun stands for no one named.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = 'Jo Lee spoke. Lee urged the rebels “to lay down arms,” read a statement by his spokesman.'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee']
    """
    read = _READ_FOR.fullmatch(mention)
    return _pronoun_owner(v, found, read.group(1), m_start + read.start(1), q, place) if read else ""


_THE_LEAD = re.compile(r"[Tt]he\s+(?=.*\s\p{Ll}[\w-]*$)")
""""The" opening a description of two words or more that ends in a word in lower case ("The French leader", read
as "French leader" after "the"; not "The Washington Post")."""


_SPOKEN_FOR = re.compile(rf"(?:{alternation(SPOKESPERSONS)})\s+for\s+(?:the\s+)?(\p{{Lu}}.*)")


def _spoken_for_body(v: _Version, mention: str) -> str:
    """The organisation an unnamed spokesperson ``mention`` speaks for ("spokesperson for the Elm Ministry": Elm
    Ministry; by its full name, :func:`fullest_company`), whose words these are; "" when it speaks for a person
    ("spokesman for Jo Lee") or for no one named."""
    found = _SPOKEN_FOR.fullmatch(mention)
    body = found.group(1) if found else ""
    words = body.split()
    if not body or _is_person(v, v.resolve(body, 0)) or person_name(words) == words and not INSTITUTION.search(body):
        return ""
    return fullest_company(v.text, body, len(v.text))


def fullest_outlet(text: str, name: str, pos: int) -> str:
    """The outlet's name written in full before ``pos`` that the one word ``name`` shortens: a masthead word closing
    it ("Post" of "The Washington Post") or a network opening it before one ("NBC" of "NBC News"), when the text
    writes one such name only; ``name`` otherwise.

    Example
    -------
    >>> text = "The Dayton Post and NBC News reported it. Lee. The Post said so, and NBC agreed."
    >>> fullest_outlet(text, "Post", 48), fullest_outlet(text, "NBC", 65), fullest_outlet(text, "Times", 48)
    ('Dayton Post', 'NBC News', 'Times')
    """
    if name not in MASTHEAD_WORDS and name not in OUTLET_NAMES:
        return name
    written = re.finditer(rf"(?<![\w'’.-])(?:(?:\p{{Lu}}[\w.&'’-]*\s+){{1,3}}{name}"
                          rf"|{name}\s+(?:{alternation(MASTHEAD_WORDS)}))(?![\w'’-])", text[:pos])
    found = {" ".join(itertools.dropwhile(lambda w: w.lower() in FUNCTION_WORDS, m.group().split(". ")[-1].split()))
             for m in written}  # "Lee. The Post": the sentence's words only
    found.discard(name)
    return found.pop() if len(found) == 1 else name


_CORPORATE_ENDING = alternation(CORPORATE_SUFFIXES, flexible_space=False)
"""Pattern text of the words that end a company's name (lexicon CORPORATE_SUFFIXES), built once."""


def fullest_company(text: str, name: str, pos: int) -> str:
    """The company's name written in full before ``pos`` that ``name``, capitalised words with no company's ending,
    opens: ``name`` and a word of :data:`~newskit.text.lexicon.CORPORATE_SUFFIXES` ("Elm Nippon" of "Elm Nippon
    Airways"), when the text writes one such name only; ``name`` otherwise.

    Example
    -------
    >>> text = "Elm Nippon Airways Flight 7 turned back. A spokesperson for Elm Nippon said so."
    >>> fullest_company(text, "Elm Nippon", 60), fullest_company(text, "Jo Lee", 60)
    ('Elm Nippon Airways', 'Jo Lee')
    """
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words) or words[-1] in CORPORATE_SUFFIXES:
        return name
    found = {m.group() for m in re.finditer(rf"(?<![\w'’.-]){re.escape(name)}\s+(?:{_CORPORATE_ENDING})(?![\w'’-])",
                                             text[:pos])}
    return found.pop() if len(found) == 1 else name


_ROLE_OF_PLACE = re.compile(r"(.+?)\s+of\s+(?:the\s+)?(\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3})")
"""A description ending on "of" and a capitalised name, the role in group 1 and the name in group 2 ("former mayor
of Elm City")."""


def _described_speaker(v: _Version, q: dict, found: _Found, mention: str, m_start: int) -> str:
    """Who a description after "the" that names nobody is: the organisation "the company" is
    (:func:`described_organisation`), the one "the spokeswoman" speaks for (:func:`agent_owner`: "Al Roe's
    spokeswoman"), the person a role or a person noun describes (:func:`_role_speaker`), the body last named with the
    word of a body's description (:func:`described_body`: "the think tank") or set beside one (:func:`_apposed_body`:
    "the group"), or written with the place it is based in (:func:`~newskit.cues.based_name`: "the Elmton-based
    firm"); a role of a place is read as the role ("the former mayor of Elm City" as "former mayor"; not "the
    brother of Jo Lee"); "" when none.

    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = ("Jo Lee won on Sunday.\\n\\nLee cast his ballot early, saying, “It is a referendum.”\\n\\n"
    ...         "The former mayor of Elm City has promised to “uproot corruption,” and to spend more.")
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee', 'Jo Lee']
    """
    based = based_name(v.text, m_start, mention)
    if based:
        return based
    if mention.split()[-1] in ORGANISATION_DESCRIPTIONS:
        return _described_again(found, q, mention) or _quoted_company(v, q, mention, m_start) or ""
    owner, agent = staff_agent(v.text, mention, m_start) or (agent_owner(v.text, mention, m_start), mention)
    if owner:
        return _owners_agent(v, v.resolve(*owner), agent)
    if mention.split()[-1] in AGENT_NOUNS and mention.split()[-1] not in v.roles:
        described = _described_agent(v.text, mention, m_start)  # no one named as one: an agent is no one else named
        return (mention == described and _apposed_agent(v, m_start, mention)) or described
    if mention.lower() in _SEXED_PEOPLE:  # "“I'm Jo,” said the girl": Jo Lee; "the woman said" after her quotation
        return _last_speaker_of_sex(v, q, found, _SEXED_PEOPLE[mention.lower()])
    if role_phrase(mention) or _person_noun(mention):
        return _role_speaker(v, q, found, mention, m_start)
    post = _ROLE_OF_PLACE.fullmatch(mention)
    if post and role_phrase(post.group(1)) and place_name(post.group(2)):  # "the former mayor of Elm City"
        return _role_speaker(v, q, found, post.group(1), m_start)
    apposed = _apposed_body(v.text, mention, m_start)  # "Elm Haulers, an industry group. ... the group says"
    return (apposed[-1][1] if apposed else described_body(v.text, mention, m_start)) \
        or described_organisation(v.text, mention, m_start) or ""


def _owners_agent(v: _Version, owner: str, agent: str) -> str:
    """Whose words an ``agent`` introduced as speaking for ``owner`` gives: the body's, for a spokesperson of one
    (:func:`_spoken_for_body`: "a spokesman for the Elm Board ... the spokesman said": Elm Board), else the owner's
    agent ("Jo Lee's lawyer")."""
    return _spoken_for_body(v, f"{agent} for {owner}") or f"{owner}'s {agent}"


_SEXED_PEOPLE = {"man": "m", "boy": "m", "woman": "f", "girl": "f"}
"""Nouns of a person that say only his or her sex (no role): "the woman said" is the woman who spoke last."""


def _last_speaker_of_sex(v: _Version, q: dict, found: _Found, sex: str) -> str:
    """Whom "the woman" (a person of ``sex``) cueing ``q`` is: the person the quotation names as its speaker
    (:func:`_self_named`: "“I'm Jo,” said the girl"), else the named person who spoke last, in the paragraph of ``q``
    or the one before, when not of the other sex ("“...,” Kim Moss told us. ¶ “...,” the woman said": Kim Moss); ""
    otherwise.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = "“She was calm,” Kim Moss told us.\\n\\n“She said little,” the woman said."
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Kim Moss', 'Kim Moss']
    """
    previous, named = found.previous, _self_named(v, q)
    if named or not previous or q["paragraph"] - previous["paragraph"] > 1 or not _is_person(v, previous["speaker"]):
        return named
    return previous["speaker"] if v.antecedents.sex.get(previous["speaker"]) in (sex, None) else ""


def _described_again(found: _Found, q: dict, mention: str) -> str:
    """The speaker of the last quotation with one, in the same paragraph as ``q`` or the one before, when its mention
    is the same description as ``mention`` and that speaker a name: a description written again names what it named
    ("ANA said. The airline said “...” ... “...,” the airline said": ANA); "" otherwise.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = ('One was on a United Airlines flight.\\n“We made the right call,” ELA said.\\nThe airline said it '
    ...         'backed the pilot “out of caution.”\\n“We are proud,” the airline said.')
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['ELA', 'ELA', 'ELA']
    """
    previous = found.previous
    if not previous or q["paragraph"] - previous["paragraph"] > 1 or previous["speaker"][:1].islower():
        return ""
    same = _THE_LEAD.sub("", str(previous["mention"])).lower() == mention.lower()
    return previous["speaker"] if same and previous["speaker"].lower() != mention.lower() else ""


def _described_agent(text: str, mention: str, pos: int) -> str:
    """The fullest description the text gives before ``pos`` of the agent ``mention`` (an
    :data:`~newskit.text.lexicon.AGENT_NOUNS` word last) whom no one is named as: the longest "a/the <capitalised
    words> <agent>" with the mention's capitalised words, or those of the nearest such description when the mention
    has none ("the spokesman" after "A Delta Air Lines spokesman"); the mention when the text gives none.

    Example
    -------
    >>> text = "An Acme Air Lines spokesman said no. Jo Lee left. The Acme spokesman said yes. The spokesman wrote."
    >>> _described_agent(text, "Acme spokesman", 55), _described_agent(text, "spokesman", text.rindex("spokesman"))
    ('Acme Air Lines spokesman', 'Acme Air Lines spokesman')
    >>> _described_agent("The lawyer said no.", "lawyer", 4)
    'lawyer'
    """
    *owner, agent = mention.split()
    found = [m.group(1).split() for m in re.finditer(rf"\b(?:[Aa]n?|[Tt]he)\s+((?:\p{{Lu}}[\w&'’.-]*\s+){{1,4}}){agent}\b",
                                                     text[:pos])]
    owner = owner or (found[-1] if found else [])
    described = [words for words in found if set(owner) <= set(words)]
    return " ".join(max(described, key=len) + [agent]) if described else mention


_OWNER_WORD = rf"(?:(?:\p{{Lu}}\.)+|(?:{alternation(t.capitalize() for t in TITLE_ABBREVIATIONS)}|[JS]r)\.|\p{{Lu}}[\w'’-]*)"
"""A word of an owner's name: a full stop only after an initial or a title, not a sentence's ("Monday. Al Roe")."""
_OWNER_NAME = rf"{_OWNER_WORD}(?:\s+(?:{_OWNER_WORD}|(?:{NAME_PARTICLE_PATTERN})(?!\w)))*"


def _agent_introduction(agent: str) -> str:
    """The phrase that introduces an ``agent`` noun with whom it speaks for, up to that one's name ("a spokeswoman
    for ", "an aide to ")."""
    return rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\p{{Ll}}-]+\s+)?(?P<agent>{agent})\s+(?:for|to)\s+"


_AGENT_BEFORE = re.compile(_agent_introduction(alternation(AGENT_NOUNS)) + r"$")


def agent_before(text: str, pos: int) -> str | None:
    """The agent noun (:data:`~newskit.text.lexicon.AGENT_NOUNS`) that introduces the name written at ``pos`` as
    the one it speaks for ("said a spokeswoman for Jo Lee": spokeswoman); None when none does.

    Example
    -------
    >>> text = "“No,” said a spokeswoman for Jo Lee. “No,” said Al Roe."
    >>> agent_before(text, text.index("Jo Lee")), agent_before(text, text.index("Al Roe"))
    ('spokeswoman', None)
    """
    found = _AGENT_BEFORE.search(text, max(0, pos - 60), pos)
    return found.group("agent").lower() if found else None


def staff_agent(text: str, mention: str, pos: int) -> tuple[tuple[str, int], str] | None:
    """((name, start), agent) of the staff agent (:data:`~newskit.text.lexicon.STAFF_AGENTS`) introduced last before
    ``pos`` that "aide" at ``pos`` names again, when no aide was introduced (:func:`agent_owner`); None otherwise.

    Example
    -------
    >>> text = "A spokeswoman for Al Roe said no. “No,” the aide said."
    >>> staff_agent(text, "aide", text.index("aide"))
    (('Al Roe', 18), 'spokeswoman')
    """
    if mention.lower() != "aide" or agent_owner(text, mention, pos):
        return None
    found = [(owner, agent) for agent in STAFF_AGENTS if (owner := agent_owner(text, agent, pos))]
    return max(found, key=lambda f: f[0][1]) if found else None


def agent_owner(text: str, mention: str, pos: int) -> tuple[str, int] | None:
    """(name, start) of the one whom the agent ``mention`` at ``pos`` ("spokeswoman", "lawyer": an
    :data:`~newskit.text.lexicon.AGENT_NOUNS` word) speaks for, as the text introduced that agent last before
    ``pos``: "a spokeswoman for Jo Lee", "an aide to Jo Lee", "Jo Lee's lawyer", "Through a spokeswoman, Jo Lee
    denied it"; None when ``mention`` is no agent noun or no such introduction comes before it.

    Example
    -------
    >>> text = "A spokeswoman for Al Roe said no. Jo Lee said yes. The spokeswoman added more."
    >>> agent_owner(text, "spokeswoman", text.index("spokeswoman added"))
    ('Al Roe', 18)
    >>> agent_owner(text, "mayor", 40) is None
    True
    >>> text = "Jo Lee won on Monday. Sen. Al Roe's lawyer said no. The lawyer added more."
    >>> agent_owner(text, "lawyer", text.index("lawyer added"))
    ('Sen. Al Roe', 22)
    >>> text = "Through a spokesperson, Lee denied it. The spokesperson said more."
    >>> agent_owner(text, "spokesperson", text.rindex("spokesperson"))
    ('Lee', 24)
    """
    head = mention.lower()
    if head not in AGENT_NOUNS:
        return None
    introduced = list(re.finditer(rf"{_agent_introduction(head)}(?P<after>{_OWNER_NAME})"
                                  rf"|(?P<before>{_OWNER_NAME})['’]s\s+(?:[\p{{Ll}}-]+\s+)?{head}\b"
                                  rf"|\b[Tt]hrough\s+(?:an?|his|her|their)\s+{head},\s+(?P<through>{_OWNER_NAME})",
                                  text[:pos]))
    if not introduced:
        return None
    key = next(k for k in ("after", "before", "through") if introduced[-1].group(k))
    return introduced[-1].group(key), introduced[-1].start(key)


_ISSUED_BY = re.compile(r"\s+(?:from|by|issued by|released by|on behalf of)\s+([^\"“”.;:]*)")
_OWNER = re.compile(r"(.+?)[’']s\b")


def is_statement(mention: str) -> bool:
    """Whether a source written as ``mention`` is a document that stands for whoever issued it ("the statement",
    "Taylor's statement", "the release"; :data:`newskit.text.lexicon.ISSUED_DOCUMENTS`).

    Example
    -------
    >>> is_statement("the statement"), is_statement("Taylor’s statement"), is_statement("Jo Lee")
    (True, True, False)
    """
    return bool(mention.split()) and mention.split()[-1].lower() in ISSUED_DOCUMENTS


def writes_documents(mention: str) -> bool:
    """Whether ``mention`` names the writers of a document by that alone ("the writers", "the signatories";
    :data:`newskit.text.lexicon.DOCUMENT_WRITERS`), whom :func:`statement_author` resolves as it does a statement.

    Example
    -------
    >>> writes_documents("the writers"), writes_documents("writers of the bill"), writes_documents("Jo Lee")
    (True, False, False)
    """
    return bool(mention.split()) and mention.split()[-1].lower() in DOCUMENT_WRITERS


def gave_statement(text: str, cue: str, end: int, start: int | None = None) -> bool:
    """Whether a source whose mention or reporting clause ends at ``end`` gave out a statement: its cue says so
    ("issued a statement", "the statement from"), "statement" is written within 40 characters after it ("Jo Lee
    said in a statement", "“No,” the company said. “Yes,” the statement said"), or, the mention starting at
    ``start``, "In a statement" opens its clause ("In a statement to the Ledger, Jo Lee denied it") or stands between
    it and ``end`` ("Jo Lee in a statement denied it").

    Example
    -------
    >>> text = "Jo Lee said in a statement. Al Roe said no."
    >>> gave_statement(text, "said", 6), gave_statement(text, "said", 34), gave_statement(text, "issued a statement", 34)
    (True, False, True)
    >>> text = "In a statement to the Ledger, Jo Lee denied it."
    >>> gave_statement(text, "denied", 36, 30), gave_statement(text, "denied", 36)
    (True, False)
    >>> text = "Jo Lee in a statement denied it. Al Roe denied it."
    >>> gave_statement(text, "denied", 28, 0), gave_statement(text, "denied", 46, 33)
    (True, False)
    """
    return "statement" in cue or re.search(r"\bstatement\b", text[end:end + 40]) is not None \
        or start is not None and (_IN_STATEMENT_BEFORE.search(text, max(0, start - 80), start) is not None
                                  or _IN_STATEMENT.search(text, start, end) is not None)


_CLAUSE_CHAR = r"(?:[^.;:!?\"“”\n]|\.(?=\S))"  # a character inside a clause: "D.C.," keeps it going
_AUTHOR_END = re.compile(r",(?!\d{3}\b)|\s+(?:who|which|that|then|later|also|\p{Ll}+ing|"
                         r"\p{Ll}+ed\s+(?:to|with|by|in|at|for|his|her|their|its|an?|the))\b")
"""Where an author's phrase ends: a comma, a relative pronoun, an adverb of time before the verb ("Jo Lee then sent a
letter"), a participle, or a verb in the past before its object ("Jo Lee issued an apology but later sent")."""


def introduced_author(text: str, nouns: tuple[str, ...], hi: int, lo: int = 0) -> tuple[str, int] | None:
    """(phrase, start) of the author of the document, one of ``nouns`` ("letter"), the text introduces last between
    ``lo`` and ``hi``: the subject of a verb of :data:`newskit.text.lexicon.AUTHORING_VERBS` (or "did" and one of
    :data:`~newskit.text.lexicon.AUTHORING_BASES`: "did issue") before "a letter" ("A group of 40 nurses based in
    Ohio has sent Jo Lee a letter"), or the phrase after "signed by", "written by" or
    "sent by" after it ("a letter released Monday and signed by 40 nurses at Mercy, the hospital"); the phrase ends
    at a comma, a relative pronoun or a participle, its leading article and an opening clause
    (:func:`_opening_clause`) left out. None when the text introduces none.

    Example
    -------
    >>> text = "A group of 40 nurses based in Ohio has sent Jo Lee, a senator, a letter. Later the letter said no."
    >>> introduced_author(text, ("letter",), len(text))
    ('group of 40 nurses', 2)
    >>> text = "It came in a letter released Monday and signed by 40 nurses at Mercy, the hospital. The letter said no."
    >>> introduced_author(text, ("letter",), len(text))
    ('40 nurses at Mercy', 50)
    >>> text = "Days after the vote was held, the Elm Society sent Jo Lee a letter. The letter said no."
    >>> introduced_author(text, ("letter",), len(text))
    ('Elm Society', 34)
    >>> introduced_author("Jo Lee read a letter. The letter said no.", ("letter",), 41) is None
    True
    >>> text = "Jo Lee, an aide, would not comment, but did issue a statement. A statement read: no."
    >>> introduced_author(text, ("statement",), len(text))
    ('Jo Lee', 0)
    """
    verbs, noun = alternation(AUTHORING_VERBS), alternation(nouns)
    wrote = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>\p{{Lu}}{_CLAUSE_CHAR}*?)\s+(?:(?:(?:has|have|had)\s+)?"
                       rf"(?:{verbs})|(?:did|does)\s+(?:{alternation(AUTHORING_BASES)}))\s+"
                       rf"(?:{_CLAUSE_CHAR}{{0,40}}?\s)?(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{noun})\b")
    signed = re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{noun})\b(?:{_CLAUSE_CHAR}{{0,60}}?\s)?"
                        rf"(?:signed|written|sent|penned)\s+by\s+(?P<who>{_CLAUSE_CHAR}+)")
    found = [m for pattern in (wrote, signed) for m in pattern.finditer(text, lo, hi)]
    if not found:
        return None
    last = max(found, key=lambda m: m.start())
    who, at = last.group("who"), last.start("who")
    opening = re.match(r"[^,]*,\s+", who)
    while opening and _opening_clause(opening.group()):  # "After the vote, Jo Lee wrote a letter": Jo Lee
        who, at = who[opening.end():], at + opening.end()
        opening = re.match(r"[^,]*,\s+", who)
    article = re.match(r"(?:a|an|the)\s+", who, re.I)
    if article:
        who, at = who[article.end():], at + article.end()
    cut = _AUTHOR_END.search(who)
    who = who[:cut.start()] if cut else who
    return (who, at) if who else None


def _opening_clause(segment: str) -> bool:
    """Whether ``segment``, up to a comma, opening a sentence is a clause or an adverbial before its subject ("Days
    after the report was issued,", "On Monday,", "According to WXYZ,"): it holds an auxiliary or opens with a function
    word that is no determiner or with a cue whose source follows it (:data:`~newskit.cues.BY_CUES`), or it only
    dates what follows ("Earlier this month,": words of :data:`~newskit.text.lexicon.DATE_WORDS`, function words,
    numbers).

    >>> _opening_clause("According to WXYZ, "), _opening_clause("The Elm Society, ")
    (True, False)
    >>> _opening_clause("Earlier this month, "), _opening_clause("The Elm month, ")
    (True, False)
    """
    words = segment.lower().rstrip(", ").split()
    return bool(words) and (words[0] in FUNCTION_WORDS - _DETERMINER_WORDS or any(w in AUXILIARIES for w in words)
                            or BY_CUES.match(segment) is not None or _dating(words))


def _dating(words: list[str]) -> bool:
    """Whether ``words`` only date something: a date word (:data:`~newskit.text.lexicon.DATE_WORDS`) among function
    words and numbers.

    >>> _dating("earlier this month".split()), _dating("the elm month".split())
    (True, False)
    """
    return any(w in DATE_WORDS for w in words) and all(w in DATE_WORDS | FUNCTION_WORDS or w.isdigit() for w in words)


def statement_author(text: str, start: int, end: int, hi: int, givers: list, named, author=None, lo: int = 0):
    """Who a statement written as a source (:func:`is_statement`, or its writers: :func:`writes_documents`; the mention ``text[start:end]`` in a sentence
    ending at ``hi``) is: its owner ("Taylor's statement"), else the last name of its "from"/"by" phrase
    ("the statement from Kay's lawyer, Jo Lee"), possessives passed over, each as ``named(name, position)`` gives
    it (with name "" and the phrase's position when the phrase has no capitalised name: "from the ministry"); else
    the author named where the text introduces such a document (:func:`introduced_author`: "40 nurses have sent
    Jo Lee a letter", after ``lo``), as ``named`` gives it or else ``author(phrase)``; else the last of ``givers``,
    the authors of the sources before it that gave out a statement (:func:`gave_statement`), in order; None when none
    is found.
    The one rule for quotations' speakers and for attributions' sources.

    Example
    -------
    >>> text = "Jo Lee spoke. The statement from Kay’s lawyer, Al Roe, said no. Lee’s statement said yes."
    >>> at = text.index("statement")
    >>> statement_author(text, at, at + 9, len(text), [], lambda name, pos: name)
    'Al Roe'
    >>> at = text.index("Lee’s")
    >>> statement_author(text, at, at + 15, len(text), [], lambda name, pos: name)
    'Lee'
    >>> statement_author("The statement said no.", 0, 13, 22, ["Jo Lee"], lambda name, pos: name)
    'Jo Lee'
    >>> text = "Forty nurses have sent Jo Lee a letter. The letter said no."
    >>> statement_author(text, 44, 50, len(text), ["Jo Lee"], lambda name, pos: None, str.upper)
    'FORTY NURSES'
    """
    owner = _OWNER.match(text, start, end)  # "Taylor's statement": Taylor
    if owner:
        return named(owner.group(1), start) or (givers[-1] if givers else None)
    issued = _ISSUED_BY.match(text, end, hi)
    runs = [r for r in CAPITALISED_RUN.finditer(issued.group(1)) if not _OWNER.fullmatch(r.group())] if issued else []
    if not issued:
        who = None
    elif runs:
        who = named(runs[-1].group(), issued.start(1) + runs[-1].start())
    else:  # "the statement from the ministry": no capitalised name, the phrase's own position
        who = named("", issued.start(1))
    noun = text[start:end].split()[-1].lower()
    nouns = ISSUED_DOCUMENTS if noun in DOCUMENT_WRITERS else (noun,)
    introduced = None if who else introduced_author(text, nouns, end, lo)
    if introduced:
        who = named(*introduced) or (author(introduced[0]) if author else None)
    return who or (givers[-1] if givers else None)


_IN_A_STATEMENT = r"\b[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}statement"
""""In a statement", maybe with up to two words before the noun ("In a new statement"): pattern text."""
_IN_STATEMENT = re.compile(_IN_A_STATEMENT)
_IN_STATEMENT_BEFORE = re.compile(_IN_A_STATEMENT + r"\b[^.;!?“”\"]*$")
""""In a statement" opening the clause of a source written after it ("In a statement to us, a rep for Jo Lee said")."""
_SAID_IN_STATEMENT = re.compile(r"\b(?:said|says)\s+in\s+an?\s+(?:[\w-]+\s+){0,2}statement\b")
_STATEMENT_OPENING = re.compile(
    _IN_A_STATEMENT + r"(?:\s+[^.;!?“”\",]{2,60}?)?,\s+(?:"
    rf"[^.;!?“”\",]{{2,80}}?\s+(says|{alternation(REPORTING_PAST)})"
    r"|(?:the\s+)?\p{Lu}[\w.&'’-]*(?:\s+\p{Lu}[\w.&'’-]*){0,4}\s+(?:also\s+)?(\p{Ll}{3,}))\b")
""""In a statement" (maybe to a medium, or on a day and what it did) opening a clause whose subject then "said" or
another reporting verb in the past ("In a statement, Elm Air spokeswoman Jo Lee said", "In a new statement to The
Ledger, Roe acknowledged"), or a name that then does anything ("In a statement Monday confirming the sale, the Elm
Board sought to ..."): the verb as the group that matched last."""


def _statement_givers(v: _Version, pos: int, q: dict) -> list[str]:
    """The capitalised subjects, resolved, of the clauses before ``pos`` that report words given "in a statement"
    ("..., Elm Air said in a statement.", "In a statement, Elm Air said ..."), or the organisation a description
    there names ("The company, which ..., said in a statement": :func:`described_organisation`), in order: who gave
    out the statement the text then names alone (``q``: the quotation it speaks).

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = ('A jet turned back, Elm Airways said in a statement.\\nIt landed at noon.\\nThe FBI said no more.\\n'
    ...         '“We are sorry,” the statement said.')
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Elm Airways']
    >>> text = ('Elm Airways lost a jet.\\nThe company, which flies to Oslo, said in a statement it was sorry.\\n'
    ...         '“We will help,” the statement said.')
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Elm Airways']
    """
    givers = []
    cues = sorted([m.start() for m in _SAID_IN_STATEMENT.finditer(v.text, 0, pos)]
                  + [m.start(m.lastindex) for m in _STATEMENT_OPENING.finditer(v.text, 0, pos)])
    for cue in cues:
        k = _sentence_at(v, cue)
        subject = subject_before(v.text, v.starts[k], cue)
        if not subject or _quoted(v, cue):
            continue
        if subject[0][:1].isupper():
            givers.append(v.resolve(subject[0], subject[1]))
        elif _definite(v.text, subject[1]):
            body = described_organisation(v.text, subject[0], subject[1], _organisation_subject(v, subject[1], q))
            givers += [_unarticled(body)] if body else []
    return givers


_OWNER_BEFORE = re.compile(r"(?<![\w'’.-])(\p{Lu}[\w&'’.-]*(?:\s+\p{Lu}[\w&'’.-]*){0,3})['’]s\s+[“\"]?$")
"""A capitalised name of up to four words and its possessive closing the text before a quotation ("Elm Co’s “")."""


def _quotation_owner(v: _Version, q: dict) -> list[str]:
    """The name, resolved, whose possessive opens the quotation ``q`` ("will be Elm Co’s “last offer,” according to a
    statement": Elm Co), as the one a statement with no author of its own speaks for; [] when none."""
    owner = _OWNER_BEFORE.search(v.text, max(0, q["start"] - 60), q["start"] + 1)
    return [v.resolve(owner.group(1), owner.start(1))] if owner else []


def _reported_before(v: _Version, q: dict) -> list[str]:
    """The body a reporting clause closing the sentence just before the quotation ``q`` names (:func:`_it_reporter`),
    when ``q`` opens its sentence in the same paragraph: who gave out the statement a quotation after it is
    cued by ("The account is safe, the Elm Office said. “...,” a statement said": the Elm Office); [] otherwise."""
    k = _sentence_at(v, q["start"])
    if v.text[v.starts[k]:q["start"]].strip():
        return []
    body = _it_reporter(v, k, q)
    return [body] if body else []


def _statement_speaker(v: _Version, found: _Found, q: dict, m_start: int, m_end: int) -> str:
    """The speaker a statement written as the speaker stands for (:func:`statement_author`): a name resolved to
    its fullest form, else the speaker of the last quotation given "in a statement" (or by a statement resolved
    so) in the same or the previous paragraph, else the owner whose possessive opens the quotation
    (:func:`_quotation_owner`); "" when none is found.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = '“No,” said the statement from Kay’s lawyer, Jo Lee. Later the statement said “Yes.”'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee', 'Jo Lee']
    >>> text = 'Ann Taylor spoke. “No,” Taylor’s statement said.'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Ann Taylor']
    >>> text = ('The Elm Society sent a statement.\\n\\nNo one came.\\n\\n'
    ...         'Jo Lee in a statement blamed the “lax rules.”\\n\\n“We must act,” the statement read.')
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee', 'Jo Lee']
    >>> text = 'Jo Lee spoke.\\n\\nThe account is safe, the Elm Office said. “We stay,” a statement said.'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Elm Office']
    """
    lo = v.window(q["paragraph"])[0]
    givers = [row["speaker"] for row in found.rows if row["start"] >= lo and row["speaker"]
              and not pd.isna(row["mention_end"]) and not is_statement(row["speaker"])
              and (is_statement(str(row["mention"]))
                   or gave_statement(v.text, row["cue"], int(row["mention_end"]), int(row["mention_start"])))]
    near = lo if givers else 0  # a statement given nearby is read before a document introduced further back
    givers = givers or _quotation_owner(v, q) or _reported_before(v, q) or _statement_givers(v, m_start, q)[-1:]
    k = _sentence_at(v, m_end)
    return statement_author(v.text, m_start, m_end, v.ends[k], givers,
                            lambda name, pos: name and _statement_owner(v, q, name, pos), lo=near) or ""


def _owned_statement(v: _Version, q: dict, thing: str) -> str:
    """Who owns the statement ``thing`` ("it" stands for "North Elm's statement": North Elm, as
    :func:`_statement_owner` resolves it); ``thing`` when it is no statement in an owner's possessive.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = 'North Elm met.\\n\\nThe North’s statement came on Monday.\\n\\nIt says it will take “action” soon.'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['North Elm']
    """
    owner = _OWNER.match(thing)
    if not owner or not is_statement(thing) or len(thing[owner.end():].split()) != 1:
        return thing
    return _statement_owner(v, q, owner.group(1), v.text.find(owner.group(1), 0, q["start"]))


def _statement_owner(v: _Version, q: dict, name: str, pos: int) -> str:
    """The owner ``name`` of a statement, written at ``pos``, resolved: a description of an organisation in lower case
    to the organisation it names (:func:`_quoted_company`: "Acme Corp. spoke. “...,” the company’s statement said":
    Acme Corp.), else to its fullest form, an institution's name for its head ("Elmwood" of "Elmwood University"); a
    role after "the" as the role's last holder ("the mayor's statement")."""
    if name.islower() and (company := _quoted_company(v, q, name, pos)):
        return company
    if name.startswith("the ") and name.islower():  # "the president's statement": the president, as "the" gives
        name, pos = name[4:], pos + 4
    resolved = v.resolve(name, pos)
    return v.institutions.get(resolved, resolved)


def _organisation_subject(v: _Version, m_start: int, q: dict) -> tuple[int, str] | None:
    """(start, name) of the capitalised subject, not a person, of the nearest sentence before ``m_start``, back
    to the previous paragraph's start, whose first word after an article the text never writes in lower case; None if
    none.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = 'Jo Lee complained. Then Twitter at the time said it was a glitch. “No,” the tech giant said.'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Twitter']
    """
    lo = v.window(q["paragraph"])[0]
    k0 = _sentence_at(v, m_start)
    for k in range(k0 - 1, -1, -1):
        if v.ends[k] <= lo:
            break
        for speaker, kind, start in _sentence_subjects(v, k)[:1]:
            if kind == "other" and _unarticled(speaker)[:1].isupper() \
                    and speaker.split()[-1].lower() not in ISSUED_DOCUMENTS \
                    and not _titled_surname(v.text, start) and speaker.split()[0] not in _NOT_SUBJECTS \
                    and not _GROUP_HEAD.fullmatch(speaker.lower()) \
                    and not _modifies_noun(v.text, speaker, start) \
                    and not written_lower(v.text, _unarticled(speaker).split()[0]):
                # not a common word capitalised as it opens a sentence ("Critics say", "Mobile usage grew")
                return start, speaker if speaker[:1].isupper() else _unarticled(speaker)
    return None


def _modifies_noun(text: str, subject: str, start: int) -> bool:
    """Whether the capitalised ``subject`` written at ``start`` is the modifier of the lower-case noun after it, no
    name of a body ("The Elm-bound ferry, EV1, turned back": the ferry): no function word nor verb in the past
    (lexicon ``IRREGULAR_PAST``) after it, nor a word with a determiner after it (its object: "Elmco built a rocket").

    >>> _modifies_noun("The Elm-bound ferry, EV1, turned back.", "The Elm-bound", 0)
    True
    >>> _modifies_noun("Elmco built a rocket.", "Elmco", 0), _modifies_noun("Elmco cut the price.", "Elmco", 0)
    (False, False)
    """
    end = start + len(subject)
    after = _NEXT_WORD.match(text, end)
    return text.startswith(subject, start) and _noun_after(text, end, FUNCTION_WORDS | IRREGULAR_PAST) \
        and not _DETERMINER_AFTER.match(text, after.end())


_DETERMINER_AFTER = re.compile(rf"\s+(?:{alternation(DETERMINERS)})\b", re.IGNORECASE)


_ARTICLE_BEFORE_NAME = re.compile(rf"(?:{alternation(ARTICLES)})\s+(?=\S)", re.IGNORECASE)


def _unarticled(name: str) -> str:
    """``name`` without the article opening it, whose first word is then the name's own ("The G9": "G9").

    >>> _unarticled("The G9"), _unarticled("Twitter"), _unarticled("The"), _unarticled("Santa Fe Group")
    ('G9', 'Twitter', 'The', 'Santa Fe Group')
    """
    article = _ARTICLE_BEFORE_NAME.match(name)
    return name[article.end():] if article else name


_COMPANY = re.compile(rf"(?<![\w'’&-])(?:{alternation(COMPANIES, flexible_space=False)}"
                      rf"|{suffixed_company_pattern()})"
                      r"(?![\w&-]|['’](?!s\b))")


_PLATFORM_USE = re.compile(r"(?<![\w'’-])(?:on|via)\s+$")
"""What a company's name after it is read as a platform something was said or posted on ("he said on Twitter"), not a
company acting: "the company" later names some other company."""


def _platform_use(text: str, pos: int) -> bool:
    """Whether :data:`_PLATFORM_USE` closes right before ``pos``, read back from ``pos`` over the spaces before it,
    not over the whole text before it (a text names many companies).

    >>> _platform_use("he said on Twitter", 11), _platform_use("Google and Twitter", 11)
    (True, False)
    """
    end = pos
    while end and text[end - 1].isspace():
        end -= 1
    return _PLATFORM_USE.search(text, max(0, end - 3), pos) is not None


def page_markup(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in page markup, where a name is no mention: a row of share buttons ("Facebook Tweet
    Email": :func:`newskit.furniture.share_row`) or a Markdown link's target or tooltip.

    Example
    -------
    >>> text = 'Acme fell.\\nFacebook Tweet Email\\n[](https://x.org "Visit us on Facebook")\\nFacebook rose.'
    >>> [page_markup(text, m.start()) for m in re.finditer("Facebook", text)]
    [True, True, False]
    """
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos) % (len(text) + 1)
    line = text[lo:hi]
    return share_row(line) or any(link.start("target") <= pos - lo < link.end()
                                  for link in MARKDOWN_LINK.finditer(line))


_OUTLET_CITED = re.compile(rf"\b[Aa]ccording\s+to\s+((?:The\s+)?(?:\p{{Lu}}[\w.&'’-]*\s+){{0,3}}"
                           rf"(?:\p{{Lu}}[\w.&'’]*-)?(?:{alternation(MASTHEAD_WORDS)})|{alternation(OUTLET_NAMES)})"
                           rf"(?![\w'’-]|\s+\p{{Lu}}\p{{Ll}})")
"""An outlet's name after "according to": capitalised words closed by a masthead word ("The Elm-Journal", "Elm Daily
News"; not "The Daily" of "The Daily Ledger") or a network's own name."""


def described_organisation(text: str, mention: str, pos: int, subject: tuple[int, str] | None = None) -> str | None:
    """The organisation a definite description after "the" at ``pos`` names ("the company", "the tech giant", "the
    newspaper"): the nearer before ``pos`` of ``subject`` ((start, name) of an organisation a sentence before has
    as its subject, found by the caller) and, for a lower-case description of a company (its last word one of
    :data:`newskit.text.lexicon.COMPANY_NOUNS`, three words at most), the one of
    :data:`newskit.text.lexicon.COMPANIES` (or a name ending "Inc.", "Corp." ...) written last, its possessive
    dropped, one in page markup left out (:func:`page_markup`), or a name written right after a company noun
    (:data:`_INTRODUCED_COMPANY`); or, nearer, a name set beside a description that
    holds ``mention`` (:func:`_apposed_body`: "Elm Freight, a trucking group"); the sentence's subject over a name
    written after it in the same sentence, its object ("Elmco lost the accounts of ... Google"), unless the
    description's noun is in that name ("the airline": "Elm Airlines"). None when ``mention`` is no
    description of an organisation (:data:`newskit.text.lexicon.ORGANISATION_DESCRIPTIONS`) nor set beside a name, or
    nothing is found.

    Example
    -------
    >>> text = "Twitter said no. Facebook's chief spoke. The company denied it. Acme Corp. agreed; the firm said so."
    >>> described_organisation(text, "company", text.index("company"))
    'Facebook'
    >>> described_organisation(text, "firm", text.index("firm")), described_organisation(text, "senator", 60)
    ('Acme Corp.', None)
    >>> text = "Banks use monitoring company Elmfax. Lee spoke. The firm said so."
    >>> described_organisation(text, "firm", text.index("firm"))
    'Elmfax'
    >>> text = "The legal firm J.P. Elm spoke. The firm said so."
    >>> described_organisation(text, "firm", text.index("firm said"))
    'J.P. Elm'
    >>> text = "Google sued. “Fine,” he said on Twitter. The company said so."
    >>> described_organisation(text, "company", text.index("company"))
    'Google'
    >>> text = "The Daily Planet broke the story. The newspaper said so."
    >>> described_organisation(text, "newspaper", text.index("newspaper"), (0, "The Daily Planet"))
    'The Daily Planet'
    >>> text = "Lee signed 40 pardons, according to The Elm-Journal. The paper said so."
    >>> described_organisation(text, "paper", text.index("paper"))
    'The Elm-Journal'
    >>> text = "Elmco lost the accounts of firms, among them Google. The company said so."
    >>> described_organisation(text, "company", text.index("company"), (0, "Elmco"))
    'Elmco'
    """
    words = mention.split()
    found = _apposed_body(text, mention, pos)
    if words and words[-1] in ORGANISATION_DESCRIPTIONS:
        found += [subject] if subject and subject[0] < pos else []
        if words[-1] in MEDIUM_NOUNS:  # "according to The Elm-Journal. The paper notes": the outlet cited last
            found += [(m.start(1), m.group(1)) for m in _OUTLET_CITED.finditer(text, 0, pos)][-1:]
        if mention.islower() and words[-1] in COMPANY_NOUNS and len(words) <= 3:
            found += [(m.start(), m.group()) for m in _COMPANY.finditer(text, 0, pos)
                      if not page_markup(text, m.start()) and not _platform_use(text, m.start())][-1:]
            found += [(m.start(1), m.group(1)) for m in _INTRODUCED_COMPANY.finditer(text, 0, pos)][-1:]
    if not found:
        return None
    best = max(found)
    named = words[-1].lower() in best[1].lower()  # "the airline": "Elm Airlines", named by the noun
    return subject[1] if subject in found and _one_sentence(text, subject[0], best[0]) and not named else best[1]


def _one_sentence(text: str, start: int, end: int) -> bool:
    """Whether no sentence ends between ``start`` and ``end`` in ``text`` (a full stop, a question or an exclamation
    mark, maybe a closing mark, then a space).

    >>> _one_sentence("Elmco lost to Acme. It fell.", 0, 14), _one_sentence("Elmco lost to Acme. It fell.", 0, 20)
    (True, False)
    """
    return not re.search(r"[.!?][”\"’']?\s", text[start:end])


_COMPANY_WORD = r"\p{Lu}(?:[\w&'’-]|\.(?=\w)|(?<=\b\p{Lu})\.)*"
"""A capitalised word of a name, its inner dots and an initial's dot kept ("J.P.", "Elm.com"), not a closing stop."""
_INTRODUCED_COMPANY = re.compile(rf"(?<![\w'’-])(?:{alternation(COMPANY_NOUNS)})\s+"
                                 rf"({_COMPANY_WORD}(?:\s+{_COMPANY_WORD}){{0,3}}?)(?=[\s,.;:!?)]|$)(?!\s+\p{{Lu}})")
"""A name written right after a company noun in lower case ("credit monitoring company Elmfax", "the law firm Elm &
Oak", "the legal firm J.P. Elm"): a company the text introduces, which "the company" names after it."""


_SPOKESPERSON_OF = re.compile(rf"(?<![\w'’-])({_COMPANY_WORD}(?:\s+{_COMPANY_WORD}){{0,3}}?)(?:['’]s)?\s+"
                              rf"(?:{alternation(SPOKESPERSONS)})\b")
"""A name right before a spokesperson noun ("an Elmfax spokesperson", "Elmfax's spokeswoman")."""


def _quoted_company(v: _Version, q: dict, mention: str, pos: int) -> str | None:
    """The organisation a description of a company quoted at ``pos`` names (:func:`described_organisation`), or, for
    "the company", the one a spokesperson was named for after it (:data:`_SPOKESPERSON_OF`: "Acme Corp. grew. Elmfax
    spokeswoman Jo Lee spoke. “...,” the company’s statement said": Elmfax; no institution's nor person's: "White
    House spokesman").

    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = "Acme Corp. grew. Elmfax spokeswoman Jo Lee spoke.\\n\\n“We are sad,” the company’s statement said."
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Elmfax']
    """
    described = described_organisation(v.text, mention, pos, _organisation_subject(v, pos, q))
    if mention.split()[-1] not in COMPANY_NOUNS:
        return described
    spoken_for = [m for m in _SPOKESPERSON_OF.finditer(v.text, 0, pos)
                  if not INSTITUTION.search(m.group(1)) and not given_name(m.group(1).split()[0])][-1:]
    later = spoken_for and (not described or spoken_for[0].start() > v.text.rfind(described, 0, pos))
    return spoken_for[0].group(1) if later else described


def _apposed_body(text: str, mention: str, pos: int) -> list[tuple[int, str]]:
    """[(start, name)] of the last name written before ``pos`` with an indefinite description after its comma that
    holds every word of ``mention``, a description in lower case of three words at most and no person's ("the group"
    after "the Elm Trucking Association, an industry group"); [] when there is none.

    Example
    -------
    >>> text = "Trucks carry most, according to the Elm Haulers Association, an industry group. The group says so."
    >>> _apposed_body(text, "group", text.index("group says")), _apposed_body(text, "company", len(text))
    ([(36, 'Elm Haulers Association')], [])
    """
    words = mention.split()
    if not words or len(words) > 3 or not mention.islower() or words[-1] in PERSON_NOUNS | set(AGENT_NOUNS):
        return []
    found = [(m.start(1), m.group(1)) for m in _APPOSED_DESCRIPTION.finditer(text, 0, pos)
             if set(words) <= set(m.group(2).split()) and m.group(2).split()[-1] == words[-1]]
    return found[-1:]


_JOINED = alternation(NAME_JOINING_WORDS)
_NAME_WORD = rf"(?:(?:{alternation(PLACE_ABBREVIATIONS)})\.(?=[^\S\n]+\p{{Lu}})|\p{{Lu}}[\w&'’-]*)"
"""A capitalised word of a body's name, or a place's "St.", "Ft." or "Mt." before one ("St. Elm Union")."""
_BODY_NAME = re.compile(
    rf"(?<![\w'’-])(?:[Tt]he\s+)?({_NAME_WORD}(?:[^\S\n]+(?:(?:{_JOINED})[^\S\n]+)*{_NAME_WORD})*)")
_APPOSED_DESCRIPTION = re.compile(_BODY_NAME.pattern + r",\s+an?\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\b(?=[,.;])")
_JOINED_PART = re.compile(rf"\s(?:{_JOINED})\s+(?=\p{{Lu}})")


def described_body(text: str, mention: str, pos: int, one: bool = False) -> str | None:
    """The named body a description of one (:data:`newskit.text.lexicon.BODY_DESCRIPTIONS`: "think tank", "environment
    office"; its head noun in lower case) at ``pos`` is: the name of two words or more written last before ``pos``
    that holds one of the description's words, outside page markup (:func:`page_markup`), from the last of its parts
    after a joining word ("of", "for") that still holds it; None when ``mention`` is no such description (a name: "the
    Elm Department") or no name holds one, and with ``one`` when two bodies do ("the university" after Elm University
    and Oak University: either) or the body's name lacks a word in lower case of the description ("the fire
    department" is not the Elm Police Department).

    Example
    -------
    >>> text = "Ann Roe of the Elm Institute for Water Policy spoke. The think tank said so. The ministry agreed."
    >>> described_body(text, "think tank", text.index("think")), described_body(text, "ministry", len(text) - 15)
    ('Elm Institute for Water Policy', None)
    >>> described_body("The Elm Department met. The Oak Department said so.", "Oak Department", 28) is None
    True
    >>> text = "Elm University sued Oak University. The university said so."
    >>> described_body(text, "university", 40), described_body(text, "university", 40, one=True)
    ('Oak University', None)
    >>> described_body("The Elm Police Department came. The fire department said so.", "fire department", 40, one=True)
    """
    if not mention.split() or not mention.split()[-1].islower():
        return None  # a name ("the State Department"), not a description of one
    words = mention.lower().replace("-", " ").split()
    key = " ".join(words[-2:]) if " ".join(words[-2:]) in BODY_DESCRIPTIONS else words[-1]
    holds_words = BODY_DESCRIPTIONS.get(key)
    if not holds_words or one and key in _NEAR_DESCRIPTIONS:
        return None
    holds = re.compile(rf"\b(?:{alternation(holds_words)})s?\b", re.IGNORECASE)
    names = _holding_names(text, holds, pos, key)
    bodies = {_held_part(name, holds) for name in names}
    fields = [w for w in mention.replace("-", " ").split()[:-len(key.split())] if w.islower()]
    if not names or one and (len(bodies) > 1 or any(w not in names[-1].lower().split() for w in fields)):
        return None
    return _held_part(names[-1], holds)


def _holding_names(text: str, holds: re.Pattern, pos: int, key: str) -> list[str]:
    """Bodies' names of two words or more before ``pos`` holding a word of ``holds``, outside page markup, near enough
    for a vague description ``key`` (:func:`_near_body`)."""
    return [m.group(1) for m in _BODY_NAME.finditer(text, 0, pos) if " " in m.group(1)
            and holds.search(m.group(1)) and not page_markup(text, m.start())
            and (key not in _NEAR_DESCRIPTIONS or _near_body(text, m, pos, key))]


_NEAR_DESCRIPTIONS = frozenset({"group", "association", "union"})
"""Descriptions too vague to reach back far: they name a body written in their paragraph or the one before only, and
given no other description beside it (:func:`_near_body`); a quotation's speaker only, no source of the sourcing pass's
(``one``)."""


def _near_body(text: str, name: re.Match, pos: int, key: str) -> bool:
    """Whether the body's ``name`` (a :data:`_BODY_NAME` match) is near enough before ``pos`` for a vague description
    ``key`` ("the group") to name it: in its paragraph or the one before, and not set beside an indefinite description
    of another noun ("the Elm Haulers Association, an industry body": no group).

    >>> text = "The Elm Union met. The Oak Association, an industry body, spoke.\\n\\nThe group said"
    >>> [_near_body(text, m, len(text), "group") for m in _BODY_NAME.finditer(text) if " " in m.group(1)]
    [True, False]
    """
    described = _APPOSED_DESCRIPTION.match(text, name.start())
    return _paragraph_breaks(text, name.end(), pos) <= 1 and not (described and described.group(2).split()[-1] != key)


def _paragraph_breaks(text: str, start: int, end: int) -> int:
    """How many paragraph breaks (runs of line feeds) ``text[start:end]`` holds.

    >>> _paragraph_breaks("Elm Union met.\\n\\nIt spoke.\\nThe group said", 0, 40)
    2
    """
    return len(re.findall(r"\n+", text[start:end]))


def _held_part(name: str, holds: re.Pattern) -> str:
    """The last part of a body's ``name`` after a joining word ("of", "for") that still holds a word of ``holds``."""
    parts = [0] + [m.end() for m in _JOINED_PART.finditer(name)]
    return [name[i:] for i in parts if holds.search(name[i:])][-1]


def _role_speaker(v: _Version, q: dict, found: _Found, mention: str, m_start: int) -> str:
    """Who a role or a description of one person ("the presumptive nominee", "the Ohio Democrat") no one is named with
    is: the named person the sentence before (before the quotation's first sentence; across the paragraph break, when
    cited, if the quotation opens its paragraph: :func:`_cited_before_paragraph`) opens with, when of a gender the role
    allows ("Barack Obama led tributes. The US president said: ..."); else the person its own sentence names last before
    it outside a quotation (a name the speaker says is no speaker), when of such a gender; else the person who spoke
    last ("the Texas governor continues" after Perry's quotation), in the same or the previous paragraph, when of such a
    gender; else the person a clause of the sentence before has as its subject (:func:`_person_subject_before`: "...
    -- and Jo Lee attacked the mayor. The presumptive nominee said", "Jo Lee aims to use it. ¶ “...,” the scientist
    said"); else, for a role of one gender ("congressman") or a description ("the teenager", "the 22-year-old"),
    :func:`_main_person`; "" when none or when someone in the version is named with that role (the roles did not single
    one out) or when the description is a party's member ("the Ohio Democrat") no sentence before names."""
    previous = found.previous
    member = mention.split()[-1] if mention.split()[-1] in _PARTY_MEMBER else ""
    before = _subject_before_sentence(v, min(m_start, q["start"])) or _cited_before_paragraph(v, q, m_start, member)
    role = mention.split()[-1].lower()
    other = {"m": "f", "f": "m"}.get(word_sex(role), "")
    if before and _role_fits(v, mention, before, other):
        return before
    if mention.split()[-1] in v.roles or mention.split()[-1] in _PARTY_MEMBER:
        return ""  # someone is named with that role, but not only one, or a party's member, one of many: not a guess
    lo = v.starts[_sentence_at(v, m_start)]
    named = [person for person in v.people.between(lo, m_start) if not _quoted(v, person[0])
             and not _object_only(v.text, person[0], m_start)]
    if named and _role_fits(v, mention, named[-1][1], other):
        return named[-1][1]  # "Asked about Tlaib’s “language” ― the new congresswoman vowed ...": Tlaib
    if previous and q["paragraph"] - previous["paragraph"] <= 1 and _is_person(v, previous["speaker"]) \
            and _role_fits(v, mention, previous["speaker"], other):
        return previous["speaker"]
    subject = _person_subject_before(v, m_start, other, acting=len(mention.split()) == 1)
    if subject:
        return subject  # "... -- and Jo Lee attacked the mayor. The presumptive nominee said ...": Jo Lee
    if other or role in _DESCRIBED_PEOPLE or _AGE_WORD.fullmatch(role):
        return _main_person(v, other)
    return _lone_person_before(v, m_start, other)


_OPENING_OBJECT = re.compile(r"\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*)*,\s+(?:the\s+)?")


def _object_only(text: str, pos: int, mention: int) -> bool:
    """Whether the name written at ``pos`` is an object (:func:`~newskit.speakers.named_in_passing`) closing an
    opening phrase set off by a comma just before the description at ``mention``: whom the speaker spoke with, not
    who speaks ("In an interview with Elm Weekly, the director said"; not "Asked about Lee’s remarks, the
    congresswoman said", nor "a photo of Jo Lee in shorts, which the governor called ...").

    >>> text = "In an interview with Elm Weekly, the director said"
    >>> _object_only(text, 21, 37), _object_only("Asked about Lee’s remarks, the congresswoman said", 12, 31)
    (True, False)
    """
    return _OPENING_OBJECT.fullmatch(text, pos, mention) is not None and named_in_passing(text, pos)


def _role_fits(v: _Version, mention: str, name: str, other: str) -> bool:
    """Whether the person ``name`` may hold the role ``mention``: not of the gender ``other`` the role excludes, nor
    given that role only with another place than the one before it (:func:`~newskit.speakers.placed_elsewhere`: "the
    US president" is no "Iranian President Ali Reza")."""
    return v.antecedents.sex.get(name) != other and not placed_elsewhere(mention, name, v.roles)


_LEGAL_AGENTS = ("lawyer", "attorney")
"""Agent nouns naming one trade: "the lawyer" is the person the text set off as "an attorney for ..."."""


def _apposed_agent(v: _Version, pos: int, agent: str) -> str:
    """The one person cited as a source in the version whom the sentence before the one at ``pos`` names outside
    quotations, when set off earlier with the agent noun ``agent`` (or another of its trade: :data:`_LEGAL_AGENTS`)
    after a comma ("Jo Lee, an attorney for the family, ..."): whom "the lawyer" with no fuller description is ("Roe
    fell, Lee said. ¶ The lawyer said that ..."); "" when that sentence names no such person or several, or no such
    apposition describes the one it names.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = ("Jo Lee, an attorney for the family, saw the tape. Al Roe fell in the night, Lee said.\\n\\n"
    ...         "The lawyer said the town had been warned, “and no one came to help.”")
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee']
    """
    k = bisect.bisect_right(v.starts, pos) - 2
    if k < 0:
        return ""
    named = {name for start, name in v.people.between(v.starts[k], v.ends[k]) if not _quoted(v, start)
             and name in v.antecedents.cited}
    lone = next(iter(named)) if len(named) == 1 else ""
    trade = alternation(_LEGAL_AGENTS if agent in _LEGAL_AGENTS else (agent,))
    apposed = lone and re.search(rf"\b{re.escape(lone.split()[-1])},\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?"
                                 rf"(?:{trade})\b", v.text[:pos])
    return lone if apposed else ""


def _lone_person_before(v: _Version, pos: int, other: str) -> str:
    """The one person named outside quotations from the start of the sentence before the one at ``pos`` up to it, by
    a full name (:func:`~newskit.speakers.full_name`: a known given name), not of gender ``other`` and acting in its
    clause (:data:`_ACTS_AFTER`, no passive after it), whom a role no earlier step resolved describes ("It was in 1979
    that Jo Lee coined the term. ¶ The astrologer explained that ...": Jo Lee); "" when no one or several are named
    there, or the one named undergoes or is an object ("Jo Lee was tried", "could upset Jo Lee in Paris").

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = ("It was in 1979 that Jo Lee first coined the word.\\n"
    ...         "The astrologer explained that it is “a moon at its closest.”")
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee']
    """
    k = bisect.bisect_right(v.starts, pos) - 1
    if k < 1:
        return ""
    people = [(start, name) for start, name in v.people.between(v.starts[k - 1], pos) if not _quoted(v, start)]
    lone = people[-1][1] if len({name for _, name in people}) == 1 else ""
    if not lone or not full_name(lone) or v.antecedents.sex.get(lone) == other:
        return ""
    after = people[-1][0] + (_written_length(v.text, people[-1][0], lone) or len(lone))
    return lone if _ACTS_AFTER.match(v.text, after) and not _UNDERGOES.match(v.text, after) else ""


_ACTS_AFTER = re.compile(rf"(?:,|\s+(?!(?:{alternation(sorted(PREPOSITIONS))})\b)\p{{Ll}})")
"""What follows a name that acts in its clause: a comma (an apposition or a clause set off) or a lower-case word that
is no preposition ("Jo Lee first coined", not "upset Jo Lee in Paris")."""


def _person_subject_before(v: _Version, pos: int, other: str, acting: bool = False) -> str:
    """The named person (fullest name), not of gender ``other``, whom the last clause with such a subject in the
    sentence before the one at ``pos`` has as its subject, a relative clause's included (:func:`_relative_subjects`),
    across a paragraph break; with ``acting``, not one a passive follows (:data:`_UNDERGOES`: "Jo Lee was tried.
    “...?” the prosecutor asked": not Jo Lee); "" when none."""
    k = bisect.bisect_right(v.starts, pos) - 2
    people = [(start, speaker) for speaker, kind, start in (_sentence_subjects(v, k) if k >= 0 else [])
              if kind == "person"] + (_relative_subjects(v, k) if k >= 0 else [])
    people = [(start, speaker) for start, speaker in people if v.antecedents.sex.get(speaker) != other and not (
        acting and _UNDERGOES.match(v.text, start + (_written_length(v.text, start, speaker) or len(speaker))))]
    return max(people)[1] if people else ""


_UNDERGOES = re.compile(r"\s+(?:was|were|is|are|(?:has|had|have)\s+been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b")
"""A passive after a subject ("Jo Lee was tried", "was quickly taken"): what the subject underwent, not what it did."""


def _relative_subjects(v: _Version, k: int) -> list[tuple[int, str]]:
    """(offset, fullest name) of the people sentence ``k`` names right before ", who", outside quotations: the
    subjects of relative clauses ("to the dismay of Jo Lee, who had pressed for talks": Jo Lee)."""
    return [(pos, name) for pos, name in v.people.between(v.starts[k], v.ends[k]) if not _quoted(v, pos)
            and _WHO_AFTER.match(v.text, pos + (_written_length(v.text, pos, name) or len(name)))]


_WHO_AFTER = re.compile(r",\s+who\b")


_PARTY_MEMBER = frozenset(members[:-1] for members in PARTY_MEMBERS.values())
"""One member of a party ("Republican", "Democrat"): a person, as in "the Kentucky Republican"."""


def _person_noun(mention: str) -> bool:
    """Whether ``mention`` is a description of one person by a noun that is no title ("presumptive Republican
    nominee", "reality TV star", "presumptive Republican presidential nominee"): a
    :data:`~newskit.text.lexicon.PERSON_NOUNS` word last, in lower case, or a party member after a place ("Kentucky
    Republican"), with at most three words before it.

    Example
    -------
    >>> _person_noun("reality TV star"), _person_noun("Ohio Democrat"), _person_noun("Democrat")
    (True, True, False)
    """
    words = mention.split()
    return 1 < len(words) <= 4 and (words[-1] in PERSON_NOUNS or words[-1] in _PARTY_MEMBER)


def _times_named(text: str, name: str) -> int:
    """How often ``text`` writes the first or the last word of ``name`` as a word."""
    first, last = name.split()[0], name.split()[-1]
    return len(re.findall(rf"\b(?:{re.escape(first)}|{re.escape(last)})\b", text))


_DESCRIBED_PEOPLE = {"teenager", "teen", "pensioner"}
_AGE_WORD = re.compile(r"\d{1,3}-year-old")
"""Roles that only describe a person ("the teenager", "the 22-year-old"): no office anyone else could hold."""


def _main_person(v: _Version, other: str) -> str:
    """The person a version names most often (by first name or surname), when named more often than anyone
    else and not of gender ``other`` ("the four-term congressman" in a story about one congressman), else ""."""
    counts = collections.Counter({name: _times_named(v.text, name) for name in v.names if " " in name}).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]) or v.antecedents.sex.get(counts[0][0]) == other:
        return ""
    return counts[0][0]


_PARAGRAPH_LEAD = re.compile(rf"[\s“\"‘']*(?:[Tt]he\s+{_SHARED_NOUN})?")
"""What may come before a description that opens its paragraph: an opening mark, "The" (and a noun it shares: "The
model and TV host")."""


def _cited_before_paragraph(v: _Version, q: dict, m_start: int, member: str = "") -> str:
    """For a mention after a quotation that opens its paragraph ("¶ “...,” the Ohio Democrat said"), the named person
    opening the last sentence of the paragraph before when cited as a source ("Jo Comer said ..."), or, for a party's
    member (``member``: "Democrat" of "the Ohio Democrat"), cited or not when that sentence names no other party's
    member ("Rep. Jo Comer challenged ...", not "Jo Comer, a Republican, challenged ..."); for a description that
    opens its paragraph before the quotation ("Jo Lee spoke. ¶ The comedian, 47, wrote that ..."), that person
    whether cited or not; else ""."""
    if m_start < q["start"] and _PARAGRAPH_LEAD.fullmatch(v.text, v.paragraph_starts[v.paragraph_index(m_start)],
                                                          m_start):
        return _subject_before_sentence(v, m_start, True)
    if not q["start"] == v.first_marks[q["paragraph"]] < m_start:
        return ""
    before = _subject_before_sentence(v, q["start"], True)
    k = bisect.bisect_right(v.starts, q["start"]) - 2
    others = _PARTY_MEMBER - {member}
    alone = bool(member) and k >= 0 and not re.search(rf"\b(?:{alternation(others)})", v.text[v.starts[k]:v.ends[k]])
    return before if alone or before in v.antecedents.cited else ""


def _subject_before_sentence(v: _Version, pos: int, across: bool = False) -> str:
    """The named person (fullest name) opening the sentence before the one at ``pos``, in the same paragraph (or
    closing the one before, ``across``); "" when that sentence opens with anything else."""
    k = bisect.bisect_right(v.starts, pos) - 2
    if k < 0 or v.paragraph_index(pos) - v.paragraph_index(v.starts[k]) > across:
        return ""
    subjects = _sentence_subjects(v, k)
    return subjects[0][0] if subjects and subjects[0][1] == "person" else ""


_DETERMINER_WORDS = DETERMINERS - {"my", "your"}  # the first person's and the reader's open no phrase naming a subject


def _sentence_subjects(v: _Version, k: int) -> list[tuple[str, str, int]]:
    """(speaker, kind, start) of the subjects opening sentence ``k`` and its clauses, outside quotations: kind
    "pronoun" (he, she, ...), "person" (a name resolved to its fullest form, a role resolved to the one person
    holding it) or "other"."""
    if k not in v.subjects:
        clauses = clause_subjects(v.text, v.starts[k], v.ends[k])
        starts = {f[1] for f in clauses}
        clauses += [f for f in reporting_subjects(v.text, v.starts[k], v.ends[k]) if f[1] not in starts]
        found = [f for f in sorted(clauses, key=lambda f: f[1])  # in the order written
                 if not _quoted(v, f[1]) and not question_topic(v.text, f[1])]
        v.subjects[k] = [_classify_subject(v, f) for f in found]
    return v.subjects[k]


def _quoted(v: _Version, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation."""
    k = bisect.bisect_right(v.quote_starts, pos) - 1
    return k >= 0 and v.quote_ends[k] > pos


def _classify_subject(v: _Version, found: tuple) -> tuple[str, str, int]:
    """(speaker, kind, start) of a subject phrase (see :func:`_sentence_subjects`)."""
    mention, start, _ = found
    if mention.lower() in PRONOUNS:
        return mention.lower(), "pronoun", start
    words = mention.split()
    lead = words[0].lower() in _DETERMINER_WORDS
    if lead and all(w[0].isupper() for w in words[1:]):
        return mention, "other", start  # "The Perry ad", "The Log Cabin Republicans"
    if len(words) == 1 and start in v.starts and _modifier_word(v.text, mention, found[2]):
        return mention, "other", start
    name = person_name(words)
    if lead:
        start = v.text.index(words[1], start)
        mention = " ".join(words[1:]) if not name else " ".join(name)
    elif name:
        mention = " ".join(name)
        start = v.text.index(name[0], start)
    speaker = v.resolve(mention, start)
    return speaker, "person" if _is_person(v, speaker) else "other", start


_NEXT_WORD = re.compile(r"\s+(\p{Ll}[\w'’-]*)")


def _modifier_word(text: str, word: str, end: int) -> bool:
    """Whether ``word``, capitalised where a sentence opens and ending at ``end``, is a common word before the noun it
    modifies, no name ("Fitness class attendees should ..." where ``text`` writes "fitness" in lower case too): no
    given name, before a lower-case word that is no verb or adverb (an auxiliary, a reporting word, a form in -ed,
    -ly or -s but -ss).

    Example
    -------
    >>> text = "Fitness class fans left. Lee said fitness helps."
    >>> _modifier_word(text, "Fitness", 7), _modifier_word(text, "Lee", 29)
    (True, False)
    """
    if given_name(word) or not re.search(rf"(?<![\w'’-]){re.escape(word.lower())}\b", text):
        return False
    return _noun_after(text, end)


def _noun_after(text: str, end: int, function_words: frozenset[str] = frozenset()) -> bool:
    """Whether the word after ``end`` is in lower case and no verb or adverb (an auxiliary, a reporting word, a form in
    -ed, -ly or -s but -ss) nor one of ``function_words``: the noun the words before ``end`` modify.

    >>> _noun_after("The Elm-bound ferry, EV1, sank.", 13), _noun_after("Acme recalled it.", 4)
    (True, False)
    """
    after = _NEXT_WORD.match(text, end)
    verb = after.group(1) if after else ""
    return bool(verb) and verb not in AUXILIARIES | REPORTING_WORDS | function_words \
        and not verb.endswith(("ed", "ly")) and not (verb.endswith("s") and not verb.endswith("ss"))


def _is_person(v: _Version, speaker: str) -> bool:
    """Whether ``speaker`` is a person the version names: one of its names, or the surname of some."""
    return speaker in v.name_set or (" " not in speaker and speaker in v.surnames)


def _clause_subjects(v: _Version, found: _Found, k: int, before: int):
    """(speaker, kind, start) candidates of sentence ``k`` written before ``before``: the named subjects of its
    clauses written after the last reporting clause of its quotations, then the speakers of those reporting
    clauses, last first, then the other subjects opening it and its clauses, last first, then the person whose view
    an opening "To"/"For" and a full name set out (:func:`_viewpoint_person`), then the person named after the verb
    of a sentence a place opens (:func:`_inverted_subject`)."""
    sentence = v.sentence_ids[k]
    rows = [(*_speaker_person(v, row["speaker"]), row["mention_start"])
            for row in reversed(found.rows) if row["sentence"] == sentence and row["cue"] and row["speaker"]
            and not pd.isna(row["mention_start"]) and row["mention_start"] < before]
    later = max((start for _, _, start in rows), default=-1)
    subjects = [s for s in reversed(_sentence_subjects(v, k)) if s[2] < before]
    if not rows and k >= bisect.bisect_right(v.starts, before) - 2:  # the sentence of he/she or the one before
        yield from _opening_reporter(v, k, before)  # "Lee said he hoped Reed would win": Reed is in Lee's words
    yield from [s for s in subjects if s[2] > later and s[1] == "person"]  # "..., Pelosi said": after the clause
    yield from rows
    yield from [s for s in subjects if not (s[2] > later and s[1] == "person")]
    yield from _viewpoint_person(v, k, before)
    yield from _inverted_subject(v, k, before)


def _speaker_person(v: _Version, speaker: str) -> tuple[str, str]:
    """(speaker, kind) of a quotation's speaker for he/she to stand for: "person" where it is a person the version
    names (:func:`_is_person`), written with titles or a place too ("Gov. Jo Lee of Ohio": Jo Lee, by
    :func:`newskit.cues.untitled_person`), else "other".

    Example
    -------
    >>> v = _Version("a", "", [], [], [], [], [], ["Jo Lee"], {"Jo Lee"}, {}, Mentions([]), Mentions([]),
    ...              Mentions([]), {}, Antecedents([], {}, set()), [], [])
    >>> _speaker_person(v, "Gov. Jo Lee of Ohio"), _speaker_person(v, "Jo Lee"), _speaker_person(v, "the mayor")
    (('Jo Lee', 'person'), ('Jo Lee', 'person'), ('the mayor', 'other'))
    """
    if _is_person(v, speaker):
        return speaker, "person"
    untitled = untitled_person(speaker, v.text, v.names)
    return (untitled, "person") if untitled != speaker and _is_person(v, untitled) else (speaker, "other")


_REPORTER_LEAD = re.compile(r"[\s“\"‘'(]*(?:(?:But|And|Yet|So|Still)\s+)?")
"""What may open a sentence before the name of its reporter but titles ("But Sen. Jo Lee said")."""


def _opening_reporter(v: _Version, k: int, before: int) -> list[tuple[str, str, int]]:
    """(speaker, kind, start) of the person by name whose attribution opens sentence ``k`` before ``before``
    (:attr:`_Version.reporters`), nothing but titles and "But", "And" ... before it: who reports the words the rest
    of the sentence holds ("Lee said he hoped Reed would win": Lee; not "When Reed spoke of it, Lee objected", nor
    "Despite Reed's promises, Lee said no").

    Example
    -------
    >>> text = "Lee said he hoped Reed would win. He left."
    >>> v = _Version("a", text, [(0, 42)], [], [0, 34], [33, 42], [0, 1], ["Jo Lee", "Al Reed"], {"Jo Lee", "Al Reed"},
    ...              {}, Mentions([]), Mentions([]), Mentions([]), {}, Antecedents([], {}, set()), [], [],
    ...              reporters={0: [(0, "Jo Lee")]})
    >>> _opening_reporter(v, 0, 34), _opening_reporter(v, 0, 0)
    ([('Jo Lee', 'person', 0)], [])
    >>> v.text, v.reporters = "When Lee said he hoped Reed would win, he left.", {0: [(5, "Jo Lee")]}
    >>> _opening_reporter(v, 0, 34)
    []
    >>> v.text, v.reporters = "But Sen. Lee said he hoped Reed would win.", {0: [(9, "Jo Lee")]}
    >>> _opening_reporter(v, 0, 34)
    [('Jo Lee', 'person', 9)]
    """
    found = v.reporters.get(v.sentence_ids[k], [])
    if not found or found[0][0] >= before or not _REPORTER_LEAD.fullmatch(
            v.text, v.starts[k], found[0][0] - len(titles_before(v.text, found[0][0]))):
        return []
    start, source = found[0]
    return [(source, "person" if _is_person(v, source) else "other", start)]


_INVERTED = re.compile(rf"(?:{alternation(p.capitalize() for p in sorted(PREPOSITIONS))})\s"
                       r"(?:(?!\b(?:it|he|she|they|we|there|this)\b)[^,.;:“”\"]){1,60}?\s(?:was|is)\s+"
                       r"(?:\p{Lu}[\w'’-]*\.\s+)?")
"""A sentence opened by a place, a preposition and up to 60 characters with no pronoun subject, then "was" or "is"
and maybe a title: the name after it is the subject, written after its verb ("Among the fans was Dr. Jo Lee"; not
"In this case it was Jo Lee")."""


def _inverted_subject(v: _Version, k: int, before: int) -> list[tuple[str, str, int]]:
    """[(speaker, "person", start)] of the person named right after the verb of sentence ``k`` when a phrase of place
    opens it (:data:`_INVERTED`), before ``before``: the subject, whom a he/she after it may stand for ("Among the fans
    was Kevin Dorsey, a lawyer. “...,” he said": Kevin Dorsey), no owner ("At the front was Jo Lee's son"); []
    otherwise.

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> text = ('“We lost,” coach Tom Hale said. Among the happy fans was Kevin Dorsey, a lawyer in a red shirt. '
    ...         '“I have waited for years,” he said.')
    >>> find_quotes(text).speaker.tolist()
    ['Tom Hale', 'Kevin Dorsey']
    """
    opened = _INVERTED.match(v.text, v.starts[k], v.ends[k])
    named = opened and v.people.first(opened.end(), min(opened.end() + 1, before))
    owner = named and _POSSESSIVE_S.match(v.text, named[0] + _written_length(v.text, *named))
    return [(named[1], "person", named[0])] if named and not owner and _is_person(v, named[1]) else []


_VIEWPOINT = re.compile(r"[“\"‘']?(?:To|For)\s+(?P<name>\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){1,3}),")
"""A sentence opened by "To" or "For" and a name of two words or more, then a comma: the view of that person follows
("To Jo Lee, president of the Elm Society, that is unfair")."""


def _viewpoint_person(v: _Version, k: int, before: int) -> list[tuple[str, str, int]]:
    """[(speaker, "person", start)] of the person whose view sentence ``k`` opens with (:data:`_VIEWPOINT`), named
    before ``before`` by a full name, whom a he/she after it may stand for ("To Jo Lee, president of the Elm Society,
    that is unfair. “It is wrong,” he says": Jo Lee); [] otherwise.

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> text = ('“We could do more,” Ann Roe-Hale says. To Al Lee, head of the Elm Society, that is unfair. '
    ...         '“It is wrong,” he says.')
    >>> find_quotes(text).speaker.tolist()
    ['Ann Roe-Hale', 'Al Lee']
    """
    opened = _VIEWPOINT.match(v.text, v.starts[k])
    words = opened.group("name").split() if opened and opened.start("name") < before else []
    if not words or person_name(words) != words:
        return []
    speaker = v.resolve(" ".join(words), opened.start("name"))
    return [(speaker, "person", opened.start("name"))] if _is_person(v, speaker) else []


_INTERRUPTED = re.compile(r"(?:\p{Lu}[\w.'’&-]*\s+){0,4}\p{Lu}[\w.'’&-]*,\s+")
"""A name and a comma just before he/she: the subject whose verb the reporting clause interrupts ("Elm, she predicted,
would come"), whom the pronoun does not stand for."""


def _pronoun_speaker(v: _Version, found: _Found, mention: str, m_start: int, q: dict, place: _Place) -> str:
    """Who he/she written at ``m_start`` is: the subject of the nearest reporting clause or sentence before it
    (back to the previous paragraph's start, or further while the same pronoun speaks on: :func:`_reach`; an earlier
    quotation's same pronoun is read as its speaker) that is a person of that gender, or of unknown gender and cited
    as a source or the subject of the pronoun's sentence or the one before ("Anil Varma has decided to
    rebuild. “...,” he said."); a surname several people share read as the one of them who spoke last.
    Subjects that are the same pronoun again are passed over while the sentence before them has a subject that fits ("Modi
    said ... He said ... He added “...”"); else, and when none is found, :meth:`Antecedents.resolve` (the
    person last named) from the earliest such pronoun ("Among those present was X. He was in Rome."). Him/her
    is read as he/she."""
    mention = SUBJECT_FORMS.get(mention.lower(), mention)
    want, pending = "m" if mention.lower() == "he" else "f", None
    described = _described_previous(v, found, want, m_start) or _clause_partner(v, want, m_start)
    if described:
        return described
    lo = v.window(q["paragraph"])[0]
    k0 = _sentence_at(v, m_start)
    for k in range(k0, max(k0 - 8, -1), -1):
        lo = _reach(v, found, k, k0, lo, mention.lower(), m_start)
        if lo is None:
            break
        chained = False
        for speaker, kind, start in _clause_subjects(v, found, k, m_start):
            if kind == "pronoun" and speaker == mention.lower():
                pending, chained = (start, k), True
                break
            if _said_as(v.text, start, mention.lower(), speaker):
                return speaker  # the speaker an earlier quotation's same he/she was read as
            speaker = _one_of_surname(v, found, speaker, want) if kind == "person" else speaker
            if kind == "person" and _meant_subject(v, speaker, start, want, k >= k0 - 1, m_start):
                return speaker
            titled = _titled_person(v.text, start, want) if kind == "other" else ""
            if titled:
                return titled  # "President Trump took aim at ... “...,” he said": named by title and surname only
        if pending and not chained:
            break
        role = "" if chained else _opening_role(v, k, want, m_start)
        if role:
            return role  # "The secretary of one of the judges testified. He recalled": the secretary
    return _last_named(v, mention, pending, q, m_start, place)


def _meant_subject(v: _Version, speaker: str, start: int, want: str, near: bool, pronoun: int) -> bool:
    """Whether the person ``speaker``, a subject written at ``start``, is whom he/she (gender ``want``) at ``pronoun``
    stands for (:func:`_may_be_meant`): no body's name (:func:`_body_subject`) and not the subject whose verb the
    pronoun's reporting clause interrupts (:data:`_INTERRUPTED`)."""
    return _may_be_meant(v, speaker, want, near) and not _body_subject(v.text, speaker, start) \
        and not _INTERRUPTED.fullmatch(v.text, start, pronoun)


def _reach(v: _Version, found: _Found, k: int, k0: int, lo: int, pronoun: str, before: int) -> int | None:
    """Where :func:`_pronoun_speaker`, reading back from he/she (``pronoun``) at ``before`` in sentence ``k0``, reads
    back to once at sentence ``k``: ``lo`` while ``k`` ends after it, the start of the paragraph before ``k``'s when
    the same pronoun speaks on from ``k`` (:func:`_goes_on`), else None: it stops."""
    if k == k0 or v.ends[k] > lo:
        return lo
    return v.window(max(v.paragraph_index(v.starts[k]), 0))[0] if _goes_on(v, found, k, pronoun, before) else None


def _goes_on(v: _Version, found: _Found, k: int, pronoun: str, before: int) -> bool:
    """Whether sentence ``k``, the last before the paragraphs :func:`_pronoun_speaker` reads, has the same he/she
    (``pronoun``) as the subject of a reporting word, and so has every sentence after it but those with no subject
    ("Advertisement"), no person named among them: the person speaking goes on over the paragraph break, and the walk
    back with them ("The minister, Jane Roe, ... “We won,” she said. | Costs rose, she added. | “They are up,” she
    said": Jane Roe, not a person named before the minister).

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = ('The minister, Jane Roe, came.\\nAnn Dee also spoke.\\nThe minister praised the team.\\n'
    ...         '"We won," she said.\\nCosts rose, she added.\\n"They are up," she said.')
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jane Roe', 'Jane Roe']
    """
    if v.people.between(v.ends[k], before):
        return False  # "... concerns Jo Lee, head of the club. | “...,” he said": Jo Lee
    return all(_reports_as(v, j, pronoun, before) or j > k and not any(_clause_subjects(v, found, j, before))
               for j in range(k, bisect.bisect_right(v.starts, before) - 1))


def _reports_as(v: _Version, k: int, pronoun: str, before: int) -> bool:
    """Whether sentence ``k``, before ``before``, has he/she (``pronoun``) as the subject of a reporting word ("Costs
    rose, he added")."""
    sentence = v.text[v.starts[k]:min(v.ends[k], before)]
    return any(m.group(2) in REPORTING_WORDS for m in _PRONOUN_REPORTS.finditer(sentence)
               if m.group(1).lower() == pronoun)


def _said_as(text: str, start: int, pronoun: str, speaker: str) -> bool:
    """Whether ``speaker``, the speaker of an earlier quotation, is named at ``start`` by the same he/she
    (``pronoun``) alone: read already as the person that pronoun stands for, whom it goes on standing for.

    Example
    -------
    >>> _said_as('"We won," she said.', 10, "she", "Jo Lee"), _said_as('"We won," Shen said.', 10, "she", "Shen")
    (True, False)
    >>> _said_as('"We won," she’s said.', 10, "she", "Jo Lee"), _said_as('"We won," she said.', 10, "she", "")
    (False, False)
    """
    return bool(speaker) and re.compile(rf"{pronoun}(?![\w'’-])", re.IGNORECASE).match(text, start) is not None \
        and not speaker.lower().startswith(pronoun)


_PRONOUN_REPORTS = re.compile(r"\b(he|she|He|She)\s+(\p{Ll}+)\b")
"""He/she and the word after it: a reporting word there makes the pronoun a speaker ("he added")."""


def _last_named(v: _Version, mention: str, pending: tuple[int, int] | None, q: dict, m_start: int,
                place: _Place) -> str:
    """:meth:`Antecedents.resolve` of he/she (``mention``) at ``m_start``, or from the earliest same pronoun before it
    (``pending``: its start and sentence) that :func:`_pronoun_speaker` met on the way back."""
    if pending:
        start, k = pending
        paragraph = max(v.paragraph_index(start), 0)
        return v.antecedents.resolve(mention, {"start": start, "end": start}, start, v.starts[k], v.window(paragraph))
    return v.antecedents.resolve(mention, q, m_start, v.starts[place.i], v.window(q["paragraph"]))


_OPENING_CONJUNCTION = re.compile(rf"[\s“\"‘']*(?:{alternation(c.capitalize() for c in CLAUSE_CONJUNCTIONS)})\s+$")
"""A conjunction opening a sentence's first clause ("After", "When"): he/she just after it may be the main clause's
subject, named after the comma that closes the clause."""
_MAIN_SUBJECT = re.compile(r",[”\"’]?\s+(?:(?:\p{Lu}[\w.'’-]*|former)\s+){0,4}$")
"""A comma closing a clause, then only titles and capitalised words ("After he spoke, Sen. Jo Lee"): the main
clause's subject follows."""


def _main_clause_subject(v: _Version, want: str, pos: int) -> str:
    """The person of gender ``want`` (or of unknown gender) named first after the comma that closes the clause a
    conjunction opening the sentence opens, when he/she written at ``pos`` is that clause's subject: "After he blasted
    the plan, Jo Lee said": Jo Lee; else "".

    Example
    -------
    >>> text = "Al Roe came. When he spoke, Jo Lee left."
    >>> v = _Version("a", text, [(0, 40)], [], [0, 13], [12, 40], [0, 1], ["Al Roe", "Jo Lee"], set(), {},
    ...              Mentions([]), Mentions([]), Mentions([(0, "Al Roe"), (28, "Jo Lee")]), {},
    ...              Antecedents([], {}, set()), [], [])
    >>> _main_clause_subject(v, "m", 18), _main_clause_subject(v, "m", 0)
    ('Jo Lee', '')
    """
    k = _sentence_at(v, pos)
    if not v.starts or not _OPENING_CONJUNCTION.fullmatch(v.text, v.starts[k], pos):
        return ""
    comma = v.text.find(",", pos, v.ends[k])
    named = v.people.first(comma, v.ends[k]) if comma >= 0 else None
    if not named or v.antecedents.sex.get(named[1], want) != want or not _MAIN_SUBJECT.search(v.text, comma, named[0]):
        return ""
    return named[1]


def _clause_partner(v: _Version, want: str, pos: int) -> str:
    """The person he/she at ``pos`` stands for by the sentence's clauses alone: the main clause's subject when it
    opens a clause a conjunction opens (:func:`_main_clause_subject`), the opening clause's subject when it opens the
    main clause (:func:`_opening_clause_subject`); else ""."""
    return _main_clause_subject(v, want, pos) or _opening_clause_subject(v, want, pos)


_OPENING_CLAUSE = re.compile(
    rf"[\s“\"‘']*(?:(?:{alternation(CONJUNCTION_LEADS + tuple(NUMBER_WORDS) + tuple(DURATION_UNITS))}|\d+)s?\s+){{0,3}}"
    rf"(?:{alternation(CLAUSE_CONJUNCTIONS)})\s+((?:\p{{Lu}}[\w.'’-]*\s+){{0,4}})", re.IGNORECASE)
"""A conjunction opening a sentence, perhaps after a span of time ("A day after", "Shortly before"), then up to four
capitalised words (titles and a name) that open its clause: that clause's subject."""
_CLAUSE_CLOSED = re.compile(r"[^,]*,[”\"’]?\s+")
"""The rest of an opening clause, then the comma that closes it, just before the main clause."""


def _opening_clause_subject(v: _Version, want: str, pos: int) -> str:
    """The person of gender ``want`` named as the subject of a clause a conjunction opens the sentence with, when
    he/she written at ``pos`` opens the main clause just after it and no one else is named between: "A day after
    Mr. Lee spoke, he left": Mr. Lee's person; else "".

    Example
    -------
    >>> text = "Al Roe came. A day after Mr. Roe spoke, he left."
    >>> v = _Version("a", text, [(0, 48)], [], [0, 13], [12, 48], [0, 1], ["Al Roe"], set(), {},
    ...              Mentions([]), Mentions([]), Mentions([(0, "Al Roe"), (29, "Al Roe")]), {},
    ...              Antecedents([], {"Al Roe": "m"}, set()), [], [])
    >>> _opening_clause_subject(v, "m", 40), _opening_clause_subject(v, "f", 40)
    ('Al Roe', '')
    """
    k = _sentence_at(v, pos)
    opening = _OPENING_CLAUSE.match(v.text, v.starts[k], pos) if v.starts else None
    if not opening or v.text[pos:pos + 3].lower() not in ("he ", "she") \
            or not _CLAUSE_CLOSED.fullmatch(v.text, opening.end(), pos):
        return ""
    named = v.people.first(opening.start(1), opening.end())
    if not named or {name for _, name in v.people.between(named[0], pos)} != {named[1]}:
        return ""
    return named[1] if v.antecedents.sex.get(named[1]) == want else ""


def _described_previous(v: _Version, found: _Found, want: str, pos: int) -> str:
    """The previous speaker when a role describes that one and no one named ("the captain came back on and said:
    “...” ¶ “...,” he announced": the captain), of a gender he/she (``want``) allows, in the paragraph of the
    pronoun at ``pos`` or the one before, with no person named between; "" otherwise."""
    previous = found.previous
    if not previous or pd.isna(previous["mention_start"]) or not role_phrase(previous["speaker"]):
        return ""
    start = int(previous["mention_start"])
    near = v.window(v.paragraph_index(pos))[0] <= start < pos
    other = {"m": "f", "f": "m"}[want]
    if not near or word_sex(previous["speaker"].split()[-1]) == other or v.people.between(start + 1, pos):
        return ""
    return previous["speaker"]


_OPENING_PHRASE = rf"(?:{alternation(p.capitalize() for p in sorted(PREPOSITIONS))})\s[^,“”\"]{{1,30}},\s+"
_OPENING_THE = re.compile(rf"[“\"‘']?(?:{_OPENING_PHRASE}(?:the|an?)|The|An?|\p{{Lu}}[\w-]*[’']s)"
                          r"\s+(\p{Ll}[\w-]*)(?:\s+(\p{Ll}[\w-]*))?(?:\s+(\p{Ll}[\w-]*))?")
""""The"/"A" opening a sentence, or after a phrase a preposition opens ("At 10 p.m., an officer ..."), or a name's
possessive ("Lee's mother"), then up to three lower-case words: the role :func:`_opening_role` reads."""
_ROLE_SERVES = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\w.'’-]*\s+){0,3}\p{Lu}[\w'’-]*")
""""for" or "of" and the name of whom a role serves ("A representative for Jo Lee"), no person between that role and
a pronoun after it."""


def _opening_role(v: _Version, k: int, want: str, pos: int) -> str:
    """The role opening sentence ``k``, the one before he/she (gender ``want``) at ``pos``, after "The" or "A", which
    the pronoun may stand for: the longest of its first three lower-case words that is a role
    (:func:`~newskit.speakers.role_phrase`: "The secretary of one of the judges testified": secretary; "An event
    organiser for": event organiser), not of the other gender, with no person named between it and the pronoun, as
    the one the text names in that role when it names one ("The mayor, Jo Lee, ... The mayor spoke. He": Jo Lee); ""
    otherwise.

    Example
    -------
    >>> text = "The secretary of the judge spoke. He said so."
    >>> v = _Version("a", text, [(0, 45)], [], [0, 34], [33, 45], [0, 1], [], set(), {}, Mentions([]),
    ...              Mentions([]), Mentions([]), {}, Antecedents([], {}, set()), [], [])
    >>> _opening_role(v, 0, "m", 34), _opening_role(v, 0, "f", 34), _opening_role(v, 1, "m", 45)
    ('secretary', 'secretary', '')
    """
    pronoun_sentence = bisect.bisect_right(v.starts, pos) - 1
    match = _OPENING_THE.match(v.text, v.starts[k]) if k == pronoun_sentence - 1 else None
    words = [w for w in match.groups() if w] if match else []
    role = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if role_phrase(" ".join(words[:n]))), "")
    other = {"m": "f", "f": "m"}[want]
    if not role or word_sex(role.split()[-1]) == other:
        return ""
    served = _ROLE_SERVES.match(v.text, match.end(len(role.split())))
    if v.people.between(served.end() if served else match.start(1) + 1, pos):
        return ""
    return v.resolve(role, match.start(1))


def _may_be_meant(v: _Version, speaker: str, want: str, near: bool) -> bool:
    """Whether he/she (gender ``want``) may stand for the person ``speaker``, a subject read on the way back: a
    person the pronoun may name (:func:`newskit.speakers.pronoun_may_name`) of that gender, or of unknown
    gender and cited or the subject of the pronoun's sentence or the one before (``near``)."""
    sex = v.antecedents.sex.get(speaker)
    return pronoun_may_name(speaker, v.text) and (sex == want or sex is None and (speaker in v.antecedents.cited or near))


_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted((t.capitalize() for t in NAME_TITLES), key=len, reverse=True))
                           + r")\.?\s+$")
_ONE_NAME = re.compile(r"\p{Lu}[\w'’-]+(?![\w'’-]|\s+\p{Lu}|[’']s\b)")


def _titled_surname(text: str, start: int) -> str:
    """A person whose name written at ``start`` is one capitalised word after a title ("President Trump",
    "Sen. Lee"): title and name, else "".

    Example
    -------
    >>> _titled_surname("Sen. Lee on Saturday spoke.", 5), _titled_surname("President Joe Biden spoke.", 10)
    ('Sen. Lee', '')
    """
    title = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    name = _ONE_NAME.match(text, start)
    return f"{text[title.start():start]}{name.group()}" if title and name else ""


def _titled_person(text: str, start: int, want: str) -> str:
    """:func:`_titled_surname` at ``start`` when its title is not one of the other gender than ``want``
    ("m"/"f"), else ""."""
    titled = _titled_surname(text, start)
    other = FEMALE_WORDS if want == "m" else MALE_WORDS
    return titled if titled and titled.split()[0].lower().rstrip(".") not in other else ""


_GROUP_HEAD = re.compile(rf"(?:{PLURAL_WORD}|people|police|staff|media)$")


def _group_speaker(v: _Version, found: _Found, m_start: int, q: dict) -> str:
    """Who "they" written at ``m_start`` is: the body whose statement the words before it in its sentence name
    (:data:`_ISSUER_BEFORE`: "In a statement from Elmland, they said": Elmland); the two people opening its sentence
    (:func:`_pair_subject`); else the subject of the nearest
    reporting clause or sentence before it (back to the previous paragraph's start) that is a group named by a plural
    noun ("Kazakh officials", "the rescuers"), else ""."""
    lo = v.window(q["paragraph"])[0]
    k0 = _sentence_at(v, m_start)
    issuer = _ISSUER_BEFORE.search(v.text, v.starts[k0] if v.starts else 0, m_start)
    if issuer:  # "In a statement from Elmland, they said": Elmland
        return v.resolve(issuer.group(1), issuer.start(1))
    pair = _pair_subject(v, k0, m_start)
    if pair:
        return pair
    for k in range(k0, max(k0 - 8, -1), -1):
        if k < k0 and v.ends[k] <= lo:
            break
        for speaker, kind, _ in _clause_subjects(v, found, k, m_start):
            if kind == "other" and _GROUP_HEAD.search(speaker):
                return speaker
    return _group_opening(v, k0, lo)


_GROUP_OPENING = re.compile(rf"(?:[Tt]he\s+(?P<plain>(?:\p{{Ll}}[\w-]*\s+){{0,2}}{PLURAL_WORD})|(?:[Tt]he\s+)?"
                            rf"(?P<group>(?:\p{{Lu}}[\w.'’-]*\s+){{1,3}}(?:\p{{Ll}}[\w-]*\s+){{0,2}}{PLURAL_WORD}))"
                            r"\s+(?:(?:have|had)\s+)?\p{Ll}+ed\b")
"""A group a name and up to two lower-case words describe, or "the" and such words, a plural noun last, opening a
sentence before a verb in the past ("UN human rights experts have demanded", "The experts linked")."""


def _group_opening(v: _Version, k0: int, lo: int) -> str:
    """The group :data:`_GROUP_OPENING` reads at the opening of the nearest sentence before sentence ``k0``, back to
    offset ``lo`` (its first word no sentence opener: "But"), else "".

    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = "Elm rail union leaders have demanded an inquiry.\\n\\nThey said the board must answer for “its neglect”."
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Elm rail union leaders']
    """
    for k in range(k0 - 1, -1, -1):
        if v.ends[k] <= lo:
            break
        opening = _GROUP_OPENING.match(v.text, v.starts[k], v.ends[k])
        group = opening and (opening.group("plain") or opening.group("group"))
        if group and group.split()[0].lower() not in SENTENCE_OPENERS:
            return group
    return ""


def _pair_subject(v: _Version, k: int, before: int) -> str:
    """The two people who open sentence ``k`` (before ``before``) joined by "and", titles maybe before each ("Mr. Roe
    and Attorney General Jo Lee stopped short of it, but they said": both), as "A and B" by their fullest names; else
    "".

    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = "Al Roe met Jo Lee.\\n\\nMr. Roe and Attorney General Jo Lee spoke, but they said it was “vital”."
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Al Roe and Jo Lee']
    """
    pair = _PAIR_OPENING.match(v.text, v.starts[k], before)
    if not pair:
        return ""
    names = [person_name(pair.group(g).split()) for g in (1, 2)]
    people = [v.resolve(" ".join(name), pair.start(g)) for g, name in zip((1, 2), names) if name]
    return " and ".join(people) if len(people) == 2 and all(_is_person(v, p) for p in people) else ""


_PAIR_OPENING = re.compile(r"[“\"]?((?:\p{Lu}[\w.'’-]*\s+)*?\p{Lu}[\w'’-]*)\s+and\s+"
                           r"((?:\p{Lu}[\w.'’-]*\s+)*\p{Lu}[\w'’-]*)\b")
"""Two runs of capitalised words joined by "and" opening a sentence ("Mr. Roe and Attorney General Jo Lee")."""


_ISSUER_BEFORE = re.compile(rf"\b(?:{alternation(ISSUED_DOCUMENTS)})\s+(?:from|by)\s+(?:the\s+)?"
                            r"(\p{Lu}[\w&'’.-]*(?:\s+\p{Lu}[\w&'’.-]*)*),\s+$")
"""A statement from a named body closing the words before a subject ("In a statement from Elmland, they said")."""


def _one_of_surname(v: _Version, found: _Found, speaker: str, want: str) -> str:
    """The person meant by a surname several names share ("the younger Cheney"): the last speaker with it of
    gender ``want`` (or unknown), else the one such name; ``speaker`` otherwise."""
    if " " in speaker:
        return speaker
    shared = [n for n in v.names if n.split()[-1] == speaker and v.antecedents.sex.get(n, want) == want]
    for row in reversed(found.rows):
        if row["speaker"] in shared:
            return row["speaker"]
    return shared[0] if len(shared) == 1 else speaker


def _between(v: _Version, q: dict, place: _Place, found: _Found):
    """The source the paragraph names last before the quotation (see :func:`_source_between`)."""
    between = _source_between(v, q, found.rows)
    if not between:
        return None
    (mention, m_start, m_end), cue, speaker = between
    if _no_speaker_words(mention):
        return None
    if not speaker:  # a cue: its subject read as beside a quotation
        return _cued_speaker(v, q, place, found, ((mention, m_start, m_end), cue))
    again = found.by_mention.get(m_start)
    if mention.lower() in PERSON_PRONOUNS:  # the pronoun cueing a quotation before: whom it stood for there
        speaker = again["speaker"] if again else _pronoun_speaker(v, found, mention, m_start, q, place)
    return mention, m_start, m_end, cue, speaker


_GROUP_WORDS = frozenset({"all", "both", "each", "either", "neither", "many", "most", "several", "some", "this"})
"""Words of NAME_BREAKS that may stand alone as a subject ("many said", "this shows")."""


def _no_speaker_words(mention: str) -> bool:
    """Whether a subject looked back for is no one who speaks: a word that breaks a name run (lexicon NAME_BREAKS:
    "then"; not a pronoun nor :data:`_GROUP_WORDS`), one word in -ing ("sentencing"), words opening with a preposition
    ("by the media": its object) or a capitalised name run carrying a word in lower case after it ("Lee often",
    "Labour popularity"; a possessive before it names an owner's speaker: "Lee’s team").

    Example
    -------
    >>> [_no_speaker_words(m) for m in ("then", "sentencing", "by the press", "Jo Lee often", "Jo Lee", "Lee’s team")]
    [True, True, True, True, False, False]
    >>> [_no_speaker_words(m) for m in ("he", "many", "the ad")]
    [False, False, False]
    """
    words = mention.split()
    if not words:
        return False
    last = words[-1]
    if words[0] in PREPOSITIONS:
        return True
    if len(words) == 1:
        return last in NAME_BREAKS - PRONOUNS - _GROUP_WORDS or last.islower() and last.endswith("ing")
    return last.islower() and all(w[:1].isupper() for w in words[:-1]) \
        and not re.search(r"[’']s$", words[-2])


def _named_before(v: _Version, q: dict, place: _Place, found: _Found):
    """The cited person last named between the previous quotation and this one, unless already speaking; the subject
    of the clause naming that person when it names them as no subject (:func:`_clause_subject`); None for one the
    quoted words are said of (:func:`_quoted_predicate`)."""
    named = _named_between(v, q, found.rows)
    if not named or (found.previous and found.previous["speaker"] == named[1]):
        return None
    mention, m_start, m_end = _written_mention(v.text, named[0], named[1])
    if pd.isna(m_start):
        return mention, m_start, m_end, "", named[1]
    if _quoted_predicate(v.text, m_end, q["start"]):
        return None  # "Roe “kind of misspoke,”": what is said of Roe
    subject = _clause_subject(v, m_start, v.paragraphs[q["paragraph"]][0])
    if subject:
        (mention, m_start, m_end), _, speaker = subject
        return mention, m_start, m_end, "", speaker
    return mention, m_start, m_end, "", named[1]


def _sentence_person(v: _Version, q: dict, place: _Place, found: _Found):
    """For a fragment inside a narrative sentence, the person that sentence names last before it, as a
    subject (no preposition or possessive around the name), when not the previous speaker (who is found next
    anyway): one :func:`_between` passes over as no name he/she could mean, set in capitals or opening with a
    common word ("It seems F SCOTT FITZGERALD was right: the rich “are different”")."""
    if place.opens:
        return None
    named = v.people.last(place.lo, q["start"])
    if not named or (found.previous and found.previous["speaker"] == named[1]):
        return None
    if _PERSON_PRONOUN.match(v.text, v.starts[place.i]):
        return None  # "He later apologized and invited Trump “to come”": the object, not the subject
    mention, m_start, m_end = _written_mention(v.text, named[0], named[1])
    if pd.isna(m_start) or _after_preposition(v.text, m_start) \
            or _POSSESSIVE_S.match(v.text, m_end) or _quoted_predicate(v.text, m_end, q["start"]):
        return None
    return mention, m_start, m_end, "", named[1]


_OBJECT_BEFORE = re.compile(r"\b(?:of|to|for|by|with|about|on|at|from|against|than|like|as)\s+(?:the\s+)?$",
                            re.IGNORECASE)


def _after_preposition(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` follows a preposition (:data:`_OBJECT_BEFORE`): its object, not a subject.

    >>> _after_preposition("refugees from Elmland", 14), _after_preposition("Jo Lee said", 0)
    (True, False)
    """
    return _OBJECT_BEFORE.search(text, max(0, pos - 12), pos) is not None


_PROFILE_LINE = re.compile(r"(?P<name>\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){1,3})"
                           r"(?:,\s+\d{1,3}(?:,\s+\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*)*)*)?")
"""A line that is a person's name, maybe with an age and places after it ("Jo Lee, 26, Leeds, England")."""


def _profile_heading(v: _Version, q: dict, place: _Place, found: _Found):
    """The person a line of their own names just before a quotation that opens its line: a profile's heading ("Jo
    Lee, 26, Leeds, England ¶ “...”"), whose words follow it; None otherwise.

    Example
    -------
    >>> from newskit.quote_marks import quote_spans
    >>> from newskit.story import sentences, story_from_texts
    >>> text = "“No,” Al Roe said.\\n\\nJo Lee, 26, Leeds\\n\\n“I quit in May.”"
    >>> story = story_from_texts({"a": text})
    >>> version, whole = story.versions[0], [(0, len(story.versions[0].raw))]
    >>> [r["speaker"] for r in quote_rows(version, sentences(story), whole, quote_spans(version.raw, whole), [])]
    ['Al Roe', 'Jo Lee']
    """
    line = v.text.rfind("\n", 0, q["start"])
    if line < 0 or v.text[line:q["start"]].strip():
        return None
    end = len(v.text[:line].rstrip())
    start = v.text.rfind("\n", 0, end) + 1
    heading = _PROFILE_LINE.fullmatch(v.text, start, end)
    if not heading or person_name(heading["name"].split()) != heading["name"].split():
        return None
    return heading["name"], heading.start("name"), heading.end("name"), "", v.resolve(heading["name"], start)


def _previous(v: _Version, q: dict, place: _Place, found: _Found):
    """The speaker of the previous quotation with one, in the same or the previous paragraph, or further back when
    the paragraphs between name no one else (no other person mention, :func:`_names_no_one`: "“...,” Jo Lee said.
    ¶ The transcript follows: ¶ “...”"; "“...,” Lee said. ¶ Lee spoke for an hour. ¶ “...”")."""
    previous = found.previous
    if not previous or not previous["speaker"] or (q["paragraph"] - previous["paragraph"] > 1 and _someone_between(
            v, previous["paragraph"], q, previous["speaker"])):
        return None
    return (previous["mention"], previous["mention_start"], previous["mention_end"], previous["cue"],
            previous["speaker"])


_ASKED_WHOM = re.compile(r"[,\s]*(?:[\w'’.-]+\s+){1,4}?asked\s+(?P<the>the\s+)?"
                        r"(?P<who>\p{Ll}[\w'’-]*|\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,2})\s*[.!]")


def _asked_answer(v: _Version, q: dict, place: _Place, found: _Found):
    """For a quotation opening the paragraph after a question tagged "“...?” X asked Y." (Y a name or "the" and one
    word closing the sentence), the one asked, who answers ("“How did you feel?” the judge asked the clerk. ¶
    “Nothing.”": the clerk); else None.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = '“How did you feel?” the judge asked the clerk.\\n\\n“Nothing at all.”'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['judge', 'clerk']
    """
    previous = found.previous
    if not previous or previous["cue"] != "asked" or q["paragraph"] != previous["paragraph"] + 1 \
            or not place.opens or not v.text[previous["start"]:previous["end"]].rstrip("”\"’' ").endswith("?"):
        return None
    k = bisect.bisect_right(v.starts, previous["end"]) - 1
    asked = _ASKED_WHOM.match(v.text, previous["end"], v.ends[k] + 1)
    if not asked:
        return None
    mention, start, end = asked.group("who"), asked.start("who"), asked.end("who")
    return mention, start, end, "", v.resolve(mention, start)


_ASKED_NAME = re.compile(r"\basked\s+((?:\p{Lu}[\w.'’-]*\s+){0,3}\p{Lu}[\w'’-]*)(?=[,\s])")
"""A question put in the narrative to a person by name: "asked" and the name, as group 1."""


def _asked_before(v: _Version, q: dict, place: _Place, found: _Found):
    """For a quotation right after a sentence that puts a question to a person by name and ends in a question mark
    ("The Star asked Jo Lee, an economist, if prices would fall? “Not soon.”"), that person, who answers; else None.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = 'Jo Lee spoke on Monday. The Elm Star asked Al Roe, an economist, if prices would fall? “Not soon.”'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Al Roe']
    """
    if place.i == 0 or v.paragraph_index(v.starts[place.i - 1]) < q["paragraph"] - place.opens \
            or not v.text[v.starts[place.i - 1]:v.ends[place.i - 1]].rstrip("”\"’' ").endswith("?"):
        return None
    asked = _ASKED_NAME.search(v.text, v.starts[place.i - 1], v.ends[place.i - 1])
    named = _person_in(v, asked)
    if not named:
        return None
    (mention, start, end), _ = named
    return mention, start, end, "", v.resolve(mention, start)


_PROPER_INSIDE = re.compile(r"(?<![.!?:\n“\"‘])(?<![.!?:][”\"’])\s+\p{Lu}")
"""A capitalised word inside a sentence (not after a sentence end, a line break or a quote mark): maybe a name."""


def _someone_between(v: _Version, paragraph: int, q: dict, speaker: str) -> bool:
    """Whether someone who might speak, other than ``speaker`` (whose mentions are passed over), is named after
    ``paragraph`` and before quotation ``q``."""
    lo, text = v.paragraphs[paragraph][1], v.text
    for pos, name in v.people.between(lo, q["start"]):
        length = _written_length(text, pos, name) if name == speaker else 0
        if not length:
            return True
        text = text[:pos] + " " * length + text[pos + length:]
    return not _names_no_one(text, lo, q["start"])


def _names_no_one(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` names no one who might speak: no capitalised word inside a sentence, no he, she or
    they (:data:`~newskit.speakers.PERSON_PRONOUNS`; a person mention the caller checks).

    Example
    -------
    >>> text = "“Yes,” Jo Lee said. The full text follows: “...” Then the Senate voted. “No.”"
    >>> _names_no_one(text, 18, 43), _names_no_one(text, 48, 72)
    (True, False)
    """
    return not _PROPER_INSIDE.search(text, lo, hi) and not any(
        word.lower() in PERSON_PRONOUNS | {"they"} for word in re.findall(r"\w+", text[lo:hi]))


def _fragment_subject(v: _Version, q: dict, place: _Place, found: _Found):
    """For a fragment inside a narrative sentence, the person who is the subject of the sentence's last clause
    before it ("Lee, star of the show, thanked Roe for “taking action”": Lee, not Roe), or the one who asked it of
    that subject (:func:`_asked_by`); None when that subject is a pronoun (read as the source named between) or the
    asker no person."""
    if place.opens:
        return None
    if _ASKED_BY.search(v.text, place.lo, q["start"]):
        return _asked_by(v, place.lo, q["start"])
    subjects = [s for s in _sentence_subjects(v, place.i) if place.lo <= s[2] < q["start"] and s[1] != "other"]
    if not subjects or subjects[-1][1] != "person":
        return None
    speaker, _, start = subjects[-1]
    mention, m_start, m_end = _written_mention(v.text, start, speaker)
    return mention, m_start, m_end, "", speaker


def _opening_phrase_subject(v: _Version, q: dict, place: _Place, found: _Found):
    """For a quotation inside the phrase that opens its sentence and is set off by a comma before the subject (a
    participle or a leading word: :func:`~newskit.speakers.sentence_subject`), the person that subject is, named or
    he/she ("Acknowledging that Roe “...,” though, Jo Lee did suggest"); None otherwise.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = ("“No,” Al Roe said.\\n\\nAcknowledging that Roe “says a lot of odd things,” though, Jo Lee did "
    ...         "suggest a deal.")
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Al Roe', 'Jo Lee']
    """
    if place.opens:
        return None
    subject = sentence_subject(v.text, v.starts[place.i], v.ends[place.i])
    if not subject or subject[1] < q["end"] or "," not in v.text[q["end"] - 2:subject[1]] or _quoted(v, subject[1]):
        return None
    speaker, kind, start = _classify_subject(v, subject)
    if kind == "pronoun":
        named = _pronoun_speaker(v, found, speaker, start, q, place) if speaker in PERSON_PRONOUNS else ""
        written = v.text[start:start + len(speaker)]
        return (written, start, start + len(speaker), "", named) if _named_person(v, named) else None
    if kind != "person":
        return None
    mention, m_start, m_end = _written_mention(v.text, start, speaker)
    return mention, m_start, m_end, "", speaker


def _organisation_fragment(v: _Version, q: dict, place: _Place, found: _Found):
    """For a fragment inside a narrative sentence, the organisation named as the subject of the sentence's last clause
    before it, as :func:`_fragment_subject` reads a person there ("The Elm Institute found that “...”": the
    institute, not a person named before): a capitalised name after an optional "the", its first word never written
    in lower case by the text (not "Critics found that"), no document (lexicon ISSUED_DOCUMENTS) nor action
    (:func:`_gerund`), with no capitalised word between it and the fragment (not "Acme, unlike Elm Foods, which
    touts “...”") nor a cue the cue strategies passed over ("The Ledger said she “...”"; a tag only read after a
    quotation, :data:`_TAG_ONLY`, cues nothing before one). An owner written in the possessive speaks for what it
    owns, by its fullest name ("Acme's guidelines indicate that “...”": Acme; "Lee's criticism": Jo Lee).

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = '“Yes,” Jo Lee said. In 2014, the Elm Institute found that “most voters in the state agree.”'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee', 'Elm Institute']
    >>> text = '“Yes,” Jo Lee said. Acme is seen as worse than Elm Foods, which touts “fresh produce from farms.”'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Jo Lee', 'Elm Foods']
    """
    if place.opens or _ASKED_BY.search(v.text, place.lo, q["start"]):
        return None
    subjects = [s for s in _sentence_subjects(v, place.i) if place.lo <= s[2] < q["start"]]
    named = _organisation_named(v, subjects[-1]) if subjects and subjects[-1][1] == "other" else None
    if not named:
        return None
    name, start = named
    between = (start + len(name), q["start"])
    if _PROPER_INSIDE.search(v.text, *between) \
            or any(not _TAG_ONLY.fullmatch(m.group()) for m in QUOTE_CUES.finditer(v.text, *between)):
        return None
    return _organisation_spoken(v, name, start)


def _organisation_named(v: _Version, subject: tuple[str, str, int]) -> tuple[str, int] | None:
    """(name, start) of the organisation a sentence's ``subject`` (:func:`_sentence_subjects`) names, as
    :func:`_organisation_fragment` reads one: capitalised words after an optional "the", the first never written in
    lower case nor a verb of saying (a command: "Say goodbye to “...”"), no document, group noun nor action; None
    otherwise."""
    words, start = _organisation_words(v.text, *subject[::2])
    if not words or not all(w[:1].isupper() for w in words) or words[0] in _NOT_SUBJECTS \
            or QUOTE_CUES.fullmatch(words[0].lower()) \
            or words[-1].lower() in ISSUED_DOCUMENTS or _GROUP_HEAD.fullmatch(words[-1].lower()) \
            or re.search(rf"(?<![\w'’-]){re.escape(words[0].lower())}\b", v.text) or _gerund(v.text, words):
        return None
    name = " ".join(words)
    return (name, start) if v.text.startswith(name, start) else None


def _organisation_spoken(v: _Version, name: str, start: int) -> tuple:
    """The speaker tuple of an organisation ``name`` written at ``start``: an owner in the possessive speaks for what it
    owns, by its fullest name ("Lee's criticism ...": Jo Lee), but for a body it owns, which speaks itself
    (:data:`_OWNED_BODY`: "Elmland's criminal court ruled").

    >>> text = "Elmland’s criminal court ruled on “a plot”."
    >>> v = _Version("a", text, [(0, 42)], [], [0], [42], [0], [], set(), {}, Mentions([]), Mentions([]),
    ...              Mentions([]), {}, Antecedents([], {}, set()), [], [])
    >>> _organisation_spoken(v, "Elmland", 0)[0]
    'Elmland’s criminal court'
    """
    body = _OWNED_BODY.match(v.text, start + len(name))
    heads = [m for m in re.finditer(r"\p{Ll}+", body.group()) if INSTITUTION.fullmatch(m.group())] if body else []
    if heads and not title_or_role(heads[0].group()):
        end = start + len(name) + heads[0].end()
        return v.text[start:end], start, end, "", v.text[start:end]
    owner = resolve_source(name, v.names, {}, False)
    return name, start, start + len(name), "", fullest_outlet(v.text, v.institutions.get(owner, owner), start)


_OWNED_BODY = re.compile(r"['’]s(?:\s+\p{Ll}+){1,3}\b")
"""A possessive and up to three lower-case words after an owner's name ("’s criminal court"): the first of them that
is an institution's word (:data:`~newskit.speakers.INSTITUTION`) heads a body the owner has."""


def _cued_term_body(v: _Version, q: dict, subject: tuple[str, str, int]) -> tuple | None:
    """For a quoted term whose sentence has one subject before it, no person, the organisation that subject names
    (:func:`_organisation_named`) when a cue of its own is its verb, auxiliaries and adverbs between
    (:data:`_VERB_LEAD`: "Elmland has long threatened to hit the isles with missiles bringing “rolling thunder”":
    Elmland; not "Along with claims to names, including “.elm”"); None otherwise.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> text = 'Elmland has long threatened to hit the isles with missiles bringing “rolling thunder”.'
    >>> quotes(story_from_texts({"a": text})).speaker.tolist()
    ['Elmland']
    """
    named = _organisation_named(v, subject)
    if not named:
        return None
    name, start = named
    cues = CUES.finditer(v.text, start + len(name), q["start"])
    declared = any(not _TAG_ONLY.fullmatch(m.group()) and not undeclared(m, name)
                   and _VERB_LEAD.fullmatch(v.text, start + len(name), m.start()) for m in cues)
    return _organisation_spoken(v, name, start) if declared else None


_VERB_LEAD = re.compile(rf"(?:\s+(?:{alternation(AUXILIARIES)}|{alternation(CUE_ADVERBS)}|\p{{Ll}}+ly))*\s+")
"""Auxiliaries and adverbs between a subject and its verb ("has long ", "has constantly "), or a space alone."""


def _organisation_words(text: str, mention: str, start: int) -> tuple[list[str], int]:
    """The words of a subject ``mention`` written at ``start`` that may name an organisation, and where they start:
    without a leading article, and an owner without its possessive ("Acme's" speaks for its guidelines).

    >>> _organisation_words("The Elm Trust's", "The Elm Trust's", 0)
    (['Elm', 'Trust'], 4)
    """
    words = mention.split()
    if words[0].lower() in ("the", "a", "an"):
        words, start = words[1:], text.index(words[1], start)
    if words and _POSSESSIVE_S.search(words[-1]):
        words[-1] = _POSSESSIVE_S.sub("", words[-1])
    return words, start


def _gerund(text: str, words: list[str]) -> bool:
    """Whether ``words`` are one word in -ing whose verb ``text`` writes in lower case ("Doing so" where "do" is
    written): an action, no name ("Boeing").

    Example
    -------
    >>> _gerund("Doing so helps. We do.", ["Doing"]), _gerund("Boeing said so.", ["Boeing"])
    (True, False)
    """
    stem = words[0][:-3].lower() if len(words) == 1 and words[0].endswith("ing") else ""
    return bool(stem) and re.search(rf"(?<![\w'’-]){re.escape(stem)}e?\b", text) is not None


_CALLED = re.compile(rf"\b(?:{alternation(CALLED_VERBS)})\b", re.IGNORECASE)
"""A verb of naming (:data:`~newskit.text.lexicon.CALLED_VERBS`): the phrase after it is its subject's label."""


_CITING = re.compile(r",\s+citing\s+(?:[\w'’-]+\s+){0,3}$")
"""A comma, "citing" and up to three words closing the text searched: the quoted words after it are cited by the
subject of the clause, a body too ("Elm issued an emergency order, citing “unsafe” roads": Elm)."""


def _paired_term(v: _Version, q: dict, place: _Place, found: _Found):
    """For a quoted phrase read as a term that "and" or "or" pairs with the quotation just before it, a cued one
    ("he shouted: “Long live Elm!” and “Down with Al Roe!”"), up to three lower-case words after that quotation
    finishing its phrase (:data:`_PAIRED_PHRASE`: "Lee noted the “patchwork approach” to enforcement and “weak
    links” in it"), that quotation's speaker tuple; else None."""
    last = found.rows[-1] if found.rows else None
    if not last or not last["speaker"] or not last["cue"] \
            or not _PAIRED_PHRASE.fullmatch(v.text, last["end"], q["start"]):
        return None
    return last["mention"], last["mention_start"], last["mention_end"], last["cue"], last["speaker"]


def _term_subject(v: _Version, q: dict, place: _Place, found: _Found):
    """For a quoted word or phrase read as a term, the person who is the only subject its sentence has before it,
    named or he/she resolved to a person named ("She was “appalled”"; "Lee urges eating the eyes – “lots of
    fluid”"), or any subject when "citing" leads to the phrase (:data:`_CITING`) or a cue gave an earlier quotation
    to it ("President Tate said ... Tate painted Lee as a “puppet”"): a reader takes the phrase as that subject's
    words; an organisation with a cue of its own before the phrase (:func:`_cued_term_body`); None for any
    other subject or several, or a verb of naming before it (:data:`_CALLED`: "Roe cited a statement that called the
    vote “a farce”": the statement's), or a name quoted, its words capitalised ("Roe decried the “Fair Deal” group")."""
    subjects = [s for s in _sentence_subjects(v, place.i) if place.lo <= s[2] < q["start"]]
    if not subjects and not place.opens:
        return _quoted_verb_subject(v, q, place)
    other = bool(subjects) and subjects[0][1] == "other" and not _CITING.search(v.text, place.lo, q["start"]) \
        and not any(row["speaker"] == subjects[0][0] and row["cue"] for row in found.rows)
    if place.opens or len(subjects) != 1 or _CALLED.search(v.text, place.lo, q["start"]) \
            or all(w[:1].isupper() for w in re.findall(r"\w+", v.text[q["start"]:q["end"]])):
        return None
    if other:
        return _cued_term_body(v, q, subjects[0])
    speaker, kind, start = subjects[0]
    if kind == "pronoun":
        named = _pronoun_speaker(v, found, speaker, start, q, place) if speaker in PERSON_PRONOUNS else ""
        written = v.text[start:start + len(speaker)]
        return (written, start, start + len(speaker), "", named) if _named_person(v, named) else None
    mention, m_start, m_end = _written_mention(v.text, start, speaker)
    return mention, m_start, m_end, "", speaker


_NAMING_BEFORE = re.compile(rf"\b({alternation(NAMING_PARTICIPLES)})\s+(?:as\s+)?(?:(?:an?|the)\s+)?$", re.IGNORECASE)
_BY_AFTER = re.compile(r"[,”\"’']*\s+by\s+(?:the\s+)?"
                       r"((?:\p{Lu}\p{Ll}{1,3}\.\s+)?\p{Lu}[\w&'’-]*(?:\s+\p{Lu}[\w&'’-]*){0,4})")
_NAMER_BEFORE = re.compile(rf"(?<![\w'’-])([Hh]e|[Ss]he|[Tt]hey|\p{{Lu}}[\w'’-]*(?:\s+\p{{Lu}}[\w'’-]*){{0,3}})\s+"
                           rf"({alternation(v for v in CALLED_VERBS if ' ' not in v)})\s+(?:(?:an?|the)\s+)?$")
"""A verb of naming, or its participle, right before a quoted term and its subject ("which he dubbed", "Jo Lee
called"), or its agent after "by" just after the term ("Dubbed a ... by Elmsa")."""


def _naming_agent(v: _Version, q: dict, place: _Place, found: _Found):
    """For a quoted term, the one a verb of naming right before it (:data:`~newskit.text.lexicon.CALLED_VERBS`) gives
    the name: its subject, a name or a pronoun, just before the verb ("a dog which he dubbed “Rex”": he), or its agent
    after "by" just after the term ("Dubbed a “Blue Moon” by the Elm Agency": the agency); as a cue's speaker, else
    None.

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> find_quotes("Jo Lee made a doll he dubbed “Tin”. Dubbed a “Red Moon” by Elmsa, it rose.").speaker.tolist()
    ['Jo Lee', 'Elmsa']
    >>> find_quotes("It was described as “critical” by Dr. Al Roe of Elm Hospital.").speaker.tolist()  # a title kept
    ['Al Roe']
    """
    namer = _NAMER_BEFORE.search(v.text, max(place.lo, q["start"] - 80), q["start"])
    if namer and namer.group(1).split()[0] not in _NOT_SUBJECTS:
        agent, verb = namer, namer.group(2)
    else:
        named = _NAMING_BEFORE.search(v.text, max(place.lo, q["start"] - 40), q["start"])
        agent = named and _BY_AFTER.match(v.text, q["end"])
        verb = named.group(1) if agent else ""
    if not agent:
        return _describer(v, q, place, found)
    return _cued_speaker(v, q, place, found, ((agent.group(1), agent.start(1), agent.end(1)), verb.lower()))


_DESCRIBING = NAMING_PARTICIPLES | {"dismissed", "denounced"}
_DESCRIBED_AS = re.compile(rf"\b({alternation(_DESCRIBING)})\s+"
                           r"(?:by\s+(?:the\s+)?(\w[^.;:!?“”\"]{0,50}?)|[^.;:!?“”\"]{1,60}?)"
                           r"\s+as\s+(?:(?:an?|the)\s+)?$", re.IGNORECASE)
"""A verb describing its object as a label quoted right after "as", the object (or the agent after "by") between
("described the plan as “a farce”", "was described by Elm Air as “...”")."""


def _describer(v: _Version, q: dict, place: _Place, found: _Found):
    """For a quoted term right after "as" that closes a verb of describing and its object (:data:`_DESCRIBED_AS`),
    the describer: the verb's subject ("The Elm Office dismissed the report as “nothing new”": the office; "Jo Lee,
    who described ...") or its agent after "by" ("the talks were described by Elm Air as a “good start”"); as a cue's
    speaker, else None.

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> find_quotes("The Elm Office dismissed the report as “nothing new.” Others agreed.").speaker.tolist()
    ['Elm Office']
    """
    described = _DESCRIBED_AS.search(v.text, max(place.lo, q["start"] - 120), q["start"])
    if not described:
        return None
    verb = described.group(1).lower()
    if described.group(2):
        agent = described.group(2).rstrip()
        return _cued_speaker(v, q, place, found, ((agent, described.start(2), described.start(2) + len(agent)), verb))
    subject = subject_before(v.text, place.lo, described.start())
    if not subject or subject[0].split()[0] in _NOT_SUBJECTS:
        return None
    return _cued_speaker(v, q, place, found, (subject, verb))


def _term_tag(v: _Version, q: dict, place: _Place, found: _Found):
    """For a quoted term inside a sentence that an inverted reporting clause closes after its last comma, no quotation
    after the term ("The craft, “a new model”, left at nine, said the agency."), that clause's speaker tuple: the
    sentence is what the subject reports; None otherwise.

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> find_quotes("The craft, “a new model”, left at nine, said the Elm Agency.").speaker.tolist()
    ['Elm Agency']
    """
    end = v.ends[place.i] if v.ends else place.hi
    comma = _LAST_COMMA.match(v.text, q["end"], end) if not place.opens and place.hi >= end else None
    cue = comma and QUOTE_CUES.match(v.text, re.compile(r"\s*").match(v.text, comma.end()).end())
    if not cue or cue.group().strip().lower().endswith("ing"):
        return None
    subject = subject_after(v.text, cue.end(), end)
    if not subject or not _SENTENCE_CLOSE.fullmatch(v.text, subject[2], end):
        return None
    return _cued_speaker(v, q, place, found, (subject, cue.group().strip().lower()))


def _quoted_verb_subject(v: _Version, q: dict, place: _Place):
    """For a quotation of one word in lower case written right after a person's name, the verb of the clause that
    name opens ("Minister Jo Lee “welcomed” the call", no subject read since the verb is quoted): that person's word,
    as a speaker strategy's tuple; None otherwise.

    Example
    -------
    >>> from newskit.quotations import quotes
    >>> from newskit.story import story_from_texts
    >>> quotes(story_from_texts({"a": "Some agreed. Minister Jo Lee “welcomed” the call."})).speaker.tolist()
    ['Jo Lee']
    """
    words = re.findall(r"[\w'’-]+", v.text[q["start"]:q["end"]])
    subject = subject_before(v.text, place.lo, q["start"]) if len(words) == 1 and words[0].islower() else None
    if not subject or not subject[0][:1].isupper() or v.text[subject[2]:q["start"]].strip():
        return None
    speaker = v.resolve(subject[0], subject[1])
    return (subject[0], subject[1], subject[2], "", speaker) if _is_person(v, speaker) else None


_ASKED_BY = re.compile(r"\b(?:was|were|is|are|been|being)\s+asked\s+by\s+")


def _asked_by(v: _Version, lo: int, hi: int):
    """The person named after the last "was asked by" in ``v.text[lo:hi]``, whose question a quotation after it is,
    not the subject's ("Roe was asked by moderator Jo Lee whether it would risk “...”": Jo Lee), as a speaker
    strategy's tuple; None when there is none or it names no person.

    Example
    -------
    >>> from newskit.quote_marks import quote_spans
    >>> from newskit.story import sentences, story_from_texts
    >>> text = 'Al Roe was asked by host Jo Lee whether his plan would cost "more than we have."'
    >>> story = story_from_texts({"a": text})
    >>> version, whole = story.versions[0], [(0, len(story.versions[0].raw))]
    >>> [r["speaker"] for r in quote_rows(version, sentences(story), whole, quote_spans(version.raw, whole), [])]
    ['Jo Lee']
    """
    asked = list(_ASKED_BY.finditer(v.text, lo, hi))
    subject = subject_after(v.text, asked[-1].end(), hi) if asked else None
    if not subject:
        return None
    mention, start, end = _clean_mention(*subject)
    speaker = v.resolve(mention, start)
    return (mention, start, end, "", speaker) if _is_person(v, speaker) else None


def _colon_subject(v: _Version, q: dict, place: _Place, found: _Found):
    """For a quotation right after a colon that closes a clause of its own sentence, the person that clause has as
    its subject ("Jo Lee broke down what was wrong with it to the Daily Planet: “...”": Jo Lee, not the paper
    after her verb; "Lee lobbies for a wage: “...”"); None when the sentence's first subject is no person ("The ad
    Lee paid for ends with a line: “...”") or a later clause has he/she as subject; the sentence before, ending in a
    colon, is read so for a quotation opening the paragraph after it ("Jo Lee had this to say: ¶ “...”"); a subject
    asked by someone gives the asker (:func:`_asked_by`)."""
    lead = _colon_clause(v, q, place)
    if not lead:
        return None
    k, lo, hi = lead
    if _ASKED_BY.search(v.text, lo, hi):
        return _asked_by(v, lo, hi)
    subjects = [s for s in _sentence_subjects(v, k) if lo <= s[2] < hi]
    if not subjects or subjects[0][1] != "person" or any(s[0] in PERSON_PRONOUNS for s in subjects[1:]):
        return None  # "Lee has tried, but she still feels: “...”": she, the nearer mention, found next
    speaker, _, start = subjects[0]
    mention, m_start, m_end = _written_mention(v.text, start, speaker)
    return mention, m_start, m_end, "", speaker


def _colon_block(v: _Version, q: dict, place: _Place, found: _Found):
    """For a quotation inside a block quoted without marks, a paragraph opening with a word right after one whose
    last sentence is a colon cue (:func:`_colon_cue`), the speaker of that cue, who quotes the block ("Lee wrote:
    ¶ What matters is “who can win?” ¶": Lee); None for a paragraph opening with a quotation mark."""
    k = q["paragraph"]
    if not k or not v.text[v.first_marks[k]].isalnum():
        return None
    lo = v.paragraphs[k - 1][0]
    last = bisect.bisect_right(v.ends, v.paragraphs[k][0]) - 1
    cued = _colon_cue(v.text, v.starts[last], v.ends[last]) if last >= 0 and v.starts[last] >= lo else None
    if not cued:
        return None
    mention, m_start, m_end, _, speaker = _cued_speaker(v, q, place, found, cued)
    return mention, m_start, m_end, "", speaker


SPEAKER_STRATEGIES = (_profile_heading, _colon_block, _organisation_fragment, _fragment_subject,
                      _opening_phrase_subject, _colon_subject, _asked_before, _between, _named_before,
                      _sentence_person, _asked_answer, _previous)
"""How the speaker of a quotation without a cue of its own (and not a scare quote) is looked for, in order:
the person a profile's heading line names just before it,
the speaker of the colon cue before a block quoted without marks that holds it, the organisation or person a
fragment's sentence has as its subject, the person subject of a sentence whose opening phrase holds it, the person
subject of the clause a colon before it closes, the one a question in the sentence before it was put to,
the source named between, a person named between, the
person the fragment's sentence is about, the one a question before it was asked of, the previous speaker."""


_UNSPOKEN = ("", pd.NA, pd.NA, "", "")
"""The speaker tuple of a quotation given to no one."""


def _speaker(v: _Version, q: dict, place: _Place, found: _Found) -> tuple[str, tuple, str]:
    """(kind, (mention, mention_start, mention_end, cue, speaker), name of the strategy that found it or "")
    of quotation ``q``."""
    for strategy in CUE_STRATEGIES:
        cued = strategy(v, q, place, found)
        if cued:
            return quote_kind(v.text, q, place.lo, True), _cued_speaker(v, q, place, found, cued), strategy.__name__
    kind = quote_kind(v.text, q, place.lo, False)
    terms = (_paired_term, _naming_agent, _term_subject, _term_tag)
    for strategy in SPEAKER_STRATEGIES if kind != "scare" else terms:
        spoken = strategy(v, q, place, found)
        if spoken:
            return kind, spoken, strategy.__name__
    return kind, _UNSPOKEN, ""


def _row(v: _Version, q: dict, place: _Place, kind: str, spoken: tuple) -> dict:
    mention, m_start, m_end, cue, speaker = spoken
    if not pd.isna(m_start):
        mention = v.text[m_start:m_end]  # as written: spacing and line breaks kept
    return {"version": v.id, "sentence": place.sentence, "start": q["start"], "end": q["end"],
            "text": v.text[q["start"]:q["end"]], "speaker": speaker, "cue": cue, "kind": kind,
            "paragraph": q["paragraph"], "mention": mention, "mention_start": m_start, "mention_end": m_end}


def quote_rows(version, sents: pd.DataFrame, paragraphs: list[tuple[int, int]], spans: list[dict],
               attributed: list[dict], pronouns: dict[int, str] | None = None) -> list[dict]:
    """Quotation rows (see :func:`newskit.quotations.quotes`) of ``version`` whose sentences are ``sents``,
    body paragraphs ``paragraphs``, quotations ``spans`` (from :func:`~newskit.quote_marks.quote_spans`) and
    attributions ``attributed`` (dicts with start, source and source_type, the quotations skipped). Each he/she of
    ``pronouns`` (offset of the mention: the pronoun), the sources of ``attributed`` written so, is replaced in
    place by whom it names: the speaker of the quotation it cues, else as :func:`_pronoun_speaker` reads it.

    Example
    -------
    >>> from newskit.quote_marks import quote_spans
    >>> from newskit.story import sentences, story_from_texts
    >>> story = story_from_texts({"a": '“We agree,” Wang Yi said.'})
    >>> version = story.versions[0]
    >>> whole = [(0, len(version.raw))]
    >>> rows = quote_rows(version, sentences(story), whole, quote_spans(version.raw, whole), [])
    >>> [(r["speaker"], r["cue"], r["kind"]) for r in rows]
    [('Wang Yi', 'said', 'full')]
    """
    rows = [row for row, _ in _rows(version, sents, paragraphs, spans, attributed, pronouns)]
    for row, nxt in reversed(list(zip(rows, rows[1:]))):  # a multi-paragraph quote is attributed once
        if row["kind"] == nxt["kind"] == "multi-paragraph" and not row["speaker"]:
            _take_speaker(row, nxt)
    return rows


def _rows(version, sents: pd.DataFrame, paragraphs: list[tuple[int, int]], spans: list[dict], attributed: list[dict],
          pronouns: dict[int, str] | None = None):
    """(row, strategy name) of each quotation in turn; each he/she of ``pronouns`` (offset: pronoun) replaced, in
    place, by whom it names (:func:`_pronoun_antecedent`), read with the quotations before it. A term read as its
    sentence's subject's word (:func:`_term_subject`) or its closing tag's (:func:`_term_tag`) is given that speaker
    once all are read: the others read past it as past a term with none; so is a term the next quotation of its
    sentence speaks for (:func:`_terms_cued_later`)."""
    v = _version(version, sents, paragraphs, spans, attributed)
    found, terms = _Found(), []
    waiting = sorted(pronouns or ())
    for q in spans:
        _read_pronouns(v, found, pronouns, waiting, q["start"])
        place = _place(v, q)
        kind, spoken, strategy = _speaker(v, q, place, found)
        term = strategy in (_term_subject.__name__, _term_tag.__name__)
        row = _row(v, q, place, kind, _UNSPOKEN if term else spoken)
        if term:
            terms.append((row, _row(v, q, place, kind, spoken)))
        found.rows.append(row)
        if row["mention_start"] is not pd.NA:
            found.by_mention[row["mention_start"]] = row
        if kind != "scare" and row["speaker"]:
            found.previous = found.spoken[row["sentence"]] = row
        elif row["speaker"]:
            found.termed[row["sentence"]] = row
        yield row, strategy
    _read_pronouns(v, found, pronouns, waiting, len(v.text) + 1)
    for row, read in terms:
        row.update(read)
    _terms_after_term(v, found.rows, {id(row) for row, _ in terms})
    _terms_cued_later(v, found.rows)
    for pos in pronouns or ():  # he/she cueing a quotation: its speaker
        again = found.by_mention.get(pos)
        said = again and again["mention"].lower()
        if said and SUBJECT_FORMS.get(said, said) in PERSON_PRONOUNS \
                and (_named_person(v, again["speaker"]) or role_phrase(again["speaker"])):
            pronouns[pos] = again["speaker"]  # a person, or one described: "A ministry spokesman said ... he said"


def _terms_cued_later(v: _Version, rows: list[dict]) -> None:
    """Give a quoted term with no speaker the speaker of the next quotation of its sentence, no term, when that one
    has a cue after it or its speaker written before the term in their sentence, and no cue stands between the two
    ("It marks “a new era” by “using its right,” the statement said": the statement's; "The Ledger quotes Jo Lee as
    saying the plan is “a mess” and that aides want us to “leave kids with strangers”": Lee's), in place.

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> text = "The Ledger quotes Jo Lee as saying the plan is “a mess” and that aides want us to “leave kids with strangers.”"
    >>> find_quotes(text).speaker.tolist()
    ['Jo Lee', 'Jo Lee']
    """
    for row, nxt in zip(rows, rows[1:]):
        if row["kind"] == "scare" and not row["speaker"] and nxt["sentence"] == row["sentence"] \
                and nxt["kind"] != "scare" and nxt["speaker"] and _speaks_for_term(v, row, nxt) \
                and not QUOTE_CUES.search(v.text, row["end"], nxt["start"]):
            _take_speaker(row, nxt)


def _speaks_for_term(v: _Version, term: dict, nxt: dict) -> bool:
    """Whether quotation row ``nxt`` after the term row ``term`` has a cue after it or its speaker's mention before the
    term in the sentence the term opens in."""
    if nxt["mention_start"] is pd.NA:
        return False
    if nxt["cue"] and nxt["mention_start"] > nxt["end"]:
        return True
    return v.starts[_sentence_at(v, term["start"])] <= nxt["mention_start"] and nxt["mention_end"] <= term["start"]


def _terms_after_term(v: _Version, rows: list[dict], subject_terms: set[int]) -> None:
    """Give a quoted term with no speaker the speaker of the term just before it in its sentence, that one read as
    its subject's word (:func:`_term_subject`) by a name, not a pronoun, when no cue, subject, colon or semicolon
    stands between the two ("Lee expressed her “deep anger” at the “awful attack”": Lee's), in place.

    Example
    -------
    >>> from newskit.quotations import find_quotes
    >>> find_quotes("Jo Lee, a farmer, spoke. Lee expressed her “deep anger” at the “awful attack”.").speaker.tolist()
    ['Jo Lee', 'Jo Lee']
    """
    for prev, row in zip(rows, rows[1:]):
        if id(prev) in subject_terms and prev["speaker"] and prev["mention"].lower() not in PRONOUNS \
                and row["kind"] == "scare" and not row["speaker"] \
                and row["sentence"] == prev["sentence"] and not re.search(r"[;:]", v.text[prev["end"]:row["start"]]) \
                and not QUOTE_CUES.search(v.text, prev["end"], row["start"]) \
                and not any(prev["end"] <= s[2] < row["start"]
                            for s in _sentence_subjects(v, _sentence_at(v, row["start"]))):
            _take_speaker(row, prev)


def _sentence_at(v: _Version, pos: int) -> int:
    """The index of the sentence of ``v`` that holds offset ``pos`` (the first one for a position before it)."""
    return max(bisect.bisect_right(v.starts, pos) - 1, 0)


def _take_speaker(row: dict, other: dict) -> None:
    """Give quotation ``row`` the speaker, mention and cue of quotation row ``other``, in place."""
    row.update({k: other[k] for k in ("speaker", "mention", "cue", "mention_start", "mention_end")})


def _read_pronouns(v: _Version, found: _Found, pronouns: dict[int, str], waiting: list[int], hi: int) -> None:
    """Replace the he/she of ``pronouns`` written at the ``waiting`` offsets before ``hi`` by the person it names."""
    while waiting and waiting[0] < hi:
        pos = waiting.pop(0)
        named = _pronoun_antecedent(v, found, pronouns[pos], pos)
        pronouns[pos] = named if _named_person(v, named) else pronouns[pos]


def _named_person(v: _Version, speaker: str) -> bool:
    """Whether ``speaker`` is a person the version names (:func:`_is_person`) or cites, whom he/she may stand for
    (:func:`newskit.speakers.pronoun_may_name`): no group ("senators"), role or place."""
    return bool(speaker) and (_is_person(v, speaker) or _cited_name(v, speaker)) and pronoun_may_name(speaker, v.text)


def _cited_name(v: _Version, speaker: str) -> bool:
    """Whether ``speaker`` is a person cited as a source by a name, its words capitalised ("Cruz"; not "force")."""
    return speaker in v.antecedents.cited and all(w[:1].isupper() for w in speaker.split())


def _pronoun_antecedent(v: _Version, found: _Found, mention: str, pos: int) -> str:
    """Who he/she written at ``pos`` outside a quotation's reporting clause is, as :func:`_pronoun_speaker` reads it
    for a quotation when that is a person named, else the last person of unknown gender named before ("Tam Orvik
    spoke. The crowd chanted. He said": Tam Orvik); ``mention`` when the version has no body paragraph."""
    if not v.paragraphs:
        return mention
    k = max(v.paragraph_index(pos), 0)
    i = _sentence_at(v, pos)
    q = {"start": pos, "end": v.paragraphs[k][1], "paragraph": k}
    named = _pronoun_speaker(v, found, mention, pos, q, _Place(i, v.sentence_ids[i], pos, pos, False))
    other = None if _named_person(v, named) else v.antecedents.unknown(pos)
    return other[1] if other else named


def speaker_strategies(version, sents: pd.DataFrame, paragraphs: list[tuple[int, int]], spans: list[dict],
                       attributed: list[dict]) -> list[str]:
    """For each quotation of :func:`quote_rows` (same arguments), the name of the strategy in
    :data:`CUE_STRATEGIES` or :data:`SPEAKER_STRATEGIES` that found its speaker ("" for none): how a
    speaker was found, for tests and for reading a result.

    Example
    -------
    >>> from newskit.quote_marks import quote_spans
    >>> from newskit.story import sentences, story_from_texts
    >>> story = story_from_texts({"a": '“We agree,” Wang Yi said. “We will go.”'})
    >>> version, whole = story.versions[0], [(0, len(story.versions[0].raw))]
    >>> speaker_strategies(version, sentences(story), whole, quote_spans(version.raw, whole), [])
    ['_cue_beside', '_between']
    """
    return [name for _, name in _rows(version, sents, paragraphs, spans, attributed)]
