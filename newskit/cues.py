"""The sourcing lexicon: reporting cues, source typing and the sources a version credits itself.

Everything here is a rule over words, shared by the quotation finder and the attribution finder
(:mod:`newskit.sourcing`): :data:`CUES` (reporting verbs, every inflection), :data:`QUOTE_CUES` (the
same and the verbs only read next to a quotation: "she continued"), :data:`BY_CUES` ("according to",
whose source follows), :func:`source_type` (person, official/institution, government, state media,
media, wire agency, anonymous, document) and :func:`credit_sources` (credit lines, datelines, bylines
and captions).

Example
-------
>>> bool(CUES.search("officials said")), source_type("Kazakh officials")
(True, 'anonymous')
"""

from __future__ import annotations

import functools
from newskit.text import letters as re

from .furniture import MARKDOWN_LINK
from .speakers import INSTITUTION, before_affiliation, family_name, fullest_name, last_written, nickname_table, \
    person_name, place_name, sentence_subject, subject_before, title_case_lines
from .text.lexicon import (
    AGENCY_FORMS, AGENCY_PATTERN, AGENT_PARTICIPLES, ARTICLES, ASKED_NOUNS, ASSERTION_NOUNS, AUTHORED_NOUNS,
    AUTHORSHIP_PARTICIPLES, AUXILIARIES, BODY_LABELS, CALLED_VERBS, COMMITTING_VERBS, CREDIT_ROLE_PATTERN,
    CRITICISM_CUES, CRITICISM_NOUNS, CUE_ADVERBS, DATE_WORDS, DECIDED_NOUNS, DECLARING_VERBS, DECLINING_CUES,
    DEGREE_ADVERBS, DEMONYMS, DESCRIBING_CUES, DETERMINERS, DOCUMENT_FINDINGS, FAULTING_VERBS, FINDING_VERBS,
    FUNCTION_WORDS, MOVING_PARTICLES,
    GROUP_NOUNS, GROUP_QUANTIFIERS, INDEFINITE_PRONOUNS, INQUIRY_NOUNS, INVERTED_OPENERS, INTENDING_VERBS,
    IRREGULAR_PAST, ISSUED_DOCUMENTS, JUDGING_VERBS, MODALS, NAME_JOINING_WORDS, NAME_TITLES, NEGATED_AUXILIARIES,
    NAME_PARTICLES, NOUN_LIKE_VERBS, NOT_ADVERBS_IN_LY, NUMBER_WORDS, OFFERING_VERBS, OUTLET_ACTS, OUTLET_PATTERN,
    INVERTED_CUES, PARTY_MEMBERS,
    PAST_HOLDER_WORDS, PHRASAL_CUES, PLEAS, POINTING_VERBS, PREPOSITIONS, PUBLISHED_VERBS, QUESTION_WORDS,
    QUOTE_ONLY_VERBS, RAISED_PARTICIPLES, REACTION_NOUNS, REJECTING_VERBS, RELEASED_INFORMATION, REPORTING_VERBS,
    SENTENCE_OPENERS, SET_PHRASES, SIGNALLING_VERBS, SPANISH_REPORTING_VERBS, SPEAKING_CHANNELS, SPOKEN_NOUNS,
    SPOKEN_TEXTS, STAFF_ROLES, STANCE_VERBS, SUBJECT_FORMS, STATEMENT_CUES, STATEMENT_NOUNS, STATE_AGENCIES,
    TALLY_TERMS, TITLES, TOLD_PUBLICATION, UNFINISHED_ENDS, US_STATES, VIEW_VERBS, VOICING_CUES, WEATHER_ALERTS,
    WEEKDAYS, WELCOMING_VERBS, WIRE_PATTERN, WORDED_DOCUMENTS, YES_NO_OPENERS, ACT_SENSE_CUES, COURSE_NOUNS,
    ENDING_EVENTS, HELD_POSITIONS, KEEPING_CUES, MONTHS, OBJECTLESS_CUES, TOLL_NOUNS, alternation, canonical_agency,
    third_person, verb_forms,
)
from .text.tokens import unaccented

SOURCE_TYPES = (
    "person", "official/institution", "government", "state media", "media", "wire agency", "anonymous", "document",
)

_MEDIA_REPORTS = [r"(?<=[\w.]\s)reports", r"(?<=[”\"’]\s)reports(?=\s+(?:the\s+)?\p{Lu})"]
""""Reports" after a word ("AP reports", "Jo Lee reports that": checked by :func:`report_credit`) or after a
quotation, inverted before its capitalised subject ("“...,” reports the Elm Trade Board"; not "“...,” reports say")."""
_THAT_VERBS = sorted(NOUN_LIKE_VERBS & set(REPORTING_VERBS) - {"report", "post", "project", "state"})
_NOUN_FORMS = frozenset(_THAT_VERBS) | frozenset(third_person(v) for v in _THAT_VERBS)
_NOUN_FORMS_THAT = (rf"(?:{alternation(_NOUN_FORMS - {'claims'})})(?=\s+that\s)",)
_STANCE_NOUN_FORMS = frozenset(f for v in STANCE_VERBS if v in NOUN_LIKE_VERBS for f in (v, third_person(v)))
_STANCE_NAMED = (rf"(?:{alternation(_STANCE_NOUN_FORMS)})(?=\s+\p{{Lu}})",)
_NAMED_NEXT = re.compile(r"\s+\p{Lu}")
_PLURAL_BEFORE = re.compile(rf"(?<![\w'’-])(?:(?i:they|we|i|you)|(?!(?i:{alternation(FUNCTION_WORDS)})\s)"
                            r"[\p{Lu}\p{Ll}][\p{Ll}-]*[^\Ws'’-]s|\p{Ll}+,)\s+$")
_THAT_NEXT = re.compile(r"\s+that\s")
_OPENS = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n\s*)$")
_NOT_NAMES = alternation(w.capitalize() for w in FUNCTION_WORDS | set(GROUP_QUANTIFIERS) | NUMBER_WORDS)
_SINGULAR_BEFORE = re.compile(rf"(?<![\w'’-])(?:(?i:he|she|it|who)|(?!(?:{_NOT_NAMES})\s)\p{{Lu}}[\w.-]*\w|"
                              r"\p{Ll}+,)\s+$")


def noun_form_cue(match: re.Match) -> bool | None:
    """For a cue ``match`` in the base or -s form of :data:`~newskit.text.lexicon.NOUN_LIKE_VERBS` (read only before
    "that", or one of :data:`~newskit.text.lexicon.STANCE_VERBS` before a capitalised object: "Elm PAC blasts Roe",
    "Rivals mock Roe"), whether a subject of its number stands right before it: a plural noun or "they" before the
    base form ("Critics charge that", "They note that"), "he", "she", "it", "who" or a capitalised word before the -s
    form ("Jo Lee notes that", "the Ledger estimates that"), or a lower-case word closing a phrase set off by commas
    ("Jo Lee, a consultant, notes that"), adverbs between ("Jo Lee often notes that"); not a determiner or owner ("his
    claim that", "the charges that", "Lee's remark that"), an adjective ("criminal charges that"; "Federal charges
    that" opening a sentence, a word the text writes in lower case elsewhere: :func:`written_lower`) nor a
    preposition ("in the harbor's notes that"). None for any other cue or where neither "that" nor a capitalised
    object follows ("state", "states" stay no cue: "the states that vote", "Rust Belt states that ...").

    Example
    -------
    >>> text = "Critics charge that it fell. Jo Lee notes that it fell. His claim that it fell. Its notes that fell."
    >>> [noun_form_cue(m) for m in CUES.finditer(text)]
    [True, True, False, False]
    >>> text = "Federal charges that he faces are grave. Elmco, a firm, notes that federal law applies."
    >>> [noun_form_cue(m) for m in CUES.finditer(text)]
    [False, True]
    """
    word, text = match.group().lower(), match.string
    if not (word in _NOUN_FORMS and word != "claims" and _THAT_NEXT.match(text, match.end())
            or word in _STANCE_NOUN_FORMS and _NAMED_NEXT.match(text, match.end())):
        return None
    start = adverb_start(text, match.start())  # "O'Malley frequently notes that"
    forms = _NOUN_FORMS | _STANCE_NOUN_FORMS
    before = (_SINGULAR_BEFORE if word.endswith("s") and word[:-1] in forms else _PLURAL_BEFORE).search(
        text, max(0, start - 60), start)
    at = before.start() if before else 0
    opening = before and before.group()[:1].isupper() and _OPENS.search(text, max(0, at - 4), at)
    return before is not None and not (opening and written_lower(text, before.group().strip()))


CLAUSE_CLOSED = re.compile(r"\s+that\b|[.,;]")
"""What follows a cue whose clause ends there or goes on with "that" ("..., the Ledger reports.", "found that"):
the subject reports or finds, the cue has no object ("found the money")."""
_REPORTS_NOUN = re.compile(r"\s+(?:of|on|about|from|in|by|have|had|are|were|say|said|show|showed|suggest|suggested|"
                           r"indicate|indicated)\b")
_OUTLET_KINDS = ("media", "wire agency")


def report_credit(text: str, match: re.Match, subject: tuple[str, int, int]) -> bool:
    """Whether the cue ``match``, "reports" after a word, credits its ``subject`` (source, start, end): an outlet
    or agency ("AP reports"), or a name of two words or more whose report the clause ends with or opens with "that"
    ("..., the Daily Ledger reports.", "Jo Lee reports that ..."), not a noun's plural ("police reports show",
    "News reports said", "Ledger reports of fraud") nor a name's object ("the Harbor Party reports results").

    Example
    -------
    >>> text = "AP reports the vote. Jo Lee reports that it fell. News reports said so. Jo Lee reports income."
    >>> spans = [("AP", 0, 2), ("Jo Lee", 21, 27), ("News", 50, 54), ("Jo Lee", 71, 77)]
    >>> [report_credit(text, m, s) for m, s in zip(re.finditer("reports", text), spans)]
    [True, True, False, False]
    """
    if _REPORTS_NOUN.match(text, match.end()) or not proper_name(subject[0]):
        return False
    return source_type(subject[0]) in _OUTLET_KINDS or len(subject[0].split()) > 1 and CLAUSE_CLOSED.match(
        text, match.end()) is not None


FIRST_REPORTS = tuple(f"{be} {the}first to {verb}" for be in ("was", "were") for the in ("", "the ")
                      for verb in ("report", "break"))
"""A medium credited with a report ("Politico was first to report the news")."""


def _cue_pattern(verbs, extra: list[str], patterns: tuple[str, ...] = ()) -> re.Pattern:
    forms = sorted({f for v in verbs for f in verb_forms(v)} | set(extra), key=len, reverse=True)
    forms = [re.escape(f).replace(r"\ ", r"\s+") for f in forms] + _MEDIA_REPORTS + list(patterns)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(forms) + r")(?![\w'’-])")


CUES = _cue_pattern([v for v in REPORTING_VERBS if v != "ask"] + list(STANCE_VERBS) + list(DECLARING_VERBS)
                   + list(COMMITTING_VERBS) + list(VIEW_VERBS),
                   ["pointed out", *(f for v in POINTING_VERBS for f in verb_forms(v) if not f.endswith("ing")),
                    "points out", *SPANISH_REPORTING_VERBS, *DECLINING_CUES, *STATEMENT_CUES, *CRITICISM_CUES,
                    *VOICING_CUES, *RELEASED_INFORMATION, *DESCRIBING_CUES, *FIRST_REPORTS, *PHRASAL_CUES],
                   _NOUN_FORMS_THAT + _STANCE_NAMED)
"""Reporting verbs (all inflections) that attribute a statement to a source, verbs of a view held
(:data:`~newskit.text.lexicon.VIEW_VERBS`, a kind apart: :func:`view_cue`), and the phrases of a source declining
to comment ("did not say") or giving out a statement ("issued a statement"); a mostly-noun verb before "that", or a
mostly-noun verb of stance before a capitalised object, as a headline writes it (:func:`noun_form_cue`, which
:func:`cue_matches` reads: "Critics charge that", "Elm PAC blasts Roe")."""
_CALLS_NAMED = (r"(?<![Ww]hat\she\s)(?<![Ww]hat\sshe\s)(?<![Ww]hat\sit\s)"
                r"calls(?=\s+(?:the|his|her|their|its|this|that|these|those|it|him|them)\s+"
                r"(?:[\w-]+\s+){0,2}?(?:[“\"]|\Z))")
""""Calls" before a short object and a quotation, or the end of the text searched, where one opens ("The group calls the
acts “crude”"): the verb, never the noun; not in "what she calls the “...”", a clause naming a thing, whose "she"
stands for the subject the sentence has before it."""
QUOTE_CUES = _cue_pattern(REPORTING_VERBS + QUOTE_ONLY_VERBS + STANCE_VERBS + DECLARING_VERBS,
                          ["pointed out", "points out", "notes", "states", "termed", *INVERTED_OPENERS, *INVERTED_CUES,
                           "put it", "puts it", *SPANISH_REPORTING_VERBS, *STATEMENT_CUES, *PHRASAL_CUES],
                          (_CALLS_NAMED,))
"""Cues accepted next to a quotation: the reporting verbs, those of a stance or a declared position ("Jo Lee fumed", "he
assured them": one list with :data:`CUES`), and ones not accepted on their own ("she continued", "he went on", "as Jo
Lee put it", "“...,” replies the host": :data:`~newskit.text.lexicon.INVERTED_CUES`); "Said", "Added" opening a
sentence too ("Added Jo Lee: “...”"); a statement given out ("Jo Lee issued the following statement: “...”"); a
phrasal verb of speaking up ("The Times also chimed in: “...”"); "calls" naming what it calls by a quotation
(:data:`_CALLS_NAMED`); "termed", the one form of "term" that is no noun ("Jo Lee termed the move “a farce”")."""
_DETERMINERS = r"(?:the|that|this|those|these|his|her|their|its|such|any|some|all|a|an)"
_STANCE_FORMS = frozenset(f for v in STANCE_VERBS + DECLARING_VERBS for f in verb_forms(v)) - frozenset(
    f for v in REPORTING_VERBS + QUOTE_ONLY_VERBS for f in verb_forms(v))


_REFER_FORMS = frozenset(verb_forms("refer"))
_REFERRED_AS = re.compile(r"\s+to\s+(?:[\w'’.-]+\s+){1,4}?as\s+(?:(?:an?|the)\s+)?")
"""After "referred": what is named, then "as" before the words quoted ("referred to it only as a “...”")."""


_AGREED_WORDS = re.compile(r"\s+(?:to\s+)?")
"""What stands between "agreed" and the words agreed on when the quotation follows right after it ("agreed to “...”"):
the words are given."""


