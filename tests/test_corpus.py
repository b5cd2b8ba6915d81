"""Corpora: loading many documents, story families, findings across families (serial, local Dask, a cluster)."""

import io
import json
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit as nk
from newskit.app.cli import main
from newskit.corpus_analysis import FINDING_COLUMNS, family_findings, read_findings
from newskit.grouping import linked_share

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data" / "corpora" / "news-mini" / "documents.jsonl"
ARTICLE = ("Floods hit the north of the country on Monday after three days of rain. Officials said 12 people "
           "died and hundreds were moved to schools. Roads to the coast were shut, the police said. ")


def true_story(document: str) -> str:
    """The story a bundled document belongs to, read off its id (wikinews-<doc>-<rev>, onestop-<story>-<level>)."""
    return re.sub(r"-(first|second|third|adv|int|ele)$", "", document)


@pytest.fixture(scope="module")
def bundled():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return nk.load_corpus(BUNDLED)


@pytest.fixture(scope="module")
def small(bundled):
    """The bundled Wikinews documents only (short texts: quick to analyse)."""
    keep = bundled.documents["document"].str.startswith("wikinews")
    texts = {k: bundled.text(k) for k in bundled.documents.loc[keep, "document"]}
    outlets = dict(zip(bundled.documents["document"], bundled.documents["outlet"]))
    return nk.corpus_from_texts(texts, outlet=outlets)


# --- loading ---------------------------------------------------------------------------------------------

def test_a_table_loads_with_its_columns_mapped_and_kept(tmp_path):
    table = pd.DataFrame({"key": ["a", "b"], "body": [ARTICLE, ARTICLE + "More."], "site": ["X", "Y"],
                          "day": ["2024-01-02", ""], "lang": ["en", "en"]})
    table.to_csv(tmp_path / "docs.csv", index=False)
    table.to_parquet(tmp_path / "docs.parquet")
    for name in ("docs.csv", "docs.parquet"):
        corpus = nk.load_corpus(tmp_path / name, id="key", text="body", outlet="site", published="day")
        docs = corpus.documents
        assert docs.columns.tolist()[:6] == ["document", "outlet", "published", "url", "chars", "words"]
        assert docs["outlet"].tolist() == ["X", "Y"] and docs["published"].tolist() == ["2024-01-02", ""]
        assert docs["lang"].tolist() == ["en", "en"]
        assert docs["chars"].tolist() == [len(ARTICLE), len(ARTICLE) + 5]
        assert corpus.text("b").endswith("More.")


def test_bad_rows_are_reported_never_dropped_silently(tmp_path):
    rows = [{"id": "a", "text": ARTICLE}, {"id": "b", "text": "   "}, {"id": "a", "text": "Again."},
            {"id": "c", "text": "bin\x00ary"}, {"id": "d", "text": None}]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    with pytest.warns(nk.NewskitWarning) as caught:
        corpus = nk.load_corpus(path)
    assert corpus.documents["document"].tolist() == ["a"]
    assert len(corpus.warnings) == 4 == len(caught)
    assert corpus.documents.attrs["warnings"] == corpus.warnings
    for key, reason in (("b", "empty"), ("a", "earlier document"), ("c", "binary"), ("d", "empty")):
        assert any(w.startswith(f"document {key}") and reason in w for w in corpus.warnings)


def test_unreadable_input_is_a_clear_error_naming_it(tmp_path):
    (tmp_path / "broken.jsonl").write_text('{"id": 1, "text": "fine"}\nnot json\n')
    with pytest.raises(nk.NewskitError, match=r"broken\.jsonl: line 2 is not JSON"):
        nk.load_corpus(tmp_path / "broken.jsonl")
    pd.DataFrame({"id": [1]}).to_csv(tmp_path / "no-text.csv", index=False)
    with pytest.raises(nk.NewskitError, match=r"no-text\.csv: no text column 'text'"):
        nk.load_corpus(tmp_path / "no-text.csv")
    (tmp_path / "bad.warc.gz").write_bytes(b"this is no warc")
    with pytest.raises(nk.NewskitError, match=r"bad\.warc\.gz: cannot be read as WARC"):
        nk.load_corpus(tmp_path / "bad.warc.gz")
    with pytest.raises(nk.NewskitError, match="no usable document"):
        (tmp_path / "empty.jsonl").write_text('{"id": 1, "text": ""}\n')
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nk.load_corpus(tmp_path / "empty.jsonl")


