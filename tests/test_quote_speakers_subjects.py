"""Words read before a cue that name no speaker, each on a sentence written here: an adverb in -ly opening them, a word
that ends a name and is no subject ("albeit"), a verb in -ing after an auxiliary, and a number before a cue word in
-s ("€500 notes"), and a name after an opening phrase before a long description, or set off after a description
opening the sentence, that is the subject; an adverb alone and the "that" of a cleft sentence, which name no
subject; the full name behind a part of a double-barrelled surname, after a body's name or a role set off; a
description opening its sentence with "The" before a participle cue, read as the person of the sentence before, a
relative clause's subject included, or its paragraph; he after a sentence an indefinite role opens, and for a name
whose given name is set in capitals; she that no name before explains, not read as a name in her own quoted words;
he after "listened to" a name and a verb of speaking, that name; he after "It's ... for" a name, that name; a role
of one word, the person subject of the sentence before; a role no earlier step resolves, the one person the sentence
before names in full; a subject behind a lead or with a modifier ("former" and a rank, "despite", "Whatever ...,",
"this time", a cleft's "It wasn't until ... that", "after she", a field before a plural role, a letter's sender
before "then"), and "termed" as a cue; with the neighbours the rule must leave alone."""

import warnings

import pytest

import newskit as nk
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    # "albeit" before a participle: the speaker of the clause before it
    ("The outgoing theatre director, Tom Wills, recently claimed the play as his own – albeit conceding “some small "
     "claim” by the town.", [("Tom Wills", "Tom Wills")]),
    # a verb in -ing after an auxiliary closes a relative clause: the reporting verb before it speaks
    ("Dr Ana Belko studies bees. She says that recent work she and colleagues have been doing suggests insects are "
     "declining fast, with “serious consequences for people”.", [("Ana Belko", "She")]),
    # words opening with an adverb in -ly before a participle: the clause's subject
    ("Tom Wills did seemingly back off his rhetoric calling for Ray Dunn to be jailed, saying, “I’m not looking "
     "back.”", [("Tom Wills", "Tom Wills")]),
    # a number before "notes": banknotes, no cue and no speaker
    ("The bank would like to see lenders take more responsibility for the “odd patterns” in the use of €500 notes.",
     [("", "")]),
])
def test_no_speaker_from_words_that_name_no_one(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The family said “we are done.”", [("family", "family")]),  # a noun in -ly
    ("The ruling states that the town must pay “in full.”", [("ruling", "ruling")]),  # a noun in -ing
    ("However, Tom Wills said it was “over.”", [("Tom Wills", "Tom Wills")]),
    ("Tom Wills was seen leaving, saying “goodbye.”", [("Tom Wills", "Tom Wills")]),
])
def test_speakers_in_lower_case_or_after_such_words_kept(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party member after a place describes the person the sentence before the quotation opens with
    ("House Oversight Chair Jo Comer said on Monday that his inquiry goes on.\n\n“It is not over. It never was,” "
     "the Kentucky Republican said.", [("Jo Comer", "Kentucky Republican")]),
    ("Jo Comer spoke on Monday. “It is not over,” the Ohio Democrat said.", [("Jo Comer", "Ohio Democrat")]),
])
def test_party_member_described_is_the_person_named_before(text, expected):
    assert spoken(text) == expected


def test_party_member_no_sentence_before_names_is_left_as_written():
    text = "In the letter, sent to the city attorney, Ann Price, the Utah Republican asks for “a full inquiry.”"
    assert spoken(text) == [("Utah Republican", "Utah Republican")]


@pytest.mark.parametrize("text, expected", [
    # an adverb in -ly after the subject's noun is no word of the speaker's
    ("Old filings from Al Roe’s team pointedly noted that she had been dating “a married man.”",
     [("Al Roe’s team", "Al Roe’s team")]),
    ("“We agree,” the family quietly said.", [("family", "family")]),
    # a plural title before two surnames makes no name of the title and the first surname
    ("“It is a lie,” Al Roe said. “This is Chairmen Comer and Jordan again,” he added.\n\nHouse Chair Jo Comer said "
     "on Monday that the probe goes on.\n\n“We trust the source,” Comer added.",
     [("Al Roe", "Al Roe"), ("Al Roe", "he"), ("Jo Comer", "Comer")]),
])
def test_adverb_after_subject_and_plural_title_dropped(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # he/she after a cue of the quotation's sentence is whom the report is about: not the speaker
    ("Nia Park toured the plant on Monday.\n\nThe Harlow Gazette obtained a recording of the tour and said she "
     "“spoke of little but wages” there.", [("", "")]),
    # a cue in a clause a comma closes reports nothing of the person after it
    ("Nia Park toured the plant on Monday.\n\nAs the crowd cheered, Tom Reyes stood up and joked, “The wages are "
     "fine.”", [("Tom Reyes", "Tom Reyes")]),
])
def test_person_after_a_cue_of_the_sentence_is_no_speaker(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # he/she opening a sentence's first clause is the main clause's subject named after its comma
    ("Tom Reyes spoke first.\n\nAfter he called the plan “a disgrace to the city,” Sen. Jo Lee said the council "
     "would vote again.", [("Jo Lee", "he")]),
    # not one of the other gender, nor where no name follows the comma
    ("Tom Reyes spoke first.\n\nAfter he called the plan “a disgrace to the city,” Ann Lee said the council would "
     "vote again.", [("Tom Reyes", "he")]),
    ("Tom Reyes spoke first.\n\nAfter he called the plan “a disgrace to the city,” the crowd cheered.",
     [("Tom Reyes", "he")]),
])
def test_pronoun_in_opening_clause_is_the_main_subject(text, expected):
    assert spoken(text) == expected

