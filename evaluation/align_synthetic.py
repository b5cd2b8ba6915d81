"""Sentence alignment on wire copy as outlets republish it, edited by rule with known true links.

Real texts we may use (OneStopEnglish advanced stories, Wikinews revisions, in ../shared/corpora) are
the wire story (A). Each gets a republished copy (B) made with the edits outlets make, every one with
its true links recorded: most sentences kept or lightly edited (a word dropped or added, "said" made
"says"), a sentence split in two at a conjunction or a semicolon, two neighbours merged, a trailing
clause trimmed, the lede reworded (clauses turned round, words dropped), a paragraph moved, a local
sentence from another story inserted, a sentence dropped and the tail cut. Edits are drawn with a
seeded random generator, so every run makes the same copies.

Scored on :func:`newskit.alignment.align_texts`: precision over the links found, recall over the true
links, both at the level of sentence pairs (a merge or split is one link per sentence pair). Also
printed per kind of edit: the true links of that kind that were missed, and the false links by the
kind of the A sentence they touch.

Run: ``.venv/bin/python evaluation/align_synthetic.py [--list] [--hard]`` (``--list`` prints every
miss and every false link; ``--hard`` edits more: two or three touches and a local clause in every
lightly edited sentence, a third of the lede's words dropped). Exits 0 and says so when ../shared is absent.
"""

from __future__ import annotations

import json
import random
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

from newskit.alignment import align_texts
from newskit.text.sentences import split_sentences

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
SEED = 20261201
GOAL_RECALL, GOAL_PRECISION = 0.97, 0.99
LOCAL = ("{name} did not immediately respond to a request for comment from the Courier on Tuesday.",
         "Readers in the county have followed the {name} story closely since it broke last spring.",
         "A spokesman for {name} told the Herald the matter was under review.")
CLAUSES = ("a short drive from the county line", "according to figures seen by the Courier",
           "as readers here will remember", "in a move welcomed by local officials")
HARD = "--hard" in sys.argv
SPLIT_AT = re.compile(r"(?:, (?:and|but|while|which|who|although|as) |; )")


def read(path: Path) -> str:
    """A corpus text, UTF-8 with or without BOM, else Windows-1252."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def wire_texts() -> list[list[str]]:
    """The source stories as lists of sentences (paragraph ends kept as sentence ends)."""
    texts = []
    for folder in sorted((CORPORA / "onestopenglish" / "stories").glob("*/")):
        if (folder / "adv.txt").is_file():
            texts.append(read(folder / "adv.txt"))
    path = CORPORA / "wikinews-revisions" / "revisions.jsonl"
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["after_revision"])
    out = []
    for text in texts:
        sents = [s for para in text.splitlines() for s in split_sentences(para) if len(s.split()) >= 4]
        if len(sents) >= 6:
            out.append(sents)
    return out


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _low(text: str) -> str:
    return text if re.match(r"[A-Z][a-z]*[A-Z]|I\b|[A-Z][a-z]+ [A-Z]", text) else text[:1].lower() + text[1:]


def light_edit(sentence: str, rng: random.Random) -> str:
    """A wire editor's touch: a word dropped or added, a tense changed; with ``--hard``, two or three
    such touches and a local clause."""
    if HARD:
        for _ in range(rng.randrange(2, 4)):
            sentence = _one_touch(sentence, rng)
        cut = sentence.find(", ")
        return sentence[:cut] + ", " + rng.choice(CLAUSES) + sentence[cut:] if cut > 0 else sentence
    return _one_touch(sentence, rng)


def _one_touch(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    choice = rng.random()
    if " said" in sentence and choice < 0.3:
        return sentence.replace(" said", " says", 1)
    if choice < 0.65 and len(words) > 6:
        k = rng.randrange(1, len(words) - 1)
        return " ".join(words[:k] + words[k + 1:])
    k = rng.randrange(1, len(words))
    return " ".join(words[:k] + [rng.choice(["also", "now", "reportedly", "still"])] + words[k:])


def split(sentence: str, rng: random.Random) -> list[str] | None:
    """The sentence cut in two at a conjunction or semicolon, both halves at least five words."""
    cuts = [m for m in SPLIT_AT.finditer(sentence)
            if len(sentence[:m.start()].split()) >= 5 and len(sentence[m.end():].split()) >= 5]
    if not cuts:
        return None
    m = rng.choice(cuts)
    first, second = sentence[:m.start()] + ".", sentence[m.end():]
    joint = m.group().strip(" ,;")
    if joint in ("and", "but"):
        second = _cap(joint) + " " + second
    else:
        second = _cap(second)
    return [first, second]


def merge(first: str, second: str) -> str:
    """Two neighbours joined with a comma and "and"."""
    return first.rstrip(" .") + ", and " + _low(second)


def trim(sentence: str) -> str | None:
    """The sentence cut at its last comma, when at least six words stay."""
    cut = sentence.rfind(", ")
    if cut < 0 or len(sentence[:cut].split()) < 6:
        return None
    return sentence[:cut] + "."


def reword_lede(sentence: str, rng: random.Random) -> str:
    """Clauses turned round and about a fifth of the words dropped."""
    parts = sentence.rstrip(".").split(", ")
    if len(parts) > 1:
        parts = parts[1:] + [_low(parts[0])]
    words = ", ".join(parts).split()
    kept = [w for k, w in enumerate(words) if k == 0 or rng.random() > (0.35 if HARD else 0.2)]
    return _cap(" ".join(kept)) + "."


def edit_units(sents: list[str], rng: random.Random) -> list[tuple[list[str], list[int], str]]:
    """The copy as units (B sentences, the A sentences they carry, kind of edit), in A's order."""
    units: list[tuple[list[str], list[int], str]] = [([reword_lede(sents[0], rng)], [0], "lede")]
    i = 1
    while i < len(sents):
        s, roll = sents[i], rng.random()
        if roll < 0.08 and i + 1 < len(sents):
            units.append(([merge(s, sents[i + 1])], [i, i + 1], "merge"))
            i += 1
        elif roll < 0.18 and (parts := split(s, rng)):
            units.append((parts, [i], "split"))
        elif roll < 0.25 and (cut := trim(s)):
            units.append(([cut], [i], "trim"))
        elif roll < 0.4:
            units.append(([light_edit(s, rng)], [i], "light"))
        else:
            units.append(([], [i], "dropped") if roll < 0.44 else ([s], [i], "kept"))
        i += 1
    return units


