"""A short word is respelt only by a slip a user makes in typing it (`index.search.slips.slip`):
"covd" is no slip for "cold" (nu16), nor is it hidden by it when "covid" is indexed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.search.slips import slip
from index.search.suggest import SHORT, choose, close

LETTERS = "abcdefghijklmnopqrstuvwxyz"
NEIGHBOURS = {"a": "qwsz", "s": "awedxz", "k": "ijolm,", "v": "cfgb", "o": "iklp", "t": "rfgy"}
words = st.text(LETTERS, min_size=2, max_size=SHORT)


@given(words, st.data())
def test_a_letter_left_out_added_or_swapped_is_a_slip(word: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(word) - 1))
    letter = data.draw(st.sampled_from(LETTERS))
    assert slip(word[:at] + word[at + 1 :], word)  # left out
    assert slip(word[:at] + letter + word[at:], word)  # added
    if at + 1 < len(word):
        assert slip(word[:at] + word[at + 1] + word[at] + word[at + 2 :], word)  # swapped


@given(words, st.data())
def test_a_letter_put_for_a_neighbour_or_a_vowel_for_a_vowel_is_a_slip(
    word: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(word) - 1))
    meant = data.draw(st.sampled_from(sorted(NEIGHBOURS)))
    typed = data.draw(st.sampled_from(NEIGHBOURS[meant].replace(",", "")))
    assert slip(word[:at] + typed + word[at + 1 :], word[:at] + meant + word[at + 1 :])
    vowels = data.draw(st.lists(st.sampled_from("aeiouy"), min_size=2, max_size=2))
    assert slip(word[:at] + vowels[0] + word[at + 1 :], word[:at] + vowels[1] + word[at + 1 :])


@given(words, st.data())
def test_a_consonant_put_for_a_far_one_is_no_slip(word: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(word) - 1))
    typed, meant = data.draw(st.sampled_from([("v", "l"), ("m", "t"), ("z", "p"), ("q", "n")]))
    assert not slip(word[:at] + typed + word[at + 1 :], word[:at] + meant + word[at + 1 :])
    assert not close(word[:at] + typed + word[at + 1 :], "-", word[:at] + meant + word[at + 1 :])


def test_a_commoner_word_that_is_no_slip_hides_no_rarer_one_that_is() -> None:
    frequency = {"cold": 50, "covid": 2}
    distance = {"cold": 1, "covid": 1}
    assert choose("covd", distance, set(), frequency, lambda term: term) == ["covid"]
    assert choose("covd", {"cold": 1}, set(), {"cold": 50}, lambda term: term) == []
    assert choose("cild", {"cold": 1}, set(), {"cold": 50}, lambda term: term) == ["cold"]
