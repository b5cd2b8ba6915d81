"""Speakers of quotations whose nearest verb is an act, not words ("concluded its review", "agreed to settle"), of a
name tag with no verb after a quotation, of a name after an acronym standing as a title ("MVP Lee"), and of the answer
to a question put to a person by name; each on text written here, with the neighbours each rule must leave alone."""

import pytest

from newskit.speakers import first_word_names, name_forms
from spoken import spoken


@pytest.mark.parametrize("text, expected", [
    # "concluded" before a thing it ends, "agreed to" before an act: the reporting verb before it speaks
    ("Acme said the firm it hired, Bellco, has concluded its review and plans to publish the results 'soon.'",
     [("Acme", "Acme")]),
    ("Mayor Jo Lee said that the two towns had agreed to settle the row “in good faith” by May.",
     [("Jo Lee", "Jo Lee")]),
    # the neighbours: a conclusion in words, and words agreed on right after the verb, are given
    ("Acme said the firm it hired, Bellco, has concluded the leak was “a human error.”",
     [("Bellco", "Bellco")]),
    ("Talks ended on Friday, with Elmland and Ostia agreeing to “resume direct flights.”",
     [("Ostia", "Ostia")]),
])
def test_a_verb_read_as_an_act_cues_no_quotation(text, expected):
    assert spoken(text) == expected


def test_a_name_and_title_after_a_quotation_with_no_verb_speak_it():
    text = ("Al Roe pitched the last inning on Tuesday.\n\n"
            "“I think he is tired,” Club Manager Jo Lee. “He has done enough.”\n")
    assert [speaker for speaker, _ in spoken(text)] == ["Jo Lee", "Jo Lee"]


def test_a_name_after_an_acronym_is_the_person_named_in_full():
    text = ("Jo Lee scored twice in the final.\n\n"
            "MVP Lee, who won the cup last year too, said: “It is the best team I have played for.”\n")
    assert [speaker for speaker, _ in spoken(text)] == ["Jo Lee"]
    assert name_forms("Jo Lee won. MVP Lee said so.") == ["Jo Lee"]
    assert name_forms("MVP Lee said so.") == ["MVP Lee"]  # no one else named Lee: the words stay a name
    assert first_word_names(["CNN Tokyo", "Jo Lee"]) == {"Jo": "Jo Lee"}  # an acronym is no given name


def test_a_quotation_after_a_question_put_to_a_person_by_name_is_the_answer():
    text = ("Prices rose again in May.\n\n"
            "Elmpost.com asked Al Roe, an economist at Elm Bank, if prices would fall? “Not soon. They will rise.”\n")
    assert [speaker for speaker, _ in spoken(text)] == ["Al Roe"]
    text = ("Prices rose again in May.\n\nElmpost.com asked Al Roe, an economist, about prices. "
            "“Not soon,” Jo Lee said.\n")
    assert [speaker for speaker, _ in spoken(text)] == ["Jo Lee"]  # a quotation with a cue of its own
