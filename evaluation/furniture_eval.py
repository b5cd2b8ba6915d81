"""Score page-furniture labelling on scraped pages annotated by hand, and check that clean corpora keep
their body labels.

Pages: the scraped news pages listed in ``evaluation/realcopy/SOURCES.md`` ("Scraped pages with
furniture"), rebuilt into the git-ignored ``evaluation/scraped/cache/`` by ``evaluation/scraped/build.py``.
Gold (offsets and sha1 only): ``evaluation/gold/scraped_furniture.jsonl``, made from
``evaluation/scraped/sheet.txt`` by ``evaluation/scraped/make_gold.py``; every non-blank line of a page is
article text, a fragment of it (cut out of its sentence by the scraper), unsure, metadata (headline,
byline, date ...) or furniture of a kind (menu, related, share, caption ...). Pages are split into a
tuning half, an unseen half, a second to twelfth unseen half ("unseen2" to "unseen12"), "unseen13" (pages saved as
plain text by another project's scraper), "unseen14" (pages saved as plain text by a third project's newspaper3k
extractor), "unseen15" (pages' text as JSON records of another project's extractor), "unseen16" (AP News pages
saved as plain text by another class project's scraper), "unseen17" (whole pages' text as SQL rows of another
project's scraper), "unseen18" (pages' text as news-please records of a research project's news-cluster data
set), "unseen19" (eight more pages of that data set), "unseen20" (eight more, three events each reported by two
or three outlets), "unseen21" (twenty-two more, chosen for their quotations: eight events on two or three outlets
and three single pages; scored once unseen, body P 0.971 R 0.996, set aside R 0.855, and tuned on since: body P
1.000 R 1.000, set aside R 1.000, no alignment row outside the article), "unseen22" (twenty more, chosen for
their quotations: eight events on two or three outlets; scored once unseen, body P 0.953 R 0.996, set aside R 0.806,
and tuned on since: body P 1.000 R 0.996, set aside R 1.000, 0 of 513 alignment rows outside the article),
"unseen23" (fourteen more, chosen for their quotations: five events on two or three outlets; scored once unseen, body P
0.957 R 1.000, set aside R 0.789, 24 of 437 alignment rows outside the article, and tuned on since: body P 1.000 R
1.000, set aside R 1.000, no alignment row outside the article), "unseen24" (ten more, chosen for their quotations: five
events on two outlets; scored once unseen, body P 0.983 R 1.000, set aside R 0.912, 4 of 284 alignment rows outside the
article, and tuned on since), "unseen25" (ten more, chosen for their quotations: five events on two outlets; scored
once unseen, body P 0.972 R 1.000, set aside R 0.872, 17 of 308 alignment rows outside the article, and tuned on
since), "unseen26" (ten more, chosen for their quotations: five events on two outlets; scored once unseen, body P
0.965 R 1.000, set aside R 0.786, stated headline 1/1, 15 of 259 alignment rows outside the article, and tuned on
since), "unseen27" (ten more, chosen for their quotations: five events on two outlets; scored once unseen, body P
0.969 R 0.995, set aside R 0.870, stated headline 3/3, byline 0/1, 14 of 294 alignment rows outside the article, and
tuned on since), "unseen28" (ten more, chosen for their quotations: five events on two outlets; scored once unseen,
body P 0.980 R 0.995, set aside R 0.867, stated headline 2/3, 6 of 284 alignment rows outside the article, and tuned
on since), "unseen29" (eight more, chosen for their quotations: four events on two outlets; scored once unseen,
body P 0.978 R 1.000, set aside R 0.886, stated headline 0/1, 7 of 237 alignment rows outside the article, and tuned
on since), "unseen30" (ten more, chosen for their quotations: four events on two outlets and two single pages;
scored once unseen, body P 0.970 R 0.994, set aside R 0.844, stated headline 2/4, 19 of 287 alignment rows outside
the article, and tuned on since), "unseen31" (ten more, chosen for their quotations: five events on two
outlets; scored once unseen, body P 0.973 R 0.994, set aside R 0.904, stated headline 0/1, 5 of 299 alignment
rows outside the article, and tuned on since), "unseen32" (ten more, chosen for their quotations: four events on two
outlets and one on two pages of one site; scored once unseen, body P 0.925 R 0.972, set aside R 0.712, stated
headline 0/4, 25 of 284 alignment rows outside the article, and tuned on since), "unseen33" (ten more, chosen for
their quotations: five events on two outlets; scored once unseen, body P 0.833 R 1.000, set aside R 0.562, stated
headline 1/3, 48 of 297 alignment rows outside the article, and tuned on since), "unseen34" (ten more, chosen
for their quotations: five events on two outlets; scored once unseen, body P 0.815 R 0.983, set aside R 0.426, stated
headline 0/2, 63 of 214 alignment rows outside the article, and tuned on since) and "unseen35" (ten more, chosen for
their quotations: five events on two outlets; scored once unseen, body P 0.982 R 0.915, set aside R 0.906, no headline
stated or printed, 10 of 258 alignment rows outside the article, and tuned on since) and "unseen36" (ten more, chosen
for their quotations: five events on two outlets; scored once unseen, body P 0.951 R 0.992, set aside R 0.806, stated
headline 2/2, byline 1/1, 8 of 204 alignment rows outside the article, and tuned on since) and "unseen37" (ten more,
chosen for their quotations: five events on two outlets; scored once unseen, body P 0.903 R 0.985, set aside R 0.611,
stated headline 1/1, 23 of 264 alignment rows outside the article, and tuned on since) and "unseen38" (ten more,
chosen for their quotations: five events on two outlets; scored once unseen, body P 0.937 R 0.967, set aside R 0.852,
stated headline 0/2, 27 of 349 alignment rows outside the article, and tuned on since: 9 of 334 after one round) and
"unseen39" (eight more, chosen for their quotations: four events on two outlets; scored once unseen, body P 0.960 R
0.995, set aside R 0.909, no headline stated or printed, 23 of 382 alignment rows outside the article, and tuned on
since), each annotated before any rule was tuned on it and scored only before and after); "unseen40" (nine more,
chosen for their furniture: four events on two or three outlets, two photo galleries and an aggregator's page with no
article line; scored once unseen, body P 0.840 R 1.000, set aside R 0.779, stated headline 0/4, 52 of 287 alignment
rows outside the article, and tuned on since: body P 1.000 R 1.000, set aside R 1.000, 0 of 244 after one round)
and "unseen41" (nine more, chosen for their furniture: three events on two outlets and three
single pages, one page its site's footer alone with no article line; scored once unseen, body P 0.890 R 0.993, set
aside R 0.795, stated headline 2/3, 67 of 245 alignment rows outside the article; under the rules of unseen40's round,
written without seeing it: body P 0.895, set aside R 0.807, 66 of 244; and tuned on since: body P 1.000 R 1.000,
set aside R 1.000, stated headline 2/3, 46 of 225 after one round, the Daily Mail's four fact boxes on the story's
own facts, unsure in the gold) likewise; "unseen42" (nine records of unseen15's project, chosen for their
furniture: four events on two or three outlets, two video pages of a title, a description, a day and lists of other
videos; scored once unseen, body P 0.961 R 0.990, set aside R 0.963, stated headline 7/9, 10 of 394 alignment rows
outside the article; unchanged under the rules of unseen41's round, written without seeing it; and tuned on since)
likewise; "unseen43" (nine more, chosen for their furniture: four events on two or three outlets, a live page of timed
posts, a page of lists under headings, a photo gallery, a video page and a podcast page; scored once unseen, body P
0.960 R 1.000, set aside R 0.846, stated headline 7/8, byline 0/1, date 1/1, 9 of 304 alignment rows outside the
article; unchanged under the rules of unseen42's round, written without seeing it; and tuned on since: body P 0.993
R 1.000, set aside R 0.974, stated headline 8/8, byline 1/1, 2 of 297 after one round, Al Jazeera's dek) likewise;
"unseen44" (nine more, chosen for their furniture: three events on two or three outlets, a live page of
posts with their titles, signatures and video descriptions, a newsletter, a video page held as its site's menus and
share buttons alone; scored once unseen, body P 0.832 R 0.972, set aside R 0.587, stated headline 8/9, byline 0/1,
date 1/1, 108 of 654 alignment rows outside the article; unchanged under the rules of unseen43's round, written without
seeing it; and tuned on since: body P 1.000 R 1.000, set aside R 1.000, stated headline 9/9, byline 1/1, 0 of 560
after one round) likewise. "unseen45" (nine more, chosen for their furniture: four events on two or three outlets, a
sport page with its stamps, links and tournament box, a podcast page with its guest and credits, explainers under
question subheads; scored once unseen, body P 0.967 R 0.986, set aside R 0.881, stated headline 7/9, date 1/1, 14 of
379 alignment rows outside the article; unchanged under the rules of unseen44's round, written without seeing it; and
tuned on since: body P 0.995 R 1.000, set aside R 0.983, stated headline 9/9, 2 of 371 after one round, NPR's dek
left) likewise. "unseen46" (nine more, chosen for their furniture: three events on two or three outlets, a discussion
programme's page with its presenter and guests, a live page with its label and opening bullets, a quiz page with its
widget's placeholder; scored once unseen, body P 0.940 R 0.988, set aside R 0.884, stated headline 7/9, date 3/3, 5 of
141 alignment rows outside the article; unchanged under the rules of unseen45's round, written without seeing it; and
tuned on since: body P 1.000 R 1.000, set aside R 1.000, stated headline 9/9, 0 of 136 after one round) likewise;
"unseen47" (nine more, chosen for their furniture: four events on two or three outlets, a video page with its live
streams and lists of other videos, a discussion programme's page, a photo gallery, an analysis with its corrections
note; scored once unseen, body P 0.991 R 1.000, set aside R 0.992, stated headline 9/9, date 2/2, 2 of 238 alignment
rows outside the article; unchanged under the rules of unseen46's round, written without seeing it; and tuned on
since: body P 1.000 R 1.000, set aside R 1.000, stated headline 9/9, 0 of 237 after one round) likewise. "unseen48"
(nine more, chosen for their furniture: three events on three outlets, a live page with its summary, posts' titles,
signatures and videos' descriptions, a sport page, a video page with its "More on this story" pointer, breaking
stories with their "developing story" notes; scored once unseen, body P 0.970 R 1.000, set aside R 0.872, stated
headline 9/9, byline 1/1, 26 of 461 alignment rows outside the article; unchanged under the rules of unseen47's round,
written without seeing it; and tuned on since: body P 1.000 R 1.000, set aside R 1.000, stated headline 9/9, byline
1/1, 0 of 437 after one round); "unseen49" (nine more, chosen for their furniture: four events on two or three
outlets, an explainer under question subheads with its recommended stories, a video page with its description printed
twice, two live pages with their posts' times and titles, a "live" badge and a video's warning; scored once unseen,
body P 0.982 R 0.994, set aside R 0.929, stated headline 8/8, date 2/2, 9 of 286 alignment rows outside the article;
unchanged under the rules of unseen48's round, written without seeing it; and tuned on since: body P 0.994 R 1.000,
set aside R 0.976, stated headline 8/8, date 2/2, 1 of 283 after one round, Al Jazeera's dek left) likewise;
"unseen50" (nine more, chosen for their furniture: four events on two or three outlets, a preview with an embedded
post, a story with its headline printed twice, an economy page and a story with their recommended stories, a video
page with its "Published On" day; scored once unseen, body P 1.000 R 1.000, set aside R 1.000, stated headline 9/9,
date 1/1, 0 of 281 alignment rows outside the article) and "unseen58" (nine more, chosen for their furniture: two events
on two or three outlets and an event and a subject on two, a news agency's bare alert with its title printed twice, its
byline and time, a sports story closing on its rule and its link to the agency's hub page, a squad listed by position
under a heading, a sports column with its dek, two explainers under question headings, one with a heading over a
heading, the other with its recommended stories, a story with a subhead, a record holding only a story's summary; scored
once unseen, body P 0.996 R 0.983, set aside R 0.972, stated headline 8/8, date 1/1, 1 of 415 alignment rows outside the
article) are kept unseen; "unseen51" (nine more, chosen for their
furniture: four events on two or three outlets, a player page of The National with its rundown, a Picture Show story,
two opinion pages with their note on the author's views, a video page of a reaction; scored once unseen, body P 0.985
R 0.993, set aside R 0.909, stated headline 8/9, 3 of 320 alignment rows outside the article; unchanged under the
rules of the stop after unseen49's round, written without seeing it; and tuned on since: body P 1.000 R 1.000, set
aside R 1.000, stated headline 9/9, 0 of 318 after one round) is opened likewise; and "unseen52" (nine more, chosen for
their furniture: four events or subjects on two or three outlets, a feature page, a photo story with its writer's note,
an Inside Story page beside another outlet's story, an opinion page with its note on the authors' views; scored once
unseen, body P 0.985 R 1.000, set aside R 0.892, stated headline 7/9, 7 of 533 alignment rows outside the article;
unchanged under the rules of the stop after unseen51's round, written without seeing it; and tuned on since: body P
1.000 R 1.000, set aside R 1.000, stated headline 9/9, 0 of 526 after one round) is opened likewise; "unseen53" (nine
more, chosen for their furniture: four events or subjects on two or three outlets, a video page held as its site's menus
with no description, a player page of a report, a video page with its lists of other videos, each beside another
outlet's story, an embedded post signed by its handle alone, recommended stories; scored once unseen, body P 0.976 R
1.000, set aside R 0.988, stated headline 8/9, date 1/1, 7 of 231 alignment rows outside the article; unchanged under
the rules of the stop after unseen52's round, written without seeing it) was scored unseen once and is tuned on since
(body P 1.000 R 1.000, set aside R 1.000, stated headline 9/9, date 1/1, 0 of 224 after one round); "unseen54" (nine
more, chosen for their furniture: two events and two subjects on two outlets, a radio episode's page with its presenter
and photo caption run into its description, two records holding only an opinion piece's one-sentence summary, a photo
gallery, an interview programme's page, a media programme's page with its segments and contributors, each beside
another outlet's page; scored once unseen, body P 0.952 R 1.000, set aside R 0.871, stated headline 6/6, date 1/1, 7 of
141 alignment rows outside the article; unchanged under the rules of the stop after unseen53's round, written without
seeing it) was scored unseen once and is tuned on since (body P 1.000 R 1.000, set aside R 1.000, stated headline
6/6, date 1/1, 0 of 134 after one round); "unseen55" (nine more, chosen for their furniture: three events or subjects
on three outlets, a broadcast interview's transcript with its sound notes, host's label, breaks and credits, a news
brief's page with its title glued to its summary, a podcast episode's page with its "Read more:" pointer, a video page
holding a video's one-sentence description, a record holding only a story's one-sentence summary, each beside other
outlets' stories; scored once unseen, body P 0.965 R 0.996, set aside R 0.758, stated headline 6/7, 54 of 1,035
alignment rows outside the article; unchanged under the rules of the stop after unseen54's round, written without
seeing it) was scored unseen once and is tuned on since (body P 0.996 R 1.000, set aside R 0.970, headline lines 7/7,
stated headline 6/7, 2 of 995 after one round: ABC News' dek); "unseen56" (nine more, chosen for their furniture: two
events on two outlets and two on three, a story closing on its note on the partnership that produced it, a video page
with its title printed twice and its "Published On" day, a video page with its reporter's description, an explainer with
its dek, subheads and bulleted lists, recommended stories, a video page and a record holding only an opinion piece's
one-sentence summary, each beside another outlet's page; the pool's unused records hold no second outlet for the kinds
of page the earlier halves hold alone: BBC Sounds' and iPlayer's episode pages, the BBC's video page with its subtitles
line, Al Jazeera's Hajj gallery, CBC's player page of a contest and its radio pages, NPR's comic page and its stories
under the newsletter line; scored once unseen, body P 0.993 R 1.000, set aside R 0.955, stated headline 7/7, date 1/1, 2
of 234 alignment rows outside the article; unchanged under the rules of unseen55's round, written without seeing it) was
scored unseen once and is tuned on since (body P 1.000 R 1.000, set aside R 1.000, headline lines 8/8, stated headline
7/7, date 1/1, 0 of 232 after one round); "unseen57" (nine more, chosen for their furniture: three events or subjects on
two or three outlets, a video page with its lists of other videos beside two other outlets' pages, a story closing on
the note that a previous version of it ran on an earlier day, with a "Loading..." placeholder and an embedded post split
around its signature line, a page setting two governments' announcements side by side in paired bullets under headings,
a video page held as its site's menus, a dek and recommended stories, subheads, two records holding only a story's
summary; scored once unseen, body P 0.950 R 1.000, set aside R 0.976, stated headline 5/7, date 1/1, 12 of 294 alignment
rows outside the article; unchanged under the rules of unseen56's round, written without seeing it) was scored unseen
once and is tuned on since (body P 1.000 R 1.000, set aside R 1.000, headline lines 7/7, stated headline 7/7, date 1/1,
0 of 282 after one round). A half kept unseen prints only aggregates, never a page's individual lines, so it can be
scored without its errors being read.
What is printed, per half:

- per line, body vs set aside: a line is *found body* when at least half of its non-blank characters lie in
  ``label_blocks`` blocks labelled ``body``. Body precision/recall over article lines (metadata and furniture
  lines are set aside in the gold); set-aside precision/recall the same way round. Fragment and unsure lines
  are left out of both.
- furniture lines kept as body, by kind.
- metadata: gold headline, byline, date and dateline lines whose block carries that label; and per page, what
  ``text_metadata`` states: the headline (right when its words are those of the printed headline, or of the
  page title where none is printed, without the field's name a scraper wrote before it, "Title:", and without a
  date stamp glued on after it, "... Updated: 2016-07-15 06:50 (Xinhua)": a title still carrying its site's name is
  wrong; a page with neither counts only when a headline is stated, as wrong), the byline (the people it
  names, or the outlet where it names only one, "By The Planet"; right when its words all lie on gold byline lines; a
  byline stated on a page with none is counted wrong), the date
  (published or page date, right when its day is the day of the first gold date line) and the dateline place.
- for each multi-outlet family (the same story on two or three sites: Reuters' Lukoil story, ISW's report,
  the Geneva talks of unseen4, the AP story of unseen5 on AP News and ABC News, and in unseen6 Zelenskyy's June
  deadline on Al Jazeera and NPR and the Geneva round of February 17-18 on Kurdistan24 and TIME, in unseen7 the first
  day of the second Abu Dhabi round on The Guardian and France 24 and OCHA's 2026 plan on ReliefWeb and OCHA's
  site, in unseen8 NASA's Artemis II launch plan on Fox News and Scientific American and Google's Willow chip on
  Reuters and Fortune, in unseen9 the proof of quantum supremacy on Popular Mechanics and New Scientist and
  Google's Willow chip on Google's blog and Nature's news, in unseen10 Starship's eleventh test flight on Scientific
  American and TechCrunch and the Artemis II rocket's roll-out on CNN and NASA's blog, in unseen11 Russia's war economy
  on Fortune and The Economist and the US-brokered talks on Foreign Policy and Al Jazeera, in unseen12 the US tariff on
  gold bars on Bloomberg and The Guardian and Kodak's going-concern warning on CNN and Kodak's own statement, in unseen13
  Fani Willis's testimony on AP News and CNN, in unseen15 AP's story of the cracked chemical tank on CBC and ABC News
  with NPR's own report and AP's story of Rubio's doubts on Cuba on CBC and ABC News, in unseen17 the Langley
  shootings in AP's story on The Columbian and The Canadian Press's on CP24 and the Innisfil shooting on CP24 and
  Global News, in unseen18 a Washington Post story on its site, The Denver Post and SFGate, a Reuters story on
  Reuters and the Daily Mail's and The New York Times' wire pages and an AP story on The Washington Post and The New
  York Times, in unseen19 AP's subway collision on The Washington Post and the wire pages of The New York Times and
  ABC News, AP's Erie snowfall on the wire pages of ABC News, The New York Times and the Daily Mail, and AP's Tamimi
  indictment on the Daily Mail's wire page and The Washington Post, in unseen20 the Cubs' World Series win on The Sun,
  USA Today and the Evening Standard, the Costa Rica plane crash on The Denver Channel, The Hindu and HuffPost and the
  fireworks barge fire on CTV News and The Straits Times, each outlet's own report, in unseen21 the Croydon tram
  derailment, the Chibok schoolgirls' release, Uma Thurman's interview, the gorilla Harambe, the campaign against tech
  addiction, the ANA flight turned back, the "Nigerian prince" arrest and the Seattle sex-trafficking sting, each on two
  or three outlets, in unseen22 Sarah Silverman's split, the executives' letter to the Recording Academy, Bruce Arians'
  retirement, AP's Rihanna story, Berlin's safe zone, oil for North Korea, the Lighthouse Winmore's seizure and
  Telegram's removal from the App Store, each on two or three outlets, in unseen23 the Chibok schoolgirls' release, the
  campaign against tech addiction, the Costa Rica plane crash (each on other pages than unseen20's and unseen21's), the
  attack on the German consulate in Mazar-i-Sharif and Carson Palmer's retirement, each on two or three outlets, in
  unseen24 Uma Thurman's accusations (on other pages than unseen21's), Broadcom's bid for Qualcomm, the first planets
  beyond the Milky Way, Tiangong-1's fall and the Falcon Heavy's first flight, each on two outlets, in unseen25 the
  Las Vegas shooting, the Panama Papers' first revelations, North Korea's missile over Japan, Equifax's data breach
  and the Cubs' World Series win (on other pages than unseen20's), each on two outlets, in unseen26 North Korea's
  satellite launch of 2016, bitcoin's fall, China's Chang'e 4 mission, Kim Jong Un's New Year's address and the Astros
  coach Rich Dauer's collapse, each on two outlets, in unseen27 North Korea's missile over Japan of September 2017, the
  Brazilian Grand Prix of 2016, Google's Pixel Visual Core, United's leggings ban and the PS4 update 5.50, each on two
  outlets, in unseen28 China and the Panama Papers, Broadcom's raised bid for Qualcomm (on other pages than unseen24's),
  China's answer to reports of ships breaking the sanctions on North Korea, the Nice truck attack and an ANA flight
  turned back for a passenger on the wrong plane (on other pages than unseen21's), each on two outlets, in unseen29 Boko
  Haram's release of 21 Chibok schoolgirls (on other pages than unseen23's), North Korea's missile over Japan of August
  2017 (on other pages than unseen25's), the plane crash in Costa Rica of December 2017 (on other pages than unseen20's
  and unseen23's) and Apple's removal of Telegram (on other pages than unseen22's), each on two outlets, in unseen30
  Germany's New Year's Eve security of 2017 (on other pages than unseen22's), Equifax after its breach (on other pages
  than unseen25's), Panama after the Panama Papers (on other pages than unseen28's) and North Korea's missile over
  Japan of September 2017 (on other pages than unseen27's), each on two outlets, in unseen31 Equifax's breach (on
  other pages than unseen25's and unseen30's), North Korea's missile over Japan of August 2017 (on other pages than
  unseen25's and unseen29's), the gorilla killed at the Cincinnati Zoo (on other pages than unseen21's), the Falcon
  Heavy's first flight (on other pages than unseen24's) and the Las Vegas shooting (on other pages than unseen25's),
  each on two outlets, in unseen32 North Korea's missile over Japan of September 2017 (on other pages than
  unseen27's and unseen30's), the plane crash in Costa Rica (on other pages than unseen20's, unseen23's and
  unseen29's), the Panama Papers leak (on other pages than unseen25's, unseen28's and unseen30's) and the Las Vegas
  shooting (on other pages than unseen25's and unseen31's), each on two outlets, in unseen33 North Korea's missile
  over Japan of September 2017 (on other pages than unseen27's, unseen30's and unseen32's), the Nice truck attack (on
  other pages than unseen28's), the ANA flight turned back (on other pages than unseen21's and unseen28's),
  Tiangong-1's fall (on other pages than unseen24's) and the $284 billion electric bill, each on two outlets, in
  unseen34 the Taliban's attack on the German consulate in Mazar-i-Sharif (on other pages than unseen23's), oil passed
  to North Korean ships (on other pages than unseen22's), Broadcom's raised bid for Qualcomm (on other pages than
  unseen24's and unseen28's), ice falling from Apple's Chicago store, and the campaign against tech addiction (on other
  pages than unseen21's and unseen23's), each on two outlets, in unseen35 the eve of the Falcon Heavy's first launch
  (on other pages than unseen24's and unseen31's), Goldman Sachs' tax charge, Equifax after its breach (on other pages
  than unseen25's, unseen30's and unseen31's), the plane crash in Costa Rica (on other pages than unseen20's,
  unseen23's, unseen29's and unseen32's) and the supermoons of January 2018, each on two outlets, in unseen36
  Equifax's breach and its first earnings after it (on other pages than unseen25's, unseen30's, unseen31's and
  unseen35's), North Korea's missiles over Japan of August and October 2017 (on other pages than unseen25's and
  unseen27's to unseen33's), Berlin's safe zone for women on New Year's Eve (on other pages than unseen22's and
  unseen30's), bitcoin's fall below $6,000 (on other pages than unseen26's) and Mohamed Morsi's sentence for insulting
  the judiciary, each on two outlets, in unseen37 Equifax's breach (on other pages than unseen25's, unseen30's,
  unseen31's, unseen35's and unseen36's), the Chicago Cubs' World Series win (on other pages than unseen20's and
  unseen25's), the Panama Papers (on other pages than unseen25's, unseen30's and unseen32's), the sexual assaults in
  Cologne on New Year's Eve 2015 and Donald Trump in Japan and South Korea on North Korea, each on two outlets, in
  unseen38 the Panama Papers (on other pages than unseen25's, unseen28's, unseen30's, unseen32's and unseen37's), the
  Tesla Roadster the Falcon Heavy's first flight is to carry (on other pages than unseen31's and unseen35's), the
  Chicago Cubs' World Series win (on other pages than unseen20's, unseen25's and unseen37's), the Brazilian Grand Prix
  of 2016 (on other pages than unseen27's) and the fireball over New England of December 26, 2017, each on two
  outlets, in unseen39 the truck attack in Nice of July 14, 2016 (on other pages than unseen28's and unseen33's), the
  leaked pictures of Samsung's Galaxy S9, the commercials of Super Bowl LII and Justin Timberlake's halftime show at
  it, each on two outlets, in unseen40 Justin Timberlake's halftime show (on other pages than unseen39's: CNN's photo
  gallery, The Guardian and USA Today), the Las Vegas shooting (on other pages than unseen25's, unseen31's and
  unseen32's: CNN's photo gallery and China Daily), bitcoin's fall below $6,000 (on other pages than unseen26's and
  unseen36's) and the making of Black Mirror's "USS Callister" (IndieWire and an aggregator's blurb of its story), in
  unseen41 the Chicago Cubs' World Series win (on other pages than unseen20's, unseen25's, unseen37's and unseen38's:
  the Daily Mail and The Telegraph), the supermoon of January 1, 2018 (on other pages than unseen35's: the Daily Mail
  and The Washington Post's sky column) and the Las Vegas shooting (on other pages than unseen25's, unseen31's,
  unseen32's and unseen40's: China Daily's page holding its footer alone and RT's show page), in unseen42 the
  Democratic National Committee's report on the 2024 election (CBC, Al Jazeera and AP's takeaways on ABC News), the
  arrest of the Mango founder's son (the BBC and ABC News' video page), the Gaza flotilla's activists alleging abuse
  (the BBC and Al Jazeera) and a car exploding in Lower Manhattan (the BBC's and ABC News' video pages), in unseen43
  the talks on a US-Iran deal (ABC News' live page, NPR and Al Jazeera), the indictment of Raul Castro (NPR and CBC's
  podcast page), the Ebola tents set on fire in Rwampara (Al Jazeera's photo gallery and the BBC) and the Shanxi coal
  mine explosion (Al Jazeera's video page and CBC), in unseen44 the indictment of Raul Castro (on other pages than
  unseen43's: CBC's live page, the BBC's video page and ABC News), the 2026 Atlantic hurricane outlook (NPR's
  newsletter, ABC News and NPR) and the Bundibugyo Ebola outbreak (Al Jazeera's video page, CBC's As It Happens and
  the BBC), in unseen45 the first Enhanced Games (CBC, NPR and the BBC's video page), the players' protest over the
  French Open's prize money (BBC Sport and Al Jazeera), the attack on the San Diego mosque (Al Jazeera's podcast page
  and NPR) and Tulsi Gabbard's resignation (ABC News and NPR), in unseen46 the US sanctions on Hezbollah lawmakers
  (Al Jazeera's Inside Story page, ABC News and Al Jazeera), Trump's "largely negotiated" Iran deal (Al Jazeera's live
  page and Quotable page and CBC) and the last Late Show (NPR's quiz page, the BBC's video page and CBC), in unseen47
  Waymo's robotaxis in flooded roads (ABC News' video page and the BBC), the NTSB's hearing on the UPS crash (the BBC's
  video page and ABC News), Thomas Massie's defeat (Al Jazeera's The Bottom Line page, the BBC and CBC) and the Quetta
  train bombing (Al Jazeera's photo gallery and CBC), in unseen48 the death of Kyle Busch (CBC's sport page, ABC News
  and the BBC), Alberta's referendum (CBC's live page, the BBC and Al Jazeera) and the Liushenyu coal mine explosion
  (ABC News, the BBC's video page and CBC), in unseen49 SpaceX's filing for its stock market debut (Al Jazeera's
  explainer and NPR), Russia's mass attack on Kyiv (NPR, CBC and Al Jazeera's video page), the strike on the Starobilsk
  dormitory (the BBC's analysis and CBC) and the war on Iran (ABC News' and Al Jazeera's live pages), in unseen50 the
  twelfth Starship test flight (the BBC's video page and NPR), the hantavirus outbreak of the MV Hondius (NPR, Al
  Jazeera and CBC), the launch of Shenzhou-23 (the BBC and Al Jazeera's video page) and the protests against Bolivia's
  president (Al Jazeera's economy page and the BBC), in unseen51 Ben-Gvir taunting the flotilla's detained activists
  (CBC's player page and Al Jazeera), Israel's war on Lebanon (NPR's Picture Show, CBC and Al Jazeera's opinion page),
  the talks on a US-Iran deal (Al Jazeera's opinion page and the BBC) and Cubans' answers to Raul Castro's indictment
  (the BBC's video page and CBC), in unseen52 the deportation of the flotilla's activists (Al Jazeera's Inside Story
  page and CBC), Lebanon on its Liberation Day (Al Jazeera's feature page and NPR's story of a class in Beirut),
  Afghan women under the Taliban (NPR's photo story and the BBC) and the talks on a US-Iran deal reopening the Strait
  of Hormuz (Al Jazeera's opinion page, the BBC and CBC), in unseen53 Tulsi Gabbard's resignation (the BBC, CBC and
  Al Jazeera), food prices (the BBC's video page and ABC News), robots in war and security (CBC's player page and ABC
  News' video page) and oil prices falling on hopes of a US-Iran deal (Al Jazeera's economy page and the BBC), in
  unseen54 Kevin Warsh starting out as chair of the Federal Reserve (BBC Sounds' episode page, the BBC and Fox News'
  summary), Serbia under Aleksandar Vucic (Al Jazeera's photo gallery and Fox News' summary), international justice
  (Talk to Al Jazeera's page and ABC News) and the US-Iran war and the talks to end it (Al Jazeera's Listening Post
  page and CBC), in unseen55 the settlement of Trump's claims against the IRS and its $1.8 billion fund (NPR's
  transcript of a Fresh Air interview, CBC and ABC News), the talks to end the US-Iran war (NPR's Morning news brief,
  the BBC and Fox News' video page) and the Supreme Court's voting rights ruling and the redistricting after it (NPR's
  podcast episode page, AP's story on ABC News and Fox News' summary), in unseen56 the dismissal of the criminal case
  against Kilmar Abrego Garcia (NPR and Al Jazeera), the approval of Trump's arch by the Commission of Fine Arts (NPR
  and Fox News' summary of an opinion piece), Pope Leo's encyclical on artificial intelligence (Religion News Service's
  story on NPR, Al Jazeera's and Fox News' video pages) and the stock trades and businesses of Trump and his family (the
  BBC's video page and CBC's explainer), in unseen57 the Memorial Day weekend's driving and gas prices (ABC News' video
  page, Fox News' summary and NPR), the aftermath of Trump's summit with Xi Jinping (NPR's side-by-side page, the BBC
  and Fox News' summary) and the British government's summer measures on families' costs and food prices (the BBC's
  video page and story and Al Jazeera), in unseen58 the US indictment of Raúl Castro (Al Jazeera's explainer, the BBC
  and AP's alert on ABC News), the bombing of a train carrying soldiers in Quetta (the BBC and Al Jazeera's
  explainer), the Indianapolis 500 (AP's story on ABC News and Fox News' summary) and the World Cup squads named on
  one day (Spain's on Al Jazeera, Canada's camp on CBC)): the share of
  ``nk.align`` rows with a sentence outside the article (less than half of its characters on article or fragment
  lines), words per copy (``nk.text_stats``) against the article alone (none for a page with no article
  line, a photo gallery), and Flesch-Kincaid grades.

``--list HALF``: every line of that half labelled wrongly (body found for a non-article line or set aside
for an article line, or a metadata line without its label), with its page, line number, gold label, the labels
of its blocks and its text, and each page's stated headline and byline; for the
halves opened for tuning (each opened once scored before and after); a half named in ``UNLISTED`` (kept unseen
until then: unseen50 and unseen58) is refused: its aggregates are still printed.

``--capture OUT.pkl`` / ``--check OUT.pkl``: the body blocks (offsets) of the bundled story, every
OneStopEnglish story, every Wikinews revision and (when its cache is there) every BASIL text of
``evaluation/realcopy_eval.py`` but those of its unseen half; ``--check`` lists every body block that changed.

Run: .venv/bin/python evaluation/furniture_eval.py   (exits 0 with a message where the cache is absent)
"""

