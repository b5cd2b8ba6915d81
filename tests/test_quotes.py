"""Direct quotations: the seed story's quotes, the bad cases, invariants and textacy's cases."""

import json
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit as nk
from newskit.quotations import quote_spans
from newskit.comparison import quote_diff

GVS_QUOTES = [
    ("“oppose external forces interfering with the internal affairs of Central Asian countries,”", "Wang Yi", "added",
     "partial"),
    ("“color revolutions”", "Wang Yi", "added", "partial"),  # words of a cued speaker: partial quotes
    ("“three evil forces”", "Wang Yi", "added", "scare"),  # a noun phrase after "the": a term
    ("“three evil forces”", "", "", "scare"),
    ("“extremists”", "Authorities", "blamed", "partial"),
    ("“strategic facilities”", "Kazakh officials", "said", "partial"),
]


def rows(frame, *columns):
    return [tuple(r) for r in frame[list(columns)].itertuples(index=False)]


def test_seed_quotes_gvs(example):
    q = nk.quotes(example)
    assert rows(q[q["version"] == "gvs"], "text", "speaker", "cue", "kind") == GVS_QUOTES


def test_seed_quotes_swissinfo(example):
    q = nk.quotes(example)
    sw = q[q["version"] == "swissinfo"]
    assert sw["text"].tolist() == [
        "“oppose external forces that interfere with the internal affairs of Central Asian countries”",
        "“color revolutions”", "“three evil forces”", "“three evil forces”", "“extremists,”"]
    assert sw["speaker"].iloc[0] == "Wang Yi" and sw["mention"].iloc[0] == "Wang"


def test_offsets_point_into_raw(example):
    q = nk.quotes(example)
    for row in q.itertuples():
        assert example[row.version].raw[row.start:row.end] == row.text
    assert list(q.columns[:8]) == ["version", "sentence", "start", "end", "text", "speaker", "cue", "kind"]


def test_compare_quotes_seed(example):
    c = nk.compare_quotes(example)
    altered = c[c["kind"] == "altered"]
    assert len(altered) == 1
    assert "[-interfering-] {+that interfere+}" in altered["diff"].iloc[0]
    assert (c["kind"] == "identical").sum() == 4
    only = c[c["kind"] == "only in some versions"]
    assert only["text_a"].tolist() == ["“strategic facilities”"] and only["text_b"].tolist() == [""]


def test_follow_on_quote_and_inverted_cue():
    q = nk.find_quotes('“I love those cats!” insists Burton. “Yeah, I absolutely do.”')
    assert rows(q, "speaker", "cue", "kind") == [("Burton", "insists", "full"), ("Burton", "insists", "full")]


def test_pronoun_resolves_to_last_named_person():
    q = nk.find_quotes('Mayor Jane Smith spoke on Friday. "We will rebuild," she said.')
    assert rows(q, "mention", "speaker") == [("she", "Jane Smith")]


def test_fullest_name_and_appositive():
    text = ('"We will wait," said Heather C. Briccetti, president of the council. '
            '"It is optional," Briccetti said.')
    assert nk.find_quotes(text)["speaker"].tolist() == ["Heather C. Briccetti", "Heather C. Briccetti"]


def test_apostrophes_are_not_quotes():
    q = nk.find_quotes("Russia’s minister said the horses' carrots weren't there in the '90s, he said.")
    assert q.empty


def test_a_possessive_after_a_word_in_emphasis_marks_is_no_quotation_and_its_owner_no_speaker():
    text = ("“We will fly,” said _Orbiter IV_ ’s chief pilot Ada Vance. “This is a first.”\n"
            "The *Wren* ’s crew will land at dawn. “It went well,” said Tom Hale.")
    q = nk.find_quotes(text)
    assert rows(q, "text", "speaker") == [("“We will fly,”", "Ada Vance"), ("“This is a first.”", "Ada Vance"),
                                          ("“It went well,”", "Tom Hale")]


def test_single_quotes_as_quotation_marks():
    q = nk.find_quotes("'We won't back down,' the minister said.")
    assert rows(q, "text", "speaker") == [("'We won't back down,'", "minister")]


def test_nested_quote_is_part_of_outer():
    q = nk.find_quotes('He told everyone, "This \'hamburger with cheese\' is good."')
    assert rows(q, "text", "mention", "cue") == [('"This \'hamburger with cheese\' is good."', "He", "told")]


