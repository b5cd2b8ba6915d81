"""Source phrases that are not who reports, each on text written here to mimic a pattern of news copy: the place or
age set off after a name before "who said", a role or description set after a name with its closing comma missing
(after a party tag or an opening phrase too), a negated auxiliary or a verb like "let" around the subject, a cue
word used as a noun ("the final say"), and verbs of
reporting used for sums ("add up to", "adding to her lead") or indictments ("charged with"), a cue noun after a word
describing it ("a stern warning"), "since" before a gerund (its preposition, no adverb of the cue), an agent ("the
aide") read as the text introduced it ("an aide to X"), an owner before a participle ("the judge's alleged bias"), a
word of an opening phrase before the subject of a participle's clause, a month and day after a name, a titled name
after a preposition, and "nominee" or "hopeful" before a name; read on the scraped families: a site's name closing a
paragraph, an adverb of time opening a sentence, a subject shared by two verbs, "charged up", a role held in a named
body, an event concluding, a cue noun after "no" or "any", a verb in the past alone, a cue in -ing before the noun it
describes, a name inside a clause before an inverted "said", a preposition or a reflexive pronoun alone and "via"
after a maker; with the neighbours each rule must keep."""

import pytest

from cited import cited


@pytest.mark.parametrize("text, expected", [
    ('"We will sail," said Ada Brill, a ferry captain from Elmton, Delaware, who said the tolls were high.',
     [("Ada Brill", "said"), ("Ada Brill", "said")]),
    ('"We will sail," said Omar Petrov, 24, from Dover, who said the tolls were high.',
     [("Omar Petrov", "said"), ("Omar Petrov", "said")]),
    ("Lee won an endorsement from a Senate colleague, from Omar Petrov, who declared that Lee was right.",
     [("Omar Petrov", "declared")]),
    ("Voters ask whether rivals like Omar Petrov, who said the port was in Elmton, and Ada Brill, who suggested a levy, can win.",
     [("Omar Petrov", "said"), ("Ada Brill", "suggested")]),
])
def test_who_after_a_name_and_what_commas_set_off_is_the_name(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"We will sail," Ada Brill, the communications director for the Ferry Party said in a statement.',
     [("Ada Brill", "said")]),
    ('Omar Petrov, president and CEO of the Harbor Pilots Association stated, "The tolls are too high."',
     [("Omar Petrov", "stated")]),
    ('"We will sail," Ada Brill, who is chairman of Harbor Action said.', [("Ada Brill", "said")]),
    ("But Ada Brill, acting director of Harbor Action, which wrote the letter, said the tolls were unfair.",
     [("Ada Brill", "said")]),
])
def test_a_role_set_after_a_name_gives_the_name(text, expected):
    assert cited(text) == expected


def test_a_role_after_a_name_that_is_an_object_stays():
    assert cited("After meeting Ada Brill, the director of Harbor Action said no.") == \
        [("director of Harbor Action", "said")]


@pytest.mark.parametrize("text, expected", [
    ("On Friday, Sen. Ada Brill (D-Del.), a backer of Omar Petrov's 2026 bid for mayor told the host it was fair.",
     [("Ada Brill", "told")]),
    ("Ada Brill, a backer of the ferry levy told reporters it was fair.", [("Ada Brill", "told")]),
    ("Ada Brill (R-Del.), the director of Harbor Action said no.", [("Ada Brill", "said")]),
    ("Ada Brill, a top aide said.", [("top aide", "said")]),
    ("Brill, a backer of the levy told reporters it was fair.", [("backer of the levy", "told")]),
    ("After meeting Ada Brill, a group of pilots told reporters it was fair.", [("group of pilots", "told")]),
])
def test_a_description_after_a_name_its_closing_comma_missing_gives_the_name(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A spokesman for the ferry union didn’t respond to a request for comment.",
     [("spokesman for the ferry union", "respond")]),
    ("The harbor master wouldn’t say on Tuesday how the pier would be paid for.", [("harbor master", "say")]),
    ("Omar Petrov spoke. Let him just say that the ferry was late.", [("Omar Petrov", "say")]),
])
def test_a_negated_auxiliary_or_a_verb_like_let_is_no_part_of_the_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "The harbor master has the final say on the tolls.",
    'The crowd reprised the caustic chant "Sink the levy!"',
    "Many crew members had post-traumatic stress after the storm.",
    "The harbor master earned widespread praise.",
    "The story drew on additional reporting from the pier.",
    "Ada Brill, a creative writing teacher, sailed home.",
    "The mental and emotional stress is heavy on the crew.",
    "The council relied on public gestures and private pleading.",
])
def test_a_cue_word_used_as_a_noun_cites_nobody(text):
    assert cited(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Pilots say the channel is safe.", [("Pilots", "say")]),
    ("Police say the channel is safe.", [("Police", "say")]),
    ("Laws that some say target fishermen were passed.", [("some", "say")]),
    ("Among pilots, 61 percent say the same of the levy.", [("percent", "say")]),
])
def test_plural_subjects_of_a_base_form_still_report(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "Over ten years, the tolls would add up to $1.5 billion.",
    "A new levy would add less than 1 percent to fares.",
    "In Elmton, organizers added 160 guards along the pier.",
    "The deckhand was later charged with theft.",
    "The council freed seven men charged with smuggling.",
    "He charged into the crowd at the pier.",
])
def test_sums_and_indictments_are_no_reports(text):
    assert cited(text) == []


def test_charged_and_added_still_report_words():
    assert cited("Ada Brill charged that the levy was unfair. She added that fares would rise.") == \
        [("Ada Brill", "charged"), ("Ada Brill", "added")]


def test_live_before_a_cue_is_an_adverb():
    assert cited("Dana Gross, head of the Ferry Campaign, live tweeted as the mayor spoke.") == [("Dana Gross", "tweeted")]


@pytest.mark.parametrize("text, expected", [
    ("Sen. Ada Brill kept asking her why the port had closed.", [("Ada Brill", "asking")]),
    ("More pilots have begun urging the council to move on.", [("More pilots", "urging")]),
])
def test_a_verb_like_began_before_a_cue_in_ing_is_no_part_of_its_subject(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The web has greatly sped up such rumors, said Ada Brill, the Ledger's editor.", [("Ada Brill", "said")]),
    ("Harbor rules are a burden for pilots, said Petrov, a Dover Republican who founded two firms.",
     [("Petrov", "said")]),
    ("Ada Brill, a delegate from Elmton, Delaware, said the plan failed.", [("Ada Brill", "said")]),
])
def test_the_name_after_an_inverted_said_is_the_source_not_the_sentence_subject(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "All told, the ferry groups spent $1 billion on ads.",
    "Dumping the levy is easier said than done.",
    "Enough said.",
])
def test_set_phrases_holding_a_cue_word_cite_nobody(text):
    assert cited(text) == []


