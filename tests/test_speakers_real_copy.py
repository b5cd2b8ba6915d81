"""Speakers of quotations in shapes met on real news pages, each on a sentence written here: someone writing in a
medium named after its noun, a verb joined by "and" in a clause of time, a department named after its field, he/she
after a speaker described by a role only, a body's name going on after "of"; with the neighbours each rule must leave
alone."""

import warnings

import pytest

import newskit as nk
from newskit.speakers import genders
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    # the name after a medium's noun is where the one before writes, not the speaker
    ("The plan drew scorn, and a commentator in the left-wing weekly Elm Review said it was “a farce.”",
     [("commentator", "commentator")]),
    ("As one user on the cycling forum SpokeTalk put it: “Never again.”", [("user", "user")]),
    # a role before the preposition keeps the whole phrase, as before
    ("A blogger on the Web site Elm Report said it was “a farce.”",
     [("blogger on the Web site Elm Report", "blogger on the Web site Elm Report")]),
])
def test_a_writer_in_a_named_medium_speaks(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it" opens the sentence: the verb joined by "and" is the subject's of the clause "when" opens
    ("It was past midnight when the pilot came back on the radio and said: “We are turning around.”",
     [("pilot", "pilot")]),
    # a person opens the sentence: the verb joined by "and" stays the person's
    ("Jo Lee waited at the gate until the pilot came back and said: “We are turning around.”",
     [("Jo Lee", "Jo Lee")]),
])
def test_a_verb_joined_by_and_in_a_clause_of_time(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a field before "Department" is no title of a person "Department"
    ("In May the State Department told the group that “no records were found.”",
     [("State Department", "State Department")]),
    ("“No records were found,” the Elmshire Justice Department said.",
     [("Elmshire Justice Department", "Elmshire Justice Department")]),
    # a post's words before a personal name are still left out of it
    ("“No records were found,” Secretary of State Jo Lee said.", [("Jo Lee", "Jo Lee")]),
])
def test_a_department_named_after_its_field(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # he after a quotation of someone a role describes and no one names: that one, not the person named before
    ("Jo Lee slept. It was past midnight when the pilot came on the radio and said: “We are turning around.”\n\n"
     "“There is a bird in the cockpit,” he announced.", [("pilot", "pilot"), ("pilot", "he")]),
    # a person named in between is who he is
    ("Jo Lee spoke. A spokesman said: “We are ready.” Al Roe disagreed.\n\n“We will win,” he said.",
     [("spokesman", "spokesman"), ("Al Roe", "he")]),
    # a role of the other gender is not who he is
    ("Jo Lee spoke. A spokeswoman said: “We are ready.”\n\n“We will win,” he said.",
     [("spokeswoman", "spokeswoman"), ("Jo Lee", "he")]),
])
def test_he_after_a_speaker_a_role_describes(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "of" after an institution's word goes on with its name
    ("The Elmland Federal Office of Justice said of the arrests: “They are being held in custody.”",
     [("Elmland Federal Office of Justice", "Elmland Federal Office of Justice")]),
    # "of" after a person's name opens the body the person is from
    ("“We are ready,” said Jo Lee of the Elm Party.", [("Jo Lee", "Jo Lee")]),
])
def test_a_body_named_with_of(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a phrase that only dates what follows is no author of the letter
    ("Earlier this month, some 1,400 nurses signed a letter to Jo Lee.\n\nThe letter said the rise in cases "
     "“cannot be explained by testing.”", [("some 1,400 nurses", "letter")]),
    # a phrase of where after "who" tells where the antecedent spoke
    ("The view was rosier than that of Jo Lee, who on Elm TV said: “We are close.”", [("Jo Lee", "Jo Lee")]),
    # a role and a name set off by dashes name the description before them
    ("The man behind the pledge -- activist Jo Lee -- told reporters the pledge would “stay.”",
     [("Jo Lee", "Jo Lee")]),
    # "there" after the subject tells where, it is no part of it
    ("They stopped at a gas station. A sign there said “cash only.”", [("sign", "sign")]),
    # an adjective in -ous before a cue that may be a noun makes it a noun: no speaker
    ("The race got off to a contentious start, with her ads tagging her as a “corporate lawyer.”", [("", "")]),
    # "Ahead of" opens a phrase before the subject the participle hangs from
    ("Ahead of the summit, Jo Lee hinted that a deal was near, saying in a post: “stay tuned.”",
     [("Jo Lee", "Jo Lee")]),
    # "it" stands for the state-run body the sentence before opens with
    ("The state-run Elm News Agency said that Lee acted. It added that the two had “reached a consensus.”",
     [("Elm News Agency", "It")]),
])
def test_shapes_read_on_compared_copy(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role closing a description before a comma: the name set off after it speaks
    ("“We have met before,” said the Senate's top Democrat, Jo Lee of Elmshire.", [("Jo Lee", "Jo Lee")]),
    # a rank "No." and its number before a post
    ("“Members are wary,” said No. 2 Senate Elm leader Jo Lee.", [("Jo Lee", "Jo Lee")]),
    # a title before a name and the place it is from
    ("“We can,” said Rep. Jo Lee of Elmshire.", [("Jo Lee", "Jo Lee")]),
    # a plural before the last word of a body's name is no title of a person
    ("Elm Nurses United made allegations, claiming “rules were changing.”",
     [("Elm Nurses United", "Elm Nurses United")]),
    # a comparison opening the sentence is no subject
    ("Jo Lee is an economist. Like Al Roe, he opposed the levy, telling reporters: “It is a tax.”",
     [("Jo Lee", "he")]),
    # a role in a quotation ("an untruthful president") introduces no other holder of it
    ("President Roe's feud with Sen. Jo Lee goes on.\n\nThe president insisted the senator"
     " \"could not win an election\" and Lee said: \"Same lies from an untruthful president.\"",
     [("Roe", "president"), ("Jo Lee", "Lee")]),
    # a capitalised word before a noun naming people, then a preposition and a place: the people speak
    ("Black politicians in Elmshire called the image \"disgusting\" and others urged the mayor to resign.",
     [("Black politicians in Elmshire", "Black politicians in Elmshire")]),
    # a name before a long body's name after "of": the whole name, not the surname with the body
    ("Dr. Jo Lee of the University of Elmshire School of Public Health said a ban would \"hurt our work in the area.\"",
     [("Jo Lee", "Jo Lee")]),
    # a preposition capitalised inside a body's name is part of it
    ("\"We bought a plot of land,\" Elm Cards Against Boredom explained on its website.",
     [("Elm Cards Against Boredom", "Elm Cards Against Boredom")]),
    # a title before the agent after "by"
    ("His condition was described as \"critical\" by Dr. Jo Lee of Elm Hospital.", [("Jo Lee", "Jo Lee")]),
    # a party tag set off by commas before a verb and a participle after a comma: the name speaks, not the tag
    ("Senate leader Jo Lee, D-N.Y., kept up his criticism on Monday, tweeting: \"The mayor tried to squirm.\"",
     [("Jo Lee", "Jo Lee")]),
    # "make clear" after "sought to" reports, so "he" is its subject's, not the speaker's before
    ("Rep. Al Poe kept up his attack, writing: \"He squirms.\"\n\nBut Roe sought to make clear on Monday that he"
     " backs the police.\n\n\"I back them,\" he said.", [("Al Poe", "Al Poe"), ("Roe", "he")]),
    # an adverb of likelihood after a modal is read past to the subject before it
    ("Elm officials will likely argue that \"this is about the port,\" the aide said.",
     [("Elm officials", "Elm officials")]),
    ("The mayor instead says the plan is a \"baseless and blatant overreach.\"", [("mayor", "mayor")]),
    # a one-word owner before the surname of a person named before: that person
    ("Ann Karlan, a professor at Elm University, argued for the workers.\n\nBut as Elm's Karlan observes, the law"
     " \"is a different statute.\"", [("Ann Karlan", "Karlan")]),
    # a text opening the sentence as the cue's subject: the reporting clause after the quotation tells who reports it
    ("The e-mail received in Elmland suggested that \"there might be an attack,\" Jo Lee, director for Elmland's"
     " Olympic Committee, told us.", [("Jo Lee", "Jo Lee")]),
    # "afterward" between the subject's verbs is an adverb, no subject of its own
    ("Jo Lee, the mayor, met voters. A paper called him; he went on air and afterward started “ringing the bell” at"
     " once.", [("Jo Lee", "he")]),
    # "and" inside a body's name joins its two fields: the whole body speaks, not the half after "and"
    ("The Department of Elms and Human Services defended the trip by noting the secretary's “busy schedule” and"
     " more.", [("The Department of Elms and Human Services", "The Department of Elms and Human Services")]),
    ("The Ministry of Elms defended the move, noting the “busy schedule” of its head.",
     [("The Ministry of Elms", "The Ministry of Elms")]),
    # a letter reading out the quotation after it speaks as a letter saying it does
    ("The Elm board sent a letter to schools on Friday.\n\nThe letter reads: “A school may not close on Mondays.”",
     [("Elm board", "letter")]),
    # the time opening a sentence before its subject is no part of the speaker
    ("The Elm leaders met. Last week Elm leaders declared in a statement that it was “highly likely” there was"
     " a plot.", [("Elm leaders", "Elm leaders")]),
])
def test_shapes_read_on_compared_pages(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party tag with a stop after its state, set off before "who": the relative clause is the name's
    ("“It is a win,” Al Roe said in a statement.\n\nThe result was hailed by Sen. Jo Lee, D-Ore., who called on such"
     " laws to be repealed “nationwide.”\n\n“We must stand together,” he said.",
     [("Al Roe", "Al Roe"), ("Jo Lee", "Jo Lee"), ("Jo Lee", "he")]),
    # a term with no cue of its own, its sentence naming the speaker of the quotation after it before both
    ("Teachers walked out.\n\nThe Daily Planet quotes the union's Jo Marsh as saying the plan is \"a shambles\" and"
     " that officials wanted families to \"leave their children with strangers.\"",
     [("Jo Marsh", "Jo Marsh"), ("Jo Marsh", "Jo Marsh")]),
    # the name after "said of" is whom the speaker spoke of, not who speaks the piece after it
    ("Mr. Lee spoke.\n\n“He knows what he wants,” Jo Marsh, a parent, said of Mr. Lee, “and he will not stop.”",
     [("Jo Marsh", "Jo Marsh"), ("Jo Marsh", "Jo Marsh")]),
])
def test_shapes_read_on_half_44(text, expected):
    assert spoken(text) == expected


