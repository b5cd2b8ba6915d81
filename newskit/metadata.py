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

from newskit.text import letters as re
import warnings
from datetime import datetime

import pandas as pd
from dateutil import parser as dateparser

from .blocks import (
    AUTHORS_HEADING, BUTTONS, DATE_STAMP, DOTTED_DATE, LONE_DATELINE, PLACE_LINE, TITLE_FIELD,
    EMAIL_ADDRESS, WEEKDAY_NAME, WRITTEN_BY, article_start, dateline, name_pattern, video_title,
)
from .errors import NewskitWarning
from .furniture import bare_line, link_words
from .text.lexicon import (
    AGENCY_ALONE_PATTERN, AGENCY_PATTERN, ARTICLES, CLAUSE_CONJUNCTIONS, CREDIT_ROLE_PATTERN, CREDIT_ROLES,
    DATE_STAMP_WORDS, FUNCTION_WORDS, OUTLET_NAMES, OUTLET_PATTERN, PREPOSITIONS, SECTION_PATTERN,
    SITE_ADDRESS_PATTERN, STAFF_COLLECTIVES, STAFF_TITLE_PATTERN, alternation, canonical_agency,
)
from .text.typography import DASHES, EM_DASHES
from .text.visible import visible_text

YEARS = range(1000, 9999)
"""Years a stated date may have (four digits, up to 9998 so that a week either side stays in the calendar);
a date outside them is left unread, with a :class:`NewskitWarning`."""

_PUBLISHED = re.compile(r"\b(?:published|posted|issued)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:updated|modified)\b", re.IGNORECASE)
_ZONE = re.compile(r"(?<=\S)\s*\(?\b(?![AP]M\b)(?:\p{Lu}{2,4}|GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?$")
_ROLE = re.compile(
    rf"\b(?P<role>{CREDIT_ROLE_PATTERN})\s+by\s+(?P<names>[^;()]+)",
    re.IGNORECASE,
)
_AGENCY = re.compile(rf"\b(?:{AGENCY_PATTERN})\b")
_AGENCY_PART = re.compile(AGENCY_ALONE_PATTERN)
"""A part of a byline that is a wire agency, in any case ("UNITED PRESS INTERNATIONAL"): its outlet, no author."""
_BYLINE_OUTLET = re.compile(rf"\s*(?:[-–—|,]+\s*)(?:(?P<agency>{AGENCY_PATTERN})\s+\p{{Lu}}\p{{Ll}}+\s+"
                            rf"{STAFF_TITLE_PATTERN}|(?P<outlet>{OUTLET_PATTERN}|{SITE_ADDRESS_PATTERN})"
                            rf"(?:\s+{STAFF_TITLE_PATTERN})?|{STAFF_TITLE_PATTERN})\s*\.?$")
"""A byline's outlet or staff title closing it: an agency and its writer's beat ("Associated Press Medical Writer",
"AP Business Writer"), an outlet or a site, perhaps with a staff title, or a staff title alone."""
_SEPARATOR_MARK = r"(?:[-|–—•·]|::)"
"""A dash, bar, bullet or double colon that, spaced, parts a page's title from the site's name ("Bridge shut - The
Planet", "Bridge shut :: The Planet")."""
_SEPARATED = re.compile(rf"\s+{_SEPARATOR_MARK}\s+")
_SUFFIX = re.compile(rf"{_SEPARATED.pattern}(?P<tail>(?:(?!\s{_SEPARATOR_MARK}\s).)+)$")
_STATION = r"[KW]\p{Lu}{2,3}(?:-(?:TV|FM|AM|DT))?\d{0,2}(?:\s+(?:\p{Lu}{2,}|Channel))?(?:\s+\d{1,2})?"
"""A US station as a page's title names it, its channel's number glued or after its network ("KGW8", "KTVU FOX 2",
"WSB-TV Channel 2")."""
_SITE_NAME = re.compile(rf"(?:{OUTLET_PATTERN})(?i:\.com)?(?:\s+(?i:{SECTION_PATTERN}))?|{_STATION}"
                        rf"|{SITE_ADDRESS_PATTERN}|(?i:(?:www\.)?[\w-]+\.(?:com|org|net|tv))"
                        rf"|(?i:{SECTION_PATTERN}(?:\s+News)?)")
"""A site's or a section's name as a page's title closes on it: an outlet, perhaps with its section ("CNN Politics"),
a station, a site's address ("elmtonherald.com"), or a section ("Business News")."""
_NAME = re.compile(name_pattern())
_DOTTED = re.compile(DOTTED_DATE)
_OPENING_WEEKDAY = re.compile(rf"^{WEEKDAY_NAME},?\s+")
"""The weekday's name a date opens on ("Tues., July 17, 2018"): read from the day itself, so left out."""
_CLOCK_DOT = re.compile(r"(?<=\b\d)\.(?=\d{2}\b)|(?<=\b\d{2})\.(?=\d{2}\b)")
"""The dot of a time written the British way ("09.06"), read as a colon."""


