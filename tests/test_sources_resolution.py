"""Sources written as a description or a document, resolved to who speaks (issue 10, half-4 causes), and
attributions that still hold inside a quotation; each on text written here to mimic the pattern."""

import warnings

import pytest

import newskit as nk
from newskit.quote_speakers import described_organisation
from newskit.sourcing import _last_named, named_agent, statement_authors

warnings.simplefilter("ignore", nk.NewskitWarning)


def cited(text: str) -> list[tuple[str, str, str]]:
    story = nk.story_from_texts({"a": text})
    table = nk.attributions(story)
    return list(zip(table["source"], table["mention"], table["cue"]))


@pytest.mark.parametrize("text, want", [
    # a medium or an anonymous group named with "according to" inside someone's quotation
    ('Dana Reyes told voters: "He opposed the levy and now, according to the Harbor Gazette, he backs it."',
     ("Harbor Gazette", "according to")),
    ('The Ledger now reports that the mayor "was questioned, according to people familiar with the inquiry."',
     ("people familiar with the inquiry", "according to")),
    ('"It is a disgrace, and AP reports his office knew," the senator said.', ("AP", "reports")),
])
def test_attribution_inside_a_quotation(text, want):
    assert want in [(s, c) for s, _, c in cited(text)]


def test_no_person_is_a_source_inside_a_quotation():
    text = '"According to him the plan works, and he reports to me," Dana Reyes said.'
    assert [s for s, _, _ in cited(text)] == ["Dana Reyes"]


@pytest.mark.parametrize("text, mention, author", [
    ('"We will appeal," said the statement from the mayor\'s lawyer, Omar Said. "It is wrong," the statement said.',
     "statement", "Omar Said"),
    ("Glenlake Holdings said in a statement that sales fell. The statement said more cuts were coming.",
     "statement", "Glenlake Holdings"),
])
def test_a_statement_speaks_for_its_author(text, mention, author):
    rows = cited(text)
    assert [s for s, m, _ in rows if m == mention] and all(s == author for s, m, _ in rows if m == mention)


def test_a_statement_without_author_stays():
    rows = [{"source": "statement", "cue": "said", "sentence": 0, "start": 0, "end": 20, "mention": "statement",
             "source_type": "document"}]
    statement_authors(rows, "The statement said no.")
    assert rows[0]["source"] == "statement"


@pytest.mark.parametrize("text, mention, want", [
    ("Rep. Dana Reyes's lawyer said Friday she would plead. Reyes's lawyer, Omar Said, declined to comment.",
     "Rep. Dana Reyes's lawyer", "Omar Said"),
    ("Reyes's spokesman said no. The statement came from Reyes's spokesman, Tim Ebbs.", "Reyes's spokesman",
     "Tim Ebbs"),
    ("Reyes's lawyer said no.", "Reyes's lawyer", None),  # nobody named so: left as written
    ("Reyes's lawyer, Omar Said, and Reyes's lawyer, Kim Tan, spoke.", "Reyes's lawyer", None),  # two: unsure
    ("Reyes's lawyer, Omar Said, spoke.", "Lee's lawyer", None),  # another owner
    ("Reyes's adviser said no. Reyes's adviser, Tim Ebbs, left.", "Reyes's adviser", "Tim Ebbs"),  # any agent noun
])
def test_named_agent(text, mention, want):
    assert named_agent(text, mention) == want


@pytest.mark.parametrize("text", [
    "Rep. Dana Reyes's lawyer said Friday she would plead. Reyes's lawyer, Omar Said, declined to comment.",
    "Rep. Dana Reyes is expected to be charged, Reyes's lawyer said Friday.\n\nReyes's lawyer, Omar Said, said in "
    "a statement that the office was wrong.",
])
def test_owned_lawyer_resolved_in_attributions(text):  # also when the owner was named in full before
    assert {s for s, m, _ in cited(text) if m != "she"} == {"Omar Said"}  # "she would plead": Reyes


@pytest.mark.parametrize("text, want", [
    ("Twitter was sued on Monday. The tech giant said in a statement that it would appeal.", "Twitter"),
    ("A Facebook executive apologized, but the company has also denied being biased.", "Facebook"),
    ("Glenlake Holdings cut jobs. The firm said demand had fallen.", "Glenlake Holdings"),
])
def test_company_description(text, want):
    assert want in [s for s, _, _ in cited(text)]