def test_what_someone_considers_a_thing_is_a_term():
    text = ("Officials, who say the budget is short, have cut costs even as Mr. Lee has pressed for what he considers"
            " much-needed “deep reform,” including a longer day.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", nk.NewskitWarning)
        assert nk.quotes(nk.story_from_texts({"a": text})).kind.tolist() == ["scare"]


@pytest.mark.parametrize("text, expected", [
    # a relative clause set off before the cue with a name set off inside it: the name before it speaks
    ("“We will appeal,” Al Roe said.\n\n“The trial went our way,” lawyer Jo Marsh, who is representing the firm and its"
     " unit, Elm Labs Inc., said after the hearing.", [("Al Roe", "Al Roe"), ("Jo Marsh", "Jo Marsh")]),
    # a given name of a woman: "she" after her is her
    ("Erika Evans, a trader at Elm & Co., said costs were low and investors were glad. “It was no shock,” she said.",
     [("Erika Evans", "she")]),
    # what people "were told by" someone "that" ... is that one's
    ("Players left the court. Minutes later, fans were told by the stadium announcer that the match was off"
     " \"because of the rain.\"", [("stadium announcer", "stadium announcer")]),
    # a capitalised noun after "a" set beside a name describes that person: "she" later is the person
    ("\"The ruling is a win,\" Ana Vasko, a DREAMer with the Elm Dream group said in a statement.\n\nShe called on"
     " the council to act.\n\n\"We need help now,\" she said.", [("Ana Vasko", "Ana Vasko"), ("Ana Vasko", "she")]),
])
def test_shapes_read_on_half_45(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "answers" and "replies" inverted after a quotation are its cues
    ("In the novel the pupil teases his teacher.\n\n“Come, none of your jokes, Ben,” answers the teacher.",
     [("teacher", "teacher")]),
    ("“We will see about that,” replies the coach.", [("coach", "coach")]),
    # a possessive and a noun of how its owner put something before the words: the owner's
    ("Jo Lee spoke on the radio. His description of the new rules as “a farce” drew calls to the station.",
     [("Jo Lee", "His")]),
    ("Jo Lee’s choice of words, specifically “you people,” drew anger.", [("Jo Lee", "Jo Lee")]),
    # a subject that did not specify, then "but" and the cue: the subject speaks
    ("Elmco did not specify the amounts but called them “fair.”", [("Elmco", "Elmco")]),
    # "they" after a paragraph a group opens (a name, lower-case words, a plural): the group
    ("Elm rail union leaders have demanded an inquiry into the crash.\n\nThey said the board must answer for"
     " “years of neglect”.", [("Elm rail union leaders", "They")]),
    # "it" after a sentence opening "In a statement," that names who gave it: that one
    ("In a statement, Jo Lee said: “We saw a breach.”\n\nIt said the case showed “a pattern of abuse”.",
     [("Jo Lee", "Jo Lee"), ("Jo Lee", "It")]),
])
def test_shapes_read_on_half_46(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name with its party and state in brackets, then an apposition set off by commas, then the cue
    ("Officials met on Monday.\n\n“It could matter a lot,” Sen. Al Roe (R-Ohio), a member of the leadership, said"
     " ahead of the meeting.", [("Al Roe", "Al Roe")]),
    # a site's card on a person cut into the sentence, the sentence going on after it with the state in brackets
    ("Officials met on Monday.\n\n“It could matter a lot,” Sen. Al Roe Al Dean RoeA headline here | another one MORE"
     " (Ohio), a member of the leadership, told reporters.", [("Al Roe", "Al Roe")]),
    # two roles joined by "and", a place before the second, before one name after an inverted cue
    ("Critics spoke up. “It is a stain,” wrote presidential candidate and Elmland senator Ann Bell.",
     [("Ann Bell", "Ann Bell")]),
    # he opening the clause after a time set off by a comma is the participle's subject, not the time
    ("Judge Al Roe has a long record. In October 2016, he dealt a blow to the bureau, writing an opinion arguing that"
     " its structure is wrong, and more broadly deemed agencies like it a “threat to liberty.”", [("Al Roe", "he")]),
])
def test_shapes_read_on_compared_pairs(text, expected):
    assert spoken(text) == expected