@pytest.mark.parametrize("text, expected", [
    ('"We are anxious," said another ferry user, Ada Brill.', [("Ada Brill", "said")]),
    ('"It is slow," wrote the harbor master at the time, Omar J. Petrov.', [("Omar J. Petrov", "wrote")]),
    ('"It is slow," said a spokesman for the port, adding that it would improve.',
     [("spokesman for the port", "said"), ("spokesman for the port", "adding")]),
])
def test_a_name_set_beside_a_description_after_an_inverted_cue_is_the_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rep. Ada Brill (D-Md.), chair of the Platform Committee, said that it was committed to the plan.",
     [("Ada Brill", "said")]),
    ('"We need people who work," Omar Petrov, 30, of Raleigh, N.C., who was among those polled, said later.',
     [("Omar Petrov", "said")]),
    ('"It sells fear," Omar B. Petrov Jr., the director of the harbor police, said at a news conference.',
     [("Omar B. Petrov Jr.", "said")]),
])
def test_a_name_opening_the_clause_and_set_off_by_commas_before_the_cue_is_the_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "Since the storm, the ferry board has spent weeks responding to complaints about the tolls.",
    "The harbor master did remember telling the crew about the tide.",
    "A toll raised along these lines does not look promising.",
    "The answers may require a trigger warning for the crew.",
])
def test_what_follows_an_auxiliary_is_a_verb_not_a_subject(text):
    assert cited(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Did Ada Brill say the tolls were high?", [("Ada Brill", "say")]),
    ("Why did Ada Brill say the tolls were high?", [("Ada Brill", "say")]),
    ("Nor did Ada Brill say the tolls were high.", [("Ada Brill", "say")]),
    ("There is evidence suggesting that the tolls were high.", [("evidence", "suggesting")]),
    ("Port Chairman Will Brill, for example, said the tolls were high.", [("Will Brill", "said")]),
])
def test_a_subject_after_its_auxiliary_in_a_question_or_after_there_stays(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Ada Brill, the harbor master, spoke first. "I met Omar Petrov at the pier," she said.', [("Ada Brill", "said")]),
    ('Omar Petrov spoke next. "Nobody asked the Harbor Guild," he said.', [("Omar Petrov", "said")]),
])
def test_a_person_named_inside_the_quotation_is_not_who_he_or_she_after_it_is(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The port stayed shut, according to several senior Harborists. The mayor left.", [("Harborists", "according to")]),
    ('"No toll," said two fellow Elmtonians, laughing.', [("Elmtonians", "said")]),
])
def test_a_capitalised_plural_closing_a_description_after_the_cue_stays_in_the_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Her campaign sent an email to supporters saying the tolls were high.", []),
    ("Ada Brill made a pitch to Elmton voters saying the tolls were high.", []),
    ("Reactions ranged from pilots praising the plan to sailors decrying the tolls.",
     [("pilots", "praising"), ("sailors", "decrying")]),
])
def test_the_object_of_to_is_a_gerunds_subject_only_in_a_range_opened_by_from(text, expected):
    assert cited(text) == expected


def test_a_relative_clause_after_a_predicate_keeps_its_subject():
    assert cited("One of them was Ada Brill, who told the board why she voted no.") == [("Ada Brill", "told")]


def test_a_gerund_after_according_to_keeps_its_subject():
    assert ("pilots", "commenting") in cited("The tolls are too high, according to pilots commenting on the plan.")


@pytest.mark.parametrize("text", [
    "The pilot accused of smuggling left the pier on Friday.",
    "Omar Petrov, a ferry clerk accused of theft, was freed.",
    "A harbor group criticized for its fees closed on Monday.",
])
def test_a_judging_participle_before_of_or_for_is_a_passive_that_cites_nobody(text):
    assert cited(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ada Brill accused Omar Petrov of theft.", [("Ada Brill", "accused")]),
    ("The Ferry Party, which Ada Brill blamed for the delay, said nothing new.", [("Ferry Party", "said"), ("Ada Brill", "blamed")]),
])
def test_a_judging_verb_with_its_object_still_cites_its_subject(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "The most telling sign was the empty pier.",
    "Perhaps more revealing, the ferry left at dawn.",
    "The fees proved very telling for the port.",
])
def test_a_cue_in_ing_after_a_degree_adverb_is_an_adjective_that_cites_nobody(text):
    assert cited(text) == []


@pytest.mark.parametrize("text", [
    "There are some warning signs for the ferry.",
    "Omar Petrov read many telling notes at the pier.",
])
def test_a_cue_in_ing_after_a_quantifier_and_before_a_noun_is_an_adjective_that_cites_nobody(text):
    assert cited(text) == []


def test_a_cue_in_ing_not_right_after_a_degree_adverb_still_reports():
    assert cited("Ada Brill said the fees were very high, telling reporters to wait.") == \
        [("Ada Brill", "said"), ("Ada Brill", "telling")]


@pytest.mark.parametrize("text, expected", [
    ("Jo Lee won the vote on Tuesday, adding to her lead in the race.", []),
    ("The deficit grew, and the new plan will add to it.", []),
    ("Jo Lee won the vote, adding that the race was not over.", [("Jo Lee", "adding")]),
    ('"I won," Jo Lee added to Harbor Weekly.', [("Jo Lee", "added")]),
])
def test_add_to_is_a_sum_not_words_unless_a_listener_closes_the_clause(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jo Lee gave his stern warning that the pier would close.", []),
    ("The vote marked the start of a possible reckoning within the party.", []),
    ("Al Roe left, with a spokesman warning that the pier would close.", [("spokesman", "warning")]),
    ("Sources close to her campaign say the pier will close.", [("Sources close to her campaign", "say")]),
])
def test_a_cue_noun_after_a_word_describing_it_reports_nothing(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("An aide to Jo Lee arrived early. The aide said the plan was dead.", [("Jo Lee's aide", "said")]),
    ("Jo Lee's spokesman met us. The spokesman said the plan was dead.", [("Jo Lee's spokesman", "said")]),
    ("Jo Lee arrived early. The spokesman said the plan was dead.", [("spokesman", "said")]),
    ("Al Roe met Jo Lee. Cy Moe's aide spoke. The aide said no.", [("Cy Moe's aide", "said")]),  # not "Jo Lee. Cy Moe"
])
def test_the_agent_is_the_source_the_text_introduced_it_as(text, expected):
    assert cited(text) == expected