def text_metadata(blocks: pd.DataFrame) -> dict[str, str]:
    """Metadata stated in the text of one version, as strings.

    Blocks are read in their visible view (:func:`newskit.text.visible.visible_text`). Keys appear only when the
    text states them: ``headline``; ``page_date``
    (a bare date shown on the page), ``published_in_text``, ``updated_in_text``
    and ``date_line`` (an unlabelled "date ..." field), all ISO 8601;
    ``dateline_place``, ``dateline_date``, ``agency`` (the wire agency credited
    anywhere); ``reporting_by``, ``editing_by``, ``additional_input_by`` and the
    other ``*_by`` roles of credit lines, names joined by ", "; ``byline`` (the people a byline names) and
    ``byline_outlet`` (the outlet it credits, alone in "By The Planet").

    Example
    -------
    >>> from newskit.blocks import label_blocks
    >>> text_metadata(label_blocks("Saturday, May 18, 2024\\n\\nIt rained."))
    {'page_date': '2024-05-18'}
    >>> title = "Council shuts the old bridge"
    >>> text_metadata(label_blocks(f"{title} | City news - The Planet\\n\\n{title}\\n\\nBy\\n\\nJane Roe\\n\\nIt rained."))
    {'headline': 'Council shuts the old bridge', 'byline': 'Jane Roe'}
    """
    meta: dict[str, str] = {}
    labels, texts = blocks["label"].tolist(), blocks["text"].tolist()  # read as lists: no table work per line
    shown = [n for n, label in enumerate(labels) if label != "whitespace"]
    seen, shown_labels = [visible_text(texts[n]) for n in shown], [labels[n] for n in shown]
    forms = {n for n, form, standfirst, asked in zip(shown, _heads_form(shown_labels), _standfirsts(seen, shown_labels),
                                                     _asked_headings(seen, shown_labels))
             if form or standfirst or asked}  # a summary or a question where no headline is
    _stated_fields(labels, texts, forms, meta)
    listed = [n for n in shown if labels[n] not in BUTTONS]  # a section's line, share buttons, links may stand between
    # a headline and its byline
    _stated_dates([texts[listed[at]] for at in _dates_first_beside([labels[n] for n in listed])], meta)
    printed, first = _printed_heads(labels, texts, [n for n in shown if labels[n] == "headline" and n not in forms],
                                    listed)
    printed = printed or ("" if "headline" in meta else _title_copy(seen, shown_labels))
    if printed:
        meta["headline"] = _headline_fields(printed, first)["headline"]
    return _stated_agency(labels, texts, meta)


def _stated_fields(labels: list[str], texts: list[str], forms: set[int], meta: dict[str, str]) -> None:
    """Add to ``meta`` the fields each line states (:data:`_READERS`), the first stating a key kept; a headline only
    where it heads the page above the body (:func:`_heads_page`), not a summary's heading (``forms``); dates later."""
    above = True  # no body line yet, this one included
    for n, (label, text) in enumerate(zip(labels, texts)):
        above = above and label != "body"
        reader = _READERS.get(label)
        if reader is None or label == "date" or label == "headline" and (n in forms or not _heads_page(text, above)):
            continue
        for key, value in reader(visible_text(text)).items():
            meta.setdefault(key, value)


def _stated_dates(dates: list[str], meta: dict[str, str]) -> None:
    """Add to ``meta`` the fields the ``dates`` lines state, in that order, the first stating a key kept."""
    for text in dates:
        for key, value in _date_fields(visible_text(text)).items():
            meta.setdefault(key, value)


def _stated_agency(labels: list[str], texts: list[str], meta: dict[str, str]) -> dict[str, str]:
    """``meta`` with the wire agency the lines outside the body credit first, if it states none yet."""
    agencies = _AGENCY.findall(visible_text(" ".join(text for text, label in zip(texts, labels) if label != "body")))
    if agencies and "agency" not in meta:
        meta["agency"] = canonical_agency(agencies[0])
    return meta


def _printed_heads(labels: list[str], texts: list[str], heads: list[int], listed: list[int]) -> tuple[str, str]:
    """The printed headline of the headline lines ``heads`` (:func:`_printed_headline`, told which stand beside a
    byline or a date among the ``listed`` lines, above the article's start) and the first of them, in visible text."""
    beside = {n for n, near in zip(listed, _beside_byline([labels[n] for n in listed])) if near}
    headlines, start = [visible_text(texts[n]) for n in heads], article_start(labels)
    return _printed_headline(headlines, [n in beside and n < start for n in heads]), headlines[0] if headlines else ""


def _beside_byline(labels: list[str]) -> list[bool]:
    """For each of the ``labels`` of the lines shown (buttons left out), whether a byline or a date follows it, perhaps
    after a dek (a ``subhead``), or a byline stands right before it.

    >>> _beside_byline(["headline", "subhead", "byline", "body"])
    [True, True, False, True]
    """
    after = [*labels[1:], "", ""]
    return [after[at] in ("byline", "date") or at > 0 and labels[at - 1] == "byline"
            or after[at] == "subhead" and after[at + 1] in ("byline", "date") for at in range(len(labels))]


