"""Block labels on scraped pages kept one line per paragraph: what a page prints around the article (a headline
printed twice, a standfirst, bylines on two lines, an author's initials, lists of other stories, field names) is
set aside, while the article's paragraphs, short ones included, stay body. Texts are written for these tests."""

import time

import pytest

from newskit.blocks import (_BOX_HEADING, _KICKER, DATE_LINE, _bullet_among_set_aside, _copied_captions, _heading_level,
                            label_blocks)
from newskit.cues import credit_sources
from newskit.metadata import text_metadata
from newskit.quotations import quotes
from newskit.story import sentences, story_from_texts

ARTICLE = [
    "CAPITAL (Wire) - The ministry has postponed the sale of the port operator's foreign holdings, two people said.",
    "Buyers now have until May to close their offers, a document seen by the agency showed.",
    "“We are in no hurry,” an official said.",
    "Talks will resume next week.",
]


def labels_of(raw: str) -> dict[str, str]:
    blocks = label_blocks(raw)
    return {text: label for text, label in zip(blocks["text"], blocks["label"]) if label != "whitespace"}


def body_of(raw: str) -> list[str]:
    blocks = label_blocks(raw)
    return blocks.loc[blocks["label"] == "body", "text"].tolist()


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def paragraphs(*texts: str) -> str:
    return "\n\n".join(texts) + "\n"


def test_a_headline_printed_again_above_the_article_is_headline():
    raw = page("Ministry slows port sale to press for a deal | The Evening Lamp", "News", "Sign In",
               "Ministry slows port sale to press for a deal", "Jane Roe", "Mar 3, 2026 | 9:05 AM", *ARTICLE)
    labels = labels_of(raw)
    assert labels["Ministry slows port sale to press for a deal"] == "headline"
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_a_reworded_headline_repeat_is_headline_but_a_sentence_sharing_its_words_stays_body():
    raw = page("Ministry again slows sale of port assets in talks – Evening Lamp", "Menu",
               "Ministry again slows sale of port assets in the talks", *ARTICLE,
               "The ministry slows the sale of port assets in talks.")
    labels = labels_of(raw)
    assert labels["Ministry again slows sale of port assets in the talks"] == "headline"
    assert labels["The ministry slows the sale of port assets in talks."] == "body"


def test_a_long_paragraph_holding_every_word_of_a_short_headline_stays_body():
    closing = ("The council will meet again on Friday, a spokesperson said, and more details on the bridge, the ferry "
               "and the closed roads in the town will follow in the news from the region's radio station")
    raw = page("In the news", "Menu", "Bridge shut in Elmshire", "By Jo Lee", *ARTICLE, closing)
    assert labels_of(raw)[closing] == "body"


def test_a_standfirst_above_the_byline_is_set_aside_and_the_lead_stays_body():
    raw = page("Port sale slowed", "The deadline moves to May as the ministry seeks leverage in the talks.",
               "By Jane Roe", "March 3, 2026", *ARTICLE)
    labels = labels_of(raw)
    assert labels["The deadline moves to May as the ministry seeks leverage in the talks."] == "subhead"
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_without_a_byline_below_it_the_first_paragraph_is_body():
    raw = "Port sale slowed\n\n" + "\n\n".join(ARTICLE)
    assert body_of(raw)[1:] == ARTICLE[1:] and len(body_of(raw)) == len(ARTICLE)


def test_a_byline_printed_on_two_lines_and_initials_alone_are_bylines():
    raw = page("Port sale slowed", "By", "Jane Q Roe", "March 3, 2026", *ARTICLE, "J.R.", "By", "Wire/Desk staff")
    labels = labels_of(raw)
    assert labels["By"] == labels["Jane Q Roe"] == labels["J.R."] == labels["Wire/Desk staff"] == "byline"
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_a_list_of_other_stories_with_names_and_dates_is_promo():
    listing = []
    for n, title in enumerate(["Mayor opens the new library. Readers queue from dawn.",
                               "Flood defences tested on the river: “It held,” engineers say",
                               "Council of St. Anne's votes on parking, buses and bins"]):
        listing += ["Sam Writer", f"0{n + 1}/03/2026 10:1{n}", title]
    raw = page("Port sale slowed", *ARTICLE, "Recommended", *listing, "Show more")
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_titles_in_a_list_may_hold_an_abbreviation_a_tag_or_a_question():
    raw = page("Port sale slowed", *ARTICLE, "Comments", "Leave a Reply",
               "Twelve charged after protest at St. Paul church",
               "Storm closes the coast road (MAP)",
               "Moving abroad? New rules for drivers explained",
               "Studio Line 1:", "(555) 010-2030")
    assert body_of(raw)[1:] == ARTICLE[1:]
    assert labels_of(raw)["Studio Line 1:"] == "chrome"


def test_short_article_paragraphs_and_quotations_after_a_subhead_stay_body():
    raw = page("Port sale slowed", "By Jane Roe", *ARTICLE[:2], "What comes next", "He agreed.",
               "“Not yet,” she said.", "The vote is on Friday", *ARTICLE[2:])
    body = body_of(raw)
    for line in ("He agreed.", "“Not yet,” she said.", *ARTICLE[1:]):
        assert line in body


def test_a_page_kept_one_line_per_paragraph_is_not_rewrapped_when_its_lines_are_cut_before_links():
    lines = ["Port sale slowed", "News", "World",
             "Months after the deadline first passed, the ministry again delayed the sale of the operator's holdings "
             "abroad, a decision its own advisers had warned against in a report to parliament, which", "told",
             "reporters that the holdings in six countries were worth more than expected and that buyers had asked",
             "for more time", "Officials expect a decision before the summer, when the next round of talks opens."]
    blocks = label_blocks(page(*lines))
    assert blocks.loc[blocks["label"] != "whitespace", "text"].tolist()[-2:] == ["\n".join(lines[3:7]), lines[7]]


def test_lines_cut_before_links_with_room_left_are_not_taken_for_a_wrapped_text():
    # paragraph lines of nearly even width, most ending mid-sentence where a link began, with room for more words
    cut = ("The ministry said on {} that the sale of the port operator would be delayed again, after buyers asked "
           "for more time to study the accounts and the unions warned of strikes, and that")
    whole = cut.format("Sunday").removesuffix(", and that") + (
        " on the coast; the ministry expects to name a buyer before the summer.")
    lines = ["Port sale slowed", "Menu", "Search", cut.format("Monday"), "the holdings", whole,
             cut.format("Friday"), "talks", cut.format("Tuesday"), "advisers", "Tags", "Ports", "Trade"]
    assert all(len(cut) > 0.75 * len(whole) and len(cut) + 12 < 0.85 * len(whole) for cut in (lines[3], lines[6], lines[8]))
    blocks = label_blocks(page(*lines))
    texts = blocks.loc[blocks["label"] != "whitespace", "text"].tolist()
    assert texts[3:7] == ["\n".join(lines[3:5]), whole, "\n".join(lines[6:8]), "\n".join(lines[8:10])]


def test_a_page_with_two_menus_run_together_into_wide_lines_is_not_taken_for_a_wrapped_text():
    menu = " ".join(f"{place}NewsLocal" for place in ("Harbour", "Valley", "Coast", "Ridge", "Lake", "Bay") * 5)
    raw = page("Sign In", "Register", menu, "Search", "Home", "Ferry line sale delayed again, ministry says",
               *ARTICLE, "Share on Facebook", "More Local News", menu, "About", "Contact Us")
    blocks = label_blocks(raw)
    assert "\n" not in "".join(blocks.loc[blocks["label"] != "whitespace", "text"])
    assert body_of(raw) == [ARTICLE[0].split(" - ", 1)[1], *ARTICLE[1:]]


def test_a_wire_agency_note_of_first_publication_under_the_text_is_credit():
    raw = page("Ferry line sale delayed again, ministry says", *ARTICLE,
               "This report by The Wire Service was first published Jan. 28, 2022.", "Share on Facebook")
    assert labels_of(raw)["This report by The Wire Service was first published Jan. 28, 2022."] == "credit"
    assert body_of(raw) == [ARTICLE[0].split(" - ", 1)[1], *ARTICLE[1:]]


def test_a_note_on_the_partnership_or_grant_behind_a_story_or_where_it_first_ran_is_credit():
    notes = ("This story was produced via a partnership between The Lamp and Elm Radio.",
             "This story has been reported in partnership between The Lamp and Elm Radio based on files they obtained.",
             "Ferry coverage at The Lamp is made possible in part by a grant from the Elm Fund. The fund has no say.",
             "This article originally appeared in The Lamp.")
    for note in notes:
        raw = page("Ferry line sale delayed again, ministry says", *ARTICLE, note, "Share on Facebook")
        assert labels_of(raw)[note] == "credit"
        assert body_of(raw) == [ARTICLE[0].split(" - ", 1)[1], *ARTICLE[1:]]
    kept = ("The survey was supported by a grant from the Elm Fund, the ministry said.",
            "The ferry line was run in partnership with Elm Radio's owners until 2019.")
    raw = page("Ferry line sale delayed again, ministry says", *ARTICLE, *kept, "Share on Facebook")
    assert body_of(raw) == [ARTICLE[0].split(" - ", 1)[1], *ARTICLE[1:], *kept]


def test_a_note_that_a_story_uses_an_agency_copy_is_credit():
    notes = ("This report contains material from Reuters.", "This story includes material from the Associated Press.",
             "Information from Reuters and the Associated Press was used in this report.")
    for note in notes:
        raw = page("Ferry line sale delayed again, ministry says", *ARTICLE, note, "Share on Facebook")
        assert labels_of(raw)[note] == "credit"
        assert body_of(raw) == [ARTICLE[0].split(" - ", 1)[1], *ARTICLE[1:]]
    kept = "Information from Reuters shows the ferry line lost money in 2019."
    raw = page("Ferry line sale delayed again, ministry says", *ARTICLE, kept, "Share on Facebook")
    assert body_of(raw) == [ARTICLE[0].split(" - ", 1)[1], *ARTICLE[1:], kept]


def test_a_question_asked_of_the_reader_among_stated_subheads_is_a_subhead():
    raw = page("Ferry line sale delayed again, ministry says", ARTICLE[0], "Fares go up", ARTICLE[1],
               "Are you thinking of driving instead?", ARTICLE[2], "Timetables change", ARTICLE[3])
    assert labels_of(raw)["Are you thinking of driving instead?"] == "subhead"


def test_a_video_page_of_menus_titled_by_a_question_to_the_reader_has_that_question_for_headline():
    menus = ("Skip links", "Watch Live", "Elm Broadcasting Corporation", "Home", "News", "Sport", "Business", "Travel",
             "Earth", "Audio", "Video", "Weather")
    raw = page(*menus, "Could your ferry fares get cheaper?", "More on this story.", "13 hours ago", "Share")
    labels = labels_of(raw)
    assert labels["Could your ferry fares get cheaper?"] == "headline" and body_of(raw) == []
    assert labels["Elm Broadcasting Corporation"] == "chrome"


def test_a_title_opening_on_a_longer_question_of_options_is_the_headline():
    title = "Sell the boat, rent one or stay ashore? The cheapest ways to fish"
    raw = page(title, *ARTICLE)
    assert labels_of(raw)[title] == "headline" and title not in body_of(raw)


def test_the_lede_printed_as_the_dek_over_the_byline_is_kept_where_the_article_starts():
    lede = "The ministry has postponed the sale of the port operator's foreign holdings for a third time, two people said."
    raw = page("Sign In", "Create a free account.", "Ferry line sale delayed again, ministry says", lede,
               "Wire Service    Jan 28, 2022 12:45 PM", "Share on Facebook", "Share on Twitter", lede, *ARTICLE[1:],
               "Share on Facebook", "More Local News")
    blocks = label_blocks(raw)
    lines = blocks[blocks["text"] == lede]
    assert lines["label"].tolist()[1] == "body" and lines["label"].tolist()[0] != "body"


def test_a_teaser_card_under_a_label_ending_on_its_age_is_set_aside_though_its_summary_reports_speech():
    cards = []
    for age, title, summary in (
            ("2 hours", "Goat elected mayor of a small Vermont town in a landslide",
             "May 2 (Wire) -- The town clerk said the goat won by four votes after a recount on Tuesday."),
            ("3 hours", "Ferry crews vote to strike over the new rota for the summer",
             "May 2 (Wire) -- Union leaders said crews would walk out next week unless talks resumed."),
            ("5 hours", "Storm closes the coast road for the second time this month",
             "May 2 (Wire) -- Police said the road would stay shut until the debris was cleared.")):
        cards += [f"Odd News // {age} ago", title, summary]
    raw = page("Ferry line sale delayed again", "By Jane Roe", *ARTICLE, "Latest Headlines", *cards, "Contact Us")
    body = body_of(raw)
    assert not set(cards) & set(body) and ARTICLE[-1] in body


def test_a_text_wrapped_at_a_fixed_width_is_joined_only_where_the_next_word_did_not_fit():
    words = ("the harbour board met again on tuesday and agreed to delay the sale of the ferry line until the "
             "unions and the buyers had settled the terms of the new contracts for the crews").split()
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > 40:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    raw = "\n".join([*lines, line + "."]) + "\n"
    body = label_blocks(raw).query("label == 'body'")["text"].tolist()
    assert body == [raw.strip()]


def test_a_headline_closing_on_a_quotation_heads_the_text():
    raw = "Mayor Tells Council To 'Mind The Budget'\n\n" + "\n\n".join(ARTICLE)
    assert labels_of(raw)["Mayor Tells Council To 'Mind The Budget'"] == "headline"
    assert labels_of("“We will not go,” she said.\n\nIt rained.")["“We will not go,” she said."] == "body"


def test_a_line_after_the_articles_own_subhead_is_not_taken_for_a_list_title():
    raw = page("Port sale slowed", "By Jane Roe", *ARTICLE, "A town that held", "Before the war the port employed about",
               "9,000 people", "Its quays are quiet now.")
    assert "Before the war the port employed about" not in labels_of(raw) or labels_of(raw)[
        "Before the war the port employed about"] != "promo"


def test_a_heading_of_a_list_of_other_stories_is_a_link_line():
    raw = page("Port sale slowed", *ARTICLE, "More to Read", "Storm closes the coast road",
               "Council votes on parking and buses")
    labels = labels_of(raw)
    assert labels["More to Read"] == "read_more"
    assert body_of(raw)[1:] == ARTICLE[1:]


@pytest.mark.parametrize("title", [
    "Prosecutors plan to charge Rep. Lund, lawyer says",            # a title's abbreviation is no sentence end
    "The Mayor's Plan? A Ferry For The 'Whole Town'",               # two parts, in title case
])
def test_a_title_with_an_abbreviation_or_two_parts_heads_the_text(title):
    assert labels_of(title + "\n\n" + "\n\n".join(ARTICLE))[title] == "headline"


@pytest.mark.parametrize("opening", ["Prosecutors plan to charge him. A lawyer says so", "Is it over? Nobody in the town knows"])
def test_two_sentences_not_in_title_case_do_not_head_the_text(opening):
    assert labels_of(opening + "\n\n" + "\n\n".join(ARTICLE))[opening] != "headline"


def test_a_stray_closing_mark_does_not_make_a_headline():
    assert labels_of("uneasy on the north street”\n\nIt rained.")["uneasy on the north street”"] == "body"


def _labels_of(raw: str) -> dict[str, str]:
    blocks = label_blocks(raw)
    return dict(zip(blocks["text"], blocks["label"]))


def test_a_menu_line_printed_twice_is_set_aside_everywhere():
    raw = ("Council closes bridge\nHome\nCity Desk\nThe council voted on Tuesday to close the old bridge for repairs.\n"
           "Repairs will take two years, the mayor said at the meeting.\nHome\nCity Desk\n")
    labels = _labels_of(raw)
    assert labels["City Desk"] != "body"
    assert (label_blocks(raw)["label"] == "body").sum() == 2


def test_a_pull_quote_is_set_aside_but_the_paragraph_it_repeats_stays_body():
    quote = "“We cannot keep the bridge open another winter,” the mayor said on Tuesday."
    pulled = "“We cannot keep the bridge open another winter.”"
    raw = f"Council closes bridge\n\n{quote}\n\n{pulled}\n\nRepairs will take two years, officials said.\n"
    labels = _labels_of(raw)
    assert labels[quote] == "body" and labels[pulled] != "body"


def test_a_plain_sentence_between_body_paragraphs_said_again_later_in_a_longer_one_stays_body():
    line = "Only the town can decide whether the old bridge is worth saving."
    raw = page("Council closes bridge", "The council shut the bridge over the river on Monday after an inspection.",
               line, "Engineers found cracks in two of its piers and rust along the deck, the report said.",
               "The repairs would cost more than a new crossing. " + line + " A vote is due in May.")
    assert labels_of(raw)[line] == "body"
    for quoted in (f"“{line}”", f"'{line}'"):
        assert labels_of(raw.replace(line + "\n", quoted + "\n", 1))[quoted] != "body"


def test_a_generated_summary_over_the_article_is_set_aside_with_its_note():
    summary = ["* The ferry will stop for the winter.", "* Crews will repair the pier."]
    raw = "\n\n".join(["# Ferry to stop for winter", "## Summary", *summary, "Summaries were generated by AI.", *ARTICLE])
    assert body_of(raw)[1:] == ARTICLE[1:] and not set(summary) & set(body_of(raw))


def test_a_paragraph_printed_twice_keeps_its_first_copy_as_body():
    para = "The crossing will reopen in the spring of next year, engineers expect, after the piers are rebuilt."
    raw = f"Council closes bridge\n\n{para}\n\nRepairs will cost the city a great deal of money.\n\n{para}\n"
    blocks = label_blocks(raw)
    copies = blocks.loc[blocks["text"] == para, "label"].tolist()
    assert copies == ["body", "promo"]


def test_a_title_printed_twice_over_the_text_is_the_headline():
    title = "Gov. Jane Roe signs the budget bill"
    raw = f"{title}\n\n{title}\n\nThe governor signed the budget on Friday, her office said.\n"
    blocks = label_blocks(raw)
    assert blocks.loc[blocks["text"] == title, "label"].tolist() == ["headline", "headline"]


def test_a_sentence_cut_before_a_link_is_body_not_a_subhead():
    raw = ("Council closes bridge\nThe council voted on Tuesday to close the old bridge for repairs.\n"
           "Before the flood, the town was a quiet market town of about\n12,000 people\n"
           "and it has grown since then, the census shows.\n")
    sentence = "Before the flood, the town was a quiet market town of about\n12,000 people\nand it has grown since then"
    assert _labels_of(raw)[sentence + ", the census shows."] == "body"


def test_a_title_over_a_lower_case_menu_line_stays_a_subhead():
    raw = ("Council closes bridge\nThe council voted on Tuesday to close the old bridge for repairs.\n"
           "Ferry service expands to the north shore\nlist 1 of 2\nFerry fares rise again\n")
    assert _labels_of(raw)["Ferry service expands to the north shore"] != "body"


def test_a_subhead_that_is_one_quotation_is_not_body():
    raw = ("Council closes bridge\n\nThe council voted on Tuesday to close the old bridge for repairs.\n\n"
           "‘The river is not waiting for us’\n\nEngineers said the piers were failing.\n")
    assert _labels_of(raw)["‘The river is not waiting for us’"] == "subhead"


def test_teasers_under_a_list_heading_at_the_foot_of_the_article_are_not_body():
    teaser = "The ferry company said on Monday it would add two boats. Fares will rise in May."
    raw = ("Council closes bridge\n\nThe council voted on Tuesday to close the old bridge for repairs.\n\n"
           f"Engineers said the piers were failing.\n\nUseful reading:\n\n{teaser}\n\nTags:\n\nbridges\n")
    labels = _labels_of(raw)
    assert labels[teaser] != "body" and labels["Engineers said the piers were failing."] == "body"


def test_a_teaser_ending_in_a_full_stop_between_a_list_heading_and_a_date_is_not_body():
    teaser = "Ferries are full. The north shore waits."
    raw = ("Council closes bridge\n\nThe council voted on Tuesday to close the old bridge for repairs.\n\n"
           f"Engineers said the piers were failing.\n\nNews Feed\n\n{teaser}\n\n28/02/2026\n")
    assert _labels_of(raw)[teaser] != "body"


def test_titles_under_a_read_more_heading_ending_the_text_are_not_body():
    titles = ["A ferry ran aground off the north shore. Its passengers waded home.",
              "Rail fares rise again as the strike enters its third week"]
    raw = ("The council voted on Tuesday to close the old bridge for repairs.\n\n"
           "Engineers said the piers were failing.\n\nThe work starts in May.\n\nRead more:\n\n"
           + "\n\n".join(titles) + "\n")
    labels = _labels_of(raw)
    assert all(labels[t] != "body" for t in titles) and labels["The work starts in May."] == "body"


def test_paragraphs_under_a_bare_heading_ending_the_text_stay_body():
    raw = ("The council voted on Tuesday to close the old bridge for repairs.\n\n"
           "Engineers said the piers were failing.\n\nThe work starts in May.\n\nRelated\n\n"
           "The ferry will run every hour while the bridge is shut, the council said.\n")
    assert _labels_of(raw)["The ferry will run every hour while the bridge is shut, the council said."] == "body"


@pytest.mark.parametrize("line", ["27.02.2026", "Published 27.02.2026, 14:05", "2026-02-27T10:13:00Z",
                                  "Feb. 27, 2026 at 3:04 p.m. EST", "February 27, 2026, 8:30 AM ET",
                                  "Figures as of: 6:15 PM ET. Data cutoff: 1:00 PM ET.",
                                  "Data cutoff: 11:00am ET on March 3", "27 February, 02:20 PM", "Mar 3, 9:05 AM",
                                  "12 Published By - Elm News - Sport - 2026.02.27. 14:05"])
def test_more_date_line_formats_are_date_lines(line):
    assert _labels_of(f"Council closes bridge\n\n{line}\n\nThe council voted on Tuesday to close it.\n")[line] == "date"


def test_an_update_stamp_closing_a_story_with_its_word_and_no_zone_is_a_date_line():
    for stamp in ("Updated at 11:05 a.m.", "--Updated at 4:10 p.m.", "--This report was updated at 9 a.m."):
        raw = page("Port sale slowed", *ARTICLE, stamp)
        assert labels_of(raw)[stamp] == "date" and body_of(raw)[1:] == ARTICLE[1:]
    assert DATE_LINE.fullmatch("At 11:05 a.m.") is None and DATE_LINE.fullmatch("Posted at 9 a.m. by the port") is None


def test_a_publishers_line_needs_its_stamp_and_the_dash_after_by():
    assert DATE_LINE.fullmatch("Published by - Elm Press - a novel of 2017") is None
    assert DATE_LINE.fullmatch("Posted by Jo Roe - Sport - 2026.02.27. 14:05") is None


def test_a_version_number_is_no_date_line():
    assert DATE_LINE.fullmatch("12.02.20261") is None


def test_a_day_and_month_without_a_time_is_no_date_line():
    assert DATE_LINE.fullmatch("27 February") is None and DATE_LINE.fullmatch("March 3 in the valley") is None


def test_a_live_pages_day_under_its_updates_heading_is_a_date_line():
    found = labels_of(page("Port talks stall as strike enters second week", "The Latest", "- Talks stalled on Monday.",
                           "Updates", "May 21", *ARTICLE[1:]))
    assert found["May 21"] == "date" and all(found[line] == "body" for line in ARTICLE[1:])
    timeline = labels_of(page(*ARTICLE[:2], "27 February", *ARTICLE[2:]))
    assert timeline["27 February"] != "date"


def test_a_sentence_giving_a_time_as_of_which_is_no_date_line():
    assert DATE_LINE.fullmatch("As of 5 p.m. ET the roads were shut, police said.") is None


@pytest.mark.parametrize("line", ["By Jane Roe, Al Bo, Ann Poe and Tim Lee", "by Valley Wire Service", "Jane Roe |",
                                  "Jane ROE with Al BO in Riverton AFP", "Ann Poe in Riverton AP",
                                  "Foreign editor, Reporting fromRiverton", "Senior Correspondent, reporting from Elm Vale"])
def test_more_byline_forms_are_bylines(line):
    raw = f"Council closes bridge\n\n{line}\n\nThe council voted on Tuesday to close the old bridge for repairs.\n"
    assert _labels_of(raw)[line] == "byline"


def test_a_first_sentence_set_in_bold_is_body_but_a_bold_title_is_a_headline():
    lead = "**The council kept the old bridge shut on Monday after the floods.**"
    labels = _labels_of(f"{lead}\n\nRepairs will take two years, officials said.\n\nThe river rose by a metre.\n")
    assert labels[lead] == "body"
    assert _labels_of("**Council keeps bridge shut**\n\nRepairs will take two years, officials said.\n")[
        "**Council keeps bridge shut**"] == "headline"


def test_a_list_item_opening_a_page_is_no_headline():
    raw = "* Council keeps bridge shut\n* Repairs to take two years\n\nThe council voted on Tuesday to close it.\n"
    assert "headline" not in label_blocks(raw)["label"].tolist()


