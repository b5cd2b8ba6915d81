"""One entity per source across the versions of a story (issue 10, item 3): name forms resolved,
people sharing a surname kept apart, credits kept apart from sources, comparisons on entities."""

import warnings
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import newskit as nk
from newskit.summary import findings
from newskit.cues import publication_names
from newskit.entities import ROLES, defined_aliases, name_key, resolve_names, transliterations

warnings.simplefilter("ignore", nk.NewskitWarning)


def _entities(story, role="source"):
    table = nk.source_entities(story)
    table = table[table["role"] == role]
    return {form: entity for form, entity in zip(table["form"], table["entity"])}


def test_full_name_and_surname_are_one_source():
    story = nk.story_from_texts({
        "a": "Donald Trump met Vladimir Putin. Donald Trump said the talks went well.",
        "b": "The talks went well, Trump said. Putin agreed.",
    })
    assert _entities(story)["Trump"] == "Donald Trump"
    sources = nk.compare_sources(story)
    trump = sources[sources["source"] == "Donald Trump"]
    assert trump["kind"].tolist() == ["in all versions"] * 2
    assert trump["forms"].tolist() == ["Donald Trump", "Trump"]
    found = findings(story, resamples=20)
    cited = found[found["topic"].isin(["source", "credit"])]
    assert not cited["text"].str.contains("Trump").any(), cited["text"].tolist()


def test_people_sharing_a_surname_stay_apart():
    story = nk.story_from_texts({
        "a": "Liz Cheney said she opposed it. Mary Cheney wrote that her sister was wrong.",
        "b": "Mary Cheney wrote that her sister was wrong. Cheney said nothing more.",
    })
    entities = _entities(story)
    assert entities["Liz Cheney"] == "Liz Cheney" and entities["Mary Cheney"] == "Mary Cheney"
    assert entities.get("Cheney", "Cheney") == "Cheney"


def test_a_surname_joins_the_one_person_of_that_name_cited_as_a_source():
    story = nk.story_from_texts({
        "a": "Sam Roe and his wife, Ada Roe, were charged on Monday. Sam Roe said he would fight the charges.",
        "b": "Sam Roe was charged with his wife, Ada Roe, on Monday. Roe said he would fight the charges.",
    })
    assert _entities(story)["Roe"] == "Sam Roe"


def test_agency_case_spacing_and_abbreviations():
    story = nk.story_from_texts({
        "a": "The Associated Press reported the deal. U.S. intelligence agencies said Russia meddled.",
        "b": "AP reported the deal. US intelligence  agencies said Russia meddled.",
    })
    entities = _entities(story)
    assert entities["Associated Press"] == entities["AP"] == "AP"
    assert len({entities[f] for f in entities if "intelligence" in f}) == 1
    assert (nk.compare_sources(story)["kind"] == "in all versions").all()


def test_credits_are_credits_not_sources():
    story = nk.story_from_texts({
        "a": "By JANE ROE\n\nPolice said the road was shut.\n\n(Reporting by Jo Doe; Editing by Al Poe)",
        "b": "By Jane Roe\n\nPolice said the road was shut.",
    })
    sources = nk.compare_sources(story)
    assert set(sources.loc[sources["role"] == "credit", "source"]) >= {"Jo Doe", "Al Poe"}
    assert set(sources.loc[sources["role"] == "source", "source"]) == {"Police"}
    found = findings(story, resamples=20)
    assert set(found.loc[found["text"].str.contains("Doe"), "topic"]) == {"credit"}
    assert not found["text"].str.contains("Roe").any()  # one byline in two cases is one credit


def test_the_data_dictionary_names_every_role():
    table = (Path(__file__).resolve().parents[1] / "data" / "README.md").read_text(encoding="utf-8")
    row = next(line for line in table.splitlines() if line.startswith("| `entity`, `form`, `role` |"))
    assert all(f"`{role}`" in row for role in ROLES)


def test_speaker_written_two_ways_is_no_speaker_change():
    story = nk.story_from_texts({
        "a": "Donald Trump spoke on Monday. “We get along well,” Donald Trump said.",
        "b": "Trump spoke on Monday. “We get along well,” Trump said.",
    })
    compared = nk.compare_quotes(story)
    assert compared["kind"].tolist() == ["identical"]


def test_a_title_written_alone_joins_the_one_person_another_version_titles_so():
    story = nk.story_from_texts({
        "a": "“We will win,” the president said on Monday. Jo Lee said later that the vote was close.",
        "b": "President Jo Lee spoke on Monday. “We will win,” Lee said.",
    })
    assert _entities(story)["president"] == "Jo Lee"
    assert nk.compare_quotes(story)["kind"].tolist() == ["identical"]
    b = "President Jo Lee spoke on Monday. “We will win soon,” Lee said."
    found = findings(nk.story_from_texts({"a": story.versions[0].raw, "b": b}), resamples=20)
    quoted = [t for t in found["text"] if t.startswith("Quotation")]
    assert quoted == ["Quotation extended (Jo Lee): We will win {+soon+} ,"]  # by its entity's name, not "president"
    alone = nk.story_from_texts({"a": story.versions[0].raw, "b": "Jo Lee spoke on Monday. “We will win,” Lee said."})
    assert _entities(alone)["president"] == "president"  # no version titles anyone so: a description, no name


