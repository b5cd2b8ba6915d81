"""The ``newskit`` command: ``new``, ``report`` and ``compare``.

``newskit new STORY_DIR FILE...``
    make a story folder from text files, HTML pages (or folders of them) and URLs.
``newskit report STORY_DIR... [--out reports]``
    run every analysis notebook on each story and write readers' HTML pages.
``newskit compare A B [--json]``
    how two files differ: fact-flagged word changes first, then sentences, quotes, sources, readability.
``newskit families CORPUS --out DIR [--scheduler ADDRESS]``
    find the story families of a corpus, write a story folder per family and the findings across them.
``newskit lab``
    JupyterLab on the analysis notebooks (``--allow-root`` added when running as root).
``newskit --version``

Errors in the input print one clear line and exit with status 2; a report with a
failing notebook exits with status 1 after rendering the others; Ctrl-C prints one
line, stops any running kernel and exits with status 130, leaving every folder as it
was before the command (or, for a story already finished, as the command made it).

Example
-------
>>> main(["compare", "wire.txt", "copy.txt"])  # doctest: +SKIP
0
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from pathlib import Path

from ..errors import NewskitError, NewskitWarning

def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args, extra = parser().parse_known_args(argv)
    if args.command == "lab":
        args.lab_args = extra
    elif extra:
        parser().parse_args(argv)  # the usual error for unknown arguments
    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        warnings.simplefilter("always", NewskitWarning)
        try:
            return args.run(args)
        except NewskitError as err:
            print(f"newskit {args.command}: error: {printable(str(err))}", file=sys.stderr)
            return 2
        except OSError as err:
            where = f": {err.filename}" if err.filename else ""
            print(f"newskit {args.command}: error: {printable(err.strerror or str(err))}{printable(str(where))}",
                  file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            stopped = "kernels stopped, " if args.command == "report" else ""
            print(f"\nnewskit {args.command}: interrupted; {stopped}no folder left half-written", file=sys.stderr)
            return 130


_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    r"""``text`` safe for a terminal: control characters (escape sequences, bidi overrides) shown as ``\xNN``.

    Example
    -------
    >>> printable("It rained.\x1b]0;pwned\x07 Then\x1b[2J sun.")
    'It rained.\\x1b]0;pwned\\x07 Then\\x1b[2J sun.'
    """
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
                         text)


def parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newskit`` command."""
    top = argparse.ArgumentParser(prog="newskit", description="Show how published versions of a news story differ.")
    top.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = commands.add_parser("new", help="make a story folder from text files, HTML pages or URLs",
                              description="Copy the raw files verbatim into STORY_DIR and write its story.toml. "
                                          "HTML pages are kept and their article text is extracted beside them.")
    new.add_argument("story_dir", metavar="STORY_DIR", help="the story folder to create")
    new.add_argument("inputs", metavar="FILE", nargs="+",
                     help="a text file, an HTML page, a folder of them, or an http(s) URL (needs a network)")
    new.add_argument("--force", action="store_true", help="write into STORY_DIR even if it exists")
    new.set_defaults(run=_run_new)

    report = commands.add_parser("report", help="run every analysis notebook on a story and render HTML pages",
                                 description="Run notebooks/NN-*.ipynb on each story with papermill and render "
                                             "them to HTML under OUT/<story-id>/, with an index page.")
    report.add_argument("story_dirs", metavar="STORY_DIR", nargs="*", help="a story folder (several for many)")
    report.add_argument("--corpus", default=None, help="a corpus (folder, table or WARC): its families page, "
                                                       "then the report of each of its largest families")
    report.add_argument("--families", type=int, default=5, help="with --corpus: how many of the largest families "
                                                                 "to report (default: 5)")
    report.add_argument("--out", default="reports", help="where the pages go (default: reports)")
    report.add_argument("--notebooks", default=None, help="folder of the NN-*.ipynb notebooks "
                                                         "(default: the project's notebooks/)")
    report.add_argument("--cell-timeout", type=int, default=600, help="seconds a cell may run (default: 600)")
    report.add_argument("--quiet", action="store_true", help="no progress bar")
    report.set_defaults(run=_run_report)

    compare = commands.add_parser("compare", help="summarise how two files differ",
                                  description="Versions, sentence alignment, quotes, sources and readability "
                                              "of two text or HTML files, as tables in the terminal.")
    compare.add_argument("file_a", metavar="A", help="the first version (text or HTML file)")
    compare.add_argument("file_b", metavar="B", help="the second version (text or HTML file)")
    compare.add_argument("--json", action="store_true", help="print the findings as JSON, for scripts")
    compare.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples for the readability "
                                                                      "interval (default: 1000)")
    compare.set_defaults(run=_run_compare)

    families = commands.add_parser("families", help="find the versions of each story in a corpus and compare them",
                                   description="Group the documents of CORPUS (a folder of .txt/.html files, a "
                                               "CSV/JSONL/Parquet table or WARC files) into story families, write "
                                               "one story folder per family of two or more under OUT/stories, and "
                                               "the findings across families under OUT/findings (Parquet, resumable).")
    families.add_argument("corpus", metavar="CORPUS", help="the corpus to read")
    families.add_argument("--out", required=True, help="where the families, story folders and findings go")
    families.add_argument("--scheduler", default=None,
                          help="a Dask scheduler address (tcp://host:8786) to run on that cluster, or a local "
                               "scheduler: processes (default), threads, sync")
    families.add_argument("--quiet", action="store_true", help="no progress report")
    families.set_defaults(run=_run_families)
    lab = commands.add_parser("lab", help="open the analysis notebooks in JupyterLab (works as root in containers)",
                              description="Start JupyterLab on the notebooks folder; adds --allow-root when run as "
                                          "root. Other arguments go to JupyterLab (e.g. --no-browser --ip=0.0.0.0).")
    lab.add_argument("--notebooks", default=None, help="folder to open (default: the project's notebooks/)")
    lab.set_defaults(run=_run_lab)
    return top