def test_since_before_a_gerund_is_its_preposition_not_an_adverb_of_the_cue():
    assert cited("Al Roe said he has given no paid speeches since announcing his run.") == \
        [("Al Roe", "said"), ("Al Roe", "announcing")]
    assert cited("Jo Lee has since said the pier would close.") == [("Jo Lee", "said")]


@pytest.mark.parametrize("text, expected", [
    ("The goal was saving face and avoiding blame for the delay.", []),
    ("Hit by criticism and fielding claims of waste, the board closed the pier.", []),
    ("The plan can cut fees without causing economic stress for pilots.", []),
    ("The ferry line won votes with private pleading.", []),
    ("Ada Brill's filing says that the pier must close.", [("Ada Brill's filing", "says")]),
])
def test_a_cue_noun_after_a_verb_in_ing_is_its_object_and_reports_nothing(text, expected):
    assert cited(text) == expected


def test_a_participle_after_the_subject_of_an_inverted_cue_keeps_the_source():
    assert [cue for _, cue in cited("“The fees are high,” says a pilot waiting with friends.")] == ["says"]


@pytest.mark.parametrize("text, expected", [
    ("The storm set off a debate over how the harbor board responds to floods.", []),
    ("Voters will watch whether the mayor responds to the leak.", []),
    ("The harbor board responded that the pier was safe.", [("harbor board", "responded")]),
    ("The memo described how the pilots said they would strike.", [("memo", "described"), ("pilots", "said")]),
])
def test_respond_in_a_question_opened_by_how_or_whether_is_a_reaction_not_words(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The poll, conducted by Harbor Research last week, found the pier popular.", "Harbor Research"),
    ("Ada Brill pleaded with the board to keep the pier.", "Ada Brill"),
])
def test_a_source_keeps_its_own_words(text, expected):
    assert expected in [source for source, _ in cited(text)]


@pytest.mark.parametrize("text", ["Ada Brill pleaded guilty to theft in May.", "Omar Petrov has pleaded not guilty."])
def test_a_plea_entered_in_court_reports_no_words(text):
    assert cited(text) == []



@pytest.mark.parametrize("text", [
    "Petrov, however, wasted no time responding.",
    "The Elmton council on Monday approved a resolution condemning the new tolls.",
    "In 1990 the agency planted newspaper articles alleging that the port was unsafe.",
    "Later she revised her statement explaining that she had not sent the letter.",
    '"I will win," Ada Brill recalled her brother saying.',
])
def test_a_participle_after_the_object_of_a_verb_in_the_past_cites_not_that_object(text):
    assert [cue for _, cue in cited(text)] in ([], ["recalled"])


@pytest.mark.parametrize("text, expected", [
    ("A married couple also claiming ties to the group was arrested.", ("couple", "claiming")),
    ("Omar Petrov issued a statement saying the tolls were unfair.", ("Omar Petrov", "saying")),
])
def test_a_participle_after_an_adjective_in_ed_or_a_statement_given_out_keeps_its_source(text, expected):
    assert expected in cited(text)


@pytest.mark.parametrize("text", [
    "But he spent more time mocking a familiar target: Omar Petrov.",
    "On a purely local level, it means admitting that Petrov speaks for many voters.",
    "It's worth noting there is little love lost between the two ports.",
    "Well, I think somebody has to start, and I think the public will respond to a change.",
    "They stop reporting output but keep the mines open.",
])
def test_a_subject_pronoun_with_words_after_it_is_a_clause_not_a_source(text):
    assert cited(text) == []


def test_a_subject_pronoun_alone_still_reports():
    assert cited("Ada Brill left early. She said the tolls were too high.") == [("Ada Brill", "said")]


@pytest.mark.parametrize("text, expected", [
    ("Another pollster, Ann Bell of Elmton University, said the race was close.", [("Ann Bell", "said")]),
    ("Another doctor, Omar Petrov from Elm and Oak Hospital in Dover, said the tests were useless.",
     [("Omar Petrov", "said")]),
    ("The party's leading candidate, Ohio Sen. Jo Lee, also said the tolls were too high.", [("Jo Lee", "said")]),
    ("One delegate, Elmton party chairwoman Ann Bell, pledged her vote to Lee on Monday.", [("Ann Bell", "pledged")]),
])
def test_a_name_set_off_after_a_description_is_the_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The aides, led by campaign manager Al Roe, told the group they would not win.", [("aides", "told")]),
    ("Jo Lee, the chairman of the Elmton Port Authority, said the port would close.", [("Jo Lee", "said")]),
    ("It was a media group that, under Omar Petrov, asserted itself in politics.", []),
])
def test_a_name_after_a_function_word_or_before_a_description_is_no_appositive(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "His story is bleak and seldom told.",
    "She spoke with a passion that almost suggested the question was rude.",
    "Lee wasn't so much saying that the plan would fail.",
    "Jo Lee, the party chair, this past week announced a new website.",
])
def test_an_adverb_or_a_date_word_before_a_cue_is_no_source(text):
    assert not any(source.lower() in ("seldom", "almost", "much", "past") for source, _ in cited(text))


@pytest.mark.parametrize("text", [
    "Ada Brill ran again. Nearly half of Ada Brill's reported donations came from the ferry trade.",
    "The council discussed the mayor's highly criticized speech on the tolls.",
    "Lawyers said the judge's alleged bias was plain.",
])
def test_an_owner_before_a_cue_in_ed_is_no_source(text):
    assert not any(source.endswith(("'s", "’s")) for source, _ in cited(text))


def test_a_name_never_written_without_its_s_is_a_name_not_an_owner():
    assert ("Hallam's", "reported") in cited("Hallam's reported a loss on Monday, and Hallam's stores will close.")


@pytest.mark.parametrize("text, expected", [
    ("Speaking at a rally in Dover, Delaware, Jo Lee went after Al Roe, calling him a quitter.",
     [("Jo Lee", "calling")]),
    ("When her family moved back to Elmton, her mother refused to teach her Greek, insisting that she was local.",
     [("her mother", "insisting")]),
    ("On Thursday, after staying neutral in the primary, Ada Brill endorsed Jo Lee, saying she was ready.",
     [("Ada Brill", "endorsed"), ("Ada Brill", "saying")]),
])
def test_a_participle_after_a_comma_is_the_clause_subject_not_a_word_of_its_opening_phrase(text, expected):
    assert cited(text) == expected


def test_a_month_and_day_after_a_name_are_no_part_of_it():
    assert cited('"The tolls will fall," said Omar Petrov May 3.') == [("Omar Petrov", "said")]


