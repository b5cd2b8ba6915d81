"""Run every analysis notebook on a story and render readers' pages.

Each ``notebooks/NN-*.ipynb`` is executed by papermill with the ``story_dir``
parameter (an absolute path; the kernel runs in the notebooks folder), then
rendered to one standalone HTML page by nbconvert with the code cells hidden (but
the assert cells, which state what the reader may rely on) and the outputs kept: figures inline, wide tables scrollable, diffs styled. An index
page links the pages. A failing notebook is reported with its cell and error, its
page still shows how far it got, and the other notebooks still run.

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
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NewskitError
from ..story import Story, load_story
from ..views.pages import CSS, stories_index_html, story_index_html  # noqa: F401 - re-exported for the cli

NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"
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


def find_notebooks(folder: str | Path) -> list[Path]:
    """The analysis notebooks ``NN-*.ipynb`` in ``folder``, in name order.

    Example
    -------
    >>> [p.name for p in find_notebooks("notebooks")]  # doctest: +SKIP
    ['01-meet-the-story.ipynb', '02-compare-wording.ipynb']
    """
    found = sorted(Path(folder).glob(NOTEBOOK_GLOB))
    if not found:
        raise NewskitError(f"{folder}: no analysis notebooks (files named {NOTEBOOK_GLOB})")
    return found


def report_story(
    story_dir: str | Path,
    out: str | Path = "reports",
    notebooks_dir: str | Path | None = None,
    progress: bool = True,
    cell_timeout: int | None = 600,
) -> StoryReport:
    """Run every notebook on the story in ``story_dir`` and write its pages under ``out/<story-id>/``.

    Raises :class:`NewskitError` when the story does not load or there are no
    notebooks; a failing notebook does not raise: see ``StoryReport.failed``.
    """
    from tqdm.auto import tqdm

    story_path = Path(story_dir).resolve()
    story = load_story(story_path)
    notebooks = find_notebooks(notebooks_dir or default_notebooks_dir())
    target = Path(out) / safe_name(story.id, story_path.name)
    target.mkdir(parents=True, exist_ok=True)
    results = []
    bar = tqdm(notebooks, desc=story.id, unit="notebook", disable=not progress, file=sys.stderr)
    for path in bar:
        bar.set_postfix_str(path.stem)
        result = run_notebook(path, story_path, target, cell_timeout)
        if not result.ok:
            bar.write(f"FAILED {story.id} / {path.name}: {result.error}", file=sys.stderr)
        results.append(result)
    index = target / "index.html"
    index.write_text(story_index_html(story, results), encoding="utf-8")
    return StoryReport(story, index, results)


def run_notebook(path: Path, story_dir: Path, target: Path, cell_timeout: int | None = 600) -> NotebookResult:
    """Execute one notebook with papermill on ``story_dir``, then render it to ``target/<name>.html``."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    executed = target / path.name
    notebook = nbformat.read(path, as_version=4)
    title = notebook_title(notebook) or path.stem
    executed.unlink(missing_ok=True)
    if not any("parameters" in cell.metadata.get("tags", []) for cell in notebook.cells):
        return NotebookResult(path.stem, title, 0.0, None, "no cell tagged `parameters`: it would not run on this story")
    error = ""
    start = time.perf_counter()
    try:
        papermill.execute_notebook(
            str(path), str(executed), parameters={"story_dir": str(story_dir)}, kernel_name=KERNEL,
            cwd=str(path.parent), progress_bar=False, execution_timeout=cell_timeout,
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],  # shutdown noise; cell errors come back as exceptions
        )
    except PapermillExecutionError as err:
        source = next((line for line in err.source.splitlines() if line.strip()), "")
        error = f"cell [{err.exec_count}] `{source.strip()[:80]}`: {err.ename}: {err.evalue}".strip()
    except Exception as err:  # noqa: BLE001 - a kernel that dies or a timeout must not stop the other notebooks
        error = f"{type(err).__name__}: {err}".strip()
    seconds = time.perf_counter() - start
    page = None
    if executed.is_file():
        page = target / f"{path.stem}.html"
        page.write_text(render_html(nbformat.read(executed, as_version=4)), encoding="utf-8")
    return NotebookResult(path.stem, title, seconds, page, error)


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
    name = re.sub(r"[^\w.-]+", "-", story_id).strip(".-")
    return name or fallback
