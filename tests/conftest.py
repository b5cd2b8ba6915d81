"""Shared fixtures: the bundled story and the optional ../shared corpora."""

from pathlib import Path

import pytest

import newskit as nk

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "data" / "stories" / "kazakhstan-csto-2022"


@pytest.fixture(scope="session")
def example_dir() -> Path:
    """Folder of the bundled example story."""
    return EXAMPLE


@pytest.fixture(scope="session")
def example(example_dir):
    """The bundled example story, loaded once."""
    return nk.load_story(example_dir)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the project; tests using it skip where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (it exists only beside a development checkout)")
    return SHARED