def cues_quotation_after(text: str, match: re.Match, hi: int) -> bool:
    """Whether the quote cue ``match`` may cue a quotation opening at ``hi`` after it: any cue but a verb of a
    stance or a declared position with only a determiner and one lower-case word between, whose object the
    quoted phrase names ("China disputed the domain “.xyz”", "Lee denounced the new “Vote Now” group": a name,
    not the subject's words), nor a cue read in its sense of an act (:func:`_act_sense`: "Acme concluded its review
    and will publish it “soon”", "the two agreed to settle it “in peace”"; not "agreed to “...”"). "Jo Lee fumed:
    “...”" and "Lee touted Roe’s “strong record”" stay cued.

    Example
    -------
    >>> text = "Jo Lee fumed: “We lost.” Al Roe touted his “strong record” and decried the new “Vote Now” group."
    >>> [cues_quotation_after(text, m, text.index("“", m.end())) for m in QUOTE_CUES.finditer(text)]
    [True, True, False]
    >>> text = "Jo Lee referred to it as a “stopgap”. Al Roe referred us to a note calling it “a farce.”"
    >>> [cues_quotation_after(text, m, text.index("“", m.end())) for m in QUOTE_CUES.finditer(text)][:2]
    [True, False]
    """
    if match.group().lower() in _REFER_FORMS:  # "referred to it only as a “stowaway”", not "referred him to"
        return _REFERRED_AS.fullmatch(text, match.end(), hi) is not None
    if _act_sense(text, 0, match.start(), match) and not _AGREED_WORDS.fullmatch(text, match.end(), hi):
        return False  # "Acme concluded its review and will publish it “soon”": an act, no words
    words = text[match.end():hi].split()
    return match.group().lower() not in _STANCE_FORMS or not (
        len(words) == 2 and words[0] != "that" and re.fullmatch(_DETERMINERS, words[0], re.I)
        and words[1].isalpha() and words[1].islower())


STANCE_CUES = re.compile(
    rf"(?<![\w'’-])(?:{alternation(f for v in REJECTING_VERBS for f in verb_forms(v))})"
    rf"(?=\s+(?:{_DETERMINERS}\s+)?(?:[\w-]+\s+)?(?:{alternation(SPOKEN_NOUNS)})\b)|"
    rf"(?<![\w'’-])(?:{alternation(verb_forms('dismiss'))})(?=\s+(?:[\w'’-]+\s+){{1,4}}?as\b)|"
    rf"(?<![\w'’-])(?:{alternation(verb_forms('refer'))})\s+to(?=\s+(?:{_DETERMINERS}\b|him\b|them\b|it\b|\p{{Lu}})"
    r"(?:[\w'’.-]*\s+){1,4}?as\b)|"
    rf"(?<![\w'’-])(?:{alternation(f for v in WELCOMING_VERBS for f in verb_forms(v))})"
    rf"(?=\s+(?:{_DETERMINERS}\s+)?(?:[\w-]+\s+)?(?:{alternation(SPOKEN_NOUNS + DECIDED_NOUNS)})\b)|"
    rf"(?<![\w'’-])(?:{alternation(SIGNALLING_VERBS)})(?=\s+(?:that|{alternation(QUESTION_WORDS)})\b)|"
    r"(?<![\w'’-])called(?=\s+(?:for|on|upon)\b)|"
    r"(?<![\w'’-])did\s+not\s+(?!immediately\b)(?:\p{Ll}+ly\s+)?respond\s+to"
    r"(?=\s+(?:[\w'’.-]+\s+){0,4}?requests?\b)|"
    r"(?<![\w'’-])(?:called|calls|calling|(?<![Ll]et['’]s\s)call)"
    r"(?=\s+(?:(?:the|his|her|their|its|this|that|it|him|them)\s+"
    r"(?:[\w-]+\s+){0,2}?|\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,2}\s+)(?:an?\s|the\s|[“\"]|''))|"
    r"(?<![\w'’-])(?:called|calls|calling)(?=\s+(?!an?\s+(?:[“\"]|'')"
    r"|(?:of|for|on|to|from|in|at|by|with|off|up|out|back|into)\s)"
    r"(?:(?:\p{Lu}\p{Ll}{0,2}\.|[\w'’$/-]+)\s+){1,8}?(?:(?:an?|the)\s+)?(?:[“\"]|''))|"
    rf"(?<![\w'’-])(?i:{alternation(OFFERING_VERBS)})\s+(?:[\w-]+,?\s+){{0,3}}?(?:{alternation(REACTION_NOUNS)})\b|"
    rf"(?<![\w'’-])(?<![Ww]hen\s)(?<![Ii]f\s)(?:asked|asks|asking)(?=(?:\s+(?:him|her|them|me|us|it|"
    rf"(?:the\s+)?\p{{Lu}}[\w.'’-]*(?:\s+\p{{Lu}}[\w.'’-]*){{0,2}}|(?:the|an?|his|her|their|its|former|several)"
    rf"(?:\s+(?!(?:to|for|that|and)\b)[\w.'’-]+){{1,5}}?))?\s*,?\s*(?:[“\"]|"
    rf"(?:{alternation(QUESTION_WORDS)}|about)\b))|"
    r"(?<![\w'’-])(?<![Ww]hen\s)(?:asked|asks|asking)(?=\s+(?:(?!to\b)[\w.'’-]+\s+){1,4}?(?:an?|the|one|two|three)\s+"
    r"(?:[\w-]+\s+){0,2}?questions?\b)|"
    r"(?<![\w'’-])(?:quoted|quotes|quoting)(?=\s+[^.;:!?“\"]{1,80}?\bas\s+saying\b)|"
    r"(?<![\w'’-])notes(?=[\s,:])|"
    rf"(?<![\w'’-])(?<!door\s)(?:{alternation(f for v in FAULTING_VERBS for f in verb_forms(v))})"
    rf"(?=\s+(?:(?!(?:{alternation(MOVING_PARTICLES)}|on|for|as)\b)[\w.'’-]+,?\s+){{1,8}}?(?:for|as|on)\s)")
"""Cues of a stance or question that depend on the words after them: a verb of rejecting before something said
("dismissed the criticism", "dismissed the report as", not "dismissed the case"; :data:`REJECTING_VERBS`,
:data:`SPOKEN_NOUNS`), welcoming what was said or decided ("welcomed the ruling"), signalling or questioning before
"that" or a question ("questioned whether"), having called "for", "on" or "upon", not responding to a request ("did not
respond to the Ledger's request for comment"), calling something or someone a name
("called the ruling a disgrace", "called Jo Lee “reckless”", "Critics call it a ploy", not "let's call it a day" nor
after a modal or "to", "referred to the fire as"; before a quoted name the
object may be any phrase of up to eight words but an article alone or one opening with a preposition: "called Jo Lee's
use of the fund “reckless”", not "a loophole called an “inversion”", "calls of “Go Lee”"), giving a reaction
("offered swift, negative reactions"), asking a question ("Jo Lee asked Trump, "...?"", "asked whether", "asked him
about", "asked Jo Lee a simple question"; not "when asked"), quoting someone "as saying" ("CNN quoted a witness as
saying": CNN), a name's "notes" ("NBC further notes", "as TPM notes") and a verb of faulting before its object and
"for", "as" or "on" ("Jo Lee knocked Al Roe for the delay": :data:`~newskit.text.lexicon.FAULTING_VERBS`).

Example
-------
>>> [m.group().strip() for m in STANCE_CUES.finditer("Aides dismissed the criticism. A judge dismissed the case.")]
['dismissed']
>>> STANCE_CUES.search("Jo Lee asked Al Roe, “Why?”").group(), STANCE_CUES.search("When asked whether he ran") is None
('asked', True)
>>> cue_word(STANCE_CUES.search("As TPM notes, the district is large."))
'notes'
>>> [m.group() for m in STANCE_CUES.finditer("Jo Lee knocked Al Roe on trade but knocked him out of the race.")]
['knocked']
"""
_ASKING = re.compile(r"(?<![\w'’-])(?:asked|asks)(?![\w'’-])")
_QUESTION_CLOSED = re.compile(r"[?,][”\"]\s+(?:[\w.'’-]+\s+){0,5}$")


def asked_after_quotation(text: str, lo: int, hi: int) -> list[re.Match]:
    """The "asked" or "asks" in ``text[lo:hi]`` just after a quotation closing on a question mark or comma, at most
    five words between and no punctuation ("“Why now?” Jo Lee asked", "“Why now?” asked Jo Lee"): the asker is the
    quotation's source, as a speaker is of "said" there. Those :data:`STANCE_CUES` takes already are left out.

    Example
    -------
    >>> text = "“Why now?” Jo Lee asked reporters. Al Roe asked aides to wait."
    >>> [m.start() for m in asked_after_quotation(text, 0, len(text))]
    [18]
    """
    return [m for m in _ASKING.finditer(text, lo, hi) if not STANCE_CUES.match(text, m.start())
            and _QUESTION_CLOSED.search(text, max(0, m.start() - 80), m.start())]


_CALLING_QUOTED = re.compile(r"(?<![\w'’-])(?:called|calls)(?=\s*(?:[“\"]|''))")
_RELATIVE_OPEN = re.compile(r"(?<![\w'’-])(?:that|which)\s+[^.;:!?“”\"]{0,40}\p{Lu}[^.;:!?“”\"]{0,40}$")


def called_in_relative_clause(text: str, lo: int, hi: int) -> list[re.Match]:
    """The "called" or "calls" in ``text[lo:hi]`` right before a quotation, in a clause opened by "that" or "which"
    with a capitalised word (a name) in it ("a plan that Jo Lee called “reckless”", "a law which Harbor Party
    leaders call “a relic”"): the subject names the quoted words. A participle naming a thing ("a group called
    “Vote Now”", "said that the group called “Vote Now” won": no name between) is left out.

    Example
    -------
    >>> text = "It was a plan that Jo Lee called “reckless.” He said that the group called “Vote Now” won."
    >>> [m.start() for m in called_in_relative_clause(text, 0, len(text))]
    [26]
    """
    return [m for m in _CALLING_QUOTED.finditer(text, lo, hi)
            if _RELATIVE_OPEN.search(text, max(lo, m.start() - 64), m.start())]


_PUT_IT = re.compile(r"(?<![\w'’-])(?:put|puts)\s+it(?=\s*[,.;:!?—–])")
_AS_OPEN = re.compile(r"(?:^|(?<=[\s(—–]))[Aa]s\s+[^,;:.!?()“”\"]{1,60}\s$")


def put_as_said(text: str, lo: int, hi: int) -> list[re.Match]:
    """The "put it" or "puts it" in ``text[lo:hi]`` of a clause opened by "as" and closed right after it ("As Jo
    Lee put it, the plan failed", "..., as the Ledger puts it."): the subject's words are what the sentence says,
    as after "As Jo Lee said,". Anywhere else "put it" is an act ("Jo Lee put it away").

    Example
    -------
    >>> text = "As Jo Lee puts it, the plan failed. Al Roe put it away. It fell, as the mayor put it."
    >>> [m.start() for m in put_as_said(text, 0, len(text))]
    [10, 78]
    """
    return [m for m in _PUT_IT.finditer(text, lo, hi) if _AS_OPEN.search(text, max(lo, m.start() - 70), m.start())]


IN_DOCUMENT_CUES = re.compile(
    rf"(?<![\w'’-])(?P<cue>In\s+(?:the|a|an|its|their|this|that)\s+(?P<subject>(?:[\w/.&'’-]+\s+){{0,4}}?"
    rf"(?:{alternation(DOCUMENT_FINDINGS)})))(?=\s*,)")
"""A sentence giving a document's figures after "In the poll," (:data:`DOCUMENT_FINDINGS`): the document is the
source (group ``subject``), cue "in the poll"."""


OPENING_CUES = re.compile(rf"(?:{alternation(INVERTED_OPENERS)})(?=\s+(?:\p{{Lu}}|(?:the|a|an)\s))")
"""An inverted "Said" opening a sentence before its source ("Said Jo Lee, who grew up there, “...”"); read only
where the sentence starts (:func:`cue_matches`)."""


LABEL_CUES = re.compile(
    r"(?P<subject>\p{Lu}[\w.'’-]*(?:\s+(?:\p{Lu}[\w.'’-]*|and|de|van|von)){0,4})(?:\s*\([^()]{1,20}\))?"
    r"(?P<cue>:)(?=\s*[“\"‘'])")
"""A speaker's label: a name and a colon before a quotation ("Jo Lee (D-Md.): “We won.”"): the name (group
``subject``) is the source, cue ":"; read only where a line or a sentence opens or after a dash
(:func:`label_cues`)."""
LINE_LABELS = re.compile(r"(?:^|(?<=\n))(?P<subject>\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3})(?P<cue>:)(?=\s+\p{Lu})")
"""A name in capitals and a colon opening a line before a capitalised word: a speaker's label in a transcript
("TAPPER: Do you think so?"), when the text names that person (see :func:`newskit.sourcing.find_attributions`);
group ``subject``, cue ":"."""
_LABEL_LEAD = re.compile(r"(?:^|\n|\s[-–—])\s*$")


def label_cues(text: str, lo: int, hi: int) -> list[re.Match]:
    """The :data:`LABEL_CUES` in the sentence ``text[lo:hi]`` that open it, a line or what follows a dash ("Polls
    were early - Jo Lee: “...”"), not a name inside it ("with a reference to Gen. Al Roe: “...”").

    Example
    -------
    >>> text = 'Polls were early - Jo Lee: “Call late.” He said, with a nod to Gen. Al Roe: “Yes.”'
    >>> [m.group("subject") for m in label_cues(text, 0, len(text))]
    ['Jo Lee']
    """
    opening = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip(" \"“‘("))
    return [m for m in LABEL_CUES.finditer(text, lo, hi)
            if m.start() == opening or _LABEL_LEAD.search(text, max(0, m.start() - 4), m.start())]


_WEEKDAY = alternation(day.capitalize() for day in WEEKDAYS)
_AGENT_FORMS = alternation(form for participle in AGENT_PARTICIPLES for form in (participle, participle.capitalize()))
"""The participles of :data:`AGENT_CUES`, capitalised too where one opens a sentence ("Asked by Jo Lee whether ...")."""
BY_CUES = re.compile(rf"\b(?:[Aa]ccording to(?!\s+(?:{alternation(COURSE_NOUNS)})\b)|[Ss]ummari[sz]ed by|"
                     r"[Rr]eported by|[Cc]ited by|[Qq]uoted by|"
                     r"(?:described|criticized|criticised|characteri[sz]ed|branded|denounced|condemned|dismissed|hailed"
                     r"|praised)\s+by(?=\s[^.;!?“”\"\n]{1,60}?\sas(?:\s+[“\"]|\s*$))|"
                     r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbeing\s))"
                     r"told\s+by(?=\s[^.;!?“”\"\n]{1,60}?\sthat\b)|"
                     r"(?:(?<=,\s)per|(?<![\w-])Per)(?=\s+(?:the\s+)?\p{Lu}))\s+")