def _dates_first_beside(labels: list[str]) -> list[int]:
    """Positions of the date lines among ``labels`` (the blocks shown, buttons left out), those above the article
    (:func:`~newskit.blocks.article_start`) right over or under a headline or a byline first: the article's date,
    read before a day a menu prints at the top of the page.

    >>> _dates_first_beside(["date", "chrome", "subhead", "date", "headline", "body", "body", "headline", "date"])
    [3, 0, 8]
    """
    dates = [at for at, label in enumerate(labels) if label == "date"]
    start = article_start(labels)
    beside = [at for at in dates if at < start and {"headline", "byline"} & {*labels[max(0, at - 1):at],
                                                                          *labels[at + 1:at + 2]}]
    return beside + [at for at in dates if at not in beside]


_HEAD_WORD = re.compile(r"\w+")
_HEAD_LEAST = 3
"""Fewest words of a stated headline: a shorter line is a section's name or a place ("Funding", "Katy, TX")."""


_MENU_LEAST = 9
"""Fewest words of a menu's section names run together on one line ("World Sports Business Science Arts Travel Food
Style Health"): a headline that long holds a function word or a punctuation mark."""
_BARE_WORDS = re.compile(r"[\w\s-]+")
"""A line of words and spaces only (a hyphen inside a word aside)."""


_BAR = re.compile(r"\s+\|\s+")
"""A spaced bar between the parts of a page's line ("Finance | Chequebook diplomacy", "Bridge shut | The Planet")."""


_STANDFIRST_WORDS = 20
"""Fewest words of a first line read as a standfirst rather than the page's headline (see :func:`_standfirst`)."""
_ARTICLES = re.compile(rf"(?<=\s)(?:{alternation(ARTICLES)})(?=\s)")
"""An article inside a line, in lower case: running prose writes them, a headline leaves them out."""
_INNER_STOP = re.compile(r"[^\W\d_]{2}[.!?][\"”’']?\s+\p{Lu}")
"""A sentence ending inside a line: a word's last two letters, a stop and a capital after a space ("... on pay. The")."""
_KEPT_PASSIVE = re.compile(r"\b(?:was|were|be|been|being)\s+\p{Ll}+ed\b")
"""A passive keeping its auxiliary ("... was spotted over the bay"): prose writes it, a headline drops it ("Bright
streak spotted over bay")."""
_BARE_CLAUSE = re.compile(rf"\b(?:{alternation(CLAUSE_CONJUNCTIONS)})\s+(?:(?!(?:{alternation(ARTICLES)})\b)[\w'’-]+\s+)"
                          rf"{{1,3}}{_KEPT_PASSIVE.pattern}")
"""A clause keeping a passive's auxiliary, opened by a conjunction on a noun with no article, as a headline writes it
("... since truce was signed")."""
_QUOTED = re.compile(r"[“\"][^”\"\n]*[”\"]|(?<!\w)['‘][^\n]*?['’](?!\w)")
"""A quotation inside a line, in double or single marks (an apostrophe inside a word closes none): the words of the
one quoted, not the line's own clause."""


def _standfirsts(texts: list[str], labels: list[str]) -> list[bool]:
    """Whether each of the blocks shown (``texts`` and ``labels``, blank ones left out) is a headline block that reads
    as a standfirst (:func:`_standfirst`) right over the article's first paragraph or its dateline, perhaps past a
    second summary line (a ``subhead``): a summary printed where the page prints no headline. A headline over a
    caption is the title over the lead picture, its dek perhaps run on to it; a video page's title ("Watch: ...",
    :func:`~newskit.blocks.video_title`) is its headline however it reads.

    >>> dek = "Talks on the ferry fares are making progress, but the two sides are apart on pay, a union official says"
    >>> _standfirsts([dek, "The talks went on."], ["headline", "body"])
    [True, False]
    >>> _standfirsts([dek, "Crews at the port. Photo: Jo Roe", "Talks went on."], ["headline", "caption", "body"])
    [False, False, False]
    >>> _standfirsts([dek, "Fares frozen for a year", "Talks went on."], ["headline", "subhead", "body"])
    [True, False, False]
    >>> _standfirsts(["Watch: The old ferry was wrecked by the storm", "Crews dived."], ["headline", "body"])
    [False, False]
    """
    past_dek = [at + 2 if labels[at + 1:at + 2] == ["subhead"] else at + 1 for at in range(len(labels))]
    return [label == "headline" and labels[past_dek[at]:past_dek[at] + 1] in (["body"], ["dateline"])
            and _standfirst(texts[at]) and not video_title(texts[at].strip()) for at, label in enumerate(labels)]


def _asked_headings(texts: list[str], labels: list[str]) -> list[bool]:
    """Whether each of the blocks shown (``texts`` and ``labels``, blank ones left out) is a headline block asking a
    question right over or under another heading asking one: an explainer's questions, each over its answer, where
    the page prints no headline (a subhead asking one over no answer is the headline's dek, not the next question).

    >>> _asked_headings(["What is the toll?", "Who pays it?", "Drivers do."], ["headline", "headline", "body"])
    [True, True, False]
    >>> _asked_headings(["Who pays the toll?", "Drivers do, the council says."], ["headline", "body"])
    [False, False]
    >>> _asked_headings(["Who pays the toll?", "Will drivers pay?", "Listen"], ["headline", "subhead", "promo"])
    [False, False, False]
    """
    answered = [*labels[1:], ""]
    asked = [(label == "headline" or label == "subhead" and answer == "body") and text.rstrip().endswith("?")
             for text, label, answer in zip(texts, labels, answered)]
    return [label == "headline" and asked[at] and (at > 0 and asked[at - 1] or asked[at + 1:at + 2] == [True])
            for at, label in enumerate(labels)]


