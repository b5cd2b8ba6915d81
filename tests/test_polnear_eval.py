"""``evaluation/polnear_eval.py`` reads PolNeAR's brat standoff as its docstring says and scores what it should.

The sample article and its annotation are made up here in PolNeAR's format (a headline line, a blank line,
paragraphs; ``T`` lines with spans, ``E`` lines tying attribution, source, cue and content). The real
corpus is checked only where its git-ignored cache has been rebuilt (``evaluation/polnear/build.py``).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

import pytest

import newskit as nk

ROOT = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("polnear_eval", ROOT / "evaluation" / "polnear_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("polnear_eval", module)
    spec.loader.exec_module(module)
    return module


pe = _module()

TEXT = (
    "Council votes to rebuild the old bridge\n\n"
    "The city council voted on Tuesday to rebuild the Mill Street bridge, a project Mayor Ana Reyes called “overdue.”\n\n"
    "“We have waited eleven years for this, and the river will not wait any longer,” Reyes said at the meeting.\n\n"
    "Councilman Tom Becker said the vote was rushed. “Nobody has seen the final costs,” he told reporters, "
    "“and the state has not promised a cent.”\n\n"
    "Engineers expect the work to take two years, the council said.\n"
)


def _span(text: str, occurrence: int = 0) -> tuple[int, int]:
    start = [m.start() for m in re.finditer(re.escape(text), TEXT)][occurrence]
    return start, start + len(text)


def _ann() -> str:
    """The sample's annotation, built from the spans of the phrases it marks."""
    parts = [  # (source and its occurrence, cue and its occurrence, content pieces)
        ("Mayor Ana Reyes", 0, "called", 0, ["“overdue.”"]),
        ("Reyes", 1, "said", 0, ["“We have waited eleven years for this, and the river will not wait any longer,”"]),
        ("Councilman Tom Becker", 0, "said", 1, ["the vote was rushed"]),
        ("he", 0, "told", 0, ["“Nobody has seen the final costs,”", "“and the state has not promised a cent.”"]),
        (None, 0, "expect", 0, ["the work to take two years"]),
    ]
    lines, t = [], 0
    for e, (source, nth_source, cue, nth_cue, content) in enumerate(parts, 1):
        refs = []
        if source:
            t += 1
            s, x = _span(source, nth_source)
            lines.append(f"T{t}\tSource {s} {x}\t{source}")
            refs.append(f"Source:T{t}")
        t += 1
        s, x = _span(cue, nth_cue)
        lines.append(f"T{t}\tCue {s} {x}\t{cue}")
        refs.append(f"Cue:T{t}")
        t += 1
        spans = [_span(c) for c in content]
        lines.append(f"T{t}\tContent {';'.join(f'{a} {b}' for a, b in spans)}\t{' '.join(content)}")
        refs.append(f"Content:T{t}")
        t += 1
        lines.append(f"T{t}\t{'Attribution' if source else 'Attribution-no-source'} {s} {x}\t{cue}")
        lines.append(f"E{e}\t{'Attribution' if source else 'Attribution-no-source'}:T{t} " + " ".join(refs))
    lines.append("#1\tAnnotatorNotes T1\ta note, not an annotation")
    lines.append(f"E{len(parts) + 1}\tAttribution-no-source:T{t} ")      # an event left without parts
    return "\n".join(lines) + "\n"


def test_the_sample_annotation_reads_back_to_its_phrases():
    attributions = pe.parse_ann(_ann())
    assert len(attributions) == 5
    assert [" ".join(TEXT[s:e] for s, e in a["source"]) for a in attributions] == [
        "Mayor Ana Reyes", "Reyes", "Councilman Tom Becker", "he", ""]
    assert len(attributions[3]["content"]) == 2                     # a discontinuous content keeps both pieces
    assert TEXT[slice(*attributions[1]["cue"][0])] == "said"