@pytest.mark.parametrize("text, expected", [
    # he/she opening the main clause after a clause a conjunction opens is that clause's subject, not the last speaker
    ("“We are done,” said Tom Reyes, the producer.\n\nA day after Mr. Lee made his “step back” remark, he issued a "
     "statement saying that the board “must listen.”", [("Tom Reyes", "Tom Reyes"), ("Al Lee", "he"),
                                                        ("Al Lee", "he")]),
    # not one of the other gender
    ("“We are done,” said Tom Reyes, the producer.\n\nA day after Ms. Lee made her “step back” remark, he issued a "
     "statement saying that the board “must listen.”", [("Tom Reyes", "Tom Reyes"), ("Tom Reyes", "he"),
                                                        ("Tom Reyes", "he")]),
])
def test_pronoun_after_opening_clause_is_its_subject(text, expected):
    assert spoken("Al Lee heads the board. " + text) == expected



@pytest.mark.parametrize("text, expected", [
    # a campaign named with an acronym is no he: the man named before is
    ("Tom Reyes spoke first on Monday.\n\nStop TTIP, a campaign group, has fought the deal for years. “It is a "
     "scandal,” he said.", [("Tom Reyes", "he")]),
    # a roman numeral is no acronym
    ("Tom Reyes III spoke first on Monday.\n\n“It is a scandal,” he said.", [("Tom Reyes III", "he")]),
    # a given name set in capitals as a page's first word is no acronym: he may stand for that person
    ("MICHAEL Roe and Ann Lee split.\nRoe, who has played Jo Lee in films, told the paper: “This has to be stopped.”\n"
     "The actor claimed he could bring people together “who would not normally sit there”.\n"
     "He said he was expecting a backlash, saying: “It will be a big change for me.”",
     [("MICHAEL Roe", "Roe"), ("MICHAEL Roe", "actor"), ("MICHAEL Roe", "He")]),
])
def test_name_with_an_acronym_is_no_he(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name after an opening phrase, a party tag and a long description with a relative clause: the cue's subject
    ("The bill passed on Monday.\n\nDemocratic contenders Ann Lee and Al Roe, and Democratic Gov. Jo Nix, tweeted "
     "their approval of the delay. On the other side, Sen. Tom Hale (R-Tex.), a Republican candidate for president "
     "who has made faith a centerpiece of his campaign, tweeted a warning. “Ohio: Remember in November.”",
     [("Tom Hale", "Tom Hale")]),
    # the same name opening the sentence itself
    ("The bill passed on Monday.\n\nSen. Tom Hale, a Republican candidate for president who has made faith a "
     "centerpiece of his campaign and who now chairs a panel on roads, tweeted a warning. “Ohio: Remember in "
     "November.”", [("Tom Hale", "Tom Hale")]),
])
def test_name_after_an_opening_phrase_before_a_long_description(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a description in lower case after its first word, then a name set off by commas: the name is the subject
    ("Governor Al Roe spoke on Monday.\n\nMr. Roe has told his supporters to call reporters biased. One early "
     "supporter, Senator Ann Lee, gave the technique a whirl on Tuesday: “You can argue that the press is biased.”",
     [("Ann Lee", "Ann Lee")]),
    # a verb before the comma: no description, the name after it is no subject
    ("Governor Al Roe spoke on Monday.\n\nMr. Roe has told his supporters to call reporters biased. Critics say, Ann "
     "Lee among them, that it will pass: “You can argue anything.”", [("Critics", "Critics")]),
])
def test_name_set_off_after_a_description_opening_the_sentence(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation named as the subject of a fragment's clause: its words, not the speaker before
    ("“We need more rules,” said Tom Reyes, a nurse.\n\nThe issue splits voters. In 2014, the Elm Institute found "
     "that “most voters in the state want stricter rules.”", [("Tom Reyes", "Tom Reyes"),
                                                             ("Elm Institute", "Elm Institute")]),
    # an owner's possessive as the subject: the owner speaks for what it owns, by its fullest name
    ("“We need more rules,” said Tom Reyes, a nurse.\n\nThe issue splits voters. In general terms, Acme's guidelines "
     "indicate that \"shops should not sell anything that fires.\"", [("Tom Reyes", "Tom Reyes"), ("Acme", "Acme")]),
    ("“We need more rules,” said Tom Reyes, a nurse.\n\nThe issue splits voters. Reyes's criticism was shared by "
     "others who fear it could lead to the “end of the state,” in Ohio.", [("Tom Reyes", "Tom Reyes"),
                                                                          ("Tom Reyes", "Reyes")]),
    ("“We need more rules,” said Tom Reyes, a nurse.\n\nAs he spoke, the Harlow League was lobbying senators "
     "against “any and all new rules on guns.”", [("Tom Reyes", "Tom Reyes"), ("Harlow League", "Harlow League")]),
    # not a word the text writes in lower case, nor an action in -ing
    ("“We need more rules,” said Tom Reyes, a nurse.\n\nCritics found that “most voters in the state want "
     "nothing new.”", [("Tom Reyes", "Tom Reyes"), ("Tom Reyes", "Tom Reyes")]),
    ("“We need more rules,” said Tom Reyes, a nurse. We do.\n\nDoing so “would be a gift to the gun lobby in "
     "the state.”", [("Tom Reyes", "Tom Reyes"), ("Tom Reyes", "Tom Reyes")]),
])
def test_organisation_subject_of_a_fragment(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb alone after a quotation, before the verb it shares with a subject further back: no subject itself
    ("Ann Bell was blunt. She recalled that Al Roe first told the jurors to “get out,” then shouted “Long live "
     "the king” and left.", [("Ann Bell", "She"), ("Ann Bell", "She")]),
    # a surname that is also a modal stays a subject
    ("Columnist Tom Will was blunt. “It is over,” Will said.", [("Tom Will", "Will")]),
    # the "that" of a cleft sentence ("it was only after ... that") is no reporting verb's
    ("The clerk testified. According to the clerk, it was only after the hearing concluded that Al Roe said “down "
     "with the king.”", [("Al Roe", "Al Roe")]),
    # a reporting verb's "that" outside a cleft still reports
    ("The report concluded that Al Roe said “down with the king.”", [("report", "report")]),
])
def test_no_subject_from_a_lone_adverb_or_a_cleft(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name right before a quotation opening in lower case is what the words are about
    ("“The plan is dead,” Tom Reyes said.\n\nHis line all year was that Al Roe “would say anything to win "
     "the seat.”", [("Tom Reyes", "Tom Reyes"), ("Tom Reyes", "Tom Reyes")]),
    # he/she there is the person the paragraph is about, who speaks
    ("“The plan is dead,” Tom Reyes said.\n\nAl Roe quit in May. But he “quickly forgot that the plan ever "
     "existed.”", [("Tom Reyes", "Tom Reyes"), ("Al Roe", "he")]),
])
def test_name_before_a_quoted_predicate_is_no_speaker(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one part of a double-barrelled surname stands for the full name
    ("The firm hired Maria Elena Lopez-Garcia of Dayton last year.\n\nGarcia told the workers they owed her “large "
     "sums” and left.", [("Maria Elena Lopez-Garcia", "Garcia")]),
    # a body's name written before a full name is no part of it
    ("Experts were doubtful, according to founder of the Elm Water Initiative Dana Whitfield.\n\n“It is years "
     "away,” Whitfield said.", [("Dana Whitfield", "Whitfield")]),
    # a role set off before a name at a sentence's start is that person's
    ("The prosecutor, Ann Bell, asked for eight years.\n\nAl Roe said “no.”\n\n“Why?” the prosecutor asked.",
     [("Al Roe", "Al Roe"), ("Ann Bell", "prosecutor")]),
])
def test_full_name_of_a_surname_part_after_a_body_or_a_set_off_role(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause in brackets between a subject and its cue
    ("Jo Lee (who has 25 delegates to date) said it was hard. “It is a long road,” she said.",
     [("Jo Lee", "she")]),
    # the subject of a sentence with such a clause is whom a he/she after it means
    ("Host Al Roe asked John Kasich to lay out his path.\n\nRoe followed up by asking if the governor believes that is "
     "his only path. Kasich (who has 25 delegates to date) said it is possible. He explained that “it is a long "
     "road.”", [("John Kasich", "He")]),
])
def test_subject_before_a_relative_clause_in_brackets(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name after a preposition before a cue is its object: the speaker before goes on
    ("“We will build it,” Tom Reyes said.\n\nMost refugees from Elmland admitted to the country have been young. And "
     "this makes sense because “it's a poor country and most of the victims are young.”",
     [("Tom Reyes", "Tom Reyes"), ("Tom Reyes", "Tom Reyes")]),
])
def test_object_of_a_preposition_looked_back_for_is_no_speaker(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name before a body whose own name holds "of": the name speaks, not the body
    ("Al Roe spoke. As Bishop Jo Lee of the Elm Patriarchate of Leeds told reporters, “We suffered the same fate.”",
     [("Jo Lee", "Jo Lee")]),
    # neighbours: a role or a body before "of" speaks as before
    ("Al Roe spoke. A spokesman for the Elm Institute of Leeds said, “We suffered the same fate.”",
     [("Elm Institute of Leeds", "spokesman for the Elm Institute of Leeds")]),
    ("Al Roe spoke. The Bank of the Republic of Elmland said, “We suffered the same fate.”",
     [("Bank of the Republic of Elmland", "Bank of the Republic of Elmland")]),
])
def test_name_before_a_body_named_with_of_speaks(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name a comma sets beside the description after an inverted cue, a time phrase between
    ("Al Roe met the envoy. The party was “working to change its image,” wrote the envoy at the time, Jo Lee.",
     [("Jo Lee", "Jo Lee")]),
    ("“We said no,” said another Twitter user, Jo Lee.", [("Jo Lee", "Jo Lee")]),
])
def test_name_beside_a_description_after_an_inverted_cue(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle after the clause of a person who is the subject of a verb in -ing: that person's
    ("I'm old enough to remember President Jo Lee going on TV on April 18, 1977, declaring a “moral equivalent of "
     "war” on oil.", [("Jo Lee", "Jo Lee")]),
    ("We remember Jo Lee going on TV in April, declaring that “we need to shift to coal and more coal.”",
     [("Jo Lee", "Jo Lee")]),
    # neighbours: a name before a noun in -ing, a name after a preposition
    ("Al Roe left the Jo Lee meeting early, saying “it was a waste of time and more.”", [("Al Roe", "Al Roe")]),
    ("Al Roe replied to Jo Lee on Twitter, writing “it was a waste of time and more.”", [("Al Roe", "Al Roe")]),
    # a preposition in -ing after the object is no verb
    ("Al Roe asked Jo Lee during the hearing whether they had talked at all, saying “you know what I mean by that.”",
     [("Al Roe", "Al Roe")]),
])
def test_participle_after_a_gerund_clause_is_its_subjects(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aside set off by em dashes that touch the words, a comma inside it: the name before it speaks
    ("Talks stalled on land, which Jo Lee—speaking on Monday in Bern, before he left—said is the “one issue” left.",
     [("Jo Lee", "Jo Lee")]),
    # neighbour: spaced dashes, as before
    ("Talks stalled on land, which Jo Lee — speaking on Monday in Bern, before he left — said is the “one issue” left.",
     [("Jo Lee", "Jo Lee")]),
])
def test_subject_before_an_unspaced_dash_aside(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quotation closed by a comma that a reporting verb and "that" lead into is that verb's, not the next clause's
    ("A day after Jo Lee remarked that “Elm lives because of us,” Mayor Al Roe hit back on Friday. “Elm thrives "
     "because we work,” he declared.", [("Jo Lee", "Jo Lee"), ("Al Roe", "he")]),
    # words of the clause "that" opens between it and the quotation: still that verb's, not the credit after it
    ("Elm spokesman Jo Lee said that the fighters had been sent “to take the consulate,” the Ledger reported.",
     [("Jo Lee", "Jo Lee")]),
    # neighbour: no "that" before it, the tag after it speaks
    ("Jo Lee had spoken of “a town that lives because of us,” Mayor Al Roe said on Friday.",
     [("Al Roe", "Al Roe")]),
])
def test_quotation_led_by_a_that_clause_before_a_comma(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an infinitive of purpose after a verb like "used" has the clause's subject as its speaker
    ("Mayor Jo Lee opened the fair. Al Roe came too. The mayor used a speech on Monday to say that “the town has "
     "never been stronger”.", [("Jo Lee", "mayor")]),
    ("Mayor Jo Lee opened the fair. Al Roe came too. The mayor took to social media on Friday to warn that “the "
     "town has never been weaker”.", [("Jo Lee", "mayor")]),
])
def test_infinitive_of_purpose_is_its_clauses_subjects(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role only a caption names: "the prime minister" is the one the caption names so, and so is "he" after a
    # sentence that role opens
    ("Elmland marks a year of the war\nPrime Minister Jo Lee spoke to troops at the base (PA) (PA Wire)\nThe prime "
     "minister used an address to his cabinet on Tuesday to praise the “great courage” of the troops.\n\"It is about "
     "our values,\" he said.\n", [("Jo Lee", "prime minister"), ("Jo Lee", "he")]),
])
def test_role_named_in_a_caption(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role without "the" named just after as "the spokeswoman, Jo Lee": her words
    ("At a briefing, a spokeswoman for the ministry dismissed the claim, saying reports “did not fit the facts.” "
     "“We obey the rules,” said the spokeswoman, Ann Lee.", [("Ann Lee", "a spokeswoman"), ("Ann Lee", "Ann Lee")]),
    # not where nothing names the role just after
    ("At a briefing, a spokeswoman for the ministry dismissed the claim, saying reports “did not fit the facts.” "
     "Later, Ann Lee, a spokeswoman, said “We obey the rules.”", [("a spokeswoman", "a spokeswoman"),
                                                                   ("Ann Lee", "Ann Lee")]),
])
def test_role_named_just_after(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a description opening its sentence with "The" before a participle cue is read as one after "the"
    ("Elm Port voted on Monday.\n\nFrench president Jo Lemaire had pressed for talks in Paris.\n\nThe French leader "
     "made his view clear on Friday, saying: “You can talk without us, but it will not bring peace.”",
     [("Jo Lemaire", "The French leader")]),
    # the person a relative clause of the sentence before has as its subject
    ("Elm Port voted on Monday.\n\nThe port could upset French president Jo Lemaire, who, according to aides, had "
     "pressed for talks in Paris.\n\nThe French leader made his view clear on Friday, saying: “You can talk without "
     "us, but it will not bring peace.”", [("Jo Lemaire", "The French leader")]),
    # a person named in passing, with no relative clause, is no guess
    ("Elm Port voted on Monday.\n\nThe port could upset Jo Lemaire in Paris.\n\nThe French leader made his view "
     "clear on Friday, saying: “You can talk without us.”", [("The French leader", "The French leader")]),
    # a name opening with "The" is no description
    ("Elm Port voted on Monday.\n\nThe port could upset Jo Lemaire, who had pressed for talks in Paris.\n\nThe "
     "Washington Post made its view clear on Friday, saying: “You can talk without us.”",
     [("Washington Post", "Washington Post")]),
])
def test_description_opening_a_sentence_before_a_participle_cue(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # looked back for: the subject of the clause that names a person after its verb, not that person
    ("“We win,” Mia Tan said. “We lose,” Al Roe said.\n\nTan, 32, backs Roe in the race. “I owe a lot on loans.”",
     [("Mia Tan", "Mia Tan"), ("Al Roe", "Al Roe"), ("Mia Tan", "Tan")]),
    # neighbour: the agent of a passive after "by" is kept
    ("“We win,” Mia Tan said. “We lose,” Al Roe said.\n\nTan was asked by host Al Roe, “Do you owe a lot?”",
     [("Mia Tan", "Mia Tan"), ("Al Roe", "Al Roe"), ("Al Roe", "Al Roe")]),
    # the person the quoted words are said of is no speaker: the one quoted before goes on
    ("“No,” Al Roe said.\n\n“We win,” said Mia Tan, who ran in May. Al Roe “kind of misspoke. He should not say "
     "it.”", [("Al Roe", "Al Roe"), ("Mia Tan", "Mia Tan"), ("Mia Tan", "Mia Tan")]),
    # a fragment of a narrative sentence naming a person before it: that person's, not a cue's of a sentence before
    ("“No,” Al Roe said.\n\nMia Tan has alleged fraud. Then Al Roe put out an ad that said, “We will win.”",
     [("Al Roe", "Al Roe"), ("Al Roe", "Al Roe")]),
    ("“No,” Al Roe said.\n\nMia Tan has reported spending more. It is such a presence that Al Roe thanked its "
     "members “for their support in my campaign this year.”", [("Al Roe", "Al Roe"), ("Al Roe", "Al Roe")]),
    # neighbour: a person named with a possessive is no subject, the cue before speaks
    ("“No,” Al Roe said.\n\nMia Tan has alleged fraud. The plan would hurt Al Roe’s voters, who “deserve better "
     "than this plan of theirs.”", [("Al Roe", "Al Roe"), ("Mia Tan", "Mia Tan")]),
])
def test_looked_back_for_the_subject_not_an_object(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name set off after a noun of the clause's object, before a participle cue: the clause's subject speaks
    ("Mia Tan went on the radio to discuss her remarks about her rival, Al Roe, saying “he is not ready” to lead.",
     [("Mia Tan", "Mia Tan")]),
    # the clause's subject before an earlier quotation of the sentence
    ("Mia Tan went on “Morning Hour” to discuss her remarks about her rival, Al Roe, saying “he is not ready” to "
     "lead.", [("Mia Tan", "Mia Tan"), ("Mia Tan", "Mia Tan")]),
    # neighbour: a name set off as the clause's subject keeps the participle
    ("In May, the club's chair, Al Roe, wrote to the board, saying “we are not ready.”", [("Al Roe", "Al Roe")]),
    # a finding owned by a pronoun after "according to", in what a named source said: that source
    ("Al Roe, a member of the party's board, said on Monday that according to its analysis, the party has won most "
     "seats, but “we are still counting.”", [("Al Roe", "Al Roe")]),
    # neighbour: a source named after "according to" speaks
    ("Al Roe said on Monday that according to Mia Tan, “we are still counting.”", [("Mia Tan", "Mia Tan")]),
])
def test_participle_and_according_to_after_an_object(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a text given out, then "that" and a cue: the one who gave it out speaks
    ("Al Roe backs the plan.\n\nThe Elm Post recently ran a piece that noted his “plan would help the rich.”",
     [("Elm Post", "Elm Post")]),
    ("Al Roe backs the plan.\n\nThe Elm League published an editorial which argued the “plan would help the rich.”",
     [("Elm League", "Elm League")]),
])
def test_giver_of_a_text_whose_relative_clause_cues(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name's text, maybe with whom it is for, before a cue: its owner speaks
    ("Al Roe won.\n\nJo Lee’s fundraising email to her supporters notes that Roe “is a lawyer who’s fought for fair "
     "wages.”", [("Jo Lee", "Jo Lee")]),
    ("Al Roe won.\n\nBut Jo Lee’s post argues that Roe “is a lawyer who’s fought for fair wages.”",
     [("Jo Lee", "Jo Lee")]),
    # neighbour: another's text before a participle is an object, the clause's subject speaks
    ("Al Roe won.\n\nJo Lee read Roe’s email to the staff, saying “we are done.”", [("Jo Lee", "Jo Lee")]),
    # the page or account a name or a description after "the" posts from: its owner speaks
    ("The Elm Trust met.\n\nA post on the group’s Facebook page said it was “thrilled and relieved” by the news.",
     [("group", "group")]),
    ("Al Roe won.\n\nJo Lee’s official Twitter account said she was “thrilled and relieved” by the news.",
     [("Jo Lee", "Jo Lee")]),
])
def test_owner_of_a_text_before_a_cue(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "who" right after a person's name, no comma before it, then the cue: the named person speaks
    ("The plan failed.\n\nHis remarks followed criticism from investor Tom Reed who said in May that he had become a "
     "“reluctant critic” of the plan.", [("Tom Reed", "Tom Reed")]),
    # neighbour: a place before "who" is no speaker
    ("The plan failed.\n\nVoters in Elm County who said the plan was “a mess” stayed home.", [("", "")]),
    # neighbour: a name after "of" may be told about by "who" in place of the noun before it
    ("The plan failed.\n\nMany fans of Tom Reed who said the plan was “a mess” stayed home.", [("", "")]),
])
def test_person_named_before_who_without_a_comma(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name right after the closing mark, no space between, then a relative clause before the cue: the name speaks
    ('"We will keep the line open for everyone,"Mara Voss, who is chair of the Elm Fund said on Monday.',
     [("Mara Voss", "Mara Voss")]),
    # neighbour: the same with a space
    ('"We will keep the line open for everyone," Mara Voss, who is chair of the Elm Fund said on Monday.',
     [("Mara Voss", "Mara Voss")]),
])
def test_name_after_a_closing_mark_without_a_space(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # names "and" lists after a plural noun set them off: the last one named speaks, as for a list of subjects
    ("Elm’s historians, Dan and Ruth Orban, wrote that the mayor “had a tin ear and was wrong on every count.”",
     [("Ruth Orban", "Ruth Orban")]),
    ("“We will win this race and then the next,” two rivals, Tom Wills and Ana Belko, said.",
     [("Ana Belko", "Ana Belko")]),
    # a singular noun before the comma: its one name, read as ever
    ("Elm’s historian, Ruth Orban, wrote that the mayor “had a tin ear and was wrong on every count.”",
     [("Ruth Orban", "Ruth Orban")]),
])
def test_names_listed_after_a_plural_noun_set_off_by_commas(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an article after a noun opens the clause whose subject the cue has: the words before it are no part of the name
    ("Ruth Orban spoke first. In a letter on Monday the Elm Society wrote that the port “will close for good.”",
     [("Elm Society", "Elm Society")]),
    ("Ruth Orban spoke first. It was the law the Elm Society wrote that “will close the port for good.”",
     [("Elm Society", "Elm Society")]),
    # an article after "of" or a conjunction goes on with the words before it
    ("Ruth Orban spoke first. The Bank of the West wrote that the port “will close for good.”",
     [("Bank of the West", "Bank of the West")]),
    ("Tom Wills spoke first. By contrast, Ruth Orban said that once the Senate goes on recess, “I intend to do as "
     "much as I can.”", [("Ruth Orban", "Ruth Orban")]),
])
def test_subject_of_a_clause_an_article_opens_after_a_noun(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a description opening its paragraph before the quotation: the person opening the paragraph before
    ("Ana Ruiz is taking a break.\nThe comedian, 47, wrote on Monday that she had \"quietly parted\" from Al Roe.",
     [("Ana Ruiz", "comedian")]),
    # not when that paragraph opens with no person
    ("The tour is taking a break.\nThe comedian, 47, wrote on Monday that she had \"quietly parted\" from Al Roe.",
     [("comedian", "comedian")]),
])
def test_description_opening_its_paragraph(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # he after a sentence an indefinite role opens: that role, not the person named earlier
    ("Jo Lee left the company in May.\nA foreign ministry spokesman in Elmburg said the attack was over.\n"
     "“All employees are safe,” he said.", [("foreign ministry spokesman", "he")]),
    # she is not a spokesman
    ("Jo Lee left the company in May.\nA foreign ministry spokesman in Elmburg said the attack was over.\n"
     "“All employees are safe,” she said.", [("Jo Lee", "she")]),
])
def test_pronoun_after_an_indefinite_role(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # she with no one named before her: no name inside her own quotation is she
    ("Who else would run? She gave a fine answer when she said, “Unlike Mary Wills, I have never lost a race.”",
     [("she", "she")]),
    # the person named after the quotation, outside any quotation, still is
    ("“We are,” she said, “completely exhausted.” The nurse, Mary Adams, has worked long shifts.",
     [("Mary Adams", "she"), ("Mary Adams", "she")]),
])
def test_she_is_no_one_named_in_her_own_quotation(text, expected):
    assert spoken(text) == expected


