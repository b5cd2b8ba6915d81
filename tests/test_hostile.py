"""Hostile, faulty and extreme input: every case ends in a clear message or a safe result.

Nothing is written outside its folder or through a link, no input is lost or mangled, costs are bounded
(network cases against a local server on 127.0.0.1, each bounded in time), and every fault is one line
naming the path or key, with exit status 2 from the command line.
"""

import codecs
import json
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import matplotlib
import nbformat
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from nbformat import v4

import newskit as nk
import newskit.story as story_module
from newskit.app import ingest, report as report_module, writing
from newskit.app.cli import main, printable
from newskit.app.ingest import fetch_url, new_story
from newskit.app.report import MARKER, safe_name
from newskit.encoding import decode
from newskit.story import Story

from hostile_servers import LocalServer, huge, stalling

matplotlib.use("Agg")

ARTICLE = ("Storm hits the coast\n\n"
           "LONDON (Reuters) - A storm hit the coast on Monday, officials said. \"We are ready,\" the mayor said.\n\n"
           "Police said roads were closed. “Stay at home,” a spokeswoman told reporters on Tuesday.\n\n"
           "Forecasters expect more rain later in the week, the agency said.\n")
OTHER = ARTICLE.replace("Monday", "Sunday").replace("ready", "prepared")


def quiet_story(texts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        return nk.story_from_texts(texts)


def story_folder(path: Path, texts: dict[str, str] | None = None) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for name, text in (texts or {"a.txt": ARTICLE, "b.txt": OTHER}).items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def untagged_notebooks(folder: Path) -> Path:
    """A notebook lacking its `parameters` tag: listed as failed at once, no kernel started (cheap reports)."""
    folder.mkdir(parents=True, exist_ok=True)
    notebook = v4.new_notebook(cells=[v4.new_markdown_cell("# Untagged"), v4.new_code_cell("x = 1")])
    nbformat.write(notebook, folder / "01-untagged.ipynb")
    return folder


def run(argv, capsys):
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# 1. Writes that stay inside -------------------------------------------------------------------------------

def test_new_force_never_writes_through_a_link_planted_where_a_file_goes(tmp_path, capsys):
    outside = tmp_path / "outside.txt"
    outside.write_text("precious")
    target = tmp_path / "story"
    target.mkdir()
    (target / "a.txt").symlink_to(outside)
    src = story_folder(tmp_path / "src")
    status, _, err = run(["new", "--force", target, src / "a.txt", src / "b.txt"], capsys)
    assert status == 2 and "is a link" in err and str(target / "a.txt") in err
    assert outside.read_text() == "precious"
    assert sorted(p.name for p in target.iterdir()) == ["a.txt"], "nothing written"


def test_new_refuses_a_target_that_is_a_link(tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "story").symlink_to(elsewhere)
    src = story_folder(tmp_path / "src")
    status, _, err = run(["new", tmp_path / "story", src], capsys)
    assert status == 2 and "is a link" in err
    assert not any(elsewhere.iterdir())


def test_report_never_writes_through_links_in_an_old_report(tmp_path, capsys):
    outside = tmp_path / "outside.html"
    outside.write_text("precious")
    src = story_folder(tmp_path / "rain")
    out = tmp_path / "out"
    old = out / "rain"
    old.mkdir(parents=True)
    (old / "index.html").symlink_to(outside)
    (old / "01-untagged.html").symlink_to(outside)
    status, _, _ = run(["report", src, "--out", out, "--notebooks", untagged_notebooks(tmp_path / "nbs"),
                        "--quiet"], capsys)
    assert status == 1  # the untagged notebook is a failure, listed
    assert outside.read_text() == "precious"
    index = out / "rain" / "index.html"
    assert not index.is_symlink() and "0 of 1 analyses ran" in index.read_text()


def test_report_refuses_a_report_folder_that_is_a_link_and_a_stories_index_that_is_one(tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "rain").symlink_to(elsewhere)
    src = story_folder(tmp_path / "rain")
    notebooks = untagged_notebooks(tmp_path / "nbs")
    status, _, err = run(["report", src, "--out", out, "--notebooks", notebooks], capsys)
    assert status == 2 and "is a link" in err and not any(elsewhere.iterdir())
    (out / "rain").unlink()
    (out / "index.html").symlink_to(tmp_path / "outside.html")
    story_folder(tmp_path / "snow")
    status, _, err = run(["report", src, tmp_path / "snow", "--out", out, "--notebooks", notebooks], capsys)
    assert "index.html: is a link" in err and not (tmp_path / "outside.html").exists()


# 2. Nothing lost ----------------------------------------------------------------------------------------------

def test_an_input_named_story_toml_is_refused_not_overwritten(tmp_path, capsys):
    src = story_folder(tmp_path / "src", {"story.toml": ARTICLE, "b.txt": OTHER})
    status, _, err = run(["new", tmp_path / "story", src / "story.toml", src / "b.txt"], capsys)
    assert status == 2 and "'story.toml'" in err and "rename" in err
    assert not (tmp_path / "story").exists()
    assert (src / "story.toml").read_text() == ARTICLE


def test_new_refuses_a_link_out_of_an_input_folder_as_the_loader_does(tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:" * 20)
    src = story_folder(tmp_path / "src")
    (src / "c.txt").symlink_to(secret)
    status, _, err = run(["new", tmp_path / "story", src], capsys)
    assert status == 2 and "c.txt" in err and "outside" in err
    assert not (tmp_path / "story").exists()
    (src / "c.txt").unlink()
    (src / "c.txt").symlink_to(src / "a.txt")  # a link inside the folder is fine, as for the loader
    assert run(["new", tmp_path / "story", src], capsys)[0] == 0


def test_stories_whose_ids_clean_to_one_name_never_share_a_report(tmp_path, capsys):
    one = story_folder(tmp_path / "one")
    (one / "story.toml").write_text('id = "rain story"\n[[versions]]\nfile = "a.txt"\n[[versions]]\nfile = "b.txt"\n')
    two = story_folder(tmp_path / "two")
    (two / "story.toml").write_text('id = "rain-story"\n[[versions]]\nfile = "a.txt"\n[[versions]]\nfile = "b.txt"\n')
    out, notebooks = tmp_path / "out", untagged_notebooks(tmp_path / "nbs")
    status, _, err = run(["report", one, two, "--out", out, "--notebooks", notebooks, "--quiet"], capsys)
    assert "'rain story'" in err and "'rain-story'" in err and "skipped" in err
    assert json.loads((out / "rain-story" / MARKER).read_text())["story_id"] == "rain story"
    status, _, err = run(["report", two, "--out", out, "--notebooks", notebooks, "--quiet"], capsys)  # a later run
    assert status == 2 and "holds the report of story 'rain story'" in err


def test_an_interrupted_new_leaves_the_old_folder(tmp_path, monkeypatch):
    src = story_folder(tmp_path / "src")
    target = story_folder(tmp_path / "story", {"a.txt": "old a " * 20, "mine.txt": "kept " * 20})
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    calls = []

    def write_then_stop(path, data):
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        writing.write_new(path, data)

    monkeypatch.setattr(ingest, "write_new", write_then_stop)
    with pytest.raises(KeyboardInterrupt):
        new_story(target, [src / "a.txt", src / "b.txt"], force=True)
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".newskit")] == []
    monkeypatch.undo()
    new_story(target, [src / "a.txt", src / "b.txt"], force=True)
    assert (target / "mine.txt").read_bytes() == before["mine.txt"], "--force keeps the files it does not write"
    assert (target / "a.txt").read_text() == ARTICLE


