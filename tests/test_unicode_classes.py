"""The package's patterns read letters by Unicode category: no A-Z or a-z range is left in a character class
(``tests/unicode_classes.py`` rewrites them; run it after a merge when the first test fails)."""

from pathlib import Path

import newskit.text.letters as letters

from unicode_classes import rewrite

ROOT = Path(__file__).resolve().parents[1]


def test_no_pattern_of_the_package_is_left_with_an_ascii_letter_range():
    left = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "newskit").rglob("*.py"))
            if rewrite(p.read_text(encoding="utf-8")) != p.read_text(encoding="utf-8")]
    assert left == [], "run: .venv/bin/python tests/unicode_classes.py " + " ".join(left)


def test_a_range_is_rewritten_in_plain_and_f_strings_and_an_ascii_one_is_left():
    source = ('import re\n\nNAME = re.compile(r"[A-Z][\\w.-]*")\nTAG = rf"[a-zA-Z]{{2}}{X}"\n'
              'LANG = re.compile(rb"[A-Za-z]{2}")\nSCHEME = r"[a-z]+://"\n')
    assert rewrite(source) == ('from newskit.text import letters as re\n\nNAME = re.compile(r"\\p{Lu}[\\w.-]*")\n'
                               'TAG = rf"[\\p{{Ll}}\\p{{Lu}}]{{2}}{X}"\nLANG = re.compile(rb"[A-Za-z]{2}")\n'
                               'SCHEME = r"[a-z]+://"\n')
    assert rewrite(rewrite(source)) == rewrite(source)


def test_a_category_reads_the_letters_a_range_left_out():
    assert letters.findall(r"\p{Lu}[\w-]*", "Émilie Dubois met Łukasz, ÁNGEL and Søren") == \
        ["Émilie", "Dubois", "Łukasz", "ÁNGEL", "Søren"]
