"""Positions declared in words (:data:`~newskit.text.lexicon.DECLARING_VERBS`: "apologized", "derided", "assured
... that"; :data:`~newskit.text.lexicon.COMMITTING_VERBS`: "threatened to") credit a named subject, and only a named
one, in a clause that says the act was done (no modal or "to" before the verb). Every text is written here to mimic
a pattern."""

import warnings

import pytest

import newskit as nk
from cited import cited

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, source, cue", [
    ("Ama Okafor threatened to veto the harbor levy.", "Ama Okafor", "threatened"),
    ("Ben Marsh apologized for the ferry delays on Monday.", "Ben Marsh", "apologized"),
    ("Ama Okafor derided the toll as a tax on farmers.", "Ama Okafor", "derided"),
    ("The Harbor Trust assured members that the pier was safe.", "Harbor Trust", "assured"),
    ("Ben Marsh repeatedly assailed the council over the levy.", "Ben Marsh", "assailed"),
    ("Ben Marsh opened the pier. He bragged that the ferry ran on time.", "Ben Marsh", "bragged"),
])
def test_a_named_subject_declaring_a_position_is_a_source(text, source, cue):
    assert (source, cue) in cited(text)


@pytest.mark.parametrize("text", [
    "A winter storm threatened the harbor towns.",
    "Rising tolls threaten the ferry service.",
    "Many owners apologized to the council.",
    "Ben Marsh could threaten to close the pier.",
    "Ama Okafor is expected to apologize on Friday.",
])
def test_no_named_subject_or_a_hypothetical_act_credits_nobody(text):
    assert cited(text) == []


def test_a_threat_is_words_only_before_to_or_that():
    assert cited("Ben Marsh threatened to close the pier.") == [("Ben Marsh", "threatened")]
    assert cited("Ben Marsh threatened that the pier would close.") == [("Ben Marsh", "threatened")]
    assert cited("The Harbor Board is threatening the ferry service.") == []


@pytest.mark.parametrize("text, source, cue", [
    ("The Harbor Trust cited new tide figures showing a rise in floods.", "Harbor Trust", "cited"),
    ("Ben Marsh reminded voters that the pier had closed twice.", "Ben Marsh", "reminded"),
    ("Ben Marsh extols the ferry as a model for the coast.", "Ben Marsh", "extols"),
])
def test_citing_reminding_and_extolling_credit_a_named_subject(text, source, cue):
    assert (source, cue) in cited(text)


@pytest.mark.parametrize("text", [
    "Ben Marsh reminds me of a houseguest who will not leave.",
    "The old pier reminded them of the storm.",
    "The Harbor Index cited in the ferry study was old.",
    "Opponents of letting ships into the Elm Bay cite the floods of last spring.",
])
def test_a_likeness_or_a_subject_named_by_no_one_credits_nobody(text):
    assert cited(text) == []


def test_a_pointing_verb_is_no_cue_of_a_quoted_phrase_beside_it():
    story = nk.story_from_texts({"a": "Harbor towns count the cost.\n\nResidents cite 'safety' as the main worry."})
    assert list(nk.quotes(story)["kind"]) == ["scare"]