"""Cues whose source follows them ("according to plan" follows a course: :data:`~newskit.text.lexicon.COURSE_NOUNS`;
"per" only after a comma or opening a sentence: ", per Harbor Radio", not "five dollars per Person"), a passive's
agent that calls something a quotation's words ("the tool was criticized by rights groups as “...”") and one that tells
the subject what follows "that" ("fans were told by the announcer that ...").

>>> [m.group() for m in BY_CUES.finditer("If all goes according to plan, it flies, according to NASA.")]
['according to ']
>>> [m.group() for m in BY_CUES.finditer("According to legend, the club was cursed.")]
[]
>>> [m.group() for m in BY_CUES.finditer("Fans were told by the announcer that it was off. He told by noon.")]
['told by ']
>>> [m.group() for m in BY_CUES.finditer("It was criticized by rights groups as “a trap”, and by me too.")]
['criticized by ']
"""
AGENT_CUES = re.compile(rf"(?:(?<=,\s)|(?<=,[\"”’]\s))citing\s+(?=(?:an?|the|two|three|several|multiple|unnamed|anonymous|someone|people|"
                        r"sources?|officials?)\b|\p{Lu})|"
                        rf"\b(?:(?:{_AGENT_FORMS})(?:\s+(?:first|online|jointly|publicly|\w+ly|{_WEEKDAY}))?"
                        r"\s+by|(?:accused|criticized|criticised)\s+of\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+by|"
                        rf"(?:{alternation(CRITICISM_NOUNS + ASSERTION_NOUNS)})\s+from|"
                        rf"\b(?:{alternation(AUTHORED_NOUNS)})\s+(?:(?:in|on|last|this|earlier)\s+"
                        r"(?:\d{4}|\p{Lu}\p{Ll}+|week|month|year)\s+)?by|"
                        rf"\b(?:{alternation(INQUIRY_NOUNS)})\s+by"
                        rf"(?=\s[^.;:!?]{{1,80}}?\b(?:{alternation(FINDING_VERBS)})\b)|"
                        r"(?:[Aa]|[Tt]he|[Ii]n a)\s+(?:joint\s+|written\s+)?statement\s+"
                        rf"(?:(?:issued|released)\s+)?(?:(?:{_WEEKDAY})\s+)?(?:by|from))\s+")
"""Cues of the attribution finder whose source follows them, besides :data:`BY_CUES`: a participle and its
agent ("released by", "released Tuesday by", "first posted online by", "accused of harassment by"), "a statement from" and a noun of
criticism before "from" ("accusations from other aides", :data:`CRITICISM_NOUNS`) and a noun of what a body
finds or decides before "by" ("an analysis by", :data:`AUTHORED_NOUNS`; an inquiry, :data:`INQUIRY_NOUNS`, only
where a verb of finding follows: "a probe by the council found"), and "citing" after a comma before a
source ("..., citing people familiar with the case"; no source unless typed or a person's name).

Example
-------
>>> AGENT_CUES.search("He was accused of sexual harassment by Jo Lee.").group()
'accused of sexual harassment by '
>>> AGENT_CUES.search("He drew criticism from the party.").group()
'criticism from '
>>> AGENT_CUES.search("A review in 2015 by the ethics office cleared him.").group()
'review in 2015 by '
>>> AGENT_CUES.search("The Ledger reported it, citing someone familiar with the case.").group()
'citing '
>>> AGENT_CUES.search("He resigned, citing concerns for his health.") is None
True
>>> AGENT_CUES.search("A probe by the council found fraud.").group(), AGENT_CUES.search("He is under probe by the FBI.")
('probe by ', None)
"""
_AUTHORSHIP = re.compile(rf"(?:{alternation(AUTHORSHIP_PARTICIPLES)})\b")
_WORK_BEFORE = re.compile(r"([\p{Lu}\p{Ll}][\w'’-]*)[\s,“”\"'’]+(?:(?:\p{Ll}+ly|first|once|later)\s+)?(?:co-)?$")
STATEMENT_TEXTS = frozenset(form for noun in (*WORDED_DOCUMENTS, *AUTHORED_NOUNS, *SPOKEN_TEXTS)
                            for form in (noun, noun + "s", noun + "es"))
"""Texts that carry statements or findings, singular and plural ("a statement", "reports"): before "by" or "from"
they name their maker (:data:`WORK_FROM`)."""
_LINKING_WORDS = AUXILIARIES | {"which", "that", "been", "being", "be", "am"}
WORK_FROM = re.compile(rf"(?:(?:{alternation(DETERMINERS)})\s+)?(?:[\w-]+\s+){{0,2}}?"
                       rf"(?:{alternation(STATEMENT_TEXTS | set(ISSUED_DOCUMENTS))})\s+(?:(?:{_WEEKDAY})\s+)?"
                       r"(?:from|by)\s+", re.IGNORECASE)
"""A text or a finding, maybe a weekday, and the words before whoever put it out ("a recent report from ", "the
survey by ", "a statement Friday from "): after
"according to" the source is who follows, not the text."""


def work_credit(text: str, match: re.Match) -> bool:
    """Whether an agent cue of :data:`AGENT_CUES` credits the maker of a work, not a source: a participle of
    :data:`~newskit.text.lexicon.AUTHORSHIP_PARTICIPLES` after a noun that is no text carrying statements
    ("a biography written by", "a book co-written by"; "a letter written by" and "an article, published by" stay
    cues, as does a participle after "was" or "which", whose work is further back).

    >>> text = "A memoir published by Elm Books. A letter written by Jo Lee. It was written by Al Roe."
    >>> [work_credit(text, m) for m in AGENT_CUES.finditer(text)]
    [True, False, False]
    """
    if not _AUTHORSHIP.match(match.group()):
        return False
    before = _WORK_BEFORE.search(text, max(0, match.start() - 40), match.start())
    return before is not None and before.group(1).lower() not in STATEMENT_TEXTS | _LINKING_WORDS


_HEADLINE_VERBS = [v for v in REPORTING_VERBS + STANCE_VERBS + DECLARING_VERBS + COMMITTING_VERBS + VIEW_VERBS
                   if v != "ask" and " " not in v]
_HEADLINE_FORMS = alternation(f.capitalize() for v in _HEADLINE_VERBS for f in (v, third_person(v))
                              if f in verb_forms(v))
_HEADLINE_WORD = rf"(?!(?:{_HEADLINE_FORMS}|\p{{Lu}}\p{{Ll}}+ly)\b)\p{{Lu}}[\w.&'’-]*"
HEADLINE_CUES = re.compile(rf"(?:^|(?<=\n))(?P<subject>(?:{_HEADLINE_WORD}\s+){{0,4}}{_HEADLINE_WORD})"
                           rf"(?:\s+\p{{Lu}}\p{{Ll}}+ly)?\s+(?P<cue>{_HEADLINE_FORMS})(?=\s+[\p{{Lu}}\d“‘\"'])")
"""A headline in title case opening with its source and a cue in capitals ("Jo Lee Says Count Was Wrong", "Rivals
Praise Roe", "Jo Lee Finally Endorses Roe"): the capitalised words before the cue (group ``subject``, an adverb in -ly
left out) are the source; read only in a line written in title case, a cue in its base form only after a plural
(:func:`headline_cues`)."""
HEADLINE_LABELS = re.compile(r"(?:^|(?<=\n))(?P<subject>\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3})(?P<cue>:)"
                             r"(?=\s+[\p{Lu}“‘\"'])")
"""A name and a colon opening a headline in title case ("Jo Lee: Count Was Wrong"): the speaker's label, as
:data:`LINE_LABELS` in capitals, kept only where it names a person (:func:`newskit.sourcing.find_attributions`; not
"Report: Lee To Run"); read as :data:`HEADLINE_CUES` are (:func:`headline_cues`)."""


def headline_cues(text: str, lo: int, hi: int) -> list[re.Match]:
    """The :data:`HEADLINE_CUES` and :data:`HEADLINE_LABELS` opening a line in ``text[lo:hi]`` written in title
    case as a headline is (:func:`newskit.speakers.title_case_lines`: a text of such lines only has none), the cue
    agreeing with its subject ("Rivals Praise", "Jo Lee Praises"; not "Jo Lee Praise Band", a noun).

    Example
    -------
    >>> text = "Jo Lee Says Count Was Wrong\\nRivals Praise Roe On Tax\\nJo Lee Praise Band Plays On\\nJo Lee Says so."
    >>> [(m.group("subject"), m.group("cue")) for m in headline_cues(text, 0, len(text))]
    [('Jo Lee', 'Says'), ('Rivals', 'Praise')]
    >>> text = "Al Roe Finally Endorses Jo Lee\\nAl Roe Announces Plans To Run\\nHe spoke in Elmton."
    >>> [m.group("subject") for m in headline_cues(text, 0, len(text))]
    ['Al Roe', 'Al Roe']
    >>> text = "Al Roe: Jo Lee Is Wrong On Tax\\nRoe spoke in Elmton."
    >>> [m.group() for m in headline_cues(text, 0, len(text))]
    ['Al Roe:']
    """
    matches = [*HEADLINE_CUES.finditer(text, lo, hi), *HEADLINE_LABELS.finditer(text, lo, hi)]
    lines = _title_case_starts(text) if matches else frozenset()
    return [m for m in matches if m.start() in lines and (m.group("cue")[-1:] in ":s" or re.search(
        r"[^s'’]s$", m.group("subject")) is not None)]


@functools.lru_cache(maxsize=8)
def _title_case_starts(text: str) -> frozenset[int]:
    """Where the lines of ``text`` written in title case start (:func:`newskit.speakers.title_case_lines`), read once
    per text: :func:`headline_cues` is asked for each span of it."""
    return frozenset(start for start, _ in title_case_lines(text))


FINDING_CUES = re.compile(rf"(?<![\w'’-])(?:{alternation(FINDING_VERBS)})(?![\w'’-])")
"""Cues that attribute only when a document is their subject ("a poll found", "emails suggest")."""
NAMED_CUES = re.compile(
    rf"\b[Ww]hat\s+(?P<subject>(?!(?:is|was|are|were|has|had|have|be|been|being|many|some|most|one|could|would|"
    rf"might|may|can|will|it|you)\b)[\w'’.-]+(?:\s+[\w'’.-]+){{0,3}}?)(?:\s+(?:has|have|had))?"
    rf"\s+(?P<cue>{alternation(CALLED_VERBS)})\b|"
    rf"(?<![\w'’.-])(?!(?:{alternation(w.capitalize() for w in SENTENCE_OPENERS | {'let'})})['’]s\s)"
    r"(?P<owner>(?:\p{Lu}[\w.'’-]*\s+){0,3}\p{Lu}[\w.-]*)(?:['’]s|(?<=s)['’])\s+(?:\p{Ll}+\s+){0,2}?"
    rf"(?P<noun>{alternation(STATEMENT_NOUNS)})\b")
"""Cues that carry their source: "what aides (have) called" (group ``subject``, cue ``cue``) and a source's
statement written as a noun after its possessive, "Jo Lee's comment" (group ``owner``, cue ``noun``); a word opening
a sentence with a contraction owns nothing ("Let's unpack that statement", "That's his statement")."""
PARTY_CUES = re.compile(rf"\b(?P<party>{alternation(PARTY_MEMBERS)})\s+(?P<pnoun>{alternation(CRITICISM_NOUNS)})\b")
"""A party's adjective before a noun of criticism, crediting the party's members ("over Democratic criticism that":
Democrats; :data:`PARTY_MEMBERS`)."""
OUTLET_CUES = re.compile(rf"(?<![\w'’.-])(?P<subject>{OUTLET_PATTERN})\s+(?P<cue>{alternation(OUTLET_ACTS)})\b")
"""An outlet's name before what it does (:data:`OUTLET_ACTS`), crediting the outlet ("The Ledger has learned":
group ``subject``, cue ``cue``)."""
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|becomes?|became)\s+"
                 r"(?:(?:\w+ly|now|then|still|also|not|never|often)\s+)?$", re.IGNORECASE)
"""A form of "be", or of a verb linking like it ("remain", "stay", "become"), before a participle: a passive
("the files were disclosed", "what she knew remains disputed")."""
_BY_AFTER = re.compile(rf"\s+(?:(?!that\b)\w+\s+)?by\b(?!\s+(?:{alternation(SPEAKING_CHANNELS)})\b)")
"""The "by" of a passive agent after a participle ("a memo released by"), not of a channel ("said by telephone")
nor opening a clause after "that" ("said that by refusing to testify, they")."""


def passive_cue(text: str, match: re.Match) -> bool:
    """Whether the cue ``match`` is a passive participle ("the subpoenas were disclosed", "a memo released by"):
    the words before it are what is said, not who says it (the agent after "by" is found by :data:`AGENT_CUES`).

    Example
    -------
    >>> text = "The files were disclosed on Friday. Jo Lee disclosed them."
    >>> [passive_cue(text, m) for m in CUES.finditer(text)]
    [True, False]
    >>> text = "Jo Lee said by telephone that the files were disclosed by aides."
    >>> [passive_cue(text, m) for m in CUES.finditer(text)]
    [False, True]
    >>> [passive_cue(t, CUES.search(t)) for t in ("What Lee knew remains disputed.", "Lee disputed it.")]
    [True, False]
    """
    return _participle(match) and bool(_BE.search(text, max(0, match.start() - 30), match.start())
                                       or _BY_AFTER.match(text, match.end()))


def _participle(match: re.Match) -> bool:
    word = match.group().split()[-1].lower()
    return (word.endswith(("ed", "en")) or word in ("said", "told", "wrote", "written")) and " " not in match.group()


def be_passive(text: str, match: re.Match) -> bool:
    """Whether the cue ``match`` next to a quotation is a participle after a form of "be" ("they were asked to
    rank", "are now asked"): its subject is not who speaks, unless it is said or reported "to" have spoken.

    Example
    -------
    >>> text = "They are now asked to vote. Jo Lee asked them. Al Roe is said to have asked."
    >>> [be_passive(text, m) for m in QUOTE_CUES.finditer(text)]
    [True, False, False, False]
    """
    if match.group().lower() in RAISED_PARTICIPLES and _TO_AFTER.match(text, match.end()):
        return False  # "Jo Lee is reported to have called them ...": Jo Lee
    return _participle(match) and bool(_BE.search(text, max(0, match.start() - 30), match.start()))


_TO_AFTER = re.compile(r"\s+to\b")


_SELF_DESCRIBED = re.compile(r"(?:describ\w*|referr?\w*\s+to)\s+"
                             r"(?:himself|herself|themselves|itself|oneself|myself|ourselves)\b", re.I)


_FROM_PLACE = re.compile(r"\s+from\s+(?:\p{Lu}[\w.'’-]*,?\s+){0,3}\p{Lu}[\w.'’-]*(?=\.?\s*(?:[;\n]|$)|\.\s+\p{Lu})")


