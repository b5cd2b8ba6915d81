"""Sources that reporting cues in less common shapes give, each on text written here to mimic the pattern, with
the neighbours each rule must leave alone."""

import warnings

import pytest

import newskit as nk
from cited import cited

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    ("The pier reopened. Said Dana Whitfield, who fished there as a boy, “We missed it.”", [("Dana Whitfield", "said")]),
    ("The pier reopened. Says the harbor master: “It took too long.”", [("harbor master", "says")]),
])
def test_an_inverted_said_opening_a_sentence_names_who_follows(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("Ferry Operator Says Fares Will Rise", "Ferry Operator"),  # a title-case headline: no sentence of its own
    ("The pier reopened, the mayor said. Said differently, it was late.", "differently"),
])
def test_a_capitalised_said_inside_a_headline_or_before_an_adverb_is_no_inverted_cue(text, absent):
    assert absent not in [source for source, _ in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("In 2014, Elmpoll found that most riders backed the ferry plan.", [("Elmpoll", "found")]),
    ("Support for the ferry was high among older riders, Elmpoll found.", [("Elmpoll", "found")]),
])
def test_a_proper_name_finding_that_or_closing_its_clause_is_a_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "Dana Whitfield found it hard to believe the ferry would run.",  # an object: no finding reported
    "The ferry ran late. He found that the fares had doubled.",  # a pronoun: left as it was
])
def test_a_finding_of_an_object_or_by_a_pronoun_names_no_new_source(text):
    assert [cue for _, cue in cited(text) if cue == "found"] == []


@pytest.mark.parametrize("text, expected", [
    ("Ferry Operator Says Fares Will Rise.\n\nThe operator gave no date.", [("Ferry Operator", "says")]),
    ("Harbor Unions Praise New Ferry Timetable.\n\nThe timetable starts in May.", [("Harbor Unions", "praise")]),
    ("Dana Whitfield Finally Endorses Omar Petrov.\n\nThe race is close.", [("Dana Whitfield", "endorses")]),
])
def test_a_title_case_headline_read_as_body_opening_with_a_name_and_a_cue_cites_that_name(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Roe: Ferry Fares Are Too High.\n\nAl Roe spoke in Elmton on Monday.", ("Al Roe", ":")),
    ("Mayor Al Roe: Ferry Fares Will Fall.\n\nAl Roe spoke in Elmton on Monday.", ("Al Roe", ":")),
])
def test_a_title_case_headline_labelled_with_a_person_the_text_names_cites_that_person(text, expected):
    assert expected in cited(text)


@pytest.mark.parametrize("text, expected", [
    ("Elm Post: Al Roe Is No Better Than Jo Lee.\n\nAl Roe spoke in Elmton on Monday.", [("Elm Post", ":")]),
    ("Elm News Daily: The Week In Review.\n\nElm News Daily airs on weekdays at noon.", []),  # the page's own show
])
def test_a_title_case_headline_labelled_with_an_outlet_the_page_writes_once_cites_it(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("Paid Notice: Deaths In Elmton Rise.\n\nThe notice ran on Monday.", "Paid Notice"),  # capitals, no one named
    ("Report: Roe To Run For Mayor.\n\nAl Roe spoke in Elmton on Monday.", "Report"),
])
def test_a_title_case_headline_label_naming_no_person_of_the_text_is_no_source(text, absent):
    assert absent not in [source for source, _ in cited(text)]


@pytest.mark.parametrize("text", [
    "Ferry Operator Praise Band Plays On.\n\nThe band plays on Fridays.",  # a noun after a singular: no cue
    "Ferry operator says fares will rise.\n\nThe operator gave no date.",  # not title case: read as a sentence
])
def test_a_title_case_line_cites_only_where_its_cue_agrees_with_a_name(text):
    assert "Ferry Operator" not in [source for source, _ in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("Turnout rose in the harbor towns - Dana Whitfield: “Keep calling voters late.”", [("Dana Whitfield", ":")]),
    ("The ferry poll closed.\n\nOmar Petrov: “The count was early, not wrong.”", [("Omar Petrov", ":")]),
    ("Rep. Omar Petrov (D-Md.): \"I have never heard that figure.\"", [("Omar Petrov", ":")]),
])
def test_a_name_labelling_a_quotation_with_a_colon_is_its_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("Riders of Harbor Lines: “too high” for most.", "Harbor Lines"),  # no line, sentence or dash before the name
    ("The levy passed. Time: 9 a.m. on Monday.", "Time"),          # no quotation after the colon
])
def test_a_colon_after_a_phrase_inside_a_sentence_or_before_plain_words_names_no_source(text, absent):
    assert absent not in [source for source, _ in cited(text)]


