"""Every word list newskit reads text with, each written once.

=========================== ==============================================================================
list                        what it is for
=========================== ==============================================================================
:data:`AGENCY_FORMS`        wire agencies: each canonical name with the other ways copy writes it
:data:`STATE_AGENCIES`      the agencies a state runs (typed "state media", not "wire agency")
:data:`CREDIT_ROLES`        the roles of a credit line ("Reporting by", "Editing by" ...) and their key
:data:`REPORTING_VERBS`     verbs that attribute a statement (base forms; :func:`verb_forms` inflects)
:data:`DECLINING_CUES`, ... cues of declining, statements given out, finding (with a document as subject),
                            statement nouns, agent participles ("released by") and naming ("what X called");
                            verbs of giving out a text and the texts that carry a source's words;
                            voicing a view, giving out details, nouns of criticism and of findings
:data:`CUE_ADVERBS`, ...    adverbs between a source and its cue, words in -ly that are no adverb; nouns that
                            describe one person, plural roles; a party's adjective and its members
:data:`FUNCTION_WORDS`      English function words, left out of the content words sentences are matched on
:data:`PREPOSITIONS`        English prepositions, the one set the lists of unfinished ends, title words and name
                            breaks hold
:data:`ARTICLES`            the articles "a", "an" and "the"
:data:`SENTENCE_OPENERS`    function words that, capitalised, open a sentence (and so end a name)
:data:`YES_NO_OPENERS`      the auxiliary verbs a yes-or-no question opens with ("Did", "Was", "Can")
:data:`TITLE_MINOR_WORDS`   the short function words a title leaves in lower case ("Fox and Friends")
:data:`TITLE_ABBREVIATIONS` titles written short before a name ("Gov.", "Sen.", "Dr.")
:data:`TITLES`              the same and the titles written in full ("Sir", "Lady")
:data:`NAME_TITLES`         the same and the roles written before a name ("President", "former")
:data:`PAST_HOLDER_WORDS`   the words that make a role's holder a past one ("former", "late", "then")
:data:`NAME_PARTICLES`      lower-case words inside personal names ("de", "van", "bin"); those inside the name
                            of a body (:data:`NAME_JOINING_WORDS`: "of", "&"); those ending a list of names
                            (:data:`LIST_CONJUNCTIONS`: "and"); the suffixes after one (:data:`GENERATIONAL_SUFFIXES`);
                            the last words of a show named for its host (:data:`SHOW_TITLE_ENDS`); articles of
                            other languages opening a paper's name (:data:`FOREIGN_ARTICLES`: "Der", "La")
:data:`MALE_GIVEN_NAMES`    given names of men and of women (:data:`FEMALE_GIVEN_NAMES`): a person's likely gender;
                            those of both (:data:`UNISEX_GIVEN_NAMES`)
:data:`WEEKDAYS`, ...       weekdays, months, their abbreviations and the other words that date an event
:data:`OUTLET_NAMES`, ...   networks and sites, the words that end a paper's name, photo agencies; the words
                            around a paper's name used as a publication ("told The Ledger", "The Ledger reported")
:data:`STAFF_ROLES`         a reporter's title after a byline ("Staff Writer", "Senior Correspondent")
:data:`SECTIONS`            the section names of news sites ("Politics", "Fact Check")
:data:`SHARE_BUTTONS`       the words of a page's share buttons and other furniture lines ("Share", "Print")
:data:`TITLE_FIELDS`        the field names a scraper writes before a page's title ("Title: ...")
:data:`CONSENT_WORDS`, ...  what a consent banner asks to accept (cookies, personal data) and its buttons' words
=========================== ==============================================================================

Regular expressions built from a list sit next to it (``*_PATTERN``: an alternation to place inside a
larger expression, longest form first so that no form hides a longer one).

Example
-------
>>> canonical_agency("Associated Press"), canonical_agency("REUTERS"), canonical_agency("Jo Doe")
('AP', 'Reuters', 'Jo Doe')
>>> verb_forms("say"), verb_forms("admit")
(['say', 'says', 'said', 'saying'], ['admit', 'admits', 'admitted', 'admitting'])
"""

from __future__ import annotations

from newskit.text import letters as re


def alternation(forms, flexible_space: bool = True) -> str:
    """A regular-expression alternation of ``forms``, longest first; a space matches any run of spaces.

    Example
    -------
    >>> [re.fullmatch(f"(?:{alternation(['a b', 'c', 'a b c'])})", t) is not None for t in ("a   b", "a b c", "b")]
    [True, True, False]
    """
    escaped = [re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f))]
    return "|".join(e.replace(r"\ ", r"\s+") if flexible_space else e for e in escaped)


# --- wire agencies ---------------------------------------------------------------------------------------

AGENCY_FORMS = {
    "Reuters": ("REUTERS", "Thomson Reuters"),
    "AP": ("Associated Press", "The Associated Press"),
    "AFP": ("Agence France-Presse", "Agence France Presse"),
    "Bloomberg": ("Bloomberg News",),
    "dpa": ("DPA", "Deutsche Presse-Agentur"),
    "EFE": (),
    "ANSA": (),
    "PTI": ("Press Trust of India",),
    "ANI": ("Asian News International",),
    "IANS": ("Indo-Asian News Service",),
    "UPI": ("United Press International",),
    "AAP": ("Australian Associated Press",),
    "PA Media": ("Press Association", "PA Wire"),
    "Kyodo": ("Kyodo News",),
    "Yonhap": ("Yonhap News Agency",),
    "CNA": (),
    "Interfax": (),
    "Anadolu": ("Anadolu Agency",),
    "Xinhua": ("Xinhua News Agency",),
    "TASS": ("Tass",),
}
"""Wire agencies: the canonical name (the one a credit row reports) and the other forms copy writes."""

STATE_AGENCIES = frozenset({"Xinhua", "TASS"})
"""Agencies a state runs: as a source they are state media, not a wire agency."""

_AGENCY_CANONICAL = {form: name for name, forms in AGENCY_FORMS.items() for form in (name, *forms)}
_AGENCY_FOLDED = {form.casefold(): name for form, name in _AGENCY_CANONICAL.items()}

AGENCY_PATTERN = alternation(_AGENCY_CANONICAL, flexible_space=False)
"""Every form of every agency, as copy writes it (a regular-expression alternation, case as written)."""

AGENCY_ALONE_PATTERN = rf"(?i:(?:the\s+)?(?:{AGENCY_PATTERN}))"
"""An agency named alone, in any case, perhaps after "the" ("the Associated Press", "UNITED PRESS INTERNATIONAL"):
a byline's outlet with no author."""

WIRE_PATTERN = alternation(form for form, name in _AGENCY_CANONICAL.items() if name not in STATE_AGENCIES)
"""Every form of the agencies that are not state-run (an alternation, meant to be matched ignoring case)."""


def canonical_agency(name: str) -> str:
    """The canonical name of a wire agency written ``name`` in any case; ``name`` itself when it is no agency form.

    Example
    -------
    >>> canonical_agency("Agence France-Presse"), canonical_agency("IANS"), canonical_agency("ASSOCIATED PRESS")
    ('AFP', 'IANS', 'AP')
    """
    return _AGENCY_CANONICAL.get(name) or _AGENCY_FOLDED.get(name.casefold(), name)


# --- credit lines ----------------------------------------------------------------------------------------

CREDIT_ROLES = {
    "additional reporting": "additional_reporting_by",
    "reporting": "reporting_by",
    "writing": "writing_by",
    "written": "writing_by",
    "editing": "editing_by",
    "edited": "editing_by",
    "compiled": "compiled_by",
    "translated": "translated_by",
    "additional input": "additional_input_by",
}
"""The roles a credit line names before "by", each with the metadata key its names go under."""

CREDIT_ROLE_PATTERN = alternation(CREDIT_ROLES)
"""The roles of :data:`CREDIT_ROLES` as an alternation ("by" not included; match ignoring case)."""


# --- reporting verbs -------------------------------------------------------------------------------------

REPORTING_VERBS = tuple(dict.fromkeys("""say tell add state claim explain insist note write argue warn stress
declare announce acknowledge admit concede reply respond recall suggest confirm deny urge predict quip joke remark
observe emphasise emphasize reiterate tweet comment conclude caution contend counter complain boast agree ask blame
accuse assert allege testify vow pledge promise estimate report charge maintain demand lament plead reveal disclose
reckon mention retort rebut protest post chant muse sigh snap project praise hail summarize summarise""".split()))
"""Verbs that attribute a statement to a source, in their base form."""

STANCE_VERBS = tuple("""fume scoff decry condemn denounce slam blast lambaste ridicule downplay chide applaud bristle
grumble fret prod certify object dispute mock gripe rebuke tout excoriate congratulate""".split())
"""Verbs of a stance voiced in words ("House Republicans fumed", "critics decried the plan", "officials have
certified the results"): they attribute like :data:`REPORTING_VERBS`, in the attribution finder and next to a
quotation ("“...,” Jo Lee fumed"). Those that are mostly nouns in their base form are in :data:`NOUN_LIKE_VERBS`."""

DECLARING_VERBS = tuple("""apologize apologise assure brag deride assail reaffirm interject speculate
propose posit allude""".split())
"""Verbs of a position declared in words ("Al Roe apologized", "Jo Lee derided the plan", "Jo Lee speculates
that", "Jo Lee proposed a tax", "Jo Lee posited that", "Al Roe alluded to the vote"): they attribute like
:data:`REPORTING_VERBS` in the attribution finder, but only with a named subject and not after a modal or "to"
(:func:`newskit.cues.undeclared`): "many apologized" names nobody, "could apologize" declares nothing yet. Next to a
quotation they are cues as they stand ("“...,” Jo Lee assured him")."""

POINTING_VERBS = ("cite", "remind", "extol")
"""Verbs of words that point at something more than they give it: a fact, a memory, a merit ("the Elm Trust cited
new figures", "Jo Lee reminded voters that", "Jo Lee extols the plan"). They attribute as :data:`DECLARING_VERBS` do
in the attribution finder, with a subject the text writes as a name (:func:`newskit.cues.written_as_name`) or
"he"/"she", not in -ing ("..., citing the figures": on PolNeAR train the participle named no source not found
already), and not as a passive ("the figures cited in the study") or a likeness ("reminds me of");
next to a quotation they are no cue, a quoted phrase beside them staying a quoted term ("Residents cite 'safety'").
"hint" is left out: on PolNeAR train it named no source not found already, and one false ("Drop in turnout hints")."""

COMMITTING_VERBS = ("threaten",)
"""Verbs committing their subject to an act in words ("Jo Lee threatened to veto it"): they attribute as
:data:`DECLARING_VERBS` do, and only before "to" or "that" ("Rising tolls threaten the ferry", "Bolivia is
threatening drug controls": a danger, not words)."""