@pytest.mark.parametrize("line", ["BY THE NUMBERS", "BY LAND AND SEA", "BY GRACE OF GOD", "BY NOON TODAY"])
def test_a_heading_in_capitals_opening_on_by_names_no_one_and_is_no_byline(line):
    raw = f"Council closes bridge\n\nThe council voted on Tuesday to close the bridge.\n\n{line}\n\nIt costs $4m.\n"
    assert _labels_of(raw)[line] != "byline"
    assert _labels_of(raw.replace(line, "BY JANE ROE"))["BY JANE ROE"] == "byline"


def test_written_by_a_name_and_the_time_of_posting_is_a_byline_but_without_a_time_a_credit():
    line = "written by Jane Roe 10:41 AM May 5, 2026"
    raw = f"Council closes bridge\n\n{line}\n\nThe council voted on Tuesday to close the bridge.\n\nWritten by Jane Roe\n"
    labels = _labels_of(raw)
    assert labels[line] == "byline" and labels["Written by Jane Roe"] == "credit"


def test_a_title_of_two_sentences_printed_again_over_the_date_line_is_the_headline_both_times():
    title = "“Shut the bridge!” A councillor shouted it, then voted to keep it open"
    raw = f"{title}\n\nDonate\n\nMay 2, 2026\n\n{title}\n\nThe council voted on Tuesday.\n\nIt met again.\n"
    blocks = label_blocks(raw)
    assert blocks.loc[blocks["text"] == title, "label"].tolist() == ["headline", "headline"]


def test_a_reporter_reporting_from_a_place_in_a_sentence_is_no_byline():
    line = "Our editor, reporting from Riverton, found the bridge shut."
    assert _labels_of(f"Council closes bridge\n\n{line}\n\nThe council voted on Tuesday to close it.\n")[line] == "body"


def test_a_name_alone_next_to_a_date_line_is_a_byline_but_a_short_title_elsewhere_is_not():
    raw = ("Council closes bridge\nJane Roe\n27.02.2026 09:20\n"
           "The council voted on Tuesday to close the old bridge for repairs.\nRiver Works\n"
           "Engineers said the piers were failing after the spring flood.\n")
    labels = _labels_of(raw)
    assert labels["Jane Roe"] == "byline" and labels["River Works"] == "subhead"


def test_two_dates_joined_by_a_dash_and_update_make_one_date_line():
    line = "27.02.2026 - Update : 28.02.2026"
    assert _labels_of(f"Council closes bridge\n\n{line}\n\nThe council voted on Tuesday to close it.\n")[line] == "date"


def test_a_text_of_one_sentence_printed_twice_keeps_a_body():
    para = "The council voted on Tuesday to close the old bridge. Repairs will take two years, officials said."
    labels = label_blocks(f"{para}\n\n{para}")["label"].tolist()
    assert "body" in labels and "headline" not in labels


def test_a_title_case_line_ending_in_an_agency_is_no_byline():
    raw = "Council Talks Resume In Riverton AFP\n\nThe council voted on Tuesday to close the old bridge for repairs.\n"
    assert _labels_of(raw)["Council Talks Resume In Riverton AFP"] != "byline"


@pytest.mark.parametrize("line", ["6 hrs ago", "Updated", "Yesterday at 7:00 a.m. EST"])
def test_relative_dates_and_a_date_word_alone_are_date_lines(line):
    raw = f"Council closes bridge\n\n{line}\n\nThe council voted on Tuesday to close it.\n"
    assert _labels_of(raw)[line] == "date"


@pytest.mark.parametrize("line", ["May 2, 202609:15 AM GMTUpdated 3 hours ago", "May 2, 2026 9:15 AM GMT Updated ago"])
def test_a_date_glued_to_its_time_and_how_long_ago_it_was_updated_is_a_date_line(line):
    raw = f"Council closes bridge\n\n{line}\n\nThe council voted on Tuesday to close it.\n"
    assert _labels_of(raw)[line] == "date"


@pytest.mark.parametrize("line", ["Jane Roe, University of Elmton", "Jane Roe, Elmton Institute of Technology and Al Poe, "
                                  "Harbour State University"])
def test_people_each_named_with_their_university_are_a_byline(line):
    raw = page("Council closes bridge", line, *ARTICLE)
    assert labels_of(raw)[line] == "byline"


def test_a_bylines_title_and_workplace_under_it_are_byline():
    raw = page("Council closes bridge", "By", "Jane Roe", "Senior Editor/Writer, Harbour Desk", "Mar 3, 2026", *ARTICLE)
    assert labels_of(raw)["Senior Editor/Writer, Harbour Desk"] == "byline"


def test_a_byline_spread_over_lines_is_byline():
    raw = page("Council closes bridge", "By", "Jane Roe", "Jane Roe", ",", "Al Bo", "Al Bo", ", and", "Ann Poe",
               "Mar 3, 2026", *ARTICLE)
    labels = labels_of(raw)
    assert {labels[line] for line in ("By", "Jane Roe", ",", "Al Bo", ", and", "Ann Poe")} == {"byline"}
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_names_under_an_authors_heading_and_a_name_over_a_title_are_bylines():
    raw = page("Council closes bridge", "Mar 3, 2026", "Authors", "Jane Roe", "Staff Writer", *ARTICLE)
    labels = labels_of(raw)
    assert labels["Authors"] == labels["Jane Roe"] == labels["Staff Writer"] == "byline"


def test_a_columnist_over_the_title_is_a_byline_but_a_menu_item_is_not():
    raw = page("Opinion | Bridges and budgets - The Evening Lamp", "News", "Ann Poe", "Bridge Works", "Opinion",
               "Jane Roe", "Why the council was right to close the old bridge", "Mar 3, 2026", *ARTICLE)
    labels = labels_of(raw)
    assert labels["Jane Roe"] == "byline" and labels["Ann Poe"] != "byline"


BIO_PAGE = (
    "Talks will resume next week.", "About the author", "Jane Roe",
    "Jane Roe has reported on the valley's towns for ten years and lives by the river with two dogs.",
    "Al Bo is a senior fellow at the Valley Institute, where he studies water policy.",
    "Related stories", "Council names new harbour master",
)


def test_an_authors_biography_after_the_article_is_set_aside():
    raw = page("Council closes bridge", *ARTICLE[:-1], *BIO_PAGE)
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_a_columnists_biography_over_the_article_closing_on_a_handle_or_address_is_set_aside():
    bio = "Jo Roe is a columnist for the Elm Gazette and a former ferry captain. Follow her @joroe."
    mailed = "Al Bo is an Elmshire writer and author of a book on the bay. albo@example.org"
    for first in (bio, mailed):
        body = body_of(page(first, *ARTICLE))
        assert first not in body and body[1:] == ARTICLE[1:]
    lede = "Jo Roe is a captain with the Elm ferry line, and on Monday she sailed it for the last time."
    assert body_of(page(lede, *ARTICLE))[0] == lede


def test_a_sentence_about_a_persons_role_inside_the_article_stays_body():
    line = "Al Bo is a senior fellow at the Valley Institute, where he studies water policy."
    raw = page("Council closes bridge", ARTICLE[0], line, ARTICLE[1], ARTICLE[3])
    assert line in body_of(raw)


def test_an_outlets_slogan_next_to_its_appeal_is_set_aside_but_we_in_the_article_stays_body():
    slogan = "We bring you the news from the valley."
    quoted = "We closed the bridge, the mayor said."
    raw = page("Council closes bridge", *ARTICLE[:2], slogan, "Your support keeps our reporters on the road.",
               "DONATE NOW", quoted, *ARTICLE[2:])
    body = body_of(raw)
    assert slogan not in body and quoted in body and ARTICLE[2] in body


def test_a_person_named_in_a_subhead_and_then_described_inside_the_article_stays_body():
    line = "Jane Roe has lived by the river for forty years and says the bridge is her lifeline."
    raw = page("Council closes bridge", *ARTICLE[:2], "Jane Roe", line, *ARTICLE[2:])
    assert line in body_of(raw)


def test_titles_and_teasers_between_the_dates_of_a_listing_are_promo():
    listing = ("Latest from the valley", "Mar 1, 2026", "Ferry service doubles for the summer.",
               "Mar 2, 2026", "Harbour master named.", "The council chose a former pilot for the post.",
               "Mar 3, 2026", "School roof repaired before term.", "Mar 4, 2026")
    raw = page("Council closes bridge", *ARTICLE, *listing, "Contact us")
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_a_recap_of_the_articles_own_points_printed_again_inside_it_stays_body():
    points = ["The ministry delayed the sale of the port operator for a third time this year.",
              "Buyers asked for more time to study the accounts of the six foreign holdings.",
              "The unions warned of strikes along the coast if the crews' contracts change.",
              "Officials expect to name a buyer before the summer, when the next talks open."]
    details = ["The delay was announced at a briefing in the capital on Monday afternoon.",
               "Advisers had warned against the sale in a report sent to parliament last week."]
    raw = page("Port sale slowed", "Toplines", *points, "Key Takeaways", *points, "Details", *details)
    body = body_of(raw)
    assert body.count(points[0]) == 2 and body.count(points[3]) == 2 and details[1] in body


def test_a_paragraph_printed_again_after_the_article_or_over_and_over_is_set_aside():
    appeal = "Every reader who gives a little each month keeps this newsroom free for everyone to read."
    raw = page("Port sale slowed", *ARTICLE, appeal, ARTICLE[2], appeal, ARTICLE[3], appeal, "Storm closes the road")
    assert body_of(raw).count(appeal) <= 1
    teasers = page("Port sale slowed", *ARTICLE, "More news", ARTICLE[1], ARTICLE[2])
    assert body_of(teasers).count(ARTICLE[1]) == 1


def test_the_lines_of_a_data_block_left_on_a_page_are_set_aside():
    data = ["{", '"type": "analysis",', '"desk": "Ports",', '"regions": [', '"Europe",', '"Asia",', '"Africa"', "],",
            '"pages": 3,', "}"]
    body = body_of(page("Port sale slowed", *data, *ARTICLE))
    assert body[-3:] == ARTICLE[1:] and not any(line in body for line in data)


def test_a_long_section_heading_led_by_a_label_is_a_subhead_not_a_cut_sentence():
    heading = "Ministry objective: Sell the operator's holdings in six countries before the talks with the unions"
    cut = "Buyers now have until May to close their offers for the holdings, a document seen by the agency"
    raw = page("Port sale slowed", *ARTICLE[:2], heading, cut, *ARTICLE[2:])
    labels = labels_of(raw)
    assert labels[heading] == "subhead" and labels[cut] == "body"


def test_a_section_heading_led_by_a_label_in_brackets_is_a_subhead_but_a_bracketed_sentence_is_body():
    heading = "(Ministry objective: Sell the operator's holdings in six countries before the talks with the unions)"
    aside = "(The ministry declined to say which countries it meant.)"
    labels = labels_of(page("Port sale slowed", *ARTICLE[:2], heading, *ARTICLE[2:], aside))
    assert labels[heading] == "subhead" and labels[aside] == "body"


def test_a_table_of_contents_with_long_entries_is_set_aside_but_short_article_lines_stay_body():
    contents = ["Port Sales", "Main effort #1 – Sell the holdings in the north and close the old terminals by May",
                "Union Talks", "Main effort #2 – Keep the ferries running while the terminals are rebuilt",
                "Rail Links", "Outlook"]
    body = body_of(page("Port sale slowed", *ARTICLE[:2], *contents, *ARTICLE[2:]))
    assert body[-3:] == ARTICLE[1:] and not set(contents) & set(body)
    short = ["Talks will resume next week.", "Port Sales", "Buyers wait", "Rail Links", "Outlook", "Unions object"]
    assert "Talks will resume next week." in body_of(page("Port sale slowed", *ARTICLE[:2], *short))


def test_a_sentence_two_sections_of_a_report_repeat_stays_body_in_both():
    formula = "Ferries kept running on the north shore for the third week in a row despite the strike."
    north = ["North Shore", "Crews worked through the night on Monday.", formula, "The port reopened at noon."]
    south = ["South Shore", "Crews in the south were idle on Monday.", formula, "The port stayed shut."]
    body = body_of(page("Port sale slowed", *ARTICLE[:2], *north, *south))
    assert body.count(formula) == 2


@pytest.mark.parametrize("heading", ["Key Takeaways:", "At a glance", "What we know so far"])
def test_the_heading_of_a_summary_box_is_a_subhead(heading):
    assert labels_of(page("Port sale slowed", *ARTICLE[:2], heading, *ARTICLE[2:]))[heading] == "subhead"


def test_names_joined_by_a_comma_closing_a_line_are_a_byline_but_a_name_cut_before_a_clause_is_not():
    labels = labels_of(page("Port sale slowed", *ARTICLE, "Ferries Are Full Again", "The north shore waits for boats.",
                            "Jane Roe,", "John Doe", "Commentary"))
    assert labels["Jane Roe,"] == labels["John Doe"] == "byline"
    cut = page("Port sale slowed", *ARTICLE[:2], "The plan was drawn up by", "Jane Roe,",
               "a planner at the port, who left in May.", *ARTICLE[2:])
    assert labels_of(cut)["Jane Roe,"] != "byline"


def test_names_one_a_line_under_a_bare_by_are_the_byline():
    labels = labels_of(page("Port sale slowed", "Copy link", "By", "Jane Roe", "John Doe", "Ann Poe", "Mar 3, 2026",
                            *ARTICLE))
    assert labels["By"] == labels["Jane Roe"] == labels["John Doe"] == labels["Ann Poe"] == "byline"


def test_titles_a_list_cut_short_with_an_ellipsis_are_set_aside_after_the_article():
    raw = page("Port sale slowed", *ARTICLE, "More News", "Travel", "Daily Wire",
               "I swapped my car for a bike for a month. Here is what happened to my comm…",
               "Local", "Associated Press", "Ferry crews vote to strike over pay as the summer timetable …")
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_an_article_sentence_trailing_off_after_a_subhead_stays_body():
    raw = page("Port sale slowed", *ARTICLE[:2], "What comes next", "The minister paused. “We will see…”",
               "He never finished the thought…", *ARTICLE[2:])
    body = body_of(raw)
    assert "The minister paused. “We will see…”" in body and "He never finished the thought…" in body


def test_article_sentences_cut_before_links_after_a_dateline_or_an_advertisement_stay_body():
    raw = "\n\n".join(("Port sale slowed", "Jane Roe", "March 3, 2026", "12",
                       "HARBOURTON (Wire) — Talks on the port sale stalled on Monday over",
                       "Harbourton Port Authority", ARTICLE[1], "Advertisement",
                       "The ministry said the buyers, who had asked for more time last month, would answer",
                       "by the end of the week", *ARTICLE[2:], "More News", "Ferry crews vote to strike over pay",
                       "Bus fares rise again in spring"))
    body = body_of(raw)
    assert "Talks on the port sale stalled on Monday over" in body
    assert "The ministry said the buyers, who had asked for more time last month, would answer" in body
    assert "Ferry crews vote to strike over pay" not in body


def test_bullets_under_key_points_above_the_article_are_set_aside_but_not_an_article_under_such_a_heading():
    bullets = ["The ministry delayed the sale of the port operator's holdings again.",
               "Buyers have until May to close their offers."]
    raw = "\n\n".join(("Port sale slowed", "Jane Roe", "March 3, 2026", "Key Points", *bullets,
                       "Cranes at the port at dawn. (Photo: Wire)", *ARTICLE))
    body = body_of(raw)
    assert not set(bullets) & set(body) and body[1:] == ARTICLE[1:]
    raw = "\n\n".join(("Port sale slowed", "What we know", *bullets, *ARTICLE[1:], "The port employs 900 people."))
    assert body_of(raw) == [*bullets, *ARTICLE[1:], "The port employs 900 people."]


FOOTER_LINKS = ["Licensing", "Careers", "Site Map", "Podcasts", "Help", "Contact", "Advertise With Us", "Ad Choices",
                "Terms of Service"]


def test_a_short_sentence_standing_alone_among_the_footer_links_is_set_aside():
    raw = "\n\n".join(("Port sale slowed", *ARTICLE, *FOOTER_LINKS, "Got a tip for the newsroom? We want to hear from you.",
                       *FOOTER_LINKS, "Prices are delayed by at least ten minutes.", "Help"))
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_a_short_sentence_or_a_note_to_the_reader_among_the_menus_above_the_byline_is_set_aside_but_not_a_lead():
    menu = [f"[{name}](/{name.lower().replace(' ', '-')})" for name in FOOTER_LINKS]
    note = ("The first three cards of the box will be shown to readers when it is placed on a page. Make sure you "
            "have ten cards or more in the box for its ranking to work, as it orders them by what each reader opens.")
    for stray in ("Linking readers to the news of the valley, the Lamp delivers every story first.", "Thank you!",
                  "* Home\n* About Us", note):
        raw = "\n\n".join(("Port sale slowed | The Lamp", *menu, stray, *menu, "# Port sale slowed", "By Jane Roe",
                           "March 3, 2026", *ARTICLE))
        assert stray not in body_of(raw) and body_of(raw)[1:] == ARTICLE[1:]
    lead = "The ministry postponed the port sale on Monday."
    raw = "\n\n".join(("# Port sale slowed", "By Jane Roe", "March 3, 2026", lead, *menu, *ARTICLE[1:]))
    assert lead in body_of(raw)


def test_a_long_article_paragraph_after_a_long_list_in_the_article_stays_body():
    closing = ("The ministry said on Friday that the remaining holdings, including the two terminals in the north and "
               "the rail depot by the river, would be offered again in the spring if no buyer came forward.")
    raw = "\n\n".join(("Port sale slowed", *ARTICLE, *FOOTER_LINKS, closing, *FOOTER_LINKS))
    assert closing in body_of(raw)


def test_a_wire_storys_closing_credits_are_set_aside_but_a_reporting_sentence_stays_body():
    credits = ["Poe reported from Harbourton, Eastland.", "Jane Roe and Al Poe contributed reporting.", "Editor:",
               "_Ann Poe and Al Roe contributed reporting to this article._"]
    sentence = "Poe reported from Harbourton for a decade before the port was sold to a rival group."
    raw = "\n\n".join(("Port sale slowed", *ARTICLE, sentence, "___", *credits))
    labels = labels_of(raw)
    assert all(labels[c] == "credit" for c in credits) and labels[sentence] == "body"


def test_a_note_on_where_a_show_is_streaming_before_the_closing_credit_is_credit_but_the_show_alone_stays_body():
    note = "“Elm Valley” season two is streaming now on ElmFlix. Additional reporting by Jo Roe."
    sentence = "“Elm Valley” season two is streaming now on ElmFlix, where it leads the charts."
    labels = labels_of("\n\n".join(("Port sale slowed", *ARTICLE, sentence, note)))
    assert labels[note] == "credit" and labels[sentence] == "body"


def test_a_line_set_in_italics_bold_or_as_a_list_item_is_labelled_by_its_words_but_an_italic_sentence_stays_body():
    marked = {"**By Jane Roe**": "byline", "_Copyright 2026 Valley Wire_": "chrome", "- Reuters.": "credit",
              "*Jane Roe contributed reporting.": "credit"}  # the last one after a footnote's asterisk
    sentence = "_The port reopened on Monday after the storm._"
    raw = "\n\n".join(("Port sale slowed", "**By Jane Roe**", *ARTICLE, sentence, *list(marked)[1:]))
    labels = labels_of(raw)
    assert {line: labels[line] for line in marked} == marked and labels[sentence] == "body"
    assert text_metadata(label_blocks(raw))["byline"] == "Jane Roe"
    version = story_from_texts({"a": raw}).versions[0]
    assert ("Jane Roe", "byline") in [(row["source"], row["cue"]) for row in credit_sources(version)]


def test_a_byline_set_in_bold_stacked_under_a_date_line_is_cut_from_it():
    raw = "\n\n".join(("Port sale slowed", "March 3, 2026\n**By Jane Roe**", *ARTICLE))
    labels = labels_of(raw)
    assert labels["March 3, 2026"] == "date" and labels["**By Jane Roe**"] == "byline"


def test_a_section_line_of_two_section_names_is_not_taken_for_a_columnists_name():
    raw = "\n\n".join(("Port sale slowed", "Menu", "Europe Politics", "Ministry slows the port sale again for leverage",
                       "March 3, 2026", *ARTICLE))
    assert labels_of(raw)["Europe Politics"] != "byline"
    raw = raw.replace("Europe Politics", "Jane Roe")
    assert labels_of(raw)["Jane Roe"] == "byline"


def test_a_headline_closing_on_a_quotation_printed_again_under_the_title_is_the_headline():
    raw = "\n\n".join(("Mayor: the old bridge is ‘not safe’ - Valley Wire", *["Menu", "Home", "Local"],
                       "Port sale slowed again in the north", "Weather", "Mayor: the old bridge is ‘not safe’",
                       "Jane Roe", "March 3, 2026", *ARTICLE))
    assert labels_of(raw)["Mayor: the old bridge is ‘not safe’"] == "headline"


def test_two_names_joined_by_and_over_the_date_line_are_the_byline():
    raw = "\n\n".join(("Port sale slowed", "JANE ROE and AL POE", "Updated", "March 3, 2026", *ARTICLE))
    assert labels_of(raw)["JANE ROE and AL POE"] == "byline"
    raw = "\n\n".join(("Port sale slowed", "Weather and Climate", "March 3, 2026", *ARTICLE))
    assert labels_of(raw)["Weather and Climate"] != "byline"


def test_a_line_with_no_letter_above_the_title_is_no_headline():
    raw = "\n\n".join(("***", "Port sale slowed again in the north | THE EVENING LAMP | VALLEY", "Home", "World",
                       "Port sale slowed again in the north", "March 3, 2026", *ARTICLE))
    labels = labels_of(raw)
    assert labels["***"] == "chrome" and labels["Port sale slowed again in the north"] == "headline"


def test_a_sentence_cut_before_a_link_goes_on_across_a_pictures_caption():
    cut = "Earlier, the ministry said that the buyers, who had asked for more time last month, had not"
    raw = "\n\n".join(("Port sale slowed", "Jane Roe", "March 3, 2026", ARTICLE[0], "Advertisement", cut,
                       "answered its letter", "Cranes at the port at dawn (Photo: Wire)",
                       "The buyers said they would reply by Friday, and that the price", "was fair",
                       *ARTICLE[1:]))
    assert cut in body_of(raw)


def test_a_line_under_the_copyright_notice_closing_the_article_is_set_aside():
    tail = "For the latest news and weather, head to the Valley Wire."
    raw = "\n\n".join(("Port sale slowed", *ARTICLE, "Copyright 2026 Valley Wire. All rights reserved.", tail,
                       "Show comments"))
    assert body_of(raw)[1:] == ARTICLE[1:]
    raw = "\n\n".join(("Port sale slowed", *ARTICLE[:2], "© Jo Roe", *ARTICLE[2:]))
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_a_masthead_in_capitals_is_no_dateline():
    raw = "\n\n".join(("Port sale slowed", "THE EVENING LAMP - NEWS OF THE VALLEY", *ARTICLE))
    labels = labels_of(raw)
    assert "THE EVENING LAMP - " not in labels and "NEWS OF THE VALLEY" not in body_of(raw)
    assert labels["CAPITAL (Wire) - "] == "dateline"


def test_paragraphs_between_lone_letters_stay_body_and_the_letters_are_no_byline():
    paragraphs = ["The mayor spoke for an hour at the fair. Some in the crowd cheered; others left early, a guard said.",
                  "Later she posted a video of the crowd. “We will build it,” she said in it, to loud cheers.",
                  "The council meets again on Monday."]
    raw = "\n\n".join(["Mayor sells the bridge plan", paragraphs[0], "X.", paragraphs[1], "X.", paragraphs[2]])
    assert body_of(raw) == paragraphs
    assert labels_of(raw)["X."] == "chrome"
    assert labels_of(page("Port sale slowed", *ARTICLE, "J.R."))["J.R."] == "byline"


def test_short_paragraphs_of_a_quotation_running_on_stay_body():
    paragraphs = ["The mayor listed her tests for any plan in a letter to the council:",
                  "“Does it keep the ferry running?", "“Can the town pay for it?", "“Will it last fifty years?”",
                  "The council will vote on the plan in May."]
    assert body_of("\n\n".join(["Mayor sets tests for the bridge", *paragraphs])) == paragraphs


def test_an_interviews_question_after_a_stray_line_or_about_supporters_stays_body():
    turns = ["LEE: We have said all along that the town needs the bridge, and it still does today.",
             "KELLY: Do you think the mayor has kept her word?",
             "LEE: I think she is trying. The vote in May will tell.",
             "Q: Your supporters tell us they fund you and want the bridge. How much of that do you need?",
             "A: All of it, and soon."]
    raw = "\n\n".join(["Lee backs the bridge", turns[0], "….", *turns[1:]])
    assert body_of(raw) == turns


SUMMARY = [
    "The ministry delayed the port sale until May to keep talks with the unions going.",
    "Ferry crews threatened a strike over pay on the north shore.",
    "The harbour board expects the port to lose $40 million this year.",
]
RETOLD = [
    "The ministry said on Monday that it had delayed the sale of the port operator's foreign holdings until May, "
    "giving its negotiators more time to keep talks with the dockers' unions going before the summer timetable.",
    "Crews on the north shore ferries have threatened to strike over pay if the sale goes ahead.",
    "“We are in no hurry,” an official said.",
    "The harbour board said the port would lose an estimated $40 million this year.",
]


