"""Two versions of one text: "shared" means the same words, a changed word is shown (nu36 #1:
three words changed, and every sentence was "=", "100% same words", JSON "shared"). Words the
other leaves out are only in one (rv35 #9); the same words punctuated otherwise are "shared"
(rv35 #4)."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from index.analysis.compare import SHARED_RATIO, Comparison, compare
from index.analysis.words import normalize_words

ORIGINAL = (
    "The harbour board met on Sunday and agreed to widen the northern channel, after a "
    "week of talks with the shipping firms.\n\n"
    "Dredging starts in spring.\n\n"
    "“We will do our utmost to keep the port open,” the chairman told reporters."
)
VERSION = (
    ORIGINAL.replace("Sunday", "Saturday").replace("week", "month").replace("utmost", "very best")
)


def words_in(text: str, spans: tuple[tuple[int, int], ...] | None) -> list[str]:
    return [text[s:e] for s, e in spans or ()]


def test_three_changed_words_are_similar_not_the_same() -> None:
    c = compare(ORIGINAL, VERSION)
    assert [al.kind for al in c.a] == ["similar", "shared", "similar"]
    assert [al.counterpart for al in c.a] == [0, 1, 2]
    assert words_in(ORIGINAL, c.a[0].changed) == ["Sunday", "week"]
    assert words_in(VERSION, c.b[0].changed) == ["Saturday", "month"]
    assert words_in(ORIGINAL, c.a[2].changed) == ["utmost"]
    assert words_in(VERSION, c.b[2].changed) == ["very best"]
    assert c.a[1].changed == () and c.b[1].changed == ()
    changed = len("Sunday") + len("week") + len("utmost")
    total = sum(len(al.text) for al in c.a)
    assert c.summary.a_same_in_b == round((total - changed) / total, 4)
    assert c.summary.a_in_b == 1.0
    same = f"{(total - changed) / total:.0%}"
    assert c.summary.found(0) == f"{same} same words, {changed / total:.0%} in other words"
    assert [(mine, theirs) for _, mine, theirs in c.word_changes] == [
        (("Sunday", "week"), ("Saturday", "month")),
        (("utmost",), ("very best",)),
    ]


def test_a_word_left_out_marks_the_fuller_side_only() -> None:
    a = "The harbour board met on Sunday and agreed to widen the northern channel at last."
    c = compare(a, a.replace(" at last", ""))
    assert (c.a[0].kind, c.b[0].kind) == ("similar", "similar")
    assert words_in(a, c.a[0].changed) == ["at last"]
    assert c.b[0].changed == ()  # every word of the shorter is in the fuller one
    assert c.summary.b_same_in_a == 1.0 and c.summary.a_same_in_b < 1.0
    # "at last" is only in A: A is found in B in the same words alone
    assert words_in(a, c.a[0].left_out) == ["at last"] and c.b[0].left_out == ()
    assert c.summary.a_in_b == c.summary.a_same_in_b == round(1 - len("at last") / len(a), 4)
    assert c.summary.found(0) == "91% same words"


def test_a_part_is_never_rounded_to_all() -> None:
    long = "\n\n".join([ORIGINAL] * 8)
    c = compare(long, long.replace("utmost", "best", 1))
    assert c.summary.a_same_in_b == 1.0  # each of A's sentences is in B word for word
    assert 0.995 <= c.summary.b_same_in_a < 1.0
    assert c.summary.found(1) == ">99% same words, <1% in other words"


# --- the oracle: generated texts, random word edits ---------------------------------------

VOCABULARY_WORDS = """
harbour council budget tunnel ferry bridge lantern orchard meadow quarry village tractor
granite pepper violin candle blanket hammer ladder marble pocket saddle timber velvet
walnut anchor basket cactus dragon engine falcon garden helmet island jacket kettle lemon
magnet napkin oyster parrot rabbit salmon tomato umbrella wagon yogurt zebra badger canyon
dolphin feather glacier hornet igloo jungle koala lizard mango nectar oracle panther quilt
rocket spider turnip unicorn vulture whistle bamboo cobalt denim ember fossil goblet hazel
indigo juniper kiwi lagoon mosaic nutmeg olive paprika quartz raven sapphire thistle
"""
FRESH_WORDS = """
plume crest grove spire brook cliff dune fjord heath knoll marsh ridge vale cove delta
mesa atoll bluff gorge moor
"""
VOCABULARY, FRESH = VOCABULARY_WORDS.split(), FRESH_WORDS.split()


@dataclass(frozen=True)
class Version:
    """A generated text, its edited version and where the edits are."""

    sentences: list[list[str]]
    edits: list[dict[int, list[str]]]  # per sentence: word position -> the words put in
    joins: tuple[list[bool], list[bool]] = ([], [])  # per side: sentence k ends with ";"


@st.composite
def versions(draw: st.DrawFn) -> Version:
    words = draw(st.permutations(VOCABULARY))
    fresh = iter(draw(st.permutations(FRESH)))
    sizes = draw(st.lists(st.integers(12, 16), min_size=1, max_size=5))
    sentences, edits, at = [], [], 0
    for size in sizes:
        sentences.append(list(words[at : at + size]))
        at += size
        spots = draw(st.sets(st.integers(0, size - 1), max_size=2))
        edits.append({k: [next(fresh) for _ in range(draw(st.integers(0, 2)))] for k in spots})
    joins = [draw(st.lists(st.booleans(), min_size=len(sizes) - 1, max_size=len(sizes) - 1))]
    return Version(
        sentences,
        edits,
        (joins[0], draw(st.lists(st.booleans(), min_size=len(sizes) - 1, max_size=len(sizes) - 1))),
    )


def sentence(words: list[str]) -> str:
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def edited(words: list[str], edit: dict[int, list[str]]) -> list[str]:
    return [w for k, word in enumerate(words) for w in edit.get(k, [word])]


def runs(edit: dict[int, list[str]]) -> list[list[int]]:
    """The edited positions, runs of neighbours together (a diff marks each run once)."""
    out: list[list[int]] = []
    for k in sorted(edit):
        if out and out[-1][-1] == k - 1:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def check_side(c: Comparison, v: Version, side: int, texts: list[str]) -> None:
    aligns = (c.a, c.b)[side]
    assert [al.text for al in aligns] == texts
    total, changed_chars, left_chars, all_near = sum(len(t) for t in texts), 0, 0, True
    for i, (al, words, edit) in enumerate(zip(aligns, v.sentences, v.edits, strict=True)):
        assert al.counterpart == i
        if not edit:
            assert (al.kind, al.changed) == ("shared", ())
            continue
        assert al.kind == "similar"  # exactly the edited sentences are not the same words
        theirs = sentence(words) if side else sentence(edited(words, edit))
        cut = all(not words for words in edit.values())  # a clipped version: near-verbatim
        if (
            not cut
            and fuzz.ratio(normalize_words(al.text), normalize_words(theirs)) < SHARED_RATIO * 100
        ):
            assert al.changed is None  # a rewrite: not compared word by word
            all_near = False
            continue
        # the words this side has in place of the other's, run by run
        mine = [
            " ".join(w for k in run for w in (edit[k] if side else [words[k]]))
            for run in runs(edit)
        ]
        theirs = [
            " ".join(w for k in run for w in ([words[k]] if side else edit[k]))
            for run in runs(edit)
        ]
        got = [normalize_words(al.text[s - al.start : e - al.start]) for s, e in al.changed or ()]
        assert got == [words for words in mine if words]
        # a run the other has no word in place of (all its words deleted) is only here
        left = [normalize_words(al.text[s - al.start : e - al.start]) for s, e in al.left_out]
        assert left == [
            words for words, other in zip(mine, theirs, strict=True) if words and not other
        ]
        changed_chars += sum(e - s for s, e in al.changed or ())
        left_chars += sum(e - s for s, e in al.left_out)
    found = (c.summary.a_in_b, c.summary.b_in_a)[side]
    same = (c.summary.a_same_in_b, c.summary.b_same_in_a)[side]
    assert found == round((total - left_chars) / total, 4)  # left-out words are not found
    if all_near:  # same words + other words + only here = 100%, by unchanged characters
        assert same == round((total - changed_chars) / total, 4)
        assert abs(found - same - (changed_chars - left_chars) / total) < 1e-4  # rounded
        assert (same == 1.0) == (changed_chars == 0)


@settings(max_examples=80, deadline=None)
@given(versions())
def test_exactly_the_edited_sentences_differ_by_exactly_the_edits(v: Version) -> None:
    """Oracle: unedited sentences are "shared", edited ones "similar" with the edited
    words (each run of neighbouring edits one span) as their changed words on both sides
    (a run deleted whole: on the fuller side only, "left out"), and the same-words share is
    the unchanged characters over all, the found share all but the left-out ones."""
    texts_a = [sentence(s) for s in v.sentences]
    texts_b = [sentence(edited(s, e)) for s, e in zip(v.sentences, v.edits, strict=True)]
    c = compare("\n\n".join(texts_a), "\n\n".join(texts_b))
    check_side(c, v, 0, texts_a)
    check_side(c, v, 1, texts_b)
    assert len(c.word_changes) == sum(1 for al in c.a if al.kind == "similar" and al.changed)


def punctuated(sentences: list[list[str]], joins: list[bool]) -> tuple[list[str], list[int]]:
    """The sentences as a text punctuates them (sentence k joined to the next by ";" where
    ``joins[k]``), and for each of its sentences the first generated sentence it holds."""
    texts, firsts = [], []
    for k, words in enumerate(sentences):
        if k and joins[k - 1]:
            texts[-1] = texts[-1][:-1] + "; " + " ".join(words) + "."
        else:
            texts.append(sentence(words))
            firsts.append(k)
    return texts, firsts


@settings(max_examples=80, deadline=None)
@given(versions())
def test_the_same_words_punctuated_otherwise_are_shared(v: Version) -> None:
    """Oracle (rv35 #4): each text joins some adjacent sentences with ";". A block is the
    shortest run of generated sentences both texts end a sentence after; a sentence whose
    block has no edit is "shared" with no changed word, one whose block has an edit is not."""
    edited_sentences = [edited(s, e) for s, e in zip(v.sentences, v.edits, strict=True)]
    texts_a, firsts_a = punctuated(v.sentences, v.joins[0])
    texts_b, firsts_b = punctuated(edited_sentences, v.joins[1])
    c = compare("\n\n".join(texts_a), "\n\n".join(texts_b))
    block, at = [], 0
    for k in range(len(v.sentences)):
        block.append(at)
        at += not (k < len(v.sentences) - 1 and (v.joins[0][k] or v.joins[1][k]))
    edited_block = {block[k] for k, edit in enumerate(v.edits) if edit}
    for aligns, texts, firsts, other_firsts in (
        (c.a, texts_a, firsts_a, firsts_b),
        (c.b, texts_b, firsts_b, firsts_a),
    ):
        assert [al.text for al in aligns] == texts
        for al, first in zip(aligns, firsts, strict=True):
            if block[first] in edited_block:
                assert al.kind != "shared"
                continue
            assert (al.kind, al.changed, al.left_out) == ("shared", (), ())
            assert (
                al.counterpart is not None and block[other_firsts[al.counterpart]] == block[first]
            )
    if not edited_block:
        assert (c.summary.a_same_in_b, c.summary.b_same_in_a) == (1.0, 1.0)
        assert c.word_changes == ()
        assert "other words" not in c.summary.found(0) + c.summary.found(1)