VIEW_VERBS = ("believe", "hope", "endorse", "prefer", "decide", "consider", "see", "back", "support", "oppose", "plan")
"""Verbs of a view held, not of words said: a belief, a hope, a decision or a position ("Jo Lee believes the count was
wrong", "the union endorsed her", "Al Roe hopes to run", "Jo Lee decided not to run", "Al Roe sees the vote as a test").
They attribute as :data:`DECLARING_VERBS` do (a named subject or "he"/"she", not after a modal or "to"), and their
attributions are of their own kind, a view (:func:`newskit.cues.view_cue`; role "view" in
:func:`newskit.source_entities`), so that "X believes" is not read as "X said". Kept are the verbs that on PolNeAR train
name clearly more right sources than false at a precision of 0.9 or more ("decide" 5 right, 0 false; "consider" 3, 0;
"see" 9, 1, its past "saw" left out: 1 right, 3 false, "Others saw the same"), and, once the subjects and verbs that
hold no view were guarded (:func:`newskit.cues.undeclared`: "Everyone wants", "Ohio supported Bush", "Berlin backed
off"), "back" (4 right, 0 false; 4, 1 unguarded), and, once a view was read after a relative clause closed by a comma,
not after "never" and not inside what a poll finds, "support" (6 right, 0 false) and "oppose" (7, 0), and "plan" only
before "to" (:data:`INTENDING_VERBS`; 8 right, 0 false: all train sources 5238 right of 5771 -> 5246 of 5779). Still
short with the guards: "want" 9 right, 8 false; "seek" 4, 1; "favor" 3, 1; "expect" 3, 1; "fear" 4, 3; "think" 2,
4; "feel" 3, 1 (their false subjects mostly a thing, a country or another's words: "Demographics favor Clinton",
"Employers seek workers", "Iran wants", "Bill Clinton: Hillary thinks"). Their participles before an agent are no
cue: "supported by", "opposed by" and "endorsed by" named 9 right sources and 10 false ("supported by 13 percent")."""

CONTAINING_VERBS = ("include", "contain", "feature", "carry")
"""Verbs of what a text holds ("the indictment includes details", "the report contains a letter"): a cue in -ing after
their object tells of that object, whose words are the holder's; the holder is the source ("the indictment includes
details accusing the firm": the indictment), as it is where the verb is in the past ("included")."""

INTENDING_VERBS = ("plan",)
"""Verbs of :data:`VIEW_VERBS` that hold a view only before "to", an intention ("Jo Lee plans to run"; "the castle
plans a fair" is no view: :func:`newskit.cues.undeclared`)."""

INDEFINITE_PRONOUNS = ("everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody", "no one")
"""Pronouns of no one in particular ("Everyone wants to win", "Nobody opposed him"): no holder of a view
(:func:`newskit.cues.undeclared`)."""

WELCOMING_VERBS = ("welcome",)
"""Verbs that attribute a stance only when their object is something said or decided (:data:`SPOKEN_NOUNS`,
:data:`DECIDED_NOUNS`: "welcomed the ruling"), not a guest ("welcomed visitors")."""

DECIDED_NOUNS = ("decision", "decisions", "ruling", "verdict", "move", "news", "deal", "agreement", "announcement",
                 "result", "results", "vote")
"""Nouns of what was decided, the object that makes a verb of :data:`WELCOMING_VERBS` an attribution."""

SIGNALLING_VERBS = ("signal", "signals", "signaled", "signalled", "signaling", "signalling", "question", "questions",
                    "questioned", "questioning", "wonder", "wonders", "wondered", "wondering")
"""Verbs that attribute before "that" or an indirect question ("signaled that he would veto it", "questioned
whether the bill would pass"): without one they mostly act ("signaled a turn", "questioned a suspect")."""

REJECTING_VERBS = ("dismiss", "defend", "reject")
"""Verbs that attribute a stance only when their object is something said (:data:`SPOKEN_NOUNS`: "dismissed the
criticism", "defended his comments", "rejected the allegations"), not a person or a case ("dismissed the
case", "defended the title")."""

SPOKEN_NOUNS = tuple("""criticism criticisms critics claim claims charge charges comment comments remark remarks
concern concerns idea notion suggestion suggestions report reports allegation allegations accusation accusations
question questions speculation talk rumors rumours statement statements characterization assertion assertions
attack attacks""".split())
"""Nouns of what was said, the object that makes a verb of :data:`REJECTING_VERBS` an attribution."""

PHRASAL_CUES = tuple(f"{verb} {particle}" for verbs, particle in (
    (("weigh", "weighs", "weighed", "weighing"), "in"), (("chime", "chimes", "chimed", "chiming"), "in"),
    (("hit", "hits", "hitting"), "back"), (("fire", "fires", "fired", "firing"), "back"),
    (("shoot", "shoots", "shot", "shooting"), "back"),
    (("lash", "lashes", "lashed", "lashing"), "out"), (("speak", "speaks", "spoke", "speaking"), "out"),
    (("sound", "sounds", "sounded", "sounding"), "off"), (("push", "pushes", "pushed", "pushing"), "back against"),
    (("join", "joins", "joined", "joining"), "the chorus"), (("join", "joins", "joined", "joining"), "in the chorus"),
    (("cry", "cries", "cried", "crying"), "foul"))
    for verb in verbs)
"""Phrasal verbs of speaking up, every form written out ("chimed in", "hit back", "joined the chorus", "cried
foul")."""

REACTION_NOUNS = ("reaction", "reactions", "praise", "criticism", "condolences", "rebuttal", "rebuttals", "response",
                  "responses")
"""What a source offers or gives in words ("offered swift, negative reactions", "gave praise"): after
:data:`OFFERING_VERBS` an attribution of the verb's subject."""

OFFERING_VERBS = ("offer", "offers", "offered", "offering", "give", "gives", "gave", "giving", "heap", "heaps",
                  "heaped", "heaping")
"""Verbs of giving, an attribution with one of :data:`REACTION_NOUNS` as their object ("heaped praise on")."""

QUESTION_WORDS = ("whether", "if", "why", "how", "what", "who", "when", "where")
"""Words opening an indirect question: after "asked" (and its object) they make the asker a source ("Jo Lee asked
whether ..."), as a quotation after it does."""

DOCUMENT_FINDINGS = ("poll", "survey", "study", "analysis")
"""Documents whose figures a sentence gives after "In the ...," ("In the poll, Romney leads"): the document is
the source."""

AUTHORING_VERBS = ("filed", "issued", "released", "published", "sent", "posted", "wrote", "written", "unveiled",
                   "submitted", "signed", "penned", "drafted")
"""Past forms of giving out or writing a document: "the FBI filed a complaint accusing ..." credits the one who filed
it with what the document says; "40 nurses have sent Jo Lee a letter", "a letter signed by 40 nurses" name the
letter's authors."""

AUTHORING_BASES = ("file", "issue", "release", "publish", "send", "post", "write", "unveil", "submit", "sign", "pen",
                   "draft")
"""The bare forms of :data:`AUTHORING_VERBS`, read after "did" or "does" ("Jo Lee would not comment but did issue a
statement": Jo Lee gave it out)."""

RECORDING_NOUNS = ("video", "videos", "recording", "recordings", "tape", "tapes", "footage", "audio")
"""Recordings of someone's words: "according to a video of his remarks" credits the speaker, not the video."""

GROUP_QUANTIFIERS = ("some", "many", "most")
"""Quantifiers of no count leading a group that is a source ("Some members of the congregation said"): the group is
the source. Counting words ("several", "two", "dozens of") stay part of it ("several prominent conservatives")."""

PLEAS = ("guilty", "not guilty", "innocent", "not innocent", "no contest", "nolo contendere")
"""The pleas entered in court after "plead" ("Jo Lee pleaded not guilty"): a plea entered, no words reported."""

TALLY_TERMS = ("pledged delegate", "pledged delegates", "precincts reporting", "precinct reporting")
"""Terms of an election count that hold a cue word reporting nothing ("won 758 pledged delegates", "with 95 percent
of precincts reporting")."""

SET_PHRASES = ("all told", "enough said", "said than done", "needless to say", "having said that", "suffice it to say",
               "time will tell", "truth be told")
"""Set phrases that hold a cue word reporting nothing ("All told, the groups spent $1 billion", "easier said than
done", "only time will tell")."""

WEATHER_ALERTS = tuple(f"{hazard} {alert}" for hazard in ("storm", "hurricane", "flood", "tornado")
                       for alert in ("warning", "warnings"))
"""The names of weather alerts ("a tropical storm warning", "flood warnings"): "warning" names the alert, no one's
warning; so :data:`SET_PHRASES`-like terms that hold no cue, and no source either."""

NEGATED_AUXILIARIES = ("n't", "n’t", "not", "never", "cannot")
"""Words that, right before a reporting verb, negate it ("she doesn't tell", "he never said"): a negated credit
credits nobody (the cues of declining, :data:`DECLINING_CUES`, are attributions of their own)."""

ASKED_NOUNS = ("request", "requests", "question", "questions", "query", "queries", "inquiry", "inquiries", "message",
               "messages", "email", "emails", "e-mail", "e-mails", "call", "calls", "voicemail", "voicemails",
               "attempt", "attempts", "interview", "questionnaire", "letter", "letters", "comment", "phone")
"""What a reporter asks a source for or sends ("didn't respond to the Ledger's questions", "hasn't responded to phone
and email messages", "to attempts to reach him"): not responding to it is declining to comment; not responding to
anything else is an event met with silence ("didn't respond to the attack"), no attribution. "did not respond to",
in two words, is read with a request only (:data:`newskit.cues.STANCE_CUES`)."""

QUOTE_ONLY_VERBS = ("continue", "begin", "shout", "yell", "scream", "wonder", "laugh", "cry", "whisper", "describe",
                    "call", "go on", "grin", "chuckle", "confess", "reflect", "bark", "echo", "exclaim", "interject",
                    "gush", "marvel", "react", "opine", "exhort", "proclaim", "remember", "refer", "elaborate",
                    "start", "imply", "read", "find", "characterize", "characterise", "interrupt")
"""Verbs that attribute only next to a quotation ("she continued", "he went on", "“Why now?” Lee reacted",
"“...,” opined the Gazette", "Lee elaborated: “...”", "“...,” the host started", "Lee implied that they had a
“tough talk”", "“...,” the authors found", "the Gazette characterized the race as a “rout”", "Roe interrupted, “...”";
not "an elaborate plan"); "refer" only as "referred to it as “...”"
(:func:`newskit.cues.cues_quotation_after`)."""

INVERTED_CUES = ("answers", "answered", "replies")
"""Forms of verbs that are nouns as often, cues only right after a quotation and before their source ("“...,” answers
the teacher"), not after other words ("as the mayor seeks answers")."""

INVERTED_OPENERS = ("Said", "Says", "Added", "Stated", "Wrote", "Explained", "Replied", "Recalled", "Declared")
"""Reporting verbs that may open a sentence before their source ("Said Jo Lee, who grew up there, “...”", "Added
Jo Lee: “...”"): no part of the name after them."""

SPANISH_REPORTING_VERBS = ("dijo", "afirmó", "declaró", "aseguró", "explicó", "señaló", "añadió", "agregó",
                           "indicó", "sostuvo", "comentó")
"""Spanish reporting verbs (past tense) met in bilingual copy."""

DECLINING_CUES = tuple(f"{verb} {rest}" for verb in ("did not", "didn't", "would not", "wouldn't", "declined to",
                                                     "refused to")
                       for rest in ("say", "comment", "elaborate", "specify")) + tuple(
    f"{verb} {rest}" for verb in ("declined to", "refused to")
    for rest in ("discuss", "answer", "speculate", "confirm", "be interviewed", "weigh in")) + (
    "declined to respond", "did not immediately respond", "could not immediately be reached",
    "did not return calls", "did not return messages", "did not return requests", "had no comment",
    "had no immediate comment", "declined comment")
