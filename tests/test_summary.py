"""The findings written from the analyses, the index page that opens with them, and `newskit compare`."""

import json
import re

import pandas as pd
import pytest

import newskit as nk
from newskit.app.cli import lab_command, main
from newskit.summary import TOPICS, findings
from newskit.views.pages import story_index_html
from newskit.views.tables import table

WIRE = (
    "Flooding killed 10 people in the river town of Marlow on Tuesday, police said.\n\n"
    "\"We will rebuild every bridge in this town,\" Mayor Ann Lee told reporters.\n\n"
    "The Environment Agency said the river peaked at noon.\n\n"
    "Rain is expected to ease by the weekend.\n"
)
REWRITE = (
    "Flooding killed 12 people in the river town of Marlow on Tuesday, police said.\n\n"
    "\"We will rebuild each bridge in this town,\" Mayor Ann Lee told reporters.\n\n"
    "Rain is expected to ease by the weekend.\n\n"
    "Volunteers handed out blankets at the town hall overnight.\n"
)


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    """Two versions, manifest order not alphabetical: a number changed, a quote altered, a source dropped,
    a sentence added."""
    folder = tmp_path_factory.mktemp("floods")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "rewrite.txt").write_text(REWRITE, encoding="utf-8")
    (folder / "story.toml").write_text(
        'id = "floods"\ntitle = "Floods in Marlow"\n\n'
        '[[versions]]\nid = "wire"\nfile = "wire.txt"\noutlet = "A wire"\n\n'
        '[[versions]]\nid = "rewrite"\nfile = "rewrite.txt"\noutlet = "A site"\n', encoding="utf-8")
    return nk.load_story(folder)


@pytest.fixture(scope="module")
def found(story):
    return findings(story, resamples=200)


def _texts(found, topic):
    return found.loc[found["topic"] == topic, "text"].tolist()


def test_findings_state_the_real_differences(found):
    assert any("“10” became “12”" in t and "number" in t for t in _texts(found, "fact"))
    altered = _texts(found, "quote")
    assert any("altered" in t and "Ann Lee" in t and "[-every-]" in t and "{+each+}" in t for t in altered)
    assert any("drops the source Environment Agency" in t for t in _texts(found, "source"))
    assert _texts(found, "added") == ["rewrite adds: “Volunteers handed out blankets at the town hall overnight.”"]
    assert any(t.startswith("rewrite drops: “The Environment Agency said") for t in _texts(found, "dropped"))
    assert _texts(found, "sentences") == [
        "From wire to rewrite: of 4 sentences in wire, 1 kept word for word, 2 edited, 1 dropped; "
        "rewrite adds 1 sentence."]
    assert len(_texts(found, "readability")) == 1 and "noise" in _texts(found, "readability")[0]


def test_findings_follow_manifest_order_and_topic_order(found):
    assert set(zip(found["version_a"], found["version_b"])) == {("wire", "rewrite")}
    order = [TOPICS.index(t) for t in found["topic"]]
    assert order == sorted(order)
    assert list(found.columns) == ["version_a", "version_b", "topic", "text", "detail"]


def test_the_index_opens_with_the_findings_and_links_their_evidence(story):
    class Ran:  # what the report gives the index page for each notebook
        def __init__(self, name):
            self.name, self.title, self.seconds, self.error = name, name, 1.0, ""
            self.html = type("P", (), {"name": f"{name}.html"})()
            self.ok = True

    pages = [Ran(n) for n in ("02-compare-wording", "03-compare-sourcing", "04-compare-quotes", "05-compare-readability")]
    index = story_index_html(story, pages, resamples=200)
    differs = index.index("What differs")
    assert differs < index.index("Analyses") < index.index("Versions")
    assert "wire &rarr; rewrite" in index
    assert "“10” became “12” (number)" in index
    assert "We will rebuild <del>every</del> <ins>each</ins> bridge" in index
    assert "drops the source Environment Agency" in index
    assert "rewrite adds: “Volunteers handed out blankets at the town hall overnight.”" in index
    assert "href='02-compare-wording.html#Word-level-changes'" in index
    assert "href='04-compare-quotes.html#The-same-quotation-across-versions'" in index


def test_one_version_has_no_findings():
    with pytest.warns(nk.NewskitWarning, match="one version"):
        story = nk.story_from_texts({"only": "It rained in Marlow."})
    assert findings(story, resamples=20).empty
    assert "nothing to compare" in story_index_html(story, [], resamples=20)


def test_tables_format_each_kind_of_column_once():
    frame = pd.DataFrame({"source": ["<b>Police</b>", None], "mentions": [3, 12], "similarity": [0.123456, None],
                          "significant": [True, False], "words": [351.0, 219.0]})
    html = table(frame)
    assert "<td class='nk-num'>12</td>" in html and "12.00" not in html
    assert "<td class='nk-num'>351</td>" in html
    assert "<td class='nk-num'>0.12</td>" in html and "0.123456" not in html
    assert "NaN" not in html and "None" not in html and "&lt;NA&gt;" not in html
    assert "&lt;b&gt;Police" in html and "<b>Police" not in html
    assert ">yes<" in html and ">no<" in html
    assert repr(html) == "table: 2 rows x 5 columns"