def test_an_interrupted_report_leaves_the_old_report_and_a_true_index(tmp_path, monkeypatch, capsys):
    src = story_folder(tmp_path / "rain")
    notebooks = untagged_notebooks(tmp_path / "nbs")
    nbformat.write(nbformat.read(notebooks / "01-untagged.ipynb", as_version=4), notebooks / "02-untagged.ipynb")
    out = tmp_path / "out"
    assert run(["report", src, "--out", out, "--notebooks", notebooks, "--quiet"], capsys)[0] == 1
    before = {p.name: p.read_bytes() for p in (out / "rain").iterdir()}
    real = report_module.run_notebook

    def second_interrupts(path, *args):
        if path.name.startswith("02"):
            raise KeyboardInterrupt
        return real(path, *args)

    monkeypatch.setattr(report_module, "run_notebook", second_interrupts)
    status, _, err = run(["report", src, "--out", out, "--notebooks", notebooks, "--quiet"], capsys)
    assert status == 130 and err.count("interrupted") == 1
    assert err.strip().splitlines()[-1] == "newskit report: interrupted; kernels stopped, no folder left half-written"
    assert {p.name: p.read_bytes() for p in (out / "rain").iterdir()} == before
    assert sorted(p.name for p in out.iterdir()) == ["rain"]