"""A source declining to say something, itself an attribution ("the campaign did not say", "declined to
comment", "declined to answer", "did not specify"): the subject before it is the source; declining to act is not
("declined to rule out a run", "refused to renew the lease"). A request left unanswered ("did not respond to the
Ledger's request") is one of :data:`newskit.cues.STANCE_CUES`."""

STATEMENT_CUES = tuple(f"{verb} {det} statement" for verb in ("issued", "released", "put out", "issues", "releases")
                       for det in ("a", "the", "the following", "another", "this"))
"""A statement given out, an attribution in itself ("Jo Lee issued a statement voicing ...", "Jo Lee released the
following statement: “...”", "The Elm Society released this statement: “...”")."""

DESCRIBING_CUES = ("describe", "describes", "described")
"""Forms of "describe" that attribute on their own ("she described the scene"); "describing" cues only a quotation
(:data:`QUOTE_ONLY_VERBS`): on its own it mostly qualifies a noun ("a blog describing her life")."""

VOICING_CUES = tuple(f"{verb} {what}" for verb in ("expressed", "voiced", "raised", "expresses", "voices", "raises")
                     for what in ("concern", "concerns", "doubts", "alarm", "support", "opposition")) + tuple(
    f"{verb} {it}clear" for verb in ("make", "made", "makes", "making") for it in ("", "it ")) + tuple(
    f"{verb} {what}" for verb in ("expressed", "voiced", "expresses", "voices", "expressing", "voicing")
    for what in ("frustration", "disappointment", "skepticism", "scepticism", "outrage", "regret", "sympathy",
                 "condolences", "confidence", "optimism", "anger", "dismay", "reservations", "gratitude",
                 "appreciation", "admiration", "solidarity"))
"""A source voicing a view in a verb and its object, an attribution in itself ("some expressed concern that",
"the candidates made clear that", "sought to make clear that", "voiced frustration")."""

RELEASED_INFORMATION = tuple(f"{verb} {det}{what}" for verb in ("released", "published", "issued", "made public")
                             for det in ("", "the ", "its ", "their ", "new ")
                             for what in ("details", "data", "figures", "findings", "results", "guidance",
                                          "records", "documents", "a report", "numbers", "statistics"))
"""A body giving out information, an attribution in itself ("the office released details of six settlements")."""

CRITICISM_CUES = ("criticized", "criticised", "criticizes", "criticises", "criticize", "criticise")
"""Criticising, an attribution of an opinion ("Jo Lee criticized the plan"); its -ing form is left out: it mostly
qualifies a noun ("a statement criticizing the plan")."""

FAULTING_VERBS = ("knock",)
"""Verbs of criticism that attribute only with an object before "for", "as" or "on" ("Jo Lee knocked Al Roe for the
delay", "knocks the plan as weak"): "knocked it out", "knock on doors", "knocked down" are no words
(:data:`MOVING_PARTICLES`; measured on PolNeAR train: 5 gold sources, none false)."""

MOVING_PARTICLES = ("out", "off", "back", "down", "over", "up", "into")
"""Particles that make a verb of :data:`FAULTING_VERBS` an act of moving ("knocked him out of the race")."""

JUDGING_VERBS = ("accuse", "criticize", "criticise", "blame", "praise", "condemn", "rebuke", "chide", "fault",
                 "denounce")
"""Verbs of judging someone that always take that someone as object ("Jo Lee accused Al Roe of lying"): their
participle right before "of" or "for" is a passive with no object ("the man accused of theft", "a mayor criticized
for the delay"), the judged person, not who speaks; after a comma or a quotation they are never inverted, the words
after them being the judged ('called him “weak,” denounced his record')."""

DEGREE_ADVERBS = ("very", "more", "most", "less", "least", "quite", "particularly", "especially")
"""Adverbs of degree: before a cue in -ing they make it an adjective ("the most telling sign", "very revealing")."""

FINDING_VERBS = ("found", "finds", "show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "indicate",
                 "indicates", "indicated", "concluded", "estimated", "emerged")
"""Verbs that attribute only with a poll, study, report or document as their subject ("a poll found")."""

BODY_LABELS = ("super PAC", "PAC")
"""Kinds of political body written before its name ("the conservative super PAC Harbor Future"): not part of
the name."""

PERCEPTION_PARTICIPLES = ("shown", "seen", "heard", "filmed", "recorded")
"""Participles that put a speaker before a gerund cue ("Jo Lee is shown saying"): the participle is no source,
the subject of "is" is."""
PERCEIVING_PAST = frozenset({"heard", "saw", "overheard", "watched", "filmed", "recorded"})
"""Verbs of perceiving in the past whose object a gerund cue follows ("he had heard the men saying"): the words reach
the text through the subject of the verb, who reports them."""

READ_BY_PARTICIPLES = ("seen", "reviewed", "viewed", "examined", "obtained")
"""Participles of a medium reading or obtaining a document before "by" ("documents seen by the Ledger", "emails
reviewed by", "calendars obtained by"): after "according to" the document speaks, not whoever read it."""

CRITICISM_NOUNS = ("criticism", "accusations", "allegations", "complaints", "concerns", "warnings", "objections",
                   "praise", "condemnation")
"""Nouns of what a source said against (or for) something; before "from" they credit what follows ("criticism
from the party establishment") and after a possessive its owner ("Jo Lee's concerns")."""

AUTHORED_NOUNS = ("finding", "findings", "review", "report", "analysis", "assessment", "study", "survey", "poll",
                  "estimate", "estimates", "audit")
"""What a body finds, written as a noun; before "by" it credits the agent ("an analysis by the Tax Policy Center",
"a review in 2015 by the ethics office"). "Decision" and "ruling" are left out: mostly acts, not statements ("the
decision by the court, which overturned ..."), and so are :data:`INQUIRY_NOUNS`."""

INQUIRY_NOUNS = ("investigation", "inquiry", "probe")
"""An inquiry under way, written as a noun: before "by" it credits the agent only where a verb of finding follows in
the clause ("an inquiry by the council found ..."); alone it is an act, nothing found yet ("under investigation by
the FBI", "momentum to an inquiry by the attorney general")."""

GERUND_NOUNS = frozenset({"reporting", "writing", "warning", "posting", "reckoning", "grumbling", "pleading"})
"""Cue forms in -ing that are mostly nouns after a word describing them ("additional reporting", "creative
writing", "a stern warning", "an online posting", "a possible reckoning", "private pleading")."""

GERUND_COMPOUND_HEADS = frozenset("""system systems standard standards requirement requirements rule rules label labels
sign signs shot shots light lights siren sirens period deadline""".split())
"""Nouns a word of :data:`GERUND_NOUNS` modifies right before them ("the J-Alert warning system", "financial
reporting standards", "warning shots"): a noun, no cue."""

PARTY_MEMBERS = {"Democratic": "Democrats", "Republican": "Republicans", "GOP": "Republicans"}
"""A party's adjective and who it names as a group: "Democratic criticism" is criticism by Democrats."""

PARTY_TAG = r"[RDI]-\p{Lu}[\w.]*(?:\s+\p{Lu}[\w.]*)?"
"""A US party-and-state tag beside a politician's name, as a pattern ("R-Ohio", "D-N.Y.", "I-Vt."): read in brackets
or between commas by speakers, quote speakers and sources."""

VIEW_NOUNS = ("view", "views", "position", "argument", "arguments", "proposal", "proposals", "belief", "beliefs",
              "promise", "promises", "pledge")
"""A source's stated view written as a noun: after a possessive they credit its owner ("Jo
Lee's argument"). "Plan", "support", "opposition" and "endorsement" are left out: after a name they are mostly
what others give or make of it ("Obama's plan" as a policy, "Trump's support" as his voters)."""

ASSERTION_NOUNS = ("suggestion", "suggestions", "admission", "contention", "denial", "denials")
"""Nouns of what a source asserted ("Jo Lee's suggestion that ...", "an admission from Jo Lee that ..."): after a
possessive they credit its owner, before "from" what follows, as :data:`CRITICISM_NOUNS` do. "Claim", "assertion"
and "insistence" are left out: on PolNeAR train they brought nearly as many false sources as right ones (7 and 6:
"Trump's claim to the nomination", "the Islamic State's claim of credit", "Many of Trump's assertions")."""

STATEMENT_NOUNS = ("statement", "statements", "comment", "comments", "remarks", "testimony", "announcement", "tweet",
                   "tweets", "assessment") + CRITICISM_NOUNS + VIEW_NOUNS + ASSERTION_NOUNS
"""What a named source says or holds, written as a noun after its possessive ("Jo Lee's comment", "Jo Lee's
view")."""

WORDING_NOUNS = ("choice of words", "words", "admonishment", "description", "characterization", "characterisation",
                 "remarks", "comments", "dismissal")
"""How a person put something, written after his possessive before the words quoted as an example ("Jo Lee's choice
of words, specifically “...”", "his description of the plan as “...”"): the owner's words."""

ISSUED_DOCUMENTS = ("statement", "release", "communique", "communiqué", "letter", "disclaimer")
"""A written text that is the subject of a reporting verb ("the statement said", "the letter states") and stands for
whoever issued or wrote it."""

DOCUMENT_WRITERS = ("writers", "authors", "signers", "signatories", "co-signers")
"""Those who wrote a document, named by that alone ("the writers acknowledge ..."): the authors of the
:data:`ISSUED_DOCUMENTS` the text introduced last."""

SPEAKING_CHANNELS = ("telephone", "phone", "email", "e-mail", "text", "text message", "letter", "video", "videolink",
                     "video link", "satellite", "radio", "fax", "mail")
"""How a speaker reaches the reporter, after "by" ("said by telephone"): a manner, not a passive agent."""

GIVING_OUT_VERBS = ("issued", "released", "put", "sent", "emailed", "e-mailed", "posted", "published", "tweeted",
                    "aired", "circulated", "distributed", "unveiled", "ran")
"""Verbs in the past of giving out a text ("the group issued a statement", "the paper ran a piece"), "put" and "sent"
also before "out"."""

RAISING_LEADS = ("appeared to", "appears to", "seemed to", "seems to", "went on to", "goes on to", "went so far as to",
                 "goes so far as to", "go so far as to", "tried to", "tries to", "sought to", "was quick to", "were quick to",
                 "is quick to", "emerged to", "emerges to", "emerge to", "continued to", "continues to", "continue to")
"""What stands between a subject and the verb of speech it does ("Jo Lee appeared to respond", "went so far as to
say", "critics emerged to decry", "Jo Lee continued to argue"): the subject of the phrase is the one who speaks."""

RAISED_PARTICIPLES = ("said", "reported", "alleged", "rumored", "rumoured", "believed", "understood", "known",
                      "thought")
"""Participles after "be" whose subject is still the one reported on before "to" ("Jo Lee is reported to have called
them “free riders”"): no passive that leaves the cue without its subject."""

PLACE_ABBREVIATIONS = ("St", "Ft", "Mt")
"""Abbreviations, without their full stop, that open a place's name ("St. Louis", "Ft. Worth", "Mt. Vernon")."""

RULING_NOUNS = ("ruling", "opinion", "judgment", "judgement")
"""What a judge writes as a decision: after the judge's possessive and before a cue it carries the judge's words ("Jo
Lee's court ruling said")."""

