"""Speakers of a body's words, each on a sentence written here: a question word opening a heading is no part of the
body's name after it ("Why North Elmland wants ships"); the capitalised words before an account noun ("the official
Elmair Twitter account") name its owner and platform, no person, so "the airline" can still name the airline a
sentence before has as its subject; with the neighbours each rule must leave alone."""

from spoken import spoken


def test_a_question_word_opening_a_heading_is_no_part_of_a_body_name():
    text = ("North Elmland fired a rocket.\n\nWhy North Elmland wants ships North Elmland has long said it needs them."
            "\n\nNorth Elmland answered the vote by threatening to “sink” the fleet.")
    assert [speaker for speaker, _ in spoken(text)] == ["North Elmland"]


def test_an_account_names_its_owner_and_platform_no_person():
    text = ("A girl was barred from a flight.\nThe official Elmair Twitter account said the airline has “the right to "
            "refuse” passengers.\nIn a statement on Monday, Elmair did not apologize for its code. They explained "
            "the rule.\n“Your leggings are welcome,” the airline said.")
    assert [speaker for speaker, _ in spoken(text)][-1] == "Elmair"
    # a person's name before the account is still a name
    assert spoken("Jo Lee spoke. “We won,” Jo Lee said on her account.") == [("Jo Lee", "Jo Lee")]



def test_a_run_before_a_model_number_names_a_product_not_a_longer_name_of_its_maker():
    text = ("Elmspace builds rockets. Three Elmspace Kite 9 rockets are strapped together.\n“The cores will land at "
            "the pad,” Elmspace confirmed.\n“The core will land on the ship,” the company added.")
    assert spoken(text) == [("Elmspace", "Elmspace"), ("Elmspace", "company")]
    # a share after a name whose words are never written alone, and a day's number after a month, leave the name
    text = "Jo Lee took 57 percent to law professor Tim Canova’s 43 percent.\n“We lost,” Canova said."
    assert spoken(text) == [("Tim Canova", "Canova")]
    assert spoken("“No,” said Jo Lee May 3 in a statement.") == [("Jo Lee", "Jo Lee")]


def test_the_agent_of_a_naming_participle_speaks_the_label_quoted_after_as():
    text = "Elmspace built a rocket. The rocket, billed by the company as “the most powerful rocket by far,” can fly."
    assert spoken(text) == [("Elmspace", "company")]
    text = "Jo Lee saw the plan. The plan, described by Jo Lee as “a folly from the start,” failed."
    assert spoken(text) == [("Jo Lee", "Jo Lee")]


def test_a_role_word_before_a_body_word_alone_is_the_body_s_name_not_a_title():
    text = "Talks ended. “We agree,” the Elmish Foreign Ministry said in a statement on Tuesday."
    assert spoken(text) == [("Elmish Foreign Ministry", "Elmish Foreign Ministry")]
    # a role before a name is still a title
    assert spoken("Talks ended. “We agree,” Foreign Minister Jo Lee said.") == [("Jo Lee", "Jo Lee")]


def test_a_name_written_after_a_company_noun_is_the_company_the_firm_names():
    text = ("Banks lean on scores from credit company Elmfax. Lenders use them.\nThe firm said a file was stolen.\n"
            "It added: “We will write to 9,000 people.”")
    assert spoken(text) == [("Elmfax", "It")]
    text = "Banks lean on scores from credit company Elmfax. Lenders use them.\n“We are sorry,” the firm said."
    assert spoken(text) == [("Elmfax", "firm")]
    # no company introduced so: the description stays
    assert spoken("Lenders use scores.\n“We are sorry,” the firm said.") == [("firm", "firm")]


def test_the_one_a_verb_of_naming_gives_the_name_speaks_the_term():
    text = "Jo Lee showed photos of the doll, which he dubbed “Tin Man” after a song, on his page."
    assert spoken(text) == [("Jo Lee", "he")]
    text = "The moon will rise tonight. Dubbed a “Wolf Moon” by the Elm Space Agency, it is the first of three."
    assert spoken(text) == [("Elm Space Agency", "Elm Space Agency")]
    # a term with no verb of naming before it keeps no speaker
    assert spoken("The moon will rise tonight. A “Wolf Moon” is the first of three.") == [("", "")]


def test_the_one_describing_an_object_as_a_term_speaks_the_term():
    text = "Elm Air published a report. The Elm Ministry dismissed the report as “pure fiction” on Monday."
    assert spoken(text) == [("Elm Ministry", "Elm Ministry")]
    text = "The talks in Elmton were described by the two rival powers as a “good start”. More are planned."
    assert spoken(text) == [("two rival powers", "two rival powers")]
    # no verb of describing before "as": no speaker
    assert spoken("The talks in Elmton ended early, as a “good start” was enough. More are planned.") == [("", "")]


def test_the_group_names_a_body_of_its_paragraph_or_the_one_before():
    text = ("The Elm Teachers Association wants the league to punish the players. The group calls the acts “rude, "
            "crude and wrong.”\n\n“Five of the Lions came out with their arms raised,” the group explained.")
    assert [speaker for speaker, _ in spoken(text)] == ["Elm Teachers Association"] * 2
    # a body named three paragraphs up is too far for "the group"
    text = ("The Elm Teachers Union went on strike.\n\nSchools shut.\n\nMost parents stayed home.\n\nYoung Elm Poets "
            "runs classes.\n\n“Young people will see the power of their voices,” the group said.")
    assert [speaker for speaker, _ in spoken(text)] == ["group"]


def test_a_plural_possessive_and_a_place_abbreviation_stay_in_a_body_name():
    text = "The St. Elm Police Officers' Association said it was \"deeply upset\" by the vote."
    assert spoken(text) == [("St. Elm Police Officers' Association", "St. Elm Police Officers' Association")]
    assert spoken("“We will not stand for it at all,” said Former St. Elm County Police Chief Tim Fitch.") == [
        ("Tim Fitch", "Tim Fitch")]


def test_a_spokesperson_speaks_for_the_company_by_its_full_name():
    text = ("All Elm Airways Flight 7 turned back.\nA spokesperson for All Elm told reporters the crew made the "
            "“correct decision” to turn around.")
    assert [speaker for speaker, _ in spoken(text)] == ["All Elm Airways"]