def test_summary_lines_under_a_byline_with_no_heading_are_set_aside_and_the_article_stays_body():
    body = body_of(page("Port sale slowed", "By Jane Roe", *SUMMARY, *RETOLD))
    assert body == RETOLD


def test_a_lead_told_one_short_sentence_a_paragraph_under_a_byline_stays_body():
    lead = ["The ministry delayed the port sale on Monday.", "Ferry crews said they would strike.",
            "Nobody at the harbour board would comment on the figures."]
    body = body_of(page("Port sale slowed", "By Jane Roe", *lead, *RETOLD))
    assert body == lead + RETOLD  # the last of its lines is not told again after them


def test_a_lead_and_the_line_naming_its_source_under_a_date_stay_body():
    lead = ["The ministry delayed the port sale until May to keep talks with the unions going.",
            "This was reported by the harbour board, citing the ministry."]
    body = body_of(page("Port sale slowed", "March 3, 2026", *lead, *RETOLD))
    assert body == lead + RETOLD


def test_a_question_the_story_asks_about_someone_it_named_stays_body():
    lines = ["Jane Roe has run the harbour cafe for twenty years and sells coffee to the ferry crews.",
             "She heard the minister speak on Monday about the port sale.",
             "Was Roe convinced by the minister?", "“Not really,” she said.", ARTICLE[3]]
    assert body_of(page("Port sale slowed", *lines)) == lines
    so = ["Jane Roe has run the harbour cafe for twenty years.", "She has seen three owners come and go.",
          "So would Roe sell the cafe to the port operator?", "“Never,” she said.", ARTICLE[3]]
    assert body_of(page("Port sale slowed", *so)) == so


@pytest.mark.parametrize("heading", ["Where do the buyers come from?", "Will the Port Reopen Before May?",
                                     "Is the harbour board to blame?"])
def test_a_section_heading_asked_as_a_question_is_a_subhead(heading):
    lines = ["Jane Roe has run the harbour cafe for twenty years.", "She has seen three owners come and go."]
    assert labels_of(page("Port sale slowed", *lines, heading, *ARTICLE))[heading] == "subhead"


def test_a_note_in_brackets_under_a_section_heading_is_set_aside_and_bracketed_article_text_stays_body():
    note = "(Harbour works meant to widen the north channel before the summer)"
    raw = page("Port sale slowed", *ARTICLE[:2], "Works on the north shore", note, *ARTICLE[2:])
    assert labels_of(raw)[note] == "subhead"
    aside = "(The ministry did not say when the works would end.)"
    raw = page("Port sale slowed", *ARTICLE[:2], "Works on the north shore", aside, *ARTICLE[2:])
    assert aside in body_of(raw)
    after_body = "(harbour works on the north shore)"
    assert after_body in body_of(page("Port sale slowed", *ARTICLE[:2], after_body, *ARTICLE[2:]))


def test_a_question_opening_on_a_word_and_a_comma_about_someone_named_stays_body():
    lines = ["Jane Roe says the port sale will cost the cafe half its customers.", "The operator disputes that.",
             "Now, how does Roe's claim hold up against the figures?", "Not well, the figures suggest.", ARTICLE[3]]
    assert body_of(page("Port sale slowed", *lines)) == lines


TEASERS = ["* Storm floods the coastal towns overnight", "* Markets rally as the central bank holds rates",
           "The Evening Brief Our daily letter on the stories of the day.", "Politics Business Sport Culture Travel",
           "* Rail strike ends after a week of talks with the unions", "* Court hears the appeal over the harbour plan"]


def test_lists_of_story_titles_and_the_lines_between_them_are_set_aside_but_the_article_stays_body():
    raw = page("Port sale slowed", *TEASERS, *ARTICLE, *TEASERS[:2])
    labels = labels_of(raw)
    assert body_of(raw)[1:] == ARTICLE[1:]
    assert all(labels[t] != "body" for t in TEASERS)


def test_an_articles_own_lists_are_not_taken_for_story_titles():
    items = ["* Free elections within six months of the vote", "* The release of every detained port worker"]
    raw = page("Port sale slowed", *ARTICLE[:2], "The unions set out two demands:", *items, *ARTICLE[2:])
    labels = labels_of(raw)
    assert "promo" not in {labels[t] for t in items} and body_of(raw)[1:] == [ARTICLE[1], "The unions set out two "
                                                                               "demands:", *ARTICLE[2:]]
    short = ["* Flour", "* Two eggs", "* A cup of milk"]
    raw = page("Pancakes for the fair", *ARTICLE[:2], *short, *ARTICLE[2:])
    assert "promo" not in {labels_of(raw)[t] for t in short} and body_of(raw)[1:] == ARTICLE[1:]


def test_story_titles_amid_the_article_are_set_aside_but_its_short_sentences_stay_body():
    titles = ["Storm floods the coastal towns overnight", "Markets rally as the central bank holds rates"]
    asked = "Q: Have you spoken to Mayor Roe about the Harbour Plan?"
    raw = page("Port sale slowed", *ARTICLE[:2], *titles, *ARTICLE[2:], "Ministry Warns Buyers Over Late Bids In Port Sale",
               "The council will vote on Friday.", "“Nobody wins,” she said.", asked, "A: Not yet.")
    assert body_of(raw)[1:] == [*ARTICLE[1:], "The council will vote on Friday.", "“Nobody wins,” she said.", asked,
                                "A: Not yet."]
    cut = ["The port’s foreign holdings were offered to", "buyers in three countries last year, the ministry said."]
    raw = page("Port sale slowed", *ARTICLE[:2], *cut, *titles[:1], *ARTICLE[2:])
    assert "\n".join(cut) in body_of(raw)


def test_a_blurb_printed_three_times_is_set_aside_everywhere_but_a_paragraph_printed_twice_keeps_its_first_copy():
    blurb = "Add the Evening Lamp to your sources to see more of its stories in your feed and alerts. Share"
    slides = [f"Divers search the harbour at dawn on day {n}. (Valley Photo/Jo Roe)" for n in (1, 2, 3)]
    raw = "\n\n".join(("Port sale slowed", slides[0], blurb, slides[1], blurb, slides[2], blurb, *ARTICLE))
    assert body_of(raw)[1:] == ARTICLE[1:]
    raw = page("Port sale slowed", *ARTICLE, "Other stories", ARTICLE[1])
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_a_title_alone_amid_a_carousel_before_the_article_is_the_headline():
    slides = [f"Slide {n}: divers search the harbour at dawn (Valley Photo/Jo Roe)" for n in range(1, 9)]
    raw = page(*slides, "Ministry slows port sale to press for a deal", *slides, *ARTICLE)
    assert labels_of(raw)["Ministry slows port sale to press for a deal"] == "headline"
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_a_closing_credit_naming_where_each_writer_worked_is_credit():
    credit = "Valley Wire writers Jane Roe and Al Poe in Harbourton, Eastland, and Jo Bay in Elmton contributed to this report."
    raw = page("Port sale slowed", *ARTICLE, credit)
    assert labels_of(raw)[credit] == "credit" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_closing_credit_with_also_an_article_a_long_role_or_an_outlet_before_a_later_writer_is_credit():
    credits = ("Roe reported from Elmton. Valley Wire writers Al Poe in Dover and Jo Bay in Ayr also contributed to "
               "this report.", "Valley Post senior harbour correspondent Al Poe contributed to this report.",
               "Roe reported from Elmton. Valley Wire writer Al Poe in Dover, and Valley Wire reporter Jo Bay in Ayr, "
               "also contributed to this story.", "• Valley Wire writer Al Poe contributed to this article.",
               "—Al Poe contributed to this article.",
               "Wire harbour correspondent Jo Roe reported from Elmton. Wire Ferry Writer Al Poe contributed to this "
               "report from Dover.")
    for credit in credits:
        raw = page("Port sale slowed", *ARTICLE, credit)
        assert labels_of(raw)[credit] == "credit" and body_of(raw)[1:] == ARTICLE[1:]
    kept = "The mayor thanked all who also contributed to this article."
    assert body_of(page("Port sale slowed", *ARTICLE, kept))[1:] == [*ARTICLE[1:], kept]


def test_a_closing_credit_listing_writers_by_semicolons_with_a_role_before_the_last_is_credit():
    credit = ("Valley Wire writers Jane Roe in Harbourton; Al Poe and Jo Bay in Elmton, Eastland; and news researchers "
              "Ann Bo in Elmton and Cy Day in Dover contributed to this report.")
    raw = page("Port sale slowed", *ARTICLE, credit)
    assert labels_of(raw)[credit] == "credit" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_closing_credit_of_roles_with_of_and_contributed_this_report_is_credit():
    credit = "Valley Wire Director of Polling Jane Roe and Survey Writer Al Poe contributed this report."
    raw = page("Port sale slowed", *ARTICLE, credit)
    assert labels_of(raw)[credit] == "credit" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_syndicated_copys_note_of_its_source_is_credit_but_a_sentence_on_an_original_stays_body():
    note, sentence = "Original article source:", "The original source of the leak was never found, police said."
    raw = page("Port sale slowed", *ARTICLE, sentence, note, "Ministry slows port sale - The Evening Lamp")
    labels = labels_of(raw)
    assert labels[note] == "credit" and labels[sentence] == "body"


def test_a_teasers_summary_after_its_time_stamp_is_set_aside_but_a_long_paragraph_elsewhere_stays():
    summary = ("The harbour authority closed the northern quay on Tuesday after a crane collapsed onto two fishing"
               " boats, and inspectors will check every crane in the port before it reopens next month, officials say.")
    article = ["The council voted on Tuesday to close the old bridge for repairs.",
               "Engineers said the piers were failing after the spring flood, and the work will take two years."]
    links = [f"* [](https://valleypost.example/news/story-{n}/)" for n in range(9)]
    raw = "\n\n".join([*article, *links, "Harbour · May 2, 2026 · 3 mins ago", summary, *links])
    labels = _labels_of(raw)
    assert labels[summary] != "body" and all(labels[p] == "body" for p in article)
    plain = "\n\n".join([*article, *links, "Harbour news", summary, *links])
    assert _labels_of(plain)[summary] == "body"


def test_a_headline_and_its_dek_set_in_bold_on_one_line_are_set_aside_but_a_bold_lead_stays_body():
    article = ["The council voted on Tuesday to close the old bridge for repairs.",
               "Engineers said the piers were failing after the spring flood."]
    first = "**Council shuts the old bridge for two years** **Engineers say the piers are failing, the mayor said.**"
    blocks = label_blocks("\n".join([first, *article]))
    labels = dict(zip(blocks["text"], blocks["label"]))
    assert labels["**Council shuts the old bridge for two years**"] == "headline"
    assert labels["**Engineers say the piers are failing, the mayor said.**"] == "subhead"
    assert all(labels[p] == "body" for p in article)
    lead = "**The council shut the old bridge on Tuesday.** **Engineers said the piers were failing.**"
    assert _labels_of("\n".join(["Council shuts the bridge", lead, *article]))[lead] == "body"


def test_a_picture_caption_over_its_credit_or_closing_on_the_day_it_was_taken_is_set_aside_but_the_news_stays():
    article = ["The council voted on Tuesday to close the old bridge for repairs.",
               "Engineers said the piers were failing after the spring flood."]
    over_credit = "A crane lifts a girder from the river beside a damaged pier."
    dated = "Workers inspect the piers of the old bridge in Milltown, Ohio, on May 2, 2026."
    news = "The river flooded the lower town, and crews cleared the last road on Monday."
    raw = "\n\n".join(["Bridge to close", article[0], over_credit, "(Getty Images)", article[1], "Advertisement",
                       dated, news, "(Getty Images)", "The bridge opened in Milltown, Ohio, on June 4, 1931."])
    labels = _labels_of(raw)
    assert labels[over_credit] == labels[dated] == "caption"
    assert all(labels[p] == "body" for p in [*article, news, "The bridge opened in Milltown, Ohio, on June 4, 1931."])


def test_an_authors_biography_among_the_links_after_the_closing_credit_is_set_aside_but_a_paragraph_under_it_stays():
    article = ["The council voted on Tuesday to close the old bridge for repairs.",
               "Engineers said the piers were failing after the spring flood."]
    bio = ("As city editor, Jo covers the council and the courts. Before that she ran the paper's sports desk for"
           " ten years and wrote a book on the river.")
    links = ["Our Standards: how we report", "Storm closes the harbour", "Mayor names a new police chief"]
    labels = _labels_of("\n\n".join([*article, "Reporting by Jo Roe; Editing by Al Poe", links[0], bio, *links[1:]]))
    assert labels[bio] == "chrome" and all(labels[p] == "body" for p in article)
    late = "The bridge will reopen in 2028, the council said."
    labels = _labels_of("\n\n".join([*article, "Reporting by Jo Roe; Editing by Al Poe", late, *links[1:]]))
    assert labels[late] == "body"


def test_two_story_titles_stacked_amid_the_article_are_set_aside_but_a_heading_over_a_question_stays():
    article = ["The council voted on Tuesday to close the old bridge for repairs, the mayor said.",
               "Engineers said the piers were failing after the spring flood and could not carry buses.",
               "The work will take two years and cost the city about $40 million, officials said."]
    teasers = ["Harbour crane collapses onto two fishing boats",
               "Mayor names a new police chief after a long search that lasted most of the year"]
    labels = _labels_of("\n\n".join([article[0], *teasers, *article[1:]]))
    assert labels[teasers[1]] != "body" and all(labels[p] == "body" for p in article)
    question = "So what would the council do with the old bridge once it closes?"
    labels = _labels_of("\n\n".join([article[0], "The old bridge and the new plan", question, *article[1:]]))
    assert labels[question] == "body"


def test_a_bulleted_link_alone_amid_the_article_is_set_aside_but_a_list_and_a_line_of_dialogue_stay():
    article = ["The council voted on Tuesday to close the old bridge for repairs.",
               "Engineers said the piers were failing after the spring flood.",
               "The work will take two years, officials said."]
    link = "* Storms are closing roads across the county. Is your town next?"
    labels = _labels_of("\n\n".join([article[0], link, *article[1:]]))
    assert labels[link] == "read_more" and all(labels[p] == "body" for p in article)
    items = ["* The bridge closes on Monday for two years.", "* Buses take the ring road until then."]
    labels = _labels_of("\n\n".join([article[0], *items, *article[1:]]))
    assert all(labels[p] == "body" for p in [*items, *article])
    line = "- Nobody told us the bridge would shut for two whole years."
    assert _labels_of("\n\n".join([article[0], line, *article[1:]]))[line] == "body"


def test_a_summary_between_the_date_line_and_an_authors_heading_is_set_aside_but_the_article_under_it_stays():
    summary = "Fears that the new tolls would empty the old bridge proved wrong, and traffic rose in the first year."
    article = ["The council voted on Tuesday to close the old bridge for repairs, the mayor said.",
               "Engineers said the piers were failing after the spring flood and could not carry buses."]
    labels = _labels_of("\n\n".join(["How tolls saved the old bridge", "Jane Roe", "Al Poe", "/", "2 May 2026", summary,
                                     "Authors", "Jane Roe", "Al Poe", "Share", *article]))
    assert labels[summary] != "body" and all(labels[p] == "body" for p in article)


def test_the_summaries_of_teaser_cards_under_a_repeated_label_are_set_aside_but_a_transcripts_turns_stay_body():
    article = ["The council voted on Tuesday to close the old bridge for repairs, the mayor said.",
               "Engineers said the piers were failing after the spring flood and could not carry buses."]
    cards = [("Is the Harbour Plan Worth Its Cost?", "The port wants a new quay, and the city must choose soon."),
             ("What the Flood Taught the Valley Towns", "Three towns rebuilt their levees in a single summer."),
             ("Why Rail Fares Keep Rising Every Year", "Operators blame fuel prices for the increases.")]
    lines = [article[0], *[line for title, summary in cards for line in ("Commentary", title, summary)], article[1]]
    labels = _labels_of("\n\n".join(lines))
    assert all(labels[summary] != "body" for _, summary in cards) and all(labels[p] == "body" for p in article)
    turns = ["Jo Roe:", "We closed the bridge because the piers were failing.", "Al Poe:", "Buses took the ring road.",
             "Jo Roe:", "It will take two years to repair."]
    labels = _labels_of("\n\n".join([article[0], *turns, article[1]]))
    assert all(labels[t] == "body" for t in turns[1::2])


def test_a_title_under_a_link_lists_heading_is_no_sentence_cut_before_a_link_but_a_cut_sentence_goes_on():
    article = ["The council voted on Tuesday to close the old bridge for repairs, the mayor said.",
               "Engineers said the piers were failing after the spring flood and could not carry buses."]
    item = "Harbour crane collapses onto two fishing boats"
    labels = _labels_of("\n\n".join([article[0], "Related:", item, "end of list", article[1]]))
    assert labels[item] != "body" and all(labels[p] == "body" for p in article)
    cut = "Before the flood the old bridge carried about"
    assert _labels_of("\n\n".join([article[0], cut, "9,000 cars a day", "across the river.", article[1]]))[cut] == "body"


def test_a_pull_quote_signed_amid_the_article_is_set_aside_but_a_quotation_credited_once_and_a_last_line_stay():
    article = ["The council voted on Tuesday to close the old bridge for repairs, the mayor said.",
               "Engineers said the piers were failing after the spring flood and could not carry buses."]
    pull = "We cannot let another winter pass with the piers like this."
    said = "“We cannot let another winter pass with the piers like this,” said Jane Roe, who chairs the council."
    labels = _labels_of("\n\n".join([article[0], pull, "— Jane Roe", said, *article[1:]]))
    assert labels[pull] != "body" and all(labels[p] == "body" for p in [*article, said])
    quoted = "“We cannot let another winter pass with the piers like this.”"
    labels = _labels_of("\n\n".join([article[0], quoted, "— Jane Roe", *article[1:]]))
    assert labels[quoted] == "body"
    labels = _labels_of("\n\n".join([*article, "The bridge will reopen in 2028.", "— Associated Press"]))
    assert labels["The bridge will reopen in 2028."] == "body"
    labels = _labels_of("\n\n".join([*article, "The bridge will reopen in 2028.", "— Jane Roe"]))
    assert labels["The bridge will reopen in 2028."] == "body"


@pytest.mark.parametrize("dash", ["—", "―"])
def test_a_quotation_credited_by_a_dash_and_printed_once_is_body_with_its_credit_but_a_pull_quote_is_not(dash):
    article = ["The vigil drew hundreds of people on Sunday after the flood, officials said.",
               "The town plans a memorial for next spring, the council said."]
    quoted, credit = "“We grieve together, and we will rebuild.”", f"{dash} Jo Lee, the mayor"
    labels = _labels_of("\n\n".join([article[0], f"{quoted} {credit}", article[1]]))
    assert labels[f"{quoted} {credit}"] == "body"
    labels = _labels_of("\n\n".join([article[0], quoted, credit, article[1]]))
    assert labels[quoted] == "body" and labels[credit] == "body"
    said = "“We grieve together, and we will rebuild,” Lee said at the vigil."
    labels = _labels_of("\n\n".join([article[0], f"{quoted} {credit}", said, article[1]]))
    assert labels[f"{quoted} {credit}"] != "body" and labels[said] == "body"
    labels = _labels_of("\n\n".join([article[0], quoted, credit, said, article[1]]))
    assert labels[quoted] != "body" and labels[credit] != "body" and labels[said] == "body"


@pytest.mark.parametrize("pull", ["“We cannot let another winter pass with the piers like this.” — Jane Roe",
                                  "“We can’t let another win\u00adter pass with the piers like this”\n\n— Jane Roe"])
def test_a_pull_quote_signed_after_the_sentence_it_repeats_is_set_aside_however_it_is_typed(pull):
    article = ["The council voted on Tuesday to close the old bridge for repairs, the mayor said.",
               "“We cannot let another winter pass with the piers like this,” said Jane Roe, who chairs the council.",
               "Engineers said the piers were failing after the spring flood and could not carry buses.",
               "The bridge will reopen in 2028, the council said."]
    labels = _labels_of("\n\n".join([*article[:3], pull, article[3]]))
    assert all(labels[p] != "body" for p in pull.split("\n\n")) and all(labels[p] == "body" for p in article)
    labels = _labels_of("\n\n".join([article[0], article[2], pull, article[3]]))
    assert all(labels[p] == "body" for p in pull.split("\n\n"))


@pytest.mark.parametrize("credit", ["— Jo Lee, Jr., the mayor", "— Jo Lee, the U.S. envoy to the talks",
                                    "— Jo Lee, chief executive of Harbourside International Shipping Corporation"])
def test_a_dash_credit_with_a_suffix_an_abbreviation_or_a_long_description_is_body_under_a_quotation_only(credit):
    article = ["The vigil drew hundreds of people on Sunday after the flood, officials said.",
               "The town plans a memorial for next spring, the council said."]
    quoted = "“We grieve together, and we will rebuild.”"
    labels = _labels_of("\n\n".join([article[0], quoted, credit, article[1]]))
    assert labels[quoted] == "body" and labels[credit] == "body"
    labels = _labels_of("\n\n".join([*article, credit, "The memorial will open in May, the council said."]))
    assert labels[credit] != "body"


def test_an_authors_biography_over_a_list_of_other_stories_titles_is_set_aside():
    bio = "Jane Roe is a reporter and the head of the port desk at the Valley Post. She has covered shipping since 2004."
    titles = ["* Ferry crews vote to strike over pay as the summer timetable starts",
              "* Harbour board delays the vote on the new container terminal again",
              "* Fishing fleet returns early as storms close the northern channel",
              "* Dock workers in Elmton win a second pay rise in a single year"]
    raw = page("Port sale slowed", *ARTICLE, bio, *titles, "Subscribe to our free morning newsletter.")
    assert labels_of(raw)[bio] != "body" and body_of(raw)[1:] == ARTICLE[1:]


def test_an_authors_biography_opening_on_a_bold_field_is_set_aside():
    bio = "**Role: Editor** Jane Roe is an editor for the Valley Post covering the port."
    raw = page("Port sale slowed", *ARTICLE, "About the Author", "Share iconEmail icon", bio, "See full bio")
    assert labels_of(raw)[bio] != "body" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_question_among_a_list_of_other_stories_titles_is_set_aside_but_a_list_in_the_article_stays():
    titles = ["* Ferry Crews Vote to Strike Over Pay", "* Want a Faster Ferry? Try Hydrofoils.",
              "* Fishing Fleet Returns Early From Storms"]
    assert _bullet_among_set_aside([*titles, ARTICLE[1]], ["subhead", "body", "subhead", "body"])[1] == "subhead"
    items = ["* The ferry runs twice a day.", "* Is the port too full? The crews say it is.", "* Fares rise in May."]
    assert _bullet_among_set_aside(items, ["body"] * 3) == ["body"] * 3
    quoted = ["* Ferry Crews Vote to Strike", "* Is it full? Crews said it was.", "* Fishing Fleet Returns"]
    assert _bullet_among_set_aside(quoted, ["subhead", "body", "subhead"])[1] == "body"


def test_a_time_alone_with_its_zone_under_a_teaser_is_a_date_but_a_time_in_a_sentence_is_not():
    cards = ["* [](https://example.com/a)", "Harbour board delays the vote on the new container terminal", "7:52 AM UTC",
             "* [](https://example.com/b)", "Ferry crews vote to strike over pay as the summer starts", "5:17 AM GMT"]
    labels = labels_of(page("# Port sale slowed", *ARTICLE, "## Business", *cards))
    assert labels["7:52 AM UTC"] == labels["5:17 AM GMT"] == "date"
    assert not DATE_LINE.fullmatch("7:52 AM UTC the ferry left.") and not DATE_LINE.fullmatch("7:52")


def test_the_closing_of_an_outlets_letter_over_its_signature_is_set_aside_but_a_thanks_in_the_article_stays():
    letter = ["If you value our reporting, please support the Valley Post today.",
              "Readers like you keep our reporters on the road.", "Thanks,", "Jo Bloggs, Editor", "Subscribe"]
    assert labels_of(page("Port sale slowed", *ARTICLE, *letter))["Thanks,"] != "body"
    inside = page("Port sale slowed", *ARTICLE[:2], "Thanks,", "Jo Bloggs, Editor", *ARTICLE[2:])
    assert labels_of(inside)["Thanks,"] == "body"


def test_a_videos_caption_under_its_players_time_is_set_aside_but_the_article_after_a_clock_stays():
    caption = "A video with harbour master Jo Bloggs and the ferry crews discussing the port sale and what comes next."
    raw = page("Port sale slowed", *ARTICLE[:2], "!A video discussion with harbour master Jo Bloggs on the port sale",
               "00:00", caption, *ARTICLE[2:])
    assert labels_of(raw)[caption] == "caption" and body_of(raw)[2:] == ARTICLE[2:]
    raw = page("Port sale slowed", *ARTICLE[:2], "00:00", caption, *ARTICLE[2:])
    assert labels_of(raw)[caption] == "body"


def test_a_field_name_over_a_reference_after_the_article_is_set_aside_but_one_over_copy_stays():
    raw = page("Port sale slowed", *ARTICLE, "Reference:", "_Port Review_ DOI: 10.1000/port.2026.17", "#### Amended on 3 May")
    assert labels_of(raw)["Reference:"] != "body" and body_of(raw)[1:] == ARTICLE[1:]
    raw = page("Port sale slowed", *ARTICLE[:2], "Background:", *ARTICLE[2:])
    assert labels_of(raw)["Background:"] == "body"


