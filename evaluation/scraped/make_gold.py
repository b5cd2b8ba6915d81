"""Turn the hand annotation ``evaluation/scraped/sheet.txt`` (line ranges and labels, no page text) into
``evaluation/gold/scraped_furniture.jsonl``: one record per page with its sha1 and, for every non-blank line,
its character offsets in the page text, its label and the label's group (article, fragment, unsure,
metadata or furniture). Needs the pages rebuilt by ``evaluation/scraped/build.py``.

Run: .venv/bin/python evaluation/scraped/make_gold.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from snapshot import sha1  # noqa: E402

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
SHEET = HERE / "sheet.txt"
GOLD = HERE.parent / "gold" / "scraped_furniture.jsonl"
METADATA = {"headline", "standfirst", "byline", "date", "dateline", "credit", "subhead", "section"}
FURNITURE = {"menu", "related", "share", "tags", "caption", "appeal", "prompt", "promo", "cookie", "copyright",
             "footer", "weather", "contact", "pullquote", "readtime", "bio"}
GROUPS = {"article": "article", "fragment": "fragment", "unsure": "unsure",
          **{label: "metadata" for label in METADATA}, **{label: "furniture" for label in FURNITURE}}


def read_sheet(text: str) -> list[dict]:
    """Pages of the sheet: prefix, half, family and {line number: label}."""
    pages: list[dict] = []
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.startswith("page "):
            _, prefix, half, *family = line.split()
            pages.append({"prefix": prefix, "half": half, "family": family[0] if family else "", "lines": {}})
            continue
        where, label = line.split()
        if label not in GROUPS:
            raise ValueError(f"unknown label {label!r} in {line!r}")
        first, _, last = where.partition("-")
        for number in range(int(first), int(last or first) + 1):
            pages[-1]["lines"][number] = label
    return pages


def gold_record(page: dict) -> dict:
    [path] = [p for p in CACHE.glob(page["prefix"] + "*.txt")]
    text = path.read_text(encoding="utf-8")
    lines, pos = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        label = page["lines"].get(number, "menu")
        lines.append({"line": number, "start": start + lead, "end": start + len(line.rstrip()), "label": label,
                      "group": GROUPS[label]})
    return {"page": path.stem, "half": page["half"], "family": page["family"],
            "sha1": sha1(text), "lines": lines}


def main() -> int:
    if not CACHE.is_dir():
        print(f"no pages in {CACHE}: run evaluation/scraped/build.py first")
        return 1
    records = [gold_record(page) for page in read_sheet(SHEET.read_text(encoding="utf-8"))]
    GOLD.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    print(f"{len(records)} pages, {sum(len(r['lines']) for r in records)} lines -> {GOLD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