def test_company_description_needs_a_company():
    text = "Dana Reyes was sued on Monday. The company said it would appeal."
    assert described_organisation(text, "company", text.index("company")) is None
    assert described_organisation(text, "Company", text.index("company")) is None
    assert described_organisation("Twitter fell. The senator said so.", "senator", 20) is None


@pytest.mark.parametrize("text, want", [
    ("The Ledger reported the charges, citing someone familiar with the case.", "someone familiar with the case"),
    ('The Ledger said the charges "will include fraud," citing two people familiar with the inquiry.',
     "two people familiar with the inquiry"),
    ("The Ledger reported the deal, citing Reuters.", "Reuters"),
    ("The Ledger reported the deal, citing Maria Lopez.", "Maria Lopez"),
])
def test_citing_credits_its_object(text, want):
    assert (want, "citing") in [(s, c) for s, _, c in cited(text)]


@pytest.mark.parametrize("text", ["He resigned, citing the scale of the damage.", "He quit, citing Christmas.",
                                  "She kept citing figures nobody had checked."])
def test_citing_without_a_source(text):
    assert "citing" not in [c for _, _, c in cited(text)]


def test_company_description_is_no_person():
    """A described company is typed as a body: it never takes a fuller "person" name from a later product
    ("Facebook Home") nor a longer phrase ending in it ("spokeswoman for Facebook")."""
    text = ("A spokeswoman for Facebook declined to comment. The company said younger users had left. "
            "Its new product, Facebook Home, sold well.")
    rows = nk.attributions(nk.story_from_texts({"a": text}))
    company = rows[rows["mention"] == "company"]
    assert company["source"].tolist() == ["Facebook"]
    assert company["source_type"].tolist() == ["official/institution"]


@pytest.mark.parametrize("text, want", [
    ("Politico was first to report the news of the indictment.", ("Politico", "was first to report")),
    ("The Harbor Gazette was the first to report the deal.", ("Harbor Gazette", "was the first to report")),
])
def test_first_to_report(text, want):
    assert want in [(s, c) for s, _, c in cited(text)]


def test_a_person_first_to_report_for_duty_is_no_source():
    assert cited("Maria Lopez was the first to report for duty.") == []


def test_organisation_nouns_hold_the_company_nouns():
    from newskit.text.lexicon import COMPANY_NOUNS, ORGANISATION_DESCRIPTIONS

    assert COMPANY_NOUNS < ORGANISATION_DESCRIPTIONS
    assert {"newspaper", "charity"} <= ORGANISATION_DESCRIPTIONS - COMPANY_NOUNS


def test_described_organisation_takes_the_nearer_of_subject_and_company():
    text = "Lumio shares fell. Analysts blamed Orbix Corp. for the slump. The company said it would recover."
    at = text.index("company")
    assert described_organisation(text, "company", at) == "Orbix Corp."
    assert described_organisation(text, "company", at, (0, "Lumio")) == "Orbix Corp."  # named later than Lumio
    text = "Orbix Corp. cut jobs. The Harbor Gazette reported it. The newspaper said more cuts were coming."
    at = text.index("newspaper")
    assert described_organisation(text, "newspaper", at) is None  # a newspaper is no company named before
    assert described_organisation(text, "newspaper", at, (22, "The Harbor Gazette")) == "The Harbor Gazette"


def test_the_company_in_a_quotation_is_a_company_named_before_not_as_subject():
    text = ("Jo Lee, an analyst, said growth at Orbix Corp. slowed last year.\n\n"
            "The company warned that “costs will rise,” in a filing.")
    assert nk.quotes(nk.story_from_texts({"a": text})).speaker.tolist() == ["Orbix Corp."]


def test_capitalised_run_one_word_is_a_run_but_no_name():
    from newskit.speakers import CAPITALISED_RUN, name_forms

    assert [m.group(1) for m in CAPITALISED_RUN.finditer("Yes, Kay met Lee van der Berg.")] == [
        "Yes", "Kay", "Lee van der Berg"]
    assert name_forms("Yes, Kay met Lee van der Berg.") == ["Lee van der Berg"]


def test_gave_statement():
    from newskit.quote_speakers import gave_statement

    text = "Jo Lee said in an emailed statement that she was sad. Al Roe said no."
    assert gave_statement(text, "said", text.index(" said"))
    assert not gave_statement(text, "said", text.index(" said no"))
    assert gave_statement(text, "issued a statement", len(text))


