"""Stories and their versions: loading a story folder, or texts held in memory.

A story is a folder holding one raw file per published version and, optionally,
a ``story.toml`` manifest that names the versions and what is known of them
(outlet, url, language, dates, notes). A folder of plain ``.txt`` files with no
manifest loads too, with the file stems as version ids.

Example
-------
>>> story = story_from_texts({"a": "It rained.", "b": "It poured."})
>>> [v.id for v in story.versions]
['a', 'b']
"""

from __future__ import annotations

import functools
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TypeVar

import pandas as pd

from .blocks import BLOCK_COLUMNS, FURNITURE, label_blocks
from .encoding import decode
from .errors import NewskitError, NewskitWarning
from .metadata import text_metadata
from .text.sentences import sentence_spans
from .text.visible import blank

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MANIFEST = "story.toml"
VERSION_FIELDS = ("id", "file", "outlet", "url", "language", "published", "page_date", "retrieved", "notes")
DATE_FIELDS = ("published", "page_date", "retrieved")
STORY_FIELDS = ("id", "title", "event_date", "notes", "versions")
MAX_FILE_BYTES = 16 * 2**20
"""Largest version file the loader reads (16 MiB, some 2.5 million words); set ``newskit.story.MAX_FILE_BYTES``
to load bigger ones (loading takes about a second per megabyte)."""
SENTENCE_COLUMNS = ["version", "paragraph", "sentence", "text", "start", "end"]
T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Version:
    """One published version of a story.

    ``raw`` is the decoded text of the file, kept as it is (only a byte-order
    mark is dropped); ``blocks`` labels every character of it; ``body`` is the
    article text, the body blocks joined by blank lines; ``meta`` holds what the
    text states about itself (see :func:`newskit.metadata.text_metadata`); the
    other fields come from the manifest (empty when unknown).
    """

    id: str
    raw: str
    blocks: pd.DataFrame
    meta: dict[str, str]
    file: str = ""
    outlet: str = ""
    url: str = ""
    language: str = ""
    published: str = ""
    page_date: str = ""
    retrieved: str = ""
    notes: str = ""
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def body(self) -> str:
        """The article text: body paragraphs joined by blank lines."""
        return "\n\n".join(self.blocks.loc[self.blocks["label"] == "body", "text"])

    def __repr__(self) -> str:
        return f"Version(id={self.id!r}, outlet={self.outlet!r}, chars={len(self.raw)}, blocks={len(self.blocks)})"


@dataclass(frozen=True, eq=False)
class Story:
    """Several versions of one news story, in manifest (or file name) order.

    A story does not change once loaded, so every table derived from it (sentences, the sourcing pass,
    counts, each pair's alignment) is computed once, on first use, and kept with it: see :meth:`derived`.
    """

    id: str
    versions: list[Version]
    title: str = ""
    event_date: str = ""
    notes: str = ""
    path: Path | None = None
    warnings: list[str] = field(default_factory=list)
    _derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def derived(self, key: object, compute: Callable[[], T]) -> T:
        """The table ``key`` of this story: ``compute()`` on first use, kept and returned after that.

        Example
        -------
        >>> story = story_from_texts({"a": "One."})
        >>> story.derived("n", lambda: 1), story.derived("n", lambda: 2)
        (1, 1)
        """
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]

    def __getitem__(self, version_id: str) -> Version:
        for version in self.versions:
            if version.id == version_id:
                return version
        raise UnknownVersionError(f"story {self.id!r} has no version {version_id!r}; it has {self.ids}")

    def __iter__(self):
        return iter(self.versions)

    def __len__(self) -> int:
        return len(self.versions)

    @property
    def ids(self) -> list[str]:
        """Version ids, in order."""
        return [v.id for v in self.versions]

    def __repr__(self) -> str:
        return f"Story(id={self.id!r}, versions={self.ids})"


