"""Sentence alignment between the versions of a story.

Every pair of versions is aligned on its sentences (see :func:`newskit.text.sentences.sentences`).
Sentences are compared as lower-cased words, a compound one version writes closed or hyphenated and the other another
way written closed in both (:func:`newskit.matching.closed_compounds`: ``airstrikes``, ``air strikes``): the
similarity of two sentences is
the larger of the Indel similarity of their word sequences (``2 * LCS / (len_a +
len_b)``, all pairs at once with rapidfuzz's ``cdist``) and the Dice coefficient
of their content-word sets (one matrix product); both lie in [0, 1].
The rules, in order:

1. **one-to-one links**, best first: a pair is linked when both sentences are still
   free and their similarity reaches :data:`LINK` (unless, naming one speaker, they share one word written in lower
   case at most, a reporting verb aside, while another sentence shares :data:`MIN_COMMON` such words with one of them:
   :func:`_names_only`; or they share one content word at most and their words in order stay below it: a word cut
   off a quotation, ``'Win?``, and a heading, ``FOR LEE TO WIN...``, or fewer than :data:`MIN_COMMON` other than
   reporting verbs, none in lower case in both (a first word, ``Both``, counts), no speaker of both named, their words
   in order below :data:`DUPLICATE` (a quotation's tail, ``Not here in Port Elm.``, and another remark naming the
   place): :func:`_one_word`; or they stay below it once the words one tells only in a relative clause set off by a
   comma and the other outside one are not counted, ``, whose panel reviews the fund`` (background to a name, not the
   fact: :func:`_background_only`); or they share fewer than
   :data:`MIN_COMMON` content words, no figure, their words in order stay below :data:`DUPLICATE` and the shorter
   keeps less than :data:`LIGHT_KEPT` of its words in order, when the link lies out of place among the others (out of
   their order or in a gap wider than :data:`IN_PLACE_GAP`): two short remarks sharing two words, ``The sea was not
   calm.`` and ``A calm sea is a calm sea.``, which no gap link joins either: :func:`_out_of_place`); in order between
   linked neighbours (or before the first link or after the last) a lower :data:`GAP_LINK` is enough when the two
   share :data:`MIN_COMMON` content words or their words in order alone reach it (a name and a
   reporting verb alone are not enough) and, in a gap holding more than :data:`IN_PLACE_GAP` free
   sentences on each side, their rare-word similarity below reaches :data:`GAP_RARE` (words found all
   through the story, its names and topic, do not tell which sentence retells which) and they share
   :data:`WIDE_GAP_COMMON` content words (one rare name is not a fact), one of them written in lower case in both
   or quoted in both (names alone tell who, not what), tried best first by similarity plus that rare-word similarity
   and again while a pass links more (a pair turned down in a wide gap lies in a narrow one once later links close
   it in);
2. **close paraphrases**, one to one, kind *paraphrase*: free sentences between the same two
   links of the in-order chain (or before the first, or after the last), at most
   :data:`IN_PLACE_GAP` on each side, when they share :data:`IN_PLACE_COMMON` content words other
   than reporting verbs and the words of a credit set off at the end of either in the same order, one of them
   written in lower case in both and not only in a participle clause of one, ``, backed by the board,`` (a reworded
   lede; a name and an age, a source and its title, tell who, not what),
   or in a wider gap between two links :data:`WIDE_IN_PLACE_COMMON` with a rare-word similarity of :data:`GAP_RARE`,
   unless a free sentence shares rarer words with either, :data:`WEIGHTED` at least (the fact told elsewhere:
   :func:`_rarer_partner`); the first sentences
   of the two versions, both free, when they share :data:`PARAPHRASE_COMMON` such words in order (two ledes retell the
   main fact, however far the next link: :func:`_ledes`), or :data:`MIN_COMMON` stems in any order, one written in lower
   case in both, when their second sentences are linked to each other (one lede rewritten in place); then free
   sentences anywhere that
   share :data:`PARAPHRASE_COMMON` content words other than reporting verbs in the same order (a name
   and ``said`` do not make two quotations one), :data:`PARAPHRASE` of the
   shorter one's (the same facts in the same order, reworded), unless a free sentence shares rarer
   words with either (a name and an amount in order, the fact told elsewhere); last, free sentences anywhere that
   share the rare words of one fact: :data:`MIN_COMMON` stems in the same order, each counted once (content words folded
   to ASCII and cut to :data:`newskit.text.tokens.STEM` letters, a shorter root's ``-ing`` or ``-ed`` dropped:
   ``zooming``, ``zoomed``) and an idf-weighted Dice of stems reaching
   :data:`WEIGHTED` (names and words found all through the story weigh little), or naming one sum of money
   (``$84,000``); in these two passes, never a sentence that duplicates, or lies inside, a linked sentence of the other
   version (a part broken out of it, joined to it in step 3: :func:`_folds`), nor two sentences each sharing
   :data:`MIN_COMMON` stems written in lower case in both with the partner of a linked neighbour (two parts of two
   merges told alike: :func:`_both_beside_told`);
3. **merges and splits**: a left-over sentence next to a linked one joins its link when the partner holds :data:`PART`
   of its content words and explains :data:`MIN_COMMON` more of them in order once the two neighbours are read together
   (a sentence folded into the one before or after it, a quotation cut in two or joined differently), :data:`JOIN_LOWER`
   of them written in lower case in both and not in the neighbour, one it quotes when it quotes any (a speaker's name
   and title tell who spoke, not what); runs grow one sentence at a time. A sentence still left over joins a linked
   sentence of the other version that it duplicates (similarity at least :data:`DUPLICATE`, e.g. a paraphrased lede)
   or that holds a share :data:`CONTAINED` (all) of its content words while still reaching
   :data:`CONTAINED_SIMILARITY`; a left-over fragment (opening with a lower-case
   letter or a comma, as in a machine translation's ``chaos. , according to the reading.``) joins the sentence before
   it. Two sentences left over in both versions that quote one remark whole (:data:`QUOTED_ECHO` words or more,
   told in no other sentence, the same speaker named next to a verb of saying in both) are linked one to one
   (:func:`_same_remark`). Last, a sentence still left over joins the linked sentence of the other version that
   retells it:
   :data:`PARAPHRASE_COMMON` content words other than reporting verbs in the same order, :data:`PARAPHRASE` of its own
   (a sentence carrying two of the other version's facts, a quotation cut short and quoted again in full elsewhere;
   never one that a linked sentence of its own version tells whole: :func:`_told_whole`, or but for a word or so,
   :data:`LIGHT_KEPT` of its content words in order, when the two quote no words together: :func:`_told_by_partner`; nor
   two that tell two facts, :meth:`_Candidates.apart`), or
   that quotes :data:`ECHO` of its words one after another (a quotation cut into sentences differently;
   :data:`QUOTED_ECHO` when both quote them, or the part of the run both quote: ``an "act of terror"``; unquoted when
   they hold :data:`COPIED_CLAUSE` lower-case content words, a clause copied) or holds all its words one after another
   (:data:`WHOLE_ECHO` or more: a short sentence broken out word for word), unless a sentence of its own version linked
   there already holds those words (a quotation told twice in one version) short of the whole remark it quotes, a
   remark the other quotes too, whole or, under :data:`ECHO` words, inside a longer one (a remark, or a phrase of it,
   quoted in a summary line and again with the rest of its quotation); two sentences left over in both versions
   are linked one to one when they quote :data:`FREE_ECHO` words one after another (one quotation reworded around on
   both sides) or copy a clause word for word outside quote marks (:func:`_unquoted_clause`), or when one retells
   the other's quotation as indirect speech (:data:`RETOLD_QUOTE` of its lower-case quoted words, the same speaker
   named next to a verb of saying in both), or when they write one hashtag found in no other sentence of either
   version (:func:`_hashtagged`); last, two sentences left over in both versions are
   linked when they tell one fact in words found in no other sentence of either version of a long story
   (:func:`_told_once`: :data:`MIN_COMMON` such stems, :data:`TOLD_ONCE_IN_ORDER` between linked neighbours, words that
   date an event left out; anywhere, below :data:`TOLD_ONCE_SIMILARITY` too, a name and a word apart from it:
   :func:`_anchored`, which with :data:`MIN_COMMON` such stems links two sentences each linked already too, or a
   sentence left over to its linked neighbour's partner: :func:`_linked_anchors`; or a phrase quoted in one written
   word for word in the other between linked neighbours, or quoted in both anywhere, or :data:`QUOTED_ECHO` words
   quoted in one only and written word for word in the other anywhere, a lower-case one of them told once:
   :func:`_copied_quote`, which also joins a sentence still left over to a linked sentence of the other version in a
   long story, :func:`_copied_join`; the sentences still left over are then
   joined again to the linked sentences that echo them, as above, the sentences linked by words told once among them),
   or when they share a figure found in no other sentence of either version (``2005``) and :data:`FIGURE_COMMON` words
   written in lower case in both and lie in order between linked neighbours (:func:`_told_figure`; anywhere from a
   similarity of :data:`MOVED_FIGURE_SIMILARITY` when a lower-case word of theirs is told once too; anywhere when one
   of the two is linked already and they share :data:`MIN_COMMON` such words: a clause copied with its figure into
   another fact's sentence; anywhere, whatever words in lower case they share, when they share :data:`FIGURES_ALIKE`
   figures and are each other's closest sentence by rare words: :func:`_figures_alike`), or when each is the other's
   most similar sentence (:func:`_mutual_best`: :data:`MUTUAL`,
   :data:`MIN_COMMON` stems, one written in lower case in both) and the linked sentences next to the one of A have
   partners before and after the other (one sentence reworded in place; a link moved elsewhere does not stand between
   them); a sentence still left over joins its most similar sentence, linked already or left over too, when that one
   holds every content word it writes in lower case, :data:`MIN_COMMON` or more, whatever names it adds
   (:func:`_lower_folded`), or the partner of a linked
   neighbour when that one is its most similar sentence and the two quote :data:`QUOTED_ECHO` words one after another,
   a lower-case one among them (the rest of a quotation cut in two: :func:`_quotation_rest`), or when the two share a
   run of :data:`QUOTED_ECHO` words, two of them lower-case content words told in no other sentence, that the linked
   neighbour writes too, the left-over line writing fewer content words than that neighbour (a short line retelling a
   fact its neighbour tells in full: :func:`_neighbour_echo`); the first
   sentence of one version, still left over, joins the first of the other, linked already, when they share
   :data:`IN_PLACE_COMMON` content words in order, one written in lower case in both, one stem of theirs not written
   by the linked one's partners (:func:`_lede_join`; on one such lower-case word alone, only with :data:`MIN_COMMON`
   such stems: :func:`_beyond_link`); such a late
   link, one to one, is of
   kind *paraphrase* (two sentences told in other words, not one sentence edited). Last of all, a sentence still left
   over next to a linked one joins that link when it completes the partner (:func:`_covers`): the partner, longer than
   the neighbour, holds :data:`MIN_COMMON` more of its stems (one written in lower case in both), all told after the
   neighbour's own words (before them when the left-over sentence comes first: one sentence merged from two), and no
   other sentence of the other version shares as many stems with it (save one linked to a sentence of its own version
   that holds them); a sentence still left over whose neighbours on both sides are linked to one sentence of the other
   version joins it when the two share :data:`MIN_COMMON` stems and no sentence of that version shares rarer words
   with it (:func:`_sandwiched`: three sentences folded into one);
   two sentences in a row, both still left over, join one sentence left over in the other version when each shares with
   it :data:`MIN_COMMON` stems of its own, written in lower case in both (:func:`_run_merges`: one sentence cut in two,
   or two folded into one, each part reworded); a sentence still left over next to a linked one joins that link's
   partner when the two share :data:`MIN_COMMON` stems written in lower case in both, two told in no other sentence
   of either version, it shares more stems with no other sentence and writes no verb of saying (:func:`_once_joins`:
   one half of a split sentence reworded; after :func:`_folded_near`, on two such stems in any case (figures aside):
   a name and its title told beside the link, ``So did Governor Jo Lind.``); two sentences still left over in both
   versions are linked anywhere when each is the other's closest sentence by rare words and they share
   :data:`WIDE_IN_PLACE_COMMON` stems written in lower case in both, one told in no other sentence, none of them
   quoted, in versions of :data:`TOLD_ONCE_OF` sentences or more (:func:`_rare_mutual`: one fact retold in other words
   and moved); a sentence still left over,
   quoting nothing, just before a paragraph quoted whole that copies its partner (:data:`MERGED_COPY` words in a row,
   no partner of it quoting a phrase) joins the partner sharing most stems with it, one at least (:func:`_block_leads`:
   a blog's own line above each passage it quotes from a report); a sentence still left over, not the first of its
   version, joins the partner of a linked sentence at most :data:`FOLDED_NEAR` sentences from it when the two share
   :data:`FOLDED_NEAR_COMMON` stems written in lower case in both that the linked one does not write, in versions of
   :data:`TOLD_ONCE_OF` sentences or more (:func:`_folded_near`: a fact told beside the linked one, folded into its
   partner); a sentence told twice in one
   version (two sentences reaching
   :data:`DUPLICATE` and sharing :data:`MIN_COMMON` content words: a caption or a summary line repeating the body)
   takes the links of its twin (:func:`_twins`). A sentence with no word
   at all (``...``, ``* * *``) is never linked. Several sentences of A linked to one of B are *merged*, one of A linked
   to several of B is *split*;
4. **order**: one-to-one links (paraphrases and the late links of rule 3 included) outside the in-order
   chain of largest total similarity, read once every link is made (merged and split ones included), are
   *moved*; a link in order is *identical* or *edited* (one sentence edited in place) when the shorter sentence keeps
   :data:`EDITED_KEPT` of its words in order, *paraphrase* below that (two reports telling one fact their own way);
5. sentences left without a link are *dropped* (in A) or *added* (in B).

Two sentences opening with two different people (:meth:`_Candidates.other_subjects`, names with no word in
common: ``Lee attacked Ruiz``, ``Ruiz faced a backlash``) are never linked one to one below :data:`LINK` (gap links,
paraphrases in place, ledes, close paraphrases, paraphrases on rare words, words told once): the names and titles
they share tell one story, not one fact.
Nor are two sentences that both open with a quotation (or name its source first and quote it from the verb to their end:
``Port chief Jo Lee said: "..."``) when their quotations share few words
(:meth:`_Candidates.two_remarks`): copy quotes a remark word for word, so the words around two quotations
(``party funds``, ``said``, a source and its title) do not make them one; nor does a remark left over complete such a
remark (:func:`_covers`). Nor are two sentences that share words of a credit set off at the
end of one (``..., his uncle told local radio.``) and fewer than :data:`CREDIT_FREE` outside it
(:meth:`_Candidates.credited_only`): a source and the outlet it spoke to tell who, not what. Nor (below
:data:`DUPLICATE`) are a speaker's words, ``Elm Council said ...``, and a quotation another source set off at its end
speaks, naming that speaker only inside its quote marks (:meth:`_Candidates.spoken_of`). Words told once never link
two sentences that write figures and share none of them (:meth:`_Candidates.other_figures`: ``a 36-yard kick``, ``a
48-yard kick``: two events of one kind). Nor do gap links, paraphrases in place, close paraphrases, paraphrases on
rare words, words told once or two sentences each other's most similar link two that share one name with its title
alone (:func:`_one_title`: ``Jo Lee, chairman of the Elm Port Board`` and ``The chairman of the Elm Port Board, Jo
Lee,``, one lower-case word in common): who, not what.

Content words are those of :func:`newskit.matching.content_words`; "in the same order" is the
length of their longest common subsequence (rapidfuzz's ``LCSseq``), read on stems (:func:`newskit.text.tokens.stem`)
where reporting verbs are left out (paraphrases in place, close paraphrases, sentences retold).

Sentences are compared in their comparison form (:mod:`newskit.text.typography`): two linked sentences
differing only in quote marks, apostrophes, dashes, spaces or ellipses are *identical*, and the
``typography`` column says so (True: same words, typed differently; where lines wrap does not count).

Example
-------
>>> from newskit.story import story_from_texts
>>> story = story_from_texts({"a": "It rained. The match was off.", "b": "The match was off. It rained hard."})
>>> align(story)[["sentence_a", "sentence_b", "kind"]].values.tolist()
[[0, 1, 'moved'], [1, 0, 'identical']]
"""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import math
from newskit.text import letters as re
import warnings
from collections import Counter, deque
from collections.abc import Iterable

import numpy as np
import pandas as pd
from rapidfuzz.distance import Indel, LCSseq

from .errors import NewskitError, NewskitWarning
from .matching import (candidate_pairs, closed_compounds, compound_at, compounds, content_words, linked_groups,
                       pair_one_to_one, sentence_similarity, words)
from .quote_marks import quote_spans
from .sourcing import body_quotations, find_attributions
from .speakers import opening_name
from .story import sentences as story_sentences, story_table
from .text.lexicon import (AUXILIARIES, CLAUSE_CONJUNCTIONS, DATE_WORDS, DEGREE_ADVERBS, NUMBER_WORDS, PREPOSITIONS,
                           RELATIVE_PRONOUNS, REPORTING_WORDS, SUBJECT_FORMS, alternation)
from .text.tokens import WORD, continues_sentence, hashtags, stem, sums
from .text.typography import comparison_form, only_typography, same_text

ALIGN_COLUMNS = ["version_a", "sentence_a", "version_b", "sentence_b", "similarity", "kind", "typography"]
KINDS = ("identical", "edited", "paraphrase", "moved", "merged", "split", "dropped", "added")

LINK = 0.5
"""Word similarity from which two free sentences are linked anywhere in the story."""
GAP_LINK = 0.3
"""Lower word similarity that links two free sentences lying in order between linked neighbours."""
GAP_RARE = 0.2
"""Rare-word similarity (:meth:`_Candidates.weighted`) a gap link still needs in a wide gap (more than
:data:`IN_PLACE_GAP` free sentences on each side): two sentences sharing only the story's recurring name
and topic (``Ruiz``, ``harbour tax``) do not tell one fact; a lone sentence on each side between two links
is one sentence rewritten, whatever words it shares."""
WIDE_GAP_COMMON = 2
"""Content words a gap link in a wide gap (more than :data:`IN_PLACE_GAP` free sentences on each side) must share:
a lone rare name that a one-word fragment shares with a sentence (``We are on Elmshire.``) is not a fact."""
CONTAINED = 1.0
"""Share of a left-over sentence's content words found in a linked sentence to count as merged/split."""
DUPLICATE = 0.7
"""Similarity from which a left-over sentence counts as a duplicate of a linked one (merged/split)."""
MIN_COMMON = 3
"""Content words a left-over sentence must share with a linked one to count as contained in it."""
CONTAINED_SIMILARITY = 0.4
"""Similarity a contained left-over sentence still needs: a short sentence whose few words recur in a much
longer one is a summary of a detail, not a part broken out of it."""

PART = 0.5
"""Share of a left-over sentence's content words that the partner of its neighbour's link must hold for
the left-over sentence to join that link (folded into its neighbour, or broken out of the partner)."""
PARAPHRASE = 0.5
"""Share of the shorter sentence's content words that two free sentences must share in the same order to
be linked as a close paraphrase."""
PARAPHRASE_COMMON = 5
"""Content words two free sentences must share in the same order to be linked as a close paraphrase."""
IN_PLACE_COMMON = 3
"""Content words, in order, that the one free sentence on each side of a gap between two links in order
must share to be linked as a paraphrase in place."""
WEIGHTED = 0.35
"""Weighted similarity (Dice of stems, each weighted by its rarity in the two versions) from which two
free sentences sharing :data:`MIN_COMMON` stems are linked as a paraphrase anywhere."""
ECHO = 6
"""Words, one after another and inside quote marks on one side, that a left-over sentence must share word
for word with a linked sentence of the other version to join it (a quotation cut in two, or joined to
other words), two of them content words written in lower case."""
QUOTED_ECHO = 3
"""Words one after another, inside quote marks in both sentences, from which a left-over sentence joins a linked
sentence of the other version (see :data:`ECHO`: one quotation cut short differently by each version, ``"with a
grain of salt"``), two of them content words written in lower case."""
COPIED_CLAUSE = 4
"""Lower-case content words from which a run of :data:`ECHO` words shared outside quote marks counts as an echo
too: a clause copied word for word (``pushing, kicking and slapping the soldiers, who``), not a set phrase
(``in an interview with the local paper``)."""
WHOLE_ECHO = 3
"""Words from which a left-over sentence found whole, word for word, in a linked sentence of the other
version joins it, quoted or not (a short sentence broken out of a longer one: ``Nine were shut.``)."""
FREE_ECHO = 8
"""Words one after another (see :data:`ECHO`) that two sentences left over in both versions must share to
be linked: with no link nearby to vouch for them, a set phrase quoted in two different remarks (``a fair
deal for the working poor``) is not one quotation."""
RETOLD_QUOTE = 4
"""Lower-case content words (stems) of a quotation that a sentence left over in the other version must
retell, naming the speaker the quoting sentence names, for the two to be linked (a quotation retold as
indirect speech: ``"a hearing would best protect her privacy," Lee wrote`` and ``a hearing, Lee argued,
would protect her privacy``)."""
TOLD_ONCE_OF = 12
"""Sentences the longer version must have for a word found in one sentence of each version only to mark one
fact (:func:`_told_once`): in a short text most words are told once."""
TOLD_ONCE_SIMILARITY = 0.2
"""Similarity that two sentences left over in both versions, sharing :data:`MIN_COMMON` words told once
(:attr:`_Candidates.once`), must still reach to be linked: a long sentence that shares an epithet and a
word with another on other matters (``the real estate mogul``) does not retell it."""
TOLD_ONCE_IN_ORDER = 2
"""Words told once (:attr:`_Candidates.once`) that two sentences left over in both versions must share when they lie in
order between linked neighbours and share a word written in lower case (:data:`MIN_COMMON` elsewhere): where the
story's order vouches for them, two words of one fact that no other sentence tells (``Christmas lights``,
``flip-flopped``) are enough; two names are not (who, not what)."""
FIGURE_COMMON = 2
"""Content words written in lower case in both that two sentences sharing a figure told once (:func:`_told_figure`)
must share besides: a year or a count alone (``2012``, ``16`` after a name) dates or describes, two words of a fact
with it tell one fact."""
FIGURES_ALIKE = 2
"""Figures that two sentences left over in both versions, sharing one told once and each the other's closest
sentence by rare words, must share to be linked whatever words in lower case they share (:func:`_figures_alike`): one
fact told by its figures (``7 of 16 for 83 yards``, ``83 yards, completing seven out of 16``)."""
_REPORTING = frozenset(stem(w) for w in REPORTING_WORDS)
"""Stems of the reporting verbs (``said``, ``told``)."""
_DATING = frozenset(stem(w) for w in DATE_WORDS)
"""Stems of the words that date an event (``earlier this month``, ``Tuesday``): told once, they tell when, not what."""
_COUNTING = frozenset(stem(w) for w in (*NUMBER_WORDS, *DEGREE_ADVERBS))
"""Stems of the words of a count and its hedge (``at least seven``, ``most``): told once, they tell how many, not
what."""
WIDE_IN_PLACE_COMMON = 4
"""Content words, in order, that two free sentences in a gap between two links wider than :data:`IN_PLACE_GAP`
must share (with a rare-word similarity of :data:`GAP_RARE`) to be linked as a paraphrase in place: three names
and a noun in order do not tell which of several sentences retells which, four words of one fact do."""
MOVED_FIGURE_SIMILARITY = 0.3
"""Similarity from which two sentences left over in both versions that share a figure told once (:func:`_told_figure`)
are linked out of order too, when a word of their fact written in lower case in both is told once as well: one
sentence moved and reworded (``settle the full amount by 2031``); below it, a year and a word or two shared out of
order date or describe."""
CREDIT_FREE = 2
"""Stems that two sentences must share outside the words crediting a source (:func:`_credit`: ``his father told
local media``, ``said Jo Lee, police chief of Elm county``, ``according to the ministry in Oslo``), or all of the fewer
ones either writes there, when they share any such words: a source, its title and the outlet it spoke to tell who,
not what (:meth:`_Candidates.credited_only`)."""
CREDIT_LEAD = 3
"""Words before a source, back to a comma or quote mark, read as part of its credit (:func:`_credit`): ``his``
before ``father told``, ``local police chief`` before ``Jo Lee told``."""
_CLOSING = ('"', "\u201d", "\u2019")
"""Quote marks that may close a quotation before a credit set off after it (``"...," local police chief Jo Lee
told AFP``)."""
MUTUAL = 0.25
"""Similarity from which two sentences left over in both versions, each the other's most similar sentence, are
linked when they lie in place between the partners of their linked neighbours (:func:`_mutual_best`); the rare-word
similarity from which two such sentences, each the other's closest by rare words, are linked anywhere
(:func:`_rare_mutual`)."""
JOIN_LOWER = 1
"""Stems written in lower case in both that a left-over sentence must share with the partner of its neighbour's link,
besides those of the neighbour, to join that link (:func:`_side_joins`): the name of one speaker (``Harbour Coast
Guard said``) shared with a neighbour's partner tells who spoke, not that the sentence was folded into it."""
MERGED_COPY = 12
"""Words one after another, at least, of each clause a sentence copies from two linked sentences of the other version
to join both (:func:`_merged_copies`), or that a paragraph quoted whole copies from its partner for the line leading
into it to join that partner (:func:`_block_leads`): a shared phrase of six words (``former members of the executive
committee``) is a detail two sentences of one story both tell, not a clause merged from one or a passage quoted."""
EDITED_KEPT = 0.5
"""Share of the shorter sentence's words, in order, that the longer one of a link in order must keep for the link to
be one sentence edited (kind *edited*): below it the two tell one fact in their own words (kind *paraphrase*), and a
word-by-word diff of them says where they differ, not which words an editor changed."""
IN_PLACE_GAP = 2
"""Free sentences, on each side, of the largest gap between two links in order (or before the first, or
after the last) whose sentences may be linked as paraphrases in place: in a wider gap, a few names and
a verb in order are not enough to tell which sentence retells which."""
LIGHT_KEPT = 0.8
"""Share of the shorter sentence's words that two sentences sharing fewer than :data:`MIN_COMMON` content words keep in
order when one is the other lightly edited (a clause put in or a word dropped): below it, and below :data:`DUPLICATE`
in words in order, two short lines sharing two words (``The sea was not calm.``, ``A calm sea is a calm sea.``) are
two remarks, whatever the Dice of their few content words (:func:`_few_words`)."""

RETOLD_IN_ORDER = 4
"""Content words in the same order that a sentence left over and a sentence of the other version write when one
retells the other, far from it (:func:`_once_retold`)."""

RETOLD_ONCE = 2
"""Stems found in no other sentence of either version that such a retelling shares (:func:`_once_retold`)."""

QUOTATION_PART = 2
"""Stems written in lower case in both that a left-over sentence of a quotation run on across a sentence break must
share with a partner of the quotation's other sentence to join its link (:func:`_quotation_part`)."""

PARTNER_TELLS = 2
"""Stems written in lower case in both, told in no other sentence of either version, that a left-over sentence must
share with the partner of a linked neighbour, beyond that neighbour's words, to join it (:func:`_partner_tells`)."""

FOLDED_NEAR = 2
"""Sentences from a linked one, at most, that a sentence left over may lie to join its partner on the stems it alone
shares with it (:func:`_folded_near`)."""

FOLDED_NEAR_COMMON = 4
"""Stems written in lower case in both, not written by the linked sentence beside it, that a sentence left over must
share with that sentence's partner to join it (:func:`_folded_near`): ``protests``, ``government``, ``prices`` and
``demonstrated`` tell one fact folded into the partner, a word or two a detail both tell."""

PARTNER_SHARE = 0.8
"""Share of a link's similarity that a left-over sentence beside one of its two sentences must reach with the other
to join it (:func:`_partner_part`): the left part of a merge or split, told nearly as closely as the linked part."""


def similarity_matrix(words_a: list[list[str]], words_b: list[list[str]]) -> np.ndarray:
    """Similarity (0..1) between every sentence of A and of B (:func:`newskit.matching.sentence_similarity`).

    Every pair is scored: for a few sentences only (alignment itself scores the candidate pairs of
    :func:`newskit.matching.candidate_pairs`).

    Example
    -------
    >>> similarity_matrix([["a", "b"]], [["a", "b"], ["c"]]).tolist()
    [[1.0, 0.0]]
    """
    return np.array([[sentence_similarity(a, b) for b in words_b] for a in words_a]).reshape(len(words_a), len(words_b))