@pytest.mark.parametrize("text, want", [
    # the "from" phrase names the issuer without a capitalised name: the row of that phrase
    ("According to a statement from the ministry, talks failed.", "ministry"),
    # the owner of the statement
    ("Dana Reyes left on Monday. Later, Reyes's statement said she was tired.", "Dana Reyes"),
    # the last source before that gave out a statement
    ("Dana Reyes said in a statement that she was tired. The statement said more.", "Dana Reyes"),
])
def test_a_statement_attribution_is_its_authors(text, want):
    rows = cited(text)
    assert not [s for s, _, _ in rows if "statement" in s]
    assert want in [s for s, _, _ in rows]


def test_a_possessive_in_the_from_phrase_is_passed_over():
    from newskit.quote_speakers import statement_author

    text = "The statement from Kay’s office said no."
    assert statement_author(text, 4, 13, len(text), ["Jo Lee"], lambda name, pos: name) == "Jo Lee"
    assert statement_author(text, 4, 13, len(text), [], lambda name, pos: name) is None


def test_an_agent_named_by_its_noun_is_the_same_source_in_attributions_and_quotes():
    text = ("Gov. Ann Tulley won on Monday. A spokeswoman for Tulley said she was glad. Rep. Dan Hollis lost. "
            "“It is over,” the spokeswoman said. The spokeswoman added that Tulley would rest.")
    story = nk.story_from_texts({"a": text})
    assert nk.attributions(story).source.tolist()[1:] == ["Ann Tulley's spokeswoman"] * 2
    assert nk.quotes(story).speaker.tolist() == ["Ann Tulley's spokeswoman"]


def test_a_name_after_an_agent_noun_is_that_ones_agent_in_attributions_and_quotes():
    text = "Gov. Ann Tulley won on Monday. “We are glad,” said a spokeswoman for Tulley. “It is over,” the spokeswoman said."
    story = nk.story_from_texts({"a": text})
    assert nk.attributions(story).source.tolist() == ["Ann Tulley's spokeswoman"] * 2
    assert nk.quotes(story).speaker.tolist() == ["Ann Tulley's spokeswoman"] * 2


@pytest.mark.parametrize("text, want", [
    # a full name, a surname the version gives in full, a name after a title or an honorific: the person
    ("Laura Vance of the Harbor Policy Institute said rents rose.", "Laura Vance"),
    ("Laura Vance spoke first. Later, Vance of the Harbor Policy Institute said rents rose.", "Laura Vance"),
    ("Rents rose, said Ms. Pruitt of Lakeview Films.", "Pruitt"),
    ("Professor Dana Reyes of Eastfield University said rents rose.", "Dana Reyes"),
    ("Rents rose, said Laura Vance of a housing charity.", "Laura Vance"),
    # a body's own name with "of" in it stays whole, and so does a surname the version never gives in full
    ("Friends of the Harbor said rents rose.", "Friends of the Harbor"),
    ("Vance of the Harbor Policy Institute said rents rose.", "Vance of the Harbor Policy Institute"),
])
def test_a_person_named_with_a_body_after_of_is_the_person(text, want):
    rows = cited(text)
    assert [s for s, _, _ in rows][-1] == want
    assert rows[-1][1].endswith(("Institute", "Films", "University", "Harbor", "charity"))  # the body: in the mention


def test_a_person_named_with_a_body_after_of_is_one_entity_with_the_surname():
    story = nk.story_from_texts({"a": "Laura Vance of the Harbor Gazette wrote that rents rose. “No,” Vance said.",
                                 "b": "“No,” Laura Vance said."})
    assert set(nk.source_entities(story)["entity"]) == {"Laura Vance"}
    assert nk.quotes(story).speaker.tolist() == ["Laura Vance"] * 2


@pytest.mark.parametrize("text, want", [
    # a participle after the clause of a person named with a place: the person, not the place
    ("At a rally on Monday, Senator Laura Vance of Ohio backed Ms. Diaz, saying she would “win big.”", "Laura Vance"),
    # a hometown written "town, state" after a name: the comma closes no description, the state is no speaker
    ("Dana Reyes of Dover, Delaware says she will “win big.”", "Dana Reyes"),
])
def test_a_place_after_of_is_no_speaker(text, want):
    story = nk.story_from_texts({"a": text})
    assert nk.quotes(story).speaker.tolist() == [want]
    assert want in nk.attributions(story).source.tolist()


