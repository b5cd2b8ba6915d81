"""Who each version cites, with which reporting verb, and what changed between versions.

Attribution is found with rules, offline: a lexicon of reporting cues ("said",
"told", "added", "according to", "the readout stated", "blamed" ...), and the
source phrase next to each cue: the subject before a verb ("Kazakh officials
said"), the name after an inverted verb ("said Paul Martin") or after
"according to" / "summarized by". A named person is reduced to the name
("China's Foreign Minister Wang Yi" -> "Wang Yi") and resolved to the fullest
form the version gives ("Wang" -> "Wang Yi"). Credit lines, datelines and
bylines are sources of the version itself (cues "dateline", "reporting by",
"with additional input by" ...). Cues inside quotation marks are the speaker's
words, not the article's attribution, and are skipped.

Example
-------
>>> from newskit.story import story_from_texts
>>> story = story_from_texts({"a": "Kazakh officials said on Sunday that order was restored."})
>>> attributions(story)[["source", "source_type", "cue"]].values.tolist()
[['Kazakh officials', 'anonymous', 'said']]
"""

from __future__ import annotations

import bisect
import re

import pandas as pd

from .story import sentences as story_sentences, story_table
from .speakers import (
    PRONOUNS, PERSON_PRONOUNS, _INSTITUTION, person_name, subject_before, subject_after, name_forms, named_people, role_names, resolve_source,
)

ATTRIBUTION_COLUMNS = ["version", "sentence", "source", "source_type", "cue", "start", "end", "mention", "block"]
SOURCE_TYPES = (
    "person", "official/institution", "government", "state media", "media", "wire agency", "anonymous", "document",
)

_IRREGULAR = {"say": "said", "tell": "told", "write": "wrote", "speak": "spoke", "go on": "went on",
              "read": "read"}
_DOUBLED = {"admit", "quip", "regret", "commit", "plead", "chat", "snap", "shrug"}  # admitted, quipped
_VERBS = """say tell add state claim explain insist note write argue warn stress declare announce acknowledge
admit concede reply respond recall suggest confirm deny urge predict quip joke remark observe emphasise emphasize
reiterate tweet comment conclude caution contend counter complain boast agree ask blame accuse assert allege
testify vow pledge promise estimate insist report charge maintain demand lament concede recall plead reveal
disclose reckon mention retort rebut protest post chant plead muse sigh snap""".split()
_QUOTE_ONLY_VERBS = "continue begin shout yell scream wonder laugh cry whisper describe call".split() + ["go on"]
_NOUNISH = set("""state report charge estimate counter comment promise joke vow pledge note remark tweet reply claim post
protest demand call""".split())
_SPANISH = "dijo afirmó declaró aseguró explicó señaló añadió agregó indicó sostuvo comentó".split()


def _forms(base: str) -> list[str]:
    """Inflected forms of an English reporting verb: says, said, saying."""
    stem = base[:-1] if base.endswith("e") else base
    if base in _DOUBLED:
        return [base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"]
    past = _IRREGULAR.get(base, base + "d" if base.endswith("e") else (stem[:-1] + "ied" if base.endswith("y")
                                                                        and base[-2] not in "aeiou" else base + "ed"))
    third = base[:-1] + "ies" if base.endswith("y") and base[-2] not in "aeiou" else (
        base + "es" if base.endswith(("s", "sh", "ch", "x")) else base + "s")
    if base in _NOUNISH:
        return [past, stem + "ing"] + ([third] if base == "claim" else [])
    return [base, third, past, stem + "ing"]


def _cue_pattern(verbs: list[str], extra: list[str]) -> re.Pattern:
    forms = sorted({f for v in verbs for f in _forms(v)} | set(extra), key=len, reverse=True)
    forms = [re.escape(f).replace(r"\ ", r"\s+") for f in forms]
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(forms) + r")(?![\w'’-])")


CUES = _cue_pattern([v for v in _VERBS if v != "ask"], ["pointed out", "points out"] + _SPANISH)
"""Reporting verbs (all inflections) that attribute a statement to a source."""
QUOTE_CUES = _cue_pattern(_VERBS + _QUOTE_ONLY_VERBS, ["pointed out", "points out", "notes", "states"] + _SPANISH)
"""Cues accepted next to a quotation ("she continued", "he went on") but not on their own."""
BY_CUES = re.compile(r"\b(?:[Aa]ccording to|[Ss]ummari[sz]ed by|[Rr]eported by|[Cc]ited by|[Qq]uoted by)\s+")
"""Cues whose source follows them."""

