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