def test_a_speaker_label_in_capitals_opening_a_line_names_a_person_the_text_names():
    text = ("Dana Whitfield spoke to Omar Petrov on Sunday.\n\nPETROV: Will the ferry run?\n\n"
            "WHITFIELD: It will run all winter.")
    assert sorted(source for source, _ in cited(text)) == ["Dana Whitfield", "Omar Petrov"]


@pytest.mark.parametrize("text", [
    "The ferry ran late.\n\nCORRECTION: An earlier version misstated the fare.",
    "The ferry ran late.\n\nUPDATE: The ferry now runs on time.",
])
def test_a_label_in_capitals_that_names_no_person_of_the_text_is_no_source(text):
    assert cited(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Fares will rise, forcing riders to pay more, said Dana Whitfield, a transit analyst.",
     [("Dana Whitfield", "said")]),
    ("“Fares will rise,” says Omar Petrov of the nonpartisan Harbor Transit Institute.",
     [("Omar Petrov of the nonpartisan Harbor Transit Institute", "says")]),  # the body kept in the mention
])
def test_an_inverted_said_gives_the_persons_name_after_it(text, expected):
    assert cited(text) == expected


def test_an_inverted_said_after_a_subject_that_names_a_role_keeps_it():
    text = "The mayor, after a long vote, said Omar Petrov, the clerk, had left."
    assert ("Omar Petrov", "said") not in cited(text)


def test_a_full_name_opening_a_phrase_set_off_by_dashes_names_the_description_before_it():
    text = "A former Ohio candidate -- Dana Whitfield, who lost the 2010 race -- said the ferry plan failed."
    assert cited(text) == [("Dana Whitfield", "said")]


def test_a_phrase_set_off_by_dashes_after_a_name_keeps_the_name():
    text = "Omar Petrov -- Dana Whitfield, his rival, disagreed -- said the ferry plan failed."
    assert ("Dana Whitfield", "said") not in cited(text)


@pytest.mark.parametrize("text, expected", [
    ("Dana Whitfield changed her vote on the spot – saying the ferry plan now had her support.",
     [("Dana Whitfield", "saying")]),
    ("Omar Petrov left the hearing early -- telling reporters the levy was doomed.", [("Omar Petrov", "telling")]),
])
def test_a_participle_cue_after_a_dash_is_the_subjects_before_it(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The columnist Dana Will wrote that the ferry plan was doomed.", [("Dana Will", "wrote")]),
    ("Prime Minister Omar May said the levy would stay.", [("Omar May", "said")]),
    ("“The levy stays,” said Omar May.", [("Omar May", "said")]),
    ("In his column, Will argued that the levy was doomed.", [("Will", "argued")]),
])
def test_a_capitalised_will_or_may_before_or_after_a_cue_is_a_name(text, expected):
    assert cited(text) == expected


def test_a_modal_in_lower_case_is_no_name():
    assert cited("Omar Petrov will say more on Friday.") == [("Omar Petrov", "say")]


@pytest.mark.parametrize("text, expected", [
    ("The senator put off the ferry vote but said she would call it next week.", [("senator", "said")]),
    ("Dana Whitfield held a rally but said little about the levy.", [("Dana Whitfield", "said")]),
])
def test_but_said_after_a_past_not_in_ed_is_the_subjects(text, expected):
    assert cited(text) == expected


def test_a_participle_after_a_subject_with_a_party_tag_is_the_subjects():
    text = "Rep. Dana Whitfield (D-N.Y.) reacted angrily to the levy, saying: “This is wrong.”"
    assert [source for source, _ in cited(text)] == ["Dana Whitfield"]


