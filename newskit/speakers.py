"""Who speaks: tokens, personal names, the subject next to a reporting cue, role names and the
fullest form of a name. The machinery :mod:`newskit.quotations` and :mod:`newskit.sources` share.

A named person is reduced to the name ("China's Foreign Minister Wang Yi" -> "Wang Yi") and
resolved to the fullest form the text gives ("Wang" -> "Wang Yi"; "the mayor" -> the one person
the text calls mayor).

Example
-------
>>> text = "Foreign Minister Wang Yi spoke. Wang said so."
>>> fullest_name(subject_before(text, 32, text.index("said"))[0], name_forms(text))
'Wang Yi'
"""

from __future__ import annotations

import collections
import functools
from itertools import dropwhile, takewhile
from newskit.text import letters as re

from .text.lexicon import AGENT_NOUNS, ARTICLES, AUXILIARIES as _AUXILIARIES, CORPORATE_SUFFIXES, DURATION_UNITS, \
    BODY_NAME_ENDS, DETERMINERS, IRREGULAR_PAST, \
    CANDIDACY_ROLES, COUNTRY_ABBREVIATIONS, COUNTRY_DEMONYMS, \
    DEMONYMS, FEMALE_GIVEN_NAMES, GIVING_OUT_VERBS, GROUP_NOUNS, HONORIFICS, INSTITUTION_PATTERN, \
    FORCE_NOUNS, INSTITUTION_WORDS, INDEFINITE_THINGS, INVERTED_OPENERS, MALE_GIVEN_NAMES, MODALS, MONTHS, \
    NAMED_MODALS, \
    NEGATED_AUXILIARIES, \
    NAME_BREAKS as _FUNCTION_WORDS, PERCEIVING_PAST, \
    MEDIUM_NOUNS, NAME_PARTICLES as _PARTICLES, NAME_PARTICLE_PATTERN, NAME_TITLES as _NAME_TITLES, NOT_ADVERBS_IN_LY, \
    NOT_PERSON_NAME_ENDS, NUMBER_WORDS, ORGANISATION_DESCRIPTIONS, PERSON_NOUNS, PLACE_NAME_ENDS, PLACE_NAME_STARTS, \
    PARTY_MEMBERS, PLURAL_NOUNS, \
    POSTER_NOUNS, REGION_WORDS, DESCRIBED_PERSONS, FOREIGN_ARTICLES, SENTENCE_OPENERS, KIN_NOUNS, PLURAL_ROLES, \
    RAISING_LEADS, REPORTING_PAST, REPORTING_WORDS, TIME_NOUNS as _TIME_NOUNS, TITLES as _TITLES, TITLE_ABBREVIATIONS, \
    LINK_HEADINGS, STATE_ABBREVIATIONS, UNISEX_GIVEN_NAMES, US_STATES, WEEKDAYS as _WEEKDAYS, WORDED_DOCUMENTS, \
    DATE_WORDS as _DATE_WORDS, GENERATIONAL_SUFFIXES, PAST_HOLDER_WORDS, PARTY_TAG, SHOW_TITLE_ENDS, alternation, \
    verb_forms, \
    CLAUSE_CONJUNCTIONS, KNOWN_AS_PARTICIPLES, LIST_CONJUNCTIONS, NAME_JOINING_WORDS, PHRASAL_CUES, PREPOSITIONS, \
    ACCOUNT_NOUNS, COMPANIES, QUESTION_WORDS, READ_BY_PARTICIPLES, DAY_OFFSETS
from .text.tokens import title_case, tokens, unaccented
from .text.typography import EM_DASHES, QUOTE_MARK, canonical

PRONOUNS = {"he", "she", "they", "i", "we", "it", "who", "which", "that", "you"}
PERSON_PRONOUNS = {"he", "she"}
_HE_OR_SHE = frozenset(PERSON_PRONOUNS | {"himself", "herself"})
"""He and she, and themselves: a person's pronouns, read as the subject of a phrase before a cue ("Lee wrote, she
began") and, after a mention, as that person's (not "her", which may be someone else's)."""
_DETERMINERS = DETERMINERS - {"my", "your"} | {"one", "what", "other"}
"""The determiners that open a subject phrase ("the mayor", "one aide", "other officials", "what critics call"); the
first person's and the reader's, "my" and "your", open none the copy names a subject with."""
_QUANTIFIERS = {"some", "two", "three", "several", "many", "most", "both", "all", "each"}
_SKIP_BEFORE_CUE = set("""also later then further previously again recently repeatedly earlier separately additionally
however meanwhile both all reportedly once publicly privately would will could may might has have had was were is
already not never even ever now still likely probably possibly perhaps certainly surely instead likewise""".split())
_ORDER_ADVERBS = {"first", "initially"}
"""Adverbs of order read past before a cue after a comma closing the subject set off ("Her aide, Jo Lee, first
said")."""
_ADJECTIVES_ED = {"retired", "unnamed", "elected", "armed", "detained", "united", "concerned", "informed", "advanced",
                  "displaced"}
_TIME_LEAD = {"on", "late", "early", "last", "this", "that", "in", "the", "on"}
_STOP = set("""that and but or which who whom whose when while as because if so than whether where how why although though
after before since until in with at from to on into over under about against between through during without
not nor yet is are was were be been being has have having had do does did will would can could should may might must
also said says told tells""".split()) | {"“", "”", '"', "«", "»"} | INDEFINITE_THINGS
_ROLE_WORDS = set("""minister president prime foreign secretary spokesman spokeswoman spokesperson chief
executive director governor senator representative general colonel judge justice mayor chairman chairwoman chair
chairmen chairwomen councilman councilwoman councilmember
ceo ambassador commissioner officer detective sheriff captain king queen prince princess pope archbishop bishop
deputy vice premier chancellor leader speaker attorney coach manager professor analyst economist councillor
councilor lawmaker envoy founder head member editor correspondent reporter author sheikh mp mep msp mla mk monsignor
inspector superintendent constable sergeant farmer resident residents campaigner organiser organizer owner nurse
teacher doctor driver student shopkeeper activist lawyer prosecutor researcher scientist historian candidate
trustee fan player striker model singer actor actress comedian writer novelist artist chef pilot soldier commander
veteran survivor victim witness eyewitness neighbour neighbor mother father parent widow volunteer worker employee
engineer lecturer headteacher principal pastor priest rabbi imam cardinal marshal firefighter paramedic surgeon
consultant adviser advisor strategist pollster investor entrepreneur businessman businesswoman billionaire
congressman congresswoman assemblyman assemblywoman alderman dean meteorologist treasurer cfo coo cto
chairperson president-elect governor-elect secretary-general director-general attorney-general
governor-general surgeon-general shadow opposition party labour conservative democrat republican
democratic official officer teenager teen pensioner whip counsel administrator blogger
columnist contributor dj pm linguist astrologer aunt uncle grandmother grandfather grandparent cousin niece nephew
stepfather stepmother brother partner affiliate seal
""".split()) | _TITLES | {t + "." for t in TITLE_ABBREVIATIONS}
_TITLE_ROLES = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "col": "colonel",
                "capt": "captain", "lt": "lieutenant", "sgt": "sergeant", "det": "detective", "insp": "inspector",
                "supt": "superintendent", "prof": "professor", "adm": "admiral", "amb": "ambassador",
                "atty": "attorney", "cllr": "councillor"}
_DEPARTMENTS = set("""state defense defence homeland security staff commerce treasury energy labor labour health
education transportation transport interior agriculture justice veterans affairs housing finance trade""".split())
"""Words of a post written before a name ("Secretary of State Mike Pompeo", "Chief of Staff Jo Lee"): not the name."""
_NAME_STOPS = _ROLE_WORDS | _DEPARTMENTS
INSTITUTION = re.compile(rf"\b(?:{INSTITUTION_PATTERN})\b", re.IGNORECASE)
"""Words that make a phrase an institution or a role, not a person's name
(:data:`~newskit.text.lexicon.INSTITUTION_WORDS`)."""
_NAME_TOKEN = re.compile(r"^(?:\p{Lu}\.)+$|^[^\W\d_][\w'’.-]*$|^\p{Lu}\p{Ll}+- \p{Lu}\p{Ll}+$")
_PARTICLE_THEN_CAPITAL = rf"(?:{NAME_PARTICLE_PATTERN})(?=(?:\s+(?:{NAME_PARTICLE_PATTERN}))*\s+\p{{Lu}})"
"""A name particle followed, maybe through more particles, by a capitalised word ("van der Hoeven")."""
_JOINED_PARTICLE = rf"(?:{NAME_PARTICLE_PATTERN})-\p{{Lu}}[\w'’-]*\w"
"""A name particle joined by a hyphen to a capitalised word, one word of a name ("al-Masri", "el-Sayed")."""
_PLACE_INITIALS = "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS | {
    "".join(f"{c}." for c in w.upper()) for w in COUNTRY_ABBREVIATIONS.union(INSTITUTION_WORDS) if len(w) < 4})
    if re.fullmatch(r"(?:\p{Lu}\.){2,3}", a))
"""Initials that spell a place or a body, not a person ("U.S.", "U.N.", "N.J.", "D.C.")."""
_CAPITALISED = rf"(?:(?!(?:{_PLACE_INITIALS})(?![\w.]))(?:\p{{Lu}}\.){{2,3}}|\p{{Lu}}(?:\.|[\w'’-]*[\w]))"
"""A capitalised word, or initials written together ("J.J.", "H.W."), those of a place or body left out."""
_BARE_INITIAL = r"(?![AI](?!\w))\p{Lu}(?=[^\S\n]+\p{Lu}\p{Ll})"
"""A middle initial written without a full stop, inside a run before a capitalised word ("Howard B Fonda"; not "A"
or "I")."""
CAPITALISED_RUN = re.compile(
    rf"(?:(?<=\s)|^|(?<=\n[-–—])|(?<=[{EM_DASHES}])|(?<=\w--)|(?<=\()|(?<=[“\"‘])(?=\p{{Lu}}[\w.'’ -]*\s\p{{Ll}}))"
    rf"((?:\p{{Lu}}\p{{Ll}}+- (?=\p{{Lu}})|{_CAPITALISED}|{_PARTICLE_THEN_CAPITAL})"
    rf"(?:(?:[^\S\n]+|(?<=- ))(?:{_CAPITALISED}|{_PARTICLE_THEN_CAPITAL}|{_JOINED_PARTICLE}|{_BARE_INITIAL}))*)"
)
"""A run of capitalised words on one line, name particles and initials among them ("Jo Lee", "Lee van der
Berg", "J. Lee", "J.J. Lee"; not "U.S." before "Senate"), or after the dash of a credit line ("-Jo Lee, Dover"),
an em dash with no space ("the senator—Jo Lee—spoke"; not a hyphen: "pro-Trump"),
an opening bracket ("(Jo B. Lee)") or an opening quotation mark before a word in lower case ("“Jo Lee owes us";
not a quoted term, "“Crooked Jo”"), in group 1; one word alone is a run too (a name is a run of two or more:
:func:`name_forms`).

Example
-------
>>> [m.group(1) for m in CAPITALISED_RUN.finditer("Kay and Lee van der Berg met J. Lee\n-Al Roe")]
['Kay', 'Lee van der Berg', 'J. Lee', 'Al Roe']
>>> [m.group(1) for m in CAPITALISED_RUN.finditer("(Jo B. Lee) said “Al Roe owes us” to “Crooked Jo”")]
['Jo B. Lee', 'Al Roe', 'Jo']
>>> [m.group(1) for m in CAPITALISED_RUN.finditer("J.J. Lee told the U.S. Senate")]
['J.J. Lee', 'U.', 'Senate']
>>> [m.group(1) for m in CAPITALISED_RUN.finditer("A pro-Roe aide―Jo Lee―and Al Roe--Ann Bell too")]
['A', 'Jo Lee', 'Al Roe', 'Ann Bell']
"""


_RUN_WORD = re.compile(r"\p{Lu}\p{Ll}+- \p{Lu}\p{Ll}+|\S+")


def _run_words(run: str) -> list[str]:
    """The words of a run of :data:`CAPITALISED_RUN`, a given name split at its hyphen one word ("Jean- Pierre").

    Example
    -------
    >>> _run_words("Jean- Pierre Moore")
    ['Jean- Pierre', 'Moore']
    """
    return _RUN_WORD.findall(run)


def _name_runs(text: str, lo: int, hi: int):
    """The runs of :data:`CAPITALISED_RUN` in ``text[lo:hi]`` of two or more words: where a name may be."""
    return (m for m in CAPITALISED_RUN.finditer(text, lo, hi) if len(m.group(1).split()) > 1)


COMMA_BEFORE = re.compile(r"(?:,[”\"’']?|\s*(?:--|[–—]))\s*$")
"""A comma or a dash closing the text searched, the comma maybe before a closing quotation mark (American style:
“thrift,” saying), then spaces (search it with an end position: a clause set off before a cue, "Usually, says
Mitchell", "Lee hit back -- saying")."""


def is_pronoun(word: str) -> bool:
    """A pronoun, not an acronym that spells one ("WHO", "IT").

    >>> is_pronoun("He"), is_pronoun("WHO")
    (True, False)
    """
    return word.lower() in PRONOUNS and not (len(word) > 1 and word.isupper())


def _is_capitalised(word: str) -> bool:
    return bool(_NAME_TOKEN.match(word)) and (word[0].isupper() or bool(re.fullmatch(_JOINED_PARTICLE, word)))


_INITIAL = re.compile(r"\p{Lu}\.$")
"""A middle initial ("T."), not initials standing for a name of their own ("U.S.")."""


