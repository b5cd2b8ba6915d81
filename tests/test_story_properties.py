"""Invariants of loading, for any text: blocks tile it, sentences point at their text."""

import warnings

from hypothesis import given, settings
from hypothesis import strategies as st

import newskit as nk
from newskit.blocks import LABELS, label_blocks
from newskit.text.visible import blank

# Text drawn from the characters that steer labelling: letters, digits, punctuation,
# quotes, brackets, dashes, newlines, carriage returns and non-breaking spaces.
ALPHABET = st.sampled_from(list("aZ Q.,;:!?()\"“”‘’'|-–—\n\r\t\u00a0") + ["Reuters", "By ", "Read more:", "(Reporting by "])
TEXTS = st.lists(ALPHABET, max_size=80).map("".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_blocks_tile_any_text(text):
    blocks = label_blocks(text)
    assert "".join(blocks["text"]) == text
    pos = 0
    for row in blocks.itertuples():
        assert row.start == pos and row.end > row.start
        assert text[row.start:row.end] == row.text
        assert row.label in LABELS
        assert (row.label == "whitespace") == blank(row.text)
        pos = row.end
    assert pos == len(text)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_body_paragraphs_are_numbered_in_order(text):
    blocks = label_blocks(text)
    body = blocks[blocks["label"] == "body"]
    assert body["paragraph"].tolist() == list(range(len(body)))


@settings(max_examples=200, deadline=None)
@given(TEXTS.filter(lambda text: not blank(text)))  # a text that shows nothing is refused on loading
def test_sentence_offsets_point_at_their_text_in_any_story(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        story = nk.story_from_texts({"a": text})
    found = nk.sentences(story)
    assert list(found["sentence"]) == list(range(len(found)))
    for row in found.itertuples():
        assert text[row.start:row.end] == row.text and row.text.strip() == row.text != ""
    body = story["a"].blocks.query("label == 'body'")
    inside = [any(b.start <= row.start and row.end <= b.end for b in body.itertuples()) for row in found.itertuples()]
    assert all(inside)
    # nothing lost: every non-space character of the body lies in some sentence
    covered = sum(len("".join(t.split())) for t in found["text"])
    assert covered == sum(len("".join(t.split())) for t in body["text"])
