"""A common word for a group of people ("Gardaí", "Experts") that opens a sentence is no
one's name, its letter lost or not ("Garda\ufffd\ufffd said": nu64 #4, cl46)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes
from index.analysis.speakercommon import COMMON

QUOTE = '{} said the road "was closed for hours after the crash on Monday".'


def _speakers(word: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(QUOTE.format(word))]


@given(
    st.sampled_from(sorted(w for w in COMMON if len(w) >= 6 and w.isascii())),
    st.data(),
    st.sampled_from(["\ufffd\ufffd", "?"]),
)
def test_a_lost_letter_speaks_as_the_word(word: str, data: st.DataObject, mark: str) -> None:
    """The oracle: the same text with the word whole."""
    at = data.draw(st.integers(2, len(word) - 2))
    whole = word.capitalize()
    lost = whole[:at] + mark + whole[at + 1 :]
    assert _speakers(lost) == _speakers(whole)


def test_gardai() -> None:
    assert _speakers("Gardaí") == [None]
    assert _speakers("Garda\ufffd\ufffd") == [None]
    assert _speakers("Garda?") == [None]
    assert _speakers("Mr Gardner") == ["Gardner"]  # a name still speaks


def test_two_common_words_alike_but_for_the_lost_letter() -> None:
    """CI ci133's draw: "Organi\ufffd\ufffders" spells organisers and organizers, both common."""
    for mark in ("\ufffd\ufffd", "?"):
        assert _speakers(f"Organi{mark}ers") == [None]
