"""Verbatim runs between two texts and passages shared by several: exact, maximal, closed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.passages import pairwise_runs, shared_runs, verbatim_runs


def w(text: str) -> list[str]:
    return text.split()


def test_runs_are_maximal_and_do_not_overlap() -> None:
    a = w("x a b c d e f g y a b c d e f z")
    b = w("q a b c d e f g r")
    runs = verbatim_runs(a, b, 3)
    assert [(r.length, r.i, r.j) for r in runs] == [(7, 1, 1)]  # the longest, once


def test_min_words_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        verbatim_runs(["a"], ["a"], 0)


def test_a_paragraph_five_kept_and_a_sentence_three_kept() -> None:
    para = w("one two three four five six seven eight nine ten eleven twelve")
    texts = [
        para,
        para,
        w("intro") + para,
        para[:4] + w("changed") + para[5:],
        para[:4] + w("changed") + para[5:],
    ]
    passages = shared_runs(texts, pairwise_runs(texts, 3), 3)
    found = sorted((p.texts, p.length, p.spans[0][1]) for p in passages)
    assert found == [
        ((0, 1, 2), 12, 0),  # the whole paragraph, where it is unchanged
        ((0, 1, 2, 3, 4), 4, 0),  # before the edit, in all five
        ((0, 1, 2, 3, 4), 7, 5),  # after it, in all five
        ((3, 4), 12, 0),  # the edited copy, shared by the two that ran it
    ]


vocab = st.sampled_from(["a", "b", "c", "d", "e"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(vocab, max_size=40), min_size=2, max_size=5), st.integers(1, 4))
def test_every_passage_is_the_same_words_in_every_text(
    texts: list[list[str]], min_words: int
) -> None:
    runs = pairwise_runs(texts, min_words)
    for (p, q), pair in runs.items():
        for r in pair:
            assert texts[p][r.i : r.i + r.length] == texts[q][r.j : r.j + r.length]
            assert r.length >= min_words
    for passage in shared_runs(texts, runs, min_words):
        pieces = {tuple(texts[t][lo:hi]) for t, lo, hi in passage.spans}
        assert len(pieces) == 1 and passage.length >= min_words
        assert len(set(passage.texts)) == len(passage.texts) >= 2


def test_the_same_words_at_several_places_are_one_passage() -> None:
    """nu36 #10: "The California Department of Water Resources" five times in a memo."""
    phrase = w("the state water board said")
    texts = [
        phrase + w("x y z") + phrase,
        w("q") + phrase + w("r s") + phrase,
        phrase + w("t u v"),
        w("k l") + phrase,
    ]
    passages = shared_runs(texts, pairwise_runs(texts, 3), 3)
    assert [(p.texts, p.length) for p in passages] == [((0, 1, 2, 3), 5)]
    assert passages[0].spans == ((0, 0, 5), (1, 1, 6), (2, 0, 5), (3, 2, 7))  # first places


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(vocab, max_size=40), min_size=2, max_size=5), st.integers(1, 4))
def test_one_passage_a_wording_and_every_text_listed_holds_it(
    texts: list[list[str]], min_words: int
) -> None:
    """No wording is listed twice; the texts a passage lists all hold its words (oracle: a
    brute-force scan of every text)."""
    passages = shared_runs(texts, pairwise_runs(texts, min_words), min_words)
    wordings = [tuple(texts[t][lo:hi]) for p in passages for t, lo, hi in p.spans[:1]]
    assert len(wordings) == len(set(wordings))
    for passage, wording in zip(passages, wordings, strict=True):
        n = len(wording)
        holders = {
            t for t, text in enumerate(texts) for i in range(len(text) - n + 1)
            if tuple(text[i : i + n]) == wording
        }  # fmt: skip
        assert set(passage.texts) <= holders
