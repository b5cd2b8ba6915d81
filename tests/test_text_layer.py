"""Tests of the text layer's word lists (newskit.text.lexicon) and tokens (newskit.text.tokens)."""

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.blocks import label_blocks
from newskit.cues import CUES, QUOTE_CUES, credit_sources, source_type, source_words
from newskit.metadata import text_metadata
from newskit.story import story_from_texts
from newskit.text import lexicon
from newskit.text.lexicon import (
    AGENCY_ALONE_PATTERN, AGENCY_FORMS, AGENCY_PATTERN, CREDIT_ROLE_PATTERN, CREDIT_ROLES, STATE_AGENCIES,
    TITLE_ABBREVIATIONS, WEEKDAYS, WIRE_PATTERN, canonical_agency, verb_forms,
)
from newskit.text.sentences import split_sentences
from newskit.text.tokens import (
    WORD, continues_sentence, paragraph_spans, spaced_tokens, tokens, words,
)
from newskit.text.typography import canonical

FORMS = [(name, form) for name, forms in AGENCY_FORMS.items() for form in (name, *forms)]

# --- lexicon ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, form", FORMS)
def test_every_agency_form_maps_to_its_canonical_name(name, form):
    assert canonical_agency(form) == name
    assert re.fullmatch(f"(?:{AGENCY_PATTERN})", form)
    expected = "state media" if name in STATE_AGENCIES else "wire agency"
    assert source_type(form) == expected
    assert bool(re.fullmatch(f"(?:{WIRE_PATTERN})", form.lower(), re.IGNORECASE)) == (name not in STATE_AGENCIES)


def test_no_agency_form_belongs_to_two_agencies():
    forms = [form for _, form in FORMS]
    assert len(forms) == len(set(forms))


def test_a_name_that_is_no_agency_stays_as_written():
    assert canonical_agency("Jo Doe") == "Jo Doe"
    assert canonical_agency("Reuters Breakingviews") == "Reuters Breakingviews"


@pytest.mark.parametrize("name, form", FORMS)
def test_every_agency_form_is_known_to_datelines_credits_and_metadata(name, form):
    text = f"It rained.\n\nLONDON ({form}) - It poured."
    blocks = label_blocks(text)
    assert "dateline" in blocks["label"].tolist()
    assert text_metadata(blocks)["agency"] == name
    version = story_from_texts({"a": text}).versions[0]
    assert [row["source"] for row in credit_sources(version)] == [name]


@pytest.mark.parametrize("name, form", FORMS)
def test_an_agency_alone_in_any_case_is_one_byline_to_blocks_and_metadata(name, form):
    assert re.fullmatch(AGENCY_ALONE_PATTERN, f"the {form.upper()}") and not re.fullmatch(AGENCY_ALONE_PATTERN, "the")
    text = f"Ferry service resumes on the lake\n\nby THE {form.upper()}\n\nThe ferry sailed again on Monday."
    blocks = label_blocks(text)
    assert blocks["label"].tolist()[2] == "byline"
    assert text_metadata(blocks)["agency"] == name


def test_every_credit_role_is_read_by_blocks_cues_and_metadata():
    for role, key in CREDIT_ROLES.items():
        text = f"It rained all day.\n\n({role.title()} by Jo Doe)"
        blocks = label_blocks(text)
        assert blocks["label"].tolist()[-1] == "credit", role
        assert text_metadata(blocks)[key] == "Jo Doe"
        assert re.fullmatch(f"(?:{CREDIT_ROLE_PATTERN})", role.replace(" ", "  "), re.IGNORECASE)


def test_a_trailing_credit_of_any_role_is_cut_from_its_paragraph():
    blocks = label_blocks("It rained.\n\nIt poured all day long. (Written by Jo Doe)")
    assert blocks["label"].tolist()[-1] == "credit" and blocks["text"].tolist()[-1] == "(Written by Jo Doe)"


def test_every_reporting_verb_form_is_a_cue():
    for verb in lexicon.REPORTING_VERBS:
        for form in verb_forms(verb):
            assert QUOTE_CUES.fullmatch(form), form
            assert verb == "ask" or CUES.fullmatch(form), form
            assert form in lexicon.REPORTING_WORDS


def test_noun_like_verbs_read_as_cues_only_when_inflected_as_verbs():
    assert not CUES.fullmatch("report") and CUES.fullmatch("reported")
    assert verb_forms("say") == ["say", "says", "said", "saying"]


@pytest.mark.parametrize("base, forms", [
    ("admit", ["admit", "admits", "admitted", "admitting"]),
    ("prefer", ["prefer", "prefers", "preferred", "preferring"]),
    ("snap", ["snap", "snaps", "snapped", "snapping"]), ("quip", ["quip", "quips", "quipped", "quipping"]),
    ("plead", ["plead", "pleads", "pleaded", "pleading"]), ("marvel", ["marvel", "marvels", "marveled", "marveling"]),
    ("agree", ["agree", "agrees", "agreed", "agreeing"]), ("free", ["free", "frees", "freed", "freeing"]),
    ("guarantee", ["guarantee", "guarantees", "guaranteed", "guaranteeing"]),
    ("lie", ["lie", "lies", "lied", "lying"]),
    ("deny", ["deny", "denies", "denied", "denying"]), ("say", ["say", "says", "said", "saying"]),
    ("argue", ["argue", "argues", "argued", "arguing"]), ("stress", ["stress", "stresses", "stressed", "stressing"]),
    ("veto", ["veto", "vetoes", "vetoed", "vetoing"]), ("echo", ["echo", "echoed", "echoing"]),
    ("go on", ["go on", "goes on", "went on", "going on"]),
    ("see", ["see", "sees", "seeing"]), ("read", ["read", "reads", "read", "reading"]),
])
def test_verb_forms_spell_each_inflection(base, forms):
    assert verb_forms(base) == forms


