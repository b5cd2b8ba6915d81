"""Speakers of quotations near an inverted cue or a description, each on text written here: two roles joined by
"and" before the name that holds them; an inverted cue with an age before its name and a clause with "who" after it;
a statement a company described by a relative clause gave; a quotation after a sentence an inverted cue closes; "his
lawyer" the text names later; he after a sentence a place opens with the name after its verb ("Among the fans was
..."); "the brother" who spoke last; with the neighbours each rule must leave alone."""

import warnings

import newskit as nk
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


def test_two_roles_joined_by_and_before_a_name_are_that_person_s():
    text = ("Elm Foods lost money last year.\n'We are sorry about the loss,' said company chairman and chief "
            "executive Jo Lee.\n'We will do better.'")
    assert spoken(text) == [("Jo Lee", "Jo Lee"), ("Jo Lee", "Jo Lee")]
    # neighbour: "and" before a name alone joins two people, not two roles
    assert spoken("Elm Foods lost money.\n'No,' said the chairman and Jo Lee.")[0][1] != "chairman and Jo Lee"


def test_he_after_an_inverted_cue_with_an_age_and_a_who_clause_is_the_name_after_the_cue():
    text = ("Voters here backed Tom Hale, the prime minister.\n\nIf anything, the country has been too soft, said "
            "23-year-old Ken Oda, who backs Hale's party.\n\n\"Next time, we should answer,\" he said.")
    assert spoken(text) == [("Ken Oda", "he")]


def test_the_statement_a_company_described_by_a_relative_clause_gave_is_the_company_s():
    text = ("Elm Airways said on Friday that thieves took data.\n\nThe company, which flies to Oslo, said in a "
            "statement it learned of the theft in May.\n\n'Thieves used a flaw in a website,' the statement said.")
    assert spoken(text) == [("Elm Airways", "statement")]


def test_a_quotation_after_a_sentence_an_inverted_cue_closes_is_the_name_after_the_cue():
    text = ("Tom Hale spoke first.\n\nWhile pressure was needed toward North Elmland, being too tough could be fatal, "
            "said Mayor Jun Abe. \"If North Elmland does something, we are in range.\"")
    assert spoken(text) == [("Jun Abe", "Jun Abe")]
    # neighbour: a participle after a comma has its object after it, not its subject
    text = "The Elm League issued an advisory in May, claiming Oak Air \"could subject riders to unsafe conditions\"."
    assert spoken(text)[0][0] != "Oak Air"


def test_his_lawyer_is_the_name_the_text_writes_after_the_owner_s_lawyer():
    text = ("A court jailed Al Roe for two years for \"insulting judges,\" his lawyer said.\n\nRoe's lawyer Jo Lee "
            "will appeal.")
    assert spoken(text) == [("Jo Lee", "lawyer")]
    # neighbour: no name written after the owner's lawyer keeps the owner's lawyer
    assert spoken("A court jailed Al Roe for \"insulting judges,\" his lawyer said.") == [("Al Roe's lawyer", "lawyer")]


def test_he_after_a_sentence_a_place_opens_is_the_name_after_its_verb():
    text = ("“We lost,” coach Tom Hale conceded. Among the happy fans was Kevin Dorsey, a lawyer in a red shirt. "
            "“I have waited for years,” he said.")
    assert spoken(text) == [("Tom Hale", "Tom Hale"), ("Kevin Dorsey", "he")]
    # neighbour: a name after the verb's object is no subject
    text = "“We lost,” coach Tom Hale conceded. Among the gifts was a book by Kevin Dorsey. “I waited,” he said."
    assert spoken(text)[1][0] == "Tom Hale"


def test_the_brother_is_the_person_who_spoke_last():
    text = ("Sheriff Jo Lee said the gunman acted alone. “I cannot get into his mind,” Lee said.\nKen Dorsey said he "
            "and his family were “shocked” by the news. The brother told reporters that he knew Mr. Dorsey had guns, "
            "but that Mr. Dorsey did not own rifles.\n“Where did he get those weapons?” the brother said.")
    assert spoken(text)[-1] == ("Ken Dorsey", "brother")
    # neighbour: a woman who spoke last is no brother
    text = "Ann Roe said she was “shocked” by the news.\n“We came early,” the brother said."
    assert spoken(text)[-1] == ("brother", "brother")


def test_he_after_an_inverted_cue_with_a_title_and_an_initial_is_the_name_after_the_cue():
    text = ("The gunman, Omar Saeed Falani, had contact with the group before the attack, said FBI Director Karl A. "
            "Wren.\n\n“The evidence shows years of planning,” he said.")
    assert spoken(text) == [("Karl A. Wren", "he")]


def test_what_it_revealed_is_reported_by_the_tag_closing_the_sentence():
    text = ("The phone was found in May. It revealed that Al Roe was “meticulous” in plotting the raid and had been "
            "sharing “plans and maps” with his friends ahead of it, Mr. Bo Kerr said.")
    assert [s for s, _ in spoken(text)] == ["Bo Kerr", "Bo Kerr"]
    # neighbour: "it" with no tag after it stays the subject
    assert spoken("Acme spoke. It said the plan was “very bad” for the town.")[0][1] == "It"
