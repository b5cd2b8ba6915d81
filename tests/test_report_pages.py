"""The real notebooks rendered on a story that is not the bundled one: only deliberate output, no borrowed prose."""

import re

import nbformat
import pytest

from newskit.app.report import default_notebooks_dir, find_notebooks, report_story
from newskit.views.pages import COMMENTARY

VERSIONS = {
    "wire": (
        "HARBOURVILLE (Wire) - Storms cut power to 40,000 homes in Harbourville on Sunday, the utility said.\n\n"
        "\"Crews will work through the night,\" utility spokeswoman Maria Okonjo told reporters.\n\n"
        "The city council said schools would stay closed on Monday.\n\n"
        "Forecasters expect calmer weather by Wednesday.\n\n"
        "(Reporting by Pat Kim; Editing by Lou Grant)\n"
    ),
    "portal": (
        "Storm chaos\n\n"
        "Storms cut power to 45,000 homes in Harbourville on Sunday, the utility said.\n\n"
        "\"Crews will work all night,\" utility spokeswoman Maria Okonjo said.\n\n"
        "Forecasters expect calmer weather by Wednesday.\n\n"
        "Residents queued for sandbags outside the fire station.\n"
    ),
    "digest": (
        "Storms cut power to 40,000 homes in Harbourville on Sunday.\n\n"
        "Schools will stay closed on Monday, the city council said.\n"
    ),
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The full report of a three-version story with a manifest (versions not in alphabetical order)."""
    folder = tmp_path_factory.mktemp("storms")
    manifest = ['id = "storms"', 'title = "Storms cut power in Harbourville"', ""]
    for version, text in VERSIONS.items():
        (folder / f"{version}.txt").write_text(text, encoding="utf-8")
        manifest += ["[[versions]]", f'id = "{version}"', f'file = "{version}.txt"', f'outlet = "{version.title()}"', ""]
    (folder / "story.toml").write_text("\n".join(manifest), encoding="utf-8")
    result = report_story(folder, tmp_path_factory.mktemp("out"), progress=False)
    assert not result.failed, [(r.name, r.error) for r in result.failed]
    return {p.name: p.read_text(encoding="utf-8") for p in result.index.parent.glob("*.html")}


def _visible(page: str) -> str:
    """A page without its inline images (base64 can spell anything) and its style sheets."""
    page = re.sub(r"data:image/[a-z+]+;base64,[A-Za-z0-9+/=\s]+", "", page)
    return re.sub(r"<style[^>]*>.*?</style>", "", page, flags=re.S)


def test_every_page_was_rendered(pages):
    assert set(pages) == {"index.html", *(f"{p.stem}.html" for p in find_notebooks(default_notebooks_dir()))}


@pytest.mark.parametrize("bad", ["Story(", "<NA>", "&lt;NA&gt;", "NaN", "dtype:", "class=\"dataframe\"",
                                 "<HTML view", "&lt;HTML view"])
def test_no_raw_python_on_any_page(pages, bad):
    for name, page in pages.items():
        assert bad not in _visible(page), f"{bad!r} on {name}"


def test_no_transposed_table_with_numbered_headers(pages):
    numbered = re.compile(r"<th[^>]*>\s*0\s*</th>\s*<th[^>]*>\s*1\s*</th>")
    for name, page in pages.items():
        assert not numbered.search(page), f"a table headed 0 1 ... on {name}"


def test_no_word_of_the_bundled_story_commentary(pages, example_dir):
    """Proper names from the bundled story's commentary appear in no page of another story."""
    commentary = (example_dir / COMMENTARY).read_text(encoding="utf-8").split("\n## ", 1)[1]  # the sections
    generic = set()
    for path in default_notebooks_dir().glob("*.ipynb"):
        generic |= set(re.findall(r"\w+", " ".join(c.source for c in nbformat.read(path, as_version=4).cells)))
    generic |= set(re.findall(r"\w+", " ".join(VERSIONS.values())))
    names = {w for w in re.findall(r"\b[A-Z][\w’']{2,}", commentary) if w not in generic}
    assert {"Tokayev", "Kazakh", "Wang", "GVS", "Reuters"} <= names
    text = " ".join(re.sub(r"<[^>]+>", " ", _visible(p)) for p in pages.values())
    words = set(re.findall(r"\w+", text))
    assert not names & words, sorted(names & words)
    assert "Commentary written for this story" not in text


def test_versions_in_manifest_order_and_findings_first(pages):
    index = pages["index.html"]
    assert index.index("What differs") < index.index("<h2>Analyses")
    assert index.index("wire &rarr; portal") < index.index("wire &rarr; digest") < index.index("portal &rarr; digest")
    assert "“40” became “45” (number)" in index and "Quotation altered (Maria Okonjo)" in index
    wording = pages["02-compare-wording.html"]
    head = re.search(r"<thead><tr>(.*?)</tr></thead>", wording[wording.index("Sentence families"):]).group(1)
    assert re.findall(r">(wire|portal|digest)<", head) == ["wire", "portal", "digest"]


def test_pages_load_no_external_resource(pages):
    loads = re.compile(r"""<(?:script|img|iframe|link|source|video|audio)\b[^>]*(?:src|href)=["']?(?:https?:)?//"""
                       r"""|@import|url\(\s*["']?(?:https?:)?//""", re.I)
    for name, page in pages.items():
        assert not loads.search(page), f"{name} loads {loads.search(page).group(0)}"
