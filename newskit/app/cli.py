"""The ``newskit`` command: ``new``, ``report`` and ``compare``.

``newskit new STORY_DIR FILE...``
    make a story folder from text files, HTML pages (or folders of them) and URLs.
``newskit report STORY_DIR... [--out reports]``
    run every analysis notebook on each story and write readers' HTML pages.
``newskit compare A B``
    a terminal summary of how two files differ.
``newskit families CORPUS --out DIR [--scheduler ADDRESS]``
    find the story families of a corpus, write a story folder per family and the findings across them.

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
import re
import sys
import types
import warnings
from pathlib import Path

import pandas as pd

from ..errors import NewskitError, NewskitWarning

READABILITY = (
    "words", "sentences", "paragraphs", "mean_sentence_length", "flesch_reading_ease", "flesch_kincaid_grade",
    "gunning_fog", "smog_index", "dale_chall_readability_score", "consensus_grade", "type_token_ratio",
)


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args = parser().parse_args(argv)
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
            print(f"\nnewskit {args.command}: interrupted; kernels stopped, no folder left half-written",
                  file=sys.stderr)
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
    from .report import report_story, stories_index_html
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
            result = report_story(story_dir, out, args.notebooks, progress=not args.quiet,
                                  cell_timeout=args.cell_timeout, claimed=claimed)
        except NewskitError as err:
            if len(args.story_dirs) == 1:
                raise
            print(printable(f"newskit report: {story_dir}: skipped: {err}"), file=sys.stderr)
            failures += 1
            continue
        reports.append(result)
        failures += bool(result.failed)
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
    story = compare_story(args.file_a, args.file_b)
    print(printable(f"newskit compare: {args.file_a} (A) vs {args.file_b} (B)") + "\n")
    for title, table in summary_tables(story):
        print(title)
        print(printable(table if isinstance(table, str) else table.to_string(index=False)))
        print()
    return 0


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


def summary_tables(story) -> list[tuple[str, pd.DataFrame | str]]:
    """The sections of the ``compare`` summary: (title, table or a one-line note), for what newskit offers.

    Each analysis is looked up on ``newskit`` when called, so a section appears
    as soon as the analysis it needs exists.
    """
    import newskit as nk

    sections: list[tuple[str, pd.DataFrame | str]] = [("Versions", _versions_table(story))]
    for title, name, build in (
        ("Sentences, A -> B (how each sentence fared)", "align", _alignment_table),
        ("Quotes, A -> B", "compare_quotes", _quotes_table),
        ("Sources added (cited only in B) or dropped (cited only in A)", "compare_sources", _sources_table),
        ("Readability (B - A)", "text_stats", _readability_table),
    ):
        analysis = getattr(nk, name, None)
        if isinstance(analysis, types.ModuleType):  # the submodule, before its function is exported
            analysis = getattr(analysis, name, None)
        if not callable(analysis):
            sections.append((title, f"  (not available: this newskit has no nk.{name})"))
            continue
        sections.append((title, build(analysis(story))))
    return sections


def _versions_table(story) -> pd.DataFrame:
    rows = []
    for label, version in zip("AB", story.versions):
        labels = version.blocks["label"]
        rows.append({
            "": label, "version": version.id, "characters": len(version.raw),
            "body paragraphs": int((labels == "body").sum()),
            "other blocks": int((~labels.isin(["body", "whitespace"])).sum()),
            "headline": _clip(version.meta.get("headline", ""), 40),
        })
    return pd.DataFrame(rows)


def _alignment_table(alignment: pd.DataFrame) -> pd.DataFrame:
    counts = alignment["kind"].value_counts()
    order = ["identical", "edited", "moved", "merged", "split", "dropped", "added"]
    kinds = [k for k in order if k in counts.index] + sorted(k for k in counts.index if k not in order)
    return pd.DataFrame({"kind": kinds, "count": [int(counts[k]) for k in kinds]})


def _quotes_table(matched: pd.DataFrame) -> pd.DataFrame | str:
    """Quotes counted by status, then each changed quote with its word changes."""
    if not {"status", "diff", "speaker_a", "speaker_b"} <= set(matched.columns):
        return _status_table(matched)
    if matched.empty:
        return "  no quotation in either version"
    counts = matched["status"].value_counts().sort_index()
    lines = [pd.DataFrame({"status": counts.index, "quotes": counts.to_numpy()}).to_string(index=False)]
    changed = matched[(matched["diff"].fillna("") != "") | (matched["status"] == "speaker changed")]
    for row in changed.itertuples(index=False):
        speaker = row.speaker_a if row.speaker_a == row.speaker_b else f"{row.speaker_a} -> {row.speaker_b}"
        lines.append(f"  {row.status} ({speaker or 'no speaker'}): {_clip(row.diff, 160)}")
    return "\n".join(lines)


def _sources_table(cited: pd.DataFrame) -> pd.DataFrame | str:
    """Sources cited by one version only: dropped (A only) and added (B only), with their mentions."""
    if not {"source", "source_type", "version", "mentions"} <= set(cited.columns):
        return _status_table(cited)
    if cited.empty:
        return "  no source cited in either version"
    wide = cited.pivot_table(index=["source", "source_type"], columns="version", values="mentions",
                             aggfunc="sum", fill_value=0)
    a, b = cited["version"].drop_duplicates().tolist()[:2]
    both = int(((wide[a] > 0) & (wide[b] > 0)).sum())
    rows = [{"change": change, "source": source, "type": kind, "mentions": int(wide.loc[(source, kind), side])}
            for change, side, keep in (("dropped", a, (wide[a] > 0) & (wide[b] == 0)),
                                       ("added", b, (wide[b] > 0) & (wide[a] == 0)))
            for source, kind in wide.index[keep]]
    table = pd.DataFrame(rows, columns=["change", "source", "type", "mentions"])
    note = f"  {both} source(s) cited in both; {len(table)} added or dropped"
    return note + ("\n" + table.to_string(index=False) if len(table) else "")


def _clip(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _status_table(frame: pd.DataFrame) -> pd.DataFrame | str:
    """Rows counted by the first of the usual status columns the frame has."""
    for column in ("status", "change", "kind", "diff"):
        if column in frame.columns:
            counts = frame[column].astype(str).value_counts().sort_index()
            return pd.DataFrame({column: counts.index, "count": counts.to_numpy()})
    return f"  {len(frame)} row(s)"


def _readability_table(stats: pd.DataFrame) -> pd.DataFrame:
    numeric = [c for c in READABILITY if c in stats.columns] or list(stats.select_dtypes("number").columns)
    a, b = stats.iloc[0], stats.iloc[1]
    return pd.DataFrame({
        "measure": numeric,
        "A": [_number(a[c]) for c in numeric],
        "B": [_number(b[c]) for c in numeric],
        "B - A": [_number(float(b[c]) - float(a[c])) for c in numeric],
    }, dtype=object)


def _number(value) -> int | float:
    """Whole numbers as ints, others rounded to two decimals."""
    value = float(value)
    return int(value) if value.is_integer() else round(value, 2)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Warnings as one plain line each, without the source line."""
    print(printable(f"warning: {message}"), file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
