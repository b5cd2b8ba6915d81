"""Rebuild the scraped pages scored by ``evaluation/furniture_eval.py`` into ``evaluation/scraped/cache/``.

The pages are not stored in this repository (third-party news pages, no open licence). They come from
the page-scraping runs of a public research-agent project (Kjdragan/universal_agent, commit
1979fd1814db98b32f53aff64e4851a3381ab664, ``scrapling/runs/sample_processed_json_eval/processed/*.md``):
one Markdown file per page whose ``## Content`` section is the page's text as the scraper kept it, one
line per paragraph (menus, captions, appeals, related-story lists and all). Each page becomes
``cache/<name>.txt``: the lines between ``## Content`` and the next ``## `` heading (``## Links``),
stripped of the surrounding blank lines, ending in one line feed. The sha1 of each text is checked
against the one the gold records, so a changed rendering is caught, not silently scored.

More pages come from the same project's history: ``EXTRA`` lists each by commit and path (the halves
"unseen4" and "unseen5": pages of an earlier run folder, ``scrapling_tester/runs/...``, deleted before the pinned
commit). ``CRAWLED`` lists pages of the project's crawl corpora (``.../filtered_corpus/crawl_<id>.md``, halves
"unseen5" to "unseen10", and its research sessions' ``.../search_results/crawl_<id>.md`` of the same format) by
commit, path and source address: a YAML front matter (title, source, date ...) written by the crawler, then the page's text, one line per paragraph, as its filter kept it; the text is the lines after the
front matter, and the page is named after its source address as the scraper names its files
(``apnews.com/article/x`` -> ``apnews.com_article_x``).

Get the snapshot first (the project's ``fetch`` tool puts a bare git directory at
``/work/.mirror/Kjdragan+universal_agent/repo``), or give its place:
``python evaluation/scraped/build.py [--git-dir PATH]``.

Half "unseen12" comes from another public project, a Hacker News digest that saves each linked page as Markdown
(artur-shlyapnikov/hn-distill, ``data/raw/articles/<story id>.md``; its snapshot at ``HN_GIT_DIR``): ``HN`` lists each page
by commit, path and the story's address (from ``data/raw/items/<story id>.json``). A page is the reader's
rendering of the whole page (menus, links as ``[words](address)``, images as ``![alt](address)``); its text is the
lines after the reader's ``Markdown Content:`` line where the file has that header, else the whole file, without
the blank lines around them, ending in one line feed; it is named after its address as the crawled pages are.
Half "unseen13" comes from a third public project, a class project's news scraper that saved each page's text
(requests and BeautifulSoup: every paragraph's text, captions, credits, copyright lines and the site's script
residue as the scraper kept them) as a plain text file (zbluhm02/Project-1_CS325, ``Data/processed/article_<n>.txt``
at commit ``PLAIN_COMMIT``, the pages' addresses in ``Data/raw/input.txt`` line by line; its snapshot at
``PLAIN_GIT_DIR``). The files are Windows-1252 with CRLF line ends: a page's text is the file decoded as
Windows-1252, its line ends made line feeds, without the blank lines around it, ending in one line feed; it is named
after its address as the crawled pages are.
Half "unseen14" comes from a fourth public project, a class project that saved pages' text with the newspaper3k
extractor (sumiyarahaman/politicalLens, ``article<n>.txt`` at commit ``LENS_COMMIT``, the pages' addresses listed
in its ``data.py`` in the same order; its snapshot at ``LENS_GIT_DIR``): each file is ``Title: <title>``, a blank
line and the extractor's text, paragraphs between blank lines (captions, credits, appeals and link lines as kept).
A page's text is the whole file, as ``reader_text`` gives it; it is named after its address as the crawled pages
are.
Half "unseen15" comes from another public project, a class project on media bias that saved the pages of six outlets'
RSS feeds as JSON records (TraceyPeyton/Article-Bias-Prediction, ``Article-Bias-Prediction-New-Unstructured/*.json``
at commit ``BIAS_COMMIT``, one record per page with its ``url`` and ``full_text``: the extractor's text, one line per
paragraph, headline and dek first, subheads, related-story lists and credit lines as kept; its snapshot at
``BIAS_GIT_DIR``). A page's text is its record's ``full_text`` as ``reader_text`` gives it; it is named after its
address as the crawled pages are. ``BIAS_REWRITES`` lists six more of its records, loaded the same way
(``REWRITE_PROJECTS``): the pages of half "unseen17" of ``evaluation/align_rewrites.py`` (three retellings, no
furniture gold); ``BIAS_REWRITES_18`` six more, the pages of its half "unseen18" (three outlets' later stories
retelling their earlier ones); ``BIAS_REWRITES_19`` six more, the pages of its half "unseen19" (two outlets retelling
one report or wire story, and AP's later story retelling its first); ``BIAS_REWRITES_20`` six more, the pages of its
half "unseen20" (two later stories retelling their outlets' first, and CBC's story against AP's on one flight).
Half "unseen42" takes nine more of its records (``BIAS_42``), four events each reported by two or three outlets,
chosen for their furniture (two video pages of ABC News with their lists of other videos, the BBC's video page,
recommended-story lists, warnings, subheads and a closing credit; a furniture half only, its quotations not annotated).
Half "unseen43" takes nine more (``BIAS_43``), four events each reported by two or three outlets, chosen for their
furniture (ABC News' live page with its posts' times, titles and signatures, Al Jazeera's page of lists under
headings, its photo gallery and video page, CBC's podcast page with its audio notes; a furniture half only).
Half "unseen44" takes nine more (``BIAS_44``), three events each reported by two or three outlets, chosen for their
furniture (CBC's live page with its summary, its posts' titles run into their authors' names and their signatures,
NPR's Up First newsletter, Al Jazeera's video page held as its site's menus and share buttons alone, CBC's As It
Happens page, explainers with bullet lists and a "Popular Reads" heading; a furniture half only; the snapshot's file
names spell an accented letter decomposed, as ``BIAS_44`` writes them).
Half "unseen45" takes nine more (``BIAS_45``), four events each reported by two or three outlets, chosen for their
furniture (the BBC's sport page with its "Published" stamps, its links to other stories and its tournament box, Al
Jazeera's sport page with its recommended stories, its podcast page with its episode's guests and credits, CBC's and
NPR's explainers under question subheads, NPR's advice under its headings, ABC News' own story with its "Popular
Reads" heading, the BBC's video page; a furniture half only).
Half "unseen46" takes nine more (``BIAS_46``), three events each reported by two or three outlets, chosen for their
furniture (Al Jazeera's Inside Story page with its presenter and guests, its live page with its "Live updates" label
and opening bullets, its Quotable video page with its title printed twice, its story with its recommended stories
and subheads, NPR's news quiz page with its widget's placeholder, AP's story on ABC News with its "Popular Reads"
heading and closing credit, CBC's highlights under subheads with bullet lists, the BBC's video page; a furniture half
only).
Half "unseen47" takes nine more (``BIAS_47``), four events each reported by two outlets or three, chosen for their
furniture (ABC News' video page with its live streams, "Top Stories" and programme lists, the BBC's video page with its
"Read more" pointer, Al Jazeera's The Bottom Line page with its host and guests, its photo gallery with its "In
Pictures" label, CBC's analysis with its subheads and its "Corrections" note, the BBC's newsletter appeal; a furniture
half only).
Half "unseen48" takes nine more (``BIAS_48``), three events each reported by three outlets, chosen for their furniture
(CBC's live page with its "The Latest" bullets, its "Updates" date and its posts' titles and signatures, CBC's sport
page with its subheads, the BBC's video page with its "More on this story" pointer, ABC News' breaking stories with
their "developing story" notes, the BBC's explainer subhead, Al Jazeera's recommended stories and subheads; a
furniture half only).
Half "unseen49" takes nine more (``BIAS_49``), four events each reported by two outlets or three, chosen for their
furniture (Al Jazeera's explainer under question subheads with its recommended stories, NPR's story with its widget's
placeholder, Al Jazeera's video page with its description printed twice, ABC News' live page with its posts' times and
titles, Al Jazeera's live page with its "live" badge and its video's warning, CBC's "With files from" lines, NPR's
closing credit; a furniture half only).
Half "unseen50" takes nine more (``BIAS_50``), four events each reported by two outlets or three, chosen for their
furniture (NPR's preview with its embedded post and its signature line, NPR's story with its headline printed twice,
Al Jazeera's economy page and its story with their recommended stories, its video page with its "Published On" day,
the BBC's video page, its "Additional reporting by" credit, CBC's dek and "With files from" line; a furniture half
only).
Half "unseen51" takes nine more (``BIAS_51``), four events each reported by two outlets or three, chosen for their
furniture, among them kinds of page no earlier half holds (CBC's player page of The National with the programme's day
glued before its rundown, NPR's Picture Show kept without its photos, Al Jazeera's opinion pages with their closing
note on the author's views), the BBC's video page of a reaction, Al Jazeera's recommended stories, CBC's deks and a
subhead; a furniture half only).
Half "unseen52" takes nine more (``BIAS_52``), four events or subjects each reported by two outlets or three, chosen
for their furniture, among them kinds of page no earlier half holds (Al Jazeera's feature page, NPR's photo story with
its note on the writer), Al Jazeera's Inside Story page beside another outlet's story, its opinion page, the BBC's
feature with its "Additional reporting by" line, CBC's deks and subheads; a furniture half only).
Half "unseen53" takes nine more (``BIAS_53``), four events or subjects each reported by two outlets or three, chosen
for their furniture, among them kinds of page the earlier halves hold without a second outlet (the BBC's video page
held as its site's menus with no description, CBC's player page of a report, ABC News' video page with its lists of
other videos), CBC's story with an embedded post signed by its handle alone, Al Jazeera's recommended stories on its
news and economy pages, AP's story on ABC News with its dek, CBC's dek and subheads; a furniture half only).
Half "unseen54" takes nine more (``BIAS_54``), two events and two subjects each reported by two outlets, chosen for
their furniture, among them kinds of page the earlier halves hold without a second outlet or not at all (BBC Sounds'
page of a radio episode, Al Jazeera's photo gallery, its Talk to Al Jazeera and Listening Post pages, Fox News'
records holding only an opinion piece's one-sentence summary), each beside another outlet's page; a furniture half
only).
Half "unseen55" takes nine more (``BIAS_55``), three events or subjects each reported by three outlets, chosen for
their furniture, among them kinds of page the earlier halves hold without a second outlet or not at all (NPR's
transcript of a Fresh Air interview, its Morning news brief page, its podcast episode page with its "Read more:"
line, Fox News' video page holding a video's one-sentence description), each beside other outlets' pages; a furniture
half only).
Half "unseen56" takes nine more (``BIAS_56``), two events each reported by two outlets and two by three, chosen for
their furniture (NPR's story with its closing note on the partnership that produced it, Al Jazeera's video page with
its title printed twice and its "Published On" day, the BBC's video page with its reporter's description, CBC's
explainer with its dek and subheads, Fox News' video page and its record holding only an opinion piece's summary);
the pool holds no second outlet for the kinds of page the earlier halves hold alone; a furniture half only).
Half "unseen57" takes nine more (``BIAS_57``), three events or subjects each reported by two or three outlets, chosen
for their furniture (ABC News' video page beside other outlets' stories, NPR's story closing on the note that a
previous version of it ran earlier, NPR's page setting the two governments' announcements side by side, the BBC's video
page held with its site's menus, Fox News' records holding only a story's summary); a furniture half only).
Half "unseen58" takes nine more (``BIAS_58``), two events each reported by two or three outlets and two by two,
chosen for their furniture (Al Jazeera's explainers under question headings, AP's bare alert on ABC News, AP's sports
story closing on its link to AP's hub page, a squad listed by position, a sports column); a furniture half only).
Half "unseen16" comes from another class project of the same course as unseen13's, an AP News scraper (requests and
BeautifulSoup: the page's title as "Title: <title>", then every paragraph's text, photo and video captions above and
within the text, AP's funding notes and copyright line as kept) that saved each page's text as a plain text file
(ChasePoin/CS325_Project1, ``Data/raw/<title>_RAW.txt`` at commit ``CHASE_COMMIT``, the pages' addresses in its
``news_urls.txt``; its snapshot at ``CHASE_GIT_DIR``). The files are ASCII (the scraper dropped every other character:
curly quotes, apostrophes, dashes) with CRLF line ends: a page's text is :func:`plain_text` of the file; it is named
after its address as the crawled pages are.
Half "unseen17" comes from another public project, a database of Canadian mass killings whose workers saved the pages
of news stories about each case as rows of SQL (darron/ff-workers, ``migrations/data/0002_stories_<n>.sql`` at commit
``STORIES_COMMIT``: ``INSERT INTO news_stories (id, record_id, url, body_text, ai_summary) VALUES (...)``, one row per
page, ``body_text`` the whole page's text as the scraper kept it, one line per block: menus, share buttons, captions,
related lists, footers, HTML character references and all; its snapshot at ``STORIES_GIT_DIR``). A page's text is the
``body_text`` of the row whose ``url`` is its address, its doubled quotes made single, as ``reader_text`` gives it; it
is named after its address as the crawled pages are.

Half "unseen18" comes from another public project, a research library for extracting the main event of a news article
whose "news_cluster" data set groups pages of many outlets by news event, each page saved as a JSON record by the
news-please extractor (fhamborg/Giveme5W1H, ``Giveme5W1H/examples/datasets/news_cluster/data_raw/<id>.json`` at commit
``GIVEME_COMMIT``, crawled from Google News' headlines from December 27, 2017 to January 1, 2018; its snapshot at
``GIVEME_GIT_DIR``): a record's ``text`` is the extractor's text of the page, one line per paragraph (captions, related
links, promotions and copyright lines as kept; no headline). A page's text is its record's ``text`` as ``reader_text``
gives it; it is named after the record's ``url`` as the crawled pages are. Half "unseen19" takes eight more pages of the
same data set and commit (``GIVEME_2``), three AP stories each on two or three sites, loaded the same way; half
"unseen20" eight more (``GIVEME_3``), three events each reported by two or three outlets not used before; half
"unseen21" twenty-two more (``GIVEME_4``), eight events each reported by two or three outlets and three single pages,
chosen for their quotations (the pages of half 15 of ``evaluation/quote_real.py``); half "unseen22" twenty more
(``GIVEME_5``), eight events each reported by two or three outlets, chosen for their quotations (the pages of half
16); half "unseen23" fourteen more (``GIVEME_6``), five events each reported by two or three outlets, chosen for their
quotations (the pages of half 17); half "unseen24" ten more (``GIVEME_7``), five events each reported by two
outlets, chosen for their quotations (the pages of half 18); half "unseen25" ten more (``GIVEME_8``), five events each
reported by two outlets, chosen for their quotations (the pages of half 19); half "unseen26" ten more (``GIVEME_9``),
five events each reported by two outlets, chosen for their quotations (the pages of half 20); half "unseen27" ten more
(``GIVEME_10``), five events each reported by two outlets, chosen for their quotations (the pages of half 21); half
"unseen28" ten more (``GIVEME_11``), five events each reported by two outlets, chosen for their quotations (the pages of
half 22); half "unseen29" eight more (``GIVEME_12``), four events each reported by two outlets, chosen for their
quotations (the pages of half 23); half "unseen30" ten more (``GIVEME_13``), four events each reported by two outlets
and two single pages, chosen for their quotations (the pages of half 24); half "unseen31" ten more (``GIVEME_14``),
five events each reported by two outlets, chosen for their quotations (the pages of half 25); half "unseen32" ten
more (``GIVEME_15``), five events each reported by two outlets, chosen for their quotations (the pages of half 26);
half "unseen33" ten more (``GIVEME_16``), five events each reported by two outlets, chosen for their quotations (the
pages of half 27); half "unseen34" ten more (``GIVEME_17``), five events each reported by two outlets, chosen for
their quotations (the pages of half 28); half "unseen35" ten more (``GIVEME_18``), five events each reported by
two outlets, chosen for their quotations (the pages of half 29); half "unseen36" ten more (``GIVEME_19``), five events
each reported by two outlets, chosen for their quotations (the pages of half 30); half "unseen37" ten more
(``GIVEME_20``), five events each reported by two outlets, chosen for their quotations (the pages of half 31); half
"unseen38" ten more (``GIVEME_21``), five events each reported by two outlets, chosen for their quotations (the pages
of half 32); half "unseen39" eight more (``GIVEME_22``), four events each reported by two outlets, chosen for their
quotations (the pages of half 33); half "unseen40" nine more (``GIVEME_23``), four events each reported by two or
three outlets, chosen for their furniture (two photo galleries, a review, a column, a market report, a blog post, an
interview and an aggregator's blurb; a furniture half only, its quotations not annotated); half "unseen41" nine more
(``GIVEME_24``), three events each reported by two outlets and three single pages, chosen for their furniture (two
picture stories, a sky column with its listings, two radio transcripts, a page of its site's footer alone, a show page
and two short stories; a furniture half only, its quotations not annotated).
Half 34 of ``evaluation/quote_real.py`` (no furniture gold: ``QUOTE_PROJECTS``) comes from a third public data set,
Article-Bias-Prediction (ramybaly/Article-Bias-Prediction, ``data/jsons/<ID>.json`` at commit ``ABP_COMMIT``: 37,554
AllSides articles of 2012-2020, one JSON record each with its ``url`` and ``content_original``, newspaper3k's text of
the page, one paragraph per block between blank lines; its snapshot at ``ABP_GIT_DIR``). A page's text is its record's
``content_original`` exactly as stored (:func:`abp_text`); it is named after its address as the crawled pages are.
``ABP_QUOTES_34`` lists ten records, five events each reported by two outlets, chosen for their quotations;
``ABP_QUOTES_35`` ten more the same way (half 35), ``ABP_QUOTES_36`` ten more (half 36), ``ABP_QUOTES_37`` ten
more (half 37), ``ABP_QUOTES_38`` ten more (half 38), ``ABP_QUOTES_39`` ten more (half 39), ``ABP_QUOTES_40`` eight
more, four events (half 40), ``ABP_QUOTES_41`` ten more (half 41), ``ABP_QUOTES_42`` ten more (half 42),
``ABP_QUOTES_43`` ten more (half 43), ``ABP_QUOTES_44`` ten more (half 44), ``ABP_QUOTES_45`` ten more
(half 45), ``ABP_QUOTES_46`` ten more (half 46), ``ABP_QUOTES_47`` ten more (half 47), ``ABP_QUOTES_48`` ten more
(half 48), ``ABP_QUOTES_49`` ten more (half 49), ``ABP_QUOTES_50`` ten more (half 50), ``ABP_QUOTES_51`` nine
more, five events (half 51), ``ABP_QUOTES_52`` ten more (half 52).

Half "unseen21" of ``evaluation/align_rewrites.py`` (no furniture gold; ``REWRITE_PROJECTS``) comes from the same data
set: ``ABP_REWRITES_21`` lists its six records by ID and address, read as half 34's (captions and credit lines as the
extractor kept them, a headline line only at times); half "unseen22" six more, listed in ``ABP_REWRITES_22``,
half "unseen23" six more, listed in ``ABP_REWRITES_23``, half "unseen24" six more, listed in
``ABP_REWRITES_24``, half "unseen25" six more, listed in ``ABP_REWRITES_25``, half "unseen26" six more, listed in
``ABP_REWRITES_26``, half "unseen27" six more, listed in ``ABP_REWRITES_27``, half "unseen28" six more, listed
in ``ABP_REWRITES_28``, half "unseen29" six more, listed in ``ABP_REWRITES_29``, half "unseen30" six more,
listed in ``ABP_REWRITES_30``, half "unseen31" six more, listed in ``ABP_REWRITES_31``, half "unseen32" six
more, listed in ``ABP_REWRITES_32``, half "unseen33" six more, listed in ``ABP_REWRITES_33``, half "unseen34"
six more, listed in ``ABP_REWRITES_34``, half "unseen35" six more, listed in ``ABP_REWRITES_35``, half "unseen36"
six more, listed in ``ABP_REWRITES_36``, half "unseen37" six more, listed in ``ABP_REWRITES_37``, half
"unseen38" six more, listed in ``ABP_REWRITES_38``, and half "unseen39" six more, listed in ``ABP_REWRITES_39``.

Two pages may share a cache name (names are cut at 60 characters): the one listed later (``CRAWLED`` after
``EXTRA`` after the pinned folder) is kept, and only the kept text is written and checked against the gold.
"""

from __future__ import annotations

import json
import re
from functools import partial
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from snapshot import git_show, sha1, snapshot_dir  # noqa: E402

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
GOLD = HERE.parents[0] / "gold" / "scraped_furniture.jsonl"
COMMIT = "1979fd1814db98b32f53aff64e4851a3381ab664"
FOLDER = "scrapling/runs/sample_processed_json_eval/processed"
GIT_DIR = Path("/work/.mirror/Kjdragan+universal_agent/repo")
OLD_RUN = "scrapling_tester/runs/sample_processed_json_eval/processed"
EXTRA = tuple(("aa1f9006ce58e621a45aa4417b302a62360f5451", f"{OLD_RUN}/{name}.md") for name in (
    "newsofbahrain.com_world_127556.html",
    "oilprice.com_Energy_Energy-General_Zelenskyy-Pushes-for-Trilateral-Summit-With-US-and-Russia-in-Abu-Dhabi.amp.html",
    "aol.com_articles_ukrainian-russian-envoys-hold-second-092516169.html",
    "cnbc.com_2026_02_27_russia-ukraine-war-local-ceasefire-zaporizhzhia-nuclear-power-plant.html",
    "english.nv.ua_amp_russia-s-war-economy-strains-as-revenues-fall-and-deficits-grow-50587596.html",
    "aol.com_articles_starmer-putin-standing-way-peace-095214942.html",
    "aol.com_gop-lawmaker-trump-patience-putin-203234426.html",
    "aol.com_entertainment_us-edge-ukraine-targets-key-231300638.html",
    # half "unseen5": the rest of the same run folder's news pages
    "aol.com_articles_ukraine-marks-4-years-russia-142436511.html",
    "aol.com_articles_ukrainian-spirit-not-broken-zelensky-005600058.html",
    "aol.com_news_zelenskyy-marks-four-years-war-234537746.html",
    "aol.com_articles_delaying-stalling-blaming-russia-shows-154436253.html",
    "aol.com_entertainment_putin-clearly-considering-unpopular-measure-155600719.html",
    "aol.com_articles_melania-trump-set-history-un-101455077.html",
))

CRAWL_RUN = ("AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/"
             "russia_ukraine_war_feb2026")
CRAWL_RUN_2 = ("AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/"
               "russia_ukraine_war_feb_2026")
CRAWL_RUN_3 = "CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026"
CRAWL_RUN_4 = "RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026"
CRAWL_RUN_5 = ("AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/"
               "russia_ukraine_war_feb_2026")
SEARCH = "97b0bcde2d090b58308985e8b4a26df0fe2fdbe2"  # research sessions' crawled search results
QUANTUM = "quantum_research_2025_session/search_results"
CRAWLED = (  # the same AP story on AP's site and as ABC News's wire story (family "kremlin")
    ("c2b4a6f5faf274057a4c1553249fd79e95bd0903", f"{CRAWL_RUN}/filtered_corpus/crawl_f14a259ca208.md",
     "https://apnews.com/article/russia-ukraine-war-peace-talks-abu-dhabi-kremlin-a3f9444e6672f941676d095d63fc42e2"),
    ("c2b4a6f5faf274057a4c1553249fd79e95bd0903", f"{CRAWL_RUN}/filtered_corpus/crawl_f1387f1ea541.md",
     "https://abcnews.go.com/International/wireStory/"
     "talks-us-ukraine-abu-dhabi-constructive-major-challenges-129558732"),
    # half "unseen6": the same Zelenskyy remarks on Al Jazeera and NPR (family "june"), the Geneva round of
    # February 17-18 on Kurdistan24 and TIME (family "geneva2"), and four pages of outlets not used before
    ("c2b4a6f5faf274057a4c1553249fd79e95bd0903", f"{CRAWL_RUN}/filtered_corpus/crawl_79c575e8c720.md",
     "https://aljazeera.com/news/2026/2/7/us-has-given-ukraine-and-russia-june-deadline-to-end-war-zelenskyy"),
    ("c2b4a6f5faf274057a4c1553249fd79e95bd0903", f"{CRAWL_RUN_2}/filtered_corpus/crawl_bec7a3524d0a.md",
     "https://npr.org/2026/02/08/nx-s1-5705967/"
     "u-s-gave-ukraine-and-russia-june-deadline-to-reach-peace-agreement-zelenskyy-says"),
    ("9b38131326719875571adddfcc779dff7849218f", f"{CRAWL_RUN_3}/filtered_corpus/crawl_c16265ddbfb2.md",
     "https://www.kurdistan24.net/en/story/894746"),
    ("9204adcc624fd5125c67fd94d7cf3bb722fccde5", f"{CRAWL_RUN_4}/filtered_corpus/crawl_2bdc05d7b899.md",
     "https://time.com/7379321/ukraine-russia-peace-talks-end-zelensky-trump-clash/"),
    ("9b38131326719875571adddfcc779dff7849218f", f"{CRAWL_RUN_3}/filtered_corpus/crawl_59910493af33.md",
     "https://cnn.com/2026/02/21/europe/russia-putin-ukraine-war-intl"),
    ("9204adcc624fd5125c67fd94d7cf3bb722fccde5", f"{CRAWL_RUN_4}/filtered_corpus/crawl_895f1a311583.md",
     "https://www.bbc.com/news/articles/cvgj9p15y87o"),
    ("9b38131326719875571adddfcc779dff7849218f", f"{CRAWL_RUN_3}/filtered_corpus/crawl_eb2356755baa.md",
     "https://www.reuters.com/world/ukraine-russia-start-second-day-peace-talks-abu-dhabi-2026-02-05/"),
    ("c2b4a6f5faf274057a4c1553249fd79e95bd0903", f"{CRAWL_RUN_2}/filtered_corpus/crawl_ff323d7cbe1e.md",
     "https://reuters.com/world/europe/kremlin-says-it-neither-confirms-nor-denies-trump-putin-phone-call-2025-02-10"),
    # half "unseen7": the first day of the second Abu Dhabi round (February 4) on The Guardian and France 24's live
    # page (family "abudhabi2"), OCHA's 2026 plan for Ukraine on ReliefWeb and on OCHA's site (family "hnrp"), and
    # four pages of outlets not used before (Geneva Solutions, EUobserver, News.az, ICIJ)
    ("cafde44203f5525fe0084902426cdeb0599e8798", f"{CRAWL_RUN_5}/filtered_corpus/crawl_9994ce7d3440.md",
     "https://www.theguardian.com/world/2026/feb/04/ukraine-russia-second-round-peace-talks-abu-dhabi"),
    ("cafde44203f5525fe0084902426cdeb0599e8798", f"{CRAWL_RUN_5}/filtered_corpus/crawl_3506e0be73e7.md",
     "https://www.france24.com/en/europe/"
     "20260204-live-ukraine-russia-set-to-meet-in-abu-dhabi-for-us-brokered-peace-talks"),
    ("cafde44203f5525fe0084902426cdeb0599e8798", f"{CRAWL_RUN_5}/filtered_corpus/crawl_33ff0ef53d38.md",
     "https://reliefweb.int/report/ukraine/ukraine-humanitarian-needs-and-response-plan-2026-january-2026-enuk"),
    ("c2b4a6f5faf274057a4c1553249fd79e95bd0903", f"{CRAWL_RUN_2}/filtered_corpus/crawl_44a637f31717.md",
     "https://unocha.org/publications/report/ukraine/"
     "ukraine-humanitarian-needs-and-response-plan-2026-january-2026-enuk"),
    ("9b38131326719875571adddfcc779dff7849218f", f"{CRAWL_RUN_3}/filtered_corpus/crawl_e44190945378.md",
     "https://genevasolutions.news/peace-humanitarian/geneva-gears-up-for-iran-and-ukraine-talks"),
    ("9204adcc624fd5125c67fd94d7cf3bb722fccde5", f"{CRAWL_RUN_4}/filtered_corpus/crawl_969661be27a5.md",
     "https://euobserver.com/203799/"
     "polands-sikorski-says-the-quiet-bit-out-loud-europe-has-become-ukraines-lifeline-not-us/"),
    ("c2b4a6f5faf274057a4c1553249fd79e95bd0903", f"{CRAWL_RUN}/filtered_corpus/crawl_64d0b17712fe.md",
     "https://news.az/news/ukraine-russia-war-key-developments-over-the-past-24-hours"),
    ("9204adcc624fd5125c67fd94d7cf3bb722fccde5", f"{CRAWL_RUN_4}/filtered_corpus/crawl_e3a9979ee690.md",
     "https://www.icij.org/news/2026/02/hong-kong-firms-feed-european-tech-to-russias-war-in-ukraine-report-says/"),
    # half "unseen8": NASA's launch plan for Artemis II on Fox News and Scientific American (family artemis), Google's
    # Willow chip on Reuters and Fortune (family willow), WTTW News (Chicago), OSV News, the South China Morning Post
    # and TechCrunch; all but OSV News from the research sessions' search results (same front matter and text)
    (SEARCH, "search_results/crawl_139ed21419e3.md",
     "https://www.foxnews.com/tech/nasa-returns-humans-deep-space-after-over-50-years-february-artemis-ii-moon-mission"),
    (SEARCH, "search_results/crawl_754935fa89d4.md",
     "https://www.scientificamerican.com/article/nasas-historic-artemis-ii-moon-mission-is-almost-ready-to-launch"),
    (SEARCH, f"{QUANTUM}/crawl_ab6524b4682a.md",
     "https://www.reuters.com/technology/google-says-it-has-cracked-quantum-computing-challenge-with-new-chip-2024-12-09"),
    (SEARCH, f"{QUANTUM}/crawl_5244931947aa.md", "https://fortune.com/2024/12/11/google-willow-chip-quantum-computing"),
    (SEARCH, f"{QUANTUM}/crawl_7d54401f4f4c.md",
     "https://news.wttw.com/2025/12/30/organizers-push-ballot-referendum-south-chicago-quantum-computing-campus"),
    ("c2b4a6f5faf274057a4c1553249fd79e95bd0903", f"{CRAWL_RUN}/filtered_corpus/crawl_b7d2d5f75f07.md",
     "https://www.osvnews.com/shevchuk-faith-endures-as-ukraines-source-of-hope-as-full-scale-warmarks-4th-anniversary/"),
    (SEARCH, f"{QUANTUM}/crawl_ef3d506f7f0d.md",
     "https://www.scmp.com/news/china/science/article/3337742/"
     "chinas-new-quantum-computer-hits-stability-milestone-beating-google-efficiency"),
    (SEARCH, f"{QUANTUM}/crawl_52cad83c97fb.md",
     "https://techcrunch.com/2025/12/27/india-startup-funding-hits-11b-in-2025-as-investors-grow-more-selective/"),
    # half "unseen9": the proof of quantum supremacy on a 12-qubit machine on Popular Mechanics and New Scientist
    # (family supremacy), Google's Willow chip as Google's blog announced it and as Nature's news reported it
    # (family willow9), a Network World story, a SecurityWeek funding story, and two Russia-Ukraine pieces of
    # the war's fifth year (Northeastern Global News, the Lowy Institute's Interpreter)
    (SEARCH, f"{QUANTUM}/crawl_33ff0f5c434c.md",
     "https://www.popularmechanics.com/science/a68068223/quantum-supremacy-breakthrough"),
    (SEARCH, f"{QUANTUM}/crawl_36861429a553.md",
     "https://www.newscientist.com/article/2496944-quantum-computers-have-finally-achieved-unconditional-supremacy"),
    (SEARCH, f"{QUANTUM}/crawl_536156331311.md",
     "https://blog.google/innovation-and-ai/technology/research/google-willow-quantum-chip"),
    (SEARCH, f"{QUANTUM}/crawl_e6a8d1158cb8.md",
     "https://www.nature.com/articles/d41586-024-04028-3?error=cookies_not_supported"
     "&code=82c09d64-72dd-45ad-9dbc-5c1f1a437d78"),
    (SEARCH, f"{QUANTUM}/crawl_c47ed919e758.md",
     "https://www.networkworld.com/article/1251100/"
     "ibm-unveils-heron-quantum-processor-and-new-modular-quantum-computer.html"),
    (SEARCH, f"{QUANTUM}/crawl_9686193494b5.md",
     "https://www.securityweek.com/project-eleven-raises-20-million-for-post-quantum-security/amp/"),
    ("9204adcc624fd5125c67fd94d7cf3bb722fccde5", f"{CRAWL_RUN_4}/filtered_corpus/crawl_06f31f270ed6.md",
     "https://news.northeastern.edu/2026/02/23/russia-ukraine-war-four-year-anniversary/"),
    ("9204adcc624fd5125c67fd94d7cf3bb722fccde5", f"{CRAWL_RUN_4}/filtered_corpus/crawl_139c6543194a.md",
     "https://www.lowyinstitute.org/the-interpreter/russia-ukraine-conflict-1461-days-war"),
    # half "unseen10": Starship's eleventh test flight on Scientific American and TechCrunch (family starship), the
    # Artemis II rocket's roll-out to the pad on CNN and NASA's blog (family rollout), and four US outlets' news
    # stories: ABC News on the prisoner swap after the Abu Dhabi talks, two Reuters stories (a Russian deputy
    # minister to RIA, Ukraine's power drought) and CNBC on smuggled Nvidia chips
    (SEARCH, "search_results/crawl_052a6483bd49.md",
     "https://www.scientificamerican.com/article/spacexs-starship-succeeds-in-final-test-flight-of-2025"),
    (SEARCH, "search_results/crawl_1cda877f32d1.md",
     "https://techcrunch.com/2025/10/14/spacex-wraps-action-packed-starship-v2-era-as-program-moves-to-v3"),
    (SEARCH, "search_results/crawl_e772ebad034c.md",
     "https://www.cnn.com/2026/01/17/science/nasa-artemis-ii-moon-mission"),
    (SEARCH, "search_results/crawl_cd172ad75b7d.md",
     "https://nasa.gov/blogs/missions/2026/01/16/artemis-ii-moon-rocket-ready-for-big-move"),
    ("cafde44203f5525fe0084902426cdeb0599e8798", f"{CRAWL_RUN_5}/filtered_corpus/crawl_6d7bedb3f039.md",
     "https://abcnews.go.com/International/us-ukraine-russia-peace-talks-uae-enter-2nd/story?id=129874637"),
    ("c2b4a6f5faf274057a4c1553249fd79e95bd0903", f"{CRAWL_RUN_2}/filtered_corpus/crawl_3015cd294a62.md",
     "https://reuters.com/world/europe/"
     "russia-yet-receive-satisfactory-proposals-start-talks-ukraine-ria-reports-2025-02-10"),
    ("9b38131326719875571adddfcc779dff7849218f", f"{CRAWL_RUN_3}/filtered_corpus/crawl_12218f5cbfec.md",
     "https://reuters.com/world/europe/"
     "power-drought-tips-ukraines-economy-into-worst-crisis-since-wars-first-year-2026-02-23"),
    (SEARCH, "ai_breakthroughs_research/search_results/crawl_1d119e8859c1.md",
     "https://www.cnbc.com/2025/12/31/160-million-export-controlled-nvidia-gpus-allegedly-smuggled-to-china.html"),
    # half "unseen11": Russia's war economy on Fortune and The Economist (family russiaecon), the US-brokered talks on
    # Foreign Policy's World Brief and in an Al Jazeera explainer (family talks), New Scientist on Microsoft's
    # Majorana 1 chip, and three US outlets' news: CNN on New Glenn's Mars launch, CNBC on Claude Haiku 4.5 and a
    # Reuters story (Medvedev)
    (SEARCH, f"{QUANTUM}/crawl_39176ad34a61.md",
     "https://www.newscientist.com/article/"
     "2508083-microsoft-made-a-splash-with-a-controversial-quantum-computer-in-2025/"),
    ("9b38131326719875571adddfcc779dff7849218f", f"{CRAWL_RUN_3}/filtered_corpus/crawl_e44c69d736a1.md",
     "https://fortune.com/2026/02/22/russian-economy-death-zone-ukraine-war-vladimir-putin-future-capacity"),
    ("9204adcc624fd5125c67fd94d7cf3bb722fccde5", f"{CRAWL_RUN_4}/filtered_corpus/crawl_504c17d8feec.md",
     "https://www.economist.com/finance-and-economics/2026/02/17/how-big-is-the-prize-of-reopening-russia"),
    (SEARCH, "search_results/crawl_4b4f6498d84b.md",
     "https://www.cnn.com/2025/11/13/science/new-glenn-launch-blue-origin-mars"),
    (SEARCH, "ai_breakthroughs_research/search_results/crawl_e37066a198f2.md",
     "https://www.cnbc.com/2025/10/15/anthropic-claude-haiku-4-5-ai.html"),
    ("cafde44203f5525fe0084902426cdeb0599e8798", f"{CRAWL_RUN_5}/filtered_corpus/crawl_c242dc7d1f9a.md",
     "https://www.reuters.com/world/europe/russias-medvedev-says-victory-will-come-soon-ukraine-war-2026-02-01/"),
    ("c2b4a6f5faf274057a4c1553249fd79e95bd0903", f"{CRAWL_RUN}/filtered_corpus/crawl_4aacda34bc18.md",
     "https://foreignpolicy.com/2026/01/23/"
     "ukraine-russia-united-states-war-negotiations-putin-trump-zelensky-abu-dhabi-davos"),
    ("9204adcc624fd5125c67fd94d7cf3bb722fccde5", f"{CRAWL_RUN_4}/filtered_corpus/crawl_50d5d9416b34.md",
     "https://www.aljazeera.com/news/2026/2/18/russia-ukraine-talks-all-the-mediation-efforts-and-where-they-stand"),
)


