"""Speakers of quotations in shapes met on real news pages, each on a sentence written here: someone writing in a
medium named after its noun, a verb joined by "and" in a clause of time; with the neighbours each rule must leave
alone."""

import warnings

import pytest

import newskit as nk
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    # the name after a medium's noun is where the one before writes, not the speaker
    ("The plan drew scorn, and a commentator in the left-wing weekly Elm Review said it was “a farce.”",
     [("commentator", "commentator")]),
    ("As one user on the cycling forum SpokeTalk put it: “Never again.”", [("user", "user")]),
    # a role before the preposition keeps the whole phrase, as before
    ("A blogger on the Web site Elm Report said it was “a farce.”",
     [("blogger on the Web site Elm Report", "blogger on the Web site Elm Report")]),
])
def test_a_writer_in_a_named_medium_speaks(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it" opens the sentence: the verb joined by "and" is the subject's of the clause "when" opens
    ("It was past midnight when the pilot came back on the radio and said: “We are turning around.”",
     [("the pilot", "the pilot")]),
    # a person opens the sentence: the verb joined by "and" stays the person's
    ("Jo Lee waited at the gate until the pilot came back and said: “We are turning around.”",
     [("Jo Lee", "Jo Lee")]),
])
def test_a_verb_joined_by_and_in_a_clause_of_time(text, expected):
    assert spoken(text) == expected
