"""Speakers' full names, each on text written here: a surname that stands for a name with a generational suffix, a
surname whose full name is written only in the title of a show named for its host, a given name sharing the surname
of the full name after "and" ("Tracy and Brent Stark"), a platform someone posts on ("a user on X"), which is no
speaker, a surname after a hyphenated adjective ("soft-spoken Lee"), a stretch of time before a group ("for decades
some critics"), which is no part of the source, a role owned by a place ("Elmland's foreign minister"), which names
the one holder of that role the text names with that place, a title written short or a council role before a name
("Pfc.", "Amb.", "Cllr", "Councilman") or a compound one ("Secretary-General"), no part of it, a middle initial
without its full stop ("Howard B Fonda") and a given name broken after its hyphen ("Jean- Pierre"), part of it, and
"and" inside a name ("Ministry of Arts and Culture"), a full name a headline or caption writes for a surname the body
writes alone; with the neighbours each rule must leave alone."""

import warnings

import pytest

import newskit as nk
from cited import cited
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    # a surname alone stands for the name written with its suffix, which is no surname
    ("The pastor Ray Elmore III spoke first. “We stand together,” Elmore said.", [("Ray Elmore III", "Elmore")]),
    ("Dan Pruitt Jr. runs the shop. “Sales are down,” Pruitt said.", [("Dan Pruitt Jr", "Pruitt")]),
    # father and son: the surname names the name they share, neither one's suffix
    ("Ray Elmore III led the prayer. His father, the Rev. Ray Elmore Jr., sat nearby. In his sermon, Elmore said "
     "“this town loves him.”", [("Ray Elmore", "Elmore")]),
    # the son written with his suffix is the son
    ("Ray Elmore III led the prayer. His father, the Rev. Ray Elmore Jr., sat nearby. “We pray,” Elmore Jr. "
     "said.", [("Ray Elmore Jr", "Elmore Jr.")]),
    # a host named in full only by the title of a show: the host's full name, never the show's
    ("Appearing on “The Dana Whitfield Show” on Monday, Ray Holt spoke. “Is it over?” Whitfield asked. “No,” "
     "Holt said.", [("", ""), ("Dana Whitfield", "Whitfield"), ("Ray Holt", "Holt")]),
    # a show named for no one gives no name
    ("On “The Late Show” on Monday, Ray Holt spoke. “No,” Holt said.", [("", ""), ("Ray Holt", "Holt")]),
    # a platform after a poster and "on": where the poster writes, not the speaker
    ("The show drew complaints. “This was tasteless,” a user on X wrote.", [("user", "user")]),
    ("The show drew complaints. A commenter on Reddit wrote: “This was tasteless.”", [("commenter", "commenter")]),
    ("“You should rest,” wrote one commenter on the popular exercise forum T-Elm.", [("commenter", "commenter")]),
    # a medium after "on" and a noun no poster's is still the speaker, as before
    ("The show drew complaints. “This was tasteless,” the anchor on Elm News said.", [("Elm News", "Elm News")]),
    # a given name before "and" and a full name shares its surname: the one a description of her stands for
    ("Tracy and Brent Stark thanked the crowd. “It's hard,” the weeping mother told the crowd.",
     [("Tracy Stark", "weeping mother")]),
    ("The vigil was held.Tracy and Brent Stark thanked the crowd. “We are lost,” Tracy Stark said.",
     [("Tracy Stark", "Tracy Stark")]),
    # not a full name before "and": no surname shared
    ("Jo Lee and Brent Stark thanked the crowd. “We are lost,” Lee said.", [("Jo Lee", "Lee")]),
    # a surname after a hyphenated adjective in lower case: the surname's full name
    ("Ray Holt spoke. “We did not discuss that,” warm-and-fuzzy Holt said.", [("Ray Holt", "Holt")]),
    # a hyphenated adjective before a group is still the group's
    ("Ray Holt spoke. “No,” an anti-Holt group said.", [("anti-Holt group", "anti-Holt group")]),
])
def test_full_names(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("For decades some critics have said the plan was a scam.", [("critics", "said")]),
    ("Two decades ago some critics said the plan was a scam.", [("critics", "said")]),
    ("For years many economists have argued that the tax was a disaster.", [("economists", "argued")]),
])
def test_a_stretch_of_time_before_a_group_is_no_part_of_the_source(text, expected):
    assert cited(text) == expected


def test_a_quoted_group_after_a_stretch_of_time():
    assert spoken("For decades some critics have said the plan was “a scam.”") == [("some critics", "some critics")]