@pytest.mark.parametrize("text, expected", [
    ("A commission appointed by President Jo Lee estimated in 2005 that tolls would fall.", []),
    ("It opened her to attacks by Mr. Jo Lee, who has criticized the port's tolls.", [("Jo Lee", "criticized")]),
    ("It opened her to attacks by Jo Lee, who has criticized the port's tolls.", [("Jo Lee", "criticized")]),
])
def test_a_titled_name_after_a_preposition_is_its_object_unless_a_relative_clause_tells_of_it(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Presumptive Democratic mayoral nominee Ada Brill called on the council to act and said tolls must fall.",
     [("Ada Brill", "called"), ("Ada Brill", "said")]),
    ("Republican mayoral hopeful Sen. Jo Lee was critical of the plan, telling reporters it would fail.",
     [("Jo Lee", "telling")]),
])
def test_a_nominee_or_hopeful_before_a_name_is_a_role(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Critics of Gov. Ada Brill said the tolls would stay high.", [("Critics of Gov. Ada Brill", "said")]),
    ("Supporters of Sen. Omar Petrov say the ferry will sail.", [("Supporters of Sen. Omar Petrov", "say")]),
    ("Gov. Ada Brill of Elmton said the tolls would fall.", [("Ada Brill", "said")]),
    ("Secretary of State Omar Petrov said the ferry will sail.", [("Omar Petrov", "said")]),
])
def test_a_group_noun_before_of_and_a_titled_name_is_the_group(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Holding placards calling the mayor a fraud, the ferry crews marched.", []),
    ("Ferry crews marched past the pier, waving flags saying the tolls must fall.", []),
    ("Harbor Action led the field in running ads praising the mayor.", []),
    ("The vote came with leading economists warning that tolls would rise.", [("leading economists", "warning")]),
    ("Leading economists warned that tolls would rise.", [("Leading economists", "warned")]),
])
def test_a_verb_in_ing_and_its_object_before_a_cue_in_ing_is_no_source(text, expected):
    assert cited(text) == expected


def test_a_name_after_a_verb_in_ing_keeps_its_words():
    text = "Following Ada Brill's remarks in an interview expressing doubt about the tolls, the mayor spoke."
    assert any("Ada Brill" in source for source, _ in cited(text))


@pytest.mark.parametrize("text, expected", [
    ("The toll plan was as weak as anything the harbor master said at the hearing.", [("harbor master", "said")]),
    ("Pilots say everything Ada Brill wrote about the tolls was wrong.", [("Pilots", "say"), ("Ada Brill", "wrote")]),
])
def test_a_pronoun_of_things_before_a_cue_is_its_object_not_its_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ada Brill has been weighing announcing that she will run.", []),
    ("The harbor board has long been considering raising the tolls, Ada Brill said.", [("Ada Brill", "said")]),
    ("There has been evidence suggesting the tolls are too high.", [("evidence", "suggesting")]),
])
def test_a_verb_in_ing_after_has_been_is_no_source_of_the_cue_after_it(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Everything Ada Brill said about the tolls was wrong, Omar Petrov said.",
     [("Ada Brill", "said"), ("Omar Petrov", "said")]),
    ("Nothing Ada Brill wrote was new.", [("Ada Brill", "wrote")]),
])
def test_a_pronoun_of_things_opening_a_sentence_is_no_part_of_the_name_after_it(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ferrying reports warning of a deficit were filed on Monday.", [("Ferrying reports", "warning")]),
    ("Holding signs calling the mayor a liar, the pilots marched.", []),
])
def test_an_opening_word_in_ing_with_no_comma_after_its_phrase_is_a_nouns(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("A memoir published Tuesday by Harbor Books tells how the ferry began.", "Harbor Books"),
    ("The ferry appears in a novel co-written by Omar Petrov, which sold well.", "Omar Petrov"),
    ("Dover was flooded with wishes posted by sailors around the world.", "sailors around the world"),
])
def test_the_maker_of_a_work_after_by_is_no_source(text, absent):
    assert absent not in [source for source, _ in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("A letter written by Ada Brill said the tolls were too high.", ("Ada Brill", "written by")),
    ("The tolls were set in an article, published by the Harbor Times, that angered Dover.",
     ("Harbor Times", "published by")),
    ("Ada Brill spoke in an interview first posted online by the Elm Herald on Monday.",
     ("Elm Herald", "posted online by")),
])
def test_the_writer_of_a_text_that_carries_statements_after_by_is_its_source(text, expected):
    assert expected in cited(text)


def test_an_inquiry_by_a_body_credits_it_only_where_it_found_something():
    assert cited("The ferry firm has been under investigation by the harbor board since May.") == []
    assert ("harbor board", "inquiry by") in cited("An inquiry by the harbor board found that the tolls were illegal.")


def test_reported_from_a_place_ending_the_sentence_is_a_reporter_credit():
    text = "“The ferry will sail,” Ada Brill said.\n\nOmar Petrov reported from Elmton; Ada Brill, from Dover."
    assert cited(text) == [("Ada Brill", "said")]


@pytest.mark.parametrize("text, expected", [
    ("The ferry logs will be made public by Jan. 29, the port office said.", [("port office", "said")]),
    ("The Harbor Poll was conducted by telephone among 900 adults.", []),
    ("One pilot, who did not want to be quoted by name, said the tolls were high.", [("pilot", "said")]),
    ("The tolls were released by the Elmton port board on Monday.", [("Elmton port board", "released by")]),
    ("The ferry stopped, according to an email from the port board.", [("port board", "according to")]),
    ("Fares rose, according to a January 2024 survey by the Elmton Ledger.",
     [("Elmton Ledger", "according to")]),
])
def test_a_channel_a_date_or_a_name_after_by_is_no_agent(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A letter obtained by The Elmton Ledger warns that the tolls will rise.",
     [("letter", "warns"), ("Elmton Ledger", "obtained by")]),
    ("An essay cited by her campaign quoted two economists on the tolls.", [("campaign", "cited by")]),
    ("The rise was steep, according to Ada Brill, who runs the ferry.", [("Ada Brill", "according to")]),
])
def test_a_reporting_verb_ends_the_phrase_after_a_cue(text, expected):
    assert cited(text) == expected


def test_a_participle_before_by_does_not_end_the_phrase_after_a_cue():
    found = cited("Tolls rose, according to exit polls reported by the Elmton Ledger.")
    assert ("Elmton Ledger", "reported by") in found and ("exit polls", "according to") not in found


