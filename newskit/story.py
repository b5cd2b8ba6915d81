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

from .blocks import label_blocks
from .encoding import decode
from .errors import NewskitError, NewskitWarning
from .metadata import text_metadata
from .text.sentences import sentence_spans

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MANIFEST = "story.toml"
VERSION_FIELDS = ("id", "file", "outlet", "url", "language", "published", "page_date", "retrieved", "notes")
DATE_FIELDS = ("published", "page_date", "retrieved")
STORY_FIELDS = ("id", "title", "event_date", "notes", "versions")
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
        raise KeyError(f"story {self.id!r} has no version {version_id!r}; it has {self.ids}")

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
        if not isinstance(story, Story):
            raise TypeError(f"{compute.__name__}() takes a Story, not {type(story).__name__}: load one with "
                            "nk.load_story(folder) or nk.story_from_texts(texts)")
        return story.derived(compute, lambda: compute(story)).copy()

    return table


def make_version(version_id: str, raw: str, **fields) -> Version:
    """Build a :class:`Version` from decoded text, labelling its blocks.

    Example
    -------
    >>> make_version("a", "Headline\\n\\nIt rained.").meta
    {'headline': 'Headline'}
    """
    blocks = label_blocks(raw)
    return Version(id=version_id, raw=raw, blocks=blocks, meta=text_metadata(blocks), **fields)


def story_from_texts(texts: dict[str, str], story_id: str = "story", **story_fields) -> Story:
    """A story from a mapping of version id to text, in the mapping's order.

    Example
    -------
    >>> story_from_texts({"a": "One.", "b": "Two."}).ids
    ['a', 'b']
    """
    versions = []
    for version_id, text in texts.items():
        if not isinstance(text, str):
            raise NewskitError(f"version {version_id!r}: expected text (str), got {type(text).__name__}")
        if not text.strip():
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
    folder = Path(path)
    if not folder.is_dir():
        raise NewskitError(f"{folder}: no such story folder")
    manifest = folder / MANIFEST
    notes: list[str] = []
    if manifest.is_file():
        info = _read_manifest(manifest, notes)
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
    try:
        info = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise NewskitError(f"{manifest}: not a valid TOML manifest ({err})") from err
    unknown = sorted(set(info) - set(STORY_FIELDS))
    if unknown:
        _warn(f"{manifest}: unknown key(s) {unknown} ignored", notes)
    entries = info.get("versions")
    if not isinstance(entries, list) or not entries:
        raise NewskitError(f"{manifest}: needs at least one [[versions]] entry")
    for entry in entries:
        if "file" not in entry:
            raise NewskitError(f"{manifest}: a version has no 'file': {entry}")
        entry.setdefault("id", Path(str(entry["file"])).stem)
        unknown = sorted(set(entry) - set(VERSION_FIELDS))
        if unknown:
            _warn(f"{manifest}: version {entry['id']!r}: unknown key(s) {unknown} ignored", notes)
            for key in unknown:
                del entry[key]
    ids = [str(e["id"]) for e in entries]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise NewskitError(f"{manifest}: duplicate version id(s) {duplicated}")
    return {k: (v if k == "versions" else str(v)) for k, v in info.items() if k in STORY_FIELDS}


def _load_version(folder: Path, entry: dict) -> Version:
    """Read, decode and label the file a manifest entry names."""
    name = str(entry["file"])
    target = (folder / name).resolve()
    if Path(name).is_absolute() or not target.is_relative_to(folder.resolve()):
        raise NewskitError(f"{folder / MANIFEST}: file {name!r} lies outside the story folder")
    if not target.is_file():
        raise NewskitError(f"{folder / MANIFEST}: file {name!r} does not exist in {folder}")
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
    frames = [v.blocks.assign(version=v.id) for v in story.versions]
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