def test_gold_kinds_names_and_full_names():
    gold = pe.gold_of(TEXT, _ann())
    kinds = [(q["kind"], q["name"], q["full"]) for q in gold["quotes"]]
    assert kinds == [("term", "ana reyes", ("Mayor Ana Reyes",)), ("direct", "reyes", ("ana reyes",)),
                     ("direct", None, None)]
    assert [s["name"] for s in gold["sources"]] == ["ana reyes", "reyes", "tom becker", None]
    assert [s["reporting"] for s in gold["sources"]] == [False, True, True, True]
    assert gold["first_line"] == len("Council votes to rebuild the old bridge")


def test_scoring_counts_on_a_made_up_prediction():
    gold = pe.gold_of(TEXT, _ann())
    reyes_quote, becker_first, becker_second = _span("“We have waited"), _span("“Nobody"), _span("“and the state")
    found = {
        "quotes": [
            {"span": (reyes_quote[0], reyes_quote[0] + 80), "speaker": "Ana Reyes", "mention": _span("Reyes", 1)},
            {"span": becker_first, "speaker": "Tom Becker", "mention": _span("Tom Becker")},  # gold mention is "he"
            {"span": _span("“overdue.”"), "speaker": "Ana Reyes", "mention": None},         # a gold term: ignored
            {"span": _span("Mill Street bridge"), "speaker": "", "mention": None},          # no attribution: false
        ],
        "scare": [],
        "sources": ["Ana Reyes", "Tom Becker", "Mill Street"],
    }
    c = Counter()
    pe.score(gold, found, c)
    assert (c["q_right"], c["q_false"], c["q_recalled"], c["q_gold"]) == (2, 1, 2, 2)
    assert c["err_q_false_outside_any_attribution"] == 1
    assert (c["m_right"], c["m_gold"]) == (1, 2)                   # "Tom Becker" is not the span "he"
    assert (c["spk_person"], c["spk_full"], c["spk_gold"]) == (1, 1, 1)
    assert c["spk_unscored_pronoun_or_description"] == 1
    assert (c["src_right"], c["src_found"]) == (2, 3)
    assert (c["src_recalled_all"], c["src_gold_all"]) == (2, 2)   # Reyes twice is one entity
    assert (c["src_recalled_say"], c["src_gold_say"]) == (2, 2)
    assert c["err_src_false_capitalised"] == 1
    del found["quotes"][0]
    c, log = Counter(), []
    pe.score(gold, found, c, log)
    assert (c["q_recalled"], c["err_q_missed_other"], c["spk_gold"]) == (1, 1, 0)
    bridge, missed = _span("Mill Street bridge"), reyes_quote[0]
    assert [line for line in log if line.startswith("  quote")] == [
        f"  quote FALSE outside_any_attribution at {bridge[0]}-{bridge[1]}: 'Mill Street bridge'",
        f"  quote MISSED other at {missed}-{gold['quotes'][1]['content'][0][1]}: "
        f"{TEXT[missed:gold['quotes'][1]['content'][0][1]][:80]!r}"]
    assert "direct quotes      P=0.500 R=0.500 F1=0.500" in pe.report("sample", c)


def test_newskit_on_the_sample_finds_both_quotations_and_reyes():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)       # one version: nothing to compare
        story = nk.story_from_texts({"article": TEXT})
        found = pe.found_of(story)
    assert story.versions[0].raw == TEXT
    c = Counter()
    pe.score(pe.gold_of(TEXT, _ann()), found, c)
    assert c["q_recalled"] == c["q_gold"] == 2
    assert c["q_false"] == 0
    assert c["spk_person"] == c["spk_gold"] == 1


def test_a_quotation_without_speaker_or_mention_is_read_as_empty():
    text = "Rain ends the fair\n\nThe fair closed early on Sunday.\n\n“It is over for this year.”\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        found = pe.found_of(nk.story_from_texts({"article": text}))
    assert [(text[slice(*q["span"])], q["speaker"], q["mention"]) for q in found["quotes"]] == [
        ("“It is over for this year.”", "", None)]


def test_the_scorer_skips_without_its_cache(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pe, "CACHE", tmp_path / "absent")
    assert pe.main([]) == 0
    assert capsys.readouterr().out.startswith("skipped:")


@pytest.mark.skipif(not any((ROOT / "evaluation" / "polnear" / "cache").glob("*/*.ann")),
                    reason="PolNeAR cache not rebuilt (evaluation/polnear/build.py)")
