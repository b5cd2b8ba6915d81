"""Issue 13: bounded cost on extreme input. Load time as a file grows, and `newskit new URL` against bad servers.

1. ``nk.load_story`` of a one-version story whose file is 1, 8 and 50 MB of article-like text (paragraphs of
   sentences, blank lines between; the same text with CR-only line breaks at 8 MB). Each load runs in a fresh
   process, which reports its time and peak memory. Baseline, in the same run: reading and decoding the same
   file (``Path.read_bytes().decode()``). Prints seconds, the ratio to the baseline, and the growth exponent
   between sizes (1.0 is linear). 50 MB is above the default size limit (``newskit.story.MAX_FILE_BYTES``):
   the refusal is timed, then the load with the limit raised.
2. ``newskit new STORY URL`` against two local servers on 127.0.0.1: one that sends a byte every 3 s (it would
   hold a plain ``urlopen`` read for ever), and one that sends an 800 MB page, with and without announcing its
   length. Prints wall time against the deadline (``NEWSKIT_URL_DEADLINE``, set to 20 s here) and the peak
   memory of the ``newskit`` process (goal: under 600 MB).

Run: .venv/bin/python benchmarks/bench_hostile.py   (about two minutes)
"""

import math
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from hostile_servers import LocalServer, huge, stalling  # noqa: E402 - after the path is set

PYTHON = sys.executable
LOAD = """
import resource, sys, time, warnings
import newskit as nk, newskit.story as s
s.MAX_FILE_BYTES = int(sys.argv[2])
warnings.simplefilter("ignore")
start = time.perf_counter()
try:
    story = nk.load_story(sys.argv[1])
    outcome = f"{len(story.versions[0].blocks)} blocks"
except nk.NewskitError as err:
    outcome = "refused: " + str(err).split(": ", 1)[1][:60]
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, outcome, sep="|")
"""
DECODE = """
import sys, time
from pathlib import Path
start = time.perf_counter()
Path(sys.argv[1]).read_bytes().decode("utf-8")
print(time.perf_counter() - start)
"""
WORDS = ("the president said on monday that officials would meet reporters in the capital after talks ended late "
         "police told reuters a storm hit coast thousands of people were moved from homes near river").split()


def article(megabytes: float, seed: int = 0) -> str:
    """Article-like text: a headline, then paragraphs of 2-5 sentences, blank lines between (a pool of 3,000)."""
    rng = random.Random(seed)
    pool = []
    for _ in range(3000):
        sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 25))).capitalize() + "."
                     for _ in range(rng.randint(2, 5))]
        pool.append(" ".join(sentences))
    paragraphs, size, i = ["Storm hits the coast"], 0, 0
    while size < megabytes * 1_000_000:
        paragraphs.append(pool[i % len(pool)])
        size += len(paragraphs[-1]) + 2
        i += 1
    return "\n\n".join(paragraphs) + "\n"


def timed_load(folder: Path, limit: int) -> tuple[float, float, str]:
    line = subprocess.run([PYTHON, "-c", LOAD, str(folder), str(limit)], capture_output=True, text=True,
                          check=True).stdout.strip().splitlines()[-1]
    seconds, memory, outcome = line.split("|")
    return float(seconds), float(memory), outcome


def timed_decode(path: Path) -> float:
    return float(subprocess.run([PYTHON, "-c", DECODE, str(path)], capture_output=True, text=True,
                                check=True).stdout.strip())


def load_growth(root: Path) -> None:
    print("1. nk.load_story of one file (fresh process each; baseline: read + decode the same file)")
    print(f"{'file':>22} {'seconds':>8} {'decode s':>9} {'ratio':>7} {'peak MB':>8}  outcome")
    default = 16 * 2**20
    points = []
    cases = [("1 MB", 1, "\n", default), ("8 MB", 8, "\n", default), ("8 MB, CR only", 8, "\r", default),
             ("50 MB (default limit)", 50, "\n", default), ("50 MB (limit raised)", 50, "\n", 64 * 2**20)]
    for label, megabytes, newline, limit in cases:
        folder = root / f"{megabytes}-{ord(newline)}"
        if not folder.exists():
            folder.mkdir()
            (folder / "a.txt").write_text(article(megabytes).replace("\n", newline), encoding="utf-8", newline="")
        seconds, memory, outcome = timed_load(folder, limit)
        base = timed_decode(folder / "a.txt")
        print(f"{label:>22} {seconds:8.2f} {base:9.3f} {seconds / base:7.0f} {memory:8.0f}  {outcome}")
        if newline == "\n" and outcome.endswith("blocks"):
            points.append((megabytes, seconds))
    for (m1, s1), (m2, s2) in zip(points, points[1:]):
        print(f"growth exponent {m1} -> {m2} MB: {math.log(s2 / s1) / math.log(m2 / m1):.2f} (1.0 = linear)")
    eight = next(s for m, s in points if m == 8)
    print(f"8 MB article loads in {eight:.1f} s (goal: under 10 s)")


def network(root: Path) -> None:
    deadline = 20
    print(f"\n2. newskit new STORY URL against local servers (deadline {deadline} s, size cap 20 MiB)")
    print(f"{'server':>28} {'seconds':>8} {'exit':>5} {'peak MB':>8}  message")
    env = {**os.environ, "NEWSKIT_URL_DEADLINE": str(deadline)}
    for label, handler in (("a byte every 3 s", stalling(pause=3, times=200)),
                           ("800 MB, length announced", huge(announce=True, words_per_block=200_000)),
                           ("800 MB, length not announced", huge(announce=False, words_per_block=200_000))):
        server = LocalServer(handler)
        url = server.url
        start = time.perf_counter()
        process = subprocess.Popen([PYTHON, "-m", "newskit.app.cli", "new", str(root / f"story-{label.split()[0]}-{label.split()[-1]}"),
                                    url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        message = process.stderr.read().strip().splitlines()[-1].split(": ", 3)[-1][:70]
        server.close()
        print(f"{label:>28} {seconds:8.1f} {os.waitstatus_to_exitcode(status):5d} {usage.ru_maxrss / 1024:8.0f}  "
              f"{message}")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        load_growth(Path(tmp))
        network(Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