def _standfirst(text: str) -> bool:
    """Whether a line reads as a standfirst, a story's summary in running prose: one sentence in sentence case (fewer
    than half of its words capitalised) of :data:`_STANDFIRST_WORDS` words or more holding an article
    (:data:`_ARTICLES`), as prose does and a headline, however long, does not; or, however short, keeping a passive's
    auxiliary outside a quotation (:data:`_KEPT_PASSIVE`), which a headline drops but in a clause of its own opened by a
    conjunction on a bare noun (:data:`_BARE_CLAUSE`).

    >>> _standfirst("Talks on the ferry fares are making progress, but the two sides remain apart on pay, according to "
    ...             "a union official")
    True
    >>> _standfirst("Ferry Talks Make Progress but the Two Sides Remain Apart on Pay, According to a Union Official "
    ...             "at the Port")
    False
    >>> _standfirst("Ferry talks make progress as unions and owners meet again over pay, hours and rotas at their "
    ...             "port in Elmton")
    False
    >>> _standfirst("A bright streak was spotted over the bay"), _standfirst("Bright streak spotted over bay")
    (True, False)
    >>> _standfirst("Mayor says ‘the bridge was closed’ too soon"), _standfirst("Mayor's aide says 'it was closed'")
    (False, False)
    >>> _standfirst("Crews mourn victims of worst flood since levee was breached")
    False
    >>> _standfirst("Crews mourn the victims of the worst flood since the levee was breached")
    True
    """
    words = text.split()
    capitals = sum(word[:1].isupper() for word in words)
    prose = capitals * 2 < len(words) and not _INNER_STOP.search(text)
    long_prose = len(words) >= _STANDFIRST_WORDS and bool(_ARTICLES.search(text))
    return prose and (long_prose or bool(_KEPT_PASSIVE.search(_BARE_CLAUSE.sub(" ", _QUOTED.sub(" ", text)))))


def _heads_page(text: str, above_body: bool) -> bool:
    """Whether a headline block may state the page's headline: one above the article's first body paragraph, with
    :data:`_HEAD_LEAST` words or more in one of its parts between bars (a line labelled so below the article heads
    another story; a section's name and a rubric, "Finance | Chequebook diplomacy", state none), not a menu's
    section names run together (:data:`_MENU_LEAST` words or more, no function word or preposition, no punctuation),
    nor a site's or a section's name alone (:data:`_SITE_NAME`, "The Washington Post", "Business News": the masthead
    over the page).

    >>> _heads_page("Funding", True), _heads_page("Council shuts the bridge", True)
    (False, True)
    >>> _heads_page("Council shuts the bridge", False), _heads_page("Finance & trade | Bridge tolls", True)
    (False, False)
    >>> _heads_page("World Sports Business Science Arts Travel Food Style Health Weather", True)
    False
    >>> _heads_page("Quiet Elmton Founders Day parade under new flood curfew", True)
    True
    >>> _heads_page("**The Washington Post**", True), _heads_page("Business News", True)
    (False, False)
    """
    words = _HEAD_WORD.findall(text)
    menu = len(words) >= _MENU_LEAST and _BARE_WORDS.fullmatch(text.strip()) \
        and not (FUNCTION_WORDS | PREPOSITIONS).intersection(map(str.lower, words))
    part = max(len(_HEAD_WORD.findall(piece)) for piece in _BAR.split(text))
    site = _SITE_NAME.fullmatch(_headline_fields(visible_text(text))["headline"])
    return above_body and part >= _HEAD_LEAST and not menu and not site


def _heads_form(labels: list[str]) -> list[bool]:
    """Whether each of ``labels`` (blocks in page order, blank ones left out) is a headline over a form only: every
    block under it, up to the next headline or subhead, is a prompt to the reader, as an advert's feedback
    form heads its questions ("### We value your feedback" over "1. Was this ad relevant?"). Such a heading names
    a form, not the article; a caption, a link line or a promo under a headline does not make it one.

    >>> _heads_form(["headline", "prompt", "prompt", "subhead", "headline", "byline", "body"])
    [True, False, False, False, False, False, False]
    >>> _heads_form(["headline", "prompt", "body"]), _heads_form(["headline", "promo", "subhead"])
    ([False, False, False], [False, False, False])
    """
    forms, seen, prompts_only = [False] * len(labels), False, True  # one pass from the foot: what stands under
    for at in range(len(labels) - 1, -1, -1):
        if labels[at] == "headline":
            forms[at] = seen and prompts_only
        if labels[at] in ("headline", "subhead"):
            seen, prompts_only = False, True
        else:
            seen, prompts_only = True, prompts_only and labels[at] == "prompt"
    return forms