def _sleepy_notebooks(folder: Path, pid_file: Path) -> Path:
    folder.mkdir()
    parameters = v4.new_code_cell('story_dir = "x"')
    parameters.metadata["tags"] = ["parameters"]
    cells = [v4.new_markdown_cell("# Sleep"), parameters,
             v4.new_code_cell(f"import os, time\nopen({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
                              "time.sleep(120)")]
    notebook = v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, folder / "01-sleep.ipynb")
    return folder


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to see the kernel stop")
def test_ctrl_c_during_a_report_stops_the_kernel_and_exits_130(tmp_path):
    src = story_folder(tmp_path / "rain")
    pid_file = tmp_path / "kernel.pid"
    notebooks = _sleepy_notebooks(tmp_path / "nbs", pid_file)
    command = [sys.executable, "-m", "newskit.app.cli", "report", str(src), "--out", str(tmp_path / "out"),
               "--notebooks", str(notebooks), "--quiet"]
    # Ctrl-C as a terminal delivers it: a suite started in the background inherits SIGINT ignored, and Python then
    # installs no KeyboardInterrupt handler in the report
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 90
    while not pid_file.exists() or not pid_file.read_text():
        assert time.monotonic() < deadline and process.poll() is None, "the kernel never started"
        time.sleep(0.2)
    kernel = int(pid_file.read_text())
    process.send_signal(signal.SIGINT)
    try:
        _, err = process.communicate(timeout=60)  # the report waits up to 10 s for the kernel, 15 s for its thread
    except subprocess.TimeoutExpired:
        exited = process.poll()  # None: the report hangs; a status: something it started holds its pipes
        process.kill()
        pytest.fail(f"no end of output 60 s after Ctrl-C (report exit status {exited}, kernel alive "
                    f"{_alive(kernel)}); stderr so far: {process.communicate()[1]!r}")
    assert process.returncode == 130
    assert err.strip().splitlines() == ["newskit report: interrupted; kernels stopped, no folder left half-written"]
    time.sleep(0.5)
    assert not _alive(kernel), "the kernel outlived the interrupt"
    assert not (tmp_path / "out" / "rain").exists() and not [
        p for p in (tmp_path / "out").iterdir() if p.name.startswith(".newskit")]


def test_a_broken_notebook_is_listed_as_failed_while_the_others_run(tmp_path, capsys):
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    parameters = v4.new_code_cell('story_dir = "x"')
    parameters.metadata["tags"] = ["parameters"]
    good = v4.new_notebook(cells=[v4.new_markdown_cell("# Count"), parameters,
                                  v4.new_code_cell("import newskit as nk\nprint(len(nk.load_story(story_dir)))")])
    good.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(good, notebooks / "01-count.ipynb")
    (notebooks / "02-broken.ipynb").write_text("{ this is not JSON")
    src = story_folder(tmp_path / "rain")
    status, out, err = run(["report", src, "--out", tmp_path / "out", "--notebooks", notebooks, "--quiet"], capsys)
    assert status == 1 and "02-broken failed: not a readable notebook" in err
    index = (tmp_path / "out" / "rain" / "index.html").read_text()
    assert "1 of 2 analyses ran; 1 failed" in index and "01-count.html" in index
    assert (tmp_path / "out" / "rain" / "01-count.html").is_file()


# 3. Text decoded, not mangled -------------------------------------------------------------------------------

def test_cr_only_and_mixed_line_breaks_make_paragraphs_and_sentences():
    lf = quiet_story({"a": ARTICLE})
    for raw in (ARTICLE.replace("\n", "\r"), ARTICLE.replace("\n\n", "\r\r", 1), ARTICLE.replace("\n", "\r\n")):
        story = quiet_story({"a": raw})
        assert story["a"].raw == raw
        assert nk.sentences(story)["text"].tolist() == nk.sentences(lf)["text"].tolist()
        assert story["a"].blocks["label"].tolist() == lf["a"].blocks["label"].tolist()
        assert len(nk.quotes(story)) == len(nk.quotes(lf)) > 0


def test_three_stray_bytes_keep_the_rest_utf8_and_the_quotations():
    clean = ARTICLE.encode("utf-8")
    dirty = clean.replace(b"officials said.", b"officials said\xa0\x85.", 1).replace(b"agency", b"agenc\xff", 1)
    text, encoding, notes = decode(dirty, "a.txt")
    assert encoding == "utf-8" and "“Stay at home,”" in text
    assert "3 byte(s) not valid UTF-8" in notes[0]
    offsets = [int(o) for o in notes[0].split("offset(s) ")[1].split(";")[0].split(", ")]
    assert [text[o] for o in offsets] == ["\xa0", "…", "ÿ"]
    assert len(nk.quotes(quiet_story({"a": text}))) == len(nk.quotes(quiet_story({"a": ARTICLE})))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(codec):
    text, encoding, notes = decode(ARTICLE.encode(codec), "a.txt")
    assert text == ARTICLE and encoding == codec and "without a byte-order mark" in notes[0]