def test_two_apostrophes_are_a_double_mark():
    q = nk.find_quotes("''We can't wait,'' the mayor said. ''It is time.''\n''And the roads,'' she added, ''come next.''")
    assert rows(q, "text", "speaker", "kind") == [("''We can't wait,''", "mayor", "full"), ("''It is time.''", "mayor", "full"),
                                                  ("''And the roads,''", "mayor", "full"), ("''come next.''", "mayor", "full")]


def test_two_apostrophes_carry_a_quotation_into_the_next_paragraph():
    q = nk.find_quotes("''We lost the plant in a week.\n''Nobody warned us,'' said Ada Cole.")
    assert rows(q, "kind", "speaker") == [("multi-paragraph", "Ada Cole"), ("multi-paragraph", "Ada Cole")]


def test_two_curly_single_marks_are_a_double_mark():
    q = nk.find_quotes("“We can't wait,’’ Mayor Jo Lee said. ‘‘It is time.’’\n“The roads come next,’’ she added.")
    assert rows(q, "text", "speaker") == [("“We can't wait,’’", "Jo Lee"), ("‘‘It is time.’’", "Jo Lee"),
                                          ("“The roads come next,’’", "Jo Lee")]


def test_an_opening_mark_written_twice_opens_once():
    q = nk.find_quotes('"“We will keep every school open,” Lena Park said.')
    assert rows(q, "text", "speaker", "kind") == [('"“We will keep every school open,”', "Lena Park", "full")]


def test_a_curly_quote_inside_a_curly_quote_nests_unless_it_opens_a_sentence():
    q = nk.find_quotes("The letter said: “The plan was not “a gift to the city.” It was a loan.” Ben Ortiz wrote.")
    assert q["text"].tolist() == ["“The plan was not “a gift to the city.” It was a loan.”"]
    with pytest.warns(nk.NewskitWarning, match="opened again"):
        q = nk.find_quotes("The union said: “We welcome the pay deal.\n“We agree. “We regret the job cuts,” it said.")
    assert q["text"].tolist() == ["“We welcome the pay deal.", "“We agree.", "“We regret the job cuts,”"]


def test_paragraphs_run_into_one_line_each_reopened_with_a_mark_are_one_quotation():
    q = nk.find_quotes('The union said: "We welcome the pay deal. "We regret the job cuts. "We will vote." It left.')
    said = '"We welcome the pay deal. "We regret the job cuts. "We will vote."'
    assert rows(q, "text", "speaker") == [(said, "union")]


def test_a_closing_mark_typed_for_an_opening_one_pairs_with_the_next():
    q = nk.find_quotes("The mayor says,” we will fix every road this year.”")
    assert rows(q, "text", "speaker") == [("” we will fix every road this year.”", "mayor")]


def test_a_single_opening_mark_after_a_word_does_not_swallow_the_paragraph():
    q = nk.find_quotes("On NBC‘ Morning Talk, she said, “We will run again,” and left.")
    assert rows(q, "text", "cue") == [("“We will run again,”", "said")]


def test_a_straight_mark_right_after_a_colon_opens():
    q = nk.find_quotes('Sen. Ann Lee (D-Ore.):"Who told you that? Who told you that?"')
    assert q["text"].tolist() == ['"Who told you that? Who told you that?"']


def test_guillemets():
    q = nk.find_quotes("«Me encantan los gatos», afirmó Burtón.")
    assert rows(q, "text", "speaker", "cue") == [("«Me encantan los gatos»", "Burtón", "afirmó")]


def test_multi_paragraph_quote():
    text = ('"We did not receive positive feedback on the proposal,\n'
            '"But the final language made it optional," said Jo Briggs.')
    q = nk.find_quotes(text)
    assert q["kind"].tolist() == ["multi-paragraph", "multi-paragraph"]
    assert q["speaker"].tolist() == ["Jo Briggs", "Jo Briggs"]


def test_a_later_paragraph_with_no_opening_mark_carries_the_quotation_to_its_cue():
    text = "“Our plant will stay open.\nIt has served this town for a century,” wrote Mia Holt.\nShares rose."
    q = nk.find_quotes(text)
    assert rows(q, "text", "kind", "speaker") == [
        ("“Our plant will stay open.", "multi-paragraph", "Mia Holt"),
        ("It has served this town for a century,”", "multi-paragraph", "Mia Holt")]