@pytest.mark.parametrize("text, expected", [
    ("Omar Petrov then appears in a clip from a rally, saying the levy must go.", [("Omar Petrov", "saying")]),
    ("The then mayor, Omar Petrov, said the levy must go.", [("Omar Petrov", "said")]),
])
def test_then_after_a_subject_is_an_adverb_before_its_verb(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Omar Petrov, who backed the levy in late June and said he would campaign for it, stayed home.",
     [("Omar Petrov", "said")]),
    ("The mayor, who met Omar Petrov and said she would help, left early.", [("mayor", "said")]),
])
def test_a_cue_after_and_in_a_relative_clause_is_who_the_clause_tells_of(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dover has more pull through its ferries, says political scientist Dana Whitfield in Dover.",
     [("Dana Whitfield", "says")]),
    ("The levy will pass, said campaign manager Omar Petrov.", [("Omar Petrov", "said")]),
])
def test_an_inverted_said_after_a_comma_before_a_role_in_lower_case_and_a_name_names_them(text, expected):
    assert cited(text) == expected


def test_a_verb_after_a_comma_before_words_in_lower_case_that_name_no_role_is_no_inverted_cue():
    assert ("Omar Petrov", "said") not in cited("He waved, said goodbye to Omar Petrov and left.")


@pytest.mark.parametrize("text, expected", [
    ("“Who pays for the ferry?” reporter Dana Whitfield asked him.", [("Dana Whitfield", "asked")]),
    ("“Is the fare fair?” asked Omar Petrov of Harbor Lines, who rides daily. “I doubt it.”", [("Omar Petrov", "asked")]),
    ("“Can you explain the delay?” Dana Whitfield asked the mayor.", [("Dana Whitfield", "asked")]),
])
def test_asked_just_after_a_quoted_question_names_the_asker(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "“Why now?” the mayor said, and asked aides to leave the pier.",  # the cue is "said"; the asking is a request
    "Omar Petrov asked aides to wait for the ferry.",
])
def test_asked_away_from_a_quoted_question_names_no_asker(text):
    assert "asked" not in [cue for _, cue in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("Dana Whitfield asked the harbor commissioner about the fares.", [("Dana Whitfield", "asked")]),
    ("The Ledger asked several times whether the ferry would run.", [("Ledger", "asked")]),
    ("Omar Petrov asked former Harbor Commissioner Ana Ruiz whether fares would rise.", [("Omar Petrov", "asked")]),
    ("The Ledger asked the 2016 Harbor Party candidate if he would run.", [("Ledger", "asked")]),
])
def test_asked_with_a_longer_object_before_a_question_names_the_asker(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "Dana Whitfield asked the council to vote if the fares rose.",  # a request, not a question
    "Dana Whitfield asked the board for a recount when the polls closed.",
])
def test_asked_for_an_act_before_a_conjunction_names_no_asker(text):
    assert "asked" not in [cue for _, cue in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("It was a speech that Judge Dana Whitfield called “distasteful,” and it ran long.", [("Dana Whitfield", "called")]),
    ("He repeated charges that Omar Petrov, for one, called “harbor lingo.”", [("Omar Petrov", "called")]),
    ("It is a levy which harbor historian Ana Ruiz calls “a relic of the port.”", [("Ana Ruiz", "calls")]),
])
def test_called_before_a_quotation_in_a_relative_clause_names_who_called_it(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "She joined a group called “Vote Now” last year.",
    "He said that the group called “Vote Now” had won the seat.",  # a participle: no name in the clause
])
def test_called_naming_a_thing_before_a_quotation_names_no_source(text):
    assert "called" not in [cue for _, cue in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("On Monday, after staying neutral through the race, Dana Whitfield appeared with Omar Petrov and endorsed "
     "Ana Ruiz, saying she will win.", [("Dana Whitfield", "endorsed"), ("Dana Whitfield", "saying")]),
    ("On Monday, after a long wait at the pier, Omar Petrov left early, saying he was tired.", [("Omar Petrov", "saying")]),
])
def test_a_participle_after_a_comma_is_the_sentence_subjects_not_a_noun_in_its_opening_phrase(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dana Whitfield said that by closing the pier early, the board had cost the town.", [("Dana Whitfield", "said")]),
    ("Omar Petrov wrote that by noon the line would close.", [("Omar Petrov", "wrote")]),
])
def test_said_before_that_and_by_is_no_passive(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("A letter signed last week by Dana Whitfield reached the board.", "letter"),
    ("The ferry plan was criticised by leading harbor pilots.", "ferry plan"),
])
def test_a_participle_before_its_agent_is_still_a_passive(text, absent):
    assert absent not in [source for source, _ in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("Dana Whitfield called the fare plan “a harbor tax,” but said she would vote for it.",
     [("Dana Whitfield", "called"), ("Dana Whitfield", "said")]),
    ("Omar Petrov, wearing “Save the Pier” buttons, said the vote was close.", [("Omar Petrov", "said")]),
])
def test_a_quoted_phrase_inside_a_clause_does_not_cut_it_from_its_subject(text, expected):
    assert cited(text) == expected


