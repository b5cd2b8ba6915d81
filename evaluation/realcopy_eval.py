"""Score newskit on real multi-outlet copy annotated by hand (issue 10's "before"/"after" figures).

Texts: the BASIL stories listed in ``evaluation/realcopy/SOURCES.md`` (one news event as written by Fox
News, HuffPost and The New York Times: rewritten copy sharing quotations and wire material), rebuilt
into the git-ignored ``evaluation/realcopy/cache/`` by ``evaluation/realcopy/build.py``. Gold, offsets
only, in ``evaluation/gold/realcopy_{quotes,sources,furniture,meta,align}.jsonl`` (see
``evaluation/gold/GUIDELINES.md``); every record carries the sha1 of the text it was made on, and a
family whose text differs is skipped with a message. Families are split into half 1 (tuning), half 2 (kept
unseen, then tuned on too), half 3 (annotated later, kept unseen, then tuned on too), half 4 (annotated
later again, kept unseen, then tuned on too), halves 5 and 6 (annotated one after the other, each kept unseen,
then tuned on too), half 7 (annotated after half 6 had been tuned on, kept unseen, scored before and after one
stop, then tuned on too) and half 8 (annotated after half 7, kept unseen: its individual errors are never listed,
only its figures); every figure is printed per half.

What is scored, per half:

- quotes: a found quotation (``nk.quotes``, kind "scare" left out) is a true positive when it overlaps a
  gold quotation, each matched once; found quotations overlapping a quoted term (gold kind "term") are
  ignored. P/R/F1.
- speakers, over the matched quotations: *right person* when the found speaker and the gold name agree
  once lower-cased and stripped of titles, articles and middle initials (equal, or equal surnames);
  *usable full name* when they are equal after that stripping (a bare surname is not usable when the
  gold has a full name).
- sources, per version and by entity: the gold sources vs the distinct ``source`` names of
  ``nk.attributions`` (credit, byline and dateline rows left out, and the rows of a view held, role "view" of
  ``newskit.entities.attribution_role``: "believes", "endorsed", which this gold does not count, GUIDELINES.md:
  "A view merely held ... credits nobody"), matched loosely by name as above
  (or one name containing the other's words; two full names with one surname and different first names differ). Precision over found names, recall over gold entities;
  "split" counts gold entities matched by more than one found name (one source printed twice).
  The same figures are printed again with each found name replaced by its entity in
  ``nk.source_entities`` (what ``compare_sources`` and ``newskit compare`` show).
- furniture: share of ``nk.align`` rows (all pairs) with a sentence overlapping a gold furniture span.
- typography: ``nk.align`` rows of kind "edited" whose two sentences are equal once quote marks,
  apostrophes, dashes, ellipses and spaces are made plain.
- alignment on the rewritten pairs with gold links: a found link (kind not dropped/added, no furniture
  sentence) is right when its two sentences overlap the two sides of one gold link group (one-to-one,
  merge or split). Precision over found links between the two versions; recall over the gold-linked
  sentences (both sides) that some right link covers.
- metadata: headline (``nk.provenance``'s headline equals the gold headline text), byline, date line
  and dateline (found exactly when the gold has one; right when absent from both).

Run: .venv/bin/python evaluation/realcopy_eval.py [--sources] [--list-align]   (exits 0 with a message where
the cache is absent). ``--sources`` lists every source name found but not in the gold, FALSE, and every gold
source not found, MISSED, with its text, then by entity: every gold source matched by two or more entities, ENTITY
SPLIT, found by name but by no entity, ENTITY LOST, and every entity matching no gold source, ENTITY FALSE;
``--list-align`` prints every false link and every missed
gold-linked sentence of the rewritten pairs.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import warnings
from collections import defaultdict
from pathlib import Path

import pandas as pd

import newskit as nk
from newskit.text.tokens import unaccented  # newskit's own folding: 'François' is 'francois'
from newskit.entities import attribution_role
from newskit.text.lexicon import canonical_agency

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "evaluation" / "realcopy" / "cache"
GOLD = ROOT / "evaluation" / "gold"
TITLES = {"mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "president", "speaker", "sheriff",
          "former", "vice", "attorney", "u", "s", "the", "a", "an", "house", "texas", "arizona", "us",
          "professor", "prof", "justice", "judge", "chief", "representative", "gen", "general", "rev", "mayor",
          "bishop", "archbishop", "cardinal", "pres"}
QUANTIFIERS = {"some", "many", "most", "several", "other", "others"}  # open a group's name; no first name
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}  # "Joseph R. Biden Jr." is Joe Biden's name, not a surname "Jr"
PLAIN = str.maketrans({"‘": "'", "’": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                       "–": "-", "—": "-", "‑": "-", "\u00a0": " "})


def load(kind: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / f"realcopy_{kind}.jsonl").read_text(encoding="utf-8").splitlines() if line]


def words(name: str) -> list[str]:
    """Lower-cased words of a name without accents, titles, articles, possessives, middle initials and a closing
    "Jr.".

    >>> words("François Hollande's"), same_entity("Francois Hollande", "François Hollande")
    (['francois', 'hollande'], True)
    """
    w = re.sub(r"'s\b|’s\b", "", unaccented(str(name)))
    w = re.sub(r"(?<=\w)['’](?=\w)", "", w)  # "O'Brien" is one word, not a middle initial "O"
    w = [x for x in re.sub(r"[^\w\s]", " ", w).split() if x not in TITLES]
    while len(w) > 1 and w[-1] in SUFFIXES:
        w.pop()
    return [x for i, x in enumerate(w) if not (len(x) == 1 and 0 < i < len(w) - 1)]


def same_entity(got: str, want: str) -> bool:
    """Whether a found source or speaker names the gold one: the same words, one's words inside the other's, the
    same surname (not with two different first names; one name that is the other with one word more in front is
    the same: "Trump's campaign", "Donald Trump's campaign"), or one wire agency written two ways ("AP", "Associated
    Press")."""
    g, w = words(canonical_agency(got)), words(canonical_agency(want))
    if not g or not w:
        return False
    fronted = g == w[1:] or w == g[1:]  # one word more in front: "Trump's campaign", "Donald Trump's campaign"
    if len(g) > 1 and len(w) > 1 and g[-1] == w[-1] and g[0] != w[0] and not fronted \
            and not {g[0], w[0]} & QUANTIFIERS:
        return False                    # Mary Cheney is not Liz Cheney; "some leaders" are "many leaders"
    return g == w or g[-1] == w[-1] or set(g) <= set(w) or set(w) <= set(g)


def full_name(got: str, want: str) -> bool:
    return bool(words(got)) and words(got) == words(want)


def overlaps(a: tuple, b: tuple) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})"


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a (0)"


