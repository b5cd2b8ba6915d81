"""environment.yml mirrors pyproject.toml, dependency for dependency."""

import re
import sys

import yaml

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def _normalise(spec: str) -> str:
    """'Foo_Bar >= 1.0' -> 'foo-bar>=1.0' (conda has no environment markers: they are dropped)."""
    spec = spec.split(";")[0]
    name, rest = re.match(r"\s*([A-Za-z0-9_.-]+)\s*(.*)", spec).groups()
    return re.sub(r"[-_.]+", "-", name).lower() + rest.replace(" ", "")


def _pyproject_specs() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        specs.extend(extra)
    return {_normalise(s) for s in specs if "python_version < '3.11'" not in s}


def _environment_specs() -> set[str]:
    """Conda dependencies and the pip section's packages (the project itself, ``-e .``, left out)."""
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    pip = [d for d in deps if isinstance(d, dict) for d in d.get("pip", []) if not d.startswith("-")]
    conda = [d for d in deps if isinstance(d, str) and not re.match(r"(python|pip)\b(?!-)", d)]
    return {_normalise(d) for d in conda + pip}


def test_environment_mirrors_pyproject():
    assert _environment_specs() == _pyproject_specs()


def test_environment_pins_the_python_pyproject_requires():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert f"python{requires}" in env["dependencies"]


def test_the_pytest_options_need_only_plugins_the_test_extra_installs():
    """``-n`` is pytest-xdist's option and ``--nbval`` nbval's: a plain ``pip install -e '.[test]'`` runs the suite."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    addopts = pyproject["tool"]["pytest"]["ini_options"]["addopts"].split()
    extra = pyproject["project"]["optional-dependencies"]["test"]
    test = {re.match(r"[A-Za-z0-9_.-]+", spec).group().lower() for spec in extra}
    for option, plugin in [("-n", "pytest-xdist"), ("--dist", "pytest-xdist"), ("--nbval", "nbval")]:
        assert option not in addopts or plugin in test, f"addopts uses {option}: {plugin} belongs in the test extra"