from __future__ import annotations

import json
import pickle
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

import newskit as nk
from newskit.blocks import DATE_LINE, label_blocks
from newskit.metadata import parse_date, text_metadata
from realcopy_eval import UNSEEN
from snapshot import sha1

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "evaluation" / "scraped" / "cache"
GOLD = ROOT / "evaluation" / "gold" / "scraped_furniture.jsonl"
SHARED = Path("/work/shared/corpora")
INSIDE = ("article", "fragment")
HALVES = ("tune", "unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8", "unseen9",
          "unseen10", "unseen11", "unseen12", "unseen13", "unseen14", "unseen15", "unseen16", "unseen17", "unseen18",
          "unseen19", "unseen20", "unseen21", "unseen22", "unseen23", "unseen24", "unseen25",
          "unseen26", "unseen27", "unseen28", "unseen29", "unseen30", "unseen31", "unseen32", "unseen33",
          "unseen34", "unseen35", "unseen36", "unseen37", "unseen38",
          "unseen39", "unseen40", "unseen41", "unseen42", "unseen43", "unseen44", "unseen45", "unseen46",
          "unseen47", "unseen48", "unseen49", "unseen50", "unseen51", "unseen52",
          "unseen53", "unseen54", "unseen55", "unseen56", "unseen57", "unseen58")
