"""PolNeAR train sources by cue: which cues the named sources newskit misses have, and what a cue would bring.

Reads the train compartment only (dev and test stay unread, as ``polnear_eval.py`` says). Gold and found
sources are read and agreed as ``polnear_eval.py`` scores them.

- Without ``--try``: the gold named sources newskit misses, counted by the lemma of their cues (a source
  with several attributions counts once under each of its cues' lemmas), commonest first.
- ``--try vow,pledge,...``: the verbs (base forms) are added to newskit's reporting cues for one more run, and
  for each verb the found source names it alone brings are scored: *gained* (a gold named source missed
  before), *right* (agrees with a gold source), *false* (agrees with none) and the precision right / (right +
  false); names lost by the change are counted too. With ``--list`` every new name is printed with its cue
  and the words after the cue, as a guard would read them. With ``--view`` the verbs are added as verbs of a view
  held (``newskit.text.lexicon.VIEW_VERBS``), with the subject guards of ``newskit.cues.undeclared``.

Run: .venv/bin/python evaluation/polnear_cues.py [--limit N] [--try VERBS [--view]] [--list]
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear_eval import CACHE, found_of, gold_of, source_agrees  # noqa: E402
from realcopy_eval import same_entity  # noqa: E402

import newskit as nk  # noqa: E402
from newskit import cues, sourcing  # noqa: E402
from newskit.cues import proper_name  # noqa: E402
from newskit.text.lexicon import AUXILIARIES, verb_forms  # noqa: E402

IRREGULAR = {"said": "say", "says": "say", "say": "say", "told": "tell", "tell": "tell", "tells": "tell", "wrote": "write",
             "writes": "write", "write": "write", "thought": "think", "thinks": "think", "think": "think",
             "felt": "feel", "spoke": "speak", "made": "make", "took": "take", "knew": "know", "saw": "see",
             "gave": "give", "put": "put", "held": "hold", "sought": "seek", "meant": "mean", "went": "go",
             "got": "get", "led": "lead", "came": "come", "stood": "stand", "understood": "understand",
             "according": "according"}
SKIPPED = AUXILIARIES | {"not", "also", "n't", "never", "has", "have", "had", "been", "be", "being", "to", "am"}


def lemma(word: str) -> str:
    """A key shared by the inflections of one cue word: its suffix cut and a doubled last letter made single
    (not a dictionary form: "urges", "urged", "urging" give "urg").

    >>> [lemma(w) for w in ("denied", "denies", "vowed", "vow", "urging", "urge", "said", "says", "admitted")]
    ['deny', 'deny', 'vow', 'vow', 'urg', 'urg', 'say', 'say', 'admit']
    """
    word = word.lower().strip(".,;:'’\"")
    if word in IRREGULAR:
        return IRREGULAR[word]
    for suffix, instead in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            word = word[:-len(suffix)] + instead
            break
    return word[:-1] if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "aeiou" else word


def cue_lemma(cue: str) -> str:
    """The key of a cue: its first word's :func:`lemma` (and a particle "for", "on", "out" or "up" after it),
    auxiliaries and adverbs left out ("has not denied" -> "deny").

    >>> cue_lemma("has not denied"), cue_lemma("called for"), cue_lemma("According to"), cue_lemma("told reporters")
    ('deny', 'cal for', 'according to', 'tell')
    """
    kept = [w for w in re.findall(r"[\w’'-]+", cue.lower()) if w not in SKIPPED and not w.endswith("ly")]
    if not kept:
        return cue.lower().strip()
    if kept[0] == "according":
        return "according to"
    return " ".join([lemma(kept[0]), *kept[1:2]]) if kept[1:2] in (["for"], ["on"], ["out"], ["up"]) else lemma(kept[0])


COMPLEMENT = re.compile(r"\s*(?:,\s*)?(?:that|to|whether|if|why|how|what)\b|\s*[:“\"]")
"""The words after a cue that open what is attributed: a clause ("that", a question word), an infinitive or a
quotation."""


def with_cues(verbs: list[str], view: bool = False) -> None:
    """Make newskit's reporting cues (:data:`newskit.cues.CUES`) take the forms of ``verbs`` too; with ``view``, as
    verbs of a view held (:data:`newskit.text.lexicon.VIEW_VERBS`, their subjects guarded as those are)."""
    forms = sorted({f for v in verbs for f in verb_forms(v)}, key=len, reverse=True)
    extra = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    pattern = re.compile(rf"{cues.CUES.pattern}|(?<![\w'’-])(?:{extra})(?![\w'’-])")
    cues.CUES = sourcing.CUES = pattern
    if view:
        cues.VIEW_VERBS = (*cues.VIEW_VERBS, *verbs)
        cues._VIEW_FORMS = cues._VIEW_FORMS | frozenset(forms)
        cues._DECLARING_FORMS = cues._DECLARING_FORMS | frozenset(forms)


def articles(limit: int | None):
    """(name, text, gold) of the train articles (the first ``limit``)."""
    for path in sorted((CACHE / "train").glob("*.txt"))[:limit]:
        text = path.read_bytes().decode("utf-8")
        yield path.name, text, gold_of(text, path.with_suffix(".ann").read_bytes().decode("utf-8"))


def missed(gold: dict, names: list[str]) -> list[dict]:
    """The gold's named sources (merged by ``same_entity``, each with the cues of all its mentions) that no
    name of ``names`` agrees with."""
    entities: list[dict] = []
    for s in gold["sources"]:
        if not s["name"]:
            continue
        same = next((e for e in entities if same_entity(s["name"], e["name"])), None)
        if same:
            same["cues"].add(cue_lemma(s["cue"]))
        else:
            entities.append({**s, "cues": {cue_lemma(s["cue"])}})
    return [e for e in entities if not any(source_agrees(n, e) for n in names)]


def found(text: str) -> tuple[list[str], list[tuple]]:
    """The body's source names (as ``polnear_eval.found_of``) and its attribution rows (source, cue, start, end,
    mention)."""
    story = nk.story_from_texts({"article": text})
    rows = nk.attributions(story)
    body = rows[rows.block == "body"]
    return found_of(story)["sources"], list(body[["source", "cue", "start", "end", "mention"]].itertuples(index=False))


def after_cue(text: str, row: tuple) -> str:
    """The words after a row's cue (the cue ends the row unless the source follows it)."""
    source, cue, start, end, mention = row
    head = text[start:end]
    cue_end = start + (head.rfind(cue.split()[-1]) + len(cue.split()[-1]) if cue.split()[-1] in head else len(head))
    return text[cue_end:cue_end + 50].replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="the first N train articles")
    parser.add_argument("--try", dest="verbs", help="comma-separated base forms to add to the reporting cues")
    parser.add_argument("--list", action="store_true", help="print every name a tried verb brings")
    parser.add_argument("--view", action="store_true", help="add the tried verbs as verbs of a view held")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore", nk.NewskitWarning)
    verbs = [v.strip() for v in args.verbs.split(",")] if args.verbs else []
    keys = {cue_lemma(v): v for v in verbs}
    misses, table, lost, gold_all, n_missed = Counter(), defaultdict(Counter), 0, 0, 0
    before = cues.CUES, cues.VIEW_VERBS, cues._VIEW_FORMS, cues._DECLARING_FORMS
    for name, text, gold in articles(args.limit):
        cues.CUES = sourcing.CUES = before[0]
        cues.VIEW_VERBS, cues._VIEW_FORMS, cues._DECLARING_FORMS = before[1:]
        names, _ = found(text)
        gone = missed(gold, names)
        gold_all += len(missed(gold, []))
        n_missed += len(gone)
        for entity in gone:
            misses.update(entity["cues"])
        if not verbs:
            continue
        with_cues(verbs, args.view)
        after, rows = found(text)
        lost += len(set(names) - set(after))
        mentions = [s for s in gold["sources"] if not s["pronoun"]]
        for new in sorted(set(after) - set(names)):
            by = {keys[cue_lemma(r[1])] for r in rows if r[0] == new and cue_lemma(r[1]) in keys}
            right = any(source_agrees(new, m) for m in mentions)
            gain = any(source_agrees(new, e) for e in gone)
            row = next((r for r in rows if r[0] == new and cue_lemma(r[1]) in keys), None)
            named = proper_name(new)
            clause = named and row is not None and bool(COMPLEMENT.match(after_cue(text, row)))
            for verb in by or {"(other)"}:
                table[verb].update(right=right, false=not right, gained=gain, n_right=named and right,
                                   n_false=named and not right, n_gained=named and gain, c_right=clause and right,
                                   c_false=clause and not right, c_gained=clause and gain)
            if args.list:
                print(f"{'RIGHT' if right else 'FALSE'} {'N' if named else '-'}{'C' if clause else '-'} {name} {new!r} {row[1] if row else '?'!r} "
                      f"{after_cue(text, row) if row else ''!r}")
    print(f"gold named sources {gold_all}, missed {n_missed}")
    if not verbs:
        for cue, n in misses.most_common():
            print(f"{n:5d}  {cue}")
        return 0
    print(f"{'':<16}{'any subject':^30}{'named subject':^30}{'named, clause after':^30}")
    print(f"{'cue':<16}" + f"{'gained':>7}{'right':>7}{'false':>7}{'prec':>9}" * 3)
    for verb in [*verbs, "(other)"]:
        c = table[verb]
        cells = ""
        for key in ("", "n_", "c_"):
            right, false = c[key + "right"], c[key + "false"]
            cells += f"{c[key + 'gained']:>7}{right:>7}{false:>7}{right / (right + false) if right + false else float('nan'):>9.3f}"
        print(f"{verb:<16}{cells}")
    print(f"names lost by the change: {lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
