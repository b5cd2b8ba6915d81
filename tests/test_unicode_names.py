"""Names written with letters beyond A-Z (Émilie, Łukasz, Erdoğan, ÁNGEL, Ó Briain) are read as the same names
written in A-Z would be: speakers, sources, one entity per person, bylines, datelines and sentence ends.
Every text here is written for the test."""

import warnings

import pytest

import newskit as nk
from cited import cited
from spoken import spoken

from newskit.text.tokens import STEM, stem, unaccented


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


@pytest.mark.parametrize("name, sex", [("José", "m"), ("Zoë", "f"), ("Søren", "m"), ("François", "m"),
                                       ("Zoltán", "m"), ("Łukasz", "m"), ("Małgorzata", "f"), ("İbrahim", "m"),
                                       ("Ayşe", "f"), ("Hélène", "f"), ("Bjørn", "m"), ("Björn", "m")])
def test_a_given_name_written_beyond_a_to_z_tells_its_bearer_sex(name, sex):
    assert nk.speakers.given_name(name) and nk.speakers.given_name_gender(name) == sex


def test_the_given_name_lists_are_written_as_they_are_looked_up():
    """An entry written with its accent ("josé") would never be found: names are looked up folded."""
    lists = (nk.speakers.MALE_GIVEN_NAMES, nk.speakers.FEMALE_GIVEN_NAMES, nk.speakers.UNISEX_GIVEN_NAMES)
    assert [name for names in lists for name in names if unaccented(name) != name] == []


@pytest.mark.parametrize("text, source", [
    ('Małgorzata Wójcik and Søren Dahl met the mayor. "The bridge stays shut," she said.', "Małgorzata Wójcik"),
    ('Søren Dahl and Małgorzata Wójcik met the mayor. "The bridge stays shut," he said.', "Søren Dahl"),
    ('Zoltán Kovács and Ayşe Yılmaz met the mayor. "The bridge stays shut," he said.', "Zoltán Kovács"),
    ('Zoë Laurent and François Girard met the mayor. "The bridge stays shut," she said.', "Zoë Laurent"),
    ('José Ortega and Hélène Roux met the mayor. "The bridge stays shut," he said.', "José Ortega"),
])
def test_a_pronoun_finds_the_one_whose_given_name_beyond_a_to_z_tells_the_sex(text, source):
    assert cited(text) == [(source, "said")]


@pytest.mark.parametrize("word", ["Søren", "Łódź", "Işık", "İSTANBUL", "Đặng", "Nguyễn", "Straße", "José"])
def test_a_word_is_stemmed_as_it_is_folded(word):
    """One folding: a stem is the folded word cut short, no letter dropped ("Søren" is not "Sren")."""
    assert stem(word) == unaccented(word)[:STEM] and len(stem(word)) == min(STEM, len(unaccented(word)))


def test_turkish_dotted_capital_i_folds_to_the_plain_i_and_the_dotless_one_stays():
    assert [unaccented(w) for w in ("İSTANBUL", "Istanbul", "Işık")] == ["istanbul", "istanbul", "isık"]


def test_a_vietnamese_name_is_read_whole_and_folded_by_its_marks():
    assert cited("Nguyễn Thị Lan, a rice farmer, said the river had risen.") == [("Nguyễn Thị Lan", "said")]
    assert [unaccented(w) for w in ("Nguyễn", "Đặng")] == ["nguyen", "đang"]


@pytest.mark.parametrize("forms", [("zoom", "zooming", "zoomed"), ("crop", "cropping", "cropped"), ("land", "landed"),
                                   ("miss", "missed"), ("call", "calling"), ("hit", "hitting")])
def test_a_short_root_is_one_stem_with_its_ing_and_ed(forms):
    assert len({stem(w) for w in forms}) == 1


@pytest.mark.parametrize("word, other", [("speed", "spe"), ("spring", "spr"), ("means", "mean"), ("needed", "need")])
def test_only_a_short_root_sheds_its_ending(word, other):
    """"speed" and "spring" are no root and an ending, a plural "s" is kept; "needed" is "need" with "ed"."""
    assert (stem(word) == stem(other)) == (word == "needed")