class _Candidates:
    """The scored candidate pairs of two lists of sentences, with their words and content words in common and
    their readings (:class:`_Readings`, made when first asked for; ``quoted``: the spans of each sentence of
    A and of B lying inside quotations, by default :func:`_quotations`)."""

    def __init__(self, texts_a: list[str], texts_b: list[str], quoted: tuple | None = None):
        self.texts_a, self.texts_b = texts_a, texts_b
        written_a, written_b = [words(t) for t in texts_a], [words(t) for t in texts_b]
        told = compounds(written_a, written_b)
        self.words_a, self.words_b = closed_compounds(written_a, written_b, told=told)
        quoted_a, quoted_b = quoted or (_quotations(texts_a), _quotations(texts_b))
        self.read_a = _Readings(texts_a, self.words_a, quoted_a, told)
        self.read_b = _Readings(texts_b, self.words_b, quoted_b, told)
        self.seq_a = [content_words(w) for w in self.words_a]
        self.seq_b = [content_words(w) for w in self.words_b]
        self.facts_a = [[stem(w) for w in _facts(x, _charges(w))] for x, w in zip(self.seq_a, self.words_a)]
        self.facts_b = [[stem(w) for w in _facts(x, _charges(w))] for x, w in zip(self.seq_b, self.words_b)]
        self.sets_a = [frozenset(x) for x in self.seq_a]
        self.sets_b = [frozenset(x) for x in self.seq_b]
        self.size_a = [len(x) for x in self.sets_a]
        self.size_b = [len(x) for x in self.sets_b]
        self.stems_a = [frozenset(stem(w) for w in seq) for seq in self.seq_a]
        self.stems_b = [frozenset(stem(w) for w in seq) for seq in self.seq_b]
        self.idf = _rarity(self.stems_a, self.stems_b)
        self.once = _once(self.stems_a) & _once(self.stems_b)  # stems told in one sentence of each version only
        self.pairs = candidate_pairs(self.words_a, self.words_b)
        self.sim = {(i, j): s for i, j, s in self.pairs}
        self.of_a: dict[int, list[int]] = {}
        self.of_b: dict[int, list[int]] = {}
        self.subjects: dict[tuple[int, int], frozenset[str] | None] = {}
        for i, j, _ in self.pairs:
            self.of_a.setdefault(i, []).append(j)
            self.of_b.setdefault(j, []).append(i)

    def weighted(self, i: int, j: int) -> float:
        """The idf-weighted Dice coefficient of the stems of sentence i of A and j of B (see :func:`_weighted`)."""
        total = _mass(self.stems_a[i], self.idf) + _mass(self.stems_b[j], self.idf)
        return 2 * _mass(self.stems_a[i] & self.stems_b[j], self.idf) / total if total else 0.0

    def other_subjects(self, i: int, j: int) -> bool:
        """Whether sentence i of A and j of B open with two different people (:func:`newskit.speakers.opening_name`,
        two names with no word in common): ``Jo Lee attacked Ann Ruiz`` and ``Ann Ruiz faced a backlash``
        tell two facts of one story, whatever names and title words they share.

        Example
        -------
        >>> found = _Candidates(["Sen. Jo Lee attacked Ann Ruiz over the tax."],
        ...                     ["Ann Ruiz faced a backlash over the tax.", "Joseph Lee Jr. spoke."])
        >>> found.other_subjects(0, 0), found.other_subjects(0, 1)
        (True, False)
        """
        names = [self._subject(side, k) for side, k in ((0, i), (1, j))]
        return None not in names and not names[0] & names[1]

    def two_remarks(self, i: int, j: int) -> bool:
        """Whether sentence i of A and j of B both quote a remark (:func:`_quotes_a_remark`: open inside quote marks,
        or name its source first and quote it to their end) and their quoted lower-case content
        words (:func:`_quoted`) share fewer than :data:`MIN_COMMON` (or than all of the fewer ones): copy
        quotes a remark word for word, so two quotations sharing a word or two are two remarks, whatever the
        words around them share (a source's name and title included).

        Example
        -------
        >>> found = _Candidates(['"Fees paid with party funds were called gifts to a school," the office said.'],
        ...                     ['"If I did" spend party funds, he said, "it was a slip and I paid it back."',
        ...                      '"Fees paid with party funds were called gifts," it said.'])
        >>> found.two_remarks(0, 0), found.two_remarks(0, 1)
        (True, False)
        """
        read_a, read_b = self.read_a[i], self.read_b[j]
        if not (_quotes_a_remark(read_a) and _quotes_a_remark(read_b)):
            return False
        quoted_a, quoted_b = _quoted(read_a), _quoted(read_b)
        return len(quoted_a & quoted_b) < min(MIN_COMMON, len(quoted_a), len(quoted_b))

    def apart(self, i: int, j: int) -> bool:
        """Whether sentence i of A and j of B tell two facts however many words they share: they open with two
        different people (:meth:`other_subjects`), quote two remarks (:meth:`two_remarks`), share little but the
        words crediting a source (:meth:`credited_only`), give one's words and another's quotation speaking of
        that one (:meth:`spoken_of`), quote two speakers' remarks (:meth:`other_speakers`) or share only the
        description set off after one name (:func:`_lower_in_description`)."""
        return self.other_subjects(i, j) or self.two_remarks(i, j) or self.credited_only(i, j) \
            or self.spoken_of(i, j) or self.other_speakers(i, j) or _lower_in_description(self, i, j)

    def other_speakers(self, i: int, j: int) -> bool:
        """Whether sentence i of A and j of B both quote a remark (:func:`_quotes_a_remark`) and name its speakers
        next to a verb of saying (:func:`_speakers`), none of them in both: ``"I want to be sure it was safe," Lee
        said`` and ``"We want to be sure fans understand," Ruiz said`` are two people's words, however many of
        them the two share.

        Example
        -------
        >>> found = _Candidates(['"I want to be sure it was safe," Lee said.'],
        ...                     ['"We want to be sure fans understand," Ruiz said.', '"I want to be sure," Lee said.'])
        >>> found.other_speakers(0, 0), found.other_speakers(0, 1)
        (True, False)
        """
        read_a, read_b = self.read_a, self.read_b
        if not (_quotes_a_remark(read_a[i]) and _quotes_a_remark(read_b[j])):
            return False
        named_a, named_b = read_a.speakers(i), read_b.speakers(j)
        return bool(named_a and named_b) and not named_a & named_b

    def spoken_of(self, i: int, j: int) -> bool:
        """Whether one of sentence i of A and j of B names a speaker (:func:`_speakers`) that the other writes only
        inside quote marks, crediting its quotation to a source set off at its end (:func:`_credit`): ``Elm Council
        said the bid was late`` is the council's word, ``"the bid missed Elm Council's date," her lawyer said``
        another speaker's, whatever facts the two share (a name after the verb, ``said that Lee ...``, is
        what was said, not who spoke).

        Example
        -------
        >>> found = _Candidates(["Elm Council said the bid was late and lacked a signed form."],
        ...                     ['"The bid lacked a signed form Elm Council asks for," her lawyer said.',
        ...                      '"The bid lacked a signed form," Elm Council said.'])
        >>> found.spoken_of(0, 0), found.spoken_of(0, 1)
        (True, False)
        """
        for mine, other, k, m in ((self.read_a, self.read_b, i, j), (self.read_b, self.read_a, j, i)):
            named = mine.speakers(k) and mine.speakers(k) & _before_verb(mine[k])
            if not named or not other.credit(m)[0]:
                continue
            inside, outside = set(), set()
            for w, quoted, _ in other[m]:
                (inside if quoted else outside).update(content_words([w]))
            if named & (inside - outside):
                return True
        return False

    def other_figures(self, i: int, j: int) -> bool:
        """Whether sentence i of A and j of B both write figures (stems opening with a digit), share none of them and
        share fewer than :data:`MIN_COMMON` words written in lower case (:func:`_lower_in_common`): two events of one
        kind told by their own figures (``a 36-yard kick, 20-0``, ``a 48-yard kick, 13-10``), not one fact.

        Example
        -------
        >>> found = _Candidates(["Elm added a 36-yard kick to lead 20-0."],
        ...                     ["Jo Lee made a 48-yard kick to put Oak 13-10 ahead.", "Elm led 20-0 after a kick."])
        >>> found.other_figures(0, 0), found.other_figures(0, 1)
        (True, False)
        """
        figures_a = {w for w in self.stems_a[i] if w[:1].isdigit()}
        figures_b = {w for w in self.stems_b[j] if w[:1].isdigit()}
        if not figures_a or not figures_b or figures_a & figures_b:
            return False
        return len(_lower_in_common(self, i, j)) < MIN_COMMON

    def credited_only(self, i: int, j: int) -> bool:
        """Whether sentence i of A and j of B share stems in the words crediting a source (:func:`_credit`) but
        fewer than :data:`CREDIT_FREE` outside them (or than all of the fewer ones either writes there): one source
        named in two sentences tells who spoke in both, not that they tell one fact.

        Example
        -------
        >>> found = _Candidates(["The ferry ran aground near the pier, its captain told local media."],
        ...                     ["A call for help on local media by the captain drew 40 boats.",
        ...                      "The ferry ran aground, local media said."])
        >>> found.credited_only(0, 0), found.credited_only(0, 1)
        (True, False)
        """
        credit_a, told_a = self.read_a.credit(i)
        credit_b, told_b = self.read_b.credit(j)
        if not (credit_a | credit_b) & self.stems_a[i] & self.stems_b[j]:
            return False
        return len(told_a & told_b) < min(CREDIT_FREE, len(told_a), len(told_b))

    def _subject(self, side: int, k: int) -> frozenset[str] | None:
        """The folded words (initials left out) of the name of the person sentence ``k`` of A (side 0) or B
        (side 1) opens with, or None."""
        if (side, k) not in self.subjects:
            name = opening_name((self.texts_a, self.texts_b)[side][k])
            self.subjects[side, k] = frozenset(stem(w.lower()) for w in WORD.findall(name) if len(w) > 1) if name else None
        return self.subjects[side, k]

    def similarity(self, i: int, j: int) -> float:
        """The similarity of sentence i of A and j of B, scored now when no candidate."""
        found = self.sim.get((i, j))
        return sentence_similarity(self.words_a[i], self.words_b[j]) if found is None else found


def _rarity(stems_a: list[frozenset], stems_b: list[frozenset]) -> dict[str, float]:
    """The inverse document frequency of every stem, among the sentences of the version where it is
    more frequent: ``log((n + 1) / count)``, n the larger number of sentences.

    Example
    -------
    >>> {w: round(x, 2) for w, x in sorted(_rarity([frozenset({"x", "y"}), frozenset({"x"})], [frozenset({"y"})]).items())}
    {'x': 0.41, 'y': 1.1}
    """
    count_a = Counter(w for seq in stems_a for w in seq)
    count_b = Counter(w for seq in stems_b for w in seq)
    total = max(len(stems_a), len(stems_b)) + 1
    return {w: math.log(total / max(count_a[w], count_b[w])) for w in count_a | count_b}


def _before_verb(read: list[tuple[str, bool, bool]]) -> set[str]:
    """The words a sentence (its :func:`_reading`) writes outside quote marks before its first reporting verb there.

    Example
    -------
    >>> sorted(_before_verb(_reading('Elm Council said that Lee "was late."')))
    ['council', 'elm']
    """
    before = set()
    for w, quoted, _ in read:
        if not quoted and w in REPORTING_WORDS:
            break
        if not quoted:
            before.add(w)
    return before


def _once(stems: list[frozenset]) -> set[str]:
    """The stems found in one sentence only.

    Example
    -------
    >>> sorted(_once([frozenset({"x", "y"}), frozenset({"x"})]))
    ['y']
    """
    count = Counter(w for seq in stems for w in seq)
    return {w for w, n in count.items() if n == 1}


def _facts(seq: list[str], kept: frozenset[str] = frozenset()) -> list[str]:
    """Content words that tell what happened: reporting verbs (``said``, ``wrote``, ``declared``) left out but
    those in ``kept`` (a charge, :func:`_charges`), so that a name and a verb of saying do not make two sentences one.

    Example
    -------
    >>> _facts(["perry", "said", "border", "secure"])
    ['perry', 'border', 'secure']
    >>> _facts(["lee", "cited", "speeding"], frozenset({"cited"}))
    ['lee', 'cited', 'speeding']
    """
    return [w for w in seq if w not in REPORTING_WORDS or w in kept]


def _charges(sentence_words: list[str]) -> frozenset[str]:
    """The reporting words (:data:`newskit.text.lexicon.REPORTING_WORDS`) a sentence writes as a passive before
    "for" or "with", an auxiliary one or two words before them: a charge or a ticket (``was cited for speeding``,
    ``has been charged with theft``), a fact, not someone's words.

    Example
    -------
    >>> sorted(_charges(words("Lee was already cited for speeding and said he was charged with theft.")))
    ['charged', 'cited']
    >>> _charges(words("Lee cited figures for the board and asked for calm."))
    frozenset()
    """
    return frozenset(w for k, w in enumerate(sentence_words[:-1]) if w in REPORTING_WORDS and sentence_words[k + 1]
                     in ("for", "with") and AUXILIARIES & set(sentence_words[max(0, k - 2):k]))


def _one_to_one(found: _Candidates) -> dict[int, int]:
    """Optimal one-to-one links at :data:`LINK` (those resting on a few words out of place left out:
    :func:`_out_of_place`), then in-order gap links at :data:`GAP_LINK` (in a wide gap,
    reaching :data:`GAP_RARE` on rare words), best first (by :func:`_gap_rank`), tried again while a pass makes a
    link: a pair turned down in a wide gap may lie in a narrow one once the links made after it close it in."""
    strong = [p for p in found.pairs if p[2] >= LINK and not _names_only(found, p) and not _one_word(found, p)
              and not _background_only(found, p) and not (p[2] < DUPLICATE and _two_voices(found, p[0], p[1]))]
    links = {i: j for i, j, _ in pair_one_to_one(strong, LINK)}
    refused = _out_of_place(found, links)
    for i, _ in refused:
        del links[i]
    gap = _Gaps(links, len(found.size_a), len(found.size_b))
    order = sorted((p for p in found.pairs if p[2] >= GAP_LINK and p[:2] not in refused),
                   key=lambda p: (-_gap_rank(found, p), p[0], p[1]))
    while _gap_pass(found, links, gap, order):
        pass
    return links


