"""Speakers of quotations named as bodies and outlets, on sentences written here: "Un" closing a name is no UN, a
measure before a body's name and a medium noun after an outlet's name are no part of the speaker, "the university"
names the university last named, and a description before a name with a body after "of" keeps the cue beside its
quotation; with the neighbours each rule must leave alone."""

import warnings

import pytest

import newskit as nk
from newskit.speakers import name_forms
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


def test_un_closing_a_name_is_no_un():
    assert name_forms("The leader, Pak Jong Un, met the envoy. Pak left.") == ["Pak Jong Un"]
    assert name_forms("The UN envoy Jo Lee met Al Roe.") == ["Jo Lee", "Al Roe"]


@pytest.mark.parametrize("text, expected", [
    # a surname first: the name written in full before
    ("The country's leader, Pak Jong Un, ordered the test.\n“It is a first step,” the agency quoted Pak as saying.",
     [("Pak Jong Un", "Pak")]),
])
def test_a_name_ending_in_un_is_a_person_named_in_full(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the size of a body before its name
    ("In a statement, the 12-member Elm Council said it was of “great importance” that the talks go on.",
     [("Elm Council", "Elm Council")]),
    # a medium noun after an outlet's name
    ("Aides hid money in a “clever offshore scheme” to avoid tax, according to Le Soir newspaper.",
     [("Le Soir", "Le Soir")]),
    # a medium noun after a description is left alone
    ("A “clever scheme” was used, the local newspaper said.", [("local newspaper", "local newspaper")]),
])
def test_a_measure_before_a_name_and_a_medium_noun_after_it_are_dropped(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the university": the university last named
    ("Reed found breaches at two bodies, among them Delta Corp and the University of Elmton.\n"
     "According to The Elmton Star, the student paper, the university stated that some “50 staff had odd logins.”",
     [("University of Elmton", "university")]),
    # no university named: the description
    ("The university stated that “50 staff had odd logins.”", [("university", "university")]),
])
def test_the_university_is_the_university_last_named(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a description before the name and a body after it: the cue is still beside the quotation
    ("“It is not clear what the test taught them,” rocket expert Tom Bale of the Union of Worried Engineers said.",
     [("Tom Bale", "Tom Bale")]),
    # a clause going on after "and" is still no reporting clause of the quotation
    ("“It is not clear,” and the rocket expert Tom Bale of the Union of Worried Engineers said more.", [("", "")]),
    # an article before a body's name: the body named in full
    ("“It is wrong,” the Elmish Ministry of Science and Technology said.",
     [("Elmish Ministry of Science and Technology", "Elmish Ministry of Science and Technology")]),
])
def test_a_description_before_an_affiliated_name_keeps_the_cue_beside(text, expected):
    assert spoken(text) == expected
