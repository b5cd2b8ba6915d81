"""Speakers read from what a line or a clause is, on sentences written here: a quotation "begun" or "read" by its
source after it, a quotation tagged after it in a sentence that has a speaker already, a clause set against a
quotation after it ("while ... said"), the topic after a speaker's noun ("the site regarding the outage"), a
participle after a subordinate clause, a subject led by "any", a cue in a condition, a profile's heading line
before an uncued quotation, a link heading ("Related Stories") that is no person, a pull quote signed on its last
line; with the neighbours each rule must leave alone."""

import warnings

import pytest

import newskit as nk
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    # "began" after a quotation is its tag, as "continued" is
    ("Comedian Paul Darby took aim at the mayor.\n\n“The city sent a tough message,” he began.",
     [("Paul Darby", "he")]),
    # "began" in a clause before a participle cue reports nothing: the participle's subject is the clause's
    ("Dan Hollis testified that his marriage had ended long before his friendship with Ann Marsh began, saying, "
     "“My marriage was over” by then.", [("Dan Hollis", "Dan Hollis")]),
    # a document's words "read" after the quotation
    ("Harbor Works apologised on Monday.\n\n“We are focused on the safety of our neighbours,” the statement read.",
     [("statement", "statement")]),
    # "read" before a quotation is no cue: what is read is often a sign that an outlet reports
    ("According to the Daily Star, a road sign read, “Buckle up.”", [("Daily Star", "Daily Star")]),
    # a clause set against a quotation is the next quotation's, not a tag of the one before
    ("One small paper ran the headline, “The town weeps,” while the Evening Courier said it was “shocked.”",
     [("", ""), ("Evening Courier", "Evening Courier")]),
    ("“We will win,” Jo Lee said, while Al Roe said it was “far too early.”",
     [("Jo Lee", "Jo Lee"), ("Al Roe", "Al Roe")]),
    # a participle after a clause opened by a conjunction hangs from the main clause, not the subordinate one
    ("Jo Lee left the firm in May when her contract ended, saying “it was time.”", [("Jo Lee", "Jo Lee")]),
    ("Earlier, Al Roe asked Jo Lee whether the two had any “close bond at all” since their friendship ended, saying "
     "“you know what I mean.”", [("Al Roe", "Al Roe"), ("Al Roe", "Al Roe")]),
    # a quotation with a tag of its own after it is not the sentence's speaker's ("asked one diner (“...,” replied")
    ("Burger Barn held a question day. “Do you use real eggs?” asked one diner (“Yes, always,” replied the chain).",
     [("diner", "diner"), ("chain", "chain")]),
    ("“We will stay,” said Jo Lee, “and we will win,” she added.", [("Jo Lee", "Jo Lee"), ("Jo Lee", "she")]),
    # a title in quotes is no quotation tagged by the attribution after it
    ("Al Roe spoke.\n\n“I want the papers,” said Jo Lee on the “Today” show, according to the Star. “Why wait?”",
     [("Jo Lee", "Jo Lee"), ("Jo Lee", "Jo Lee"), ("Jo Lee", "Jo Lee")]),
    # a phrase led by "any" names no one: the cue before it is not the quotation's
    ("Ray Holt said he had a plan.\n\nHe added a promise that any Holt version would maintain cover for all. He did "
     "not explain how he could deliver on his wish for “better care for less.”", [("Ray Holt", "He")]),
    # a cue in a condition ("if the council confirms ...") reports nothing: the sentence's speaker goes on
    ("Asked about the chair, Dana Whitfield said: “It would seem obvious” that if the council confirms Ray Holt as "
     "its pick, then “he is taking someone's place.”", [("Dana Whitfield", "Dana Whitfield")] * 2),
    # the topic after a speaker's noun is none of the speaker
    ("A check of the city council's website regarding the closure states \"We have shut the pool.\"",
     [("city council's website", "city council's website")]),
])
def test_cue_clauses(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a profile's heading line names the speaker of the uncued quotation under it, not the previous speaker
    ("Meet the quitters.\n\nAnna Berry, 31, Leeds, England\n\n“It felt too heavy,” Berry said.\n\n"
     "Tom Hale, 26, Cork, Ireland\n\n“One day I realised I was wasting hours.”",
     [("Anna Berry", "Berry"), ("Tom Hale", "Tom Hale")]),
    ("Meet the quitters.\n\nAnna Berry\n\n“It felt too heavy,” Berry said.\n\nTom Hale\n\n“I was wasting hours.”",
     [("Anna Berry", "Berry"), ("Tom Hale", "Tom Hale")]),
    # a cue of the quotation's own wins over the heading
    ("Tom Hale, 26, Cork\n\n“I was wasting hours,” said his sister, Ann Hale.", [("Ann Hale", "Ann Hale")]),
    # a line that is a place, or a sentence, names no speaker: the previous one goes on
    ("“It felt too heavy,” Anna Berry said.\n\nLeeds, England\n\n“I was wasting hours.”",
     [("Anna Berry", "Anna Berry"), ("Anna Berry", "Anna Berry")]),
])
def test_profile_heading(text, expected):
    assert spoken(text) == expected


def test_link_heading_is_no_antecedent():
    """A page's link heading after a quotation is no person a he before it may stand for."""
    text = ("A crowd gathered outside the court. People jeered the accused man as he walked in. One said "
            "\"You will never get out.\" Police stood by. Related Stories")
    assert spoken(text)[0][0] != "Related Stories"


@pytest.mark.parametrize("text, expected", [
    # a pull quote signed on its own last line inside its marks: the name there
    ("Economists disagree on the plan.\n\n\"We are going to enter the next slump without the consensus.\nDana Reyes, "
     "Center for Tax Research.\"\n\nThe party went along.", [("Dana Reyes", "Dana Reyes")]),
    ("Economists disagree on the plan.\n\n“We will need a stimulus.\nJo Bloggs.”\n\nThe party went along.",
     [("Jo Bloggs", "Jo Bloggs")]),
    # a last line that names no person signs nothing
    ("Economists disagree on the plan.\n\n\"We are going to enter the next slump without the consensus.\nElm Policy "
     "Institute.\"\n\nThe party went along.", [("", "")]),
])
def test_pull_quote_signed_on_its_last_line(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a live blog's reaction credited after it by a name in brackets, with the bearer's place and role
    ("Jo Lee quit on Monday. Reactions came at once.\n\n-- \"She brought the heart of a pastor to the job.\" "
     "(Cardinal Al Roe of Elmton, head of the Elm Council)\n\nMore soon.", [("Al Roe", "Al Roe")]),
    ("Jo Lee quit on Monday.\n\n\"We will miss her at every meeting of the board.\" (Mayor Al Roe of Elmton, who "
     "chairs the board)\n\nMore soon.", [("Al Roe", "Al Roe")]),
])
def test_reaction_credited_by_a_name_in_brackets(text, expected):
    assert spoken(text) == expected


def test_listed_story_titles_are_no_quotations():
    """A live blog's list of linked stories, each title in marks on a line of its own: titles, not statements."""
    text = ("Jo Lee quit on Monday, the council said.\n\nMore reports:\n\n-- \"Elm Voters Back The New Bridge.\"\n\n"
            "-- \"Why Jo Lee Left The Council.\" (The Elm Times)\n\n\"We will miss her,\" Al Roe said.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        frame = nk.quotes(nk.story_from_texts({"a": text}))
    assert frame.kind.tolist() == ["scare", "full"] and frame.speaker.tolist()[-1] == "Al Roe"