def test_a_date_line_labelled_issued_on_is_a_date():
    raw = page("Port sale slowed", "Issued on: 04/02/2026 - 06:59Modified: 05/02/2026 - 03:57", *ARTICLE)
    assert labels_of(raw)["Issued on: 04/02/2026 - 06:59Modified: 05/02/2026 - 03:57"] == "date"


def test_a_live_pages_summary_sending_the_reader_on_to_its_posts_is_set_aside():
    summary = "The envoys met for five hours on Monday. Follow our live blog to see how the day unfolded."
    assert labels_of(page("Port talks live", summary, *ARTICLE))[summary] != "body"
    lead = "The envoys met for five hours on Monday. Aides will follow the latest updates from the port closely."
    assert labels_of(page("Port talks live", lead, *ARTICLE))[lead] == "body"


def test_a_host_sites_blurb_after_the_link_to_the_sources_own_site_is_set_aside_but_article_text_stays():
    article = ["The Valley Trust says floods have left 3,000 families without heating this winter.",
               "Its teams are handing out stoves and blankets in the villages along the river."]
    site = "To learn more about the Valley Trust's work, please visit https://trust.example/."
    blurb = "Urgent help is needed before the frost. The appeal aims to reach every family by March."
    labels = _labels_of("\n\n".join([*article, site, blurb]))
    assert labels[blurb] == "chrome" and all(labels[p] == "body" for p in article)
    later = "The trust will report on the appeal in the spring."
    labels = _labels_of("\n\n".join([*article, site, blurb, later]))
    assert labels[blurb] == labels[later] == "body"
    said = "Volunteers will carry the stoves to the farthest villages, the trust said."
    labels = _labels_of("\n\n".join([*article, site, said]))
    assert labels[said] == "body"
    link = "Read more: Floods close the river road"
    labels = _labels_of("\n\n".join([article[0], link, article[1]]))
    assert all(labels[p] == "body" for p in article)


def test_a_page_kept_one_line_per_paragraph_with_a_stray_blank_line_has_one_paragraph_per_line():
    lines = ["Home", "World", "Sign In", "", *ARTICLE[:2], "", *ARTICLE[2:], "Share on Facebook", "Most Read"]
    blocks = label_blocks(page(*lines))
    assert body_of(page(*lines))[1:] == ARTICLE[1:]
    assert "\n" not in "".join(blocks.loc[blocks["label"] != "whitespace", "text"])


def test_a_text_wrapped_at_a_fixed_width_keeps_its_paragraphs_between_blank_lines():
    wrapped = ("The ministry has postponed the sale of the port operator's\nforeign holdings, two people familiar "
               "with the matter\nsaid on Tuesday, as talks with buyers dragged on.\n\nBuyers now have until May "
               "to close their offers, a\ndocument seen by the agency showed, and officials said\nthey were in no "
               "hurry to settle the matter.")
    assert len(body_of(wrapped)) == 2


def test_a_markdown_heading_is_a_heading_however_it_ends():
    raw = page("# Port sale slowed", *ARTICLE[:2], "### Why the buyers wait.", *ARTICLE[2:])
    labels = labels_of(raw)
    assert labels["# Port sale slowed"] == "headline" and labels["### Why the buyers wait."] == "subhead"
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_a_caption_under_an_images_alt_text_is_set_aside_but_not_text_under_a_placeholder():
    caption = "Ferry crews wait at the quay in Elmton as the port sale was delayed."
    raw = page("Port sale slowed", ARTICLE[0], "!Ferry crews at the quay", caption, ARTICLE[1], "!placeholder",
               *ARTICLE[2:])
    assert labels_of(raw)[caption] == "caption" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_caption_repeating_a_markdown_images_alt_text_is_set_aside():
    caption = "This was the first ferry of the Elmton line, built in 1931."
    raw = page("Port sale slowed", ARTICLE[0], "![This was the first ferry of the Elmton line, built in 1931.](a.jpg)",
               caption, *ARTICLE[1:])
    assert labels_of(raw)[caption] == "caption" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_heading_joined_to_its_paragraph_by_a_markdown_line_break_is_set_aside_but_not_a_sentence():
    raw = page("# Port sale slowed", ARTICLE[0], "", "What the buyers want  \n" + ARTICLE[1], "",
               "Talks stalled.  \n" + ARTICLE[2])
    labels = labels_of(raw)
    assert labels["What the buyers want"] == "subhead" and labels[ARTICLE[1]] == "body"
    assert labels["Talks stalled.  \n" + ARTICLE[2]] == "body"


def test_a_paragraph_over_an_image_is_not_taken_for_its_caption():
    short = "Buyers now have until May to close their offers."
    raw = page("Port sale slowed", ARTICLE[0], short, "!placeholder", *ARTICLE[2:])
    assert short in body_of(raw)


def test_a_byline_with_its_date_stamp_on_one_line_is_a_byline():
    for line in ("by Jane Roe 9:05 AM March 3, 2026", "Jane Roe | March 3, 2026, 9:05 pm", "By Jane Roe edited by Al Poe"):
        assert labels_of(page("Port sale slowed", line, *ARTICLE))[line] == "byline"


def test_an_authors_beat_after_the_article_is_set_aside():
    for bio in ("_Jane Roe writes for the Valley Post from Elmton._",
                "Jane covers ports, shipping and the harbour board's long fights over money for the Valley Post."):
        raw = page("Port sale slowed", *ARTICLE, bio, "Share on Facebook", "Most Read")
        assert labels_of(raw)[bio] != "body" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_reading_time_is_no_headline():
    raw = page("4 min read", "Port sale slowed", *ARTICLE)
    labels = labels_of(raw)
    assert labels["4 min read"] == "chrome" and labels["Port sale slowed"] == "headline"
    assert labels_of(page("Port sale slowed", "Reading Time: 3 minutes", *ARTICLE))["Reading Time: 3 minutes"] == "chrome"


def test_a_paragraph_between_two_appeals_is_part_of_the_appeal():
    middle = "In return, you get every story a day early and our weekly quiz."
    raw = page("Port sale slowed", *ARTICLE, "Please support our journalism.", middle, "Subscribe today.")
    assert labels_of(raw)[middle] == "appeal" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_date_line_with_its_reading_time_is_a_date():
    for line in ("Mar 3, 20264 mins", "March 3, 2026 · 6 min read"):
        assert labels_of(page("Port sale slowed", line, *ARTICLE))[line] == "date"


def test_a_listed_story_with_its_date_and_reading_time_is_set_aside():
    listed = ["* newsFerry crews vote to strike over pay Mar 2, 2026 5 mins",
              "feature Harbour board weighs a new crane By Jo RoeFeb 27, 20263 mins Shipping",
              "video How the old bridge was moved Feb 20, 20261 mins"]
    raw = page("Port sale slowed", *ARTICLE, "## More from this author", *listed)
    assert all(labels_of(raw)[line] != "body" for line in listed) and body_of(raw)[1:] == ARTICLE[1:]
    said = "On March 3, 2026 6 minutes passed before the alarm rang."
    assert said in body_of(page("Port sale slowed", *ARTICLE[:2], said, *ARTICLE[2:]))


def test_a_long_article_paragraph_between_a_date_line_and_a_byline_stays_body():
    long = " ".join(f"Crews in Elmshire worked on pier {n} through the night, Jo Lee said." for n in range(30))
    raw = page("Port sale slowed", "By Al Roe", *ARTICLE, "Jun 12, 2026", long, "by Jo Lee", "More Local News")
    assert labels_of(raw)[long] == "body"
    short = "Crews in Elmshire worked through the night."
    assert labels_of(page("Port sale slowed", "By Al Roe", *ARTICLE, "Jun 12, 2026", short, "by Jo Lee",
                          "More Local News"))[short] != "body"


def test_a_summary_in_bullets_under_its_heading_is_set_aside_above_the_article():
    box = ["Here’s what you’ll learn when you read this story:", "* The port sale is on hold.",
           "* Buyers have until May."]
    raw = page("Port sale slowed", "* Ferry Crews Vote To Strike? Not Yet.", *box, *ARTICLE)
    labels = labels_of(raw)
    assert all(labels[line] != "body" for line in box) and body_of(raw)[-3:] == ARTICLE[1:]


def test_a_teaser_cards_summary_under_its_title_marked_as_a_heading_is_set_aside():
    cards = []
    for title, blurb in (("Ferry Crews Vote To Strike Over Pay", "The union wants a raise before the summer timetable."),
                         ("Harbour Board Weighs a New Crane", "The board will meet twice before it votes on the plan."),
                         ("Old Bridge Moved Ten Metres North", "Engineers needed three nights to move the span.")):
        cards += ["### Port News", f"## {title}", blurb, "Jo Roe2 days ago"]
    for raw in (page("Port sale slowed", *ARTICLE, *cards), page("Port sale slowed", *ARTICLE[:2], *cards, *ARTICLE[2:])):
        assert body_of(raw)[1:] == ARTICLE[1:]


def test_a_teaser_cards_summary_over_its_authors_line_with_how_long_ago_is_set_aside():
    cards = []
    for kind, title, blurb in (("Shipping", "Ferry Crews Vote To Strike Over Pay", "The union wants a raise first."),
                               ("Harbours", "Harbour Board Weighs a New Crane", "The board will vote in June.")):
        cards += [kind, title, blurb, "Jo Roe3 days ago"]
    raw = page("Port sale slowed", *ARTICLE, *cards)
    assert body_of(raw)[1:] == ARTICLE[1:]


def test_a_lead_set_in_bold_under_a_one_word_headline_stays_body():
    lead = "**Harbour funding rose on Monday after the port board approved a plan traders had not expected.**"
    labels = labels_of(page("Funding", lead, *ARTICLE[1:]))
    assert labels[lead] == "body"


def test_a_style_sheet_left_on_a_page_scraped_one_line_per_paragraph_is_set_aside():
    menu = "Home\nWorld\nSign in\n"
    article = "It rained all day in the valley, and the river rose.\nThe mayor said the roads would close.\n"
    style = ".card {\nwidth:100%;\nfont-family: Arial, sans-serif;\n}\n"
    raw = menu + article + "\n" + style + "\nThe roads opened again on Friday, a week after the flood.\n"
    labels = {raw[b.start:b.end]: b.label for b in label_blocks(raw).itertuples()}
    assert [labels[line] for line in style.split("\n")[:3]] == ["chrome", "chrome", "chrome"]
    assert labels["The mayor said the roads would close."] == "body"


def test_a_job_ad_left_among_cards_under_a_list_after_a_short_article_is_set_aside():
    cards = [("Research Fellow in River Ecology at the Valley Institute",
              "Join a small team that studies how the spring floods reshape the valley."),
             ("News Intern at the Valley Post",
              "Work with our editors on the daily news pages and learn how a newsroom runs."),
             ("Senior Editor for the Valley Review",
              "Lead a team of six editors who commission and edit research papers."),
             ("Faculty Posts in Hydrology at the Valley Institute",
              "Professor posts at the flood lab are open to applicants from any country.")]
    article = "The council voted on Tuesday to close the old bridge for repairs, the mayor said."
    listed = [line for title, summary in cards for line in (f"* #### {title}", summary, "Valley Town", "Valley Ltd")]
    lines = ["# Council shuts the old bridge", article, "## Related articles", *["*"] * 4,
             "*  Floods close the coast road for a week", "## Subjects", "* Rivers", "* Towns", "## Jobs", *listed,
             "Close banner", "Sign up for the Valley Briefing newsletter, free to your inbox daily."]
    labels = _labels_of("\n\n".join(lines))
    assert labels[article] == "body" and all(labels[summary] != "body" for _, summary in cards)


def test_a_biography_under_the_authors_name_and_title_is_set_aside():
    article = ["The council voted on Tuesday to close the old bridge for repairs, the mayor said.",
               "Engineers said the piers were failing after the spring flood and could not carry buses."]
    bio = "Jo lives in Leeds, keeps two dogs, and writes about rivers and the towns along them."
    labels = _labels_of("\n\n".join(["Council shuts the old bridge", *article, "Jo Roe", "Staff Writer", bio, "Help",
                                     "Contact us"]))
    assert labels[bio] != "body" and all(labels[p] == "body" for p in article)
    said = "Jo lives in Leeds now, she said, and the bridge is her way to work."
    labels = _labels_of("\n\n".join(["Council shuts the old bridge", *article, said, "Help"]))
    assert labels[said] == "body"


def test_a_skip_link_is_chrome_and_the_headline_under_it_heads_a_summary_box_that_names_no_author():
    summary = ["* The ministry postponed the sale of the port operator's holdings.", "* Buyers have until May."]
    raw = page("Skip Navigation", "Ministry slows port sale to press for a deal", "Markets", "Menu", "Key Points",
               *summary, "", *ARTICLE[1:])
    labels = labels_of(raw)
    assert labels["Skip Navigation"] == "chrome"
    assert labels["Ministry slows port sale to press for a deal"] == "headline"
    assert all(labels[line] != "body" for line in summary) and body_of(raw) == ARTICLE[1:]
    assert text_metadata(label_blocks(raw)).get("byline", "") == ""


def test_a_closing_credit_set_in_italics_that_split_its_words_is_set_aside():
    credit = "_V_ _NP News'__Jane Roe, Al Poe,__Ann Bo_ _contributed to this report._"
    raw = page("Ministry slows port sale", *ARTICLE, credit)
    assert labels_of(raw)[credit] == "credit" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_question_opening_on_a_conjunction_after_an_ad_placeholder_stays_body():
    story = ["Jo Roe has sold boats at the harbour for twenty years, and her prices rose this spring.",
             "Buyers from the coast still queue at her yard every weekend.", "The answer lies in the timber trade.",
             "Oak has doubled in price since the winter."]
    question = "But why did Roe raise her prices?"
    raw = page("Boat prices rise", *story[:2], "Ad Feedback", question, *story[2:])
    labels = labels_of(raw)
    assert labels["Ad Feedback"] == "promo" and labels[question] == "body"


def test_a_former_reporters_biography_under_the_name_title_and_link_is_set_aside():
    bio = ("Jo Roe covered ports and shipping at the Valley Post. Before that she wrote about farming for the "
           "Gazette. She lives in Leeds.")
    raw = page("Ministry slows port sale", *ARTICLE, "Jo Roe", "Reporter, Ports and Shipping",
               "[](https://social.example/joroe)", bio, "View Bio", "## Most Popular")
    assert labels_of(raw)[bio] != "body" and body_of(raw)[1:] == ARTICLE[1:]


LEAD = ["The ministry has postponed the sale of the port operator's foreign holdings, two people said.", *ARTICLE[1:]]
TITLES = ["#### Ferry crews vote to strike", "*", "#### Rates rise again", "*", "#### Bridge shut for repairs", "*"]


def test_a_blurb_under_a_teasers_heading_cut_short_above_the_article_is_set_aside():
    blurb = "Harbour master Jo Bloggs looks back at a year of ferry strikes and what the port sale means for crews."
    raw = page(*TITLES, "#### Port sale: what the crews want from the...", blurb, *LEAD)
    assert labels_of(raw)[blurb] == "caption" and body_of(raw) == LEAD
    raw = page("#### Port sale: what the crews want", blurb, *ARTICLE)
    assert labels_of(raw)[blurb] == "body"


def test_a_list_of_other_stories_titles_as_markdown_headings_above_the_article_holds_no_headline():
    assert "headline" not in text_metadata(label_blocks(page(*TITLES, *LEAD)))
    assert {labels_of(page(*TITLES, *LEAD))[t] for t in TITLES[::2]} == {"subhead"}
    meta = text_metadata(label_blocks(page("# Port sale slowed to press for a deal", "## Ferry crews", *LEAD)))
    assert meta["headline"] == "Port sale slowed to press for a deal"


@pytest.mark.parametrize("line", ["_Last updated: June 12, 2025_", "**Published: March 3, 2026**"])
def test_a_date_line_set_in_italics_or_bold_is_a_date_line(line):
    assert labels_of(page("# Port sale slowed to press for a deal", *LEAD[:2], line, *LEAD[2:]))[line] == "date"


def test_an_authors_photo_named_over_the_byline_is_byline_and_a_photo_of_someone_else_a_caption():
    raw = page("# Port sale slowed to press for a deal", "!Jane Roe", "by Jane Roe", "Senior Editor", *LEAD)
    assert labels_of(raw)["!Jane Roe"] == "byline" and text_metadata(label_blocks(raw))["byline"] == "Jane Roe"
    raw = page("# Port sale slowed to press for a deal", "!Jo Bloggs", "by Jane Roe", *LEAD)
    assert labels_of(raw)["!Jo Bloggs"] == "caption"


def test_an_avatars_letter_over_the_authors_name_under_the_dek_makes_a_byline_and_the_dek_is_set_aside():
    dek = "The port operator's sale was slowed to press the buyers for a better deal, the ministry said on Monday."
    raw = page("# Port sale slowed to press for a deal", dek, "J", "Jane Roe", *LEAD)
    labels = labels_of(raw)
    assert labels["J"] == labels["Jane Roe"] == "byline" and labels[dek] != "body" and body_of(raw) == LEAD
    assert text_metadata(label_blocks(raw))["byline"] == "Jane Roe"


def test_a_publishers_line_over_the_page_is_no_headline_but_a_sentence_opening_so_stays_body():
    raw = page("Published weekly by the **Harbour Institute**", *LEAD)
    assert labels_of(raw)["Published weekly by the **Harbour Institute**"] == "credit"
    assert "headline" not in text_metadata(label_blocks(raw))
    said = "Published by the council on Monday, the report found the port lost money for a third year."
    assert labels_of(page("# Port sale slowed to press for a deal", *LEAD[:2], said, *LEAD[2:]))[said] == "body"


def test_a_reporters_title_under_a_by_line_is_byline():
    for lines in (["by Jane Roe", "Senior Editor", "# Port sale slowed to press for a deal"],
                  ["# Port sale slowed to press for a deal", "by Jane Roe", "Senior Editor"]):
        raw = page(*lines, *LEAD)
        assert labels_of(raw)["Senior Editor"] == "byline" and body_of(raw) == LEAD


def test_a_paywalls_prompts_around_an_articles_teaser_are_appeals_and_the_teaser_stays_body():
    teaser = "Engineers at the port have built a crane that can lift twice the load of the old ones without tipping over."
    raw = page("!A crane at the port", "A crane at the port. Credit: Port Authority", "Access through your institution",
               "Buy or subscribe", teaser, "## Access options", "Log in via your library", "Subscribe to this journal")
    labels = labels_of(raw)
    assert labels["Access through your institution"] == labels["Buy or subscribe"] == "appeal"
    assert body_of(raw) == [teaser] and "headline" not in text_metadata(label_blocks(raw))


def test_a_byline_and_a_biography_with_the_name_set_in_bold_are_set_aside():
    byline = "By **Jo Roe**, a staff fellow at _The Valley Post_."
    bio = "**Jo Roe** is a staff fellow at  _The Valley Post_."
    raw = page("Ministry slows port sale", byline, *ARTICLE, bio, "Read More On  Ports | Shipping")
    labels = labels_of(raw)
    assert labels[byline] == "byline" and labels[bio] != "body" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_share_row_of_labelled_buttons_run_together_is_set_aside_and_the_summary_box_under_it_too():
    row = "ShareShare Story via FacebookShare Story via LinkedInShare Story via Email"
    summary = ["* The ministry postponed the sale of the port operator's holdings.", "* Buyers have until May."]
    raw = page("Ministry slows port sale to press for a deal", row, "Markets", "Menu", "Key Points", *summary, "",
               *ARTICLE[1:])
    labels = labels_of(raw)
    assert labels[row] != "body" and all(labels[line] != "body" for line in summary) and body_of(raw) == ARTICLE[1:]


def test_subscriber_lines_and_a_mailing_consent_are_appeals():
    lines = ["My Post: Follow topics you like. Exclusively for Post subscribers. Subscribe Now | Log In",
             "Commenting is a benefit of a _Valley Post_ subscription.",
             "Yes, I agree to receive offers and updates from the Valley Post Group."]
    raw = page("Ministry slows port sale", *ARTICLE, *lines)
    labels = labels_of(raw)
    assert all(labels[line] == "appeal" for line in lines) and body_of(raw)[1:] == ARTICLE[1:]


def test_a_quiz_with_lettered_choices_after_a_signed_item_stays_body():
    items = ["The council shut the old bridge on Tuesday after engineers found cracks in two of its piers, and "
             "buses will take the ring road until the spring. Repairs will take a year, the council said._—Jo Roe_",
             "Elmton's mayor, Ann Poe, said on Monday that she would answer a council committee's questions in "
             "public next week, and that she would bring her own papers, about her part in what?",
             "A. The cost of the new ferry", "B. The closing of the old bridge", "C. The bus lanes on the ring road",
             "D. The harbour's winter hours",
             "The ferry company, which has run boats across the estuary since the war, said on Wednesday that it "
             "would add two sailings a day while the bridge is shut, and that fares would not rise this year.",
             "The committee will publish its report on the closing next month, a spokesman for the council said."]
    raw = page("Morning Brief", *ARTICLE, *items, "Help")
    assert body_of(raw)[1:] == ARTICLE[1:] + items


def test_a_grid_of_teasers_closing_the_page_is_set_aside():
    grid = ["*   A crowd of people waving flags outside the town hall in the rain.",
            "*   An illustration shows a ferry crossing a river at dusk, its lights on.",
            "*   Two men talking at a long table covered in maps and papers.",
            "The tide has turned for the harbour towns of the north coast.",
            "*   A woman walks past a shuttered shop on the high street in winter."]
    furniture = ["Read More On  Ports | Shipping", "Commenting is a benefit of a _Valley Post_ subscription.",
                 "Please follow our comment guidelines.", *[f"Other story number {n} about the harbour" for n in range(6)]]
    raw = page("Ministry slows port sale", *ARTICLE, *furniture, *grid)
    assert body_of(raw)[1:] == ARTICLE[1:]
    quoted = [*grid[:3], "“We will not sell,” the harbour master said on Tuesday."]
    assert quoted[-1] in body_of(page("Ministry slows port sale", *ARTICLE, *furniture, *quoted))


def test_titles_closing_a_page_after_a_list_of_teasers_are_set_aside_but_closing_sentences_stay_body():
    tail = ["'We were never told about the storm.' Flooded towns along the northern coast ask why the warning came two "
            "full days too late for the families living there",
            "Port sale slowed as the ministry presses buyers over late bids, officials say"]
    raw = page("Port sale slowed", *ARTICLE, *TEASERS[:2], *tail)
    labels = labels_of(raw)
    assert body_of(raw)[1:] == ARTICLE[1:] and all(labels[t] != "body" for t in tail)
    closing = "The council will vote on the harbour plan on Friday."
    assert body_of(page("Port sale slowed", *ARTICLE, *TEASERS[:2], closing))[-1] == closing


def test_bulleted_titles_in_bold_with_their_authors_in_italics_amid_the_article_are_set_aside():
    titles = ["* **The Grand Plan Behind the Harbour Board’s New Port Policy** _by A. Jane Roe_",
              "* **The Ferry Strike Is No Quick Fix for the Coast** _by Al Poe and Jo Lee_"]
    raw = page("Port sale slowed", *ARTICLE[:2], *titles, *ARTICLE[2:])
    labels = labels_of(raw)
    assert body_of(raw)[1:] == ARTICLE[1:] and all(labels[t] != "body" for t in titles)


def test_the_articles_opening_printed_twice_keeps_the_full_text_and_sets_the_preview_aside():
    opening = ["The harbour board met on Friday to weigh three late bids for the port operator's foreign holdings.",
               "The ministry postponed the sale of the port operator's foreign holdings on Friday, officials said."]
    rest = ["Buyers now have until May to close their offers, a document seen by the agency showed.",
            "The unions warned of strikes along the coast if the crews' contracts change."]
    raw = page("Port sale slowed", opening[0], "Advertisement", opening[1], "Sign up for our newsletter",
               opening[0], opening[1], *rest)
    blocks = label_blocks(raw)
    assert blocks.loc[blocks["text"] == opening[0], "label"].tolist() == ["promo", "body"]
    assert body_of(raw)[-3:] == [opening[1], *rest] and body_of(raw).count(opening[1]) == 1


def test_a_quizs_answer_printing_one_of_its_lettered_choices_again_stays_body():
    choices = ["A. Closing the ferry for the winter", "B. Selling the port operator abroad", "C. Raising the fares in May"]
    raw = page("Port sale slowed", *ARTICLE, "Which plan did the council reject on Friday?", *choices,
               "The mayor spoke to the crews on Saturday.", choices[1], "The sale had split the council for a year.")
    assert body_of(raw)[-2:] == [choices[1], "The sale had split the council for a year."]


def test_a_reader_markdown_pages_link_lines_and_images_are_set_aside_and_its_sentences_with_links_stay_body():
    menu = ["*   [Harbours](/harbours/)", "[Browse Ports](/ports/)", "[Home](/)[Ferries](/ferries) | [Tides](/tides)",
            "*   [", "    Valley Post Logo", '    ](/ "Valley Post")',
            "![Image 1: Two ferries moored at the quay at dusk, their lights on, as gulls circle the masts overhead]"
            "(https://example.org/ferries.jpg?w=800)"]
    article = [*ARTICLE[:2], "The port authority [said in a filing](https://example.org/filing) that bids would reopen."]
    raw = "\n\n".join([*menu, "Ministry slows port sale", *article]) + "\n"
    assert body_of(raw)[1:] == article[1:] and len(body_of(raw)) == len(article)


