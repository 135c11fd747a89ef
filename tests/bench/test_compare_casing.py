"""bench.compare_casing (fn45): the corpus's casing counts and the evidence they give."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from bench.compare_casing import common_words, count, with_corpus
from index.analysis import namefragments
from index.analysis.entities import Lexicon, NameMention
from index.analysis.pair_names import pair_only_in

_WORD = st.text(alphabet="abcdefgh", min_size=2, max_size=6)


@given(st.lists(st.tuples(_WORD, st.booleans()), min_size=1, max_size=30))
def test_counts_match_an_oracle(words: list[tuple[str, bool]]) -> None:
    """Oracle: a sentence "Start w1 w2 ..." where each word is lower case or capitalised;
    every one is inside the sentence, after a word ending in a lower-case letter."""
    written = [w.capitalize() if cap else w for w, cap in words]
    lower, mid = count(["Start " + " ".join(written) + "."])
    want_lower = Counter(w for w, cap in words if not cap)
    want_mid = Counter(w for w, cap in words if cap)
    assert lower == want_lower
    assert mid == want_mid


@given(
    st.dictionaries(_WORD, st.integers(0, 9), max_size=10),
    st.dictionaries(_WORD, st.integers(0, 9), max_size=10),
    st.integers(1, 3),
)
def test_common_words_by_ratio(low: dict[str, int], mid: dict[str, int], minimum: int) -> None:
    got = common_words(Counter(low), Counter(mid), 2.0, minimum)
    assert got == {w for w, n in low.items() if n >= minimum and n >= 2 * mid.get(w, 0)}


def test_a_sentence_start_is_not_counted() -> None:
    _, mid = count(["Place was set. The place. In Doubt, Staff left."])
    assert mid == Counter({"doubt": 1, "staff": 1})


def test_addresses_and_handles_are_not_lower_case_words() -> None:
    lower, _ = count(["See twitter.com/x and @place or #doubt, then twitter."])
    assert lower["twitter"] == 1
    assert "place" not in lower and "doubt" not in lower


def test_corpus_evidence_drops_a_heading_word_and_keeps_guarded_ones() -> None:
    a = "He read Scotland's Place in Europe. They went to The Met on Friday."
    b = "Officials said little."
    assert "Place" in pair_only_in(a, b)[0]
    heading = with_corpus(frozenset({"place", "met"}), guards=True)
    original = namefragments.heading_word
    namefragments.heading_word = heading
    try:
        only_a = pair_only_in(a, b)[0]
    finally:
        namefragments.heading_word = original
    assert "Place" not in only_a
    assert "Met" in only_a
    assert "Scotland" in only_a
    assert not heading(a, _mention(a, "Met"), Lexicon.of([a, b]))


def _mention(text: str, word: str) -> NameMention:
    start = text.index(word)
    return NameMention(start, start + len(word), word, (word.lower(),), False)
