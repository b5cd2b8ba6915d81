"""Metadata a text states about itself: date lines, bylines, datelines and headlines in US formats,
and what HTML intake keeps of a page's title and author. Every text here is written for the test."""

import re
from datetime import datetime

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newskit as nk
from newskit.blocks import label_blocks
from newskit.dates import relative_dates
from newskit.extraction import clean_author, extract_html
from newskit.metadata import parse_date, split_byline, strip_site_suffix, text_metadata

BODY = "The county closed two roads on Sunday after the river rose, officials said."


def labelled(text: str) -> list[tuple[str, str]]:
    blocks = label_blocks(text)
    return [(row.label, row.text) for row in blocks.itertuples() if row.label != "whitespace"]


@pytest.mark.parametrize("line, key, value", [
    ("Posted 3:57 pm, July 15, 2018", "published_in_text", "2018-07-15T15:57"),
    ("Updated 8:30 AM ET, Sun July 15, 2018", "updated_in_text", "2018-07-15T08:30"),
    ("May 31, 2019 / 10:50 AM", "page_date", "2019-05-31T10:50"),
    ("Monday, July 16, 2018, 9:06 a.m.", "page_date", "2018-07-16T09:06"),
    ("Published: 07/15/2018", "published_in_text", "2018-07-15"),
    ("Jul. 15, 2018 at 9:06 PM EDT", "page_date", "2018-07-15T21:06"),
    ("Last updated 9:06 p.m. (EDT) July 16, 2018", "updated_in_text", "2018-07-16T21:06"),
    ("Originally published July 15, 2018.", "published_in_text", "2018-07-15"),
    ("Posted on Sept. 4, 2019 9 a.m. CT", "published_in_text", "2019-09-04T09:00"),
    ("This content was published on January 11, 2022 - 01:54", "published_in_text", "2022-01-11T01:54"),
    ("Saturday, May 18, 2024", "page_date", "2024-05-18"),
    ("MAY 31, 2019 / 10:50 AM", "page_date", "2019-05-31T10:50"),
    ("MONDAY, JULY 16, 2018, 9:06 A.M.", "page_date", "2018-07-16T09:06"),
    ("May 31, 2019 / 10:50 AM / Updated 2 hours ago", "page_date", "2019-05-31T10:50"),
    ("Updated 8:30 AM EDT, Sunday July 15, 2018", "updated_in_text", "2018-07-15T08:30"),
    ("Updated [hour]:[minute] [AMPM] [zone], [month] [day], [year] Updated 5:44 PM UTC, May 6, 2026", "updated_in_text",
     "2026-05-06T17:44"),
])
def test_us_date_lines_are_date_blocks_read_to_iso(line, key, value):
    text = f"River closes roads\n\n{line}\n\n{BODY}"
    assert labelled(text)[1] == ("date", line)
    assert text_metadata(label_blocks(text))[key] == value


def test_a_line_giving_publication_and_update_dates_gives_both():
    text = f"River closes roads\n\nPublished July 15, 2018 | Updated July 16, 2018 9:06 a.m. EDT\n\n{BODY}"
    meta = text_metadata(label_blocks(text))
    assert labelled(text)[1][0] == "date"
    assert (meta["published_in_text"], meta["updated_in_text"]) == ("2018-07-15", "2018-07-16T09:06")


def test_a_date_line_counting_back_from_now_is_a_date_block_giving_no_date():
    text = f"River closes roads\n\nUpdated 2 hours ago\n\n{BODY}"
    assert labelled(text)[1] == ("date", "Updated 2 hours ago")
    assert text_metadata(label_blocks(text)) == {"headline": "River closes roads"}


@pytest.mark.parametrize("line", [
    "The county met on July 15, 2018 at 9:06 p.m. to vote on the roads.",
    "Updated maps came out on May 31, 2019, and showed the flood zone had grown.",
])
def test_a_sentence_holding_a_date_stays_body(line):
    assert labelled(f"River closes roads\n\n{BODY}\n\n{line}")[-1] == ("body", line)


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2099, 12, 31)),
       st.sampled_from(["{t}, {d}", "{d} / {t}", "{d} at {t} EDT", "Updated {t} ET, {d}", "Posted {d}, {t}"]))
def test_any_printed_date_and_time_is_read_back(when, pattern):
    day = f"{when:%A}, {when:%B} {when.day}, {when.year}"
    clock = f"{when.hour % 12 or 12}:{when:%M} {'a.m.' if when.hour < 12 else 'p.m.'}"
    assert parse_date(pattern.format(d=day, t=clock)) == when.strftime("%Y-%m-%dT%H:%M")