def test_a_heading_underlined_in_markdown_is_the_headline_and_a_caption_with_its_credit_run_on_is_set_aside():
    raw = "\n\n".join(["![Image 1: Cranes at the quay.](https://example.org/a.jpg)",
                       "Cranes stand idle at the quay on Monday.Credit...Jo Roe for The Valley Post",
                       "Ministry slows port sale\n------------------------", *ARTICLE]) + "\n"
    labels = labels_of(raw)
    assert labels["Ministry slows port sale\n------------------------"] == "headline"
    assert labels["Cranes stand idle at the quay on Monday.Credit...Jo Roe for The Valley Post"] == "caption"
    assert body_of(raw)[1:] == ARTICLE[1:] and len(body_of(raw)) == len(ARTICLE)


def test_a_list_of_other_stories_as_numbered_or_bulleted_links_is_set_aside_and_a_wire_lead_above_its_date_stays():
    listed = ["1.   [#### Ferry fares to rise in spring](/ferry-fares)", "2.   2 [Storm closes the coast road](/storm)",
              "*   [](/tides)   ### Tides reach a record height 1d ago", "*   [Harbour fees frozen](/fees) Europe"]
    lead = "Valley (AFP) – The ministry has postponed the sale of the port operator's holdings, two people said."
    raw = "\n\n".join(["Ministry slows port sale", lead, "Issued on: 03/03/2026 - 09:05", *ARTICLE[1:],
                       *listed]) + "\n"
    assert body_of(raw) == [lead.removeprefix("Valley (AFP) – "), *ARTICLE[1:]]
    item = "*   [Jo Roe](/jo-roe), the harbour master, said bids would reopen."
    assert item in body_of("\n\n".join(["Ministry slows port sale", *ARTICLE, item]) + "\n")


def test_a_byline_of_links_to_the_authors_pages_is_the_byline_and_states_their_names():
    raw = page("Ministry slows port sale", "By[Jane Roe](/authors/jane-roe), [Al Bo](/authors/al-bo)",
               "Mar 3, 2026", *ARTICLE)
    assert labels_of(raw)["By[Jane Roe](/authors/jane-roe), [Al Bo](/authors/al-bo)"] == "byline"
    assert text_metadata(label_blocks(raw))["byline"] == "Jane Roe, Al Bo"
    lone = page("Ministry slows port sale", "[Jane Roe](/profile/jane-roe)", "Mar 3, 2026", *ARTICLE)
    assert labels_of(lone)["[Jane Roe](/profile/jane-roe)"] == "byline"


def test_a_dek_under_a_markdown_headline_and_over_a_linked_byline_stays_the_standfirst():
    raw = "\n\n".join(["# Ministry slows port sale", "Buyers were hoping to close before the summer",
                       "[Jane Roe](/author/jane-roe)", "Tuesday 3 March 2026 09:05 GMT", *ARTICLE]) + "\n"
    labels = labels_of(raw)
    assert labels["Buyers were hoping to close before the summer"] == "subhead"
    assert text_metadata(label_blocks(raw))["headline"] == "Ministry slows port sale"


def test_a_headlines_underline_set_apart_and_a_dateline_on_its_own_line_are_labelled_so():
    raw = "\n\n".join(["Ministry slows port sale", "========================", "Elmton, Maine \u00a0—",
                       *ARTICLE[1:]]) + "\n"
    labels = labels_of(raw)
    assert labels["========================"] == "headline"
    assert labels["Elmton, Maine \u00a0—"] == "dateline"
    assert text_metadata(label_blocks(raw))["dateline_place"] == "Elmton, Maine"
    assert body_of(raw) == ARTICLE[1:]


def test_a_date_line_with_its_update_time_after_it_and_a_date_word_with_its_preposition_are_date_lines():
    assert DATE_LINE.fullmatch("Mar. 3, 2026 Updated 9:05 a.m. ET")
    assert DATE_LINE.fullmatch("Updated on")
    assert not DATE_LINE.fullmatch("Updated on Monday, the council met")
    raw = page("Ministry slows port sale", "*   Mar. 3, 2026 Updated 9:05 a.m. ET", *ARTICLE)
    assert labels_of(raw)["*   Mar. 3, 2026 Updated 9:05 a.m. ET"] == "date"
def plain_page(*stretches: list[str]) -> str:
    """A page saved as plain text one paragraph per line, a blank line only between the stretches."""
    return "\n\n".join("\n".join(lines) for lines in stretches) + "\n"


def test_a_caption_and_a_related_link_among_paragraph_lines_saved_as_plain_text_are_set_aside():
    caption = "Ferries wait at the quay in Elmton on Monday. (Getty Images)"
    link = "CLICK HERE TO GET THE VALLEY POST APP"
    raw = plain_page(["Ferry fares go up in May"], [ARTICLE[0], ARTICLE[1], caption, ARTICLE[2], link, ARTICLE[3]])
    labels = labels_of(raw)
    assert labels[caption] == "caption" and labels[link] != "body"
    assert body_of(raw)[-3:] == ARTICLE[1:]


def test_paragraph_lines_without_furniture_saved_as_plain_text_stay_one_block():
    raw = plain_page(["Ferry fares go up in May"], ARTICLE)
    assert body_of(raw) == ["\n".join([ARTICLE[0].split(" - ", 1)[1], *ARTICLE[1:]])]


def test_a_reuse_notice_cut_over_two_lines_and_a_market_data_credit_are_set_aside():
    notice = ["This material may not be published, broadcast, rewritten,",
              "or redistributed. ©2025 Valley Media, LLC. All rights reserved.",
              "Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by"]
    raw = plain_page(notice, ["Ferry fares go up in May"], ARTICLE, notice)
    assert labels_of(raw)["\n".join(notice)] == "chrome" and body_of(raw)[-1].endswith(ARTICLE[-1])
    for line in notice:
        assert labels_of(page("Ferry fares go up in May", *ARTICLE, "", line))[line] == "chrome"


def test_a_syndication_line_holding_a_copyright_year_amid_its_sentences_is_set_aside():
    line = "The first version ran in the Valley Wire. Copyright 2026. Follow the Valley Wire for more."
    assert labels_of(page("Ferry fares go up in May", *ARTICLE, line))[line] == "chrome"


def test_a_closing_credit_of_two_sentences_and_a_research_credit_are_credits():
    credits = ["Roe reported from Elmton. Wire writer Al Poe in Harbourton contributed to this report.",
               "J. Ann Poe contributed research."]
    for credit in credits:
        labels = labels_of(page("Ferry fares go up in May", *ARTICLE, credit))
        assert labels[credit] == "credit"


def test_an_authors_follow_button_left_without_the_name_is_set_aside():
    raw = page("Follow:", "", *ARTICLE)
    assert labels_of(raw)["Follow:"] == "chrome" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_link_heading_over_a_title_a_section_link_and_a_caption_credited_to_a_name_are_set_aside():
    related = "Related article\nFerry fares rise as the port weighs a sale"
    section = "For more Harbour stories, visit www.valley.example/harbour."
    caption = "Ferries wait at the quay in Elmton on Monday. (Jo Roe)"
    raw = page("Ferry fares go up in May", "", *ARTICLE[:2], "", related, "", caption, "", *ARTICLE[2:], "", section)
    labels = labels_of(raw)
    assert labels[related] == "read_more" and labels[caption] == "caption" and labels[section] == "read_more"


def test_another_storys_title_in_capitals_amid_the_paragraphs_is_set_aside_but_a_briefings_item_is_not():
    title = "ASK THE VET: ‘WHY DOES MY DOG BARK AT THE MOON, AND SHOULD I WORRY?’"
    item = "2. COUNCIL SHUTS THE OLD BRIDGE."
    raw = page("Ferry fares go up in May", "", *ARTICLE[:2], "", title, "", item, "", *ARTICLE[2:])
    labels = labels_of(raw)
    assert labels[title] == "subhead" and labels[item] == "body"




def test_an_editors_letter_between_two_appeals_is_set_aside_and_an_articles_paragraphs_are_not():
    appeal = "Before you go, we wanted to ask if you could support our newsroom with a gift of any size this year."
    close = "Our only duty is to fund independent journalism, and reader support is what keeps our newsroom going."
    letter = ["When courts shut their doors and clerks are sent home, when judges are moved and cases stall for a year, "
              "it is hard to escape the thought that our rights are slipping away one hearing at a time.",
              "I am grateful that the paper has stayed in the courtroom through all of it, and that readers kept us "
              "there when the owners of other papers called their reporters home."]
    rest = ["When courts shut their doors and clerks were sent home, judges moved and cases stalled for a year, and "
            "lawyers across the county said the backlog would not clear before the spring.",
            "The county's chief clerk, who has run the office for ten years, said the courts would reopen in May "
            "once the new building passes its last inspection."]
    article = " ".join(["The county's courts closed in March after the strike, and hearings moved to the library."] * 3)
    for middle, label in ((letter, "appeal"), (rest, "body")):
        blocks = label_blocks("\n\n".join(["Courts reopen", article, appeal, *middle, close, article]))
        assert set(blocks.loc[blocks["text"].isin(middle), "label"]) == {label}


def test_a_scrapers_title_line_of_two_sentences_is_the_headline_and_so_is_its_copy_ending_on_a_stop():
    title, copy = "Title: Ferry fares go up. Here is what riders pay.", "Ferry fares go up. Here is what riders pay."
    labels = labels_of(paragraphs(title, copy, *ARTICLE))
    assert labels[title] == labels[copy] == "headline"
    assert all(labels[p] == "body" for p in ARTICLE[1:])
    assert text_metadata(label_blocks(paragraphs(title, *ARTICLE)))["headline"] == copy
    lead = "Ferry fares go up. Riders will pay more from May, the operator said."
    assert labels_of(paragraphs("Fares rise", lead, *ARTICLE))[lead] == "body"


def test_longer_headings_shaped_like_the_pages_other_headings_are_subheads_but_a_plain_page_keeps_them():
    long_heading = "The mayor says the bridge is safe for now, but not the old ferry pier"
    body = ["The council voted on Tuesday to close the old bridge for repairs.", "Engineers said the piers failed.",
            "The work will take two years, officials said.", "Drivers will use the ferry downstream."]
    raw = paragraphs("Ferry fares go up", body[0], "Fares rise", body[1], "Roads close", body[2], long_heading, body[3])
    assert labels_of(raw)[long_heading] == "subhead"
    plain = paragraphs("Ferry fares go up", body[0], body[1], long_heading, body[2], body[3])
    assert labels_of(plain)[long_heading] == "body"


def test_a_republication_note_and_a_reporters_note_closing_the_page_are_set_aside():
    note = "This article is republished from The Lamp under a Creative Commons license. Read the original article."
    bio = "Jo Roe is a courts correspondent for the Gazette. She has covered the valley for ten years."
    labels = labels_of(paragraphs("Ferry fares go up", *ARTICLE, note, bio))
    assert labels[note] == "credit" and labels[bio] != "body"
    last = "Al Poe is a director at the port authority, which runs the ferry."
    assert labels_of(paragraphs("Ferry fares go up", *ARTICLE, last))[last] == "body"
    sentence = "This article is one of many the paper has printed on the port, the editor said."
    assert labels_of(paragraphs("Ferry fares go up", *ARTICLE, sentence, ARTICLE[1]))[sentence] == "body"
def test_a_dek_under_the_headline_printed_with_no_full_stop_is_set_aside_however_long():
    dek = "Buyers of the port operator's foreign holdings now have until May to close their offers to the ministry"
    raw = page("Ministry slows port sale", dek, *ARTICLE)
    assert labels_of(raw)[dek] == "subhead" and body_of(raw) == body_of(page("Ministry slows port sale", *ARTICLE))
    lead = "The ministry has put off the sale of the port operator's foreign holdings until May, two people said."
    assert body_of(page("Ministry slows port sale", lead, *ARTICLE[1:])) == [lead, *ARTICLE[1:]]


def test_a_subhead_closing_on_a_quotation_is_set_aside_and_a_sentence_closing_on_one_is_not():
    heading, said = "No end to the ‘port saga’", "Talks will resume, an official said, in ‘a week’."
    raw = page("Ministry slows port sale", *ARTICLE[:2], heading, said, *ARTICLE[2:])
    assert labels_of(raw)[heading] == "subhead" and said in body_of(raw)


def test_a_briefings_title_joining_two_stories_is_its_headline():
    title = "Ministry slows the port sale. And, ferry crews end their strike"
    raw = page(title, *ARTICLE)
    assert labels_of(raw)[title] == "headline" and body_of(raw) == body_of(page("Ministry slows port sale", *ARTICLE))


def test_closing_credits_of_an_edited_newsletter_and_of_a_wire_journalist_are_set_aside():
    edited = "This newsletter was edited by Jane Roe."
    wire = "Roe reported from Elmton. Wire journalist Al Poe contributed to this report."
    raw = page("Ministry slows port sale", *ARTICLE, "___", wire, edited)
    labels = labels_of(raw)
    assert labels[edited] == "credit" and labels[wire] == "credit"
    assert body_of(raw) == body_of(page("Ministry slows port sale", *ARTICLE))
    own = "The report was edited by the minister herself."
    assert body_of(page("Ministry slows port sale", *ARTICLE, own))[-1] == own



def test_a_short_line_quoted_whole_with_mismatched_marks_is_a_subhead_not_a_running_quotation():
    raw = ("The council met on Monday to discuss the ferry.\n\n“Fares for all’\n\n"
           "“We will keep the fares down this year,\n\n“and next year too,” the mayor said.\n\nThe vote is in May.")
    labels = dict(zip(*label_blocks(raw)[["text", "label"]].T.values))
    assert labels["“Fares for all’"] == "subhead"
    assert labels["“We will keep the fares down this year,"] == "body"


def test_a_scrapers_title_line_stands_alone_over_the_captions_printed_under_it():
    title = "Title: Ferry crews end their strike"
    captions = ("Crews leave the ferry at Elmton on Monday, May 4, 2026. (Jo Roe via AP)\n"
                "A ferry waits at the quay in Elmton on Monday, May 4, 2026. (AP Photo/Al Poe)")
    lead = "ELMTON, Wales (AP)  Ferry crews ended their strike on Monday, their union said."
    raw = f"{title}\n{captions}\n\n{lead}\nTalks will resume next week.\n"
    labels = labels_of(raw)
    assert labels[title] == "headline" and labels[captions] == "caption"
    assert labels["ELMTON, Wales (AP)  "] == "dateline"
    assert body_of(raw) == [f"{lead[20:]}\nTalks will resume next week."]


def test_a_line_between_the_headline_and_a_wire_lead_is_set_aside_whatever_its_dash():
    video = "Ferry crews leave the quay and walk to the union's office as the strike ends."
    for dash in (" —", " "):
        lead = f"ELMTON, Wales (AP){dash} Ferry crews ended their strike on Monday, their union said."
        raw = paragraphs("Title: Ferry crews end their strike", video, lead, "Talks will resume next week.")
        assert labels_of(raw)[video] == "subhead" and video not in body_of(raw)
    own = paragraphs("Ferry crews end their strike", video, "Ferry crews ended their strike on Monday.",
                     "Talks will resume next week.")
    assert video in body_of(own)


def test_a_photo_caption_over_its_photographer_and_outlet_is_set_aside():
    caption = "Crews clearing the coast road near the harbour after the storm."
    raw = page("Ferry line sale delayed again", "By Jane Roe", *ARTICLE[:2], "View image in full screen", caption,
               "Jane Roe / Valley News", *ARTICLE[2:])
    labels = labels_of(raw)
    assert labels["Jane Roe / Valley News"] == "caption" and labels[caption] == "caption"
    assert ARTICLE[-1] in body_of(raw)


def test_a_first_line_over_the_storys_dateline_stays_where_the_page_prints_no_headline():
    title = "Council votes to close the old bridge."  # a headline ending in a full stop, as some archives print it
    raw = paragraphs(title, "ELMTON -- The council voted on Tuesday to close the old bridge for repairs.",
                     "Repairs will take two years, the mayor said.")
    assert labels_of(raw)[title] == "body"


def test_a_cards_sentence_under_its_link_is_set_aside():
    cards = []
    for name, blurb in (("Tide Tables", "Check the tides for every harbour on the coast."),
                        ("Ferry Times", "Plan a crossing with live times from each quay."),
                        ("Port Maps", "Find every berth and slipway in the valley.")):
        cards += ["*   ###", f"[{name}](https://example.org/{name.split()[0].lower()})", blurb]
    raw = paragraphs(*ARTICLE, "## More from the port", *cards)
    labels = labels_of(raw)
    assert labels["Plan a crossing with live times from each quay."] != "body"
    assert labels[ARTICLE[-1]] == "body"


def test_a_newsletters_blurb_between_its_sign_up_heading_and_button_is_set_aside():
    blurb = "What the tides bring in, every morning."
    raw = paragraphs(*ARTICLE[:2], "#### Sign up to The Tide", blurb, "Sign up to newsletter", *ARTICLE[2:])
    labels = labels_of(raw)
    assert labels[blurb] == "appeal"
    assert labels[ARTICLE[2]] == "body"


def test_a_paragraph_between_a_donation_button_and_the_appeal_under_it_is_set_aside():
    pitch = "From the quay to the council chamber, The Tide is there when the story breaks."
    raw = paragraphs(*ARTICLE[:2], "### Your support keeps us on the quay", "[Support Now](/donate)", pitch,
                     "Your donation allows us to keep reporting. Please support us today.", *ARTICLE[2:])
    labels = labels_of(raw)
    assert labels[pitch] == "appeal"
    assert labels[ARTICLE[1]] == "body"


def test_a_line_without_a_stop_told_in_the_present_between_two_captions_is_a_gallerys_caption():
    def labels(middle: str) -> list[str]:
        text = ("Jo Lee opened the new pier in Elmshire on Monday, the council said, after two years of work on it.\n"
                "Al Roe's crews eventually finished the deck in ten weeks of a rain-delayed build late last year.\n"
                "Getty Images Crowds gather on the pier at dawn\n"
                "Getty Images Al Roe gets sprayed with water in his face after the opening\n"
                f"{middle}\n"
                "Getty Images Al Roe won the prize for the best pier award\n"
                "The mayor said the pier had cost two million pounds.\n")
        blocks = label_blocks(text)
        return list(blocks.loc[blocks["label"] != "whitespace", "label"])
    carried = "Jo Lee, the mayor, {} carried off the pier by the crowd after cutting the ribbon"
    assert labels("Elmshire Sports " + carried.format("is"))[4] == "caption"
    assert labels("Elmshire Sports " + carried.format("was"))[4] == "body"
    assert labels("Jo Lee, the mayor, is carried off the pier by the crowd after cutting the ribbon on Monday.")[4] \
        == "body"


def test_the_opening_retold_in_captions_without_stops_keeps_its_sentences():
    # a tabloid page: the first two sentences, a video prompt, then the same sentences as photo captions
    page = ("Two Elmshire ferries collided in the harbour early Sunday morning, injuring one sailor.\n"
            "The harbour office says the ferries 'scraped each other' but did not sink at about 6am.\n"
            "One ferry was moored and the other was leaving at the time of the collision.\n"
            "Scroll down for video\n"
            "Two Elmshire ferries collided in the harbour early Sunday morning, injuring one sailor\n"
            "The harbour office says the ferries 'scraped each other' but did not sink at about 6am\n"
            "The office says one sailor is being treated for minor injuries.\n"
            "There were no passengers on the ferries, and harbour officials say the crossing was not delayed.\n")
    labels = _labels_of(page)
    assert labels["Two Elmshire ferries collided in the harbour early Sunday morning, injuring one sailor."] == "body"
    assert labels["The harbour office says the ferries 'scraped each other' but did not sink at about 6am."] == "body"


def test_an_embedded_post_and_its_signature_are_set_aside_but_the_paragraph_bringing_it_in_stays_body():
    intro = "Jo Lee, the mayor of Elmshire, thanked the crews on Sunday."
    post = ["Thank you, @elmshirefire, for a long night on the river.", "Stay safe, everyone."]
    signature = "— Jo Lee (@jolee) May 2, 2026"
    glued = ("Roads reopen at noon. https://t.co/abc pic.twitter.com/xyz— Elmshire Roads (@elmroads) May 2, 2026"
             "\t\t\tStory continues below advertisement")
    raw = page("Crews clear the flooded road", *ARTICLE[:2], intro, *post, signature, ARTICLE[2], glued, ARTICLE[3])
    labels = labels_of(raw)
    assert [labels[line] for line in [*post, signature, glued]] == ["caption"] * 4
    assert body_of(raw)[1:] == [ARTICLE[1], intro, *ARTICLE[2:]]


def test_a_post_glued_to_its_signature_is_set_aside_but_a_sentence_with_a_handle_and_a_date_stays_body():
    posts = ["Rain on the quay again. pic.twitter.com/x1y2 — Jo Lee (@jolee) May 2, 2026",
             "What a night for Elmshire! — Al Roe (@al_roe) November 3, 2016"]
    kept = ["The mayor, Jo Lee (@jolee), spoke to the crowd on May 2, 2026.",
            "The pier reopened - Jo Lee, its keeper, said on May 2, 2026."]
    labels = labels_of(page("Crews clear the flooded road", *ARTICLE[:2], posts[0], kept[0], ARTICLE[2], posts[1],
                            kept[1], ARTICLE[3]))
    assert [labels[line] for line in posts] == ["caption"] * 2
    assert [labels[line] for line in kept] == ["body"] * 2


def test_a_caption_in_the_past_tense_printed_twice_over_its_credit_is_set_aside_but_a_paragraph_over_a_credit_stays():
    caption = "Police at the scene in Elmshire, where the flood claimed two cars. A man was arrested."
    raw = page("Crews clear the flooded road", *ARTICLE[:2], caption, "Jo Lee / Elmshire News", caption,
               "Jo Lee / Elmshire News", *ARTICLE[2:])
    blocks = label_blocks(raw)
    assert blocks.loc[blocks["text"] == caption, "label"].tolist()[0] == "caption" and body_of(raw)[1:] == ARTICLE[1:]
    raw = page("Crews clear the flooded road", *ARTICLE[:2], caption, "Jo Lee / Elmshire News", *ARTICLE[2:])
    assert labels_of(raw)[caption] == "body"


def test_card_summaries_next_to_one_the_list_cut_short_are_set_aside_but_a_paragraph_under_a_subhead_stays():
    cards = ["Most Popular", "Storm floods the coastal towns of Elmshire overnight",
             "Crews worked through the night to clear the roads of the lower town, the mayor said at a meet…",
             "‘A fresh start’: Jo Lee elected to lead the ferry union",
             "Jo Lee, a ferry pilot for 25 years, takes the helm after winning a runoff vote that ended Monday.",
             "Markets rally in Elmshire as the central bank holds rates",
             "Shares rose across the board on Monday as traders bet that the bank would hold rates into the aut…",
             "Ferry fares go up again for the third time this year",
             "The ferry line raised its fares on Monday, blaming the cost of fuel and the wages of its cre…",
             "Listen now and subscribe: Elm Casts | Tide Audio | RSS Feed", "Contact Us", "Terms of Use",
             "Privacy Policy", "Careers", "Help", "About", "Sitemap", "Advertise", "You have no notifications."]
    raw = page("Crews clear the flooded road", *ARTICLE, *cards)
    assert body_of(raw)[1:] == ARTICLE[1:]
    subhead = "Markets rally in Elmshire as the central bank holds its rates again"
    raw = page("Crews clear the flooded road", ARTICLE[0], "He said the water was rising and then…", subhead,
               *ARTICLE[1:])
    assert body_of(raw)[2:] == ARTICLE[1:]


def test_a_byline_in_capitals_listing_names_with_and_and_a_special_to_line_are_bylines_under_the_headline():
    title = "FERRY CREWS VOTE TO STRIKE OVER PAY"
    byline = "By JO LEE, AL ROE AND JANE Q. DOE   ELMSHIRE BUREAU, JO LEE"
    raw = page("Menu", "Sections", title, byline, "SPECIAL TO THE LAMP", "Aug 25, 1991", *ARTICLE)
    labels = labels_of(raw)
    assert labels[byline] == labels["SPECIAL TO THE LAMP"] == "byline"
    assert labels[title] == "headline" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_places_name_under_a_menus_date_is_no_byline_and_the_byline_under_the_headline_is_stated():
    raw = page("Home", "Help/Contact Us", "Tuesday, June 13, 2023", "June 13, 2023", "Elm County", "Sports", "Politics",
               "Life", "Business", "Opinion", "×", "Ferry crews vote to strike", "By JO LEE, , Associated Press,",
               "Published: July 25, 2022, 1:15pm", "Share:", *ARTICLE)
    assert labels_of(raw)["Elm County"] != "byline"
    assert text_metadata(label_blocks(raw))["byline"].startswith("JO LEE")