WORDED_DOCUMENTS = ISSUED_DOCUMENTS + ("ad", "advert", "advertisement", "email", "e-mail", "memo", "article",
                                       "tweet", "video", "post", "message", "note", "mailer", "flier", "flyer",
                                       "alert", "advisory", "piece", "editorial", "column", "op-ed")
"""Texts a source gives out that carry its words: after a verb of giving out, a participle cue that follows them
("Jo Lee issued a statement saying ...", "the campaign released an ad calling ...", "police issued an alert
saying ...") reports whoever gave them out."""

AGENT_PARTICIPLES = ("released", "posted", "published", "issued", "announced", "obtained", "reported", "cited",
                     "quoted", "summarized", "summarised", "provided", "made public", "disclosed", "written",
                     "tweeted", "confirmed", "first reported", "compiled", "conducted", "commissioned", "echoed",
                     "praised", "condemned", "denounced", "decried", "ridiculed", "mocked", "applauded", "disputed",
                     "asked", "excoriated")
"""Past participles whose agent, after "by", is the source ("a memorandum released by the White House"); closing a
source phrase, they are cut from it ("a poll released ... found": the poll), as is "taken" ("a survey taken"),
which is left out of this list because its agent is mostly no source ("a bus taken by commuters"). A stance
voiced counts too ("criticisms were echoed by Republican leaders", "praised by"), and a question asked ("asked by the
host whether")."""

AUTHORSHIP_PARTICIPLES = ("written", "published", "posted")
"""Participles of :data:`AGENT_PARTICIPLES` that credit the maker of a work: before "by" they name a source only for
a text that carries statements (:data:`WORDED_DOCUMENTS`, :data:`AUTHORED_NOUNS`, :data:`SPOKEN_TEXTS`: "a letter
written by", "a survey published by", "an interview posted online by"); a book's writer, a memoir's publisher or a
show's authors are no source ("a biography written by", "a memoir published by", "prayers posted by celebrities")."""

WORK_MAKING_PARTICIPLES = ("provided", "compiled", "prepared", "taken", "translated", "produced", "released",
                           "published", "issued", "conducted", "commissioned")
"""Participles of making or giving out a work, after "according to" and that work ("according to a translation provided
by the Elm Group", "according to photos taken by the Ledger"): who follows "by" is the source, not the work. Not
"obtained", "seen" or "reviewed" ("according to documents seen by the Ledger": the documents are no one's words there
but their writers')."""

ACT_SENSE_CUES = ("agree", "conclude")
"""Cues whose other sense is an act, no words: to consent and to end ("if the two firms agree, the deal goes ahead";
"the sale could conclude in May"). They report nothing in a condition or an indirect question ("if", "unless",
"until", "once", "whether"), in a question asked yes or no ("Does the league agree ...?") or after a noun of
:data:`ENDING_EVENTS`."""

OBJECTLESS_CUES = ("snap",)
"""Cues that report only with no object: before a word opening a thing they are an act ("supporters snapped his
picture", "the attack could snap voters out of it"); before a stop, a quotation, "at", "back", "that" or a name
they report ("“No,” Jo Lee snapped.", "Jo Lee snapped at reporters", "snapped back")."""

KEEPING_CUES = ("maintain",)
"""Cues whose other sense is keeping something: before a noun phrase's determiner or modifier they report nothing
("Jo Lee maintains a wide lead", "he maintained above-average costs"), unless the noun is a position held in words
(:data:`HELD_POSITIONS`: "maintained his innocence"); "maintained that ..." reports."""

COURSE_NOUNS = ("plan", "plans", "schedule", "script", "expectations", "legend", "lore", "folklore", "tradition")
"""Courses followed and stories handed down: after "according to" with no determiner they name no source ("if all
goes according to plan", "according to legend, the club was cursed")."""

TOLL_NOUNS = ("lives", "life", "victims")
"""What a disaster or a war claims: "claim" before an amount of them reports nothing ("the insurgency has claimed more
than 20,000 lives", "claimed the life of a boy")."""

HELD_POSITIONS = frozenset("innocence position stance silence view views claim claims denial denials line".split())
"""Nouns of a position held in words, kept by a source after "maintain" ("maintained his innocence")."""

ENDING_EVENTS = frozenset("""sale deal talks meeting interview primaries primary hearing trial negotiations session
season race visit game convention debate show tour caucuses contest tournament match summit ceremony finish""".split())
"""Events and dealings that come to an end, before "conclude" ("after the interview concluded", "a sale could still
conclude"): an end, no finding; after "after", "before" or "during" before a cue, a time, no one who reports ("and after
the finish in Lisbon said")."""

SPOKEN_TEXTS = ("interview", "speech", "transcript")
"""What a source said, put out as a text by whoever published it ("an interview first posted online by the
newspaper")."""

PARTICIPLE_LEADS = ("before", "after", "upon", "while", "when", "by", "without", "in")
"""Prepositions and conjunctions that open a participle cue's phrase ("deflected questions about Roe before saying",
"drew boos upon saying"): the participle has no subject of its own there, it is the clause's."""

CLAUSE_CONJUNCTIONS = ("before", "after", "when", "until", "once", "while", "because", "since")
"""Conjunctions of time and cause that open a clause with a subject of its own ("it seemed an hour before the captain
came back and said"): the subject of a verb joined by "and" in that clause."""

CONJUNCTION_LEADS = ("a", "an", "few", "just", "shortly", "soon", "long", "even", "right", "only", "moment")
"""Words besides numbers and units of time that may lead a sentence's opening conjunction ("A day after", "Shortly
before", "Moments after", "Even as"): the clause the conjunction opens still opens the sentence."""

NOBODY_DETERMINERS = ("any", "no")
"""Determiners of a phrase that names no one in particular ("any Lee version would maintain", "no aide said"): no
speaker."""

CONTRASTING_CONJUNCTIONS = ("while", "whereas", "but", "although", "though")
"""Conjunctions that open a clause set against the one before ("“...,” while the Courier said it was “...”"): a cue
after one, past a quotation, is its own clause's and not that quotation's tag."""

CUE_ADVERBS = ("first", "once", "very", "so", "too", "quickly", "soon", "never", "long", "since", "initially", "still",
               "even", "just", "often", "twice", "again", "further", "now", "later", "always",
               "ever", "sometimes", "seldom", "live", "nonetheless", "nevertheless")
"""Adverbs not in -ly that stand between a source and its reporting verb ("he first announced", "Jo once
suggested", "very loudly claiming", "Jo nonetheless said"): not part of the source."""

PERSON_NOUNS = frozenset("""star mogul tycoon magnate developer host personality celebrity nominee hopeful frontrunner
front-runner incumbent challenger politician legislator lawmaker billionaire businessman businesswoman congressman
congresswoman entrepreneur newcomer veteran advocate""".split())
"""Nouns that describe one person and, after "the", alone or with a modifier, name someone already written ("the
billionaire", "the reality TV star", "the four-term congressman"), besides the roles of a title."""

TITLED_AS = {"congressman": "representative", "congresswoman": "representative"}
"""Nouns of :data:`PERSON_NOUNS` for a role a title gives under another word: "the congressman" is the one the text
titles "Rep." (a representative)."""

EXPRESSION_NOUNS = frozenset("""smile smiles grin grins eyes face faces expression expressions gesture gestures
tears silence""".split())
"""Nouns of what a face or a body shows ("their smiles said a lot", "her silence said it all"): it says things only
as a figure of speech, so it is no source."""

TRACE_NOUNS = frozenset("""crack cracks leak leaks dent dents scorch stain stains scar scars bruise bruises wound
wounds debris rubble residue smoke fumes footprint footprints tracks hole holes rust corrosion""".split())
"""Nouns of a physical trace ("a crack suggests the tank could burst", "the scorch marks show a fire"): it shows
or suggests things only as evidence does, so it is no source, like :data:`EXPRESSION_NOUNS`."""

DESCRIBED_PERSONS = frozenset("""man woman boy girl resident native supporter volunteer voter student""".split())
"""Nouns of a person that a place or a group describes right before them ("a 26-year-old Leipzig man", "a Sanders
volunteer"): the capitalised word there is no one's name."""

KIN_NOUNS = frozenset("""mother father brother sister son daughter husband wife cousin aunt uncle niece nephew
grandmother grandfather grandson granddaughter boyfriend girlfriend fiance fiancee partner widow widower""".split())
"""Nouns of a relative: one whose "his" or "her" they follow has a family, so is a person ("Zuzu mourned her
cousin")."""

NOT_ADVERBS_IN_LY = frozenset("""ally anomaly assembly belly bully daily early elderly family fly folly friendly
gully holy homily jelly likely lily lonely monopoly monthly only quarterly rally reply supply tally weekly yearly""".split())
"""Words in -ly that are not adverbs of manner: nouns ("the family said") and adjectives ("a daily reported")."""

CAUSATIVE_VERBS = frozenset("""let lets letting make makes made making hear hears heard hearing help helps helped
helping watch watches watched watching""".split())
"""Verbs followed by an object and a bare verb whose subject the object is ("let me say", "hearing him say",
"made him question"): the object, not the verb, is who reports."""

RAISING_OBJECT_VERBS = frozenset("""led leads prompted prompts forced forces spurred spurs compelled compels
moved moves pushed pushes""".split())
"""Verbs of causing, followed by an object and "to" with a verb whose subject the object is ("the leak led the
mayor to announce", "the test prompted Jo Lee to warn"): the object, not the verb's subject, is who reports."""

CATENATIVE_VERBS = frozenset("""begin begins began begun beginning start starts started starting keep keeps kept
keeping continue continues continued continuing resume resumes resumed""".split())
"""Verbs before a cue in -ing whose subject is the cue's ("he began dismissing", "Jo Lee kept asking")."""

PURPOSE_VERBS = frozenset("""use uses used using take takes took taking go goes went going appear appears appeared
appearing turn turns turned turning return returns returned returning come comes came coming""".split())
"""Verbs whose infinitive of purpose has their own subject as its subject ("Jo Lee used a speech to say", "Jo Lee
went on TV to warn"), unlike a verb and an object told to act ("Jo Lee asked Al Roe to say")."""

PLURAL_NOUNS = frozenset("""people police staff men women children public media press clergy personnel crew
crowd audience""".split())
"""Nouns without a plural -s that take a plural verb ("police say", "the crowd chant")."""

PLURAL_ROLES = frozenset("""officials aides sources residents lawmakers candidates critics analysts experts""".split())
"""Plural heads: a description with one of them names a group, never one person."""

GROUP_NOUNS = frozenset("""proponents opponents supporters backers advocates activists members conservatives
liberals progressives moderates skeptics sceptics detractors defenders allies operatives strategists advisers
advisors donors lawmakers legislators leaders organizers organisers protesters demonstrators researchers scientists
economists pollsters commentators pundits colleagues groups""".split()) | PLURAL_ROLES
"""Plural nouns that name a group of people, typed as an anonymous source ("proponents of the plan argued",
"Republican officials dismissed"), with :data:`PLURAL_ROLES`."""

SPOKESPERSONS = ("spokesman", "spokeswoman", "spokesperson")
"""Nouns of one who speaks for another in public: one unnamed "for" an organisation ("a spokesperson for the Elmland
Ministry of Health") gives that organisation's words."""