@pytest.mark.parametrize("line, people, outlet", [
    ("By JANE DOE - Associated Press", "JANE DOE", "Associated Press"),
    ("By Jane Doe, Associated Press", "Jane Doe", "Associated Press"),
    ("Jane Doe, Associated Press", "Jane Doe", "Associated Press"),
    ("By Jane Doe | The Washington Post", "Jane Doe", "The Washington Post"),
    ("JANE DOE and JOHN ROE, Reuters", "JANE DOE, JOHN ROE", "Reuters"),
    ("Jane Doe, John Roe and Al Bo, Associated Press", "Jane Doe, John Roe, Al Bo", "Associated Press"),
    ("Jane Doe, Associated Press Writer", "Jane Doe", "Associated Press"),
    ("By Jane Doe - Staff Writer", "Jane Doe", ""),
    ("By Jane Doe and John Roe", "Jane Doe, John Roe", ""),
    ("by Jane Doe", "Jane Doe", ""),
    ("Jane Doe, ElmshireNews.ca", "Jane Doe", "ElmshireNews.ca"),
    ("Jane Doe | Associated Press", "Jane Doe", "Associated Press"),
    ("By JANE DOE Associated Press", "JANE DOE", "Associated Press"),
    ("By Jane Doe, The Associated Press", "Jane Doe", "The Associated Press"),
    ("By Łukasz Roe and Élodie Poe", "Łukasz Roe, Élodie Poe", ""),
    ("Øyvind Roe, Reuters", "Øyvind Roe", "Reuters"),
    ("BY JANE DOE", "JANE DOE", ""),
    ("BY JANE DOE AND JOHN ROE", "JANE DOE, JOHN ROE", ""),
    ("By JANE DOE AND JOHN ROE", "JANE DOE, JOHN ROE", ""),
    ("BY JANE DOE - Associated Press", "JANE DOE", "Associated Press"),
    ("BY MARÍA ROE, REUTERS", "MARÍA ROE", "REUTERS"),
])
def test_bylines_are_bylines_with_people_and_outlet_apart(line, people, outlet):
    text = f"River closes roads\n\n{line}\n\n{BODY}"
    assert labelled(text)[1] == ("byline", line)
    meta = text_metadata(label_blocks(text))
    assert meta["byline"] == people
    assert meta.get("byline_outlet", "") == outlet


@pytest.mark.parametrize("line", ["by Jane Doe 9:15 AM March 3, 2025", "written by Jane Doe 9:15 AM March 3, 2025",
                                  "By Jane Doe, March 3, 2025",
                                  "By Jane Doe edited by John Roe"])
def test_a_date_or_an_editor_after_a_bylines_names_is_no_name(line):
    meta = text_metadata(label_blocks(f"River closes roads\n\n{line}\n\n{BODY}"))
    assert meta["byline"] == "Jane Doe" and meta.get("editing_by", "John Roe") == "John Roe"


def test_a_wire_agency_in_a_byline_is_the_agency_and_a_paper_is_not():
    assert text_metadata(label_blocks(f"River closes roads\n\nJane Doe, Reuters\n\n{BODY}"))["agency"] == "Reuters"
    meta = text_metadata(label_blocks(f"River closes roads\n\nBy Jane Doe | The Daily Planet\n\n{BODY}"))
    assert "agency" not in meta and meta["byline_outlet"] == "The Daily Planet"


@pytest.mark.parametrize("line, agency", [
    ("By United Press International", "UPI"), ("By Deutsche Presse-Agentur", "dpa"), ("By Tass", "TASS"),
    ("By Agence France Presse", "AFP"), ("By Anadolu Agency", "Anadolu"), ("By Australian Associated Press", "AAP"),
    ("By Yonhap News Agency", "Yonhap"), ("By Xinhua News Agency", "Xinhua"),
])
def test_an_agency_written_out_as_the_byline_is_the_outlet_and_no_author(line, agency):
    meta = text_metadata(label_blocks(f"River closes roads\n\n{line}\n\n{BODY}"))
    assert "byline" not in meta and meta["agency"] == agency


@pytest.mark.parametrize("line", ["BY THE ASSOCIATED PRESS", "BY UNITED PRESS INTERNATIONAL", "By Press Trust of India"])
def test_an_agency_alone_in_capitals_or_with_of_in_its_name_is_a_byline_naming_no_author(line):
    text = f"River closes roads\n\n{line}\n\n{BODY}"
    assert labelled(text)[1] == ("byline", line) and "byline" not in text_metadata(label_blocks(text))


@pytest.mark.parametrize("line, outlet", [
    ("By Jane Doe and United Press International", "United Press International"),
    ("By Jane Doe and Reuters", "Reuters"), ("By JANE DOE, UNITED PRESS INTERNATIONAL", "UNITED PRESS INTERNATIONAL"),
    ("By Jane Doe and The Associated Press", "The Associated Press"),
])
def test_an_agency_beside_a_reporter_in_a_byline_is_the_outlet_not_a_second_author(line, outlet):
    meta = text_metadata(label_blocks(f"River closes roads\n\n{line}\n\n{BODY}"))
    assert (meta["byline"].upper(), meta["byline_outlet"]) == ("JANE DOE", outlet)


@pytest.mark.parametrize("line", [
    "Jane Doe, a teacher in the town, said the roads flooded every spring.",
    "By Tuesday, officials said, the water had gone down in most places across the county.",
    "Jane Doe, who runs Elmshire.com, said the roads flooded every spring.",
])
def test_a_sentence_naming_a_person_is_no_byline(line):
    assert labelled(f"River closes roads\n\n{BODY}\n\n{line}")[-1] == ("body", line)


def test_split_byline_without_an_outlet_keeps_every_name():
    assert split_byline("By Jane Doe, John Roe") == (["Jane Doe", "John Roe"], "")


