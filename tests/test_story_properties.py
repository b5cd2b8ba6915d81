"""Invariants of block labelling, for any text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.blocks import LABELS, label_blocks

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
        assert (row.label == "whitespace") == (not row.text.strip())
        pos = row.end
    assert pos == len(text)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_body_paragraphs_are_numbered_in_order(text):
    blocks = label_blocks(text)
    body = blocks[blocks["label"] == "body"]
    assert body["paragraph"].tolist() == list(range(len(body)))