def test_a_name_set_off_after_a_person_and_where_she_is_is_that_person_no_second_part_of_the_place():
    text = ("Tenko Ueda, a guard at the town hall of Elmo, on the tip of Elm Island, said he first heard about it from "
            "an alert.\nVideo\n“I am worried,” he said. “It is possible.”\nA woman in Elm City, Oruka Kado, also said "
            "she had heard an alarm on her phone. “It was scary,” she said.")
    assert [speaker for speaker, _ in spoken(text)] == ["Tenko Ueda", "Tenko Ueda", "Oruka Kado"]
    text = "A woman in Elm City, Oruka Kado, told reporters it was “scary.”"
    assert spoken(text) == [("Oruka Kado", "Oruka Kado")]
    # the second part of a place after a description of no person, or a state, is still no name
    text = "Jo Lee, a salesman from Sumter, South Carolina, said it was “a mess from the start.”"
    assert [speaker for speaker, _ in spoken(text)] == ["Jo Lee"]


def test_the_one_heard_saying_is_the_speaker_not_the_participle_of_hearing():
    text = "Witnesses screamed.\nThe boy’s mum Jane Roe can then be heard shouting: “Mummy is right here. Be calm.”"
    assert spoken(text) == [("Jane Roe", "Jane Roe")]
    assert spoken("Al Roe was heard saying: “We are done here.”") == [("Al Roe", "Al Roe")]