def test_she_after_a_card_cut_before_a_comma_is_the_woman_named_before_it():
    text = ("Justice Sonia Bell Sonia BellA story here | another story MORE, a judge, was among those who asked."
            "\n\nShe asked lawyer Noel Roe, who argued the case, at what point the state took charge.\n\n“Where is the"
            " decision made,” she asked, “that this is not about the law?”")
    assert spoken(text) == [("Sonia Bell", "she"), ("Sonia Bell", "she")]


@pytest.mark.parametrize("text, expected", [
    # "he" after a subhead is not a group named in lower case and plural ("Young farmers in Elmshire")
    ("Governor Al Roe has refused to quit.\n\nFormer mayor Jo Lee said Mr Roe had lost all trust. Young farmers in"
     " Elmshire called it \"shameful\" and others urged him to go.\n\nWhat did Roe say?\n\nHe said he had first owned"
     " the photo, which he called \"clearly wrong\".",
     [("Young farmers in Elmshire", "Young farmers in Elmshire"), ("Al Roe", "he")]),
    # a chairman whom "she" follows is a woman, her given name telling neither way
    ("Elm Party Chairman Kim Tate said in a statement that the race was over.\n\nBut, she said, \"we respect the"
     " vote.\"\n\n\"We will hold him to account,\" she said.",
     [("Kim Tate", "she"), ("Kim Tate", "she")]),
    # a word a speaker cited by a title and surname "painted" someone as is that speaker's
    ("President Tate backed Jo Lee.\n\n\"A win is a win,\" Tate said.\n\nTate painted Ann Roe as a liberal \"puppet\""
     " of party leaders.", [("Tate", "Tate"), ("Tate", "Tate")]),
    # a statement after "Here's the president's statement:" is the president's
    ("President Jo Lee called the crew heroes in a statement on Monday.\n\nHere's the president's statement:\n\n"
     "\"Yesterday, ten workers were killed while fighting a fire outside Elmton. They were heroes, highly skilled"
     " people who put themselves in harm's way to protect the lives of others.\"",
     [("Jo Lee", "the president's statement")]),
    # "started" before a quoted phrase reports nothing: the cue after it speaks
    ("Four men were charged.\n\nThe fight had started out as a \"game\" that got worse, police said.",
     [("police", "police")]),
])
def test_shapes_read_on_half_47(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "she" after a sentence a name's kin opens ("Lee's mother") is that kin, not the woman named before
    ("Ann Bell was found guilty of killing Roy Lee.\n\nLee's mother wept as the verdict was read out at noon."
     " “God is good,” she said.", [("mother", "she")]),
    # the kin of the other gender is not whom "she" stands for
    ("Ann Bell was found guilty of killing Roy Lee.\n\nLee's father wept as the verdict was read out at noon."
     " “God is good,” she said.", [("Ann Bell", "she")]),
    # a plural noun with no determiner right before "who" is the subject of the cue after it
    ("The judge let the jury weigh the rule, despite the objections of prosecutors who called the move “absurd.”",
     [("prosecutors", "prosecutors")]),
    # a name before "who" is still read as before
    ("It drew criticism from Jo Lee who called the move “absurd.”", [("Jo Lee", "Jo Lee")]),
])
def test_shapes_read_on_half_48(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the spokesman" after "a spokesman for <body>" is that body's, not a spokesman the text names only later
    ("A spokesman for Elmland's Foreign Ministry promised \"grave consequences\" on Saturday.\n\n\"We will act,\" the"
     " spokesman said.\n\nCouncil Spokesman Mark Dale said the talks went on.",
     [("Elmland's Foreign Ministry", "spokesman for Elmland's Foreign Ministry"),
      ("Elmland's Foreign Ministry", "spokesman")]),
    # "the spokesman" after "a spokesman for <body>" speaks for the body, as "a spokesman for <body> said" does
    ("A spokesman for Elm Transit Authority said the vote was off.\n\n\"We will not rush,\" the spokesman said.",
     [("Elm Transit Authority", "spokesman")]),
    # a spokesman named before is still the one meant
    ("Council Spokesman Mark Dale spoke on Saturday.\n\n\"We will act,\" the spokesman said.",
     [("Mark Dale", "spokesman")]),
    # a party's adjective before a role one person holds is no place: the holder speaks
    ("Former Elm Gov. Matt Dunmore pardoned Kathy Lane, who left her baby in a shed.\n\nThe former Republican"
     " governor wrote in his order that Lane \"has paid enough.\"", [("Matt Dunmore", "former Republican governor")]),
    # "the paper" after "according to <paper>" is that paper
    ("In all, the mayor signed 400 pardons, according to The Elm-Journal. The paper notes, \"The list includes a"
     " man convicted of arson.\"", [("The Elm-Journal", "paper")]),
    # "the source" after "a second aviation source" is that source, by its fuller description
    ("A second aviation source said the craft was old.\n\n\"It was pilot error,\" the source said.",
     [("second aviation source", "source")]),
])
def test_shapes_read_on_half_49(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "miss" in lower case is a verb: "will miss Mayor Roe" makes no woman of him
    ("By Ann Bell\n\nDOVER — Mayor Chris Roe said Monday that he would retire.\n\nHe said he had done “a lot” for "
     "the town.\n\nThe council wrote that it would miss Mayor Roe.", [("Chris Roe", "He")]),
    # the reporters of a byline are no one "he" may stand for
    ("Al Roe, Bo Fry and Ann Bell\n\nELM TODAY\n\nHe said he had done “a lot” since taking office.",
     [("He", "He")]),
])
def test_shapes_read_on_compared_pages_72(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the union" after "the <name> union" is that union, its name written out
    ("Workers were angry on Friday.\n\nSeparately, the Elm Valley Food and Farm Workers union, which represents"
     " drivers, attacked the plan.\n\n“This is greed,” the union said in a statement.",
     [("Elm Valley Food and Farm Workers union", "union")]),
    # a capital on the noun where the name is written is the same noun
    ("The Elmland Embassy in Lisbon praised the inquiry.\n\n“We stand together,” the embassy said.",
     [("Elmland Embassy", "embassy")]),
    # a name and words in lower case before the noun
    ("The Elmish precious stones association said the trend would end. The association acknowledged “the short-term"
     " impact of the rush”.", [("Elmish precious stones association", "association")]),
    ("Jo Lee was pulled inside by a Capitol Police officer.\n\n“Get inside now” the officer yelled.",
     [("Capitol Police officer", "officer")]),
    # a name joined to the noun by words of no description is left alone
    ("The Elm Council and the union met.\n\n“No,” the union said.", [("union", "union")]),
    # a plural may be more than the group a name describes before it
    ("The UN experts cited a report. The analysis cited by the experts says the prince “sent messages”.",
     [("experts", "experts")]),
    # "they" after a sentence opening on "the" and a plural before a verb in the past is that group
    ("Ann Bell and Jo Roe issued a joint statement on Monday.\n\nThe experts linked the case to the leak, saying the"
     " phone had been hacked.\n\nThey said there had been “a massive campaign against the firm”.",
     [("experts", "They")]),
    # a plural not right before the verb is no such group
    ("The talks in Elmtown collapsed on Monday.\n\nThey said it was “over”.", [("They", "They")]),
    # a plural "involved in" something is the subject, not the thing it is involved in
    ("The divers involved in Monday's dive said it was “even smoother than before.”",
     [("divers involved in Monday's dive", "divers involved in Monday's dive")]),
    ("Jo Lee, who was involved in the talks, said it was “a mess.”", [("Jo Lee", "Jo Lee")]),
])
def test_shapes_read_on_half_50(text, expected):
    assert spoken(text) == expected