def reporting_credit(text: str, match: re.Match) -> bool:
    """Whether the cue ``match`` is "reported" in a reporter's credit: "reported from" a place that ends the
    sentence ("Jo Lee reported from Elmshire."; "Al Roe reported from Elmshire, Ohio; Jo Lee, from Elm City."), where
    the reporter was, not what anyone said.

    >>> text = "Jo Lee reported from Elmshire. Al Roe reported from Elm City that the dam held."
    >>> [reporting_credit(text, m) for m in re.finditer("reported", text)]
    [True, False]
    """
    return match.group().lower() == "reported" and _FROM_PLACE.match(text, match.end()) is not None


def cue_matches(text: str, lo: int, hi: int) -> list[re.Match]:
    """Every cue of :data:`CUES`, :data:`BY_CUES`, :data:`AGENT_CUES`, :data:`FINDING_CUES`, :data:`NAMED_CUES`,
    :data:`PARTY_CUES`, :data:`OUTLET_CUES`, :data:`LABEL_CUES`, :data:`LINE_LABELS`, :data:`OPENING_CUES`,
    :func:`asked_after_quotation`, :func:`called_in_relative_clause` and :func:`put_as_said` in ``text[lo:hi]``,
    in order, passive participles (:func:`passive_cue`) and cues inside a longer stance cue (:func:`_within`:
    "praise" of "gave praise") left out.

    Example
    -------
    >>> text = "A poll found that, according to aides, what critics called a ploy was approved."
    >>> [m.group().strip() for m in cue_matches(text, 0, len(text))]
    ['found', 'according to', 'what critics called']

    Describing oneself reports nothing ("voters who describe themselves as independents", "referred to themselves as"):

    A sentence may open with an inverted "Said" (:data:`OPENING_CUES`):

    >>> text = "Said Jo Lee, who grew up there, “We were proud.”"
    >>> [m.group() for m in cue_matches(text, 0, len(text))]
    ['Said']

    Describing oneself reports nothing ("voters who describe themselves as independents", "referred to themselves as"):

    >>> text = "Voters describe themselves as independents; Jo Lee described the scene."
    >>> [m.group() for m in cue_matches(text, 0, len(text))]
    ['described']
    """
    stances = list(STANCE_CUES.finditer(text, lo, hi))
    found = [m for m in (*CUES.finditer(text, lo, hi), *stances,
                         *asked_after_quotation(text, lo, hi), *called_in_relative_clause(text, lo, hi),
                         *put_as_said(text, lo, hi))
             if not passive_cue(text, m) and not _SELF_DESCRIBED.match(text, m.start()) and not _no_report(text, lo, m)
             and not reporting_credit(text, m) and not _within(m, stances) and noun_form_cue(m) is not False]
    agents = [m for m in AGENT_CUES.finditer(text, lo, hi)
              if not BY_CUES.match(text, m.start()) and not work_credit(text, m)]
    opening = OPENING_CUES.match(text, lo + len(text[lo:hi]) - len(text[lo:hi].lstrip(" \"“‘'(")))
    found += [*BY_CUES.finditer(text, lo, hi), *agents, *([opening] if opening else []),
              *(m for m in FINDING_CUES.finditer(text, lo, hi) if not _no_report(text, lo, m)),
              *NAMED_CUES.finditer(text, lo, hi), *PARTY_CUES.finditer(text, lo, hi),
              *OUTLET_CUES.finditer(text, lo, hi), *label_cues(text, lo, hi), *LINE_LABELS.finditer(text, lo, hi),
              *headline_cues(text, lo, hi),
              *IN_DOCUMENT_CUES.finditer(text, lo, hi)]
    return sorted(found, key=lambda m: m.start())


def _within(match: re.Match, stances: list[re.Match]) -> bool:
    """Whether ``match`` lies inside a longer cue of :data:`STANCE_CUES`, after its start ("praise" of "gave
    praise": the noun is what is given, no cue of its own).

    Example
    -------
    >>> text = "Jo Lee gave praise to the staff."
    >>> _within(re.search("praise", text), list(STANCE_CUES.finditer(text)))
    True
    """
    return any(s.start() < match.start() and match.end() <= s.end() for s in stances)


_NEGATED = re.compile(rf"(?:{alternation(NEGATED_AUXILIARIES)})\s+(?:\p{{Ll}}{{3,}}ly\s+)?$", re.IGNORECASE)
_AMOUNT = rf"(?:[$€£]|\d|(?:{alternation(NUMBER_WORDS)}|several|dozens|hundreds|thousands|millions)\b)"
_AMOUNT_AFTER = re.compile(rf"\s+{_AMOUNT}", re.IGNORECASE)
_TOLL_AFTER = re.compile(rf"\s+(?:(?:the|(?:more|fewer)\s+than|at\s+least|nearly|almost|about|over|some|another)\s+)?"
                         rf"(?:{_AMOUNT}[\w,.]*\s+(?:of\s+)?)?(?:{alternation(TOLL_NOUNS)})\b",
                         re.IGNORECASE)
"""An amount of lives or victims after "claim" (:data:`~newskit.text.lexicon.TOLL_NOUNS`): a toll, no words."""
_DECLINED = re.compile(r"say|said|comment|commented|elaborate|elaborated|respond|responded")
_UNASKED = re.compile(rf"\s+to\s+(?!(?:[\w'’.-]+\s+){{0,5}}?(?:{alternation(ASKED_NOUNS)})\b)", re.IGNORECASE)
_FORCE = re.compile(r"(?:slam|blast|charge)")
_SUMMING = frozenset({"estimated", "add", "adds", "added", "adding"})
_SUMMED_UP = re.compile(rf"\s+(?:up\b|(?:less|more|fewer)\s+than{_AMOUNT_AFTER.pattern}|(?:an?\s+)?(?:mere|only|"
                        rf"just|further|additional|extra|net|another|nearly|about|roughly|some|over)"
                        rf"{_AMOUNT_AFTER.pattern})", re.IGNORECASE)
_CHARGED_WITH = re.compile(r"\s+(?:(?:or\s+\p{Ll}+\s+)?with|up)\b")
_PLEA = re.compile(rf"\s+(?:{alternation(PLEAS)})\b", re.IGNORECASE)
_ADDED_TO = re.compile(r"\s+to\s+(?!\p{Lu}[\w.&’'-]*(?:\s+\p{Lu}[\w.&’'-]*)*\s*[.,;:])")
JUDGING_FORMS = frozenset(f for v in JUDGING_VERBS for f in verb_forms(v))
"""Every form of :data:`~newskit.text.lexicon.JUDGING_VERBS` ("accuses", "denounced", "blaming")."""
_JUDGED = frozenset(f for f in JUDGING_FORMS if f.endswith("ed"))
_OF_OR_FOR = re.compile(r"\s+(?:of|for)\b")
_OBJECT_MOVED = re.compile(r"\b(?:which|whom)\s+(?:[^\s,;]+\s+){1,6}$", re.IGNORECASE)  # "which Jo Lee blamed for"
_DEGREE_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:{alternation(DEGREE_ADVERBS)})\s+$", re.IGNORECASE)
_QUANTIFIER_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:{alternation(GROUP_QUANTIFIERS)})\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(rf"\s+(?!(?:{alternation(FUNCTION_WORDS)})\b)\p{{Ll}}[\p{{Ll}}-]*\b")
_MOVED = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:into|onto|through|off|open|shut|apart)\b")
_CONSENT = re.compile(r"agree[sd]?\s+to\b|agreeing\s+to\b", re.IGNORECASE)
_NO_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Nn]o|[Aa]ny)\s+(?:\p{Ll}+(?<!ly)\s+)?$")
_TERMS = re.compile(rf"(?<![\w-])(?:{alternation(TALLY_TERMS + SET_PHRASES + WEATHER_ALERTS)})(?![\w-])",
                    re.IGNORECASE)
_FOUND = frozenset(verb for verb in FINDING_VERBS if verb.endswith("ed") or verb in {"found", "shown"})
_OBJECT_PRONOUNS = frozenset(SUBJECT_FORMS) | {"you", "it"}
_TO_VERB = re.compile(rf"\s+to\s+(?!(?:{alternation(DETERMINERS | _OBJECT_PRONOUNS)})\b)"
                      r"\p{Ll}+(?<![^s]s)\b")
""""To" and a lower-case word that is no determiner, object pronoun or plural after a participle of finding
(:data:`_FOUND`): a passive's infinitive ("estimated to cost"), no finding; not "suggested to me", "to reporters"."""
_NAMED_BEFORE = re.compile(r"(?:^|(?<=\s))(?:\p{Lu}[\w.&-]*|he|she|it)\s+(?:(?:further|also)\s+)?$")


def _no_report(text: str, lo: int, match: re.Match) -> bool:
    """Whether a cue of :data:`CUES`, :data:`STANCE_CUES` or :data:`FINDING_CUES` reports nothing where it stands:
    negated ("she doesn't tell", "hasn't accused", "never publicly endorsed"; :data:`NEGATED_AUXILIARIES`; "has not
    commented" or "said" is declining to comment, a credit, and so is not responding, unless "to" something not
    asked of the source, :data:`~newskit.text.lexicon.ASKED_NOUNS`: "didn't respond to the attack"), a count
    (:func:`_counted`: "the country's estimated 11 million", "claimed 300 lives"), a word of a term
    (:func:`_in_term`), "agreed to" (consent to act: "agreed to attend"), "notes" after no name or he/she/it ("his
    notes"), "slammed" or "blasted" moving something ("slammed nuclei into one another"), a "add" before "to" and no
    name closing the clause ("adding to her lead": a sum; "added to People." tells), a participle of
    :data:`~newskit.text.lexicon.JUDGING_VERBS` before "of" or "for" ("the man accused of theft": a
    passive, unless "which" or "whom" moved its object before it), a form in -ing after a word of
    :data:`~newskit.text.lexicon.DEGREE_ADVERBS` ("the most telling sign": an adjective) or a quantifier of a group
    before a noun ("some warning signs": :func:`_modifying`), "plead" before a
    plea of :data:`~newskit.text.lexicon.PLEAS` ("pleaded guilty": entered in court), "deny" before a name and a
    thing refused (:data:`_WITHHELD`: "denied Jo Lee a seat"), "call" after a modal or "to"
    ("would call him a “chicken”": a naming that may happen), a participle of finding before an infinitive
    (:data:`_TO_VERB`: "jets estimated to cost") and the base form of a verb of judging after a verb in the past
    (:data:`_PAST_BEFORE`: "drew praise").

    Example
    -------
    >>> text = "She doesn't tell them. An estimated 11 million live here. Jo agreed to attend. Jo further notes it."
    >>> [m.group() for m in cue_matches(text, 0, len(text))]
    ['notes']
    >>> text = "The man accused of theft left. The most telling sign came. Jo accused Al of theft."
    >>> [m.group() for m in cue_matches(text, 0, len(text))]
    ['accused']
    >>> text = "Jo won, adding to her lead. Jo added to People, 'I won.' Jo told us so, adding that she won."
    >>> [m.group() for m in cue_matches(text, 0, len(text))]
    ['added', 'told', 'adding']
    >>> [m.group() for m in cue_matches("Al pleaded not guilty. Jo pleaded with them.", 0, 44)]
    ['pleaded']
    >>> [m.group() for m in cue_matches("Jo never endorsed Al. Al never said. Al endorsed Jo.", 0, 52)]
    ['said', 'endorsed']
    >>> text = "Jo denied Al Roe a seat. Jo denied Monday the rumor. Al denied it."
    >>> [m.group() for m in cue_matches(text, 0, len(text))]
    ['denied', 'denied']
    >>> [m.group() for m in cue_matches("Al flew on jets estimated to cost more.", 0, 39)]
    []
    >>> [m.group() for m in cue_matches("The pick drew rare, if faint, praise. Fans who met him praise him.", 0, 66)]
    ['praise']
    """
    start = adverb_start(text, match.start())
    word = match.group().lower()
    if _negated(text, lo, start, match) and (
            not _DECLINED.fullmatch(word) or word.startswith("respond") and _UNASKED.match(text, match.end())):
        return True  # "did not respond to the attack": silence met an event; "did not respond to questions" declines
    if _in_term(text, lo, start, match):
        return True
    if _counted(text, word, match.end()):
        return True
    if _charge_or_plea(text, match):
        return True
    if _to_no_one(text, word, match.end()):
        return True
    if word in _JUDGED and _OF_OR_FOR.match(text, match.end()) \
            and not _OBJECT_MOVED.search(text, max(lo, start - 60), start):
        return True  # "the man accused of theft", "a mayor criticized for the delay": the judged, no words
    if word.endswith("ing") and _modifying(text, lo, match):
        return True  # "the most telling sign", "very revealing", "some warning signs": an adjective
    if word in ("notes", "call"):
        return _unmade(text, lo, start, match)
    if _thing_not_words(text, lo, start, word, match):
        return True
    if _FORCE.match(word) and _MOVED.match(text, match.end()):
        return True  # "researchers slammed lighter nuclei into one another": force, not words
    return _act_sense(text, lo, start, match)


_CLAUSE_OPENING = re.compile(rf"(?:^|(?<=[:;.!?\n])\s*)({alternation(w.capitalize() for w in YES_NO_OPENERS)})"
                             rf"\s[^:;.!?\n]*$")
_STOP_AFTER = re.compile(r"[^.!?\n]*([.!?])")