def rearrange(units: list, sents: list[str], others: list[list[str]], rng: random.Random) -> None:
    """The tail cut, a paragraph moved up, local sentences inserted (in place)."""
    cut_tail = rng.randrange(0, max(1, len(units) // 5))
    if cut_tail:
        units[-cut_tail:] = [([], a, "dropped") for _, a, _ in units[-cut_tail:]]
    if len(units) > 6:                                     # a paragraph (two units) moved up
        at = rng.randrange(3, len(units) - 2)
        block = units[at:at + 2]
        del units[at:at + 2]
        units[1:1] = [(b, a, "moved" if b else k) for b, a, k in block]
    for _ in range(rng.randrange(1, 3)):                  # a local sentence from another story
        other = rng.choice(others)
        units.insert(rng.randrange(1, len(units)), ([rng.choice(other)], [], "inserted"))
    names = sorted({w for s in sents[:3] for w in re.findall(r"(?<=\w )[A-Z][a-z]{3,}", s)})
    if names:                                             # a local sentence naming the story's people
        local = rng.choice(LOCAL).format(name=rng.choice(names))
        units.insert(rng.randrange(1, len(units)), ([local], [], "inserted"))


def republish(sents: list[str], others: list[list[str]], rng: random.Random):
    """A republished copy of ``sents``: (sentences of B, true links {(i, j)}, kind of each A sentence)."""
    units = edit_units(sents, rng)
    rearrange(units, sents, others, rng)
    b_sents, links, kind = [], set(), {}
    for b_part, a_part, k in units:
        for a in a_part:
            kind[a] = k
            links |= {(a, len(b_sents) + n) for n in range(len(b_part))}
        b_sents += b_part
    return b_sents, links, kind


def main() -> int:
    if not (CORPORA / "onestopenglish").is_dir():
        print(f"skipped: {CORPORA} is absent (it exists only beside a development checkout)")
        return 0
    listing = "--list" in sys.argv
    warnings.simplefilter("ignore")
    texts = wire_texts()
    rng = random.Random(SEED)
    found_right = found_all = true_all = 0
    missed, false = Counter(), Counter()
    per_kind = Counter()
    for n, sents in enumerate(texts):
        b_sents, truth, kind = republish(sents, texts[:n] + texts[n + 1:], rng)
        frame = align_texts(sents, b_sents).dropna(subset=["sentence_a", "sentence_b"])
        got = {(int(a), int(b)) for a, b in zip(frame["sentence_a"], frame["sentence_b"])}
        found_right += len(got & truth)
        found_all += len(got)
        true_all += len(truth)
        per_kind.update(kind[i] for i, _ in truth)
        for i, j in sorted(truth - got):
            missed[kind[i]] += 1
            if listing:
                print(f"MISSED story {n} ({kind[i]}) A{i}: {sents[i]}\n    B{j}: {b_sents[j]}")
        for i, j in sorted(got - truth):
            false[kind.get(i, "?")] += 1
            if listing:
                print(f"FALSE story {n} ({kind.get(i)}) A{i}: {sents[i]}\n    B{j}: {b_sents[j]}")
    precision = found_right / found_all if found_all else 1.0
    recall = found_right / true_all if true_all else 1.0
    print(f"synthetic wire copies: {len(texts)} stories, {true_all} true links, {found_all} found")
    print(f"precision {precision:.3f} ({found_right}/{found_all})  recall {recall:.3f} ({found_right}/{true_all})"
          f"  {'(goals met)' if precision >= GOAL_PRECISION and recall >= GOAL_RECALL else '(below goal)'}")
    print("missed by edit: " + ", ".join(f"{k} {missed[k]}/{per_kind[k]}" for k in sorted(per_kind)))
    print("false links by edit of the A sentence: " + ", ".join(f"{k} {v}" for k, v in sorted(false.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