def page(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{s}</p>" for s in body.split(". ") if s)
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title}</title><meta property='og:site_name' "
            f"content='Daily Example'></head><body><nav>Home | World</nav><article><h1>{title}</h1>"
            f"{paragraphs}</article></body></html>").encode()


def test_a_folder_of_text_and_html_files_loads_the_way_newskit_new_reads_pages(tmp_path):
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "story.txt").write_text(ARTICLE, encoding="cp1252")
    (tmp_path / "copy.html").write_bytes(page("Floods in the north", ARTICLE))
    corpus = nk.load_corpus(tmp_path)
    docs = corpus.documents.set_index("document")
    assert sorted(docs.index) == ["copy", "wire/story"]
    assert docs.at["copy", "outlet"] == "Daily Example" and "Home | World" not in corpus.text("copy")
    assert "12 people died" in corpus.text("copy")


def test_warc_responses_are_read_as_pages(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n, (kind, body) in enumerate((("text/html", page("Floods", ARTICLE)), ("image/png", b"\x89PNG"),
                                          ("text/html", page("Empty", "")))):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://example.org/{n}", "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            writer.write_record(record)
    with pytest.warns(nk.NewskitWarning, match="no article text"):
        corpus = nk.load_corpus(path)
    assert len(corpus) == 1 and corpus.documents["url"].tolist() == ["https://example.org/0"]
    assert corpus.documents["outlet"].tolist() == ["Daily Example"] and len(corpus.warnings) == 1


# --- families --------------------------------------------------------------------------------------------

def test_the_bundled_corpus_families_are_its_stories(bundled):
    families = nk.story_families(bundled)
    truth = families["document"].map(true_story)
    assert (families.groupby("family")["document"].transform("size") == families["size"]).all()
    assert (truth.groupby(families["family"]).nunique() == 1).all()  # no family mixes two stories
    assert (families["family"].groupby(truth).nunique() == 1).all()  # no story split in two
    assert families["size"].max() == 3 and (families["size"] == 1).sum() == 5


def test_a_trimmed_copy_and_a_rewrite_join_a_different_story_on_the_same_topic_does_not():
    trimmed = " ".join(ARTICLE.split(". ")[:2]) + "."
    rewrite = ("Floods hit the north of the country on Monday after it rained for three days. Officials said that "
               "12 people died and that hundreds were moved to schools. The police said roads to the coast were shut.")
    other = ("Floods in the north last year cost farmers their harvest, a report said on Monday. The report, by the "
             "farming ministry, said rain had fallen for weeks. It called for new dams in the hills.")
    corpus = nk.corpus_from_texts({"wire": ARTICLE, "trimmed": trimmed, "rewrite": rewrite, "other": other})
    families = nk.story_families(corpus).set_index("document")
    assert families.loc[["wire", "trimmed", "rewrite"], "family"].nunique() == 1
    assert families.at["other", "size"] == 1


def test_verification_is_newskits_alignment():
    a, b = ARTICLE, ARTICLE.replace("12 people", "twelve people") + "Schools will stay shut."
    story = nk.story_from_texts({"a": a, "b": b})
    links = nk.align(story).dropna(subset=["sentence_a", "sentence_b"])
    share, linked = linked_share(nk.split_sentences(a), nk.split_sentences(b))
    assert linked == links["sentence_a"].nunique() and share == linked / len(nk.split_sentences(a))


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.randoms(use_true_random=False))
def test_families_do_not_depend_on_document_order(small, random):
    order = list(small.documents["document"])
    random.shuffle(order)
    shuffled = nk.corpus_from_texts({k: small.text(k) for k in order})
    partition = lambda f: sorted(sorted(g) for g in f.groupby("family")["document"].apply(list))  # noqa: E731
    assert partition(nk.story_families(shuffled)) == partition(nk.story_families(small))


def test_family_story_is_a_story_with_the_corpus_fields(bundled):
    story = nk.family_story(bundled, "f8")
    assert isinstance(story, nk.Story) and story.ids == ["onestop-amsterdam-adv", "onestop-amsterdam-int",
                                                         "onestop-amsterdam-ele"]
    assert story["onestop-amsterdam-ele"].outlet == "OneStopEnglish (elementary)"
    assert len(nk.align(story)) > 0
    with pytest.raises(nk.NewskitError, match="no family 'f99'"):
        nk.family_story(bundled, "f99")