def test_an_aside_cue_between_two_pieces_reports_the_first_piece_too():
    q = nk.find_quotes("It is fairer to call them “small homes” than huts, says Tom Reed, “because each has a kitchen”.")
    assert rows(q, "speaker", "cue") == [("Tom Reed", "says"), ("Tom Reed", "says")]


def test_unbalanced_opening_mark_warns_and_runs_to_paragraph_end():
    with pytest.warns(nk.NewskitWarning, match="not closed"):
        q = nk.find_quotes('The minister said: "We will never give up the fight for this.\nLater he left.')
    assert q["text"].tolist() == ['"We will never give up the fight for this.']


def test_stray_closing_mark_warns_and_is_ignored():
    with pytest.warns(nk.NewskitWarning, match="without an opener"):
        q = nk.find_quotes('uneasy on Gilmer street”\n"Detectives are looking into it," police said.')
    assert rows(q, "speaker", "cue") == [("police", "said")]


def test_scare_quote_and_title_are_scare():
    assert nk.find_quotes('Burton thinks that cats are "cuties".')["kind"].tolist() == ["scare"]
    assert nk.find_quotes('His favorite book is "One Hundred Years of Solitude".')["kind"].tolist() == ["scare"]


def test_a_song_and_a_lyric_named_as_such_are_terms():
    assert nk.find_quotes("The band opened with its new single, “Wander,” to a hall.")["kind"].tolist() == ["scare"]
    q = nk.find_quotes("In 2009 he reached the lyric “I will find you by the end of the night,” then left the stage.")
    assert q["kind"].tolist() == ["scare"]
    assert nk.find_quotes("Dr. Jo Song “was wrong to say it,” Al Roe wrote.")["kind"].tolist() == ["partial"]


@pytest.mark.parametrize("text", [
    "She starred in the cable drama, “Harbor Lights,” before the race.",            # a work's title after a comma
    "He was a guest on CBS’s “Evenings with Dana Cole,” where he spoke of taxes.",  # a title with a minor word
    'The senator told "Sunday Morning Live," that the bill would pass.',            # a show's title after a cue
    "Her first book, “Roads and Rivers: A Life in Maps,” sold well.",
])
def test_titles_of_works_are_scare_quotes(text):
    assert nk.find_quotes(text)["kind"].tolist() == ["scare"]


@pytest.mark.parametrize("text, kind", [
    ("The founder coined the slogan: “You pick the road, we do the rest.”", "scare"),  # a slogan named as one
    ("The firm’s motto, “Build it once, build it well,” hangs in every office.", "scare"),
    ("The founder coined it in 1900: “You pick the road, we do the rest.”", "full"),  # no naming noun: words said
])
def test_slogans_named_as_such_are_terms(text, kind):
    assert nk.find_quotes(text)["kind"].tolist() == [kind]


@pytest.mark.parametrize("text, kinds", [
    ("Walkers held signs with messages such as “Rivers are not drains” and “Fish can't vote, you can.”",
     ["scare", "scare"]),                                                           # a sign's message, then a list
    ("Another placard displayed the message, “Keep the mill open!”", ["scare"]),
    ("In Elmton, marchers carried banners, many homemade, with slogans such as “Save the marsh,” “Save the herons.”",
     ["scare", "scare"]),
    ("The marchers held signs. “We will keep coming back,” Jo Lee said.", ["full"]),  # words said after the signs
])
def test_the_messages_of_signs_and_banners_are_terms(text, kinds):
    assert nk.find_quotes(text)["kind"].tolist() == kinds


@pytest.mark.parametrize("text, kind", [
    ('The staff began to ask what would happen "if we do not win."', "partial"),  # short words are not a title
    ("Ana Ruiz: ‘We Will Win This Seat Back in the Fall.’", "full"),               # a headline capitalises all
    ("Tom Webb replied, “Yes.” Then he left.", "full"),                           # one capitalised word after a cue
    ("“Thank You Very Much,” she said to the crowd.", "full"),                   # a title-cased statement opening the sentence
])
def test_capitalised_and_short_quotations_of_speech_are_not_titles(text, kind):
    assert nk.find_quotes(text)["kind"].tolist() == [kind]


