"""What the benchmarks share: the OneStopEnglish stories and fair timing.

The corpus lives in ../shared beside a development checkout; every benchmark
prints a skip message and exits 0 where it is absent.
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

import newskit as nk

STORIES = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "onestopenglish" / "stories"


def story_folders() -> list[Path]:
    """The OneStopEnglish story folders (three reading levels each), sorted; empty where absent."""
    return sorted(p for p in STORIES.iterdir() if p.is_dir()) if STORIES.is_dir() else []


def load_stories(folders: list[Path]) -> list[nk.Story]:
    """Each folder loaded as a story, without the loader's warnings (some files are Windows-1252)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        return [nk.load_story(folder) for folder in folders]


def best_of(runs: int, work) -> float:
    """Fastest wall time, in seconds, of ``runs`` calls of ``work()``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def clear_caches(package: str = "textstat.backend") -> None:
    """Empty every lru_cache in the modules of ``package`` (keyed on the text, they would serve a rerun from memory)."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith(package):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()
