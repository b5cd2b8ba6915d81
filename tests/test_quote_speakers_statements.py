"""Speakers of bodies' statements and of quotations with no speaker before, each on a sentence written here: a
description of an airline names the airline a sentence before writes, not a modifier before a flight; a leader's words
read from his spokesman's statement are his; a common noun's possessive, where a body is based and a statement it gave
out are no part of its name; a body's cue before a term; a person of a body in a place; inverted cues written with
their platform; a role named next in a paragraph of its own; with the neighbours each rule must leave alone."""

from spoken import spoken


def test_a_description_of_an_airline_names_the_airline_not_a_modifier_before_a_flight():
    text = ("The singer Jo Lee was one of 200 passengers on an Elm Airways flight that left at noon.\n"
            "The Oak-bound flight, EA175, was turned back for one traveller who boarded the wrong plane.\n"
            "“As part of the airline’s safety procedure, the pilot decided to return,” the airline said in a "
            "statement.")
    assert spoken(text)[-1][0] == "Elm Airways"
    # a body opening the sentence before is still what the company is
    text = "Jo Lee called. Then Acme at the time said it was a glitch. “No,” the company said."
    assert spoken(text) == [("Acme", "company")]


def test_a_leader_s_words_read_from_his_spokesman_s_statement_are_his():
    text = ("Elmland’s president Jo Lee spoke on Monday.\nLee called on the rebels “to lay down their arms and "
            "return to the talks,” read a statement by his spokesman.")
    assert spoken(text) == [("Jo Lee", "statement by his spokesman")]
    # the statement of a named spokesman is still read as before
    text = "Jo Lee spoke. “No,” said the statement from Lee’s spokesman, Al Roe."
    assert spoken(text) == [("Al Roe", "statement")]


def test_a_common_noun_s_possessive_is_no_part_of_a_body_name():
    text = ("Elmland’s ferries are late.\nThe first boat left “at around 07:06 am” according to the country’s "
            "Elm-Alert system.")
    assert spoken(text) == [("Elm-Alert system", "Elm-Alert system")]
    assert spoken("“We will stay,” the firm’s Jo Lee said.") == [("Jo Lee", "Jo Lee")]


def test_it_is_the_body_named_after_where_it_is_based():
    text = ("The Elmton-based Tide Research Corporation, a group that studies tides, said the wall would hold, "
            "according to a post on its website.\n“Although not declared officially, it is thought that the wall is "
            "sound,” it said.")
    assert spoken(text) == [("Tide Research Corporation", "it")]
    # a description after where it is based is still the name the text gives with the same words
    text = ("Elmton-based Acme Corp bid. Oak Inc said no. The Elmton-based firm said it would wait.\n"
            "“We wait,” it said.")
    assert spoken(text) == [("Acme Corp", "it")]


def test_they_after_a_statement_from_a_body_is_the_body():
    text = ("Elmland fired a rocket, and furious islanders vowed a “firm” reply.\nNow in a defiant statement from "
            "Elmland, they boasted their parade was met with “awe”, not anger.")
    assert spoken(text)[-1] == ("Elmland", "they")


def test_a_body_with_a_cue_of_its_own_before_a_term_speaks_it():
    text = "Elmland has long threatened to hit the isles with missiles bringing “rolling thunder”."
    assert spoken(text) == [("Elmland", "Elmland")]
    # a threat that is no words, and a term after no cue, have no speaker
    assert spoken("Elmland has long threatened the isles with missiles bringing “rolling thunder”.") == [("", "")]
    assert spoken("Acme sells phones it calls “smart” to teens.") == [("", "")]
    assert spoken("Along with other claims to names, including “.elm”, the issue is open.") == [("", "")]


