"""Speakers read through the words around a cue, each on text written here: a given name of two romanised syllables
after a one-syllable family name ("Park Soo-hyun"), a name, not an English compound ("New York-based"); an event
timing the verb ("soon after the vote"), no subject; a name set off before a post "at" a body that runs on to the cue
with no comma closing it; the agent "by" a passive names ("a commentary run by"); a compound in lower case before a
body's name ("state-run"), no word of it; a description with "a" that the next sentence names with "also"; and a
quotation in single marks over paragraphs, each opening with a mark; a cue in brackets closed before a quotation,
no cue of it; with the neighbours each rule must leave alone."""

import warnings

import pytest

import newskit as nk
from newskit.speakers import subject_before
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    # a given name of two syllables, the second in lower case, after a family name of one
    ("Park Min-jung, the spokeswoman for President Moon Se-hun, said the city agreed. “We will talk,” the "
     "spokeswoman said.", [("Park Min-jung", "spokeswoman")]),
    ("Both South Korean President Kim Dae-jun and Prime Minister Jo Lee said they could “not accept” it.",
     [("Jo Lee", "Jo Lee")]),
    ("South Korean President Kim Dae-jun denounced the launch as “an unacceptable act.”",
     [("Kim Dae-jun", "Kim Dae-jun")]),
    ("Defence ministry spokesman Yoo Ki-tae said “the radar lost it at sea.”", [("Yoo Ki-tae", "Yoo Ki-tae")]),
    # a place before a compound of English words is no name
    ("The New York-based group said “it will not pay.”", [("New York-based group", "New York-based group")]),
    ("Ohio-born Jo Lee said “it will not pay.”", [("Ohio-born Jo Lee", "Ohio-born Jo Lee")]),
])
def test_romanised_given_name_of_two_syllables(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an event after the subject times the verb: the subject speaks
    ("A statement released by the Elm Council soon after the vote said: “Talks are the only way.”",
     [("Elm Council", "Elm Council")]),
    ("Jo Lee during the debate said “taxes will fall.”", [("Jo Lee", "Jo Lee")]),
    # a cleft: nothing before the event is a subject of the cue
    ("According to the clerk, it was only after the hearing ended that Lee said “death to the king.”",
     [("Lee", "Lee")]),
    # a post at a body after a name, no comma closing it before the cue
    ("Ana Roe, a fellow at the Elm Center in Dover told the paper that the plan does “not add up.”",
     [("Ana Roe", "Ana Roe")]),
    ("Ana Roe, a friend of the Elm Party said “it will pass.”",
     [("friend of the Elm Party", "friend of the Elm Party")]),
    # the agent of a passive before the cue speaks
    ("A statement issued by the Elm Agency said “the launch failed.”", [("Elm Agency", "Elm Agency")]),
    # a compound in lower case before a body's name is no word of it
    ("The state-run Elm news agency said “talks must go on.”", [("Elm news agency", "Elm news agency")]),
    ("State-run media said “talks must go on.”", [("State-run media", "State-run media")]),
])
def test_words_between_the_subject_and_the_cue(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a description with "a" the next sentence names, "also" after the name
    ("A senior banker called the coin “a bubble and a scam”. The head of the Elm Bank, Jo Lee, also said it was a "
     "threat.", [("Jo Lee", "senior banker")]),
    # no "also": the next sentence may name someone else
    ("A senior banker called the coin “a bubble and a scam”. The head of the Elm Bank, Jo Lee, said it was safe.",
     [("senior banker", "senior banker")]),
])
def test_description_named_in_the_next_sentence(text, expected):
    assert spoken(text) == expected