HN_GIT_DIR = Path("/work/.mirror/artur-shlyapnikov+hn-distill/repo")
HN_ARTICLES = "data/raw/articles"
HN = (  # half "unseen12": the gold-bar tariff on Bloomberg and The Guardian (family goldbar), Kodak's going-concern
    # warning on CNN and Kodak's reply on its own site (family kodak), a Reuters story, an AFP wire story on France 24,
    # The Independent and The New York Times
    ("70949806700a83f910e684efeae0e4bd6ed4aff7", f"{HN_ARTICLES}/44834456.md",
     "https://www.bloomberg.com/news/articles/2025-08-08/us-hits-gold-bars-with-tariffs-in-blow-to-switzerland-ft-report"),
    ("70949806700a83f910e684efeae0e4bd6ed4aff7", f"{HN_ARTICLES}/44840662.md",
     "https://www.theguardian.com/business/2025/aug/08/"
     "gold-futures-soar-to-record-high-after-reports-of-us-tariffs-on-swiss-bars"),
    ("5110ffed933b70be8d63675ce8b0bb499d998f03", f"{HN_ARTICLES}/44875270.md",
     "https://www.cnn.com/2025/08/12/business/kodak-survival-warning"),
    ("792cd7d08b0aac1acb8c6bf7ae73153017dec8ae", f"{HN_ARTICLES}/44901330.md",
     "https://www.kodak.com/en/company/blog-post/statement-regarding-misleading-media-reports/"),
    ("5a23112769b14f33e26ada71bf105e7f6229b6fa", f"{HN_ARTICLES}/44887954.md",
     "https://www.reuters.com/sustainability/climate-energy/"
     "geneva-makes-public-transport-temporarily-free-combat-pollution-spike-2025-08-13/"),
    ("70949806700a83f910e684efeae0e4bd6ed4aff7", f"{HN_ARTICLES}/44835287.md",
     "https://www.france24.com/en/live-news/20250807-us-to-rewrite-its-past-national-climate-reports"),
    ("4eb2eea2ee02039bdb5884293d9179f7732a0480", f"{HN_ARTICLES}/44875520.md",
     "https://www.independent.co.uk/travel/news-and-advice/antarctica-ethan-guo-teen-pilot-detained-b2805884.html"),
    ("70949806700a83f910e684efeae0e4bd6ed4aff7", f"{HN_ARTICLES}/44832524.md",
     "https://www.nytimes.com/2025/08/07/dining/ozempic-appetite-small-meals-restaurants.html"),
)


PLAIN_GIT_DIR = Path("/work/.mirror/zbluhm02+Project-1_CS325/repo")
PLAIN_COMMIT = "b094d6775ca4d5b4865a291b7deac9e61eb60d21"
PLAIN = (  # half "unseen13": Fani Willis's testimony as AP reported it and in CNN's takeaways (family willis), the
    # 2024 campaign in an AP wire story on ABC News and in a 538 analysis on ABC News (one site: no family), CNN on the
    # charged FBI informant, ABC News on Kansas City's homicide rate and two Fox News pages
    ("Data/processed/article_1.txt",
     "https://apnews.com/article/fani-willis-hearing-trump-case-potential-conflict-c37fcf993ac33c150f3cb3e4a7a888db"),
    ("Data/processed/article_3.txt", "https://www.cnn.com/2024/02/15/politics/takeaways-fani-willis-testimony-georgia/"),
    ("Data/processed/article_9.txt",
     "https://abcnews.go.com/US/wireStory/biden-leaning-democratic-predecessors-trump-isolating-gop-leaders-108542707"),
    ("Data/processed/article_8.txt", "https://abcnews.go.com/538/americans-hated-candidates-biden-trump/"),
    ("Data/processed/article_2.txt", "https://www.cnn.com/2024/02/15/politics/former-fbi-informant-charged-biden-burisma/"),
    ("Data/processed/article_4.txt", "https://abcnews.go.com/US/kansas-citys-homicide-rate-missouri-gun-laws-after/"),
    ("Data/processed/article_5.txt",
     "https://www.foxnews.com/entertainment/monty-python-star-eric-idle-80-has-to-work-for-his-living-not-easy-at-this-age"),
    ("Data/processed/article_7.txt",
     "https://www.foxnews.com/health/fitness-class-too-loud-know-protecting-hearing-health"),
)


LENS_GIT_DIR = Path("/work/.mirror/sumiyarahaman+politicalLens/repo")
LENS_COMMIT = "e2fa0bff67cb878170894c1c4b2900ffab6def2e"
LENS = (  # half "unseen14": pages of eight US outlets, one story each (the project holds no story on two sites)
    ("article5.txt",
     "https://apnews.com/article/trump-immigration-tariffs-pardons-abortion-prosecutions-riot-72c08269f0a870d20e29033319201e22"),
    ("article7.txt", "https://news.yahoo.com/news/democrats-republicans-congress-worried-gabbard-032356249.html"),
    ("article8.txt", "https://news.yahoo.com/news/world-warming-faster-expected-scientists-190042831.html"),
    ("article3.txt", "https://www.npr.org/2024/12/06/nx-s1-5218583/"
     "how-many-species-could-go-extinct-from-climate-change-it-depends-on-how-hot-it-gets"),
    ("article4.txt", "https://thefederalist.com/2024/12/06/"
     "venezuelan-busted-for-extorting-illegals-in-pa-exposes-evil-side-effect-of-bidens-open-borders/"),
    ("article10.txt",
     "https://nypost.com/2024/12/08/us-news/new-house-bill-would-ban-insurers-from-limiting-anesthesia-coverage/"),
    ("article12.txt", "https://planetdetroit.org/2024/10/ai-energy-carbon-emissions/"),
    ("article2.txt",
     "https://www.foxnews.com/entertainment/snl-slammed-classless-united-healthcare-murder-segment-weekend-update"),
)


BIAS_GIT_DIR = Path("/work/.mirror/TraceyPeyton+Article-Bias-Prediction/repo")
BIAS_COMMIT = "59ee755debac28dc682e2b725047b2b38c197695"
BIAS_FOLDER = "Article-Bias-Prediction-New-Unstructured"
BIAS = (  # half "unseen15": the AP story of the cracked chemical tank in Garden Grove on CBC and ABC News and NPR's own
    # report (family tank), the AP story of Rubio's doubts on Cuba on CBC and ABC News (family cuba), Al Jazeera on
    # Israel's attacks on Lebanon, CBC Nova Scotia and NPR's Up First newsletter
    ("Article_pull_5-25_9_42__100_California_officials_say_potential_crack_on_overheated_chemical_tank_could_lower_risk"
     ".json", "https://www.cbc.ca/news/world/overheated-chemical-tank-california-crack-evacuations-9.7210539?cmp=rss"),
    ("Article_pull_5-25_9_42__171_Southern_California_chemical_tank_has_a_crack_that_could_possibly_lower_risk_of"
     "_explosion.json",
     "https://abcnews.com/US/wireStory/southern-california-chemical-tank-crack-possibly-lower-risk-133263057"),
    ("Article_pull__05-24_9_45PM__160_California_chemical_tank_has_cracked_causing_state_of_emergency_thousands_to"
     "_evacuate.json", "https://www.npr.org/2026/05/24/nx-s1-5833165/"
     "california-chemical-tank-malfunction-leak-explode-emergency-evacuate"),
    ("Article_pull__05-22_4_45PM__114_Trump_maintains_pressure_on_Cuba_as_Rubio_says_diplomacy_unlikely_to_resolve"
     "_issues.json", "https://www.cbc.ca/news/world/us-threats-trump-rubio-cuba-9.7207647?cmp=rss"),
    ("Article_pull__05-22_4_45PM__196_Rubio_doubtful_of_diplomacy_with_Cuba_as_Trump_raises_new_threat_of_military"
     "_action.json", "https://abcnews.com/US/wireStory/rubio-doubtful-diplomacy-cuba-trump-raises-new-threat-133198607"),
    ("Article_pull_5-25_9_42__132_Israel_kills_three_in_attacks_on_Lebanon_issues_more_displacement_orders.json",
     "https://www.aljazeera.com/news/2026/5/25/"
     "israel-kills-three-in-attacks-on-lebanon-issues-more-displacement-orders?traffic_source=rss"),
    ("Articles_pull__05-25_12_41pm__078_Man_woman_to_remain_in_custody_after_infant_found_dead_in_wooded_area_outside"
     "_Halifax.json", "https://www.cbc.ca/news/canada/nova-scotia/"
     "man-woman-to-remain-in-custody-after-deceased-infant-found-in-wooded-area-9.7211336?cmp=rss"),
    ("Article_pull__05-25_7_10AM__139_Trump_says_US_and_Iran_nearing_a_peace_deal_And_Pope_Leo_weighs_in_on_AIs_rise"
     ".json", "https://www.npr.org/2026/05/25/g-s1-124191/"
     "up-first-newsletter-iran-war-trump-ebola-california-chemical-tank-pope-leo-ai"),
)
BIAS_REWRITES = (  # half "unseen17" of evaluation/align_rewrites.py (no furniture gold): Reuters' story of SpaceX's
    # filing for its IPO on CBC and Al Jazeera, AP's story of Kimi Antonelli's Canadian Grand Prix on CBC and Al
    # Jazeera's retelling, and the shooting near a White House checkpoint on CBC and NPR
    ("Article_pull__05-20__019_Elon_Musks_SpaceX_plans_IPO_with_shares_to_be_sold_as_soon_as_June.json",
     "https://www.cbc.ca/news/business/elon-musk-space-ipo-plans-9.7206396?cmp=rss"),
    ("Article_pull__05-20__023_Elon_Musks_SpaceX_unveils_filing_for_blockbuster_IPO.json",
     "https://www.aljazeera.com/economy/2026/5/20/elon-musks-spacex-unveils-filing-for-blockbuster-ipo"),
    ("Article_pull__05-25_7_10AM__102_Kimi_Antonelli_claims_Canadian_Grand_Prix_for_4th_straight_F1_win.json",
     "https://www.cbc.ca/sports/formula-one-canadian-grand-prix-recap-9.7210665?cmp=rss"),
    ("Article_pull__05-25_7_10AM__138_Mercedes_teen_Antonelli_wins_Canadian_GP_for_fourth_straight_F1_victory.json",
     "https://www.aljazeera.com/sports/2026/5/25/"
     "mercedes-teen-antonelli-wins-canadian-gp-for-fourth-straight-f1-victory?traffic_source=rss"),
    ("Article_pull__05-24_1_52PM__117_Suspected_gunman_fatally_shot_by_Secret_Service_near_the_White_House_authorities"
     "_say.json", "https://www.cbc.ca/news/world/white-house-gunshots-9.7210213?cmp=rss"),
    ("Article_pull__05-24_1_52PM__167_Suspect_dead_after_opening_fire_near_White_House_security_checkpoint_Secret"
     "_Service_says.json", "https://www.npr.org/2026/05/23/g-s1-124148/secret-service-shooting-white-house"),
)
BIAS_REWRITES_18 = (  # half "unseen18" of evaluation/align_rewrites.py (no furniture gold): three stories of an
    # outlet against its own later story retelling them (the BBC's shooting near a White House checkpoint and its
    # story of the gunman's run-ins, the BBC's postponed Starship launch and the launch, CBC's obituary of Kyle Busch
    # and its story of the cause of his death)
    ("Article_pull__05-24_1_52PM__005_Suspect_killed_after_opening_fire_on_Secret_Service_near_White_House.json",
     "https://www.bbc.com/news/articles/cjwp82ye4y3o?at_medium=RSS&at_campaign=rss"),
    ("Article_pull_5-25_9_42__002_White_House_gunman_had_previous_run_ins_with_Secret_Service_court_documents_show"
     ".json", "https://www.bbc.com/news/articles/c1l22pg12mpo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull_5-25_9_42__060_Musks_SpaceX_postpones_Starship_launch_as_mega_share_sale_looms.json",
     "https://www.bbc.com/news/articles/cy42w782ejvo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull_5-25_9_42__029_SpaceX_launches_massive_Starship_V3_rocket_on_test_flight.json",
     "https://www.bbc.com/news/articles/c62d65y16nno?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-21__101_2_time_NASCAR_champion_Kyle_Busch_dead_at_41.json",
     "https://www.cbc.ca/sports/nascar-kyle-busch-obit-9.7207986?cmp=rss"),
    ("Article_pull__05-24_1_52PM__127_NASCARs_Kyle_Busch_died_after_severe_pneumonia_progressed_into_sepsis_his_family"
     "_says.json", "https://www.cbc.ca/sports/kyle-busch-cause-of-death-9.7210043?cmp=rss"),
)
BIAS_REWRITES_19 = (  # half "unseen19" of evaluation/align_rewrites.py (no furniture gold): Al Jazeera's and the
    # BBC's retellings of ESPN's interview on DR Congo's World Cup squad isolating, CBC's and Al Jazeera's stories of
    # Pope Leo's first encyclical from the wires, AP's first story of the deaths in Mountainair, New Mexico, against its
    # "What to know" story retelling it the next day (both on ABC News)
    ("Article_pull__05-22_4_45PM__140_US_says_DRC_team_must_isolate_due_to_Ebola_before_arriving_for_World_Cup.json",
     "https://www.aljazeera.com/sports/2026/5/22/us-says-congo-team-must-isolate-due-to-ebola-before-arriving-for-world"
     "-cup?traffic_source=rss"),
    ("Article_pull__05-24_1_52PM__022_DR_Congo_players_told_to_isolate_before_World_Cup.json",
     "https://www.bbc.com/sport/football/articles/cpdp8geyqxeo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull_5-25_9_42__090_Pope_Leo_warns_that_AI_challenges_must_be_confronted_with_regulation_transparency_in"
     "_his_1st_encyclical.json",
     "https://www.cbc.ca/news/world/pope-leo-magnifica-humanitas-encylical-9.7210842?cmp=rss"),
    ("Articles_pull__05-25_12_41pm__123_Pope_says_AI_must_be_disarmed_to_prevent_domination_exclusion_and_death.json",
     "https://www.aljazeera.com/news/2026/5/25/pope-says-ai-must-be-disarmed-to-prevent-domination-exclusion-and-death"
     "?traffic_source=rss"),
    ("Article_pull__05-20__036_3_dead_in_NM_first_responders_treated_for_exposure_to_unknown_substance_Officials.json",
     "https://abcnews.go.com/US/wireStory/3-dead-new-mexico-responders-treated-exposure-unknown-133165703"),
    ("Article_pull__05-21__202_What_to_know_the_mysterious_deaths_in_New_Mexico_linked_to_unknown_substance.json",
     "https://abcnews.com/US/wireStory/mysterious-deaths-new-mexico-linked-unknown-substance-133191045"),
)
BIAS_REWRITES_20 = (  # half "unseen20" of evaluation/align_rewrites.py (no furniture gold): AP's story of Marco
    # Rubio arriving in India against its story of his visit two days later (both on ABC News), CBC's story before the
    # western premiers' meeting against its story on the meeting's first day, CBC's and AP's stories (AP's later pull)
    # of an Air France flight diverted to Montreal over Ebola restrictions
    ("Article_pull_5-25_9_42__177_Rubio_arrives_in_India_ahead_of_Quad_talks_as_US_tries_to_reset_strained_ties.json",
     "https://abcnews.com/US/wireStory/rubio-arrives-india-ahead-quad-talks-us-reset-133243159"),
    ("Article_pull_5-25_9_42__164_Rubios_visit_to_India_focuses_on_US_trade_tensions_the_Quad_alliance.json",
     "https://abcnews.com/US/wireStory/rubios-visit-india-focuses-us-trade-tensions-quad-133278718"),
    ("Article_pull__05-24_1_52PM__109_Western_premiers_to_meet_in_Alberta_amid_pipeline_tensions_between_Smith_and_Eby"
     ".json", "https://www.cbc.ca/news/canada/calgary/western-premiers-meeting-to-begin-smith-eby-9.7210093?cmp=rss"),
    ("Article_pull_5-25_9_42__088_Alberta_separation_referendum_pipeline_tensions_loom_over_western_premiers_meeting"
     ".json",
     "https://www.cbc.ca/news/canada/edmonton/western-premiers-meeting-alberta-bc-pipeline-separation-9.7210962?cmp=rss"),
    ("Article_pull__05-21__126_US_bound_flight_from_Paris_diverts_to_Montreal_over_Ebola_restrictions.json",
     "https://www.cbc.ca/news/world/air-france-ebola-montreal-9.7206753?cmp=rss"),
    ("Article_pull__05-24_1_52PM__209_Air_France_flight_to_US_diverted_to_Montreal_due_to_Ebola_travel_restrictions"
     ".json", "https://abcnews.com/US/wireStory/air-france-flight-us-diverted-montreal-due-ebola-133186687"),
)
BIAS_42 = (  # half "unseen42": four events each reported by two or three of the project's outlets, chosen for their
    # furniture: the Democratic National Committee's report on the 2024 election, May 21, 2026, on CBC, Al Jazeera and
    # AP's takeaways on ABC News (family autopsy)
    ("Article_pull__05-21__106_Democrats_autopsy_of_2024_US_election_blames_Harris_and_identity_politics_for_loss"
     ".json", "https://www.cbc.ca/news/world/democrats-dnc-election-post-mortem-9.7207890?cmp=rss"),
    ("Article_pull__05-21__144_Five_key_takeaways_from_Democrats_autopsy_report_on_Kamala_Harriss_loss.json",
     "https://www.aljazeera.com/news/2026/5/21/"
     "five-key-takeaways-from-democrats-autopsy-report-on-kamala-harriss-loss?traffic_source=rss"),
    ("Article_pull__05-22_4_45PM__194_Takeaways_from_the_Democratic_National_Committees_long_awaited_autopsy_report_on"
     "_2024_election.json",
     "https://abcnews.com/US/wireStory/takeaways-democratic-national-committees-long-awaited-autopsy-report-133201310"),
    # the arrest of the Mango founder's son over his father's fall, May 2026, on the BBC and ABC News' video page
    # (family mango)
    ("Article_pull__05-20__004_Murder_or_accident_Mystery_of_Mango_tycoons_hiking_death_after_sons_arrest.json",
     "https://www.bbc.com/news/articles/cwy2g09yvgmo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-20__043_WATCH_Mango_founders_son_investigated_for_murder_after_hiking_death.json",
     "https://abcnews.com/video/133163331/"),
    # the Gaza flotilla's activists alleging abuse in Israeli detention, May 22, 2026, on the BBC and Al Jazeera
    # (family flotilla)
    ("Article_pull__05-22_4_45PM__003_Gaza_flotilla_activists_allege_abuse_by_Israeli_forces_while_detained.json",
     "https://www.bbc.com/news/articles/cglp5z63k9no?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-22_4_45PM__143_Gaza_flotilla_activists_allege_abuse_sexual_assault_in_Israeli_detention.json",
     "https://www.aljazeera.com/news/2026/5/22/"
     "gaza-flotilla-activists-allege-abuse-sexual-assault-in-israeli-detention?traffic_source=rss"),
    # a car exploding in Lower Manhattan, May 19, 2026, on the BBC's and ABC News' video pages (family carfire)
    ("Article_pull__05-21__028_Watch_Everybody_back_up_Moment_car_explodes_in_NYC.json",
     "https://www.bbc.com/news/videos/cj3pvglp3vzo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-21__180_WATCH_Car_catches_fire_and_explodes_in_Lower_Manhattan.json",
     "https://abcnews.com/video/133171310/"),
)


BIAS_43 = (  # half "unseen43": four events each reported by two or three of the project's outlets, chosen for their
    # furniture: the talks on a US-Iran deal on May 25, 2026, on ABC News' live page, NPR and Al Jazeera's "day 87" page
    # of lists under headings (family irandeal)
    ("Articles_pull__05-25_12_41pm__135_Iran_live_updates_Trump_honors_troops_killed_in_Iran_war_during_Memorial_Day"
     "_remarks.json",
     "https://abcnews.com/International/live-updates/iran-live-updates-peace-deal-work-progress-rubio/?id=133278077"),
    ("Article_pull__05-25_7_10AM__140_US_Iran_peace_deal_emerging_while_war_threats_still_loom.json",
     "https://www.npr.org/2026/05/25/nx-s1-5833690/u-s-iran-negotiations-updates"),
    ("Article_pull__05-25_7_10AM__133_Iran_war_day_87_Trump_says_US_not_in_rush_to_sign_deal_dashing_optimism.json",
     "https://www.aljazeera.com/news/2026/5/25/"
     "iran-war-day-87-trump-says-us-not-in-rush-to-sign-deal-dashing-optimism?traffic_source=rss"),
    # the US indictment of Raul Castro, May 20, 2026, on NPR and CBC's Front Burner podcast page (family castro)
    ("Article_pull__05-20__007_US_grand_jury_indicts_Raul_Castro_ex_Cuban_president.json",
     "https://www.npr.org/2026/05/20/g-s1-122383/us-cuba-raul-castro-indictment"),
    ("Article_pull_5-25_9_42__094_Will_the_US_invade_Cuba.json",
     "https://www.cbc.ca/radio/frontburner/will-the-u-s-invade-cuba-9.7210507?cmp=rss"),
    # the Ebola treatment tents set on fire in Rwampara, DR Congo, May 21, 2026, on Al Jazeera's photo gallery and the
    # BBC (family rwampara)
    ("Article_pull__05-21__143_Ebola_tensions_rise_as_treatment_centre_torched_in_DR_Congos_Ituri.json",
     "https://www.aljazeera.com/gallery/2026/5/21/"
     "ebola-tensions-rise-as-treatment-center-torched-in-congos-ituri?traffic_source=rss"),
    ("Article_pull__05-21__001_Angry_crowd_sets_Ebola_hospital_tents_on_fire_in_DR_Congo.json",
     "https://www.bbc.com/news/articles/cp8p2g8yp8do?at_medium=RSS&at_campaign=rss"),
    # the coal mine explosion in Shanxi, China, May 22, 2026, on Al Jazeera's video page and CBC (family shanxi)
    ("Article_pull_5-25_9_42__131_Surveillance_video_shows_moment_of_China_coal_mine_blast.json",
     "https://www.aljazeera.com/video/newsfeed/2026/5/25/"
     "surveillance-video-shows-moment-of-china-coal-mine-blast?traffic_source=rss"),
    ("Article_pull__05-24_1_52PM__128_China_lowers_coal_mine_disaster_death_toll_to_82.json",
     "https://www.cbc.ca/news/world/gas-explosion-china-9.7209899?cmp=rss"),
)
BIAS_44 = (  # half "unseen44": three events each reported by two or three of the project's outlets, chosen for their
    # furniture (the snapshot's file names spell an accented letter decomposed: "Rau\u0301l"): the US indictment of Raul
    # Castro, May 20, 2026, on CBC's live page, the BBC's video page and AP's explainer on ABC News (family castro2)
    ("Article_pull__05-21__129_US_indicts_former_Cuban_president_Rau\u0301l_Castro_escalating_Trump_pressure_campaign"
     ".json", "https://www.cbc.ca/news/world/livestory/raul-castro-cuba-charges-us-indictment-9.7202193?cmp=rss"),
    ("Article_pull__05-21__027_Watch_Why_is_the_US_going_after_Cubas_Rau\u0301l_Castro_30_years_on.json",
     "https://www.bbc.com/news/videos/cy529g5lnleo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-20__032_What_to_know_about_the_US_indictment_of_former_Cuban_President_Rau\u0301l_Castro.json",
     "https://abcnews.go.com/US/wireStory/us-indictment-former-cuban-president-ral-castro-133167483"),
    # the 2026 Atlantic hurricane season outlook, May 21, 2026, on NPR's Up First newsletter, AP's story on ABC News
    # and NPR's own report (family hurricane)
    ("Article_pull__05-22_4_45PM__152_GOP_senators_delay_immigration_funding_And_what_to_expect_this_hurricane_season"
     ".json", "https://www.npr.org/2026/05/22/g-s1-123649/"
     "up-first-newsletter-gop-trump-legislation-dnc-2024-hurricane-season-predictions-abortion-rights"),
    ("Article_pull__05-22_4_45PM__203_Atlantic_hurricane_season_forecast_to_be_milder_than_normal_thanks_to_El_Nino"
     ".json", "https://abcnews.com/US/wireStory/atlantic-hurricane-season-forecast-milder-normal-el-nino-133208151"),
    ("Article_pull__05-21__165_Forecasters_expect_slightly_fewer_hurricanes_than_usual_this_year_but_the_risk_of"
     "_destructive_storms_is_still_high.json",
     "https://www.npr.org/2026/05/21/nx-s1-5810607/2026-atlantic-hurricane-season-forecast-trump-fema-climate"),
    # the Bundibugyo Ebola outbreak in DR Congo, May 2026, on Al Jazeera's "By the Numbers" video page, CBC's As It
    # Happens page and the BBC's explainer (family bundibugyo)
    ("Article_pull_5-25_9_42__136_How_did_a_rare_strain_of_Ebola_outrun_doctors.json",
     "https://www.aljazeera.com/video/by-the-numbers-3/2026/5/25/"
     "how-did-a-rare-strain-of-ebola-outrun-doctors?traffic_source=rss"),
    ("Article_pull__05-21__127_As_rare_Ebola_virus_spreads_in_Congo_residents_say_nobody_knows_whether_they_are_safe"
     ".json", "https://www.cbc.ca/radio/asithappens/ebola-congo-residents-9.7206098?cmp=rss"),
    ("Article_pull__05-21__020_What_is_Ebola_and_why_is_stopping_the_latest_outbreak_so_difficult.json",
     "https://www.bbc.com/news/articles/cz72p75zg4qo?at_medium=RSS&at_campaign=rss"),
)
BIAS_45 = (  # half "unseen45": four events each reported by two or three of the project's outlets, chosen for their
    # furniture: the first Enhanced Games in Las Vegas, May 24, 2026, on CBC's guide, NPR's explainer and the BBC's
    # video page (family enhanced)
    ("Article_pull__05-24_1_52PM__130_Your_guide_to_the_inaugural_Steroid_Olympics.json",
     "https://www.cbc.ca/news/entertainment/steroid-olympics-enhanced-games-9.7207902?cmp=rss"),
    ("Article_pull__05-24_1_52PM__165_The_Enhanced_Games_are_Sunday_Heres_what_to_know_about_the_controversial_event"
     ".json", "https://www.npr.org/2026/05/24/nx-s1-5831252/enhanced-games-steroids-olympics-trump"),
    ("Articles_pull__05-25_12_41pm__023_Watch_Only_world_record_broken_at_Enhanced_Games_wont_be_recognised.json",
     "https://www.bbc.com/news/videos/cm2ppx7d0k7o?at_medium=RSS&at_campaign=rss"),
    # the players' protest over the French Open's prize money, May 21-22, 2026, on BBC Sport and Al Jazeera's sport
    # page (family frenchopen)
    ("Article_pull__05-22_4_45PM__008_Sabalenka_cuts_media_short_as_French_Open_players_protest.json",
     "https://www.bbc.com/sport/tennis/articles/ce3pg95djdeo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-21__157_French_Open_rejects_prize_money_change_despite_tennis_stars_boycott_threat.json",
     "https://www.aljazeera.com/sports/2026/5/21/"
     "french-open-to-reject-prize-money-increase-despite-tennis-stars-complaints?traffic_source=rss"),
    # the attack on the Islamic Center of San Diego, May 18, 2026, on Al Jazeera's The Take podcast page and NPR's
    # advice to parents (family sandiego)
    ("Article_pull__05-22_4_45PM__128_San_Diegos_Muslims_a_mosque_and_a_city_shaken.json",
     "https://www.aljazeera.com/video/the-take-2/2026/5/22/aje-onl-usa_sandiegomosque_av_v2-220526?traffic_source=rss"),
    ("Article_pull__05-20__003_How_to_help_children_cope_after_shootings_like_the_San_Diego_mosque_killings.json",
     "https://www.npr.org/2026/05/20/nx-s1-5828810/mass-shooting-san-diego-mosque-trauma-children-buffer"),
    # Tulsi Gabbard's resignation as director of national intelligence, May 22, 2026, on ABC News and NPR (family
    # gabbard)
    ("Article_pull__05-24_9_45PM__193_Tulsi_Gabbard_resigning_as_director_of_national_intelligence.json",
     "https://abcnews.com/Politics/tulsi-gabbard-resigning-director-national-intelligence/story?id=133228795"),
    ("Article_pull__05-22_4_45PM__149_Gabbard_resigns_as_national_intelligence_director_citing_husbands_cancer"
     "_diagnosis.json", "https://www.npr.org/2026/05/22/nx-s1-5440533/"
     "gabbard-resigns-as-national-intelligence-director-citing-husbands-cancer-diagnosis"),
)

BIAS_46 = (  # half "unseen46": three events each reported by two or three of the project's outlets, chosen for their
    # furniture: the US sanctions on Hezbollah lawmakers and Lebanese security officials, May 21, 2026, on Al Jazeera's
    # Inside Story page, AP's story on ABC News and Al Jazeera (family lebanon)
    ("Article_pull__05-22_4_45PM__129_What_are_the_implications_of_US_sanctions_in_Lebanon.json",
     "https://www.aljazeera.com/video/inside-story/2026/5/22/us-lebanon-sanctions-implications?traffic_source=rss"),
    ("Article_pull__05-22_4_45PM__198_US_sanctions_Lebanese_lawmakers_security_officials_over_Hezbollah_influence"
     ".json", "https://abcnews.com/US/wireStory/"
     "us-sanctions-lebanese-lawmakers-security-officials-hezbollah-influence-133198309"),
    ("Article_pull__05-21__141_US_sanctions_elected_Hezbollah_MPs_and_Lebanese_security_officials.json",
     "https://www.aljazeera.com/news/2026/5/21/"
     "us-sanctions-elected-hezbollah-mps-and-lebanese-security-officials?traffic_source=rss"),
    # Trump saying a deal with Iran was "largely negotiated", May 23-24, 2026, on Al Jazeera's live page and its
    # Quotable video page and CBC (family irandeal2)
    ("Article_pull__05-24_6_40PM__136_LIVE_Trump_says_Iran_deal_not_fully_negotiated_yet.json",
     "https://www.aljazeera.com/news/liveblog/2026/5/24/"
     "live-trump-says-iran-deal-not-fully-negotiated-yet?traffic_source=rss"),
    ("Article_pull__05-24_1_52PM__133_Trump_needs_a_deal_no_matter_how_bad_it_is.json",
     "https://www.aljazeera.com/video/quotable/2026/5/24/trump-needs-a-deal-no-matter-how-bad-it?traffic_source=rss"),
    ("Article_pull__05-24_1_52PM__122_Deal_with_Iran_to_reopen_Strait_of_Hormuz_largely_negotiated_Trump_says.json",
     "https://www.cbc.ca/news/world/strait-hormuz-iran-trump-deal-9.7210138?cmp=rss"),
    # the last Late Show with Stephen Colbert, May 21, 2026, on NPR's news quiz page, the BBC's video page and CBC
    # (family colbert)
    ("Article_pull__05-22_4_45PM__154_What_is_the_tarps_off_trend_that_men_are_engaging_in_Find_out_in_the_quiz.json",
     "https://www.npr.org/2026/05/22/g-s1-123264/musk-altman-trump-science-animals-eurovision-news-quiz"),
    ("Article_pull__05-22_4_45PM__020_Fans_react_to_Stephen_Colberts_final_show.json",
     "https://www.bbc.com/news/videos/cvgz36rx755o?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-22_4_45PM__098_Stephen_Colbert_signs_off_Late_Show_comes_to_a_joyful_end.json",
     "https://www.cbc.ca/news/entertainment/stephen-colbert-late-show-finale-highlights-9.7207479?cmp=rss"),
)