def test_a_role_written_for_a_quotations_named_speaker_is_that_source():
    a = ("Sen. Jo Lee and Sen. Al Roe met on Monday.\n\n“We have the votes,” said Sen. Jo Lee, a Republican.\n\n"
         "“This bill secures the border,” the senator said.")
    story = nk.story_from_texts({"a": a, "b": "Jo Lee spoke."})
    assert ("senator", "senator") in zip(nk.attributions(story)["source"], nk.attributions(story)["mention"])
    assert _entities(story)["senator"] == "Jo Lee"


def test_a_different_speaker_is_still_reported():
    story = nk.story_from_texts({
        "a": "“We get along well,” Donald Trump said.",
        "b": "“We get along well,” Vladimir Putin said.",
    })
    assert nk.compare_quotes(story)["kind"].tolist() == ["speaker changed"]


def test_a_document_for_a_speaker_stands_for_whoever_issued_it_not_for_another_speaker():
    from newskit.comparison import same_speaker
    assert same_speaker("Jo Lee", "letter", {}) and same_speaker("news release", "Elm Zoo", {})
    assert not same_speaker("Jo Lee", "Elm Post", {}) and not same_speaker("Jo Lee", "Sam Park", {})


def test_cue_changes_compare_entities():
    story = nk.story_from_texts({"a": "Donald Trump said the road was shut. Donald Trump left.",
                                 "b": "Trump claimed the road was shut. Trump left."})
    changes = nk.cue_changes(story)
    assert changes[["source_a", "source_b", "kind"]].values.tolist() == [["Donald Trump", "Trump", "cue changed"]]


def test_surname_resolves_only_to_one_full_name():
    assert resolve_names(["Trump", "Donald Trump", "Melania Trump"], {"Trump", "Donald Trump", "Melania Trump"}) == {
        "Trump": "Trump", "Donald Trump": "Donald Trump", "Melania Trump": "Melania Trump"}
    # of two full names carrying it, the one cited as a source takes the surname
    cited_one = resolve_names(["Trump", "Donald Trump"], {"Trump", "Donald Trump"}, ["Ivanka Trump"])
    assert cited_one["Trump"] == "Donald Trump"
    assert resolve_names(["Trump"], {"Trump"}, ["Donald Trump", "Ivanka Trump"])["Trump"] == "Trump"
    # an organisation's one-word name never joins a person
    assert resolve_names(["Reuters", "Jo Reuters"], {"Jo Reuters"})["Reuters"] == "Reuters"



def test_surname_of_two_people_joins_the_one_titled_alike():
    # one version writes "Mayor Lee"; the other names the mayor and his wife: the mayor is the source
    plant = "visited the plant on Monday.\n\n"
    story = nk.story_from_texts({
        "a": f"Mayor Lee {plant}Lee said the plant would reopen next year.",
        "b": f"Mayor Jo Lee and his wife, Amy Lee, {plant}Jo Lee said the plant would reopen next year.\n\n"
             "Amy Lee said it mattered to the town.",
    })
    assert _entities(story)["Lee"] == "Jo Lee"
    # two mayors of one surname stay apart from the surname alone
    story = nk.story_from_texts({
        "a": f"Mayor Lee {plant}Lee said the plant would reopen next year.",
        "b": f"Mayor Jo Lee and Mayor Amy Lee {plant}Jo Lee said the plant would reopen next year.\n\n"
             "Amy Lee said it mattered to the town.",
    })
    assert _entities(story)["Lee"] == "Lee"


_NAME = st.lists(st.sampled_from(["Ann", "Lee", "Roe", "Sam", "Jo", "Poe"]), min_size=1, max_size=3).map(" ".join)


@given(_NAME)
def test_name_key_ignores_case_the_possessive_and_titles(name):
    key = name_key(name)
    assert name_key(name.upper()) == key
    assert name_key(f"the {name}") == key
    assert name_key(f"{name}’s") == name_key(f"{name}'s") == key
    assert name_key(f"Mr. {name}") == key
    assert name_key(f"{name}  ") == key


@given(st.lists(_NAME, min_size=1, max_size=6, unique=True))
def test_every_form_gets_an_entity_made_of_its_group(forms):
    canonical = resolve_names(forms, set(forms))
    assert set(canonical) == set(forms)
    for form, entity in canonical.items():
        assert entity in forms
        assert canonical[entity] == entity


def test_source_entities_is_a_story_table():
    with pytest.raises(TypeError):
        nk.source_entities("not a story")


