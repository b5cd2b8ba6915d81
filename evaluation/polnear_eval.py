"""Score newskit's quotations, speakers and sources on PolNeAR, human-annotated attribution in US political news.

PolNeAR (Newell, Margolin and Ruths, LREC 2018; networkdynamics/PolNeAR) holds 1,008 articles from seven US
national publishers (Breitbart, HuffPost, NYT, Politico, USA Today, Washington Post, Western Journalism) on
the 2016 campaign, every attribution in them annotated by hand as source, cue and content spans (brat
standoff; a content may be discontinuous). Texts and annotations are rebuilt into the git-ignored
``evaluation/polnear/cache/`` by ``evaluation/polnear/build.py`` (see ``evaluation/polnear/SOURCES.md``);
nothing of the corpus is stored here, and the cache is scored only when its sha1 is the one below.

PolNeAR's conventions are not newskit's, so the gold is read this way (what cannot be compared is said):

- direct quotations: an attribution whose content (one character either side included) holds a double
  quote mark (two apostrophes, as some copy writes it, included) or an opening single one (curly or
  straight). Its quoted stretches decide its kind: when every quoted stretch is
  closed inside the content and none has more than three words it is a quoted *term* (PolNeAR annotates
  "called it a “disaster”" as an attribution; newskit calls such marks scare quotes), otherwise a direct
  quotation. A found quotation (``nk.quotes``, kind "scare" left out, as ``realcopy_eval.py`` does) is
  right when it overlaps a direct quotation's content, ignored when it overlaps only a term, and false
  otherwise (a quotation PolNeAR did not annotate counts against newskit, though the corpus itself is
  estimated to miss about 6% of attributions). Precision is over found quotations, recall over gold direct
  quotations overlapped by at least one (the pieces of a multi-paragraph quotation each count as found).
- speakers, over the gold direct quotations found, with the found quotation overlapping most: PolNeAR's
  source is the mention as written ("he", "the newspaper", "Clinton"), with no coreference. *Mention*:
  newskit's speaker mention (``mention_start`` .. ``mention_end``) overlaps the gold source span; scored
  for every quotation with a gold source. *Right person*: only where the gold source names someone (a
  comma-separated part of it ends in a capitalised word: "Clinton", "a spokesman, Josh Earnest", a later
  part of two words or more after a possessor's role: "The Podesta Group's CEO, Kimberley Fritts"; the name
  is the run of two words or more just before a preposition, "Ted Cruz of Texas", "Jo Lee of the law firm
  Lee Bell", or one word there that the article shows a surname, "Lee of the Ohio Star" (written in full
  elsewhere, never in lower case, no office: not "Supporters of ...", "Secretary of State ...") (where no
  conjunction lists the trailing run too), else that part's trailing run of capitalised words, unless a
  preposition precedes the run: then it is the office and its holder, "Secretary of State John Kerry", else
  a description, "a spokesman for the Senate"); pronouns and
  descriptions ("the newspaper", "a White House official") are not scored for the person, since the gold
  does not say whom they mean; a party and state tag after the name
  ("Jo Lee (D-N.Y.)") is no part of it, and a pronoun with a contraction ("We’ve") names no one. Agreement is
  ``realcopy_eval.same_entity`` (equal words after titles and articles are dropped, or the same surname)
  with the gold name and the found speaker both cut to their last two words (a hyphenated one counting as one,
  :func:`last_two`: "Pak Su-jin" keeps "Pak"), so that a title the list
  there does not know ("Democrat Tim Kaine", "Councilman ...") is not read as a first name. *Full name*:
  the found speaker's words end the gold's full name and are two or more (one for a one-word name such as
  "Reuters"), or they begin with that full name and go on ("Lou Jiwei" for "Mr. Lou", "Melba Acosta Febo" for
  "Ms. Acosta": a family name first or a second surname, which runs ending in the name cannot see); the gold's full name is the name itself or, where the gold names a surname only, the
  capitalised run of the article ending in that word that every longer such run ends with (a text-derived
  stand-in for the coreference PolNeAR does not annotate; words before the name that the article writes
  in lower case, "Secretary of State John Kerry", dropped, and a first word it capitalises only where a
  sentence opens, "Maybe Trump will ..."), and where the runs have different first names
  ("Bill Clinton", "Hillary Clinton") any of them.
- sources, per article and by name, as ``realcopy_eval.py`` does: the distinct ``source`` names of
  ``nk.attributions`` in the body (credit, byline, dateline and caption rows left out). A found name is right
  when it agrees (``same_entity``, or one name's words end the other's in full: :func:`source_agrees`) with
  any gold source that is not a pronoun, or with any person such a source lists ("Jo Lee and Ann Bell", "Mr. Xi
  and other leaders": :func:`listed_names`; each is a source the gold gives); precision is over found names. A name
  newskit resolves from a pronoun or a description ("he", "the senator": Jo Lee) is right only where the gold names
  that person in a source of the article too: PolNeAR gives the words as written and does not say whom they mean,
  so the resolution is not scored. A relative pronoun the gold gives ("Jo Lee, who said"; "the aide who wrote";
  "Elm Press, which declined", as the guidelines annotate it) means the words it follows (:func:`antecedent`): a found
  name agreeing with them is right, though the pronoun is not scored for recall. A found description is right too
  where its words end the gold's head, before a phrase describing it ("authors" for "the authors of the report":
  :func:`head_ends`). A found name is right too where it has the very words of the group a gold source names
  before what it sets off ("the critics" for "the critics, including Jo Lee": :func:`source_head`), and gold
  spans are widened to whole words (a few offsets cut one: "he Wall Street Journa"). Recall is
  over the gold's named sources (named as above, merged by ``same_entity`` within the article), for all
  attributions and again for those with a reporting cue of the commonest kind (say, tell, according to,
  add, write, state; PolNeAR also annotates beliefs, intentions and endorsements, "Trump wants ...", "the
  Post backs ...", which newskit lists as views held, role "view", only for the few verbs of
  ``newskit.text.lexicon.VIEW_VERBS``; their rows are body rows and are scored here as any other). Gold sources
  that are only descriptions or pronouns are counted, not scored for recall.

- furniture: article text set aside. Every attribution content is article text, so a content that lies in a
  block ``label_blocks`` does not label ``body`` (promo, caption, subhead, chrome, ...) is article text taken
  for page furniture: its quotations and sources are hidden from the reader of the body. Counted by
  attribution: a content is *set aside* when any of its non-blank characters after the first line (the
  headline, rightly not body) lies in such a block; it is named by the label holding most of those
  characters. Contents wholly in the first line are left out. Characters set aside are counted too.

With ``--breakdown``, speaker right person and full name are printed by how the speaker was found too (the strategy
of ``newskit.quote_speakers``, the mention named, a pronoun, a description or none, the quotation's kind, the
speaker's length in words): aggregate figures, for every compartment, to see which mechanism holds on unseen text.
It also counts, as ``shape none`` and ``shape short``, structural features of the quotations given no speaker
(where the gold source stands, what the paragraph holds, how the text after the quotation opens: :func:`none_shape`)
and of the speakers that are the right person without a usable full name (where the full name is written:
:func:`short_shape`): counts only, so that the shape of the losses on unseen text can be compared with train's
without reading it ("Pd 20": twenty quotations credited after a dash).

Aggregate figures and counts of error classes are printed. ``--list quotes|speakers|sources|furniture`` lists every
error too (a quotation with its offsets, class and first 80 characters; a content set aside with its block's
label, its offsets and the block's first 80 characters), for the train compartment only: dev and test stay a measure nobody has read errors on.

Run: .venv/bin/python evaluation/polnear_eval.py [--compartment train|dev|test] [--list quotes|speakers|sources|furniture]
[--limit N] [--breakdown]   (exits 0 with a message where the cache is absent or differs from the one scored)
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import unicodedata
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realcopy_eval import overlaps, ratio, same_entity, words  # noqa: E402

import pandas as pd  # noqa: E402

import newskit as nk  # noqa: E402
from newskit.cues import QUOTE_CUES  # noqa: E402
from newskit.quote_speakers import speaker_strategies  # noqa: E402
from newskit.speakers import name_forms  # noqa: E402
from newskit.sourcing import body_spans, version_attributions  # noqa: E402
from newskit.story import sentences  # noqa: E402
from newskit.text.lexicon import NAME_TITLES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "evaluation" / "polnear" / "cache"
CORPUS_SHA1 = "d4dfe26d2d1557b4ff5a3a3ff1c0ba673677874e"
COMPARTMENTS = ("train", "dev", "test")
PRONOUNS = {"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "who", "which", "that",
            "one", "himself", "herself", "itself", "themselves", "this", "these", "those"}
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
               "some", "many", "several", "other", "another", "both", "all", "most", "one", "two", "three", "few"}
OFFICES = NAME_TITLES | {"chief", "director", "supervisor", "chairman", "chairwoman", "commissioner"}  # "Chief of Staff Jo Lee"
PREPOSITIONS = {"of", "from", "for", "at", "with", "in", "on", "to", "by", "about", "near", "inside", "within"}
CONJUNCTIONS = {"but", "and", "yet", "so", "or"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
PARTICLES = r"(?:de|van|von|der|den|da|di|du|le|la|al|bin|ibn)"
LEADING = {"but", "and", "or", "so", "when", "if", "as", "while", "after", "before", "then", "also", "still", "yet",
           "now", "here", "there", "in", "on", "at", "for", "with", "by", "from", "to", "of", "that", "this", "said",
           "says", "told", "asked", "according", "the", "a", "an"}
REPORTING = re.compile(r"\b(?:say|says|said|saying|tell|tells|told|telling|according|add|adds|added|adding|write|"
                       r"writes|wrote|writing|state|states|stated|stating)\b", re.IGNORECASE)
DOUBLE_MARK = re.compile(r"[“”\"«»]|''")
QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|''(?:(?!'').)*''|‘[^‘’]*’(?!\w)|(?<!')'(?!')[^']*'(?![\w'])|«[^«»]*»")
OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[—–-]))(?:‘|'(?!'|\d|(?:em|til|cause|n|tis|twas)\b))", re.IGNORECASE)


def parse_ann(ann: str) -> list[dict]:
    """Attributions of a brat standoff file: spans of source, cue and content, each a list of (start, end).

    >>> ann = "T1\\tSource 0 5\\tAnna\\nT2\\tCue 6 10\\tsaid\\nT3\\tContent 11 20\\tit rained\\n" \\
    ...       "T4\\tAttribution 6 10\\tsaid\\nE1\\tAttribution:T4 Content:T3 Cue:T2 Source:T1\\n"
    >>> parse_ann(ann)
    [{'source': [(0, 5)], 'cue': [(6, 10)], 'content': [(11, 20)]}]
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in ann.split("\n"):
        fields = line.split("\t")
        if re.fullmatch(r"T\d+", fields[0]) and len(fields) > 1:
            _, _, where = fields[1].partition(" ")
            spans[fields[0]] = [tuple(int(x) for x in piece.split()) for piece in where.split(";")]
        elif re.fullmatch(r"E\d+", fields[0]) and len(fields) > 1:
            events.append(fields[1].split())
    attributions = []
    for roles in events:
        item: dict[str, list] = {"source": [], "cue": [], "content": []}
        for role_ref in roles:
            role, _, ref = role_ref.partition(":")
            role = re.sub(r"\d+$", "", role).lower()
            if role in item and ref in spans:
                item[role] += spans[ref]
        if item["content"]:
            attributions.append({k: sorted(v) for k, v in item.items()})
    return attributions