@pytest.mark.parametrize("text, expected", [
    ("Besides Elmland, two other states claim the reef. Elmland said on Monday that it would sail.",
     [("Elmland", "said")]),
    ("Perhaps Doria will agree to the levy. Doria said on Monday that it would pay.", [("Doria", "said")]),
    ("Following Omar Petrov's remarks, the port closed. Petrov said it would reopen.",
     [("Omar Petrov", "remarks"), ("Omar Petrov", "said")]),
])
def test_a_word_opening_the_sentence_is_no_part_of_the_name_after_it(text, expected):
    assert cited(text) == expected


def test_a_place_named_around_a_name_is_not_its_fuller_form():
    text = "Besides Elmland, two states claim reefs in the South Elmland Sea. Elmland said on Monday that it would go."
    assert cited(text) == [("Elmland", "said")]


@pytest.mark.parametrize("text, expected", [
    ("Experts have discounted Elmland's claims, but have speculated that Elmland may test again.",
     [("Experts", "speculated"), ("Elmland", "claims")]),
    ("Omar Petrov is the Republican presidential nominee. Critics said that the Republican presidential nominee’s "
     "boasts don’t match reality.", [("Critics", "said"), ("Omar Petrov", "boasts")]),
    ("Friends of Jo Lee's say she will run.", [("Friends of Jo Lee's", "say")]),
])
def test_the_owner_of_a_cue_read_as_a_noun_is_the_source_without_its_possessive(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A 26-year-old Elmton man was fined after he posted a photo of the fire.", []),
    ("A 52-year-old Elmton, Del., resident named Carol was at the pier. She said the ferry was late.", []),
    ("Thirteen-year-old Bennett was at the pier. He said the ferry was late.", [("Bennett", "said")]),
    ("The pier closed.\n\nNevertheless, the incident made waves.\n\n“It just came out of my mouth,” she said.", []),
])
def test_a_place_after_an_age_or_a_word_opening_a_sentence_is_no_one_a_pronoun_stands_for(text, expected):
    assert cited(text) == expected


def test_only_time_will_tell_reports_nothing():
    assert cited("The pier may reopen in May, but only time will tell.") == []


@pytest.mark.parametrize("text, expected", [
    ("The actor Ada Brill, who starred in “Red Harbor” and “Low Tide,” posted the clip to a website.", []),
    ("Omar Petrov, who says his costs ran “into the millions,” described the strain as heavy.",
     [("Omar Petrov", "says")]),
    ("“The pier is closed,” said the captain, who wore a cap.", [("captain", "said")]),
    ("The fares rose, said Ada Brill, who runs the ferry.", [("Ada Brill", "said")]),
    ("''The fares rose, who knows why,'' said Ada Brill, who runs the ferry.", [("Ada Brill", "said")]),
])
def test_a_verb_after_an_aside_on_a_person_has_that_person_as_subject_not_its_object(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It was 2008. By the time those hearings concluded, many said they would stay.", [("many", "said")]),
    ("Outside experts also say the ferry plan is thin.", [("Outside experts", "say")]),
])
def test_a_phrase_opened_by_a_preposition_is_no_one_who_reports(text, expected):
    assert cited(text) == expected


def test_a_place_opened_by_great_is_no_one_a_pronoun_stands_for():
    text = "Ada Brill runs the pier.\n\nThe ferry union backs Great Elmland. She said the fares were high."
    assert cited(text) == [("Ada Brill", "said")]


@pytest.mark.parametrize("text, expected", [
    ("The family reached Elmton in May. They speak little English, but their smiles said a lot.", []),
    ("Her silence said it all, her lawyer said.", [("lawyer", "said")]),
    ("The Face reported that the band split.", [("Face", "reported")]),
])
def test_what_a_face_shows_says_things_only_as_a_figure_of_speech(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A $90 billion merger announced Monday would turn the ferry line into a port operator.", []),
    ("The harbor board said the majority of pilots admitted are women.", [("harbor board", "said")]),
    ("The ferry board reported Tuesday that tolls rose.", [("ferry board", "reported")]),
    ("The company announced Monday it would close the pier.", [("company", "announced")]),
])
def test_a_participle_after_a_noun_with_the_clause_verb_next_is_no_cue(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A woman claiming ties to the ferry gang flooded the pier on Monday.", []),
    ("The old picture of the angry farmer denouncing bankers ignored the harbor's history.", []),
    ("After a man claiming ties to the ferry gang flooded the pier, Ada Brill said no.", [("Ada Brill", "said")]),
    ("Ada Brill spoke after a woman claiming ties to the ferry gang flooded the pier.", []),
    ("Pilots saying they lost the vote marched.", [("Pilots", "saying")]),
])
def test_a_noun_before_a_cue_in_ing_with_the_clause_verb_after_its_object_is_no_source(text, expected):
    assert cited(text) == expected


def test_a_word_in_ed_closing_the_clause_is_no_verb_after_a_cue_in_ing():
    from newskit.sourcing import _ing_relative
    text = "Jo Lee won, with 13 percent backing Al Roe and 6 percent undecided."
    assert not _ing_relative(text, 12, ("percent", 20, 27), 28)
    assert _ing_relative("The old pilot backing Al Roe left the pier.", 0, ("old pilot", 4, 13), 14)


