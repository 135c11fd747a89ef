"""A possessive's apostrophe lost to "?" ("Brennick?s spokesman"): the corpora's README says
dirty copies lose curly quotes to "?" as they lose accented letters. sp52 read any "?" between
two letters, the second a small one, as a lost letter, so "Halden Brennick?s" was a speaker
(rv62). A "?" before an "s" that ends its word is read as the apostrophe it was: the oracle
is the intact text ("Brennick’s"), whose tokens and speakers the damaged one must give.
Made-up names, as in test_speaker_lost_letters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.lostletters import has_lost_letter
from index.analysis.names import tokens
from index.analysis.quotes import extract_quotes

_GIVEN = st.sampled_from(["Tolvar", "Halden", "Osrick", "Wendrel", "Faramund"])
_SURNAME = st.sampled_from(["Brennick", "Halvorsen", "Quillfeather", "Marlaine", "Dorweiler"])
_OTHER = st.sampled_from(["Kestrel Ashgrove", "Penhallow Dunmore"])


def _shapes(given: str, surname: str, other: str) -> list[str]:
    """Attributions with a possessive of the name in them, written ``{P}`` ("’s" intact)."""
    return [
        f'Prime Minister {given} {surname}{{P}} spokesman spoke on Monday. "We will not move,"'
        " he said.",
        f'"We will not move," said {given} {surname}{{P}} aide, {other}.',
        f'{given} {surname} spoke on Monday. "We will not move," {surname}{{P}} spokesman said.',
        f'"The talks went well," {given} {surname} said of {other}{{P}} visit. "We will meet'
        f' again," {surname} told reporters.',
        f'{given} {surname}{{P}} party won. "It is clear," {other} said of {surname}{{P}} lead.',
    ]


@settings(max_examples=60, deadline=None)
@given(_GIVEN, _SURNAME, _OTHER, st.integers(0, 4))
def test_a_lost_apostrophe_reads_as_the_intact_one(
    given: str, surname: str, other: str, shape: int
) -> None:
    text = _shapes(given, surname, other)[shape]
    intact, damaged = text.replace("{P}", "’s"), text.replace("{P}", "?s")
    speakers = [q.speaker for q in extract_quotes(damaged)]
    assert speakers == [q.speaker for q in extract_quotes(intact)]
    assert not any(s is not None and "?" in s for s in speakers)
    # the same words at the same places, the possessive's mark as the intact copy has it
    assert tokens(damaged) == tokens(intact)


def test_the_reported_shape_and_real_lost_letters() -> None:
    """The speaker is "Halden Brennick", not "Halden Brennick?s"; a lost letter before a
    word's last letters ("Sch?uble", "Universit?t") still joins its word."""
    text = (
        'Prime Minister Halden Brennick?s spokesman spoke on Monday. "We will not move," he said.'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Halden Brennick"]
    assert [t.text for t in tokens("Wolfgang Sch?uble at Freie Universit?t")] == [
        "Wolfgang",
        "Sch?uble",
        "at",
        "Freie",
        "Universit?t",
    ]
    assert has_lost_letter("Brennick?s aide") and not has_lost_letter("Brennick? said")
