"""The scraped-page furniture gold (``evaluation/gold/scraped_furniture.jsonl``) is consistent with its sheet
(``evaluation/scraped/sheet.txt``) and with the pages ``evaluation/scraped/build.py`` rebuilds. No page text is
needed: the gold holds offsets and sha1 only.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRAPED = ROOT / "evaluation" / "scraped"
GOLD = ROOT / "evaluation" / "gold" / "scraped_furniture.jsonl"
HALVES = {"tune", "unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8", "unseen9",
          "unseen10", "unseen11", "unseen12", "unseen13", "unseen14", "unseen15", "unseen16", "unseen17", "unseen18",
          "unseen19", "unseen20", "unseen21", "unseen22", "unseen23", "unseen24", "unseen25", "unseen26", "unseen27",
          "unseen28", "unseen29", "unseen30", "unseen31", "unseen32", "unseen33", "unseen34",
          "unseen35", "unseen36", "unseen37", "unseen38", "unseen39", "unseen40",
          "unseen41", "unseen42", "unseen43", "unseen44", "unseen45", "unseen46", "unseen47",
          "unseen48", "unseen49", "unseen50", "unseen51", "unseen52", "unseen53", "unseen54",
          "unseen55", "unseen56", "unseen57", "unseen58"}
PAGES = {half: 8 for half in HALVES} | {"unseen21": 22, "unseen22": 20, "unseen23": 14,  # quote_real's halves 15-32
                                         "unseen24": 10, "unseen25": 10, "unseen26": 10,
                                         "unseen27": 10, "unseen28": 10, "unseen30": 10, "unseen31": 10,
                                         "unseen32": 10, "unseen33": 10, "unseen34": 10, "unseen35": 10,
                                         "unseen36": 10, "unseen37": 10, "unseen38": 10, "unseen40": 9, "unseen41": 9,
                                         "unseen42": 9, "unseen43": 9, "unseen44": 9, "unseen45": 9, "unseen46": 9,
                                         "unseen47": 9, "unseen48": 9, "unseen49": 9,
                                         "unseen50": 9, "unseen51": 9, "unseen52": 9, "unseen53": 9,
                                         "unseen54": 9, "unseen55": 9, "unseen56": 9,
                                         "unseen57": 9, "unseen58": 9}


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"scraped_{name}", SCRAPED / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def test_every_line_has_a_known_label_in_its_group_and_lines_do_not_overlap():
    groups = _module("make_gold").GROUPS
    for record in _records():
        assert record["half"] in HALVES and len(record["sha1"]) == 40
        ends = [0]
        for line in record["lines"]:
            assert groups[line["label"]] == line["group"]
            assert ends[-1] <= line["start"] < line["end"]
            ends.append(line["end"])


def test_the_sheet_and_the_gold_list_the_same_pages_in_the_same_order():
    make_gold = _module("make_gold")
    pages = make_gold.read_sheet(make_gold.SHEET.read_text(encoding="utf-8"))
    records = _records()
    assert [(p["half"], p["family"]) for p in pages] == [(r["half"], r["family"]) for r in records]
    assert all(r["page"].startswith(p["prefix"]) for p, r in zip(pages, records))


def test_each_half_has_its_pages_and_each_family_two_sites_or_more_in_one_half():
    halves, families, family_halves = defaultdict(int), defaultdict(set), defaultdict(set)
    for record in _records():
        halves[record["half"]] += 1
        if record["family"]:
            families[record["family"]].add(record["page"].split("_")[0])
            family_halves[record["family"]].add(record["half"])
    assert dict(halves) == PAGES
    assert all(len(sites) >= 2 for sites in families.values()), families
    assert all(len(held) == 1 for held in family_halves.values()), family_halves


def test_every_extra_and_crawled_page_of_the_build_is_in_the_gold_under_its_cache_name():
    build = _module("build")
    names = {r["page"] for r in _records()}
    for commit, path in build.EXTRA:
        assert len(commit) == 40 and path.endswith(".md")
        assert build.name_of(path) in names
    for commit, path, address in build.CRAWLED:
        assert len(commit) == 40 and path.endswith(".md")
        assert build.name_of_address(address) in names


def test_every_page_of_another_project_is_in_the_gold_under_its_half():
    build = _module("build")
    halves = {r["page"]: r["half"] for r in _records()}
    for half, _, pages, _ in build.PROJECTS:
        assert len(pages) == PAGES[half]
        for commit, _, address in pages:
            assert len(commit) == 40 and halves[build.name_of_address(address)] == half


def test_the_unseen_furniture_half_is_scored_but_never_listed(monkeypatch):
    """A half kept unseen (furniture_eval.UNLISTED) is a half of the gold whose errors ``--list`` refuses to print."""
    monkeypatch.syspath_prepend(str(ROOT / "evaluation"))
    spec = importlib.util.spec_from_file_location("furniture_eval_unlisted", ROOT / "evaluation" / "furniture_eval.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    assert scorer.UNLISTED == {"unseen50", "unseen58"} <= {record["half"] for record in _records()}
    assert scorer.main(["--list", "unseen50"]) == 1
    assert scorer.main(["--list", "unseen58"]) == 1
    monkeypatch.setattr(scorer, "UNLISTED", {"unseen39", "unseen40", "unseen41", "unseen42", "unseen43", "unseen44",
                                             "unseen45", "unseen46", "unseen47", "unseen48", "unseen49", "unseen51",
                                             "unseen52", "unseen53", "unseen54", "unseen55", "unseen56", "unseen57"})
    assert scorer.main(["--list", "unseen57"]) == 1
    assert scorer.main(["--list", "unseen56"]) == 1
    assert scorer.main(["--list", "unseen55"]) == 1
    assert scorer.main(["--list", "unseen54"]) == 1
    assert scorer.main(["--list", "unseen53"]) == 1
    assert scorer.main(["--list", "unseen52"]) == 1
    assert scorer.main(["--list", "unseen51"]) == 1
    assert scorer.main(["--list", "unseen49"]) == 1
    assert scorer.main(["--list", "unseen48"]) == 1
    assert scorer.main(["--list", "unseen47"]) == 1
    assert scorer.main(["--list", "unseen46"]) == 1
    assert scorer.main(["--list", "unseen45"]) == 1
    assert scorer.main(["--list", "unseen44"]) == 1
    assert scorer.main(["--list", "unseen43"]) == 1
    assert scorer.main(["--list", "unseen42"]) == 1
    assert scorer.main(["--list", "unseen41"]) == 1
    assert scorer.main(["--list", "unseen39"]) == 1
    assert scorer.main(["--list", "unseen40"]) == 1
    monkeypatch.setattr(scorer, "UNLISTED", {"unseen38"})
    assert scorer.main(["--list", "unseen38"]) == 1


def test_a_stated_headline_is_right_without_the_date_stamp_glued_after_the_gold_title(monkeypatch):
    """The scorer reads a gold headline line as its title and a date stamp glued after it, not the title's words."""
    monkeypatch.syspath_prepend(str(ROOT / "evaluation"))
    spec = importlib.util.spec_from_file_location("furniture_eval_title", ROOT / "evaluation" / "furniture_eval.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    line = "Ferry fares rise on the Elm line Updated: 2026-05-02 09:15 (Wire)"
    assert scorer.headline_right(scorer.words_of("Ferry fares rise on the Elm line"), line)
    assert not scorer.headline_right(scorer.words_of("Ferry fares rise"), line)
    assert scorer.headline_right(scorer.words_of("Ferry fares rise"), "Title: Ferry fares rise")


def test_a_family_with_a_page_of_no_article_line_is_scored(monkeypatch, capsys):
    """A photo gallery (captions only) in a family is scored: its rows count outside the article, no article alone."""
    monkeypatch.syspath_prepend(str(ROOT / "evaluation"))
    spec = importlib.util.spec_from_file_location("furniture_eval_gallery", ROOT / "evaluation" / "furniture_eval.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    story = "The council shut the Elm bridge on Monday after a crack was found.\nRepairs will take a week, it said."
    gallery = "Photos: Elm bridge The council shut the Elm bridge on Monday. Hide Caption 1 of 2"
    texts = {"news.example_bridge": story, "pics.example_bridge": gallery}
    records = [{"page": "news.example_bridge", "family": "bridge", "lines": [
                   {"start": 0, "end": 66, "group": "article"}, {"start": 67, "end": len(story), "group": "article"}]},
               {"page": "pics.example_bridge", "family": "bridge", "lines": [
                   {"start": 0, "end": len(gallery), "group": "furniture"}]}]
    scorer.score_family(records, texts)
    printed = capsys.readouterr().out
    assert "family bridge" in printed and "(article alone none)" in printed
