"""Attributions and sources across versions: the seed story's sources and general patterns."""

import pytest

import newskit as nk
from newskit.sourcing import find_attributions
from newskit.sources import source_type
from newskit.speakers import fullest_name


def cited(frame, version):
    sub = frame[frame["version"] == version]
    return set(zip(sub["source"], sub["source_type"], sub["cue"]))


def test_seed_sources_gvs(example):
    a = nk.attributions(example)
    assert {
        ("Wang Yi", "person", "told"), ("Wang Yi", "person", "said"), ("Wang Yi", "person", "added"),
        ("Chinese state media", "state media", "summarized by"), ("readout", "document", "stated"),
        ("Authorities", "government", "blamed"), ("government", "government", "says"),
        ("Xi Jinping", "person", "told"), ("Chinese state television", "state media", "said"),
        ("Kazakh officials", "anonymous", "said"), ("Reuters", "wire agency", "credit"),
        ("Kassym-Jomart Tokayev", "person", "blamed"),
        ("GVS", "media", "with additional input by"),
    } <= cited(a, "gvs")


def test_seed_sources_swissinfo(example):
    a = nk.attributions(example)
    got = cited(a, "swissinfo")
    assert {
        ("reading", "document", "according to"), ("Reuters", "wire agency", "dateline"),
        ("Josh Horwitz", "person", "reporting by"), ("Michael Perry", "person", "editing by"),
        ("Wang Yi", "person", "added"),
    } <= got
    assert not any(source == "Kazakh officials" for source, _, _ in got)


def test_offsets_and_blocks(example):
    a = nk.attributions(example)
    for row in a.itertuples():
        raw = example[row.version].raw
        assert row.mention in raw[row.start:row.end]
    assert set(a.loc[a["sentence"].isna(), "block"]) <= {"credit", "dateline", "caption", "byline"}


def test_compare_sources_seed(example):
    c = nk.compare_sources(example)
    only = set(c.loc[c["kind"] == "only in some versions", "source"])
    assert {"Kazakh officials", "readout", "reading", "GVS", "Josh Horwitz"} <= only
    assert "Wang Yi" not in only
    table = nk.source_table(example)
    assert list(table.columns) == ["source", "source_type", "role", "gvs", "swissinfo"]
    assert set(table.loc[table["role"] == "credit", "source"]) >= {"Josh Horwitz", "Reuters"}


def test_cue_changes_seed(example):
    changes = nk.cue_changes(example)
    assert ("readout", "stated", "reading", "according to", "source changed") in set(
        zip(changes["source_a"], changes["cue_a"], changes["source_b"], changes["cue_b"], changes["kind"]))


def test_unmatched_material_seed(example):
    extra = nk.unmatched_material(example)
    assert extra["version"].tolist() == ["gvs"] * 3
    assert "Kazakh officials" in extra["sources"].iloc[0]


def test_cue_change_said_to_claimed():
    story = nk.story_from_texts({"a": "Police said the road was shut on Monday.",
                                 "b": "Police claimed the road was shut on Monday."})
    assert nk.cue_changes(story)[["cue_a", "cue_b", "kind"]].values.tolist() == [["said", "claimed", "cue changed"]]


def test_patterns():
    story = nk.story_from_texts({"a": (
        "According to a statement from the ministry, talks failed. Mr. Lee told reporters he was pleased. "
        "The company said on Sunday that sales rose, a spokesman added. Sources said it was over.")})
    got = set(zip(nk.attributions(story)["source"], nk.attributions(story)["source_type"]))
    assert {("ministry", "government"), ("Lee", "person"), ("company", "official/institution"),
            ("spokesman", "official/institution"), ("Sources", "anonymous")} <= got
    assert ("statement", "document") not in got  # a statement speaks for its author, the ministry


def test_noun_uses_are_not_cues():
    story = nk.story_from_texts({"a": "Chinese state media covered the United States report on claims."})
    assert nk.attributions(story).empty


def test_helpers():
    assert fullest_name("Wang", ["Wang Yi", "Wang Lei"]) == "Wang"
    assert source_type("Associated Press") == "wire agency"


def test_quoted_words_are_never_a_source():
    story = nk.story_from_texts({"a": "Labour MP Angela Rayner toured the site.\n\n"
                                      "'It's a disaster,' she said of the plan, adding that the council had 'failed'."})
    a = nk.attributions(story)
    assert set(zip(a["source"], a["cue"])) == {("Angela Rayner", "said"), ("Angela Rayner", "adding")}


def test_role_and_title_resolve_to_the_named_person():
    story = nk.story_from_texts({"a": "Mayor Karen Bass toured the zone. The mayor said roads were shut. "
                                      "Boris Johnson arrived. Mr Johnson said he was sorry."})
    assert nk.attributions(story)["source"].tolist() == ["Karen Bass", "Boris Johnson"]


def test_plot_sources_draws_empty_axes_when_nothing_is_cited():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    story = nk.story_from_texts({"a": "The sky was blue.", "b": "The sky was grey."})
    ax = nk.plot_sources(story)
    assert "no attributions" in ax.texts[0].get_text()
    plt.close("all")


@pytest.mark.parametrize("text, want", [
    ("Officials in Moscow said no.", [("Officials in Moscow", "said")]),          # a place is a preposition's object
    ("The poll in Wyoming said she won.", [("poll in Wyoming", "said")]),
    ("Residents in the town said no.", [("Residents in the town", "said")]),
    ("Trump in a tweet on Monday said no.", [("Trump", "said")]),
    ("Late Monday the ministry said the talks had failed.", [("ministry", "said")]),  # weekday phrases cut
    ("On Monday Trump said no.", [("Trump", "said")]),
    ("July 16 Trump said no.", [("Trump", "said")]),
    ("Early Tuesday morning said nothing.", []),                                 # a date phrase alone
    ("Putin as well said no.", []),                                              # an adverb
    ("Aboard Air Force One said nothing.", []),                                  # a vehicle after "aboard"
    ("It told the department to stop arguing for it.", [("It", "told")]),        # infinitive: no "stop arguing"
    ("She ended her post by saying so.", [("She", "saying")]),                   # "her post by" is no source
    ("The ad ends with Perry claiming that.", [("Perry", "claiming")]),
    ("Sources close to the talks said no.", [("Sources close to the talks", "said")]),
    ("AP reports the deal is off. The reports said no.", [("AP", "reports"), ("reports", "said")]),
])
def test_junk_is_no_source(text, want):
    assert [(a["source"], a["cue"]) for a in find_attributions(text, [(0, len(text))])] == want


def test_unresolved_pronoun_is_no_source():
    story = nk.story_from_texts({"a": "He said the road was shut. Jo Lee arrived. He said so again."})
    assert nk.attributions(story)["source"].tolist() == ["Jo Lee"]


def test_place_and_date_types():
    story = nk.story_from_texts({"a": "Residents in Helsinki said the summit went well. Monday Trump tweeted no."})
    got = nk.attributions(story)[["source", "source_type"]].values.tolist()
    assert got == [["Residents in Helsinki", "anonymous"], ["Trump", "person"]]
