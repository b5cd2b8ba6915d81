"""Read the metadata a story text states about itself: dates, dateline, credits.

Each finding keeps the block it came from, so a reader can check it against
the raw text.

Example
-------
>>> from newskit.blocks import label_blocks
>>> text = "SHANGHAI (Reuters) - It rained. (Reporting by Jo Li; Editing by Al Bo)"
>>> meta = text_metadata(label_blocks(text))
>>> meta["dateline_place"], meta["agency"], meta["reporting_by"], meta["editing_by"]
('SHANGHAI', 'Reuters', 'Jo Li', 'Al Bo')
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime

import pandas as pd
from dateutil import parser as dateparser

from .blocks import DATE_LINE, DATELINE
from .errors import NewskitWarning
from .text.lexicon import AGENCY_PATTERN, CREDIT_ROLE_PATTERN, CREDIT_ROLES, DATE_STAMP_WORDS, canonical_agency

YEARS = range(1000, 9999)
"""Years a stated date may have (four digits, up to 9998 so that a week either side stays in the calendar);
a date outside them is left unread, with a :class:`NewskitWarning`."""

_PUBLISHED = re.compile(r"\b(?:published|posted)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:updated|modified)\b", re.IGNORECASE)
_STAMP_LABEL = re.compile(rf"(?i)^.*?\b(?:{'|'.join(DATE_STAMP_WORDS)})(?:\s+on)?\s*:?\s*")
_ROLE = re.compile(
    rf"\b(?P<role>{CREDIT_ROLE_PATTERN})\s+by\s+(?P<names>[^;()]+)",
    re.IGNORECASE,
)
_AGENCY = re.compile(rf"\b(?:{AGENCY_PATTERN})\b")


def text_metadata(blocks: pd.DataFrame) -> dict[str, str]:
    """Metadata stated in the text of one version, as strings.

    Keys appear only when the text states them: ``headline``; ``page_date``
    (a bare date shown on the page), ``published_in_text``, ``updated_in_text``
    and ``date_line`` (an unlabelled "date ..." field), all ISO 8601;
    ``dateline_place``, ``dateline_date``, ``agency`` (the wire agency credited
    anywhere); ``reporting_by``, ``editing_by``, ``additional_input_by`` and the
    other ``*_by`` roles of credit lines, names joined by ", "; ``byline``.

    Example
    -------
    >>> from newskit.blocks import label_blocks
    >>> text_metadata(label_blocks("Saturday, May 18, 2024\\n\\nIt rained."))
    {'page_date': '2024-05-18'}
    """
    meta: dict[str, str] = {}
    for row in blocks.itertuples(index=False):
        reader = _READERS.get(row.label)
        if reader:
            for key, value in reader(row.text).items():
                meta.setdefault(key, value)
    agencies = _AGENCY.findall(" ".join(blocks.loc[blocks["label"] != "body", "text"]))
    if agencies and "agency" not in meta:
        meta["agency"] = canonical_agency(agencies[0])
    return meta


def parse_date(text: str) -> str | None:
    """ISO 8601 form of the first date (and time) in ``text``, or None.

    Example
    -------
    >>> parse_date("This content was published on January 11, 2022 – 01:54")
    '2022-01-11T01:54'
    >>> parse_date("Saturday, May 18, 2024")
    '2024-05-18'
    >>> import warnings
    >>> with warnings.catch_warnings(record=True):
    ...     parse_date("January 1, 0001") is None
    True
    """
    match = DATE_LINE.search(text)
    if not match:
        return None
    stamp = _STAMP_LABEL.sub("", match.group())
    stamp = re.sub(r"\s*[–—|]\s*", " ", stamp)
    try:
        when = dateparser.parse(stamp, default=datetime(1, 1, 1), ignoretz=True)
    except (ValueError, OverflowError):
        return None
    written = re.findall(r"(?<!\d)\d{4}(?!\d)", stamp)
    if when.year not in YEARS or (written and str(when.year) not in written):
        year = written[0] if written else when.year
        warnings.warn(f"date {match.group().strip()!r}: year {year} is out of range "
                      f"({YEARS.start}-{YEARS.stop - 1}); left unread", NewskitWarning, stacklevel=2)
        return None
    has_time = bool(re.search(r"\d{1,2}[:.]\d{2}(?!\d)", stamp.split(str(when.year))[-1]))
    return when.strftime("%Y-%m-%dT%H:%M") if has_time else when.strftime("%Y-%m-%d")


def _date_fields(text: str) -> dict[str, str]:
    value = parse_date(text)
    if value is None:
        return {}
    if _PUBLISHED.search(text):
        return {"published_in_text": value}
    if _UPDATED.search(text):
        return {"updated_in_text": value}
    if re.match(r"(?i)\W*dated?\b", text):
        return {"date_line": value}
    return {"page_date": value}


def _dateline_fields(text: str) -> dict[str, str]:
    match = DATELINE.match(text)
    if not match:
        return {}
    fields = {"dateline_place": match.group("place").strip()}
    if match.group("date"):
        fields["dateline_date"] = match.group("date")
    if match.group("agency"):
        fields["agency"] = canonical_agency(match.group("agency"))
    return fields


def _credit_fields(text: str) -> dict[str, str]:
    fields = {}
    for match in _ROLE.finditer(text):
        key = CREDIT_ROLES[re.sub(r"\s+", " ", match.group("role").lower())]
        fields.setdefault(key, match.group("names").strip(" .,"))
    return fields


def _byline_fields(text: str) -> dict[str, str]:
    return {"byline": re.sub(r"^By\s+", "", text).strip()}


def _headline_fields(text: str) -> dict[str, str]:
    return {"headline": text.strip()}


_READERS = {
    "date": _date_fields,
    "dateline": _dateline_fields,
    "credit": _credit_fields,
    "byline": _byline_fields,
    "headline": _headline_fields,
}
