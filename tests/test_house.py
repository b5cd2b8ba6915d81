"""The package's shape: layers that import only downwards, no circles, no private names across modules,
no function too branched to hold in one's head, and an import that stays light."""

import ast
import functools
import re
import subprocess
import sys
from pathlib import Path

import pytest
from radon.complexity import cc_visit

PACKAGE = Path(__file__).resolve().parents[1] / "newskit"

LAYERS = [
    ("base", ["errors"]),
    ("text", ["text.*"]),
    ("story", ["encoding", "extraction", "furniture", "blocks", "metadata", "story", "dates", "origin"]),
    ("per version", ["speakers", "cues", "quote_marks", "quote_speakers", "quotations", "sources", "sourcing",
                     "readability", "lexical", "uncertainty"]),
    ("across versions", ["matching", "entities", "alignment", "wording", "comparison", "readability_drivers", "summary"]),
    ("corpus", ["corpus", "grouping", "corpus_analysis"]),
    ("views", ["views.*"]),
    ("application", ["app.*"]),
]
"""Each module's layer, lowest first: a module imports only from its own layer or the ones below."""

MAX_COMPLEXITY = 20


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        if "notebooks" in path.relative_to(PACKAGE).parts:
            continue
        name = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        found["" if name == "__init__" else name.removesuffix(".__init__")] = path
    return found


MODULES = _modules()


def _layer(module: str) -> int:
    for rank, (_, members) in enumerate(LAYERS):
        for member in members:
            if module == member or (member.endswith(".*") and module.startswith(member[:-1])) or \
                    module == member.removesuffix(".*"):
                return rank
    raise AssertionError(f"newskit.{module} belongs to no layer: add it to LAYERS in {Path(__file__).name}")


@functools.cache
def _imports(module: str) -> list[tuple[str, list[str]]]:
    """(imported newskit module, names taken from it) for every relative import in ``module``."""
    path = MODULES[module]
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            if target in MODULES:
                found.append((target, [a.name for a in node.names]))
            else:  # "from . import x" / "from .text import sentences": submodules named in the list
                found += [(f"{target}.{a.name}".lstrip("."), []) for a in node.names
                          if f"{target}.{a.name}".lstrip(".") in MODULES]
    return found


@functools.cache
def _graph() -> dict[str, set[str]]:
    """Module -> the newskit modules it imports, read once from the source (ast) for all the tests that need it."""
    return {m: {t for t, _ in _imports(m) if t != m} for m in MODULES if m not in ("", "text", "views", "app")}


def _assert_downwards(graph: dict[str, set[str]]) -> None:
    """Every module in ``graph`` has a layer, and every module it imports sits in that layer or below."""
    for module, targets in graph.items():
        for target in targets:
            if target in ("", "text", "views", "app"):
                continue
            assert _layer(target) <= _layer(module), (
                f"newskit.{module} ({LAYERS[_layer(module)][0]}) imports newskit.{target}, "
                f"which sits higher ({LAYERS[_layer(target)][0]})")


def test_every_module_has_a_layer_and_imports_only_downwards():
    _assert_downwards(_graph())


def test_the_layer_check_catches_an_upward_import_and_a_module_without_a_layer():
    _assert_downwards({"story": {"text.tokens", "errors", ""}, "app.cli": {"views.pages", "corpus"}})
    with pytest.raises(AssertionError, match=r"newskit.errors \(base\) imports newskit.story, which sits higher"):
        _assert_downwards({"errors": {"story"}})
    with pytest.raises(AssertionError, match="newskit.speakers .* imports newskit.app.cli"):
        _assert_downwards({"speakers": {"app.cli"}})
    with pytest.raises(AssertionError, match="newskit.nowhere belongs to no layer"):
        _assert_downwards({"story": {"nowhere"}})


def test_no_import_circle():
    graph = _graph()
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            assert state.get(nxt) != 1, "import circle: " + " -> ".join(trail + [node, nxt])
            if nxt not in state:
                visit(nxt, trail + [node])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])


def test_no_private_name_crosses_a_module():
    for module in MODULES:
        for target, names in _imports(module):
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            assert not private, f"newskit.{module} takes private {private} from newskit.{target}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_function_above_the_complexity_limit(module):
    blocks = cc_visit(MODULES[module].read_text(encoding="utf-8"))
    over = [(b.fullname, b.complexity) for b in blocks if b.complexity > MAX_COMPLEXITY]
    assert not over, f"newskit.{module}: cyclomatic complexity above {MAX_COMPLEXITY}: {over}"


