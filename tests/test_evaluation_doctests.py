"""The evaluation scripts' docstring examples hold: pytest's ``testpaths`` leave ``evaluation/`` out (its scripts
import one another by folder, not as a package), so each script with examples is loaded here and its doctests run.
"""

from __future__ import annotations

import doctest
import importlib
import sys
from pathlib import Path

import pytest

EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"


@pytest.mark.parametrize("name", sorted(p.stem for p in EVALUATION.glob("*.py") if "    >>> " in p.read_text()))
def test_the_examples_of_an_evaluation_script_hold(name, monkeypatch):
    monkeypatch.syspath_prepend(str(EVALUATION))
    results = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert results.attempted and not results.failed, results