def test_a_description_sharing_its_the_with_a_noun_and_names_the_person_before():
    text = ("Mara Quill and other guests left the gala early on Friday.\n"
            "The singer and radio host wrote about her “night of nothing” on Saturday.")
    assert spoken(text) == [("Mara Quill", "radio host")]


def test_what_continues_before_a_colon_is_no_one_going_on_speaking():
    text = ("At noon, an officer at the gate sounds the alarm. “We see smoke,” he says.\n"
            "“It is coming from the ridge.”\n"
            "But the doubt over the cause of the smoke continues:\n“It is coming from the east slope.”")
    assert [speaker for speaker, _ in spoken(text)] == ["officer", "officer", "officer"]


def test_a_person_opening_a_lead_in_with_a_colon_and_no_reporting_verb_speaks_the_quotation_after_it():
    text = ("The fire spread along the ridge in the night.\n"
            "Amid the smoke, one officer has clearly seen where the flames are heading:\n"
            "“It is moving east, toward the road.”")
    assert spoken(text) == [("one officer", "one officer")]
    # what goes on is no speaker
    text = "The fire spread along the ridge.\nThe search has clearly moved:\n“It is moving east, toward the road.”"
    assert spoken(text) == [("", "")]


def test_a_command_to_say_something_opening_the_sentence_is_no_speaker():
    quoted = nk.quotes(nk.story_from_texts({"a": "ELMTON — Say goodbye to “No rain, no grain.” Jo Lee is retiring.",
                                            "b": "x."}))
    assert quoted["speaker"].tolist() == [""]


