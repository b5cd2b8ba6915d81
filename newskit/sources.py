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
QUOTE_CUES = _cue_pattern(_VERBS + _QUOTE_ONLY_VERBS, ["pointed out", "points out"] + _SPANISH)
"""Cues accepted next to a quotation ("she continued", "he went on") but not on their own."""
BY_CUES = re.compile(r"\b(?:[Aa]ccording to|[Ss]ummari[sz]ed by|[Rr]eported by|[Cc]ited by|[Qq]uoted by)\s+")
"""Cues whose source follows them."""

PRONOUNS = {"he", "she", "they", "i", "we", "it", "who", "which", "that", "you"}
PERSON_PRONOUNS = {"he", "she"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one"}
_QUANTIFIERS = {"some", "two", "three", "several", "many", "most", "both", "all", "each"}
_SKIP_BEFORE_CUE = set("""also later then further previously again recently repeatedly earlier separately additionally
however meanwhile both all reportedly once publicly privately would will could may might has have had was were is
already not never""".split())
_TIME_NOUNS = set("""yesterday today tonight morning evening afternoon night week month year monday tuesday wednesday
thursday friday saturday sunday""".split())
_ADJECTIVES_ED = {"retired", "unnamed", "elected", "armed", "detained", "united", "concerned", "informed", "advanced"}
_TIME_LEAD = {"on", "late", "early", "last", "this", "that", "in", "the", "on"}
_STOP = set("""that and but or which who whom whose when while as because if so than whether where although though
after before since until in with at from to on into over under about against between through during without
not nor yet is are was were be been being has have had do does did will would can could should may might must
also said says told tells""".split()) | {"“", "”", '"', "«", "»"}
_ROLE_WORDS = set("""minister president prime foreign secretary spokesman spokeswoman spokesperson chief executive
director governor senator sen. rep. representative mr. mrs. ms. dr. prof. general gen. colonel col. judge justice
mayor chairman chairwoman chair ceo ambassador commissioner officer detective sheriff captain capt. king queen
prince princess pope archbishop bishop lord lady sir dame deputy vice premier chancellor leader speaker attorney
coach manager professor analyst economist lt. sgt. adm. supt. councillor councilor lawmaker envoy founder
head editor correspondent reporter author sheikh mr mrs ms dr prof sen rep gov gen lt col capt sgt det insp supt
rev fr mp mep msp mla monsignor msgr inspector superintendent constable sergeant farmer resident residents campaigner organiser
organizer owner nurse teacher doctor driver student shopkeeper activist lawyer prosecutor researcher scientist
historian candidate trustee fan player striker singer actor actress comedian writer novelist artist chef pilot
soldier commander veteran survivor victim witness neighbour neighbor mother father parent widow volunteer
worker employee engineer lecturer headteacher principal pastor priest rabbi imam cardinal marshal firefighter
paramedic surgeon consultant adviser advisor strategist pollster investor entrepreneur businessman
businesswoman billionaire congressman congresswoman assemblyman assemblywoman alderman dean meteorologist
treasurer cfo coo cto chairperson president-elect governor-elect shadow opposition party labour conservative
democrat republican democratic official officer""".split())
_TITLES = set("mr mrs ms dr prof sen rep gov gen lt col capt sgt det insp supt rev fr sir dame lord lady".split())
_INSTITUTION = re.compile(
    r"\b(?:police|military|army|navy|court|council|committee|commission|company|firm|bank|university|party|"
    r"organi[sz]ation|alliance|agency|union|association|institute|department|office|bureau|group|board|"
    r"foundation|trust|fund|society|network|centre|center|school|hospital|news|times|post|"
    r"spokes(?:man|woman|person)|official|minister|prosecutors?|investigators?|regulators?|CSTO|NATO|UN|EU|"
    r"Inc|Corp|Ltd|Council|Ministry|Department|Commission|Police|University|Bank|Organi[sz]ation|Agency)\b",
    re.IGNORECASE,
)
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

_TOKEN = re.compile(r"(?:[A-Z]\.)+|[^\W_](?:[\w'’.-]*[^\W_])?\.?|[^\w\s]")
_NAME_TOKEN = re.compile(r"^(?:[A-Z]\.)+$|^[^\W\d_][\w'’.-]*$")
_FUNCTION_WORDS = set("""but and the in on at so yet or as if when while after before then also meanwhile however
a an this that it he she they we i his her their its our my there here for with from by of to""".split())
_PARTICLES = {"de", "da", "van", "von", "der", "bin", "al", "el", "la", "le", "du", "di", "dos", "ibn"}
_CAPITALISED_RUN = re.compile(
    r"(?:(?<=\s)|^)((?:[A-Z](?:\.|[\w'’-]*[\w])|(?:de|van|von|der|bin|al|el|da|di|du|ibn)(?=\s+[A-Z]))"
    r"(?:\s+(?:[A-Z](?:\.|[\w'’-]*[\w])|(?:de|van|von|der|bin|al|el|da|di|du|ibn)(?=\s+[A-Z])))+)"
)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens of ``text[start:end]`` with their offsets into ``text``.

    Example
    -------
    >>> [t for t, _, _ in tokens("Heather C. Briccetti said.")]
    ['Heather', 'C.', 'Briccetti', 'said', '.']
    """
    end = len(text) if end is None else end
    out = []
    for match in _TOKEN.finditer(text, start, end):
        word, s, e = match.group(), match.start(), match.end()
        if len(word) > 2 and word.endswith(".") and word.lower() not in _ROLE_WORDS and "." not in word[:-1]:
            out += [(word[:-1], s, e - 1), (".", e - 1, e)]
        else:
            out.append((word, s, e))
    return out


def _is_pronoun(word: str) -> bool:
    """A pronoun, not an acronym that spells one ("WHO", "IT")."""
    return word.lower() in PRONOUNS and not (len(word) > 1 and word.isupper())


def _is_capitalised(word: str) -> bool:
    return bool(_NAME_TOKEN.match(word)) and word[0].isupper()


def person_name(words: list[str]) -> list[str]:
    """The personal name at the end of a phrase, without titles and roles, or [] if none.

    Example
    -------
    >>> person_name("China's Foreign Minister Wang Yi".split())
    ['Wang', 'Yi']
    """
    run: list[str] = []
    for word in reversed(words):
        if word.lower() in _FUNCTION_WORDS:
            break
        if (_is_capitalised(word) or word in _PARTICLES) and word.lower() not in _ROLE_WORDS:
            if word.endswith(("'s", "’s")):
                break
            run.insert(0, word)
        else:
            break
    while run and run[0] in _PARTICLES:
        run.pop(0)
    return run


def _strip_determiner(words: list[str]) -> list[str]:
    while len(words) > 1 and (words[0].lower() in _DETERMINERS or (
            words[0].lower() in _QUANTIFIERS and words[1].lower() == "of")):
        words = words[2:] if words[1].lower() == "of" and len(words) > 2 else words[1:]  # "one of the sources"
    return words


def _phrase(toks: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """Source text and offsets from the tokens of a subject phrase."""
    words = [t for t, _, _ in toks]
    if not words or (words[-1].lower() in _DETERMINERS | _STOP | {"of", "for"} and not words[-1].isupper()):
        return None
    if _is_pronoun(words[-1]):
        toks, words = toks[-1:], words[-1:]
    if len(words) == 1 and _is_pronoun(words[0]):
        return (words[0], toks[0][1], toks[0][2]) if words[0].lower() not in {"it", "who", "which", "that"} else None
    name = person_name(words)
    if name and not (len(name) == len(words) and len(words) == 1 and words[0].lower() in _DETERMINERS):
        first = toks[len(words) - len(name)]
        before = words[len(words) - len(name) - 1] if len(name) < len(words) else ""
        if before.lower() in _ROLE_WORDS | {"'s", "’s"} or (
                before.isalpha() and before.islower() and before not in _DETERMINERS | _STOP | {"of", "for"}):
            return " ".join(name), first[1], toks[-1][2]  # "HSBC spokesman Gareth Hewett", "aide Jo Lee"
        if all(_is_capitalised(w) or w in _PARTICLES for w in words) and not _INSTITUTION.search(" ".join(words)):
            kept = _strip_determiner(words)
            start = toks[len(words) - len(kept)][1]
            return " ".join(kept), start, toks[-1][2]
    kept = _strip_determiner(words)
    if kept[0].lower() in _DETERMINERS or kept[-1].lower() in _STOP:
        return None
    start = toks[len(words) - len(kept)][1]
    return " ".join(kept), start, toks[-1][2]


def _skip_adverbials(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop adverbs, auxiliaries and time phrases ("on Friday", "late Monday") before a verb."""
    while len(toks) > 1:
        word = toks[-1][0].lower()
        if word in _SKIP_BEFORE_CUE:
            toks = toks[:-1]
        elif word in _TIME_NOUNS:
            toks = toks[:-1]
            while len(toks) > 1 and toks[-1][0].lower() in _TIME_LEAD | _TIME_NOUNS:
                toks = toks[:-1]
        else:
            break
    return toks


def subject_before(text: str, lo: int, pos: int) -> tuple[str, int, int] | None:
    """The source phrase that ends just before a cue at ``pos`` (looking back no further than ``lo``).

    Time words between subject and verb ("Xi Jinping on Friday told") are skipped, and
    an appositive ("Heather C. Briccetti, president of X, said") yields the name before it.

    Example
    -------
    >>> text = "Kazakh officials said Sunday."
    >>> subject_before(text, 0, text.index("said"))
    ('Kazakh officials', 0, 16)
    """
    toks = _skip_adverbials(tokens(text, lo, pos))
    if toks and toks[-1][0] == ",":
        commas = [i for i, t in enumerate(toks[:-1]) if t[0] == ","]
        between = [t[0] for t in toks[commas[-1] + 1:-1]] if commas else []
        if between and person_name(between) == between:
            return " ".join(between), toks[commas[-1] + 1][1], toks[-2][2]
        if commas and len(toks) - commas[-1] < 16:
            toks = toks[: commas[-1]]
        else:
            return None
    phrase: list[tuple[str, int, int]] = []
    for tok in reversed(toks):
        word = tok[0]
        verb_like = word.islower() and word.endswith("ed") and word not in _ADJECTIVES_ED
        stop = word.lower() in _STOP and not (len(word) > 1 and word.isupper())  # "WHO", not "who"
        if not (word[0].isalnum()) or stop or verb_like or len(phrase) >= 6:
            if word.lower() in {"of", "for"} and phrase:
                phrase.insert(0, tok)
                continue
            break
        phrase.insert(0, tok)
    while phrase and phrase[0][0].lower() in {"of", "for"}:
        phrase.pop(0)
    return _phrase(phrase)


def subject_after(text: str, pos: int, hi: int) -> tuple[str, int, int] | None:
    """The source phrase that starts at ``pos`` (after an inverted cue or "according to"), up to ``hi``.

    A role followed by a name gives the name ("said HSBC spokesman Gareth Hewett"), and so does
    a role in apposition to a name ("admitted the mayor, John Smith, who ...").

    Example
    -------
    >>> text = "according to the readout."
    >>> subject_after(text, 13, len(text))
    ('readout', 17, 24)
    """
    phrase: list[tuple[str, int, int]] = []
    toks = tokens(text, pos, hi)
    for tok in toks:
        word = tok[0]
        if not word[0].isalnum() or len(phrase) >= 8:
            break
        if word.lower() in _STOP - {"of"} or (word.lower() in (_SKIP_BEFORE_CUE | _TIME_NOUNS) and phrase):
            break
        if phrase and not _is_capitalised(phrase[-1][0]) and _is_capitalised(word) and word.lower() != "of":
            if phrase[-1][0].lower() not in _DETERMINERS | {"of"} | _ROLE_WORDS:
                break
        phrase.append(tok)
    while phrase and phrase[-1][0].lower() in {"of"} | _DETERMINERS:
        phrase.pop()
    if phrase and _is_pronoun(phrase[0][0]) and len(phrase) > 1:
        phrase = phrase[:1]
    if not phrase:
        return None
    words = [t for t, _, _ in phrase]
    name = person_name(words)
    if name and len(name) == len(words):
        return " ".join(name), phrase[0][1], phrase[-1][2]
    if not name and words[-1].lower() in _ROLE_WORDS:
        appositive = _appositive_name(toks[len(phrase):])
        if appositive:
            return appositive
    return _phrase(phrase)


def _appositive_name(toks: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The name in ", John Smith," / ", John Smith." at the start of ``toks``, else None."""
    if not toks or toks[0][0] != ",":
        return None
    run = []
    for tok in toks[1:]:
        if not (_is_capitalised(tok[0]) or tok[0] in _PARTICLES) or tok[0].lower() in _FUNCTION_WORDS:
            break
        run.append(tok)
    rest = toks[1 + len(run):]
    name = person_name([t for t, _, _ in run])
    if not run or len(name) != len(run) or (rest and rest[0][0] not in {",", ".", ";", "who"}):
        return None
    return " ".join(name), run[0][1], run[-1][2]


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


def name_forms(text: str) -> list[str]:
    """Personal names written in ``text`` (runs of two or more capitalised words, roles dropped).

    Example
    -------
    >>> name_forms("Foreign Minister Wang Yi met Sergei Lavrov.")
    ['Wang Yi', 'Sergei Lavrov']
    """
    names = []
    for match in _CAPITALISED_RUN.finditer(text):
        name = person_name(match.group(1).split())
        if len(name) >= 2 and not _INSTITUTION.search(" ".join(name)):
            names.append(" ".join(name).rstrip("."))
    return list(dict.fromkeys(names))


def named_people(text: str, spans: list[tuple[int, int]], names: list[str]) -> list[tuple[int, str]]:
    """(offset, fullest name) of every personal name written in the spans of ``text``, in order.

    Example
    -------
    >>> named_people("Tokayev's order. Kassym-Jomart Tokayev spoke.", [(0, 45)], ["Kassym-Jomart Tokayev"])
    [(17, 'Kassym-Jomart Tokayev')]
    """
    found = []
    for lo, hi in spans:
        for match in _CAPITALISED_RUN.finditer(text[:hi], lo):
            name = person_name(match.group(1).split())
            if len(name) >= 2 and not _INSTITUTION.search(" ".join(name)):
                found.append((match.start(1), fullest_name(" ".join(name).rstrip("."), names)))
    return found


_NAME_ROLE = re.compile(r",\s+(?:the|a|an|its|their)\s+((?:[\w'’-]+\s+){0,3}?[a-z][\w-]*)\b")
_ROLE_COMMA = re.compile(r"\b(?:the|a|an|its|their)\s+((?:[\w'’-]+\s+){0,3}?[a-z][\w-]*),\s*$")


def role_names(text: str, names: list[str]) -> dict[str, set[str]]:
    """Role word -> fullest names the text gives it ("Mayor Karen Bass", "Karen Weaver, the mayor of Flint",
    "the mayor, John Smith").

    Example
    -------
    >>> role_names("Mayor Karen Bass spoke.", ["Karen Bass"])
    {'mayor': {'Karen Bass'}}
    """
    roles: dict[str, set[str]] = {}
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group(1).split()
        name = person_name(words)
        if len(name) < 2 or _INSTITUTION.search(" ".join(name)):
            continue
        before = text[max(0, match.start(1) - 60):match.start(1)]
        lead = words[:len(words) - len(name)] + before.split()[-2:]
        after = _NAME_ROLE.match(text, match.end(1))
        appositive = _ROLE_COMMA.search(before)
        lead += (after.group(1).split()[-1:] if after else []) + (appositive.group(1).split()[-1:] if appositive else [])
        for role in {w.lower().strip(",") for w in lead} & (_ROLE_WORDS - _TITLES):
            roles.setdefault(role, set()).add(fullest_name(" ".join(name).rstrip("."), names))
    return roles


def resolve_source(mention: str, names: list[str], roles: dict[str, set[str]], definite: bool) -> str:
    """The fullest name for a mention: "Wang" -> "Wang Yi"; "the mayor" -> the one named mayor, when
    ``definite`` (the mention follows "the") and the text names exactly one.

    Example
    -------
    >>> resolve_source("mayor", [], {"mayor": {"Karen Bass"}}, True)
    'Karen Bass'
    """
    words = mention.split()
    if definite and words and words[-1].lower() in roles and not any(_is_capitalised(w) for w in words):
        found = roles[words[-1].lower()]
        if len(found) == 1:
            return next(iter(found))
    return fullest_name(mention, names)


def fullest_name(name: str, names: list[str]) -> str:
    """The longest name in ``names`` that contains ``name`` word for word, when only one does.

    Example
    -------
    >>> fullest_name("Wang", ["Wang Yi", "Sergei Lavrov"])
    'Wang Yi'
    """
    words = name.split()
    if not words or not all(_is_capitalised(w) or w in _PARTICLES for w in words):
        return name
    best: list[str] = []
    for candidate in names:
        cw = candidate.split()
        if len(cw) > len(words) and any(cw[i:i + len(words)] == words for i in range(len(cw) - len(words) + 1)):
            best.append(candidate)
    longest = {b for b in best if len(b.split()) == max((len(x.split()) for x in best), default=0)}
    if len(longest) == 1:
        return longest.pop()
    return name


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
    from .segment import sentences as story_sentences

    sents = story_sentences(story)
    quoted = story_quotes(story, sentences=sents)
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


def compare_sources(story, attributed: pd.DataFrame | None = None) -> pd.DataFrame:
    """Source-by-version table in long form: who each version cites, how often, with which cues.

    Columns: source, source_type, version, mentions (0 when the version does not cite the
    source), cues (distinct cues in order of use, joined by ", "), versions (how many versions
    cite the source), status ("in all versions" or "only in some versions"). Sorted by status
    (partly cited first), source, then version in story order.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Police said it rained.", "b": "Police claimed it rained. Aid groups said so."})
    >>> compare_sources(story).query("version == 'a'")[["source", "mentions", "status"]].values.tolist()
    [['Aid groups', 0, 'only in some versions'], ['Police', 1, 'in all versions']]
    """
    attributed = attributions(story) if attributed is None else attributed
    rows = []
    for source, group in attributed.groupby("source", sort=True):
        kind = group["source_type"].mode().sort_values().iloc[0]
        present = set(group["version"])
        for version in story.ids:
            mine = group[group["version"] == version]
            rows.append({"source": source, "source_type": kind, "version": version, "mentions": len(mine),
                         "cues": ", ".join(dict.fromkeys(mine["cue"])), "versions": len(present),
                         "status": "in all versions" if len(present) == len(story.ids) else "only in some versions"})
    frame = pd.DataFrame(rows, columns=["source", "source_type", "version", "mentions", "cues", "versions", "status"])
    order = {v: i for i, v in enumerate(story.ids)}
    frame = frame.assign(_s=frame["status"].eq("in all versions"), _v=frame["version"].map(order))
    return frame.sort_values(["_s", "source", "_v"]).drop(columns=["_s", "_v"]).reset_index(drop=True)


def source_table(story, attributed: pd.DataFrame | None = None) -> pd.DataFrame:
    """Wide source-by-version table: one row per source, one column of mention counts per version.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Police said it rained.", "b": "Police claimed it rained."})
    >>> source_table(story).values.tolist()
    [['Police', 'official/institution', 1, 1]]
    """
    long = compare_sources(story, attributed)
    wide = long.pivot_table(index=["source", "source_type"], columns="version", values="mentions", aggfunc="sum")
    wide = wide.reindex(columns=story.ids).reset_index()
    wide.columns.name = None
    return wide.sort_values(["source_type", "source"]).reset_index(drop=True)


def cue_changes(story, attributed: pd.DataFrame | None = None, alignment: pd.DataFrame | None = None) -> pd.DataFrame:
    """Attributions that changed between linked sentences of two versions.

    Sentences are linked by :func:`newskit.alignment.align`. In each linked pair, an attribution of
    the same source with another cue is a "cue changed" ("said" -> "claimed"); attributions left
    over on both sides are paired in order as "source changed" ("the readout stated" -> "according
    to the reading"); the rest are "source dropped" or "source added".

    Columns: version_a, sentence_a, version_b, sentence_b, source_a, cue_a, source_b, cue_b, change.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "Police said the road was shut.", "b": "Police claimed the road was shut."})
    >>> cue_changes(story)[["source_a", "cue_a", "cue_b", "change"]].values.tolist()
    [['Police', 'said', 'claimed', 'cue changed']]
    """
    from .alignment import align

    from .segment import sentences as story_sentences

    attributed = attributions(story) if attributed is None else attributed
    alignment = align(story) if alignment is None else alignment
    anchor = _continuations(story_sentences(story), alignment)
    body = attributed.dropna(subset=["sentence"])
    by_sentence: dict[tuple[str, int], list[dict]] = {}
    for row in body.to_dict("records"):
        key = (row["version"], int(row["sentence"]))
        by_sentence.setdefault(anchor.get(key, key), []).append(row)
    rows = []
    for (va, vb), pair in alignment.dropna(subset=["sentence_a", "sentence_b"]).groupby(
            ["version_a", "version_b"], sort=False):
        for group_a, group_b in _linked_groups(pair):
            a = [r for n in group_a for r in by_sentence.get((va, n), [])]
            b = [r for n in group_b for r in by_sentence.get((vb, n), [])]
            base = {"version_a": va, "sentence_a": group_a[0], "version_b": vb, "sentence_b": group_b[0]}
            rows += _group_changes(a, b, base)
    columns = ["version_a", "sentence_a", "version_b", "sentence_b", "source_a", "cue_a", "source_b", "cue_b", "change"]
    frame = pd.DataFrame(rows, columns=columns).drop_duplicates()
    return frame.astype({"sentence_a": "Int64", "sentence_b": "Int64"}).reset_index(drop=True)


def _linked_groups(pair: pd.DataFrame) -> list[tuple[list[int], list[int]]]:
    """Sentence numbers of a and of b joined by links (merges and splits make groups), in order."""
    groups: list[tuple[set, set]] = []
    for sa, sb in zip(pair["sentence_a"].astype(int), pair["sentence_b"].astype(int)):
        joined = [g for g in groups if sa in g[0] or sb in g[1]]
        merged = ({sa}, {sb})
        for g in joined:
            merged[0].update(g[0])
            merged[1].update(g[1])
            groups.remove(g)
        groups.append(merged)
    return sorted((sorted(a), sorted(b)) for a, b in groups)


def _group_changes(a: list[dict], b: list[dict], base: dict) -> list[dict]:
    """Changes between the attributions of two linked groups of sentences."""
    rows = []
    for ra in list(a):
        rb = next((x for x in b if x["source"] == ra["source"]), None)
        if rb is not None:
            a.remove(ra)
            b.remove(rb)
            if rb["cue"] != ra["cue"]:
                rows.append({**base, **_sides(ra, rb), "change": "cue changed"})
    for ra, rb in zip(a, b):
        rows.append({**base, **_sides(ra, rb), "change": "source changed"})
    rows += [{**base, **_sides(ra, None), "change": "source dropped"} for ra in a[len(b):]]
    rows += [{**base, **_sides(None, rb), "change": "source added"} for rb in b[len(a):]]
    return rows


def _continuations(sents: pd.DataFrame, alignment: pd.DataFrame) -> dict[tuple[str, int], tuple[str, int]]:
    """Unlinked sentences that continue the one before (they open with a comma or lower case),
    mapped to that sentence: ", according to the reading." belongs to what it attributes."""
    linked = alignment.dropna(subset=["sentence_a", "sentence_b"])
    kept = {(v, int(s)) for v, s in zip(linked["version_a"], linked["sentence_a"])}
    kept |= {(v, int(s)) for v, s in zip(linked["version_b"], linked["sentence_b"])}
    anchor = {}
    for row in sents.itertuples():
        key = (row.version, int(row.sentence))
        if key not in kept and row.sentence > 0 and re.match(r"[\W_]*[a-z,;:]", row.text):
            anchor[key] = anchor.get((row.version, int(row.sentence) - 1), (row.version, int(row.sentence) - 1))
    return anchor


def _sides(a: dict | None, b: dict | None) -> dict:
    return {"source_a": a["source"] if a else "", "cue_a": a["cue"] if a else "",
            "source_b": b["source"] if b else "", "cue_b": b["cue"] if b else ""}


def unmatched_material(story, attributed: pd.DataFrame | None = None,
                       alignment: pd.DataFrame | None = None) -> pd.DataFrame:
    """Sentences found in one version only (no link to any other version), with the sources they cite.

    Columns: version, sentence, paragraph, start, end, text, sources (the sources attributed in
    the sentence, joined by "; ", "" when it cites none). Sorted by version then sentence.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "It rained.", "b": "It rained. Officials said roads were shut."})
    >>> unmatched_material(story)[["version", "sources"]].values.tolist()
    [['b', 'Officials']]
    """
    from .alignment import align
    from .segment import sentences as story_sentences

    attributed = attributions(story) if attributed is None else attributed
    alignment = align(story) if alignment is None else alignment
    linked = alignment.dropna(subset=["sentence_a", "sentence_b"])
    kept = set(zip(linked["version_a"], linked["sentence_a"])) | set(zip(linked["version_b"], linked["sentence_b"]))
    sents = story_sentences(story)
    kept |= set(_continuations(sents, alignment))
    alone = sents[[(v, s) not in kept for v, s in zip(sents["version"], sents["sentence"])]] if len(story) > 1 \
        else sents.iloc[0:0]
    cited = attributed.dropna(subset=["sentence"]).groupby(["version", "sentence"])["source"].agg(
        lambda s: "; ".join(dict.fromkeys(s)))
    sources = [cited.get((v, s), "") for v, s in zip(alone["version"], alone["sentence"])]
    frame = alone.assign(sources=sources)[["version", "sentence", "paragraph", "start", "end", "text", "sources"]]
    return frame.reset_index(drop=True)


def plot_sources(story, attributed: pd.DataFrame | None = None, ax=None):
    """Bar chart of attributions by source type, one group of bars per version; returns the Axes.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> ax = plot_sources(story_from_texts({"a": "Police said so.", "b": "Officials said so."}))  # doctest: +SKIP
    """
    import matplotlib.pyplot as plt

    attributed = attributions(story) if attributed is None else attributed
    counts = pd.crosstab(attributed["source_type"], attributed["version"]).reindex(
        index=[t for t in SOURCE_TYPES if t in set(attributed["source_type"])], columns=story.ids, fill_value=0)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 3.5))
    counts.T.plot.barh(stacked=True, ax=ax, colormap="tab10", width=0.6)
    ax.invert_yaxis()
    ax.set_xlabel("attributions (body cues and credit lines)")
    ax.set_ylabel("version")
    ax.set_title("Who each version cites, by source type")
    ax.legend(title="source type", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    ax.figure.tight_layout()
    return ax