def _title_copy(texts: list[str], labels: list[str]) -> str:
    """The headline a page prints again, above its article (:func:`~newskit.blocks.article_start`), under the
    page's title, its first or last line (``texts`` and ``labels``: the blocks shown, in order): a line whose words
    are the title's, or the title's words before the site's name it carries after a spaced dash or bar; else "".
    A copy read as a heading or set aside as a paragraph printed twice (:data:`_COPY_LABELS`) is the printed
    headline; a notice or an appeal printed twice is none.

    >>> title = "Council shuts the old bridge - The Planet - News of the valley"
    >>> _title_copy([title, "Menu", "Council shuts the old bridge", "It rained."],
    ...             ["chrome", "chrome", "promo", "body"])
    'Council shuts the old bridge'
    >>> _title_copy([title, "Menu", "Council shuts", "It rained."], ["chrome", "chrome", "promo", "body"])
    ''
    >>> _title_copy(["All rights reserved by the Planet", "All rights reserved by the Planet", "It rained."],
    ...             ["chrome", "chrome", "body"])
    ''
    """
    start = article_start(labels)
    for end in dict.fromkeys((0, len(texts) - 1)) if texts else ():
        parts = _SEPARATED.split(texts[end].strip())
        openings = {tuple(_HEAD_WORD.findall(" ".join(parts[:k]).lower())) for k in range(1, len(parts) + 1)}
        for at in range(start):
            words = tuple(_HEAD_WORD.findall(texts[at].lower()))
            if at != end and labels[at] in _COPY_LABELS and len(words) >= _HEAD_LEAST and words in openings:
                return texts[at]
    return ""


_COPY_LABELS = ("headline", "subhead", "promo")
"""Labels of a headline printed again under the page's title: read as a heading, or set aside as a copy."""


def _printed_headline(headlines: list[str], over_byline: list[bool]) -> str:
    """The headline a page prints under its title (the first of ``headlines``): one the title holds with the site's
    name after it ("Council closes bridge | Ukraine news - The Planet" over "Council closes bridge"; not a series'
    name the next headline opens with, "Harbour freight report" over "Harbour freight report, May 3"), or one reworded
    printed over the byline or date line (a dek may stand between) or under the byline, above the article (where
    ``over_byline`` is true); else "".

    >>> _printed_headline(["Bridge shut for good - The Planet", "Bridge shut for good"], [False, False])
    'Bridge shut for good'
    >>> _printed_headline(["Bridge shut", "Council shuts the old bridge for good"], [False, True])
    'Council shuts the old bridge for good'
    >>> _printed_headline(["Bridge shut", "Council shuts the old bridge for good"], [False, False])
    ''
    >>> _printed_headline(["Harbour freight report, May 3 - The Planet", "Harbour freight report",
    ...                   "Harbour freight report, May 3, 2024"], [False, False, True])
    'Harbour freight report, May 3, 2024'
    """
    title = _HEAD_WORD.findall(headlines[0].lower()) if headlines else []
    found = [_HEAD_WORD.findall(text.lower()) for text in headlines]
    for at, (text, over) in enumerate(zip(headlines[1:], over_byline[1:]), 1):
        words = found[at]
        opens_next = at + 1 < len(found) and len(found[at + 1]) > len(words) and found[at + 1][:len(words)] == words
        held = len(words) < len(title) and title[:len(words)] == words and not opens_next
        if len(words) >= _HEAD_LEAST and (held or over and words != title):
            return text.strip()
    return ""


def _printed_form(text: str, title: str) -> str:
    """A headline printed on the page without the site's name after it (:func:`strip_site_suffix`) where the page's
    title names that site too; another outlet named after it is the one whose report the page retells, part of the
    headline ("... — Bloomberg" under the title "... / The Planet").

    >>> _printed_form("Council shuts the old bridge - Reuters", "Bridge shut | Reuters")
    'Council shuts the old bridge'
    >>> _printed_form("Council shuts the old bridge - Reuters", "Bridge shut / The Planet")
    'Council shuts the old bridge - Reuters'
    """
    stripped = strip_site_suffix(text)
    return stripped if _site_key(text[len(stripped):]) in _site_key(title) else text


def parse_date(text: str) -> str | None:
    """ISO 8601 form of the first date (and time) in ``text``, or None.

    A time may stand before or after the date, with a time zone, which is
    dropped (the clock time as printed is kept).

    Example
    -------
    >>> parse_date("This content was published on January 11, 2022 – 01:54")
    '2022-01-11T01:54'
    >>> parse_date("Saturday, May 18, 2024")
    '2024-05-18'
    >>> parse_date("Updated 8:30 AM ET, Sun July 15, 2018"), parse_date("May 31, 2019 / 10:50 AM")
    ('2018-07-15T08:30', '2019-05-31T10:50')
    >>> parse_date("05.02.2026, 14:05"), parse_date("2026-02-27T10:13:00Z")
    ('2026-02-05T14:05', '2026-02-27T10:13')
    >>> parse_date("Tues. 17th Jul 2018 21.06 BST"), parse_date("Updated at 9:06 a.m. on July 16, 2018")
    ('2018-07-17T21:06', '2018-07-16T09:06')
    >>> import warnings
    >>> with warnings.catch_warnings(record=True):
    ...     parse_date("January 1, 0001") is None
    True
    """
    match = DATE_STAMP.search(text)
    return _stamp_date(match) if match else None


