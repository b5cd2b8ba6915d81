"""Run every analysis notebook on a story and render readers' pages.

Each ``notebooks/NN-*.ipynb`` is executed by papermill with the ``story_dir``
parameter (an absolute path; the kernel runs in the notebooks folder), then
rendered to one standalone HTML page by nbconvert with the code cells hidden (but
the assert cells, which state what the reader may rely on) and the outputs kept: figures inline, wide tables scrollable, diffs styled. An index
page links the pages. A failing notebook is reported with its cell and error, its
page still shows how far it got, and the other notebooks still run; a notebook
that is not valid JSON is listed as failed the same way.

The report folder is built in a staging folder beside ``out/<story-id>`` and swapped
in whole when every notebook has run (see :mod:`newskit.app.writing`): a run that is
interrupted (Ctrl-C stops the kernel and raises ``KeyboardInterrupt``) or killed
leaves the previous report as it was, so an index always tells exactly which
analyses ran for the pages beside it. Each report folder records its story id in
``.newskit-report``; a different story whose id cleans to the same folder name is
refused, naming both, before anything is written.

Layout written under ``out`` (default ``reports``)::

    reports/<story-id>/index.html        the index page
    reports/<story-id>/NN-name.html      one page per notebook
    reports/<story-id>/NN-name.ipynb     the executed notebook, outputs and all

Example
-------
>>> results = report_story("data/stories/kazakhstan-csto-2022")  # doctest: +SKIP
>>> [(r.name, r.ok) for r in results.notebooks]  # doctest: +SKIP
[('01-meet-the-story', True), ...]
"""

from __future__ import annotations

import ast
import copy
import json
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NewskitError
from ..story import Story, load_story
from .writing import check_target, reason, replace_file, staged, write_new
from ..views.pages import CSS, corpus_index_html, story_index_html

NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"
MARKER = ".newskit-report"
KERNEL = "python3"
_HIDE = "nk-hide-input"

