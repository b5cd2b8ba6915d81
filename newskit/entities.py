"""One entity per source across the versions of a story: the ways copy writes a source, resolved.

Versions of one story write the same source differently: "Donald Trump" and "Trump", "President
Trump" and "Trump's", "The Associated Press" and "AP", "JOHN SMITH" in one byline and "John Smith"
in another, "U.S. intelligence agencies" and "US intelligence agencies", "Nigeria's government" and "the Nigerian
government". :func:`name_key` writes a name in one plain form (case folded, possessive, "the", titles, middle initials
and the full stops of abbreviations dropped, an agency under its canonical name, a country before other words as its
nationality adjective); forms with one key are one entity.
A surname written alone ("Trump", "Mr. Trump") joins the one full name of the story that ends in it; when two people
share the surname, it joins the one of them cited as a source ("Hunter" said, "Duncan Hunter" said, "his wife,
Margaret Hunter" never cited), and stays apart when both are ("Liz Cheney", "Mary Cheney"). Spellings of one name by
two transliteration systems ("Volodymyr Zelenskiy", "Volodymyr Zelensky"; "Gaddafi", "Qaddafi":
:func:`transliterations`) are one person when the story gives no reason to think them two: the same given name, or a
surname only ever written alone. Likewise a capitalised one-word name of a body ("the Times") joins the one longer
proper name ending in it ("The New York Times"; not "Officials" -> "Russian officials"), a body's name of two words
or more the one longer body name ending in it (:func:`_tail_links`: "U.S. Attorney's Office", "Elmshire's U.S.
Attorney's Office"), and a short form joins the one longer form it stands for (:func:`_short_form_links`): "OFAC"
and "Office of Foreign Assets Control", "Treasury Department" and "U.S. Department of the Treasury", "spokesperson
for Grassley" and "Chuck Grassley's spokesperson", "RFE/RL staff" credited and "RFE/RL", "the committee" and the one
"House Ethics Committee"; and a short form the text defines (:func:`defined_aliases`: "the Elmshire Water Authority
(EWA)", "the agency, the EWA,") joins the one name it is defined as. Descriptions of unnamed sources: "the aide"
joins the earlier "a senior Democratic aide" of its version (:func:`description_antecedents`; "the paper" the medium
cited before it), two versions' descriptions with one head noun and the same words, order free, are one source
(:func:`described_alike`: "senior Democratic aide", "Democratic senior committee aide"; never two people of one
version), and so are two versions' halves of one body's name (:func:`body_halves`: "Justice officials", "Department
officials"). A title written alone ("the president said", in a version giving it to no name) joins the one person
the other versions give it to ("President Trump"; :func:`titled_alike`). The forms are grouped with
:func:`newskit.matching.linked_groups`.

:func:`source_entities` is the table of a story: one row per form, with the entity it belongs to.
Columns:

``entity``        the canonical name: an agency's canonical name; else the fullest form (not after a word in
                  -ing, not a body's staff, not all capitals, no possessive, not a common noun standing for a
                  name, most words), then the most used, then the first written; a given name in capitals
                  opening it written as a name ("MICHAEL Lee": Michael Lee).
``role``          ``"source"`` (cited in body text for words said), ``"view"`` (cited in body text for a view
                  held: "believes", "endorsed"; :func:`attribution_role`) or ``"credit"`` (credit line,
                  byline, dateline, photo credit: the version's own makers, never a source cited).
``source_type``   the entity's most frequent type (:data:`newskit.cues.SOURCE_TYPES`).
``form``          the source as :func:`newskit.attributions` (column ``source``) or
                  :func:`newskit.quotes` (column ``speaker``) writes it.
``versions``      the versions that write this form, in story order, joined by ", ".
``attributions``  rows of :func:`newskit.attributions` with this form and role.
``quotations``    quotations of :func:`newskit.quotes` whose speaker is this form (role "source").

Sorted by role (sources, views, credits), entity, then form.

Example
-------
>>> from newskit.story import story_from_texts
>>> story = story_from_texts({"a": "Donald Trump said no.", "b": "Trump said no, AP reported.",
...                           "c": "Trump's aides said no, The Associated Press reported."})
>>> source_entities(story)[["entity", "form", "versions"]].values.tolist()
[['AP', 'AP', 'b'], ['AP', 'Associated Press', 'c'], ['Donald Trump', 'Donald Trump', 'a'], \
['Donald Trump', 'Trump', 'b'], ["Trump's aides", "Trump's aides", 'c']]
"""

from __future__ import annotations

import functools

from newskit.text import letters as re

import pandas as pd
from rapidfuzz.distance import Levenshtein

from .cues import OWNER_BEFORE_NAME, same_given_name, source_type, titled_name, view_cue
from .matching import linked_groups
from .quotations import quotes
from .sources import attributions
from .speakers import PRONOUNS, before_affiliation, defined_acronyms, first_word_names, initials, name_forms, \
    page_cased, region_name, role_phrase
from .story import story_table
from .text.lexicon import (AGENCY_FORMS, AGENT_NOUNS, BODY_HEADS, COUNTRY_ABBREVIATIONS, COUNTRY_DEMONYMS, DEMONYMS,
                           EDITION_WORDS, FORCE_NOUNS, GENERATIONAL_SUFFIXES, INITIALS_OF, LEGAL_FORMS,
                           LIST_CONJUNCTIONS, MEDIUM_NOUNS, NAME_BREAKS, NAME_JOINING_WORDS, NAME_PARTICLES,
                           NAME_TITLES, PARTY_MEMBERS, PERSON_NOUNS, PLURAL_ROLES, STAFF_COLLECTIVES)
from .text.tokens import unaccented
from .text.typography import canonical as plain
from .text.visible import visible_text

ENTITY_COLUMNS = ["entity", "role", "source_type", "form", "versions", "attributions", "quotations"]
ROLES = ("source", "view", "credit")


