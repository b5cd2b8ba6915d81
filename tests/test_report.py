"""`newskit report`: notebooks run by papermill on a story, rendered to readers' pages, failures reported."""

import os
import re
import shutil
import subprocess

import nbformat
import pytest
from nbformat import v4

from newskit.app.cli import main
from newskit.app.report import find_notebooks, is_assertion, notebook_title, safe_name
import newskit as nk


def _notebook(title: str, *code: str):
    """A notebook in the project's convention: question, parameters cell, load, then ``code`` cells."""
    parameters = v4.new_code_cell('story_dir = "../data/stories/kazakhstan-csto-2022"')
    parameters.metadata["tags"] = ["parameters"]
    cells = [v4.new_markdown_cell(f"# {title}\n\nWhat the test asks."), parameters,
             v4.new_code_cell("import newskit as nk\nstory = nk.load_story(story_dir)")]
    notebook = v4.new_notebook(cells=cells + [v4.new_code_cell(c) for c in code])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return notebook


@pytest.fixture(scope="module")
def notebooks(tmp_path_factory):
    """Small notebooks: one draws a table and a figure, one fails in its fourth cell, one lacks `parameters`."""
    folder = tmp_path_factory.mktemp("notebooks")
    wide = "pd.DataFrame([[v.id, *v.raw.split()[:40]] for v in story]).set_index(0)"
    nbformat.write(_notebook(
        "Count the versions",
        "import os\nprint('cwd is notebooks:', os.path.basename(os.getcwd()) == os.path.basename(%r))" % str(folder),
        f"import pandas as pd\n{wide}",
        "import matplotlib.pyplot as plt\nplt.bar(story.ids, [len(v.raw) for v in story]);",
        "print('versions:', len(story))",
        "for version in story:\n    assert version.raw, 'every version has text'",
    ), folder / "01-count-versions.ipynb")
    nbformat.write(_notebook("Break on purpose", "raise ValueError('boom <b>not bold</b>')", "print('never')"),
                   folder / "02-break-things.ipynb")
    (folder / "scratch.ipynb").write_text("not a notebook the report runs")
    untagged = _notebook("No parameters cell", "print('bundled story only')")
    untagged.cells[1].metadata["tags"] = []
    nbformat.write(untagged, folder / "03-forget-the-tag.ipynb")
    return folder


@pytest.fixture(scope="module")
def report(notebooks, example_dir, tmp_path_factory):
    """`newskit report` run once on the bundled story with the two notebooks: (exit status, pages folder)."""
    out = tmp_path_factory.mktemp("reports")
    status = main(["report", str(example_dir), "--out", str(out), "--notebooks", str(notebooks), "--quiet"])
    return status, out / "kazakhstan-csto-2022"


def test_report_exits_nonzero_when_a_notebook_fails_but_renders_every_page(report):
    status, pages = report
    assert status == 1
    assert sorted(p.name for p in pages.glob("*.html")) == ["01-count-versions.html", "02-break-things.html",
                                                            "index.html"]
    executed = nbformat.read(pages / "01-count-versions.ipynb", as_version=4)
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in executed.cells)
    printed = "".join(o.get("text", "") for c in executed.cells if c.cell_type == "code" for o in c.outputs)
    assert "cwd is notebooks: True" in printed and "versions: 2" in printed


def test_the_index_links_pages_and_names_the_failing_cell_and_error(report):
    _, pages = report
    index = (pages / "index.html").read_text()
    assert "href='01-count-versions.html'>Count the versions</a>" in index
    assert "href='02-break-things.html'>Break on purpose</a>" in index
    assert "failed" in index and "cell [4]" in index and "ValueError" in index
    assert "boom &lt;b&gt;not bold&lt;/b&gt;" in index and "<b>not bold" not in index
    assert "Global Village Space" in index and "swissinfo" in index
    assert "No parameters cell" in index and "no cell tagged `parameters`" in index


def test_pages_show_outputs_not_code_with_inline_figures_and_scrollable_tables(report):
    _, pages = report
    page = (pages / "01-count-versions.html").read_text()
    assert "Count the versions" in page and "versions: 2" in page
    assert "import newskit as nk" not in page and "story_dir" not in page
    assert "every version has text" in page, "assert cells (what the reader relies on) stay visible"
    assert re.search(r"<img [^>]*src=\"data:image/png;base64,", page)
    assert "<table" in page and "overflow-x: auto" in page
    assert "mathjax" not in page.lower() and "require.min.js" not in page and "<script src=" not in page
    assert "href=\"index.html\"" in page
    failed = (pages / "02-break-things.html").read_text()
    assert "ValueError" in failed and "boom" in failed


