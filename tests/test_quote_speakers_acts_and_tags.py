"""Speakers of quotations whose nearest verb is an act, not words ("concluded its review", "agreed to settle"); on
text written here, with the neighbours the rule must leave alone."""

import pytest

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