def _run_families(args) -> int:
    from .corpus_run import run_families

    corpus, families, findings = run_families(args.corpus, args.out, args.scheduler, args.quiet)
    sizes = families.drop_duplicates("family")["size"]
    print(f"{args.out}: {len(corpus)} documents, {len(sizes)} families, {int((sizes > 1).sum())} of two or more "
          f"({int(sizes[sizes > 1].sum())} documents); {len(findings)} version pairs compared")
    print(f"  {Path(args.out) / 'families.csv'}, {Path(args.out) / 'stories'}/, {Path(args.out) / 'findings'}/")
    if len(corpus.warnings):
        print(f"  {len(corpus.warnings)} document(s) left out; see the warnings above")
    return 0


def _run_new(args) -> int:
    from .ingest import new_story

    story = new_story(args.story_dir, args.inputs, force=args.force)
    print(printable(f"wrote {Path(args.story_dir) / 'story.toml'}: story {story.id!r} with {len(story)} version(s)"))
    for version in story:
        print(printable(f"  {version.id}: {version.file} ({len(version.raw):,} characters"
                        f"{', ' + version.outlet if version.outlet else ''}"
                        f"{', ' + version.published if version.published else ''})"))
    print(printable(f"next: newskit report {args.story_dir}"))
    return 0