def _stamp_date(match: re.Match) -> str | None:
    """ISO form of one :data:`~newskit.blocks.DATE_STAMP` match, or None (with a warning) when out of range."""
    clock = _CLOCK_DOT.sub(":", _ZONE.sub("", match.group("time") or match.group("iso") or match.group("lead") or ""))
    day = match.group("date")
    try:
        when = dateparser.parse(f"{_OPENING_WEEKDAY.sub('', day)} {clock.removesuffix('h')}".strip(),
                                default=datetime(1, 1, 1),
                                ignoretz=True,
                                dayfirst=bool(_DOTTED.fullmatch(day)))
    except (ValueError, OverflowError):
        return None
    written = re.findall(r"(?<!\d)\d{4}(?!\d)", day)
    if when.year not in YEARS or (written and str(when.year) not in written):
        year = written[0] if written else when.year
        warnings.warn(f"date {match.group().strip()!r}: year {year} is out of range "
                      f"({YEARS.start}-{YEARS.stop - 1}); left unread", NewskitWarning, stacklevel=3)
        return None
    return when.strftime("%Y-%m-%dT%H:%M") if clock else when.strftime("%Y-%m-%d")


def _date_fields(text: str) -> dict[str, str]:
    """Dates of a date line, each named by the word before it: published, updated, a "Date:" field or a bare date."""
    fields: dict[str, str] = {}
    pos = 0
    for match in DATE_STAMP.finditer(text):
        value = _stamp_date(match)
        words, pos = text[pos:match.start()], match.end()
        if value is None:
            continue
        if _PUBLISHED.search(words):
            key = "published_in_text"
        elif _UPDATED.search(words):
            key = "updated_in_text"
        elif re.match(r"(?i)\W*dated?\b", words):
            key = "date_line"
        else:
            key = "page_date"
        fields.setdefault(key, value)
    return fields


_PLACE_END = re.compile(rf"\s*[(\-{DASHES}{EM_DASHES}]")
"""Where a dateline's place ends: its source in brackets or its dash."""


def _dateline_fields(text: str) -> dict[str, str]:
    """The place (and date and source) a dateline states, printed before its paragraph or on a line of its own.

    >>> _dateline_fields("New York \N{NO-BREAK SPACE}—"), _dateline_fields("NEW DELHI")
    ({'dateline_place': 'New York'}, {'dateline_place': 'NEW DELHI'})
    """
    match = dateline(text)
    if not match and (LONE_DATELINE.fullmatch(text.strip()) or PLACE_LINE.fullmatch(text.strip())):
        return {"dateline_place": _PLACE_END.split(text.strip())[0]}
    if not match:
        return {}
    fields = {"dateline_place": match.group("place").strip()} if match.group("place") else {}
    if match.group("date"):
        fields["dateline_date"] = match.group("date")
    source = match.group("agency")
    if source:
        fields["dateline_source"] = source
        if _AGENCY.match(source):
            fields["agency"] = canonical_agency(source)
    return fields


def _credit_fields(text: str) -> dict[str, str]:
    fields = {}
    for match in _ROLE.finditer(text):
        key = CREDIT_ROLES[re.sub(r"\s+", " ", match.group("role").lower())]
        fields.setdefault(key, match.group("names").strip(" .,"))
    return fields


def split_byline(text: str) -> tuple[list[str], str]:
    """The people a byline names and the outlet it credits ("" when none).

    Example
    -------
    >>> split_byline("By JANE DOE and JOHN ROE - Associated Press")
    (['JANE DOE', 'JOHN ROE'], 'Associated Press')
    >>> split_byline("Jane Doe, Associated Press Writer")
    (['Jane Doe'], 'Associated Press')
    >>> split_byline("By Jane Doe | The Daily Planet")
    (['Jane Doe'], 'The Daily Planet')
    >>> split_byline("By Jane Doe, John Roe"), split_byline("By Reuters")
    ((['Jane Doe', 'John Roe'], ''), ([], 'Reuters'))
    >>> split_byline("Jane DOE with John ROE in Kyiv AFP")
    (['Jane DOE', 'John ROE'], 'AFP')
    >>> split_byline("Jane Doe, PlanetNews.ca")
    (['Jane Doe'], 'PlanetNews.ca')
    >>> split_byline("By JANE DOE Associated Press"), split_byline("By The Canadian Press")
    ((['JANE DOE'], 'Associated Press'), ([], 'The Canadian Press'))
    >>> split_byline("by jane doe"), split_byline("by Jane Doe")
    (([], 'jane doe'), (['Jane Doe'], ''))
    >>> split_byline("By Jane Doe and United Press International"), split_byline("By JANE DOE, REUTERS")
    ((['Jane Doe'], 'United Press International'), (['JANE DOE'], 'REUTERS'))
    >>> split_byline("BY JANE DOE AND JOHN ROE")
    (['JANE DOE', 'JOHN ROE'], '')
    >>> split_byline("By Jane Doe, Special to The Lamp"), split_byline("Jane Doe Staff Writer | jo@planet.example")
    ((['Jane Doe'], 'The Lamp'), (['Jane Doe'], ''))
    >>> split_byline("By Jane Doe, AP Business Writer"), split_byline("By Jane Doe, CNN Business")
    ((['Jane Doe'], 'AP'), (['Jane Doe'], 'CNN Business'))
    >>> split_byline("-Planet News' Jane Doe and John Roe")
    (['Jane Doe', 'John Roe'], 'Planet News')
    """
    rest = re.sub(r"^\s*(?i:by:?|authors?\s*:|posted\s+by)\s+", "", text.strip()).strip()
    if owner := _POST_OWNER.match(rest):  # "-Planet News' Jo Lee": a live page's post, its writer and outlet
        return _split_names(rest[owner.end():])[0], owner.group("outlet")
    return _split_names(rest)