def score_family(family: str, gold: dict, c: dict, listing: bool = False) -> None:
    """Add one family's counts to ``c`` (a defaultdict(int) per half); ``listing`` prints every false
    link and every missed gold-linked sentence of the rewritten pairs."""
    shown = gold["meta"][0]["half"] not in UNSEEN
    listing, list_speakers, list_sources = listing and shown, LIST_SPEAKERS and shown, LIST_SOURCES and shown
    story = nk.load_story(CACHE / family)
    sents = nk.sentences(story)
    span = {(r.version, r.sentence): (r.start, r.end) for r in sents.itertuples()}
    text = {(r.version, r.sentence): r.text for r in sents.itertuples()}
    furniture = {r["version"]: [(f["start"], f["end"]) for f in r["furniture"]] for r in gold["furniture"]}

    quotes = nk.quotes(story)
    for rec in gold["quotes"]:
        g_all = rec["quotes"]
        g = [q for q in g_all if q.get("kind") != "term"]
        terms = [(q["start"], q["end"]) for q in g_all if q.get("kind") == "term"]
        found = quotes[(quotes.version == rec["version"]) & (quotes.kind != "scare")]
        used = set()
        for row in found.itertuples():
            hit = next((i for i, q in enumerate(g) if i not in used and overlaps((row.start, row.end), (q["start"], q["end"]))), None)
            if hit is None:
                c["q_fp"] += not any(overlaps((row.start, row.end), t) for t in terms)
                continue
            used.add(hit)
            c["q_tp"] += 1
            c["spk_person"] += same_entity(row.speaker or "", g[hit]["speaker"])
            c["spk_full"] += full_name(row.speaker or "", g[hit]["speaker"])
            if list_speakers and not full_name(row.speaker or "", g[hit]["speaker"]):
                wrong = "person" if not same_entity(row.speaker or "", g[hit]["speaker"]) else "name"
                print(f"  speaker {wrong}: {family} {rec['version']} gold={g[hit]['speaker']!r} found={row.speaker!r} "
                      f"mention={row.mention!r} quote={_short(row.text, 120)!r}")
        c["q_fn"] += len(g) - len(used)

    attributions = nk.attributions(story)
    entities = nk.source_entities(story)
    entity = dict(zip(zip(entities.role, entities.form), entities.entity))
    keep = pd.Series([attribution_role(b, c) == "source" for b, c in zip(attributions.block, attributions.cue)],
                     index=attributions.index, dtype=bool)  # no credit, byline, dateline or caption rows, no view
    for rec in gold["sources"]:
        want = sorted({s["source"] for s in rec["sources"]})
        rows = attributions[keep & (attributions.version == rec["version"])]
        got = sorted({str(s) for s in rows.source if str(s).strip()})
        c["src_found"] += len(got)
        c["src_right"] += sum(any(same_entity(x, w) for w in want) for x in got)
        c["src_gold"] += len(want)
        c["src_recalled"] += sum(any(same_entity(x, w) for x in got) for w in want)
        c["src_split"] += sum(sum(same_entity(x, w) for x in got) > 1 for w in want)
        if list_sources:
            half = gold["meta"][0]["half"]
            where = {}
            for row in rows.itertuples():
                raw_v = story.versions[[v.id for v in story.versions].index(rec["version"])].raw
                where.setdefault(str(row.source), f"{row.mention!s} / {row.cue!s}: ..." + " ".join(raw_v[max(0, row.start - 50):row.end + 50].split()) + "...")
            for x in got:
                if not any(same_entity(x, w) for w in want):
                    print(f"  [half {half}] {family}/{rec['version']} FALSE {x!r} ({where.get(x, '')})")
            for w in want:
                if not any(same_entity(x, w) for x in got):
                    item = next(s for s in rec["sources"] if s["source"] == w)
                    raw = story.versions[[v.id for v in story.versions].index(rec["version"])].raw
                    ctx = raw[max(0, min(item["mention_start"], item["cue_start"]) - 60):max(item["mention_end"], item["cue_end"]) + 60]
                    print(f"  [half {half}] {family}/{rec['version']} MISSED {w!r}: ...{' '.join(ctx.split())}...")
        named = sorted({entity.get(("source", x), x) for x in got})
        c["ent_found"] += len(named)
        c["ent_right"] += sum(any(same_entity(x, w) for w in want) for x in named)
        c["ent_recalled"] += sum(any(same_entity(x, w) for x in named) for w in want)
        c["ent_split"] += sum(sum(same_entity(x, w) for x in named) > 1 for w in want)
        if list_sources:
            for w in want:
                if sum(same_entity(x, w) for x in named) > 1:
                    print(f"  [half {half}] {family}/{rec['version']} ENTITY SPLIT {w!r}: "
                          f"{[x for x in named if same_entity(x, w)]}")
                if any(same_entity(x, w) for x in got) and not any(same_entity(x, w) for x in named):
                    print(f"  [half {half}] {family}/{rec['version']} ENTITY LOST {w!r}: "
                          f"{sorted((f, entity.get(('source', f), f)) for f in got if same_entity(f, w))}")
            for x in named:
                if not any(same_entity(x, w) for w in want):
                    print(f"  [half {half}] {family}/{rec['version']} ENTITY FALSE {x!r} "
                          f"(names {sorted(f for f in got if entity.get(('source', f), f) == x)})")

    aligned = nk.align(story)
    def is_furniture(version, sentence) -> bool:
        return not pd.isna(sentence) and any(overlaps(span[(version, sentence)], f) for f in furniture.get(version, []))
    for row in aligned.itertuples():
        c["rows"] += 1
        c["rows_furniture"] += is_furniture(row.version_a, row.sentence_a) or is_furniture(row.version_b, row.sentence_b)
        if row.kind == "edited":
            a, b = text[(row.version_a, row.sentence_a)], text[(row.version_b, row.sentence_b)]
            plain = lambda s: re.sub(r"\s+", " ", s.translate(PLAIN).replace("…", "...")).strip()
            c["typo_edited"] += plain(a) == plain(b)

    for rec in gold["align"]:
        va, vb = rec["version_a"], rec["version_b"]
        groups = link_groups(rec["links"])
        covered, false = score_alignment(aligned, va, vb, groups, span, is_furniture, c)
        if listing:
            list_alignment_errors(family, va, vb, groups, covered, false, sents, text)

    prov = nk.provenance(story).set_index("version")
    for rec in gold["meta"]:
        raw = story.versions[[v.id for v in story.versions].index(rec["version"])].raw
        found = prov.loc[rec["version"]]
        for key, col in (("headline", "headline"), ("byline", "byline"), ("date_line", "date_line"), ("dateline", "dateline_place")):
            want = raw[rec[key][0]:rec[key][1]].strip() if rec[key] else ""
            got = "" if pd.isna(found[col]) else str(found[col]).strip()
            c[f"meta_{key}_n"] += 1
            c[f"meta_{key}_ok"] += (got == want) if key != "dateline" else ((not want and not got) or bool(got and got in want))


