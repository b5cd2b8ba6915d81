"""Speakers of quotations in shapes met on real news pages, each on a sentence written here: someone writing in a
medium named after its noun; with the neighbours each rule must leave alone."""

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