def test_a_quoted_statement_still_starts_a_clause():
    text = "Dana Whitfield said: “The pier is open. Come early,” and Omar Petrov agreed."
    assert cited(text) == [("Dana Whitfield", "said"), ("Omar Petrov", "agreed")]


@pytest.mark.parametrize("text, expected", [
    ("It ''is what kept the pier open,'' said Dana Whitfield, the harbor master.", [("Dana Whitfield", "said")]),
    ('But "harborists" have demanded a vote.', [("harborists", "demanded")]),
    ("In an interview with “Harbor Talk,” Omar Petrov spoke of fares, adding that they would rise.",
     [("Omar Petrov", "adding")]),
])
def test_a_quoted_phrase_before_an_inverted_cue_or_a_subject_still_ends_a_clause(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fares rose by a third, the Harbor Policy Institute found.", ("Harbor Policy Institute", "found")),
    ("The Ferry Riders Union found that fares rose by a third.", ("Ferry Riders Union", "found")),
])
def test_a_body_or_outlet_that_found_something_stated_after_it_is_a_source(text, expected):
    assert expected in cited(text)


@pytest.mark.parametrize("text, absent", [
    ("The city council found the money it needed for the pier.", "city council"),  # an object found, no finding
    ("Mr. Petrov found it hard to win the harbor towns.", "Petrov"),              # a person: no finding cue
])
def test_a_body_finding_an_object_or_a_person_finding_is_no_source(text, absent):
    assert absent not in " ".join(source for source, _ in cited(text))


@pytest.mark.parametrize("text, expected", [
    ("The pier will close in May, the Harbor Gazette reports.", ("Harbor Gazette", "reports")),
    ("The Harbor Gazette reports the pier will close in May.", ("Harbor Gazette", "reports")),
    ("The pier will close in May, Dana Whitfield reports.", ("Dana Whitfield", "reports")),
])
def test_an_outlet_or_a_named_reporter_that_reports_is_a_source(text, expected):
    assert expected in cited(text)


@pytest.mark.parametrize("text, absent", [
    ("Police reports show the pier closed in May.", "Police"),
    ("Harbor reports of damage reached the council.", "Harbor"),
    ("Dana Whitfield reports income from two ferries.", "Dana Whitfield"),
])
def test_reports_as_a_plural_noun_or_with_an_object_names_no_source(text, absent):
    assert absent not in [source for source, cue in cited(text) if cue == "reports"]


def test_a_medium_quoting_someone_as_saying_is_a_source():
    assert ("Harbor Gazette", "quoted") in cited("The Harbor Gazette quoted a ferry pilot as saying the pier was shut.")


def test_a_medium_quoting_a_figure_without_as_saying_is_no_source():
    assert cited("The mayor quoted Lincoln in a speech at the pier.") == []


def test_asking_someone_a_question_makes_the_asker_a_source():
    text = "The moderator, Dana Whitfield, asked the candidates a simple question: who would win the final?"
    assert ("Dana Whitfield", "asked") in cited(text)


def test_when_asked_a_question_names_no_asker():
    assert [s for s, c in cited("When asked the same question, the mayor shrugged and left.") if c == "asked"] == []


@pytest.mark.parametrize("text, absent", [
    ("He first met her on the set of the Harbor TV show in May.", "TV"),   # "show" after an outlet: a noun
    ("The Harbor Party reports results as delegate counts.", "Harbor Party"),  # a name's object, no report
])
def test_a_show_after_an_outlet_or_reports_with_an_object_names_no_source(text, absent):
    assert absent not in " ".join(source for source, _ in cited(text))


