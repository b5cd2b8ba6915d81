"""Article text and metadata of an HTML page, the way ``newskit new`` reads pages.

trafilatura finds the article text, title, author, site name, canonical URL and
publication date; htmldate adds the page's last-modified date. Both are imported
only when a page is read, so ``import newskit`` stays quick.

Example
-------
>>> extract_html(b"<html><body><nav>Home</nav></body></html>", "empty.html")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
newskit.errors.NewskitError: empty.html: no article text found in this HTML page ...
"""

from __future__ import annotations

import re

from .errors import NewskitError

MIN_WORDS = 20
"""Fewest words of article text a page must hold to be read as an article."""
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
    title = (document.title or "").strip()
    if title and lines[0] != title:
        lines.insert(0, title)
    published = document.date or ""
    modified = htmldate.find_date(data, original_date=False, extensive_search=False) or ""
    language = _LANG.search(data[:65536])
    return {
        "text": "\n\n".join(lines) + "\n",
        "title": title,
        "author": (document.author or "").strip(),
        "sitename": (document.sitename or "").strip(),
        "date": published,
        "modified": modified if modified != published else "",
        "url": document.url or "",
        "language": language.group(1).decode("ascii").lower() if language else "",
    }