def test_the_determiners_are_articles_and_function_words():
    assert lexicon.ARTICLES <= lexicon.DETERMINERS <= lexicon.FUNCTION_WORDS


def test_lists_of_function_words_hold_the_one_set_of_prepositions():
    assert lexicon.PREPOSITIONS <= lexicon.UNFINISHED_ENDS and lexicon.PREPOSITIONS <= lexicon.NAME_BREAKS
    assert {"of", "with", "into"} <= lexicon.TITLE_MINOR_WORDS and not {"about", "between"} & lexicon.TITLE_MINOR_WORDS
    assert source_words("her post by") is None and source_words("the report the") is None


def test_sentence_openers_leave_out_words_that_are_also_names():
    assert not lexicon.SENTENCE_OPENERS & {"may", "will", "can", "i"}
    assert {"the", "he", "but", "however"} <= lexicon.SENTENCE_OPENERS


@pytest.mark.parametrize("title", sorted(TITLE_ABBREVIATIONS))
def test_a_title_abbreviation_neither_ends_a_sentence_nor_loses_its_stop(title):
    text = f"{title.title()}. Jo Lee spoke. She left."
    assert split_sentences(text) == [f"{title.title()}. Jo Lee spoke.", "She left."]
    assert tokens(text)[0] == (f"{title.title()}.", 0, len(title) + 1)


def test_weekdays_are_in_calendar_order():
    monday = date(2024, 1, 1)
    assert [WEEKDAYS[date(2024, 1, 1 + k).weekday()] for k in range(7)] == list(WEEKDAYS)
    assert monday.weekday() == 0
    assert set(lexicon.DATE_WORDS) >= set(lexicon.MONTHS) | set(WEEKDAYS) | set(lexicon.DAY_OFFSETS)


def test_abbreviations_that_are_words_end_sentences():
    assert split_sentences("It was in May. Then it rained.") == ["It was in May.", "Then it rained."]
    assert split_sentences("It was in Sept. 2020 that it rained.") == ["It was in Sept. 2020 that it rained."]


def test_name_particles_join_names_in_bylines():
    assert label_blocks("It rained.\n\nBy Ana de la Cruz")["label"].tolist()[-1] == "byline"


# --- tokens ----------------------------------------------------------------------------------------------

_TEXT = st.lists(st.sampled_from(list("ab AB.,;:'’-\n“”\"()É1_") + ["Dr.", "U.S.", "Jean- Pierre", "\n\n"]),
                 max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.data())
def test_token_offsets_are_true(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = tokens(text, start, end)
    for token, s, e in found:
        assert text[s:e] == token
        assert start <= s < e <= end
    assert all(a[2] <= b[1] for a, b in zip(found, found[1:]))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_spaced_tokens_tile_the_text(text):
    spans = spaced_tokens(text)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_paragraph_spans_are_the_stretches_between_blank_lines(text):
    spans = paragraph_spans(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert text[end:start].strip() == "" and text[end:start].count("\n") >= 2
    for s, e in spans:
        assert not re.search(r"\n[^\S\n]*\n", text[s:e])


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_words_are_the_lower_cased_word_matches(text):
    assert words(text) == WORD.findall(canonical(text).lower())  # read in the comparison form
    assert all(w == w.lower() for w in words(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30), st.text(st.sampled_from(list(" \n\"'’”)]—–-….")), max_size=5))
def test_continuation_reads_past_leading_marks_and_comma_only_widens_it(text, lead):
    for comma in (True, False):
        assert continues_sentence(lead + text, comma=comma) == continues_sentence(text, comma=comma)
    if continues_sentence(text, comma=False):
        assert continues_sentence(text)
    opening = re.match(r"[^\w,;:]*(\w)", lead + text)
    if opening and opening.group(1).isupper():
        assert not continues_sentence(lead + text)


@pytest.mark.parametrize("text, comma, expected", [
    ("she said.", True, True),
    ('" she said.', False, True),
    ("– ‘pink slime’ is a filler.", False, True),
    ("... and then it rained.", True, True),
    (", according to the reading.", True, True),
    (", according to the reading.", False, False),
    ("; the rest followed.", True, True),
    ("It rained.", True, False),
    ("Élysée officials said so.", True, False),
    ("élan was shown.", True, True),
    ("3 people died.", True, False),
    ("اشترى الخبز.", True, False),
    ("", True, False),
])
def test_continues_sentence(text, comma, expected):
    assert continues_sentence(text, comma=comma) is expected


def test_one_continuation_test_serves_splitter_alignment_and_comparison():
    assert split_sentences('"This is great." she said.') == ['"This is great." she said.']
    assert split_sentences("Chaos. , according to the reading.") == ["Chaos.", ", according to the reading."]
    assert split_sentences("Talks ended. اشترى الخبز.") == ["Talks ended.", "اشترى الخبز."]