def _in_question(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the cue from ``start`` to ``end`` (its sentence from ``lo``) stands in a question asked yes or no: its
    clause opens with an auxiliary (:data:`~newskit.text.lexicon.YES_NO_OPENERS`) and closes on a question mark ("Does
    the league have no choice but to agree its plan?").

    >>> text = "The question is: Does the league agree its plan? Jo Lee did agree. Did Al agree, Jo asked."
    >>> [_in_question(text, 0, m.start(), m.end()) for m in re.finditer("agree", text)]
    [True, False, False]
    """
    stop = _STOP_AFTER.match(text, end)
    return bool(stop and stop.group(1) == "?" and _CLAUSE_OPENING.search(text, lo, start))


def _thing_not_words(text: str, lo: int, start: int, word: str, match: re.Match) -> bool:
    """Whether the cue ``match`` (``word``, adverbs before it from ``start``) names a thing, no words: "deny" before a
    name and a thing refused (:data:`_WITHHELD`), the base form of a verb of judging after a verb in the past
    (:data:`_PAST_BEFORE`: "drew praise from")."""
    if word in _DENYING_FORMS and _WITHHELD.match(text, match.end()):
        return True  # "denied Jo Lee a seat": a thing refused, no words denied
    return word in JUDGING_VERBS and bool(_PAST_BEFORE.search(text, max(lo, start - 60), start))


def _to_no_one(text: str, word: str, end: int) -> bool:
    """Whether the cue ``word``, ending at ``end``, tells no words by the "to" after it: "add" before "to" and no
    name closing the clause (a sum: "adding to her lead", "added to the list"; "added to People." tells People) or a
    participle of finding before an infinitive (:data:`_TO_VERB`, a passive: "private planes estimated to cost").

    >>> text = "Jo won, adding to her lead. Jets estimated to cost more flew. Al suggested to me that it flew."
    >>> _to_no_one(text, "adding", 14), _to_no_one(text, "estimated", 42), _to_no_one(text, "suggested", 74)
    (True, True, False)
    """
    return bool(word in _SUMMING - {"estimated"} and _ADDED_TO.match(text, end)
                or word in _FOUND and _TO_VERB.match(text, end))


_ACT_SENSE_FORMS = frozenset(form for verb in ACT_SENSE_CUES for form in verb_forms(verb))
_KEEPING_FORMS = frozenset(form for verb in KEEPING_CUES for form in verb_forms(verb))
_OBJECTLESS_FORMS = frozenset(form for verb in OBJECTLESS_CUES for form in verb_forms(verb))
_THING_AFTER = re.compile(r"\s+(?!(?:at|back|that)\b)\p{Ll}")
"""A lower-case word after a form of :data:`~newskit.text.lexicon.OBJECTLESS_CUES` that opens a thing, its object:
not "at", "back" or "that"."""
_BACK_MOVED = re.compile(r"\s+(?:up|down|above|below|into)\b")
_KEPT_OBJECT = re.compile(rf"\s+(?!that\b)(?:(?:an?|the|his|her|its|their|our|my|your|some|this)\s+|"
                          rf"[\p{{Ll}}-]+ly\s+|\d|(?=[\p{{Ll}}-]+\s+\p{{Ll}}+s?\b))"
                          rf"(?!(?:[\w-]+\s+){{0,2}}(?:{alternation(HELD_POSITIONS)})\b)"
                          rf"(?!(?:[\w'’-]+\s+){{1,3}}(?:{alternation(AUXILIARIES)})\b)", re.IGNORECASE)
"""A thing kept after "maintain": a determiner, a modifier or a number opening a noun phrase, no position held in words
(:data:`~newskit.text.lexicon.HELD_POSITIONS`) and no clause ("maintains the tolls are fair" reports)."""
_ENDED_OBJECT = re.compile(rf"\s+(?:an?|the|its|his|her|their|our)\s+(?![“‘\"'])(?![^.,;:!?“”\"]*?\b"
                           rf"(?:{alternation(AUXILIARIES)})\b)", re.IGNORECASE)
"""A thing a form of :data:`~newskit.text.lexicon.ACT_SENSE_CUES` ends or consents to: a determiner opening a noun
phrase, no quotation opening it and no verb of a clause before the next stop or comma ("concluded its inquiry" is an
act; "concluded the inquiry was flawed", "agree the rule of 1990 should go", "agree its “new” plan" report)."""
_INVERTED_BEFORE = re.compile(r"[,”\"'’]\s*$")
"""A comma or a closing mark right before a cue: the cue is inverted, its subject after it ("“...,” concluded a
study")."""
_CONDITION_BEFORE = re.compile(r"(?:^|(?<=\s))(?:if|unless|until|once|whether)\s+(?:[\w'’-]+\s+){1,4}?$",
                               re.IGNORECASE)
_AUXILIARY_WORDS = rf"(?:{alternation(AUXILIARIES)}|been|be|still|finally|\p{{Ll}}+ly)"
_ENDING_BEFORE = re.compile(rf"\b(?:{alternation(ENDING_EVENTS)})(?:\s+of\s+(?:[\w'’-]+\s+){{0,2}}[\w'’-]+)?"
                            rf"\s+(?:{_AUXILIARY_WORDS}\s+)*$", re.IGNORECASE)


def _counted(text: str, word: str, end: int) -> bool:
    """Whether the cue ``word``, ending at ``end``, counts rather than reports: a sum ("an estimated 11 million",
    "would add up to $1.5 trillion", "would add less than 1 percent", "adding a mere 69,000 jobs") or a toll claimed
    (:data:`_TOLL_AFTER`: "the insurgency has claimed more than 20,000 lives").

    >>> text = "An estimated 11 million. It would add up to $5. The war claimed 300 lives. Jo claimed victory."
    >>> [_counted(text, m.group().lower(), m.end()) for m in re.finditer("estimated|add|claimed", text)]
    [True, True, True, False]
    >>> _counted("with the economy adding a mere 69,000 jobs", "adding", 23)
    True
    """
    if word in _SUMMING and (_AMOUNT_AFTER.match(text, end) or _SUMMED_UP.match(text, end)):
        return True
    return word.startswith("claim") and bool(_TOLL_AFTER.match(text, end))


def _act_sense(text: str, lo: int, start: int, match: re.Match) -> bool:
    """Whether the cue ``match`` (its adverbs from ``start``, its sentence from ``lo``) is an act and no words: "agreed
    to" (consent to act), a form of :data:`~newskit.text.lexicon.ACT_SENSE_CUES` in a condition or a question
    ("if the two firms agree"; "whether she agrees"; "Does the league agree ...?": :func:`_in_question`), before a
    thing ended (:data:`_ENDED_OBJECT`: "concluded its review") or ending an event of
    :data:`~newskit.text.lexicon.ENDING_EVENTS` ("the sale could still conclude"),
    a form of :data:`~newskit.text.lexicon.KEEPING_CUES` before a thing kept ("maintains a wide lead"), one of
    :data:`~newskit.text.lexicon.OBJECTLESS_CUES` before an object ("snapped his picture"), or a cue ending in "back"
    before a movement ("spending shot back up").

    >>> text = ("If the two firms agree, it goes. The sale could still conclude. The firms agree. "
    ...         "It ended, Jo concluded. Acme concluded its review. Al concluded the review of May was flawed. "
    ...         "“No,” concluded a study. A study concluded this year.")
    >>> [_act_sense(text, 0, m.start(), m) for m in re.finditer("agree|conclude[sd]?", text)]
    [True, True, False, False, True, False, False, False]
    >>> text = ("Jo maintains a wide lead. Al maintained his innocence. Al maintained that he won. "
    ...         "Al maintained high costs.")
    >>> [_act_sense(text, 0, m.start(), m) for m in re.finditer("maintain(?:s|ed)", text)]
    [True, False, False, True]
    >>> text = "Spending shot back up. Jo shot back at critics."
    >>> [_act_sense(text, 0, m.start(), m) for m in re.finditer("shot back", text)]
    [True, False]
    >>> text = "Fans snapped his picture. Jo snapped at them. “No,” snapped the mayor. Jo snapped that it was over."
    >>> [_act_sense(text, 0, m.start(), m) for m in re.finditer("snapped", text)]
    [True, False, False, False]
    """
    word = match.group().lower()
    if _CONSENT.match(text, match.start()):
        return True  # "agreed to attend": consent to act
    if word in _KEEPING_FORMS:
        return bool(_KEPT_OBJECT.match(text, match.end()))
    if word in _OBJECTLESS_FORMS:
        return bool(_THING_AFTER.match(text, match.end())) \
            and not _INVERTED_BEFORE.search(text, max(lo, start - 3), start)  # "snapped his picture": an act
    if word.endswith(" back"):
        return bool(_BACK_MOVED.match(text, match.end()))  # "spending shot back up": a rise, no retort
    if word not in _ACT_SENSE_FORMS:
        return False
    ended = _ENDED_OBJECT.match(text, match.end()) and not _INVERTED_BEFORE.search(text, max(lo, start - 3), start)
    return bool(ended or _CONDITION_BEFORE.search(text, max(lo, start - 50), start)
                or _in_question(text, lo, start, match.end())
                or _ENDING_BEFORE.search(text, max(lo, start - 60), start))


def _modifying(text: str, lo: int, match: re.Match) -> bool:
    """Whether the cue in -ing ``match`` (its sentence from ``lo``) is an adjective or a noun by the word before it: an
    adverb of degree ("the most telling sign") or a quantifier of a group before a noun ("some warning signs";
    "some saying it" is some who said it).

    Example
    -------
    >>> text = "Some warning signs came. Some saying it left. The most telling sign came."
    >>> [_modifying(text, 0, m) for m in re.finditer("warning|saying|telling", text)]
    [True, False, True]
    """
    start, end = max(lo, match.start() - 15), match.start()
    return bool(_DEGREE_BEFORE.search(text, start, end)
                or _QUANTIFIER_BEFORE.search(text, start, end) and _NOUN_AFTER.match(text, match.end()))


_THAT_AFTER = re.compile(r"\s+that\b")


_DENYING_FORMS = frozenset(verb_forms("deny"))
_PAST_BEFORE = re.compile(rf"\b(?:{alternation(IRREGULAR_PAST)}|\p{{Ll}}+ed)\s+"
                          rf"(?:(?!(?:{alternation(_OBJECT_PRONOUNS)})\b)[\p{{Ll}}-]+,?\s+){{0,4}}$")
"""A verb in the past and up to four modifiers before the base form of a verb of judging: that form is a noun, its
object ("drew praise from", "drew rare, if conditional, praise"), not a cue; not past an object pronoun ("voters
who backed him praise")."""
_WEEKDAY_OR_MONTH = rf"{_WEEKDAY}|{alternation(month.capitalize() for month in MONTHS)}"
"""A weekday's or a month's name, capitalised ("Monday", "March")."""
_WITHHELD = re.compile(rf"\s+(?!(?:{_WEEKDAY_OR_MONTH})\b)(?:\p{{Lu}}[\w.'’-]*\s+){{1,3}}(?:an?|the|any)\s+")
"""After a form of "deny", a name and the thing refused ("denied Jo Lee a seat", "denied Elm Corp. the permit"): an
act, no words denied; not "denied Jo Lee had left" (her words denied), nor a weekday or month after the verb ("denied
Monday the claims"). A pronoun refused a thing ("denied him access") is left: read so, it cost a right source."""


def _unmade(text: str, lo: int, start: int, match: re.Match) -> bool:
    """Whether the cue ``match``, "notes" or "call" (adverbs before it from ``start``), makes no report: "notes" after
    no name nor he/she/it ("his notes": a noun; "Jo Lee often notes" reports) unless "that" follows it and no
    determiner or owner stands before it ("Jo Lee, a consultant, notes that", "the paper notes that"; not "his notes
    that"), "call" after a modal or "to" ("the media would call him a “chicken”": a naming that may happen).

    >>> text = "his notes. Jo Lee notes it. Pilots would call it a storm. Pilots call it a storm. The Ledger notes that"
    >>> [_unmade(text, 0, m.start(), m) for m in re.finditer(r"notes|call", text)]
    [True, False, True, False, False]
    """
    if match.group() == "notes":
        if _NAMED_BEFORE.search(text, max(lo, start - 40), start):
            return False
        before = text[max(lo, start - 60):start]
        return not _THAT_AFTER.match(text, match.end()) or bool(_MODIFIER_BEFORE.search(before))
    return bool(_HYPOTHETICAL.search(text, max(lo, start - 12), start))


def _negated(text: str, lo: int, start: int, match: re.Match) -> bool:
    """Whether a word of :data:`~newskit.text.lexicon.NEGATED_AUXILIARIES` stands before the cue ``match``, before
    its adverbs from ``start`` ("did not publicly say") or right before it ("never endorsed", "never" being read as an
    adverb too).

    >>> text = "Jo Lee never endorsed it. Jo Lee did not publicly endorse it. Jo Lee endorsed it."
    >>> [_negated(text, 0, adverb_start(text, m.start()), m) for m in re.finditer("endorsed?", text)]
    [True, True, False]
    """
    return bool(_NEGATED.search(text, max(lo, start - 30), start)
                or _NEGATED.search(text, max(lo, match.start() - 30), match.start()))


def _charge_or_plea(text: str, match: re.Match) -> bool:
    """Whether the cue ``match`` is "charged with" ("the man was charged with assault", "officials charged with
    the transition") or "charged up" (excited), or "plead" before a plea of :data:`~newskit.text.lexicon.PLEAS` ("Jo
    Lee pleaded not guilty": a plea entered in court): no words.

    Example
    -------
    >>> text = "Al was charged with theft and pleaded not guilty. Jo got charged up. Jo charged that it was rigged."
    >>> [_charge_or_plea(text, m) for m in re.finditer("charged|pleaded", text)]
    [True, True, True, False]
    """
    word = match.group().lower()
    return bool(word == "charged" and _CHARGED_WITH.match(text, match.end())
                or word.startswith("plead") and _PLEA.match(text, match.end()))


def _in_term(text: str, lo: int, start: int, match: re.Match) -> bool:
    """Whether the cue ``match`` (its adverbs from ``start``) is a word of a term, not a verb: any cue word after
    "no" or "any" and up to one word in lower case ("there is no question that", "no reported problems", "any
    immediate claims"), or a word of an election count's term
    (:data:`TALLY_TERMS`) or of a set phrase (:data:`SET_PHRASES`: "All told", "easier said than done").

    Example
    -------
    >>> text = "There is no question that it failed. No reported cases. Al Roe questioned whether it failed."
    >>> [m.group() for m in cue_matches(text, 0, len(text))], cue_matches("It made no immediate claims.", 0, 28)
    (['questioned'], [])
    >>> text = "Jo Lee won 75 pledged delegates, with all precincts reporting. Al Roe pledged to stay."
    >>> [m.group() for m in cue_matches(text, 0, len(text))]
    ['pledged']
    >>> text = "All told, the groups spent $1 billion. Suffice it to say, Jo Lee said no."
    >>> [m.group() for m in cue_matches(text, 0, len(text))]
    ['said']
    """
    word = match.group().lower()
    if _NO_BEFORE.search(text, max(lo, start - 24), start):
        return True
    return any(t.start() <= match.start() and match.end() <= t.end()
               for t in _TERMS.finditer(text, max(lo, match.start() - 20), match.end() + 12))


_COMMITTING_FORMS = frozenset(f for v in COMMITTING_VERBS for f in verb_forms(v))
_VIEW_FORMS = frozenset(f for v in VIEW_VERBS for f in verb_forms(v))
_INTENDING_FORMS = frozenset(f for v in INTENDING_VERBS for f in verb_forms(v))
_POINTING_FORMS = frozenset(f for v in POINTING_VERBS for f in verb_forms(v) if not f.endswith("ing"))
_DECLARING_FORMS = frozenset(f for v in DECLARING_VERBS for f in verb_forms(v)) | _COMMITTING_FORMS | _VIEW_FORMS \
    | _POINTING_FORMS
_PASSIVE_AFTER = re.compile(r"\s+(?:in|by)\b")
_RESEMBLING = re.compile(r"remind(?:s|ed|ing)?\s+(?:me|us|him|her|them|you|one)\s+of\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(rf"(?<![\w'’-])(?:{alternation(PREPOSITIONS)})\s+(?:the\s+)?$", re.IGNORECASE)
_COMMITTED = re.compile(r"\s+(?:to|that)\b")
_HYPOTHETICAL = re.compile(rf"(?:^|(?<=\s))(?:{alternation(MODALS)}|to)\s+$", re.IGNORECASE)


def proper_name(phrase: str) -> bool:
    """Whether ``phrase`` is a proper name: every word capitalised but joining words ("of", "for", "the", "and")
    and, inside it, particles (:data:`~newskit.text.lexicon.NAME_PARTICLES`: "Diario de Elm"), none possessive, the
    first no function word or sentence opener.

    Example
    -------
    >>> [proper_name(p) for p in ("Jo Lee", "Sen. Al Roe", "Bank of England", "a judge", "Most", "Jo Lee's aide")]
    [True, True, True, False, False, False]
    >>> proper_name("Diario de Elm"), proper_name("Elm de")
    (True, False)
    """
    words = phrase.split()
    return bool(words) and words[0].lower() not in FUNCTION_WORDS | SENTENCE_OPENERS and all(
        w[:1].isupper() and not re.search(r"['’]s?$", w) or w in NAME_JOINING_WORDS
        or 0 < k < len(words) - 1 and w in NAME_PARTICLES for k, w in enumerate(words))


def written_as_name(text: str, phrase: str) -> bool:
    """Whether ``phrase`` is a proper name (:func:`proper_name`) that ``text`` writes as one: a name of
    two words or more, or one word also capitalised after a word or a comma, not only where a sentence opens.

    Example
    -------
    >>> text = "Groups met. Democrats left. Police and Democrats spoke."
    >>> written_as_name(text, "Groups"), written_as_name(text, "Democrats"), written_as_name(text, "Harbor Guild")
    (False, True, True)
    """
    if not proper_name(phrase):
        return False
    return " " in phrase or bool(re.search(rf"[\w,;]\s+{re.escape(phrase)}(?![\w'’-])", text))


def written_lower(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case as a word of its own somewhere: a common word, which a capital
    opening a sentence does not make a name.

    Example
    -------
    >>> written_lower("History will judge. It is history now.", "History"), written_lower("Elmco grew.", "Elmco")
    (True, False)
    """
    return bool(re.search(rf"\b{re.escape(word.lower())}\b", text))


def view_cue(cue: str) -> bool:
    """Whether ``cue`` (as :func:`newskit.attributions` gives it, lower case) is a verb of a view held
    (:data:`~newskit.text.lexicon.VIEW_VERBS`): an attribution of a belief, hope, intention or position, not of
    words said.

    Example
    -------
    >>> view_cue("believes"), view_cue("endorsed"), view_cue("said")
    (True, True, False)
    """
    return cue in _VIEW_FORMS


_PARTICLE_AFTER = re.compile(r"\s+(?:off|away|down|out)\b")
_ASKING_AFTER = re.compile(r"\s+to\s+know\b")
_ADJECTIVE = rf"(?:{alternation(DEMONYMS)}|[\p{{Lu}}\p{{Ll}}]+(?:ous|ful|ic|ical|able|ible|less|ive|al))"
_MODIFIER_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:{alternation(DETERMINERS)}|"
                              r"(?!(?:he|she|it|that|there|here|what|who|where)['’])[\w.-]+['’]s)"
                              rf"\s+(?:\p{{Ll}}+ly\s+)?(?:{_ADJECTIVE},?\s+){{0,3}}$", re.IGNORECASE)
_CONTRACTED_BE = re.compile(r"['’](?:s|re)\s+(?:\p{Ll}+ly\s+)?$")


def _unheld(match: re.Match, subject: str) -> bool:
    """Whether the view cue ``match`` with its ``subject`` (as written) is no view held, by the grammar around it:
    the verb in -ing ("Jo Lee, hoping to win") or a base form after a subject it does not agree with, a noun ("Lee
    hope and pride"); a subject that holds no view, a pronoun of no one
    (:data:`~newskit.text.lexicon.INDEFINITE_PRONOUNS`: "Everyone wants") or a place
    (:func:`~newskit.speakers.place_name`: "Ohio supported Bush"); a phrasal verb ("Elmland backed off"); wanting to
    know, a question ("she wanted to know why"); a form after a determiner or an owner and up to three adjectives
    (a nationality or a word in -ous, -ful, -ic, -able, -ible, -less, -ive, -al), a noun or an adjective ("the
    planned cuts", "Lee's expected win", "Elmland's ambitious Asian plans"; not "he's backed her", has backed), or a
    participle after a contracted "is" before "to", a passive ("she's expected to run"); a verb of
    :data:`~newskit.text.lexicon.INTENDING_VERBS` with no "to" after it ("Elm Hall plans a fair").

    Example
    -------
    >>> text = ("Jo Lee hopes to run. Voters hope to win. Jo Lee hope and pride. Al Roe, hoping to win. Everyone "
    ...         "wants it. Ohio supported Al Roe. Elmland backed off. Jo Lee wanted to know why. Lee's planned cuts. "
    ...         "She's expected to run. Jo Lee wants to run. He's backed Jo Lee. Elmland's ambitious Asian plans. The "
    ...         "union plans to strike. Elm Hall plans a fair.")
    >>> subjects = ("Jo Lee", "Voters", "Jo Lee", "Al Roe", "Everyone", "Ohio", "Elmland", "Jo Lee", "Lee", "She",
    ...             "Jo Lee", "He", "Asian", "The union", "Elm Hall")
    >>> forms = "hopes?|hoping|wanted|wants?|supported|backed|planned|plans|expected"
    >>> [_unheld(m, s) for m, s in zip(re.finditer(forms, text), subjects)]
    [False, False, True, True, True, True, True, True, True, True, False, False, True, False, True]
    """
    word, text = match.group().lower(), match.string
    if word in _INTENDING_FORMS and not _TO_AFTER.match(text, match.end()):
        return True
    if word.endswith("ing") or word in VIEW_VERBS and not subject.split()[-1].endswith("s"):
        return True
    if subject.lower() in INDEFINITE_PRONOUNS or place_name(subject):
        return True
    if _PARTICLE_AFTER.match(text, match.end()) or _ASKING_AFTER.match(text, match.end()):
        return True
    before = text[max(0, match.start() - 60):match.start()]
    return bool(_MODIFIER_BEFORE.search(before)) or word.endswith("ed") and bool(
        _CONTRACTED_BE.search(before) and _TO_AFTER.match(text, match.end()))


def undeclared(match: re.Match, subject: str) -> bool:
    """Whether a cue of :data:`~newskit.text.lexicon.DECLARING_VERBS`, :data:`~newskit.text.lexicon.COMMITTING_VERBS`,
    :data:`~newskit.text.lexicon.VIEW_VERBS` or :data:`~newskit.text.lexicon.POINTING_VERBS` declares nothing: its
    ``subject`` (as written) is neither a :func:`proper_name` (for a pointing verb, a name the text writes as one:
    :func:`written_as_name`) nor "he" or "she" ("many apologized"), a pointing verb points at nothing said
    (:func:`_unpointed`), a modal or "to" stands before it (adverbs apart:
    "could apologize", "plans to apologize"), a committing verb has no "to" or "that" after it ("Jo Lee
    threatened the coast": a danger), or a view is not held (:func:`_unheld`). False for any other cue.

    Example
    -------
    >>> text = "Jo Lee threatened to quit. Jo Lee threatened the pier. Al Roe may threaten to quit. Many apologized."
    >>> [undeclared(m, s) for m, s in zip(CUES.finditer(text), ("Jo Lee", "Jo Lee", "Al Roe", "Many"))]
    [False, True, True, True]
    """
    word = match.group().lower()
    if word not in _DECLARING_FORMS:
        return False
    if word in _VIEW_FORMS and _unheld(match, subject):
        return True
    start = adverb_start(match.string, match.start())
    if _HYPOTHETICAL.search(match.string, max(0, start - 12), start):
        return True
    if word in _COMMITTING_FORMS and not _COMMITTED.match(match.string, match.end()):
        return True
    if word in _POINTING_FORMS:
        return _unpointed(match, subject, start)
    return not proper_name(subject) and subject.lower() not in ("he", "she")


def _unpointed(match: re.Match, subject: str, start: int) -> bool:
    """Whether a cue of :data:`~newskit.text.lexicon.POINTING_VERBS` (its adverbs from ``start``) points at nothing
    said: a passive before "in" or "by" ("the figures cited in the study"), a likeness ("Jo Lee reminds me of a
    storm"), a subject that is a preposition's object ("foes of the U.S. cite"), or one that is neither a name the
    text writes as one (:func:`written_as_name`) nor "he" or "she".

    Example
    -------
    >>> text = "Jo Lee cited it. The data cited in it. Al Roe reminds me of a storm."
    >>> [_unpointed(m, s, m.start()) for m, s in zip(CUES.finditer(text), ("Jo Lee", "data", "Al Roe"))]
    [False, True, True]
    """
    text = match.string
    if match.group().lower().endswith("ed") and _PASSIVE_AFTER.match(text, match.end()) \
            or _RESEMBLING.match(text, match.start()):
        return True
    before = text[:start].rstrip()
    if before.endswith(subject) and _PREPOSITION_BEFORE.search(before, 0, len(before) - len(subject)):
        return True
    return not written_as_name(text, subject) and subject.lower() not in ("he", "she")


def cue_word(match: re.Match) -> str:
    """The cue as reported (lower case, one space between words): the verb or noun of a :data:`NAMED_CUES` match.

    Example
    -------
    >>> cue_word(NAMED_CUES.search("He dismissed Jo Lee's comment")), cue_word(CUES.search("Jo  did not say"))
    ('comment', 'did not say')
    """
    groups = match.re.groupindex
    text = match.group("cue") or match.group("noun") if "cue" in groups else match.group()
    text = match.group("pnoun") if "pnoun" in groups else text
    return re.sub(r"\s+", " ", text.strip()).lower()


def carried_subject(match: re.Match) -> tuple[str, int, int] | None:
    """(source, start, end) that a :data:`NAMED_CUES` match carries, None for other cues.

    Example
    -------
    >>> carried_subject(NAMED_CUES.search("It was what aides called a wake-up call."))
    ('aides', 12, 17)
    >>> carried_subject(NAMED_CUES.search("It was what aides have called a wake-up call."))
    ('aides', 12, 17)
    >>> carried_subject(NAMED_CUES.search("He cited Party Chairman Reince Priebus' concerns."))
    ('Reince Priebus', 24, 38)
    >>> carried_subject(NAMED_CUES.search("Despite Mr. Trump's promises, it failed."))
    ('Trump', 12, 17)
    >>> carried_subject(PARTY_CUES.search("He quit over Democratic criticism."))
    ('Democrats', 13, 23)
    """
    if "party" in match.re.groupindex:
        return PARTY_MEMBERS[match.group("party")], match.start("party"), match.end("party")
    if "subject" not in match.re.groupindex:
        return None
    group = "subject" if match.group("subject") else "owner"
    start, words = match.start(group), match.group(group).split()
    while len(words) > 1 and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in SENTENCE_OPENERS
                              or words[0].lower().rstrip(".") in TITLES):  # "Despite Mr. Trump's promises": Trump
        start = match.string.index(words[1], start + len(words[0]))
        words = words[1:]
    name = person_name(words) if group == "owner" else []
    if 1 < len(name) < len(words) and not INSTITUTION.search(" ".join(name)):  # "Committee Chairman Reince Priebus' concerns": Reince Priebus
        start = match.string.index(" ".join(name), start)
        words = name
    return " ".join(words), start, match.end(group)

_GOVERNMENT = re.compile(
    r"\b(?:government|authorities|ministry|kremlin|white house|cabinet|administration|state department|"
    r"foreign ministry|beijing|moscow|washington|kyiv|london|tehran)\b", re.IGNORECASE)
_STATE_MEDIA = re.compile(r"\b(?:state (?:media|television|tv|news agency|broadcaster|radio|newspaper)|"
                          rf"{'|'.join(sorted(STATE_AGENCIES))}|"
                          r"ria novosti|cctv|global times|people's daily|irna|kcna)\b", re.IGNORECASE)
_MEDIA = re.compile(r"\b(?:media|television|tv|newspaper|broadcaster|radio|magazine|website|channel|outlet|"
                    r"news agency|paper|times|post|journal|bbc|cnn|gvs|guardian|telegraph)\b", re.IGNORECASE)
_WIRE = re.compile(rf"^(?:{WIRE_PATTERN})$", re.IGNORECASE)
_OUTLET = re.compile(OUTLET_PATTERN)
_DOCUMENT = re.compile(r"\b(?:readout|reading|report|statement|document|documents|transcript|filing|letter|memo|"
                       r"emails|messages|texts|letters|memos|memorandum|"
                       r"release|communiqu[eé]|survey|study|data|poll|figures|reports|studies|polls|surveys|rules|regulations|guidelines|guidance|indictment|complaint|ruling|"
                       r"record|records|files|analysis|notice|decree|tweet|post)$", re.IGNORECASE)
_ANONYMOUS = re.compile(r"\b(?:(?:officials?|sources?|people|diplomats?|insiders?|witnesses|residents|analysts|experts"
                        r"|observers|critics|aides?|operative|strategist|adviser|advisor|"
                        rf"{alternation(GROUP_NOUNS)})(?:\s+familiar)?|(?:persons?|someone)\s+familiar)$", re.IGNORECASE)
_TYPE_PATTERNS = (("state media", _STATE_MEDIA), ("document", _DOCUMENT), ("anonymous", _ANONYMOUS),
                  ("government", _GOVERNMENT), ("media", _MEDIA), ("official/institution", INSTITUTION))
"""Source types after "wire agency", each with the pattern that names it, tried in this order."""


def source_type(source: str) -> str:
    """Classify a source phrase: person, official/institution, government, state media, media, wire agency,
    anonymous or document.

    Example
    -------
    >>> [source_type(s) for s in ["Wang Yi", "Kazakh officials", "readout", "Chinese state media", "Reuters"]]
    ['person', 'anonymous', 'document', 'state media', 'wire agency']
    >>> source_type("The Hill"), source_type("The Washington Post")
    ('media', 'media')
    >>> source_type("Residents in the town"), source_type("People familiar with the matter")
    ('anonymous', 'anonymous')
    """
    if _WIRE.match(source.strip()):
        return "wire agency"
    if _OUTLET.fullmatch(source.strip()) and not _STATE_MEDIA.search(source):
        return "media"  # "The Hill", "The Washington Post", "Dallas Morning News"
    for kind, pattern in _TYPE_PATTERNS:
        if pattern.search(source):
            return kind
    head = _HEAD.match(source)
    return source_type(head.group(1)) if head else "person"  # "residents in the town": typed as "residents"


_HEAD = re.compile(r"(.+?)\s+(?:in|at|on|from|of|by|with|aboard|near|close to)\s", re.IGNORECASE)

_PAPER = r"The\s+((?:\p{Lu}(?:\p{Ll}{0,2}\.|[\w&'’-]*)\s+){0,3}\p{Lu}[\w&'’-]*)"
_TOLD = alternation(TOLD_PUBLICATION)
_PUBLISHED = alternation(PUBLISHED_VERBS)
_PAPER_NAME = re.compile(rf"\b{_PAPER}")
_TOLD_BEFORE = re.compile(rf"\b(?i:{_TOLD})\s+$")
_PUBLISHED_AFTER = re.compile(rf"(?![\w'’]),?\s+(?:{_PUBLISHED})\b")
_MID_SENTENCE = re.compile(r"[\w,;:—–-]\s+$")


def publication_names(text: str) -> set[str]:
    """Names that ``text`` uses as a publication: "The X" written with a capital "The" inside a sentence,
    after what is said to or printed in a paper ("told The Ledger", "according to The Ledger") or before what a
    paper does ("..., The Ledger reported"), given without "The" (:data:`newskit.text.lexicon.TOLD_PUBLICATION`,
    :data:`newskit.text.lexicon.PUBLISHED_VERBS`).

    Example
    -------
    >>> sorted(publication_names("She told The Ledger it was over. The mayor quit, The Courier reported."))
    ['Courier', 'Ledger']
    >>> publication_names("The Pentagon reported no losses. He told the Pentagon.")
    set()
    """
    names = set()
    for match in _PAPER_NAME.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        if _TOLD_BEFORE.search(before) and not re.match(r"[\w'’]", text[match.end():match.end() + 1]) or \
                _MID_SENTENCE.search(before) and _PUBLISHED_AFTER.match(text, match.end()):
            names.add(re.sub(r"\s+", " ", match.group(1)))
    return names


_DATE_WORDS = (DATE_WORDS - {"may", "march"}) | {"early", "last", "this", "next", "on", "same", "day"}  # "May" and
# "March" name people; "the same day the campaign said"
_NOT_SOURCES = frozenset("""well also too then now here there so still even just only again down up out off away
back yet already soon instead meanwhile however later earlier early late far having being almost seldom rarely
never often much nearly barely hardly past despite unlike himself herself itself themselves myself ourselves
yourself""".split())
PREPOSITIONS = frozenset("in at on from of by with aboard near inside outside across during among within around".split())
"""Prepositions whose object is never the subject of a cue ("officials in Moscow said": not Moscow): those of place,
time and company. A set of its own: :data:`~newskit.text.lexicon.PREPOSITIONS` holds others too ("to", "about",
"for", "under"), and lacks six of these ("aboard", "near", "inside", "outside", "across", "around")."""


def source_words(source: str) -> tuple[str, int] | None:
    """A source phrase without the date words leading it, and how many characters were cut from its
    start; None when the phrase is no source: only date words ("Late Monday"), an adverb ("well"), a verb in
    the past ("sent"), or words left open ("her post by"). What follows a name is cut too: an adverb glued to its
    last word in scraped copy ("The Dallas Morning Newsrecently") and a participle after a document ("a poll
    released").

    Example
    -------
    >>> source_words("Monday Trump"), source_words("Late Monday the ministry"), source_words("well")
    (('Trump', 7), ('ministry', 16), None)
    >>> source_words("The Dallas Morning Newsrecently"), source_words("a Des Moines Register poll released")
    (('The Dallas Morning News', 0), ('a Des Moines Register poll', 0))

    A focus word or a part of a group before the group is cut ("only two candidates", "a few of his aides"):

    >>> source_words("only two candidates"), source_words("A few of his GOP colleagues")
    (('two candidates', 5), ('GOP colleagues', 13))

    So is the owner of a named body ("Congress's Office of Compliance": the office), not of a person's campaign:

    >>> source_words("Congress’s Office of Compliance"), source_words("Jo Lee's campaign")
    (('Office of Compliance', 11), ("Jo Lee's campaign", 0))
    >>> source_words("Elmton-based Acme"), source_words("The Elmton-based firm")
    (('Acme', 13), ('firm', 17))
    >>> source_words("brushing off") is None
    True
    """
    source = _GLUED_ADVERB.sub(r"\1", _TRAILING_PARTICIPLE.sub("", source))
    lead = _LEADING_PART.match(source) or OWNER_BEFORE_NAME.match(source)
    if lead and (lead.re is _LEADING_PART or INSTITUTION.search(source, lead.end())) and lead.end() < len(source):
        kept = source_words(source[lead.end():])
        return (kept[0], kept[1] + lead.end()) if kept else None
    words = list(re.finditer(r"\S+", source))
    k = 0
    while k < len(words) - 1 and (words[k].group().lower().strip(",") in _DATE_WORDS or words[k].group()[0].isdigit()):
        k += 1
    while 0 < k < len(words) - 1 and words[k].group().lower() in ARTICLES | {"by"}:
        k += 1  # "Late Monday the ministry", "backed Friday by Jo Lee of Ohio, who said": Jo Lee
    rest = source[words[k].start():] if words else ""
    low = rest.lower()
    if not rest or low in _NOT_SOURCES | _DATE_WORDS | IRREGULAR_PAST or low.split()[-1] in UNFINISHED_ENDS \
            or rest.isdigit() or _PHRASAL_ING.fullmatch(rest):
        return None  # "Alerts were sent warning people": a verb, no one; "brushing off claims": a verb and its particle
    return rest, words[k].start()


_PHRASAL_ING = re.compile(r"\p{Ll}{3,}ing\s+(?:off|up|down|out|away|back|aside)")
"""A verb in -ing and its particle read as a source phrase ("brushing off claims that ...": no one claims)."""


BASED_AT = r"\p{Lu}[\w.]*-(?:based|headquartered)"
"""Where a body is based, written before its name or description ("Elmton-based Acme", "the Elmton-based firm")."""
_BASED_BEFORE = re.compile(rf"\b[Tt]he\s+({BASED_AT})\s+$")


def based_name(text: str, start: int, mention: str) -> str | None:
    """The name a description after "the <place>-based" (:data:`BASED_AT`) stands for: the last name written after
    the same words before it ("Elmton-based Acme ... the Elmton-based firm": Acme); ``mention`` at ``start`` is the
    description, with those words or after them. None when there is no such description or name.

    Example
    -------
    >>> text = "Elmton-based Acme Corp bid. Oak Inc said no. The Elmton-based firm said it would wait."
    >>> based_name(text, text.index("Elmton-based firm"), "Elmton-based firm"), based_name(text, 28, "Oak Inc")
    ('Acme Corp', None)
    """
    own = re.match(rf"({BASED_AT})\s", mention)
    before = _BASED_BEFORE.search(text, max(0, start - 40), start + (own.end() if own else 0))
    if before is None or mention[:1].isupper() and not own:
        return None
    names = re.findall(rf"(?<![Tt]he\s){re.escape(before.group(1))}\s+(\p{{Lu}}[\w&'’.-]*(?:\s+\p{{Lu}}[\w&'’-]*)*)",
                       text[:before.start()])
    return names[-1] if names else None
_LEADING_PART = re.compile(
    r"(?:(?:only|just|even|already|at least|nearly|almost|about)\s+|(?:(?:a|the)\s+)?(?:few|number|handful|several|some|"
    r"many|most|all|each|both|one|two|three|four)\s+of\s+(?:his|her|their|its|our|the|those|these)\s+|"
    rf"(?:{alternation(GROUP_QUANTIFIERS)})\s+(?!(?:of|in|at|on|who|that|are|were|have|had|say|said)\b)|"
    rf"(?-i:{alternation(BODY_LABELS)})\s+(?=\p{{Lu}})|(?:the\s+)?(?-i:{BASED_AT})\s+|"
    r"(?-i:(?:[\w-]+\s+)?times|often|sometimes)\s+(?=\p{Ll}))"
    r"(?=\S)", re.IGNORECASE)
"""A focus word, a part of a group or a quantifier leading a source ("only two candidates", "a few of his
colleagues", "some members of the congregation"; :data:`GROUP_QUANTIFIERS`): not the source, which is the group;
so is a kind of body before its name ("PAC America Rising", :data:`BODY_LABELS`), where a body is based
("Elmton-based Acme", "the Elmton-based firm") and how often before a lower-case group ("how many times people
told him", "how often voters said": the people, the voters)."""
OWNER_BEFORE_NAME = re.compile(r"(?:\p{Lu}[\w.-]*\s+){0,3}\p{Lu}[\w.-]*['’]s\s+(?=\p{Lu})")
"""An owner's name in the possessive before a capitalised name ("Congress's Office of Compliance", "Elm's Jo Lee")."""
_GLUED_ADVERB = re.compile(r"\b(\p{Lu}\p{Ll}+?)(?:recently|also|later|earlier|previously|first|reportedly|then)$")
_TRAILING_PARTICIPLE = re.compile(rf"(?<=\p{{Ll}})\s+(?:{alternation((*AGENT_PARTICIPLES, 'taken'))})$")
"""An agent participle (:data:`AGENT_PARTICIPLES`, and "taken") closing a source phrase: what the document underwent ("a poll
released", "a survey taken"), not part of its name."""


_PLAIN_ADVERBS = "|".join(sorted(CUE_ADVERBS, key=len, reverse=True))
_NEGATION = re.compile(r"(?:n[’']t|\bnot|\bnever|\bcannot)\s+$", re.IGNORECASE)


def adverb_start(text: str, pos: int) -> int:
    """Where the adverbs right before ``pos`` start, those in -ly and those of :data:`CUE_ADVERBS` ("Jo Lee
    sharply criticized", "he first announced", "Jo very loudly claiming": the subject ends before the adverbs);
    ``pos`` when there are none. "Since" before a word in -ing is its preposition ("speeches since announcing"):
    no adverb.

    Example
    -------
    >>> text = "Jo Lee sharply and publicly criticized it. A daily reported it. He first announced it."
    >>> pos = text.index("reported")
    >>> adverb_start(text, text.index("criticized")), adverb_start(text, pos) == pos
    (7, True)
    >>> adverb_start(text, text.index("announced")) == text.index("first")
    True
    >>> text = "He gave no speeches since announcing his run."
    >>> adverb_start(text, text.index("announcing")) == text.index("announcing")
    True
    """
    while True:
        match = re.search(r"(?:^|(?<=\s))(\p{Ll}{3,}ly|" + _PLAIN_ADVERBS + r")(?:\s+and)?\s+$", text[max(0, pos - 40):pos])
        if not match or match.group(1) in NOT_ADVERBS_IN_LY or _NEGATION.search(text, max(0, pos - 60),
                                                                           max(0, pos - 40) + match.start()):
            return pos  # "customers don't simply complain": the verb before the adverb is theirs
        if match.group(1) == "since" and re.match(r"\p{Ll}+ing\b", text[pos:pos + 30]):
            return pos  # "no speeches since announcing his run": a preposition before a gerund
        pos = max(0, pos - 40) + match.start()


_APPOSED_NAME = re.compile(r"\s+((?:The\s+)?\p{Lu}[\w.&'’-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\w.&'’-]*){0,4})")


def apposed_name(text: str, subject: tuple[str, int, int], hi: int) -> tuple[str, int, int]:
    """The name set beside a common noun that is ``subject`` ("the newspaper The Hill", "the network CNN") before
    ``hi``, the end of its sentence, else ``subject`` (and so when a full stop ends it: the next sentence's first word
    is no name set beside it, nor the next paragraph's after a site's name: "the website elm.com.").

    Example
    -------
    >>> text = "first posted by the newspaper The Hill."
    >>> apposed_name(text, ("newspaper", 20, 29), len(text))
    ('The Hill', 30, 38)
    >>> text = "quoted by elm.com. According to it"
    >>> apposed_name(text, ("elm.com.", 10, 18), len(text))
    ('elm.com.', 10, 18)
    >>> text = "according to the website Elm.com.\\nIn May, it fell."
    >>> apposed_name(text, ("website", 17, 24), text.index("\\n"))
    ('Elm.com', 25, 32)
    """
    source, start, end = subject
    name = _APPOSED_NAME.match(text, end, hi)
    if not (source.islower() and len(source.split()) == 1 and source[-1:].isalnum() and name):
        return subject
    return name.group(1).rstrip("."), name.start(1), name.start(1) + len(name.group(1).rstrip("."))


_SLASHED = re.compile(r"(?:(?!(?:The|An?)\s)\p{Lu}[\w.&-]*\s+){0,3}\p{Lu}[\w.&-]*/$")


def slashed_start(text: str, lo: int, start: int) -> int:
    """Where a name joined to the one at ``start`` by a slash starts ("NBC News/Wall Street Journal poll"),
    no earlier than ``lo``; ``start`` when none is.

    Example
    -------
    >>> text = "An NBC News/Wall Street Journal poll found it."
    >>> slashed_start(text, 0, text.index("Wall"))
    3
    """
    match = _SLASHED.search(text, max(lo, start - 60), start)
    return match.start() if match else start


_PARTICIPLE = re.compile(r"\b\p{Ll}{3,}ed\b")
_INFINITIVE = re.compile(r"\bto\s+$")


REPORTING_LEAD = re.compile(rf"(?:{alternation(verb_forms(v)[-1] for v in REPORTING_VERBS)})\s+"
                            r"(?:(?:the|an?)\s+|(?=(?:his|her|its|their)\s))")
"""A reporting verb in -ing opening a subject read back from a cue, before a determiner ("..., saying a count showed"):
the verb of the clause before, whose object clause the subject opens; no part of the subject, nor is an article."""


def participle_subject(text: str, lo: int, pos: int) -> tuple[str, int, int] | None:
    """The subject of a cue at ``pos`` that a participle phrase parts from its cue ("Emails turned over to
    the committee suggest": the emails), when it is a document or an anonymous group; else None.

    Example
    -------
    >>> text = "Emails turned over to the panel suggest a plan."
    >>> participle_subject(text, 0, text.index("suggest"))
    ('Emails', 0, 6)

    A reporting verb in -ing before it is no part of it (:data:`REPORTING_LEAD`):

    >>> text = "Jo spoke, saying a survey conducted last week showed a rise."
    >>> participle_subject(text, 0, text.index("showed"))
    ('survey', 19, 25)
    """
    participles = list(_PARTICIPLE.finditer(text, lo, pos))
    if not participles or _INFINITIVE.search(text, lo, pos):
        return None  # "half were told to tell the truth": an infinitive has no subject of its own
    found = subject_before(text, lo, participles[-1].start())
    if not found or source_type(found[0]) not in ("document", "anonymous") and not _made_by(text, lo, found[1]) \
            or _relative_after_passive(text, found[2], participles[-1], pos):
        return None
    lead = REPORTING_LEAD.match(found[0])
    if lead:
        found = (found[0][lead.end():], found[1] + lead.end(), found[2])
    joined = re.match(r"\s*(\w+\s+and\s+)$", text[lo:found[1]])  # "Emails and text messages turned over"
    return (joined.group(1) + found[0], lo + joined.start(1), found[2]) if joined else found


def _made_by(text: str, lo: int, start: int) -> bool:
    """Whether the name at ``start`` follows a text that carries statements and "from" or "by" (:data:`WORK_FROM`),
    back to ``lo``: the text's maker, its source ("A letter from the Elm League obtained by the Ledger warns").

    >>> text = "A letter from the Elm League obtained by the Ledger warns."
    >>> _made_by(text, 0, text.index("Elm")), _made_by(text, 0, text.index("Ledger"))
    (True, False)
    """
    work = WORK_FROM.search(text, max(lo, start - 80), start)
    return work is not None and re.fullmatch(r"(?:the\s+)?", text[work.end():start], re.IGNORECASE) is not None


_RELATIVE = re.compile(r"\b(?:who|which|that)\b")


def _relative_after_passive(text: str, end: int, participle: re.Match, pos: int) -> bool:
    """Whether the participle after a subject ending at ``end`` is a finite passive (the clause's verb, parting no
    phrase from a cue) and a relative clause after it holds the cue at ``pos``: the cue is the relative's ("The figures
    were released by Jo Lee who said": Jo Lee's), where "and" before the cue shares the subject ("Aides were angered
    and predicted").

    >>> text = "The figures were released by Jo Lee who said it."
    >>> _relative_after_passive(text, 11, re.search("released", text), text.index("said"))
    True
    >>> text = "Aides were angered and predicted it."
    >>> _relative_after_passive(text, 5, re.search("angered", text), text.index("predicted"))
    False
    """
    words = text[end:participle.start()].split()
    passive = bool(words) and words[0] in AUXILIARIES \
        and all(w in AUXILIARIES | {"been"} or w.endswith("ly") for w in words)
    return passive and bool(_RELATIVE.search(text, participle.end(), pos))


def opening_subject(text: str, lo: int, hi: int, pos: int) -> tuple[str, int, int] | None:
    """The subject opening the sentence ``lo``-``hi`` for a cue at ``pos`` right after a comma that closes a
    long description of it ("Jo Lee, the younger sister of ... and daughter of ..., criticized") or a phrase
    after "and" ("Jo Lee backed it and, like her aide, has said"); a description there without its article, as
    subjects are read ("The senator, who as a Republican in the 1980s had ..., said": senator); else None.

    Example
    -------
    >>> text = "Jo Lee, the sister of Al Lee (R) and daughter of the late Bo Lee, criticized it."
    >>> opening_subject(text, 0, len(text), text.index("criticized"))
    ('Jo Lee', 0, 6)
    >>> text = "Jo Lee backed it and, like her aide, has publicly said so."
    >>> opening_subject(text, 0, len(text), text.index("said"))
    ('Jo Lee', 0, 6)
    >>> text = "The senator, who in the 1980s had crossed party lines, said so."
    >>> opening_subject(text, 0, len(text), text.index("said"))
    ('senator', 4, 11)
    """
    if not _AFTER_COMMA.search(text, lo, pos):
        return None
    found = sentence_subject(text, lo, hi)
    if not found or found[2] >= pos or not (re.match(r"\s*,", text[found[2]:pos]) or
                                            re.search(r"\sand\b", text[found[2]:pos])):
        return None
    article = _ARTICLE_OPENING.match(found[0])
    if article:
        return found[0][article.end():], found[1] + article.end(), found[2]
    return found if found[0][:1].isupper() else None


_ARTICLE_OPENING = re.compile(r"(?:The|An?)\s+(?=\p{Ll})")
"""A capitalised article opening a description ("The senator")."""


_AFTER_COMMA = re.compile(r",\s*(?:(?:has|have|had|also|then|later|\p{Ll}+ly)\s+)*$")


@functools.lru_cache(maxsize=1)
def _given_names() -> dict[str, frozenset[str]]:
    """Given name -> the names it is one of (itself, its nicknames, the names it is a nickname of)."""
    table: dict[str, set[str]] = {}
    for name, short in nickname_table().nickname_lookup.items():
        for other in short:
            table.setdefault(name, {name}).add(other)
            table.setdefault(other, {other}).add(name)
    return {name: frozenset(names) for name, names in table.items()}


def same_given_name(a: str, b: str) -> bool:
    """Whether the given names ``a`` and ``b`` can name one person: equal, or one a nickname of the other
    ("Liz" and "Elizabeth", "Bill" and "William"), ignoring case and accents ("José" and "Jose").

    Example
    -------
    >>> same_given_name("Liz", "Elizabeth"), same_given_name("Bill", "william"), same_given_name("Liz", "Mary")
    (True, True, False)
    """
    a, b = unaccented(a), unaccented(b)
    return a == b or b in _given_names().get(a, ())


def nickname_form(name: str, names: list[str]) -> str:
    """The first of ``names`` that writes the person ``name`` with the same surname and another form of the
    given name ("Elizabeth Cheney" -> "Liz Cheney" when that is written first), else ``name``.

    Example
    -------
    >>> nickname_form("Elizabeth Cheney", ["Liz Cheney", "Mary Cheney", "Elizabeth Cheney"])
    'Liz Cheney'
    >>> nickname_form("Liz Cheney", ["Liz Cheney", "Elizabeth Cheney"]), nickname_form("Jo A. Lee", ["Jo Lee"])
    ('Liz Cheney', 'Jo A. Lee')
    """
    words = name.split()
    if len(words) < 2:
        return name
    for other in names:
        ow = other.split()
        if len(ow) >= 2 and ow[-1] == words[-1] and same_given_name(ow[0], words[0]):
            return name if ow[0] == words[0] else other  # the form of the given name written first
    return name


def titled_name(text: str, role: str, names: list[str]) -> str:
    """The one person ``text`` gives ``role`` as a title before a name ("President Obama" for "president"),
    written in full when ``names`` has the full name; ``role`` when none or more than one.

    Example
    -------
    >>> titled_name("President Obama met them. Later the president spoke.", "president", ["Barack Obama"])
    'Barack Obama'
    """
    title = re.escape(role[:1].upper() + role[1:])
    found = {fullest_name(re.sub(r"['’]s$", "", m.group(1)), names) for m in re.finditer(
        rf"\b{title}\s+((?:\p{{Lu}}[\w'’-]+\s+){{0,2}}\p{{Lu}}[\w'’-]+)", text)}
    found = {name for name in found if not any(other.split()[-1] == name != other for other in found)}  # "Lee": "Jo Lee"
    return found.pop() if len(found) == 1 else role


def last_holder(text: str, pos: int, mention: str, roles: dict[str, set[str]]) -> str | None:
    """The one of the holders of the role ``mention`` (one word, read after "the") whose surname ``text`` writes last
    before ``pos`` (:func:`~newskit.speakers.last_written`), when the text names several
    (:func:`~newskit.speakers.role_names`: "Mayor Jo Lee ... Mayor Al Roe said ... the mayor urged": Al Roe); None
    otherwise.

    Example
    -------
    >>> text = "Mayor Jo Lee spoke. Mayor Al Roe spoke. The mayor left."
    >>> last_holder(text, text.index("The"), "mayor", {"mayor": {"Jo Lee", "Al Roe"}})
    'Al Roe'
    >>> last_holder(text, 5, "mayor", {"mayor": {"Jo Lee", "Al Roe"}}) is None
    True
    """
    holders = roles.get(mention.lower(), set()) if len(mention.split()) == 1 else set()
    return last_written(text, pos, {h: [family_name(h)] for h in sorted(holders)})[1] if len(holders) > 1 else None


def titles_before(text: str, pos: int) -> str:
    """The capitalised titles (:data:`NAME_TITLES`) written just before ``pos``, and a space; "" when none.

    Example
    -------
    >>> text = "Then Former Governor Veld said so."
    >>> titles_before(text, text.index("Veld")), titles_before(text, text.index("Former"))
    ('Former Governor ', '')
    """
    words = re.findall(r"\p{Lu}[\w.]*\s+", text[max(0, pos - 40):pos])
    kept: list[str] = []
    for word in reversed(words):
        if word.strip().lower().rstrip(".") not in NAME_TITLES or not text.endswith(word + "".join(kept), 0, pos):
            break
        kept.insert(0, word)
    return "".join(kept)


def untitled_person(source: str, text: str, names: list[str]) -> str:
    """A person's name as ``source`` writes it without the titles before it (:data:`NAME_TITLES`) and the body
    or place after "of" (:func:`~newskit.speakers.before_affiliation`), in its fullest form among ``names``; a
    surname several names share is read from the title ("Former Vice President Cheney" -> "Dick Cheney" when
    ``text`` names "Vice President Dick Cheney"); ``source`` when less than a full name is left. ``source`` is
    already read as a person: unlike :func:`~newskit.speakers.affiliated_person`, which weighs any mention, no
    known given name is needed ("Speaker Xu Boehner of Ohio" -> "Xu Boehner").

    Example
    -------
    >>> untitled_person("Speaker John A. Boehner of Ohio", "", [])
    'John A. Boehner'
    >>> text = "Vice President Dick Cheney and Liz Cheney spoke."
    >>> untitled_person("Former Vice President Cheney", text, ["Dick Cheney", "Liz Cheney"])
    'Dick Cheney'
    """
    words = before_affiliation(source).split()
    titles = []
    while len(words) > 1 and words[0].lower().rstrip(".") in NAME_TITLES:
        titles.append(words.pop(0))
    rest = " ".join(words)
    full = fullest_name(rest, names)
    if len(full.split()) > 1 and not full[:1].islower():  # not "of Dover" from "mayor of Dover"
        return full
    while titles and titles[0].lower() in PAST_HOLDER_WORDS:
        titles.pop(0)
    found = titled_name(text, " ".join(titles), names) if titles else ""
    return found if found.split()[-1:] == [rest] and len(found.split()) > 1 else source


_CREDIT = re.compile(
    rf"(?P<cue>{CREDIT_ROLE_PATTERN}|with\s+additional\s+input)\s+by\s+(?P<names>[^;()\n]+)", re.IGNORECASE)
_AGENCY_WORD = re.compile(rf"\b(?:{AGENCY_PATTERN})\b")


def credit_sources(version) -> list[dict]:
    """Sources of the version itself: agencies and people in credit, dateline, byline and caption blocks.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> v = story_from_texts({"a": "It rained.\\n\\n(Reporting by Jo Doe; Editing by Al Roe)"}).versions[0]
    >>> [(r["source"], r["cue"]) for r in credit_sources(v)]  # doctest: +SKIP
    [('Jo Doe', 'reporting by'), ('Al Roe', 'editing by')]
    """
    rows = []
    blocks = version.blocks[version.blocks["label"].isin(["credit", "dateline", "byline", "caption"])]
    for block in blocks.itertuples():
        label, text, base = block.label, block.text, block.start
        taken: list[tuple[int, int]] = []
        for match in _CREDIT.finditer(text):
            cue = re.sub(r"\s+", " ", match.group("cue").lower()) + " by"
            for start, value in credited_names(match.group("names")):
                s = base + match.start("names") + start
                rows.append({"source": value, "cue": cue, "start": s, "end": s + len(value), "block": label})
            taken.append(match.span())
        if label == "byline":
            rows += [{"source": value, "cue": "byline", "start": base + start, "end": base + start + len(value),
                      "block": label} for start, value in byline_names(text)]
            continue
        for match in _AGENCY_WORD.finditer(text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            cue = {"dateline": "dateline", "caption": "photo credit"}.get(label, "credit")
            rows.append({"source": match.group(), "cue": cue, "start": base + match.start(),
                         "end": base + match.end(), "block": label})
    for row in rows:
        row["mention"] = row["source"]
        row["source"] = canonical_agency(row["source"])
    return rows


_STAFF_TITLE = re.compile(rf"(?:\p{{Lu}}[\w-]*\s+)*(?:{alternation(STAFF_ROLES)})s?")
_MARKUP = re.compile(r"(?<!\w)[_*~]+|[_*~]+(?!\w)")


def byline_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each person a byline line names: each name of a list ("Jo Doe, Al Roe and Mo Poe"), the
    words of a Markdown link only, set in italics or bold or not, up to a credit the line goes on with ("Jo Doe,
    edited by Al Roe": Al Roe is credited as editor by :func:`credit_sources`); not a line of "By" alone, a staff
    title (:data:`newskit.text.lexicon.STAFF_ROLES`: "Reporter", "AP Writer") or words in lower case ("a fellow
    at the Ledger").

    Example
    -------
    >>> byline_names("By [Jo Doe](/jo-doe), [Al Roe](/al-roe) and[Mo Poe](/mo)")
    [(4, 'Jo Doe'), (23, 'Al Roe'), (44, 'Mo Poe')]
    >>> byline_names("**Jo Doe**, a fellow at _The Ledger_."), byline_names("Jo Doe edited by Al Roe")
    ([(2, 'Jo Doe')], [(0, 'Jo Doe')])
    >>> byline_names("By"), byline_names("Contributing Editor")
    ([], [])
    """
    words = MARKDOWN_LINK.sub(lambda link: f" {link['words']}".ljust(len(link.group())), text)
    words = _MARKUP.sub(lambda mark: " " * len(mark.group()), words)
    start = re.match(r"\s*(?:By\b)?", words).end()
    credit = _CREDIT.search(words, start)
    names = credited_names(words[start:credit.start() if credit else len(words)])
    return [(start + at, name) for at, name in names if name[:1].isupper() and not _STAFF_TITLE.fullmatch(name)]


_CREDIT_PLACE = re.compile(r"\s+in\s+\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*)*$")


def credited_names(names: str) -> list[tuple[int, str]]:
    """(offset, name) of each person a credit line names after its role ("Reporting by ..."), without the place
    a reporter worked from ("Jo Doe in London"; "Al Roe in Santa Fe, New Mexico": a US state or a single word after
    the comma that follows a place is the rest of the place, not a second reporter).

    Example
    -------
    >>> credited_names("Jo Doe in London, Al Roe in Santa Fe, New Mexico and Mo Poe")
    [(0, 'Jo Doe'), (18, 'Al Roe'), (53, 'Mo Poe')]
    >>> credited_names("Jo Doe in Pune, India, Al Roe and Mo Poe in Cairo")
    [(0, 'Jo Doe'), (23, 'Al Roe'), (34, 'Mo Poe')]
    """
    found, placed = [], False
    for name in re.finditer(r"[^,&]+?(?=\s*(?:,|&|\band\b|$))", names):
        value = re.sub(r"^and\s+", "", name.group().strip(" ."))
        rest_of_place = placed and (value in US_STATES or len(value.split()) == 1) and value == name.group().strip(" .")
        place = _CREDIT_PLACE.search(value)
        placed = bool(place)
        value = value[:place.start()] if place else value
        if value and not rest_of_place:
            found.append((name.start() + name.group().find(value), value))
    return found


def credit_type(source: str, cue: str) -> str:
    """Source type of a credit row: people for the reporting, writing and editing credits and bylines,
    media for "with additional input by", a wire agency when the name is one, else :func:`source_type`.

    Example
    -------
    >>> credit_type("Jo Doe", "reporting by"), credit_type("Reuters", "dateline")
    ('person', 'wire agency')
    """
    if cue == "with additional input by":
        return "media"
    if cue in ("reporting by", "editing by", "writing by", "written by", "byline", "edited by"):
        return "person"
    return "wire agency" if _WIRE.match(source) else source_type(source)