_AGENCY_NAMES = {form: name for name, forms in AGENCY_FORMS.items() for form in (name, *forms)}
_AGENCY_KEYS = {re.sub(r"[.\s]+", " ", form).strip().casefold(): name for form, name in _AGENCY_NAMES.items()}
_POSSESSIVE = re.compile(r"'s?(?=\s|$)")
_LINK_WORDS = NAME_JOINING_WORDS | NAME_PARTICLES  # inside a name: "Bank of England"
_ABBREVIATION = re.compile(r"\b(?:[\p{Lu}\p{Ll}]\.){2,}")
_COUNTRY_PREFIXES = COUNTRY_ABBREVIATIONS | DEMONYMS
_FIELD_AFTER_HEAD = re.compile(rf"((?:{'|'.join(_COUNTRY_PREFIXES)}) )?({'|'.join(BODY_HEADS)}) of (?:the )?(.+)")
_STAFF_ENDS = [[word] for word in STAFF_COLLECTIVES]
_ONE_SPOKEN_FOR = re.compile(rf"({'|'.join(AGENT_NOUNS)}) (?:for|of|to) (.+)")


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """``name`` in one plain form: what two ways of writing one source have in common.

    Case folded; a possessive ending, a leading "the", a company's legal form closing it
    (:data:`newskit.text.lexicon.LEGAL_FORMS`: "Elm Corp."), a function word that opens the sentence before a
    name (:data:`newskit.text.lexicon.NAME_BREAKS`: "But Trump"), a word telling which one of a kind it is
    (:data:`newskit.text.lexicon.EDITION_WORDS`: "new Elm-Poll survey") or a word in -ing before its title
    (:func:`_verb_before_title`: "Following President Trump"), titles before a name
    (:data:`newskit.text.lexicon.NAME_TITLES`; not before a lower-case word or a body's head noun: "Justice
    officials" are no "officials", the "Justice Department" no "department"), middle initials, the full stops of
    abbreviations and other punctuation left out; a wire agency under its canonical name; a body's head noun written
    after its field (:func:`_head_last`: "Department of the Treasury" -> "treasury department"); a country's name
    before other words as its nationality adjective (:func:`_demonym_first`: "Nigeria's government" -> "nigerian
    government").

    Example
    -------
    >>> [name_key(n) for n in ["Donald J. Trump", "President Trump's", "The Associated Press", "A.P.",
    ...                        "U.S. intelligence agencies", "JOHN  SMITH", "But President Trump"]]
    ['donald trump', 'trump', 'ap', 'ap', 'us intelligence agencies', 'john smith', 'trump']
    >>> [name_key(n) for n in ["Following President Jo Lee", "Justice officials", "Justice Department"]]
    ['jo lee', 'justice officials', 'justice department']
    >>> [name_key(n) for n in ["new Elm-Poll survey", "New Elm Party"]]
    ['elm-poll survey', 'new elm party']
    >>> [name_key(n) for n in ["CBS Corporation", "Elm Corp.", "Elm & Co.", "Elm Holdings"]]  # a legal form left out
    ['cbs', 'elm', 'elm', 'elm holdings']
    """
    text = _POSSESSIVE.sub("", plain(str(name)).strip())
    text = _ABBREVIATION.sub(lambda m: m.group().replace(".", ""), text)
    cased = re.sub(r"[^\w\s&/-]", " ", text).split()
    words = [w.casefold() for w in cased]
    while len(words) > 1 and (words[0] in NAME_BREAKS or _verb_before_title(words) or cased[0] in EDITION_WORDS):
        words, cased = words[1:], cased[1:]
    agency = _AGENCY_KEYS.get(" ".join(words))
    if agency:
        return agency.casefold()
    while len(words) > 1 and words[0] in NAME_TITLES and (words[1] in NAME_TITLES or not cased[1][:1].islower()) \
            and words[1] not in BODY_HEADS:
        words, cased = words[1:], cased[1:]
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1] == "&"):
        words = words[:-1]  # "Elm Corp.", "Elm & Co.": Elm
    return _demonym_first(_head_last(_initials_first(" ".join(w for i, w in enumerate(words)
                                                              if not (len(w) == 1 and 0 < i < len(words) - 1)))))


def _initials_first(key: str) -> str:
    """A key opening with a body's or a country's name spelled out written with its initials, as the other form
    writes it (:data:`newskit.text.lexicon.INITIALS_OF`).

    >>> _initials_first("united nations security council"), _initials_first("united states"), _initials_first("elm")
    ('un security council', 'us', 'elm')
    """
    words = key.split()
    initials = INITIALS_OF.get(" ".join(words[:2]))
    return " ".join([initials, *words[2:]]) if initials else key


def _demonym_first(key: str) -> str:
    """A key with a country's name before other words written as its nationality adjective
    (:data:`newskit.text.lexicon.COUNTRY_DEMONYMS`), as the other form writes it; a country named alone or last stays.

    Example
    -------
    >>> [_demonym_first(k) for k in ["elbonia government", "nigeria government", "niger government", "nigeria"]]
    ['elbonia government', 'nigerian government', 'nigerien government', 'nigeria']
    """
    words = key.split()
    return " ".join([COUNTRY_DEMONYMS.get(w, w) for w in words[:-1]] + words[-1:])


def _verb_before_title(words: list[str]) -> bool:
    """Whether the key's words open with a word in -ing before a title (:data:`newskit.text.lexicon.NAME_TITLES`):
    the verb or preposition of the clause the name is read from ("following president jo lee"), no part of it.

    Example
    -------
    >>> _verb_before_title(["following", "president", "jo", "lee"]), _verb_before_title(["sterling", "jo", "lee"])
    (True, False)
    """
    return len(words) > 2 and len(words[0]) > 5 and words[0].endswith("ing") and words[1] in NAME_TITLES


def _head_last(key: str) -> str:
    """A key with a body's head noun (:data:`newskit.text.lexicon.BODY_HEADS`) after its field, as the shorter form
    writes it.

    Example
    -------
    >>> [_head_last(k) for k in ["us department of the treasury", "treasury department"]]
    ['us treasury department', 'treasury department']
    """
    body = _FIELD_AFTER_HEAD.fullmatch(key)
    return f"{body[1] or ''}{body[3]} {body[2]}" if body else key


def resolve_names(forms: list[str], people: set[str], full_names: list[str] = (), credits: set[str] = frozenset(),
                  aliases: list[tuple[str, str]] = (), written: dict[str, list[str]] | None = None) -> dict[str, str]:
    """Canonical name of each of ``forms``: forms with one :func:`name_key` are one entity, and a
    one-word person's name (in ``people``) joins the one full name ending in it, among the person
    forms and ``full_names`` (other names the story writes). A body's staff joins the body only as a credit (in
    ``credits``: "AP staff" on a byline; "White House staff said" cites the staff). ``aliases`` are (short, long)
    pairs the text defines (:func:`defined_aliases`) or the story's descriptions give (:func:`_aliases`): a short
    form joins the one long form it is defined as. ``written`` gives, for a form, the texts of the versions using it:
    a surname of several people joins the one they name or title alike (:func:`_written_carriers`). Forms
    come in order of first use, most used first among ties (see the module docstring for the canonical name).

    Example
    -------
    >>> resolve_names(["Trump", "Donald Trump", "AP"], {"Trump", "Donald Trump"})
    {'Trump': 'Donald Trump', 'Donald Trump': 'Donald Trump', 'AP': 'AP'}
    >>> resolve_names(["Cheney", "Liz Cheney", "Mary Cheney"], {"Cheney", "Liz Cheney", "Mary Cheney"})
    {'Cheney': 'Cheney', 'Liz Cheney': 'Liz Cheney', 'Mary Cheney': 'Mary Cheney'}
    """
    keys = {form: name_key(form) for form in forms}
    canonical = {}
    links = _name_links(keys, people, full_names, credits, written or {}) + _alias_links(aliases)
    for group in linked_groups(links):
        members = [item for side, item in group if side == "form"]
        if not members:
            continue  # names the text gives that no source is written as
        best = _canonical(members, keys)
        canonical.update(dict.fromkeys(members, best))
    return {form: canonical[form] for form in forms}


def _name_links(keys: dict[str, str], people: set[str], full_names, credits=frozenset(), written=None) -> list[tuple]:
    """Links between each form and its key, between a one-word key and the one longer key ending in it (a
    person's surname and a full name, or the one such full name cited as a source; a body's last word and its
    longer name), between spellings of one person's name (:func:`same_person_keys`) and between the short forms of
    :func:`_short_form_links`."""
    full, named = _longer_keys(keys, people, full_names)
    cited = {key for form, key in keys.items() if form in people and len(key.split()) > 1}
    roles = _role_links(keys, people, full)
    links = roles + _nickname_links(full)  # a role's key too: "Amy Berman Jackson" (ending in "Berman Jackson")
    full -= {key for (_, key), _ in roles}
    links += _second_surname_links(full, [*keys, *full_names])
    links += _short_form_links(keys, people, credits) + _head_noun_links(keys, people) + _owned_links(keys, people, full)
    links += _tail_links(named) + _force_links(set(keys.values())) + _placed_agent_links(set(keys.values()))
    surnames: set[str] = set()
    for form, key in keys.items():
        links.append((("form", form), ("key", key)))
        if len(key.split()) > 1 or not re.sub(r"^[Tt]he\s+", "", form)[:1].isupper():
            continue
        surnames.update([key] if form in people else [])
        carriers = _carriers(key, full) if form in people else {k for k in named if _ends_named(k, key)}
        if form in people and not _one_person(carriers):
            carriers = (carriers & cited) if _one_person(carriers & cited) else \
                _written_carriers(form, carriers, written or {})
        if _one_person(carriers) if form in people else len(carriers) == 1:
            links.extend((("key", key), ("key", k)) for k in carriers)
    return links + _surname_links(surnames, full)


