"""Article text and metadata of an HTML page, the way ``newskit new`` reads pages.

trafilatura finds the article text, title, author, site name, canonical URL and
publication date; htmldate adds the page's last-modified date. Both are imported
only when a page is read, so ``import newskit`` stays quick.

Example
-------
>>> clean_author("By Jo Lee and Ann Roe | Menu")
'Jo Lee; Ann Roe'
"""

from __future__ import annotations

from newskit.text import letters as re

from .errors import NewskitError
from .blocks import name_pattern
from .metadata import split_byline, strip_site_suffix
from .text.lexicon import AGENCY_PATTERN, OUTLET_PATTERN, PICTURE_AGENCY_PATTERN, STAFF_TITLE_PATTERN

MIN_WORDS = 20
"""Fewest words of article text a page must hold to be read as an article."""
_AUTHOR_JUNK = re.compile(
    r"(?i)\b(?:account|logged|log\s*in|sign\s*(?:in|up|out)|subscribe|register|profile|menu|newsletter|follow"
    rf"|contact|photo(?:graph)?s?|images?|{PICTURE_AGENCY_PATTERN}|credit|file|view\s+all|more\s+(?:from|by)"
    r"|(?:posts|stories|articles)\s+by)\b|[@/\\]|https?:|\d"
)
"""Page furniture an extractor may take for an author: login and menu text, a photo credit, an author page's links
("View all posts by Jane Doe", "More from Jane Doe"), an address or a number."""
_PHOTO = re.compile(rf"(?i)^(?:(?:{AGENCY_PATTERN}|{PICTURE_AGENCY_PATTERN})\s+)?"
                    rf"(?:photo(?:graph)?s?|images?|{PICTURE_AGENCY_PATTERN})\b")
"""A part of an author field that is a photo credit on its own ("AP Photo", "Getty Images")."""
_PHOTOGRAPHER = re.compile(name_pattern(1))
"""A photographer a photo credit names itself ("Photo: Jo Roe"): the name before it is then no photographer's."""
_ROLE = re.compile(rf"(?i)^by\s+|,?\s+{STAFF_TITLE_PATTERN}$")
_GLUED_CREDIT = re.compile(
    rf"(?:/\s*(?:{AGENCY_PATTERN}|{PICTURE_AGENCY_PATTERN})(?:\s+Photo)?"
    rf"|\b(?:{AGENCY_PATTERN}) Photo|\((?:(?:{AGENCY_PATTERN}) )?Photo[^()\n]{{0,60}}\)|\bGetty Images)"
    r"(?=[\p{Lu}“\"])"
)
_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)", re.I)


def extract_html(data: bytes, name: str) -> dict[str, str]:
    """Article text and metadata of an HTML page, with trafilatura (dates also with htmldate).

    Returns a dict of strings (empty when not found): ``text`` (headline then
    paragraphs, one per line with blank lines between), ``title``, ``author``,
    ``sitename``, ``date`` (publication date, ISO), ``modified`` (last-modified
    date by htmldate when it differs), ``url`` (canonical), ``language``
    (the ``<html lang>`` attribute). Raises :class:`NewskitError` when the page
    holds fewer than :data:`MIN_WORDS` words of article text.

    Example
    -------
    >>> extract_html(b"<html><body><nav>Home</nav></body></html>", "empty.html")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newskit.errors.NewskitError: empty.html: no article text found in this HTML page ...
    """
    import htmldate
    import trafilatura

    document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    lines = [line.strip() for line in (document.text or "").splitlines()] if document is not None else []
    lines = [line for line in lines if line]
    words = sum(len(line.split()) for line in lines)
    if words < MIN_WORDS:
        raise NewskitError(
            f"{name}: no article text found in this HTML page (trafilatura found {words} word(s), "
            f"fewer than {MIN_WORDS}); nothing was written"
        )
    sitename = (document.sitename or "").strip()
    title = strip_site_suffix((document.title or "").strip(), sitename)
    lines = _with_title(lines, title, sitename)
    published = document.date or ""
    modified = htmldate.find_date(data, original_date=False, extensive_search=False) or ""
    language = _LANG.search(data[:65536])
    return {
        "text": "\n\n".join(lines) + "\n",
        "title": title,
        "author": clean_author(document.author or ""),
        "sitename": sitename,
        "date": published,
        "modified": modified if modified != published else "",
        "url": document.url or "",
        "language": language.group(1).decode("ascii").lower() if language else "",
    }


def _with_title(lines: list[str], title: str, sitename: str) -> list[str]:
    """The text's lines headed by ``title`` (once, without a site suffix), photo credits glued to a word set apart."""
    lines = [_GLUED_CREDIT.sub(r"\g<0>\n\n", line) for line in lines]
    if strip_site_suffix(lines[0], sitename) == title:
        lines[0] = title
    return [title, *lines] if title and lines[0] != title else lines


def clean_author(author: str) -> str:
    """The people of an author field, without the page furniture an extractor may have taken for one.

    The field is cut at ";", "|", "&" and "and" (an extractor joins several authors with "; ").
    Parts that are login or menu text, an author page's links, a photo credit (with the photographer named just
    before it, unless the credit names its own), an address or a number are left out, and an outlet after a name
    (:func:`~newskit.metadata.split_byline`); so is a one-word part beside a full name (a user name:
    "jdoe" beside "Jane Doe"), and a repeat. Kept parts are joined with "; ".

    Example
    -------
    >>> clean_author("Jane Doe; Jdoe")
    'Jane Doe'
    >>> clean_author("Account You're logged in")
    ''
    >>> clean_author("By Jane Doe; Jane Roe/AP Photo; John Roe, Staff Writer")
    'Jane Doe; John Roe'
    >>> clean_author("Jane Roe; AP Photo")
    ''
    >>> clean_author("Reuters")
    'Reuters'
    >>> clean_author("Jane Doe; Photo: Jo Roe"), clean_author("Jane Doe, Associated Press; View all posts by Jane Doe")
    ('Jane Doe', 'Jane Doe')
    """
    kept: list[str] = []
    previous = ""
    for part in re.split(r"\s*(?:[;|&]|\band\b)\s*", author):
        part = _ROLE.sub("", part.strip()).strip(" ,.")
        credit = _PHOTO.match(part)
        if credit and not _PHOTOGRAPHER.search(part[credit.end():]) and kept and kept[-1] == previous:
            kept.pop()  # "Jane Roe/AP Photo" read as "Jane Roe; AP Photo": the photographer, not an author
        previous = part
        if not part or _AUTHOR_JUNK.search(part) or part.lower() in (k.lower() for k in kept):
            continue
        kept.append("; ".join(split_byline(part)[0]) or part)  # "Jane Doe, Associated Press": the person
    full = any(len(part.split()) > 1 for part in kept)
    return "; ".join(p for p in kept if not (full and len(p.split()) == 1 and not re.fullmatch(OUTLET_PATTERN, p)))