BIAS_47 = (  # half "unseen47": four events each reported by two or three of the project's outlets, chosen for their
    # furniture: Waymo's robotaxis driving into flooded roads, May 20-22, 2026, on ABC News' video page and the BBC
    # (family waymo)
    ("Article_pull__05-25_7_10AM__163_WATCH_Waymos_self_driving_car_drives_into_flood_waters_in_Atlanta.json",
     "https://abcnews.com/video/133204157/"),
    ("Article_pull__05-22_4_45PM__009_Waymo_pauses_robotaxis_in_five_US_cities_after_cars_drive_into_flooded_roads"
     ".json", "https://www.bbc.com/news/articles/ckgplyxxl75o?at_medium=RSS&at_campaign=rss"),
    # the NTSB's hearing on the UPS cargo plane crash in Louisville, May 19-20, 2026, on the BBC's video page and AP's
    # story on ABC News (family ups)
    ("Article_pull__05-21__029_New_video_captures_engine_ripping_off_cargo_plane_in_deadly_Kentucky_crash.json",
     "https://www.bbc.com/news/videos/crmplvm3vreo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-20__037_NTSB_Flaw_that_led_to_engine_flying_off_UPS_plane_grew_unnoticed_under_relaxed"
     "_inspection_schedule.json",
     "https://abcnews.go.com/US/wireStory/ntsb-flaw-led-engine-flying-off-ups-plane-133165410"),
    # Thomas Massie's defeat in Kentucky's Republican primary and Trump's purge of his critics, May 19-24, 2026, on Al
    # Jazeera's The Bottom Line page, the BBC and CBC (family massie)
    ("Article_pull__05-24_1_52PM__135_How_will_Iran_war_fallout_impact_upcoming_US_elections.json",
     "https://www.aljazeera.com/video/the-bottom-line/2026/5/24/"
     "how-will-iran-war-fallout-impact-upcoming-us-elections?traffic_source=rss"),
    ("Article_pull__05-21__022_Trump_exerts_iron_grip_on_Republican_Party_with_Massie_defeated.json",
     "https://www.bbc.com/news/articles/cdjpng88d2vo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-21__118_Trump_purged_his_Republican_critics_Heres_why_he_could_soon_regret_it.json",
     "https://www.cbc.ca/news/world/trump-republicans-retribution-congress-senate-house-9.7206109?cmp=rss"),
    # the bombing of a train in Quetta, Pakistan, May 24, 2026, on Al Jazeera's photo gallery and AP's story on CBC
    # (family quetta)
    ("Article_pull__05-24_1_52PM__154_Blast_hits_train_in_Pakistans_Balochistan_killing_at_least_24_people.json",
     "https://www.aljazeera.com/gallery/2026/5/24/"
     "blast-hits-train-in-pakistans-balochistan-killing-at-least-24-people?traffic_source=rss"),
    ("Article_pull__05-24_1_52PM__118_Suicide_bombing_near_a_railway_track_in_southwest_Pakistan_kills_at_least_23"
     "_people.json", "https://www.cbc.ca/news/world/pakistan-train-bombing-9.7210317?cmp=rss"),
)

BIAS_48 = (  # half "unseen48": three events each reported by three of the project's outlets, chosen for their
    # furniture: the death of the NASCAR driver Kyle Busch, May 21-24, 2026, on CBC's sport page, ABC News and the BBC
    # (family busch)
    ("Article_pull__05-22_4_45PM__109_911_audio_reveals_NASCARs_Kyle_Busch_was_short_of_breath_coughing_up_blood_day"
     "_before_death.json", "https://www.cbc.ca/sports/kyle-busch-death-follow-up-911-call-nascar-9.7209600?cmp=rss"),
    ("Article_pull__05-21__169_NASCAR_champion_Kyle_Busch_dies_at_the_age_of_41_Sudden_and_tragic.json",
     "https://abcnews.com/US/nascar-champion-kyle-busch-dies-age-41-sudden/story?id=133203673"),
    ("Article_pull__05-24_1_52PM__014_Nascar_champion_Kyle_Busch_died_of_pneumonia_and_sepsis_family_says.json",
     "https://www.bbc.com/news/articles/ceqpwx5741no?at_medium=RSS&at_campaign=rss"),
    # Alberta's referendum on its place in Canada, May 21-22, 2026, on CBC's live page, the BBC and Al Jazeera (family
    # alberta)
    ("Article_pull__05-21__098_Alberta_legislative_committee_votes_to_send_pro_Canada_petition_issue_to_provincial"
     "_cabinet.json", "https://www.cbc.ca/news/canada/edmonton/livestory/"
     "committee-meeting-pro-canada-petition-alberta-premier-danielle-smith-address-speech-9.7207396?cmp=rss"),
    ("Article_pull__05-22_4_45PM__007_Carney_says_Alberta_is_essential_to_Canada_as_province_plans_vote_on_separation"
     ".json", "https://www.bbc.com/news/articles/cy42w778e72o?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-22_4_45PM__135_Canadas_Carney_says_Alberta_is_essential_as_province_mulls_separation.json",
     "https://www.aljazeera.com/news/2026/5/22/"
     "canadas-carney-says-alberta-is-essential-as-province-mulls-separation?traffic_source=rss"),
    # the gas explosion at the Liushenyu coal mine in Shanxi, May 22-24, 2026, on ABC News, the BBC's video page and
    # CBC (family coalmine; unseen43's shanxi holds other pages)
    ("Article_pull__05-22_4_45PM__158_4_dead_90_trapped_in_coal_mine_accident_in_northern_China_State_media.json",
     "https://abcnews.com/International/4-dead-90-trapped-coal-mine-accident-northern/story?id=133238116"),
    ("Article_pull_5-25_9_42__023_BBC_at_the_site_of_Chinas_worst_mining_disaster_in_more_than_a_decade.json",
     "https://www.bbc.com/news/videos/c809m33yjz7o?at_medium=RSS&at_campaign=rss"),
    ("Article_pull_5-25_9_42__109_Rescuers_race_to_find_survivors_after_deadly_Chinese_coal_mine_blast.json",
     "https://www.cbc.ca/news/world/china-mine-blast-rescue-9.7210316?cmp=rss"),
)

BIAS_49 = (  # half "unseen49": four events each reported by two or three of the project's outlets, chosen for their
    # furniture: SpaceX's filing for its stock market debut, May 20-25, 2026, on Al Jazeera's explainer and NPR (family
    # spacexipo; the rewrite half unseen17 holds two other pages on it)
    ("Article_pull_5-25_9_42__137_Why_the_SpaceX_IPO_is_the_talk_of_Wall_Street_and_beyond.json",
     "https://www.aljazeera.com/news/2026/5/25/"
     "why-the-spacex-ipo-is-the-talk-of-wall-street-and-beyond?traffic_source=rss"),
    ("Article_pull__05-20__001_Elon_Musks_SpaceX_IPO_plans_reveal_blockbuster_spending_on_rockets_and_AI.json",
     "https://www.npr.org/2026/05/20/nx-s1-5812731/elon-musk-spacex-ai-ipo"),
    # Russia's mass attack on Kyiv and its museums, May 24-25, 2026, on NPR, CBC and Al Jazeera's video page (family
    # kyiv)
    ("Article_pull__05-24_1_52PM__163_Russia_pounds_Kyiv_in_powerful_drone_and_missile_attack.json",
     "https://www.npr.org/2026/05/24/nx-s1-5833050/russia-uses-hypersonic-oreshnik-missile-in-mass-attack-on-kyiv"),
    ("Articles_pull__05-25_12_41pm__082_A_major_Russian_attack_damaged_some_of_Kyivs_most_important_cultural_sites"
     ".json", "https://www.cbc.ca/news/world/ukraine-museums-cultural-institutions-russia-attacks-9.7210980?cmp=rss"),
    ("Articles_pull__05-25_12_41pm__111_Kyivs_Chornobyl_Museum_devastated_in_overnight_Russian_missile_attack.json",
     "https://www.aljazeera.com/video/newsfeed/2026/5/25/"
     "kyivs-chornobyl-museum-devastated-in-overnight-russian-missile-attack?traffic_source=rss"),
    # the strike on the college dormitory in Starobilsk, Luhansk, May 22-23, 2026, on the BBC's analysis and CBC
    # (family luhansk)
    ("Article_pull_5-25_9_42__021_Rosenberg_Luhansk_strike_sparks_Russian_accusations_and_vow_to_retaliate.json",
     "https://www.bbc.com/news/articles/cvgz05jyrrpo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-22_4_45PM__102_Putin_vows_revenge_after_Ukraine_attack_kills_at_least_6_wounds_dozens_at"
     "_student_dorm.json", "https://www.cbc.ca/news/world/russia-luhansk-attack-putin-9.7208752?cmp=rss"),
    # the war on Iran, May 20-21, 2026, on ABC News' live page and Al Jazeera's (family iranwar)
    ("Article_pull__05-20__041_Iran_live_updates_Trump_says_hes_in_no_hurry_to_make_a_peace_deal_with_Iran.json",
     "https://abcnews.com/International/live-updates/iran-live-updates-saudi-arabia-uae-condemn-fresh/?id=133061203"),
    ("Article_pull__05-20__021_Iran_war_live_Tehran_says_no_surrender_to_US_diplomacy_wiser_than_war.json",
     "https://www.aljazeera.com/news/liveblog/2026/5/21/"
     "iran-war-live-tehran-says-no-surrender-to-us-diplomacy-wiser-than-war"),
)

BIAS_50 = (  # half "unseen50": four events each reported by two or three of the project's outlets, chosen for their
    # furniture: the twelfth Starship test flight, May 21-22, 2026, on the BBC's video page and NPR's preview with its
    # embedded post (family starshipv3; the rewrite half unseen18 holds two other BBC pages on it)
    ("Article_pull_5-25_9_42__025_Moment_SpaceX_rocket_explodes_in_the_Indian_Ocean_after_splashdown.json",
     "https://www.bbc.com/news/videos/c1728ypp15no?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-21__167_A_trillion_dollar_question_Will_SpaceXs_Starship_launch_go_well.json",
     "https://www.npr.org/2026/05/21/nx-s1-5823583/spacex-starship-musk-ipo"),
    # the hantavirus outbreak of the MV Hondius cruise ship, May 21-25, 2026, on NPR, Al Jazeera and CBC (family
    # hantavirus)
    ("Article_pull__05-21__160_American_passenger_feels_betrayed_by_federal_order_to_stay_in_hantavirus_quarantine"
     ".json", "https://www.npr.org/2026/05/21/nx-s1-5827015/american-passenger-order-hantavirus-quarantine"),
    ("Article_pull__05-22_4_45PM__145_WHO_says_12th_person_infected_with_hantavirus_detected_in_the_Netherlands.json",
     "https://www.aljazeera.com/news/2026/5/22/"
     "who-says-12th-person-infected-with-hantavirus-detected-in-the-netherlands?traffic_source=rss"),
    ("Articles_pull__05-25_12_41pm__081_Spanish_passenger_from_the_MV_Hondius_cruise_ship_tests_positive_for"
     "_hantavirus.json",
     "https://www.cbc.ca/news/world/hantavirus-hondius-cruise-ship-positive-spanish-passenger-9.7211446?cmp=rss"),
    # the launch of Shenzhou-23 with Hong Kong's first astronaut, May 24, 2026, on the BBC and Al Jazeera's video page
    # (family shenzhou)
    ("Article_pull_5-25_9_42__011_First_Hong_Kong_astronaut_launches_into_space_onboard_Chinese_mission.json",
     "https://www.bbc.com/news/articles/cn7p87r56mgo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-24_1_52PM__142_Chinas_Shenzhou_23_astronauts_blast_off_on_space_station_mission.json",
     "https://www.aljazeera.com/video/newsfeed/2026/5/24/"
     "chinas-shenzhou-23-astronauts-blast-off-on-space-station-mission?traffic_source=rss"),
    # the protests against Bolivia's president Rodrigo Paz, May 22-25, 2026, on Al Jazeera's economy page and the BBC
    # (family bolivia)
    ("Article_pull__05-22_4_45PM__126_Bolivia_in_crisis_Social_unrest_demands_for_president_to_resign_escalate.json",
     "https://www.aljazeera.com/economy/2026/5/22/"
     "bolivia-in-crisis-social-unrest-demands-for-president-to-resign-escalate?traffic_source=rss"),
    ("Article_pull_5-25_9_42__016_Bolivian_ministers_convoy_ambushed_while_overseeing_roadblock_clearance.json",
     "https://www.bbc.com/news/articles/ce3pdw1z59do?at_medium=RSS&at_campaign=rss"),
)

BIAS_51 = (  # half "unseen51": four events each reported by two or three of the project's outlets, chosen for their
    # furniture: Israel's minister Ben-Gvir taunting the detained Gaza flotilla's activists, May 20, 2026, on CBC's
    # player page of The National and Al Jazeera (family bengvir; unseen42's flotilla holds two other pages on the
    # flotilla)
    ("Article_pull__05-20__015_The_National_Carney_tries_to_sell_BC_on_pipeline_development.json",
     "https://www.cbc.ca/player/play/9.4236164?cmp=rss"),
    ("Article_pull__05-20__024_US_condemns_Israels_Ben_Gvir_while_sanctioning_Gaza_flotilla_organisers.json",
     "https://www.aljazeera.com/news/2026/5/20/"
     "us-condemns-israels-ben-gvir-while-sanctioning-gaza-flotilla-organisers"),
    # Israel's strikes on southern Lebanon, May 21-25, 2026, on NPR's Picture Show, CBC and Al Jazeera's opinion page
    # (family lebanon2)
    ("Article_pull__05-21__166_After_the_sirens_Lebanons_first_responders_swing_between_duty_and_grief.json",
     "https://www.npr.org/sections/the-picture-show/2026/05/21/nx-s1-5821157/"
     "lebanons-first-responders-balance-duty-and-grief"),
    ("Article_pull__05-21__124_Lebanese_bury_victims_of_deadliest_Israeli_strike_since_ceasefire_was_announced.json",
     "https://www.cbc.ca/news/world/lebanon-israel-funeral-ceasefire-9.7207067?cmp=rss"),
    ("Articles_pull__05-25_12_41pm__114_In_Lebanon_everything_and_nothing_has_changed_since_2000.json",
     "https://www.aljazeera.com/opinions/2026/5/25/"
     "in-lebanon-everything-and-nothing-has-changed-since-2000?traffic_source=rss"),
    # the talks on a US-Iran deal, May 25, 2026, on Al Jazeera's opinion page and the BBC (family irandeal3)
    ("Article_pull_5-25_9_42__127_The_world_urgently_needs_a_US_Iran_deal_now.json",
     "https://www.aljazeera.com/opinions/2026/5/25/the-world-urgently-needs-a-us-iran-deal-now?traffic_source=rss"),
    ("Article_pull_5-25_9_42__000_Deal_with_US_not_imminent_Iran_says.json",
     "https://www.bbc.com/news/articles/cglpp2yk336o?at_medium=RSS&at_campaign=rss"),
    # Cubans' answers to the US indictment of Raul Castro, May 21-22, 2026, on the BBC's video page and CBC (family
    # castro3)
    ("Article_pull__05-22_4_45PM__019_How_Cuban_Americans_feel_about_Rau\u0301l_Castros_indictment.json",
     "https://www.bbc.com/news/videos/cy92ge22298o?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-22_4_45PM__095_Thousands_protest_Rau\u0301l_Castro_indictment_outside_US_Embassy_in_Havana.json",
     "https://www.cbc.ca/news/world/cuba-protest-raul-castro-indictment-9.7209262?cmp=rss"),
)

BIAS_52 = (  # half "unseen52": four events or subjects each reported by two or three of the project's outlets, chosen
    # for their furniture: the deportation of the Gaza flotilla's activists, May 21, 2026, on Al Jazeera's Inside Story
    # video page and CBC (family flotilla2; unseen42's flotilla and unseen51's bengvir hold other pages on the flotilla)
    ("Article_pull__05-21__146_Do_aid_flotillas_make_a_difference_for_Palestinians_under_Israeli_blockade.json",
     "https://www.aljazeera.com/video/inside-story/2026/5/21/"
     "do-aid-flotillas-make-a-difference-for-palestinians-under-israeli-blockade?traffic_source=rss"),
    ("Article_pull__05-21__120_Israel_deports_all_Gaza_flotilla_activists_after_outcry_over_their_detention.json",
     "https://www.cbc.ca/news/world/israel-gaza-flotilla-repatriation-flights-9.7206806?cmp=rss"),
    # Lebanon under Israel's war, May 25, 2026, on Al Jazeera's feature page of a subdued Liberation Day and NPR's story
    # of a martial arts class in Beirut (family lebanon3)
    ("Articles_pull__05-25_12_41pm__118_Subdued_Lebanon_Liberation_Day_celebrations_under_new_Israeli_occupation.json",
     "https://www.aljazeera.com/features/2026/5/25/"
     "subdued-lebanon-liberation-day-celebrations-under-new-israeli-occupation?traffic_source=rss"),
    ("Article_pull__05-25_7_10AM__141_In_Beirut_refugee_girls_and_women_learn_more_than_self_defense_in_martial_arts"
     "_class.json",
     "https://www.npr.org/2026/05/25/g-s1-120826/lebanon-women-martial-arts"),
    # Afghan women under the Taliban, May 24, 2026, on NPR's photo story and the BBC (family afghanwomen)
    ("Article_pull__05-24_1_52PM__160_Mind_bending_photos_by_anonymous_cousins_show_the_pain_and_dreams_of_Afghan"
     "_women.json",
     "https://www.npr.org/2026/05/24/g-s1-123443/photos-afghanistan-women-taliban"),
    ("Article_pull__05-24_6_40PM__003_She_was_told_to_marry_in_a_country_which_bans_girls_education_So_she_got_in_a"
     "_taxi_and_fled.json",
     "https://www.bbc.com/news/articles/ce3pgn48wnqo?at_medium=RSS&at_campaign=rss"),
    # the talks on a US-Iran deal and the Strait of Hormuz, May 24, 2026, on Al Jazeera's opinion page, the BBC and CBC
    # (family irandeal4; unseen43's irandeal, unseen46's irandeal2 and unseen51's irandeal3 hold other pages)
    ("Article_pull__05-24_1_52PM__157_The_GCC_should_insure_itself_against_the_next_Strait_of_Hormuz_crisis.json",
     "https://www.aljazeera.com/opinions/2026/5/24/"
     "the-gcc-should-insure-itself-against-the-next-strait-of-hormuz-crisis?traffic_source=rss"),
    ("Article_pull__05-24_1_52PM__016_Trump_says_Iran_deal_largely_negotiated_including_reopening_Strait_of_Hormuz"
     ".json",
     "https://www.bbc.com/news/articles/crmp121z3z8o?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-24_1_52PM__106_Details_emerge_about_potential_Iran_deal_as_Trump_says_not_to_rush.json",
     "https://www.cbc.ca/news/world/details-emerge-us-deal-with-iran-9.7210359?cmp=rss"),
)

BIAS_53 = (  # half "unseen53": four events or subjects each reported by two or three of the project's outlets, chosen
    # for their furniture: Tulsi Gabbard's resignation as US director of national intelligence, May 22, 2026, on the
    # BBC, CBC and Al Jazeera (family gabbard2; unseen46's gabbard holds ABC News' and NPR's pages on it)
    ("Article_pull__05-24_1_52PM__023_Tulsi_Gabbard_to_resign_as_US_national_intelligence_director.json",
     "https://www.bbc.com/news/articles/cvgj2gkv1x1o?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-22_4_45PM__099_Tulsi_Gabbard_steps_down_as_US_intel_chief_citing_husbands_cancer_diagnosis"
     ".json",
     "https://www.cbc.ca/news/world/tulsi-gabbard-resigns-us-dni-9.7209098?cmp=rss"),
    ("Article_pull__05-22_4_45PM__142_Tulsi_Gabbard_resigns_as_Trumps_top_US_intelligence_official.json",
     "https://www.aljazeera.com/news/2026/5/22/"
     "tulsi-gabbard-resigns-as-trumps-top-us-intelligence-official?traffic_source=rss"),
    # food prices, May 20-21, 2026, on the BBC's video page with its menus and AP's story on ABC News of a rule eased
    # against grocery costs (family foodprices)
    ("Article_pull__05-21__079_Are_supermarkets_profiting_from_higher_food_prices.json",
     "https://www.bbc.com/news/videos/cd6pwgz21nvo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-21__189_Trump_will_ease_refrigerant_rule_in_effort_to_address_surging_grocery_costs.json",
     "https://abcnews.com/US/wireStory/trump-ease-refrigerant-rule-effort-address-surging-grocery-133186633"),
    # robots in war and security, May 21-23, 2026, on CBC's player page and ABC News' video page (family robots)
    ("Article_pull__05-24_6_40PM__118_Robots_are_reshaping_how_wars_are_fought.json",
     "https://www.cbc.ca/player/play/9.7209544?cmp=rss"),
    ("Article_pull__05-21__177_WATCH_Do_humanoid_robots_pose_national_security_risk.json",
     "https://abcnews.com/video/133179146/"),
    # oil prices falling on hopes of a US-Iran deal, May 25, 2026, on Al Jazeera's economy page and the BBC (family
    # oilprices)
    ("Article_pull__05-24_9_45PM__139_Oil_prices_fall_amid_mixed_signals_on_US_Iran_peace_deal.json",
     "https://www.aljazeera.com/economy/2026/5/25/"
     "oil-prices-fall-amid-mixed-signals-on-us-iran-peace-deal?traffic_source=rss"),
    ("Article_pull_5-25_9_42__001_Oil_prices_slide_on_hopes_of_US_Iran_peace_deal.json",
     "https://www.bbc.com/news/articles/c809m7g29r7o?at_medium=RSS&at_campaign=rss"),
)

BIAS_54 = (  # half "unseen54": four events or subjects each reported by two of the project's outlets, chosen for
    # their furniture: Kevin Warsh starting out as chair of the Federal Reserve, May 19-24, 2026, on BBC Sounds' page of
    # a Business Daily episode, the BBC's story and Fox News' one-sentence summary of an opinion piece (family fedchair)
    ("Article_pull__05-21__080_Business_Daily.json",
     "https://www.bbc.co.uk/sounds/play/w3ct98rx?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-22_4_45PM__025_Trump_wants_new_Fed_chair_to_be_totally_independent.json",
     "https://www.bbc.com/news/articles/cvgz311dq3ko?at_medium=RSS&at_campaign=rss"),
    ("fox_articles__0151_peter-navarro-powells-shadow-fed-majority-could-threaten-jobs-housing-and-growth.json",
     "https://www.foxnews.com/opinion/peter-navarro-powells-shadow-fed-majority-could-threaten-jobs-housing-growth"),
    # Serbia under President Aleksandar Vucic, May 22-24, 2026: Al Jazeera's photo gallery of the clashes in Belgrade
    # and Fox News' summary of his opinion piece (family serbia)
    ("Article_pull__05-24_1_52PM__155_Clashes_in_Belgrade_as_student_led_protests_demand_elections.json",
     "https://www.aljazeera.com/gallery/2026/5/24/"
     "clashes-in-belgrade-as-student-led-protests-demand-elections?traffic_source=rss"),
    ("fox_articles__0182_president-aleksandar-vucic-europe-vilifies-trump-but-we-in-serbia-see-a-friend.json",
     "https://www.foxnews.com/opinion/president-aleksandar-vui-europe-vilifies-trump-serbia-see-friend"),
    # international justice, May 20-24, 2026: Al Jazeera's Talk to Al Jazeera page of the ICC's former prosecutor and
    # AP's story on ABC News of the UN tribunals' final case (family tribunals)
    ("Article_pull__05-24_1_52PM__138_Fatou_Bensouda_on_Israeli_threats_against_her_and_the_ICC.json",
     "https://www.aljazeera.com/video/talk-to-al-jazeera/2026/5/24/"
     "fatou-bensouda-on-israeli-threats-against-her-and-the-icc?traffic_source=rss"),
    ("Article_pull__05-20__037_Final_case_at_UN_tribunals_for_Yugoslavia_and_Rwanda_atrocities_comes_to_an_end.json",
     "https://abcnews.go.com/US/wireStory/final-case-tribunals-yugoslavia-rwanda-atrocities-end-133161745"),
    # the US-Iran war and the talks to end it, May 25, 2026: Al Jazeera's Listening Post page and CBC's story (family
    # iranwar2; unseen49's iranwar holds ABC News' and Al Jazeera's live pages on the war)
    ("Article_pull__05-25_7_10AM__124_Trumps_war_loop_Escalate_retreat_repeat.json",
     "https://www.aljazeera.com/video/the-listening-post/2026/5/25/"
     "trumps-war-loop-escalate-retreat-repeat?traffic_source=rss"),
    ("Article_pull__05-25_7_10AM__078_Iran_and_US_play_down_hopes_for_imminent_breakthrough_in_war.json",
     "https://www.cbc.ca/news/world/iran-u-s-ceasefire-deal-9.7210824?cmp=rss"),
)

BIAS_55 = (  # half "unseen55": three events or subjects each reported by three of the project's outlets, chosen for
    # their furniture: the settlement of Trump's claims against the IRS and its $1.8 billion fund, May 19-22, 2026, on
    # NPR's transcript of a Fresh Air interview, CBC's story and ABC News' story (family irssettlement)
    ("Article_pull__05-20__009_The_Justice_Department_gives_Trump_an_unprecedented_settlement.json",
     "https://www.npr.org/2026/05/20/nx-s1-5828414/the-justice-department-gives-trump-an-unprecedented-settlement"),
    ("Article_pull__05-21__125_IRS_settlement_preventing_Trump_related_audits_controversial_fund_tough_to_challenge"
     "_in_court_experts_say.json", "https://www.cbc.ca/news/world/us-trump-irs-settlement-fund-9.7206817?cmp=rss"),
    ("Article_pull__05-22_4_45PM__176_Dems_demand_answers_from_Treasury_secretary_on_Trumps_IRS_settlement.json",
     "https://abcnews.com/Politics/dems-demand-answers-treasury-secretary-trumps-irs-settlement/story?id=133187637"),
    # the talks to end the US-Iran war, May 24-26, 2026: NPR's Morning news brief, the BBC's story and Fox News' video
    # page (family irandeal5)
    ("Article_pull__05-25_7_10AM__148_Morning_news_brief.json",
     "https://www.npr.org/2026/05/25/nx-s1-5828333/morning-news-brief"),
    ("Article_pull__05-24_1_52PM__000_Trump_tells_US_negotiators_not_to_rush_into_deal_with_Iran.json",
     "https://www.bbc.com/news/articles/clyp0040x7po?at_medium=RSS&at_campaign=rss"),
    ("fox_articles__0032_marco-rubio-says-strait-of-hormuz-will-be-open-one-way-or-the-another.json",
     "https://www.foxnews.com/video/6396666087112"),
    # the Supreme Court's voting rights ruling and the redistricting after it, May 20-26, 2026: NPR's podcast episode
    # page, AP's story on ABC News and Fox News' summary of a judge blocking Alabama's map (family redistricting)
    ("Article_pull__05-20__002_Supreme_Court_voting_rights_ruling_could_play_a_big_role_at_the_local_level.json",
     "https://www.npr.org/2026/05/20/nx-s1-5812837-e1/"
     "why-the-supreme-courts-voting-rights-ruling-could-play-a-big-role-at-the-local-level"),
    ("Article_pull__05-24_1_52PM__202_Republicans_are_rushing_to_redraw_districts_before_midterms_Heres_where_things"
     "_stand.json",
     "https://abcnews.com/US/wireStory/republicans-rushing-redraw-districts-midterms-things-stand-133245050"),
    ("fox_articles__0043_federal-judge-blocks-alabama-redistricting-plan-in-blow-to-trump.json",
     "https://www.foxnews.com/politics/federal-judge-blocks-alabama-redistricting-plan-blow-trump"),
)

BIAS_56 = (  # half "unseen56": two events each reported by two of the project's outlets and two by three, chosen for
    # their furniture: the dismissal of the criminal case against Kilmar Abrego Garcia, May 22, 2026, on NPR and Al
    # Jazeera (family abrego)
    ("Article_pull__05-22_4_45PM__146_Federal_judge_dismisses_criminal_charges_against_Kilmar_Abrego_Garcia.json",
     "https://www.npr.org/2026/05/22/nx-s1-5831958/federal-judge-dismisses-criminal-charges-against-kilmar-abrego-garcia"),
    ("Article_pull__05-22_4_45PM__125_US_judge_dismisses_indictment_against_Kilmar_Abrego_Garcia.json",
     "https://www.aljazeera.com/news/2026/5/22/us-judge-dismisses-indictment-against-kilmar-abrego-garcia"
     "?traffic_source=rss"),
    # the Commission of Fine Arts' approval of Trump's arch, May 21, 2026: NPR's story and Fox News' summary of an
    # opinion piece (family trumparch)
    ("Article_pull__05-21__159_Trumps_towering_arch_clears_another_federal_hurdle_despite_public_pushback.json",
     "https://www.npr.org/2026/05/21/nx-s1-5830027/trump-arch-fine-arts-approval"),
    ("fox_articles__0125_sen-jim-banks-trumps-new-triumphal-arch-is-a-monument-to-american-greatness.json",
     "https://www.foxnews.com/opinion/sen-jim-banks-trumps-new-triumphal-arch-monument-american-greatness"),
    # Pope Leo's first encyclical, on artificial intelligence, May 25, 2026: Religion News Service's story on NPR, Al
    # Jazeera's video page and Fox News' video page (family encyclical)
    ("Article_pull__05-25_7_10AM__142_Pope_Leo_takes_aim_at_big_tech_in_sweeping_encyclical_on_AI.json",
     "https://www.npr.org/2026/05/25/nx-s1-5828375/pope-leo-to-weigh-in-on-the-perils-and-promises-of-artificial-"
     "intelligence"),
    ("Article_pull_5-25_9_42__116_Pope_Leo_calls_for_disarming_of_artificial_intelligence.json",
     "https://www.aljazeera.com/video/newsfeed/2026/5/25/pope-leo-calls-for-disarming-of-artificial-intelligence"
     "?traffic_source=rss"),
    ("fox_articles__0061_pope-leo-xiv-warns-silicon-valley-on-artificial-intelligence-regulation.json",
     "https://www.foxnews.com/video/6396653766112"),
    # the stock trades and businesses of Trump and his family, May 20-22, 2026: the BBC's video page and CBC's
    # explainer (family trumptrades)
    ("Article_pull__05-22_4_45PM__017_Why_thousands_of_stock_trades_tied_to_Trump_are_raising_eyebrows.json",
     "https://www.bbc.com/news/videos/cd6pzg7z319o?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-22_4_45PM__103_How_Trump_and_his_family_keep_profiting_from_his_presidency.json",
     "https://www.cbc.ca/news/world/trump-businesses-profit-stock-trading-crypto-investments-9.7207238?cmp=rss"),
)

BIAS_57 = (  # half "unseen57": three events or subjects each reported by two or three of the project's outlets, chosen
    # for their furniture: the Memorial Day weekend's driving and gas prices, May 21-22, 2026, on ABC News' video page,
    # Fox News' summary and NPR (family memorialdrive)
    ("Article_pull__05-21__174_WATCH_Best_and_worst_times_to_drive_for_your_Memorial_Day_road_trip.json",
     "https://abcnews.com/video/133178811/"),
    ("fox_articles__0188_record-memorial-day-traffic-expected-as-drivers-warned-about-worst-times-to-trav.json",
     "https://www.foxnews.com/travel/record-memorial-day-traffic-expected-drivers-warned-worst-times-travel"),
    ("Article_pull__05-22_4_45PM__151_Drive_slower_go_electric_dont_drive_at_all_The_best_options_for_saving_gas.json",
     "https://www.npr.org/2026/05/22/nx-s1-5831223/memorial-day-gas-prices-save-money-iran"),
    # the aftermath of Trump's summit with Xi Jinping in Beijing, May 21-22, 2026: NPR, the BBC and Fox News' summary
    # (family xisummit)
    ("Article_pull__05-22_4_45PM__153_The_aftermath_of_Trump_Xi_summit_comparing_US_and_China_announcements.json",
     "https://www.npr.org/2026/05/22/g-s1-123647/comparing-u-s-and-china-announcements"),
    ("Article_pull__05-21__056_China_confirms_it_will_buy_200_Boeing_jets_after_Trump_Xi_summit.json",
     "https://www.bbc.com/news/articles/c98rjydlgp4o?at_medium=RSS&at_campaign=rss"),
    ("fox_articles__0158_china-deployed-over-100-vessels-near-taiwan-in-the-wake-of-trump-xi-summit-taiwa.json",
     "https://www.foxnews.com/world/china-deployed-100-vessels-near-taiwan-wake-trump-xi-summit-taiwan-security-"
     "official-claims"),
    # the British government's summer measures on families' costs and food prices, May 20-22, 2026: the BBC's video
    # page and story and Al Jazeera (family summersavings)
    ("Article_pull__05-22_4_45PM__062_Could_your_weekly_food_shop_get_cheaper.json",
     "https://www.bbc.com/news/videos/c775evre51go?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-21__148_UK_launches_Great_British_Summer_Savings_to_ease_family_costs.json",
     "https://www.aljazeera.com/news/2026/5/21/uk-launches-great-british-summer-savings-to-ease-family-costs"
     "?traffic_source=rss"),
    ("Article_pull__05-21__048_Supermarkets_hit_back_over_pressure_to_cap_price_of_milk_bread_and_eggs.json",
     "https://www.bbc.com/news/articles/c5y7qz806q3o?at_medium=RSS&at_campaign=rss"),
)

BIAS_58 = (  # half "unseen58": two events each reported by two or three of the project's outlets and an event and a
    # subject by two, chosen for their furniture: the US indictment of Raúl Castro, May 20, 2026, on Al Jazeera's
    # explainer, the BBC and AP's alert on ABC News (family castro4)
    ("Article_pull__05-20__029_US_indicts_Cubas_former_leader_Raul_Castro_Why_it_matters.json",
     "https://www.aljazeera.com/news/2026/5/20/us-indicts-cubas-former-leader-raul-castro-why-it-matters"),
    ("Article_pull__05-20__000_US_charges_Cubas_Rau\u0301l_Castro_with_murder_over_1996_downing_of_two_planes.json",
     "https://www.bbc.com/news/articles/c3r219yxl5eo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull__05-20__035_US_announces_charges_against_former_Cuban_President_Rau\u0301l_Castro_over_1996_"
     "shootdown_of_planes.json",
     "https://abcnews.go.com/US/wireStory/us-announces-charges-former-cuban-president-ral-castro-133158434"),
    # the bombing of a train carrying soldiers in Quetta, Pakistan, May 24-25, 2026: the BBC and Al Jazeera's explainer
    # (family quetta2)
    ("Article_pull_5-25_9_42__013_Blast_targeting_train_kills_at_least_20_in_Pakistan.json",
     "https://www.bbc.com/news/articles/cm2pkd58xldo?at_medium=RSS&at_campaign=rss"),
    ("Article_pull_5-25_9_42__115_Train_bomb_in_Pakistans_Baloch_region_Why_violence_is_on_the_rise.json",
     "https://www.aljazeera.com/news/2026/5/25/train-bomb-in-pakistans-baloch-region-why-violence-is-on-the-rise"
     "?traffic_source=rss"),
    # the Indianapolis 500 of May 24, 2026: AP's story on ABC News and Fox News' summary (family indy500)
    ("Article_pull_5-25_9_42__140_Late_pass_sends_Rosenqvist_past_Malukas_for_closest_Indy_500_win_in_history.json",
     "https://abcnews.com/Sports/wireStory/alex-palou-seeks-new-milestone-attempts-continue-dominance-133268103"),
    ("fox_articles__0090_felix-rosenqvist-earns-record-purse-after-narrowly-winning-indy-500.json",
     "https://www.foxnews.com/sports/felix-rosenqvists-indy-500-win-sets-stage-another-record-purse-reveal"),
    # World Cup squads named, May 25, 2026: Spain's on Al Jazeera and Canada's camp on CBC (family wcsquads)
    ("Article_pull_5-25_9_42__126_Yamal_in_Spains_World_Cup_squad_but_no_room_for_Real_Madrid_players.json",
     "https://www.aljazeera.com/sports/2026/5/25/yamal-in-spains-world-cup-squad-but-no-room-for-real-madrid-players"
     "?traffic_source=rss"),
    ("Article_pull_5-25_9_42__082_Canadas_head_coach_loads_up_on_defender_invites_to_FIFA_World_Cup_camp_as_Alfonso_"
     "Daviess_injury_status_uncertain.json",
     "https://www.cbc.ca/sports/soccer/canada-soccer-camp-roster-chris-jones-may-25-9.7210920?cmp=rss"),
)