def _owned_links(keys: dict[str, str], people: set[str], full: set[str]) -> list[tuple]:
    """Links between a person's form written after an owner's name in the possessive
    (:data:`newskit.cues.OWNER_BEFORE_NAME`: "Elm's Lee", where the owner is where the person works) and the one full
    name of a person (``full``) the words after it are or end; none where they name no one or several.

    Example
    -------
    >>> _owned_links({"Elm's Lee": "elm lee"}, {"Elm's Lee"}, {"jo lee"})
    [(('key', 'elm lee'), ('key', 'jo lee'))]
    >>> _owned_links({"Elm's Herald": "elm herald"}, {"Elm's Herald"}, {"jo lee"})
    []
    """
    links = []
    for form, key in keys.items():
        written = plain(form)
        owner = OWNER_BEFORE_NAME.match(written) if form in people else None
        owned = name_key(written[owner.end():]) if owner else ""
        others = full - {key}
        carriers = ({owned} & others or _carriers(owned, others)) if " " not in owned else {owned} & others
        if owned and _one_person(carriers):
            links.append((("key", key), ("key", carriers.pop())))
    return links


def _ends_named(longer: str, word: str) -> bool:
    """Whether the body's name ``longer`` (a key) ends in the one-word key ``word`` as its own name ("new york times",
    "times"), not as the place or field it names after "of" (:func:`_own_last_word`: "times of elmland": not
    "elmland").

    Example
    -------
    >>> _ends_named("new york times", "times"), _ends_named("times of elmland", "elmland")
    (True, False)
    """
    return longer.split()[-1] == word and _own_last_word(longer)


def _own_last_word(key: str) -> bool:
    """Whether the last word of ``key``, of two words or more, is the name's own, not a place or field after "of" or
    another joining word ("bank of elmland", "courier of elmland").

    >>> _own_last_word("jo lee"), _own_last_word("bank of elmland")
    (True, False)
    """
    return key.split()[-2] not in NAME_JOINING_WORDS


_FORCE_KEY = re.compile(rf"(?:(.+) )?({'|'.join(FORCE_NOUNS)})(?: ({'|'.join(BODY_HEADS)}))?")


def _force_links(values: set[str]) -> list[tuple]:
    """Links between the keys of one force (:data:`newskit.text.lexicon.FORCE_NOUNS`) when the story names the force of
    one place only: its noun alone, after the place and before a body's head ("police", "elmtown police", "elmtown
    police department"); the forces of two places ("elmtown police", "state police") stay apart, and so does a
    person ("elmtown police chief").

    Example
    -------
    >>> _force_links({"police", "elmtown police", "elmtown police department"})
    [(('key', 'elmtown police'), ('key', 'elmtown police department')), (('key', 'police'), ('key', 'elmtown police'))]
    >>> _force_links({"police", "elmtown police", "state police"})
    []
    """
    forces = {key: _FORCE_KEY.fullmatch(key) for key in values}
    placed = sorted(key for key, found in forces.items() if found and found[1])
    if len({forces[key][1] for key in placed}) != 1:
        return []
    bare = [key for key, found in forces.items() if found and not found[1] and not found[3]]
    links = [(("key", a), ("key", b)) for a, b in zip(placed, placed[1:])]
    return links + [(("key", key), ("key", placed[0])) for key in bare]


_PLACED_AGENT = re.compile(rf"(?:(?P<country>{'|'.join(_COUNTRY_PREFIXES)}) )?"
                           rf"(?P<agent>.*\b(?:{'|'.join(AGENT_NOUNS)}))"
                           r"(?: in (?P<place>\w+))?")


def _placed_agent_links(values: set[str]) -> list[tuple]:
    """Links between the keys of one agent described by whom it speaks for (:data:`newskit.text.lexicon.AGENT_NOUNS`:
    "ministry spokesman") written bare, after a country and with the place it speaks in ("german ministry spokesman",
    "ministry spokesman in elmton"), when the story writes that description with one country and one place at most;
    two countries ("german ...", "french ...") may be two agents and stay apart.

    Example
    -------
    >>> sorted(_placed_agent_links({"ministry spokesman", "german ministry spokesman", "ministry spokesman in elmton"}))
    [(('key', 'ministry spokesman'), ('key', 'german ministry spokesman')), \
(('key', 'ministry spokesman'), ('key', 'ministry spokesman in elmton'))]
    >>> _placed_agent_links({"ministry spokesman", "german ministry spokesman", "french ministry spokesman"})
    []
    """
    by_agent: dict[str, list[tuple[str, re.Match]]] = {}
    for key in values:
        found = _PLACED_AGENT.fullmatch(key)
        if found and " " in found["agent"]:
            by_agent.setdefault(found["agent"], []).append((key, found))
    links = []
    for agent, forms in by_agent.items():
        placed = [key for key, _ in forms if key != agent]
        if agent in values and placed and all(len({f[part] for _, f in forms} - {None}) <= 1
                                               for part in ("country", "place")):
            links += [(("key", agent), ("key", key)) for key in placed]
    return links


def _tail_links(named: set[str]) -> list[tuple]:
    """Links between a body's name of two words or more and the one longer name of a body ending in all its words
    ("us attorney office" and "southern district of california us attorney office", written with possessives).

    Example
    -------
    >>> _tail_links({"us attorney office", "southern district us attorney office", "elm bank"})
    [(('key', 'us attorney office'), ('key', 'southern district us attorney office'))]
    """
    links = []
    for key in sorted(named):
        longer = [k for k in named if k.endswith(f" {key}")]
        links += [(("key", key), ("key", longer[0]))] if len(longer) == 1 else []
    return links


def _head_noun_links(keys: dict[str, str], people: set[str]) -> list[tuple]:
    """Links between a body written by its head noun alone, one lower-case word in the singular ("the committee
    said"), and the one longer name of a body of the story ending in that noun and naming it or its owner with a
    capital after its first word ("the Elmshire Ethics Committee", "the Elmshire Post's editorial board"). A plural
    is a group, not the one body named ("officials", "Elmshire officials"); a person's role is left alone
    (:func:`_role_noun`: "official", "Elmshire Hall official"), and so is a description ("people", "Lots of people").

    Example
    -------
    >>> _head_noun_links({"committee": "committee", "Elmshire Ethics Committee": "elmshire ethics committee"}, set())
    [(('key', 'committee'), ('key', 'elmshire ethics committee'))]
    """
    links = []
    for form, key in keys.items():
        if form != key or " " in key or key.endswith("s") or form in people or _role_noun(key):
            continue
        longer = {k for f, k in keys.items() if f not in people and " " in k and k.split()[-1] == key
                  and any(w[:1].isupper() for w in f.split()[1:])}
        links += [(("key", key), ("key", longer.pop()))] if len(longer) == 1 else []
    return links


def _role_noun(noun: str) -> bool:
    """Whether ``noun`` names a person by a role (:data:`newskit.text.lexicon.PERSON_NOUNS`,
    :data:`newskit.text.lexicon.AGENT_NOUNS`, the singular of :data:`newskit.text.lexicon.PLURAL_ROLES`).

    Example
    -------
    >>> _role_noun("official"), _role_noun("spokesman"), _role_noun("committee")
    (True, True, False)
    """
    return noun in PERSON_NOUNS or noun in AGENT_NOUNS or f"{noun}s" in PLURAL_ROLES


