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
    alone = sents.loc[[(v, s) not in kept for v, s in zip(sents["version"], sents["sentence"])]] if len(story) > 1 \
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

    A story citing no source gets empty axes that say so.
    """
    import matplotlib.pyplot as plt

    attributed = attributions(story) if attributed is None else attributed
    counts = pd.crosstab(attributed["source_type"], attributed["version"]).reindex(
        index=[t for t in SOURCE_TYPES if t in set(attributed["source_type"])], columns=story.ids, fill_value=0)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 3.5))
    if counts.empty:
        ax.text(0.5, 0.5, "no attributions in any version", ha="center", va="center", transform=ax.transAxes)
    else:
        counts.T.plot.barh(stacked=True, ax=ax, colormap="tab10", width=0.6)
        ax.invert_yaxis()
        ax.legend(title="source type", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    ax.set_xlabel("attributions (body cues and credit lines)")
    ax.set_ylabel("version")
    ax.set_title("Who each version cites, by source type")
    ax.figure.tight_layout()
    return ax