def test_nul_bytes_that_are_not_utf16_are_binary():
    with pytest.raises(nk.NewskitError, match="binary data"):
        decode(b"\x00\x01\x02abc\x00" * 10 + b"x", "a.bin")


def test_a_manifest_with_a_bom_is_read(tmp_path):
    folder = story_folder(tmp_path / "rain")
    (folder / "story.toml").write_bytes(codecs.BOM_UTF8 + b'id = "rain"\n[[versions]]\nfile = "a.txt"\n')
    assert quiet_story and nk.load_story(folder).ids == ["a"]


# 4. Cost bounded ------------------------------------------------------------------------------------------

@pytest.fixture
def server(request):
    servers = []

    def start(handler):
        servers.append(LocalServer(handler))
        return servers[-1].url

    yield start
    for one in servers:
        one.close()


def test_a_stalling_server_is_cut_off_at_the_deadline(server):
    url = server(stalling(pause=0.5, times=60))
    start = time.monotonic()
    with pytest.raises(nk.NewskitError, match="deadline"):
        fetch_url(url, timeout=2, deadline=2)
    assert time.monotonic() - start < 5


@pytest.mark.parametrize("handler", [huge(announce=True), huge(announce=False)])
def test_a_huge_page_is_refused_by_the_size_cap(server, handler):
    url = server(handler)
    start = time.monotonic()
    with pytest.raises(nk.NewskitError, match="NEWSKIT_MAX_PAGE_MB"):
        fetch_url(url, timeout=5, deadline=20, max_bytes=2 * 2**20)
    assert time.monotonic() - start < 20


@pytest.mark.parametrize("url", ["http://[::1/story", "http:///story", "ftp://example.com/a.html", "http://"])
def test_a_malformed_url_is_one_line(url, tmp_path, capsys):
    status, _, err = run(["new", tmp_path / "story", url], capsys)
    assert status == 2 and err.count("\n") == 1 and url in err
    assert not (tmp_path / "story").exists()


def test_a_file_above_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(story_module, "MAX_FILE_BYTES", 1000)
    folder = story_folder(tmp_path / "rain", {"a.txt": ARTICLE * 10, "b.txt": OTHER})
    with pytest.raises(nk.NewskitError, match=r"a\.txt.*MAX_FILE_BYTES"):
        nk.load_story(folder)
    status, _, err = run(["new", tmp_path / "story", folder / "a.txt"], capsys)
    assert status == 2 and "MAX_FILE_BYTES" in err


# 5. One clear line for every fault ----------------------------------------------------------------------------

MANIFESTS = {
    "versions = [1, 2]\n": "versions entry 1 is a int",
    "versions = [[1]]\n": "versions entry 1 is a list",
    "[[versions]]\nfile = 3\n": "file must be a non-empty string",
    "[[versions]]\nfile = \"a\\u0000.txt\"\n": "not a usable file name",
    f"[[versions]]\nfile = \"{'x' * 300}.txt\"\n": "not a usable file name",
    "[[versions]]\nfile = \"a.txt\"\nnotes = {a = 1}\n": "notes must be a string",
    "title = [1]\n[[versions]]\nfile = \"a.txt\"\n": "title must be a string",
    "x = " + "[" * 2000 + "]" * 2000 + "\n": "not a valid TOML manifest",
    "id = \"x\"\n": "needs at least one",
}


@pytest.mark.parametrize("manifest", MANIFESTS)
def test_a_malformed_manifest_is_a_clear_error_naming_it(manifest, tmp_path, capsys):
    folder = story_folder(tmp_path / "rain")
    (folder / "story.toml").write_text(manifest, encoding="utf-8")
    with pytest.raises(nk.NewskitError, match=MANIFESTS[manifest]) as caught:
        nk.load_story(folder)
    assert "story.toml" in str(caught.value)
    status, _, err = run(["report", folder, "--out", tmp_path / "out"], capsys)
    assert status == 2 and err.count("\n") == 1 and not (tmp_path / "out").exists()