def _role_links(keys: dict[str, str], people: set[str], full: set[str]) -> list[tuple]:
    """Links between a person's name written after a role of several words and that person's full name ("Fulton
    County District Attorney Ann Roe", "Ann Roe"): a key of three words or more that ends in the key of a full name
    of the story, when all the full names it ends in name one person (:func:`same_person_keys`) and the words
    before it hold no other person's full name, no comma and no lower-case "by" (a list of names, "Jo Doe, Al Roe
    and Mo Poe", or a credit, "Jo Doe edited by Al Roe", is no role). A name before its body after "of" ("Professor
    Ann Roe of Elm University", typed as the body) is read up to "of" (:func:`_named_part`).

    Example
    -------
    >>> _role_links({"Ann Roe of Elm University": "ann roe of elm university"}, set(), {"ann roe"})
    [(('key', 'ann roe of elm university'), ('key', 'ann roe'))]
    """
    links = []
    for form, key in keys.items():
        words, named = key.split(), _named_part(form)
        if re.search(r",|&|\bby\b", form) or (form not in people or len(words) < 3) and named == words:
            continue
        ends = {k for k in full if k != key and len(k.split()) > 1 and named[-len(k.split()):] == k.split()}
        lead = f" {' '.join(named[:len(named) - max((len(k.split()) for k in ends), default=0)])} "
        if _one_person(ends) and not any(f" {k} " in lead for k in full if " " in k):
            links.extend((("key", key), ("key", k)) for k in ends)
    return links


def _named_part(form: str) -> list[str]:
    """The key's words of ``form`` before the body named after "of" that closes it, when a person's name comes before
    "of" (:func:`newskit.speakers.before_affiliation`), else all of them.

    Example
    -------
    >>> _named_part("Ann Roe of Elm University"), _named_part("Supervisor of Elections Ann Roe")
    (['ann', 'roe'], ['supervisor', 'of', 'elections', 'ann', 'roe'])
    """
    return name_key(before_affiliation(form)).split()


def _short_form_links(keys: dict[str, str], people: set[str], credits=frozenset()) -> list[tuple]:
    """Links between two forms of one body or person when the story writes one other form the first stands for:
    a body's staff as a whole credited (in ``credits``) and the body
    (:data:`newskit.text.lexicon.STAFF_COLLECTIVES`: "rfe/rl staff", "rfe/rl"); a body's name without its country
    and with it (:data:`newskit.text.lexicon.COUNTRY_ABBREVIATIONS`,
    :data:`newskit.text.lexicon.DEMONYMS`: "treasury department", "us treasury department"); one who speaks for a
    person written "for" the person and after the person's name (:data:`newskit.text.lexicon.AGENT_NOUNS`:
    "spokesperson for lee", "ann lee spokesperson"); an acronym of capital letters and the body's name it is the
    initials of (:func:`~newskit.speakers.initials`: "OFAC", "Office of Foreign Assets Control"), the same common nouns
    after both too ("OFAC document", "Office of Foreign Assets Control document": :func:`_expanded`)."""
    links = []
    values = set(keys.values())
    for form, key in keys.items():
        words = key.split() or [""]
        if words[-1] in STAFF_COLLECTIVES and len(words) > 1:
            others = {k for k in values if k.split() == words[:-1]} if form in credits else set()
        elif words[-1] in BODY_HEADS:
            others = {k for k in values if k.split()[0] in _COUNTRY_PREFIXES and k.split()[1:] == words}
        elif spoken_for := _ONE_SPOKEN_FOR.fullmatch(key):
            others = {k for k in values if f" {k}".endswith(f" {spoken_for[2]} {spoken_for[1]}")}
        elif tailed := _ACRONYM_TAIL.fullmatch(form):
            others = _expanded(tailed, keys, people)
        else:
            continue
        if len(others) == 1:
            links.append((("key", key), ("key", others.pop())))
    return links


_ACRONYM_TAIL = re.compile(r"(\p{Lu}{2,6})((?:\s+\p{Ll}[\w-]*)*)")


def _expanded(tailed: re.Match, keys: dict[str, str], people: set[str]) -> set[str]:
    """The keys of the forms that write out the acronym of ``tailed`` (a match of :data:`_ACRONYM_TAIL` on a form:
    the acronym and the lower-case words after it) followed by the same words: the one body, or the one document of
    it ("OFAC document" and "Office of Foreign Assets Control document"; :func:`~newskit.cues.source_type`), never one
    of its people ("EWA official" and "Elm Water Authority official" may be two). A form typed as a person (in
    ``people``) is written out only by an acronym of three letters or more alone: the initials of a name of three
    words or more are that name ("RAIB", "Rail Accident Investigation Branch", a body the typing took for a person).

    Example
    -------
    >>> keys = {"EWA report": "ewa report", "Elm Water Authority report": "elm water authority report",
    ...         "Elm Water Authority": "elm water authority", "EWA": "ewa"}
    >>> tail = _ACRONYM_TAIL.fullmatch
    >>> _expanded(tail("EWA report"), keys, set()), _expanded(tail("EWA"), keys, set())
    ({'elm water authority report'}, {'elm water authority'})
    >>> _expanded(tail("EWA official"), {"Elm Water Authority official": "elm water authority official"}, set())
    set()
    >>> _expanded(tail("EWA"), {"Elm Water Authority": "elm water authority"}, {"Elm Water Authority"})
    {'elm water authority'}
    >>> _expanded(tail("JL"), {"Jo Lee": "jo lee"}, {"Jo Lee"})
    set()
    >>> _expanded(tail("EW"), {"Elm Water and Power": "elm water and power"}, set())
    {'elm water and power'}
    """
    acronym, tail = tailed.group(1), " ".join(tailed.group(2).split())
    if tail and source_type(tailed.group()) != "document":
        return set()
    found = set()
    for form in keys:
        head = form[:len(form) - len(tail)].rstrip() if tail and form.endswith(" " + tail) else "" if tail else form
        if (form not in people or not tail and len(acronym) > 2) and head and acronym in _acronyms(head):
            found.add(keys[form])
    return found


_LAST_AND = re.compile(r"\s+and\s+\p{Lu}[\w-]*$")


def _acronyms(name: str) -> set[str]:
    """The acronyms a body's ``name`` is written as: its :func:`~newskit.speakers.initials`, and those of the name
    without a last field joined by "and" that the acronym may have kept out ("Centers for Disease Control and
    Prevention": "CDCP", "CDC").

    >>> sorted(_acronyms("Elm Water and Power")), sorted(_acronyms("Elm Water"))
    (['EW', 'EWP'], ['EW'])
    """
    return {initials(name), initials(_LAST_AND.sub("", name))} - {""}


_JOINING = "|".join(map(re.escape, sorted(NAME_JOINING_WORDS)))
_PROPER = rf"\p{{Lu}}[\w&'’.-]*(?:\s+(?:(?:{_JOINING})\s+)*\p{{Lu}}[\w&'’.-]*){{0,6}}"
_APPOSED = re.compile(rf"\b[Tt]he (\p{{Ll}}+(?: \p{{Ll}}+)?), (?:the )?({_PROPER}),"
                      rf"|(?<![\w’'] )\b({_PROPER}), the (\p{{Ll}}+(?: \p{{Ll}}+)?),")


def defined_aliases(text: str) -> list[tuple[str, str]]:
    """(short, long) pairs the text defines: an acronym in brackets after the name it is the initials of ("the
    Elmshire Water Authority (EWA)", the country before it may be left out: "U.S. Immigration and Customs Enforcement
    (ICE)"), and a noun apposed to a proper name between commas ("the agency, the EWA,"; "Jo Lee, the mayor,").

    Example
    -------
    >>> defined_aliases("The Elmshire Water Authority (EWA) met. The agency, the EWA, said so; "
    ...                 "Jo Lee, the mayor, agreed.")
    [('EWA', 'Elmshire Water Authority'), ('agency', 'EWA'), ('mayor', 'Jo Lee')]
    """
    pairs = defined_acronyms(text)
    for match in _APPOSED.finditer(text):
        pairs.append((match[1], match[2]) if match[1] else (match[4], match[3]))
    return pairs


def _alias_links(aliases) -> list[tuple]:
    """Links between the key of a short form and the key of the one long form the text defines it as
    (:func:`defined_aliases`); a short form defined as two names is left alone."""
    meanings: dict[str, set[str]] = {}
    for short, long in aliases:
        meanings.setdefault(name_key(short), set()).add(name_key(long))
    return [(("key", short), ("key", next(iter(longs)))) for short, longs in meanings.items() if len(longs) == 1]


