"""The real-copy gold (``evaluation/gold/realcopy_*.jsonl``) is consistent, and ``make_gold`` adds a half
without touching the records already there. No article text is needed: the gold holds offsets only.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "evaluation" / "gold"
KINDS = ("quotes", "sources", "furniture", "meta", "align")


def _load(kind: str) -> list[dict]:
    lines = (GOLD / f"realcopy_{kind}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def _make_gold():
    spec = importlib.util.spec_from_file_location("make_gold", ROOT / "evaluation" / "realcopy" / "make_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_family_sits_in_one_half_with_one_text_per_version():
    halves, shas = defaultdict(set), {}
    for kind in KINDS:
        for rec in _load(kind):
            halves[rec["family"]].add(rec["half"])
            pairs = [(rec["version_a"], rec["sha1_a"]), (rec["version_b"], rec["sha1_b"])] if kind == "align" \
                else [(rec["version"], rec["sha1"])]
            for version, sha in pairs:
                assert shas.setdefault((rec["family"], version), sha) == sha
    assert all(len(h) == 1 for h in halves.values()), halves
    assert {h for hs in halves.values() for h in hs} >= {1, 2, 3, 4, 5, 6, 7, 8}


def test_every_family_has_one_rewritten_pair_whose_versions_it_annotates():
    versions = defaultdict(set)
    for rec in _load("meta"):
        versions[rec["family"]].add(rec["version"])
    pairs = defaultdict(list)
    for rec in _load("align"):
        pairs[rec["family"]].append((rec["version_a"], rec["version_b"]))
    assert set(pairs) == set(versions)
    for family, found in pairs.items():
        assert len(found) == 1, family
        assert set(found[0]) <= versions[family] and found[0][0] != found[0][1], family
    per_half = defaultdict(set)
    for rec in _load("meta"):
        per_half[rec["half"]].add(rec["family"])
    assert all(len(families) >= 3 for families in per_half.values()), per_half


def test_spans_are_ordered_and_quotes_do_not_overlap():
    for rec in _load("quotes"):
        spans = sorted((q["start"], q["end"]) for q in rec["quotes"])
        assert all(0 <= s < e for s, e in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), rec["family"]
        for q in rec["quotes"]:
            assert (q.get("kind") == "term") == (q["speaker"] is None)
    for rec in _load("sources"):
        for s in rec["sources"]:
            assert 0 <= s["mention_start"] < s["mention_end"] and 0 <= s["cue_start"] < s["cue_end"]
    for rec in _load("align"):
        for link in rec["links"]:
            assert link["a"] and link["b"]
            assert all(0 <= s < e for s, e in link["a"] + link["b"])


def test_make_gold_keeps_other_families_byte_for_byte(tmp_path):
    mg = _make_gold()
    path = tmp_path / "gold.jsonl"
    kept = '{"family": "a", "x": [1,  2]}\n'          # spacing json.dumps would not write
    path.write_text(kept + '{"family": "b", "x": 1}\n', encoding="utf-8")
    out = mg.merged(path, [{"family": "b", "x": 2}, {"family": "c", "x": 3}])
    assert out == kept + '{"family": "b", "x": 2}\n{"family": "c", "x": 3}\n'


def test_make_gold_span_picks_a_repeated_line_by_occurrence():
    mg = _make_gold()
    text = "Title here\n\nTitle here\n\nBody says so."
    assert mg.span(text, ("Title here", 2)) == (12, 22)
    assert mg.span(text, "Body|so.") == (24, 37)
    try:
        mg.span(text, "Title here")
    except ValueError:
        pass
    else:
        raise AssertionError("an ambiguous start must be refused")