@pytest.mark.parametrize("opening, place, source, agency", [
    ("MILLBROOK, Ore. (KGW) - ", "MILLBROOK, Ore.", "KGW", None),
    ("WASHINGTON (CNN) - ", "WASHINGTON", "CNN", None),
    ("LONDON (Reuters) - ", "LONDON", "Reuters", "Reuters"),
    ("DALLAS (WFAA-TV) — ", "DALLAS", "WFAA-TV", None),
    ("SPRINGFIELD, Ill. (The Daily Planet) -- ", "SPRINGFIELD, Ill.", "The Daily Planet", None),
    ("NEW YORK (AP) — ", "NEW YORK", "AP", "AP"),
])
def test_datelines_with_a_station_a_paper_or_an_agency_are_read_alike(opening, place, source, agency):
    text = f"River closes roads\n\n{opening}{BODY}"
    assert labelled(text)[1:] == [("dateline", opening), ("body", BODY)]
    meta = text_metadata(label_blocks(text))
    assert (meta["dateline_place"], meta["dateline_source"], meta.get("agency")) == (place, source, agency)


@pytest.mark.parametrize("opening, place, date, source", [
    ("(CNN) ", None, None, "CNN"),  # the outlet's own opener, no place and no dash
    ("(Reuters) - ", None, None, "Reuters"),
    ("Feb 10 (Reuters) - ", None, "Feb 10", "Reuters"),
    ("Elmton, Maine (AP)  ", "Elmton, Maine", None, "AP"),  # a scrape that lost the dash between two spaces
    ("Elmton (AFP) – ", "Elmton", None, "AFP"),  # the place in title case
])
def test_a_dateline_credited_to_a_known_source_needs_no_place_in_capitals_and_no_dash(opening, place, date, source):
    text = f"River closes roads\n\n{opening}{BODY}"
    assert labelled(text)[1:] == [("dateline", opening), ("body", BODY)]
    meta = text_metadata(label_blocks(text))
    assert (meta.get("dateline_place"), meta.get("dateline_date"), meta["dateline_source"]) == (place, date, source)


def test_a_looser_dateline_below_the_storys_own_opens_a_teaser_of_another_story_and_is_not_cut_off():
    teaser = "June 13 (AP) -- A ferry was sold on Tuesday to a harbour company."
    text = f"River closes roads\n\nELMTON (AP) -- {BODY}\n\n{teaser}"
    assert [label for label, _ in labelled(text)].count("dateline") == 1 and teaser in [t for _, t in labelled(text)]


@pytest.mark.parametrize("paragraph", ["The Elm Health Organization (WHO) said the river is clean.",
                                       "(Reuters) reported the river closed.", "The Elmton (KELM) station said so."])
def test_an_outlet_in_brackets_before_lower_case_words_opens_no_dateline(paragraph):
    assert labelled(f"River closes roads\n\n{paragraph}")[1:] == [("body", paragraph)]


@pytest.mark.parametrize("dash", ["―", "—", "–", "-", "--"])
def test_a_dateline_takes_any_dash(dash):
    text = f"River closes roads\n\nSPRINGFIELD {dash} {BODY}"
    assert labelled(text)[1:] == [("dateline", f"SPRINGFIELD {dash} "), ("body", BODY)]
    assert text_metadata(label_blocks(text))["dateline_place"] == "SPRINGFIELD"


def test_a_title_case_first_line_ending_on_an_acronym_is_the_headline():
    title = "River Is 'Calm' And 'Clean,' Mayor Tells U.S."
    assert labelled(f"{title}\n\n{BODY}")[0] == ("headline", title)
    lede = "The mayor spoke on Monday about the rivers of the U.S."
    assert labelled(f"{lede}\n\n{BODY}")[0] == ("body", lede)


def test_sections_outlet_names_and_buttons_are_never_the_headline():
    furniture = ["Politics", "World News", "The Washington Post", "Fox News", "e-mail", "Share", "Advertisement",
                 "Share Tweet Email", "U.S. | Politics"]
    text = "\n\n".join([*furniture, "River closes two county roads", BODY])
    found = labelled(text)
    assert [t for _, t in found] == [*furniture, "River closes two county roads", BODY]
    assert all(label in ("chrome", "prompt", "promo") for label, _ in found[:len(furniture)]), found
    assert found[-2:] == [("headline", "River closes two county roads"), ("body", BODY)]
    assert text_metadata(label_blocks(text))["headline"] == "River closes two county roads"


def test_a_headline_with_initials_is_a_headline():
    text = f"G.O.P. Leader Sees U.S. Roads Closing\n\n{BODY}"
    assert labelled(text)[0] == ("headline", "G.O.P. Leader Sees U.S. Roads Closing")


@pytest.mark.parametrize("title, site, expected", [
    ("River closes roads - The Washington Post", "", "River closes roads"),
    ("River closes roads | Reuters", "", "River closes roads"),
    ("River closes roads | Politics | The Daily Planet", "The Daily Planet", "River closes roads"),
    ("River closes roads - thedailyplanet.com", "The Daily Planet", "River closes roads"),
    ("Lakers - Grizzlies", "", "Lakers - Grizzlies"),
    ("Roads close - and stay shut", "", "Roads close - and stay shut"),
])
def test_site_suffix_is_taken_off_a_title(title, site, expected):
    assert strip_site_suffix(title, site) == expected


