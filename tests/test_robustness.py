"""Robustness sweep: every public entry point on awkward but legal stories, and their invariants."""

import warnings

import matplotlib
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import newskit as nk
from newskit.alignment import KINDS

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

BASE = ('Headline about things\n\nThe president said on Monday that troops would leave. "We will go home," he said.'
        "\n\nOfficials told Reuters the plan was agreed late Sunday.")
LONG = "\n\n".join(f"{i} people arrived on Monday." for i in range(200))
STORIES = {
    "one version": {"a": BASE},
    "identical": {"a": BASE, "b": BASE},
    "three versions": {"a": BASE, "b": BASE.replace("Monday", "Tuesday"), "c": BASE + "\n\nA paragraph was added."},
    "no sentence end": {"a": BASE, "b": "Headline\n\nthe president said troops would leave\n\nofficials agreed"},
    "headline only": {"a": BASE, "b": "Only a headline"},
    "no body at all": {"a": BASE, "b": "Reuters"},
    "one word": {"a": BASE, "b": "Headline\n\nWord"},
    "long": {"a": LONG, "b": LONG.replace("Monday", "Tuesday")},
    "crlf": {"a": BASE.replace("\n", "\r\n"), "b": BASE.replace("\n", "\r\n").replace("Monday", "Friday")},
    "no quotation marks": {"a": "Title\n\nThe sky was blue. Nobody spoke.", "b": "Title\n\nThe sky was grey."},
    "unbalanced marks": {"a": 'Title\n\nHe said "we will win. And left.\n\nShe said “no more.',
                         "b": "Title\n\nHe said ”we will win” and “ then « left."},
    "quote over every paragraph": {"a": '"First part.\n\n"Second part.\n\n"Third part," he said.',
                                   "b": "“First part.\n\n“Second part.\n\n“Third part,” she said."},
    "french german spanish": {
        "fr": "Titre\n\nLe président a déclaré lundi : « Nous partirons bientôt. » Les troupes sont arrivées.",
        "de": "Titel\n\nDer Präsident sagte am Montag: „Wir werden gehen.“ Die Truppen kamen an.",
        "es": "Título\n\nEl presidente dijo: «Nos iremos pronto». ¿Qué pasará? ¡Nadie sabe!"},
    "numbers and urls": {"a": "Title\n\nSee https://example.com/a?b=1&c=2. It cost $1,234.56 on 2022-01-07, up 3.5%.",
                         "b": "Title\n\n12 34 56 78. 3.14159 2.71828 1e10. http://a.b/c www.x.org/p.html"},
    "emoji and rtl": {"a": "Title 🎉\n\nThe president 👍 said “hello 🌍”. مرحبا بالعالم. שלום עולם.",
                      "b": "Title\n\n\u202eReversed\u202c text 😀. العربية هنا."},
    "odd version ids": {"my version": BASE, "vérsion ü 日本": BASE.replace("Monday", "Sunday")},
    "nothing shared": {"a": BASE, "b": "Completely different\n\nCats eat fish. Dogs bark loudly at night."},
}


