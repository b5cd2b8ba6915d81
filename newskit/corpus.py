"""Many documents at once: a corpus read from a folder, a table or WARC files.

:func:`load_corpus` reads any of

- a folder of ``.txt`` and ``.html`` files (searched recursively; the document id is the path
  inside the folder without its suffix);
- a CSV, JSON Lines or Parquet table with an id column and a ``text`` (or ``html``) column, the
  other columns named by keyword arguments;
- WARC or WARC.gz files (a news crawl such as CC-NEWS), read with warcio: every HTML response is
  extracted the way ``newskit new`` extracts a page (:func:`newskit.extraction.extract_html`).

Column contract of ``Corpus.documents`` (one row per document, in reading order):

========== ============================================================================
document   the document id (unique, a string)
outlet     the publisher (site name for pages, the outlet column of a table; "" unknown)
published  the publication date as given (ISO for pages; "" unknown)
url        where the document was published ("" unknown)
chars      characters of the text
words      whitespace-separated words of the text
...        every other column of a source table, as it was
========== ============================================================================

The texts themselves are ``Corpus.texts`` (a Series indexed like ``documents["document"]``).
Rows that cannot be used (empty text, binary data, undecodable bytes, a repeated id, a page with
no article text) are left out and each is reported in ``Corpus.warnings`` (also
``documents.attrs["warnings"]``) and as a :class:`~newskit.errors.NewskitWarning`; a file that
cannot be read at all raises a :class:`~newskit.errors.NewskitError` naming it.

Example
-------
>>> corpus = corpus_from_texts({"a": "It rained in Paris.", "b": "", "c": "It poured in Paris."})
>>> corpus.documents[["document", "words"]].values.tolist()
[['a', 4], ['c', 4]]
>>> corpus.warnings
['document b: the text is empty or holds only whitespace; left out']
"""

from __future__ import annotations

import gzip
import json
import warnings as warnings_module
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pandas as pd

from .encoding import decode
from .errors import NewskitError, NewskitWarning
from .text.visible import blank

DOCUMENT_COLUMNS = ["document", "outlet", "published", "url", "chars", "words"]
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Corpus:
    """Documents with their texts. Tables derived from it (story families) are computed once and kept."""

    documents: pd.DataFrame
    texts: pd.Series
    source: str = ""
    warnings: list[str] = field(default_factory=list)
    _derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def derived(self, key: object, compute: Callable[[], T]) -> T:
        """The table ``key`` of this corpus: ``compute()`` on first use, kept after that."""
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]

    def text(self, document: str) -> str:
        """The text of one document.

        Example
        -------
        >>> corpus_from_texts({"a": "It rained."}).text("a")
        'It rained.'
        """
        try:
            return self.texts.at[document]
        except KeyError:
            raise KeyError(f"the corpus has no document {document!r}") from None

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        return f"Corpus(source={self.source!r}, documents={len(self)}, warnings={len(self.warnings)})"


def corpus_from_texts(texts: dict[str, str], **columns: dict[str, str]) -> Corpus:
    """A corpus from a mapping of document id to text; ``columns`` map a column name to {id: value}.

    Example
    -------
    >>> corpus_from_texts({"a": "One two."}, outlet={"a": "Daily"}).documents["outlet"].tolist()
    ['Daily']
    """
    rows = [{"document": key, "text": text, **{name: values.get(key, "") for name, values in columns.items()}}
            for key, text in texts.items()]
    return _build(rows, source="texts")


def load_corpus(
    path: str | Path,
    id: str = "id",  # noqa: A002 - the name of the id column, as a user would say it
    text: str = "text",
    html: str | None = None,
    outlet: str = "outlet",
    published: str = "published",
    url: str = "url",
    retrieved: str = "retrieved",
) -> Corpus:
    """Read a corpus from ``path``: a folder of ``.txt``/``.html`` files, a CSV/JSONL/Parquet table, or WARC files.

    For a table, ``id`` and ``text`` (or ``html``, for a column of HTML pages) name the required
    columns and ``outlet``, ``published``, ``url`` and ``retrieved`` the optional ones (``publisher``
    is taken for ``outlet`` when there is no ``outlet`` column). A folder holding ``.warc`` or
    ``.warc.gz`` files is read as a crawl. Raises :class:`NewskitError` naming the file that
    cannot be read, or a table's missing column.

    Example
    -------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "rows.jsonl").write_text('{"id": 1, "text": "It rained.", "publisher": "Daily"}\\n')
    >>> load_corpus(folder / "rows.jsonl").documents[["document", "outlet", "words"]].values.tolist()
    [['1', 'Daily', 2]]
    >>> load_corpus(folder / "none.csv")
    Traceback (most recent call last):
    ...
    newskit.errors.NewskitError: ...none.csv: no such file or folder
    """
    path = Path(path)
    names = {"id": id, "text": text, "html": html, "outlet": outlet, "published": published, "url": url,
             "retrieved": retrieved}
    if path.is_dir():
        warcs = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in WARC_SUFFIXES)
        rows = _warc_rows(warcs) if warcs else _folder_rows(path)
    elif not path.is_file():
        raise NewskitError(f"{path}: no such file or folder")
    elif _suffix(path) in WARC_SUFFIXES:
        rows = _warc_rows([path])
    elif _suffix(path) in TABLE_SUFFIXES:
        rows = _table_rows(path, names)
    else:
        raise NewskitError(f"{path}: not a corpus (give a folder, a {', '.join(TABLE_SUFFIXES)} table "
                           f"or a {', '.join(WARC_SUFFIXES)} file)")
    return _build(rows, source=str(path))


def _suffix(path: Path) -> str:
    """The suffix that says what a file is, ``.warc.gz`` included."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return "".join(suffixes)
    return suffixes[-1] if suffixes else ""


def _folder_rows(folder: Path) -> list[dict]:
    """One row per text or HTML file under ``folder``: raw bytes, decoded later."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES)
    if not files:
        raise NewskitError(f"{folder}: a folder with no .txt, .html or WARC files")
    rows = []
    for file in files:
        key = file.relative_to(folder).with_suffix("").as_posix()
        try:
            data = file.read_bytes()
        except OSError as err:
            raise NewskitError(f"{file}: cannot be read ({err.strerror or err})") from err
        kind = "html" if file.suffix.lower() in HTML_SUFFIXES else "bytes"
        rows.append({"document": key, kind: data, "file": file.relative_to(folder).as_posix()})
    return rows


def _table_rows(path: Path, names: dict) -> list[dict]:
    """The rows of a CSV, JSON Lines or Parquet table, with the named columns renamed to newskit's."""
    try:
        frame = _read_table(path)
    except NewskitError:
        raise
    except Exception as err:  # noqa: BLE001 - pandas and pyarrow raise many kinds for a bad file
        raise NewskitError(f"{path}: cannot be read as a table ({type(err).__name__}: {err})") from err
    if names["id"] not in frame.columns:
        raise NewskitError(f"{path}: no id column {names['id']!r} (columns: {', '.join(map(str, frame.columns))}); "
                           "name it with id=")
    body = names["html"] or names["text"]
    if body not in frame.columns:
        raise NewskitError(f"{path}: no text column {body!r} (columns: {', '.join(map(str, frame.columns))}); "
                           "name it with text= or html=")
    renames = {names["id"]: "document", body: "html" if names["html"] else "text"}
    for column in ("outlet", "published", "url", "retrieved"):
        if names[column] in frame.columns and names[column] not in renames:
            renames[names[column]] = column
    if "outlet" not in renames.values() and "publisher" in frame.columns:
        renames["publisher"] = "outlet"
    frame = frame.rename(columns=renames)
    frame["document"] = frame["document"].astype(str)
    return frame.to_dict("records")


def _read_table(path: Path) -> pd.DataFrame:
    """A table read with the reader its suffix names, every value kept as read."""
    suffix = _suffix(path)
    if suffix == ".csv":
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    if suffix == ".parquet":
        return pd.read_parquet(path)
    rows = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as err:
                    raise NewskitError(f"{path}: line {number} is not JSON ({err})") from err
    return pd.DataFrame(rows)


