"""He/she as a source: read by the one resolver the quotation speakers use, so that a source row and the
speaker of the quotation it cues name the same person (invented text)."""

import warnings

import pytest

import newskit as nk

warnings.simplefilter("ignore", nk.NewskitWarning)


def _story(text: str):
    return nk.story_from_texts({"a": f"Headline of the day\n\n{text}"})


def sources(text: str) -> list[tuple[str, str]]:
    table = nk.attributions(_story(text))
    return list(zip(table["source"], table["mention"]))


def speakers(text: str) -> list[str]:
    return list(nk.quotes(_story(text))["speaker"])


def test_he_after_a_quotation_naming_another_man_is_the_speaker():
    text = ("Tom Reed spoke at the depot on Monday. “Jim Fox never paid a cent,” Reed said. "
            "He added that the books were open.")
    assert sources(text)[-1] == ("Tom Reed", "He")


def test_she_passes_over_the_man_named_last():
    text = "Ann Moss, the mayor, met Tom Reed at the depot on Monday. She said the talks went well."
    assert sources(text) == [("Ann Moss", "She")]


def test_they_for_an_organisation_names_no_person():
    text = "Tom Reed runs Acme Freight. The company cut 200 jobs in March. They said sales had fallen."
    assert "Tom Reed" not in [source for source, _ in sources(text)]


def test_he_in_a_second_paragraph_is_the_man_of_the_first():
    text = "Tom Reed, the depot manager, spoke on Monday.\n\nHe said the trains would run on time."
    assert sources(text) == [("Tom Reed", "He")]


def test_he_cueing_a_quotation_names_its_speaker_in_both_tables():
    text = ("Tom Reed met Jim Fox at the depot on Monday. Fox left early. Reed stayed on.\n\n"
            "“We will reopen,” he said.")
    assert sources(text) == [(speakers(text)[0], "he")]


def test_he_cueing_a_quotation_of_one_described_is_that_one():
    # the quotation's speaker is the spokesman the sentence before describes: so is the source "he"
    text = ("Ivo Marek, the head doctor at the clinic, said ten were hurt.\n\n"
            "A ministry spokesman in Elmton said the raid was over.\n\n“All our staff are safe,” he said.")
    assert speakers(text) == ["ministry spokesman"]
    assert sources(text)[-1] == ("ministry spokesman", "he")


def test_he_after_a_sentence_whose_subject_follows_an_opening_phrase_is_that_role():
    text = ("The lock gave way late on Friday.\n\nAt 9:40 p.m., an officer at the gate calls for help. "
            "“The door is open,” he says. “Send a van.”")
    assert speakers(text) == ["officer", "officer"]


@pytest.mark.parametrize("text, who, mention", [
    # the sentence before is Lee's report: Reed, claiming, is named in what Lee said; Lee speaks on
    ("Pat Lee toured the depot with Tom Reed on Monday. Lee said he was hopeful the vote results in Tom Reed "
     "claiming the chair.\n\n“The first thing is to win,” he said.", "Pat Lee", "he"),
    # "Gov. Pat Lee of Elmland" is Pat Lee: not passed over for the man named in the sentence before
    ("Tom Reed runs the depot.\n\n“Tom Reed is the best of us,” said Gov. Pat Lee of Elmland, who hired "
     "Mr. Reed in 1990. He added, “It will be fine.”", "Pat Lee", "He"),
])
def test_he_after_a_sentence_a_named_person_reports_is_that_person_not_one_named_in_the_words(text, who, mention):
    assert speakers(text)[-1] == who
    assert sources(text)[-1] == (who, mention)


def test_he_after_a_clause_a_conjunction_opens_is_not_its_reporter():
    text = ("Pat Lee met Tom Reed on Monday. When Lee said the fares would rise, Tom Reed walked out.\n\n"
            "“It was a bad day,” he said.")
    assert speakers(text) == ["Tom Reed"]


def test_she_after_a_sentence_opening_along_with_her_husband_is_the_woman_named_before():
    # "Along" before "with" opens a phrase: no one-word name for "she" to stand for
    text = ("Tom Reed spoke first. Rachel Berg, a donor from Elmton, backs Reed.\n\n"
            "Along with her husband, Al Berg, a banker, she has given to many candidates. She called Reed a "
            "“special person.”")
    assert sources(text)[-1] == ("Rachel Berg", "She")
