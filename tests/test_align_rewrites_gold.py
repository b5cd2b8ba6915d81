"""The rewrite alignment gold (``evaluation/gold/rewrite_align.jsonl``) is consistent, and its offsets fit the pages
they were made on where those pages are at hand (the scraped cache, the Giveme5W1H snapshot). No page text is
stored: the gold holds page names, sha1 and offsets only.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
GOLD = EVALUATION / "gold" / "rewrite_align.jsonl"


def _records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _spans(record: dict, side: str) -> list[list[int]]:
    return [s for link in record["links"] for s in link[side]]


def test_each_pair_has_two_pages_a_half_and_ordered_spans_off_its_furniture():
    records = _records()
    assert {r["half"] for r in records} == {"tune", "unseen", "unseen2", "unseen3", "unseen4", "unseen5",
                                                   "unseen6", "unseen7", "unseen8", "unseen9", "unseen10",
                                                   "unseen11", "unseen12", "unseen13", "unseen14",
                                                   "unseen15", "unseen16", "unseen17", "unseen18",
                                                   "unseen19", "unseen20", "unseen21", "unseen22",
                                                   "unseen23", "unseen24", "unseen25", "unseen26",
                                                   "unseen27", "unseen28", "unseen29", "unseen30",
                                                   "unseen31", "unseen32", "unseen33", "unseen34",
                                                   "unseen35", "unseen36", "unseen37",
                                                   "unseen38", "unseen39"}
    assert len({r["pair"] for r in records}) == len(records)
    for record in records:
        assert record["page_a"] != record["page_b"] and all(len(record[f"sha1_{s}"]) == 40 for s in "ab")
        assert record["links"] and all(link["a"] and link["b"] for link in record["links"])
        for side in "ab":
            furniture = record[f"furniture_{side}"]
            for start, end in _spans(record, side) + furniture:
                assert 0 <= start < end
            assert not any(s < fe and fs < e for s, e in _spans(record, side) for fs, fe in furniture)


def test_offsets_fit_the_annotated_texts_where_they_are_at_hand(monkeypatch):
    monkeypatch.syspath_prepend(str(EVALUATION))
    scorer = importlib.import_module("align_rewrites")
    checked = 0
    for record in _records():
        texts = scorer.pair_texts(record)
        if texts is None:
            continue
        checked += 1
        for side, text in zip("ab", texts):
            for start, end in _spans(record, side) + record[f"furniture_{side}"]:
                piece = text[start:end]
                assert end <= len(text) and "\n" not in piece and piece == piece.strip(), (record["pair"], side)
    if not checked:
        pytest.skip("no annotated page at hand (scraped cache or Giveme5W1H snapshot absent)")


def test_a_listed_record_is_read_from_the_snapshot_before_a_cached_page_of_its_name(monkeypatch, tmp_path):
    monkeypatch.syspath_prepend(str(EVALUATION))
    scorer = importlib.import_module("align_rewrites")
    if not scorer._build().GIVEME_GIT_DIR.is_dir():
        pytest.skip("Giveme5W1H snapshot absent")
    name = next(iter(scorer.PAGES))
    (tmp_path / f"{name}.txt").write_text("Another page of that name.\n", encoding="utf-8")
    (tmp_path / "x.example_a.txt").write_text("A cached page.\n", encoding="utf-8")
    monkeypatch.setattr(scorer, "CACHE", tmp_path)
    assert scorer.page_text(name) not in (None, "Another page of that name.\n")
    assert scorer.page_text("x.example_a") == "A cached page.\n"


def test_every_page_the_build_lists_for_a_rewrite_half_is_a_page_of_that_half(monkeypatch):
    monkeypatch.syspath_prepend(str(EVALUATION))
    build = importlib.import_module("align_rewrites")._build()
    pages = {(r["half"], r[f"page_{side}"]) for r in _records() for side in "ab"}
    for half, _, listed, _ in build.REWRITE_PROJECTS:
        assert listed and all((half, build.name_of_address(address)) in pages for _, _, address in listed)


def test_every_half_is_scored_and_the_kept_halves_are_never_listed(monkeypatch):
    monkeypatch.syspath_prepend(str(EVALUATION))
    scorer = importlib.import_module("align_rewrites")
    assert {r["half"] for r in _records()} == set(scorer.HALVES)
    assert "unseen" in scorer.UNSEEN
    assert "unseen39" in scorer.UNSEEN
    assert not {"tune", "unseen6", "unseen7", "unseen8", "unseen9", "unseen10", "unseen11", "unseen12",
                "unseen13", "unseen14", "unseen15", "unseen16", "unseen17", "unseen18", "unseen19",
                "unseen20", "unseen21", "unseen22", "unseen23", "unseen24", "unseen25", "unseen26",
                "unseen27", "unseen28", "unseen29", "unseen30", "unseen31", "unseen32",
                "unseen33", "unseen34", "unseen35", "unseen36", "unseen37", "unseen38"} & scorer.UNSEEN
