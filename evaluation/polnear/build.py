"""Rebuild the PolNeAR texts and attribution annotations scored by ``evaluation/polnear_eval.py``.

Nothing of PolNeAR is stored in this repository (no licence is stated for it, and its texts are news
articles of seven US publishers). The files come from networkdynamics/PolNeAR at commit
c3eee833c035bf7b8c84f55b58c0bf7346cfae76: for each article of the core compartments (train, dev, test)
its text (``data/<compartment>/text/<article>.txt``) and one annotation in brat standoff form
(``data/<compartment>/attributions/<article>_<annotator>.ann``; where an article was annotated by
several people for the agreement study, the annotator code first in sort order is taken). Both are
copied byte for byte into ``cache/<compartment>/<article>.txt`` and ``.ann``.

Get the snapshot first (the project's ``fetch`` tool puts a bare git directory at
``/work/.mirror/networkdynamics+PolNeAR/repo``), or give its place:
``python evaluation/polnear/build.py [--git-dir PATH]``. The last line printed is the sha1 over every file
copied, which ``polnear_eval.py`` checks before it scores anything.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from snapshot import git_show, snapshot_dir  # noqa: E402

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
COMMIT = "c3eee833c035bf7b8c84f55b58c0bf7346cfae76"
GIT_DIR = Path("/work/.mirror/networkdynamics+PolNeAR/repo")
COMPARTMENTS = ("train", "dev", "test")


def chosen_annotations(paths: list[str]) -> dict[str, str]:
    """Article name -> the path of its annotation by the annotator code first in sort order.

    >>> chosen_annotations(["a/x_ef2d.ann", "a/x_4b22.ann", "a/y_5fec.ann"])
    {'x': 'a/x_4b22.ann', 'y': 'a/y_5fec.ann'}
    """
    chosen: dict[str, str] = {}
    for path in sorted(paths):
        article = path.rsplit("/", 1)[-1][:-len(".ann")].rsplit("_", 1)[0]
        chosen.setdefault(article, path)
    return chosen


def main(argv: list[str] | None = None) -> int:
    git_dir = snapshot_dir(__doc__.splitlines()[0], GIT_DIR, argv)
    if git_dir is None:
        return 1
    sys.path.insert(0, str(HERE.parent))
    from polnear_eval import corpus_sha1  # noqa: E402

    for compartment in COMPARTMENTS:
        listing = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", COMMIT,
                                  f"data/{compartment}/attributions/"], check=True, capture_output=True, text=True)
        chosen = chosen_annotations([p for p in listing.stdout.splitlines() if p.endswith(".ann")])
        out = CACHE / compartment
        out.mkdir(parents=True, exist_ok=True)
        for article, ann in chosen.items():
            (out / f"{article}.txt").write_bytes(git_show(git_dir, COMMIT, f"data/{compartment}/text/{article}.txt"))
            (out / f"{article}.ann").write_bytes(git_show(git_dir, COMMIT, ann))
        print(f"{compartment}: {len(chosen)} articles")
    print(f"corpus sha1 {corpus_sha1(CACHE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
