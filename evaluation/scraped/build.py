"""Rebuild the scraped pages scored by ``evaluation/furniture_eval.py`` into ``evaluation/scraped/cache/``.

The pages are not stored in this repository (third-party news pages, no open licence). They come from
the page-scraping runs of a public research-agent project (Kjdragan/universal_agent, commit
1979fd1814db98b32f53aff64e4851a3381ab664, ``scrapling/runs/sample_processed_json_eval/processed/*.md``):
one Markdown file per page whose ``## Content`` section is the page's text as the scraper kept it, one
line per paragraph (menus, captions, appeals, related-story lists and all). Each page becomes
``cache/<name>.txt``: the lines between ``## Content`` and the next ``## `` heading (``## Links``),
stripped of the surrounding blank lines, ending in one line feed. The sha1 of each text is checked
against the one the gold records, so a changed rendering is caught, not silently scored.

Get the snapshot first (the project's ``fetch`` tool puts a bare git directory at
``/work/.mirror/Kjdragan+universal_agent/repo``), or give its place:
``python evaluation/scraped/build.py [--git-dir PATH]``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from snapshot import git_show, sha1, snapshot_dir  # noqa: E402

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
GOLD = HERE.parents[0] / "gold" / "scraped_furniture.jsonl"
COMMIT = "1979fd1814db98b32f53aff64e4851a3381ab664"
FOLDER = "scrapling/runs/sample_processed_json_eval/processed"
GIT_DIR = Path("/work/.mirror/Kjdragan+universal_agent/repo")


def page_text(markdown: str) -> str:
    """The lines of the ``## Content`` section, without the blank lines around them, ending in a line feed."""
    lines = markdown.splitlines()
    start = lines.index("## Content") + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    return "\n".join(lines[start:end]).strip("\n") + "\n"


def name_of(path: str) -> str:
    """The cache name of a page: its file name without ``.md``, cut at 60 characters."""
    return Path(path).name.removesuffix(".md")[:60]


def main(argv: list[str] | None = None) -> int:
    git_dir = snapshot_dir(__doc__.splitlines()[0], GIT_DIR, argv)
    if git_dir is None:
        return 1
    git = ["git", "--git-dir", str(git_dir)]
    paths = subprocess.run([*git, "ls-tree", "--name-only", f"{COMMIT}:{FOLDER}"], check=True,
                           capture_output=True, text=True).stdout.split()
    want = {}
    if GOLD.exists():
        want = {r["page"]: r["sha1"] for r in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines()) if r}
    CACHE.mkdir(exist_ok=True)
    bad = 0
    for path in paths:
        if not path.endswith(".md"):
            continue
        markdown = git_show(git_dir, COMMIT, f"{FOLDER}/{path}").decode("utf-8")
        if "## Content" not in markdown.splitlines():
            continue
        text = page_text(markdown)
        name = name_of(path)
        (CACHE / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
        if name in want and want[name] != sha1(text):
            print(f"{name}: sha1 differs from the gold's")
            bad += 1
    print(f"{len(list(CACHE.glob('*.txt')))} pages in {CACHE}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