STAFF_AGENTS = (*SPOKESPERSONS, "adviser", "advisor")
"""Agents of :data:`AGENT_NOUNS` on someone's staff, whom copy names again as "the aide" ("A spokeswoman for Jo Lee
said ... “...,” the aide said"); not a lawyer, who works for a client."""

AGENT_NOUNS = (*STAFF_AGENTS, "lawyer", "attorney", "aide")
"""Nouns of a person who speaks for another, introduced with the one they speak for ("a spokeswoman for Jo
Lee", "Jo Lee's lawyer", "an aide to Jo Lee") and named after by the noun alone ("the spokeswoman said")."""

BODY_HEADS = ("department", "ministry")
"""Head nouns of a government body written before its field or after it ("the Department of the Treasury", "the
Treasury Department"; "the Ministry of Defence", "the Defence Ministry")."""

FORCE_NOUNS = ("police",)
"""Nouns of a force written alone ("police said"), after its place ("Elmtown police") or before a body's head
(:data:`BODY_HEADS`: "the Elmtown Police Department"): one body, where a story names the force of one place only."""

BODY_NAME_ENDS = frozenset({"administration", "agency", "authority", "board", "bureau", "commission", "committee",
                            "council", "institute", "office", "service", "foundation", "association", "society",
                            "corporation", "center", "centre", "directorate", *BODY_HEADS})
"""Head nouns closing a body's name (words of :data:`INSTITUTION_WORDS`), which may hold "and" before them ("the Food
and Drug Administration", "the Securities and Exchange Commission"); lower case, matched in any case."""

INITIALS_OF = {"united nations": "un", "united states": "us", "united kingdom": "uk", "european union": "eu"}
"""Names of a body or a country spelled out, lower case, and the initials that as often write them ("U.N. Security
Council" and "United Nations Security Council" are one source)."""

COUNTRY_ABBREVIATIONS = frozenset({"us", "usa", "uk"})
"""A country written in capitals before a body's name ("U.S. Department of the Treasury"), full stops left out and
case folded, beside :data:`DEMONYMS`."""

SCHOOL_WORDS = ("college", "academy", "polytechnic", "seminary", "conservatory")
"""Words that make a name a school, a body and not a person ("Boston College"), beside the institution words
of :data:`newskit.speakers.INSTITUTION`."""

AFFILIATION_WORDS = ("university", "institute", "school", "centre", "center", "laboratory", "lab") + SCHOOL_WORDS
"""Words naming where an author from outside a newsroom works (a university, a research institute), printed after
their name in a byline ("Jane Roe, University of Elmton"); lower case, matched in any case."""

INSTITUTION_WORDS = tuple("""police military army navy court council committee commission company firm bank university
party organisation organization alliance agency authority union association institute department office bureau group
board foundation initiative trust fund society network centre center school museum corporation hospital news times post
spokesman spokeswoman spokesperson official minister ministry prosecutor prosecutors investigator investigators
regulator regulators csto nato un eu service kremlin pentagon administration republicans democrats inc corp
ltd""".split()) + ("white house",) + SCHOOL_WORDS
"""Words, lower case, that make a phrase an institution or a role and not a person's name ("Boston College",
"the White House", "HSBC spokesman"); matched as whole words in any case by :data:`newskit.speakers.INSTITUTION`."""

INSTITUTION_ACRONYMS = frozenset({"un", "eu"})
"""Words of :data:`INSTITUTION_WORDS` that name a body only written in capitals ("UN", "EU"): "Un" is a name's part
("Kim Jong Un")."""

INSTITUTION_PATTERN = alternation(set(INSTITUTION_WORDS) - INSTITUTION_ACRONYMS, flexible_space=False) \
    + "|(?-i:" + alternation(w.upper() for w in INSTITUTION_ACRONYMS) + ")"
""":data:`INSTITUTION_WORDS` as an alternation (a space matches one space, as written), the acronyms of
:data:`INSTITUTION_ACRONYMS` in capitals only, whatever the flags it is compiled with."""

CALLED_VERBS = ("called", "described as", "termed", "dubbed", "labeled", "labelled", "characterized as",
                "characterised as", "deemed")
"""Verbs of naming that attribute after "what" ("what aides called a wake-up call")."""

NAMING_PARTICIPLES = frozenset({verb.split()[0] for verb in CALLED_VERBS} | {"billed", "touted", "hailed", "branded"})
"""Participles of naming or describing a thing, after which "by" names who gave the label quoted after "as" ("the
rocket, billed by the company as “the biggest”": the company's words)."""

KNOWN_AS_PARTICIPLES = frozenset({"known", "identified"})
"""Participles before "as" and a name that give the name of the one a description names ("the station chief known
as Bob", "a man identified only as Tom")."""

_IRREGULAR = {"say": "said", "tell": "told", "write": "wrote", "speak": "spoke", "go": "went", "read": "read",
              "begin": "began", "see": "saw", "find": "found"}
_STRESSED_LAST = frozenset({"admit", "regret", "commit", "rebut", "refer", "prefer", "begin"})
"""Verbs of more than one syllable stressed on the last, which double its consonant ("admitted", "preferred"; not
"marvel": "marveled"); a verb of one syllable ending in one vowel and one consonant doubles it too ("quipped")."""
_UNCUED_FORMS = {"see": ("saw",), "echo": ("echoes",)}
"""Forms of a verb that read as no cue: "saw" tells of a thing perceived or undergone ("Others saw the same") more
often than of a view (:data:`VIEW_VERBS`); "echoes" of a likeness ("the plan echoes Jo Lee") more often than of
words repeated."""
NOUN_LIKE_VERBS = frozenset("""state report charge estimate counter comment promise joke vow pledge note remark
tweet reply claim post protest demand call project object dispute mock gripe rebuke ridicule blast fume
mention""".split())
"""Reporting verbs whose base and -s forms are mostly nouns ("a state", "the report", "made no mention"): only their
-ed and -ing forms are cues ("claims" stays one: "he claims")."""


def _doubles(base: str) -> bool:
    """Whether ``base`` doubles its last consonant before -ed and -ing ("snapped", "admitting"; not "pleaded")."""
    return base in _STRESSED_LAST or re.fullmatch(r"(?:qu|[^aeiou])*[aeiou][^aeiouwxy]", base) is not None


def third_person(base: str) -> str:
    """The third person singular of a verb's base form, noun-like or not ("says", "denies", "blasts", "vetoes").

    Example
    -------
    >>> [third_person(v) for v in ("say", "deny", "blast", "veto", "stress", "go on")]
    ['says', 'denies', 'blasts', 'vetoes', 'stresses', 'goes on']
    """
    head, _, particle = base.partition(" ")
    if particle:
        return f"{third_person(head)} {particle}"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    plain = not base.endswith(("s", "sh", "ch", "x", "z")) and not (base.endswith("o") and base[-2] not in "aeiou")
    return base + "s" if plain else base + "es"


def verb_forms(base: str) -> list[str]:
    """Inflected forms of an English reporting verb that read as a cue: says, said, saying; a phrasal verb's first
    word inflected ("went on").

    Example
    -------
    >>> verb_forms("deny"), verb_forms("report")
    (['deny', 'denies', 'denied', 'denying'], ['reported', 'reporting'])
    >>> verb_forms("plead")[2:], verb_forms("rebut")[2:], verb_forms("begin")[2:], verb_forms("agree")[2:]
    (['pleaded', 'pleading'], ['rebutted', 'rebutting'], ['began', 'beginning'], ['agreed', 'agreeing'])
    >>> verb_forms("go on")
    ['go on', 'goes on', 'went on', 'going on']
    """
    head, _, particle = base.partition(" ")
    if particle:
        return [f"{form} {particle}" for form in verb_forms(head)]
    consonant_y = base.endswith("y") and base[-2] not in "aeiou"
    doubled = base + base[-1] if _doubles(base) else base
    past = _IRREGULAR.get(base, base + "d" if base.endswith("e") else base[:-1] + "ied" if consonant_y
                          else doubled + "ed")
    third = third_person(base)
    ing = base[:-2] + "ying" if base.endswith("ie") else base[:-1] + "ing" if base.endswith("e") and not base.endswith(
        "ee") else doubled + "ing"
    forms = [past, ing] + ([third] if base == "claim" else []) if base in NOUN_LIKE_VERBS else [base, third, past, ing]
    return [form for form in forms if form not in _UNCUED_FORMS.get(base, ())]


REPORTING_PAST = frozenset(form for verb in REPORTING_VERBS for form in verb_forms(verb)
                           if form.endswith("ed") or form in _IRREGULAR.values())
"""The past tense of each of :data:`REPORTING_VERBS` ("said", "told", "asked", "added"): reported speech, which
page furniture (a prompt, an appeal, a notice) does not use."""

REPORTING_WORDS = frozenset(f for verb in REPORTING_VERBS for f in verb_forms(verb)) | frozenset(
    {"according", "cited", "quoted", "readout", "reading"})
"""Every word that attributes: each cue form of :data:`REPORTING_VERBS`, "according (to)", "cited", "quoted"
and the "readout" (or its translation, "the reading") a statement comes from."""


# --- function words --------------------------------------------------------------------------------------

FUNCTION_WORDS = frozenset(
    """a an the this that these those it its he she they them his her their we us our you your i me my
    is are was were be been being am has have had do does did will would shall should can could may might must
    and or but nor so yet if then than as of in on at to for from by with about into over after before
    not no there here which who whom whose what when where why how all any some such also just very too""".split()
)
"""English function words: what is left out of the content words sentences are matched on."""

RELATIVE_PRONOUNS = ("who", "whose", "which")
"""Pronouns opening a relative clause set off by a comma (", whose committee is ..."): what it tells is background
to the name before it, not the sentence's fact."""

PREPOSITIONS = frozenset("""of to from by with into about for at in on over under between among through during
without within against towards toward onto upon via""".split())
"""English prepositions that take an object ("the mayor of Dover", "a call from Jo Lee"): the one set the lists of
function words around a name or at a phrase's end are built from."""

UNFINISHED_ENDS = frozenset("""a an the its his their our your my as than and or nor but if that which whose whom
because while although whether""".split()) | PREPOSITIONS
"""Words no sentence ends on (articles, possessive determiners, prepositions, conjunctions): a line ending on one
("... the mayor wrote to") goes on under it."""

ARTICLES = frozenset({"a", "an", "the"})
"""The articles of English, lower case ("the" in "the ministry", "a" in "a lawyer")."""

DETERMINERS = ARTICLES | frozenset("this that these those his her its their our my your".split())
"""Words that open a noun phrase and tell which one is meant, lower case: the articles, the demonstratives and the
possessive determiners ("the mayor", "those voters", "her lawyer")."""

SENTENCE_OPENERS = frozenset(
    """the a an this that these those there here it its he she they we you his her their our my your
    but and or so yet however meanwhile also still then thus instead moreover nevertheless indeed
    in on at for with from by of to as after before since while when where what who why how which
    whether if although though because unless until during despite
    is are was were did does do has have had would could should might must
    some many most all both each every other such only""".split()
)
"""Function words that, capitalised, open a sentence: Punkt's orthographic evidence after an abbreviation.
Left out: words that, capitalised, are as often names ("May", "Will", "Can") or never lower case ("I")."""