@pytest.mark.parametrize("text, expected", [
    ("Ada Brill summed up Omar Roe as “weak,” denounced his record as mayor and left.", []),
    ("“The fares are a disgrace,” said Omar Roe. “Nonsense,” scoffed Ada Brill.",
     [("Omar Roe", "said"), ("Ada Brill", "scoffed")]),
    ("The mayor was denounced for the delay. Critics denounced the plan.", [("Critics", "denounced")]),
])
def test_a_verb_of_judging_is_never_inverted_the_words_after_it_are_the_judged(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The court heard a case filed by the Elmlands in 2013 challenging Ruritania's Blue Sea claims, and it ruled.", []),
    ("A ruling is due on a case filed by the Elmlands in the Court of Arbitration challenging Ruritania’s Blue Sea "
     "claims, which Ruritania has vowed to ignore.", [("Ruritania", "vowed")]),
    ("The harbor board filed a suit denying Ada Brill's claims.", []),
    ("A man backing Ada Brill's bid claims the seat is hers.", [("man backing Ada Brill's bid", "claims")]),
    ("Omar Petrov, a man backing Ada Brill, claims the seat is hers.", [("Omar Petrov", "claims")]),
])
def test_an_owners_plural_noun_after_a_verb_in_ing_is_no_cue(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The complaint includes details accusing the Elm Trust of hiding its fees.", [("complaint", "accusing")]),
    ("The audit contains a memo accusing the harbor board of waste.", [("audit", "accusing")]),
    ("The complaint included details accusing the Elm Trust of hiding its fees.", [("complaint", "accusing")]),
])
def test_a_participle_after_what_a_text_holds_is_the_texts(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ada Brill, the sailor who founded Harborwatch tweeted that the tolls were too high.",
     [("Ada Brill", "tweeted")]),
    ('"The tolls are too high," Omar Petrov, the pilot who trained the Elmton crews told reporters.',
     [("Omar Petrov", "told")]),
    ("Ada Brill, the pilot who claimed Omar Petrov said the tolls were high, left.", [("Omar Petrov", "said")]),
])
def test_a_name_before_a_relative_clause_no_comma_closes_is_the_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A count conducted by the harbor board actually showed a rise.", [("harbor board", "conducted by")]),
    ("The toll rise was first reported by the Elm Ledger and quoted by elmton.ro.",
     [("Elm Ledger", "first reported by"), ("Elm Ledger", "reported by"), ("elmton.ro", "quoted by")]),
    ("The pilot spoke on Friday, saying a survey conducted by the harbor board showed a rise.",
     [("survey", "showed"), ("harbor board", "conducted by")]),
    ("Tolls doubled, according to the website Elmtolls.com.\nIn May, the pilots wrote that tolls fell.",
     [("Elmtolls.com", "according to"), ("pilots", "wrote")]),
])
def test_an_adverb_a_sites_closing_stop_and_a_verb_in_ing_are_no_part_of_a_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A crack suggests the ferry tank could still burst.", []),
    ("The leaks show the hull is failing, the pilot said.", [("pilot", "said")]),
    ("The pilot suggests the ferry tank could still burst.", [("pilot", "suggests")]),
])
def test_a_physical_trace_is_no_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("“Sink them,” he said, according to a translation provided by the ELM Monitoring Group.",
     [("ELM Monitoring Group", "according to"), ("ELM Monitoring Group", "provided by")]),
    ("The pier was empty on Sunday, according to aerial photos taken by the AP.", [("AP", "according to")]),
    ("The otter was calm, according to AP reports.", [("AP", "according to")]),
    ("The otter was calm, according to police reports.", [("police reports", "according to")]),
    ("He objected to the plan, according to files recovered in his cabin.", [("files", "according to")]),
    ("The pier was empty, according to documents seen by the Elm Ledger.", [("documents", "according to")]),
])
def test_after_according_to_the_maker_of_a_work_an_outlet_before_reports_and_no_closing_participle(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The firm said it would pay a fee if the two ferry lines agree but the deal is blocked.", [("firm", "said")]),
    ("A sale of the pier could still conclude in May, a banker said.", [("banker", "said")]),
    ("After the interview concluded, the pilot left.", []),
    ("The harbor board concluded that tolls rose.", [("harbor board", "concluded")]),
    ("“The tolls are too high,” Ada Brill concluded.", [("Ada Brill", "concluded")]),
    ("Omar Petrov agreed. “The tolls are too high,” he said.",
     [("Omar Petrov", "agreed"), ("Omar Petrov", "said")]),
])
def test_agreeing_in_a_condition_and_an_event_concluding_report_nothing(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ada Brill maintains a wide lead among ferry pilots.", []),
    ("Omar Petrov also maintained above-average costs for the crossing.", []),
    ("Ada Brill maintained that the tolls were fair.", [("Ada Brill", "maintained")]),
    ("Ada Brill maintains the tolls are fair.", [("Ada Brill", "maintains")]),
    ("Omar Petrov has maintained his innocence.", [("Omar Petrov", "maintained")]),
    ("“The tolls are fair,” Ada Brill maintained.", [("Ada Brill", "maintained")]),
    ("Last year ferry spending shot back up and grew by 5 percent.", []),
    ("Ada Brill shot back at critics of the tolls.", [("Ada Brill", "shot back")]),
])
def test_maintaining_a_thing_kept_or_shooting_back_up_reports_nothing(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The tolls rose, according to current and former harbor officials.",
     [("current and former harbor officials", "according to")]),
    ("The row is at the heart of complaints from current and former pilots.",
     [("current and former pilots", "complaints from")]),
    ("The tolls rose, according to the pilots and the mayor.", [("pilots", "according to")]),
])
def test_a_modifier_sharing_its_noun_with_the_next_is_no_source_alone(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Asked about Chilean claims of a fuel transfer at sea, the envoy said the ships had left.",
     [("envoy", "said")]),
    ("When Jo Lee was asked about South Korean claims of a transfer, she turned the tables.", []),
])
def test_a_cue_in_s_after_a_nationality_adjective_is_a_plural_noun(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The judge threw out the legal claims on Monday.", []),
    ("The court weighed the ferry and anti-toll claims raised by the pilots.", []),
    ("The pilots said the unfounded reports had hurt them.", [("pilots", "said")]),
    ("The ferry company claims the tolls are fair.", [("ferry company", "claims")]),
])
def test_a_cue_in_s_after_an_adjective_naming_no_one_is_a_plural_noun(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("If all goes according to plan, the ferry sails in May, according to Ada Brill.", [("Ada Brill", "according to")]),
    ("The crossing ran according to schedule.", []),
    ("The tolls rose, according to the plan's authors.", [("plan's authors", "according to")]),
    ("The storm has claimed more than 2,000 lives, officials said.", [("officials", "said")]),
    ("The fire claimed the life of a ferry pilot.", []),
    ("Ada Brill claimed the pilots saved his life.", [("Ada Brill", "claimed")]),
    ("Omar Petrov, interviewed by the Elmton Ledger, said the number of ferries had doubled.",
     [("Omar Petrov", "said")]),
])
def test_a_course_followed_a_toll_claimed_and_an_aside_participle_name_no_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Initially the ferry company said the tolls would rise in May.", [("ferry company", "said")]),
    ("Initially Ada Brill said the tolls would rise in May.", [("Ada Brill", "said")]),
])
def test_an_adverb_of_time_opening_the_sentence_is_no_part_of_its_subject(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Save Our Elms campaign thanked the pilots and added that tolls must fall.",
     [("Save Our Elms campaign", "added")]),
    ("The senator voted against the toll and said it was unfair.", [("senator", "said")]),
    ("The Elm Harbor reopened on Monday and said tolls would fall.", [("Elm Harbor", "said")]),
])
def test_a_subject_shared_by_two_verbs_is_written_as_before_its_own_verb(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("You can't blame Ada Brill for getting a little charged up when she saw the toll.", []),
    ("Ada Brill charged that the toll was rigged.", [("Ada Brill", "charged")]),
])
def test_charged_up_is_no_accusation(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("First Deputy Chair of the Elmland Council's Harbor and Ferry Committee Ada Brill also warned that tolls would "
     "rise.", [("Ada Brill", "warned")]),
    ("The Elm Harbor Committee said tolls would rise.", [("Elm Harbor Committee", "said")]),
])
def test_a_role_held_in_a_named_body_before_a_full_name_is_no_part_of_it(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The crash came just as the Elm sailing tournament had concluded.", []),
    ("Ada Brill concluded that tolls rose.", [("Ada Brill", "concluded")]),
])
def test_a_tournament_concluding_reports_nothing(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The guild did not make any immediate claims for the attack.", []),
    ("Ada Brill now claims the attack was planned.", [("Ada Brill", "claims")]),
])
def test_a_cue_noun_after_no_or_any_and_one_word_is_a_term(text, expected):
    assert cited(text) == expected


