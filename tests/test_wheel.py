"""A plain install works: the wheel carries the notebooks, and `newskit report` runs from it outside the checkout."""

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from newskit.app.report import find_notebooks

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "stories" / "kazakhstan-csto-2022"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The project's wheel, built without dependencies."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--wheel-dir", str(out), str(ROOT)], check=True, capture_output=True)
    return next(out.glob("newskit-*.whl"))


def test_the_wheel_carries_every_notebook(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(Path(n).name for n in names if n.startswith("newskit/notebooks/") and n.endswith(".ipynb"))
    assert shipped == sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def test_report_runs_from_an_installed_wheel_outside_the_checkout(wheel, tmp_path):
    """A fresh venv holds only the wheel; its dependencies are borrowed from this environment by a .pth
    line (a .pth in a borrowed folder is not run, so this checkout's editable install stays out of sight),
    and their data files (nbconvert's templates) through JUPYTER_PATH."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    where = subprocess.run([python, "-c", "import newskit; print(newskit.__file__)"], cwd=tmp_path,
                           capture_output=True, text=True, check=True).stdout
    assert Path(where.strip()).is_relative_to(site)
    env = {**os.environ, "PYTHONPATH": "", "JUPYTER_PATH": str(Path(sys.prefix) / "share" / "jupyter")}
    run = subprocess.run([python, "-m", "newskit.app.cli", "report", str(EXAMPLE), "--out", str(tmp_path / "out"),
                          "--quiet"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    pages = sorted(p.name for p in (tmp_path / "out" / "kazakhstan-csto-2022").glob("*.html"))
    assert pages == sorted(["index.html"] + [p.stem + ".html" for p in find_notebooks(ROOT / "notebooks")])