def _longer_keys(keys: dict[str, str], people: set[str], full_names) -> tuple[set[str], set[str]]:
    """The keys of more than one word: of people (full names, also among ``full_names``) and of bodies; never a region
    of a place (:func:`newskit.speakers.region_name`: "eastern elmland" is no fuller name of "elmland"; "southern
    district attorney's office" is a body).

    >>> _longer_keys({"Jo Lee": "jo lee", "Eastern Elmland": "eastern elmland"}, {"Jo Lee", "Eastern Elmland"}, [])
    ({'jo lee'}, set())
    """
    full = {key for form, key in keys.items() if form in people and len(key.split()) > 1}
    full |= {name_key(n) for n in full_names if len(name_key(n).split()) > 1}
    named = {key for form, key in keys.items() if form not in people and len(key.split()) > 1
             and all(w[:1].isupper() or w in _LINK_WORDS for w in form.split()[1:])}
    region = {key for key in full | named if region_name(key.split())}
    return full - region, named - region


def _carriers(surname: str, full: set[str]) -> set[str]:
    """The full-name keys ending in the one-word key ``surname`` (not after "of": "courier of elmland"); when none
    does, those ending in a transliteration of it (:func:`transliterations`); else the one opening with it
    (:func:`first_word_names`: "ryu" of "ryu seong ho", a family name written first)."""
    ending = {k for k in full if _own_last_word(k)}
    return ({k for k in ending if surname in _surname_parts(k.split()[-1])}
            or {k for k in ending if transliterations(k.split()[-1], surname)}
            or {first_word_names(sorted(full)).get(surname)} - {None})


def _written_carriers(surname: str, carriers: set[str], written: dict[str, list[str]]) -> set[str]:
    """The ``carriers`` (full-name keys of people sharing the one-word ``surname``) named in every version using the
    surname that names any of them (``written``: the texts of the versions using each form); when that leaves not one
    person, those written after a title the surname alone is written after in those versions ("President Lee",
    "President Jo Lee"; the texts of all versions give the carriers' titles).

    >>> texts = {"Lee": ["Jo Lee and Al Lee met.", "Jo Lee said so."], "Jo Lee": ["Jo Lee and Al Lee met."]}
    >>> sorted(_written_carriers("Lee", {"jo lee", "al lee"}, texts))
    ['jo lee']
    >>> texts = {"Lee": ["Mayor Lee said so."], "Jo Lee": ["Mayor Jo Lee and his son, Al Lee, spoke."]}
    >>> sorted(_written_carriers("Lee", {"jo lee", "al lee"}, texts))
    ['jo lee']
    """
    versions = written.get(surname, [])
    naming = [hit for text in versions if (hit := carriers & {name_key(name) for name in _names_in(text)})]
    if naming and _one_person(found := set.intersection(*naming)):
        return found
    titles = {t for text in versions for t in _titles_before(text, surname)}
    every = {text for texts in written.values() for text in texts}
    return {key for key in carriers if titles & {t for text in every for t in _titles_before(text, key)}}


@functools.lru_cache(maxsize=64)
def _names_in(text: str) -> list[str]:
    """The names a version's text writes (:func:`~newskit.speakers.name_forms`), read once per text."""
    return name_forms(text)


def _titles_before(text: str, name: str) -> set[str]:
    """The titles (lexicon NAME_TITLES) written right before ``name`` (a form or key, matched case-blind) in ``text``.

    >>> sorted(_titles_before("Gov. Jo Lee met Mayor Jo Lee Jr. and Jo Lee.", "jo lee"))
    ['gov']
    """
    words = r"\s+".join(map(re.escape, name.split()))
    found = re.finditer(rf"\b(\w+)\.?\s+(?i:{words})\b(?!\s+\p{{Lu}})", text)
    return {m.group(1).lower() for m in found if m.group(1).lower() in NAME_TITLES}


def _surname_parts(surname: str) -> set[str]:
    """A surname and, when it is a double-barrelled one, each of its parts ("bryant-roe": also "bryant", "roe")."""
    return {surname, *surname.split("-")}


def _one_person(keys: set[str]) -> bool:
    """Whether the full-name keys ``keys`` (at least one) all name one person (:func:`same_person_keys`)."""
    first = next(iter(keys), None)
    return first is not None and all(same_person_keys(first, k) for k in keys)


def _surname_links(surnames: set[str], full: set[str]) -> list[tuple]:
    """Links between one-word surnames spelt two ways ("zelenskiy", "zelensky") when the full names ending in
    either are of one person, or there are none."""
    links = []
    for group in _by_spelling(surnames, lambda key: key).values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                carriers = _carriers(a, full) | _carriers(b, full)
                if transliterations(a, b) and (not carriers or _one_person(carriers)):
                    links.append((("key", a), ("key", b)))
    return links


def _nickname_links(full: set[str]) -> list[tuple]:
    """Links between full names of one person (:func:`same_person_keys`: "liz cheney", "elizabeth cheney";
    "volodymyr zelenskiy", "volodymyr zelensky")."""
    links = []
    for group in _by_spelling(full, lambda key: key.split()[-1]).values():
        links += [(("key", a), ("key", b)) for i, a in enumerate(group) for b in group[i + 1:] if same_person_keys(a, b)]
    return links


def _second_surname_links(full: set[str], written: list[str]) -> list[tuple]:
    """Links between a full name and the one longer full name that adds a surname after it, a word ``written``
    capitalised ("enio cubillo", "enio cubillo araya": a second surname one version leaves out); never a generational
    suffix ("jo lee jr" may be the son of "jo lee") nor a noun ("elm hall staff" are not "elm hall").

    >>> _second_surname_links({"ana ruiz", "ana ruiz mora", "jo lee", "jo lee jr", "elm hall", "elm hall staff"},
    ...                       ["Ana Ruiz Mora", "Jo Lee Jr", "Elm Hall staff"])
    [(('key', 'ana ruiz'), ('key', 'ana ruiz mora'))]
    """
    surnamed = {name_key(form) for form in written if form.split()[-1][:1].isupper()}
    links = []
    for key in sorted(full):
        longer = [k for k in full & surnamed
                  if k.split()[:-1] == key.split() and k.split()[-1] not in GENERATIONAL_SUFFIXES]
        if len(key.split()) > 1 and len(longer) == 1:
            links.append((("key", key), ("key", longer[0])))
    return links


def _by_spelling(keys: set[str], surname) -> dict[str, list[str]]:
    """``keys`` in sorted lists by the folded spelling of their ``surname(key)``: transliterations of one
    surname share a list."""
    groups: dict[str, list[str]] = {}
    for key in sorted(keys):
        groups.setdefault(_folded(unaccented(surname(key).split("-")[-1])), []).append(key)
    return groups


def same_person_keys(a: str, b: str) -> bool:
    """Whether two full-name keys (:func:`name_key`) can name one person: one given name (or a nickname of
    it) and one surname, written alike, as transliterations of each other (:func:`transliterations`), or once
    alone and once as the last part of a double-barrelled surname ("ann roe", "ann bryant-roe"). A list of names
    (:data:`newskit.text.lexicon.LIST_CONJUNCTIONS`: "ann roe and jo lee") is never one person.

    Example
    -------
    >>> same_person_keys("liz cheney", "elizabeth cheney"), same_person_keys("volodymyr zelenskiy", "volodymyr zelensky")
    (True, True)
    >>> same_person_keys("ann roe", "ann bryant-roe")
    True
    >>> same_person_keys("liz cheney", "mary cheney"), same_person_keys("ann clinton", "ann clinson")
    (False, False)
    >>> same_person_keys("ann roe al poe and jo lee", "ann roe and jo lee")
    False
    >>> same_person_keys("zabihullah mujahid", "zabiullah mujahid"), same_person_keys("anna petrova", "anna petrov")
    (True, False)
    """
    first, second = a.split(), b.split()
    if LIST_CONJUNCTIONS & {*first, *second}:
        return False
    given = same_given_name(first[0], second[0]) or transliterations(first[0], second[0])
    return given and (transliterations(first[-1], second[-1])
                                                    or first[-1] in second[-1].split("-")[1:]
                                                    or second[-1] in first[-1].split("-")[1:])


