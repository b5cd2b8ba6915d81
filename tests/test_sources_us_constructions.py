"""Source constructions common in US political copy, each on text written here to mimic the pattern: a plural
finding verb ("polls show"), a name joined to the group it belongs to ("Jo Lee and other Republicans"), a kind
of body written before its name ("the super PAC Harbor Future") and a speaker seen in a recording ("is shown
saying"); with the neighbours each rule must leave alone."""

import warnings

import pytest

import newskit as nk
from cited import cited

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    ("Recent polls show the levy losing support along the coast.", [("Recent polls", "show")]),
    ("Ferry operators said studies show that tolls cut traffic.", [("Ferry operators", "said"), ("studies", "show")]),
    ("Dana Whitfield and other Republicans have criticized the levy as wasteful.",
     [("Dana Whitfield", "criticized"), ("Republicans", "criticized")]),
    ("Harbor Future and other groups said the levy was unfair.", [("Harbor Future", "said"), ("groups", "said")]),
    ("The clip was posted online by the conservative super PAC Harbor Future on Monday.",
     [("Harbor Future", "posted online by")]),
    ("Mayor Dana Whitfield spoke at the pier. In the new ad, Ms. Whitfield is shown saying the ferry will return.",
     [("Dana Whitfield", "saying")]),
])
def test_us_copy_constructions(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("The council will show the plan to residents on Friday.", "show"),      # a verb with no finding subject
    ("In the ad, the bridge is shown collapsing into the bay.", "shown"),    # a participle is never the source
    ("The mayor and other officials said the levy was unfair.", "mayor"),    # no name before "and other"
    ("Pacific Harbor Lines said the levy was unfair.", "Harbor Lines"),      # "Pac..." is no label
])
def test_us_copy_constructions_leave_neighbours(text, absent):
    assert absent not in [source for source, _ in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("Ferry fares will rise next year, said Dana Whitfield, a transit analyst.", [("Dana Whitfield", "said")]),
    ("The levy hurts harbor towns most, said a spokesman for the ferry union.",
     [("spokesman for the ferry union", "said")]),
    ("The toll is too high, says Omar Petrov in an interview.", [("Omar Petrov", "says")]),
    ("''The toll is too high,'' said Omar Petrov, a ferry captain.", [("Omar Petrov", "said")]),
    ("Part of the delay, say economists like Dana Whitfield, is the old pier.", [("Dana Whitfield", "say")]),
    ("The toll is too high, say analysts.", [("analysts", "say")]),
])
def test_an_inverted_cue_after_a_comma_or_plain_text_quote_marks_names_who_follows(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("She hosts a radio show, writes a weekly column and runs a shop.", "weekly column"),  # the verb's object
    ("The mayor praised the crew, blamed the storm for the delay and left.", "storm"),
    ("The plan, said to cost millions, was dropped.", "cost"),
])
def test_a_verb_after_a_comma_with_an_object_is_no_inverted_cue(text, absent):
    assert absent not in [source for source, _ in cited(text)]



