"""The quotation gold (``evaluation/gold/real_quotes.jsonl``) is consistent: every quotation and speaker mention
has ordered offsets, and each scraped page's record names a page of the furniture gold by the same sha1, its
quotations lying on that gold's article lines (a quotation running over paragraphs on consecutive ones), or, in a
half with no furniture gold, a page ``evaluation/scraped/build.py`` lists for that half (``QUOTE_PROJECTS``). No page
text is needed: the gold holds offsets and sha1 only.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from collections import Counter
from pathlib import Path

import newskit as nk

ROOT = Path(__file__).resolve().parents[1]
EVALUATION = ROOT / "evaluation"
GOLD = EVALUATION / "gold"


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_quotations_are_ordered_with_a_speaker_and_a_mention():
    for record in _records("real_quotes.jsonl"):
        assert record["half"] in range(1, 53) and record["quotes"]
        end = 0
        for quote in record["quotes"]:
            assert end <= quote["start"] < quote["end"] and quote["speaker"].strip()
            assert quote["mention_start"] < quote["mention_end"]
            assert quote.get("speaker_type", "person") in {"person", "organisation", "media", "anonymous"}
            end = quote["end"]


def test_scraped_pages_are_furniture_gold_pages_and_quotations_lie_on_article_lines():
    furniture = {record["page"]: record for record in _records("scraped_furniture.jsonl")}
    scraped = [record for record in _records("real_quotes.jsonl") if record["corpus"] == "scraped"]
    assert {record["half"] for record in scraped} == set(range(5, 53))
    for record in scraped:
        if record["half"] in _QUOTE_ONLY:
            continue
        page = furniture[record["page"]]
        assert page["sha1"] == record["sha1"]
        for quote in record["quotes"]:
            lines = [line for line in page["lines"] if line["start"] < quote["end"] and quote["start"] < line["end"]]
            assert lines and all(line["group"] in ("article", "fragment") for line in lines), quote
            assert lines[0]["start"] <= quote["start"] and quote["end"] <= lines[-1]["end"], quote


_QUOTE_ONLY = set(range(34, 53))  # halves with no furniture gold (build.py QUOTE_PROJECTS)


def test_pages_of_the_halves_without_furniture_gold_are_the_pages_the_build_lists_for_them():
    spec = importlib.util.spec_from_file_location("scraped_build", EVALUATION / "scraped" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    listed = {int(half): {build.name_of_address(address) for _, _, address in pages}
              for half, _, pages, _ in build.QUOTE_PROJECTS}
    furniture = {record["page"] for record in _records("scraped_furniture.jsonl")}
    assert set(listed) == _QUOTE_ONLY and not set().union(*listed.values()) & furniture
    for half, pages in listed.items():
        assert {record["page"] for record in _records("real_quotes.jsonl") if record["half"] == half} == pages


def test_later_scraped_halves_type_every_speaker_and_keep_to_their_own_pages():
    records = _records("real_quotes.jsonl")
    pages = {}
    for record in records:
        pages.setdefault(record.get("page"), set()).add(record["half"])
        if record["half"] >= 7:
            assert all("speaker_type" in quote for quote in record["quotes"]), record["page"]
    assert all(len(halves) == 1 for page, halves in pages.items() if page), pages


def test_every_half_is_scored_and_the_kept_halves_are_never_listed(monkeypatch):
    monkeypatch.syspath_prepend(str(EVALUATION))
    scorer = importlib.import_module("quote_real")
    assert {record["half"] for record in _records("real_quotes.jsonl")} == set(scorer.HALVES)
    assert {6, 8} <= scorer.UNLISTED
    assert not ({1, 5, 7} | set(range(9, 52))) & scorer.UNLISTED
    assert scorer.main(["--half", "8", "--errors"]) == 1 and scorer.main(["--half", "6", "--errors"]) == 1
    assert 52 in scorer.UNLISTED and scorer.main(["--half", "52", "--errors"]) == 1


def test_a_surname_is_the_right_person_but_no_usable_full_name(monkeypatch):
    monkeypatch.syspath_prepend(str(EVALUATION))
    scorer = importlib.import_module("quote_real")
    gold = [{"start": 0, "end": 9, "speaker": "Jo Lee", "mention_start": 10, "mention_end": 13},
            {"start": 20, "end": 29, "speaker": "Al Roe|the council", "mention_start": 30, "mention_end": 33}]
    found = [{"start": 0, "end": 9, "speaker": "Lee", "kind": "direct", "mention": (10, 13)},
             {"start": 20, "end": 29, "speaker": "Al Roe", "kind": "direct", "mention": (30, 33)}]
    counts, _ = scorer.score_article(gold, found)
    assert counts["speaker"] == [2, 0, 0]
    assert counts["full"] == [1, 1, 1]
    assert scorer.full_name("Mayor Jo Lee", "Jo Lee") and not scorer.full_name("Jo", "Jo Lee")


def test_the_breakdown_counts_each_found_gold_quotation_by_how_its_speaker_was_found(monkeypatch):
    monkeypatch.syspath_prepend(str(EVALUATION))
    scorer = importlib.import_module("quote_real")
    text = "“We will win,” Jo Lee said. “It is over,” he said.\n\n“No,” Al Roe said."
    found = scorer.predictions(nk.story_from_texts({"a": text}).versions[0], breakdown=True)
    gold = [{"start": q["start"], "end": q["end"], "speaker": speaker, "speaker_type": kind,
             "mention_start": q["mention"][0], "mention_end": q["mention"][1]}
            for q, (speaker, kind) in zip(found, (("Jo Lee", "person"), ("Jo Lee", "person"),
                                                  ("Elm Bank", "organisation")))]
    by = Counter()
    scorer.score_article(gold, found, by)
    assert by == Counter({("_cue_beside named", True): 1, ("_cue_beside pronoun", True): 1,
                          ("_cue_beside named", False): 1, ("gold person", True): 2, ("gold organisation", False): 1})
    assert [line.split()[1:3] for line in scorer.breakdown_lines(by)] == [["_cue_beside", "named"], ["gold", "person"],
                                                                          ["_cue_beside", "pronoun"],
                                                                          ["gold", "organisation"]]


def test_a_role_before_a_gold_full_name_is_the_same_person(monkeypatch):
    monkeypatch.syspath_prepend(str(EVALUATION))
    scorer = importlib.import_module("quote_real")
    gold = [{"start": 0, "end": 9, "speaker": "Jo Lee", "speaker_type": "person", "mention_start": 10,
             "mention_end": 13}]
    found = [{"start": 0, "end": 9, "speaker": "Chair of the Elm Board Jo Lee", "kind": "direct", "mention": (10, 13)}]
    counts, _ = scorer.score_article(gold, found)
    assert counts["speaker"] == [1, 0, 0] and counts["full"] == [1, 0, 0]
    assert not scorer.same_speaker("the aide to Jo Lee", "Jo Lee", True)
    assert not scorer.same_speaker("Elm Board Jo Lee", "Jo Lee")  # a body's words, the gold no person