@pytest.mark.parametrize("text, want", [
    # a person named with a body or place after "of" as a source read as a person: the name, known given name or not
    ("Zorvan Quell of South Carolina said rents rose.", "Zorvan Quell"),
    ("Rents rose, said Speaker Zorvan Quell of Ohio.", "Zorvan Quell"),
    # words before "of" that end in no name keep the place
    ("The people of Ohio said rents rose.", "people of Ohio"),
])
def test_a_person_read_as_a_source_drops_the_body_after_of(text, want):
    assert [s for s, _, _ in cited(text)] == [want]


def test_a_post_with_of_before_a_name_is_no_body():
    assert cited("Dover County Clerk of Courts Dana Reyes said rents rose.")[0][0].endswith("Dana Reyes")


@pytest.mark.parametrize("text", [
    "At a rally, Senator Laura Vance backed Ms. Diaz, saying she would “win big.”",
    "In Dover, Senator Laura Vance spoke, saying she would “win big.”",
])
def test_the_clause_subject_of_a_participle_cue_is_the_name_without_its_title(text):
    assert nk.quotes(nk.story_from_texts({"a": text})).speaker.tolist() == ["Laura Vance"]


@pytest.mark.parametrize("text, want", [
    # a place written "town, state" reads as the town: the state is no subject
    ("Voters in Columbia, South Carolina say the race is close.", "Voters"),
    ("The mayor of Dover, Delaware says the race is close.", "mayor of Dover"),
    ("Farmers from Ames, Iowa say the race is close.", "Farmers"),
])
def test_the_state_closing_a_town_is_no_source(text, want):
    assert [s for s, _, _ in cited(text)] == [want]


@pytest.mark.parametrize("text, want", [
    ("Omar Petrov ran the ferry for years. According to him, the tolls were always too high.",
     [("Omar Petrov", "him", "according to")]),
    ("According to him, the tolls were always too high.", []),
    ("Let me just say that the tolls were always too high.", []),
    ("The US has charged the ferry firm.", [("US", "US", "charged")]),
    ("Ada Brill and Omar Petrov ran the ferry. According to them, the tolls were too high.", []),
])
def test_an_object_pronoun_as_source_is_read_as_its_subject_form(text, want):
    assert cited(text) == want


def test_a_company_named_for_its_trade_is_no_person_a_pronoun_stands_for():
    text = "Ada Brill had left Harbor Technologies a year before. She wrote in her memoir that the tolls were high."
    assert [(source, cue) for source, _, cue in cited(text)] == [("Ada Brill", "wrote")]


def test_a_description_of_one_sex_names_no_one_of_the_other():
    text = ("Rep. Tom Petrov was charged on Tuesday. His aide said the prosecutors had backed Mary Brill's campaign. "
            "The congressman's lawyers said that Petrov was innocent.")
    assert ("Tom Petrov's lawyers", "said") in [(source, cue) for source, _, cue in cited(text)]


def test_a_described_spokesman_is_not_the_person_cited_last():
    # "the ministry spokesman" speaks for a body: not the doctor cited just before, not another body's spokesman
    text = ("The group's spokesman, Al Roe, spoke by phone. A ministry spokesman in Elmton said the raid was over. "
            "Ivo Marek, a doctor, said ten were hurt. Talks went on, the Elmish ministry spokesman said.")
    table = nk.attributions(nk.story_from_texts({"a": text}))
    assert table["source"].iloc[-1] == "Elmish ministry spokesman"


def test_an_inverted_said_after_a_clause_with_its_own_verb_cites_what_follows():
    # the people named at the start were killed: the ministry said so
    for text, source in [("Two Elmish men, Al Roe and Jo Lee, were also killed, said the ministry.", "ministry"),
                         ("The mother of a boy, Elmish Ann Bell, died in the fire, said Elmland's foreign ministry.",
                          "Elmland's foreign ministry")]:
        assert nk.attributions(nk.story_from_texts({"a": text}))["source"].tolist() == [source]
    # no verb of its own before the cue: the name opening the sentence speaks
    text = "Jo Lee, a retired cook from Elmton, said the ministry."
    assert nk.attributions(nk.story_from_texts({"a": text}))["source"].tolist() == ["Jo Lee"]