def quote_kind(text: str, content: list[tuple[int, int]]) -> str | None:
    """"direct", "term" or None (no quote mark) for one attribution's content spans in ``text``.

    >>> t = 'He called it a “disaster” and said “we will win this race.”'
    >>> quote_kind(t, [(3, 25)]), quote_kind(t, [(35, 59)]), quote_kind(t, [(0, 2)])
    ('term', 'direct', None)

    Copy that writes its marks as straight single quotes or two apostrophes is read alike:

    >>> t = "''We will win this race,'' she said, 'a fair race for all.' It was a 'crisis' in the '90s."
    >>> quote_kind(t, [(0, 28)]), quote_kind(t, [(37, 59)]), quote_kind(t, [(69, 77)]), quote_kind(t, [(85, 89)])
    ('direct', 'direct', 'term', None)
    """
    stretch = " ".join(text[max(0, s - 1):e + 1] for s, e in content)
    if not (DOUBLE_MARK.search(stretch) or OPENING_SINGLE.search(stretch)):
        return None
    closed = QUOTED.findall(stretch)
    rest = QUOTED.sub(" ", stretch)
    if closed and not (DOUBLE_MARK.search(rest) or OPENING_SINGLE.search(rest)) \
            and max(len(q.strip("'")[1:-1].split()) for q in closed) <= 3:
        return "term"
    return "direct"


def source_name(source: str, text: str = "") -> str | None:
    """The name a gold source mention gives, None for a pronoun (contractions too: "We've") or a description:
    the trailing run of capitalised words of its first comma-separated part that ends in one, party labels in
    brackets left out; where a preposition comes just before the run, :func:`named_before` ("Secretary of State Jo
    Lee"; "a spokesman for the Senate" describes, it does not name). A name just before a preposition written in
    lower case comes first, unless a conjunction after it lists the run too (:func:`name_before`: "Jo Lee of
    Ohio", "Jo Lee of the law firm Lee Bell"; "Jo Lee of Ohio and Ann Bell" gives "Ann Bell"), one word too where
    the article ``text`` shows it a surname (:func:`surname`: "Lee of the Ohio Star").

    A part that names a possessor's role ("The Lee Group's CEO") gives way to a later part that names in two words
    or more (", Ann Bell"); the role is the name where none does (", or LGP": a name with a possessive, shortened).

    A weekday closing the source is when it was given out, not a name ("a CBS poll released Monday" describes),
    and a conjunction opening the sentence is no part of the name after it ("But Mr. Lee").

    >>> [source_name(s) for s in ("he", "the newspaper", "Hillary Clinton", "a spokesman, Josh Earnest",
    ...     "The New York Times", "a White House official", "Clinton's", "a spokesperson from the Kontra Hall",
    ...     "campaign manager Robby Mook", "We’ve", "Sen. Jo Lee (R-Fla.)", "a CBS poll released Monday")]
    [None, None, 'Hillary Clinton', 'Josh Earnest', 'New York Times', None, 'Clinton', None, 'Robby Mook', None, 'Sen. Jo Lee', None]
    >>> source_name("But Mr. Lee, a Republican"), source_name("And Jo Lee")
    ('Mr. Lee', 'Jo Lee')
    >>> source_name("The Lee Group's CEO, Ann Bell"), source_name("The Lee Group's CEO"), source_name("the Lee People's Party, or LPP")
    ('Ann Bell', 'Lee Group CEO', 'Lee People Party')
    """
    owned = None
    for part in re.sub(r"\s*\([^()]*(?:\)|$)", "", source).split(","):  # "Jo Lee (D-Ohio)": a party label
        written = re.findall(r"[\w][\w.’'&-]*", part)
        tokens = [re.sub(r"(?:['’](?:s|ve|re|ll|d|m)|['’])$", "", t) for t in written]
        while tokens and tokens[-1].lower() in WEEKDAYS:
            tokens.pop()  # "a poll released Thursday": the day it came out
        if not tokens or not tokens[-1][:1].isupper() or tokens[-1].lower() in PRONOUNS:
            continue
        start = run_start(tokens, len(tokens))
        lead = [(at, name) for at in range(1, start) if tokens[at] in PREPOSITIONS
                and (name := name_before(tokens, at, written, text))]
        if lead and not set(tokens[lead[-1][0]:start]) & CONJUNCTIONS:
            return lead[-1][1]  # "Jo Lee of the law firm Lee Bell": the one the rest says more of; "Jo Lee and Ann Bell": a list
        if after_preposition(tokens, start):
            return owned or named_before(tokens, start)
        if any(re.search(r"['’]s$", t) for t in written[start:len(tokens) - 1]):
            owned = owned or " ".join(tokens[start:])  # "The Lee Group's CEO, Ann Bell": a role, named after it
            continue
        name = " ".join(tokens[start:])
        return owned if owned and len(name.split()) < 2 else name  # ", or LPP": the body's name shortened
    return owned


