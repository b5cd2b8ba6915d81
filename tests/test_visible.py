"""The visible view (newskit.text.visible): zero-width characters and soft hyphens scattered through a
story change none of what the rules find in it, and offsets still point into the raw text."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit as nk
from newskit.blocks import label_blocks
from newskit.encoding import decode
from newskit.errors import NewskitWarning
from newskit.text.visible import INVISIBLE, visible, visible_text

TEXTS = {
    "wire": (
        "Kyiv pledges to hold the line\n\n"
        "By Mara Quillfeather and Tobias Wrenhall\n\n"
        "KYIV (Reuters) - Ukrainian President Volodymyr Zelenskiy said on Monday that the front would hold. "
        "\u201cWe will not give up a metre,\u201d Zelenskiy told reporters in Kyiv.\n\n"
        "Defence Minister Oksana Brelova said the army had enough shells, according to a statement. "
        "\u201cThe supplies are arriving,\u201d she said.\n\n"
        "(Reporting by Mara Quillfeather in Washington; Editing by Tobias Wrenhall)"
    ),
    "rewrite": (
        "Zelensky says front will hold\n\n"
        "KYIV, Ukraine (AP) - Volodymyr Zelensky, Ukraine\u2019s president, said the front would hold. "
        "\u201cWe will not give up a metre,\u201d he said.\n\n"
        "Brelova, the defence minister, told The Associated Press that supplies were arriving."
    ),
}


def _scatter(text: str, chosen: set[int], marks: list[str]) -> str:
    """``text`` with an invisible character before each letter whose index is in ``chosen``."""
    return "".join((marks[k % len(marks)] if k in chosen and ch.isalpha() else "") + ch for k, ch in enumerate(text))


def _story(texts: dict[str, str]):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewskitWarning)
        return nk.story_from_texts(texts)


def _in_view(frame: pd.DataFrame, raws: dict[str, str], spans: list[tuple[str, str]], texts: list[str]) -> list:
    """Rows with raw offsets mapped to the visible view and text columns without invisible characters."""
    views = {v: visible(raw) for v, raw in raws.items()}
    out = frame.copy()
    for first, last in spans:
        for column in (first, last):
            out[column] = [pd.NA if pd.isna(x) else views[v].view_offset(int(x)) for v, x in zip(out["version"], out[column])]
    for column in texts:
        out[column] = [visible_text(str(x)) for x in out[column]]
    return out.astype(str).values.tolist()


def _outputs(texts: dict[str, str]) -> dict[str, list]:
    story = _story(texts)
    raws = {v.id: v.raw for v in story}
    blocks = nk.story_blocks(story)
    return {
        "blocks": _in_view(blocks, raws, [("start", "end")], ["text"]),
        "meta": [v.meta for v in story],
        "quotes": _in_view(nk.quotes(story), raws, [("start", "end"), ("mention_start", "mention_end")],
                           ["text", "speaker", "mention"]),
        "attributions": _in_view(nk.attributions(story), raws, [("start", "end")], ["source", "mention"]),
        "entities": nk.source_entities(story).astype(str).values.tolist(),
        "sentences": _in_view(nk.sentences(story), raws, [("start", "end")], ["text"]),
    }


CLEAN = None


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_invisible_characters_before_letters_change_nothing(data):
    """Quotes, speakers, sources, entities, blocks, metadata and sentences of a story are those of the same
    story with zero-width characters or soft hyphens before any of its letters (offsets mapped)."""
    global CLEAN
    CLEAN = CLEAN or _outputs(TEXTS)
    marks = data.draw(st.lists(st.sampled_from(list(INVISIBLE)), min_size=1, max_size=3))
    marked = {}
    for key, text in TEXTS.items():
        letters = [k for k, ch in enumerate(text) if ch.isalpha()]
        chosen = set(data.draw(st.lists(st.sampled_from(letters), max_size=40)))
        marked[key] = _scatter(text, chosen, marks)
    assert _outputs(marked) == CLEAN


def test_names_after_zero_width_characters_are_resolved_and_clean():
    texts = {key: text.replace("Zelenskiy told", "\u200cZelenskiy told").replace("in Washington", "in \u200bWashington")
             for key, text in TEXTS.items()}
    story = _story(texts)
    quoted = nk.quotes(story)
    first = quoted[quoted["version"] == "wire"].iloc[0]
    assert first["speaker"] == "Volodymyr Zelenskiy" and first["mention"] == "Zelenskiy"
    raw = story["wire"].raw
    assert raw[first["mention_start"]:first["mention_end"]] == "\u200cZelenskiy"
    assert story["wire"].meta["reporting_by"] == "Mara Quillfeather in Washington"


@pytest.mark.parametrize("raw", ["", "plain text", "\u200b", "a\u200b b", "\u200b\u00adab\ufeff c\u2060 "])
def test_maps_go_there_and_back(raw):
    shown = visible(raw)
    assert shown.text == "".join(ch for ch in raw if ch not in INVISIBLE)
    assert [shown.view_offset(shown.raw_offset(k)) for k in range(len(shown.text) + 1)] == \
        list(range(len(shown.text) + 1))
    assert shown.raw_offset(len(shown.text)) == len(raw)
    for k in range(len(shown.text)):  # each visible character lies in its own raw span, with nothing else visible
        piece = raw[shown.raw_offset(k):shown.raw_offset(k + 1)]
        assert visible_text(piece) == shown.text[k]


def test_invisible_characters_stay_with_the_word_they_touch():
    raw = "in \u200bWashington\u200b said"
    shown = visible(raw)
    start = shown.text.index("Washington")
    assert raw[slice(*shown.raw_span(start, start + len("Washington")))] == "\u200bWashington\u200b"


def test_blocks_tile_the_raw_text_and_are_found_in_the_view():
    raw = "Headline\u200b\n\n\u200bBy Mara \u200bQuillfeather\n\nKYIV (\u200bReuters) - It rained.\n\n\u200b\n\nIt poured."
    blocks = label_blocks(raw)
    assert "".join(blocks["text"]) == raw
    assert blocks["label"].tolist()[:5] == ["headline", "whitespace", "byline", "whitespace", "dateline"]
    assert all(raw[s:e] == t for s, e, t in zip(blocks["start"], blocks["end"], blocks["text"]))


def test_a_text_a_reader_sees_nothing_of_is_refused_as_blank_and_blocks_call_it_whitespace():
    for text in ("\u200b", " \u00ad\n\ufeff "):
        with pytest.raises(nk.NewskitError, match="holds only whitespace"):
            nk.story_from_texts({"a": text, "b": "It rained."})
        assert label_blocks(text)["label"].tolist() == ["whitespace"]
    with pytest.raises(nk.NewskitError, match="holds only whitespace"):
        decode("\u200b\n".encode(), "a.txt")
    assert label_blocks("Rain.\n\n\u00ad")["label"].tolist() == ["body", "whitespace"]


def test_character_references_left_by_a_scraper_read_as_their_characters_with_raw_offsets_kept():
    raw = "Fire &amp; rescue crews reached O&#39;Brien&#x27;s farm at 6 a.m.&nbsp;&quot;We ran,&quot; he said."
    view = visible(raw)
    assert view.text == "Fire & rescue crews reached O'Brien's farm at 6 a.m.\u00a0\"We ran,\" he said."
    start = view.text.index("O'Brien")
    assert raw[slice(*view.raw_span(start, start + len("O'Brien's")))] == "O&#39;Brien&#x27;s"
    assert visible_text("AT&T; &bogus;") == "AT&T; &bogus;"  # no character of that name: read as written
    blocks = label_blocks(raw)
    assert "".join(blocks["text"]) == raw and blocks["label"].tolist() == ["body"]



def test_a_reference_standing_for_no_character_is_read_as_written_and_sources_are_found():
    raw = "Jo Lee said the pier would close&amp;hellp; \u201cIt is over,\u201d she said."
    assert visible(visible(raw).text).changed is False  # the view of the view is itself: no endless re-reading
    table = nk.attributions(_story({"a": raw, "b": raw}))
    assert set(table["source"]) == {"Jo Lee"}
