"""One entity per source across the versions of a story: the ways copy writes a source, resolved.

Versions of one story write the same source differently: "Donald Trump" and "Trump", "President
Trump" and "Trump's", "The Associated Press" and "AP", "JOHN SMITH" in one byline and "John Smith"
in another, "U.S. intelligence agencies" and "US intelligence agencies". :func:`name_key` writes a
name in one plain form (case folded, possessive, "the", titles, middle initials and the full stops
of abbreviations dropped, an agency under its canonical name); forms with one key are one entity.
A surname written alone ("Trump", "Mr. Trump") joins the one full name of the story that ends in
it; when two people share the surname ("Liz Cheney", "Mary Cheney") it stays apart. Likewise a
capitalised one-word name of a body ("the Times") joins the one longer proper name ending in it
("The New York Times"; not "Officials" -> "Russian officials"). The forms are
grouped with :func:`newskit.matching.linked_groups`.

:func:`source_entities` is the table of a story: one row per form, with the entity it belongs to.
Columns:

``entity``        the canonical name: an agency's canonical name; else the fullest form (most
                  words, not all capitals, no possessive), then the most used, then the first written.
``role``          ``"source"`` (cited in body text) or ``"credit"`` (credit line, byline, dateline,
                  photo credit: the version's own makers, never a source cited).
``source_type``   the entity's most frequent type (:data:`newskit.cues.SOURCE_TYPES`).
``form``          the source as :func:`newskit.attributions` (column ``source``) or
                  :func:`newskit.quotes` (column ``speaker``) writes it.
``versions``      the versions that write this form, in story order, joined by ", ".
``attributions``  rows of :func:`newskit.attributions` with this form and role.
``quotations``    quotations of :func:`newskit.quotes` whose speaker is this form (role "source").

Sorted by role (sources first), entity, then form.

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

import re

import pandas as pd

from .cues import same_given_name
from .matching import linked_groups
from .quotations import quotes
from .sources import attributions
from .speakers import PRONOUNS, name_forms
from .story import story_table
from .text.lexicon import AGENCY_FORMS, NAME_PARTICLES, NAME_TITLES
from .text.typography import canonical as plain
from .text.visible import visible_text

ENTITY_COLUMNS = ["entity", "role", "source_type", "form", "versions", "attributions", "quotations"]
ROLES = ("source", "credit")


_AGENCY_NAMES = {form: name for name, forms in AGENCY_FORMS.items() for form in (name, *forms)}
_AGENCY_KEYS = {re.sub(r"[.\s]+", " ", form).strip().casefold(): name for form, name in _AGENCY_NAMES.items()}
_POSSESSIVE = re.compile(r"'s?(?=\s|$)")
_LINK_WORDS = {"of", "the", "and", "for", "&"} | NAME_PARTICLES  # inside a name: "Bank of England"
_ABBREVIATION = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def name_key(name: str) -> str:
    """``name`` in one plain form: what two ways of writing one source have in common.

    Case folded; a possessive ending, a leading "the", titles before a name (:data:`newskit.text.lexicon.NAME_TITLES`),
    middle initials, the full stops of abbreviations and other punctuation left out; a wire
    agency under its canonical name.

    Example
    -------
    >>> [name_key(n) for n in ["Donald J. Trump", "President Trump's", "The Associated Press", "A.P.",
    ...                        "U.S. intelligence agencies", "JOHN  SMITH"]]
    ['donald trump', 'trump', 'ap', 'ap', 'us intelligence agencies', 'john smith']
    """
    text = _POSSESSIVE.sub("", plain(str(name)).strip())
    text = _ABBREVIATION.sub(lambda m: m.group().replace(".", ""), text)
    words = re.sub(r"[^\w\s&/-]", " ", text).casefold().split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    agency = _AGENCY_KEYS.get(" ".join(words))
    if agency:
        return agency.casefold()
    while len(words) > 1 and words[0] in NAME_TITLES:
        words = words[1:]
    return " ".join(w for i, w in enumerate(words) if not (len(w) == 1 and 0 < i < len(words) - 1))


def resolve_names(forms: list[str], people: set[str], full_names: list[str] = ()) -> dict[str, str]:
    """Canonical name of each of ``forms``: forms with one :func:`name_key` are one entity, and a
    one-word person's name (in ``people``) joins the one full name ending in it, among the person
    forms and ``full_names`` (other names the story writes). Forms come in order of first use,
    most used first among ties (see the module docstring for the canonical name).

    Example
    -------
    >>> resolve_names(["Trump", "Donald Trump", "AP"], {"Trump", "Donald Trump"})
    {'Trump': 'Donald Trump', 'Donald Trump': 'Donald Trump', 'AP': 'AP'}
    >>> resolve_names(["Cheney", "Liz Cheney", "Mary Cheney"], {"Cheney", "Liz Cheney", "Mary Cheney"})
    {'Cheney': 'Cheney', 'Liz Cheney': 'Liz Cheney', 'Mary Cheney': 'Mary Cheney'}
    """
    keys = {form: name_key(form) for form in forms}
    canonical = {}
    for group in linked_groups(_name_links(keys, people, full_names)):
        members = [item for side, item in group if side == "form"]
        if not members:
            continue  # names the text gives that no source is written as
        best = _canonical(members, keys)
        canonical.update(dict.fromkeys(members, best))
    return {form: canonical[form] for form in forms}


def _name_links(keys: dict[str, str], people: set[str], full_names) -> list[tuple]:
    """Links between each form and its key, and between a one-word key and the one longer key ending in
    it: a person's surname and a full name, a body's last word and its longer name."""
    full = {key for form, key in keys.items() if form in people and len(key.split()) > 1}
    full |= {name_key(n) for n in full_names if len(name_key(n).split()) > 1}
    named = {key for form, key in keys.items() if form not in people and len(key.split()) > 1
             and all(w[:1].isupper() or w in _LINK_WORDS for w in form.split()[1:])}
    links = _nickname_links(full)
    for form, key in keys.items():
        links.append((("form", form), ("key", key)))
        one_word = len(key.split()) == 1 and re.sub(r"^[Tt]he\s+", "", form)[:1].isupper()
        carriers = {k for k in (full if form in people else named) if one_word and k.split()[-1] == key}
        if len(carriers) == 1:
            links.append((("key", key), ("key", next(iter(carriers)))))
    return links


def _nickname_links(full: set[str]) -> list[tuple]:
    """Links between full names with one surname whose given names are one name or a nickname of it ("liz
    cheney", "elizabeth cheney")."""
    by_surname: dict[str, list[str]] = {}
    for key in sorted(full):
        by_surname.setdefault(key.split()[-1], []).append(key)
    return [(("key", a), ("key", b)) for keys in by_surname.values() for i, a in enumerate(keys) for b in keys[i + 1:]
            if same_given_name(a.split()[0], b.split()[0])]


def _canonical(members: list[str], keys: dict[str, str]) -> str:
    """The name an entity is shown under (see the module docstring); ``members`` in order of use."""
    agency = next((_AGENCY_NAMES[m] for m in members if m in _AGENCY_NAMES), None)
    agency = agency or next((name for name in AGENCY_FORMS if name.casefold() == keys[members[0]]), None)
    if agency:
        return agency
    rank = {m: i for i, m in enumerate(members)}
    return min(members, key=lambda m: (m.isupper() and not all(x.isupper() for x in members),
                                       plain(m).endswith(("'s", "'")), -len(keys[m].split()), rank[m]))


def _role(block) -> str:
    return "source" if block == "body" else "credit"


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
    for form, kind, version, block in zip(cited["source"], cited["source_type"], cited["version"], cited["block"]):
        row = _entry(rows, _role(block), form)
        row["types"].append(kind)
        row["seen"].add(version)
        row["attributions"] += 1
    for form, version in zip(quoted["speaker"], quoted["version"]):
        row = _entry(rows, "source", form)
        row["seen"].add(version)
        row["quotations"] += 1
    forms = list(dict.fromkeys(form for _, form in sorted(rows, key=lambda k: -_uses(rows[k]))))
    people = {form for (_, form), row in rows.items() if not row["types"] or "person" in row["types"]}
    full_names = [n for v in story.versions for n in name_forms(visible_text(v.body))]
    canonical = resolve_names(forms, people, full_names)
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