def run_start(tokens: list[str], end: int) -> int:
    """Where the run of capitalised words ending before ``tokens[end]`` starts (``end`` when there is none),
    a conjunction opening the sentence left out ("But Mr. Guerrero": no part of the name).

    >>> run_start(["a", "spokesman", "for", "the", "Senate"], 5), run_start(["But", "Jo", "Lee"], 3)
    (4, 1)
    """
    start = end
    while start and tokens[start - 1][:1].isupper() and tokens[start - 1].lower() not in DETERMINERS:
        start -= 1
    if start < end - 1 and tokens[start].lower() in CONJUNCTIONS:
        start += 1
    return start


def after_preposition(tokens: list[str], start: int) -> bool:
    """Whether ``tokens[start]`` comes just after a preposition, determiners aside ("for the Senate").

    >>> after_preposition(["a", "spokesman", "for", "the", "Senate"], 4), after_preposition(["Jo", "Lee"], 0)
    (True, False)
    """
    before = [t.lower() for t in tokens[:start] if t.lower() not in DETERMINERS]
    return bool(before) and before[-1] in PREPOSITIONS


def named_before(tokens: list[str], start: int) -> str | None:
    """The name of a source whose trailing run of capitalised words (from ``tokens[start]``) is a preposition's
    object: the title of an office and its holder ("Secretary of State Jo Lee"); None otherwise, for a
    description ("a spokesman for the Senate", "Aides to Mr. Lee", "a spokesman for Jo Lee of Ohio") or an office
    with no holder named ("Ohio’s Ambassador to Chad").

    >>> [source_name(s) for s in ("Former Secretary of State Ana Bell", "Speaker of the House Jo Lee", "Ohio Chief of Staff Jo Lee",
    ...     "a spokesman for Ohio", "Aides to Mr. Lee", "a spokesman for Mayor Jo Lee of Ohio", "Ohio’s Ambassador to Chad")]
    ['Former Secretary of State Ana Bell', 'Speaker of the House Jo Lee', 'Ohio Chief of Staff Jo Lee', None, None, None, None]
    """
    at = max(k for k in range(start) if tokens[k].lower() in PREPOSITIONS)
    begin = run_start(tokens, at)
    if begin == at or after_preposition(tokens, begin) or (begin and tokens[begin - 1].lower() in DETERMINERS):
        return None
    return " ".join(tokens[begin:]) if tokens[at - 1].lower().rstrip(".") in OFFICES and len(tokens) - start > 1 else None


def name_before(tokens: list[str], at: int, written: list[str], text: str = "") -> str | None:
    """The run of capitalised words just before the preposition ``tokens[at]`` when it names the source, the rest
    saying where the named one is from or what of ("Jo Lee of Ohio", "Jo Lee of the law firm Lee Bell"): two
    words or more, or one that the article ``text`` shows a surname (:func:`surname`); None for a description
    ("Aides to Mr. Lee", "a spokesman for Jo Lee of Ohio"), a body named with a preposition after an article
    ("the Ohio Board of Elections": the run before the preposition is not its name), an office ("Secretary of
    State": :func:`named_before`), a possessor's thing ("Jo Lee's Atlas of Ohio": ``written``, the words as
    written, shows the possessive) and a headline in capitals.

    >>> [source_name(s) for s in ("Senator Jo Lee of Ohio", "Ana Bell of the Ohio Star", "Ana Bell of the law firm Lee Bell",
    ...     "Jo Lee of Ohio and Ann Bell", "the Ohio Board of Elections", "Jo Lee’s Atlas of Ohio", "JO LEE OF THE SENATE",
    ...     "Medal Of Honor Winner")]
    ['Senator Jo Lee', 'Ana Bell', 'Ana Bell', 'Ann Bell', None, None, None, 'Medal Of Honor Winner']
    """
    begin = run_start(tokens, at)
    if at - begin < (1 if surname(tokens[begin], text) else 2) or after_preposition(tokens, begin) \
            or (begin and tokens[begin - 1].lower() in DETERMINERS) \
            or tokens[at - 1].lower().rstrip(".") in OFFICES or any(re.search(r"['’]s$", t) for t in written[begin:at]) \
            or "".join(tokens[begin:at]).isupper():
        return None
    return " ".join(tokens[begin:at])


NAME_APOSTROPHE = re.compile(r"(?<=\b[A-Z])['’](?=[A-Z])")


def name_words(name: str) -> list[str]:
    """``realcopy_eval.words`` of a name, an apostrophe after its first letter dropped first, so that "O’Donnell"
    stays one word and is not lost as a middle initial ("Brett O’Donnell" -> brett odonnell).

    >>> name_words("Brett O’Donnell"), name_words("O'Donnell")
    (['brett', 'odonnell'], ['odonnell'])
    """
    return words(NAME_APOSTROPHE.sub("", name))


HYPHENATED = re.compile(r"(?<=\w)-(?=\w)")


def last_two(name: str, read=name_words) -> str:
    """The last two words of a name as ``read`` gives them (lower-cased, titles dropped), a hyphenated word
    counting as one: a given name written with a hyphen after a family name written first keeps that family name
    ("Pak Su-jin" is pak su jin, not su jin, the person a gold "Pak" names), as a hyphenated surname keeps its
    first name ("Jo Lee-Ray" is jo lee ray, another person than Ann Lee-Ray).

    >>> last_two("Pak Su-jin"), last_two("Mayor Jo Lee-Ray"), last_two("Sen. Ana Maria Bell"), last_two("Mr. Lee")
    ('pak su jin', 'jo lee ray', 'maria bell', 'lee')
    """
    return " ".join(read(HYPHENATED.sub("_", name))[-2:]).replace("_", " ")


PARTY_TAG = re.compile(r"\s*\([RDI]-[A-Z][^()]*\)|,\s*[RDI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?=,|\s*$)")
CONTRACTION = re.compile(r"^(?:i|we|you|they|he|she|it)['’](?:m|re|ve|ll|d)\b", re.IGNORECASE)