def link_groups(links: list[dict]) -> list[tuple[list, list]]:
    """A gold record's link groups as (spans of version a, spans of version b), each span a tuple.

    >>> link_groups([{"a": [[0, 9]], "b": [[4, 20], [21, 30]]}])
    [([(0, 9)], [(4, 20), (21, 30)])]
    """
    return [([tuple(s) for s in link["a"]], [tuple(s) for s in link["b"]]) for link in links]


def score_alignment(aligned: pd.DataFrame, va: str, vb: str, groups: list, span: dict, is_furniture, c: dict):
    """Add one rewritten pair's alignment counts to ``c`` and return the gold spans some right link covers (as
    ("a", span) or ("b", span)) and the false links (sentence of ``va``, sentence of ``vb``, kind).

    ``aligned`` is ``nk.align``'s table, ``span`` maps (version, sentence) to its offsets and ``is_furniture(version,
    sentence)`` says whether a sentence overlaps gold furniture. A found link (kind not dropped/added, no furniture
    sentence) is right when its two sentences overlap the two sides of one gold link group; precision is over the
    found links (``al_right``/``al_found``), recall over the gold-linked spans of both sides that a right link
    covers (``al_recalled``/``al_gold``).
    """
    pairs = aligned[((aligned.version_a == va) & (aligned.version_b == vb))
                    | ((aligned.version_a == vb) & (aligned.version_b == va))]
    covered, false = set(), []
    for row in pairs.itertuples():
        if row.kind in ("dropped", "added") or pd.isna(row.sentence_a) or pd.isna(row.sentence_b):
            continue
        if is_furniture(row.version_a, row.sentence_a) or is_furniture(row.version_b, row.sentence_b):
            continue
        sa, sb = (row.sentence_a, row.sentence_b) if row.version_a == va else (row.sentence_b, row.sentence_a)
        a, b = span[(va, sa)], span[(vb, sb)]
        c["al_found"] += 1
        right = False
        for ga, gb in groups:
            if any(overlaps(a, s) for s in ga) and any(overlaps(b, s) for s in gb):
                right = True
                covered |= {("a", s) for s in ga if overlaps(a, s)} | {("b", s) for s in gb if overlaps(b, s)}
        c["al_right"] += right
        if not right:
            false.append((sa, sb, row.kind))
    gold_sents = {("a", s) for ga, _ in groups for s in ga} | {("b", s) for _, gb in groups for s in gb}
    c["al_gold"] += len(gold_sents)
    c["al_recalled"] += len(covered & gold_sents)
    return covered, false