def _two_voices(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B give one speaker's words and another's quotation speaking of that one
    (:meth:`_Candidates.spoken_of`) or quote two remarks quoting no lower-case word in common and sharing words only
    outside quote marks in both (:meth:`_Candidates.two_remarks`, :func:`_quoted`): below :data:`DUPLICATE`, the
    credit two quotations share (``Lee, who chairs the port board, said in a statement``) is no link (nor an echo,
    :func:`_credit_echo`).

    Example
    -------
    >>> a = ['"The new toll is fair to every driver.', 'It will pay for the old pier and the two ferries we need," '
    ...      'Jo Lee, who has led the port board since 2019, said in a statement on Facebook.']
    >>> b = ['"We will not wait for them.', 'Talks are over and the strike can end any day now if they want it," '
    ...      'Jo Lee, who has led the port board since 2019, said in a statement to the Elm Star.']
    >>> _two_voices(_Candidates(a, b), 1, 1), align_texts(a, b)["kind"].tolist()
    (True, ['added', 'added', 'dropped', 'dropped'])
    """
    if found.spoken_of(i, j) or _two_terms(found, i, j):
        return True
    quoted = {w for read in (found.read_a[i], found.read_b[j]) for w, inside, _ in read if inside}
    return found.two_remarks(i, j) and not (_quoted(found.read_a[i]) & _quoted(found.read_b[j])
                                            or quoted & found.sets_a[i] & found.sets_b[j])


def _two_terms(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B each set lower-case words inside quote marks (:func:`_quoted`) in their
    own reporting (no remark quoted, :func:`_quotes_a_remark`: those are :meth:`_Candidates.two_remarks`' to judge),
    share none of the quoted ones and share one word written in lower case at most (:func:`_lower_in_common`, a
    verb): the quoted words are what each tells, so ``Port Chief Jo Lee called Kim a "fine sailor."`` and ``Former
    Port Chief Al Ruiz called Kim a "true friend."`` are two people's words, whatever names and titles they share.

    Example
    -------
    >>> found = _Candidates(['Elm Port Chief Jo Lee called Kim a "fine sailor."'],
    ...                     ['Former Elm Port Chief Al Ruiz called Kim a "true friend."',
    ...                      'Elm Port Chief Jo Lee called Kim a "fine sailor and friend."'])
    >>> _two_terms(found, 0, 0), _two_terms(found, 0, 1)
    (True, False)
    """
    reads = found.read_a[i], found.read_b[j]
    if any(_quotes_a_remark(read) for read in reads):
        return False
    quoted_a, quoted_b = _quoted(reads[0]), _quoted(reads[1])
    return bool(quoted_a and quoted_b) and not quoted_a & quoted_b and len(_lower_in_common(found, i, j)) <= 1


def _out_of_place(found: _Candidates, links: dict[int, int]) -> set[tuple[int, int]]:
    """The links of ``links`` resting on a few words (:func:`_few_words`) that do not lie in place: outside the
    order of the other links or in a gap wider than :data:`IN_PLACE_GAP` between them (a short line edited in place,
    ``It rained.``, ``It poured.``, stays linked).

    Example
    -------
    >>> a = ["Boats left.", "Gulls flew.", "'The sea was not calm and the wind rose.'", "Rain fell."]
    >>> moved = ["Boats left.", "Gulls flew.", "Rain fell.", "'A calm sea is a calm sea.'"]
    >>> in_place = ["Boats left.", "Gulls flew.", "'A calm sea is a calm sea.'", "Rain fell."]
    >>> _out_of_place(_Candidates(a, moved), {0: 0, 1: 1, 2: 3, 3: 2})
    {(2, 3)}
    >>> _out_of_place(_Candidates(a, in_place), {0: 0, 1: 1, 2: 2, 3: 3})
    set()
    """
    refused = set()
    for i, j in links.items():
        if not _few_words(found, i, j):
            continue
        gap = _Gaps({k: m for k, m in links.items() if k != i}, len(found.size_a), len(found.size_b))
        if not gap.fits(i, j) or gap.width(i) > IN_PLACE_GAP:
            refused.add((i, j))
    return refused


def _few_words(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B share fewer than :data:`MIN_COMMON` content words, no figure among them,
    their words in order stay below :data:`DUPLICATE` and the shorter keeps less than :data:`LIGHT_KEPT` of its words
    in order in the other: two remarks sharing two words, not one sentence lightly edited nor a quotation cut short.

    Example
    -------
    >>> found = _Candidates(["'The sea was not calm and the wind rose.'", "We are thrilled, Lee said."],
    ...                     ["'A calm sea is a calm sea.'", "We are thrilled."])
    >>> _few_words(found, 0, 0), _few_words(found, 1, 1)
    (True, False)
    """
    common = found.sets_a[i] & found.sets_b[j]
    if len(common) >= MIN_COMMON or any(w[:1].isdigit() for w in common):
        return False
    words_a, words_b = found.words_a[i], found.words_b[j]
    if Indel.normalized_similarity(words_a, words_b) >= DUPLICATE:
        return False
    return _in_order_common(words_a, words_b) < LIGHT_KEPT * min(len(words_a), len(words_b))


def _gap_pass(found: _Candidates, links: dict[int, int], gap: "_Gaps", order: list[tuple[int, int, float]]) -> bool:
    """One pass of gap links over ``order`` (see :func:`_one_to_one`), made into ``links`` and ``gap``; whether
    it made any."""
    made = False
    for i, j, _ in order:
        if i in links or j in gap.used_b or not gap.fits(i, j) or not _enough_in_common(found, i, j):
            continue
        if found.apart(i, j) or _names_only(found, (i, j, found.sim[i, j])) or _one_title(found, i, j):
            continue
        if gap.width(i) > IN_PLACE_GAP and not _wide_gap_fact(found, i, j):
            continue
        links[i] = j
        gap.add(i, j)
        made = True
    return made


def _one_title(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B share one content word written in lower case in both (reporting verbs left
    out, :func:`_lower_in_common`), no figure, and, in each, first write every stem they share in one stretch of words
    holding no other content word in lower case (:func:`_one_stretch`), the lower-case word between two names in one of
    them: a name with its title (``Jo Lee, chief of the Elm Port Board``, ``The chief of the Elm Port Board, Jo
    Lee,``) tells whom both speak of, not a fact they tell (a thing ``called the Elm Trust`` in both is one).

    Example
    -------
    >>> found = _Candidates(["The plan was set out in a letter by Jo Lee of Elm, chief of the Port and Harbour Board."],
    ...                     ["The chief of the Port Board, Jo Lee of Elm, said fees would rise in May.",
    ...                      "Jo Lee of Elm set out the plan in a letter."])
    >>> _one_title(found, 0, 0), _one_title(found, 0, 1)
    (True, False)
    """
    shared = found.stems_a[i] & found.stems_b[j] - _REPORTING
    lower = _lower_in_common(found, i, j) - _REPORTING
    if len(lower) != 1 or any(w[:1].isdigit() for w in shared):
        return False
    stretches = [_one_stretch(read, shared) for read in (found.read_a[i], found.read_b[j])]
    return all(stretches) and any(stem(words[0]) not in lower and stem(words[-1]) not in lower for words in stretches)


def _one_stretch(read: list[tuple[str, bool, bool]], shared: frozenset[str]) -> list[str]:
    """The stretch of words in which a sentence (its reading, :func:`_reading`) first writes the stems ``shared``,
    when it holds no other content word written in lower case (else none).

    >>> _one_stretch(_reading("A letter by Jo Lee, chief of the Port Board, came."), frozenset({"jo", "lee", "chief"}))
    ['jo', 'lee', 'chief']
    >>> _one_stretch(_reading("Jo Lee fired the chief."), frozenset({"jo", "lee", "chief"}))
    []
    """
    places = _places([w for w, _, _ in read], shared)
    stretch = read[places[0]:places[-1] + 1] if places else []
    return [] if any(lower and stem(w) not in shared for w, _, lower in stretch) else [w for w, _, _ in stretch]


def _names_only(found: _Candidates, pair: tuple[int, int, float]) -> bool:
    """Whether a pair below :data:`DUPLICATE` naming one speaker (:func:`_speakers`) shares at most one content word
    written in lower case in both, reporting verbs left out (:func:`_lower_in_common`), while another sentence shares
    :data:`MIN_COMMON` such words with one of them: a speaker's name and ``said`` (``Harbour Police said``) tell who
    spoke, the other sentence what was said."""
    i, j, sim = pair
    if sim >= DUPLICATE or len(_lower_in_common(found, i, j) - _REPORTING) > 1:
        return False
    if not found.read_a.speakers(i) & found.read_b.speakers(j):
        return False
    rivals = [(k, j) for k in found.of_b.get(j, ()) if k != i] + [(i, m) for m in found.of_a.get(i, ()) if m != j]
    return any(len(_lower_in_common(found, k, m) - _REPORTING) >= MIN_COMMON for k, m in rivals)


def _speaker_only(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B name one speaker (:func:`_speakers`) and share no content word written in
    lower case in both but reporting verbs (:func:`_lower_in_common`): a spokesman's title and name with ``said``
    tell who spoke in both, not that they tell one remark.

    Example
    -------
    >>> found = _Candidates(["Port spokesman Jo Lee said in a statement that the ferry crews were safe."],
    ...                     ["Port Spokesman Jo Lee, asked about the storm, said 'we are worried.'",
    ...                      "Lee said the crews are safe."])
    >>> _speaker_only(found, 0, 0), _speaker_only(found, 0, 1)
    (True, False)
    """
    if _lower_in_common(found, i, j) - _REPORTING:
        return False
    return bool(found.read_a.speakers(i) & found.read_b.speakers(j))


def _names_told(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B share little but names for a paraphrase: one speaker's name with no other
    lower-case word (:func:`_speaker_only`), lower-case words one of them writes only in a relative clause
    (:func:`_lower_in_background`), one name alone (:func:`_one_name`) or one name with its title
    (:func:`_one_title`)."""
    return _speaker_only(found, i, j) or _lower_in_background(found, i, j) or _one_name(found, i, j) \
        or _one_title(found, i, j)


def _sources_only(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B share no content word written in lower case in both
    (:func:`_lower_in_common`, :func:`_opening_lowered`) and every stem they share, reporting verbs left out, lies
    among the words one of them writes before its first verb of saying (:func:`_before_verb`), the speaker it names
    there (:func:`_speakers`) among them: the sources named there, however many names and titles they hold, tell
    who spoke, not what.

    Example
    -------
    >>> found = _Candidates(["Port Chief Jo Lee and Elm Mayor Al Ruiz said the ferry would run on time."],
    ...                     ["A letter from Port Chief Jo Lee and Elm Mayor Al Ruiz thanked the crews.",
    ...                      "Port Chief Jo Lee said the ferry would run."])
    >>> _sources_only(found, 0, 0), _sources_only(found, 0, 1)
    (True, False)
    """
    if _lower_in_common(found, i, j) or _opening_lowered(found, i, j):
        return False
    shared = found.stems_a[i] & found.stems_b[j] - _REPORTING
    return any(shared <= {stem(w) for w in _before_verb(read[k])} and shared & {stem(w) for w in read.speakers(k)}
               for read, k in ((found.read_a, i), (found.read_b, j)))


def _one_name(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B each tell words in lower case (:func:`_lowered`), share none of them
    (:func:`_lower_in_common`, :func:`_opening_lowered`) and share stems lying in one run of words in each, no word
    between them (:func:`_runs`): one name of three words (``Jo Ann Lee``) tells whom both speak of, not a fact they
    both tell, however rare its words; a line naming that one alone (``-- Jo Ann Lee.``, a list's item) tells no fact
    of its own, and two names (``the Elm Rovers are in the Bay League``) tell what one is.

    Example
    -------
    >>> found = _Candidates(["The prize went to Jo Ann Lee in 1990 and to Bo Ruiz in 1970."],
    ...                     ["Jo Ann Lee and Al Kim were sailors.", "Jo Ann Lee won the prize in 1990.",
    ...                      "-- Jo Ann Lee."])
    >>> _one_name(found, 0, 0), _one_name(found, 0, 1), _one_name(found, 0, 2)
    (True, False, False)
    """
    if not (found.read_a.lowered(i) and found.read_b.lowered(j)):
        return False
    if _lower_in_common(found, i, j) or _opening_lowered(found, i, j):
        return False
    told = found.stems_a[i] & found.stems_b[j]
    return bool(told) and _runs(found.words_a[i], told) == 1 and _runs(found.words_b[j], told) == 1


def _one_word(found: _Candidates, pair: tuple[int, int, float]) -> bool:
    """Whether a pair shares one content word at most and its words in order (Indel similarity) stay below
    :data:`LINK`: a sentence of one word, cut off a quotation (``'Win?``), is not a heading that writes it too
    (``FOR LEE TO WIN THE TITLE...``), however high the Dice of their few content words; or shares fewer than
    :data:`MIN_COMMON` content words other than reporting verbs, none of them written in lower case in both
    (:func:`_lower_in_common`: a name, ``Port Elm``, and ``saying``; a word capitalised only as a first word counts
    as lower case, :func:`_opening_lowered`), names no speaker of both (those are
    :func:`_names_only`'s to judge) and its words in order stay below :data:`DUPLICATE`: the tail of a quotation,
    ``Not here in Port Elm.``, is not another remark naming the place.

    Example
    -------
    >>> found = _Candidates(["'Win?", "Win!", "Not here in Port Elm."],
    ...                     ["FOR LEE TO WIN THE TITLE...", "Win?", "We are saying here in Port Elm, boats matter."])
    >>> _one_word(found, (0, 0, 0.5)), _one_word(found, (1, 1, 1.0)), _one_word(found, (2, 2, 0.6))
    (True, False, True)
    """
    i, j, _ = pair
    shared = found.sets_a[i] & found.sets_b[j]
    if len(shared) > 1:
        if len(_facts(shared)) >= MIN_COMMON or _lower_in_common(found, i, j) or _opening_lowered(found, i, j) \
                or found.read_a.speakers(i) & found.read_b.speakers(j):
            return False
        return Indel.normalized_similarity(found.words_a[i], found.words_b[j]) < DUPLICATE
    return Indel.normalized_similarity(found.words_a[i], found.words_b[j]) < LINK


_RELATIVE_CLAUSE = re.compile(rf",\s+(?:{alternation(RELATIVE_PRONOUNS)})\b[^,;:]*")
_PARTICIPLE_CLAUSE = re.compile(
    rf",\s+(?!(?:{alternation(REPORTING_WORDS)})\b)\p{{Ll}}+ed\s+(?:{alternation(PREPOSITIONS)})\b[^,;:]*")


def _background(text: str, clause: re.Pattern = _RELATIVE_CLAUSE) -> frozenset[str]:
    """The content words of the clauses a sentence sets off by a comma, to the next comma or its end: relative
    clauses (``, whose pier is ...``), or with ``_PARTICIPLE_CLAUSE`` a past participle and its preposition (``,
    empowered by the port board to ...``, a verb of saying aside): what it tells of a name, not its fact.

    Example
    -------
    >>> sorted(_background("Lee hailed Ann Ruiz, whose ferry firm runs the pier, on Monday."))
    ['ferry', 'firm', 'pier', 'runs']
    >>> sorted(_background("Ruiz, backed by the port board, quit.", _PARTICIPLE_CLAUSE))
    ['backed', 'board', 'port']
    >>> _background("The port will shut, added in a statement by Lee.", _PARTICIPLE_CLAUSE)
    frozenset()
    """
    return frozenset(w for m in clause.finditer(text) for w in content_words(words(m.group())))


def _background_only(found: _Candidates, pair: tuple[int, int, float]) -> bool:
    """Whether a pair at :data:`LINK` stays below it, by the Dice of its content words and by its words in order,
    once the words one of the two tells only in a relative clause (:func:`_background`) and the other outside one are
    not counted: ``Lee used a post to assail Ruiz, whose panel reviews the ferry fund`` and ``Elm Party members used a
    panel hearing on the ferry fund to attack Ruiz`` tell two acts; a clause both write is a copy.

    Example
    -------
    >>> found = _Candidates(["Lee used a post to assail Ruiz, whose panel reviews the ferry fund."],
    ...                     ["Elm members used a panel review of the ferry fund to attack Ruiz."])
    >>> _background_only(found, (0, 0, 0.6))
    True
    """
    i, j, _ = pair
    back_a, back_b = _background(found.texts_a[i]), _background(found.texts_b[j])
    if not back_a and not back_b:
        return False
    common = found.sets_a[i] & found.sets_b[j]
    kept = {w for w in common if (w in back_a) == (w in back_b)}
    if 2 * len(kept) >= LINK * (found.size_a[i] + found.size_b[j]) and not _lower_in_background(found, i, j):
        return False
    return Indel.normalized_similarity(found.words_a[i], found.words_b[j]) < LINK


def _lower_in_background(found: _Candidates, i: int, j: int) -> bool:
    """Whether every content word other than a reporting verb that sentence i of A and j of B both write in lower case
    (:func:`_lower_in_common`, stems) is written by one of them only in a relative clause set off by a comma
    (:func:`_background`): the rest they share is names, ``the Port Board, which is leading the inquiry`` tells whom
    another fact is about, not that the board was called to inquire.

    Example
    -------
    >>> found = _Candidates(["The Port Board has been called to inquire."],
    ...                     ["Elm Ferries is helping the Port Board, which is leading the inquiry.",
    ...                      "The Port Board said it would inquire."])
    >>> _lower_in_background(found, 0, 0), _lower_in_background(found, 0, 1)
    (True, False)
    """
    lower = _lower_in_common(found, i, j) - _REPORTING
    told = _background(found.texts_a[i]) ^ _background(found.texts_b[j])
    return bool(lower) and not lower - {stem(w) for w in told}


_DESCRIPTION = re.compile(r"\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)+,\s+(?:(?:an?|the)\s|\p{Ll}+\s+of\s)[^,;:]*"
                          r"(?:,\s+(?:an?|the|one)\s[^,;:]*)?")
"""A name of two capitalised words or more and the description set off by a comma after it (``Jo Lee, head of the Elm
Trust, one of the port's oldest charities``)."""


def _lower_in_description(found: _Candidates, i: int, j: int) -> bool:
    """Whether every content word other than a reporting verb that sentence i of A and j of B both write in lower case
    (:func:`_lower_in_common`, stems) lies, in both, in the description set off after a name (:data:`_DESCRIPTION`):
    ``Jo Lee, head of the Elm Trust, called the toll unfair`` and ``"It hurts us," said Jo Lee, head of the Elm
    Trust`` share whom they quote, not a remark.

    Example
    -------
    >>> lee = "Jo Lee, head of the Elm Trust, one of the oldest port charities"
    >>> found = _Candidates([lee + ", called the toll unfair."],
    ...                     ['"It hurts every boat we own," said ' + lee + ".",
    ...                      "Jo Lee, head of the Elm Trust, called the toll unfair."])
    >>> _lower_in_description(found, 0, 0), _lower_in_description(found, 0, 1)
    (True, False)
    """
    lower = _lower_in_common(found, i, j) - _REPORTING
    told = [{stem(w) for m in _DESCRIPTION.finditer(text) for w in words(m.group())}
            for text in (found.texts_a[i], found.texts_b[j])]
    return bool(lower) and not lower - (told[0] & told[1])


def _wide_gap_fact(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B, in a gap wider than :data:`IN_PLACE_GAP`, tell one fact: their rare-word
    similarity reaches :data:`GAP_RARE` and they share :data:`WIDE_GAP_COMMON` content words (one rare name alone, a
    fragment of a quoted post such as ``We are on Elmshire.``, does not tell which sentence retells which), one of
    them written in lower case in both (:func:`_lower_in_common`) or quoted in both (a name, ``Mary Olsen``, tells who,
    not what).

    Example
    -------
    >>> found = _Candidates(["Elmshire Ferries said it was looking into the delays."],
    ...                     ["We are on Elmshire.", "Elmshire Ferries blamed the delays on the storm."])
    >>> _wide_gap_fact(found, 0, 0), _wide_gap_fact(found, 0, 1)
    (False, True)
    """
    common = found.sets_a[i] & found.sets_b[j]
    if found.weighted(i, j) < GAP_RARE or len(common) < WIDE_GAP_COMMON:
        return False
    quoted_a, quoted_b = ({w for w, inside, _ in read if inside} for read in (found.read_a[i], found.read_b[j]))
    return bool(_lower_in_common(found, i, j) or quoted_a & quoted_b & common)


def _gap_rank(found: _Candidates, pair: tuple[int, int, float]) -> float:
    """How early a gap link is tried: its similarity plus its rare-word similarity
    (:meth:`_Candidates.weighted`), so that of two reworded ledes sharing the story's names, the one
    that shares the words of one fact wins."""
    return pair[2] + found.weighted(pair[0], pair[1])


def _enough_in_common(found: _Candidates, i: int, j: int) -> bool:
    """Whether a gap link's similarity rests on more than a name and a reporting verb: the two sentences
    share :data:`MIN_COMMON` content words (or all of the smaller one's, when it has fewer), or their
    words in order alone reach :data:`GAP_LINK`. Two quotations that share only ``Ortiz said`` are not
    one sentence."""
    need = min(MIN_COMMON, found.size_a[i], found.size_b[j])
    if len(found.sets_a[i] & found.sets_b[j]) >= need:
        return True
    return Indel.normalized_similarity(found.words_a[i], found.words_b[j]) >= GAP_LINK


class _Gaps:
    """Linked sentences as two Fenwick trees: the largest partner before i and the smallest after it; and
    the linked sentences in order with their partners (how wide a gap is)."""

    def __init__(self, links: dict[int, int], size: int, size_b: int):
        self.size, self.size_b, self.linked, self.partner, self.used_b = size, size_b, [], {}, set()
        self.low = [-1] * (size + 1)
        self.high = [float("inf")] * (size + 1)
        for i, j in links.items():
            self.add(i, j)

    def add(self, i: int, j: int) -> None:
        bisect.insort(self.linked, i)
        self.partner[i] = j
        self.used_b.add(j)
        k = i + 1
        while k <= self.size:
            self.low[k] = max(self.low[k], j)
            k += k & -k
        k = self.size - i
        while k <= self.size:
            self.high[k] = min(self.high[k], j)
            k += k & -k

    def bounds(self, i: int) -> tuple[int, float]:
        """The largest partner of a linked sentence before i and the smallest after it (-1, inf: none)."""
        low, k = -1, i
        while k > 0:
            low = max(low, self.low[k])
            k -= k & -k
        high, k = float("inf"), self.size - i - 1
        while k > 0:
            high = min(high, self.high[k])
            k -= k & -k
        return low, high

    def fits(self, i: int, j: int) -> bool:
        """Whether (i, j) lies between the nearest linked sentences before and after i, in order."""
        low, high = self.bounds(i)
        return low < j < high

    def width(self, i: int) -> int:
        """Free sentences on the narrower side of the gap that free sentence i of A lies in: between the
        linked sentences of A before and after it, and between their partners in B."""
        k = bisect.bisect_left(self.linked, i)
        before, after = self.linked[k - 1] if k else -1, self.linked[k] if k < len(self.linked) else self.size
        first, last = self.partner.get(before, -1), self.partner.get(after, self.size_b)
        return min(after - before - 1, sum(j not in self.used_b for j in range(first + 1, last)))


def _in_order_common(seq_a: list[str], seq_b: list[str]) -> int:
    """How many words two sequences share in the same order (their longest common subsequence)."""
    return int(LCSseq.similarity(seq_a, seq_b))


def _in_place(found: _Candidates, links: dict[int, int]) -> dict[int, int]:
    """Paraphrases in place: free sentences lying between the same two links of the in-order chain (or
    before its first link, or after its last), at most :data:`IN_PLACE_GAP` on each side, linked one to
    one when they share :data:`IN_PLACE_COMMON` content words in order (the pairing with the most such
    words); in a wider gap between two links, when they share more (:func:`_in_place_common`) and no free sentence
    shares rarer words with either, :data:`WEIGHTED` at least (:func:`_rarer_partner`: a remark sharing a port's name
    and two words in place does not retell a warning whose own words a sentence told elsewhere writes)."""
    chain = sorted(_in_order(list(links.items()), found.similarity))
    size_a, size_b = len(found.size_a), len(found.size_b)
    linked_b = set(links.values())
    scored = []
    for (i, j), (next_i, next_j) in zip([(-1, -1), *chain], [*chain, (size_a, size_b)]):
        free_a = [k for k in range(i + 1, next_i) if k not in links]
        free_b = {m for m in range(j + 1, next_j) if m not in linked_b}
        wide = len(free_a) > IN_PLACE_GAP or len(free_b) > IN_PLACE_GAP
        if wide and (i < 0 or next_i == size_a):
            continue
        for k in free_a:
            scored += [(k, m, float(common)) for m in found.of_a.get(k, ())
                       if m in free_b and (common := _in_place_common(found, k, m, wide))
                       and not (wide and _rarer_partner(found, k, m, links, linked_b, WEIGHTED))]
    return {i: j for i, j, _ in pair_one_to_one(scored, 0.0)}


def _in_place_common(found: _Candidates, i: int, j: int, wide: bool) -> int:
    """The content words other than reporting verbs that sentence i of A and j of B, free in one gap between links
    in order, share in order when enough to link them in place (else 0): :data:`IN_PLACE_COMMON`, or in a
    ``wide`` gap :data:`WIDE_IN_PLACE_COMMON` with a rare-word similarity of :data:`GAP_RARE`, one of them written
    in lower case in both (:func:`_lower_in_common`), the words of a credit set off at the end of either not counted
    (:func:`_credit`: ``, the Harbour Coast Guard said`` tells who spoke, not what); never two sentences that tell
    two facts (:meth:`_Candidates.apart`) or share one name with its title alone (:func:`_one_title`), nor two whose
    lower-case words in common one of them writes only in a participle clause set off by a comma (:func:`_background`:
    ``, empowered by the board to ...,`` tells of a name).

    Example
    -------
    >>> found = _Candidates(["Lee said the new harbour tax will rise in May."],
    ...                     ["The new harbour tax rises in May, Lee said.", "The new harbour tax will rise, Lee said."])
    >>> _in_place_common(found, 0, 0, False), _in_place_common(found, 0, 0, True), _in_place_common(found, 0, 1, True)
    (3, 0, 4)
    """
    credit = found.read_a.credit(i)[0] | found.read_b.credit(j)[0]
    common = _in_order_common([w for w in found.facts_a[i] if w not in credit],
                              [w for w in found.facts_b[j] if w not in credit])
    if wide and (common < WIDE_IN_PLACE_COMMON or found.weighted(i, j) < GAP_RARE):
        return 0
    lower = _lower_in_common(found, i, j) if common >= IN_PLACE_COMMON else set()
    if not lower or found.apart(i, j) or _one_title(found, i, j):
        return 0
    described = _background(found.texts_a[i], _PARTICIPLE_CLAUSE) ^ _background(found.texts_b[j], _PARTICIPLE_CLAUSE)
    return common if lower - {stem(w) for w in described} else 0


def _lower_in_common(found: _Candidates, i: int, j: int) -> set[str]:
    """The stems of the content words that sentence i of A and j of B both write in lower case (see
    :func:`_reading`): none when they share only names and numbers (``Ahed Tamimi, 16``), who a sentence is
    about, not what it tells; nor the description both set off after the name they open with (:func:`_described`).

    Example
    -------
    >>> found = _Candidates(["Ann Ruiz, 41, won the vote."], ["Fans cheered Ann Ruiz, 41.", "Ruiz won a vote."])
    >>> _lower_in_common(found, 0, 0), sorted(_lower_in_common(found, 0, 1))
    (set(), ['vote', 'won'])
    >>> found = _Candidates(["Ruiz, a harbour pilot, won the vote."], ["Ruiz, a harbour pilot, was hailed after it."])
    >>> _lower_in_common(found, 0, 0)
    set()
    """
    return found.read_a.lowered(i) & found.read_b.lowered(j) - _described(found, i, j)


def _opening_lowered(found: _Candidates, i: int, j: int) -> set[str]:
    """The stem of the first word of sentence i of A or j of B (capitalised as a first word, which tells nothing) when
    it is a content word other than a reporting verb and the other sentence writes it in lower case
    (:func:`_lowered`): ``Both ... denied`` and ``... both denied`` share a word in lower case.

    Example
    -------
    >>> found = _Candidates(["Both Ann Ruiz and Jo Lee denied it."], ["The mayor and Lee both denied the claims."])
    >>> _opening_lowered(found, 0, 0), _lower_in_common(found, 0, 0)
    ({'both'}, set())
    """
    opened = set()
    for read, lower in ((found.read_a[i], found.read_b.lowered(j)), (found.read_b[j], found.read_a.lowered(i))):
        if read and read[0][0] not in REPORTING_WORDS and content_words([read[0][0]]):
            opened |= {stem(read[0][0])} & lower
    return opened


def _ledes(found: _Candidates, links: dict[int, int]) -> dict[int, int]:
    """The first sentences of the two versions, both still free, linked as a paraphrase when they share
    :data:`PARAPHRASE_COMMON` content words other than reporting verbs in the same order and do not tell two
    facts (:meth:`_Candidates.apart`): two ledes retell the story's main fact, however far the next link; or, when the
    second sentences of the two are linked to each other (each lede alone before that link: one lede rewritten in
    place), :data:`MIN_COMMON` stems in any order, one of them written in lower case in both (:func:`_lower_in_common`).

    Example
    -------
    >>> a = ["Ann Ruiz has dropped her plan to chair the harbour debate, but she will not stay quiet."]
    >>> b = ["Ann Ruiz said on Tuesday that she will no longer chair next month's harbour debate."]
    >>> _ledes(_Candidates(a, b), {})
    {0: 0}
    >>> a = ["The storm left a harbour wall broken.", "Ships stayed in."]
    >>> b = ["Wall broke as storm hit.", "Ships stayed in."]
    >>> _ledes(_Candidates(a, b), {1: 1}), _ledes(_Candidates(a, b), {})
    ({0: 0}, {})
    """
    if 0 in links or 0 in links.values() or 0 not in found.of_a.get(0, ()) or found.apart(0, 0):
        return {}
    if _in_order_common(found.facts_a[0], found.facts_b[0]) >= PARAPHRASE_COMMON:
        return {0: 0}
    alone = links.get(1) == 1 and len(found.stems_a[0] & found.stems_b[0]) >= MIN_COMMON
    return {0: 0} if alone and _lower_in_common(found, 0, 0) else {}


def _placed(pairs) -> tuple[set[int], set[int]]:
    """The sentences of A and of B that ``pairs`` link already.

    >>> _placed({(0, 1), (2, 1)})
    ({0, 2}, {1})
    """
    return {i for i, _ in pairs}, {j for _, j in pairs}


def _partners(pairs, side: int) -> dict[int, set[int]]:
    """For each sentence of one version (``side`` 0 = A, 1 = B) that ``pairs`` link, the sentences of the other
    version it is linked to.

    >>> _partners({(0, 1), (2, 1)}, 1)
    {1: {0, 2}}
    """
    partners: dict[int, set[int]] = {}
    for pair in pairs:
        partners.setdefault(pair[side], set()).add(pair[1 - side])
    return partners


def _lede_join(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first sentences of the two versions linked when one is still left over and the other linked already,
    sharing :data:`IN_PLACE_COMMON` content words other than reporting verbs in order, one of them written in lower
    case in both (:func:`_in_place_common`): a lede that the other version's lede retells together with another fact;
    never when the linked one's partners write every stem the two share (a lede copied whole into another sentence
    leaves the other version's own lede nothing to retell), and on one such word alone, only when the left-over lede
    adds :data:`MIN_COMMON` stems to the link (:func:`_beyond_link`).

    Example
    -------
    >>> a = ["A ferry bound for Calais turned back two hours into the crossing after a stowaway was found.",
    ...      "The singer Ann Ruiz was on board."]
    >>> b = ["A Calais-bound ferry with the singer Ann Ruiz on board turned back two hours into the crossing."]
    >>> _lede_join(_Candidates(a, b), {(1, 0)})
    [(0, 0)]
    >>> a = ["The port will shut its north quay to ferries this week as a storm nears the coast.", "It rained."]
    >>> b = ["Mayor Jo Lee said ferries would not be turned away from the port as the storm nears.",
    ...      "The port will shut its north quay to ferries on Monday as a storm nears the coast."]
    >>> _lede_join(_Candidates(a, b), {(0, 1)})
    []
    """
    placed_a, placed_b = _placed(pairs)
    if (0 in placed_a) == (0 in placed_b) or 0 not in found.of_a.get(0, ()):
        return []
    beyond = _beyond_link(found, pairs)
    if not beyond or len(_lower_in_common(found, 0, 0) - _REPORTING) < 2 and len(beyond) < MIN_COMMON:
        return []
    return [(0, 0)] if _in_place_common(found, 0, 0, False) else []


def _beyond_link(found: _Candidates, pairs: set[tuple[int, int]]) -> set[str]:
    """The stems that the two first sentences, one linked already and the other left over, share and the linked one's
    partners do not write: a left-over lede telling a name and ``died`` again with another fact (the cause) adds only
    the name to a lede whose partner tells the name and the death already.

    Example
    -------
    >>> a = ["Ann Ruiz, a two-time harbour champion, has died.", "She was 41."]
    >>> b = ["Ann Ruiz died of a fever, her family said.", "Ruiz, a harbour champion, died at 41."]
    >>> sorted(_beyond_link(_Candidates(a, b), {(0, 1), (1, 1)}))
    ['ann']
    >>> b = ["Ann Ruiz, harbour champion twice, died on Monday.", "Ruiz died at 41."]
    >>> sorted(_beyond_link(_Candidates(a, b), {(0, 1), (1, 1)}))
    ['ann', 'champ', 'harbo']
    """
    side = 0 if any(i == 0 for i, _ in pairs) else 1
    stems = (found.stems_b, found.stems_a)[side]
    told = set().union(*(stems[k] for k in _partners(pairs, side).get(0, ())))
    return (found.stems_a[0] & found.stems_b[0]) - told


def _paraphrases(found: _Candidates, links: dict[int, int]) -> dict[int, int]:
    """Close paraphrases among the sentences still free: pairs sharing :data:`PARAPHRASE_COMMON` content
    words in the same order, and :data:`PARAPHRASE` of the shorter sentence's, paired one to one (the
    pairing with the most words in order); never two parts of two merges told alike (:func:`_both_beside_told`)."""
    used_b = set(links.values())
    scored = []
    for i, j, _ in found.pairs:
        if i in links or j in used_b:
            continue
        seq_a, seq_b = found.facts_a[i], found.facts_b[j]
        common = _in_order_common(seq_a, seq_b)
        if common >= PARAPHRASE_COMMON and common >= PARAPHRASE * min(len(seq_a), len(seq_b)):
            if not _rarer_partner(found, i, j, links, used_b) and not found.apart(i, j) \
                    and not _folds(found, i, j, links, used_b) and not _names_told(found, i, j) \
                    and not _both_beside_told(found, i, j, links):
                scored.append((i, j, 2 * common / (len(seq_a) + len(seq_b))))
    return {i: j for i, j, _ in pair_one_to_one(scored, 0.0)}


def _both_beside_told(found: _Candidates, i: int, j: int, links: dict[int, int]) -> bool:
    """Whether sentence i of A and j of B each share :data:`MIN_COMMON` stems written in lower case in both
    (:func:`_lower_in_common`) with the partner of a linked neighbour (the sentence before or after it): two parts of
    two merges or splits, each told beside its own link, not one sentence retold.

    Example
    -------
    >>> a = ["Ruiz was asked about the harbour fees.", "She sat silent for three seconds before the film cut away.",
    ...      "Lee sat silent for ten seconds after a question on tolls."]
    >>> b = ["Ruiz was asked about the harbour fees and sat silent for three seconds.",
    ...      "Lee sat silent for ten seconds before the film cut away.", "Lee was asked about the tolls."]
    >>> found = _Candidates(a, b)
    >>> _both_beside_told(found, 1, 1, {0: 0, 2: 2}), _both_beside_told(found, 1, 1, {0: 0})
    (True, False)
    """
    flipped = {m: k for k, m in links.items()}
    told_a = any(len(_lower_in_common(found, i, links[n])) >= MIN_COMMON for n in (i - 1, i + 1) if n in links)
    told_b = any(len(_lower_in_common(found, flipped[n], j)) >= MIN_COMMON for n in (j - 1, j + 1) if n in flipped)
    return told_a and told_b


def _folds(found: _Candidates, i: int, j: int, links: dict[int, int], used_b: set[int]) -> bool:
    """Whether sentence i of A or j of B duplicates, or lies inside, a linked sentence of the other version
    (:func:`_best`, as :func:`_folded` reads it): a part broken out of a linked sentence joins it there, not a
    free sentence it shares a few words with.

    Example
    -------
    >>> a = ["Lee's firm, a maker of red boats and blue sails for the bay, said the tax hurts.",
    ...      "Lee's firm sells red boats and blue sails for the bay in town."]
    >>> b = ["Lee's firm sells red boats and blue sails for the bay in town, and it will sue.",
    ...      "Lee's firm sells red boats and blue sails for the bay."]
    >>> found = _Candidates(a, b)
    >>> _folds(found, 0, 1, {1: 0}, {0}), _folds(found, 0, 1, {}, set())
    (True, False)
    """
    in_a = _best(found, [(k, j) for k in found.of_b.get(j, ()) if k in links], found.size_b[j])
    in_b = _best(found, [(i, m) for m in found.of_a.get(i, ()) if m in used_b], found.size_a[i])
    return in_a is not None or in_b is not None


def _rarer_partner(found: _Candidates, i: int, j: int, links: dict[int, int], used_b: set[int],
                   least: float = 0.0) -> bool:
    """Whether a free sentence of either version shares rarer words with sentence i of A or j of B than
    they share with each other (:func:`_shares_more`, :meth:`_Candidates.weighted`), and a rare-word similarity of
    ``least`` at least: two sentences sharing a name and an amount in order do not retell each other when one's fact
    (``repay``) is told elsewhere."""
    mine = max(found.weighted(i, j), least)
    rival_b = [m for m in found.of_a.get(i, ()) if m != j and m not in used_b]
    rival_a = [k for k in found.of_b.get(j, ()) if k != i and k not in links]
    return (any(_shares_more(found, i, m, mine) for m in rival_b)
            or any(_shares_more(found, k, j, mine) for k in rival_a))


def _shares_more(found: _Candidates, i: int, j: int, than: float) -> bool:
    """Whether sentences i of A and j of B share :data:`MIN_COMMON` stems and a rare-word similarity
    above ``than``."""
    return len(found.stems_a[i] & found.stems_b[j]) >= MIN_COMMON and found.weighted(i, j) > than


def _weighted(found: _Candidates, links: dict[int, int]) -> dict[int, int]:
    """Paraphrases on rare words: free sentences sharing :data:`MIN_COMMON` stems
    (:func:`newskit.text.tokens.stem`) in the same order, each counted once, reporting verbs left out (the same topic
    told in another order is another fact), whose
    Dice coefficient, each stem weighted by its inverse document frequency among the sentences of the
    version where it is more frequent, reaches :data:`WEIGHTED`, or that name one sum of money
    (:func:`newskit.text.tokens.sums`: a count of people recurs in every retelling, a sum marks one fact);
    only candidate pairs (:func:`newskit.matching.candidate_pairs`) are scored; paired one to one (the
    pairing of largest total). Names and words found all through the story weigh little, the words of one
    fact much; never two sharing only the sources one of them names before its verb of saying
    (:func:`_sources_only`), nor two parts of two merges told alike (:func:`_both_beside_told`).

    Example
    -------
    >>> a = ["The state legislature is also investigating the lane closures."]
    >>> b = ["Trump spoke.", "A state legislative committee investigating the closures met."]
    >>> _weighted(_Candidates(a, b), {})
    {0: 1}
    """
    used_b = set(links.values())
    scored = []
    for i in range(len(found.stems_a)):
        if i in links:
            continue
        for j in found.of_a.get(i, ()):
            if j in used_b:
                continue
            common = min(_in_order_common(found.facts_a[i], found.facts_b[j]), len(found.stems_a[i] & found.stems_b[j]))
            if common >= MIN_COMMON and not found.apart(i, j) and not _folds(found, i, j, links, used_b) \
                    and not _names_told(found, i, j) and not _sources_only(found, i, j) \
                    and not _both_beside_told(found, i, j, links):
                score = found.weighted(i, j)
                if score >= WEIGHTED or sums(found.texts_a[i]) & sums(found.texts_b[j]):
                    scored.append((i, j, score))
    return {i: j for i, j, _ in pair_one_to_one(scored, 0.0)}


def _mass(stems: frozenset, idf: dict[str, float]) -> float:
    """The summed weight of some stems."""
    return sum(idf[w] for w in stems)


def _joins(found: _Candidates, links: dict[int, int]) -> list[tuple[int, int]]:
    """Left-over sentences joined to the link of a neighbour: folded into it (merged) or broken out of
    its partner (split); see :func:`_side_joins`."""
    lower = [[_lowered(read[k]) for k in range(len(read.texts))]
             for read in (found.read_a, found.read_b)]
    quoted = [[_quoted(read[k]) for k in range(len(read.texts))] for read in (found.read_a, found.read_b)]
    pairs = _side_joins(found.seq_a, found.seq_b, links, (lower[0], lower[1], quoted[0]))
    flipped = {j: i for i, j in links.items()}
    pairs += [(i, j) for j, i in _side_joins(found.seq_b, found.seq_a, flipped, (lower[1], lower[0], quoted[1]))]
    return pairs


def _side_joins(mine: list[list[str]], other: list[list[str]], partner: dict[int, int],
                lower: tuple[list[set], list[set], list[set]]) -> list[tuple[int, int]]:
    """Links ``(k, q)`` of left-over sentences ``k`` of one version to the partner ``q`` of the run of
    sentences next to them: ``k`` joins when the run and ``k`` together share :data:`MIN_COMMON` more
    content words in order with ``q`` than the run alone, and ``q`` holds :data:`PART` of ``k``'s
    content words; ``lower`` (the stems each sentence of either version writes in lower case, then those each
    sentence of ``k``'s version quotes): ``k`` and ``q`` must also share :data:`JOIN_LOWER` such stems that the run
    lacks, one quoted by ``k`` when it quotes any (:func:`_adds_fact`). A run grows one
    sentence at a time, to either side."""
    run = {p: (p, p) for p in partner}
    hub = dict(partner)
    waiting = deque(sorted({n for p in partner for n in (p - 1, p + 1) if 0 <= n < len(mine) and n not in hub}))
    joined = []
    while waiting:
        k = waiting.popleft()
        if k in hub:
            continue
        options = [(_gain(mine, other, run[n], k, hub[n]), n) for n in (k - 1, k + 1)
                   if n in hub and _adds_fact(lower, run[n], k, hub[n])]
        gain, n = max(options, default=(0.0, None))
        if not gain:
            continue
        first, last = min(run[n][0], k), max(run[n][1], k)
        for member in range(first, last + 1):
            run[member] = (first, last)
        hub[k] = hub[n]
        joined.append((k, hub[n]))
        waiting.extend(m for m in (k - 1, k + 1) if 0 <= m < len(mine) and m not in hub)
    return joined


def _adds_fact(lower: tuple[list[set], list[set], list[set]], run: tuple[int, int], k: int, q: int) -> bool:
    """Whether left-over sentence ``k`` and sentence ``q`` of the other version share :data:`JOIN_LOWER` stems written
    in lower case in both that no sentence of the ``run`` next to ``k`` writes in lower case, one of the words ``k``
    quotes among them when it quotes any (``lower``: the stems each sentence of either version writes in lower case,
    then those each sentence of ``k``'s version quotes, :func:`_quoted`): a name (``British Transport Police said``)
    tells who speaks, and a speaker's title shared with ``q`` (``the harbour chief, said``) with none of his quoted
    words tells that he spoke, not what ``k`` adds.

    Example
    -------
    >>> mine = [{"driver", "held"}, {"investigating", "asleep"}, {"chief", "sorry", "families"}, {"probing"}]
    >>> quoted = [set(), set(), {"sorry", "families"}, set()]
    >>> other = [{"driver", "held", "investigating"}, {"chief", "storm"}, {"driver", "held"}]
    >>> lower = (mine, other, quoted)
    >>> _adds_fact(lower, (0, 0), 1, 0), _adds_fact(lower, (1, 1), 2, 1), _adds_fact(lower, (0, 0), 3, 2)
    (True, False, False)
    """
    mine, other, quoted = lower
    told = set().union(*(mine[m] for m in range(run[0], run[1] + 1)))
    new = (mine[k] & other[q]) - told
    return len(new) >= JOIN_LOWER and (not quoted[k] or bool(new & quoted[k]))


def _gain(mine: list[list[str]], other: list[list[str]], run: tuple[int, int], k: int, q: int) -> float:
    """How much of sentence ``k``'s content words sentence ``q`` of the other version newly explains, in
    order, once ``k`` joins the run next to it (0 when below :data:`MIN_COMMON` or :data:`PART`)."""
    part, target = mine[k], other[q]
    if not part:
        return 0.0
    first, last = run
    alone = [w for n in range(first, last + 1) for w in mine[n]]
    together = [w for n in range(min(first, k), max(last, k) + 1) for w in mine[n]]
    extra = _in_order_common(together, target) - _in_order_common(alone, target)
    present = set(target)
    held = sum(w in present for w in part) / len(part)
    return extra / len(part) if extra >= MIN_COMMON and held >= PART else 0.0


def _sandwiched(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of sentences still left over whose neighbours on both sides are linked to one sentence of the other
    version, when they share :data:`MIN_COMMON` stems with it and no sentence of that version shares rarer words with
    them (:func:`_rare_scores`): the middle one of three sentences folded into one (or broken out of it), however
    reworded, not a line of background between two parts of a lede that another sentence tells.

    Example
    -------
    >>> a = ["Lee will speak on Monday.", "Fake reports are no news to him.", "He will name the harbour tax."]
    >>> b = ["Lee will speak on Monday about fake news reports and name the harbour tax."]
    >>> _sandwiched(_Candidates(a, b), {(0, 0), (2, 0)})
    [(1, 0)]
    >>> b += ["Fake reports of the harbour tax are no news to Lee."]
    >>> _sandwiched(_Candidates(a, b), {(0, 0), (2, 0)})
    []
    """
    stems = (found.stems_a, found.stems_b)
    extra = []
    for side in (0, 1):
        partners = _partners(pairs, side)
        for k in range(1, len(stems[side]) - 1):
            if k in partners:
                continue
            between = sorted(partners.get(k - 1, set()) & partners.get(k + 1, set()))
            scores = _rare_scores(found, side, k) if between else []
            for q in between:
                if len(stems[side][k] & stems[1 - side][q]) >= MIN_COMMON and scores[q] >= max(scores):
                    extra.append((k, q) if side == 0 else (q, k))
    return extra


def _moved_retellings(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links between sentences left over in both versions, anywhere, that share :data:`PARAPHRASE_COMMON` content
    words in the same order, reporting verbs left out, and as many stems written in lower case in both
    (:func:`_lower_in_common`), one of them found in no other sentence of either version (:attr:`_Candidates.once`;
    not one dating an event, :data:`_DATING`), with a rare-word similarity of :data:`GAP_RARE`
    (:meth:`_Candidates.weighted`): one fact retold in other words and told elsewhere in the story (two lists of
    features, or two remarks, sharing common words are two facts); paired one to one (the most such stems). Never two
    sentences that tell two facts (:meth:`_Candidates.apart`).

    Example
    -------
    >>> a = ["Lee won.", "Ruiz lost.", "Tests of harbour water could help track oil leaks and warn fishing crews."]
    >>> b = ["If we test the harbour water, we could track leaks of oil and warn crews that fish, Ann said.",
    ...      "Lee won."]
    >>> _moved_retellings(_Candidates(a, b), {(0, 1)})
    [(2, 0)]
    """
    placed_a, placed_b = _placed(pairs)
    scored = []
    for i, j, _ in found.pairs:
        if i in placed_a or j in placed_b or found.apart(i, j):
            continue
        lower = _lower_in_common(found, i, j)
        if len(lower) < PARAPHRASE_COMMON or not lower & found.once - _DATING or found.weighted(i, j) < GAP_RARE:
            continue
        if _in_order_common(found.facts_a[i], found.facts_b[j]) >= PARAPHRASE_COMMON:
            scored.append((i, j, float(len(lower))))
    return [(i, j) for i, j, _ in pair_one_to_one(scored, 0.0)]


def _rare_mutual(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links between sentences left over in both versions, anywhere, that are each other's closest sentence by rare
    words (:func:`_closest_by_rare`, linked sentences compared too) with a rare-word similarity of :data:`MUTUAL`, a
    similarity of :data:`TOLD_ONCE_SIMILARITY`, and :data:`WIDE_IN_PLACE_COMMON` stems written in lower case in both
    (:func:`_lower_in_common`), or fewer when the two narrate one fact in a few words kept (:func:`_narrated`), one of
    them found in no other sentence of either version (:attr:`_Candidates.once`; not one dating an event or counting,
    :data:`_DATING`, :data:`_COUNTING`), in versions of :data:`TOLD_ONCE_OF` sentences or more: one fact retold in other
    words and moved (``educate students, parents and teachers``, ``inform parents, teachers and students``). Never two
    sentences that tell two facts (:meth:`_Candidates.apart`) or write figures they do not share
    (:meth:`_Candidates.other_figures`), nor when either quotes a shared word (someone's words: linked by their copy,
    or by the speaker both name).

    Example
    -------
    >>> filler = [f"Stall {n} opened late." for n in range(TOLD_ONCE_OF)]
    >>> a = filler + ["Posters will tell patients, nurses and visitors why the ward shut."]
    >>> b = ["Why the ward closed is explained to visitors, nurses and every patient."] + filler
    >>> links = {n: n + 1 for n in range(TOLD_ONCE_OF)}
    >>> _rare_mutual(_Candidates(a, b), set(links.items())), _rare_mutual(_Candidates(a[-1:], b[:1]), set())
    ([(12, 0)], [])
    """
    if max(len(found.size_a), len(found.size_b)) < TOLD_ONCE_OF:
        return []
    placed_a, placed_b = _placed(pairs)
    extra = []
    for i in sorted(set(range(len(found.stems_a))) - placed_a):
        j = _closest_by_rare(found, 0, i)
        if j is None or j in placed_b or _closest_by_rare(found, 1, j) != i:
            continue
        lower = _lower_in_common(found, i, j)
        if lower & (_quoted(found.read_a[i]) | _quoted(found.read_b[j])) or found.apart(i, j):
            continue
        if not lower & found.once - _DATING - _COUNTING:
            continue
        if len(lower) < WIDE_IN_PLACE_COMMON and not _narrated(found, i, j):
            continue
        if found.similarity(i, j) >= TOLD_ONCE_SIMILARITY and not found.other_figures(i, j):
            extra.append((i, j))
    return extra


def _narrated(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B, neither quoting a word (:func:`_quoted`), share :data:`IN_PLACE_COMMON`
    content words in order, a credit set off at the end of either not counted (:func:`_in_place_common`), in two runs
    of words or more in one of them (:func:`_runs`), not a name and what it is (:func:`_one_thing`): one fact the two
    narrate in a few words kept (``a budget office warned of a recession``), not someone's account of it, nor one
    term both write (``deferred tax assets``).

    Example
    -------
    >>> found = _Candidates(["He cited the Elm Budget Office warning that the town faces a slump."],
    ...                     ["The Elm Budget Office has warned: a slump would come.",
    ...                      'The Elm Budget Office warned of "a slump," Lee said.', "The Elm Budget Office opened."])
    >>> _narrated(found, 0, 0), _narrated(found, 0, 1)
    (True, False)
    >>> found = _Candidates(["Its loss grew on deferred tax assets."], ["Deferred tax assets were remeasured."])
    >>> _narrated(found, 0, 0)
    False
    """
    if _quoted(found.read_a[i]) or _quoted(found.read_b[j]) or _one_thing(found, i, j, _told_in_both(found, i, j)):
        return False
    shared = found.stems_a[i] & found.stems_b[j] - found.read_a.credit(i)[0] - found.read_b.credit(j)[0]
    if max(_runs(found.seq_a[i], shared), _runs(found.seq_b[j], shared)) < 2:
        return False
    return _in_place_common(found, i, j, False) >= IN_PLACE_COMMON


def _once_retold(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of a sentence still left over to a sentence of the other version, linked or not, that retells it:
    :data:`MIN_COMMON` stems written in lower case in both (:func:`_lower_in_common`), :data:`RETOLD_ONCE` of them found
    in no other sentence of either version (:attr:`_Candidates.once`; not a date or a count, :data:`_DATING`,
    :data:`_COUNTING`), :data:`RETOLD_IN_ORDER` content words in the same order and a similarity of :data:`GAP_LINK`
    (a lede's fact told again lower down, in other words around it), not beside a sentence linked to the other
    (:func:`_beside`: a merge or split, read by :func:`_joins` and :func:`_covers`); words quoted in one of the two only
    (:func:`_quoted`) are not counted: a remark is no retelling of the reporting around it. Never two sentences that
    tell two facts (:meth:`_Candidates.apart`).

    Example
    -------
    >>> a = ["Lee won the vote.", "The harbour board will vote on a new ferry toll in March.", "Rain fell."]
    >>> b = ["Lee won the vote.", "Rain fell.", "In March the harbour board votes on a new ferry toll, Lee said."]
    >>> _once_retold(_Candidates(a, b), {(0, 0), (2, 1)})
    [(1, 2)]
    """
    placed_a, placed_b = _placed(pairs)
    extra = []
    for i, j, sim in found.pairs:
        if (i in placed_a and j in placed_b) or sim < GAP_LINK or found.apart(i, j) or _beside(pairs, i, j):
            continue
        lower = _lower_in_common(found, i, j) - (_quoted(found.read_a[i]) ^ _quoted(found.read_b[j]))
        once = lower & found.once - _DATING - _COUNTING
        if len(lower) >= MIN_COMMON and len(once) >= RETOLD_ONCE and (
                _in_order_common(found.seq_a[i], found.seq_b[j]) >= RETOLD_IN_ORDER):
            extra.append((i, j))
    return extra


def _partner_tells(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of sentences still left over to the partner of a linked neighbour (the sentence before or after), a
    candidate pair, when the two share :data:`PARTNER_TELLS` stems or more written in lower case in both
    (:func:`_lowered`), told in no other sentence of either version (:attr:`_Candidates.once`) and not written by
    that neighbour, in the order of the two sentences (:func:`_tells_beyond`): a merge or split with one part linked,
    the neighbour's partner telling this sentence's facts too (``Its builders spent four years on the steel arch.``
    after the link of ``Kim opened the bridge.``). Never two sentences that tell two facts
    (:meth:`_Candidates.apart`).

    Example
    -------
    >>> a = ["Kim opened the new bridge on Monday.", "Its builders spent four years on the steel arch."]
    >>> b = ["Kim opened the new bridge on Monday, its builders having spent four years on the steel arch."]
    >>> _partner_tells(_Candidates(a, b), {(0, 0)})
    [(1, 0)]
    """
    placed = _placed(pairs)
    extra = {pair for side, k, mine, other, pair in _next_to_links(pairs)
             if k not in placed[side] and pair in found.sim and _tells_beyond(found, side, k, mine, other)}
    return sorted(pair for pair in extra if not found.apart(*pair))


def _listed(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of a sentence left over that writes no word in lower case (:func:`_lowered`: a list's item, a name and
    title) to the partner of a linked neighbour writing none either (the list's item before or after it) when the two
    share :data:`TOLD_ONCE_IN_ORDER` stems found in no other sentence of either version (:attr:`_Candidates.once`):
    a sentence naming two people, told as a list of them.

    Example
    -------
    >>> a = ["Rain fell.", "Other finalists were Port Chief Jo Lee and Elm Mayor Al Ruiz of Oakdale.", "Fog came."]
    >>> b = ["Rain fell.", "Others considered:", "-- Port Chief Jo Lee.", "-- Mayor Al Ruiz, Oakdale.", "Fog came."]
    >>> _listed(_Candidates(a, b), {(0, 0), (1, 2), (2, 4)})
    [(1, 3)]
    """
    placed, reads, stems = _placed(pairs), (found.read_a, found.read_b), (found.stems_a, found.stems_b)
    extra = {pair for side, k, mine, other, pair in _next_to_links(pairs)
             if 0 <= k < len(stems[side]) and k not in placed[side] and not reads[side].lowered(k)
             and not reads[side].lowered(mine)
             and len(stems[side][k] & stems[1 - side][other] & found.once) >= TOLD_ONCE_IN_ORDER}
    return sorted(pair for pair in extra if not found.apart(*pair))


def _next_to_links(pairs: set[tuple[int, int]]):
    """For each linked pair and each side (0: A), the sentences before and after the linked one: tuples ``(side, k,
    mine, other, pair)``, ``mine`` the linked sentence, ``other`` its partner and ``pair`` the link ``k`` would make
    with that partner.

    >>> list(_next_to_links({(1, 0)}))[:2]
    [(0, 0, 1, 0, (0, 0)), (0, 2, 1, 0, (2, 0))]
    """
    for i, j in sorted(pairs):
        for side, mine, other in ((0, i, j), (1, j, i)):
            for k in (mine - 1, mine + 1):
                yield side, k, mine, other, ((k, other) if side == 0 else (other, k))


def _tells_beyond(found: _Candidates, side: int, k: int, mine: int, other: int) -> bool:
    """Whether sentence ``k`` of one version (side 0: A) and sentence ``other`` of the other version share
    :data:`PARTNER_TELLS` stems written in lower case in both, each told in no other sentence of either version,
    that sentence ``mine`` of k's version does not write and that are not quoted in one of the two only
    (:func:`_quoted`: a remark is no retelling of the reporting around it; unless ``mine`` and ``other`` quote
    words in common, ``other`` then quoting the remark's run in part and telling the rest around it), told in one
    order in both (:func:`_first_told`) and, in ``other``, on average after ``mine``'s words when ``k`` follows
    ``mine`` (before when it comes first, :func:`_told_past`): see :func:`_partner_tells`."""
    read, read_other = (found.read_a, found.read_b) if side == 0 else (found.read_b, found.read_a)
    (stems, seq), (others, seq_other) = ((found.stems_a, found.seq_a), (found.stems_b, found.seq_b))[::1 - 2 * side]
    told = (read.lowered(k) & read_other.lowered(other) & found.once) - stems[mine]
    if not _quoted(read[mine]) & _quoted(read_other[other]):
        told -= _quoted(read[k]) ^ _quoted(read_other[other])
    if len(told) < PARTNER_TELLS or _first_told(seq_other[other], told) != _first_told(seq[k], told):
        return False
    return _told_past(seq_other[other], told, stems[mine] & others[other], k > mine)


def _beside(pairs: set[tuple[int, int]], i: int, j: int) -> bool:
    """Whether sentence ``i`` of A lies next to a sentence linked to ``j`` of B, or ``j`` next to one linked to ``i``.

    Example
    -------
    >>> _beside({(1, 0)}, 2, 0), _beside({(1, 0)}, 2, 1), _beside({(1, 0)}, 1, 1)
    (True, False, True)
    """
    return any((i + d, j) in pairs or (i, j + d) in pairs for d in (-1, 1))


def _closest_by_rare(found: _Candidates, side: int, k: int) -> int | None:
    """The sentence of the other version closest by rare words (:meth:`_Candidates.weighted`) to sentence ``k`` of A
    (``side`` 0) or B (1), linked or not, the first on ties; None below :data:`MUTUAL`.

    Example
    -------
    >>> found = _Candidates(["Nets tore in the storm."], ["The storm came.", "Storm tore the nets.", "Lee won."])
    >>> _closest_by_rare(found, 0, 0), _closest_by_rare(found, 1, 2)
    (1, None)
    """
    scores = _rare_scores(found, side, k)
    best = max(range(len(scores)), key=scores.__getitem__, default=None)
    return best if best is not None and scores[best] >= MUTUAL else None


def _rare_scores(found: _Candidates, side: int, k: int) -> list[float]:
    """The rare-word similarity (:meth:`_Candidates.weighted`) of sentence ``k`` of A (``side`` 0) or B (1) with
    every sentence of the other version, in order."""
    if side == 0:
        return [found.weighted(k, m) for m in range(len(found.stems_b))]
    return [found.weighted(m, k) for m in range(len(found.stems_a))]


def _copied_join(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of sentences still left over to a linked sentence of the other version when a run of words quoted in one
    of the two is copied into the other's reporting (:func:`_copied_quote`), in versions of :data:`TOLD_ONCE_OF`
    sentences or more (in a short text most words are told once): a quotation retold inside a sentence that tells
    another fact too. Never two sentences that tell two facts (:meth:`_Candidates.apart`).

    Example
    -------
    >>> filler = [f"Stall {n} opened late." for n in range(TOLD_ONCE_OF)]
    >>> a = ["The council met on Monday.", 'Kim said the firm "will pay back every family" by May.'] + filler
    >>> b = ["The council met on Monday, and the mayor vowed it will pay back every family."] + filler
    >>> _copied_join(_Candidates(a, b), {(0, 0)})
    [(1, 0)]
    >>> _copied_join(_Candidates(a[:2], b[:1]), {(0, 0)})
    []
    """
    if max(len(found.size_a), len(found.size_b)) < TOLD_ONCE_OF:
        return []
    placed_a, placed_b = _placed(pairs)
    return [(i, j) for i, j, _ in found.pairs
            if (i in placed_a) != (j in placed_b) and _copied_quote(found, i, j) and not found.apart(i, j)]


def _covers(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of left-over sentences to the partner of a linked neighbour whose words they complete, merged or split
    (:func:`_cover_side`, read from each version), never two sentences that tell two facts (:meth:`_Candidates.apart`:
    two remarks of one source, each quoted after its name and title).

    Example
    -------
    >>> a = ["Lee will give a speech in Dover on Monday.", "It will address the strike, pensions and housing."]
    >>> b = ["Lee's aides said his Monday speech in Dover would address the strike, pensions and housing."]
    >>> _covers(_Candidates(a, b), {(0, 0)})
    [(1, 0)]
    """
    side_a, side_b = (found.stems_a, found.read_a, found.seq_a), (found.stems_b, found.read_b, found.seq_b)
    extra = _cover_side(side_a, side_b, pairs)
    flipped = {(j, i) for i, j in pairs}
    extra += [(i, j) for j, i in _cover_side(side_b, side_a, flipped)]
    return [(i, j) for i, j in extra if not found.apart(i, j)]


def _cover_side(mine: tuple, other: tuple, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links ``(k, q)`` of left-over sentences ``k`` of one version (``pairs`` read from it; ``mine`` and ``other``:
    the stems, readings and content words of each sentence of either version) to the partner ``q`` of a linked
    neighbour (``k - 1`` or ``k + 1``) whose words ``k`` completes (:func:`_completes`, the most stems), when ``k``
    shares more stems with ``q`` than with any other sentence of the other version, save one retelling a sentence of
    ``k``'s version that holds those stems (:func:`_spoken_for`)."""
    partners, group = _partners(pairs, 0), _partners(pairs, 1)
    stems, others = mine[0], other[0]
    extra = []
    for k in range(len(stems)):
        if k in partners or not stems[k]:
            continue
        options = [(len(new), q) for n in (k - 1, k + 1) for q in partners.get(n, ())
                   if (new := _completes(mine, other, k, n, q, group[q]))]
        if options:
            q = max(options)[1]
            shared = len(stems[k] & others[q])
            if all(len(stems[k] & others[m]) < shared or _spoken_for(stems, k, others[m], group.get(m))
                   for m in range(len(others)) if m != q):
                extra.append((k, q))
    return extra


def _once_joins(found: _Candidates, pairs: set[tuple[int, int]], named: bool = False) -> list[tuple[int, int]]:
    """Links of sentences still left over to the partner of a linked neighbour (merged or split) when the two share
    :data:`MIN_COMMON` stems written in lower case in both, :data:`TOLD_ONCE_IN_ORDER` of them found in no other
    sentence of either version (:attr:`_Candidates.once`; not a date or a count, :data:`_DATING`, :data:`_COUNTING`),
    and the left-over sentence shares more stems with it than with any other sentence of the other version
    (:func:`_once_side`), in versions of :data:`TOLD_ONCE_OF` sentences or more: a sentence split in two, one half
    reworded (``the hull, bow and stern``) where the other half's link and words told nowhere else vouch for it.
    Never a left-over sentence with a verb of saying (:data:`_REPORTING`: someone's words, linked by what they quote,
    :func:`_copied_join`), nor two sentences that tell two facts (:meth:`_Candidates.apart`). ``named``: the stems told
    once may be written in any case, figures aside, and no other stem need be shared (a name and its title told once
    beside the link, ``So did Governor Jo Lind.``; read after :func:`_folded_near`).

    Example
    -------
    >>> filler = [f"Stall {n} opened late." for n in range(TOLD_ONCE_OF)]
    >>> a = ["The wreck lies 12 metres under the quay.", "Its hull spans 40 metres from bow to stern."] + filler
    >>> b = ["The wreck, its hull 40m from bow to stern, lies 12m under the quay."] + filler
    >>> _once_joins(_Candidates(a, b), {(0, 0)})
    [(1, 0)]
    >>> _once_joins(_Candidates(a[:2], b[:1]), {(0, 0)})
    []
    >>> a = ["Its hull spans 40 metres.", "The wreck was found by Jo Lind of Elm Dive."] + filler
    >>> b = ["The hull, found by a diver of Elm Dive, Jo Lind, spans 40m."] + filler
    >>> _once_joins(_Candidates(a, b), {(0, 0)}), _once_joins(_Candidates(a, b), {(0, 0)}, named=True)
    ([], [(1, 0)])
    """
    if max(len(found.size_a), len(found.size_b)) < TOLD_ONCE_OF:
        return []
    extra = list(_once_side(found, 0, pairs, named)) + [(i, j) for j, i in _once_side(found, 1, pairs, named)]
    return [(i, j) for i, j in extra if not found.apart(i, j)]


def _once_side(found: _Candidates, side: int, pairs: set[tuple[int, int]], named: bool = False):
    """Pairs ``(k, q)`` of a sentence ``k`` left over in A (``side`` 0) or B (1) and the partner ``q`` of a linked
    neighbour (``k - 1`` or ``k + 1``) that share :data:`MIN_COMMON` stems written in lower case in both,
    :data:`TOLD_ONCE_IN_ORDER` of them told once (see :func:`_once_joins`; ``named``: those stems in any case but
    figures, no more), ``k`` sharing more stems with ``q`` than with any other sentence of the other version and
    writing no verb of saying."""
    stems, others = (found.stems_a, found.stems_b)[side], (found.stems_b, found.stems_a)[side]
    reads = (found.read_a, found.read_b)[side], (found.read_b, found.read_a)[side]
    partners = _partners(pairs, side)
    for k in range(len(stems)):
        if k in partners or stems[k] & _REPORTING:
            continue
        for q in sorted({q for n in (k - 1, k + 1) for q in partners.get(n, ())}):
            lower = reads[0].lowered(k) & reads[1].lowered(q)
            told = {w for w in stems[k] & others[q] if not w[:1].isdigit()} if named else lower
            if len(told & found.once - _DATING - _COUNTING) < TOLD_ONCE_IN_ORDER:
                continue
            shared = len(stems[k] & others[q])
            rivals = (len(stems[k] & others[m]) for m in range(len(others)) if m != q)
            if (named or len(lower) >= MIN_COMMON) and all(n < shared for n in rivals):
                yield k, q


def _introduced(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of a sentence still left over to the partner of the next sentence when that one is credited to a
    pronoun or to a name the left-over sentence writes (``..., he said.``, ``..., Lee said.``: its credit,
    :func:`_credit`, writes no other word but a reporting verb), when the left-over sentence opens with a pronoun, the
    quotation is credited to a pronoun and the partner shares a word with it (:func:`_led_in`), or when the partner
    shares with the left-over sentence
    :data:`MIN_COMMON` stems beyond that credit, every stem the two share written in the partner's own credit (set off
    at its end) or outside the remark the next sentence quotes (a programme's name in quote marks): a speaker and the
    occasion introduced in a sentence of their own before the quotation (``Lee spoke on Harbour Radio.``), told in the
    other version's credit (``..., said Jo Lee, speaking on Harbour Radio.``).

    Example
    -------
    >>> remark = '"We will rebuild the old pier and the sea wall before the winter storms come back,"'
    >>> a = ["Mayor Jo Lee went on Harbour Radio on Friday.", f"{remark} she said."]
    >>> b = [f"{remark} said Mayor Jo Lee, speaking on Harbour Radio."]
    >>> _introduced(_Candidates(a, b), {(1, 0)}), _introduced(_Candidates([a[0], f"{remark} Lee said."], b), {(1, 0)})
    ([(0, 0)], [(0, 0)])
    >>> _introduced(_Candidates([a[0], f"{remark} Ann Ruiz said."], b), {(1, 0)})
    []
    >>> b = [f"{remark} Lee said on “Harbour Radio News.”"]
    >>> _introduced(_Candidates(["Mayor Jo Lee spoke to Harbour Radio News.", f"{remark} Lee said."], b), {(1, 0)})
    [(0, 0)]
    >>> a = ["She stood by the pier plan.", f"{remark} she said."]
    >>> _introduced(_Candidates(a, [f"{remark} Lee said."]), {(1, 0)})
    [(0, 0)]
    """
    extra = []
    for side, mine in enumerate((found.read_a, found.read_b)):
        stems = (found.stems_a, found.stems_b)[side]
        partners = _partners(pairs, side)
        for k in range(len(stems) - 1):
            credit, remark = mine.credit(k + 1)
            if k in partners or len(partners.get(k + 1, ())) != 1 or not credit or not credit - _REPORTING <= stems[k]:
                continue
            q = next(iter(partners[k + 1]))
            if _led_in(found, side, (k, q), credit) or _occasion(found, side, (k, q), credit, remark):
                extra.append((k, q) if side == 0 else (q, k))
    return extra


def _occasion(found: _Candidates, side: int, pair: tuple[int, int], credit: frozenset, remark: frozenset) -> bool:
    """Whether left-over sentence ``k`` of A (``side`` 0) or B and sentence ``q`` of the other version (``pair``),
    ``q`` the partner of the sentence after ``k`` (crediting its quotation with ``credit``, its other stems ``remark``),
    share :data:`MIN_COMMON` stems beyond that credit, all written in ``q``'s own credit or outside the remark the
    next sentence quotes (see :func:`_introduced`)."""
    k, q = pair
    stems, others = (found.stems_a, found.stems_b)[side], (found.stems_b, found.stems_a)[side]
    common = stems[k] & others[q]
    credited, told = (found.read_b, found.read_a)[side].credit(q)
    return bool(credited) and len(common - _REPORTING - credit) >= MIN_COMMON and common <= credited | told - remark


def _led_in(found: _Candidates, side: int, pair: tuple[int, int], credit: frozenset) -> bool:
    """Whether left-over sentence ``k`` of A (``side`` 0) or B opens with a subject pronoun, writes no verb of saying
    (:data:`_REPORTING`) and shares a stem with sentence ``q`` of the other version (``pair``), the partner of the
    next sentence, which credits its quotation to a pronoun alone (``credit``: a reporting verb, no name): ``He
    defended the plan.`` before ``"We knew the plan was hard," he said.`` leads in to the remark the other version
    quotes.

    Example
    -------
    >>> found = _Candidates(["He defended the port's plan.", '"We knew the plan was hard," he said.'],
    ...                     ['"We knew the plan was hard," Lee said.'])
    >>> _led_in(found, 0, (0, 0), found.read_a.credit(1)[0])
    True
    """
    k, q = pair
    stems, others = (found.stems_a, found.stems_b)[side], (found.stems_b, found.stems_a)[side]
    opening = (found.read_a, found.read_b)[side][k][:1]
    if not opening or opening[0][0] not in SUBJECT_FORMS.values() or stems[k] & _REPORTING:
        return False
    return credit <= _REPORTING and bool(stems[k] & others[q])


def _remainder_joins(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of a sentence still left over to the partner ``q`` of a neighbour ``n`` linked to ``q`` alone, when it
    retells the rest of ``q`` that ``n`` leaves out (:func:`_remainder_side`): a sentence split in two, one part
    linked. Never two sentences that tell two facts (:meth:`_Candidates.apart`).

    Example
    -------
    >>> a = ["The ferry left Oban at dawn.", "It docked at Mull by noon.", "Crews cheered."]
    >>> b = ["The ferry left Oban at dawn and docked at Mull by noon.", "Crews cheered."]
    >>> _remainder_joins(_Candidates(a, b), {(0, 0), (2, 1)})
    [(1, 0)]
    >>> _remainder_joins(_Candidates(a, b), {(0, 0), (1, 0), (2, 1)})
    []
    """
    extra = list(_remainder_side(found, 0, pairs)) + [(i, j) for j, i in _remainder_side(found, 1, pairs)]
    return [(i, j) for i, j in extra if not found.apart(i, j)]


def _remainder_side(found: _Candidates, side: int, pairs: set[tuple[int, int]]):
    """Pairs ``(k, q)`` of a sentence ``k`` left over in A (``side`` 0) or B (1) and the partner ``q`` of its
    neighbour ``n``, ``q`` linked to ``n`` only, where the stems ``k`` shares with the rest of ``q`` (those ``n``
    lacks) are :data:`MIN_COMMON` or more, one written in lower case in both, and half of the stems of ``k`` that the
    other version tells anywhere; ``k`` shares more stems with ``q`` than with any other sentence, both tell those
    stems in one order, and ``q`` tells them after ``n``'s own words when ``k`` follows ``n`` (before when it comes
    first)."""
    stems, others = (found.stems_a, found.stems_b)[side], (found.stems_b, found.stems_a)[side]
    reads = (found.read_a, found.read_b)[side], (found.read_b, found.read_a)[side]
    seq, own = (found.seq_b, found.seq_a)[side], (found.seq_a, found.seq_b)[side]
    mine, theirs = _partners(pairs, side), _partners(pairs, 1 - side)
    vocabulary = frozenset().union(*others)  # every stem the other version tells
    for k in range(len(stems)):
        if k in mine:
            continue
        for n, q in [(n, q) for n in (k - 1, k + 1) for q in sorted(mine.get(n, ())) if theirs[q] == {n}]:
            shared = stems[k] & (others[q] - stems[n])
            told = stems[k] & vocabulary
            rivals = max((len(stems[k] & others[m]) for m in range(len(others)) if m != q), default=0)
            if len(shared) < max(MIN_COMMON, len(told) / 2) or rivals >= len(stems[k] & others[q]):
                continue
            if shared & reads[0].lowered(k) & reads[1].lowered(q) and \
                    _told_past(seq[q], shared, stems[n] & others[q], k > n) and \
                    _first_told(seq[q], shared) == _first_told(own[k], shared):
                yield k, q


def _told_past(seq: list[str], new: frozenset, old: frozenset, after: bool) -> bool:
    """Whether sentence words ``seq`` tell the stems ``new``, on average, after the stems ``old`` (``after``), or
    before them.

    >>> seq = ["ferry", "left", "dock", "noon"]
    >>> _told_past(seq, frozenset({"dock", "noon"}), frozenset({"ferry"}), True)
    True
    >>> _told_past(seq, frozenset({"left"}), frozenset({"noon"}), True)
    False
    """
    told_new = _places(seq, new)
    told_old = _places(seq, old) or [-1 if after else len(seq)]
    mid_new, mid_old = sum(told_new) / len(told_new), sum(told_old) / len(told_old)
    return mid_new > mid_old if after else mid_new < mid_old


def _runs(seq: list[str], told: frozenset) -> int:
    """In how many runs of words one after another sentence words ``seq`` first tell the stems ``told``.

    >>> _runs(["new", "england", "saw", "streak"], frozenset({"engla", "strea"}))
    2
    >>> _runs(["obama", "administration", "said"], frozenset({"obama", "admin"}))
    1
    """
    places = _places(seq, told)
    return sum(1 for k, place in enumerate(places) if not k or place > places[k - 1] + 1)


def _places(seq: list[str], told: frozenset) -> list[int]:
    """Where sentence words ``seq`` first tell each of the stems ``told`` it tells.

    >>> _places(["ferry", "docked", "docking", "noon"], frozenset({"dock", "noon", "pier"}))
    [1, 3]
    """
    order = [stem(w) for w in seq]
    return sorted(order.index(w) for w in told if w in order)


def _first_told(seq: list[str], told: frozenset) -> list[str]:
    """The stems ``told`` in the order sentence words ``seq`` first tell them.

    >>> _first_told(["docked", "at", "noon", "docking"], frozenset({"dock", "noon"}))
    ['dock', 'noon']
    """
    return list(dict.fromkeys(w for w in (stem(x) for x in seq) if w in told))


def _spoken_for(stems: list[frozenset], k: int, rival: frozenset, linked: set[int] | None) -> bool:
    """Whether the stems that sentence ``k`` shares with a ``rival`` sentence of the other version are all held by a
    sentence of ``k``'s own version linked to that rival (``linked``): the rival retells that one, not ``k``.

    Example
    -------
    >>> stems = [frozenset({"polic", "peopl", "injur", "27"}), frozenset({"polic", "peopl", "injur", "four"})]
    >>> rival = frozenset({"polic", "peopl", "injur", "relea"})
    >>> _spoken_for(stems, 0, rival, {1}), _spoken_for(stems, 0, rival, None)
    (True, False)
    """
    return any(stems[k] & rival <= stems[p] for p in linked or ())


def _completes(mine: tuple, other: tuple, k: int, n: int, q: int, group: set[int]) -> frozenset:
    """The stems of sentence ``q`` of the other version that left-over sentence ``k`` adds to those of the sentences
    linked to ``q`` (``group``, its neighbour ``n`` among them), when they make one merged sentence (else none):
    ``q`` is longer than ``n``, ``k`` adds :data:`MIN_COMMON` stems, one of them written in lower case in both,
    and ``q`` tells them after ``n``'s own words when ``k`` follows ``n`` (before when it comes first): ``Lee will
    speak on Monday.`` and ``It will address the strike and pensions.`` read together as ``Lee's Monday speech will
    address the strike and pensions``."""
    (stems, read, _), (others, read_other, seq) = mine, other
    new = (others[q] & stems[k]) - frozenset().union(*(stems[m] for m in group))
    if len(others[q]) <= len(stems[n]) or len(new) < MIN_COMMON:
        return frozenset()
    lower = [_lowered(reading) for reading in (read[k], read_other[q])]
    if not new & lower[0] & lower[1]:
        return frozenset()
    told_new = _places(seq[q], new)
    told_n = _places(seq[q], (stems[n] & others[q]) - stems[k]) or [-1]
    in_order = min(told_new) > max(told_n) if k > n else max(told_new) < min(told_n)
    return new if in_order else frozenset()


def _run_merges(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two sentences in a row, left over in one version, joined to one sentence left over in the other (merged
    or split) when each of the two tells it :data:`MIN_COMMON` words of its own (:func:`_own_words`): one sentence
    cut in two, or two folded into one, each half reworded (``Lee said the council has yet to answer the
    inquiry.`` and ``He said it had shredded every old ledger.``); of several such sentences, the one sharing the
    rarest words (:meth:`_Candidates.weighted`).

    Example
    -------
    >>> a = ["Lee said the council has yet to answer the harbour inquiry.", "He said it had shredded every old ledger."]
    >>> b = ["Rain fell.", "Lee said the council never answered the inquiry and shredded old ledgers."]
    >>> _run_merges(_Candidates(a, b), set())
    [(0, 1), (1, 1)]
    """
    placed = _placed(pairs)
    extra = []
    for side, of in enumerate((found.of_a, found.of_b)):
        for k in range(len(found.size_a if side == 0 else found.size_b) - 1):
            if k in placed[side] or k + 1 in placed[side]:
                continue
            near = sorted({*of.get(k, ()), *of.get(k + 1, ())} - placed[1 - side])
            runs = [run for q in near if _own_words(found, run := _run(side, k, q))]
            options = [(sum(found.weighted(*p) for p in run), run) for run in runs]
            if options:
                run = max(options)[1]
                extra += run
                placed[side].update((k, k + 1))
                placed[1 - side].add(run[0][1 - side])
    return extra


def _run(side: int, k: int, q: int) -> list[tuple[int, int]]:
    """The pairs linking sentences ``k`` and ``k + 1`` of A (``side`` 0) or B (1) to sentence ``q`` of the other."""
    return [(m, q) if side == 0 else (q, m) for m in (k, k + 1)]


def _own_words(found: _Candidates, run: list[tuple[int, int]]) -> bool:
    """Whether each of two pairs (``run``, :func:`_run`) shares :data:`MIN_COMMON` stems written in lower case in both
    (:func:`_lower_in_common`) that the other pair's sentence of the same version lacks."""
    side = 0 if run[0][1] == run[1][1] else 1
    stems = (found.stems_a, found.stems_b)[side]
    shared = [stems[p[side]] & (found.stems_b, found.stems_a)[side][p[1 - side]] for p in run]
    if min(len(shared[0] - stems[run[1][side]]), len(shared[1] - stems[run[0][side]])) < MIN_COMMON:
        return False
    own = [_lower_in_common(found, *p) - stems[o[side]] for p, o in zip(run, run[::-1])]
    return min(len(x) for x in own) >= MIN_COMMON


def _block_leads(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of a sentence still left over, quoting nothing, to the partner of the paragraph quoted whole after it
    (:func:`_block`) that shares most stems with it, one at least, when the paragraph copies a partner
    (:data:`MERGED_COPY` words one after another) and none of its partners quotes a phrase (:func:`_phrases`): a line
    in one version's own words leading into a paragraph it quotes from the other, which tells it in its own voice (a
    blog's line above each passage it quotes from a report), retells that passage; a remark quoted after the line
    introducing it, reworded in the other, is no copy.

    Example
    -------
    >>> told = "The agents took no money from the players who met them in the games."
    >>> a = ["Spies joined the games.", told]
    >>> b = ["Agents gave no money.", f'"{told}"', "The games went on."]
    >>> _block_leads(_Candidates(a, b), {(0, 2), (1, 1)})
    [(1, 0)]
    """
    extra = []
    for side, (mine, other) in enumerate(((found.read_a, found.read_b), (found.read_b, found.read_a))):
        stems, others = (found.stems_a, found.stems_b)[side], (found.stems_b, found.stems_a)[side]
        partners = _partners(pairs, side)
        for k in range(len(stems) - 1):
            if k in partners or any(inside for _, inside, _ in mine[k]):
                continue
            block = [(m, q) for m in _block(mine, partners, k + 1) for q in sorted(partners[m])]
            if any(_phrases(other[q]) for _, q in block) or not any(
                    _longest_match(mine[m], other[q]).size >= MERGED_COPY for m, q in block):
                continue
            q = max((q for _, q in block), key=lambda q: len(stems[k] & others[q]))
            if stems[k] & others[q]:
                extra.append((k, q) if side == 0 else (q, k))
    return extra


def _folded_near(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of a sentence still left over, not the first of its version, to the partner of a linked sentence at most
    :data:`FOLDED_NEAR` sentences from it when the two share :data:`FOLDED_NEAR_COMMON` stems written in lower case in
    both that the linked sentence does not write (the partner sharing most), in versions of :data:`TOLD_ONCE_OF`
    sentences or more (in a short text the sentences beside a link share its topic's words): a fact told beside the
    linked one, folded into its partner; a lede's facts are retold all through the other version. Never two sentences
    that tell two facts (:meth:`_Candidates.apart`).

    Example
    -------
    >>> filler = [f"Stall {n} opened late." for n in range(TOLD_ONCE_OF)]
    >>> a = ["Crowds rallied in May over fuel prices set by the state.", "Trains ran late.", "Over 300 died."]
    >>> b = ["Over 300 died in May rallies over state fuel prices."]
    >>> _folded_near(_Candidates(["Rain fell."] + a + filler, b), {(3, 0)})
    [(1, 0)]
    >>> _folded_near(_Candidates(a + filler, b), {(2, 0)}), _folded_near(_Candidates(["Rain fell."] + a, b), {(3, 0)})
    ([], [])
    """
    if max(len(found.size_a), len(found.size_b)) < TOLD_ONCE_OF:
        return []
    extra = []
    for side, (mine, other) in enumerate(((found.read_a, found.read_b), (found.read_b, found.read_a))):
        stems = (found.stems_a, found.stems_b)[side]
        partners = _partners(pairs, side)
        for k in sorted(set(range(1, len(stems))) - set(partners)):
            near = [(q, m) for m in range(k - FOLDED_NEAR, k + FOLDED_NEAR + 1) for q in sorted(partners.get(m, ()))]
            told = {q: len(mine.lowered(k) & other.lowered(q) - stems[m]) for q, m in near}
            q = max(sorted(told), key=told.get, default=None)
            pair = (k, q) if side == 0 else (q, k)
            if q is not None and told[q] >= FOLDED_NEAR_COMMON and not found.apart(*pair):
                extra.append(pair)
    return extra


def _quoted_held(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of a sentence still left over to the one sentence of the other version that writes, word for word, a
    phrase holding a lower-case content word it sets inside quote marks (:func:`_phrases`; no remark quoted,
    :func:`_quotes_a_remark`), when no other sentence of either version writes that
    phrase but those linked to that one, and the words the two share run on beyond the quote marks
    (:func:`_taken_from`): a report quoting a word or a phrase of a remark the other version tells whole (``still
    "juggling" plans with his aides``), beside the sentence quoting it at length; a sentence linked by then stays as it
    is.

    Example
    -------
    >>> a = ["The mayor spoke at noon.", "I am still juggling a few plans with my aides, so bear with us."]
    >>> b = ["The mayor spoke at noon.", 'He is still "juggling" plans with his aides, he said.']
    >>> _quoted_held(_Candidates(a, b), {(0, 0)})
    [(1, 1)]
    """
    extra = []
    for side, (mine, other) in enumerate(((found.read_a, found.read_b), (found.read_b, found.read_a))):
        partners, others = _partners(pairs, side), _partners(pairs, 1 - side)
        for k in sorted(set(range(len(mine.texts))) - set(partners)):
            for phrase in [] if _quotes_a_remark(mine[k]) else _phrases(mine[k], 1):
                held = [q for q, seq in enumerate(other.words) if _holds(seq, phrase)]
                own = {m for m, seq in enumerate(mine.words) if m != k and _holds(seq, phrase)}
                if len(held) == 1 and own <= others.get(held[0], set()) and _taken_from(mine, other, k, held[0], phrase):
                    extra.append((k, held[0]) if side == 0 else (held[0], k))
    return sorted(set(extra))


def _taken_from(mine: "_Readings", other: "_Readings", k: int, q: int, phrase: list[str]) -> bool:
    """Whether sentence ``k`` of one version, quoting ``phrase``, takes it from sentence ``q`` of the other: the run of
    words the two share around it (:func:`_longest_run`) holds a lower-case content word outside the quote marks of
    ``k`` (``still "juggling" plans``, ``the "open door" rule``). A phrase alone in common (``a "massive" bruise``, ``a
    "reckless gamble"``) may be two speakers' word or a set phrase.

    Example
    -------
    >>> found = _Candidates(['She said the hole was "massive" and deep.', 'He called the "open door" rule old.'],
    ...                     ['I saw a massive hole.', 'The open door rule went.'])
    >>> _taken_from(found.read_a, found.read_b, 0, 0, ["massive"]), _taken_from(found.read_a, found.read_b, 1, 1,
    ...                                                                          ["open", "door"])
    (False, True)
    """
    run_mine, run_other = _longest_run(mine[k], other[q])
    return _holds([w for w, _, _ in run_mine], phrase) and any(
        x[2] and y[2] and not x[1] for x, y in zip(run_mine, run_other))


def _block(read: "_Readings", partners: dict[int, set[int]], k: int) -> list[int]:
    """The linked sentences from ``k`` on that lie whole inside quote marks, one after another (a paragraph quoted
    whole, no credit around it).

    Example
    -------
    >>> texts = ['"We stay.', 'We win."', "Lee left."]
    >>> read = _Readings(texts, [[]] * 3, _quotations(texts))
    >>> _block(read, {0: {0}, 1: {1}, 2: {2}}, 0), _block(read, {1: {1}}, 0)
    ([0, 1], [])
    """
    run = []
    while k < len(read.texts) and k in partners and read[k] and all(inside for _, inside, _ in read[k]):
        run.append(k)
        k += 1
    return run


def _twins(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of a sentence to the partners of its twin: another sentence of its own version reaching :data:`DUPLICATE`
    similarity with it and sharing :data:`MIN_COMMON` content words (one sentence told twice, as a caption or a
    summary line and in the body: whichever copy the other version's sentence was linked to, it retells both),
    unless that partner has a twin linked to the sentence already (both versions tell it twice: each copy keeps its
    own); a sentence linked already takes it only when it is as similar to it as to its own partners.

    Example
    -------
    >>> a = ["Ann Ruiz won the harbour vote on Tuesday.", "Ruiz thanked her voters.", "Ann Ruiz won the harbour vote."]
    >>> _twins(_Candidates(a, ["Ruiz, 41, won Tuesday's harbour vote."]), {(0, 0)})
    [(2, 0)]
    """
    twins = (_twin_sets(found.words_a, found.sets_a), _twin_sets(found.words_b, found.sets_b))
    extra = []
    for side in (0, 1):
        partners = _partners(pairs, side)
        for k, others in twins[side].items():
            pair = (lambda q, k=k: (k, q)) if side == 0 else (lambda q, k=k: (q, k))
            mine = partners.get(k, set())
            own = max((found.similarity(*pair(q)) for q in mine), default=0.0)
            extra += [pair(q) for q in set().union(*(partners.get(t, set()) for t in others)) - mine
                      if found.similarity(*pair(q)) >= own and not twins[1 - side].get(q, set()) & mine]
    return extra


def _twin_sets(words_: list[list[str]], sets: list[frozenset]) -> dict[int, set[int]]:
    """For each sentence of one version, the other sentences of that version that are its twins (see :func:`_twins`)."""
    twins: dict[int, set[int]] = {}
    for k, other, similarity in candidate_pairs(words_, words_):
        if k != other and similarity >= DUPLICATE and len(sets[k] & sets[other]) >= MIN_COMMON:
            twins.setdefault(k, set()).add(other)
    return twins


def _fragments(pairs: list[tuple[int, int]], texts: list[str], side: int) -> list[tuple[int, int]]:
    """Links of left-over fragments to the partners of the sentence before them (``side`` 0 = A, 1 = B)."""
    partners = _partners(pairs, side)
    extra = []
    for k, text in enumerate(texts):
        if k in partners or k == 0 or not continues_sentence(text):
            continue
        extra += [(k, q) if side == 0 else (q, k) for q in partners.get(k - 1, ())]
    return extra


def _folded(found: _Candidates, links: dict[int, int]) -> list[tuple[int, int]]:
    """Links of left-over sentences to a linked sentence they duplicate or that contains them.

    A left-over sentence joins the best linked sentence of the other version when
    their similarity reaches :data:`DUPLICATE` (a duplicate, e.g. a paraphrased lede) or
    when at least :data:`CONTAINED` of its content words appear there and their
    similarity reaches :data:`CONTAINED_SIMILARITY` (a part broken out of it or folded into it).
    """
    extra: list[tuple[int, int]] = []
    linked_a, linked_b = set(links), set(links.values())
    for i in range(len(found.size_a)):
        if i not in linked_a:
            j = _best(found, [(i, j) for j in found.of_a.get(i, ()) if j in linked_b], found.size_a[i])
            if j is not None:
                extra.append((i, j[1]))
    for j in range(len(found.size_b)):
        if j not in linked_b:
            i = _best(found, [(i, j) for i in found.of_b.get(j, ()) if i in linked_a], found.size_b[j])
            if i is not None:
                extra.append((i[0], j))
    return extra


def _retold(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of sentences still left over to the linked sentence of the other version that retells
    their facts: sharing :data:`PARAPHRASE_COMMON` content words in the same order, a name counted as two words at
    most (:func:`_named_once_common`), and :data:`PARAPHRASE` of the left-over sentence's (the best such sentence; the
    first on ties). A
    sentence that carries two of the other version's facts is linked to both (a lede that also
    names the interview, a quotation cut short and reported again in full). Never a sentence that a sentence of the
    left-over one's own version, linked to it, tells whole, or but for a word or so when the two quote nothing
    together (:func:`_told_by_partner`): the second telling of a quotation
    one version copies word for word and retells again (``'Cargo will be my blue van.'`` copied, ``'The cargo
    will be an old blue van, on the ferry.'`` said later). Never two sentences that tell two facts
    (:meth:`_Candidates.apart`: a speaker's name and title told in both, crediting two remarks).

    Example
    -------
    >>> a = ["'Cargo will be my blue Elmco van playing Harbour Waltz.", "Lee spoke."]
    >>> b = ["'The cargo will be an old Elmco van, playing Harbour Waltz, on a ten day ferry trip.'",
    ...      "'Cargo will be my blue Elmco van playing Harbour Waltz.", "Lee spoke."]
    >>> _retold(_Candidates(a, b), {(0, 1), (1, 2)})
    []
    """
    placed_a, placed_b = _placed(pairs)
    partners_a, partners_b = _partners(pairs, 0), _partners(pairs, 1)
    extra = []
    for i, seq in enumerate(found.facts_a):
        if i not in placed_a:
            extra += [(i, j) for j in _retelling(seq, [(j, found.facts_b[j]) for j in found.of_a.get(i, ())
                                                        if j in placed_b and _named_once_common(found, i, j)
                                                        and not _told_by_partner(found, i, j, 1, partners_b[j])
                                                        and not found.apart(i, j)])]
    for j, seq in enumerate(found.facts_b):
        if j not in placed_b:
            extra += [(i, j) for i in _retelling(seq, [(i, found.facts_a[i]) for i in found.of_b.get(j, ())
                                                        if i in placed_a and _named_once_common(found, i, j)
                                                        and not _told_by_partner(found, i, j, 0, partners_a[i])
                                                        and not found.apart(i, j)])]
    return extra


def _told_by_partner(found: _Candidates, i: int, j: int, side: int, linked: set[int]) -> bool:
    """Whether the linked sentence of the pair (i of A, j of B) on ``side`` (0: A) is told whole by one of its
    ``linked`` partners (:func:`_told_whole`), or but for a word or so (:data:`LIGHT_KEPT` of its content words in
    order) when the left-over sentence quotes none of its words with it (:func:`_quoted_in_both`): a fact one
    sentence of the other version already retells leaves nothing for a second one to retell, but a remark is often
    quoted again.

    Example
    -------
    >>> found = _Candidates(["Foes say the ferry fund is meant to lift the town.",
    ...                      "Foes allege the ferry fund in effect pays for the pier works run by Elm Ferries."],
    ...                     ["Foes allege the ferry fund in effect pays for the pier repairs run by Elm Ferries."])
    >>> _told_by_partner(found, 0, 0, 1, {1})
    True
    """
    seq, others = (found.facts_b[j], found.facts_a) if side else (found.facts_a[i], found.facts_b)
    whole = _quoted_in_both(found.read_a[i], found.read_b[j])
    return _told_whole(seq, others, linked, 1.0 if whole else LIGHT_KEPT)


def _named_once_common(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B share :data:`PARAPHRASE_COMMON` content words in the same order when a run
    of names one after another in both counts as two words at most, as a given name and a surname do (stems not
    written in lower case in both, :func:`_lower_in_common`; each number counts): a body's long name and one word
    more are no retelling.

    Example
    -------
    >>> found = _Candidates(["The Elm County Fire Service said the tank held, Jo Lee said."],
    ...                     ["The Elm County Fire Service is cooling the tank."])
    >>> _in_order_common(found.facts_a[0], found.facts_b[0]), _named_once_common(found, 0, 0)
    (5, False)

    Nor does the description both set off after the same opening name (:func:`_described`):

    >>> found = _Candidates(["Lee, a 40-year-old Elm port pilot, was hailed by the mayor on Monday."],
    ...                     ["Lee, a 40-year-old Elm port pilot, quit after the mayor spoke on Monday."])
    >>> _named_once_common(found, 0, 0)
    False
    """
    lower, described, count = _lower_in_common(found, i, j), _described(found, i, j), 0
    seq_a, seq_b = ([w for w in seq if w not in described] for seq in (found.facts_a[i], found.facts_b[j]))
    for block in LCSseq.opcodes(seq_a, seq_b):
        if block.tag != "equal":
            continue
        run = 0
        for word in seq_a[block.src_start:block.src_end]:
            run = run + 1 if word.isalpha() and word not in lower else 0  # the words of a name, one after another
            count += run < 3
    return count >= PARAPHRASE_COMMON


_APPOSED_OPENING = re.compile(r"((?:\p{Lu}[\w'’.-]*\s+){0,3}\p{Lu}[\w'’.-]*),\s+(?:an?|the)\s")
"""A sentence opening with a name (one to four capitalised words) and a description set off by a comma after it."""


def _described(found: _Candidates, i: int, j: int) -> frozenset[str]:
    """The stems of the description sentence i of A and j of B both set off by a comma after the name they open with
    (:data:`_APPOSED_OPENING`), word for word (their first words in common, the name's left out): whom
    the two tell of, not what they tell (``Lee, a 40-year-old port pilot, was hailed`` and ``Lee, a 40-year-old port
    pilot, quit``).

    Example
    -------
    >>> found = _Candidates(["Lee, a 40-year-old port pilot, was hailed."], ["Lee, a 40-year-old port pilot, quit."])
    >>> sorted(_described(found, 0, 0))
    ['40', 'old', 'pilot', 'port', 'year']
    """
    written, name = (found.words_a[i], found.words_b[j]), _apposed_name(found.texts_a[i], found.texts_b[j])
    if not name:
        return frozenset()
    common = next((k for k, (x, y) in enumerate(zip(*written)) if x != y), min(map(len, written)))
    return frozenset(stem(w) for w in content_words(written[0][len(words(name)):common]))


def _apposed_name(text_a: str, text_b: str) -> str | None:
    """The name two sentences open with when both set off a description after it (:data:`_APPOSED_OPENING`), else
    None.

    Example
    -------
    >>> _apposed_name("Jo Lee, a pilot, quit.", "Jo Lee, the pilot, spoke.")
    'Jo Lee'
    >>> _apposed_name("Jo Lee, a pilot, quit.", "Jo Lee quit.") is None
    True
    """
    name = _apposed_opening(text_a)
    return name if name and name == _apposed_opening(text_b) else None


@functools.lru_cache(maxsize=4096)
def _apposed_opening(text: str) -> str | None:
    """The name a sentence opens with when it sets off a description after it (:data:`_APPOSED_OPENING`), else None."""
    match = _APPOSED_OPENING.match(text)
    return match.group(1) if match else None


def _described_run(texts: tuple[str, str], reads: tuple[list, list]) -> bool:
    """Whether the longest run of words two sentences share (``reads``: their readings, :func:`_reading`) is the
    name both open with and a description set off after it (:func:`_apposed_name`), closed by a comma in one of
    them: ``Lee, a 40-year-old port pilot, quit`` and ``Lee, a 40-year-old port pilot for Elm, was hailed`` tell two
    facts of one man.

    Example
    -------
    >>> texts = ("Lee, a 40-year-old port pilot, quit on Monday.", "Lee, a 40-year-old port pilot for Elm, was hailed.")
    >>> _described_run(texts, tuple(map(_reading, texts)))
    True
    >>> texts = ("Lee, a 40-year-old port pilot, quit on Monday.", "Lee, a 40-year-old port pilot, quit.")
    >>> _described_run(texts, tuple(map(_reading, texts)))
    False
    """
    match = _longest_match(*reads)
    if match.a or match.b or not match.size or not _apposed_name(*texts):
        return False
    forms = [comparison_form(text)[0] for text in texts]
    ends = [list(_marked_words(text))[match.size - 1][0].end() for text in texts]
    return any(form[end:end + 1] == "," for form, end in zip(forms, ends))


def _told_whole(seq: list[str], others: list[list[str]], linked: set[int], share: float = 1.0) -> bool:
    """Whether one of the ``linked`` sentences (numbers into ``others``, their content words) holds every one of
    ``seq``'s content words (or a ``share`` of them) in the same order.

    Example
    -------
    >>> others = [["the", "payload", "red", "car"], ["car"]]
    >>> _told_whole(["payload", "car"], others, {0}), _told_whole(["payload", "car"], others, {1})
    (True, False)
    """
    return bool(seq) and any(_in_order_common(seq, others[k]) >= share * len(seq) for k in linked)


def _echoes(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of sentences still left over to the linked sentence of the other version that quotes
    :data:`ECHO` of their words one after another (:func:`_echo`), the longest such run: a quotation
    cut into sentences differently (``"Dress like you deserve respect ..."`` inside a longer quoted
    sentence), a quoted clause taken into a sentence of reporting, a short sentence broken out of a
    longer one word for word.

    Example
    -------
    >>> a = ['Lee said the deal was fair.', '"We will keep every promise we made to them," he said.']
    >>> b = ['Lee said the deal was fair and "we will keep every promise we made to them."']
    >>> found = _Candidates(a, b)
    >>> _echoes(found, {(0, 0)})
    [(1, 0)]
    """
    read_a, read_b = found.read_a, found.read_b
    extra = _echo_side(found.of_a, found.sets_a, found.sets_b, read_a, read_b, pairs)
    flipped = {(j, i) for i, j in pairs}
    extra += [(i, j) for j, i in _echo_side(found.of_b, found.sets_b, found.sets_a, read_b, read_a, flipped)]
    extra = [(i, j) for i, j in extra if not _credit_echo(found, i, j)]
    return extra + [(i, j) for i, j in _free_echoes(found, set(pairs) | set(extra)) if not _credit_echo(found, i, j)]


def _credit_echo(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B quote two remarks (:meth:`_Candidates.two_remarks`) and the longest run of
    words they share lies outside quote marks in both: the credit both write (``Lee, who chairs the port board, said
    in a statement``) tells who spoke, not that the two quote one remark; so does a description both set off after one
    name (:func:`_lower_in_description`).

    Example
    -------
    >>> found = _Candidates(['"The toll is fair," Lee, who chairs the port board, said in a statement on Monday.'],
    ...                     ['"We will not wait," Lee, who chairs the port board, said in a statement to the press.'])
    >>> _credit_echo(found, 0, 0)
    True
    """
    runs = _longest_run(found.read_a[i], found.read_b[j])
    return found.two_remarks(i, j) and not any(quoted for run in runs for _, quoted, _ in run) \
        or _lower_in_description(found, i, j)


def _merged_copies(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of a sentence, left over or linked to one of them only, to each of two or more linked sentences of the
    other version whose clauses it copies in different stretches of its words (:func:`_copied_at`: an echo of
    :data:`MERGED_COPY` words or more, :data:`COPIED_CLAUSE` of them lower-case content words), even when sentences of
    its own version linked to them copy those clauses too: a rewrite merging two sentences once and copying each of
    them elsewhere.

    Example
    -------
    >>> a = ["The rings were seen in the cold south sea off the long coast of the western isles.",
    ...      "They were found by reading sea level data taken from old satellites with sea heat maps."]
    >>> b = ["The rings were seen in the cold south sea off the long coast of the western isles.",
    ...      "They were found by reading sea level data taken from old satellites with sea heat maps.",
    ...      "The rings were seen in the cold south sea off the long coast of the western isles, by reading sea level "
    ...      "data taken from old satellites with sea heat maps."]
    >>> _merged_copies(_Candidates(a, b), {(0, 0), (1, 1)})
    [(0, 2), (1, 2)]
    """
    partners_a, partners_b = _partners(pairs, 0), _partners(pairs, 1)
    extra = [(i, j) for i in range(len(found.texts_a))
             for j in _copied_parts(found.read_a, found.read_b, i, found.of_a.get(i, ()), (partners_a, partners_b))]
    flipped = (partners_b, partners_a)
    extra += [(i, j) for j in range(len(found.texts_b))
              for i in _copied_parts(found.read_b, found.read_a, j, found.of_b.get(j, ()), flipped)]
    return sorted(set(extra) - pairs)


def _copied_parts(mine: "_Readings", other: "_Readings", k: int, candidates, partners: tuple[dict, dict]) -> list[int]:
    """The linked sentences of the other version (among ``candidates``; ``partners``: the linked sentences of each
    sentence of ``mine``'s version, then of the other's) whose clauses sentence ``k`` copies in stretches of its words
    that do not overlap (:func:`_copied_at`, the longest first), when two or more do and ``k`` is linked to none
    but them; else none."""
    linked = [q for q in candidates if q in partners[1]]
    stretches = sorted(((at[1] - at[0], -q, q, at) for q in linked
                        if (at := _copied_at(mine[k], other[q])) and at[1] - at[0] >= MERGED_COPY), reverse=True)
    taken: list[tuple[int, int]] = []
    chosen = []
    for _, _, q, (start, end) in stretches:
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            chosen.append(q)
    return chosen if len(chosen) >= 2 and partners[0].get(k, set()) <= set(chosen) else []


def _copied_at(mine: list[tuple[str, bool, bool]], other: list[tuple[str, bool, bool]]) -> tuple[int, int] | None:
    """Where (start, end, word numbers) in ``mine`` lies the longest run of words two sentences share one after
    another (as read by :func:`_reading`) when it is a copied clause: :data:`ECHO` words or more, :data:`COPIED_CLAUSE`
    of them lower-case content words in both; else None.

    Example
    -------
    >>> _copied_at(_reading("So it was found by reading sea level data taken from satellites."),
    ...            _reading("Rings were found by reading sea level data taken from satellites in May."))
    (3, 12)
    >>> _copied_at(_reading("He spoke in an interview with the local paper."),
    ...            _reading("She said so in an interview with the local paper.")) is None
    True
    """
    match = _longest_match(mine, other)
    run_mine, run_other = _run_at(mine, other, match)
    lower = sum(x[2] and y[2] for x, y in zip(run_mine, run_other))
    return (match.a, match.a + match.size) if match.size >= ECHO and lower >= COPIED_CLAUSE else None


def _free_echoes(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links between sentences left over in both versions that quote :data:`FREE_ECHO` words one after
    another (:func:`_echo`), or copy a clause word for word outside quote marks (:func:`_unquoted_clause`), paired one
    to one (the longest runs): one quotation set in two sentences reworded around it, a question quoted whole in one
    version and cut short in the other, a clause copied into a sentence that tells more.

    Example
    -------
    >>> a = ['"Why would anyone start a land war in the far north?" the mayor asked.']
    >>> b = ['Pressed on the plan, she said "nobody should start a land war in the far north" this year.']
    >>> found = _Candidates(a, b)
    >>> _free_echoes(found, set())
    [(0, 0)]
    >>> found = _Candidates(["The search ended soon after a crew was unable to reach the boat."],
    ...                     ["Kim Lee called for help at dawn when the crew was unable to reach the boat in time."])
    >>> _free_echoes(found, set())
    [(0, 0)]
    """
    placed_a, placed_b = _placed(pairs)
    read_a, read_b = found.read_a, found.read_b
    scored = [(i, j, float(run)) for i, j, _ in found.pairs
              if i not in placed_a and j not in placed_b and len(found.sets_a[i] & found.sets_b[j]) >= 2
              and read_a.grams(i) & read_b.grams(j) and (run := _echo(read_a[i], read_b[j]))
              and (run >= FREE_ECHO or _unquoted_clause(read_a[i], read_b[j]))]
    return [(i, j) for i, j, _ in pair_one_to_one(scored, 0.0)]


def _unquoted_clause(mine: list[tuple[str, bool, bool]], other: list[tuple[str, bool, bool]]) -> bool:
    """Whether the longest run of words two sentences share (as read in each) is a copied clause (:func:`_copied_at`)
    lying outside quote marks in both: reporting copied word for word (``the jury was unable to reach a verdict``)
    tells one fact without a link nearby to vouch for it, unlike a phrase quoted in two remarks.

    Example
    -------
    >>> _unquoted_clause(_reading("It ended soon after a crew was unable to reach the boat."),
    ...                  _reading("Lee called when the crew was unable to reach the boat."))
    True
    >>> _unquoted_clause(_reading('He said "the crew was unable to reach the boat."'),
    ...                  _reading("Lee called when the crew was unable to reach the boat."))
    False
    """
    if _copied_at(mine, other) is None:
        return False
    return not any(x[1] or y[1] for x, y in zip(*_longest_run(mine, other)))


def _echo_side(candidates: dict, sets: list, other_sets: list, mine: "_Readings", other: "_Readings",
               pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The links of :func:`_echoes` from left-over sentences of one version (``pairs`` read from it)."""
    placed, placed_other = _placed(pairs)
    partners = _partners(pairs, 1)
    extra = []
    for i in range(len(mine.texts)):
        if i in placed:
            continue
        runs = [(_echo(mine[i], other[j], [mine[k] for k in partners[j]],
                       (other[q] for q in range(len(other.texts)) if q != j)), -j, j) for j in candidates.get(i, ())
                if j in placed_other and len(sets[i] & other_sets[j]) >= 2
                and not _described_run((mine.texts[i], other.texts[j]), (mine[i], other[j]))
                and (mine.grams(i) & other.grams(j) or len(mine.words[i]) < ECHO
                     or len(_quoted(mine[i]) & _quoted(other[j])) >= 2)]
        extra += [(i, j) for run, _, j in [max(runs, default=(0, 0, 0))] if run]
    return extra


def _same_remark(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links between sentences left over in both versions that quote one remark whole: the words each sets inside
    quote marks (:func:`_remark`), :data:`QUOTED_ECHO` or more, are the same words in both and in no other sentence of
    either version, and both name one speaker next to a verb of saying (:func:`_speakers`). A short remark copied
    word for word (``"We knew the dock,"``) need hold no two lower-case content words (:func:`_copied_quote`) when
    the same speaker says it whole on both sides; the words around it (a title, an outlet) may differ. Never two
    sentences that tell two facts (:meth:`_Candidates.apart`).

    Example
    -------
    >>> a = ['"We knew the dock," said Jo Lee, a former pilot who leads the new group.']
    >>> b = ['The group, with Jo Lee, a former harbour pilot, and others who leads it.',
    ...      '"We knew the dock," Lee said.']
    >>> _same_remark(_Candidates(a, b), set())
    [(0, 1)]
    """
    placed_a, placed_b = _placed(pairs)
    extra = []
    for i, j, _ in found.pairs:
        if i in placed_a or j in placed_b:
            continue
        remark = _remark(found.read_a[i])
        if len(remark) < QUOTED_ECHO or remark != _remark(found.read_b[j]):
            continue
        if not found.read_a.speakers(i) & found.read_b.speakers(j) or found.apart(i, j):
            continue
        if _told_in_one(found.words_a, remark) and _told_in_one(found.words_b, remark):
            extra.append((i, j))
    return [(i, j) for i, j, _ in pair_one_to_one([(i, j, 1.0) for i, j in extra], 0.0)]


def _remark(read: list[tuple[str, bool, bool]]) -> list[str]:
    """The words a sentence (its :func:`_reading`) sets inside quote marks when they form one run, else none.

    Example
    -------
    >>> _remark(_reading('"We knew the dock," Lee said.')), _remark(_reading('"We" knew "the dock"'))
    (['we', 'knew', 'the', 'dock'], [])
    """
    inside = [k for k, (_, quoted, _) in enumerate(read) if quoted]
    if not inside or inside[-1] - inside[0] + 1 != len(inside):
        return []
    return [read[k][0] for k in inside]


def _retold_quotes(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links between sentences left over in both versions when one retells the other's quotation as
    indirect speech: :data:`RETOLD_QUOTE` lower-case content words quoted in one (:func:`_reading`, compared
    on stems) are written in the other outside quote marks (words two quotations share are two remarks' common words:
    ``think``, ``want``, ``try``), both report speech (a reporting verb) naming one speaker (:func:`_speakers`);
    paired one to one (the most words retold).

    Example
    -------
    >>> a = ['"A public hearing would best protect the privacy of the witnesses," Lee wrote.']
    >>> b = ['Lee said so.', 'A hearing in public, Lee argued, would protect the witnesses and their privacy.']
    >>> _retold_quotes(_Candidates(a, b), set())
    [(0, 1)]
    """
    placed_a, placed_b = _placed(pairs)
    scored = []
    for i, j, _ in found.pairs:
        if i in placed_a or j in placed_b:
            continue
        read_a, read_b = found.read_a[i], found.read_b[j]
        quoted_a, quoted_b = _quoted(read_a), _quoted(read_b)
        plain_a, plain_b = ({stem(w) for w, _, lower in read if lower} for read in (read_a, read_b))
        retold = len((quoted_a & (plain_b - quoted_b)) | (quoted_b & (plain_a - quoted_a)))
        if retold >= RETOLD_QUOTE and found.read_a.speakers(i) & found.read_b.speakers(j):
            scored.append((i, j, float(retold)))
    return [(i, j) for i, j, _ in pair_one_to_one(scored, 0.0)]


def _told_once(found: _Candidates, links: dict[int, int], pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links between sentences left over in both versions that tell one fact in words found in no other
    sentence of either version (:attr:`_Candidates.once`, versions of :data:`TOLD_ONCE_OF` sentences or
    more): :data:`MIN_COMMON` such stems (``nearly 90``, ``Jesuit``, ``Washington``; :data:`TOLD_ONCE_IN_ORDER` when
    the two lie in order between neighbours linked in order, :func:`_in_order`, moved links left out; words that
    date an event, :data:`_DATING`, not counted) with a similarity of :data:`TOLD_ONCE_SIMILARITY` (anywhere, a name
    and a word apart from it among two such stems are enough below it: they anchor one fact however long the two
    sentences run and wherever they lie, :func:`_anchored`), or a phrase
    quoted in one (:func:`_phrases`) written word for word in the other when the two lie in order between linked
    neighbours (a set phrase written far apart is not one quotation) or, anywhere, quoted in both (one remark quoted
    by two versions in two places), or a run of words quoted in one version only and copied into the other's reporting
    anywhere (:func:`_copied_quote`); stems sharing one name alone are no fact (:func:`_one_name`), nor one name with
    its title (:func:`_one_title`). Never two
    sentences that tell two facts (:meth:`_Candidates.apart`), nor two
    writing other figures (:meth:`_Candidates.other_figures`: ``a 36-yard kick``, ``a 48-yard kick``). Words told
    once on each side pick out one pair: no pairing is needed, and a sentence quoting two phrases told apart in the
    other version is linked to both.

    Example
    -------
    >>> filler = [f"Stall {n} opened late." for n in range(TOLD_ONCE_OF)]
    >>> a = ["Nearly 90 fishermen from the Breton coast wrote to the mayor."] + filler
    >>> b = filler + ["The mayor got a letter signed by nearly 90 people who fish off the Breton coast."]
    >>> _told_once(_Candidates(a, b), {}, set())
    [(0, 12)]
    """
    if max(len(found.size_a), len(found.size_b)) < TOLD_ONCE_OF:
        return []
    placed_a, placed_b = _placed(pairs)
    gaps = _Gaps(dict(_in_order(list(links.items()), found.similarity)), len(found.size_a), len(found.size_b))
    extra = []
    for i, j, sim in found.pairs:
        if i in placed_a or j in placed_b:
            continue
        in_order = gaps.fits(i, j)
        told = _told_in_both(found, i, j)
        close = sim >= TOLD_ONCE_SIMILARITY
        once = (len(told) >= MIN_COMMON and close and not _one_thing(found, i, j, told)
                and not _one_name(found, i, j)) or (
            len(told) >= TOLD_ONCE_IN_ORDER and (
            (in_order and close) or _anchored(found, i, j, told)) and _lower_in_common(found, i, j))
        quoted = _quoted_once(found, i, j, both=not in_order) or _copied_quote(found, i, j)
        if (once or quoted) and not found.apart(i, j) and not found.other_figures(i, j) and not _one_title(found, i, j):
            extra.append((i, j))
    return extra


def _linked_anchors(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links between two sentences each linked already to another sentence of the other version, or a sentence left
    over and the partner of its linked neighbour (:func:`_beside`), that share
    :data:`MIN_COMMON` stems told once (:attr:`_Candidates.once`, versions of :data:`TOLD_ONCE_OF` sentences or more;
    words that date an event, :data:`_DATING`, not counted), a name and a word apart from it among them
    (:func:`_anchored`), and a word written in lower case in both: a sentence that retells the fact of a second
    sentence of the other version besides its own (a merge or split whose parts were each linked elsewhere, or one
    part linked: a list of names told in two sentences and in one). Never two
    sentences that tell two facts (:meth:`_Candidates.apart`), nor two writing other figures
    (:meth:`_Candidates.other_figures`).

    Example
    -------
    >>> filler = [f"Stall {n} opened late." for n in range(TOLD_ONCE_OF)]
    >>> a = ["Zhao Zicong, 5, fell into a deserted well on a farm in Hebei.", "Crews brought diggers."] + filler
    >>> b = ["A boy fell down a well.", "His family said Zhao Zicong slipped into the deserted shaft."] + filler
    >>> _linked_anchors(_Candidates(a, b), {(0, 0), (1, 1)})
    [(0, 1)]
    >>> a = ["Elm and Oak signed the pact.", "Others who signed include Jo Lee of Elm and Al Ruiz of Oak."] + filler
    >>> b = ["The pact was signed by Elm and Oak as well as by Al Ruiz of Oak and Jo Lee of Elm."] + filler
    >>> _linked_anchors(_Candidates(a, b), {(0, 0)})
    [(1, 0)]
    """
    if max(len(found.size_a), len(found.size_b)) < TOLD_ONCE_OF:
        return []
    placed_a, placed_b = _placed(pairs)
    extra = []
    for i, j, _ in found.pairs:
        linked = i in placed_a and j in placed_b
        if (i, j) in pairs or not (linked or (i in placed_a) != (j in placed_b) and _beside(pairs, i, j)):
            continue
        told = _told_in_both(found, i, j)
        if len(told) >= MIN_COMMON and _anchored(found, i, j, told) and _lower_in_common(found, i, j) and \
                not found.apart(i, j) and not found.other_figures(i, j):
            extra.append((i, j))
    return extra


def _told_in_both(found: _Candidates, i: int, j: int) -> frozenset:
    """The stems sentence i of A and j of B share that no other sentence of either version tells
    (:attr:`_Candidates.once`), words that date an event (:data:`_DATING`) left out: what :func:`_told_once` and
    :func:`_linked_anchors` weigh.

    Example
    -------
    >>> filler = [f"Stall {n} opened late." for n in range(TOLD_ONCE_OF)]
    >>> found = _Candidates(["Gales tore slates off roofs in Brittany on Monday."] + filler,
    ...                     ["Slates littered Brittany on Monday."] + filler)
    >>> sorted(_told_in_both(found, 0, 0))
    ['britt', 'slate']
    """
    return found.stems_a[i] & found.stems_b[j] & found.once - _DATING - _two_names(found, i, j)


def _two_names(found: _Candidates, i: int, j: int) -> set[str]:
    """The stems sentence i of A and j of B share that both write with a capital only, as two words neither of which
    opens the other (``Lee's`` and ``Lee``, ``Elmbook`` and ``Elmbook-shaped`` are one name): ``Liberia`` and
    ``Liberty`` are cut to one stem but name two things.

    Example
    -------
    >>> found = _Candidates(["Aid went to Liberia and to Lee's port."], ["A nurse flew into Liberty Airport from Lee."])
    >>> sorted(_two_names(found, 0, 0))
    ['liber']
    """
    names = found.stems_a[i] & found.stems_b[j] - found.read_a.lowered(i) - found.read_b.lowered(j)
    return {n for n in names if not any(x.startswith(y) or y.startswith(x) for x in found.seq_a[i] if stem(x) == n
                                        for y in found.seq_b[j] if stem(y) == n)}


def _one_thing(found: _Candidates, i: int, j: int, told: frozenset) -> bool:
    """Whether the stems ``told`` once that sentence i of A and j of B share lie in one run of words in one of them,
    opened by a name (written with a capital in both), and in two runs or more in the other: ``the Elm Cup rowing
    regatta`` against ``the Elm Cup, a rowing regatta`` names what the two speak of (a name and what it is, set off in
    one), not a fact they both tell.

    Example
    -------
    >>> found = _Candidates(["Police guarded the Elm Cup, a big rowing regatta held each June."],
    ...                     ["She said the Elm Cup rowing regatta had passed off calmly."])
    >>> _one_thing(found, 0, 0, frozenset({"elm", "cup", "rowin", "regat"}))
    True
    >>> found = _Candidates(["Rowing crews at the Elm Cup sank."], ["Two crews sank at the Elm Cup on Friday."])
    >>> _one_thing(found, 0, 0, frozenset({"elm", "cup", "crews", "sank"}))
    False
    """
    names = told - found.read_a.lowered(i) - found.read_b.lowered(j)
    runs = [(_runs(seq, told), _first_told(seq, told)) for seq in (found.seq_a[i], found.seq_b[j])]
    return any(count == 1 and first[0] in names and other > 1 for (count, first), (other, _) in (runs, runs[::-1]))


def _anchored(found: _Candidates, i: int, j: int, told: frozenset) -> bool:
    """Whether the stems ``told`` once that sentence i of A and j of B share hold a name (written with a capital in
    both; a reporting verb is no name) and lie in two places apart in each sentence (:func:`_runs`): a place and a
    word of the fact (``Brittany``, ``slates``) anchor one fact however long the two sentences run and wherever they
    lie; a name of two words (``Brittany Ferries``) is one anchor, who, not what.

    Example
    -------
    >>> found = _Candidates(["Gales hit Brittany and tore slates off roofs.", "Brittany Ferries cut crossings."],
    ...                     ["Slates littered gardens in Brittany.", "Brittany Ferries shut its office."])
    >>> _anchored(found, 0, 0, frozenset({"britt", "slate"})), _anchored(found, 1, 1, frozenset({"britt", "ferri"}))
    (True, False)
    """
    if not told - found.read_a.lowered(i) - found.read_b.lowered(j) - _REPORTING:
        return False
    return min(_runs(found.seq_a[i], told), _runs(found.seq_b[j], told)) > 1


def _told_figure(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links between sentences left over in both versions that share a figure (a stem opening with a digit:
    ``2005``, ``four`` read as ``4``) found in no other sentence of either version (:attr:`_Candidates.once`) and
    :data:`FIGURE_COMMON` content words written in lower case in both (:func:`_lower_in_common`), and lie in order
    between neighbours linked in order (:func:`_in_order`): one fact told with its figure (``a 2005 video``, ``a
    tape from 2005``), however reworded; anywhere in the story when the two reach :data:`MOVED_FIGURE_SIMILARITY` and
    a lower-case word of theirs (not one dating an event, :data:`_DATING`) is told once too (one sentence moved and
    reworded), or count one thing alike (:func:`_moved_figure`). A sentence left over joins a linked one on such a
    figure and :data:`MIN_COMMON` such words, wherever each lies (a clause copied with its figure into a sentence that
    tells another fact too: ``values the old pier at $4.2m``); two linked sentences keep the partners their words
    chose (a figure told beside one may be a detail of its own). Two sentences left over in both versions that share
    more figures are linked anywhere, whatever words in lower case they share, when each is the other's closest
    sentence by rare words (:func:`_figures_alike`). Never two sentences that tell two facts
    (:meth:`_Candidates.apart`).

    Example
    -------
    >>> a = ["Lee won.", "She cited a 2005 video in which the mayor mocked harbour workers.", "Ruiz lost."]
    >>> b = ["Lee won.", "The harbour crews were mocked on a tape from 2005, she said.", "Ruiz lost."]
    >>> _told_figure(_Candidates(a, b), {(0, 0), (2, 2)})
    [(1, 1)]
    >>> b = ["Lee won.", "Ruiz lost after a 2005 video of the mayor mocking harbour workers came out."]
    >>> _told_figure(_Candidates(a, b), {(0, 0), (2, 1)})
    [(1, 1)]
    """
    placed_a, placed_b = _placed(pairs)
    gaps = _Gaps(dict(_in_order(sorted(pairs), found.similarity)), len(found.size_a), len(found.size_b))
    figures = [w for w in found.once if w[:1].isdigit()]
    where_a = {w: i for i, stems in enumerate(found.stems_a) for w in figures if w in stems}
    where_b = {w: j for j, stems in enumerate(found.stems_b) for w in figures if w in stems}
    extra = set()
    for w in figures:
        i, j = where_a[w], where_b[w]
        lower = _lower_in_common(found, i, j)
        free = i not in placed_a and j not in placed_b
        joins = (i in placed_a) != (j in placed_b) and len(lower) >= MIN_COMMON  # a left-over and a linked one
        if not (free or joins) or found.apart(i, j):
            continue
        if free and _figures_alike(found, i, j) or _figure_placed(found, (i, j), w, lower, joins or gaps.fits(i, j)):
            extra.add((i, j))
    return sorted(extra)


def _figure_placed(found: _Candidates, pair: tuple[int, int], figure: str, lower: set[str], placed: bool) -> bool:
    """Whether the two sentences of ``pair``, sharing ``figure`` told once and the words in lower case ``lower``, tell
    one fact: :data:`FIGURE_COMMON` such words and ``placed`` (one of the two linked already, or the two in order
    between linked neighbours), or moved (:func:`_moved_figure`)."""
    return len(lower) >= FIGURE_COMMON and (placed or _moved_figure(found, *pair, figure, lower))


def _figures_alike(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B share :data:`FIGURES_ALIKE` figures (stems opening with a digit; a group of
    zeros, the ``000`` of ``20,000``, no figure of its own) and are each other's closest sentence by rare words
    (:func:`_closest_by_rare`): one fact told by its figures, however reworded around them (``20,000 ..., the fewest
    since March 2019`` and ``The 20,000 gain was the lowest since March 2019``).

    Example
    -------
    >>> found = _Candidates(["Kim was 7 of 16 for 83 yards.", "Elm won."],
    ...                     ["Elm won.", "Kim had only 83 yards, completing seven out of 16 passes."])
    >>> _figures_alike(found, 0, 1), _figures_alike(found, 1, 0)
    (True, False)
    >>> _figures_alike(_Candidates(["Elm hired 20,000 staff."], ["Oak hired 20,000 staff."]), 0, 0)
    False
    """
    figures = {w for w in found.stems_a[i] & found.stems_b[j] if w[:1].isdigit() and w.strip("0")}
    return len(figures) >= FIGURES_ALIKE and _closest_by_rare(found, 0, i) == j and _closest_by_rare(found, 1, j) == i


def _moved_figure(found: _Candidates, i: int, j: int, figure: str, lower: set[str]) -> bool:
    """Whether sentence i of A and j of B, sharing ``figure`` told once and the words in lower case ``lower``, tell
    one fact wherever each lies: they reach :data:`MOVED_FIGURE_SIMILARITY` and a word of ``lower`` (not one dating
    an event, :data:`_DATING`) is told once too, or they count one thing alike (:func:`_counted_alike`)."""
    if found.similarity(i, j) >= MOVED_FIGURE_SIMILARITY and lower & found.once - _DATING:
        return True
    return _counted_alike(found, i, j, figure, lower)


def _counted_alike(found: _Candidates, i: int, j: int, figure: str, lower: set[str]) -> bool:
    """Whether ``figure`` (digits alone, fewer than four: a count, no year) counts a word written in lower case that
    sentence i of A and j of B share (``lower``), right after it in one of them, and both write the figure before
    those words, in one order: ``four boats sank`` and ``Four Elm boats sank`` count one thing and tell what befell
    it, wherever each version tells it.

    Example
    -------
    >>> found = _Candidates(["The storm hit Elm, where four boats sank and two piers broke."],
    ...                     ["Four Elm fishing boats sank in the storm.", "The 19-year-old sank two putts in Elm."])
    >>> _counted_alike(found, 0, 0, "4", {"boats", "sank"}), _counted_alike(found, 0, 1, "19", {"sank"})
    (True, False)
    """
    if not (figure.isdigit() and len(figure) < 4):
        return False
    seqs = found.seq_a[i], found.seq_b[j]
    orders = [_first_told(seq, frozenset({figure, *lower})) for seq in seqs]
    counted = any(stem(seq[k + 1]) in lower for seq in seqs for k, w in enumerate(seq[:-1]) if stem(w) == figure)
    return counted and orders[0] == orders[1] and orders[0][0] == figure


def _mutual_best(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links between sentences left over in both versions that are each other's most similar sentence
    (:func:`_most_similar`, linked sentences included) with a similarity of :data:`MUTUAL`, share :data:`MIN_COMMON`
    stems, one of them written in lower case in both (:func:`_lower_in_common`), and lie in place
    (:func:`_between_neighbours`): one sentence reworded where it stood (``left it parked overseas``, ``park money
    overseas``). Never two sentences that tell two facts (:meth:`_Candidates.apart`) or share one name with its title
    alone (:func:`_one_title`).

    Example
    -------
    >>> a = ["Lee won the vote.", "Firms used to leave their cash parked overseas to avoid the tax.", "Ruiz lost."]
    >>> b = ["Lee won the vote.", "Firms found ways to park cash overseas legally.", "Ruiz lost."]
    >>> _mutual_best(_Candidates(a, b), {(0, 0), (2, 2)})
    [(1, 1)]
    """
    placed_a, placed_b = _placed(pairs)
    best_a, best_b = _most_similar(found.pairs, 0), _most_similar(found.pairs, 1)
    extra = []
    for i, (sim, j) in best_a.items():
        if i in placed_a or j in placed_b or best_b[j][1] != i or sim < MUTUAL:
            continue
        if len(found.stems_a[i] & found.stems_b[j]) < MIN_COMMON or not _lower_in_common(found, i, j):
            continue
        if _between_neighbours(pairs, i, j) and not found.apart(i, j) and not _one_title(found, i, j):
            extra.append((i, j))
    return extra


def _lower_folded(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of sentences still left over to their most similar sentence of the other version
    (:func:`_most_similar`), linked already or left over too, when that one holds every content word the left-over
    sentence writes in lower case (:func:`_reading`), :data:`MIN_COMMON` of them or more, whatever names it adds: a
    detail broken out of a sentence, or folded into one, or a short sentence retold inside a longer one (names tell
    who, not what). Never two sentences that tell two facts (:meth:`_Candidates.apart`).

    Example
    -------
    >>> a = ["A harbour guard, who is also a diver, found the stolen boat at dawn."]
    >>> b = ["The guard found the stolen boat.", "Kim Lee and the harbour guard are divers."]
    >>> _lower_folded(_Candidates(a, b), {(0, 0)})
    [(0, 1)]
    >>> a = ["Rain fell.", "The mayor set a deadline of May 1 for the talks and said the union must reply."]
    >>> _lower_folded(_Candidates(a, ["Rain fell.", "Kim Lee set a May 1 deadline for the talks."]), {(0, 0)})
    [(1, 1)]
    """
    placed = _placed(pairs)
    extra = []
    for side, (read, stems) in enumerate(((found.read_a, found.stems_b), (found.read_b, found.stems_a))):
        for k, (_, q) in _most_similar(found.pairs, side).items():
            lower = _lowered(read[k])
            pair = (k, q) if side == 0 else (q, k)
            if k in placed[side] or len(lower) < MIN_COMMON or not lower <= stems[q]:
                continue
            if not found.apart(*pair):
                extra.append(pair)
    return extra


def _quotation_rest(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of sentences still left over to the partner of a linked neighbour (the sentence before or after) when
    that partner is their most similar sentence (:func:`_most_similar`) and the two share a run of
    :data:`QUOTED_ECHO` words or more, one after another, inside quote marks in both, one of them a content word
    written in lower case in both: the rest of a quotation that one version cut into two sentences (``"When the
    dust settles, he will be vindicated," he added.`` after the link of ``Lee said "he will be vindicated."``).

    Example
    -------
    >>> a = ['Lee denied it in court and said "he will be vindicated."']
    >>> b = ["Lee denied it in court.", '"When the dust settles, he will be vindicated," he added.']
    >>> _quotation_rest(_Candidates(a, b), {(0, 0)})
    [(0, 1)]
    """
    placed = _placed(pairs)
    next_to = ({}, {})
    for i, j in pairs:
        for side, mine, other in ((0, i, j), (1, j, i)):
            for k in (mine - 1, mine + 1):
                next_to[side].setdefault(k, set()).add(other)
    extra = []
    for side, (read, other) in enumerate(((found.read_a, found.read_b), (found.read_b, found.read_a))):
        for k, (_, q) in _most_similar(found.pairs, side).items():
            if k in placed[side] or q not in next_to[side].get(k, ()):
                continue
            pair = (k, q) if side == 0 else (q, k)
            if _quoted_in_both(read[k], other[q]) and not found.apart(*pair):
                extra.append(pair)
    return extra


def _quotation_part(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of sentences still left over, one part of a quotation run on across a sentence break (:func:`_runs_on`),
    to the partners of its other part when the two share :data:`QUOTATION_PART` stems written in lower case or more
    (:func:`_lowered`): one speaker's remark cut in two sentences, told in one by the other version (``Kim said she
    was in touch with the police and her thoughts were with the injured.``). Never two sentences that tell two facts
    (:meth:`_Candidates.apart`).

    Example
    -------
    >>> a = ['Kim said: "I am in touch with the police.', 'My thoughts are with the injured."']
    >>> b = ["Kim said she was in touch with the police and her thoughts were with the injured."]
    >>> _quotation_part(_Candidates(a, b), {(0, 0)})
    [(1, 0)]
    """
    placed = _placed(pairs)
    extra = []
    for side, (read, other) in enumerate(((found.read_a, found.read_b), (found.read_b, found.read_a))):
        partners = _partners(pairs, side)
        for k in (k for k in range(len(read.texts) - 1) if _runs_on(read, k)):
            for mine, rest in ((k, k + 1), (k + 1, k)):
                for q in sorted(partners.get(rest, ())) if mine not in placed[side] else ():
                    pair = (mine, q) if side == 0 else (q, mine)
                    shared = read.lowered(mine) & other.lowered(q)
                    if len(shared) >= QUOTATION_PART and not found.apart(*pair):
                        extra.append(pair)
    return extra


def _runs_on(read: "_Readings", k: int) -> bool:
    """Whether sentence ``k`` of a version (its :class:`_Readings`) ends inside a quotation, no closing mark at its
    end, that the next sentence goes on with from its first character: one quotation cut in two sentences.

    Example
    -------
    >>> texts = ['Kim said: "We stay.', 'We win."', '"We go," Lee said.']
    >>> read = _Readings(texts, [[] for _ in texts], _quotations(texts))
    >>> _runs_on(read, 0), _runs_on(read, 1)
    (True, False)
    """
    text, spans, after = read.texts[k].rstrip(), read.quoted[k], read.quoted[k + 1]
    if not spans or not after or text.endswith(_CLOSING) or spans[-1][1] < len(text):
        return False
    return not read.texts[k + 1][:after[0][0]].strip()


def _beside_link(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of two sentences left over in both versions that lie on one side of the two sentences of one link (both
    just before it, or both just after it), read as a gap between links in place (:func:`_in_place_common`): a copy
    rewording one sentence beside the ones it kept, whatever else lies farther off.

    Example
    -------
    >>> a = ["Rain fell on the port.", "Crews on Sunday cleared two roads, aided by army trucks.", "The port shut."]
    >>> b = ["The port shut.", "Rain fell on the port.", "On Sunday, with army trucks, crews cleared the roads."]
    >>> _beside_link(_Candidates(a, b), {(0, 1), (2, 0)})
    [(1, 2)]
    """
    placed_a, placed_b = _placed(pairs)
    scored = []
    for i, j in pairs:
        for k, m in ((i - 1, j - 1), (i + 1, j + 1)):
            if k in placed_a or m in placed_b or m not in found.of_a.get(k, ()):
                continue
            if found.weighted(k, m) >= GAP_RARE and (common := _in_place_common(found, k, m, False)):
                scored.append((k, m, float(common)))
    return [(i, j) for i, j, _ in pair_one_to_one(scored, 0.0)]


def _beside_partner(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of a sentence left over to the partner of a linked neighbour (the sentence before or after it) that
    retells it in part (:func:`_partner_part`): a merge or split with one part linked, the words the two share
    told in other sentences too (unlike :func:`_partner_tells`). Never two sentences that tell two facts
    (:meth:`_Candidates.apart`).

    Example
    -------
    >>> a = ["Fog closed the port.", "Lee is 12 points clear of Kim in the title race and will win if he wins here."]
    >>> b = ["Fog closed the port.", "Kim trails Lee by 12 points in the title race.",
    ...      "Lee can take the title if he wins the race or scores more points than Kim."]
    >>> _beside_partner(_Candidates(a, b), {(0, 0), (1, 1)})
    [(1, 2)]
    """
    placed = _placed(pairs)
    extra = {pair for side, k, mine, other, pair in _next_to_links(pairs)
             if k not in placed[side] and pair in found.sim and _partner_part(found, side, k, mine, other)}
    return sorted(pair for pair in extra if not found.apart(*pair))


def _partner_part(found: _Candidates, side: int, k: int, mine: int, other: int) -> bool:
    """Whether sentence ``k`` of one version (side 0: A), beside the sentence ``mine`` linked to ``other``, is told
    in part by ``other``: similarity :data:`GAP_LINK` or more and :data:`PARTNER_SHARE` of the link's or more,
    rare-word similarity :data:`GAP_RARE` or more, ``other`` its closest sentence by rare words
    (:func:`_closest_by_rare`), :data:`MIN_COMMON` stems written in lower case in both (:func:`_lowered`), one at
    least that ``mine`` does not write, told in ``other`` after ``mine``'s words when ``k`` follows ``mine`` (before
    when it comes first, :func:`_told_past`): see :func:`_beside_partner`."""
    pair, link = ((k, other), (mine, other)) if side == 0 else ((other, k), (other, mine))
    if found.sim[pair] < max(GAP_LINK, PARTNER_SHARE * found.similarity(*link)) or found.weighted(*pair) < GAP_RARE:
        return False
    read, read_other = (found.read_a, found.read_b) if side == 0 else (found.read_b, found.read_a)
    (stems, _), (others, seq_other) = ((found.stems_a, found.seq_a), (found.stems_b, found.seq_b))[::1 - 2 * side]
    told = read.lowered(k) & read_other.lowered(other)
    beyond = frozenset(told - stems[mine])
    return (len(told) >= MIN_COMMON and bool(beyond) and _closest_by_rare(found, side, k) == other
            and _told_past(seq_other[other], beyond, stems[mine] & others[other], k > mine))

def _hashtagged(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of two sentences left over in both versions that write one hashtag found in no other sentence of either
    version (:func:`newskit.text.tokens.hashtags`): the tag names one post, however the two tell it (the post's last
    line quoted in one, ``her post ended with "#floodwatch"`` in the other).

    Example
    -------
    >>> a = ["Rain fell.", "Stay dry, friends! #floodwatch"]
    >>> b = ["Rain fell.", 'Kim Lee closed her post with "#FloodWatch."', "Roads shut."]
    >>> _hashtagged(_Candidates(a, b), {(0, 0)})
    [(1, 1)]
    """
    placed = _placed(pairs)
    tags = []
    for texts in (found.texts_a, found.texts_b):
        read = [hashtags(text) for text in texts]
        count = Counter(tag for found_tags in read for tag in found_tags)
        tags.append({tag: k for k, found_tags in enumerate(read) for tag in found_tags if count[tag] == 1})
    links = {(i, tags[1][tag]) for tag, i in tags[0].items() if tag in tags[1]}
    return sorted((i, j) for i, j in links if i not in placed[0] and j not in placed[1])


def _neighbour_echo(found: _Candidates, pairs: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Links of sentences still left over to the partner of a linked neighbour (the sentence before or after) when
    the two share a run of :data:`QUOTED_ECHO` words or more, one after another (:func:`_longest_run`), two of them
    content words written in lower case in both, and that neighbour, writing more content words, writes the same run,
    its lower-case words told in no other sentence of either version (:func:`_echoes_neighbour`): a line that retells,
    in short, a fact its neighbour tells in full (``The blast was followed by gunfire.`` before ``A car bomb started
    the attack, followed by gunfire and a fire.``; a longer line tells more than that phrase: another fact). Never two
    sentences that tell two facts (:meth:`_Candidates.apart`).

    Example
    -------
    >>> a = ["A car bomb started the attack at the wall, followed by gunfire and a fire."]
    >>> b = ["The blast was followed by gunfire, witnesses said.", "A car bomb started the attack at the wall, "
    ...      "followed by gunfire and a fire inside."]
    >>> _neighbour_echo(_Candidates(a, b), {(0, 1)})
    [(0, 0)]
    """
    placed = _placed(pairs)
    extra = set()
    for side, k, mine, other, pair in _next_to_links(pairs):
        if k in placed[side] or not 0 <= k < len((found.texts_a, found.texts_b)[side]):
            continue
        if _echoes_neighbour(found, side, k, mine, other) and not found.apart(*pair):
            extra.add(pair)
    return sorted(extra)


def _echoes_neighbour(found: _Candidates, side: int, k: int, mine: int, other: int) -> bool:
    """Whether sentence ``k`` of one version (side 0: A) and sentence ``other`` of the other version share a run of
    :data:`QUOTED_ECHO` words or more, two of them content words written in lower case in both, that sentence ``mine``
    of k's version, writing more content words than ``k``, writes too, those lower-case words (their stems) told in no
    sentence but these three (a phrase of one fact, not the story's topic: ``followed by gunfire``, not ``the harbour
    tax``)."""
    read, read_other = (found.read_a, found.read_b) if side == 0 else (found.read_b, found.read_a)
    stems, stems_other = (found.stems_a, found.stems_b) if side == 0 else (found.stems_b, found.stems_a)
    run, run_other = _longest_run(read[k], read_other[other])
    lower = {stem(w) for (w, _, low), (_, _, low_other) in zip(run, run_other) if low and low_other}
    if len(run) < QUOTED_ECHO or len(lower) < 2 or not _holds([w for w, _, _ in read[mine]], [w for w, _, _ in run]):
        return False
    if len(stems[k]) >= len(stems[mine]):
        return False
    told = [n for n, found_stems in enumerate(stems) if lower & found_stems]
    told_other = [n for n, found_stems in enumerate(stems_other) if lower & found_stems]
    return set(told) <= {k, mine} and told_other == [other]


def _quoted_in_both(mine: list[tuple[str, bool, bool]], other: list[tuple[str, bool, bool]]) -> bool:
    """Whether two sentences (their :func:`_reading`) share a run of :data:`QUOTED_ECHO` words or more
    (:func:`_longest_run`), inside quote marks in both, one of them a content word written in lower case in both.

    Example
    -------
    >>> _quoted_in_both(_reading('"He will be vindicated."'), _reading('Lee said "he will be vindicated" soon.'))
    True
    >>> _quoted_in_both(_reading('"He will be vindicated."'), _reading('Lee said he will be vindicated.'))
    False
    """
    runs = list(zip(*_longest_run(mine, other)))
    return len(runs) >= QUOTED_ECHO and all(x[1] and y[1] for x, y in runs) and any(x[2] and y[2] for x, y in runs)


def _most_similar(scored: list[tuple[int, int, float]], side: int) -> dict[int, tuple[float, int]]:
    """For each sentence of A (``side`` 0) or B (1) among scored pairs ``(i, j, similarity)``, its largest
    similarity and the sentence of the other version that reaches it (the first on ties).

    Example
    -------
    >>> _most_similar([(0, 0, 0.2), (0, 1, 0.5), (1, 1, 0.4)], 1)
    {0: (0.2, 0), 1: (0.5, 0)}
    """
    best: dict[int, tuple[float, int]] = {}
    for pair in scored:
        mine, other, sim = pair[side], pair[1 - side], pair[2]
        if sim > best.get(mine, (-1.0, 0))[0]:
            best[mine] = (sim, other)
    return best


def _between_neighbours(pairs: set[tuple[int, int]], i: int, j: int) -> bool:
    """Whether sentence ``j`` of B lies between the partners of the linked sentences of A next to ``i``: the
    nearest linked one before ``i`` has a partner before ``j``, the nearest after has one after it (a link
    moved elsewhere in the story does not stand between them).

    Example
    -------
    >>> links = {(0, 0), (2, 5), (3, 3)}
    >>> _between_neighbours(links, 1, 4), _between_neighbours(links, 1, 6), _between_neighbours(links, 4, 4)
    (True, False, False)
    """
    before = [(k, m) for k, m in pairs if k < i]
    after = [(k, m) for k, m in pairs if k > i]
    if not before or not after:
        return False
    last, first = max(k for k, _ in before), min(k for k, _ in after)
    return (min(m for k, m in before if k == last) < j) and (max(m for k, m in after if k == first) > j)


def _quoted_once(found: _Candidates, i: int, j: int, both: bool = False) -> bool:
    """Whether sentence i of A and j of B share a phrase quoted in one of them (:func:`_phrases`), in both when
    ``both``, that no other sentence of either version holds.

    Example
    -------
    >>> a = ['She called it an "act of hate" on Sunday.']
    >>> _quoted_once(_Candidates(a, ['Both spoke of an "act of hate."']), 0, 0, both=True)
    True
    >>> plain = _Candidates(a, ["It was an act of hate."])
    >>> _quoted_once(plain, 0, 0), _quoted_once(plain, 0, 0, both=True)
    (True, False)
    """
    words_a, words_b = found.words_a, found.words_b
    phrases_a, phrases_b = _phrases(found.read_a[i]), _phrases(found.read_b[j])
    runs = [run for run in phrases_a if _holds(words_b[j], run) and (not both or _quoted_in(phrases_b, run))]
    runs += [run for run in phrases_b if _holds(words_a[i], run) and (not both or _quoted_in(phrases_a, run))]
    return any(_told_in_one(words_a, run) and _told_in_one(words_b, run) for run in runs)


def _copied_quote(found: _Candidates, i: int, j: int) -> bool:
    """Whether sentence i of A and j of B share a run of :data:`QUOTED_ECHO` words or more, one after another
    (:func:`_longest_run`), set inside quote marks in one of them only, holding two content words written in lower
    case in both, one of them told in no other sentence of either version (:attr:`_Candidates.once`) and not a word of
    a count or its hedge (:data:`_COUNTING`: ``at least nine people`` tells how many, not what), the run itself found
    in no other sentence: a quoted phrase copied into reporting, wherever each version tells it.

    Example
    -------
    >>> a = ["Its profit fell as it recalculated the value of its deferred tax assets."]
    >>> b = ["The charge covers 'the remeasurement of deferred tax assets at lower rates.'", "The tax rose."]
    >>> _copied_quote(_Candidates(a, b), 0, 0), _copied_quote(_Candidates(a, ["The deferred tax assets fell."]), 0, 0)
    (True, False)
    """
    run_a, run_b = _longest_run(found.read_a[i], found.read_b[j])
    quoted_a, quoted_b = (all(inside for _, inside, _ in run) for run in (run_a, run_b))
    lower = {stem(x[0]) for x, y in zip(run_a, run_b) if x[2] and y[2]}
    if len(run_a) < QUOTED_ECHO or quoted_a == quoted_b or len(lower) < 2 or not lower & found.once - _COUNTING:
        return False
    run = [w for w, _, _ in run_a]
    return _told_in_one(found.words_a, run) and _told_in_one(found.words_b, run)


def _quoted_in(phrases: list[list[str]], run: list[str]) -> bool:
    """Whether ``run`` lies inside one of ``phrases`` (or holds one: a quotation cut shorter in one version)."""
    return any(_holds(phrase, run) or _holds(run, phrase) for phrase in phrases)


def _told_in_one(sentences: list[list[str]], run: list[str]) -> bool:
    """Whether one sentence only of ``sentences`` holds ``run``, its words one after another."""
    return sum(_holds(sentence, run) for sentence in sentences) == 1


def _phrases(read: list[tuple[str, bool, bool]], least: int = 2) -> list[list[str]]:
    """The runs of words a sentence (its :func:`_reading`) sets inside quote marks that hold ``least`` lower-case
    content words or more (``"reckless gamble"``; a quoted name or title alone does not tell a fact).

    Example
    -------
    >>> _phrases(_reading('Lee called it a "reckless gamble" on "Today".'))
    [['reckless', 'gamble']]
    """
    runs, run = [], []
    for word, quoted, lower in [*read, ("", False, False)]:
        if quoted:
            run.append((word, lower))
        elif run:
            runs.append(run)
            run = []
    return [[w for w, _ in run] for run in runs if sum(lower for _, lower in run) >= least]


def _lowered(read: list[tuple[str, bool, bool]]) -> set[str]:
    """The stems of the content words a sentence (its :func:`_reading`) writes in lower case: what it tells, its
    names left out.

    Example
    -------
    >>> sorted(_lowered(_reading('Lee said "tax cuts" would pass.')))
    ['cuts', 'pass', 'tax']
    """
    return {stem(w) for w, _, lower in read if lower}


def _quotes_a_remark(read: list[tuple[str, bool, bool]]) -> bool:
    """Whether a sentence (its :func:`_reading`) is a remark quoted: it opens inside quote marks, or its source and a
    verb of saying come first and the quotation runs from that verb to its end (``Jo Lee, the harbour master, said:
    "..."``); words of the sentence's own between the verb and the quotation tell a fact besides.

    Example
    -------
    >>> [_quotes_a_remark(_reading(text)) for text in ('Jo Lee, the port chief, said: "We are ready."',
    ...  'Jo Lee said "tax cuts" would pass.', 'Jo Lee said the tax was "a slip."')]
    [True, False, False]
    """
    if not read or read[0][1]:
        return bool(read)
    opening = next((k for k, (_, inside, _) in enumerate(read) if inside), len(read))
    return 0 < opening < len(read) and read[opening - 1][0] in REPORTING_WORDS and all(
        inside for _, inside, _ in read[opening:])


def _quoted(read: list[tuple[str, bool, bool]]) -> set[str]:
    """The stems of the lower-case content words a sentence (its :func:`_reading`) sets inside quote marks.

    Example
    -------
    >>> sorted(_quoted(_reading('Lee said "tax cuts" would pass.')))
    ['cuts', 'tax']
    """
    return {stem(w) for w, quoted, lower in read if quoted and lower}


def _speakers(text: str, quoted: list[tuple[int, int]] | None = None) -> set[str]:
    """The names (words written with a capital letter, outside quotations: :func:`_marked_words`) a sentence
    writes next to a reporting verb, one word between them at most (``Lee said``, ``Lee also wrote``,
    ``said Lee``), lower-cased.

    Example
    -------
    >>> sorted(_speakers('"Ask Kim," Lee also wrote in a letter to Ruiz.'))
    ['lee']
    """
    found = [(match.group(), inside) for match, inside in _marked_words(text, quoted)]
    verbs = [k for k, (w, inside) in enumerate(found) if not inside and w.lower() in REPORTING_WORDS]
    return {found[n][0].lower() for k in verbs for n in (k - 2, k - 1, k + 1, k + 2)
            if 0 <= n < len(found) and not found[n][1] and found[n][0][:1].isupper() and content_words([found[n][0].lower()])}


def _credit(text: str, quoted: list[tuple[int, int]] | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the content words of a credit set off at a sentence's end and those of its other content words:
    a source with its verb (:func:`newskit.sourcing.find_attributions`, quotations left out) in the sentence's second
    half, after a comma or a closing quote mark and :data:`CREDIT_LEAD` words at most (``his``, ``local police
    chief``), read to the sentence's end (the source's title, the outlet it spoke to) when no verb follows it (an
    auxiliary or a reporting verb: ``, as one paper notes, his district is ...`` goes on with the fact); words inside
    quote marks are never the credit's; a sentence with no reporting word (:data:`REPORTING_WORDS`) in its second half
    has none. A source named before what it said is left out: there the words of the source and of the fact are harder
    to tell apart.

    Example
    -------
    >>> [sorted(x) for x in _credit("The ferry ran aground near the pier, its captain told local media.")]
    [['capta', 'local', 'media', 'told'], ['agrou', 'ferry', 'near', 'pier', 'ran']]
    >>> [sorted(x) for x in _credit("A ministry spokesman in Oslo said the ferry ran aground.")]
    [[], ['agrou', 'ferry', 'minis', 'oslo', 'ran', 'said', 'spoke']]
    """
    quoted = _quotations([text])[0] if quoted is None else quoted
    cuts = []
    cued = any(2 * m.start() > len(text) and m.group().lower() in REPORTING_WORDS for m in WORD.finditer(text))
    for found in find_attributions(text, [(0, len(text))], sorted(quoted)) if cued else ():
        start = min(found["start"], found["mention_start"])
        before = text[:start]
        cut = max(before.rfind(","), *(before.rfind(mark) for mark in _CLOSING))
        after = {w.lower() for w in WORD.findall(text[found["end"]:])}
        if cut >= 0 and 2 * start > len(text) and len(WORD.findall(before[cut + 1:])) <= CREDIT_LEAD and not (
                after & (AUXILIARIES | REPORTING_WORDS)):
            cuts.append(cut)
    credit, told = set(), set()
    plain, bounds = comparison_form(text)
    for match, inside in _marked_words(text, quoted):
        at = bounds[match.start()]
        for word in content_words([match.group().lower()]):
            (credit if cuts and at > min(cuts) and not inside else told).add(stem(word))
    return frozenset(credit), frozenset(told)


class _Readings(dict):
    """The :func:`_reading` of each sentence of a version (``quoted``: the spans of each lying inside
    quotations), made when first asked for, the runs of :data:`ECHO` words of each (a cheap first test
    that two sentences may share one), the stems each writes in lower case (:func:`_lowered`) and the speakers
    each names (:func:`_speakers`), each found once."""

    def __init__(self, texts: list[str], sentence_words: list[list[str]], quoted: list[list[tuple[int, int]]],
                 told: frozenset[str] = frozenset()):
        super().__init__()
        self.texts, self.words, self.quoted, self.runs, self.told = texts, sentence_words, quoted, {}, told
        self.named: dict[int, set[str]] = {}
        self.lower: dict[int, set[str]] = {}
        self.credits: dict[int, tuple[frozenset[str], frozenset[str]]] = {}

    def lowered(self, k: int) -> set[str]:
        """The stems of the content words sentence ``k`` writes in lower case (:func:`_lowered`), found once."""
        if k not in self.lower:
            self.lower[k] = _lowered(self[k])
        return self.lower[k]

    def speakers(self, k: int) -> set[str]:
        """The speakers sentence ``k`` names next to a reporting verb (:func:`_speakers`), found once."""
        if k not in self.named:
            self.named[k] = _speakers(self.texts[k], self.quoted[k])
        return self.named[k]

    def credit(self, k: int) -> tuple[frozenset[str], frozenset[str]]:
        """The stems sentence ``k`` writes crediting a source and those it writes elsewhere (:func:`_credit`), found
        once."""
        if k not in self.credits:
            self.credits[k] = _credit(self.texts[k], self.quoted[k])
        return self.credits[k]

    def grams(self, k: int) -> set[tuple[str, ...]]:
        """The runs of :data:`ECHO` words, one after another, of sentence ``k``."""
        if k not in self.runs:
            w = self.words[k]
            self.runs[k] = {tuple(w[n:n + ECHO]) for n in range(len(w) - ECHO + 1)}
        return self.runs[k]

    def __missing__(self, k: int) -> list[tuple[str, bool, bool]]:
        self[k] = _closed_reading(_reading(self.texts[k], self.quoted[k]), self.told)
        return self[k]


def _closed_reading(read: list[tuple[str, bool, bool]], told: frozenset[str]) -> list[tuple[str, bool, bool]]:
    """A sentence's :func:`_reading` with the compounds ``told`` (:func:`newskit.matching.compounds`) written closed,
    two words made one inside quote marks when both were, in lower case when either was.

    Example
    -------
    >>> _closed_reading(_reading("Air strikes hit a send-off."), frozenset({"airstrikes", "sendoff"}))
    [('airstrikes', False, True), ('hit', False, True), ('a', False, False), ('sendoff', False, True)]
    """
    out: list[tuple[str, bool, bool]] = []
    for word, inside, lower in read:
        closed, joins = compound_at(out[-1][0] if out else None, word, told)
        if joins:
            out[-1] = (closed, out[-1][1] and inside, out[-1][2] or lower)
        else:
            out.append((closed, inside, lower))
    return out


def _reading(text: str, quoted: list[tuple[int, int]] | None = None) -> list[tuple[str, bool, bool]]:
    """Each word of a sentence (as :func:`newskit.matching.words` reads it) with whether it lies inside a
    quotation (:func:`_marked_words`) and whether it is a content word written in lower case (not a name, not
    a title, not the first word, not a reporting verb).

    Example
    -------
    >>> _reading('Lee said "tax cuts".')
    [('lee', False, False), ('said', False, False), ('tax', True, True), ('cuts', True, True)]
    >>> [w for w, inside, _ in _reading("and cuts were due, Lee said.", [(0, 17)]) if inside]
    ['and', 'cuts', 'were', 'due']
    """
    found = []
    for number, (match, inside) in enumerate(_marked_words(text, quoted)):
        word = match.group().lower()
        lower = number > 0 and match.group()[:1].islower() and bool(content_words([word])) and word not in REPORTING_WORDS
        found.append((word, inside, lower))
    return found


def _marked_words(text: str, quoted: list[tuple[int, int]] | None = None):
    """Each word match of a sentence's comparison form (:func:`newskit.text.typography.comparison_form`) with
    whether it lies inside one of the spans ``quoted`` (offsets into ``text``: the quotations of its version,
    which may open in a sentence before it or close after it); by default the quotations
    :func:`newskit.quote_marks.quote_spans` finds in the sentence alone.

    Example
    -------
    >>> [(m.group(), inside) for m, inside in _marked_words("‘Tax cuts’ pass")]
    [('Tax', True), ('cuts', True), ('pass', False)]
    """
    if quoted is None:
        quoted = _quotations([text])[0]
    plain, bounds = comparison_form(text)
    for match in WORD.finditer(plain):
        at = bounds[match.start()]
        yield match, any(start <= at < end for start, end in quoted)


def _quotations(texts: list[str]) -> list[list[tuple[int, int]]]:
    """The spans of each sentence (offsets into it) lying inside the quotations
    :func:`newskit.quote_marks.quote_spans` finds in the sentences read as one paragraph (a quotation of
    several sentences, opened in one and closed in another, included), its warnings about unbalanced marks
    kept quiet (the sourcing pass gives them).

    Example
    -------
    >>> _quotations(['"We stay.', 'We fight.', 'We win," she said.', 'She left.'])
    [[(0, 9)], [(0, 9)], [(0, 8)], []]
    """
    starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    joined = " ".join(texts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewskitWarning)
        spans = [(q["start"], q["end"]) for q in quote_spans(joined, [(0, len(joined))])]
    return [_within(spans, start, start + len(text)) for start, text in zip(starts, texts)]


def _within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``spans`` lying between ``start`` and ``end``, as offsets from ``start``.

    Example
    -------
    >>> _within([(0, 12), (20, 30)], 10, 25)
    [(0, 2), (10, 15)]
    """
    return [(max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start]


def _echo(mine: list[tuple[str, bool, bool]], other: list[tuple[str, bool, bool]],
          linked: list[list[tuple[str, bool, bool]]] = (), twice: Iterable[list[tuple[str, bool, bool]]] = ()) -> int:
    """The length of the longest run of words (see :func:`_reading`) two sentences share one after
    another, when it reaches :data:`ECHO` (:data:`QUOTED_ECHO` when inside quote marks in both), lies inside quote
    marks in one of them (or holds :data:`COPIED_CLAUSE` lower-case content words) and holds two lower-case
    content words in both, or is the whole of ``mine`` (:data:`WHOLE_ECHO` words or more), or else the length of
    its longest stretch inside quote marks in both when that one is such a run (:func:`_quoted_part`: an article
    before a quoted phrase left out), and is found in none of the ``linked`` sentences (those of ``mine``'s version
    already linked to ``other``: a quotation told twice in one version is told once in the other) unless it holds the
    whole remark ``mine`` quotes and ``other`` quotes that remark too, whole or, under :data:`ECHO` words, inside a
    longer one (:func:`_remark`: one remark, or a phrase of it, quoted in two sentences of one version, in a summary
    line and with the rest of the quotation, is linked in both; a clause quoted twice is told twice) or in one of
    ``twice`` too when :data:`ECHO` words or more (other sentences of ``other``'s version: a run told twice in both
    versions is linked twice; a short one, ``health care workers``, is a topic's phrase), nor, when under :data:`ECHO`
    words, in one of ``twice`` (a term quoted in several sentences, ``"stay at home" orders``, names a topic, not one
    remark); else 0.

    Example
    -------
    >>> a, b = _reading('"We will keep every promise we made," he said.'), _reading('Lee vowed "we will keep every promise we made."')
    >>> _echo(a, b)
    7
    >>> twice = [_reading('Lee vowed that "we will keep every promise we made."')]
    >>> _echo(_reading('"We will keep every promise we made, and more," he said.'), b, twice), _echo(a, b, twice)
    (0, 7)
    >>> plain = _reading("Crews cleared the low streets of mud and sand before dawn.")
    >>> _echo(plain, _reading("By Monday crews cleared the low streets of mud and sand."),
    ...       [_reading("Crews cleared the low streets of mud and sand, the mayor said.")])
    0
    >>> _echo(_reading("He spoke in an interview with the local paper."), _reading("She said so in an interview with the local paper."))
    0
    >>> _echo(_reading("She was seen pushing, kicking and slapping the guards, who left."),
    ...       _reading("Kim was charged after pushing, kicking and slapping the guards, who stood still."))
    7
    >>> _echo(_reading("Nine were shut."), _reading("Inspectors saw forty stalls and nine were shut."))
    3
    >>> a = _reading('"I read it with a grain of salt."')
    >>> quoted = _reading('He reads them "with a grain of salt."')
    >>> plain = _reading('He reads them with a grain of salt.')
    >>> _echo(a, quoted), _echo(a, plain)
    (5, 0)
    >>> _echo(_reading('She called it an "act of terror."'), _reading('Both spoke of an "act of terror" on Sunday.'))
    3
    >>> full = _reading('"Thanks for the quick and calm work tonight," Ruiz wrote.')
    >>> _echo(_reading('She hailed their "quick and calm work".'), full, [full])
    4
    >>> a = _reading('Kim said it was "for the sole good of the town."')
    >>> b = _reading('"I did it for the sole good of the town."')
    >>> linked = [_reading('Kim wrote that "it was for the sole good of the town."')]
    >>> twice = [_reading('It was "for the sole good of the town," he said.')]
    >>> _echo(a, b, linked), _echo(a, b, linked, twice)
    (0, 7)
    >>> a = _reading('Those who doubt these "stay at home" orders should ask a nurse.')
    >>> b = _reading('He said it was "high time" to review "stay at home" orders and to hire more nurses.')
    >>> _echo(a, b), _echo(a, b, (), [_reading('He asked for a study of "stay at home" orders.')])
    (3, 0)
    """
    match = _longest_match(mine, other)
    if _timed(mine, other, match):
        return 0
    runs = _run_at(mine, other, match)
    run_mine = next((run for run, run_other in (runs, _quoted_part(*runs)) if _echoed(run, run_other, len(mine))), [])
    run = [w for w, _, _ in run_mine]
    remark = _remark(mine)
    cited = remark == _remark(other) or len(remark) < ECHO and _holds(_remark(other), remark)
    whole = bool(remark) and cited and _holds(run, remark)
    return 0 if not whole and _told_already(run, linked, twice) else len(run)


def _told_already(run: list[str], linked: Iterable[list[tuple[str, bool, bool]]],
                  twice: Iterable[list[tuple[str, bool, bool]]]) -> bool:
    """Whether the run of an echo (:func:`_echo`) is told already: found in one of ``linked`` and, when of
    :data:`ECHO` words or more, in none of ``twice``, or, under :data:`ECHO` words, found in one of ``twice``.

    Example
    -------
    >>> run, other = ["stay", "at", "home"], [_reading('A study of "stay at home" orders.')]
    >>> _told_already(run, other, ()), _told_already(run, (), other), _told_already(run, (), ())
    (True, True, False)
    """
    told = any(_holds([w for w, _, _ in sentence], run) for sentence in linked)
    in_twice = (_holds([w for w, _, _ in sentence], run) for sentence in twice)
    return told or any(in_twice) if len(run) < ECHO else told and not any(in_twice)


def _timed(mine: list[tuple[str, bool, bool]], other: list[tuple[str, bool, bool]], match: difflib.Match) -> bool:
    """Whether the longest run of words two sentences share (as read in each; ``match``: where it lies) opens, outside
    quote marks, a clause of time or cause in both (after a word of :data:`~newskit.text.lexicon.CLAUSE_CONJUNCTIONS`):
    ``since the port shut its gates`` and ``days after the port shut its gates`` date two other facts by one event.

    Example
    -------
    >>> b = _reading("Talks began days after the port shut its north gates, and hours before the vote.")
    >>> a = _reading("Since the port shut its north gates, ferries have sailed from Elm.")
    >>> _timed(a, b, _longest_match(a, b))
    True
    >>> a = _reading("The port shut its north gates on Monday.")
    >>> _timed(a, b, _longest_match(a, b))
    False
    """
    opened = ((mine, match.a), (other, match.b))
    return bool(match.size) and all(k and read[k - 1][0] in CLAUSE_CONJUNCTIONS and not read[k][1]
                                    for read, k in opened)


def _echoed(run_mine: list[tuple[str, bool, bool]], run_other: list[tuple[str, bool, bool]], whole: int) -> bool:
    """Whether a run of words two sentences share (as read in each) is an echo (see :func:`_echo`; ``whole``: the
    number of words of the sentence ``run_mine`` is read in)."""
    size = len(run_mine)
    quoted_mine, quoted_other = all(q for _, q, _ in run_mine), all(q for _, q, _ in run_other)
    lower = sum(a[2] and b[2] for a, b in zip(run_mine, run_other))
    shortest = QUOTED_ECHO if quoted_mine and quoted_other else ECHO
    copied = quoted_mine or quoted_other or lower >= COPIED_CLAUSE
    return size == whole >= WHOLE_ECHO or (size >= shortest and copied and lower >= 2)


def _quoted_part(run_mine: list[tuple[str, bool, bool]], run_other: list[tuple[str, bool, bool]]) -> tuple[list, list]:
    """The longest stretch of a run of words two sentences share (as read in each) that lies inside quote marks in
    both: the quoted ``act of terror`` of the shared ``an "act of terror"``.

    Example
    -------
    >>> run = _reading('It was an "act of terror."')[2:]
    >>> [w for w, _, _ in _quoted_part(run, run)[0]]
    ['act', 'of', 'terror']
    """
    both = [x[1] and y[1] for x, y in zip(run_mine, run_other)]
    best, start, first = 0, 0, 0
    for n, inside in enumerate([*both, False]):
        if not inside:
            if n - first > best:
                best, start = n - first, first
            first = n + 1
    return run_mine[start:start + best], run_other[start:start + best]


def _longest_run(mine: list[tuple[str, bool, bool]], other: list[tuple[str, bool, bool]]) -> tuple[list, list]:
    """The longest run of words (see :func:`_reading`) two sentences share one after another, as read in each.

    Example
    -------
    >>> [w for w, _, _ in _longest_run(_reading("We will win it."), _reading('He said "we will win."'))[1]]
    ['we', 'will', 'win']
    """
    return _run_at(mine, other, _longest_match(mine, other))


def _run_at(mine: list[tuple[str, bool, bool]], other: list[tuple[str, bool, bool]], match: difflib.Match
            ) -> tuple[list, list]:
    """The run of words ``match`` finds in two sentences' readings (:func:`_longest_match`), as read in each."""
    return mine[match.a:match.a + match.size], other[match.b:match.b + match.size]


def _longest_match(mine: list[tuple[str, bool, bool]], other: list[tuple[str, bool, bool]]) -> difflib.Match:
    """Where the longest run of words two sentences share one after another lies in each (``a``, ``b``, ``size``).

    Example
    -------
    >>> _longest_match(_reading("We will win it."), _reading('He said "we will win."'))
    Match(a=0, b=2, size=3)
    """
    plain_mine, plain_other = [w for w, _, _ in mine], [w for w, _, _ in other]
    return difflib.SequenceMatcher(None, plain_mine, plain_other, autojunk=False).find_longest_match(
        0, len(mine), 0, len(other))


def _holds(sequence: list[str], run: list[str]) -> bool:
    """Whether ``run`` occurs in ``sequence``, its words one after another.

    Example
    -------
    >>> _holds(["a", "b", "c"], ["b", "c"]), _holds(["a", "b", "c"], ["a", "c"])
    (True, False)
    """
    return any(sequence[k:k + len(run)] == run for k in range(len(sequence) - len(run) + 1))


def _retelling(seq: list[str], others: list[tuple[int, list[str]]]) -> list[int]:
    """The one of ``others`` (number, content words) that retells ``seq`` best (see :func:`_retold`)."""
    best, chosen = 0, []
    for number, other in others:
        common = _in_order_common(seq, other)
        if common >= PARAPHRASE_COMMON and common >= PARAPHRASE * len(seq) and common > best:
            best, chosen = common, [number]
    return chosen


def _best(found: _Candidates, pairs: list[tuple[int, int]], size: int) -> tuple[int, int] | None:
    """The pair, among a left-over sentence's pairs with linked sentences, that it duplicates or lies
    inside best (the first on ties), if any."""
    best, chosen = 0.0, None
    for pair in pairs:
        sim, common = found.sim[pair], len(found.sets_a[pair[0]] & found.sets_b[pair[1]])
        share = common / size if common >= MIN_COMMON else 0.0
        score = (sim if sim >= DUPLICATE else 0.0) + (share if share >= CONTAINED and sim >= CONTAINED_SIMILARITY else 0.0)
        if score > best:
            best, chosen = score, pair
    return chosen


def _in_order(pairs: list[tuple[int, int]], similarity) -> set[tuple[int, int]]:
    """The chain of pairs increasing in both coordinates with the largest total similarity (at most one pair
    of a merged or split group).

    A weighted longest increasing run over a Fenwick tree of prefix maxima: on ties the chain
    through earlier sentences wins.

    Example
    -------
    >>> sorted(_in_order([(0, 1), (1, 0), (1, 2), (2, 3)], lambda i, j: 1.0))
    [(0, 1), (1, 2), (2, 3)]
    >>> sorted(_in_order([(0, 0), (0, 1)], lambda i, j: 1.0))
    [(0, 0)]
    """
    pairs = sorted(pairs)
    size = max((j for _, j in pairs), default=-1) + 1
    tree: list[tuple[float, int]] = [(0.0, 1)] * (size + 1)
    best: list[float] = []
    back: list[int] = []
    for _, group in itertools.groupby(range(len(pairs)), key=lambda k: pairs[k][0]):
        group = list(group)  # the pairs of one sentence of A are scored before any of them enters the tree
        for k in group:
            top, n = (0.0, 1), pairs[k][1]
            while n > 0:
                top = max(top, tree[n])
                n -= n & -n
            best.append(top[0] + float(similarity(*pairs[k])))
            back.append(-top[1] if top[0] > 0 else -1)
        for k in group:
            n = pairs[k][1] + 1
            while n <= size:
                tree[n] = max(tree[n], (best[k], -k))
                n += n & -n
    chain: set[tuple[int, int]] = set()
    k = int(np.argmax(best)) if pairs else -1
    while k >= 0:
        chain.add(pairs[k])
        k = back[k]
    return chain


def align_texts(texts_a: list[str], texts_b: list[str], quoted: tuple | None = None) -> pd.DataFrame:
    """Align two lists of sentences; rows ``sentence_a, sentence_b, similarity, kind, typography``.

    ``quoted``, when given, holds for A and for B the spans of each sentence (offsets into it) lying inside
    the quotations of its version (:func:`align` takes them from :func:`newskit.sourcing.body_quotations`); by
    default the quotations :func:`newskit.quote_marks.quote_spans` finds in each list of sentences
    (:func:`_quotations`).

    Every sentence of A and of B appears at least once; ``sentence_b`` is NA on
    *dropped* rows and ``sentence_a`` on *added* rows. ``typography`` is True on a link
    whose sentences differ only typographically (:func:`newskit.text.typography.only_typography`).

    Example
    -------
    >>> align_texts(["It rained.", "Off."], ["It rained hard."])[["sentence_a", "sentence_b", "kind"]].values.tolist()
    [[0, 0, 'edited'], [1, <NA>, 'dropped']]
    >>> align_texts(["Russia's “plan” -- off."], ['Russia’s "plan" — off.'])[["kind", "typography"]].values.tolist()
    [['identical', True]]
    """
    found = _Candidates(texts_a, texts_b, quoted)
    links = _one_to_one(found)
    paraphrased = _in_place(found, links)
    paraphrased.update(_ledes(found, {**links, **paraphrased}))
    paraphrased.update(_paraphrases(found, {**links, **paraphrased}))
    paraphrased.update(_weighted(found, {**links, **paraphrased}))
    links.update(paraphrased)
    pairs = set(links.items()) | set(_joins(found, links))
    placed_a, placed_b = _placed(pairs)
    # a left-over sentence that no neighbour took may still duplicate, or lie inside, a linked one
    pairs |= {(i, j) for i, j in _folded(found, links) if (j not in placed_b if i in links else i not in placed_a)}
    pairs = sorted(pairs)
    pairs = set(pairs) | set(_fragments(pairs, texts_a, 0)) | set(_fragments(pairs, texts_b, 1))
    pairs = pairs | set(_same_remark(found, pairs))
    pairs = pairs | set(_retold(found, pairs))
    pairs = pairs | set(_echoes(found, pairs))
    pairs = pairs | set(_retold_quotes(found, pairs))
    pairs = pairs | set(_hashtagged(found, pairs))
    pairs = pairs | set(_told_once(found, links, pairs))
    pairs = pairs | set(_linked_anchors(found, pairs))
    pairs = pairs | set(_copied_join(found, pairs))
    pairs = pairs | set(_echoes(found, pairs))
    pairs = pairs | set(_merged_copies(found, pairs))
    pairs = pairs | set(_told_figure(found, pairs))
    pairs = pairs | set(_mutual_best(found, pairs))
    pairs = pairs | set(_lower_folded(found, pairs))
    pairs = pairs | set(_quotation_rest(found, pairs))
    pairs = pairs | set(_quotation_part(found, pairs))
    pairs = pairs | set(_neighbour_echo(found, pairs))
    pairs = pairs | set(_lede_join(found, pairs))
    pairs = pairs | set(_covers(found, pairs))
    pairs = pairs | set(_sandwiched(found, pairs))
    pairs = pairs | set(_run_merges(found, pairs))
    pairs = pairs | set(_once_joins(found, pairs))
    pairs = pairs | set(_remainder_joins(found, pairs))
    pairs = pairs | set(_introduced(found, pairs))
    pairs = pairs | set(_moved_retellings(found, pairs))
    pairs = pairs | set(_rare_mutual(found, pairs))
    pairs = pairs | set(_once_retold(found, pairs))
    pairs = pairs | set(_partner_tells(found, pairs))
    pairs = pairs | set(_listed(found, pairs))
    pairs = pairs | set(_beside_link(found, pairs))
    pairs = pairs | set(_beside_partner(found, pairs))
    pairs = pairs | set(_block_leads(found, pairs))
    pairs = pairs | set(_folded_near(found, pairs))
    pairs = pairs | set(_once_joins(found, pairs, named=True))
    pairs = pairs | set(_twins(found, pairs))
    pairs = sorted(pairs | set(_quoted_held(found, pairs)))
    a_count = Counter(i for i, _ in pairs)
    b_count = Counter(j for _, j in pairs)
    chain = _in_order(pairs, found.similarity)
    retold = set(paraphrased.items()) | {(i, j) for i, j in pairs if links.get(i) != j}
    rows = []
    for i, j in pairs:
        rows.append((i, j, float(found.similarity(i, j)),
                     _kind(i, j, a_count, b_count, chain, retold, found),
                     only_typography(texts_a[i], texts_b[j])))
    rows += [(i, None, None, "dropped", False) for i in range(len(texts_a)) if i not in a_count]
    rows += [(None, j, None, "added", False) for j in range(len(texts_b)) if j not in b_count]
    frame = pd.DataFrame(_sorted(rows), columns=["sentence_a", "sentence_b", "similarity", "kind", "typography"])
    frame["sentence_a"] = frame["sentence_a"].astype("Int64")
    frame["sentence_b"] = frame["sentence_b"].astype("Int64")
    frame["similarity"] = frame["similarity"].astype("Float64")
    frame["typography"] = frame["typography"].astype(bool)
    return frame


def _kind(i: int, j: int, a_count: Counter, b_count: Counter, chain: set, retold: set, found: _Candidates) -> str:
    """The kind of the link (i, j): merged, split, moved, paraphrase (one of the ``retold`` pairs: a close
    paraphrase, or a late one-to-one link of rule 3, which words told apart made; or two sentences keeping less than
    :data:`EDITED_KEPT` of the shorter one's words in order) or else identical or edited (one sentence edited in
    place).

    Example
    -------
    >>> found = _Candidates(["Jo Lee is locked in a pay dispute with the port.", "The port shut."],
    ...                     ["The port sued Jo Lee a year ago over pay.", "The port shut on Monday."])
    >>> _kind(0, 0, Counter([0]), Counter([0]), {(0, 0)}, set(), found), _kind(1, 1, Counter([1]), Counter([1]),
    ...                                                                        {(1, 1)}, set(), found)
    ('paraphrase', 'edited')
    """
    if b_count[j] > 1:
        return "merged"
    if a_count[i] > 1:
        return "split"
    if (i, j) not in chain:
        return "moved"
    if (i, j) in retold:
        return "paraphrase"
    if same_text(found.texts_a[i], found.texts_b[j]):
        return "identical"
    return "paraphrase" if reworded(found.words_a[i], found.words_b[j]) else "edited"


def reworded(words_a: list[str], words_b: list[str]) -> bool:
    """Whether two sentences (or passages) tell one fact in their own words rather than one edited: the shorter
    keeps less than :data:`EDITED_KEPT` of its words in order in the other.

    Example
    -------
    >>> reworded(words("Jo Lee is locked in a pay dispute with the port."), words("The port sued Jo Lee a year ago."))
    True
    >>> reworded(words("The port shut."), words("The port shut on Monday."))
    False
    """
    kept = _in_order_common(words_a, words_b)
    return kept < EDITED_KEPT * min(len(words_a), len(words_b))


def _sorted(rows: list[tuple]) -> list[tuple]:
    """Rows in reading order of A, added rows placed after the A sentence linked to the B sentence
    before them (the latest such A sentence), then by B."""
    linked = sorted((j, i) for i, j, *_ in rows if i is not None and j is not None)
    b_keys = [j for j, _ in linked]
    running, prefix = -1, []
    for _, i in linked:
        running = max(running, i)
        prefix.append(running)

    def position(row):
        i, j = row[0], row[1]
        if i is not None:
            return i
        if j is None:
            return float("-inf")
        k = bisect.bisect_left(b_keys, j)
        return (prefix[k - 1] if k else -1) + 0.5

    return sorted(rows, key=lambda row: (position(row), row[1] is not None, row[1] if row[1] is not None else 0))


@story_table
def align(story) -> pd.DataFrame:
    """Sentence links between every pair of versions of ``story``.

    Columns: ``version_a, sentence_a, version_b, sentence_b, similarity, kind, typography``.
    Pairs of versions follow story order (A before B); ``kind`` is one of
    identical, edited, paraphrase, moved, merged, split, dropped (NA ``sentence_b``) or added
    (NA ``sentence_a``) (see the module docstring); ``similarity`` is the word similarity in [0, 1]
    (NA on dropped/added rows); ``typography`` is True on a link whose two sentences differ only
    in typography (quote marks, apostrophes, dashes, spaces, ellipses: such a pair is
    identical when in place), False elsewhere. Every sentence of every version appears in
    each of its pairs.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> align(story_from_texts({"a": "It rained.", "b": "It rained."}))["kind"].tolist()
    ['identical']
    """
    sents = story_sentences(story).sort_values("sentence", kind="stable")
    texts = {v: list(g["text"]) for v, g in sents.groupby("version", sort=False)}
    quoted = _story_quotations(story, sents)
    frames = []
    for a, b in itertools.combinations(story.ids, 2):
        pair = align_texts(texts.get(a, []), texts.get(b, []), (quoted.get(a, []), quoted.get(b, [])))
        frames.append(pair.assign(version_a=a, version_b=b))
    if not frames:
        return _empty()
    return pd.concat(frames, ignore_index=True)[ALIGN_COLUMNS]


def _story_quotations(story, sents: pd.DataFrame) -> dict[str, list[list[tuple[int, int]]]]:
    """For each version, the spans of each of its sentences (``sents``, in order; offsets into the sentence)
    lying inside the quotations of its body (:func:`newskit.sourcing.body_quotations`: read over paragraphs, a
    quotation carried on into the next paragraph included).

    Example
    -------
    >>> from newskit.story import sentences, story_from_texts
    >>> story = story_from_texts({"a": 'Lee spoke. “We stay.\\n\\n“We win,” she said.', "b": "Lee spoke."})
    >>> _story_quotations(story, sentences(story))
    {'a': [[], [(0, 9)], [(0, 9)]], 'b': [[]]}
    """
    spans = {version.id: body_quotations(version) for version in story.versions}
    return {v: [_within(spans[v], start, end) for start, end in zip(g["start"], g["end"])]
            for v, g in sents.groupby("version", sort=False)}


def pair_links(story, version_a: str, version_b: str) -> pd.DataFrame:
    """The rows of :func:`align` linking ``version_a`` to ``version_b``, which must both exist, A first.

    A version paired with itself has no rows (a one-version story compares nothing).

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> story = story_from_texts({"a": "It rained.", "b": "It poured."})
    >>> len(pair_links(story, "a", "b"))
    1
    >>> pair_links(story, "b", "a")
    Traceback (most recent call last):
    ...
    newskit.errors.NewskitError: version 'b' must come before 'a' in the story (order: ['a', 'b'])
    """
    position = {v: i for i, v in enumerate(story.ids)}
    for version in (version_a, version_b):
        story[version]  # a KeyError naming the versions there are
    if position[version_a] > position[version_b]:
        raise NewskitError(f"version {version_a!r} must come before {version_b!r} in the story (order: {story.ids})")
    links = align(story)
    return links[(links["version_a"] == version_a) & (links["version_b"] == version_b)]


def _empty() -> pd.DataFrame:
    """An alignment with no rows and the documented columns."""
    return pd.DataFrame(
        {
            "version_a": pd.Series(dtype=object),
            "sentence_a": pd.Series(dtype="Int64"),
            "version_b": pd.Series(dtype=object),
            "sentence_b": pd.Series(dtype="Int64"),
            "similarity": pd.Series(dtype="Float64"),
            "kind": pd.Series(dtype=object),
            "typography": pd.Series(dtype=bool),
        }
    )


@story_table
def families(story) -> pd.DataFrame:
    """Sentence families: sentences linked across versions, one row per family, one column per version.

    A family is a connected group of linked sentences. Columns: ``family`` (0..),
    then one column per version id holding that version's sentence numbers in the
    family as text ("3", or "3+4" when merged/split), NA when the version lacks it,
    then ``versions`` (how many versions carry it). Rows follow first appearance.

    Example
    -------
    >>> from newskit.story import story_from_texts
    >>> families(story_from_texts({"a": "It rained. Off.", "b": "It rained."}))[["a", "b"]].values.tolist()
    [['0', '0'], ['1', <NA>]]
    """
    links = align(story)
    rank = {v: k for k, v in enumerate(story.ids)}
    ends = []
    for va, sa, vb, sb in zip(links["version_a"], links["sentence_a"], links["version_b"], links["sentence_b"]):
        ends.append([(v, int(s)) for v, s in ((va, sa), (vb, sb)) if pd.notna(s)])
    members = [sorted(group, key=lambda n: (rank[n[0]], n[1])) for group in linked_groups(ends)]
    rows = []
    for number, group in enumerate(sorted(members, key=lambda g: (rank[g[0][0]], g[0][1]))):
        row = {"family": number}
        for vid in story.ids:
            found = [str(s) for v, s in group if v == vid]
            row[vid] = "+".join(found) if found else pd.NA
        row["versions"] = sum(pd.notna(row[v]) for v in story.ids)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=["family", *story.ids, "versions"])
    frame[story.ids] = frame[story.ids].astype("string")
    return frame