def test_a_named_subject_proposing_something_is_a_source():
    assert ("Dana Whitfield", "proposed") in cited("Senator Dana Whitfield proposed a new tax on ferry tickets.")


@pytest.mark.parametrize("text", ["Many proposed a new levy on the pier.", "The council could propose a new tax."])
def test_an_unnamed_or_modal_proposal_names_no_source(text):
    assert [cue for _, cue in cited(text) if cue.startswith("propos")] == []


def test_a_hope_is_a_view_held_not_words_said():
    text = "Omar Petrov hopes to win the harbor towns in May."
    assert cited(text) == [("Omar Petrov", "hopes")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        assert nk.source_entities(nk.story_from_texts({"a": text}))["role"].tolist() == ["view"]


@pytest.mark.parametrize("text, expected", [
    ("Elmshire has been warning that it is running out of cash.", ("Elmshire", "warning")),
    ("Dana Whitfield had been saying for weeks that the pier would close.", ("Dana Whitfield", "saying")),
])
def test_a_progressive_after_been_keeps_its_subject(text, expected):
    assert expected in cited(text)


def test_a_passive_after_been_names_no_source():
    assert cited("Dana Whitfield has been told that the pier will close.") == []


@pytest.mark.parametrize("text, expected", [
    ("Omar Petrov's suggestion that the pier was safe drew scorn.", ("Omar Petrov", "suggestion")),
    ("The inquiry drew an admission from Dana Whitfield that fares rose.", ("Dana Whitfield", "admission from")),
])
def test_a_noun_of_something_asserted_credits_its_owner_or_who_it_came_from(text, expected):
    assert expected in cited(text)


def test_a_claim_to_something_names_no_source():
    assert cited("Omar Petrov's claim to the harbor seat looked strong.") == []


def test_a_participle_and_its_agent_opening_a_sentence_credit_the_agent():
    text = "Asked by Omar Petrov whether fares would rise, Dana Whitfield said no."
    assert ("Omar Petrov", "asked by") in cited(text)


@pytest.mark.parametrize("text, expected", [
    ("The pier reopened.\n\n17-year-old Omar Petrov echoed:\n\n“He speaks his mind, and the town needs that.”",
     ("Omar Petrov", "echoed")),
    ("“The town needs a plan for the pier,” Dana Whitfield, the harbor guru who founded elmpier.org tweeted on "
     "Wednesday. “They are clearly late now.”", ("Dana Whitfield", "tweeted")),
])
def test_the_named_speaker_a_cue_gives_a_whole_quotation_is_a_source(text, expected):
    assert expected in cited(text)


def test_a_quotation_given_with_no_cue_adds_no_source_of_its_own():
    assert cited("The pier reopened.\n\nFerry pilot Ines Marlow, 54: “We lost a whole day.”") == []


@pytest.mark.parametrize("text, expected", [
    ("A survey released by the Harbor Ledger and Coast Radio found fares rose.", ["Harbor Ledger", "Coast Radio"]),
    ("According to a study by economists Dana Whitfield and Omar Petrov, fares rose.",
     ["Dana Whitfield", "Omar Petrov"]),
    ("The ferry plan drew criticism from Dana Whitfield and Omar Petrov.", ["Dana Whitfield", "Omar Petrov"]),
])
def test_a_name_joined_by_and_to_an_agent_after_its_cue_is_a_source_too(text, expected):
    assert all(name in [source for source, _ in cited(text)] for name in expected)


@pytest.mark.parametrize("text, absent", [
    ("A study by the Center for Harbor and Coastal Policy found fares rose.", "Coastal Policy"),
    ("A survey released by Dana Whitfield and Omar Petrov's aides found fares rose.", "Omar Petrov's"),
])
def test_and_inside_one_name_or_before_an_owner_joins_no_second_agent(text, absent):
    assert absent not in [source for source, _ in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("The pier board's new chair, Dana Whitfield of Dover, has said the fares must rise.", ["Dana Whitfield"]),
    ("Some fishermen, including harbor veteran Ines Marlow, also criticized the fares.", ["Ines Marlow"]),
    ("Pier owners — and, in particular, Mayor Omar Petrov — insisted that the fares rise.", ["Omar Petrov"]),
    ("Some rivals -- for instance, Sen. Ines Marlow of Dover, who voted no -- have long called for a new vote.",
     ["Ines Marlow"]),
])
def test_names_set_off_after_a_described_source_are_sources_too(text, expected):
    assert all(name in [source for source, _ in cited(text)] for name in expected)