def test_an_advertising_widgets_label_under_a_teasers_date_is_no_byline():
    raw = page("Ferry crews vote to strike", *ARTICLE, "More Local News", "Harbour board weighs a new crane",
               "Jun 13, 2026 4:06 PM", "Featured Flyer", "About", "Contact")
    assert labels_of(raw)["Featured Flyer"] != "byline"
    assert text_metadata(label_blocks(raw)).get("byline") != "Featured Flyer"


def test_an_archives_title_cut_from_the_ledes_opening_words_is_the_headline():
    lede = "Crews worked through the night to clear the flooded road into Elmshire, officials said."
    raw = page("News", "Movies", "Music", "Sports", "Advertisement", "Wire Archives", "Dec. 15, 1982",
               "Crews worked through the night to...", "ELMTON -- " + lede, *ARTICLE[1:])
    assert labels_of(raw)["Crews worked through the night to..."] == "headline"
    assert text_metadata(label_blocks(raw))["headline"].startswith("Crews worked through the night to")
    assert body_of(raw) == [lede, *ARTICLE[1:]]


def test_a_wires_archive_line_over_the_date_names_no_writer():
    raw = page("News", "Movies", "Sports", "Advertisement", "UPI Archives", "Dec. 15, 1982",
               "Crews worked through the night to...", "ELMTON -- Crews worked through the night to clear the road.",
               *ARTICLE[1:])
    assert labels_of(raw)["UPI Archives"] != "byline"
    assert "byline" not in text_metadata(label_blocks(raw))


def test_a_contributors_line_names_a_paper_not_a_place():
    raw = page("Ferry crews vote to strike", "By Jane Roe", "Special to Ukraine", *ARTICLE)
    assert labels_of(raw)["Special to Ukraine"] != "byline"
    raw = page("Ferry crews vote to strike", "By Jane Roe", "Special to The Lamp", *ARTICLE)
    assert labels_of(raw)["Special to The Lamp"] == "byline"


def test_names_alone_over_their_outlet_alone_open_the_page_as_its_byline_not_its_headline():
    raw = page("Jane Roe and Al Poe", "", "Elm Valley Times", "", *ARTICLE)
    assert labels_of(raw)["Jane Roe and Al Poe"] == "byline" and labels_of(raw)["Elm Valley Times"] == "byline"
    assert text_metadata(label_blocks(raw))["byline"] == "Jane Roe, Al Poe"
    raw = page("Jane Roe", "", "Special for The Lamp", "", *ARTICLE)
    assert labels_of(raw)["Jane Roe"] == "byline" and "headline" not in text_metadata(label_blocks(raw))


def test_teasers_under_the_pager_that_closes_the_article_are_set_aside_but_an_article_under_a_pager_stays_body():
    teasers = ["A new crane may be the harbour's best hope – and that is not saying much.",
               "Ferry fares rise again as fuel costs bite."]
    alone = body_of(page("Ferry crews vote to strike", *ARTICLE))
    raw = page("Ferry crews vote to strike", *ARTICLE, "Previous Article Tides shape the bay",
               "Next Article The old lighthouse reopens", *teasers)
    assert body_of(raw) == alone
    assert body_of(page("Next article", "Ferry crews vote to strike", *ARTICLE)) == alone


def test_the_headline_printed_again_in_the_pages_top_bar_is_headline_too():
    title = "2 ferry crews strike, harbour shut after Elmton, Ont. vote"
    raw = page("SKIP TO MAIN CONTENT", "In the news", "Orcas", "Wildfires", "Subscribe", "Live", "Search", title,
               "Click to return to homepage", "Leave a comment", "Share this item on Facebook", "Full Menu", "Home",
               "Trending", "Menu", "Close", "Crime", title, "By", "Jane Roe", "Planet News",
               "Posted October 12, 2022 12:27 am", *ARTICLE)
    blocks = label_blocks(raw)
    assert blocks.loc[blocks["text"] == title, "label"].tolist() == ["headline"] * 2


def test_a_pictures_caption_over_its_credit_is_no_headline_where_the_page_lost_its_own():
    raw = page("Advertisement", "Subscribe now", "Elm Labs’ new harbour crane", "Jo Roe/Elm Labs", *ARTICLE)
    labels = labels_of(raw)
    assert labels["Elm Labs’ new harbour crane"] == "caption"
    assert labels["Jo Roe/Elm Labs"] == "caption"
    assert "headline" not in text_metadata(label_blocks(raw))


def test_authors_printed_one_a_line_over_the_byline_are_bylines_but_a_list_of_names_in_a_menu_is_not():
    raw = page("Ferry crews vote to strike", "Jane Roe", "Al Poe", "Ann Lee", "By Jo Bell", *ARTICLE)
    labels = labels_of(raw)
    assert [labels[name] for name in ("Jane Roe", "Al Poe", "Ann Lee")] == ["byline"] * 3
    raw = page("Trending", "Jane Roe", "Al Poe", "Ann Lee", "Advertisement", "Ferry crews vote to strike",
               "By Jo Bell", *ARTICLE)
    assert "byline" not in {labels_of(raw)[name] for name in ("Jane Roe", "Al Poe", "Ann Lee")}


def test_a_pictures_caption_over_its_owners_name_alone_is_no_headline():
    text = ("Elm Labs’ test rig\n\nElm Labs\n\nWhat can a cold chip do that a warm one cannot? Engineers at the lab "
            "have spent a year on the question.\n\nThe answer came in May.")
    labels = [(row.label, row.text.strip()) for row in label_blocks(text).itertuples() if row.label != "whitespace"]
    assert labels[:2] == [("caption", "Elm Labs’ test rig"), ("credit", "Elm Labs")]
    assert "headline" not in text_metadata(label_blocks(text))
    text = text.replace("Elm Labs’ test rig", "Elm Labs’ cold chip beats its rivals")
    assert label_blocks(text)["label"].iloc[0] == "headline"


def test_a_pages_title_line_over_its_markdown_heading_stays_a_headline():
    text = ("Ferry crews vote to strike over pay | The Harbour Planet\n\nMenu\n\n# Ferry crews vote to strike over pay\n\n"
            "Crews on the valley ferry voted on Monday to strike over pay, their union said.\n\nThe strike starts in May.")
    labels = [row.label for row in label_blocks(text).itertuples() if row.label != "whitespace"]
    assert labels[0] == "headline" and labels[2] == "headline"
    assert text_metadata(label_blocks(text))["headline"] == "Ferry crews vote to strike over pay"
    other = text.replace("Ferry crews vote to strike over pay | The Harbour Planet", "World news")
    assert label_blocks(other)["label"].iloc[0] == "chrome"


def test_the_pages_title_a_scraper_wrote_at_its_foot_is_a_headline():
    body = "Crews on the valley ferry voted on Monday to strike over pay, their union said.\n\nThe strike starts in May."
    text = f"Ferry crews vote to strike\n\n{body}\n\nAll rights reserved.\n\nFerry crews vote to strike - Harbour Planet"
    assert label_blocks(text)["label"].iloc[-1] == "headline"
    other = text.replace("Ferry crews vote to strike - Harbour Planet", "Rail fares rise again - Harbour Planet")
    assert label_blocks(other)["label"].iloc[-1] != "headline"


def test_an_outlet_alone_under_a_bylines_name_is_part_of_the_byline():
    text = ("Ferry crews vote to strike\n\nBy\n\nJane Roe\n\nHarbour Planet News\n\nPosted May 2, 2024 9:00 am\n\n"
            "Crews on the valley ferry voted on Monday to strike over pay, their union said.\n\nThe strike starts in May.")
    labels = [row.label for row in label_blocks(text).itertuples() if row.label != "whitespace"]
    assert labels[:5] == ["headline", "byline", "byline", "byline", "date"]
    assert text_metadata(label_blocks(text))["byline"] == "Jane Roe"


def test_a_pages_title_line_stays_its_headline_when_a_forms_heading_opens_the_page():
    """The title's words open those of a heading further down ("# Council shuts the ferry"): a small heading of a
    feedback form printed first ("### Tell us about this ad") does not make the title a menu's line."""
    raw = "\n\n".join(["Council shuts the ferry for the winter | The Lamp", "### Tell us about this ad",
                       "Was this ad relevant to you? Please rate it and tell us why below.",
                       "# Council shuts the ferry for the winter", "By", "Jo Roe", *ARTICLE])
    blocks = label_blocks(raw)
    assert blocks.loc[0, "label"] == "headline"
    assert text_metadata(blocks)["headline"] == "Council shuts the ferry for the winter"


def test_the_name_over_an_authors_biography_after_the_article_is_no_byline():
    """An author's box under the article (a portrait, the name, a title, a few lines about them) is furniture: a page
    that lost its byline states none."""
    raw = "\n\n".join([*ARTICLE, "!Portrait of Jo Roe", "Jo Roe", "Contributing Editor",
                       "Jo lives in Harbourton with two cats and writes about ferries and how ports work.",
                       "Advertisement - Continue Reading Below"])
    found = labels_of(raw)
    assert (found["Jo Roe"], found["Contributing Editor"]) == ("chrome", "chrome")
    assert "byline" not in text_metadata(label_blocks(raw))


def test_a_sentence_a_scraper_broke_at_its_links_is_one_body_block():
    quoted = ("“We are in no hurry to sell the port at any price,” Deputy Minister\nAna Ruiz\ntold\n"
              "reporters on Monday.")
    raw = page("Ministry slows port sale to press for a deal | The Evening Lamp", "News", "Sign In",
               "Buyers now have until May to close their offers, a document seen by", "the agency", "showed.",
               *quoted.split("\n"), "Talks will resume next week.")
    body = body_of(raw)
    assert "Buyers now have until May to close their offers, a document seen by\nthe agency\nshowed." in body
    assert quoted in body and "Talks will resume next week." in body
    story = story_from_texts({"a": raw, "b": raw})
    assert quoted in sentences(story)["text"].tolist()
    assert "Ana Ruiz" in set(quotes(story)["speaker"])


def test_lines_under_a_closed_sentence_or_a_heading_are_not_joined_to_it():
    raw = page("Ministry slows port sale to press for a deal | The Evening Lamp", "News", "Sign In", *ARTICLE[:2],
               "more stories", "What comes next", "“We are in no hurry,” an official said.")
    labels = labels_of(raw)
    assert labels[ARTICLE[1]] == "body" and "more stories" in labels and "What comes next" in labels


def test_a_line_ending_on_a_word_no_sentence_ends_on_goes_on_under_it_whatever_its_case():
    sent = "The ministry said on Monday that it had sent the new offer for the port to\nHarbour Trust Board"
    raw = page("Ministry slows port sale to press for a deal | The Evening Lamp", "News", "Sign In", ARTICLE[1],
               *sent.split("\n"), "Buyers were told to wait for it", "Talks will resume next week.")
    assert sent in body_of(raw) and "Talks will resume next week." in body_of(raw)
    assert "Buyers were told to wait for it" in labels_of(raw)


def test_a_quotation_set_line_by_line_with_its_marks_alone_is_one_body_block_with_its_cue():
    lined = "“W\nhen the storm came, we had\nnothing left\nat all,\n”\nTara Quill said."
    raw = page("Ministry slows port sale to press for a deal | The Evening Lamp", "News", "Sign In", ARTICLE[1],
               *lined.split("\n"), "“", "Everyone", "lost a home in one night.", "”", ARTICLE[3])
    body = body_of(raw)
    assert lined in body and "“\nEveryone\nlost a home in one night.\n”" in body
    assert "Talks will resume next week." in body
    found = quotes(story_from_texts({"a": raw, "b": raw}))
    assert found["text"].str.startswith("“W\nhen the storm").any()
    assert "Tara Quill" in set(found["speaker"])


def test_a_lone_mark_line_with_no_closing_mark_line_under_it_joins_nothing():
    raw = page("Ministry slows port sale to press for a deal | The Evening Lamp", "News", "Sign In", ARTICLE[1],
               "“", "Share this story", "Talks will resume next week.")
    labels = labels_of(raw)
    assert labels["Talks will resume next week."] == "body" and "“" in labels


def test_a_caption_printed_after_its_pictures_credit_with_no_stop_is_a_caption():
    credited = ["PIXA • PA Crews clear the flooded road near the dam after the river burst its banks overnight",
                "Reuters More than forty families were moved to the school hall as the water kept rising"]
    labels = labels_of(paragraphs(ARTICLE[0], credited[0], ARTICLE[1], credited[1], ARTICLE[3],
                                  "NASA said the launch of the probe would slip to June."))
    assert labels[credited[0]] == labels[credited[1]] == "caption"
    assert labels["NASA said the launch of the probe would slip to June."] == "body"


def test_a_pull_quote_run_on_to_its_speakers_name_is_set_aside_but_the_paragraph_it_repeats_stays_body():
    pulled = "The bridge cannot stay open for another winter of storms Jo Lee, Elmton mayor"
    quote = "“The bridge cannot stay open for another winter of storms,” said Jo Lee, the mayor of Elmton."
    labels = labels_of(paragraphs(ARTICLE[0], ARTICLE[1], pulled, ARTICLE[3], quote, "Repairs will take a year."))
    assert labels[pulled] != "body" and labels[quote] == "body"


def test_speech_reported_in_the_present_over_a_pictures_credit_stays_body():
    told = "As for the bridge, the mayor claims that the council kept the survey from her."
    labels = labels_of(paragraphs(ARTICLE[0], told, "Jo Roe/Getty Images", ARTICLE[1], ARTICLE[3]))
    assert labels[told] == "body"
    caption = "Crews clear the flooded road near the dam as families wait for the water to go down in Elmton"
    assert labels_of(paragraphs(ARTICLE[0], caption, "Jo Roe/Getty Images", ARTICLE[1]))[caption] == "caption"


def test_a_first_line_with_no_stop_over_the_lead_pictures_caption_is_the_headline():
    title = ("Ferries Council shuts the old bridge as repairs begin Crossings move to the ferry for two years, "
             "while the town waits to hear who will pay for the work and when it ends")
    caption = "Crews inspect the old bridge over the river at dusk on Monday. Photograph: Jo Roe"
    assert labels_of(paragraphs(title, caption, *ARTICLE))[title] == "headline"
    assert labels_of(paragraphs(ARTICLE[1], caption, ARTICLE[0], ARTICLE[3]))[ARTICLE[1]] == "body"


def test_a_caption_after_a_picture_agencys_credit_and_its_role_is_a_caption():
    credited = ["Alamy Crews clear the flooded road near the dam after the river burst its banks",
                "Getty - Contributor The mayor walks along the quay where the ferry ran aground"]
    labels = labels_of(paragraphs(ARTICLE[0], credited[0], ARTICLE[1], credited[1], ARTICLE[3]))
    assert labels[credited[0]] == labels[credited[1]] == "caption"
    assert labels[ARTICLE[3]] == "body"


def test_a_closing_credit_of_who_contributed_from_a_city_is_credit():
    credit = "Jo Bay contributed from Elmton."
    raw = page("Port sale slowed", *ARTICLE, credit)
    assert labels_of(raw)[credit] == "credit" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_sentence_telling_what_a_picture_shows_over_the_article_is_a_caption_but_not_among_its_paragraphs():
    shown = "The image taken from a video posted by the council shows crews at the flooded quay."
    labels = labels_of(page(shown, *ARTICLE))
    assert labels[shown] == "caption" and labels[ARTICLE[1]] == "body"
    assert labels_of(page(ARTICLE[0], ARTICLE[1], shown, ARTICLE[3]))[shown] == "body"
    assert labels_of(page(*ARTICLE, shown))[shown] == "body"
    told = "The image shows crews at the flooded quay, the mayor said."
    assert labels_of(page(told, *ARTICLE))[told] == "body"


def test_a_post_embedded_with_the_page_that_posted_it_and_its_day_is_a_caption():
    post = "To our members: the quay is closed for now... Posted by Elmton Sailing Club on Sunday, 2 May 2026"
    said = "The club said on Sunday, 2 May 2026 that the quay was closed."
    labels = labels_of(page(*ARTICLE[:2], post, said, *ARTICLE[2:]))
    assert labels[post] == "caption" and labels[said] == "body" and labels[ARTICLE[1]] == "body"


def test_a_teasers_title_after_the_article_over_the_pages_closing_appeal_is_a_link_line():
    teaser = "Elmton mayor backs new push to rebuild the old bridge before the winter storms"
    appeal = "Got a story? email desk@lamp.example or call us on 0100 200 300."
    labels = labels_of(page(*ARTICLE, teaser, appeal))
    assert labels[teaser] == "read_more" and labels[ARTICLE[3]] == "body"
    assert labels_of(page(*ARTICLE, teaser))[teaser] == "body"


def test_a_picture_post_closing_on_who_shared_it_and_when_is_a_caption():
    post = "Dawn over the quay A post shared by Elmton Sailing Club (@elmton.sailing) on May 2, 2026 at 6:05am PDT"
    labels = labels_of(page(*ARTICLE[:2], post, *ARTICLE[2:]))
    assert labels[post] == "caption" and labels[ARTICLE[1]] == "body" and labels[ARTICLE[2]] == "body"


def test_a_title_case_first_line_closing_on_an_aside_in_brackets_is_the_headline():
    title = "Port Sale: What We Know About The Deal (So Far)"
    raw = page(title, *ARTICLE)
    assert labels_of(raw)[title] == "headline" and text_metadata(label_blocks(raw))["headline"] == title
    told = "The ministry slowed the sale of the port (for now)"
    assert labels_of(page(told, *ARTICLE))[told] != "headline"


def test_an_explainers_questions_opening_on_a_dash_are_subheads_however_long():
    asked = ["— Who runs the port?", "— Why was the sale of the port operator's holdings slowed down so late?",
             "— What do the buyers of the holdings say about it? Will they wait?", "— What comes next?"]
    raw = page(ARTICLE[0], asked[0], ARTICLE[1], asked[1], ARTICLE[2], asked[2], ARTICLE[3], asked[3], "No one knows.")
    labels = labels_of(raw)
    assert [labels[a] for a in asked] == ["subhead"] * 4 and labels[ARTICLE[2]] == labels[ARTICLE[3]] == "body"
    lone = page(ARTICLE[0], asked[1], ARTICLE[1], asked[2], ARTICLE[3])
    assert labels_of(lone)[asked[1]] == "body"


def test_a_caption_opening_on_its_photographers_name_and_agency_is_a_caption_however_long():
    caption = ("Jo Roe / PIXA The ministry said it was in no hurry to sell the holdings, though buyers had asked for "
               "more time to close their offers.")
    labels = labels_of(page(*ARTICLE[:2], caption, *ARTICLE[2:]))
    assert labels[caption] == "caption" and labels[ARTICLE[1]] == labels[ARTICLE[2]] == "body"


def test_a_caption_opening_on_its_pictures_alt_text_printed_twice_is_a_caption():
    caption = "Elm Port Elm Port handles a third of the country's grain exports and employs four thousand people"
    labels = labels_of(page(*ARTICLE[:2], caption, *ARTICLE[2:]))
    assert labels[caption] == "caption" and labels[ARTICLE[1]] == labels[ARTICLE[2]] == "body"
    told = "Elm Port Elm Port handled a third of the country's grain exports last year."
    assert labels_of(page(*ARTICLE[:2], told, *ARTICLE[2:]))[told] == "body"


def test_a_box_of_tips_with_headings_in_capitals_run_on_is_set_aside():
    box = ["Do you hold shares in the port? Here's what to do CALL YOUR BROKER Ask your broker what the delay means.",
           "KEEP YOUR PAPERS Keep the letters the operator sent.", "WATCH THE DEADLINE Offers close in May."]
    labels = labels_of(page(*ARTICLE[:2], *box, *ARTICLE[2:]))
    assert [labels[b] for b in box] == ["subhead"] * 3 and labels[ARTICLE[1]] == labels[ARTICLE[2]] == "body"
    assert labels_of(page(*ARTICLE[:2], box[1], *ARTICLE[2:]))[box[1]] == "body"


def test_a_pull_quote_signed_on_its_line_is_set_aside_however_far_its_paragraph():
    pulled = "Nobody will cross the bridge before the spring thaw Jo Roe, harbour master"
    quoted = "“Nobody will cross the bridge before the spring thaw,” said Jo Roe, the harbour master."
    between = [f"Crews worked on section {n} of the deck on Tuesday." for n in "ABCDEF"]
    labels = labels_of(paragraphs(*ARTICLE[:2], pulled, *between, quoted, *ARTICLE[2:]))
    assert labels[pulled] == "subhead" and labels[quoted] == labels[between[0]] == "body"
    reworded = "“Nobody will cross the old bridge before the spring thaw,” said Jo Roe, the harbour master."
    assert labels_of(paragraphs(*ARTICLE[:2], pulled, *between, reworded, *ARTICLE[2:]))[pulled] == "body"


def test_a_sentence_that_lost_its_stop_among_long_subheads_stays_body():
    subheads = ["Ferries stop", "Roads close", "Council says the bridge is safe for now, but not the old ferry pier"]
    lost = "Early surveys suggested the bridge was sound, much like the one inspected last spring"
    between = [f"Crews worked on section {n} of the deck on Tuesday." for n in "ABCDE"]
    raw = paragraphs(*ARTICLE[:2], subheads[0], between[0], lost, between[1], subheads[1], between[2], subheads[2],
                     *between[3:], *ARTICLE[2:])
    labels = labels_of(raw)
    assert labels[lost] == "body" and labels[subheads[1]] == "subhead"


def test_a_plain_pull_quote_beside_its_paragraph_is_set_aside_but_a_sentence_said_again_far_away_stays():
    said = "More broadly, the new ferry marks the harbour's first attempt at running its own boats across the bay."
    pulled = "The new ferry marks the harbour's first attempt at running its own boats across the bay."
    between = [f"Crews worked on section {n} of the deck on Tuesday." for n in "ABCD"]
    labels = labels_of(paragraphs(*ARTICLE[:2], said, pulled, *between, *ARTICLE[2:]))
    assert labels[pulled] != "body" and labels[said] == "body"
    labels = labels_of(paragraphs(*ARTICLE[:2], said, *between[:2], pulled, *between[2:], *ARTICLE[2:]))
    assert labels[pulled] == "body"


def test_a_wire_agency_and_its_date_stamp_under_the_headline_are_the_byline():
    raw = page("Ferry fares rise again across the valley", "Reuters | Updated: 2026-05-05 10:20", *ARTICLE)
    assert labels_of(raw)["Reuters | Updated: 2026-05-05 10:20"] == "byline"
    assert text_metadata(label_blocks(raw)).get("byline_outlet") == "Reuters"


def test_a_caption_in_the_present_passive_closing_on_its_full_date_between_paragraphs_is_set_aside():
    caption = "A barge is towed past the Elm dam during a drill on May 2, 2026."
    planned = "The barge is expected to be towed past the Elm dam on May 2, 2026."
    assert labels_of(page(*ARTICLE[:2], caption, *ARTICLE[2:]))[caption] == "caption"
    assert labels_of(page(*ARTICLE[:2], planned, *ARTICLE[2:]))[planned] == "body"


def test_a_programmes_tune_in_line_and_its_slots_are_set_aside():
    tune_in = "Elm Special -- Valley Floods: Elm TV takes you there. Watch it on Elm TV: 9 p.m. ET, Friday May 15"
    slots = ["2 a.m. BST. Saturday, May 16", "11 a.m. AEST Saturday, May 16"]
    labels = labels_of(page(*ARTICLE[:2], tune_in, *slots, *ARTICLE[2:]))
    assert [labels[tune_in], *(labels[s] for s in slots)] == ["promo"] * 3 and labels[ARTICLE[2]] == "body"
    said = "Watch the river on Friday, the mayor told residents at 9 p.m. on May 15."
    assert labels_of(page(*ARTICLE[:2], said, *ARTICLE[2:]))[said] == "body"


def test_a_caption_led_by_its_copyright_year_and_holder_is_set_aside():
    caption = "2019 Elm Publishing A new ferry is coming, and you can ride it before anyone else"
    assert labels_of(page(*ARTICLE[:2], caption, *ARTICLE[2:]))[caption] == "caption"
    year = "2019 has been a year of floods for the valley."
    assert labels_of(page(*ARTICLE[:2], year, *ARTICLE[2:]))[year] == "body"


def test_a_run_of_teasers_each_under_a_kicker_in_capitals_is_set_aside():
    run = ("STORM WATCH Crews clear the valley roads after the worst week of rain in years FERRY FARE Fares rise "
           "again for the winter and riders are not happy BIG WIN? Elm rowers take the cup for the third time")
    assert labels_of(page(*ARTICLE[:2], run, *ARTICLE[2:]))[run] == "read_more"
    acronyms = "The US FDA Commissioner met the EU Health Commissioner and the UN Special Envoy on Monday."
    assert labels_of(page(*ARTICLE[:2], acronyms, *ARTICLE[2:]))[acronyms] == "body"


def test_a_markdown_quotation_over_its_signature_is_a_pull_quote_set_aside():
    pulled = "> **_The harbour is no longer a mere port but the valley's busiest gate for goods of every kind._**"
    signature = "> _— The Elm Harbour Board's yearly report_"
    labels = labels_of(paragraphs(*ARTICLE[:2], pulled, signature, *ARTICLE[2:]))
    assert labels[pulled] != "body" and labels[signature] != "body" and labels[ARTICLE[2]] == "body"
    assert labels_of(paragraphs(*ARTICLE[:2], pulled, *ARTICLE[2:]))[pulled] == "body"