def surname(word: str, text: str) -> bool:
    """Whether ``text`` shows ``word`` a person's surname: it writes a fuller name ending in it (:func:`fullest`)
    and never writes it in lower case (a noun: "Supporters of Lee", "Friends of the Earth"), and it is no title or
    office ("Secretary of State", "Director of ...").

    >>> text = "Jo Lee spoke. Lee of the Ohio Star said so. Friends of Jo Lee and friends of Ann Bell met. Ann Bell"
    >>> [source_name(s, text) for s in ("Lee of the Ohio Star", "Friends of Jo Lee", "Secretary of State Ann Bell",
    ...     "Bell of Ohio")]
    ['Lee', None, 'Secretary of State Ann Bell', 'Bell']
    >>> surname("Lee", text), surname("Friends", text), surname("Secretary", text), surname("Lee", "")
    (True, False, False, False)
    """
    return word.lower().rstrip(".") not in OFFICES and not written_lower(text, word) and fullest(word, text) != (word,)


def speaker_name(source: str, text: str = "") -> str | None:
    """:func:`source_name` of a source written as the speaker of a quotation, without the party and state tag
    after it ("Sen. Jo Lee (D-N.Y.)", "Jo Lee, R-Texas"), None for a pronoun with a contraction ("We’ve").

    >>> speaker_name("Sen. Bernie Sanders (I-Vt.)"), speaker_name("John Cornyn, R-Texas"), speaker_name("We’ve")
    ('Sen. Bernie Sanders', 'John Cornyn', None)
    >>> speaker_name("Rep. Jo Lee (D-N.Y.), who chairs the panel")
    'Rep. Jo Lee'
    """
    if CONTRACTION.match(source.strip()):
        return None
    return source_name(PARTY_TAG.sub("", source).rstrip(" ,"), text)


def written_lower(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case as a word of its own.

    >>> written_lower("Mr. Bill Lee paid the bill.", "Bill"), written_lower("Mr. Bill Lee paid.", "Bill")
    (True, False)
    """
    return bool(re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text))


def opener_only(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case and capitalises it only where a sentence or line opens.

    >>> opener_only("Maybe Lee will go. It may be so, maybe.", "Maybe"), opener_only("Jo met Bill Lee. A bill passed.", "Bill")
    (True, False)
    """
    if not written_lower(text, word):
        return False
    return all(re.search(r"(?:^|[.!?:]\W*\s|\n\s*|[\"“‘(])$", text[max(0, m.start() - 4):m.start()])
               for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text))


def fullest(name: str, text: str) -> tuple[str, ...]:
    """The full names ``name`` may stand for: the runs of capitalised words of ``text`` ending in it that are
    longer than it and than one word (leading function words dropped, and the words up to the last one
    before the final two that ``text`` also writes in lower case: "Secretary of State John Kerry" gives "John
    Kerry", "Flint Mayor Karen Weaver" "Karen Weaver"), as their longest common ending when that is longer
    than ``name``, else each of them (several first names: "Bill Clinton", "Hillary Clinton"); ``name``
    alone when there is no such run. In lower-cased words but for ``name``.

    >>> text = "Democrat Tim Kaine spoke. But Kaine left. Tim Kaine, a democrat"
    >>> fullest("Kaine", text), fullest("Clinton", "Bill Clinton and Hillary Clinton"), fullest("Flea", "Flea")
    (('tim kaine',), ('bill clinton', 'hillary clinton'), ('Flea',))
    >>> fullest("Le Pen", "Marine Le Pen spoke. Le Pen left."), fullest("Le Pen", "Le Pen left.")
    (('marine le pen',), ('Le Pen',))
    >>> fullest("Mr. Lee", "Jo Lee spoke. Mr. Lee left."), fullest("De Berg", "Ana de Berg spoke. De Berg left.")
    (('jo lee',), ('ana de berg',))
    >>> fullest("Mr. Van Oort", "Al Van Oort spoke. Mr. Van Oort left."), fullest("Ms. Lee-Ray", "Jo Lee-Ray spoke.")
    (('al van oort',), ('jo lee ray',))
    >>> fullest("Berg", "Mayor Ana de Berg spoke. Later, de Berg left."), fullest("Gore", "Al Gore spoke.")
    (('ana de berg',), ('al gore',))
    """
    parts = name.split()
    while len(parts) > 1 and not name_words(parts[0]):
        parts = parts[1:]  # "Mr. Ryan", "Mr. Vander Plaats": runs ending in "Ryan", "Vander Plaats"
    size, written = len(name_words(name)), " ".join(parts)
    runs = []
    for m in re.finditer(rf"(?<![\w’'-])(?:(?:[A-Z](?:\.|[\w’'-]*)|{PARTICLES})\s+){{1,3}}(?i:{re.escape(written)})\b", text):
        tokens = m.group(0).split()
        while tokens and tokens[0].lower() in LEADING:
            tokens = tokens[1:]
        common = [k for k, t in enumerate(tokens[:-2]) if re.search(rf"(?<![\w.]){re.escape(t.lower())}\b", text)]
        tokens = tokens[common[-1] + 1:] if common else tokens
        if len(tokens) == 2 and opener_only(text, tokens[0]):
            tokens = tokens[1:]  # "Maybe Trump will ...": no first name
        while len(tokens) > 1 and re.fullmatch(PARTICLES, tokens[0]):
            tokens = tokens[1:]  # "..., de Blasio said": the particle is the surname's, not a first name
        run = name_words(" ".join(tokens))
        if len(run) > max(size, 1):
            runs.append(run)
    if not runs:
        return (name,)
    common = min(runs, key=len)
    while common and not all(r[len(r) - len(common):] == common for r in runs):
        common = common[1:]
    if len(common) > max(size, 1):
        return (" ".join(common),)
    return tuple(sorted({" ".join(r) for r in runs}))


def usable_full(got: str, full: tuple[str, ...]) -> bool:
    """Whether ``got`` writes out one of the names ``full`` (:func:`fullest`): its words end that name's
    (titles before the name aside), two words or more unless the name is one word; or they go on after that
    name's words, which ``fullest`` cannot see: a family name written first ("Mr. Wu" is Wu Lan), a second
    surname ("Ana Ruiz" of "Ana Ruiz Soto") or a gold that gives the first name only ("Jo" is Jo Lee).

    >>> usable_full("Ana Reyes", ("Mayor Ana Reyes",)), usable_full("Reyes", ("Ana Reyes",)), usable_full("Reuters", ("Reuters",))
    (True, False, True)
    >>> usable_full("Hillary Clinton", ("bill clinton", "hillary clinton")), usable_full("Clinton", ("bill clinton", "hillary clinton"))
    (True, False)
    >>> usable_full("Wu Lan", ("Mr. Wu",)), usable_full("Ana Ruiz Soto", ("ana ruiz",)), usable_full("Lan", ("Mr. Wu",))
    (True, True, False)
    """
    g = name_words(got)
    return bool(g) and any(name_words(f)[-len(g):] == g and (len(g) > 1 or len(name_words(f)) == 1)
                           or len(g) > len(name_words(f)) and g[:len(name_words(f))] == name_words(f) for f in full)


LISTING = re.compile(r"\s+(?:and|or)\s+")