def test_tables_show_sentences_as_text(story):
    links = nk.align(story)[["version_a", "sentence_a", "kind", "version_b", "sentence_b"]]
    html = table(links.dropna(), story)
    assert "Rain is expected to ease by the weekend." in html
    assert "<small>wire 3</small>" in html
    assert "version a" not in html, "the version is printed beside each sentence, not in a column of its own"
    assert "version b" in table(links, story), "kept where a row has no sentence (an added or dropped one)"
    with pytest.warns(nk.NewskitWarning, match="one version"):
        long = nk.story_from_texts({"a": "word " * 40 + "end."})
    cell = table(pd.DataFrame({"version": ["a"], "sentence": [0]}), long)
    assert "<details><summary>" in cell and "end." in cell


def test_compare_prints_the_findings_first_with_their_text(tmp_path, capsys):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "rewrite.txt").write_text(REWRITE, encoding="utf-8")
    assert main(["compare", str(tmp_path / "wire.txt"), str(tmp_path / "rewrite.txt"), "--resamples", "100"]) == 0
    out = capsys.readouterr().out
    assert out.index("“10” became “12”") < out.index("Sentences") < out.index("Quotes") < out.index("Readability")
    assert "rewrite adds: “Volunteers handed out blankets at the town hall overnight.”" in out
    assert "[-every-] {+each+}" in out and "Environment Agency" in out
    assert main(["compare", str(tmp_path / "wire.txt"), str(tmp_path / "rewrite.txt"), "--json",
                 "--resamples", "100"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [v["version"] for v in data["versions"]] == ["wire", "rewrite"]
    assert any(f["topic"] == "fact" and "12" in f["text"] for f in data["findings"])
    assert {r["version"] for r in data["readability"]} == {"wire", "rewrite"}


def test_version_and_lab(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("newskit ")
    command = lab_command("nbs", ["--no-browser"], root=True)
    assert command[1:3] == ["-m", "jupyterlab"] and "--allow-root" in command and command[-1] == "--no-browser"
    assert "--allow-root" not in lab_command("nbs", [], root=False)


def test_a_speaker_written_two_ways_is_not_a_speaker_change():
    story = nk.story_from_texts({
        "a": 'A U.S. official said: "We will reach a deal that supports the talks today."',
        "b": 'A US official said: "We will reach an agreement that supports the talks today."',
    })
    quote_lines = findings(story, resamples=50).query("topic == 'quote'")["text"].tolist()
    assert len(quote_lines) == 1 and "Quotation altered (U.S. official):" in quote_lines[0]
    assert "→" not in quote_lines[0].split(":")[0]


def test_a_speaker_change_shows_the_quotation_not_its_case_and_commas():
    story = nk.story_from_texts({"a": 'The bus hit a wall. Jo Lee said: "Everyone ran away." The road shut.',
                                 "b": 'The bus hit a wall. Sam Park said "everyone ran away," and left. '
                                      'The road shut.'})
    lines = findings(story, resamples=20, limit=None).query("topic == 'quote'")["text"].tolist()
    assert lines == ['Quotation speaker changed (speaker Jo Lee → Sam Park): "everyone ran away,"']


def test_compare_counts_the_characters_of_the_article_text_not_of_the_page():
    from newskit.views.terminal import compare_data

    text = "The bus hit a wall on Monday. Nobody was hurt, police said.\nThe road shut for an hour."
    page = text.replace("\nThe", "\nAdvertisement\nThe") + "\nSign up for our newsletter to get the news first."
    with pytest.warns(nk.NewskitWarning):
        story = nk.story_from_texts({"a": text, "b": page})
    sizes = [row["characters"] for row in compare_data(story, resamples=20)["versions"]]
    assert sizes[0] == sizes[1] == len(story.versions[0].body)


def test_compare_shows_every_readability_index_the_finding_counts():
    from newskit.views.terminal import compare_text

    a = "We ran. It was hot. The dog sat. We ate. " * 6
    b = "Notwithstanding considerable meteorological unpredictability, organisational representatives " \
        "reconsidered international transportation arrangements. " * 6
    text = compare_text(nk.story_from_texts({"a": a, "b": b}), resamples=50, width=200)
    table = text.split("Readability (B - A)\n", 1)[1].split("\n  - ", 1)[0].splitlines()
    counted = re.search(r"(\d+) of (\d+) indices differ beyond noise", text)
    assert "beyond noise" in table[0] and len(table) - 1 == int(counted.group(2))
    assert sum(line.rstrip().endswith("yes") for line in table[1:]) == int(counted.group(1))


def test_findings_show_words_as_a_reader_sees_them_without_zero_width_characters():
    story = nk.story_from_texts({"a": "The talks with \u200cZelenskiy ended on Monday in Kyiv.",
                                 "b": "The talks with Zelensky ended on Monday in Kyiv."})
    facts = findings(story, resamples=20).query("topic == 'fact'")["text"].tolist()
    assert facts == ["“Zelenskiy” became “Zelensky” (name)"]
