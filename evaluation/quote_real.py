"""Score newskit's quotations on real news read and annotated by hand (evaluation/gold/real_quotes.jsonl).

The gold holds, per article, the offsets of every direct quotation (partial quotes included,
quoted terms and titles left out) and its speaker: the fullest name the article gives, or the
mention as written when it never names one; "A|B" lists readings that are equally right (an
organisation or the document that speaks for it). Articles are the OneStopEnglish advanced texts
(``onestopenglish``: story folder, level) and Wikinews revisions (``wikinews``: doc_id and row of
revisions.jsonl, whose after_revision text is read with ``nk.story_from_texts``), in three parts
annotated in turn, each before any rule change it would score: half 1 (tuned on), half 2 (held out
from half 1's tuning) and half 3 (41 fresh articles: OneStopEnglish advanced texts, three
intermediate ones, and short Wikinews revisions; scored only before and after the rule changes that
followed halves 1 and 2) and half 4 (15 articles annotated after half 3's rule changes: the
intermediate OneStopEnglish texts of 13 stories whose advanced text is in halves 1-3, the only unused
sources with several quotes, and two Wikinews revisions; scored once before and once after the rule
changes that followed). Halves 5 and 6 (``scraped``: page and sha1) are 24 scraped US and world news
pages of ``evaluation/scraped/cache`` (AP, Reuters, CNN, ABC News, CBC, NPR, NBC via Yahoo, CNBC, Fox News, Al
Jazeera; the AP story of the cracked chemical tank on CBC and ABC News with NPR's own report, Fani Willis's testimony
on AP News and CNN, AP's story of Rubio's doubts on Cuba on CBC and ABC News, Zelenskyy's June deadline on NPR and Al
Jazeera and the Kremlin's view of the Abu Dhabi talks on AP News and ABC News, each family in one half), annotated by
reading before any quotation or speaker of newskit's was seen on them: the quotations of the article text only
(lines the furniture gold, ``evaluation/gold/scraped_furniture.jsonl``, labels article or fragment: captions,
headlines, promos and the like are left out), offsets into the page's text as ``nk.story_from_texts`` reads it
(the text ``evaluation/furniture_eval.py`` scores). Half 5 is tuned on; half 6 is kept unseen (``UNLISTED``): its
aggregates are printed, its errors never listed. A scraped page is skipped, saying so, when the cache or the page is
absent (``evaluation/scraped/build.py`` rebuilds it) or its text's sha1 is not the annotated one. No article text
is stored in the repository: quotes are recovered from the offsets into ``version.raw``. Half 7 (``scraped``,
tuned on) is 11 more pages of the cache, 79 quotations annotated the same way before newskit was run on them: the
Giveme5W1H news-cluster copies of three stories (the bird in a Delta cockpit on The Washington Post, The Denver Post
and SFGate; Reuters' indictment of Ahed Tamimi on Reuters, the Daily Mail and The New York Times; AP's American
Airlines apology on The Washington Post and The New York Times) and four single pages (Canadian Press on
NanaimoNewsNOW, CBC Nova Scotia, Al Jazeera on Lebanon). Its readings follow the guidelines' earlier decisions: a
word a named speaker "referred to it as" is that speaker's quotation; words a person "recalled the pilot telling"
are the recaller's (the accuser's rule); a chorus of stylised "what did he say"s, a "travel advisory" issued and a
US-mediated "ceasefire" are terms; a quotation opened by a closing mark is a quotation. Records of half 7 also give
each quotation's ``speaker_type`` (person, organisation, media, anonymous), which the scorer does not read.
Half 8 (``scraped``, kept unseen: ``UNLISTED``) is 8 more pages of the cache, 132 quotations with ``speaker_type``,
annotated the same way before newskit was run on them: the BBC's interview with Zelensky, AFP's fourth-anniversary
story on KTEN, the Geneva talks on TIME and Kurdistan24, Global News on the Innisfil police shooting, The New York
Times on small meals for GLP-1 users, WTTW on Chicago's quantum campus and Fox News on Eric Idle's finances. Its
readings add: an interview's uncued answers are the interviewee's, their mention his nearest mention in the
reporting text before them (not the interviewer's "you"); the name of a menu or a rank printed on a certificate,
a place's nickname and the words diners say to order ("menu for one") are terms; each fan answering a post on X
is an anonymous "fan".
Half 9 (``scraped``, scored unseen once: quote F1 .982, speaker P/R/F1 .827/.798/.812 (tp 67 fp 14 fn 17), mention
F1 .933; tuned on since) is 10 more pages of the cache, 84 quotations with ``speaker_type``,
annotated the same way before newskit was run on them: the Costa Rica plane crash on The Denver Channel, HuffPost and
The Hindu, the first day of the second Abu Dhabi round on The Guardian and France 24's live page, NASA's Artemis II
launch plan on Fox News and Scientific American, Fox News on loud fitness classes, RFE/RL on OilPrice.com on the
Geneva round of February 26 and CNN on Kodak's going-concern warning. Its readings add: a stray closing mark after a
reporter's indirect speech ("Lee noted that it may ... step out of the class."") with no opening mark marks no
quotation; an advertising slogan a person coined is a term, like a title; a rabbi's statement on Facebook, and
"It says" of it, speak for the rabbi (half 4's statement rule).
Half 10 (``scraped``, scored unseen once, newskit as of cc766cf and unchanged at 83786eb: quote F1 .984 (tp 93 fp 3 fn
0), speaker P/R/F1 .879/.860/.870 (tp 80 fp 11 fn 13), mention F1 .913; tuned on since) is 10 more pages of the cache,
93 quotations with ``speaker_type``, annotated the same way before newskit was run on them, on kinds of story the
earlier halves lack: Mediazona on Alexander Strukov's second trial, The Federalist on a Venezuelan smuggler's guilty
plea, Fortune on Russia's economy in a "death zone", Network World on IBM's Heron processor, CNN on why Artemis II
will not land, Google's Willow chip on Reuters and Fortune, the proof of quantum information supremacy on New
Scientist and Popular Mechanics, and CNN's report of the low-cloud study on Yahoo News. Its readings add: in
"According to X, ... Y said "..."" the words are Y's, the subject of the cue (X an equally right reading), while in "X
recalled that Y told ... "..."" they are X's (half 7); the quoted names of charges and statutes ("justifying
terrorism"), of a prison register's categories and a phrase named as a phrase ("the phrase "death to Putin" was open
to interpretation") are terms; an official record's own wording ("called military veterans "bad names"", according to
the record) is the record's, as the indictment's is (half 7); a paper's authors ("the authors wrote", the team that
"report") speak as one anonymous speaker; a misspelt surname ("Artur" for Art Arthur) is the named person's, the
misspelling an equally right reading.
Half 11 (``scraped``, scored unseen once, newskit as of 83786eb and unchanged at b1aef80: quote F1 .933 (tp 76 fp 3 fn
8), speaker P/R/F1 .913/.750/.824 (tp 63 fp 6 fn 21), full .913/.750/.824, mention F1 .837 (tp 64 fp 5 fn 20); tuned on
since) is 10 more pages of the cache, 84 quotations with ``speaker_type``, annotated the same way before newskit was run
on them, on kinds of story and outlets the earlier halves lack: OSV News's interview with Major Archbishop Shevchuk,
ICIJ on Hong Kong traders behind Russia's European electronics, the New York Post on an anesthesia bill, The Independent
on a teenage pilot's case in Chile, New Scientist on Microsoft's Majorana 1, TechCrunch on India's startup funding, Scot
Scoop (a student paper) on Ukrainians' voices, The Sun on the Cubs' World Series win, and the Terrigal Beach fireworks
fire on CTV News and The Straits Times. Its readings add: a link's tooltip in marks is markup; a label goods were
declared under ("working tools") is a term; words a report, series or journal paper "found" or is "stating" are its
researchers' (one anonymous speaker) or its publisher's, a journal's editorial note its editorial team's; a quotation
whose opening mark or first letter stands on a line of its own (drop capitals) runs from mark to mark across the breaks.
Half 12 (``scraped``, scored unseen once, newskit as of b1aef80 and unchanged at 2503cb1, after a round tuned on half
11: quote F1 .989 (tp 86 fp 2 fn 0), speaker P/R/F1 .831/.802/.817 (tp 69 fp 14 fn 17), full .807/.779/.793, mention F1
.899 (tp 76 fp 7 fn 10); tuned on since) is 10 more pages of the cache, 86 quotations with ``speaker_type``, annotated
the same way before newskit was run on them, on kinds of story and outlets the earlier halves lack: CP24 on the two
police officers killed in Innisfil (half 8's story on Global News), Foreign Policy's World Brief (the Abu Dhabi talks,
Japan's snap election, Uganda's crackdown, Carney against Trump), NPR's Up First newsletter (Iran talks, Ebola, the pope
on AI, CBS), The Guardian on US tariffs on Swiss gold bars, AP on The Washington Post on Ahed Tamimi's indictment and
Khalida Jarrar's detention, Al Jazeera on Ukraine's southern gains and missile strikes, and four syndicated pages on
AOL: The Independent on Starmer and Healey at the war's fourth anniversary, The Hill on Rep. Crawford on Fox News, AP's
Melania Trump at the UN Security Council and AP on the Geneva round. Its readings add: a quotation whose closing mark
the page lost (its words a link's text, the rest of the sentence dropped; the last paragraph of a quotation over
paragraphs left open) ends with its last quoted word; a word in marks in a clause continuing a cue ("said he will not
challenge them in court, citing the country's "captured" judiciary") and a word of someone's claim put to another in a
question are quotations of the speaker and of the claimant; an interviewer's quoted question is the interviewer's; words
an office "confirmed" speak for the office, unnamed news agencies that "suggest" words for the agencies (media); a pope
without his regnal number is an equally right reading; a missile's, a board's, an encyclical's and a meeting's names and
a brand's pitch are terms.
Half 13 (``scraped``, scored unseen once, newskit as of 51f8475 and unchanged at a305d61: quote F1 .985 (tp 66 fp
2 fn 0), speaker P/R/F1 .864/.864/.864 (tp 57 fp 9 fn 9), full .727/.727/.727, mention F1 .909 (tp 60 fp 6 fn 6); tuned
on since) is 10 more pages of the cache, 66 quotations with ``speaker_type``,
annotated the same way before newskit was run on them, from the last unused pages with quotations (few are left, and
mostly on the war): Fortune's analysis of Russia's "paper bear" economy (Kissinger and Mao in 1973), Türkiye Today on
Zelenskyy's Sky News interview, Al Jazeera's timeline of the peace talks, AFP on KTEN on the Geneva round, Geneva
Solutions on the Iran and Ukraine talks in Geneva, the UN's world news in brief on The European Sting (Kyiv, migrant
deaths, Brazil's floods), CNBC on Anthropic's Claude Haiku 4.5, and three syndicated pages on AOL: Michael D. Carroll
on the ISW's view of Putin's call-ups, The Hill on the war's fourth anniversary and Fox News Digital on Russia's
stalling.
Its readings add: a person the article lines name by surname only, the page's lede lost to a link and a drop capital,
is given the full name its headline and caption print; words an unnamed "expert analysis" "revealed" or "experts"
argue are the think tank's the next paragraph names (half 11's report); a quoted word of a plan a country proposed is
the country's, words critics faulted a plan for not acknowledging the critics', while a word of a third party's call
a person rejected and a word in an accusation with no accuser are terms; two parties that "described" talks as a
"good start" speak as one (half 7); a reply that repeats another's phrase ("'Paper tiger,'" Kissinger responded) is
the replier's, and an editor's bracketed insertion is part of its quotation.
Half 14 (``scraped``, scored unseen once, newskit as of a305d61: quote F1 .978 (tp 67 fp 3 fn 0), speaker P/R/F1
.774/.716/.744 (tp 48 fp 14 fn 19), full .694/.642/.667, mention F1 .915 (tp 59 fp 3 fn 8); a name beside the quotation
with its cue gave the right person 28 of 33 times, a pronoun 8 of 10, a description 5 of 9, 6 found quotations had no
speaker, and the one speaker the page lost is right for no reading; tuned on since) is 38 more pages of the cache, 67
quotations with ``speaker_type``, annotated the same way before newskit was run on them: every unused page of the
furniture gold with a quotation (37 pages are left, their marks all terms or none). Wire copies: the US Treasury's
Lukoil deadline on KFGO, Cotidianul and Vijesti; the Zaporizhzhia truce on Daily Sabah and CNBC; AP's subway work trains
on The Washington Post, The New York Times and ABC News and AP's Erie snowfall on ABC News, The New York Times and the
Daily Mail; OCHA's foreword to the Ukraine response plan on UNOCHA and ReliefWeb; Nizhny Novgorod's industry on
Bloomberg and United24; SpaceX's Starship flight on TechCrunch and Scientific American. Single pages: Euromaidan Press
on Kupiansk, Mezha on Trump and Cuba and on the front line, United24 on a Vatican stamp, EUobserver on Sikorski and the
Kiel Institute, SCMP on a Chinese quantum chip, SecurityWeek on Project Eleven, Northeastern Global News and the Lowy
Interpreter on four years of war, Reuters on Ukraine's power drought, Medvedev and Geneva's free transport, CNN on New
Glenn, France 24 on the climate reports, Planet Detroit on AI's energy, The Columbian on the Langley shootings, AP's
Tamimi indictment on the Daily Mail, the Cubs on the Evening Standard (these two quote sentences that copies in halves
12 and 11 hold), and three AOL pages on the war. Its readings add: a quotation whose speaker the page lost with a link's
text is kept, its speaker "unknown"; words a statement "quoted" a person "as saying" are the person's; the issuer of an
official act ("issued a snow emergency, citing "...""; a police alert "saying") speaks its words; words "according to
documents seen by" a medium are the documents', "according to the briefing" the briefing body's; a phrase a person
"believes" and what "some people call" a thing are terms.
Half 15 (``scraped``, scored unseen once, newskit as of e312bdd and unchanged at 9c4e2d2: quote F1 .972 (tp 155 fp 9 fn
0), speaker P/R/F1 .831/.826/.828 (tp 128 fp 26 fn 27), full .779/.774/.777, mention F1 .880 (tp 136 fp 18 fn 19); a
name beside the quotation with its cue gave the right person 65 of 67 times, a pronoun there 17 of 22, a description 17
of 22, 7 found quotations had no speaker; right persons by the gold speaker's type: persons 78 of 90, organisations 32
of 45, anonymous 15 of 17, media 3 of 3; tuned on since) is 22 pages of the furniture gold's half "unseen21"
(news-please records of Giveme5W1H's news-cluster data set that no half had used, ``evaluation/scraped/build.py``
GIVEME_4), 155 quotations with ``speaker_type`` (90 person, 45 organisation, 17 anonymous, 3 media), annotated the same
way before newskit was run on them. Eight events on two or three outlets each: the Croydon tram derailment on The
Telegraph, the Daily Express and USA Today; the Chibok schoolgirls' release on NPR and The Sun; Uma Thurman's interview
on ABC News and CNN; the gorilla Harambe on NPR, RT and The Washington Post; the campaign against tech addiction on the
BBC and The Guardian; the ANA flight turned back for a passenger on the wrong plane on The New York Times' Reuters page,
RT and The Washington Post; the "Nigerian prince" arrest on USA Today and RT; the Seattle sex-trafficking sting on RT
and Engadget. Single pages: i24NEWS and RT on West Bank settlements and Reuters on Kim Jong Un's New Year address. Its
readings add: words after a verb of aim ("aims to", "dedicated to") and in an agentless passive ("were described as",
"was deemed") and quoted classified ads are terms; words a survivor says the driver told him are the survivor's; an
unnamed post speaks as "The post", a chorus of quoted Facebook posts as one anonymous "Facebook posts"; a word an
official "welcomed" in marks is his; what initial findings "show" is the body's, a resolution's words the body's that
passed it; a page naming a person by surname only keeps the surname ("Kim"); a speech broken by a caption line ends at
its paragraph's end, the next paragraph a new quotation.
Half 16 (``scraped``, scored unseen once, newskit as of 9c4e2d2 and unchanged at 44dbaf4: quote F1 .967 (tp 131 fp 9 fn
0), speaker P/R/F1 .767/.779/.773 (tp 102 fp 31 fn 29), full .759/.771/.765, mention F1 .856 (tp 113 fp 20 fn 18); a
name beside the quotation with its cue gave the right person 47 of 53 times, a pronoun there 15 of 26, a description 12
of 15, 5 found quotations had no speaker; right persons by the gold speaker's type: persons 88 of 106, organisations 7
of 12, anonymous 5 of 8, media 2 of 5; tuned on since) is 19 pages of the furniture gold's half "unseen22" (news-please
records of Giveme5W1H's news-cluster data set that no half had used, ``evaluation/scraped/build.py`` GIVEME_5; its
twentieth page, RT on Berlin's safe zone, quotes no one), 131 quotations with ``speaker_type`` (106 person, 12
organisation, 8 anonymous, 5 media), annotated the same way before newskit was run on them. Eight events on two or three
outlets each: Sarah Silverman and Michael Sheen's split on the New York Daily News, USA Today and The Sun; the female
executives' letter to the Recording Academy on Entertainment Weekly and The New York Times; Bruce Arians' retirement on
ABC News and The Washington Post; AP's Rihanna story on The Washington Post and the Daily Mail; Berlin's New Year's Eve
safe zone on the Daily Mail (Thomson Reuters Foundation) and The Washington Post; oil for North Korea against UN
sanctions on RT, Fox News and The Washington Post; South Korea's seizure of the Lighthouse Winmore on The New York Times
and NPR; Apple's removal of Telegram on USA Today, The Inquirer and The Telegraph. Its readings add: a letter described
as a group's speaks as the group (the letter an equally right reading), not as a signer or the medium that reports it; a
poem's lines are its named author's; a news agency's or newspaper's report quoted after "From Yonhap:", "As ... media
reports," or "The report said" is the medium's, and so are the words of its account of a person, while the headline it
quotes is a term; a goal an organisation "announced" in marks is its quotation, words "In its latest sanctions" a
council "was concerned that" the council's, a company's quoted guidelines the document's; two numbered unnamed sources
are two anonymous speakers; a nickname in an agentless passive and a coach's slogan are terms.
Half 17 (``scraped``, scored unseen once, newskit as of 5fab9b2: quote F1 .987 (tp 76 fp 2
fn 0), speaker P/R/F1 .883/.895/.889 (tp 68 fp 9 fn 8), full .883/.895/.889, mention F1 .915 (tp 70 fp 7 fn 6); a name
beside the quotation with its cue gave the right person 35 of 37 times, a pronoun there 10 of 12, a name between two
quotations 7 of 9, 1 found quotation had no speaker; right persons by the gold speaker's type: persons 54 of 60,
organisations 9 of 10, anonymous 5 of 6; tuned on since) is 14 pages of the furniture gold's half "unseen23"
(news-please records of Giveme5W1H's news-cluster data set that no half had used, ``evaluation/scraped/build.py``
GIVEME_6), 76 quotations with ``speaker_type`` (60 person, 10 organisation, 6 anonymous), annotated the same way before
newskit was run on them. Five events on two or three outlets each: Boko Haram freeing 21 Chibok schoolgirls on the
Daily Mail (AFP), The Washington Post and The Hindu; the campaign against tech addiction on The Times, The New York
Times and USA Today; the Costa Rica plane crash on RT, The Hindu and the Daily Mail (PA); the Taliban's attack on the
German consulate in Mazar-i-Sharif on the BBC, The Guardian and The Telegraph; Carson Palmer's retirement on The New
York Times (Reuters) and The Washington Post (AP). Its readings add: a word in marks in a participle clause opening or
carrying on a cue ("Declaring ... "significant", officials said", "declining to identify the victims "out of respect
..."") is the speaker's, as is a word a person "pledges" by in a timeline entry; an open letter's opening ("the letter
began") is its author's (the letter an equally right reading); an alliance that "says" words speaks as the body the
next sentence names; a job title, a button's and a mission's names and a meeting's purpose in marks are terms.
Half 18 (``scraped``, scored unseen once, newskit as of 12a7c88 and unchanged at a5f66cc: quote F1 .965 (tp 82 fp 5 fn
1), speaker P/R/F1 .833/.843/.838 (tp 70 fp 14 fn 13), full .833/.843/.838, mention F1 .922 (tp 77 fp 7 fn 6); a name
beside the quotation with its cue gave the right person 38 of 38 times, a pronoun there 13 of 15, a description there 0
of 7, a name between two quotations 6 of 7, 2 found quotations had no speaker; right persons by the gold speaker's type:
persons 70 of 79, organisations 0 of 3; tuned on since) is 10 pages of the furniture gold's half "unseen24" (news-please
records of Giveme5W1H's news-cluster data set that no half had used, ``evaluation/scraped/build.py`` GIVEME_7), 83
quotations with ``speaker_type`` (80 person, 3 organisation), annotated the same way before newskit was run on them.
Five events on two outlets each: Uma Thurman's accusations against Harvey Weinstein and Quentin Tarantino on The
Washington Post (AP) and the BBC; Broadcom's raised bid for Qualcomm on Reuters and Bloomberg; the first planets found
beyond the Milky Way on NBC News and RT; China's Tiangong-1 station falling to Earth on The Guardian and the Daily
Express; SpaceX's Falcon Heavy before its first flight on NPR and The Washington Post (AP). Its readings add: words a
person "acknowledged making" and his representative's emailed statement are the representative's and the person's alike;
"quoting him as saying" gives the words to "him"; what a director "said he heard" or "said it was the actress's
suggestion" to do is his; a company's words "according to a statement" are the company's; an uncued phrase in a
paragraph a person's view opens is that person's; an offer's and fees' names, what a person "calls" a thing and
"so-called" words are terms.
Half 19 (``scraped``, scored unseen once, newskit as of a5f66cc: quote F1 .995 (tp 92 fp 1 fn 0), speaker P/R/F1
.787/.761/.773 (tp 70 fp 19 fn 22), full .787/.761/.773, mention F1 .895 (tp 81 fp 8 fn 11); a name beside the quotation
with its cue gave the right person 46 of 54 times, a pronoun there 7 of 7, a description there 3 of 10, a name in the
same sentence 3 of 3, a name in the quotation before 2 of 3, 4 found quotations had no speaker; right persons by the
gold speaker's type: persons 48 of 52, organisations 10 of 20, media 4 of 11, anonymous 8 of 9; tuned on since: speaker
F1 .818 (tp 74 fp 15 fn 18), mention .906 after one round) is 10 pages of the furniture gold's half "unseen25" (more
news-please records of the same data set that no half had used, ``evaluation/scraped/build.py`` GIVEME_8), 92 quotations
with ``speaker_type`` (52 person, 20 organisation, 11 media, 9 anonymous), annotated the same way before newskit was run
on them. Five events on two outlets each: the Las Vegas shooting on The Hindu and RT; the Panama Papers' first
revelations on the Daily Mail (AFP) and NPR; North Korea's missile over Japan on HuffPost (Reuters) and RT; Equifax's
data breach on NPR and The Sun; the Chicago Cubs' World Series win on The Guardian and The Independent. Its readings
add: words a named agent "described" a thing as or "termed" it, and a word in a lede's speech act ("condemned ...
"outrageous" firing"), are the agent's; words a medium "cited" a website as saying are the website's; a family's
statement is the family's; an unnamed spokesman of a named body speaks as that body's spokesman; a medium's report
quoted with its own verb inside the marks is the medium's; "X reported that Y said: "..."" is X's and Y's alike; a
sign's words, a crowd's chant and players' shouts are the sign's, the crowd's and the players'; a letter on a flag, a
song's title, a team's nickname and a curse's name are terms.
Half 20 (``scraped``, scored unseen once, newskit as of 6d8fde7: quote F1 .987 (tp 78 fp 1 fn 1), speaker P/R/F1
.613/.582/.597 (tp 46 fp 29 fn 33), full .613/.582/.597, mention F1 .909 (tp 70 fp 5 fn 9); a name beside the quotation
with its cue gave the right person 27 of 40 times, a pronoun there 6 of 12, a description there 3 of 8, a name by the
quotation before 4 of 5, a named cue 2 of 3, a name in the same sentence 1 of 2, a name between two quotations 1 of 2, 4
found quotations had no speaker; right persons by the gold speaker's type: persons 41 of 68, organisations 3 of 4, media
2 of 4, anonymous 0 of 2; rescored with :func:`same_speaker` counting a gold person's first word as that person since,
c0b7598: speaker .779 (tp 60) with the same code, .792 (tp 61, full .779) after the rounds of the stop that opened half
19; tuned on since) is 10 pages of the furniture gold's half "unseen26" (more news-please records of the same data set
that no half had used, ``evaluation/scraped/build.py`` GIVEME_9, on five events no earlier half had), 79 quotations with
``speaker_type`` (69 person, 4 organisation, 4 media, 2 anonymous), annotated the same way before newskit was run on
them. Five events on two outlets each: North Korea's satellite launch of February 2016 on The Washington Post and China
Daily; bitcoin's fall and the calls to regulate it on The Guardian and The New York Times; China's Chang'e 4 mission to
the moon's far side on The Guardian and Sputnik; Kim Jong Un's New Year's address on CNN and storia.me (a retelling of
CNN's story); the Astros coach Rich Dauer's collapse on Sporting News and the Daily Mail. Its readings add: a quotation
whose closing mark the page dropped before its cue runs to its last quoted word; a retelling's pronoun is read where the
page puts it; words an unnamed description "described" a thing as are the person the next sentence names; an agency's
commentary and report are the agency's; the translation of a name in marks, a holiday's name and what someone "was told"
in an agentless passive are terms.
Half 21 (``scraped``, scored unseen once, newskit as of 52aeec7: quote F1 .987 (tp 74 fp 2 fn
0), speaker P/R/F1 .724/.743/.733 (tp 55 fp 21 fn 19), full .724/.743/.733, mention F1 .880 (tp 66 fp 10 fn 8); a name
beside the quotation with its cue gave the right person 31 of 38 times, a pronoun there 4 of 7, a description there 2 of
5, a name by the quotation before 8 of 11, a name in the same sentence 4 of 5, a name between two quotations 3 of 3, a
description between them 0 of 1, the only subject before a quoted phrase read as a term 2 of 2 (a name, a pronoun), a
subject before a colon in the quotation's sentence 1 of 1, a name in a lead-in sentence ending in a colon 0 of 1; right
persons by the gold speaker's type: persons 46 of 55, organisations 5 of 13, media 2 of 3, anonymous 2 of 3; speaker
.747 (tp 56) at 4be29c7, when it was opened; tuned on since) is 10 pages
of the furniture gold's half "unseen27" (more news-please records of the same data set that no half had used,
``evaluation/scraped/build.py`` GIVEME_10, on five events no earlier half had), 74 quotations with ``speaker_type`` (55
person, 13 organisation, 3 media, 3 anonymous), annotated the same way before newskit was run on them. Five events on
two outlets each: North Korea's missile over Japan of September 15, 2017 on CNN and China Daily (the Kremlin's
reaction); the Brazilian Grand Prix of November 2016 on the Mirror and The Sun; Google's Pixel Visual Core opened to
other apps on Wired and XDA Developers; United Airlines barring two girls in leggings on NPR and China Daily; the PS4
system update 5.50 on The Sun and PSU. Its readings add: a group with a named example that "claims" words speaks as the
group; two governments' request "according to" a third body is the two's; two unnamed officials in succession are two
descriptions, each the other's reading; what a company "writes" and its Twitter account's reply are the company's, and a
warning shown in a beta the warning's; a reply's word echoed in a rhetorical question, a ticket class, an exercise and a
button's name are terms.
Half 22 (``scraped``, scored unseen once, newskit as of 4be29c7: quote F1 .974 (tp 74 fp 4 fn 0), speaker P/R/F1
.662/.662/.662 (tp 49 fp 25 fn 25), full .662/.662/.662, mention F1 .851 (tp 63 fp 11 fn 11); a name beside the
quotation with its cue gave the right person 26 of 30 times, a pronoun there 10 of 13, a description there 2 of 12, a
name in the same sentence 3 of 5, a description there 0 of 1, a pronoun between two quotations 3 of 3, a name between
them 3 of 3, a name by the quotation before 1 of 2, the only subject before a quoted phrase read as a term 1 of 1 (a
name), no speaker found 4 times; right persons by the gold speaker's type: persons 38 of 45, organisations 4 of 15,
media 4 of 5, anonymous 3 of 9; tuned on since) is 10 pages of the furniture gold's half "unseen28" (more news-please
records of the same data set that no half had used, ``evaluation/scraped/build.py`` GIVEME_11, chosen for governments
and companies speaking), 74 quotations with ``speaker_type`` (45 person, 15 organisation, 9 anonymous, 5 media),
annotated the same way before newskit was run on them. Five events on two outlets each: China and the Panama Papers,
April 2016, AFP on the Daily Mail and The Washington Post; Broadcom's raised bid for Qualcomm of February 2018 on The
Japan Times and The New York Times; China answering reports of ships breaking the UN sanctions on North Korea on China
Daily and AP on The Washington Post; the Nice truck attack of July 2016, AFP on the Daily Mail and The New York Times;
an ANA flight turned back for a passenger on the wrong plane on HuffPost Canada and CNN. Its readings add: a word in the
clause an editorial "implied" is the newspaper's, and words "according to instructions seen by" a medium the
instructions'; an appraisal a speaker "called" a thing is a quotation, the name a company "called" its bid a term; words
a person is "promising" to act by and what a man was "yelling" are theirs; a country that condemned and "It said" is the
country, a lede's government that "promised" words its spokesman says below the government (the spokesman equally
right), a UN resolution's words the body's; an article of a group's magazine is the group's, a channel's directive the
channel's, an unnamed fighter's words "according to SITE" the fighter's (SITE equally right).
Half 23 (``scraped``, scored unseen once, newskit as of c9daa72: quote F1 .995 (tp 92 fp 0 fn
1), speaker P/R/F1 .889/.860/.874 (tp 80 fp 10 fn 13), full .889/.860/.874, mention F1 .962 (tp 88 fp 2 fn 5); a name
beside the quotation with its cue gave the right person 43 of 44 times, a pronoun there 12 of 15, a description there 1
of 5, a name between two quotations 9 of 10, a pronoun there 5 of 6, a name by the quotation before 7 of 7, a name in
the same sentence 2 of 2, the only subject before a quoted phrase read as a term 1 of 1 (a name), no speaker found 2
times; right persons by the gold speaker's type: persons 69 of 77, organisations 5 of 7, media 5 of 7, anonymous 1 of
1; tuned on since) is 8 pages of the furniture gold's half "unseen29" (more news-please records of the same data set that no half had
used, ``evaluation/scraped/build.py`` GIVEME_12, chosen for governments, campaigns, companies and state media
speaking), 93 quotations with ``speaker_type`` (78 person, 7 organisation, 7 media, 1 anonymous), annotated the same
way before newskit was run on them. Four events on two outlets each: Boko Haram's release of 21 Chibok schoolgirls,
October 2016, on CNN and The New York Times; North Korea's missile over Japan of August 2017, Reuters on HuffPost and
AFP on The Hindu; the plane crash in Costa Rica of December 31, 2017 on The New York Times and China Daily; Apple's
removal of Telegram from its App Store on the BBC and The Times. Its readings add: a campaign named with a hashtag and
a name with an honorific read with and without them; a word in a sentence carrying on a person's account is theirs;
a quotation closed by two single marks or opened by a double prime is one quotation; "Trump also said ...", Abe told
reporters, is both men's, a word state media say a leader "expressed" the medium's and the leader's, "it cited him as
saying" the leader's (the agency equally right), and state media's own account of him the agency's; words a leader
was "dubbing" a thing, a clause "analysts told AFP" and a country's warning are theirs; an unnamed description that
"called" a thing is the man the next sentence names; a paywalled quotation runs to its last word; a brand's pitch, an
app's label and an alert system's name are terms.
Half 24 (``scraped``, scored unseen once, newskit as of f075ca2: quote F1 .987 (tp 77 fp 2 fn
0), speaker P/R/F1 .797/.818/.808 (tp 63 fp 16 fn 14), full .797/.818/.808, mention F1 .872 (tp 68 fp 11 fn 9); a name
beside the quotation with its cue gave the right person 28 of 31 times, a pronoun there 19 of 22, a description there 3
of 4, a name by the quotation before 4 of 5, a name between two quotations 3 of 4, a pronoun there 1 of 4, a
description there 0 of 1, a name in the same sentence 1 of 2, a pronoun there 1 of 1, the subject of the clause before
a quoted fragment 1 of 1, a named cue 1 of 1, the only subject before a quoted phrase read as a term 1 of 1 (a name);
right persons by the gold speaker's type: persons 59 of 67, organisations 1 of 4, anonymous 3 of 6; tuned on
since) is 10 pages of the
furniture gold's half "unseen30" (more news-please records of the same data set that no half had used,
``evaluation/scraped/build.py`` GIVEME_13, chosen for governments, companies, a letter's signers and a constitution
speaking), 77 quotations with ``speaker_type`` (67 person, 6 anonymous, 4 organisation), annotated the same way before
newskit was run on them. Four events on two outlets each and two single pages: Germany's New Year's Eve security,
December 2017, AP on The Washington Post and The New York Times; Equifax after its data breach on Gizmodo and
Bloomberg; Panama after the Panama Papers on NPR and The Washington Post; North Korea's missile over Japan of September
15, 2017 on NPR and CNN; Rolling Stone on women music executives' letter to the Recording Academy; the Los Angeles
Times' page of news updates (Paul Simon's farewell tour). Its readings add: words a newspaper "quoted him as saying"
are his (the newspaper equally right); the name of a place set aside, a category of police statistics, a domain, ad
labels, a site's headline, a shirt's slogan and a task force's aim are terms; a company that "declined to comment ...
but said" is the company; words after "she agrees" in a paragraph opened by her view are hers; an unnamed judge and an
unnamed president speak as the text describes them, a company spokesman as the company's spokesman; a quoted word of
remarks named with their speaker is his, words in brackets after a critic's name the critic's; a surname two people
on the page share gives both readings; a country warning in its state media, an alert system's messages and a
constitution that "says" are theirs.
Half 25 (``scraped``, scored unseen once, newskit as of 8c1e976: quote F1 .961 (tp 74 fp 4 fn
2), speaker P/R/F1 .773/.763/.768 (tp 58 fp 17 fn 18), full .760/.750/.755, mention F1 .848 (tp 64 fp 11 fn 12); a name
beside the quotation with its cue gave the right person 32 of 34 times, a pronoun there 11 of 13, a description there 2
of 5, a name by the quotation before 2 of 3, a name between two quotations 5 of 6, a pronoun there 4 of 5, a
description there 0 of 2, a name in the same sentence 1 of 2, the only subject before a quoted phrase read as a term 1
of 1 (a name), no speaker found 0 of 3; right persons by the gold speaker's type: persons 50 of 56, organisations 8 of
17, anonymous 0 of 1; tuned on since) is 10 pages of the
furniture gold's half "unseen31" (more news-please records of the same data
set that no half had used, ``evaluation/scraped/build.py`` GIVEME_14, chosen for companies, governments, a family, a
prosecutor, a petition, a poster and a sign speaking), 76 quotations with ``speaker_type`` (58 person, 17
organisation, 1 anonymous), annotated the same way before newskit was run on them. Five events on two outlets each:
Equifax's data breach on The Sun and The New York Times; North Korea's missile over Japan of August 29, 2017, Reuters on
HuffPost and The New York Times; the gorilla killed at the Cincinnati Zoo, agencies on China Daily and The Sun; the
Falcon Heavy's first flight, AP on The Washington Post and RT; the Las Vegas shooting on The New York Times (the
gunman's life) and China Daily. Its readings add: a "Wanted" poster that "warned", a petition that "called for" words
and a warning sign that "reads" speak in their quoted words (the poster's name and a Facebook page's title are terms);
"They say they are "thankful"" after a sentence on the parents is the parents', who speak as the family whose
statement the page prints; shouts in marks with no one named shouting, a job title and a word named as a word are
terms; what a company "billed" a thing as is the company's, "<company> confirmed, as cited by <wire service>" the
company's (the wire service equally right); what a person "offered" another is his; a name given with and without
"II" gives both readings.
Half 26 (``scraped``, scored unseen once, newskit as of e5de492: quote F1 .969 (tp 95 fp 4 fn 2), speaker P/R/F1
.659/.598/.627 (tp 58 fp 30 fn 39), full .659/.598/.627, mention F1 .746 (tp 69 fp 19 fn 28); a name beside the
quotation with its cue gave the right person 31 of 38 times, a pronoun there 8 of 9, a description there 1 of 5, a name
by the quotation before 3 of 3, a pronoun there 0 of 3, a description there 0 of 5, a name between two quotations 7 of
7, a pronoun there 1 of 2, a description there 0 of 1, a name in the same sentence 3 of 4, an organisation as the
subject of the clause before a quoted fragment 1 of 2, a description in a lead-in sentence ending in a colon 0 of 2, a
named cue 1 of 1, the subject of the clause before a quoted fragment 1 of 1, the only subject before a quoted phrase
read as a term 1 of 1 (a name), no speaker found 0 of 11; right persons by the gold speaker's type: persons 42 of 47,
organisations 12 of 23, media 3 of 5, anonymous 1 of 20; tuned on since) is 10 pages of the furniture gold's half
"unseen32" (more news-please records of the same data set that no half had used, ``evaluation/scraped/build.py``
GIVEME_15, chosen for governments, companies, a newspaper, an airport's Twitter account, loudspeakers and unnamed police
officers speaking), 97 quotations with ``speaker_type`` (48 person, 24 organisation, 20 anonymous, 5 media), annotated
the same way before newskit was run on them. Five events on two pages each: North Korea's missile over Japan of
September 15, 2017 on RT and The Hindu (AFP); the plane crash in Costa Rica, AP on The Washington Post and CNN; the
Panama Papers leak on CNN (its explainer) and RT; the Las Vegas shooting on The Hindu's live page and The New York Times
(an account built on the police's radio calls); American Airlines' apology to two G League players, AP's story and the
Daily Mail's own, both on the Daily Mail's site. Its readings add: radio calls of unnamed officers, cued or set between
cued ones, are one anonymous "officer|officers"; a description beside the cue whose man the next sentence names is that
man; "Pyongyang" warning or threatening in marks is "Pyongyang|North Korea", loudspeakers that "blared" words speak as
the loudspeakers; a company's statement a spokeswoman gave is the company's (she equally right); a lede's phrase a
newspaper's release is "providing", quoted below as the paper's writing, is the paper's; an airport's Twitter handle is
the airport, its agentless "an update was tweeted" a follow-on; a pilot's word "according to" the woman he asked is the
pilot's (she equally right); a police category, a sign's name and "so-called" words are terms.
Half 27 (``scraped``, scored unseen once, newskit as of 44994d2: quote F1 .952 (tp 79 fp 6 fn 2), speaker P/R/F1
.780/.790/.785 (tp 64 fp 18 fn 17), full .780/.790/.785, mention F1 .859 (tp 70 fp 12 fn 11); a name beside the
quotation with its cue gave the right person 28 of 32 times, a pronoun there 19 of 22, a description there 2 of 5, a
pronoun between two quotations 5 of 5, a name there 1 of 1, a name in the same sentence 3 of 4, a name by the quotation
before 3 of 3, a pronoun there 2 of 2, a description there 0 of 1, the only subject before a quoted phrase read as a
term 1 of 1 (a name), no speaker found 0 of 3; right persons by the gold speaker's type: persons 55 of 64, organisations
1 of 6, media 5 of 5, anonymous 3 of 4; tuned on since: speaker F1 .890 (tp 73 fp 10 fn 8) after one round,
organisations 6 of 6) is 9 pages of the furniture gold's half "unseen33" (more
news-please records of the same data set that no half had used, ``evaluation/scraped/build.py`` GIVEME_16, chosen for
governments, state media, an airline, a research corporation, an electricity company's spokesman and unnamed sources
speaking; its tenth page, The Verge's, holds only terms), 81 quotations with ``speaker_type`` (65 person, 6
organisation, 6 media, 4 anonymous), annotated the same way before newskit was run on them. Five events on two pages
each: North Korea's missile over Japan of September 15, 2017 on The Sun and Xinhua on China Daily; the truck attack in
Nice on The New York Times and Xinhua on China Daily; the All Nippon Airways flight turned back for a passenger on the
wrong plane on CNN and The New York Times; Tiangong-1 falling to Earth on The Independent (The Verge's page holds no
quotation); the $284 billion electric bill on HuffPost Australia and the Hindustan Times. Its readings add: a state
agency's statement cut by captions is one quotation to each paragraph's end before a caption and one over the re-opened
paragraphs after, all the agency's; a leader who "boasted of" or "vowed" words, a country that "warned" its residents,
"furious Americans" who "vowed" and "officials" who "reiterated" a word speak in them; a leader's words a statement by
his spokesman reads are the leader's (the statement equally right); a phrase a channel "was posting" is the channel's; a
word in marks a person "tweeted about enduring" is hers; a writer's own line in marks said by no one, a translated name
and designated "fan zones" are terms.
Half 28 (``scraped``, scored unseen once, newskit as of 713a199: quote F1 .966 (tp 42 fp 2 fn 1), speaker P/R/F1
.930/.930/.930 (tp 40 fp 3 fn 3), full .930/.930/.930, mention F1 .907 (tp 39 fp 4 fn 4); a name beside the quotation
with its cue gave the right person 23 of 23 times, a description there 3 of 3, a pronoun there 2 of 2, a name between
two quotations 4 of 4, a pronoun there 1 of 1, a name by the quotation before 4 of 4, a name in the same sentence 1 of
1, a description named since the quotation before 1 of 1, an organisation as the subject of the clause before a quoted
fragment 1 of 1, a name in a reporting clause closing the sentence 0 of 1, no speaker found 0 of 1; right persons by the
gold speaker's type: persons 28 of 30, organisations 6 of 6, media 2 of 2, anonymous 4 of 4; tuned on since: 0.953 after
one round) is the 10 pages of the furniture gold's half "unseen34" (more news-please records of the same data set that
no half had used, ``evaluation/scraped/build.py`` GIVEME_17, chosen for an insurgent group, an alliance, armed forces,
two chip makers and a board, a company's spokesman, newspapers and social-media users speaking), 43 quotations with
``speaker_type`` (31 person, 6 organisation, 4 anonymous, 2 media), annotated the same way before newskit was run on
them. Five events on two pages each: the Taliban's attack on the German consulate in Mazar-i-Sharif on The Independent
and The Sun; oil passed to North Korean ships against UN sanctions on CNN and The Sun; Broadcom's raised bid for
Qualcomm on USA Today and the Warrington Guardian; ice falling from the roof of Apple's Chicago store on Fortune and the
Daily Mail; former Facebook and Google employees' campaign against tech addiction on CNBC and Business Insider. Its
readings add: an insurgent group that "called" an attack a phrase, armed forces that "conceded" a word and an alliance
that "confirmed" one speak in them; a board "saying" words with no closing mark is the board's (the company equally
right); a newspaper that "praised" a store "as" words speaks, named by the page's description where it names none; an
unnamed company spokesman the page names later is the spokesman (the name and the company equally right); users quoted
as "one user", "another" and "Another user" are anonymous users; signs' words, a product's feature and a book's title
are terms.
Half 29 (``scraped``, scored unseen once, newskit as of c9f10d9: quote F1 .970 (tp 48 fp 3 fn 0), speaker P/R/F1
.878/.896/.887 (tp 43 fp 6 fn 5), full .878/.896/.887, mention F1 .845 (tp 41 fp 8 fn 7); a name beside the quotation
with its cue gave the right person 22 of 22 times, a pronoun there 4 of 5, a description there 1 of 3, a name between
two quotations 11 of 11, a pronoun there 3 of 3, a name by the quotation before 2 of 2, no speaker found 0 of 2; right
persons by the gold speaker's type: persons 40 of 42, organisations 1 of 3, anonymous 2 of 3; tuned on since) is 9
of the 10 pages of the furniture gold's half "unseen35" (more news-please records of the same data set that no half had
used, the rewrite gold does not read and the rewrite half being built had not claimed, ``evaluation/scraped/build.py``
GIVEME_18, chosen for their quotations: a company and its "It", a company's officials, an unnamed source, a State
Department spokesperson, a minister, a space agency, an astrologer and a rocket maker's founder speaking; the tenth
page, The New York Times' column on Equifax's credit locks, holds only terms), 48 quotations with ``speaker_type`` (42
person, 3 organisation, 3 anonymous), annotated the same way before newskit was run on them (seven of the pages were
first scored, by their aggregates, in a set of ten whose other three the rewrite half had claimed first). Five events on
two pages each: the eve of the Falcon Heavy's first launch on Spaceflight Now and The New York Times; Goldman Sachs' $5
billion tax charge on CNN Money and The New York Times; Equifax after its data breach on The Sun (and The New York
Times); the plane crash in Costa Rica on CNN and Reuters on the Daily Mail; the supermoons of January 2018 on RT and The
Sun. Its readings add: a company's "It added:" after "The firm said" is the company's, a press kit's words "SpaceX
officials wrote" the company's (its officials equally right); an unnamed spokesperson of a named department speaks as
the spokesperson (the department equally right); a name a founder "dubbed" a figure is his where he dubs it and a term
after, a name "Dubbed ... by Nasa" Nasa's; "The astrologer explained" is the man the sentence before names; a count
"said the source" gave is the unnamed source's; a quotation re-opened in the next paragraph has for mention the subject
of the cue that closes it; a tax's name, so-called words, words named as words, a coined phrase, names a thing is known
as, manoeuvres' names, a song's lyrics and titles are terms.
Half 30 (``scraped``, scored unseen once, newskit as of 87dbb6f: quote F1 .928 (tp 45 fp 7 fn 0), speaker P/R/F1
.580/.644/.611 (tp 29 fp 21 fn 16), full .580/.644/.611, mention F1 .800 (tp 38 fp 12 fn 7); a name beside the
quotation with its cue gave the right person 15 of 15 times, a pronoun there 5 of 6, a description there 0 of 7, a name
between two quotations 4 of 5, a pronoun there 2 of 3, a name by the quotation before 1 of 4, a description there 0 of
1, a name after a colon 1 of 1, a named cue 1 of 1, no speaker found 0 of 2; right persons by the gold speaker's type:
persons 27 of 38, organisations 1 of 5, anonymous 1 of 2; tuned on since) is 8 of the 10 pages of the furniture gold's
half "unseen36" (more news-please records of the same data set that no half had used, the rewrite gold does not read
and the rewrite halves had not claimed, ``evaluation/scraped/build.py`` GIVEME_19, chosen for their quotations: a
company and its statement, its chief executive, a Pentagon spokesman, a prime minister, a state, a mayor, fishermen, a
police union's head, an analyst, a chief technology officer, a prosecutor, regulators, a lawyer and a forum's user
speaking, 22 speakers, none with more than 5 quotations; The Wall Street Journal's page on Equifax's earnings holds no
quotation and CBS News' on Mohamed Morsi's sentence only a term), 45 quotations with ``speaker_type`` (38 person, 5
organisation, 2 anonymous), annotated the same way before newskit was run on them. Five events on two pages each:
Equifax's data breach and its first earnings after it on the Daily Mail (and The Wall Street Journal); North Korea's
missiles over Japan on NPR and Reuters on the Daily Mail; Berlin's safe zone for women on New Year's Eve on NPR and The
Sun; bitcoin's fall below $6,000 on the Daily Express and Business Insider; Mohamed Morsi's sentence on AFP on the Daily
Mail (and CBS News). Its readings add: a company's statement and what "The company said" or "added that it" are the
company's; words a spokesman "said" an agency "determined" the spokesman's, a state's threat the state's; a quotation
re-opened in mid-line without a closing mark is one quotation, and an answer that never closes ends with the answer;
answers after the writer's question are the man asked; words in a live update's title are the speaker it names;
phrases "according to" two regulators are either's; "one user posted" is an anonymous user, women who "came forward
claiming" speak; words "his lawyer said" are the lawyer's the page names later; a stance named by words, alerts, drills,
a union's name, words named as words and a term inside a quotation are terms.
Half 31 (``scraped``, scored unseen once, newskit as of 37d946b: quote F1 .968 (tp 46 fp 1 fn 2), speaker P/R/F1
.867/.812/.839 (tp 39 fp 6 fn 9), full .867/.812/.839, mention F1 .817 (tp 38 fp 7 fn 10); a name beside the quotation
with its cue gave the right person 18 of 20 times, a pronoun there 5 of 5, a description there 3 of 4, a name between
two quotations 6 of 6, a pronoun there 2 of 3, a name by the quotation before 2 of 2, a name before the quotation 1 of
1, a name in its sentence 1 of 1, a description there 0 of 1, a term's subject 1 of 1, no speaker found 0 of 2; right
persons by the gold speaker's type: persons 36 of 40 found, organisations 0 of 2, media 1 of 1, anonymous 2 of 3; tuned
on since: .957 after one round) is 8 of the 10 pages of the furniture gold's half "unseen37" (more news-please records
of the same data set that no half had used, the rewrite gold does not read and the rewrite halves had not claimed,
``evaluation/scraped/build.py`` GIVEME_20, chosen for their quotations: a company, its former chief executive, a
baseball club's president, general manager and manager, players, the other club's manager, a politician's nephew and
the companies he represents, a cellist, the Kremlin, reporters' findings, a woman who told police, unnamed reports, a
president, lawmakers and another president speaking, 21 speakers, the club's president with 8 quotations and the
president 7; RT's show page on Equifax and China Daily's editorial on Cologne hold no quotation), 48 quotations with
``speaker_type`` (42 person, 2 organisation, 1 media, 3 anonymous), annotated the same way before newskit was run on
them. Five events on two pages each: Equifax's data breach on the Daily Mail (and RT); the Chicago Cubs' World Series
win on The Washington Post and The Independent; the Panama Papers on AFP on the Daily Mail and The Washington Post's
editorial; the sexual assaults in Cologne on New Year's Eve 2015 on the Daily Mail (and China Daily); Donald Trump in
Japan and South Korea on the Daily Mail and China Daily's editorial. Its readings add: a company's words inside what it
said of the firm it hired are the company's; a quotation followed by a name and title with no verb is that man's;
"X recalled Y saying" is X's; a speech left open before a caption ends at its paragraph's end; words a man and
companies "claimed" together are theirs as one; "dismissed the report as" speaks; "According to their report" is the
reporters'; "another said" is an anonymous "another", unnamed reports anonymous "reports"; words given as a
president's through "the sources said" are his or the sources'; "urging ... to "..."" and "when telling ..." speak;
"some US lawmakers noted" is anonymous "lawmakers"; a name a report "has been dubbed", scare quotes and placards in a
caption are left out.
Half 32 (``scraped``, scored unseen once, newskit as of eb64113: quote F1 .947 (tp 54 fp 5 fn 1), speaker P/R/F1
.830/.800/.815 (tp 44 fp 9 fn 11), full .811/.782/.796, mention F1 .796 (tp 43 fp 10 fn 12); a name beside the
quotation with its cue gave the right person 17 of 17 times, a pronoun there 7 of 9, a description there 0 of 1, a name
between two quotations 7 of 7, a pronoun there 2 of 3, a name by the quotation before 6 of 6, a pronoun there 2 of 2, a
name after a colon 1 of 1, a name in its sentence 1 of 1, a named cue 1 of 1, no speaker found 0 of 6; right persons by
the gold speaker's type: persons 38 of 44 found, organisations 3 of 5, media 2 of 4, anonymous 1 of 1; unchanged under
the rules of half 31's round, written without seeing it; tuned on since: .899 (tp 49 fp 5 fn 6) after one round) is
9 of the 10 pages of the furniture gold's
half "unseen38" (more news-please records of the same data set that no half had used, the rewrite gold does not read and
the rewrite halves had not claimed, ``evaluation/scraped/build.py`` GIVEME_21, chosen for their quotations: a government
and a spokesman of its president, a columnist and the papers he quotes, a parody website, a magazine editor, a
consortium's disclaimer, a company's chief executive, an astronomer, two managers, fans, a driver's father, a team
chairman, a driver and a weather office speaking, 18 speakers, the chief executive with 18 quotations and the columnist
6; Cetus News' page on the fireball holds no quotation), 55 quotations with ``speaker_type`` (45 person, 5 organisation,
4 media, 1 anonymous), annotated the same way before newskit was run on them. Five events on two pages each: the Panama
Papers on RT's and CNN's opinion columns; the Tesla Roadster the Falcon Heavy's first flight is to carry on USA Today
and the Daily Mail; the Chicago Cubs' World Series win on The Washington Post's column and BBC Sport; the Brazilian
Grand Prix of 2016 on The Telegraph and AP on USA Today; the fireball over New England on AP on The Washington Post (and
CBS on Cetus News). Its readings add: a column's quoted passages after "Take it away, Luke:" are the columnist's named
there, and a passage left open before the column's own words ends at its paragraph's end; a phrase in the clause of
"Harding 'suggests' that" is his, the verb in marks a term; an unnamed "parody website" speaks as a medium, a
newspaper's quoted report and its follow-on as the paper; "sounded the alarm that" speaks; "a Kremlin spokesman" is the
spokesman or the Kremlin; a consortium's disclaimer speaks for it; "has announced SpaceX will launch '...'" is the chief
executive's; posts set out one sentence a paragraph, re-opened, are one quotation each; "father, Jos" keeps the given
name; a weather office that "tweeted" speaks; a phrase in marks with no one named, a rocket's, a drone ship's and a
booster's names and a nickname are terms.
Half 33 (``scraped``, scored unseen once, newskit as of 555ef4d: quote F1 .877 (tp 82 fp 22 fn 1), speaker P/R/F1
.629/.735/.678 (tp 61 fp 36 fn 22), full .619/.723/.667, mention F1 .800 (tp 72 fp 25 fn 11); a name beside the
quotation with its cue gave the right person 30 of 32 times, a pronoun there 13 of 18, a description there 6 of 11, a
name in its sentence 4 of 4, a description there 2 of 2, a pronoun there 1 of 1, a pronoun between two quotations 1 of
2, a name there 0 of 1, a name by the quotation before 1 of 1, a name after a colon 1 of 1, the subject of the clause
before a quoted fragment 1 of 1, the only subject before a quoted phrase read as a term 1 of 1, no speaker found 0 of 7;
right persons by the gold speaker's type: persons 48 of 65 found, organisations 2 of 4, media 1 of 1, anonymous 10 of
12; tuned on since) is 6 of the 8 pages of the furniture gold's half "unseen39" (more news-please records of the same
data set that no half had used, the rewrite gold does not read and the rewrite halves had not claimed,
``evaluation/scraped/build.py`` GIVEME_22, chosen for their quotations: a president, a prime minister, ministers and a
ministry's spokesman, a mayor, police and a police source, a foreign office, a Downing Street spokesman, witnesses,
survivors and relatives, a leaker, a technology site, advertisers and the actors and voices of their commercials,
critics and singers speaking, 50 speakers, a mayor with 6 quotations, a president and a singer with 5; The Sun's page on
the Galaxy S9 and Business Insider's on the Avengers trailer hold only titles in marks), 83 quotations with
``speaker_type`` (66 person, 12 anonymous, 4 organisation, 1 media), annotated the same way before newskit was run on
them. Four events on two pages each (the unused records hold no fifth pair with quotations): the truck attack in Nice on
The Sun and China Daily; the leaked pictures of Samsung's Galaxy S9 on the Daily Mail (and The Sun); the commercials of
Super Bowl LII on the Daily Mail (and Business Insider); Justin Timberlake's halftime show on The Washington Post and
The New Yorker. Its readings add: words neighbours or a student "described" someone or something as are theirs, a phrase
"according to experts" the experts'; "One witness said" and "Another revealed" are anonymous witnesses; a quotation
whose opening mark the page dropped runs from its first word, and paragraphs run into one line with their marks
re-opened are one quotation; "He told of" after caption lines is the man whose speech comes before them; phrases in a
sentence carrying on a mayor's account are his; "The UK Foreign Office is "standing by" ... and advised" speaks;
"Probing showed ... It also showed" is the investigation's; a leaker's tweets ("The first tweet read", "the second
continued") are his; "According to Tech Radar, 'industry sources' claim" is the site's; the lines of a commercial are
its actors', its characters' ("red M&M") and its voiceover's, a message "according to KIA" the company's; what a singer
"once called" or "decried ... as" something is his; taglines, an ad's closing text, lyrics, a role's name, the name
"They called the incident", the name of a charge and uncued phrases of a lede are terms. Under the rules of half 32's
round, written without seeing it (aggregates only): unchanged. After its own round: quote F1 .921 (fp 13), speaker
.737 (tp 63 fp 25 fn 20).
Half 34 (``scraped``, scored unseen once, newskit as of ee7e09e: quote F1 .990 (tp 155 fp 3 fn 0), speaker P/R/F1
.845/.845/.845 (tp 131 fp 24 fn 24), full .794/.794/.794 (tp 123 fp 32 fn 32), mention F1 .910 (tp 141 fp 14 fn 14); a
name beside the quotation with its cue gave the right person 80 of 88 times, a pronoun there 11 of 16, a description
there 10 of 13, a name between two quotations 15 of 16, a pronoun there 2 of 3, a description there 2 of 2, a name by
the quotation before 4 of 5, a description there 1 of 1, a name in its sentence 3 of 4, a pronoun there 0 of 1, a
description there 1 of 1, a name and a long description before the cue 1 of 1, the subject of the clause before a quoted
fragment 1 of 1, an organisation as that subject 0 of 1, no speaker found 0 of 2; right persons by the gold speaker's
type: persons 107 of 124, organisations 17 of 22, anonymous 7 of 9; tuned on since) is ten pages with no furniture gold
from a third data set, Article-Bias-Prediction (AllSides articles as newspaper3k extracted them,
``evaluation/scraped/build.py`` ABP_QUOTES_34: five events each reported by two outlets, pairs whose wording overlaps
little, chosen for their quotations and speakers: a prosecutor, courts, a UN rapporteur and a UN inquiry, a foreign
ministry's spokesman, a foreign secretary, Amnesty International, police and their spokesman, a chief executive,
witnesses, mayors and a governor, the FBI's director, the attorney general, Apple, an embassy, the Pentagon's spokesman,
anonymous officials, senators, a lawyer, a health commissioner, a hospital, a bowling alley and Doctors Without Borders;
49 speakers (58 names as the pages write them), a police spokesman with 11 quotations, a UN rapporteur and a witness
with 9), 155 quotations with ``speaker_type`` (124 person, 22 organisation, 9 anonymous), annotated the same way before
newskit was run on them, the lines the furniture rules set aside (subheads, story highlights, "More:" links, an embedded
post, captions) read by eye and left out. The events: Saudi Arabia's verdicts on Jamal Khashoggi's murder on Reuters and
CNN; the Waffle House shooting in Antioch on USA Today and Fox News; the Pensacola gunman's ties to al-Qaida and Apple's
help with his phones on The Washington Times and AP; the Navy secretary fired over Eddie Gallagher's case on Politico
and Newsmax; the doctor found to have Ebola in New York on CNN and Fox News. Its readings add: a court "ruling that" or
that "pronounced" a sentence speaks, and so does the sentence carrying on its sentences; a UN inquiry that "reported"
speaks; "the statement read" or "said" is whoever the sentence before says issued it (a PR director, a spokesman, an
embassy, a company); police that "tweeted", a bowling alley and a hospital "in a statement" speak; "an investigation
revealed that ... "..."" is the investigation's; "Mr. Wray and ... William Barr ... they said" is both; words a
rapporteur is "citing" and a fiancee "wrote that ..." are theirs; a quotation whose closing mark the page dropped runs
to its paragraph's end; a page giving only a given name or a surname keeps it; a programme's name, a handbill's heading,
a title and a category in marks are terms.
Under the rules of half 33's round, written without seeing it (aggregates only): unchanged. After its own round:
quote F1 .990 (unchanged), speaker .916 (tp 142 fp 13 fn 13), full .865 (tp 134), mention .942 (tp 146).
Half 35 (``scraped``, scored unseen once, newskit as of bd434b8: quote F1 .949 (tp 176 fp
14 fn 5), speaker P/R/F1 .866/.856/.861 (tp 155 fp 24 fn 26), full .838/.829/.833 (tp 150 fp 29 fn 31), mention F1
.903 (tp 162 fp 16 fn 19); a name beside the quotation with its cue gave the right person 79 of 80 times, a pronoun
there 23 of 26, a description there 9 of 14, a name between two quotations 18 of 19, a pronoun there 10 of 10, a
description there 2 of 2, a name by the quotation before 4 of 4, a description there 0 of 1, a name in its sentence 3
of 3, a pronoun there 0 of 2, a description there 0 of 1, the subject of the clause before a quoted fragment 2 of 2, a
name before a colon 1 of 1, a pronoun there 1 of 1, a pronoun naming the agent 1 of 1, a quoted term as the cue's
subject 2 of 2, no speaker found 0 of 7; right persons by the gold speaker's type: persons 136 of 150, organisations
12 of 18, anonymous 4 of 5, media 3 of 3; tuned on since) is ten more Article-Bias-Prediction pages with no furniture
gold (``evaluation/scraped/build.py`` ABP_QUOTES_35: five events each reported by two outlets, pairs whose wording
overlaps little, chosen for their quotations and speakers, topics and outlets half 34 has few of: a pope, his brother, a
cardinal, a Vatican spokesman, a president, a press secretary, a correspondent and outlets quoted at length, an
official biography, FEMA's associate administrator, the National Hurricane Center, a Weather Service office,
governors, meteorologists, residents, a mayor, a union's president, a school board's president, a schools chief, a
senator, a school district, the NTSB and its board member, a family and an unnamed family member, passengers, a judge
with 28 quotations, a university, its president and lawyer, the challengers' leader, the Supreme Court and the Trump
administration; 62 speakers), 181 quotations with ``speaker_type`` (154 person, 18 organisation, 5 anonymous, 4
media), annotated the same way before newskit was run on them, the lines the furniture rules set aside (live-blog
headings, story highlights, video lines, "More:" links, captions) read by eye and left out. The events: Pope Benedict
XVI's resignation on NPR's live blog and Fox News; Hurricane Florence nearing the Carolinas on USA Today and Fox News;
the Chicago teachers' strike on CNN and Fox News; the Amtrak derailment in Philadelphia on CNN and NPR's live blog;
the ruling upholding Harvard's admissions on CNN and Bloomberg. Its readings add: another outlet's passage in marks
is the outlet's; a statement whose paragraphs the page ran into one line is one quotation; a closing mark broken into
"<'" closes there; a dropped closing mark before another quotation in its paragraph ends the quotation at its
sentence's end; a reporter who "says", "reports" or "told ... that" someone "feels" "..." speaks; an official
biography speaks; a lede's uncued phrase, a policy's, a rating's and a filing's names and stereotypes an argument
attributes are terms.
Under the rules of half 34's round, written without seeing it (aggregates only): unchanged. After its own round:
quote F1 .957 (fp 11), speaker .886 (tp 160 fp 20 fn 21), full .864 (tp 156), mention .906 (tp 163).
Half 36 (``scraped``, scored unseen once, newskit as of 90d8c21: quote F1 .994 (tp 166 fp
2 fn 0), speaker P/R/F1 .873/.873/.873 (tp 145 fp 21 fn 21), full .861/.861/.861 (tp 143 fp 23 fn 23), mention F1
.916 (tp 152 fp 14 fn 14); a name beside the quotation with its cue gave the right person 71 of 75 times, a pronoun
there 30 of 33, a description there 6 of 12, a name between two quotations 8 of 9, a pronoun there 7 of 8, a
description there 3 of 4, a name by the quotation before 2 of 2, a pronoun there 3 of 3, a description there 0 of 1,
a name in its sentence 7 of 9, a pronoun there 2 of 2, a description there 1 of 1, a name and a long description
before the cue 1 of 1, a name before a colon 1 of 1, a quoted term as the cue's subject 3 of 3, no speaker found 0 of
2; right persons by the gold speaker's type: persons 115 of 122, organisations 20 of 27, anonymous 3 of 4, media 7 of
13; tuned on since) is ten more Article-Bias-Prediction pages with no furniture gold
(``evaluation/scraped/build.py`` ABP_QUOTES_36:
five events each reported by two outlets, pairs whose wording overlaps little, chosen for their quotations and
speakers, topics and outlets halves 34 and 35 have few of: a president, prime ministers, a foreign minister, a
secretary of state, an ambassador, a government and its news agency, the White House, China, a party paper, outlets
reporting what officials told them, unnamed officials and a British source, an aviation chief, a security official,
an accident investigator, a safety board, an intelligence firm, Twitter, its chief executive and an unnamed
executive, Apple, Facebook, a congressman, a civil liberties director, a broadcaster, his editor and a reporter, a
sheriff with 16 quotations, an FBI official, a university, witnesses, a father, neighbours, a 911 caller, a cousin, a
friend, a councilwoman, a doctor and a radio station and its reporter; 56 speakers), 166 quotations with
``speaker_type`` (122 person, 27 organisation, 13 media, 4 anonymous), annotated the same way before newskit was run
on them, the lines the furniture rules set aside (captions, video lines, "Read more" links, a Q&A box, live-blog
headings, embedded posts) read by eye and left out. The events: Flight 752 shot down over Tehran on Business Insider
and The Guardian; Twitter's ban of Alex Jones on AP and Breitbart News; North Korea's answer to the UN's new sanctions
on The Guardian and Fox News; the shooting at a bar in Thousand Oaks on The Guardian and CBN; three women found alive
in Cleveland on The Christian Science Monitor and NPR's live blog. Its readings add: a government speaking through its
news agency is the government, the agency's own words the agency's (media); an outlet citing an official is the
outlet; words a witness heard or an officer said to his wife are theirs; a post quoted after "with minimal commentary"
is its writer's; a cry quoted alone as a blog's first paragraph is the person the next paragraph names; a quotation
opened by two single marks runs to its closing double mark.
Under the rules of the round that followed, written without seeing it (aggregates only): unchanged. After its own
round: quote F1 .994 (unchanged), speaker .988 (tp 164 fp 2 fn 2), full .976 (tp 162), mention .940 (tp 156); persons
right 121 of 122, organisations 27 of 27, media 12 of 13, anonymous 4 of 4.
Half 37 (``scraped``, scored unseen once, newskit as of b1ce063: quote F1 .941 (tp 112 fp 12
fn 2), speaker P/R/F1 .775/.754/.764 (tp 86 fp 25 fn 28), full .766/.746/.756 (tp 85 fp 26 fn 29), mention F1 .871 (tp
98 fp 13 fn 16); a name beside the quotation with its cue gave the right person 45 of 50 times, a pronoun there 10 of
12, a description there 8 of 13, a name between two quotations 9 of 11, a pronoun there 2 of 2, a description there 0 of
1, a name by the quotation before 5 of 5, a pronoun there 1 of 1, a name in its sentence 4 of 5, a pronoun there 1 of 2,
a description there 1 of 1, the person its sentence names before a quoted fragment 0 of 1, the speaker of a colon cue
before a block quoted without marks 0 of 1, the only subject before a quoted phrase read as a term 0 of 1, no speaker
found 0 of 6; right persons by the gold speaker's type: persons 74 of 94, organisations 6 of 11, anonymous 6 of 7 found;
tuned on since) is ten more Article-Bias-Prediction pages with no furniture gold
(``evaluation/scraped/build.py`` ABP_QUOTES_37: five
events each reported by two outlets, chosen for their quotations and speakers, kinds of story and outlets halves 34 to
36 have few of: a sports body's ruling, a company's lawsuit, a science march, a court's release order and a city's
protests, on Salon, TheBlaze and the Chicago Tribune among others; an Olympic committee's president, its investigator
and his report, a Russian committee's president, two federations' presidents, a senator, anti-doping officials, a
company, its complaints and suit, its spokeswoman, a victims' lawyer, a law professor, a statute, a science
communicator, a musician, march organisers and speakers, a party's campaign office and its email, a think tank's
director, former officials, a congressman, a judge with 7 quotations and his order, a president's daughter, a
foundation, a neighbour, a defence lawyer, a former prosecutor, a campaign manager, a son's tweet, a candidate, the man
released, a police chief with 9 quotations, a family's lawyer and chanting crowds; 48 speakers), 114 quotations with
``speaker_type`` (94 person, 11 organisation, 9 anonymous), annotated the same way before newskit was run on them, the
lines the furniture rules set aside (a photo gallery's captions, subheads, a "SEE ALSO:" link, "Advertisement:" lines,
embedded posts with their handle lines, a video line, caption lines) read by eye and left out. The events: the IOC's ban
of Russia from the Pyeongchang Olympics on The Washington Times and Reuters; MGM Resorts suing the victims of the Las
Vegas shooting on Salon and TheBlaze; the March for Science on CNN and The Washington Times; John Hinckley's release
from the hospital on NPR and Fox News; the third night of protests in Charlotte on the Chicago Tribune and Fox News. Its
readings add: words a lead investigator "concluded" a scheme "caused" are the investigator the page names later, "what
investigators concluded was" anonymous "investigators", "The Schmid report said" the report's; words a company's
complaints "argue" and its suit "claims" are the company's (the documents equally right); a statute that "defines" a
word "as" words speaks, while its wording and a certification's quoted with no verb of speech, a word an agency "never
labeled" a crime as, a team's name, a word named as a word, a nickname, a programme's name, a leave's status and a
march's name are terms; signs', banners' and placards' slogans are terms, chants the crowd's and a chant a politician
"tweeted" his; a quoted word in the clause organisers "said" and in what speakers "urged" is theirs; a campaign office's
"blast ... saying" and "said the email missive" are the office's; an order's wording in an agentless sentence after "the
judge ruled" is the judge's, and "a court document quoted him saying" the man quoted.
Under the rules of the rounds that followed, written without seeing it (aggregates only): unchanged. After its own
round: quote F1 .961 (fp 12 -> 7), speaker .811 (tp 92 fp 21 fn 22), full .802 (tp 91), mention .890 (tp 101); persons
right 80 of 94, organisations 6 of 11, anonymous 6 of 7.
Half 38 (``scraped``, scored unseen once, newskit as of f2b9e69 and unchanged at 0537b5d: quote F1 .984 (tp 124 fp 4
fn 0), speaker P/R/F1 .874/.895/.884 (tp 111 fp 16 fn 13), full .874/.895/.884 (tp 111 fp 16 fn 13), mention F1 .944 (tp
118 fp 8 fn 6); a name beside the quotation with its cue gave the right person 56 of 59 times, a pronoun there 16 of
19, a description there 8 of 8, a name between two quotations 12 of 13, a pronoun there 6 of 6, a name by the quotation
before 9 of 10, a description there 1 of 1, a name in its sentence 1 of 3, a pronoun there 1 of 2, a named cue 1 of 1,
an organisation as the subject of the clause before a quoted fragment 0 of 1, no speaker found 0 of 1; right persons by
the gold speaker's type: persons 97 of 103, organisations 8 of 10, anonymous 3 of 8, media 3 of 3; tuned on since) is
ten more
Article-Bias-Prediction pages with no furniture gold (``evaluation/scraped/build.py`` ABP_QUOTES_38: five events each
reported by two outlets, chosen for their quotations and speakers, kinds of story and outlets halves 34 to 37 have few
of: health, technology, the economy, a city's politics abroad and a disaster abroad, on The Hill, NBC News, CBS News and
Breitbart News among others; a health department's spokesman, the CDC's director, its chief information officer, a
medical society's president, a medical colleges' officer, a former health official, former CDC directors' op-ed, a
former surgeon general, a senator and a congresswoman, Amazon and its statements, IBM's chief executive, a
congresswoman's tweet, human rights groups, the ACLU and its director, two activists, a president's tweet, five
economists, the Fed's chairman, a city's leader with 12 quotations, legislators, a chanting crowd, a protest spokeswoman
known by her surname, a protest leader, a senator, a state newspaper, protest leaders, rescue spokesmen, a volunteer, a
columnist, a premier, an unnamed rescue worker, a civil protection worker, a resident, the Vatican's statement, two
mayors and a seismological center; 47 speakers), 124 quotations with ``speaker_type`` (103 person, 10 organisation, 8
anonymous, 3 media), annotated the same way before newskit was run on them, the lines the furniture rules set aside
(The Hill's "ADVERTISEMENT" lines and the link text run into its names, a subhead in marks, a caption, a newsletter
line, NPR's headline, caption and "Loading..." lines, bylines and an embed line) read by eye and left out. The events:
hospitals told to send their COVID-19 data to HHS, not the CDC, on USA TODAY and The Hill; Amazon's one-year
moratorium on police use of its facial recognition on The Guardian and NBC News; the August 2019 jobs report on CBS
News and NPR; Hong Kong's withdrawal of the extradition bill on Reuters and Breitbart News; the earthquake in central
Italy on Fox News and USA TODAY. Its readings add: an op-ed "written by" unnamed former officials that "criticized" is
theirs (anonymous), "they wrote" after it too; a software "criticized by human rights groups as "..."" is the groups';
a woman who "declined to identify herself except by the surname Chan" is "Chan"; a quoted setting's name ("confidence
rate") and the writer's echo of a tweet in a negation ("not "really good."") are terms.
After its own round: quote F1 .992 (fp 4 -> 2), speaker .948 (tp 118 fp 7 fn 6), full .948 (tp 118), mention .972 (tp
121); persons right 100 of 103, organisations 8 of 10, anonymous 7 of 8, media 3 of 3.

Half 39 (``scraped``, scored unseen once, newskit as of 0537b5d: quote F1 .982 (tp 140 fp 5
fn 0), speaker P/R/F1 .809/.814/.811 (tp 114 fp 27 fn 26), full .809/.814/.811 (tp 114 fp 27 fn 26), mention F1 .890 (tp
125 fp 16 fn 15); a name beside the quotation with its cue gave the right person 63 of 72 times, a pronoun there 17 of
20, a description there 7 of 11, a name between two quotations 9 of 10, a pronoun there 2 of 3, a description there 1
of 1, a name by the quotation before 6 of 7, a pronoun there 1 of 2, a name in its sentence 7 of 7, a pronoun there 1 of
1, a description there 0 of 2, no speaker found 0 of 4; right persons by the gold speaker's type: persons 90 of 101,
organisations 20 of 31, anonymous 4 of 7, media 0 of 1; tuned on since) is ten more Article-Bias-Prediction pages
with no furniture gold
(``evaluation/scraped/build.py`` ABP_QUOTES_39: five events each reported by two outlets, chosen for their quotations
and speakers, kinds of story and outlets halves 34 to 38 have few of: technology, a central bank, an election abroad, a
public inquiry abroad and sport, on the BBC, CNBC, Reason and Vox among others; Twitter with 11 quotations, its chief
executive, the tweets of two hijacked accounts, a senator, a security centre, the White House, a researcher, a security
founder, a candidate's campaign, a spokesman, the hackers' Instagram profile, an investor, the FBI's field office, a
professor; the Fed's committee, its chairman with 12 quotations across the two pages, a president's tweets, the
Treasury secretary, the G7's officials; a president-elect with 12, his chanting supporters, a professor, voters, a
politician, two think-tank writers, banks, a magazine and a columnist; an inquiry's report and its judge, a widow, the
Kremlin, a foreign ministry's spokeswoman, a suspect, a lawyer, a wife, a writer, the dead man; a president, a players'
union, a press secretary, a basketball star, a coach, a football player, a congressman, a columnist and the White
House; 63 speakers counted page by page), 140 quotations with ``speaker_type`` (101 person, 31 organisation, 7
anonymous, 1 media), annotated the same way before newskit was run on them, the lines the furniture rules set aside
(captions and "Image copyright" lines, a subhead in single marks, "More:" link lines, The Hill's "ADVERTISEMENT" lines
and the link text run into its names, a pull quote with its credit line, NPR's headline, caption and "Updated at"
lines, Vox's subheads and embedded posts with their handle lines) read by eye and left out. The events: the hijacking
of prominent Twitter accounts for a Bitcoin scam on the BBC and The Guardian; the Fed's emergency half-point cut on The
Hill and CNBC; Andres Manuel Lopez Obrador's election on USA TODAY and Reason; the British inquiry that found Putin
"probably approved" Alexander Litvinenko's poisoning on Fox News and NPR; the Philadelphia Eagles' cancelled White House
visit on NPR and Vox. Its readings add: a hijacked account's tweet ("a tweet from Mr Gates' account said", "the
Tesla and SpaceX chief appeared to offer", "the tweet added") is the account holder's as the page presents it, the
tweet an equally right reading; an anonymous profile's description that "read" words and its message are the
profile's (its user name, anonymous); a report's words cued "according to a judicial report", "the report noted",
"concludes", "From the report:" and "states" are the report's (its judge an equally right reading), while "the judge
wrote in his report" and "Owen said" are the judge's; a pull quote printed between paragraphs with its credit line is
furniture; a medal's name and its citation's wording quoted after "recognizing", a slogan named as an approach ("hugs
not bullets."), a song's title, a self-styled title and the scam named as a kind ("double your Bitcoin") are terms.
After its own round: quote F1 .996 (fp 5 -> 1), speaker .950 (tp 132 fp 6 fn 8), full .950 (tp 132), mention .942 (tp
131); persons right 96 of 101, organisations 31 of 31, anonymous 4 of 7, media 1 of 1.

Half 40 (``scraped``, scored unseen once, newskit as of 899b9ea and unchanged at c95b2ec: quote F1 .986 (tp 70 fp 2 fn
0), speaker P/R/F1 .814/.814/.814 (tp 57 fp 13 fn 13), full .814/.814/.814 (tp 57 fp 13 fn 13), mention F1 .914 (tp 64
fp 6 fn 6); a name beside the quotation with its cue gave the right person 35 of 38 times, a pronoun there 2 of 4, a
description there 3 of 4, a name between two quotations 6 of 7, a pronoun there 1 of 2, a description there 1 of 1, a
name by the quotation before 4 of 5, a pronoun there 0 of 2, a name in its sentence 3 of 3, a named cue 1 of 1, the only
subject before a quoted phrase read as a term 1 of 1 (a name), no speaker found 0 of 2; right persons by the gold
speaker's type: persons 47 of 58, organisations 3 of 5, anonymous 2 of 2, media 5 of 5) is eight more
Article-Bias-Prediction pages with no furniture gold (``evaluation/scraped/build.py`` ABP_QUOTES_40: four events each
reported by two outlets, chosen for their quotations and speakers, kinds of story and outlets halves 34 to 39 have few
of: business, a court case on schools, a court's contempt ruling and a party leadership election abroad, on Reason, The
Christian Science Monitor, Slate and CBN among others; a governor's promises and tweet, a president, a company's
assistant, a tech site, a company's statement, a legislative leader, a university centre's director; a plaintiffs'
attorney, a union president, a teacher, a parent, a researcher, a lawsuit, a union's attorney, a state department's
statement, another attorney; a court ruling and its judge, an agency's officer, two newspapers' reports, students'
lawyers, a director of a project; a president, a BBC interviewer, a candidate with 14 quotations across the two pages,
an MP's tweet, two MPs; 35 speakers counted page by page), 70 quotations with ``speaker_type`` (58 person, 5
organisation, 2 anonymous, 5 media), annotated the same way before newskit was run on them, the lines the furniture
rules set aside (AP's and Slate's captions, an embedded post with its handle line, a newsletter line, a "[pullquote]"
line, a "Read more" line, The Guardian's standfirst and "This article is more than 3 months old" lines) read by eye and
left out. The events: Foxconn turning its Wisconsin plant into a research hub on Reason and AP; nine students' suit
against California's teacher tenure laws going to trial on The Christian Science Monitor and Fox News; Betsy DeVos held
in contempt over Corinthian Colleges' student loans on Slate and AP; Boris Johnson elected leader of the Conservative
party on CBN and The Guardian. Its readings add: a quoted fragment in a sentence with no cue after a cued one ("Foxconn
... is likely to turn the Wisconsin facility into a "technology hub"") is a term, while the same words after "Woo said
that" are his; "the lawsuit ... argues" its filer's, the newspaper that reports it an equally right reading; "X's court
ruling said" the ruling's (its judge equally right), "In her ruling, the judge said" the judge's; "the Washington Post
reports" and "the New York Times notes" and their uncued next sentences the media's; a speech's slogan a speaker
"reminded his audience" of after a colon is his, a word named as a word ("this spelled "dud"") a term; an uncued
quotation paragraph after a person who "fears" something is hers.
After its own round: quote F1 1.000 (fp 2 -> 0), speaker .986 (tp 68 fp 0 fn 2), full .986 (tp 68), mention .986 (tp
68); persons right 56 of 58, organisations 5 of 5, anonymous 2 of 2, media 5 of 5.
Half 41 (``scraped``, scored unseen once, newskit as of c95b2ec and unchanged at 4fe7610: quote F1 .970 (tp 65 fp 3 fn
1), speaker P/R/F1 .882/.909/.896 (tp 60 fp 8 fn 6), full .868/.894/.881 (tp 59 fp 9 fn 7), mention F1 .925 (tp 62 fp 6
fn 4); a name beside the quotation with its cue gave the right person 31 of 31 times, a pronoun there 8 of 8, a
description there 0 of 1, a name between two quotations 13 of 14, a pronoun there 1 of 1, a description there 0 of 1,
a name by the quotation before 3 of 4, a name in its sentence 3 of 4, a named cue 1 of 1, every found quotation given a
speaker; right persons by the gold speaker's type: persons 47 of 49 found, organisations 7 of 10, anonymous 4 of 4,
media 2 of 2) is ten more Article-Bias-Prediction pages with no furniture gold (``evaluation/scraped/build.py``
ABP_QUOTES_41: five events each reported by two outlets, chosen for their quotations and speakers, kinds of story
halves 34 to 40 have few of: sport, business, a disaster abroad, science and a court ruling on wildlife, on The Daily
Caller, Fox Business and The Christian Science Monitor among others; a police officers' association and its business
manager, football players, chanting protesters, a protester; a governor and his letter, a mayor, a company's tweet, a
congressman, a company's spokesman; an MP, a mining company, a prime minister, a mine safety advocate, an energy
minister, a labor secretary, a mine safety official; two presidents, a newspaper, Oxfam; a legal
foundation's president, an environmental lawyer on both pages, a naturalist; 29 speakers counted page by page), 66
quotations with ``speaker_type`` (50 person, 10 organisation, 4 anonymous, 2 media), annotated the same way before
newskit was run on them, the lines the furniture rules set aside (embedded posts with their handle lines, The Hill's
"ADVERTISEMENT" line and the link text run into its names, Fox's "Continue Reading Below" and "Click for more" lines,
USA TODAY's byline and "RELATED:" lines, a newsletter line, Reuters' caption, The Guardian's "Read more" line, the Daily
Caller's "Follow" and licensing lines) read by eye and left out. The events: the St. Louis police officers' association
demanding the NFL discipline five Rams players for their "hands up" gesture on Breitbart News and Fox News; Whitefish
Energy's contract to repair Puerto Rico's power grid on The Hill and Fox Business (Reuters); the Soma coal mine
explosion in Turkey on The Christian Science Monitor and USA TODAY; France's grants to US-based climate scientists on
Breitbart News and Reuters; a federal judge returning Yellowstone's grizzly bears to the endangered species list on The
Daily Caller and The Guardian. Its readings add: a quotation opened by two double marks and left open at its
paragraph's end, the next paragraph's quotation carrying a cue of its own ("Roorda added"), ends with its last quoted
word, the next one a new quotation; "the Guardian reported that the French leader's "tough stance" may have
"backfired"" is the newspaper's, and the words it "likely prompted the U.S. leader to remind people he" had said his;
a gesture's slogan named as the gesture, an equipment's, a programme's and an event's names are terms.
After its own round: quote F1 .985 (fp 3 -> 1), speaker .955 (tp 63 fp 3 fn 3), full .955 (tp 63), mention .955 (tp
63); persons right 47 of 49 found, organisations 10 of 10, anonymous 4 of 4, media 2 of 2.
Half 42 (``scraped``, scored unseen once, newskit as of 4fe7610 and unchanged at 002f248: quote F1 .987 (tp 115 fp 3
fn 0), speaker P/R/F1 .829/.800/.814 (tp 92 fp 19 fn 23), full .802/.774/.788 (tp 89 fp 22 fn 26), mention F1 .858 (tp
97 fp 14 fn 18); a name beside the quotation with its cue gave the right person 50 of 56 times, a pronoun there 15 of
18, a description there 1 of 3, a name between two quotations 14 of 15, a pronoun there 3 of 4, a description there 0
of 2, a name by the quotation before 3 of 3, a name in its sentence 2 of 2, the person named before it 1 of 1, the
person its sentence names before a quoted fragment 1 of 1, the only subject before a quoted phrase read as a term 2 of
3 (a name 1 of 2, a pronoun 1 of 1), no speaker found 0 of 7; right persons by the gold speaker's type: persons 91 of
109, organisations 0 of 3, anonymous 1 of 3) is ten more Article-Bias-Prediction pages with no furniture gold
(``evaluation/scraped/build.py`` ABP_QUOTES_42: five events each reported by two outlets, chosen for their quotations
and speakers, kinds of story halves 34 to 41 have few of: sport, a coup abroad, an awards show, an air crash inquiry
abroad and an airline's apology, on ABC News, CNN Money and CBS News among others; a tennis player, a tennis great's
tweet, a former champion quoted through a newspaper, a commentator, a former umpire's column, a rule book, players
shouting at an umpire, a rulebook, a TV commentator, a footballer; a general's address, a reporter with 6 quotations, a
secretary of state on both pages, a Pentagon spokesman, a resident, a prime minister's aide, the UN's secretary-general,
a State Department spokeswoman; a media watchdog's vice president with 6, a prognosticator, an anchor, a co-host, a
host, two actors and a director; an airline group's chief executive with 14 across the two pages, a prosecutor with
10, a police spokesman, a flight club member, the airline's tweet; an airline's chief executive with 12 across the two
pages and his letter, a family's lawyer, a reputation consultant, two passengers, aviation officials, the dragged
passenger, two PR experts and a journalist's post; 51 speakers counted page by page), 115 quotations with
``speaker_type`` (109 person, 3 organisation, 3 anonymous), annotated the same way before newskit was run on them, the
lines the furniture rules set aside (Reuters' photo captions and capitalised subheads, embedded posts with their handle
lines on CBS News and CNN Money, NPR's headline, caption and "Update at" lines, CNN's "Story highlights", "JUST
WATCHED" and appeal lines and its subheads, one in single marks, Fox News' capitalised promo lines, ABC News' photo
credit and app appeal, USA TODAY's byline, "More:" and contributor lines, CNN Money's "Related:" lines) read by eye and
left out. The events: Serena Williams' penalties in the U.S. Open final on Reuters and CBS News; the Thai military's
coup on NPR's live blog and CNN; the 69th Emmy Awards and their jokes about Trump on Fox News and NPR; the Marseille
prosecutor finding the Germanwings co-pilot crashed his plane on purpose on CNN and ABC News; United Airlines' chief
executive apologising again for a passenger dragged off a flight on USA TODAY and CNN Money. Its readings add: a rule
book's definition quoted after "In the rule book, ... is defined as" and a rulebook "clearly stating that" speak
(organisation); a sentence carrying on a speaker's account with no cue of its own (", Robin said. But he "took
advantage" ...") holds that speaker's quotations; words a thing is "not being described as" and a body's name an outlet
reports a country "being run by" are terms; a misspelt company name in the cue is the company; a letter's words are its
author's, the letter an equally right reading; a man a video shows "repeatedly saying" words is the man the page named.
After its own round: quote F1 .987 (fp 3), speaker .900 (tp 103 fp 11 fn 12), full .873 (tp 100 fp 14 fn 15), mention
.900 (tp 103); persons right 99 of 109, organisations 2 of 3, anonymous 2 of 3.
Half 43 (``scraped``, scored unseen once, newskit as of 002f248 and unchanged at 9d31944: quote F1 .989 (tp 93 fp 2
fn 0), speaker P/R/F1 .819/.828/.824 (tp 77 fp 17 fn 16), full .819/.828/.824 (tp 77 fp 17 fn 16), mention F1 .941 (tp
88 fp 6 fn 5); a name beside the quotation with its cue gave the right person 42 of 44 times, a pronoun there 7 of 10, a
description there 6 of 12, a name between two quotations 14 of 14, a pronoun there 4 of 4, a description there 0 of 2,
a name by the quotation before 4 of 5, a description there 0 of 1, no speaker found 0 of 1; right persons by the gold
speaker's type: persons 69 of 81, organisations 4 of 6, anonymous 3 of 5, media 1 of 1) is ten more
Article-Bias-Prediction pages with no furniture gold (``evaluation/scraped/build.py`` ABP_QUOTES_43: five events each
reported by two outlets, chosen for their quotations and speakers, kinds of story halves 34 to 42 have few of: weather,
local news, sport, business and an election abroad, on The Washington Times (AP), TheBlaze and CNN Money among others;
a TV meteorologist, a state police captain, a reporter stuck on a highway, a snow plow driver, a mayor on both pages, an
emergency management official, a weather service forecaster, forecasters, a local meteorologist, a newlywed, the
weather service's director; a sheriff with 8 quotations across the two pages, an FBI agent, an aunt on both pages, the
woman who found the girl with 8, the neighbour who let them in with 5, the girl, a cousin's posts; an IOC member with 4,
an IOC spokesman, a swimmer, a national Olympic committee, a hurdler's tweet, the IOC and the organizers' joint
statement, an Olympic minister, the Paralympic committee's president; a television report, a company's spokesperson,
an unnamed source, a company's statement through its spokesperson on both pages, the company itself, a cannabis law
adviser; an outgoing prime minister's Twitter page, a party's spokesman, a secretary of state's tweet, an analyst, the
winner on both pages, his party's president on both pages, a foreign minister, the defeated party's leader, a dean, a
minister; 48 speakers counted page by page), 93 quotations with ``speaker_type`` (81 person, 6 organisation, 5
anonymous, 1 media), annotated the same way before newskit was run on them, the lines the furniture rules set aside
(CNN's note on a previous day's story, its subheads, "JUST WATCHED" lines and a subhead in single marks, embedded posts
with their handle lines on CNN and Fox News, Fox News' "Data curated by" and "Click for more" lines, The Guardian's
"This article is more than 9 months old" lines and caption, USA TODAY's link lines, sign-up line and contributor line,
TheBlaze's question subheads, The Washington Times' contributor, newsletter and copyright lines) read by eye and left
out. The events: the blizzard bearing down on Washington on CNN and Fox News; Jayme Closs found alive three months
after her parents' killing on The Guardian and CNN; the Tokyo Olympics postponed on USA TODAY and CNN; Coca-Cola
watching cannabis-infused drinks on TheBlaze and CNN Money; Narendra Modi's election victory on CNN and The Washington
Times (AP). Its readings add: a weather word forecasters "warned of", glossed by the writer, is theirs, while the name
of a device in a body's cued clause ("scraper shoes") stays a term; a question a woman "asked herself, according to"
a station is hers, the station an equally right reading; "the neighbor said, Kasinskas told CNN" is the neighbour's
and the teller's alike; the girl who says "I'm Jayme" is the girl the page names; a joint statement of two bodies is
both, re-opened in its next paragraph one quotation; a word "reported to be" said, "according to" a broadcaster, is
the broadcaster's; an outgoing prime minister's Twitter page speaks as him.
After its own round: quote F1 .989 (fp 2), speaker .952 (tp 89 fp 5 fn 4), full .952 (tp 89), mention .973 (tp
91); persons right 81 of 81, organisations 4 of 6, anonymous 3 of 5, media 1 of 1.
Half 44 (``scraped``, scored unseen once, newskit as of 9d31944 and unchanged at 6e94d9a: quote F1 .972 (tp 87 fp 4 fn
1), speaker P/R/F1 .933/.943/.938 (tp 83 fp 6 fn 5), full .933/.943/.938 (tp 83 fp 6 fn 5), mention F1 .949 (tp 84 fp 5
fn 4); a name beside the quotation with its cue gave the right person 42 of 43 times, a pronoun there 16 of 17, a name
between two quotations 9 of 9, a pronoun there 5 of 5, a name in its sentence 6 of 6, a name by the quotation before 3
of 3, a subject before a colon in the quotation's sentence 1 of 1, a name in a lead-in sentence ending in a colon 1 of
1, no speaker found 0 of 2; right persons by the gold speaker's type: persons 76 of 80 found, media 3 of 3,
organisations 2 of 2, anonymous 2 of 2) is ten more Article-Bias-Prediction pages with no furniture gold
(``evaluation/scraped/build.py`` ABP_QUOTES_44: five events each reported by two outlets, chosen for their quotations
and speakers, kinds of story halves 34 to 43 have few of: a company's settlement with shooting victims, a teachers'
strike, troops isolated after a health mission, a hurricane and a state referendum on a labour law, on The New York
Times, NPR and The Hill among others; a casino company's chief executive on both pages, the plaintiffs' lead lawyer on
both pages with 5 quotations, a survivor with 4, a sheriff's deputy, a survivor's husband with 5, three more lawyers; a
teachers' union's president on both pages with 9, the mayor on both pages with 5, two parents, the school board's
president, a station's reporter, a teacher quoted through a newspaper; a Pentagon press secretary, a spokesman for the
Joint Chiefs' chairman, the president, the defense secretary, a nurse with 5; the president on both pages and his
tweets, a governor's office, a governor's tweets, an unnamed mayor, a fire chief, a business's manager, an evacuee,
FEMA's administrator; a state labour federation's president, the AP twice, a newspaper, a union federation's president,
a senator, a business lobby's director; 39 speakers counted page by page), 88 quotations with ``speaker_type`` (81
person, 3 media, 2 organisation, 2 anonymous), annotated the same way before newskit was run on them, the lines the
furniture rules set aside (CNN's subhead in single marks and its "JUST WATCHED" line, NPR's headlines, "Enlarge this
image toggle caption", "Updated at" and contributor lines, The New York Times' "Advertisement" line, USA TODAY's byline
lines, The Hill's embedded post with its credit line and its "ADVERTISEMENT" line, Fox News' capitalised promo lines and
contributor lines) read by eye and left out. The events: MGM Resorts' settlement with the victims of the Las Vegas
shooting on CNN and NPR; Chicago's teachers going on strike on The New York Times and NPR; troops isolated for 21 days
after the Ebola mission on USA TODAY and Fox News; Hurricane Harvey on The Hill and Fox News; Missouri's voters
rejecting the right-to-work law on NPR and Fox News. Its readings add: a report quoted after "reports that ...:" or
"reports:" whose two paragraphs the page ran into one, the second re-opened by a mark, is one quotation of its reporter
or newspaper; "The New York Times quotes the CTU's Lewis as saying" is Lewis's, the newspaper an equally right reading;
a word a person "deemed" a thing is hers, what a person "considers" a thing a term; a regime's name a body's statement
gives ("controlled monitoring", glossed by the writer), an event's and a show's names, ballot answers and a lede's
uncued phrase are terms; an unnamed mayor speaks as the page describes him; a governor's tweet that the president
offered his "full support" is the governor's.
After its own round: quote F1 .989 (fp 4 -> 1), speaker .989 (tp 87 fp 1 fn 1), full .989 (tp 87), mention .989 (tp
87); persons right 80 of 80, media 3 of 3, organisations 2 of 2, anonymous 2 of 2.
Half 45 (``scraped``, scored unseen once, newskit as of 6e94d9a and unchanged at 0756dc2: quote F1 .981 (tp 105 fp 2
fn 2), speaker P/R/F1 .885/.860/.872 (tp 92 fp 12 fn 15), full .875/.850/.863 (tp 91 fp 13 fn 16), mention F1 .910 (tp
96 fp 8 fn 11); a name beside the quotation with its cue gave the right person 47 of 50 times, a pronoun there 17 of 20,
a description there 6 of 8, a name between two quotations 11 of 11, a pronoun there 4 of 4, a description there 1 of 2,
a name by the quotation before 2 of 3, a description there 1 of 1, a named cue 2 of 2, a name in its sentence 1 of 1, no
speaker found 0 of 3; right persons by the gold speaker's type: persons 73 of 82 found, organisations 13 of 15,
anonymous 4 of 6, media 2 of 2) is ten more Article-Bias-Prediction pages with no furniture gold
(``evaluation/scraped/build.py`` ABP_QUOTES_45: five events each reported by two outlets, chosen for their quotations
and speakers, kinds of story halves 34 to 44 have few of: a court's ruling against a drug company, a military strike
abroad, sport, police and a car chase in the capital and a court ruling on an immigration programme, on ABC News, The
Wall Street Journal, Al Jazeera, ESPN, The Daily Wire, Politico and Townhall among others; a judge on both pages, the
company's lawyer with 4 quotations, another lawyer through the AP, a third lawyer, the state's attorney general on both
pages with 5, two analysts, a law professor, the state's hired lawyer; a forces spokesman on both pages with 8, a
provincial police spokesman, a provincial council member, the president on both pages, the insurgents' spokesman
relaying a call, the secretary of state; the league on both pages with 7 and its statements, its development league, a
team owner with 4, a public-address announcer, a player, a coach, a general manager, a network's reporter, the network,
two teams, teammates, four leagues' joint statement; a police chief with 4, the city's police chief on both pages with
5, two unnamed officers, two congressmen, one with 3, the police's email, a sergeant at arms, officials, five witnesses;
an advocate, the White House press secretary on both pages with 4, the president on both pages and his tweet, the judge
on both pages, a Justice Department spokesman, a state attorney general with 4, the Justice Department, a DREAMer with
2; 59 speakers counted page by page), 107 quotations with ``speaker_type`` (84 person, 15 organisation, 6 anonymous, 2
media), annotated the same way before newskit was run on them, the lines the furniture rules set aside (ABC News'
"Interested in" line, The Wall Street Journal's "Share Your Thoughts" line, video caption and sign-off lines, Al
Jazeera's "More:" line and its subhead in single marks, Fox News' capitalised promo lines, app line and contributor
lines, ESPN's video line and credit line, The Daily Wire's embedded posts with their handle lines, Politico's caption
line, "Story Continued Below", "( WATCH: ...)" and "( PHOTOS: ...)" lines, contributor and correction lines, USA TODAY's
"CLOSE" video lines, photo caption, link lines, subheads, the embedded post with its credit line, contributor and share
lines) read by eye and left out. The events: an Oklahoma judge ordering Johnson & Johnson to pay $572 million over the
opioid crisis on ABC News and The Wall Street Journal; the first US air strike on the Taliban since the peace deal on Al
Jazeera and Fox News; the NBA suspending its season after Utah Jazz players tested positive for the coronavirus on ESPN
and The Daily Wire; a woman shot dead by police after a car chase from the White House to the Capitol on Politico and
Fox News; a federal judge blocking the end of DACA on USA TODAY and Townhall. Its readings add: the quoted name of a
legal claim or standard in a cued clause ("created a "public nuisance"", "was "arbitrary and capricious"") is a term; a
lede's word a witness "described as" is the witness's, the witness quoted later saying it an equally right reading, and
a lede's word teammates "suggested to reporters" theirs; words fans "were told by the public-address announcer" are the
announcer's; "the statement continued" after a league's statement is the league's, the statement an equally right
reading; what a team "announced ..., ESPN reports" is the team's and the network's alike; an injured officer's words and
an officer's cry speak as the unnamed officers; a word a man "told reporters he thought" a thing was is his.
After its own round: speaker .906 (tp 92 -> 96 fp 9 fn 11), full .896 (tp 91 -> 95), mention .943 (tp 96 -> 100; two
gold mentions of "he added" moved onto the word), quote F1 .981 unchanged; persons right 76 of 82, organisations 13 of
15, anonymous 5 of 6, media 2 of 2.
Half 46 (``scraped``, scored unseen once, newskit as of 0756dc2 and unchanged at 4202509: quote F1 .975 (tp 98 fp 4
fn 1), speaker P/R/F1 .835/.818/.827 (tp 81 fp 16 fn 18), full .773/.758/.765 (tp 75 fp 22 fn 24), mention F1 .847 (tp
83 fp 14 fn 16); a name beside the quotation with its cue gave the right person 46 of 52 times, a pronoun there 7 of
10, a description there 9 of 10, a name between two quotations 7 of 8, a description there 1 of 1, a name by the
quotation before 5 of 6, a description there 2 of 2, a name in its sentence 1 of 1, a description there 3 of 3, no
speaker found 0 of 5; right persons by the gold speaker's type: persons 61 of 69 found, organisations 9 of 15,
anonymous 10 of 12, media 1 of 2) is ten more Article-Bias-Prediction pages with no furniture gold
(``evaluation/scraped/build.py`` ABP_QUOTES_46: five events each reported by two outlets, chosen for their quotations
and speakers, kinds of story halves 34 to 45 have few of: an execution after a court's ruling, medicine and a company's
trial results, sport and a broadcaster's firing, a military incident abroad and a foreign government's denial, and a
company chief's hacked phone, on NBC News, Newsmax, The Washington Post, The Post Millennial, the Daily Mail, the New
York Post and the BBC among others; the executed man on both pages with 3 quotations, one through a reporter, the
Supreme Court's majority on both pages with 4, a dissenting justice with 2, a Justice Department spokeswoman, the
prisoner's lawyer on both pages with 5, the Bureau of Prisons on both pages and its spokesperson, a victim's relative,
the attorney general; an infectious disease expert with 2, the company's chief medical officer, its chief executive on
both pages with 3, two more scientists; the commentator on both pages with 13, the network's president with 4, the
league, his co-host with 2, a sponsor's vice president with 2, a mayor, a veterans' legion and its statement, a
parliamentarian's writing of 1893, three characters of a novel a column quotes with 7; a deputy foreign minister and
his tweet, the president on both pages with 5, an armed forces spokesman, an unnamed US official with 3, an Iraqi
security official with 2, the Pentagon's chief spokesman, a foreign minister; a kingdom and its embassy on both pages
with 5, a newspaper with 2, unnamed sources, the company chief on both pages, with his wife once, his lawyer, two UN
rapporteurs with 8 and their statement, a forensic analysis, a computer expert; 52 speakers counted page by page), 99
quotations with ``speaker_type`` (70 person, 15 organisation, 12 anonymous, 2 media), annotated the same way before
newskit was run on them, the lines the furniture rules set aside (The Hill's embedded post with its credit line,
"ADVERTISEMENT" lines and the link text run into the justices' names, NBC News' newsletter lines and photo caption,
Newsmax's capitalised subhead, The Washington Post's "AD" lines, AP's photo captions with a film's title and a word in
marks and its "More AP NHL" line, the Daily Mail's captions and its two boxes, one holding the president's statement in
marks, Fox News' capitalised promo line, app line and contributor line, the BBC's image and media captions, subheads,
one in single marks, analysis byline and timeline line) read by eye and left out. The events: the first federal
execution in 17 years, hours after the Supreme Court cleared the way, on The Hill and NBC News; Moderna's first results
from its coronavirus vaccine's safety trial on Newsmax and The Washington Post; Sportsnet firing Don Cherry over his
remarks on immigrants on The Post Millennial and AP; a US warship downing an Iranian drone in the Strait of Hormuz on
the Daily Mail and Fox News; UN experts asking for an inquiry into the hacking of Jeff Bezos' phone and Saudi Arabia's
denial on the New York Post and the BBC. Its readings add: the dialogue of a novel a column quotes is its characters',
an unnamed one anonymous; the label a body "would only identify" people as is its; "the majority said" and an unsigned
"majority opinion saying that" are the court's; a word of a person's "choice of words" or "admonishment" is his;
quotations in single straight marks are quotations, one left open at its paragraph's end and re-opened in the next one
quotation; "dismissed claims ... as "absurd"" is the kingdom's, its embassy an equally right reading; a word of a
newspaper's "report that" is the newspaper's; unnamed experts who "said" before the page names them are the two it
names, "The analysis cited by the experts says" the analysis', the experts equally right; a word after an agentless
"reportedly" is a term.
After its own round: speaker .874 (tp 81 -> 87 fp 13 fn 12), full .814 (tp 75 -> 81), mention .874 (tp 83 -> 87),
quote F1 .975 unchanged; persons right 65 of 69, organisations 9 of 15, anonymous 12 of 12, media 1 of 2.
Half 47 (``scraped``, scored unseen once, newskit as of 4202509: quote F1 .994 (tp 84 fp 1 fn
0), speaker P/R/F1 .812/.774/.793 (tp 65 fp 15 fn 19), full .812/.774/.793 (tp 65 fp 15 fn 19), mention F1 .939 (tp 77
fp 3 fn 7); a name beside the quotation with its cue gave the right person 35 of 36 times, a pronoun there 9 of 18, a
description there 3 of 5, a name between two quotations 10 of 10, a pronoun there 2 of 3, a description there 0 of 1, a
name by the quotation before 1 of 1, a pronoun there 0 of 1, a name in its sentence 1 of 1, a description there 2 of 2,
a name after a colon 1 of 1, a name as a term's subject 1 of 1, no speaker found 0 of 4; right persons by the gold
speaker's type: persons 52 of 68 found, organisations 5 of 6, anonymous 5 of 7, media 3 of 3; speaker
.805 (tp 66) at 6b81469, when it was opened; tuned on since) is ten more
Article-Bias-Prediction pages with no furniture gold (``evaluation/scraped/build.py`` ABP_QUOTES_47: five events each
reported by two outlets, chosen for their quotations and speakers, kinds of story halves 34 to 46 have few of: a
governor refusing to resign, a senate special election's night, a wildfire that killed a fire crew, with its officials,
a beating streamed online and the police's charges, and a regulator's fine on a technology company, on TheBlaze, The
Christian Science Monitor and The Verge among others; the governor with 6 quotations, a legislative caucus with 3, a
state party chairman with 2, an unnamed medical school official, a state senator with 2, a state party's statement with
2; the winner on both pages with 2, the loser on both pages with 6, the president with 6, a state party chairwoman with
7, the loser's campaign chairman; the fire chief on both pages with 5, the state's governor with 2, a resident, a
network's reporter, a local paper, a fire department spokesman with 2, an incident commander, a state paper, the
president's statement; the police superintendent on both pages with 7, a police commander, the police, unnamed
authorities, unnamed attackers shouting in a video with 4 and their victim made to shout, the White House press
secretary with 2; a congressman on both pages with 4, two senators writing together with 3, one of them again with 2, a
newspaper, a campaign group's co-chair with 2, two more senators; 40 speakers counted page by page), 84 quotations with
``speaker_type`` (68 person, 7 anonymous, 6 organisation, 3 media), annotated the same way before newskit was run on
them, the lines the furniture rules set aside (the BBC's media and image captions and question subheads, The Hill's
"ADVERTISEMENT" lines and the link text run into two lawmakers' names, the Monitor's newsletter, credit and copyright
lines, NPR's image captions and update subheads, Fox News' capitalised promo lines, "Click for more" line and
contributor lines, The Verge's subhead and four embedded posts with their credit lines, one holding a paraphrase in
marks) read by eye and left out. The events: Virginia's governor Ralph Northam refusing to resign over the racist photo
on his yearbook page on the BBC and TheBlaze; Doug Jones winning Alabama's Senate special election over Roy Moore, who
would not concede, on Fox News and The Hill; 19 firefighters killed by a wildfire near Yarnell, Arizona, on The
Christian Science Monitor and NPR; hate crime charges against four people over a beating in Chicago streamed on Facebook
Live on Fox News and NPR; the Federal Trade Commission's reported $5 billion settlement with Facebook on The Hill and
The Verge. Its readings add: an unnamed group the page names below is the body it names; a word a president "painted" a
man as is his; a quotation opened with a curly mark and closed with a straight one is one quotation; "Here's what he
told our Newscast Unit:" and "Here's the president's statement:" before a quotation are its speakers'; a tracker's field
label in marks is a term; shouts in a video are anonymous, and words a victim is forced to say the victim's; a word a
person "highlighted" is his.
After its own round: speaker .922 (tp 66 -> 77 fp 6 fn 7), full .922 (tp 66 -> 77), mention .958 (tp 77 -> 80), quote
F1 .994 unchanged; persons right 63 of 68, organisations 6 of 6, anonymous 5 of 7, media 3 of 3; a pronoun beside its
cue 16 of 18.
Half 48 (``scraped``, scored unseen once, newskit as of 6b81469: quote F1 .991 (tp 109 fp 2
fn 0), speaker P/R/F1 .888/.872/.880 (tp 95 fp 12 fn 14), full .879/.862/.870 (tp 94 fp 13 fn 15), mention F1 .889 (tp
96 fp 11 fn 13); a name beside the quotation with its cue gave the right person 46 of 50 times, a pronoun there 15 of
17, a description there 5 of 8, a name between two quotations 12 of 12, a pronoun there 8 of 8, a name by the quotation
before 2 of 2, a pronoun there 1 of 1, a name in its sentence 2 of 3, a name after a colon 2 of 2, a name as a term's
subject 1 of 1, a description found by no named strategy 1 of 1, no speaker found 0 of 4; right persons by the gold
speaker's type: persons 80 of 86 found, organisations 8 of 13, anonymous 7 of 10; speaker .880 (tp 95) at b349191,
when it was opened; tuned on since) is ten more Article-Bias-Prediction
pages with no furniture gold (``evaluation/scraped/build.py`` ABP_QUOTES_48: five events each reported by two outlets,
chosen for their quotations and speakers, kinds of story halves 34 to 47 have few of: a governor firing a class of
prison cadets over a photo, with the instructor and the investigators, a governor at odds with a nurse over a
quarantine, a jury's verdict on a police officer who killed her neighbour, a foreign minister's threat of war, and a
union and a business lobby agreeing on guest workers, on National Review, Newsmax and The New York Times among others;
the instructor on both pages with 5 quotations, the investigation's director with 3, a probe, its investigators, its
documents and its final report with 6, class members, a department spokesman, the governor with 3, a captain with 2,
another state's governor with 2, a division spokesman after a paragraph of his with no cue; the governor's office with
5, his officials with 2, an ambassador to the UN, the White House press secretary, another state's governor with 3, a
townsman known by his surname with 2, the governor by his surname with 2, a nurses' association; a reporter, the former
officer on both pages with 10, the family's lawyer with 4, the victim's mother, the lead prosecutor with 4, a defence
lawyer with 2, her lawyers, prosecutors, a former prosecutor and judge, a defence lawyer; the foreign minister on both
pages with 9, the secretary of state on both pages with 4, a kingdom's capital, an unnamed ambassador, a foreign
minister with 2, the president, an army spokesman, a government's memo; a senator on both pages with 6, another on both
pages with 7, a third with 3, the White House spokesman on both pages with 4, a union's president, an unnamed source; 52
speakers counted page by page), 109 quotations with ``speaker_type`` (86 person, 13 organisation, 10 anonymous),
annotated the same way before newskit was run on them, the lines the furniture rules set aside (the New York Post's "see
also" line, NPR's image captions, headline and audio link lines, The Washington Times' newsletter and copyright lines,
National Review's photo caption and embedded post, Newsmax's capitalised subhead, Politico's caption and headline line,
"Story Continued Below" lines and link lines in brackets, the Monitor's newsletter line) read by eye and left out. The
events: West Virginia's governor Jim Justice approving the firing of corrections cadets who gave a Nazi salute in their
class photo on the New York Post and NPR; Maine's governor Paul LePage and the nurse Kaci Hickox at odds over her Ebola
quarantine on The Washington Times and The New York Times; a Dallas jury finding the former police officer Amber Guyger
guilty of murdering her neighbour Botham Jean on National Review and NPR; Iran's foreign minister Javad Zarif warning of
"all-out war" after the attack on Saudi oil plants on Newsmax and Politico; the AFL-CIO and the Chamber of Commerce
agreeing on a guest-worker programme for the Senate's immigration bill on Politico and The Christian Science Monitor.
Its readings add: words a probe "found", "the documents state" and a final report "determined" are the report's, a
fragment with no cue after them the report's too, and a passage in marks with no cue after "according to the
investigation, said:" the investigation's; a slogan written on a photo, a class's name, a risk category's name, a
doctrine's and a law's names, a so-called nickname, a policy's name and a show's title are terms; a closing paragraph in
marks with no cue after a spokesman's paraphrase is the spokesman's; "X's office said" is the office's, "officials
added" unnamed officials'; words a woman said she "ordered" someone and "told the operator" are hers; words a senator
told someone, as an unnamed source relates them, are the senator's, the source's own description the source's; "The
message communicated that" is the message's, not the agency that reported it.
After its own round: speaker .894 (tp 95 -> 97 fp 11 fn 12), full .885 (tp 94 -> 96), mention .894 (tp 96 -> 97), quote
F1 .991 unchanged; persons right 80 of 86, organisations 8 of 13, anonymous 9 of 10; a pronoun beside its cue 16 of 17,
a description there 6 of 9.
Half 49 (``scraped``, scored unseen once, newskit as of b349191: quote F1 .995 (tp 110 fp 1
fn 0), speaker P/R/F1 .838/.845/.842 (tp 93 fp 18 fn 17), full .811/.818/.814 (tp 90 fp 21 fn 20), mention F1 .905 (tp
100 fp 11 fn 10); a name beside the quotation with its cue gave the right person 48 of 54 times, a pronoun there 12 of
15, a description there 12 of 19, a name between two quotations 8 of 8, a pronoun there 3 of 3, a description there 2 of
2, a name by the quotation before 1 of 1, a description there 1 of 2, a name in its sentence 2 of 2, a description there
2 of 2, a name as a term's subject 2 of 2; right persons by the gold speaker's type: persons 60 of 65 found,
organisations 13 of 16, anonymous 14 of 21, media 6 of 8; speaker .842 (tp 93) at a3d1a51, when it was opened; tuned on
since) is ten more Article-Bias-Prediction pages with no furniture
gold (``evaluation/scraped/build.py`` ABP_QUOTES_49: five events each reported by two outlets, chosen for their
quotations and speakers, kinds of story halves 34 to 48 have few of: Olympic swimmers whose robbery story a foreign
police force found made up, with the police chief and the lawyers, a technology company taking down and restoring a
senator's ads, a governor's pardons on his way out, with prosecutors, a victim's mother and his successor, a foreign
government denying a hacking and proposing a joint inquiry, and a helicopter crash with its investigators, witnesses and
the controller's words to the pilot, on the BBC, Newsmax and the New York Post among others; the police chief on both
pages with 4 quotations, a lawyer with 2, another on both pages with 3, the swimmer with 2, a political scientist,
onlookers with 2, the Olympic committee on both pages with 3; the company on both pages with 2, its spokesperson with 2,
the senator on both pages with 7, her ads with 2, her petition, a message on the ads; the former governor on both pages
with 22, a newspaper with 5, another newspaper, a commonwealth's attorney, a man on Twitter, the new governor with 4,
the victim's mother with 2, a pardoned woman with 2, a prosecutor with 2, another prosecutor, the governors'
association; the foreign ministry's unnamed spokesman on both pages with 5, a security council spokesman with 2, the
president on both pages with 2, the state media, the country with 2, the FBI with 4, a state-run newspaper, defectors;
an aviation official, a police sergeant with 2, a police spokesman, a reporter, a witness, a pastor with 3, the air
traffic controller with 5, the pilot, an aviation source with 3; 54 speakers counted page by page), 110 quotations with
``speaker_type`` (65 person, 16 organisation, 21 anonymous, 8 media), annotated the same way before newskit was run on
them, the lines the furniture rules set aside (the BBC's media and image caption lines, link line and timeline headings,
The Washington Times' credit, newsletter and copyright lines, Politico's caption run into its headline, "Story Continued
Below" and newsletter lines, USA TODAY's video caption, byline, link lines, embedded tweet and share line, NPR's
headline, image caption and "Updated at" lines, CNN's update line, Newsmax's capitalised subhead, Fox News' capitalised
link lines, the New York Post's share lines) read by eye and left out. The events: two of the US swimmers whose robbery
story Rio's police found made up leaving Brazil and James Feigen paying to settle on The Washington Times and the BBC;
Facebook taking down and restoring Elizabeth Warren's ads calling for big technology companies to be broken up on
Politico and USA TODAY; Kentucky's outgoing governor Matt Bevin pardoning or commuting the sentences of hundreds of
convicts on NPR and CNN; North Korea denying the hacking of Sony Pictures and proposing a joint inquiry on USA TODAY and
Newsmax; investigators, a police sergeant and witnesses on the fog around the helicopter crash that killed Kobe Bryant,
and the controller's last exchanges with its pilot, on Fox News and the New York Post. Its readings add: the words an ad
"read", a petition "urging" and "a message on the ads said" are the ad's, the petition's and the message's; a
newspaper's words as another outlet relays them ("The paper notes", "the Courier-Journal also reports", a trial "widely
described as" in its report, "The paper said ... one of whom "..."") are the newspaper's (media); words a governor
"wrote in his executive order", "proclaimed in a letter" or an order's "inmates who are "solely serving"" are his; a
foreign ministry's unnamed spokesman and his statement ("The statement also said") are one anonymous speaker, the state
agency relaying him credited nothing; "North Korea called ... "groundless slander"" and "vowed to boost its "nuclear
power"" are the country's, "state media has called ... "slander"" the state media's; a word the controller asks the
pilot to "squawk" is the controller's, the pilot's read-back his; a film's, a show's and a plan's titles, a letter of
the alphabet, "so-called "flight following"" and the name of a flight rule are terms.
After its own round: speaker .869 (tp 93 -> 96 fp 15 fn 14), full .869 (tp 90 -> 96), mention .905 and quote F1 .995
unchanged: "the spokesman" after "a spokesman for <body>" is the body, not a spokesman named only later; a party's
adjective before a role one person holds no longer blocks the holder; "the paper" after "according to <paper>" is that
paper; "the source" takes the fuller description "a second aviation source" wrote.
Half 50 (``scraped``, scored unseen once, newskit as of a3d1a51: quote F1 .988 (tp 123 fp 3
fn 0), speaker P/R/F1 .944/.951/.947 (tp 117 fp 7 fn 6), full .927/.935/.931 (tp 115 fp 9 fn 8), mention F1 .923 (tp 114
fp 10 fn 9); a name beside the quotation with its cue gave the right person 61 of 63 times, a pronoun there 16 of 16, a
description there 6 of 7, a name between two quotations 9 of 9, a pronoun there 5 of 5, a description there 1 of 1, a
name by the quotation before 7 of 7, a name in its sentence 7 of 8, a pronoun there 1 of 1, a name as a term's subject 2
of 2, a name after a colon 1 of 1, a name found by no named strategy 1 of 1, no speaker found 0 of 2; right persons by
the gold speaker's type: persons 96 of 98 found, organisations 12 of 14, anonymous 6 of 8, media 3 of 3; speaker .947
(tp 117) at 7ea60d9, when it was opened; tuned on since) is ten more
Article-Bias-Prediction pages with no furniture gold (``evaluation/scraped/build.py`` ABP_QUOTES_50: five events each
reported by two outlets, chosen for their quotations and speakers, kinds of story halves 34 to 49 have few of: a rescue
abroad with its commander, an army officer, divers and officials, a technology company dropping its plan for a
headquarters, with a governor, a mayor, politicians, an analyst, a professor and a union, a foreign force seizing a
tanker, with a foreign secretary, analysts, the president, a foreign council's spokesman and military commands, a
manhunt for two escaped prisoners, with a district attorney, police officials, two governors, residents and a prison
worker's daughter-in-law, and a marathon a year after a bombing, with runners, onlookers, students, a governor and the
race's organisers, on CNBC, CBS News and Newsmax among others; the rescue's commander with 5 quotations, an army deputy
commander with 2, officials, a news agency; the navy SEALs' post with 2, a diver with 3, divers, officials, another
diver with 4; the company on both pages with 5, the governor on both pages with 9, the mayor on both pages with 3, a
congresswoman on both pages with 2, a councilman, a congressman, an analyst with 2, a professor with 2, a union with 2;
an analyst with 4, the foreign secretary on both pages with 10, two more analysts with 2 and 3, the Pentagon, the
Revolutionary Guard, the president with 4, a council's spokesman with 2, a military command, a committee chairman; the
district attorney with 4, a resident with 2, the state police superintendent on both pages with 2, a prison worker, her
daughter-in-law with 4, a resident, a police spokesman, a governor on both pages with 4, a radio station, a television
station's site, a commissioner; a runner with 2, an onlooker with 2, the governor, the athletic association with 2,
those who made the case for a place, the women's winner with 2; a historian, the race's emcee, two onlookers with 2 and
3, a student with 4, two students together, another student, the men's winner with 2; 60 speakers counted page by page),
123 quotations with ``speaker_type`` (98 person, 14 organisation, 8 anonymous, 3 media), annotated the same way before
newskit was run on them, the lines the furniture rules set aside (Fox News' capitalised link lines, its "CLICK HERE" and
credit lines, CNN's subheads (one with a word in single marks), image captions, embedded post and "JUST WATCHED" video
lines, CBS News' embedded post, subheads (one in marks), link lines and credit line, CNBC's photo captions with their
credits, USA TODAY's name line and contributors' line, NPR's headlines, slideshow captions (one with a word in marks),
"toggle caption" lines, section headings and signatures, Newsmax's poll and "Editor's Note" lines) read by eye and left
out. The events: four more of the boys trapped in a flooded cave in northern Thailand brought out by divers on the
rescue's second day on Fox News and CNN; Amazon dropping its plan for a second headquarters in New York City, and New
York's governor Andrew Cuomo, its mayor and its politicians answering, on CBS News and Fox News; Iran's Revolutionary
Guard seizing the British-flagged tanker Stena Impero in the Strait of Hormuz and Britain's warning on CNBC and USA
TODAY; the search for the murderers Richard Matt and David Sweat after their escape from a prison in Dannemora, New
York, on CNN and NPR; the first Boston Marathon after the bombings, won by Meb Keflezighi, on Newsmax and NPR's live
blog. Its readings add: a unit's post "listing the "boars"" and "ending with ... "hooyah."" is the unit's; a quotation
with no cue in a sentence whose subject is a company ("Amazon ... would have generated "incremental tax revenue ..."",
the words of its announcement) is the company's, and words in a sentence whose subject is the speaker just quoted, with
no cue ("D'Souza planted herself ... to "catch the runners early""), are hers; "X told investigators that ... "special,"
..., a source ... said" is X's, the source equally right; "USA Today quotes X as saying that ... "..."" is X's, the
paper equally right; a radio station's text set out in marks after "NCPR says:" over two paragraphs run together, a
captain's words in single marks inside it, is one quotation of the station's; "as one resident described it" and "the
emcee said" are anonymous, "those who made the case that they were "profoundly impacted"" anonymous "those", "X and Y
agree that ... "..."" both, "X recalls thinking" his; ships' names, a military operation's, a camp's, a show's, a
charge's, a song's and a project's names, "crossed a "red line"" in a question the page asks, and the slogans on buses,
a banner and signs ("they exhorted") are terms.
After its own round: speaker .947 -> .955 (tp 117 -> 118), full .931 -> .955 (tp 115 -> 118), mention .923 (tp 114)
and quote F1 .988 unchanged: "the union" after "the <name> union" is that union, its name written out; "The divers
involved in Monday's operation said" is the divers, not the operation; its five quotations without the right person
left (a company's announcement with no cue, the country's possessive dropped from a body's name, a term after
"threatened to use" and "those who made the case" with no speaker, a daughter-in-law after "<surname>'s family ..., with
her" given the possessive).
Half 51 (``scraped``, scored unseen once, newskit as of 7ea60d9: quote F1 .985 (tp 97 fp 2 fn 1), speaker P/R/F1
.875/.857/.866 (tp 84 fp 12 fn 14), full .865/.847/.856 (tp 83 fp 13 fn 15), mention F1 .897 (tp 87 fp 9 fn 11); a name
beside the quotation with its cue gave the right person 40 of 42 times, a pronoun there 11 of 12, a description there 13
of 18, a name between two quotations 5 of 5, a pronoun there 1 of 1, a description there 3 of 3, a name by the quotation
before 1 of 1, a description there 1 of 1, a name in its sentence 5 of 6, a pronoun there 1 of 1, a description there 1
of 2, an organisation named as the subject before a fragment 1 of 1, a description found by no named strategy 1 of 1, no
speaker found 0 of 3; right persons by the gold speaker's type: persons 53 of 59 found, organisations 20 of 26,
anonymous 11 of 12; speaker .866 (tp 84) at 7ea60d9 and 452bf203, when it was opened; tuned on since) is nine more
Article-Bias-Prediction pages with no furniture gold (``evaluation/scraped/build.py`` ABP_QUOTES_51: five events, four
of them reported by two outlets and one by one, its second outlet's page left out to keep the half near its size, chosen
for their quotations and speakers, kinds of story halves 34 to 50 have few of: regulators and airlines grounding an
aircraft type after a crash, with its maker, an airlines' association, a regulator's deputy head, a foreign ministry's
spokesman, a former inspector general and carriers' executives, a police force arresting a publisher in an embassy and
his charges abroad, with the police, the publisher's site and its editor, a ministry's spokesman, a president, a foreign
secretary, lawyers and an indictment, a report that an intelligence agency tapped technology companies' links, with the
agency's statements and its director, the companies and their spokeswomen and a senator, officers fired after a man's
death in police custody, with a mayor and a family's lawyer, and a leader withdrawing a bill, with lawmakers, a front of
protest organisers, a protesters' representative and a mainland office, on The Epoch Times, The Christian Science
Monitor and The Hill among others; an airlines' association's director general with 2 quotations, the regulator, its
deputy head as a newspaper quotes him, the airline, an expert; a farmer with 2, the aviation agency, the foreign
ministry's spokesman, a former inspector general with 3, the regulator with 2, the maker with 2 (in the page's
timeline), a carrier's chief executive, two airlines, an assembly's president with 2; the police with 4, the president
as a newspaper reports him, the publisher's site with 3, its editor with 2, a ministry's spokesman, a lawyer with 2;
another lawyer with 2, the prime minister, the president with 6, a lawyer, the indictment, two people as the indictment
quotes them, a candidate, the foreign secretary with 6, the site; a company's chief legal officer, the agency's
spokesperson and statement with 3, its director with 2, a company's spokeswoman, a senator; an engineer, the agency's
statement with 2, the company with 2, the spokeswoman, the president; the dead man with 2, the mayor with 3, another man
who died in custody with 2, the family's lawyer; the leader with 6, two lawmakers with 1 and 2, the mainland office; the
front with 3, the representative with 3, a lawmaker, a party's chairman, readers replying online; 54 speakers counted
page by page), 98 quotations with ``speaker_type`` (60 person, 26 organisation, 12 anonymous), annotated the same way
before newskit was run on them, the lines the furniture rules set aside (Reuters' photo captions with their credits,
"Slideshow" lines and capitalised subheads, one in single marks, The Guardian's standfirst, "This article is more than
10 months old" lines, video caption and "Additional reporting" line, The Hill's "ADVERTISEMENT" line, embedded post,
name card run into a paragraph with a headline in single marks and update line, USA TODAY's name and byline lines, link
lines and contributors' line, The Christian Science Monitor's subhead in single marks and newsletter line, Fox News'
"Read more" line, The Washington Times' contributors', newsletter and copyright lines, The Epoch Times' headline) read
by eye and left out. The events: Chinese airlines and Ethiopian Airlines grounding their Boeing 737 MAX 8 jets the day
after the Ethiopian Airlines crash near Addis Ababa on Reuters and The Guardian; Julian Assange arrested by London's
police in Ecuador's embassy and charged in the US on The Hill and USA TODAY; the Washington Post's report that the NSA
tapped the links between Google's and Yahoo's data centres abroad, with the companies and the agency answering, on The
Christian Science Monitor and Fox News; four Minneapolis police officers fired after the death of George Floyd on
Reuters; Hong Kong's chief executive Carrie Lam withdrawing the extradition bill, and protesters and lawmakers
answering, on The Washington Times (AP) and The Epoch Times. Its readings add: a timeline box run into one line with its
headings is article text (half 17), the maker's statement in it the maker's; words an order or a notice holds ("ordered
the country's airlines to ground the jets "in view of ..."", "issued a notice ... saying it would mandate forthcoming
"design changes"") are the body's that issued it; "the newspaper ... quoted Li as saying" and "said in a tweet ...,
according to The New York Times" are the person's, the paper equally right; "X told Y that "...," the indictment said"
is X's, the indictment equally right, and words of the indictment with no person's cue ("provided Assange "part of a
password"") the indictment's; "An NSA spokesperson said in a statement" makes the statement's quotations the anonymous
spokesperson's, while "The NSA also released a statement" makes them the agency's; "one of them said" of two engineers
is anonymous; a dead man's words groaned in a video are his, the page naming him later, and another man's "dying words,
"I can't breathe,"" that became a rallying cry his, not a slogan; a protesters' representative reading out a statement,
its next sentence with no cue too, is anonymous, and "netizens ... replied ... with the following message: "..."" the
netizens' (a reply, not a sign's slogan); a notification's name, a sensor's, "metadata", a policy's name ("one country,
two systems"), a word a government used named as a word ("characterization of the protests as "riots"") and a word named
as the word for it in Chinese are terms.
After its own round: speaker .907 (tp 84 -> 88 fp 8 fn 10), full .897 (tp 83 -> 87), mention .938 (tp 87 -> 91), quote
F1 .985 unchanged: "which" right after a name with no comma ("including X which said") is that name's; a verb in -ed
closing an aside with "on whose" or "in which" is the aside's, the name before it the subject; a relative clause running
on after a comma and "and" is still the name's aside.
Half 52 (``scraped``, kept unseen: ``UNLISTED``; scored unseen once, newskit as of 452bf20: quote F1 .975 (tp 117 fp 6
fn 0), speaker P/R/F1 .885/.923/.904 (tp 108 fp 14 fn 9), full .885/.923/.904 (tp 108 fp 14 fn 9), mention F1 .921 (tp
110 fp 12 fn 7); a name beside the quotation with its cue gave the right person 45 of 45 times, a pronoun there 17 of
19, a description there 10 of 13, a name between two quotations 17 of 17, a pronoun there 6 of 6, a description there 2
of 2, a name by the quotation before 5 of 5, a pronoun there 1 of 1, a description there 0 of 2, a name in its sentence
1 of 1, a pronoun there 1 of 1, a name in a reporting clause closing the sentence 1 of 1, a name as a term's subject 1
of 2, a name after a colon 1 of 1, no speaker found 0 of 1; right persons by the gold speaker's type: persons 91 of 93
found, organisations 8 of 9, anonymous 7 of 11, media 2 of 4) is ten more Article-Bias-Prediction pages with no
furniture gold (``evaluation/scraped/build.py`` ABP_QUOTES_52: five events each reported by two outlets, chosen for
their quotations and speakers, kinds of story halves 34 to 51 have few of: an attack on a police station abroad, with
the prosecutor's office, a police union official and a police official, a ministry's spokesman, the interior minister,
the president, witnesses, a magazine's editor, a former journalist and another editor, a government agency's records
stolen by hackers, with the agency's information officer, the White House, a homeland security department's statements,
senators, security firms, a foreign news agency, an unnamed federal official, former officials, a union and the FBI, a
sports team's executive's deleted tweet and a foreign government's answer, with the executive, a consulate's
spokesperson, a basketball association, the team's owner, the league's commissioner, a state broadcaster and a foreign
ministry's spokesman, a federal judge's son killed at her home, with a senator, a governor, regulators, a US attorney's
office, the suspect's website and posts and the FBI's field office, and a state's governor signing a right-to-work law
as unions protested, with the governor, the House speaker, a lawmaker, a union president, a business group's director,
economists, union members, a crowd's chant, a speaker on a stage and a civil rights leader, on Politico, CNBC, NBC News
and AP among others; the attacker as a union official reports him, the police as a witness reports them, a resident, a
police official, the president with 2, a magazine's editor with 3; the attacker unnamed, the interior minister with 2, a
former journalist with 6, a magazine's co-editor; the agency's information officer with 4, the White House press
secretary, a former senator with 2, a security firm, a news agency with 2, a senator with 2, another senator, an expert
with 3, an unnamed federal official with 3, a former White House official with 3, a former information security officer,
a security firm's manager, a union's director, the FBI; the department's statement with 2, a senator, a security
executive, a congressman, the other senator with 2; the executive with 4 (one his tweet as AP reports it), the
consulate's spokesperson with 2, the basketball association, the team's owner with 2; the commissioner with 11, the
state broadcaster with 2, the executive's tweet, a foreign ministry's spokesman with 2; the senator, the governor,
regulators; the US attorney's office, the suspect's website and a post on it, the FBI's field office with 2, the
governor, the senator with 2 (one as a newspaper quotes him); the governor with 4, the House speaker with 3, a lawmaker
with 3, a union president, protesters chanting, a business group's director with 2, an economist with 2, a union local's
president with 2, a sprinkler fitter with 2, a speaker on a stage with 2, a civil rights leader with 3; a union
president with 2, a professor with 2; 61 speakers counted page by page), 117 quotations with ``speaker_type`` (93
person, 11 anonymous, 9 organisation, 4 media), annotated the same way before newskit was run on them, the lines the
furniture rules set aside (Fox News' "Data curated by FindTheData", contributor and "Click for more" lines, CNN's "JUST
WATCHED" video lines, its subheads, one in single marks, its map line and its photo gallery's captions, with quotations
of a newspaper and of three men in marks, Politico's "Story Continued Below" line and contributor line, The Christian
Science Monitor's newsletter line, CNBC's photo caption with its credit and its subheads in single marks, AP's photo
captions, contributors' and "More AP NBA" lines, NBC News' newsletter lines and photo caption, NPR's headline, "toggle
caption" and "Updated at" lines and the embedded post without marks, The Washington Times' subheads, newsletter and
copyright lines, CNN Money's "Related:" link lines and contributors' line) read by eye and left out. The events: a man
with a meat cleaver and a fake explosive vest shot dead outside a Paris police station on the anniversary of the Charlie
Hebdo attack on Fox News and CNN; hackers thought to be based in China stealing the records of four million federal
employees from the Office of Personnel Management on Politico and The Christian Science Monitor; the Houston Rockets'
general manager Daryl Morey's deleted tweet backing Hong Kong's protesters, and China's and the NBA's answers, on CNBC
and AP (the next day's page); the son of the federal judge Esther Salas shot dead and her husband wounded at their New
Jersey home, and the suspect found dead, on NBC News and NPR; Michigan's governor Rick Snyder signing the right-to-work
bills as unions protested at the Capitol on The Washington Times and CNN Money. Its readings add: words an attacker
shouted as a police union official reports them ("who a police union official said was shouting "Allahu Akbar"") are the
attacker's, whom a source names later, the official equally right, and on a page that never names him an anonymous
"man", the statement reporting them equally right; words police told a man as a witness told a television network ("told
the network iTele that police told the man, "Stop. Move back."") are the police's, the witness equally right; what a
firm "calls the group" when the words describe it and do not name it ("one of the most advanced ... groups") is the
firm's, while the names a group is "known as" and a company's former name are terms; a news agency that "dismissed the
U.S. allegations as "..."" and "It also pointed to ..., saying" speaks (media); words regulators "fined the bank ...
for" are the regulators'; a suspect's cached website that "proclaimed" words in marks speaks as its author; a field
office that "tweeted ... that it was "..." and that the bureau was "..."" has two quotations, the mention the subject of
"tweeted"; a crowd's chant ("they chanted") is the crowd's and a speaker on a stage who "shouted" anonymous; a show's
title, the names of a hacker group and a firm's former name, a law's name in marks and a slogan on signs ("Recall
Snyder") are terms.
Detection: a found quotation is a true positive when it overlaps a gold quotation, each matched at
most once; the pieces of one multi-paragraph quotation count as one; scare quotes are left out of
the predictions unless they overlap a gold quotation. Speaker: a matched quotation whose speaker
agrees (case-insensitive, leading article and titles dropped, fullest name or surname) is a true positive;
a wrong or missing speaker counts against precision and recall.

Two speaker regimes are scored, since a grader may read either: ``speaker`` compares the resolved
name as above (its recall is the share of gold quotations given the right person; ``full`` counts those of them
whose speaker is also a usable full name, the gold's words or more words ending in them, so a surname alone
counts against it); ``mention`` asks whether the predicted speaker mention (``mention_start`` ..
``mention_end`` of ``nk.quotes``) overlaps the gold mention: the source as written nearest the
quotation, usually the grammatical subject of its cue ("he", "the US president", "Katherine Devlin";
for an uncued follow-on quote, the mention that cued the quote it continues; in "X said (that) he
found it “...”" the subject of the reporting verb, X, not the reported clause's "he"), stored in the gold as
``mention_start``/``mention_end`` offsets into ``version.raw`` and annotated by reading.

Run: .venv/bin/python evaluation/quote_real.py [--half 1-52] [--errors [--only KIND]] [--breakdown]   (exits 0;
skips the OneStopEnglish and Wikinews articles without ../shared and the scraped pages without their cache; without
--half, each half's aggregates follow the total and --errors lists the errors of every half but the unlisted ones;
--breakdown adds, under each aggregate, the share of right speakers by the strategy that found the speaker and how
its mention is written, as ``polnear_eval.py --breakdown`` does, and by the gold speaker's type (person,
organisation, media, anonymous): aggregates, so unseen halves are broken down too)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

import newskit as nk
from newskit.text.lexicon import LIST_CONJUNCTIONS, NAME_TITLES, PREPOSITIONS
from polnear_eval import mention_kind, strategies
from snapshot import sha1

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "evaluation" / "gold" / "real_quotes.jsonl"
SHARED = ROOT.parent / "shared" / "corpora"
CACHE = ROOT / "evaluation" / "scraped" / "cache"
HALVES = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
          29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52)
UNLISTED = {6, 8, 52}  # halves kept unseen, scored by their aggregates only: listing errors spends a half
MEASURES = ("quote", "speaker", "full", "mention")


def load_gold(half: int | None = None) -> list[dict]:
    """Gold records (one per article), optionally only one half of the sample."""
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in records if half is None or r["half"] == half]


def load_version(record: dict, wikinews_rows: list[str]):
    """The annotated version of one gold record."""
    if record["corpus"] == "onestopenglish":
        return nk.load_story(SHARED / "onestopenglish" / "stories" / record["story"])[record["level"]]
    if record["corpus"] == "scraped":
        text = (CACHE / f"{record['page']}.txt").read_text(encoding="utf-8")
        return nk.story_from_texts({record["page"].split("_")[0].removeprefix("en."): text}).versions[0]
    text = json.loads(wikinews_rows[record["row"]])["after_revision"]
    return nk.story_from_texts({"after": text}).versions[0]


def missing(record: dict) -> str | None:
    """Why a gold record cannot be scored here (its corpus or page absent, or not the annotated text), else None."""
    if record["corpus"] != "scraped":
        return None if SHARED.is_dir() else f"{SHARED} is absent"
    path = CACHE / f"{record['page']}.txt"
    if not path.exists():
        return f"{path} is absent (evaluation/scraped/build.py rebuilds the cache)"
    if sha1(path.read_text(encoding="utf-8")) != record["sha1"]:
        return f"{path.name} is not the annotated text (sha1 differs)"
    return None


def predictions(version, breakdown: bool = False) -> list[dict]:
    """Quotations found in one version, the pieces of a multi-paragraph quote joined into one; with ``breakdown``,
    each with the strategy that found its speaker and how its mention is written ("how":
    :func:`polnear_eval.strategies`, :func:`polnear_eval.mention_kind`)."""
    found = nk.quotes(_single(version))
    how = strategies(_single(version)) if breakdown else {}
    rows: list[dict] = []
    for row in found.to_dict("records"):
        if rows and row["kind"] == rows[-1]["kind"] == "multi-paragraph" and rows[-1]["open"]:
            rows[-1]["end"] = row["end"]
            rows[-1]["open"] = _left_open(row["text"])
            continue
        mention = (None if pd.isna(row["mention_start"]) else (int(row["mention_start"]), int(row["mention_end"])))
        rows.append({"start": row["start"], "end": row["end"], "speaker": row["speaker"], "kind": row["kind"],
                     "mention": mention, "how": f"{how.get(row['start']) or '-'} "
                                                f"{mention_kind(version.raw[slice(*mention)] if mention else '')}",
                     "open": row["kind"] == "multi-paragraph" and _left_open(row["text"])})
    return rows


def _left_open(text: str) -> bool:
    """Whether a piece of a multi-paragraph quotation ends with no closing mark of the kind that opens it (single marks
    close one opened by a single mark: "'Then he said, "Go."" goes on).

    >>> _left_open('“We stay.'), _left_open('“We stay.”'), _left_open("'He said, “Go.”"), _left_open("'Go.'")
    (True, False, True, False)
    """
    closers = ("'", "’") if text.lstrip()[:1] in ("'", "‘", "’") else ("”", '"', "»")
    return not text.rstrip().endswith(closers)


def _single(version):
    """A one-version story around ``version`` (quotes are found per version)."""
    from newskit.story import Story

    return Story(id=version.id, versions=[version])


def _norm(name: str) -> list[str]:
    """Lower-case words of a name without a leading article or titles ("Lady Fiona Carnarvon": fiona carnarvon)."""
    words = re.sub(r"[^\w\s]", " ", name.lower().replace("’", "'")).split()
    while words and words[0] in {"the", "a", "an", "one"}:
        words = words[1:]
    while len(words) > 1 and words[0] in NAME_TITLES:
        words = words[1:]
    return words


def same_speaker(got: str, want: str, person: bool = False) -> bool:
    """Whether a found speaker agrees with a gold one ("A|B": any reading): equal words once lower-cased
    and stripped of a leading article, or one is the other's last word (surname for full name), or the found one
    ends in the gold's words when these name what an owner has (the owner's full name for the surname the gold
    writes: "Jo Lee's aide", "Lee's aide"). When the gold speaker is a ``person`` (its speaker_type), one found word
    that is the first word of a gold name of two words or more is that person too: names written family name first
    ("Ryu Seong Ho" ... "Ryu said") put the surname first, and a given name alone names the same person; a body is
    left out, its first word being no name of it ("White" is not "White House"). A found person that ends in the
    gold's full name is that person with a role before the name (the usable full name :func:`full_name` takes), unless
    a preposition, "and" or a possessive links the two ("the aide to Jo Lee" is someone else).

    >>> same_speaker("Jo Lee's aide", "Lee's aide"), same_speaker("Lee's aide", "Jo Lee's aide")
    (True, False)
    >>> same_speaker("Ryu", "Ryu Seong Ho", True), same_speaker("Ryu", "Ryu Seong Ho")
    (True, False)
    >>> same_speaker("Seong", "Ryu Seong Ho", True), same_speaker("White", "White House")
    (False, False)
    >>> same_speaker("Head of the Elm Board Jo Lee", "Jo Lee", True), same_speaker("the aide to Jo Lee", "Jo Lee", True)
    (True, False)
    """
    g = _norm(got)
    for option in want.split("|"):
        w = _norm(option)
        if g and w and (g == w or g == w[-1:] or w == g[-1:] or ("s" in w[1:-1] and g[-len(w):] == w)):
            return True
        if person and len(g) == 1 and len(w) > 1 and g == w[:1]:
            return True
        if person and len(w) > 1 and len(g) > len(w) and g[-len(w):] == w and g[-len(w) - 1] not in _LINKS:
            return True
    return False


_LINKS = PREPOSITIONS | LIST_CONJUNCTIONS | {"s"}  # words that make a found speaker ending in a name someone else


def full_name(got: str, want: str) -> bool:
    """Whether a found speaker writes out a gold reading in full: the same words, or more words ending in them
    (a role before the name), as :func:`same_speaker` compares them; a surname alone is the right person but
    no usable full name.

    >>> full_name("Jo Lee", "Jo Lee"), full_name("Mayor Jo Lee", "Jo Lee"), full_name("Lee", "Jo Lee")
    (True, True, False)
    """
    g = _norm(got)
    return any(g and (w := _norm(option)) and g[-len(w):] == w for option in want.split("|"))


def score_article(gold: list[dict], found: list[dict], by: Counter | None = None) -> tuple[dict, list[str]]:
    """Counts (tp, fp, fn for "quote", "speaker" and "mention") and error lines for one article; ``by`` counts the
    gold quotations found by (strategy, speaker right) and by ("gold " + the gold speaker_type, speaker right)."""
    counts = {what: [0, 0, 0] for what in MEASURES}
    errors, matched = [], {}
    for k, q in enumerate(found):
        hit = next((i for i, g in enumerate(gold) if i not in matched.values() and g["start"] < q["end"]
                    and q["start"] < g["end"]), None)
        if q["kind"] == "scare" and hit is None:
            continue
        if hit is None:
            counts["quote"][1] += 1
            counts["speaker"][1] += bool(q["speaker"])
            counts["full"][1] += bool(q["speaker"])
            counts["mention"][1] += q["mention"] is not None
            errors.append(("extra", q, None))
            continue
        matched[k] = hit
        counts["quote"][0] += 1
        want = gold[hit]["speaker"]
        right = bool(q["speaker"]) and same_speaker(q["speaker"], want, gold[hit].get("speaker_type") == "person")
        if by is not None:
            by[q.get("how", "-"), right] += 1
            by[f"gold {gold[hit].get('speaker_type', 'untyped')}", right] += 1
        if right:
            counts["speaker"][0] += 1
        else:
            counts["speaker"][1] += bool(q["speaker"])
            counts["speaker"][2] += 1
            errors.append(("speaker", q, gold[hit]))
        full = right and full_name(q["speaker"], want)
        counts["full"][0] += full
        counts["full"][1] += bool(q["speaker"]) and not full
        counts["full"][2] += not full
        if right and not full:
            errors.append(("full", q, gold[hit]))
        g = gold[hit]
        if q["mention"] and q["mention"][0] < g["mention_end"] and g["mention_start"] < q["mention"][1]:
            counts["mention"][0] += 1
        else:
            counts["mention"][1] += q["mention"] is not None
            counts["mention"][2] += 1
            errors.append(("mention", q, g))
    for i, g in enumerate(gold):
        if i not in matched.values():
            for what in MEASURES:
                counts[what][2] += 1
            errors.append(("missed", None, g))
    return counts, errors


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _label(record: dict) -> str:
    return f"{record['corpus']}/{record.get('story') or record.get('page') or record['doc_id']}"


def _clip(text: str, width: int = 70) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= width else text[:width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", type=int, choices=HALVES, help="score one half of the sample only")
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--only", choices=("extra", "missed", "speaker", "full", "mention"), help="list one kind of error")
    parser.add_argument("--breakdown", action="store_true",
                        help="right speakers by the strategy that found them (aggregates: unseen halves too)")
    args = parser.parse_args(argv)
    if args.errors and args.half in UNLISTED:
        print(f"half {args.half} is kept unseen: its errors are not listed (run without --errors for its aggregates)")
        return 1
    warnings.simplefilter("ignore", nk.NewskitWarning)
    rows = ((SHARED / "wikinews-revisions" / "revisions.jsonl").read_text(encoding="utf-8").splitlines()
            if SHARED.is_dir() else [])
    records, skipped = [], Counter()
    for record in load_gold(args.half):
        why = missing(record)
        if why is None:
            records.append(record)
        else:
            skipped[why] += 1
    for why, count in skipped.items():
        print(f"skipped {count} article(s): {why}")
    total = {what: [0, 0, 0] for what in MEASURES}
    per_half = {half: {what: [0, 0, 0] for what in total} for half in HALVES}
    by_half = {half: Counter() for half in HALVES}
    lines = []
    for record in records:
        version = load_version(record, rows)
        counts, errors = score_article(record["quotes"], predictions(version, args.breakdown), by_half[record["half"]])
        for what in total:
            total[what] = [a + b for a, b in zip(total[what], counts[what])]
            per_half[record["half"]][what] = [a + b for a, b in zip(per_half[record["half"]][what], counts[what])]
        if record["half"] in UNLISTED:
            continue
        for kind, q, g in errors:
            if args.only and kind != args.only:
                continue
            shown = q or g
            text = version.raw[shown["start"]:shown["end"]]
            if kind == "mention":
                got = version.raw[q["mention"][0]:q["mention"][1]] if q["mention"] else "-"
                lines.append(f"  {_label(record)} {kind:7s} {_clip(text, 50)!r} found={got!r}@{q['mention']} "
                             f"gold={version.raw[g['mention_start']:g['mention_end']]!r}@{g['mention_start']}")
                continue
            lines.append(f"  {_label(record)} {kind:7s} {_clip(text)!r} found={q['speaker'] if q else '-'!r} "
                         f"gold={g['speaker'] if g else '-'!r}")
    halves = "every half" if args.half is None else f"half {args.half}"
    print(f"{len(records)} articles ({halves}), {sum(len(r['quotes']) for r in records)} gold quotations")
    _print_counts(total)
    if args.breakdown:
        print("\n".join(breakdown_lines(sum(by_half.values(), Counter()))))
    for half in HALVES if args.half is None else ():
        scored = [r for r in records if r["half"] == half]
        if scored:
            print(f"half {half}: {len(scored)} articles, {sum(len(r['quotes']) for r in scored)} gold quotations")
            _print_counts(per_half[half], indent="  ")
            if args.breakdown:
                print("\n".join(breakdown_lines(by_half[half])))
    unlisted = "" if args.half is not None or not (UNLISTED & {r["half"] for r in records}) else \
        f" (half {', '.join(map(str, sorted(UNLISTED)))} not listed: kept unseen)"
    print(f"{len(lines)} errors{unlisted}" + (":" if args.errors and lines else ""))
    if args.errors:
        print("\n".join(lines))
    return 0


def breakdown_lines(by: Counter) -> list[str]:
    """Right speakers over gold quotations found, by the strategy that found the speaker ("-": none) and how its
    mention is written, most used first (``--breakdown``).

    >>> [line.split() for line in breakdown_lines(Counter({("cue named", True): 3, ("cue named", False): 1,
    ...                                                     ("- none", False): 1}))]
    [['by', 'cue', 'named', '0.750', '(3/4)'], ['by', '-', 'none', '0.000', '(0/1)']]
    """
    totals = Counter()
    for (how, _), n in by.items():
        totals[how] += n
    return [f"  by {how:34s} {by[how, True] / n:.3f} ({by[how, True]}/{n})" for how, n in totals.most_common()]


def _print_counts(counts: dict, indent: str = "") -> None:
    for what in MEASURES:
        tp, fp, fn = counts[what]
        p, r, f = prf(tp, fp, fn)
        print(f"{indent}{what:8s} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})")


if __name__ == "__main__":
    sys.exit(main())