CHASE_GIT_DIR = Path("/work/.mirror/ChasePoin+CS325_Project1/repo")
CHASE_COMMIT = "85b1e4d8a1bf05e91fe7063593629a8f7d49cda4"
CHASE = (  # half "unseen16": eight AP stories on AP News (the project holds no story on two sites: no family)
    ("Jupiters_moon_Europa_may_have_less_oxygen_than_expected,_a_finding_that_might_put_a_damper_on_life",
     "https://apnews.com/article/jupiter-moon-europa-life-oxygen-76e790077cf9081cf08f3afc9ac26d25"),
    ("Four_astronauts_from_four_countries_return_to_Earth_after_six_months_in_orbit",
     "https://apnews.com/article/nasa-spacex-astronauts-splashdown-ae4f524b5bd331aee93474e926f6026d"),
    ("Rare_sea_creature_washes_ashore_in_Southern_California",
     "https://apnews.com/article/22d957c244e84bd3986832b7b8fc7e30"),
    ("Astronomers_spot_new_tiny_moons_around_Neptune_and_Uranus",
     "https://apnews.com/article/neptune-uranus-new-moons-53028053d8944883cf42647e5196e21e"),
    ("Ancient_stone_tools_found_in_Ukraine_date_to_over_1_million_years_ago,_and_may_be_oldest_in_Europe",
     "https://apnews.com/article/oldest-human-ancestors-tools-ukraine-469327d6956b3f09c7d984dc633660f4"),
    ("From_Coke_floats_to_Cronuts,_going_viral_can_have_a_lasting_effect_on_a_small_business",
     "https://apnews.com/article/small-business-viral-coke-float-cronut-807765e8dd50c01c168c308965a5336e"),
    ("Japans_precision_moon_lander_has_hit_its_target,_but_it_appears_to_be_upside-down",
     "https://apnews.com/article/japan-moon-lander-slim-probe-pinpoint-2908c74d9e3c4c8a5eabfb6b1625c617"),
    ("This_simple_log_structure_may_be_the_oldest_example_of_early_humans_building_with_wood",
     "https://apnews.com/article/early-humans-oldest-structure-zambia-wood-de6350a2c9704477a2df4e0a5ba8d311"),
)


GIVEME_GIT_DIR = Path("/work/.mirror/fhamborg+Giveme5W1H/repo")
GIVEME_COMMIT = "fb427b8ed9cf07ed7450a01146244903053018a3"
GIVEME_FOLDER = "Giveme5W1H/examples/datasets/news_cluster/data_raw"
GIVEME = (  # half "unseen18": a Washington Post story of a bird grounding a Delta flight on its own site, The Denver Post
    # and SFGate (family bird), a Reuters story of the indictment of Ahed Tamimi on Reuters, the Daily Mail's wire page and
    # The New York Times' wire page (family tamimi), and an AP story of American Airlines' apology to two G League players
    # on The Washington Post and The New York Times' wire page (family blankets)
    ("2bb89b701ed41c2d6253b3cda97553a35f0dbcb3feecc8e129215eb4",
     "https://www.washingtonpost.com/news/dr-gridlock/wp/2017/12/31/how-a-small-bird-managed-to-take-over-a-delta-flight/"
     "?utm_term=.1ab4164ae5ad"),
    ("710e6e0189ef7e68f0aadae65f989105985074aab7705dc419ca0b0f",
     "https://www.denverpost.com/2018/01/01/delta-flight-detroit-atlanta-taken-over-by-bird/"),
    ("e931422d8d018f929ff85782be238265f508d96f28383dcf3e43d252",
     "http://www.sfgate.com/news/article/A-small-bird-managed-to-take-over-a-Delta-flight-12464765.php"),
    ("4468c60dd028ff2a58c3f5b39520c077c32f0fdcc193928c4ca4e85c",
     "https://www.reuters.com/article/us-israel-palestinians-teen/"
     "israel-indicts-palestinian-teenage-girl-who-punched-soldier-army-idUSKBN1EQ13Y"),
    ("ca3b0ec362ced079834e2093198f89f5a97217c7b116b24829993752",
     "http://www.dailymail.co.uk/wires/reuters/article-5226607/Israel-indicts-Palestinian-teenage-girl-punched-soldier-army.html"),
    ("fd87b38c4baa0666fb54696b8c782e1b77b2b20dc2bc5c18f158824d",
     "https://www.nytimes.com/reuters/2018/01/01/world/middleeast/01reuters-israel-palestinians-teen.html"),
    ("931861bb9016d593ca257987105b3dd5e6bbc18348ca0f4851bc5b1c",
     "https://www.washingtonpost.com/business/american-sorry-for-accusing-pro-basketball-players-of-theft/2017/12/27/"
     "e629ec7a-eaff-11e7-956e-baea358f9725_story.html?utm_term=.0050a351a99a"),
    ("c8272c7b742a54ba018f3d462d00e01333d32dff2099697700e96ff3",
     "https://www.nytimes.com/aponline/2017/12/27/us/ap-us-american-airlines-players-removed.html"),
)
GIVEME_2 = (  # half "unseen19": an AP story of two subway work trains colliding in a New York tunnel on The Washington
    # Post, The New York Times' wire page and ABC News' wire page (family subway), an AP story of Erie's record snowfall on
    # ABC News, The New York Times and the Daily Mail's wire pages (family erie), and an AP story of the indictment of Ahed
    # Tamimi on the Daily Mail's wire page and The Washington Post (family tamimi2)
    ("2216ac1653dbe4e74e65fb459401445f7b44202fec43b08c4a47af82",
     "https://www.washingtonpost.com/national/nyc-subway-work-trains-collide-in-tunnel-1-worker-injured/2017/12/27/"
     "ae5b04da-eafc-11e7-956e-baea358f9725_story.html?utm_term=.07cf57066120"),
    ("5ab7894a2174f1575138b4c57cd950d516d1ffce569f5c960fd1c0fa",
     "https://www.nytimes.com/aponline/2017/12/27/us/ap-us-subway-work-trains-collide.html"),
    ("7cd30fafa45129f56047c446efac7768314696d281123cb675f13096",
     "http://abcnews.go.com/US/wireStory/nyc-subway-work-trains-collide-tunnel-worker-injured-52007031"),
    ("136fdf3b74f240dd4ad7201d8626c6e97a1ad894f53353cd34b3b215",
     "http://abcnews.go.com/US/wireStory/erie-smashes-snowfall-record-flakes-falling-52008284"),
    ("4b2798693f5bf9c8f97dec0485b2aa4ff1c7d0cc3dbe3f41a8e1250a",
     "https://www.nytimes.com/aponline/2017/12/27/us/ap-us-severe-weather-pennsylvania.html"),
    ("6e874e6c55270e639944f5d1e6274a7dfd46cf7b7a9b633da7f1ed92",
     "http://www.dailymail.co.uk/wires/ap/article-5214463/Erie-smashes-snowfall-record-flakes-falling.html"),
    ("89085382361bdad7c4ae7d39f0f02483b59946334af5e221bd8dd5c6",
     "http://www.dailymail.co.uk/wires/ap/article-5226509/Israel-indicts-teenage-Palestinian-girl-slapped-soldiers.html"),
    ("872c4e597a458ce076ff1015bde681872726b55d82d9388b18afeb3e",
     "https://www.washingtonpost.com/national/israel-indicts-teenage-palestinian-girl-who-slapped-soldiers/2018/01/01/"
     "3e137e9e-ef0e-11e7-95e3-eff284e71c8d_story.html?utm_term=.c54d9ffdebff"),
)

GIVEME_3 = (  # half "unseen20": the Chicago Cubs' World Series win of November 2, 2016 as The Sun, USA Today's "For
    # The Win" and the Evening Standard reported it (family cubs), the Costa Rica plane crash of December 31, 2017 on
    # The Denver Channel, The Hindu and HuffPost (family costarica), and the New Year's Eve fireworks accident on an
    # Australian beach on CTV News and The Straits Times (family fireworks)
    ("8c28a3d0e8758e8694a1454ce4421d79cbd953bd7a51e9157c83b6bd",
     "https://www.thesun.co.uk/sport/othersports/2106710/chicago-cubs-win-world-series-hillary-clinton-bill-murray-and-"
     "barack-obama-lead-celebrations-as-cubs-end-108-year-curse/"),
    ("f4f86ac3eda8b130dabaa7173bf6fd87edc71ae115ee5335ebd47f2d",
     "http://www.usatoday.com/story/sports/ftw/2016/11/03/"
     "sports-world-reacts-to-the-chicago-cubs-winning-their-first-world-series-since-1908/93225730/"),
    ("be0c5bb424590b889c8a211a7e37da85c89f2dc8b9fa680ae6919e43",
     "http://www.standard.co.uk/sport/other-sports/"
     "chicago-cubs-win-world-series-to-end-108year-curse-and-earn-invite-from-barack-obama-a3386411.html"),
    ("3ed6cb85fae835ac5daca9e54ee5c40082ce5a029b28cbc3d17545f8",
     "https://www.thedenverchannel.com/news/national/new-york-family-of-5-among-12-killed-in-costa-rica-plane-crash"),
    ("44ba4e32f42f7178eaef372282f19f2f846db778a8f8615c19a0ddfc",
     "http://www.thehindu.com/news/international/"
     "10-americans-among-12-killed-in-costa-rica-plane-crash/article22342043.ece"),
    ("51648dc621ce962f7ea58ad34796c958a0b1d06b02c1a20951ac057b",
     "https://www.huffingtonpost.com/entry/costa-rica-plane-crash_us_5a49474ee4b06d1621b9a206"),
    ("047dcb1a6c7d4047eed066daf288e66f955e20920b8fc040143c9188",
     "https://www.ctvnews.ca/world/thousands-flee-after-beach-fireworks-celebration-turns-to-chaos-1.3741340"),
    ("c9a0be098cd0189bb0dd9bd38fd1031fec68ea94048688078b54a662",
     "http://www.straitstimes.com/asia/australianz/"
     "2-injured-thousands-flee-as-fireworks-malfunction-at-australian-beach"),
)

GIVEME_4 = (  # half "unseen21": eight events each reported by two or three outlets, and three single pages:
    # the Croydon tram derailment of November 9, 2016 on The Telegraph, the Daily Express and USA Today (family croydon)
    ("56637e2204cf4ec89768a742dfa3af05ba27ea8a0864bed8d8a5f3cd",
     "http://www.telegraph.co.uk/news/2016/11/10/croydon-tram-crash-police-check-drivers-mobile-phone-records/"),
    ("a2bbab834c24ce38bb74b0b5fe0cb49dcacbeb7d16fc0106710f3002",
     "http://www.express.co.uk/news/uk/730639/Croydon-tram-crash-carnage-survivor-derailment-seven-dead"),
    ("ba38e52fb1cb4d5008d3c8f16d3c3f405fd86e63272246f9d3dfea6f",
     "http://www.usatoday.com/story/news/2016/11/09/least-7-killed-tram-accident-south-london/93549248/"),
    # the release of 21 Chibok schoolgirls by Boko Haram on NPR and The Sun (family boko)
    ("0c3309b31d6abbf74a5073284e695327da5f4d689a02b964df24b63d",
     "https://www.npr.org/sections/thetwo-way/2016/10/13/497803083/nigeria-says-21-schoolgirls-abducted-by-"
     "boko-haram-have-been-released"),
    ("50463005c1c05fd8527387b7db788156453aba27c0f0801c7557271c",
     "https://www.thesun.co.uk/news/1971191/isis-splinter-group-boko-haram-release-21-kidnapped-nigerian-"
     "schoolgirls-in-exchange-for-four-jailed-militants/"),
    # Uma Thurman's interview on Weinstein and Tarantino on ABC News and CNN (family thurman)
    ("fffcfd0dd7c20ac184cc3c6c1392360d334bd0a765993b0351c66c1b",
     "http://abcnews.go.com/GMA/Culture/quentin-tarantino-sounds-off-uma-thurmans-kill-bill/story?id=52871322"),
    ("3333d198b81dca17ebb4287ac6262d0098cba4966029c18a771e02f0",
     "http://edition.cnn.com/2018/02/03/entertainment/uma-thurman-harvey-weinstein/index.html"),
    # the gorilla Harambe shot at the Cincinnati Zoo on NPR, RT and The Washington Post (family harambe2)
    ("dd06e8a0cdc32a4f4d1c87425c90148c5f278a519fe381f07561f9ea",
     "https://www.npr.org/sections/thetwo-way/2016/05/29/479919582/gorilla-killed-to-save-boy-at-cincinnati-zoo"),
    ("1d6a1d7d6226cd0a40900eeb65e69ae27e2226450fd6037c47f35405",
     "https://www.rt.com/news/344746-cincinnati-zoo-gorilla-killed/"),
    ("87176868fabe9f788d545b3645454a2ae24bacab24f4ec78b0df926c",
     "https://www.washingtonpost.com/news/post-nation/wp/2016/05/29/it-could-have-been-very-bad-gorilla-killed-"
     "after-boy-falls-into-cincinnati-zoo-exhibit/?tid=a_inl"),
    # former Facebook and Google staff's campaign against tech addiction on the BBC and The Guardian (family
    # techaddiction)
    ("f881f883e00878c4a544af700803d48ea31e0e4ee31b4a421467161c",
     "http://www.bbc.com/news/technology-42959848"),
    ("08120bdc70b16972fd017aa458fb77f454e997562fd13571ee551351",
     "https://www.theguardian.com/technology/2018/feb/05/tech-addiction-former-facebook-google-employees-campaign"),
    # an ANA flight turned back to Los Angeles for a passenger on the wrong plane on The New York Times' Reuters page,
    # RT and The Washington Post (family wrongflight)
    ("4ea3774837f7170c07a74e2214ead63c285a6e63bd43c129eab90977",
     "https://www.nytimes.com/reuters/2017/12/27/world/asia/27reuters-lax-flight.html"),
    ("8bfd98d5550565aad2161b1e340733fb39874c34ddbf136c37379378",
     "https://www.rt.com/usa/414330-flight-unauthorized-passenger-la/"),
    ("909dade37426d1486d1390f715d97649265512dc4aefe80bd706dfc6",
     "https://www.washingtonpost.com/national/plane-returns-to-la-because-passenger-was-on-wrong-flight/2017/"
     "12/27/e09e620c-eb1f-11e7-956e-baea358f9725_story.html"),
    # a Louisiana man arrested in a "Nigerian prince" scam on USA Today and RT (family nigerianprince)
    ("648223309673f4c8d332e8ab0ab9c9ec546d6ecf64d79654023c27f6",
     "https://www.usatoday.com/story/news/nation-now/2017/12/30/nigerian-prince-email-scammer-louisiana/992073001/"),
    ("8eacba4745f5ed3c12340f024c1b8b72cf231053cfabbf3de66b822e",
     "https://www.rt.com/usa/414640-nigerian-prince-arrested-louisiana/"),
    # Amazon and Microsoft employees in a Seattle sex-trafficking sting on RT and Engadget (family sexsting)
    ("526efa9d8c01fd928eb7457ae5b88be6d494e627afcb9b234a5c7356",
     "https://www.rt.com/usa/414266-amazon-microsoft-staff-sex-trafficking/"),
    ("7433ca33b695682d5083f15a98f50842a39d6d454713d6ead1cc7da5",
     "https://www.engadget.com/2017/12/25/amazon-microsoft-employees-sex-trafficking-sting/"),
    # and three single pages: i24NEWS on Israel's funding of West Bank settlements, RT on Likud's annexation
    # resolution, and Reuters on The New York Times on Kim Jong Un's New Year address
    ("35d763403c74114d72f2b100e9af43112f2f118a0b56240ff008a316",
     "https://www.i24news.tv/en/news/israel/163723-171227-israel-approves-transfer-of-11-million-in-funding-"
     "for-west-bank-settlements"),
    ("c7000b90f83903e7c81b98d07908b1877ff637eaf735f2632d046ed0",
     "https://www.rt.com/news/414734-israel-annexation-west-bank-settlements/"),
    ("7e7ae7dc2f3ec3249096ba9bd0bbf29c895d54c8f4a6bf4118c47e5b",
     "https://www.nytimes.com/reuters/2017/12/31/world/asia/31reuters-northkorea-missiles-kimjongun.html"),
)


GIVEME_5 = (  # half "unseen22": eight events each reported by two or three outlets:
    # Sarah Silverman and Michael Sheen's split on the New York Daily News, USA Today and The Sun (family silverman)
    ("10dbb299bc256781afa39ba330fb6641d03915808e7a7f723eb7f237",
     "http://www.nydailynews.com/entertainment/gossip/sarah-silverman-michael-sheen-split-years-article-1.3800922"),
    ("b7013f8eb8a9ad8d79a6bfa0a8c58136c38fa412d4e111d6153f230b",
     "https://www.usatoday.com/story/life/people/2018/02/06/sarah-silverman-michael-sheen-split-after-four-years/"
     "310195002/"),
    ("3580cf4b71c365bc96470bed8b16695d45f0f84c2af33e56bf601f02",
     "https://www.thesun.co.uk/tvandshowbiz/5508158/michael-sheen-and-sarah-silverman-split-four-years/"),
    # female music executives' letter to the Recording Academy on Entertainment Weekly and The New York Times (family
    # grammys)
    ("5bf030cf6a3ec9ca91addf4800059f66b9c0f6801c458650bfcab52c",
     "http://ew.com/music/2018/02/05/grammys-woefully-out-of-touch-female-music-execs-letter/"),
    ("fa0d81a171bdfeab3d4dd69082f41d3bf6d98cddbc701c91e70e32ff",
     "https://www.nytimes.com/2018/02/05/arts/music/neil-portnow-recording-academy-women-letter.html"),
    # Bruce Arians' retirement as the Arizona Cardinals' coach on ABC News and The Washington Post (family arians)
    ("6902d8bc17fea7f979c95e8cd8619a6cf09ca546de0f32b423b0158c",
     "http://abcnews.go.com/Sports/bruce-arians-emotional-announcing-retirement-coaching-cites-family/"
     "story?id=52085405"),
    ("5a7c11ed666ae65e5e832fd959cfb7244f8196a02d93990848a4156a",
     "https://www.washingtonpost.com/sports/redskins/arians-announces-retirement-after-5-seasons-in-arizona/2018/01/01/"
     "6f32f7cc-ef20-11e7-95e3-eff284e71c8d_story.html?utm_term=.826d8ad68a7e"),
    # AP's story of Rihanna mourning her cousin on The Washington Post and the Daily Mail (family rihanna)
    ("96a0d67b434cdd1d4a10f2bc9ccee3966bd4fa594b0495f79456b8e6",
     "https://www.washingtonpost.com/entertainment/music/rihanna-mourns-cousins-death-calls-an-end-to-gun-violence/"
     "2017/12/27/f83e9708-eb40-11e7-956e-baea358f9725_story.html?utm_term=.c694e89b94ef"),
    ("fbac44e6686f88ceddedc680bf3facf1cac6e37de3c74a975f9d1eb1",
     "http://www.dailymail.co.uk/wires/ap/article-5216099/Rihanna-mourns-cousins-death-calls-end-gun-violence.html"),
    # Berlin's New Year's Eve safe zone for women on RT, Reuters on the Daily Mail and The Washington Post (family
    # safezone)
    ("786e2d20885dad4b39a3753ab56858370ddce6b2e0460a28ffac379f",
     "https://www.rt.com/news/414587-berlin-women-safety-zone/"),
    ("b50e2a41d99b05e4134e349204ec056ab5196ad6ce5d7e5acbb0e3df",
     "http://www.dailymail.co.uk/wires/reuters/article-5221423/Berlin-New-Years-Eve-party-sets-safe-zone-women.html"),
    ("2c2d976f36246940df22b972b4ec09535f11f8aaed41de14cef5e5c1",
     "https://www.washingtonpost.com/news/worldviews/wp/2017/12/30/berlin-sets-up-new-years-eve-safe-zone-for-women-"
     "amid-sexual-assault-concerns/?utm_term=.c6b140b9b058"),
    # oil reaching North Korea against UN sanctions (Trump's "caught red handed") on RT, Fox News and The Washington
    # Post (family redhanded)
    ("cc3904fcc936a2ef8104b44365252e63e26ca906b21e7c16287b9b96",
     "https://www.rt.com/usa/414485-caught-red-handed-china/"),
    ("d0b630b229ee0940fadc3f1067c2bf9e557097dfa5b1e5ce1c977952",
     "http://www.foxnews.com/world/2017/12/30/"
     "north-korea-received-oil-from-russia-in-violation-un-sanctions-report.html"),
    ("441fe62fc92e31c4db75356efe508d0e7fe59e6076951d7ec00682ef",
     "https://www.washingtonpost.com/world/asia_pacific/trump-said-china-was-caught-red-handed-selling-oil-to-north-"
     "korea-beijing-denies-it-did-anything-wrong/2017/12/29/89bc3a22-ec73-11e7-891f-e7a3c60a93de_story.html?utm_term="
     ".fb71d2e88053"),
    # South Korea's seizure of the Lighthouse Winmore on The New York Times and NPR (family shipseized)
    ("1a84923a92ecc0280270d6df285e4e50ce9a5dd55e7b07251306ce92",
     "https://www.nytimes.com/2017/12/29/world/asia/south-korea-ship-seized.html"),
    ("94067b38ad99d19c53ac065ae5b7a11a6fef9a9fb3b0054337e341c0",
     "https://www.npr.org/sections/thetwo-way/2017/12/29/574508075/south-korea-seizes-ship-suspected-of-at-sea-oil-"
     "transfer-to-benefit-north-korea"),
    # Apple's removal of Telegram from the App Store on USA Today, The Inquirer and The Telegraph (family telegram)
    ("26c06dca71d6f3c4e092f9131a98cb3a99cc0085b091302300ad128b",
     "https://www.usatoday.com/story/tech/news/2018/02/01/apple-removes-secretive-telegram-messaging-app-app-store/"
     "1086302001/"),
    ("464b008fa17b81cc0715da428fd4be12bb74b9b79b12171573d4e593",
     "https://www.theinquirer.net/inquirer/news/3025811/apple-removed-telegram-from-app-store-due-to-child-"
     "pornographyc"),
    ("16acb254f1b2c1b53f98e683f2ee43966090b7bd39da52d85ac203f9",
     "http://www.telegraph.co.uk/technology/2018/02/01/apple-removes-encrypted-messaging-app-telegram-app-store/"),
)

GIVEME_6 = (  # half "unseen23": five events each reported by two or three outlets:
    # Boko Haram freeing 21 Chibok schoolgirls, AFP on the Daily Mail, The Washington Post and The Hindu (family chibok)
    ("f647e6bff66fcda9f8106b37a3e069ed5eee0fea0337a32437cd847b",
     "http://www.dailymail.co.uk/wires/afp/article-3836078/Boko-Haram-releases-21-Chibok-girls-Nigerian-official.html"),
    ("3e072dc26c17df00151c343ef84f342fa46ace1ac967f624bd958077",
     "https://www.washingtonpost.com/world/boko-haram-militants-free-21-captive-chibok-schoolgirls-amid-talks-with-"
     "nigeria/2016/10/13/9e94610a-0ed3-4a26-96f1-6c5d7cccfdcd_story.html"),
    ("12895c165fd2ea4a7ae4380c65ad8a977f948cdde63e30343c8c2055",
     "http://www.thehindu.com/news/international/21-abducted-Chibok-schoolgirls-freed-in-Nigeria/article16070198.ece"),
    # early Facebook and Google employees' campaign against tech addiction on The Times, The New York Times and USA
    # Today (family techaddiction2)
    ("8f0e2cbd5a8273fe4da4de57535768c81f93ce0c284386d09413cc9c",
     "https://www.thetimes.co.uk/article/social-media-pioneers-reject-their-creation-x7mp2mjsw"),
    ("935d8e55501c27bcf6afacdf9d58029537b0b6cf262d09bb2c52f8f7",
     "https://www.nytimes.com/2018/02/04/technology/early-facebook-google-employees-fight-tech.html"),
    ("b8dd658341be394632abfaa46ae6ab0805810523f0ae59ca5da998c8",
     "https://www.usatoday.com/story/tech/2018/02/05/just-say-no-addicting-kids-technology-former-facebook-google-"
     "employees-investors-urge/307529002/"),
    # a plane crash killing ten Americans in Costa Rica on RT, The Hindu and PA on the Daily Mail (family costarica2)
    ("5ec29f9d807a188e54bdf20491432d28aa5be055929a9e520cddb9d6",
     "https://www.rt.com/news/414714-costa-rica-plane-crash-guanacaste/"),
    ("ef70577f64dcb7f45fbb6c1d4c42e72643a75abea997b899d5a9b91a",
     "http://www.thehindu.com/todays-paper/tp-international/10-americans-2-pilots-killed-in-costa-rica-air-crash/"
     "article22348898.ece"),
    ("fc8c01361d9000f37ed6457bc954ca651db81b6df2767c626ea3a0af",
     "http://www.dailymail.co.uk/wires/pa/article-5225115/Plane-12-believed-aboard-crashes-Costa-Rica.html"),
    # the Taliban's attack on the German consulate in Mazar-i-Sharif on the BBC, The Guardian and The Telegraph (family
    # consulate)
    ("761de7078d56a488e886a4efb4febc7467542f04bb0e969f28701947", "http://www.bbc.com/news/world-asia-37944115"),
    ("51bd183bdd5c2ea99cdc5f0dfe49feb816b0185371c8f30842549c33",
     "https://www.theguardian.com/world/2016/nov/10/taliban-attack-german-consulate-mazar-i-sharif-afghanistan-nato-"
     "airstrikes-kunduz"),
    ("0e7ab2ce71c1bce03040ec2388dd45ab069d5432b364495b9cfcfdf5",
     "http://www.telegraph.co.uk/news/2016/11/10/taliban-attack-german-consulate-in-northern-afghan-city-of-mazar/"),
    # Carson Palmer's retirement as the Arizona Cardinals' quarterback, Reuters on The New York Times and AP on The
    # Washington Post (family palmer)
    ("e81cc2351b3fc03eb5ddd5bed24f646ffa221d0b8e1805c8ea0bfbe8",
     "https://www.nytimes.com/reuters/2018/01/02/sports/football/02reuters-football-nfl-ari-palmer.html"),
    ("3d18138b883c22873d498b40f8b6d906e0fa3a6cc12b74164edbb63f",
     "https://www.washingtonpost.com/sports/redskins/cardinals-qb-carson-palmer-retires-after-15-nfl-seasons/2018/01/"
     "02/3db31b54-f020-11e7-95e3-eff284e71c8d_story.html?utm_term=.f6c7174faeaf"),
)

GIVEME_7 = (  # half "unseen24": five events each reported by two outlets:
    # Uma Thurman's accusations against Harvey Weinstein and Quentin Tarantino on The Washington Post and the BBC
    # (family thurman2)
    ("041635172e54fa4335cdca6ac7ac4b8970673c1c10b7828bb3f3a796",
     "https://www.washingtonpost.com/national/uma-thurman-levels-accusations-against-weinstein-tarantino/2018/02/03/"
     "eb678d32-090e-11e8-aa61-f3391373867e_story.html?utm_term=.3cf88126a82d"),
    ("6979720e6a5e8b78d97926da5ac077a9e1a7c3a52ac07d1d92cc6618", "http://www.bbc.com/news/entertainment-arts-42958525"),
    # Broadcom's raised bid for Qualcomm on Reuters and Bloomberg (family broadcom)
    ("eb8d1d017a3f45f04a5e15876759dd577a32c7b25b2f1dc30d4881cb",
     "https://uk.reuters.com/article/us-qualcomm-m-a-broadcom/broadcom-unveils-121-billion-best-and-final-offer-for-"
     "qualcomm-idUKKBN1FP1KX"),
    ("ee7a6162c21a3579e88a994589feb652bd5376468cc60083f47c846c",
     "https://www.bloomberg.com/news/articles/2018-02-05/broadcom-is-said-planning-to-boost-qualcomm-bid-to-120-"
     "billion"),
    # the first planets found beyond the Milky Way on NBC News and RT (family exoplanets)
    ("7e2c73a620dd0819c18034cee4e05837ae64e56541700794ea3f56b4",
     "https://www.nbcnews.com/mach/science/first-planets-beyond-milky-way-may-have-been-discovered-ncna844861"),
    ("ad54d4c6ff3fd9b4702c8fa8f725210c6198d18b2dd825b88bf02d60",
     "https://www.rt.com/usa/417984-exoplanets-chandra-x-ray/"),
    # China's Tiangong-1 space station falling back to Earth on The Guardian and the Daily Express (family tiangong)
    ("bda8462b65d11d35f377650e4e5ff5ee164f2964776878d5ae0ccd20",
     "https://www.theguardian.com/science/2017/oct/13/tiangong-1-chinese-space-station-will-crash-to-earth-within-"
     "months"),
    ("cc9bdfcf6b33df2cd6d92f947ba2b7c99d485fc4d1b46882ca2f5a91",
     "https://www.express.co.uk/news/science/902498/tiangong-1-when-will-chinese-space-station-crash-into-earth"),
    # SpaceX's Falcon Heavy ready for its first flight on NPR and AP on The Washington Post (family falconheavy2)
    ("10940dbce42147efbb3744504c8a2ac317affb4232a51655bff2620f",
     "https://www.npr.org/sections/thetwo-way/2018/02/05/582464054/spacex-set-to-launch-worlds-most-powerful-rocket"),
    ("60c49d752ab651be79ba8f3165cfcc7b42187f5005dfe03f0f07ba50",
     "https://www.washingtonpost.com/national/health-science/spacexs-hot-new-monster-rocket-ready-for-first-test-"
     "flight/2018/02/04/0e7f682c-09cc-11e8-998c-96deb18cca19_story.html?utm_term=.94124d7a5e6b"),
)

GIVEME_8 = (  # half "unseen25": five events each reported by two outlets:
    # the Las Vegas shooting of October 1, 2017 on The Hindu and RT (family vegas)
    ("708e332dbc524e0d7ca4b60cdfc90745492c264afbf9339607b044ac",
     "http://www.thehindu.com/news/international/las-vegas-shooting-deadliest-in-us-several-killed-injured/"
     "article19787232.ece"),
    ("856d5e49e63d5ce578878358a450c0aed8539e154d640ca0a8e33f33",
     "https://www.rt.com/usa/405409-isis-responsibility-vegas-shooting/"),
    # the Panama Papers' first revelations on AFP (Daily Mail) and NPR (family panama)
    ("ceb48b7dbca4274f1bd18d9bcbbec5ac2cf9fdd20fbdbc81dfeef478",
     "http://www.dailymail.co.uk/wires/afp/article-3523775/Panama-Papers-revelations-trigger-global-probes.html"),
    ("a24d26ed3e10f886bf718acdc97edd838808a2891d102f2891be2ed4",
     "https://www.npr.org/sections/thetwo-way/2016/04/04/472985787/heres-what-you-need-to-know-so-far-about-"
     "panama-papers"),
    # North Korea's missile over Japan of August 29, 2017 on HuffPost and RT (family nkmissile)
    ("e1311d4f9610c74ac49bb5bfedab93daf91d805b1e584fd37bf7de97",
     "https://www.huffingtonpost.com/entry/un-condemns-north-korea-missile-test_us_59a681e0e4b00795c2a2ba10"),
    ("6233dadf09fdc02f5c500c099fece03b10946a5d280119a7a48d03de",
     "https://www.rt.com/usa/403383-mattis-korea-missile-japan-cover/"),
    # Equifax's data breach on NPR and The Sun (family equifax)
    ("acb45b063ffbda8a9ce0dbe7b384f55cd20d5e48ee95a1f9b839acb1",
     "https://www.npr.org/sections/thetwo-way/2017/09/19/552124551/equifax-confirms-another-security-incident"),
    ("1f90784874444c079f59131ecb68b04e47776d6dee4cfb5cc58cc7cc",
     "https://www.thesun.co.uk/tech/4475843/equifax-admits-that-400000-british-peoples-private-info-was-"
     "accessed-during-major-cybersecurity-incident/"),
    # the Chicago Cubs' World Series win of November 2, 2016 on The Guardian and The Independent, other pages than
    # unseen20's (family cubs2)
    ("580907b65c143b41a4f467c5836a9500b96e423a02f9698b7b1c68c4",
     "https://www.theguardian.com/sport/2016/nov/03/world-series-game-7-chicago-cubs-cleveland-indians-mlb"),
    ("d0a9c4846b02c1bdf2cf6091f52061669dc04593e21aa02398f875bb",
     "http://www.independent.co.uk/sport/us-sport/major-league-baseball/chicago-cubs-fans-celebrate-world-series-"
     "title-a7394736.html"),
)

