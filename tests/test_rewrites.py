"""Rewritten copy: merges, splits (also inside quotations) and close paraphrases in the alignment, and
quotations paired across versions by the best pairing overall. Texts written for these tests."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.alignment import KINDS, align, align_texts
from newskit.comparison import compare_quotes
from newskit.matching import linked_groups
from newskit.story import story_from_texts

INTRO = ["Heavy rain flooded the old market district on Sunday night.",
         "Firefighters pumped water from dozens of basements until dawn."]
OUTRO = ["Shops in the district expect to reopen by the end of the week."]


def _links(frame) -> list[tuple[int, int, str]]:
    linked = frame.dropna(subset=["sentence_a", "sentence_b"])
    return [(int(a), int(b), k) for a, b, k in zip(linked["sentence_a"], linked["sentence_b"], linked["kind"])]


def test_a_sentence_folded_into_the_one_before_is_merged_not_dropped():
    # one number is written differently, so not every word of the folded sentence recurs
    a = ["The council approved the new budget on Thursday.",
         "It includes 2 million dollars for road repairs in the northern villages.", "Voting ended late."]
    b = ["The council approved the new budget, with two million dollars for road repairs in northern villages, on Thursday.",
         "Voting ended late."]
    assert _links(align_texts(a, b)) == [(0, 0, "merged"), (1, 0, "merged"), (2, 1, "identical")]
    assert _links(align_texts(b, a)) == [(0, 0, "split"), (0, 1, "split"), (1, 2, "identical")]


def test_a_quotation_joined_with_its_attribution_reworded_links_both_parts():
    a = ['"I am not ashamed to admit I am a farmer," says Ortiz.',
         '"But you do not need to own land to know that something is wrong in this valley when water costs more than bread."']
    b = ['"I am not ashamed to say that I am a farmer," Ms. Ortiz says in the video, "but you do not need to own land to '
         'know something is wrong in this valley when water costs more than bread."']
    assert _links(align_texts(a, b)) == [(0, 0, "merged"), (1, 0, "merged")]


def test_a_quotation_cut_in_two_is_a_split_and_joined_again_a_merge():
    whole = ['"We will rebuild the bridge before winter, and we will pay for it without raising taxes," the mayor said.']
    parts = ['"We will rebuild the bridge before winter," the mayor said.', '"And we will pay for it without raising taxes."']
    assert _links(align_texts(whole, parts)) == [(0, 0, "split"), (0, 1, "split")]
    assert _links(align_texts(parts, whole)) == [(0, 0, "merged"), (1, 0, "merged")]


def test_a_quotation_split_inside_its_marks_links_every_part():
    # the splitter cuts one quotation into sentences; the other version joins them with the attribution between
    a = ('"As mayor, I will end the war on small shops and I will fight the new parking charges," '
         'the candidate said in the advertisement. "Trade made this town strong. It can make it strong again."')
    b = ('"As mayor, I will end the war on small shops," the candidate also says. "And I will fight the new parking '
         'charges. Trade made this town strong. It can make it strong again."')
    links = align(story_from_texts({"a": a, "b": b}))
    assert links["kind"].isin(["dropped", "added"]).sum() == 0
    assert {(0, 0), (0, 1)} <= {(x, y) for x, y, _ in _links(links)}


def test_a_neighbour_sharing_only_a_name_is_not_folded_in():
    a = ["Senator Jane Roe met the governor on Monday to discuss the budget.",
         "Roe later told reporters the talks had been useful and friendly."]
    b = ["Senator Jane Roe met the governor on Monday to discuss the state budget and school funding."]
    frame = align_texts(a, b)
    assert frame["kind"].tolist() == ["edited", "dropped"]


def test_two_quotations_sharing_only_the_speaker_and_verb_are_not_linked():
    a = INTRO + ['"This is a disgrace for the whole town," Ortiz said.']
    b = INTRO + ['"We will rebuild every street quickly," Ortiz said.']
    frame = align_texts(a, b)
    assert frame.set_index("sentence_a")["kind"].dropna().to_dict()[2] == "dropped"
    assert (frame["kind"] == "added").sum() == 1


_IN_PLACE_A = ("The Times reports that Liz Doe on Friday first set out her position on the subject, saying voters in "
               "each state should decide it.")


def test_the_one_free_sentence_on_each_side_of_a_gap_is_a_paraphrase_when_words_keep_their_order():
    b = ("Earlier on Friday, Liz Doe revealed her position on the tax, a topic she has avoided since declaring "
         "her candidacy against the incumbent in July.")
    frame = align_texts(INTRO + [_IN_PLACE_A] + OUTRO, INTRO + [b] + OUTRO)
    assert (2, 2, "paraphrase") in _links(frame)
    assert frame["similarity"].dropna().min() < 0.3  # below every other rule


def test_the_same_words_in_another_order_are_not_a_paraphrase_in_place():
    b = ("Earlier on Friday, Doe revealed her stance on the tax, a topic Liz has avoided since declaring her "
         "candidacy against the incumbent in July.")
    frame = align_texts(INTRO + [_IN_PLACE_A] + OUTRO, INTRO + [b] + OUTRO)
    assert sorted(frame["kind"]) == ["added", "dropped", "identical", "identical", "identical"]


def test_a_close_paraphrase_elsewhere_in_the_story_is_linked_and_moved():
    short = "In a statement on Tuesday, the governor criticised the federal decision to cut funding for rural hospitals."
    long = ("The new campaign advertisement follows a statement by the governor on Tuesday that attacked the federal "
            "decision, announced by the health department last week after months of talks with insurers and unions, "
            "to cut funding for rural hospitals and small clinics in the poorest counties.")
    frame = align_texts(INTRO + [short] + OUTRO, [long] + INTRO + OUTRO)
    assert (2, 0, "moved") in _links(frame)
    assert not frame["kind"].isin(["dropped", "added"]).any()


def test_sentences_on_one_topic_with_words_in_another_order_are_not_paraphrases():
    short = "In a statement on Tuesday, the governor criticised the federal decision to cut funding for rural hospitals."
    other = ("Hospitals in rural counties lost their funding after a decision that the state's officials, three weeks "
             "before the campaign began and months before the governor spoke, never explained to worried patients.")
    frame = align_texts(INTRO + [short], [other] + INTRO)
    assert (2, 0) not in {(a, b) for a, b, _ in _links(frame)}


def test_quotations_are_paired_by_the_best_pairing_overall_not_greedily():
    # pairing the identical-looking quotes first (similarity 1.0) would leave two quotations unmatched;
    # the best pairing overall matches all four
    story = story_from_texts({
        "a": 'The mayor said "the plan will cut taxes for families and raise pay for nurses across the state" on Monday. '
             'Later she repeated "our plan will cut taxes for families" to reporters.',
        "b": 'The mayor said "the plan will cut taxes for families" on Monday. '
             'She added "raise pay for nurses across the whole state" in a speech.',
    })
    frame = compare_quotes(story)
    assert frame["start_a"].notna().all() and frame["start_b"].notna().all()
    pairs = {(a.split()[0], b.split()[0]) for a, b in zip(frame["text_a"], frame["text_b"])}
    assert pairs == {('"the', '"raise'), ('"our', '"the')}


# --- properties -------------------------------------------------------------------------------------------

def _sentence(words: list[str]) -> str:
    return " ".join(words).capitalize() + "."


@st.composite
def _rewrite(draw):
    """Sentences of A (three to six words each, no word shared between sentences) and B made from them by
    keeping, dropping, joining two neighbours (a word of the second sometimes changed), cutting one in two, or
    changing a word; with the joins and cuts as (operation, sentence of A, first sentence of B)."""
    sizes = draw(st.lists(st.integers(3, 6), min_size=1, max_size=8))
    vocabulary = iter(f"w{n}x" for n in range(1000))
    a_words = [[next(vocabulary) for _ in range(size)] for size in sizes]
    b_texts, ops, k = [], [], 0
    while k < len(a_words):
        op = draw(st.sampled_from(["keep", "drop", "join", "cut", "change"]))
        if op == "join" and k + 1 < len(a_words):
            ops.append(("join", k, len(b_texts)))
            second = a_words[k + 1]
            if len(second) >= 5 and draw(st.booleans()):  # one word of the folded part written otherwise
                second = second[:-1] + [next(vocabulary)]
            b_texts.append(_sentence(a_words[k] + ["and"] + second))
            k += 2
            continue
        if op == "cut" and len(a_words[k]) >= 6:
            ops.append(("cut", k, len(b_texts)))
            b_texts += [_sentence(a_words[k][:3]), _sentence(a_words[k][3:])]
        elif op == "change":
            b_texts.append(_sentence(a_words[k][:-1] + [next(vocabulary)]))
        elif op != "drop":
            b_texts.append(_sentence(a_words[k]))
        k += 1
    return [_sentence(w) for w in a_words], b_texts, ops


@settings(max_examples=150, deadline=None)
@given(_rewrite())
def test_every_sentence_appears_exactly_once_per_side(rewrite):
    texts_a, texts_b, _ = rewrite
    frame = align_texts(texts_a, texts_b)
    assert set(frame["kind"]) <= set(KINDS)
    assert not frame.duplicated(["sentence_a", "sentence_b"]).any()
    ends = [[(side, int(n)) for side, n in (("a", a), ("b", b)) if n == n and n is not None]
            for a, b in zip(frame["sentence_a"].astype(object).where(frame["sentence_a"].notna(), None),
                            frame["sentence_b"].astype(object).where(frame["sentence_b"].notna(), None))]
    groups = linked_groups(ends)
    for side, texts in (("a", texts_a), ("b", texts_b)):
        members = sorted(n for group in groups for s, n in group if s == side)
        assert members == list(range(len(texts)))  # once each: in exactly one group
    for column, lone in (("sentence_a", "dropped"), ("sentence_b", "added")):
        other = "sentence_b" if column == "sentence_a" else "sentence_a"
        rows = frame.dropna(subset=[column])
        alone = rows[rows[other].isna()]
        assert (alone["kind"] == lone).all()
        assert not set(alone[column]) & set(rows.dropna(subset=[other])[column])


@settings(max_examples=150, deadline=None)
@given(_rewrite())
def test_joined_and_cut_sentences_link_every_part(rewrite):
    texts_a, texts_b, ops = rewrite
    links = {(a, b): kind for a, b, kind in _links(align_texts(texts_a, texts_b))}
    for op, k, m in ops:
        if op == "join":
            assert links.get((k, m)) == links.get((k + 1, m)) == "merged"
        else:
            assert links.get((k, m)) == links.get((k, m + 1)) == "split"