def _defined_twice(source: str) -> list[str]:
    """Names a module (or one of its classes) defines twice at one level: the later one hides the earlier, so a
    function is lost and a test never runs (see the test after the check for examples)."""
    twice = []
    scopes = [("", ast.parse(source))]
    while scopes:
        prefix, scope = scopes.pop()
        defined = [n for n in scope.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        names = [n.name for n in defined]
        twice += sorted({prefix + name for name in names if names.count(name) > 1})
        scopes += [(f"{prefix}{n.name}.", n) for n in defined if isinstance(n, ast.ClassDef)]
    return sorted(twice)


_ROOT = PACKAGE.parent
_SOURCES = sorted([*PACKAGE.rglob("*.py"), *(_ROOT / "tests").glob("*.py"), *(_ROOT / "evaluation").rglob("*.py"),
                   *(_ROOT / "benchmarks").glob("*.py")])


@pytest.mark.parametrize("path", _SOURCES, ids=lambda p: str(p.relative_to(_ROOT)))
def test_no_function_or_test_is_defined_twice_in_a_module(path):
    twice = _defined_twice(path.read_text(encoding="utf-8"))
    assert not twice, f"{path.relative_to(_ROOT)} defines {twice} twice: the later hides the earlier"


def test_the_check_for_names_defined_twice_sees_methods_and_tests():
    assert _defined_twice("def test_a(): pass\n\ndef test_a(): pass") == ["test_a"]
    assert _defined_twice("class T:\n    def test_b(self): pass\n    def test_b(self): pass") == ["T.test_b"]
    assert _defined_twice("def test_a(): pass\n\nclass T:\n    def test_a(self): pass") == []


def test_no_module_is_named_like_a_public_function():
    import newskit as nk

    for name in nk.__all__:
        assert not callable(getattr(nk, name)) or name not in MODULES, (
            f"newskit/{name}.py would replace nk.{name} on the package once imported")


@pytest.fixture(scope="module")
def fresh_interpreter() -> list[str]:
    """What one fresh interpreter prints: the plotting/nltk packages loaded by ``import newskit``; after a sentence
    split, whether scipy.stats is loaded and which nltk modules are; then an ``import nltk``'s Punkt split and
    FreqDist (one interpreter for the three checks: each starts from the state the one before left)."""
    code = ("import sys, newskit as nk; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'matplotlib', 'nltk'})); "
            "nk.split_sentences('It rained. It poured.'); print('scipy.stats' in sys.modules); "
            "print(sorted(m for m in sys.modules if m.startswith('nltk'))); import nltk; "
            "print(nltk.tokenize.punkt.PunktSentenceTokenizer().tokenize('It rained. It poured.'), "
            "nltk.FreqDist.__name__)")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()


def test_importing_newskit_loads_no_plotting_or_nltk(fresh_interpreter):
    assert fresh_interpreter[0] == "[]"


def test_splitting_sentences_leaves_scipy_stats_unloaded(fresh_interpreter):
    """nltk's set-up would import scipy.stats (1.3 s) for statistics newskit never uses."""
    assert fresh_interpreter[1] == "False"


def test_splitting_sentences_leaves_nltk_whole_for_others(fresh_interpreter):
    """Punkt is loaded without nltk's package set-up; an ``import nltk`` after it still gets all of nltk."""
    assert fresh_interpreter[2:] == ["[]", "['It rained.', 'It poured.'] FreqDist"]


_LISTED = {
    "weekday or month": {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "april", "june", "july", "august", "september", "october", "november",
                         "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "apr", "jun",
                         "jul", "aug", "sep", "oct", "nov", "dec"},
    "wire agency": {"reuters", "afp", "ap", "bloomberg", "dpa", "efe", "ansa", "pti", "upi", "kyodo", "interfax"},
    "credit role": {"reporting", "editing", "edited", "writing", "written", "compiled", "translated"},
}
"""Words that come in lists: a string (not a docstring) naming three or more of one kind writes a list again."""


def _docstrings(tree: ast.AST) -> set[int]:
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body
            and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m != "text.lexicon"))
def test_word_lists_and_the_word_pattern_are_written_only_in_the_text_layer(module):
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in skip:
            continue
        if module != "text.tokens":
            assert r"\w+(?:['’.-]\w+)*" not in node.value, f"newskit.{module} writes the word pattern again"
        found = set(re.findall(r"[a-z]+", node.value.lower()))
        for kind, listed in _LISTED.items():
            assert len(found & listed) < 3, (f"newskit.{module} line {node.lineno} lists {kind}s "
                                             f"{sorted(found & listed)}: take them from newskit.text.lexicon")
