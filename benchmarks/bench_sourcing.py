"""Growth of the sourcing pass (nk.quotes + nk.attributions) with the number of quotations and with the
length of one line, against the package as it stood before the pass was rebuilt (commit 8e63126).

Inputs are generated: news paragraphs with 2,500 to 20,000 quotations (inverted and plain cues, split
quotes, he/she, partial and scare quotes, "according to", a pool of 60 people), and one line of
0.2M to 2M characters with no sentence end (cues, quoted words and semicolons in it). Each size is timed
here (sentences split first, not counted) and, when ``--old`` is given (which adds two smaller sizes the
old package can finish), in a subprocess running the old package (``git archive 8e63126 newskit | tar -x -C DIR``) with a time limit. Growth exponents are
log(t2/t1) / log(n2/n1) between neighbouring sizes.

Run: .venv/bin/python benchmarks/bench_sourcing.py [--old] [--quick]
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "8e63126"
LIMIT = 240  # seconds allowed for one old run

FIRST = "Anna Boris Carla David Elena Farid Grace Hugo Irene Jonas".split()
SYLLABLES = "ka lo mi ren tov sa bel dun".split()


def people(n: int = 60) -> list[str]:
    """``n`` distinct made-up full names."""
    out = []
    for k in range(n):
        a, b, c = k % 8, (k // 8) % 8, (k * 3 + 1) % 8
        out.append(f"{FIRST[k % 10]} {(SYLLABLES[a] + SYLLABLES[b] + SYLLABLES[c]).capitalize()}")
    return out


def quotes_text(n: int) -> str:
    """News paragraphs holding about ``n`` quotations."""
    names = people()
    paragraphs, count, k = [], 0, 0
    while count < n:
        name = names[k % len(names)]
        last = name.split()[-1]
        pronoun = "he" if FIRST.index(name.split()[0]) % 2 else "she"
        paragraphs += [
            f"“The talks number {k} went well,” said Foreign Minister {name}. {last} added that the plan was sound.",
            f"“We will keep going,” {pronoun} said, “and we will not stop.”",
            f"According to {names[(k + 7) % len(names)]}, the deal was “far too slow” for the region.",
            "Officials called it a “reset”. “It was a hard day for everyone here,” the minister told reporters.",
        ]
        count += 6
        k += 1
    return "\n\n".join(paragraphs) + "\n"


def long_line(chars: int) -> str:
    """One line of about ``chars`` characters and no sentence end."""
    piece = ("officials said the talks, which Anna Kalomi described as “very hard indeed”, were over; "
             "Boris Lokami told reporters that prices rose, according to the ministry, and ")
    return (piece * (chars // len(piece) + 1))[:chars].rsplit(" ", 1)[0] + " end.\n"


RUN = """
import sys, time, warnings
warnings.simplefilter("ignore")
import newskit as nk
text = open(sys.argv[1], encoding="utf-8").read()
story = nk.story_from_texts({"a": text})
nk.sentences(story)
start = time.perf_counter()
nk.quotes(story); nk.attributions(story)
print(time.perf_counter() - start)
"""


def measure(text: str, package: Path) -> float:
    """Seconds of quotes + attributions on ``text`` with the package at ``package`` (NaN past the limit)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write(text)
    env = {**os.environ, "PYTHONPATH": str(package)}
    try:
        done = subprocess.run([sys.executable, "-c", RUN, handle.name], capture_output=True, text=True, env=env,
                              timeout=LIMIT, check=True, cwd=package)  # "-c" puts the working folder first
        return float(done.stdout.split()[-1])
    except subprocess.TimeoutExpired:
        return math.nan
    finally:
        os.unlink(handle.name)


def report(title: str, sizes: list[int], make, old: Path | None) -> None:
    print(title)
    print(f"{'size':>10} {'new s':>8} {'growth':>7} {'old s':>8} {'old/new':>8}")
    previous = None
    for size in sizes:
        text = make(size)
        new = measure(text, ROOT)
        before = measure(text, old) if old else math.nan
        growth = math.log(new / previous[1]) / math.log(size / previous[0]) if previous else math.nan
        print(f"{size:>10,} {new:8.2f} {growth:7.2f} {before:8.2f} {before / new:8.2f}")
        previous = (size, new)
        if old and math.isnan(before):
            old = None  # past the limit once: larger sizes would be too
    print()


def main() -> int:
    warnings.simplefilter("ignore")
    quick = "--quick" in sys.argv
    old = None
    with tempfile.TemporaryDirectory() as tmp:
        if "--old" in sys.argv:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", BASELINE, "newskit"], capture_output=True,
                                     check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            old = Path(tmp)
        small = [500, 1_000] if old else []  # sizes the old package finishes within the limit
        report("quotations", small + ([2_500, 5_000] if quick else [2_500, 5_000, 10_000, 20_000]), quotes_text, old)
        small = [50_000, 100_000] if old else []
        report("characters in one line", small + ([200_000, 1_000_000] if quick else [200_000, 1_000_000, 2_000_000]),
               long_line, old)
    return 0


if __name__ == "__main__":
    sys.exit(main())
