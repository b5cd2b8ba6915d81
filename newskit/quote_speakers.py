"""Who said each quotation: the speaker and cue of every quotation a version holds.

A speaker is found next to its quotation ("..., he said", "said Paul Martin", "Wang added that ...
“...”"), inherited by a follow-on quote, and resolved with :mod:`newskit.speakers` ("he"/"she" -> the
person meant, "it" -> the organisation the paragraph opens with, "Wang" -> "Wang Yi").

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
import itertools
import re

import pandas as pd

from .cues import BY_CUES, QUOTE_CUES
from .quote_marks import first_mark, opens_statement, quote_kind
from .speakers import (
    INSTITUTION, PERSON_PRONOUNS, PRONOUNS, genders, name_forms, named_people, not_people, person_name,
    resolve_source, role_names, single_names, subject_after, subject_before, tokens,
)

def _cue_near(text: str, lo: int, hi: int, after: bool, reach: int = 8):
    """The cue next to a quotation: first cue within ``reach`` words after it, or the last one before it."""
    passive = re.compile(r"\s+by\b")  # "the warnings demanded by MEPs": the verb's subject is not its source
    matches = sorted(itertools.chain((m for m in QUOTE_CUES.finditer(text, lo, hi) if not passive.match(text, m.end())),
                                     BY_CUES.finditer(text, lo, hi)), key=lambda m: m.start())
    if not matches:
        return None
    if after:
        match = matches[0]
        if len(tokens(text, lo, match.start())) > reach:
            return None
        between = text[lo:match.start()]
        if match.re is BY_CUES or not re.search(r"\w", between):
            subject = subject_after(text, match.end(), hi)
        else:
            subject = subject_before(text, lo, match.start())
            if subject and subject[1] < lo:
                subject = None
    else:
        subject = None
        for k in range(len(matches) - 1, -1, -1):  # the nearest cue with a subject ("the claims were")
            match = matches[k]
            if match.re is BY_CUES:
                subject = subject_after(text, match.end(), hi)
            else:
                subject = subject_before(text, lo, match.start())
                if subject is None and match.group().endswith("ing"):
                    earlier = [m for m in matches[:k] if m.re is QUOTE_CUES]
                    subject = subject_before(text, lo, earlier[-1].start()) if earlier else None
            if subject is not None:
                outer = [m for m in matches[:k] if m.re is QUOTE_CUES
                         and re.fullmatch(r"\s*(?:that\s+)?", text[m.end():subject[1]])]
                reporter = subject_before(text, lo, outer[-1].start()) if outer else None
                if reporter:  # "Mitchell said he found ...": the subject of the reporting verb speaks
                    subject, match = reporter, outer[-1]
                break
    if subject is None:
        return None
    return subject, re.sub(r"\s+", " ", match.group().strip()).lower()


def _antecedent(mention: str, q: dict, before: int, mentions: list, sex: dict[str, str], cited: set[str],
                sentence_start: int, window: tuple[int, int]) -> str:
    """Who "he"/"she" (written at ``before`` or after the quotation) is, among the person mentions of the
    same gender (or of unknown gender when cited as a source elsewhere, or named just after): one named earlier in the same sentence, else the one last mentioned
    in the quotation's paragraph (from ``window[2]``), else the last cited source mentioned since ``window[0]``
    (the previous paragraph's start: a source, not a name in passing, "... Madonna, Bob Dylan and Luciano
    Pavarotti, said ..."), else the last mentioned since then, else the last mentioned before, else the first
    named after the quotation before ``window[1]`` (the paragraph end: "she said. The nurse, Chloe Adams, ...")."""
    want = "m" if mention.lower() == "he" else "f"
    fits = [(pos, name) for pos, name in mentions if sex.get(name) == want or (name not in sex and name in cited)]
    bound = min(q["start"], before)
    earlier = ([name for pos, name in fits if sentence_start <= pos < bound]
               or [name for pos, name in fits if window[2] <= pos < bound]
               or [name for pos, name in fits if window[0] <= pos < bound and name in cited]
               or [name for pos, name in fits if window[0] <= pos < bound]
               or [name for pos, name in fits if pos < bound])
    later = [name for pos, name in mentions if q["end"] <= pos < window[1] and sex.get(name, want) == want]
    return earlier[-1] if earlier else (later[0] if later else mention)


def person_mentions(text: str, paragraphs: list[tuple[int, int]], names: list[str], people: list,
                    speakers: list) -> list[tuple[int, str]]:
    """(offset, fullest name) of every mention of a person: full names, bare surnames of the names
    the text gives (when only one name has that surname) and cited person sources, in order.

    Example
    -------
    >>> text = "Jo Bloggs came. Later Bloggs left."
    >>> person_mentions(text, [(0, len(text))], ["Jo Bloggs"], [(0, "Jo Bloggs")], [])
    [(0, 'Jo Bloggs'), (22, 'Jo Bloggs')]
    """
    surnames: dict[str, list[str]] = {}
    for name in names:
        surnames.setdefault(name.split()[-1], []).append(name)
    found = set(people) | set(speakers)
    taken = {pos for pos, _ in found}
    for surname, full in surnames.items():
        if len(full) != 1:
            continue
        pattern = re.compile(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])")
        for lo, hi in paragraphs:
            for match in pattern.finditer(text, lo, hi):
                if not any(p <= match.start() < p + 60 and match.start() - p <= len(n) for p, n in found
                           if p in taken):
                    found.add((match.start(), full[0]))
    return sorted(found)


_PERSON_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")


def _source_between(text: str, q: dict, rows: list[dict], paragraphs: list, mentions: list) -> tuple | None:
    """For a quotation without a cue of its own, the source its paragraph names last before it (since
    the previous quotation): the subject of a cue ("..., the guide says. “...”"), else the last
    person mentioned in the same paragraph or he/she ("She cited the attack ... “...”", "he “quickly forgot ...”"). A
    quotation opening a paragraph looks back for he/she into the previous paragraph when that one
    holds no quotation. Returns ((mention, start, end), cue, fullest name or he/she when not cued) or None."""
    k = q["paragraph"]
    lo = paragraphs[k][0]
    if k and q["start"] == first_mark(text, *paragraphs[k]) and not (rows and rows[-1]["end"] > paragraphs[k - 1][0]):
        lo = paragraphs[k - 1][0]
    if rows and rows[-1]["end"] > lo:
        lo = rows[-1]["end"]
    own = max(lo, paragraphs[k][0])  # a cue or a name is looked for in the quotation's own paragraph only
    cued = _cue_near(text, own, q["start"], False) if own < q["start"] else None
    if cued:
        return cued[0], cued[1], ""
    named = [(pos, pos + size, name) for pos, name in mentions if own <= pos < q["start"]
             and (size := _written_length(text, pos, name))]
    named += [(m.start(), m.end(), None) for m in _PERSON_PRONOUN.finditer(text, lo, q["start"])]
    if not named:
        return None
    start, end, name = max(named)
    return (text[start:end], start, end), "", name or text[start:end]


def _written_length(text: str, pos: int, name: str) -> int:
    """How much of ``name`` (a fullest name) is written at ``pos``: all of it, its surname, or 0."""
    for form in (name, name.split()[-1]):
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
    """
    for form in (name, name.split()[-1]):
        found = text.find(form, pos, pos + 60 + len(form))
        if found >= 0:
            return form, found, found + len(form)
    return name, pd.NA, pd.NA


def _named_between(q: dict, rows: list[dict], mentions: list, paragraphs: list) -> tuple | None:
    """The person last mentioned in the quotation's paragraph between the previous quotation and this
    one ("Thavis noted that ... “I asked myself ...”", "Gustafsson talks about it: “...”"), else None."""
    lo = paragraphs[q["paragraph"]][0]
    if rows and rows[-1]["end"] > lo:
        lo = rows[-1]["end"]
    between = [m for m in mentions if lo <= m[0] < q["start"]]
    return between[-1] if between else None


_POSSESSIVE_LEAD = re.compile(r"^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*[’']s\s+(?=[A-Z])")
_OF_TAIL = re.compile(r"\s+(?:of|from|at)\s+.*$")


def _clean_mention(mention: str, start: int, end: int) -> tuple[str, int, int]:
    """A speaker phrase without an organisation before a name ("Currie’s Larry Pizzi"), the place
    after a name ("Laurence Rose of the RSPB") or a participle after a noun ("a teenager standing")."""
    lead = _POSSESSIVE_LEAD.match(mention)
    if lead and person_name(mention[lead.end():].split()) == mention[lead.end():].split():
        return mention[lead.end():], start + lead.end(), end
    tail = _OF_TAIL.search(mention)
    if tail and len(person_name(mention[:tail.start()].split())) >= 2:
        return mention[:tail.start()], start, start + tail.start()
    words = mention.split()
    if len(words) > 1 and words[-1].islower() and words[-1].endswith("ing"):
        kept = " ".join(words[:-1])
        return kept, start, start + len(kept)
    return mention, start, end


def _definite(text: str, pos: int) -> bool:
    """Whether the mention at ``pos`` follows "the" ("the mayor said")."""
    return bool(re.search(r"\bthe\s+$", text[max(0, pos - 5):pos], re.IGNORECASE))


_NAME_COMMA = re.compile(r",?\s+((?:[A-Z][\w'’.-]*|de|van|von|der|da|di|du|al|bin)(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|di|du|al|bin))+),")


def _named_cue_after(text: str, pos: int, hi: int):
    """Speaker and cue of a reporting clause that opens with a name and a long description before its
    cue ("“...,” Richard Dirndorfer, one of the pioneers of ..., told ..."), up to the sentence end ``hi``."""
    match = _NAME_COMMA.match(text, pos)
    if not match or match.end() > hi:
        return None
    words = match.group(1).split()
    cue = QUOTE_CUES.search(text, match.end(), hi)
    if person_name(words) != words or INSTITUTION.search(match.group(1)) or not cue:
        return None
    return (match.group(1), match.start(1), match.end(1)), re.sub(r"\s+", " ", cue.group().strip()).lower()


_ORG_SUBJECT = re.compile(r"\s*(?:The\s+)?((?:[A-Z][\w’'&.-]*\s+)+(?:(?:[a-z]+\s+)?(?:chain|company|group|firm|report|study|submission|"
                          r"statement|government|ministry|agency|bank|network|council|court|police|website)\b)?)")
_NOT_SUBJECTS = {"But", "And", "In", "On", "At", "As", "When", "While", "After", "Before", "If", "It", "This", "That",
                 "He", "She", "They", "We", "I", "A", "An"}


def _it_antecedent(text: str, sentence_spans: list[tuple[int, int]], lo: int, names: list[str]) -> str:
    """What "it" (a source) is: the capitalised subject of two or more words opening the nearest sentence
    since ``lo`` ("The Hotel Okura chain – whose ... – confessed ... “...,” it said"; "The UK’s submission
    to the UN ... said that it ..."), not a person's name; "" if none.

    Example
    -------
    >>> text = "The Hotel Okura chain confessed. “Sorry,” it said."
    >>> _it_antecedent(text, [(0, 32), (33, 50)], 0, [])
    'Hotel Okura chain'
    """
    for start, _ in reversed(sentence_spans):
        if start < lo:
            break
        match = _ORG_SUBJECT.match(text, start)
        words = match.group(1).split() if match else []
        person = " ".join(words) in names or (len(words) == 2 and person_name(words) == words
                                              and not INSTITUTION.search(" ".join(words)))
        if len(words) > 1 and not person and words[0] not in _NOT_SUBJECTS:
            return " ".join(words)
    return ""


def _colon_cue(text: str, lo: int, hi: int):
    """Speaker and cue of a sentence ending in a colon that introduces the quotation below it."""
    if not text[lo:hi].rstrip().endswith(":"):
        return None
    return _cue_near(text, lo, hi, False)


def quote_rows(version, sents: pd.DataFrame, paragraphs: list[tuple[int, int]], spans: list[dict],
               attributed: list[dict]) -> list[dict]:
    """Quotation rows (see :func:`newskit.quotations.quotes`) of ``version`` whose sentences are ``sents``,
    body paragraphs ``paragraphs``, quotations ``spans`` (from :func:`~newskit.quote_marks.quote_spans`) and
    attributions ``attributed`` (dicts with start, source and source_type, the quotations skipped).

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
    text = version.raw
    starts, ends = list(sents["start"]), list(sents["end"])
    names = name_forms(version.body)
    blocked = not_people(version.body, names)
    names = [n for n in names if n not in blocked]
    names += single_names(version.body, names)
    sex = genders(version.body, names)
    roles = role_names(version.body, names)
    speakers = sorted((a["start"], a["source"]) for a in attributed if a["source_type"] == "person"
                      and a["source"].lower() not in PRONOUNS and a["source"] not in blocked)
    cited = {name for _, name in speakers}
    people = [(pos, name) for pos, name in named_people(text, paragraphs, names) if name not in blocked]
    mentions = person_mentions(text, paragraphs, sorted(cited & set(names)),
                               [p for p in people if p[1] in cited], speakers)
    everyone = person_mentions(text, paragraphs, names, people, speakers)
    rows, previous = [], None
    quote_starts = [q["start"] for q in spans]
    for q in spans:
        i = max(bisect.bisect_right(starts, q["start"]) - 1, 0)
        j = max(bisect.bisect_right(starts, q["end"] - 1) - 1, 0)
        prior = [e for e in (q2["end"] for q2 in spans) if starts[i] <= e <= q["start"]]
        lo = max([starts[i], *prior])
        nxt = [s for s in quote_starts if q["end"] <= s < ends[j]]
        hi = min([ends[j], *nxt])
        opening = q["continued"] or opens_statement(text, q, lo)
        found = None
        same = [r for r in rows if r["sentence"] == (int(sents["sentence"].iloc[i]) if len(sents) else 0)
                and r["speaker"] and r["kind"] != "scare"]
        if not opening and same:
            found = ((same[-1]["mention"], same[-1]["mention_start"], same[-1]["mention_end"]), same[-1]["cue"])
        for after in ((True, False) if opening else (False, True)) if not found else ():
            found = _cue_near(text, q["end"], hi, True, 8 if opening else 60) if after else _cue_near(
                text, lo, q["start"], False)
            if found:
                break
        if not found and opening:
            found = _named_cue_after(text, q["end"], hi)
        if not found and opening and q["start"] == first_mark(text, *paragraphs[q["paragraph"]]) and i > 0:
            found = _colon_cue(text, starts[i - 1], ends[i - 1])
        kind = quote_kind(text, q, lo, bool(found))
        if found:
            (mention, m_start, m_end), cue = found
            mention, m_start, m_end = _clean_mention(mention, m_start, m_end)
            speaker = resolve_source(mention, names, roles, _definite(text, m_start))
            again = [r for r in rows if r["mention_start"] is not pd.NA and r["mention_start"] == m_start]
            if again:  # the cue of a quotation split in two: “...,” she said, “...”
                speaker = again[-1]["speaker"]
            elif mention.lower() in PERSON_PRONOUNS:
                window = (paragraphs[max(q["paragraph"] - 1, 0)][0], paragraphs[q["paragraph"]][1],
                          paragraphs[q["paragraph"]][0])
                speaker = _antecedent(mention, q, m_start, everyone, sex, cited, starts[i], window)
            elif mention.lower() == "it":
                earlier = [(a, b) for a, b in zip(starts, ends) if a < m_start]
                speaker = _it_antecedent(text, earlier, paragraphs[max(q["paragraph"] - 1, 0)][0], names) or speaker
        elif kind != "scare" and (between := _source_between(text, q, rows, paragraphs, [m for m in everyone if m[1] in cited or m[1] in sex])):
            (mention, m_start, m_end), cue, speaker = between
            if not speaker:
                mention, m_start, m_end = _clean_mention(mention, m_start, m_end)
                speaker = resolve_source(mention, names, roles, _definite(text, m_start))
            if mention.lower() in PERSON_PRONOUNS:
                window = (paragraphs[max(q["paragraph"] - 1, 0)][0], paragraphs[q["paragraph"]][1],
                          paragraphs[q["paragraph"]][0])
                speaker = _antecedent(mention, q, m_start, everyone, sex, cited, starts[i], window)
        elif kind != "scare" and (named := _named_between(q, rows, mentions, paragraphs)) and not (
                previous and previous["speaker"] == named[1]):
            (m_start, speaker), cue = named, ""
            mention, m_start, m_end = _written_mention(text, m_start, speaker)
        elif kind != "scare" and previous and q["paragraph"] - previous["paragraph"] <= 1 and previous["speaker"]:
            mention, speaker, cue = previous["mention"], previous["speaker"], previous["cue"]
            m_start, m_end = previous["mention_start"], previous["mention_end"]
        else:
            mention = speaker = cue = ""
            m_start = m_end = pd.NA
        if not pd.isna(m_start):
            mention = text[m_start:m_end]  # as written: spacing and line breaks kept
        row = {"version": version.id, "sentence": int(sents["sentence"].iloc[i]) if len(sents) else 0,
               "start": q["start"], "end": q["end"], "text": text[q["start"]:q["end"]], "speaker": speaker,
               "cue": cue, "kind": kind, "paragraph": q["paragraph"], "mention": mention,
               "mention_start": m_start, "mention_end": m_end}
        rows.append(row)
        if kind != "scare" and speaker:
            previous = row
    for row, nxt in reversed(list(zip(rows, rows[1:]))):  # a multi-paragraph quote is attributed once
        if row["kind"] == nxt["kind"] == "multi-paragraph" and not row["speaker"]:
            row.update({k: nxt[k] for k in ("speaker", "mention", "cue", "mention_start", "mention_end")})
    return rows


