"""Readability: textstat counts over newskit's sentences."""

import math

import textstat

import newskit as nk
from newskit.readability import COUNTS, count_vector, indices


def test_text_stats_one_row_per_version(example):
    stats = nk.text_stats(example)
    assert stats["version"].tolist() == example.ids
    for column in ["paragraphs", "sentences", "words", "mean_sentence_length", "flesch_kincaid_grade", "smog_index"]:
        assert column in stats
    assert (stats["words"] > 0).all()


def test_formulas_match_textstat_with_its_own_sentence_count():
    text = "The quick brown fox jumps over the lazy dog. Nobody expected the inquisition, obviously. " * 5
    scores = indices(count_vector(text), textstat.sentence_count(text))
    for name, value in scores.items():
        assert math.isclose(value, getattr(textstat, name)(text), abs_tol=1e-9), name
    assert len(count_vector(text)) == len(COUNTS)
