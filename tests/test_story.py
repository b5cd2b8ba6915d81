"""Loading stories: the bundled example, folders without a manifest, and bad input."""

import codecs

import pytest

import newskit as nk
from newskit.blocks import LABELS
from newskit.errors import NewskitError, NewskitWarning

SEED_GVS = "000_c8ad5514ccbdb97b.txt"
SEED_SWISSINFO = "002_557297c23ae0d613.txt"


def labelled(version, label):
    return version.blocks.loc[version.blocks["label"] == label, "text"].tolist()


def test_example_versions_in_manifest_order(example):
    assert example.ids == ["gvs", "swissinfo"]
    assert example["gvs"].outlet == "Global Village Space"
    assert example["swissinfo"].published == "2022-01-11T01:54"
    assert example.warnings == []


def test_raw_text_is_the_file_verbatim(example, example_dir):
    for version in example:
        assert version.raw == (example_dir / version.file).read_text(encoding="utf-8")


def test_blocks_tile_the_raw_text(example):
    for version in example:
        blocks = version.blocks
        assert "".join(blocks["text"]) == version.raw
        assert blocks["start"].iloc[0] == 0 and blocks["end"].iloc[-1] == len(version.raw)
        assert (blocks["start"].iloc[1:].to_numpy() == blocks["end"].iloc[:-1].to_numpy()).all()
        assert set(blocks["label"]) <= set(LABELS)


def test_gvs_blocks(example):
    gvs = example["gvs"]
    assert labelled(gvs, "chrome") == ["| Welcome to Global Village Space"]
    assert labelled(gvs, "date") == ["Saturday, May 18, 2024"]
    assert labelled(gvs, "headline") == ["China says it supports Russia deploying forces to Kazakhstan to quell unrest"]
    assert labelled(gvs, "read_more") == [
        "Read more: Russia deploys forces in Kazakhstan",
        "Read more: Is Kazakhstan Russia’s next Ukraine?",
    ]
    assert labelled(gvs, "subhead") == ["What is happening?", "Looking at the Kazakhastan unrest"]
    assert labelled(gvs, "credit") == ["Reuters with additional input by GVS"]
    assert len(labelled(gvs, "body")) == 12
    assert gvs.body.startswith("China's Foreign Minister Wang Yi told")
    assert gvs.body.endswith("ahead of new talks on the Ukraine crisis.")


def test_swissinfo_blocks(example):
    swiss = example["swissinfo"]
    assert labelled(swiss, "date") == ["date 2022-01-11", "This content was published on January 11, 2022 – 01:54"]
    assert labelled(swiss, "dateline") == ["SHANGHAI (Reuters) – "]
    assert labelled(swiss, "credit") == ["(Reporting by Josh Horwitz; Editing by Michael Perry)"]
    [caption] = labelled(swiss, "caption")
    assert caption.startswith("A still image") and caption.endswith("reuters_tickers")
    assert swiss.body.startswith("China is supporting Russian-led forces")
    assert swiss.body.endswith("Chinese state television said.")


def test_body_paragraphs_are_numbered_from_zero(example):
    body = example["gvs"].blocks.query("label == 'body'")
    assert body["paragraph"].tolist() == list(range(12))
    assert example["gvs"].blocks.query("label != 'body'")["paragraph"].isna().all()


def test_metadata_found_in_text(example):
    assert example["gvs"].meta == {
        "page_date": "2024-05-18",
        "headline": "China says it supports Russia deploying forces to Kazakhstan to quell unrest",
        "additional_input_by": "GVS",
        "agency": "Reuters",
    }
    assert example["swissinfo"].meta == {
        "date_line": "2022-01-11",
        "published_in_text": "2022-01-11T01:54",
        "dateline_place": "SHANGHAI",
        "dateline_source": "Reuters",
        "agency": "Reuters",
        "reporting_by": "Josh Horwitz",
        "editing_by": "Michael Perry",
    }


def test_provenance_table(example):
    table = nk.provenance(example).set_index("version")
    assert table.loc["gvs", "page_date_in_text"] == "2024-05-18"
    assert table.loc["gvs", "published"] == ""
    assert table.loc["swissinfo", "published_in_text"] == table.loc["swissinfo", "published"]
    assert table.loc["swissinfo", "dateline_place"] == "SHANGHAI"


def test_story_blocks(example):
    frame = nk.story_blocks(example)
    assert list(frame.columns) == ["version", "block", "label", "start", "end", "text", "paragraph"]
    assert frame["version"].unique().tolist() == ["gvs", "swissinfo"]


def test_folder_without_manifest_uses_file_stems(tmp_path, example_dir):
    for name in (SEED_GVS, SEED_SWISSINFO):
        (tmp_path / name).write_bytes((example_dir / name).read_bytes())
    story = nk.load_story(tmp_path)
    assert story.ids == [SEED_GVS[:-4], SEED_SWISSINFO[:-4]]
    assert story.id == tmp_path.name


def test_story_from_texts_keeps_order_and_text():
    story = nk.story_from_texts({"b": "Second.", "a": "First."}, story_id="demo")
    assert story.ids == ["b", "a"] and story.id == "demo"
    assert story["a"].raw == "First."
    with pytest.raises(KeyError, match="no version 'c'"):
        story["c"]


def test_text_without_blank_lines_has_a_paragraph_per_line():
    story = nk.story_from_texts({"a": "One is here.\nTwo is here.\n", "b": "Other."})
    assert labelled(story["a"], "body") == ["One is here.", "Two is here."]


def test_title_only_text_is_body_not_headline():
    story = nk.story_from_texts({"a": "Hello world", "b": "Other."})
    assert labelled(story["a"], "body") == ["Hello world"]


# --- bad input -----------------------------------------------------------------


def write_story(folder, files: dict[str, bytes], manifest: str | None = None):
    folder.mkdir(exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    if manifest is not None:
        (folder / "story.toml").write_text(manifest, encoding="utf-8")
    return folder


GOOD = "Headline here\n\nThe minister said it rained on Monday.\n".encode()


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n "], ids=["empty", "whitespace"])
def test_empty_file_is_an_error_naming_it(tmp_path, data):
    write_story(tmp_path, {"a.txt": GOOD, "b.txt": data})
    with pytest.raises(NewskitError, match=r"b\.txt: .*empty"):
        nk.load_story(tmp_path)


def test_binary_file_is_an_error_naming_it(tmp_path):
    write_story(tmp_path, {"a.txt": GOOD, "b.txt": bytes(range(256)) * 4})
    with pytest.raises(NewskitError, match=r"b\.txt: binary"):
        nk.load_story(tmp_path)


def test_windows_1252_decodes_with_a_recorded_warning(tmp_path):
    text = "“Café” – the minister’s words.\n\nSecond paragraph."
    write_story(tmp_path, {"a.txt": GOOD, "b.txt": text.encode("cp1252")})
    with pytest.warns(NewskitWarning, match="not valid UTF-8.*cp1252"):
        story = nk.load_story(tmp_path)
    assert story["b"].raw == text
    assert story["b"].encoding == "cp1252"
    assert any("cp1252" in w for w in story["b"].warnings)


def test_bom_is_dropped_and_recorded(tmp_path):
    write_story(tmp_path, {"a.txt": GOOD, "b.txt": codecs.BOM_UTF8 + "Héllo there.".encode()})
    story = nk.load_story(tmp_path)
    assert story["b"].raw == "Héllo there."
    assert story["b"].encoding == "utf-8-sig"


def test_utf16_with_bom_decodes(tmp_path):
    write_story(tmp_path, {"a.txt": GOOD, "b.txt": "Héllo there.".encode("utf-16")})
    assert nk.load_story(tmp_path)["b"].raw == "Héllo there."


def test_crlf_is_kept_and_paragraphs_still_split(tmp_path):
    text = "Headline\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n"
    write_story(tmp_path, {"a.txt": GOOD, "b.txt": text.encode()})
    version = nk.load_story(tmp_path)["b"]
    assert version.raw == text
    assert labelled(version, "body") == ["First paragraph.", "Second paragraph."]
    assert labelled(version, "headline") == ["Headline"]


def test_mojibake_is_warned_with_its_offset(tmp_path):
    write_story(tmp_path, {"a.txt": GOOD, "b.txt": "The ministerâ€™s words.".encode()})
    with pytest.warns(NewskitWarning, match=r"mojibake.*'â€' at offset 12"):
        story = nk.load_story(tmp_path)
    assert story["b"].raw == "The ministerâ€™s words."


def test_html_is_warned(tmp_path):
    write_story(tmp_path, {"a.txt": GOOD, "b.txt": b"<html><body><p>It rained.</p></body></html>"})
    with pytest.warns(NewskitWarning, match="looks like HTML.*newskit new"):
        nk.load_story(tmp_path)


def test_manifest_naming_a_missing_file(tmp_path):
    manifest = '[[versions]]\nid = "a"\nfile = "a.txt"\n\n[[versions]]\nid = "b"\nfile = "missing.txt"\n'
    write_story(tmp_path, {"a.txt": GOOD}, manifest)
    with pytest.raises(NewskitError, match="'missing.txt' does not exist"):
        nk.load_story(tmp_path)


@pytest.mark.parametrize("name", ["../outside.txt", "/etc/hostname"])
def test_manifest_path_outside_the_folder(tmp_path, name):
    story_dir = tmp_path / "story"
    (tmp_path / "outside.txt").write_bytes(GOOD)
    write_story(story_dir, {"a.txt": GOOD}, f'[[versions]]\nfile = "a.txt"\n\n[[versions]]\nfile = "{name}"\n')
    with pytest.raises(NewskitError, match="outside the story folder"):
        nk.load_story(story_dir)


def test_manifest_with_duplicate_ids(tmp_path):
    manifest = '[[versions]]\nid = "a"\nfile = "a.txt"\n\n[[versions]]\nid = "a"\nfile = "b.txt"\n'
    write_story(tmp_path, {"a.txt": GOOD, "b.txt": GOOD}, manifest)
    with pytest.raises(NewskitError, match="duplicate version id"):
        nk.load_story(tmp_path)


def test_invalid_manifest(tmp_path):
    write_story(tmp_path, {"a.txt": GOOD}, "[[versions]\nfile = ")
    with pytest.raises(NewskitError, match="not a valid TOML manifest"):
        nk.load_story(tmp_path)


def test_unknown_manifest_keys_are_warned(tmp_path):
    write_story(tmp_path, {"a.txt": GOOD, "b.txt": GOOD}, '[[versions]]\nfile = "a.txt"\ncolour = "red"\n\n[[versions]]\nfile = "b.txt"\n')
    with pytest.warns(NewskitWarning, match=r"unknown key\(s\) \['colour'\]"):
        story = nk.load_story(tmp_path)
    assert story.warnings


def test_folder_with_no_text_files(tmp_path):
    (tmp_path / "notes.md").write_text("nothing")
    with pytest.raises(NewskitError, match="no story.toml and no .txt files"):
        nk.load_story(tmp_path)


def test_missing_folder(tmp_path):
    with pytest.raises(NewskitError, match="no such story folder"):
        nk.load_story(tmp_path / "nope")


def test_one_version_is_warned(tmp_path):
    write_story(tmp_path, {"a.txt": GOOD})
    with pytest.warns(NewskitWarning, match="has one version"):
        story = nk.load_story(tmp_path)
    assert story.ids == ["a"] and story.warnings


def test_identical_versions_are_warned():
    with pytest.warns(NewskitWarning, match="identical bodies"):
        nk.story_from_texts({"a": "Same text.", "b": "Same text."})


def test_story_from_texts_rejects_empty_and_non_text():
    with pytest.raises(NewskitError, match="'b': the text is empty"):
        nk.story_from_texts({"a": "Text.", "b": "   "})
    with pytest.raises(NewskitError, match="expected text"):
        nk.story_from_texts({"a": b"bytes"})


def test_two_sentence_opening_ending_in_a_question_is_body():
    text = "Prisons have a reputation. But are they a soft option?\nThe head of the service spoke."
    story = nk.story_from_texts({"a": text, "b": "Other."})
    assert labelled(story["a"], "headline") == []
    assert len(labelled(story["a"], "body")) == 2


def test_a_typical_wire_page_is_labelled_block_by_block():
    page = (
        "Skip to main content\n\nUkraine talks stall as Russia masses troops\n\nBy Jane Doe and John Smith, Reuters\n\n"
        "Updated January 10, 2022 at 3:45 p.m. EST\n\n"
        "FILE PHOTO: A soldier walks along a trench, January 8, 2022. REUTERS/Anna Kudriavtseva\n\n"
        "GENEVA, Jan 10 (Reuters) - Officials met on Monday.\n\nAdvertisement\n\nTalks resume on Wednesday.\n\n"
        "Why it matters\n\nThe stakes are high.\n\n"
        "(Additional reporting by Pavel Polityuk in Kyiv; Writing by Jane Doe; Editing by Mark Heinrich)\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    version = nk.story_from_texts({"a": page, "b": "Other."})["a"]
    labels = version.blocks.query("label != 'whitespace'")["label"].tolist()
    assert labels == [
        "chrome", "headline", "byline", "date", "caption", "dateline", "body", "promo", "body", "subhead", "body",
        "credit", "chrome",
    ]
    assert version.meta == {
        "headline": "Ukraine talks stall as Russia masses troops",
        "byline": "Jane Doe, John Smith",
        "byline_outlet": "Reuters",
        "updated_in_text": "2022-01-10T15:45",
        "dateline_place": "GENEVA",
        "dateline_date": "Jan 10",
        "dateline_source": "Reuters",
        "agency": "Reuters",
        "additional_reporting_by": "Pavel Polityuk in Kyiv",
        "writing_by": "Jane Doe",
        "editing_by": "Mark Heinrich",
    }


def test_hard_wrapped_text_is_rewrapped_into_paragraphs():
    text = (
        "For some time past, though at intervals only, the unaccompanied, secluded\n"
        "White Whale had haunted those uncivilized seas mostly frequented by the\n"
        "Sperm Whale fishermen. But not all of them knew of his existence; only a few\n"
        "of them had seen him.\n"
        "A second paragraph starts here and it runs on for a while before it wraps\n"
        "onto a second line and then it ends.\n"
    )
    version = nk.story_from_texts({"a": text, "b": "Other."})["a"]
    body = labelled(version, "body")
    assert len(body) == 2
    assert body[0].startswith("For some time") and body[0].endswith("had seen him.")
    assert body[1].endswith("then it ends.")


def test_hard_wrapped_text_with_two_short_sentence_lines_in_a_row_loads():
    with pytest.warns(NewskitWarning, match="one version"):
        story = nk.story_from_texts({"a": "the the\nthe the\n'\nMr. "})
    blocks = story["a"].blocks
    assert "".join(blocks["text"]) == story["a"].raw
    assert blocks.loc[blocks["label"] == "body", "text"].tolist() == ["the the\nthe the\n'", "Mr."]


def test_a_version_without_body_text_is_warned_about():
    with pytest.warns(NewskitWarning, match="'b' has no body text"):
        story = nk.story_from_texts({"a": "It rained all day.", "b": "Reuters"})
    assert story["b"].warnings == ["version 'b' has no body text (only credit): its analyses will be empty"]


def test_manifest_dates_that_are_not_iso_are_warned_and_recorded(tmp_path):
    manifest = '[[versions]]\nfile = "a.txt"\npage_date = "May 18 2024"\nretrieved = "2024-05-18"\n'
    write_story(tmp_path, {"a.txt": GOOD}, manifest)
    with pytest.warns(NewskitWarning, match=r"page_date 'May 18 2024' is not an ISO date"):
        story = nk.load_story(tmp_path)
    assert any("page_date 'May 18 2024'" in w for w in story["a"].warnings)
    assert not any("retrieved" in w for w in story["a"].warnings)