def test_a_file_given_as_story_folder_says_so(tmp_path):
    (tmp_path / "notes.txt").write_text(ARTICLE)
    with pytest.raises(nk.NewskitError, match="notes.txt: is a file, not a story folder"):
        nk.load_story(tmp_path / "notes.txt")


def test_unreadable_files_are_a_clear_error(tmp_path, monkeypatch, capsys):
    folder = story_folder(tmp_path / "rain")

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(nk.NewskitError, match="Permission denied"):
        nk.load_story(folder)
    status, _, err = run(["new", tmp_path / "story", folder / "a.txt"], capsys)
    assert status == 2 and "a.txt" in err and "Permission denied" in err
    status, _, err = run(["compare", folder / "a.txt", folder / "b.txt"], capsys)
    assert status == 2 and "Permission denied" in err


@pytest.mark.parametrize("where", ["file", "under a file", "proc"])
def test_an_out_folder_that_cannot_be_written_is_one_line(where, tmp_path, capsys):
    src = story_folder(tmp_path / "rain")
    (tmp_path / "afile").write_text("x")
    out = {"file": tmp_path / "afile", "under a file": tmp_path / "afile" / "reports",
           "proc": Path("/proc/newskit-reports")}[where]
    status, _, err = run(["report", src, "--out", out, "--notebooks", untagged_notebooks(tmp_path / "nbs")], capsys)
    assert status == 2 and err.count("\n") == 1 and str(out).split("/")[1] in err
    assert (tmp_path / "afile").read_text() == "x"


def test_new_under_a_file_and_force_over_a_folder_where_a_file_goes(tmp_path, capsys):
    src = story_folder(tmp_path / "src")
    (tmp_path / "afile").write_text("x")
    status, _, err = run(["new", tmp_path / "afile" / "story", src], capsys)
    assert status == 2 and "afile is a file" in err
    target = tmp_path / "story"
    (target / "b.txt").mkdir(parents=True)
    status, _, err = run(["new", "--force", target, src], capsys)
    assert status == 2 and "b.txt: is a folder" in err
    assert sorted(p.name for p in target.iterdir()) == ["b.txt"], "nothing half-written"


def test_a_story_id_index_html_gets_its_own_folder():
    assert safe_name("index.html", "x") == "index-html"
    assert safe_name("x" * 400, "x") == "x" * 100


def test_out_of_range_years_are_left_unresolved_with_a_warning():
    texts = {"a": "Title\n\nJanuary 1, 0001\n\nIt rained on Monday.",
             "b": "Title\n\nPublished on December 31, 9999\n\nIt rained yesterday."}
    with pytest.warns(nk.NewskitWarning, match="year 0001 is out of range"):
        story = nk.story_from_texts(texts)
    assert "page_date" not in story["a"].meta and "published_in_text" not in story["b"].meta
    assert any("out of range" in w for w in story["b"].warnings)
    late = nk.story_from_texts({"a": "Title\n\nIt rained tomorrow."})
    object.__setattr__(late["a"], "published", "9999-12-31")
    with pytest.warns(nk.NewskitWarning, match="outside the calendar"):
        assert nk.relative_dates(late)["resolved"].tolist() == [""]


def test_ids_are_shown_literally_in_figures():
    story = quiet_story({"a $\\foo": ARTICLE, "b$x$": OTHER})
    ax = nk.plot_alignment(story, *story.ids)
    ax.figure.canvas.draw()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["b\\$x\\$", "a \\$\\foo"]
    nk.plot_sources(story).figure.canvas.draw()
    nk.plot_paragraphs(nk.paragraph_stats(story)).figure.canvas.draw()


def test_compare_shows_terminal_escapes_escaped(tmp_path, capsys):
    hostile = (ARTICLE * 2).replace("Storm", "Storm\x1b]0;owned\x07", 1).replace("mayor", "mayor\x1b[2J", 1)
    (tmp_path / "a.txt").write_text(hostile)
    (tmp_path / "b.txt").write_text(OTHER)
    status, out, _ = run(["compare", tmp_path / "a.txt", tmp_path / "b.txt"], capsys)
    assert status == 0 and "\x1b" not in out and "\x07" not in out and "\\x1b" in out
    assert printable("a\tb\nc\x9b\u202e") == "a\tb\nc\\x9b\\u202e"


# 6. The API checks what it gets --------------------------------------------------------------------------------

STORY_FUNCTIONS = ["sentences", "story_blocks", "provenance", "relative_dates", "align", "intervals",
                   "differences", "bootstrap", "drivers", "raw_vs_body", "sourcing_density", "quotes",
                   "attributions", "text_stats", "versions_side_by_side", "plot_sources"]