def test_a_verb_in_the_past_alone_is_no_source():
    assert cited("Alerts were being sent in Elmland warning people to take cover.") == []


@pytest.mark.parametrize("text, expected", [
    ("The Elmland alert warning system, through TV and radio, urged residents to seek shelter.",
     [("Elmland alert warning system", "urged")]),
    ("The board argued over what type of financial reporting standards the port should use.", [("board", "argued")]),
    ("Ada Brill is warning residents to stay home.", [("Ada Brill", "warning")]),
])
def test_a_cue_in_ing_before_a_noun_it_describes_is_no_cue(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jo Lee bought three oars at a shop in Elmton, Oars & Paddles, within the last year, said Ada Brill, the manager.",
     [("Ada Brill", "said")]),
    ("Despite saying that the toll was fair, Jo Lee voted against it.", []),
    ("Ada Brill has accused Jo Lee of forcing himself upon her and accused Al Roe of lying.",
     [("Ada Brill", "accused")]),
    ('"No," Jo Lee, the mayor, said Friday.', [("Jo Lee", "said")]),
])
def test_a_name_inside_a_clause_a_preposition_or_a_reflexive_pronoun_is_no_subject(text, expected):
    assert cited(text) == expected


def test_the_way_a_maker_came_by_a_text_is_no_part_of_its_name():
    text = "The files, obtained by the Elm Ledger via a public records request, show the toll rose."
    assert cited(text) == [("files", "show"), ("Elm Ledger", "obtained by")]


@pytest.mark.parametrize("text, expected", [
    ("Besides Elmland, Oakvale and Pinemoor have claims in the bay.", []),
    ("Unlike several past claims, the new survey said the river was clean.", [("new survey", "said")]),
    ("The Elmton council claims the river is clean.", [("Elmton council", "claims")]),
])
def test_a_cue_in_s_held_by_have_or_after_a_plural_quantifier_and_a_word_is_a_noun(text, expected):
    assert cited(text) == expected



@pytest.mark.parametrize("text, expected", [
    ("Let's unpack that statement. The Elmton mayor spoke.", []),
    ("That's his statement, the Elmton mayor said.", [("Elmton mayor", "said")]),
    ("Ada Brill's statement was short.", [("Ada Brill", "statement")]),
])
def test_a_word_opening_a_sentence_with_a_contraction_owns_no_statement(text, expected):
    assert cited(text) == expected


def test_a_field_before_and_is_part_of_the_body_named_after_it():
    text = "Lately the Science and Technology Directorate of the Elm Ministry concluded that no method works."
    assert cited(text) == [("Technology Directorate of the Elm Ministry", "concluded")]
    assert cited("The IRS and Treasury Office announced it.") == [("IRS", "announced"),
                                                                  ("Treasury Office", "announced")]
    assert cited("Lee and the State Office have said that it was not.") == [("Lee", "said"), ("State Office", "said")]


@pytest.mark.parametrize("text, expected", [
    ("Elmton aide Jo Lee (then a deputy) heaps praise on Al Roe for his role.", [("Jo Lee", "heaps praise")]),
    ("Ada Brill gave praise to the staff.", [("Ada Brill", "gave praise")]),
    ("Heaping praise on Al Roe.\nThe Elmton mayor spoke on Monday.", []),
])
def test_praise_given_or_heaped_is_the_givers_and_no_cue_of_its_own(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("History will say the ferry saved the port. The town has a long history.", []),
    ("Local officials said the port was shut. The local paper agreed.",
     [("Local officials", "said"), ("local paper", "agreed")]),
    ("Voters say the tolls are high. Few voters came.", [("Voters", "say")]),
    ("Elmer will say no. The mayor met Elmer on Monday; elmer trees grow.", [("Elmer", "say")]),
    ("Jo Lee left. She also wrote that she was glad.", [("Jo Lee", "wrote")]),
    ("Many said no. Not many came.", [("Many", "said")]),
    ("Research suggests the tolls hurt trade. More research is due.", [("Research", "suggests")]),
])
def test_a_common_word_capitalised_only_where_a_sentence_opens_is_no_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("But there's one thing everyone agrees on: the ferry was late.", []),
    ("There was one thing all sides agreed on.", []),
    ("Therese Lee agrees the ferry was late.", [("Therese Lee", "agrees")]),
])
def test_a_subject_opening_with_there_and_a_verb_is_no_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Ortiz\'s last race will be in Oslo and after the finish in Lisbon said: "I will never forget this day."', []),
    ("Shares fell after the company said profits dropped.", [("company", "said")]),
    ("The mayor said after the meeting that the port is safe.", [("mayor", "said")]),
])
def test_an_event_after_a_word_of_time_is_no_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The senator voted against the bill and in a later interview said it was flawed.", [("senator", "said")]),
    ("Police arrested the man and in a statement said he was armed.", [("Police", "said")]),
    ("Many local leaders who’d rather back Al Roe or Jo Lee said they would vote.", [("local leaders", "said")]),
])
def test_a_phrase_after_and_or_a_contracted_who_leaves_the_subject_before_them(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The figures were released by port official Ada Brill who said all of the ships were late and 15 had no papers.",
     [("Ada Brill", "released by")]),
    ("Emails turned over to the port suggest a delay.", [("Emails", "suggest")]),
    ("Port officials were angered by the deal and predicted delays.", [("Port officials", "predicted")]),
])
def test_a_finite_passive_parts_no_document_from_a_cue_after_it(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A row at the quay on Friday by crews the owners claimed included strikers grew.", [("owners", "claimed")]),
    ("All the owners claimed a loss.", [("All the owners", "claimed")]),
])
def test_a_noun_before_an_article_ends_the_phrase_of_a_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The clerk first said he lost the file, but in a later interview said he had burned it.", [("clerk", "said")]),
    ("The mayor has fought the ferry board, at one point calling its chief a liar.", []),
    ("Ada Brill said that in one case Harbor activists criticized her firm.",
     [("Ada Brill", "said"), ("Harbor activists", "criticized")]),
    ("In an interview the harbor master said the quay was closed.", [("the harbor master", "said")]),
    ("During the hearing the mayor told reporters the quay was closed.", [("the mayor", "told")]),
    ("In the end most pilots agreed with the plan.", [("most pilots", "agreed")]),
    ("In a follow-up note posted later Sunday, Ada Brill said the quay was closed.", [("Ada Brill", "said")]),
    ("In the poll, Ada Brill leads with 21 percent of pilots surveyed.", [("poll", "in the poll")]),
])
def test_a_noun_closing_a_phrase_of_place_or_time_is_no_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A statement by the Elm Harbor Bureau states that the quay is safe.", [("Elm Harbor Bureau", "a statement by")]),
    ("A statement by the Elm Harbor Bureau said that the quay is safe.", [("Elm Harbor Bureau", "said")]),
])
def test_a_reporting_verb_before_that_ends_the_maker_after_by(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A tropical storm warning covers the coast of Elmton.", []),
    ("A hurricane warning said the ferry would not sail.", []),
    ("Officials said the flood warnings would stay in place.", [("Officials", "said")]),
    ("The storm chaser warned that the quay would flood.", [("storm chaser", "warned")]),
])
def test_a_weather_alert_is_no_cue_and_no_source(text, expected):
    assert cited(text) == expected