def test_the_group_is_the_body_set_beside_that_description():
    # "the group" after "the Elm Haulers Association, an industry group": the association, as source and speaker
    text = ("Trucks carry most goods, according to the Elm Haulers Association, an industry group. "
            "They haul a billion tons a year, the group says. “Without trucks,” the group says, “Elmland stops.”")
    story = nk.story_from_texts({"a": text})
    assert set(nk.attributions(story)["source"]) == {"Elm Haulers Association"}
    assert set(nk.quotes(story)["speaker"]) == {"Elm Haulers Association"}
    # a description the name was not given is no such reference
    other = text.replace("an industry group", "an industry body")
    assert "Elm Haulers Association" not in set(nk.quotes(nk.story_from_texts({"a": other}))["speaker"])


def test_a_body_written_with_where_it_is_based_is_the_body():
    # "Elmton-based Acme" is Acme; "the Elmton-based firm" and "it" after it are Acme too, as source and speaker
    text = ("Elmton-based Acme called the bid its “final offer.” Oak Inc said no. "
            "Elmish regulators said they agreed.\n\n"
            "The Elmton-based firm said it would pay a “large” fee. It also said it would offer a “waiting fee”.")
    story = nk.story_from_texts({"a": text})
    assert set(nk.attributions(story)["source"]) >= {"Acme"}
    assert "Elmton-based firm" not in set(nk.attributions(story)["source"])
    assert list(nk.quotes(story)["speaker"]) == ["Acme", "Acme", "Acme"]


def test_a_description_with_a_who_clause_before_an_aside_is_the_source_not_the_clause():
    story = nk.story_from_texts({"a": "Another witness who owns a cafe nearby, whom Elm TV did not identify, said that "
                                      "it was awful.", "b": "x."})
    assert nk.attributions(story)["source"].tolist() == ["witness"]


def test_a_company_description_is_named_as_its_quotation_speaker_and_the_name_typed_a_body():
    text = ("Elmfax said on Monday it would cut 300 jobs in Dover.\n\nThe cuts follow a weak year. "
            "“We are sorry for the staff,” the company added.")
    rows = _table(text)
    assert rows == [("Elmfax", "official/institution", "said"), ("Elmfax", "official/institution", "added")]
    text = "Orbix launched its rocket on Friday. “The flight went well,” the company said."
    assert _table(text) == [("Orbix", "official/institution", "said")]