def test_an_image_s_text_before_its_caption_gives_no_name_of_the_word_written_twice():
    text = ('Jo Lee wrote.\n\nElmco admitted the names of "fewer than 400 customers" were seen.\n\n'
            'Elmco Elmco holds data on 800 million people\n\nElmco said it would do "all that it can" to help.')
    quoted = nk.quotes(nk.story_from_texts({"a": text, "b": "x."}))
    assert quoted["speaker"].tolist() == ["Elmco", "Elmco"]


def test_a_name_qualifying_a_noun_after_a_is_no_speaker_of_the_next_quotation():
    text = ('The zoo said in a statement that the boy "fell into the moat." A male Western Elm gorilla was in the '
            'yard with the child – and "the team responded to the situation and made the difficult decision."')
    quoted = nk.quotes(nk.story_from_texts({"a": text, "b": "x."}))
    assert quoted["speaker"].tolist() == ["zoo", "zoo"]


def test_a_pronoun_speaking_over_paragraph_breaks_goes_on_standing_for_the_same_person():
    # the same she speaks on over two breaks, an advertisement between: not the person named last before her
    text = ('The minister, Jane Roe, came.\nAnn Dee also spoke.\nThe minister praised the team.\n'
            '"We won," she said.\nCosts rose, she added.\nAdvertisement\n"They are up," she said.')
    quoted = nk.quotes(nk.story_from_texts({"a": text, "b": "x."}))
    assert quoted["speaker"].tolist() == ["Jane Roe", "Jane Roe"]
    # the he of the earlier quotation read as a role, named by no person: the same role
    text = ('Al Roe spoke too.\nThe minister praised the team. "We won," he said.\nCosts rose, he added.\n'
            '"They are up," he said.')
    quoted = nk.quotes(nk.story_from_texts({"a": text, "b": "x."}))
    assert quoted["speaker"].tolist() == ["minister", "minister"]
    # a paragraph with no such she between: the person named last
    text = ('The minister, Jane Roe, came.\nThe minister praised the team.\n"We won," she said.\n'
            'Ann Dee spoke after the vote.\n"They are up," she said.')
    quoted = nk.quotes(nk.story_from_texts({"a": text, "b": "x."}))
    assert quoted["speaker"].tolist() == ["Jane Roe", "Ann Dee"]