def _warc_rows(files: list[Path]) -> Iterator[dict]:
    """One row per HTML response record of the WARC files (warcio reads them, gzipped or not)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    rows = []
    for file in files:
        try:
            with file.open("rb") as handle:
                rows.extend(_warc_records(ArchiveIterator(handle), file))
        except (ArchiveLoadFailed, OSError, EOFError, gzip.BadGzipFile) as err:
            raise NewskitError(f"{file}: cannot be read as WARC ({err})") from err
    return rows


def _warc_records(records: Iterable, file: Path) -> Iterator[dict]:
    """The HTML responses among ``records``, as rows with the raw page."""
    for record in records:
        if record.rec_type != "response":
            continue
        kind = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
        if "html" not in kind.lower():
            continue
        headers = record.rec_headers
        yield {
            "document": headers.get_header("WARC-Record-ID") or f"{file.name}#{headers.get_header('WARC-Target-URI')}",
            "html": record.content_stream().read(),
            "url": headers.get_header("WARC-Target-URI") or "",
            "retrieved": (headers.get_header("WARC-Date") or "")[:10],
            "file": file.name,
        }


def _document_text(row: dict) -> tuple[str, dict]:
    """The text of one row and what reading it found (outlet, date, url of a page), or a NewskitError."""
    name = f"document {row['document']}"
    if "html" in row and row["html"] is not None and row["html"] is not pd.NA:
        from .extraction import extract_html

        data = row["html"] if isinstance(row["html"], bytes) else str(row["html"]).encode("utf-8")
        decode(data, name)  # empty and binary pages fail here, saying so
        page = extract_html(data, name)
        found = {"outlet": page["sitename"], "published": page["date"], "url": page["url"]}
        return page["text"], {key: value for key, value in found.items() if value}
    if "bytes" in row:
        text, _, notes = decode(row["bytes"], name)
        return text, {"_notes": notes}
    value = row.get("text")
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        raise NewskitError(f"{name}: the text is empty or holds only whitespace")
    if isinstance(value, bytes):
        text, _, notes = decode(value, name)
        return text, {"_notes": notes}
    text = str(value)
    if blank(text):
        raise NewskitError(f"{name}: the text is empty or holds only whitespace")
    if "\x00" in text:
        raise NewskitError(f"{name}: binary data (NUL characters), not text")
    return text, {}


def _build(rows: Iterable[dict], source: str) -> Corpus:
    """A corpus from raw rows: texts decoded or extracted, bad rows reported and left out."""
    records, texts, notes, seen = [], {}, [], set()
    for row in rows:
        key = str(row["document"])
        if key in seen:
            notes.append(f"document {key}: the id is used by an earlier document; this one is left out")
            continue
        try:
            text, found = _document_text(row)
        except NewskitError as err:
            notes.append(f"{err}; left out")
            continue
        seen.add(key)
        notes.extend(found.pop("_notes", []))
        record = {k: v for k, v in row.items() if k not in ("text", "html", "bytes")}
        record.update({k: v for k, v in found.items() if not str(record.get(k, "") or "")})
        records.append(record)
        texts[key] = text
    return _finish(records, texts, notes, source)


def _finish(records: list[dict], texts: dict[str, str], notes: list[str], source: str) -> Corpus:
    """The documents frame in its column order, with the warnings recorded and emitted."""
    if not records:
        raise NewskitError(f"{source}: no usable document" + (f" ({notes[0]}{'; ...' if len(notes) > 1 else ''})"
                                                             if notes else ""))
    frame = pd.DataFrame(records)
    for column in DOCUMENT_COLUMNS[:4]:
        if column not in frame.columns:
            frame[column] = ""
        frame[column] = frame[column].fillna("").astype(str)
    frame["chars"] = [len(texts[k]) for k in frame["document"]]
    frame["words"] = [len(texts[k].split()) for k in frame["document"]]
    extra = [c for c in frame.columns if c not in DOCUMENT_COLUMNS]
    frame = frame[DOCUMENT_COLUMNS + extra].reset_index(drop=True)
    frame.attrs["warnings"] = notes
    for note in notes:
        warnings_module.warn(note, NewskitWarning, stacklevel=3)
    series = pd.Series(texts, dtype=object, name="text")
    series.index.name = "document"
    return Corpus(documents=frame, texts=series, source=source, warnings=notes)