TITLE_MINOR_WORDS = frozenset("a an the and but or nor vs per as".split()) | {p for p in PREPOSITIONS if len(p) <= 4}
"""The articles, conjunctions and prepositions of four letters or fewer a title of a work or a show leaves in lower
case ("The Lead with Jake Tapper", "Planet of the Apes"); every other word of a title is capitalised ("Talk About
Town")."""

EDITION_WORDS = frozenset({"new", "latest", "recent", "separate", "another"})
"""Words in lower case telling which one of a kind a document or a body is, no part of its name ("a new Elm-Poll
survey", "the latest Elm-Poll survey": one source, the Elm-Poll survey)."""

NAME_BREAKS = frozenset("""but and the so yet or as if when while after before then also meanwhile however a an
this that it he she they we i his her their its our my there here both all each either neither some many several
most nor not like unlike since until despite whether though although because unless once than amid later earlier
now instead indeed thus afterward afterwards previously initially recently albeit besides perhaps including following
regarding separately additionally similarly likewise elsewhere overall furthermore moreover nevertheless
nonetheless""".split()) | PREPOSITIONS
"""Words that end a run of capitalised words read back from a personal name ("But Wang Yi" -> "Wang Yi",
"Both Trump and Putin" -> no name "Both Trump", "Besides China, ..." -> no name "Besides China"), every one of
:data:`PREPOSITIONS` among them ("Between Lee and Roe" -> no name "Between Lee")."""


NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million billion trillion half halves third thirds quarter quarters dozen dozens hundreds thousands millions billions""".split())
"""Numbers and fractions written as words ("almost two thirds", "one in five")."""


# --- titles and names ------------------------------------------------------------------------------------

TITLE_ABBREVIATIONS = frozenset("""mr mrs ms messrs dr gov sen sens rep reps gen lt col maj capt cpt sgt cpl pvt pfc
spc ens brig adm cmdr prof rev hon pres supt fr msgr det insp const amb atty ald cllr""".split())
"""Titles written short before a name (lower case, without the full stop): "Gov.", "Sen.", "Det.", "Pfc.", "Amb.",
"Cllr"."""

MODALS = frozenset("""will can could would should shall may might must""".split())
"""Modal verbs: an act after one is one that may happen, not one that did ("could threaten")."""

IRREGULAR_PAST = frozenset("""put took made gave went came got held kept left met ran sent spent stood won told said
brought bought thought found lost led felt fought sought began broke chose drew drove fell flew grew knew rose saw
sat shook spoke stole swore understood upheld withdrew became wrote did had paid laid struck threw built sold heard
meant dealt forgot forgave overtook undertook overcame""".split())
"""Verbs in the past not ending in -ed: after a subject, its finite verb ("The judge put off the vote but said")."""

CANDIDACY_ROLES = frozenset({"nominee", "hopeful", "frontrunner", "front-runner", "contender"})
"""Words for a candidacy that a name follows as a role ("Democratic presidential nominee Jo Lee", "Republican hopeful
Sen. Jo Lee"); alone ("the nominee said") they describe someone, no role a name is cut from."""

NAMED_MODALS = frozenset({"will", "may"})
"""Modal verbs that are also names ("George Will", "Theresa May"): written capitalised just before a verb, a name."""

AUXILIARIES = MODALS | frozenset("""did does do is are was were has have had""".split())
"""Auxiliary and modal verbs: after a noun they make it the subject of a clause ("the candidate could win")."""

YES_NO_OPENERS = AUXILIARIES | {"am"}
"""The auxiliary verbs a yes-or-no question opens with ("Did that mean ...?", "Was she satisfied?"), lower case."""

HONORIFICS = frozenset("""mr mrs ms miss messrs dr""".split())
"""Titles written before a surname alone ("Mr. Prince", "Dr. Dean"): the word after one is a surname, even a
word that is also a role."""

TITLES = TITLE_ABBREVIATIONS | frozenset({"sir", "dame", "lord", "lady"})
"""Titles before a name: the abbreviations and the titles written in full."""

NAME_TITLES = TITLES | frozenset("""miss president vice former senator governor secretary representative congressman
congresswoman mayor sheriff ambassador minister prime chancellor judge justice speaker leader bishop
archbishop pope""".split())
"""Titles and roles written before a personal name ("Gov.", "President", "former", "Bishop", "Pope"): not part of the
name."""

PAST_HOLDER_WORDS = ("former", "late", "then")
"""Words before a role or a name that make its holder a past one ("the former senator", "the late Jo Lee",
"then Gov. Jo Lee"): not the one who holds the role now."""

MALE_GIVEN_NAMES = frozenset("""aaron adam ahmed alain alan albert alexander andre andres andrew andy anthony arthur ban
barack bashar benjamin bernard beto bjorn bjørn boris brandon brett brian bruce bryan carl carlos charles christopher
clarence clay colin cory craig dan daniel darren david dean dennis derek derrick devin don donald douglas duncan earl
edward elijah emmanuel eric eugene francis francois frank frederic frederick gary geoff geoffrey george gerald goncalo
gordon grant gregory hakeem harold harry hassan henry howard hugh hunter ian ibrahim isaac istvan jack jacob jamal james
janos jared jason jeb jeffrey jeremy jerome jerrold jerry jesse jim joao joe john jonathan jose joseph joshua juan
justin jurgen keith kenneth kevin krzysztof kurt kyle larry laszlo laurence lawrence louis łukasz luke malcolm marco
mario mark martin matthew mehmet michael mitchell mitt mohammed muhammad narendra nathan neil newt nicholas nick nigel
nils noah oliver omer patrick paul pete peter philip ralph ramon rand randy raul raymond recep reince richard rob robert
roger ronald roy rudy rush russell samuel sandor scott sean sebastian shinzo søren stephane stephen steven stuart ted
terence theodore thomas timothy todd tomas trevor vaclav vicente victor vincent vladimir walter wayne william wojciech
zoltan""".split())
"""Given names English-language news gives to men (their nicknames too, through the nickname table: "Bernie",
"Dick", "Mitch"), each one that a woman rarely bears; a guess the text itself overrides. Written as
:func:`newskit.text.tokens.unaccented` folds them, which is how they are looked up: "jose" for José, "søren"."""

FEMALE_GIVEN_NAMES = frozenset("""abigail agnieszka alexandra alexandria alice amanda amy angela ann anna anne ashtyn
ayanna ayse barbara betsy betty brenda bridget candace carly carol caroline catherine celan celine charlotte cheryl
chloe christina christine claire condoleezza debbie deborah delphine denise diana diane dianne donna doris dorothy
elaine eleanor elena elise elizabeth ellen emily emma erica erika evelyn felicia fiona frances francoise gina gloria
grace greta gretchen hannah heather heidi helen helene hilary hillary hope ilhan ines ingrid irene ivanka jacinda
jacqueline jane janet janice jeanine jennifer jessica jill joan joyce judith julia julie kamala karen katarzyna
katherine kathleen kathryn kathy katie kellyanne kirsten kirstjen kristi kyrsten laura lauren linda lisa loretta louise
lucy madeleine malala margaret maria marie marilyn marsha martha mary maud małgorzata maxine megan meghan mel melania
melissa michele michelle moira monica nancie nancy natalie neha nicola nicole nikki olivia olympia pamela patricia pia
rachel raquel rashida rebecca renee rosemary ruth samantha sandra sarah sharon sheila shirley silje sonia sophia sophie
stacey stephanie susan tammy teresa theresa therese tracey tulsi ursula val valerie victoria virginia wendy zeynep zoe
""".split())
"""Given names English-language news gives to women (and through the nickname table their nicknames: "Liz",
"Peggy"), each one that a man rarely bears; a guess the text itself overrides."""

UNISEX_GIVEN_NAMES = frozenset("""abbe alex ashley billie casey charlie chris dana drew frankie jackie jamie jean jess
jo jodie jordan kelly kim kit lee leslie lou morgan nicky pat riley robin sam sandy shannon stacy taylor terry toni
tracy vic""".split())
"""Given names and nicknames borne by men and women alike: no guess of gender from them ("Abbe": a man's given name, and
in the ``nicknames`` table a nickname of Abigail)."""

NAME_PARTICLES = frozenset({"de", "da", "van", "von", "der", "bin", "al", "el", "la", "le", "du", "di", "dos", "ibn"})
"""Lower-case words inside personal names ("Ursula von der Leyen", "Mohammed bin Salman")."""

FOREIGN_ARTICLES = frozenset({"der", "die", "la", "le", "les", "il", "los", "las"})
"""Articles of other languages that open the names of papers and magazines ("Der Spiegel", "La Stampa", "Le Monde"),
capitalised there; some open surnames too ("Marine Le Pen"), written after a given name or title."""

GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Suffixes after a personal name, lower case, without the full stop ("Charles Elliott III", "Jo Lee Jr."): part of the
name, never its surname, and what tells a father from his son."""

SHOW_TITLE_ENDS = frozenset({"show", "program", "programme", "hour", "podcast"})
"""Last words, lower case, of the title of a broadcast named for its host ("The Jo Lee Show", "The Al Roe Hour"): the
title is no person, the name before the word is the host's."""

NAME_JOINING_WORDS = frozenset({"of", "for", "the", "and", "&"})
"""Lower-case words (and "&") between the capitalised words of a body's name ("Bank of England", "Ben & Jerry's")."""

LIST_CONJUNCTIONS = frozenset({"and", "&"})
"""Words joining the last name of a list to the others ("Jo Lee, Al Poe and Ann Roe"): a name holding one names
several people, never one person."""

NAME_PARTICLE_PATTERN = alternation(NAME_PARTICLES)
""":data:`NAME_PARTICLES` as an alternation (case as written)."""

COUNTRY_DEMONYMS = dict(pair.split(":") for pair in """afghanistan:afghan albania:albanian algeria:algerian
argentina:argentine armenia:armenian australia:australian austria:austrian azerbaijan:azerbaijani
bangladesh:bangladeshi belarus:belarusian belgium:belgian bolivia:bolivian bosnia:bosnian brazil:brazilian
britain:british bulgaria:bulgarian burma:burmese cambodia:cambodian canada:canadian chile:chilean china:chinese
colombia:colombian congo:congolese croatia:croatian cuba:cuban cyprus:cypriot denmark:danish netherlands:dutch
ecuador:ecuadorian egypt:egyptian england:english eritrea:eritrean estonia:estonian ethiopia:ethiopian
finland:finnish france:french germany:german ghana:ghanaian greece:greek guatemala:guatemalan haiti:haitian
honduras:honduran hungary:hungarian iceland:icelandic india:indian indonesia:indonesian iran:iranian iraq:iraqi
ireland:irish israel:israeli italy:italian jamaica:jamaican japan:japanese kazakhstan:kazakh kenya:kenyan
korea:korean kosovo:kosovan kuwait:kuwaiti kyrgyzstan:kyrgyz latvia:latvian lebanon:lebanese liberia:liberian
libya:libyan lithuania:lithuanian malaysia:malaysian mali:malian malta:maltese mexico:mexican moldova:moldovan
mongolia:mongolian morocco:moroccan nepal:nepali nigeria:nigerian niger:nigerien norway:norwegian
pakistan:pakistani palestine:palestinian panama:panamanian paraguay:paraguayan peru:peruvian poland:polish
portugal:portuguese qatar:qatari romania:romanian russia:russian rwanda:rwandan scotland:scottish senegal:senegalese
serbia:serbian singapore:singaporean slovakia:slovak slovenia:slovenian somalia:somali spain:spanish sudan:sudanese
sweden:swedish switzerland:swiss syria:syrian taiwan:taiwanese tajikistan:tajik tanzania:tanzanian
thailand:thai tibet:tibetan tunisia:tunisian turkey:turkish turkmenistan:turkmen uganda:ugandan ukraine:ukrainian
uruguay:uruguayan uzbekistan:uzbek venezuela:venezuelan vietnam:vietnamese wales:welsh yemen:yemeni
zambia:zambian zimbabwe:zimbabwean""".split())
"""A country's name and its nationality adjective, lower case, each written out: "Nigeria's government" is the
"Nigerian government", and Niger's is the "Nigerien" one (no rule of spelling links them). Names that are also people's
or places' of another country ("Jordan", "Georgia") are left out."""

DEMONYMS = frozenset(COUNTRY_DEMONYMS.values()) | frozenset("""african american argentinian asian czech emirati european
filipino georgian ivorian jordanian kurdish saudi brit""".split())
"""Nationality adjectives and nouns, lower case (those of :data:`COUNTRY_DEMONYMS` and others of no country listed
there): written before a name they are not part of it ("Pakistani Taliban" is no person named Taliban)."""

CLAIM_ADJECTIVES = EDITION_WORDS - {"another"} | frozenset("""legal false similar earlier previous initial unfounded
baseless unsubstantiated dubious conflicting competing territorial""".split())
"""Adjectives, lower case, that describe a plural noun cue and name no one ("Lee's legal claims", "the unfounded
reports": no one claims or reports); a word of a subject would be a noun ("the company claims")."""

NOT_PERSON_NAME_ENDS = frozenset("""day days prize prizes award awards festival festivals week month year cup games
championship championships olympics avenue road square library abbey palace stadium airport station act
treaty accord agreement index archive archives force forces""".split())
"""Last words, lower case, of capitalised runs that name a day, prize, event, place, document or armed force, never a
person ("Malala Day", "Nobel Peace Prize", "Downton Abbey", a wire's "UPI Archives", "Elmland Air Force"); words that
are also surnames (Hall, Park, Castle) left out."""


PLACE_NAME_ENDS = frozenset("""street boulevard county city island islands plaza mall casino hotel resort bowl league
convention war states cathedral mosque primary caucus caucuses harbor harbour""".split())
"""Last words, lower case, of capitalised names of a street, town, island, country, harbour, house of worship, venue,
game, league, vote, convention or war ("Harbor Street", "Pearl Harbor", "Oklahoma City", "United States", "Elm
Cathedral", "Super Bowl", "Ohio Primary", "Cold War"): what "he" or "she" never stands for. Kept out of
:data:`NOT_PERSON_NAME_ENDS`, which also shapes the names a text gives ("Occupy Wall Street") and so the gender votes
read from them."""

PLACE_NAME_STARTS = frozenset("""san santa north south east west fort mount lake port great""".split())
"""First words, lower case, of capitalised names of places ("San Diego", "North Elmton", "Fort Lee", "Great
Britain"): what "he" or "she" never stands for."""

REGION_WORDS = frozenset("""eastern western northern southern central northeastern northwestern southeastern
southwestern""".split())
"""Words, lower case, that make a region of a place named after them ("Eastern Ukraine", "central Elmland"): the place
is no shorter name of its region."""

US_STATES = frozenset(w.replace("_", " ") for w in """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma
Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington
West_Virginia Wisconsin Wyoming""".split())
"""The fifty states of the US, as written (underscores join the words of a name): places, no person ("West
Virginia"), though some are also given names or surnames (Virginia, Georgia, Washington)."""

STATE_ABBREVIATIONS = frozenset("""Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md.
Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn.
Tex. Vt. Va. Wash. Wis. Wyo. D.C.""".split())
"""The states of the US as news copy abbreviates them after a town ("Dover, Del."), and the District of Columbia
("Washington, D.C."): the second part of a place, no one's name."""

# --- dates -----------------------------------------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The weekdays, Monday first (``WEEKDAYS.index(day)`` is :meth:`datetime.date.weekday`)."""

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
"""The months, January first."""

WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
"""The short forms of the weekdays copy writes ("Tues.", "Thurs")."""

MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
"""The short forms of the months copy writes ("Sept.", "Jan")."""

ABBREVIATIONS_THAT_ARE_WORDS = frozenset({"may", "wed", "sat", "sun"})
"""Weekday and month abbreviations that are also English words: a full stop after them ends a sentence."""

DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
"""Days named relative to the day of writing, with their offset in days."""

PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
"""Parts of a day ("late Monday night")."""

PERIODS = ("week", "month", "year")
"""Calendar periods an event is dated by ("last week")."""

SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}
"""Object pronouns and their subject forms: a source written "according to him" is whom "he" would be."""