GIVEME_9 = (  # half "unseen26": five events each reported by two outlets:
    # North Korea's satellite launch of February 7, 2016 on The Washington Post and China Daily (family nksatellite)
    ("08cea3165e2583223a240754590e40698af4391b3a9f26d39f21c1d5",
     "https://www.washingtonpost.com/world/north-korea-launches-satellite-sparks-fears-about-long-range-missile-"
     "program/2016/02/06/0b6084e5-afd1-42ec-8170-280883f23240_story.html"),
    ("273f0c0b82bae5caaa665d7944eea07a1081721f67af59f382499736",
     "http://www.chinadaily.com.cn/world/2016-02/07/content_23426008.htm"),
    # bitcoin's fall of early February 2018 and the calls to regulate it on The Guardian and The New York Times
    # (family bitcoin)
    ("22ceaac661fce2ce0325ef77232842ce794b92bc77c941bd37cf9758",
     "https://www.theguardian.com/technology/2018/feb/06/bitcoin-price-crackdown-bis-cryptocurrency"),
    ("85ffcd0c358943e4450f8aafacf504d2305b9f0fe70f70f5c7022280",
     "https://www.nytimes.com/2018/02/05/technology/virtual-currency-regulation.html"),
    # China's Chang'e 4 mission to the far side of the moon on The Guardian and Sputnik (family change4)
    ("0b48a814a35197606531e2a9bb6e5c3818b8511043e61e2b1a3b0457",
     "https://www.theguardian.com/science/2017/dec/31/china-mission-to-far-side-of-the-moon-space-discovery"),
    ("d390bd40e532fe05b9a49dc4e4a244f51a26473e5da1291af6dcb877",
     "https://sputniknews.com/science/201712311060451579-china-change4-moon-landing/"),
    # Kim Jong Un's New Year's address of January 1, 2018 on CNN and storia.me (family kimolive)
    ("69ad8dc45611cbd36fdd158cb0a5fe8fe915ac1fd23b208722e4ffbf",
     "http://edition.cnn.com/2017/12/31/asia/kim-jong-un-new-year-address-nuclear/index.html"),
    ("bd74e616927e08220c70a3641678c1b7f07ae31245fcbca3808b3bb7",
     "https://storia.me/en/@WeirdAndWonderful/kim-jong-un-offers-2yo7ba"),
    # the Astros coach Rich Dauer's collapse at the World Series parade of November 2017 on Sporting News and the Daily
    # Mail (family dauer)
    ("c4c9bb4c7ad5a689f86fb58f785eedb6a8c1b5cc724429b06b00fd9a",
     "http://www.sportingnews.com/mlb/news/mlb-rich-dauer-astros-world-series-parade-the-athletic/"
     "1ufzt74dwoy31so676szepvlx"),
    ("e053774f0f7ed996eecbf84ca48f3d7efe17c95792b2ce691f022937",
     "http://www.dailymail.co.uk/news/article-5214549/Houston-Astros-coach-nearly-died-World-Series-win.html"),
)

GIVEME_10 = (  # half "unseen27": five events each reported by two outlets:
    # North Korea's missile over Japan of September 15, 2017 on CNN and China Daily (the Kremlin's reaction; family
    # nkmissile2)
    ("093c655f7b04e78f432a7b220b219c495031363d1319363f5d0bed37",
     "http://edition.cnn.com/2017/09/14/asia/north-korea-missile-launch/index.html"),
    ("4a6824d75432095cfa1bd962b0d6d184b7fcf07538e3b96fffdaa2d5",
     "http://europe.chinadaily.com.cn/world/2017-09/15/content_32047139.htm"),
    # the Brazilian Grand Prix of November 13, 2016, stopped twice in the rain, on the Mirror and The Sun (family
    # brazilgp)
    ("e0ff5adbdbd19e4bb271818149bbf8e063bf8a52b8429f8af48599cd",
     "http://www.mirror.co.uk/sport/formula-1/brazilian-f1-grand-prix-riddled-9253267"),
    ("6b4108b35035f8ac1aefac506edf56401810bd2aa6d7a7404ea51095",
     "https://www.thesun.co.uk/sport/2177105/lewis-hamilton-wins-the-brazilian-grand-prix-after-two-red-flags/"),
    # Google's Pixel Visual Core opened to other apps in February 2018 on Wired and XDA Developers (family pixelcore)
    ("3a4da57f7b53d48b94b8fe7f096dee9348003d68f8874865e5a2b55a",
     "https://www.wired.com/story/google-pixel-visual-core/"),
    ("e9b4065e969efabac4f6d7ddba478fbbe4ae14a46b58e7b9e66313e8",
     "https://www.xda-developers.com/google-pixel-visual-core-instagram-snapchat-whatsapp/"),
    # United Airlines barring two girls in leggings from a flight, March 2017, on NPR and China Daily (family leggings)
    ("1b020af8515c8d0818cb62f910e610d8d948ba192b51db0ecff514d5",
     "https://www.npr.org/sections/thetwo-way/2017/03/27/521649877/outrage-explanations-after-united-bans-girls-from-"
     "flight-for-wearing-leggings"),
    ("9bf167880254a05acc25881b34bcebde150db67b2cdccf02297ce4b5",
     "http://www.chinadaily.com.cn/cndy/2017-03/28/content_28700590.htm"),
    # the PS4 system update 5.50 and its beta, February 2018, on The Sun and PSU (family ps4update)
    ("77a5a6cf71c1ab7ed7ee124373ea92b8ce921b4849c09d30527866af",
     "https://www.thesun.co.uk/tech/5350839/ps4-update-beta-sign-up/"),
    ("7aed7776733f4e1f88d60a8150817e635cc94e019a4cbad228a4c6fc",
     "https://www.psu.com/news/ps4-5-50-update-new-features/"),
)

GIVEME_11 = (  # half "unseen28": five events each reported by two outlets:
    # China and the Panama Papers, April 2016, AFP on the Daily Mail and The Washington Post (family panamachina)
    ("22f6f31eea834365c060e2bff61c7ad4dcb2ff569cca2bffbb3cb537",
     "http://www.dailymail.co.uk/wires/afp/article-3523948/Big-China-presence-Panama-Papers-law-firm.html"),
    ("af9c732b1d806a270a2d1d785d0bb179da785a771637c0b25336edc5",
     "https://www.washingtonpost.com/world/as-panama-leaks-spread-chinas-red-nobility-would-rather-not-talk-about-it/"
     "2016/04/07/ab5ab28e-fc4d-11e5-813a-90ab563f0dde_story.html"),
    # Broadcom's raised bid for Qualcomm of February 5, 2018 on The Japan Times and The New York Times (family
    # broadcom2)
    ("34812a1ccb743496736330e5d2aef51bb7830d5f391b3356d6387a36",
     "https://www.japantimes.co.jp/?post_type=news&p=1352777"),
    ("60fdb760fa230f1f4ecdafb6952be4413a0e20ee9340116f7f70c381",
     "https://www.nytimes.com/2018/02/05/business/dealbook/broadcom-qualcomm-deal.html?partner=rss&emc=rss"),
    # China answering reports of ships breaking the UN sanctions on North Korea, December 2017 and January 2018, on
    # China Daily and AP on The Washington Post (family sanctions)
    ("bc9dbcc861ea7c4129f0001000ec48c4a940aca7600450f58fd7792f",
     "http://www.chinadaily.com.cn/newsrepublic/2017-12/29/content_35412308.htm"),
    ("2035cb080dd69e54a538b38988af01a18306846dfadc717420889c86",
     "https://www.washingtonpost.com/business/china-promises-to-deal-seriously-with-sanctions-violators/2018/01/05/"
     "fa7f96ee-f1fc-11e7-95e3-eff284e71c8d_story.html?utm_term=.07edf6896eb5"),
    # the Nice truck attack of July 14, 2016, AFP on the Daily Mail (the victims from Tunisia and Algeria) and The New
    # York Times (the truck as a weapon; family nicetruck)
    ("969967bf51a018dc15eccf7862ad7be4ff32836b6e9bd0f37d6dd271",
     "http://www.dailymail.co.uk/wires/afp/article-3692450/Tunisians-Algerians-dead-Nice-attack.html"),
    ("8a231b8bfaef35d52496dbbc0edc89d5d809e5dc39331ad26b5abcb4",
     "https://www.nytimes.com/2016/07/16/world/europe/truck-attack-nice-france.html"),
    # an ANA flight to Tokyo turned back for a passenger on the wrong plane, December 2017, on HuffPost Canada and CNN
    # (family wrongflight2)
    ("c6ace074e5d1510809c24c2cb98fedf149ba5c8774c73157335a0421",
     "http://www.huffingtonpost.ca/entry/chrissy-teigen-flight-passenger-mishap_us_5a432f50e4b025f99e18a720"),
    ("38cf0e36c53bbd9c94befa4b5224960148e24888373360620f41b596",
     "http://edition.cnn.com/2017/12/27/us/wrong-flight-passengers-trnd/index.html"),
)

GIVEME_12 = (  # half "unseen29": four events each reported by two outlets:
    # Boko Haram's release of 21 Chibok schoolgirls of October 13, 2016 on CNN and The New York Times (family chibok2)
    ("36549ab743dc4ee795d71fd6685246e3c186d49b2d1767a9ab5aa3d7",
     "http://edition.cnn.com/2016/10/13/africa/nigeria-chibok-girls-released/index.html"),
    ("3e45808466b7d29685f5b0ba638df36edf92d2d2716c79794b59fe77",
     "https://www.nytimes.com/2016/10/14/world/africa/boko-haram-nigeria.html"),
    # North Korea's missile over Japan of August 29, 2017, Reuters on HuffPost and AFP on The Hindu (family nkmissile3)
    ("2989428ad5737c66b7832be5344f2c2fc6086447c32fe93b0b8fd079",
     "https://www.huffingtonpost.com/entry/north-korea-missile-japan_us_59a4874fe4b050afa90c1eab"),
    ("4892917dd241577d91b4a14dfae74da52f8c9757422f501f35a3ba0b",
     "http://www.thehindu.com/news/international/north-korea-fires-missile-over-japan-on-tuesday/article19585240.ece"),
    # the plane crash in Costa Rica of December 31, 2017 on The New York Times (its victims mourned) and China Daily
    # (family costarica3)
    ("31082af8addddde819199db7a837402e5a958746de4eb344f2067e2f",
     "https://www.nytimes.com/2018/01/01/world/americas/costa-rica-plane-crash.html"),
    ("255862dfe347240dd07a13ff95fbf97c8097db257c9bfcf462578ef9",
     "http://www.chinadaily.com.cn/kindle/2018-01/02/content_35425601.htm"),
    # Apple's removal of Telegram from its App Store, February 2018, on the BBC and The Times (family telegram2)
    ("d5d5bbdbf8e2e4863d8201427bc2ca37c05d67015047607a1bdf2491",
     "http://www.bbc.com/news/technology-42904198"),
    ("0393cb165c6961e71e19b291855af4135213d5ac2da9a43196c1c83b",
     "https://www.thetimes.co.uk/article/apple-removes-telegram-app-accused-of-being-haven-for-terrorists-shv735jvt"),
)

GIVEME_13 = (  # half "unseen30": four events each reported by two outlets and two single pages:
    # Germany's New Year's Eve security, December 2017, AP on The Washington Post and The New York Times (family
    # safezone2)
    ("23f05ed1a38ed2ba2ec67ec7dcd9b402b8ac8892026a1a252bcf6de6",
     "https://www.washingtonpost.com/world/europe/german-police-union-chief-slams-nye-safe-zone-for-women/2017/12/30/"
     "b801eb92-ed64-11e7-956e-baea358f9725_story.html?utm_term=.5d3beb67aafd"),
    ("1e8536c8af7dcd5f963639f3931fbe512dd5ab3f64f432af2d472dee",
     "https://www.nytimes.com/2017/12/29/world/europe/germans-will-ring-in-new-year-with-extra-security-especially-for-"
     "women.html"),
    # Equifax after its data breach, November 2017, on Gizmodo and Bloomberg (family equifax2)
    ("8c9b29cd27637c7db20792acbcb554139e9f91c9ae7f8c0ae0671c5c",
     "https://gizmodo.com/equifax-seized-138-scammy-lookalike-domains-instead-of-1820450580"),
    ("2d3569028c4a8fb8bbe3a570e4263026e72f28eb1da6562d2ce8aa02",
     "https://www.bloomberg.com/news/articles/2017-11-14/how-much-will-equifax-pay"),
    # women music executives' letter to the Recording Academy, February 2018, on Rolling Stone, and the Los Angeles
    # Times' page of news updates, whose record holds another item (Paul Simon's farewell tour): two single pages
    ("edf3e9660da6e53064557ed6da97324d5b9924423c3636a8bb685944",
     "https://www.rollingstone.com/music/news/top-female-music-execs-academy-woefully-out-of-touch-w516375"),
    ("bdb91006cafe6d83c0621196f1777210d5d46ca9126704c39cc4acc6",
     "http://www.latimes.com/entertainment/la-et-entertainment-news-updates-2018-female-music-execs-protest-gender-bias-"
     "1517873932-htmlstory.html"),
    # Panama after the Panama Papers, April and May 2016, on NPR and The Washington Post (family panama2)
    ("2ee6b68d950d4859212a0cf50cf9e16fba7ac87036ee1c32c68c6449",
     "https://www.npr.org/sections/parallels/2016/05/04/476745041/panama-rises-despite-dents-to-its-reputation-from-"
     "papers-leaks"),
    ("d03c8efa54e926b5d401fb88791df25bdf816041b828f7db58b52f38",
     "https://www.washingtonpost.com/world/the_americas/where-the-papers-got-their-name/2016/04/09/f088582e-fcf8-11e5-"
     "813a-90ab563f0dde_story.html"),
    # North Korea's missile over Japan of September 15, 2017 on NPR and CNN (Japan's reaction; family nkmissile4)
    ("bad7d665ca0946c864c36efb97d038845370b85a6aeb62a6dfd6e75a",
     "https://www.npr.org/sections/thetwo-way/2017/09/14/551095592/north-korea-fires-another-missile-over-japan"),
    ("7662128fd9b02fa5a5821f0b2e1568a2d73210c62ce7490cefacf60e",
     "http://edition.cnn.com/2017/09/15/asia/japan-north-korea-missile-reaction/index.html"),
)

GIVEME_14 = (  # half "unseen31": five events each reported by two outlets:
    # Equifax's data breach, September and October 2017, on The Sun and The New York Times (family equifax3)
    ("897929aa89291b1ff2a144f6678b5cd60899051b021b6d67e32ce555",
     "https://www.thesun.co.uk/news/4425740/cyber-attack-equifax-data-stolen-brits/"),
    ("425999fe2123c75070bde0486c260d2b4926764bb9744761a4617253",
     "https://www.nytimes.com/2017/10/02/business/equifax-breach.html"),
    # North Korea's missile over Japan of August 29, 2017, Reuters on HuffPost and The New York Times (family
    # nkmissile5)
    ("a124707a5aa22b683f5a2b4a84dd75df7acb3a183b34a54714d69fce",
     "https://www.huffingtonpost.com/entry/north-korea-missile-guam_us_59a5ff61e4b084581a14339c"),
    ("88167f71dba9fde243411117c9ae522ff537095ee330c61a62cae258",
     "https://www.nytimes.com/2017/08/28/world/asia/north-korea-missile.html"),
    # the gorilla killed at the Cincinnati Zoo, May 2016, agencies on China Daily and The Sun (family zoogorilla)
    ("feb63103e948b95bd7270b386e444f768f7a18057459189971deec76",
     "http://usa.chinadaily.com.cn/world/2016-05/30/content_25527063.htm"),
    ("a84cfd5b897f965ae9d3373a2c9482caec42f998b87a575763e61670",
     "https://www.thesun.co.uk/news/1230550/hear-the-dramatic-moment-little-isiahs-mum-calls-for-help-after-her-son-"
     "falls-into-gorilla-enclosure-at-zoo/"),
    # the Las Vegas shooting, October 2017, on The New York Times (the gunman's life) and China Daily (agencies; family
    # vegas2)
    ("08850d993c9b233780e47157f7139806c2bcc2d32f8890a449d17fab",
     "https://www.nytimes.com/2017/10/02/us/stephen-paddock-vegas-shooter.html"),
    ("5969c18fce03f0b5ac2ee1be313a6a0a151aa5707c2bf6cb65d6800e",
     "http://usa.chinadaily.com.cn/world/2017-10/03/content_32789696.htm"),
    # the Falcon Heavy's first flight, February 2018, AP on The Washington Post and RT (family heavylaunch)
    ("b271739c75590d1a429988bf7441c1c0702a96704d0ac92366eeae7c",
     "https://www.washingtonpost.com/national/energy-environment/spacex-bucks-launch-tradition-in-1st-flight-of-new-"
     "rocket/2018/02/05/30a52ade-0ab4-11e8-998c-96deb18cca19_story.html?utm_term=.0feab7a60538"),
    ("58454366c71ad08d82966ec5a8a31d7b7b9bf8f0ea9a51a06609f60a",
     "https://www.rt.com/usa/417934-spacex-falcon-heavy-rocket/"),
)

GIVEME_15 = (  # half "unseen32": five events each reported by two outlets:
    # North Korea's missile over Japan of September 15, 2017, on RT and The Hindu (AFP; family nkmissile6)
    ("587140c4f72aa485eabeec312787a5fbfb9c7c7c4993c23b2ff5db69",
     "https://www.rt.com/news/403380-north-korea-pyongyang-missile/"),
    ("03bb7e53863b7dd8b3ff794c023f24b370de7e784c0091e2ac6a9b00",
     "http://www.thehindu.com/todays-paper/tp-international/n-korea-fires-missile-over-japan/article19695124.ece"),
    # the plane crash in Costa Rica, December 31, 2017, AP on The Washington Post and CNN (family costarica4)
    ("04d3d3b4b3d5b2ead1248213f75d5d3f4724dc983f05079e42612ab8",
     "https://www.washingtonpost.com/world/the_americas/10-us-citizens-2-locals-killed-in-costa-rica-plane-crash/"
     "2017/12/31/0e6191a4-ee87-11e7-95e3-eff284e71c8d_story.html?utm_term=.c55fb5b8c542"),
    ("96f009a09cd60da818c6859a1276ec16d1fd42e4ebf9cbbd645ddcdb",
     "http://edition.cnn.com/2018/01/01/americas/costa-rica-plane-crash-family-identified/index.html"),
    # the Panama Papers leak, April 2016, on CNN and RT (family panama3)
    ("0ac360f6fe427a902ddccaa3bec053af9ad05e1c22f9196bc064171a",
     "http://edition.cnn.com/2016/04/04/world/panama-papers-explainer/index.html"),
    ("1b031a941a53179cc222ed0071f54d0b9df0919f5f19a9588462b740",
     "https://www.rt.com/news/338270-panama-papers-corruption-report/"),
    # the Las Vegas shooting, October 2017, on The Hindu (live updates) and The New York Times (the police's radio
    # calls; family vegas3)
    ("dc34a193b9c9cf691510528fbed1ef52b0ed68b0932d52d2dcbf8704",
     "http://www.thehindu.com/news/international/live-updates-las-vegas-strip-shooting/article19784319.ece"),
    ("bc57ffddd242800dbbbd6786c51f1d910b77063539b50a966caa025f",
     "https://www.nytimes.com/interactive/2017/10/02/us/mandalay-bay-vegas-shooting.html"),
    # American Airlines' apology to two G League players accused of theft, December 2017, AP's story and the Daily
    # Mail's own on the Daily Mail's site (one site: no family)
    ("cca8ed898cf79fd7e50a3d9fdd277db8c424856647e199086d829e26",
     "http://www.dailymail.co.uk/wires/ap/article-5215769/American-sorry-accusing-NBA-G-League-players-theft.html"),
    ("ccd4cc9bc10e17f14f09e56182e9f6f4b2e11c87627d2ec3ec2bf2b7",
     "http://www.dailymail.co.uk/news/article-5215065/American-sorry-accusing-pro-basketball-players-theft.html"),
)

GIVEME_16 = (  # half "unseen33": five events each reported by two outlets:
    # North Korea's missile over Japan of September 15, 2017, on The Sun and China Daily (Xinhua; family nkmissile7)
    ("077896ee749c9962dd56840b2c049e45684efcd830c368a4a67a0060",
     "https://www.thesun.co.uk/news/4469623/north-korea-missile-launch-pyonyang-japan-guam-latest/"),
    ("0046d5ff09e56287742ed727ac712a7806d4dee16d5d46aafd7632f5",
     "http://africa.chinadaily.com.cn/world/2017-09/15/content_32041310.htm"),
    # the truck attack in Nice, July 14, 2016, on The New York Times and China Daily (Xinhua; family nicetruck2)
    ("1f500d301693b2f58e25789abd360a5814fa0a9276678ef7021708f9",
     "https://www.nytimes.com/2016/07/15/world/europe/nice-france-truck-bastille-day.html"),
    ("7452114d1273aff00968ea3a56bc5c7d36fc5dd6ca9554a67af537ee",
     "http://europe.chinadaily.com.cn/world/2016-07/15/content_26095924.htm"),
    # the All Nippon Airways flight turned back for a passenger on the wrong plane, December 2017, on CNN and The New
    # York Times (family wrongflight3)
    ("409a3093cee20b5071b7396b5721433a80c0dd6af60fa8eed80a72b5",
     "http://edition.cnn.com/2017/12/27/us/chrissy-teigen-flight-mixup-trnd/index.html"),
    ("ff17e066f4bad19027905a14ddb0f93c14a7c3a49f54ab993a5b1e83",
     "https://www.nytimes.com/2017/12/27/travel/chrissy-teigen-flight.html"),
    # the Chinese space station Tiangong-1 falling to Earth, on The Independent and The Verge (family tiangong2)
    ("544e412d7b7aa9de0f9a7bb562bc605dca44c57b85bbcdffabafca24",
     "http://www.independent.co.uk/life-style/gadgets-and-tech/news/china-space-station-tiangong-1-out-of-control-"
     "earth-danger-agency-latest-a8148416.html"),
    ("a937907f547fbc847b0617142974062fa800e70557132812cd9fd0f0",
     "https://www.theverge.com/2017/12/31/16830890/chinese-space-station-tiangong-1-debris-falling-to-earth"),
    # the $284 billion electric bill, December 2017, on HuffPost Australia and the Hindustan Times (family
    # electricbill)
    ("c7805f712f073962ef80e9266d73fc89ccdebd41382f51303b6711e3",
     "http://www.huffingtonpost.com.au/2017/12/26/american-woman-receives-284-billion-electric-bill_a_23317450/"
     "?utm_hp_ref=au-homepage"),
    ("0dc536fd4da855b5baea36ba38423714a01378111cc9f91a0c9fcb4f",
     "http://www.hindustantimes.com/world-news/us-woman-gets-284-billion-electricity-bill-during-christmas-holiday-"
     "period/story-lccGPDC5vwwSg5dOm0HDpL.html"),
)

GIVEME_17 = (  # half "unseen34": five events each reported by two outlets:
    # the Taliban's attack on the German consulate in Mazar-i-Sharif, November 2016, on The Independent and The Sun
    # (family consulate2)
    ("d5239a8dab109c7648233e698bf1cb199c27a8fc7ef87c7dd8d1f379",
     "http://www.independent.co.uk/news/world/middle-east/german-consulate-afghanistan-attacked-bomb-suicide-taliban-"
     "revenge-mazar-i-sharif-kunduz-attack-two-a7410746.html"),
    ("fde1ee4d648e7f616fc4d3d355edd3965231ae90a7067d72cf7b8563",
     "https://www.thesun.co.uk/news/2162467/"
     "taliban-suicide-bomber-truck-german-consulate-afghanistan-killing-two/amp/"),
    # oil passed to North Korean ships against UN sanctions, December 2017, on CNN and The Sun (family redhanded2)
    ("cd2cd4f859b11d9990de0d08572009f56cb744c4469c1aba22a39e0d",
     "http://edition.cnn.com/2017/12/28/politics/president-donald-trump-china-north-korea-oil/index.html"),
    ("c461c0e88c12fb3e0162f6b70eef551c517a764ae4c5741549e87c61",
     "https://www.thesun.co.uk/news/5222989/china-secretly-transferring-oil-kim-jong-un-ships/"),
    # Broadcom's raised bid for Qualcomm, February 2018, on USA Today and the Warrington Guardian (broadcom3)
    ("7b6688995fd94a608127bea214cf829a30c2e663b7a24f49f8c7dbe2",
     "https://www.usatoday.com/story/tech/news/2018/02/05/broadcom-increases-qualcomm-offer-more-than-121-billion/"
     "306382002/"),
    ("4e500fea4de6dd3cf9622837e67f02882bee969b550f29c5be142dde",
     "http://www.warringtonguardian.co.uk/news/national/15920573.Broadcom_raises_Qualcomm_bid_to_more_than_121_billion"
     "_US_dollars/"),
    # ice falling from the roof of Apple's Chicago store, December 2017, on Fortune and the Daily Mail (appleice)
    ("82346fcaaa8263c30d0372ab2dab9f21720c618d09701a7b14aaf031",
     "http://fortune.com/2017/12/29/apple-store-chicago-snow-ice/"),
    ("878fd57b12133f11f6334e8cd12a757c10b4ded150677b65fa2f688e",
     "http://www.dailymail.co.uk/sciencetech/article-5233443/"
     "Apple-blames-roof-warming-software-icy-Chicago-store.html"),
    # former Facebook and Google employees' campaign against tech addiction, February 2018, on CNBC and Business
    # Insider (techaddiction3)
    ("0a7e7848a39f7d27a8fc2858c6fea405b989a01c9fbf77f356322f61",
     "https://www.cnbc.com/2018/02/04/"
     "early-facebook-and-google-employees-form-coalition-to-fight-what-they-built.html"),
    ("f2d290fad3003e27f963d58c5e71e7135e46a13d62dab6e0a842c284",
     "http://www.businessinsider.de/ex-facebook-and-google-employees-launch-anti-tech-addiction-campaign-2018-2"
     "?r=US&IR=T"),
)
GIVEME_18 = (  # half "unseen35": five events each reported by two outlets:
    # the eve of the Falcon Heavy's first launch, February 2018, on Spaceflight Now and The New York Times (family
    # heavylaunch2)
    ("fc5b540669cddf8e68d35182b0a40f525096d9f4e11dc963252c2046",
     "https://spaceflightnow.com/2018/02/05/first-falcon-heavy-launch-blends-spacex-style-raw-power-and-the-unknown/"),
    ("a6d78217713b9eda70253ef19936cc2865257d6a5aeac1c8c975bcdf",
     "https://www.nytimes.com/2018/02/06/science/falcon-heavy-spacex-launch.html"),
    # Goldman Sachs' $5 billion charge from the US tax overhaul, December 2017, on CNN Money and The New York Times
    # (family goldman)
    ("22f61b23943672063f35def3c8e187307507bf8b9f6e455ce8e18483",
     "http://money.cnn.com/2017/12/29/news/goldman-sachs-tax/index.html"),
    ("b81ff83f0b8b55309d57d91ca8dddf986c1f86fd9e9ae1fbe7551984",
     "https://www.nytimes.com/2017/12/29/business/goldman-sachs-taxes.html"),
    # Equifax after its data breach, September and October 2017, on The Sun and The New York Times (family equifax4)
    ("4baed2ffb5fce5931401a3a9ea4bb34e1df0b0d13b534b4b8167538c",
     "https://www.thesun.co.uk/news/4657635/credit-company-equifax-says-new-security-attack-means-that-almost-"
     "700000-brits-have-had-personal-details-stolen-by-cyber-hackers/"),
    ("de37fd40e39a33921bf182eeec592794f4289680e25a6ec47fb9e6fe",
     "https://www.nytimes.com/2017/09/27/your-money/equifax-credit-freeze-lock-apology.html"),
    # the plane crash in Costa Rica of December 31, 2017 on CNN and Reuters on the Daily Mail (family costarica5)
    ("303eb93d033200f3018b799d1d6d6288c3a3d34fd282c71e4141fe4a",
     "http://edition.cnn.com/2017/12/31/americas/costa-rica-plane-crash/index.html"),
    ("a15612a5518d8726704064a9326122247043d4b0a7b13f1cf2494434",
     "http://www.dailymail.co.uk/wires/reuters/article-5225261/At-12-die-Costa-Rica-plane-crash-government-"
     "department.html"),
    # the supermoons of January 2018 on RT and The Sun (family supermoon)
    ("965d7456d9ec7568e4df877543dc6c6adbdbc50b8012f1abd15a241c",
     "https://www.rt.com/news/414549-first-supermoon-january-2018/"),
    ("d5cc13eb73387c725c2651ae6d90aa571b5b7469b1a53f66ff672a7a",
     "https://www.thesun.co.uk/tech/5232103/blue-moon-supermoon-song-lyrics-manchester-city/"),
)
GIVEME_19 = (  # half "unseen36": five events each reported by two outlets:
    # Equifax's data breach and its first earnings after it, September and November 2017, on the Daily Mail and The
    # Wall Street Journal (family equifax5)
    ("5e46270a7d1daf09f3073986060f6a055bc9f7ac5cbba89539a07af1",
     "http://www.dailymail.co.uk/news/article-4863648/Credit-agency-Equifax-info-143-million-stolen.html"),
    ("fc06f28047b37cf15d3d59468c3433d66644102d50e45b2a0d0da474",
     "https://www.wsj.com/articles/equifax-earnings-drop-27-in-quarter-marred-by-cyberattack-1510268187"),
    # North Korea's missiles over Japan, August and October 2017, on NPR and Reuters on the Daily Mail (family
    # nkmissile8)
    ("939a3e0e11d055b8f8b911ba50ba878c031af171e4f4904d850e5398",
     "https://www.npr.org/sections/thetwo-way/2017/08/28/546888551/north-korea-launches-another-missile-this-one-over-"
     "japan"),
    ("454702c26d8a1ad3f8da2711fcddf6711751c991f7ac42d03220a727",
     "http://www.dailymail.co.uk/wires/reuters/article-4995834/Nowhere-hide--N-Korean-missiles-spur-anxiety-Japan-"
     "fishing-town.html"),
    # Berlin's safe zone for women on New Year's Eve, December 2017, on NPR and The Sun (family safezone3)
    ("79855f6156d1bf7032168cdda0990269b097aec9bcc57c3895dcf10e",
     "https://www.npr.org/sections/thetwo-way/2017/12/31/574778306/germany-takes-steps-to-guard-women-against-sexual-"
     "assault-as-they-ring-in-new-ye"),
    ("ebbce5e7b60770331ff33ea840fc7970a9d43748619ba9831fc2c0cd",
     "https://www.thesun.co.uk/news/5232365/berlin-new-year-party-safe-zones-women-sex-attacks/"),
    # bitcoin's fall below $6,000, February 2018, on the Express and Business Insider (family bitcoin2)
    ("e444d7d1d0f08fe92f5640cb6c7aa4a8e9184cb5bbaf3c651b732d76",
     "https://www.express.co.uk/finance/city/915014/Bitcoin-price-live-latest-fall-news-ripple-ethereum-cash-dow-"
     "buttcoin"),
    ("77a640c9398b7794976ce6c493edc40344903f4034e25d6ea31ec511",
     "http://www.businessinsider.de/bitcoin-is-getting-smashed-2018-2?r=US&IR=T"),
    # Mohamed Morsi sentenced for insulting the judiciary, December 30, 2017, on CBS News and AFP on the Daily Mail
    # (family morsi)
    ("181393e15a9f62f190149b03d9f3f5c094a4bb117392279921b89110",
     "https://www.cbsnews.com/news/egypts-mohammed-morsi-sentenced-to-3-years-in-prison-for-insulting-judiciary/"),
    ("40d513a79bad99d885c408f0f28ca125f028c282b127b234b1845bc5",
     "http://www.dailymail.co.uk/wires/afp/article-5222793/Egypts-Morsi-sentenced-three-years-prison.html"),
)
GIVEME_20 = (  # half "unseen37": five events each reported by two outlets:
    # Equifax's data breach, September and October 2017, on the Daily Mail (2.5 million more Americans affected) and
    # RT's Boom Bust show page (family equifax6)
    ("e2600099767cdf9763fc2a029653c82b1ce437e507381cdd880df11b",
     "http://www.dailymail.co.uk/news/article-4942344/Equifax-2-5-million-Americans-affected-hack.html"),
    ("e34a730f623b082df45ddd250ffafa52910331205942e02d5014d5e1",
     "https://www.rt.com/shows/boom-bust/402559-hurricane-harvey-irma-damage/"),
    # the Chicago Cubs' World Series win of November 2, 2016, on The Washington Post and The Independent (family cubs3)
    ("7aa3386de0c6136582afb8da3e19a6287d6e69c8391d93aa34169bd2",
     "https://www.washingtonpost.com/sports/believe-it-chicago-cubs-win-classic-game-7-to-win-first-world-series-since-"
     "1908/2016/11/03/99cfc9c2-a0b3-11e6-a44d-cc2898cfab06_story.html"),
    ("cbc0951362802c54af346588618433c6b8ca6ab4de32df89ff3675e0",
     "http://www.independent.co.uk/sport/us-sport/major-league-baseball/world-series-chicago-cubs-cleveland-indians-"
     "108-year-title-drought-a7394706.html"),
    # the Panama Papers, April 2016, on AFP on the Daily Mail and The Washington Post's editorial (family panama4)
    ("d21b1a55cd77c48b9bd1dc12e11c6359639cff81747d8f85f31d1527",
     "http://www.dailymail.co.uk/wires/afp/article-3522970/African-leaders-relatives-named-Panama-Papers.html"),
    ("f3bb16552d4355b24c53a6ced76b6f9bb522f8acc2cc1f0ab39f5367",
     "https://www.washingtonpost.com/opinions/where-have-russias-billions-gone/2016/04/04/44ebd46a-fa9a-11e5-80e4-"
     "c381214de1a3_story.html"),
    # the sexual assaults in Cologne on New Year's Eve 2015, January 2016, on the Daily Mail and China Daily's
    # editorial (family cologne)
    ("38d0e444ccfeab58ce2f6b8b89eec7adbf4a671d9c593aa46799c496",
     "http://www.dailymail.co.uk/news/article-3411720/A-staggering-359-sexual-assaults-migrants-reported-Cologne-"
     "police-New-Year-s-Eve-mob-went-rampage-causing-821-complaints.html"),
    ("ed9594d2018b9d49b25302949a83dc587f124880162df97318b6ab56",
     "http://www.chinadaily.com.cn/opinion/2016-01/11/content_23017934.htm"),
    # Donald Trump in Japan and South Korea on North Korea, November 2017, on the Daily Mail and China Daily's
    # editorial (family trumpasia)
    ("860202040a213a38600633e84f052795bfcedf35d4e588c941f99307",
     "http://www.dailymail.co.uk/news/article-5053125/Trump-samurai-Japan-shot-North-Korean-missiles.html"),
    ("7a14c6a7dbf38875739f5eb80e73dfc2bccc7e1347885e36e98d90be",
     "http://www.chinadaily.com.cn/2017-11/07/content_34243617.htm"),
)
GIVEME_21 = (  # half "unseen38": five events each reported by two outlets:
    # the Panama Papers, April 2016, on RT's op-edge column and CNN's opinion column (family panama5)
    ("da1d344cd166b552054f4a26ba4b414c2f3095a7c527be99aa7cd38f",
     "https://www.rt.com/op-edge/338388-putin-western-media-leaks/"),
    ("99896d12794b4266a638cd5772dfbff15a9a74c91d349669e683995a",
     "http://edition.cnn.com/2016/04/04/opinions/panama-papers-ghitis/index.html"),
    # the Tesla Roadster the Falcon Heavy's first flight is to carry, December 2017 and January 2018, on USA Today
    # and the Daily Mail (family heavylaunch3)
    ("106fa91c2f79e76714586200ce1fd5b482f70db17ba173a6b29b7f18",
     "https://www.usatoday.com/story/tech/nation-now/2017/12/27/spacex-red-tesla-roadster-bound-mars/983669001/"),
    ("8c22e99fff727e5ca246ac08386e8c703c4940961fa2dcd98ec6ab4a",
     "http://www.dailymail.co.uk/sciencetech/article-5238433/Elon-Musk-SpaceX-launch-Falcon-Heavy-rocket-month.html"),
    # the Chicago Cubs' World Series win of November 2, 2016, on The Washington Post's column and BBC Sport (family
    # cubs4)
    ("9d498c7afe7a9e290c2e0a57af5c08de5dd16a51f8d5bf30d68f3bff",
     "https://www.washingtonpost.com/sports/nationals/you-knew-it-couldnt-come-easy-but-the-cubs-are-world-series-"
     "champions/2016/11/03/a4487ade-a0b3-11e6-a44d-cc2898cfab06_story.html"),
    ("9829d11717f4d90ae350a08c55b4fd3b39ed0af5e77cfe16b93223b3", "http://www.bbc.com/sport/baseball/37857919"),
    # the Brazilian Grand Prix of November 13, 2016, on The Telegraph and AP on USA Today (family brazilgp2)
    ("8439c5b07d758319b42bc274b0519829ba43fa7a98c7c5d5073fff2d",
     "http://www.telegraph.co.uk/formula-1/2016/11/13/max-verstappen-even-stuns-his-dad-by-storming-home-into-third-"
     "pl/"),
    ("93a37a20d29ccaf544a7eaf0a723902f5e46942946f8ed2fa85ea313",
     "http://www.usatoday.com/story/sports/motor/formula1/2016/11/13/brazils-massa-crashes-but-gets-warm-farewell-at-"
     "home-gp/93771246/"),
    # the fireball over New England of December 26, 2017, on AP on The Washington Post and CBS on Cetus News (family
    # fireball)
    ("ec06c668348487c690ec290aaa9395934cbdb3cf78ca71f2edb92b1e",
     "https://www.washingtonpost.com/national/health-science/fireball-lights-up-social-media-evening-sky-in-new-"
     "england/2017/12/27/d6348a38-eb0d-11e7-956e-baea358f9725_story.html?utm_term=.e120302926af"),
    ("537808babdc888b549f93e839c1f935496016db602169eb12761e4f4",
     "http://www.cetusnews.com/news/Possible-meteor-lights-up-night-sky-in-New-England.r1o8Lm-QG.html"),
)
GIVEME_22 = (  # half "unseen39": four events each reported by two outlets:
    # the truck attack in Nice of July 14, 2016, on The Sun and China Daily (family nicetruck3)
    ("73434a97d102acbcbeaf1144d6e6462db5c6f62c9cebea7f43a5dc34",
     "https://www.thesun.co.uk/news/1447619/at-least-77-dead-and-100-injured-as-lorry-crashes-into-crowd-of-revellers-"
     "celebrating-in-france-terror-attack/"),
    ("85a379126990831ccb2992aa6012ddca7f95724211a54fdc6b76ea50",
     "http://www.chinadaily.com.cn/world/2016-08/05/content_26355611.htm"),
    # the leaked pictures of Samsung's Galaxy S9, December 2017 and January 2018, on the Daily Mail and The Sun (family
    # galaxys9)
    ("efc4955201c77c8bae3aae955b7f7850d46b057fe2f542b0a1a940f6",
     "http://www.dailymail.co.uk/sciencetech/article-5226899/Is-Samsungs-Galaxy-S9.html"),
    ("41f470ba87ff10a42b2aab32a09bf0c6dc708a7677c196ae96dc05f9",
     "https://www.thesun.co.uk/tech/5198156/samsungs-galaxy-s9-leaked-in-pics-ahead-of-rumoured-february-launch/"),
    # the commercials of Super Bowl LII, February 4, 2018, on the Daily Mail and Business Insider (family superbowlads)
    ("2be5c33e7ffc313788ecc4ad811b0e53eb3767b6e67bad5ce538685a",
     "http://www.dailymail.co.uk/tvshowbiz/article-5351817/Avengers-Infinity-War-Super-Bowl-trailer.html"),
    ("072c9adf3c4c359c4ff01f67fbd6ec33c803985c3b446070cc6b3378",
     "http://www.businessinsider.com/avengers-infinity-war-super-bowl-trailer-2018-2?IR=T"),
    # Justin Timberlake's halftime show at Super Bowl LII, February 4, 2018, on The Washington Post and The New Yorker
    # (family halftime)
    ("659e2310b02b7e701e284f48a41b62cce1200bbcf33be07beee3586a",
     "https://www.washingtonpost.com/news/arts-and-entertainment/wp/2018/02/04/this-is-how-justin-timberlake-lost-the-"
     "super-bowl/?utm_term=.a60d786e8c79"),
    ("7ddce8f42dba91621eaced121ee9c174a018c14af8684def78ae9a15",
     "https://www.newyorker.com/culture/culture-desk/justin-timberlakes-super-bowl-halftime-show-reviewed"),
)
GIVEME_23 = (  # half "unseen40": four events each reported by two or three outlets, chosen for their furniture:
    # Justin Timberlake's halftime show at Super Bowl LII, February 4, 2018, on CNN (a photo gallery), The Guardian
    # and USA Today (family halftime2)
    ("df270cdab74b64b50cb6f5d1b8230ac3530c13eefc5c126237a314aa",
     "https://edition.cnn.com/2018/02/04/entertainment/gallery/super-bowl-2018-halftime-show/index.html"),
    ("9b9159651f3f8705bbfb4fa8154fdc08a8969ed6d56b8fdb4b5ee73f",
     "https://www.theguardian.com/culture/2018/feb/04/justin-timberlake-super-bowl-halftime-show-review"),
    ("28815a8c8f766f59aa90274c0d4a67f8b3881ccbdf3989398f6aa18f",
     "https://www.usatoday.com/story/life/entertainthis/2018/02/05/compared-prince-justin-timberlakes-halftime-show-"
     "hilariously-bad/307243002/"),
    # the mass shooting at a music festival in Las Vegas, October 1, 2017, on CNN (a photo gallery) and China Daily
    # (family lasvegas)
    ("d7658587208134df9969618c590d96ef3891dcd953fdc01a9a946016",
     "http://edition.cnn.com/2017/10/02/us/gallery/las-vegas-shooting/index.html"),
    ("f2c5201fb417da60e9288098ffe52acd38b545046a634162f056edc9",
     "http://www.chinadaily.com.cn/cndy/2017-10/03/content_32789038.htm"),
    # bitcoin falling below $6,000, February 6, 2018, on CoinDesk and ForexLive (family bitcoin6k)
    ("968852d73ac38b2184fd438b2f54ffde4eb23c13f7861a45776b2a35",
     "https://www.coindesk.com/bitcoin-slumps-to-12-week-low-below-6k/"),
    ("d738251682246590758dfb481fc24d4cb76068d6825bc3035f1bd029",
     "http://www.forexlive.com/cryptocurrency/!/bitcoin-touches-usd-6000-as-the-tumble-continues-20180206"),
    # the making of Black Mirror's "USS Callister", December 2017, on IndieWire and an aggregator's blurb of it on
    # Stamford Global (family callister)
    ("371d1b640bcca3887158067030309db06656a1a8dd4daa4b7d1af10d",
     "http://www.indiewire.com/2017/12/black-mirror-uss-callister-behind-the-scenes-aaron-paul-shatner-spoilers-"
     "1201912123/"),
    ("ab4ab23758f038ca42e42ae00d54dbadf11ec3d155f265ead372c954",
     "http://news.stamfordglobal.com/daily/black-mirror-uss-callister-how-the-shatner-impression-surprise-cameo-and-"
     "flawless-production-happened-indiewire"),
)
GIVEME_24 = (  # half "unseen41": three events each reported by two outlets and three single pages, chosen for their
    # furniture:
    # the Chicago Cubs winning the World Series in Game 7 at Cleveland, November 2, 2016, on the Daily Mail and The
    # Telegraph (family cubs5)
    ("dcf7e591116a13b944b67bc80f8af125df537573c3f356aa457b6e7e",
     "http://www.dailymail.co.uk/news/article-3899956/Chicago-Cubs-win-World-Series-epic-Game-7-showdown-Cleveland."
     "html"),
    ("9fb2f7a041c350a0ad6d0ad40d619aa78bc852bd5a33ffacb7d5df22",
     "http://www.telegraph.co.uk/baseball/2016/11/03/chicago-cubs-break-108-year-curse-of-the-billy-goat-winning-"
     "worl/"),
    # the supermoon of January 1, 2018, on the Daily Mail and The Washington Post's monthly sky column (family
    # wolfmoon)
    ("d2cf1395dac0c5a6fe853ada78d8d5ce2d5ef4209d87d4a5d72e66a6",
     "http://www.dailymail.co.uk/news/article-5227497/Cities-United-States-lit-supermoon.html"),
    ("65ab3770aae334d712d7f212d1c71d163155beb4fb143d1a8ad5203a",
     "https://www.washingtonpost.com/national/health-science/sky-watch-january-is-packed-with-action/2017/12/30/"
     "d9621528-ecab-11e7-b698-91d4e35920a3_story.html?utm_term=.868357587b06"),
    # the truck attack in Nice, July 14, 2016, on two NPR transcripts (one site: single pages)
    ("63296f4e8d8958a6decc65453ae01503764434691fd314f1a9c3d366",
     "https://www.npr.org/2016/07/14/486095754/president-obama-briefed-on-truck-attack-in-nice-france"),
    ("e951663c53b6a024569b5eaf1040d621a0a2441ab8548de2659e1e74",
     "https://www.npr.org/2016/07/14/486097589/more-than-70-people-killed-in-truck-attack-in-nice-france"),
    # the mass shooting at a music festival in Las Vegas, October 1, 2017, on China Daily (its footer alone) and RT's
    # show page (family vegas5)
    ("0ab285ac18c08996be76325624fd2f3121cb90143e21527741a32a82",
     "http://usa.chinadaily.com.cn/world/2017-10/03/content_32788252.htm"),
    ("666122ed40cea2b4724b927045d8793610e54c06e111328a56a20ec8",
     "https://www.rt.com/shows/news-with-ed-schultz/405483-news-with-ed-october2/"),
    # the release of 82 Chibok schoolgirls, May 2017, on China Daily (a single page)
    ("a386e5ed27e0877454b373d63dc29d8c2836321db3545f352c1f549a",
     "http://africa.chinadaily.com.cn/world/2017-05/09/content_29261603.htm"),
)