def test_the_rebuilt_corpus_is_the_scored_one_and_every_span_reads_back():
    cache = ROOT / "evaluation" / "polnear" / "cache"
    assert pe.corpus_sha1(cache) == pe.CORPUS_SHA1
    articles = events = attributions = 0
    for ann_path in sorted(cache.glob("*/*.ann")):
        text = ann_path.with_suffix(".txt").read_bytes().decode("utf-8")
        ann = ann_path.read_bytes().decode("utf-8")
        for line in ann.split("\n"):
            fields = line.split("\t")
            if re.fullmatch(r"T\d+", fields[0]):
                pieces = [tuple(int(x) for x in p.split()) for p in fields[1].partition(" ")[2].split(";")]
                assert " ".join(text[s:e] for s, e in pieces).split("\n")[0] == fields[2], (ann_path.name, line)
        events += sum(bool(re.match(r"E\d+\t.*\bContent\d*:T", line)) for line in ann.split("\n"))
        attributions += len(pe.parse_ann(ann))
        articles += 1
    assert articles == 1008
    assert attributions == events > 20000                          # every event with a content, none other


def test_sources_leave_out_datelines_and_agree_with_a_name_cut_or_written_without_given_name():
    text = "Rain ends the fair\n\nDOVER, Del. (AP) — The fair closed early on Sunday, organisers said.\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        found = pe.found_of(nk.story_from_texts({"article": text}))
    assert found["sources"] == ["organisers"]                       # the dateline's agency is no source
    gold = {"text": "The Dover Daily Ledger", "name": "daily ledger", "written": "Dover Daily Ledger"}
    assert pe.source_agrees("Dover Daily Ledger", gold)            # not "Dover" against "Daily" as first names
    assert not pe.source_agrees("Dover Evening Ledger", gold)


def test_a_found_description_agrees_with_the_gold_description_of_the_same_words_though_both_are_titles():
    gold = {"text": "The senator", "name": None, "written": None}
    assert pe.source_agrees("senator", gold) and pe.source_agrees("The senator", gold)
    assert not pe.source_agrees("governor", gold) and not pe.source_agrees("former senator", gold)


def test_every_person_a_gold_source_lists_is_a_right_source_not_the_last_one_only():
    text = "Tom Reed spoke. Reed and Ana Vale said so. Mr. Ito and other chiefs agreed. The Ice and Fire Office warned."
    ann = ""
    for k, (source, cue) in enumerate((("Reed and Ana Vale", "said"), ("Mr. Ito and other chiefs", "agreed"),
                                       ("The Ice and Fire Office", "warned")), start=1):
        s, c = text.index(source), text.index(cue)
        ann += (f"T{3 * k}\tSource {s} {s + len(source)}\tx\nT{3 * k + 1}\tCue {c} {c + len(cue)}\tx\n"
                f"T{3 * k + 2}\tContent {c} {c + len(cue)}\tx\nE{k}\tAttribution:T{3 * k + 1} Content:T{3 * k + 2} "
                f"Cue:T{3 * k + 1} Source:T{3 * k}\n")
    gold = pe.gold_of(text, ann)
    c = Counter()
    pe._score_sources(gold, {"sources": ["Tom Reed", "Ana Vale", "Ito", "Ice", "Fire Office"]}, c)
    assert (c["src_right"], c["src_found"]) == (4, 5)              # Reed and Ito listed first; "Ice" names no one


