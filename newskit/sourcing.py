"""The sourcing pass: one per version, kept with the story. Quotation spans first, then the attributions
that skip quoted words, then the speaker of each quotation.

Attribution is found with rules, offline: a lexicon of reporting cues (:mod:`newskit.cues`: "said",
"told", "added", "according to", "the readout stated", "blamed" ...), and the source phrase next to
each cue: the subject before a verb ("Kazakh officials said"), the name after an inverted verb ("said
Paul Martin") or after "according to" / "summarized by". A named person is reduced to the name
("China's Foreign Minister Wang Yi" -> "Wang Yi") and resolved to the fullest form the version gives
("Wang" -> "Wang Yi"). Credit lines, datelines and bylines are sources of the version itself (cues
"dateline", "reporting by", "with additional input by" ...). Cues inside quotation marks are the
speaker's words, not the article's attribution, and are skipped.

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
import re

import pandas as pd

from .cues import BY_CUES, CUES, credit_sources, credit_type, source_type
from .quote_marks import quote_spans
from .quote_speakers import quote_rows
from .speakers import PERSON_PRONOUNS, PRONOUNS, name_forms, named_people, person_name, resolve_source, role_names, \
    subject_after, subject_before
from .story import sentences as story_sentences

QUOTE_COLUMNS = [
    "version", "sentence", "start", "end", "text", "speaker", "cue", "kind", "paragraph", "mention",
    "mention_start", "mention_end",
]
ATTRIBUTION_COLUMNS = ["version", "sentence", "source", "source_type", "cue", "start", "end", "mention", "block"]

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


def version_attributions(version, sentences: pd.DataFrame, quoted: list[tuple[int, int]]) -> list[dict]:
    """Attribution rows (see :func:`newskit.sources.attributions`) of ``version`` whose sentences are
    ``sentences``, cues inside the sorted ``quoted`` spans skipped; credit rows last.

    Example
    -------
    >>> from newskit.story import sentences, story_from_texts
    >>> story = story_from_texts({"a": "Jo Lee spoke. He said no."})
    >>> [(a["source"], a["mention"]) for a in version_attributions(story.versions[0], sentences(story), [])]
    [('Jo Lee', 'He')]
    """
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
        kind = credit_type(item["source"], item["cue"])
        rows.append({"version": version.id, "sentence": pd.NA, "source": item["source"], "source_type": kind,
                     "cue": item["cue"], "start": item["start"], "end": item["end"], "mention": item["mention"],
                     "block": item["block"]})
    return rows




def version_sourcing(version, sents: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """(quotation rows, attribution rows) of one version whose sentences are ``sents``: quotation spans,
    then the attributions outside them, then each quotation's speaker.

    Example
    -------
    >>> from newskit.story import sentences, story_from_texts
    >>> story = story_from_texts({"a": '“No,” Jo Lee said.'})
    >>> quoted, cited = version_sourcing(story.versions[0], sentences(story))
    >>> [(q["text"], q["speaker"]) for q in quoted], [(a["source"], a["cue"]) for a in cited]
    ([('“No,”', 'Jo Lee')], [('Jo Lee', 'said')])
    """
    body = version.blocks[version.blocks["label"] == "body"]
    paragraphs = list(zip(body["start"], body["end"]))
    spans = quote_spans(version.raw, paragraphs, label=f"version {version.id!r}")
    attributed = version_attributions(version, sents, sorted((q["start"], q["end"]) for q in spans))
    return quote_rows(version, sents, paragraphs, spans, attributed), attributed


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
        cited += found
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
