"""Speakers of quotations in patterns of US wire copy, each on a sentence written here: a cue leading straight
into its quotation before a later verb in the sentence, a participle after a comma whose nearest noun is a year
or sits in a phrase opening with a preposition, an aside set off by dashes before a cue,
"released another statement", "it" after a document's quotation, a role after a quotation naming someone, a
subject before an aside set off by dashes; with the neighbours each rule must leave alone."""

import warnings

import pytest

import newskit as nk
from spoken import spoken

warnings.simplefilter("ignore", nk.NewskitWarning)


@pytest.mark.parametrize("text, expected", [
    # a cue and a colon lead into the quotation: its speaker, not the subject of a verb after it
    ("Asked about the chair, Dana Whitfield said: “It would seem obvious” that if the council confirms Ray Holt.",
     [("Dana Whitfield", "Dana Whitfield")]),
    # a participle after a comma whose nearest noun is a year: the clause's subject
    ("Dana Whitfield said the plan had stalled since 2019, saying, “The plan was dead” by then.",
     [("Dana Whitfield", "Dana Whitfield")]),
    # a participle after a phrase set off by a comma and opened by a preposition: the clause's subject
    ("Dana Whitfield mixed facts with hedges, at one point cautioning “plans do change.”",
     [("Dana Whitfield", "Dana Whitfield")]),
    # an aside set off by dashes between the subject and its cue
    ("Ray Holt -- who has led the port's talks with the city -- told reporters that there \"is real progress.\"",
     [("Ray Holt", "Ray Holt")]),
    ("Ray Holt — who led the talks — told reporters that there was “real progress.”", [("Ray Holt", "Ray Holt")]),
    # "released another statement" gives out a statement as "released a statement" does
    ("Harbor Lines released another statement saying it was “working hard to stop a leak.”",
     [("Harbor Lines", "Harbor Lines")]),
    ("On Sunday, the company released another statement saying it was “working hard to stop a leak.”",
     [("company", "company")]),
    # "it" after a quotation of a document or a body: that source
    ("The filing came on Monday.\n\n“The man made it up,” the indictment states.\n\nIt continues, “In short, he lied.”",
     [("indictment", "indictment"), ("indictment", "It")]),
    # ... and over paragraphs between that go on with "It": still that body
    ("The board met.\n\n“Costs rose,” the agency said.\n\nIt said the data was new.\n\n"
     "If other “missing” sums are counted, the total is far higher, it said.",
     [("agency", "agency"), ("agency", "it")]),
    # "it" after a sentence opened by one word the text also writes as a name where no sentence opens: that body
    ("Elmco did more than raise its bid on Monday. It also pledged a “fair” fee. Brill rejected Elmco.",
     [("Elmco", "It")]),
    ("Analysts met on Monday. It also pledged a “fair” fee. Brill rejected the analysts.", [("It", "It")]),
    # a network named on a row of share buttons or in a link's tooltip is page markup, not the company meant
    ("Facebook Tweet Email Link\n\nElmco Paints, the paint maker, is in trouble.\n\n"
     "The company said it had “no cash left.”", [("Elmco Paints", "company")]),
    ('[](https://example.org/elm "Follow us on Instagram")\n\nElmco Paints is in trouble.\n\n'
     "The company said it had “no cash left.”", [("company", "company")]),
    ("Facebook fell.\n\nThe company said it had “no cash left.”", [("Facebook", "company")]),
    # a subject before an aside set off by dashes opens its sentence for the pronoun of a later clause
    ("“It is fair,” said Ray Holt.\n\nGov. Dan Reyes -- who may run -- made the port a priority, and he has battled "
     "with Holt since, at one point calling the mayor “a liar.”", [("Ray Holt", "Ray Holt"), ("Dan Reyes", "he")]),
    # a name inside the quotation is the speaker's words, not a speaker for the role after it
    ("“We are ready,” Ray Holt said.\n\nThe ferry left at noon. “I sailed with Dana Whitfield on the old boat,” the former "
     "mayor said.", [("Ray Holt", "Ray Holt"), ("Ray Holt", "former mayor")]),
    # a spokesman no one is named as is no one else the text names, but the fullest description given of him
    ("An Elm Air Lines spokesman said the ferry was late.\n\nAl Roe waited at Elmshire. “We regret the delay,” the Elm "
     "spokesman said.\n\nJo Lee left. “It has sailed,” the spokesman wrote.",
     [("Elm Air Lines spokesman", "Elm spokesman"), ("Elm Air Lines spokesman", "spokesman")]),
    # an unnamed spokesperson for an organisation gives the organisation's words; one for a person stays his
    ("Rain fell.\n\nA spokesperson for the Elmland State Department confirmed the deaths of “several citizens.”\n\n"
     "“We are in contact with the airline,” the spokesperson said.",
     [("Elmland State Department", "spokesperson for the Elmland State Department"), ("spokesperson", "spokesperson")]),
    ("Rain fell.\n\nA spokesman for Jo Lee confirmed the deaths of “several citizens.”",
     [("spokesman for Jo Lee", "spokesman for Jo Lee")]),
    # a verb only read next to a quotation ("continuing") reported by "said" with its subject: the reporter speaks
    ("Al Roe said the inquiry is continuing and, as evidence is gathered and assessed, “we may lay other charges.”",
     [("Al Roe", "Al Roe")]),
    # such a verb far after a quoted word cues nothing: a scare quote
    ("“We will stay,” Jo Lee said. Despite a “truce” that took effect in May and was later extended into July, raids "
     "in the north and Elmshire have continued.", [("Jo Lee", "Jo Lee"), ("", "")]),
    # such a verb whose subject opens near the quotation still cues it, an aside or a relative clause between
    ("Guns “stunt growth,” Jo Lee, the former governor of Elmshire, proclaimed to a crowd on Tuesday.",
     [("Jo Lee", "Jo Lee")]),
    ("Al Roe backed a bill for those showing “extreme carelessness” with files, which is what Elmshire Director Jo Lee "
     "described the case as.", [("Jo Lee", "Jo Lee")]),
    # two quotations paired by "and" before one cue: its speaker for both
    ("“It is fine to cry” and “it is fine to be sad,” Jo Lee said she told the players.",
     [("Jo Lee", "Jo Lee"), ("Jo Lee", "Jo Lee")]),
    # "referred to ... as" names what the quoted words call it: the subject's words
    ("An Elm Air spokesman referred to the bird only as a “stowaway” on Monday.",
     [("Elm Air spokesman", "Elm Air spokesman")]),
    # an acronym the text defines in brackets after a body's name: that name
    ("Experts at the Elm Water Authority (EWA) met. “The dam will hold,” the EWA said.",
     [("Elm Water Authority", "EWA")]),
    # "it" after a paragraph that opens on the same description as the body quoted before it: that body
    ("Crowds fled.\n\nThe organiser of the Elm Fair said the night “was truly amazing”.\n\nThe organiser said the "
     "pumps failed.\n\nIt added that “no one was hurt”.",
     [("organiser of the Elm Fair", "organiser of the Elm Fair"), ("organiser of the Elm Fair", "It")]),
    # a body whose name holds a department's field before "Authority": the whole name, not "Authority"
    ("The Elm Transportation Authority says the trains “bumped into each other” on Monday.",
     [("Elm Transportation Authority", "Elm Transportation Authority")]),
    # words "citing" leads to after a body's clause: the body's, as a person's
    ("The storm hit Elmton. Elmton has issued a snow emergency, citing “dangerous and impassable” roads.",
     [("Elmton", "Elmton")]),
    # an alert given out with a participle cue after it: whoever issued it
    ("Early on Monday, police issued a phone alert saying they were at the scene of shootings “involving young "
     "victims.” Most were downtown.", [("police", "police")]),
    # an acronym is not stretched into a product name that opens with it
    ("EQC unveiled EQC Quantum Hydra on Monday. “It will scale,” EQC stated.", [("EQC", "EQC")]),
    # a description of an organisation after a sentence whose subject is its name after "the": that name
    ("The Daily Planet broke the story. “No,” the newspaper said.", [("The Daily Planet", "newspaper")]),
    # a quotation opening its sentence, the sentence closed by a reporting clause after a comma
    ("The pace was slow.\n\n“The lines have not moved that much” since the start of the war, Jo Lee said.",
     [("Jo Lee", "Jo Lee")]),
    # the one a statement "quoted ... as saying", without the titles before the name
    ("“Work is ongoing,” the statement quoted Director General Jo Lee as saying.", [("Jo Lee", "Jo Lee")]),
    # a document by a body named after "the", a year before the document's noun: the body speaks
    ("Scholars argue. As a 2025 study by the Elm Centre for Strategic Studies notes, “in the capitals, disbelief "
     "held”.", [("Elm Centre for Strategic Studies", "Elm Centre for Strategic Studies")]),
    # "according to" documents a medium saw: the documents, not the medium
    ("In Elm region the mood is causing “serious concern,” according to documents seen by the Elm Times.",
     [("documents", "documents")]),
    # "according to" inside a relative clause after the sentence's cue: that cue's subject speaks
    ("The Elm Institute says, as an economy which spends 7% on arms according to the Roe Centre, Elmland will fail "
     "to “pay the large cash bonuses.”", [("Elm Institute", "Elm Institute")]),
    # a body's description after an aside set off by spaced hyphens: the body named last holding its word
    ("Researchers at the Elm Institute for Water Policy met. The think tank - based in Ohio - said the dam faces "
     "“critical” risks.", [("Elm Institute for Water Policy", "think tank")]),
    # "displaced" before a person noun is an adjective of the description, no verb
    ("As a displaced woman from Elmton told us in her new home: “I wish to stay here.” Her words move us.",
     [("displaced woman", "displaced woman")]),
    # a description of a body no company: the body named last whose name holds its word
    ("Ozone builds up, the Environment Office for the Canton of Elm told reporters.\n\nTransport was made free.\n\n"
     "“The measures aim to reduce emissions,” the environment office said.",
     [("Environment Office for the Canton of Elm", "environment office")]),
])
def test_news_copyspoken(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quotation opening its sentence keeps the cue after it
    ("“The ferry will run again,” Dana Whitfield said, adding that Ray Holt agreed.",
     [("Dana Whitfield", "Dana Whitfield")]),
    # a person after the preposition speaks in a participle phrase led by "with"
    ("Dana Whitfield spoke at the pier, with Ray Holt shouting “Enough!” from the back.",
     [("Ray Holt", "Ray Holt")]),
    # a cue inside the subject, with no colon or comma before the quotation, does not lead into it
    ("Ray Holt spoke after the speech. Nothing the mayor said “will calm the town,” the Ohio senator said.",
     [("Ray Holt", "Ohio senator")]),
    # a name set off by dashes is the subject's, not an aside
    ("A former Republican candidate -- Ray Holt, who lost the 2008 race to the mayor -- said the mayor \"offered no "
     "changes to his reactive and slow plan.\"", [("Ray Holt", "Ray Holt")]),
    # dashes that set off no aside before the cue leave the subject read as before
    ("The ferry -- long a lifeline -- was cut, and Ray Holt said it was “a disgrace.”", [("Ray Holt", "Ray Holt")]),
    # "it" after a person's quotation is left to what opens the sentences before
    ("“We won,” Jo Lee said.\n\nIt added: “Never again.”", [("Jo Lee", "Jo Lee"), ("It", "It")]),
    # ... and "it" after a paragraph that opens on another subject is left to what opens the sentences before
    ("Crowds fled.\n\n“We won,” the organiser said.\n\nThe mayor said the pumps failed.\n\nIt added that “no one was "
     "hurt”.", [("organiser", "organiser"), ("It", "It")]),
    # a cue only read next to a quotation ("called") reported by an aside keeps the aside's speaker
    ("Jo Lee left early. The Elmshire Post, Al Roe said, called the plan “a farce.”", [("Al Roe", "Al Roe")]),
    # "referred" without "to ... as" before the quoted words is no cue of them
    ("Al Roe referred reporters to a statement that called the vote “a farce.”", [("", "")]),
    # a reporting clause closing the sentence whose verb opens it: its subject after the verb is its object
    ("“They were giving,” Pam Kravitz, a friend of the family, told the Elm Times.",
     [("Pam Kravitz", "Pam Kravitz")]),
    # "according to" in a clause of its own, no relative clause: its source
    ("Spending, up 7% according to the Roe Centre, will “hurt the economy.”", [("Roe Centre", "Roe Centre")]),
    # a body's name is no description of another body whose name holds its last word
    ("The Justice Department opened a case on Monday. The State Department has said that “no records exist.”",
     [("State Department", "State Department")]),
    # a description of a body that no name before holds its word stays the description
    ("The Ministry of Water met. The office said the dam faces “critical” risks.", [("office", "office")]),
])
def test_news_copy_speakers_leave_neighbours(text, expected):
    assert spoken(text) == expected


@pytest.mark.parametrize("text, kind", [
    ("Jo Lee is accused of a role in the multi-state “fake electors” plot, Al Roe said.", "scare"),
    ("Jo Lee said he would try to end “birthright” citizenship by order.", "scare"),
    ("Jo Lee said the “pay to play” scheme had cost the city dearly.", "scare"),
    ("Jo Lee said the plan was “a plot against the ferry” and would fail.", "partial"),  # words, not a name
])
def test_terms_named_by_the_noun_after_them(text, kind):
    assert nk.quotes(nk.story_from_texts({"a": text})).kind.tolist() == [kind]