def test_miss_tells_a_sex_as_a_title_only():
    assert genders("Miss Chris Bell spoke.", ["Chris Bell"]) == {"Chris Bell": "f"}
    assert genders("Fans will miss Chris Bell.", ["Chris Bell"]) == {}


@pytest.mark.parametrize("text, expected", [
    # "told" and whom it was told to lead into the quotation: the outlet cited after it relays
    ("In 2015, Gen. Al Roe, who advised two presidents, told interviewers, “We had no plan,” according to the Post.",
     [("Al Roe", "Al Roe")]),
    # "interrupted" next to a quotation is a cue; a cue in a clause opened by "when" does not speak
    ("Mayor Jo Lee spoke first. When Al Roe tried to respond, the mayor interrupted, “That was no question.”",
     [("Jo Lee", "mayor")]),
    # "answered" right after a quotation and its subject
    ("Al Roe was asked about the plant. “There are experts who worry,” he answered.", [("Al Roe", "he")]),
    # a cue word in -ed after a possessive is an adjective: "the state's projected shortfall"
    ("Gov. Al Roe spoke on Monday. He described the state’s projected shortfall as “grave.”", [("Al Roe", "He")]),
    # a quotation closing a relative clause with a cue: the verb after it is the main clause's, no reporting clause
    ("Al Roe, who called the inquiry in a post the “worst hunt of all time,” demanded an apology from the council.",
     [("Al Roe", "Al Roe")]),
])
def test_shapes_read_on_compared_pages_73(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "which" right after a name, no comma before it, stands for that name
    ("Several firms said they would stay, including Brightway Foods which said it had “every reason to remain”.",
     [("Brightway Foods", "Brightway Foods")]),
    ("Several firms said they would stay, including Brightway Foods, which said it had “every reason to remain”.",
     [("Brightway Foods", "Brightway Foods")]),
    # the verb in -ed closing an aside with "on whose" is the aside's: the subject is the name before it
    ("Ann Bell, a lawyer on whose street the fire started, told reporters she saw “flames everywhere” as it spread.",
     [("Ann Bell", "Ann Bell")]),
    ("Days later, Jo Lee resigned, conceding that the plan was “a mistake”.", [("Jo Lee", "Jo Lee")]),
    # a relative clause running on after a comma and "and" is still the aside of the name before it
    ("Sunrise Air, which has five Elm 300 jets in the fleet of its regional carrier LoAir, and a further 31 on firm"
     " order, said it was “watching the situation closely”.", [("Sunrise Air", "Sunrise Air")]),
    ("Jo Lee, who runs a shop in Elmtown, and a cafe nearby, said it was “a disaster”.", [("Jo Lee", "Jo Lee")]),
])
def test_shapes_read_on_half_51(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb opening the sentence before a comma is no name set off ("Still", not a Mr. Still)
    ("Still, some trade experts, like Jo Lee of the Elm Institute, told me that the tariffs “were a mistake.”",
     [("some trade experts", "some trade experts")]),
])
def test_shapes_read_on_compared_pages_74(text, expected):
    assert spoken(text) == expected
