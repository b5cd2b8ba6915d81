"""Speakers named as the copy names them, on sentences written here: a medium that "now reports" a quotation (an
adverb between its name and "reports"), a subject whose capitalised adjective comes before a plural noun of
organisations ("Conservative websites", "Dayton newspapers"), a full name written only after an opening mark
or bracket, an outlet shortened to one word, a document's length, "the aide" after a spokesperson and initials
written together ("J.J. Roe"), with the neighbours each rule must leave alone."""

import warnings

import pytest

import newskit as nk
from cited import cited
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    # a medium's "reports" past an adverb: the medium, not the one its report is about
    ("Tom Reed is a senator from Ohio. The Dayton Post now reports that Reed has already \"been quietly charged by "
     "prosecutors in Ohio.\"", [("Dayton Post", "Dayton Post")]),
    ("Tom Reed is a senator from Ohio. The Dayton Post reports Reed \"has been charged.\"",
     [("Dayton Post", "Dayton Post")]),
    ("Tom Reed is a senator from Ohio. The Dayton Post further reports that Reed \"has been charged.\"",
     [("Dayton Post", "Dayton Post")]),
])
def test_a_medium_that_reports_past_an_adverb_is_the_speaker(text, expected):
    assert spoken(text) == expected


def test_news_reports_are_no_medium_reporting():
    text = "Tom Reed is a senator from Ohio. Fresh news reports that Reed \"has been charged\" spread fast."
    assert [s for s, _ in spoken(text)] != ["news"]
    assert all("Reed" not in s or s == "Tom Reed" for s, _ in spoken(text))


@pytest.mark.parametrize("text, expected", [
    # a capitalised adjective before a plural noun of organisations opens the subject with it
    ("The magazine put Jane Doe on its cover.\n\nConservative websites are crying foul over the cover, with some "
     "saying it makes Doe look \"silly\".", [("Conservative websites", "Conservative websites")]),
    ("Reed backed the plan. Dayton newspapers are angry, saying it makes Reed look \"weak\".",
     [("Dayton newspapers", "Dayton newspapers")]),
    # a name and its verb in -s are left alone
    ("Jo Lee wants a new harbor, saying the old one is \"a mess\".", [("Jo Lee", "Jo Lee")]),
])
def test_a_plural_noun_after_a_capitalised_word_is_part_of_the_subject(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a full name written only inside a quotation or in brackets gives a later surname its full name
    ("“Who is to blame?” said Whitfield on a call with reporters.\n\n“Dana Whitfield owes the city an answer,” Al Roe, "
     "a rival, said in a statement.", [("Dana Whitfield", "Whitfield"), ("Al Roe", "Al Roe")]),
    ("Voters will judge those who would close the port (Dana J. Whitfield) or sell it (Al Roe). “We will see,” "
     "Whitfield said.", [("Dana J. Whitfield", "Whitfield")]),
    # a quoted nickname is no name: the first name still stands for the one named in full
    ("Voters called her “Crooked Dana” and Dana Whitfield laughed. “Dana is fine,” she said.",
     [("Voters", "Voters"), ("Dana Whitfield", "she")]),
])
def test_a_name_after_an_opening_mark_or_bracket_is_read(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a masthead word or a network alone stands for the one outlet the text named in full before
    ("The Dayton Post reported on Monday that Jo Lee had left. The Post said Lee was \"tired of it all.\"",
     [("Dayton Post", "Post")]),
    ("Jo Lee told NBC News that he would run. NBC further notes, \"Lee leads the field.\"", [("NBC News", "NBC")]),
    # two papers closed by the same word: no telling which
    ("The Dayton Post and The Elmton Post reported that Jo Lee had left. The Post said Lee was \"tired of it all.\"",
     [("Post", "Post")]),
])
def test_a_shortened_outlet_is_the_outlet_named_in_full(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the length of a document is no part of the speaker
    ("Jo Lee was charged on Monday. “The plan was to get rich,” the 47-page indictment says.",
     [("indictment", "indictment")]),
    # an age before a person noun is left alone
    ("A 22-year-old man said “no” to the plan.", [("22-year-old man", "22-year-old man")]),
])
def test_a_measure_before_a_description_is_dropped(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the aide" names again the spokesperson introduced for someone
    ("A spokesperson for Jo Lee fired back on Tuesday.\n\n“Lee is one of two farmers in the Senate,” the aide said.",
     [("Jo Lee's spokesperson", "aide")]),
    # a lawyer is no aide
    ("Jo Lee spoke. A lawyer for Al Roe said no. “No,” the aide said.", [("aide", "aide")]),
    # an aide introduced as one is that aide
    ("A spokesperson for Jo Lee spoke. An aide to Al Roe said no. “No,” the aide said.",
     [("Al Roe's aide", "aide")]),
])
def test_the_aide_names_the_staff_agent_introduced_before(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"We are armed," J.J. Roe told reporters. "We are many," Roe said.',
     [("J.J. Roe", "J.J. Roe"), ("J.J. Roe", "Roe")]),
    ('"The war is over," George H.W. Tate said. "Troops come home," Tate added.',
     [("George H.W. Tate", "George H.W. Tate"), ("George H.W. Tate", "Tate")]),
])
def test_initials_written_together_open_a_name_a_surname_later_stands_for(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The U.S. Senate voted. Senator Jo Lee said the bill would pass.", [("Jo Lee", "said")]),
    ("N.J. Gov. Al Roe said the bridge would reopen. Roe said traffic was fine.",
     [("Al Roe", "said"), ("Al Roe", "said")]),
    ("U.N. envoy Kay Bell said the talks would resume.", [("Kay Bell", "said")]),
])
def test_initials_of_a_place_or_body_open_no_name(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Smoke rose over the road. Brit Anna Pellow said: "It was chaos."', [("Anna Pellow", "Anna Pellow")]),
    ('Smoke rose over the road. Eyewitness Jonah Pellow said: "It was chaos."', [("Jonah Pellow", "Jonah Pellow")]),
    ('The vote was lost. PM Mira Tolland said: "We will try again."', [("Mira Tolland", "Mira Tolland")]),
    ('The vote was lost. Canadian Anna Tolland said: "We will try again."', [("Anna Tolland", "Anna Tolland")]),
    # a nationality written as a surname, or opening a body's name, stays
    ('Jets flew low. The Swedish Air Force said: "We were ready."', [("Swedish Air Force", "Swedish Air Force")]),
    ("Two military analysts, Pat Megan and Jo Harman, found in 2014 that the Israeli Air Force is “the best in the "
     "world” and Israeli ground forces are strong.", [("Jo Harman", "Jo Harman")]),
    ('Fans cheered. Dawn French said: "It was lovely."', [("Dawn French", "Dawn French")]),
    ('Swedish Central News Agency said: "We will win."',
     [("Swedish Central News Agency", "Swedish Central News Agency")]),
])
def test_a_role_or_nationality_capitalised_before_a_name_is_no_part_of_it(text, expected):
    assert spoken(text) == expected


def test_a_sentence_adverb_opening_a_sentence_is_no_speaker():
    for opener in ("Separately", "Meanwhile", "Additionally"):
        text = f"{opener}, one of the men issued a video, saying that they had “started it”."
        assert spoken(text) == [("", "")], opener
    assert spoken("Separately, Jo Lee issued a video, saying they had “started it”.") == [("Jo Lee", "Jo Lee")]