# halves kept unseen, scored by their aggregates only: listing errors spends a half
UNLISTED = {"unseen50", "unseen58"}


def body_share(blocks, start: int, end: int) -> float:
    """Share of the non-blank characters of ``[start, end)`` that lie in body blocks."""
    body = blocks[(blocks["label"] == "body") & (blocks["start"] < end) & (blocks["end"] > start)]
    covered = sum(len(t[max(start, s) - s:min(end, e) - s].replace(" ", ""))
                  for s, e, t in zip(body["start"], body["end"], body["text"]))
    return covered / max(1, end - start)


def score_page(record: dict, text: str, counts: dict) -> None:
    blocks = label_blocks(text)
    score_metadata(record, text, blocks, counts)
    for line in record["lines"]:
        width = len(text[line["start"]:line["end"]].replace(" ", ""))
        found_body = body_share(blocks, line["start"], line["end"]) * (line["end"] - line["start"]) >= width / 2
        group = line["group"]
        if group in ("fragment", "unsure"):
            counts[f"{group}_body"] += found_body
            counts[group] += 1
            continue
        gold_body = group == "article"
        counts["tp" if gold_body and found_body else "fp" if found_body else "fn" if gold_body else "tn"] += 1
        if group != "article" and found_body:
            counts[f"kept:{line['label']}"] += 1
        counts[f"all:{line['label']}"] += 1


