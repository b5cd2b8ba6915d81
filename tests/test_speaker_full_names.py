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
