"""Make a story folder from files or URLs: raw files copied verbatim, a ``story.toml`` filled in.

Text files are copied as they are and described with what the loader reads from
them (headline, dates stated in the text). HTML pages are kept byte for byte as
the raw file; trafilatura extracts the article text, title, author, site name and
date (htmldate adds the page's last-modified date), and the text is written beside
the page as the file the manifest names. Everything is checked before anything is
written, and the folder is built beside its target and swapped in whole (see
:mod:`newskit.app.writing`), so bad input or an interrupt leaves no half-made folder.

A URL is fetched with a total deadline (:data:`URL_DEADLINE` seconds, not only a
per-read timeout) and a size cap (:data:`MAX_PAGE_BYTES`), streamed; both can be set
with the environment variables ``NEWSKIT_URL_DEADLINE`` and ``NEWSKIT_MAX_PAGE_MB``.

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

import http.client
import os
import re
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..encoding import decode
from ..errors import NewskitError, NewskitWarning
from .. import story as story_module
from ..extraction import extract_html
from ..story import MANIFEST, Story, load_story, make_version
from .writing import STAGING_PREFIX, check_target, reason, staged, write_new

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt",)
URL_TIMEOUT = 10.0
"""Seconds one read from the network may take."""
URL_DEADLINE = float(os.environ.get("NEWSKIT_URL_DEADLINE", "30"))
"""Seconds a whole download may take (``NEWSKIT_URL_DEADLINE``), however slowly the server sends."""
MAX_PAGE_BYTES = int(float(os.environ.get("NEWSKIT_MAX_PAGE_MB", "20")) * 2**20)
"""Largest page fetched (``NEWSKIT_MAX_PAGE_MB``, default 20 MiB); a bigger one is refused, not kept in memory."""
_CHUNK = 64 * 1024
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
    try:
        return _new_story(folder, inputs, force)
    except OSError as err:
        raise NewskitError(f"{folder}: {reason(err)} (nothing was written)") from err


def _new_story(folder: Path, inputs: list[str | Path], force: bool) -> Story:
    """The work of :func:`new_story`: check, plan, build beside the target, swap in, load."""
    check_target(folder, "story folder")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise NewskitError(f"{folder}: the story folder exists already; pass --force to write into it")
    sources = [source for item in inputs for source in read_inputs(item)]
    if not sources:
        raise NewskitError("no input files: give the text or HTML files (or URLs) of the versions")
    plans = [plan_version(source) for source in sources]
    _check_unique(plans)
    written = {name for plan in plans for name in plan.files} | {MANIFEST}
    if folder.is_dir():
        _check_overwrite(folder, written)
    for plan in plans:
        for message in plan.warnings:
            warnings.warn(message, NewskitWarning)
    story_fields = {
        "id": folder.resolve().name,
        "title": next((p.title for p in plans if p.title), ""),
        "notes": f"Made with `newskit new` from {len(sources)} file(s): {', '.join(s.name for s in sources)}.",
    }
    manifest = manifest_toml(story_fields, [p.entry for p in plans]).encode("utf-8")
    with staged(folder) as stage:
        if folder.is_dir():
            _keep_others(folder, stage, written)
        for plan in plans:
            for name, data in plan.files.items():
                write_new(stage / name, data)
        write_new(stage / MANIFEST, manifest)
    return load_story(folder)


def _check_overwrite(folder: Path, written: set[str]) -> None:
    """With --force, only files may be replaced: a folder or a link where an output goes is refused."""
    for name in sorted(written):
        path = folder / name
        if path.is_symlink():
            raise NewskitError(f"{path}: is a link; newskit does not write through links (remove it; "
                               "nothing was written)")
        if path.exists() and not path.is_file():
            raise NewskitError(f"{path}: is a folder where `new` would write a file (nothing was written)")


def _keep_others(folder: Path, stage: Path, written: set[str]) -> None:
    """Copy what ``folder`` holds besides the files being written into ``stage`` (links copied as links)."""
    for path in folder.iterdir():
        if path.name in written or path.name.startswith(STAGING_PREFIX):
            continue
        if path.is_symlink():
            os.symlink(os.readlink(path), stage / path.name)
        elif path.is_dir():
            shutil.copytree(path, stage / path.name, symlinks=True)
        else:
            shutil.copy2(path, stage / path.name, follow_symlinks=False)


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
    if re.match(r"(?i)[a-z][a-z0-9+.-]*://", text):
        return [fetch_url(text)]
    if "\0" in text:
        raise NewskitError(f"{text!r}: a file name cannot hold a NUL character")
    path = Path(item)
    try:
        if path.is_dir():
            return [_read_file(p) for p in folder_files(path)]
        if not path.is_file():
            raise NewskitError(f"{path}: no such file, folder or URL")
        return [_read_file(path)]
    except OSError as err:
        raise NewskitError(f"{path}: cannot be read ({reason(err)}); nothing was written") from err


def folder_files(folder: Path) -> list[Path]:
    """The ``.txt`` and ``.html`` files of an input folder, in name order; a link leading out of it is refused,
    as the loader refuses one.

    Example
    -------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "passwd.txt").symlink_to("/etc/passwd")
    >>> folder_files(folder)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newskit.errors.NewskitError: .../passwd.txt: a link to /etc/passwd, outside ...
    """
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES)
    inside = folder.resolve()
    for path in files:
        if path.is_symlink() and not path.resolve().is_relative_to(inside):
            raise NewskitError(f"{path}: a link to {path.resolve()}, outside {folder}; the loader refuses such "
                               "links, so `new` does too (copy the file in, or name it directly)")
    files = [p for p in files if p.is_file()]
    if not files:
        raise NewskitError(f"{folder}: a folder with no .txt or .html files")
    return files


def _read_file(path: Path) -> Source:
    """One input file's bytes, refused above the loader's size limit before it is read."""
    size = path.stat().st_size
    limit = story_module.MAX_FILE_BYTES
    if size > limit:
        raise NewskitError(f"{path}: {size / 2**20:.1f} MiB, more than the {limit / 2**20:g} MiB a version file "
                           "may hold (newskit.story.MAX_FILE_BYTES)")
    return Source(path.name, path.read_bytes())


def fetch_url(url: str, timeout: float = URL_TIMEOUT, deadline: float | None = None,
              max_bytes: int | None = None) -> Source:
    """Download one page, streamed, with a clear error when it is unreachable, slow or too big.

    ``timeout`` bounds each read, ``deadline`` (default :data:`URL_DEADLINE`) the whole download, and
    ``max_bytes`` (default :data:`MAX_PAGE_BYTES`) its size: a page announcing or sending more is refused
    as soon as that is known, without holding it in memory.

    Example
    -------
    >>> fetch_url("http://127.0.0.1:9/story.html", timeout=1)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newskit.errors.NewskitError: http://127.0.0.1:9/story.html: could not fetch (...)...
    """
    deadline = URL_DEADLINE if deadline is None else deadline
    max_bytes = MAX_PAGE_BYTES if max_bytes is None else max_bytes
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
    except ValueError as err:
        raise NewskitError(f"{url}: not a well-formed URL ({err})") from err
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise NewskitError(f"{url}: not an http(s) URL with a host name")
    request = urllib.request.Request(url, headers={"User-Agent": "newskit (+https://pypi.org/project/newskit)"})
    try:
        data = _download(request, timeout, deadline, max_bytes)
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as err:
        why = getattr(err, "reason", err)
        raise NewskitError(
            f"{url}: could not fetch ({why}); is this machine offline? Save the page and pass the file instead"
        ) from err
    except _Refused as err:
        raise NewskitError(f"{url}: {err} (nothing was written)") from err
    stem = re.sub(r"[^\w.-]+", "-", Path(parts.path).stem)[:100].strip("-.") or "page"
    return Source(f"{stem}.html", data, url=url, retrieved=date.today().isoformat())


class _Refused(Exception):
    """A download stopped for going past its deadline or size cap."""


def _download(request: urllib.request.Request, timeout: float, deadline: float, max_bytes: int) -> bytes:
    """The body of ``request``, read in chunks; :class:`_Refused` past ``deadline`` seconds or ``max_bytes``."""
    until = time.monotonic() + deadline
    late = f"not complete after the {deadline:g} s deadline (NEWSKIT_URL_DEADLINE)"
    with urllib.request.urlopen(request, timeout=min(timeout, deadline)) as response:
        announced = response.headers.get("Content-Length", "").strip()
        if announced.isdigit() and int(announced) > max_bytes:
            raise _Refused(f"the page announces {int(announced):,} bytes, more than the {max_bytes:,} allowed "
                           "(NEWSKIT_MAX_PAGE_MB)")
        chunks, size = [], 0
        while True:
            left = until - time.monotonic()
            if left <= 0:
                raise _Refused(late)
            _set_timeout(response, min(timeout, left))
            try:
                chunk = response.read1(_CHUNK)
            except TimeoutError as err:
                if time.monotonic() >= until:
                    raise _Refused(late) from err
                raise
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > max_bytes:
                raise _Refused(f"the page is bigger than the {max_bytes:,} bytes allowed (NEWSKIT_MAX_PAGE_MB)")
            chunks.append(chunk)


def _set_timeout(response, seconds: float) -> None:
    """Bound the next socket read of ``response``, so a byte every few seconds cannot outlast the deadline."""
    sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
    if sock is not None:
        sock.settimeout(max(0.05, seconds))


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
    """Two inputs must not give the same version id or write the same file; none may be named like the manifest."""
    seen: dict[str, str] = {}
    for plan in plans:
        for name in plan.files:
            if name.lower() == MANIFEST:
                raise NewskitError(f"an input is named {name!r}, the name of the manifest `new` writes; rename it "
                                   "(nothing was written)")
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