_FOLDS = [(re.compile(pattern), repl) for pattern, repl in [
    (r"(?:iy|yy|ii|y|ij|yi)$", "i"),  # Zelenskiy / Zelensky / Zelenskyy, Yanukovych / Yanukovich
    (r"y", "i"), (r"(?<=[dtkgzsc])h", ""), (r"^[gq]", "k"), (r"q", "k"), (r"c(?=[aou]|k)|ck", "k"), (r"ph", "f"),
    (r"w", "v"), (r"ou", "u"), (r"j", "i"), (r"(.)\1", r"\1"), (r"(?<=[aeiou])h(?=[aeiou])", ""),
]]
"""Spelling differences of one name written in the Latin alphabet by different transliteration systems:
the endings y/iy/yy/ii, a silent h after a consonant (dh/d, kh/k, zh/z) or between vowels (Zabihullah/Zabiullah),
an initial g/q/k, c/k, ph/f, w/v, ou/u, j/i/y, a doubled letter."""


def transliterations(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are the same surname (5 letters or more) spelt by two transliteration
    systems: equal once the spelling differences of :data:`_FOLDS` are folded, and at most two edits apart
    (Levenshtein, :mod:`rapidfuzz`); or equal, ignoring case and accents. Any other letter differing keeps
    them apart ("Clinton", "Clinson").

    Example
    -------
    >>> [transliterations(*pair) for pair in [("Zelenskiy", "Zelensky"), ("Gaddafi", "Qadhafi"),
    ...                                       ("Clinton", "Clinson"), ("Lee", "Li"), ("Erdoğan", "Erdogan")]]
    [True, True, False, False, True]
    """
    a, b = unaccented(a), unaccented(b)
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or Levenshtein.distance(a, b) > 2:
        return False
    return _folded(a) == _folded(b)


def _folded(word: str) -> str:
    for pattern, repl in _FOLDS:
        word = pattern.sub(repl, word)
    return word


def _canonical(members: list[str], keys: dict[str, str]) -> str:
    """The name an entity is shown under (see the module docstring); ``members`` in order of use."""
    agency = next((_AGENCY_NAMES[m] for m in members if m in _AGENCY_NAMES), None)
    agency = agency or next((name for name in AGENCY_FORMS if name.casefold() == keys[members[0]]), None)
    if agency:
        return agency
    rank = {m: i for i, m in enumerate(members)}
    named = [m for m in members if not m.islower()]
    best = min(members, key=lambda m: (_verb_before_title(m.casefold().split()), keys[m].split()[-1:] in _STAFF_ENDS,
                                       m.isupper() and not all(x.isupper() for x in named),
                                       plain(m).endswith(("'s", "'")), _after_role(m, keys[m], keys.values()),
                                       m.islower() and any(keys[x] != keys[m] for x in named),
                                       -len(re.split(r"[\s-]+", keys[m])), rank[m]))
    return page_cased(best)  # "MICHAEL Lee" opening a page: Michael Lee


def _after_role(form: str, key: str, others) -> bool:
    """Whether ``form`` (its key ``key``) is a name of two words or more written after a role or before an affiliation
    (:func:`_role_links`): its key, or its words before the affiliation (:func:`_named_part`), ends in one of
    ``others`` that is shorter and of two words or more."""
    words, named = key.split(), _named_part(form)
    return any(1 < len(o.split()) < len(words) and o.split() in (words[-len(o.split()):], named[-len(o.split()):])
               for o in others)


def attribution_role(block, cue: str) -> str:
    """The role of an attribution row of :func:`newskit.attributions` from its ``block`` and ``cue``: "credit" outside
    body text (credit line, byline, dateline, photo credit), "view" for a view held (:func:`newskit.cues.view_cue`:
    "believes", "endorsed"), "source" for words said.

    Example
    -------
    >>> attribution_role("body", "said"), attribution_role("body", "believes"), attribution_role("byline", "by")
    ('source', 'view', 'credit')
    """
    if block != "body":
        return "credit"
    return "view" if view_cue(cue) else "source"


@story_table
def source_entities(story) -> pd.DataFrame:
    """Every way the story's versions write a source or speaker, with the entity it belongs to
    (columns and resolution: see the module docstring).

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Mr. Lee said no.\\n\\n(Reporting by Jo Doe)",
    ...                           "b": "Sam Lee said no.\\n\\n(Reporting by JO DOE)"})
    >>> source_entities(story)[["entity", "role", "form"]].values.tolist()
    [['Sam Lee', 'source', 'Lee'], ['Sam Lee', 'source', 'Sam Lee'], ['Jo Doe', 'credit', 'JO DOE'], \
['Jo Doe', 'credit', 'Jo Doe']]
    """
    cited = attributions(story)
    quoted = quotes(story)
    quoted = quoted[quoted["speaker"].astype(str).str.strip().ne("")
                    & ~quoted["speaker"].astype(str).str.lower().isin(PRONOUNS)]
    order = {v: i for i, v in enumerate(story.ids)}
    rows: dict[tuple[str, str], dict] = {}
    for form, kind, version, block, cue in zip(cited["source"], cited["source_type"], cited["version"],
                                               cited["block"], cited["cue"]):
        row = _entry(rows, attribution_role(block, cue), form)
        row["types"].append(kind)
        row["seen"].add(version)
        row["attributions"] += 1
    for form, version in zip(quoted["speaker"], quoted["version"]):
        row = _entry(rows, "source", form)
        row["seen"].add(version)
        row["quotations"] += 1
    forms = list(dict.fromkeys(form for _, form in sorted(rows, key=lambda k: -_uses(rows[k]))))
    people = {form for (_, form), row in rows.items() if not row["types"] or "person" in row["types"]}
    bodies = [visible_text(v.body) for v in story.versions]
    credits = {form for role, form in rows if role == "credit"}
    full_names = [n for body in bodies for n in _names_in(body)]
    canonical = resolve_names(forms, people, full_names, credits, _aliases(story, rows, cited, quoted, bodies),
                              _texts_by_form(rows, dict(zip(story.ids, bodies))))
    out = []
    for (role, form), row in rows.items():
        out.append({"entity": canonical[form], "role": role, "form": form,
                    "versions": ", ".join(sorted(row["seen"], key=order.get)),
                    "attributions": row["attributions"], "quotations": row["quotations"], "types": row["types"]})
    frame = pd.DataFrame(out, columns=[*ENTITY_COLUMNS, "types"])
    types = frame.groupby(["entity", "role"])["types"].agg(lambda t: _most_common([x for ts in t for x in ts]))
    frame["source_type"] = [types[(e, r)] for e, r in zip(frame["entity"], frame["role"])]
    frame = frame.drop(columns="types").astype({"attributions": "int64", "quotations": "int64"})
    frame = frame.assign(_r=frame["role"].map(ROLES.index))
    return frame.sort_values(["_r", "entity", "form"]).drop(columns="_r").reset_index(drop=True)


def _texts_by_form(rows: dict, texts: dict[str, str]) -> dict[str, list[str]]:
    """For each form of ``rows``, the texts (``texts``: per version id) of the versions using it, in version order."""
    seen: dict[str, set[str]] = {}
    for (_, form), row in rows.items():
        seen.setdefault(form, set()).update(row["seen"])
    return {form: [texts[v] for v in texts if v in ids] for form, ids in seen.items()}


@functools.lru_cache(maxsize=4096)
def description_words(form: str) -> tuple[str, ...] | None:
    """The key's words (:func:`name_key`) of a source written as a description of a person or group, up to its head
    noun and any lower-case words after it ("senior Democratic aide", "person familiar with the matter"); None for a
    name or a role before a name ("spokesman Jo Lee"). The head noun is the first word naming a role
    (:func:`_role_noun`, :data:`newskit.text.lexicon.PLURAL_ROLES`) or an unnamed source
    (:func:`newskit.cues.source_type`: "person familiar", "diplomats familiar").

    Example
    -------
    >>> description_words("a Democratic senior committee aide"), description_words("person familiar with it")
    (('democratic', 'senior', 'committee', 'aide'), ('person', 'familiar', 'with', 'it'))
    >>> description_words("spokesman Jo Lee"), description_words("Jo Lee")
    (None, None)
    """
    words, written = name_key(form).split(), plain(str(form)).split()
    head = next((i for i, word in enumerate(words) if _description_head(word)), None)
    after = len(words) - head - 1 if head is not None else 0
    if head is None or any(w[:1].isupper() for w in written[len(written) - after:] if after):
        return None
    return tuple(words)


def _description_head(word: str) -> bool:
    """Whether ``word`` is the head noun of a description of a source (:func:`description_words`)."""
    return _role_noun(word) or word in PLURAL_ROLES or source_type(f"{word} familiar") == "anonymous"


def _head(words: tuple[str, ...]) -> str:
    """The head noun of a description's words (:func:`description_words`): ``_head(("senior", "aide"))`` is "aide"."""
    return next(word for word in words if _description_head(word))