def _surname_after(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` (``k`` > 0), a role word at the end of a name, is a surname there: after a given name
    ("Howard Dean"), an honorific ("Mr. Prince") or a middle initial after a capitalised word ("Ed T. King")."""
    before = words[k - 1].lower()
    return given_name(before) and _is_capitalised(words[k - 1]) or before.rstrip(".") in HONORIFICS \
        or k > 1 and bool(_INITIAL.match(words[k - 1])) and _is_capitalised(words[k - 2])


_LOWER_PART = re.compile(r"-\p{Ll}")
_SYLLABLE_HEAD = "[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}"
_SYLLABLE = rf"{_SYLLABLE_HEAD}(?:ng|[nmklpth])?"
_SYLLABLE_PAIR = re.compile(rf"{_SYLLABLE}-{_SYLLABLE}")
_FAMILY_SYLLABLE = re.compile(rf"{_SYLLABLE_HEAD}(?:ng|r?[nmklpth])?")  # "Park": an r before the last consonant


def _syllable_name(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, the last word of a phrase with a lower-case part after its hyphen, is a given name of two
    romanised syllables after a one-syllable family name ("Park Soo-hyun", "Ban Ki-moon", "Kim Jong-un"); not an
    English compound ("New York-based", "Ohio-born": no syllables of that shape).

    >>> _syllable_name(["Park", "Soo-hyun"], 1), _syllable_name(["New", "York-based"], 1)
    (True, False)
    >>> _syllable_name(["Korean-born"], 0), _syllable_name(["Senate", "Run-up"], 1)
    (False, False)
    """
    word = words[k]
    return k == len(words) - 1 > 0 and word[:1].isupper() and word[1:].islower() \
        and bool(_SYLLABLE_PAIR.fullmatch(word.lower())) and _is_capitalised(words[k - 1]) \
        and words[k - 1][1:].islower() and bool(_FAMILY_SYLLABLE.fullmatch(words[k - 1].lower()))


def family_name(name: str) -> str:
    """The family name of a person's ``name``: its last word, or its first before a given name of two romanised
    syllables (:func:`_syllable_name`: "Ban Ki-moon" is Ban).

    >>> family_name("Jo Lee"), family_name("Ban Ki-moon"), family_name("Lee")
    ('Lee', 'Ban', 'Lee')
    """
    words = name.split()
    return words[0] if _syllable_name(words, len(words) - 1) else words[-1]


def last_written(text: str, pos: int, forms: dict[str, list[str]]) -> tuple[int, str | None]:
    """(offset, key) of the key of ``forms`` one of whose forms ``text`` writes last before ``pos`` as a whole word
    (no letter, digit or hyphen glued to it: "Lee" is not written in "Lee-Smith"), the first such key on a tie;
    (-1, None) when none is.

    >>> last_written("Jo Lee met Al Roe-Bell and Al Roe.", 34, {"Jo Lee": ["Jo Lee", "Lee"], "Al Roe": ["Roe"]})
    (30, 'Al Roe')
    >>> last_written("Jo Lee met Al Roe-Bell.", 23, {"Al Roe": ["Roe"]})
    (-1, None)
    """
    best, found = -1, None
    for key, written in forms.items():
        for form in written:
            at = text.rfind(form, 0, pos)
            while at >= 0 and (re.match(r"[\w-]", text[at + len(form):at + len(form) + 1])
                               or (at and re.match(r"[\w-]", text[at - 1]))):
                at = text.rfind(form, 0, at)
            if at > best:
                best, found = at, key
    return best, found


def surname_forms(name: str) -> tuple[str, ...]:
    """How a person's ``name`` is written by surname alone: its last word with the name particles before it
    (:data:`~newskit.text.lexicon.NAME_PARTICLES`), then the last word.

    >>> surname_forms("Anna van der Hoeven"), surname_forms("Jo Lee")
    (('van der Hoeven', 'Hoeven'), ('Lee',))
    """
    words = name.split()
    k = len(words) - 1
    while k > 0 and words[k - 1] in _PARTICLES:
        k -= 1
    return tuple(dict.fromkeys((" ".join(words[k:]), words[-1])))


def _name_stop(word: str, after: list[str]) -> bool:
    """A role or department word, which ends the name ``after`` it; a role in the plural or a nationality
    (:data:`~newskit.text.lexicon.DEMONYMS`) only before a name (so "National MPs" stays a group, "Dawn French" a name).

    >>> _name_stop("Senators", ["Lee"]), _name_stop("MPs", []), _name_stop("Minister", []), _name_stop("Lee", [])
    (True, False, True, False)
    >>> _name_stop("Brit", ["Jo", "Lee"]), _name_stop("French", [])
    (True, False)
    """
    lower = word.lower()
    plural_role = lower.endswith("s") and lower[:-1] in _ROLE_WORDS
    return lower in _NAME_STOPS or bool(after) and (lower in DEMONYMS or plural_role)


def _word_surname(words: list[str], k: int, run: list[str]) -> bool:
    """Whether ``words[k]``, a function word, is a surname: capitalised, it closes the phrase right after a capitalised
    given name ("Al From": the word "from" as a name)."""
    return not run and 0 < k == len(words) - 1 and words[k][:1].isupper() and _is_capitalised(words[k - 1]) \
        and given_name(words[k - 1])


def _body_before_name(word: str, run: list[str]) -> bool:
    """Whether ``word``, before the name words ``run``, ends a body's name written before a full name ("Elm
    University Jo Lee"): an institution word that is no role."""
    return len(run) > 1 and word.lower() in INSTITUTION_WORDS and word.lower() not in _NAME_STOPS


def person_name(words: list[str]) -> list[str]:
    """The personal name at the end of a phrase, without titles and roles, or [] if none.

    Example
    -------
    >>> person_name("China's Foreign Minister Wang Yi".split())
    ['Wang', 'Yi']
    >>> person_name("endorsed Jo Bloggs Wednesday".split())  # a day after the name ends it
    ['Jo', 'Bloggs']
    >>> person_name("governor Howard Dean".split())  # a role word after a given name is a surname
    ['Howard', 'Dean']
    >>> person_name("Mr. Prince".split()), person_name("economist Dean Baker".split())  # Dean: a given name
    (['Prince'], ['Dean', 'Baker'])
    >>> person_name("Representative Ed T. King".split())  # a role word after a middle initial is a surname
    ['Ed', 'T.', 'King']
    >>> person_name("Post Editor-in-Chief Jo Lee".split()), person_name("Korean-born Jo Lee".split())
    (['Jo', 'Lee'], ['Jo', 'Lee'])
    >>> person_name("spokesman Park Soo-hyun".split())  # a given name of two syllables after the family name
    ['Park', 'Soo-hyun']
    >>> person_name("Senators Jo Lee".split()), person_name("DJ Jo Lee".split())  # a plural title, an abbreviated one
    (['Jo', 'Lee'], ['Jo', 'Lee'])
    >>> person_name("strategist Al From".split())  # a function word as a surname after a given name
    ['Al', 'From']
    >>> person_name("founder of the Elm Foundation Jo Lee".split()), person_name("Lee Foundation".split())
    (['Jo', 'Lee'], ['Lee', 'Foundation'])
    >>> person_name("Commission President von der Hoeven".split())  # a surname led by particles keeps them
    ['von', 'der', 'Hoeven']
    >>> person_name("I’m Jo Lee".split())  # a pronoun and its verb before the name
    ['Jo', 'Lee']
    >>> person_name("Rev. Martin Luther King Jr.".split())  # a role word before a suffix is a surname
    ['Martin', 'Luther', 'King', 'Jr.']
    """
    run: list[str] = []
    while words and words[-1].lower().rstrip(".,") in _WEEKDAYS:
        words = words[:-1]
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if _ends_name(words, k, run):
            break
        surname = k > 0 and (_suffixes(run) if run else _surname_after(words, k))  # "Martin Luther King Jr."
        given = len(run) == 1 and given_name(word)  # "Dean Baker": a role word that is a given name
        if (_is_capitalised(word) or word in _PARTICLES) and (not _name_stop(word, run) or surname or given):
            if word.endswith(("'s", "’s")):
                break
            run.insert(0, word)
        else:
            break
    return run if any(word not in _PARTICLES for word in run) and not _suffixes(run) else []  # "von der Leyen"


def _suffixes(run: list[str]) -> bool:
    """Whether the name words ``run`` are generational suffixes alone ("Jr.", "III"): the word before them is a
    surname, whatever else it may be ("Martin Luther King Jr.").

    >>> _suffixes(["Jr."]), _suffixes(["King", "Jr."])
    (True, False)
    """
    return all(word.lower().rstrip(".") in GENERATIONAL_SUFFIXES for word in run)


_CONTRACTED_PRONOUN = re.compile(r"(?:I|We|You|They)['’](?:m|re|ve|ll|d)$", re.IGNORECASE)
"""A pronoun and its verb written as one word ("I'm", "We've"): no word of a name after it."""


def _ends_name(words: list[str], k: int, run: list[str]) -> bool:
    """Whether ``words[k]``, read back from the name ``run`` after it, ends :func:`person_name`'s name: a function word
    that is no surname, a pronoun and its verb ("I'm"), a compound in lower case after a hyphen ("Editor-in-Chief",
    "Ohio-born") that is no given name's syllable, a title written with a hyphen ("Vice-President"), or a body before
    a name."""
    word = words[k]
    return word.lower() in _FUNCTION_WORDS and not _word_surname(words, k, run) \
        or bool(_CONTRACTED_PRONOUN.match(word)) or bool(_LOWER_PART.search(word)) and not _syllable_name(words, k) \
        or bool(_body_before_name(word, run)) or _hyphenated_title(word)


def _hyphenated_title(word: str) -> bool:
    """Whether ``word`` is a title written with a hyphen, each part a title or role ("Vice-President",
    "Lieutenant-General"), no part of a name.

    >>> _hyphenated_title("Vice-President"), _hyphenated_title("Lee-Roe"), _hyphenated_title("Vice")
    (True, False, False)
    """
    parts = word.lower().split("-")
    return len(parts) > 1 and all(title_or_role(part) for part in parts)


def _strip_determiner(words: list[str]) -> list[str]:
    """``words`` without the determiners that open them; "another" is one before a noun ("another aide"), a
    subject on its own ("another said").

    Example
    -------
    >>> _strip_determiner(["another", "Utah", "Democrat"]), _strip_determiner(["another"])
    (['Utah', 'Democrat'], ['another'])
    """
    while len(words) > 1 and (words[0].lower() in _DETERMINERS | {"another"} or (
            words[0].lower() in _QUANTIFIERS and words[1].lower() == "of")):
        words = words[2:] if words[1].lower() == "of" and len(words) > 2 else words[1:]  # "one of the sources"
    return words


def _phrase(toks: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """Source text and offsets from the tokens of a subject phrase, without a sentence opener before it ("Then
    an unseen announcer" -> "an unseen announcer") or "there" or "here" after it ("A sign there" -> "A sign"); None
    for a day or a month alone ("released Thursday") and a comparison ("Like Lee")."""
    while toks and toks[0][0].lower() in _OPENERS:
        toks = toks[1:]  # "Meanwhile" alone: no subject
    if len(toks) > 1 and toks[-1][0] in {"there", "here"}:
        toks = toks[:-1]  # "Officials there said": the officials
    words = [t for t, _, _ in toks]
    if not words or (words[-1].lower() in _DETERMINERS | _STOP | _LEAD_WORDS and not words[-1].isupper()
                     and not _named_modal(words[-1])) or _no_subject_words(words):
        return None
    if is_pronoun(words[-1]):
        toks, words = toks[-1:], words[-1:]
    if len(words) == 1 and is_pronoun(words[0]):
        return (words[0], toks[0][1], toks[0][2]) if words[0].lower() not in {"who", "which", "that"} else None
    named = _named_phrase(toks, words)
    if named:
        return named
    kept = placed_body(_strip_determiner(words))
    if kept[0].lower() in _DETERMINERS or kept[-1].lower() in _STOP and not _named_modal(kept[-1]):
        return None
    start = toks[len(words) - len(kept)][1]
    return " ".join(kept), start, toks[-1][2]


def _no_subject_words(words: list[str]) -> bool:
    """Whether ``words`` name no subject: a day or a month alone ("released Thursday"), or a comparison ("Like Lee,
    he spoke").

    >>> _no_subject_words(["Thursday"]), _no_subject_words(["Like", "Lee"]), _no_subject_words(["Lee"])
    (True, True, False)
    """
    return len(words) == 1 and words[0].lower().rstrip(".") in _DATE_WORDS \
        or len(words) > 1 and words[0].lower() in {"like", "unlike"}


_BODY_NAME_LINKS = {"of", "for", "and", "on", "the"}


def placed_body(words: list[str]) -> list[str]:
    """``words`` without a place's possessive before the capitalised name of a body it has, of three capitalised
    words or more closed by a body's head noun: a country, a US state or a place by its words ("the UK's National Elm
    Safety Centre": the centre; "Elmland's Foreign Ministry", two words, keeps its country; "King's College London"
    is no place's).

    >>> placed_body("UK's National Elm Safety Centre".split()), placed_body("China's Foreign Ministry".split())
    (['National', 'Elm', 'Safety', 'Centre'], ["China's", 'Foreign', 'Ministry'])
    >>> placed_body("Japan's Chief Cabinet Secretary".split())  # a post, no body
    ["Japan's", 'Chief', 'Cabinet', 'Secretary']
    """
    if len(words) < 4 or not words[0].endswith(("'s", "’s")):
        return words
    owner, rest = words[0][:-2], words[1:]
    place = owner.lower().replace(".", "") in COUNTRY_ABBREVIATIONS or owner.lower() in COUNTRY_DEMONYMS \
        or owner in US_STATES or place_name(owner)
    named = all(_is_capitalised(w) or w in _BODY_NAME_LINKS for w in rest) and _is_capitalised(rest[-1])
    head = rest[rest.index("of") - 1] if "of" in rest[1:] else rest[-1]  # "Ministry of Elm Affairs": Ministry
    return rest if place and named and _body_head(head) and sum(_is_capitalised(w) for w in rest) >= 3 else words


def group_of(words: list[str]) -> bool:
    """Whether ``words`` hold a noun of a group of people before "of" (:data:`~newskit.text.lexicon.GROUP_NOUNS`):
    "Critics of Gov. Jo Lee" are the critics, whatever name follows.

    Example
    -------
    >>> group_of("Critics of Gov. Jo Lee".split()), group_of("Secretary of State Jo Lee".split())
    (True, False)
    """
    return any(w.lower() in GROUP_NOUNS and after == "of" for w, after in zip(words, words[1:]))


def _named_phrase(toks: list[tuple[str, int, int]], words: list[str]) -> tuple[str, int, int] | None:
    """The source of a subject phrase that ends in a personal name: the name after a role or a lower-case
    description ("HSBC spokesman Gareth Hewett", "aide Jo Lee", "soft-spoken Lee"), or the whole phrase when every
    word is capitalised and it names no institution; None otherwise, and when the name follows a noun and a preposition
    (:func:`_place_after_noun`: "a blogger on the site Lee Daily") or a group noun and "of" (:func:`group_of`)."""
    name = person_name(words)
    if not name or (len(name) == len(words) and len(words) == 1 and words[0].lower() in _DETERMINERS) \
            or group_of(words[:len(words) - len(name)]):
        return None
    first = toks[len(words) - len(name)]
    before = words[len(words) - len(name) - 1] if len(name) < len(words) else ""
    if _field_before_body(before, name) or _field_before_word(before, name):
        return None  # "the State Department", "the Foreign Ministry": a body's field, no title of a person "Ministry"
    if _AFTER_NOUN.intersection(words[:len(words) - len(name)]):
        return None  # "a blogger on the site Lee Daily": the blogger, not a name of the place
    if _titled_after_of(words[:len(words) - len(name)]):
        return None  # "a spokesman for Mr. Lee": the spokesman's, as "a spokesman for Jo Lee"
    if _body_field(words[:len(words) - len(name)]):
        return None  # "the Center for Elm Policy": the body's field, no person "Policy"
    if before.lower() in _NAME_STOPS | {"'s", "’s"} or _describes_person(before, name) or _hyphenated_title(before):
        return " ".join(name), first[1], toks[-1][2]
    if all(_is_capitalised(w) or w in _PARTICLES for w in words) and not INSTITUTION.search(" ".join(words)):
        kept = _strip_determiner(words)
        start = toks[len(words) - len(kept)][1]
        return " ".join(kept), start, toks[-1][2]
    return None


def _field_before_word(before: str, name: list[str]) -> bool:
    """Whether the one word ``name`` follows a department's word that is no role, so the two close a body's name
    ("Elm Health Resources": no person "Resources"), unlike a name after a role ("Health Secretary Lee").

    >>> _field_before_word("Health", ["Resources"]), _field_before_word("Secretary", ["Lee"])
    (True, False)
    """
    return len(name) == 1 and before.lower() in _DEPARTMENTS and before.lower() not in _ROLE_WORDS


def _field_before_body(before: str, name: list[str]) -> bool:
    """Whether ``before`` is a department's word or a capitalised role word before a body's name (``name``, closed by a
    body's word, :data:`INSTITUTION`), so that the two are one body's name ("State Department", "Foreign Ministry",
    "Pilot Inspection Office"), not a title and a name ("event organizer Alliance": the body's name after a role in
    lower case).

    >>> _field_before_body("Foreign", ["Ministry"]), _field_before_body("organizer", ["Alliance"])
    (True, False)
    >>> _field_before_body("Pilot", ["Inspection", "Office"])
    True
    """
    field = before.lower() in _DEPARTMENTS or before.istitle() and before.lower() in _NAME_STOPS \
        and not title_or_role(name[-1])
    return bool(field and INSTITUTION.fullmatch(name[-1]))


def _body_field(words: list[str]) -> bool:
    """Whether ``words`` end in a body's field: a body's head noun, "for" or "of", capitalised words after it
    (:func:`_body_head`: "the Center for Elm", "Institute of Oak"; not "CEO of the Elm Fund", "Center for Elm
    director", nor a title closing them: "Department of Elm Security Press Secretary" before a name).

    >>> _body_field("the Center for Elm".split()), _body_field("CEO of the Elm Fund".split())
    (True, False)
    >>> _body_field("Department of Elm Security Press Secretary".split())
    False
    """
    lead = next((i for i in range(len(words) - 1, 0, -1) if words[i] in {"for", "of"}), 0)
    return bool(lead) and _body_head(words[lead - 1]) and all(map(_is_capitalised, words[lead + 1:])) \
        and words[-1].lower() not in _ROLE_WORDS


def body_named(words: list[str]) -> bool:
    """Whether the name :func:`person_name` reads at the end of ``words`` is a body's field or the second half of a
    field joined by "and" (:func:`_body_field`): "The Ministry of Elms", "The Department of Elms and Human Services";
    not "The Center for Elm and Jo Lee", where a given name opens the name after "and".

    >>> body_named("The Department of Elms and Human Services".split()), body_named("the aide Jo Lee".split())
    (True, False)
    >>> body_named("The Center for Elm and Jo Lee".split())
    False
    """
    name = person_name(words)
    rest = words[:len(words) - len(name)]
    if rest[-1:] in (["and"], ["&"]) and not given_name(name[0]):
        rest = rest[:-1]
    return bool(name) and _body_field(rest)


def _describes_person(before: str, name: list[str]) -> bool:
    """Whether the word ``before`` a name is a description of the person in lower case: a word that is no determiner
    or stop word ("aide Jo Lee", "embattled Lee"), or a hyphenated one before a surname or a given name ("warm-and-fuzzy
    Lee"; not "the now-defunct Elm Review", a body's name).

    >>> _describes_person("warm-and-fuzzy", ["Lee"]), _describes_person("now-defunct", ["Elm", "Review"])
    (True, False)
    """
    hyphenated = "-" in before and (len(name) == 1 or given_name(name[0]))
    return (before.isalpha() or hyphenated) and before.replace("-", "").isalpha() and before.islower() \
        and before not in _DETERMINERS | _STOP | {"of", "for"}


def _titled_after_of(lead: list[str]) -> bool:
    """Whether ``lead``, the words before a name, end in a role or an agent noun (:func:`_role_noun`,
    :data:`~newskit.text.lexicon.AGENT_NOUNS`), "for" or "of" and the name's titles ("a spokesman for Mr.", "a lawyer
    for Sen."): the name is whom that person speaks for, not the subject ("the radar of Mr." is no person's).

    Example
    -------
    >>> _titled_after_of(["a", "spokesman", "for", "Mr."]), _titled_after_of(["Sen."])
    (True, False)
    >>> _titled_after_of(["radar", "of", "Mr."]), _titled_after_of(["secretary", "of", "state"])
    (False, False)
    """
    at = len(lead)
    while at and lead[at - 1][:1].isupper() and lead[at - 1].lower() in _NAME_STOPS:
        at -= 1
    return 1 < at < len(lead) and lead[at - 1] in {"for", "of"} and (
        _role_noun(lead[at - 2]) or lead[at - 2].removesuffix("s") in AGENT_NOUNS)


_REFLEXIVES = {"himself", "herself", "themselves"}


def manner_adverb(word: str) -> bool:
    """Whether ``word`` is a lower-case adverb in -ly, as between a named subject and its verb ("Trump swiftly
    responded"), not a noun in -ly ("the family said"). Only one right after a name or a pronoun is skipped.

    Example
    -------
    >>> manner_adverb("swiftly"), manner_adverb("family"), manner_adverb("Kelly")
    (True, False, False)
    """
    return len(word) > 4 and word.islower() and word.endswith("ly") and word not in NOT_ADVERBS_IN_LY


def _adverb_may_follow(word: str) -> bool:
    """Whether an adverb in -ly after ``word`` is skipped before a verb: after a name or a pronoun ("Lee
    swiftly said"), an aside's comma ("Lee, tired, famously replied") or another adverb ("Lee has also
    broadly called for"); not after a lower-case noun ("the family", "an early rally") nor an auxiliary, where
    it mostly qualifies a participle ("six were seriously injured and admitted to hospital").

    Example
    -------
    >>> [_adverb_may_follow(w) for w in ("Lee", ",", "also", "aide", "were")]
    [True, True, True, False, False]
    """
    return _is_capitalised(word) or is_pronoun(word) or word == "," or (
        word.lower() in _SKIP_BEFORE_CUE and word.lower() not in _AUXILIARIES)


def _named_modal(word: str) -> bool:
    """Whether ``word`` is a modal that is also a name, written capitalised (:data:`~newskit.text.lexicon.NAMED_MODALS`):
    before a verb it is someone's name ("George Will wrote", "Theresa May said"), no auxiliary.

    Example
    -------
    >>> _named_modal("Will"), _named_modal("will"), _named_modal("Could")
    (True, False, False)
    """
    return word.istitle() and word.lower() in NAMED_MODALS


_PARTY = re.compile(PARTY_TAG)
"""A party and state tag (:data:`~newskit.text.lexicon.PARTY_TAG`), as a token reads it ("D-N.Y.", "I-Vt")."""


_NEGATED = tuple(word for word in NEGATED_AUXILIARIES if word[1:2] in "'’")
"""A negated auxiliary's ending ("hasn't", "can’t"): the auxiliary is skipped before a cue as "has" is."""


def _skipped_before_cue(toks: list[tuple[str, int, int]]) -> bool:
    """Whether the last of ``toks`` is a word read past before a cue: an adverb or auxiliary of
    :data:`_SKIP_BEFORE_CUE` (not a modal that is a name: "Will"), a negated auxiliary ("hasn't"), a reflexive or a
    manner adverb that may follow the word before it.

    >>> _skipped_before_cue(tokens("Jo Lee hasn't")), _skipped_before_cue(tokens("Jo Lee"))
    (True, False)
    >>> _skipped_before_cue(tokens("Her aide, Jo Lee, first")), _skipped_before_cue(tokens("the first"))
    (True, False)
    """
    word = toks[-1][0].lower()
    if word in _ORDER_ADVERBS:  # "Her aide, Jo Lee, first urged": not "the first", nor "Lee first said"
        return toks[-1][0].islower() and len(toks) > 2 and toks[-2][0] == ","
    return word in _SKIP_BEFORE_CUE and not _named_modal(toks[-1][0]) or word in _REFLEXIVES \
        or word.endswith(_NEGATED) or (manner_adverb(toks[-1][0]) and _adverb_may_follow(toks[-2][0]))


def _skip_adverbials(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop adverbs, auxiliaries (negated too: "hasn't"), time phrases ("on Friday", "late Monday") and a short
    aside in brackets ("(R-Ohio)"), a stretch of time (:func:`_span_start`: "a year later"; "spent" before it too)
    and the text a source speaks
    in (:func:`_medium_start`: "in a letter") before a verb, and an event timing it (:func:`_event_start`) unless
    an auxiliary was dropped: "a fine after the man had posted" is the man's clause.

    Example
    -------
    >>> [t[0] for t in _skip_adverbials(tokens("Jo Lee a year later"))]
    ['Jo', 'Lee']
    >>> [t[0] for t in _skip_adverbials(tokens("a fine after the man had"))]
    ['a', 'fine', 'after', 'the', 'man']
    >>> [t[0] for t in _skip_adverbials(tokens("the officials spent five hours"))]
    ['the', 'officials']
    """
    clause = False
    while len(toks) > 1:
        word = toks[-1][0].lower()
        cut = _spent_start(toks) or _medium_start(toks) or (0 if clause else _event_start(toks))
        if cut:
            toks = toks[:cut]
        elif word == "," and len(toks) > 2 and toks[-2][0] == ")" and _PARTY.match(toks[-3][0]):
            toks = toks[:-1]  # "Jo Reed (D-R.I.), said": a comma after a party tag
        elif word == "," and (cut := _comma_tag_start(toks)):
            toks = toks[:cut]  # "Jo Reed, D-N.Y., said"
        elif word == ")" and (cut := _bracket_start(toks)):  # "John Boehner (R-Ohio) said", "Jo Lee (who ...) said"
            toks = toks[:cut]
        elif _skipped_before_cue(toks):
            clause |= word in _AUXILIARIES or word.endswith(_NEGATED)
            toks = toks[:-1]
        elif word in _TIME_NOUNS and not _named_day(toks[-1][0], toks[:-1]):  # "USA Today said": a name
            toks = toks[:-1]
            while len(toks) > 1 and toks[-1][0].lower() in _TIME_LEAD | _TIME_NOUNS:
                toks = toks[:-1]
        else:
            break
    return toks


def _comma_tag_start(toks: list[tuple[str, int, int]]) -> int:
    """Where the comma before a party and state tag set off by commas closing ``toks`` stands ("Jo Lee, D-N.Y.,",
    "Jo Lee, R-New York,"), else 0.

    >>> _comma_tag_start(tokens("Jo Lee, D-N.Y.,")), _comma_tag_start(tokens("Jo Lee, a mayor,"))
    (2, 0)
    """
    k = next((k for k in range(len(toks) - 2, max(len(toks) - 7, 0), -1) if toks[k][0] == ","), 0)
    return k if k and toks[-1][0] == "," and _PARTY.fullmatch(_as_written(toks[k + 1:-1])) else 0


def _as_written(toks: list[tuple[str, int, int]]) -> str:
    """The words of ``toks`` spaced as the text spaces them ("D-Ore" and "." read "D-Ore.").

    >>> _as_written(tokens("Jo Lee, D-Ore."))
    'Jo Lee, D-Ore.'
    """
    return "".join((" " if i and tok[1] > toks[i - 1][2] else "") + tok[0] for i, tok in enumerate(toks))


def _bracket_start(toks: list[tuple[str, int, int]]) -> int:
    """Where a short aside in brackets closing ``toks`` opens ("Jo Lee (R-Ohio)") or a relative clause in brackets
    (:func:`_bracketed_relative`: "Jo Lee (who has 25 delegates to date)"), else 0.

    >>> _bracket_start(tokens("Jo Lee (who has 25 delegates to date)")), _bracket_start(tokens("Jo Lee (R-Ohio)"))
    (2, 2)
    """
    last = [t[0] for t in toks[-6:-1]]
    if "(" in last:
        return len(toks) - 1 - last[::-1].index("(") - 1
    return next((k for k in range(len(toks) - 3, max(len(toks) - 20, 0), -1)
                 if _bracketed_relative(toks, k) == len(toks) - k), 0)


def _medium_start(toks: list[tuple[str, int, int]]) -> int:
    """Where a phrase naming the text a source speaks in (:data:`~newskit.text.lexicon.WORDED_DOCUMENTS` after
    "in", a determiner and at most one word between) closing ``toks`` starts ("The agency in a short letter" before
    "said": 2, the agency its subject); 0 when there is none or nothing is left before it.

    Example
    -------
    >>> _medium_start(tokens("The agency in a short letter")), _medium_start(tokens("Jo Lee wrote a letter"))
    (2, 0)
    """
    if not toks or toks[-1][0].lower() not in WORDED_DOCUMENTS:
        return 0
    words = [t[0].lower() for t in toks]
    at = _phrase_lead(words, {"in"}, _DETERMINERS, 5)
    return at if all(w.isalpha() or "-" in w for w in words[at + 2:-1]) else 0


def _phrase_lead(words: list[str], leads, heads, reach: int) -> int:
    """Where, from the third-last of ``words`` back to the ``reach``-th last, the latest word of ``leads`` before a
    word of ``heads`` stands: the start of a phrase closing the words ("in a letter", "after the vote"); 0 for none.

    >>> _phrase_lead("the agency in a short letter".split(), {"in"}, {"a", "the"}, 5)
    2
    """
    return next((i for i in range(len(words) - 3, max(len(words) - reach, 0) - 1, -1)
                 if words[i] in leads and words[i + 1] in heads), 0)


_SPENDING = {"spent", "spend", "spends"}
_EVENT_LEADS = {"after", "before", "following", "during"}
_EVENT_ADVERBS = {"soon", "shortly", "just", "right", "long", "immediately"}
_OF_LINK = re.compile(r"(?<=\p{Ll}) of (?:(?:the|an?) )?(?=\p{Ll})")
""""Of" linking two words of an event in lower case ("the course of the inquiry")."""


def _event_start(toks: list[tuple[str, int, int]]) -> int:
    """Where a phrase of an event the verb is timed by closes ``toks`` ("after", "before", "following" or "during", an
    article (an owner's word names an agent: "after her campaign said") and up to three words in lower case, maybe an
    adverb before, a subject's last word before that, no verb or adverb: "The agency immediately after the launch"
    before "said": 2, the agency its subject); 0 when there is none, no word is left before it or a stretch of time
    before it times a clause ("a few months before the chief boasted").

    Example
    -------
    >>> _event_start(tokens("The agency soon after the vote")), _event_start(tokens("after the vote"))
    (2, 0)
    >>> _event_start(tokens("it was only after the vote"))  # a cleft: no subject before the event
    0
    >>> _event_start(tokens("Lee replied after a poll in Ohio"))  # a verb before the event: the poll is a subject
    0
    >>> _event_start(tokens("Lee spoke after a woman"))  # a verb in the past not in -ed
    0
    >>> _event_start(tokens("Elm a few months before the chief")), _event_start(tokens("aides soon after her team"))
    (0, 0)
    >>> _event_start(tokens("one nurse during the course of the inquiry"))
    2
    """
    words = [t[0].lower() for t in toks]
    at = _phrase_lead(words, _EVENT_LEADS, ARTICLES, 6)
    if at and words[at - 1] in _EVENT_ADVERBS:
        at -= 1
    last = words[at - 1] if at else ""
    subject_end = last[:1].isalnum() and last not in _STOP | _SKIP_BEFORE_CUE | _EVENT_ADVERBS | {"only", "even"} \
        and not manner_adverb(last) and not last.endswith("ed") and last not in IRREGULAR_PAST \
        and last.removesuffix("s") not in DURATION_UNITS
    event = _OF_LINK.sub(" ", " ".join(t[0] for t in toks[at + 2:])).split() if at else []
    plain = all(w.isalpha() and w.islower() and w not in _STOP | PREPOSITIONS for w in event)
    return at if subject_end and plain else 0


_SPAN_WORDS = NUMBER_WORDS | {"a", "an", "few", "several", "couple", "of", "for", "than", "less", "more", "about",
                              "nearly", "almost", "just", "only", "some"}


def _spent_start(toks: list[tuple[str, int, int]]) -> int:
    """Where a stretch of time closing ``toks`` starts (:func:`_span_start`), "spent" before it included ("Jo Lee spent
    five hours" before "testifying": 2); 0 when there is none.

    >>> _spent_start(tokens("the officials spent five hours")), _spent_start(tokens("Jo Lee a year"))
    (2, 2)
    """
    span = _span_start(toks)
    return span - (span > 1 and toks[span - 1][0] in _SPENDING)


def _span_start(toks: list[tuple[str, int, int]]) -> int:
    """Where a stretch of time of two words or more, counted in :data:`~newskit.text.lexicon.DURATION_UNITS`, closing
    ``toks`` starts, "ago", "later" or "earlier" after it or not (the verb's adverbs are cut before: "The agency
    less than two weeks ago", "Jo Lee a year" of "Jo Lee a year later" before "said": 2, the subject before it);
    0 when there is none.

    Example
    -------
    >>> _span_start(tokens("The agency less than two weeks ago")), _span_start(tokens("Jo Lee a year"))
    (2, 2)
    >>> _span_start(tokens("Jo Lee has for months"))  # "has" is then dropped as an auxiliary
    3
    >>> _span_start(tokens("Jo Lee long ago")), _span_start(tokens("Officials on Memorial Day"))
    (0, 0)
    >>> _span_start(tokens("So, 13 Hours")), _span_start(tokens("there are zero days of"))
    (0, 0)
    """
    def unit(word: str) -> bool:
        return word.removesuffix("s") in DURATION_UNITS  # in lower case: "13 Hours" is a title

    end = len(toks) - (toks[-1][0].lower() in {"ago", "later", "earlier"})
    at = end
    while at > 1 and (toks[at - 1][0].lower() in _SPAN_WORDS or toks[at - 1][0].isdigit() or unit(toks[at - 1][0])):
        at -= 1
    closed = end < len(toks) or unit(toks[end - 1][0])  # "zero days of" is no stretch of time
    return at if closed and any(unit(t[0]) for t in toks[at:end]) and at < end - 1 else 0


_WINDOW = 1000  # characters of a sentence read around a cue at first; more only when the subject needs it


def _cut(text: str, start: int, stop: int) -> int | None:
    """The first place in ``text[start:stop]`` that no token of :func:`tokens` can straddle (a space not
    right after a hyphen), else None."""
    for at in range(max(start, 1), stop):
        if text[at].isspace() and text[at - 1] != "-":
            return at
    return None


_DASH = r"(?:—|–|--|-(?=\s))"
"""A dash setting off an aside: an em or en dash, two hyphens, or a hyphen spaced as a dash
("Elm - based in Ohio -")."""
_DASH_CLOSE = re.compile(rf"(?:\s{_DASH}|(?<=[\w,])—)\s*$")
_DASH_OPEN = re.compile(rf"(?<=\S)(?:\s{_DASH}\s|(?<=\w)—(?=\p{{Ll}}))(?=[^.;:!?—–]*$)")


def _dash_aside(text: str, lo: int, pos: int) -> int | None:
    """Where an aside set off by a pair of dashes that ends right before ``pos`` opens (the space before its first
    dash, or the dash itself when em dashes touch the words: "Jo Lee—who led the talks—told"), opening in lower case
    ("-- who led the talks --", not a name set off), with no full stop or second aside inside it and no more than 200
    characters long; else None.

    Example
    -------
    >>> text = "Jo Lee -- who led the talks -- told us."
    >>> _dash_aside(text, 0, text.index("told"))
    6
    >>> text = "Jo Lee—speaking in Bern, before he left—said so."
    >>> _dash_aside(text, 0, text.index("said"))
    6
    >>> text = "The think tank - based in Ohio - said so."
    >>> _dash_aside(text, 0, text.index("said"))
    14
    """
    close = _DASH_CLOSE.search(text, max(lo, pos - 5), pos)
    if not close:
        return None
    opened = _DASH_OPEN.search(text, max(lo, close.start() - 200), close.start())
    inside = text[opened.end():close.start()] if opened else ""
    if not opened or "--" in inside or not inside.strip()[:1].islower():
        return None  # "A former candidate -- Jo Lee, who lost -- said": the aside names the subject
    return opened.start()


def named_aside(text: str, start: int, pos: int) -> tuple[str, int, int] | None:
    """The person's name closing the aside between ``start`` and ``pos`` after a role or title, naming who the
    description before the aside is ("the man behind the plan -- activist Jo Lee -- told": Jo Lee); None otherwise.

    >>> text = "The man behind it -- activist Jo Lee -- told us. The man -- a former aide to Jo Lee -- told us."
    >>> named_aside(text, 17, text.index("told")), named_aside(text, 56, text.rindex("told"))
    (('Jo Lee', 30, 36), None)
    """
    toks = [t for t in tokens(text, start, pos) if t[0][:1].isalnum()]
    words = [t[0] for t in toks]
    name = person_name(words)
    if not name or len(name) == len(words) or not title_or_role(words[-len(name) - 1]):
        return None
    return " ".join(name), toks[-len(name)][1], toks[-1][2]


def subject_before(text: str, lo: int, pos: int) -> tuple[str, int, int] | None:
    """The source phrase that ends just before a cue at ``pos`` (looking back no further than ``lo``).

    Time words between subject and verb ("Xi Jinping on Friday told") are skipped, and
    an appositive ("Heather C. Briccetti, president of X, said") yields the name before it, as does an aside
    set off by dashes ("Jo Lee -- who led the talks -- told").
    Only the words just before the cue are read, however long the sentence.

    Example
    -------
    >>> text = "Kazakh officials said Sunday."
    >>> subject_before(text, 0, text.index("said"))
    ('Kazakh officials', 0, 16)
    >>> text = "Jo Lee — who led the talks — told us."
    >>> subject_before(text, 0, text.index("told"))
    ('Jo Lee', 0, 6)
    >>> text = "They met Jo Lee who, according to the report, said no."
    >>> subject_before(text, 0, text.index("said"))
    ('Jo Lee', 9, 15)
    >>> text = "It went on despite the Elm code stating so."
    >>> subject_before(text, 0, text.index("stating"))
    ('Elm code', 23, 31)
    """
    lo = line_opened(text, lo, pos)
    aside = _dash_aside(text, lo, pos)
    if aside is not None:
        found = named_aside(text, aside, pos) or subject_before(text, lo, aside)
        if found:
            return found
    width, agent = _WINDOW, not _ING_CUE.match(text, pos)
    while True:
        start = (_cut(text, pos - width, pos) if pos - width > lo else None) or lo
        found, complete = _subject_before_tokens(tokens(text, start, pos), start == lo, agent)
        if complete:
            return _knowing(text, lo, _perceiver(text, lo, found))
        width *= 4


_LINE_BREAK = re.compile(r"\n\s*(?=\p{Lu})")


def line_opened(text: str, lo: int, pos: int) -> int:
    """Where a subject before ``pos`` may open, from ``lo``: after the last line break before it that a capitalised
    word follows, the line before being a heading with no stop that the sentence was read with ("... Over Zika Virus
    ¶ Jo Lee said": Jo Lee, not the heading's words); a line wrapped inside a phrase ("a hate ¶ crime") goes on.

    >>> text = "Votes Cast In Elm Town\\nJo Lee said it. A hate\\ncrime, Al said."
    >>> line_opened(text, 0, text.index("said")), line_opened(text, 0, 23), line_opened(text, 0, text.index("Al said"))
    (23, 23, 23)
    """
    breaks = [m.end() for m in _LINE_BREAK.finditer(text, lo, pos + 1) if m.end() <= pos]
    return breaks[-1] if breaks else lo


_WITH_HELD = re.compile(r"(?<=\S)(\s+familiar)?\s+with\s+(?:(?:the|an?|his|her|its|their)\s+)?$")
_HELD_NOUNS = {"knowledge"}


def _knowing(text: str, lo: int, found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The subject ``found`` after "with" read with the holder before it, when it is what that holder knows: "familiar
    with" it or "with" knowledge of it, that holder in lower case first ("An aide familiar with the talks said": not
    "talks").

    >>> text = "An aide familiar with the talks said it. An aide with direct knowledge of it said so."
    >>> _knowing(text, 0, ("talks", 26, 31)), _knowing(text, 41, ("direct knowledge of it", 54, 76))
    (('aide familiar with the talks', 3, 31), ('aide with direct knowledge of it', 44, 76))
    """
    held = _WITH_HELD.search(text, max(lo, found[1] - 20), found[1]) if found else None
    if not held or not (held.group(1) or _HELD_NOUNS.intersection(found[0].lower().split()[:2])):
        return found
    holder = subject_before(text, lo, held.start())
    return (text[holder[1]:found[2]], holder[1], found[2]) if holder and holder[0][:1].islower() else found


def _perceiver(text: str, lo: int, found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The subject of a verb of perceiving in the past (:data:`~newskit.text.lexicon.PERCEIVING_PAST`) that opens the
    phrase ``found`` before a cue ("he had heard the men saying": he, who reports their words); ``found`` otherwise.

    >>> text = "Jo Lee said she had heard the men saying it."
    >>> _perceiver(text, 0, ("heard the men", 20, 33)), _perceiver(text, 0, ("Jo Lee", 0, 6))
    (('she', 12, 15), ('Jo Lee', 0, 6))
    """
    if found is None or found[0].split()[0] not in PERCEIVING_PAST or " " not in found[0]:
        return found
    return subject_before(text, lo, found[1])


QUANTITY = re.compile(r"(?:^|\s)(?:\S*\d\S*|half|most|many|some|all|none|one|two|three|four|five|six|seven|eight|"
                      r"nine|ten|majority|minority|third|quarter|percent|per cent|few|handful|number|several|"
                      r"both|each|dozens|hundreds|thousands)\s+$", re.I)
"""A quantity closing the text searched ("most ", "the two ", "40% ")."""


S_FORM = re.compile(r"\p{Ll}+(?<!s)s\b")
"""A verb in -s, no base form in -ss ("states", "notes"; not "stress")."""
_PLURAL_LEADS = (_DETERMINERS | _QUANTIFIERS | NUMBER_WORDS | {"any", "no", "such", "same", "various"}) - {
    "that", "what", "this", "one", "each"}


_LOWER_BEFORE = re.compile(r"(?<![\w'’-])\p{Ll}+\s+$")
_WORD_BEFORE = re.compile(r"(?:(?<![\w'’-])(\p{Ll}+)|['’]s)\s+$", re.I)


def verb_in_ing(text: str, word: tuple[str, int, int]) -> bool:
    """Whether the lower-case ``word`` (its text, start and end) in -ing is a verb whose object follows it
    ("avoiding blame", "denying claims"): no determiner, owner's word or quantity comes before it, which would
    make it a noun ("the ruling states", "Lee's filing says").

    Example
    -------
    >>> text = "and avoiding blame; the ruling states"
    >>> verb_in_ing(text, ("avoiding", 4, 12)), verb_in_ing(text, ("ruling", 24, 30))
    (True, False)
    """
    name, start, _ = word
    return name.islower() and len(name) > 5 and name.endswith("ing") and _no_noun_lead(text, start)


def _no_noun_lead(text: str, start: int) -> bool:
    """Whether no determiner, owner's word or quantity comes right before ``start``, which would make the word there
    a noun ("the ruling", "Lee's filing")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return not (before and (before.group(1) is None or before.group(1).lower() in _PLURAL_LEADS | _DETERMINERS))


def _past_verb(text: str, word: tuple[str, int, int]) -> bool:
    """Whether the lower-case ``word`` (its text, start and end) is a verb in the past whose object follows it
    ("heard screams", "rejected claims"), as :func:`verb_in_ing` reads a verb in -ing: no adjective in -ed
    ("alleged"), no determiner before it ("the accused says").

    >>> text = "and heard screams; the accused says"
    >>> _past_verb(text, ("heard", 4, 9)), _past_verb(text, ("accused", 23, 30))
    (True, False)
    """
    name, start, _ = word
    past = name in IRREGULAR_PAST or name.endswith("ed") and name not in _ADJECTIVES_ED
    return name.islower() and past and _no_noun_lead(text, start)


_PAST_BEFORE = re.compile(r"(?:^|(?<=\s))(?:([\w'’-]+)\s+)?(\p{Ll}{3,}(?<!e)ed)\s+"
                          r"(?:(?:the|a|an|his|her|its|their|this|that|no)\s+)?$")


def verb_object(text: str, lo: int, start: int) -> bool:
    """Whether the phrase at ``start`` (its clause from ``lo``) is the object of a verb in the past in -ed right
    before it, a determiner between ("Lee wasted no time responding", "the council approved a motion condemning it"):
    what the verb acts on, not the subject of a participle after it. An -ed word after a determiner, a quantity or
    a hyphen is an adjective ("a married couple claiming", "U.S.-based groups saying").

    Example
    -------
    >>> text = "Lee wasted no time responding. A married couple claiming so."
    >>> verb_object(text, 0, text.index("no time")), verb_object(text, 31, text.index("couple"))
    (True, False)
    """
    found = _PAST_BEFORE.search(text, max(lo, start - 40), start)
    lead = found.group(1) if found else None
    return bool(found) and found.group(2) not in _ADJECTIVES_ED and not (
        lead and (lead.lower() in _DETERMINERS | _QUANTIFIERS or "-" in lead or QUANTITY.search(f" {lead} ")))


def noun_cue(text: str, word: tuple[str, int, int], cue: int) -> bool:
    """Whether a cue word at ``cue`` (a base form of a verb: "say", "retort"), right after the one lower-case
    ``word`` (its text, start and end; only spaces between; or a compound with a part in lower case, "a Roe-style
    retort"), is a noun that word describes ("the final say", "a snappy retort"), not a verb it is the subject of:
    the word is no plural ("doctors say", "police say"), no pronoun ("they say"), no role ("a spokesman warning")
    and no quantity ("some say"). A cue in -s ("states", "notes") is a plural noun after a determiner, a quantifier,
    a number or "same" ("win any states", "the four states", "€500 notes", "the same notes"), which no verb in -s
    follows, or after a verb in -ing
    (:func:`verb_in_ing`: "denying claims"), in the past (:func:`_past_verb`: "heard screams") or after "to" and a
    verb ("to monitor reports"), or after a date word
    (a month, a weekday) after a lower-case word ("the March states", not "Jo March states"); any cue after "no" is
    a noun ("No wonder Lee said"). Whether the cue can be a noun at all is the caller's.

    Example
    -------
    >>> text = ("the final say; police say; some say; any states; that states; No wonder; the March states; Jo April says;"
    ...         " denying claims; the ruling states; a Roe-style retort; to monitor reports; heard screams;"
    ...         " a famous retort")
    >>> [noun_cue(text, (w, text.index(w), text.index(w) + len(w)), text.index(w) + len(w) + 1)
    ...  for w in ("final", "police", "some", "any", "that", "No", "March", "April", "denying", "ruling", "Roe-style",
    ...            "monitor", "heard", "famous")]
    [True, False, False, True, False, True, True, False, True, False, True, True, True, True]
    """
    name, start, end = word
    if text[end:cue].strip():
        return False
    if name.lower() == "no":  # "no wonder", "no say": a determiner before a noun
        return True
    if S_FORM.match(text, cue) and name.istitle() and name.lower() in _DATE_WORDS \
            and _LOWER_BEFORE.search(text, max(0, start - 30), start):
        return True  # "the March states": a date word, no name ("Jo March states"), describes a plural noun
    if S_FORM.match(text, cue) and re.search(r"\d", name):
        return True  # "€500 notes", "the 50 states": a number describes a plural noun
    if not (name.islower() or _LOWER_PART.search(name)) or " " in name or title_or_role(name):
        return False  # "a spokesman warning": the role is the subject; "a Roe-style retort" describes a noun
    if S_FORM.match(text, cue):  # "any states", "denying claims", "to monitor reports": a verb's object
        return name in _PLURAL_LEADS or verb_in_ing(text, word) or _past_verb(text, word) \
            or bool(_TO_BEFORE.search(text, max(0, start - 8), start))
    return not (plural_form(name) or name in PLURAL_NOUNS or name in PRONOUNS or QUANTITY.search(f" {name} "))


def plural_form(word: str) -> bool:
    """Whether ``word`` in lower case reads as a plural by its ending: "-s", not "-ss" or "-ous" ("doctors", not
    "famous").

    >>> plural_form("doctors"), plural_form("famous"), plural_form("boss")
    (True, False, False)
    """
    return word.endswith("s") and not word.endswith(("ss", "ous"))


PLURAL_WORD = r"\p{Ll}+[^s\W]s"
"""A word in lower case of three characters or more closing on "s" but not "ss", written in a pattern: a plural noun as
patterns read one ("divers", "experts"); :func:`plural_form` reads a word alone."""


_TO_BEFORE = re.compile(r"(?<![\w'’-])to\s+$")
""""to" right before a word: an infinitive, whose verb's object a noun in -s after it is ("to monitor reports")."""


def _trim_before_cue(toks: list[tuple[str, int, int]], participle: bool = True) -> list[tuple[str, int, int]]:
    """``toks`` without the adverbials before a cue and, before a ``participle`` cue, a verb in -ed and its comma
    ("Days later, Desaki resigned, conceding that": the subject of the verb before) or a text given out
    (:func:`_given_out`); none when they are an adverb alone ("“Go,” then shouted"). Before a finite cue, a verb in
    -ed closing an aside that opens with a verb in -ing stays (:func:`_ing_aside`: "Farmers, seeing their crops
    ruined, said": Farmers).

    >>> [t[0] for t in _trim_before_cue(tokens("Farmers, seeing their crops ruined,"), participle=False)][-2:]
    ['ruined', ',']
    >>> [t[0] for t in _trim_before_cue(tokens("Jo Lee resigned,"))]
    ['Jo', 'Lee']
    """
    toks = _skip_adverbials(_skip_perceived(_skip_raising(toks)))
    if len(toks) == 1 and toks[0][0] in _SKIP_BEFORE_CUE - _QUANTIFIERS:
        return []  # "“Go,” then shouted": an adverb alone is no subject
    if len(toks) > 2 and toks[-1][0] == "," and toks[-2][0].islower() and toks[-2][0].endswith("ed") \
            and toks[-2][0] not in _ADJECTIVES_ED and (participle or not _ing_aside(toks)) \
            and not _pied_piped_aside(toks):
        toks = toks[:-2]
    return _given_out(toks)


def _ing_aside(toks: list[tuple[str, int, int]]) -> bool:
    """Whether ``toks``, closed by a comma, end in an aside after an earlier comma that opens with a lower-case verb in
    -ing ("Farmers, seeing their crops ruined,"): a phrase with no finite verb, the subject before it.

    >>> _ing_aside(tokens("Farmers, seeing their crops ruined,")), _ing_aside(tokens("Jo Lee, who resigned,"))
    (True, False)
    """
    comma = next((i for i in range(len(toks) - 2, 0, -1) if toks[i][0] == ","), None)
    word = toks[comma + 1][0] if comma is not None else ""
    return word.islower() and len(word) > 5 and word.endswith("ing")


def _pied_piped_aside(toks: list[tuple[str, int, int]]) -> bool:
    """Whether ``toks``, closed by a comma, end in an aside after an earlier comma holding a relative word after a
    preposition ("Jo Lee, a farmer on whose land the jet crashed,", "a firm in which it invested,"): the verb in -ed
    closing it is the aside's, the subject before it.

    >>> _pied_piped_aside(tokens("Jo Lee, a farmer on whose land the jet crashed,"))
    True
    >>> _pied_piped_aside(tokens("Days later, Desaki resigned,"))
    False
    """
    comma = next((i for i in range(len(toks) - 2, 0, -1) if toks[i][0] == ","), None)
    words = [t[0].lower() for t in toks[comma + 1:]] if comma is not None else []
    return any(w in {"whose", "whom", "which"} and words[k - 1] in _PHRASE_PREPOSITIONS | _SETTING_LEADS
               for k, w in enumerate(words) if k)


_RAISING = [lead.split() for lead in RAISING_LEADS]


def _skip_raising(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``toks`` without a phrase of :data:`~newskit.text.lexicon.RAISING_LEADS` at their end ("Jo Lee went so far
    as to" before "say": "Jo Lee")."""
    words = [t[0].lower() for t in toks]
    lead = next((lead for lead in _RAISING if words[-len(lead):] == lead and len(words) > len(lead)), None)
    return toks[:-len(lead)] if lead else toks


_PERCEIVED = {"heard", "seen", "overheard"}
_BE = {"be", "is", "are", "was", "were", "been", "being"}


def _skip_perceived(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``toks`` without a passive of hearing or seeing at their end and the modal before it ("Jo Lee can then be
    heard" before "saying": "Jo Lee then"): the one heard is the one who speaks.

    >>> [t[0] for t in _skip_perceived(tokens("Jo Lee can then be heard"))], len(_skip_perceived(tokens("Jo heard")))
    (['Jo', 'Lee', 'then'], 2)
    """
    words = [t[0].lower() for t in toks]
    if len(words) < 3 or words[-1] not in _PERCEIVED or words[-2] not in _BE:
        return toks
    cut = len(words) - 2
    modal = next((k for k in range(cut - 1, max(cut - 3, 0) - 1, -1) if words[k] in MODALS), None)
    if modal is not None and all(w in _SKIP_BEFORE_CUE for w in words[modal + 1:cut]):
        return toks[:modal] + toks[modal + 1:cut]
    return toks[:cut]


def _given_out(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``toks`` without a verb of giving out and the text it gives out at their end, and a relative pronoun
    before them: the one who gave it out reports what a participle cue after it says ("Jo Lee issued a statement
    saying", "the firm released another statement saying", "the group that sent out a fundraising email saying":
    "the group").

    Example
    -------
    >>> [t[0] for t in _given_out(tokens("the group that sent out a new email"))]
    ['the', 'group']
    >>> [t[0] for t in _given_out(tokens("Jo Lee read a statement"))]
    ['Jo', 'Lee', 'read', 'a', 'statement']
    """
    if len(toks) < 3 or toks[-1][0].lower() not in WORDED_DOCUMENTS:
        return toks
    verb = next((i for i in range(len(toks) - 2, max(len(toks) - 6, 0) - 1, -1)
                 if not toks[i][0].islower() or toks[i][0] in GIVING_OUT_VERBS), None)
    if verb is None or toks[verb][0] not in GIVING_OUT_VERBS or toks[verb + 1][0].lower() not in _DETERMINERS | {
            "out", "another"}:
        return toks
    toks = toks[:verb]
    return toks[:-1] if len(toks) > 1 and toks[-1][0].lower() in {"that", "which", "who"} else toks


_ING_CUE = re.compile(r"\p{Ll}+ing\b")
"""A cue in -ing: a passive's agent before it ("a case filed by Elmland challenging ...") is no speaker of it."""


def _subject_before_tokens(toks: list[tuple[str, int, int]], whole: bool,
                           agent: bool = True) -> tuple[tuple | None, bool]:
    """(subject, True) from the tokens before a cue, or (None, False) when ``toks`` is not ``whole`` (the
    clause goes on before it) and the answer could depend on what comes before; with ``agent``, a passive's agent
    after "by" is the subject without "by" ("A statement released by the Elm Council said")."""
    toks = _trim_before_cue(toks, not agent)
    if not whole and len(toks) < 40:
        return None, False
    relative = _closing_relative(toks)
    if relative:  # "Jo Lee, who said", "Jo Lee, who on CNN said": Jo Lee, not CNN; "Acme Foods which said"
        return _relative_antecedent(toks[:relative - 1] if toks[relative - 1][0] == "," else toks[:relative]), True
    named = _name_before_role(toks)
    if named:
        return named, True
    if toks and toks[-1][0] == ",":
        named = _name_between_commas(toks)
        if named:
            return named, True
        commas = _clause_commas(toks[:-1])
        if not (commas and len(toks) - commas[-1] < 16):
            return None, True
        if toks[commas[-1] + 1][0] in PERSON_PRONOUNS:  # "In May 2016, he dealt a blow, writing": he
            return _phrase(toks[commas[-1] + 1:commas[-1] + 2]), True
        relative = _relative_run_on(toks, commas)
        if relative:  # "Elm Air, which has jets of its carrier LoAir, and more on order, said": Elm Air
            return _relative_antecedent(toks[:relative]), True
        toks = _cut_at_aside(toks, commas[-1])
        if len(toks) > 1 and toks[-1][0] in {"which", "who"}:  # "Jo Lee who, according to a report, said"
            return _relative_antecedent(toks[:-2] if toks[-2][0] == "," else toks[:-1]), True
    phrase = _person_from(toks, _town_state(toks, _place_after_noun(toks, _phrase_before(toks))))
    if not whole and len(phrase) == len(toks):
        return None, False
    return _phrase(_after_post(toks, _without_time_lead(_without_leads(phrase, agent)))), True


def _without_leads(phrase: list[tuple[str, int, int]], agent: bool) -> list[tuple[str, int, int]]:
    """``phrase`` without the prepositions of :data:`_LEADS_DROPPED` that lead it, and "by" before an ``agent``."""
    while phrase and phrase[0][0].lower() in (_LEADS_DROPPED | {"by"} if agent else _LEADS_DROPPED):
        phrase.pop(0)
    return phrase


def _relative_run_on(toks: list[tuple[str, int, int]], commas: list[int]) -> int:
    """Where the comma stands before "which" or "who" when the relative clause it opens runs on after a later
    comma with "and" to the comma closing ``toks`` ("Elm Air, which has jets of its carrier LoAir, and more on
    order,"), the clause's own commas (``commas``) the only ones after it; else 0.

    >>> toks = tokens("Elm Air, which has jets of its carrier LoAir, and more on order,")
    >>> _relative_run_on(toks, _clause_commas(toks[:-1]))
    2
    >>> toks = tokens("Elm Air, which has jets, and Jo Lee,")
    >>> _relative_run_on(toks, _clause_commas(toks[:-1]))
    0
    """
    if len(commas) != 2 or toks[commas[1] + 1][0] != "and" or toks[commas[0] + 1][0] not in {"which", "who"}:
        return 0
    return 0 if any(_is_capitalised(t[0]) for t in toks[commas[1] + 2:-1]) else commas[0]


def _without_time_lead(phrase: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``phrase`` without the time that opens it before its subject ("Last month the mayor": the mayor; "Earlier this
    year Jo Lee": Jo Lee).

    >>> [t[0] for t in _without_time_lead(tokens("Earlier this year Jo Lee"))], len(_without_time_lead(tokens("Last")))
    (['Jo', 'Lee'], 1)
    """
    words = [t[0].lower() for t in phrase]
    for n in (3, 2):
        if len(words) > n and words[0] in _TIME_OPENERS and words[n - 1] in _TIME_NOUNS \
                and (n == 2 or words[1] in _TIME_OPENERS):
            return phrase[n:]
    return phrase


_TIME_OPENERS = {"last", "this", "next", "earlier", "later"}
_LEADS_DROPPED = {"of", "for", "despite"}
"""Prepositions leading the phrase read before a cue, no part of its subject ("despite the rule book stating": the
rule book, the subject of the verb in -ing; "by" too before an agent)."""
_PHRASE_PREPOSITIONS = {"to", "of", "at", "from", "for"}
_SETTING_LEADS = {"on", "in", "at", "during"}


def _closing_relative(toks: list[tuple[str, int, int]]) -> int:
    """Where "who" or "which" after a comma stands when it closes ``toks`` ("Jo Lee, who said") or only a short
    phrase of where or when follows it, led by a preposition (:data:`_SETTING_LEADS`) and holding no comma: "Jo Lee,
    who on CNN said", "the firm, which in a statement said" (the phrase tells where the antecedent spoke); 0 when
    there is none.

    >>> _closing_relative(tokens("Jo Lee, who on CNN")), _closing_relative(tokens("Jo Lee, who on"))
    (3, 0)

    With no comma, "which" closing ``toks`` right after a capitalised word stands for the name that word ends
    ("including Acme Foods which"):

    >>> _closing_relative(tokens("including Acme Foods which")), _closing_relative(tokens("the foods which"))
    (3, 0)
    """
    if len(toks) > 2 and toks[-1][0] == "which" and _is_capitalised(toks[-2][0]):
        return len(toks) - 1
    for i in range(len(toks) - 1, max(len(toks) - 9, 1), -1):
        if toks[i][0] not in {"who", "which"} or toks[i - 1][0] != ",":
            continue
        if i == len(toks) - 1:
            return i
        if i <= len(toks) - 3 and toks[i + 1][0].lower() in _SETTING_LEADS:
            return i if all(t[0] != "," for t in toks[i + 2:]) else 0
    return 0


def _clause_commas(toks: list[tuple[str, int, int]]) -> list[int]:
    """Indices of the commas among ``toks`` that may end a clause: none grouping a number's digits
    (:func:`_digit_group`)."""
    return [i for i, t in enumerate(toks) if t[0] == "," and not _digit_group(toks, i)]


def _digit_group(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the comma ``toks[i]`` groups the digits of a number ("1,000"), no clause's end: digits touch it on both
    sides.

    >>> toks = tokens("more than 1,000 victims, then 2, 3")
    >>> [_digit_group(toks, i) for i, t in enumerate(toks) if t[0] == ","]
    [True, False, False]
    """
    return 0 < i < len(toks) - 1 and toks[i - 1][0].isdigit() and toks[i + 1][0].isdigit() \
        and toks[i - 1][2] == toks[i][1] and toks[i][2] == toks[i + 1][1]


def _cut_at_aside(toks: list[tuple[str, int, int]], comma: int) -> list[tuple[str, int, int]]:
    """``toks`` cut before the aside the comma at ``comma`` opens, to the head of the subject when that aside is a
    relative clause (:func:`_head_before_relative`), and before a party tag that comma closes
    (:func:`_comma_tag_start`).

    >>> [t[0] for t in _cut_at_aside(tokens("Jo Lee, who left, "), 2)]
    ['Jo', 'Lee']
    >>> [t[0] for t in _cut_at_aside(tokens("Jo Lee, D-N.Y., kept at it, "), 4)]
    ['Jo', 'Lee']
    """
    cut = toks[:_comma_tag_start(toks[:comma + 1]) or comma]
    return _head_before_relative(cut) if toks[comma + 1][0] in {"which", "who"} else cut


def _head_before_relative(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``toks`` (a subject and a relative clause set off by commas after it: "The UK's submission to the UN,
    which oversees it, said") cut to the head of the subject when the clause follows a noun after a
    preposition: the relative clause tells about that noun, the subject is the phrase before it."""
    phrase = _phrase_before(toks)
    at = len(toks) - len(phrase) - 1
    if at > 0 and toks[at][0].lower() in _DETERMINERS:
        at -= 1
    if at > 0 and toks[at][0].lower() in _PHRASE_PREPOSITIONS:
        before = toks[at - 1][0]
        if before.isalpha() and before.islower() and before not in _DETERMINERS | _STOP \
                and not before.endswith("ing"):
            return toks[:at]
    return toks


def _relative_antecedent(toks: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """What "which"/"who" after the last of ``toks`` (a comma before it) stands for when it is named: the
    phrase before that comma, or before what commas set off after it: a description ("the Log Cabin Republicans,
    a gay men and lesbian group, which said" -> Log Cabin Republicans), an age, a place ("Jo Lee, 24, from
    Dover, who said", "Jo Lee, a nurse from Dover, Delaware, who said" -> Jo Lee); None for a phrase in lower
    case.

    Example
    -------
    >>> _relative_antecedent(tokens("said Jo Lee, a nurse from Dover, Delaware"))[0]
    'Jo Lee'
    >>> _relative_antecedent(tokens("Rep. Jo Lee, R-N.C."))[0], _relative_antecedent(tokens("Sen. Jo Lee, D-Ore."))[0]
    ('Jo Lee', 'Jo Lee')
    """
    commas = [i for i, t in enumerate(toks) if t[0] == ","]
    while commas and len(toks) - commas[-1] < 12 and _set_off(toks, commas[-1]):
        toks = toks[:commas.pop()]
    phrase = _phrase_before(toks)
    while phrase and phrase[0][0] in {"by", "of", "for"}:
        phrase.pop(0)
    found = _phrase(phrase)
    return found if found and _is_capitalised(found[0].split()[0]) else None


def _set_off(toks: list[tuple[str, int, int]], comma: int) -> bool:
    """Whether what follows the comma at ``comma`` to the end of ``toks`` is set off after a name: a description
    (after "a", "an", "the"), an age, a party tag ("Jo Lee, R-N.C., who said"), or a place ("from Dover", the second
    part of a place: "Dover, Delaware") after a description or an age, not after the clause ("an endorsement from a
    colleague, from Jo Lee, who")."""
    after = [t[0] for t in toks[comma + 1:]]
    if not after or "," in after:
        return False
    if after[0].lower() in ARTICLES or (len(after) == 1 and after[0].isdigit()) \
            or _PARTY.fullmatch(_as_written(toks[comma + 1:])):
        return True
    capitalised = all(_is_capitalised(w) for w in after[1:])
    place = capitalised and (after[0] in _PLACE_PREPOSITIONS or _is_capitalised(after[0]) and _second_place_part(toks, comma))
    earlier = [i for i, t in enumerate(toks[:comma]) if t[0] == ","]
    return place and bool(earlier) and _set_off(toks[:comma], earlier[-1])


_AFTER_NOUN = {"in", "at", "from", "on"}


def _place_after_noun(toks: list[tuple[str, int, int]], phrase: list, whole: bool = True) -> list:
    """The subject when ``phrase`` is a place or a body after a noun and "in", "at", "from" or "on", not the place:
    people with where they are, as a source is written, "the" between or not and capitalised as they open the
    sentence or not ("Officials in Moscow said", "a blogger on the Web site Lee Report said"); one who posts
    (:data:`~newskit.text.lexicon.POSTER_NOUNS`) alone ("a user on X wrote": user); another noun alone
    before "in", "at" or "from" and a place ("an alleged poll in Wyoming said": poll); else ``phrase``. Not
    ``whole``, people are read without where they are too (:func:`_town_state`: "Farmers from Ames, Iowa say").

    Example
    -------
    >>> toks = tokens("Officials in the Kremlin")
    >>> [t[0] for t in _place_after_noun(toks, toks[-2:])]
    ['Officials', 'in', 'the', 'Kremlin']
    >>> toks = tokens("a poll in Wyoming")
    >>> [t[0] for t in _place_after_noun(toks, toks[-1:])]
    ['a', 'poll']
    """
    at = len(toks) - len(phrase) - 1
    place = phrase[1:] if phrase and phrase[0][0].lower() == "the" else phrase
    if not (0 < at and toks[at][0] in _AFTER_NOUN and 0 < len(place) <= 4 and _is_capitalised(place[-1][0])):
        return phrase
    before, noun = toks[at - 1][0], _phrase_before(toks[:at])
    if toks[at][0] != "on" and (_of_body(noun) or _body_name(noun)):
        return noun  # "Jo Lee of the Elm Temple in Elmton", "the Elm Weather Service in Elmton": not where it is
    if not (noun and all(t[0].islower() for t in noun[1:])):
        return phrase
    lead = noun[0][0]
    if before.lower() in POSTER_NOUNS:
        return noun  # "a user on X", "a commenter on the forum T-Nation": the poster, not where the post is
    if _people_noun(before.lower()):  # whatever opens the phrase: "Black politicians", "200 protesters"
        return toks[at - len(noun):] if whole else noun  # "Officials in Moscow", "a blogger on the site X"
    if _plain_noun(before, lead) and _named_place(place, phrase, toks[at][0]):
        return noun  # "an alleged poll in Wyoming": the poll
    return noun if _plain_noun(before, lead.lower()) and _medium_name(place) else phrase  # opening a sentence too


def _of_body(noun: list[tuple[str, int, int]]) -> bool:
    """Whether ``noun`` is one named by the body he is of or speaks for, capitalised first and last ("Jo Lee of the Elm
    Temple", "the head of the Elm Temple"), no body's own name ("State University of Elmland"), so a place after it
    tells where the body is.

    >>> _of_body(tokens("Rabbi Jo Lee of the Elm Temple")), _of_body(tokens("the Elm Temple"))
    (True, False)
    >>> _of_body(tokens("the State University of Elmland"))
    False
    """
    words = [t[0] for t in noun]
    joint = next((i for i, w in enumerate(words) if w in ("of", "for")), 0)
    return len(words) >= 3 and 0 < joint < len(words) - 1 and _is_capitalised(words[-1]) \
        and (_is_capitalised(words[0]) or words[0].lower() in ARTICLES) \
        and not (_is_capitalised(words[joint - 1]) and INSTITUTION.fullmatch(words[joint - 1]))


def _body_name(noun: list[tuple[str, int, int]]) -> bool:
    """Whether ``noun`` is a body's name of two capitalised words or more ending in an institution's word, "the"
    before it or not ("the Elm Weather Service", "Elm Police"), so a place after it tells where its office is.

    >>> _body_name(tokens("the Elm Weather Service")), _body_name(tokens("the weather service"))
    (True, False)
    >>> _body_name(tokens("Jo Lee"))
    False
    """
    words = [t[0] for t in noun[1:]] if noun and noun[0][0].lower() == "the" else [t[0] for t in noun]
    return len(words) >= 2 and all(map(_is_capitalised, words)) and bool(INSTITUTION.fullmatch(words[-1]))


def _named_place(place: list[tuple[str, int, int]], phrase: list, preposition: str) -> bool:
    """Whether ``place``, read after a noun and ``preposition``, is the whole ``phrase`` (no "the") and one or two
    capitalised words, after no "on" ("an alleged poll in Wyoming")."""
    return place is phrase and preposition != "on" and len(place) <= 2 and all(_is_capitalised(t[0]) for t in place)


def _medium_name(place: list[tuple[str, int, int]]) -> bool:
    """Whether ``place`` is the name of a medium after its noun (:data:`~newskit.text.lexicon.MEDIUM_NOUNS`) and a
    description ("Israeli left-wing newspaper Haaretz", "popular exercise forum T-Nation"): where the noun before
    it speaks, not the speaker.

    Example
    -------
    >>> _medium_name(tokens("left-wing newspaper Haaretz")), _medium_name(tokens("Elm County"))
    (True, False)
    """
    words = [t[0] for t in place]
    medium = next((i for i, w in enumerate(words) if w in MEDIUM_NOUNS), None)
    return medium is not None and 0 < len(words) - medium - 1 == sum(map(_is_capitalised, words[medium + 1:]))


def _plain_noun(before: str, lead: str) -> bool:
    """Whether ``before``, the word before a preposition, is a noun in lower case in a phrase opening on ``lead``
    in lower case ("an alleged poll" before "in Wyoming")."""
    return before.isalpha() and before.islower() and before not in _DETERMINERS | _STOP | _SKIP_BEFORE_CUE \
        and lead.islower()


def _people_noun(word: str) -> bool:
    """Whether the lower-case ``word`` names people: a role or a group ("officials", "blogger", "voters"), a noun
    describing a person or its plural ("politicians").

    Example
    -------
    >>> _people_noun("officials"), _people_noun("protesters"), _people_noun("politicians"), _people_noun("moscow")
    (True, True, True, False)
    """
    return _role_noun(word) or word in GROUP_NOUNS or word in PLURAL_NOUNS or word.removesuffix("s") in PERSON_NOUNS


def _state(words) -> bool:
    """Whether ``words`` are a US state, written out or abbreviated (:data:`~newskit.text.lexicon.STATE_ABBREVIATIONS`),
    the second part of a place after its town.

    Example
    -------
    >>> _state(["New", "Jersey"]), _state(["N.J."]), _state(["D.C."]), _state(["Jo"])
    (True, True, True, False)
    """
    written = " ".join(words)
    return written in US_STATES or written in STATE_ABBREVIATIONS


def _body_town(toks: list[tuple[str, int, int]], comma: int, phrase: list) -> bool:
    """Whether ``phrase``, one or two capitalised words after the comma at ``comma``, is the town of the body whose
    name closes the words before the comma after "of" ("Jo Lee of Elm University, Dover"; "Jo Lee of the University
    of Elmland, Oakton", the body's head before its own "of"): a place, no subject.

    >>> toks = tokens("Jo Lee of Elm University, Dover")
    >>> _body_town(toks, 5, toks[6:]), _body_town(tokens("Jo Lee, Dover"), 2, tokens("Jo Lee, Dover")[3:])
    (True, False)
    >>> toks = tokens("Jo Lee of the University of Elmland, Oakton")
    >>> _body_town(toks, 7, toks[8:]), _body_town(tokens("Jo Lee of Elmland, Oakton"), 4, tokens("Oakton"))
    (True, False)
    """
    words = [t[0] for t in toks[:comma]]
    if len(words) > 3 and words[-2] == "of" and _is_capitalised(words[-1]):  # "University of Elmland"
        words = words[:-2]
    return 0 < len(phrase) <= 2 and all(_is_capitalised(t[0]) for t in phrase) and len(words) > 2 \
        and words[-1].lower() in INSTITUTION_WORDS and _is_capitalised(words[-1]) and "of" in words[-5:-1]


def _town_state(toks: list[tuple[str, int, int]], phrase: list) -> list:
    """What the subject is when ``phrase`` is the state closing a place written "town, state": the subject
    with the town standing for the whole place ("Voters in Columbia, South Carolina say" reads as "Voters in
    Columbia say"), so the person before "of" ("Jo Lee of Dover, Delaware says" -> Jo Lee), the phrase up to
    the town after "of" ("the mayor of Dover, Delaware" -> mayor of Dover), the noun before "in", "at" or
    "from" (:func:`_place_after_noun`) or the town; ``phrase`` otherwise.

    Example
    -------
    >>> toks = tokens("Jo Lee of Dover, Delaware")
    >>> [t[0] for t in _town_state(toks, toks[-1:])]
    ['Jo', 'Lee']
    >>> toks = tokens("Voters in Columbia, South Carolina")
    >>> [t[0] for t in _town_state(toks, toks[-2:])]
    ['Columbia']
    >>> toks = tokens("Jo Lee of Washington, D.C.")
    >>> [t[0] for t in _town_state(toks, toks[-1:])]
    ['Jo', 'Lee']
    """
    at = len(toks) - len(phrase) - 1
    if not (at > 0 and toks[at][0] == "," and (_state(t[0] for t in phrase) or _body_town(toks, at, phrase))):
        return phrase
    before = _phrase_before(toks[:at])
    cut = max((i for i, t in enumerate(before) if t[0] == "of"), default=-1)
    words = [t[0] for t in before[:cut]] if cut > 0 else []
    if len(words) >= 2 and person_name(words) == words:
        return before[:cut]
    town = before[cut + 1:]
    if not (town and all(_is_capitalised(t[0]) for t in town)):
        return phrase
    return _place_after_noun(toks[:at], town, whole=False) if cut < 0 else before


def _person_from(toks: list[tuple[str, int, int]], phrase: list) -> list:
    """The person named just before "from" or "with" when ``phrase``, the last words of ``toks``, is the capitalised
    body after it (maybe after "the"), that person's affiliation: a full name with a known given name or a name after
    titles ("Dr Jo Lee from Elm College London told", "Jo Lee with the BBC said": Jo Lee; "a letter from Elm College"
    keeps the college).

    >>> toks = tokens("Dr Jo Lee from Elm College")
    >>> [t[0] for t in _person_from(toks, toks[4:])], [t[0] for t in _person_from(toks[3:], toks[4:])]
    (['Jo', 'Lee'], ['Elm', 'College'])
    >>> toks = tokens("Jo Lee with the BBC")
    >>> [t[0] for t in _person_from(toks, toks[3:])]
    ['Jo', 'Lee']
    """
    at = len(toks) - len(phrase) - 1
    body = phrase[1:] if phrase and phrase[0][0] == "the" else phrase
    if at < 2 or toks[at][0] not in {"from", "with"} or not body or not _is_capitalised(body[0][0]):
        return phrase
    lead = [t[0] for t in toks[max(0, at - 4):at]]
    name = person_name(lead)
    titled = len(lead) > len(name) and lead[-len(name) - 1].lower().rstrip(".") in _NAME_TITLES if name else False
    return toks[at - len(name):at] if name and (full_name(" ".join(name)) or titled) else phrase


def _after_post(toks: list[tuple[str, int, int]], phrase: list) -> list:
    """``phrase`` without the place of a post written before a name ("Ambassador to Russia Jon Huntsman", "CEO of the
    Elmshire Grocers Association Jo Lee" -> the name)."""
    at = len(toks) - len(phrase) - 1
    words = [t[0] for t in phrase]
    if at < 1 or toks[at][0] not in {"to", "of", "for"} or toks[at - 1][0].lower() not in _ROLE_WORDS:
        return phrase
    words = _strip_determiner(words)
    name = person_name(words)
    if len(words) > 2 and name == words:
        keep = 3 if words[-2] in _PARTICLES or re.fullmatch(r"\p{Lu}\.", words[-2]) else 2
        return phrase[-keep:]
    return phrase[-len(name):] if 1 < len(name) < len(words) else phrase


def _name_between_commas(toks: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The personal name between two commas close before a cue ("Jo Lee, president of X, the Y group, said"), maybe
    before a bracket ("the senator from Ohio, Sen. Jo Lee (D-Ohio), said"); a party tag set off is none.

    >>> _name_between_commas(tokens("Rep. Jo Lee, R-N.C., who leads the Elm Caucus,"))
    ('Jo Lee', 5, 11)
    """
    commas = [i for i, t in enumerate(toks[:-1]) if t[0] == ","]
    for left, right in zip(reversed([-1] + commas), reversed(commas + [len(toks) - 1])):
        between = [t[0] for t in toks[left + 1:right]]
        if _no_name_set_off(toks, left, between):
            continue
        cut = _appositive_name_end(between)
        if cut < len(between) and cut < 2:
            continue  # "Jo Lee from X" gives Jo Lee
        name = person_name(between[:cut])
        titles = between[:cut - len(name)]
        if _names_another(toks, left, name, titles):
            continue
        titled = all(w[:1].isupper() and w.lower() in _NAME_STOPS for w in titles)
        if name and (titled or _describes(toks, left, name, titles) or _listed_after_plural(toks, left, titles)
                     or _role_after_opening(toks, left, titles)) and (
                len(toks) - left < 24 or _opens_before_description(toks, left, right, name)):
            return " ".join(name), toks[left + 1 + len(titles)][1], toks[left + cut][2]  # "Archbishop Jo Lee, said"
    return None


def _no_name_set_off(toks: list[tuple[str, int, int]], comma: int, between: list[str]) -> bool:
    """Whether ``between``, the words set off after the comma at ``comma``, name no one: the second part of a place
    ("Jo Lee, a salesman from Sumter, South Carolina, said"), a state ("of Dover, Ohio,"), a party tag ("R-N.C.") or
    an adverb opening the sentence ("Still, some experts, like Jo Lee, said": not a Mr. Still).

    >>> _no_name_set_off(tokens("Rep. Jo Lee, R-N.C.,"), 3, ["R-N.C."])
    True
    >>> _no_name_set_off(tokens("Still,"), -1, ["Still"])
    True
    >>> _no_name_set_off(tokens("x, Jo Lee,"), 1, ["Jo", "Lee"])
    False
    """
    return _second_place_part(toks, comma) and not _described_in_place(toks, comma, between) or _state(between) \
        or len(between) == 1 and (_PARTY.fullmatch(between[0]) is not None or between[0].lower() in _OPENERS)


def _described_in_place(toks: list[tuple[str, int, int]], comma: int, between: list[str]) -> bool:
    """Whether the words before the comma at ``comma`` open their sentence as "a" or "an", a noun of one person and
    where that person is ("A woman in Elmton"), and ``between``, set off after that comma, is a name of two words or
    more and no place's: that person's name ("A woman in Elmton, Oru Kado, said"), no second part of the place.

    >>> toks = tokens("A woman in Elmton, Oru Kado, said")
    >>> _described_in_place(toks, 4, ["Oru", "Kado"]), _described_in_place(toks, 4, ["Elm", "County"])
    (True, False)
    """
    stop = max((k for k, t in enumerate(toks[:comma]) if t[0] in {".", "!", "?", ",", ";", ":"}), default=-1)
    lead = [t[0] for t in toks[stop + 1:comma]]
    at = next((i for i, w in enumerate(lead) if w in _PLACE_PREPOSITIONS), 0)
    person = at > 1 and lead[0].lower() in {"a", "an"} and all(w.islower() for w in lead[1:at]) \
        and _one_person_noun(lead[at - 1])
    opens = stop < 0 or toks[stop][0] in {".", "!", "?"}
    return bool(opens and person and len(between) > 1 and all(map(_is_capitalised, between))
                and not place_name(" ".join(between)))


def _name_before_role(toks: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The name opening ``toks`` before a comma and the role it holds in an organisation, that role running on to the
    cue with no comma closing it ("Jo Lee, the press director for the Elmshire Party said"): the person is the
    subject, not the role. The role is in lower case but for its head, a role word before "of" or "for"
    ("president and CEO of Elmshire Bank").

    Example
    -------
    >>> _name_before_role(tokens("Jo Lee, the press director for the Elmshire Party"))
    ('Jo Lee', 0, 6)
    >>> _name_before_role(tokens("Jo Lee, a friend of the Elmshire Party")) is None
    True
    >>> _name_before_role(tokens("Jo Lee, a fellow at the Elm Center in Dover"))  # a post at a body
    ('Jo Lee', 0, 6)
    """
    commas = [i for i, t in enumerate(toks) if t[0] == ","]
    if not commas or len(toks) - commas[-1] > 14:
        return None
    comma, role = commas[-1], [t[0] for t in toks[commas[-1] + 1:]]
    head = next((i for i, w in enumerate(role) if w in {"of", "for", "at"}), 0) - 1
    if head < 0 or not _placed_noun(role, head) or not all(
            w.islower() or w.lower() in _ROLE_WORDS for w in role[:head]):
        return None
    run = _capitalised_start(toks[comma - 1::-1] if comma else [])[::-1]
    words = [t[0] for t in run]
    opens = len(run) == comma or not toks[comma - len(run) - 1][0][0].isalnum()
    name = person_name(words)
    if not (opens and len(name) > 1 and words[-len(name):] == name) or _not_a_name(name):
        return None
    return " ".join(name), run[-len(name)][1], run[-1][2]


def _placed_noun(role: list[str], head: int) -> bool:
    """Whether ``role[head]`` names a post before "of", "for" or "at": a role word, or a noun in lower case after an
    article holding a post "at" the capitalised body after it ("a fellow at the Elm Center", "a researcher at Elm
    University").

    >>> _placed_noun("a fellow at the Elm Center".split(), 1), _placed_noun("a friend of the Elm Party".split(), 1)
    (True, False)
    """
    if role[head].lower() in _ROLE_WORDS:
        return True
    body = [w for w in role[head + 2:head + 4] if w.lower() not in ARTICLES]
    return role[head + 1] == "at" and role[0].lower() in ARTICLES and role[head].isalpha() and role[head].islower() \
        and bool(body) and _is_capitalised(body[0])


def _names_another(toks: list[tuple[str, int, int]], comma: int, name: list[str], titles: list[str]) -> bool:
    """Whether ``name`` set off by the comma at ``comma`` names a noun before it, not the subject: a lone word
    after a noun in a relative clause (:func:`_names_a_noun`) or an organisation (:func:`_names_organisation`)."""
    return len(name) == 1 and not titles and _names_a_noun(toks, comma) or _names_organisation(toks, comma, name)


def _opens_before_description(toks: list[tuple[str, int, int]], left: int, right: int, name: list[str]) -> bool:
    """Whether ``name`` (two words or more) opens ``toks``, or the clause after an opening phrase set off by the comma
    at ``left`` ("On the other side, Sen. Jo Lee (R-Ohio), a ..."), before a description led by "a", "an" or "the",
    so that it is the subject however far back the description and its clauses put it ("Jo Lee, a fellow at X who
    ..., which ..., said").

    Example
    -------
    >>> toks = tokens("On Monday, Jo Lee, a fellow at the Elm Institute who has written on farms for decades and "
    ...               "who now chairs a panel of the state assembly on rural roads and bridges, wrote")
    >>> _opens_before_description(toks, 2, 5, ["Jo", "Lee"])
    True
    """
    stop = max((k for k, t in enumerate(toks[:left]) if t[0] in {".", "!", "?"}), default=-1)
    lead = [t[0] for t in toks[stop + 1:left]]
    opens = left < 0 or bool(lead) and lead[0].lower() in _LEADING | _OPENERS and "," not in lead
    return opens and 0 < len(toks) - right - 1 and len(name) > 1 and toks[right + 1][0].lower() in ARTICLES


def _appositive_name_end(words: list[str]) -> int:
    """Where a name set off by commas ends among ``words``: before where the person is from or works ("Adam Fox from
    X Hospital", "Ann Bell of Elmton University"; "of" only when no "and" joins two names: "Jo Lee of Ohio and Al
    Roe of Iowa") or a bracket closing the words ("Sen. Jo Lee (I-Conn.)"); at their end otherwise.

    Example
    -------
    >>> [_appositive_name_end(n.split()) for n in ("Ann Bell of Elmton University", "Jo Lee of X and Al Roe")]
    [2, 7]
    """
    return next((i for i, w in enumerate(words) if w == "from" or w == "of" and "and" not in words
                 or w == "(" and words[-1] == ")"), len(words))


def _describes(toks: list[tuple[str, int, int]], comma: int, name: list[str], titles: list[str]) -> bool:
    """Whether a full ``name`` set off by the comma at ``comma``, after words describing it (``titles``: "Ohio Sen.",
    "longtime party aide"), names the description in lower case before that comma ("Another candidate, Ohio Sen.
    Jo Lee, said"); not when a function word is among those words or before the comma ("under Jo Lee", "of Jo
    Lee and Al Roe": a phrase of its own, a list)."""
    before = toks[comma - 1][0] if comma > 0 else ""
    return before.isalpha() and before.islower() and before not in _STOP and len(name) > 1 and not {
        w.lower() for w in titles} & (_DETERMINERS | _STOP | {"including", "by", "like"})


def _role_after_opening(toks: list[tuple[str, int, int]], comma: int, titles: list[str]) -> bool:
    """Whether the words before the comma at ``comma`` open on a preposition with no comma among them, and ``titles``,
    the words before a name set off after that comma, close on a role word in lower case: the name is the subject, a
    stray comma after it ("In a hearing in Elm City, then-Elm administrator Jo Lee, said": Jo Lee, not Elm City).

    >>> toks = tokens("In a hearing in Elm City, then-Elm administrator Jo Lee,")
    >>> _role_after_opening(toks, 6, ["then-Elm", "administrator"]), _role_after_opening(toks, 6, ["then-Elm"])
    (True, False)
    """
    return comma > 1 and toks[0][0].lower() in PREPOSITIONS and all(t[0] != "," for t in toks[:comma]) \
        and bool(titles) and titles[-1] in _ROLE_WORDS


def _listed_after_plural(toks: list[tuple[str, int, int]], comma: int, titles: list[str]) -> bool:
    """Whether ``titles``, the words before a name set off by the comma at ``comma``, are names that "and" joins to it
    after a plural noun in lower case before that comma: the name closes a list the noun describes ("Elm's founders,
    Dan and Jane Lee, wrote", "two rivals, Jo Lee and Al Roe, said": the last one named, as for a list of subjects).

    Example
    -------
    >>> toks = tokens("Elm's founders, Dan and Jane Lee,")
    >>> _listed_after_plural(toks, 2, ["Dan", "and"]), _listed_after_plural(toks, 2, ["Dan", "or"])
    (True, False)
    """
    before = toks[comma - 1][0] if comma > 0 else ""
    return len(titles) > 1 and titles[-1] in LIST_CONJUNCTIONS and all(_is_capitalised(w) for w in titles[:-1]) \
        and before.isalpha() and before.islower() and before.endswith("s") and not before.endswith("ss")


def _names_a_noun(toks: list[tuple[str, int, int]], comma: int) -> bool:
    """Whether a word set off by the comma at ``comma`` follows a noun in a relative clause, and names that noun
    ("Jo Lee, who lives near the capital, Dover, said": a place), not the subject ("his wife, Jane, said")."""
    return comma > 0 and toks[comma - 1][0].islower() and any(t[0] in {"who", "which"} for t in toks[:comma])


def _names_organisation(toks: list[tuple[str, int, int]], comma: int, name: list[str]) -> bool:
    """Whether ``name``, set off by the comma at ``comma``, follows the noun of an organisation and opens on no
    given name, so that it names the organisation, not the subject ("Jo Lee, editor of the city's newspaper, the
    Elmton Star, said": the paper; "the owner of the newspaper, Jo Lee, said": Jo Lee).

    Example
    -------
    >>> toks = tokens("Jo Lee, editor of the city's newspaper, the Elmton Star, said")
    >>> _names_organisation(toks, 8, ["Elmton", "Star"]), _names_organisation(toks, 8, ["Jo", "Lee"])
    (True, False)
    """
    return bool(name) and comma > 0 and toks[comma - 1][0] in ORGANISATION_DESCRIPTIONS and not given_name(name[0])


_PLACE_PREPOSITIONS = {"from", "in", "near"}


def _second_place_part(toks: list[tuple[str, int, int]], comma: int) -> bool:
    """Whether the comma at ``comma`` follows a place after "from", "in" or "near", so that what comes after it is
    the second part of a place ("from Sumter, South Carolina"); "of" is left out: "the mayor of Elmton, Jo Lee".

    Example
    -------
    >>> toks = tokens("Jo Lee, a salesman from Sumter, South Carolina, said")
    >>> _second_place_part(toks, 2), _second_place_part(toks, 7)
    (False, True)
    """
    k = comma - 1
    while k >= 0 and _is_capitalised(toks[k][0]):
        k -= 1
    return k < comma - 1 and k >= 0 and toks[k][0] in _PLACE_PREPOSITIONS


def _phrase_before(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The last words of ``toks`` that can be a subject: up to six (ten for a name before a body's name with "of":
    :func:`_of_body_holder`), stopping at a stop word, a verb in -ed, "what"
    before a name, a stretch of time before a quantifier ("for decades some critics") or punctuation ("of" and "for"
    carry on: "a spokesman for Tesco", and so does "and" inside a name: :func:`_joins_portfolio`); a modal that is
    also a name, capitalised and closing them, is a name (:data:`~newskit.text.lexicon.NAMED_MODALS`: "George Will",
    "Theresa May");
    he or she (:data:`_HE_OR_SHE`) is the subject alone, the words after it a verb ("she began saying": she).

    Example
    -------
    >>> [t[0] for t in _phrase_before(tokens("columnist George Will", 0, 21))]
    ['columnist', 'George', 'Will']
    >>> [t[0] for t in _phrase_before(tokens("Lee wrote, she began", 0, 20))]
    ['she']
    >>> [t[0] for t in _phrase_before(tokens("For decades some critics", 0, 24))]
    ['some', 'critics']
    """
    phrase: list[tuple[str, int, int]] = []
    for at in range(len(toks) - 1, -1, -1):
        tok = toks[at]
        word = tok[0]
        if _joins_portfolio(toks, at, phrase):
            phrase.insert(0, tok)
            continue
        if phrase and word.lower() in _HE_OR_SHE and not word.isupper():
            return [tok]
        if _clause_ends(toks, at, phrase):
            break
        verb_like = word.islower() and word.endswith("ed") and word not in _ADJECTIVES_ED
        stop = _stop_word(toks, at, phrase)
        too_long = _phrase_words(phrase) >= 6 and not _of_body_holder(word, phrase)
        if not (word[0].isalnum()) or stop or verb_like or too_long:
            if phrase and _carries_phrase(toks, at):
                phrase.insert(0, tok)
                continue
            break
        phrase.insert(0, tok)
    return _after_singular_noun(toks, _owners_joined(phrase))


def _stop_word(toks: list[tuple[str, int, int]], at: int, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether the word at ``at``, read back before ``phrase``, is a stop word ending the subject: not an acronym
    ("WHO", not "who"), a modal closing a name ("Theresa May said") or a preposition inside a name
    (:func:`_name_preposition`).

    >>> t = tokens("who said")
    >>> _stop_word(t, 0, t[1:]), _stop_word(tokens("WHO said"), 0, t[1:])
    (True, False)
    """
    word = toks[at][0]
    named = not phrase and _named_modal(word)
    return word.lower() in _STOP and not (len(word) > 1 and word.isupper()) and not named \
        and not _name_preposition(toks, at, phrase)


def _name_preposition(toks: list[tuple[str, int, int]], at: int, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether the word at ``at`` is a preposition capitalised inside a name, between a capitalised word and the
    ``phrase`` read after it, which opens capitalised or on "the" ("Doctors Without Borders", "Rage Against the
    Machine").

    >>> t = tokens("Yet Cards Against Humanity")
    >>> _name_preposition(t, 2, t[3:]), _name_preposition(tokens("Against Elm"), 0, tokens("Elm"))
    (True, False)
    """
    word, after = toks[at][0], phrase[0][0] if phrase else ""
    return word.lower() in PREPOSITIONS and word[:1].isupper() and word[1:].islower() and at > 0 \
        and _is_capitalised(toks[at - 1][0]) and (after == "the" or _is_capitalised(after))


def _after_singular_noun(toks: list[tuple[str, int, int]], phrase: list) -> list:
    """``phrase``, the last words of ``toks``, without "a" or "an" and the noun after it when that noun is the object
    of a clause whose subject is the plural group after it ("a move critics say": critics; not "a few critics").

    >>> [t[0] for t in _after_singular_noun(tokens("a move critics"), tokens("a move critics"))]
    ['critics']
    >>> [t[0] for t in _after_singular_noun(tokens("a few critics"), tokens("a few critics"))]
    ['a', 'few', 'critics']
    """
    words = [t[0] for t in phrase]
    if len(words) > 2 and words[0].lower() in {"a", "an"} and words[-1] in GROUP_NOUNS \
            and all(w.isalpha() and w.islower() for w in words[1:]) and not QUANTITY.search(f" {words[1]} "):
        return phrase[2:]
    return phrase


def _carries_phrase(toks: list[tuple[str, int, int]], at: int) -> bool:
    """Whether ``toks[at]`` carries a subject phrase on past it: "of" or "for" ("a spokesman for Tesco"), "on"
    inside a body's name after its capitalised head ("the Council on Elm Relations"), or "involved in" after a plural
    ("the divers involved in the rescue").

    >>> _carries_phrase(tokens("the Council on Elm Relations"), 2), _carries_phrase(tokens("Jo Lee on Elm Radio"), 2)
    (True, False)
    >>> _carries_phrase(tokens("the divers involved in the rescue"), 3)
    True
    """
    word = toks[at][0]
    return word.lower() in {"of", "for"} or word == "on" and at > 0 and toks[at - 1][0].istitle() \
        and toks[at - 1][0].lower() in BODY_NAME_ENDS or _plural_owner_in_name(toks, at) or _involved_in(toks, at)


def _involved_in(toks: list[tuple[str, int, int]], at: int) -> bool:
    """Whether ``toks[at]`` is "involved" or its "in" after a plural noun in lower case ("the divers involved in")."""
    lo = at - (toks[at][0] == "in")
    words = [t[0] for t in toks[max(lo - 1, 0):lo + 2]]
    return lo > 0 and words[1:] == ["involved", "in"] and bool(re.fullmatch(PLURAL_WORD, words[0]))


def _plural_owner_in_name(toks: list[tuple[str, int, int]], at: int) -> bool:
    """Whether ``toks[at]`` is the apostrophe of a capitalised plural's possessive inside a body's name, the name
    going on capitalised to a body's head noun (:data:`~newskit.text.lexicon.BODY_NAME_ENDS`) closing ``toks``:
    "the Elm Police Officers' Association", "the Elm Teachers' Union"; not "the Rams' coach".

    >>> _plural_owner_in_name(tokens("the Elm Teachers' Union"), 3), _plural_owner_in_name(tokens("the Rams' Coach"), 2)
    (True, False)
    """
    before = toks[at - 1][0] if at > 0 else ""
    after = [t[0] for t in toks[at + 1:]]
    return toks[at][0] in {"'", "’"} and before[:1].isupper() and before.endswith("s") \
        and toks[at - 1][2] == toks[at][1] and bool(after) and all(_is_capitalised(w) for w in after) \
        and (after[-1].lower() in BODY_NAME_ENDS or bool(INSTITUTION.fullmatch(after[-1])))


def _owners_joined(phrase: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``phrase`` with an apostrophe token joined to the word it closes ("Teachers", "'" -> "Teachers'").

    >>> [t[0] for t in _owners_joined(tokens("Elm Teachers' Union"))]
    ['Elm', "Teachers'", 'Union']
    """
    joined: list[tuple[str, int, int]] = []
    for tok in phrase:
        if joined and tok[0] in {"'", "’"} and joined[-1][2] == tok[1]:
            joined[-1] = (joined[-1][0] + tok[0], joined[-1][1], tok[2])
        else:
            joined.append(tok)
    return joined


def _clause_ends(toks: list[tuple[str, int, int]], at: int, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether the word at ``at`` in ``toks`` ends the clause a subject ``phrase`` after it opens: a subject opening
    after it (:func:`_subject_opens_after`) or a noun before an article (:func:`_clause_before_article`).

    >>> toks = tokens("by gangs the victims")
    >>> _clause_ends(toks, 1, toks[2:]), _clause_ends(toks, 0, toks[1:])
    (True, False)
    """
    return _subject_opens_after(toks[at][0], phrase) or _clause_before_article(toks, at, phrase)


def _clause_before_article(toks: list[tuple[str, int, int]], at: int, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether the lower-case word at ``at`` in ``toks``, the object of "by", "of" or "for", ends another clause
    before a ``phrase`` opening with an article: no noun phrase goes on from that noun into "the" ("attacks by gangs
    the victims claimed": the victims); determiners, quantifiers and a gerund do ("by all the victims", "of serving
    the public").

    >>> toks = tokens("by gangs the victims")
    >>> _clause_before_article(toks, 1, toks[2:]), _clause_before_article(tokens("by all the"), 1, toks[2:])
    (True, False)
    """
    word = toks[at][0]
    return bool(phrase) and at > 0 and phrase[0][0].lower() in ARTICLES and toks[at - 1][0].lower() in {
        "by", "of", "for"} and word.isalpha() and word.islower() and not word.endswith("ing") \
        and word not in _DETERMINERS | _QUANTIFIERS


def _of_body_holder(word: str, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether the capitalised ``word`` before a long ``phrase`` opening with "of" may still join it: a name before
    the body it belongs to, however long that body's name ("Jo Lee of the Elm Institute of Leeds", "Lee of the
    University of Elm School of Public Health"), up to twelve words; not a title or role ("CEO of the Elm Grocers
    Association Jo Lee": the name after the post).

    >>> _of_body_holder("Lee", tokens("of the Elm Institute of Leeds")), _of_body_holder("Lee", tokens("the Elm Fund"))
    (True, False)
    >>> _of_body_holder("Jo", tokens("Lee of the University of Elm School of Public Health"))
    True
    """
    words = [t[0] for t in phrase]
    run = words.index("of") if "of" in words else -1
    return 0 <= run < 4 and len(words) < 12 and all(map(_is_capitalised, [word, *words[:run]])) \
        and not title_or_role(word)


def _phrase_words(phrase: list[tuple[str, int, int]]) -> int:
    """How many words ``phrase`` counts toward a subject's length: a run of capitalised words after its first word
    counts once, as one name ("the NYE Elm Music Festival": two), unless a person's full name ends the phrase (a
    name after a role, read as such: "CEO of the Elm Grocers Association Ann Bell").

    Example
    -------
    >>> _phrase_words(tokens("organiser for the NYE Elm Music Festival", 0, 40)), _phrase_words(tokens("Jo Lee", 0, 6))
    (4, 2)
    >>> _phrase_words(tokens("the Elm Grocers Association Ann Bell", 0, 36))
    6
    """
    if full_name(" ".join(tok[0] for tok in phrase[-2:])):
        return len(phrase)
    return sum(1 for k, tok in enumerate(phrase)
               if not (k > 1 and _is_capitalised(tok[0]) and _is_capitalised(phrase[k - 1][0])))


def _joins_portfolio(toks: list[tuple[str, int, int]], at: int, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether "and" at ``at`` joins two halves of one name, capitalised words on both sides (``phrase``: those
    after it): a body's portfolio, "of" or "for" before the first or the two first ("Ministry of Science and
    Technology", "Centers for Disease Control and Prevention"), or a title, "The" inside a sentence before it ("in The
    Globe and Mail"), or a country's abbreviation before the first ("US Customs and Border Protection"), or a body's
    head noun closing the second (:func:`_closed_by_body`: "the Food and Drug Administration"; with no word before the
    first, a title after the second: "Elm and Oak Administration Commissioner Jo Lee"), so that the subject
    read back from a cue goes on through it; not before a given name ("Office of Justice and Jo Lee").

    Example
    -------
    >>> toks = tokens("the Ministry of Arts and Culture")
    >>> _joins_portfolio(toks, 4, toks[5:]), _joins_portfolio(toks, 4, [])
    (True, False)
    >>> toks = tokens("an article in The Elm and Oak")
    >>> _joins_portfolio(toks, 5, toks[6:])
    True
    >>> toks = tokens("US Customs and Border Protection")
    >>> _joins_portfolio(toks, 2, toks[3:])
    True
    >>> toks = tokens("the Centers for Elm Control and Prevention; the Elm and Oak Administration")
    >>> _joins_portfolio(toks, 5, toks[6:7]), _joins_portfolio(toks, 10, toks[11:13])
    (True, True)
    >>> toks = tokens("Elm and Oak Administration Commissioner Jo Lee")  # opening the words, a title after them
    >>> _joins_portfolio(toks, 1, toks[2:4]), _joins_portfolio(tokens("Elm and Oak Council"), 1, toks[2:4])
    (True, False)
    """
    if not (toks[at][0] in {"and", "&"} and 0 < len(phrase) < 3 and at > 0):
        return False
    after = at + 1 + len(phrase)
    if at == 1 and not (after < len(toks) and _is_capitalised(toks[after][0])):
        return False  # "Elmland and Oak Commission said": nothing before the first half, nor a title after the body
    lead = _portfolio_lead(toks, at) or _closed_by_body(toks, at, phrase)
    return lead and all(_is_capitalised(t[0]) for t in [toks[at - 1], *phrase]) and not given_name(phrase[0][0])


def _portfolio_lead(toks: list[tuple[str, int, int]], at: int) -> bool:
    """Whether the words before the first half of a name joined by "and" at ``at`` lead a body's name: "of" or "for"
    (:func:`_field_lead`) before it or before the word ahead of it, "The" inside a sentence, or a country's
    abbreviation ("US Customs and Border Protection").

    >>> _portfolio_lead(tokens("the Ministry of Arts and Culture"), 4), _portfolio_lead(tokens("Arts and Culture"), 1)
    (True, False)
    """
    before = toks[at - 2][0] if at > 1 else ""
    return at > 1 and (_field_lead(toks, at - 2) or before == "The" and at > 2 and toks[at - 3][0].islower()
                       or before.replace(".", "").lower() in COUNTRY_ABBREVIATIONS and before.isupper()
                       or at > 2 and _field_lead(toks, at - 3) and _is_capitalised(before) and not given_name(before))


def _field_lead(toks: list[tuple[str, int, int]], at: int) -> bool:
    """Whether ``toks[at]`` leads a body's field: "of", or "for" after a body's capitalised head noun ("Ministry of",
    "Centers for", "Organization for"; not "a spokesman for", "Strategists for")."""
    return toks[at][0] == "of" or toks[at][0] == "for" and at > 0 and _body_head(toks[at - 1][0])


def _body_head(word: str) -> bool:
    """Whether ``word`` is a body's capitalised head noun, maybe plural (:data:`INSTITUTION`,
    :data:`~newskit.text.lexicon.BODY_NAME_ENDS`: "Institute", "Centers", "Organization")."""
    return _is_capitalised(word) and bool(INSTITUTION.fullmatch(word)
                                          or word.lower().removesuffix("s") in BODY_NAME_ENDS)


def _closed_by_body(toks: list[tuple[str, int, int]], at: int, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether the two words ``phrase`` after "and" at ``at`` end on a body's head noun
    (:data:`~newskit.text.lexicon.BODY_NAME_ENDS`) and the word before "and" is a field of that body, no name of its
    own: no acronym, place, institution or person's name ("the Elm and Oak Commission"; not "the IRS and Treasury
    Department", "Elmland and Oak Council", "Jo Lee and Oak Council").

    >>> toks = tokens("the Elm and Oak Commission; the IRS and Treasury Department")
    >>> _closed_by_body(toks, 2, toks[3:5]), _closed_by_body(toks, 8, toks[9:11])
    (True, False)
    """
    before = toks[at - 1][0]
    return len(phrase) == 2 and phrase[1][0].lower() in BODY_NAME_ENDS and not before.isupper() \
        and not INSTITUTION.search(before) and not place_name(before) and not before.endswith(("'s", "’s")) \
        and (at < 2 or not given_name(toks[at - 2][0]))


def contact_clause_subject(subject: tuple[str, int, int] | None, cue: str) -> tuple[str, int, int] | None:
    """``subject``, a phrase :func:`subject_before` reads back from ``cue``, from the article after a noun in it on
    when a name follows that article: the subject of a clause the noun opens with no "that", whose verb the cue is
    ("the only Amendment the Elm Society wrote": Elm Society), its article left out, or from "one of" after a noun in
    lower case opening it ("a firm one of its founders called": one of its founders); ``subject`` itself otherwise
    ("Bank of the West", "once the Senate", "Lee gives an account": a verb before the article may be read as a noun)
    and before a participle, which has no subject of its own there.

    Example
    -------
    >>> contact_clause_subject(("law the Elm Society", 10, 29), "wrote")
    ('Elm Society', 18, 29)
    >>> contact_clause_subject(("Bank of the West", 4, 20), "wrote")
    ('Bank of the West', 4, 20)
    >>> contact_clause_subject(("law the Elm Society", 10, 29), "saying")
    ('law the Elm Society', 10, 29)
    >>> contact_clause_subject(("firm one of its founders", 2, 26), "called")  # "one of" opening the clause
    ('one of its founders', 7, 26)
    """
    words = list(re.finditer(r"\S+", subject[0])) if subject and not cue.rstrip().endswith("ing") else []
    for k in range(len(words) - 2, 0, -1):
        if words[k].group().lower() in ARTICLES and _noun_before_article(words[k - 1].group()) \
                and _is_capitalised(words[k + 1].group()):
            return subject[0][words[k + 1].start():], subject[1] + words[k + 1].start(), subject[2]
    lead = [w.group() for w in words[:3]]
    if len(words) > 3 and lead[1:] == ["one", "of"] and lead[0].islower() and _noun_before_article(lead[0]):
        return subject[0][words[1].start():], subject[1] + words[1].start(), subject[2]  # "firm one of its founders"
    return subject


def _noun_before_article(word: str) -> bool:
    """Whether ``word``, before an article, may be a noun closing a phrase of its own (not "on", "of", "and", "all",
    "such", "once" nor an adverb in -ly), so that the article opens another."""
    return word.isalpha() and not word.endswith("ly") and word.lower() not in _NO_NOUN_BEFORE_ARTICLE


def _subject_opens_after(word: str, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether the subject ``phrase`` read back from a verb opens after ``word``: "what" before a name ("for what Jo
    Lee called"), a stretch of time before a quantifier ("For decades some critics").

    >>> _subject_opens_after("decades", tokens("some critics")), _subject_opens_after("what", tokens("Jo Lee"))
    (True, True)
    >>> _subject_opens_after("Elm", tokens("some critics")), _subject_opens_after("what", tokens("critics"))
    (False, False)
    """
    lead = phrase[0][0] if phrase else ""
    if lead.lower() in _QUANTIFIERS:
        return word.removesuffix("s") in DURATION_UNITS or word in _AGO
    return word.lower() == "what" and _is_capitalised(lead)


_OPENERS = set("""but and so yet still now then meanwhile however previously later also instead indeed earlier
initially separately thus here there back overall additionally similarly likewise elsewhere furthermore moreover
nevertheless nonetheless""".split())
_LEADING = set("""on in at after before when while since according during as if although though because with by for
from last this until despite under over amid following beyond outside across among unlike besides throughout within
without behind between prior ahead later shortly whatever""".split()) | _TIME_NOUNS
_LEAD_WORDS = _LEADING & _FUNCTION_WORDS | {"of", "for", "by"}
"""Prepositions and conjunctions that lead a phrase, no subject's last word ("Despite saying": no one)."""
_AGO = {"later", "earlier", "ago", "afterward", "afterwards"}
_SUBJECT_ADJECTIVES = {"younger", "elder", "older", "eldest", "youngest", "former", "late", "then", "top", "senior"}


_NO_NOUN_BEFORE_ARTICLE = _STOP | PREPOSITIONS | _DETERMINERS | _QUANTIFIERS | _OPENERS | _LEADING - _TIME_NOUNS \
    | set(CLAUSE_CONJUNCTIONS) | {"such", "quite", "half", "rather"}
"""Words before an article that are no noun closing a phrase of their own: the article's phrase goes on from them
("on the", "of the", "and the", "all the", "such a", "once the")."""


def sentence_subject(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The subject opening the sentence ``text[start:end]``, after a conjunction or an opening phrase set off
    by a comma ("According to the Times, Mary Cheney, who ..., took" -> Mary Cheney; "Their father, former
    Vice President Dick Cheney, supports" -> Dick Cheney), when a lower-case word (the verb) follows it;
    a pronoun as written; None when the sentence opens otherwise (a quotation, a name in a longer phrase).

    Example
    -------
    >>> text = "On Friday, the Texas governor spoke."
    >>> sentence_subject(text, 0, len(text))
    ('the Texas governor', 11, 29)
    >>> text = "Hours later, Lee spoke."
    >>> sentence_subject(text, 0, len(text))
    ('Lee', 13, 16)
    >>> text = "70-year-old Jo Lee spoke."
    >>> sentence_subject(text, 0, len(text))
    ('Jo Lee', 12, 18)
    >>> text = "Ahead of the summit, Lee spoke."
    >>> sentence_subject(text, 0, len(text))
    ('Lee', 21, 24)
    >>> text = "Whatever his motive, the Elm Guild spoke."
    >>> sentence_subject(text, 0, len(text))
    ('the Elm Guild', 21, 34)
    >>> text = "It wasn't until Monday that Jo Lee spoke."  # a cleft sentence
    >>> sentence_subject(text, 0, len(text))
    ('Jo Lee', 28, 34)
    """
    cleft = _CLEFT.match(text, start, end)
    if cleft:
        return sentence_subject(text, cleft.end(), end)
    toks = tokens(text, start, min(end, start + 600))
    i = 0
    while i < len(toks) and toks[i][0].lower() in _OPENERS | {","}:
        i += 1
    if i < len(toks) and _AGE.fullmatch(toks[i][0]):
        i += 1  # "76-year-old Jo Lee, ..., endorsed": the name after the age
    ago = next((k for k in range(i, min(len(toks) - 1, i + 5)) if toks[k][0].lower() in _AGO and toks[k + 1][0] == ","), None)
    if ago is not None:
        i = ago + 2  # "Hours later, Lee returned ...", "Two weeks ago, Lee said": the subject after the comma
    pronoun = _pronoun_after_phrase(toks, i)
    if pronoun:
        return pronoun
    if i < len(toks) and (toks[i][0].lower() in _LEADING or _participle_opener(toks, i)):  # the first subject after a comma
        commas = [k for k in range(i, min(len(toks), i + 30)) if toks[k][0] == ","][:3]
        return next((found for found in (_opening_phrase(toks, k + 1) for k in commas) if found), None)
    return _opening_phrase(toks, i)


_CLEFT = re.compile(r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+it|It)\s+(?:is|was)(?:n['’]t|\s+not)\s+until\s+"
                    r"[^,;:.!?“”\"]{1,50}?\s+that\s+(?=\S)")
"""A cleft sentence's opening, "It wasn't until" or "It was not until" and a time up to "that": the subject of the
clause after "that" is the sentence's ("It wasn't until Monday that Jo Lee spoke": Jo Lee, not "It")."""


_PREPOSITION_LEAD = {"on", "in", "at", "during", "last", "this", "amid", "following", "with", "by", "from", "over",
                     "under", "despite"}


def _pronoun_after_phrase(toks: list[tuple[str, int, int]], i: int) -> tuple[str, int, int] | None:
    """The subject pronoun after a short phrase that opens a clause with a preposition and no comma ("in February
    he said", "On Friday she wrote"), followed by a lower-case word; None otherwise (a conjunction such as "when"
    opens another clause: "When she left, Lee said").

    Example
    -------
    >>> from newskit.text.tokens import tokens
    >>> t = "in an interview last week he said so"
    >>> _pronoun_after_phrase(tokens(t, 0, len(t)), 0), _pronoun_after_phrase(tokens("when he left", 0, 12), 0)
    (('he', 26, 28), None)
    """
    if i >= len(toks) or toks[i][0].lower() not in _PREPOSITION_LEAD:
        return None
    for k in range(i + 1, min(len(toks) - 1, i + 7)):
        word = toks[k][0]
        if word.lower() in {"he", "she", "they", "we"} and toks[k + 1][0].islower() and toks[k + 1][0].isalpha():
            return toks[k]
        if not word.isalnum() or word.lower() in _STOP - PREPOSITIONS:
            return None
    return None


_PARTICIPLE_OBJECTS = {"to", "at", "in", "on", "about", "with", "for", "from", "after", "during", "the", "his", "her",
                       "their", "its", "a", "an"}
_PASSIVE_OBJECTS = _PARTICIPLE_OBJECTS | {"by", "if", "whether", "what", "why", "how", "who", "when", "where"}


def _participle_opener(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the sentence opens at token ``i`` with a participle phrase ("Continuing to explain, Lee said",
    "Speaking at a rally, ...", "Asked on Monday about it, Lee said", "Pressed whether ...", "Heaping praise on
    it, ...", "Leading experts warned": a word in -ing before a lower-case word that is no verb in the past), not
    with a name in -ing or -ed ("Manning told ...", "Ahmed told ...").

    Example
    -------
    >>> from newskit.text.tokens import tokens
    >>> t = "Continuing to explain his view, Lee rejected it."
    >>> _participle_opener(tokens(t, 0, len(t)), 0), _participle_opener(tokens("Manning told us.", 0, 16), 0)
    (True, False)
    >>> _participle_opener(tokens("Asked if it was so, Lee said no.", 0, 32), 0)
    True
    >>> _participle_opener(tokens("Leading experts warned us.", 0, 26), 0)
    True
    """
    word = toks[i][0]
    if i + 1 >= len(toks) or not word[1:].islower():
        return False
    if word.endswith("ed"):
        return len(word) > 4 and toks[i + 1][0] in _PASSIVE_OBJECTS
    after = toks[i + 1][0]
    verb = after in REPORTING_PAST or after.endswith("ed")
    return len(word) > 5 and word.endswith("ing") and (after in _PARTICIPLE_OBJECTS or after.isalpha() and
                                                       after.islower() and not verb)


_PASSIVE_AGENT = re.compile(r"\b(?:is|was|were|are|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+by\s+"
                            r"(\p{Lu}[\w'’-]*(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\w'’-]*)*)")
_CLAUSE_JOIN = re.compile(r"(?:(?:,|\s+--|\s*[—–])\s+(?:and|but)|;|\s+but)\s+")
"""What opens a new clause: ", and", ", but", a dash before "and" or "but" ("-- and Jo Lee said"), ";", "but"."""


def clause_subjects(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The subjects of the clauses of the sentence ``text[start:end]``: the one opening it (see
    :func:`sentence_subject`), those opening a clause after ", and", "but", ";" or a dash and "and", and the named agent of
    a passive ("This point is backed by Dávila"), in order.

    Example
    -------
    >>> text = "Zoe Hart left, and Al Roe stayed."
    >>> [s for s, _, _ in clause_subjects(text, 0, len(text))]
    ['Zoe Hart', 'Al Roe']
    >>> text = "The storm hit the coast -- and Al Roe stayed home."
    >>> [s for s, _, _ in clause_subjects(text, 0, len(text))]
    ['Al Roe']
    """
    found = [sentence_subject(text, start, end)]
    found += [sentence_subject(text, m.end(), end) for m in _CLAUSE_JOIN.finditer(text, start, end)]
    found += [(m.group(1), m.start(1), m.end(1)) for m in _PASSIVE_AGENT.finditer(text, start, end)]
    return sorted((f for f in found if f), key=lambda f: f[1])


SUBORDINATE = re.compile(rf"\b(?:{alternation(CLAUSE_CONJUNCTIONS)})\s+")
"""A conjunction of time or cause opening a clause (:data:`~newskit.text.lexicon.CLAUSE_CONJUNCTIONS`: "after ")."""


def subordinate_subject(text: str, lo: int, hi: int) -> tuple[str, int, int] | None:
    """The subject of the last clause in ``text[lo:hi]`` that a conjunction of time or cause opens
    (:data:`newskit.text.lexicon.CLAUSE_CONJUNCTIONS`), else None.

    Example
    -------
    >>> text = "it felt like an hour before the captain came back and"
    >>> subordinate_subject(text, 0, len(text))
    ('the captain', 28, 39)
    """
    opened = [m.end() for m in SUBORDINATE.finditer(text, lo, hi)]
    return sentence_subject(text, opened[-1], hi) if opened else None


_NAME_THEN_WORD = re.compile(r"(?<![\w’'-])(\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+){0,2})\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b")
_PHRASAL_CUE = re.compile(rf"(?:{alternation(PHRASAL_CUES)})\b")
_DESCRIBED_BY = re.compile(r"(?<![\w'’-])\p{Ll}+\s+(?:for|of)\s+$")


def reporting_subjects(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The personal names right before a reporting verb or phrasal cue ("hit back") in ``text[start:end]``, outside
    quotations ("Asked about it ― the aside ― Pelosi said ...": Pelosi), in order: subjects of a clause that
    :func:`clause_subjects` may not reach.

    Example
    -------
    >>> reporting_subjects("Asked about it ― Jo Lee said “Ann Roe said no.”", 0, 47)
    [('Jo Lee', 17, 23)]
    >>> reporting_subjects("After Al Roe spoke, Mayor Jo Lee hit back.", 0, 42)
    [('Jo Lee', 26, 32)]

    A name that is all the object of "for" or "of" describes the subject, which it is not ("A representative for Jo
    Lee said"):

    >>> reporting_subjects("A representative for Jo Lee said so.", 0, 36)
    []
    """
    found = []
    for match in _NAME_THEN_WORD.finditer(text, start, end):
        words = match.group(1).split()
        name = person_name(words)
        cue = match.group(2) in REPORTING_WORDS or _PHRASAL_CUE.match(text, match.start(2))
        if name == words and _DESCRIBED_BY.search(text, start, match.start()):
            continue
        if cue and name and _outside_quotes(text, start, match.start()):
            first = match.start(1) + len(" ".join(words[:len(words) - len(name)])) + (len(name) < len(words))
            found.append((" ".join(name), first, match.end(1)))
    return sorted(found + _inverted_subjects(text, start, end), key=lambda f: f[1])


_WORD_THEN_NAME = re.compile(r",\s+(\p{Ll}+)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+)?"
                             r"(\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]*(?:\.(?=\s))?){0,4})"
                             r"(?=(?:,\s+(?:an?|the|who)\s[^\"“”\n]*?)?\s*[.!?]?\s*$)")
"""A comma, a lower-case word (the verb, group 1), maybe one more (or an age: "23-year-old"), then up to five
capitalised words (an initial among them: "FBI Director Jo A. Lee") closing the text (group 2), or followed by an
appositive or a clause with "who" that closes it: ", added Jo Lee.", ", says coach Jo Lee", ", said Jo Lee, an analyst
at Elm Pro.", ", said 23-year-old Jo Lee, who backs Al Roe's party."."""


def _inverted_subjects(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The personal name after a reporting verb that closes ``text[start:end]``, outside quotations ("There were
    tears, added Jo Lee.", "It ended, says coach Jo Lee."): the subject of an inverted reporting clause.

    Example
    -------
    >>> text = "There were tears, added Jo Lee."
    >>> _inverted_subjects(text, 0, len(text))
    [('Jo Lee', 24, 30)]
    >>> text = "While Al Roe hopes, he will fail, said Jo Lee, an analyst at Elm Pro."
    >>> _inverted_subjects(text, 0, len(text))
    [('Jo Lee', 39, 45)]
    >>> text = "It was too soft, said 23-year-old Jo Lee, who backs Al Roe's party."
    >>> _inverted_subjects(text, 0, len(text))
    [('Jo Lee', 34, 40)]
    """
    match = _WORD_THEN_NAME.search(text, start, end)
    if not match or match.group(1) not in REPORTING_WORDS or not _outside_quotes(text, start, match.start()):
        return []
    name = person_name(match.group(2).split())
    return [(" ".join(name), match.end(2) - len(" ".join(name)), match.end(2))] if name else []


def _opening_phrase(toks: list[tuple[str, int, int]], i: int) -> tuple[str, int, int] | None:
    """The noun phrase at ``toks[i]`` followed by a lower-case word, or by a comma, a description and a comma; a
    lead before its capitalised words left out (:func:`_ranked_lead`)."""
    i = _ranked_lead(toks, i)
    if i >= len(toks) or not toks[i][0][0].isalnum():
        return None
    if is_pronoun(toks[i][0]):
        return toks[i] if toks[i][0].lower() in {"he", "she", "they", "it", "we", "i"} else None
    j = _subject_end(toks, i)
    if j == i or j >= len(toks):
        return None
    if toks[j][0] == ",":
        return _opening_appositive(toks, i, j)
    described = _described_subject(toks, i, j)
    if described:
        return described
    if toks[j][0] in _ASIDE_DASHES:
        return _opening_aside(toks, i, j)
    j += _head_noun_words(toks, i, j)  # "The Save Our Elms campaign thanked": the campaign
    tag = _party_tag(toks, j) or _bracketed_relative(toks, j)
    verb = j + tag if tag and j + tag < len(toks) else j  # "Jo Lee (D-N.Y.) reacted", "Jo Lee (who ...) said"
    if not (toks[verb][0].isalpha() and toks[verb][0].islower()) or toks[j - 1][0].lower() in _DETERMINERS:
        return None
    return _phrase_subject(toks, i, j, toks[verb][0])


def _phrase_subject(toks: list[tuple[str, int, int]], i: int, j: int, verb: str) -> tuple[str, int, int] | None:
    """The subject ``toks[i:j]`` before the lower-case word ``verb``, or the name a role after it gives
    (:func:`_described_name`: "Republican presidential candidate Jo Lee said": Jo Lee); None where it is a part of a
    longer subject ("Two senators, ...", "Dozens of") or one word before an article, an imperative's verb before its
    object ("Attack the plan and propose another")."""
    words = [t[0] for t in toks[i:j]]
    if _opens_longer_phrase(words) or len(words) == 1 and verb in ARTICLES:
        return None
    described = _described_name(toks, j) if not person_name(words) or _role_words(toks, j) else None
    return described or (" ".join(words), toks[i][1], toks[j - 1][2])


def _role_words(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the lower-case words from ``toks[j]`` (up to three) are a role by their form, none a verb
    (:func:`_verb_form`) nor a word in -s (:func:`plural_form`): the capitalised words before them then describe the
    name after them ("Elm Valley hopeful Sen. Jo Lee", "Al Roe campaign manager Jo Lee": Jo Lee), where a verb
    would make them the subject ("Al Roe thanked chairman Jo Lee").

    >>> _role_words(tokens("Elm Valley hopeful Sen. Jo Lee"), 2), _role_words(tokens("Al Roe thanked chairman Jo"), 2)
    (True, False)
    """
    words = [t[0] for t in takewhile(lambda t: t[0].isalpha() and t[0].islower(), toks[j:j + 3])]
    return bool(words) and not any(_verb_form(w) or plural_form(w) for w in words)


def _ranked_lead(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the capitalised words of a subject start after "former" and a rank ("world No. 1", "No. 2") opening it
    at ``toks[i]`` ("former world No. 1 Jo Lee threatened": Jo Lee); ``i`` when no such lead stands there.

    >>> _ranked_lead(tokens("former world No. 1 Jo Lee won"), 0), _ranked_lead(tokens("former Mayor Jo Lee won"), 0)
    (5, 1)
    >>> _ranked_lead(tokens("former aides won"), 0), _ranked_lead(tokens("world leaders met"), 0)
    (0, 0)
    """
    words = [t[0] for t in toks[i:i + 6]]
    k = 1 if words[:1] == ["former"] else 0
    at = k + (1 if words[k:k + 1] == ["world"] else 0)
    if words[at:at + 2] == ["No", "."] and len(words) > at + 2 and words[at + 2].isdigit():
        k = at + 3
    return i + k if k and i + k < len(toks) and _is_capitalised(toks[i + k][0]) else i


def _head_noun_words(toks: list[tuple[str, int, int]], i: int, j: int) -> int:
    """How many words of the subject ``toks[i:j]``, "the" and a name, follow it as its head noun: 1 for a lower-case
    word at ``toks[j]`` that is no verb by its form before a verb in the past or an auxiliary ("The Save Our Elms
    campaign thanked", "The Elm Harbor board has"), else 0 ("The Elm Harbor reopened").

    Example
    -------
    >>> t = tokens("The Save Our Elms campaign thanked us")
    >>> _head_noun_words(t, 0, 4), _head_noun_words(tokens("The Elm Harbor reopened today"), 0, 3)
    (1, 0)
    """
    if toks[i][0].lower() != "the" or j - i < 2 or j + 1 >= len(toks):
        return 0
    head, verb = toks[j][0], toks[j + 1][0]
    return int(head.isalpha() and head.islower() and not head.endswith(("ed", "ly")) and head not in _STOP
               and head not in _AUXILIARIES and (verb in _AUXILIARIES or verb in IRREGULAR_PAST or verb.endswith("ed")))


def _described_subject(toks: list[tuple[str, int, int]], i: int, j: int) -> tuple[str, int, int] | None:
    """The name set off by commas after a description whose lower-case words run on from ``toks[i:j]`` to a comma,
    up to three of them and none a verb ("One early supporter, Sen. Jo Lee, gave": Jo Lee; not the last of a list of
    names: "Two aides, Al Roe and Jo Lee, spoke"), else None.

    Example
    -------
    >>> _described_subject(tokens("One early supporter, Sen. Jo Lee, gave it a try."), 0, 1)
    ('Jo Lee', 26, 32)
    >>> _described_subject(tokens("Critics say, Jo Lee, gave it a try."), 0, 1) is None
    True
    """
    k = j
    while k < len(toks) and k - j < 3 and toks[k][0].isalpha() and toks[k][0].islower() \
            and toks[k][0] not in _STOP | REPORTING_WORDS and not toks[k][0].endswith("ed"):
        k += 1
    head, k = k, _past_place(toks, k)
    if k == j or k >= len(toks) or toks[k][0] != ",":
        return None
    found = _opening_appositive(toks, i, k, head)
    listed = found and any(t[0] in {"and", "or"} for t in toks[k:] if t[1] < found[1])  # "Al Roe and Jo Lee"
    return found if found and found[1] > toks[k][1] and not listed else None


def _past_place(toks: list[tuple[str, int, int]], k: int) -> int:
    """Where the place after a noun of one person at ``toks[k - 1]`` ends: "in", "from" or "near" and up to three
    capitalised words before a comma ("A woman in Elm City, Oru Kado, said"); ``k`` when none follows there.

    >>> _past_place(tokens("A woman in Elm City, Oru Kado,"), 2), _past_place(tokens("A poll in Elm City, Oru"), 2)
    (5, 2)
    """
    end = k + 1
    while end < len(toks) and end - k <= 3 and _is_capitalised(toks[end][0]):
        end += 1
    noun = toks[k - 1][0] if k else ""
    place = k < len(toks) and toks[k][0] in _PLACE_PREPOSITIONS and end > k + 1 and end < len(toks) \
        and toks[end][0] == ","
    return end if place and _one_person_noun(noun) else k


def _one_person_noun(word: str) -> bool:
    """Whether the lower-case ``word`` is a noun of one person: a role, kin, a person a place describes or a word of
    one sex ("mayor", "mother", "woman", "spokesman").

    >>> _one_person_noun("woman"), _one_person_noun("mother"), _one_person_noun("poll")
    (True, True, False)
    """
    return word.islower() and bool(_role_noun(word) or word in DESCRIBED_PERSONS | KIN_NOUNS or word_sex(word))


def _subject_end(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the subject words from ``toks[i]`` end (:func:`_subject_word`, up to eight), an adjective of time
    that closes them left out: an adverb after the subject ("Jo Lee then appears"), not "the then mayor".

    Example
    -------
    >>> _subject_end(tokens("Jo Lee then appears"), 0), _subject_end(tokens("the then mayor spoke"), 0)
    (2, 3)
    >>> _subject_end(tokens("The Department of Elms and Human Services defended it"), 0)  # "and" in a body's name
    7
    """
    j = i
    while j < len(toks) and j - i < 8 and (_subject_word(toks[j][0], j > i) or j > i and toks[j][0] in {"and", "&"}
                                           and _joins_portfolio(toks, j, _to_body_head(toks[j + 1:]))):
        j += 1
    while j > i + 1 and toks[j - 1][0] in _SUBJECT_ADJECTIVES:
        j -= 1
    return j + 2 if j > i and _field_before_role(toks, j) else j


def _field_before_role(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether ``toks[j]`` is a lower-case noun of a field between a subject's name and the plural of a role or of a
    body's description ("Elmton aviation officials placed": the officials, not "Elmton"): no function word, verb or
    adverb by its form (none in -s: "Lee teaches students to"), and a lower-case word that is no function word
    follows the plural, its verb.

    >>> _field_before_role(tokens("Elmton aviation officials placed it"), 1)
    True
    >>> _field_before_role(tokens("Elmton ruled officials out"), 1), _field_before_role(tokens("Jo Lee said"), 2)
    (False, False)
    >>> _field_before_role(tokens("Lee teaches students to fish"), 1)
    False
    """
    if j + 2 >= len(toks):
        return False
    field, plural, after = toks[j][0], toks[j + 1][0].lower(), toks[j + 2][0]
    return field.isalpha() and field.islower() and field not in _STOP | _FUNCTION_WORDS | REPORTING_WORDS \
        and not field.endswith(("ed", "ly", "ing", "s")) and plural.endswith("s") \
        and plural[:-1] in _ROLE_WORDS | ORGANISATION_DESCRIPTIONS and after.isalpha() and after.islower() \
        and after not in _STOP | _FUNCTION_WORDS


def _bracketed_relative(toks: list[tuple[str, int, int]], j: int) -> int:
    """How many tokens a relative clause in brackets opening at ``toks[j]`` spans, its closing bracket included ("(who
    has 25 delegates) said": 6), 0 when none opens there.

    >>> _bracketed_relative(tokens("Jo Lee (who has 25 delegates) said"), 2)
    6
    >>> _bracketed_relative(tokens("Jo (Al) Lee"), 1)
    0
    """
    if j + 1 >= len(toks) or toks[j][0] != "(" or toks[j + 1][0].lower() not in {"who", "which", "whose"}:
        return 0
    close = next((k for k in range(j + 2, min(len(toks), j + 20)) if toks[k][0] == ")"), None)
    return close - j + 1 if close else 0


def _party_tag(toks: list[tuple[str, int, int]], j: int) -> int:
    """How many tokens a party and state tag in brackets opening at ``toks[j]`` spans ("(D-N.Y.)", "(R-Ohio)",
    "(I-Vt.)", whose closing point is a token of its own), 0 when none opens there.

    Example
    -------
    >>> _party_tag(tokens("Jo Lee (D-N.Y.) said"), 2), _party_tag(tokens("Jo Lee (I-Vt.) said"), 2)
    (3, 4)
    >>> _party_tag(tokens("Jo Lee (the mayor) said"), 2)
    0
    """
    if toks[j][0] != "(" or j + 2 >= len(toks) or not _PARTY.match(toks[j + 1][0]):
        return 0
    close = j + 3 if toks[j + 2][0] == "." and j + 3 < len(toks) else j + 2
    return close - j + 1 if toks[close][0] == ")" else 0


def _opens_longer_phrase(words: list[str]) -> bool:
    """Whether the capitalised ``words``, before a lower-case word, only open a longer subject phrase: a number
    ("Two men") or a quantity before "of" ("Dozens of protesters"). An owner ("Jo Lee's aide") stands for the
    phrase it opens.

    Example
    -------
    >>> _opens_longer_phrase(["Two"]), _opens_longer_phrase(["Dozens", "of"]), _opens_longer_phrase(["Jo", "Lee"])
    (True, True, False)
    """
    return words[-1].lower() in NUMBER_WORDS or words[-1] == "of"


def _described_name(toks: list[tuple[str, int, int]], j: int) -> tuple[str, int, int] | None:
    """The name of two words or more after the lower-case role at ``toks[j]`` (up to three words), when a verb or
    a bracket follows it, or a comma after a past holder's word ("Former first lady Jo Lee, who ..."): the subject
    that a capitalised word no name opens ("Republican presidential candidate Jo Lee said": Jo Lee, not Republican).

    Example
    -------
    >>> from newskit.text.tokens import tokens
    >>> t = "Republican presidential candidate Jo Lee quickly took to Twitter."
    >>> _described_name(tokens(t, 0, len(t)), 1)
    ('Jo Lee', 34, 40)
    >>> t = "Democratic mayoral nominee Jo Lee spoke."  # a role of a candidacy (CANDIDACY_ROLES)
    >>> _described_name(tokens(t, 0, len(t)), 1)
    ('Jo Lee', 27, 33)
    >>> t = "Republican presidential front-runner Jo Lee is asking whether Al Roe will go."
    >>> _described_name(tokens(t, 0, len(t)), 1)
    ('Jo Lee', 37, 43)
    >>> t = "Former first lady Jo Lee, who ran twice, spoke."
    >>> _described_name(tokens(t, 0, len(t)), 1)
    ('Jo Lee', 18, 24)
    """
    k = j
    while k < len(toks) and k - j < 3 and toks[k][0].replace("-", "").isalpha() and toks[k][0].islower():
        k += 1
    if k == j or not (title_or_role(toks[k - 1][0]) or toks[k - 1][0] in CANDIDACY_ROLES):
        return None
    end = k
    while end < len(toks) and _run_word(toks[end][0]):
        end += 1
    name = person_name([t[0] for t in toks[k:end]])
    if len(name) < 2 or end >= len(toks):
        return None
    past = toks[end][0] == "," and j > 0 and toks[j - 1][0].lower() in PAST_HOLDER_WORDS  # "Former first lady Jo Lee,"
    if not (toks[end][0] == "(" or past or toks[end][0].isalpha() and toks[end][0].islower()):
        return None
    return " ".join(name), toks[end - len(name)][1], toks[end - 1][2]


def _opening_appositive(toks: list[tuple[str, int, int]], i: int, j: int,
                        head: int | None = None) -> tuple[str, int, int] | None:
    """The subject phrase ``toks[i:j]`` followed by a comma: the name in the description after it when the
    phrase is a description ("Their father, former Vice President Dick Cheney,"; its words up to ``head`` when a
    place follows them: "A woman in Elm City, Oru Kado,"; a given name alone after a relative: "Roe's widow, Jane,"),
    else the phrase.

    >>> _opening_appositive(tokens("Roe's widow, Zuzu, spoke."), 0, 2)
    ('Zuzu', 13, 17)
    """
    words = [t[0] for t in toks[i:j]]
    described = words[:len(words) if head is None else head - i]
    close = next((k for k in range(j + 1, min(len(toks), j + 30)) if toks[k][0] == ","), None)
    if close is None and j + 1 < len(toks) and toks[j + 1][0].lower() == "who":
        return " ".join(words), toks[i][1], toks[j - 1][2]  # "Jo Lee, who backed Al Roe and said": the text ends inside
    if close is None or close + 1 >= len(toks) or not toks[close + 1][0].isalpha():
        return None
    inner = [t[0] for t in toks[j + 1:close]]
    if inner[0].lower() in _PREPOSITION_LEAD and not toks[close + 1][0].islower():
        return None  # "At a rally in Dover, N.H., on Monday, Senator Jo Lee": the place ends an opening phrase
    place = next((k for k, w in enumerate(inner) if w in _HOME_LEADS), len(inner))  # "Jo Lee in Edson"
    name = person_name(inner[:place])
    if not person_name(described) and (len(name) >= 2 or _kin_named(described, inner)):
        end = j + 1 + place
        return " ".join(name), toks[end - len(name)][1], toks[end - 1][2]
    return " ".join(words), toks[i][1], toks[j - 1][2]


def _kin_named(described: list[str], inner: list[str]) -> bool:
    """Whether ``inner``, one capitalised word set off after the description ``described`` of a relative, is that
    relative's name ("his wife, Jane,"; not a place: "his son, Elm City,").

    >>> _kin_named(["his", "wife"], ["Jane"]), _kin_named(["his", "town"], ["Jane"])
    (True, False)
    """
    return len(inner) == 1 and bool(person_name(inner)) and described[-1] in KIN_NOUNS and not place_name(inner[0])


_HOME_LEADS = {"in", "of", "from"}
"""Words that open the place a person is from, after the name ("Jo Lee in Edson", "Al Roe of Boston")."""


_ASIDE_DASHES = {"-", "–", *EM_DASHES}


def _opening_aside(toks: list[tuple[str, int, int]], i: int, j: int) -> tuple[str, int, int] | None:
    """The subject phrase ``toks[i:j]`` followed by an aside set off by dashes ("-", "--", "–", "—") before a
    lower-case word, else None: as after a comma (:func:`_opening_appositive`), the name opening the aside when the
    phrase is a description.

    Example
    -------
    >>> _opening_aside(tokens("Gov. Jo Lee — who may run — made it"), 0, 3)
    ('Gov. Jo Lee', 0, 11)
    >>> _opening_aside(tokens("A former rival -- Jo Lee, who lost -- said it"), 0, 3)
    ('Jo Lee', 18, 24)
    >>> _opening_aside(tokens("Jo Lee — Ohio"), 0, 2) is None
    True
    """
    mark = toks[j][0]
    step = 2 if mark == "-" and j + 1 < len(toks) and toks[j + 1][0] == "-" else 1
    close = next((k for k in range(j + step, min(len(toks), j + 30)) if toks[k][0] == mark), len(toks))
    after = close + step
    words = [t[0] for t in toks[i:j]]
    if after >= len(toks) or not (toks[after][0].isalpha() and toks[after][0].islower()) \
            or words[-1].lower() in _DETERMINERS or _opens_longer_phrase(words):
        return None
    inner = toks[j + step:next((k for k in range(j + step, close) if toks[k][0] == ","), close)]
    name = person_name([t[0] for t in inner])
    if not person_name(words) and len(name) >= 2:
        first = next(k for k, t in enumerate(inner) if t[0] == name[0])
        return " ".join(name), inner[first][1], inner[first + len(name) - 1][2]
    return " ".join(words), toks[i][1], toks[j - 1][2]


def _subject_word(word: str, inside: bool) -> bool:
    """A word that can be part of a subject phrase: a capitalised word or particle, a determiner (first),
    a role word, a plural noun of organisations ("Conservative websites": not a verb after "Conservative"), a force
    after its place ("Elmtown police"), an adjective of age or time ("the younger Cheney"), "of" or a possessive.

    >>> [_subject_word(w, True) for w in ("Lee", "officials", "police", "stood")]
    [True, True, True, False]
    """
    lower = word.lower()
    if _is_capitalised(word) and lower not in _FUNCTION_WORDS - _DETERMINERS:
        return True
    if not inside:
        return lower in _DETERMINERS and lower not in {"that", "this", "one"}
    return word in _PARTICLES or lower in _NAME_STOPS | _SUBJECT_ADJECTIVES | {"of", "'s", "’s", *FORCE_NOUNS} or (
        lower.endswith("s") and lower[:-1] in _ROLE_WORDS | ORGANISATION_DESCRIPTIONS)  # "Kazakh officials"


def _run_word(word: str) -> bool:
    """A word that can carry on a name: capitalised or a particle, not a function word."""
    return (_is_capitalised(word) or word in _PARTICLES) and word.lower() not in _FUNCTION_WORDS


def subject_after(text: str, pos: int, hi: int) -> tuple[str, int, int] | None:
    """The source phrase that starts at ``pos`` (after an inverted cue or "according to"), up to ``hi``.

    A role followed by a name gives the name ("said HSBC spokesman Gareth Hewett"), and so does
    a role in apposition to a name ("admitted the mayor, John Smith, who ..."). Only the words just
    after the cue are read, however long the sentence.

    Example
    -------
    >>> text = "according to the readout."
    >>> subject_after(text, 13, len(text))
    ('readout', 17, 24)
    >>> text = "according to four sources familiar with the matter."
    >>> subject_after(text, 13, len(text))[0]
    'four sources familiar with the matter'
    >>> text = "conducted by Lee Polling last week."
    >>> subject_after(text, 13, len(text))
    ('Lee Polling', 13, 24)
    >>> text = "according to her."
    >>> subject_after(text, 13, len(text))
    ('her', 13, 16)
    >>> text = "according to documents seen by the Ledger."
    >>> subject_after(text, 13, len(text))
    ('documents', 13, 22)
    """
    width = _WINDOW
    while True:
        end = (_cut(text, pos + width, hi) if pos + width < hi else None) or hi
        toks = _joined_possessives(text, tokens(text, pos, end))
        if end == hi or (len(toks) > 12 and not all(_run_word(t[0]) for t in toks[10:])):
            return _subject_after_tokens(toks)  # the phrase and any name run end inside ``toks``
        width *= 4


_EMPHASIS_GAP = re.compile(r"[_*]? ?")


def _joined_possessives(text: str, toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``toks`` with a possessive that scraped copy set apart from its word by emphasis marks or a space
    ("_Apollo_ ’s") joined to that word as one token ("Apollo’s"), as it is written without the marks.

    Example
    -------
    >>> text = "said _Apollo_ ’s director"
    >>> [t for t, _, _ in _joined_possessives(text, tokens(text))]
    ['said', 'Apollo’s', 'director']
    """
    out: list[tuple[str, int, int]] = []
    for tok in toks:
        if tok[0] == "s" and len(out) > 1 and out[-1][0] in "’'" and out[-1][2] == tok[1] \
                and out[-2][0][-1:].isalnum() and _EMPHASIS_GAP.fullmatch(text, out[-2][2], out[-1][1]):
            owner = out[-2]
            out[-2:] = [(owner[0] + out[-1][0] + "s", owner[1], tok[2])]
            continue
        out.append(tok)
    return out


def _after_phrase(toks: list[tuple[str, int, int]]):
    """(phrase, name) at the start of ``toks``: up to eight words to a stop word, or a name met after a
    lower-case description ("new media specialist Ian Maude") as ``name``; a personal pronoun alone when it opens
    them, the subject of a clause ("said he expects Jo Lee to", not Jo Lee)."""
    if _opens_on_pronoun(toks):
        return toks[:1], None
    phrase: list[tuple[str, int, int]] = []
    for k, tok in enumerate(toks):
        word = tok[0]
        if not word[0].isalnum() or len(phrase) >= (12 if _name_goes_on(phrase, word) else 8):
            break
        if word in {"and", "&"} and phrase and _joins_portfolio(toks, k, _to_body_head(toks[k + 1:])):
            phrase.append(tok)  # "according to the Department of Health and Human Services"
            continue
        if _joins_roles(toks, k, phrase):
            phrase.append(tok)  # "said its chairman and chief executive Jo Lee"
            continue
        if _ends_after_phrase(toks, k, phrase):
            _drop_time_lead(phrase, word)
            break
        if _capital_after_lower(phrase, word) and _owner_modifiers(phrase):
            phrase = []  # "the country's state-run Oak News Agency": the agency
        elif _capital_after_lower(phrase, word) and not _closing_role(toks, k):
            ended = _ended_before_name(toks[k:], phrase)
            if ended:
                return ended
        phrase.append(tok)
    return phrase, None


def _ended_before_name(rest: list[tuple[str, int, int]], phrase: list[tuple[str, int, int]]):
    """(phrase, name) where the capitalised word opening ``rest``, after the lower-case words closing ``phrase``, ends
    it: the name met after a description ("new media specialist Ian Maude"), the phrase and its closing plural
    ("several senior Democrats"); None when the phrase goes on (after a determiner, "of", "and" joining a body's name
    (:func:`_joins_portfolio`), a role or a title's "for", or before a modifier run).

    >>> text = "new media specialist Ian Maude said"
    >>> _ended_before_name(tokens(text, 21), tokens(text, 0, 20))[1]
    ('Ian Maude', 21, 30)
    """
    if phrase[-1][0].lower() in _DETERMINERS | {"another", "of", "and", "&"} | _ROLE_WORDS or _titled_for(phrase):
        return None
    lone = all(t[0].islower() for t in phrase)  # a lone name only after a description in lower case
    named = _leading_name(rest, lone)
    if _closing_plural(rest, lone, named):
        return phrase + rest[:1], None  # "according to several senior Democrats"
    if named or not (lone and _modifier_run(rest)):
        return phrase, named
    return None


def _closing_role(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the capitalised word at ``k`` is a role closing a description before a comma, the name set off after
    it ("the Senate's top Democrat, Jo Lee": the description goes on to "Democrat").

    >>> _closing_role(tokens("the Senate's top Democrat, Jo Lee"), 3), _closing_role(tokens("top aide Jo Lee, 60"), 2)
    (True, False)
    """
    return toks[k][0].lower() in _ROLE_WORDS and k + 1 < len(toks) and toks[k + 1][0] == ","


def _to_body_head(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The capitalised words opening ``toks``, to the first body's head noun among them (:func:`_body_head`): the
    second half of a body's name, a title and a name after it left out ("Oak Administration" of "Oak Administration
    Commissioner Jo Lee said").

    >>> [t[0] for t in _to_body_head(tokens("Oak Administration Commissioner Jo Lee said"))]
    ['Oak', 'Administration']
    """
    run = list(takewhile(lambda t: _is_capitalised(t[0]), toks))
    head = next((i for i, t in enumerate(run) if _body_head(t[0])), len(run) - 1)
    return run[:head + 1]


def _name_goes_on(phrase: list[tuple[str, int, int]], word: str) -> bool:
    """Whether ``word`` carries on a capitalised name closing ``phrase``, so that a source phrase may pass eight words
    ("the state's Department of Elm Affairs and Public Safety").

    >>> _name_goes_on(tokens("the Elm and Public"), "Safety"), _name_goes_on(tokens("the Elm and public"), "Safety")
    (True, False)
    """
    return bool(phrase) and _is_capitalised(word) and _is_capitalised(phrase[-1][0])


def _joins_roles(toks: list[tuple[str, int, int]], at: int, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether "and" at ``at`` joins two roles that one name after them holds: ``phrase`` ends on a role word, and
    one to three words ending on a role word in lower case (a place's name may stand before it) follow "and" before a
    name ("company chairman and chief executive Jo Lee", "candidate and Elmland senator Jo Lee"; not "the chairman and
    Jo Lee").

    Example
    -------
    >>> toks = tokens("the chairman and chief executive Jo Lee; the chairman and Jo Lee")
    >>> _joins_roles(toks, 2, toks[:2]), _joins_roles(toks, 10, toks[8:10])
    (True, False)
    >>> toks = tokens("presidential candidate and Elmland senator Jo Lee")
    >>> _joins_roles(toks, 2, toks[:2])
    True
    """
    if toks[at][0] != "and" or not phrase or phrase[-1][0] not in _ROLE_WORDS:
        return False
    words = list(takewhile(lambda t: t[0].isalpha(), toks[at + 1:at + 4]))
    return any(words[k][0] in _ROLE_WORDS and _leading_name(toks[at + 2 + k:]) is not None
               for k in range(len(words)))


def _titled_for(phrase: list[tuple[str, int, int]]) -> bool:
    """Whether ``phrase`` ends on "for" or "to" after a capitalised role, a title naming what the role serves
    ("Senator for", "Minister for", "Ambassador to"), or on "for" or "on" after a body's capitalised head noun
    ("Institute for", "Center for", "Committee on"), so that the capitalised words after it go on the title or the
    body's name, not a name.

    Example
    -------
    >>> [_titled_for(tokens(t)) for t in ("Democratic Senator for", "Ambassador to", "a lawyer for", "Elm Center for")]
    [True, True, False, True]
    """
    return len(phrase) > 1 and phrase[-1][0] in {"for", "to", "on"} and phrase[-2][0][:1].isupper() \
        and (phrase[-2][0].lower() in _ROLE_WORDS and phrase[-1][0] != "on"
             or phrase[-1][0] in {"for", "on"} and _body_head(phrase[-2][0]))


def _body_on(toks: list[tuple[str, int, int]], k: int, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether "on" at ``toks[k]`` goes on the name of a body whose capitalised head noun closes ``phrase``, a
    capitalised word that dates nothing after it ("the Committee on Foreign Affairs", "Council on Elm Relations"; not
    "the Committee on Monday", "the Committee on its website").

    >>> t = tokens("the Committee on Foreign Affairs; the Committee on Monday")
    >>> _body_on(t, 2, t[:2]), _body_on(t, 8, t[6:8])
    (True, False)
    """
    after = toks[k + 1][0] if k + 1 < len(toks) else ""
    return toks[k][0] == "on" and _titled_for(phrase + [toks[k]]) and _is_capitalised(after) \
        and after.lower() not in _DATE_WORDS | set(MONTHS)


def _opens_comparison(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether ``toks[k]`` opens a comparison ("the Elm Council more than a week later"): no word of a name before it.

    >>> _opens_comparison(tokens("Elm Council more than a week"), 2), _opens_comparison(tokens("Elm More Thanet"), 1)
    (True, False)
    """
    return [t[0].lower() for t in toks[k:k + 2]] in (["more", "than"], ["less", "than"], ["fewer", "than"])


def _ends_after_phrase(toks: list[tuple[str, int, int]], k: int, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether ``toks[k]`` ends the phrase read after a cue (:func:`_after_phrase`, ``phrase`` so far): a stop word
    ("familiar with" goes on), or an adverb, a time word, a comparison ("more than") or a reporting verb of a new clause
    (:func:`_finite_report`) after the phrase's first word, but for a modal that is the end of a name
    (:func:`_named_modal`: "said Theresa May", not "said Lee May 3").

    Example
    -------
    >>> t = tokens("Theresa May said")
    >>> _ends_after_phrase(t, 1, t[:1]), _ends_after_phrase(t, 2, t[:2])
    (False, True)
    >>> t = tokens("Jo Lee doesn't match")
    >>> _ends_after_phrase(t, 2, t[:2])
    True
    >>> t = tokens("the Elm Council more than a week later")
    >>> _ends_after_phrase(t, 3, t[:3])
    True
    """
    word = toks[k][0]
    familiar = word.lower() == "with" and phrase and phrase[-1][0].lower() == "familiar"  # "sources familiar with"
    dated = k + 1 < len(toks) and toks[k + 1][0][:1].isdigit()  # "said Lee May 3": a date
    named = _named_modal(word) and phrase and phrase[-1][0][:1].isupper() and not dated  # "said Theresa May"
    stop = word.lower() in _STOP - {"of"} and not familiar or word.lower() in _SKIP_BEFORE_CUE | _TIME_NOUNS and phrase
    negated = word.lower().endswith(_NEGATED)  # "according to Jo Lee doesn't match": a verb of the sentence
    return bool(stop or phrase and (negated or _opens_comparison(toks, k) or _finite_report(toks, k)
                                    or _participle_after_name(toks, k, phrase) or _dated_participle(toks, k, phrase))) \
        and not named and not (_titled_for(phrase + [toks[k]]) if word != "on" else _body_on(toks, k, phrase)) \
        and not _named_day(word, phrase)


def _named_day(word: str, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether ``word``, a day named from the day of writing (:data:`~newskit.text.lexicon.DAY_OFFSETS`), is
    capitalised right after a capitalised word of ``phrase``: a word of a name ("according to Elm Today", "ELM
    TODAY"), as the day, written in lower case inside a sentence, is not ("said Jo Lee today").

    Example
    -------
    >>> [_named_day(w, tokens("Elm")) for w in ("Today", "TODAY", "today")], _named_day("Today", tokens("the"))
    ([True, True, False], False)
    """
    return word.lower() in DAY_OFFSETS and word[:1].isupper() and bool(phrase) and phrase[-1][0][:1].isupper()


_OBJECT_LEADS = {"the", "a", "an", "his", "her", "their", "its", "our", "them", "him", "us", "me"}


def _participle_after_name(toks: list[tuple[str, int, int]], k: int, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether ``toks[k]`` is a verb in -ing right after a capitalised word that closes ``phrase``, before its object
    (an article, an owner's word or an object pronoun): what the one named does, no part of the name ("a statement
    from Jo Pham thanking the staff": Jo Pham; "a CDC warning to travellers" goes on).

    >>> t = tokens("Jo Pham thanking the staff")
    >>> _participle_after_name(t, 2, t[:2]), _participle_after_name(tokens("CDC warning to"), 1, tokens("CDC"))
    (True, False)
    """
    word = toks[k][0]
    return phrase[-1][0][:1].isupper() and word.islower() and word.endswith("ing") and len(word) > 5 \
        and k + 1 < len(toks) and toks[k + 1][0].lower() in _OBJECT_LEADS


def _dated_participle(toks: list[tuple[str, int, int]], k: int, phrase: list[tuple[str, int, int]]) -> bool:
    """Whether ``toks[k]`` is a participle in -ed after a noun in lower case closing ``phrase``, before a day or a
    time that dates it: what was done to the thing named, no part of its name ("according to a report released
    Thursday": the report; "a report released by Lee" goes on to its agent).

    >>> t = tokens("a judicial report released Thursday")
    >>> _dated_participle(t, 3, t[:3]), _dated_participle(tokens("a report released by"), 2, tokens("a report"))
    (True, False)
    """
    word = toks[k][0]
    return word.islower() and word.endswith("ed") and phrase[-1][0].isalpha() and phrase[-1][0].islower() \
        and k + 1 < len(toks) and toks[k + 1][0].lower() in _TIME_NOUNS


def _finite_report(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether ``toks[k]`` is a reporting verb in -s or in the past (:data:`~newskit.text.lexicon.REPORTING_WORDS`)
    and no participle before "by": the verb of a new clause, which ends a phrase read after a cue ("obtained by the
    Ledger warns that": the Ledger; not "according to exit polls reported by the Ledger").

    Example
    -------
    >>> t = tokens("the Ledger warns; Lee quoted; polls reported by; Warns; stress; saying; according")
    >>> [t[k][0] for k in range(len(t)) if _finite_report(t, k)]
    ['warns', 'quoted']
    """
    word = toks[k][0]
    by = k + 1 < len(toks) and toks[k + 1][0] == "by"
    return word in REPORTING_WORDS and not by and (word.endswith("s") and not word.endswith("ss")
                                                   or word in REPORTING_PAST or word in ("cited", "quoted"))


def _opens_on_pronoun(toks: list[tuple[str, int, int]]) -> bool:
    """Whether ``toks`` open on a personal pronoun ("he expects Jo Lee to"), not a relative one."""
    return bool(toks) and is_pronoun(toks[0][0]) and toks[0][0].lower() not in {"who", "which", "that"}


def _owner_modifiers(phrase: list[tuple[str, int, int]]) -> bool:
    """Whether ``phrase`` closes on an owner's possessive and hyphenated lower-case modifiers after it: the
    capitalised name after them is what they modify ("the country's state-run Oak News Agency": the agency; not "the
    Senate's top Democrat, Jo Lee").

    >>> _owner_modifiers(tokens("Elmland’s quasi-official")), _owner_modifiers(tokens("the Senate’s top"))
    (True, False)
    """
    owner = next((k for k in range(len(phrase) - 1, -1, -1) if phrase[k][0].endswith(("'s", "’s"))), None)
    return owner is not None and owner < len(phrase) - 1 \
        and all(t[0].islower() and "-" in t[0] for t in phrase[owner + 1:])


def _capital_after_lower(phrase: list[tuple[str, int, int]], word: str) -> bool:
    """Whether capitalised ``word`` follows a lower-case word of ``phrase``, no "of" before it ("Jo Lee of the
    nonpartisan Lee Report": Jo Lee's, not the name after "nonpartisan"); a number after a capitalised word is part
    of a name, no lower-case word ("Elm 7 TV meteorologist": the channel's name goes on).

    Example
    -------
    >>> _capital_after_lower(tokens("media specialist"), "Ian"), _capital_after_lower(tokens("Lee of the new"), "Bell")
    (True, False)
    >>> _capital_after_lower(tokens("Elm 7"), "TV")
    False
    """
    numbered = len(phrase) > 1 and phrase[-1][0].isdigit() and _is_capitalised(phrase[-2][0])
    return bool(phrase) and not _is_capitalised(phrase[-1][0]) and not numbered and _is_capitalised(word) \
        and word.lower() != "of" and all(t[0] != "of" for t in phrase)


def _drop_time_lead(phrase: list[tuple[str, int, int]], word: str) -> None:
    """Drop from the end of ``phrase`` the lead words of a date that ``word``, a time noun, ends ("Harbor
    Research last" before "week": "Harbor Research").

    Example
    -------
    >>> phrase = [("Lee", 0, 3), ("Polling", 4, 11), ("last", 12, 16)]
    >>> _drop_time_lead(phrase, "week"); [t[0] for t in phrase]
    ['Lee', 'Polling']
    """
    while word.lower() in _TIME_NOUNS and len(phrase) > 1 and phrase[-1][0].lower() in _TIME_LEAD:
        phrase.pop()


def _closing_plural(toks: list[tuple[str, int, int]], lone: bool, named) -> bool:
    """Whether ``toks`` open with one capitalised plural ending the phrase after a description all in lower case
    (``lone``) and no name was read there (``named`` None): the group the description names ("several senior
    Democrats.", "two fellow Iowans,").

    Example
    -------
    >>> from newskit.text.tokens import tokens
    >>> _closing_plural(tokens("Democrats. Obama left."), True, None), _closing_plural(tokens("Jo Lee said"), True, None)
    (True, False)
    """
    word = toks[0][0] if toks and lone and named is None else ""
    return len(word) > 3 and word.endswith("s") and word[1:].islower() and (len(toks) == 1 or not toks[1][0][0].isalnum())


def _modifier_run(toks: list[tuple[str, int, int]]) -> bool:
    """Whether the capitalised words opening ``toks`` qualify a lower-case noun after them, inside a description
    ("Utah governor", "Obama adviser"), rather than end it ("the weekly The Lantern.").

    Example
    -------
    >>> _modifier_run(tokens("Utah governor Mark Hale")), _modifier_run(tokens("The Lantern."))
    (True, False)
    """
    rest = [t[0] for t in toks if not _is_capitalised(t[0])]
    return bool(rest) and rest[0].isalpha() and rest[0].islower() and rest[0] not in _STOP


def _subject_after_tokens(toks: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The source phrase at the start of ``toks`` (see :func:`subject_after`)."""
    toks = _without_rank(toks)
    phrase, named = _after_phrase(toks)
    read = _read_by(toks, len(phrase))
    if read:  # "according to documents seen by the Ledger": the documents
        phrase, named = phrase[:read], None
    named = named or _known_as(toks, len(phrase))
    if named:
        return named
    if [t[0].lower() for t in phrase] == ["her"]:
        return phrase[0]  # no noun after it: the object pronoun ("according to her"), no determiner
    while phrase and phrase[-1][0].lower() in {"of"} | _DETERMINERS:
        phrase.pop()
    if phrase and is_pronoun(phrase[0][0]) and len(phrase) > 1:
        phrase = phrase[:1]
    if not phrase:
        return None
    words = [t for t, _, _ in phrase]
    of = words.index("of") if "of" in words else 0
    lead = _title_run(words[:of])  # "Rep. Jo Lee of Ohio": the name without its title
    if of - lead > 1 and person_name(words[lead:of]) == words[lead:of]:  # "Jo Lee of the nonpartisan Lee Report"
        return " ".join(words[lead:]), phrase[lead][1], phrase[-1][2]
    posted = _named_after_post(phrase)
    if posted:
        return posted
    name = person_name(words)
    if name and len(name) == len(words):
        return " ".join(name), phrase[0][1], phrase[-1][2]
    return _role_appositive(toks[len(phrase):], words, name) or _phrase(phrase)


def _without_rank(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``toks`` without a rank "No." and its number opening them, maybe after an article ("the No. 2 Senate
    Republican": the Senate Republican).

    >>> [t[0] for t in _without_rank(tokens("the No. 2 Elm leader"))], len(_without_rank(tokens("No one")))
    (['the', 'Elm', 'leader'], 2)
    """
    at = 1 if toks and toks[0][0].lower() in _DETERMINERS else 0
    if [t[0] for t in toks[at:at + 2]] == ["No", "."] and len(toks) > at + 2 and toks[at + 2][0].isdigit():
        return toks[:at] + toks[at + 3:]
    return toks


def _read_by(toks: list[tuple[str, int, int]], k: int) -> int:
    """Where, among the first ``k`` of ``toks`` (a source phrase), a participle of reading before "by" stands
    (:data:`~newskit.text.lexicon.READ_BY_PARTICIPLES`: "documents seen by the Ledger": 1); 0 when none does.

    >>> _read_by(tokens("documents seen by the Ledger"), 5), _read_by(tokens("a poll by the Ledger"), 5)
    (1, 0)
    """
    return next((i for i in range(1, min(k, len(toks) - 1)) if toks[i][0].lower() in READ_BY_PARTICIPLES
                 and toks[i + 1][0] == "by"), 0)


_NAME_BESIDE = re.compile(r"(?:\s+(?:at|in)\s+\p{Ll}[^,.;]{0,30}?)?,\s+((?:\p{Lu}[\w.'’-]*\s+){1,3}\p{Lu}[\w'’-]*)"
                          r"(?=\s*[.,;(]|\s+of\s|\s*$)")


def name_beside(text: str, subject: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The person's name a comma sets beside a description in lower case after an inverted cue ('said another
    Twitter user, Jo Lee.', 'wrote the ambassador at the time, Al Roe.'); ``subject`` otherwise (None for none).

    Example
    -------
    >>> text = '"No," said another Twitter user, Jo Lee.'
    >>> name_beside(text, ("Twitter user", 19, 31))
    ('Jo Lee', 33, 39)
    """
    if subject is None or subject[0].split()[-1][:1].isupper():
        return subject
    beside = _NAME_BESIDE.match(text, subject[2])
    words = beside.group(1).split() if beside else []
    return (beside.group(1), beside.start(1), beside.end(1)) if words and person_name(words) == words else subject


def _known_as(toks: list[tuple[str, int, int]], k: int) -> tuple[str, int, int] | None:
    """The name after "as" that follows the description ``toks[:k]`` when it ends on "known" or "identified" (lexicon
    KNOWN_AS_PARTICIPLES), maybe with "only" after it ("the chief known as Bob", "a man identified only as Tom"), else
    None.

    Example
    -------
    >>> t = tokens("the station chief known as Bob, speaking")
    >>> _known_as(t, 4), _known_as(t, 3)
    (('Bob', 27, 30), None)
    """
    participle = k - 1 - (k > 1 and toks[k - 1][0] == "only")
    if not 0 <= participle < k < len(toks) - 1 or toks[participle][0] not in KNOWN_AS_PARTICIPLES or toks[k][0] != "as":
        return None
    return _leading_name(toks[k + 1:], True)


def _named_after_post(phrase: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The name that ends ``phrase`` after a post of a place or body written before it (:func:`_after_post`), else None.

    >>> _named_after_post(tokens("CEO of the Elmshire Grocers Association Jo Lee"))
    ('Jo Lee', 40, 46)
    >>> _named_after_post(tokens("head of the Elmshire Party")) is None
    True
    """
    post = next((k for k, t in enumerate(phrase) if k and t[0] in {"to", "of", "for"}), 0)
    named = _after_post(phrase, phrase[post + 1:]) if post else []
    return _phrase(named) if post and len(named) < len(phrase) - post - 1 else None


def _role_appositive(rest: list[tuple[str, int, int]], words: list[str], name: list[str]):
    """The name set off at the start of ``rest`` (:func:`_appositive_name`) after the description ``words`` (where
    ``name`` is the name they hold, if any), when it ends in lower case or its head, the word before "of", "for" or
    "to", is a role ("said an aide, Jo Lee", "said Senator for Elmshire, Jo Lee"), else None.

    Example
    -------
    >>> _role_appositive(tokens(", Jo Lee."), ["Senator", "for", "Elmshire"], ["Elmshire"])
    ('Jo Lee', 2, 8)
    """
    head = next((i for i, w in enumerate(words) if w in {"of", "for", "to"}), len(words)) - 1
    role = words[head].lower() in _ROLE_WORDS
    if (not name or role and head < len(words) - 1) and (role or words[-1].islower()):
        return _appositive_name(rest, role)
    return None


def _title_run(words: list[str]) -> int:
    """How many titles open ``words`` ("Rep. Jo Lee": 1).

    >>> _title_run(["Rep.", "Jo", "Lee"]), _title_run(["Jo", "Lee"])
    (1, 0)
    """
    return next((i for i, w in enumerate(words) if w.lower().rstrip(".") not in _TITLES), len(words))


def _leading_name(toks: list[tuple[str, int, int]], lone: bool = False) -> tuple[str, int, int] | None:
    """A personal name of two or more words at the start of ``toks`` ("Ian Maude, ..."), of one word after a
    title ("Mr. Lee"), or of one word when ``lone`` and it ends the phrase (see :func:`_lone_name`), else None."""
    run = _capitalised_start(toks)
    if len(run) < len(toks) and _role_noun(toks[len(run)][0]):
        return None  # "a fellow Ohio Lee veteran": the capitalised words qualify the role after them
    words = [t for t, _, _ in run]
    titles = _title_run(words)
    if 0 < titles < len(words) - 1:  # "Sir David Attenborough": the name after the title
        run, words = run[titles:], words[titles:]
    elif 0 < titles == len(words) - 1:
        return _titled_surname(run[-1], toks[len(run):len(run) + 1])
    name = person_name(words)
    if 2 <= len(name) < len(words) and title_or_role(words[-len(name) - 1]):
        run, words = run[-len(name):], name  # "former Ohio Gov. Jo Lee", "retired Army Lt. Gen. Jo Lee": Jo Lee
    if lone and len(words) == 1 and _lone_name(words[0], toks[1:2]):
        return words[0], run[0][1], run[0][2]
    if len(words) < 2 or person_name(words) != words or INSTITUTION.search(" ".join(words)):
        return None
    return " ".join(words), run[0][1], run[-1][2]


def opening_name(text: str) -> str | None:
    """The personal name a sentence opens with, titles and roles left out (its subject, in news copy), or None.

    Example
    -------
    >>> opening_name("Former Gov. Jo Lee on Monday praised the plan."), opening_name("The plan was praised.")
    ('Jo Lee', None)
    """
    found = _leading_name(tokens(text))
    return found[0] if found else None


def _capitalised_start(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The capitalised words and name particles opening ``toks``, over an "and" between two posts ("Gov. and
    GOP Chairman Jo Lee": two posts, one name)."""
    run: list[tuple[str, int, int]] = []
    for k, tok in enumerate(toks):
        posts = tok[0] == "and" and run and title_or_role(run[-1][0]) and k + 1 < len(toks) \
            and _is_capitalised(toks[k + 1][0])
        if not posts and (not (_is_capitalised(tok[0]) or tok[0] in _PARTICLES) or tok[0].lower() in _FUNCTION_WORDS):
            break
        run.append(tok)
    return run


def _titled_surname(surname: tuple[str, int, int], rest: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The surname after its title ("the younger Mr. Lee"), unless a lower-case verb follows it and makes it the
    subject of a clause ("reports Mr. Lee filed")."""
    if person_name([surname[0]]) != [surname[0]] or (rest and rest[0][0].islower()):
        return None
    return surname


def _role_noun(word: str) -> bool:
    """Whether ``word`` is a role written in lower case, or its plural ("veteran", "officials").

    Example
    -------
    >>> _role_noun("veteran"), _role_noun("officials"), _role_noun("Mayor"), _role_noun("said")
    (True, True, False, False)
    """
    return word.islower() and (word in _ROLE_WORDS or word.endswith("s") and word[:-1] in _ROLE_WORDS)


def title_or_role(word: str) -> bool:
    """Whether ``word`` is a title or a role written before a name ("Gov.", "Gen.", "Senator", "spokesman")."""
    return word.lower() in _NAME_STOPS or word.lower().rstrip(".") in _TITLES


def _lone_name(word: str, rest: list[tuple[str, int, int]]) -> bool:
    """Whether one capitalised ``word`` after a lower-case description, with only punctuation or nothing
    after it (``rest``: the next token), is a name ("says mystery shopper Laura."): not a date word, an
    acronym, a role or an institution."""
    return (not rest or rest[0][0] in {",", ".", ";", ":", "!", "?"}) and bool(re.fullmatch(r"\p{Lu}\p{Ll}+", word)) \
        and word.lower().rstrip(".") not in _DATE_WORDS | _NAME_STOPS and person_name([word]) == [word] \
        and not INSTITUTION.search(word)


_APPOSITIVE_ENDS = frozenset({",", ".", ";", "who", "of", "at"})


def _appositive_name(toks: list[tuple[str, int, int]], role: bool = True) -> tuple[str, int, int] | None:
    """The name in ", John Smith," / ", John Smith." / ", John Smith of Acme" at the start of ``toks``, else None,
    past the words in lower case of a role before it (", actress Jo Lee.", ", retired teacher Jo Lee."); after a
    description that is no ``role``, a name of two words or more that ends the phrase (not ", Jo Lee, an aide, sent":
    "according to the summary, Jo Lee ..." opens a clause).

    Example
    -------
    >>> _appositive_name(tokens(", actress Jo Lee.")), _appositive_name(tokens(", a teacher."))
    (('Jo Lee', 10, 16), None)
    """
    if not toks or toks[0][0] != ",":
        return None
    roles = next((k for k, tok in enumerate(toks[1:5], 1) if not tok[0].isalpha() or not tok[0].islower()), 1)
    roles = roles if _role_noun(toks[roles - 1][0]) else 1
    run = []
    for tok in toks[roles:]:
        if not (_is_capitalised(tok[0]) or tok[0] in _PARTICLES) or tok[0].lower() in _FUNCTION_WORDS:
            break
        run.append(tok)
    rest = toks[roles + len(run):]
    name = person_name([t for t, _, _ in run])
    ends = _APPOSITIVE_ENDS if role else _APPOSITIVE_ENDS - {","}
    if not run or len(name) != len(run) or (rest and rest[0][0] not in ends) or (not role and len(run) < 2):
        return None
    return " ".join(name), run[0][1], run[-1][2]


def _not_a_name(words: list[str]) -> bool:
    """Whether capitalised ``words`` name an institution or role, or a day, prize, event, place or document
    ("Malala Day", "Nobel Peace Prize"), not a person.

    Example
    -------
    >>> _not_a_name(["Malala", "Day"]), _not_a_name(["Malala", "Yousafzai"])
    (True, False)
    """
    return bool(INSTITUTION.search(" ".join(words))) or words[-1].lower().rstrip(".") in NOT_PERSON_NAME_ENDS \
        or words[0].lower() in DEMONYMS


@functools.lru_cache(maxsize=4096)
def pronoun_may_name(name: str, text: str = "") -> bool:
    """Whether "he" or "she" may stand for ``name``: not when it names an institution, a day, event, place or
    document (:func:`_not_a_name`: "Malala Day"), a place or game by its last word
    (:data:`~newskit.text.lexicon.PLACE_NAME_ENDS`: "Harbor Street", "Super Bowl") or first word
    (:data:`~newskit.text.lexicon.PLACE_NAME_STARTS`: "San Diego"), a people by its demonym, no given name before
    it (:func:`_demonym_people`: "Southeast Asian"; "Al Cuban" is a man), a company ("Acme Holdings": a corporate
    suffix), a US state written in more than one word or as no given name
    ("West Virginia", "Ohio"; "Virginia" may be a woman), words all in capitals with no given name among them, as
    headings and slogans are set ("FULL TEXT", "VOTE FOR CHANGE"; "JO LEE" may be a name), a name holding an
    acronym (:func:`_acronym_in_name`: "Stop TTIP"), a group of people
    (:func:`_group_noun`: "Never Trumpers"), a thing whose name opens with a common word ``text`` writes in lower
    case (:func:`_common_word_name`: "Common Core" where the text says "common"), or a thing a person owns
    (:func:`_owned_thing`: "Jo Lee's team"), a paper opened by an article of another language (:func:`_outlet_name`:
    "La Stampa"; "Marine Le Pen" is a person), a page's link heading (lexicon LINK_HEADINGS: "Related Stories") or
    a work's name ``text`` writes only inside a quoted title (:func:`_titled_work`: “Latin History for Dummies”) or
    a part someone plays (:func:`_played_part`: "Mike Roe, portrayed by Jo Lee") or a thing ``text`` refers to by
    "its" (:func:`_its_owner`: "Elm Isle and its harbour") or what someone posts from (lexicon ACCOUNT_NOUNS:
    "Facebook page").
    The paper and the two before the owned thing read ``text``, where the name is written; without it those two hold
    only for a group's name.

    Example
    -------
    >>> [pronoun_may_name(n) for n in ("Jo Lee", "Super Bowl", "West Virginia", "Ohio", "Virginia", "Acme Holdings")]
    [True, False, False, False, True, False]
    >>> [pronoun_may_name(n) for n in ("VOTE FOR CHANGE", "JO LEE", "Old Towners", "Related Stories")]
    [False, True, False, False]
    >>> [pronoun_may_name(n, "Grand Plan is a grand idea.") for n in ("Grand Plan", "Jo Grand")]
    [False, True]
    """
    words = name.split()
    return bool(words) and not (_not_a_name(words) or words[-1] in CORPORATE_SUFFIXES
                                or place_name(name) or _demonym_people(words)
                                or _capitals_heading(words) or _acronym_in_name(words) or _group_noun(words, text)
                                or _common_word_name(words, text) or _owned_thing(words) or _outlet_name(words, text)
                                or name.lower() in LINK_HEADINGS or _titled_work(name, text)
                                or _played_part(name, text) or _its_owner(name, text) or words[-1] in ACCOUNT_NOUNS)


def _demonym_people(words: list[str]) -> bool:
    """Whether the capitalised ``words`` name a people by the demonym closing them ("Southeast Asian"), not a person
    whose surname is also a demonym, opened by a given name ("Mark Cuban", "Jo French").

    >>> _demonym_people(["Southeast", "Asian"]), _demonym_people(["Al", "Cuban"]), _demonym_people(["Jo", "Lee"])
    (True, False, False)
    """
    return words[-1].lower() in DEMONYMS and not given_name(words[0])


@functools.lru_cache(maxsize=4096)
def _its_owner(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` followed by "and its": a place or body owning something ("Elm Isle and its
    harbour", "Acme and its staff"), never a person.

    Example
    -------
    >>> text = "Elm Isle and its harbour wait. Jo Lee and his aide left."
    >>> _its_owner("Elm Isle", text), _its_owner("Jo Lee", text)
    (True, False)
    """
    return bool(text) and re.search(rf"(?<![\w-]){re.escape(name)}\s+and\s+its\b", text) is not None


def place_name(name: str) -> bool:
    """Whether ``name`` is a place's by its words: one ending with a place's last word
    (:data:`~newskit.text.lexicon.PLACE_NAME_ENDS`), one of two words or more opening with a place's first word
    (:data:`~newskit.text.lexicon.PLACE_NAME_STARTS`), or a US state written in more than one word or as no given name.

    Example
    -------
    >>> [place_name(n) for n in ("South Carolina", "Ohio", "Elm County", "Fort Lee", "Jo Lee", "Virginia", "Lake")]
    [True, True, True, True, False, False, False]
    """
    words = name.split()
    return bool(words) and (words[-1].lower() in PLACE_NAME_ENDS
                            or len(words) > 1 and words[0].lower() in PLACE_NAME_STARTS
                            or name in US_STATES and (len(words) > 1 or not given_name(name)))


_PLAYED = r"(?:portrayed|played|voiced)\s+by"


@functools.lru_cache(maxsize=4096)
def _played_part(name: str, text: str) -> bool:
    """Whether ``text`` gives ``name`` as a part someone plays ("Mike Roe, portrayed by Jo Lee", "his portrayal of
    Mike Roe"): a character, no person a reporter's he or she stands for.

    Example
    -------
    >>> text = "Jo Lee's show stars Mike Roe, portrayed by Lee, and his portrayal of Tom Hale won praise."
    >>> _played_part("Mike Roe", text), _played_part("Tom Hale", text), _played_part("Jo Lee", text)
    (True, True, False)
    """
    named = re.escape(name)
    return bool(text) and re.search(rf"(?<![\w-]){named},?\s+{_PLAYED}\b|\bportrayal\s+of\s+{named}(?![\w-])",
                                    text) is not None


_QUOTED_TITLE = re.compile(r"[“\"]((?:[\w'’.:&-]+\s+){1,7}[\w'’.:&-]+?)[,.]?[”\"]")


@functools.lru_cache(maxsize=4096)
def _titled_work(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` (and its last word, when it opens with a given name) only inside a short
    quoted title longer than it, each of its words capitalised but the function words (“Latin History for
    Dummies,”): a work's name, no person (a host whose show bears the name: “The Jo Lee Show” ... Lee said).

    Example
    -------
    >>> text = "His show, “Latin History for Dummies,” opens. “Jo Lee Wins,” one sign read. Lee smiled."
    >>> _titled_work("Latin History", text), _titled_work("Jo Lee", text)
    (True, False)
    """
    titles = [m.span(1) for m in _QUOTED_TITLE.finditer(text) if len(m.group(1).split()) > len(name.split())
              and all(w[:1].isupper() or w.lower() in _FUNCTION_WORDS for w in m.group(1).split())]
    forms = [name, name.split()[-1]] if given_name(name.split()[0]) else [name]  # "Lee said", of “The Jo Lee Show”
    spots = [m.start() for m in re.finditer(rf"(?<![\w-])(?:{alternation(forms)})(?![\w-])", text)]
    return bool(spots) and all(any(a <= at < b for a, b in titles) for at in spots)


def _outlet_name(words: list[str], text: str) -> bool:
    """Whether two or more ``words`` name a paper or magazine, no person: opened by an article of another language
    (:data:`~newskit.text.lexicon.FOREIGN_ARTICLES`: "Der Spiegel", "La Stampa") that ``text`` never writes after a
    title or a capitalised word of the same name, as it writes a surname ("Marine Le Pen", "Ms. Le Pen"; an owner,
    a sentence's end or opener is no part of it: "Italy's La Stampa", "In La Stampa"), nor after a title the name's
    last word alone ("Les Roe ... Mr Roe": a man's given name).

    Example
    -------
    >>> text = "In La Stampa, Italy's La Stampa said. Marine Le Pen spoke."
    >>> _outlet_name(["La", "Stampa"], text), _outlet_name(["Le", "Pen"], text)
    (True, False)
    >>> _outlet_name(["Les", "Roe"], "Les Roe quit. Mr Roe said no.")
    False
    """
    if len(words) < 2 or words[0].lower() not in FOREIGN_ARTICLES:
        return False
    before = re.findall(rf"(?<![\w.'’-])(\p{{Lu}}[\w.'’-]*)\s+{re.escape(' '.join(words))}\b", text)
    titled = re.findall(rf"(?<![\w.'’-])(\p{{Lu}}[\w.'’-]*)\s+{re.escape(words[-1])}\b", text)
    return not any(word.lower().rstrip(".") in _NAME_TITLES or not word.endswith(".") and not _OWNER_END.search(word)
                   and word.lower() not in SENTENCE_OPENERS for word in before) \
        and not any(word.lower().rstrip(".") in _NAME_TITLES for word in titled)


_OWNER_END = re.compile(r"[’']s$")


def _owned_thing(words: list[str]) -> bool:
    """Whether ``words`` name a thing a person owns, no person: an owner's possessive, then a word in lower
    case that names no people ("Kurt Lee's team", "Lee's campaign"; "Lee's spokesman" is a person).

    Example
    -------
    >>> _owned_thing(["Kurt", "Lee's", "team"]), _owned_thing(["Lee’s", "spokesman"]), _owned_thing(["Jo", "Lee"])
    (True, False, False)
    """
    return len(words) > 1 and bool(_OWNER_END.search(words[-2])) and words[-1].islower() and not _people_noun(words[-1])


_GROUP_ENDS = ("ers", "ans", "ites")


def _group_noun(words: list[str], text: str) -> bool:
    """Whether two or more capitalised ``words`` name people collectively: a plural noun of a group at the end
    ("-ers", "-ans", "-ites") after a first word that is no given name ("New Yorkers", "Never Trumpers"; "Bernie
    Sanders" opens with a given name; titles and roles before it are passed over: "Chairman Rogers" is one man),
    unless ``text`` has its last word alone speak, as a surname does (:func:`_speaks_by_surname`: "Sanders said"),
    or a plural noun in lower case after the first word ("Black politicians in Elmshire"; not "dos" of a name).

    Example
    -------
    >>> _group_noun(["Old", "Towners"], ""), _group_noun(["Jo", "Peters"], ""), _group_noun(["Jo"], "")
    (True, False, False)
    >>> _group_noun(["Chairman", "Rogers"], ""), _group_noun(["Rep.", "Jo", "Evans"], "")
    (False, False)
    >>> _group_noun(["Ema", "Sanders"], "Ema Sanders came. Sanders said so.")
    False
    >>> _group_noun("Young farmers in Elmshire".split(), ""), _group_noun("Jo dos Santos".split(), "")
    (True, False)
    """
    named = list(dropwhile(title_or_role, words))
    return len(named) > 1 and (named[-1].endswith(_GROUP_ENDS) and not given_name(named[0])
                               and not _speaks_by_surname(text, " ".join(words))
                               or any(w.isalpha() and w.islower() and len(w) > 3 and plural_form(w) for w in named[1:]))


def _common_word_name(words: list[str], text: str) -> bool:
    """Whether two or more ``words`` open with a common word ``text`` writes in lower case
    (:func:`_common_first_word`) that is no title or role, and no full name opening with a given name follows it
    ("Common Core", "North Augusta"; "Real Jo Lee", as a book title has it, ends in a person's name).

    Example
    -------
    >>> text = "a real common task"
    >>> _common_word_name(["Common", "Core"], text), _common_word_name(["Real", "Jo", "Lee"], text)
    (True, False)
    """
    return len(words) > 1 and words[0].lower().rstrip(".") not in _ROLE_WORDS \
        and _common_first_word(words[0], text) and not (len(words) > 2 and given_name(words[1]))


@functools.lru_cache(maxsize=4096)
def _common_first_word(first: str, text: str) -> bool:
    """Whether ``first``, the first word of a name, is no known given name and ``text`` writes it in lower case
    as a word of its own, or as the first part of a compound ("stop", "stop-gap"): a common word opening a thing's
    name ("the Stop Bloggs campaign ... stop"), not a person's.

    Example
    -------
    >>> _common_first_word("Stop", "Stop Bloggs said stop."), _common_first_word("Jo", "Jo said jo.")
    (True, False)
    >>> _common_first_word("Stop", "Stop Bloggs made a stop-gap deal.")
    True
    """
    return not given_name(first) and bool(re.search(rf"(?<![\w'’-]){re.escape(first.lower())}\b", text))


def _capitals_heading(words: list[str]) -> bool:
    """Whether ``words`` (two or more) are all written in capitals, none of them a given name: a heading or a
    slogan, not a person ("FULL TEXT"; "JO LEE" may be a name, "CNN" is one word).

    Example
    -------
    >>> _capitals_heading(["FULL", "TEXT"]), _capitals_heading(["JO", "LEE"]), _capitals_heading(["Full", "Text"])
    (True, False, False)
    """
    return len(words) > 1 and all(w.isupper() for w in words) and not any(given_name(w.title()) for w in words)


_ACRONYM = re.compile(r"\p{Lu}{3,}")
_ROMAN = re.compile(r"[IVX]+")


def _acronym_in_name(words: list[str]) -> bool:
    """Whether ``words`` (two or more, not all in capitals) hold an acronym of three capitals or more, no roman
    numeral, nor a given name opening them in capitals as a page's first word is set: a campaign's or a body's name,
    not a person ("Stop TTIP", "Ohio ACLU"; "Jo Lee III" and "MICHAEL Lee" are people).

    Example
    -------
    >>> _acronym_in_name(["Stop", "TTIP"]), _acronym_in_name(["Jo", "Lee", "III"]), _acronym_in_name(["JO", "LEE"])
    (True, False, False)
    >>> _acronym_in_name(["MICHAEL", "Lee"]), _acronym_in_name(["ACLU", "Lee"])
    (False, True)
    """
    return len(words) > 1 and not all(w.isupper() for w in words) and any(
        _ACRONYM.fullmatch(w) and not _ROMAN.fullmatch(w) and not (i == 0 and given_name_gender(w.capitalize()))
        for i, w in enumerate(words))


def page_cased(name: str) -> str:
    """``name`` with a given name opening it in capitals before a word that is not, as a page's first words are set
    ("MICHAEL Lee" -> Michael Lee), written as a name is; ``name`` otherwise ("NASA Administrator Jo Lee", "JO LEE").

    Example
    -------
    >>> page_cased("MICHAEL Lee"), page_cased("NASA Administrator Jo Lee"), page_cased("JO LEE")
    ('Michael Lee', 'NASA Administrator Jo Lee', 'JO LEE')
    """
    first, _, rest = name.partition(" ")
    if len(first) > 1 and first.isupper() and rest and not rest.split()[0].isupper() and given_name(first.title()):
        return f"{first.title()} {rest}"
    return name


def _titled_owner(text: str, start: int, words: list[str]) -> list[str]:
    """The name of capitalised ``words`` (written at ``start``) that end in a possessive, after a title or role
    ("Michigan Rep. Rashida Tlaib’s comment" -> Rashida Tlaib); [] otherwise ("Following Romney’s": no title).

    Example
    -------
    >>> _titled_owner("Rep. Jo Bloggs’s", 5, ["Jo", "Bloggs’s"]), _titled_owner("", 0, ["Following", "Bloggs’s"])
    (['Jo', 'Bloggs'], [])
    """
    if len(words) < 2 or not words[-1].endswith(("'s", "’s")) or len(words[-1]) < 4:
        return []
    name = run_name(text, start, words[:-1] + [words[-1][:-2]])
    if len(name) < 2:
        return []
    before = words[len(words) - len(name) - 1] if len(name) < len(words) else (text[max(0, start - 20):start].split() or [""])[-1]
    return name if before.lower().rstrip(".") in _TITLES or before.lower() in _NAME_STOPS else []


_LINE = re.compile(r"[^\n]+")


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` written in title case, as US headlines are
    (:func:`~newskit.text.tokens.title_case` with no word left in lower case but function words), in a text with
    other lines (a text of such lines only has no headline: none). Its
    capitals do not mark names ("Clinton Is 'Sane', Bloomberg Tells U.S.": no "Bloomberg Tells U.S.").

    Example
    -------
    >>> title_case_lines("Lee Appears in Group's Ad\\n\\nLee spoke in an ad on Monday.")
    [(0, 25)]
    >>> title_case_lines("Jo Lee Blasts Rival from Stage\\n\\nJo Lee spoke from the stage.")
    [(0, 30)]
    """
    spans, lines = [], list(_LINE.finditer(text))
    for line in lines:
        if _title_case(line.group()):
            spans.append(line.span())
    return spans if len(spans) < sum(bool(line.group().strip()) for line in lines) else []


_WORD = re.compile(r"(?<![\w'’.-])[^\W\d_][\w'’.-]*")


def _title_case(line: str) -> bool:
    """Whether ``line`` is written in title case (:func:`title_case_lines`): not a sentence closed by a stop
    with a word in lower case that is no function word ("Ada Vance met Tom Ruiz in Elmton."; "2nd" is no such
    word), nor a line of fewer than four words after an opening dash ("- Ada Vance, Elmton.").

    Example
    -------
    >>> _title_case("Jo Lee Blasts Rival from Stage"), _title_case("Ada Vance met Tom Ruiz in Elmton.")
    (True, False)
    """
    sentence = line.rstrip(" \t\"”’'").endswith(".") and any(
        w[0].islower() and w.lower() not in _FUNCTION_WORDS for w in _WORD.findall(line))
    return title_case(line.lstrip(" \t-–—"), lower=0) and not sentence



def _possessive_owner(words: list[str], text: str = "") -> list[str]:
    """The words of a full name written only in the possessive (a given name, maybe an initial, a surname), up to
    the first possessive of a run ("Hillary Clinton’s lawyer", "Barack Obama’s America" -> Barack Obama), its
    first word a known given name or the surname the subject of a reporting verb elsewhere in ``text``
    (:func:`_speaks_by_surname`: "Marco Rubio’s advisers ... Rubio said"), neither a title ("Sheriff Arpaio’s") nor
    a word that ends a name (``NAME_BREAKS``: "Despite Rubio’s"); [] otherwise ("Following Romney’s").

    Example
    -------
    >>> _possessive_owner(["Hillary", "Clinton’s"]), _possessive_owner(["Following", "Romney’s"])
    (['Hillary', 'Clinton'], [])
    >>> _possessive_owner(["Marco", "Rubio’s"], "Marco Rubio’s aides met. “We win,” Rubio said.")
    ['Marco', 'Rubio']
    >>> _possessive_owner(["Despite", "Rubio’s"], "Despite Rubio’s aides, it failed. Rubio said so.")  # no name
    []
    >>> _possessive_owner(["Donald", "J.", "Trump’s", "Plan"])
    ['Donald', 'J.', 'Trump']
    """
    owned = next((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), 0)
    if owned < 1 or len(words[owned]) < 4:
        return []
    start = owned - 2 if owned > 1 and _INITIAL.match(words[owned - 1]) else owned - 1  # "Donald J. Trump’s"
    first, last = words[start], words[owned][:-2]
    if not _NAME_WORD.match(first) or not _NAME_WORD.match(last) or first.lower() in _FUNCTION_WORDS or not (
            given_name(first) or text and not title_or_role(first) and _speaks_by_surname(text, f"{first} {last}")):
        return []
    return [*words[start:owned], last]


_WORD_AFTER = re.compile(r"[^\S\n]+(\p{Ll}+)\b")
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’-])[Aa]n?((?:[^\S\n]+\p{Ll}[\p{Ll}-]*){0,2})[^\S\n]+$")


def _noun_modifier(text: str, run: re.Match) -> bool:
    """Whether the run of capitalised words ``run`` (group 1) qualifies the lower-case noun after it, no one's name:
    after "a" or "an" and up to two lower-case words, none a function word, it opens with no given name nor title
    and a word that is no verb by its form follows it (:func:`_verb_form`): "a male Western Elm gorilla", "an Elm
    Valley man"; not "an adviser to President Jo Lee and", "an interview Jo Lee gave".

    >>> text = "A male Western Elm gorilla sat. Then Western Elm said no. An interview Jo Lee gave."
    >>> [_noun_modifier(text, m) for m in _name_runs(text, 0, len(text))]
    [True, False, False]
    """
    after = _WORD_AFTER.match(text, run.end(1))
    before = _INDEFINITE_BEFORE.search(text, max(0, run.start(1) - 40), run.start(1))
    first = run.group(1).split()[0]
    return bool(after and before) and not _verb_form(after.group(1)) \
        and not any(w in _FUNCTION_WORDS for w in before.group(1).split()) \
        and not given_name(first) and first.lower().rstrip(".") not in _NAME_TITLES


def _verb_form(word: str) -> bool:
    """Whether the lower-case ``word`` is a function word, an auxiliary or a verb in the past by its form ("to",
    "was", "gave", "walked"): no noun.

    >>> _verb_form("gave"), _verb_form("gorilla")
    (True, False)
    """
    return word in _FUNCTION_WORDS or word in _AUXILIARIES or word in IRREGULAR_PAST or word.endswith("ed")
_DAY_AFTER = re.compile(r"[^\S\n]+\d{1,2}\b")
_MODEL_AFTER = re.compile(r"[^\S\n]+\d+\p{Ll}?[^\S\n]+\p{Ll}")


def _product_model(text: str, end: int, words: list[str]) -> bool:
    """Whether the capitalised ``words`` ending at ``end`` name a product before its model's number and a noun
    ("three Elmco Jet 7 engines"): a number and a lower-case word follow, no month closes them, and a word of them
    before the last, no title, is written alone elsewhere (the maker, "Elmco"), not a name's share in a tally ("Jo
    Lee's 43 percent").

    >>> _product_model("Elmco won. Elmco Jet 7 engines.", 20, ["Elmco", "Jet"])
    True
    >>> _product_model("Jo Lee 43 percent. Lee won.", 6, ["Jo", "Lee"])
    False
    """
    if not _MODEL_AFTER.match(text, end) or words[-1].lower() in MONTHS:
        return False
    alone = _alone_words(text)
    return any(w in alone and w.lower().rstrip(".") not in _TITLES for w in words[:-1])


def name_forms(text: str) -> list[str]:
    """Personal names written in ``text`` (runs of two or more capitalised words, roles dropped, and a month before a
    day's number that closes a run: "Jo Lee May 3"); a name read on a title-case line (:func:`title_case_lines`)
    only when the text writes it elsewhere too; a given name sharing a surname (:func:`shared_surnames`).

    Example
    -------
    >>> name_forms("Foreign Minister Wang Yi met Sergei Lavrov.")
    ['Wang Yi', 'Sergei Lavrov']
    >>> name_forms("Later Rep. Jo Bloggs’s aide spoke.")
    ['Jo Bloggs']
    >>> name_forms("Jo Bloggs Tells Voters To Wait\\n\\nJo Bloggs spoke to voters.")
    ['Jo Bloggs']
    >>> name_forms("Al Roe met a fellow Ohio Lee veteran.")  # the run qualifies a role after it
    ['Al Roe']
    >>> name_forms("Entrusting Jo Lee with it is a risk.")
    ['Jo Lee']
    >>> name_forms("“No,” said Jo Lee May 3.")  # a date after the name
    ['Jo Lee']
    >>> name_forms("Everything Jo Lee said was true.")  # a pronoun of things opening the sentence
    ['Jo Lee']
    >>> name_forms("The official Elmair Twitter account replied. Al Roe spoke.")  # an account's owner and platform
    ['Al Roe']
    >>> name_forms("Why North Elmland wants ships North Elmland has long said so.")  # a question word opening a heading
    ['North Elmland']
    >>> name_forms("A male Western Elm gorilla was there with Jo Lee.")  # a noun's modifier after "a"
    ['Jo Lee']
    """
    names, titled = [], title_case_lines(text)
    for match in _name_runs(text, 0, len(text)):
        words = _run_words(match.group(1))
        if len(words) > 2 and words[-1].lower() in MONTHS and _DAY_AFTER.match(text, match.end(1)):
            words = words[:-1]
        after = _WORD_AFTER.match(text, match.end(1))
        if after and (_role_noun(after.group(1)) or after.group(1) in ACCOUNT_NOUNS) and not given_name(words[0]):
            continue  # "a fellow Ohio Lee veteran": the run qualifies a role ("Jo Lee spokesman Al Roe": Jo Lee);
            # "the official Elmair Twitter account": an owner and its platform
        if _product_model(text, match.end(1), _run_words(match.group(1))):
            continue  # "three Elmco Jet 7 engines": a product and its model's number, no one's name
        if _noun_modifier(text, match):
            continue
        if _lead_no_name(text, match.start(1), words):
            words = words[1:]
        name = show_host(run_name(text, match.start(1), words))
        if len(name) < 2:  # "Barack Obama’s America": the name is the owner's
            name = _titled_owner(text, match.start(1), words) or _possessive_owner(words, text) or name
        if len(name) >= 2 and not _not_a_name(name) \
                and not place_then_surname(text, match.start(1), _run_words(match.group(1)), names):
            if _headline_only(text, match.start(1), name, titled):
                continue
            names.append(" ".join(name).rstrip("."))
    names = _acronyms_untitled(names)
    return list(dict.fromkeys(names + shared_surnames(text, names)))


def _acronyms_untitled(names: list[str]) -> list[str]:
    """``names`` without those an acronym stands before as a title (:func:`acronym_titled`: "MVP Lee" of "Jo Lee")."""
    return [name for name in names if not acronym_titled(name.split(), names)]


def _title_acronym(word: str) -> bool:
    """Whether ``word`` is an acronym of three letters or more ("MVP", "CNN"): no given or family name, though it may
    stand before one as a title or an outlet ("CNN Tokyo")."""
    return len(word) > 2 and word.isalpha() and _acronym([word])


def acronym_titled(words: list[str], names: list[str]) -> bool:
    """Whether ``words`` are a person's name after an acronym of three letters or more standing as a title ("MVP Lee",
    "CEO Jo Lee"): another name of ``names``, whose first word is no acronym, ends in the words after it.

    >>> acronym_titled(["MVP", "Lee"], ["Jo Lee", "MVP Lee"]), acronym_titled(["MVP", "Lee"], ["MVP Lee"])
    (True, False)
    >>> acronym_titled(["AJ", "Lee"], ["Jo Lee", "AJ Lee"])  # initials
    False
    """
    rest = words[1:]
    return _title_acronym(words[0]) and bool(rest) and any(
        name.split()[-len(rest):] == rest and len(name.split()) > len(rest) and not _acronym(name.split()[:1])
        for name in names)


_GIVEN_AND_NAME = re.compile(r"(?<![\w'’-])(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\w'’-]+)"
                             r"(?![\w'’-]|\s+\p{Lu})")
_CAPITAL_BEFORE = re.compile(r"\p{Lu}[^\s,;:]*\s+$")


def shared_surnames(text: str, names: list[str]) -> list[str]:
    """The names of people written as a known given name, "and" and a full name of ``names`` (a couple sharing a
    surname: "Tracy and Brent Stark" gives Tracy Stark), the lone given name opening its phrase (not "Jo Lee and Al
    Roe").

    >>> shared_surnames("Later, Tracy and Brent Stark spoke.", ["Brent Stark"])
    ['Tracy Stark']
    >>> shared_surnames("Jo Lee and Brent Stark spoke.", ["Jo Lee", "Brent Stark"])
    []
    """
    found = []
    for match in _GIVEN_AND_NAME.finditer(text):
        first, given, last = match.groups()
        if f"{given} {last}" in names and given_name(first) and not given_name(last) \
                and not _CAPITAL_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            found.append(f"{first} {last}")
    return found


def show_host(name: list[str]) -> list[str]:
    """The host's name in the words ``name`` of a show named for its host ("Jo Lee Show": Jo Lee; a given name first,
    :data:`~newskit.text.lexicon.SHOW_TITLE_ENDS` last), else ``name``.

    >>> show_host(["Rachel", "Vane", "Show"]), show_host(["Daily", "Show"]), show_host(["Jo", "Lee"])
    (['Rachel', 'Vane'], ['Daily', 'Show'], ['Jo', 'Lee'])
    """
    host = len(name) > 2 and name[-1].lower() in SHOW_TITLE_ENDS and given_name(name[0])
    return name[:-1] if host else name


def _headline_only(text: str, start: int, name: list[str], titled: list[tuple[int, int]]) -> bool:
    """Whether the words ``name``, read at ``start`` on one of the ``titled`` lines (:func:`title_case_lines`), are
    written nowhere else in ``text``: capitalised words of a headline ("With Bombshell Claim: ...")."""
    return any(lo <= start < hi for lo, hi in titled) and not _written_outside(text, name, titled)


def _written_outside(text: str, name: list[str], spans: list[tuple[int, int]]) -> bool:
    """Whether the words of ``name`` are written in ``text`` outside the ``spans``."""
    pattern = re.compile(r"(?<![\w'’-])" + r"\s+".join(map(re.escape, name)) + r"(?![\w-])")
    return any(not any(lo <= m.start() < hi for lo, hi in spans) for m in pattern.finditer(text))




def _lead_no_name(text: str, start: int, words: list[str]) -> bool:
    """Whether the first of the capitalised ``words`` at ``start`` is no part of the name after it: "Will Skyfall
    remain ...?" (a question, not Will), "Entrusting Jo Lee with" (a gerund), "Said Jo Lee," (an inverted cue),
    "Everything Jo Lee said" (the thing said), "Why North Elmland wants ships" (a heading's question word before a
    name of two words or more: "Why Lee" is kept whole), "wrote on Twitter Jo Lee" (a company or platform of
    :data:`~newskit.text.lexicon.COMPANIES` before a given name and more).

    >>> _lead_no_name("Why Elm Bank fell", 0, ["Why", "Elm", "Bank"]), _lead_no_name("Jo Lee", 0, ["Jo", "Lee"])
    (True, False)
    >>> _lead_no_name("on Twitter Jo Lee", 3, ["Twitter", "Jo", "Lee"])
    True
    """
    return _question_lead(text, start, words[0]) or _gerund_lead(words) or words[0] in INVERTED_OPENERS \
        or words[0].lower() in INDEFINITE_THINGS or words[0].lower() in QUESTION_WORDS and len(words) > 2 \
        or words[0] in COMPANIES and len(words) > 2 and given_name(words[1])


def _gerund_lead(words: list[str]) -> bool:
    """Whether the capitalised ``words`` open with a verb in -ing before a given name and more ("Entrusting Jo
    Lee with the plan is a risk"): a gerund opening its phrase, no part of the name.

    Example
    -------
    >>> _gerund_lead(["Entrusting", "Jo", "Lee"]), _gerund_lead(["Sterling", "K.", "Brown"]), _gerund_lead(["Jo", "Lee"])
    (True, False, False)
    """
    return len(words) > 2 and len(words[0]) > 5 and words[0].endswith("ing") and words[0][1:].islower() \
        and not given_name(words[0]) and given_name(words[1])


def _question_lead(text: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` is an auxiliary opening a question ("Will Skyfall remain ...?"): it opens
    its sentence and the sentence ends in a question mark.

    Example
    -------
    >>> _question_lead("Will Skyfall last? Will Smith said no.", 0, "Will")
    True
    >>> _question_lead("Will Skyfall last? Will Smith said no.", 19, "Will")
    False
    """
    before = text[max(0, start - 4):start].rstrip(" \t\"“‘(")
    if word.lower() not in _AUXILIARIES or (before and not before.endswith((".", "!", "?", "\n"))):
        return False
    end = re.compile(r"[.!?\n]").search(text, start)
    return bool(end) and end.group() == "?"


_QUESTION_TOPIC = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)((?:(?:And|But|Or|So|What about|How about)\s+)?"
                             r"(?:(?:\p{Lu}[\w'’-]*\.?|of|the|and|de|van|von|der)\s+){0,6}\p{Lu}[\w'’-]*)\?\s*[\"“‘]$")


def question_topic(text: str, pos: int) -> bool:
    """Whether the name written at ``pos`` is the whole of a question put before a quotation ("Governor
    Christie? “Strong,” he said.", "And Mr. Lee? “A good man.”"): the person asked about, not a speaker.

    Example
    -------
    >>> text = "Asked about each, Jo Bloggs obliged. Governor Al Roe? “Strong,” he said."
    >>> question_topic(text, text.index("Al Roe")), question_topic(text, text.index("Jo Bloggs"))
    (True, False)
    >>> question_topic("Is Al Roe ready? “No,” Jo said.", 3)
    False
    """
    end = re.compile(r"[?\n]").search(text, pos)
    if not end or end.group() != "?" or end.start() - pos > 60:
        return False
    mark = re.compile(r"\s*[\"“‘]").match(text, end.end())
    if not mark:
        return False
    found = _QUESTION_TOPIC.search(text, max(0, pos - 60), mark.end())
    return bool(found) and found.start(1) <= pos and found.group(1).split()[0].lower() not in _AUXILIARIES


_NAME_WORD = re.compile(r"^(?:(?:\p{Lu}\.)+|\p{Lu}[\w'’]*(?:-\p{Lu}[\w'’]*)*\.?|\p{Lu}\p{Ll}+- \p{Lu}\p{Ll}+"
                        rf"|\p{{Lu}}\p{{Ll}}+-\p{{Ll}}+|{_JOINED_PARTICLE})$")
"""A word of a personal name: initials, capitalised words joined by hyphens, a given name split at its hyphen
("Jean- Pierre") or one of syllables whose second is in lower case ("Ki-moon", as :func:`person_name` admits it), or a
particle joined to a capitalised word ("al-Masri")."""
_POST_BEFORE = re.compile(r"\b([\p{Lu}\p{Ll}]+)\s+(?:to|of|for)\s+$")
_POST_LIST_BEFORE = re.compile(r"\b([\p{Lu}\p{Ll}]+)\s+(?:to|of|for)\s+(?:\p{Lu}[\w'’-]*,?\s+)+(?:&|and)\s+$")
"""A post whose portfolio is a list, the last item run into the name: "Minister for Business, Enterprise &
Regulatory Reform Alan Duncan"."""


def run_name(text: str, start: int, words: list[str]) -> list[str]:
    """The personal name at the end of the capitalised ``words`` written at ``start``: :func:`person_name`,
    without the place or body of a post before it ("Ambassador to Russia Jon Huntsman" -> Jon Huntsman),
    and [] when a word cannot be part of a name ("One-in-Three", a lone capital letter: a headline).

    Example
    -------
    >>> text = "Ambassador to Russia Jon Huntsman spoke."
    >>> run_name(text, 14, ["Russia", "Jon", "Huntsman"])
    ['Jon', 'Huntsman']
    >>> text = "Minister for Business, Enterprise & Regulatory Reform Alan Duncan spoke."
    >>> run_name(text, text.index("Regulatory"), ["Regulatory", "Reform", "Alan", "Duncan"])
    ['Alan', 'Duncan']
    """
    name = person_name(words)
    if len(name) > 2 and len(name[0]) == 1:
        name = name[1:]  # "As T Ross Avery wrote": an initial with no given name before it opens no name
    while len(name) > 1 and _common_first_word(name[0], text) and _capital_at_openings(text, name[0]):
        name = name[1:]  # "Former Carson aide Jo Lee", "Maybe Carson will": no "Former Carson"
    if not _name_words(name) and not _surname_alone(text, name):
        return []
    post = _POST_BEFORE.search(text, max(0, start - 40), start) or _POST_LIST_BEFORE.search(text, max(0, start - 80), start)
    if post and post.group(1).lower() in _ROLE_WORDS and len(name) > 2 and len(name) == len(words):
        keep = 3 if name[-2] in _PARTICLES or re.fullmatch(r"\p{Lu}\.", name[-2]) else 2
        name = name[-keep:]
    elif _NAME_OF_BEFORE.search(text, max(0, start - 40), start) and len(name) == len(words):
        name = _from_given_name(name)
    return name[:len(name) - role_acronyms_after(name)]


def role_acronyms_after(words: list[str]) -> int:
    """How many of ``words`` at their end are a role's acronym written after a person's name of two words or more
    with no comma ("Jo Lee CEO", "Jo Lee MP"): none of the name; 0 when the words before are no such name.

    >>> role_acronyms_after(["Jo", "Lee", "CEO"]), role_acronyms_after(["Jo", "Lee", "King"])
    (1, 0)
    """
    cut = len(words)
    while cut > 2 and words[cut - 1].isupper() and words[cut - 1].isalpha() and title_or_role(words[cut - 1]):
        cut -= 1
    return len(words) - cut if person_name(words[:cut]) == words[:cut] else 0


def _name_words(name: list[str]) -> bool:
    """Whether ``name`` is words a personal name can be made of (:data:`_NAME_WORD`, particles, initials as
    :func:`_initials_inside` admits them), not two words of which the second has a joined particle after no given name
    ("a group known as Jamaat al-Tawil": a body's name)."""
    if not name or not all(_NAME_WORD.match(w) or w in _PARTICLES for w in name) or not _initials_inside(name):
        return False
    return not (len(name) == 2 and re.fullmatch(_JOINED_PARTICLE, name[1]) and not given_name(name[0]))


def _surname_alone(text: str, name: list[str]) -> bool:
    """Whether ``name`` is two words, the second a joined particle's ("Saud al-Qahtani"), and ``text`` writes that
    surname alone elsewhere, with or without its particle, no capitalised word just before or after it ("Qahtani
    was not charged", "al-Qahtani said"): a person's name, which :func:`_name_words` leaves out after no given name.

    >>> _surname_alone("Zaid al-Rami spoke. Then, al-Rami said so.", ["Zaid", "al-Rami"])
    True
    >>> _surname_alone("Zaid al-Rami spoke. “No,” Rami said.", ["Zaid", "al-Rami"])
    True
    >>> _surname_alone("A group known as Jamaat al-Tawil spoke.", ["Jamaat", "al-Tawil"])
    False
    """
    if len(name) != 2 or not re.fullmatch(_JOINED_PARTICLE, name[1]):
        return False
    bare = re.escape(name[1].split("-", 1)[1])
    particle = rf"(?:{NAME_PARTICLE_PATTERN})-"
    alone = rf"(?<![\w'’-])(?:{particle})?{bare}(?![\w'’-]|\s+\p{{Lu}}|\s+{particle})"
    return any(not _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start()) for m in re.finditer(alone, text))


def _initials_inside(name: list[str]) -> bool:
    """Whether every lone capital letter of ``name`` is a middle initial without its full stop: after a given name,
    before the surname ("Howard B Fonda"; not "Plan B Fonda", nor "Jo Lee B").

    Example
    -------
    >>> _initials_inside(["Howard", "B", "Fonda"]), _initials_inside(["Plan", "B", "Fonda"]), _initials_inside(["B"])
    (True, False, False)
    """
    lone = [k for k, w in enumerate(name) if len(w) == 1]
    return not lone or all(0 < k < len(name) - 1 for k in lone) and given_name(name[0])


_NAME_OF_BEFORE = re.compile(r"\b\p{Lu}[\w'’-]*\s+of\s+$")
"""A capitalised word and "of" before a run: the run's first words end that name ("the District of Columbia Jo
Lee", "the University of Elmland Jo Lee")."""


def _from_given_name(name: list[str]) -> list[str]:
    """``name`` from its first given name on, when its first word is none and a given name comes before its last
    word: "Columbia Jeffrey Taylor" -> Jeffrey Taylor (the end of a place's name before a personal name).

    Example
    -------
    >>> _from_given_name(["Columbia", "Jeffrey", "Taylor"]), _from_given_name(["Mary", "Ann", "Jones"])
    (['Jeffrey', 'Taylor'], ['Mary', 'Ann', 'Jones'])
    """
    if len(name) < 3 or given_name(name[0]):
        return name
    first = next((k for k in range(1, len(name) - 1) if given_name(name[k])), 0)
    return name[first:]


_OPENING = re.compile(r"(?:^|[.!?:;—–-][\"”’)]*\s+|\n\s*|[\"“‘(]\s*)$")


@functools.lru_cache(maxsize=4096)
def _capital_at_openings(text: str, word: str) -> bool:
    """Whether ``text`` writes the capitalised ``word`` only where a sentence, a line or a quotation opens
    ("Former", "Maybe", "Despite"), so that, written in lower case too (:func:`_common_first_word`), it is a
    common word there.

    Example
    -------
    >>> _capital_at_openings("Former aide Jo Lee spoke. A former aide left.", "Former")
    True
    >>> _capital_at_openings("Bill Lee spoke. The bill passed. Then Bill Lee left.", "Bill")
    False
    """
    return all(_OPENING.search(text, max(0, m.start() - 4), m.start())
               for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text))


def place_then_surname(text: str, start: int, words: list[str], names: list[str]) -> bool:
    """Whether a run after a capitalised word and a comma ends in the surname of a name given before with another
    first word: "Celan Beausoleil, 31, Oakland, California Beausoleil is ..." (a town, then its state and the
    surname), not "His aunt, Delores MacDougall, said" (a relative of the name given before) nor "On Friday, Liz
    Cheney said" (a given name first: the sister of a Cheney named before).

    Example
    -------
    >>> names = ["Cal Vane"]
    >>> text = "Cal Vane, 31, Oakland, California Vane is a nurse. His aunt, Dee Vane, said so."
    >>> [place_then_surname(text, m.start(1), m.group(1).split(), names) for m in _name_runs(text, 14, len(text))]
    [True, False]
    """
    before = text[max(0, start - 40):start]
    return len(words) == 2 and bool(re.search(r"\p{Lu}[\w'’-]*,\s*$", before)) and not given_name(words[0]) \
        and any(n.split()[-1] == words[-1] and words[0] not in n.split() for n in names)


def named_people(text: str, spans: list[tuple[int, int]], names: list[str]) -> list[tuple[int, str]]:
    """(offset, fullest name) of every personal name written in the spans of ``text``, in order; a name read on a
    title-case line only when the text writes its last word elsewhere too ("Jo Lee: ..." over a text that calls
    her Lee; not "With Bombshell Claim: ...").

    Example
    -------
    >>> named_people("Tokayev's order. Kassym-Jomart Tokayev spoke.", [(0, 45)], ["Kassym-Jomart Tokayev"])
    [(17, 'Kassym-Jomart Tokayev')]
    """
    found, fullest, titled = [], {}, title_case_lines(text)
    for lo, hi in spans:
        for match in _name_runs(text, lo, hi):
            name = run_name(text, match.start(1), _run_words(match.group(1)))
            if len(name) >= 2 and not _not_a_name(name) and not _noun_modifier(text, match) \
                    and not place_then_surname(text, match.start(1), _run_words(match.group(1)), names) \
                    and not _headline_only(text, match.start(1), name[-1:], titled):
                written = " ".join(name).rstrip(".")
                if written not in fullest:
                    fullest[written] = fullest_name(written, names)
                found.append((match.start(1), fullest[written]))
    return found


_NAME_ROLE = re.compile(r",\s+(?:the|a|an|its|their)\s+((?:[\w'’-]+\s+){0,3}?\p{Ll}[\w-]*)\b")
_ROLE_COMMA = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+((?:[\w'’-]+\s+){0,3}?\p{Ll}[\w-]*),\s*$")


_QUALIFIER_AFTER = re.compile(r"\s+of\s+(\p{Lu}\p{Ll}+)\b|\s*\([RDI]-(\p{Lu}[\w.]*)\)")


POSSESSIVE_END = re.compile(r"['’]s$")
"""An owner's ending closing a word or phrase ("Jo Lee's"): an owner, no subject itself."""


def role_names(text: str, names: list[str]) -> dict[str, set[str]]:
    """Role word -> fullest names the text gives it ("Mayor Karen Bass", "Karen Weaver, the mayor of Flint",
    "the mayor, John Smith"; a title is read as its role, "Sen." as senator), and "place role" -> names where
    a place comes with the role ("Texas Sen. Ted Cruz", "Sen. Ted Cruz of Texas": "texas senator").

    Example
    -------
    >>> role_names("Mayor Karen Bass spoke.", ["Karen Bass"])
    {'mayor': {'Karen Bass'}}
    >>> role_names("President Obama spoke.", [])
    {'president': {'Obama'}}
    >>> sorted(role_names("Sen. Ted Cruz of Texas spoke.", ["Ted Cruz"]))
    ['senator', 'texas senator']
    >>> role_names("A spokesman for Mayor Karen Bass spoke.", ["Karen Bass"])
    {'mayor': {'Karen Bass'}}
    >>> role_names("An employee for Elm River Networks spoke.", ["Elm River Networks"])  # whom the role serves
    {}
    >>> role_names("The mayor, Karen Bass, spoke.", ["Karen Bass"])  # a role set off before the name
    {'mayor': {'Karen Bass'}}
    >>> role_names("The former mayor of Elm City spoke.", [])  # a place is no holder
    {}
    >>> role_names("It backs President Jo Lee's plan.", ["Jo Lee"])  # the name before a possessive
    {'president': {'Jo Lee'}}
    """
    roles: dict[str, set[str]] = {}
    fullest: dict[str, str] = {}
    for match in _name_runs(text, 0, len(text)):
        words = _run_words(match.group(1))
        words[-1] = POSSESSIVE_END.sub("", words[-1])  # "President Jo Lee's plan": Jo Lee
        name = run_name(text, match.start(1), words)
        titled = len(name) == 1 and len(words) > 1 and words[-2].lower().rstrip(".") in _ROLE_WORDS | set(_TITLE_ROLES)
        if (len(name) < 2 and not titled) or _not_a_name(name):
            continue  # one word is a name only after its title ("President Obama")
        written = " ".join(name).rstrip(".")
        if place_name(written):
            continue  # "the mayor of Elm City": the place the role is of, no holder
        if written not in fullest:
            fullest[written] = fullest_name(written, names)
        for role in _roles_of(text, match, words[:len(words) - len(name)]):
            roles.setdefault(role, set()).add(fullest[written])
    for role in [r for r in roles if " " not in r and _unnamed_holder(text, r, roles[r])]:
        del roles[role]  # "A Nato spokesman said": "the spokesman" may be another than the one named
    return roles


_REACH = 60  # characters around an introduction "a ... spokesman" a holder's name is looked for in


def _unnamed_holder(text: str, role: str, holders: set[str]) -> bool:
    """Whether ``text`` introduces a holder of ``role`` by an indefinite article after one of ``holders`` is first
    named and names none of them beside it, in its sentence ("A Nato spokesman said"): another holder the text names
    nobody as (one introduced before any is named may be the one named later: "a spokeswoman ... the spokeswoman, Jo
    Lee"; one inside a quotation is a speaker's description, no holder: "“an untruthful president,” Al Roe said").

    Example
    -------
    >>> text = "The group's spokesman, Al Roe, spoke. A Nato spokesman said no."
    >>> _unnamed_holder(text, "spokesman", {"Al Roe"}), _unnamed_holder(text[:38], "spokesman", {"Al Roe"})
    (True, False)
    >>> _unnamed_holder("Al Roe, a group spokesman, spoke. A spokesman for Elm, Al Roe, said.", "spokesman", {"Al Roe"})
    False
    >>> _unnamed_holder("A spokesman spoke. The spokesman, Al Roe, left.", "spokesman", {"Al Roe"})
    False
    >>> _unnamed_holder("President Al Roe spoke. “An untruthful president,” Jo Lee said.", "president", {"Al Roe"})
    False
    """
    surnames = {name.split()[-1] for name in holders}
    named = min((m.start() for s in surnames for m in re.finditer(rf"\b{re.escape(s)}\b", text)), default=len(text))
    introduced = re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(role)}\b")
    for match in introduced.finditer(text, named):
        if not _outside_quotes(text, text.rfind("\n", 0, match.start()) + 1, match.start()):
            continue
        before = text[max(0, match.start() - _REACH):match.start()].rsplit(". ", 1)[-1]
        after = text[match.end():match.end() + _REACH].split(". ", 1)[0]
        if not any(re.search(rf"\b{re.escape(s)}\b", before + " " + after) for s in surnames):
            return True
    return False


def _roles_of(text: str, match: re.Match, lead: list[str]) -> set[str]:
    """The roles given to the name at the end of the run ``match`` whose words before the name are ``lead``."""
    before = text[max(0, match.start(1) - 60):match.start(1)]
    after = _NAME_ROLE.match(text, match.end(1))
    verb = _WORD_AFTER.match(text, after.end()) if after else None
    if verb and verb.group(1) in REPORTING_WORDS:
        after = None  # "With Elm Weekly, the director said": the role opens a clause, no apposition
    appositive = _ROLE_COMMA.search(before)
    touching = _touching(before.split()[-2:])
    if _serving(touching):
        touching = []  # "a spokeswoman for Jo Lee", "an employee for Elm Networks": the one served, not the role's
    lead = touching + lead
    words = lead + (after.group(1).split()[-1:] if after else []) + (appositive.group(1).split()[-1:] if appositive else [])
    found = set()
    for word in words:
        word = word.lower().strip(",").rstrip(".")
        role = _TITLE_ROLES.get(word, word)
        if role in _ROLE_WORDS and role not in _TITLES:
            found.add(role)
    places = [w for w, nxt in zip(lead, lead[1:]) if nxt.lower().rstrip(".") in found | set(_TITLE_ROLES)
              and w.lower() not in _ROLE_WORDS | _FUNCTION_WORDS and _is_capitalised(w)]
    place = _QUALIFIER_AFTER.match(text, match.end(1))
    places += [place.group(1) or place.group(2)] if place else []
    return found | {f"{p.lower().replace('.', '')} {role}" for p in places for role in found}


def _serving(words: list[str]) -> bool:
    """Whether ``words``, the two just before a name, are a role that serves the one named: an agent noun before "for"
    or "to" ("a spokeswoman for", "an aide to"), any role in lower case before "for" ("an employee for").

    >>> _serving(["aide", "to"]), _serving(["employee", "for"]), _serving(["envoy", "to"]), _serving(["Envoy", "for"])
    (True, True, False, False)
    """
    return len(words) == 2 and words[1] in ("for", "to") and (
        words[0].lower() in AGENT_NOUNS or words[1] == "for" and words[0].islower())


def _touching(words: list[str]) -> list[str]:
    """The words of ``words`` (those just before a name) that still belong to its phrase: none before a clause's
    end or a reporting verb ("the official said. Scott Bessent": "official" is no role of Bessent's).

    Example
    -------
    >>> _touching(["official", "said."]), _touching(["U.S.", "envoy"]), _touching(["talks,", "envoy"])
    ([], ['U.S.', 'envoy'], ['envoy'])
    >>> _touching(["the", "official."]), _touching(["said", "envoy"])
    ([], ['envoy'])
    """
    kept: list[str] = []
    for word in reversed(words):
        if word[-1] in ",;:!?" or word.endswith(".") and word.islower() or word.lower() in REPORTING_WORDS:
            break
        kept.insert(0, word)
    return kept


def role_phrase(mention: str) -> bool:
    """Whether ``mention`` is a role and not a name: a role word last, written in lower case, with at most
    places before it ("governor", "Texas governor", "former senator").

    Example
    -------
    >>> role_phrase("Texas governor"), role_phrase("Rick Perry"), role_phrase("22-year-old")
    (True, False, True)
    """
    words = mention.split()
    return bool(words) and words[-1].islower() and len(words) <= 3 and (
        words[-1] in _ROLE_WORDS or bool(_AGE.fullmatch(words[-1])))


_AGE = re.compile(r"\d{1,3}-year-old")
"""A person described by age ("the 22-year-old")."""


_OWNED_BY_NAME = re.compile(r"(\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)*)['’]s\s+\p{Ll}+$")
"""A name and what it owns, one lower-case word ("Lee's campaign")."""


def full_name(phrase: str) -> bool:
    """Whether ``phrase`` is a person's name with a known given name ("Jo Lee", not "Christmas").

    Example
    -------
    >>> full_name("Jo Lee"), full_name("Christmas Eve")
    (True, False)
    """
    words = phrase.split()
    return len(words) > 1 and person_name(words) == words and given_name(words[0])


_AFFILIATION = re.compile(r"\s+of\s+(?:(?:the|an?)\s+[\w.&'’-]+|\p{Lu}[\w.&'’-]*)(?:\s+[\w.&'’-]+){0,5}$")
"""A body after "of" at the end of a source, named or described ("of the Tax Policy Center", "of Acme Films",
"of a housing charity")."""


def before_affiliation(source: str) -> str:
    """``source`` without the body or place named after "of" that closes it, when the words before "of" end in a
    person's name (:func:`person_name`), else ``source``: the words :func:`affiliated_person` weighs, and those
    :func:`~newskit.cues.untitled_person` reads a person's name from.

    Example
    -------
    >>> before_affiliation("Speaker Jo Lee of Ohio"), before_affiliation("Jo Lee of the Tax Policy Center")
    ('Speaker Jo Lee', 'Jo Lee')
    >>> before_affiliation("security fears of the owners"), before_affiliation("Dover Supervisor of Elections Jo Lee")
    ('security fears of the owners', 'Dover Supervisor of Elections Jo Lee')
    """
    cut = _AFFILIATION.search(source)
    if not cut or full_name(" ".join(source[cut.start():].split()[-2:])):
        return source  # "Supervisor of Elections Jo Lee": a post before a name, no body
    head = source[:cut.start()]
    return head if person_name(head.split()) else source


def affiliated_person(source: str, names: list[str]) -> str:
    """A person's name without the body named after "of" that closes ``source`` ("Jo Lee of the Tax Policy
    Center": Jo Lee; the phrase stays the attribution's mention), when the words before "of" end in a person's
    name (:func:`person_name`: titles and roles cut): a full name with a known given name, a name after titles
    only ("Mr. Lee"), or a surname that ``names`` give in full (:func:`_named_in_full`); ``source`` otherwise (a
    body's own name: "Friends of the Earth"). It weighs any mention; :func:`~newskit.cues.untitled_person` makes the
    same cut (:func:`before_affiliation`) in a source already read as a person, without these checks.

    Example
    -------
    >>> affiliated_person("Jo Lee of the Tax Policy Center", []), affiliated_person("Mr. Lee of Acme Films", [])
    ('Jo Lee', 'Lee')
    >>> affiliated_person("Lee of the Daily Courier", ["Jo Lee"]), affiliated_person("Friends of the Earth", [])
    ('Lee', 'Friends of the Earth')
    >>> affiliated_person("Jo Lee of a housing charity", [])
    'Jo Lee'
    """
    head = before_affiliation(source)
    if head == source:
        return source
    words = head.split()
    name = person_name(words)
    lead, found = words[:len(words) - len(name)], " ".join(name)
    titled = bool(lead) and all(w.lower().rstrip(".") in _NAME_TITLES for w in lead)
    return found if titled or full_name(found) or _named_in_full(found, names) else source


def _named_in_full(surname: str, names: list[str]) -> bool:
    """Whether ``names`` give ``surname`` in full as a person's name: a known given name before it, or any words
    that :func:`person_name` reads whole ("Taneja" of "Rahul Taneja"; not "America" of "Bank of America").

    Example
    -------
    >>> _named_in_full("Taneja", ["Rahul Taneja"]), _named_in_full("America", ["Bank of America"])
    (True, False)
    """
    fullest = fullest_name(surname, names)
    words = fullest.split()
    return full_name(fullest) or (fullest != surname and len(words) > 1 and person_name(words) == words)


def resolve_source(mention: str, names: list[str], roles: dict[str, set[str]], definite: bool) -> str:
    """The fullest name for a mention: "Wang" -> "Wang Yi"; "the mayor" -> the one named mayor, when
    ``definite`` (the mention follows "the") and the text names exactly one, also after a party's adjective ("the
    former Republican mayor"); "the Texas senator" -> the one senator named with Texas (a place before a role is
    never ignored).

    Example
    -------
    >>> resolve_source("mayor", [], {"mayor": {"Karen Bass"}}, True)
    'Karen Bass'
    >>> resolve_source("Texas senator", [], {"senator": {"Ted Cruz", "Amy Klobuchar"}, "texas senator": {"Ted Cruz"}}, True)
    'Ted Cruz'
    >>> resolve_source("former Republican mayor", [], {"mayor": {"Jo Lee"}}, True)
    'Jo Lee'
    >>> resolve_source("Lee's campaign", ["Jo Lee"], {}, False)
    "Jo Lee's campaign"
    """
    mention = affiliated_person(mention, names)  # "Jo Lee of the Tax Policy Center": Jo Lee
    holder = place_role_holder(mention, roles)
    if holder:
        return holder
    owned = _OWNED_BY_NAME.match(mention)
    if owned:  # "Lee's campaign": its owner by the fullest name
        return fullest_name(owned.group(1), names) + mention[owned.end(1):]
    words = mention.split()
    if definite and words and words[-1].lower() in roles and not any(_is_capitalised(w) for w in words[-1:]):
        for key in (" ".join(words[-2:]).lower().replace(".", ""), words[-1].lower()):
            found = roles.get(key, ())
            if len(found) == 1 and (key == words[-1].lower()) <= (len(words) == 1 or words[-2].islower()
                                                                  or words[-2] in PARTY_MEMBERS):
                return next(iter(found))
    return fullest_name(mention, names)


_PLACE_OWNER = re.compile(r"(\p{Lu}[\w.-]*)['’]s$")


def place_role_holder(mention: str, roles: dict[str, set[str]]) -> str:
    """The one person :func:`role_names` names with the role that ends ``mention`` and with the place that owns it
    ("Elmland's foreign minister": the minister written "Elmlandian Foreign Minister Ivo Marek" or "Elmland's Foreign
    Minister Ivo Marek", the place's name opening the one written), else, when the text names no one with that role
    and any place, the one person it names with the role ("New Elmland's president": "President Ivo Marek"; a
    relative is a person's: "Elton's father" is no place's), else "".

    >>> roles = {"minister": {"Ivo Marek", "Al Roe"}, "elmlandian minister": {"Ivo Marek"}}
    >>> place_role_holder("Elmland's foreign minister", roles), place_role_holder("Elmia's foreign minister", roles)
    ('Ivo Marek', '')
    >>> place_role_holder("New Elmland's president", {"president": {"Ivo Marek"}})
    'Ivo Marek'
    >>> place_role_holder("Elton's father", {"father": {"Al Roe"}})
    ''
    """
    words = mention.split()
    owned = next((k for k, w in enumerate(words) if _PLACE_OWNER.match(w)), None) if words and words[-1].islower() \
        else None
    if owned is None or owned == len(words) - 1 or not all(_is_capitalised(w) for w in words[:owned + 1]):
        return ""
    place, role = _PLACE_OWNER.match(words[owned]).group(1).lower(), words[-1].lower()
    placed = [(key.split()[0], names) for key, names in roles.items()
              if len(key.split()) == 2 and key.split()[1] == role]
    found = {name for key, names in placed if key.startswith(place) for name in names}
    if not placed and role not in KIN_NOUNS:
        found = roles.get(role, set())
    return next(iter(found)) if len(found) == 1 else ""


def _place_key(word: str) -> str:
    """A place or its people's word in one form for comparing: a country as its demonym, "US" and "U.S." as
    "american", "UK" as "british" ("Elmland" and "Elmlandian" stay apart unless the lexicon pairs them)."""
    word = word.lower().replace(".", "").removesuffix("'s").removesuffix("’s")
    return {"us": "american", "usa": "american", "uk": "british"}.get(word) or COUNTRY_DEMONYMS.get(word, word)


def placed_elsewhere(mention: str, name: str, roles: dict[str, set[str]]) -> bool:
    """Whether ``mention``, a role after a place ("the US president"), cannot be ``name``: :func:`role_names` gives
    ``name`` that role only with other places ("Iranian President Ali Reza").

    >>> roles = {"president": {"Ali Reza"}, "iranian president": {"Ali Reza"}}
    >>> placed_elsewhere("US president", "Ali Reza", roles), placed_elsewhere("Iran's president", "Ali Reza", roles)
    (True, False)
    """
    words = mention.split()
    if len(words) < 2 or not words[-1].islower() or not _is_capitalised(words[-2]):
        return False
    role, place = words[-1].lower(), _place_key(words[-2])
    held = [key.split()[0] for key, names in roles.items() if name in names and len(key.split()) == 2
            and key.split()[1] == role]
    return bool(held) and all(_place_key(key) != place for key in held)


def _fuller(candidate: list[str], words: list[str]) -> bool:
    """Whether the words of ``candidate`` hold ``words`` and more, ending in them (not as a region of a place:
    :func:`region_name`, "Eastern Elmland") or, ``words`` no acronym (:func:`_acronym`),
    naming no place by their first or last word around them ("South China Sea", "Elm Street"); never a name and its
    reign's numeral ("Leo XIII" is another than "Leo").

    >>> _fuller(["Jo", "Lee"], ["Lee"]), _fuller(["Eastern", "Elmland"], ["Elmland"]), _fuller(["Leo", "XIII"], ["Leo"])
    (True, False, False)
    """
    held = any(candidate[i:i + len(words)] == words for i in range(len(candidate) - len(words) + 1))
    place = candidate[0].lower() in PLACE_NAME_STARTS or candidate[-1].lower() in PLACE_NAME_ENDS
    ends = candidate[-len(words):] == words
    regnal = len(candidate) == 2 and candidate[0] == words[0] and bool(re.fullmatch(r"[IVXL]+", candidate[1]))
    return len(candidate) > len(words) and held and not region_name(candidate) and not regnal \
        and (ends or not place and not _acronym(words))


def region_name(words: list[str]) -> bool:
    """Whether ``words`` name a region of a place: a word of :data:`~newskit.text.lexicon.REGION_WORDS` and the place
    ("Eastern Elmland"), no fuller name of the place ("Elmland") for a person's or a body's name to end in.

    >>> region_name(["Eastern", "Elmland"]), region_name(["Southern", "District", "Court"]), region_name(["Jo", "Lee"])
    (True, False, False)
    """
    return len(words) == 2 and words[0].lower() in REGION_WORDS


def _acronym(words: list[str]) -> bool:
    """Whether ``words`` are one word in capitals, an acronym ("IBM", "ISW"): the words a name holds after it name
    something of the body's ("IBM Quantum Heron", a product), never the body in full.

    >>> _acronym(["IBM"]), _acronym(["Lee"]), _acronym(["I"])
    (True, False, False)
    """
    return len(words) == 1 and len(words[0]) > 1 and words[0].isupper()


def _particle_case(word: str) -> str:
    """A name particle in lower case ("Van" opening a sentence is the "van" of "Robert van Otterdijk")."""
    return word.lower() if word.lower() in _PARTICLES else word


def fullest_name(name: str, names: list[str]) -> str:
    """The longest name in ``names`` that contains ``name`` word for word, when only one does (else, for one word,
    the one whose double-barrelled surname it is part of); those that end in it first ("Trump" is "Donald Trump", not
    "Trump Tower"), and never a place named around it ("China" is not "South China Sea":
    :data:`~newskit.text.lexicon.PLACE_NAME_STARTS`, :data:`~newskit.text.lexicon.PLACE_NAME_ENDS`).

    Example
    -------
    >>> fullest_name("Wang", ["Wang Yi", "Sergei Lavrov"])
    'Wang Yi'
    >>> fullest_name("Van der Hoeven", ["Maria van der Hoeven"])
    'Maria van der Hoeven'
    >>> fullest_name("Bloggs", ["Bloggs Tower", "Jo Bloggs"]), fullest_name("Bloggs", ["Al Bloggs", "Jo Bloggs"])
    ('Jo Bloggs', 'Bloggs')
    >>> fullest_name("Elmland", ["North Elmland Sea"]), fullest_name("Elm", ["Elm Street"])
    ('Elmland', 'Elm')
    >>> fullest_name("Lee", ["Lee Hall", "Jo Lee III"]), fullest_name("Lee", ["Jo Lee III", "Jo Lee Jr"])  # suffixed
    ('Jo Lee III', 'Jo Lee')
    >>> fullest_name("Roe", ["Ana Diaz-Roe"]), fullest_name("Diaz", ["Ana Diaz-Roe"])  # a double-barrelled surname
    ('Ana Diaz-Roe', 'Ana Diaz-Roe')
    >>> fullest_name("Ruth", ["Ana Ruth", "Ana Ruth Kell"]), fullest_name("Lee", ["Jo Lee", "Jo Lee Center"])
    ('Ana Ruth Kell', 'Jo Lee')
    >>> fullest_name("Lee", ["Jo Lee", "Jo Lee Tells"]), fullest_name("MVP Lee", ["Jo Lee"])  # an acronym as a title
    ('Jo Lee', 'Jo Lee')
    >>> fullest_name("Kim", ["Kim Jo Un", "Kim Su-bin"])  # a family name written first, two people
    'Kim'
    >>> fullest_name("van Dijk", ["Annvan Dijk", "van Dijk"])  # no fuller name holds the particles: the last word's
    'Annvan Dijk'
    """
    found = _fullest_name(name, names)
    words = name.split()
    if found == name and len(words) > 1 and words[0] in _PARTICLES:  # "dos Santos" of "Matdos Santos", a typo
        found = _fullest_name(words[-1], [n for n in names if n != name])
        found = name if found == words[-1] else found
    if found == name or _name_key(found)[-len(_name_key(name)):] != _name_key(name):
        return found
    return _surname_written_after(found, names)


def _surname_written_after(found: str, names: list[str]) -> str:
    """The one name in ``names`` that writes ``found`` (a name ending in the words it was called by) and one more
    capitalised word after it, no suffix, no institution's word and no reporting verb ("Ana Ruth" -> "Ana Ruth Kell",
    a surname the text gave once; not "Jo Lee Center", nor a headline's "Jo Lee Tells ..."), else ``found``."""
    words = _name_key(found)
    keys = {n: _name_key(n) for n in names}
    longer = {n for n, key in keys.items() if key[:len(words)] == words and len(_unsuffixed(key)) == len(words) + 1
              and _is_capitalised(key[-1]) and not INSTITUTION.search(key[-1])
              and key[-1].lower() not in REPORTING_WORDS}
    return longer.pop() if len(longer) == 1 else found


def _fullest_name(name: str, names: list[str]) -> str:
    """:func:`fullest_name` before a surname written after the name found (:func:`_surname_written_after`)."""
    words = _name_key(name)
    if not words or not all(_is_capitalised(w) or w in _PARTICLES for w in words):
        return name
    if acronym_titled(words, names):
        return _fullest_name(" ".join(words[1:]), names)
    best = [candidate for candidate in names if _fuller(_name_key(candidate), words)] or _barrelled(words, names)
    ending = [b for b in best if words in (_name_key(b)[-len(words):], _unsuffixed(_name_key(b))[-len(words):])]
    if not ending and len(best) > 1:  # a family name written first is no one's in particular ("Kim" of "Kim Jong Un"
        return name                   # and "Kim Su-bin"): the text's other names do not tell which
    return _longest_of(ending or best) or name


def _longest_of(names: list[str]) -> str | None:
    """The longest of ``names`` (a suffix not counted) when only one is, or the name the longest share but for their
    suffixes (father and son, "Jo Lee Jr" and "Jo Lee III": Jo Lee); else None.

    >>> _longest_of(["Ana Ruth", "Ana Ruth Kell"]), _longest_of(["Jo Lee Jr", "Jo Lee III"])
    ('Ana Ruth Kell', 'Jo Lee')
    >>> _longest_of(["Jo Lee", "Al Roe"]) is None
    True
    """
    size = max((len(_unsuffixed(x.split())) for x in names), default=0)
    longest = {b for b in names if len(_unsuffixed(b.split())) == size}
    bare = {" ".join(_unsuffixed(b.split())) for b in longest}
    if len(longest) == 1 or len(bare) == 1:
        return longest.pop() if len(longest) == 1 else bare.pop()
    return None


def first_word_names(names) -> dict[str, str]:
    """Each word that opens one name of two words or more of ``names`` only and ends none, mapped to that name: a
    family name written first ("Ryu Seong Ho" ... "Ryu said") or a given name used alone is that person; two names
    opening with the word, or one ending in it (a surname always wins), map nothing, nor does an acronym
    (:func:`_title_acronym`: "CNN Tokyo").

    >>> first_word_names(["Ryu Seong Ho", "Jo Lee", "Jo Bell", "Lee Min", "Ann Bell"])
    {'Ryu': 'Ryu Seong Ho', 'Ann': 'Ann Bell'}
    """
    names = list(dict.fromkeys(names))
    ends = {name.split()[-1] for name in names}
    opening: dict[str, list[str]] = {}
    for name in names:
        if " " in name and not _title_acronym(name.split()[0]):
            opening.setdefault(name.split()[0], []).append(name)
    return {word: held[0] for word, held in opening.items() if len(held) == 1 and word not in ends}


def _barrelled(words: list[str], names: list[str]) -> list[str]:
    """The names of ``names`` whose double-barrelled surname holds the one word ``words`` ("Roe": "Ana Diaz-Roe")."""
    return [name for name in names if len(words) == 1 and len(name.split()) > 1 and "-" in name.split()[-1]
            and words[0] in name.split()[-1].split("-")]


def _name_key(name: str) -> list[str]:
    """The words of ``name`` as :func:`fullest_name` compares them: particles in lower case, a suffix's full stop
    dropped ("Jr." is "Jr")."""
    return [_particle_case(w.rstrip(".")) if w.lower().rstrip(".") in GENERATIONAL_SUFFIXES else _particle_case(w)
            for w in name.split()]


def _unsuffixed(words: list[str]) -> list[str]:
    """``words`` of a name without the generational suffix closing them ("Jo Lee III" -> Jo Lee), when a name of two
    words or more stays.

    >>> _unsuffixed(["Jo", "Lee", "Jr"]), _unsuffixed(["Al", "Sr"])
    (['Jo', 'Lee'], ['Al', 'Sr'])
    """
    return words[:-1] if len(words) > 2 and words[-1].lower().rstrip(".") in GENERATIONAL_SUFFIXES else words


_MALE = set("""mr lord sir king prince duke earl baron fr father brother son husband boyfriend spokesman chairman
businessman congressman assemblyman alderman actor uncle nephew grandfather stepfather he his him himself""".split())
_FEMALE = set("""mrs ms miss lady dame queen princess duchess countess baroness sister mother daughter wife girlfriend
spokeswoman chairwoman businesswoman congresswoman assemblywoman actress widow aunt niece grandmother stepmother she
her hers herself""".split())
MALE_WORDS, FEMALE_WORDS = frozenset(_MALE), frozenset(_FEMALE)
"""Words that make the person they describe or stand for a man / a woman ("congressman", "she")."""


def word_sex(word: str) -> str:
    """"m" or "f" when ``word``, in any case, makes the person it describes or stands for a man or a woman
    (:data:`MALE_WORDS`, :data:`FEMALE_WORDS`), else "".

    >>> word_sex("Congressman"), word_sex("spokeswoman"), word_sex("senator")
    ('m', 'f', '')
    """
    lower = word.lower()
    return "m" if lower in MALE_WORDS else "f" if lower in FEMALE_WORDS else ""
_PRONOUN_AFTER = re.compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)

_WORDISH = re.compile(r"[\w-]")
_SPACE = re.compile(r"\s")


class WordFinder:
    r"""Every place ``words`` (names, surnames) are written as words of their own, all words in one pass:
    what ``re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text, lo, hi)`` finds for each.

    Example
    -------
    >>> WordFinder(["Lee", "Jo Lee"]).find("Jo Lee met Lee-Ann and Lee.")
    [(0, 'Jo Lee'), (3, 'Lee'), (23, 'Lee')]
    """

    def __init__(self, words):
        self.words = sorted(set(words), key=len, reverse=True)
        self._by_first: dict[str, list[str]] = {}
        for word in self.words:
            self._by_first.setdefault(word[:1], []).append(word)
        alternatives = "|".join(re.escape(w) for w in self.words)
        self._starts = re.compile(r"(?<![\w-])(?=" + alternatives + ")") if self.words else None

    def find(self, text: str, lo: int = 0, hi: int | None = None, overlapping: bool = False) -> list[tuple[int, str]]:
        """(offset, word) of every word written in ``text[lo:hi]``, in order; ``overlapping``: also the
        places inside an earlier find of the same word."""
        hi = len(text) if hi is None else hi
        if self._starts is None:
            return []
        found, ends = [], {}
        for match in self._starts.finditer(text, lo, hi):
            pos = match.start()
            for word in self._by_first[text[pos]]:
                end = pos + len(word)
                if end <= hi and text.startswith(word, pos) and (end == hi or not _WORDISH.match(text, end)) and (
                        overlapping or pos >= ends.get(word, 0)):
                    found.append((pos, word))
                    ends[word] = end
        return found


def _gender_word(word: str) -> str:
    """``word`` in lower case, as :data:`_MALE` and :data:`_FEMALE` hold it; "miss" written in lower case is a verb
    ("fans will miss Jo Lee"), no title: "-".

    >>> _gender_word("Miss"), _gender_word("miss"), _gender_word("Father")
    ('miss', '-', 'father')
    """
    return "-" if word == "miss" else word.lower()


def _described_as(text: str, pos: int) -> list[str]:
    """The noun of a description just before a name in its sentence, over titles and roles ("Their father, former
    Vice President Dick Cheney" -> ["father"]), when it is not a pronoun; else []."""
    for word in reversed(_sentence_before(text, pos, 60).replace(".", "").split()):
        word = _gender_word(word.strip(","))
        if word in _TITLES or not word:
            continue
        if word in (_MALE | _FEMALE) - _PRONOUN_WORDS:
            return [word]
        if word not in _NAME_STOPS | _SUBJECT_ADJECTIVES:
            return []
    return []


_STOP_BEFORE = re.compile(r"(?:\b\p{Ll}{2,}|\d)[.!?][\"'”’)]*(?=\s|\p{Lu}|$)|[.!?][\"'”’)]*(?=[ \t]*\n)")


def _sentence_before(text: str, pos: int, reach: int) -> str:
    """The ``reach`` characters before ``pos``, cut after the last full stop of a sentence among them: the end of
    a lower-case word or a number, not a title's ("the boys' mother. Jo Lee" -> " Jo Lee"; "Mrs. Lee"), or any stop
    closing its line ("... to the Queen.\\n\\nJo Lee": a paragraph's last word is no title of the name after it).

    Example
    -------
    >>> _sentence_before("Gifts went to his mother.Jo Lee", 25, 25), _sentence_before("Ask Mrs. Jo Lee", 9, 25)
    ('', 'Ask Mrs. ')
    >>> _sentence_before("It went to the Queen.\\n\\nJo Lee", 23, 25)
    '\\n\\n'
    """
    window = text[max(0, pos - reach):pos]
    stops = list(_STOP_BEFORE.finditer(window))
    return window[stops[-1].end():] if stops else window


_PRONOUN_WORDS = {"he", "his", "him", "himself", "she", "her", "hers", "herself"}
_OBJECT_LEAD = PREPOSITIONS | {"than", "like", "amid", "behind", "beside"}


def named_in_passing(text: str, pos: int, end: int | None = None) -> bool:
    """Whether the name written at ``pos`` (ending at ``end``) is the object of a preposition or of a verb in
    -ing, over the titles, roles and capitalised words before it and the other names of a list it is in ("with
    Vermont Sen. Bernie Sanders", "impeaching President Jo Lee", "to Madonna, Bob Dylan and Al Roe"): a name
    in passing, not whom a he/she after it means. A source after "according to" is no object, nor a name after
    "with" that does something ("with Sen. Jo Lee giving support").

    Example
    -------
    >>> named_in_passing("a call from Sen. Al Roe", 19), named_in_passing("Later, Sen. Al Roe", 12)
    (True, False)
    >>> named_in_passing("from Jo, Al Roe and Bo", 9, 15), named_in_passing("In Rome, Al Roe said", 9, 15)
    (True, False)
    """
    listed = end is not None and bool(_LIST_AFTER.match(text, end))
    words = text[max(0, pos - 100):pos].split()
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        bare = word.lower().strip(",").rstrip(".")
        if bare in {"and", "or"}:
            listed = True
        elif _ends_phrase(word, bare, listed):
            return False
        elif not (bare in _TITLES or bare in _NAME_STOPS or bare in _SUBJECT_ADJECTIVES or bare in ARTICLES
                  or word[0].isupper()):
            return _object_lead(text, words, k, end)
    return False


def _ends_phrase(word: str, bare: str, listed: bool) -> bool:
    """Whether ``word`` (``bare``: lower case, no comma or full stop) read back from a name ends the phrase
    it stands in: the end of a sentence, a clause or a quotation, a comma that is no list's."""
    return (word[-1] in ".!?" and bare not in _TITLES and len(bare) > 1) or word[-1] in ";:(–—”\"" \
        or word[0] in "“\"" or word in {"-", "--"} or (word.endswith(",") and not (listed and word[0].isupper()))


def _object_lead(text: str, words: list[str], k: int, end: int | None) -> bool:
    """Whether the lower-case word ``words[k]`` before a name (ending at ``end``) makes it an object: a
    preposition or a verb in -ing, unless the name does something ("with Jo Lee giving support", "prompting Jo
    Lee to act", "listened to Jo Lee speak") or is a source ("according to Jo Lee")."""
    bare = words[k].lower().strip(",")
    if end is not None and (_DOING.match(text, end) if bare == "with" else _TO_DO.match(text, end)):
        return False  # "with Sen. Jo Lee giving support", "prompting Jo Lee to act": Jo Lee does something
    if end is not None and bare == "to" and k and words[k - 1].lower() in _LISTENED and _SPEAK.match(text, end):
        return False  # "the crowd listened to Jo Lee speak": Jo Lee speaks
    if bare == "for" and _TOLD_FOR.search(" ".join(words[:k])):
        return False  # "It's the second strike for Jo Lee, a resident. ¶ “...,” he said": Jo Lee
    return (bare in _OBJECT_LEAD and not (bare == "to" and k and words[k - 1].lower() == "according")) or (
        len(bare) > 4 and bare.endswith("ing"))


_DOING = re.compile(r",?\s+\p{Ll}{2,}ing\b")
_LISTENED = frozenset(verb_forms("listen"))
_SPEAK = re.compile(r"\s+(?:speak|talk|say|tell|explain|address)\b")
"""A verb of speaking in its bare form after a name "listened to": that name speaks, no object in passing."""
_TO_DO = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)\p{Ll}+\b")
_TOLD_FOR = re.compile(r"(?<![\w'’-])(?:It|This|That)(?:[’']s|\s+(?:is|was))\s+[^.!?;:,“”\"]*$")
"""A sentence opened by "It is", "It's", "That was" before "for": the name after "for" is whom the sentence tells
about ("It's the second strike for Jo Lee"), no object in passing."""


_LIST_AFTER = re.compile(r",?\s+(?:and|or)\s+\p{Lu}|,\s+\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)*,?\s+(?:and|or)\s+\p{Lu}")
"""After a name, more names of a list ("..., Bob Dylan and Luciano Pavarotti")."""


def _outside_quotes(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` stands outside any quotation that opens in ``text[lo:at]`` (a pronoun after “...,” is the
    reporting clause's; one inside it is the quoted speaker's word for someone else)."""
    marks = QUOTE_MARK.findall(text, lo, at)
    opened = sum(m in "“«" for m in marks) - sum(m in "”»" for m in marks)
    return opened <= 0 and marks.count('"') % 2 == 0


_MAN_ROLES = frozenset(w for w in _MALE if w.endswith("man"))
"""Role words in -man that outlets also give women ("spokesman Hope Hicks", "Chairman Janet Yellen")."""


def _title_votes(text: str, pos: int, given: str = "") -> tuple[int, int]:
    """(male, female) votes of the title or role word just before a mention at ``pos`` ("Mr", "Lady",
    "spokeswoman") and of the description before it ("Their father, ..."); a role word in -man
    (:data:`_MAN_ROLES`) gives no vote where the name's ``given`` name is a woman's ("f")."""
    male = female = 0
    for word in [_gender_word(w) for w in _sentence_before(text, pos, 25).replace(".", "").split()[-1:]] \
            + _described_as(text, pos):
        if given == "f" and word in _MAN_ROLES:
            continue
        male += word in _MALE
        female += word in _FEMALE
    return male, female


def _pronoun_vote(text: str, pos: int, end: int, forms: set[str], others: WordFinder) -> str:
    """"m" or "f" of the first he/she-type pronoun after the mention ``text[pos:end]`` in its sentence or the
    next one, with none of ``others`` (names not in ``forms``) between, outside quotations (a pronoun quoted is
    someone else's word for someone else); "" when there is none or the mention is an object
    (:func:`named_in_passing`)."""
    after = text[end:end + 250]
    stop = re.search(r"[.!?][”\"]?\s+[^.!?]*[.!?]", after)
    after = after[:stop.end()] if stop else after
    pronoun = next((m for m in _PRONOUN_AFTER.finditer(after) if _outside_quotes(text, end, end + m.start())), None)
    if not pronoun or named_in_passing(text, pos, end) or any(
            o not in forms for _, o in others.find(text, end, end + pronoun.start())):
        return ""
    if pronoun.group(1).lower() == "him" or (pronoun.group(1).lower() == "her" and _OBJECT_AFTER.match(after, pronoun.end())):
        return ""  # "Jo Lee suggested her for the prize": an object is someone else
    if pronoun.group(1).lower() not in _HE_OR_SHE and _CAPITAL_INSIDE.search(after, 0, pronoun.start()):
        return ""  # "Gowdy said Clinton did not respond, and her lawyer ...": her is Clinton's
    if any(m.group(1).lower() in REPORTING_WORDS for m in _CAPITAL_THEN_WORD.finditer(after, 0, pronoun.start())):
        return ""  # "Gowdy spoke. Later, Clinton said she ...": she is the other speaker
    if _reports_clause_before(after, pronoun):
        return ""  # "Kim Tate backed Jo Lee, he said": he is who reports it, the one resolved, not Jo Lee
    sex = "m" if pronoun.group(1).lower() in _MALE else "f"
    return "" if _sex_before(_sentence_before(text, pos, 150), sex) else sex


def _sex_before(before: str, sex: str) -> bool:
    """Whether ``before`` (the sentence before a mention) holds "himself" or "herself" of ``sex``: the clause's subject
    is someone else of that sex, whom a later he/she goes on with ("The singer posted photos of herself with Jo Lee,
    writing that she ...").

    >>> _sex_before("The singer posted photos of herself with ", "f"), _sex_before("In her speech, ", "f")
    (True, False)
    """
    return re.search(r"\b" + ("himself" if sex == "m" else "herself") + r"\b", before, re.IGNORECASE) is not None


_TRAILING_CUE = re.compile(r"\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?=\s*[.,;!?])")
"""After a pronoun: a reporting verb it is the subject of, maybe after an adverb in -ly ("he firmly said"), that ends
its clause (not "When Jo Lee won, he said he was glad")."""


def _reports_clause_before(after: str, pronoun: re.Match) -> bool:
    """Whether the he/she ``pronoun`` found in ``after`` (the text after a mention) is the subject of a reporting
    verb set off by a comma after the mention's clause, in its sentence ("Kim Tate backed Jo Lee, he said"): he
    reports the clause, so he stands for whoever speaks, not for a name inside what he says.

    Example
    -------
    >>> after = " in the race, he said."
    >>> _reports_clause_before(after, _PRONOUN_AFTER.search(after))
    True
    >>> after = " spoke, and he said no."
    >>> _reports_clause_before(after, _PRONOUN_AFTER.search(after))
    False
    >>> after = " won, he said he was glad."
    >>> _reports_clause_before(after, _PRONOUN_AFTER.search(after))
    False
    """
    verb = _TRAILING_CUE.match(after, pronoun.end())
    return pronoun.group(1).lower() in {"he", "she"} and verb is not None and verb.group(1) in REPORTING_WORDS \
        and re.search(r",[”\"’']?\s*$", after[:pronoun.start()]) is not None \
        and not re.search(r"[.!?;]", after[:pronoun.start()])


_OBJECT_AFTER = re.compile(r"\s*[,.;:!?)]|\s+(?:to|for|as|in|on|at|with|from|and|or|that|the|a|an|of|by|into|about|up|"
                           r"out|back|down|over|this|last|on)\b")
"""After "her": it is an object ("suggested her for"), not a possessive ("her sister")."""
_CAPITAL_INSIDE = re.compile(r"(?<![.!?\s])\s+\p{Lu}\p{Ll}")
"""A capitalised word inside a sentence (not opening it): maybe another person a his/her/him belongs to."""
_CAPITAL_THEN_WORD = re.compile(r"\b\p{Lu}[\w'’-]+\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b")
"""A capitalised word and the word after it: a reporting verb there makes it the subject of another clause."""


@functools.lru_cache(maxsize=1)
def nickname_table():
    """The ``nicknames`` package's table of given names and their nicknames, loaded once, when a name is first
    compared or a gender first guessed (``import newskit`` stays quick)."""
    from nicknames import NickNamer

    return NickNamer()


def given_name(word: str) -> bool:
    """Whether ``word`` is a known given name or nickname: in the lexicon's lists of given names (those of both
    men and women too) or with a gender :func:`given_name_gender` knows ("Bill", "Chris", "Barack"; not "New",
    nor "Van", a nickname only of "Sullivan"); looked up with its accents folded (:func:`unaccented`: "Ângela").

    Example
    -------
    >>> given_name("Bill"), given_name("Chris"), given_name("Barack"), given_name("New"), given_name("van")
    (True, True, True, False, False)
    """
    return unaccented(word) in UNISEX_GIVEN_NAMES or bool(given_name_gender(word))


@functools.lru_cache(maxsize=4096)
def given_name_gender(word: str) -> str:
    """"m" or "f" when ``word`` is a given name borne mostly by men or by women (the lexicon's lists, and a
    nickname whose full names the lists agree on: "Bernie", "Liz"); "" otherwise (unknown, or borne by both:
    "Chris", "Jo"). Accents are folded before the look-up: "Ângela" is "Angela".

    Example
    -------
    >>> given_name_gender("Bernie"), given_name_gender("Liz"), given_name_gender("Chris"), given_name_gender("Xu")
    ('m', 'f', '', '')
    """
    word = unaccented(word).rstrip(".")
    if word in UNISEX_GIVEN_NAMES or not word.isalpha():
        return ""
    if word in MALE_GIVEN_NAMES or word in FEMALE_GIVEN_NAMES:
        return "m" if word in MALE_GIVEN_NAMES else "f"
    full = {"m" if n in MALE_GIVEN_NAMES else "f" for n in nickname_table().canonicals_of(word)
            if n in MALE_GIVEN_NAMES or n in FEMALE_GIVEN_NAMES}
    return full.pop() if len(full) == 1 else ""


def _mention_places(text: str, names: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Name -> (start, end) of each mention: its full form, and its family name alone (:func:`family_name`) where
    not written inside a full name and no other name has that family name (a shared "Cheney" could be any of them)."""
    surnames = collections.Counter(map(family_name, names))
    found = WordFinder(f for n in names for f in (n, family_name(n))).find(text)
    full = [(pos, pos + len(form)) for pos, form in found if " " in form]
    places: dict[str, list[tuple[int, int]]] = {}
    for name in names:
        surname = family_name(name)
        for pos, form in found:
            if form == name or (form == surname and surnames[surname] == 1
                                and not any(a <= pos < b for a, b in full)):
                places.setdefault(name, []).append((pos, pos + len(form)))
    return places


def _one_bearer(text: str, name: str, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The mentions ``places`` of ``name`` that are surely its bearer's: its surname alone is left out where the
    text writes it after titles of both genders ("Mr. Moss" and "Mrs. Moss": two people share it, whatever full
    name the text gives each).

    Example
    -------
    >>> text = "Kim Moss came. Mr. Moss spoke; Mrs. Moss did not."
    >>> _one_bearer(text, "Kim Moss", [(0, 8), (19, 23), (35, 39)])
    [(0, 8)]
    """
    alone = [(pos, end) for pos, end in places if end - pos < len(name)]
    votes = [_title_votes(text, pos) for pos, _ in alone]
    if any(male for male, _ in votes) and any(female for _, female in votes):
        return [place for place in places if place not in alone]
    return places


def genders(text: str, names: list[str]) -> dict[str, str]:
    """Name -> "m" or "f" where the text shows it: the title or role word before a mention ("Mr", "Lady",
    "spokeswoman"; a role word in -man not against a woman's given name, nor, with no given name of either sex,
    against "she" after a mention and "he" after none), else the first given name borne mostly by
    one sex (:func:`given_name_gender`), else the he/his/him or she/her pronouns that follow its mentions
    (:func:`_pronoun_vote`, one per mention; none past another person's given name or surname: "Jo was found after
    she").

    Example
    -------
    >>> genders("Jo Bloggs spoke. She left. Sam Smith came; his car broke.", ["Jo Bloggs", "Sam Smith"])
    {'Jo Bloggs': 'f', 'Sam Smith': 'm'}
    >>> genders("A call from Bernie Sanders came as she spoke.", ["Bernie Sanders"])
    {'Bernie Sanders': 'm'}
    >>> genders("Party spokesman Mary Cole spoke. Jo Bloggs came.", ["Mary Cole", "Jo Bloggs"])
    {'Mary Cole': 'f'}
    >>> genders("Kim Moss spoke. Jo was found after she ran.", ["Kim Moss", "Jo Bloggs"])
    {}
    >>> genders("Chairman Kim Moss spoke. She left.", ["Kim Moss"])
    {'Kim Moss': 'f'}
    """
    found: dict[str, str] = {}
    others = WordFinder(form for n in names for form in (family_name(n), n.split()[0]))
    places = _mention_places(text, names)
    for name in names:
        forms = {name, family_name(name), name.split()[0]}
        strong, weak = {"m": 0, "f": 0}, {"m": 0, "f": 0}
        given = next(filter(None, map(given_name_gender, name.split()[:-1])), "")  # "PM Theresa May": Theresa
        mentions = _one_bearer(text, name, places.get(name, []))
        for pos, end in mentions:
            vote = _pronoun_vote(text, pos, end, forms, others)
            if vote:
                weak[vote] += 1
        woman = given or ("f" if weak["f"] and not weak["m"] else "")  # "Chairman Kim Tate spoke. She ..."
        for pos, _ in mentions:
            male, female = _title_votes(text, pos, woman)
            strong["m"] += male
            strong["f"] += female
        for votes in (strong, {"m": given == "m", "f": given == "f"}, weak):
            if votes["m"] != votes["f"]:
                found[name] = "m" if votes["m"] > votes["f"] else "f"
                break
    return found


def _after_the(text: str, pos: int) -> bool:
    """Whether "the" or "The" (a word of its own) and white space come just before ``pos``."""
    start = pos
    while start > 0 and _SPACE.match(text, start - 1):
        start -= 1
    return start < pos and text[max(0, start - 3):start] in ("the", "The") and start >= 3 and (
        start == 3 or not re.match(r"\w", text[start - 4]))


def headline_names(body: str, titles: list[str], names: list[str]) -> list[str]:
    """Full names that headlines (``titles``: a headline, subheads, captions; and the title-case lines of ``body``)
    write for a person the rest of ``body`` calls by surname only, as the subject of a reporting verb, and
    ``names`` (the body's) do not name: a capitalised word, a given name, the line's first or any in a line not in
    title case ("Unions back Jo Lee"), before such a surname, alone or after a title ("Jo Lee Says The Port Deal Is
    Dead ¶ ... “...,” Lee said", "Ms. Lee said": Jo Lee).

    Example
    -------
    >>> body = "The deal collapsed.\\n\\n“No,” Lee said."
    >>> headline_names(body, ["Jo Lee Says The Port Deal Is Dead"], [])
    ['Jo Lee']
    >>> headline_names(body, ["Jo Lee Says No"], ["Al Lee"]), headline_names(body, ["Elm Port Lee Says No"], [])
    ([], [])
    """
    lines = titles + [body[lo:hi] for lo, hi in title_case_lines(body)]
    alone = _alone_words(body) - {name.split()[-1] for name in names}
    found = [name for line in lines for name in _line_names(line, alone)]
    return [n for n in dict.fromkeys(found) if n not in names and _speaks_by_surname(body, n)]


def _alone_words(text: str) -> set[str]:
    """The capitalised words ``text`` writes with no capitalised word next to them but a title before ("Ms. Lee").

    Example
    -------
    >>> sorted(_alone_words("Ms. Lee met Jo Roe in Elmton."))
    ['Elmton', 'Lee']
    """
    words = [t for t, _, _ in tokens(text)]
    return {w for k, w in enumerate(words) if w[:1].isupper() and not any(
        x[:1].isupper() and x.lower().rstrip(".") not in _TITLES for x in words[max(k - 1, 0):k])
        and not any(x[:1].isupper() for x in words[k + 1:k + 2])}


def _line_names(line: str, alone: set[str]) -> list[str]:
    """Two-word names a headline ``line`` writes ending in a word of ``alone``: a capitalised word, no function
    word nor a sentence's opener ("How Lee won"), before it, that is the line's first or a given name, or any in a
    line not in title case; never the word written twice (an image's text before its caption: "Elmco Elmco holds")
    nor a word in capitals that is no given name (a kicker: "SET UP ALERTS Elmco is ...").

    >>> _line_names("Jo Lee wins", {"Lee"}), _line_names("How Lee went from film to drugs", {"Lee"})
    (['Jo Lee'], [])
    >>> _line_names("Elmco Elmco holds data", {"Elmco"}), _line_names("SET UP ALERTS Elmco is helping", {"Elmco"})
    ([], [])
    """
    title, cased = [t for t, _, _ in tokens(line)], _title_case(line)
    return [f"{x} {w}" for k, (x, w) in enumerate(zip(title, title[1:])) if w in alone and x[:1].isupper() and x != w
            and x.lower() not in _FUNCTION_WORDS | SENTENCE_OPENERS and (k == 0 or given_name(x) or not cased)
            and not (len(x) > 1 and x.isupper() and not given_name(x.title()))]


def not_people(text: str, names: list[str]) -> set[str]:
    """Names the text writes after "the" ("the Occupy Wall Street movement", "the Khmer Rouge") or before
    a word that makes them an institution ("Haw Par" of "Haw Par Corporation"): not people; nor a name the text
    describes as an organisation in apposition ("Elm Lee, the 90-year-old camera company,"), even one that speaks.

    Example
    -------
    >>> sorted(not_people("The Apostolic Palace and Jo Bloggs.", ["Apostolic Palace", "Jo Bloggs"]))
    ['Apostolic Palace']
    >>> sorted(not_people("Tan Lee Holdings Corporation said. Tan Lee agreed.", ["Tan Lee"]))
    ['Tan Lee']
    >>> sorted(not_people("Elm Lee, the camera company, fell. Lee said so.", ["Elm Lee"]))
    ['Elm Lee']
    """
    found, described = set(), set()
    for pos, name in WordFinder(names).find(text, overlapping=True):
        if _after_the(text, pos) or _institution_after(text, pos + len(name)):
            found.add(name)
        if _DESCRIBED_BODY.match(text, pos + len(name)):
            described.add(name)
    return described | {name for name in names if name in found and not _speaks_by_surname(text, name)}


_DESCRIBED_BODY = re.compile(rf",\s+(?:the|an?)\s+(?:(?!(?:{alternation(_FUNCTION_WORDS)})\s)[\w'’-]+\s+){{0,3}}"
                             rf"(?:{alternation(ORGANISATION_DESCRIPTIONS)})\s*[,.;:)]")
"""An appositive after a name that describes an organisation (", the 90-year-old camera company,")."""


_WORD_CUE = re.compile(r"(\p{Lu}[\w'’-]+)\s+(\p{Ll}+)\b|\b(\p{Ll}+)\s+(\p{Lu}[\w'’-]+)(?![\w'’-]|\s+\p{Lu})")


def _speaks_by_surname(text: str, name: str) -> bool:
    """Whether the last word of ``name`` (three words at most), written alone (no capitalised word but a title before it, none
    after it), is the subject of a reporting verb ("Cruz said", "said Mr. Cruz"): a person, though the text
    also writes the name as a thing's ("the Ted Cruz campaign", "the Rush Limbaugh Show"). Not when the last
    word ends institutions' names ("Journal") or the first word is a common word the text writes in lower
    case and no known given name ("the Stop Bloggs campaign").

    Example
    -------
    >>> _speaks_by_surname("The Jo Bloggs campaign grew. Mr. Bloggs said so.", "Jo Bloggs")
    True
    >>> _speaks_by_surname("The Daily Journal ran it. The Journal said so.", "Daily Journal")
    False
    >>> _speaks_by_surname("The Stop Bloggs group grew. Bloggs said stop.", "Stop Bloggs")
    False
    """
    first, last = name.split()[0], name.split()[-1]
    if len(name.split()) > 3 or INSTITUTION.fullmatch(last) or last.lower() in NOT_PERSON_NAME_ENDS \
            or _common_first_word(first, text):
        return False
    for match in _WORD_CUE.finditer(text):
        word, cue, at = (match.group(1), match.group(2), match.start(1)) if match.group(1) else \
            (match.group(4), match.group(3), match.start(4))
        before = re.search(r"(\p{Lu}[\w'’-]*)\.?\s+$", text[max(0, at - 30):at])
        if word == last and cue in REPORTING_WORDS and (not before or before.group(1).lower() in _TITLES):
            return True
    return False


_CAPITALS_AFTER = re.compile(r"(?:[^\S\n]+\p{Lu}[\w&’'-]*){1,3}")


def _institution_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` goes on, within three capitalised words, into an institution word
    written with a capital ("Haw Par Corporation", "Tan Lee Holdings Group")."""
    return bool(_institution_tail(text, end))


def _institution_tail(text: str, end: int) -> str:
    """The capitalised words after ``end`` up to and with the last institution word among them, else ""."""
    match = _CAPITALS_AFTER.match(text, end)
    words = match.group().split() if match else []
    last = max((i for i, w in enumerate(words) if w[0].isupper() and INSTITUTION.fullmatch(w)), default=-1)
    return " ".join(words[:last + 1])


def initials(name: str) -> str:
    """The initials of the capitalised words of a proper name of two capitalised words or more, its joining words
    left out (:data:`newskit.text.lexicon.NAME_JOINING_WORDS`); "" for any other text.

    Example
    -------
    >>> initials("the Office of Foreign Assets Control"), initials("Treasury officials")
    ('OFAC', '')
    """
    words = [w for w in re.sub(r"^[Tt]he\s+", "", canonical(name)).split() if w not in NAME_JOINING_WORDS | _PARTICLES]
    capitals = [w for w in words if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(capitals) == len(words) > 1 else ""


_ACRONYM_DEFINED = re.compile(rf"((?:\p{{Lu}}[\w&'’.-]*\s+(?:(?:{alternation(NAME_JOINING_WORDS)})\s+)*){{1,8}})"
                              r"\((\p{Lu}{2,6})\)")


def defined_acronyms(text: str) -> list[tuple[str, str]]:
    """(acronym, name) pairs the text defines: an acronym in brackets after the name it is the initials of
    (:func:`initials`: "the Elmshire Water Authority (EWA)"; the country before it may be left out: "U.S. Immigration
    and Customs Enforcement (ICE)").

    Example
    -------
    >>> defined_acronyms("The Elmshire Water Authority (EWA) met the U.S. Office of Elm Affairs (OEA).")
    [('EWA', 'Elmshire Water Authority'), ('OEA', 'Office of Elm Affairs')]
    """
    pairs = []
    for match in _ACRONYM_DEFINED.finditer(text):
        words = re.sub(r"^[Tt]he\s+", "", match[1]).split()
        pairs += [(match[2], " ".join(words[i:])) for i in range(len(words) - 1)
                  if initials(" ".join(words[i:])) == match[2]][:1]
    return pairs


def institution_names(text: str, names: list[str]) -> dict[str, str]:
    """Name -> the institution it is written as the head of ("Haw Par" -> "Haw Par Corporation"): what a
    cue's subject written short stands for.

    Example
    -------
    >>> institution_names("Tan Lee Holdings Corporation said. Tan Lee agreed.", ["Tan Lee"])
    {'Tan Lee': 'Tan Lee Holdings Corporation'}
    """
    found: dict[str, str] = {}
    for pos, name in WordFinder(names).find(text, overlapping=True):
        tail = _institution_tail(text, pos + len(name))
        if tail and name not in found:
            found[name] = f"{name} {tail}"
    return found


_TITLED_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]+)\.?\s+(\p{Lu}\p{Ll}[\w'’-]*)")
"""A word, maybe abbreviated, then a capitalised one: a title and a person's name when the first is a title."""
_CAPITAL_WORD = re.compile(r"(?<![\w'’.&-])\p{Lu}\p{Ll}[\w'’-]*(?=[^\S\n]+\p{Lu})")


def institution_heads(text: str, names: list[str]) -> list[str]:
    """One-word names the text writes as the first word of an institution's name ("Elmwood" of "Elmwood University"),
    for :func:`institution_names` to read the word alone as that institution ("Elmwood said"): no word of a person's
    name (``names``) nor one written after a title ("Mr. Oak", "President Oak": a person's), no institution word itself
    ("University of Elm"), no function word ("The Elm Council") nor word the text writes in lower case ("National Elm
    Council ... a national body").

    Example
    -------
    >>> institution_heads("Elmwood University, a college, said so. The University of Oak and Jo Lee Institute met.",
    ...                   ["Jo Lee"])
    ['Elmwood']
    >>> institution_heads("President Oak spoke at Oak University.", [])
    []
    """
    found = {m.group() for m in _CAPITAL_WORD.finditer(text) if _institution_tail(text, m.end())}
    found -= {word for name in names for word in name.split()}
    found -= {m.group(2) for m in _TITLED_WORD.finditer(text) if m.group(1).lower() in _NAME_TITLES}
    return sorted(word for word in found if not INSTITUTION.fullmatch(word)
                  and word.lower() not in _FUNCTION_WORDS and not re.search(rf"\b{re.escape(word.lower())}\b", text))


_SINGLE_NAME = re.compile(
    rf"(?:\b[\w]+-year-old\s+(\p{{Lu}}\p{{Ll}}+)\b(?!\s+(?:{alternation(DESCRIBED_PERSONS)})\b|,\s+\p{{Lu}}[\w.]*,))|"
    r"(?:\b(\p{Lu}\p{Ll}+),\s+(?:an?\s+)?(?:\d{1,3}|[\w-]+-year-old)\b)")
"""One name after an age ("Thirteen-year-old Bennett"; not a place, "a 26-year-old Leipzig man", "a 52-year-old Elm,
N.H., resident") or before one ("Val, 51,")."""


_SINGLE_ROLE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))(\p{Lu}\p{Ll}+),\s+(?:an?|the)\s+((?:[\w’'-]+\s+){0,3}?\p{Ll}[\w-]*)\b")
_AGENT_END = ("er", "or", "ist", "ian", "ant", "ent")
_NOT_AGENTS = {"another", "whether", "however", "together", "rather", "further", "important", "different", "recent",
               "current", "percent", "silent", "distant", "elegant", "brilliant", "pleasant", "ancient"}


def single_names(text: str, names: list[str]) -> list[str]:
    """People the text calls by one name, shown by an age beside it ("Thirteen-year-old Bennett",
    "Laura, a 50-year-old mystery shopper", "Val, 51,") or by a role after it at the start of a sentence
    ("Rajagopalan, a student at ...") or "who" after it there ("Mathias, who works"), or by a relative of theirs
    after their verb (:func:`_with_kin`: "Zuzu is mourning the death of her cousin"), unless that word belongs to a
    longer name.

    Example
    -------
    >>> single_names("Laura, a 50-year-old shopper, smiled.", [])
    ['Laura']
    >>> single_names("Zeina, a twenty-something student, fears it.", [])
    ['Zeina']
    """
    parts = {w for n in names for w in n.split()}
    found = []
    for match in _SINGLE_NAME.finditer(text):
        word = match.group(1) or match.group(2)
        if word not in parts and word.lower() not in _FUNCTION_WORDS | _ROLE_WORDS:
            found.append(word)
    for match in _SINGLE_ROLE.finditer(text):
        word = match.group(1)
        described = re.split(r"[,.;:]", text[match.start(2):match.start(2) + 60])[0].split()[:4]
        openers = _FUNCTION_WORDS | _ROLE_WORDS | _TIME_NOUNS | SENTENCE_OPENERS  # "Nevertheless, the incident"
        if word not in parts and word.lower() not in openers and any(
                role in _ROLE_WORDS or (role.endswith(_AGENT_END) and len(role) > 5 and role not in _NOT_AGENTS)
                for role in described):
            found.append(word)  # "Zeina, a twenty-something student, fears": a noun of the description
    for match in _SINGLE_WHO.finditer(text):
        word = match.group(1)
        if word not in parts and word.lower() not in _FUNCTION_WORDS | _ROLE_WORDS | _TIME_NOUNS:
            found.append(word)
    return list(dict.fromkeys(found + _with_kin(text, parts)))


_SINGLE_KIN = re.compile(rf"(?:^|(?<=\n)|(?<=[.!?,:—–-]\s))(\p{{Lu}}\p{{Ll}}+)(?![^\S\n]+(?:with|of|to|from|for)\b)"
                         rf"[^\S\n]+\p{{Ll}}[^.!?;\n]{{0,60}}?\b(?:her|his)[^\S\n]+(?:{alternation(KIN_NOUNS)})\b")
"""A capitalised word opening a clause, then within the clause "her" or "his" and a relative; not a word before
"with", "of", "to" ... ("Along with her husband", "Ahead of his son"): a preposition's first word, no name."""


def _with_kin(text: str, parts: set[str]) -> list[str]:
    """People a clause shows by one name as the subject of a verb whose "her" or "his" relative follows
    (:data:`~newskit.text.lexicon.KIN_NOUNS`): "Zuzu is mourning the death of her cousin", "Then, Zuzu posted a clip of
    her cousin"; not a word of a longer name (``parts``), an opener, a role or a group.

    Example
    -------
    >>> _with_kin("NEW YORK — Zuzu is mourning the death of her cousin.", set())
    ['Zuzu']
    >>> _with_kin("Police said his brother left. Zuzu Lane lost her aunt.", set())
    []
    >>> _with_kin("Zuzu lost her son.", {"Zuzu"})
    []
    >>> _with_kin("Along with her husband, Zuzu has given.", set())
    []
    """
    skip = _FUNCTION_WORDS | _ROLE_WORDS | _TIME_NOUNS | SENTENCE_OPENERS | PLURAL_NOUNS | PLURAL_ROLES | GROUP_NOUNS
    found = [m.group(1) for m in _SINGLE_KIN.finditer(text)]
    return [w for w in found if w not in parts and w.lower() not in skip and w.lower()[:-1] not in _ROLE_WORDS
            and not place_name(w)]


_SINGLE_WHO = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))(\p{Lu}\p{Ll}+),\s+who\b")
"""A single capitalised word opening a sentence and described by "who": a person ("Mathias, who works")."""

_INTRODUCED = re.compile(r"^[^\S\n]*(\p{Lu}[\w’'-]+(?:[^\S\n]+\p{Lu}[\w’'-]+){1,2}),[^\S\n]*\d{1,3}"
                         r"(?:,[^\S\n]*\p{Lu}[\w.’'-]*(?:[^\S\n]+\p{Lu}[\w.’'-]*)*)*[^\S\n]*$", re.MULTILINE)


def introduced_names(text: str) -> list[str]:
    """Names introducing a person on a line of their own, with an age ("Jo Ruiz, 26, Baltimore, Maryland"):
    the lines a profile piece sets above each person's part, outside the body text.

    Example
    -------
    >>> introduced_names("Jo Ruiz, 26, Baltimore, Maryland\\n“I left,” she said.")
    ['Jo Ruiz']
    >>> introduced_names("Farmer Jo Ruiz, 58, watched the river.")
    []
    """
    return list(dict.fromkeys(m.group(1) for m in _INTRODUCED.finditer(text) if person_name(m.group(1).split())))