class UnknownVersionError(NewskitError, KeyError):
    """A version id the story does not have (a :class:`NewskitError`, and a ``KeyError`` for lookups)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def check_story(value: object, caller: str) -> Story:
    """``value`` if it is a :class:`Story`; a ``TypeError`` naming ``caller`` and what to call otherwise.

    Example
    -------
    >>> check_story("stories/rain", "intervals")
    Traceback (most recent call last):
    TypeError: intervals() takes a Story, not str: load one with nk.load_story(folder) or nk.story_from_texts(texts)
    """
    if not isinstance(value, Story):
        raise TypeError(f"{caller}() takes a Story, not {type(value).__name__}: load one with "
                        "nk.load_story(folder) or nk.story_from_texts(texts)")
    return value


def check_versions(story: Story, *version_ids: object) -> None:
    """Raise :class:`UnknownVersionError` (a :class:`NewskitError`) for an id ``story`` does not have, listing its ids.

    Example
    -------
    >>> check_versions(story_from_texts({"a": "One.", "b": "Two."}), "a", "c")
    Traceback (most recent call last):
    newskit.story.UnknownVersionError: story 'story' has no version 'c'; it has ['a', 'b']
    """
    for version_id in version_ids:
        story[version_id]


def story_table(compute: Callable[[Story], pd.DataFrame]) -> Callable[[Story], pd.DataFrame]:
    """Make ``compute(story)`` a story table: checked argument, computed once per story and kept with it,
    handed out as a copy so that a caller's changes never reach what is kept.

    Example
    -------
    >>> @story_table
    ... def lengths(story):
    ...     return pd.DataFrame({"version": story.ids, "chars": [len(v.raw) for v in story]})
    >>> story = story_from_texts({"a": "One."})
    >>> lengths(story) is lengths(story), lengths(story).equals(lengths(story))
    (False, True)
    >>> lengths("story/")
    Traceback (most recent call last):
    TypeError: lengths() takes a Story, not str: load one with nk.load_story(folder) or nk.story_from_texts(texts)
    """

    @functools.wraps(compute)
    def table(story: Story) -> pd.DataFrame:
        check_story(story, compute.__name__)
        return story.derived(compute, lambda: compute(story)).copy()

    return table


def make_version(version_id: str, raw: str, **fields) -> Version:
    """Build a :class:`Version` from decoded text, labelling its blocks.

    Example
    -------
    >>> make_version("a", "Rain closes roads\\n\\nIt rained.").meta
    {'headline': 'Rain closes roads'}
    """
    blocks = label_blocks(raw)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", NewskitWarning)
        meta = text_metadata(blocks)
    version = Version(id=version_id, raw=raw, blocks=blocks, meta=meta, **fields)
    for warning in caught:
        if issubclass(warning.category, NewskitWarning):
            _warn(f"version {version_id!r}: {warning.message}", version.warnings)
        else:  # pragma: no cover - passed on as they came
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    return version


def story_from_texts(texts: dict[str, str], story_id: str = "story", **story_fields) -> Story:
    """A story from a mapping of version id to text, in the mapping's order.

    Example
    -------
    >>> story_from_texts({"a": "One.", "b": "Two."}).ids
    ['a', 'b']
    >>> story_from_texts({1: "One.", "1": "Two."})
    Traceback (most recent call last):
    newskit.errors.NewskitError: version ids 1 and '1' are both '1' once made text; give distinct ids
    """
    if not isinstance(texts, dict):
        raise TypeError(f"story_from_texts() takes a dict of version id to text, not {type(texts).__name__}"
                        + (": load a folder with nk.load_story(folder)" if isinstance(texts, (str, Path)) else ""))
    versions, seen = [], {}
    for version_id, text in texts.items():
        if str(version_id) in seen:
            raise NewskitError(f"version ids {seen[str(version_id)]!r} and {version_id!r} are both "
                               f"{str(version_id)!r} once made text; give distinct ids")
        seen[str(version_id)] = version_id
        if not isinstance(text, str):
            raise NewskitError(f"version {version_id!r}: expected text (str), got {type(text).__name__}")
        if blank(text):
            raise NewskitError(f"version {version_id!r}: the text is empty or holds only whitespace")
        versions.append(make_version(str(version_id), text))
    return _finish(Story(id=story_id, versions=versions, **story_fields))


def load_story(path: str | Path) -> Story:
    """Load the story in folder ``path``, with or without a ``story.toml`` manifest.

    Raises :class:`NewskitError` for a missing folder, a manifest naming a
    missing file or a file outside the folder, and for empty or binary files.

    Example
    -------
    >>> story = load_story("data/stories/kazakhstan-csto-2022")  # doctest: +SKIP
    >>> story.ids  # doctest: +SKIP
    ['gvs', 'swissinfo']
    """
    if not isinstance(path, (str, Path)):
        raise TypeError(f"load_story() takes the path of a story folder, not {type(path).__name__}")
    folder = Path(path)
    try:
        return _load_folder(folder)
    except (OSError, ValueError) as err:
        if isinstance(err, NewskitError):
            raise
        raise NewskitError(f"{folder}: cannot be read ({_os_reason(err)})") from err


def _os_reason(err: Exception) -> str:
    """A short reason for an ``OSError`` or a path ``ValueError`` ("Permission denied: 'a.txt'")."""
    if isinstance(err, OSError) and err.strerror:
        return f"{err.strerror}: {err.filename!r}" if err.filename else err.strerror
    return str(err)


def _load_folder(folder: Path) -> Story:
    """The work of :func:`load_story`; ``OSError`` and path ``ValueError`` are turned into errors by the caller."""
    if not folder.exists():
        raise NewskitError(f"{folder}: no such story folder")
    if not folder.is_dir():
        raise NewskitError(f"{folder}: is a file, not a story folder (a folder holding {MANIFEST} or .txt files)")
    manifest = folder / MANIFEST
    notes: list[str] = []
    if manifest.is_file():
        info = _read_manifest(manifest, notes)
    elif manifest.exists() or manifest.is_symlink():
        raise NewskitError(f"{manifest}: not a regular file")
    else:
        files = sorted(p.name for p in folder.glob("*.txt"))
        if not files:
            raise NewskitError(f"{folder}: no {MANIFEST} and no .txt files to load")
        info = {"versions": [{"id": Path(f).stem, "file": f} for f in files]}
    entries = info.pop("versions")
    versions = [_load_version(folder, entry) for entry in entries]
    story = Story(id=str(info.pop("id", folder.name)), versions=versions, path=folder, warnings=notes, **info)
    return _finish(story)


def _read_manifest(manifest: Path, notes: list[str]) -> dict:
    """The manifest as a dict, checked: known keys, unique ids, a file for every version."""
    data = manifest.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise NewskitError(f"{manifest}: {len(data):,} bytes, more than a manifest needs")
    try:
        info = tomllib.loads(data.decode("utf-8-sig"))  # a byte-order mark, as some editors write, is allowed
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise NewskitError(f"{manifest}: not a valid TOML manifest ({err})") from err
    except RecursionError as err:
        raise NewskitError(f"{manifest}: not a valid TOML manifest (nested too deeply)") from err
    unknown = sorted(set(info) - set(STORY_FIELDS))
    if unknown:
        _warn(f"{manifest}: unknown key(s) {unknown} ignored", notes)
    entries = info.get("versions")
    if not isinstance(entries, list) or not entries:
        raise NewskitError(f"{manifest}: needs at least one [[versions]] entry")
    for number, entry in enumerate(entries, 1):
        _check_entry(manifest, number, entry)
        entry.setdefault("id", Path(entry["file"]).stem)
        unknown = sorted(set(entry) - set(VERSION_FIELDS))
        if unknown:
            _warn(f"{manifest}: version {entry['id']!r}: unknown key(s) {unknown} ignored", notes)
            for key in unknown:
                del entry[key]
    ids = [str(e["id"]) for e in entries]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise NewskitError(f"{manifest}: duplicate version id(s) {duplicated}")
    for key in set(STORY_FIELDS).intersection(info) - {"versions"}:
        if not isinstance(info[key], (str, int, float, date)):
            raise NewskitError(f"{manifest}: {key} must be a string, not a TOML {type(info[key]).__name__}")
    return {k: (v if k == "versions" else str(v)) for k, v in info.items() if k in STORY_FIELDS}


def _check_entry(manifest: Path, number: int, entry: object) -> None:
    """One ``[[versions]]`` entry: a table whose ``file`` is a usable file name and whose values are plain."""
    if not isinstance(entry, dict):
        raise NewskitError(f"{manifest}: versions entry {number} is a {type(entry).__name__} ({entry!r:.40}), "
                           "not a table; write each version as a [[versions]] table with a file = \"...\" key")
    if "file" not in entry:
        raise NewskitError(f"{manifest}: versions entry {number} has no 'file' key")
    for key, value in entry.items():
        if not isinstance(value, (str, int, float, date)):
            raise NewskitError(f"{manifest}: versions entry {number}: {key} must be a string, "
                               f"not a TOML {type(value).__name__}")
    name = entry["file"]
    if not isinstance(name, str) or not name.strip():
        raise NewskitError(f"{manifest}: versions entry {number}: file must be a non-empty string, not {name!r}")
    if "\0" in name or len(name.encode("utf-8", "surrogatepass")) > 255 or any(
            len(part.encode("utf-8", "surrogatepass")) > 255 for part in Path(name).parts):
        raise NewskitError(f"{manifest}: versions entry {number}: file {name[:60]!r}... is not a usable file name "
                           "(a NUL character, or longer than 255 bytes)")


def _load_version(folder: Path, entry: dict) -> Version:
    """Read, decode and label the file a manifest entry names."""
    name = str(entry["file"])
    target = (folder / name).resolve()
    if Path(name).is_absolute() or not target.is_relative_to(folder.resolve()):
        raise NewskitError(f"{folder / MANIFEST}: file {name!r} lies outside the story folder")
    if not target.is_file():
        where = folder / MANIFEST if (folder / MANIFEST).is_file() else folder
        raise NewskitError(f"{where}: file {name!r} does not exist in {folder}")
    size = target.stat().st_size
    if size > MAX_FILE_BYTES:
        raise NewskitError(f"{folder / name}: {size / 2**20:.1f} MiB, more than the {MAX_FILE_BYTES / 2**20:g} MiB "
                           "a version file may hold (newskit.story.MAX_FILE_BYTES); is it one article?")
    raw, encoding, notes = decode(target.read_bytes(), name)
    fields = {k: str(v) for k, v in entry.items() if k not in ("id",)}
    version = make_version(str(entry["id"]), raw, encoding=encoding, **fields)
    for note in notes:
        _warn(note, version.warnings)
    for key in DATE_FIELDS:
        value = getattr(version, key)
        if value and not is_iso_date(value):
            _warn(f"{folder / MANIFEST}: version {version.id!r}: {key} {value!r} is not an ISO date (YYYY-MM-DD)",
                  version.warnings)
    return version


def is_iso_date(value: str) -> bool:
    """Whether ``value`` opens with an ISO date ("2022-01-11", "2022-01-11T01:54").

    Example
    -------
    >>> is_iso_date("2022-01-11T01:54"), is_iso_date("Jan 11, 2022"), is_iso_date("2022-13-45")
    (True, False, False)
    """
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def _finish(story: Story) -> Story:
    """Check the story as a whole, warning about what makes comparison moot."""
    if not story.versions:
        raise NewskitError(f"story {story.id!r} has no versions")
    if len(story.versions) == 1:
        _warn(f"story {story.id!r} has one version: comparisons between versions will be empty", story.warnings)
    bodies: dict[str, str] = {}
    for version in story.versions:
        if not version.body:
            labels = ", ".join(dict.fromkeys(version.blocks["label"]))
            _warn(f"version {version.id!r} has no body text (only {labels}): its analyses will be empty",
                  version.warnings)
        if version.body in bodies:
            _warn(
                f"story {story.id!r}: versions {bodies[version.body]!r} and {version.id!r} have identical bodies",
                story.warnings,
            )
        bodies.setdefault(version.body, version.id)
    return story


def _warn(message: str, record: list[str]) -> None:
    """Record ``message`` and show it as a :class:`NewskitWarning`."""
    record.append(message)
    warnings.warn(message, NewskitWarning, stacklevel=3)


def story_blocks(story: Story) -> pd.DataFrame:
    """Every block of every version: ``version`` followed by the block columns.

    Example
    -------
    >>> story_blocks(story_from_texts({"a": "One."}))[["version", "label"]].values.tolist()  # doctest: +SKIP
    [['a', 'body']]
    """
    check_story(story, "story_blocks")
    frames = [v.blocks.assign(version=v.id) for v in story.versions]
    if not frames:  # a Story built by hand with no versions
        return pd.DataFrame(columns=["version", *BLOCK_COLUMNS])
    frame = pd.concat(frames, ignore_index=True)
    return frame[["version", *[c for c in frame.columns if c != "version"]]]


@story_table
def sentences(story) -> pd.DataFrame:
    """One row per sentence of every body paragraph of every version of ``story``.

    Columns: ``version`` (id), ``paragraph`` (body paragraph index within the
    version), ``sentence`` (number from 0 within the version, across
    paragraphs), ``text``, ``start`` and ``end`` (offsets into the version's
    ``raw``, so ``raw[start:end] == text``). Rows are in version order, then
    text order.

    Example
    -------
    >>> story = story_from_texts({"a": "Rain\\n\\nIt rained. It poured.", "b": "Rain\\n\\nIt rained."})
    >>> sentences(story)[["version", "sentence", "text"]].values.tolist()
    [['a', 0, 'It rained.'], ['a', 1, 'It poured.'], ['b', 0, 'It rained.']]
    """
    rows = []
    for version in story.versions:
        body = version.blocks[version.blocks["label"] == "body"]
        number = 0
        for block in body.itertuples(index=False):
            for start, end in sentence_spans(version.raw[block.start:block.end]):
                first, last = block.start + start, block.start + end
                rows.append((version.id, int(block.paragraph), number, version.raw[first:last], first, last))
                number += 1
    frame = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    return frame.astype({"paragraph": "int64", "sentence": "int64", "start": "int64", "end": "int64"})


SET_ASIDE_COLUMNS = ["version", "block", "label", "kind", "start", "end", "words", "text"]


@story_table
def set_aside(story) -> pd.DataFrame:
    """What the analyses leave out of each version: one row per block that is neither body nor whitespace.

    Columns: ``version``, ``block`` (number in the version's blocks), ``label``,
    ``kind`` ("furniture" for captions, credits, scripts, appeals, prompts,
    promos, link lines, "Loading ..." lines and site chrome; "metadata" for the
    headline, byline, date lines, dateline, credits and subheads), ``start`` and
    ``end`` (offsets into the version's ``raw``), ``words`` and ``text``. Readability,
    alignment, quotations and sources read body blocks only, so none of this
    counts in them.

    Example
    -------
    >>> story = story_from_texts({"a": "Rain\\n\\nIt rained.\\n\\nShare on Facebook", "b": "It rained."})
    >>> set_aside(story)[["version", "label", "kind", "text"]].values.tolist()
    [['a', 'headline', 'metadata', 'Rain'], ['a', 'prompt', 'furniture', 'Share on Facebook']]
    """
    rows = []
    for version in story.versions:
        kept = version.blocks[~version.blocks["label"].isin(["body", "whitespace"])]
        for block in kept.itertuples(index=False):
            kind = "furniture" if block.label in FURNITURE else "metadata"
            rows.append((version.id, int(block.block), block.label, kind, int(block.start), int(block.end),
                         len(block.text.split()), block.text))
    frame = pd.DataFrame(rows, columns=SET_ASIDE_COLUMNS)
    return frame.astype({"block": "int64", "start": "int64", "end": "int64", "words": "int64"})