@pytest.mark.parametrize("text, expected", [
    ("Dana Whitfield, a delegate from Dover, Delaware, said the ferry should stay.", [("Dana Whitfield", "said")]),
    ("Omar Petrov, whose firm, Harbor Lines, runs the ferry, said the toll was fair.", [("Omar Petrov", "said")]),
    ("Similarly, Omar Petrov, a ferry captain, said the toll was fair.", [("Omar Petrov", "said")]),
])
def test_a_name_opening_the_sentence_is_the_source_past_what_its_commas_set_off(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hours later, Dana Whitfield thanked the crew, telling reporters the ferry would return.",
     [("Dana Whitfield", "telling")]),
    ("For months, Omar Petrov has stayed out of the fight, arguing the toll was not his to set.",
     [("Omar Petrov", "arguing")]),
    ("Omar Petrov, the Democratic ferry captain from Dover, went on the radio, accusing the mayor of lying.",
     [("Omar Petrov", "accusing")]),
])
def test_a_participle_after_a_comma_cites_the_subject_after_an_opening_phrase(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dana Whitfield campaigned in Portsmouth, N.H., on Monday, saying the ferry would return.",
     [("Dana Whitfield", "saying")]),
    ("Omar Petrov spoke in Dayton, Ohio, arguing the toll was fair.", [("Omar Petrov", "arguing")]),
    ("Dana Whitfield sued the club, Harbor FC, on Monday, saying the fees were too high.",
     [("Dana Whitfield", "saying")]),
    ("Ada Brill spoke at the pier, later telling reporters the boats were late.", [("Ada Brill", "telling")]),
])
def test_a_participle_after_a_comma_cites_the_clause_subject_not_a_phrase_set_off_before_it(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "Leading harbor engineers spoke about the pier, saying the tide will rise.",
    "Notices gave way to posters, writing on the walls of the pier is banned and the boats are late.",
])
def test_a_participle_after_a_comma_cites_no_word_that_opens_no_subject(text):
    assert cited(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The toll vexed Whitfield. Whitfield refused to name a date, adding that the ferry would return.",
     [("Whitfield", "adding")]),
    ("The Harbor Guild has backed the toll, saying the pier needs repairs.",
     [("Harbor Guild", "backed"), ("Harbor Guild", "saying")]),
    ("The toll angered Islanders. Islanders sued the county, arguing the toll was unlawful.",
     [("Islanders", "arguing")]),
])
def test_a_participle_after_a_comma_cites_a_one_word_or_group_name_before_a_finite_verb(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("Crew member Flea shared the news online, writing that the ferry was late.", "Crew"),  # "member": no verb
    ("Shortly after the vote the crew left the pier, saying it was over.", "Shortly"),      # an adverb, no name
])
def test_a_participle_after_a_comma_cites_no_name_before_a_word_that_is_no_verb(text, absent):
    assert absent not in [source for source, _ in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("Petrov's son, Grant, defended his father on Monday, saying the toll was fair.", [("Grant", "saying")]),
    ("Two captains, Dana Whitfield and Omar Petrov, challenged the toll, arguing it was unfair.",
     [("Dana Whitfield", "arguing"), ("Omar Petrov", "arguing")]),
    ("The crowd waited on Friday, with Rep. Dana Whitfield, D-Del., urging the mayor to act.",
     [("Dana Whitfield", "urging")]),
])
def test_a_participle_after_a_comma_keeps_a_name_set_off_in_the_subject(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Judge Dana Whitfield delayed the ruling but said the toll could return.", [("Dana Whitfield", "said")]),
    ("Omar Petrov used to back the toll, but now said it was unfair.", [("Omar Petrov", "said")]),
])
def test_a_cue_after_but_cites_the_subject_of_the_first_verb(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("Dover showed an odd but promising mood for the ferry.", "Dover"),           # an adjective after "but"
    ("Harbor Times columnist Ada Brill was wary of the toll but wrote that it worked.", "Harbor Times"),
])
def test_a_cue_after_but_cites_no_subject_without_a_verb_after_it(text, absent):
    assert absent not in [source for source, _ in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("“The ferry must run,” Ms. Whitfield said by telephone on Monday.", [("Whitfield", "said")]),
    ("Omar Petrov said by email that the toll was written by aides.", [("Omar Petrov", "said"), ("aides", "written by")]),
])
def test_a_cue_before_by_and_a_channel_is_no_passive(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name holding "and", read before the cue and after "according to"
    ("The Elm and Oak Administration said the drug was safe.", [("Elm and Oak Administration", "said")]),
    ("It was safe, according to the Department of Elm and Oak Services.",
     [("Department of Elm and Oak Services", "according to")]),
    ("It was safe, according to the National Institute for Elm Safety and Health.",
     [("National Institute for Elm Safety and Health", "according to")]),
    # two sources: an acronym, a place, a person before "and"
    ("The IRS and Treasury Department announced it.", [("IRS", "announced"), ("Treasury Department", "announced")]),
    ("It was safe, according to Elmland and Oak Commission.",
     [("Elmland", "according to"), ("Oak Commission", "according to")]),
    ("A spokesman for Elmco and Oakco said it.", [("Oakco", "said")]),
    # a site's name closing a sentence: the next sentence's first word is no name set beside it
    ("Elm sources said so, quoted by elmnews.com. According to a report, it was.",
     [("Elm sources", "said"), ("elmnews.com", "quoted by"), ("report", "according to")]),
])
def test_a_bodys_name_holding_and(text, expected):
    assert cited(text) == expected
