"""Two side by side: how much of one the other has, in the same words apart from other
words (nu31 #14: "B found in A 100%" for one paraphrase that held a six-word run)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.compare import compare, shared_passages

A = (
    "The council approved the new harbour budget on Monday after the mayor cast the "
    "deciding vote in a late session. Fishermen had asked for new piers for years."
)
B = (
    "After a long debate, the mayor cast the deciding vote in a late session to pass the "
    "harbour budget."
)


def test_a_paraphrase_holding_a_run_is_not_all_the_same_words() -> None:
    summary = compare(A, B).summary
    assert summary.b_in_a == 1.0  # its one sentence has a counterpart
    run = "the mayor cast the deciding vote in a late session"
    assert summary.b_same_in_a == round(len(run) / len(B), 4)
    assert summary.found(1) == "51% same words, 49% in other words"


def test_a_copy_is_all_the_same_words_and_a_stranger_none() -> None:
    summary = compare(A, A).summary
    assert (summary.a_same_in_b, summary.found(0)) == (1.0, "100% same words")
    other = compare(A, "Rain fell on the hills. Snow is due by Friday.").summary
    assert (other.a_same_in_b, other.b_same_in_a, other.found(1)) == (0.0, 0.0, "0%")


WORDS = "mayor council harbour budget vote session piers fishermen deciding late cast new"
_sentence = st.lists(st.sampled_from(WORDS.split()), min_size=3, max_size=12).map(
    lambda w: " ".join(w).capitalize() + "."
)


@settings(max_examples=60, deadline=None)
@example(
    ["Council council council council council council."],
    ["Mayor mayor council.", "Council council council council council."],
)
@given(st.lists(_sentence, min_size=1, max_size=5), st.lists(_sentence, min_size=1, max_size=5))
def test_the_same_words_are_what_the_runs_and_copies_cover(
    a_sentences: list[str], b_sentences: list[str]
) -> None:
    """An oracle: the same-words share is at most the found share, and at least the share
    of B's characters inside a verbatim run of six words or more (`shared_passages`)."""
    a, b = " ".join(a_sentences), " ".join(b_sentences)
    summary = compare(a, b).summary
    assert 0.0 <= summary.b_same_in_a <= summary.b_in_a <= 1.0
    covered = set()
    for p in shared_passages(a, b):
        covered.update(range(p.b_start, p.b_end))
    spaces = sum(1 for k in range(len(b)) if b[k] == " " and k - 1 in covered and k + 1 in covered)
    in_sentences = sum(len(s) for s in b_sentences)
    # at most what is found: a run may reach into a sentence with no counterpart (ci103)
    least = min(len(covered) - spaces - 1, summary.b_in_a * in_sentences)
    assert summary.b_same_in_a * in_sentences >= least - 1