INDEFINITE_THINGS = frozenset({"anything", "nothing", "everything", "something", "whatever"})
"""Pronouns of things, the object a clause after them leaves out ("anything the senator said", "nothing Jo Lee
wrote"): never part of a source phrase."""

DURATION_UNITS = frozenset(PERIODS) | {"second", "minute", "hour", "day", "decade"}
"""Units a stretch of time is counted in ("two weeks ago", "a few days later"), singular."""

TIME_NOUNS = frozenset(WEEKDAYS) | frozenset(DAY_OFFSETS) | frozenset(PARTS_OF_DAY) | frozenset(PERIODS)
"""Nouns that date an event: weekdays, relative days, parts of a day, periods."""

DATE_WORDS = TIME_NOUNS | frozenset(MONTHS) | frozenset({"weekend", "decade", "ago", "late", "earlier", "later"})
"""Every word that dates something: :data:`TIME_NOUNS`, the months and the words of relative time."""

DATE_STAMP_WORDS = ("date", "dated", "published", "updated", "posted", "modified", "update", "issued")
"""Words that label a printed date ("Published: Jan. 11, 2022", "Updated 3:15 p.m.", "Issued on: 04/02/2026")."""


# --- outlets, staff titles, sections and page furniture --------------------------------------------------

OUTLET_NAMES = ("CNN", "NPR", "BBC", "MSNBC", "CNBC", "NBC", "CBS", "ABC", "PBS", "HuffPost", "Politico", "POLITICO",
                "Axios", "Vox", "Newsweek", "Breitbart")
"""Networks and sites that bylines and datelines name by a name of their own (case as written)."""

MASTHEAD_WORDS = ("Press", "News", "Post", "Times", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Daily",
                  "Network", "Radio", "Television", "TV", "Magazine", "Wire", "Bureau", "Today", "TODAY", "Star",
                  "Globe", "Examiner", "Inquirer", "Observer", "Register", "Dispatch", "Telegraph", "Guardian",
                  "Independent", "Bee", "Beast", "Hill", "Atlantic", "Republic")
"""Words that close the name of a paper, station or network ("The Daily Planet", "Channel 4 News")."""

OUTLET_PATTERN = (
    rf"{AGENCY_PATTERN}|{alternation(OUTLET_NAMES)}"
    r"|[KW]\p{Lu}{2,3}(?:-(?:TV|FM|AM|DT))?"  # a US station's call sign: "KGW", "WABC-TV"
    rf"|(?:The\s+)?(?:\p{{Lu}}[\w.&'’-]*\s+){{0,3}}(?:{alternation(MASTHEAD_WORDS)})"
)
"""An outlet as bylines and datelines name it: a wire agency (:data:`AGENCY_PATTERN`), one of
:data:`OUTLET_NAMES`, a station's call sign, or up to four capitalised words closed by one of
:data:`MASTHEAD_WORDS` (an alternation, case as written)."""

_SITE_ADDRESS_REST = (r"[\w-]*\.(?:\p{Ll}{2,3}\.)?"
                      r"(?!(?:jpe?g|png|gif|svg|pdf|php|html?|aspx?|mp[34]|js|css|txt|doc)\b)\p{Ll}{2,3}\b")
SITE_ADDRESS_PATTERN = rf"(?<![\w%/.])\p{{Lu}}{_SITE_ADDRESS_REST}"
"""A site named by its address, capitalised as a byline prints it ("PlanetNews.ca", "Elmshire.com", "Planet.com.au"):
not a file's name ("Map_2024.jpg", "Report.pdf") nor the tail of an encoded address ("%2Fwww.planet.com")."""

LOWER_SITE_ADDRESS_PATTERN = rf"(?<![\w%/.])\p{{Ll}}{_SITE_ADDRESS_REST}"
"""A site named by its address in lower case, as a picture's credit prints it ("elmpictures.co.uk"); no file's name
either."""

PUBLISHED_VERBS = ("reported", "reports", "first reported", "published", "publishes", "revealed", "obtained",
                   "wrote in an editorial", "said in an editorial")
"""What a publication does, written after its name ("..., The Ledger reported"): "The X" before one is a paper."""

OUTLET_ACTS = ("has learned", "have learned", "featured", "ran a story", "ran an article", "ran a piece",
               "ran an editorial", "ran a column", "ran a report")
"""What an outlet does that credits it with what it reports, written after a name of :data:`OUTLET_PATTERN`
("..., The Ledger has learned", "The Courier featured the row on its front page")."""

TOLD_PUBLICATION = ("told", "according to", "an interview with", "interviewed by", "reported by", "published by",
                    "published in", "wrote in", "an op-ed in", "a column in", "a statement to", "confirmed to",
                    "spoke to", "speaking to", "talking to", "said to")
"""What is said to or printed in a publication, written before its name ("told The Ledger")."""

SOUND_NOTES = ("SOUNDBITE", "SOUND BITE", "BEGIN VIDEO CLIP", "END VIDEO CLIP", "BEGIN AUDIO CLIP", "END AUDIO CLIP",
               "BEGIN VIDEOTAPE", "END VIDEOTAPE", "BEGIN VIDEO", "END VIDEO", "LAUGHTER", "APPLAUSE", "CROSSTALK",
               "COMMERCIAL BREAK", "MUSIC", "INAUDIBLE", "NATURAL SOUND", "AMBIENT SOUND")
"""What a broadcast transcript's note in brackets says was heard on air besides its speakers' turns ("(SOUNDBITE OF
MUSIC)", "(LAUGHTER)", "(BEGIN VIDEO CLIP)"), in capitals as transcripts print them."""

PICTURE_AGENCIES = ("EPA", "Getty Images", "Getty", "Shutterstock", "Splash News", "Alamy", "Rex Features",
                    "Pixel8000", "Pixel 8000", "Storyful")
"""Agencies that credit photographs (or footage passed on from social networks) and are no wire agency."""

PICTURE_AGENCY_PATTERN = alternation(PICTURE_AGENCIES)
""":data:`PICTURE_AGENCIES` as an alternation (case as written)."""

STAFF_ROLES = ("Writer", "Reporter", "Correspondent", "Editor", "Contributor", "Journalist")
"""What a byline may call the person it names after their name or outlet ("Jane Doe, AP Writer")."""

STAFF_COLLECTIVES = ("staff",)
"""Words after a body's name that credit its people as a whole ("AP staff", "RFE/RL staff"): the body itself."""

