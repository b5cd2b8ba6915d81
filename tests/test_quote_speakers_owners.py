"""Speakers read through who owns or is made to say the words, each on text written here: a quotation between a
name's possessive and a noun of what was said, or in brackets right after a name; a cue after "but" that shares its
subject with a clause declining to comment; the object a verb of causing makes the subject of the cue after "to"; a
company's agent written "a company spokesman"; he/she after a sentence that opens with the view of a person ("To Jo
Lee, ..."); the subjects of a sentence read in the order written; with the neighbours each rule must leave alone."""

import re
import warnings

import pytest

import newskit as nk
from newskit.quote_speakers import _declined_subject, raised_object
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    # a quotation a name's possessive owns as remarks, or set in brackets right after a name
    ('Six union heads wrote a letter that "missed the point," they said, after Tom Vale\'s blunt "try harder" '
     'remarks.', [("Tom Vale", "Tom Vale")]),
    ('Fans were quick to answer: Mia Roe ("We do not need to try harder"), Ann Lee and Al Roe all condemned it.',
     [("Mia Roe", "Mia Roe")]),
    # neighbours: a possessive before a quoted name of a thing, a bracketed quotation after no name
    ('Tom Vale\'s "Big Plan" was passed on Monday, officials said.', [("officials", "officials")]),
    ('The Elm-3 ("comet") rocket flew on Monday, officials said.', [("officials", "officials")]),
])
def test_words_owned_by_a_name(text, expected):
    assert spoken(text)[-1:] == expected


@pytest.mark.parametrize("text, expected", [
    ("Rates rose in June when it agreed to pay. Elmco declined to comment on pending claims but said it is focused "
     "on helping clients “to get through this and giving the best help possible.”", [("Elmco", "Elmco")]),
    ("The leak led the mayor of Dunmore to quit and the governor of Elm to announce: “I have nothing to hide.”",
     [("governor of Elm", "governor of Elm")]),
    ("The storm prompted Governor Jo Lee to warn of “grave danger” ahead.", [("Governor Jo Lee", "Governor Jo Lee")]),
    # neighbour: an object asked to act is not made the speaker
    ("Rain fell. Jo Lee asked Al Roe to say “we are ready.”", [("Jo Lee", "Jo Lee")]),
])
def test_subject_shared_or_raised(text, expected):
    assert spoken(text) == expected


def test_company_spokesman_speaks_for_the_company_named_before():
    text = "Acme Corp. denied any wrongdoing. “We did nothing wrong,” a company spokesman said in a statement."
    assert spoken(text) == [("Acme Corp. spokesman", "company spokesman")]


def test_pronoun_after_a_view_opened_by_a_name():
    text = ("“We could do much more,” Kim Roe-Hale says. To Al Lee, head of the Elm Society, that is unfair because "
            "it singles out the groups his society represents. “It is wrong,” he says.")
    assert [s for s, _ in spoken(text)] == ["Kim Roe-Hale", "Al Lee"]


def test_pronoun_after_an_inverted_cue_reads_the_subjects_in_order():
    text = ("Towns are booming. Robin Vale runs a farm near the port. Vale was caught off guard, says Tomas Brevik, an "
            "economist at Dunmore. He says the reports give a false picture.\n“Most firms were never based here,” he "
            "notes.")
    assert [s for s, _ in spoken(text)] == ["Tomas Brevik"]


def test_cue_after_but_shares_the_subject_declining_to_comment():
    text = "Zorbex declined to comment on pending claims but said it is focused on clients “to get through this.”"
    assert _declined_subject(text, 0, re.search("said", text)) == ("Zorbex", 0, 6)
    text = "Zorbex declined to lower its prices but said it is focused on clients “to get through this.”"
    assert _declined_subject(text, 0, re.search("said", text)) is None


def test_no_object_raised_across_another_infinitive():
    text = "The cold forced him to eat bark and to say “no more.”"
    assert raised_object(text, 0, re.search("say", text)) is None
    text = "The cold forced the guide to say “no more.”"
    assert raised_object(text, 0, re.search("say", text)) == ("guide", 20, 25)


def test_a_body_an_owner_has_speaks_itself():
    text = "The trial ended. Elmland’s criminal court sentenced two men “for taking part in the murder”."
    assert spoken(text)[0][0] == "Elmland’s criminal court"
    # neighbour: a thing an owner has is the owner's
    assert spoken("Acme’s guidelines indicate that “apps may be removed”.")[0][0] == "Acme"


def test_the_company_is_the_one_a_spokesperson_spoke_for():
    text = ("In a statement, Rockroads spokeswoman Liz Eld said their guide was on the flight.\n\n"
            "“Our thoughts are with the families,” the company’s statement said.")
    assert spoken(text)[-1][0] == "Rockroads"
    # neighbour: a spokesman of an institution is no company's
    text = "A White House spokesman said so.\n\n“Our thoughts are with the families,” the company’s statement said."
    assert spoken(text)[-1][0] != "White House"


def test_a_post_after_his_or_her_carries_the_owner_words():
    """"“...,” read her most recent tweet": the woman "her" stands for, not the tweet."""
    text = "As mayor, Jo Lee embraced technology. She joined Twitter in May. \"We rise,\" read her most recent tweet."
    assert [speaker for speaker, _ in spoken(text)] == ["Jo Lee"]
