"""Label every stretch of a raw story text, so that nothing is lost.

A raw text is cut into *blocks* that tile it exactly: each character belongs to
one block, and joining the blocks' text in order gives the raw text back. Each
block carries a label saying what it is:

========== =================================================================
label      what it holds
========== =================================================================
headline   the title, before the first body paragraph
body       a paragraph of the article itself, a dash and a name crediting
           the quotation over it too ("— Jo Lee, the mayor")
subhead    a short heading between body paragraphs ("What is happening?")
chrome     site furniture ("| Welcome to Global Village Space")
date       a line that only gives a date ("Saturday, May 18, 2024",
           "This content was published on January 11, 2022 - 01:54"), perhaps
           after a template's unfilled copy of it ("Updated [hour]:[minute] ...")
dateline   the place and agency opening the story ("SHANGHAI (Reuters) -"), or a
           place alone in capitals over it, under the date line ("MOSCOW")
credit     "Reporting by ...; Editing by ...", "Reuters with additional input by GVS"
byline     "By Jane Doe", "BY JANE DOE", "written by Jane Doe 10:41 AM May 5, 2026"
read_more  a link to another story ("Read more: ...", "RELATED: ...")
caption    a photo caption with its picture credit, or a photo credit alone
script     page code: a script, JSON or CSS (``window._taboola = ...``)
appeal     a subscription, newsletter or donation appeal
prompt     a social, messenger or comment prompt ("Share on Facebook")
promo      advertising and promotion ("Advertisement", "... BY CLICKING HERE")
loading    a widget's placeholder ("Loading weather data ...")
whitespace the blank space between the other blocks
========== =================================================================

Page furniture (captions, credits, scripts, appeals, prompts, promos, link
lines, "Loading ..." lines) is recognised by :mod:`newskit.furniture`, also when
a promo or link line is glued into a body paragraph: it is cut off there.

Example
-------
>>> label_blocks("Big news\\n\\nLONDON (Reuters) - It happened.")[["label", "text"]].values.tolist()
[['headline', 'Big news'], ['whitespace', '\\n\\n'], ['dateline', 'LONDON (Reuters) - '], ['body', 'It happened.']]
"""

from __future__ import annotations

import collections
import functools
import itertools
from newskit.text import letters as re

import numpy as np
import pandas as pd

from .furniture import LABELS as FURNITURE_LABELS
from .furniture import (CAPTION_TOGGLE, COPYRIGHT, DISCLAIMER, FIELD, GENERATED_NOTE, IMAGE_ALT, INTERVIEW_TURN,
                        OUTLET_VOICE, PICTURE_NOUN, READER_VOICE, SOUND_NOTE, STYLE_LINE, WEB_ADDRESS, bare_line,
                        furniture_kind, furniture_label, glued_furniture, interview_question, link_words, reported)
from .text.lexicon import (
    AFFILIATION_WORDS, AGENCY_ALONE_PATTERN, AGENCY_PATTERN, CREDIT_ROLE_PATTERN, DATE_STAMP_WORDS, DAY_OFFSETS,
    DETERMINERS, FEMALE_GIVEN_NAMES, FUNCTION_WORDS, HEADING_NOUNS, LINK_HEADING_PATTERN, LOWER_SITE_ADDRESS_PATTERN,
    MALE_GIVEN_NAMES, MONTH_ABBREVIATIONS, NAME_PARTICLE_PATTERN, NOT_PERSON_NAME_ENDS, OUTLET_NAMES, OUTLET_PATTERN,
    PICTURE_AGENCY_PATTERN, PLACE_NAME_ENDS, QUESTION_WORDS, REPORTING_WORDS, SECTION_PATTERN, SHARE_BUTTONS,
    SHARE_BUTTON_PATTERN, SITE_ADDRESS_PATTERN, STAFF_ROLES, STAFF_TITLE_PATTERN, TITLE_FIELDS, UNFINISHED_ENDS,
    UNISEX_GIVEN_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAYS, YES_NO_OPENERS, alternation,
)
from .text.sentences import sentence_spans
from .text.typography import DASHES, EM_DASHES, QUOTE_MARK
from .text.tokens import BLANK_LINE, LETTERS, paragraph_spans, stem, title_case, unaccented, words
from .text.visible import blank, visible

LABELS = (
    "headline", "body", "subhead", "chrome", "date", "dateline", "credit", "byline",
    "read_more", "caption", *FURNITURE_LABELS, "whitespace",
)
FURNITURE = ("chrome", "read_more", "caption", *FURNITURE_LABELS)
"""Labels of page furniture: what a page carries around the article (metadata labels are the others)."""
BLOCK_COLUMNS = ["block", "label", "start", "end", "text", "paragraph"]

_LINE_BREAK = re.compile(r"\s*\n\s*")
_WRAP_WIDTH = 160
"""Widest line of a text wrapped at a fixed width whose lines may differ in width; wider ones wrap evenly."""
_LINE_END = re.compile(r"[.!?…:\"”’')\]]\s*$")


def _capitalised(names: tuple[str, ...]) -> str:
    """An alternation of ``names`` (abbreviations) written capitalised or in capitals, each perhaps spelt out and
    closed by a stop ("Sun", "Sunday", "SUNDAY", "Sept.").

    >>> bool(re.fullmatch(_capitalised(("may",)), "MAY")), bool(re.fullmatch(_capitalised(("may",)), "MAy"))
    (True, False)
    """
    return (rf"(?:(?:{'|'.join(n.title() for n in names)})\p{{Ll}}*|(?:{'|'.join(n.upper() for n in names)})\p{{Lu}}*)"
            r"\.?")


WEEKDAY_NAME = _capitalised(WEEKDAY_ABBREVIATIONS)
"""A weekday's name as a date line prints it ("Tues.", "Monday", "MON")."""
_MONTH = _capitalised(MONTH_ABBREVIATIONS)
DOTTED_DATE = r"(?<![\d.])[0-3]?\d\.[01]?\d\.\d{4}(?!\d|\.\d)"
"""A day-first date with dots ("27.02.2026"), as European pages print it."""
_YEAR_DOTTED = r"(?<![\d.])\d{4}\.[01]\d\.[0-3]\d(?!\d|\.\d)"
"""A year-first date with dots ("2026.02.27"), as aggregators and Asian pages print it."""
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH = rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}{_ORDINAL})"
"""A day and month with no year ("May 21", "27 February", "Sept. 3rd")."""
_DATE = (
    rf"(?:{WEEKDAY_NAME},?\s+)?(?:{_MONTH}\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}}|\d{{1,2}}{_ORDINAL}\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?=T\d|\b)|\d{{4}}/\d{{2}}/\d{{2}}\b|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{DOTTED_DATE}"
    rf"|{_YEAR_DOTTED})"
)
_CLOCK = (
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?(?!\p{Ll})|h\b)?|\d{1,2}\s*[AaPp]\.?\s?[Mm]\.?(?!\p{Ll}))"
    r"(?:\s*\(?(?:\p{Lu}{2,4}|GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?(?!(?!\p{Lu}\p{Ll})[\w/]))?"
)
_ISO_CLOCK = r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
"""A time of day as printed: "9:06 a.m. EDT", "3:57 pm", "10:50 AM", "01:54", "9 a.m. ET", with a time zone, perhaps
glued to the word after it by a scraper ("12:05 PM UTCUpdated")."""
_GLUE = r"\s*(?:[-–—|/,·•]|\.(?=\s)|\b(?i:at|on)\b)?\s*"
_AFTER_DATE = rf"(?:{_ISO_CLOCK}|{_GLUE}{_CLOCK})"
_LEAD_DAY = rf"(?:{WEEKDAY_NAME},?\s+)?"
"""The day of the week a time before the date may follow ("Mon 7:06 PM, Jul 16, 2018")."""
DATE_STAMP = re.compile(
    rf"(?:{_LEAD_DAY}(?P<lead>{_CLOCK}){_GLUE})?(?P<date>{_DATE})"
    rf"(?:T(?P<iso>\d{{2}}:\d{{2}})(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?|{_GLUE}(?P<time>{_CLOCK}))?")
"""A date with a time before or after it ("3:57 pm, July 15, 2018", "May 31, 2019 / 10:50 AM"),
its parts named ``lead`` (a time before), ``date`` and ``time`` (a time after), or ``iso`` (the time of an ISO 8601
stamp, "2026-02-27T10:13:00Z")."""
_STAMP = rf"(?:{_LEAD_DAY}{_CLOCK}{_GLUE})?{_DATE}{_AFTER_DATE}?"
_DATE_WORD = (
    r"(?i:(?:this\s+(?:content|article|story|report)\s+was\s+)?(?:first\s+|originally\s+|last\s+)?"
    rf"(?:{'|'.join(DATE_STAMP_WORDS)})(?:\s+(?:on|at))?\s*:?\s*)"
)
_AS_OF = (
    rf"(?i:(?:\p{{Ll}}+\s+){{0,2}}(?:as\s+of|cut-?off))\s*:?\s*"
    rf"(?:{_STAMP}|{_CLOCK}(?:\s+on\s+{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)?)"
)
"""The time a report's data stop at ("Assessment as of: 7:45 PM ET", "Data cutoff: 12:00pm ET on February 26")."""
_AGO = r"\d{1,2}\s+(?i:(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago)"
"""A time given as how long ago ("2 mins ago", "6 hrs ago", "7 years ago")."""
_AGO_LEFT = rf"(?:{_AGO}|(?i:ago)\b)"
"""How long ago, or "ago" alone where the page's script writes the count and a scraper left it out ("Updated ago")."""
_READ_TIME = r"\d{1,3}\s*min(?:ute)?s?(?:\s+read)?\b"
"""A reading time printed after a date, perhaps glued to its year ("Dec 4, 20235 mins", "May 2, 2026 · 4 min read")."""
DATE_LINE = re.compile(
    rf"{_DATE_WORD}?{_STAMP}(?:\s*(?:[-–—|·•,;./]|\band\b)?\s*"
    rf"(?:{_DATE_WORD}(?:{_STAMP}|{_CLOCK}|{_AGO_LEFT})|{_AGO}))?"
    rf"(?:{_GLUE}{_READ_TIME})?\.?"
    rf"|{_AS_OF}(?:\s*[-–—|·•,;.]?\s*{_AS_OF})?\.?"
    rf"|{_DATE_WORD}?{_AGO}"
    rf"|{_DATE_WORD}?(?i:today|yesterday)(?:\s*(?:,|at)?\s*{_CLOCK})?"
    rf"|{_DATE_WORD}?{_DAY_MONTH}{_GLUE}{_CLOCK}"
    rf"|{_DATE_WORD}?(?=\d{{1,2}}[:.]\d{{2}}\s*[AaPp]\.?\s?[Mm]\.?\s*(?:\p{{Lu}}{{2,4}}|GMT|UTC)\b){_CLOCK}"
    rf"(?:\s+{WEEKDAY_NAME})?"
    rf"|(?:-{{1,2}}\s*)?{_DATE_WORD}(?=\d{{1,2}}(?:[:.]\d{{2}})?\s*[AaPp]\.?\s?[Mm]\.?(?!\p{{Ll}})){_CLOCK}\.?"
    rf"|(?i:(?:first\s+|last\s+)?(?:{'|'.join(DATE_STAMP_WORDS[1:])})(?:\s+(?:on|at))?)\s*:?"
    rf"|(?:\d{{1,5}}\s+)?(?i:published|posted)\s+(?i:by)\s+[-–—|·]\s+[^\n]{{1,80}}?\s+[-–—|·]\s+{_STAMP}\.?"
)
"""A printed date line ("Published: Jan. 11, 2022 01:54", "Saturday, May 18, 2024", "Updated 8:30 AM ET, May 15, 2018",
a date then "Updated 4:44 p.m. ET", "and last updated 5:02 PM", "Updated 2 hours ago" or how long ago
alone, "/ 7 years ago"), a day and month
with no year but a time, a time with its half of the day and its zone ("7:52 AM UTC", a card's stamp), perhaps then
the day of the week's name after the zone, or after its word with no zone, perhaps after a dash ("--Updated at 11:35
a.m.", "This report was updated at 9 a.m."), or one that gives no date: "Updated 2 hours ago", "6 hrs ago",
"Yesterday at 7:00 a.m. EST", or the word alone on a line over its date ("Updated", "Updated on"), or the time a
report's data stop at, given alone ("Prices as of 4 p.m. ET. Data cutoff: 1 p.m. ET."), or an aggregator's line naming
who published it after a dash, and its section, before the stamp, perhaps after a count ("12 Published By - Elm News -
Sport - 2026.05.02. 09:15")."""
_DATED_TEASER = re.compile(rf"^\W*[^\W\d_][^\n]*?\s*{_DATE}{_GLUE}{_READ_TIME}(?![ \t]*\p{{Ll}})")
"""A line of a list of other stories: a title, then its date and reading time, and perhaps its topics, no sentence
going on ("Rail strike ends after a week Dec 10, 2025 6 mins", perhaps glued: "... By Jo RoeJan 16, 20267 mins
Energy"; not "On May 2, 2026 6 minutes passed ..."). Tried only on a line holding "min", its reading time's word: a
paragraph of prose is not read again at each of its characters for a date."""
_DATED_TEASER_WORDS = 40
"""Most words of a listed story's line (a title, a byline, a date, a reading time and its topics)."""
_CARD_STAMP = re.compile(rf"^\W*(?:{_DATE}|{_AGO})(?=[\p{{Lu}}\"“‘'])")
"""A date or how long ago glued to the capital after it with no space ("May 20, 2026Storms sweep the coast", "2 hours
agoDam holds"): a card's stamp run into its title by a scraper."""
_CHROME = re.compile(
    r"^\s*\|"
    r"|^\W*(?:welcome to|skip (?:to|navigation)|sign (?:in|up)|log ?in"
    r"|cookies?\b|all rights reserved|copyright|©|our standards|menu$|home$|search$"
    r"|(?:user ?name|password|log ?in|e-?mail address)\s*\*?\s*:?\s*$"
    r"|\d{1,3}[ -]?min(?:ute)?s?\.? read\W*$|reading time\W*\d{1,3}[ -]?min(?:ute)?s?\W*$)",  # 4 min read
    re.IGNORECASE,
)
_CHROME_WORDS = 25
"""The longest paragraph site chrome may be: a longer one opening "Welcome to" or "Copyright" is article text."""
_AGENCIES = rf"{AGENCY_ALONE_PATTERN}(?:\s*(?:,|,?\s+and|&)\s+{AGENCY_ALONE_PATTERN})*"
"""One agency's name or several, listed ("Reuters", "Reuters and the Associated Press")."""
_CREDIT = re.compile(
    rf"^\(?\s*(?:{CREDIT_ROLE_PATTERN})\s+by\b"
    rf"|^\(?\s*(?:{AGENCY_PATTERN})\)?(?:\s*[,;/&]\s*(?:{AGENCY_PATTERN}))*"
    r"(?:\s+with\s+(?:additional\s+)?(?:input|reporting|inputs)\s+(?:by|from)\s+.+)?\s*\.?\s*\)?$"
    r"|^\W*original(?:ly)?\s+(?:article\s+)?(?:source|published|appeared)(?:\s+(?:by|on|in|at))?\s*:"
    r"|^\W*this\s+(?:article|story|piece|post|report)(?:\s+by\s+[^.!?\n]{1,60}?)?\s+(?:(?:is|was|has\s+been)\s+"
    rf"(?:(?:(?:originally|first)\s+)?(?:re)?(?:published|posted|printed)\s+(?:(?:from|on|in|at|by)\b|{_MONTH}\s*\d)"
    r"|(?:produced|reported|written|made)\s+(?:via|in|through)\s+(?:a\s+)?(?:partnership|collaboration)\s+"
    r"(?:between|with)\s+[^\n]{1,200}$)|(?:originally|first)\s+(?:appeared|ran)\s+(?:on|in|at)\b)"
    r"|^[^.!?\n]{0,60}\b(?:coverage|reporting|journalism)\b[^.!?\n]{0,60}?\s+(?:is|are)\s+(?:made\s+possible|"
    r"supported|funded|underwritten)\s+(?:in\s+part\s+)?by\s+(?:a\s+)?(?:grants?|gifts?)\s+from\s+[^\n]{1,200}$"
    r"|^\W*published\s+(?:(?:daily|weekly|monthly|online)\s+)?by\s+[^.,;:!?\n]{1,60}$"
    rf"|^\W*this\s+(?:newsletter|story|article|report|piece|episode)\s+was\s+(?:{CREDIT_ROLE_PATTERN})"
    rf"(?:\s+and\s+(?:{CREDIT_ROLE_PATTERN}))?\s+by\s+[^.!?\n]{{1,80}}\.?$"
    rf"|^[^.!?\n]{{1,80}}\b(?:is|are)\s+(?:now\s+)?streaming(?:\s+now)?\s+on\s+[^.!?\n]{{1,40}}\.\s+"
    rf"(?:{CREDIT_ROLE_PATTERN})\s+by\s+[^.!?\n]{{1,80}}\.?$"
    r"|^\W*with\s+files\s+from\s+(?-i:\p{Lu}[\w.'’-]*(?:(?:\s+|,\s*|\s+and\s+|\s+&\s+)\p{Lu}[\w.'’-]*)*)\.?"
    r"(?:\s+(?-i:\p{Lu})[^.!?\n]{0,60}?\bproduced\s+by\s+[^.!?\n]{1,60}\.?)?$"
    rf"|^\W*(?:this\s+(?:article|story|report|piece)\s+(?:includes|contains|uses)\s+)?(?:material|information)"
    rf"\s+from\s+"
    rf"{_AGENCIES}(?:\s+(?:was|were)\s+used\s+in\s+this\s+(?:article|story|report|piece))?\.?$",
    re.IGNORECASE,
)
"""A credit: a role and "by" ("Photo by ..."), an agency's name alone, perhaps with whose input, a syndicated
copy's note of its source ("Original article source:", "Originally published in:", "This article is republished from
The Lamp under a Creative Commons license.", "This story was originally published on valleypost.example", "This report
by The Wire Service was first published Jan. 28, 2022.", "This story originally appeared in The Lamp."), the note on
the partnership that produced a story ("This story was produced in partnership between The Lamp and Elm Radio.") or on
the grant funding its desk ("Ferry coverage at The Lamp is supported by a grant from the Elm Fund."), a
publisher's name alone ("Published daily by the Harbour Institute") or who made the piece ("This newsletter was edited
by Jane Roe."), perhaps after a note on where the show is streaming ("The series is streaming now on ElmFlix.
Additional reporting by Jo Roe."), or the agencies whose copy a story uses ("With files from The Wire and Elm Press"),
perhaps before who produced an interview ("... Interview with Jo Lee produced by Al Poe"), or the note that it
uses an agency's copy ("This report contains material from Reuters.", "Information from the Associated Press was
used in this report.")."""
_STAFF = rf"(?:\s+{STAFF_TITLE_PATTERN})"
_NAME_WORD = r"\p{Lu}[\w.'’-]*"
_NAME_PART = rf"(?:{_NAME_WORD}|al-\w+|{NAME_PARTICLE_PATTERN})"


def name_pattern(least: int = 0, most: int | None = None) -> str:
    """Regular expression of a person's name as a byline prints it: a capitalised word, then between ``least`` and
    ``most`` (no limit when None) more words, each capitalised, "al-..." or a particle ("de", "van").

    Example
    -------
    >>> bool(re.fullmatch(name_pattern(), "Jane van der Roe")), bool(re.fullmatch(name_pattern(1, 4), "Jane"))
    (True, False)
    >>> bool(re.fullmatch(name_pattern(1), "Łukasz Ölund")), bool(re.fullmatch(name_pattern(1), "łukasz Ölund"))
    (True, False)
    """
    return rf"{_NAME_WORD}(?:\s+{_NAME_PART}){{{least},{'' if most is None else most}}}"


_PERSON = name_pattern(1, 4)
_AFFILIATION = (rf"(?:{_NAME_WORD}\s+(?:(?:of|for|and|&)\s+)?){{0,3}}(?i:{alternation(AFFILIATION_WORDS)})"
                rf"(?:\s+(?:(?:of|for|the|and|&)\s+)?{_NAME_WORD}){{0,4}}")
"""Where an author from outside a newsroom works, named after them in a byline ("University of Elmton", "Harbour
Institute of Technology")."""
_HEADING_END = rf".*\s(?i:{alternation(HEADING_NOUNS)})\W*$"
"""A line closing on a heading's noun (:data:`~newskit.text.lexicon.HEADING_NOUNS`: "Related News |"): no name."""
EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
"""An e-mail address, as a byline may print it after the name ("Jane Doe | jdoe@planet.example")."""
_BY = r"(?:[Bb]y:?|(?i:authors?\s*:|posted\s+by))"
"""The word opening a byline: "By", "By:", "Author:", "Posted by"."""
_BYLINE = re.compile(
    rf"^{_BY}\s+{_NAME_WORD}(?:\s+(?:{_NAME_PART}|and|AND|&)){{0,6}}"
    rf"(?:\s*[,|]\s*.{{0,40}}|\s*[-–—]+\s*(?:(?:{OUTLET_PATTERN}){_STAFF}?|\s*{STAFF_TITLE_PATTERN})"
    rf"|\s+{EMAIL_ADDRESS})?$"
    rf"|^{_BY}\s+{_PERSON}(?:\s*(?:,|,?\s+(?:and|AND)|&)\s+{_PERSON}){{1,7}}\s*$"
    rf"|^{_PERSON}(?:\s*(?:,|,?\s+and|&)\s+{_PERSON}){{0,3}}\s*(?:[,|]|\s[-–—])\s*"
    rf"(?:(?:{OUTLET_PATTERN}|{SITE_ADDRESS_PATTERN}){_STAFF}?|{STAFF_TITLE_PATTERN}|{EMAIL_ADDRESS})$"
    rf"|^{_PERSON}\s*,\s*{_AFFILIATION}(?:\s*(?:,|,?\s+and|&)\s+{_PERSON}\s*,\s*{_AFFILIATION}){{0,3}}$"
    rf"|^(?!{_HEADING_END}){_PERSON}\s*\|$"
    rf"|^[Bb]y\s+{_PERSON}\s*[|,·•–—-]?\s*{_STAMP}\s*$|^{_PERSON}\s*[|·•]\s*{_STAMP}\s*$"
    rf"|^(?:{AGENCY_PATTERN})\s*[|·•]\s*{_DATE_WORD}?{_STAMP}\s*$"
    rf"|^[Bb]y\s+{_PERSON}\s*,?\s+(?:and\s+)?(?:edited|photographs|illustrations?|videos?)\s+by\s+{_PERSON}$"
    rf"|^(?i:by)\s+{AGENCY_ALONE_PATTERN}$"
    rf"|^(?=.*\s(?:with|in)\s){_PERSON}(?:\s*(?:,|,?\s+and|&|with)\s+{_PERSON}){{0,3}}(?:\s+in\s+{name_pattern(0, 2)})?"
    rf"\s+(?:{AGENCY_PATTERN})$"
    rf"|^(?:\p{{Lu}}[\w'’-]*\s+){{0,3}}(?i:{STAFF_TITLE_PATTERN})\s*,?\s*(?i:reporting|writing) from\s*{name_pattern(0, 2)}$"
    rf"|^(?i:special (?:to|for))\s+(?:(?i:the)\s+\p{{Lu}}[\w.'’-]*(?:\s+\p{{Lu}}[\w.'’-]*){{0,3}}"
    rf"|{OUTLET_PATTERN}|{SITE_ADDRESS_PATTERN})$"
    rf"|^[{EM_DASHES}{DASHES}-][ \t]*(?:{OUTLET_PATTERN})['’]s?[ \t]+{_PERSON}"
    rf"(?:\s*(?:,|,?\s+and|&)\s+{_PERSON}){{0,3}}$"
)
"""A byline: "By Jane Doe", "Author: Jane Doe", "By: Jane Doe", "Posted by Jane Doe", "By JANE DOE - Associated Press",
"By Jane Doe | The Daily Planet", "by Jane Doe", "By Jane Doe jdoe@planet.example", a list of people ("By Jane Doe,
John Roe, Ann Poe and Al Bo", in capitals: "By JANE DOE AND JOHN ROE"), people then their outlet, their staff title
or their e-mail address after a comma, a bar or a spaced dash ("Jane Doe and John Roe, Reuters", "Jane Doe |
Reuters", "Jane Doe - Staff Writer", or a site named by its address: "Jane Doe, PlanetNews.ca"), people each with
where they work ("Jane Doe, University of Elmton and John Roe, Harbour Institute"), a name before a bar ("Jane Doe
|", a byline cut from its date), a name and its date stamp ("by Jane Doe 10:41 AM May 5, 2026", "Jane Doe | May 5,
2026, 10:20 pm"), a wire agency and its date stamp ("Reuters | Updated: 2026-05-05 10:20"), its editor ("By Jane Doe
edited by John Roe"), a wire agency alone in any case ("BY THE ASSOCIATED PRESS", "By Press Trust of India"), or
people joined by "with", perhaps where they wrote, then their agency ("Jane DOE with John ROE in Kyiv AFP"), or a
byline left without its name: a staff title reporting from a place ("Foreign editor, Reporting from Elmton"), or a
contributor's line under it naming a paper ("Special to The Lamp", "SPECIAL TO THE NEWS", "Special for PlanetNews.ca";
not "Special to Ukraine"), or a dash, an outlet's name and whose post it is, signing a live page's post ("-Planet
News' Jo Lee")."""
WRITTEN_BY = re.compile(rf"(?i:written)\s+(?=[Bb]y\s+{_PERSON}\s*[|,·•–—-]?\s*{_STAMP}\s*$)")
""""written" before "by", a name and the time of posting ("written by Jane Doe 10:41 AM May 5, 2026"): a byline
opening so, not a credit, which gives no time."""
_GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES | UNISEX_GIVEN_NAMES
_CAPITALS_BY = re.compile(r"BY\s+(?P<names>.+?)(?:\s*[,|]|\s+[-–—]|$)")
"""A line opening on "BY" in capitals, then the names it would give, up to a comma, a bar or a spaced dash."""


def _capitals_byline(bare: str) -> bool:
    """Whether ``bare`` is a byline printed all in capitals, "BY" too ("BY JANE DOE", "BY JANE DOE AND JO ROE,
    REUTERS"): it reads as :data:`_BYLINE` reads "By JANE DOE", and each person it names opens on a given name (the
    lexicon's lists: :data:`~newskit.text.lexicon.MALE_GIVEN_NAMES` and the others, accents folded) and holds no
    function word, so a heading names no one.

    >>> _capitals_byline("BY JANE DOE AND JO ROE"), _capitals_byline("BY THE NUMBERS")
    (True, False)
    """
    opening = _CAPITALS_BY.match(bare)
    if opening is None or not _BYLINE.match(f"By{bare[2:]}"):
        return False
    people = re.split(r"\s+(?:AND|&)\s+", opening.group("names"))
    return all(unaccented(person.split()[0]) in _GIVEN_NAMES and not FUNCTION_WORDS & set(person.lower().split())
               for person in people)


_CONTRIBUTOR = rf"{name_pattern(0, 3)}(?:\s+in\s+{name_pattern(0, 2)}(?:,\s*{name_pattern(0, 2)})?)?"
"""A contributor named in a closing credit, perhaps where they worked ("Al Poe in Harbourton, Eastland")."""
_CONTRIBUTORS = (rf"{_CONTRIBUTOR}(?:\s*(?:[,;]|[,;]?\s+and|&)\s+"
                 rf"(?:(?:\p{{Lu}}[\w.'’-]*\s+){{0,3}}(?:\p{{Ll}}+\s+){{1,2}}|(?:\p{{Ll}}+\s+){{0,2}})"
                 rf"{_CONTRIBUTOR}){{0,7}},?\s+")
"""Contributors listed by commas or semicolons, perhaps a role in lower case before one after the first, perhaps after
their outlet ("Jo Lee in Elmton; Al Poe and Bo Ma in Dover; and news researcher Cy Di in Ayr", "..., and Daily Planet
reporter Cy Di in Ayr")."""
_CONTRIBUTED = (r"(?:also\s+)?contributed"
                r"(?: (?:reporting|research|(?:to )?this (?:report|reporting|story|post|article))|(?=\.?$))")
_ONE_CREDIT = (
    rf"\*?(?:(?:(?:\p{{Lu}}[\w.'’-]*\s+){{1,3}}(?:(?i:{STAFF_TITLE_PATTERN})|\p{{Ll}}+(?:\s+\p{{Ll}}+){{0,2}})\s+"
    rf"{_CONTRIBUTORS}(?:reported from\s+(?=\p{{Lu}})|{_CONTRIBUTED})"
    rf"|{_CONTRIBUTORS}(?:reported from|contributed from|{_CONTRIBUTED}))\b[^.!?\n]{{0,60}}\.?"
    rf"|{STAFF_TITLE_PATTERN}\s*:(?:\s*{_PERSON})?"
    rf"|(?:\p{{Lu}}[\w.'’-]*(?:,|\s)\s*|(?:and|&|of)\s+)+{_CONTRIBUTED}\b\W*)"
)
_CLOSING_CREDIT = re.compile(rf"(?:[{EM_DASHES}{DASHES}-][ \t]*)?{_ONE_CREDIT}(?:\s+{_ONE_CREDIT}){{0,2}}")
"""A wire story's closing credit, a whole paragraph: who reported from where or contributed (then perhaps after
their outlet and role), with where they worked ("Roe reported from Kyiv, Ukraine.", "Jane Roe and Al Poe contributed
reporting.", "Daily Planet writers Jane Roe in Elmton and Al Poe in Harbourton, Eastland, contributed to this
report.", "Jo Lee also contributed to this article.", or a role in lower case after the outlet: "Planet producer Jo Lee
contributed to this report.", "Planet White House correspondent Jo Lee reported from Elmton."), or a
staff role and a colon, perhaps a name ("Editor:", "Editor: Jane Roe"), perhaps after a footnote's
asterisk ("*Roe reported from Kyiv."), or capitalised words only, an outlet's and people's names, before "contributed
to this report" or "this report" ("Daily Planet's Jane Roe, Al Poe contributed to this report.", a role with "of" among
them: "Planet Director of Polling Jo Lee and Al Poe contributed this report."), or "contributed" closing the
paragraph ("Daily Planet writers Jo Lee and Al Poe contributed."); up to three such sentences in one
paragraph ("Roe reported from Kyiv. Daily Planet writer Al Poe in Elmton contributed to this report."), perhaps after
a dash ("—Planet's Jo Lee contributed to this report.")."""
_INNER_EMPHASIS = re.compile(r"(?<!\w)(?:_+|\*+)|(?:_+|\*+)(?!\w)")
"""Markdown's underscores and asterisks for italics and bold, wherever they open or close a run of words ("_Jane
Roe_ _contributed_", "By **Jane Roe**, ..."): a scraper may set them inside a line, splitting its words."""


@functools.lru_cache(maxsize=4096)
def _plain(bare: str) -> str:
    """``bare`` without the emphasis marks set inside it (:data:`_INNER_EMPHASIS`), its Markdown links read as their
    words (:func:`~newskit.furniture.link_words`), its spaces collapsed; remembered for the last lines read (each
    reading of a line's shape asks for it). A line with no mark is not searched for one, and only a run of blanks
    or a tab is replaced, not each space.

    >>> _plain("By **Jane Roe**, a fellow at _The Daily Planet_."), _plain("_Jane Roe_ _contributed_")
    ('By Jane Roe, a fellow at The Daily Planet.', 'Jane Roe contributed')
    >>> _plain("By[Jane Roe](/authors/jane-roe), [Al Bo](/authors/al-bo)"), _plain("Jo\t Roe  , Elm")
    ('By Jane Roe, Al Bo', 'Jo Roe, Elm')
    """
    words = link_words(bare)
    if "_" in words or "*" in words:
        words = _INNER_EMPHASIS.sub(" ", words)
    return re.sub(r"\s+(?=[,.;:])", "", re.sub(r"[ \t]{2,}|\t", " ", words)).strip()


_TURN = rf"(?:{INTERVIEW_TURN.pattern})"
_SHOW_CREDITS = re.compile(
    rf"(?:{_TURN}\p{{Lu}}[\w.&'’ -]{{0,40}}['’]s|{_TURN}?Our)\s+(?:[\p{{Ll}}-]+\s+){{0,3}}"
    r"(?:producer|editor|director|engineer|co-host)s?\s+(?:is|are)\s+\p{Lu}[^\n?]*?[.!]\s+\p{Lu}[^\n?]*[.!]\W*")
"""A broadcast's closing credits, in its host's turn or on their own: the show's or "our" producer, editor, director,
engineer or co-host named first ("JO ROE: DAILY NEWS's executive producer is Al Poe. Our engineer is ...", "Our
senior producer is Al Poe. ..."), whatever other staff the paragraph names after, in two sentences or more and no
question."""
_NEXT_SHOW = re.compile(
    rf"{_TURN}[^\n]*?(?<![^.!?\"”\s])\s*(?:Tomorrow|Next week|Next time|Coming up)\b[^.!?\n]{{0,30}}\s+on\s+"
    r"\p{Lu}[\w.&'’ -]{0,40},\s+(?:our|my)\s+guests?\s+(?:will be|is|are)\b[^\n]*")
"""A host's closing turn naming the next show's guest ("JO ROE: ... Tomorrow on DAILY NEWS, our guest will be ..."):
a promo for the next broadcast, whatever the turn says about today's guest before it."""


def _broadcast_close(bare: str) -> str | None:
    """``credit`` for a broadcast's closing credits (:data:`_SHOW_CREDITS`), ``promo`` for a host's turn naming the
    next show's guest (:data:`_NEXT_SHOW`), else None.

    >>> _broadcast_close("ROE: DAILY NEWS's executive producer is Al Poe. Our engineer is Bo Li. I'm Jo Roe.")
    'credit'
    >>> _broadcast_close("ROE: Al Poe's book is out. Tomorrow on DAILY NEWS, our guest will be Cy Ma. Join us.")
    'promo'
    >>> _broadcast_close("ROE: The show's producer is Al Poe, you said?") is None
    True
    >>> _broadcast_close("The ferry's chief engineer is Al Poe. Tomorrow on the quay, our guest will be Cy Ma.") is None
    True
    """
    if _SHOW_CREDITS.fullmatch(bare):
        return "credit"
    return "promo" if _NEXT_SHOW.fullmatch(bare) else None


def _closing_credit(bare: str) -> bool:
    """Whether a paragraph (read by :func:`~newskit.furniture.bare_line`) is a wire story's closing credit
    (:data:`_CLOSING_CREDIT`), read without the emphasis set inside it (:func:`_plain`).

    >>> _closing_credit("_Daily Planet's__Jane Roe, Al Poe_ _contributed to this report._")
    True
    >>> _closing_credit("The mayor thanked all who contributed to this report.")
    False
    >>> _closing_credit("—Daily Planet's Jo Lee and Al Poe contributed to this report.")
    True
    >>> _closing_credit("Planet producer Jo Lee contributed to this report.")
    True
    >>> _closing_credit("Daily Planet writers Jo Lee and Al Poe contributed.")
    True
    >>> _closing_credit("Jo Lee contributed, too."), _closing_credit("Jo Lee contributed to this reporting.")
    (False, True)
    """
    return bool(_CLOSING_CREDIT.fullmatch(_plain(bare)))
_NOT_HEADLINE = re.compile(
    rf"(?i:(?:in\s+)?{SECTION_PATTERN}(?:\s*(?:&|and|/|,|\||>|»|·|•)\s*{SECTION_PATTERN})*(?:\s+News)?)"
    rf"|(?:{OUTLET_PATTERN})(?i:\.com)?"
    rf"|(?i:(?:{SHARE_BUTTON_PATTERN})(?:\s+(?:this|the)\s+(?:story|article))?[^\w\n]*)+"
)
"""A one-line paragraph that is page furniture, never a headline or subhead: a section name
("World News", "Politics", "In Pictures"), an outlet's name ("The Daily Planet", "CNN"), share buttons ("Share",
"e-mail", "Advertisement")."""
DATELINE = re.compile(
    r"^(?P<place>\p{Lu}[\p{Lu}.'’-]+(?:[ /-]+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{Lu}[\p{Lu}\p{Ll}.'’ -]{1,30}?)?)"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?\s*"
    rf"(?:\((?P<agency>(?:{AGENCY_PATTERN})(?:\s+\w+)?|{OUTLET_PATTERN}|\p{{Lu}}[\w&.'’-]*(?:\s+\p{{Lu}}[\w&.'’-]*){{0,3}})\)\s*)?"
    rf"(?:[-{DASHES}{EM_DASHES}]+|_)\s+"
)
"""A dateline opening a paragraph: PLACE, optional date (perhaps with its year), optional (AGENCY) or the station or
paper ("(KGW)", "(CNN)", "(The Daily Planet)"), then a dash of any kind ("―", the horizontal bar, in HuffPost copy;
"_", the dash of a wire's plain text)."""
_SOURCED_DATELINE = re.compile(
    r"^(?P<place>\p{Lu}[\w.'’-]*(?:[ /-]+\p{Lu}[\w.'’-]*){0,3}(?:,\s*\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,2})?)?"
    rf"(?:,?\s*(?P<date>{_MONTH}\s+\d{{1,2}}))?\s*\((?P<agency>{OUTLET_PATTERN})\)"
    rf"[^\S\n]*(?:[-{DASHES}{EM_DASHES}]+[^\S\n]*)?(?=[\p{{Lu}}\d\"“‘]|$)"
)
"""A dateline whose source is a known agency or outlet, where the place may be in title case or missing and the dash
missing (CNN's "(CNN)A plane ...", "Feb 10 (Reuters) - ...", a scrape that lost the dash: "TOKYO (AP)  Japan's ...")."""


@functools.lru_cache(maxsize=4)
def _first_dateline(raw: str) -> int:
    """Where the first line of ``raw`` opening on a dateline (:func:`dateline`) starts; ``len(raw)`` if none does.
    A story prints one dateline: the looser forms are read only there, not on the teasers of other stories below
    it ("June 13 (Wire) -- ...").

    >>> _first_dateline("Ferry sold\\nJune 13 (AP) -- A ferry was sold.\\nJune 13 (AP) -- A port shut.")
    11
    """
    pos = 0
    for line in raw.splitlines(keepends=True):
        if (found := dateline(line.lstrip())) and _is_dateline(found):
            return pos + len(line) - len(line.lstrip())
        pos += len(line)
    return len(raw)


def dateline(text: str) -> re.Match | None:
    """The dateline opening ``text``, in capitals (:data:`DATELINE`) or credited to a known source.

    >>> [dateline(t).group("agency") for t in ("(CNN) A plane fell.", "Elmton, Maine (AP)  The mayor said.")]
    ['CNN', 'AP']
    >>> dateline("The Elm Health Organization (WHO) said.") is None
    True
    """
    return DATELINE.match(text) or _SOURCED_DATELINE.match(text)


_TRAILING_CREDIT = re.compile(
    rf"\(\s*(?:{CREDIT_ROLE_PATTERN})\s+by\b[^()]*\)\s*$", re.IGNORECASE
)
_INNER_STOP = re.compile(r"(?:(?<!\b\p{Lu})\.|[!?])[\"”’')]?\s+[\p{Lu}“\"]")
"""A sentence ending inside a paragraph; the dot of an initial or an acronym ("G.O.P. Will") is no end."""
_SAID_CUT = re.compile(r"(?<=\w\s)(?:said|told)\s(?!to\b)[^.!?:\"“”]*[^\W_]$")
"""A line reporting in the past who spoke, with no quotation after it: a sentence the scraper cut before the
quotation or the video it introduces ("Prior to the vote, his daughter said in a video posted online")."""
_ASKED = re.compile(rf"^(?:{INTERVIEW_TURN.pattern})|\b(?i:you(?:r|rs|rself|[’']re|[’']ve|[’']d|[’']ll)?)\b")
"""An interview question, body text and no subhead: "Q: ...?", "KELLY: ...?", or one put to "you"."""
_INITIALS = re.compile(r"\(?(?:\w{1,2}\.\s?){1,4}\)?")
"""An author's initials alone on a line ("A.B.", "(J.D.)"), upper case: a byline."""
_LONE_LETTER = re.compile(r"\(?[^\W\d_]\.?\)?")
"""One letter alone on a line ("X."): no one's initials but a stray mark left where a page had an embed or a
divider."""
_QUOTED_END = re.compile(r"(?:^|\s)['‘\"“][^'‘’\"“”]*[^\W_]['’\"”]$")
"""A title closing on a quotation opened in it with no stop inside it ("... To 'Show Some Class'"), which may
head a text (a closing mark with no opener is a stray, not a title's quotation)."""
_TERMINAL = re.compile(r"[.!…:;,\"”’')\]]$")
_RUNNING_QUOTE = re.compile(r"[\"“][^\"”]*")
"""A paragraph opening a quotation it does not close: a paragraph of a quotation running on over several (news copy
closes the mark only at the last one), article text however short, no subhead."""
_QUOTATION_LINE = re.compile(r"['‘\"“][^'‘’\"“”.!?]*[^\W_]['’\"”]")
"""A line that is one quotation with no stop inside it ("‘We are not losing’"): a subhead may be one."""


def label_blocks(raw: str) -> pd.DataFrame:
    """Cut ``raw`` into labelled blocks that tile it exactly.

    Blocks are found in the visible view of ``raw`` (:mod:`newskit.text.visible`: zero-width
    characters and soft hyphens left out) and mapped back to it.
    Line breaks may be LF, CRLF or CR alone (old Mac files), mixed in one file.
    Paragraphs are separated by blank lines; a text with no blank line has one
    paragraph per line, unless most of its lines end mid-sentence (a text wrapped
    at a fixed width), when a paragraph ends at a short line closing a sentence. A dateline opening a paragraph and a credit in brackets
    closing it become blocks of their own; the lines of a body sentence broken at its links are one block
    (:func:`_link_broken`), and so are the lines of a quotation whose marks stand on lines of their own
    (:func:`_lined_quotations`).

    Returns
    -------
    DataFrame
        ``block`` (0..n-1), ``label``, ``start``, ``end`` (offsets into ``raw``),
        ``text`` (``raw[start:end]``) and ``paragraph`` (number of the body
        paragraph, from 0; NA for other blocks), in text order.

    Example
    -------
    >>> label_blocks("One.\\nTwo.")["label"].tolist()
    ['body', 'whitespace', 'body']
    >>> label_blocks("Title\\r\\rIt rained.\\r\\rIt poured.")["label"].tolist()
    ['headline', 'whitespace', 'body', 'whitespace', 'body']
    """
    if blank(raw):  # nothing a reader sees: one blank block (none for an empty text)
        return _frame(raw, [("whitespace", 0, len(raw))] if raw else [], ["whitespace"] if raw else [])
    shown = visible(line_feeds(raw))
    view = shown.text
    spans: list[tuple[str, int, int]] = []
    pos = 0
    for start, end in _paragraphs(view):
        if start > pos:
            spans.append(("whitespace", pos, start))
        spans.extend(_paragraph_parts(view, start, end))
        pos = end
    if pos < len(view):
        spans.append(("whitespace", pos, len(view)))
    labels = _label_paragraphs(view, spans)
    spans, labels = _link_broken(view, *_lined_quotations(view, spans, labels))
    if shown.changed:
        spans = [(label, *shown.raw_span(s, e)) for label, s, e in spans]
    return _frame(raw, spans, labels)


_OPEN_END = re.compile(r"(?:[^\W_]|[,“‘]|,[\"”’'])\s*$")
"""A line ending mid-sentence: on a word, a comma (perhaps inside a quotation) or an opening quotation mark."""
_LOWER_OPENING = re.compile(r"\p{Ll}(?:[^\W\d_]|[’'-])*(?=[\s,;:!?]|\.(?!\w)|$)")
"""A line opening on a lower-case word (not an address: "pic.twitter.com/...")."""
_FRAGMENT = re.compile(r"(?:\p{Lu}\p{Ll}+(?:[’'-][^\W\d_]+)*[ \t]+){0,3}\p{Lu}\p{Ll}+(?:[’'-][^\W\d_]+)*")
"""A capitalised fragment of a broken sentence: up to four capitalised words (a name or a title set as a link)."""
_PROSE_WORDS = 6
"""Fewest words of the body line a sentence broken over lines starts on: prose, not a button."""
_CARRIED = ("body", "subhead")
"""Labels of the lines that may carry on a broken sentence (a link's words read alone as a heading)."""


def _link_broken(raw: str, spans: list[tuple[str, int, int]],
                 labels: list[str]) -> tuple[list[tuple[str, int, int]], list[str]]:
    """The labelled ``spans`` with the lines of a body sentence that a scraper broke at its inline links, one line per
    link, joined into one body block.

    A line (body or subhead: :data:`_CARRIED`) carries on the body line above it, with one line break between them,
    when that one ends mid-sentence (:data:`_OPEN_END`), the run it ends opens on prose (:data:`_PROSE_WORDS` words or
    more), and the line opens on a lower-case word, or is a capitalised fragment (:data:`_FRAGMENT`) that the line
    under it carries on in turn, or the line above ends on a word no sentence ends on
    (:data:`~newskit.text.lexicon.UNFINISHED_ENDS`: "... wrote to" over "Mayor Jo Lee").

    >>> raw = "“We will stay here and rebuild,” Jo Lee\\nwrote\\non social media.\\nSign in"
    >>> spans = [("paragraph", 0, 39), ("whitespace", 39, 40), ("paragraph", 40, 45), ("whitespace", 45, 46),
    ...          ("paragraph", 46, 62), ("whitespace", 62, 63), ("paragraph", 63, 70)]
    >>> joined, labels = _link_broken(raw, spans, ["body", "whitespace", "subhead", "whitespace", "body", "whitespace",
    ...                                            "chrome"])
    >>> [(label, raw[s:e]) for (_, s, e), label in zip(joined, labels)][0]
    ('body', '“We will stay here and rebuild,” Jo Lee\\nwrote\\non social media.')
    >>> labels[1:]
    ['whitespace', 'chrome']
    """
    kept: list[tuple[str, int, int]] = []
    kept_labels: list[str] = []
    first, n = "", 0
    while n < len(spans):
        if kept_labels and kept_labels[-1] == "body" and _joins(raw, spans, labels, n, first, kept[-1]):
            kept[-1] = (kept[-1][0], kept[-1][1], spans[n + 1][2])
            n += 2
            continue
        kept.append(spans[n])
        kept_labels.append(labels[n])
        if labels[n] == "body":
            first = raw[spans[n][1]:spans[n][2]]
        n += 1
    return kept, kept_labels


_LONE_OPENING = re.compile(r"[“\"«„][ \t]*\p{Lu}?")
"""A line that is a quotation's opening mark alone, or with the quotation's first letter (a drop capital)."""
_LONE_CLOSING = re.compile(r"[.,!?…]?[”\"»][.,]?")
"""A line that is a quotation's closing mark alone (with its stop or comma)."""
_LINED_LINES = 12
"""Most lines of a quotation set line by line (:func:`_lined_quotations`)."""
_CUE_LINES = 3
"""Most lines of the rest of the sentence after a quotation set line by line that closes on a comma."""


def _lined_quotations(raw: str, spans: list[tuple[str, int, int]],
                      labels: list[str]) -> tuple[list[tuple[str, int, int]], list[str]]:
    """The labelled ``spans`` of ``raw`` with each quotation a page set line by line, its opening mark (perhaps with a
    drop capital) and its closing mark on lines of their own, joined into one body block, from mark to mark, with
    the rest of its sentence when it closes on a comma, question or exclamation mark (up to the line that ends the
    sentence: "Jo Lee said.").

    >>> raw = "“W\\nhen we left, we had\\nnothing at all,\\n”\\nJo Lee said.\\nMore"
    >>> spans = [("paragraph", 0, 2), ("whitespace", 2, 3), ("paragraph", 3, 22), ("whitespace", 22, 23),
    ...          ("paragraph", 23, 38), ("whitespace", 38, 39), ("paragraph", 39, 40), ("whitespace", 40, 41),
    ...          ("paragraph", 41, 53), ("whitespace", 53, 54), ("paragraph", 54, 58)]
    >>> joined, labels = _lined_quotations(raw, spans, ["chrome", "whitespace", "body", "whitespace", "subhead",
    ...                                                 "whitespace", "chrome", "whitespace", "chrome",
    ...                                                 "whitespace", "body"])
    >>> [(label, raw[s:e]) for (_, s, e), label in zip(joined, labels)][0]
    ('body', '“W\\nhen we left, we had\\nnothing at all,\\n”\\nJo Lee said.')
    """
    kept: list[tuple[str, int, int]] = []
    kept_labels: list[str] = []
    n = 0
    while n < len(spans):
        end = _lined_quotation(raw, spans, labels, n)
        if end is None:
            kept.append(spans[n])
            kept_labels.append(labels[n])
            n += 1
            continue
        kept.append((spans[n][0], spans[n][1], spans[end][2]))
        kept_labels.append("body")
        n = end + 1
    return kept, kept_labels


def _lined_quotation(raw: str, spans: list[tuple[str, int, int]], labels: list[str], n: int) -> int | None:
    """The last span of a quotation set line by line that opens at span ``n`` (with the rest of its sentence), or
    None: see :func:`_lined_quotations`."""
    if labels[n] == "whitespace" or not _LONE_OPENING.fullmatch(raw, spans[n][1], spans[n][2]):
        return None
    at, words = n, 0
    while at - n < 2 * _LINED_LINES and _line_under(raw, spans, labels, at):
        at += 2
        line = raw[spans[at][1]:spans[at][2]]
        if _LONE_CLOSING.fullmatch(line):
            return _sentence_rest(raw, spans, labels, at) if words >= _PROSE_WORDS else None
        if re.search(r"[“”\"«»„]", line):
            return None
        words += len(line.split())
    return None


def _line_under(raw: str, spans: list[tuple[str, int, int]], labels: list[str], n: int) -> bool:
    """Whether a line stands under span ``n``, one line break below it."""
    return (n + 2 < len(spans) and labels[n + 1] == "whitespace" and labels[n + 2] != "whitespace"
            and raw.count("\n", spans[n + 1][1], spans[n + 1][2]) == 1)


def _sentence_rest(raw: str, spans: list[tuple[str, int, int]], labels: list[str], n: int) -> int:
    """The last span of the sentence a quotation whose closing mark is span ``n`` goes on into: the lines under it
    up to one ending a sentence when the quotation closes on a comma, question or exclamation mark, else ``n``."""
    if not raw[:spans[n][1]].rstrip().endswith((",", "?", "!")) and raw[spans[n][1]] not in ",?!":
        return n
    at = n
    while at - n < 2 * _CUE_LINES and _line_under(raw, spans, labels, at):
        at += 2
        if re.search(r"[.!?]$", raw[spans[at][1]:spans[at][2]]):
            return at
    return n


def _carries(raw: str, spans: list[tuple[str, int, int]], labels: list[str], n: int) -> bool:
    """Whether span ``n`` is one line break with a line that may carry on a broken sentence under it."""
    return (n + 1 < len(spans) and labels[n] == "whitespace" and raw.count("\n", spans[n][1], spans[n][2]) == 1
            and labels[n + 1] in _CARRIED)


def _joins(raw: str, spans: list[tuple[str, int, int]], labels: list[str], n: int, first: str,
           last: tuple[str, int, int]) -> bool:
    """Whether the line after the line break ``n`` carries on the broken sentence of the body block ``last`` (its run
    opening on the body line ``first``): see :func:`_link_broken`."""
    if not (_carries(raw, spans, labels, n) and len(first.split()) >= _PROSE_WORDS
            and _OPEN_END.search(raw, last[1], last[2])):
        return False
    text = raw[spans[n + 1][1]:spans[n + 1][2]]
    return bool(raw[last[1]:last[2]].split()[-1].lower() in UNFINISHED_ENDS or _LOWER_OPENING.match(text)
                or _FRAGMENT.fullmatch(text) and _carries(raw, spans, labels, n + 2)
                and _LOWER_OPENING.match(raw, spans[n + 3][1]))


def _frame(raw: str, spans: list[tuple[str, int, int]], labels: list[str]) -> pd.DataFrame:
    """The blocks frame of ``raw``'s labelled spans, body paragraphs numbered in order."""
    body = itertools.count()
    return pd.DataFrame({
        "block": np.arange(len(spans), dtype="int64"),
        "label": labels,
        "start": np.array([s for _, s, _ in spans], dtype="int64"),
        "end": np.array([e for _, _, e in spans], dtype="int64"),
        "text": [raw[s:e] for _, s, e in spans],
        "paragraph": pd.array([next(body) if lab == "body" else pd.NA for lab in labels], dtype="Int64"),
    }, columns=BLOCK_COLUMNS)


def line_feeds(raw: str) -> str:
    r"""``raw`` with every line break a line feed, offsets kept: CRLF becomes " \n", a lone CR "\n".

    Example
    -------
    >>> line_feeds("a\r\nb\rc\nd")
    'a \nb\nc\nd'
    """
    if "\r" not in raw:
        return raw
    return raw.replace("\r\n", " \n").replace("\r", "\n")


def _paragraphs(raw: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``raw``, stripped of surrounding whitespace."""
    separator = _separator(raw)
    spans = paragraph_spans(raw, separator)
    if separator is _LINE_BREAK and _hard_wrapped(raw, spans):
        spans = _rewrap(raw, spans)
    stripped = []
    for start, end in spans:
        chunk = raw[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            stripped.append((start + lead, end - trail))
    return stripped


_LINES_PER_STRETCH = 2
"""Lines per blank-line stretch above which a scraped page not wrapped at a fixed width has one paragraph per line."""
_SHORT_LINE_WORDS = 4
_SHORT_LINES = 0.2
"""Share of lines of up to :data:`_SHORT_LINE_WORDS` words (menus, buttons, headings, credits) that makes a text a
scraped page rather than prose."""


def _separator(raw: str) -> re.Pattern:
    """What ends a paragraph of ``raw``: a blank line, or a line break where the text has no blank line, or where it
    is a page scraped one line per paragraph with a stray blank line here and there: its few blank lines leave
    stretches of several lines each, not wrapped at a fixed width, and a fifth of its lines or more are short (menus
    and buttons: :data:`_SHORT_LINES`). Prose whose blank lines set off sections keeps them as its paragraphs'
    bounds.

    >>> menu, prose = "Home\\nWorld\\nSign in\\n", "It rained all day in the valley.\\nThe river rose by a metre.\\n"
    >>> _separator("One.\\n\\nTwo.") is BLANK_LINE, _separator(prose * 2 + "\\n" + prose) is BLANK_LINE
    (True, True)
    >>> _separator(menu + "It rained.\\nIt poured.\\n\\nRoads shut.") is BLANK_LINE
    False
    """
    if not BLANK_LINE.search(raw):
        return _LINE_BREAK
    lines = [(s, e) for s, e in paragraph_spans(raw, _LINE_BREAK) if raw[s:e].strip()]
    short = sum(len(raw[s:e].split()) <= _SHORT_LINE_WORDS for s, e in lines)
    scraped = len(lines) > _LINES_PER_STRETCH * len(paragraph_spans(raw)) and short >= _SHORT_LINES * len(lines)
    return _LINE_BREAK if scraped and not _hard_wrapped(raw, lines) else BLANK_LINE


def _hard_wrapped(raw: str, lines: list[tuple[int, int]]) -> bool:
    """True when most lines end mid-sentence with no room for the next word and the long lines are of one width: a
    text wrapped at a fixed width.
    Short lines (under half the longest) are left out when two long ones remain: a scraped page's menu and button
    lines end mid-sentence too; so do its paragraph lines cut before a link, but those differ in width (lines
    wider than :data:`_WRAP_WIDTH` must mostly be of one width). A line counts as wrapped only where the next one can
    carry on its sentence (:func:`_goes_on`): a menu run together into one wide line is followed by another item.
    A fixed width wraps many lines: the wrapped ones must be a quarter or more of the lines of more than
    :data:`_SHORT_LINE_WORDS` words (:data:`_WRAPPED_SHARE`); a page of one paragraph per line with a few graphics'
    labels run together into overlong lines is not wrapped.

    >>> prose = "It rained all day in the valley and the river rose by a metre before the dam was shut."
    >>> raw = "\\n".join([prose] * 9 + ["Crews cleared the road " * 12 + "and the dam held"] * 2 + [prose])
    >>> _hard_wrapped(raw, _line_spans(raw, 0, len(raw)))
    False
    """
    width = max((e - s for s, e in lines), default=0)
    full = [(s, e) for s, e in lines[:-1] if raw[s:e].strip()]
    long = [(s, e) for s, e in full if e - s >= width / 2]
    used = long if len(long) >= 2 else full
    following = dict(zip(lines, lines[1:]))
    wraps = [_LINE_END.search(raw[s:e]) is None and _full(raw, (s, e), following[(s, e)], width)
             and _goes_on(raw, following[(s, e)], width) for s, e in used]
    even = width <= _WRAP_WIDTH or sum(e - s >= 0.75 * width for s, e in used) >= 0.6 * len(used)
    prose = sum(len(raw[s:e].split()) > _SHORT_LINE_WORDS for s, e in lines)
    return len(wraps) >= 2 and sum(wraps) > len(wraps) / 2 and even and sum(wraps) >= _WRAPPED_SHARE * prose


def _goes_on(raw: str, line: tuple[int, int], width: int) -> bool:
    """Whether ``line`` can carry on a sentence wrapped on the line above it: a full line itself (half the widest or
    more), or the paragraph's last one, ending a sentence. A short line with no stop under a full one is an item of its
    own: a menu's items run together on one line are followed by the next menu item, not by the rest of a sentence.

    >>> text = "Home World Sport Business Climate Science Health Opinion Culture Travel\\nSearch\\nIt was wet."
    >>> _goes_on(text, (72, 78), 71), _goes_on(text, (79, 90), 71)
    (False, True)
    """
    start, end = line
    return end - start >= width / 2 or bool(_LINE_END.search(raw[start:end]))


_WRAPPED_SHARE = 0.25
"""Fewest wrapped lines, as a share of the lines of more than :data:`_SHORT_LINE_WORDS` words, of a text wrapped at
a fixed width."""
_WRAP_SLACK = 0.85
"""Share of the widest line a wrapped line reaches with the next line's first word added: a wrapper moves a word
down only when it does not fit (less than one: a proportional font wraps by printed width, not characters)."""


def _full(raw: str, line: tuple[int, int], after: tuple[int, int], width: int) -> bool:
    """Whether the first word of the line ``after`` would not have fitted on ``line``: the line was wrapped there.
    A line cut before a link stops wherever the link began, however much room it had left."""
    first = raw[after[0]:after[1]].split(maxsplit=1)
    return line[1] - line[0] + 1 + len(first[0] if first else "") > _WRAP_SLACK * width


def _rewrap(raw: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join wrapped lines into paragraphs, ending one after a short line that ends a sentence."""
    width = max(e - s for s, e in lines)
    paragraphs, first = [], lines[0][0]
    for start, end in lines:
        if first is None:
            first = start
        if _LINE_END.search(raw[start:end]) and end - start < 0.8 * width:
            paragraphs.append((first, end))
            first = None
    if first is not None:
        paragraphs.append((first, lines[-1][1]))
    return paragraphs


def _paragraph_parts(raw: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The provisional parts of one paragraph: the first way of cutting it that applies (a scraper's title line
    over it, stacked page lines, bold runs, a broken heading, furniture lines), else its dateline, text and credit."""
    return (_title_field_line(raw, start, end) or _stacked_lines(raw, start, end) or _bold_runs(raw, start, end)
            or _broken_heading(raw, start, end) or _furniture_lines(raw, start, end)
            or _glued_stamp(raw, start, end) or _split_paragraph(raw, start, end))


_GLUED_STAMP = re.compile(rf"(?P<title>[^\n]*?[^\W_])[ \t]+"
                          rf"(?P<stamp>(?:{'|'.join(w.capitalize() for w in DATE_STAMP_WORDS[1:])})\b[^()\n]+?)"
                          r"(?:[ \t]+(?P<source>\([ \t]*\p{Lu}[\w&.'’ -]{1,30}\)))?[ \t]*")
"""A line with no stop and a date stamp glued after it, its word capitalised, perhaps with its source in brackets
closing the line ("Dam holds after the storm Updated: 2026-05-02 09:53 (Agencies)"): a page's title over its date, run
together ("... was first published May 2, 2026" closes a sentence; a title names no date)."""


def _glued_stamp(raw: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A one-line paragraph of a title and a date stamp run together (:data:`_GLUED_STAMP`; the stamp a date line:
    :data:`DATE_LINE`) cut into a provisional ``paragraph`` (the title), a ``date`` and a ``credit`` (the source in
    brackets), else [].

    >>> raw = "Dam holds after the storm Updated: 2026-05-02 09:53 (Agencies)"
    >>> [(kind, raw[s:e]) for kind, s, e in _glued_stamp(raw, 0, len(raw)) if kind != "whitespace"]
    [('paragraph', 'Dam holds after the storm'), ('date', 'Updated: 2026-05-02 09:53'), ('credit', '(Agencies)')]
    >>> _glued_stamp("The dam, updated in 2019, held. Crews left.", 0, 43)
    []
    >>> raw = "This report was first published May 2, 2026"
    >>> _glued_stamp(raw, 0, len(raw)), _glued_stamp("Sat 2 May 2026 10.38 EDT Updated on May 2, 2026", 0, 47)
    ([], [])
    >>> _glued_stamp("Last Updated Monday, May 4, 2026 5:29PM EDT", 0, 44)
    []
    """
    glued = _GLUED_STAMP.fullmatch(raw, start, end)
    if glued is None or not DATE_LINE.fullmatch(glued.group("stamp")) or _INNER_STOP.search(glued.group("title")) \
            or DATE_STAMP.search(glued.group("title")) or DATE_LINE.fullmatch(raw[start:end].strip()):
        return []  # a date line whole: "Last Updated Monday, May 4, 2026 5:29PM EDT"
    parts = [("paragraph", *glued.span("title")), ("whitespace", glued.end("title"), glued.start("stamp")),
             ("date", *glued.span("stamp"))]
    if glued.group("source"):
        parts += [("whitespace", glued.end("stamp"), glued.start("source")), ("credit", *glued.span("source"))]
    if parts[-1][2] < end:
        parts.append(("whitespace", parts[-1][2], end))
    return parts


def _title_field_line(raw: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A paragraph opening on a scraper's title line (:data:`TITLE_FIELD`: "Title: ...") with lines under it, cut
    after that line: the title a paragraph of its own, the lines under it (a caption, a video's description) cut as
    any paragraph (:func:`_paragraph_parts`), else [].

    >>> raw = "Title: Dam holds\\nCrews at the dam on Monday."
    >>> [raw[s:e] for kind, s, e in _title_field_line(raw, 0, len(raw)) if kind == "paragraph"]
    ['Title: Dam holds', 'Crews at the dam on Monday.']
    >>> _title_field_line("Dam holds\\nCrews at the dam on Monday.", 0, 38)
    []
    """
    lines = _line_spans(raw, start, end)
    if len(lines) < 2 or not TITLE_FIELD.match(raw, start, lines[0][1]):
        return []
    return [("paragraph", *lines[0]), ("whitespace", lines[0][1], lines[1][0]),
            *_paragraph_parts(raw, lines[1][0], end)]


def _stacked_lines(raw: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A paragraph of stacked page lines cut into one provisional ``paragraph`` per line, else [].

    Scraped pages often stack a byline and a date line without a blank line between them
    ("By Jane Doe, Associated Press" over "Posted 3:57 pm, July 15, 2018"), sometimes under the
    headline. Cut only when every line after the first is a date line, a byline or furniture
    (:data:`_NOT_HEADLINE`), and the first is one too or a title (one line with no closing stop).
    """
    if "\n" not in raw[start:end]:
        return []
    lines = _line_spans(raw, start, end)
    first = raw[slice(*lines[0])]
    title = not _INNER_STOP.search(first) and not _TERMINAL.search(first)
    if not (title or _page_line(first)) or not all(_page_line(raw[s:e]) for s, e in lines[1:]):
        return []
    parts = [("paragraph", *lines[0])]
    for (_, gap_start), (line_start, line_end) in zip(lines, lines[1:]):
        parts += [("whitespace", gap_start, line_start), ("paragraph", line_start, line_end)]
    return parts


def _line_spans(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the lines of ``raw[start:end]``, stripped of the line breaks and blanks around them."""
    lines, pos = [], start
    for gap in _LINE_BREAK.finditer(raw[start:end]):
        lines.append((pos, start + gap.start()))
        pos = start + gap.end()
    return lines + [(pos, end)]


_SENTENCE_CLOSE = re.compile(r"[.!?…][\"”’')\]]*\s*$")
"""A line closing a sentence, perhaps inside a quotation or brackets."""


def _furniture_lines(raw: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A paragraph of several lines, not wrapped at a fixed width, most of them closing a sentence
    (:data:`_SENTENCE_CLOSE`) and one of them furniture on its own (a caption, a copyright notice, a link line:
    :func:`~newskit.furniture.furniture_label`) cut into its lines, each split as a paragraph
    (:func:`_split_paragraph`), else []: a page saved as plain text one paragraph per line, its blank lines only
    where the page had empty elements, so that a caption or a notice is not read with the paragraphs around it (a
    title over its link line, "Photos below:", stays one paragraph). Furniture lines over the text alone (a plug
    for a podcast) are cut off, the text under them kept one paragraph.

    >>> raw = "The dam held.\\nRain fell on the valley. (Getty Images)\\nThe river rose."
    >>> [raw[s:e] for kind, s, e in _furniture_lines(raw, 0, len(raw)) if kind == "paragraph"][1]
    'Rain fell on the valley. (Getty Images)'
    >>> _furniture_lines("The dam held.\\nThe river rose.", 0, 29)
    []
    >>> _furniture_lines("Dam holds in the storm\\nSee photos of the storm below:", 0, 53)
    []
    >>> raw = "Subscribe to our podcast here.\\nThe dam held.\\nThe river rose."
    >>> [raw[s:e] for kind, s, e in _furniture_lines(raw, 0, len(raw)) if kind == "paragraph"]
    ['Subscribe to our podcast here.', 'The dam held.\\nThe river rose.']
    """
    lines = _line_spans(raw, start, end)
    closed = sum(bool(_SENTENCE_CLOSE.search(raw[s:e])) for s, e in lines)
    furniture = [furniture_label(raw[s:e]) is not None for s, e in lines]
    if len(lines) < 2 or closed * 2 <= len(lines) or _hard_wrapped(raw, lines) or not any(furniture):
        return []
    lead = furniture.index(False) if False in furniture else len(lines)
    if not any(furniture[lead:]) and lead < len(lines):  # furniture over the text only: cut off, the text kept whole
        lines = [*lines[:lead], (lines[lead][0], end)]
    parts = _split_paragraph(raw, *lines[0])
    for (_, gap_start), (line_start, line_end) in zip(lines, lines[1:]):
        parts += [("whitespace", gap_start, line_start), *_split_paragraph(raw, line_start, line_end)]
    return parts


_BOLD_LINE = re.compile(r"(?:\*\*[^*\n]+\*\*[ \t]*){2,}")
"""One line made of two or more runs set in Markdown bold ("**Title** **A sentence.**")."""
_BOLD_RUN = re.compile(r"\*\*[^*\n]+\*\*")


def _bold_runs(raw: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A one-line paragraph of bold runs whose first run is a title (at most :data:`_TITLE_WORDS` words, no
    closing stop) cut into one provisional ``paragraph`` per run, else []: a page printing its headline and its
    dek (or a heading and its first sentence) as two bold runs on one line.

    >>> raw = "**Rain closes the bridge** **The city shut it on Monday.**"
    >>> [raw[s:e] for kind, s, e in _bold_runs(raw, 0, len(raw)) if kind == "paragraph"]
    ['**Rain closes the bridge**', '**The city shut it on Monday.**']
    >>> _bold_runs("**The city shut it.** **It rained.**", 0, 36), _bold_runs("**Rain closes the bridge**", 0, 26)
    ([], [])
    """
    text = raw[start:end]
    runs = [(start + m.start(), start + m.end()) for m in _BOLD_RUN.finditer(text)]
    first = raw[slice(*runs[0])] if runs else ""
    if not _BOLD_LINE.fullmatch(text) or _TERMINAL.search(_unbolded(first)) or len(first.split()) > _TITLE_WORDS:
        return []
    parts = [("paragraph", *runs[0])]
    for (_, gap_start), (run_start, run_end) in zip(runs, runs[1:]):
        parts += [("whitespace", gap_start, run_start), ("paragraph", run_start, run_end)]
    return parts


_HARD_BREAK = re.compile(r"[^\n]*?\S(?=[ \t]{2,}\n|\\\n)")
"""A first line closed by a Markdown line break (two spaces or a backslash before the line feed)."""
_HEADING_WORDS = 12
"""Most words of a one-line heading with no closing stop."""


def _broken_heading(raw: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A paragraph opening on a heading (one line of up to :data:`_HEADING_WORDS` words, with no closing stop) that a
    Markdown line break joins to its text cut into the heading, as a provisional ``paragraph``, and the text split as
    a paragraph (:func:`_split_paragraph`), else []: a page's section heading printed over its first paragraph.

    >>> raw = "Debt and cash  \\nThe firm owes $4 million."
    >>> [raw[s:e] for kind, s, e in _broken_heading(raw, 0, len(raw)) if kind == "paragraph"]
    ['Debt and cash', 'The firm owes $4 million.']
    >>> _broken_heading("The firm owes.  \\nIt will pay.", 0, 28), _broken_heading("Debt\\nThe firm owes.", 0, 20)
    ([], [])
    """
    first = _HARD_BREAK.match(raw, start, end)
    if first is None:
        return []
    heading = raw[start:first.end()]
    rest = first.end() + len(raw[first.end():end]) - len(raw[first.end():end].lstrip())
    if _TERMINAL.search(heading) or _INNER_STOP.search(heading) or len(heading.split()) > _HEADING_WORDS or rest >= end:
        return []
    return [("paragraph", start, first.end()), ("whitespace", first.end(), rest), *_split_paragraph(raw, rest, end)]


def _page_line(line: str) -> bool:
    """Whether one line is a date line, a byline (closing with no stop, perhaps set in bold: :func:`bare_line`) or page
    furniture."""
    bare = bare_line(line)
    byline = _BYLINE.match(bare) or _capitals_byline(bare) or WRITTEN_BY.match(bare)
    return bool(len(line) < 120 and DATE_LINE.fullmatch(bare.strip(" \t|·•"))
                or byline and not _TERMINAL.search(bare)
                or len(line.split()) <= 8 and _NOT_HEADLINE.fullmatch(line))


def _split_paragraph(raw: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Cut a paragraph into an optional dateline (before text that is not all capitals), its text and an optional
    trailing credit.

    The first item of each triple is a provisional label: ``dateline``,
    ``credit``, ``whitespace`` or ``paragraph`` (labelled later).
    """
    parts: list[tuple[str, int, int]] = []
    text = raw[start:end]
    opening = dateline(text) if start <= _first_dateline(raw) else DATELINE.match(text)  # looser forms: the first
    rest = text[opening.end():] if opening else ""
    prose = bool(rest) and not rest.isupper()  # text after it, not a masthead: "THE DAILY PLANET - NEWS OF THE CITY"
    if prose and _is_dateline(opening) and furniture_label(text) is None and not _capitals_byline(text):
        parts.append(("dateline", start, start + opening.end()))
        start += opening.end()
        text = raw[start:end]
    credit = _TRAILING_CREDIT.search(text)
    if credit and text[: credit.start()].strip():
        body_end = start + len(text[: credit.start()].rstrip())
        parts.extend(_cut_glued(raw, start, body_end))
        if body_end < start + credit.start():
            parts.append(("whitespace", body_end, start + credit.start()))
        parts.append(("credit", start + credit.start(), end))
    else:
        parts.extend(_cut_glued(raw, start, end))
    return parts


def _cut_glued(raw: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The paragraph ``raw[start:end]`` with the furniture glued into it (see
    :func:`newskit.furniture.glued_furniture`) cut out as blocks of their own."""
    parts: list[tuple[str, int, int]] = []
    pos = start
    for label, first, last in glued_furniture(raw[start:end]):
        first, last = start + first, start + last
        text_end = pos + len(raw[pos:first].rstrip())
        if text_end > pos:
            parts.append(("paragraph", pos, text_end))
        if first > text_end:
            parts.append(("whitespace", text_end, first))
        parts.append((label, first, last))
        pos = last
        gap = len(raw[pos:end]) - len(raw[pos:end].lstrip())
        if gap:
            parts.append(("whitespace", pos, pos + gap))
            pos += gap
    if pos < end:
        parts.append(("paragraph", pos, end))
    return parts


def _is_dateline(match: re.Match) -> bool:
    """A dateline names an agency, or is a capitalised place of four letters or more."""
    place = (match.group("place") or "").split(",")[0]
    return bool(match.group("agency")) or (len(place) >= 4 and place.isupper())


def _label_paragraphs(raw: str, spans: list[tuple[str, int, int]]) -> list[str]:
    """Final labels: classify each provisional ``paragraph`` by its text and position."""
    labels, seen_body, headline = [], False, ""
    for kind, start, end in spans:
        if kind != "paragraph":
            labels.append(kind)
            continue
        text = raw[start:end]
        label = _after_by(raw, spans, labels, _in_place(text, labels, seen_body, headline), text)
        if labels[-1:] == ["dateline"] and label in ("subhead", "promo", "headline"):
            label = "body"  # the rest of a paragraph a dateline opens is the article's, however short
        headline = headline or (text if label == "headline" else "")
        seen_body = seen_body or label == "body"
        labels.append(label)
    texts = [raw[start:end] for _, start, end in spans]
    if not seen_body or _asked_over_menus(texts, labels):
        # a text with no body: its title-like, caption-like and section-like paragraphs are the body
        if _menu_run(texts, labels):
            return _menu_page(texts, labels)
        return labels if _gallery_page(texts, labels) else [
            "body" if lab in ("headline", "subhead", "caption") or lab == "chrome" and _NOT_HEADLINE.fullmatch(
                text.strip()) else lab for lab, text in zip(labels, texts)]
    labels = _underlines(texts, _markdown_title(texts, labels))
    # bylines before the standfirst, which a byline under it shows
    labels = _initials_over_date(texts, _named_by_date(texts, _portraits(texts, labels)))
    labels = _repeated(texts, _opening_caption(texts, _copied_captions(texts, _captions_beside(
        texts, _asked_in_story(texts, labels)))))
    labels = _summary_box(texts, _above_wire_lead(texts, _standfirst(texts, labels)))
    labels = _summary_lines(texts, _generated_summary(texts, labels))
    labels = _cut_lede_title(texts, _headline_over_byline(texts, _author_lines(texts, _continued(texts, labels))))
    labels = _listed_between(texts, labels)
    labels = _heading_lists(texts, _lettered_items(texts, labels))
    labels = _outlet_slogans(texts, _author_bios(texts, _listed_after_heading(texts, labels)))
    labels = _after_the_close(texts, _lone_title(texts, _teaser_titles(texts, _stray_body(texts, labels))))
    labels = _teaser_over_links(texts, _teaser_over_furniture(texts, _after_the_pager(texts, labels)))
    labels = _bullet_among_set_aside(texts, _lone_bullets(texts, _title_over_picture(texts, _recap_captions(
        texts, _picture_captions(texts, _counted_gallery(texts, _dek_on_headline_line(texts, labels)))))))
    labels = _subheads_alike(texts, _field_over_furniture(texts, _within_appeals(texts, labels)))
    labels = _picture_story(texts, _quoted_titles(texts, _list_heading(texts, _titles_in_copy(texts, labels))))
    labels = _signed_quotations(texts, _teaser_run(texts, _tune_in(texts, _tips_box(texts, _questions_alike(
        texts, labels)))))
    labels = _pull_quotes(texts, _credited_quotes(texts, _cut_summaries(texts, _teaser_cards(
        texts, _signed_posts(texts, labels)))))
    labels = _author_bios(texts, labels)  # again
    labels = _lettered_items(texts, _stray_body(texts, labels, listed=True))  # again, among the cards now set aside
    labels = _headline_copies(texts, _titles_over_credits(texts, _unsigned_posts(texts, _embedded_posts(
        texts, labels))))
    labels = _headline_told_again(texts, _glued_summary_heading(texts, _title_glued_to_copy(texts, labels)))
    labels = _place_over_article(texts, _listed_bylines(texts, _title_copies(texts, labels)))
    labels = _videos_described(texts, _video_blurb(texts, _items_after_colon(texts, _verse_after_colon(
        texts, labels))))
    labels = _event_box(texts, _credits_under_heading(texts, _lead_in_over_aside(texts, labels)))
    labels = _closing_question(texts, _subject_before_card(texts, _foreign_notice(texts, _glued_box(texts, labels))))
    return _day_under_heading(texts, labels)


def _day_under_heading(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a subhead that is a day and month alone (:data:`_DAY_MONTH`, no year) made ``date`` when the
    line shown right over it is a heading too: a live page's day over its posts, under "Updates". A day heading
    a part of a timeline follows the article's text.

    >>> _day_under_heading(["Fire spreads", "Updates", "May 21", "Crews arrived."],
    ...                    ["headline", "subhead", "subhead", "body"])[2]
    'date'
    >>> _day_under_heading(["Crews arrived.", "May 21", "The fire spread."], ["body", "subhead", "body"])[1]
    'subhead'
    """
    shown = _shown(labels)
    for above, n in zip(shown, shown[1:]):
        if labels[n] == "subhead" and labels[above] == "subhead" and re.fullmatch(_DAY_MONTH, texts[n].strip()):
            labels[n] = "date"
    return labels


def _subject_before_card(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the words before a site's card on a person cut into a sentence (:func:`card_in_sentence`)
    made ``body`` when they were read as a subhead, headline or promo: the sentence's subject. Read from the last
    block up, so that a sentence cut by two cards is joined whole.

    Example
    -------
    >>> texts = ["President Jo Lee", " ", "Jo Ann LeeA headline MORE", " ", "on Friday told members so."]
    >>> _subject_before_card(texts, ["subhead", "whitespace", "read_more", "whitespace", "body"])[0]
    'body'
    >>> _subject_before_card(texts[:4] + ["On Friday it rained."], ["subhead", "whitespace", "read_more",
    ...                      "whitespace", "body"])[0]
    'subhead'
    >>> texts = ["Jo Lee", " ", "Jo Ann LeeA headline MORE", ", a nurse, and Al Roe", " ", "Al Roe A story MORE",
    ...          ", a doctor, spoke."]
    >>> _subject_before_card(texts, ["subhead", "whitespace", "read_more", "subhead", "whitespace", "read_more",
    ...                              "body"])[:4:3]
    ['body', 'body']
    """
    labels = list(labels)
    for n in reversed(range(len(texts))):
        if labels[n] in ("subhead", "headline", "promo") and card_in_sentence(texts, labels, n):
            labels[n] = "body"
    return labels


_GOES_ON = re.compile(r"\p{Ll}|[,;:.]|['’]s\b|\([^()\n]{1,25}\)")
"""How a sentence cut by a card goes on after it: in lower case, on a mark ("..., a senator, said"), with the
person's possessive ("'s move") or with their party and state in brackets ("(D-Wash.) said")."""


def _next_in_line(texts: list[str], labels: list[str], n: int) -> int | None:
    """The block after block ``n`` in the same line (past white space with no line break), None at a line's end."""
    k = n + 1
    while k < len(texts) and labels[k] == "whitespace" and "\n" not in texts[k]:
        k += 1
    return k if k < len(texts) and labels[k] != "whitespace" else None


def card_in_sentence(texts: list[str], labels: list[str], n: int) -> tuple[int, int] | None:
    """(card, after): the numbers of a site's card on a person (a ``read_more`` ending in "MORE",
    :data:`newskit.furniture._NAME_CARD`) cut into the sentence that block ``n`` of the blocks ``texts`` labelled
    ``labels`` leaves open (it ends with no stop), and of the body block that goes on after it in the same line
    (:data:`_GOES_ON`); None when there is none.

    Example
    -------
    >>> texts = ["President Jo Lee", " ", "Jo Ann LeeA headline MORE", " ", "on Friday told members so."]
    >>> labels = ["body", "whitespace", "read_more", "whitespace", "body"]
    >>> card_in_sentence(texts, labels, 0), card_in_sentence(["Jo Lee left."] + texts[1:], labels, 0)
    ((2, 4), None)
    >>> card_in_sentence(texts[:3] + [", a member, said so."], labels[:3] + ["body"], 0)
    (2, 3)
    """
    card = _next_in_line(texts, labels, n)
    if card is None or labels[card] != "read_more" or not texts[card].endswith("MORE") or _TERMINAL.search(texts[n]):
        return None
    after = _next_in_line(texts, labels, card)
    return (card, after) if after is not None and labels[after] == "body" and _GOES_ON.match(texts[after]) else None


_BOX_SHARED = 0.25
"""Share of a glued box's content words below which the rest of the article leaves it another story's."""


def _glued_box(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body paragraph of two sentences or more opening on a heading in capitals glued to its text
    (:data:`_BOX_HEADING`) made ``promo`` when fewer than :data:`_BOX_SHARED` of its content words (as stems, its
    words in capitals left out) are used by the article's other body paragraphs, body text comes before and after
    it, and no other body paragraph opens on three words in capitals: a box of another story set in the copy. A fact
    box on the story's own facts shares its words; a news digest's items each open on their heading.

    >>> story = ["The dam held through the night.", "Crews watched the dam and the river until dawn.", "It rained."]
    >>> box = "FERRY FARES TO RISE Fares on the Elm ferry rise in May. Riders pay more for tickets."
    >>> _glued_box([*story[:2], box, story[2]], ["body"] * 4)[2]
    'promo'
    >>> _glued_box([*story[:2], "THE OLD DAM The dam was built in 1950. Crews watched the river.", story[2]],
    ...            ["body"] * 4)[2]
    'body'
    >>> _glued_box(["UN: TALKS END “We agree,” it said.", *story[:2], box, story[2]], ["body"] * 5)[3]
    'body'
    >>> _glued_box([*story, box], ["body"] * 4)[3]
    'body'
    """
    body = [n for n, label in enumerate(labels) if label == "body"]
    headed = [n for n in body if _capitals_opening(texts[n])]
    if len(headed) != 1 or not body[0] < headed[0] < body[-1] or not _BOX_HEADING.match(texts[headed[0]]) \
            or len(sentence_spans(texts[headed[0]])) < 2:
        return labels
    used = {w for n in body if n != headed[0] for w in _box_stems(texts[n])}
    own = set(_box_stems(texts[headed[0]]))
    if own and len(own & used) < _BOX_SHARED * len(own):
        labels[headed[0]] = "promo"
    return labels


def _capitals_opening(text: str) -> bool:
    """Whether ``text`` opens on three words in capitals: a box's heading glued to its text.

    >>> _capitals_opening("FERRY FARES TO RISE Fares rise in May."), _capitals_opening("BBC News said so.")
    (True, False)
    """
    return all(word.isupper() for word in text.split()[:3])


def _box_stems(text: str) -> list[str]:
    """The content stems (:func:`_stems`) of ``text`` without its words in capitals (a box's heading).

    >>> _box_stems("FERRY FARES Fares rise")
    ['fares', 'rise']
    """
    return _stems(" ".join(word for word in text.split() if not word.isupper()))


_VERSE_LINES = 3
"""Fewest short lines of a verse or list a body paragraph closing on a colon introduces."""
_VERSE_WORDS = 12
"""Most words of each line of such a verse or list."""


def _verse_after_colon(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the short lines right under a body paragraph closing on a colon made ``body``: a run of
    :data:`_VERSE_LINES` or more one-line paragraphs of up to :data:`_VERSE_WORDS` words, each opening on a capital,
    set as ``subhead`` or ``chrome`` and no furniture by their words, that the text ends on or that body text
    follows: the song, poem or list the paragraph introduces ("Here are the words of the chant:").

    >>> texts = ["The fans sing it still:", "Row the boat", "Row it home", "Home!", "The club agreed."]
    >>> _verse_after_colon(texts, ["body", "subhead", "subhead", "chrome", "body"])
    ['body', 'body', 'body', 'body', 'body']
    >>> _verse_after_colon(texts[:4], ["body", "subhead", "subhead", "read_more"])
    ['body', 'subhead', 'subhead', 'read_more']
    """
    shown = _shown(labels)
    for at, n in enumerate(shown):
        if labels[n] != "body" or not texts[n].rstrip().endswith(":"):
            continue
        run = list(itertools.takewhile(lambda m: labels[m] in ("subhead", "chrome") and _verse_line(texts[m]),
                                       shown[at + 1:]))
        after = shown[at + 1 + len(run):at + 2 + len(run)]
        if len(run) >= _VERSE_LINES and all(labels[m] == "body" for m in after):
            for m in run:
                labels[m] = "body"
    return labels


_DASHED_ITEM = re.compile(rf"[{EM_DASHES}{DASHES}•*-][ \t]*\p{{Ll}}[^\n]*")
"""A list item opening on a dash or bullet and a lower-case word, carrying on the sentence over it ("- calling a
doctor")."""
_DASHED_ITEMS = 2
"""Fewest such items in a row under a body paragraph closing on a colon."""


def _items_after_colon(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the list items right under a body paragraph closing on a colon made ``body``: a run of
    :data:`_DASHED_ITEMS` one-line paragraphs or more, each opening on a dash or bullet and a lower-case word
    (:data:`_DASHED_ITEM`), carrying on the sentence the colon opens ("Residents are urged to:" over "- call a
    doctor"); a signature or a credit after a dash opens on a capital.

    >>> texts = ["Residents are urged to:", "- call a doctor", "- stay home", "Why now?", "It rained."]
    >>> _items_after_colon(texts, ["body", "subhead", "subhead", "subhead", "body"])
    ['body', 'body', 'body', 'subhead', 'body']
    >>> _items_after_colon(["It rained:", "- Jo Lee", "- Al Poe"], ["body", "subhead", "subhead"])
    ['body', 'subhead', 'subhead']
    """
    shown = _shown(labels)
    for at, n in enumerate(shown):
        if labels[n] != "body" or not texts[n].rstrip().endswith(":"):
            continue
        run = list(itertools.takewhile(lambda m: "\n" not in texts[m].strip()
                                       and bool(_DASHED_ITEM.fullmatch(texts[m].strip())), shown[at + 1:]))
        if len(run) >= _DASHED_ITEMS:
            for m in run:
                labels[m] = "body"
    return labels


def _verse_line(text: str) -> bool:
    """Whether a paragraph is one line of up to :data:`_VERSE_WORDS` words opening on a capital and no furniture.

    >>> _verse_line("Row the boat home"), _verse_line("Share on Facebook")
    (True, False)
    """
    text = text.strip()
    return ("\n" not in text and text[:1].isupper() and len(text.split()) <= _VERSE_WORDS
            and furniture_kind(text) is None)


def _glued_summary_heading(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the page's first line, read as the ``headline``, made ``subhead`` when it opens on a summary
    box's heading (:data:`_SUMMARY_HEADING`: "Story highlights") run on to its first point, a capitalised line of a
    title's length (:data:`_TEASER_WORDS`), perhaps opening on a quotation mark: the box over the article, not its
    title.

    >>> _glued_summary_heading(["Story highlights The ferry sank in the storm", "It rained."], ["headline", "body"])
    ['subhead', 'body']
    >>> _glued_summary_heading(['Story highlights "We will sail again," the pilot said', "It rained."],
    ...                        ["headline", "body"])[0]
    'subhead'
    >>> _glued_summary_heading(["Highlights of the ferry's last trip", "It rained."], ["headline", "body"])[0]
    'headline'
    """
    shown = _shown(labels)
    if not shown or labels[shown[0]] != "headline":
        return labels
    text = texts[shown[0]].strip()
    heading = _SUMMARY_HEADING.match(text)
    rest = text[heading.end():] if heading else ""
    if heading and heading.group()[-1:] in (" ", "\t", ":") and rest.lstrip("\"“„«‘'")[:1].isupper() \
            and len(rest.split()) <= _TEASER_WORDS[1]:
        labels[shown[0]] = "subhead"
    return labels


_TOLD_AGAIN_WORDS = 15
"""Fewest words of a first line read as the headline that a body paragraph telling it again makes a summary's."""


def _headline_told_again(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the page's first line, read as the ``headline``, made ``body`` when it has
    :data:`_TOLD_AGAIN_WORDS` words or more and one later body paragraph holds every one of them (compared in their
    comparison form, :func:`~newskit.text.tokens.words`): a summary's point over the article, its sentence told
    again in the body with a word or two added, not a title (a long headline words its news its own way).

    >>> point = "The council shut the old bridge in May, saying the repairs 'could take two years or more to finish'"
    >>> texts = [point, "It rained.", "Previously the council shut the old bridge in May, saying the repairs "
    ...          "'could take two years or more to finish.'"]
    >>> _headline_told_again(texts, ["headline", "body", "body"])
    ['body', 'body', 'body']
    >>> _headline_told_again([point, "It rained.", "The bridge shut in May."], ["headline", "body", "body"])[0]
    'headline'
    """
    shown = _shown(labels)
    if not shown or labels[shown[0]] != "headline":
        return labels
    told = set(words(texts[shown[0]]))
    if len(words(texts[shown[0]])) >= _TOLD_AGAIN_WORDS and any(
            labels[n] == "body" and told <= set(words(texts[n])) for n in shown[1:]):
        labels[shown[0]] = "body"
    return labels


_GLUED_TITLE_WORDS = 6
"""Most words of a page's title glued before the copy of its summary that opens the page."""


def _title_glued_to_copy(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the page's first line, read as ``body``, made ``headline`` when it is the next body paragraph
    with a capitalised title of up to :data:`_GLUED_TITLE_WORDS` words and no stop glued before it ("Morning
    briefCrews clear the roads ..." over "Crews clear the roads ..."): a programme's title run into the summary the
    page prints again under it.

    >>> texts = ["Morning briefCrews clear the roads after the storm.", "Crews clear the roads after the storm."]
    >>> _title_glued_to_copy(texts, ["body", "body"])
    ['headline', 'body']
    >>> _title_glued_to_copy(["Crews worked. They cleared the roads.", "They cleared the roads."], ["body", "body"])
    ['body', 'body']
    """
    shown = _shown(labels)
    if len(shown) < 2 or labels[shown[0]] != "body" or labels[shown[1]] != "body":
        return labels
    line, copy = texts[shown[0]].strip(), texts[shown[1]].strip()
    title = line[:-len(copy)] if copy and line.endswith(copy) else ""
    if title[:1].isupper() and "\n" not in line and len(title.split()) <= _GLUED_TITLE_WORDS \
            and not _TERMINAL.search(title) and title[-1:].isalnum():
        labels[shown[0]] = "headline"
    return labels


_LISTED_CARDS = 2
"""Fewest cards of other stories, each a title over its authors' names, that make a list of them."""


def _listed_bylines(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the names under the titles of a list of other stories made ``read_more`` (link furniture, not
    the article's credits): after the article's first paragraph, a run of ``byline`` lines right under a line set
    aside that reads as a story's title (:func:`_teaser_line`) or a card's summary (``promo``), with no body line
    right under it, when :data:`_LISTED_CARDS` runs or more stand so. The article's byline stands over its first
    paragraph; a live page's entry under its title has its paragraphs under its byline.

    >>> texts = ["Dam holds", "Jo Lee", "The dam held.", "Storm floods the coastal towns overnight", "Ann Bell",
    ...          "May 2, 2026", "Markets rally as the central bank holds rates", "By", "Al Roe", "May 1, 2026"]
    >>> _listed_bylines(texts, ["headline", "byline", "body", "promo", "byline", "date", "promo", "byline",
    ...                         "byline", "date"])
    ['headline', 'byline', 'body', 'promo', 'read_more', 'date', 'promo', 'read_more', 'read_more', 'date']
    >>> _listed_bylines(texts[:6] + ["It rained."], ["headline", "byline", "body", "promo", "byline", "date", "body"])
    ['headline', 'byline', 'body', 'promo', 'byline', 'date', 'body']
    """
    shown = _shown(labels)
    first = next((at for at, n in enumerate(shown) if labels[n] == "body"), len(shown))
    runs: list[list[int]] = []
    at = first + 1
    while at < len(shown):
        end = at
        while end < len(shown) and labels[shown[end]] == "byline":
            end += 1
        over = shown[at - 1]
        if end > at and labels[over] != "body" and (labels[over] == "promo" or _teaser_line(texts[over])) \
                and (end == len(shown) or labels[shown[end]] != "body"):
            runs.append(shown[at:end])
        at = max(end, at + 1)
    if len(runs) >= _LISTED_CARDS:
        for n in (n for run in runs for n in run):
            labels[n] = "read_more"
    return labels


PLACE_LINE = re.compile(r"\p{Lu}[\p{Lu}'’.-]*(?:,?\s+\p{Lu}[\p{Lu}'’.-]*){0,2}")
"""A place's name alone in capitals, one to three words ("MOSCOW", "NEW DELHI", "KYIV, UKRAINE")."""


def _place_over_article(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a place's name alone in capitals (:data:`PLACE_LINE`) right under the date line or the byline
    and right over the article's first paragraph made ``dateline``: a page that prints its dateline on a line of its
    own, with no dash after it. Over the headline or between two paragraphs such a line is a heading, and a
    section's or an outlet's name (:data:`_NOT_HEADLINE`: "ANALYSIS", "EUROPE") is none anywhere.

    >>> _place_over_article(["Jo Roe", "May 2, 2026", "MOSCOW", "It rained."], ["byline", "date", "subhead", "body"])
    ['byline', 'date', 'dateline', 'body']
    >>> _place_over_article(["Roads shut", "MOSCOW", "It rained."], ["headline", "subhead", "body"])
    ['headline', 'subhead', 'body']
    """
    shown = _shown(labels)
    first = next((n for n in shown if labels[n] == "body"), None)
    for before, here, after in zip(shown, shown[1:], shown[2:]):
        place = PLACE_LINE.fullmatch(texts[here].strip()) and not _NOT_HEADLINE.fullmatch(texts[here].strip())
        if after == first and labels[before] in _PAGE_LINES and labels[here] == "subhead" and place:
            labels[here] = "dateline"
    return labels


def _titles_over_credits(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a ``headline`` right over a picture's credit (a line :func:`~newskit.furniture.furniture_kind`
    reads as one: "Jo Roe/Elm Labs", or the owner the title opens on, alone: :data:`_OWNED`) made ``caption``, and
    that owner's line ``credit``: the picture's caption, on a page whose headline was lost.

    >>> _titles_over_credits(["Elm Labs' new chip", "Jo Roe/Elm Labs", "It works."], ["headline", "caption", "body"])
    ['caption', 'caption', 'body']
    >>> _titles_over_credits(["Elm Labs' new chip", "Elm Labs", "It works."], ["headline", "subhead", "body"])
    ['caption', 'credit', 'body']
    >>> _titles_over_credits(["Elm Labs' chip sales soar", "Elm Labs", "It works."], ["headline", "subhead", "body"])
    ['headline', 'subhead', 'body']
    """
    shown = _shown(labels)
    for here, after in zip(shown, shown[1:]):
        owned = _OWNED.fullmatch(texts[here].strip())
        owner = labels[after] == "subhead" and owned and owned.group("owner") == texts[after].strip()
        if labels[here] == "headline" and (owner or furniture_kind(texts[after].strip()) == "credit"):
            labels[here] = "caption"
            labels[after] = "credit" if owner else labels[after]
    return labels


_OWNED = re.compile(r"(?P<owner>\p{Lu}[\w-]*(?: \p{Lu}[\w-]*){0,2})['’]s?(?: \p{Ll}[\w-]*){1,2}")
"""A picture's caption naming what its owner shows in one or two words, no verb ("Elm Labs' new chip", "Harbour Works's
test rig"): a picture the owner lent, credited under it by its name alone."""


def _headline_copies(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a ``subhead`` whose words are those of a ``headline`` made ``headline``: the title a page prints
    again in its sticky bar or over its menu; and with the page's last line, a ``subhead`` or ``promo``, made
    ``headline`` where it is the headline with the site's name after a spaced dash or bar (the page's title, which a
    scraper wrote at the foot). Words are compared, not punctuation or case.

    >>> _headline_copies(["Ferry fares rise", "Menu", "Ferry Fares Rise!", "It rained."],
    ...                  ["subhead", "chrome", "headline", "body"])
    ['headline', 'chrome', 'headline', 'body']
    >>> _headline_copies(["Ferry fares rise", "It rained.", "Ferry fares rise - The Planet"], ["headline", "body", "promo"])
    ['headline', 'body', 'headline']
    """
    heads = {tuple(_WORD.findall(text.lower())) for text, label in zip(texts, labels) if label == "headline"}
    labels = ["headline" if label == "subhead" and tuple(_WORD.findall(text.lower())) in heads else label
              for text, label in zip(texts, labels)]
    last = _shown(labels)[-1:]
    parts = _SITE_PART.split(texts[last[0]].strip()) if last else []
    if len(parts) > 1 and labels[last[0]] in ("subhead", "promo") and tuple(_WORD.findall(parts[0].lower())) in heads:
        labels[last[0]] = "headline"
    return labels


_TITLE_COPY_WORDS = 4
"""Fewest words of a page's first line for a copy of it above the article to make both the headline."""
_COPY_OF = ("headline", "subhead", "promo")
"""Labels of the page's first line and of its copies that :func:`_title_copies` may read as its headline."""


def _title_copies(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the page's first line and each copy of it above the article (:func:`article_start`), words
    alike (:data:`_TITLE_COPY_WORDS` or more; the first line's words before the site's name after a spaced dash or
    bar, :data:`_SITE_PART`, will do), made ``headline`` when all were read as a heading or a promo
    (:data:`_COPY_OF`): the page's title and its headline printed again under it, once or twice, however many
    sentences it holds.

    >>> texts = ["Ferries stop. Fares rise! - The Planet", "Menu", "Ferries stop. Fares rise!", "It rained.", "Oh."]
    >>> _title_copies(texts, ["subhead", "chrome", "promo", "body", "body"])
    ['headline', 'chrome', 'headline', 'body', 'body']
    >>> _title_copies(texts, ["subhead", "chrome", "body", "body", "body"])[0]
    'subhead'
    """
    shown, start = _shown(labels), article_start(labels)
    above = [n for n in shown[1:] if n < start]  # a copy is above the article: the article's words are not read
    words = [tuple(_WORD.findall(texts[n].lower())) for n in shown[:1] + above]
    title, openings = texts[shown[0]].strip() if shown else "", set(words[:1])
    while _SITE_PART.search(title):
        title = _SITE_PART.split(title)[0]
        openings.add(tuple(_WORD.findall(title.lower())))
    copies = [n for n, alike in zip(above, words[1:]) if len(alike) >= _TITLE_COPY_WORDS and alike in openings]
    if copies and all(labels[n] in _COPY_OF for n in (shown[0], *copies)):
        for n in (shown[0], *copies):
            labels[n] = "headline"
    return labels


_SITE_PART = re.compile(r"\s+[-|–—]\s+(?=[^-|–—]+$)")
"""The spaced dash or bar before the last part of a page's title, the site's name ("... - The Planet")."""


_ALIKE_WORDS = 20
"""Most words of a heading found by its likeness to the page's other headings (see :func:`_subheads_alike`)."""
_ALIKE_HEADINGS = 2
"""Fewest headings of that shape a page must set between its paragraphs for a longer line to be taken for one."""


def _subheads_alike(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body line shaped like the page's subheads made ``subhead``: one line opening on a capital
    and closing on a letter (no stop, quotation mark or colon: :func:`_open_line`), up to :data:`_ALIKE_WORDS` words,
    not cut after a small word (:data:`_TITLE_END`) nor told in the past (:data:`_NARRATED`: a sentence that lost its
    stop), set between two body paragraphs, on a page that sets at least :data:`_ALIKE_HEADINGS` subheads of that
    shape so: a section heading too long for a short line's limit ("Mayor says the bridge is safe, but not the ferry
    pier").

    >>> texts = ["It rained.", "Roads close", "It poured.", "Ferries stop", "It rained more.",
    ...          "Mayor says the bridge is safe for now, but not the old ferry pier", "It stopped."]
    >>> _subheads_alike(texts, ["body", "subhead", "body", "subhead", "body", "body", "body"])[5]
    'subhead'
    >>> _subheads_alike(texts, ["body", "subhead", "body", "body", "body", "body", "body"])[5]
    'body'
    >>> texts[5] = "Early reports suggested the bridge was safe for now, but not the old ferry pier"
    >>> _subheads_alike(texts, ["body", "subhead", "body", "subhead", "body", "body", "body"])[5]
    'body'
    """
    return _set_alike(texts, labels, _open_line,
                      lambda text: not _TITLE_END.search(text) and not _NARRATED.search(text))


_TITLES_IN_COPY = 3
"""Fewest titles set aside amid a page's article (a video's, another story's) for a lone line of that shape between
its paragraphs to be taken for one more (see :func:`_titles_in_copy`)."""


_FOREIGN_WORDS = 20
"""Fewest words of a paragraph read for its language: a shorter one may be a list of names or a title."""
_FOREIGN_SENTENCE_WORDS = 8
"""Fewest words of a shorter paragraph read for its language, when not one of them is an English function word."""
_FUNCTION_SHARE = 20
"""One word in this many, or more, is an English function word in English prose (about two in five are)."""


def _foreign_notice(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body paragraph read as another language than English (:func:`_foreign`) made ``chrome``: a
    notice in the language of a site's edition under an English article (a helpline, a service, an ad). A text with
    no other body paragraph keeps its labels.

    >>> notice = ("Wer reden will, erreicht die Beratung unter der Nummer auf der Seite, kostenlos und rund um die "
    ...           "Uhr, auch nachts und sonntags")
    >>> _foreign_notice(["It rained.", notice], ["body", "body"]), _foreign_notice([notice], ["body"])
    (['body', 'chrome'], ['body'])
    """
    body = [n for n, label in enumerate(labels) if label == "body"]
    found = {n: LETTERS.findall(texts[n]) for n in body}
    used = collections.Counter(word for n in body for word in {w for w in found[n] if w.islower()})
    foreign = [n for n in body if _foreign(found[n], used)]
    for n in foreign if len(foreign) < len(body) else []:
        labels[n] = "chrome"
    return labels


def _foreign(found: list[str], used: collections.Counter) -> bool:
    """Whether words read as another language than English (see :func:`_foreign_notice`): most in lower case and
    fewer than one in :data:`_FUNCTION_SHARE` an English function word
    (:data:`~newskit.text.lexicon.FUNCTION_WORDS`), in :data:`_FOREIGN_WORDS` words or more; or, in
    :data:`_FOREIGN_SENTENCE_WORDS` or more, none of them a function word nor one in lower case shared with the
    article's other paragraphs (``used`` in more than one: a site's one-line ad, "Hier lest ihr, wie ihr kauft"; not a
    headline's English, "Police say officer shot during concert", told in the article's words). The words shared
    are looked for only in a paragraph with no function word.

    >>> _foreign("Hier lest ihr bei uns wie ihr Aktien kaufen könnt".split(), collections.Counter())
    True
    >>> _foreign("Police say off duty officer shot during concert attack".split(), collections.Counter(shot=2))
    False
    """
    if len(found) < min(_FOREIGN_WORDS, _FOREIGN_SENTENCE_WORDS):
        return False
    function = sum(map(FUNCTION_WORDS.__contains__, map(str.lower, found)))
    long = len(found) >= _FOREIGN_WORDS and _FUNCTION_SHARE * function < len(found)
    short = (len(found) >= _FOREIGN_SENTENCE_WORDS and not function
             and not any(word.islower() and used[word] > 1 for word in found))
    return (long or short) and 2 * sum(map(str.islower, found)) > len(found)


_QUOTED_TITLE = re.compile(r"[‘'\"“][^\n]+?[’'\"”]\s*[–—-]\s*\p{Lu}[^.!?\n]{0,60}")
"""A title made of a quotation, a dash and who said it, with no closing stop ("‘We will rebuild’ – Elm mayor")."""


def _quoted_titles(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body line that is a quotation's title (:data:`_QUOTED_TITLE`) made ``subhead``: a video's or
    a segment's title amid the copy; the article quotes in sentences that close on their stop.

    >>> _quoted_titles(["It rained.", "‘We will rebuild’ – Elm mayor", "The mayor spoke."], ["body"] * 3)
    ['body', 'subhead', 'body']
    >>> _quoted_titles(["‘We will rebuild’ – the mayor said it twice."], ["body"])
    ['body']
    """
    for n, label in enumerate(labels):
        if label == "body" and _QUOTED_TITLE.fullmatch(texts[n].strip()):
            labels[n] = "subhead"
    return labels


_LIST_HEADING_WORDS = 3
"""Most words of a list's heading closing on a colon ("Down-the-valley events:")."""


def _list_heading(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body line of up to :data:`_LIST_HEADING_WORDS` words opening on a capital and closing on a
    colon made ``subhead`` when two lines or more opening on a list's mark (:data:`_LIST_MARK`) follow it: the
    heading of a list the page prints under the article ("Valley events:" over "* Friday - ...").

    >>> texts = ["It rained.", "Valley events:", "* Friday - a talk at the hall.", "* Sunday - a walk."]
    >>> _list_heading(texts, ["body"] * 4)[1], _list_heading(texts[:3], ["body"] * 3)[1]
    ('subhead', 'body')
    """
    shown = _shown(labels)
    for at, n in enumerate(shown):
        line = texts[n].strip()
        if labels[n] == "body" and line.endswith(":") and len(line.split()) <= _LIST_HEADING_WORDS \
                and _CAPITAL_OPENING.match(line) and len(shown) > at + 2 \
                and all(_LIST_MARK.match(texts[m].strip()) for m in shown[at + 1:at + 3]):
            labels[n] = "subhead"
    return labels


_PICTURE_STORY = 8
"""Fewest captions set aside, each shaped as one (:func:`_caption_shaped`), that make a page a picture story (a
report's few pictures do not)."""


def _picture_story(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the body lines shaped as a picture's caption (:func:`_caption_shaped`) made ``caption`` on a
    page that tells its story in captions under photos: :data:`_PICTURE_STORY` such lines or more already set aside
    (captions, or promos read as teasers' titles), at least twice as many as those still body. The article's
    paragraphs close on their stop; a box glued to its heading in capitals (:func:`_capitals_opening`) stays, and
    so does a sentence the scraper cut at a link, the line under it going on in lower case or a capitalised
    fragment (:data:`_FRAGMENT`: "Telegram").

    >>> shot = "Crews pile sandbags along the river bank by the old town hall on Monday night"
    >>> texts = ["The river rose by a metre.", *[shot] * 8, "The dam held.", shot + " as it rained", "It poured."]
    >>> _picture_story(texts, ["body", *["promo"] * 8, "body", "body", "body"])[10]
    'caption'
    >>> _picture_story(texts, ["body", *["promo"] * 7, "body", "body", "body", "body"])[10]
    'body'
    >>> _picture_story(texts[:11] + ["Elm Ferries"], ["body", *["promo"] * 8, "body", "body", "body"])[10]
    'body'
    """
    shown = _shown(labels)
    follows = dict(zip(shown, [*shown[1:], None]))
    shaped = [n for n in shown if _caption_shaped(texts[n])]
    aside = [n for n in shaped if labels[n] in ("caption", "promo")]
    kept = [n for n in shaped if labels[n] == "body" and not (
        follows[n] is not None and (_LOWER_OPENING.match(texts[follows[n]].strip())
                                    or _FRAGMENT.fullmatch(texts[follows[n]].strip())))]
    if len(aside) >= _PICTURE_STORY and len(kept) * 2 <= len(aside):
        for n in kept:
            labels[n] = "caption"
    return labels


def _caption_shaped(text: str) -> bool:
    """Whether ``text`` is shaped as a picture's caption under its photo: one line of more than
    :data:`_SHORT_REPEAT` words opening on a capital and ending on a letter, no closing stop
    (:func:`_long_unclosed`), no heading in capitals glued to it (:func:`_capitals_opening`) and no quotation left
    open (a sentence the scraper broke inside a quotation: 'The envoy said: "When the ferry').

    >>> _caption_shaped("Crews pile sandbags along the river bank on Monday"), _caption_shaped("Crews piled sandbags.")
    (True, False)
    >>> _caption_shaped('The envoy of the Elm Islands told the court: "When the ferry has gone, the islands')
    False
    """
    line = text.strip()
    quote_open = line.count('"') % 2 or line.count("“") > line.count("”")
    return "\n" not in line and bool(_CAPITAL_OPENING.match(line) and _LETTER_END.search(line)) \
        and _long_unclosed(line) and not _capitals_opening(line) and not quote_open


def _titles_in_copy(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body line shaped as a title made ``promo`` on a page that drops other titles into its copy
    (:func:`_dropped_title`), with at least :data:`_TITLES_IN_COPY` lines of a title's length set aside as titles
    (promos or subheads) between its first and last body paragraphs: the page's videos and other stories, each title
    dropped between two paragraphs or over a picture's caption.

    >>> texts = ["It rained.", "Storm floods the coastal towns overnight", "Markets rally as the bank holds rates",
    ...          "It poured.", "Rail strike ends after a week of talks at the port", "It stopped.",
    ...          "New video shows the ferry crossing the bay as the storm nears", "Fin."]
    >>> _titles_in_copy(texts, ["body", "promo", "promo", "body", "subhead", "body", "body", "body"])[6]
    'promo'
    >>> _titles_in_copy(texts, ["body", "promo", "body", "body", "subhead", "body", "body", "body"])[6]
    'body'
    """
    shown = _shown(labels)
    body = [at for at, n in enumerate(shown) if labels[n] == "body"]
    amid = shown[body[0]:body[-1]] if body else []
    if sum(labels[n] in ("promo", "subhead") and _teaser_line(texts[n]) for n in amid) < _TITLES_IN_COPY:
        return labels
    for above, here, under in zip(shown, shown[1:], shown[2:]):
        if _dropped_title(texts, labels, above, here, under):
            labels[here] = "promo"
    return labels


def _dropped_title(texts: list[str], labels: list[str], above: int, here: int, under: int) -> bool:
    """Whether the body line ``here`` under a body paragraph reads as a title dropped into the copy (see
    :func:`_titles_in_copy`): one line of a title's length (:func:`_teaser_line`) opening on a capital and closing on
    a letter (:func:`_open_line`), not cut after a small word (:data:`_TITLE_END`), with no quotation mark, and
    either over a picture's caption (a video's title, in any tense) or over a body paragraph that is no lower-case
    sequel, itself not told in the past (:data:`_NARRATED`: a sentence that lost its stop) with no reported speech;
    an item of a list naming terms under another (:data:`_TERM_ITEM`, "Rest - a day off in seven") is none.

    >>> texts = ["It rained.", "Police say the ferry has sailed to the wrong island", "PIXA The quay at dusk"]
    >>> _dropped_title(texts, ["body", "body", "caption"], 0, 1, 2), _dropped_title(texts, ["body"] * 3, 0, 1, 2)
    (True, False)
    >>> texts = ["Pay - a higher share of the takings.", "Rest - a day off in seven for every crew", "PIXA The quay"]
    >>> _dropped_title(texts, ["body", "body", "caption"], 0, 1, 2)
    False
    """
    text = texts[here].strip()
    if labels[above] != "body" or labels[here] != "body" or not _teaser_line(text) or not _open_line(text) \
            or _TITLE_END.search(text) or QUOTE_MARK.search(text) \
            or _TERM_ITEM.match(text) and _TERM_ITEM.match(texts[above].strip()):
        return False
    if labels[under] == "caption":
        return True
    return labels[under] == "body" and not texts[under].lstrip()[:1].islower() and not _NARRATED.search(text) \
        and not reported(text)


_DASHED_QUESTION = re.compile(rf"[{EM_DASHES}{DASHES}-][ \t]+\p{{Lu}}[^\n.!?]*\?(?:[ \t]+\p{{Lu}}[^\n.!?]*\?)*")
"""A line opening on a dash and asking one question or more, no other sentence ("— Who wrote the report?")."""
_ASKED_LINE = re.compile(rf"(?i:{alternation(QUESTION_WORDS)})\b[^\n.!?\"“”]*\?")
"""A line asking one question opening on a question word, no quotation ("What is being done about the dam?")."""
_POLAR_LINE = re.compile(rf"(?i:{alternation(YES_NO_OPENERS)})\b[^\n.!?\"“”]*\?")
"""A line asking one yes-or-no question, opening on its auxiliary, no quotation ("Are you driving today?")."""


def _questions_alike(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body line shaped like the page's questions set as headings made ``subhead``: a line opening
    on a dash and asking its questions only (:data:`_DASHED_QUESTION`), or one opening on a question word and asking
    one (:data:`_ASKED_LINE`), up to :data:`_ALIKE_WORDS` words, set between two body paragraphs, on a page that sets
    at least :data:`_ALIKE_HEADINGS` subheads of that shape between its paragraphs (an explainer's questions, the
    longer ones too long for a short line's limit); and a question asked of the reader (:func:`_reader_question`)
    among at least as many headings closing on no stop (:func:`_open_line`).

    >>> texts = ["It rained.", "— Why?", "It poured.", "— Who pays?", "It rained more.",
    ...          "— What will the council do about the ferry pier? Is it safe?", "It stopped."]
    >>> _questions_alike(texts, ["body", "subhead", "body", "subhead", "body", "body", "body"])[5]
    'subhead'
    >>> _questions_alike(texts, ["body", "subhead", "body", "body", "body", "body", "body"])[5]
    'body'
    >>> asked = ["It rained.", "Why?", "It poured.", "Who pays?", "Jo does.", "What will the council do now?", "Wait."]
    >>> _questions_alike(asked, ["body", "subhead", "body", "subhead", "body", "body", "body"])[5]
    'subhead'
    >>> stated = ["It rained.", "Roads close", "It poured.", "Ferries stop", "Jo waits.", "Are you driving today?",
    ...           "Ok."]
    >>> _questions_alike(stated, ["body", "subhead", "body", "subhead", "body", "body", "body"])[5]
    'subhead'
    >>> _questions_alike(stated, ["body", "subhead", "body", "body", "body", "body", "body"])[5]
    'body'
    """
    labels = _set_alike(texts, labels, lambda text: bool(_DASHED_QUESTION.fullmatch(text)), lambda text: True)
    labels = _set_alike(texts, labels, lambda text: bool(_ASKED_LINE.fullmatch(text)), lambda text: True)
    return _set_alike(texts, labels, lambda text: _open_line(text) or _reader_question(text), _reader_question)


def _reader_question(text: str) -> bool:
    """Whether a line asks one question opening on a question word or an auxiliary (:data:`_ASKED_LINE`,
    :data:`_POLAR_LINE`) and names no one (no capital after its first word): a heading asked of the reader among a
    page's stated headings ("Could you do without a car?"); a question naming the story's people may be the story's
    own (:func:`_asked_in_story`).

    >>> _reader_question("Could you do without a car?"), _reader_question("Could Roe do without a car?")
    (True, False)
    """
    return bool(_ASKED_LINE.fullmatch(text) or _POLAR_LINE.fullmatch(text)) and not any(
        word[0].isupper() for word in _WORD.findall(text)[1:])


def _set_alike(texts: list[str], labels: list[str], shaped, fits) -> list[str]:
    """``labels`` with each body line of the page's heading shape (``shaped(text)``, set between two body paragraphs)
    made ``subhead`` when it ``fits`` and has at most :data:`_ALIKE_WORDS` words, on a page that sets at least
    :data:`_ALIKE_HEADINGS` subheads of that shape between its paragraphs (:func:`_subheads_alike`,
    :func:`_questions_alike`).

    >>> _set_alike(["It rained.", "Roads", "It poured.", "Ferries", "Oh.", "Buses", "Fin."], ["body", "subhead",
    ...            "body", "subhead", "body", "body", "body"], str.istitle, lambda text: True)[5]
    'subhead'
    """
    shown = _shown(labels)
    alike = [n for at, n in enumerate(shown) if 0 < at < len(shown) - 1 and labels[shown[at - 1]] == "body"
             and labels[shown[at + 1]] == "body" and shaped(texts[n].strip())]
    if sum(labels[n] == "subhead" for n in alike) < _ALIKE_HEADINGS:
        return labels
    for n in alike:
        text = texts[n].strip()
        if labels[n] == "body" and len(text.split()) <= _ALIKE_WORDS and fits(text):
            labels[n] = "subhead"
    return labels


_KICKER = re.compile(r"(?:^|(?<=\s))(?:\p{Lu}{2}[\p{Lu}'’-]*[?!]?[ \t]+){2,5}(?=\p{Lu}\p{Ll})")
"""A teaser's kicker: two to five words in capitals before its capitalised title ("STORM WATCH Crews clear ..."), each
read one way only (see :data:`_BOX_HEADING`)."""
_KICKERS = 3
"""Fewest kickers in one paragraph opening on one that make it a run of teasers."""
_TEASER_BOX_HEADING = re.compile(r"(?:\p{Ll}+[ \t]+){1,5}")
"""A teasers' box heading in lower case glued before its first kicker ("more on weather STORM WATCH ...")."""


def _teaser_run(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body paragraph made ``read_more`` when it opens on a teaser's kicker (:data:`_KICKER`),
    perhaps after its box's heading in lower case (:data:`_TEASER_BOX_HEADING`), and holds at least
    :data:`_KICKERS`: a box of other stories' titles run together.

    >>> texts = ["It rained.", "STORM WATCH Crews clear roads FERRY FARE Fares rise again BIG WIN Elm wins", "Fin."]
    >>> _teaser_run(texts, ["body"] * 3)
    ['body', 'read_more', 'body']
    >>> _teaser_run(["more on weather " + texts[1]], ["body"])
    ['read_more']
    >>> _teaser_run(["The US FDA Commissioner met the EU Health Commissioner and the UN Special Envoy."], ["body"])
    ['body']
    """
    for n, text in enumerate(texts):
        heading = _TEASER_BOX_HEADING.match(text.strip())
        opening = text.strip()[heading.end():] if heading else text.strip()
        if labels[n] == "body" and _KICKER.match(opening) and len(_KICKER.findall(text)) >= _KICKERS:
            labels[n] = "read_more"
    return labels


_MARKDOWN_QUOTE = re.compile(r"[ \t]*>[ \t]*\S")
"""A paragraph set off as a Markdown quotation ("> ...")."""
_QUOTE_SIGNATURE = re.compile(rf"[ \t]*>[ \t]*[_*]*[ \t]*[{EM_DASHES}{DASHES}-][ \t]*\p{{Lu}}[^\n]*")
"""A Markdown quotation's signature line, a dash before who said it ("> _— The harbour report_")."""


def _signed_quotations(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body paragraph set off as a Markdown quotation (:data:`_MARKDOWN_QUOTE`), a pull-quote's
    length (:data:`_QUOTE_WORDS`), right over its signature set off so too (:data:`_QUOTE_SIGNATURE`) made
    ``subhead``: a pull-quote printed with its source under it.

    >>> texts = ["It rained.", "> **The harbour is the valley's busiest gate for goods.**", "> _— The port report_",
    ...          "The dam held."]
    >>> _signed_quotations(texts, ["body", "body", "subhead", "body"])
    ['body', 'subhead', 'subhead', 'body']
    >>> _signed_quotations(texts[:2] + texts[3:], ["body"] * 3)
    ['body', 'body', 'body']
    """
    shown = _shown(labels)
    for n, after in zip(shown, shown[1:]):
        text = texts[n]
        if labels[n] == "body" and _MARKDOWN_QUOTE.match(text) and _QUOTE_SIGNATURE.fullmatch(texts[after].strip()) \
                and len(text.split()) <= _QUOTE_WORDS[1]:
            labels[n] = "subhead"
    return labels


_SLOT = rf"{_CLOCK}\.?,?\s*(?:{WEEKDAY_NAME},?\s+)?{_MONTH}\s+\d{{1,2}}"
"""A broadcast's slot: a time of day and its zone, then the day, no year ("10 p.m. ET, Friday May 15")."""
_TUNE_IN = re.compile(rf"(?:^|(?<=[.!?]\s))(?:Watch|Tune in|Catch)\b[^.!?\n]{{0,150}}?{_SLOT}\W*$")
"""A programme's tune-in line, closing on its slot ("... Watch the film on Elm TV: 10 p.m. ET, Friday May 15")."""
_SLOT_LINE = re.compile(rf"{_SLOT}\W*")
"""A line giving a broadcast's slot alone ("2 a.m. BST. Sat, May 16"), as under a tune-in line for other time zones."""
_TUNE_IN_WORDS = 60


def _tune_in(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a programme's tune-in line (:data:`_TUNE_IN`, up to :data:`_TUNE_IN_WORDS` words, no quotation
    mark) made ``promo``, and the lines right under it that give its slot alone in other time zones (:data:`_SLOT`).

    >>> texts = ["It rained.", "Elm Special. Watch it on Elm TV: 9 p.m. ET, Friday May 15", "2 a.m. BST. Sat, May 16",
    ...          "The dam held."]
    >>> _tune_in(texts, ["body"] * 4)
    ['body', 'promo', 'promo', 'body']
    >>> _tune_in(["Watch the river on May 15.", "9 a.m. ET, May 16"], ["body"] * 2)
    ['body', 'body']
    """
    shown = _shown(labels)
    for at, n in enumerate(shown):
        text = texts[n].strip()
        if labels[n] not in ("body", "subhead") or len(text.split()) > _TUNE_IN_WORDS or QUOTE_MARK.search(text) \
                or not _TUNE_IN.search(text):
            continue
        labels[n] = "promo"
        for m in shown[at + 1:]:
            if labels[m] not in ("body", "subhead") or not _SLOT_LINE.fullmatch(texts[m].strip()):
                break
            labels[m] = "promo"
    return labels


_BOX_HEADING = re.compile(r"(?:^|(?<=[\s.!?:]))(?:\p{Lu}{2}[’'\p{Lu}]*[ \t]+){2,}\p{Lu}{2}[’'\p{Lu}]*[ \t]+"
                          r"\p{Lu}\p{Ll}")
"""A heading of three words or more in capitals run on to a capitalised sentence ("CHECK THE TIDES Check the ..."):
the item of a box printed in the article's flow. Each word is read as two capitals and the letters after them, one way
only (a line of capitals ran through every way of cutting its words between two repeats: seconds for a headline)."""
_BOX_ITEMS = 2
"""Fewest paragraphs in a row holding such a heading that make a box of tips."""


def _tips_box(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a box of tips amid the article made ``subhead``: :data:`_BOX_ITEMS` body paragraphs or more in
    a row, each holding a heading in capitals run on to its text (:data:`_BOX_HEADING`), one of them speaking to the
    reader ("you", "your"): what to do, set apart from the story it sits in.

    >>> texts = ["The tide rose.", "Are you at risk? SHUT THE GATES Shut your gates.", "CALL THE HARBOUR Call it.",
    ...          "The tide fell."]
    >>> _tips_box(texts, ["body"] * 4)
    ['body', 'subhead', 'subhead', 'body']
    >>> _tips_box(texts[:2] + texts[3:], ["body"] * 3)
    ['body', 'body', 'body']
    """
    run: list[int] = []
    for n in [*_shown(labels), None]:
        if n is not None and labels[n] == "body" and _BOX_HEADING.search(texts[n]):
            run.append(n)
            continue
        if len(run) >= _BOX_ITEMS and any(READER_VOICE.search(texts[m]) for m in run):
            for m in run:
                labels[m] = "subhead"
        run = []
    return labels


def _open_line(text: str) -> bool:
    """Whether a paragraph is one line opening on a capital letter and closing on a letter or digit.

    >>> _open_line("Roads close"), _open_line("Roads close."), _open_line("“Roads close”"), _open_line("roads")
    (True, False, False, False)
    """
    text = text.strip()
    return "\n" not in text and text[:1].isupper() and text[-1:].isalnum()


_FIELD_NAME = re.compile(r"\p{Lu}\p{Ll}+:")
"""A field's name alone on its line, one word and a colon ("Reference:", "Source:")."""


def _field_over_furniture(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body line that is a field's name alone (:data:`_FIELD_NAME`) over a line set aside made
    ``chrome``: the heading of a reference or a note printed after the article, not a sentence of it.

    >>> _field_over_furniture(["The team met.", "Reference:", "Journal of Ports, 2026"], ["body", "body", "subhead"])
    ['body', 'chrome', 'subhead']
    """
    shown = _shown(labels)
    for here, after in zip(shown, shown[1:]):
        if labels[here] == "body" and labels[after] != "body" and _FIELD_NAME.fullmatch(texts[here].strip()):
            labels[here] = "chrome"
    return labels


_CLOSING_WORDS = 12
"""Most words of a letter's closing over its signature ("Thank you for reading,")."""


_APPEAL_BUTTON = re.compile(r"\W*(?i:sign up|subscribe|support|donate)\b")
"""A sign-up or donation form's heading or button ("#### Sign up to The Daily", "Sign up to newsletter", "[Support
Now](/donate)"), read as chrome or a link line."""


def _within_appeals(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body paragraph set between two appeals made ``appeal``: the middle of an outlet's letter
    asking for support, whose sentences need not name a subscription ("In return, you get our podcasts ..."), a
    newsletter's blurb between the sign-up form's heading and its button, or a donation's button and its appeal
    (:data:`_APPEAL_BUTTON`), or
    its closing over the signature set aside ("Thank you," over the editor's name), of up to :data:`_CLOSING_WORDS`
    words (a paywall's prompts around an article's teaser and a heading leave the teaser body); a quotation or
    reported speech stays body.

    >>> texts = ["Support our journalism.", "In return, you get every story first.", "Subscribe today."]
    >>> _within_appeals(texts, ["appeal", "body", "appeal"])
    ['appeal', 'appeal', 'appeal']
    >>> _within_appeals(["Support us.", "Thanks,", "Jo Roe, Editor", "Join"], ["appeal", "body", "subhead", "appeal"])
    ['appeal', 'appeal', 'subhead', 'appeal']
    >>> _within_appeals(["## Sign up to The Tide", "Harbour news each day.", "Sign up"], ["chrome", "body", "chrome"])
    ['chrome', 'appeal', 'chrome']
    >>> teaser = "Engineers at the port have built a crane that can lift twice the load of the old ones without tipping."
    >>> _within_appeals(["Buy or subscribe", teaser, "Options", "Subscribe"], ["appeal", "body", "subhead", "appeal"])
    ['appeal', 'body', 'subhead', 'appeal']
    """
    shown = _shown(labels)
    appeals = {n for n in shown if labels[n] == "appeal"
               or labels[n] in ("chrome", "read_more") and _APPEAL_BUTTON.match(texts[n])}
    for before, here, after, signed in zip(shown, shown[1:], shown[2:], [*shown[3:], None]):
        closed = after in appeals or (labels[after] != "body" and signed is not None
                                      and labels[signed] == "appeal"
                                      and len(texts[here].split()) <= _CLOSING_WORDS)
        if before in appeals and closed and labels[here] == "body" and not reported(texts[here]):
            labels[here] = "appeal"
    return _letter_between_appeals(texts, labels)


_LETTER_RUN = 3
"""Most body paragraphs of an outlet's letter that run between two of its appeals."""
_LETTER_VOICE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y)\b")
"""A word of the first person, as an editor's letter speaks ("US", the country, is none)."""


def _letter_between_appeals(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a run of two to :data:`_LETTER_RUN` body paragraphs between two appeals made ``appeal`` when
    every one speaks in the first person (:data:`_LETTER_VOICE`) with no quotation or reported speech: the middle of
    an editor's letter asking for support.

    >>> texts = ["Please support us.", "We saw the courts shut.", "Our work is to report it.", "Give today."]
    >>> _letter_between_appeals(texts, ["appeal", "body", "body", "appeal"])
    ['appeal', 'appeal', 'appeal', 'appeal']
    >>> texts[2] = "The courts reopened in May."
    >>> _letter_between_appeals(texts, ["appeal", "body", "body", "appeal"])
    ['appeal', 'body', 'body', 'appeal']
    """
    shown = _shown(labels)
    for n, at in enumerate(shown):
        if labels[at] != "appeal":
            continue
        run = list(itertools.takewhile(lambda k: labels[k] == "body", shown[n + 1:n + 2 + _LETTER_RUN]))
        closed = n + 1 + len(run) < len(shown) and labels[shown[n + 1 + len(run)]] == "appeal"
        if 2 <= len(run) <= _LETTER_RUN and closed and all(
                _LETTER_VOICE.search(texts[k]) and not reported(texts[k]) for k in run):
            labels = [("appeal" if k in run else label) for k, label in enumerate(labels)]
    return labels


_LEAD_WORDS = 8
"""Fewest words of the body paragraph that opens an article (shorter body lines above it are a menu's)."""
_LISTED_TITLES = 3
"""Fewest headings of the top level above the article that make a list of other stories' titles, not a title."""


def _markdown_title(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the title of a page that marks its headings in Markdown made ``headline``: the first heading
    of the top level among those before the first body paragraph of :data:`_LEAD_WORDS` words or more (a shorter
    one above it is a menu's item: "* Contact us!"); a line taken for the headline before it (a section's or a
    menu's) becomes ``chrome``, but for the page's title, whose words open with those of a heading of the page ("Roads
    close | The Planet" over "## Roads close", though a form's "### Rate this ad" heads the top). Where
    :data:`_LISTED_TITLES` headings or more share the top level, they list other stories' titles: none is the
    headline, all are ``subhead``.

    >>> texts = ["World", "* Contact us!", "## Roads close", "### Why", "It rained all day and the river rose a metre."]
    >>> _markdown_title(texts, ["headline", "body", "subhead", "subhead", "body"])
    ['chrome', 'body', 'headline', 'subhead', 'body']
    >>> texts = ["Roads close | The Planet", "Menu", "## Roads close", "It rained all day and the river rose a metre."]
    >>> _markdown_title(texts, ["headline", "chrome", "subhead", "body"])
    ['headline', 'chrome', 'headline', 'body']
    >>> texts = ["Roads close | The Planet", "### Rate this ad", "Tell us what you think of the ad you saw here.",
    ...          "# Roads close", "It rained all day and the river rose a metre."]
    >>> _markdown_title(texts, ["headline", "subhead", "body", "subhead", "body"])[:2]
    ['headline', 'headline']
    >>> texts = ["#### Roads close", "#### Ferry runs late", "#### Rates rise", "It rained all day and the river rose."]
    >>> _markdown_title(texts, ["headline", "subhead", "subhead", "body"])
    ['subhead', 'subhead', 'subhead', 'body']
    """
    shown = _shown(labels)
    before = list(itertools.takewhile(lambda n: labels[n] != "body" or len(texts[n].split()) < _LEAD_WORDS, shown))
    heads = [n for n in before if labels[n] in ("headline", "subhead") and _heading_level(texts[n])]
    if not heads:
        return labels
    title = min(heads, key=lambda n: _heading_level(texts[n]))  # the first of the top level
    listed = [n for n in heads if _heading_level(texts[n]) == _heading_level(texts[title])]
    if len(listed) >= _LISTED_TITLES:  # a list of other stories' titles: none is the page's
        for n in listed:
            labels[n] = "subhead"
        return labels
    headings = [_WORD.findall(texts[n].lower()) for n in shown if _heading_level(texts[n])]
    for n in before[:before.index(title)]:
        if labels[n] == "headline" and not any(_WORD.findall(texts[n].lower())[:len(h)] == h for h in headings if h):
            labels[n] = "chrome"  # not the page's title line, which opens with the words of a heading of the page
    labels[title] = "headline"
    return labels


_SIGNED = re.compile(rf"[{EM_DASHES}{DASHES}-]\s*(?!(?:The\s+)?(?:{AGENCY_PATTERN}|{OUTLET_PATTERN})\b){_PERSON}")
"""A line of a dash and a person's name alone ("— Jane Roe"), no agency or outlet ("— Associated Press" signs a
wire story's end): who said a pull quote."""
_DASH_CREDIT = re.compile(rf"{_SIGNED.pattern}(?:,\s+[^\s.!?;:](?:[^.!?;:\n]|\.(?=[^\s.])|(?<=\b\p{{Lu}})\.)*)?\.?")
"""A line of a dash and a person's name, perhaps with who they are after a comma, however long, its stops those of
an abbreviation only ("— Jo Lee, Jr., the U.S. envoy"): whose words a quotation right before it are (see
:func:`_credited_quotes`)."""
_QUOTATION = re.compile(r"[\"“‘'][^\n]*[^\W_]\W*[\"”’']")
"""A paragraph that is one quotation, from its opening mark to its closing one."""
_CREDITED = re.compile(rf"(?P<quote>{_QUOTATION.pattern})\s*{_DASH_CREDIT.pattern}")
"""A line of a quotation and its dash credit ("“We will rebuild.” — Jo Lee, the mayor")."""


def _credited_quotes(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a quotation credited by a dash and a name made ``body`` where its shape made it a
    ``subhead``: a one-line quotation followed by its dash credit (:data:`_CREDITED`), or a dash credit alone
    (:data:`_DASH_CREDIT`) right under a body paragraph that is one quotation (:data:`_QUOTATION`); the article's
    words and who said them (a pull quote printed again is set aside afterwards by :func:`_pull_quotes`).

    >>> texts = ["It rained.", "“We will rebuild.”", "— Jo Lee, the mayor", "“We grieve.” ― Jo Lee", "It ended."]
    >>> _credited_quotes(texts, ["body", "body", "subhead", "subhead", "body"])
    ['body', 'body', 'body', 'body', 'body']
    >>> _credited_quotes(["It rained.", "We will rebuild.", "— Jo Lee", "Roads"], ["body", "body"] + ["subhead"] * 2)
    ['body', 'body', 'subhead', 'subhead']
    """
    shown = _shown(labels)
    for before, here in zip(shown, shown[1:]):
        text = texts[here].strip()
        if labels[here] != "subhead" or labels[before] != "body" or "\n" in text:
            continue
        if _CREDITED.fullmatch(text) or _DASH_CREDIT.fullmatch(text) and _QUOTATION.fullmatch(texts[before].strip()):
            labels[here] = "body"
    return labels


_NAMED_QUOTE = re.compile(rf"(?P<quote>[^\n]*?(?<!\S)[\p{{Ll}}\d]\S*)\s+(?P<name>{name_pattern(1, 3)})"
                          r"(?:,\s+[^.!?;:,\n]{1,50})?")
"""A pull quote with its speaker's name run on after it, with no dash and no closing stop, perhaps who the speaker is
after a comma ("We will rebuild the bridge Jane Roe, Elmton's mayor")."""
_NAMED_QUOTE_WORDS = 5
"""Fewest words of a pull quote signed by a name with no dash."""
_LED_QUOTE = re.compile(r"(?P<speaker>\p{Lu}[\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}):[ \t]*(?P<quote>['‘\"“][^\n]*\S)")
"""A pull quote led by who says it and a colon, its quotation left open: cut off by the box it is set in, with no
closing quotation mark ("Elm Ferries spokesman: 'We will rebuild the bridge before the [winter]")."""
_CLOSED_QUOTE = re.compile(r"['’\"”][.,!?…]?\s*$|[.!?…]\s*$")


def _pull_quotes(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a pull quote made ``subhead``: a one-line body paragraph of up to :data:`_CAPTION_WORDS` words
    right over a line of a dash and a person's name (:data:`_DASH_CREDIT`, made ``subhead`` with it), or closing on
    one (:data:`_CREDITED`), or, with no stop to close it, on the name alone (:data:`_NAMED_QUOTE`: its quotation of
    :data:`_NAMED_QUOTE_WORDS` words at least, the name's last word printed again near it too), or led by its speaker
    and a colon, its quotation left open (:func:`_led_quote`), with body text before
    it, whose words (:data:`_PULLED` of them at least, read in their
    comparison form: :func:`~newskit.text.tokens.words`) the :data:`_CUT_REACH` lines after the name or the
    :data:`_CUT_REACH` body paragraphs before it print again (the article's own sentence, perhaps cut by links): a
    sentence of the article set again in display type amid it, signed by its speaker; a quotation signed on its
    line and printed again whole anywhere in the body (:func:`_printed_whole`) is one too, however far its paragraph.
    A quotation credited by a dash and a name, and printed once, is the article's.

    >>> texts = ["It rained.", "We will rebuild the bridge", "— Jane Roe", "“We will rebuild the bridge,” Roe said."]
    >>> _pull_quotes(texts, ["body"] * 4), _pull_quotes([*texts[:3], "She left."], ["body"] * 4)
    (['body', 'subhead', 'subhead', 'body'], ['body', 'body', 'body', 'body'])
    >>> _pull_quotes(["It rained.", "“We will rebuild the bridge” — Jane Roe", texts[3]], ["body"] * 3)
    ['body', 'subhead', 'body']
    >>> _pull_quotes(["It rained.", texts[3], *texts[1:3], "She left."], ["body"] * 5)
    ['body', 'body', 'subhead', 'subhead', 'body']
    >>> _pull_quotes(["It rained.", "We will rebuild the bridge Jane Roe, the mayor", texts[3]], ["body"] * 3)
    ['body', 'subhead', 'body']
    >>> far = ["It rained.", "We will rebuild the bridge before the winter Jane Roe, the mayor", *["Roads shut."] * 5,
    ...        "“We will rebuild the bridge before the winter,” the mayor said."]
    >>> _pull_quotes(far, ["body"] * 8)[1]
    'subhead'
    >>> led = ["It rained.", "Elm Ferries spokesman: 'We will rebuild the bridge before the [winter]", far[-1]]
    >>> _pull_quotes(led, ["body"] * 3)
    ['body', 'subhead', 'body']
    """
    shown, body_before = _shown(labels), False
    for at in range(1, len(shown) - 1):
        here, after = shown[at], shown[at + 1]
        body_before = body_before or labels[shown[at - 1]] == "body"  # set before: no label before ``at`` changes now
        text = texts[here].strip()
        inline = _CREDITED.fullmatch(text) or _named_quote(text) or _led_quote(text)
        signed = not inline and _DASH_CREDIT.fullmatch(texts[after].strip())
        if (labels[here] != "body" or not body_before or "\n" in text
                or len(text.split()) > _CAPTION_WORDS or not (inline or signed)):
            continue
        if _pulled_again(texts, labels, shown, at, inline):
            labels[here] = "subhead"
            labels[after] = "subhead" if signed and labels[after] == "body" else labels[after]
    return labels


def _pulled_again(texts: list[str], labels: list[str], shown: list[int], at: int, inline: re.Match | None) -> bool:
    """Whether the article prints again the pull quote at ``shown[at]`` (signed on its line: ``inline``; else by the
    line under it): :data:`_PULLED` of its words within :data:`_CUT_REACH` body paragraphs before it or lines after
    it, or, signed on its line, its quotation whole in any body paragraph (:func:`_printed_whole`).

    >>> _pulled_again(["It rained.", "We will rebuild the bridge Jane Roe", "Roe: “We will rebuild the bridge.”"],
    ...               ["body"] * 3, [0, 1, 2], 1, _named_quote("We will rebuild the bridge Jane Roe"))
    True
    """
    here = shown[at]
    pulled = _pulled_words(inline) if inline else words(texts[here])
    earlier = [texts[n] for n in shown[:at] if labels[n] == "body"][-_CUT_REACH:]
    later = [texts[n] for n in shown[at + (1 if inline else 2):][:_CUT_REACH]]
    elsewhere = [texts[n] for n in shown if n != here and labels[n] == "body"] if inline else []
    return _printed_again(pulled, earlier) or _printed_again(pulled, later) or _printed_whole(inline, elsewhere)


def _pulled_words(inline: re.Match) -> list[str]:
    """The words of a pull quote printed with who said it on its line: its quotation's, and the last word of the
    name it runs on to with no dash (:data:`_NAMED_QUOTE`), which the article names too.

    >>> _pulled_words(_named_quote("We will rebuild the bridge Jane Roe, the mayor"))
    ['we', 'will', 'rebuild', 'the', 'bridge', 'roe']
    """
    return words(inline.group("quote")) + words(inline.groupdict().get("name") or "")[-1:]


def _led_quote(text: str) -> re.Match | None:
    """A pull quote led by its speaker and a colon, its quotation left open (:data:`_LED_QUOTE`), of
    :data:`_NAMED_QUOTE_WORDS` words at least: an article's paragraph quoting so closes its quotation or its sentence.

    >>> _led_quote("Elm Ferries spokesman: 'We will rebuild the bridge before the [winter]").group("quote")[:8]
    "'We will"
    >>> _led_quote("Roe tweeted: 'We will rebuild the bridge before the winter'"), _led_quote("Roe: 'We left.")
    (None, None)
    """
    led = None if _CLOSED_QUOTE.search(text) else _LED_QUOTE.fullmatch(text)
    return led if led and len(led.group("quote").split()) >= _NAMED_QUOTE_WORDS else None


def _named_quote(text: str) -> re.Match | None:
    """A pull quote run on to its speaker's name (:data:`_NAMED_QUOTE`), no closing stop, its quotation
    :data:`_NAMED_QUOTE_WORDS` words at least.

    >>> _named_quote("We will rebuild the bridge Jane Roe").group("quote"), _named_quote("We will rebuild Jane Roe.")
    ('We will rebuild the bridge', None)
    """
    named = None if _TERMINAL.search(text) else _NAMED_QUOTE.fullmatch(text)
    return named if named and len(named.group("quote").split()) >= _NAMED_QUOTE_WORDS else None


_PULLED = 0.8
"""Share of a pull quote's words that the article's own paragraph prints again (the scraper may cut a word)."""
_WHOLE_WORDS = 8
"""Fewest words of a pull quote found printed again anywhere on the page, whole and in order."""


def _printed_whole(inline: re.Match | None, texts: list[str]) -> bool:
    """Whether one of ``texts`` prints the quotation of a pull quote signed on its line (``inline``), of
    :data:`_WHOLE_WORDS` words at least, whole and in order: a page may set a pull quote far from its paragraph.

    >>> quote = _named_quote("We will rebuild the bridge before the winter Jane Roe, the mayor")
    >>> _printed_whole(quote, ["It rained.", "“We will rebuild the bridge before the winter,” Roe said."])
    True
    >>> _printed_whole(quote, ["“We will rebuild the old bridge before the winter,” Roe said."])
    False
    """
    quoted = words(inline.group("quote")) if inline else []
    return len(quoted) >= _WHOLE_WORDS and _printed_within(quoted, (words(text) for text in texts))


def _printed_within(part: list[str], wholes) -> bool:
    """Whether one of ``wholes`` (each a paragraph's words) prints the words ``part`` whole, one after another.

    >>> paragraphs = [["it", "ended"], ["then", "rain", "fell"]]
    >>> _printed_within(["rain", "fell"], paragraphs), _printed_within(["rain"], [["rains"]])
    (True, False)
    """
    needle = f" {' '.join(part)} "
    return any(needle in f" {' '.join(whole)} " for whole in wholes)


def _printed_again(pulled: list[str], texts: list[str]) -> bool:
    """Whether ``texts`` print a pull quote's words (``pulled``), :data:`_PULLED` of them at least, in their
    comparison form (:func:`~newskit.text.tokens.words`: "we’ll" is "we'll").

    >>> _printed_again(words("We’ll rebuild it"), ["“We'll rebuild it,” Roe said."]), _printed_again([], ["It"])
    (True, False)
    """
    found = set(words(" ".join(texts)))
    return bool(pulled) and sum(word in found for word in pulled) >= _PULLED * len(pulled)


_CARD_LABEL_WORDS = 3
"""Most words of a teaser card's kind or series label ("Commentary", "Podcast Episode")."""
_CARD_LABEL_TIMES = 3
"""Fewest times a page prints a card's label: a template's label repeats on every card, a heading does not."""


_SIGNED_POSTS = 3
"""Fewest posts of a live page signed by a dash and their writer's name over their title (see :func:`_signed_posts`)."""
_POST_TITLE_WORDS = 20
"""Most words of a live page's post's title."""


def _signed_posts(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a live page's posts' signatures made ``byline`` and their titles ``subhead``: a line of a dash
    and a person's name alone (:data:`_SIGNED`) right over a one-line title of up to :data:`_POST_TITLE_WORDS` words
    with body text under it, on a page where :data:`_SIGNED_POSTS` such lines or more stand over a line set as a
    ``subhead``: each post opens on its writer and its title. A pull quote's credit stands under its quotation, over
    the article's next paragraph, and is printed once or twice.

    >>> texts = ["It rained.", "- Jo Lee", "Dam holds", "It held.", "- Al Poe", "Crews stay on site.", "They stay.",
    ...          "- Jo Lee", "Roads shut", "They shut.", "- Jo Lee", "Fares rise", "They rose."]
    >>> labels = ["body", "subhead", "subhead", "body", "subhead", "body", "body", *["subhead", "subhead", "body"] * 2]
    >>> _signed_posts(texts, labels)[:7]
    ['body', 'byline', 'subhead', 'body', 'byline', 'subhead', 'body']
    >>> _signed_posts(["“We stay.”", "— Jo Lee", "It rained.", "Roads shut."], ["body", "subhead", "body", "body"])
    ['body', 'subhead', 'body', 'body']
    """
    shown = _shown(labels)
    posts = [(sign, title) for sign, title, under in zip(shown, shown[1:], shown[2:])
             if _SIGNED.fullmatch(texts[sign].strip()) and labels[under] == "body" and "\n" not in texts[title].strip()
             and labels[title] in ("subhead", "body") and len(texts[title].split()) <= _POST_TITLE_WORDS]
    if sum(labels[title] == "subhead" for _, title in posts) >= _SIGNED_POSTS:
        for sign, title in posts:
            labels[sign], labels[title] = "byline", "subhead"
    return labels


def _teaser_cards(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the summary of a teaser card made ``promo``: a one-line body paragraph with no quotation or
    reported speech right under a story's title (:func:`_teaser_line`, perhaps marked as a Markdown heading, set
    aside) or under a link line (``read_more``: a product's or a story's link, of any words), that stands under a
    short label
    the page prints :data:`_CARD_LABEL_TIMES` times or more (a card's kind: "Commentary", "Article") or over a
    line ending on how long ago the card's story was posted (:data:`_TEASER_STAMP`: "Jo Roe 2 days ago"), the cards
    of other stories a page sets amid or after its article. A speaker's label over a turn of a transcript has no
    title between them; an article's heading is printed once. A card whose label over the title ends on that stamp
    ("U.S. News // 2 hours ago") is one however its summary reads: a wire story's lede reports what someone said; a
    stamp under a title set aside is that card's foot, and labels no card under it (an article's subhead may follow).

    >>> texts = ["The bank raised rates.", "Commentary", "Will Rates Rise Again This Spring?", "Markets fear it.",
    ...          "Commentary", "Commentary", "Prices fell."]
    >>> _teaser_cards(texts, ["body", "chrome", "subhead", "body", "chrome", "chrome", "body"])[3]
    'promo'
    >>> _teaser_cards(["It rained.", "Part one", "The Long Road North", "We left.", "Part two"], ["body", "subhead",
    ...               "subhead", "body", "subhead"])[3]
    'body'
    >>> _teaser_cards(["It rained.", "Odd News // 3 hours ago", "Goat elected mayor of a small Vermont town",
    ...               "May 2 (Wire) -- The town clerk said the goat won by four votes.", "Odd News // 4 hours ago"],
    ...               ["body", "subhead", "subhead", "body", "subhead"])[3]
    'promo'
    >>> _teaser_cards(["It rained.", "Goat elected mayor of a small Vermont town", "- Posted 3 hours ago",
    ...               "What did the voters of the town say?", "Jo Lee thinks the goat won fairly.", "It rained."],
    ...               ["body", "subhead", "date", "subhead", "body", "body"])[4]
    'body'
    """
    shown = _shown(labels)
    printed = collections.Counter(texts[n].strip() for n in shown)
    for at in range(2, len(shown)):
        label, title, here = shown[at - 2:at + 1]
        text = texts[here].strip()
        stamped = at + 1 < len(shown) and bool(_TEASER_STAMP.search(texts[shown[at + 1]].strip()))
        dated = labels[label] != "body" and bool(_TEASER_STAMP.search(texts[label].strip())) \
            and not (at > 2 and labels[shown[at - 3]] != "body" and _teaser_line(texts[shown[at - 3]]))  # a card's foot
        card = stamped or dated or (labels[label] not in ("body", "byline")  # a post's signature labels no card
                                    and len(texts[label].split()) <= _CARD_LABEL_WORDS
                                    and printed[texts[label].strip()] >= _CARD_LABEL_TIMES)
        headed = _HEADING_MARK.sub("", texts[title].lstrip(), count=1)  # a title marked as a heading: "## ..."
        titled = _teaser_line(headed) or labels[title] == "read_more"  # a title, or a link of any words
        if (labels[here] == "body" and card and labels[title] != "body" and titled
                and "\n" not in text and (dated or not reported(text))):
            labels[here] = "promo"
    return labels


def _cut_summaries(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the summaries of a list of other stories' cards made ``promo``: a one-line body paragraph right
    under a story's title set aside (:func:`_card_title`) that stands next to a card whose summary the list cut short
    with an ellipsis (:data:`_CUT_TITLE`: "... the mayor said at a news conference Monday at Cit…"), under the title
    over it or under the next one: the list cuts the longer summaries and prints the shorter ones whole. An article's
    paragraph under its subhead has no such card next to it (a paragraph trailing off is under no title).

    >>> texts = ["The bank raised rates.", "Most Popular", "Storm floods the coastal towns overnight",
    ...          "Crews worked through the night to clear the roads of the lower t…",
    ...          "Markets rally as the central bank holds rates", "Shares rose on Monday.", "Contact Us"]
    >>> _cut_summaries(texts, ["body", "read_more", "promo", "promo", "subhead", "body", "chrome"])[5]
    'promo'
    >>> _cut_summaries(texts[:3] + ["Crews worked through the night."] + texts[4:], ["body", "read_more", "promo",
    ...                "promo", "subhead", "body", "chrome"])[5]
    'body'
    """
    shown = _shown(labels)
    for at in range(1, len(shown)):
        here = shown[at]
        if labels[here] != "body" or "\n" in texts[here].strip() or not _card_title(texts, labels, shown[at - 1]):
            continue
        over = at >= 3 and _card_title(texts, labels, shown[at - 3]) and _CUT_TITLE.search(texts[shown[at - 2]].strip())
        under = at + 2 < len(shown) and _card_title(texts, labels, shown[at + 1]) and _CUT_TITLE.search(
            texts[shown[at + 2]].strip())
        if over or under:
            labels[here] = "promo"
    return labels


def _card_title(texts: list[str], labels: list[str], n: int) -> bool:
    """Whether the line ``n`` is a story's title set aside (a subhead, a promo or a link line that reads as a title:
    :func:`_teaser_line`)."""
    return labels[n] in ("subhead", "promo", "read_more") and _teaser_line(texts[n])


def _lone_bullets(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a bulleted line set alone amid the article made ``read_more``: a body line opening on a list
    marker other than a dash (a dash may open a line of dialogue), of up to :data:`_TEASER_WORDS` words, with no
    quotation mark or reported speech, between two body paragraphs that are not list items: a link to another story
    dropped into the copy (a list has two items at least).

    >>> texts = ["The council met.", "* Storms are closing roads. Is your town next?", "The vote was close."]
    >>> _lone_bullets(texts, ["body"] * 3), _lone_bullets([*texts[:2], "* Rail fares rise."], ["body"] * 3)
    (['body', 'read_more', 'body'], ['body', 'body', 'body'])
    """
    shown = _shown(labels)
    marked = [bool(_LIST_MARK.match(texts[n])) for n in shown]
    for at in range(1, len(shown) - 1):
        before, here, after = shown[at - 1:at + 2]
        text = texts[here].strip()
        if (marked[at] and text[:1] not in f"{DASHES}{EM_DASHES}-" and not marked[at - 1] and not marked[at + 1]
                and labels[before] == labels[here] == labels[after] == "body" and "\n" not in text
                and len(text.split()) <= _TEASER_WORDS[1] and not reported(text)):
            labels[here] = "read_more"
    return labels


def _bullet_among_set_aside(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body list item between two list items set aside under one label given that label: a title
    of a list of other stories that reads like copy (a question and its answer), of up to :data:`_TEASER_WORDS`
    words, with no reported speech.

    >>> texts = ["* Ferries Run Late Again", "* Is the port full? Ask the crews.", "* Rail Fares Rise", "The vote."]
    >>> _bullet_among_set_aside(texts, ["subhead", "body", "subhead", "body"])
    ['subhead', 'subhead', 'subhead', 'body']
    """
    shown = _shown(labels)
    for before, here, after in zip(shown, shown[1:], shown[2:]):
        text = texts[here].strip()
        if (labels[here] == "body" and labels[before] == labels[after] != "body" and "\n" not in text
                and all(_LIST_MARK.match(texts[n].strip()) for n in (before, here, after))
                and len(text.split()) <= _TEASER_WORDS[1] and not reported(text)):
            labels[here] = labels[before]
    return labels


_PLAYER_BUTTON = re.compile(r"(?P<button>\p{Lu}{2,})\s+\p{Lu}")
"""A line opening on a word in capitals before a capitalised word: a button's name when :data:`SHARE_BUTTONS` holds
it ("CLOSE Crews clear the road ...": a video player's blurb after its close button)."""
_PLAYER_TIME = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?")
"""A video player's time left on its line ("00:00", "0:00 / 2:31")."""
_CAPTION_WORDS = 60
"""Most words of a picture's caption found by its shape and place."""
_SCENE_DATE = re.compile(rf"(?:,\s+(?:on\s+)?|\s+on\s+)(?:{WEEKDAY_NAME},?\s+)?{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\W*$")
"""A caption's closing stamp: a comma or "on", then the day a picture was taken, year and all ("..., Ukraine, on Feb.
22, 2026.", "... near the dam on May 2, 2026."); news copy names the day of its own year without one."""
_SHOWN_NOW = re.compile(r"\b(?:is|are)\s+(?:being\s+)?\p{Ll}+(?:ed|en)\b")
"""A present passive, as a caption tells what its picture shows ("A rocket is fired during a drill ...")."""
_AHEAD = re.compile(r"\bto\s+\p{Ll}+|\b(?:will|would|could|should|may|might|can|must|shall)\b")
"""An infinitive or a modal: a sentence of the article telling what is planned ("The vote is expected to take place on
May 2, 2026."), no caption."""
_NARRATED = re.compile(r"\b(?:was|were|had|did)\b|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bis )(?<!\bare )\b\p{Ll}+ed\b")
"""A verb in the past tense, the tense of news copy (a caption tells what a picture shows in the present): "was",
"were", "had", "did" or a word in -ed but for an adjective or a present passive ("a destroyed bridge", "is
occupied")."""
_TOLD_NOW = re.compile(rf"\b(?:{alternation(sorted(w for w in REPORTING_WORDS if w.endswith('s')))})\s+that\b")
"""Speech reported in the present tense, a clause after it ("Jo Roe claims that ..."): an article's sentence, as
speech reported in the past is (:func:`~newskit.furniture.reported`)."""
_DESCRIBED = re.compile(rf"\W*(?:(?:The|This|An?)\s+)?(?:\p{{Ll}}+\s+)?{PICTURE_NOUN}\b[^.!?\"“”\n]{{0,200}}?"
                        r"\b(?:shows|captures|depicts)\b")
"""A sentence telling what a picture shows, the picture its subject ("The image taken from a video shows ...")."""
_CREDIT_WORDS = 8
"""Most words of a caption-labelled line taken for a picture's credit ("Jo Roe/AFP/Getty Images")."""
_CREDIT_NAME = rf"(?:{AGENCY_PATTERN}|{PICTURE_AGENCY_PATTERN}|{alternation(OUTLET_NAMES)}|\p{{Lu}}{{3,5}}" \
               rf"|(?:©\s*)?(?:19|20)\d\d\s+\p{{Lu}}[\w&'’-]*(?:\s+\p{{Lu}}[\w&'’-]*){{0,2}}" \
               rf"|{LOWER_SITE_ADDRESS_PATTERN})"
"""Who a picture is credited to, as a caption opening on its credit prints it: an agency, a picture agency, an
outlet, a name in capitals of three to five letters, a copyright's year and holder ("2019 Elm Publishing"), or a
site's address in lower case ("elmpictures.co.uk")."""
_CREDIT_LED = re.compile(rf"{_CREDIT_NAME}(?:[ \t]*[•/:|,-][ \t]*"
                         rf"(?:{_CREDIT_NAME}|\p{{Lu}}{{2}}|{STAFF_TITLE_PATTERN}))*[ \t]+\p{{Lu}}[^\n]*")
"""A line opening on a picture's credit (joined credits too: "<AGENCY> • PA", "AP:Associated Press", a role after a
dash: "<AGENCY> - Contributor"), then a capitalised description."""
_NAMED_CREDIT_LED = re.compile(rf"{_PERSON}[ \t]+/[ \t]+{_CREDIT_NAME}(?:[ \t]*/[ \t]*{_CREDIT_NAME})*"
                               rf"[ \t]+\p{{Lu}}[^\n]*")
"""A line opening on a photographer's name and the agency after a slash set apart by spaces ("Jo Roe / <AGENCY> Crews
clear ..."), then a capitalised description: a caption however long, however it closes. Names joined by a bare slash
open a sentence of the article ("The Elm Post/ABC News poll was conducted ...")."""
_LICENSED_CREDIT_LED = re.compile(rf"{_CREDIT_NAME}[ \t]+or[ \t]+licensors[ \t]+\p{{Lu}}[^\n]*")
"""A line opening on a picture's credit to its owner "or licensors" ("<AGENCY> or licensors Crews clear ..."), then a
capitalised description: a caption however long, however it closes (no sentence opens on those words)."""


_ALT_TWICE = re.compile(r"(?P<alt>\p{Lu}[\w'’-]*(?:[ \t]+\p{Lu}[\w'’-]*){0,3})[ \t]+(?P=alt)[ \t]+\p{Ll}")
"""A line opening on the same capitalised words twice, then a lower-case word ("Elm Bank Elm Bank holds ..."): a
picture's alt text, its subject's name, run on to its caption."""


def _alt_run_on(text: str) -> bool:
    """Whether a line is a caption after its picture's alt text (:data:`_ALT_TWICE`): one sentence, told in the
    present (:data:`_NARRATED`), with no quotation mark and no reported speech.

    >>> _alt_run_on("Elm Bank Elm Bank holds the savings of two million people")
    True
    >>> _alt_run_on("Walla Walla police arrested two men."), _alt_run_on("Elm Bank holds the savings of many")
    (False, False)
    """
    return bool(_ALT_TWICE.match(text)) and len(sentence_spans(text)) == 1 and not _NARRATED.search(text) \
        and not QUOTE_MARK.search(text) and not reported(text)


def _picture_captions(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with pictures' captions that no pattern names made ``caption``: a body paragraph of one line, up
    to :data:`_CAPTION_WORDS` words and three sentences, with no reported speech (in the present tense too, a clause
    after it: :data:`_TOLD_NOW`), that stands right under an image
    left as its alt text (:data:`~newskit.furniture.IMAGE_ALT`), or a video's with its player's time between
    (:data:`_PLAYER_TIME`), or under a Markdown heading cut short with an ellipsis (:data:`_CUT_TITLE`: a video's
    or a teaser's title cut to its box), and shares a word with it (a placeholder's alt text
    names nothing of the paragraph that follows), or, with no quotation mark and no verb in the past tense
    (:data:`_NARRATED`) either, stands right over a picture's credit (a caption line of up to
    :data:`_CREDIT_WORDS` words: "(Getty Images)", not an image: a picture's caption comes under it), or is one
    sentence closing on the day the picture was taken (:data:`_SCENE_DATE`) next to a line that is not body (set
    between pictures and their links), or stands between two captions, a gallery's caption that lost its credit
    (:func:`_caption_in_gallery`), or opens on its picture's alt text (:func:`_alt_run_on`). An article's paragraph
    over a chart's credit tells the news in the past tense and stays body, unless the page prints it twice, each copy
    over a credit (:func:`_captioned_twice`: a caption in any tense, whatever words it uses).

    >>> texts = ["A crowd waits in the rain outside the court.", "(Getty Images)", "The court met on Tuesday."]
    >>> _picture_captions(texts, ["body", "caption", "body"])
    ['caption', 'caption', 'body']
    >>> texts = ["More storms", "Crews clear a road near Tulsa, Oklahoma, on May 2, 2026.", "The storm hit on Monday."]
    >>> _picture_captions(texts, ["promo", "body", "body"])
    ['promo', 'caption', 'body']
    >>> texts = ["!Crews at the flooded road", "A crew was clearing the road.", "!placeholder", "The storm hit."]
    >>> _picture_captions(texts, ["caption", "body", "caption", "body"])
    ['caption', 'caption', 'caption', 'body']
    >>> texts = ["!A video of crews at the road", "00:00", "Crews clear the flooded road.", "The storm hit."]
    >>> _picture_captions(texts, ["caption", "chrome", "body", "body"])
    ['caption', 'chrome', 'caption', 'body']
    >>> texts = ["#### Mayor: we will rebuild the...", "The mayor tells us how the town will rebuild.", "It rained."]
    >>> _picture_captions(texts, ["subhead", "body", "body"])
    ['subhead', 'caption', 'body']
    """
    shown = _shown(labels)
    for at, here in enumerate(shown):
        text = texts[here].strip()
        if labels[here] != "body" or "\n" in text or len(text.split()) > _CAPTION_WORDS:
            continue
        if _captioned_twice(texts, labels, shown, at) or _credit_led(texts, shown, at) or _alt_run_on(text) \
                or _credit_led_run(texts, labels, shown, at) or _over_photographer(texts, shown, at) \
                or _lead_picture_described(texts, labels, shown, at) \
                or _unclosed_over_credit(texts, labels, shown, at) \
                or not reported(text) and not _TOLD_NOW.search(text) and _captioned(texts, labels, shown, at):
            labels[here] = "caption"
    return labels


_RECAP_NAME = re.compile(rf"{_PERSON}\b")
"""The name of two words or more a caption telling again what the paragraph over it tells opens on."""


_GALLERY_COUNTER = re.compile(r"\s*\[?(?P<number>\d{1,3})\s*(?:/|of)\s*(?P<total>\d{1,3})\]?[ \t]+\S")
"""A gallery's counter opening its caption, then the caption's words ("3/30 Crews at the dam ...", "3 of 30 ...")."""


_GALLERY_MARK = re.compile(rf"{CAPTION_TOGGLE}|\b\d{{1,3}}\s*(?:/|of)\s*\d{{1,3}}\W*$")
"""A gallery caption's toggle (:data:`~newskit.furniture.CAPTION_TOGGLE`) or counter closing it ("... at dawn. Hide
Caption 3 of 9", "... at dawn. 3/9")."""
_MENU_RUN = 8
"""Fewest menu items in a row (:func:`_menu_item`) on a page with no body paragraph that is its site's menus alone."""
_MENU_WORDS = 4
"""Most words of a menu item ("Asia Pacific", "Show more news sections")."""
_HEADED = ("headline", "subhead", "caption", "body")
"""Labels of the lines a page of menus may print its title on."""


def _menu_item(text: str) -> bool:
    """Whether ``text`` reads as a menu item or a button: one line of up to :data:`_MENU_WORDS` words closing on no
    sentence stop.

    >>> _menu_item("Asia Pacific"), _menu_item("Show more news sections"), _menu_item("Crews held the dam.")
    (True, True, False)
    """
    return "\n" not in text.strip() and 0 < len(text.split()) <= _MENU_WORDS and not re.search(r"[.!?…]\s*$", text)


def _menu_run(texts: list[str], labels: list[str]) -> bool:
    """Whether the lines shown hold :data:`_MENU_RUN` menu items in a row (:func:`_menu_item`) or more: on a page
    with no body paragraph, the page is its site's menus, buttons and title alone, no article.

    >>> _menu_run(["Skip links", "News", "Asia", "Europe", "Sport", "Video", "More", "Live", "Title?"], ["chrome"] * 9)
    True
    >>> _menu_run(["Dam holds", "Crews at the dam", "Jo Lee"], ["headline", "subhead", "chrome"])
    False
    """
    run = longest = 0
    for n in _shown(labels):
        run = run + 1 if _menu_item(texts[n]) else 0
        longest = max(longest, run)
    return longest >= _MENU_RUN


def _asked_over_menus(texts: list[str], labels: list[str]) -> bool:
    """Whether a page's only body line is one question on one line, up to :data:`_TITLE_WORDS` words, among its
    site's menus (:func:`_menu_run`): a video page's title asked as a question, no article.

    >>> menus = ["Skip links", "News", "Asia", "Europe", "Sport", "Video", "More", "Live"]
    >>> _asked_over_menus([*menus, "Will fares rise?", "Share"], [*["chrome"] * 8, "body", "prompt"])
    True
    >>> _asked_over_menus([*menus, "Will fares rise?", "Crews met."], [*["chrome"] * 8, "body", "body"])
    False
    """
    body = [n for n, label in enumerate(labels) if label == "body"]
    if len(body) != 1:
        return False
    text = texts[body[0]].strip()
    return (text.endswith("?") and _one_sentence_line(text, len(text.split())) and len(text.split()) <= _TITLE_WORDS
            and _menu_run(texts, labels))


def _menu_page(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` of a page that is its site's menus alone (:func:`_menu_run`): every menu item (:func:`_menu_item`)
    a title-like line is ``chrome``, and the first longer title-like line (:data:`_HEADED`) and its copies are the
    ``headline``; dates, prompts and other furniture keep their labels.

    >>> texts = ["Skip links", "News", "Africa", "Asia", "Europe", "Sport", "Video", "More", "Why did the dam fail?",
    ...          "By the Numbers", "Why did the dam fail?", "Share"]
    >>> _menu_page(texts, ["headline", *["chrome"] * 7, "subhead", "subhead", "subhead", "prompt"])[7:]
    ['chrome', 'headline', 'chrome', 'headline', 'prompt']
    """
    title = ""
    for n in _shown(labels):
        if labels[n] not in _HEADED and labels[n] != "chrome":
            continue
        if _menu_item(texts[n]):
            labels[n] = "chrome"
        elif labels[n] in _HEADED and texts[n].strip() == (title or texts[n].strip()):
            title, labels[n] = texts[n].strip(), "headline"
    return labels


_GALLERY_LEAST = 3
"""Fewest captions carrying a gallery's counter or toggle that make a page with no body a photo gallery."""


def _gallery_page(texts: list[str], labels: list[str]) -> bool:
    """Whether a page with no body paragraph is a photo gallery: :data:`_GALLERY_LEAST` captions or more carry the
    gallery's counter or its caption toggle, opening (:data:`_GALLERY_COUNTER`) or closing them
    (:data:`_GALLERY_MARK`). A gallery's captions are its furniture, however much of the story they tell; the title
    and captions of a page with no other text are its body.

    >>> texts = [f"Crews at the dam on day {n}. Hide Caption {n} of 3" for n in (1, 2, 3)]
    >>> _gallery_page(texts, ["caption"] * 3), _gallery_page(texts[:2], ["caption"] * 2)
    (True, False)
    """
    return sum(label == "caption" and bool(_GALLERY_COUNTER.match(text) or _GALLERY_MARK.search(text))
               for text, label in zip(texts, labels)) >= _GALLERY_LEAST


def _counted_gallery(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the lines of a gallery whose captions open on its counter (:data:`_GALLERY_COUNTER`) made
    ``caption``, however long and however they close: two lines in a row or more, each counting one on from the one
    over it out of the same total ("1/30 ...", "2/30 ..."), a photo gallery printed inside the article's text. One
    line opening on a count is a sentence of the article ("9/11 changed the city.").

    >>> texts = ["It rained.", "1/3 Crews at the dam They worked all night.", "2/3 The dam held Elm News",
    ...          "3/3 A crowd at the gate.", "The dam held."]
    >>> _counted_gallery(texts, ["body"] * 5)
    ['body', 'caption', 'caption', 'caption', 'body']
    >>> _counted_gallery(["It rained.", "9/11 changed the city.", "10/12 of its crews came back.", "Fin."],
    ...                  ["body"] * 4)
    ['body', 'body', 'body', 'body']
    """
    shown = _shown(labels)
    counted = [_GALLERY_COUNTER.match(texts[n]) for n in shown]
    for at in range(1, len(shown)):
        above, here = counted[at - 1], counted[at]
        if above and here and here["total"] == above["total"] \
                and int(above["number"]) + 1 == int(here["number"]) <= int(here["total"]):
            labels[shown[at - 1]] = labels[shown[at]] = "caption"
    return labels


def _recap_captions(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a picture's caption that tells again what the paragraph right over it tells made
    ``caption``: a body line of one sentence closed by a full stop, up to :data:`_SUMMARY_LINE_WORDS` words
    (:func:`_summary_line`), between two body paragraphs, opening on a name of two words or more that the one over it,
    of two sentences or more, opens on too, most of its content words (:data:`_RESTATED`) that paragraph's (news copy
    names a person in full once, then by the family name; a lede under a one-sentence title or summary is body).

    >>> texts = ["Jo Lee, a ferry pilot, wrote in the Lamp that she once sailed to the wrong island. It was foggy.",
    ...          "Jo Lee of the Elm ferries wrote about the day she sailed to the wrong island.", "Lee laughed."]
    >>> _recap_captions(texts, ["body"] * 3)
    ['body', 'caption', 'body']
    >>> _recap_captions([texts[0], "Jo Lee later sailed the Elm route for ten more years.", "Lee laughed."],
    ...                 ["body"] * 3)
    ['body', 'body', 'body']
    >>> _recap_captions(["Jo Lee sailed to the wrong island.", "Jo Lee has sailed to the wrong island, she says.",
    ...                  "Lee laughed."], ["body"] * 3)
    ['body', 'body', 'body']
    >>> _recap_captions(["The pilot, says Elm Ferries, sailed to the wrong island.",
    ...                  "Elm Ferries says the pilot sailed to the wrong island.", "Lee laughed."], ["body"] * 3)
    ['body', 'body', 'body']
    """
    shown = _shown(labels)
    for above, here, under in zip(shown, shown[1:], shown[2:]):
        text = texts[here].strip()
        if labels[above] != "body" or labels[here] != "body" or labels[under] != "body" or not _summary_line(text):
            continue
        named = _RECAP_NAME.match(text)
        if named and " " in named.group() and texts[above].strip().startswith(named.group()) \
                and len(sentence_spans(texts[above])) > 1 and _restated(text, set(_stems(texts[above]))):
            labels[here] = "caption"
    return labels


def _credit_led(texts: list[str], shown: list[int], at: int) -> bool:
    """Whether the line at ``shown[at]`` is a caption printed after its picture's credit (:data:`_CREDIT_LED`), a
    title's length (:data:`_TEASER_WORDS`) with no closing stop or question mark, no interview's turn
    (:data:`~newskit.furniture.INTERVIEW_TURN`: "JO ROE: Why not?"), and the line under it, if any, no lower-case
    sequel (the rest of a sentence cut short): a paragraph of the article opening on an agency's name closes its
    sentence. A line opening on a photographer's name and agency (:data:`_NAMED_CREDIT_LED`), or on a credit to an
    owner "or licensors" (:data:`_LICENSED_CREDIT_LED`), is a caption whatever its length and close.

    >>> texts = ["It rained.", "PIXA • PA Crews clear the road near the dam", "The dam held."]
    >>> _credit_led(texts, [0, 1, 2], 1), _credit_led(["It rained.", "BBC Crews cleared the road."], [0, 1], 1)
    (True, False)
    >>> _credit_led(["It rained.", "JANE ROE: Why not wait"], [0, 1], 1)
    False
    >>> _credit_led(["It rained.", "Jo Roe / PIXA The council said the road was shut as the dam was checked."],
    ...             [0, 1], 1)
    True
    >>> _credit_led(["It rained.", "The Elm Post/ABC News poll was taken in May among 900 adults."], [0, 1], 1)
    False
    >>> _credit_led(["It rained.", "2019 Elm Publishing A new ferry is coming, and you can ride it first"], [0, 1], 1)
    True
    >>> _credit_led(["It rained.", "2019 has been a year of floods for the valley."], [0, 1], 1)
    False
    >>> _credit_led(["It rained.", "PIXA or licensors It is feared the road will stay shut for as long as the water"
    ...              " stands over the dam and the crews cannot reach its gates"], [0, 1], 1)
    True
    """
    text = texts[shown[at]].strip()
    after = texts[shown[at + 1]].lstrip() if at + 1 < len(shown) else ""
    if _NAMED_CREDIT_LED.fullmatch(text) or _LICENSED_CREDIT_LED.fullmatch(text):
        return True
    return bool(_CREDIT_LED.fullmatch(text)) and len(text.split()) <= _TEASER_WORDS[1] and not after[:1].islower() \
        and not _TERMINAL.search(text) and not _SENTENCE_CLOSE.search(text) and not INTERVIEW_TURN.match(text)


def _credit_led_run(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the line at ``shown[at]`` opens on a picture's credit (:data:`_CREDIT_LED`), with no interview's turn,
    right under a line set aside that opens on a credit too, a title's length (:data:`_TEASER_WORDS`): the next
    caption of a gallery, however it closes (a quotation closed with no stop: "PIXA She says: "Wait here""); or right
    over a caption opening on its credit (:func:`_credit_led`), up to :data:`_CAPTION_WORDS` words, its sentence left
    open: a gallery's first caption, longer than a title.

    >>> texts = ["It rained.", "PIXA Crews at the dam", 'ELMO She says: "Wait here"', "The dam held."]
    >>> _credit_led_run(texts, ["body", "promo", "body", "body"], [0, 1, 2, 3], 2)
    True
    >>> _credit_led_run(texts, ["body", "body", "body", "body"], [0, 1, 2, 3], 2)
    False
    >>> texts[1:3] = ["PIXA Crews from three towns work through the night to clear the road to the dam after the"
    ...               " storm that closed it on Monday and left the valley's farms cut off", "ELMO Jo Lee at the gate"]
    >>> _credit_led_run(texts, ["body"] * 4, [0, 1, 2, 3], 1), _credit_led_run(texts, ["body"] * 4, [0, 1, 3], 1)
    (True, False)
    """
    text = texts[shown[at]].strip()
    if not _CREDIT_LED.fullmatch(text) or INTERVIEW_TURN.match(text):
        return False
    above = texts[shown[at - 1]].strip() if at else ""
    if at > 0 and labels[shown[at - 1]] != "body" and _CREDIT_LED.fullmatch(above):
        return len(text.split()) <= _TEASER_WORDS[1]
    return at + 1 < len(shown) and _credit_led(texts, shown, at + 1) and len(text.split()) <= _CAPTION_WORDS \
        and not _TERMINAL.search(text) and not _SENTENCE_CLOSE.search(text)


def _unclosed_over_credit(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the line at ``shown[at]`` is more than :data:`_SHORT_REPEAT` words ending on a letter with no stop
    (:data:`_LETTER_END`) right over a credit alone on its line (a ``credit`` block of up to :data:`_CREDIT_WORDS`
    words: an agency's name): a picture's caption, in any tense, over the next picture's credit; an article's last
    paragraph over its agency's name closes its sentence.

    >>> texts = ["It rained.", "Crews were sent to the dam as the river rose through the night", "PIXA", "It held."]
    >>> _unclosed_over_credit(texts, ["body", "body", "credit", "body"], [0, 1, 2, 3], 1)
    True
    >>> _unclosed_over_credit(texts, ["body", "body", "body", "body"], [0, 1, 2, 3], 1)
    False
    """
    text = texts[shown[at]]
    after = shown[at + 1] if at + 1 < len(shown) else None
    return after is not None and labels[after] == "credit" and len(texts[after].split()) <= _CREDIT_WORDS \
        and _long_unclosed(text) and bool(_LETTER_END.search(text))


_PHOTOGRAPHER = re.compile(rf"{_PERSON}[ \t]*/[ \t]*{_CREDIT_NAME}(?:[ \t]*/[ \t]*{_CREDIT_NAME})*"
                           rf"|\p{{Lu}}[\w.-]*/@?[\w.-]+[ \t]+via[ \t]+{_CREDIT_NAME}")
"""A photographer's credit alone on its line: the name, a slash and the agency ("Jo Roe/PIXA", "Jo Roe/ELMO/PIXA"),
or a network, its poster's handle and the agency that passed the footage on ("Elmgram/jolee via PIXA")."""


def _over_photographer(texts: list[str], shown: list[int], at: int) -> bool:
    """Whether the line at ``shown[at]`` is a photograph's caption by its place: up to three sentences, no quotation
    mark and no speech reported in the present (:data:`_TOLD_NOW`), right over a photographer's credit alone on its
    line (:data:`_PHOTOGRAPHER`), in any tense (a caption may tell what happened: "As the water rose, crews fled.");
    the credit follows its caption, not an article's paragraph.

    >>> texts = ["It rained.", "As the water rose, crews ran to the dam.", "Jo Roe/Getty Images", "The dam held."]
    >>> _over_photographer(texts, [0, 1, 2, 3], 1), _over_photographer(texts, [0, 1, 3], 1)
    (True, False)
    """
    text = texts[shown[at]].strip()
    under = texts[shown[at + 1]].strip() if at + 1 < len(shown) else ""
    return bool(_PHOTOGRAPHER.fullmatch(under)) and len(sentence_spans(text)) <= 3 and not QUOTE_MARK.search(text) \
        and not _TOLD_NOW.search(text)


def _lead_picture_described(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the line at ``shown[at]`` is one sentence telling what a picture shows (:data:`_DESCRIBED`), with no
    reported speech after its verb (the picture "posted by" someone may come before), that opens the page or stands
    beside a caption: the lead picture's caption over the article, or one among the page's captions. A paragraph of
    the article telling what a picture shows sits among others, the article's last one too.

    >>> texts = ["The image from a video shows the crew at the dam.", "The dam held on Monday.", "It rained."]
    >>> _lead_picture_described(texts, ["body"] * 3, [0, 1, 2], 0)
    True
    >>> _lead_picture_described(texts[::-1], ["body"] * 3, [0, 1, 2], 2)
    False
    """
    text = texts[shown[at]].strip()
    placed = at == 0 or "caption" in _labels_beside(labels, shown, at)
    described = _DESCRIBED.match(text)
    return placed and bool(described) and len(sentence_spans(text)) == 1 and not reported(text[described.end():])


def _title_over_picture(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a page's first line made ``headline`` when it is a body line of up to :data:`_CAPTION_WORDS`
    words with no closing stop, right over a caption with a body line (or a dateline) under that: the title (its
    section and standfirst perhaps run on to it) over the lead picture. An article's first paragraph closes its sentence, or,
    cut short by the scraper, goes on on the next line. A first line opening on a button's name in capitals
    (:data:`_PLAYER_BUTTON`) is a video's blurb, made ``caption``.

    >>> texts = ["Ferries Council shuts the old bridge Repairs will take two years", "The bridge. Photograph: Jo Roe",
    ...          "The council shut the bridge on Monday."]
    >>> _title_over_picture(texts, ["body", "caption", "body"])[0], _title_over_picture(texts, ["body"] * 3)[0]
    ('headline', 'body')
    >>> _title_over_picture(["CLOSE Crews clear the road; the dam held (May 2) AP", *texts[1:]], ["body", "caption",
    ...                      "body"])[0]
    'caption'
    """
    shown = _shown(labels)
    if len(shown) < 3 or [labels[n] for n in shown[:2]] != ["body", "caption"] or labels[shown[2]] not in (
            "body", "dateline"):
        return labels
    text = texts[shown[0]].strip()
    if "\n" not in text and len(text.split()) <= _CAPTION_WORDS and text[:1].isupper() and not _TERMINAL.search(text):
        button = _PLAYER_BUTTON.match(text)
        labels[shown[0]] = "caption" if button and button.group("button").lower() in SHARE_BUTTONS else "headline"
    return labels


def _caption_in_gallery(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the body line at ``shown[at]`` is a caption of a gallery that lost its credit: captions right over and
    under it, and it told in the present (:data:`_NARRATED`) with no quotation mark and no closing stop, as a
    caption is and a paragraph of the article is not.

    >>> texts = ["Crews at the quay (Getty Images)", "Jo Lee is carried off the pier", "Crowds in Elmshire (Getty)"]
    >>> _caption_in_gallery(texts, ["caption", "body", "caption"], [0, 1, 2], 1)
    True
    >>> _caption_in_gallery(texts, ["caption", "body", "body"], [0, 1, 2], 1)
    False
    """
    text = texts[shown[at]].strip()
    beside = _labels_beside(labels, shown, at)
    return beside == ["caption", "caption"] and not _SENTENCE_CLOSE.search(text) and not QUOTE_MARK.search(text) \
        and not _NARRATED.search(text)


def _captioned(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the body line at ``shown[at]``, of up to three sentences, is a caption by the line over it (an image's
    alt text, a video's, a cut heading), under it, or the captions either side (see :func:`_picture_captions`)."""
    text = texts[shown[at]].strip()
    above = at - 1 if at < 2 or not _PLAYER_TIME.fullmatch(texts[shown[at - 1]].strip()) else at - 2
    before = texts[shown[above]] if at else ""
    titled = IMAGE_ALT.match(before) or _HEADING_MARK.match(before) and _CUT_TITLE.search(before.strip())
    imaged = titled and not _named_stems(before).isdisjoint(_named_stems(text))
    return len(sentence_spans(text)) <= 3 and bool(imaged or _caption_by_credit(texts, labels, shown, at)
                                                   or _caption_in_gallery(texts, labels, shown, at))


def _captioned_twice(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the line at ``shown[at]`` is a caption, in any tense and whatever words it uses, that the page prints
    twice, each copy right over a picture's credit (a picture and its enlarged view: no paragraph of the article is
    printed so).

    >>> texts = ["Police at the scene on Monday, as a man was arrested.", "Jo Lee / The Lamp"] * 2
    >>> _captioned_twice(texts, ["body", "caption", "promo", "caption"], [0, 1, 2, 3], 0)
    True
    >>> _captioned_twice(texts[:2], ["body", "caption"], [0, 1], 0)
    False
    """
    text = texts[shown[at]].strip()
    if not _over_credit(texts, labels, shown, at):
        return False
    return sum(texts[n].strip() == text and _over_credit(texts, labels, shown, k) for k, n in enumerate(shown)) > 1


_ANY_TONGUE_DATE = r"\d{1,2}\s+[^\W\d_]{3,12}\.?\s+(?:19|20)\d\d(?:\s+\p{Ll}{1,2}\.)?"
"""A day, a month's name in any language and a year, as a post's signature prints it in its reader's language ("14
septembre 2017"; a year's abbreviation after it too)."""
_POST_SIGNATURE = re.compile(
    rf"[{EM_DASHES}{DASHES}-]\s*(?P<name>[^\n()]{{1,60}}?)\s*\(@\w{{1,30}}\)\s*(?:{_DATE}|{_ANY_TONGUE_DATE})"
    r"(?:\W*$|\s*?(?:\t|\s{2}))"
    rf"|\bPosted by (?P<page>\p{{Lu}}[^\n]{{0,59}}?) on (?={WEEKDAY_NAME}){_DATE}\s*$"
    rf"|\bA post shared by (?P<sharer>(?:[^\n()]|\([^\n()@]{{1,20}}\)){{1,60}}?)\s*\(@[\w.]{{1,30}}\) on {_DATE}"
    rf"(?:\s+at\s+{_CLOCK})?\s*$")
"""The signature closing a social network's post that a page embeds: a dash, its author's name, the handle in
brackets and the day ("— Jo Lee (@jolee) May 2, 2026", its month perhaps in another language:
:data:`_ANY_TONGUE_DATE`), on its own line or glued to the post's text, perhaps with a
page's note set apart after it by tabs or spaces ("...\\t\\tStory continues below advertisement"), or the page that
posted it and the day, weekday and all, closing its line ("... Posted by Elmshire Fire on Sunday, 2 May 2026"), or
who shared a picture post (a word in brackets in the name too: "Jo (dad) Lee"), the handle in brackets, the day and
perhaps the time ("... A post shared by Jo Lee (@jolee) on May 2, 2026 at 9:15am PDT")."""
_POST_CHARACTERS = 280
"""Most characters of an embedded post's text (a post's length), over the lines its signature closes."""


def _embedded_posts(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the posts a page embeds made ``caption``: a line closing on a post's signature
    (:data:`_POST_SIGNATURE`), and, when the signature stands on a line of its own, the body lines right over it
    that hold the post's text: the line above, and the lines above that while all of them together hold at most
    :data:`_POST_CHARACTERS` characters and none names the post's author (the article's line bringing the post in:
    "Jo Lee posted her thanks."; one that does not name its author is taken for the post's when short enough). Over
    a picture post's note alone ("A post shared by ...") the line above is the post's only when it closes no sentence
    (a picture's words in a post's casual hand; a paragraph of the article closes on its stop).

    >>> texts = ["Jo Lee posted her thanks.", "Thank you, @elmshirefire, for a long night.", "Stay safe.",
    ...          "— Jo Lee (@jolee) May 2, 2026", "Crews left on Sunday."]
    >>> _embedded_posts(texts, ["body", "body", "body", "subhead", "body"])
    ['body', 'caption', 'caption', 'caption', 'body']
    >>> _embedded_posts(["Crews left.", "Thanks to all... Posted by Elmshire Fire on Sunday, 2 May 2026"], ["body"] * 2)
    ['body', 'caption']
    >>> post = "Dawn at the quay A post shared by Jo Lee (@jo.lee) on May 2, 2026 at 6:05am PDT"
    >>> _embedded_posts(["Crews left.", post], ["body"] * 2)
    ['body', 'caption']
    >>> note = "A post shared by Jo Lee (@jo.lee) on May 2, 2026 at 6:05am PDT"
    >>> _embedded_posts(["Jo Lee posted a picture.", "Dawn at the quay", note], ["body"] * 3)
    ['body', 'caption', 'caption']
    >>> _embedded_posts(["Jo Lee posted a picture.", "The quay opens at dawn.", note], ["body"] * 3)
    ['body', 'body', 'caption']
    >>> _embedded_posts(["Crews left.", post.replace("Jo Lee", "Jo (dad) Lee")], ["body"] * 2)
    ['body', 'caption']
    >>> _embedded_posts(["Crews left.", "Stay inside. — Jo Lee (@jolee) 2 septembre 2026"], ["body"] * 2)
    ['body', 'caption']
    >>> _embedded_posts(texts[:4] + ["and the crews too pic.twitter.com/AbC123", *texts[4:]], ["body"] * 6)
    ['body', 'caption', 'caption', 'caption', 'caption', 'body']
    """
    shown = _shown(labels)
    for at, here in enumerate(shown):
        signed = _POST_SIGNATURE.search(texts[here].strip())
        if signed is None:
            if _signed_by_handle(texts, labels, shown, at):
                labels[here] = labels[shown[at - 1]] = "caption"
            continue
        labels[here] = "caption"
        if signed.start() == 0:
            author = signed.group("name") or signed.group("page") or signed.group("sharer")
            lines = _post_lines(texts, labels, shown[:at], set(_WORD.findall(author)))
            if signed.group("sharer") and lines and _SENTENCE_CLOSE.search(texts[lines[0]].strip()):
                lines = []  # a picture post's note alone: the paragraph over it closes its sentence as news copy does
            for n in lines + _post_rest(texts, labels, shown[at + 1:at + 2]):
                labels[n] = "caption"
    return labels


_POST_PICTURE = re.compile(r"\bpic\.twitter\.com/\w+\s*$")
"""A post's picture address closing its text ("... pic.twitter.com/AbC123")."""


def _post_rest(texts: list[str], labels: list[str], under: list[int]) -> list[int]:
    """The body line among ``under`` (the line under a post's signature standing on a line of its own) that holds
    the rest of the post's text: of a post's length (:data:`_POST_CHARACTERS`) and closing on the post's picture
    address (:data:`_POST_PICTURE`), as a page prints a post's words around its signature.

    >>> signed = "— Jo Lee (@jolee) May 2, 2026"
    >>> _post_rest([signed, "Stay safe out there pic.twitter.com/AbC123"], ["caption", "body"], [1])
    [1]
    >>> _post_rest([signed, "Crews left on Sunday."], ["caption", "body"], [1])
    []
    """
    return [n for n in under if labels[n] == "body" and len(texts[n].strip()) <= _POST_CHARACTERS
            and bool(_POST_PICTURE.search(texts[n]))]


_HANDLE_SIGNATURE = re.compile(rf"[{EM_DASHES}]@?\w{{2,30}}")
"""A post's signature by its account's handle alone, glued to a dash on a line of its own ("—elmshirefire")."""


def _signed_by_handle(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the line at ``shown[at]`` is a post's signature by its handle alone (:data:`_HANDLE_SIGNATURE`) right
    under a body line holding a web address (the post's link or its picture's) and, its addresses aside, of a post's
    length (:data:`_POST_CHARACTERS`): the post a page embeds, signed so.

    >>> texts = ["Crews left.", "Thank you all. https://t.co/x1", "—elmshirefire", "It rained."]
    >>> _signed_by_handle(texts, ["body"] * 4, [0, 1, 2, 3], 2), _signed_by_handle(texts, ["body"] * 4, [0, 2, 3], 1)
    (True, False)
    >>> _signed_by_handle(["“We stay,” she said.", "—Jo"], ["body"] * 2, [0, 1], 1)
    False
    """
    above = texts[shown[at - 1]].strip() if at else ""
    return (bool(_HANDLE_SIGNATURE.fullmatch(texts[shown[at]].strip())) and labels[shown[at - 1]] == "body"
            and bool(WEB_ADDRESS.search(above)) and len(WEB_ADDRESS.sub("", above)) <= _POST_CHARACTERS)


def _post_lines(texts: list[str], labels: list[str], before: list[int], author: set[str]) -> list[int]:
    """The body lines among ``before`` (the lines over a post's signature) that hold the post's text, the nearest
    first: see :func:`_embedded_posts` (``author``: the words of the name it is signed with)."""
    found: list[int] = []
    size = 0
    for n in reversed(before):
        size += len(texts[n].strip())
        if labels[n] != "body" or _POST_SIGNATURE.search(texts[n].strip()) or found and (
                size > _POST_CHARACTERS or not author.isdisjoint(_WORD.findall(texts[n]))):
            break
        found.append(n)
    return found


def _unsigned_posts(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the text of posts a page embeds without their signature made ``caption``: a body line of
    :data:`_PROSE_WORDS` words or more, up to :data:`_POST_CHARACTERS` characters, opening on a small word
    (:data:`~newskit.text.lexicon.FUNCTION_WORDS`) in lower case right under a paragraph that closes its sentence
    (:data:`_SENTENCE_CLOSE`: no sentence of the article carries on) and closing on a word, with no stop (a post's
    own casual hand; a line cut from its drop capital opens on a word's remnant), and each such line of a post's
    length right under it.

    >>> texts = ["The ferry turned back.", "a first for me: two hours out and we are heading home", "Why us though",
    ...          "The ferry docked at noon."]
    >>> _unsigned_posts(texts, ["body"] * 4)
    ['body', 'caption', 'caption', 'body']
    >>> _unsigned_posts(["The ferry turned back, and", "crews waited on the quay for the ferry"], ["body"] * 2)
    ['body', 'body']
    >>> _unsigned_posts(["The ferry turned back.", "e waited on the quay for the ferry, and then,"], ["body"] * 2)
    ['body', 'body']
    """
    shown = _shown(labels)
    posted = False
    for above, here in zip(shown, shown[1:]):
        text = texts[here].strip()
        post = labels[here] == "body" and len(text) <= _POST_CHARACTERS and text[-1:].isalnum()
        opening = _LOWER_OPENING.match(text)
        opens = opening and opening.group() in FUNCTION_WORDS and _SENTENCE_CLOSE.search(texts[above]) \
            and labels[above] == "body"
        posted = post and (posted or bool(opens) and len(text.split()) >= _PROSE_WORDS)
        if posted:
            labels[here] = "caption"
    return labels


def _caption_by_credit(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the body line at ``shown[at]`` is a caption told in the present (see :func:`_picture_captions`) over a
    picture's credit, or one sentence closing on the day the picture was taken (:data:`_SCENE_DATE`) next to a line
    that is not body, or, in the present passive (:data:`_SHOWN_NOW`) with no infinitive nor modal (:data:`_AHEAD`),
    between body paragraphs too.

    >>> texts = ["It rained.", "A barge is towed past the dam on May 2, 2026.", "The dam held."]
    >>> _caption_by_credit(texts, ["body"] * 3, [0, 1, 2], 1)
    True
    >>> texts[1] = "The barge is expected to be towed past the dam on May 2, 2026."
    >>> _caption_by_credit(texts, ["body"] * 3, [0, 1, 2], 1)
    False
    """
    text = texts[shown[at]].strip()
    credited = _over_credit(texts, labels, shown, at)
    beside = _labels_beside(labels, shown, at)
    placed = any(label != "body" for label in beside) or _SHOWN_NOW.search(text) and not _AHEAD.search(text)
    dated = len(sentence_spans(text)) == 1 and _SCENE_DATE.search(text) and placed
    return not _NARRATED.search(text) and bool(credited or dated)


def _labels_beside(labels: list[str], shown: list[int], at: int) -> list[str]:
    """The labels of the shown lines right over and under ``shown[at]``, those the page has.

    >>> _labels_beside(["caption", "body", "promo"], [0, 1, 2], 1), _labels_beside(["body", "promo"], [0, 1], 0)
    (['caption', 'promo'], ['promo'])
    """
    return [labels[shown[n]] for n in (at - 1, at + 1) if 0 <= n < len(shown)]


def _over_credit(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the line at ``shown[at]`` stands right over a picture's credit: a caption line of up to
    :data:`_CREDIT_WORDS` words that is no image nor a transcript's note on the sound played
    (:data:`~newskit.furniture.SOUND_NOTE`: a host's turn before a break stands over one).

    >>> texts = ["We will be right back.", "(SOUNDBITE OF MUSIC)"]
    >>> _over_credit(texts, ["body", "caption"], [0, 1], 0)
    False
    >>> _over_credit(["A crowd at the quay.", "(AP)"], ["body", "caption"], [0, 1], 0)
    True
    """
    after = shown[at + 1] if at + 1 < len(shown) else None
    return after is not None and labels[after] == "caption" and len(texts[after].split()) <= _CREDIT_WORDS \
        and not IMAGE_ALT.match(texts[after]) and not SOUND_NOTE.match(texts[after])


def _dek_on_headline_line(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body paragraph that shares the headline's line (only spaces between them: see
    :func:`_bold_runs`) made ``subhead``: the headline's dek, printed on its line.

    >>> _dek_on_headline_line(["**Rain closes it**", " ", "**The city shut it.**"], ["headline", "whitespace", "body"])
    ['headline', 'whitespace', 'subhead']
    >>> _dek_on_headline_line(["Rain closes it", "\\n", "The city shut it."], ["headline", "whitespace", "body"])
    ['headline', 'whitespace', 'body']
    """
    for n in range(2, len(labels)):
        if labels[n] == "body" and labels[n - 2] == "headline" and labels[n - 1] == "whitespace" \
                and "\n" not in texts[n - 1]:
            labels[n] = "subhead"
    return labels


_LONE_NAME = re.compile(
    rf"(?!(?i:{SECTION_PATTERN}(?:\s+{SECTION_PATTERN})*)$|{_HEADING_END}){name_pattern(1, 3)}")
"""A person's name alone on its line: two to four capitalised words, not all of them section names ("Europe
Politics" is a section line) and not closing on a heading's noun (:data:`_HEADING_END`: a site's page, "Contact
Us"; a heading, "Analyst Notes")."""


_HEADING_RUN = 5
"""Fewest lines of a list of headings (a report's table of contents)."""


def _heading_lists(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the body lines of a list of headings made ``subhead``: a run of :data:`_HEADING_RUN` or more
    one-line paragraphs, each opening on a capital and closing with no stop (a closing bracket aside), more than
    half of them subheads already: a report's table of contents, whose longer entries ("Main effort #2 – Take the
    river crossings and push west towards the hills") read as body.

    >>> texts = ["Roads", "Main effort #1 – Take the river crossings and push west towards the hills", "Rail",
    ...          "Ports", "Air Campaign", "The council voted on Tuesday."]
    >>> _heading_lists(texts, ["subhead", "body", "subhead", "subhead", "subhead", "body"])
    ['subhead', 'subhead', 'subhead', 'subhead', 'subhead', 'body']
    """
    run: list[int] = []
    for n in [*_shown(labels), None]:
        if n is not None and labels[n] in ("subhead", "body") and _heading_line(texts[n]):
            run.append(n)
            continue
        if len(run) >= _HEADING_RUN and sum(labels[m] == "subhead" for m in run) * 2 > len(run):
            for m in run:
                labels[m] = "subhead"
        run = []
    return labels


def _heading_line(text: str) -> bool:
    """Whether a paragraph is one line opening on a capital and closing with no stop (a closing bracket aside), not
    several sentences of more than :data:`_TITLE_WORDS` words: a paragraph of text, closing on its author's name.

    >>> _heading_line("Main effort #2 – Take the river crossings"), _heading_line("It rained. " * 16 + "_—Jo Roe_")
    (True, False)
    """
    return ("\n" not in text and text[:1].isupper() and not _TERMINAL.search(text.rstrip(")"))
            and not (len(text.split()) > _TITLE_WORDS and _INNER_STOP.search(text)))


_LETTERED = re.compile(r"\(?([A-Ha-h])[.)]\s+\S")
"""A list item opening on its letter ("A. Higher taxes", "(b) a new road")."""
_LETTERED_RUN = 3
"""Fewest items of a lettered list."""


def _next_letter(before: str, letter: str) -> bool:
    """Whether ``letter`` follows ``before`` in the alphabet ("a", "b"); an empty one follows none."""
    return bool(letter) and ord(letter) == ord(before) + 1


def _lettered_items(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the lines of a lettered list after body text made ``body``: a run of :data:`_LETTERED_RUN`
    or more lines opening on successive letters from "A" (:data:`_LETTERED`: a quiz's choices, a list of options),
    read by their shape as short headings (``subhead``) or as a list of other stories' titles (``promo``); and so is
    an item of such a list printed again alone after it (a quiz's answer under its question).

    >>> texts = ["Which town voted first?", "A. Elmton", "B. Harbourton", "C. Ashford", "The answer is",
    ...          "B. Harbourton"]
    >>> _lettered_items(texts, ["body", "subhead", "subhead", "subhead", "body", "subhead"])
    ['body', 'body', 'body', 'body', 'body', 'body']
    """
    shown = _shown(labels)
    letters = [(m.group(1).lower() if (m := _LETTERED.match(texts[n].strip())) else "") for n in shown]
    choices: set[tuple[str, ...]] = set()
    at = 0
    while at < len(shown):
        end = at + 1
        while letters[at] == "a" and end < len(shown) and _next_letter(letters[end - 1], letters[end]):
            end += 1
        if end - at >= _LETTERED_RUN and "body" in (labels[n] for n in shown[:at]):
            for n in shown[at:end]:
                labels[n] = "body" if labels[n] in ("subhead", "promo") else labels[n]
                choices.add(tuple(_WORD.findall(texts[n].lower())))
        elif labels[shown[at]] in ("subhead", "promo") and tuple(_WORD.findall(texts[shown[at]].lower())) in choices:
            labels[shown[at]] = "body"
        at = end
    return labels


_NAMES = re.compile(rf"{_LONE_NAME.pattern}(?:\s*(?:,|,?\s+and|&)\s+{name_pattern(1, 3)}){{0,3}}")
"""One to four people's names alone on a line, joined by commas, "and" or "&" ("JANE ROE and AL POE")."""


_RULE = re.compile(r"[ \t]*(?:={3,}|-{3,})[ \t]*")
"""A line of "=" or "-" only: a Markdown heading's underline, or a rule."""


def _underlines(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the underline of a headline set apart from it (a line of "=" or "-" only, right under the
    headline: a reader may put a blank line between them) made ``headline``.

    >>> _underlines(["Roads close", "=====", "It rained.", "-----"], ["headline", "chrome", "body", "chrome"])
    ['headline', 'headline', 'body', 'chrome']
    """
    shown = _shown(labels)
    for before, here in zip(shown, shown[1:]):
        if labels[before] == "headline" and _RULE.fullmatch(texts[here]):
            labels[here] = "headline"
    return labels


def _named_by_date(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with people's names alone on their line (:data:`_NAMES`), perhaps as links to their pages or with
    the time of posting after them (:data:`_DATED_NAMES`), right before or after a date line (a writer's handle
    between them aside) made ``byline``: a page that prints its authors' names over or under the date with no "By".
    A link's words in capitals ("READ MORE" beside a teaser's date) name no one.

    >>> _named_by_date(["[Jane Roe](/profile/jane-roe)", "May 2, 2026", "It rained."], ["read_more", "date", "body"])
    ['byline', 'date', 'body']
    >>> _named_by_date(["READ MORE", "May 2, 2026"], ["read_more", "date"])
    ['read_more', 'date']
    >>> _named_by_date(["Jane Roe, Planet Staff Writer", "@janeroe", "May 2, 2026"], ["subhead", "subhead", "date"])
    ['byline', 'subhead', 'date']
    >>> _named_by_date(["Jane Roe    May 2, 2026 9:15 AM", "May 2, 2026", "It rained."], ["subhead", "date", "body"])
    ['byline', 'date', 'body']

    A place's name under the day a page's menu prints (:func:`_place_name`: "Elm County") names no one:

    >>> _named_by_date(["May 2, 2026", "Elm County", "Sports"], ["date", "subhead", "chrome"])
    ['date', 'subhead', 'chrome']
    """
    shown = [n for n in _shown(labels) if not _HANDLE.fullmatch(texts[n].strip())]  # the writer's handle under
    # the name stands between it and the date
    for before, here, after in zip([None, *shown], shown, [*shown[1:], None]):
        near_date = any(n is not None and labels[n] == "date" for n in (before, after))
        if labels[here] in ("subhead", "read_more") and near_date and _lone_named(texts[here]):
            labels[here] = "byline"
    return _name_runs(texts, labels)


_BARE_INITIALS = re.compile(r"\p{Lu}{2,3}")
"""Two or three capitals alone on a line, with no dot ("JR"): an author's initials under a headline, a menu's item
or an acronym elsewhere."""
_INITIALS_TO_DATE = 2
"""Most lines shown from an author's initials down to the date line (a section's name may stand between them)."""


def _initials_over_date(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with an author's initials alone on their line with no dot (:data:`_BARE_INITIALS`) made ``byline``
    where they stand right under a headline and over a date line (within :data:`_INITIALS_TO_DATE` lines): a page
    that signs its article so. Under a headline alone such a line is a section's acronym, in a menu an item.

    >>> _initials_over_date(["Bridge shuts", "JR", "news", "May 2, 2026"], ["headline", "subhead", "chrome", "date"])
    ['headline', 'byline', 'chrome', 'date']
    >>> _initials_over_date(["Bridge shuts", "EU", "Ferry fares rise"], ["headline", "subhead", "headline"])
    ['headline', 'subhead', 'headline']
    """
    shown = _shown(labels)
    for at in range(1, len(shown)):
        here, under = shown[at], [labels[n] for n in shown[at + 1:at + 1 + _INITIALS_TO_DATE]]
        if labels[shown[at - 1]] == "headline" and labels[here] in ("subhead", "chrome") and "date" in under \
                and _BARE_INITIALS.fullmatch(texts[here].strip()):
            labels[here] = "byline"
    return labels


def _lone_named(text: str) -> bool:
    """Whether a line holds people's names alone (:data:`_DATED_NAMES`), not a link's heading, a place's name or an
    outlet's heading (:data:`_OUTLET_HEADING`).

    >>> _lone_named("Jane Roe"), _lone_named("Elm News Live Presents"), _lone_named("Elm County")
    (True, False, False)
    """
    return bool(_DATED_NAMES.fullmatch(_plain(text.strip()))) and not _LINK_HEADING.fullmatch(text.strip()) \
        and not _place_name(text) and not _OUTLET_HEADING.fullmatch(text.strip())


_OUTLET_HEADING = re.compile(rf"(?:{OUTLET_PATTERN})(?:\s+\p{{Lu}}\p{{Ll}}+){{2,}}")
"""An outlet's name, then two capitalised words or more: a heading of its pages ("Elm News Live Presents"), no
person's name."""


_NAME_RUN = 4
"""Most lines of a run of authors' names, one a line, over or under a byline or a date line."""


def _name_runs(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a run of up to :data:`_NAME_RUN` lines of names alone (:func:`_lone_named`) made ``byline``
    where the line right over or under the run (a line of marks only between) is a byline or a date line: a page
    that prints its authors one a line.

    >>> _name_runs(["Authors", "Jane Roe", "Al Poe", "Share"], ["byline", "byline", "subhead", "prompt"])
    ['byline', 'byline', 'byline', 'prompt']
    >>> _name_runs(["Jane Roe", "Al Poe", "/", "May 2, 2026"], ["subhead", "subhead", "chrome", "date"])
    ['byline', 'byline', 'chrome', 'date']
    """
    shown = [n for n in _shown(labels) if _WORD.search(texts[n])]
    named = [labels[n] in ("subhead", "read_more") and _lone_named(texts[n]) for n in shown]
    for is_name, group in itertools.groupby(range(len(shown)), key=named.__getitem__):
        run = list(group)
        beside = [labels[shown[k]] for k in (run[0] - 1, run[-1] + 1) if 0 <= k < len(shown)]
        if is_name and len(run) <= _NAME_RUN and {"byline", "date"} & set(beside):
            for k in run:
                labels[shown[k]] = "byline"
    return labels


def _place_name(text: str) -> bool:
    """Whether a line's last word closes a place's, an event's or a document's name, never a person's
    (:data:`~newskit.text.lexicon.PLACE_NAME_ENDS`, :data:`~newskit.text.lexicon.NOT_PERSON_NAME_ENDS`).

    >>> _place_name("Elm County"), _place_name("Jane Roe")
    (True, False)
    """
    last = _WORD.findall(text)[-1:]
    return bool(last) and last[0].lower() in PLACE_NAME_ENDS | NOT_PERSON_NAME_ENDS


_DATED_NAMES = re.compile(rf"{_NAMES.pattern}(?:\s+{_STAMP})?")
"""Names, perhaps with the time the story was posted after them on the line ("Jane Roe    May 2, 2026 9:15 AM")."""
_HANDLE = re.compile(r"@\w{2,}")
"""A writer's social media handle alone on its line, under their name ("@janeroe")."""
_LINK_HEADING = re.compile(rf"(?i:{LINK_HEADING_PATTERN})")
"""A link's heading alone on its line ("Read more", "READ MORE", "See also")."""


AUTHORS_HEADING = r"(?:authors?|written by|words by|reported by|contributors?|researchers?)"
"""The words of a heading over the names of a story's authors ("Authors", "Written by"; a study's "Researchers"), as a
pattern."""
_AUTHORS_HEADING = re.compile(rf"(?i:{AUTHORS_HEADING})\s*:?")
"""A heading over the names of a story's authors ("Authors", "Written by")."""
_ROLE_LINE = re.compile(rf"(?:\p{{Lu}}[\w&'’-]*\s+){{0,3}}{STAFF_TITLE_PATTERN}")
"""A reporter's title alone on its line, under their name ("Staff Writer", "News Writer")."""
_AFFILIATED_ROLE = re.compile(r"(?:\p{Lu}[\w&'’/-]*\s+(?:(?:and|&|of)\s+)?){0,3}\p{Lu}[\w&'’/-]*\s*,(?:\s*\p{Lu}[\w&'’.-]*){1,4}")
"""A person's title, then where they work, on the line under their name in a byline ("Senior Editor/Writer, Europe",
"Founder and Lead, Harbour Lab")."""
_OUTLET_LINE = re.compile(rf"(?:{OUTLET_PATTERN}|{SITE_ADDRESS_PATTERN})\.?")
"""An outlet alone on a line ("Global Planet News", "PlanetNews.ca"): under a byline's name, the name's employer."""
_NAME_JOIN = re.compile(r"\W*(?:,|and|&|,\s*and)\W*|[Bb][Yy]:?")
"""A line that only joins the names of a byline the scraper cut at each name's link (",", ", and", "By")."""
_NAMED_LABELS = ("subhead", "body", "headline", "byline")


def _portraits(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with what pictures a byline's author made ``byline``: an image left as its alt text
    (:data:`~newskit.furniture.IMAGE_ALT`) that is the name of the byline under it (a bare "By" may come between,
    over the name alone), and an avatar's letter alone over a name alone that opens with it (the name is the byline
    too).

    >>> _portraits(["!Jane Roe", "By Jane Roe", "It rained."], ["caption", "byline", "body"])
    ['byline', 'byline', 'body']
    >>> _portraits(["!Jane Roe", "By", "Jane Roe", "It rained."], ["caption", "byline", "subhead", "body"])
    ['byline', 'byline', 'subhead', 'body']
    >>> _portraits(["Rain", "J", "Jane Roe", "It rained."], ["headline", "chrome", "subhead", "body"])
    ['headline', 'byline', 'byline', 'body']
    """
    shown = _shown(labels)
    for at, here in enumerate(shown[:-1]):
        text, under = texts[here].strip(), shown[at + 1]
        if IMAGE_ALT.match(text) and _LONE_NAME.fullmatch(name := text.lstrip("!").strip()):
            bare = _BARE_BY.fullmatch(texts[under]) and at + 2 < len(shown)
            named = texts[shown[at + 2]].strip() if bare else texts[under]
            if (labels[under] == "byline" or bare) and (named == name if bare else name in named):
                labels[here] = "byline"
        elif len(text) == 1 and text.isupper() and _LONE_NAME.fullmatch(texts[under].strip()) \
                and texts[under].strip().startswith(text) and labels[under] in _NAMED_LABELS:
            labels[here] = labels[under] = "byline"
    return labels


def _author_lines(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the lines of a byline spread over several lines made ``byline``: the names (up to four
    capitalised words each, alone on their lines) after an authors' heading (:data:`_AUTHORS_HEADING`) and the
    heading itself; a run of names joined by lines holding only "," / "and" / "By" or by a comma closing a name's
    line ("Jane Roe," over "John Doe"); a name or a byline over a reporter's title
    (:data:`_ROLE_LINE`), and the title; a byline's title and workplace under it (:data:`_AFFILIATED_ROLE`) or its
    outlet alone (:data:`_OUTLET_LINE`); and a
    name alone between a section line and the headline before any body text
    (an opinion page's columnist). A summary box's heading ("Key Points", :data:`_SUMMARY_HEADING`) names no one.

    >>> _author_lines(["Menu", "Jane Roe", "* Rates rose on Monday at the bank."], ["chrome", "subhead", "subhead"])
    ['chrome', 'byline', 'subhead']
    >>> _author_lines(["By Jane Roe", "Harbour Planet News", "It rained."], ["byline", "chrome", "body"])
    ['byline', 'byline', 'body']
    >>> _author_lines(["Menu", "Key Points", "* Rates rose on Monday at the bank."], ["chrome", "subhead", "subhead"])
    ['chrome', 'subhead', 'subhead']
    """
    shown = _shown(labels)
    for at, here in enumerate(shown):
        text = texts[here].strip()
        role = texts[shown[at + 1]].strip() if at + 1 < len(shown) else ""
        titled = _ROLE_LINE.fullmatch(role) and not role.endswith("s")  # one person's title ("Staff Writer")
        if labels[here] == "byline" and (titled or _AFFILIATED_ROLE.fullmatch(role) or _OUTLET_LINE.fullmatch(role)):
            labels[shown[at + 1]] = "byline"
        if _names_over_outlet(texts, labels, shown, at):
            labels[here] = labels[shown[at + 1]] = "byline"
        if (labels[here] not in _NAMED_LABELS or not _LONE_NAME.fullmatch(text.removesuffix(","))
                or _SUMMARY_HEADING.fullmatch(text)):
            continue
        run = _joined_names(texts, labels, shown, at)
        if run:
            for n in run:
                labels[n] = "byline"
        elif _under_heading(texts, labels, shown, at) or _columnist(texts, labels, shown, at):
            labels[here] = "byline"
        if titled:
            labels[here] = labels[shown[at + 1]] = "byline"
    return labels


def _joined_names(texts: list[str], labels: list[str], shown: list[int], at: int) -> list[int]:
    """The positions of a run of names and joining lines (:data:`_NAME_JOIN`) starting at ``shown[at]``, when it
    holds a joining line or a name closing with a comma before its last name (a name repeated on the next line is one
    name printed twice); a bare "By" right above the run joins it too ("By" over "Jane Roe" over "Al Poe"); else []."""
    by = shown[at - 1] if at and _BARE_BY.fullmatch(texts[shown[at - 1]]) else None
    run, joined = ([by], True) if by is not None else ([], False)
    for n in shown[at:]:
        text = texts[n].strip()
        if _NAME_JOIN.fullmatch(text) and labels[n] != "body":
            joined = True
        elif not (_LONE_NAME.fullmatch(text.removesuffix(",")) and labels[n] in _NAMED_LABELS):
            break
        run.append(n)
    while run and _NAME_JOIN.fullmatch(texts[run[-1]].strip()):
        run.pop()
    joined = joined and len(run) > 2 or any(texts[n].strip().endswith(",") for n in run[:-1])
    return run if joined else []


def _under_heading(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the name at ``shown[at]`` follows an authors' heading, perhaps after other names of it."""
    for n in reversed(shown[:at]):
        text = texts[n].strip()
        if _AUTHORS_HEADING.fullmatch(text):
            labels[n] = "byline"
            return True
        if not (_LONE_NAME.fullmatch(text) or _ROLE_LINE.fullmatch(text)):
            return False
    return False


_COLUMN_TITLE_WORDS = 5
"""Fewest words of the title under a columnist's name (a menu's next item is shorter)."""


_NAMES_LINE = re.compile(rf"{_PERSON}(?:\s*(?:,|,?\s+and|&)\s+{_PERSON}){{1,3}}")
"""Two to four people's names on one line, joined by commas or "and" ("Jane Roe and Al Poe")."""


def _names_over_outlet(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the page's first line, read as a title, is only people's names (one: :data:`_LONE_NAME`, or more:
    :data:`_NAMES_LINE`; not in capitals) right over their outlet alone on its line (:data:`_OUTLET_LINE`) or a
    contributor's line ("Special to The Lamp"): a byline printed name first, the outlet under it.

    >>> texts = ["Jane Roe and Al Poe", "Elm Valley Times", "It rained."]
    >>> _names_over_outlet(texts, ["headline", "chrome", "body"], [0, 1, 2], 0)
    True
    >>> _names_over_outlet(["Jane Roe", "Opinion", "It rained."], ["headline", "chrome", "body"], [0, 1, 2], 0)
    False
    >>> _names_over_outlet(["Menu", "Open App", "Elm Valley Times"], ["chrome", "subhead", "chrome"], [0, 1, 2], 1)
    False
    """
    if at or len(shown) < 2 or labels[shown[at]] not in ("headline", "subhead") or texts[shown[at]].isupper():
        return False
    text, under = texts[shown[at]].strip(), texts[shown[at + 1]].strip()
    names = _LONE_NAME.fullmatch(text) or _NAMES_LINE.fullmatch(text)
    return bool(names) and bool(_OUTLET_LINE.fullmatch(under) or _BYLINE.fullmatch(under))


def _columnist(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the name at ``shown[at]`` (not in capitals) stands between a section line (``chrome``) and a title
    (a ``subhead`` of :data:`_COLUMN_TITLE_WORDS` words or more) before any body text: a column's author printed
    over its title."""
    if not at or at + 1 >= len(shown) or texts[shown[at]].isupper():
        return False
    title = shown[at + 1]
    return (labels[shown[at - 1]] == "chrome" and labels[title] == "subhead"
            and len(texts[title].split()) >= _COLUMN_TITLE_WORDS and "body" not in (labels[n] for n in shown[:at]))


_SHORT_REPEAT = 8
"""Most words of a line that, printed twice or more on one page, is a menu or button line wherever it stands."""
_QUOTE_WORDS = (5, 60)
"""Fewest and most words of a pull-quote: a paragraph printed again inside another body paragraph."""
_QUOTE_HITS = 8
"""Most paragraphs a pull-quote's opening words may appear in (more: a formula; the check stays linear)."""


_CAPTION_REACH = 12
"""Most lines between a caption and the paragraphs of the copy it prints again."""
_RETOLD_REACH = 4
"""Most lines between a caption and the paragraph it retells in words of its own (see :func:`_retold`)."""
_RETOLD = 0.6
"""Least share of a caption's content words (:func:`_stems`) that the one paragraph it retells uses."""
_WORD_END = re.compile(r"[^\W_][\"”’')\]]?\s*$")
"""The end of a text on a word, with no stop after it, a closing quotation mark or bracket at most ("... for fraud",
"... lost 'a lot'", "... (pictured)")."""


def _copied_captions(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body line of more than :data:`_SHORT_REPEAT` words and no closing stop
    (:data:`_SENTENCE_CLOSE`) made ``caption`` when it is another body paragraph, or body paragraphs running on from
    one another, but for the stop closing them: a picture's caption telling again the copy's sentences, printed
    without their last stop (the copy keeps its own), or when, after the copy's first body paragraph that is not
    such a line (a summary's unclosed points stand over it), it retells one of the :data:`_RETOLD_REACH` body
    paragraphs nearest it, or the two right over and under it read as one, in its own words (:func:`_retold`); and so
    is a body line as long and unclosed right over or under it (the caption of a picture beside it). The paragraphs
    copied stand within :data:`_CAPTION_REACH` lines of the copy (a picture by the text it shows), and only on a page
    where such copies are half of its long unclosed body lines or more (a box glued to its heading in capitals,
    :func:`_capitals_opening`, left out of the count): a report that prints its points unclosed (a summary's point
    told again as a section's) keeps them.

    >>> texts = ["Crews worked on the dam all night.", "The river rose by a metre.", "It rained.",
    ...          "Crews worked on the dam all night. The river rose by a metre",
    ...          "Sandbags were piled along the whole bank of the river by the town hall"]
    >>> _copied_captions(texts, ["body"] * 5)
    ['body', 'body', 'body', 'caption', 'caption']
    >>> _copied_captions(texts[:3] + ["Crews worked on the dam all night. The river rose by a metre."], ["body"] * 4)
    ['body', 'body', 'body', 'body']
    """
    body = [n for n, label in enumerate(labels) if label == "body"]
    unclosed = {n for n in body if _long_unclosed(texts[n]) and not _capitals_opening(texts[n])}
    shown = _shown(labels)
    at = {n: place for place, n in enumerate(shown)}
    framed = _between_body(texts, labels, unclosed)
    copies = [n for n in unclosed if _caption_copy(texts, body, at, n, framed)]
    if len(copies) * 2 < len(unclosed):
        return labels
    beside = {shown[at[n] + step] for n in copies for step in (-1, 1) if 0 <= at[n] + step < len(shown)}
    for n in copies + sorted(beside & unclosed):
        labels[n] = "caption"
    return labels


def _captions_beside(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the body lines longer than a title (:data:`_TEASER_WORDS`) ending on a letter with no closing
    stop (:data:`_LETTER_END`) made ``caption`` when they stand right over or under a caption of more than
    :data:`_SHORT_REPEAT` words and no closing stop either, with a body line on their other side, and in turn over or
    under those: pictures and their captions shown together amid the copy (a title dropped by a picture stays). Both
    open on a capital (:data:`_CAPITAL_OPENING`): a list's items are no captions.

    >>> texts = ["Crews worked on the dam all night.", "The mayor thanked the crews who had worked at the dam on the "
    ...          "river bank through the night with the help of volunteers from the three villages up the valley",
    ...          "Sandbags were piled along the bank by the hall (file photo)", "The river rose by a metre."]
    >>> _captions_beside(texts, ["body", "body", "caption", "body"])
    ['body', 'caption', 'caption', 'body']
    """
    shown = _shown(labels)
    runs = [*zip(shown, shown[1:], shown[2:]), *zip(shown[2:], shown[1:], shown)]
    grown = True
    while grown:
        grown = False
        for caption, n, other in runs:
            if labels[caption] == "caption" and labels[n] == labels[other] == "body" \
                    and all(_CAPITAL_OPENING.match(texts[m]) and _long_unclosed(texts[m]) for m in (caption, n)) \
                    and len(_WORD.findall(texts[n])) > _TEASER_WORDS[1] and _LETTER_END.search(texts[n]):
                labels[n], grown = "caption", True
    return labels


_LETTER_END = re.compile(r"[^\W\d_]\s*$")
"""The end of a text on a letter, with no mark or figure after it ("... with Jo Lee")."""
_CAPITAL_OPENING = re.compile(r"\s*\p{Lu}")
"""A text opening on a capital letter, no list mark nor quotation mark before it."""


def _long_unclosed(text: str) -> bool:
    """Whether ``text`` is more than :data:`_SHORT_REPEAT` words with no closing stop (:data:`_SENTENCE_CLOSE`)."""
    return len(_WORD.findall(text)) > _SHORT_REPEAT and not _SENTENCE_CLOSE.search(text)


def _caption_copy(texts: list[str], body: list[int], at: dict[int, int], n: int, framed: set[int]) -> bool:
    """Whether the unclosed body line ``n`` prints again the body paragraphs within :data:`_CAPTION_REACH` lines
    but for their last stop (:func:`_copy_of_run`) or, one of the lines ``framed`` by the article
    (:func:`_between_body`), retells one within :data:`_RETOLD_REACH` lines or the two right around it read as one
    (:func:`_retold`); ``at`` gives each paragraph's place among those shown."""
    near = [m for m in body if m != n and abs(at[m] - at[n]) <= _CAPTION_REACH]
    if _copy_of_run([texts[m].strip() for m in near], texts[n].strip()):
        return True
    around = [texts[m] for m in near if abs(at[m] - at[n]) == 1]
    return n in framed and _retold(texts[n], [texts[m] for m in near if abs(at[m] - at[n]) <= _RETOLD_REACH]
                                   + [" ".join(around)])


def _between_body(texts: list[str], labels: list[str], unclosed: set[int]) -> set[int]:
    """The ``unclosed`` body lines after the first closed body paragraph, right under a body paragraph and not
    going on in lower case on the next line: where a picture's caption stands amid the article, not a summary's
    unclosed points over it, a sentence cut under a heading or one the scraper cut before its next words.

    >>> sorted(_between_body(["It rained.", "Crews worked on", "the dam", "Crews at work"], ["body"] * 4, {1, 3}))
    [3]
    """
    shown = _shown(labels)
    opening = next((n for n in shown if labels[n] == "body" and n not in unclosed), len(labels))
    follows = dict(zip(shown, [*shown[1:], None]))
    above = dict(zip(shown[1:], shown))
    return {n for n in unclosed if n > opening and labels[above[n]] == "body"
            and not (follows[n] is not None and texts[follows[n]].lstrip()[:1].islower())}


def _opening_caption(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the page's first line made ``caption`` when it is a body line of more than
    :data:`_SHORT_REPEAT` words ending on a word that retells (:func:`_retold`) the body paragraph right under it,
    which closes its sentence, or one longer than a title (:data:`_TEASER_WORDS`) ending on a letter with no stop
    (:data:`_LETTER_END`) over that closed paragraph: the caption of the picture over a story, printed before its
    lede.

    >>> texts = ["A court jailed Jo Lee on May 3, 2026 for fraud", "The court jailed Jo Lee for fraud on Monday."]
    >>> _opening_caption(texts, ["body", "body"])
    ['caption', 'body']
    >>> long = "Crews were two metres down and lost a pump in the night but came back after the rain to hold the dam"
    >>> _opening_caption([long + " on the river by the old mill", "The town is safe."], ["body", "body"])
    ['caption', 'body']
    """
    shown = _shown(labels)
    if len(shown) < 2 or labels[shown[0]] != "body" or labels[shown[1]] != "body":
        return labels
    first, lede = texts[shown[0]], texts[shown[1]]
    words = len(_WORD.findall(first))
    if words > _SHORT_REPEAT and _SENTENCE_CLOSE.search(lede) and (
            _retold(first, [lede]) or words > _TEASER_WORDS[1] and _LETTER_END.search(first)):
        labels[shown[0]] = "caption"
    return labels


def _retold(text: str, near: list[str]) -> bool:
    """Whether ``text``, ending on a word, uses mostly (:data:`_RETOLD`) the content words of one of the paragraphs
    ``near`` it: a picture's caption retelling a sentence of the copy by it in its own words, the picture's date
    added ("A court jailed Jo Lee on May 3, 2026 for fraud" by "The court jailed Jo Lee for fraud on Monday.").

    >>> _retold("A court jailed Jo Lee on May 3, 2026 for fraud", ["The court jailed Jo Lee for fraud on Monday."])
    True
    >>> _retold("Did the court jail Jo Lee for fraud?", ["The court jailed Jo Lee for fraud on Monday."])
    False
    """
    found = _stems(text)
    return bool(found) and bool(_WORD_END.search(text)) and any(
        sum(w in told for w in found) >= _RETOLD * len(found) for told in map(set, map(_stems, near)))


def _copy_of_run(paragraphs: list[str], copy: str) -> bool:
    """Whether ``copy`` is a run of the ``paragraphs``, one after another, but for the stop closing the last.

    >>> _copy_of_run(["It rained.", "Crews worked.", "The dam held."], "It rained. Crews worked")
    True
    """
    for i in range(len(paragraphs)):
        told = ""
        for text in paragraphs[i:]:
            told = f"{told} {text}" if told else text
            if not copy.startswith(told[:-1]):
                break
            if len(told) == len(copy) + 1:
                return told[-1] in ".!?…"
    return False


def _repeated(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the body paragraphs a page prints twice set aside: a short line (up to
    :data:`_SHORT_REPEAT` words) printed twice or more is ``chrome`` everywhere (a menu printed at the top and the
    foot of a page); a longer paragraph printed again, or printed inside a longer body paragraph (a pull-quote),
    is ``promo`` (the copy, not the paragraph it repeats) unless, not set off as a quote (:data:`_SET_OFF`), it
    stands between two body paragraphs (a column's sentence it says again later in other words), and so is every
    copy of one printed three times or more
    (a button's blurb between the slides of a carousel: an article says a thing twice at most); a text's first
    paragraph, title-like (no closing stop), printed again before any other body paragraph is its title,
    ``headline``. A text that would keep no body paragraph keeps its labels. Words are compared, not punctuation or
    case."""
    before = list(labels)
    words = {n: _WORD.findall(text.lower()) for n, (text, label) in enumerate(zip(texts, labels)) if label == "body"}
    counts: dict[tuple[str, ...], int] = {}
    for found in words.values():
        counts[tuple(found)] = counts.get(tuple(found), 0) + 1
    seen: set[tuple[str, ...]] = set()
    starts = _openings(words)
    first = next((n for n, label in enumerate(labels) if label != "whitespace"), None)
    title_like = first in words and len(words[first]) <= _TITLE_WORDS and not _TERMINAL.search(texts[first])
    title = tuple(words[first]) if title_like else None
    for n, found in words.items():
        key = tuple(found)
        if key == title and counts[key] > 1 and not seen - {title}:  # a title printed twice over the text
            labels[n] = "headline"
        elif counts[key] > 1 and len(found) <= _SHORT_REPEAT:
            labels[n] = "chrome"
        elif key in seen or counts[key] > 2 or _quoted_elsewhere(n, found, words, starts, texts) \
                and not _closes_caption(n, found, words, texts):
            labels[n] = "promo"
        seen.add(key)
    labels = _settle_copies(texts, words, counts, labels)
    return labels if "body" in labels else before  # a text of repeats only keeps its labels


def _settle_copies(texts: list[str], words: dict[int, list[str]], counts: dict, labels: list[str]) -> list[str]:
    """``labels`` with the copies :func:`_repeated` set aside that are the text's own made ``body`` again (a recap,
    :func:`_summary_copies`; a sentence amid the body, :func:`_amid_body`; the lede printed again where the article
    starts, :func:`_lede_copy`), and the first prints of a recap that previews the article's opening
    (:func:`_preview_prints`) or of the lede made ``promo``. A recap whose prints drop the stops of the paragraphs
    they print (:func:`_stops_dropped`) is a run of photo captions retelling the copy: ``caption``."""
    copies = _second_copies(words, counts, labels)
    pulled = [n for n in _pulled_plain(texts, words, counts, labels) if not _pulled_beside(words, labels, n)]
    summary = _summary_copies(list(words), copies, labels)
    captions = summary if _stops_dropped(texts, words, summary) else []
    previews = [] if captions else _preview_prints(words, summary, labels)
    lede = _lede_copy(words, copies, labels)
    previews += [n for n, _ in lede]
    for n in summary + [n for _, n in lede] + _amid_body(copies + pulled, labels, texts):
        labels[n] = "caption" if n in captions else "body"
    for n in previews:
        labels[n] = "promo"
    return labels


_SET_OFF = re.compile(rf"\s*(?:>|[_*'‘]|{QUOTE_MARK.pattern})")
"""The start of a paragraph set off as a quotation: a quotation mark (a single one too), a Markdown quote or
emphasis."""


def _pulled_plain(texts: list[str], words: dict[int, list[str]], counts: dict, labels: list[str]) -> list[int]:
    """The paragraphs set aside as ``promo`` and printed once (so only inside a longer paragraph) that are not set
    off as a quote (:data:`_SET_OFF`)."""
    return [n for n, found in words.items()
            if labels[n] == "promo" and counts[tuple(found)] == 1 and not _SET_OFF.match(texts[n])]


def _pulled_beside(words: dict[int, list[str]], labels: list[str], n: int) -> bool:
    """Whether the pulled copy ``n`` prints words of the paragraph right over or under it, all of them in a row: a
    pull-quote set beside its paragraph, which a report's own sentence said again in another section is not.

    >>> words = {0: ["crews", "left", "at", "dawn", "and", "rain", "fell"], 1: ["rain", "fell"], 2: ["it", "ended"]}
    >>> _pulled_beside(words, ["body", "promo", "body"], 1), _pulled_beside(words, ["body", "body", "promo"], 2)
    (True, False)
    """
    shown = _shown(labels)
    at = shown.index(n)
    beside = [shown[k] for k in (at - 1, at + 1) if 0 <= k < len(shown) and shown[k] in words]
    return _printed_within(words[n], (words[m] for m in beside if len(words[m]) > len(words[n])))


def _second_copies(words: dict[int, list[str]], counts: dict, labels: list[str]) -> list[int]:
    """The paragraphs set aside as ``promo`` that print a body paragraph a second time, and no more (not one
    printed over and over)."""
    first = {tuple(found): n for n, found in reversed(list(words.items()))}
    return [n for n, found in words.items()
            if labels[n] == "promo" and counts[tuple(found)] == 2 and first[tuple(found)] != n]


_SUMMARY_GAP = 2
"""Most body paragraphs from one copied paragraph to the next in a summary the text prints again (a recap)."""


def _summary_copies(order: list[int], copies: list[int], labels: list[str]) -> list[int]:
    """The copied paragraphs (``copies``, longer than a menu line, each printed twice only) that are the text's own:
    two or more printed again near each other (a recap of the toplines under "Key takeaways") with fresh body text
    after them. A pull-quote is one copy, an appeal or a placeholder is printed over and over; a page printing its
    lede again in a list of teasers has no body text after it.

    >>> _summary_copies([0, 1, 2, 3, 4, 5], [2, 4], ["body", "body", "promo", "body", "promo", "body"])
    [2, 4]
    >>> _summary_copies([0, 1, 2, 3], [2, 3], ["body", "body", "promo", "promo"])
    []
    """
    place = {n: i for i, n in enumerate(order)}
    near = [n for n in copies if any(m != n and abs(place[m] - place[n]) <= _SUMMARY_GAP for m in copies)]
    fresh = [n for n in order if labels[n] == "body"]
    return [n for n in near if fresh and fresh[-1] > n]


def _stops_dropped(texts: list[str], words: dict[int, list[str]], copies: list[int]) -> bool:
    """Whether every first print of the paragraphs printed again (``copies``) closes its sentence and no second print
    does: photo captions under the opening that retell its sentences without their stops ("... injuring one person"),
    not the article printed in full under a preview of it.

    >>> texts = ["Two trains collided, injuring one.", "Video", "Two trains collided, injuring one"]
    >>> _stops_dropped(texts, {0: ["two", "trains"], 2: ["two", "trains"]}, [2]), _stops_dropped(texts, {}, [])
    (True, False)
    """
    first = {tuple(found): n for n, found in reversed(list(words.items()))}
    prints = [first[tuple(words[n])] for n in copies]
    return bool(copies) and all(_TERMINAL.search(texts[n].rstrip()) for n in prints) \
        and not any(_TERMINAL.search(texts[n].rstrip()) for n in copies)


def _preview_prints(words: dict[int, list[str]], copies: list[int], labels: list[str]) -> list[int]:
    """The first prints of the paragraphs printed again (``copies``, two or more, each a body paragraph's second
    print) when they are the text's first body paragraphs and the second prints run straight on into fresh body
    text: a preview of the article's opening (a teaser card, a paywall's excerpt) over the article that prints it in
    full, which keeps the second prints. A recap under its own heading, with a heading after it, keeps both.

    >>> words = {0: ["a"], 1: ["b"], 2: ["a"], 3: ["b"], 4: ["c"]}
    >>> _preview_prints(words, [2, 3], ["body", "body", "promo", "promo", "body"])
    [0, 1]
    >>> _preview_prints(words, [2, 3], ["body", "body", "promo", "promo", "subhead", "body"])
    []
    """
    first = {tuple(found): n for n, found in reversed(list(words.items()))}
    prints = sorted(first[tuple(words[n])] for n in copies)
    shown = _shown(labels)
    after = shown[shown.index(max(copies)) + 1:][:1] if copies else []
    opening = prints == [n for n in words if labels[n] == "body"][:len(prints)]
    return prints if len(prints) > 1 and opening and [labels[n] for n in after] == ["body"] else []


def _lede_copy(words: dict[int, list[str]], copies: list[int], labels: list[str]) -> list[tuple[int, int]]:
    """(first print, copy) of a body paragraph printed once more (one of ``copies``) with no body paragraph between
    its prints and fresh body text straight after the copy: the lede printed as the dek over the byline and share
    buttons, then again where the article starts, which keeps it; or printed twice in a row with no body text after
    it: a video page's description, first as the player's summary, then as the page's text over its date line.

    >>> _lede_copy({0: ["a"], 2: ["a"], 3: ["c"]}, [2], ["body", "byline", "promo", "body"])
    [(0, 2)]
    >>> _lede_copy({0: ["a"], 1: ["b"], 2: ["a"], 3: ["c"]}, [2], ["body", "body", "promo", "body"])
    []
    >>> _lede_copy({1: ["a"], 2: ["a"]}, [2], ["headline", "body", "promo", "date"])
    [(1, 2)]
    """
    first = {tuple(found): n for n, found in reversed(list(words.items()))}
    shown = _shown(labels)
    found = []
    for n in copies:
        start, at = first[tuple(words[n])], shown.index(n)
        fresh = [labels[m] for m in shown[at + 1:at + 2]] == ["body"]
        closing = shown[at - 1] == start and all(labels[m] != "body" for m in shown[at + 1:])
        if not any(labels[m] == "body" for m in words if start < m < n) and (fresh or closing):
            found.append((start, n))
    return found


def _amid_body(copies: list[int], labels: list[str], texts: list[str]) -> list[int]:
    """The copied paragraphs (``copies``) with a body paragraph right before and right after them, or right before
    and after the run of copies they stand in: a report's own sentence that two of its sections repeat (a teaser
    printed again stands among other teasers or furniture), or its paragraphs in a row that a box elsewhere prints
    again. A copy closing its sentence (:data:`_SENTENCE_CLOSE`) looks past the pictures' captions beside it: a
    caption set amid the copy does not end the article's run.

    >>> _amid_body([3, 5], ["body", "body", "body", "promo", "body", "promo", "subhead"], ["It rained."] * 7)
    [3]
    >>> _amid_body([2, 3], ["body", "body", "promo", "promo", "body"], ["It rained."] * 5)
    [2, 3]
    >>> _amid_body([1], ["body", "promo", "caption", "body"], ["It rained.", "It rained.", "Crews at work", "Dry."])
    [1]
    """
    shown = _shown(labels)
    copied = set(copies)
    past = [n for n in shown if labels[n] != "caption" or n in copied]
    found = []
    for n in copies:
        order = past if _SENTENCE_CLOSE.search(texts[n]) else shown
        first = last = order.index(n)
        while first > 0 and order[first - 1] in copied:
            first -= 1
        while last < len(order) - 1 and order[last + 1] in copied:
            last += 1
        if 0 < first and last < len(order) - 1 and labels[order[first - 1]] == labels[order[last + 1]] == "body":
            found.append(n)
    return found


def _openings(words: dict[int, list[str]]) -> dict[tuple[str, ...], list[int]]:
    """The paragraphs each run of a pull-quote's fewest words (:data:`_QUOTE_WORDS`) appears in, for the runs opening
    a paragraph of a pull-quote's length (the only ones :func:`_quoted_elsewhere` looks up).

    >>> _openings({0: "a b c d e".split(), 1: "x a b c d e f".split(), 2: "a b c d e f g h".split()})
    {('a', 'b', 'c', 'd', 'e'): [0, 1, 2], ('x', 'a', 'b', 'c', 'd'): [1]}
    """
    size, (fewest, most) = _QUOTE_WORDS[0], _QUOTE_WORDS
    opening = {tuple(found[:size]) for found in words.values() if fewest <= len(found) <= most}
    starts: dict[tuple[str, ...], list[int]] = {}
    for n, found in words.items():
        for run in zip(*(found[at:] for at in range(size))):  # every run of that many words in a row
            if run in opening:
                starts.setdefault(run, []).append(n)
    return starts


def _closes_caption(n: int, found: list[str], words: dict[int, list[str]], texts: list[str]) -> bool:
    """Whether paragraph ``n`` (its ``found`` words) closes a longer body paragraph that drops its stop
    (:func:`_long_unclosed`): a picture's caption printing the article's sentence again after its own, not a
    pull-quote printed out of the article.

    >>> texts = ["Crews worked all night.", "The dam held.", "Crews at the dam on Monday. Crews worked all night"]
    >>> words = {n: text.lower().rstrip(".").replace(".", "").split() for n, text in enumerate(texts)}
    >>> _closes_caption(0, words[0], words, texts), _closes_caption(1, words[1], words, texts)
    (True, False)
    """
    return any(m != n and len(held) > len(found) and held[-len(found):] == found and _long_unclosed(texts[m])
               for m, held in words.items())


def _quoted_elsewhere(n: int, found: list[str], words: dict[int, list[str]], starts: dict, texts: list[str]) -> bool:
    """Whether paragraph ``n`` (its ``found`` words, a pull-quote's length) lies inside a longer body paragraph that
    is no post the page embeds (a post closing on its signature, :data:`_POST_SIGNATURE`, prints the words the
    article quoted from it: the copy is the post's, not the article's paragraph).

    >>> texts = ["Jo Lee posted on Sunday.", "“Stay inside, the storm is not over yet.”",
    ...          "Stay inside, the storm is not over yet. — Jo Lee (@jolee) May 2, 2026", "Stay inside, the storm is"
    ...          " not over yet, the mayor said on Sunday."]
    >>> words = {n: _WORD.findall(text.lower()) for n, text in enumerate(texts)}
    >>> posted = {n: words[n] for n in (0, 1, 2)}
    >>> _quoted_elsewhere(1, words[1], posted, _openings(posted), texts)
    False
    >>> _quoted_elsewhere(1, words[1], words, _openings(words), texts)
    True
    """
    if not _QUOTE_WORDS[0] <= len(found) <= _QUOTE_WORDS[1]:
        return False
    hits = set(starts.get(tuple(found[:_QUOTE_WORDS[0]]), ()))
    if len(hits) > _QUOTE_HITS:  # words shared by many paragraphs are a formula, not a quotation pulled out
        return False
    return _printed_within(found, (words[m] for m in hits if m != n and len(words[m]) > len(found)
                                   and not _POST_SIGNATURE.search(texts[m].strip())))


_LIST_HEADING = re.compile(
    r"^\W*(?:(?:useful|further|recommended|suggested|related|more) (?:reading|stories|articles|news)|read (?:also|more)"
    r"|see also|news ?feed|you may also like|(?:most )?popular|latest(?: news)?)\s*[:»›>]?\s*$", re.IGNORECASE)
"""The heading of a list of other stories, alone on its line ("Useful reading:", "Read also", "Popular")."""


_TEASERS = 8
"""Most teasers in a list under a heading at the foot of an article."""
_READ_ON = re.compile(rf"^\W*(?i:{LINK_HEADING_PATTERN})\s*:\s*$")
"""A link heading set off by its colon, alone on its line ("Read more:", "Related stories:"): a list of other stories
follows."""


def _listed_after_heading(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the teasers of other stories under a list heading at the foot of an article made ``promo``:
    the body paragraphs (up to :data:`_TEASERS`) right after a :data:`_LIST_HEADING` line that follows more body text,
    perhaps each with its author's or date's line and amid page furniture, when no body text comes after them and
    page furniture does (the list ends the article; teasers there may close with a full stop), or when the text ends
    on them under a link heading set off by its colon ("Read more:", :data:`_READ_ON`), each one line of up to
    :data:`_TEASER_WORDS` words (an extractor that kept the article and the list under it, nothing after).

    >>> texts = ["It rained.", "It poured.", "The vote was close.", "Most popular", "Floods close the road", "Jo Roe",
    ...          "Rail fares rise.", "© 2026"]
    >>> _listed_after_heading(texts, ["body"] * 3 + ["read_more", "body", "subhead", "body", "chrome"])[4:7]
    ['promo', 'subhead', 'promo']
    >>> texts = ["It rained.", "It poured.", "The vote was close.", "Read more:", "Floods close the road again.",
    ...          "Rail fares rise as the strike goes on"]
    >>> _listed_after_heading(texts, ["body"] * 3 + ["read_more", "body", "body"])[4:]
    ['promo', 'promo']
    >>> _listed_after_heading(["It rained.", "It poured.", "The vote was close.", "Popular", "Floods close the road"],
    ...                       ["body"] * 3 + ["read_more", "body"])[4]
    'body'
    """
    body = [n for n, label in enumerate(labels) if label == "body"]
    heading = _last_list_heading(texts, labels, body)
    if heading is None:
        return labels
    run = [n for n in range(heading + 1, body[-1] + 1) if labels[n] != "whitespace"]
    teasers = [n for n in run if labels[n] == "body"]
    if sum(n < heading for n in body) <= len(teasers):  # the article comes before the list, not after a menu's item
        return labels
    kept = ("body", "subhead", *_PAGE_LINES, *FURNITURE)
    if teasers and _list_closes(texts, labels, heading, body[-1], teasers) and all(labels[n] in kept for n in run) \
            and len(teasers) <= _TEASERS:
        for n in teasers:
            labels[n] = "promo"
    return labels


def _list_closes(texts: list[str], labels: list[str], heading: int, last: int, teasers: list[int]) -> bool:
    """Whether the teasers under list heading ``heading`` close the article: page furniture follows the last body
    paragraph ``last``, or the text ends on them under a link heading set off by its colon (:data:`_READ_ON`), each
    one line of up to :data:`_TEASER_WORDS` words.

    >>> texts = ["It rained.", "Read more:", "Floods close the road", "Related", "Floods close the road"]
    >>> _list_closes(texts, ["body", "read_more", "body"], 1, 2, [2]), _list_closes(texts, [], 3, 4, [4])
    (True, False)
    """
    if any(label != "whitespace" for label in labels[last + 1:]):
        return True
    return bool(_READ_ON.match(texts[heading])) and all(
        "\n" not in texts[n].strip() and len(texts[n].split()) <= _TEASER_WORDS[1] for n in teasers)


def _last_list_heading(texts: list[str], labels: list[str], body: list[int]) -> int | None:
    """Position of the last :data:`_LIST_HEADING` line before the last body paragraph, or None."""
    if not body:
        return None
    return next((n for n in range(body[-1], -1, -1) if labels[n] not in ("body", "whitespace")
                 and _LIST_HEADING.match(texts[n])), None)


_LIST_MARK = re.compile(r"[•▪‣●■]\s*|[*·–-]\s+")
"""A list item's marker opening a line ("* ", "• ", "- "; a bullet may stand glued to the item: "●Friday")."""
_TEASER_WORDS = (6, 25)
"""Fewest and most words of a teaser's title: shorter lines with no stop are a section's or a subhead's, longer
ones a paragraph the scraper cut off."""


def _teaser_titles(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the titles of other stories that a page lists among or around its article made ``promo``.
    A title is a one-line body paragraph of :data:`_TEASER_WORDS` words, opening on a capital (after a list
    marker, if any) with no closing stop, and not going on in lower case on the next line (a sentence the scraper
    cut: "... the bloc's special" over "envoy, said"); it is a teaser when every word but function words is
    capitalised (:func:`title_case`: "Rebels Seize Port As Talks Stall"), or when it stands in a run of such
    titles (subheads among them; two body paragraphs or two bulleted lines at least: a subhead over a sentence the
    scraper cut short is no list) not introduced by a line ending in a colon (an article's own list: "The
    demands:"); a run with one bulleted line ("* Rebels seize port") alone is no list. Sentences closed
    by a stop, quotations, and lists of short items stay body. Lines between two such lists go with them
    (:func:`_between_lists`).

    >>> texts = ["The council met on Monday.", "* Storm floods the coastal towns overnight",
    ...          "* Markets rally as the central bank holds rates", "The vote was close."]
    >>> _teaser_titles(texts, ["body"] * 4)
    ['body', 'promo', 'promo', 'body']
    >>> _teaser_titles(["Their demands were these:", *texts[1:]], ["body"] * 4)
    ['body', 'body', 'body', 'body']
    >>> _teaser_titles(["He left.", "Rebels Seize Port As Talks Stall In The North", "He came back."], ["body"] * 3)
    ['body', 'promo', 'body']
    """
    shown = _shown(labels)
    follows = dict(zip(shown, [*shown[1:], None]))
    titled = {n for n in shown if labels[n] in ("body", "subhead") and _teaser_line(texts[n])
              and not (follows[n] is not None and texts[follows[n]].lstrip()[:1].islower())}
    lists = []
    for is_title, group in itertools.groupby(shown, key=titled.__contains__):
        run = list(group)
        listed = is_title and _title_list(texts, labels, shown, run)
        for n in run if is_title else []:
            if labels[n] == "body" and (listed or title_case(texts[n], lower=0)):
                labels[n] = "promo"
        if listed:
            lists.append(run)
    return _list_tail(texts, _between_lists(texts, labels, shown, lists), shown, lists)


def _title_list(texts: list[str], labels: list[str], shown: list[int], run: list[int]) -> bool:
    """Whether a run of titles (:func:`_teaser_titles`) is a list of other stories: two body paragraphs or two
    bulleted lines at least, or one body paragraph under a subhead read as a title (two titles stacked amid the
    article) when it is one clause with no question mark or comma and does not end on a small word (a question put
    under a heading, a sentence cut before a link, which runs on with its clauses, stay), not one bulleted line
    alone among them, and no lead-in line ending in a colon before it (an article's
    own list: "The demands:").

    >>> texts = ["Storm floods the coastal towns overnight", "Markets rally as the central bank holds rates"]
    >>> _title_list(texts, ["subhead", "body"], [0, 1], [0, 1])
    True
    >>> _title_list([texts[0], "So what would the mayor do with the old bridge?"], ["subhead", "body"], [0, 1], [0, 1])
    False
    """
    before = _item_lead(texts, shown[:shown.index(run[0])], texts[run[0]])
    marked = [n for n in run if _LIST_MARK.match(texts[n])]
    lead_in = before is not None and texts[before].rstrip().endswith(":")
    bodies = [n for n in run if labels[n] == "body"]
    last = texts[bodies[0]].rstrip() if bodies else ""
    paired = len(bodies) == 1 < len(run) and not _TITLE_END.search(last) and not re.search(r"[?,]", last)
    return (len(bodies) > 1 or len(marked) > 1 or paired) and not lead_in and (not marked or len(marked) > 1)


_TERM_ITEM = re.compile(rf"\p{{Lu}}[\w'’]*(?:[ \t]+[\w'’]+){{0,3}}[ \t]+[-{DASHES}{EM_DASHES}][ \t]+\p{{Ll}}")
"""A list item naming a term, then telling it after a spaced dash ("Pay - a higher share of the takings")."""


def _item_lead(texts: list[str], above: list[int], first: str) -> int | None:
    """The line a run of titles opening on ``first`` stands under (the last of ``above``, the lines shown over it),
    past the items of the same list when ``first`` names a term after which a spaced dash tells it
    (:data:`_TERM_ITEM`): an article's list whose first item, longer, reads as no title, under its lead-in "The
    demands are:".

    >>> texts = ["The demands are:", "Pay - a higher share of the takings for the crews on every route, from May", "X"]
    >>> _item_lead(texts, [0, 1], "Rest - a day off in seven"), _item_lead(texts, [0, 1], "Rest days for crews")
    (0, 1)
    """
    at = len(above) - 1
    while at > 0 and _TERM_ITEM.match(first) and _TERM_ITEM.match(texts[above[at]]):
        at -= 1
    return above[at] if above else None


_LIST_GAP = 2
"""Most lines between two lists of teasers for the lines there to go with them (a menu's section names, a
newsletter's blurb)."""
_GAP_WORDS = 30
"""Most words of a line between two lists of teasers that goes with them."""


def _between_lists(texts: list[str], labels: list[str], shown: list[int], lists: list[list[int]]) -> list[str]:
    """``labels`` with the body lines of up to :data:`_GAP_WORDS` words standing between two lists of teasers
    (``lists``, runs of positions in text order) at most :data:`_LIST_GAP` lines apart made ``promo``: a page's
    menu of story lists with its sections' names and newsletters' blurbs between them.

    >>> texts = ["* Storm floods the coastal towns overnight", "* Markets rally as the central bank holds rates",
    ...          "The Daily Brief Our morning letter on the day's news.", "* Rail strike ends after a week of talks",
    ...          "* Court hears the appeal over the harbour plan"]
    >>> _between_lists(texts, ["promo", "promo", "body", "promo", "promo"], [0, 1, 2, 3, 4], [[0, 1], [3, 4]])[2]
    'promo'
    """
    place = {n: at for at, n in enumerate(shown)}
    for first, then in zip(lists, lists[1:]):
        between = shown[place[first[-1]] + 1:place[then[0]]]
        if len(between) <= _LIST_GAP:
            for n in between:
                if labels[n] == "body" and len(texts[n].split()) <= _GAP_WORDS:
                    labels[n] = "promo"
    return labels


def _list_tail(texts: list[str], labels: list[str], shown: list[int], lists: list[list[int]]) -> list[str]:
    """``labels`` with the body lines after the last list of teasers (``lists``, runs of positions in text order)
    made ``promo`` when they run to the page's end, are at most :data:`_LIST_GAP` and each reads as a title of up to
    :data:`_GAP_WORDS` words (:func:`_teaser_line`): the list's last titles, one too long for a title's bound or
    alone after it; an article's closing sentences keep their stop.

    >>> texts = ["* Storm floods the coastal towns overnight", "* Markets rally as the central bank holds rates",
    ...          "'We were never told.' Flooded towns ask why the warning came two days late for the families there",
    ...          "The council met on Monday."]
    >>> _list_tail(texts, ["promo", "promo", "body", "body"], [0, 1, 2, 3], [[0, 1]])[2:]
    ['body', 'body']
    >>> _list_tail(texts[:3], ["promo", "promo", "body"], [0, 1, 2], [[0, 1]])[2]
    'promo'
    """
    tail = [n for n in shown[shown.index(lists[-1][-1]) + 1:] if labels[n] == "body"] if lists else []
    if len(tail) <= _LIST_GAP and all(_teaser_line(texts[n], most=_GAP_WORDS) for n in tail):
        for n in tail:
            labels[n] = "promo"
    return labels


def _teaser_line(text: str, most: int = _TEASER_WORDS[1]) -> bool:
    """Whether a paragraph reads as a story's title: one line of :data:`_TEASER_WORDS` words (or up to ``most``),
    opening on a capital after any list marker and opening quotation mark, with no closing stop (a question mark is
    a title's) but perhaps a quotation opened in it ("... scours schools for 'volunteers'"), read without the
    emphasis set in it (:func:`_plain`: "* **Floods Close the Coast Road** _by Jane Roe_").

    >>> _teaser_line("* **Floods Close the Coast Road Again** _by Jane Roe_"), _teaser_line("**The road shut.**")
    (True, False)
    """
    line = text.strip()
    line = _plain(line[_LIST_MARK.match(line).end():] if _LIST_MARK.match(line) else line).lstrip("\"“‘'")
    return (_TEASER_WORDS[0] <= len(line.split()) <= most and "\n" not in line and line[:1].isupper()
            and (not _TERMINAL.search(line.rstrip(")")) or bool(_QUOTED_END.search(line))))  # its end read last


def _lone_title(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a page's first body paragraph made ``headline`` when it reads as a title (one line of
    :data:`_TEASER_WORDS` words opening on a capital with no closing stop) and stands alone in furniture, with
    :data:`_STRAY_GAP` lines or more on each side that are not body: a headline printed amid a photo carousel,
    after the page's menus.

    >>> texts = [*["Slide caption."] * 8, "Council shuts the old bridge after the floods", *["Slide caption."] * 8,
    ...          "The council shut the bridge on Monday."]
    >>> _lone_title(texts, [*["caption"] * 8, "body", *["caption"] * 8, "body"])[8]
    'headline'
    >>> _lone_title(texts, [*["caption"] * 8, "body", *["caption"] * 7, "body", "body"])[8]
    'body'
    """
    shown = _shown(labels)
    at = next((at for at, n in enumerate(shown) if labels[n] == "body"), None)
    if at is None or at < _STRAY_GAP or not _teaser_line(texts[shown[at]]) or _LIST_MARK.match(texts[shown[at]]):
        return labels
    if all(labels[n] != "body" for n in shown[at + 1:at + 1 + _STRAY_GAP]) and len(shown) > at + _STRAY_GAP:
        labels[shown[at]] = "headline"
    return labels


_STRAY_RUN = 3
"""Most body paragraphs of a run standing alone in a page's furniture after the article."""
_STRAY_GAP = 8
"""Fewest lines of furniture (no body among them) between the article and a stray run of body, and after it."""
_STRAY_WORDS = 30
"""Most words of each paragraph of a stray run: a footer's sentences are short; an article paragraph left after a
long embedded list (a gallery's captions, a run of headings) is longer."""
_TEASER_STAMP = re.compile(rf"{_AGO}\W*$")
"""The end of a teaser's time stamp ("World · May 2, 2026 · 3 mins ago"): a stray paragraph after it is the
teaser's summary, whatever its length."""


def _stray_body(texts: list[str], labels: list[str], listed: bool = False) -> list[str]:
    """``labels`` with the runs of up to :data:`_STRAY_RUN` body paragraphs of :data:`_STRAY_WORDS` words or fewer
    that stand alone in the furniture after the article made ``chrome``: at least :data:`_STRAY_GAP` lines that
    are not body before the run, after body text, and as many after it or no body after it at all (a footer's
    sentence among its links: "Data is delayed 15 minutes.", "Got a news tip? We want to hear from you."), or in
    the furniture above it: above the article's byline or date line (:func:`_runs_above_byline`), with no body
    before it but such runs and more than :data:`_STRAY_GAP` lines after it (a menu's blurb, a form's thanks); there
    a run of any length that speaks to the reader ("you") with no quotation mark is a site's note too (what an
    editor is to do with a box, how to use a tool). A run right after a
    teaser's time stamp (:data:`_TEASER_STAMP`) is the teaser's summary, of any length; so is a run of any length
    closing the page, mostly list items, that quotes and reports no one (:func:`_teaser_grid`). With
    ``listed`` (once teaser cards are set aside), only such a grid or runs after a link line (``read_more``:
    "Related articles") that follows the first body run: a job ad's line left among the cards under a list, not an
    article's last paragraph after cards set amid it.

    >>> texts = ["The bank raised rates.", *["Careers"] * 8, "Data is delayed 15 minutes.", "Help"]
    >>> _stray_body(texts, ["body", *["subhead"] * 8, "body", "chrome"])[9]
    'chrome'
    >>> _stray_body(texts, ["body", "body", *["subhead"] * 7, "body", "chrome"])[9]
    'body'
    >>> _stray_body(texts, ["body", "subhead", *["subhead"] * 7, "body", "chrome"], listed=True)[9]
    'body'
    >>> _stray_body(texts, ["body", "read_more", *["subhead"] * 7, "body", "chrome"], listed=True)[9]
    'chrome'
    >>> _stray_body(["Thanks!", *["Menu"] * 8, "By Jo Roe", "The bank raised rates."], ["body", *["subhead"] * 8,
    ...             "byline", "body"])[0]
    'chrome'
    >>> _stray_body(["The bank raised rates.", *["Menu"] * 9, "Rates rose."], ["body", *["subhead"] * 9, "body"])[0]
    'body'
    """
    shown = _shown(labels)
    place = {n: at for at, n in enumerate(shown)}
    runs = [list(group) for is_body, group in itertools.groupby(shown, key=lambda n: labels[n] == "body") if is_body]
    top, leading = _runs_above_byline(labels, shown, runs), True
    for before, run, after in zip([None, *runs], runs, [*runs[1:], None]):
        grid = after is None and _teaser_grid([texts[n] for n in run])
        short = grid or _short_run(texts, shown, place, run)
        alone = _apart(place, before, run, after)
        alone = alone and (not listed or grid
                           or "read_more" in (labels[n] for n in shown[place[runs[0][-1]]:place[run[0]]]))
        leading = leading and run in top and _heads_article(texts, place, run, after, short)
        if short and alone or leading:
            for n in run:
                labels[n] = "chrome"
    return labels


def _short_run(texts: list[str], shown: list[int], place: dict[int, int], run: list[int]) -> bool:
    """Whether a body run is short enough to stray: up to :data:`_STRAY_RUN` paragraphs, each of up to
    :data:`_STRAY_WORDS` words, or of any length right after a teaser's time stamp (:data:`_TEASER_STAMP`).

    >>> _short_run(["Help", "Data is delayed."], [0, 1], {0: 0, 1: 1}, [1])
    True
    """
    teaser = place[run[0]] > 0 and bool(_TEASER_STAMP.search(texts[shown[place[run[0]] - 1]].strip()))
    return len(run) <= _STRAY_RUN and (teaser or all(len(texts[n].split()) <= _STRAY_WORDS for n in run))


def _heads_article(texts: list[str], place: dict[int, int], run: list[int], after: list[int], short: bool) -> bool:
    """Whether a body run above the article is a site's: more than :data:`_STRAY_GAP` shown lines part it from the
    run ``after`` it, and it is ``short`` or speaks to the reader ("you") with no quotation mark.

    >>> _heads_article(["Make sure you save it.", "Rates rose."], {0: 0, 1: 9}, [0], [1], False)
    True
    """
    addressed = all(READER_VOICE.search(texts[n]) and not QUOTE_MARK.search(texts[n]) for n in run)
    return place[after[0]] - place[run[-1]] > _STRAY_GAP and (short or addressed)


def _runs_above_byline(labels: list[str], shown: list[int], runs: list[list[int]]) -> list[list[int]]:
    """The body runs above the article: those before the first run with a byline or date line between it and the run
    before it (or the page's top), where the article's text starts; none on a page with no such line.

    >>> _runs_above_byline(["body", "chrome", "body", "date", "body"], list(range(5)), [[0], [2], [4]])
    [[0], [2]]
    >>> _runs_above_byline(["body", "chrome", "body"], list(range(3)), [[0], [2]])
    []
    """
    place = {n: at for at, n in enumerate(shown)}
    for at, (before, run) in enumerate(zip([None, *runs], runs)):
        gap = shown[place[before[-1]] + 1 if before else 0:place[run[0]]]
        if any(labels[n] in ("byline", "date") for n in gap):
            return runs[:at]
    return []


def _apart(place: dict[int, int], before: list[int] | None, run: list[int], after: list[int] | None) -> bool:
    """Whether a run of body paragraphs stands apart: more than :data:`_STRAY_GAP` shown lines after the body run
    ``before`` it (there is one), and as many before the run ``after`` it, or none after (``place``: each paragraph's
    position among the shown ones).

    >>> _apart({0: 0, 9: 9, 10: 10}, [0], [10], None), _apart({0: 0, 2: 2}, [0], [2], None)
    (True, False)
    """
    return before is not None and place[run[0]] - place[before[-1]] > _STRAY_GAP and (
        after is None or place[after[0]] - place[run[-1]] > _STRAY_GAP)


def _teaser_grid(texts: list[str]) -> bool:
    """Whether paragraphs are a grid of other stories' teasers: more than half of them list items, none quoting or
    reporting anyone (the pictures' descriptions and the stories' titles and decks of the cards).

    >>> _teaser_grid(["* A crowd waves flags outside the hall.", "* Two men talk at a table.", "The tide has turned."])
    True
    >>> _teaser_grid(["* A crowd waves flags.", "* Two men talk.", "“We stay,” the mayor said."])
    False
    """
    return (sum(bool(_LIST_MARK.match(text.strip())) for text in texts) * 2 > len(texts)
            and not any(reported(text) or QUOTE_MARK.search(text) for text in texts))


_SOURCE_SITE = re.compile(r".*\b(?:visit|see|go to)\s+(?:https?://|www\.)\S+\s*", re.IGNORECASE)
"""A link line closing on the address of the site to visit ("To learn more about the Agency, please visit
https://agency.example/."): a report's source sending the reader to its own site, the last line of its text."""


def _after_the_close(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the one body paragraph left after the line that closes the article made ``chrome``: after a
    copyright notice (:data:`COPYRIGHT`, labelled ``chrome``), a credit (who reported, wrote or edited it, its
    agency) or a link line to the source's own site (:data:`_SOURCE_SITE`), with body text before that line and
    none after the paragraph, the paragraph right after a notice or a link line (up to :data:`_STRAY_WORDS` words:
    a syndicating site's line, "For the latest news, head to ...", or a host site's blurb of a related appeal, which
    reports no speech and quotes no one: see :func:`~newskit.furniture.reported`), or one after page furniture
    that follows the close (up to :data:`_BIO_WORDS` words: the author's biography among the links).

    >>> _after_the_close(["It rained.", "© 2026 Wire", "For more news, visit us.", "Help"], ["body", "chrome", "body",
    ...                   "subhead"])
    ['body', 'chrome', 'chrome', 'subhead']
    >>> _after_the_close(["It rained.", "To learn more, please visit www.wire.example", "The appeal aims high."],
    ...                  ["body", "read_more", "body"])
    ['body', 'read_more', 'chrome']
    >>> texts = ["It rained.", "Reporting by Jo Roe", "Our Standards", "As bureau chief, Jo runs our news.", "Help"]
    >>> _after_the_close(texts, ["body", "credit", "chrome", "body", "subhead"])
    ['body', 'credit', 'chrome', 'chrome', 'subhead']
    """
    shown = _shown(labels)
    for at, n in enumerate(shown):
        site = labels[n] == "read_more" and bool(_SOURCE_SITE.fullmatch(texts[n].strip()))
        closing = labels[n] == "credit" or labels[n] == "chrome" and COPYRIGHT.match(texts[n]) or site
        if not closing or "body" not in (labels[m] for m in shown[:at]):
            continue
        rest = [m for m in shown[at + 1:] if labels[m] == "body"]
        if len(rest) != 1:
            continue
        words = len(texts[rest[0]].split())
        if site and reported(texts[rest[0]]):  # the article's sentence, after a link line set amid it
            continue
        right_after = shown[at + 1] == rest[0]
        if right_after and labels[n] != "credit" and words <= _STRAY_WORDS or not right_after and words <= _BIO_WORDS[1]:
            labels[rest[0]] = "chrome"
    return labels


def _teaser_over_furniture(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the page's last body line made ``read_more`` when it reads as a story's title
    (:func:`_teaser_line`, no quotation mark), the body line before it closes its sentence, and page furniture
    follows it to the end of the page: a teaser to another story printed after the article, before the page's
    closing appeals. An article's last paragraph closes its sentence.

    >>> texts = ["The dam held.", "Mayor backs new plan to rebuild the old bridge by the river", "Got a story?"]
    >>> _teaser_over_furniture(texts, ["body", "body", "appeal"])[1], _teaser_over_furniture(texts, ["body"] * 3)[1]
    ('read_more', 'body')
    """
    shown = _shown(labels)
    body = [at for at, n in enumerate(shown) if labels[n] == "body"]
    if len(body) < 2 or body[-1] == len(shown) - 1 or body[-2] != body[-1] - 1:
        return labels
    last, before = shown[body[-1]], shown[body[-2]]
    if _teaser_line(texts[last]) and not QUOTE_MARK.search(texts[last]) and _SENTENCE_CLOSE.search(texts[before]):
        labels[last] = "read_more"
    return labels


def _teaser_over_links(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body line amid the article made ``read_more`` when it reads as a story's title
    (:func:`_teaser_line`, no quotation mark), the body line over it closes its sentence and a box of links to other
    stories (``read_more``) is right under it: the title of a video or a story the page embeds over its box of most
    read stories. A sentence the scraper cut has an article's line, not a box of links, after it, and a sentence a
    site's card on a person cuts goes on after the card (:func:`card_in_sentence`).

    >>> texts = ["The dam held.", "Mayor backs new plan to rebuild the old bridge by the river", "MOST READ Storm",
    ...          "Crews left at dawn."]
    >>> _teaser_over_links(texts, ["body", "body", "read_more", "body"])[1]
    'read_more'
    >>> _teaser_over_links(texts, ["body", "body", "body", "body"])[1]
    'body'
    """
    shown = _shown(labels)
    for above, n, under in zip(shown, shown[1:], shown[2:]):
        if labels[n] == labels[above] == "body" and labels[under] == "read_more" and _teaser_line(texts[n]) \
                and not QUOTE_MARK.search(texts[n]) and _SENTENCE_CLOSE.search(texts[above]) \
                and not card_in_sentence(texts, labels, n):
            labels[n] = "read_more"
    return labels


_PAGER = re.compile(r"\W*(?i:previous|prev|next)\s+(?i:article|story|post)\b")
"""A pager's link to the story before or after this one ("Next Article Ferry fares rise", "Previous post")."""
_PAGER_TEASERS = 5
"""Most teasers of other stories a page lists under the pager that closes its article."""


def _after_the_pager(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the body lines after the last pager link (:data:`_PAGER`) that follows body text made
    ``read_more`` when there are at most :data:`_PAGER_TEASERS` of them, each one sentence of up to
    :data:`_STRAY_WORDS` words reporting no speech (see :func:`~newskit.furniture.reported`): the teasers of other
    stories listed under the article. A pager over the article leaves its paragraphs alone.

    >>> texts = ["It rained all week, the mayor said.", "Next Article Ferry fares rise", "Tides shape the bay."]
    >>> _after_the_pager(texts, ["body", "promo", "body"])
    ['body', 'promo', 'read_more']
    >>> _after_the_pager(["Next article", "It rained all week.", "It was cold."], ["read_more", "body", "body"])
    ['read_more', 'body', 'body']
    """
    shown = _shown(labels)
    pagers = [at for at, n in enumerate(shown) if labels[n] != "body" and _PAGER.match(texts[n])
              and "body" in (labels[m] for m in shown[:at])]
    rest = [n for n in shown[pagers[-1] + 1:] if labels[n] == "body"] if pagers else []
    if len(rest) <= _PAGER_TEASERS and all(_teaser_sentence(texts[n]) for n in rest):
        for n in rest:
            labels[n] = "read_more"
    return labels


def _teaser_sentence(text: str) -> bool:
    """Whether a paragraph is one sentence of up to :data:`_STRAY_WORDS` words reporting no speech."""
    return len(text.split()) <= _STRAY_WORDS and len(sentence_spans(text.strip())) == 1 and not reported(text)


_BIO = re.compile(
    rf"(?:{name_pattern(0, 3)}(?:\s*\([^()]{{1,40}}\))?(?:\s+(?:and|&)\s+{name_pattern(0, 3)})?\s+)?"
    r"(?:is|are|was|has|have|covers|covered|writes|joined|served|lives)\b"
)
"""The opening of an author's biography: a name (perhaps a first name with a note in brackets, or two names), then
a verb ("Jane Doe is ...", "Jane (class of 2028) is ...", "Jane Doe has lived ...", "Jane lives in ...", "Jane Doe
covered ports for the Gazette", a former reporter's beat); or the verb alone, the name being on the line above."""
_BIO_ROLE = re.compile(
    r"\b(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:[\w&'’-]+\s+){0,6}(?:professor|fellow|lecturer|scholar|researcher|analyst"
    r"|director|writer|reporter|correspondent|editor|columnist|journalist|contributor|author|intern|student"
    r"|sophomore|freshman|junior|senior|assistant|associate)s?\b[^.!?]{0,80}\b(?:at|of|for|with|in)\b"
    r"|\b(?:covers|writes|reports)\b[^.!?]{0,120}\bfor\b", re.IGNORECASE)
"""An author's role in a biography ("... is a senior fellow at ...", "... are research assistants with ...") or beat
("... writes for the Gazette from Rome", "... covers schools for the Gazette")."""
_STAFF_BIO = re.compile(
    rf"\b(?:is|are)\s+(?:an?|the)\s+(?:[\w&'’-]+\s+){{0,3}}(?i:{alternation(STAFF_ROLES)})s?\s+(?:for|at|with)\b")
"""An author's newsroom role in a biography ("... is an elections correspondent for the Gazette"): a page's last
paragraph that gives one is its author's note, where a last paragraph naming another role ("... is a director at
...") may be the article's."""
_BIO_WORDS = (90, 150)
"""Most words of a biography found by its role, and of one under its author's name."""
_BIO_LEAD = re.compile(r"\s*\*\*[^*\n]{1,40}:[^*\n]{0,40}\*\*\s+")
"""A bold field a biography may open on before the author's name ("**Role: Reporter** Jane Doe is ...")."""


def _author_bios(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the authors' biographies a page prints after the article made ``chrome``: a body paragraph
    after body text that opens on a name and a verb (:data:`_BIO`) and either stands under a name alone on its
    line (not body; perhaps with up to two lines set aside between, the author's title and links) and opens on the
    verb, or repeats that name and comes before page furniture; or gives the author's role (:data:`_BIO_ROLE`) next
    to page furniture, or as the page's last paragraph a newsroom role (:data:`_STAFF_BIO`) or the author's address,
    handle or site (:data:`_BIO_CONTACT`), with no quotation mark or reported speech (see :data:`_BIO_WORDS`). The
    byline lines right over a biography (the author's name and title in the box) become ``chrome`` with it: an
    author's box, not the article's byline.
    Read from the foot of the page up, so that a run of biographies is found from its furniture. The page's first
    body paragraph is a biography printed over the article when :func:`_bio_over_article` says so.

    >>> texts = ["It rained all day and the river rose.", "Jo Roe", "Staff Writer", "Jo lives in Elmshire with a cat."]
    >>> _author_bios(texts, ["body", "byline", "byline", "body"])
    ['body', 'chrome', 'chrome', 'chrome']
    """
    shown = _shown(labels)
    first_body = next((at for at, n in enumerate(shown) if labels[n] == "body"), len(shown))
    for at in range(len(shown) - 1, first_body, -1):
        if labels[shown[at]] == "body" and _biography(texts, labels, shown, at):
            labels[shown[at]] = "chrome"
            for n in shown[_name_above(texts, labels, shown, at):at]:
                labels[n] = "chrome" if labels[n] == "byline" else labels[n]
    if first_body < len(shown) and _bio_over_article(texts, labels, shown[first_body]):
        labels[shown[first_body]] = "chrome"
    return labels


_BIO_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.\w|(?<!\w)@\w{2,}|\b(?:opinions|views) expressed\b"
                          rf"|{SITE_ADDRESS_PATTERN}", re.IGNORECASE)
"""How a columnist's biography closes: the author's address, handle or site ("jo@example.org", "Follow her @joroe",
"Her website is JoRoe.com"), or the note that the views are the author's own ("The opinions expressed in this
commentary are hers.")."""


def _bio_over_article(texts: list[str], labels: list[str], first: int) -> bool:
    """Whether the page's first body paragraph, ``first``, with body text after it, is its columnist's biography
    printed over the article: it opens on a name and a verb (:data:`_BIO`) and gives the author's role
    (:data:`_BIO_ROLE`) in at most :data:`_BIO_WORDS` words with no quotation mark nor reported speech, and gives
    the author's address, handle or site or says the views are theirs (:data:`_BIO_CONTACT`): a profile's lede saying
    who its subject is gives none.

    >>> bio = "Jo Roe is a columnist for the Elm Gazette. Follow her @joroe."
    >>> _bio_over_article([bio, "The ferry left at noon."], ["body", "body"], 0)
    True
    >>> _bio_over_article(["Jo Roe is a captain with the Elm ferry line.", "She sails at noon."], ["body", "body"], 0)
    False
    """
    text = texts[first].strip()
    return "body" in labels[first + 1:] and bool(_BIO.match(text) and _BIO_ROLE.search(text)) \
        and len(text.split()) <= _BIO_WORDS[0] and bool(_BIO_CONTACT.search(text)) \
        and not reported(text) and not QUOTE_MARK.search(text)


def _biography(texts: list[str], labels: list[str], shown: list[int], at: int) -> bool:
    """Whether the body paragraph at ``shown[at]`` is an author's biography (see :func:`_author_bios`)."""
    text = texts[shown[at]]
    text = _plain(bare_line(text[len(lead.group()):] if (lead := _BIO_LEAD.match(text)) else text))
    words = len(text.split())
    if words > _BIO_WORDS[1] or not _BIO.match(text):
        return False
    up = _name_above(texts, labels, shown, at)
    above = texts[shown[up]].strip()
    beside = [labels[shown[n]] for n in (at - 1, at + 1) if n < len(shown)]
    last = beside[-1] != "body" or at + 1 == len(shown)
    named = _LONE_NAME.fullmatch(above) and labels[shown[up]] != "body" and labels[shown[at - 1]] != "body" and (
        text[:1].islower() or last and text.split()[0] in above.split())
    role = words <= _BIO_WORDS[0] and _BIO_ROLE.search(text) and not reported(text) and not QUOTE_MARK.search(text)
    closing = at + 1 == len(shown) and _bio_note(text)
    return bool(named or role and (any(label != "body" for label in beside) or closing))


def _bio_note(text: str) -> bool:
    """Whether a biography giving its author's role, as the page's last paragraph, is its author's note: it gives a
    newsroom role (:data:`_STAFF_BIO`) or the author's address, handle or site (:data:`_BIO_CONTACT`).

    >>> _bio_note("Jo Roe writes for the Valley Post. Her website is JoRoe.com"), _bio_note("Jo Roe writes for us.")
    (True, False)
    """
    return bool(_STAFF_BIO.search(text) or _BIO_CONTACT.search(text))


def _name_above(texts: list[str], labels: list[str], shown: list[int], at: int) -> int:
    """The position in ``shown`` of the line that may name the author of the biography at ``shown[at]``: the line
    above it, or, past up to two lines set aside that name no one (the author's title, links), the one above them.

    >>> texts = ["Jo Roe", "Reporter, Ports", "[](https://social.example/jo)", "Jo Roe covered ports."]
    >>> _name_above(texts, ["byline", "headline", "read_more", "body"], [0, 1, 2, 3], 3)
    0
    """
    up = at - 1
    while up > max(0, at - 3) and labels[shown[up]] != "body" and (
            _ROLE_LINE.fullmatch(texts[shown[up]].strip()) or not _LONE_NAME.fullmatch(texts[shown[up]].strip())):
        up -= 1
    return up


_SLOGAN_WORDS = 12


def _outlet_slogans(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with an outlet's slogan set next to its appeal made ``appeal``: a short body paragraph (up to
    :data:`_SLOGAN_WORDS` words) in the outlet's voice ("we", "our", "us"), with no quotation or reported speech,
    right before or after an appeal block ("We bring you stories from the ground." over "Your support keeps our
    team in the field.")."""
    shown = _shown(labels)
    for at, here in enumerate(shown):
        text = texts[here]
        if (labels[here] == "body" and len(text.split()) <= _SLOGAN_WORDS and OUTLET_VOICE.search(text)
                and not reported(text)
                and any(0 <= n < len(shown) and labels[shown[n]] == "appeal" for n in (at - 1, at + 1))):
            labels[here] = "appeal"
    return labels


_CUT_WORDS = 5
"""Fewest words of a sentence cut before a link (shorter lines over lower-case ones are tags and menus)."""
_CUT_REACH = 4
"""A cut sentence goes on to a body paragraph closing a sentence within this many paragraphs."""
_CONTINUES = re.compile(r"(?!.*\b\d+ (?:of|/) \d+\b)(?:\p{Ll}|\d[\d,.]*\s+\p{Ll}[^.!?]*$)")


def _continued(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a subhead, or a promo no furniture pattern names (a line taken for another story's title),
    of :data:`_CUT_WORDS` words or more that the next paragraph continues made ``body``:
    a sentence the scraper cut before a
    link ("Before the war the town had about" over "27,000 people"), whose next paragraph opens in lower case, or
    with a number and lower-case words and no sentence end (not a counter: "list 2 of 4"), and a body paragraph closing a sentence follows within
    :data:`_CUT_REACH` paragraphs, pictures' captions not counted (a title over a lower-case menu line stays a
    subhead), and no link line or list heading right before it (there it is the list's item: "list 4 of 4" over a
    title over "end of list")."""
    shown = [n for n in _shown(labels) if labels[n] != "caption"]
    for at, (here, after) in enumerate(zip(shown, shown[1:])):
        cut = labels[here] == "subhead" or labels[here] == "promo" and furniture_label(texts[here]) is None
        cut = cut and (at == 0 or labels[shown[at - 1]] != "read_more")  # a list's item under its heading or counter
        if (cut and len(texts[here].split()) >= _CUT_WORDS and _CONTINUES.match(texts[after])
                and not _TERMINAL.search(texts[here]) and any(
                    labels[n] == "body" and _TERMINAL.search(texts[n]) for n in shown[at + 1:at + 1 + _CUT_REACH])):
            labels[here] = "body"
    return labels


def _in_place(text: str, labels: list[str], seen_body: bool, headline: str) -> str:
    """Label of one paragraph given the labels before it: what :func:`_classify` says, unless a paragraph it calls
    body repeats the headline, is a note in brackets under a heading, a title in a list of other stories or a
    field's name after furniture."""
    label = _classify(text, seen_body, bool(headline))
    if label in ("body", "subhead") and headline and _repeats_headline(text, headline):
        return "headline"
    if label == "read_more" and not _last_shown(labels, 1) and video_title(text):
        return "headline"
    if label != "body":
        return label
    if _note_under_heading(text, labels):
        return "subhead"
    if seen_body and _other_story(text, labels):
        return "promo"
    if seen_body and FIELD.fullmatch(text) and _listed(labels):
        return "chrome"
    return label


_WORD = re.compile(r"\w+")
_WATCH = re.compile(r"\W*(?i:watch)\s*:\s*")
""""Watch:" opening a line: a link to a video, or, on the page's first line, a video page's title."""


def video_title(text: str) -> bool:
    """Whether the first line of a page is a video page's title: "Watch:", then a title of up to :data:`_TITLE_WORDS`
    words on one line closing as a title does (:func:`_open_end`).

    >>> video_title("Watch: 'Stand back!' Moment the dam gives way"), video_title("Watch: the dam gave way.")
    (True, False)
    """
    watch = _WATCH.match(text)
    rest = text[watch.end():].strip() if watch else ""
    return bool(rest) and "\n" not in rest and _open_end(rest) and len(rest.split()) <= _TITLE_WORDS


_SINGLE_QUOTED = re.compile(r"(?<![\w'‘’])['‘](?=\w)[^'‘’\"“”\n]{2,}?(?<=[\w.,!?])['’](?!\w)")
"""A quotation in single marks, as a title or a video's description quotes ('It makes no sense,' she said)."""
_DOUBLE_QUOTED = re.compile(r"[\"“][^\"“”\n]{3,}[\"”]")
"""A quotation in double marks, as an article's copy quotes."""
_BLURBS = 2
"""Fewest videos' descriptions under a page's headings (see :func:`_videos_described`)."""
_COPY_QUOTES = 5
"""Fewest body paragraphs quoting in double marks that make the page's copy quote so."""
_CLIP_POINTER = re.compile(
    r"(?:Here(?:['’]s|\s+(?:is|are))|(?:\S+\s+){1,4}ha(?:s|ve)\s+(?:the|more)\b)[^.!?\n]{0,40}[.!]?")
"""A video's description's closing pointer to the clip: "Here are the facts.", "Jo Lee has the details."."""
_POINTER_WORDS = 8
"""Most words of the sentence closing a video's description that points to the clip (:data:`_CLIP_POINTER`)."""


def _videos_described(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the videos' descriptions of a page of posts made ``caption``: body paragraphs right under a
    ``subhead`` quoting in single marks (:data:`_SINGLE_QUOTED`) and in no double ones, or closing on a sentence of
    up to :data:`_POINTER_WORDS` words pointing to the clip (:data:`_CLIP_POINTER`), :data:`_BLURBS` of them or
    more, on a page whose body quotes in double marks (:data:`_COPY_QUOTES` paragraphs or more) and in single marks
    nowhere else: a video's description is written as a title is, its quotations in single marks. A post's signature
    right over one (:data:`_SIGNED`, a post with no title), on a page whose posts are signed so, is a ``byline``.

    >>> copy = [f"“We stay {n},” a worker said." for n in range(5)]
    >>> blurb = "Crews at the dam on Monday. 'We will not leave,' said Jo Lee."
    >>> texts = ["Crews stay", blurb, *copy[:3], "Roads shut", blurb.replace("Monday", "Tuesday"), *copy[3:]]
    >>> _videos_described(texts, ["subhead", "body", "body", "body", "body", "subhead", "body", "body", "body"])
    ['subhead', 'caption', 'body', 'body', 'body', 'subhead', 'caption', 'body', 'body']
    >>> texts[6] = "Crews stayed at the dam on Tuesday. Jo Lee has the details."
    >>> _videos_described(texts, ["subhead", "body", "body", "body", "body", "subhead", "body", "body", "body"])[6]
    'caption'
    """
    shown = _shown(labels)
    single = [n for n in shown[1:] if labels[n] == "body" and _SINGLE_QUOTED.search(texts[n])]
    blurbs = [n for above, n in zip(shown, shown[1:])
              if labels[above] == "subhead" and labels[n] == "body" and _video_description(texts[n])]
    copy = sum(labels[n] == "body" and bool(_DOUBLE_QUOTED.search(texts[n])) for n in shown)
    if len(blurbs) >= _BLURBS and set(single) <= set(blurbs) and copy >= _COPY_QUOTES:
        signed = sum(labels[n] == "byline" and bool(_SIGNED.fullmatch(texts[n].strip())) for n in shown)
        for above, n in zip(shown, shown[1:]):
            if n in blurbs:
                labels[n] = "caption"
                if signed >= _SIGNED_POSTS and _SIGNED.fullmatch(texts[above].strip()):
                    labels[above] = "byline"
    return labels


def _video_description(text: str) -> bool:
    """Whether paragraph ``text`` reads as a video's description: quoting in single marks (:data:`_SINGLE_QUOTED`) and
    in no double ones, or closing on a pointer to the clip (:func:`_points_to_clip`)."""
    return bool(_SINGLE_QUOTED.search(text)) and not _DOUBLE_QUOTED.search(text) or _points_to_clip(text)


def _points_to_clip(text: str) -> bool:
    """Whether paragraph ``text``, of two sentences or more on one line, closes on a sentence of up to
    :data:`_POINTER_WORDS` words pointing to the clip it describes (:data:`_CLIP_POINTER`).

    >>> _points_to_clip("The dam broke on Monday. Jo Lee has the details."), _points_to_clip("Jo Lee has more.")
    (True, False)
    """
    text = text.strip()
    spans = sentence_spans(text)
    last = text[spans[-1][0]:].strip() if len(spans) > 1 and "\n" not in text else ""
    return bool(last) and len(last.split()) <= _POINTER_WORDS and bool(_CLIP_POINTER.fullmatch(last))


def _video_blurb(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a video page's blurb made ``body``: the line right under the page's title opening on "Watch:"
    (:func:`video_title`), set as a clip's ``caption`` ("Our correspondent Jo Lee reports from Elmton ..."), over the
    page's body: the video's description is what the page tells, its first paragraph.

    >>> texts = ["Watch: Why did the dam fail?", "Our correspondent Jo Lee reports from Elmton.", "The dam broke."]
    >>> _video_blurb(texts, ["headline", "caption", "body"])
    ['headline', 'body', 'body']
    >>> _video_blurb(["Why did the dam fail?", *texts[1:]], ["headline", "caption", "body"])[1]
    'caption'
    """
    shown = _shown(labels)
    if [labels[n] for n in shown[:3]] == ["headline", "caption", "body"] and video_title(texts[shown[0]].strip()) \
            and "\n" not in texts[shown[1]].strip():
        labels[shown[1]] = "body"
    return labels


_DAY_OF_MONTH = (rf"(?:{WEEKDAY_NAME},?\s+)?(?:{_MONTH}\s+\d{{1,2}}{_ORDINAL}|\d{{1,2}}{_ORDINAL}\s+{_MONTH})"
                 rf"(?:,?\s+\d{{4}})?")
_DAY_SPAN = re.compile(rf"{_DAY_OF_MONTH}\s*[-{DASHES}{EM_DASHES}]\s*{_DAY_OF_MONTH}")
"""A span of days alone on a line, as an event's box prints its dates ("Sunday, 24 May - Sunday, 7 June")."""


def _event_box(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with an event's box set in the copy made ``promo``: a one-line body paragraph under a subhead that is
    a span of days alone (:data:`_DAY_SPAN`) under another subhead (the event's name), over a line that is not body
    (the article's next subhead): what the site offers during the event, not the story. A timeline's period heads
    paragraphs under no name.

    >>> texts = ["It rained.", "Elm Regatta", "Sunday, 24 May - Sunday, 7 June", "Live coverage of the races online",
    ...          "What are the rules?", "Boats must be wooden."]
    >>> _event_box(texts, ["body", "subhead", "subhead", "body", "subhead", "body"])[3]
    'promo'
    >>> _event_box(texts, ["body", "body", "subhead", "body", "subhead", "body"])[3]
    'body'
    """
    shown = _shown(labels)
    for at in range(2, len(shown) - 1):
        name, span, here, after = shown[at - 2:at + 2]
        if (labels[name], labels[span], labels[here]) == ("subhead", "subhead", "body") and labels[after] != "body" \
                and _DAY_SPAN.fullmatch(texts[span].strip()) and "\n" not in texts[here].strip():
            labels[here] = "promo"
    return labels


_LEAD_IN_WORDS = 4
"""Most words of a lead-in closing on a colon over furniture (see :func:`_lead_in_over_aside`)."""
_CREDITS_HEADING = re.compile(r"\W*(?:\w+\s+){0,2}(?i:credits|guests|contributors|featuring)\s*:")
"""A heading over a programme's credits or its guests, closing on a colon ("Episode credits:", "Guests:",
"Contributors:", "Featuring:")."""


def _lead_in_over_aside(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a lead-in over furniture made ``subhead``: a one-line body paragraph of up to
    :data:`_LEAD_IN_WORDS` words closing on a colon, reporting no one, whose next line shown is not body (a guest
    list set aside under "In this episode:", share buttons the scraper dropped under "Follow us:"). A lead-in over
    the article's own list or quotation has body under it.

    >>> _lead_in_over_aside(["It rained.", "In this episode:", "- Jo Lee, guest", "May 2"],
    ...                     ["body", "body", "subhead", "date"])[1]
    'subhead'
    >>> _lead_in_over_aside(["It rained.", "The demands:", "- More pay"], ["body", "body", "body"])[1]
    'body'
    """
    shown = _shown(labels)
    for n, after in zip(shown, [*shown[1:], None]):
        text = texts[n].strip()
        if (labels[n] == "body" and text.endswith(":") and "\n" not in text and len(text.split()) <= _LEAD_IN_WORDS
                and (after is None or labels[after] != "body") and not reported(text)):
            labels[n] = "subhead"
    return labels


def _credits_under_heading(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the body paragraphs right under a heading over a programme's credits or its guests
    (:data:`_CREDITS_HEADING`, "Episode credits:", "Guests:") made ``credit``, up to the next line that is not body.

    >>> _credits_under_heading(["We hear from crews.", "Episode credits:", "Jo Lee produced it.", "Our editor is Al.",
    ...                         "May 2"], ["body", "chrome", "body", "body", "date"])
    ['body', 'chrome', 'credit', 'credit', 'date']
    >>> _credits_under_heading(["Will the dam hold?", "Guests:", "Jo Lee – Engineer who studies dams in Elmshire.",
    ...                         "Al Roe – Mayor of Elmton"], ["body", "chrome", "body", "subhead"])
    ['body', 'chrome', 'credit', 'subhead']
    """
    shown = _shown(labels)
    for at, n in enumerate(shown):
        if labels[n] != "body" and _CREDITS_HEADING.fullmatch(texts[n].strip()):
            for m in itertools.takewhile(lambda m: labels[m] == "body", shown[at + 1:]):
                labels[m] = "credit"
    return labels


def _note_under_heading(text: str, labels: list[str]) -> bool:
    """Whether a paragraph is a heading's note: one line wholly in brackets, with no stop, right under a subhead
    ("(What the army set out to take)" under "Fighting in the north").

    >>> _note_under_heading("(What the army set out to take)", ["subhead", "whitespace"])
    True
    >>> _note_under_heading("(The army took the town.)", ["subhead"]), _note_under_heading("(Map)", ["body"])
    (False, False)
    """
    last = _last_shown(labels, 1)  # the labels before it only up to the last one shown: no scan of the whole text
    bracketed = _BRACKETED.fullmatch(text.strip())
    return (bool(last) and labels[last[0]] == "subhead" and "\n" not in text.strip() and bracketed is not None
            and not _TERMINAL.search(bracketed.group("inner")))


def _repeats_headline(text: str, headline: str) -> bool:
    """True for a one-line title of four to :data:`_TITLE_WORDS` words that repeats the headline: nearly all of its
    words (four in five) are the headline's, as on a page whose title ("... | The Daily Planet") heads the text and
    whose headline is printed again above the article, perhaps reworded a little, ending as a title does
    (:func:`_open_end`: "Mayor: the bridge is 'not safe'"; "**Rates rose on Monday.**" ends on its stop).

    >>> _repeats_headline("**Rates rose as the bank met on Monday.**", "Rates"), _repeats_headline("Rates rose", "Rates")
    (False, False)
    >>> _repeats_headline("Bank raises rates again | Valley Post", "Bank raises rates again")
    True

    A copy of every word of the title, in order, repeats it however it ends, the field's name a scraper wrote
    before the title (:data:`TITLE_FIELD`) left out:

    >>> _repeats_headline("Rates rise. What comes next.", "Title: Rates rise. What comes next.")
    True

    A paragraph longer than a title (:data:`_TITLE_WORDS` words) repeats none, however many of the title's words
    it holds ("In the news" on a page's menu, and a paragraph of the story naming "the news" at its end).
    """
    if "\n" in text:
        return False
    words, title = tuple(_WORD.findall(text.lower())), _title_words(headline)
    if len(words) >= 4 and words == title:
        return True
    if not _open_end(text) or not 4 <= len(words) <= _TITLE_WORDS:
        return False
    known = set(title)
    return sum(word in known for word in words) >= 0.8 * len(words) or sum(w in set(words) for w in title) >= 0.8 * len(title)


@functools.lru_cache(maxsize=64)
def _title_words(headline: str) -> tuple[str, ...]:
    """The words of a headline in lower case, the field's name a scraper wrote before a title left out
    (:data:`TITLE_FIELD`); remembered, as every paragraph is compared with the same headline.

    >>> _title_words("Title: Rates rise. What comes next.")
    ('rates', 'rise', 'what', 'comes', 'next')
    """
    field = TITLE_FIELD.match(headline)
    return tuple(_WORD.findall(headline[field.end() if field else 0:].lower()))


_PAGE_LINES = ("byline", "date")


_LISTED_ITEM_WORDS = 250
"""Most words of a paragraph taken for an item of a list or a summary between page lines: a longer one is the
article's own text, however the page frames it."""


def _listed_between(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a body paragraph between two page lines (a byline or date line before it, one after it, or a
    short line then one: a name the byline pattern does not know) made ``promo``: an item of a list of other
    stories (name, date, title or teaser, name, date, ...), or a summary between the date line and the authors'
    names under it; so are the items of a dated listing (see :func:`_dated_items`). Read once the byline rules
    have named every byline (an "Authors" heading and the names under it). A paragraph of more than
    :data:`_LISTED_ITEM_WORDS` words is no such item.

    >>> _listed_between(["By Jo Lee", "Rain fell.", "May 2, 2026", "It rained."], ["byline", "body", "date", "body"])
    ['byline', 'promo', 'date', 'body']
    >>> _listed_between(["By Jo Lee", "Rain fell. " * 130, "May 2, 2026", "It rained."],
    ...                 ["byline", "body", "date", "body"])[1]
    'body'
    """
    shown = _shown(labels)
    follow = [labels[n] for n in shown[2:]] + [""]
    items = [here for before, here, after, next_after in zip(shown, shown[1:], follow, follow[1:])
             if labels[here] == "body" and labels[before] in _PAGE_LINES + ("read_more", "promo")
             and (after in _PAGE_LINES or after == "subhead" and next_after in _PAGE_LINES)]
    items += _dated_items(labels, shown)
    items = [n for n in items if len(texts[n].split()) <= _LISTED_ITEM_WORDS]
    if len(set(items)) < labels.count("body"):
        for n in items:
            labels[n] = "promo"
    return labels


_DATED_RUN = 2
"""Most body paragraphs of one item (a title and its teaser) between two date lines of a listing."""
_LISTING_DATES = 3
"""Fewest date lines after the first body paragraph of a page that lists other stories with their dates."""


def _dated_items(labels: list[str], shown: list[int]) -> list[int]:
    """Body paragraphs in runs of up to :data:`_DATED_RUN` between two date lines, after the first body paragraph
    of a page that prints at least :data:`_LISTING_DATES` date lines there: the title and teaser of an item of a
    listing (date, title, teaser, date, ...)."""
    first = next((at for at, n in enumerate(shown) if labels[n] == "body"), len(shown))
    if sum(labels[n] == "date" for n in shown[first:]) < _LISTING_DATES:
        return []
    found, run = [], []
    for at in range(first + 1, len(shown)):
        label = labels[shown[at]]
        if label == "body":
            run.append(shown[at])
            continue
        before = labels[shown[at - len(run) - 1]]
        if run and len(run) <= _DATED_RUN and label == "date" and before == "date":
            found += run
        run = []
    return found


_BEFORE_BYLINE = ("whitespace", "caption", "subhead", "chrome", "prompt", "promo", "headline")
"""Labels that may stand between a standfirst and the byline or date line under it."""


_FOLLOW_LIVE = re.compile(r"(?:^|[.!?]\s+)(?:Follow|Read|Scroll down for) (?:our|the) (?:live ?blog|live (?:coverage|updates|page)"
                          r"|latest updates)\b[^.!?]*[.!?]?\s*$", re.IGNORECASE)
"""The sentence closing a live page's summary: it sends the reader on to the posts ("Follow our liveblog to see how
the day unfolded.")."""


def _wire_lead(text: str) -> bool:
    """Whether ``text`` opens on a wire story's dateline: a place and an agency in brackets (:func:`dateline`).

    >>> _wire_lead("Lima, Ohio (AP)  Crews shored up the dam."), _wire_lead("(CNN) Crews shored up the dam.")
    (True, False)
    """
    opening = dateline(text.lstrip())
    return bool(opening and opening.group("place") and re.fullmatch(AGENCY_PATTERN, opening.group("agency") or ""))


_TITLED_WORDS = r"\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,2}"
_TITLED_DATELINE = re.compile(rf"{_TITLED_WORDS},\s+{_TITLED_WORDS}\s+[{DASHES}{EM_DASHES}]\s+[\p{{Lu}}\d\"“‘]")
"""An outlet's own dateline opening a story's first paragraph, the place in title case with its country or state
after a comma, then a dash ("Elmton, Maine – Crews ..."): no agency named."""


def _standfirst(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a standfirst set aside as ``subhead``: the first body paragraph when a byline or a date
    line follows it before any other body paragraph (a summary printed above the byline), and body follows, unless
    a wire's dateline opens it (:func:`_wire_lead`: the story's first paragraph printed above its date); or when
    it closes by sending the reader on to a live page's posts (:data:`_FOLLOW_LIVE`), or stands right under the
    headline as one sentence of up to :data:`_TITLE_WORDS` words ending as a title does (:func:`_open_end`: a dek
    printed with no full stop, too long to read as a subhead), or is one sentence right over an editor's note opening
    the story (:func:`_over_editors_note`), or stands right over a broadcast transcript's first speaker label
    (:func:`_over_transcript`), or is an opinion piece's or a programme page's dek (:func:`_opinion_or_programme_dek`),
    and body follows.

    >>> _standfirst(["Talks began. Follow our live blog for the latest.", "The envoys met."], ["body", "body"])
    ['subhead', 'body']
    >>> _standfirst(["Talks began.", "May 2, 2026", "The envoys met."], ["body", "date", "body"])
    ['subhead', 'date', 'body']
    >>> _standfirst(["Geneva (AFP) – Talks began.", "May 2, 2026", "The envoys met."], ["body", "date", "body"])
    ['body', 'date', 'body']
    >>> texts = ["Ferry talks resume", "\\n", "The two sides meet again on Monday to settle the pay of the ferry crews",
    ...          "\\n", "The envoys met."]
    >>> _standfirst(texts, ["headline", "whitespace", "body", "whitespace", "body"])
    ['headline', 'whitespace', 'subhead', 'whitespace', 'body']
    """
    first = labels.index("body")
    after = next((n for n in range(first + 1, len(labels)) if labels[n] not in _BEFORE_BYLINE), None)
    opening = texts[first - 1] if first and labels[first - 1] == "dateline" else texts[first]
    dated = after is not None and labels[after] in ("byline", "date") and not _wire_lead(opening)
    if (dated or after is not None and (_FOLLOW_LIVE.search(texts[first]) or _dek(texts, labels, first)
                                        or _summary_dek(texts, labels, first) or _dek_retold(texts, labels, first)
                                        or _opinion_or_programme_dek(texts, labels, first)
                                        or _over_editors_note(texts, first, after)
                                        or _over_transcript(texts, labels, first))) and "body" in labels[after:]:
        labels[first] = "subhead"
    return labels


_SPEAKER_LABEL = re.compile(r"\p{Lu}[\p{Lu}.'’ -]{1,30},[\p{Lu}.'’ -]{1,30}:")
"""A broadcast transcript's first speaker label on a line of its own: a name and a role in capitals ("JO ROE,
HOST:"; not a field's name, "POSTED IN:")."""


def _over_transcript(texts: list[str], labels: list[str], first: int) -> bool:
    """Whether the first body paragraph stands right over a transcript's first speaker label
    (:data:`_SPEAKER_LABEL`), perhaps with captions between (a note on the sound played first: "(SOUNDBITE OF
    MUSIC)"): the program's summary printed above the transcript.

    >>> _over_transcript(["The crews tell how they held the dam.", "JO ROE, HOST:", "Good evening."], ["body"] * 3, 0)
    True
    >>> _over_transcript(["The crews tell how they held the dam.", "Good evening."], ["body"] * 2, 0)
    False
    >>> _over_transcript(["The crews tell how they held the dam.", "(SOUNDBITE OF MUSIC)", "JO ROE, HOST:", "Hello."],
    ...                  ["body", "caption", "body", "body"], 0)
    True
    """
    shown = [n for n in _shown(labels) if n > first and labels[n] != "caption"]
    return bool(shown) and bool(_SPEAKER_LABEL.fullmatch(texts[shown[0]].strip()))


_EDITORS_NOTE = re.compile(r"^\W*(?i:editor[’']?s?[’']?\s+note)\s*:")
"""An editor's note opening the story, perhaps in square brackets ("[Editor's note: Spoilers follow.]")."""


def _over_editors_note(texts: list[str], first: int, after: int) -> bool:
    """Whether the first body paragraph, one sentence, stands right over an editor's note (:data:`_EDITORS_NOTE`): the
    note opens the story, the sentence over it is its deck.

    >>> _over_editors_note(["The crews tell how they held the dam.", "[Editor's note: Names are changed.]"], 0, 1)
    True
    >>> _over_editors_note(["It rained. The dam held.", "[Editor's note: Names are changed.]"], 0, 1)
    False
    """
    return bool(_EDITORS_NOTE.match(texts[after])) and not _INNER_STOP.search(texts[first].strip())


_ABOVE_LEAD = 2
"""Most body lines a page may print between its headline and a wire story's lead that are set aside (a dek, a
video's description: see :func:`_above_wire_lead`)."""


def _above_wire_lead(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the body lines printed between the headline and a wire story's lead (its first paragraph,
    opened by the wire's dateline: :func:`_wire_lead`, or by the outlet's own in title case: :data:`_TITLED_DATELINE`)
    set aside as ``subhead``: one line each, at most :data:`_ABOVE_LEAD` of them (a dek, a video's description): the
    story starts at its dateline.

    >>> texts = ["Dam holds", "Crews shore up the dam as rain falls.", "LIMA (AP) — The dam held.", "It rained."]
    >>> _above_wire_lead(texts, ["headline", "body", "body", "body"])
    ['headline', 'subhead', 'body', 'body']
    >>> _above_wire_lead(["Dam holds", "Crews shore up the dam.", "The dam held."], ["headline", "body", "body"])
    ['headline', 'body', 'body']
    >>> _above_wire_lead(["Dam holds", "Fears grow.", "Lima, Ohio – The dam held."], ["headline", "body", "body"])[1]
    'subhead'
    """
    shown = _shown(labels)
    head = next((at for at, n in enumerate(shown) if labels[n] == "headline"), None)
    if head is None:
        return labels
    after = [n for n in shown[head + 1:] if labels[n] in ("body", "dateline")]
    lead = next((at for at, n in enumerate(after) if _wire_lead(texts[n]) or _TITLED_DATELINE.match(texts[n].lstrip())),
                None)
    above = after[:lead] if lead else []
    if not above or len(above) > _ABOVE_LEAD or any(labels[n] != "body" or "\n" in texts[n].strip() for n in above):
        return labels
    return [("subhead" if n in above else label) for n, label in enumerate(labels)]


def _dek(texts: list[str], labels: list[str], n: int) -> bool:
    """Whether paragraph ``n`` stands right under the headline as one sentence on one line, of up to
    :data:`_TITLE_WORDS` words, ending as a title does (:func:`_open_end`): a dek printed with no full stop; or
    ending on a question mark over a line that is not body (a question answered right under it opens an interview).

    >>> _dek(["Ferry talks resume", "Both sides meet on Monday"], ["headline", "body"], 1)
    True
    >>> _dek(["Ferry talks resume", "Both sides meet on Monday."], ["headline", "body"], 1)
    False
    >>> _dek(["Ferry talks resume", "Why did you stop the ferry?", "We had to."], ["headline", "body", "body"], 1)
    False
    >>> labels = ["headline", "body", "promo", "body"]
    >>> _dek(["Ferry talks resume", "Will the ferry run?", "Listen", "It ran."], labels, 1)
    True
    """
    shown = _shown(labels[:n])
    text = texts[n].strip()
    after = next((labels[m] for m in _shown(labels) if m > n), "body") if text.endswith("?") else ""
    return (bool(shown) and labels[shown[-1]] == "headline" and "\n" not in text and _open_end(text)
            and after != "body" and not _INNER_STOP.search(text) and len(text.split()) <= _TITLE_WORDS)


_DEK_WORDS = (7, 25)
"""Fewest and most words of a dek written as a headline's summary sentence (see :func:`_summary_dek`)."""
_WHEN_WORDS = frozenset(WEEKDAYS) | frozenset(DAY_OFFSETS) | {"weekend"}
"""Words telling on which day a story happened ("on Friday", "yesterday", "this weekend"), lower case."""


_SAYS_DEK = re.compile(r"(?:\S+\s+){1,5}(?:says?|(?:is|are)\s+(?:saying|reporting))\s")
"""A summary's report in the present tense, as headlines write it: a subject of up to five words, then "says" or
"say", or "is" or "are" and "saying" or "reporting" ("Ferry crews say ...", "Local media are reporting ...")."""


def _summary_dek(texts: list[str], labels: list[str], n: int) -> bool:
    """Whether paragraph ``n`` stands right under the headline as a dek written as headlines are: one sentence on one
    line closing on a full stop, of :data:`_DEK_WORDS` words, holding no article, demonstrative or possessive
    (:data:`~newskit.text.lexicon.DETERMINERS`: a story's sentences hold them) or opening on a report in the
    present tense (:data:`_SAYS_DEK`: a story's lede tells it in the past) quoting in no double marks (a dek quotes
    in single ones, as headlines do) or holding them only in a closing apposition
    (:func:`_closing_apposition`) over a longer paragraph telling it, and
    no day (:data:`_WHEN_WORDS`: a lede tells when, "U.S. Rep. Jo Roe resigned on Friday ..."), and no wire's dateline
    opens it.

    >>> _summary_dek(["Ferry talks resume", "Crews and owners meet over pay after weeks of strikes on routes."],
    ...              ["headline", "body"], 1)
    True
    >>> _summary_dek(["Ferry talks resume", "Crews and owners met over their pay after weeks of strikes."],
    ...              ["headline", "body"], 1)
    False
    >>> _summary_dek(["Ferry talks resume", "Crews and owners met on Monday over pay after weeks of strikes."],
    ...              ["headline", "body"], 1)
    False
    >>> lede = "The ferry crews' union and the owners of the lines met again in the port on Monday to talk about pay."
    >>> [_summary_dek(["Ferry talks resume", dek, lede], ["headline", "body", "body"], 1) for dek in (
    ...     "The union says the talks will bring no change to its strikes.",
    ...     "Local media are reporting that a deal may come on the pay of crews.",
    ...     "Two ferries halted, including three night services.",
    ...     "Two crews hurt in blast on ferry in Lima, capital of the region.",
    ...     'The union says the talks went well, but a deal "is some way off".')]
    [True, True, True, True, False]
    >>> _summary_dek(["Ferry talks resume", "The union says the talks will bring no change.", "Owners agree."],
    ...              ["headline", "body", "body"], 1)
    False
    """
    text = texts[n].strip()
    says = bool(_SAYS_DEK.match(text)) and not QUOTE_MARK.search(text)
    plain = not DETERMINERS & set(_WORD.findall(text.lower())) \
        or _told_at_length(texts, labels, n) and (says or _closing_apposition(text) or _told_in_past(texts, labels, n))
    return (_dek_shaped(texts, labels, n) and text.endswith(".") and plain and _DEK_WORDS[0] <= len(text.split())
            and not _wire_lead(text))


_PRESENT_S = re.compile(r"(?<![\w'’-])\p{Ll}{2,}[^\W\dsiu'’]s\b")
"""A word that may be a verb in the third person's present ("surges", "cites", "fails"; not "across", "status",
"basis"): see :func:`_told_in_past`."""


def _told_in_past(texts: list[str], labels: list[str], n: int) -> bool:
    """Whether paragraph ``n`` tells in the present a word (:data:`_PRESENT_S`) a later body paragraph writes in the
    past ("surges" and "surged", "cites" and "cited", "fails" and "failed"), never in the present: a headline's present
    (a dek reports as headlines do; the story under it tells what happened).

    >>> texts = ["Ferry fares", "Port of Elm fails to cut fares as costs rise.", "Fares rose.", "It failed to act."]
    >>> _told_in_past(texts, ["headline", "body", "body", "body"], 1)
    True
    >>> _told_in_past([*texts[:3], "It fails to act."], ["headline", "body", "body", "body"], 1)
    False
    """
    later = {word.lower() for m in _shown(labels) if m > n and labels[m] == "body" for word in _WORD.findall(texts[m])}
    return any(word not in later and not later.isdisjoint({f"{word[:-1]}d", f"{word[:-1]}ed"})
               for word in _PRESENT_S.findall(texts[n]))


def _dek_shaped(texts: list[str], labels: list[str], n: int) -> bool:
    """Whether paragraph ``n`` stands right under the headline as one sentence on one line of up to
    :data:`_DEK_WORDS` words telling no day (:data:`_WHEN_WORDS`: a lede tells when): a dek's shape.

    >>> _dek_shaped(["Ferry talks resume", "Crews and owners meet over pay."], ["headline", "body"], 1)
    True
    >>> _dek_shaped(["Ferry talks resume", "Crews and owners meet on Monday."], ["headline", "body"], 1)
    False
    """
    above = _shown(labels[:n])
    text = texts[n].strip()
    return (bool(above) and labels[above[-1]] == "headline" and "\n" not in text and len(text.split()) <= _DEK_WORDS[1]
            and not _WHEN_WORDS & set(_WORD.findall(text.lower())) and len(sentence_spans(text)) == 1)


def _told_at_length(texts: list[str], labels: list[str], n: int) -> bool:
    """Whether the paragraph shown after paragraph ``n`` is body of more words: a dek's report told at length.

    >>> _told_at_length(["Crews meet.", "Crews and owners met on Monday."], ["body", "body"], 0)
    True
    """
    after = next((m for m in _shown(labels) if m > n), None)
    return after is not None and labels[after] == "body" and len(texts[after].split()) > len(texts[n].split())


def _opinion_or_programme_dek(texts: list[str], labels: list[str], n: int) -> bool:
    """Whether paragraph ``n`` has a dek's shape (:func:`_dek_shaped`), told at more length under it
    (:func:`_told_at_length`), on a page that sets aside a note that its views are the author's own
    (:data:`~newskit.furniture.DISCLAIMER`: an opinion piece's dek over its first paragraph) or a heading over a
    programme's credits or guests (:data:`_CREDITS_HEADING`: a programme page's dek over its description).

    >>> texts = ["Ferries need a deal", "Without a deal, the strike could spread to every port on the coast.",
    ...          "As the talks drag on, the crews and the owners are further apart than at any time this year.",
    ...          "The views expressed are the author's own and do not necessarily reflect the Planet's stance."]
    >>> _opinion_or_programme_dek(texts, ["headline", "body", "body", "chrome"], 1)
    True
    >>> _opinion_or_programme_dek(texts[:3], ["headline", "body", "body"], 1)
    False
    >>> _opinion_or_programme_dek([*texts[:3], "Contributors:", "Jo Lee – port historian"], ["headline", "body", "body", "credit",
    ...                                                                         "subhead"], 1)
    True
    """
    return (_dek_shaped(texts, labels, n) and _told_at_length(texts, labels, n)
            and any(label != "body" and (DISCLAIMER.search(text) or _CREDITS_HEADING.fullmatch(text.strip()))
                    for text, label in zip(texts, labels)))


_DEK_RETOLD = 0.75
"""Least share of a dek's content words (:func:`newskit.text.tokens.stem`) one later paragraph uses again (see
:func:`_dek_retold`)."""


def _dek_retold(texts: list[str], labels: list[str], n: int) -> bool:
    """Whether paragraph ``n`` stands right under the headline as one sentence on one line of up to
    :data:`_DEK_WORDS` words, telling no day (:data:`_WHEN_WORDS`: a lede tells when), most of whose content words
    (:data:`_DEK_RETOLD`, as stems) one later body paragraph uses again: a dek lifted from a line of the story. A lede
    is told at more length after it, never line for line.

    >>> texts = ["Mine blast", "Among the workers trapped are six in critical condition.", "A mine exploded.",
    ...          "Among the workers still trapped underground are six in critical condition, it said."]
    >>> _dek_retold(texts, ["headline", "body", "body", "body"], 1)
    True
    >>> _dek_retold([*texts[:3], "Six workers are in hospital."], ["headline", "body", "body", "body"], 1)
    False
    >>> dated = [texts[0], texts[1].replace(".", " on Monday."), *texts[2:]]
    >>> _dek_retold(dated, ["headline", "body", "body", "body"], 1)
    False
    """
    found = set(_named_stems(texts[n].strip()))
    if not found or not _dek_shaped(texts, labels, n):
        return False
    later = [_named_stems(texts[m]) for m in _shown(labels) if m > n and labels[m] == "body"]
    return any(len(found & stems) >= _DEK_RETOLD * len(found) for stems in later)


_APPOSITION_WORDS = 6
"""Most words of the apposition closing a dek written as headlines are (see :func:`_closing_apposition`)."""


def _closing_apposition(text: str) -> bool:
    """Whether the determiners of sentence ``text`` (:data:`~newskit.text.lexicon.DETERMINERS`) all stand in the
    apposition closing it, after its last comma, of up to :data:`_APPOSITION_WORDS` words and opening on none: a dek
    written as headlines are, naming a place ("Crews hurt in blast at port in Lima, capital of the region.").

    >>> _closing_apposition("Crews hurt in blast at port in Lima, capital of the region.")
    True
    >>> _closing_apposition("Crews were hurt in a blast at the port, officials said."), _closing_apposition("It rained.")
    (False, False)
    """
    head, comma, tail = text.rpartition(",")
    closing = _WORD.findall(tail.lower())
    return (bool(comma) and not DETERMINERS & set(_WORD.findall(head.lower())) and len(closing) <= _APPOSITION_WORDS
            and bool(closing) and closing[0] not in DETERMINERS and bool(DETERMINERS & set(closing)))


_SUMMARY_ITEMS = 5
"""Most body paragraphs of a summary box (bullets under "Key Points") above the article."""


def _summary_box(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the items of a summary box above the article made ``subhead``: the body paragraphs right
    under a summary box's heading (:data:`_SUMMARY_HEADING`, "Key Points") that no body paragraph precedes but
    list items (a teaser's line left among the menus: "* Rates Rise? Not Yet."), up
    to :data:`_SUMMARY_ITEMS` of them, when a line that is not body (a picture's caption, a subhead) ends them
    and body follows (more of them, or none after: the heading is over the article itself); bulleted items end
    where unbulleted prose begins. A heading long enough to be read as body is set aside with its items.

    >>> texts = ["Key Points", "Rates rose.", "Prices fell.", "(Photo: AP)", "The bank raised rates.", "More."]
    >>> _summary_box(texts, ["subhead", "body", "body", "caption", "body", "body"])
    ['subhead', 'subhead', 'subhead', 'caption', 'body', 'body']
    >>> texts = ["Here's what you'll learn when you read this story:", "* Rates rose.", "* Prices fell.", "It rained."]
    >>> _summary_box(texts, ["body"] * 4)
    ['subhead', 'subhead', 'subhead', 'body']
    """
    shown = _shown(labels)
    heading = next((at for at, n in enumerate(shown) if _SUMMARY_HEADING.fullmatch(texts[n].strip())), None)
    if heading is None or any(labels[n] == "body" and not _LIST_MARK.match(texts[n]) for n in shown[:heading]):
        return labels
    first = heading + 1
    items = list(itertools.takewhile(lambda n: labels[n] == "body", shown[first:]))
    if items and _LIST_MARK.match(texts[items[0]]):  # bullets: the box ends where the article's prose begins
        items = list(itertools.takewhile(lambda n: _LIST_MARK.match(texts[n]), items))
    rest = shown[first + len(items):]
    if len(items) <= _SUMMARY_ITEMS and any(labels[n] == "body" for n in rest):
        for n in [shown[first - 1], *items]:
            labels[n] = "subhead" if labels[n] == "body" else labels[n]
    return labels


def _generated_summary(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a summary a machine wrote made ``subhead``: the body paragraphs, up to :data:`_SUMMARY_ITEMS`,
    right above a note saying so (:data:`~newskit.furniture.GENERATED_NOTE`, "Summaries were generated by AI.")
    and right under a heading (``subhead``), when body follows the note (the article the summary sums up). The
    article's last paragraph over such a note has no heading right above it.

    >>> texts = ["## Summary", "Rates rose.", "Summaries were generated by AI.", "The bank raised rates on Monday."]
    >>> _generated_summary(texts, ["subhead", "body", "chrome", "body"])
    ['subhead', 'subhead', 'chrome', 'body']
    """
    shown = _shown(labels)
    for at, n in enumerate(shown):
        if GENERATED_NOTE.match(texts[n]) and "body" in (labels[m] for m in shown[at + 1:]):
            above = list(itertools.takewhile(lambda m: labels[m] == "body", reversed(shown[:at])))
            under = shown[at - len(above) - 1] if at > len(above) else None
            for m in above if len(above) <= _SUMMARY_ITEMS and under is not None and labels[under] == "subhead" else ():
                labels[m] = "subhead"
    return labels


_HEADLINE_LEAST = 4
"""Fewest words of a headline printed over the byline (a shorter line there is a section's or a kicker's)."""


def _headline_over_byline(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with the article's headline printed beside its byline made ``headline`` where it was read as a
    ``subhead`` (the page's first title-like line, a place or a site's name, took the headline's label): the
    line right above the first byline or date line that stands before any body paragraph (section lines, chrome,
    may come between; on a page with no headline found yet, also above the run of them nearest the article, where a
    menu printed the day first, and past a dek set aside over them) when it reads as a headline
    (:func:`_headline_line`) and stands under no headline marked as a Markdown heading (then it is the dek); where
    that line is no headline and none, a byline's, the line right under the byline when a date line follows it within
    two lines (a column's writer printed over its headline).

    >>> texts = ["Harbourton, ME", "News", "Ferry crews vote to strike over pay", "Jane Roe", "It rained."]
    >>> _headline_over_byline(texts, ["headline", "chrome", "subhead", "byline", "body"])
    ['headline', 'chrome', 'headline', 'byline', 'body']
    >>> texts = ["Ferry news", "The Harbour Never Sleeps", "The Harbour Never Sleeps", "Opinion", "Jane Roe",
    ...          "Why the ferry crews are right to strike", "May 2, 2024", "It rained."]
    >>> _headline_over_byline(texts, ["headline", "subhead", "subhead", "chrome", "byline", "subhead", "date", "body"])
    ['headline', 'subhead', 'subhead', 'chrome', 'byline', 'headline', 'date', 'body']
    >>> texts = ["# Ferry crews vote to strike", "Crews want a rise in pay", "Jane Roe", "It rained."]
    >>> _headline_over_byline(texts, ["headline", "subhead", "byline", "body"])
    ['headline', 'subhead', 'byline', 'body']
    """
    shown = _shown(labels)
    start = article_start(labels)
    first = next((at for at, n in enumerate(shown) if n >= start), len(shown))
    marks = [at for at in range(first) if labels[shown[at]] in _PAGE_LINES]
    if not marks:
        return labels
    nearest = marks[-1]  # the run of byline and date lines nearest the article, where a menu printed the day first
    while marks.index(nearest) > 0 and all(button_line(texts[n], labels[n]) or _HANDLE.fullmatch(texts[n].strip())
                                           for n in shown[marks[marks.index(nearest) - 1] + 1:nearest]):
        nearest = marks[marks.index(nearest) - 1]  # buttons and the writer's handle may stand between them
    headed = any(labels[n] == "headline" and _headline_line(texts, shown, n) for n in shown[:first])
    for mark in dict.fromkeys((marks[0],) if headed else (marks[0], nearest)):  # a page with no headline yet
        if _headline_by_mark(texts, labels, shown, mark, first, past_dek=not headed):
            break
    return labels


def _cut_lede_title(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a title made of the lede's opening words cut with an ellipsis (:data:`_CUT_TITLE`), right over
    the lede (its dateline apart), made ``headline`` on a page with no headline before it (a menu's word taken for
    one aside: :func:`_headline_line`): an archive's page that
    titles a story with no headline by its first words ("Police had no choice but to..." over "ELMTON -- Police had
    no choice but to shoot ...").

    >>> texts = ["May 2, 1982", "Crews worked through the night to...", "ELMTON -- ",
    ...          "Crews worked through the night to clear the road.", "It rained."]
    >>> _cut_lede_title(texts, ["date", "promo", "dateline", "body", "body"])
    ['date', 'headline', 'dateline', 'body', 'body']
    """
    shown = [n for n in _shown(labels) if labels[n] != "dateline"]
    for here, after in zip(shown, shown[1:]):
        if labels[here] == "headline" and _headline_line(texts, shown, here):
            return labels
        cut = _CUT_TITLE.search(texts[here].strip())
        if cut and labels[here] in ("promo", "subhead") and labels[after] == "body" and "\n" not in texts[here].strip():
            opening = _WORD.findall(texts[here].strip()[:cut.start()])
            if len(opening) >= _HEADLINE_LEAST and _WORD.findall(texts[after])[:len(opening)] == opening:
                labels[here] = "headline"
                return labels
    return labels


def _headline_by_mark(texts: list[str], labels: list[str], shown: list[int], mark: int, first: int,
                      past_dek: bool = True) -> bool:
    """Whether a headline was found by the byline or date line ``shown[mark]`` (``first``: where the article starts
    among ``shown``) for :func:`_headline_over_byline`, which ``labels`` then shows: the line above it (past a dek
    set aside, its dateline apart, if ``past_dek``), or the line under a byline over a date line.

    >>> labels = ["subhead", "dateline", "promo", "byline", "body"]
    >>> _headline_by_mark(["Ferry crews vote to strike over pay", "ELMTON -- ", "Talks broke down.", "Jane Roe",
    ...                    "It rained."], labels, [0, 1, 2, 3, 4], 3, 4), labels[0]
    (True, 'headline')
    """
    above, dek = _above_mark(texts, labels, shown[:mark])
    if past_dek and above is not None and labels[above] == "promo":
        above, dek = _above_dek(texts, labels, shown[:mark], above)
    if above is not None and labels[above] == "subhead" and _headline_line(texts, shown, above) and not dek:
        labels[above] = "headline"
        return True
    if (above is None or labels[above] != "byline" and not (labels[above] == "headline" and _headline_line(
            texts, shown, above))) and labels[shown[mark]] == "byline" \
            and mark + 1 < first and labels[shown[mark + 1]] == "subhead" and _headline_line(texts, shown, shown[
                mark + 1]) and "date" in [labels[n] for n in shown[mark + 2:mark + 4]]:
        labels[shown[mark + 1]] = "headline"
        return True
    return False


def _above_dek(texts: list[str], labels: list[str], before: list[int], dek: int) -> tuple[int | None, bool]:
    """:func:`_above_mark` over the dek ``dek`` set aside over a byline (its dateline, set apart, aside).

    >>> _above_dek(["Ferry crews vote to strike", "ELMTON -- ", "Talks broke down."], ["subhead", "dateline", "promo"],
    ...            [0, 1, 2], 2)
    (0, False)
    """
    return _above_mark(texts, labels, [n for n in before if n < dek and labels[n] != "dateline"])


def _above_mark(texts: list[str], labels: list[str], before: list[int]) -> tuple[int | None, bool]:
    """The paragraph right above a byline or date line (buttons and links aside, :func:`button_line`) among
    ``before``, and whether it stands under a headline marked as a Markdown heading (then it is that headline's dek).

    >>> _above_mark(["# Ferry strike", "Crews want more pay", "News"], ["headline", "subhead", "chrome"], [0, 1, 2])
    (1, True)
    >>> _above_mark(["Ferry crews vote to strike", "Gift this article", "[Contact us](/contact)"],
    ...             ["subhead", "subhead", "read_more"], [0, 1, 2])
    (0, False)
    """
    above, over = ([n for n in reversed(before) if not button_line(texts[n], labels[n])] + [None, None])[:2]
    return above, over is not None and labels[over] == "headline" and bool(_heading_level(texts[over]))


BUTTONS = ("chrome", "prompt", "read_more")
"""Labels of the buttons and links a page prints between a headline and its byline (share, gift, contact us)."""


def button_line(text: str, label: str) -> bool:
    """Whether a line between a headline and its byline is a button or a link (:data:`BUTTONS`), or a
    subhead shorter than a headline (:data:`_HEADLINE_LEAST` words: "Gift this article", "Bookmark").

    >>> button_line("Share", "chrome"), button_line("Gift this article", "subhead")
    (True, True)
    >>> button_line("Ferry crews vote to strike", "subhead")
    False
    """
    return label in BUTTONS or label == "subhead" and len(text.split()) < _HEADLINE_LEAST


_UNDERLINE = re.compile(r"\n[ \t]*(?:=+|-+)[ \t]*$")
"""A Markdown heading's underline closing its paragraph ("Roads close" over "=====")."""


def _headline_line(texts: list[str], shown: list[int], n: int) -> bool:
    """Whether paragraph ``n`` reads as a headline: a title (:func:`_opens_as_title`) on one line of
    :data:`_HEADLINE_LEAST` words or more, not printed twice in a row (a masthead's slogan, its logo's text over
    its caption).

    >>> texts = ["The Harbour Never Sleeps", "The Harbour Never Sleeps", "Ferry crews vote to strike over pay"]
    >>> _headline_line(texts, [0, 1, 2], 1), _headline_line(texts, [0, 1, 2], 2)
    (False, True)
    """
    text = _UNDERLINE.sub("", texts[n].strip())
    at = shown.index(n)
    if at > 0 and texts[shown[at - 1]].strip() == text:
        return False
    return len(text.split()) >= _HEADLINE_LEAST and "\n" not in text and _opens_as_title(text, True, len(text.split()))


_JOINING = ("and", "but", "so", "yet", "or")
"""Conjunctions a question the story asks may open with ("So was it worth it?", "But why did it fail?")."""


def _asked_in_story(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a question the story itself asks, set apart on its line between body paragraphs, made
    ``body``: a yes-or-no question (:data:`newskit.text.lexicon.YES_NO_OPENERS`), one opening on a conjunction or
    one opening on a word set off by a comma (:func:`_story_question`), in sentence case whose capitalised words the
    body before it has all named ("Did that mean Roe would sign?" after paragraphs about Roe). A section's heading
    asks what the section tells ("Where do the buyers come from?") or is written in title case; on a page setting
    more than :data:`_ALIKE_HEADINGS` questions as headings (an explainer's), only a question opening on a
    conjunction is the story's. An advertisement's placeholder between the paragraphs does not part them.

    >>> texts = ["Jo Roe sells boats.", "Was Roe pleased with the offer?", "She was not."]
    >>> _asked_in_story(texts, ["body", "subhead", "body"])
    ['body', 'body', 'body']
    >>> _asked_in_story(["Jo Roe sells boats.", "Was Doe pleased?", "No."], ["body", "subhead", "body"])
    ['body', 'subhead', 'body']
    >>> _asked_in_story(["Jo Roe sells boats.", "Advertisement", "But why does Roe sell?", "No one knows."],
    ...                 ["body", "promo", "subhead", "body"])
    ['body', 'promo', 'body', 'body']
    >>> _asked_in_story(["Jo Roe sells boats.", "Who buys?", "Elm Co.", "Why?", "Price.", *texts[1:]],
    ...                 ["body", "subhead", "body", "subhead", "body", "subhead", "body"])[5]
    'subhead'
    """
    shown = [n for n in _shown(labels) if labels[n] != "promo"]  # an advertisement's placeholder parts nothing
    asked = sum(labels[n] == "subhead" and texts[n].rstrip().endswith("?") for n in shown)
    named: set[str] = set()
    unread: list[int] = []  # body paragraphs whose words are read only when a question is met
    for before, n, after in zip(shown, shown[1:], shown[2:] + [None]):
        if labels[before] == "body":
            unread.append(before)
        if labels[n] == "subhead" and labels[before] == "body" and after is not None and labels[after] == "body":
            named.update(word for read in unread for word in _WORD.findall(texts[read]))
            unread.clear()
            if _story_question(texts[n].strip(), named) and (asked <= _ALIKE_HEADINGS or _joined(texts[n])):
                labels[n] = "body"
    return labels


def _closing_question(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a question opening on a conjunction (:func:`_joined`) right under a body paragraph, with no body
    paragraph after it on the page, made ``body``: the copy closes on the question it sets (a programme's description
    over its credits, "So, why now?"); a heading heads the text under it.

    >>> _closing_question(["Jo Roe sells boats.", "So, why now?", "Host: Al Doe"], ["body", "subhead", "subhead"])
    ['body', 'body', 'subhead']
    >>> _closing_question(["Jo Roe sells boats.", "So, why now?", "It pays."], ["body", "subhead", "body"])[1]
    'subhead'
    """
    shown = _shown(labels)
    for before, n in zip(shown, shown[1:]):
        text = texts[n].strip()
        if (labels[n] == "subhead" and labels[before] == "body" and "body" not in labels[n + 1:]
                and text.endswith("?") and _joined(text) and not _INNER_STOP.search(text)):
            labels[n] = "body"
    return labels


def _joined(text: str) -> bool:
    """Whether a line opens on a conjunction (:data:`_JOINING`), carrying on from the text before it.

    >>> _joined("But why did Roe sell?"), _joined("Butter prices rise")
    (True, False)
    """
    opening = _WORD.findall(text)[:1]
    return bool(opening) and opening[0].lower() in _JOINING


def _story_question(text: str, named: set[str]) -> bool:
    """Whether a line is a question in sentence case whose capitalised words are all in ``named``, asked in the
    story's voice: a yes-or-no question, one after a word and a comma ("Now, how does Roe's claim stand?") or one
    opening on a conjunction (:data:`_JOINING`: "But why did Roe sell?"), which carries on from the text before it.

    >>> _story_question("Now, where will Roe go after the sale?", {"Roe"}), _story_question("Where will Roe go?", {"Roe"})
    (True, False)
    >>> _story_question("But why did Roe sell the boats?", {"Roe"})
    True
    """
    words = _WORD.findall(text)
    opening = [w.lower() for w in words[:2]]
    joined = _joined(text)  # "But why ...?" carries on from the paragraph before it
    voiced = joined or bool(opening) and opening[0] in YES_NO_OPENERS or bool(_LEADING_WORD.match(text))
    names = [w for w in words[1:] if w[0].isupper()]
    return text.endswith("?") and voiced and bool(names) and all(w in named for w in names) and not title_case(text)


_LEADING_WORD = re.compile(r"\p{Lu}\p{Ll}+, \p{Ll}")
"""A sentence opening on one word set off by a comma ("Now, how ...", "Still, is ...")."""


_SUMMARY_LINES = 3
"""Fewest lines of a summary printed under the byline with no heading (two short lines there are as often a lead
and the line saying who reported it)."""
_SUMMARY_LINE_WORDS = 25
"""Most words of one line of a summary printed under the byline with no heading over it."""
_RESTATED = 0.5
"""Least share of a summary line's content words (:func:`newskit.text.tokens.stem`) the article after it uses again."""


def _summary_lines(texts: list[str], labels: list[str]) -> list[str]:
    """``labels`` with a summary printed under the byline, with no heading, made ``subhead``: the body lines right
    under a byline or date line, :data:`_SUMMARY_LINES` to :data:`_SUMMARY_ITEMS` of them, each one sentence of up to
    :data:`_SUMMARY_LINE_WORDS` words, when a longer body paragraph follows them and the article after them uses
    again most words of each (:data:`_RESTATED`): bullets retelling the article before it begins. A lead written
    one short sentence a paragraph goes on in such lines, or tells what the rest does not repeat: it stays body.

    >>> texts = ["By Jo Roe", "Rates rose in May.", "Bread cost more.", "Rent rose most of all.",
    ...          "The central bank raised rates in May, its third rise this year, and bread, milk, fuel and rent all "
    ...          "cost more than they did a year ago, the statistics office said on Friday.", "Rent rose most."]
    >>> _summary_lines(texts, ["byline", "body", "body", "body", "body", "body"])
    ['byline', 'subhead', 'subhead', 'subhead', 'body', 'body']
    """
    shown = _shown(labels)
    first = next((at for at, n in enumerate(shown) if labels[n] == "body"), len(shown))
    if not 0 < first < len(shown) or labels[shown[first - 1]] not in _PAGE_LINES:
        return labels
    items = list(itertools.takewhile(lambda n: labels[n] == "body" and _summary_line(texts[n]), shown[first:]))
    rest = [n for n in shown[first + len(items):] if labels[n] == "body"]
    if not _SUMMARY_LINES <= len(items) <= _SUMMARY_ITEMS or not rest or rest[0] != shown[first + len(items)]:
        return labels
    later = {w for n in rest for w in _stems(texts[n])}
    if all(_restated(texts[n], later) for n in items):
        for n in items:
            labels[n] = "subhead"
    return labels


def _summary_line(text: str) -> bool:
    """Whether a paragraph reads as one line of a summary: one sentence closing with a full stop, up to
    :data:`_SUMMARY_LINE_WORDS` words.

    >>> _summary_line("Rates rose in May."), _summary_line("Rates rose. Bread cost more."), _summary_line("Rates rose")
    (True, False, False)
    """
    text = text.strip()
    return text.endswith(".") and not _INNER_STOP.search(text) and len(_WORD.findall(text)) <= _SUMMARY_LINE_WORDS


def _stems(text: str) -> list[str]:
    """The stems (:func:`newskit.text.tokens.stem`) of the words of ``text`` that are no function words."""
    return [stem(w) for w in words(text) if w not in FUNCTION_WORDS]


def _named_stems(text: str) -> set[str]:
    """The stems of :func:`_stems` without a possessive's apostrophe ("NASA's" and "NASA" share one)."""
    return {word.rstrip("'’") for word in _stems(text)}


def _restated(text: str, later: set[str]) -> bool:
    """Whether most content words of ``text`` (:data:`_RESTATED`), as stems, are among the stems ``later``."""
    found = _stems(text)
    return bool(found) and sum(w in later for w in found) >= _RESTATED * len(found)


_BARE_BY = re.compile(r"\s*[Bb][Yy]:?\s*")
_BY_NAME = re.compile(r"\p{Lu}[\w.'’/-]*(?:\s+[\w.'’/-]+){0,4}")
"""What a bare "By" line introduces on the next: up to five words, the first capitalised ("Jane Q Roe",
"Wire staff", "RFE/RL staff")."""


def _listed(labels: list[str]) -> bool:
    """Whether the last paragraph labelled so far is furniture or a page line (see :data:`_LISTED`)."""
    return any(labels[n] in _LISTED for n in _last_shown(labels, 1))


def _after_by(raw: str, spans: list[tuple[str, int, int]], labels: list[str], label: str, text: str) -> str:
    """``label``, or ``byline`` for a name or a desk (up to five words, the first capitalised: :data:`_BY_NAME`) on
    the line after a bare "By", which becomes ``byline`` too: a byline a page prints on two lines."""
    shown = _last_shown(labels, 1)
    if label not in ("subhead", "body", "headline") or not shown or not _BY_NAME.fullmatch(text):
        return label
    _, start, end = spans[shown[0]]
    if not _BARE_BY.fullmatch(raw[start:end]):
        return label
    labels[shown[0]] = "byline"
    return "byline"


def article_start(labels: list[str]) -> int:
    """Position of the article's first body paragraph among ``labels``: the first ``body`` label with another one
    next to it (whitespace aside), so that a stray line read as body amid a menu (a form's "Thank you!", a company's
    blurb) does not open the article; else the first ``body`` label; else the length of ``labels``.

    >>> article_start(["chrome", "body", "chrome", "headline", "body", "whitespace", "body"])
    4
    >>> article_start(["headline", "body", "chrome"]), article_start(["headline"])
    (1, 1)
    """
    shown = _shown(labels)
    body = [at for at, n in enumerate(shown) if labels[n] == "body"]
    pair = next((shown[at] for at in body if at + 1 < len(shown) and labels[shown[at + 1]] == "body"), None)
    return pair if pair is not None else shown[body[0]] if body else len(labels)


def _shown(labels: list[str]) -> list[int]:
    """Positions of the labels that are not whitespace: the paragraphs and lines a reader sees, in order."""
    return [n for n, label in enumerate(labels) if label != "whitespace"]


def _last_shown(labels: list[str], count: int) -> list[int]:
    """Positions of the last ``count`` labels that are not whitespace, the latest first (fewer near the start)."""
    found: list[int] = []
    for n in range(len(labels) - 1, -1, -1):
        if len(found) == count:
            break
        if labels[n] != "whitespace":
            found.append(n)
    return found


_LISTED = ("subhead", "promo", "prompt", "read_more", "chrome", "date", "byline")
"""Labels of the lines in a list of other stories' headlines (after the body, or after a "Comments" prompt)."""
_SHORT_ABBREVIATION = re.compile(r"\b\p{Lu}\p{Ll}{0,2}\.(?=\s)")
"""A capitalised abbreviation of up to three letters ("St.", "Gen.", "Mr."), whose dot ends no sentence."""
_TITLE_TAG = re.compile(r"\s+\((?:\p{Lu}+|\p{Lu}\p{Ll}+)\)$")
"""A tag closing a title in a list: "(MAP)", "(Video)", "(FM)"."""
_TITLE_WORDS = 30
"""Most words of a title of another story in a list of them."""
_CUT_TITLE = re.compile(r"(?<=[^\W_])\s?(?:…|\.{3})$")
"""An ellipsis right after a word closing a line ("... before the final dec…", "... decision to …"): a title a
list of other stories cut to its width (a sentence trailing off closes on a stop or a quotation)."""
_TITLE_END = re.compile(r"\b(?:a|an|the|of|to|and|or|with|its|his|her|their|our|your|it|from|for|in|on|at|by|that|as)$",
                        re.IGNORECASE)


def _other_story(text: str, labels: list[str]) -> bool:
    """True for a title of another story in a list of them: a one-line title (capitalised, one sentence with no
    end mark unless a date line or byline precedes it, an abbreviation's dot being no end: "Protest at St. Paul
    church"; not cut after a small word, at most :data:`_TITLE_WORDS` words and three commas) right after a
    heading, a date line or furniture that follows the body (not after a subhead that follows body text: that
    is the article's own subhead), and no interviewer's question (:func:`~newskit.furniture.interview_question`:
    "KELLY: Will you run?"). A title the list cut short with an ellipsis (:data:`_CUT_TITLE`) may hold a
    stop and follow a source's name taken for a credit ("Associated Press")."""
    previous, before = ([labels[n] for n in _last_shown(labels, 2)] + ["", ""])[:2]
    if previous not in (*_LISTED, "credit") or previous == "subhead" and before == "body" or interview_question(text):
        return False  # no list or credit before it; a subhead's next line; an interview's turn
    if _CUT_TITLE.search(text):
        return "\n" not in text and text[:1].isupper() and len(text.split()) <= _TITLE_WORDS
    dated = previous in ("date", "byline", "promo")  # a listing (name, date, title) or a list: titles of any length
    one_sentence = not _INNER_STOP.search(_SHORT_ABBREVIATION.sub("A", text))
    untagged = _TITLE_TAG.sub("", text)
    open_end = not _TERMINAL.search(untagged) or bool(_QUOTED_END.search(untagged))
    one_title = "\n" not in text and (dated or one_sentence) and open_end and len(text.split()) <= _TITLE_WORDS
    first = text.lstrip("(“\"'‘[")[:1]
    starts = first.isupper() or first.isdigit()
    return previous in _LISTED and one_title and starts and not _TITLE_END.search(text) and text.count(",") <= 3


def _classify(text: str, seen_body: bool, seen_headline: bool) -> str:
    """Label of one paragraph, given whether body text or a headline came before it; its line patterns read it
    without the quotation, list and emphasis marks around its words (:func:`~newskit.furniture.bare_line`)."""
    bare = bare_line(text)
    if _CHROME.search(bare) and len(text.split()) <= _CHROME_WORDS and not reported(text):
        return "chrome"
    dated = _UNFILLED.sub("", bare, count=1).strip(" \t|·•")  # a template's unfilled copy before the filled one
    if len(dated) < 120 and DATE_LINE.fullmatch(dated):
        return "date"
    for label, pattern in (("byline", WRITTEN_BY), ("credit", _CREDIT), ("byline", _BYLINE)):
        if pattern.search(_plain(bare)):  # _BYLINE is anchored at the start; a name may be set in bold
            return label
    if _capitals_byline(_plain(bare)):
        return "byline"
    if _closing_credit(bare):
        return "credit"
    if ":" in bare and (closing := _broadcast_close(bare)) is not None:
        return closing
    if (furniture := furniture_label(text)) is not None:
        return furniture
    if "min" in bare and len(text.split()) <= _DATED_TEASER_WORDS and _DATED_TEASER.match(bare):  # read whole
        return "promo"
    if LONE_DATELINE.fullmatch(text.strip()):
        return "dateline"
    if _glued_card(bare):
        return "promo"
    return _by_shape(text, seen_body, seen_headline)


def _glued_card(text: str) -> bool:
    """Whether ``text`` is a card of a list of other stories whose stamp a scraper glued to its title: one line
    opening on a date or how long ago run into a capital (:data:`_CARD_STAMP`), then one sentence of at most
    :data:`_TITLE_WORDS` words closing on no full stop (a lede glued to its date line closes on one).

    >>> _glued_card("May 20, 2026Storms sweep the coast"), _glued_card("2 hours agoMayor: 'We will rebuild'")
    (True, True)
    >>> _glued_card("May 20, 2026The dam held on Monday."), _glued_card("May 20, 2026 Storms sweep the coast")
    (False, False)
    """
    text = text.strip()
    stamp = _CARD_STAMP.match(text)
    rest = text[stamp.end():] if stamp else ""
    return (bool(rest) and "\n" not in rest and not rest.endswith(".") and not _INNER_STOP.search(rest)
            and len(rest.split()) <= _TITLE_WORDS)


_UNFILLED = re.compile(r"^\W*(?:[\p{Lu}\p{Ll}]+\s+)?(?:[\[{]{1,2}[\p{Lu}\p{Ll}]\w*[\]}]{1,2}[^\w\[{]{0,3}){3,}")
"""A template's fields left unfilled, perhaps after their label, opening a line whose filled copy follows ("Updated
[hour]:[minute] [AMPM] [timezone], [monthFull] [day], [year] Updated 5:44 PM UTC, January 26, 2026")."""


LONE_DATELINE = re.compile(rf"\p{{Lu}}[\w.'’-]*(?:,?\s+\p{{Lu}}[\w.'’-]*){{0,3}}\s*(?:\([^()\n]{{1,30}}\)\s*)?"
                            rf"[{DASHES}{EM_DASHES}]")
"""A dateline printed on a line of its own, the place perhaps in title case, then a dash ("New York —",
"Elmton, Maine (Wire) –"): the article's first paragraph follows on the next line."""


_CODE_LINE = re.compile(r'"[\w.$@-]+"\s*:\s*(?:"[^"\n]*"|[\w.+-]+|[\[{])?\s*,?|"[^"\n]*[^"\n.!?]",|[\]}],|'
                        + STYLE_LINE)
"""A line of a data block or a style sheet left on a page: a quoted key and its value (``"blog": "Emissary",``), a
quoted item with its comma outside the quote (``"Ukraine",``, where prose writes ``"Ukraine,"``), a bracket closing
a list with its comma, or a line of a style sheet (:data:`newskit.furniture.STYLE_LINE`)."""


_LETTER = re.compile(r"[^\W\d_]")


_OUTLET_LEDE = re.compile(rf"\((?:{OUTLET_PATTERN})\)\s*(?:[-{DASHES}{EM_DASHES}]\s*)?[\p{{Lu}}\"“]")
"""The outlet's name in brackets opening a story's first paragraph, perhaps with a dash ("(Elm News) Crews ...",
"(Wire) - Crews ..."): the lede, whatever its length or its closing mark, no title."""


def _page_shape(text: str, words: int, seen_any: bool) -> str | None:
    """``chrome`` for a section, outlet or share-button line, a line with no letter ("***", "|") or a line of a
    data block, and for one letter alone ("X.") after a headline or body; ``byline`` for an author's initials alone
    there; a line marked as a Markdown heading is ``subhead`` there, ``headline`` before; ``body`` for a lede its
    outlet's name opens (:data:`_OUTLET_LEDE`); else None.

    >>> _page_shape('"blog": "Emissary",', 2, False), _page_shape('"Ukraine",', 1, True)
    ('chrome', 'chrome')
    >>> _page_shape("font-family: Arial, sans-serif;", 3, True), _page_shape(".bio-text {", 2, True)
    ('chrome', 'chrome')
    >>> _page_shape("***", 1, False), _page_shape("1914", 1, True)
    ('chrome', 'chrome')
    >>> _page_shape('"We stay," she said.', 4, True), _page_shape('"We stay."', 2, True)
    (None, None)
    >>> _page_shape("J.R.", 1, True), _page_shape("X.", 1, True)
    ('byline', 'chrome')
    >>> _page_shape("# Roads close", 3, False), _page_shape("### Why the roads closed.", 5, True)
    ('headline', 'subhead')
    >>> _page_shape("HomeNewsLocal NewsSportsWeather", 3, False), _page_shape("(Elm News) Why?", 3, False)
    ('chrome', 'body')
    """
    if words <= 8 and "\n" not in text and _NOT_HEADLINE.fullmatch(text.strip()) or not _LETTER.search(text):
        return "chrome"
    if _heading_level(text):
        return "subhead" if seen_any else "headline"
    if _OUTLET_LEDE.match(text):  # the outlet's name opening the story's first paragraph: its lede, a question too
        return "body"
    if "\n" not in text and (_CODE_LINE.fullmatch(text.strip()) or _run_together(text)):
        return "chrome"
    if _LONE_LETTER.fullmatch(text.strip()) and seen_any:
        return "chrome"
    if _INITIALS.fullmatch(text) and text.isupper() and seen_any:
        return "byline"
    return None


_ITEM_JOIN = re.compile(r"(?<!\bMc)(?<!\bMac)\p{Ll}\p{Lu}\p{Ll}")
"""Where a menu's items run together when their links lose the space between them: a lower-case letter straight
before a capital opening a word ("HomeNews", "PolicyTerms"); "McDonald" and "MacLeod" are names."""
_RUN_TOGETHER_JOINS = 3


_TWICE = re.compile(r"(?P<label>\p{Lu}[^\n]{0,38}\p{Ll})(?P=label)[,;:]?")
"""One label of a few words printed twice with no space between ("Top storiesTop stories,"): a scraper read the
label's text and its screen-reader copy."""


def _run_together(text: str) -> bool:
    """Whether a line is a menu or a list of topics whose items ran together: at least :data:`_RUN_TOGETHER_JOINS`
    joins of a lower-case letter and a capital (:data:`_ITEM_JOIN`), and no stop closing it as a sentence would; or
    one label printed twice so (:data:`_TWICE`).

    >>> _run_together("HomeNewsLocal NewsOpioid CrisisCOVID-19In the Community"), _run_together("Privacy PolicyTerms")
    (True, False)
    >>> _run_together("MacLeod met McDonald and the YouTube and LinkedIn staff.")
    False
    >>> _run_together("Top storiesTop stories,"), _run_together("Top stories, top stories")
    (True, False)
    """
    if _TWICE.fullmatch(text.strip()):
        return True
    return not _TERMINAL.search(text.rstrip()) and len(_ITEM_JOIN.findall(text)) >= _RUN_TOGETHER_JOINS  # end first


_HEADING_MARK = re.compile(r"#{1,6}[ \t]")
"""A Markdown heading's mark opening a line ("## What comes next"); a hashtag ("#vote") has no space after it."""
_UNDERLINED = re.compile(r"(?=[^\n]*[^\W_])[^\n]*\n[ \t]*(?P<rule>=+|-+)[ \t]*")
"""A Markdown heading set as its line of words over a rule ("Roads close" over "====="), of the top level under
"=" and the second under "-" (the line's letter or digit looked for ahead: read so, a long line does not backtrack)."""


def _heading_level(text: str) -> int:
    """The level of a paragraph marked as a Markdown heading (1 for "# ..." or a line over "====", 2 for "## ..." or
    a line over "----"), 0 for any other paragraph.

    >>> _heading_level("## Why"), _heading_level("Roads close\\n==========="), _heading_level("Why\\n---")
    (2, 1, 2)
    >>> _heading_level("#vote"), _heading_level("It rained.\\nIt poured."), _heading_level("----")
    (0, 0, 0)
    """
    if "\n" not in text and _HEADING_MARK.match(text):
        return len(text) - len(text.lstrip("#"))
    underlined = _UNDERLINED.fullmatch(text.strip())
    return 0 if underlined is None else 1 if underlined.group("rule")[0] == "=" else 2
_ACRONYM_END = re.compile(r"\b(?:\p{Lu}\.){2,}$")
"""A line ending on an acronym's dot ("... Tells U.S."), no full stop in a title-case line."""
_ASIDE_END = re.compile(r"\s\((?:\p{Lu}|\d)[^().!?;:\n]*[^\W_]\)$")
"""A line ending on an aside in brackets with no stop in it ("... What We Know (So Far)"): no sentence's close in a
title-case line."""


def _unbolded(text: str) -> str:
    """``text`` without the Markdown emphasis closing it, so that a sentence set in bold ends on its stop.

    >>> _unbolded("**It rained.** "), _unbolded("_Floods close road_")
    ('**It rained.', '_Floods close road')
    """
    return text.rstrip("*_ ")


TITLE_FIELD = re.compile(rf"\s*(?i:{alternation(TITLE_FIELDS)})\s*:[ \t]+(?=\S)")
"""A title's field name opening a line, as a scraper writes the page's title over its text ("Title: Council shuts
the bridge"; see :data:`~newskit.text.lexicon.TITLE_FIELDS`)."""


def _open_end(text: str) -> bool:
    """Whether a line closes as a title or a heading does: on no stop, or on a quotation opened in it with no stop
    inside it (:data:`_QUOTED_END`); a sentence set in bold ends on its stop.

    >>> _open_end("No sign of ‘truce’"), _open_end("Talks resume"), _open_end("**Talks resumed.**")
    (True, True, False)
    >>> _open_end("He called it ‘a truce.’"), _open_end("Talks resumed on Monday.")
    (False, False)
    """
    end = _unbolded(text)
    return not _TERMINAL.search(end) or bool(_QUOTED_END.search(end))


_JOINED = re.compile(rf"(?:And|Plus|So),?\s|Here(?:['’]s|\s+(?:is|are))\s+(?:{alternation(QUESTION_WORDS)})\s|Find out\s")
"""The second title's opening: "And" or "Plus", "So" telling what the first led to (a feature's title in two beats),
or a pointer to an explainer's answers ("Here's what to know") or to where the page answers the first ("Find out in
our quiz")."""


def _joined_titles(text: str) -> bool:
    """Whether a line is two titles a briefing joins into its own, the second opening on "And" or "Plus" ("Talks
    resume in the U.S. And, the strike ends"; a sentence opening on "But" goes on with the first one's story), a
    feature's title in two beats, the second opening on "So" ("Jo was told to leave. So she took the last ferry"), or
    an explainer's or a quiz's title, the second pointing to what it tells ("Fares rise on Monday. Here's what to
    know", "Which ferry sank? Find out in the quiz").

    >>> _joined_titles("Talks resume in the U.S. And, the strike ends"), _joined_titles("Talks resume. Crews strike")
    (True, False)
    >>> _joined_titles("Jo was told to leave the valley. So she took the last ferry")
    True
    >>> _joined_titles("Prisons are emptying. But are they a soft option?")
    False
    >>> _joined_titles("Fares rise on Monday. Here's what to know about the new tolls")
    True
    >>> _joined_titles("Which ferry sank? Find out in the quiz"), _joined_titles("Which ferry sank? Crews found out")
    (True, False)
    """
    spans = sentence_spans(text)
    return "\n" not in text and len(spans) == 2 and bool(_JOINED.match(text, spans[1][0]))


_TEASING_WORDS = 8
"""Most words of a short question opening a title ("Murder or accident? ...", "Sell up, rent or stay put? ...": see
:func:`_asked_title`)."""


def _asked_title(text: str) -> bool:
    """Whether a line is a title opening on a short question of up to :data:`_TEASING_WORDS` words, the title
    after it ("Flood or fire? Mystery of the ferry's sinking"), a question that opens on no question word or
    auxiliary (:data:`~newskit.text.lexicon.QUESTION_WORDS`, :data:`~newskit.text.lexicon.YES_NO_OPENERS`: "Is it
    over? Nobody knows" is two sentences; a longer question opens a lede or an interview's turn).

    >>> _asked_title("Flood or fire? Mystery of the ferry's sinking"), _asked_title("Why did the ferry sink? Crews dug")
    (True, False)
    >>> _asked_title("Is it over? Nobody in the town knows")
    False
    >>> _asked_title("Sell the boat, rent one or stay ashore? The cheapest ways to fish")
    True
    """
    spans = sentence_spans(text)
    question = text[spans[0][0]:spans[0][1]].strip() if len(spans) == 2 else ""
    opener = _WORD.match(question.lower())
    return ("\n" not in text and question.endswith("?") and len(question.split()) <= _TEASING_WORDS
            and bool(opener) and opener.group() not in set(QUESTION_WORDS) | YES_NO_OPENERS)


def _opens_as_title(text: str, one_line: bool, words: int) -> bool:
    """Whether a text's first paragraph reads as its title: one sentence on one line (or a line in title case:
    "Trump's Solution? A Free-For-All", two titles a briefing joins: :func:`_joined_titles`, or a title a short question
    opens: :func:`_asked_title`), at most 25 words, ending as a title does (:func:`_open_end`) or, in title case, on
    an acronym ("Clinton Is 'Sane,' Bloomberg Tells U.S.") or an aside in brackets (:data:`_ASIDE_END`: "Rates: What
    We Know (So Far)"); a list's item ("* Talks resume") is none. A scraper's title line (:data:`TITLE_FIELD`:
    "Title: ...") is the title however many sentences it holds.

    >>> _opens_as_title("Rates rise. And, the ferry strike ends", False, 7)
    True
    >>> _opens_as_title("Rates rise. The ferry strike ends", False, 6), _opens_as_title("Rates rise", True, 2)
    (False, True)
    >>> _opens_as_title("Title: Rates rise. The ferry strike ends", False, 8)
    True
    >>> _opens_as_title("Ferry Strike: What We Know (So Far)", True, 7)
    True
    >>> _opens_as_title("Crews left (at dawn)", True, 4)
    False
    """
    if "\n" not in text and TITLE_FIELD.match(text):
        return True
    opening = (one_line or "\n" not in text and title_case(text) or _joined_titles(text) or _asked_title(text)) \
        and not _LIST_MARK.match(text)
    closed = _ACRONYM_END.search(_unbolded(text)) or _ASIDE_END.search(_unbolded(text))
    open_end = _open_end(text) or bool(closed) and title_case(text)
    return opening and words <= 25 and open_end


def _by_shape(text: str, seen_body: bool, seen_headline: bool) -> str:
    """Label of a paragraph no pattern names, by its shape and place: chrome, byline (an author's initials
    alone), headline (a first line read as a title, or a scraper's title line: :data:`TITLE_FIELD`), subhead (a short
    line ending as a heading does, :func:`_open_end`; a line wholly in capitals, a summary box's heading, a labelled
    heading, perhaps in brackets, a line marked as a Markdown heading however it ends) or body (an interview's
    question, a paragraph of a quotation running on: see :data:`_RUNNING_QUOTE`; a line quoted whole, closed by a
    mark of the other kind, runs on no quotation; a sentence cut before its quotation, :data:`_SAID_CUT`; a lede
    its outlet's name opens: :func:`_page_shape`).

    >>> _by_shape("(Main objective: Hold the line on the river)", True, True), _by_shape("Key points:", True, True)
    ('subhead', 'subhead')
    >>> _by_shape("“Will the plan work?", True, True), _by_shape("Will the plan work?", True, True)
    ('body', 'subhead')
    >>> _by_shape("(The vote was delayed.)", True, True), _by_shape("(Applause)", True, True)
    ('body', 'body')
    >>> _by_shape("No sign of ‘truce’", True, True), _by_shape("He called it ‘a truce’.", True, True)
    ('subhead', 'body')
    >>> _by_shape("“No sign of truce’", True, True), _by_shape("“No sign of a truce, she said.", True, True)
    ('subhead', 'body')
    >>> _by_shape("### Why the vote was delayed, and what comes next.", True, True)
    'subhead'
    >>> _by_shape("ASK THE VET: ‘WHY DOES MY DOG BARK AT THE MOON, AND SHOULD I WORRY ABOUT IT?’", True, True)
    'subhead'
    >>> _by_shape("Title: Rates rose again. Here is why.", False, False)
    'headline'
    >>> _by_shape("(Elm News) Why did the ferry leave?", False, False)
    'body'
    >>> _by_shape("Before the vote, his daughter said in a video", True, True), _by_shape("Lee said to bid", True, True)
    ('body', 'subhead')
    """
    words = len(text.split())
    if (page := _page_shape(text, words, seen_body or seen_headline)) is not None:
        return page
    one_line = _one_sentence_line(text, words)
    title_like = one_line and _open_end(text)
    if not seen_body and not seen_headline and _opens_as_title(text, one_line, words):
        return "headline"
    quoted = bool(_QUOTATION_LINE.fullmatch(text))  # closed, if by a mark of the other kind: “No sign of truce’
    prose = text.endswith("?") and _ASKED.search(text) or _RUNNING_QUOTE.fullmatch(text) and not quoted \
        or bool(_SAID_CUT.search(text))  # quoting on, or cut before its quotation
    if one_line and (title_like or quoted or text.endswith("?")) and words <= 12 and not prose:
        return "subhead"
    return "subhead" if one_line and _long_heading(text, title_like, words) else "body"


_CAPITALS_WORDS = 3
"""Fewest words of a one-line paragraph wholly in capitals, closing on no full stop, that is a heading or a title
("WHY ARE MY EARS RINGING?"; a shorter one may be an acronym or a shout; one closing on a full stop a briefing's
item: "2. PANEL RULES ON THE PORT.")."""
_FULL_STOP = re.compile(r"\.[\"”’')\]]*\s*$")


def _in_capitals(text: str) -> bool:
    """Whether a line is wholly in capitals and closes on no full stop (see :data:`_CAPITALS_WORDS`).

    >>> _in_capitals("WHY ARE MY EARS RINGING?"), _in_capitals("2. PANEL RULES ON THE PORT."), _in_capitals("Rain")
    (True, False, False)
    """
    return bool(_LETTER.search(text)) and text.upper() == text and not _FULL_STOP.search(text)


def _heading_form(text: str, words: int) -> bool:
    """Whether a line is a heading by its form alone, however long: a summary box's heading, a line wholly in capitals
    (:func:`_in_capitals`) or a label in capitals closing on a colon (:data:`_CAPITALS_LABEL`).

    >>> _heading_form("KEY POINTS", 2), _heading_form("THE ROUTE AHEAD", 3), _heading_form("The route ahead", 3)
    (True, True, False)
    """
    return bool(_SUMMARY_HEADING.fullmatch(text) or words >= _CAPITALS_WORDS and _in_capitals(text)
                or _CAPITALS_LABEL.fullmatch(text))


def _one_sentence_line(text: str, words: int) -> bool:
    """Whether a paragraph is one sentence on one line ("Rep. Grimm spoke"), as :func:`_by_shape` asks of a title or
    a heading; a line with more words than a title (:data:`_TITLE_WORDS`) and no heading's form
    (:func:`_heading_form`) is no title or heading however many sentences it holds, so they are not counted.

    >>> _one_sentence_line("Rep. Grimm spoke", 3), _one_sentence_line("It rained. Roads closed.", 4)
    (True, False)
    """
    if "\n" in text or not _INNER_STOP.search(text):
        return "\n" not in text
    return (words <= _TITLE_WORDS or _heading_form(text, words)) and len(sentence_spans(text)) == 1


def _long_heading(text: str, title_like: bool, words: int) -> bool:
    """Whether a one-line paragraph is a heading however long: a summary box's heading, a line wholly in capitals
    (:func:`_in_capitals`) or a label in capitals closing on a colon (:data:`_CAPITALS_LABEL`), or a labelled heading
    (:data:`_LABELLED_HEADING`) closing with no stop, perhaps wholly in brackets.

    >>> _long_heading("THE ROUTE:", False, 2), _long_heading("Q:", False, 1), _long_heading("THE ROUTE", False, 2)
    (True, False, False)
    """
    if _heading_form(text, words):
        return True
    bracketed = _BRACKETED.fullmatch(text)
    open_heading = title_like or bool(bracketed and not _TERMINAL.search(bracketed.group("inner")))
    return open_heading and words <= _TITLE_WORDS and bool(_LABELLED_HEADING.fullmatch(text))


_CAPITALS_LABEL = re.compile(r"\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){0,3}:\s*")
"""A label of one to four words in capitals, two letters or more each, closing on a colon, alone on its line ("THE
ROUTE:"): a fact box's heading over its paragraph, however short ("Q:" opens an interview's question)."""
_LABELLED_HEADING = re.compile(r"\(?\p{Lu}[\w’'-]*(?: [\w’'-]+)?: \p{Lu}[^:]*[^:?]")
"""A heading led by a label of one or two words and a colon ("Russian objective: Cross the river"), closed by
no stop or question mark, perhaps wholly in brackets: a report's section heading, however long (a sentence cut
before a link has no such label; "Q: Who pays?" is an interview's question)."""
_SUMMARY_HEADING = re.compile(
    r"(?i:(?:the\s+)?(?:key|main|top)\s+(?:takeaways|points|findings|facts|highlights)"
    r"|(?:story\s+)?(?:takeaways|highlights)"
    r"|at a glance|in brief|the bottom line|what (?:we|you) (?:know|need to know)(?: so far)?|what to know"
    r"|(?:here(?:'|’)?s )?what you(?:'|’)ll learn(?: when you read (?:this|the) (?:story|article))?)\s*:?")
"""The heading of a summary box ("Key Takeaways:", "At a glance", "What we know so far", "Here's what you'll
learn:")."""
_BRACKETED = re.compile(r"\((?P<inner>[^()]+)\)")
"""A line wholly in brackets ("(Main objective: hold the river line)")."""
