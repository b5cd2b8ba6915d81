"""Speakers of quotations given by a passive's agent, the authors of an op-ed, a critic and a reporting verb's subject
over a modal, on sentences written here."""

import pytest

from spoken import spoken


@pytest.mark.parametrize("text, expected", [
    # the agent of a passive that calls the subject the quotation's words
    ("Elm Lens was criticized by civil liberties groups as “a powerful tracking system” for police.",
     [("civil liberties groups", "civil liberties groups")]),
    # an op-ed's authors, counted and described, speak in it and after it
    ("Doctors met.\n\nA Tuesday Elm Post op-ed written by four former health chiefs criticized Governor Jo Lee for "
     "“politicizing medicine.”\n\n“These repeated efforts to undo sound guidelines put lives at risk,” they wrote.",
     [("former health chiefs", "former health chiefs"), ("former health chiefs", "they")]),
    # a critic, not the one criticized
    ("Four former health chiefs criticized Governor Al Roe for “politicizing the work of medicine.”",
     [("Four former health chiefs", "Four former health chiefs")]),
    # criticized for an act whose object holds a term: no speaker
    ("A union boss criticized the organizers for designating a special “safety area” for women.", [("", "")]),
])
def test_agents_authors_and_critics_speak(text, expected):
    assert spoken(text) == expected


def test_a_cue_after_a_modal_in_a_reported_clause_is_no_speaker():
    text = ("In an op-ed on Tuesday, Senator Jo Lee said the world must make clear to Elmland that its acts risked "
            "“swift and lasting costs.”\n\nHe said the government should make clear it could respond “quickly and "
            "firmly,” including with fines.")
    assert [speaker for speaker, _ in spoken(text)] == ["Jo Lee", "Jo Lee"]