def _run_report(args) -> int:
    from ..views.pages import stories_index_html
    from .report import report_story
    from .writing import check_target, replace_file

    out = Path(args.out)
    if args.corpus:
        return _run_corpus_report(args)
    if not args.story_dirs:
        raise NewskitError("give one or more story folders, or --corpus CORPUS")
    check_target(out, "--out folder")
    if args.cell_timeout is not None and args.cell_timeout < 1:
        raise NewskitError(f"--cell-timeout must be at least 1 second, not {args.cell_timeout}")
    reports, failures, claimed = [], 0, {}
    for story_dir in args.story_dirs:
        try:
            result = report_story(story_dir, out, args.notebooks, progress=not args.quiet and sys.stderr.isatty(),
                                  cell_timeout=args.cell_timeout, claimed=claimed)
        except NewskitError as err:
            if len(args.story_dirs) == 1:
                raise
            print(printable(f"newskit report: {story_dir}: skipped: {err}"), file=sys.stderr)
            failures += 1
            continue
        reports.append(result)
        failures += bool(result.failed)
        if not args.quiet and not sys.stderr.isatty():  # a log file: plain lines, no progress bar
            for number, notebook in enumerate(result.notebooks, 1):
                print(f"[{number}/{len(result.notebooks)}] {result.story.id} {notebook.name}: {notebook.seconds:.1f} s "
                      f"{'ok' if notebook.ok else 'FAILED'}", file=sys.stderr)
        ran = ", ".join(f"{r.name} {r.seconds:.1f} s{'' if r.ok else ' FAILED'}" for r in result.notebooks)
        print(printable(f"{result.index}: {ran}"))
        for failed in result.failed:
            print(printable(f"  {failed.name} failed: {failed.error}"), file=sys.stderr)
    if len(args.story_dirs) > 1 and reports:
        index = out / "index.html"
        replace_file(index, stories_index_html(reports, out).encode("utf-8"))
        print(printable(f"{index}: {len(reports)} stories"))
    return 1 if failures else 0


def _run_corpus_report(args) -> int:
    from .report import report_corpus

    result = report_corpus(args.corpus, args.out, args.notebooks, largest=args.families, progress=not args.quiet,
                           cell_timeout=args.cell_timeout)
    print(f"{result.index}: {len(result.stories)} families reported")
    failed = [r for r in result.corpus_notebooks if not r.ok] + [r for s in result.stories for r in s.failed]
    for failure in failed:
        print(f"  {failure.name} failed: {failure.error}", file=sys.stderr)
    return 1 if failed else 0


def _run_compare(args) -> int:
    from ..views.terminal import compare_data, compare_text

    story = compare_story(args.file_a, args.file_b)
    if args.json:
        data = {"a": str(args.file_a), "b": str(args.file_b), **compare_data(story, resamples=args.resamples)}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(printable(f"newskit compare: {args.file_a} (A) vs {args.file_b} (B)") + "\n")
    print(printable(compare_text(story, resamples=args.resamples)))
    return 0


def lab_command(notebooks: str | Path, extra: list[str], root: bool) -> list[str]:
    """The command that starts JupyterLab on ``notebooks``; ``--allow-root`` when running as root (containers).

    Example
    -------
    >>> lab_command("notebooks", ["--no-browser"], root=True)[-3:]
    ['--notebook-dir=notebooks', '--allow-root', '--no-browser']
    """
    command = [sys.executable, "-m", "jupyterlab", f"--notebook-dir={notebooks}"]
    if root and "--allow-root" not in extra:
        command.append("--allow-root")
    return command + list(extra)


def _run_lab(args) -> int:
    import os
    import subprocess

    from .report import default_notebooks_dir

    root = hasattr(os, "geteuid") and os.geteuid() == 0
    command = lab_command(args.notebooks or default_notebooks_dir(), args.lab_args, root)
    if root:
        print("newskit lab: running as root (a container?): starting JupyterLab with --allow-root", file=sys.stderr)
    return subprocess.call(command)


def compare_story(file_a: str | Path, file_b: str | Path):
    """A two-version story from two text or HTML files (HTML: the article text trafilatura finds).

    Version ids are the file stems ("A" and "B" when the stems are the same).
    """
    from ..encoding import decode
    from .ingest import Source, extract_html, is_html
    from ..story import story_from_texts

    texts = {}
    paths = [Path(file_a), Path(file_b)]
    ids = [p.stem for p in paths] if paths[0].stem != paths[1].stem else ["A", "B"]
    for version_id, path in zip(ids, paths):
        if not path.is_file():
            raise NewskitError(f"{path}: no such file")
        try:
            source = Source(path.name, path.read_bytes())
        except OSError as err:
            raise NewskitError(f"{path}: cannot be read ({err.strerror or err})") from err
        texts[version_id] = extract_html(source.data, path.name)["text"] if is_html(source) else decode(
            source.data, path.name)[0]
    return story_from_texts(texts, story_id="compare")


def _version() -> str:
    """The installed newskit's version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newskit")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree without installing
        return "unknown"


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Warnings as one plain line each, without the source line."""
    print(printable(f"warning: {message}"), file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
