"""Word-level diffs, story-wide changes and the substitution inventory."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.alignment import align
from newskit.errors import NewskitWarning
from newskit.story import story_from_texts
from newskit.text.typography import canonical
from newskit.wording import CHANGE_COLUMNS, changes, flags, substitutions, word_diff


def _spaced(text):
    return " ".join(canonical(text).split())


_text = st.lists(st.sampled_from(list("ab Cd1.,’\n") + ["  ", "Monday", "not"]), max_size=20).map("".join)


@settings(max_examples=200, deadline=None)
@given(_text, _text)
def test_both_sentences_rebuild_from_the_diff(a, b):
    diff = word_diff(a, b)
    assert "".join(diff["text_a"]) == a
    assert "".join(diff["text_b"]) == b
    for row in diff.itertuples(index=False):
        assert a[row.start_a:row.end_a] == row.text_a and b[row.start_b:row.end_b] == row.text_b
        if row.kind == "equal":  # the same text, up to typography
            assert _spaced(row.text_a) == _spaced(row.text_b)


def test_flags_name_number_date_negation_hedge_reporting():
    assert flags(["Sergey"]) == "name"
    assert flags(["The"], sentence_start=True) == ""
    assert flags(["30", "dozens"]) == "number"
    assert flags(["Friday"]) == "date"
    assert flags(["never"]) == "negation"
    assert flags(["reportedly"]) == "hedge"
    assert flags(["claimed"]) == "reporting"


def test_a_capital_the_language_asks_for_is_no_name():
    assert flags(["that", '"', "It", "looks", "like", "I'll", "win"]) == ""
    assert flags(["won", ".", "They", "left"]) == ""
    assert flags(["met", "US", "envoys"]) == flags(["met", "Tom"]) == "name"


def test_seed_changes_point_into_raw_text_and_facts_come_first(example):
    frame = changes(example)
    assert list(frame.columns) == CHANGE_COLUMNS
    raws = {v.id: v.raw for v in example.versions}
    for row in frame.itertuples(index=False):
        assert " ".join(raws[row.version_a][row.start_a:row.end_a].split()) == row.text_a
        assert " ".join(raws[row.version_b][row.start_b:row.end_b].split()) == row.text_b
    facts = frame["fact"].tolist()
    assert facts == sorted(facts, reverse=True)
    sergei = frame[(frame["text_a"] == "Sergei") & (frame["text_b"] == "Sergey")]
    assert len(sergei) >= 1 and sergei["flags"].str.contains("name").all()
    assert frame[frame["text_b"] == "reading"]["flags"].str.contains("reporting").all()


def test_seed_substitutions(example):
    inventory = substitutions(example)
    pairs = set(zip(inventory["text_a"], inventory["text_b"]))
    assert {("Sergei", "Sergey"), ("torched", "set on fire"), ("assist settle", "help quell")} <= pairs
    assert inventory.set_index(["text_a", "text_b"]).loc[("Sergei", "Sergey"), "count"] == 2
    assert inventory["count"].is_monotonic_decreasing


def test_dropped_and_added_sentences_are_whole_changes():
    story = story_from_texts({"a": "It rained. The cat slept all day long.", "b": "It rained. Parliament passed the budget."})
    frame = changes(story)
    assert set(frame["kind"]) == {"delete", "insert"}
    assert frame.set_index("kind").loc["delete", "text_a"] == "The cat slept all day long."


def test_spacing_and_punctuation_changes_are_operations_but_runs_of_spaces_are_not():
    diff = word_diff("It rained  hard , he said.", "It rained hard, he said.").query("kind != 'equal'")
    assert diff[["text_a", "text_b"]].values.tolist() == [[" ", ""]]
    assert word_diff("It rained\nhard.", "It rained hard.")["kind"].tolist() == ["equal"]
    assert word_diff("It rained\u00a0hard.", "It rained hard.")["kind"].tolist() == ["equal"]


def test_words_moved_inside_a_sentence_are_two_move_rows():
    diff = word_diff("On Monday the minister resigned.", "The minister resigned on Monday.")
    moved = diff[diff["kind"] == "move"]
    assert len(moved) <= 2
    diff = word_diff("He said in Paris that it rained.", "He said that it rained in Paris.")
    moved = diff[diff["kind"] == "move"]
    assert moved[["text_a", "text_b"]].values.tolist() == [[" in Paris", ""], ["", " in Paris"]]


def test_a_clause_moved_with_its_comma_is_a_move_not_a_drop_and_an_insertion():
    diff = word_diff("The crew did so when it sank the raft in early May.",
                     "The crew did so in early May, when it sank the raft.")
    assert diff.query("kind != 'equal'")[["kind", "text_a", "text_b"]].values.tolist() == [
        ["move", "", " in early May,"], ["move", " in early May", ""]]


def test_a_moved_sentence_reports_where_it_left_and_where_it_went_in_both_texts():
    a = "The storm hit at dawn. Roads were closed. Schools stayed shut. Power failed in the north."
    b = "Power failed in the north. The storm hit at dawn. Roads were closed. Schools stayed shut."
    frame = changes(story_from_texts({"a": a, "b": b}))
    moves = frame[frame["kind"] == "move"]
    assert len(moves) == 2
    source = moves[moves["end_a"] > moves["start_a"]].iloc[0]
    target = moves[moves["end_b"] > moves["start_b"]].iloc[0]
    assert a[source.start_a:source.end_a] == "Power failed in the north." and source.start_b == source.end_b
    assert b[target.start_b:target.end_b] == "Power failed in the north." and target.start_a == target.end_a == 0


def test_a_paragraph_break_between_kept_sentences_is_a_change():
    frame = changes(story_from_texts({"a": "It rained. Roads closed.", "b": "It rained.\n\nRoads closed."}))
    assert frame[["kind", "start_a", "end_a"]].values.tolist() == [["replace", 10, 11]]


def test_a_subhead_set_aside_between_kept_sentences_is_no_change_of_the_article():
    kept = ("The mayor met the council on Monday to discuss the budget for next year.\n\n"
            "She said the plan would not raise taxes for most families in the town.\n\n")
    last = "The council will vote on the plan in March after two more public hearings.\n"
    with pytest.warns(NewskitWarning, match="identical bodies"):
        story = story_from_texts({"a": kept + last, "b": kept + "No new taxes: Mayor\n\n" + last})
    assert changes(story).empty
    story = story_from_texts({"a": kept + last, "b": kept.rstrip() + " " + last})
    assert changes(story)["kind"].tolist() == ["replace"]


def test_no_change_between_two_sentences_told_in_other_words_counts_as_a_fact():
    first = "The port of Elmwick closed on Monday after a storm damaged two of its cranes."
    last = "Ships were sent to the harbour at Brill until the cranes are repaired."
    story = story_from_texts({
        "a": f"{first} Port workers are locked in a pay dispute with the harbour board since May. {last}",
        "b": f"{first.replace('Monday', 'Tuesday')} The harbour board sued port workers over pay a year ago, "
             f"a dispute never settled. {last}"})
    assert align(story)["kind"].tolist() == ["edited", "paraphrase", "identical"]
    frame = changes(story)
    assert frame.loc[frame["fact"], ["text_a", "text_b"]].values.tolist() == [["Monday", "Tuesday"]]
    assert (frame["link"] == "paraphrase").sum() > 1 and (frame["flags"] != "").sum() > 1


def test_a_moved_sentence_told_in_other_words_raises_no_fact_but_one_edited_does():
    first = "The port of Elmwick closed on Monday after a storm damaged two of its cranes."
    rest = ("Ships were sent to the harbour at Brill until the cranes are repaired. "
            "The harbour board expects the repairs to cost about four million pounds.")
    told = "Port workers at Elmwick have been locked in a pay dispute with the harbour board since May 2021."
    retold = "Since May 2021, a pay dispute has pitted the harbour board against its Elmwick port workers."
    edited = told.replace("May", "June")
    for moved, facts in ((retold, []), (edited, [["May", "June"]])):
        story = story_from_texts({"a": f"{first} {told} {rest}", "b": f"{first} {rest} {moved}"})
        assert align(story)["kind"].tolist() == ["identical", "moved", "identical", "identical"]
        frame = changes(story)
        assert frame.loc[frame["fact"], ["text_a", "text_b"]].values.tolist() == facts
        assert (frame["flags"] != "").any()


def test_a_change_of_case_alone_is_a_change_that_raises_no_flag():
    rows = word_diff("The mayor said the plan was right for Elmtown.", "The mayor said the plan was RIGHT for Elmtown.")
    changed = rows[rows["kind"] != "equal"]
    assert changed[["kind", "text_a", "text_b", "flags"]].values.tolist() == [["replace", " right", " RIGHT", ""]]


def test_an_abbreviation_written_without_its_dots_raises_no_flag_but_a_decimal_point_does():
    for a, b in (("The U.S. mission in Elmtown closed.", "The US mission in Elmtown closed."),
                 ("The mission moved to the U.K.", "The mission moved to the UK.")):
        changed = word_diff(a, b).query("kind != 'equal'")
        assert len(changed) == 1 and changed["flags"].tolist() == [""]
    changed = word_diff("The fare rose 3.5 percent.", "The fare rose 35 percent.").query("kind != 'equal'")
    assert changed["flags"].tolist() == ["number"]


def test_a_lone_one_against_no_number_is_a_pronoun_or_article_not_a_changed_number():
    for a, b in (("One said the ferry left early.", "Ann Bell said the ferry left early."),
                 ("The storm felled one oak in Elmtown.", "The storm felled an oak in Elmtown.")):
        assert "number" not in "".join(word_diff(a, b)["flags"])
    for a, b in (("One said the ferry left early.", "Two said the ferry left early."),
                 ("The storm felled one oak.", "The storm felled 1 oak and 2 elms.")):
        assert "number" in "".join(word_diff(a, b)["flags"])


def test_a_name_date_or_number_moved_within_its_sentence_is_no_changed_fact_but_a_new_one_is():
    moved = word_diff("Jo Lee said the ferry to Brill left 12 cars behind on Monday.",
                      "On Monday the ferry to Brill left 12 cars behind, Jo Lee told reporters.")
    assert set(";".join(moved["flags"]).split(";")) - {""} == {"reporting"}
    changed = word_diff("Jo Lee said the ferry to Brill left 12 cars behind on Monday.",
                        "On Tuesday the ferry to Brill left 14 cars behind, Sam Park told reporters.")
    assert {"number", "name", "date"} <= set(";".join(changed["flags"]).split(";"))


def test_a_number_written_with_other_spacing_raises_no_number_flag():
    diff = word_diff("The lift rose at 9mph.", "The lift rose at 9 mph before it stopped.")
    changed = diff[diff["kind"] != "equal"]
    assert changed["flags"].tolist() == [""]
    diff = word_diff("The lift rose at 9mph.", "The lift rose at 7 mph before it stopped.")
    assert "number" in diff[diff["kind"] != "equal"]["flags"].iloc[0]


def test_a_month_written_in_lower_case_is_a_word_not_a_date():
    assert flags(["may"]) == "hedge" and flags(["march"]) == ""
    assert flags(["in", "May"]) == "date;hedge" and flags(["on", "March", "3"]) == "number;date"