_DEFINITE = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.IGNORECASE)


def _after_determiner(text: str, at: int) -> bool:
    """Whether "the" (or "this", "these" ...) stands right before ``at`` in ``text``, read back over a few characters
    only."""
    return bool(_DEFINITE.search(text, max(0, at - 12), at))


def _mentions(story, cited: pd.DataFrame, quoted: pd.DataFrame) -> list[tuple[str, int, str, bool, str]]:
    """(raw text, offset, form, definite, source type) of every source in body text and quotation speaker of the
    story, in order within each version: where the form is written as a mention, whether "the" (or "this", "these"
    ...) stands before it, and its type (:func:`newskit.attributions`; "" for a quotation's speaker)."""
    raws = {v.id: v.raw for v in story.versions}
    found = []
    body = cited[cited["block"].eq("body")]
    for version, form, mention, start, end, kind in zip(body["version"], body["source"], body["mention"],
                                                        body["start"], body["end"], body["source_type"]):
        raw = raws[version]
        at = raw.find(str(mention), int(start), int(end) + len(str(mention)))
        found.append((raw, at if at >= 0 else int(start), str(form), at >= 0 and _after_determiner(raw, at),
                      kind))
    for version, form, at in zip(quoted["version"], quoted["speaker"], quoted["mention_start"]):
        if not pd.isna(at):
            raw = raws[version]
            found.append((raw, int(at), str(form), _after_determiner(raw, int(at)), ""))
    return sorted(found, key=lambda m: (id(m[0]), m[1]))


def description_antecedents(mentions: list[tuple[str, int, str, bool, str]]) -> list[tuple[str, str]]:
    """(definite, earlier) pairs of forms: a definite description ("the aide") read as the source the nearest earlier
    description of its version with the same head noun and all its words names ("a Democratic senior committee
    aide"), and "the paper" (:data:`newskit.text.lexicon.MEDIUM_NOUNS`) as the nearest earlier medium cited, when the
    text between them writes that head noun only after "the" (not "an aide to the mayor", a new person).
    ``mentions`` as :func:`_mentions` gives them.

    Example
    -------
    >>> raw = "No, a senior aide said. Yes, the aide said."
    >>> description_antecedents([(raw, 4, "senior aide", False, ""), (raw, 33, "aide", True, "")])
    [('aide', 'senior aide')]
    >>> raw = "No, a senior aide said. Jo, an aide to Al, came. Yes, the aide said."
    >>> description_antecedents([(raw, 4, "senior aide", False, ""), (raw, 58, "aide", True, "")])
    []
    >>> raw = "The Elm Courier reported it. The paper also said so."
    >>> description_antecedents([(raw, 4, "Elm Courier", True, "media"), (raw, 33, "paper", True, "media")])
    [('paper', 'Elm Courier')]
    """
    pairs, earlier = [], {}
    for mention in mentions:
        raw, at, form, definite, _ = mention
        seen = earlier.setdefault(id(raw), ([], {}))
        head, found = _antecedent(form, seen) if definite else ("", None)
        if found and _only_definite(raw[found[1] + len(found[2]):at], head):
            pairs.append((form, found[2]))
        _remember(mention, seen)
    return pairs


def _antecedent(form: str, seen: tuple[list, dict]) -> tuple[str, tuple | None]:
    """The head noun of the definite ``form`` and the nearest earlier mention it may refer back to
    (:func:`description_antecedents`), among those ``seen`` in its version (:func:`_remember`): a medium's name may open
    with "the", a description only with "a" or none; None when there is none."""
    media, described = seen
    if name_key(form) in MEDIUM_NOUNS:
        return name_key(form), (media[-1] if media else None)
    words = description_words(form)
    if not words:
        return "", None
    head = _head(words)
    return head, next((m for m in reversed(described.get(head, [])) if set(words) < set(description_words(m[2]))), None)


def _remember(mention: tuple[str, int, str, bool, str], seen: tuple[list, dict]) -> None:
    """Add ``mention`` to the media cited and the descriptions written without "the" (by head noun) ``seen`` so far in
    its version, those a definite description may refer back to (:func:`_antecedent`)."""
    _, _, form, definite, kind = mention
    words = description_words(form)
    if kind == "media" and name_key(form) not in MEDIUM_NOUNS:
        seen[0].append(mention)
    if words and not definite:
        seen[1].setdefault(_head(words), []).append(mention)


def _only_definite(between: str, head: str) -> bool:
    """Whether ``between`` writes the word ``head`` only after "the" (or "this", "these" ...)."""
    return all(_after_determiner(between, m.start()) for m in re.finditer(rf"\b{re.escape(head)}\b", between,
                                                                        re.IGNORECASE))