def test_a_relative_pronoun_a_head_before_an_aside_and_a_cut_span_are_read_as_the_gold_means():
    text = ("Tom Reed spoke. The mayor thanked Ana Vale (D-Del.), who said so. The critics, including Ito Kan, "
            "agreed. The Dover Daily Ledger warned. The clerk left, who cried.")
    ann = ""
    for k, (source, cue, cut) in enumerate((("who", "said", 0), ("The critics, including Ito Kan,", "agreed", 0),
                                            ("The Dover Daily Ledger", "warned", 2)), start=1):
        s, c = text.index(source), text.index(cue)
        ann += (f"T{3 * k}\tSource {s + cut} {s + len(source) - cut}\tx\nT{3 * k + 1}\tCue {c} {c + len(cue)}\tx\n"
                f"T{3 * k + 2}\tContent {c} {c + len(cue)}\tx\nE{k}\tAttribution:T{3 * k + 1} Content:T{3 * k + 2} "
                f"Cue:T{3 * k + 1} Source:T{3 * k}\n")
    gold = pe.gold_of(text, ann)
    assert [s["text"] for s in gold["sources"]] == ["who", "The critics, including Ito Kan,", "The Dover Daily Ledger"]
    c = Counter()
    pe._score_sources(gold, {"sources": ["Ana Vale", "critics", "Dover Daily Ledger", "mayor"]}, c)
    assert (c["src_right"], c["src_found"]) == (3, 4)              # "who" means Ana Vale; no one says the mayor spoke
    assert (c["src_recalled_all"], c["src_gold_all"]) == (2, 2)     # the pronoun is not scored for recall
    assert pe.antecedent(text, text.index("who cried")) == "The clerk left"
    said, vale = text.index("said"), text.index("Ana Vale")
    swapped = {"source": [(said, said + 4)], "cue": [(vale, vale + 8)], "content": [(0, 8)]}
    assert pe.unswapped(text, swapped)["source"] == [(vale, vale + 8)]  # "said" given as the source, Ana Vale as cue


def test_which_means_the_words_before_it_and_a_description_ending_the_gold_head_agrees():
    text = "Elm Press, which declined to comment, left. The authors of the Oak Report wrote it."
    which = text.index("which")
    assert pe.source_written(text, [(which, which + 5)]) == ("which", "Elm Press")
    gold = {"text": "The authors of the Oak Report", "name": None, "written": None}
    assert pe.source_agrees("authors", gold) and not pe.source_agrees("writers", gold)
    assert not pe.source_agrees("co-authors", gold)


def test_speaker_scoring_reads_party_tags_first_names_and_longer_names_as_the_gold_means():
    text = ("Rivals meet in Dover\n\n"
            "Rep. Jo Amara Vance (D-Del.) spoke first. Secretary of State Lia Brandt and Tom Brandt came later for the state budget.\n")
    gold = {"quotes": [], "sources": []}
    for source, found, person, full in (("Jo Amara Vance (D-Del.)", "Jo Amara Vance", True, True),  # party tag
                                        ("Amara Vance", "Jo Amara Vance", True, True),  # the found name is fuller
                                        ("Brandt", "Lia Brandt", True, True),          # either Brandt written out
                                        ("Brandt", "Brandt", True, False),             # which Brandt, not said
                                        ("We’ve", "Lia Brandt", None, None)):          # no name: not scored
        at = text.index(source) if source in text else 0
        name = pe.speaker_name(source)
        gold["quotes"] = [{"kind": "direct", "content": [(90, 95)], "source": [(at, at + len(source))],
                           "name": " ".join(pe.words(name)[-2:]) if name else None,
                           "full": pe.fullest(name, text) if name else None}]
        c = Counter()
        pe._score_speakers(gold, {"quotes": [{"span": (90, 95), "speaker": found, "mention": None}]}, c)
        assert (c["spk_person"], c["spk_full"]) == ((person, full) if name else (0, 0)), source
        assert c["spk_gold"] == (1 if name else 0)
    assert pe.fullest("Brandt", text) == ("lia brandt", "tom brandt")        # "Secretary of State" dropped


def test_full_names_read_past_titled_two_word_surnames_particles_and_names_written_on():
    text = ("Pia van Dorn met Ana Ruiz Soto and the minister, Wu Lan. Later, van Dorn spoke. "
            "Mr. Van Dorn left. Ms. Ruiz came. Mr. Wu went.\n")
    for source, found in (("Mr. Van Dorn", "Pia van Dorn"),   # a titled two-word surname
                          ("van Dorn", "Pia van Dorn"),       # "van Dorn" is the surname, not a fuller name
                          ("Ms. Ruiz", "Ana Ruiz Soto"),      # a second surname
                          ("Mr. Wu", "Wu Lan")):              # the family name first
        name = pe.speaker_name(source)
        assert pe.usable_full(found, pe.fullest(name, text)), source
    assert not pe.usable_full("Lan", pe.fullest("Mr. Wu", text))