_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_css -%}<style type="text/css">""" + CSS + """</style>{%- endblock html_head_css -%}
{%- block body_header -%}{{ super() }}
<nav class="nk-nav"><a href="index.html">&larr; all analyses of this story</a></nav>
{%- endblock body_header -%}
"""


@dataclass
class NotebookResult:
    """What happened to one notebook: its page, its time, and its error if it failed."""

    name: str
    title: str
    seconds: float
    html: Path | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        """True when the notebook ran to the end."""
        return not self.error


@dataclass
class StoryReport:
    """The report of one story: where its index is and how each notebook went."""

    story: Story
    index: Path
    notebooks: list[NotebookResult] = field(default_factory=list)

    @property
    def failed(self) -> list[NotebookResult]:
        """The notebooks that did not run to the end."""
        return [r for r in self.notebooks if not r.ok]


def default_notebooks_dir() -> Path:
    """The analysis notebooks shipped with the package (``newskit/notebooks``, package data)."""
    return Path(__file__).resolve().parents[1] / "notebooks"


def find_notebooks(folder: str | Path, corpus: bool = False) -> list[Path]:
    """The analysis notebooks ``NN-*.ipynb`` in ``folder``, in name order: those about one story, or with
    ``corpus`` those about a corpus (see :func:`is_corpus_notebook`).

    Example
    -------
    >>> [p.name for p in find_notebooks("notebooks")]  # doctest: +SKIP
    ['01-meet-the-story.ipynb', '02-compare-wording.ipynb']
    """
    found = [p for p in sorted(Path(folder).glob(NOTEBOOK_GLOB)) if is_corpus_notebook(p) == corpus]
    if not found:
        kind = "corpus notebooks (with a `corpus_path` parameter)" if corpus else "analysis notebooks"
        raise NewskitError(f"{folder}: no {kind} (files named {NOTEBOOK_GLOB})")
    return found


def is_corpus_notebook(path: str | Path) -> bool:
    """True for a notebook about a whole corpus: its ``parameters`` cell sets ``corpus_path``, not ``story_dir``.

    Example
    -------
    >>> is_corpus_notebook("notebooks/06-compare-many-stories.ipynb")  # doctest: +SKIP
    True
    """
    import nbformat

    try:
        notebook = nbformat.read(str(path), as_version=4)
    except Exception:  # noqa: BLE001 - an unreadable notebook is reported when it is run
        return False
    for cell in notebook.cells:
        if "parameters" in cell.metadata.get("tags", []):
            return bool(re.search(r"^\s*corpus_path\s*=", cell.source, re.MULTILINE))
    return False


def report_story(
    story_dir: str | Path,
    out: str | Path = "reports",
    notebooks_dir: str | Path | None = None,
    progress: bool = True,
    cell_timeout: int | None = 600,
    claimed: dict | None = None,
) -> StoryReport:
    """Run every notebook on the story in ``story_dir`` and write its pages under ``out/<story-id>/``.

    Raises :class:`NewskitError` when the story does not load, there are no
    notebooks, or the report folder cannot be written (a link, a file, read-only,
    another story's); a failing notebook does not raise: see ``StoryReport.failed``.
    ``claimed`` (report folder -> (story id, story folder)) collects the folders
    written in one run, so that two stories cannot share one.
    """
    story_path = Path(story_dir).resolve()
    story = load_story(story_path)
    notebooks = [p.absolute() for p in find_notebooks(notebooks_dir or default_notebooks_dir())]
    shown = Path(out) / safe_name(story.id, story_path.name)
    target = shown.absolute()  # papermill changes the working folder while a notebook runs
    try:
        check_target(Path(out), "--out folder")
        check_target(target)
        check_owner(target, story, story_path, claimed)
        with staged(target) as stage:
            results = _run_all(story, story_path, notebooks, stage, progress, cell_timeout)
            write_new(stage / "index.html", story_index_html(story, results).encode("utf-8"))
            write_new(stage / MARKER, json.dumps({"story_id": story.id, "story_dir": str(story_path)}).encode())
    except OSError as err:
        raise NewskitError(f"{target}: cannot write the report ({reason(err)}); nothing was changed") from err
    if claimed is not None:
        claimed[target.resolve()] = (story.id, story_path)
    for result in results:
        result.html = shown / result.html.name if result.html else None
    return StoryReport(story, shown / "index.html", results)


def _run_all(story: Story, story_path: Path, notebooks: list[Path], stage: Path, progress: bool,
             cell_timeout: int | None) -> list[NotebookResult]:
    """Run every notebook into ``stage``, with a progress bar."""
    from tqdm.auto import tqdm

    results = []
    bar = tqdm(notebooks, desc=story.id, unit="notebook", disable=not progress, file=sys.stderr)
    for path in bar:
        bar.set_postfix_str(path.stem)
        result = run_notebook(path, story_path, stage, cell_timeout)
        if not result.ok:
            bar.write(f"FAILED {story.id} / {path.name}: {result.error}", file=sys.stderr)
        results.append(result)
    return results


def check_owner(target: Path, story: Story, story_path: Path, claimed: dict | None = None) -> None:
    """Refuse, before writing, to put ``story``'s report where another story's is (a folder name two ids share).

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> rain = story_from_texts({"a": "It rained."}, story_id="rain story")
    >>> claimed = {Path("reports/rain-story").resolve(): ("rain-story", Path("a"))}
    >>> check_owner(Path("reports/rain-story"), rain, Path("b"), claimed)
    Traceback (most recent call last):
    ...
    newskit.errors.NewskitError: reports/rain-story: story 'rain story' (b) and story 'rain-story' (a) would share ...
    """
    if claimed is not None and target.resolve() in claimed:
        other_id, other_path = claimed[target.resolve()]
        if other_path != story_path:
            raise NewskitError(f"{target}: story {story.id!r} ({story_path}) and story {other_id!r} ({other_path}) "
                               "would share this report folder; give one of them another id in its story.toml")
    marker = target / MARKER
    if marker.is_file() and not marker.is_symlink():
        try:
            other_id = json.loads(marker.read_text(encoding="utf-8")).get("story_id")
        except (ValueError, AttributeError, OSError):
            other_id = None
        if other_id is not None and other_id != story.id:
            raise NewskitError(f"{target}: holds the report of story {other_id!r}; story {story.id!r} ({story_path}) "
                               "cleans to the same folder name: give it another id in its story.toml, or use "
                               "another --out")


def run_notebook(path: Path, story_dir: Path, target: Path, cell_timeout: int | None = 600,
                 parameters: dict | None = None) -> NotebookResult:
    """Execute one notebook with papermill on ``story_dir``, then render it to ``target/<name>.html``.

    ``parameters`` replaces the default ``{"story_dir": story_dir}`` (a corpus notebook takes ``corpus_path``).
    An old page or executed notebook in ``target`` (or a link in their place) is removed first, never written
    through.
    """
    import nbformat

    executed = target / path.name
    for stale in (executed, target / f"{path.stem}.html"):
        if stale.is_symlink() or stale.is_file():
            stale.unlink()
    try:
        notebook = nbformat.read(path, as_version=4)
    except Exception as err:  # noqa: BLE001 - invalid JSON, not a notebook, unreadable: listed as failed
        return NotebookResult(path.stem, path.stem, 0.0, None, f"not a readable notebook: {type(err).__name__}: "
                                                               f"{str(err)[:200]}")
    title = notebook_title(notebook) or path.stem
    if not any("parameters" in cell.metadata.get("tags", []) for cell in notebook.cells):
        return NotebookResult(path.stem, title, 0.0, None, "no cell tagged `parameters`: it would not run on this story")
    start = time.perf_counter()
    error = execute(path, executed, parameters or {"story_dir": str(story_dir)}, cell_timeout)
    seconds = time.perf_counter() - start
    page = None
    if executed.is_file():
        page = target / f"{path.stem}.html"
        try:
            write_new(page, render_html(nbformat.read(executed, as_version=4)).encode("utf-8"))
        except Exception as err:  # noqa: BLE001 - a page that does not render is a failure of this notebook only
            page = None
            error = error or f"the page did not render: {type(err).__name__}: {str(err)[:200]}"
    return NotebookResult(path.stem, title, seconds, page, error)


def execute(path: Path, executed: Path, parameters: dict, cell_timeout: int | None) -> str:
    """Run notebook ``path`` into ``executed`` with papermill and ``parameters``; the error as one line, or '' when it ran.

    The notebook runs in a worker thread, so that Ctrl-C reaches the main thread (nbclient would
    otherwise take the signal for itself and carry on): its kernel is then stopped and
    ``KeyboardInterrupt`` raised.

    Example
    -------
    >>> execute(Path("notebooks/01-meet-the-story.ipynb"), Path("/tmp/01.ipynb"), Path("stories/x"), 60)  # doctest: +SKIP
    ''
    """
    from jupyter_client.manager import AsyncKernelManager

    started: list = []

    class Tracked(AsyncKernelManager):
        """A kernel manager that makes its kernel known, so that an interrupt can stop it."""

        async def start_kernel(self, **kwargs):
            started.append(self)
            return await super().start_kernel(**kwargs)

    outcome: list[str] = []
    worker = threading.Thread(target=_execute, args=(path, executed, parameters, cell_timeout, Tracked, outcome),
                              daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.2)
    except KeyboardInterrupt:
        for manager in started:
            _stop(manager)
        worker.join(15)
        raise
    return outcome[0] if outcome else "the notebook run ended without a result"


def _execute(path: Path, executed: Path, parameters: dict, cell_timeout: int | None, manager_class,
             outcome: list) -> None:
    """Papermill's run of one notebook (in a worker thread); appends the error line ('' when it ran) to ``outcome``."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        papermill.execute_notebook(
            str(path), str(executed), parameters=parameters, kernel_name=KERNEL,
            cwd=str(path.parent), progress_bar=False, execution_timeout=cell_timeout,
            kernel_manager_class=manager_class,
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],  # shutdown noise; cell errors come back as exceptions
        )
        outcome.append("")
    except PapermillExecutionError as err:
        source = next((line for line in err.source.splitlines() if line.strip()), "")
        outcome.append(f"cell [{err.exec_count}] `{source.strip()[:80]}`: {err.ename}: {err.evalue}".strip())
    except BaseException as err:  # noqa: BLE001 - a kernel that dies or a timeout must not stop the other notebooks
        outcome.append(f"{type(err).__name__}: {err}".strip())


