"""The sourcing pass: computed once per story, modules without a circle, each speaker strategy on a passage
it serves, and the fast look-ups checked against the plain computation they replace."""

import ast
import re
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import newskit as nk
from newskit import sourcing
from newskit.cues import AGENT_CUES
from newskit.quote_marks import quote_spans
from newskit.quote_speakers import CUE_STRATEGIES, SPEAKER_STRATEGIES, Mentions, speaker_strategies
from newskit.speakers import WordFinder, subject_after, subject_before
from newskit.story import sentences, story_from_texts

PACKAGE = Path(nk.__file__).parent
SOURCING_MODULES = ["cues", "quote_marks", "quote_speakers", "sourcing", "quotations", "sources", "speakers"]


def trace(text):
    """(speaker, strategy name) of every quotation in ``text``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        story = story_from_texts({"a": text})
    version, sents = story.versions[0], sentences(story)
    body = version.blocks[version.blocks["label"] == "body"]
    paragraphs = list(zip(body["start"], body["end"]))
    rows, attributed = sourcing.version_sourcing(version, sents)
    names = speaker_strategies(version, sents, paragraphs, quote_spans(version.raw, paragraphs), attributed)
    return [(row["speaker"], name) for row, name in zip(rows, names)]


STRATEGY_CASES = [
    ("_answer", 'Al Roe spoke. The host Kay Moss asked Roe, “Do you know?” His response: “I have people.”',
     [("Kay Moss", "_cue_beside"), ("Al Roe", "_answer")]),
    ("_cue_beside", '“We agree,” Wang Yi said.', [("Wang Yi", "_cue_beside")]),
    ("_labelled_by", 'Elmco built a rocket. The rocket, billed by Elmco as “the biggest yet,” flew.',
     [("Elmco", "_labelled_by")]),
    ("_owned_words", 'Critics spoke after Tom Vale\'s blunt “try much harder” remarks.',
     [("Tom Vale", "_owned_words")]),
    ("_same_sentence", 'Organiser Tom Lee spoke to reporters.\n\nHe said the protest was "peaceful" and that police '
     'had "overreacted".', [("Tom Lee", "_cue_beside"), ("Tom Lee", "_same_sentence")]),
    ("_named_cue", '"The scanner will change forensics," Paul Meyer, one of the engineers who built the first '
     'prototype with colleagues from Zurich, Basel and Geneva, told the conference.', [("Paul Meyer", "_named_cue")]),
    ("_colon", 'Home Secretary Priti Patel said in a speech on Tuesday:\n\n"Britain is open for business."',
     [("Priti Patel", "_colon")]),
    ("_between", 'The guide Jo Lee says the walls are old. “They were built in 1200 by the monks.”',
     [("Jo Lee", "_between")]),
    ("_named_before", 'Laura, a 50-year-old shopper, was there.\n\n“Prices are up a lot,” said Tom Reed.\n\nThe shop '
     'was cheap once — said Laura — and busy. “Now it is dear for all of us.”',
     [("Tom Reed", "_cue_beside"), ("Laura", "_named_before")]),
    ("_sentence_person", 'Dan Ross runs a clinic.\n\n“Money can isolate people,” he said. “It is lonely.” It seems '
     'EDITH WHARTON felt it: the rich “live in a world of their own”.',
     [("Dan Ross", "_cue_beside"), ("Dan Ross", "_between"), ("EDITH WHARTON", "_sentence_person")]),
    ("_asked_answer", '“How did you feel?” the judge asked Al Roe.\n\n“Nothing at all.”',
     [("judge", "_cue_beside"), ("Al Roe", "_asked_answer")]),
    ("_asked_before",
     'Prices rose in May.\n\nElmpost.com asked Al Roe, an economist, if prices would fall? “Not soon.”',
     [("Al Roe", "_asked_before")]),
    ("_name_tag", 'Al Roe pitched on Tuesday.\n\n“I think he is tired,” Club Manager Jo Lee. “He has done enough.”',
     [("Jo Lee", "_name_tag"), ("Jo Lee", "_previous")]),
    ("_verb_tag", 'Al Roe spoke.\n\n“The pact could well collapse,” The Elm Weekly foreshadows.',
     [("Elm Weekly", "_verb_tag")]),
    ("_previous", '“We agree,” Wang Yi said.\n\n“We will go.”', [("Wang Yi", "_cue_beside"), ("Wang Yi", "_previous")]),
    ("_profile_heading", 'Meet the quitters.\n\n“We agree,” Wang Yi said.\n\nJo Lee, 26, Leeds\n\n“I quit in May.”',
     [("Wang Yi", "_cue_beside"), ("Jo Lee", "_profile_heading")]),
    ("_name_colon", 'Ada Vance: ‘You Find Me Odd Because I Say It Loud!’\n\nFrom Salem, Ada Vance spoke to voters on Monday.',
     [("Ada Vance", "_name_colon")]),
    ("_signed", 'Economists disagree on the plan.\n\n“We will need a stimulus.\nDana Reyes, Elm Institute.”\n\nThe '
     'party went along.', [("Dana Reyes", "_signed")]),
    ("_dash_credit", 'Senator Jo Lee spoke in the town of Elmton on a cold day.\n\n“I wrote that bill, and I am proud of '
     'it.”\n\n- Lee.\n\nThe senator overstates his part.', [("Jo Lee", "_dash_credit")]),
    ("_bracket_credit", 'Jo Lee quit on Monday.\n\n-- “We will miss her at every meeting of the board.” '
     '(Mayor Al Roe of Elmton, who chairs the board)\n\nMore soon.', [("Al Roe", "_bracket_credit")]),
    ("_closing_clause", 'Ada Vance ran. “We may win this race yet,” the analyst Tom Ruiz, a former aide to the governor, '
     'wrote on his blog.', [("Tom Ruiz", "_closing_clause")]),
    ("_cue_after_later", 'Ada Vance ran. Guns are “the ultimate public health crisis” and “a danger,” Tom Ruiz, a '
     'mayor, said.', [("Tom Ruiz", "_cue_after_later"), ("Tom Ruiz", "_same_sentence")]),
    ("_fragment_subject", 'Ada Vance met Tom Ruiz on Monday. They spoke for an hour.\n\nVance, star of the show, thanked '
     'Ruiz for “taking these steps to make us all safer.”', [("Ada Vance", "_fragment_subject")]),
    ("_organisation_fragment", '“Act now,” Ada Vance said.\n\nIn 2014, the Elm Institute found that “most voters '
     'want stricter rules.”', [("Ada Vance", "_cue_beside"), ("Elm Institute", "_organisation_fragment")]),
    ("_colon_subject", 'Ada Vance met Tom Ruiz on Monday.\n\nVance heckles Ruiz supporters: “You are being '
     'ridiculous.”', [("Ada Vance", "_colon_subject")]),
    ("_opening_phrase_subject", 'Ada Vance met Tom Ruiz on Monday.\n\nAcknowledging that Ruiz “says a lot of odd '
     'things,” though, Vance did suggest a deal.', [("Ada Vance", "_opening_phrase_subject")]),
    ("_dash_label", 'Polls were wrong.\n\nPollsters agree - Ada Vance: “Keep calling voters as late as you can.”',
     [("Ada Vance", "_dash_label")]),
    ("_colon_block", 'Ada Vance met Tom Ruiz on Monday.\n\nVance wrote:\n\nWhat matters now is “who can win in '
     'the fall?”\n', [("Ada Vance", "_colon_block")]),
    ("_colon_statement", 'The vote was close. Read Mary Vance’s full statement below:\n\n“We will not give up on the '
     'port.”', [("Mary Vance", "_colon_statement")]),
]


@pytest.mark.parametrize("text, expected", [
    ('The vote was close. The Elm Society’s statement:\n\n"We will not give up on the port."', "Elm Society"),
    ('The vote was close. Here is the statement from the Elm Society:\n\n"We will not give up on the port."',
     "Elm Society"),
    ('The vote was close. Read the letter from Ada Vance’s lawyer, Tom Ruiz:\n\n"We will not give up."', "Tom Ruiz"),
])
def test_a_document_given_out_named_before_a_colon_speaks_for_its_author(text, expected):
    assert trace(text) == [(expected, "_colon_statement")]


@pytest.mark.parametrize("text, expected", [
    ('Aides say the mayor will back Tom Ruiz. From Ada Vance’s Facebook post: "For the sake of our town, we must '
     'overcome this divide."', "Ada Vance"),
    ('Aides say the mayor will back Tom Ruiz. Read the statement from the Elm Society: "We will not give up on the '
     'port."', "Elm Society"),
])
def test_a_document_named_before_a_colon_in_the_quotations_own_sentence_speaks_for_its_author(text, expected):
    assert trace(text) == [(expected, "_colon_statement")]


def test_a_document_before_a_colon_with_no_author_named_speaks_for_no_one():
    assert trace('Ada Vance spoke. The vote was close. Here is the statement:\n\n"We will not give up."') == [("", "")]


def test_a_named_body_that_gave_out_a_statement_speaks_for_the_quotation_opening_the_next_paragraph():
    text = 'At the mayor’s request, the Elm Society issued a statement on Monday.\n\n"We offer a sincere apology."'
    assert trace(text) == [("Elm Society", "_between")]
    text = 'The Elm Society said on Monday that it was sorry.\n\n"We offer a sincere apology."'
    assert trace(text) == [("", "")]  # no statement given out: the next paragraph may quote someone else
    text = 'The vote was close. The Elm Society released this statement:\n\n"We offer a sincere apology."'
    assert trace(text) == [("Elm Society", "_colon")]


@pytest.mark.parametrize("text", [
    'The vote was close. Ada Vance had this to say:\n\n"We will not give up on the port."',
    'The vote was close. Ada Vance took to Twitter on Monday:\n\n"We will not give up on the port."',
])
def test_the_person_subject_of_a_sentence_closed_by_a_colon_speaks_for_the_paragraph_after_it(text):
    assert trace(text) == [("Ada Vance", "_colon_subject")]


def test_a_sentence_closed_by_a_colon_whose_subject_is_no_person_gives_no_speaker():
    text = 'The vote was close. The ad Ada Vance paid for ends with a line:\n\n"We will not give up."'
    assert trace(text) == [("", "")]


@pytest.mark.parametrize("text, expected", [
    ('Mia Dunn spoke to the council on Monday. She was “shocked” to hear of the cuts.', "Mia Dunn"),
    ('Tom Ruiz runs a boat school. Ruiz teaches students to drink rain first – “every drop counts” – then to fish.',
     "Tom Ruiz"),
])
def test_a_term_whose_sentence_has_one_person_subject_is_that_persons_word(text, expected):
    assert trace(text) == [(expected, "_term_subject")]


@pytest.mark.parametrize("text", [
    'Mia Dunn spoke on Monday. Prices reached “record levels” this year.',
    'Mia Dunn spoke on Monday. When the roof fell, the staff found it “scary” and she left.',
])
def test_a_term_whose_sentence_has_no_person_subject_or_several_subjects_has_no_speaker(text):
    assert trace(text) == [("", "")]


def test_every_strategy_has_a_case():
    names = {f.__name__ for f in CUE_STRATEGIES + SPEAKER_STRATEGIES}
    assert names == {name for name, _, _ in STRATEGY_CASES}


@pytest.mark.parametrize("name,text,expected", STRATEGY_CASES, ids=[c[0] for c in STRATEGY_CASES])
def test_speaker_strategy(name, text, expected):
    assert trace(text) == expected


def test_scare_quote_gets_no_strategy():
    assert trace('The so-called “reset” failed.') == [("", "")]


def test_sourcing_pass_runs_once_per_version(monkeypatch):
    calls = []
    original = sourcing.version_sourcing
    monkeypatch.setattr(sourcing, "version_sourcing", lambda *a: calls.append(a[0].id) or original(*a))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        story = story_from_texts({"a": '“No,” Jo Lee said.', "b": '“Yes,” Al Roe said.'})
    nk.quotes(story)
    nk.attributions(story)
    nk.quotes(story)
    assert calls == ["a", "b"]


def _imports(module: str) -> list[ast.ImportFrom]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1]


@pytest.mark.parametrize("module", SOURCING_MODULES)
def test_no_private_name_imported(module):
    private = [(node.module, a.name) for node in _imports(module) for a in node.names if a.name.startswith("_")]
    assert private == []


def test_sourcing_modules_form_no_circle():
    graph = {m: {node.module for node in _imports(m)} & set(SOURCING_MODULES) for m in SOURCING_MODULES}

    def reaches(start, goal, seen=()):
        return any(n == goal or (n not in seen and reaches(n, goal, (*seen, n))) for n in graph[start])

    assert [m for m in SOURCING_MODULES if reaches(m, m)] == []
    assert not any(node.col_offset for m in SOURCING_MODULES for node in _imports(m))  # no import inside a function


words = st.sampled_from(["Lee", "Jo Lee", "O'Brien", "Brien", "Ann-Lee", "Lee Lee", "Li"])
texts = st.lists(st.sampled_from(["Lee", "Jo", "O'Brien", "Brien", "-", " ", "Ann", ".", "Li", "x", "\n", "'"]),
                 max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(words, min_size=1, max_size=4), texts, st.data())
def test_word_finder_matches_one_regex_per_word(found_words, text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    expected = sorted((m.start(), w) for w in set(found_words)
                      for m in re.compile(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])").finditer(text, lo, hi))
    assert sorted(WordFinder(found_words).find(text, lo, hi)) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.sampled_from("ab")), max_size=20), st.integers(-1, 52),
       st.integers(-1, 52))
def test_mentions_lookups_match_scans(items, lo, hi):
    items = sorted(items)
    found = Mentions(items)
    inside = [m for m in items if lo <= m[0] < hi]
    assert found.between(lo, hi) == inside
    assert found.last(lo, hi) == (inside[-1] if inside else None)
    assert found.first(lo, hi) == (inside[0] if inside else None)


pieces = st.sampled_from(["officials", "said", "Jo", "Lee", ",", "the", "of", "for", "also", "on", "Friday", "spokesman",
                          "Tesco", "according to", "reporters", "told", "resigned", "Ann- Marie", "U.S.", "—"])


@settings(max_examples=150, deadline=None)
@given(st.lists(pieces, min_size=1, max_size=400), st.data())
def test_subjects_read_from_a_window_match_the_whole_sentence(parts, data):
    """subject_before/subject_after read only the words near the cue; the answer is the one the whole
    sentence gives (checked with a tiny window so that the widening is exercised)."""
    from newskit import speakers

    text = " ".join(parts) + " said Jo Lee."
    pos = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, pos))
    window = speakers._WINDOW
    try:
        speakers._WINDOW = len(text) + 1
        want_before, want_after = subject_before(text, lo, pos), subject_after(text, pos, len(text))
        speakers._WINDOW = 7
        assert subject_before(text, lo, pos) == want_before
        assert subject_after(text, pos, len(text)) == want_after
    finally:
        speakers._WINDOW = window


def _found(text):
    return [(a["source"], a["cue"]) for a in sourcing.find_attributions(text, [(0, len(text))])]


def test_subject_before_a_relative_clause_is_the_source():
    assert _found("Three aides who asked not to be named said the plan was dead.") == [("Three aides", "said")]
    assert _found("Even farmers and ranchers who backed the bill quickly argued it went too far.") == [
        ("farmers and ranchers", "argued")]


def test_relative_clause_cue_and_objects_are_not_subjects():
    # the cue is the relative clause's own verb: no subject of it before "who"
    text = "Residents who might complain were not told."
    assert sourcing.relative_subject(text, 0, text.index("complain")) is None
    # the subject before "who" is an object of an earlier verb: no source
    assert _found("She thanked the nurses who helped and said she was grateful.") != [("nurses", "said")]
    assert sourcing.relative_subject("He met voters who later said no.", 0, 23) is None


def test_company_name_with_abbreviated_suffix_is_a_source():
    assert _found("Brookvale Corp. said on Tuesday that sales fell.") == [("Brookvale Corp.", "said")]
    assert _found("Kestrel Mining Ltd. told investors it would close the pit.") == [("Kestrel Mining Ltd.", "told")]
    assert sourcing.suffixed_company("He works at Co. ops now", 0, 19) is None


def _credited(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        story = story_from_texts({"a": text})
    return [(a["source"], a["mention"]) for a in sourcing.version_sourcing(story.versions[0], sentences(story))[1]]


def test_her_with_no_noun_after_it_is_the_pronoun_a_source_is_read_from():
    assert _credited("Ann Poe spoke first. The levy will pass, according to her.") == [("Ann Poe", "her")]
    assert _credited("The levy will pass, according to her aides.") == [("aides", "aides")]


def test_a_stretch_of_time_or_the_text_spoken_in_between_subject_and_cue_is_skipped():
    assert _found("Ann Poe a week later said the levy had passed.") == [("Ann Poe", "said")]
    assert _found("Ann Poe three days earlier told reporters no.") == [("Ann Poe", "told")]
    assert _found("The water board in a short statement said the levy had passed.") == [("water board", "said")]
    assert _found("Officials on Memorial Day said the levy had passed.") == [("Officials on Memorial Day", "said")]


def test_an_abbreviated_state_after_a_town_is_no_subject_the_person_before_it_is():
    assert _found("Ann Poe of Elmton, N.J., explained the levy.") == [("Ann Poe", "explained")]
    assert _found("Ann Poe of Washington, D.C., told reporters no.") == [("Ann Poe", "told")]


def test_a_noun_for_or_of_a_titled_name_is_the_subject_as_before_an_untitled_one():
    assert _found("A spokesman for Mr. Poe said the levy had passed.") == [("spokesman for Mr. Poe", "said")]
    assert _found("A lawyer for Gov. Ann Poe told reporters no.") == [("lawyer for Gov. Ann Poe", "told")]
    assert _found("He was on the radar of Dr. Ann Poe, who praised him.") == [("Ann Poe", "praised")]
    assert _found("Gov. Ann Poe told reporters no.") == [("Ann Poe", "told")]
    assert _found("\"No,\" said former secretary of state Ann Poe.") == [("Ann Poe", "said")]


def test_he_in_a_sentence_naming_two_men_is_the_subject_of_the_clause_before_it():
    assert _credited("John Reed was close to Mark Hale while the race went on, he said.") == [("John Reed", "he")]
    assert _credited("John Reed left, and Mark Hale stayed, he said.") == [("Mark Hale", "he")]


def test_a_title_for_or_of_a_place_set_off_before_a_name_gives_the_name():
    assert _found("\"No,\" said Democratic Senator for Elmshire, Ann B. Poe, on Monday.") == [("Ann B. Poe", "said")]
    assert _found("\"No,\" said the Minister of Ports, Jo Lee.") == [("Jo Lee", "said")]


def test_he_is_the_subject_of_the_clause_before_it_even_of_unknown_gender():
    assert _credited("Kemo Vek backed Tano Orr, he said.") == [("Kemo Vek", "he")]
    assert _credited("Tano Orr spoke. Kemo Vek backed Tano Orr, he said.") == [("Kemo Vek", "he")]
    assert _credited("Mary Vek backed Mr. Tano Orr, he said.") == [("Tano Orr", "he")]  # she is no "he"


def test_he_is_the_subject_of_the_clause_before_it_cited_by_surname():
    text = ("Dale Ricker spoke on Monday. Ricker said he would run. Later Ricker again said that voters must back "
            "Ada Moss against Tim Orr, who he blasted as a bully.")
    assert _credited(text)[-1] == ("Dale Ricker", "he")


def test_he_after_a_subject_naming_a_body_and_its_spokesman_is_the_spokesman():
    text = "Acme Lane spokesman Eric Varn said observers went with the marchers, whom he described as calm."
    assert _credited(text)[-1] == ("Eric Varn", "he")


@pytest.mark.parametrize("text, expected", [
    ("A study by the harbor board found that the tolls were illegal.", "harbor board"),
    ("A survey conducted by the ferry union showed that pilots were tired.", "ferry union"),
    ("The words were in a transcript released by the producers of the show on Monday.", "producers of the show"),
])
def test_an_agent_after_by_ends_before_a_verb_of_finding(text, expected):
    assert sourcing.agent_subject(text, AGENT_CUES.search(text), len(text))[0] == expected


def test_elaborate_cues_only_a_quotation():
    text = 'Jo Lee spoke first.\n\nPaul Roe elaborated in a piece for the Elm Herald that delegates may reconsider.' \
           '\n\n"A win in Ohio would show the weakness of the mayor as a candidate."'
    assert trace(text) == [("Paul Roe", "_between")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        story = story_from_texts({"a": "The plan is elaborate and costly, Jo Lee said."})
    assert nk.attributions(story)["source"].tolist() == ["Jo Lee"]  # the adjective is no cue


def test_started_cues_a_quotation_beside_it_but_not_before_a_verb():
    assert trace('"The paper says you met them in private," Al Roe started.') == [("Al Roe", "_cue_beside")]
    text = 'Jo Lee spoke. Al Roe started to call the plan "a fraud that will cost us all" on Monday.'
    assert trace(text) == [("Al Roe", "_fragment_subject")]  # the subject of the sentence, no cue of its own


@pytest.mark.parametrize("headline, expected", [
    ("Mara Pike Says The Port Deal Is Dead", "Mara Pike"),  # the line's first word before the surname
    ("Port Deal Is Dead, Says Mayor Mary Pike", "Mary Pike"),  # a given name before it
    ("Elm Port Pike Says The Deal Is Dead", "Pike"),  # neither: no name
])
def test_a_surname_speaker_takes_the_full_name_a_title_case_headline_gives(headline, expected):
    text = f'{headline}\n\nThe port deal collapsed on Monday after months of talks.\n\n"Nothing is left," Pike said.'
    assert trace(text) == [(expected, "_cue_beside")]


@pytest.mark.parametrize("text, expected", [
    ('Al Roe was asked by moderator Jo Lee whether his plan would risk "adding another costly program."',
     [("Jo Lee", "_fragment_subject")]),
    ('Al Roe was asked by moderator Jo Lee: "Will your plan add another costly program?"',
     [("Jo Lee", "_colon_subject")]),
    ('The vote was close. Al Roe was asked by Jo Lee on Monday:\n\n"Will your plan add another costly program?"',
     [("Jo Lee", "_colon_subject")]),
    ('Al Roe asked Jo Lee whether her plan would risk "adding another costly program."', [("Al Roe", "_cue_beside")]),
])
def test_a_question_put_to_a_subject_is_the_askers(text, expected):
    assert trace(text) == expected


def test_a_sentence_a_person_card_cuts_in_two_keeps_its_subject():
    raw = ("Ban urged\n\nThe bill came up on Monday in the House.\n\n"
           "President Jo Lee Jo Ann LeeAnn Poe calls for a ban MORE on Friday told members to \"stop wasting time\" "
           "on the bill.\n\n"
           "\"Members should stop wasting their time,\" the president wrote on Twitter.\n")
    story = story_from_texts({"a": raw})
    version = story.versions[0]
    assert "Poe" not in version.body and "President Jo Lee" in version.body
    quoted = nk.quotes(story)
    assert quoted["speaker"].tolist() == ["Jo Lee", "Jo Lee"]
    assert all(raw[s:e] == t for s, e, t in zip(quoted["start"], quoted["end"], quoted["text"]))
    assert [raw[s:e] for s, e in zip(quoted["mention_start"], quoted["mention_end"])] == ["Jo Lee", "president"]
    table = sentences(story)
    assert quoted["paragraph"].tolist() == [2, 3] and quoted["sentence"].tolist() == table["sentence"].tolist()[2:]
    sources = nk.attributions(story)
    assert "Jo Lee" in sources["source"].tolist()