def test_quotation_in_single_marks_over_paragraphs():
    text = ("Ann Bell, his sister, spoke later.\nBell said: 'It was a long night.\n'I said, \"Stay with us.\" He "
            "did.\n'We waited. Then the doctor came.'\nIt's the team's '90s kit.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        found = nk.find_quotes(text)
    assert found[["kind", "speaker"]].values.tolist() == [["multi-paragraph", "Ann Bell"]] * 3
    assert found.text.tolist()[-1] == "'We waited. Then the doctor came.'"


@pytest.mark.parametrize("text, expected", [
    # a term in a sentence an inverted tag closes: the tag's subject's word
    ("The craft, “a new model”, left at nine and entered orbit, said the Elm Agency.",
     [("Elm Agency", "Elm Agency")]),
    # a term before a cued quotation of its sentence: that quotation's speaker
    ("The launch marks “a new era” by “using the right to space for good,” the statement said.",
     [("statement", "statement"), ("statement", "statement")]),
    # the tag's subject still speaks for the quotation after it
    ("The “costly” tag was unfair, said Jo Lee. “We paid for it all.”",
     [("Jo Lee", "Jo Lee"), ("Jo Lee", "Jo Lee")]),
    # no tag closing the sentence: no speaker
    ("The craft, “a new model”, left at nine.", [("", "")]),
])
def test_term_spoken_by_the_cue_of_its_sentence(text, expected):
    assert spoken(text) == expected


def test_town_after_a_body_after_a_name_is_no_subject():
    text = ("Professor Jo Lee of Elm University, Dover (Elmland) told the Ledger that he has been in talks. Lee aims "
            "to use the telescope.\n“We built up good relations,” the scientist said.")
    assert spoken(text) == [("Jo Lee", "scientist")]



@pytest.mark.parametrize("text, cue, wrong", [
    ("In Elmton a judge sentenced a 26-year-old man to a 300-euro fine after the man had posted on his page that "
     "rivals should “leave”.", "posted", "300-euro fine"),
    ("Ann Voss took a job at Elmco a few months before the chief boasted of “a million dollars”.", "boasted", "Elmco"),
    ("Elmco held a call with its backers shortly after her campaign said the mayor would come.", "said", "backers"),
    ("A ruling is due on a case filed by the Elmlands challenging the border claims.", "challenging", "Elmlands"),
])
def test_no_event_or_agent_taken_for_the_subject_of_a_clause(text, cue, wrong):
    """An auxiliary after it, an owner's word after it or a stretch of time before it makes "after"/"before" open a
    clause whose own subject speaks, and a passive's agent before a cue in -ing is no speaker of it."""
    subject = subject_before(text, 0, text.index(cue))
    assert subject is None or subject[0] != wrong


@pytest.mark.parametrize("text, expected", [
    # a cue inside a relative clause set off by commas reports that clause, not the quotation after it
    ("Elmland “firmly” condemned the raid. Its ministry said the captain, who officials said held two licences, "
     "had shown “great negligence”.", [("Elmland", "Elmland"), ("ministry", "ministry")]),
    # a participle after its noun, before the clause's verb, is no cue: the noun is not the source
    ("Jo Lee spoke on Friday. “We checked every boat,” he said, adding that the leak reported in the press is "
     "“baseless”.", [("Jo Lee", "he"), ("Jo Lee", "he")]),
    # a subject, then the quotation, then its cue: the quotation is how the subject spoke
    ("The Elm Council “strongly” condemned the vote on Monday.", [("Elm Council", "Elm Council")]),
    # "said" and a name closing the sentence after a comma: the name speaks, not a noun before the comma
    ("Jo Lee spoke first. It takes a “rare chain” of faults to sink a ferry past the pumps, the crews and the alarms "
     "of a ship, said Al Roe, a retired captain.", [("Al Roe", "Al Roe")]),
    # neighbour: the subject and quotation inside a clause a cue before them reports are the reporter's
    ("Mayor Jo Lee said in the letter that the flyer “wrongly” suggests the city backs it.", [("Jo Lee", "Jo Lee")]),
    # neighbours: a quotation closed by punctuation inside its marks, whatever the marks, is no manner of speaking
    ("Jo Lee said the plan “was not good.” Adding, “It is bad.”", [("Jo Lee", "Jo Lee"), ("Jo Lee", "Jo Lee")]),
    ("Elmland should grow ''as fast as it can,'' said Mr. Roe, a member of the party.", [("Roe", "Roe")]),
    # neighbour: an inverted tag after a quotation closed by a comma keeps its subject after the cue
    ("On Monday they came back “stronger,” said the coach.", [("coach", "coach")]),
])
def test_a_cue_beside_a_quotation_inside_a_clause(text, expected):
    assert spoken(text) == expected


def test_a_description_a_relative_clause_follows_is_the_subject_of_the_cue_after_that_clause():
    text = "A van hit the stalls. One witness who runs a bakery nearby said the van “swept everything away.”"
    assert spoken(text) == [("witness", "witness")]
    text = "A van hit the stalls. A witness who runs a bakery nearby, whom Elm TV did not name, said it “swept by.”"
    assert spoken(text) == [("witness", "witness")]
    # a relative clause set off by commas is read as before
    assert spoken("A van hit the stalls. Jo Lee, who runs a bakery, said it “swept by.”") == [("Jo Lee", "Jo Lee")]


def test_a_cue_in_brackets_closed_before_a_quotation_is_no_cue_of_it():
    text = "Jo Lee says the red car (his own, according to earlier posts) is bound for the planet “on a long orbit.”"
    assert spoken(text) == [("Jo Lee", "Jo Lee")]
    # neighbour: a quotation inside the brackets keeps the cue there
    text = "Jo Lee spoke of the car (which is “on a long orbit,” according to Al Roe) on Monday."
    assert spoken(text) == [("Al Roe", "Al Roe")]
