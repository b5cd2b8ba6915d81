"""Word-level diffs, story-wide changes and the substitution inventory."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.story import story_from_texts
from newskit.wording import CHANGE_COLUMNS, changes, flags, substitutions, word_diff

_text = st.lists(st.sampled_from(list("ab Cd1.,’\n") + ["  ", "Monday", "not"]), max_size=20).map("".join)


@settings(max_examples=200, deadline=None)
@given(_text, _text)
def test_both_sentences_rebuild_from_the_diff(a, b):
    diff = word_diff(a, b)
    assert "".join(diff["a_text"]) == a
    assert "".join(diff["b_text"]) == b
    for row in diff.itertuples(index=False):
        assert a[row.a_start:row.a_end] == row.a_text and b[row.b_start:row.b_end] == row.b_text


def test_flags_name_number_date_negation_hedge_reporting():
    assert flags(["Sergey"]) == "name"
    assert flags(["The"], sentence_start=True) == ""
    assert flags(["30", "dozens"]) == "number"
    assert flags(["Friday"]) == "date"
    assert flags(["never"]) == "negation"
    assert flags(["reportedly"]) == "hedge"
    assert flags(["claimed"]) == "reporting"


def test_seed_changes_point_into_raw_text_and_facts_come_first(example):
    frame = changes(example)
    assert list(frame.columns) == CHANGE_COLUMNS
    raws = {v.id: v.raw for v in example.versions}
    for row in frame.itertuples(index=False):
        if row.op in ("replace", "delete"):
            assert " ".join(raws[row.version_a][row.a_start:row.a_end].split()) == row.before
        if row.op in ("replace", "insert"):
            assert " ".join(raws[row.version_b][row.b_start:row.b_end].split()) == row.after
    facts = frame["fact"].tolist()
    assert facts == sorted(facts, reverse=True)
    sergei = frame[(frame["before"] == "Sergei") & (frame["after"] == "Sergey")]
    assert len(sergei) >= 1 and sergei["flags"].str.contains("name").all()
    assert frame[frame["after"] == "reading"]["flags"].str.contains("reporting").all()


def test_seed_substitutions(example):
    inventory = substitutions(example)
    pairs = set(zip(inventory["before"], inventory["after"]))
    assert {("Sergei", "Sergey"), ("torched", "set on fire"), ("assist settle", "help quell")} <= pairs
    assert inventory.set_index(["before", "after"]).loc[("Sergei", "Sergey"), "count"] == 2
    assert inventory["count"].is_monotonic_decreasing


def test_dropped_and_added_sentences_are_whole_changes():
    story = story_from_texts({"a": "It rained. The cat slept all day long.", "b": "It rained. Parliament passed the budget."})
    frame = changes(story)
    assert set(frame["op"]) == {"delete", "insert"}
    assert frame.set_index("op").loc["delete", "before"] == "The cat slept all day long."