def _split_names(rest: str) -> tuple[list[str], str]:
    """The people and the outlet of a byline past its opening "By" (see :func:`split_byline`)."""
    glued = _NAMED_AGENCY.fullmatch(rest)
    if re.fullmatch(OUTLET_PATTERN, rest) and not glued:
        return [], rest
    outlet = ""
    rest = re.sub(rf"\s*[,|]?\s*{EMAIL_ADDRESS}", "", rest)  # "Jane Doe | jdoe@planet.example": no name, no outlet
    where = _WHERE_AGENCY.search(rest) if glued or re.search(r"\s(?:with|in)\s", rest) else None
    if where:  # "Jane DOE with John ROE in Kyiv AFP", "JANE DOE Associated Press"
        outlet, rest = where.group("outlet"), re.sub(r"\s+with\s+", ", ", rest[:where.start()])
    tail = _BYLINE_OUTLET.search(rest) or re.search(r"\s*(?:[|–—]|\s-)\s*(?P<outlet>[^|–—]+?)\s*$", rest)
    if tail:
        outlet, rest = tail.groupdict().get("agency") or tail.group("outlet") or "", rest[:tail.start()]
    people = []
    for part in re.split(r"\s*(?:[,|;]|\b(?:and|AND)\b|&)\s*", rest):
        part = _TITLE_AFTER.sub("", part.strip(" .-–—"))
        paper = (_PAPER_PART.fullmatch(part) if people else None) or _STAFF_PART.fullmatch(part)
        if not part:
            continue
        if paper and not outlet:  # "By Jo Lee, The Daily Planet", "..., Special to The Lamp", "..., CNN Business"
            outlet = paper.group("paper")  # or an outlet's staff: "KGW Staff"
        elif _AGENCY_PART.fullmatch(part) and not outlet:  # "By Jo Lee and United Press International"
            outlet = part
        elif _NAME.fullmatch(part) or outlet:
            people.append(part)
        else:
            outlet = part
    return people, outlet


_POST_OWNER = re.compile(rf"[{EM_DASHES}{DASHES}-]\s*(?P<outlet>{OUTLET_PATTERN})['’]s?\s+(?=\p{{Lu}})")
"""An outlet's name in the possessive after a dash, before the name of whom it signs a live page's post for ("-Planet
News' Jo Lee")."""
_TITLE_AFTER = re.compile(rf"(?:^|\s+){STAFF_TITLE_PATTERN}$")
"""A staff title after a byline's name with no mark between ("Jane Doe Staff Writer") or as a part of its own ("By
Jane Doe | Staff Writer | The Lamp"): no part of a name."""
_STAFF_PART = re.compile(rf"(?P<paper>.+?)\s+(?i:{alternation(STAFF_COLLECTIVES)})")
"""A part of a byline crediting an outlet's staff ("KGW Staff"): the outlet, no person."""
_PAPER_PART = re.compile(rf"(?:(?i:special\s+to|for)\s+)?(?P<paper>(?i:the)\s.+|(?:{AGENCY_PATTERN}|"
                         rf"{alternation(OUTLET_NAMES)})(?:\s+\p{{Lu}}\w*){{0,2}})")
"""A part of a byline after its first name that names a paper, not a person: one opening on "The" ("The Daily
Planet"), perhaps after "Special to" or "for" (a contributor's paper), or an agency's or a network's own name, perhaps
with its desk ("CNN Business")."""


_STAMP_WORD = re.compile(rf"\s*[|·•,]?\s*(?i:{alternation(DATE_STAMP_WORDS)})(?:\s+(?i:on|at))?\s*:?\s*$")
"""The word a byline prints before its date stamp, closing what comes before the stamp ("Reuters | Updated: ...")."""
_HEADING = re.compile(rf"\W*(?:by|{AUTHORS_HEADING})\W*", re.IGNORECASE)
"""A byline's heading alone on its line ("By", "Authors"): the names are in the next byline blocks."""
_AGENCY_TITLE = rf"(?:\s+(?:\p{{Lu}}\p{{Ll}}+\s+)?{STAFF_TITLE_PATTERN})?"
"""A staff title after an agency's name, perhaps after the writer's beat ("AP Business Writer")."""
_NAMED_AGENCY = re.compile(rf"{name_pattern(1, 3)}(?:\s*(?:,|and|AND|&)\s+{name_pattern(1, 3)})*\s+(?:{AGENCY_PATTERN})"
                           rf"{_AGENCY_TITLE}")
"""People, then their agency with no mark between ("JANE DOE Associated Press")."""
_WHERE_AGENCY = re.compile(rf"\s+(?:in\s+{name_pattern(0, 2)}\s+)?(?P<outlet>{AGENCY_PATTERN}){_AGENCY_TITLE}$")
"""Where the people of a byline wrote, then their agency ("... in Kyiv AFP"), perhaps with their staff title ("JANE
DOE Associated Press Writer")."""