def plain_text(raw: bytes) -> str:
    """A saved page's text: decoded as Windows-1252, each line end (CR LF, with any CR doubled before it, or a lone CR)
    made one line feed, without the blank lines around it, ending in a line feed.

    >>> plain_text(b"\\r\\nIt\\x92s wet.\\r\\r\\nSo cold.\\rEnd.\\r\\n\\r\\n")
    'It\u2019s wet.\\nSo cold.\\nEnd.\\n'
    """
    return re.sub(r"\r*\n|\r", "\n", raw.decode("cp1252")).strip("\n") + "\n"


def page_text(markdown: str) -> str:
    """The lines of the ``## Content`` section, without the blank lines around them, ending in a line feed."""
    lines = markdown.splitlines()
    start = lines.index("## Content") + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    return "\n".join(lines[start:end]).strip("\n") + "\n"


def crawled_text(markdown: str) -> str:
    """The lines after the front matter (between the first two ``---`` lines), without the blank lines around
    them, ending in a line feed.

    >>> crawled_text("---\\ntitle: T\\n---\\n\\nIt rained.\\n")
    'It rained.\\n'
    """
    lines = markdown.splitlines()
    return "\n".join(lines[lines.index("---", 1) + 1:]).strip("\n") + "\n"


def reader_text(markdown: str) -> str:
    """The lines after the reader's ``Markdown Content:`` line (the whole file where there is none), without the
    blank lines around them, ending in a line feed.

    >>> reader_text("Title: T\\n\\nMarkdown Content:\\nIt rained.\\n\\n")
    'It rained.\\n'
    >>> reader_text("T | Site\\n\\nIt rained.")
    'T | Site\\n\\nIt rained.\\n'
    """
    lines = markdown.splitlines()
    start = lines.index("Markdown Content:") + 1 if "Markdown Content:" in lines else 0
    return "\n".join(lines[start:]).strip("\n") + "\n"


def name_of(path: str) -> str:
    """The cache name of a page: its file name without ``.md``, cut at 60 characters.

    >>> name_of("runs/processed/apnews.com_article_x.md")
    'apnews.com_article_x'
    """
    return Path(path).name.removesuffix(".md")[:60]


def name_of_address(address: str) -> str:
    """The cache name of a crawled page: its address as the scraper names its files, cut at 60 characters.

    >>> name_of_address("https://www.apnews.com/article/x")
    'apnews.com_article_x'
    """
    return name_of(address.split("://", 1)[-1].removeprefix("www.").replace("/", "_") + ".md")


def utf8_reader_text(raw: bytes) -> str:
    """:func:`reader_text` of a file saved as UTF-8."""
    return reader_text(raw.decode("utf-8"))


def record_text(raw: bytes, field: str = "full_text") -> str:
    """:func:`reader_text` of a JSON record's ``full_text`` (or of another field holding the page's text).

    >>> record_text(b'{"url": "https://x.example/a", "full_text": "Rates rise\\\\n\\\\nIt rained."}')
    'Rates rise\\n\\nIt rained.\\n'
    >>> record_text(b'{"title": "Rates rise", "text": "It rained.\\\\nIt snowed."}', "text")
    'It rained.\\nIt snowed.\\n'
    """
    return reader_text(json.loads(raw)[field])


STORIES_GIT_DIR = Path("/work/.mirror/darron+ff-workers/repo")
STORIES_COMMIT = "a06b02de7e48da0c771543d12b78b087a9e947e9"
STORIES = (  # half "unseen17": the shootings in Langley, B.C., of July 25, 2022 as AP reported them on The Columbian
    # (Vancouver, Washington) and as CP24 did (family langley), the shooting of two police officers in Innisfil, Ontario,
    # on CP24 and Global News (family innisfil), The Buffalo News, a UPI archive story, and two Canadian Press stories
    # on local sites (Burnaby Now, NanaimoNewsNOW)
    ("migrations/data/0002_stories_038.sql",
     "https://www.columbian.com/news/2022/jul/25/police-report-shootings-of-homeless-people-near-vancouver-b-c/"),
    ("migrations/data/0002_stories_038.sql",
     "https://www.cp24.com/news/several-shooting-victims-in-metro-vancouver-city-of-langley-b-c-rcmp-1.6001014"),
    ("migrations/data/0002_stories_047.sql",
     "https://www.cp24.com/news/two-south-simcoe-police-officers-killed-in-innisfil-shooting-1.6105339"),
    ("migrations/data/0002_stories_047.sql",
     "https://globalnews.ca/news/9192322/police-officer-killed-shooting-incident-near-barrie-sources/"),
    ("migrations/data/0002_stories_013.sql", "https://buffalonews.com/news/suspect-in-murder-case-allowed-back-into-canada/"
     "article_0773ed78-0e9c-5494-b5a7-46cc679e54ca.html"),
    ("migrations/data/0002_stories_009.sql",
     "https://www.upi.com/Archives/1982/12/15/Police-had-no-choice-but-to-shoot-a-teenaged/3726408776400/"),
    ("migrations/data/0002_stories_033.sql", "https://www.burnabynow.com/national-news/"
     "four-deaths-in-richmond-bc-believed-to-be-a-murder-suicide-police-say-5005779"),
    ("migrations/data/0002_stories_024.sql",
     "https://nanaimonewsnow.com/2016/12/20/alberta-man-found-dead-in-home-with-two-sons-a-doting-father-relative/"),
)
_SQL_STRING = r"'((?:[^']|'')*)'"
_STORY_ROW = re.compile(rf"VALUES \({_SQL_STRING}, {_SQL_STRING}, {_SQL_STRING}, {_SQL_STRING}")


def story_row_text(raw: bytes, address: str) -> str:
    """:func:`reader_text` of the ``body_text`` of the SQL row whose ``url`` is ``address``, its doubled quotes single.

    >>> story_row_text(b"INSERT INTO t (id, record_id, url, body_text) VALUES ('1', '2', 'https://x.example/a', "
    ...                b"'Menu\\nIt''s wet.');", "https://x.example/a")
    "Menu\\nIt's wet.\\n"
    """
    rows = {url: text for _, _, url, text in _STORY_ROW.findall(raw.decode("utf-8"))}
    return reader_text(rows[address.replace("'", "''")].replace("''", "'"))


def one_page(text_of):
    """A file's loader as the other projects' loaders are called (bytes and address), for a file holding one page.

    >>> one_page(plain_text)(b"It rained.", "https://x.example/a")
    'It rained.\\n'
    """
    return lambda raw, address: text_of(raw)


def giveme_half(half: str, records: tuple) -> tuple:
    """A half of the Giveme5W1H news-cluster records ``records`` ((record id, address) pairs) as a ``PROJECTS``
    entry: each page the record's ``text``, read from the snapshot at ``GIVEME_COMMIT``.

    >>> giveme_half("unseen0", (("ab12", "https://x.example/a"),))[2][0][1]
    'Giveme5W1H/examples/datasets/news_cluster/data_raw/ab12.json'
    """
    pages = tuple((GIVEME_COMMIT, f"{GIVEME_FOLDER}/{id_}.json", address) for id_, address in records)
    return half, GIVEME_GIT_DIR, pages, one_page(partial(record_text, field="text"))


ABP_GIT_DIR = Path("/work/.mirror/ramybaly+Article-Bias-Prediction/repo")
ABP_COMMIT = "ced8111a720948e6a410e52031ace99c4e53f096"
ABP_FOLDER = "data/jsons"


def abp_text(raw: bytes) -> str:
    """An Article-Bias-Prediction record's ``content_original`` exactly as stored (the extractor's text of the page).

    >>> abp_text(b'{"url": "https://x.example/a", "content_original": "It rained.\\\\n\\\\nIt snowed."}')
    'It rained.\\n\\nIt snowed.'
    """
    return json.loads(raw)["content_original"]


def abp_pages(records: tuple) -> tuple:
    """Article-Bias-Prediction records ``records`` ((record id, address) pairs) as (commit, path, address) pages.

    >>> abp_pages((("ab12", "https://x.example/a"),))[0][1]
    'data/jsons/ab12.json'
    """
    return tuple((ABP_COMMIT, f"{ABP_FOLDER}/{id_}.json", address) for id_, address in records)


ABP_QUOTES_34 = (  # half 34 of evaluation/quote_real.py: five events each reported by two outlets:
    # Saudi Arabia's verdicts on the murder of Jamal Khashoggi, December 23, 2019, on Reuters and CNN
    ("oPoaanJSNn0L65le", "https://www.reuters.com/article/us-saudi-khashoggi/saudi-sentences-five-to-death-three-to-"
                         "jail-in-khashoggi-case-idUSKBN1YR0SY"),
    ("ugoPpPEHbAnDdA49", "https://www.cnn.com/2019/12/23/middleeast/saudi-arabia-jamal-khashoggi-intl/index.html"),
    # the shooting at a Waffle House in Antioch, Tennessee, April 22, 2018, on USA Today and Fox News
    ("qc2bw0dfAkN1fpiP", "https://www.usatoday.com/story/news/nation/2018/04/22/waffle-house-shooting/540029002/"),
    ("gfUoiVEa1KCQ4D1W", "http://www.foxnews.com/us/2018/04/22/waffle-house-shooting-leaves-3-dead-4-wounded-gunman-"
                         "sought.html"),
    # the Pensacola gunman's ties to al-Qaida and Apple's help with his phones, May 18, 2020, on The Washington Times
    # and AP
    ("oiga8USYMltEiB37", "https://www.washingtontimes.com/news/2020/may/18/fbi-finds-link-between-pensacola-gunman-al-"
                         "qaeda-o/"),
    ("a8CAxiOl6hrIPbAP", "https://apnews.com/934b704a5906e86452319a3bb174dc0c"),
    # the Navy secretary fired over Eddie Gallagher's case, November 24, 2019, on Politico and Newsmax
    ("WiRHlY8Q9cC9JTVo", "https://www.politico.com/news/2019/11/24/esper-navy-secretary-resign-seal-case-073436"),
    ("eko0lzijcuKhQ3KT", "https://www.newsmax.com/politics/us-navy-seal-murder-case/2019/11/24/id/943134/"),
    # the doctor found to have Ebola in New York, October 24, 2014, on CNN and Fox News
    ("9D6swMTqpKwB5xZN", "http://www.cnn.com/2014/10/24/health/new-york-ebola-timeline/index.html?hpt=hp_t1"),
    ("NXZLbvbXdPZxXJgX", "http://www.foxnews.com/health/2014/10/24/ebola-fear-epidemic-in-us-official-says/"),
)

ABP_QUOTES_35 = (  # half 35 of evaluation/quote_real.py: five events each reported by two outlets:
    # Pope Benedict XVI's resignation, February 11, 2013, on NPR and Fox News
    ("XbmTJTNa1xKzxT9w", "http://www.npr.org/blogs/thetwo-way/2013/02/11/171680715/pope-benedict-xvi-is-resigning"),
    ("UEt9k7QXjbFUwo97", "http://www.foxnews.com/world/2013/02/11/pope-benedict-xvi-to-resign-at-end-february/"),
    # Hurricane Florence nearing the Carolinas, September 12, 2018, on USA Today and Fox News
    ("W1FrXWRSCms3g4q0", "https://www.usatoday.com/story/news/nation/2018/09/12/hurricane-florence-track-turns-south-"
                         "expected-slow-carolinas/1276645002/"),
    ("6S11n3sBXwFaYvBm", "http://www.foxnews.com/us/2018/09/12/extremely-dangerous-hurricane-florence-could-bring-13-"
                         "foot-storm-surge-40-inches-rainfall.html"),
    # the Chicago teachers' strike, September 10, 2012, on CNN and Fox News
    ("UHR9Xyz69YWKvJCI", "http://www.cnn.com/2012/09/10/us/illinois-chicago-teachers-strike/index.html?hpt=hp_t1"),
    ("vaMB3mpxyzXxZlm7", "http://www.foxnews.com/us/2012/09/10/chicago-teachers-to-go-on-strike-after-talks-with-"
                         "district-fail/#ixzz262AzWlVG"),
    # the Amtrak derailment in Philadelphia, May 13, 2015, on CNN and NPR
    ("81rFfToHAO6383dW", "http://www.cnn.com/2015/05/13/us/philadelphia-amtrak-train-derailment/index.html"),
    ("pkJKCO12wm6FccLe", "http://www.npr.org/sections/thetwo-way/2015/05/13/406380166/ntsb-team-on-its-way-to-"
                         "investigate-amtrak-derailment"),
    # the ruling upholding Harvard's admissions, October 1, 2019, on CNN and Bloomberg
    ("uxwP2ZIHwYWVoEVd", "https://www.cnn.com/2019/10/01/politics/harvard-affirmative-action/index.html"),
    ("BqIRVvQDUIpsevVN", "https://www.bloomberg.com/news/articles/2019-10-01/harvard-defeats-suit-seeking-to-bar-race-"
                         "conscious-admissions-k188edis"),
)

ABP_QUOTES_36 = (  # half 36 of evaluation/quote_real.py: five events each reported by two outlets:
    # Flight 752 shot down over Tehran, January 9, 2020, on Business Insider and The Guardian
    ("5mBezNnq3KHi89pu", "https://www.businessinsider.com/ukrainian-flight-752-shot-down-by-anti-aircraft-missile-"
                         "2020-1"),
    ("M4oedI6uXS0zB9dG", "https://www.theguardian.com/world/2020/jan/09/tehran-crash-plane-downed-by-iranian-"
                         "missile-western-officials-believe"),
    # Twitter's ban of Alex Jones and Infowars, September 6, 2018, on AP and Breitbart News
    ("Orp245QbujfYFl9P", "https://www.apnews.com/2521ccbe3b5a43d68d66c21c030a7f2d"),
    ("vJQ87ZXgRPnxKYHP", "https://www.breitbart.com/tech/2018/09/06/twitter-permanently-blacklists-alex-jones-"
                         "infowars/"),
    # North Korea's answer to the UN's new sanctions, August 7, 2017, on The Guardian and Fox News
    ("OrONL4DtIQVcFcru", "https://www.theguardian.com/world/2017/aug/07/north-korea-vows-thousands-fold-revenge-on-"
                         "us-over-sanctions"),
    ("GQSrpIqILXBcQoj6", "http://www.foxnews.com/world/2017/08/07/north-korea-must-halt-missile-tests-for-talks-"
                         "with-us-to-occur-tillerson-says.html"),
    # the shooting at a bar in Thousand Oaks, November 8, 2018, on The Guardian and CBN
    ("br2PFE5yoSUn16Js", "https://www.theguardian.com/us-news/2018/nov/08/california-borderline-mass-shooting-"
                         "thousand-oaks"),
    ("7VeDUx6RRk6y1D30", "http://www1.cbn.com/cbnnews/us/2018/november/gunman-shoots-deputy-11-others-at-ca-"
                         "country-western-restaurant"),
    # three women found alive in Cleveland, May 7, 2013, on The Christian Science Monitor and NPR
    ("ixAr4pJn5eRWvOKw", "http://www.csmonitor.com/USA/Latest-News-Wires/2013/0507/Amanda-Berry-found-along-with-"
                         "two-other-women-abducted-in-Cleveland?nav=89-csm_category-topStories"),
    ("qYedMNDZHvHzQTBC", "http://www.npr.org/blogs/thetwo-way/2013/05/07/181835663/cry-for-help-led-to-freedom-for-"
                         "missing-women-in-cleveland"),
)

ABP_QUOTES_37 = (  # half 37 of evaluation/quote_real.py: five events each reported by two outlets:
    # the IOC's ban of Russia from the Pyeongchang Winter Olympics, December 5, 2017, on The Washington Times and
    # Reuters
    ("ELIiqaF19cefDTlf", "https://www.washingtontimes.com/news/2017/dec/5/ioc-meets-to-decide-on-russias-olympic-"
                         "participati/"),
    ("whJARi9CiK0TREh8", "https://www.reuters.com/article/us-olympics-2018-russia/olympics-russia-banned-from-"
                         "pyeongchang-games-idUSKBN1DZ2QZ"),
    # MGM Resorts suing the victims of the Las Vegas shooting, July 17, 2018, on Salon and TheBlaze
    ("e4peecyGojpukDEO", "https://www.salon.com/2018/07/17/mandalay-bay-owner-sues-victims-of-las-vegas-mass-"
                         "shooting-claims-it-has-no-liability-of-any-kind/"),
    ("qSAo9eWZXm4R9Zij", "https://www.theblaze.com/news/2018/07/17/mandalay-bay-casino-sues-victims-of-las-vegas-"
                         "shooting-massacre-heres-the-insane-reason-why"),
    # the March for Science, April 22, 2017, on CNN and The Washington Times
    ("iOTn9TcbMOAZm2oB", "http://www.cnn.com/2017/04/22/health/global-march-for-science/index.html"),
    ("mFaCx2sxrOgyDMqv", "http://www.washingtontimes.com/news/2017/apr/22/march-political-science-earth-day-rally-"
                         "doubles-la/"),
    # John Hinckley granted full-time leave from the hospital, July 27, 2016, on NPR and Fox News
    ("RznNTEzFgh0IGTZG", "http://www.npr.org/sections/thetwo-way/2016/07/27/487595220/john-hinckley-who-tried-to-"
                         "kill-a-president-wins-his-freedom"),
    ("w3pCIBQlXXv8js62", "http://www.foxnews.com/politics/2016/07/27/judge-grants-john-hinckley-jr-his-freedom-"
                         "decades-after-reagan-assassination-attempt.html"),
    # the third night of protests in Charlotte over Keith Lamont Scott's death, September 22-23, 2016, on the Chicago
    # Tribune and Fox News
    ("bUAXad8ZPxAhwljb", "http://www.chicagotribune.com/news/nationworld/ct-charlotte-protests-20160922-story.html"),
    ("lsZSERbh3eJJI7e4", "http://www.foxnews.com/us/2016/09/23/third-night-protests-in-charlotte-largely-peaceful-"
                         "as-police-face-calls-to-release-video-shooting.html"),
)

ABP_QUOTES_38 = (  # half 38 of evaluation/quote_real.py: five events each reported by two outlets:
    # hospitals told to send their COVID-19 data to HHS, not the CDC, July 15-16, 2020, on USA TODAY and The Hill
    ("40WIsjRfR0lCKcjf", "https://www.usatoday.com/story/news/health/2020/07/15/trump-administration-orders-"
                         "hospitals-not-send-covid-19-data-cdc/5441730002/"),
    ("ZuZrvuQNrFA5D8FB", "https://thehill.com/policy/healthcare/507581-public-health-groups-denounce-new-trump-"
                         "move-sidelining-cdc"),
    # Amazon's one-year moratorium on police use of its facial recognition, June 10, 2020, on The Guardian and NBC News
    ("OxNF6FoHcp50lVsA", "https://www.theguardian.com/technology/2020/jun/10/amazon-rekognition-software-police-"
                         "black-lives-matter"),
    ("hTzk8cqaJ1jBT7a9", "https://www.nbcnews.com/tech/security/amazon-issues-12-month-ban-police-use-facial-"
                         "recognition-n1229601"),
    # the August 2019 jobs report, September 6, 2019, on CBS News and NPR
    ("PgWYkVxKRJiyfUe2", "https://www.cbsnews.com/news/august-jobs-report-2019-130000-new-jobs-shows-steady-"
                         "expansions-2019-09-06/"),
    ("w7iGWdPJuEzEhmIk", "https://www.npr.org/2019/09/06/758066667/tepid-u-s-jobs-report-adds-to-economic-jitters"),
    # Hong Kong's withdrawal of the extradition bill, September 4-5, 2019, on Reuters and Breitbart News
    ("hSvdkWfp380aDTo6", "https://www.reuters.com/article/us-hongkong-protests/hong-kong-leader-withdraws-"
                         "extradition-bill-but-too-little-too-late-say-some-idUSKCN1VP05B"),
    ("7WkVNPmQTtJtTiAp", "https://www.breitbart.com/asia/2019/09/04/hong-kong-leader-caves-orders-full-withdrawal-"
                         "of-extradition-bill/"),
    # the earthquake in central Italy, August 24-25, 2016, on Fox News and USA TODAY
    ("WGKvoy234uFMvbLR", "http://www.foxnews.com/world/2016/08/24/more-than-50-reported-dead-after-strong-"
                         "earthquake-rocks-central-italy.html"),
    ("ufTTfftL8JH1thBK", "http://www.usatoday.com/story/news/world/2016/08/23/norcia-italy-earthquake/89240378/"),
)

ABP_QUOTES_39 = (  # half 39 of evaluation/quote_real.py: five events each reported by two outlets:
    # the hijacking of prominent Twitter accounts for a Bitcoin scam, July 15, 2020, on the BBC and The Guardian
    ("SKiFq3UoR7V4KP3K", "https://www.bbc.com/news/technology-53425822"),
    ("oKLdYMgUJeaUXLKj", "https://www.theguardian.com/technology/2020/jul/15/twitter-elon-musk-joe-biden-hacked-"
                         "bitcoin"),
    # the Fed's emergency half-point rate cut, March 3, 2020, on The Hill and CNBC
    ("GqWkTjM4IvOnSKCz", "https://thehill.com/policy/finance/485656-fed-cuts-interest-rate-by-half-a-percentage-"
                         "point"),
    ("JxzlqDvJGNIN5ZUE", "https://www.cnbc.com/2020/03/03/trump-demands-that-fed-further-ease-after-50-basis-point-"
                         "rate-cut.html"),
    # Andres Manuel Lopez Obrador elected president of Mexico, July 2, 2018, on USA TODAY and Reason
    ("AKR8SfBEy1Fe0IQ4", "https://www.usatoday.com/story/news/world/2018/07/02/mexico-president-left-leaning-"
                         "populist-elected-wide-margin/750191002/"),
    ("iCCif6hKT6nnSG17", "https://reason.com/blog/2018/07/02/mexico-just-elected-a-new-president-is-h"),
    # the British inquiry finding Putin "probably approved" Alexander Litvinenko's poisoning, January 21, 2016, on Fox
    # News and NPR
    ("22FdeTjRXGmUK7I0", "http://www.foxnews.com/world/2016/01/21/uk-judge-says-putin-probably-approved-poisoning-"
                         "ex-russian-spy.html?intcmp=hpbt1"),
    ("zFgqTI3GAaKFm43b", "http://www.npr.org/sections/thetwo-way/2016/01/21/463798058/russia-s-putin-probably-"
                         "approved-plan-to-kill-spy-british-report-says"),
    # the Philadelphia Eagles' White House visit called off, June 5, 2018, on NPR and Vox
    ("Wy8VANLZaEXZsK6n", "https://www.npr.org/2018/06/05/617188397/trump-turns-philadelphia-eagles-event-into-"
                         "celebration-of-america"),
    ("sBZX9ldQXmTSKEhx", "https://www.vox.com/2018/6/5/17429276/trump-nfl-eagles-protest-fox-news"),
)

ABP_QUOTES_40 = (  # half 40 of evaluation/quote_real.py: four events each reported by two outlets:
    # Foxconn turning its Wisconsin plant into a research hub, January 30, 2019, on Reason and AP
    ("tKkrGGzgUVEkYRTg", "https://reason.com/blog/2019/01/30/foxconn-is-not-building-a-factory-in-wis"),
    ("IDztUQUyYCD230Wf", "https://www.apnews.com/c07c42179511472c970cca2a6f876fbf"),
    # nine students' suit against California's teacher tenure laws going to trial, January 26, 2014, on The Christian
    # Science Monitor and Fox News
    ("WQ7Rr7aECJtLIX53", "http://www.csmonitor.com/USA/Latest-News-Wires/2014/0126/Tenure-for-teachers-9-California-"
                         "students-sue-to-end-policy"),
    ("4Tj4PajOvXCPhJba", "http://www.foxnews.com/us/2014/01/26/public-school-students-lawsuit-challenges-tenure-"
                         "seeks-to-ban-bad-educators/"),
    # Betsy DeVos held in contempt over Corinthian Colleges' student loans, October 25, 2019, on Slate and AP
    ("paABZI4kPOhSGJwP", "https://slate.com/news-and-politics/2019/10/federal-court-devos-contempt-student-loan-"
                         "collection-corinthian.html"),
    ("h5yn8TmO05Cp4TZm", "https://www.apnews.com/c02b3d7f3caf41a8bc25fc4080b124ce"),
    # Boris Johnson elected leader of the Conservative party, July 23, 2019, on CBN and The Guardian
    ("MK7yJcDNRCe24j7e", "https://www1.cbn.com/cbnnews/world/2019/july/who-is-boris-johnson-trump-defending-us-fan-"
                         "faces-big-battles-as-he-takes-charge-of-britain"),
    ("nHwKMlst77q1y6Q2", "https://www.theguardian.com/politics/2019/jul/23/boris-johnson-elected-new-tory-leader-"
                         "prime-minister"),
)

