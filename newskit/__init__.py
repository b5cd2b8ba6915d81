"""newskit: show, with evidence, how published versions of the same news story differ.

Example
-------
>>> import newskit as nk
>>> story = nk.story_from_texts({"wire": "It rained.", "copy": "It poured."})
>>> story.ids
['wire', 'copy']
"""

from .errors import NewskitError, NewskitWarning
from .story import Story, Version, load_story, sentences, set_aside, story_blocks, story_from_texts
from .origin import provenance
from .dates import relative_dates
from .text.sentences import sentence_spans, split_sentences
from .alignment import align, families
from .wording import changes, substitutions, word_diff
from .views.html import side_by_side, versions_side_by_side
from .views.figures import plot_alignment, plot_paragraphs, plot_sources
from .readability import paragraph_stats, sentence_counts, sentence_stats, text_scores, text_stats
from .uncertainty import bootstrap, differences, intervals, short_text
from .readability_drivers import drivers, furniture_shift, raw_vs_body, sourcing_density
from .quotations import find_quotes, quotes
from .sources import attributions
from .entities import source_entities
from .comparison import compare_quotes, compare_sources, cue_changes, source_table, unmatched_material
from .corpus import Corpus, corpus_from_texts, load_corpus
from .grouping import family_story, story_families
from .corpus_analysis import corpus_findings, outlet_summary

__all__ = [
    "NewskitError",
    "NewskitWarning",
    "Story",
    "Version",
    "load_story",
    "story_blocks",
    "set_aside",
    "story_from_texts",
    "provenance",
    "relative_dates",
    "sentence_spans",
    "sentences",
    "split_sentences",
    "align",
    "families",
    "changes",
    "substitutions",
    "word_diff",
    "side_by_side",
    "versions_side_by_side",
    "plot_alignment",
    "plot_paragraphs",
    "plot_sources",
    "paragraph_stats",
    "sentence_counts",
    "sentence_stats",
    "text_scores",
    "text_stats",
    "bootstrap",
    "differences",
    "intervals",
    "short_text",
    "drivers",
    "furniture_shift",
    "raw_vs_body",
    "sourcing_density",
    "compare_quotes",
    "find_quotes",
    "quotes",
    "attributions",
    "compare_sources",
    "cue_changes",
    "source_table",
    "source_entities",
    "unmatched_material",
    "Corpus",
    "corpus_from_texts",
    "load_corpus",
    "family_story",
    "story_families",
    "corpus_findings",
    "outlet_summary",
]
