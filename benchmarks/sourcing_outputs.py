"""Capture or check the sourcing outputs (quotes, attributions, find_quotes, compare_quotes, compare_sources,
cue_changes) on the bundled story, every OneStopEnglish story, 20 Wikinews revisions and the quote-pattern
passages, so that a rewrite of the sourcing pass can be shown to keep them identical.

    python benchmarks/sourcing_outputs.py capture OUT.pkl
    python benchmarks/sourcing_outputs.py check OUT.pkl
"""

import json
import pickle
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

import newskit as nk

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/corpora")
TABLES = ("quotes", "attributions", "compare_quotes", "compare_sources", "cue_changes")
RENAMED = {"compare_quotes": {"status": "kind"}, "compare_sources": {"status": "kind"}, "cue_changes": {"change": "kind"}}
"""Columns renamed since captures were first made (one vocabulary across frames): old name -> new name. A
capture made before the rename is read with its frames renamed, so a rename alone is no difference."""


def stories():
    """(name, story or text) of every input."""
    yield "bundled", nk.load_story(ROOT / "data/stories/kazakhstan-csto-2022")
    for folder in sorted((SHARED / "onestopenglish/stories").iterdir()):
        if folder.is_dir():
            yield f"ose/{folder.name}", nk.load_story(folder)
    with open(SHARED / "wikinews-revisions/revisions.jsonl") as handle:
        for n, line in zip(range(20), handle):
            item = json.loads(line)
            yield f"wikinews/{item['doc_id']}", nk.story_from_texts(
                {"before": item["before_revision"], "after": item["after_revision"]})
    sys.path.insert(0, str(ROOT / "tests"))
    from test_quote_patterns import CASES

    for name, text, _ in CASES:
        yield f"pattern/{name}", text


def outputs():
    found = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, item in stories():
            if isinstance(item, str):
                found[name] = {"find_quotes": nk.find_quotes(item)}
                continue
            found[name] = {table: getattr(nk, table)(item) for table in TABLES}
    return found


def main(mode: str, path: str) -> None:
    start = time.perf_counter()
    found = outputs()
    print(f"{len(found)} inputs in {time.perf_counter() - start:.1f} s")
    if mode == "capture":
        with open(path, "wb") as handle:
            pickle.dump(found, handle)
        return
    with open(path, "rb") as handle:
        kept = pickle.load(handle)
    bad = 0
    for name, tables in kept.items():
        for table, frame in tables.items():
            frame = frame.rename(columns=RENAMED.get(table, {}))
            try:
                pd.testing.assert_frame_equal(found[name][table], frame)
            except AssertionError as error:
                bad += 1
                print(f"DIFF {name} {table}: {str(error)[:600]}")
    print(f"{bad} differences")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(*sys.argv[1:3])