@pytest.mark.parametrize("text, absent", [
    ("Dana Whitfield, a fellow at the Coastal Policy Institute, said the fares must rise.", "Coastal Policy Institute"),
    ("Dana Whitfield, an aide to Mayor Omar Petrov, said the fares must rise.", "Omar Petrov"),
    ("Omar Petrov, the chairman of the Harbor and Pier Board, said the fares must rise.", "Pier Board"),
    ("Pier owners in two states — Ohio and South Carolina — said the fares must rise.", "South Carolina"),
])
def test_what_commas_set_off_after_a_named_source_is_no_source(text, absent):
    assert absent not in [source for source, _ in cited(text)]


@pytest.mark.parametrize("text, expected", [
    ("Fares rose by a third, according to a recent report from the Harbor Trust.", ("Harbor Trust", "according to")),
    ("The pier lost money, according to a post from Dana Whitfield.", ("Dana Whitfield", "according to")),
    ("The levy was a mistake, say some economists, who fear the fares will rise.", ("economists", "say")),
    ("Many officials at the harbor said the fares must rise.", ("officials at the harbor", "said")),
])
def test_the_source_behind_a_text_an_inverted_group_and_a_quantified_group_are_found(text, expected):
    assert expected in cited(text)


@pytest.mark.parametrize("text, expected", [
    ("Ada Brill won the harbor race by promising lower fares.", ("Ada Brill", "promising")),
    ("Omar Petrov began the hearing by asking whether the pier was safe.", ("Omar Petrov", "asking")),
])
def test_a_cue_in_ing_after_by_tells_the_means_of_the_clause_subject(text, expected):
    assert expected in cited(text)


@pytest.mark.parametrize("text", [
    "The fares rose by adding a levy on every crossing.",
    "Ada Brill could win the harbor race by promising lower fares.",
])
def test_a_means_of_no_named_subject_or_after_a_modal_names_no_source(text):
    assert cited(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Survivors rescued from the wreckage said the tram failed to brake at the bend.", [("Survivors", "said")]),
    ("Passengers pulled from the river told reporters the ferry tilted.", [("Passengers", "told")]),
])
def test_a_participle_and_its_phrase_after_the_subject_tell_of_it(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Harbor pilots continue to warn that the new pier is unsafe.", [("Harbor pilots", "warn")]),
    ("Dana Whitfield has continued to insist that the ferry fares are fair.", [("Dana Whitfield", "insist")]),
])
def test_a_verb_of_continuing_before_to_leaves_the_speaker_its_subject(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Harbor pilots, including Dana Whitfield and Omar Petrov, warned that the pier is unsafe.",
     [("Harbor pilots", "warned"), ("Dana Whitfield", "warned"), ("Omar Petrov", "warned")]),
    ("Ferry officials — including Capt. Dana Whitfield and Ada Brill of Elmton — have long argued that fares "
     "must rise.", [("Ferry officials", "argued"), ("Dana Whitfield", "argued"), ("Ada Brill", "argued")]),
])
def test_every_name_of_a_list_set_off_after_a_group_is_a_source(text, expected):
    assert cited(text) == expected


def test_a_list_set_off_with_a_place_in_it_names_no_one():
    assert cited("Insiders in two states — Ohio and South Carolina — said the levy failed.") == [
        ("Insiders in two states", "said")]


def test_a_name_joined_by_and_before_a_titled_subject_is_a_source_too():
    assert cited("Dana Whitfield and Sen. Omar Petrov said the ferry levy was fair.") == [
        ("Dana Whitfield", "said"), ("Omar Petrov", "said")]


@pytest.mark.parametrize("text, expected", [
    ("Dana Whitfield, a harbor consultant, notes that the new pier cannot take the ferries.",
     [("Dana Whitfield", "notes")]),
    ("The Elmton Ledger notes that the new pier cannot take the ferries.", [("Elmton Ledger", "notes")]),
])
def test_notes_before_that_reports_after_a_set_off_phrase_too(text, expected):
    assert cited(text) == expected


def test_notes_after_an_owner_before_that_is_a_noun():
    assert cited("Her notes that the pier was weak were lost in the flood.") == []


