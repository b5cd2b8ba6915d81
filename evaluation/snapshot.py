"""Third-party text rebuilt from one commit of a public repository, for the evaluations that may not store it.

The rebuild scripts (``evaluation/realcopy/build.py``, ``evaluation/scraped/build.py``) read files of a bare
git directory (the project's ``fetch`` tool puts one under ``/work/.mirror/``; ``git clone --bare`` does too),
and every gold record names its text by sha1, so a text rendered differently is caught, never scored.

Example
-------
>>> sha1("It rained.\\n")
'632edfde9006160d07573afb4a5db5fdd608ec8b'
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
from pathlib import Path


def sha1(text: str) -> str:
    """The sha1 of ``text`` in UTF-8, as the gold records it."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def snapshot_dir(description: str, default: Path, argv: list[str] | None) -> Path | None:
    """The ``--git-dir`` given on the command line (else ``default``); None, saying so, when it is absent."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--git-dir", type=Path, default=default)
    git_dir = parser.parse_args(argv).git_dir
    if not git_dir.is_dir():
        print(f"no snapshot at {git_dir}: bring it with the fetch tool or `git clone --bare` first")
        return None
    return git_dir


def git_show(git_dir: Path, commit: str, path: str) -> bytes:
    """The bytes of ``path`` at ``commit`` in the bare git directory ``git_dir``."""
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout
