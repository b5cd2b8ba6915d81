"""Sentence alignment: the seed story's cases, invariants, and the OneStopEnglish gold."""

import json
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.alignment import ALIGN_COLUMNS, align, align_texts, families
from newskit.story import sentences
from newskit.story import story_from_texts


@pytest.fixture(scope="module")
def seed_links(example):
    return align(example)


def _text(story, version, number):
    frame = sentences(story)
    return frame[(frame["version"] == version) & (frame["sentence"] == number)]["text"].iloc[0]


def test_columns_and_pairs(seed_links):
    assert list(seed_links.columns) == ALIGN_COLUMNS
    assert set(zip(seed_links["version_a"], seed_links["version_b"])) == {("gvs", "swissinfo")}
    assert seed_links["similarity"].dropna().between(0, 1).all()


def test_paraphrased_lede_duplicate_merges_into_one_sentence(example, seed_links):
    merged = seed_links[seed_links["kind"] == "merged"]
    assert len(merged) == 2 and merged["sentence_b"].nunique() == 1
    target = _text(example, "swissinfo", int(merged["sentence_b"].iloc[0]))
    assert "help quell the unrest" in target
    for number in merged["sentence_a"]:
        assert "Wang Yi" in _text(example, "gvs", int(number))


def test_translated_attribution_broken_off_is_a_split(example, seed_links):
    rows = seed_links[seed_links["sentence_a"] == 3]
    assert rows["kind"].tolist() == ["split", "split"]
    parts = [_text(example, "swissinfo", int(n)) for n in rows["sentence_b"]]
    assert parts[0].startswith("Wang added") and parts[1] == ", according to the reading."


def test_appended_paragraphs_link_to_nothing(example, seed_links):
    for number in seed_links["sentence_a"].dropna():
        text = _text(example, "gvs", int(number))
        kind = seed_links[seed_links["sentence_a"] == number]["kind"].tolist()
        appended = text.startswith(("A number of", "Dozens of people", "At Tokayev"))
        assert (kind == ["dropped"]) == appended, text


def test_split_sentence_links_both_parts():
    a = ["The troops were ordered to shoot to kill, and the government blamed foreign-trained militants for the violence."]
    b = ["The troops were ordered to shoot to kill.", "The government blamed foreign-trained militants for the violence."]
    frame = align_texts(a, b)
    assert frame["kind"].tolist() == ["split", "split"]
    assert frame["sentence_b"].tolist() == [0, 1]


def test_changed_order_is_moved():
    a = ["Prices rose sharply in January.", "The bank kept its rate at two percent.", "Markets fell on the news."]
    b = ["Markets fell on the news.", "Prices rose sharply in January.", "The bank kept its rate at two percent."]
    frame = align_texts(a, b)
    assert frame.set_index("sentence_a")["kind"].to_dict() == {0: "identical", 1: "identical", 2: "moved"}


def test_unrelated_sentences_do_not_link():
    frame = align_texts(["The cat slept on the warm mat all day."], ["Parliament passed the budget late on Friday."])
    assert sorted(frame["kind"]) == ["added", "dropped"]
    assert frame["sentence_b"].isna().sum() == 1 and frame["sentence_a"].isna().sum() == 1


def test_three_versions_give_every_pair_and_families():
    story = story_from_texts(
        {
            "wire": "Rain fell on Monday. The match was called off. Fans went home.",
            "paper": "Heavy rain fell on Monday. The match was called off.",
            "site": "The match was called off. Fans went home early. A new story begins here today.",
        }
    )
    links = align(story)
    assert set(zip(links["version_a"], links["version_b"])) == {("wire", "paper"), ("wire", "site"), ("paper", "site")}
    fam = families(story)
    assert list(fam.columns) == ["family", "wire", "paper", "site", "versions"]
    match = fam[fam["wire"] == "1"].iloc[0]
    assert (match["paper"], match["site"], match["versions"]) == ("1", "0", 3)
    assert fam[fam["site"] == "2"]["versions"].tolist() == [1]


_sentence = st.lists(st.sampled_from("the rain fell on monday match was off fans went home city council vote".split()),
                     min_size=1, max_size=8).map(lambda w: " ".join(w).capitalize() + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(_sentence, max_size=8), st.lists(_sentence, max_size=8))
def test_every_sentence_is_accounted_for(texts_a, texts_b):
    frame = align_texts(texts_a, texts_b)
    assert set(frame["sentence_a"].dropna()) == set(range(len(texts_a)))
    assert set(frame["sentence_b"].dropna()) == set(range(len(texts_b)))
    assert (frame["sentence_b"].isna() == (frame["kind"] == "dropped")).all()
    assert (frame["sentence_a"].isna() == (frame["kind"] == "added")).all()
    linked = frame.dropna(subset=["similarity"])
    assert linked["similarity"].between(0, 1).all()
    assert not frame.duplicated(["sentence_a", "sentence_b"]).any()


def test_story_alignment_accounts_for_every_sentence(example, seed_links):
    frame = sentences(example)
    for version, column in (("gvs", "sentence_a"), ("swissinfo", "sentence_b")):
        expected = set(frame[frame["version"] == version]["sentence"])
        assert set(seed_links[column].dropna().astype(int)) == expected


def test_onestopenglish_story_links_gold_pairs(shared_dir):
    from rapidfuzz import fuzz, process

    import newskit as nk

    folder = shared_dir / "corpora" / "onestopenglish" / "stories" / "amazon"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        story = nk.load_story(folder)
    frame = sentences(story)
    texts = {v: list(g["text"]) for v, g in frame.groupby("version")}
    links = align(story)
    gold = [json.loads(line) for line in (folder / "gold-alignments.jsonl").read_text(encoding="utf-8").splitlines()]
    found = 0
    for pair in gold:
        if pair["level_a"] > pair["level_b"]:
            pair = {"level_a": pair["level_b"], "sentence_a": pair["sentence_b"],
                    "level_b": pair["level_a"], "sentence_b": pair["sentence_a"]}
        a = process.extractOne(pair["sentence_a"], texts[pair["level_a"]], scorer=fuzz.ratio)[2]
        b = process.extractOne(pair["sentence_b"], texts[pair["level_b"]], scorer=fuzz.ratio)[2]
        rows = links[(links["version_a"] == pair["level_a"]) & (links["version_b"] == pair["level_b"])]
        found += bool(((rows["sentence_a"] == a) & (rows["sentence_b"] == b)).any())
    assert found / len(gold) >= 0.95


def test_one_version_gives_empty_alignment():
    with pytest.warns(UserWarning):
        story = story_from_texts({"only": "One sentence here."})
    frame = align(story)
    assert frame.empty and list(frame.columns) == ALIGN_COLUMNS
    assert isinstance(frame, pd.DataFrame)


def test_a_text_whose_only_paragraph_reads_like_a_caption_is_still_aligned():
    a = "Image:Seal.svg|Seal ]] Officials said the road is closed. It will reopen on Monday."
    b = "Image:Seal.svg|Seal ]] Officials said the road is closed. It will reopen on Tuesday."
    links = align(story_from_texts({"a": a, "b": b}))
    assert len(links) == 2 and set(links["kind"]) <= {"identical", "edited"}


def test_a_short_sentence_whose_few_words_recur_in_a_long_one_is_not_a_part_of_it():
    a = ["The company, which runs 30 stores in Mexico and sells bikes, opened a shop in California in 2014 "
         "and hopes to open more across the country soon."]
    opened = "The company opened a shop in California in 2014 and hopes to open more soon."
    summary = align_texts(a, [opened, "The company has 30 stores in Mexico."])
    assert summary["kind"].tolist() == ["edited", "added"]
    part = align_texts(a, [opened, "The company runs 30 stores in Mexico and sells bikes."])
    assert part["kind"].tolist() == ["split", "split"]


def test_words_shared_only_in_one_sentences_relative_clause_do_not_link_two_acts():
    a = ["Ruiz runs the ferry fund panel.",
         "Lee used a morning post to assail Ruiz, whose panel reviews the ferry fund.",
         "The pier shut on Monday.", "Gulls flew over the bay."]
    b = ["Ruiz runs the ferry fund panel.", "Gulls flew over the bay.", "The pier shut on Monday.",
         "Over the ferry fund, Elm members used a panel hearing to attack Ruiz."]
    links = align_texts(a, b)
    assert not ((links["sentence_a"] == 1) & (links["sentence_b"] == 3)).any()
    copied = align_texts(a[:2], [b[0], "Lee used a post to assail Ruiz, whose panel reviews the ferry fund."])
    assert copied["kind"].tolist() == ["identical", "edited"]


def test_a_sentence_reworded_just_before_a_kept_one_links_across_a_wide_gap():
    a = ["The council approved the new harbour budget on Monday.",
         "Crews have been clearing the flooded roads near the river since Friday.",
         "Army engineers on Sunday reopened two old stone bridges across the canal, aided in part by heavy cranes "
         "brought in from the yard of the port authority.",
         "Mayor Ann Ruiz thanked the crews at a news conference."]
    b = ["The council approved the new harbour budget on Monday.", "Residents said the water rose within an hour.",
         "Schools will stay shut until Wednesday.", a[1], "Power returned to most homes overnight.",
         "Shops near the square stayed closed.",
         "On Sunday, with the help of heavy cranes, the bridges were opened to buses and trucks by army engineers who "
         "had worked through a cold and wet night near the ferry dock, the fish market, the bus depot, the church, the "
         "library and the main square of the town, local officials said on Monday.", a[3]]
    links = align_texts(a, b).dropna()
    assert ((links["sentence_a"] == 2) & (links["sentence_b"] == 6)).any()
