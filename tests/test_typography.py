"""Typographic equivalence: the same words typed differently are the same under every comparison."""

import re
import warnings

from hypothesis import given, settings
from hypothesis import strategies as st

import newskit as nk
from newskit.alignment import align_texts
from newskit.errors import NewskitWarning
from newskit.matching import text_ratio, words
from newskit.story import story_from_texts
from newskit.summary import findings
from newskit.text.typography import canonical, comparison_form, only_typography
from newskit.wording import word_diff

# Each typographic piece of a sentence, in its plain form, and the ways copy types it.
VARIANTS = {
    "'": ["'", "’", "‘", "´", "`", "ʼ", "′"],
    '"': ['"', "“", "”", "„", "«", "»", "″"],
    " - ": [" - ", " — ", " – ", " -- ", "—", " − ", "\u00a0—\u00a0", "--"],
    "-": ["-", "‐", "‑", "–", "−"],
    " ": [" ", "\u00a0", "\u2009", "\u202f", "  ", " \u200b", "\u200b "],
    "...": ["...", "…"],
}
WORDS = ["Russia", "said", "the", "talks", "would", "resume", "on", "Monday", "not", "Putin", "12", "plan"]


def _pieces():
    """A sentence as a list of pieces: plain text, or a typographic piece (a key of VARIANTS)."""
    word = st.sampled_from(WORDS)
    piece = st.one_of(
        word.map(lambda w: [w]),
        word.map(lambda w: [w, "'", "s"]),                     # Russia's
        st.tuples(word, word).map(lambda p: [p[0], "-", p[1]]),  # well-known
        st.lists(word, min_size=1, max_size=3).map(lambda ws: ['"', *_spaced(ws), '"']),
        st.just([" - "]),
        st.just(["..."]),
    )
    return st.lists(piece, min_size=1, max_size=8).map(_sentence)


def _spaced(ws):
    out = []
    for w in ws:
        out += [w, " "]
    return out[:-1]


def _sentence(parts):
    out = ["It"]
    for part in parts:
        if part == [" - "] and out[-1] == " - ":
            continue  # two dashes in a row are one dash however typed
        out += ([" "] if out[-1] not in (" - ",) and part[0] != " - " else []) + part
    return out + ["."]