def test_contents_set_aside_as_furniture_are_counted_by_label_and_listed():
    text = ("Mayor says bridge is safe\n\n"
            "The mayor said the bridge was safe.\n\n"
            "RELATED: Lee said the vote was rushed\n\n"
            "Engineers said the work would take two years.\n")
    gold = {"text": text, "first_line": len("Mayor says bridge is safe"),
            "contents": [[(0, 25)], [_at(text, "the bridge was safe")], [_at(text, "the vote was rushed")],
                         [_at(text, "was safe"), _at(text, "the work would")]]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        found = pe.found_of(nk.story_from_texts({"article": text}))
    assert [label for label, _, _ in found["set_aside"]] == ["headline", "read_more"]
    c, log = Counter(), []
    pe._score_furniture(gold, found, c, log)
    assert (c["fur_aside"], c["fur_contents"], c["fur_label_read_more"]) == (1, 3, 1)  # the headline's is left out
    assert (c["fur_aside_chars"], c["fur_chars"]) == (16, 16 + 16 + 7 + 12)             # non-blank characters
    start, end = _at(text, "the vote was rushed")
    assert log == [f"  furniture read_more at {start}-{end}: 'RELATED: Lee said the vote was rushed'"]
    assert "set aside as furniture  0.333 (1/3) of gold attribution contents" in pe.report("sample", c)
    assert "by label: read_more 1" in pe.report("sample", c)


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def test_the_cue_table_keys_inflections_alike_and_reads_the_gold_cue():
    spec = importlib.util.spec_from_file_location("polnear_cues", ROOT / "evaluation" / "polnear_cues.py")
    cues = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cues)
    assert {cues.cue_lemma(c) for c in ("threatened", "has threatened", "threatens", "threatening")} == {"threaten"}
    assert cues.cue_lemma("called for") != cues.cue_lemma("called")
    gold = pe.gold_of(TEXT, _ann())
    assert all("cue" in s for s in gold["sources"])


def test_tried_verbs_may_be_added_as_views_held_whose_subjects_are_guarded(monkeypatch):
    spec = importlib.util.spec_from_file_location("polnear_cues", ROOT / "evaluation" / "polnear_cues.py")
    tried = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tried)
    from newskit import cues, sourcing
    for name in ("CUES", "VIEW_VERBS", "_VIEW_FORMS", "_DECLARING_FORMS"):
        monkeypatch.setattr(cues, name, getattr(cues, name))
    monkeypatch.setattr(sourcing, "CUES", sourcing.CUES)
    tried.with_cues(["want"], view=True)
    rows = nk.attributions(nk.story_from_texts({"a": "Ana Vale wants a new pier. Everyone wants a pier."}))
    assert cues.view_cue("wants") and list(zip(rows.source, rows.cue)) == [("Ana Vale", "wants")]


def test_a_gold_source_named_before_a_preposition_or_after_an_office_of_is_read_as_that_name():
    assert pe.source_name("Senator Ana Vale of Oregon, a Democrat") == "Senator Ana Vale"
    assert pe.source_name("Tom Reed of the Gazette Review") == "Tom Reed"
    assert pe.source_name("Deputy Secretary of State Ana Vale") == "Deputy Secretary of State Ana Vale"
    assert pe.source_name("a spokeswoman for the Senate") is None              # a description still
    assert pe.source_name("Supporters of Vale") is None                        # one word before: not a name
    assert pe.source_name("a spokeswoman for Senator Ana Vale of Oregon") is None
    assert pe.source_name("the Oregon Board of Elections") is None
    assert pe.source_name("Tom Reed’s Guide to Oregon") is None                 # a possessor's thing
    assert pe.source_name("VALE OF THE SENATE") is None                        # a headline in capitals


def test_a_gold_source_named_before_a_preposition_is_that_name_not_the_body_named_after_it():
    assert pe.source_name("a trade lawyer, Ana Vale of the law firm Reed Quill") == "Ana Vale"
    assert pe.source_name("Tom Reed of Oregon and Ana Vale") == "Ana Vale"          # a list: its last name, as before
    assert pe.source_name("Oregon Medal Of Honor Winner") == "Oregon Medal Of Honor Winner"  # a capitalised "Of": a title