def test_he_after_listened_to_a_name_and_a_verb_of_speaking_is_that_name():
    text = ('“The talks will continue,” Tom Hale, a spokesman for the mayor, said.\nThe children were freed on Monday, '
            'the city said.\nAt a news conference, the children listened to Deputy Mayor Kevin Dorsey speak from '
            'behind a table.\n“We can imagine what they went through,” he said.')
    assert spoken(text)[-1] == ("Kevin Dorsey", "he")
    # neighbour: a name listened to with no verb of speaking after it is named in passing
    text = text.replace("Kevin Dorsey speak from", "Kevin Dorsey's band from")
    assert spoken(text)[-1] == ("Tom Hale", "he")


def test_he_after_a_sentence_it_is_for_a_name_is_that_name():
    text = ('General Tom Varga spoke on Monday. He said the army would stay.\n'
            "It's the third strike for Pete Orvik, a lifelong city resident.\n"
            '"People just go home," he said.')
    assert spoken(text)[-1] == ("Pete Orvik", "he")
    # neighbour: "for" a name in a sentence another subject opens is an object in passing
    text = text.replace("It's the third strike for", "The third strike came for")
    assert spoken(text)[-1] == ("Tom Varga", "he")


def test_a_role_of_one_word_is_the_person_subject_of_the_sentence_before():
    text = ("Professor Hanno Feldrik of Elm University told the Star that he has been in talks. Feldrik aims to use "
            "the telescope.\n\"I think we built up good relations,\" the scientist said.")
    assert spoken(text) == [("Hanno Feldrik", "scientist")]
    # neighbour: a woman subject of the sentence before is no chairman
    text = "Ann Roe read the report aloud.\n\"We will see,\" the chairman said."
    assert spoken(text) == [("chairman", "chairman")]


