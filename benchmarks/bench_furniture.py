"""Page furniture recognition stays linear on hostile paragraphs.

Each furniture pattern runs on every paragraph, so a pattern whose quantifiers overlap (``\\s*\\(?\\s*``,
``(?:[A-Z]\\w*\\s*){1,5}``) backtracks polynomially or worse on a long run of blanks, brackets or capitals.
For paragraphs of 5,000, 10,000 and 20,000 repeated units of each hostile shape, prints the time of
``furniture_kind`` plus ``glued_furniture`` against a baseline measured in the same run (``str.split`` and
one ``re.sub`` over the same text, which are linear), and the growth exponent as the size doubles (1.0 is
linear; 2.0 would be quadratic).

Then, for a scraped page kept one line per paragraph (menus, a byline on two lines, article lines, a list of
other stories with names and dates) of 1,000, 2,000 and 4,000 lines, the time of ``label_blocks`` against the
same baseline and its growth exponent: labelling a line looks back a bounded number of lines, so it stays
linear in the number of lines.

Run: .venv/bin/python benchmarks/bench_furniture.py   (a few seconds)
"""

import math
import re
import time

from newskit.blocks import label_blocks
from newskit.furniture import furniture_kind, glued_furniture

SHAPES = {
    "blanks": " ",
    "tabs and blanks": "\t ",
    "open brackets": "( ",
    "bracketed capitals": "[A ",
    "capitals after a promo": " AB",
    "json keys": '"a": "',
    "slashes": "a / ",
    "sentence ends": ". A",
    "words": "word ",
}
SIZES = (5_000, 10_000, 20_000)
PAGE_UNIT = ["NEWS", "Sign In", "Port sale slowed | The Evening Lamp", "By", "Jane Roe", "03/03/2026 10:15",
             "The ministry slowed the sale of the operator's holdings abroad, two people familiar with it said.",
             "“We are in no hurry,” an official said.", "Recommended", "Sam Writer", "03/03/2026 11:20",
             "Council of St. Anne's votes on parking, buses and bins", "Share on Facebook"]
PAGE_LINES = (1_000, 2_000, 4_000)


def best(func, text, repeat=3):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(text)
        times.append(time.perf_counter() - start)
    return min(times)


def furniture(text):
    furniture_kind(text)
    glued_furniture(text)


def baseline(text):
    text.split()
    re.sub(r"\s+", " ", text)


def main():
    print(f"{'shape':<24}" + "".join(f"{n:>16,}" for n in SIZES) + f"{'growth':>10}")
    for name, unit in SHAPES.items():
        prefix = "Yes. CLICK HERE" if name == "capitals after a promo" else ""
        cells, seconds = [], []
        for size in SIZES:
            text = prefix + unit * size + "x"
            spent, base = best(furniture, text), best(baseline, text)
            seconds.append(spent)
            cells.append(f"{spent * 1000:7.1f} ms {spent / base:5.1f}x")
        growth = math.log2(seconds[-1] / seconds[-2]) if seconds[-2] > 0 else float("nan")
        print(f"{name:<24}" + "".join(f"{c:>16}" for c in cells) + f"{growth:>10.2f}")
    print("ms: furniture_kind + glued_furniture; x: against str.split + one re.sub on the same text")
    cells, seconds = [], []
    for lines in PAGE_LINES:
        text = "\n".join((PAGE_UNIT * (lines // len(PAGE_UNIT) + 1))[:lines])
        spent, base = best(label_blocks, text, repeat=2), best(baseline, text)
        seconds.append(spent)
        cells.append(f"{spent * 1000:7.0f} ms {spent / base:5.0f}x")
    growth = math.log2(seconds[-1] / seconds[-2])
    print(f"\n{'page lines':<24}" + "".join(f"{n:>16,}" for n in PAGE_LINES))
    print(f"{'label_blocks':<24}" + "".join(f"{c:>16}" for c in cells) + f"{growth:>10.2f}")


if __name__ == "__main__":
    main()