# Spellings of one person's name by two transliteration systems (names made up, and real pairs).

MADE_UP_PAIRS = [("Pryvalenkiy", "Pryvalenky"), ("Pryvalenkyy", "Pryvalenky"), ("Qarbouli", "Garbouli"),
                 ("Khadrani", "Kadrani"), ("Mazzarov", "Mazarov"), ("Yoskovych", "Yoskovich"), ("Wolanski", "Volanski")]
REAL_PAIRS = [("Zelenskiy", "Zelensky"), ("Zelenskyy", "Zelensky"), ("Gaddafi", "Qaddafi"), ("Gaddafi", "Gadhafi"),
              ("Qadhafi", "Gaddafi"), ("Yanukovych", "Yanukovich"), ("Erdoğan", "Erdogan"), ("Prigozhin", "Prigozin"),
              ("Zabihullah", "Zabiullah")]
DIFFERENT = [("Clinton", "Clinson"), ("Varenko", "Varenka"), ("Brelova", "Brelov"), ("Petrov", "Petrova"),
             ("Morgan", "Morton"), ("Lee", "Li"), ("Kim", "Kym"), ("Johnson", "Johnston"), ("Baker", "Barker"),
             ("Hansen", "Hanson"), ("Pryvalenko", "Pryvalenky")]


@pytest.mark.parametrize("a, b", MADE_UP_PAIRS + REAL_PAIRS)
def test_transliterations_of_one_surname(a, b):
    assert transliterations(a, b) and transliterations(b, a)


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_surnames_are_no_transliterations(a, b):
    assert not transliterations(a, b) and not transliterations(b, a)


def test_spellings_of_one_person_are_one_entity():
    story = nk.story_from_texts({
        "a": "Ukrainian President Volodymyr Zelenskiy said the line would hold. Zelenskiy spoke in Kyiv.",
        "b": "Volodymyr Zelensky said the line would hold, the president said. Zelensky spoke in Kyiv.",
        "c": "Zelenskyy said the line would hold.",
    })
    entities = _entities(story)
    assert {entities[f] for f in ("Volodymyr Zelenskiy", "Volodymyr Zelensky", "Zelenskyy")} == {"Volodymyr Zelenskiy"}
    sources = nk.compare_sources(story)
    assert sources.loc[sources["source"] == "Volodymyr Zelenskiy", "kind"].eq("in all versions").all()


def test_surnames_alone_spelt_two_ways_are_one_entity():
    story = nk.story_from_texts({"a": "Gaddafi said the talks failed.", "b": "Qaddafi said the talks failed."})
    entities = _entities(story)
    assert entities["Gaddafi"] == entities["Qaddafi"]


def test_different_given_names_keep_transliterated_surnames_apart():
    story = nk.story_from_texts({
        "a": "Oksana Pryvalenkiy said the plan failed.", "b": "Taras Pryvalenky said the plan failed.",
        "c": "Pryvalenkiy said the plan failed.", "d": "Pryvalenky said the plan failed.",
    })
    entities = _entities(story)
    assert entities["Oksana Pryvalenkiy"] != entities["Taras Pryvalenky"]
    assert entities["Pryvalenkiy"] == "Oksana Pryvalenkiy" and entities["Pryvalenky"] == "Taras Pryvalenky"


def test_one_letter_that_is_no_transliteration_keeps_people_apart():
    story = nk.story_from_texts({"a": "Ann Clinton said no.", "b": "Ann Clinson said no.",
                                 "c": "Clinson said no."})
    entities = _entities(story)
    assert entities["Ann Clinton"] != entities["Ann Clinson"] and entities["Clinson"] == "Ann Clinson"
    assert resolve_names(["Clinton", "Clinson"], {"Clinton", "Clinson"}) == {"Clinton": "Clinton", "Clinson": "Clinson"}


# A paper named "The X" is media when the text uses it as a publication.

@pytest.mark.parametrize("text", [
    "The mayor resigned on Monday, The Ledger reported.",
    "The Ledger reported that the mayor resigned. \"I am done,\" the mayor told The Ledger.",
    "According to The Ledger, the mayor resigned.",
    "The mayor resigned, according to The Ledger. The Ledger said the letter was short.",
])
def test_a_paper_used_as_a_publication_is_media(text):
    story = nk.story_from_texts({"a": text})
    cited = nk.attributions(story)
    ledger = cited[cited["source"].str.endswith("Ledger")]
    assert len(ledger) and ledger["source_type"].eq("media").all(), cited.values.tolist()
    table = nk.source_entities(story)
    assert table.loc[table["form"].str.endswith("Ledger"), "source_type"].eq("media").all()


def test_a_name_after_the_without_a_publication_use_is_not_media():
    story = nk.story_from_texts({"a": "The Pentagon reported no losses. Officials told the Pentagon nothing."})
    assert not publication_names(story.versions[0].raw)
    cited = nk.attributions(story)
    assert not cited["source_type"].eq("media").any(), cited.values.tolist()


