"""Speakers of quotations read off descriptions, statements and those quoted, each on a sentence written here: a role
after a name and a comma that opens a clause with its reporting verb is no role of that name; "quoting him as saying"
gives the words to him; a statement with no author of its own speaks for the owner whose possessive opens the
quotation; "it" after "The" and one capitalised word opening its sentence before a verb is that body; with the
neighbours each rule must leave alone."""

import warnings

import pytest

import newskit as nk
from newskit.speakers import role_names
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


def test_a_role_opening_a_clause_after_a_name_is_no_role_of_that_name():
    text = "In a talk with Elm Weekly Review, the director said so."
    assert role_names(text, ["Elm Weekly Review"]) == {}
    assert role_names("Jo Lee, the director, said so.", ["Jo Lee"]) == {"director": {"Jo Lee"}}


@pytest.mark.parametrize("text, expected", [
    # the role opens the main clause after an opening phrase naming something else: not that one's role
    ("Jo Marden rode first.\nIn a talk with Elm Weekly Review, the director said he had tested the horse.\n"
     "The director said skipping one more test was “a grave mistake”.", [("director", "director")]),
    # set off by commas after the name, the role is still that name's
    ("Jo Marden, the director, said “the horse was calm”.\n“Ann was nervous about the ride,” the director said.",
     [("Jo Marden", "Jo Marden"), ("Jo Marden", "director")]),
])
def test_role_after_a_name_and_a_comma(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "quoting him as saying": the one quoted, not the magazine
    ("Bo Tench denied the claims. “He regrets nothing,” Tench said in a statement.\n"
     "Ann Rudd said her trainer, Jo Marden, pushed her to ride.\n"
     "Marden pressed her to ride, the magazine said, quoting him as saying, “Go faster or we start over.”",
     [("Bo Tench", "Tench"), ("Jo Marden", "him")]),
    # "was quoted as saying" is left as it was: the subject before
    ("Jo Marden was quoted as saying, “Go faster or we start over.”", [("Jo Marden", "Jo Marden")]),
])
def test_quoting_someone_as_saying(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a statement with no author: the owner whose possessive opens the quotation
    ("Elm Water Ltd. has raised its bid for Acme Pipes Inc. to about $9 billion.\n"
     "The new offer of $12 a share will be Elm Water’s “last and best,” according to a statement Monday.",
     [("Elm Water", "statement")]),
    # the one who spoke in a statement before is still its author
    ("Acme Pipes said in a statement that it would wait.\nThe bid is “far too low,” the statement said.",
     [("Acme Pipes", "statement")]),
    # a statement a company noun describes is the company's, as "the company" would name it
    ("Acme Corp. apologised to two drivers on Friday.\n\n“We regret the delay,” read a company statement.",
     [("Acme Corp.", "company statement")]),
    # "In a statement" opening the clause of the one who gave it out: that one speaks as "the statement" after
    ("A jet turned back on Friday.\n\nIn a statement, Elm Air spokeswoman Jo Lee said the crew was safe.\n\n"
     "“All passengers were rebooked,” the statement said.", [("Jo Lee", "statement")]),
])
def test_statement_spoken_for_by_the_owner_of_the_quotation(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it" after a sentence closed by a body's reporting clause: that body
    ("The launch of the new rocket was watched by Jo Lee, the official Elmland State News Agency reported.\n\n"
     "It “flew over the sea and hit the target”, it said.", [("Elmland State News Agency", "it")]),
    # a person's reporting clause gives "it" no one
    ("The launch of the new rocket was watched by the leader, Jo Lee said.\n\n"
     "It “flew over the sea and hit the target”, it said.", [("it", "it")]),
])
def test_it_after_a_closing_reporting_clause_of_a_body(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title with no name, then the next sentence introduces a full name with a reporting verb: that one
    ("Elmland’s Chief Secretary called the launch “a test”. Ivo Marek condemned it in strong words.",
     [("Ivo Marek", "Elmland’s Chief Secretary")]),
    # a kin noun of a named man, then a new full name that "says": the one introduced
    ("Jo Lee was arrested on Monday. The brother of Jo Lee says he is “stunned” by the news. In a call with the "
     "Elm Post, Al Lee says he cannot explain it.", [("Al Lee", "brother of Jo Lee")]),
    # a name the text wrote before is no one introduced there: the description stays
    ("Ivo Marek arrived. Elmland’s Chief Secretary called the launch “a test”. Ivo Marek condemned it.",
     [("Elmland’s Chief Secretary", "Elmland’s Chief Secretary")]),
])
def test_a_description_naming_no_one_is_the_one_the_next_sentence_introduces(text, expected):
    assert spoken(text) == expected


def test_it_after_the_and_one_capitalised_word_opening_its_sentence_is_that_body():
    text = ('An Elmhaus spokesman warned of a "media attack" on the mayor. The Elmhaus dismissed the claims, '
            'suggesting it was part of what it described as "Elmophobia."')
    assert spoken(text)[1] == ("Elmhaus", "it")
    # neighbour: a noun after the capitalised word makes it a modifier, no body's name
    text = text.replace("The Elmhaus dismissed", "The Elmhaus post mocked")
    assert spoken(text)[1][0] != "Elmhaus"