def test_a_headline_line_loses_its_site_suffix_but_the_block_keeps_its_text():
    text = f"River closes roads | Fox News\n\n{BODY}"
    assert labelled(text)[0] == ("headline", "River closes roads | Fox News")
    assert text_metadata(label_blocks(text))["headline"] == "River closes roads"


def test_interview_questions_are_body_and_an_explainer_heading_a_subhead():
    questions = ["Why did you close the bridge?", "Q: Who pays for it?", "KELLY: What happens now?"]
    answers = ["The engineers told me it was not safe, and I will not take chances with lives.",
               "The state pays most of it and the town pays the rest, over five years.",
               "The bridge stays shut until May, and then we will see what the engineers say."]
    parts = ["Mayor on the bridge", BODY]
    for question, answer in zip(questions, answers):
        parts += [question, answer]
    parts += ["What is happening?", "The river is still rising in the north of the county."]
    found = labelled("\n\n".join(parts))
    assert [label for label, text in found if text in questions] == ["body"] * 3
    assert ("subhead", "What is happening?") in found


def test_relative_dates_count_from_a_stated_update_date():
    story = nk.story_from_texts({
        "a": "Roads close\n\nUpdated 8:30 AM ET, Sun July 15, 2018\n\nThe river rose on Saturday.",
        "b": "Roads close\n\nThe river rose fast on Saturday.",
    })
    found = relative_dates(story).set_index("version")
    assert (found.loc["a", "resolved"], found.loc["a", "reference_source"]) == ("2018-07-14", "updated in text")
    assert found.loc["b", "resolved"] == ""


@pytest.mark.parametrize("field, expected", [
    ("Account You're logged in", ""),
    ("Jane Doe; Jdoe", "Jane Doe"),
    ("Jane Doe; jane.doe@example.com", "Jane Doe"),
    ("Jane Roe; AP Photo", ""),
    ("Jane Doe; Jane Roe/AP Photo", "Jane Doe"),
    ("By Jane Doe and John Roe", "Jane Doe; John Roe"),
    ("Jane Doe; Jane Doe", "Jane Doe"),
    ("Reuters", "Reuters"),
    ("Jane Doe; Reuters", "Jane Doe; Reuters"),
])
def test_author_fields_lose_page_furniture(field, expected):
    assert clean_author(field) == expected


PARAGRAPHS = (
    "<p>The county closed two roads on Sunday after the river rose, officials said on Monday morning.</p>"
    "<p>Crews put up barriers at both ends of the old bridge and sent traffic through the town centre.</p>"
    "<p>The roads should open again once engineers have checked the bridge, perhaps by the end of May.</p>"
)


def page(head: str, article: str) -> bytes:
    return f"<html><head>{head}</head><body><article>{article}{PARAGRAPHS}</article></body></html>".encode()


def test_html_author_with_login_text_and_a_user_name_is_cleaned():
    found = extract_html(page('<title>x</title><meta name="author" content="Jane Doe, jdoe">', ""), "a.html")
    assert found["author"] == "Jane Doe"
    found = extract_html(page("<title>x</title>", '<div class="byline"><span class="author">Account You\'re '
                                                  "logged in</span></div>"), "b.html")
    assert found["author"] == ""


def test_html_title_loses_the_site_suffix_in_the_title_and_the_text():
    head = ('<title>River closes roads | Reuters</title>'
            '<meta property="og:title" content="River closes roads | Reuters">')
    found = extract_html(page(head, ""), "a.html")
    assert found["title"] == "River closes roads"
    assert found["text"].startswith("River closes roads\n\n") and "| Reuters" not in found["text"]


@pytest.mark.parametrize("credit", ["Jane Roe/AP Photo", "(AP Photo/Jane Roe)", "Jane Roe/Getty Images"])
def test_a_photo_credit_glued_to_the_first_word_is_set_apart(credit):
    found = extract_html(page("<title>x</title>", f'<p><span class="credit">{credit}</span>The county voted.</p>'),
                         "a.html")
    assert f"{credit}\n\nThe county voted." in found["text"]


def test_a_short_interview_question_in_a_page_is_kept_as_body(tmp_path):
    article = "<p>Why did you close the bridge?</p>"
    found = extract_html(page("<title>Mayor on the bridge</title>", article), "a.html")
    version = nk.story_from_texts({"a": found["text"], "b": "Other."})["a"]
    assert "Why did you close the bridge?" in version.body


def test_a_text_holding_only_a_section_name_keeps_it_as_body():
    assert labelled("U.S.") == [("body", "U.S.")]


def test_stacked_headline_byline_and_date_lines_are_cut_line_by_line():
    text = (f"River closes roads\nBy Jane Doe, Associated Press\r\nPosted 3:57 pm, July 15, 2018\n\n{BODY}\n\n"
            "Share\ne-mail\n\nThe water should go down by Tuesday.")
    blocks = label_blocks(text)
    assert "".join(blocks["text"]) == text
    assert labelled(text) == [
        ("headline", "River closes roads"), ("byline", "By Jane Doe, Associated Press"),
        ("date", "Posted 3:57 pm, July 15, 2018"), ("body", BODY), ("prompt", "Share"), ("prompt", "e-mail"),
        ("body", "The water should go down by Tuesday."),
    ]
    meta = text_metadata(blocks)
    assert (meta["byline"], meta["published_in_text"]) == ("Jane Doe", "2018-07-15T15:57")