def list_alignment_errors(family: str, va: str, vb: str, groups: list, covered: set, false: list,
                          sents: pd.DataFrame, text: dict) -> None:
    """Print a rewritten pair's false links (from :func:`score_alignment`) and its gold link groups not covered."""
    for sa, sb, kind in false:
        print(f"  FALSE {family} {va}:{sa} -> {vb}:{sb} ({kind})\n"
              f"    A: {_short(text[(va, sa)])}\n    B: {_short(text[(vb, sb)])}")
    _list_missed(family, va, vb, groups, covered, sents, text)


LIST_SOURCES = "--sources" in sys.argv
LIST_SPEAKERS = "--list-speakers" in sys.argv   # print every matched quotation whose speaker is not the gold full name
UNSEEN = {8}    # kept unseen (annotated after half 7): its errors are never listed, only its aggregates


def _short(sentence: str, width: int = 400) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= width else sentence[:width - 3] + "..."


def _list_missed(family: str, va: str, vb: str, groups: list, covered: set, sents: pd.DataFrame, text: dict) -> None:
    """Print every gold link group with a sentence span that no right link covers: its sentences on
    both sides, those covered marked ``+``."""
    def numbers(version, side, spans):
        rows = sents[sents.version == version]
        return [(int(r.sentence), any((side, s) in covered for s in spans if overlaps((r.start, r.end), s)))
                for r in rows.itertuples() if any(overlaps((r.start, r.end), s) for s in spans)]
    for ga, gb in groups:
        missing = [("a", s) for s in ga if ("a", s) not in covered] + [("b", s) for s in gb if ("b", s) not in covered]
        if not missing:
            continue
        na, nb = numbers(va, "a", ga), numbers(vb, "b", gb)
        print(f"  MISSED {family} {va}:{[n for n, _ in na]} <-> {vb}:{[n for n, _ in nb]}"
              f" (missing {len(missing)} of {len(ga) + len(gb)} spans)")
        for n, hit in na:
            print(f"   {'+' if hit else ' '}A{n}: {_short(text[(va, n)])}")
        for n, hit in nb:
            print(f"   {'+' if hit else ' '}B{n}: {_short(text[(vb, n)])}")