def _stop(manager) -> None:
    """Kill the kernel process of ``manager`` if it still runs (from another thread than its own); never raises."""
    process = getattr(getattr(manager, "provisioner", None), "process", None)
    try:
        if process is not None and process.poll() is None:
            process.kill()
            process.wait(10)
    except Exception:  # noqa: BLE001 - already gone
        pass


def render_html(notebook) -> str:
    """A notebook as one standalone HTML page: outputs, no prompts, no external scripts.

    Code is hidden except the assert cells: the invariants a reader relies on
    are shown (they all held, or the page shows the error).
    """
    import jinja2
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    notebook = copy.deepcopy(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code" and not is_assertion(cell):
            cell.metadata["tags"] = [*cell.metadata.get("tags", []), _HIDE]
    exporter = HTMLExporter(
        extra_loaders=[jinja2.DictLoader({"newskit.html.j2": _TEMPLATE})], template_file="newskit.html.j2",
        exclude_input_prompt=True, exclude_output_prompt=True,
    )
    exporter.register_preprocessor(TagRemovePreprocessor(remove_input_tags={_HIDE}), enabled=True)
    body, _ = exporter.from_notebook_node(notebook)
    return body


def is_assertion(cell) -> bool:
    r"""True for a check cell: a code cell with no output whose code holds an ``assert`` statement.

    Example
    -------
    >>> from nbformat import v4
    >>> is_assertion(v4.new_code_cell("for x in xs:\n    assert x > 0")), is_assertion(v4.new_code_cell("x = 1"))
    (True, False)
    """
    if cell.cell_type != "code" or cell.get("outputs"):
        return False
    try:
        tree = ast.parse(cell.source)
    except SyntaxError:  # IPython magics
        return False
    return any(isinstance(node, ast.Assert) for node in ast.walk(tree))


def notebook_title(notebook) -> str:
    """The text of the first markdown heading in a notebook, or ''.

    Example
    -------
    >>> import nbformat
    >>> notebook_title(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# How wording changed")]))
    'How wording changed'
    """
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^\s*#+\s*(.+?)\s*#*\s*$", cell.source, re.MULTILINE)
            if match:
                return match.group(1)
    return ""


def safe_name(story_id: str, fallback: str) -> str:
    """A folder name made from a story id: no separators, no leading dots.

    Example
    -------
    >>> safe_name("../evil id", "x"), safe_name("...", "x")
    ('evil-id', 'x')
    """
    name = re.sub(r"[^\w.-]+", "-", story_id).strip(".-")[:100]
    if name.lower().endswith(".html"):  # never the name of an index page
        name = name[:-5] + "-html"
    return name or fallback


@dataclass
class CorpusReport:
    """The report of a corpus: its index, its corpus notebooks' pages and the reports of its largest families."""

    index: Path
    corpus_notebooks: list[NotebookResult] = field(default_factory=list)
    stories: list[StoryReport] = field(default_factory=list)


def report_corpus(
    corpus_path: str | Path,
    out: str | Path = "reports",
    notebooks_dir: str | Path | None = None,
    largest: int = 5,
    progress: bool = True,
    cell_timeout: int | None = 600,
) -> CorpusReport:
    """Run the corpus notebooks on ``corpus_path``, then every story notebook on its ``largest`` families.

    Layout: ``out/<corpus>/index.html`` (links everything), ``out/<corpus>/NN-name.html`` (corpus notebooks),
    ``out/<corpus>/stories/<family>/`` (the family's story folder, written by ``newskit families``'s rules)
    and ``out/<corpus>/<family>/index.html`` (its story report).
    """
    import warnings

    import newskit as nk

    from ..grouping import family_sizes
    from .corpus_run import write_family_folders

    corpus_path = Path(corpus_path).resolve()
    folder = notebooks_dir or default_notebooks_dir()
    corpus_notebooks = find_notebooks(folder, corpus=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the corpus notebook shows the loading warnings itself
        corpus = nk.load_corpus(corpus_path)
    families = nk.story_families(corpus)
    target = Path(out) / safe_name(corpus_path.stem, "corpus")
    check_target(target)
    target.mkdir(parents=True, exist_ok=True)
    results = []
    for path in corpus_notebooks:
        results.append(run_notebook(path, corpus_path, target, cell_timeout, parameters={"corpus_path": str(corpus_path)}))
    chosen = family_sizes(families, 2).sort_values(ascending=False, kind="stable").index[:largest]
    written = write_family_folders(corpus, families[families["family"].isin(chosen)], target / "stories")
    stories = [report_story(f, target, notebooks_dir, progress=progress, cell_timeout=cell_timeout) for f in written]
    index = target / "index.html"
    replace_file(index, corpus_index_html(corpus, families, results, stories, target).encode("utf-8"))
    return CorpusReport(index, results, stories)
