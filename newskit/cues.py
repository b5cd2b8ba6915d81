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

import re

from .speakers import INSTITUTION
from .text.lexicon import (
    AGENCY_FORMS, AGENCY_PATTERN, CREDIT_ROLE_PATTERN, DATE_WORDS, QUOTE_ONLY_VERBS, REPORTING_VERBS,
    SPANISH_REPORTING_VERBS, STATE_AGENCIES, WIRE_PATTERN, canonical_agency, verb_forms,
)

SOURCE_TYPES = (
    "person", "official/institution", "government", "state media", "media", "wire agency", "anonymous", "document",
)

_REPORTING_MEDIA = (*AGENCY_FORMS, "Times", "Post", "Journal", "News", "Hill", "Politico", "CNN", "BBC", "NPR", "Axios")
_MEDIA_REPORTS = [rf"(?<=\b{re.escape(name)}\s)reports" for name in _REPORTING_MEDIA]  # "AP reports", not "reports"


def _cue_pattern(verbs, extra: list[str]) -> re.Pattern:
    forms = sorted({f for v in verbs for f in verb_forms(v)} | set(extra), key=len, reverse=True)
    forms = [re.escape(f).replace(r"\ ", r"\s+") for f in forms] + _MEDIA_REPORTS
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(forms) + r")(?![\w'’-])")


CUES = _cue_pattern([v for v in REPORTING_VERBS if v != "ask"], ["pointed out", "points out", *SPANISH_REPORTING_VERBS])
"""Reporting verbs (all inflections) that attribute a statement to a source."""
QUOTE_CUES = _cue_pattern(REPORTING_VERBS + QUOTE_ONLY_VERBS,
                          ["pointed out", "points out", "notes", "states", *SPANISH_REPORTING_VERBS])
"""Cues accepted next to a quotation ("she continued", "he went on") but not on their own."""
BY_CUES = re.compile(r"\b(?:[Aa]ccording to|[Ss]ummari[sz]ed by|[Rr]eported by|[Cc]ited by|[Qq]uoted by)\s+")
"""Cues whose source follows them."""

_GOVERNMENT = re.compile(
    r"\b(?:government|authorities|ministry|kremlin|white house|cabinet|administration|state department|"
    r"foreign ministry|beijing|moscow|washington|kyiv|london|tehran)\b", re.IGNORECASE)
_STATE_MEDIA = re.compile(r"\b(?:state (?:media|television|tv|news agency|broadcaster|radio|newspaper)|"
                          rf"{'|'.join(sorted(STATE_AGENCIES))}|"
                          r"ria novosti|cctv|global times|people's daily|irna|kcna)\b", re.IGNORECASE)
_MEDIA = re.compile(r"\b(?:media|television|tv|newspaper|broadcaster|radio|magazine|website|channel|outlet|"
                    r"news agency|paper|times|post|journal|bbc|cnn|gvs|guardian|telegraph)\b", re.IGNORECASE)
_WIRE = re.compile(rf"^(?:{WIRE_PATTERN})$", re.IGNORECASE)
_DOCUMENT = re.compile(r"\b(?:readout|reading|report|statement|document|documents|transcript|filing|letter|memo|"
                       r"release|communiqu[eé]|survey|study|data|poll|figures|indictment|complaint|ruling|"
                       r"record|records|analysis|notice|decree|tweet|post)$", re.IGNORECASE)
_ANONYMOUS = re.compile(r"\b(?:officials?|sources?|people|people familiar|persons? familiar|diplomats?|insiders?|"
                        r"witnesses|residents|analysts|experts|observers|critics|aides?)$", re.IGNORECASE)
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
    >>> source_type("Residents in the town"), source_type("People familiar with the matter")
    ('anonymous', 'anonymous')
    """
    if _WIRE.match(source.strip()):
        return "wire agency"
    for kind, pattern in _TYPE_PATTERNS:
        if pattern.search(source):
            return kind
    head = _HEAD.match(source)
    return source_type(head.group(1)) if head else "person"  # "residents in the town": typed as "residents"


_HEAD = re.compile(r"(.+?)\s+(?:in|at|on|from|of|by|with|aboard|near|close to|familiar with)\s", re.IGNORECASE)


_DATE_WORDS = (DATE_WORDS - {"may", "march"}) | {"early", "last", "this", "next", "on"}  # "May" and "March" name people
_NOT_SOURCES = frozenset("""well also too then now here there so still even just only again down up out off away
back yet already soon instead meanwhile however later earlier early late""".split())
_OPEN_ENDS = frozenset("by to of in on at for with from and or but as into about than""".split())
PREPOSITIONS = frozenset("in at on from of by with aboard near inside outside across during among within around".split())
"""Prepositions whose object is never the subject of a cue ("officials in Moscow said": not Moscow)."""


def source_words(source: str) -> tuple[str, int] | None:
    """A source phrase without the date words leading it, and how many characters were cut from its
    start; None when the phrase is no source: only date words ("Late Monday"), an adverb ("well"), or
    words left open ("her post by").

    Example
    -------
    >>> source_words("Monday Trump"), source_words("Late Monday the ministry"), source_words("well")
    (('Trump', 7), ('ministry', 16), None)
    """
    words = list(re.finditer(r"\S+", source))
    k = 0
    while k < len(words) - 1 and (words[k].group().lower().strip(",") in _DATE_WORDS or words[k].group()[0].isdigit()):
        k += 1
    while 0 < k < len(words) - 1 and words[k].group().lower() in ("the", "a", "an"):
        k += 1  # "Late Monday the ministry"
    rest = source[words[k].start():] if words else ""
    low = rest.lower()
    if not rest or low in _NOT_SOURCES or low in _DATE_WORDS or low.split()[-1] in _OPEN_ENDS or rest.isdigit():
        return None
    return rest, words[k].start()


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
            for name in re.finditer(r"[^,&]+?(?=\s*(?:,|&|\band\b|$))", match.group("names")):
                value = name.group().strip(" .")
                value = re.sub(r"^and\s+", "", value)
                if value:
                    s = base + match.start("names") + name.start() + name.group().find(value)
                    rows.append({"source": value, "cue": cue, "start": s, "end": s + len(value), "block": label})
            taken.append(match.span())
        if label == "byline":
            value = re.sub(r"^\s*By\s+", "", text).strip()
            s = base + text.find(value)
            rows.append({"source": value, "cue": "byline", "start": s, "end": s + len(value), "block": label})
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