def listed_names(source: str, text: str = "") -> list[dict]:
    """The people a gold source lists with "and" or "or" ("Lee and Bell", "Mr. Lee and other leaders"), each as
    :func:`gold_of` gives a source (name, as written, text), for :func:`source_agrees`: every one of them is a
    source, not the last one only that :func:`source_name` gives. A listed part counts where it names someone as
    :func:`source_name` reads it, in two words or more, after a title ("Mr. Xi") or in one word the article shows a
    surname (:func:`surname`); so "the Ice and Fire Office" lists no "Ice", only the "Fire Office" that
    :func:`source_name` gives of it anyway. Empty when the source lists nothing.

    >>> text = "Jo Lee and Ann Bell spoke. Mr. Xi and other leaders met. Lee and Bell left. The Ice and Fire Office."
    >>> [[p["written"] for p in listed_names(s, text)] for s in ("Jo Lee and Ann Bell", "Mr. Xi and other leaders",
    ...     "Lee and Bell", "the Ice and Fire Office", "Jo Lee")]
    [['Jo Lee', 'Ann Bell'], ['Mr. Xi'], ['Lee', 'Bell'], ['Fire Office'], []]
    """
    parts = LISTING.split(source)
    listed = []
    for part in parts if len(parts) > 1 else ():
        written = source_name(part, text)
        tokens = written.split() if written else []
        if len(tokens) > 1 or tokens and surname(tokens[0], text):
            listed.append({"text": part, "name": last_two(written, words), "written": written})
    return listed


_CUE_ALONE = re.compile(rf"(?:asked|{REPORTING.pattern})(?:\s+to)?", re.IGNORECASE)


def unswapped(text: str, attribution: dict) -> dict:
    """An attribution whose source the annotation gives as a cue word alone ("said", "According to") and whose cue
    as words that are none, the two swapped back (13 of train's: "said" as source, "Jo Lee of Dover" as cue).

    >>> unswapped("Jo Lee said", {"source": [(7, 11)], "cue": [(0, 6)], "content": []})["source"]
    [(0, 6)]
    """
    source, cue = (" ".join(text[s:e] for s, e in attribution[k]).strip() for k in ("source", "cue"))
    if source and _CUE_ALONE.fullmatch(source) and not _CUE_ALONE.search(cue):
        return attribution | {"source": attribution["cue"], "cue": attribution["source"]}
    return attribution


def gold_of(text: str, ann: str) -> dict:
    """The gold of one article read as the module docstring says: quotations and sources."""
    quotes, sources, contents = [], [], []
    for a in map(lambda a: unswapped(text, a), parse_ann(ann)):
        contents.append(a["content"])
        source = " ".join(text[s:e] for s, e in a["source"]) if a["source"] else ""
        cue = " ".join(text[s:e] for s, e in a["cue"])
        kind = quote_kind(text, a["content"])
        if kind:
            spoken = speaker_name(source, text) if source else None
            quotes.append({"kind": kind, "content": a["content"], "source": a["source"],
                           "name": last_two(spoken) or None if spoken else None,
                           "full": fullest(spoken, text) if spoken else None})
        if source:
            source, follows = source_written(text, a["source"])
            sources.append(named_source(source, text) | {
                "pronoun": source.lower().strip() in PRONOUNS, "reporting": bool(REPORTING.search(cue)), "cue": cue,
                "listed": listed_names(source, text), "antecedent": named_source(follows, text) if follows else None})
    return {"quotes": quotes, "sources": sources, "first_line": len(text.split("\n", 1)[0]), "contents": contents,
            "text": text}


def strategies(story) -> dict[int, str]:
    """The name of the strategy that found each quotation's speaker in a one-version story, by its start
    (:func:`newskit.quote_speakers.speaker_strategies`; "" for none)."""
    version, sents = story.versions[0], sentences(story)
    paragraphs, spans = body_spans(version)
    attributed = version_attributions(version, sents, sorted((q["start"], q["end"]) for q in spans))
    names = speaker_strategies(version, sents, paragraphs, spans, attributed)
    return {q["start"]: name for q, name in zip(spans, names)}


def mention_kind(mention: str) -> str:
    """How a found speaker is written where the quotation names it: "none", "pronoun", "named" (a capitalised
    word after the first) or "description".

    >>> mention_kind(""), mention_kind("He"), mention_kind("the Ohio Democrat"), mention_kind("the spokesman")
    ('none', 'pronoun', 'named', 'description')
    """
    if not mention.strip():
        return "none"
    written = mention.split()
    if mention.lower() in PRONOUNS or written[0].lower() in PRONOUNS and len(written) == 1:
        return "pronoun"
    named = written[0][:1].isupper() and written[0].lower() not in DETERMINERS or \
        any(w[:1].isupper() for w in written[1:])
    return "named" if named else "description"


def _how(strategy: str, row) -> str:
    """How a quotation row's speaker was found, four words: the strategy ("-" for none), :func:`mention_kind`,
    the quotation's kind and the speaker's length in words (three or more counted as three)."""
    mention = "" if pd.isna(row.mention) else str(row.mention)
    length = 0 if pd.isna(row.speaker) else min(len(str(row.speaker).split()), 3)
    return f"{strategy or '-'} {mention_kind(mention)} {row.kind} {length}-words"


def found_of(story, breakdown: bool = False) -> dict:
    """The quotations (kind "scare" apart) and source names newskit finds in a one-version story; with
    ``breakdown``, each quotation's strategy and mention kind too."""
    table = nk.quotes(story)
    how = strategies(story) if breakdown else {}
    quotes = [{"span": (int(r.start), int(r.end)), "speaker": "" if pd.isna(r.speaker) else str(r.speaker),
               "mention": None if pd.isna(r.mention_start) else (int(r.mention_start), int(r.mention_end)),
               "how": _how(how.get(int(r.start), "?"), r)}
              for r in table.itertuples() if r.kind != "scare"]
    scare = [(int(r.start), int(r.end)) for r in table.itertuples() if r.kind == "scare"]
    rows = nk.attributions(story)
    names = sorted({str(s) for s in rows[rows.block == "body"].source if str(s).strip()})  # no credit, byline, dateline
    blocks = [(str(b.label), int(b.start), int(b.end)) for b in story.versions[0].blocks.itertuples()
              if b.label not in ("body", "whitespace")]
    return {"quotes": quotes, "scare": scare, "sources": names, "set_aside": blocks, "breakdown": breakdown}


def _covered(span: tuple[int, int], pieces: list[tuple[int, int]]) -> int:
    return sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in pieces)


def score(gold: dict, found: dict, c: Counter, log: list[str] | None = None) -> None:
    """Add one article's counts to ``c`` (keys as printed by :func:`report`); errors of quotations, speakers
    and sources go to ``log`` as lines when it is given."""
    _score_quotes(gold, found, c, log)
    _score_speakers(gold, found, c, log)
    _score_sources(gold, found, c, log)
    _score_furniture(gold, found, c, log)


def _printed(text: str, start: int, end: int) -> int:
    """Non-blank characters of ``text[start:end]`` (none when ``end <= start``)."""
    return len("".join(text[start:end].split())) if end > start else 0


