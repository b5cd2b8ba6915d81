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