_GOVERNMENT = re.compile(
    r"\b(?:government|authorities|ministry|kremlin|white house|cabinet|administration|state department|"
    r"foreign ministry|beijing|moscow|washington|kyiv|london|tehran)\b", re.IGNORECASE)
_STATE_MEDIA = re.compile(r"\b(?:state (?:media|television|tv|news agency|broadcaster|radio|newspaper)|xinhua|"
                          r"tass|ria novosti|cctv|global times|people's daily|irna|kcna)\b", re.IGNORECASE)
_MEDIA = re.compile(r"\b(?:media|television|tv|newspaper|broadcaster|radio|magazine|website|channel|outlet|"
                    r"news agency|paper|times|post|journal|bbc|cnn|gvs|guardian|telegraph)\b", re.IGNORECASE)
_WIRE = re.compile(r"^(?:reuters|ap|associated press|afp|agence france-presse|bloomberg|dpa|efe|ansa|pti|"
                   r"interfax|kyodo|upi|anadolu)$", re.IGNORECASE)
_DOCUMENT = re.compile(r"\b(?:readout|reading|report|statement|document|documents|transcript|filing|letter|memo|"
                       r"release|communiqu[eé]|survey|study|data|poll|figures|indictment|complaint|ruling|"
                       r"record|records|analysis|notice|decree|tweet|post)$", re.IGNORECASE)
_ANONYMOUS = re.compile(r"\b(?:officials?|sources?|people familiar|persons? familiar|diplomats?|insiders?|"
                        r"witnesses|residents|analysts|experts|observers|critics|aides?)$", re.IGNORECASE)

def source_type(source: str) -> str:
    """Classify a source phrase: person, official/institution, government, state media, media, wire agency,
    anonymous or document.

    Example
    -------
    >>> [source_type(s) for s in ["Wang Yi", "Kazakh officials", "readout", "Chinese state media", "Reuters"]]
    ['person', 'anonymous', 'document', 'state media', 'wire agency']
    """
    if _WIRE.match(source.strip()):
        return "wire agency"
    if _STATE_MEDIA.search(source):
        return "state media"
    if _DOCUMENT.search(source):
        return "document"
    if _ANONYMOUS.search(source):
        return "anonymous"
    if _GOVERNMENT.search(source):
        return "government"
    if _MEDIA.search(source):
        return "media"
    if _INSTITUTION.search(source):
        return "official/institution"
    return "person"


