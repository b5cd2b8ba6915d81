"""Rebuild the scraped pages scored by ``evaluation/furniture_eval.py`` into ``evaluation/scraped/cache/``.

The pages are not stored in this repository (third-party news pages, no open licence). They come from
the page-scraping runs of a public research-agent project (Kjdragan/universal_agent, commit
1979fd1814db98b32f53aff64e4851a3381ab664, ``scrapling/runs/sample_processed_json_eval/processed/*.md``):
one Markdown file per page whose ``## Content`` section is the page's text as the scraper kept it, one
line per paragraph (menus, captions, appeals, related-story lists and all). Each page becomes
``cache/<name>.txt``: the lines between ``## Content`` and the next ``## `` heading (``## Links``),
stripped of the surrounding blank lines, ending in one line feed. The sha1 of each text is checked
against the one the gold records, so a changed rendering is caught, not silently scored.

More pages come from the same project's history: ``EXTRA`` lists each by commit and path (the half
"unseen4": pages of an earlier run folder, ``scrapling_tester/runs/...``, deleted before the pinned commit).

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
OLD_RUN = "scrapling_tester/runs/sample_processed_json_eval/processed"
EXTRA = tuple(("aa1f9006ce58e621a45aa4417b302a62360f5451", f"{OLD_RUN}/{name}.md") for name in (
    "newsofbahrain.com_world_127556.html",
    "oilprice.com_Energy_Energy-General_Zelenskyy-Pushes-for-Trilateral-Summit-With-US-and-Russia-in-Abu-Dhabi.amp.html",
    "aol.com_articles_ukrainian-russian-envoys-hold-second-092516169.html",
    "cnbc.com_2026_02_27_russia-ukraine-war-local-ceasefire-zaporizhzhia-nuclear-power-plant.html",
    "english.nv.ua_amp_russia-s-war-economy-strains-as-revenues-fall-and-deficits-grow-50587596.html",
    "aol.com_articles_starmer-putin-standing-way-peace-095214942.html",
    "aol.com_gop-lawmaker-trump-patience-putin-203234426.html",
    "aol.com_entertainment_us-edge-ukraine-targets-key-231300638.html",
))


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
    names = subprocess.run([*git, "ls-tree", "--name-only", f"{COMMIT}:{FOLDER}"], check=True,
                           capture_output=True, text=True).stdout.split()
    pages = [(COMMIT, f"{FOLDER}/{name}") for name in names if name.endswith(".md")] + list(EXTRA)
    want = {}
    if GOLD.exists():
        want = {r["page"]: r["sha1"] for r in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines()) if r}
    CACHE.mkdir(exist_ok=True)
    bad = 0
    for commit, path in pages:
        markdown = git_show(git_dir, commit, path).decode("utf-8")
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
