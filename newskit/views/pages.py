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
from ..summary import findings
from .html import Html
from .tables import marked

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
.nk-num { text-align: right; font-variant-numeric: tabular-nums; }
.nk-findings > li { margin: 0.3em 0; } .nk-findings ul { margin: 0.1em 0 0.4em; padding-left: 1.4em; }
.nk-findings li li { max-width: 60em; } .nk-ev { font-size: 0.85em; margin-left: 0.4em; color: #0b5cad; }
.nk-note { color: #555; font-size: 0.92em; max-width: 60em; }
.nk-commentary { border-left: 4px solid #c9b458; background: #fbf8ea; padding: 0.3em 1em; margin: 1em 0; max-width: 60em; }
.nk-commentary small { color: #776a1e; }
@media (max-width: 700px) { body { padding: 0 0.6em 2em; } }
.nk-error { background: #fff0f0; border-left: 4px solid #c00; padding: 0.4em 0.8em; white-space: pre-wrap; }
"""


EVIDENCE = {
    "sentences": ("02-compare-wording", "Sentence alignment"),
    "added": ("02-compare-wording", "Side by side"),
    "dropped": ("02-compare-wording", "Side by side"),
    "fact": ("02-compare-wording", "Word-level changes"),
    "quote": ("04-compare-quotes", "The same quotation across versions"),
    "source": ("03-compare-sourcing", "Sources by version"),
    "credit": ("03-compare-sourcing", "Every attribution"),
    "readability": ("05-compare-readability", "Differences between versions"),
}
"""Where each topic of :func:`newskit.summary.findings` shows its evidence: (notebook, section heading)."""

TOPIC_LABELS = {
    "sentences": "Sentences", "added": "Added", "dropped": "Dropped", "fact": "Possibly fact-changing",
    "quote": "Quotations", "source": "Sources", "credit": "Credits", "readability": "Readability",
}
COMMENTARY = "commentary.md"
"""A story folder may hold commentary written for that story: ``## key`` sections read by :func:`commentary`."""


def anchor(heading: str) -> str:
    """The id nbconvert gives a markdown heading (spaces become hyphens).

    Example
    -------
    >>> anchor("Word-level changes")
    'Word-level-changes'
    """
    return "-".join(heading.split())


def findings_html(frame, pages: dict[str, str] | None = None) -> str:
    """The findings of :func:`newskit.summary.findings` as HTML, one section per pair of versions.

    ``pages`` maps a notebook name to its page's file name; a line whose evidence
    page is there links to the section that shows it.
    """
    pages = pages or {}
    if frame.empty:
        return "<p>One version only: there is nothing to compare.</p>"
    parts = []
    for (a, b), pair in frame.groupby(["version_a", "version_b"], sort=False):
        items = []
        for topic, lines in pair.groupby("topic", sort=False):
            notebook, heading = EVIDENCE.get(topic, ("", ""))
            link = (f" <a class='nk-ev' href='{_e(pages[notebook])}#{_e(anchor(heading))}'>evidence</a>"
                    if notebook in pages else "")
            entries = "".join(f"<li{_title(detail)}>{marked(text)}{link}</li>"
                              for text, detail in zip(lines["text"], lines["detail"]))
            items.append(f"<li><b>{_e(TOPIC_LABELS.get(topic, topic))}</b><ul>{entries}</ul></li>")
        parts.append(f"<h3>{_e(a)} &rarr; {_e(b)}</h3><ul class='nk-findings'>{''.join(items)}</ul>")
    return "".join(parts)


def _title(detail: str) -> str:
    return f" title='{_e(detail)}'" if detail else ""


def commentary(story_dir, key: str) -> str:
    """The commentary written for this story under ``## key`` in its ``commentary.md``, or '' when there is none.

    Only the story whose folder holds the file has commentary; pages of any other
    story show nothing in its place.

    Example
    -------
    >>> commentary("no/such/folder", "02-compare-wording")
    ''
    """
    if story_dir is None:
        return ""
    path = Path(story_dir) / COMMENTARY
    if not path.is_file():
        return ""
    sections, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return "\n".join(sections.get(key, [])).strip()


def commentary_html(story_dir, key: str) -> str:
    """:func:`commentary` as escaped HTML paragraphs, in a box that says whose words they are ('' when none)."""
    text = commentary(story_dir, key)
    if not text:
        return ""
    paragraphs = "".join(f"<p>{_e(' '.join(p.split()))}</p>" for p in text.split("\n\n") if p.strip())
    return f"<aside class='nk-commentary'><small>Commentary written for this story</small>{paragraphs}</aside>"


def story_index_html(story: Story, results: list, resamples: int = 1000) -> str:
    """The index page of one story: its findings first, then its versions and each notebook's page, with failures."""
    pages = {r.name: r.html.name for r in results if getattr(r, "html", None)}
    rows = "".join(
        f"<tr><td>{_e(v.id)}</td><td>{_e(v.outlet)}</td><td>{_e(v.published)}</td><td>{_e(v.page_date)}</td>"
        f"<td>{_e(v.language)}</td><td>{_e(v.file)}</td><td class='nk-num'>{len(v.raw):,}</td></tr>"
        for v in story.versions
    )
    items = "".join(_notebook_item(r) for r in results)
    warnings = "".join(f"<li>{_e(w)}</li>" for w in [*story.warnings, *(w for v in story for w in v.warnings)])
    failed = sum(not r.ok for r in results)
    summary = f"{len(results) - failed} of {len(results)} analyses ran" + (f"; {failed} failed" if failed else "")
    outlets = "; ".join(f"{v.id}" + (f" from {v.outlet}" if v.outlet else "") for v in story.versions)
    body = (
        f"<h1>{_e(story.title or story.id)}</h1>"
        f"<p>Story <code>{_e(story.id)}</code>: {len(story.versions)} version{'s' if len(story.versions) != 1 else ''},"
        f" {_e(outlets)}. {summary}.</p>"
        + commentary_html(story.path, "index")
        + "<h2>What differs</h2><p class='nk-note'>Written from the analyses; each line links to its evidence."
        " A flagged change may alter a fact (a number, name, date, negation or reporting verb): read it in context."
        "</p>"
        + findings_html(findings(story, resamples=resamples), pages)
        + f"<h2>Analyses</h2><ol>{items}</ol>"
        "<h2>Versions</h2><div class='jp-OutputArea-output'><table><thead><tr><th>version</th><th>outlet</th>"
        "<th>published</th><th>page date</th><th>language</th><th>file</th><th class='nk-num'>characters</th>"
        f"</tr></thead><tbody>{rows}</tbody></table></div>"
        + (f"<h2>Warnings from loading</h2><ul>{warnings}</ul>" if warnings else "")
        + (f"<p>{_e(story.notes)}</p>" if story.notes else "")
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


def story_commentary(story_dir, key: str):
    """:func:`commentary_html` for a notebook cell: an HTML view, or None (no output) when the story has none.

    Example
    -------
    >>> story_commentary("no/such/folder", "index") is None
    True
    """
    body = commentary_html(story_dir, key)
    return Html(body, summary=commentary(story_dir, key)) if body else None


def corpus_index_html(corpus, families, results: list, stories: list, out: Path) -> str:
    """The index page of a corpus report: the corpus notebooks, then each reported family."""
    sizes = families.drop_duplicates("family")["size"]
    items = "".join(_notebook_item(r) for r in results)
    reported = "".join(
        f"<li><a href='{_e(r.index.relative_to(out).as_posix())}'>{_e(r.story.id)}</a> "
        f"({len(r.story.versions)} versions: {_e(', '.join(r.story.ids))}) "
        + (f"<span class='nk-status-failed'>{len(r.failed)} failed</span>" if r.failed else
           "<span class='nk-status-ok'>all ran</span>") + "</li>"
        for r in stories
    )
    body = (
        f"<h1>Corpus {_e(Path(corpus.source).name)}</h1>"
        f"<p>{len(corpus)} documents in {len(sizes)} story families, {int((sizes > 1).sum())} of two or more; "
        f"{len(corpus.warnings)} document(s) left out when loading.</p>"
        f"<h2>Across the families</h2><ol>{items}</ol>"
        f"<h2>The largest families</h2><ol>{reported}</ol>"
    )
    return _page(f"newskit report: corpus {Path(corpus.source).name}", body)
