"""Turn the hand-written annotation sheets into the offsets-only gold of ``evaluation/gold/realcopy_*.jsonl``.

The sheets (``cache/sheet_h*.py``, git-ignored because they quote article text) hold what the annotator
decided while reading each text: every direct quotation with its speaker and the speaker's mention,
every attribution with its source, mention and cue, the furniture spans, the headline/dateline, and the
sentence links of rewritten pairs. They name spans by text, ``"start text|end text"`` meaning from the
first ``start text`` to the end of the next ``end text``; this script only finds those spans (each start
must occur once, or the sheet gives a longer one) and writes character offsets with the sha1 of the
text, so that no article text enters the repository. A mention is the occurrence nearest the quotation
(outside it); a source's mention and cue are looked up inside its anchor span. Records of families that
no sheet at hand names stay in the gold files byte for byte; a sheet's families replace their old
records or are appended after them (each half has its own sheet).
"""

from __future__ import annotations

import json
import re
import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from snapshot import sha1  # noqa: E402

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
GOLD = HERE.parent / "gold"


def span(text: str, spec: str | tuple[str, int], lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """Offsets of ``spec`` ("start|end" or a literal) in text[lo:hi]; the start must be unique there.

    ``(spec, n)`` takes the n-th occurrence (1-based) of the start instead, for a line a text repeats
    word for word (a headline printed again as the first body line).
    """
    spec, nth = (spec, 0) if isinstance(spec, str) else spec
    hi = len(text) if hi is None else hi
    head, _, tail = spec.partition("|")
    hits = [m.start() for m in re.finditer(re.escape(head), text[lo:hi])]
    if nth:
        if len(hits) < nth:
            raise ValueError(f"{spec!r}: start found {len(hits)} times, wanted occurrence {nth}")
        hits = [hits[nth - 1]]
    if len(hits) != 1:
        raise ValueError(f"{spec!r}: start found {len(hits)} times")
    start = lo + hits[0]
    if not tail:
        return start, start + len(head)
    end = text.find(tail, start + len(head))
    if end < 0:
        raise ValueError(f"{spec!r}: end not found")
    return start, end + len(tail)


def nearest(text: str, word: str, q: tuple[int, int]) -> tuple[int, int]:
    """The occurrence of ``word`` (whole words) outside the quotation q that is nearest to it."""
    best = None
    found = list(re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)) or list(re.finditer(re.escape(word), text))
    for m in found:
        if q[0] <= m.start() < q[1]:
            continue
        d = q[0] - m.end() if m.end() <= q[0] else m.start() - q[1]
        if best is None or d < best[0]:
            best = (d, m.start(), m.end())
    if best is None:
        raise ValueError(f"mention {word!r} not found")
    return best[1], best[2]


def main() -> int:
    sheets = sorted(CACHE.glob("sheet_h*.py"))
    if not sheets:
        print(f"no annotation sheets in {CACHE}")
        return 0
    out = {k: [] for k in ("quotes", "sources", "furniture", "meta", "align")}
    for sheet in sheets:
        for family, fam in runpy.run_path(str(sheet))["S"].items():
            texts = {}
            for vid, ann in fam["versions"].items():
                text = (CACHE / family / f"{vid}.txt").read_text(encoding="utf-8")
                texts[vid] = text
                base = {"family": family, "version": vid, "half": fam["half"],
                        "sha1": sha1(text)}
                quotes = []
                for spec, speaker, stype, mention in ann["quotes"]:
                    q = span(text, spec)
                    item = {"start": q[0], "end": q[1], "speaker": speaker or None, "speaker_type": stype or None}
                    if not speaker:
                        item["kind"] = "term"          # a quoted name or term, not speech: left out of scoring
                    else:
                        m = nearest(text, mention, q)
                        item.update(mention_start=m[0], mention_end=m[1])
                    quotes.append(item)
                out["quotes"].append({**base, "quotes": quotes})
                sources = []
                for entity, stype, mention, cue, anchor in ann["sources"]:
                    a = span(text, anchor)
                    hit = re.search(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", text[a[0]:a[1]]) or re.search(re.escape(mention), text[a[0]:a[1]])
                    m = (a[0] + hit.start(), a[0] + hit.end())
                    c = a[0] + text[a[0]:a[1]].find(cue, m[1] - a[0] if cue in text[m[1]:a[1]] else 0)
                    c = (c, c + len(cue))
                    sources.append({"source": entity, "source_type": stype, "mention_start": m[0], "mention_end": m[1],
                                    "cue_start": c[0], "cue_end": c[1]})
                out["sources"].append({**base, "sources": sources})
                furniture = [dict(zip(("start", "end"), span(text, s)), label=label) for label, s in ann["furniture"]]
                out["furniture"].append({**base, "furniture": furniture})
                meta = {}
                for key in ("headline", "date_line", "byline", "dateline"):
                    meta[key] = list(span(text, ann[key])) if ann.get(key) else None
                out["meta"].append({**base, **meta})
            for va, vb, groups in fam.get("align", []):
                links = [{"a": [list(span(texts[va], s)) for s in ga], "b": [list(span(texts[vb], s)) for s in gb]}
                         for ga, gb in groups]
                out["align"].append({"family": family, "half": fam["half"], "version_a": va, "version_b": vb,
                                     "sha1_a": sha1(texts[va]),
                                     "sha1_b": sha1(texts[vb]), "links": links})
    for kind, records in out.items():
        path = GOLD / f"realcopy_{kind}.jsonl"
        path.write_text(merged(path, records), encoding="utf-8")
        print(f"{path.name}: {len(records)} records written")
    return 0


def merged(path: Path, records: list[dict]) -> str:
    """The gold file's lines with the sheets' families replaced and new families appended.

    Lines of families no sheet names are kept byte for byte, so a half annotated later (its own sheet)
    is added without rewriting the records of halves whose sheets are not at hand.
    """
    new = {r["family"] for r in records}
    old = path.read_text(encoding="utf-8").splitlines(keepends=True) if path.is_file() else []
    kept = [line for line in old if line.strip() and json.loads(line)["family"] not in new]
    return "".join(kept) + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


if __name__ == "__main__":
    sys.exit(main())
