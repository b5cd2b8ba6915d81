"""A source's stated view written as a noun after its possessive credits its owner; a view held ("believes", "hopes
to", "endorsed") is an attribution of its own kind, a view, when a name or "he"/"she" holds it, and of no one after
a modal or "to", in -ing or when negated; and words that must not become a source: the cue words of an election
count ("pledged delegates", "precincts reporting") or a noun "mention". Every text is written here to mimic
a pattern."""

import warnings

import pytest

import newskit as nk
from cited import cited

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, source, cue", [
    ("The council weighed Ama Okafor's argument that the toll was unfair.", "Ama Okafor", "argument"),
    ("Ben Marsh's position on the levy has not changed.", "Ben Marsh", "position"),
])
def test_a_view_credits_its_holder(text, source, cue):
    assert (source, cue) in cited(text)


@pytest.mark.parametrize("text, source, cue", [
    ("Ama Okafor believes the ferry count was wrong.", "Ama Okafor", "believes"),
    ("Ben Marsh hopes to reopen the pier by spring.", "Ben Marsh", "hopes"),
    ("The Dockworkers Union endorsed Ama Okafor last summer.", "Dockworkers Union", "endorsed"),
    ("Ama Okafor decided not to seek a third term on the harbor board.", "Ama Okafor", "decided"),
    ("Ben Marsh sees the ferry vote as a test of the new levy.", "Ben Marsh", "sees"),
    ("The Harbor Trust considered the pier repairs too costly.", "Harbor Trust", "considered"),
    ("The Dockworkers Union backed Ama Okafor in the ferry race.", "Dockworkers Union", "backed"),
])
def test_a_view_held_is_an_attribution_of_its_own_kind(text, source, cue):
    assert cited(text) == [(source, cue)]
    story = nk.story_from_texts({"a": text, "b": f"{source} said the pier was safe."})
    roles = nk.compare_sources(story).query("source == @source").groupby("role")["mentions"].sum().to_dict()
    assert roles == {"view": 1, "source": 1}


@pytest.mark.parametrize("text, source, cue", [
    ("Ben Marsh said Ama Okafor believes the count was wrong.", "Ben Marsh", "said"),
    ("Ama Okafor hopes to win, a harbor poll finds.", "harbor poll", "finds"),
    ("Ama Okafor hopes to reopen the pier by “late spring,” Ben Marsh said.", "Ben Marsh", "said"),
    ('Ama Okafor believes the pier is "unsafe," Ben Marsh said on Monday.', "Ben Marsh", "said"),
    ("The board met Ben Marsh, who endorsed the toll last year.", None, None),
    ("Ben Marsh met Ama Okafor and listed the pier repairs he hopes to see by May.", None, None),
    ("Ama Okafor has kept quiet about the ferry route she prefers.", None, None),
])
def test_a_view_inside_another_report_or_a_relative_clause_cites_no_holder(text, source, cue):
    assert cited(text) == ([(source, cue)] if source else [])


@pytest.mark.parametrize("text", [
    "Ama Okafor met the mayor and she hopes to win.",
    "Ama Okafor met the mayor because she hopes to win.",
    "Ama Okafor spoke. After the long vote she hopes to rest.",
])
def test_a_holder_after_a_phrase_and_a_conjunction_or_opening_the_sentence_holds_the_view(text):
    assert cited(text) == [("Ama Okafor", "hopes")]


@pytest.mark.parametrize("text, cited_pair", [
    ("Ama Okafor, who endorsed Ben Marsh in early June and said she would tour with him, stayed home.",
     ("Ama Okafor", "said")),
    ("Ben Marsh, who prefers the old ferry to the new one and said so twice, voted no.", ("Ben Marsh", "said")),
])
def test_a_view_with_an_object_in_a_relative_clause_keeps_the_subject_of_the_next_verb(text, cited_pair):
    assert cited_pair in cited(text)


def test_a_view_reporting_a_clause_in_a_relative_clause_still_stops_the_subject():
    text = "Ama Okafor, who believes the captain lied and said so, spoke."
    assert ("Ama Okafor", "said") not in cited(text)


@pytest.mark.parametrize("text", [
    "Many voters believe the ferry count was wrong.",
    "Ben Marsh could endorse the levy next year.",
    "Ama Okafor, hoping to reopen the pier, met the board.",
    "The council debated Ama Okafor's proposed toll.",
    "Her two proposed bills failed in the council.",
    "It is unclear whether Ben Marsh would ever endorse the plan.",
    "The mayor plans a new pier and hopes for calm.",
    "Ben Marsh is widely considered the favorite for the harbor seat.",
    "Ama Okafor may decide to run again next spring.",
    "Ferry riders see little change at the pier.",
    "No damages were sought by the ferry owners.",
    "Ama Okafor has won 312 pledged delegates so far.",
    "With 90 percent of precincts reporting, Ama Okafor led the count.",
    "His speech made no mention of the ferry strike.",
])
def test_no_view_source(text):
    assert cited(text) == []