# --- findings --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def serial(small):
    return nk.corpus_findings(small, scheduler="sync")


def test_findings_count_every_sentence_of_a(serial, small):
    assert serial.columns.tolist() == FINDING_COLUMNS
    assert (serial["kept"] + serial["edited"] + serial["dropped"] == serial["sentences_a"]).all()
    sizes = nk.story_families(small).drop_duplicates("family")["size"]
    assert len(serial) == sum(n * (n - 1) // 2 for n in sizes)


def test_a_two_worker_local_cluster_gives_the_serial_results(small, serial):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        on_cluster = nk.corpus_findings(small, client=client)
    pd.testing.assert_frame_equal(on_cluster, serial)


def test_parquet_output_resumes(small, serial, tmp_path):
    calls = []
    first = nk.corpus_findings(small, out=tmp_path, scheduler="threads", progress=lambda d, n: calls.append((d, n)))
    pd.testing.assert_frame_equal(first, serial)
    assert calls[0] == (0, 4) and calls[-1] == (4, 4)
    parts = sorted(tmp_path.glob("family=*/part-0.parquet"))
    assert len(parts) == serial["family"].nunique()
    parts[0].unlink()
    calls.clear()
    again = nk.corpus_findings(small, out=tmp_path, scheduler="sync", progress=lambda d, n: calls.append((d, n)))
    assert calls == [(3, 4), (4, 4)]  # only the family whose file was gone ran again
    pd.testing.assert_frame_equal(again, serial)
    pd.testing.assert_frame_equal(read_findings(tmp_path), serial)


def test_outlet_summary_counts_pairs_per_outlet(serial):
    summary = nk.outlet_summary(serial)
    assert summary.groupby("outlet")["pairs"].first().sum() == len(serial)
    assert (summary["low"] <= summary["rate"]).all() and (summary["rate"] <= summary["high"]).all()
    changed = summary.set_index(["outlet", "measure"]).loc[("Wikinews (second revision)", "quotation altered")]
    assert changed["count"] == int((serial.loc[serial["outlet_b"] == "Wikinews (second revision)",
                                               "quotes_altered"] > 0).sum())


# --- command line ----------------------------------------------------------------------------------------

def test_families_command_writes_story_folders_ready_for_report(tmp_path, capsys):
    rows = [json.loads(line) for line in BUNDLED.read_text().splitlines() if line.startswith('{"id": "wikinews')]
    (tmp_path / "small.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert main(["families", str(tmp_path / "small.jsonl"), "--out", str(tmp_path / "out"), "--scheduler", "sync"]) == 0
    printed = capsys.readouterr()
    assert "families: 0/4 families" in printed.err and "families: 4/4 families" in printed.err  # plain lines
    assert "12 documents, 7 families, 4 of two or more" in printed.out
    stories = sorted((tmp_path / "out" / "stories").iterdir())
    assert [s.name for s in stories] == ["f1", "f2", "f3", "f4"]
    story = nk.load_story(stories[0])
    assert story.ids == ["wikinews-104857-first", "wikinews-104857-second", "wikinews-104857-third"]
    assert story.versions[0].outlet == "Wikinews (first revision)"
    assert len(read_findings(tmp_path / "out" / "findings")) == 6


def test_the_corpus_notebook_is_run_for_corpora_only():
    from newskit.app.report import default_notebooks_dir, find_notebooks, is_corpus_notebook

    folder = default_notebooks_dir()
    corpus_notebooks = find_notebooks(folder, corpus=True)
    assert [p.name for p in corpus_notebooks] == ["06-compare-many-stories.ipynb"]
    assert all(not is_corpus_notebook(p) for p in find_notebooks(folder))
    assert main(["report"]) == 2  # neither a story folder nor --corpus


def test_a_sentence_moved_and_reworded_counts_as_edited_not_kept():
    # "moved" tells where a sentence went, not whether its words changed
    story = nk.story_from_texts({
        "a": "Floods hit the north of the country on Monday. Roads were shut across the valley by the police.",
        "b": "Police shut roads across the whole valley. Floods hit the north of the country on Monday."})
    assert sorted(nk.align(story)["kind"]) == ["identical", "moved"]
    found = family_findings(story)
    assert found[["kept", "edited"]].values.tolist() == [[1, 1]]