ABP_QUOTES_41 = (  # half 41 of evaluation/quote_real.py: five events each reported by two outlets:
    # the St. Louis police officers' association demanding the NFL discipline five Rams players for their "hands up"
    # gesture, December 1, 2014, on Breitbart News and Fox News
    ("IfQwmwIPQBlYwmic", "http://www.breitbart.com/Breitbart-Sports/2014/12/01/Police-Strike-Back-at-Rams"),
    ("O8VrfxP3MIH7N8oZ", "http://www.foxnews.com/us/2014/12/01/st-louis-police-group-demands-punishment-for-rams-"
                         "players-in-ferguson-protest/"),
    # Whitefish Energy's contract to repair Puerto Rico's power grid, October 24-25, 2017, on The Hill and Fox
    # Business (Reuters)
    ("Ha1SepVdTrLKRzFE", "http://thehill.com/homenews/news/357215-puerto-rico-governor-requests-audit-into-contract-"
                         "awarded-to-tiny-energy"),
    ("haKWQpo59moHtsa1", "http://www.foxbusiness.com/markets/2017/10/25/puerto-rico-whitefish-defend-controversial-"
                         "power-contract.html"),
    # the Soma coal mine explosion in Turkey, May 13-14, 2014, on The Christian Science Monitor and USA TODAY
    ("WkpXFcqDRzSxr6xz", "http://www.csmonitor.com/World/Middle-East/2014/0513/Turkey-coal-mine-explosion-Did-"
                         "lawmaker-s-warning-go-unheeded-video"),
    ("l4nr90E4TslaAa2X", "http://www.usatoday.com/story/news/world/2014/05/14/turkey-mine-rescue/9078279/"),
    # France's "Make Our Planet Great Again" grants to US-based climate scientists, December 11, 2017, on Breitbart
    # News and Reuters
    ("MvhCw5bvfIgVGzNZ", "http://www.breitbart.com/london/2017/12/11/macron-winners-anti-trump-competition/"),
    ("ekAPNmIY3SwwrY6X", "https://www.reuters.com/article/us-climatechange-summit/france-awards-climate-grants-to-u-s-"
                         "based-scientists-on-summit-eve-idUSKBN1E523J"),
    # a federal judge returning Yellowstone's grizzly bears to the endangered species list, September 24, 2018, on The
    # Daily Caller and The Guardian
    ("BGnWKkcVNHLgOPNp", "https://dailycaller.com/2018/09/24/federal-judge-grizzly-bear-endangered-species-list/"),
    ("aseUa3c16HitOlot", "https://www.theguardian.com/environment/2018/sep/25/yellowstone-grizzly-bears-endangered-"
                         "species-restored"),
)

ABP_QUOTES_42 = (  # half 42 of evaluation/quote_real.py: five events each reported by two outlets:
    # Serena Williams' penalties in the U.S. Open final and the row over umpires' double standard, September 9-10,
    # 2018, on Reuters and CBS News
    ("RMMhNzYYvVwlqWNk", "https://www.reuters.com/article/us-tennis-usopen-williams-osaka/serena-williams-us-open-"
                         "treatment-divides-tennis-world-idUSKCN1LP0R4"),
    ("eOxcCgHJNDQOtHcs", "https://www.cbsnews.com/news/serena-williams-u-s-open-loss-may-be-the-grossest-example-of-"
                         "sports-sexism-yet/"),
    # the Thai military's coup, May 22, 2014, on NPR and CNN
    ("7LkWcgdUUfw2d42l", "http://www.npr.org/blogs/thetwo-way/2014/05/22/314780439/coup-in-thailand-military-seizes-"
                         "control-of-country"),
    ("jcL73t0FaM7BO6Gv", "http://www.cnn.com/2014/05/22/world/asia/thailand-martial-law/index.html?hpt=hp_t1"),
    # the 69th Emmy Awards and their jokes about Trump, September 18, 2017, on Fox News and NPR
    ("Vj3uGSnXB2hIjZpe", "http://www.foxnews.com/entertainment/2017/09/18/emmys-ratings-crater-trump-bashing-to-"
                         "blame.html"),
    ("IdFpMRLNpa6B5GHZ", "http://www.npr.org/2017/09/18/551770652/the-real-spicey-crashes-the-emmys-as-stars-mock-"
                         "trump"),
    # the Marseille prosecutor finding the Germanwings co-pilot crashed his plane on purpose, March 26, 2015, on CNN
    # and ABC News
    ("TSR0qg6gF9VGHkVe", "http://www.cnn.com/2015/03/26/europe/france-germanwings-plane-crash-main/index.html"),
    ("t5vHPXGMqBWpVI47", "http://abcnews.go.com/US/germanwings-pilot-appeared-destroy-plane-prosecutor/"
                         "story?id=29918529"),
    # United Airlines' chief executive apologising again for a passenger dragged off a flight, April 11, 2017, on USA
    # TODAY and CNN Money
    ("dMJ4PT5hFN1wTdLE", "https://www.usatoday.com/story/news/nation/2017/04/11/united-ceo-employees-followed-"
                         "procedures-flier-belligerent/100317166/"),
    ("ZpQNJzksx7VVwHRk", "http://money.cnn.com/2017/04/11/news/united-passenger-pr-disaster/index.html"),
)

ABP_QUOTES_43 = (  # half 43 of evaluation/quote_real.py: five events each reported by two outlets:
    # the blizzard bearing down on Washington and the East Coast, January 22, 2016, on CNN and Fox News
    ("4741zmM9ap4yz2We", "http://www.cnn.com/2016/01/22/us/winter-snowstorm-washington-blizzard/index.html"),
    ("LGiDdlOaDucRwOOv", "http://www.foxnews.com/us/2016/01/22/capital-in-crosshairs-dc-braces-for-potentially-"
                         "historic-snowstorm.html?intcmp=hpbt1"),
    # Jayme Closs found alive three months after her parents' killing, January 11, 2019, on The Guardian and CNN
    ("BgKyE1E45aE4JQ48", "https://www.theguardian.com/us-news/2019/jan/11/jayme-closs-found-alive-three-months-"
                         "after-parents"),
    ("oo0yqoXE79urxoKK", "https://www.cnn.com/2019/01/11/us/jayme-closs-found/index.html"),
    # the Tokyo Olympics postponed over the coronavirus pandemic, March 23-24, 2020, on USA TODAY and CNN
    ("QVwMKWdGcn0xf9rW", "https://www.usatoday.com/story/sports/olympics/2020/03/23/olympics-2020-ioc-member-tokyo-"
                         "games-postponed-dick-pound-coronavirus/2899848001/"),
    ("F6BsAHugfT4mqSfJ", "https://www.cnn.com/2020/03/24/sport/olympics-postponement-tokyo-2020-spt-intl/index.html"),
    # Coca-Cola watching cannabis-infused drinks, in talks with Aurora Cannabis, September 17, 2018, on TheBlaze and
    # CNN Money
    ("mwXowZIy7NXAatF1", "https://www.theblaze.com/news/2018/09/17/coca-cola-to-get-into-the-cannabis-business-the-"
                         "space-is-evolving-quickly"),
    ("xO0clR8wjJFhLlI2", "https://money.cnn.com/2018/09/17/news/companies/coca-cola-cannabis/index.html"),
    # Narendra Modi's election victory in India, May 16, 2014, on CNN and The Washington Times (AP)
    ("ZMSFqhKXFaOWiDDK", "http://www.cnn.com/2014/05/16/world/asia/india-election-result/index.html?hpt=hp_t1"),
    ("Oa48QKLHvClFHK7K", "http://www.washingtontimes.com/news/2014/may/16/opposition-leader-narendra-modi-be-indias-"
                         "next-pri/"),
)

ABP_QUOTES_44 = (  # half 44 of evaluation/quote_real.py: five events each reported by two outlets:
    # MGM Resorts' settlement with the victims of the Las Vegas shooting, October 3, 2019, on CNN and NPR
    ("j0QkIBqj73CVHc6M", "https://www.cnn.com/2019/10/03/us/las-vegas-shooting-mgm-settlement/index.html"),
    ("ZOFnfMWVGycWhU1w", "https://www.npr.org/2019/10/03/766800480/mgm-resorts-to-pay-up-to-800-million-to-victims-of-"
                         "las-vegas-shooting"),
    # Chicago's teachers going on strike, September 10, 2012, on The New York Times and NPR
    ("uYICw8w90lJKmUmm", "http://www.nytimes.com/2012/09/10/education/with-no-contract-deal-by-deadline-in-chicago-"
                         "teachers-will-strike.html?hp&gwh=D02F797832CED78D9DF3771B0E0EEAFB"),
    ("XvZ3NeUGSXsjGPpP", "http://www.npr.org/blogs/thetwo-way/2012/09/10/160868924/chicago-teachers-on-strike-"
                         "affecting-400-000-students"),
    # the 21-day isolation of troops returning from the Ebola mission in West Africa, October 29, 2014, on USA TODAY and
    # Fox News
    ("h52rn8CIKbhVewi1", "http://www.usatoday.com/story/news/world/2014/10/29/ebola-military-isolation-troops-joint-"
                         "chiefs/18108613/"),
    ("kJTwhmN8BR5IFGmD", "http://www.foxnews.com/politics/2014/10/29/hagel-orders-21-day-quarantine-for-all-military-"
                         "personnel-returning-from-ebola/"),
    # Hurricane Harvey bearing down on Texas, August 25, 2017, on The Hill and Fox News
    ("wENK88Oew8wxd30g", "http://thehill.com/homenews/administration/347967-trump-addresses-hurricane-harvey-threat-on-"
                         "twitter"),
    ("sTKGIUKuxQSt8E8j", "http://www.foxnews.com/us/2017/08/25/nws-hurricane-harvey-strengthens-to-category-2-storm-"
                         "texans-prepare-for-worst.html"),
    # Missouri's voters rejecting the right-to-work law, August 8, 2018, on NPR and Fox News
    ("21eayTQd9ek4RUSA", "https://www.npr.org/2018/08/08/636568530/missouri-blocks-right-to-work-law"),
    ("UXaPmoW5ESnpZTzI", "http://www.foxnews.com/politics/2018/08/08/republican-law-limiting-labor-powers-defeated-in-"
                         "missouri.html"),
)

ABP_QUOTES_45 = (  # half 45 of evaluation/quote_real.py: five events each reported by two outlets:
    # an Oklahoma judge ordering Johnson & Johnson to pay $572 million for its part in the opioid crisis, August 26,
    # 2019, on ABC News and The Wall Street Journal
    ("fPffVeLsY9KLslia", "https://abcnews.go.com/US/oklahoma-judge-set-reach-decision-latest-major-opioid/story?id="
                         "65193231&cid=clicksource_4380645_null_headlines_hed"),
    ("MuA0LizeKggUByFL", "https://www.wsj.com/articles/johnson-johnson-ordered-to-pay-572-million-in-oklahoma-opioid-"
                         "case-11566850079?mod=hp_lead_pos1"),
    # the first US air strike on the Taliban since the peace deal, March 4, 2020, on Al Jazeera and Fox News
    ("Lu6Bj7HklF8EcDEq", "https://www.aljazeera.com/news/2020/03/conducts-air-strike-taliban-peace-deal-"
                         "200304085937305.html"),
    ("0x1ORQaP47xViEMa", "https://www.foxnews.com/world/in-first-attack-since-peace-deal-us-military-says-it-"
                         "conducted-airstrike-against-taliban-forces"),
    # the NBA suspending its season after Utah Jazz players tested positive for the coronavirus, March 11-12, 2020, on
    # ESPN and The Daily Wire
    ("2Spq5gQmthECCOy5", "https://www.espn.com/nba/story/_/id/28887560/nba-suspends-season-further-notice-player-"
                         "tests-positive-coronavirus"),
    ("NI91ROzR6EZ5BFWT", "https://www.dailywire.com/news/breaking-second-nba-player-tests-positive-for-coronavirus-"
                         "players-cite-teammates-careless-behavior"),
    # a woman shot dead by police after a car chase from the White House to the Capitol, October 3, 2013, on Politico
    # and Fox News
    ("cTRfUOAhkCXQ0Tjs", "http://www.politico.com/story/2013/10/shots-fired-capitol-hill-97808.html?hp=t1"),
    ("aUKn4XhRlMUtUPmZ", "http://www.foxnews.com/politics/2013/10/03/us-capitol-in-lockdown-reports-shots-fired/"),
    # a federal judge blocking the end of DACA, January 9-10, 2018, on USA TODAY and Townhall
    ("G7LPnBzdB1av4xV8", "https://www.usatoday.com/story/news/politics/2018/01/09/federal-judge-blocks-trump-daca/"
                         "1019530001/"),
    ("dHyFdMC9rxGiRauO", "https://townhall.com/tipsheet/leahbarkoukis/2018/01/10/judge-blocks-trump-move-to-end-daca-"
                         "n2432477"),
)

ABP_QUOTES_46 = (  # half 46 of evaluation/quote_real.py: five events each reported by two outlets:
    # the first federal execution in 17 years, hours after the Supreme Court cleared the way, July 14, 2020, on The Hill
    # and NBC News
    ("2W1WED0JCBIU7WlD", "https://thehill.com/homenews/administration/507199-federal-prisoner-executed-hours-after-"
                         "supreme-court-decision"),
    ("IHtW6TgHxlfrPJsk", "https://www.nbcnews.com/news/us-news/first-federal-execution-17-years-carried-out-indiana-"
                         "after-supreme-n1233749"),
    # Moderna's first results from its coronavirus vaccine's safety trial, May 18, 2020, on Newsmax and The Washington
    # Post
    ("cbWba6IogGxgUQg2", "https://www.newsmax.com/finance/streettalk/moderna-vaccine-study/2020/05/18/id/967793/"),
    ("hsE8We6zUxKfi4Zo", "https://www.washingtonpost.com/health/2020/05/18/coronavirus-vaccine-first-results/"),
    # Sportsnet firing the hockey commentator Don Cherry over his remarks on immigrants, November 11-12, 2019, on The
    # Post Millennial and AP
    ("dfZT7mpdd10F1YPl", "https://www.thepostmillennial.com/breaking-don-cherry-fired-from-sportsnet/"),
    ("lNolxJP3p0JOusG4", "https://apnews.com/c6927167304644afb90f8c5be6fc799e"),
    # a US warship downing an Iranian drone in the Strait of Hormuz, July 18, 2019, on the Daily Mail and Fox News
    ("47k1Izy3EmuHKvVL", "https://www.dailymail.co.uk/news/article-7262485/Trump-says-U-S-Navy-shot-provocative-"
                         "hostile-Iranian-drone.html"),
    ("qR4bp0sioCtkm8pO", "https://www.foxnews.com/world/trump-us-warship-iranian-drone-strait-hormuz"),
    # UN experts asking for an inquiry into the hacking of Jeff Bezos' phone and Saudi Arabia's denial, January 22,
    # 2020, on the New York Post and the BBC
    ("K2rNbXoSBNVucGMs", "https://nypost.com/2020/01/22/saudi-arabia-calls-claims-that-crown-prince-hacked-jeff-bezos-"
                         "phone-absurd/"),
    ("I2dtcXaiYe3DBuXl", "https://www.bbc.com/news/world-us-canada-51210743"),
)

ABP_QUOTES_47 = (  # half 47 of evaluation/quote_real.py: five events each reported by two outlets:
    # Virginia's governor Ralph Northam refusing to resign over the racist photo on his yearbook page, February 2,
    # 2019, on the BBC and TheBlaze
    ("2CNzQFXZdQgRqxZm", "https://www.bbc.com/news/world-us-canada-47102614"),
    ("b8vSdrUMMxv58Ok4", "https://www.theblaze.com/news/ralph-northam-virginia-wont-resign"),
    # Doug Jones winning Alabama's Senate special election over Roy Moore, who would not concede, December 12-13,
    # 2017, on Fox News and The Hill
    ("B3FhThF0QgwoDz8m", "http://www.foxnews.com/politics/2017/12/13/alabama-senate-election-doug-jones-wins-in-"
                         "major-upset-roy-moore-wont-yet-concede.html"),
    ("RJfuCblGg90kG0KA", "http://thehill.com/homenews/campaign/364658-alabama-gop-this-race-has-ended"),
    # 19 firefighters killed by a wildfire near Yarnell, Arizona, July 1, 2013, on The Christian Science Monitor and
    # NPR
    ("28HeIQdY65cNHS80", "http://www.csmonitor.com/USA/Latest-News-Wires/2013/0701/19-firefighters-killed-battling-"
                         "Arizona-wildfire-worst-toll-since-9-11?nav=89-csm_category-leadStory"),
    ("SOmQ98sPP2foVOxS", "http://www.npr.org/blogs/thetwo-way/2013/07/01/197556858/arizona-wildfire-kills-19-"
                         "firefighters-deadliest-in-decades"),
    # hate crime charges against four people over a beating in Chicago streamed on Facebook Live, January 5, 2017, on
    # Fox News and NPR
    ("Yub2IhDh8HHDxyT2", "http://www.foxnews.com/us/2017/01/05/hate-crime-charges-filed-in-chicago-beating-shown-on-"
                         "facebook-live.html"),
    ("nDieEo48LlsbfXWg", "http://www.npr.org/sections/thetwo-way/2017/01/05/508331652/4-people-in-custody-in-"
                         "chicago-over-beating-live-streamed-on-facebook"),
    # the Federal Trade Commission's reported $5 billion settlement with Facebook over its privacy breaches, July 12,
    # 2019, on The Hill and The Verge
    ("FVeDdJhbCveeIH21", "https://thehill.com/policy/technology/452855-ftc-settles-with-facebook-for-5-billion-fine-"
                         "report"),
    ("MgXEqyP3dd6ppRU4", "https://www.theverge.com/2019/7/12/20692524/facebook-five-billion-ftc-fine-embarrassing-"
                         "joke"),
)

ABP_QUOTES_48 = (  # half 48 of evaluation/quote_real.py: five events each reported by two outlets:
    # West Virginia's governor Jim Justice approving the firing of corrections cadets and instructors over a photo of
    # their class giving a Nazi salute, December 30, 2019, on the New York Post and NPR
    ("J6pehXtcoozGclPe", "https://nypost.com/2019/12/30/west-virginia-governor-fires-corrections-officers-over-"
                         "nazi-salute/"),
    ("XnlrreSeUTAKuBhP", "https://www.npr.org/2019/12/30/792503476/west-virginia-governor-approves-firing-all-"
                         "cadets-who-posed-in-nazi-like-salute-"),
    # Maine's governor Paul LePage and the nurse Kaci Hickox, back from treating Ebola patients, at odds over her
    # quarantine, October 30-31, 2014, on The Washington Times and The New York Times
    ("Cbb0RzGFrjQnoAtE", "http://www.washingtontimes.com/news/2014/oct/30/paul-lepage-talks-kaci-hickox-ebola-"
                         "quarantine-off/"),
    ("mRH9Radqm2unuZCA", "http://www.nytimes.com/2014/10/31/us/kaci-hickox-nurse-under-ebola-quarantine-takes-bike-"
                         "ride-defying-maine-officials.html?hp&action=click&pgtype=Homepage&module=second-column-"
                         "region&region=top-news&WT.nav=top-news"),
    # a Dallas jury finding the former police officer Amber Guyger guilty of murdering her neighbour Botham Jean,
    # October 1, 2019, on National Review and NPR
    ("6WvH4r9Lomqv3JF1", "https://www.nationalreview.com/news/jury-finds-former-dallas-cop-amber-guyger-guilty-of-"
                         "murder-in-mistaken-apartment-killing/"),
    ("rPYlIZvddIROuumw", "https://www.npr.org/2019/10/01/765788338/ex-dallas-officer-who-killed-neighbor-in-"
                         "upstairs-apartment-found-guilty-of-murd"),
    # Iran's foreign minister Javad Zarif warning of "all-out war" if the US or Saudi Arabia strikes Iran over the
    # attack on Saudi oil plants, September 19, 2019, on Newsmax and Politico
    ("KzdcLRd3SZQFKAqN", "https://www.newsmax.com/headline/zarif-iran-alloutwar-if/2019/09/19/id/933362/"),
    ("VhrGuAKhiDQKs0ji", "https://www.politico.com/story/2019/09/19/irans-foreign-minister-threatens-war-1502584"),
    # the AFL-CIO and the U.S. Chamber of Commerce agreeing on a guest-worker programme for the Senate's immigration
    # bill, March 30-31, 2013, on Politico and The Christian Science Monitor
    ("c9mpKE8iKS2FwZE9", "http://www.politico.com/story/2013/03/immigration-deal-reached-89489.html"),
    ("TP0pLfIJ34p3zZ9D", "http://www.csmonitor.com/USA/Politics/2013/0331/Business-labor-reach-immigration-deal-on-"
                         "guest-workers.-Will-it-stand"),
)

ABP_QUOTES_49 = (  # half 49 of evaluation/quote_real.py: five events each reported by two outlets:
    # two of the US swimmers whose robbery story Rio's police doubted leaving Brazil and a third agreeing to pay to
    # settle, August 18-19, 2016, on The Washington Times and the BBC
    ("uelAlY81Lv0uOS2N", "http://www.washingtontimes.com/news/2016/aug/19/us-swimmers-gunnar-bentz-jack-conger-leave-"
                         "rio-jam/"),
    ("6vhVjGXgU8tpWXH0", "http://www.bbc.com/news/world-latin-america-37130024"),
    # Facebook taking down and then restoring Elizabeth Warren's ads calling for big technology companies to be broken
    # up, March 11-12, 2019, on Politico and USA TODAY
    ("CiuLM3JApPtsMIej", "https://www.politico.com/story/2019/03/11/facebook-removes-elizabeth-warren-ads-1216757"),
    ("6duQKBIV4dF9qIMp", "https://www.usatoday.com/story/tech/news/2019/03/12/elizabeth-warren-facebook-ads-on-"
                         "breaking-up-tech-temporarily-pulled/3137915002/"),
    # Kentucky's outgoing governor Matt Bevin pardoning or commuting the sentences of hundreds of convicts, murderers
    # among them, December 13, 2019, on NPR and CNN
    ("eODpbpeoU5XbK9Ay", "https://www.npr.org/2019/12/13/787811560/on-his-way-out-kentucky-gov-matt-bevin-pardons-"
                         "murderers-rapists-hundreds-more"),
    ("pza5RSfcC6ke6LRj", "https://www.cnn.com/2019/12/13/politics/former-kentucky-governor-matt-bevin-pardons/"
                         "index.html"),
    # North Korea denying the hacking of Sony Pictures and proposing a joint inquiry with the US, December 20, 2014,
    # on USA TODAY and Newsmax
    ("OdO3felAet24DRtW", "http://www.usatoday.com/story/news/world/2014/12/20/north-korea-joint-probe-sony-hacking/"
                         "20686131/"),
    ("MqeZ3UB9lhHbWLn9", "http://www.newsmax.com/Headline/sony-hack-cyberattack-korea/2014/12/20/id/614190/"),
    # investigators on the helicopter crash that killed Kobe Bryant and eight others, January 26-27, 2020, on Fox
    # News and the New York Post
    ("G9zhrtrz6WAW1fsg", "https://www.foxnews.com/sports/weather-conditions-eyed-in-kobe-bryant-helicopter-crash-"
                         "officials-say"),
    ("4eR79HLDgfoWTQWI", "https://pagesix.com/2020/01/27/kobe-bryants-helicopter-was-flying-dangerously-low-before-"
                         "fatal-crash/?_ga=2.43873637.1154913837.1580136669-1766278703.1563803294"),
)

ABP_QUOTES_50 = (  # half 50 of evaluation/quote_real.py: five events each reported by two outlets:
    # four more of the boys trapped in a flooded cave in northern Thailand brought out by divers on the rescue's
    # second day, July 9, 2018, on Fox News and CNN
    ("riyPRlVHhODXg95C", "http://www.foxnews.com/world/2018/07/09/4-freed-from-thailand-cave-but-rescuers-face-war-"
                         "with-water-and-time-to-get-to-others.html"),
    ("d0kdJ8oi4do9Pnl1", "https://www.cnn.com/2018/07/09/asia/thai-cave-rescue-intl/index.html"),
    # Amazon dropping its plan for a second headquarters in New York City, and New York's governor and politicians
    # answering, February 14, 2019, on CBS News and Fox News
    ("d5ZEWNtCpfqcNVf1", "https://www.cbsnews.com/news/amazon-long-island-city-amazon-cancels-plans-for-new-york-city-"
                         "hq2-today-2019-02-14-live-updates-breaking-news/"),
    ("1HjSGOtTTKya9DMR", "https://www.foxnews.com/tech/cuomo-slams-ocasio-cortez-others-as-amazon-ditches-new-york"),
    # Iran's Revolutionary Guard seizing a British-flagged oil tanker in the Strait of Hormuz and Britain's warning,
    # July 19-20, 2019, on CNBC and USA TODAY
    ("IpHPhRBnEN7BsJHT", "https://www.cnbc.com/2019/07/19/british-oil-tanker-reportedly-seized-by-iranian-forces.html"),
    ("GGtsDM78g2ogl8f7", "https://www.usatoday.com/story/news/world/2019/07/20/britain-warns-iran-over-seized-oil-"
                         "tanker-strait-hormuz-us-iran-tensions/1784626001/"),
    # the search for two murderers who escaped from a prison in upstate New York, June 11, 2015, on CNN and NPR
    ("lnjPjeErYb5ZTLeV", "http://www.cnn.com/2015/06/11/us/new-york-prison-break/index.html"),
    ("gFUc33myLxN6XmTC", "http://www.npr.org/sections/thetwo-way/2015/06/11/413611720/authorities-beef-up-search-for-"
                         "killers-who-escaped-new-york-prison"),
    # the first Boston Marathon after the bombings, won by Meb Keflezighi, April 21, 2014, on Newsmax and NPR's live
    # blog
    ("p2e8KvkLzM8zjKdy", "http://www.newsmax.com/Headline/Boston-Marathon-begins-security-bombings/2014/04/21/id/"
                         "566719/"),
    ("ADUDzEBJnNho54mF", "http://www.npr.org/blogs/thetwo-way/2014/04/21/301978666/live-blog-the-118th-running-of-"
                         "the-boston-marathon"),
)

ABP_QUOTES_51 = (  # half 51 of evaluation/quote_real.py: five events, four of them reported by two outlets:
    # Chinese airlines and Ethiopian Airlines grounding their Boeing 737 MAX 8 jets the day after the Ethiopian
    # Airlines crash near Addis Ababa, March 11, 2019, on Reuters and The Guardian
    ("gTyjKwUfrz0rmizv", "https://www.reuters.com/article/us-ethiopia-airlines-china/chinese-carriers-ethiopian-"
                         "airlines-halt-use-of-boeing-737-max-8-aircraft-after-crash-idUSKBN1QS01Z"),
    ("8zDuCQ6VycFl5XfZ", "https://www.theguardian.com/world/2019/mar/11/ethiopia-airline-crash-china-grounds-boeing-"
                         "737-max-8-jets-in-wake-of-disaster"),
    # Julian Assange arrested by London's police in Ecuador's embassy and charged in the US, April 11, 2019, on The
    # Hill and USA TODAY
    ("41L0TtROhPULVTyT", "https://thehill.com/blogs/blog-briefing-room/news/438369-assange-arrested-in-london"),
    ("IUEKHlSQYUiGOxla", "https://www.usatoday.com/story/news/politics/2019/04/11/wikileaks-founder-julian-assange-"
                         "arrested-london-embassy/3432977002/"),
    # the report that the NSA tapped the links between Google's and Yahoo's data centres abroad, with the companies
    # and the agency answering, October 30, 2013, on The Christian Science Monitor and Fox News
    ("RSZSGVbi3zpively", "http://www.csmonitor.com/USA/Latest-News-Wires/2013/1030/Google-outraged-by-NSA-targeting-"
                         "of-international-data-centers"),
    ("OgqA1a8GRjWtOjd3", "http://www.foxnews.com/politics/2013/10/30/nsa-secretly-tapped-google-yahoo-data-centers-"
                         "worldwide-new-report-claims/"),
    # four Minneapolis police officers fired after the death of George Floyd, May 27, 2020, on Reuters (AP's page of
    # the same day left out to keep the half near its size)
    ("yrjbmdPVUoDSsl3R", "https://www.reuters.com/article/us-minneapolis-police/four-minneapolis-policemen-fired-"
                         "after-death-of-unarmed-black-man-idUSKBN23234W"),
    # Hong Kong's leader Carrie Lam withdrawing the extradition bill and protesters answering, September 4, 2019, on
    # The Washington Times and The Epoch Times
    ("s9ZjyvwEua7Z0JkR", "https://www.washingtontimes.com/news/2019/sep/4/carrie-lam-hong-kong-leader-withdraws-"
                         "extradition-/"),
    ("A4CEqOHCl8qxDbKo", "https://www.theepochtimes.com/hong-kong-protesters-and-activists-say-withdrawal-of-"
                         "extradition-bill-is-too-little-too-late_3068578.html"),
)

ABP_QUOTES_52 = (  # half 52 of evaluation/quote_real.py: five events each reported by two outlets:
    # a man with a meat cleaver shot dead outside a Paris police station on the anniversary of the Charlie Hebdo
    # attack, January 7, 2016, on Fox News and CNN
    ("avrxjBkxlPvOhcAB", "http://www.foxnews.com/world/2016/01/07/knife-wielding-attacker-killed-outside-paris-"
                         "police-station-on-charlie-hebdo-attack-anniversary.html?intcmp=hpbt3"),
    ("vRf9QrAyCcx0a59V", "http://www.cnn.com/2016/01/07/europe/paris-gunfire-charlie-hebdo-anniversary/index.html"),
    # hackers based in China suspected of stealing the records of four million federal employees from the Office of
    # Personnel Management, June 4, 2015, on Politico and The Christian Science Monitor
    ("WZ6GMz978pu6SVXp", "http://www.politico.com/story/2015/06/personal-data-of-4-million-federal-employees-"
                         "hacked-118655.html?hp=lc1_4"),
    ("rPmiKoe4OMn4IEUK", "http://www.csmonitor.com/USA/2015/0604/Has-China-hacked-into-4-million-federal-HR-files-"
                         "video"),
    # the Houston Rockets' general manager's deleted tweet backing Hong Kong's protesters, and China's and the NBA's
    # answers, October 7-8, 2019, on CNBC and AP
    ("o2A0NVXn3uSMty0Y", "https://www.cnbc.com/2019/10/07/houston-rockets-gm-morey-deletes-tweet-about-hong-kong.html"),
    ("xEzI5vbUfG4l3ZFs", "https://www.apnews.com/cacbc722f6834e64814f82b14752682c"),
    # the son of a federal judge, Esther Salas, shot dead and her husband wounded at their New Jersey home, July 20,
    # 2020, on NBC News and NPR
    ("pKdCdkt25PMVbpv4", "https://www.nbcnews.com/news/us-news/son-new-jersey-federal-judge-killed-husband-critical-"
                         "after-being-n1234320"),
    ("6S2M1vJpVRMuuL1U", "https://www.npr.org/2020/07/20/892923945/gunman-dressed-as-fedex-driver-kills-son-wounds-"
                         "husband-of-new-jersey-federal-ju"),
    # Michigan's governor signing the right-to-work bills as unions protested at the Capitol, December 11, 2012, on
    # The Washington Times and CNN Money
    ("GfJxSWOMdFnqNcXq", "http://www.washingtontimes.com/news/2012/dec/11/unions-furious-michigan-holds-right-work-"
                         "vote/"),
    ("A2lJxGmWrByMtFEu", "http://money.cnn.com/2012/12/11/news/economy/michigan-right-to-work-vote/index.html"),
)

ABP_REWRITES_21 = (  # half "unseen21" of evaluation/align_rewrites.py (no furniture gold): three outlets retelling an
    # AP story of the same day: the New York Post's of China's word on lifting tariff hikes, Fox News' of the rule
    # barring abortion counseling at federally funded clinics, CBS News' of New York's new abortion law
    ("329aRHtw2uJbei6I",
     "https://nypost.com/2019/11/07/china-says-beijing-and-us-agreed-to-lift-tariff-hikes-as-trade-talks-proceed/"),
    ("9CMwzJJVs4vAcUUv", "https://apnews.com/f5a4f11889224eb1bfeadc97f3d941f3"),
    ("qD1gyEzrwoMFEj7B", "http://www.foxnews.com/politics/2018/05/18/"
     "trump-takes-on-planned-parenthood-with-ban-on-abortion-counseling-at-federally-funded-clinics.html"),
    ("AjUJ7phQfuudVdW5",
     "https://apnews.com/a777f010d69347468e8b2945ab339348/Trump-thrusts-abortion-fight-into-crucial-midterm-elections"),
    ("cXH3GGAtt5LmDAPF", "https://www.cbsnews.com/news/"
     "new-york-passes-abortion-bill-up-to-birth-due-date-if-mothers-health-is-at-risk-today-2019-01-23/"),
    ("mAdbLHBbicSr4Wm9", "https://www.apnews.com/d9c56babf0a14593bae804e841249937"),
)

ABP_REWRITES_22 = (  # half "unseen22" of evaluation/align_rewrites.py (no furniture gold): Newsmax's retelling of
    # Reuters' story of the call for Adam Schiff to resign, Fox News' of AP's story of Obama's week against terrorism
    # (AP's as the Washington Times printed it), the Guardian's of AP's entry on a shooting in Seattle's protest zone
    ("wJ5g0MLOiniIYGdP", "https://www.reuters.com/article/us-usa-trump-russia/"
     "trump-republican-lawmakers-call-on-house-intelligence-chairman-to-resign-idUSKCN1R917C"),
    ("51EHwLVH9fdFUHMm", "https://www.newsmax.com/newsfront/trump-schiff-forced-resign/2019/03/28/id/909073/"),
    ("4h7adTkAaO5Ez1tt",
     "http://www.washingtontimes.com/news/2015/dec/14/obama-ramps-bid-explain-how-us-will-fight-extremis/"),
    ("1wt2H0x2uSa8QjOY", "http://www.foxnews.com/politics/2015/12/14/"
     "obamas-anti-terror-visits-this-week-include-pentagon-stop-but-no-strategy-changes-expected.html?intcmp=hpbt1"),
    ("VJeJO6pQArC6LEVF", "https://news.yahoo.com/latest-seattle-police-person-wounded-083210029.html"
     "?soc_src=newsroom&soc_trk=com.apple.UIKit.activity.CopyToPasteboard&.tsrc=newsroom"),
    ("ZS65rfqQI0XmiwnA",
     "https://www.theguardian.com/us-news/2020/jun/22/seattle-shooting-chaz-protest-capitol-hill-autonomous-zone"),
)

