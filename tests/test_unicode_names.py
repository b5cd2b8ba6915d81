"""Names written with letters beyond A-Z (Émilie, Łukasz, Erdoğan, ÁNGEL, Ó Briain) are read as the same names
written in A-Z would be: speakers, sources, one entity per person, bylines, datelines and sentence ends.
Every text here is written for the test."""

import warnings

import pytest

import newskit as nk
from cited import cited
from spoken import spoken

from newskit.text.tokens import unaccented


def _story(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)  # a story of one version has nothing to compare
        return nk.story_from_texts({"a": text})


@pytest.mark.parametrize("text, speakers", [
    ('According to Émilie Dubois, the ferry will run. "It runs," Dubois said.', ["Émilie Dubois"]),
    ('"It is over," Ábel Tóth, a farmer, said. "We lost the harvest," Tóth added.', ["Ábel Tóth", "Ábel Tóth"]),
    ('Şenol Güneş, Turkey\'s coach, said the squad was fit. "We are ready," Güneş said.', ["Şenol Güneş"]),
    ('"The talks are over," Recep Tayyip Erdoğan told reporters.', ["Recep Tayyip Erdoğan"]),
    ('"We lost," said Dara Ó Briain.', ["Dara Ó Briain"]),
])
def test_a_quotation_is_given_the_whole_name_however_it_is_spelt(text, speakers):
    assert [speaker for speaker, _ in spoken(text)] == speakers


@pytest.mark.parametrize("text, sources", [
    ("A spokesman, Łukasz Nowak, said the plant would close. Nowak said 40 jobs would go.",
     [("Łukasz Nowak", "said"), ("Łukasz Nowak", "said")]),
    ("Émilie Dubois and Ángel Castro said the deal was done.",
     [("Émilie Dubois", "said"), ("Ángel Castro", "said")]),
    ("ÉMILIE DUBOIS: We are not closing.\nÁNGEL CASTRO: We are.", [("Émilie Dubois", ":"), ("Ángel Castro", ":")]),
    ("Q: Is it done?\nÉMILIE DUBOIS: Yes.", [("Émilie Dubois", ":")]),
    ("The mayor (Émilie Dubois) said the deal was done.", [("Émilie Dubois", "said")]),
    ('"Enough," Émile Zola wrote. Zola wrote that the army had lied.',
     [("Émile Zola", "wrote"), ("Émile Zola", "wrote")]),
])
def test_a_source_is_named_in_full_however_it_is_spelt(text, sources):
    assert cited(text) == sources


def test_a_person_is_one_entity_whichever_letters_spell_the_name():
    text = ('"It is over," Ábel Tóth, a farmer, said. "We lost the harvest," Tóth added. '
            "A spokesman, Łukasz Nowak, said the plant would close. Nowak said 40 jobs would go.")
    assert sorted(set(nk.source_entities(_story(text))["entity"])) == ["Ábel Tóth", "Łukasz Nowak"]


@pytest.mark.parametrize("byline, names", [
    ("By ÁNGEL CASTRO", "ÁNGEL CASTRO"),
    ("By Ángel Castro and Émilie Dubois", "Ángel Castro, Émilie Dubois"),
])
def test_a_byline_of_names_beyond_a_to_z_is_a_byline(byline, names):
    story = _story(f"{byline}\n\nThe mayor said the budget was cut on Monday.")
    assert nk.provenance(story)["byline"].tolist() == [names]
    assert ("mayor", "said") in cited(f"{byline}\n\nThe mayor said the budget was cut on Monday.")


def test_a_dateline_of_a_place_beyond_a_to_z_is_a_dateline():
    story = _story("ŁÓDŹ, Poland (Reuters) - Łukasz Nowak said the plant would close.\n\nNowak said jobs would go.")
    assert nk.provenance(story)[["dateline_place", "agency"]].values.tolist() == [["ŁÓDŹ, Poland", "Reuters"]]


@pytest.mark.parametrize("text", ["It was fair.Émilie Dubois said so.", '"It was fair."Émilie Dubois said so.'])
def test_a_sentence_glued_to_a_name_beyond_a_to_z_ends_there(text):
    assert nk.sentences(_story(text))["text"].tolist()[-1] == "Émilie Dubois said so."


@pytest.mark.parametrize("text, sources", [
    ("Ângela Brandão of the ministry said the plan was dead.", [("Ângela Brandão", "said")]),
    ("Bárbara Lima of the agency said the dam was safe.", [("Bárbara Lima", "said")]),
    ('Ângela Brandão and Mário Costa met the minister. "The plan is dead," she said.', [("Ângela Brandão", "said")]),
    ('Mário Costa and Ângela Brandão met the minister. "The plan is dead," he said.', [("Mário Costa", "said")]),
])
def test_a_given_name_with_accents_is_known_as_it_is_without(text, sources):
    assert cited(text) == sources
    plain = text.translate(str.maketrans("ÂãáÁ", "AaaA"))
    assert cited(plain) == [(source.translate(str.maketrans("ÂãáÁ", "AaaA")), cue) for source, cue in sources]


@pytest.mark.parametrize("accented, plain", [("Ângela", "Angela"), ("Mário", "Mario"), ("José", "Jose"),
                                             ("ZOË", "Zoe"), ("Bárbara", "Barbara")])
def test_a_given_name_is_looked_up_with_its_accents_folded(accented, plain):
    assert (nk.speakers.given_name(accented), nk.speakers.given_name_gender(accented)) \
        == (nk.speakers.given_name(plain), nk.speakers.given_name_gender(plain))
    assert nk.cues.same_given_name(accented, plain)


def test_an_accented_given_name_tells_the_sex_its_plain_form_does():
    assert [nk.speakers.given_name_gender(w) for w in ("Ângela", "Mário", "Bárbara.")] == ["f", "m", "f"]


def test_a_letter_of_its_own_is_not_an_accented_one():
    """ø and ł are letters of their own, not o and l with an accent: "Søren" is not folded to "Soren"."""
    assert [unaccented(w) for w in ("Søren", "Łukasz", "Ângela")] == ["søren", "łukasz", "angela"]
    assert not nk.cues.same_given_name("Søren", "Soren")