def _score_furniture(gold: dict, found: dict, c: Counter, log: list[str] | None = None) -> None:
    """Count the attribution contents (after the first line) lying in part in a block that is not body, by the
    label holding most of their set-aside characters, and their characters; list them in ``log``."""
    text, first = gold.get("text", ""), gold.get("first_line", 0)
    for content in gold.get("contents", []):
        pieces = [(max(s, first), e) for s, e in content if e > first]
        shown = sum(_printed(text, s, e) for s, e in pieces)
        if not shown:
            continue
        c["fur_contents"] += 1
        c["fur_chars"] += shown
        aside = +Counter({block: sum(_printed(text, max(s, block[1]), min(e, block[2])) for s, e in pieces)
                          for block in found.get("set_aside", [])})
        if not aside:
            continue
        c["fur_aside"] += 1
        c["fur_aside_chars"] += sum(aside.values())
        labels = Counter()
        for (name, _, _), size in aside.items():
            labels[name] += size
        label = labels.most_common(1)[0][0]
        c["fur_label_" + label] += 1
        _, start, end = max((block for block in aside if block[0] == label), key=aside.__getitem__)
        if log is not None:
            where = ";".join(f"{s}-{e}" for s, e in content)
            log.append(f"  furniture {label} at {where}: {text[start:end][:80].replace(chr(10), ' ')!r}")


def _score_quotes(gold: dict, found: dict, c: Counter, log: list[str] | None = None) -> None:
    direct = [q["content"] for q in gold["quotes"] if q["kind"] == "direct"]
    terms = [q["content"] for q in gold["quotes"] if q["kind"] == "term"]
    for f in found["quotes"]:
        if any(_covered(f["span"], q) for q in direct):
            c["q_right"] += 1
        elif not any(_covered(f["span"], q) for q in terms):
            c["q_false"] += 1
            inside = any(_covered(f["span"], q) for q in gold.get("contents", []))
            _quote_error(gold, "false_" + ("in_content_without_marks" if inside else "outside_any_attribution"),
                         [f["span"]], c, log)
    c["q_gold"] += len(direct)
    for q in direct:
        if any(_covered(f["span"], q) for f in found["quotes"]):
            c["q_recalled"] += 1
        elif q[0][0] < gold.get("first_line", 0):
            _quote_error(gold, "missed_in_first_line", q, c, log)
        else:
            scare = any(_covered(s, q) for s in found.get("scare", []))
            _quote_error(gold, "missed_" + ("taken_as_scare_quote" if scare else "other"), q, c, log)


def _quote_error(gold: dict, kind: str, spans: list[tuple[int, int]], c: Counter, log: list[str] | None) -> None:
    """Count one quotation error of class ``kind`` and, when ``log`` is given, list it: its offsets, its
    class and its first 80 characters."""
    c["err_q_" + kind] += 1
    if log is not None:
        where = ";".join(f"{s}-{e}" for s, e in spans)
        head = " ".join(gold.get("text", "")[s:e] for s, e in spans)[:80].replace("\n", " ")
        log.append(f"  quote {kind.split('_', 1)[0].upper()} {kind.split('_', 1)[1]} at {where}: {head!r}")


def _score_speakers(gold: dict, found: dict, c: Counter, log: list[str] | None = None) -> None:
    names = [s["name"] for s in gold["sources"] if s["name"]]
    breakdown, silent, shortened = found.get("breakdown", False), False, False
    for q in gold["quotes"]:
        hits = [f for f in found["quotes"] if _covered(f["span"], q["content"])]
        if q["kind"] != "direct" or not hits:
            continue
        best = max(hits, key=lambda f: _covered(f["span"], q["content"]))
        if q["source"]:
            c["m_gold"] += 1
            c["m_right"] += bool(best["mention"]) and any(overlaps(best["mention"], s) for s in q["source"])
        if not q["name"]:
            c["spk_unscored_" + ("no_source" if not q["source"] else "pronoun_or_description")] += 1
            continue
        c["spk_gold"] += 1
        got = last_two(best["speaker"])  # cut to two words as the gold name is
        person = same_entity(got, q["name"])
        c["spk_person"] += person
        full = person and usable_full(best["speaker"], q["full"])
        c["spk_full"] += full
        parts = best["how"].split() if breakdown else []
        for part, key in zip(parts, ("by_strategy", "by_mention", "by_kind", "by_length")):
            c[f"{key} {part} gold"] += 1
            c[f"{key} {part} person"] += person
            c[f"{key} {part} full"] += full
        if breakdown and not best["speaker"]:
            for feature in none_shape(gold, found, q, best):
                c["shape none " + feature] += 1
            c["shape none articles"] += not silent
            silent = True
        elif breakdown and person and not full:
            for feature in short_shape(gold, q, best):
                c["shape short " + feature] += 1
            c["shape short articles"] += not shortened
            shortened = True
        if not person:
            other = any(same_entity(got, n) for n in names)
            c["err_spk_" + ("none" if not best["speaker"] else "another_gold_source" if other else "other")] += 1
        if log is not None and not full:
            start = q["content"][0][0]
            how = f" by {best['how']}" if breakdown else ""
            log.append(f"  speaker {'name' if person else 'PERSON'} at {start}: gold {q['full']!r} "
                       f"(source {q['name']!r}), found {best['speaker']!r}{how}")


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraph_of(text: str, pos: int) -> tuple[int, int]:
    """The paragraph (text between blank lines) holding offset ``pos``.

    >>> paragraph_of("Ab.\\n\\nCd ef.\\n\\nGh.", 6)
    (5, 11)
    """
    starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    start = max(s for s in starts if s <= pos)
    end = _PARAGRAPH_BREAK.search(text, start)
    return start, end.start() if end else len(text)


def _where(span: tuple[int, int], quote: tuple[int, int], paragraph: tuple[int, int], previous: tuple[int, int]) -> str:
    """Where a gold source span lies from its quotation: inside it, before or after it in its paragraph, in the
    previous paragraph, earlier or later."""
    if quote[0] <= span[0] < quote[1]:
        return "inside"
    if paragraph[0] <= span[0] < paragraph[1]:
        return "para_before" if span[0] < quote[0] else "para_after"
    if previous[0] <= span[0] < previous[1]:
        return "prev_para"
    return "earlier" if span[0] < quote[0] else "later"


def opening(text: str) -> str:
    """How a stretch of text opens, spaces and quotation marks passed: "-" (nothing), "cue" (a cue verb,
    ``newskit.cues.QUOTE_CUES``), else the Unicode category of its first character ("Lu", "Pd", ...).

    >>> opening("” said "), opening(" ― Jo Lee"), opening("”  ")
    ('cue', 'Pd', '-')
    """
    rest = text.lstrip(" \n”\"’'")
    return "-" if not rest else "cue" if QUOTE_CUES.match(rest) else unicodedata.category(rest[0])


def none_shape(gold: dict, found: dict, q: dict, best: dict) -> list[str]:
    """Structural features of a quotation given no speaker (``--breakdown``, counted as ``shape none``): where the
    gold source is (:func:`_where`) with the paragraph's shape (filled by the quotation, else holding a cue verb
    outside it or none), how the text between the quotation and a source after it opens and what follows that
    source (:func:`opening`), whether the paragraph's next quotation and the previous paragraph's last have a
    speaker."""
    text, (start, end), source = gold["text"], best["span"], q["source"]
    paragraph = paragraph_of(text, start)
    previous = paragraph_of(text, max(paragraph[0] - 3, 0)) if paragraph[0] else (0, 0)
    outside = text[paragraph[0]:start] + " " + text[end:paragraph[1]]
    shape = "fills" if not re.search(r"\w", outside) else "cue" if QUOTE_CUES.search(outside) else "no_cue"
    before = [bool(f["speaker"]) for f in found["quotes"] if previous[0] <= f["span"][0] < previous[1]]
    later = [bool(f["speaker"]) for f in found["quotes"] if end <= f["span"][0] < paragraph[1]]
    return ["all", f"source {_where(source[0], (start, end), paragraph, previous)}+{shape}",
            "gap_opens " + (opening(text[end:source[0][0]]) if source[0][0] >= end else "n/a"),
            "after_source " + opening(text[source[-1][1]:paragraph[1]]),
            f"next_quote_spoken {later[0] if later else 'n/a'}",
            f"prev_paragraph_spoken {before[-1] if before else 'n/a'}"]


