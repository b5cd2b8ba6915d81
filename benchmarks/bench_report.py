"""``newskit report`` on a story the notebooks were not written for, against running empty notebooks the same way.

The story: OneStopEnglish's "bolivia" at its three reading levels, made into a story folder by ``newskit new``.
newskit: :func:`newskit.app.report.report_story` with the project's notebooks (run by papermill, rendered to
HTML). Baseline, in the same run: the same call on as many notebooks that only load the story, so that
starting a kernel, importing newskit and rendering a page are counted on both sides; what is left is the
analyses the notebooks run. Prints both times, the ratio and the time per notebook; exits 0; skips when
../shared is absent.

Run: .venv/bin/python benchmarks/bench_report.py
"""

import sys
import tempfile
import time
from pathlib import Path

import nbformat
from corpus import STORIES
from nbformat import v4

from newskit.app.ingest import new_story
from newskit.app.report import default_notebooks_dir, find_notebooks, report_story


def loading_notebook():
    """A notebook that loads the story and does nothing else, in the project's convention."""
    parameters = v4.new_code_cell('story_dir = "."')
    parameters.metadata["tags"] = ["parameters"]
    load = v4.new_code_cell("import newskit as nk\nstory = nk.load_story(story_dir)")
    notebook = v4.new_notebook(cells=[parameters, load])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return notebook


def timed_report(story_dir: Path, out: Path, notebooks: Path) -> float:
    """Seconds to report the story with the notebooks in ``notebooks``; raises when one fails."""
    start = time.perf_counter()
    result = report_story(story_dir, out, notebooks, progress=False)
    seconds = time.perf_counter() - start
    if result.failed:
        raise RuntimeError(f"notebooks failed: {[r.name for r in result.failed]}")
    return seconds


def main() -> int:
    folder = STORIES / "bolivia"
    if not folder.is_dir():
        print(f"skipped: {folder} is absent")
        return 0
    count = len(find_notebooks(default_notebooks_dir()))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        new_story(tmp / "bolivia", [folder])
        empty = tmp / "empty"
        empty.mkdir()
        for n in range(count):
            nbformat.write(loading_notebook(), empty / f"{n:02d}-load.ipynb")
        baseline = timed_report(tmp / "bolivia", tmp / "out-empty", empty)
        full = timed_report(tmp / "bolivia", tmp / "out", default_notebooks_dir())
    print(f"newskit report, {count} notebooks on a 3-version story: {full:.1f} s ({full / count:.1f} s per notebook)")
    print(f"baseline, {count} notebooks that only load the story: {baseline:.1f} s")
    print(f"ratio report / baseline: {full / baseline:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