def test_a_possessors_role_in_a_gold_source_gives_way_to_the_name_after_the_comma():
    assert pe.source_name("Reed Quill's CEO, Ana Vale,") == "Ana Vale"
    assert pe.source_name("Reed Quill's Chief Economist") == "Reed Quill Chief Economist"  # no name after: as before
    assert pe.source_name("the Oregon People's Union, or OPU") == "Oregon People Union"     # an abbreviation, not a name


def test_names_agree_whatever_their_accents():
    assert pe.same_entity("Andre Ruiz", "André Ruíz") and pe.words("Zoë Peña's") == ["zoe", "pena"]
    assert not pe.same_entity("Andre Ruiz", "Andrea Ruiz")


def test_pres_written_short_is_a_title_not_a_first_name():
    assert pe.same_entity("Ada Brill", "Pres. Brill") and pe.words("Pres. Brill") == ["brill"]


def test_a_one_word_surname_before_of_is_the_name_where_the_article_gives_it_in_full():
    text = ("Economist Ana Vale warned of a slump. Vale of the Harbor Review said prices would fall. Supporters of "
            "the plan, among them supporters of Tom Reed, disagreed. Secretary of State Tom Reed and Friends of the "
            "Coast spoke. The Chairman of the Board, a lawyer, and the board's chairman agreed.")
    gold = pe.gold_of(text, "T1\tSource 38 63\tVale of the Harbor Review\nT2\tCue 64 68\tsaid\nT3\tContent 69 88\tx\n"
                            "T4\tAttribution 64 68\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n")
    assert gold["sources"][0]["written"] == "Vale" and pe.source_agrees("Ana Vale", gold["sources"][0])  # a surname
    assert pe.source_name("Vale of the Harbor Review", text) == "Vale"
    assert pe.source_name("Supporters of Tom Reed", text) is None                  # a noun: written in lower case
    assert pe.source_name("Secretary of State Tom Reed", text) == "Secretary of State Tom Reed"  # an office
    assert pe.source_name("Friends of the Coast", text) is None                    # a body: no fuller name ends in it
    assert pe.source_name("Chairman of the Board", text) is None                   # an office
    assert pe.source_name("Vale of the Harbor Review") is None                     # no article: as before


def test_a_family_name_written_first_before_a_hyphenated_given_name_is_the_person_a_gold_surname_names():
    text = "Port talks open\n\nThe envoy, Pak Su-jin, arrived. Pak said: “We will sign it soon, as we promised.”\n"
    at, quote = text.index("Pak said"), text.index("“")
    gold = pe.gold_of(text, f"T1\tSource {at} {at + 3}\tPak\nT2\tCue {at + 4} {at + 8}\tsaid\n"
                            f"T3\tContent {quote} {len(text) - 1}\tx\nT4\tAttribution {at + 4} {at + 8}\tsaid\n"
                            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n")
    c = Counter()
    found = {"quotes": [{"span": (quote, len(text) - 1), "speaker": "Pak Su-jin", "mention": None}]}
    pe._score_speakers(gold, found, c)
    assert (c["spk_person"], c["spk_full"], c["spk_gold"]) == (1, 1, 1)  # "su jin" was another person than "pak"
    assert pe.source_agrees("Pak", {"name": pe.last_two("Envoy Pak Su-jin", pe.words), "written": "Pak Su-jin",
                                    "text": "Envoy Pak Su-jin"})
    assert not pe.same_entity(pe.last_two("Jo Lee-Ray"), pe.last_two("Ann Lee-Ray"))  # a hyphenated surname


def test_mention_kind_and_breakdown_lines():
    assert [pe.mention_kind(m) for m in ("", "she", "Sen. Jo Lee", "the Ohio Democrat", "a spokesman")] == \
        ["none", "pronoun", "named", "named", "description"]
    c = Counter({"by_strategy _between gold": 4, "by_strategy _between person": 3, "by_strategy _between full": 2})
    assert pe.breakdown_lines(c) == ["  by_strategy  _between                   4  person 0.750  full 0.500"]
    assert pe.breakdown_lines(Counter()) == []