def test_a_lede_opened_by_its_outlets_name_in_brackets_is_body_and_no_headline():
    lede = "How does a ferry leave the quay with none of its crew on board?"
    labels = labels_of(page(f"(Elm News) {lede}", *ARTICLE[1:]))
    assert labels["(Elm News) "] == "dateline" and labels[lede] == "body" and labels[ARTICLE[1]] == "body"
    title = "How does a ferry leave the quay with none of its crew on board?"
    assert labels_of(page(title, *ARTICLE[1:]))[title] == "headline"


def test_a_caption_telling_again_what_the_paragraph_over_it_tells_is_set_aside():
    told = "Jo Lee, a ferry pilot, wrote in the Lamp that she once sailed to the wrong island. It was foggy."
    caption = "Jo Lee of the Elm ferries wrote about the day she sailed to the wrong island."
    labels = labels_of(page(*ARTICLE[:2], told, caption, *ARTICLE[2:]))
    assert labels[caption] == "caption" and labels[told] == "body" and labels[ARTICLE[2]] == "body"
    later = "Jo Lee went on to sail the Elm route for ten more years."
    assert labels_of(page(*ARTICLE[:2], told, later, *ARTICLE[2:]))[later] == "body"
    summary = "The pilot, Elm Ferries says, once sailed to the wrong island in the fog."
    lede = "Elm Ferries says the pilot once sailed to the wrong island."
    assert labels_of(page(summary, lede, *ARTICLE[1:]))[lede] == "body"
    title = "Jo Lee sailed to the wrong island."
    lede = "Jo Lee has sailed to the wrong island in the fog, the ferry company says."
    assert labels_of(page(title, lede, *ARTICLE[1:]))[lede] == "body"


def test_posts_embedded_without_their_signature_are_set_aside():
    posts = ["a first for me: two hours into the crossing and we are heading back to the quay",
             "Lol so now we all get to spend the day on a boat to nowhere"]
    labels = labels_of(page(*ARTICLE[:2], *posts, *ARTICLE[2:]))
    assert [labels[p] for p in posts] == ["caption"] * 2 and labels[ARTICLE[2]] == "body"
    cut = ["Buyers now have until May to close their offers, and", "crews waited on the quay for the ferry"]
    assert cut[1] in "".join(body_of(page(ARTICLE[0], *cut, *ARTICLE[2:])))
    drop_cap = "e waited on the quay for the ferry for two hours, and then,"
    assert labels_of(page(*ARTICLE[:2], drop_cap, *ARTICLE[2:]))[drop_cap] == "body"


def test_an_update_time_with_its_zone_then_its_weekday_is_a_date_line():
    assert DATE_LINE.fullmatch("Updated at 9:50 p.m. ET Thursday")
    assert not DATE_LINE.fullmatch("Updated at 9:50 p.m. ET Thursday night, the crews left")


def test_a_closing_line_naming_who_contributed_to_this_post_is_a_credit():
    text = ("Crews cleared the quay on Monday after the storm.\n\n"
            "The ferry will sail again on Tuesday, the council said.\n\n"
            "Jo Roe contributed to this post.")
    assert list(label_blocks(text).query("label != 'whitespace'")["label"]) == ["body", "body", "credit"]


def test_a_title_with_its_date_stamp_and_source_glued_on_is_cut_into_headline_date_and_credit():
    title = "Dam holds after the storm"
    labels = labels_of(page(f"{title} Updated: 2026-05-02 09:53 (Agencies)", *ARTICLE))
    assert labels[title] == "headline" and labels["Updated: 2026-05-02 09:53"] == "date"
    assert labels["(Agencies)"] == "credit" and labels[ARTICLE[0].split(" - ")[1]] == "body"
    assert text_metadata(label_blocks(page(f"{title} Updated: 2026-05-02 09:53 (Agencies)", *ARTICLE)))[
        "headline"] == title


def test_a_caption_opening_on_a_credit_or_licensors_is_set_aside_however_long():
    caption = ("PIXA or licensors It is feared the coast road will stay shut for as long as the water stands over the"
               " dam and the crews cannot reach its gates to open them")
    labels = labels_of(page(*ARTICLE[:2], caption, *ARTICLE[2:]))
    assert labels[caption] == "caption" and labels[ARTICLE[2]] == "body"


def test_a_short_label_in_capitals_closing_on_a_colon_is_a_subhead():
    labels = labels_of(page(*ARTICLE[:2], "THE ROUTE:", *ARTICLE[2:]))
    assert labels["THE ROUTE:"] == "subhead" and labels[ARTICLE[2]] == "body"


def test_the_next_caption_of_a_gallery_opening_on_its_credit_is_set_aside_however_it_closes():
    gallery = ["PIXA The 999 call was made after the driver went into the river near the bridge",
               "ELMO In the call you can hear the driver shouting to the operator for help",
               'ELMO At one point she says: "He\'s in the water, I can\'t look at this"']
    labels = labels_of(page(*ARTICLE[:2], *gallery, *ARTICLE[2:]))
    assert labels[gallery[2]] == "caption" and labels[ARTICLE[2]] == "body"


def test_a_paragraph_over_a_picture_posts_note_is_the_articles():
    paragraph = ("For the first run the ferry will carry no cars. A red van, with a dummy at the wheel, "
                 "rides as ballast.")
    note = "A post shared by Jo Lee (@jo.lee) on May 2, 2026 at 6:05am PDT"
    labels = labels_of(page(*ARTICLE[:2], paragraph, note, *ARTICLE[2:]))
    assert labels[paragraph] == "body" and labels[note] == "caption"


def test_the_names_under_the_titles_of_a_list_of_other_stories_are_no_credits():
    cards = ["Storm floods the coastal towns overnight", "Ann Bell", "May 2, 2026",
             "Markets rally as the central bank holds rates", "Al Roe", "May 1, 2026"]
    text = page("Ferry sale delayed again", "By Jo Lee", *ARTICLE, "Most read", *cards)
    labels = labels_of(text)
    assert labels["By Jo Lee"] == "byline" and labels["Ann Bell"] == labels["Al Roe"] == "read_more"
    version = story_from_texts({"a": text}).versions[0]
    assert {row["source"] for row in credit_sources(version) if row["cue"] == "byline"} == {"Jo Lee"}


def test_a_page_of_one_line_per_paragraph_with_a_few_overlong_graphic_lines_is_not_read_as_wrapped():
    graphic = " ".join(["NORTH QUAY FERRY TERMINAL OLD BRIDGE"] * 14) + " Crews worked from the north quay"
    prose = [f"Buyers from {n} countries now have until May to close their offers, a document seen by the agency said."
             for n in range(2, 10)]
    lines = ["The ministry has postponed the sale of the port operator's foreign holdings, two people said on Monday.",
             graphic, *prose[:4], "Talks at the Quay", "“We are in no hurry,” an official said after the talks ended.",
             graphic, *prose[4:], "Talks will resume next week, when the ministry expects the first offers."]
    labels = labels_of(page(*lines))
    assert labels["Talks at the Quay"] == "subhead"
    assert all(labels[line] == "body" for line in prose)


def test_a_first_line_told_again_whole_in_a_later_paragraph_is_body_and_no_headline():
    point = "The ministry put off the sale of the port in May, saying buyers 'could need more time to close offers'"
    raw = page(point, *ARTICLE, "Previously the ministry put off the sale of the port in May, saying buyers 'could "
               "need more time to close offers.'")
    assert labels_of(raw)[point] == "body"
    assert labels_of(page("The ministry puts off the port sale as buyers ask for more time to close their offers",
                          *ARTICLE))["The ministry puts off the port sale as buyers ask for more time to close "
                                     "their offers"] == "headline"


def test_a_summary_boxs_heading_run_on_to_its_first_point_is_no_headline():
    raw = page("Story highlights The ministry put off the sale of the port", *ARTICLE)
    assert labels_of(raw)["Story highlights The ministry put off the sale of the port"] == "subhead"
    assert text_metadata(label_blocks(raw)).get("headline", "") == ""


def test_a_summary_boxs_heading_run_on_to_a_quoted_first_point_is_no_headline():
    first = 'Story highlights "We are in no hurry," an official of the ministry said on Monday'
    raw = page(first, *ARTICLE)
    assert labels_of(raw)[first] == "subhead"
    assert text_metadata(label_blocks(raw)).get("headline", "") == ""


def test_one_sentence_over_an_editors_note_opening_the_story_is_its_standfirst():
    deck = "The crews who held the dam tell how they worked through the night."
    note = "[Editor's note: The names of two crew members are changed.]"
    story = ["The river rose on Sunday and the crews went out at dusk.",
             "They stayed until the water fell, the mayor said.", "The road opens again on Friday."]
    labels = labels_of(paragraphs(deck, note, *story))
    assert labels[deck] == "subhead" and labels[note] == "body"
    assert labels_of(paragraphs(f"It rained on Sunday. {deck}", note, *story))[f"It rained on Sunday. {deck}"] == "body"


def test_a_photo_gallerys_captions_are_set_aside_on_a_page_with_no_other_text():
    captions = [f"Pictures: Elm dam {text} Hide Caption {n} of 3" for n, text in enumerate((
        "Crews worked through the night to shore up the dam, which the river had breached on Sunday.",
        "The mayor thanked the crews at dawn and said the road would open again on Friday.",
        "Families wait at the school that took them in after the water rose."), start=1)]
    assert set(labels_of(paragraphs(*captions)).values()) == {"caption"}
    credited = [text.replace(f" Hide Caption {n} of 3", " (Jo Roe/Agency)") for n, text in enumerate(captions, 1)]
    assert set(labels_of(paragraphs(*credited)).values()) == {"body"}  # no gallery's counter: the page's only text


def test_a_gallery_whose_captions_open_on_its_counter_is_set_aside_inside_the_article():
    gallery = ["1/3 The old quay A crane lifts the last crate off the ferry before the port closes for the winter "
               "season, as the crews look on from the harbour wall PIXA",
               "2/3 Harbour lights The lamps along the pier were first lit in 1902. They still run on the old cables",
               "3/3 Last crossing The ferry leaves the quay at dusk ELMO"]
    labels = labels_of(page(*ARTICLE[:2], *gallery, *ARTICLE[2:]))
    assert [labels[line] for line in gallery] == ["caption"] * 3 and labels[ARTICLE[2]] == "body"
    alone = "9/11 Commission staff met the port's owners twice in May."
    assert labels_of(page(*ARTICLE[:2], alone, *ARTICLE[2:]))[alone] == "body"


def test_a_gallerys_first_caption_opening_on_its_credit_over_the_next_is_set_aside_however_long():
    first = ("PIXA Crews from three towns work through the night to clear the road to the dam after the storm that "
             "closed it on Monday and left the farms of the valley cut off")
    labels = labels_of(page(*ARTICLE[:2], first, "ELMO The mayor at the gate of the dam", *ARTICLE[2:]))
    assert labels[first] == "caption" and labels[ARTICLE[2]] == "body"


def test_a_lone_title_between_paragraphs_on_a_page_dropping_titles_into_its_copy_is_set_aside():
    titles = ["Storm floods the coastal towns overnight as rivers rise",
              "Markets rally as the central bank holds rates", "Rail strike ends after a week of talks at the port"]
    lone = "New video shows the ferry crossing the bay as the storm nears the coast"
    lines = [ARTICLE[0], *titles[:2], ARTICLE[1], titles[2], ARTICLE[2], lone, ARTICLE[3]]
    labels = labels_of(page(*lines))
    assert labels[lone] == "promo" and labels[ARTICLE[3]] == "body"
    assert labels_of(page(ARTICLE[0], ARTICLE[1], ARTICLE[2], lone, ARTICLE[3]))[lone] == "body"


def test_a_caption_over_a_photographers_credit_is_set_aside_in_any_tense():
    caption = "As the water rose, crews ran to the dam. Many of them had worked there for years."
    credit = "Jo Roe/Getty Images"
    labels = labels_of(page(*ARTICLE[:2], caption, credit, *ARTICLE[2:]))
    assert labels[caption] == "caption" and labels[ARTICLE[1]] == labels[ARTICLE[2]] == "body"
    assert labels_of(page(*ARTICLE[:2], caption, *ARTICLE[2:]))[caption] == "body"


def test_a_title_in_any_tense_over_a_caption_on_a_page_dropping_titles_into_its_copy_is_set_aside():
    titles = ["Storm floods the coastal towns overnight as rivers rise",
              "Markets rally as the central bank holds rates", "Rail strike ends after a week of talks at the port"]
    video = "Police say the ferry has sailed to the wrong island in the fog"
    caption = "Crews wait at the quay as the fog lifts. Photograph: Jo Roe"
    lines = [ARTICLE[0], *titles[:2], ARTICLE[1], titles[2], ARTICLE[2], video, caption, ARTICLE[3]]
    labels = labels_of(page(*lines))
    assert labels[video] == "promo" and labels[caption] == "caption" and labels[ARTICLE[3]] == "body"
    assert labels_of(page(ARTICLE[0], ARTICLE[1], ARTICLE[2], video, caption, ARTICLE[3]))[video] == "body"


def test_a_caption_over_a_posts_credit_passed_on_by_an_agency_is_set_aside():
    caption = "Crews ran to the dam as the water rose. The road was shut an hour later."
    labels = labels_of(page(*ARTICLE[:2], caption, "Elmgram/jolee via Storyful", *ARTICLE[2:]))
    assert labels[caption] == "caption" and labels[ARTICLE[2]] == "body"


def test_captions_printing_the_copys_sentences_again_without_their_stop_are_set_aside():
    opening = ["Crews worked on the old dam through the night as the river rose.",
               "By dawn the water stood a metre higher than on any day since 1950."]
    rest = ["The mayor thanked the crews at a meeting in the town hall on Tuesday.",
            "Sandbags will stay along the bank until the end of the month, she said.",
            "Schools in the valley reopened on Wednesday.", "Talks on a new dam resume next week."]
    copy = " ".join(opening)[:-1]
    beside = "Volunteers from three villages filled sandbags on the square in front of the church"
    again = rest[1][:-1]
    labels = labels_of(page(*opening, *rest[:2], copy, rest[2], beside, again, rest[3]))
    assert [labels[line] for line in (copy, beside, again)] == ["caption"] * 3
    assert all(labels[line] == "body" for line in opening + rest)
    unclosed = labels_of(page(*opening, *rest[:2], copy, beside, "Schools in the valley reopened on Wednesday",
                              "Talks on a new dam resume next week and may run until the end of the summer"))
    assert unclosed[copy] == "body"


def test_a_caption_retelling_a_sentence_beside_it_in_its_own_words_is_set_aside_but_a_summarys_point_stays():
    story = ["The mayor thanked the crews at a meeting in the town hall on Tuesday.",
             "Crews worked on the old dam through the night as the river rose, she said.",
             "Sandbags will stay along the bank until the end of the month.", "Talks on a new dam resume next week."]
    caption = "Crews also worked on the old dam at night on March 3, 2026"
    labels = labels_of(page(*story[:2], caption, *story[2:]))
    assert labels[caption] == "caption" and all(labels[line] == "body" for line in story)
    point = "Crews worked all night on the old dam as the river rose"
    assert _copied_captions([point, *story], ["body"] * 5) == ["body"] * 5


def test_a_caption_retelling_the_two_paragraphs_around_it_as_one_is_set_aside():
    story = ["The mayor opened the new ferry terminal in Elmton on Tuesday morning.",
             "Crews from the valley's port authority worked through the winter to finish the quay.",
             "Ferries will sail from the terminal to the islands twice a day, the mayor said.",
             "Tickets go on sale at the quay next week."]
    caption = ("Port authority crews worked through the winter on the quay, and ferries will sail twice a day to the "
               "islands")
    labels = labels_of(page(*story[:2], caption, *story[2:]))
    assert labels[caption] == "caption" and all(labels[line] == "body" for line in story)


def test_a_caption_opening_on_its_credit_to_a_site_address_in_lower_case_is_set_aside():
    caption = "elmpictures.co.uk Crews cleared the road near the old dam on the river after the storm last night"
    labels = labels_of(page(*ARTICLE[:2], caption, *ARTICLE[2:]))
    assert labels[caption] == "caption" and all(labels[line] == "body" for line in ARTICLE[1:])
    assert labels_of(page(*ARTICLE[:2], "elmpictures.co.uk said the road was shut.", *ARTICLE[2:]))[
        "elmpictures.co.uk said the road was shut."] == "body"


def test_an_unclosed_line_over_an_agencys_name_alone_is_a_caption_but_a_closed_paragraph_there_stays_body():
    caption = "Crews were sent to the old dam as the river rose through the night"
    labels = labels_of(page(*ARTICLE[:2], caption, "Reuters", *ARTICLE[2:]))
    assert labels[caption] == "caption" and all(labels[line] == "body" for line in ARTICLE[1:])
    closed = labels_of(page(*ARTICLE[:2], caption + ".", "Reuters", *ARTICLE[2:]))
    assert closed[caption + "."] == "body"


def test_captions_retelling_the_copy_up_to_four_lines_away_closing_on_a_bracket_or_quote_mark_are_set_aside():
    story = ["The mayor opened the new ferry terminal in Elmton on Tuesday morning.",
             "Crews from the port authority worked through the winter to finish the quay.",
             "The first ferry left the quay for the islands at noon with two hundred riders on board.",
             "Tickets for the summer went on sale at the quay on the same day.",
             "The mayor said on the radio: 'The islands are an hour closer to the town.'",
             "Riders had waited for the terminal since the old pier closed five years ago.",
             "The port authority will add a second ferry in June, its chief said.",
             "A new bus line will link the quay to the station.", "Buses will run every twenty minutes."]
    boxes = ["FERRY FACTS AT A GLANCE - Two ferries from June - Sailings every hour - Tickets at the quay",
             "THE OLD PIER The pier was built in 1890. It closed after a storm and the town kept its boats"]
    shown = ["The first ferry left the new quay for the islands with two hundred riders (pictured at noon)",
             "The mayor spoke on the radio after the opening. He said: 'The islands are an hour closer to the town'"]
    crowd = "Crowds waited in the sun by the doors of the terminal as the town band played"
    labels = labels_of(page(*story[:4], shown[0], *story[4:6], boxes[0], story[6], shown[1], story[7], crowd,
                            story[8], boxes[1], "The terminal opens at six every morning."))
    assert [labels[line] for line in shown] == ["caption", "caption"]
    assert all(labels[line] == "body" for line in story)


def test_a_paragraph_a_later_caption_prints_again_stays_body_with_a_caption_under_it():
    story = ["The mayor opened the new ferry terminal in Elmton on Tuesday morning.",
             "Crews from the port authority worked through the winter to finish the quay.",
             "The mayor said the islands were now an hour closer to the town.",
             "Riders had waited for the terminal since the old pier closed five years ago.",
             "The port authority will add a second ferry in June, its chief said.",
             "A new bus line will link the quay to the station.", "Buses will run every twenty minutes."]
    caption = "The mayor says the islands are now an hour closer to the town by ferry"
    again = "The mayor spoke at the quay. " + story[3]
    labels = labels_of(page(*story[:4], caption, *story[4:6], again, story[6]))
    assert labels[caption] == "caption" and all(labels[line] == "body" for line in story)


def test_unclosed_lines_over_or_under_an_unclosed_caption_amid_the_copy_are_captions_but_a_lists_items_stay():
    story = ["The mayor opened the new ferry terminal in Elmton on Tuesday morning.",
             "Crews from the port authority worked through the winter to finish the quay.",
             "Ferries will sail from the terminal to the islands twice a day.", "Tickets go on sale next week."]
    shown = ["The mayor cut the ribbon in front of a crowd of islanders, their children and the crews who had worked "
             "through the winter to finish the new quay",
             "Crowds waited for the first ferry at the end of the new quay (file photo)"]
    labels = labels_of(page(*story[:2], *shown, *story[2:]))
    assert [labels[line] for line in shown] == ["caption", "caption"]
    assert all(labels[line] == "body" for line in story)
    assert labels_of(page(*story[:2], shown[0], *story[2:]))[shown[0]] == "body"
    assert labels_of(page(*story[:2], "* " + shown[0], *shown[1:], *story[2:]))["* " + shown[0]] != "caption"


def test_the_caption_of_the_picture_over_a_wire_story_retelling_its_lede_is_set_aside():
    caption = ("A court in Elmton jailed the port's former chief Jo Lee on May 3, 2026 for fraud, one of several cases "
               "against the former head of the harbour board")
    lede = ("A court in Elmton jailed the port's former chief Jo Lee for three years for fraud on Saturday, in one of "
            "several cases brought against the former head of the harbour board, his lawyer said.")
    labels = labels_of(page(caption, lede, *ARTICLE[1:]))
    assert labels[caption] == "caption" and labels[lede] == "body"


def test_a_sentence_cut_before_the_video_it_introduces_stays_body_but_a_title_saying_who_is_said_to_act_does_not():
    cut = "Before the vote, the mayor's daughter said in a video posted online"
    title = "Mayor said to weigh new bid for the port"
    labels = labels_of(page(*ARTICLE[:2], cut, ARTICLE[2], title, ARTICLE[3]))
    assert labels[cut] == "body" and labels[title] != "body"


def test_a_videos_title_over_the_box_of_most_read_stories_amid_the_article_is_set_aside():
    title = "Valley council backs plan to rebuild the old ferry pier by the harbour"
    box = "MOST READ IN NEWS FLOOD WATCH Crews shore up the dam overnight FERRY FARES Riders pay more from May"
    labels = labels_of(page(*ARTICLE[:3], title, box, ARTICLE[3]))
    assert labels[title] != "body" and all(labels[line] == "body" for line in ARTICLE[1:])


def test_a_notice_in_another_language_under_an_english_article_is_set_aside():
    notice = ("Wer reden will, erreicht die Beratung unter der Nummer auf der Seite, kostenlos und rund um die Uhr, "
              "auch nachts und sonntags.")
    labels = labels_of(page(*ARTICLE, notice))
    assert labels[notice] == "chrome" and labels[ARTICLE[3]] == "body"


def test_a_one_line_ad_in_another_language_is_set_aside_but_a_line_of_headline_english_stays():
    advert = "Hier lest ihr bei uns, wie ihr Aktien kaufen könnt."
    labels = labels_of(page(*ARTICLE, advert))
    assert labels[advert] == "chrome" and labels[ARTICLE[3]] == "body"
    update = "10.45 p.m.: Port police say second buyer walked away, holdings talks stall."
    story = [*ARTICLE[:3], "The second buyer walked away from the talks on Monday, port police said.", update]
    assert labels_of(page(*story))[update] == "body"


def test_a_teasers_box_under_its_heading_in_lower_case_is_set_aside():
    run = ("more on the valley STORM WATCH Crews clear the roads after the worst week of rain FERRY FARE Fares rise "
           "again for the winter BIG WIN? Elm rowers take the cup for the third time")
    assert labels_of(page(*ARTICLE[:2], run, *ARTICLE[2:]))[run] == "read_more"


def test_the_verse_a_paragraph_closing_on_a_colon_introduces_is_body():
    verse = ["Row the boat across the bay", "Row it home again", "Over the water", "Home at last!"]
    labels = labels_of(page(*ARTICLE, "The crowd still sings the old rowing song at every match:", *verse))
    assert [labels[line] for line in verse] == ["body"] * 4
    apart = labels_of(page(*ARTICLE, "The crowd still sings the old rowing song at every match.", *verse))
    assert apart[verse[0]] != "body"


def test_an_explainers_yes_or_no_question_set_among_its_question_headings_is_a_heading():
    grain = "The Elm port handles most of the grain the country sells abroad."
    asked = [ARTICLE[0], grain, "Will Elm sell the port?", *ARTICLE[1:]]
    assert labels_of(page(*asked))["Will Elm sell the port?"] == "body"
    explainer = page(ARTICLE[0], "Who wants to buy?", grain, "Why does the port matter?", ARTICLE[1],
                     "Will Elm sell the port?", *ARTICLE[2:])
    assert labels_of(explainer)["Will Elm sell the port?"] == "subhead"


def test_a_box_of_another_story_glued_to_its_heading_is_set_aside_but_a_fact_box_on_the_storys_own_facts_stays():
    story = ["Crews worked on the old dam through the night as the river rose.",
             "By dawn the river stood a metre higher than on any day since the dam was built.",
             "The mayor thanked the crews at the town hall on Tuesday."]
    box = "FERRY FARES TO RISE Tickets for the Elm ferry will cost more from May. Riders are not happy."
    assert labels_of(page(*story[:2], box, story[2]))[box] == "promo"
    facts = "THE OLD DAM The dam was built in 1950 across the river. Crews check it every night."
    assert labels_of(page(*story[:2], facts, story[2]))[facts] == "body"


def test_long_lines_are_read_without_backtracking_over_them():
    """A headline in capitals with no sentence after it, and a long line with no rule under it, are read at once (the
    box heading's and the kicker's words could be cut every way, the underlined heading's line read from each
    letter)."""
    capitals = " ".join(["FERRY", "CREWS’", "WAIT", "AT", "THE", "QUAY"] * 5)
    start = time.perf_counter()
    assert _BOX_HEADING.search(capitals) is None and _KICKER.search(capitals) is None
    assert _heading_level("The ferry waited at the quay. " * 4000) == 0 and _heading_level("Roads close\n===") == 1
    assert time.perf_counter() - start < 2