def described_alike(versions_of: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(shorter, longer) pairs of descriptions of a source (:func:`description_words`) that two versions write for one
    source: the same head noun, all the shorter one's words among the longer one's, order free ("senior Democratic
    aide", "Democratic senior committee aide"), and no version writing both (one version's "a senior aide" and "a
    senior Republican aide" may be two people), nor two shorter ones of one version fitting it ("a senior aide", "a
    Republican aide"). ``versions_of`` maps each form to the versions that write it. A shorter description that fits
    two longer ones is left alone by :func:`resolve_names`.

    Example
    -------
    >>> described_alike({"senior Democratic aide": {"a"}, "Democratic senior committee aide": {"b"},
    ...                  "Republican aide": {"b"}})
    [('senior Democratic aide', 'Democratic senior committee aide')]
    >>> described_alike({"senior aide": {"a"}, "Republican aide": {"a"}, "senior Republican aide": {"b"}})
    []
    """
    described = {form: words for form in versions_of if (words := description_words(form))}
    pairs = [(form, other) for form, words in described.items() for other, more in described.items()
             if _head(words) == _head(more) and set(words) < set(more) and not versions_of[form] & versions_of[other]]
    shorter: dict[str, list[str]] = {}
    for form, other in pairs:
        shorter.setdefault(other, []).append(form)
    return [(form, other) for form, other in pairs
            if not any(versions_of[a] & versions_of[b] for a in shorter[other] for b in shorter[other] if a != b)]


def familiar_alike(versions_of: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Pairs of descriptions of an unnamed source (:func:`description_words`) that two versions write alike but for
    what the source knows of ("four aides familiar with the talks", "four aides familiar with the negotiations"):
    the same words before "familiar", the only two forms with them, and no version writing both. ``versions_of``
    maps each form to the versions that write it.

    Example
    -------
    >>> familiar_alike({"two aides familiar with the talks": {"a"}, "two aides familiar with the deal": {"b"}})
    [('two aides familiar with the talks', 'two aides familiar with the deal')]
    >>> familiar_alike({"two aides familiar with the talks": {"a"}, "two aides familiar with the deal": {"a"}})
    []
    """
    kinds: dict[tuple[str, ...], list[str]] = {}
    for form in versions_of:
        words = description_words(form)
        if words and "familiar" in words[1:]:
            kinds.setdefault(words[:words.index("familiar")], []).append(form)
    pairs = [forms for forms in kinds.values() if len(forms) == 2]
    return [(a, b) for a, b in pairs if not versions_of[a] & versions_of[b]]


_HEADS = "|".join(head.capitalize() for head in BODY_HEADS)
_BODY_NAMES = (re.compile(rf"\b\p{{Lu}}\w*\s+(?:{_HEADS})\b"), re.compile(rf"\b(?:{_HEADS}) of (?:the )?\p{{Lu}}\w*"))


def body_names(text: str) -> list[str]:
    """Names of bodies of one field word and a head noun (:data:`newskit.text.lexicon.BODY_HEADS`) in ``text``.

    >>> body_names("The Department of Justice and the Elm Ministry")
    ['The Department', 'Elm Ministry', 'Department of Justice']
    """
    return [name for pattern in _BODY_NAMES for name in pattern.findall(text)]


def body_halves(versions_of: dict[str, set[str]], names: list[str]) -> list[tuple[str, str]]:
    """(form, whole) pairs for descriptions of a body's people written with half its name, its field or its head noun,
    in place of the whole: "Justice officials" and "Department officials" both "Justice Department officials" when
    the story names one department and one body of that field (in ``names``: "Justice Department", "Department of
    Justice"; a country is no field) and two versions (``versions_of``: form -> versions) write the two halves, or a
    half and the whole; "State officials" in one version alone may be officials of a state.

    Example
    -------
    >>> body_halves({"Justice officials": {"a"}, "Department officials": {"b"}}, ["Department of Justice"])
    [('Justice officials', 'justice department officials'), ('Department officials', 'justice department officials')]
    >>> body_halves({"Justice officials": {"a"}, "Department officials": {"a"}}, ["Justice Department"])
    []
    """
    bodies = {tuple(key) for name in names if len(key := name_key(name).split()) == 2
              and key[0] not in _COUNTRY_PREFIXES}
    whole = {}
    for form in versions_of:
        words = description_words(form) or []
        named = [(f, h) for f, h in bodies if {f, h} & {*words} and len({b for b in bodies if f in b or h in b}) == 1]
        if len(named) == 1:
            whole[form] = " ".join(dict.fromkeys(w for word in words
                                                 for w in (named[0] if word in named[0] else [word])))
    return [(form, full) for form, full in whole.items()
            if any(full == other and not versions_of[form] & versions_of[f] for f, other in whole.items())]


def _aliases(story, rows: dict, cited: pd.DataFrame, quoted: pd.DataFrame, bodies: list[str]) -> list[tuple]:
    """(short, long) pairs of forms of one source for :func:`resolve_names`: those the text defines
    (:func:`defined_aliases`), a definite description and the one it refers back to (:func:`description_antecedents`),
    descriptions two versions write alike (:func:`described_alike`, :func:`familiar_alike`) and halves of a body's name
    (:func:`body_halves`)."""
    aliases = [pair for body in bodies for pair in defined_aliases(body)]
    antecedents = description_antecedents(_mentions(story, cited, quoted))
    written = {form: row["seen"] for (role, form), row in rows.items() if role != "credit"}
    unreferred = {form: seen for form, seen in written.items() if form not in dict(antecedents)}
    aliases += antecedents + described_alike(unreferred) + familiar_alike(unreferred) + member_speakers(quoted)
    aliases += titled_alike(written, dict(zip(story.ids, bodies)))
    return aliases + body_halves(written, [name for body in bodies for name in body_names(body)])


def titled_alike(written: dict[str, set[str]], bodies: dict[str, str]) -> list[tuple[str, str]]:
    """(role, name) pairs: a title written alone in lower case as a source ("the president said", its versions
    giving that title to no name) and the one person the story's other versions give it to before a name
    (:func:`~newskit.cues.titled_name`: "President Jo Lee"), when every version writing the role cites that person
    too. ``written``: form -> ids of the versions writing it; ``bodies``: version id -> body text.

    Example
    -------
    >>> bodies = {"a": "Jo Lee spoke. The president left.", "b": "President Lee spoke."}
    >>> titled_alike({"president": {"a"}, "Jo Lee": {"a", "b"}}, bodies)
    [('president', 'Jo Lee')]
    >>> titled_alike({"president": {"a"}, "Jo Lee": {"b"}}, bodies)
    []
    """
    names = [form for form in written if " " in form]
    pairs = []
    for role, seen in written.items():
        if role not in NAME_TITLES or not role.islower() or any(
                re.search(rf"\b{role.capitalize()}\s+\p{{Lu}}", bodies[v]) for v in seen):
            continue
        titled = {titled_name(bodies[v], role, names) for v in bodies} - {role}
        if len(titled) == 1 and seen <= written.get(next(iter(titled)), set()):
            pairs.append((role, titled.pop()))
    return pairs


_PLACED_MEMBER = re.compile(rf"(?:\p{{Lu}}[\w.-]*\s+){{1,3}}(?:{'|'.join(m[:-1] for m in set(PARTY_MEMBERS.values()))})")
"""A party's member after a place ("Arkansas Republican", "New York Democrat"): one person, described."""


def member_speakers(quoted: pd.DataFrame) -> list[tuple[str, str]]:
    """(description, name) pairs: a party's member after a place (:data:`_PLACED_MEMBER`: "Arkansas Republican") or a
    role in lower case (:func:`~newskit.speakers.role_phrase`: "the senator said") written as the mention of
    quotations (``quoted``, as :func:`newskit.quotes` gives them) all given to one named speaker, who is the source the
    description is written for in attributions too.

    Example
    -------
    >>> quoted = pd.DataFrame({"mention": ["Elmland Republican", "Jo Lee", "senator"],
    ...                        "speaker": ["Jo Lee", "Jo Lee", "Al Roe"]})
    >>> member_speakers(quoted)
    [('Elmland Republican', 'Jo Lee'), ('senator', 'Al Roe')]
    """
    speakers: dict[str, set[str]] = {}
    for mention, speaker in zip(quoted["mention"], quoted["speaker"]):
        if isinstance(mention, str) and (_PLACED_MEMBER.fullmatch(mention) or role_phrase(mention)) \
                and str(speaker) != mention:
            speakers.setdefault(mention, set()).add(str(speaker))
    return [(mention, names.pop()) for mention, names in speakers.items() if len(names) == 1]


def _entry(rows: dict, role: str, form: str) -> dict:
    return rows.setdefault((role, str(form)), {"types": [], "seen": set(), "attributions": 0, "quotations": 0})


def _uses(row: dict) -> int:
    return row["attributions"] + row["quotations"]


def _most_common(types: list[str]) -> str:
    """The most frequent type, the first in alphabetical order among ties; "person" when there is none
    (a form only ever written as a quotation's speaker)."""
    if not types:
        return "person"
    counts = pd.Series(types).value_counts()
    return sorted(counts[counts == counts.max()].index)[0]


def entity_names(story) -> dict[tuple[str, str], str]:
    """(role, form) -> entity for every form of :func:`source_entities`.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Ann Roe said no.", "b": "Roe said no."})
    >>> entity_names(story)[("source", "Roe")]
    'Ann Roe'
    """
    table = source_entities(story)
    return dict(zip(zip(table["role"], table["form"]), table["entity"]))
