"""The side-by-side view shows every block and escapes the article text."""

import newskit as nk


def test_article_markup_is_escaped():
    story = nk.story_from_texts({"a": "Title <i>x</i>\n\n<script>alert(1)</script> said.", "b": "Other text."})
    page = nk.versions_side_by_side(story)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;i&gt;x&lt;/i&gt;" in page


def test_every_non_whitespace_block_is_shown_with_its_offsets(example):
    page = nk.versions_side_by_side(example)
    for version in example.versions:
        for block in version.blocks.itertuples():
            if block.label not in ("body", "whitespace"):
                assert f"<b>{block.label}</b> [{block.start}:{block.end}]" in page
