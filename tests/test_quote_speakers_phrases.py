"""Speakers read from the phrase before a cue and from the paragraphs around a quotation, each on text written here: a
name after a dash labelling a digest's quotation, a question's tag before a later quotation of its sentence, a
previous speaker named again between paragraphs, a reporting clause ending in an adverbial, a subject pronoun before
a verb, a cue that is a noun before a participle, a name set off after a description past a role in lower case, a
name after "known as", a term paired by "and" with a cued quotation, "reports" inverted after a quotation; with the
neighbours each rule must leave alone."""

import warnings

import pytest

import newskit as nk
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    # a question's tag whose sentence goes on to a quotation of its own: the tag's speaker for the question
    ("The show aired on Saturday.\n\n“Who can count the states I lost?” Jo Lee asks as a clerk walks in, saying "
     "he is “here to fix the holes.”", [("Jo Lee", "Jo Lee"), ("Jo Lee", "Jo Lee")]),
    # unless a cue leads straight into that later quotation: the question is not its speaker's
    ("The ad aired.\n\n“Jo Lee is here.”\n\n“Will you wait? Until when?” Then an announcer concludes: “We need "
     "strength.”", [("", ""), ("", ""), ("announcer", "announcer")]),
    # a name and a colon after a dash label a digest's quotation: that name, not the subject of the line before it
    ("Polls were wrong.\n\nPollsters agree - Jo Lee: “The lesson was a simple one.”\n\nPolls blamed - Elm Poll: "
     "“Pollsters are taking heat.”\n\nElm Poll is a newsletter.", [("Jo Lee", "Jo Lee"), ("Elm Poll", "Elm Poll")]),
    # a date after a dash is no such label
    ("Polls were wrong.\n\nJo Lee wrote a note - Monday: “The lesson was a simple one.”", [("Jo Lee", "Jo Lee")]),
    # a previous speaker named again in the paragraph between: still the speaker of an uncued quotation
    ("The board met on Monday.\n\nJo Lee told the Elmshire Post his plan was “to go after them” if he wins.\n\n"
     "What that means is left to voters, since Lee spoke only in slogans.\n\n“We have to do something.”",
     [("Jo Lee", "Jo Lee"), ("Jo Lee", "Jo Lee")]),
    # someone else named in the paragraph between: no speaker is guessed
    ("The board met on Monday.\n\nJo Lee told the Elmshire Post his plan was “to go after them” if he wins.\n\n"
     "What that means is left to voters, since Lee and Al Roe spoke only in slogans.\n\n“We have to do something.”",
     [("Jo Lee", "Jo Lee"), ("", "")]),
    # a subject pronoun before a verb: the pronoun, not the pronoun and the verb
    ("The vote is near.\n\nIn those last nights, Jo Lee wrote, she began saying a prayer “over and over again.”",
     [("Jo Lee", "she")]),
    # a cue that is a noun ("a harsh retort") before a participle cue: the clause's subject says it
    ("The vote is near.\n\nJo Lee offered a harsh retort on the radio, tweeting at him, “you are a loser.”",
     [("Jo Lee", "Jo Lee")]),
    ("The vote is near.\n\nJo Lee offered a Roe-style retort on the radio, tweeting at him, “you are a loser.”",
     [("Jo Lee", "Jo Lee")]),
    # a reporting clause after a quotation closed by a comma, then an adverbial: its subject, not the participle's
    ("The vote is near.\n\nHer friends mocked Roe, calling him “a buffoon,” Jo Lee said as she turned around.",
     [("Jo Lee", "Jo Lee")]),
    ("The vote is near.\n\nHer friends mocked Roe, calling him “a buffoon,” Jo Lee said on Monday.",
     [("Jo Lee", "Jo Lee")]),
    # a clause going on after the verb is no reporting clause of the quotation
    ("The vote is near.\n\nHer friends mocked Roe, calling him “a buffoon,” Jo Lee said the plan failed.",
     [("friends", "friends")]),
    # "reports" inverted after a quotation before its capitalised subject; not the plural noun before a verb
    ("The scam is old.\n\n“Such scams are built on sob stories,” reports the Elm Trade Board.",
     [("Elm Trade Board", "Elm Trade Board")]),
    ("The scam is old.\n\n“Such scams are built on sob stories,” reports say.", [("reports", "reports")]),
])
def test_speaker_phrases(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role in lower case before the name set off after a description: the name
    ("Governor Al Roe spoke on Monday.\n\n“It is about time,” said Roe’s introducer, actress Ann Lee.",
     [("Ann Lee", "Ann Lee")]),
    ("“We are ready,” said the club’s founder, retired teacher Jo Bloggs.", [("Jo Bloggs", "Jo Bloggs")]),
    # no name after the roles: the description stays the speaker
    ("“We are ready,” said the club’s founder, a teacher.", [("club’s founder", "club’s founder")]),
])
def test_appositive_name_after_roles_in_lower_case(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the name after "known as" or "identified only as" that ends a description: the speaker
    ("Governor Al Roe spoke on Monday.\n\n“There never was an order,” said the station chief known as Bob, speaking "
     "for the first time.", [("Bob", "Bob")]),
    ("“There never was an order,” said a guard identified only as Tom.", [("Tom", "Tom")]),
    # no name after "as": the description stays
    ("“There never was an order,” said a man known as the Fixer.", [("man known", "man known")]),
])
def test_name_a_description_is_known_as(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a slogan-like term paired by "and" with the cued quotation before it: the same speaker
    ("Al Roe was jailed in May. As his first trial ended, he shouted: “Long Live Elmland!” and “Down With Jo "
     "Lee!”—and that began the new case.", [("Al Roe", "he"), ("Al Roe", "he")]),
    # terms paired after one with no cue of its own stay unspoken
    ("Al Roe said “yes.” The “Fair Deal” and “New Start” plans passed.", [("Al Roe", "Al Roe"), ("", ""), ("", "")]),
])
def test_term_paired_with_a_cued_quotation(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "found" closing a quotation's sentence tags it: the finders speak
    ("The plan failed.\n\n“Costs remain high across the region,” the researchers found.",
     [("researchers", "researchers")]),
    # "found" with an object of its own tags nothing: the cue before the quotation stays
    ("The plan failed.\n\nIn what Jo Lee called “a first for the city”, her team found mould in the vents.",
     [("Jo Lee", "Jo Lee")]),
    # a relative clause set off by commas between the name and the cue: the name's words
    ("The bill passed.\n\n“We cannot trust them,” Rep. Jo Lee (D-Ohio), who is sponsoring the bill, told the Ledger.",
     [("Jo Lee", "Jo Lee")]),
    # a relative clause on the quotation's words just after it, closed by a comma: the long subject after it speaks
    ("A plane crashed.\n\n“The government regrets the deaths of ten passengers in the accident,” which occurred in "
     "the country’s far north, Elmian President Ana Ruiz said.", [("Ana Ruiz", "Ana Ruiz")]),
    # "can be heard saying": the subject before speaks, as in "is heard saying"
    ("Fireworks lit the bay.\n\n“That is not supposed to happen,” a spectator can be heard saying in a video.",
     [("spectator", "spectator")]),
])
def test_closing_tags_found_relative_and_heard(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname the text gives in full before a body after "of": the full name
    ("Rahul Deo, a partner at Elmfund, spoke.\n\n“Risk is high,” said Deo of Elmfund.",
     [("Rahul Deo", "Deo of Elmfund")]),
    # a long name after a role counts as one word of the subject: the whole description
    ("The storm ended.\n\nThe event organiser for the NYE Lakeside Music Festival said the night “was truly amazing”.",
     [("event organiser for the NYE Lakeside Music Festival", "event organiser for the NYE Lakeside Music Festival")]),
    # he after a sentence opening on a role and naming no one: that role, not a person named before
    ("Jo Lee was tried in May.\n\nThe secretary of one of the judges testified. He said Lee was “very loud.”",
     [("secretary", "He")]),
    # she after a role of the other gender: not that role
    ("Jo Lee was tried in May.\n\nThe chairman of the court testified. She said it was “very loud.”",
     [("Jo Lee", "She")]),
    # a term paired by "and" with a cued one after the words finishing its phrase: the same speaker
    ("The plan failed.\n\nJo Lee said the “patchwork approach” to enforcement and “structural gaps” in it hurt.",
     [("Jo Lee", "Jo Lee"), ("Jo Lee", "Jo Lee")]),
    # the paragraph after a question someone was asked: the one asked answers
    ("Jo Lee was tried.\n\n“How did that make you feel?” the prosecutor asked Al Roe.\n\n“Nothing at all.”",
     [("prosecutor", "prosecutor"), ("Al Roe", "Al Roe")]),
])
def test_named_described_paired_and_asked(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the body after "of" and an apposition set off by commas describe the name, as near to the cue as the name
    ("Mia Tan spoke.\n\n“The plan would seem to be a bit of a stretch for the city,” Al Roe of the Elm Center for "
     "Nuclear Arms Control Studies wrote in May.", [("Al Roe", "Al Roe")]),
    ("Mia Tan spoke.\n\n''In every race there are stories - 'Oh, men won't vote for him,''' Al Roe, a former "
     "political director of the Elm League and a union organizer, wrote in an email.", [("Al Roe", "Al Roe")]),
    # neighbour: an office before "of" is no name the body describes
    ("Mia Tan spoke.\n\n“‘Paper tiger,'” Secretary of State Al Roe responded.", [("Al Roe", "Al Roe")]),
])
def test_name_described_before_a_cue_after_the_quotation(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a document read after an inverted cue or "according to": its author speaks, as the attributions credit it
    ("Greens hated the deal. “Utilities will get paid for keeping old plants idle,” noted a 2013 report by the Elm "
     "Institute.", [("Elm Institute", "Elm Institute")]),
    ("Greens hated the deal. According to an analysis by the Harlow Policy Center, utilities “will get paid for "
     "keeping old plants idle.”", [("Harlow Policy Center", "Harlow Policy Center")]),
    # a source after the cue that is no document keeps its words
    ("Greens hated the deal. “Utilities will get paid for keeping old plants idle,” noted the Elm Institute.",
     [("Elm Institute", "Elm Institute")]),
])
def test_document_after_a_cue_speaks_for_its_author(text, expected):
    assert spoken(text) == expected
