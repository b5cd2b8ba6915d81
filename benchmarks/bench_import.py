"""Time to ``import newskit`` in a fresh interpreter, against ``import pandas`` alone in the same run.

pandas is the floor: every newskit table is a DataFrame. Each import runs in its own interpreter
(``python -X importtime``), seven times; the median of the cumulative microseconds is reported, with
the heaviest packages newskit pulls in beyond pandas. Heavy packages that only some calls need
(matplotlib, nltk, nbconvert, papermill) must not appear: they are imported when first used.

Run from the project root: ``python benchmarks/bench_import.py``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

RUNS = 7
GOAL_SECONDS = 1.0


def import_times(module: str) -> tuple[float, dict[str, int]]:
    """Median seconds to import ``module``, and the cumulative microseconds of each top-level package."""
    totals, packages = [], {}
    for _ in range(RUNS):
        err = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                             capture_output=True, text=True, check=True).stderr
        rows = [line.split("|") for line in err.splitlines() if line.startswith("import time:") and "|" in line]
        rows = [(int(r[1]), r[2].strip()) for r in rows if r[1].strip().isdigit()]
        totals.append(next(us for us, name in rows if name == module) / 1e6)
        packages.update({name: us for us, name in rows if "." not in name and not name.startswith("_")})
    return statistics.median(totals), packages


def main() -> int:
    newskit_s, packages = import_times("newskit")
    pandas_s, _ = import_times("pandas")
    print(f"import newskit: {newskit_s:.2f} s (median of {RUNS}; goal under {GOAL_SECONDS:.0f} s)")
    print(f"import pandas:  {pandas_s:.2f} s -> newskit costs {newskit_s / pandas_s:.2f}x pandas alone")
    heavy = sorted(((us, name) for name, us in packages.items() if name != "newskit"), reverse=True)[:6]
    print("heaviest packages imported:", ", ".join(f"{name} {us / 1e6:.2f} s" for us, name in heavy))
    lazy = sorted({"matplotlib", "nltk", "nbconvert", "papermill"} & set(packages))
    print("imported although only some calls need them:", ", ".join(lazy) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