def test_a_verb_and_its_particle_a_sum_of_jobs_and_what_a_named_giver_does_are_no_sources():
    assert cited("Lee blamed the bank, brushing off claims that storms were to blame.") == [("Lee", "blamed")]
    assert cited("The recovery slowed, with the economy adding a mere 69,000 jobs in May.") == []
    assert cited("Jo Lee spoke, adding that the economy was weak.") == [("Jo Lee", "adding")]
    text = "The hospital released a statement from Jo Pham thanking the staff."
    assert ("Jo Pham", "a statement from") in cited(text)


@pytest.mark.parametrize("text, expected", [
    ("Tom Reed, who backed Sen. Ann Bell, R-Ohio, and opposed the levy, last week said the plan failed.",
     [("Tom Reed", "said")]),
    ("Tom Reed, who backed Sen. Ann Bell, R-Ohio, said the plan failed.", [("Tom Reed", "said")]),
    ("The mayor, who backed Sen. Ann Bell, R-Ohio, said the plan failed.", [("mayor", "said")]),
    ("Tom Reed, who backed Ann Bell, said the plan failed.", [("Tom Reed", "said")]),
    ("Ann Bell, who officials said was armed, fled the port.", [("officials", "said")]),
    ("Elm asked for troops, who the government says have been sent to guard the port.", [("government", "says")]),
    ("The poll is bad news for Bell, who has been trailing — 25 percent of voters said they would not back her.",
     [("percent of voters", "said")]),
])
def test_a_name_inside_an_aside_on_a_person_that_a_party_tag_closes_is_no_subject(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jo Lee spreads odd ideas: alleged city plots in the bombing; health scares.", []),
    ("“It failed,” said Jo Lee.", [("Jo Lee", "said")]),
    ("Growth slowed, said the mayor.", [("mayor", "said")]),
])
def test_a_participle_opening_a_list_item_after_a_colon_is_no_inverted_cue(text, expected):
    assert [c for c in cited(text) if c[1] == "said" or c[1] == "alleged"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Tom Reed led a floor fight and denied Ann Bell a final photograph.", []),
    ("The board denied Elm Corp. the permit.", []),
    ("Tom Reed denied the report.", [("Tom Reed", "denied")]),
    ("Tom Reed denied Monday the rumor about the port.", [("Tom Reed", "denied")]),
])
def test_denying_a_person_a_thing_is_an_act(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The bill passed on Monday, said the Committee on Harbor Affairs.", [("Committee on Harbor Affairs", "said")]),
    ("“It is a plan,” said the Council on Elm Relations on Monday.", [("Council on Elm Relations", "said")]),
    ("The bill passed, said the Committee on Monday.", [("Committee", "said")]),
])
def test_a_body_named_on_a_field_after_an_inverted_cue_is_read_whole(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The court will hear Phillips' legal claims next month.", [("Phillips", "claims")]),
    ("The ferry board rejected voter fraud claims on Monday.", []),
    ("They denied the toll fraud claims, pointing to ratings.", []),
    ("It will pass, the lawyer claims.", [("lawyer", "claims")]),
])
def test_claims_closing_an_object_name_their_owner_or_no_one(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The clinic closed, Elm Gazette partner Oak Health News reported on Tuesday.", [("Oak Health News", "reported")]),
    ("The clinic closed, according to Elm Gazette partner Oak Health News.", [("Oak Health News", "according to")]),
    ("His business partner said the clinic closed.", [("business partner", "said")]),
])
def test_a_partner_of_a_body_named_before_it_is_the_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("An even higher number -- 8 in 10 -- said they favoured the toll.", []),
    ("A larger share said they favoured the toll.", []),
    ("A larger number of voters said they favoured the toll.", [("larger number of voters", "said")]),
])
def test_an_amount_compared_is_no_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ferry rights advocates rallied at the pier on Saturday, chanting slogans.", []),
    ("Democrats rallied at the pier on Saturday, chanting slogans.", [("Democrats", "chanting")]),
    ("In 2013, Elmish hackers backing embattled President Tom Reed hijacked the account, tweeting false reports.",
     [("Elmish", "tweeting")]),
])
def test_a_capitalised_word_before_a_noun_in_s_is_no_participle_subject(text, expected):
    assert cited("Harbor news\n\n" + text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He kept on, no matter how many times people told him the ferry would fail.", [("people", "told")]),
    ("He kept on, no matter how often voters told him the ferry would fail.", [("voters", "told")]),
    ("The Elm Times told him the ferry would fail.", [("Elm Times", "told")]),
])
def test_how_often_leading_a_group_is_no_part_of_the_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Last week, the board charged the clerk with fraud and Hale fired his deputy, Garry F. Baxter, acknowledging "
     "that many residents had lost trust.", [("board", "charged"), ("Hale", "acknowledging")]),
    ("Jo Lee met Al Roe and Ann Bell, saying the pier would close.", [("Jo Lee", "saying")]),
])
def test_a_participle_after_an_apposed_object_is_the_joined_clause_subjects(text, expected):
    assert cited(text) == expected