def short_shape(gold: dict, q: dict, best: dict) -> list[str]:
    """Structural features of a speaker that is the right person but no usable full name (``--breakdown``,
    counted as ``shape short``): its length in words, how it was found (strategy and mention kind), where the
    gold's full name is written (nowhere as such, in the first line only, only after the quotation, or before it),
    whether always with "'s", and whether ``newskit.speakers.name_forms`` holds it."""
    text, full, quoted = gold["text"], q["full"] or (), best["span"][0]
    at = [m.start() for f in full for m in re.finditer(re.escape(f), text, re.IGNORECASE)]
    body = [a for a in at if a >= gold["first_line"]]
    where = "nowhere" if not at else "first_line_only" if not body else "after_only" if min(body) > quoted else "before"
    possessive = bool(at) and all(re.match(r"[’']s\b", text[a + len(full[0]):a + len(full[0]) + 3]) for a in at)
    forms = {n.lower() for n in name_forms(text)}
    return ["all", f"words {min(len(best['speaker'].split()), 3)}", "how " + "+".join(best["how"].split()[:2]),
            "full_written " + where, f"full_possessive_only {possessive}",
            f"full_in_name_forms {any(f.lower() in forms for f in full)}"]


def shape_lines(c: Counter) -> list[str]:
    """The ``shape`` counts of :func:`none_shape` and :func:`short_shape`, one line per kind."""
    lines = []
    for kind in ("none", "short"):
        keys = sorted((k.split(" ", 2)[2], v) for k, v in c.items() if k.startswith(f"shape {kind} "))
        if keys:
            lines.append(f"  shape {kind:6} " + ", ".join(f"{k} {v}" for k, v in keys))
    return lines


def ends_alike(a: str, b: str) -> bool:
    """Whether one name's words end the other's: a gold name cut to two words ("York Times") or written without
    its given name ("Wasserman Schultz") is the longer name, not a different first name.

    >>> ends_alike("New York Times", "york times"), ends_alike("Debbie Wasserman Schultz", "Wasserman Schultz")
    (True, True)
    >>> ends_alike("Liz Cheney", "Mary Cheney"), ends_alike("Trayvon Martin", "Trayvon Martin Foundation")
    (False, False)
    """
    shorter, longer = sorted((words(a), words(b)), key=len)
    return bool(shorter) and longer[len(longer) - len(shorter):] == shorter


def bare_words(phrase: str) -> list[str]:
    """The lower-cased words of a phrase, a leading article dropped: what a description is when every word of it is
    a title that ``realcopy_eval.words`` leaves out ("The senator").

    >>> bare_words("The senator"), bare_words("the former president\xa0")
    (['senator'], ['former', 'president'])
    """
    found = re.findall(r"\w+", phrase.lower())
    return found[1:] if found[:1] in (["the"], ["a"], ["an"]) else found


def named_source(source: str, text: str) -> dict:
    """A gold source's words, the name they give (:func:`source_name`) and that name's last two words."""
    written = source_name(source, text)
    return {"text": source, "name": last_two(written, words) if written and words(written) else written,
            "written": written}


RELATIVES = {"who", "whom", "which"}  # guidelines: "Bay Financial, which said"
_CLAUSE_OPENING = re.compile(r".*(?:[,;:!?()“”\"—–\n]|\b[a-z]{2,}[.!?]\s)", re.DOTALL)


def source_written(text: str, spans: list[tuple[int, int]]) -> tuple[str, str | None]:
    """A gold source's words, its spans widened to whole words (a few offsets cut a word: "he Wall Street
    Journa"), and, for a relative pronoun, the words it follows (:func:`antecedent`: "Jo Lee, who said": Jo Lee;
    "the aide who wrote": the aide), else None.

    >>> text = "Mr. Roe said it. The aide who wrote it, Sen. Jo Lee (R-Ohio), who left, agreed."
    >>> source_written(text, [(26, 29)]), source_written(text, [(62, 65)]), source_written(text, [(5, 7)])
    (('who', 'The aide'), ('who', 'Sen. Jo Lee'), ('Roe', None))
    """
    wide = []
    for start, end in spans:
        while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
        while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
        wide.append((start, end))
    source = " ".join(text[s:e] for s, e in wide)
    return source, antecedent(text, wide[0][0]) if source.strip() in RELATIVES and len(wide) == 1 else None


def antecedent(text: str, start: int) -> str | None:
    """The words a relative pronoun at ``start`` follows, back to the clause's opening (at most six), a comma
    and a party label before the pronoun left out; None where a sentence opens there.

    >>> antecedent("Then, Sen. Jo Lee (R-Ohio), who", 28), antecedent("It fell. Who", 9)
    ('Sen. Jo Lee', None)
    """
    before = re.sub(r"\s*\([^()]*\)$", "", text[:start].rstrip().removesuffix(",").rstrip())
    opening = _CLAUSE_OPENING.match(before + " ")
    return " ".join((before + " ")[opening.end() if opening else 0:].split()[-6:]) or None


_SET_OFF = re.compile(r",|\s*(?:--|[—–(])|\s+(?:including|led\s+by)\s")


def source_head(source: str) -> str:
    """A gold source's words before what it sets off after them (a comma, a dash, a bracket, "including", "led by"):
    the group the source names, its members or leader only described.

    >>> source_head("Some critics, including Jo Lee,"), source_head("The two aides -- Lee and Roe --")
    ('Some critics', 'The two aides')
    """
    return _SET_OFF.split(source, maxsplit=1)[0]


_DESCRIBED_AFTER = re.compile(r"\s+(?:of|in|from|at|for|with|on|going|who|whom|which|that)\s")


def head_ends(found: str, source: str) -> bool:
    """Whether a found description's words (:func:`bare_words`) end the gold source's head, its words before what
    it sets off (:func:`source_head`) and before a phrase or clause after it that describes it ("of", "in", "from",
    "who" ...): "authors" for "the authors of the report", "German user" for "a German user from Hanover going by
    the handle Elm", "article" for "a 2013 article in the journal".

    >>> head_ends("authors", "the authors of the report"), head_ends("article", "a 2013 article in the journal")
    (True, True)
    >>> head_ends("report", "the authors of the report"), head_ends("user", "the users")
    (False, False)
    """
    found_words, head = bare_words(found), bare_words(_DESCRIBED_AFTER.split(source_head(source), maxsplit=1)[0])
    return bool(found_words) and head[len(head) - len(found_words):] == found_words


def source_agrees(found: str, gold: dict) -> bool:
    """Whether a found source name is the gold source ``gold`` (a dict of :func:`gold_of`): it agrees with the
    gold's name (or, for a description, its text) by ``same_entity``, or :func:`ends_alike` the name in full, or
    it has the description's very words (:func:`bare_words`: "senator" for "the senator", which ``same_entity``
    cannot compare, both being titles only), or those of the words before what the source sets off
    (:func:`source_head`: "critics" for "the critics, including Jo Lee", whose name is Jo Lee).

    >>> source_agrees("senator", {"name": None, "written": None, "text": "the senator"})
    True
    >>> source_agrees("critics", {"name": "Jo Lee", "written": "Jo Lee", "text": "the critics, including Jo Lee"})
    True
    """
    return same_entity(found, gold["name"] or gold["text"]) or ends_alike(found, gold["written"] or gold["text"]) \
        or [] != bare_words(found) in (bare_words(gold["text"]), bare_words(source_head(gold["text"]))) \
        or head_ends(found, gold["text"])


