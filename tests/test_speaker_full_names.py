"""A speaker named by a surname alone is given the full name the text writes elsewhere, on sentences written here:
a middle initial without its full stop ("Howard B Fonda"), a hyphenated given name broken by a space ("Jean- Pierre"),
with the neighbours the rules must leave alone."""

import warnings

import pytest

import newskit as nk
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    # a middle initial without a full stop: the surname is the full name's
    ("The head of the panel, Walter K Brandt, opposed the plan early. Brandt told a reporter: “It is a bad idea.”",
     [("Walter K Brandt", "Brandt")]),
    # a capital letter before a surname after no given name is no middle initial
    ("The council adopted Plan B Brandt after a vote. Brandt told a reporter: “It is a bad idea.”",
     [("Brandt", "Brandt")]),
    # a given name written with a space after its hyphen
    ("“The club is full,” said Anne- Marie Dutour, 41. Dutour runs it alone. “We need help,” she says.",
     [("Anne- Marie Dutour", "Anne- Marie Dutour"), ("Anne- Marie Dutour", "she")]),
])
def test_surname_resolves_to_the_full_name(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and" between the two halves of a ministry's portfolio
    ("“Selling place names is wrong,” the Elmland Ministry of Arts and Culture said on Monday.",
     [("Elmland Ministry of Arts and Culture", "Elmland Ministry of Arts and Culture")]),
    # a title opened by "The" inside the sentence
    ("An editorial in The Elm and Oak states that voters “can wait for the count”.",
     [("Elm and Oak", "Elm and Oak")]),
    # two people, the second named after "and": the one next to the cue
    ("The Office of Fair Trading and Jo Lee said the deal was “a fair one”.", [("Jo Lee", "Jo Lee")]),
])
def test_and_inside_a_name_carries_the_subject_on(text, expected):
    assert spoken(text) == expected