def test_a_name_after_a_role_of_several_words_is_that_person():
    story = nk.story_from_texts({
        "a": "Lakeside County Chief Prosecutor Ann Doyle pushed back against the claim. Doyle said it was false.",
        "b": "Ann Doyle said the claim was false.",
    })
    entities = _entities(story)
    assert {entities[f] for f in entities if "Doyle" in f} == {"Ann Doyle"}
    assert resolve_names(["Lee", "Mo Lee", "Harbour Board Chair Mo Lee", "Jo Lee"],
                         {"Lee", "Mo Lee", "Harbour Board Chair Mo Lee", "Jo Lee"})["Harbour Board Chair Mo Lee"] == "Mo Lee"


def test_a_double_barrelled_surname_and_its_last_part_are_one_person():
    story = nk.story_from_texts({
        "a": "Nora Quill-Harrow testified that she saw the two meet. Quill-Harrow said it was 2019.",
        "b": "Nora Harrow testified that she saw the two meet.",
    })
    entities = _entities(story)
    assert entities["Nora Harrow"] == entities["Nora Quill-Harrow"] == "Nora Quill-Harrow"


def test_a_word_opening_the_sentence_is_no_second_person():
    forms = ["Grady", "Tom Grady", "But Grady"]
    assert set(resolve_names(forms, set(forms)).values()) == {"Tom Grady"}
    assert name_key("Both Senator Grady") == "grady"


def test_a_credit_names_the_reporter_not_where_they_worked():
    story = nk.story_from_texts({
        "a": "Police said the road was shut.\n\n(Reporting by Jo Doe in Leeds and Al Poe in Santa Fe, New Mexico; "
             "Editing by Mo Lane)",
        "b": "Police said the road was shut.\n\n(Reporting by Jo Doe and Al Poe; Editing by Mo Lane)",
    })
    credits = nk.compare_sources(story).query("role == 'credit'")
    assert set(credits["source"]) == {"Jo Doe", "Al Poe", "Mo Lane"}
    assert credits["kind"].eq("in all versions").all()
    cited = nk.attributions(story).query("version == 'a' and cue == 'reporting by'")
    raw = story.versions[0].raw
    assert [raw[s:e] for s, e in zip(cited["start"], cited["end"])] == ["Jo Doe", "Al Poe"]


def test_a_byline_line_of_by_alone_is_no_credit():
    story = nk.story_from_texts({"a": "Road shut in storm\n\nBy\n\nJane Roe\n\nPolice said the road was shut.",
                                 "b": "Police said the road was shut."})
    assert nk.attributions(story).query("block == 'byline'")["source"].tolist() == ["Jane Roe"]


def test_a_list_of_names_or_a_credit_is_no_role_before_the_last_name():
    forms = ["Jo Doe, Al Roe and Mo Poe", "Mo Poe", "Jo Doe Al Roe", "Al Roe", "Jo Doe", "Al Roe edited by Mo Poe"]
    assert resolve_names(forms, set(forms)) == dict(zip(forms, forms))


def test_two_lists_of_names_are_never_one_person():
    forms = ["Ann Roe, Al Poe and Jo Lee", "Ann Roe and Jo Lee", "Ann Roe & Jo Lee"]
    assert resolve_names(forms, set(forms)) == dict(zip(forms, forms))


def test_a_bishop_named_by_title_and_surname_is_the_person_named_in_full():
    story = nk.story_from_texts({
        "a": "Jo Lee, the bishop of Elmton, said the school had failed its students.",
        "b": "Bishop Lee's comments drew criticism. Lee said the school had failed.",
    })
    assert set(_entities(story).values()) == {"Jo Lee"}
    assert name_key("Archbishop Jo Lee") == "jo lee"


def test_a_pope_is_the_same_source_with_his_title_or_without():
    story = nk.story_from_texts({
        "a": "Pope Linus XIV spoke in Elmton. “We pray for peace,” Pope Linus XIV said.",
        "b": "Linus XIV spoke in Elmton. “We pray for peace,” Linus XIV said.",
    })
    assert set(_entities(story).values()) == {"Linus XIV"}
    assert name_key("Pope Linus XIV") == "linus xiv"