def test_an_adverb_between_the_subject_and_the_cue_is_no_part_of_it():
    assert cited("Harbor residents now say the pier is safe.") == [("Harbor residents", "say")]
    assert cited("Ama Okafor later said the pier was safe.") == [("Ama Okafor", "said")]


def test_a_negated_cue_with_an_adverb_credits_nobody():
    assert cited("Ama Okafor never publicly endorsed the toll.") == []
    assert cited("The board did not directly criticize the clerk.") == []


def test_always_ever_and_sometimes_are_adverbs_before_a_cue():
    assert cited("The harbor board has always denied the claim.") == [("harbor board", "denied")]
    assert cited("Ama Okafor sometimes added figures to her posts.") == [("Ama Okafor", "added")]


def test_a_cue_word_after_no_or_any_is_no_verb():
    assert cited("There is no question that the pier is unsafe.") == []
    assert cited("So far there have been no reported delays at the pier.") == []


def test_the_one_who_asks_is_a_source():
    assert ("host", "asked by") in cited("Ama Okafor was asked by the host whether she would run.")
    assert cited("Ben Marsh asked the mayor about the pier.") == [("Ben Marsh", "asked")]
    assert cited("Ben Marsh was asked to leave the pier.") == []


def test_calling_someone_a_name_credits_the_caller():
    assert cited("On the radio, Ama Okafor called Ben Marsh “reckless.”") == [("Ama Okafor", "called")]
    assert cited("Ben Marsh called it ''a farce.''") == [("Ben Marsh", "called")]
    assert cited("Ama Okafor called Ben Marsh on Friday.") == []
    assert cited("Harbor pilots call it the slow season.") == [("Harbor pilots", "call")]
    assert cited("Let's call it a day. The pilots would call it a storm.") == []


def test_a_word_opening_the_sentence_is_no_part_of_an_owner():
    assert cited("Despite Ama Okafor's promises, the pier stayed shut.") == [("Ama Okafor", "promises")]


@pytest.mark.parametrize("text, expected", [
    ("Everyone believes the ferry count was wrong.", []),
    ("Nobody believes the ferry count.", []),
    ("Ohio endorsed Ben Marsh in the last race.", []),
    ("The Harbor Trust backed off after the vote.", []),
    ("Ben Marsh sees the vote as a test. Ama Okafor sees off every challenger.", [("Ben Marsh", "sees")]),
])
def test_a_subject_holding_no_view_or_a_phrasal_verb_holds_no_view(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, source, cue", [
    ("Ama Okafor, who chaired the harbor board for a decade, hopes the ferry will run by May.", "Ama Okafor", "hopes"),
    ("Ben Marsh, a pilot who has worked the pier for years, believes the count was wrong.", "Ben Marsh", "believes"),
])
def test_a_view_after_a_relative_clause_closed_by_a_comma_is_the_subjects(text, source, cue):
    assert cited(text) == [(source, cue)]


@pytest.mark.parametrize("text, source, cue", [
    ("Ama Okafor opposes the new toll on the ferry.", "Ama Okafor", "opposes"),
    ("The Harbor Trust supported the pier repairs last year.", "Harbor Trust", "supported"),
    ("Ben Marsh, who lost the vote in May, supports a lower fare for pilots.", "Ben Marsh", "supports"),
])
def test_support_and_opposition_are_views_held(text, source, cue):
    assert cited(text) == [(source, cue)]
    story = nk.story_from_texts({"a": text, "b": f"{source} said the pier was safe."})
    roles = nk.compare_sources(story).query("source == @source").groupby("role")["mentions"].sum().to_dict()
    assert roles == {"view": 1, "source": 1}


@pytest.mark.parametrize("text", [
    "The pier was quiet. Ama Okafor never endorsed the new toll.",
    "The pier was quiet. Pilots overwhelmingly oppose the toll, a new NBC/Harbor poll finds.",
])
def test_a_view_never_held_or_inside_what_a_poll_finds_cites_no_holder(text):
    assert [cue for _, cue in cited(text) if cue in ("endorsed", "oppose")] == []


@pytest.mark.parametrize("text, expected", [
    ("Ben Marsh hopes to reopen the pier by spring.", [("Ben Marsh", "hopes")]),
    ("The Harbor Trust's ambitious Asian hopes faded.", []),
    ("Ama Okafor's Central Asian hopes faded.", []),
])
def test_a_verb_form_after_an_owner_and_its_adjectives_is_a_noun(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, source, cue", [
    ("The Harbor Trust endorsed Ama Okafor at a rally, calling her a friend.", "Harbor Trust", "endorsed"),
    ("Ben Marsh backed Ama Okafor at a rally in Elmford, the old port, calling her a friend.", "Ben Marsh", "backed"),
])
def test_a_view_before_a_participle_of_its_holder_is_still_held(text, source, cue):
    assert cited(text) == [(source, cue), (source, "calling")]


@pytest.mark.parametrize("text, expected", [
    ("Ama Okafor plans to reopen the pier by spring.", [("Ama Okafor", "plans")]),
    ("The Harbor Trust planned a fair on the pier for May.", []),
])
def test_a_plan_is_a_view_held_only_before_to(text, expected):
    assert cited(text) == expected