def test_two_sentences_of_the_copy_printed_again_far_below_without_their_stops_are_captions():
    # a tabloid page: two sentences of the copy printed again side by side, unclosed, under pictures far below them
    hulls = ("The ferry will use four engines and two hulls that were built at the old yard in Elmton, which closed "
             "for good after the last of its ships was launched in the autumn")
    cars = "It will carry up to three hundred passengers and forty cars on each crossing"
    story = ["The harbour office said the crossing would take about an hour.", "Tickets go on sale next week.",
             "The old ferry will be sold to a museum.", "Its captain, Jo Roe, has sailed the route for years.",
             "Roe said she would miss the old bell.", "The first crossing is planned for a Sunday.",
             "A band will play on the quay.", "The council paid for half of the new ferry.",
             "The rest came from a fund for the islands.", "Islanders have asked for a second ferry for years.",
             "The mayor said the wait was over.", "A school on the island will close for the day.",
             "Its pupils will sail on the first crossing."]
    labels = _labels_of(page("Elmshire's new ferry will make its first crossing of the bay later this month.",
                             hulls + ".", cars + ".", *story, hulls, cars, "Roe said she would miss the ferry's bell.",
                             "The last crossing of the old ferry is planned for a Saturday evening."))
    assert labels[hulls] == labels[cars] == "caption"
    assert labels[hulls + "."] == labels[cars + "."] == labels["Roe said she would miss the ferry's bell."] == "body"


def test_paragraphs_in_a_row_that_a_box_above_prints_again_stay_body():
    # a fact box glued to its heading in capitals prints three paragraphs the article runs further down
    run = ["If the weather holds, the new ferry will leave Elmton at dawn and reach the island before noon.",
           "The old ferry will then follow it out of the harbour with the mayor and the band on board.",
           "Both ferries will sound their horns as they pass the lighthouse at the mouth of the bay."]
    raw = page("Elmshire's new ferry will make its first crossing of the bay on Sunday, the harbour office said.",
               "The crossing was put off twice in the autumn because of storms.",
               "FERRY DAY " + " ".join(run) + " The island's school will close for the day.",
               "Tickets for the first crossing sold out within an hour, the office said.",
               "Its captain, Jo Roe, has sailed the route for twenty years.", *run,
               "Roe said she would miss the old ferry's bell.", "The last crossing is planned for the spring.")
    assert set(run) <= set(body_of(raw))


def test_a_first_line_longer_than_a_title_with_no_stop_over_the_lede_is_a_caption():
    # a sports page scraped with no headline: the lead picture's caption, then the article
    caption = ("Elmton Rovers were two goals down at half-time and lost their captain to injury, but came back after "
               "a long delay for rain to win the county cup")
    lede = "One of the county's longest waits is over."
    body = body_of(page(caption, lede, "Rovers had not won the cup since 1958, the club said."))
    assert caption not in body and lede in body
    title = "Elmton Rovers win the county cup after a comeback in the rain"
    assert labels_of(page(title, lede, "Rovers had not won the cup since 1958, the club said."))[title] == "headline"


def test_a_picture_storys_captions_kept_alone_between_its_paragraphs_are_set_aside_too():
    # a tabloid picture story: runs of unclosed captions under photos amid the copy, and two more standing alone
    shots = [f"Crowds on the {place} cheer as the new ferry sails past on its first crossing of the bay"
             for place in ("quay", "pier", "beach", "bridge", "harbour wall", "cliff path", "lighthouse", "slipway",
                           "ferry ramp")]
    alone = ["Captain Jo Roe waves to the crowd from the bridge of the new ferry. She has sailed the route across the "
             "bay for twenty years and says she will miss the old bell",
             "The old ferry follows the new one out of the harbour. The mayor and the town band rode on its deck and "
             "played all the way to the lighthouse at the mouth of the bay"]
    story = ["Elmshire's new ferry made its first crossing of the bay on Sunday.",
             "Thousands of people lined the harbour to watch it leave.", *shots[:3],
             "The crossing took just under an hour.", "Its captain, Jo Roe, has sailed the route for years.",
             *shots[3:6], "Roe said she would miss the old ferry's bell.", *alone,
             "The band played until the ferry reached the island.", *shots[6:],
             "The council paid for half of the new ferry.", "The rest came from a fund for the islands."]
    labels = labels_of(paragraphs(*story))
    assert all(labels[line] != "body" for line in shots + alone)
    assert all(labels[line] == "body" for line in story if line.endswith("."))


def test_the_summary_over_a_broadcast_transcripts_first_speaker_is_a_standfirst():
    summary = "Valley Radio's Jo Roe talks to a ferry captain about the storm that shut the crossing for three days."
    turns = ["JO ROE, HOST:", "The ferry is running again this morning.", "ROE: How bad was the storm?",
             "AL LEE: The worst in twenty years, I would say.", "ROE: Thank you."]
    labels = labels_of(page("Ferry Crossing Opens Again After The Storm", summary, *turns))
    assert labels[summary] == "subhead"
    assert labels["The ferry is running again this morning."] == "body"
    assert labels_of(page("Ferry Crossing Opens Again After The Storm", summary, *turns[1:]))[summary] == "body"


def test_a_quotations_title_and_a_lists_heading_amid_the_copy_are_set_aside():
    # a show's page: a segment's title made of a quotation and who said it; a column's list of events under a heading
    title = "‘We will rebuild the old pier’ – Elm Bay harbour master"
    raw = paragraphs("The storm shut the ferry for three days, the harbour office said on Monday.", title,
                     "The harbour master joins the show to talk about the repairs and what they will cost.")
    assert labels_of(raw)[title] == "subhead"
    events = ["●Friday — A talk on the storm at the town hall. 7 p.m.", "●Jan. 9 — A walk along the pier. 10 a.m."]
    raw = paragraphs("The pier will open again in the spring, the council said.", "Harbour events:", *events)
    labels = labels_of(raw)
    assert labels["Harbour events:"] == "subhead" and all(labels[line] == "body" for line in events)
    quoted = "The harbour master said: ‘We will rebuild the old pier.’"
    assert labels_of(paragraphs("The storm shut the ferry.", quoted, "Repairs begin in May."))[quoted] == "body"


def test_a_sentence_broken_inside_its_quotation_stays_body_on_a_picture_story():
    shots = [f"Crowds on the {place} cheer as the new ferry sails past on its first crossing of the bay"
             for place in ("quay", "pier", "beach", "bridge", "harbour wall", "cliff path", "lighthouse", "slipway")]
    broken = ('The captain of the new ferry, Jo Roe, told the crowd on the quay: "When the old ferry has gone, '
              'the Elm')
    story = ["Elmshire's new ferry made its first crossing of the bay on Sunday.", *shots[:4],
             "Thousands of people lined the harbour to watch it leave.", broken,
             "Islands will never be cut off again, whatever the weather.\"", *shots[4:], "The band played on."]
    labels = labels_of(paragraphs(*story))
    assert labels[broken] == "body" and all(labels[line] != "body" for line in shots)


def test_the_articles_sentence_that_a_caption_prints_again_after_its_own_stays_body():
    # a picture story: the caption under a photo tells what it shows, then prints the article's sentence, no stop
    sentence = "Spring tides happen when the sun and the moon pull on the sea in a line with the Earth."
    caption = ("The sea rose over the harbour wall at Elmton on Monday. Spring tides happen when the sun and the moon "
               "pull on the sea in a line with the Earth")
    raw = paragraphs("The highest tide of the year flooded the quay at Elmton on Monday night.", sentence,
                     "Scroll down for video", caption, "Crews closed the road along the harbour for three hours.",
                     "The council said the water went down by midnight.")
    assert labels_of(raw)[sentence] == "body"


def test_a_video_pages_list_of_cards_with_stamps_glued_to_their_titles_is_set_aside():
    # a video page: title, description, day, then other videos, each card's stamp run into its title by the scraper
    description = "Crews shored up the old dam on Monday as the river rose after a week of rain in the valley."
    cards = ["2 hours agoFerry crews vote to strike over pay", "May 20, 2026Mayor on the bridge: 'We will rebuild'",
             "May 20, 2026Jo Roe, former harbour master and sailor, dies at 86", "May 19, 2026Elm Fair Presents: Hay!"]
    raw = page("Dam holds as the river rises", description, "May 20, 2026", "Top Stories", *cards)
    labels = labels_of(raw)
    assert labels[description] == "body" and all(labels[card] == "promo" for card in cards)


def test_an_outlets_heading_or_a_heading_on_streams_under_the_day_is_no_byline():
    description = "Crews shored up the old dam on Monday as the river rose after a week of rain in the valley."
    raw = page("Dam holds as the river rises", description, "May 20, 2026", "Additional Live Streams", "Top Stories",
               "May 20, 2026Ferry crews vote to strike over pay", "May 20, 2026", "Elm News Live Presents",
               "May 18, 2026Elm News Live: The Harbour Years")
    assert text_metadata(label_blocks(raw)).get("byline") is None


def test_a_video_pages_title_opening_on_watch_is_its_headline():
    raw = page("Watch: 'Stand back!' Moment the old dam gives way", "Crews shored up the dam on Monday as it rained.",
               "The river went down by the evening.")
    assert text_metadata(label_blocks(raw))["headline"] == "Watch: 'Stand back!' Moment the old dam gives way"


def test_a_title_opening_on_a_short_question_is_the_headline():
    title = "Flood or fire? Mystery of the old ferry's sinking after the crew's rescue"
    raw = page(title, "The old ferry sank in the bay on Monday night, the coastguard said.", "Its crew were rescued.")
    assert labels_of(raw)[title] == "headline" and text_metadata(label_blocks(raw))["headline"] == title


def test_a_dek_written_as_a_headline_under_it_is_set_aside_and_the_lede_kept():
    dek = "Crews and owners meet over pay after weeks of strikes on ferry routes."
    lede = "Talks between the ferry crews and their owners resume on Monday, the union said."
    raw = page("Ferry talks resume", dek, lede, "The crews walked out in March.")
    labels = labels_of(raw)
    assert labels[dek] == "subhead" and labels[lede] == "body"
    plain = "Crews and owners met over their pay after weeks of strikes on ferry routes."
    assert labels_of(page("Ferry talks resume", plain, lede, "The crews walked out in March."))[plain] == "body"


def test_a_programmes_guests_under_their_heading_are_credits():
    guest = "Jo Lee – Engineer who has studied the dam for a decade."
    raw = page("Will the Elm dam hold?", "Crews shore up the dam as the river rises.",
               "The river has risen for a week. Engineers say the dam was built for a smaller flood.",
               "Presenter: Al Roe", "Guests:", guest, "Cy Di – Mayor of Elmton")
    assert labels_of(raw)[guest] == "credit"


def test_a_programme_pages_dek_over_its_description_and_contributors_is_set_aside():
    dek = "Stalled at the dam, the council blames the weather while the crews wait for their pay."
    description = ("For years the valley's papers took the council's word on the dam. This month they asked what "
                   "went wrong, and the crews told them.")
    raw = page("The dam that never was: promise, delay, repeat", dek, description, "Meanwhile the river keeps rising.",
               "Contributors:", "Jo Lee – historian, Elmton College", "Al Roe – engineer")
    labels = labels_of(raw)
    assert (labels[dek], labels[description]) == ("subhead", "body")
    assert labels_of(raw.replace("Contributors:", "Next week:"))[dek] == "body"


def test_a_dek_over_a_lede_its_outlets_own_dateline_opens_is_set_aside():
    dek = "Ten years after the flood, fears of a new one have grown."
    lede = "Elmton, Maine – On May 2, 2016, the river broke through the old dam and filled the valley."
    title = "Quiet Elmton flood day marked under new river flood warnings"  # no function word, but a preposition
    raw = page(title, dek, lede, "Crews rebuilt the dam in two years.")
    labels = labels_of(raw)
    assert (labels[dek], labels[lede]) == ("subhead", "body")
    assert text_metadata(label_blocks(raw))["headline"] == title


def test_a_page_closing_on_its_writers_note_with_her_site_sets_it_aside():
    note = ("Jo Roe writes for many papers, including the Valley Post. She is the author of a book on the dam. "
            "Her website is JoRoeWrites.com")
    raw = page("Photos of the valley show the flood", *ARTICLE, note)
    assert labels_of(raw)[note] != "body" and body_of(raw)[1:] == ARTICLE[1:]


def test_a_features_title_in_two_beats_the_second_opening_on_so_is_the_headline():
    title = "Jo was told to leave the valley. So she took the last ferry and never went back"
    raw = page(title, "Jo - whose name we have changed - left Elmton in March.", *ARTICLE[1:])
    assert labels_of(raw)[title] == "headline"
    assert text_metadata(label_blocks(raw))["headline"] == title


def test_a_lede_reporting_in_the_present_and_quoting_in_double_marks_stays_body():
    lede = 'The union says the talks went well, but a deal "is some way off".'
    raw = page("Ferry deal some way off, union says", lede,
               "Union leader Jo Lee's remarks came after the owners said a deal could be signed on Monday.",
               "The crews walked out in March.")
    assert labels_of(raw)[lede] == "body"
    dek = "The union says the talks went well, but a deal is ‘some way off’."
    assert labels_of(raw.replace(lede, dek))[dek] == "subhead"


def test_an_opinion_pieces_dek_under_its_headline_is_set_aside_and_its_lede_kept():
    dek = "Without a deal, the strike could spread to every port on the coast and empty the shops."
    lede = "As the talks drag on, the crews and the owners are further apart than at any time this year. Both wait."
    note = "The views expressed in this article are the author's own and do not necessarily reflect the Planet's stance."
    labels = labels_of(page("Elmton needs a ferry deal now", dek, lede, "The crews walked out in March.", note))
    assert (labels[dek], labels[lede], labels[note]) == ("subhead", "body", "chrome")
    assert labels_of(page("Elmton needs a ferry deal now", dek, lede, "The crews walked out in March."))[dek] == "body"


def test_a_live_pages_posts_signed_by_a_dash_and_the_outlets_writer_are_bylines():
    # a live page: each post under its time and title, signed by a dash, the outlet's name and its writer's
    signatures = ["-Elm News' Jo Lee", "—Elm News' Al Poe and Cy Di"]
    raw = page("The ferry crews walked out in March over pay.", "6:53 AM EDT", "Talks resume at the port",
               "Crews and owners met again on Monday, the union said.", "Both sides called the talks useful.",
               signatures[0], "5:09 AM EDT", "Owners offer a new deal", "The owners offered a rise of 3%.",
               "The union will vote on it on Friday.", signatures[1])
    labels = labels_of(raw)
    assert all(labels[signature] == "byline" for signature in signatures)
    meta = text_metadata(label_blocks(raw))
    assert (meta["byline"], meta["byline_outlet"]) == ("Jo Lee", "Elm News")


def test_a_closing_credit_after_a_dash_is_set_aside():
    credit = "—Elm News' Jo Lee and Al Poe contributed to this report."
    raw = paragraphs("Ferry talks resume", *ARTICLE, credit)
    assert labels_of(raw)[credit] == "credit"


def test_a_sections_name_after_in_over_the_title_heads_no_page():
    # a photo gallery's page: its section ("In Pictures") over the title, the dek, then the story
    title = "Crowds cheer as the old ferry sails for the last time from Elmton"
    dek = "Crews and owners mark end of century of crossings with parade of boats in harbour."
    raw = page("In Pictures", title, dek, "The old ferry left Elmton for the last time on Monday, its owners said.",
               "Hundreds of people lined the quay.")
    labels = labels_of(raw)
    assert (labels["In Pictures"], labels[title], labels[dek]) == ("chrome", "headline", "subhead")
    assert text_metadata(label_blocks(raw))["headline"] == title


def test_a_question_under_the_headline_over_a_listen_button_is_its_dek():
    # a podcast's page: the episode's title, its question as a dek, the player's buttons, then the summary
    dek = "After the strike at the port, will the owners sell the old ferry to a rival line?"
    raw = page("Will the old ferry be sold?", dek, "Listen to this article",
               "The crews walked out in March over pay, and the owners say the ferry loses money.",
               "We speak to Jo Lee, a harbour historian, about what a sale would mean for the town.")
    assert labels_of(raw)[dek] == "subhead"
    assert text_metadata(label_blocks(raw))["headline"] == "Will the old ferry be sold?"
    answered = page("Will the old ferry be sold?", dek, "No, the owners said on Monday.", "The crews walked out.")
    assert labels_of(answered)[dek] == "body"


def test_a_page_of_its_sites_menus_alone_keeps_no_body():
    # a video page scraped with its player left out: the site's menus, the title twice, its date and share buttons
    title = "Why did the old dam at Elmton fail?"
    menus = ["Skip links", "Live", "Show navigation menu", "News", "Harbour", "Elmton", "Weather", "Sport", "Video",
             "Show more sections", "Features", "Opinion", "Toggle Play"]
    raw = page(*menus, title, "By the Numbers", title, "Published On 25 May 2026", "Save", "share-nodes", "info")
    blocks = label_blocks(raw)
    assert "body" not in set(blocks["label"])
    assert text_metadata(blocks)["headline"] == title
    assert set(labels_of(page("Dam holds", "Crews at the dam", "Jo Lee")).values()) == {"body"}


def test_a_live_pages_posts_open_on_their_writers_signature_and_title():
    posts = [("- Jo Lee", "Crews return to the dam"), ("- Al Poe", "What the council said"),
             ("- Jo Lee", "Roads shut along the river"), ("- Mo Ray", "The mayor says the dam will hold.")]
    lines = ["Elm dam holds after a night of rain", "The old dam held through the night, crews said on Monday."]
    for n, (sign, title) in enumerate(posts):
        lines += [sign, title, f"The crews worked until dawn on the {n + 2}nd bank of the river, officials said.",
                  f"“We will stay for {n + 2} more days,” a worker said on Monday."]
    labels = labels_of(page(*lines))
    assert [labels[sign] for sign, _ in posts] == ["byline"] * 4
    assert labels["The mayor says the dam will hold."] == "subhead"
    assert labels["The crews worked until dawn on the 2nd bank of the river, officials said."] == "body"
    assert text_metadata(label_blocks(page(*lines)))["byline"] == "Jo Lee"


def test_a_credit_naming_the_agencies_whose_files_a_story_uses_is_set_aside():
    credit = "With files from The Wire Service and Elm Press. Interview with Jo Lee produced by Al Poe"
    sentence = "With files from the archive, the clerk rebuilt the list of voters."
    labels = labels_of(paragraphs("Ferry talks resume", *ARTICLE, sentence, "— With files from Elm Press", credit))
    assert (labels[credit], labels["— With files from Elm Press"], labels[sentence]) == ("credit", "credit", "body")


def test_an_explainers_longer_question_and_its_dashed_list_items_are_read_as_its_others():
    asked = "What is being done in the valley to stop the floods from reaching the old town again?"
    items = ["- calling the council when the water rises", "- moving cars away from the river bank"]
    raw = page("Why does the valley flood?", "The river burst its banks on Monday, the council said.",
               "How much rain fell this week?", "Twice the usual amount fell, the weather office said.",
               "Crews worked all night.", asked, "The council has sent crews to the river bank.",
               "Residents have been urged to take steps such as:", *items,
               "Who pays for the repairs?", "The council pays, its leader said on Tuesday.",
               "When will the work end?", "The work ends in May, the council said.")
    labels = labels_of(raw)
    assert labels[asked] == "subhead" and [labels[item] for item in items] == ["body", "body"]


def test_a_video_pages_blurb_under_its_watch_title_is_its_first_paragraph():
    blurb = "Our correspondent Jo Lee reports from Elmton, hours after the old dam gave way in the night."
    raw = page("Watch: Why did the old dam at Elmton fail?", blurb, "The dam broke at 2am, the council said on Monday.",
               "Crews had warned of cracks for years.")
    assert labels_of(raw)[blurb] == "body"
    assert labels_of(page("Why did the old dam at Elmton fail?", blurb, *ARTICLE))[blurb] == "caption"


def test_a_live_pages_video_descriptions_quoting_in_single_marks_are_captions():
    blurbs = ["Crews at the dam reacted on Monday to the council's plan. 'We will not leave,' said Jo Lee.",
              "Residents of Elmton gathered at the quay on Tuesday. 'It is our town,' said Al Poe."]
    lines = ["Elm dam holds after a night of rain", "The old dam held through the night, crews said on Monday."]
    for n, (title, blurb) in enumerate(zip(["Crews refuse to leave", "Residents gather at the quay"], blurbs)):
        lines += [title, blurb] + [f"“We stayed for {n * 3 + k + 2} days,” worker number {k} said." for k in range(3)]
    labels = labels_of(page(*lines))
    assert [labels[blurb] for blurb in blurbs] == ["caption", "caption"]
    assert labels["“We stayed for 2 days,” worker number 0 said."] == "body"


def test_a_dek_telling_in_the_present_what_the_story_tells_in_the_past_is_set_aside():
    # a dek written as headlines are, its verb in the present ("raises"), over a lede telling it in the past
    dek = "Elm ferry line raises fares to record high on hopes of an end to crews' strike."
    lede = "Ferry fares rose sharply on Monday as the crews' strike at the port of Elm went into its third week."
    raw = page("Ferry fares rise at Elm", dek, lede, "The line raised its fares by a tenth, its owners said.")
    labels = labels_of(raw)
    assert (labels[dek], labels[lede]) == ("subhead", "body")
    told = raw.replace("The line raised its fares", "The line raises its fares")
    assert labels_of(told)[dek] == "body"


def test_a_post_signed_by_its_handle_alone_under_its_link_is_a_caption():
    # the post's text and its picture's link as the embed prints them, then the account's handle glued to a dash
    post = ("Thank you to every crew who held the dam tonight. You kept the whole valley safe. "
            '<a href="https://t.co/x1y2z3">pic.twitter.com/x1y2z3</a>')
    raw = page("Elm dam holds", *ARTICLE[:2], post, "—elmshirefire", *ARTICLE[2:])
    labels = labels_of(raw)
    assert (labels[post], labels["—elmshirefire"]) == ("caption", "caption")
    assert body_of(raw) == body_of(page("Elm dam holds", *ARTICLE))


def test_a_menu_page_pointing_to_more_on_the_story_keeps_no_body_and_states_its_title():
    # a video page scraped as its site's menus: the site's full name, its title, "More on this story.", its age
    title = "Are ferry fares rising faster than wages?"
    menus = ["Skip to content", "Watch Live", "Elmshire Broadcasting Corporation", "Home", "News", "Sport",
             "Business", "Weather", "Travel", "Culture", "Video"]
    raw = page(*menus, title, "More on this story.", "1 day ago", "Ferries", "Wages", "Share", "Save")
    blocks = label_blocks(raw)
    assert "body" not in set(blocks["label"]) and labels_of(raw)[title] == "headline"
    assert text_metadata(blocks)["headline"] == title


def test_a_broadcast_transcripts_sound_notes_closing_credits_next_guest_and_notice_are_set_aside():
    summary = "Valley Radio's Jo Roe talks to a ferry captain about the storm that shut the crossing for three days."
    brk = "ROE: Let's take a short break. My guest is Al Lee, captain of the Elm Bay ferry. We'll be right back."
    turns = ["(SOUNDBITE OF MUSIC)", "JO ROE, HOST:", "The ferry is running again this morning.",
             "ROE: How bad was the storm?", "AL LEE: The worst in twenty years, I would say.", brk,
             "(SOUNDBITE OF MUSIC)", "ROE: So how did the crossing open again?",
             "LEE: The crews worked through the night to clear the pier.", brk, "(SOUNDBITE OF MUSIC)",
             "ROE: Al Lee, thank you.", "LEE: Thank you for having me."]
    guest = ("ROE: Al Lee's new book is called \"The Crossing.\" Tomorrow on VALLEY MORNING, our guest will be the "
             "singer Bo Ma. I hope you'll join us.")
    staff = ("ROE: VALLEY MORNING's executive producer is Cy Di. Our engineer is Ed Fo. Our interviews are produced "
             "by Gil Ho. I'm Jo Roe.")
    note = "((SOUNDBITE OF ELM BAY BAND'S “THE PIER (LIVE)”)))"
    notice = "Accuracy of Valley Radio transcripts may vary. Transcript text may be revised to correct errors."
    labels = labels_of(page("Ferry Crossing Opens Again After The Storm", summary, *turns, guest, note, staff,
                            notice))
    assert labels[summary] == "subhead"
    assert labels["(SOUNDBITE OF MUSIC)"] == labels[note] == "caption"
    assert labels[brk] == labels["ROE: Al Lee, thank you."] == "body"  # a break said twice is said twice
    assert (labels[guest], labels[staff], labels[notice]) == ("promo", "credit", "chrome")


def test_a_wire_credit_closing_on_contributed_and_a_title_glued_to_the_summary_it_tops_are_set_aside():
    summary = "Crews clear the roads after the storm, and the ferry runs again from Elm Bay."
    labels = labels_of(page(f"Morning brief{summary}", summary))
    assert labels[f"Morning brief{summary}"] == "headline" and labels[summary] == "body"
    credit = "Daily Planet writers Jo Lee and Al Poe contributed."
    assert labels_of(paragraphs(*ARTICLE, "___", credit))[credit] == "credit"
    assert labels_of(paragraphs(*ARTICLE, "Many residents contributed."))["Many residents contributed."] == "body"