@pytest.mark.parametrize("byline, credited", [
    ("By Jo Doe, Al Roe and Mo Poe", [("Jo Doe", "byline"), ("Al Roe", "byline"), ("Mo Poe", "byline")]),
    ("By Jo Doe, edited by Al Roe", [("Jo Doe", "byline"), ("Al Roe", "edited by")]),
    ("By [Jo Doe](https://example.com/jo-doe) and [Al Roe](https://example.com/al-roe)",
     [("Jo Doe", "byline"), ("Al Roe", "byline")]),
    ("By Jo Doe, Contributing Editor", [("Jo Doe", "byline")]),
])
def test_a_byline_credits_each_person_it_names_and_only_their_names(byline, credited):
    story = nk.story_from_texts({"a": f"Road shut in storm\n\n{byline}\n\nPolice said the road was shut.",
                                 "b": "Police said the road was shut."})
    rows = nk.attributions(story).query("version == 'a' and block == 'byline'")
    assert list(zip(rows["source"], rows["cue"])) == credited
    raw = story.versions[0].raw
    assert [raw[s:e] for s, e in zip(rows["start"], rows["end"])] == [name for name, _ in credited]


def _entity_of(texts: dict[str, str]) -> dict[str, str]:
    table = nk.source_entities(nk.story_from_texts(texts))
    return dict(zip(table["form"], table["entity"]))


def test_an_acronym_of_a_bodys_initials_is_that_body():
    entities = _entity_of({"a": "The Bureau of Harbour Safety said the pier was closed.",
                          "b": "The pier was closed, BHS said."})
    assert entities["BHS"] == entities["Bureau of Harbour Safety"]


def test_an_acronym_is_not_joined_to_two_bodies_it_could_stand_for_nor_to_a_person():
    forms = ["BHS", "Bureau of Harbour Safety", "Board of Housing Standards", "NT", "Nina Tarr"]
    assert resolve_names(forms, {"Nina Tarr"}) == dict(zip(forms, forms))


def test_an_acronyms_document_is_the_document_of_the_name_written_out():
    entities = _entity_of({"a": "The BHS report says the pier is closed. The Bureau of Harbour Safety report says "
                                "two boats sank.",
                           "b": "The Bureau of Harbour Safety report says two boats sank."})
    assert entities["BHS report"] == entities["Bureau of Harbour Safety report"]


def test_an_acronyms_official_is_not_joined_to_an_official_of_the_name_written_out():
    forms = ["BHS official", "Bureau of Harbour Safety official"]
    assert resolve_names(forms, set()) == dict(zip(forms, forms))


def test_a_department_of_a_field_is_the_field_department_with_or_without_its_country():
    entities = _entity_of({"a": "The U.S. Department of the Interior announced new park fees on Monday.",
                          "b": "The Interior Department announced new park fees on Monday."})
    assert entities["Interior Department"] == entities["U.S. Department of the Interior"]


def test_a_ministry_without_its_country_stays_apart_when_two_countries_have_one():
    forms = ["Defence Ministry", "Estonian Ministry of Defence", "Latvian Defence Ministry"]
    assert name_key("Estonian Ministry of Defence") == "estonian defence ministry"
    assert resolve_names(forms, set()) == dict(zip(forms, forms))


def test_a_spokesperson_for_a_person_is_that_persons_spokesperson():
    entities = _entity_of({"a": "Lena Hoyt's spokesperson said the bill would pass.",
                          "b": "A spokesperson for Hoyt said the bill would pass."})
    assert entities["spokesperson for Hoyt"] == entities["Lena Hoyt's spokesperson"]


def test_a_spokesperson_for_a_surname_two_people_share_stays_apart():
    forms = ["spokesperson for Hoyt", "Lena Hoyt's spokesperson", "Sam Hoyt's spokesperson"]
    assert resolve_names(forms, set()) == dict(zip(forms, forms))


@pytest.mark.parametrize("outlet", ["Harbour Radio", "HRN/HR"])
def test_an_outlets_staff_on_a_byline_is_the_outlet(outlet):
    forms = [f"{outlet} staff", outlet]
    assert resolve_names(forms, set(forms), credits={forms[0]}) == dict.fromkeys(forms, outlet)


def test_a_bodys_staff_cited_in_the_body_is_not_the_body():
    entities = _entity_of({"a": "Elmshire Hall staff said the plan was ready.",
                          "b": "Elmshire Hall said the plan was ready."})
    assert entities["Elmshire Hall staff"] != entities["Elmshire Hall"]


def test_an_acronym_defined_in_brackets_is_the_name_it_stands_for():
    entities = _entity_of({"a": "The Elmshire Water Authority (EWA) raised its rates. EWA said the rise was needed.",
                          "b": "The Elmshire Water Authority said on Monday that the rise was needed."})
    assert entities["EWA"] == entities["Elmshire Water Authority"] == "Elmshire Water Authority"


@pytest.mark.parametrize("text, expected", [
    ("Fares rose under the Elmshire Water Authority (EWA) plan.", [("EWA", "Elmshire Water Authority")]),
    ("Agents of U.S. Harbour and Quay Enforcement (HQE) came.", [("HQE", "Harbour and Quay Enforcement")]),
    ("The agency, the EWA, said so.", [("agency", "EWA")]),
    ("Jo Lee, the mayor, said so.", [("mayor", "Jo Lee")]),
    ("Jo Lee (D-Elmshire) and the Elmshire Water Authority (EHA) met.", []),   # not the initials of the name
    ("The agency, which the EWA runs, said so.", []),
])
def test_defined_aliases(text, expected):
    assert defined_aliases(text) == expected


