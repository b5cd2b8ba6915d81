"""Short forms of the names a version gives: a family name written first ("Ryu Seong Ho" ... "Ryu"), a given name
used alone, and the neighbours that must stay apart (two names opening with the word, a surname ending another)."""

from newskit.quote_speakers import _Version
from newskit.speakers import first_word_names
from spoken import spoken


def test_first_word_names_maps_a_word_opening_one_name_and_ending_none():
    assert first_word_names(["Ryu Seong Ho", "Tan Meilin"]) == {"Ryu": "Ryu Seong Ho", "Tan": "Tan Meilin"}
    assert first_word_names(["Ryu Seong Ho", "Ryu Mi Na"]) == {}  # two names open with it
    assert first_word_names(["Ryu Seong Ho", "Ann Ryu"]) == {"Ann": "Ann Ryu"}  # "Ryu" ends a name: a surname


def test_family_name_written_first_is_a_short_form_of_the_version():
    v = _Version("a", "", [], [], [], [], [], ["Ryu Seong Ho", "Jo Lee", "Jo Bell"], set(), {}, None, None, None, {},
                 None, [], [])
    assert v.surnames == {"Ho", "Lee", "Bell", "Ryu"}  # "Jo" opens two names


def test_a_preposition_opening_a_sentence_before_a_participle_is_no_speaker():
    text = ("Al Roe met Bo Lee. Despite asking for his exit over the plan, though, Lee “has decided that Roe keep his "
            "badge,” the pin that marks him as a guard, Ann Kerr said.")
    assert spoken(text)[0][0] == "Ann Kerr"


def test_he_is_no_page_someone_posts_from():
    text = ("Dr. Al Roe, 33, is from Ohio.\n\nAccording to his Facebook page, he left for Peru in May.\n\n"
            "“Off to Lima with friends,” he wrote.")
    assert spoken(text) == [("Al Roe", "he")]


def test_they_after_two_people_joined_by_and_opening_the_sentence_is_both():
    text = "Al Roe met Jo Lee.\n\nMr. Roe and Attorney General Jo Lee spoke, but they said it was “vital”."
    assert spoken(text) == [("Al Roe and Jo Lee", "they")]
    # neighbour: one person opening the sentence is no pair
    assert spoken("Al Roe met Jo Lee.\n\nMr. Roe spoke, but they said it was “vital”.")[0][0] != "Al Roe and Jo Lee"


def test_a_surname_led_by_particles_keeps_them():
    text = "The board met on Monday in Elmtown.\n\n“We stand with the growers,” von der Hoeven wrote on a website."
    assert spoken(text) == [("von der Hoeven", "von der Hoeven")]
    # neighbour: the particles inside a full name stay there
    assert spoken("“We stand with the growers,” Anna van Dijk said.") == [("Anna van Dijk", "Anna van Dijk")]


def test_a_surname_led_by_particles_is_found_written_after_the_full_name():
    text = ("“Food is cheap,” says Robert van Hoeven, head of the Elm programme.\n\nThe whole issue is large, says van "
            "Hoeven.\n\nThe town is singled out by van Hoeven as “one of the great successes” in the region.")
    assert spoken(text)[1] == ("Robert van Hoeven", "van Hoeven")


def test_a_surname_led_by_particles_no_fuller_name_holds_is_the_last_words_name():
    text = "Annvan Dijk, head of the Elm board, spoke on Monday.\n\n“We are ready,” van Dijk said."
    assert spoken(text) == [("Annvan Dijk", "van Dijk")]  # a typo joins the given name and the particle


def test_a_role_acronym_after_a_name_is_none_of_the_speaker():
    text = "The rules changed in May.\n\nJo Bell CEO of the Elm Grocers Agency said: “We are glad of it and say so.”"
    assert spoken(text) == [("Jo Bell", "Jo Bell")]
    assert spoken(text.replace("CEO of the Elm Grocers Agency", "MP")) == [("Jo Bell", "Jo Bell")]
    assert spoken(text.replace("Jo Bell", "Tavor Quist")) == [("Tavor Quist", "Tavor Quist")]  # a rare given name


def test_a_hyphenated_title_is_no_part_of_the_name():
    assert spoken("“We will win this fight,” said US Vice-President Jo Lee.") == [("Jo Lee", "Jo Lee")]