def test_a_person_of_a_body_is_named_before_the_place_of_the_body():
    text = "Rabbi Jo Lee of the Elm Temple in Elmton said in a statement: “We will stay open to all.”"
    assert spoken(text)[0][0] == "Rabbi Jo Lee"
    text = "Talks ended. A spokesman for the Elm Temple in Elmton said: “We will stay open to all.”"
    assert spoken(text)[0][0] == "spokesman for the Elm Temple"  # as without the place
    # people in a place are still people there
    assert spoken("Officials in Elmton said: “We will stay.”")[0][0] == "Officials in Elmton"


def test_a_role_word_inside_a_body_name_is_no_title():
    text = "The harbor was shut after the Elmland Harbor Pilot Inspection Office said the wall had “cracked badly.”"
    assert spoken(text) == [("Elmland Harbor Pilot Inspection Office", "Elmland Harbor Pilot Inspection Office")]
    assert spoken("Talks ended. “We agree,” Press Secretary Jo Lee said.") == [("Jo Lee", "Jo Lee")]


def test_an_inverted_cue_written_with_its_platform_has_the_name_after_it():
    text = ("A storm hit Elmton on Friday.\n“Dear residents, stay at home. More to come,” wrote on Twitter Jo Lee, "
            "mayor of Elmton.\nThe port closed.")
    assert spoken(text) == [("Jo Lee", "Jo Lee")]


def test_a_role_after_an_owner_of_two_words_is_the_one_the_next_paragraph_names():
    text = ("The port shut on Monday.\nNorth Elmland’s president has said the country can destroy its foe “beyond "
            "repair.”\nIvo Marek also said talks were “impossible now”, the Elm news agency reported.")
    assert [speaker for speaker, _ in spoken(text)] == ["Ivo Marek", "Ivo Marek"]
    # a bare role stays a role, and so does an owner's role when the next paragraph's name does not "also" speak
    text = "The port shut.\nThe official said it was “beyond repair.”\nIvo Marek also said talks were “over”."
    assert spoken(text)[0][0] != "Ivo Marek"
    text = "The port shut.\nNorth Elmland’s president said it was “beyond repair.”\nIvo Marek said talks were “over”."
    assert spoken(text)[0][0] != "Ivo Marek"


def test_a_disclaimer_by_a_body_described_by_a_relative_clause_speaks_for_the_body():
    text = ("Jo Lee ran the fund for years. A disclaimer by the Elm Bureau, which coordinated the inquiry, states "
            "that “the records do not prove any wrongdoing by anyone named.”")
    assert spoken(text) == [("Elm Bureau", "Elm Bureau")]
    # a statement's author set off by the same clause speaks for it too
    text = ("Jo Lee ran the fund. A statement by the Elm Bureau, which led the inquiry, said “the records are "
            "complete and sound.”")
    assert spoken(text) == [("Elm Bureau", "Elm Bureau")]


def test_a_statement_opening_the_clause_of_its_giver_speaks_for_the_giver():
    text = ("In a new statement to The Ledger, Al Roe acknowledged three of the meetings. He did not say which.\n"
            "“The claims are untrue,” the statement reads.")
    assert spoken(text) == [("Al Roe", "statement")]
    text = ("In a statement Monday confirming the sale, the Elm Board sought to reassure the public.\n"
            "“We are making progress,” the statement said.")
    assert spoken(text) == [("Elm Board", "statement")]
    # a statement nobody is said to have given stays the statement's
    assert spoken("Al Roe left. “The claims are untrue,” the statement said.")[0][1] == "statement"


def test_he_after_a_man_named_with_les_stands_for_him():
    text = ("The head of Elm, Les Roe, has resigned. Jo Lee will serve as chief. Mr Roe issued a statement on "
            "Sunday. How has Mr Roe responded? The Ledger quoted a statement in which he says: “The claims are "
            "untrue.”")
    assert spoken(text) == [("Les Roe", "he")]


def test_words_a_man_heard_others_say_reach_the_text_through_him():
    text = "Al Roe, who was upset, said he had heard the students saying “build that wall”."
    assert spoken(text)[0][0] == "Al Roe"
    assert spoken("Al Roe, who was upset, said the students were saying “build that wall”.")[0][0] != "Al Roe"
