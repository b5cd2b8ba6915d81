"""Relative dates ("late Monday", "on Friday", "last week") resolved against publication.

News copy dates events by weekday relative to when it was filed. A weekday is
read as the latest such day on or before the publication date ("next Monday"
as the first after it); "yesterday", "today" and "tomorrow" count from it; a
week ("last week", "over the past week") resolves to an ISO interval. A
version with no known publication date gets no resolution, never a guess from
the date its page happens to show.

Example
-------
>>> resolve_relative("late Monday", "2022-01-11")
'2022-01-10'
>>> resolve_relative("on Friday", "2022-01-11")
'2022-01-07'
"""

from __future__ import annotations

import re
import warnings
from datetime import date, timedelta

import pandas as pd

from .errors import NewskitWarning
from .story import sentences
from .story import Story, check_story, is_iso_date
from .text.lexicon import DAY_OFFSETS, PARTS_OF_DAY, WEEKDAYS

_RELATIVE = re.compile(
    r"\b(?:(?P<modifier>late|early|last|past|this|next|by|until|since)\s+)?(?:on\s+)?"
    rf"(?P<day>{'|'.join(WEEKDAYS)}|{'|'.join(DAY_OFFSETS)}|(?<=past )week|(?<=last |this |next )week)"
    rf"(?:\s+(?P<part>{'|'.join(PARTS_OF_DAY)}))?\b",
    re.IGNORECASE,
)
COLUMNS = ["version", "sentence", "start", "end", "text", "reference", "reference_source", "resolved"]


def resolve_relative(expression: str, reference: str) -> str | None:
    """ISO date that ``expression`` names, counted from the ISO date ``reference``.

    Example
    -------
    >>> resolve_relative("next Monday", "2022-01-11")
    '2022-01-17'
    >>> resolve_relative("yesterday", "2022-01-11")
    '2022-01-10'
    >>> resolve_relative("last week", "2022-01-11")
    '2022-01-03/2022-01-09'

    A date that would fall outside the calendar (before year 1, after 9999) is
    left unresolved (None).

    >>> resolve_relative("tomorrow", "9999-12-31") is None
    True
    """
    match = _RELATIVE.search(expression)
    if not match:
        return None
    try:
        return _resolve(match, date.fromisoformat(reference[:10]))
    except OverflowError:
        return None


def _resolve(match: re.Match, anchor: date) -> str:
    """The ISO date (or interval) a :data:`_RELATIVE` match names, counted from ``anchor``."""
    day = match.group("day").lower()
    modifier = (match.group("modifier") or "").lower()
    if day == "week":
        return _week(anchor, modifier)
    if day in DAY_OFFSETS:
        return (anchor + timedelta(days=DAY_OFFSETS[day])).isoformat()
    back = (anchor.weekday() - WEEKDAYS.index(day)) % 7
    if modifier == "next":
        return (anchor + timedelta(days=(7 - back) % 7 or 7)).isoformat()
    if modifier == "last" and back == 0:
        back = 7
    return (anchor - timedelta(days=back)).isoformat()


def _week(anchor: date, modifier: str) -> str:
    """ISO interval of the week a "last/past/this/next week" names, counted from ``anchor``."""
    if modifier == "past":
        return f"{(anchor - timedelta(days=7)).isoformat()}/{anchor.isoformat()}"
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks={"last": -1, "next": 1}.get(modifier, 0))
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def publication_reference(version) -> tuple[str, str]:
    """The publication date a version's relative dates count from, and where it came from.

    The manifest's ``published`` first (when it is an ISO date; otherwise a
    :class:`NewskitWarning` says it is ignored), then a publication date the
    text states ("Posted 3:57 pm, July 15, 2018"), then an update date it states
    (copy is rewritten as of its latest update); ``("", "")`` when none is known.

    Example
    -------
    >>> from types import SimpleNamespace
    >>> publication_reference(SimpleNamespace(id="a", published="2022-01-11T01:54", meta={}))
    ('2022-01-11', 'manifest published')
    >>> publication_reference(SimpleNamespace(id="a", published="", meta={"updated_in_text": "2018-07-15T08:30"}))
    ('2018-07-15', 'updated in text')
    """
    if version.published and is_iso_date(version.published):
        return version.published[:10], "manifest published"
    if version.published:
        warnings.warn(f"version {version.id!r}: published {version.published!r} is not an ISO date "
                      "(YYYY-MM-DD); relative dates do not count from it", NewskitWarning, stacklevel=3)
    for key, source in (("published_in_text", "published in text"), ("updated_in_text", "updated in text")):
        stated = version.meta.get(key, "")
        if stated:
            return stated[:10], source
    return "", ""


def relative_dates(story: Story) -> pd.DataFrame:
    """Every relative date in the body of every version, resolved where a publication date is known.

    Columns: ``version``, ``sentence``, ``start``, ``end`` (offsets into the raw
    text), ``text`` (the expression, e.g. "late Monday"), ``reference`` (the ISO
    publication date used, empty when unknown), ``reference_source`` and
    ``resolved`` (ISO date, empty when there is no reference). Rows are in
    version order, then text order.
    """
    check_story(story, "relative_dates")
    rows = []
    references = {version.id: publication_reference(version) for version in story.versions}
    for row in sentences(story).itertuples(index=False):
        reference, source = references[row.version]
        for match in _RELATIVE.finditer(row.text):
            resolved = resolve_relative(match.group(), reference) if reference else ""
            if resolved is None:
                resolved = ""
                warnings.warn(f"version {row.version!r}: {match.group()!r} counted from {reference} falls outside "
                              "the calendar; left unresolved", NewskitWarning, stacklevel=2)
            rows.append({
                "version": row.version,
                "sentence": row.sentence,
                "start": row.start + match.start(),
                "end": row.start + match.end(),
                "text": match.group(),
                "reference": reference,
                "reference_source": source,
                "resolved": resolved,
            })
    return pd.DataFrame(rows, columns=COLUMNS)