def _table(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        table = nk.attributions(nk.story_from_texts({"a": text}))
    return list(zip(table["source"], table["source_type"], table["cue"]))


@pytest.mark.parametrize("text, want", [
    ("A statement by the Elm Ministry said the water was safe.", [("Elm Ministry", "Elm Ministry", "said")]),
    ("A report by the Harbor Board, released on Monday, found that rates rose.",
     [("Harbor Board", "Harbor Board", "found")]),
    ("A letter from the Oak Union warned that the plant would close.", [("Oak Union", "Oak Union", "warned")]),
])
def test_a_text_by_its_maker_as_a_subject_is_one_source_the_maker_cued_by_the_verb(text, want):
    assert cited(text) == want


@pytest.mark.parametrize("text, want", [
    # the documents speak after "according to", whoever obtained them, whatever the case of "the"
    ("Jo Lee met him twice, according to calendars obtained by the Elm Ledger.",
     [("calendars", "according to"), ("Elm Ledger", "obtained by")]),
    ("Jo Lee met him twice, according to calendars obtained by The Elm Ledger.",
     [("calendars", "according to"), ("Elm Ledger", "obtained by")]),
    # a letter's maker cued by the verb after the participle phrase that parts them
    ("A letter from the Elm League obtained by The Elm Ledger warns that the pier will close.",
     [("Elm League", "warns"), ("Elm Ledger", "obtained by")]),
])
def test_what_was_obtained_speaks_not_who_obtained_it(text, want):
    assert sorted((s, c) for s, _, c in cited(text)) == sorted(want)


@pytest.mark.parametrize("text, want", [
    # a body's description by a word of its name: the body, one entity with its initials
    ("The Elm Bureau of Water Safety (EBWS) opened an inquiry. EBWS declined to comment. The bureau said it found "
     "nothing.", ("Elm Bureau of Water Safety", "bureau")),
    ("The Harbor Transit Agency raised fares on Monday. The agency said costs had risen.",
     ("Harbor Transit Agency", "agency")),
    ("The Oak County Department of Parks closed the lake. The department said the water was unsafe.",
     ("Oak County Department of Parks", "department")),
])
def test_a_body_described_by_a_word_of_its_name_is_the_body(text, want):
    assert want in [(s, m) for s, m, _ in cited(text)]


def test_a_body_description_two_named_bodies_fit_stays_as_written():
    text = "Elm University sued Oak University on Monday. The university said the suit had no merit."
    assert ("university", "university") in [(s, m) for s, m, _ in cited(text)]


def test_a_body_description_with_a_word_the_name_lacks_stays_as_written():
    text = "The Elm Police Department closed the road. The fire department said the blaze was out."
    assert ("fire department", "fire department") in [(s, m) for s, m, _ in cited(text)]


def test_the_bureau_and_the_initials_are_one_entity():
    text = ("The Elm Bureau of Water Safety (EBWS) opened an inquiry. EBWS declined to comment. The bureau said it "
            "found nothing.")
    entities = nk.source_entities(nk.story_from_texts({"a": text}))
    assert set(entities["entity"]) == {"Elm Bureau of Water Safety"}


@pytest.mark.parametrize("text, want", [
    # a title written alone in capitals is the role: its one holder, else a description, no name
    ("President Dana Reyes visited the port on Monday. Later the President tweeted that the deal was off.",
     "Dana Reyes"),
    ("The port closed on Monday. Later the President tweeted that the deal was off.", "president"),
])
def test_a_title_alone_is_the_role_not_a_name(text, want):
    assert [s for s, m, _ in cited(text) if m == "President"] == [want]


def test_a_title_alone_is_no_other_bearer_of_the_name_after_it():
    # the text titles "Pope Gregor" and names "Gregor XII", an earlier pope: Gregor, not Gregor XII
    text = "Pope Gregor spoke on Sunday. He cited his predecessor Gregor XII. Later the Pope said the church would act."
    assert [s for s, m, _ in cited(text) if m == "Pope"] == ["Gregor"]


def test_a_party_member_alone_is_no_title():
    text = "President Dana Reyes visited the port. Later the Republican said that the deal was off."
    assert [s for s, m, _ in cited(text) if m == "Republican"] == ["Republican"]


@pytest.mark.parametrize("text, want", [
    ("Dana Reyes and Omar Said met on Friday. The latter said the talks had failed.", ("Omar Said", "latter")),
    ("Dana Reyes debated Omar Said on Friday. The former said the talks had failed.", ("Dana Reyes", "former")),
    # one person named: nobody to tell apart, the words stay
    ("Dana Reyes spoke on Friday. The latter said the talks had failed.", ("latter", "latter")),
])
def test_the_latter_and_the_former_are_the_people_named_before(text, want):
    assert want in [(s, m) for s, m, _ in cited(text)]



def test_the_person_last_named_by_a_family_name_written_first():
    text = "Pak Su-jin spoke. Jo Lee spoke. Then Pak left."
    assert _last_named(text, len(text), ["Pak Su-jin", "Jo Lee"]) == "Pak Su-jin"


@pytest.mark.parametrize("text, want", [
    # a day word capitalised inside a medium's name is a word of that name, not the day of writing
    ("According to Elm Today, the bridge will close.", ("Elm Today", "according to")),
    ("Elm Tonight reported that the bridge will close.", ("Elm Tonight", "reported")),
    ("According to ELM TODAY columnist Ana Reyes, the bridge will close.", ("Ana Reyes", "according to")),
    ("The bridge will close today, Ana Reyes said.", ("Ana Reyes", "said")),
    # "The" opening the sentence before a company's name is not written into the company "the airline" names
    ("The Elmwood Airlines jet landed in Oakdale. Nobody was hurt, the airline said.", ("Elmwood Airlines", "said")),
])
def test_day_words_and_sentence_openers_around_names(text, want):
    assert [(s, c) for s, _, c in cited(text)] == [want]


def test_a_contributor_and_another_role_before_a_name():
    text = "According to Elm Daily contributor and harbor historian Ana Reyes, tolls rose twice."
    assert [(s, c) for s, _, c in cited(text)] == [("Ana Reyes", "according to")]


def test_a_role_word_in_man_does_not_outvote_a_womans_given_name():
    text = ('Mary Cole chairs the club. Recently she announced her plans. Party spokesman Hope Hicks confirmed that '
            'the club was new. "We are not affiliated," she said.')
    assert cited(text)[-1] == ("Hope Hicks", "she", "said")