def list_errors(record: dict, text: str) -> None:
    """Print each line of ``record`` whose found body/set-aside side differs from its gold group, or whose gold
    metadata label (headline, byline, date, dateline) its blocks lack, then the headline and byline stated."""
    blocks = label_blocks(text)
    for line in record["lines"]:
        if line["group"] in ("fragment", "unsure"):
            continue
        here = blocks[(blocks["start"] < line["end"]) & (blocks["end"] > line["start"])]
        width = len(text[line["start"]:line["end"]].replace(" ", ""))
        found_body = body_share(blocks, line["start"], line["end"]) * (line["end"] - line["start"]) >= width / 2
        missed = line["label"] in METADATA_LABELS and line["label"] not in set(here["label"])
        if found_body != (line["group"] == "article") or missed:
            print(f"{record['page'][:30]:30s} {line['line']:4d} {line['label']:10s} "
                  f"{'/'.join(dict.fromkeys(here['label'])):12s} {text[line['start']:line['end']][:90]!r}")
    meta = text_metadata(blocks)
    print(f"{record['page'][:30]:30s} stated headline {meta.get('headline', '')!r}, byline {meta.get('byline', '')!r}")


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.3f} R {r:.3f} ({tp}/{tp + fp} found, {tp}/{tp + fn} gold)"