def find_attributions(text: str, spans: list[tuple[int, int]], skip: list[tuple[int, int]] = ()) -> list[dict]:
    """Attributions in the sentences ``spans`` of ``text``, skipping cues inside ``skip`` (quoted) spans.

    Returns dicts with source (as written), cue, start, end (of source and cue together),
    mention_start, mention_end, and the index of the sentence span.

    Example
    -------
    >>> text = "Authorities blamed the violence on extremists."
    >>> [(a["source"], a["cue"]) for a in find_attributions(text, [(0, len(text))])]
    [('Authorities', 'blamed')]
    """
    skip_starts = [s for s, _ in skip]
    found = []

    def quoted(pos: int) -> bool:
        i = bisect.bisect_right(skip_starts, pos) - 1
        return i >= 0 and skip[i][0] <= pos < skip[i][1]

    for index, (lo, hi) in enumerate(spans):
        last = None
        for match in sorted(list(CUES.finditer(text, lo, hi)) + list(BY_CUES.finditer(text, lo, hi)),
                            key=lambda m: m.start()):
            if quoted(match.start()):
                continue
            cue = re.sub(r"\s+", " ", match.group().strip()).lower()
            if match.re is BY_CUES:
                subject = subject_after(text, match.end(), hi)
            else:
                ends = [e for s, e in skip if lo <= e <= match.start()]
                clause = max([_clause_start(text, lo, match.start()), *ends])
                subject = subject_before(text, clause, match.start())
                if subject is None and cue.endswith("ing"):
                    subject = last  # "..., she said, adding that ...": the adding is hers
                    if subject is None:
                        continue
                if subject is None and not re.search(r"\w", text[clause:match.start()]):
                    subject = subject_after(text, match.end(), hi)
                    if subject and subject[0].lower() in PRONOUNS - {"he", "she", "they", "i", "we"}:
                        subject = None
            if subject is None or quoted(subject[1]) or quoted(subject[2] - 1):
                continue  # quoted words are never a source
            last = subject
            source, s, e = subject
            found.append({"source": source, "cue": cue, "start": min(s, match.start()),
                          "end": max(e, match.end()), "mention_start": s, "mention_end": e, "span": index})
    return found


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last quotation mark, semicolon or dash before it."""
    cut = max(text.rfind(ch, lo, pos) for ch in "“”\"«»;—–:")
    return lo if cut < 0 else cut + 1


_CREDIT = re.compile(
    r"(?P<cue>(?:additional\s+)?reporting|writing|written|editing|edited|compiled|translated|"
    r"(?:with\s+)?additional\s+input)\s+by\s+(?P<names>[^;()\n]+)", re.IGNORECASE)
_AGENCY_WORD = re.compile(r"\b(?:Reuters|REUTERS|AP|Associated Press|AFP|Agence France-Presse|Bloomberg|dpa|EFE|"
                          r"ANSA|PTI|Interfax|Kyodo|UPI|Anadolu|Xinhua|TASS)\b")


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
        row["source"] = _canonical_agency(row["source"])
    return rows


def _canonical_agency(name: str) -> str:
    return {"REUTERS": "Reuters", "Associated Press": "AP", "Agence France-Presse": "AFP"}.get(name, name)


def _version_attributions(version, sentences: pd.DataFrame, quoted: list[tuple[int, int]]) -> list[dict]:
    spans = list(zip(sentences["start"], sentences["end"]))
    found = find_attributions(version.raw, spans, quoted)
    names = name_forms(version.body)
    people = named_people(version.raw, spans, names)
    speakers: list[tuple[int, str]] = []
    roles = role_names(version.body, names)
    rows = []
    for item in found:
        mention = item["source"]
        definite = re.search(r"\bthe\s+$", version.raw[max(0, item["mention_start"] - 5):item["mention_start"]], re.I)
        source = resolve_source(mention, names, roles, bool(definite))
        if mention.lower() in PERSON_PRONOUNS:
            here, pos0 = spans[item["span"]][0], item["mention_start"]  # same sentence, last speaker, last person
            earlier = ([name for pos, name in people if here <= pos < pos0]
                       or [name for pos, name in speakers if pos < pos0] or [name for pos, name in people if pos < pos0])
            source = earlier[-1] if earlier else mention
        kind = source_type(source) if source.lower() not in PRONOUNS else "person"
        if kind == "person" and person_name(source.split()):
            bisect.insort(speakers, (item["mention_start"], source))
        rows.append({"version": version.id, "sentence": int(sentences["sentence"].iloc[item["span"]]),
                     "source": source, "source_type": kind, "cue": item["cue"], "start": item["start"],
                     "end": item["end"], "mention": mention, "block": "body"})
    for item in credit_sources(version):
        kind = "wire agency" if _WIRE.match(item["source"]) else source_type(item["source"])
        if item["cue"] == "with additional input by":
            kind = "media"
        elif item["cue"] in ("reporting by", "editing by", "writing by", "written by", "byline", "edited by"):
            kind = "person"
        rows.append({"version": version.id, "sentence": pd.NA, "source": item["source"], "source_type": kind,
                     "cue": item["cue"], "start": item["start"], "end": item["end"], "mention": item["mention"],
                     "block": item["block"]})
    return rows


@story_table
def attributions(story) -> pd.DataFrame:
    """Every attribution in every version: who is cited, with which cue, and where.

    Columns: version, sentence (NA for credit/dateline/byline/caption rows), source (resolved:
    fullest name, pronoun -> last named person), source_type (see :data:`SOURCE_TYPES`),
    cue (lower case: "said", "according to", "reporting by", "dateline" ...), start, end
    (offsets into ``version.raw`` of source and cue together), mention (the source as
    written), block (label of the block: body, credit, dateline, byline, caption).
    Sorted by version (story order) then start.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Wang Yi spoke. Wang added that talks went well, the readout stated."})
    >>> attributions(story)[["source", "cue"]].values.tolist()
    [['Wang Yi', 'added'], ['readout', 'stated']]
    """
    from .quotations import quotes as story_quotes

    sents = story_sentences(story)
    quoted = story_quotes(story)
    rows = []
    for version in story.versions:
        spans = sorted(zip(quoted.loc[quoted["version"] == version.id, "start"],
                           quoted.loc[quoted["version"] == version.id, "end"]))
        rows += _version_attributions(version, sents[sents["version"] == version.id], spans)
    frame = pd.DataFrame(rows, columns=ATTRIBUTION_COLUMNS)
    frame["sentence"] = frame["sentence"].astype("Int64")
    order = {v: i for i, v in enumerate(story.ids)}
    frame = frame.sort_values(["version", "start", "end"], key=lambda c: c.map(order) if c.name == "version" else c)
    return frame.drop_duplicates(["version", "start", "end", "cue"]).reset_index(drop=True)