def test_a_noun_apposed_to_a_name_is_that_name():
    entities = _entity_of({"a": "Rates rose on Monday, the agency, the EWA, said in a statement.",
                          "b": "Rates rose on Monday, the EWA said in a statement."})
    assert entities["agency"] == entities["EWA"] == "EWA"


def test_a_noun_apposed_to_two_names_stays_apart():
    forms = ["agency", "EWA", "Harbour Board"]
    aliases = [("agency", "EWA"), ("agency", "Harbour Board")]
    assert resolve_names(forms, set(), aliases=aliases) == dict(zip(forms, forms))


def test_a_body_by_its_head_noun_alone_is_the_one_body_so_named():
    entities = _entity_of({"a": "The Elmshire Ethics Committee said it would review the case.",
                          "b": "The committee said it would review the case."})
    assert entities["committee"] == "Elmshire Ethics Committee"


def test_a_head_noun_two_bodies_end_in_or_a_plural_stays_apart():
    forms = ["committee", "Elmshire Ethics Committee", "Harbour Safety Committee"]
    assert resolve_names(forms, set()) == dict(zip(forms, forms))
    forms = ["officials", "Elmshire officials"]
    assert resolve_names(forms, set()) == dict(zip(forms, forms))


def test_a_verb_in_ing_before_a_title_is_no_part_of_the_name():
    forms = ["Following President Jo Lee", "Lee", "Jo Lee"]
    assert resolve_names(forms, set(forms)) == dict.fromkeys(forms, "Jo Lee")
    assert name_key("Sterling Jo Lee") == "sterling jo lee"


def test_a_role_or_a_description_by_its_noun_alone_stays_apart():
    forms = ["official", "Elmshire Hall official", "people", "Lots of people"]
    assert resolve_names(forms, set()) == dict(zip(forms, forms))


def test_family_name_written_first_is_one_source():
    # "Ryu" opens one full name and ends none: a family name written first is that person
    names = ["Ryu", "Ryu Seong Ho"]
    assert resolve_names(names, set(names))["Ryu"] == "Ryu Seong Ho"
    # two full names open with it: no one; a full name ending in it: that one (a surname always wins)
    names = ["Ryu", "Ryu Seong Ho", "Ryu Mi Na"]
    assert resolve_names(names, set(names))["Ryu"] == "Ryu"
    names = ["Ryu", "Ryu Seong Ho", "Ann Ryu"]
    assert resolve_names(names, set(names))["Ryu"] == "Ann Ryu"


def test_a_body_written_short_joins_the_one_longer_name_ending_in_it():
    story = nk.story_from_texts({
        "a": "The charges were filed, according to the Elmshire District’s Public Prosecutor’s Office. "
             "The Public Prosecutor’s Office said the case would be heard in May.",
        "b": "The Public Prosecutor’s Office said the case would be heard in May.",
    })
    entities = _entities(story)
    assert len(entities) == 2 and len(set(entities.values())) == 1, entities


def test_the_police_of_one_place_are_one_body():
    story = nk.story_from_texts({
        "a": "Police said the ferry was seized. Elmton police said the crew fled. The Elmton Police Department "
             "said in a statement that two men were held.",
        "b": "The Elmton Police Department said two men were held, police said.",
    })
    entities = _entities(story)
    assert set(entities) == {"Police", "police", "Elmton police", "Elmton Police Department"}, entities
    assert len(set(entities.values())) == 1, entities


def test_the_police_of_two_places_stay_apart():
    keys = {"police", "elmton police", "state police"}
    forms = ["Police", "Elmton police", "state police"]
    assert len(set(resolve_names(forms, set()).values())) == 3, keys


def test_one_ministry_spokesman_written_with_and_without_country_and_place_is_one_entity():
    text = ("A foreign ministry spokesman in Elmton said the raid was over. “All our staff are safe,” he said. "
            "Talks went on, the German foreign ministry spokesman said.")
    entities = nk.source_entities(nk.story_from_texts({"a": text}))
    assert entities["entity"].nunique() == 1
    # two countries' spokesmen stay two
    two = text.replace("in Elmton", "of France").replace("A foreign", "A French foreign")
    assert nk.source_entities(nk.story_from_texts({"a": two}))["entity"].nunique() == 2
    # nor does the bare description join a German and a French one it could stand for
    french = " The French foreign ministry spokesman said talks failed."
    three = nk.source_entities(nk.story_from_texts({"a": text + french}))
    entity = dict(zip(three["form"], three["entity"]))
    assert entity["German foreign ministry spokesman"] != entity["French foreign ministry spokesman"], entity


