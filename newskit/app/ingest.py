"""Make a story folder from files or URLs: raw files copied verbatim, a ``story.toml`` filled in.

Text files are copied as they are and described with what the loader reads from
them (headline, dates stated in the text). HTML pages are kept byte for byte as
the raw file; trafilatura extracts the article text, title, author, site name and
date (htmldate adds the page's last-modified date), and the text is written beside
the page as the file the manifest names. Everything is checked before anything is
written, so bad input leaves no half-made folder behind.

Example
-------
>>> import tempfile, pathlib
>>> tmp = pathlib.Path(tempfile.mkdtemp())
>>> _ = (tmp / "a.txt").write_text("It rained in Paris on Monday, officials said.")
>>> _ = (tmp / "b.txt").write_text("It poured in Paris on Monday, officials said.")
>>> new_story(tmp / "rain", [tmp / "a.txt", tmp / "b.txt"]).ids
['a', 'b']
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
import warnings
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..encoding import decode
from ..errors import NewskitError, NewskitWarning
from ..extraction import MIN_WORDS, extract_html
from ..story import MANIFEST, Story, load_story, make_version

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt",)
URL_TIMEOUT = 10.0
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


@dataclass
class Source:
    """One input: its file name, its bytes, and where and when it was fetched if it is a URL."""

    name: str
    data: bytes
    url: str = ""
    retrieved: str = ""


@dataclass
class Planned:
    """One version to write: files (name -> bytes) and its manifest entry."""

    files: dict[str, bytes]
    entry: dict[str, str]
    title: str = ""
    warnings: list[str] = field(default_factory=list)


def new_story(story_dir: str | Path, inputs: list[str | Path], force: bool = False) -> Story:
    """Create the story folder ``story_dir`` from ``inputs`` (files, folders or URLs) and load it.

    A folder among the inputs stands for its ``.txt`` and ``.html`` files. Raises
    :class:`NewskitError`, with nothing written, for an existing non-empty folder
    (unless ``force``, which overwrites the files it writes and keeps the others),
    no inputs, a binary file, an HTML page with no article text, an unreachable
    URL or two inputs giving the same version id. A single version loads with
    the loader's warning that comparisons will be empty.

    Example
    -------
    >>> new_story("stories/mine", ["wire.txt", "copy.html"])  # doctest: +SKIP
    Story(id='mine', versions=['wire', 'copy'])
    """
    folder = Path(story_dir)
    if folder.exists() and not folder.is_dir():
        raise NewskitError(f"{folder}: exists and is not a folder")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise NewskitError(f"{folder}: the story folder exists already; pass --force to write into it")
    sources = [source for item in inputs for source in read_inputs(item)]
    if not sources:
        raise NewskitError("no input files: give the text or HTML files (or URLs) of the versions")
    plans = [plan_version(source) for source in sources]
    _check_unique(plans)
    for plan in plans:
        for message in plan.warnings:
            warnings.warn(message, NewskitWarning)
    folder.mkdir(parents=True, exist_ok=True)
    for plan in plans:
        for name, data in plan.files.items():
            (folder / name).write_bytes(data)
    story_fields = {
        "id": folder.resolve().name,
        "title": next((p.title for p in plans if p.title), ""),
        "notes": f"Made with `newskit new` from {len(sources)} file(s): {', '.join(s.name for s in sources)}.",
    }
    (folder / MANIFEST).write_text(manifest_toml(story_fields, [p.entry for p in plans]), encoding="utf-8")
    return load_story(folder)


def read_inputs(item: str | Path) -> list[Source]:
    """The sources one command-line input stands for: a URL, a file, or a folder's text and HTML files.

    Example
    -------
    >>> read_inputs("no/such/file.txt")
    Traceback (most recent call last):
    ...
    newskit.errors.NewskitError: no/such/file.txt: no such file, folder or URL
    """
    text = str(item)
    if re.match(r"(?i)https?://", text):
        return [fetch_url(text)]
    path = Path(item)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES)
        if not files:
            raise NewskitError(f"{path}: a folder with no .txt or .html files")
        return [Source(p.name, p.read_bytes()) for p in files]
    if not path.is_file():
        raise NewskitError(f"{path}: no such file, folder or URL")
    return [Source(path.name, path.read_bytes())]


def fetch_url(url: str, timeout: float = URL_TIMEOUT) -> Source:
    """Download one page, giving up after ``timeout`` seconds with a clear error.

    Example
    -------
    >>> fetch_url("http://127.0.0.1:9/story.html", timeout=1)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newskit.errors.NewskitError: http://127.0.0.1:9/story.html: could not fetch (...)...
    """
    request = urllib.request.Request(url, headers={"User-Agent": "newskit (+https://pypi.org/project/newskit)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read()
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        raise NewskitError(
            f"{url}: could not fetch ({reason}); is this machine offline? Save the page and pass the file instead"
        ) from err
    stem = re.sub(r"[^\w.-]+", "-", Path(urllib.parse.urlsplit(url).path).stem).strip("-.") or "page"
    return Source(f"{stem}.html", data, url=url, retrieved=date.today().isoformat())


def is_html(source: Source) -> bool:
    """True for a page by its name (``.html``, ``.htm``) or by how it starts (``<!DOCTYPE html``, ``<html``).

    Example
    -------
    >>> is_html(Source("a.txt", b"<!DOCTYPE html><html></html>")), is_html(Source("a.txt", b"It rained."))
    (True, False)
    """
    return source.name.lower().endswith(HTML_SUFFIXES) or bool(_HTML_START.match(source.data[:4096]))


def plan_version(source: Source) -> Planned:
    """The files and manifest entry for one source, checked but not yet written."""
    if is_html(source):
        return _plan_html(source)
    return _plan_text(source)


def _plan_text(source: Source) -> Planned:
    """A text file: copied verbatim, described with the metadata its own text states."""
    text, encoding, notes = decode(source.data, source.name)
    stem = Path(source.name).stem
    meta = make_version(stem, text).meta
    entry = _entry(
        stem, source.name, url=source.url, retrieved=source.retrieved,
        published=meta.get("published_in_text", ""), page_date=meta.get("page_date", ""),
        notes=f"Text file copied verbatim ({encoding}).",
    )
    return Planned({source.name: source.data}, entry, title=meta.get("headline", ""), warnings=notes)


def _plan_html(source: Source) -> Planned:
    """An HTML page: kept verbatim, its article text extracted beside it."""
    decode(source.data, source.name)  # an empty or binary file named .html fails here, saying so
    page = extract_html(source.data, source.name)
    stem = Path(source.name).stem
    text_name = f"{stem}.txt"
    if text_name == source.name:
        text_name = f"{stem}.extracted.txt"
    found = [f"{label}: {page[key]}" for key, label in
             (("title", "title"), ("author", "author"), ("sitename", "site"), ("modified", "last modified (htmldate)"))
             if page[key]]
    notes = f"Text extracted by trafilatura from {source.name} (the page, kept verbatim beside it). " + "; ".join(found)
    entry = _entry(
        stem, text_name, outlet=page["sitename"], url=source.url or page["url"], language=page["language"],
        published=page["date"], retrieved=source.retrieved, notes=notes.strip(),
    )
    return Planned({source.name: source.data, text_name: page["text"].encode("utf-8")}, entry, title=page["title"])


def _entry(version_id: str, file: str, **fields: str) -> dict[str, str]:
    """A manifest entry with every version field, in the manifest's order."""
    keys = ("outlet", "url", "language", "published", "page_date", "retrieved", "notes")
    return {"id": version_id, "file": file, **{key: fields.get(key, "") for key in keys}}


