"""Speakers of quotations through a participle's own subject after a "with" set off by a comma ("..., with Jo Lee,
the union's head, saying"), a party's member after a quotation opening its paragraph ("the Ohio Republican" for the
legislator the paragraph before opens with), "the lawyer" for the one person cited in the sentence before whom the
text set off as an attorney, a name set off after "one of" a group before an inverted cue ("“...,” one of the
speakers, TV host Jo Lee, told"), and no digits of a number grouped by a comma ("1,000") read as a participle's
subject; with the neighbours each rule must leave alone."""

import pytest

from spoken import spoken


@pytest.mark.parametrize("text, expected", [
    # "with" set off by a comma before the participle's subject: that subject speaks
    ("Other members were blunter, with Jo Lee, head of the Elm Rowing Union, saying: “The ruling is unfair to all.”",
     [("Jo Lee", "Jo Lee")]),
    # "with" as a verb's preposition, no comma before it: the clause's subject speaks
    ("Ann Roe met with Jo Lee, saying: “We agree on every point now.”", [("Ann Roe", "Ann Roe")]),
])
def test_a_participles_own_subject_after_with(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's member after a quotation opening its paragraph: the legislator the paragraph before opens with
    ("Rep. Jo Lee, chairman of the House Elm Committee, challenged the group's story with a list of bills.\n\n"
     "“I look forward to more research in the state,” the Ohio Republican said in a statement.",
     [("Jo Lee", "Ohio Republican")]),
    # a sentence naming another party's member: no guess
    ("Rep. Jo Lee, a Democrat, challenged the group's story with a list of bills.\n\n"
     "“I look forward to more research in the state,” the Ohio Republican said in a statement.",
     [("Ohio Republican", "Ohio Republican")]),
])
def test_a_party_member_after_a_quotation_opening_its_paragraph(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one person cited in the sentence before, set off as an attorney: "the lawyer"
    ("Jo Lee, an attorney for the family, saw the tape.\n\nAl Roe fell in the night, Lee said.\n\n"
     "The lawyer said the town had been warned, “and no one came to help.”", [("Jo Lee", "lawyer")]),
    # no such apposition: no one
    ("Jo Lee, the mayor, saw the tape.\n\nAl Roe fell in the night, Lee said.\n\n"
     "The lawyer said the town had been warned, “and no one came to help.”", [("lawyer", "lawyer")]),
])
def test_the_lawyer_set_off_as_an_attorney_and_cited_before(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("“Lawmakers are ignoring the science of the sea,” one of the event's speakers, TV host and writer Jo Lee, told "
     "a crowd from a stage.", [("Jo Lee", "Jo Lee")]),
    ("“Lawmakers are ignoring the science of the sea,” one of the speakers told a crowd.", [("speakers", "speakers")]),
])
def test_a_name_set_off_after_one_of_a_group_before_an_inverted_cue(text, expected):
    assert spoken(text) == expected


def test_a_comma_grouping_digits_ends_no_clause_before_a_participle():
    text = ("Elm Resorts owns the hotel. The company filed complaints against more than 1,000 victims in federal "
            "courts, arguing that the lawsuits should \"be dismissed.\"")
    assert spoken(text)[0][0] not in {"1", "000"}
    assert spoken("Jo Lee wrote to more than 2,500 residents, saying the road would \"close for a year.\"") == [
        ("Jo Lee", "Jo Lee")]