def _byline_fields(text: str) -> dict[str, str]:
    """The people and outlet a byline states, read before any date or credit ("edited by ...") after the names,
    and the credits it gives.

    >>> _byline_fields("by Jane Roe 10:41 AM May 5, 2026")
    {'byline': 'Jane Roe'}
    >>> _byline_fields("By Jane Roe edited by Al Bo")
    {'editing_by': 'Al Bo', 'byline': 'Jane Roe'}
    >>> _byline_fields("J")  # an avatar's letter over the name
    {}
    >>> _byline_fields("By [Jane Roe](/authors/jane-roe)")
    {'byline': 'Jane Roe'}
    >>> _byline_fields("By JANE ROE, ASSOCIATED PRESS")  # an agency in capitals is still the agency
    {'byline': 'JANE ROE', 'byline_outlet': 'ASSOCIATED PRESS', 'agency': 'AP'}
    >>> _byline_fields("written by Jane Roe 10:41 AM May 5, 2026")
    {'byline': 'Jane Roe'}
    >>> _byline_fields("Reuters | Updated: 2026-05-05 10:20")
    {'byline_outlet': 'Reuters', 'agency': 'Reuters'}
    """
    if _HEADING.fullmatch(text) or len(text.strip()) == 1:
        return {}
    text = " ".join(link_words(bare_line(text)).split())  # set in italics or bold, or as links: read as its words
    text = WRITTEN_BY.sub("", text, count=1)  # "written by" a name and a time: the byline's "by", no credit
    fields = _credit_fields(text)
    ends = [match.start() for match in (DATE_STAMP.search(text), _ROLE.search(text)) if match]
    people, outlet = split_byline(_STAMP_WORD.sub("", text[:min(ends, default=len(text))]))
    if people:
        fields["byline"] = ", ".join(people)
    if outlet:
        fields["byline_outlet"] = outlet
    if _AGENCY_PART.fullmatch(outlet):
        fields["agency"] = canonical_agency(re.sub(r"^(?i:the)\s+", "", outlet))
    return fields


def strip_site_suffix(title: str, site: str = "") -> str:
    """``title`` without a trailing site or section name (" - The Daily Planet", " | Reuters", " | Politics").

    A trailing part is taken off when it follows a spaced dash, bar or bullet and is ``site``
    or an outlet's or a section's name; what is left must keep three words or more.

    Example
    -------
    >>> strip_site_suffix("Council closes old bridge | Politics | The Daily Planet", "The Daily Planet")
    'Council closes old bridge'
    >>> strip_site_suffix("Council closes old bridge - Reuters")
    'Council closes old bridge'
    >>> strip_site_suffix("Grizzlies - Lakers")
    'Grizzlies - Lakers'
    """
    site_key = _site_key(site)
    while True:
        match = _SUFFIX.search(title)
        if not match or len(title[:match.start()].split()) < 3:
            return title.strip()
        tail = match.group("tail").strip()
        if not (site_key and _site_key(tail) == site_key or _SITE_NAME.fullmatch(tail)):
            return title.strip()
        title = title[:match.start()]


def _site_key(name: str) -> str:
    """A site name compared loosely: lower case, letters and digits only, without "The", "www." and ".com"."""
    key = re.sub(r"^www\.|\.(?:com|org|net|co\.uk)$", "", name.strip().lower())
    return re.sub(r"^the", "", re.sub(r"\W+", "", key))


_HEADING_MARK = re.compile(r"^#{1,6}[ \t]+|\n[ \t]*(?:=+|-+)$")
"""A Markdown heading's mark before a headline ("# Council shuts the bridge") or its rule under it ("=====")."""
_EMPHASIS = re.compile(r"(?P<mark>\*{1,2}|_{1,2})(?P<inner>\S(?:.*\S)?)(?P=mark)")
"""A line wholly set in Markdown bold or italics ("**Council shuts the bridge**")."""


def _headline_fields(text: str, title: str = "") -> dict[str, str]:
    """The headline a headline block states, without the site's name after it (only the one ``title``, the page's
    title, names too, when given: :func:`_printed_form`), the Markdown emphasis around it, the Markdown heading's
    mark or the field's name a scraper wrote before it.

    >>> _headline_fields("**Council shuts the old bridge**"), _headline_fields("Bridge shut, *again*")
    ({'headline': 'Council shuts the old bridge'}, {'headline': 'Bridge shut, *again*'})
    >>> _headline_fields("# Council shuts the old bridge"), _headline_fields("Council shuts the old bridge\\n=====")
    ({'headline': 'Council shuts the old bridge'}, {'headline': 'Council shuts the old bridge'})
    >>> _headline_fields("Title: Council shuts the old bridge")
    {'headline': 'Council shuts the old bridge'}
    """
    text = _HEADING_MARK.sub("", TITLE_FIELD.sub("", text.strip(), count=1))
    emphasised = _EMPHASIS.fullmatch(text)
    text = emphasised.group("inner") if emphasised else text
    return {"headline": _printed_form(text, title) if title else strip_site_suffix(text)}


_READERS = {
    "date": _date_fields,
    "dateline": _dateline_fields,
    "credit": _credit_fields,
    "byline": _byline_fields,
    "headline": _headline_fields,
}
