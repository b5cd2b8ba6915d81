"""Relative dates resolved against the publication date."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from datetime import date, timedelta

import newskit as nk
from newskit.dates import WEEKDAYS, relative_dates, resolve_relative


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("late Monday", "2022-01-10"),
        ("late on Monday", "2022-01-10"),
        ("on Monday evening", "2022-01-10"),
        ("on Friday", "2022-01-07"),
        ("Tuesday", "2022-01-11"),
        ("last Tuesday", "2022-01-04"),
        ("next Monday", "2022-01-17"),
        ("next Tuesday", "2022-01-18"),
        ("yesterday", "2022-01-10"),
        ("tomorrow", "2022-01-12"),
        ("last week", "2022-01-03/2022-01-09"),
        ("this week", "2022-01-10/2022-01-16"),
        ("the past week", "2022-01-04/2022-01-11"),
        ("no date here", None),
    ],
)
def test_resolve_relative_from_a_tuesday(expression, expected):
    assert resolve_relative(expression, "2022-01-11T01:54") == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)), st.sampled_from(WEEKDAYS))
def test_a_weekday_resolves_to_that_weekday_within_the_past_week(reference, weekday):
    resolved = date.fromisoformat(resolve_relative(weekday.title(), reference.isoformat()))
    assert WEEKDAYS[resolved.weekday()] == weekday
    assert timedelta(0) <= reference - resolved < timedelta(days=7)


def test_example_story(example):
    found = relative_dates(example)
    swiss = found[found["version"] == "swissinfo"]
    assert swiss[["text", "resolved"]].values.tolist() == [
        ["on Monday evening", "2022-01-10"],
        ["past week", "2022-01-04/2022-01-11"],
        ["on Friday", "2022-01-07"],
    ]
    assert (swiss["reference_source"] == "manifest published").all()
    gvs = found[found["version"] == "gvs"]
    assert "late Monday" in gvs["text"].tolist()
    assert (gvs["resolved"] == "").all(), "no publication date: the page date must not be used"
    for row in found.itertuples():
        assert example[row.version].raw[row.start:row.end] == row.text


def test_publication_date_stated_in_the_text_is_used():
    story = nk.story_from_texts({
        "a": "This content was published on January 11, 2022 – 01:54\n\nIt rained on Sunday.",
        "b": "It rained.",
    })
    found = relative_dates(story)
    assert found[["version", "resolved", "reference_source"]].values.tolist() == [["a", "2022-01-09", "published in text"]]


def test_a_published_value_that_is_not_an_iso_date_is_warned_about_not_a_crash(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nThe president spoke late Monday.\n", encoding="utf-8")
    (tmp_path / "story.toml").write_text('[[versions]]\nid = "a"\nfile = "a.txt"\npublished = "Jan 11, 2022"\n',
                                         encoding="utf-8")
    with pytest.warns(nk.NewskitWarning):
        story = nk.load_story(tmp_path)
    with pytest.warns(nk.NewskitWarning, match="'Jan 11, 2022' is not an ISO date"):
        frame = relative_dates(story)
    assert frame[["text", "reference", "resolved"]].values.tolist() == [["late Monday", "", ""]]