def _story(texts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        return nk.story_from_texts(texts)


def check_invariants(story):
    """Call every entry point once (sharing frames) and check the invariants the docs state."""
    ids = story.ids
    blocks = nk.story_blocks(story)
    for v in story.versions:
        mine = blocks[blocks["version"] == v.id]
        assert "".join(mine["text"]) == v.raw
        assert all(v.raw[a:e] == t for a, e, t in zip(mine["start"], mine["end"], mine["text"]))
    sents = nk.sentences(story)
    for v in story.versions:
        mine = sents[sents["version"] == v.id]
        assert mine["sentence"].tolist() == list(range(len(mine)))
        assert all(v.raw[a:e] == t for a, e, t in zip(mine["start"], mine["end"], mine["text"]))
    alignment = nk.align(story)
    assert set(alignment["kind"]) <= set(KINDS)
    assert alignment["similarity"].dropna().between(0, 1).all()
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            pair = alignment[(alignment["version_a"] == a) & (alignment["version_b"] == b)]
            for side, version in (("sentence_a", a), ("sentence_b", b)):
                assert set(pair[side].dropna()) == set(range(int((sents["version"] == version).sum())))
                again = pair[pair[side].notna() & pair[side].duplicated(keep=False)]
                assert set(again["kind"]) <= {"merged", "split"}
    fams = nk.families(story)
    if len(ids) > 1:
        for v in ids:
            numbers = sorted(int(n) for cell in fams[v].dropna() for n in cell.split("+"))
            assert numbers == list(range(int((sents["version"] == v).sum())))
    found = nk.changes(story)
    for row in found.itertuples(index=False):
        assert 0 <= row.start_a <= row.end_a <= len(story[row.version_a].raw)
        assert 0 <= row.start_b <= row.end_b <= len(story[row.version_b].raw)
    nk.substitutions(story)
    quoted = nk.quotes(story)
    for row in quoted.itertuples(index=False):
        raw = story[row.version].raw
        assert raw[row.start:row.end] == row.text
        if pd.notna(row.mention_start):
            assert raw[row.mention_start:row.mention_end] == row.mention
    matched = nk.compare_quotes(story)
    assert matched["similarity"].dropna().between(0, 1).all()
    cited = nk.attributions(story)
    for row in cited.itertuples(index=False):
        assert 0 <= row.start <= row.end <= len(story[row.version].raw)
    nk.compare_sources(story)
    nk.source_table(story)
    nk.cue_changes(story)
    alone = nk.unmatched_material(story)
    assert all(story[v].raw[a:e] == t for v, a, e, t in zip(alone["version"], alone["start"], alone["end"], alone["text"]))
    for row in nk.relative_dates(story).itertuples(index=False):
        assert story[row.version].raw[row.start:row.end] == row.text
    assert nk.provenance(story)["version"].tolist() == ids
    nk.sentence_counts(story)
    stats = nk.text_stats(story)
    assert stats["version"].tolist() == ids
    nk.short_text(stats)
    assert len(nk.sentence_stats(story)) == len(sents)
    nk.plot_paragraphs(nk.paragraph_stats(story))
    nk.intervals(story, resamples=20, warn=False)
    nk.differences(story, resamples=20)
    nk.drivers(story, top=2)
    nk.furniture_shift(nk.raw_vs_body(story))
    nk.sourcing_density(story)
    nk.side_by_side(story, ids[0], ids[-1])
    nk.versions_side_by_side(story)
    nk.plot_alignment(story, ids[0], ids[-1])
    nk.plot_sources(story)
    plt.close("all")
    for v in story.versions:
        nk.find_quotes(v.raw)
        diff = nk.word_diff(story.versions[0].body, v.body)
        assert "".join(diff["text_a"]) == story.versions[0].body and "".join(diff["text_b"]) == v.body


@pytest.mark.parametrize("name", list(STORIES))
def test_every_entry_point_on_an_awkward_story(name):
    check_invariants(_story(STORIES[name]))


WORDS = ["the", "President", "said", "told", "Reuters", "“", "”", '"', "«", "»", "„", "'", "it", "Monday", "late",
         "3.5%", "https://x.org/a.b", "é", "日本", "مرحبا", "😀", ",", ".", "?", "!", ":", "according to", "Mr.", "U.S."]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t"]
TEXT = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)).map("".join), min_size=1, max_size=30)
TEXT = TEXT.map("".join).filter(str.strip)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(TEXT, min_size=1, max_size=3))
def test_invariants_hold_on_generated_stories(texts):
    check_invariants(_story({f"v {i} ü": text for i, text in enumerate(texts)}))


def test_a_version_without_body_gets_nan_intervals_not_an_error():
    story = _story({"a": "It rained. It poured all day.", "b": "Reuters"})
    frame = nk.intervals(story, resamples=20, warn=False)
    assert frame.loc[frame["version"] == "b", ["value", "low", "high"]].isna().all().all()
    assert not nk.differences(story, resamples=20)["significant"].any()


def test_unmatched_material_keeps_its_columns_when_no_version_has_a_sentence():
    frame = nk.unmatched_material(_story({"a": "Reuters", "b": "Reuters "}))
    assert frame.empty and list(frame.columns) == ["version", "sentence", "paragraph", "start", "end", "text", "sources"]


def test_a_speaker_named_after_its_cue_points_at_the_name():
    frame = nk.quotes(_story({"a": "said President « the the the مرحبا "}))
    assert frame["mention"].tolist() == ["President"]
    assert (frame["mention_start"].tolist(), frame["mention_end"].tolist()) == ([5], [14])


def test_a_speaker_mention_is_the_text_as_written_at_its_offsets():
    text = "Title\n\nThe plan failed, according to  Jo   Bloggs. “It is too high,” said the   minister Jo  Bloggs."
    row = nk.quotes(_story({"a": text})).iloc[0]
    assert text[row["mention_start"]:row["mention_end"]] == row["mention"] == "Jo  Bloggs"
