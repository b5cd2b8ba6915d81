"""Readers' pages around the notebooks: a story's index page, the index of many stories, the CSS they share.

Presentation only: everything here takes what the application layer ran (any
objects with the attributes named below) and returns HTML text. Article text and
error messages are escaped.

Example
-------
>>> from newskit.story import story_from_texts
>>> "<h1>" in story_index_html(story_from_texts({"a": "It rained.", "b": "It poured."}), [])
True
"""

from __future__ import annotations

import html
from pathlib import Path

from ..story import Story

CSS = """
body { max-width: 1200px; margin: 0 auto; padding: 0 1.5em 3em; }
main, .nk-page { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
.nk-nav { font-size: 0.9em; padding: 0.8em 0; border-bottom: 1px solid #ddd; margin-bottom: 1em; }
/* wide tables and long outputs scroll sideways instead of spilling off the page */
.jp-OutputArea-output { overflow-x: auto; max-width: 100%; }
.jp-RenderedHTMLCommon table, .nk-page table { border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0; }
.jp-RenderedHTMLCommon th, .jp-RenderedHTMLCommon td, .nk-page th, .nk-page td {
  padding: 0.25em 0.6em; border-bottom: 1px solid #e5e5e5; text-align: left; vertical-align: top; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { max-width: 40em; white-space: normal; }
.jp-RenderedHTMLCommon tbody tr:nth-child(odd) { background: #f7f7f7; }
.jp-RenderedImage img, .jp-OutputArea-output img { max-width: 100%; height: auto; }
.jp-OutputArea-output pre { white-space: pre-wrap; }
/* side-by-side diffs: inserted and deleted words, changed lines, two columns */
ins, .nk-ins, .diff_add { background: #d7f5dd; color: #064d16; text-decoration: none; }
del, .nk-del, .diff_sub { background: #fbdada; color: #7a0d0d; text-decoration: line-through; }
.diff_chg { background: #fff3c4; }
.jp-OutputArea-output table.nk-diff td, .jp-OutputArea-output table.nk-diff th { text-align: left; }
table.diff { font-family: ui-monospace, monospace; font-size: 0.8em; }
table.diff td { white-space: pre-wrap; word-break: break-word; }
.nk-sbs, .nk-side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
.nk-status-ok { color: #0a6b1f; } .nk-status-failed { color: #a10d0d; font-weight: bold; }
.nk-error { background: #fff0f0; border-left: 4px solid #c00; padding: 0.4em 0.8em; white-space: pre-wrap; }
"""


def story_index_html(story: Story, results: list) -> str:
    """The index page of one story: its versions and a link to each notebook's page, with failures."""
    rows = "".join(
        f"<tr><td>{_e(v.id)}</td><td>{_e(v.outlet)}</td><td>{_e(v.published)}</td><td>{_e(v.page_date)}</td>"
        f"<td>{_e(v.language)}</td><td>{_e(v.file)}</td><td>{len(v.raw):,}</td></tr>"
        for v in story.versions
    )
    items = "".join(_notebook_item(r) for r in results)
    warnings = "".join(f"<li>{_e(w)}</li>" for w in [*story.warnings, *(w for v in story for w in v.warnings)])
    failed = sum(not r.ok for r in results)
    summary = f"{len(results) - failed} of {len(results)} analyses ran" + (f"; {failed} failed" if failed else "")
    body = (
        f"<h1>{_e(story.title or story.id)}</h1>"
        f"<p>Story <code>{_e(story.id)}</code>, {len(story.versions)} version(s). {summary}.</p>"
        f"<h2>Analyses</h2><ol>{items}</ol>"
        "<h2>Versions</h2><div class='jp-OutputArea-output'><table><thead><tr><th>version</th><th>outlet</th>"
        "<th>published</th><th>page date</th><th>language</th><th>file</th><th>characters</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
        + (f"<h2>Warnings from loading</h2><ul>{warnings}</ul>" if warnings else "")
        + f"<p>{_e(story.notes)}</p>"
    )
    return _page(f"newskit report: {story.title or story.id}", body)


def stories_index_html(reports: list, out: Path) -> str:
    """An index of several stories' reports, linking each story's index page."""
    items = "".join(
        f"<li><a href='{_e(r.index.relative_to(out).as_posix())}'>{_e(r.story.title or r.story.id)}</a> "
        f"(<code>{_e(r.story.id)}</code>, {len(r.story.versions)} versions) "
        + (f"<span class='nk-status-failed'>{len(r.failed)} failed</span>" if r.failed else
           "<span class='nk-status-ok'>all ran</span>")
        + "</li>"
        for r in reports
    )
    return _page("newskit reports", f"<h1>newskit reports</h1><p>{len(reports)} stories.</p><ol>{items}</ol>")


def _notebook_item(result) -> str:
    """One list item of the index: link, status, time, error."""
    title = _e(result.title)
    link = f"<a href='{_e(result.html.name)}'>{title}</a>" if result.html else title
    status = "<span class='nk-status-ok'>ok</span>" if result.ok else "<span class='nk-status-failed'>failed</span>"
    error = f"<div class='nk-error'>{_e(result.error)}</div>" if result.error else ""
    return f"<li>{link} <small>({_e(result.name)}, {result.seconds:.1f} s)</small> {status}{error}</li>"


def _page(title: str, body: str) -> str:
    """A small standalone HTML page with the report's CSS."""
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{_e(title)}</title><style>{CSS}</style></head>"
        f"<body><div class='nk-page'>{body}</div></body></html>\n"
    )


def _e(text: object) -> str:
    """HTML-escaped text."""
    return html.escape(str(text), quote=True)