@pytest.mark.parametrize("paragraph", [
    "Officials said the river would crest on Monday and\nBy Tuesday, the water had gone down.",
    "River closes roads\nThe county closed two roads on Sunday.",
])
def test_a_wrapped_paragraph_is_not_cut_into_lines(paragraph):
    assert labelled(f"{BODY}\n\n{paragraph}")[-1] == ("body", paragraph)


def test_a_dotted_date_is_read_day_first():
    from newskit.metadata import parse_date

    assert parse_date("05.02.2026") == "2026-02-05" and parse_date("27.02.2026. 06:20h") == "2026-02-27T06:20"


def test_the_printed_headline_is_preferred_to_the_page_title_that_carries_the_site_name():
    from newskit.blocks import label_blocks
    from newskit.metadata import text_metadata

    title = "Council shuts the old bridge for two years"
    raw = f"{title} | City news - Planet\n\n{title}\n\nBy\n\nJane Roe\n\nThe council voted on Tuesday to shut it."
    meta = text_metadata(label_blocks(raw))
    assert meta["headline"] == title and meta["byline"] == "Jane Roe"


def test_a_headline_printed_over_the_byline_in_other_words_than_the_title_is_the_headline():
    raw = "\n\n".join(("Port, ministry agree to slow the sale of harbour assets", "Menu", "Europe",
                       "Ministry and port agree to slow the sale of the harbour's assets abroad for now",
                       "Published March 3, 2026", "Jane Roe",
                       "The ministry has postponed the sale of the port operator's holdings, two people said.",
                       "Buyers now have until May to close their offers."))
    blocks = label_blocks(raw)
    assert text_metadata(blocks)["headline"] == (
        "Ministry and port agree to slow the sale of the harbour's assets abroad for now")


@pytest.mark.parametrize("site, stated", [
    ("The Planet", "Ministry and port agree to slow the sale of harbour assets — Reuters"),
    ("Reuters", "Ministry and port agree to slow the sale of harbour assets"),
])
def test_an_outlet_after_a_printed_headline_is_cut_only_when_the_pages_title_names_it(site, stated):
    raw = "\n\n".join((f"Port sale slowed as ministry steps in / {site}", "Menu", "Europe",
                       "Ministry and port agree to slow the sale of harbour assets — Reuters",
                       "Published March 3, 2026",
                       "The ministry has postponed the sale of the port operator's holdings, two people said.",
                       "Buyers now have until May to close their offers."))
    assert text_metadata(label_blocks(raw))["headline"] == stated


@pytest.mark.parametrize("place, dateline", [("ELMTON", "ELMTON"), ("ELMTON, EASTLAND", "ELMTON, EASTLAND"),
                                             ("ANALYSIS", None)])
def test_a_place_in_capitals_alone_between_the_date_line_and_the_article_is_its_dateline(place, dateline):
    raw = "\n\n".join(("Port sale slowed as ministry steps in", "Jane Roe |", "03.03.2026 - Update : 03.03.2026",
                       place, "The ministry has postponed the sale of the port operator's holdings, two people said.",
                       "Buyers now have until May to close their offers."))
    blocks = label_blocks(raw)
    assert (blocks.loc[blocks["text"] == place, "label"].item() == "dateline") == bool(dateline)
    assert text_metadata(blocks).get("dateline_place") == dateline


@pytest.mark.parametrize("between", [[], ["Politics"]])
def test_the_headline_printed_over_the_byline_is_stated_when_a_place_line_opened_the_page(between):
    headline = "County closes two roads as the river keeps rising"
    text = "\n\n".join(["Harbourton, ME", "Home", "Weather", headline, *between, "Jane Roe", "May 3, 2024", BODY,
                       "The roads will stay shut until the water falls, the county said."])
    blocks = label_blocks(text)
    assert blocks.loc[blocks["text"] == headline, "label"].tolist() == ["headline"]
    assert text_metadata(blocks)["headline"] == headline


def test_a_masthead_slogan_printed_twice_is_no_headline_but_a_columns_headline_under_its_byline_is():
    headline = "Why the ferry crews are right to strike this spring"
    text = "\n\n".join(["Ferry crews strike | Opinion - The Harbour Post", "Skip to main content",
                       "The Harbour Never Sleeps", "The Harbour Never Sleeps", "Opinion", "Jane Roe", headline,
                       "The port's owners have asked too much of them for too long.", "May 3, 2024", BODY,
                       "The roads will stay shut until the water falls, the county said."])
    blocks = label_blocks(text)
    assert "headline" not in blocks.loc[blocks["text"] == "The Harbour Never Sleeps", "label"].tolist()
    assert blocks.loc[blocks["text"] == headline, "label"].tolist() == ["headline"]
    assert text_metadata(blocks)["headline"] == headline


def test_a_series_name_over_its_dated_headline_is_not_stated_for_the_headline():
    headline = "Harbour freight report, May 3, 2024"
    blocks = pd.DataFrame({"label": ["headline", "headline", "headline", "date", "body"],
                           "text": ["Harbour freight report, May 3 | The Planet", "Harbour freight report", headline,
                                    "May 3, 2024", BODY]})
    assert text_metadata(blocks)["headline"] == headline


