"""HTML side-by-side view and the alignment figure."""

import matplotlib

matplotlib.use("Agg")

from newskit.views.figures import plot_alignment  # noqa: E402
from newskit.alignment import align  # noqa: E402
from newskit.views.html import side_by_side  # noqa: E402
from newskit.story import story_from_texts  # noqa: E402


def test_article_text_is_escaped():
    story = story_from_texts({"a": "Officials said <script>alert(1)</script> it rained.", "b": "Officials said it poured."})
    page = side_by_side(story, "a", "b")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert page._repr_html_() == str(page)


def test_seed_view_marks_changes(example):
    page = side_by_side(example, "gvs", "swissinfo")
    assert "<del> Sergei</del>" in page and "<ins> Sergey</ins>" in page
    assert page.count("<tr>") == 1 + len(align(example))


def test_alignment_figure_draws_every_row(example):
    ax = plot_alignment(example, "gvs", "swissinfo")
    labels = {t.get_text() for t in ax.get_legend().get_texts()}
    assert {"merged", "split", "edited", "dropped"} <= labels
    matplotlib.pyplot.close(ax.figure)


def test_a_pair_in_reverse_order_or_an_unknown_version_is_an_error_not_an_empty_view():
    import matplotlib.pyplot as plt
    import pytest

    from newskit.errors import NewskitError

    story = story_from_texts({"a": "It rained.", "b": "It poured."})
    with pytest.raises(NewskitError, match="'b' must come before 'a'"):
        side_by_side(story, "b", "a")
    with pytest.raises(NewskitError, match="'b' must come before 'a'"):
        plot_alignment(story, "b", "a")
    with pytest.raises(KeyError, match="no version 'zz'"):
        side_by_side(story, "a", "zz")
    plt.close("all")