def test_a_story_that_does_not_load_is_a_clear_error(tmp_path, notebooks, capsys):
    assert main(["report", str(tmp_path / "nowhere"), "--out", str(tmp_path), "--notebooks", str(notebooks)]) == 2
    assert "no such story folder" in capsys.readouterr().err


def test_no_notebooks_is_a_clear_error(tmp_path, example_dir):
    with pytest.raises(nk.NewskitError, match="no analysis notebooks"):
        find_notebooks(tmp_path)


def test_check_cells_are_told_apart():
    assert is_assertion(v4.new_code_cell("assert 1 == 1"))
    assert not is_assertion(v4.new_code_cell("%matplotlib inline\nassert True"))
    shown = v4.new_code_cell("assert True\n1", outputs=[v4.new_output("execute_result", data={"text/plain": "1"})])
    assert not is_assertion(shown) and not is_assertion(v4.new_markdown_cell("assert"))


def test_titles_and_folder_names():
    assert notebook_title(_notebook("How wording changed")) == "How wording changed"
    assert notebook_title(v4.new_notebook()) == ""
    assert safe_name("../../etc", "x") == "etc" and safe_name("..", "fallback") == "fallback"


def _chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(_chromium() is None, reason="no headless browser (Debian: apt-get install chromium)")
@pytest.mark.parametrize("page", ["index.html", "01-count-versions.html"])
def test_pages_render_in_a_headless_browser(report, page, tmp_path):
    import matplotlib.image

    _, pages = report
    shot = tmp_path / "shot.png"
    command = [
        _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
        f"--screenshot={shot}", "--window-size=1280,2000", (pages / page).resolve().as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    assert shot.is_file(), "the browser wrote no screenshot"
    pixels = matplotlib.image.imread(shot)
    assert pixels.shape[:2] == (2000, 1280)
    assert (pixels[..., :3] < 0.5).any(axis=-1).mean() > 0.001, "the page looks blank"


def test_many_stories_get_one_index_and_a_bad_folder_is_skipped(example_dir, tmp_path, capsys):
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    nbformat.write(_notebook("Say hello", "print('hello', story.id)"), notebooks / "01-say-hello.ipynb")
    copy = tmp_path / "copy"
    shutil.copytree(example_dir, copy)
    (copy / "story.toml").write_text((copy / "story.toml").read_text().replace('id = "kazakhstan-csto-2022"',
                                                                                'id = "copy"', 1))
    out = tmp_path / "out"
    args = ["report", str(example_dir), str(copy), str(tmp_path / "missing"), "--out", str(out),
            "--notebooks", str(notebooks)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "missing: skipped" in err
    assert "01-say-hello" in err and "1/1" in err, "the progress bar names the running notebook"
    index = (out / "index.html").read_text()
    assert "href='kazakhstan-csto-2022/index.html'" in index and "href='copy/index.html'" in index
    assert (out / "copy" / "01-say-hello.html").is_file()


def test_the_real_notebooks_run_on_a_story_they_were_not_written_for(shared_dir, tmp_path):
    """Every project notebook, run by `newskit report` on a OneStopEnglish story: no seed-only assumption."""
    from newskit.app.ingest import new_story
    from newskit.app.report import default_notebooks_dir, report_story

    folder = shared_dir / "corpora" / "onestopenglish" / "stories" / "bolivia"
    if not folder.is_dir():
        pytest.skip("onestopenglish corpus absent")
    story_dir = tmp_path / "bolivia"
    new_story(story_dir, [folder])
    result = report_story(story_dir, tmp_path / "out", progress=False)
    assert [r.name for r in result.notebooks] == [p.stem for p in find_notebooks(default_notebooks_dir())]
    assert not result.failed, [(r.name, r.error) for r in result.failed]
    assert all(r.html.is_file() for r in result.notebooks)


def test_the_real_notebooks_run_on_a_story_with_one_version(example_dir, tmp_path):
    """A one-version story is warned about, never a crash in a notebook."""
    from newskit.app.report import report_story

    story_dir = tmp_path / "lonely"
    story_dir.mkdir()
    shutil.copy(example_dir / "002_557297c23ae0d613.txt", story_dir)
    with pytest.warns(nk.NewskitWarning, match="one version"):
        result = report_story(story_dir, tmp_path / "out", progress=False)
    assert not result.failed, [(r.name, r.error) for r in result.failed]