@pytest.mark.parametrize("text, expected", [
    # the one minister named with the place that owns the role, named before or after
    ("Elmland's foreign minister drove the point home, saying results need the “fundamental reasons” resolved.\n"
     "Elmlandian Foreign Minister Ivo Marek restated it. “Not the others,” Marek said.",
     [("Ivo Marek", "Elmland's foreign minister"), ("Ivo Marek", "Marek")]),
    ("Elmland's Foreign Minister Ivo Marek spoke. Elmland's foreign minister said the “fundamental reasons” must go.",
     [("Ivo Marek", "Elmland's foreign minister")]),
    # a minister of another place is not the one meant
    ("Elmlandian Foreign Minister Ivo Marek spoke. Elmia's foreign minister said the “fundamental reasons” must go.",
     [("Elmia's foreign minister", "Elmia's foreign minister")]),
    # no one named with the role and a place: the one president named is the place's, its name one word or more
    ("“We grieve,” President Ivo Marek said. “The crews are at work,” New Elmland's president said.",
     [("Ivo Marek", "Ivo Marek"), ("Ivo Marek", "New Elmland's president")]),
])
def test_a_role_owned_by_a_place(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("“We are ready,” said Pfc. Ray Holt.", [("Ray Holt", "Ray Holt")]),
    ("“We are ready,” said Amb. Ray Holt.", [("Ray Holt", "Ray Holt")]),
    ("Cllr Ray Holt spoke. “We are ready,” Holt said.", [("Ray Holt", "Holt")]),
    ("Councilman Ray Holt spoke. “We are ready,” Holt said.", [("Ray Holt", "Holt")]),
    ("“We are ready,” City Councilmember Ray Holt said.", [("Ray Holt", "Ray Holt")]),
    ("Amb. Ray Holt spoke. “We are ready,” the ambassador said.", [("Ray Holt", "ambassador")]),
    # a member of a parliament's title and an occupation opening the sentence before the name
    ("“We are ready,” MK Dana Holt said.", [("Dana Holt", "Dana Holt")]),
    ("Model Dana Holt was aboard. “Why did we turn back?” she wrote.", [("Dana Holt", "she")]),
    # the titles that were known already
    ("Lt. Gen. Ray Holt spoke. “We are ready,” Holt said.", [("Ray Holt", "Holt")]),
    ("Lt Gen Ray Holt spoke. “We are ready,” Holt said.", [("Ray Holt", "Holt")]),
    # a role written as a hyphenated compound
    ("Elmland Secretary-General Ray Holt called it a “grave moment” on Monday.", [("Ray Holt", "Ray Holt")]),
    ("“We are ready,” said Director-General Ray Holt.", [("Ray Holt", "Ray Holt")]),
    # a hyphenated surname stays whole
    ("“We are ready,” said Ray Baker-Holt.", [("Ray Baker-Holt", "Ray Baker-Holt")]),
])
def test_a_title_before_a_name_is_no_part_of_it(text, expected):
    assert spoken(text) == expected


def test_a_hyphenated_adjective_before_a_body_makes_no_source_of_it():
    assert cited("Jo Lee at the now-defunct Elm Review wrote recently that the plan failed.") == [("Jo Lee", "wrote")]


@pytest.mark.parametrize("text, expected", [
    # a full name written only in the headline stands for the surname after a title in the body
    ("Marta Okafor wins backing of unions\n\nThe unions met on Monday in Dayton to settle the vote.\n\n“We are "
     "ready,” Ms. Okafor said.", [("Marta Okafor", "Okafor")]),
    # a capitalised word that is no title before the surname still makes another name
    ("Marta Okafor wins backing of unions\n\nThe unions met on Monday in Dayton to settle the vote.\n\n“We are "
     "ready,” Dayton Okafor said.", [("Dayton Okafor", "Dayton Okafor")]),
])
def test_headline_full_name_for_a_titled_surname(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a full name written only in a caption stands for the surname the body writes alone
    ("Okafor presses unions for a deal\nLabour leader Marta Okafor speaks at a rally in Dayton on May 2. (AP Photo)\n"
     "The unions met on Monday in Dayton to settle the vote.\nOkafor said the talks would go on.\n“We are ready,” "
     "Okafor said.\n", [("Marta Okafor", "Okafor")]),
    # not when the body names someone else of that surname in full
    ("Okafor presses unions for a deal\nLabour leader Marta Okafor speaks at a rally in Dayton on May 2. (AP Photo)\n"
     "The unions met on Monday in Dayton to settle the vote. Her brother Al Okafor joined them.\n“We are ready,” "
     "Okafor said.\n", [("Al Okafor", "Okafor")]),
])
def test_caption_full_name_for_a_surname(text, expected):
    assert spoken(text) == expected