def _score_sources(gold: dict, found: dict, c: Counter, log: list[str] | None = None) -> None:
    mentions = [s for s in gold["sources"] if not s["pronoun"]]
    judged = mentions + [p for m in mentions for p in m["listed"]] + [s["antecedent"] for s in gold["sources"]
                                                                      if s.get("antecedent")]
    for name in found["sources"]:
        c["src_found"] += 1
        right = any(source_agrees(name, m) for m in judged)
        c["src_right"] += right
        if not right:
            c["err_src_false_" + ("capitalised" if any(w[:1].isupper() for w in name.split()) else "lower_case")] += 1
            if log is not None:
                log.append(f"  source FALSE {name!r}")
    for subset, key in ((gold["sources"], "all"), ([s for s in gold["sources"] if s["reporting"]], "say")):
        entities: list[dict] = []
        for s in subset:
            if s["name"] and not any(same_entity(s["name"], e["name"]) for e in entities):
                entities.append(s)
        c[f"src_gold_{key}"] += len(entities)
        missed = [e for e in entities if not any(source_agrees(n, e) for n in found["sources"])]
        c[f"src_recalled_{key}"] += len(entities) - len(missed)
        if log is not None and key == "all":
            log.extend(f"  source MISSED {e['written']!r}" for e in missed)
    c["src_mentions_unnamed"] += sum(not s["name"] for s in gold["sources"])
    c["src_mentions"] += len(gold["sources"])


def corpus_sha1(cache: Path) -> str:
    """One sha1 over the names and bytes of every cached file, in sorted order."""
    digest = hashlib.sha1()
    for path in sorted(cache.glob("*/*")):
        if path.suffix in (".txt", ".ann"):
            digest.update(f"{path.parent.name}/{path.name}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def score_cache(cache: Path, compartments: tuple[str, ...], listing: str | None = None,
                limit: int | None = None, breakdown: bool = False) -> dict[str, Counter]:
    """Counts per compartment for every cached article (the first ``limit`` of each); with ``listing``
    ("quotes", "speakers", "sources" or "furniture") each article's errors of that kind are printed; with
    ``breakdown``, speakers are counted by strategy too."""
    counts = {}
    for compartment in compartments:
        c = Counter()
        for path in sorted((cache / compartment).glob("*.txt"))[:limit]:
            text = path.read_bytes().decode("utf-8")
            story = nk.story_from_texts({"article": text})
            if story.versions[0].raw != text:
                raise nk.NewskitError(f"{path.name}: the version's text is not the file's, offsets would not hold")
            log: list[str] | None = [] if listing else None
            gold = gold_of(text, path.with_suffix(".ann").read_bytes().decode("utf-8"))
            score(gold, found_of(story, breakdown), c, log)
            kept = [line for line in log or [] if line.startswith(f"  {listing[:-1]}")] if listing else []
            if kept:
                print(f"{compartment}/{path.name}", *kept, sep="\n")
            c["articles"] += 1
        counts[compartment] = c
    return counts


def report(name: str, c: Counter) -> str:
    """The printed figures for one set of counts."""
    p = c["q_right"] / (c["q_right"] + c["q_false"]) if c["q_right"] + c["q_false"] else 1.0
    r = c["q_recalled"] / c["q_gold"] if c["q_gold"] else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    lines = [f"{name}: {c['articles']} articles, {c['q_gold']} gold direct quotations, {c['src_mentions']} gold source mentions",
             f"  direct quotes      P={p:.3f} R={r:.3f} F1={f1:.3f} (found right {c['q_right']}, false {c['q_false']}; "
             f"gold found {c['q_recalled']} of {c['q_gold']})",
             f"  speaker mention    {ratio(c['m_right'], c['m_gold'])} of found quotations with a gold source span",
             f"  speaker right person  {ratio(c['spk_person'], c['spk_gold'])}   usable full name {ratio(c['spk_full'], c['spk_gold'])}"
             f"   (not scored: pronoun or description {c['spk_unscored_pronoun_or_description']}, no source {c['spk_unscored_no_source']})",
             f"  sources            precision {ratio(c['src_right'], c['src_found'])}  recall {ratio(c['src_recalled_all'], c['src_gold_all'])}"
             f"  recall, say/tell/according-to sources {ratio(c['src_recalled_say'], c['src_gold_say'])}"
             f"   (gold mentions with no name: {c['src_mentions_unnamed']})"]
    aside = sorted(((k[10:], v) for k, v in c.items() if k.startswith("fur_label_") and v), key=lambda kv: (-kv[1], kv[0]))
    lines.append(f"  set aside as furniture  {ratio(c['fur_aside'], c['fur_contents'])} of gold attribution contents"
                 f" (characters {ratio(c['fur_aside_chars'], c['fur_chars'])})"
                 + ("   by label: " + ", ".join(f"{k} {v}" for k, v in aside) if aside else ""))
    lines += breakdown_lines(c) + shape_lines(c)
    errors = sorted((k[4:], v) for k, v in c.items() if k.startswith("err_") and v)
    if errors:
        lines.append("  error classes      " + ", ".join(f"{k} {v}" for k, v in errors))
    return "\n".join(lines)


def breakdown_lines(c: Counter) -> list[str]:
    """Speaker right person and full name by how the speaker was found (``--breakdown``): the strategy, how its
    mention is written (:func:`mention_kind`), the quotation's kind, the speaker's length in words."""
    lines = []
    for key in ("by_strategy", "by_mention", "by_kind", "by_length"):
        parts = sorted({k.split()[1] for k in c if k.startswith(key + " ")}, key=lambda p: -c[f"{key} {p} gold"])
        for p in parts:
            gold = c[f"{key} {p} gold"]
            lines.append(f"  {key:12} {p:22} {gold:5}  person {c[f'{key} {p} person'] / gold:.3f}"
                         f"  full {c[f'{key} {p} full'] / gold:.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compartment", choices=COMPARTMENTS, help="score one compartment only")
    parser.add_argument("--list", choices=("quotes", "speakers", "sources", "furniture"), help="list every error of that kind (train only)")
    parser.add_argument("--limit", type=int, help="score the first N articles of each compartment")
    parser.add_argument("--breakdown", action="store_true", help="speaker figures by strategy and mention kind")
    args = parser.parse_args(argv)
    if args.list and args.compartment != "train":
        parser.error("--list reads errors of the train compartment only: add --compartment train")
    if not CACHE.is_dir() or not any(CACHE.glob("*/*.ann")):
        print(f"skipped: {CACHE} is absent; rebuild it with evaluation/polnear/build.py (see evaluation/polnear/SOURCES.md)")
        return 0
    if corpus_sha1(CACHE) != CORPUS_SHA1:
        print(f"skipped: {CACHE} is not the text scored before (sha1 {corpus_sha1(CACHE)}); rebuild it")
        return 0
    warnings.simplefilter("ignore", nk.NewskitWarning)
    compartments = (args.compartment,) if args.compartment else COMPARTMENTS
    counts = score_cache(CACHE, compartments, args.list, args.limit, args.breakdown)
    for compartment, c in counts.items():
        print(report(compartment, c))
    if len(counts) > 1:
        print(report("all", sum(counts.values(), Counter())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