def _layout(text):
    """Text as far as layout goes: runs of spaces, tabs and line breaks as one space."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def _typed(pieces, choose):
    return "".join(choose(VARIANTS[p]) if p in VARIANTS else p for p in pieces)


@settings(max_examples=150, deadline=None)
@given(_pieces(), st.randoms(use_true_random=False))
def test_a_typographic_variant_aligns_as_identical_with_no_word_change(pieces, rnd):
    a = _typed(pieces, lambda v: v[0])
    b = _typed(pieces, rnd.choice)
    assert canonical(a).strip() == canonical(b).strip()
    links = align_texts(["Storms hit the coast.", a, "Roads were closed."], ["Storms hit the coast.", b, "Roads were closed."])
    row = links[links["sentence_a"] == 1].iloc[0]
    assert (row["sentence_b"], row["kind"]) == (1, "identical")
    assert bool(row["typography"]) == (_layout(a) != _layout(b))
    assert links["kind"].eq("identical").all()
    diff = word_diff(a, b)
    assert diff["kind"].tolist() == ["equal"] * len(diff)
    assert "".join(diff["text_a"]) == a and "".join(diff["text_b"]) == b
    for r in diff.itertuples(index=False):
        assert a[r.start_a:r.end_a] == r.text_a and b[r.start_b:r.end_b] == r.text_b


@settings(max_examples=150, deadline=None)
@given(_pieces(), st.randoms(use_true_random=False), st.sampled_from(WORDS))
def test_a_real_change_beside_typography_is_the_only_change_and_its_offsets_are_raw(pieces, rnd, new):
    a = _typed(pieces, lambda v: v[0])
    b = _typed(pieces, rnd.choice) + " " + new
    changed = word_diff(a, b).query("kind != 'equal'")
    assert len(changed) == 1
    row = changed.iloc[0]
    assert row.kind == "insert" and row.text_b.strip() == new and b[row.start_b:row.end_b] == row.text_b


_alphabet = st.text(alphabet=list("ab .,-—–‑…'’“”\"´`«»\u00a0\u2009\u200b\u00ad\n\t\u0301"), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_alphabet)
def test_the_comparison_form_points_back_into_the_raw_text_and_is_stable(text):
    form, bounds = comparison_form(text)
    assert len(bounds) == len(form) + 1 and bounds[0] == 0 and bounds[-1] == len(text)
    assert all(x <= y for x, y in zip(bounds, bounds[1:]))
    assert canonical(form) == form and "  " not in form


def test_the_comparison_form_of_each_kind_of_typography():
    assert canonical("“No,” he said. «Non» „Nein“ ″yes″") == '"No," he said. "Non" "Nein" "yes"'
    assert canonical("Russia’s Russia´s Russia`s Russiaʼs Russia′s") == "Russia's " * 4 + "Russia's"
    assert canonical("a — b, a—b, a -- b, a – b, a − b") == "a - b, a - b, a - b, a - b, a - b"
    assert canonical("well‑known, 1990–95, pro‐war") == "well-known, 1990-95, pro-war"
    assert canonical("a\u00a0b\u2009c\u202fd  e\t\nf") == "a b c d e f"
    assert canonical("para one.\n\n\npara two") == "para one.\n\npara two"
    assert canonical("wait... wait…") == "wait… wait…"
    assert canonical("Rus\u200bsia in\u00adcredible\ufeff") == "Russia incredible"
    assert canonical("Cafe\u0301") == "Café"
    assert canonical("It said: 3 + 4 = 7; (A) [b] {c} $5 50% #1 @x ~y.") == "It said: 3 + 4 = 7; (A) [b] {c} $5 50% #1 @x ~y."


def test_only_typography_leaves_out_line_wraps_and_real_changes():
    assert only_typography("Russia's talks", "Russia’s talks")
    assert only_typography("a b", "a\u00a0b")
    assert not only_typography("It rained\nhard.", "It rained hard.")  # where a line wraps is layout
    assert not only_typography("It rained.", "It rained.")
    assert not only_typography("Russia's talks", "Russia’s talk")
    assert not only_typography("It rained.", "it rained.")  # case is no typography


def test_words_and_text_ratio_read_the_comparison_form():
    assert words("Russia´s “well‑known” plan") == words("Russia's \"well-known\" plan") == ["russia's", "well-known", "plan"]
    assert text_ratio(["Russia’s plan — off"], ["Russia's plan -- off"]) == [1.0]


def _story(a, b):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewskitWarning)
        return story_from_texts({"a": a, "b": b})


# The kinds of difference issue 10 found in real copy, in text written for this test.
ISSUE = [
    ("Russia's envoy met the minister.", "Russia’s envoy met the minister."),
    ("Officials said they’d return on Monday.", "Officials said they´d return on Monday."),
    ('"We will not leave," the envoy said.', "“We will not leave,” the envoy said."),
    ("The talks - the first in a year - ended.", "The talks — the first in a year — ended."),
    ("Prices rose 5\u00a0percent...", "Prices rose 5 percent…"),
]


def test_the_issue_examples_are_identical_flagged_and_no_change_anywhere():
    a = " ".join(x for x, _ in ISSUE) + ' The envoy added: "It\'s over."'
    b = " ".join(y for _, y in ISSUE) + " The envoy added: “It’s over.”"
    story = _story(a, b)
    links = nk.align(story)
    assert links["kind"].eq("identical").all() and links["typography"].all()
    assert len(links) == len(ISSUE) + 1
    assert nk.changes(story).empty
    quotes = nk.compare_quotes(story)
    assert len(quotes) == 2 and quotes["kind"].eq("identical").all() and quotes["diff"].eq("").all()
    found = findings(story, resamples=50)
    assert not found["topic"].isin(["fact", "quote", "added", "dropped"]).any()
    assert "6 kept word for word (6 only retyped" in found["text"].iloc[0]


def test_a_real_change_among_typography_is_reported_with_raw_offsets():
    a = "Russia's envoy said the talks would not resume on Monday."
    b = "Russia’s envoy said the talks would resume on Tuesday."
    story = _story(a, b)
    assert nk.align(story)[["kind", "typography"]].values.tolist() == [["edited", False]]
    frame = nk.changes(story)
    assert sorted(frame["text_a"]) == ["Monday", "not"] and sorted(frame["text_b"]) == ["", "Tuesday"]
    for row in frame.itertuples(index=False):
        assert " ".join(a[row.start_a:row.end_a].split()) == row.text_a
        assert " ".join(b[row.start_b:row.end_b].split()) == row.text_b


def test_a_wrapped_line_is_identical_without_the_typography_flag():
    links = align_texts(["The envoy met\nthe minister."], ["The envoy met the minister."])
    assert links[["kind", "typography"]].values.tolist() == [["identical", False]]
