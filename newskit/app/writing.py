"""Writing folders safely: never through a link, never half-done.

A folder the application writes (a story folder made by ``newskit new``, a report
folder made by ``newskit report``) is built in a fresh staging folder beside its
target and swapped in whole once it is complete: an interrupted run leaves the old
folder or the new one, never a mix. Files are created exclusively
(``O_EXCL | O_NOFOLLOW``), so a link planted where a file goes is never followed,
and a single file outside such a folder is replaced by writing a temporary file
beside it and renaming it over the old one. A target that is a link is refused
before anything is written.

Example
-------
>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out"
>>> with staged(target) as stage:
...     write_new(stage / "a.txt", b"new")
>>> (target / "a.txt").read_bytes()
b'new'
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import NewskitError

STAGING_PREFIX = ".newskit-staging-"


def reason(err: OSError) -> str:
    """``err`` in a few words: its message and the path it names.

    Example
    -------
    >>> reason(PermissionError(13, "Permission denied", "a.txt"))
    'Permission denied: a.txt'
    """
    text = err.strerror or str(err)
    return f"{text}: {err.filename}" if getattr(err, "filename", None) else text


def check_target(target: Path, what: str = "folder") -> None:
    """Refuse a target that is a link, that is not a folder, or that lies under a file; writes nothing.

    Example
    -------
    >>> check_target(Path("/etc/hostname/reports"))
    Traceback (most recent call last):
    ...
    newskit.errors.NewskitError: /etc/hostname/reports: cannot be made: /etc/hostname is a file, not a folder
    """
    if target.is_symlink():
        raise NewskitError(f"{target}: is a link; newskit does not write through links (remove it or choose "
                           f"another {what})")
    if target.exists() and not target.is_dir():
        raise NewskitError(f"{target}: exists and is not a folder")
    for parent in target.parents:
        if parent.exists() or parent.is_symlink():
            if not parent.is_dir():
                raise NewskitError(f"{target}: cannot be made: {parent} is a file, not a folder")
            break


def write_new(path: Path, data: bytes) -> None:
    """Create ``path`` and write ``data``: refuses a file or link already there (never follows a link).

    Example
    -------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "link").symlink_to(folder / "elsewhere")
    >>> write_new(folder / "link", b"x")
    Traceback (most recent call last):
    ...
    FileExistsError: [Errno 17] File exists: ...
    >>> (folder / "elsewhere").exists()
    False
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o666)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def replace_file(path: Path, data: bytes) -> None:
    """Write ``path`` by writing a temporary file beside it and renaming it over: refuses a link at ``path``.

    Example
    -------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "index.html"
    >>> replace_file(path, b"old"); replace_file(path, b"new"); path.read_bytes()
    b'new'
    """
    if path.is_symlink():
        raise NewskitError(f"{path}: is a link; newskit does not write through links (remove it)")
    if path.exists() and not path.is_file():
        raise NewskitError(f"{path}: exists and is not a file")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def staged(target: Path) -> Iterator[Path]:
    """A fresh staging folder beside ``target``, swapped in for it when the block ends without an error.

    On any error or interrupt the staging folder is removed and ``target`` is left as it was. The old
    ``target`` is removed only after the new one is in place. Paths are made absolute first, as code run
    inside the block (papermill) may change the working folder.
    """
    target = Path(os.path.abspath(target))
    check_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{target.name[:40]}-", dir=target.parent))
    try:
        os.chmod(stage, 0o777 & ~_umask())
        yield stage
        swap_in(stage, target)
    finally:
        if stage.exists():
            shutil.rmtree(stage, ignore_errors=True)


def swap_in(stage: Path, target: Path) -> None:
    """Put folder ``stage`` where ``target`` is, atomically where the system allows; the old target is removed.

    Example
    -------
    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> (root / "new").mkdir(); (root / "old").mkdir(); _ = (root / "new" / "a").write_text("a")
    >>> swap_in(root / "new", root / "old"); sorted(p.name for p in root.iterdir()), (root / "old" / "a").exists()
    (['old'], True)
    """
    stage, target = Path(os.path.abspath(stage)), Path(os.path.abspath(target))
    check_target(target)
    if not target.exists():
        os.rename(stage, target)
        return
    if not _exchange(stage, target):
        backup = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}old-", dir=target.parent))
        os.rename(target, backup / "old")
        os.rename(stage, target)
        stage = backup
    shutil.rmtree(stage, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False where that is not available."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError, TypeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    done = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return done == 0


def _umask() -> int:
    """The process's file-creation mask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