@pytest.mark.parametrize("text", [
    "The parts were declared as “spare tools for farm use” at the border.",       # a label goods were declared as
    "She was convicted on charges of “spreading false news about the army.”",      # the name of a charge
    "He was jailed under statutes covering “calls for unrest,” “insulting officials,” and “spreading lies.”",
    "The room broke into sighs and “are you really sure”s at the news.",          # a quoted phrase as a plural
    'Her [long walk](/news/walk-home.html "Teacher walks home across three states to raise money") ended today.',
])
def test_quoted_names_of_things_are_terms(text):
    assert set(nk.find_quotes(text)["kind"]) == {"scare"}


def test_a_straight_mark_set_off_by_spaces_opens_or_closes_by_what_is_open():
    text = '"We may be fine with this, " he told reporters, " but not the families who waited," Ana Ruiz said.'
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        found = nk.find_quotes(text)
    assert found["text"].tolist() == ['"We may be fine with this, "', '" but not the families who waited,"']


def test_quote_diff():
    assert quote_diff("a b c", "a x c") == "a [-b-] {+x+} c"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(['"', "“", "”", "'", "‘", "’", "«", "»", "Wang said", " ", ",", ".", "\n",
                                 "it's", "We", "go"]), min_size=1, max_size=30))
def test_any_marks_give_a_reading_never_an_exception(parts):
    text = "".join(parts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        spans = quote_spans(text, [(0, len(text))])
    for span in spans:
        assert 0 <= span["start"] < span["end"] <= len(text)


def test_textacy_cases(shared_dir):
    path = shared_dir / "corpora" / "textacy-quote-cases" / "direct_quotation_cases.jsonl"
    cases = [json.loads(line) for line in path.read_text().splitlines() if line]
    for case in cases:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = nk.find_quotes(case["text"])
        found = found[found["kind"] != "scare"]
        if "expected" in case:
            assert len(found) == len(case["expected"]), case["text"]
            for row, expected in zip(found.itertuples(), case["expected"]):
                assert expected["speaker"][0] in (row.mention, *row.speaker.split()), case["text"]
                assert row.cue == expected["cue"][0].lower()
        else:
            wanted = set(case["expected_speaker_tokens"])
            assert all(set(f"{r.mention} {r.speaker}".split()) & wanted for r in found.itertuples()), case["text"]


def test_mention_offsets(example):
    q = nk.quotes(example).dropna(subset=["mention_start"])
    for row in q.itertuples():
        assert example[row.version].raw[row.mention_start:row.mention_end] == row.mention


def test_sentence_opener_is_not_part_of_a_name():
    q = nk.find_quotes('But Bartho Boer disagrees. "We want to defend our values," he says.')
    assert q["speaker"].tolist() == ["Bartho Boer"]


@pytest.mark.parametrize("text, speaker", [
    ('"It is over," said Dr. Ann Lee, a doctor at the hospital.', "Ann Lee"),
    ('"We lost," the company\'s chief executive, John Smith, said in a statement.', "John Smith"),
    ('"We are ready," a spokesman for the ministry told Reuters.', "spokesman for the ministry"),
    ('Smith said: "We will win the vote."', "Smith"),
])
def test_common_news_attributions(text, speaker):
    assert nk.find_quotes(text)["speaker"].tolist() == [speaker]


def test_german_low_high_quotes_close_on_the_high_mark():
    text = "Der Präsident sagte: „Wir werden gehen.“ Die Truppen kamen an. „Wir gehen“, sagte er."
    with warnings.catch_warnings():
        warnings.simplefilter("error", nk.NewskitWarning)
        found = [text[q["start"]:q["end"]] for q in quote_spans(text, [(0, len(text))])]
    assert found == ["„Wir werden gehen.“", "„Wir gehen“"]


def test_an_english_opening_mark_after_a_colon_still_opens():
    text = "He said:“Hello there.” Then he left."
    assert [text[q["start"]:q["end"]] for q in quote_spans(text, [(0, len(text))])] == ["“Hello there.”"]


def test_a_quotation_given_to_a_company_by_its_full_and_short_names_keeps_its_speaker():
    story = nk.story_from_texts({
        "a": 'The plant shut on Monday. Elm Foods Packing Systems said it was "working hard to fix the leak." '
             'It rained.',
        "b": 'The plant shut on Monday. Elm Foods said it was "working hard to fix the leak." It rained.'})
    assert nk.compare_quotes(story)["kind"].tolist() == ["identical"]