def test_a_headline_reworded_from_the_title_over_its_dek_and_byline_is_stated():
    headline = "Ferry crews vote to strike over pay"
    blocks = pd.DataFrame({"label": ["headline", "headline", "subhead", "byline", "body"],
                           "text": ["Ferry crews vote to strike, harbour update | The Planet", headline,
                                    "Talks with the port broke down last week.", "Jane Roe", BODY]})
    assert text_metadata(blocks)["headline"] == headline


def test_a_sites_contact_link_over_the_date_is_no_byline_but_a_name_under_it_is():
    text = "\n\n".join(["Ferry crews vote to strike over pay | The Planet", "Our Team", "Contact Us", "May 3, 2024",
                       "Jane Roe", BODY, "The roads will stay shut until the water falls, the county said."])
    assert text_metadata(label_blocks(text))["byline"] == "Jane Roe"


def test_a_heading_closing_on_a_plural_page_noun_is_no_byline():
    over_date = ["Harbour report, May 3 | The Planet", "Field Notes", "May 3, 2024", BODY]
    after_authors = ["Bridge shuts for repairs | The Planet", "Contributors", "Media Partners", BODY]
    after_body = ["Bridge shuts for repairs", BODY, "MORE NEWS |", "Ferry crews vote to strike over pay",
                  "The roads will stay shut until the water falls, the county said."]
    for lines in (over_date, after_authors, after_body):
        assert "byline" not in text_metadata(label_blocks("\n\n".join(lines)))


def test_a_name_closing_on_a_plural_that_is_also_a_surname_is_still_a_byline():
    text = "\n\n".join(["Harbour report, May 3 | The Planet", "Jane Banks", "May 3, 2024", BODY])
    assert text_metadata(label_blocks(text))["byline"] == "Jane Banks"


def test_a_menus_section_names_run_together_are_no_headline():
    menu = "World Sports Business Science Arts Travel Food Style Health Weather"
    text = "\n\n".join([menu, "* Ferry crews vote to strike over pay", "Council shuts the old bridge for repairs",
                       BODY])
    assert text_metadata(label_blocks(text)).get("headline") != menu


def test_a_long_headline_without_function_words_but_with_punctuation_is_still_stated():
    headline = "Harbour Strike: Ferry Crews' Pay Talks Collapse, Union Leaders Warn Commuters Tuesday"
    text = "\n\n".join([headline, "Jane Roe", "May 3, 2024", BODY])
    assert text_metadata(label_blocks(text))["headline"] == headline


def test_a_wire_agencys_full_company_name_over_the_date_is_its_outlet_not_the_byline():
    text = "\n\n".join(["Ferry crews vote to strike over pay", "Thomson Reuters", "May 3, 2024",
                       "By Jane Roe and Al Poe", BODY])
    meta = text_metadata(label_blocks(text))
    assert meta["byline"] == "Jane Roe, Al Poe" and meta["agency"] == "Reuters"


def test_a_short_section_line_over_the_byline_is_no_headline():
    text = "\n\n".join(["County closes two roads", "Local news", "Jane Roe", "May 3, 2024", BODY])
    assert text_metadata(label_blocks(text))["headline"] == "County closes two roads"


def test_a_one_word_section_line_over_the_article_states_no_headline():
    assert "headline" not in text_metadata(label_blocks(f"Funding\n\n{BODY}"))


def test_a_headline_block_below_the_article_states_no_headline():
    blocks = pd.DataFrame({"label": ["body", "headline"], "text": [BODY, "Ferry crews vote to strike over pay"]})
    assert "headline" not in text_metadata(blocks)


def test_a_headline_and_dek_set_in_bold_on_one_line_state_the_headline_alone_without_its_bold():
    raw = ("**Council shuts the old bridge for two years** **Engineers say the piers are failing, the mayor said.**\n"
           "The council voted on Tuesday to close the old bridge for repairs.\n"
           "Engineers said the piers were failing after the spring flood.")
    assert text_metadata(label_blocks(raw))["headline"] == "Council shuts the old bridge for two years"


def test_a_heading_over_a_forms_prompts_only_is_no_headline_and_the_next_one_is_stated():
    lines = [("chrome", "Council shuts the old bridge | The Planet"), ("promo", "Ad Feedback"),
             ("headline", "### The Planet values your feedback"), ("prompt", "1. Was this ad relevant to you?"),
             ("prompt", "2. Did the ad load slowly?"), ("subhead", "Cancel Submit"),
             ("headline", "# Council shuts the old bridge"), ("byline", "By Jane Roe"), ("body", BODY)]
    blocks = pd.DataFrame(lines, columns=["label", "text"])
    assert text_metadata(blocks)["headline"] == "Council shuts the old bridge"
    assert "headline" not in text_metadata(blocks.iloc[:6])
    kept = blocks.iloc[[0, 1, 2, 8]]  # a heading over the article's text is kept
    assert text_metadata(kept)["headline"] == "The Planet values your feedback"