METADATA_LABELS = ("headline", "byline", "date", "dateline")
_WORDS = __import__("re").compile(r"\w+")


_TITLE_FIELD = __import__("re").compile(r"\s*(?i:title|headline)\s*:\s+")
"""The field's name a scraper writes before a page's title ("Title: Council shuts the bridge"): not its words."""


def words_of(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def title_words(line: str) -> list[str]:
    """The words of a gold headline line, without the field's name a scraper wrote before it."""
    return words_of(line[field.end():] if (field := _TITLE_FIELD.match(line)) else line)


def headline_right(stated: list[str], line: str) -> bool:
    """Whether ``stated`` (words) is the gold headline ``line``'s title, or the title a date stamp is glued after on
    that line ("Ferry fares rise Updated: 2026-05-02 09:15 (Wire)": the stamp is the page's date, no title's word).

    >>> headline_right(["ferry", "fares", "rise"], "Ferry fares rise Updated: 2026-05-02 09:15 (Wire)")
    True
    >>> headline_right(["ferry", "fares"], "Ferry fares rise Updated: 2026-05-02 09:15 (Wire)")
    False
    """
    words = title_words(line)
    if not stated or stated == words or stated != words[:len(stated)]:
        return stated == words
    ends = [m.end() for m in _WORDS.finditer(line.lower())]  # the title's words are the line's last
    return bool(DATE_LINE.match(line[ends[len(ends) - len(words) + len(stated) - 1]:].strip()))


def score_metadata(record: dict, text: str, blocks, counts: dict) -> None:
    """Count gold metadata lines labelled right, and what ``text_metadata`` states against the gold lines."""
    for line in record["lines"]:
        if line["label"] in METADATA_LABELS:
            here = blocks[(blocks["start"] < line["end"]) & (blocks["end"] > line["start"])]
            counts[f"line:{line['label']}"] += 1
            counts[f"line_ok:{line['label']}"] += line["label"] in set(here["label"])
    gold = defaultdict(list)
    for line in record["lines"]:
        gold[line["label"]].append((line["line"], text[line["start"]:line["end"]]))
    meta = text_metadata(blocks)
    printed = [t for n, t in gold["headline"] if n != 1] or [t for _, t in gold["headline"]]
    headline = words_of(meta.get("headline", ""))
    if printed or headline:
        counts["meta:headline"] += 1
        counts["meta_ok:headline"] += any(headline_right(headline, t) for t in printed)
    byline = " ".join(t for _, t in gold["byline"])
    stated = words_of(meta.get("byline") or meta.get("byline_outlet", ""))  # the people, or the outlet alone
    if byline or stated:
        counts["meta:byline"] += 1
        counts["meta_ok:byline"] += bool(byline and stated) and set(stated) <= set(words_of(byline))
    dates = [parse_date(t) for _, t in gold["date"]]
    day = next((d for d in dates if d), None)
    if day:
        counts["meta:date"] += 1
        found = meta.get("published_in_text") or meta.get("page_date") or ""
        counts["meta_ok:date"] += found[:10] == day[:10]
    if gold["dateline"]:
        counts["meta:dateline"] += 1
        place = meta.get("dateline_place", "")
        counts["meta_ok:dateline"] += bool(place) and place in gold["dateline"][0][1]


def report(half: str, counts: dict) -> None:
    print(f"{half}: {counts['pages']} pages")
    print(f"  body      {prf(counts['tp'], counts['fp'], counts['fn'])}")
    print(f"  set aside {prf(counts['tn'], counts['fn'], counts['fp'])}")
    print(f"  fragments kept as body {counts['fragment_body']}/{counts['fragment']}, "
          f"unsure {counts['unsure_body']}/{counts['unsure']}")
    kept = sorted((k.split(":")[1] for k in counts if k.startswith("kept:")), key=lambda k: -counts[f"kept:{k}"])
    print("  non-article lines kept as body: " + (", ".join(
        f"{k} {counts[f'kept:{k}']}/{counts[f'all:{k}']}" for k in kept) or "none"))
    print("  metadata lines labelled right: " + ", ".join(
        f"{k} {counts[f'line_ok:{k}']}/{counts[f'line:{k}']}" for k in METADATA_LABELS))
    print("  metadata stated right (pages): " + ", ".join(
        f"{k} {counts[f'meta_ok:{k}']}/{counts[f'meta:{k}']}" for k in METADATA_LABELS))


def sentence_inside(lines: list[dict], start: int, end: int) -> bool:
    """Whether at least half of ``[start, end)`` lies on article or fragment lines."""
    inside = sum(max(0, min(end, g["end"]) - max(start, g["start"])) for g in lines if g["group"] in INSIDE)
    return inside * 2 >= end - start


def score_family(records: list[dict], texts: dict[str, str]) -> None:
    names = {r["page"]: r["page"].split("_")[0].removeprefix("en.") for r in records}
    story = nk.story_from_texts({names[r["page"]]: texts[r["page"]] for r in records})
    lines = {names[r["page"]]: r["lines"] for r in records}
    sents = nk.sentences(story)
    inside = {(r.version, r.sentence): sentence_inside(lines[r.version], r.start, r.end) for r in sents.itertuples()}
    aligned = nk.align(story)
    outside = sum(
        any(not pd.isna(s) and not inside[(v, int(s))] for v, s in ((row.version_a, row.sentence_a),
                                                                     (row.version_b, row.sentence_b)))
        for row in aligned.itertuples())
    body_out = sum(not v for v in inside.values())
    print(f"family {records[0]['family']}: alignment rows with a sentence outside the article "
          f"{outside}/{len(aligned)} = {outside / max(1, len(aligned)):.3f}; body sentences outside the article "
          f"{body_out} of {len(inside)}")
    article = {names[r["page"]]: "\n".join(texts[r["page"]][g["start"]:g["end"]] for g in r["lines"]
                                           if g["group"] == "article") for r in records}
    stats = nk.text_stats(story).set_index("version")
    alone = article_stats(article)
    for version in stats.index:
        words, grade = alone.get(version, ("none", float("nan")))
        print(f"  {version:12s} words {stats.loc[version, 'words']:5d} (article alone "
              f"{words}), Flesch-Kincaid {stats.loc[version, 'flesch_kincaid_grade']:.1f} ({grade:.1f})")


def article_stats(article: dict[str, str]) -> dict[str, tuple[int, float]]:
    """Words and Flesch-Kincaid grade of each copy's article text; a copy with no article line (a photo gallery) has
    none.

    >>> sorted(article_stats({"a": "The council shut the bridge on Monday.", "b": ""}))
    ['a']
    """
    kept = {version: text for version, text in article.items() if text.strip()}
    if not kept:
        return {}
    stats = nk.text_stats(nk.story_from_texts(kept)).set_index("version")
    return {version: (int(stats.loc[version, "words"]), float(stats.loc[version, "flesch_kincaid_grade"]))
            for version in stats.index}


def clean_corpora():
    """(name, {version: raw text}) of the corpora whose body labels must not change."""
    for folder in [ROOT / "data/stories/kazakhstan-csto-2022", *sorted((SHARED / "onestopenglish/stories").iterdir())]:
        if folder.is_dir():
            story = nk.load_story(folder)
            yield f"{folder.parent.name}/{folder.name}", {v.id: v.raw for v in story.versions}
    with open(SHARED / "wikinews-revisions/revisions.jsonl", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            yield f"wikinews/{item['doc_id']}", {"before": item["before_revision"], "after": item["after_revision"]}
    basil = ROOT / "evaluation" / "realcopy" / "cache"
    meta = (ROOT / "evaluation" / "gold" / "realcopy_meta.jsonl").read_text(encoding="utf-8").splitlines()
    unseen = {record["family"] for record in map(json.loads, meta) if record["half"] in UNSEEN}
    for folder in sorted(p for p in basil.glob("*") if p.is_dir() and p.name not in unseen):  # nothing shown of them
        yield f"basil/{folder.name}", {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def body_blocks() -> dict:
    found = {}
    for name, texts in clean_corpora():
        for version, raw in texts.items():
            blocks = label_blocks(raw)
            found[f"{name}/{version}"] = blocks.loc[blocks["label"] == "body", ["start", "end"]].values.tolist()
    return found


def capture_or_check(mode: str, path: str) -> int:
    found = body_blocks()
    if mode == "--capture":
        Path(path).write_bytes(pickle.dumps(found))
        print(f"{len(found)} texts, {sum(map(len, found.values()))} body blocks -> {path}")
        return 0
    before = pickle.loads(Path(path).read_bytes())
    changed = [name for name in before if before[name] != found.get(name)]
    print(f"{len(before)} texts, {sum(map(len, before.values()))} body blocks before, "
          f"{sum(map(len, found.values()))} after; texts whose body blocks changed: {len(changed)}")
    for name in changed:
        old, new = map(set, (map(tuple, before[name]), map(tuple, found.get(name, []))))
        print(f"  {name}: lost {sorted(old - new)[:5]} gained {sorted(new - old)[:5]}")
    return 1 if changed else 0


def main(argv: list[str]) -> int:
    warnings.simplefilter("ignore")
    if argv[:1] in (["--capture"], ["--check"]):
        return capture_or_check(argv[0], argv[1])
    listed = argv[1] if argv[:1] == ["--list"] and argv[1:2] else None
    if listed in UNLISTED:
        print(f"{listed} is kept unseen: its errors are not listed (run without --list for its aggregates)")
        return 1
    if not CACHE.is_dir():
        print(f"no pages in {CACHE}: run evaluation/scraped/build.py first (see its docstring)")
        return 0
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    counts: dict[str, Counter] = defaultdict(Counter)
    texts, families = {}, defaultdict(list)
    for record in records:
        path = CACHE / f"{record['page']}.txt"
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if sha1(text) != record["sha1"]:
            print(f"{record['page']}: text missing or not the annotated one (sha1 differs): skipped")
            continue
        texts[record["page"]] = text
        if listed:
            if record["half"] == listed:
                list_errors(record, text)
            continue
        counts[record["half"]]["pages"] += 1
        score_page(record, text, counts[record["half"]])
        if record["family"]:
            families[record["family"]].append(record)
    if listed:
        return 0
    for half in HALVES:
        report(half, counts[half])
    for family in families.values():
        score_family(family, texts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