def test_a_clause_a_conjunction_opens_gives_its_own_subject_to_a_means_in_ing():
    assert cited("Dana Whitfield says the ferries run late, while her main rival, Omar Petrov, has gained in the "
                 "polls by saying that the harbor board is rigged.") == [
        ("Dana Whitfield", "says"), ("Omar Petrov", "saying")]


def test_a_phrase_after_a_conjunction_with_no_verb_of_its_own_leaves_the_means_to_the_main_subject():
    assert cited("Dana Whitfield won the harbor seat after the debate by promising lower ferry fares.") == [
        ("Dana Whitfield", "promising")]


@pytest.mark.parametrize("text, expected", [
    ("The ferry captain had moved to Elmland years ago, per Harbor Radio.", [("Harbor Radio", "per")]),
    ("Per the Elmton Ledger, the pier closed at noon.", [("Elmton Ledger", "per")]),
])
def test_per_after_a_comma_or_opening_a_sentence_credits_the_name_after_it(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", ["The ferry fare was five dollars per Person.", "Fares rose by 5 per cent."])
def test_per_after_an_amount_credits_no_one(text):
    assert cited(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Dockworkers charge that the harbor board hid the toll figures.", [("Dockworkers", "charge")]),
    ("Dana Whitfield notes that the pier was rebuilt twice.", [("Dana Whitfield", "notes")]),
    ("The Elmton Ledger estimates that forty boats sank.", [("Elmton Ledger", "estimates")]),
])
def test_a_mostly_noun_verb_before_that_after_a_subject_of_its_number_is_a_cue(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "His claim that the pier was safe was false.",
    "The charges that the captain faces are grave.",
    "Federal charges that the captain faces are grave; a federal court hears them.",
    "Ferries run late in states that border the lake.",
])
def test_a_mostly_noun_verb_after_a_determiner_an_adjective_or_a_preposition_is_no_cue(text):
    assert cited(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The pier reopened. Mayor Dana Whitfield, D-Elm., sent a blunt message to the board: “Fix the ferry now.”",
     [("Dana Whitfield", ":")]),
    ("The pier reopened. Omar Petrov resisted: “We cannot pay for it.”", [("Omar Petrov", ":")]),
    ('Ada Brill delivered a snappy retort: "No."', [("Ada Brill", ":")]),  # the colon, not the noun "retort"
])
def test_a_quotation_after_a_colon_closing_its_speakers_clause_cites_the_speaker(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "The pier reopened. Omar Petrov spoke first. The board had one answer: “No.”",
    "PIER—“The ferry pier will close in May,” by the Ledger’s Omar Petrov: “The pier, a landmark, will close.”",
])
def test_a_quotation_after_a_colon_whose_speaker_the_sentence_does_not_name_or_only_labels_cites_no_one(text):
    assert cited(text) == []



@pytest.mark.parametrize("text, expected", [
    ("The mayor said so to reporters, as one of them, The Elm Gazette's Ann Bell, reported.",
     [("mayor", "said"), ("Ann Bell", "reported")]),
    ("One of them, the Gazette's Ann Bell, reported it.", [("Ann Bell", "reported")]),
])
def test_a_name_set_off_after_its_owner_in_the_possessive_is_the_source(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The plan was supported Friday by Sen. Ann Bell of Ohio, the ranking Democrat on the Harbor Committee, who said "
     "none of the piers were safe.", [("Ann Bell", "said")]),
    ("It was backed Friday by Ann Bell of Ohio, who said none were safe.", [("Ann Bell", "said")]),
])
def test_the_agent_after_a_weekday_and_by_is_the_subject_of_a_relative_cue(text, expected):
    assert cited(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Elm PAC blasts Roe for skipping the debate.", [("Elm PAC", "blasts")]),
    ("Harbor unions again mock Roe over the ferry fares.", [("Harbor unions", "mock")]),
    ("The blast Roe heard on Monday was loud.", []),  # a noun after a determiner
    ("The board asked them to rebuke Bishop Roe for the sermon.", []),  # no subject of its number before it
])
def test_a_mostly_noun_verb_of_stance_before_a_capitalised_object_cites_its_subject(text, expected):
    assert cited(f"The vote was on Monday. {text}") == expected