def _check_unique(plans: list[Planned]) -> None:
    """Two inputs must not give the same version id or write the same file."""
    seen: dict[str, str] = {}
    for plan in plans:
        for key in [f"version id {plan.entry['id']!r}", *(f"file {name!r}" for name in plan.files)]:
            if key in seen:
                raise NewskitError(f"two inputs give the same {key}; rename one of them (nothing was written)")
            seen[key] = plan.entry["file"]


def toml_string(value: str) -> str:
    r"""``value`` as a TOML basic string, escaped.

    Example
    -------
    >>> print(toml_string('He said "yes"\n\\o/'))
    "He said \"yes\"\n\\o/"
    """
    out = []
    for char in value:
        if char in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def manifest_toml(story_fields: dict[str, str], versions: list[dict[str, str]]) -> str:
    """A ``story.toml`` text: story fields, then one ``[[versions]]`` table per version.

    Example
    -------
    >>> print(manifest_toml({"id": "rain"}, [{"id": "a", "file": "a.txt"}]))
    # Story manifest written by `newskit new`; see data/README.md for what each field means.
    id = "rain"
    <BLANKLINE>
    [[versions]]
    id = "a"
    file = "a.txt"
    <BLANKLINE>
    """
    lines = ["# Story manifest written by `newskit new`; see data/README.md for what each field means."]
    lines += [f"{key} = {toml_string(str(value))}" for key, value in story_fields.items()]
    for entry in versions:
        lines += ["", "[[versions]]", *(f"{key} = {toml_string(str(value))}" for key, value in entry.items())]
    return "\n".join(lines) + "\n"