def test_a_sections_name_and_rubric_between_bars_is_no_headline():
    blocks = pd.DataFrame({"label": ["headline", "body", "body"],
                           "text": ["Finance & trade | Harbour tolls", BODY, "The roads will stay shut, it said."]})
    assert "headline" not in text_metadata(blocks)


@pytest.mark.parametrize("title_at_end", [False, True])
def test_the_titles_headline_printed_again_above_the_article_is_stated_whatever_its_label(title_at_end):
    headline = "County keeps two roads shut as the river rises"
    title = f"{headline} - The Valley Post - News from the valley"
    lines = ["Menu", "Thank you!", "Weather", headline, "Jane Roe", BODY, "The roads will stay shut, it said.",
             "About us"]
    labels = ["chrome", "body", "chrome", "promo", "byline", "body", "body", "chrome"]
    lines, labels = (lines + [title], labels + ["chrome"]) if title_at_end else ([title, *lines], ["chrome", *labels])
    assert text_metadata(pd.DataFrame({"label": labels, "text": lines}))["headline"] == headline


MENU_PAGE = ["Crews strike at the harbour, union says - Harbour Post", "We connect the valley to its news, every day.",
             "Menu", "Ferry crews vote to strike over pay\n==========", "Gift this article", "[Contact us](/contact)",
             "By Jane Roe", "May 3, 2024", BODY, "The roads will stay shut until the water falls, the county said."]


def test_a_headline_over_share_buttons_and_links_above_its_byline_is_made_headline_past_a_stray_menu_blurb():
    from newskit.blocks import _headline_over_byline

    labels = ["headline", "body", "chrome", "subhead", "subhead", "read_more", "byline", "date", "body", "body"]
    assert _headline_over_byline(MENU_PAGE, labels)[3] == "headline"


def test_the_headline_over_share_buttons_and_links_above_its_byline_is_stated_past_a_stray_menu_blurb():
    labels = ["headline", "body", "chrome", "headline", "subhead", "read_more", "byline", "date", "body", "body"]
    assert text_metadata(pd.DataFrame({"label": labels, "text": MENU_PAGE}))["headline"] == (
        "Ferry crews vote to strike over pay")


def test_another_storys_headline_over_a_menus_short_items_and_its_date_is_not_stated():
    texts = ["Council shuts the old bridge - Planet", "Why the ferry crews are right to strike", "English", "Deutsch",
             "May 3, 2024", "Council shuts the old bridge", BODY, "The roads will stay shut, the county said."]
    labels = ["headline", "headline", "subhead", "subhead", "date", "headline", "body", "body"]
    assert text_metadata(pd.DataFrame({"label": labels, "text": texts}))["headline"] == "Council shuts the old bridge"


def test_read_more_in_capitals_beside_a_teasers_date_is_no_byline():
    text = "\n\n".join(["River closes two county roads", BODY, "The roads will stay shut, the county said.",
                        "Related Research", "Harbour freight report, May 2, 2026", "READ MORE", "May 2, 2026",
                        "Harbour freight report, May 1, 2026", "READ MORE", "May 1, 2026"])
    assert "READ MORE" not in [line for label, line in labelled(text) if label == "byline"]
    assert "byline" not in text_metadata(label_blocks(text))


@pytest.mark.parametrize("line, agency", [
    ("By JANE DOE, ASSOCIATED PRESS", "AP"), ("BY THE ASSOCIATED PRESS", "AP"), ("By Jane Doe, REUTERS", "Reuters"),
    ("By Jane Doe and the Xinhua News Agency", "Xinhua"), ("BY UNITED PRESS INTERNATIONAL", "UPI"),
])
def test_an_agency_a_byline_writes_in_any_case_is_the_agency_stated(line, agency):
    assert text_metadata(label_blocks(f"River closes roads\n\n{line}\n\n{BODY}"))["agency"] == agency


def test_names_under_a_researchers_heading_are_the_byline():
    text = "\n\n".join(["River closes two county roads", BODY, "The roads will stay shut, the county said.",
                        "Researchers", "Jane Roe", "Flood Researcher", "Al Poe", "Flood Analyst"])
    assert text_metadata(label_blocks(text))["byline"] == "Jane Roe"


MENU = ["Sections", "News", "Sports", "Weather", "Real Estate", "Search"]


def test_a_bylines_title_and_the_writers_handle_under_it_are_not_taken_for_the_headline():
    headline = "County closes two roads as the river keeps rising"
    text = "\n\n".join([*MENU, headline, "Share:", "Jane Roe, Planet Web Content Writer", "@janeroe",
                       "Published Friday, May 3, 2024 5:28AM EDT", BODY, "The roads stay shut, the county said."])
    blocks = label_blocks(text)
    assert blocks.loc[blocks["text"] == headline, "label"].tolist() == ["headline"]
    assert text_metadata(blocks)["headline"] == headline
    assert text_metadata(blocks)["byline"].startswith("Jane Roe")


def test_a_name_with_the_time_of_posting_after_it_is_a_byline_not_the_headline():
    headline = "County closes two roads as the river keeps rising"
    text = "\n\n".join([*MENU, headline, "Jane Roe    May 3, 2024 12:45 PM", "May 3, 2024 1:35 PM", BODY])
    blocks = label_blocks(text)
    assert blocks.loc[blocks["text"].str.startswith("Jane Roe"), "label"].tolist() == ["byline"]
    assert text_metadata(blocks)["headline"] == headline
    assert text_metadata(blocks)["byline"] == "Jane Roe"