STAFF_ROLE_QUALIFIERS = ("Staff", "Senior", "Chief", "Political", "National", "Foreign", "Special")
"""Words that may stand before one of :data:`STAFF_ROLES` ("Staff Writer", "Chief Correspondent")."""

STAFF_TITLE_PATTERN = (
    rf"(?:(?:{alternation(STAFF_ROLE_QUALIFIERS)})?\s*(?:{alternation(STAFF_ROLES)})s?)"
)
"""A staff title: an optional qualifier, then a role, singular or plural ("Staff Writers"; case as written)."""

SECTIONS = ("U.S.", "US", "World", "Nation", "National", "Local", "Metro", "Regional", "Politics", "Political",
            "Government", "Business", "Money", "Market", "Markets", "Economy", "Finance", "Opinion", "Opinions",
            "Editorial", "Editorials", "Commentary", "Analysis", "Health", "Science", "Tech", "Technology", "Sport",
            "Sports", "Entertainment", "Culture", "Arts", "Lifestyle", "Life", "Travel", "Weather", "Crime",
            "Justice", "Education", "Election", "Elections", "Video", "Videos", "Photos", "Pictures", "Home", "News",
            "Breaking", "Top Stories", "Latest", "Trending", "Asia", "Europe", "Africa", "Americas", "Middle East",
            "Immigration", "Environment", "Climate", "Religion", "Media", "Military", "Defence", "Defense",
            "Security", "Congress", "White House", "Supreme Court", "Court", "Courts", "Law", "Investigations",
            "Fact Check")
"""Section names of news sites, as their menus and title suffixes print them."""

SECTION_PATTERN = "(?:" + alternation(SECTIONS, flexible_space=False).replace(r"\.", r"\.?") + ")"
""":data:`SECTIONS` as a group of alternatives, full stops optional ("U.S." or "US."; match ignoring case)."""

SHARE_BUTTONS = ("share", "tweet", "email", "e-mail", "print", "facebook", "twitter", "whatsapp", "linkedin",
                 "pinterest", "reddit", "comment", "comments", "save", "copy link", "sms", "messenger", "flipboard",
                 "telegram", "youtube", "instagram", "tiktok", "bluesky", "threads", "rss", "x", "url", "copied",
                 "advertisement", "close", "menu", "more", "story highlights", "hide caption", "toggle caption",
                 "show comments", "listen", "follow")
"""Words of the share buttons and other one-line furniture of a page ("Share", "Print", "Hide caption", an author's
"Follow" button left without the name)."""

TITLE_FIELDS = ("Title", "Headline")
"""Field names a scraper writes before the page's title on the first line of its text ("Title: Council shuts the
bridge"): the title's label, not its words."""

SHARE_JOINING_WORDS = ("via", "on", "to", "this", "the", "article", "story", "page")
"""Words joining a share button's name to its network in its label ("Share Article via Facebook", "Share this
story on X")."""

SHARE_BUTTON_PATTERN = alternation(SHARE_BUTTONS)
""":data:`SHARE_BUTTONS` as an alternation (match ignoring case)."""

LINK_HEADINGS = ("read more", "read also", "read next", "also read", "see also", "related", "related stories",
                 "related articles", "related coverage", "related content", "related links", "most read")
"""Headings of a line pointing to other stories ("Read more: ...", "Related stories | ..."): a link line."""

LINK_HEADING_PATTERN = alternation(LINK_HEADINGS)
""":data:`LINK_HEADINGS` as an alternation (match ignoring case)."""

BRACKETED_LINK_HEADINGS = ("photos", "video", "videos", "watch", "listen", "audio", "podcast", "quiz", "cartoons",
                           "graphic", "graphics", "map", "timeline", "transcript", "document", "slideshow", "gallery",
                           "more", "full coverage", "see related", "see results")
"""Headings, besides :data:`LINK_HEADINGS`, of a link to another page set in brackets between the paragraphs, with the
page's title after a colon ("(PHOTOS: The fair's best rides)", "(QUIZ: How well do you know Elmland?)"): not "photo",
a picture's credit ("(Photo: Jo Lee/AP)")."""

HEADING_NOUNS = ("us", "news", "notes", "partners", "stories", "updates", "topics", "resources", "videos",
                 "podcasts", "newsletters", "sponsors", "flyer", "flyers", "deals", "coupons", "streams")
"""Last words, lower case, of a page's heading or link in title case that no person's name closes on ("Contact Us",
"Related News", "Analyst Notes", "Tech Partners", an advertising widget's "Featured Flyer" or "Weekly Deals", a video
page's "Live Streams"); plural nouns that are also surnames (Banks, Fields) left out."""

APPEAL_SUPPORT_WORDS = ("donate", "donates", "donation", "donations", "donating", "subscribe", "subscribed",
                        "subscribing", "subscriber", "subscribers", "subscription", "subscriptions", "patron",
                        "patrons", "membership", "journalism", "independent", "funding", "contribution",
                        "contributions", "contribute", "support", "supporting", "supporters", "ad blocker",
                        "adblocker", "advertising revenue", "help us")
"""Words of an outlet's appeal for money or subscriptions ("readers like you keep our journalism independent")."""

CONSENT_WORDS = ("cookie", "cookies", "consent", "personal data", "personal information", "your data", "your choices",
                 "your choice", "privacy settings", "privacy choices", "privacy preferences", "data processing",
                 "process data", "process your data", "similar technologies", "tracking technologies",
                 "legitimate interest", "store and/or access information on a device", "privacy notice",
                 "privacy policy", "targeted advertising")
"""Words of a consent banner: what it asks the reader to accept ("We and our partners use cookies ...")."""

CONSENT_ACTIONS = ("by clicking", "by tapping", "by selecting", "by continuing", "by accepting", "click", "tap",
                   "toggle", "below", "accept", "customize", "customise", "manage", "withdraw", "opt out", "object")
"""Words of a consent banner's buttons and of what the reader may do with them ("withdraw your consent by clicking
Customize below")."""

COMPANY_NOUNS = frozenset("""company companies firm giant platform retailer automaker carmaker airline carrier bank
lender insurer conglomerate startup start-up manufacturer maker chain corporation network operator""".split())
"""Head nouns of a definite description of a company ("the company", "the tech giant", "the social network"):
after "the" they name the company last named before them (:data:`COMPANIES`)."""

ORGANISATION_DESCRIPTIONS = COMPANY_NOUNS | frozenset("""broadcaster website newspaper publisher organisation
organization charity paper""".split())
"""Head nouns of a definite description of any organisation ("the company", "the newspaper", "the charity"): the
company nouns (:data:`COMPANY_NOUNS`) and nouns of organisations that are no company of :data:`COMPANIES` ("The
Times ... the newspaper said"): these name the organisation a sentence before has as its subject, never the last
company named (a newspaper is not the Facebook it reports on)."""

BODY_DESCRIPTIONS = {"think tank": ("institute", "institution", "center", "centre", "council", "foundation"),
                     "institute": ("institute",), "agency": ("agency",), "ministry": ("ministry",),
                     "council": ("council",), "commission": ("commission",), "foundation": ("foundation",),
                     "office": ("office",), "department": ("department",), "university": ("university",),
                     "bureau": ("bureau",), "association": ("association",), "union": ("union",),
                     "group": ("group", "association", "union", "coalition", "federation", "alliance", "society")}
"""Descriptions of a named body that is no company ("the think tank", "the environment office", "the group") -> words
one of which that body's name holds ("Institute for the Study of War", "Environment Office for the Canton of Elm"):
after "the" they name the last such body named before them ("the group" one named in its paragraph or the one before; a
name's plural head too: "the American Elm Associations")."""

MEDIUM_NOUNS = frozenset("""newspaper paper daily tabloid magazine weekly journal website site forum blog network
channel broadcaster station podcast""".split())
"""Nouns of a medium written before its name, where someone comments or posts ("a commentator in left-wing newspaper
Haaretz", "one commenter on the exercise forum T-Nation"): the name after them is where the one before speaks, not
the speaker."""

ACCOUNT_NOUNS = frozenset("""account accounts feed handle page pages profile""".split())
"""Nouns of what a body or a person posts from ("the official Elmair Twitter account", "his Facebook page"): the
capitalised words before them name its owner and platform, no person's name, and with them no one he or she stands
for."""

POSTER_NOUNS = frozenset("""user users commenter commenters poster posters viewer viewers reader readers follower
followers subscriber subscribers""".split())
"""Nouns of the people who post on a platform or a site ("a user on X", "one commenter on Reddit"): the name after
them and "on" is where they post, not the speaker."""

COMPANIES = frozenset("""Twitter Facebook Google Apple Amazon Microsoft Meta Instagram YouTube TikTok Snapchat WhatsApp
Uber Lyft Airbnb Netflix Tesla Boeing Airbus Walmart Target Starbucks McDonald's Disney Comcast Verizon AT&T Intel
Nvidia IBM Oracle Samsung Sony Toyota Ford GM Volkswagen ExxonMobil Exxon Chevron BP Shell Pfizer Moderna
Goldman JPMorgan Citigroup Wells Fargo Reddit LinkedIn Spotify PayPal Alibaba Huawei Yahoo""".split()) | frozenset(
    {"General Motors", "Goldman Sachs", "Bank of America", "Morgan Stanley", "Wells Fargo", "Johnson & Johnson"})
"""Companies wire copy often refers to afterwards by a description ("Twitter ... the tech giant said")."""

CORPORATE_SUFFIXES = ("Inc.", "Inc", "Corp.", "Corp", "Co.", "LLC", "Ltd.", "Ltd", "plc", "Group", "Holdings",
                      "Technologies", "Industries", "Enterprises", "Systems", "Networks", "Communications",
                      "Pharmaceuticals", "Laboratories", "Airlines", "Airways")
"""Words that end a company's name ("Acme Inc.", "Globex Corp.", "Acme Technologies"): plural nouns of a trade, never
a surname, so the name is no person "he" or "she" stands for."""


LEGAL_FORMS = frozenset({"inc", "incorporated", "corp", "corporation", "co", "llc", "ltd", "limited", "plc"})
"""A company's legal form closing its name, case folded and without full stops: "CBS Corporation", "Elm Corp." and
"Elm Inc." name the same company as "CBS" and "Elm" (:func:`newskit.entities.name_key`)."""


def suffixed_company_pattern(abbreviated: bool = False) -> str:
    """Regular expression text of a company's name: one to three capitalised words and a word of
    :data:`CORPORATE_SUFFIXES` ("Acme Holdings", "Glenlake Corp."); with ``abbreviated``, only the suffixes with a
    full stop (whose stop is then no sentence end).

    Example
    -------
    >>> from newskit.text import letters as re
    >>> re.fullmatch(suffixed_company_pattern(), "Acme Holdings") is not None
    True
    >>> re.fullmatch(suffixed_company_pattern(abbreviated=True), "Acme Holdings") is None
    True

    "The" opening a sentence before the name is no word of it ("The Acme Airlines plane landed": Acme Airlines):

    >>> re.search(suffixed_company_pattern(), "The Acme Airlines plane landed.").group()
    'Acme Airlines'
    """
    suffixes = [x for x in CORPORATE_SUFFIXES if x.endswith(".")] if abbreviated else CORPORATE_SUFFIXES
    return rf"(?!The\s)(?:\p{{Lu}}[\w&'’-]*\s+){{1,3}}(?:{alternation(suffixes, flexible_space=False)})"