ABP_REWRITES_23 = (  # half "unseen23" of evaluation/align_rewrites.py (no furniture gold): Fox News' retelling of AP's
    # story of Commerce Secretary Bryson's crashes (AP's as the Washington Times printed it), the Christian Science
    # Monitor's and USA TODAY's stories of the Ebola quarantines (both with AP's material), Vox's and Fox News' stories
    # of an Amtrak train striking a freight train in South Carolina
    ("R2kqFxRJkBdnmPeP",
     "http://www.washingtontimes.com/news/2012/jun/11/commerce-secretary-bryson-cited-felony-hit-and-run/"),
    ("0lKgKWesSO1u4zVN", "http://www.foxnews.com/politics/2012/06/11/"
     "us-commerce-secretary-accused-causing-2-car-crashes-in-los-angeles/"),
    ("9o4i8tVwIA7T1nRu", "http://www.csmonitor.com/USA/DC-Decoder/2014/1026/"
     "Quarantine-or-not-Key-Ebola-question-pits-Obama-vs.-governors-video"),
    ("JyqAuSE4q0ADW3ZV",
     "http://www.usatoday.com/story/theoval/2014/10/26/obama-ebola-quarantine-samantha-power-anthony-fauci/17955781/"),
    ("7f2UtEUHevJx6Wyi", "https://www.vox.com/latest-news/2018/2/4/16970044/south-carolina-train-collision-amtrak-csx"),
    ("mKWWQp9ojQA3iXJj",
     "http://www.foxnews.com/us/2018/02/04/amtrak-csx-trains-collide-in-south-carolina-injuries-reported.html"),
)

ABP_REWRITES_24 = (  # half "unseen24" of evaluation/align_rewrites.py (no furniture gold): AP's story of Attorney
    # General Barr's hearing in doubt against the Washington Times' copy with edits, AP's story of ABC News' leaked
    # video of Amy Robach against the New York Post's retelling, Reuters' story of Seattle Mayor Ed Murray's
    # resignation against Fox News' (with AP's material)
    ("Hxh0WbJz33iyQVv5", "https://www.apnews.com/06c8721db0b944d192cddef2bfdaa8a6"),
    ("DkQ4OrtC0OITk2R2",
     "https://www.washingtontimes.com/news/2019/apr/28/william-barr-mueller-report-testimony-doubt-amid-d/"),
    ("ta3tntH6HbG2LY1P", "https://apnews.com/d86bb556a04144239b54f66018722db2"),
    ("AZtDouqiiLOxmRr7",
     "https://nypost.com/2019/11/05/abc-news-amy-robach-claims-network-quashed-jeffrey-epstein-coverage-on-hot-mic/"),
    ("fLcLqrF2k2hp0hpZ", "https://www.reuters.com/article/us-washington-seattle-mayor/"
     "seattle-mayor-facing-sexual-abuse-allegations-says-he-will-resign-idUSKCN1BN2TA"),
    ("AnPh1r6efQ4H2cl7", "http://www.foxnews.com/politics/2017/09/12/"
     "seattle-mayor-ed-murray-to-resign-following-multiple-accusations-sexual-abuse.html"),
)

ABP_REWRITES_25 = (  # half "unseen25" of evaluation/align_rewrites.py (no furniture gold): Reuters' story of the missed
    # deadline for Trump's tax returns against Newsmax's copy of its earlier version with edits, AP's story of
    # Tillerson's ultimatum to Russia (as the Washington Times printed it) against Fox News' retelling, Reuters' story
    # of Jussie Smollett charged against Newsmax's retelling of the next day's news
    ("SqbAXQ5tr0SBBbAe", "https://www.reuters.com/article/us-usa-trump-tax/"
     "congress-deadline-looms-for-release-of-trump-tax-returns-idUSKCN1RZ0W8"),
    ("V8psC7qdTDa9kMTl", "https://www.newsmax.com/politics/trump-tax-returns-deadline-irs/2019/04/23/id/912991/"),
    ("w3HNIuNIyUm6x5C0",
     "http://www.washingtontimes.com/news/2017/apr/11/rex-tillerson-top-diplomats-hold-urgent-meeting-sy/"),
    ("frZ6Zgc2nQa0To3A", "http://www.foxnews.com/politics/2017/04/11/"
     "tillerson-issues-ultimatum-to-russia-after-meeting-with-top-diplomats-at-g7-summit.html"),
    ("pksOcgdVhVsr7pny", "https://www.reuters.com/article/us-people-jussie-smollett/"
     "actor-jussie-smollett-charged-with-filing-false-police-report-idUSKCN1Q92LU"),
    ("DfumECjSsidJGBJM", "https://www.newsmax.com/newsfront/smollett-arrested-chicago/2019/02/21/id/903647/"),
)

ABP_REWRITES_26 = (  # half "unseen26" of evaluation/align_rewrites.py (no furniture gold): AP's story of Ariel
    # Castro found dead in his cell (as the Christian Science Monitor printed it) against Fox News' retelling with AP's
    # material, Reuters' story of Republican senators warning Trump not to fire Mueller against Townhall's retelling,
    # AP's story of the Pentagon watchdog's audit of a border wall contract against National Review's
    ("iB7ef8FwmNaa0Oye", "http://www.csmonitor.com/USA/Latest-News-Wires/2013/0904/"
     "Ariel-Castro-Ohio-kidnapper-and-rapist-found-dead-in-prison"),
    ("QEGpKeys8Hb7E4wa", "http://www.foxnews.com/us/2013/09/04/cleveland-kidnapper-ariel-castro-found-hanging-in-cell/"),
    ("uzSMVP2DfveJ0Pvz", "https://www.reuters.com/article/us-usa-trump-russia/"
     "republican-senators-warn-trump-not-to-end-russia-probe-idUSKBN1GU0M9"),
    ("USekGMCYvLcBOzd8",
     "https://townhall.com/tipsheet/leahbarkoukis/2018/03/19/trump-lawyer--no-plans-to-fire-mueller-n2462314"),
    ("f88pmtBQ7Luv6Ahf", "https://apnews.com/d2474701743e9cc9f7ffda888b5371e9"),
    ("Ltxy1MEXfPdcmPV1", "https://www.nationalreview.com/news/"
     "pentagon-watchdog-to-review-border-wall-contract-awarded-to-company-repeatedly-praised-by-trump/"),
)


ABP_REWRITES_27 = (  # half "unseen27" of evaluation/align_rewrites.py (no furniture gold): Reuters' story of Time
    # naming Pope Francis its Person of the Year against NPR's retelling, AP's story of the retired St. Louis police
    # captain killed at a pawn shop against NBC News', Reuters' story of Senator Murkowski "disturbed" by McConnell's
    # work with the White House against the Guardian's copy with edits
    ("BgzostfBptU26xSk",
     "http://www.reuters.com/article/2013/12/11/us-usa-pope-personoftheyear-idUSBRE9BA0JF20131211"),
    ("yB6zOihTGzO0UdjU",
     "http://www.npr.org/blogs/thetwo-way/2013/12/11/250171148/pope-francis-is-person-of-the-year-time-says"),
    ("DcjFzmmTrm9PgKUo", "https://apnews.com/1421b4f84e39488c41c0a285dba8a8cc"),
    ("QMtWdmgWm2YKUfY8", "https://www.nbcnews.com/news/us-news/"
     "retired-st-louis-police-captain-killed-looters-while-trying-protect-n1223386"),
    ("Vwtbo94QbhCojfdb", "https://www.reuters.com/article/us-usa-trump-impeachment/"
     "republican-senator-disturbed-by-mcconnells-work-with-white-house-on-impeachment-trial-idUSKBN1YT0O2"),
    ("SU71oJG2tNQT60RV", "https://www.theguardian.com/us-news/2019/dec/26/"
     "trump-impeachment-lisa-murkowski-disturbed-by-mitch-mcconnells-stance"),
)


ABP_REWRITES_28 = (  # half "unseen28" of evaluation/align_rewrites.py (no furniture gold): Reuters' story of Trump's
    # impeachment trial entering its second week against Independent Journal Review's copy of its earlier version with
    # edits, AP's story of Hillary Clinton saying "nobody likes" Bernie Sanders against TheBlaze's retelling, Reuters'
    # story of Trump endorsing Roy Moore against The Daily Caller's retelling
    ("aineTUX0010U4tkb", "https://www.reuters.com/article/us-usa-trump-impeachment/"
     "trump-trial-enters-pivotal-week-as-calls-for-witnesses-grow-idUSKBN1ZQ13H"),
    ("bdJ4tHxou9k404v7", "https://ijr.com/trump-lawyers-wrap-up-defense-senate/"),
    ("lqIPJ4vpnIWubLPP", "https://apnews.com/92c5b7f05fd6ea3b9498d3b9ab2a9506"),
    ("qmLQ32UiWbWByCPM",
     "https://www.theblaze.com/news/hillary-clinton-rips-career-politician-bernie-sanders-with-brutal-honesty"),
    ("cdAnim6hLxUbClAe", "https://www.reuters.com/article/us-usa-congress-moore/"
     "trump-backs-alabama-republican-senate-candidate-moore-idUSKBN1DY18L"),
    ("sjhsVa0RMrLnmsgi", "http://dailycaller.com/2017/12/04/trump-gives-roy-moore-his-full-endorsement/"),
)


ABP_REWRITES_29 = (  # half "unseen29" of evaluation/align_rewrites.py (no furniture gold): AP's story of the House
    # Judiciary Committee's court filing on Don McGahn against Breitbart's retelling, Reuters' story of Michael Cohen
    # paying a firm to rig online polls against The Daily Beast's retelling, AP's story of the U.S. arming Kurdish
    # forces in Iraq (as the Washington Times printed it) against Fox News' copy with edits
    ("rsjI4VWJEqN20NEp", "https://apnews.com/867403d69b0135e020b7d5a1963f2033"),
    ("a8GCyvhPYKqlbBEU", "https://www.breitbart.com/politics/2019/12/23/"
     "democrats-tell-court-more-impeachment-articles-maybe-if-trump-lawyer-testifies/"),
    ("63UR9WtipAASRNOE", "https://www.reuters.com/article/us-usa-trump-cohen/"
     "ex-trump-lawyer-rigging-polls-was-at-the-direction-of-trump-idUSKCN1PB1PZ"),
    ("VkvlXi6UljJQhn6U", "https://www.thedailybeast.com/cohen-hired-it-firm-to-rig-online-polls-for-trump-says-report"),
    ("Xeu9i2R93p8gbSPG",
     "http://www.washingtontimes.com/news/2014/aug/11/apnewsbreak-us-sending-arms-to-kurds-in-iraq/"),
    ("VkjL5MTB2Q6Ym5Bt", "http://www.foxnews.com/politics/2014/08/11/"
     "us-reportedly-sending-arms-to-iraq-kurds-in-battle-against-militants/"),
)

ABP_REWRITES_30 = (  # half "unseen30" of evaluation/align_rewrites.py (no furniture gold): Reuters' story of the
    # Islamic State bombing that killed four Americans in Manbij, Syria, against Bloomberg's retelling, AP's story of
    # the rope found in Bubba Wallace's garage stall against The Washington Post's, AP's story of the ban on cruises to
    # Cuba against the Daily Mail's copy of its earlier version with edits
    ("niefJs4K6ezSINM9", "https://www.reuters.com/article/us-mideast-crisis-syria-blast/"
     "blast-claimed-by-islamic-state-kills-u-s-troops-in-syria-idUSKCN1PA1GQ"),
    ("JGm3E5lo6HJNIWzC", "https://www.bloomberg.com/news/articles/2019-01-16/"
     "syrian-explosion-injures-several-including-americans-anadolu?srnd=premium"),
    ("6JSvbQyav1VEOKSZ", "https://apnews.com/8eb942adcbcb45820e164dd03be4e7d0"),
    ("GrkpwGJiRZJOpqMI", "https://www.washingtonpost.com/sports/2020/06/23/"
     "fbi-no-crime-committed-bubba-wallaces-garage-stall-noose-was-there-since-october/"),
    ("kB6PoJDUeTIR16ph", "https://www.apnews.com/67c721daee8143d4a2e6ee8c401bf215"),
    ("YyBA68nd3FZ6rWW0",
     "https://www.dailymail.co.uk/news/article-7103433/Trump-administration-puts-new-restrictions-Cuba-travel.html"),
)

ABP_REWRITES_31 = (  # half "unseen31" of evaluation/align_rewrites.py (no furniture gold): AP's story of the troops
    # sent to the southern border as a caravan crossed Mexico against the Guardian's copy with edits, AP's story of the
    # White House whistleblower on overruled security clearance denials against Vice News' retelling, AP's story of
    # Netanyahu's uncertain future after Israel's third election against CBN News' retelling
    ("A5ZYE42H2MkDfP0c", "https://www.apnews.com/e7ffd2d5764244cdb1d1474bd895a863"),
    ("iK7MuLKJ8B4y9ZkM", "https://www.theguardian.com/us-news/2018/oct/25/us-troops-mexico-border-caravan"),
    ("D8rYukaTR0NY4KEw", "https://www.apnews.com/1759ac2858ee4aafb041f91cbd6d86e9"),
    ("P5qJzJyHKcAL6MmW", "https://news.vice.com/en_us/article/d3mmky/"
     "drugs-crime-and-foreign-ties-arent-enough-to-deny-a-white-house-security-clearance-whistleblower-says"),
    ("si3K06GPVOBZzdG0", "https://apnews.com/39e3dfb7abe5d933933dd6e117b341f8"),
    ("9dBKm19UZuMzk7os", "https://www1.cbn.com/cbnnews/israel/2020/march/"
     "netanyahu-celebrates-biggest-win-of-my-life-but-still-short-of-majority-to-stay-in-power"),
)

ABP_REWRITES_32 = (  # half "unseen32" of evaluation/align_rewrites.py (no furniture gold): Bloomberg's story of
    # February's payrolls against Newsmax's copy of its earlier version, the San Francisco Chronicle's first report of
    # Berkeley's mayor asking the university to cancel a "Free Speech Week" against the Washington Free Beacon's
    # retelling, Reuters' story of Trump signing the Uighur sanctions bill against Al Jazeera's
    ("i76YG0b7AUUQGMD9", "https://www.bloomberg.com/news/articles/2019-03-08/"
     "u-s-payroll-gains-plunge-to-20-000-while-wages-top-estimates?srnd=premium"),
    ("jxgP6yjvN7nZ0OaE", "https://www.newsmax.com/finance/economy/us-economy-jobs-report/2019/03/08/id/906038/"),
    ("13XQwQSf45YcyElY", "http://www.sfchronicle.com/bayarea/article/Berkeley-mayor-asks-Cal-to-cancel-12104330.php"),
    ("MsBbvJXuqOsln06Z", "http://freebeacon.com/politics/berkeley-mayor-free-speech-week-canceled-conservatives/"),
    ("gnhHp8sabMS14xnQ", "https://www.reuters.com/article/us-usa-china-xinjiang/"
     "trump-signs-bill-pressuring-china-over-uighur-muslim-crackdown-idUSKBN23O3EW"),
    ("xYdmFQgfLryDNC2T", "https://www.aljazeera.com/news/2020/06/"
     "trump-signs-bill-sanctions-chinese-treatment-uighurs-200617205702511.html"),
)

ABP_REWRITES_33 = (  # half "unseen33" of evaluation/align_rewrites.py (no furniture gold): AP's first story of
    # same-sex couples marrying in Washington state (as the Christian Science Monitor printed it) against its later
    # version on Fox News, NPR's first report of the Justice Department dropping its case against John Edwards against
    # Fox News' retelling, CNN's first report of Republican lawmakers' letter to the new FBI director on Benghazi
    # against Politico's
    ("h54bdH1MPJLIBefS", "http://www.csmonitor.com/USA/Latest-News-Wires/2012/1209/"
     "Same-sex-couples-trade-first-I-do-s-in-Washington"),
    ("oyzrOfwLfvCUtTX9",
     "http://www.foxnews.com/politics/2012/12/09/same-sex-couples-in-washington-start-taking-wedding-vows/"),
    ("RQ8zAT2gyGLlsLL2", "http://www.npr.org/blogs/thetwo-way/2012/06/13/154951540/"
     "justice-department-is-dropping-case-against-edwards"),
    ("oCz3pKTIAbwxzZG5",
     "http://www.foxnews.com/politics/2012/06/13/justice-department-no-new-trial-for-edwards-284688989/"),
    ("5tvysWonBSy3EMQ9", "http://politicalticker.blogs.cnn.com/2013/07/31/"
     "first-on-cnn-new-fbi-director-to-face-gop-heat-for-benghazi-investigation/?hpt=po_c2"),
    ("gSEpHmZtZ0kdahJy", "http://www.politico.com/story/2013/07/republicans-james-comey-benghazi-94976.html"),
)

ABP_REWRITES_34 = (  # half "unseen34" of evaluation/align_rewrites.py (no furniture gold): AP's first story of
    # Iranians protesting the denials that Iran shot down a Ukrainian airliner against its next day's version on CNBC,
    # TheBlaze's announcement of its merger with CRTV against The Hill's report, ProPublica's report of spies in online
    # games against Reason's retelling quoting it
    ("vhA8Q8ZxJ5B8RTrA", "https://apnews.com/f5912dbd48b5037f1cf3b3ebce154fdd"),
    ("FkO9IHP9qQjr9Nbx", "https://www.cnbc.com/2020/01/13/iran-police-shoot-at-those-protesting-plane-shootdown.html"),
    ("i3V6ZfsDwGkcglqb", "https://www.theblaze.com/theblaze-announces-merger-with-crtv-2622252677.html"),
    ("nsnTqg4lKHnuP5YD", "https://thehill.com/homenews/media/"
     "419394-crtv-theblaze-merge-bringing-together-conservatives-glenn-beck-mark-levin"),
    ("mtkDpmJ7sOz8vRfL",
     "http://www.propublica.org/article/world-of-spycraft-intelligence-agencies-spied-in-online-games"),
    ("JgufSLfhya1ZcahH", "http://reason.com/blog/2013/12/09/the-nsa-and-other-government-snoops-have"),
)

ABP_REWRITES_35 = (  # half "unseen35" of evaluation/align_rewrites.py (no furniture gold): the Pew Research Center's
    # report on political polarization against Newsmax's report of it, Levi Strauss' chief executive's essay on gun
    # violence in Fortune against the Washington Times' report quoting it, NPR's transcript of Obama's remarks on the
    # Trayvon Martin ruling against the Washington Times' report of them
    ("8z1JH9D9A4i0k6dE", "http://www.people-press.org/2014/06/12/political-polarization-in-the-american-public/"),
    ("H2qn8yC4jyyZbuK7", "http://www.newsmax.com/Newsfront/Pew-liberals-conservatives-poll/2014/06/12/id/576607/"),
    ("sRx8kit9GjmvXjWh", "http://fortune.com/2018/09/04/levi-strauss-gun-violence-parkland/"),
    ("0LZiZgAY2dzyug5Z", "https://www.washingtontimes.com/news/2018/sep/4/"
     "levi-strauss-launches-gun-control-initiative-we-si/"),
    ("d8fPuipWiGZSN06s", "http://www.npr.org/2013/07/19/203679977/transcript-obamas-remarks-on-trayvon-martin-ruling"),
    ("hqPN9uJpW53C4OeT", "http://www.washingtontimes.com/news/2013/jul/19/"
     "president-obama-trayvon-martin-could-have-been-me-/?page=1"),
)

ABP_REWRITES_36 = (  # half "unseen36" of evaluation/align_rewrites.py (no furniture gold): an agency's first story of
    # Bernanke's testimony to the Senate (as Fox News printed it) against its later version (as the Washington Times
    # printed it), Politico's report of Obama's New Yorker interview on marijuana against the Washington Times', Fox
    # News' report of a classified cable warning that the Benghazi consulate could not withstand a coordinated attack
    # against Townhall's retelling
    ("8GNpLdtKQARJ0xpE", "http://www.foxnews.com/politics/2012/07/17/"
     "bernanke-could-signal-fed-next-step-in-hill-testimony/"),
    ("EZcymWkh3jtmBU2o", "http://www.washingtontimes.com/news/2012/jul/17/"
     "bernanke-hill-testimony-could-signal-feds-next-ste/"),
    ("EovEwdx6ny0odbz9", "http://www.politico.com/story/2014/01/obama-marijuana-alcohol-102367.html?hp=l1"),
    ("aizAbM3xeORJlBcG", "http://www.washingtontimes.com/news/2014/jan/19/"
     "obama-pot-not-very-different-cigarettes-no-more-da/"),
    ("HT0cGbnCLzweCbrR", "http://www.foxnews.com/politics/2012/10/31/"
     "exclusive-us-memo-warned-libya-consulate-couldnt-withstand-coordinated-attack/"),
    ("yfYpGOghLlgImh2a", "http://townhall.com/tipsheet/katiepavlich/2012/11/01/"
     "cable_shows_benghazi_not_prepared_for_coordinated_attack_in_benghazi"),
)

ABP_REWRITES_37 = (  # half "unseen37" of evaluation/align_rewrites.py (no furniture gold): the Guardian's report of
    # Oprah Winfrey's speech at the Golden Globes against Daily Kos' full transcript of it, the Guardian's short report
    # of the Supreme Court's ruling on detaining immigrants with criminal convictions against Reuters' story of it, AP's
    # story of the State Department's review of Hillary Clinton's emails against the Daily Mail's copy of it
    ("cES6MsC5vJp2o0SB", "https://www.theguardian.com/film/2018/jan/07/"
     "oprah-winfrey-speech-lifetime-achievement-golden-globes"),
    ("WTJTfXjD4NQe5Ptu", "https://www.dailykos.com/stories/2018/1/8/1730738/"
     "-Oprah-Winfrey-delivers-a-powerful-message-at-the-Golden-Globes-A-new-day-is-on-the-horizon"),
    ("oaBo4AxggctA0Pkg", "https://www.theguardian.com/law/2019/mar/19/"
     "supreme-court-gives-trump-victory-immigration-detention-criminal-convictions"),
    ("UMfxW8bHlnh0gSv7", "https://www.reuters.com/article/us-usa-court-immigration/"
     "trump-gets-a-u-s-supreme-court-victory-on-immigration-detention-idUSKCN1R01TF"),
    ("j6yJvAL7c9Si7lXb", "https://www.apnews.com/14b14afc5d8647858489a2cf5385c28d"),
    ("RHQbQZCjwWNSwPzV", "https://www.dailymail.co.uk/news/article-7589523/"
     "38-people-cited-violations-Clinton-email-probe.html"),
)

ABP_REWRITES_38 = (  # half "unseen38" of evaluation/align_rewrites.py (no furniture gold): the Washington Free Beacon's
    # report of a second documentary of Katie Couric's accused of deceptive editing against WND's retelling, Politico's
    # first report of conservative groups mocking Karl Rove's Crossroads effort against Newsmax's retelling, Newsmax's
    # agency story of news organizations refusing to meet Eric Holder off the record against Townhall's retelling
    ("oeCJuvzxQ3dcq8WZ", "http://freebeacon.com/culture/katie-couric-accused-deceptive-editing-second-documentary/"),
    ("OfZpzFHkAEonT1lM", "http://www.wnd.com/2016/06/katie-couric-accused-of-deception-again/"),
    ("Aehjz9JXd56uP7em", "http://www.politico.com/story/2013/02/conservative-groups-mock-crossroads-effort-87101.html"
                         "?hp=l3"),
    ("ms7eYSDNu12kDTQ9", "http://www.newsmax.com/Newsfront/Conservatives-Mock-Crossroads-Initiative/2013/02/03/id/"
                         "488633"),
    ("Omr1WWqfejMzx1Cx", "http://www.newsmax.com/Newsfront/holder-newspapers-media-ap/2013/05/30/id/507138"),
    ("Upaz0aqt11H7Ui9n", "http://townhall.com/tipsheet/katiepavlich/2013/05/30/"
     "reporters-diss-holder-refuse-to-meet-off-the-record-about-secret-monitoring-n1609361"),
)

ABP_REWRITES_39 = (  # half "unseen39" of evaluation/align_rewrites.py (no furniture gold): the New York Post's report
    # of a small Montana company's contract to restore Puerto Rico's power against The Hill's retelling, Politico's
    # report of Trump calling leaks lies made up by the "fake news" media against Newsmax's, CBN's report of
    # Michigan's settlement on faith-based adoption agencies against The Hill's
    ("YokqOeNRqyOZs7D0", "http://nypost.com/2017/10/24/tiny-company-inks-300m-contract-to-power-puerto-rico/"),
    ("qXtoqPbWA9TOHoxa", "http://thehill.com/business-a-lobbying/356818-small-company-from-trump-interior-chiefs-"
                         "hometown-wins-massive-contract"),
    ("m5ARxNN1xnedS3KQ", "http://www.politico.com/story/2017/05/28/trump-fake-news-media-238894"),
    ("xXPn4XSaZZ3r7Msx", "http://www.newsmax.com/Newsfront/trump-twitter-leaks-fake-news/2017/05/28/id/792789/"),
    ("GK86dn1j9PToZNnX", "https://www1.cbn.com/cbnnews/us/2019/march/michigan-orders-faith-based-adoption-agencies-to-"
                         "violate-their-religious-beliefs"),
    ("Jd8kEEKOmuMaQZgr", "https://thehill.com/homenews/state-watch/435347-michigan-will-no-longer-fund-adoption-"
                         "agencies-that-refuse-gay-parents"),
)

PROJECTS = (  # the other projects' halves: half, snapshot, pages as (commit, path, address), a page's text from its bytes
    # and address
    ("unseen12", HN_GIT_DIR, HN, one_page(utf8_reader_text)),
    ("unseen13", PLAIN_GIT_DIR, tuple((PLAIN_COMMIT, path, address) for path, address in PLAIN), one_page(plain_text)),
    ("unseen14", LENS_GIT_DIR, tuple((LENS_COMMIT, path, address) for path, address in LENS), one_page(utf8_reader_text)),
    ("unseen15", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS),
     one_page(record_text)),
    ("unseen16", CHASE_GIT_DIR, tuple((CHASE_COMMIT, f"Data/raw/{title}_RAW.txt", address) for title, address in CHASE),
     one_page(plain_text)),
    ("unseen17", STORIES_GIT_DIR, tuple((STORIES_COMMIT, path, address) for path, address in STORIES), story_row_text),
    *(giveme_half(half, records) for half, records in (("unseen18", GIVEME), ("unseen19", GIVEME_2),
                                                        ("unseen20", GIVEME_3), ("unseen21", GIVEME_4),
                                                        ("unseen22", GIVEME_5), ("unseen23", GIVEME_6),
                                                        ("unseen24", GIVEME_7), ("unseen25", GIVEME_8),
                                                        ("unseen26", GIVEME_9), ("unseen27", GIVEME_10),
                                                        ("unseen28", GIVEME_11), ("unseen29", GIVEME_12),
                                                        ("unseen30", GIVEME_13), ("unseen31", GIVEME_14),
                                                        ("unseen32", GIVEME_15), ("unseen33", GIVEME_16),
                                                        ("unseen34", GIVEME_17),
                                                        ("unseen35", GIVEME_18), ("unseen36", GIVEME_19),
                                                        ("unseen37", GIVEME_20), ("unseen38", GIVEME_21),
                                                        ("unseen39", GIVEME_22), ("unseen40", GIVEME_23),
                                                        ("unseen41", GIVEME_24))),
    ("unseen42", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_42),
     one_page(record_text)),
    ("unseen43", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_43),
     one_page(record_text)),
    ("unseen44", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_44),
     one_page(record_text)),
    ("unseen45", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_45),
     one_page(record_text)),
    ("unseen46", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_46),
     one_page(record_text)),
    ("unseen47", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_47),
     one_page(record_text)),
    ("unseen48", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_48),
     one_page(record_text)),
    ("unseen49", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_49),
     one_page(record_text)),
    ("unseen50", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_50),
     one_page(record_text)),
    ("unseen51", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_51),
     one_page(record_text)),
    ("unseen52", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_52),
     one_page(record_text)),
    ("unseen53", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_53),
     one_page(record_text)),
    ("unseen54", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_54),
     one_page(record_text)),
    ("unseen55", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_55),
     one_page(record_text)),
    ("unseen56", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_56),
     one_page(record_text)),
    ("unseen57", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_57),
     one_page(record_text)),
    ("unseen58", BIAS_GIT_DIR, tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_58),
     one_page(record_text)),
)

REWRITE_PROJECTS = (  # pages of evaluation/align_rewrites.py's halves that no furniture half holds, as PROJECTS lists
    ("unseen17", BIAS_GIT_DIR,
     tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_REWRITES), one_page(record_text)),
    ("unseen18", BIAS_GIT_DIR,
     tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_REWRITES_18),
     one_page(record_text)),
    ("unseen19", BIAS_GIT_DIR,
     tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_REWRITES_19),
     one_page(record_text)),
    ("unseen20", BIAS_GIT_DIR,
     tuple((BIAS_COMMIT, f"{BIAS_FOLDER}/{path}", address) for path, address in BIAS_REWRITES_20),
     one_page(record_text)),
    ("unseen21", ABP_GIT_DIR, abp_pages(ABP_REWRITES_21), one_page(abp_text)),
    ("unseen22", ABP_GIT_DIR, abp_pages(ABP_REWRITES_22), one_page(abp_text)),
    ("unseen23", ABP_GIT_DIR, abp_pages(ABP_REWRITES_23), one_page(abp_text)),
    ("unseen24", ABP_GIT_DIR, abp_pages(ABP_REWRITES_24), one_page(abp_text)),
    ("unseen25", ABP_GIT_DIR, abp_pages(ABP_REWRITES_25), one_page(abp_text)),
    ("unseen26", ABP_GIT_DIR, abp_pages(ABP_REWRITES_26), one_page(abp_text)),
    ("unseen27", ABP_GIT_DIR, abp_pages(ABP_REWRITES_27), one_page(abp_text)),
    ("unseen28", ABP_GIT_DIR, abp_pages(ABP_REWRITES_28), one_page(abp_text)),
    ("unseen29", ABP_GIT_DIR, abp_pages(ABP_REWRITES_29), one_page(abp_text)),
    ("unseen30", ABP_GIT_DIR, abp_pages(ABP_REWRITES_30), one_page(abp_text)),
    ("unseen31", ABP_GIT_DIR, abp_pages(ABP_REWRITES_31), one_page(abp_text)),
    ("unseen32", ABP_GIT_DIR, abp_pages(ABP_REWRITES_32), one_page(abp_text)),
    ("unseen33", ABP_GIT_DIR, abp_pages(ABP_REWRITES_33), one_page(abp_text)),
    ("unseen34", ABP_GIT_DIR, abp_pages(ABP_REWRITES_34), one_page(abp_text)),
    ("unseen35", ABP_GIT_DIR, abp_pages(ABP_REWRITES_35), one_page(abp_text)),
    ("unseen36", ABP_GIT_DIR, abp_pages(ABP_REWRITES_36), one_page(abp_text)),
    ("unseen37", ABP_GIT_DIR, abp_pages(ABP_REWRITES_37), one_page(abp_text)),
    ("unseen38", ABP_GIT_DIR, abp_pages(ABP_REWRITES_38), one_page(abp_text)),
    ("unseen39", ABP_GIT_DIR, abp_pages(ABP_REWRITES_39), one_page(abp_text)),
)


QUOTE_PROJECTS = (  # pages of evaluation/quote_real.py's halves with no furniture gold, as PROJECTS lists them
    ("34", ABP_GIT_DIR, abp_pages(ABP_QUOTES_34), one_page(abp_text)),
    ("35", ABP_GIT_DIR, abp_pages(ABP_QUOTES_35), one_page(abp_text)),
    ("36", ABP_GIT_DIR, abp_pages(ABP_QUOTES_36), one_page(abp_text)),
    ("37", ABP_GIT_DIR, abp_pages(ABP_QUOTES_37), one_page(abp_text)),
    ("38", ABP_GIT_DIR, abp_pages(ABP_QUOTES_38), one_page(abp_text)),
    ("39", ABP_GIT_DIR, abp_pages(ABP_QUOTES_39), one_page(abp_text)),
    ("40", ABP_GIT_DIR, abp_pages(ABP_QUOTES_40), one_page(abp_text)),
    ("41", ABP_GIT_DIR, abp_pages(ABP_QUOTES_41), one_page(abp_text)),
    ("42", ABP_GIT_DIR, abp_pages(ABP_QUOTES_42), one_page(abp_text)),
    ("43", ABP_GIT_DIR, abp_pages(ABP_QUOTES_43), one_page(abp_text)),
    ("44", ABP_GIT_DIR, abp_pages(ABP_QUOTES_44), one_page(abp_text)),
    ("45", ABP_GIT_DIR, abp_pages(ABP_QUOTES_45), one_page(abp_text)),
    ("46", ABP_GIT_DIR, abp_pages(ABP_QUOTES_46), one_page(abp_text)),
    ("47", ABP_GIT_DIR, abp_pages(ABP_QUOTES_47), one_page(abp_text)),
    ("48", ABP_GIT_DIR, abp_pages(ABP_QUOTES_48), one_page(abp_text)),
    ("49", ABP_GIT_DIR, abp_pages(ABP_QUOTES_49), one_page(abp_text)),
    ("50", ABP_GIT_DIR, abp_pages(ABP_QUOTES_50), one_page(abp_text)),
    ("51", ABP_GIT_DIR, abp_pages(ABP_QUOTES_51), one_page(abp_text)),
    ("52", ABP_GIT_DIR, abp_pages(ABP_QUOTES_52), one_page(abp_text)),
)


def project_texts(half: str, git_dir: Path, pages, text_of) -> dict[str, str]:
    """The texts of another project's half by cache name, read from its snapshot at ``git_dir`` (none, and a note
    said, where the snapshot is missing)."""
    if not git_dir.is_dir():
        print(f"no snapshot at {git_dir}: the pages of half {half} are not rebuilt")
        return {}
    return {name_of_address(address): text_of(git_show(git_dir, commit, path), address)
            for commit, path, address in pages}


def main(argv: list[str] | None = None) -> int:
    git_dir = snapshot_dir(__doc__.splitlines()[0], GIT_DIR, argv)
    if git_dir is None:
        return 1
    git = ["git", "--git-dir", str(git_dir)]
    names = subprocess.run([*git, "ls-tree", "--name-only", f"{COMMIT}:{FOLDER}"], check=True,
                           capture_output=True, text=True).stdout.split()
    pages = [(COMMIT, f"{FOLDER}/{name}", "") for name in names if name.endswith(".md")]
    pages += [(commit, path, "") for commit, path in EXTRA] + list(CRAWLED)
    want = {}
    if GOLD.exists():
        want = {r["page"]: r["sha1"] for r in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines()) if r}
    texts = {}  # cache name -> text; a later page of the same name replaces an earlier one, as its file would
    for commit, path, address in pages:
        markdown = git_show(git_dir, commit, path).decode("utf-8")
        if address:
            texts[name_of_address(address)] = crawled_text(markdown)
        elif "## Content" in markdown.splitlines():
            texts[name_of(path)] = page_text(markdown)
    for project in PROJECTS + REWRITE_PROJECTS + QUOTE_PROJECTS:
        texts.update(project_texts(*project))
    CACHE.mkdir(exist_ok=True)
    bad = 0
    for name, text in texts.items():
        (CACHE / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
        if name in want and want[name] != sha1(text):
            print(f"{name}: sha1 differs from the gold's")
            bad += 1
    print(f"{len(list(CACHE.glob('*.txt')))} pages in {CACHE}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