def test_an_acronym_joins_the_one_name_of_three_words_or_more_it_is_the_initials_of():
    story = nk.story_from_texts({
        "a": "The Elm Rail Safety Branch said the ferry was too fast. The ERSB said in a statement that the brakes "
             "held.",
        "b": "Jo Lee said the ferry was late. JL said nothing else.",
    })
    entities = _entities(story)
    assert entities["ERSB"] == entities["Elm Rail Safety Branch"], entities
    assert entities.get("JL", "JL") != entities["Jo Lee"], entities


def test_a_nationality_adjective_and_the_country_s_possessive_are_one_entity():
    entities = resolve_names(["Nigerian government", "Nigeria's government", "Niger government"], set())
    assert entities["Nigeria's government"] == entities["Nigerian government"] == "Nigerian government", entities
    assert entities["Niger government"] == "Niger government", entities  # no prefix rule
    assert name_key("Iran's army") != name_key("Iraqi army")
    assert name_key("Iran's army") == name_key("Iranian army")


@pytest.mark.parametrize("texts, entities", [
    ({"a": "Smoke rose over the hills.\n\nThe Harbor Safety Ministry shared pictures of the site online, confirming "
           "the deaths.",
      "b": "Four people died, the Harbor Safety Ministry said."},
     {"Harbor Safety Ministry": "Harbor Safety Ministry"}),  # no "The" kept before a participle's subject
    ({"a": "DANIEL Orwin and Mia Holt joked they had parted as friends as they announced their split.\n\n"
           "Orwin said the tour would go on.",
      "b": "The tour will go on, Orwin said."},
     {"Daniel Orwin": "Daniel Orwin", "Orwin": "Daniel Orwin", "Mia Holt": "Mia Holt"}),  # capitals opening a page
])
def test_a_name_opening_a_page_or_a_participle_s_clause_is_the_name_written_elsewhere(texts, entities):
    assert _entities(nk.story_from_texts(texts)) == entities


def test_a_full_name_and_the_one_name_adding_a_second_surname_are_one_person():
    story = nk.story_from_texts({
        "a": "Ana Ruiz Mora, the director of the ferry agency, said the ferry was late.",
        "b": "Ana Ruiz, director of the ferry agency, said the ferry was late.",
    })
    entities = _entities(story)
    assert entities["Ana Ruiz"] == entities["Ana Ruiz Mora"] == "Ana Ruiz Mora", entities


def test_a_country_is_not_named_by_a_region_of_it():
    story = nk.story_from_texts({
        "a": "Fighting went on in Eastern Elmland. Elmland has said the talks were useful.",
        "b": "Elmland said the talks were useful.",
    })
    assert _entities(story)["Elmland"] == "Elmland"
    assert set(nk.attributions(story)["source"]) == {"Elmland"}
    assert resolve_names(["Eastern Elmland", "Elmland"], {"Eastern Elmland", "Elmland"})["Elmland"] == "Elmland"
    quoted = nk.quotes(nk.story_from_texts({"a": 'Jets hit Eastern Elmland. Elmland has said the talks were "useful '
                                                 'and calm".', "b": "x."}))
    assert quoted["speaker"].tolist() == ["Elmland"]


def test_each_country_s_nationality_adjective_is_a_nationality_adjective():
    from newskit.text.lexicon import COUNTRY_DEMONYMS, DEMONYMS
    assert set(COUNTRY_DEMONYMS.values()) <= DEMONYMS


def test_a_person_named_before_an_affiliation_is_the_person_named_alone():
    story = nk.story_from_texts({
        "a": "Piero Lee said the probe was ready. Lee says the launch is in May.",
        "b": "Piero Lee of ESA’s strategy department says the probe was ready.",
    })
    entities = _entities(story)
    assert entities["Piero Lee of ESA’s strategy department"] == entities["Piero Lee"] == "Piero Lee", entities
    cited = nk.compare_sources(story)
    assert set(cited.loc[cited["role"] == "source", "kind"]) == {"in all versions"}, cited


def test_a_country_cited_as_a_source_is_typed_a_government():
    story = nk.story_from_texts({"a": "Elmland denies the charge. China denies it too, Jo Lee said.", "b": "x."})
    cited = nk.attributions(story).set_index("source")["source_type"]
    assert cited["China"] == "government" and cited["Jo Lee"] == "person"


def _two_versions(a: str, b: str) -> dict:
    return _entities(nk.story_from_texts({"a": a, "b": b}))


@pytest.mark.parametrize("text, expected", [
    ("The mayor may skip the vote, according to a Republican senior council aide. The clerk objected to the plan, "
     "according to the aide, who asked not to be named.", "Republican senior council aide"),
    ("The mayor may skip the vote, according to a senior council aide. Jo Pell, an aide to the clerk, arrived. The "
     "clerk objected, according to the aide.", "aide"),  # a new aide between: no reference back
])
def test_a_definite_description_is_the_source_an_earlier_description_named(text, expected):
    story = nk.story_from_texts({"a": text, "b": "The mayor may skip the vote, a council spokesman said."})
    assert _entities(story)["aide"] == expected


