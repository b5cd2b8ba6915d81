"""Rebuild the real-copy texts scored by ``evaluation/realcopy_eval.py`` into ``evaluation/realcopy/cache/``.

The texts are not stored in this repository (their licence is not open). They come from BASIL
(launchnlp/BASIL, commit 4fdbc4f68d5ddae648990063cb6dd11424d96222): the same news event as published
by Fox News, HuffPost and The New York Times, as JSON with a title and body paragraphs. Each chosen
article is rendered as a plain text file, the way a scraper keeps it: the title, a blank line, then one
paragraph per block (the sentences of a BASIL paragraph joined by one space, paragraphs by a blank line).

Get the snapshot first (the project's ``fetch`` tool puts a bare git directory at
``/work/.mirror/launchnlp+BASIL/repo``), or give its place: ``python evaluation/realcopy/build.py
[--git-dir PATH]``. Files land in ``cache/<family>/<version>.txt``; the sha1 of each text is checked
against the one the gold records, so a changed rendering is caught, not silently scored.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from snapshot import git_show, sha1, snapshot_dir  # noqa: E402

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
COMMIT = "4fdbc4f68d5ddae648990063cb6dd11424d96222"
GIT_DIR = Path("/work/.mirror/launchnlp+BASIL/repo")

# family id -> (year, triplet uuid, {version id: BASIL file number})
FAMILIES = {
    "boehner-odds-2012": ("2012", "f11c2566-848a-4e29-b8c5-4de0a81114e4", {"nyt": 1, "hpo": 2, "fox": 3}),
    "cheney-sisters-2013": ("2013", "11c9f251-35c8-4452-b052-df9be61464c6", {"nyt": 1, "fox": 2, "hpo": 3}),
    "perry-faith-ad-2011": ("2011", "3db93526-a344-4ea4-8772-3734d0cfdfb1", {"fox": 1, "hpo": 2, "nyt": 3}),
    "gop-aide-obama-girls-2014": ("2014", "96b7046f-f584-422f-a626-6f86a26dfd8b", {"hpo": 1, "fox": 2}),
    "christie-subpoena-2014": ("2014", "d1344998-0e7c-409e-aaad-df5be687fc94", {"fox": 2, "hpo": 3}),
    "arpaio-endorses-perry-2011": ("2011", "0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d", {"fox": 1, "hpo": 2}),
    # half 3: annotated after halves 1 and 2 had been tuned on (kept unseen)
    "trump-vicente-fox-2016": ("2016", "8abec8d9-50a2-480e-969a-157f94954f4d", {"fox": 1, "hpo": 2, "nyt": 3}),
    "irs-same-sex-couples-2013": ("2013", "70c744ad-e950-445c-8a7a-0782b0a7d20b", {"fox": 1, "hpo": 3}),
    "farenthold-resigns-2018": ("2018", "06ffda2d-1caf-45ba-99e2-268aac1bf0e1", {"fox": 1, "nyt": 2, "hpo": 3}),
    "trump-quits-debate-2011": ("2011", "97566c74-e000-49fb-b091-e6ec6e179de0", {"nyt": 1, "fox": 2, "hpo": 3}),
    # half 4: annotated after half 3 had been tuned on (kept unseen)
    "trump-birth-bill-2011": ("2011", "005a2961-0c2e-4575-8eec-770ba52a08e0", {"fox": 2, "hpo": 3}),
    "grimm-charges-2014": ("2014", "33521e65-12da-4521-b132-7b606243b0e4", {"fox": 1, "hpo": 3}),
    "trump-social-media-2018": ("2018", "ad409798-ee94-4436-92c5-92669193be14", {"fox": 1, "hpo": 3}),
    "romney-gay-marriage-2012": ("2012", "8dc7ccfe-5cf0-482f-9101-a7c69881da4d", {"fox": 2, "hpo": 3}),
    # half 5: annotated after half 4 had been tuned on (kept unseen)
    "mccarthy-immigration-2014": ("2014", "ccf19ab6-7878-4378-b99c-2b08cc21371f", {"hpo": 1, "fox": 3}),
    "tlaib-impeach-2019": ("2019", "86e6e27d-1440-4879-8b13-0dd2d89f7281", {"fox": 2, "hpo": 3}),
    "ginsburg-trump-2016": ("2016", "8385a996-1afc-4778-a06d-7070a8f19e27", {"nyt": 2, "fox": 3}),
    "steele-afghanistan-2010": ("2010", "2b95d2cf-e979-4f9c-ae27-9a5370934f23", {"nyt": 1, "hpo": 3}),
    # half 6: annotated after half 5 had been tuned on (kept unseen)
    "bloomberg-dnc-2016": ("2016", "472158a1-4e39-4214-8397-904e66f2b4c5", {"fox": 2, "hpo": 3}),
    "netanyahu-ad-2012": ("2012", "b4dbeda7-a1f3-4711-ae77-db23809d1ed2", {"fox": 2, "nyt": 3}),
    "braley-farmer-2014": ("2014", "22b6e900-4826-4b09-a9f8-5d7afe46e78b", {"hpo": 1, "fox": 3}),
    "benghazi-interview-2015": ("2015", "c5534b7e-a373-4962-8345-3847bc41a636", {"fox": 1, "hpo": 3}),
    # half 7: annotated after half 6 had been tuned on (kept unseen)
    "trump-orlando-2016": ("2016", "76810849-0335-4ad3-9eaf-f0d9c5baceb6", {"fox": 1, "hpo": 3}),
    "ryan-georgetown-2012": ("2012", "29ffd053-7684-469b-a600-97000579bd01", {"fox": 2, "nyt": 3}),
    "bachmann-newsweek-2011": ("2011", "550b80db-bdd5-442b-8f70-c8e9f3203a13", {"nyt": 1, "hpo": 3}),
    "hunter-indicted-2018": ("2018", "eb17fa36-89f2-4d0b-8133-7bb4682228e1", {"fox": 1, "hpo": 3}),
    # half 8: annotated after half 7 (kept unseen)
    "mexico-expresidents-trump-2016": ("2016", "d4a4bc34-e48b-4485-86b2-f1daf4d464dd", {"nyt": 1, "hpo": 2}),
    "santorum-theology-2012": ("2012", "65cb14cb-2d27-41e5-a2be-6fd6314f4363", {"fox": 2, "hpo": 3}),
    "in-god-we-trust-2011": ("2011", "2153fb3e-6b09-410c-bfea-d095c49a54ba", {"fox": 2, "hpo": 3}),
    "beck-cpac-2010": ("2010", "6f95dcb9-e960-45ac-8c0e-91b85724c909", {"nyt": 2, "hpo": 3}),
}


def render(article: dict) -> str:
    """Title, blank line, then the body paragraphs separated by blank lines."""
    paragraphs = [" ".join(p) if isinstance(p, list) else str(p) for p in article["body-paragraphs"]]
    return article["title"].strip() + "\n\n" + "\n\n".join(p.strip() for p in paragraphs if p.strip()) + "\n"


def main(argv: list[str] | None = None) -> int:
    git_dir = snapshot_dir(__doc__.splitlines()[0], GIT_DIR, argv)
    if git_dir is None:
        return 1
    for family, (year, uuid, versions) in FAMILIES.items():
        (CACHE / family).mkdir(parents=True, exist_ok=True)
        for version, number in versions.items():
            path = f"articles/{year}/{uuid}_{number}.json"
            text = render(json.loads(git_show(git_dir, COMMIT, path)))
            (CACHE / family / f"{version}.txt").write_text(text, encoding="utf-8")
            print(f"{family}/{version}.txt  {sha1(text)}  <- {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