def test_headline_in_sentence_case_names_anywhere_in_it():
    text = ("Unions back Marta Okafor\n\nThe unions met on Monday in Dayton to settle the vote.\n\n“We are ready,” Sen. "
            "Okafor said.")
    assert spoken(text) == [("Marta Okafor", "Okafor")]


def test_a_name_described_as_a_company_is_no_person_though_it_speaks():
    # "Elm Lee, the ... company," makes no person of Elm Lee: "It" later is the company, not "It"
    text = ("Elm Lee, the 90-year-old camera company, is warning investors.\n\n“These conditions raise doubt,” Lee said "
            "in a filing.\n\nLee aims to raise cash by ceasing payments. It also said that tariffs will have no "
            "“material impacts” on its business.\n\nHow Lee went from film to drugs\n")
    assert spoken(text) == [("Lee", "Lee"), ("Lee", "It")]


def test_a_name_described_by_a_role_at_a_company_stays_a_person():
    text = "Jo Lee, the head of the company, spoke on Monday. “We are ready,” Lee said."
    assert spoken(text) == [("Jo Lee", "Lee")]


@pytest.mark.parametrize("text, expected", [
    # a middle initial without a full stop: the surname is the full name's
    ("The head of the panel, Walter K Brandt, opposed the plan early. Brandt told a reporter: “It is a bad idea.”",
     [("Walter K Brandt", "Brandt")]),
    # a capital letter before a surname after no given name is no middle initial
    ("The council adopted Plan B Brandt after a vote. Brandt told a reporter: “It is a bad idea.”",
     [("Brandt", "Brandt")]),
    # a given name written with a space after its hyphen
    ("“The club is full,” said Anne- Marie Dutour, 41. Dutour runs it alone. “We need help,” she says.",
     [("Anne- Marie Dutour", "Anne- Marie Dutour"), ("Anne- Marie Dutour", "she")]),
])
def test_surname_resolves_to_the_full_name(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and" between the two halves of a ministry's portfolio
    ("“Selling place names is wrong,” the Elmland Ministry of Arts and Culture said on Monday.",
     [("Elmland Ministry of Arts and Culture", "Elmland Ministry of Arts and Culture")]),
    # a title opened by "The" inside the sentence
    ("An editorial in The Elm and Oak states that voters “can wait for the count”.",
     [("Elm and Oak", "Elm and Oak")]),
    # two people, the second named after "and": the one next to the cue
    ("The Office of Fair Trading and Jo Lee said the deal was “a fair one”.", [("Jo Lee", "Jo Lee")]),
    # a country's abbreviation before the first half of an agency's name
    ("The ruling came on Monday.\n\nUS Customs and Elm Protection wrote back, adding: “Both bars are taxed.”",
     [("US Customs and Elm Protection", "US Customs and Elm Protection")]),
    ("US Customs and Jo Lee said the deal was “a fair one”.", [("Jo Lee", "Jo Lee")]),
    # a field after "for", and two words of it before "and"
    ("“The wells are dry,” the Institute for Elm Study and Oak Policy said.",
     [("Institute for Elm Study and Oak Policy", "Institute for Elm Study and Oak Policy")]),
    ("“The wells are dry,” the Centers for Elm Control and Prevention said.",
     [("Centers for Elm Control and Prevention", "Centers for Elm Control and Prevention")]),
    # a body's head noun closing the name: "and" joins its fields; not after a place or a person's name
    ("“The wells are dry,” the Elm and Oak Administration said.",
     [("Elm and Oak Administration", "Elm and Oak Administration")]),
    ("“The wells are dry,” Elmland and Oak Commission said.", [("Oak Commission", "Oak Commission")]),
    ("“The wells are dry,” Jo Lee and Oak Council said.", [("Oak Council", "Oak Council")]),
])
def test_and_inside_a_name_carries_the_subject_on(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the speaker called by the two words a longer name opened with, one surname more: that name
    ("Ana Ruth Kell, a student, was found in May.\n\nAna Ruth told reporters that she was held for two years.\n\n"
     "“I am not happy here,” Ruth said.", [("Ana Ruth Kell", "Ruth")]),
    # an institution's word after the name makes no surname
    ("Jo Lee Center opened in May.\n\nJo Lee founded it.\n\n“We are happy here,” Lee said.", [("Jo Lee", "Lee")]),
])
def test_a_name_written_once_with_one_more_surname_is_the_fullest(text, expected):
    assert spoken(text) == expected
