"""Names written with letters beyond A-Z (Émilie, Łukasz, Erdoğan, ÁNGEL, Ó Briain) are read as the same names
written in A-Z would be: speakers, sources, one entity per person, bylines, datelines and sentence ends.
Every text here is written for the test."""

import warnings

import pytest

import newskit as nk
from cited import cited
from spoken import spoken


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