def main() -> int:
    if not CACHE.is_dir() or not any(CACHE.glob("*/*.txt")):
        print(f"skipped: {CACHE} is absent; rebuild it with evaluation/realcopy/build.py (see evaluation/realcopy/SOURCES.md)")
        return 0
    warnings.simplefilter("ignore")
    gold = defaultdict(lambda: defaultdict(list))
    for kind in ("quotes", "sources", "furniture", "meta", "align"):
        for rec in load(kind):
            gold[rec["family"]][kind].append(rec)
    counts = defaultdict(lambda: defaultdict(int))
    for family, g in sorted(gold.items()):
        shas = {(r["version"], r["sha1"]) for r in g["meta"]}
        paths = {v: CACHE / family / f"{v}.txt" for v, _ in shas}
        if not all(p.is_file() and hashlib.sha1(p.read_bytes()).hexdigest() == s for (v, s), p in zip(sorted(shas), [paths[v] for v, _ in sorted(shas)])):
            print(f"skipped {family}: cache text missing or not the annotated one (sha1)")
            continue
        half = g["meta"][0]["half"]
        counts[half]["families"] += 1
        counts[half]["versions"] += len(shas)
        score_family(family, g, counts[half], listing="--list-align" in sys.argv)
    for half, c in sorted(counts.items()):
        print(f"\nhalf {half}: {c['families']} families, {c['versions']} versions")
        print(f"  direct quotes      {prf(c['q_tp'], c['q_fp'], c['q_fn'])}")
        print(f"  speaker right person  {ratio(c['spk_person'], c['q_tp'])}   usable full name {ratio(c['spk_full'], c['q_tp'])}")
        print(f"  sources            precision {ratio(c['src_right'], c['src_found'])}  recall {ratio(c['src_recalled'], c['src_gold'])}"
              f"  gold entities split in two or more names: {c['src_split']}")
        print(f"  source entities    precision {ratio(c['ent_right'], c['ent_found'])}  recall {ratio(c['ent_recalled'], c['src_gold'])}"
              f"  split: {c['ent_split']}   (the same, by nk.source_entities' entity)")
        print(f"  furniture rows     {ratio(c['rows_furniture'], c['rows'])} of alignment rows")
        print(f"  typography-only 'edited' pairs: {c['typo_edited']}")
        print(f"  rewritten pairs    alignment precision {ratio(c['al_right'], c['al_found'])}  recall {ratio(c['al_recalled'], c['al_gold'])}")
        print("  metadata           " + "  ".join(f"{k} {ratio(c[f'meta_{k}_ok'], c[f'meta_{k}_n'])}"
                                             for k in ("headline", "byline", "date_line", "dateline")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
