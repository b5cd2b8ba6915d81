"""Speakers of quotations given by papers, agencies, institutions written short, posts and callers, on sentences
written here: "the paper" names the paper a sentence before has as its subject, an initialism before "news agency"
is the agency, a one-word head of an institution's name is the institution, "the tweet" is whoever the sentence
before says tweeted, a caller giving her own name is that person, "the North" is the one place named with it, a
verb's object in -s is no cue, a memo's author speaks in a participle after it; with the neighbours each rule must
leave alone."""

import pytest

from spoken import spoken


@pytest.mark.parametrize("text, expected", [
    # "the paper": the paper opening the sentence before, in full
    ("Elm leaders met.\n\nIn an editorial, the ruling party's official Workers' Daily said talks must go on.\n\n"
     "“Talks are the only path,” the paper said.", [("Workers' Daily", "paper")]),
    # a newspaper named as the subject before
    ("Elm leaders met.\n\nIn an editorial, the Elmland Times said talks must go on.\n\n"
     "“Talks are the only path,” the newspaper said.", [("Elmland Times", "newspaper")]),
    # no paper named before: the description
    ("“Talks are the only path,” the paper said.", [("paper", "paper")]),
])
def test_the_paper_is_the_paper_named_before(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a common noun's possessive and an adjective before an initialism and "news agency": the agency
    ('Elmland vowed revenge.\n\nThe regime\'s official ENA news agency described the sanctions as "crimes".',
     [("ENA", "ENA")]),
    # a name that is no initialism keeps "news agency"
    ('Elmland vowed revenge.\n\nThe Elmer news agency described the sanctions as "crimes".',
     [("Elmer news agency", "Elmer news agency")]),
])
def test_an_initialism_before_news_agency_is_the_agency(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the head of an institution's name written alone: the institution
    ("A fire broke out.\n\nElmwood University, a college near the bar, said students were there.\n\n"
     "“The university is helping those students,” Elmwood said on Twitter.",
     [("Elmwood University", "Elmwood")]),
    # a person's surname is left alone
    ("Jo Elmwood spoke. Elmwood University, a college, was shut.\n\n“We are sad,” Elmwood said.",
     [("Jo Elmwood", "Elmwood")]),
])
def test_an_institution_written_short_is_the_institution(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the tweet": the one the sentence before says tweeted
    ("The ban drew praise.\n\nElm Democratic Rep. Jo Lee praised the move in a tweet. “Glad the site is acting,” the "
     "tweet stated. “Abuse has no place here.”", [("Jo Lee", "tweet"), ("Jo Lee", "tweet")]),
    # no tweet in the sentence before: the description
    ("Rep. Jo Lee praised the move. “Glad the site is acting,” the tweet stated.", [("tweet", "tweet")]),
])
def test_the_tweet_is_whoever_tweeted_it(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a caller naming herself: she, in both quotations her "she" cues
    ('The caller was frantic. "Help me. I\'m Mary Oakes," she told a dispatcher. "I\'ve been missing for years."',
     [("Mary Oakes", "she"), ("Mary Oakes", "she")]),
    # her own name beats the woman named before
    ('Police found Ann Birch.\n\nOn the radio, Tom Reed played a call. "Help me, I\'m Mary Oakes. I\'m free now," '
     "she says.", [("Mary Oakes", "she")]),
    # no name of her own: the woman named before
    ('Police found Ann Birch.\n\n"Help me, I am free now," she says.', [("Ann Birch", "she")]),
])
def test_a_speaker_naming_herself_is_that_person(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun in -s after "to" and a verb is the verb's object, no cue
    ("The Elmfax company said Lee cannot return. In a post, it said it would continue to monitor reports about other "
     "accounts and will “take action” if needed.", [("Elmfax company", "it")]),
    # a noun in -s after a verb in the past is its object, no cue
    ('Ann Birch, 19, said she was on the dance floor when she saw the gunman and heard screams of "Get down!"',
     [("Ann Birch", "Ann Birch")]),
    # a noun in -s after a determiner stays a noun's cue's subject
    ("Police say the officer “acted alone.”", [("Police", "Police")]),
])
def test_a_verbs_object_in_s_is_no_cue(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the North" and its statement: the one place named with the word
    ('North Elm held talks on Monday.\n\nThe North\'s statement came days after the vote, saying they were caused by '
     'a "heinous plot" by the West.\n\nIt says it will take "action of justice" soon.',
     [("North Elm", "The North's statement"), ("North Elm", "It")]),
    # two places named with the word: left as written
    ('North Elm and North Oak held talks.\n\nThe North said it would take "action of justice" soon.',
     [("North", "North")]),
])
def test_the_north_is_the_one_place_named_north(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one of" after a noun opening the subject: one of its founders, not the firm
    ("It was a big move for a company one of its founders once called the “free speech wing of the party.”",
     [("one of its founders", "one of its founders")]),
    # a memo's author speaks in the participle after it, not the verb's object
    ("The London-based firm Elm Analytics cited the images in a memo arguing the plane was “likely shot down”.",
     [("Elm Analytics", "Elm Analytics")]),
    # a body saying that two people agreed: the body
    ("The Elm House said in a statement that Lee and Roe had agreed that the tests posed “a grave threat”.",
     [("Elm House", "Elm House")]),
])
def test_the_clause_reported_and_the_text_written_in(text, expected):
    assert spoken(text) == expected
