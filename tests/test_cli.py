"""`newskit new` and `newskit compare`: story folders from text, HTML and URLs, and bad input."""

import functools
import http.server
import shutil
import socket
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import newskit as nk
from newskit.app.cli import main
from newskit.app.ingest import extract_html, manifest_toml, new_story, toml_string

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ARTICLE = (
    "<p>SHANGHAI (Reuters) - China's foreign minister told his Russian counterpart on Monday that Beijing "
    "supports the deployment of troops to Kazakhstan, according to a readout of the call.</p>\n"
    "<p>\"We oppose any external force that deliberately creates turmoil,\" Wang Yi said during the call "
    "with Sergei Lavrov, the ministry said in a statement released late on Monday.</p>\n"
    "<p>The Collective Security Treaty Organization sent troops last week after protests turned violent "
    "in several cities, leaving dozens dead and hundreds injured.</p>\n"
)
PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>China backs troops in Kazakhstan | Example News</title>
<meta property="og:title" content="China backs troops in Kazakhstan">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2022-01-11T01:54:00+00:00">
<link rel="canonical" href="https://news.example.com/world/china-kazakhstan">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>China backs troops in Kazakhstan</h1>
{ARTICLE}</article><footer>Copyright 2022 Example News.</footer></body></html>
"""
WIRE = (
    "China backs Russia-led troops in Kazakhstan\n\n"
    "This content was published on January 11, 2022 - 01:54\n\n"
    "SHANGHAI (Reuters) - China's foreign minister told his Russian counterpart that Beijing supports the "
    "deployment, according to the reading.\n\n(Reporting by Jo Li; Editing by Al Bo)\n"
)


@pytest.fixture
def files(tmp_path):
    """A text version and an HTML version of one story, in a folder of their own."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "wire.txt").write_text(WIRE, encoding="utf-8")
    (src / "page.html").write_text(PAGE, encoding="utf-8")
    return src


def test_new_copies_text_and_html_verbatim_and_fills_the_manifest(files, tmp_path):
    story_dir = tmp_path / "story"
    story = new_story(story_dir, [files / "wire.txt", files / "page.html"])
    assert story.ids == ["wire", "page"]
    assert (story_dir / "wire.txt").read_bytes() == (files / "wire.txt").read_bytes()
    assert (story_dir / "page.html").read_bytes() == (files / "page.html").read_bytes()
    manifest = tomllib.loads((story_dir / "story.toml").read_text(encoding="utf-8"))
    assert manifest["id"] == "story"
    assert manifest["title"] == "China backs Russia-led troops in Kazakhstan"
    wire, page = manifest["versions"]
    assert wire["file"] == "wire.txt" and wire["published"] == "2022-01-11T01:54"
    assert page["file"] == "page.txt"
    assert page["outlet"] == "Example News"
    assert page["published"] == "2022-01-11"
    assert page["url"] == "https://news.example.com/world/china-kazakhstan"
    assert page["language"] == "en-gb"
    assert "page.html" in page["notes"] and "Jane Doe" in page["notes"]
    assert "Wang Yi said" in story["page"].body
    assert story["page"].meta["headline"] == "China backs troops in Kazakhstan"
    assert "Home" not in story["page"].raw and "Copyright" not in story["page"].raw


def test_new_through_the_command(files, tmp_path, capsys):
    assert main(["new", str(tmp_path / "s"), str(files)]) == 0
    out = capsys.readouterr().out
    assert "2 version(s)" in out and "newskit report" in out
    assert nk.load_story(tmp_path / "s").ids == ["page", "wire"]


def test_new_refuses_an_existing_folder_unless_forced(files, tmp_path, capsys):
    story_dir = tmp_path / "story"
    new_story(story_dir, [files])
    before = (story_dir / "story.toml").read_bytes()
    assert main(["new", str(story_dir), str(files / "wire.txt")]) == 2
    err = capsys.readouterr().err
    assert "exists already" in err and "--force" in err
    assert (story_dir / "story.toml").read_bytes() == before
    with pytest.warns(nk.NewskitWarning, match="one version"):
        assert new_story(story_dir, [files / "wire.txt"], force=True).ids == ["wire"]


def test_an_html_page_with_no_article_text_writes_nothing(files, tmp_path, capsys):
    (files / "empty.html").write_text("<html><body><nav><a href='/'>Home</a> News</nav></body></html>")
    story_dir = tmp_path / "story"
    assert main(["new", str(story_dir), str(files / "wire.txt"), str(files / "empty.html")]) == 2
    err = capsys.readouterr().err
    assert "empty.html: no article text found" in err and "nothing was written" in err
    assert not story_dir.exists()
    with pytest.raises(nk.NewskitError, match="no article text"):
        extract_html(b"", "blank.html")