@pytest.mark.parametrize("name", STORY_FUNCTIONS)
@pytest.mark.parametrize("given", ["stories/rain", None, {"a": "text"}])
def test_a_story_function_given_something_else_says_what_to_call(name, given):
    function = getattr(nk, name, None) or getattr(__import__("newskit.uncertainty", fromlist=[name]), name)
    with pytest.raises(TypeError, match=rf"{name}\(\) takes a Story, not {type(given).__name__}.*nk\.load_story"):
        function(given)


@pytest.mark.parametrize("call", [
    lambda s: nk.side_by_side("s", "a", "b"), lambda s: nk.plot_alignment(None, "a", "b"),
])
def test_two_version_views_check_the_story_too(call):
    with pytest.raises(TypeError, match="takes a Story"):
        call(None)


@pytest.mark.parametrize("options, name", [
    ({"level": 1.5}, "level"), ({"level": 0}, "level"), ({"resamples": -1}, "resamples"),
    ({"resamples": 0}, "resamples"), ({"seed": -3}, "seed"),
])
def test_options_out_of_range_name_the_option(options, name):
    story = quiet_story({"a": ARTICLE, "b": OTHER})
    for function in (nk.intervals, nk.differences):
        with pytest.raises(ValueError, match=rf"^{name} must"):
            function(story, **options)
    with pytest.raises(ValueError, match="^top must"):
        nk.drivers(story, top=0)


def test_unknown_version_ids_are_a_newskit_error_listing_the_ids():
    story = quiet_story({"a": ARTICLE, "b": OTHER})
    for call in (lambda: nk.side_by_side(story, "a", "zz"), lambda: nk.plot_alignment(story, "zz", "b"),
                 lambda: nk.differences(story, pairs=[("a", "zz")]), lambda: story["zz"]):
        with pytest.raises(nk.NewskitError, match=r"no version 'zz'; it has \['a', 'b'\]"):
            call()
    with pytest.raises(KeyError):  # still a KeyError for lookups
        story["zz"]


def test_duplicate_ids_are_refused():
    with pytest.raises(nk.NewskitError, match="version ids 1 and '1'"):
        nk.story_from_texts({1: ARTICLE, "1": OTHER})
    with pytest.raises(TypeError, match="nk.load_story"):
        nk.story_from_texts("stories/rain")


def test_an_empty_story_gives_empty_tables():
    empty = Story("empty", [])
    assert nk.story_blocks(empty).empty and "version" in nk.story_blocks(empty).columns
    assert nk.drivers(empty).empty and "influence" in nk.drivers(empty).columns
    assert nk.differences(empty).empty and "significant" in nk.differences(empty).columns
    one = quiet_story({"a": ARTICLE})
    assert nk.differences(one).empty and nk.intervals(one, resamples=10, warn=False).shape[0] > 0


# 7. Any manifest text loads or raises NewskitError -------------------------------------------------------------

_TOML_BITS = st.sampled_from([
    '[[versions]]\n', 'file = "a.txt"\n', 'file = "b.txt"\n', 'file = "../x.txt"\n', 'file = "/etc/hostname"\n',
    'id = "a"\n', 'id = 1\n', 'id = ""\n', 'id = "b"\n', 'versions = [1, 2]\n', 'versions = []\n', 'title = [1]\n',
    'published = 9999-12-31\n', 'published = "0001-01-01"\n', 'notes = {a = 1}\n', '[versions]\n', '\ufeff',
    'file = "a\\u0000.txt"\n', 'file = "dir"\n', 'x = [[[[[[[[]]]]]]]]\n', '"\n', '\x00', '\r\n', 'file = 3\n',
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bits=st.lists(_TOML_BITS, max_size=8), noise=st.text(max_size=30))
def test_any_manifest_text_loads_or_raises_newskit_error(tmp_path_factory, bits, noise):
    folder = tmp_path_factory.mktemp("m")
    story_folder(folder)
    (folder / "dir").mkdir()
    (folder / "story.toml").write_text("".join(bits) + noise, encoding="utf-8", errors="surrogatepass")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        try:
            story = nk.load_story(folder)
        except nk.NewskitError:
            return
    assert isinstance(story, Story) and story.versions
    assert all(isinstance(v.raw, str) and v.raw for v in story.versions)
    pd.testing.assert_frame_equal(nk.story_blocks(story), nk.story_blocks(story))