def test_a_role_no_step_resolves_is_the_one_person_the_sentence_before_names_in_full():
    text = ("It was in 1979 that Jo Lee first coined the word.\n"
            "The astrologer explained that it is \"a moon at its closest.\"")
    assert spoken(text) == [("Jo Lee", "astrologer")]
    # neighbours: two people named in the sentence before; a name with no known given name
    text = ("It was in 1979 that Jo Lee and Al Roe first coined the word.\n"
            "The astrologer explained that it is \"a moon at its closest.\"")
    assert spoken(text) == [("astrologer", "astrologer")]
    text = ("It was in 1979 that Survivors first coined the word.\n"
            "The astrologer explained that it is \"a moon at its closest.\"")
    assert spoken(text) == [("astrologer", "astrologer")]


@pytest.mark.parametrize("text, expected", [
    # a noun of a field between a place and a plural of roles: the whole description, not the place
    ("Elmton aviation officials placed a guard on leave, saying the event “was not normal.”",
     [("Elmton aviation officials", "Elmton aviation officials")]),
    # "this time" between a comma and a participle: the clause's subject, not "time"
    ("Jo Lee resumed her argument, this time saying he was a “thief” and more.", [("Jo Lee", "Jo Lee")]),
    # a channel's number inside the name before a role: the person named after the role, not the channel
    ("“The worst will come Saturday,” said Elm 7 TV meteorologist Gary Oakes.", [("Gary Oakes", "Gary Oakes")]),
    # "often" between a comma and a participle: the clause's subject, not "often"
    ("Jo Lee was quick to mock Al Roe, often calling the Elm Party a “family firm” outfit.", [("Jo Lee", "Jo Lee")]),
    # a cleft sentence: the subject after "that", not "It"
    ("It wasn't until Tuesday that Al Roe issued an apology, calling the episode “truly horrific.”",
     [("Al Roe", "Al Roe")]),
    # "despite" before the subject of a participle: no part of it
    ("And despite the Elm rulebook clearly stating that “players shall not kick balls,” Roe stayed.",
     [("Elm rulebook", "Elm rulebook")]),
    # a phrase opened by "Whatever" and set off by a comma: the subject after it
    ("Whatever Roe's motive, Elmwings took exception to it, tweeting, “We are shocked by this.”",
     [("Elmwings", "Elmwings")]),
    # "she" after "after": a clause's subject, no preposition's object
    ("Jo Lee lost after she called the umpire a “liar” in the match.", [("Jo Lee", "she")]),
    # "termed" next to a quotation, an object between
    ("Al Roe, head of Elm Group, termed the firm's handling of the case “brand suicide.”", [("Al Roe", "Al Roe")]),
    # an adverb of time after a letter's sender: no part of the sender's name
    ("Al Roe said it. Jo Lee then sent a letter to staff. “We are sorry,” the letter says.", [("Jo Lee", "letter")]),
    # "former" and a rank opening the subject after an opening phrase: he is the name after them
    ("Bo Kim yelled at him. At the 2017 Open, former world No. 1 Jo Lee threatened Al Roe, “Give me the warnings,” "
     "he said.", [("Jo Lee", "he")]),
])
def test_a_subject_behind_a_lead_or_a_modifier(text, expected):
    assert spoken(text) == expected