def test_a_binary_file_is_refused_and_nothing_is_written(files, tmp_path, capsys):
    (files / "photo.txt").write_bytes(bytes(range(256)) * 4)
    story_dir = tmp_path / "story"
    assert main(["new", str(story_dir), str(files / "wire.txt"), str(files / "photo.txt")]) == 2
    assert "photo.txt: binary data" in capsys.readouterr().err
    assert not story_dir.exists()
    (files / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(nk.NewskitError, match="photo.html: binary data"):
        new_story(story_dir, [files / "photo.html"])


def test_a_saved_page_named_txt_is_treated_as_html(files, tmp_path):
    (files / "saved.txt").write_text(PAGE, encoding="utf-8")
    story = new_story(tmp_path / "s", [files / "saved.txt", files / "wire.txt"])
    assert story["saved"].file == "saved.extracted.txt"
    assert (tmp_path / "s" / "saved.txt").read_text(encoding="utf-8") == PAGE
    assert "<p>" not in story["saved"].raw and "Wang Yi said" in story["saved"].body


def test_one_file_warns_but_makes_a_story(files, tmp_path, capsys):
    assert main(["new", str(tmp_path / "one"), str(files / "wire.txt")]) == 0
    assert "warning:" in capsys.readouterr().err
    with pytest.warns(nk.NewskitWarning, match="one version"):
        assert nk.load_story(tmp_path / "one").ids == ["wire"]


def test_bad_inputs_get_clear_errors(files, tmp_path):
    with pytest.raises(nk.NewskitError, match="no such file"):
        new_story(tmp_path / "s", [files / "missing.txt"])
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(files / "wire.txt", other / "wire.txt")
    with pytest.raises(nk.NewskitError, match="same version id 'wire'"):
        new_story(tmp_path / "s", [files / "wire.txt", other / "wire.txt"])
    (other / "notes.jsonl").write_text("{}")
    (other / "wire.txt").unlink()
    with pytest.raises(nk.NewskitError, match="no .txt or .html files"):
        new_story(tmp_path / "s", [other])
    assert not (tmp_path / "s").exists()


def test_a_folder_input_takes_its_text_and_html_files_only(files, tmp_path):
    (files / "gold.jsonl").write_text('{"a": 1}\n')
    assert new_story(tmp_path / "s", [files]).ids == ["page", "wire"]
    assert not (tmp_path / "s" / "gold.jsonl").exists()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_url_fails_fast_and_clearly(tmp_path, capsys):
    start = time.perf_counter()
    url = f"http://127.0.0.1:{_closed_port()}/story.html"
    assert main(["new", str(tmp_path / "s"), url]) == 2
    assert time.perf_counter() - start < 15
    err = capsys.readouterr().err
    assert url in err and "could not fetch" in err and "offline" in err
    assert not (tmp_path / "s").exists()


def test_a_url_is_fetched_and_recorded(files, tmp_path):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(files))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/page.html"
        story = new_story(tmp_path / "s", [url, files / "wire.txt"])
    finally:
        server.shutdown()
        server.server_close()
    page = story["page"]
    assert page.url == url and page.retrieved
    assert (tmp_path / "s" / "page.html").read_bytes() == (files / "page.html").read_bytes()


@given(st.dictionaries(st.sampled_from(["id", "title", "notes"]), st.text(max_size=40)),
       st.lists(st.text(max_size=40), min_size=1, max_size=3))
def test_the_manifest_round_trips_through_tomllib(story_fields, notes):
    versions = [{"id": f"v{i}", "file": f"v{i}.txt", "notes": n} for i, n in enumerate(notes)]
    assert tomllib.loads(manifest_toml(story_fields, versions)) == {**story_fields, "versions": versions}


def test_toml_strings_escape_quotes_backslashes_and_controls():
    value = 'a "quote" \\ back\nnew\ttab \x00 \x7f é'
    assert tomllib.loads(f"v = {toml_string(value)}")["v"] == value


def test_compare_prints_every_section(files, capsys):
    assert main(["compare", str(files / "wire.txt"), str(files / "page.html")]) == 0
    out = capsys.readouterr().out
    for title in ("Versions", "Sentences", "Quotes", "Sources", "Readability (B - A)"):
        assert title in out
    assert "wire" in out and "page" in out


def test_compare_names_a_missing_file(files, capsys):
    assert main(["compare", str(files / "wire.txt"), str(files / "nope.txt")]) == 2
    assert "nope.txt: no such file" in capsys.readouterr().err


def test_the_console_script_is_installed():
    script = Path(sys.executable).parent / "newskit"
    if not script.exists():
        pytest.skip("the newskit console script is not installed beside this Python")
    import subprocess

    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "compare" in done.stdout and "report" in done.stdout


def test_new_on_the_seeds_and_a_onestopenglish_story(shared_dir, tmp_path):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    story = new_story(tmp_path / "seeds", seeds)
    assert len(story) == 2 and story.versions[1].published == "2022-01-11T01:54"
    folder = shared_dir / "corpora" / "onestopenglish" / "stories" / "amazon"
    if not folder.is_dir():
        pytest.skip("onestopenglish corpus absent")
    story = new_story(tmp_path / "amazon", [folder])
    assert story.ids == ["adv", "ele", "int"]
    assert all((tmp_path / "amazon" / f"{i}.txt").read_bytes() == (folder / f"{i}.txt").read_bytes() for i in story.ids)


def test_compare_summarises_two_texts_without_quotes_or_sources(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Just a headline\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Word\n", encoding="utf-8")
    assert main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 0
    out = capsys.readouterr().out
    assert "no source cited in either version" in out and "no quotation in either version" in out