def test_descriptions_with_the_same_words_in_two_versions_are_one_source():
    entities = _two_versions("The mayor may skip the vote, according to a Republican senior council aide.",
                             "The mayor may skip the vote, according to a senior Republican aide.")
    assert entities["senior Republican aide"] == entities["Republican senior council aide"]


def test_different_descriptions_or_two_in_one_version_stay_apart():
    entities = _two_versions(
        "The mayor may skip the vote, according to a Republican aide. The clerk agreed, a senior aide said.",
        "The mayor may skip the vote, according to a Democratic aide. The clerk agreed, a senior Republican aide said.")
    assert entities["Republican aide"] != entities["Democratic aide"]
    assert entities["senior aide"] == "senior aide"  # "Republican aide" and "senior Republican aide": two of b's
    assert entities["Republican aide"] == "Republican aide"  # a writes "senior aide" too: maybe another aide


def test_unnamed_sources_familiar_with_different_things_in_two_versions_are_one_source():
    entities = _two_versions("The quay will close, four sources familiar with the talks told the Ledger on Monday.",
                             "The quay will close on Monday, four sources familiar with the negotiations said.")
    assert entities["four sources familiar with the talks"] == entities["four sources familiar with the negotiations"]
    entities = _two_versions(  # two such groups in one version: which one b means is unknown
        "The quay will close, four sources familiar with the talks said. Four sources familiar with the plan agreed.",
        "The quay will close on Monday, four sources familiar with the negotiations said.")
    assert entities["four sources familiar with the negotiations"] == "four sources familiar with the negotiations"


def test_a_title_before_a_lower_case_word_is_part_of_the_source():
    assert resolve_names(["Justice officials", "officials"], set()) == {"Justice officials": "Justice officials",
                                                                      "officials": "officials"}
    assert name_key("Justice Elm Lee") == name_key("former Gov. Elm Lee") == "elm lee"
    assert name_key("Justice Department") == "justice department"  # a body's name, no title before a name


def test_the_two_halves_of_a_body_name_written_for_its_officials_are_one_source():
    entities = _two_versions(
        "Parks officials told the council they oppose the plan, the Parks Department said later.",
        "Department officials told the council they opposed the plan, the Parks Department said later.")
    assert entities["Parks officials"] == entities["Department officials"]
    assert entities["Parks Department"] not in (entities["Parks officials"], "department")


def test_half_a_body_name_in_one_version_alone_stays_itself():
    entities = _two_versions(
        "Parks officials told the council they oppose the plan. Department officials agreed, the Parks Department "
        "said.",
        "The council met, the Parks Department said.")
    assert entities["Parks officials"] != entities["Department officials"]


def test_a_place_named_after_of_is_no_short_form_of_the_body():
    entities = _two_versions("The Courier of Elmland reported that talks began. Elmland said the talks went well.",
                             "Talks began, the Courier said.")
    assert entities["Elmland"] == "Elmland"


def test_the_paper_is_the_medium_cited_before_it():
    entities = _two_versions(
        "The Elmland Gazette reported that talks began. The paper also reported that the talks went well.",
        "Talks began, a council spokesman said.")
    assert entities["paper"] == entities["Elmland Gazette"], entities


def test_a_company_written_with_and_without_its_legal_form_is_one_source():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        story = nk.story_from_texts({"a": "Elm Corporation announced the deal on Sunday. The talks were long.",
                                     "b": "Elm said the deal was done. The talks were long."})
        table = nk.compare_sources(story)
    assert table.source.nunique() == 1 and set(table.kind) == {"in all versions"}
    assert name_key("Elm Holdings") == "elm holdings"  # a trade word stays: no legal form


def test_a_full_name_with_a_middle_name_ending_in_a_two_word_surname_is_the_name_without_it():
    entities = _two_versions("Judge Ann Elm Roe said no. Elm Roe added that the talks were over.",
                             "Judge Ann Roe said no to the talks.")
    assert entities["Ann Roe"] == entities["Ann Elm Roe"], entities


def test_a_person_written_after_the_owner_where_she_works_is_the_person_named_in_full():
    entities = _two_versions("Ann Roe, a law professor, said the ruling was narrow. Elmhurst's Roe added that it "
                             "would stand.", "Ann Roe said the ruling was narrow.")
    assert entities["Elmhurst's Roe"] == entities["Ann Roe"] == "Ann Roe", entities


def test_a_party_member_described_after_a_place_is_the_speaker_his_quotation_is_given_to():
    entities = _two_versions("Sen. Tom Elmer said the bill was weak. “It will fail,” the Elmland Republican said.",
                             "Tom Elmer said the bill was weak.")
    assert entities["Elmland Republican"] == entities["Tom Elmer"] == "Tom Elmer", entities