def test_the_headline_over_the_byline_is_stated_past_a_menu_printing_the_days_date():
    headline = "County closes two roads as the river keeps rising"
    text = "\n\n".join(["Subscribe", "Login", "Tuesday, June 4, 2024", "Harbour County", "Sports", "Opinion",
                       headline, "By Jane Roe", "Published: May 3, 2024, 1:15pm", BODY])
    assert text_metadata(label_blocks(text))["headline"] == headline


def test_the_headline_over_a_datelined_dek_over_the_byline_is_stated():
    headline = "County closes two roads as the river keeps rising"
    dek = "HARBOURTON, Maine — The county shut two roads on Friday as the river rose, officials said."
    text = "\n\n".join([*MENU, headline, dek, "Jane Roe    May 3, 2024 12:45 PM", "May 3, 2024 1:35 PM", dek,
                       "The roads will stay shut until the water falls, the county said."])
    assert text_metadata(label_blocks(text))["headline"] == headline


def test_a_headline_between_a_byline_and_its_date_is_stated_under_a_menus_heading():
    headline = "County closes two roads as the river keeps rising"
    text = "\n\n".join([*MENU, "By Jane Roe", headline, "May 3, 2024 | 10:15 AM", BODY])
    assert text_metadata(label_blocks(text))["headline"] == headline


def test_a_site_named_by_its_address_is_no_files_name_nor_an_encoded_addresss_tail():
    from newskit.text import letters
    from newskit.text.lexicon import SITE_ADDRESS_PATTERN
    site = letters.compile(SITE_ADDRESS_PATTERN)  # the package reads letters by Unicode category: \p{Lu}
    assert [m.group(0) for m in site.finditer("Jane Roe, PlanetNews.ca and Elm.com.au")] == ["PlanetNews.ca",
                                                                                         "Elm.com.au"]
    assert site.search("Harbour_Map_2024.jpg and Annual-Report.pdf") is None
    assert site.search("share?u=https%3A%2Fwww.planet.com%2Fstory") is None


def test_the_date_beside_the_headline_is_read_before_a_menus_day_at_the_top():
    text = (f"Home\n\nWorld\n\nSaturday, 28 February 2026\n\nSport\n\nFriday 27 February 2026 - 08:01\n\n"
            f"River closes roads\n\n{BODY}\n\nThe roads open again in May.")
    assert text_metadata(label_blocks(text))["page_date"] == "2026-02-27T08:01"
    lone = text.replace("Friday 27 February 2026 - 08:01\n\n", "")
    assert text_metadata(label_blocks(lone))["page_date"] == "2026-02-28"


@pytest.mark.parametrize("mark", ["# ", "**"])
def test_an_outlets_name_set_as_a_heading_states_no_headline(mark):
    heading = f"{mark}The Washington Post{mark.strip() if mark == '**' else ''}"
    text = f"{heading}\n\n{BODY}\n\nOfficials said the roads would open again on Friday."
    assert "headline" not in text_metadata(label_blocks(text))



def test_a_standfirst_printed_where_no_headline_is_states_no_headline():
    dek = "Talks on the ferry fares are making progress, but the two sides are apart on pay, a union official says"
    assert "headline" not in text_metadata(label_blocks(f"{dek}\n\n{BODY}\n\nThe talks resume on Monday."))
    headline = "Ferry Talks Make Progress but the Two Sides Are Still Apart on Pay, a Union Official Says"
    assert text_metadata(label_blocks(f"{headline}\n\n{BODY}"))["headline"] == headline
    short = "Ferry talks make progress but the two sides are still apart on pay"
    assert text_metadata(label_blocks(f"{short}\n\n{BODY}"))["headline"] == short


_INJURED = "Dozens more were injured in the fire at the old mill in Elmton"


@pytest.mark.parametrize("first, under, stated", [
    (_INJURED, [], None),
    (_INJURED, ["Crews worked through the night to save the mill"], None),  # a dek over a second summary line
    ("Dozens more injured in fire at old mill in Elmton", [], "Dozens more injured in fire at old mill in Elmton"),
    ("Mill owner says 'dozens were injured' in fire", [], "Mill owner says 'dozens were injured' in fire"),
    ("Elmton mourns dead of worst fire since mill was opened", ["Fire at old mill killed 4 workers: police"],
     "Elmton mourns dead of worst fire since mill was opened"),  # a headline's clause keeps its auxiliary
])
def test_a_dek_keeping_a_passives_auxiliary_where_no_headline_is_states_no_headline(first, under, stated):
    text = "\n\n".join([first, *under, BODY, "The mill stays shut."])
    assert text_metadata(label_blocks(text)).get("headline") == stated


def test_an_explainers_run_of_questions_states_no_headline():
    text = "\n\n".join(["What is the new bridge toll?", "Who pays the toll?", BODY,
                        "How long will it last?", "The county says a year."])
    assert "headline" not in text_metadata(label_blocks(text))
    asked = "Who pays the new bridge toll?"
    assert text_metadata(label_blocks(f"{asked}\n\n{BODY}"))["headline"] == asked
