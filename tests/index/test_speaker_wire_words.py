"""Speakers sp40 mends on the Reuters wires (nu46 #6, issue 18): a sentence adverb ("Thus,
the researchers concluded") is no name; a law ("The U.S. Trade Act of 1974 says") speaks
for no one; "because it said" is the firm the sentence opens on, not the state before it;
"analyst X of Kidder, Peabody and Co." is X; "X of E.F. Hutton Co." read whole is X,
described by the firm; a body's common word alone ("Bank", "Holdings") names no body.
Constructed cases (shaped on reut-02168, reut-00925, reut-02495, reut-02813, reut-01408,
reut-01275), near ones that must not change, and properties whose oracle is the build."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

_QUOTE = '"the majority of cases appear to have been caused by cooked meat."'
_SAID = '"We expect the plant to reopen by summer,"'


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (f"Few ate it raw. Thus, the researchers concluded, {_QUOTE}", [None]),
        (f"Few ate it raw. Therefore, the researchers concluded, {_QUOTE}", [None]),
        (f"Few ate it raw. Meanwhile, the researchers concluded, {_QUOTE}", [None]),
        (
            "The official spoke. The U.S. Trade Act of 1974 says that China must "
            '"not be dominated or controlled by international Communism."',
            [None],
        ),
        (
            "In mid-December, Iowa Beef, a subsidiary of Occidental Petroleum Corp, closed "
            "its plant at Dakota City, Nebraska, because it said "
            '"it had no alternative to threats by meatpackers to disrupt operations."',
            ["Iowa Beef"],
        ),
        (
            f"{_SAID} said analyst Phil Pace of Kidder, Peabody and Co. Holders of Hughes "
            "would get 0.8 share of Baker for each Hughes share.",
            ["Phil Pace"],
        ),
        (f"{_SAID} said analyst Joseph Phillippi of E.F. Hutton Co.", ["Joseph Phillippi"]),
        (f"{_SAID} said P.S. Tam of Morgan Guaranty Trust.", ["P.S. Tam"]),
        (
            "The Bank proposed new rules for lenders. Security, it said, "
            '"should normally only be taken into account when considering the loan."',
            [None],
        ),
        (  # reut-16948: "the Bank" of an article naming the World Bank is that bank
            'The World Bank approved the loan. "Growth will pick up," it said.',
            ["World Bank"],
        ),
        # must not change
        (  # na-2215: the labels give "Government"
            'A Government spokesman said: "We will not comment on the case."',
            ["Government"],
        ),
        (f"Few ate it raw. Thus, John Smith said, {_QUOTE}", ["John Smith"]),
        (f"Bill said, {_QUOTE}", ["Bill"]),
        (
            "Acme Corp closed its plant at Dakota City, Nebraska, because it said "
            '"it had no alternative to threats by meatpackers to disrupt operations."',
            ["Acme Corp"],
        ),
        (f"{_SAID} said Phil Pace of Kidder, Peabody and Co.", ["Phil Pace"]),
        (
            f"{_SAID} said Shamrock Holdings of California Inc.",
            ["Shamrock Holdings of California Inc."],
        ),
        (
            'The Kremlin rejected the plan. "It is a provocation," it said.',
            ["Kremlin"],
        ),
    ],
)
def test_wire_speakers(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def test_phillippi_described_by_his_firm() -> None:
    (quote,) = extract_quotes(f"{_SAID} said analyst Joseph Phillippi of E.F. Hutton Co.")
    assert quote.description is not None and "E.F. Hutton Co." in quote.description


_FIRSTS = st.sampled_from(["John", "Mary", "David", "Susan", "Robert", "Linda", "James"])
_SURNAMES = st.sampled_from(["Pace", "Healy", "Tamura", "Okafor", "Lindqvist", "Brennan"])
_FIRMS = st.sampled_from(
    ["E.F. Hutton Co.", "Morgan Guaranty Trust", "Drexel Burnham Lambert Inc.", "Acme Corp."]
)
_ADVERBS = st.sampled_from(["Thus", "Therefore", "Hence", "Consequently", "Accordingly"])


@given(_FIRSTS, _SURNAMES, _FIRMS, st.sampled_from(["", "analyst ", "economist "]))
def test_person_of_firm_is_the_person(first: str, surname: str, firm: str, role: str) -> None:
    """'said [role] First Surname of Firm' is First Surname, whatever the firm."""
    assert _speakers(f"{_SAID} said {role}{first} {surname} of {firm}") == [f"{first} {surname}"]


@given(_ADVERBS, st.sampled_from(["the researchers", "the study", "officials"]))
def test_sentence_adverb_is_no_one(adverb: str, who: str) -> None:
    """'Adverb, <no name> concluded, "..."': no speaker, never the adverb."""
    assert _speakers(f"Few ate it raw. {adverb}, {who} concluded, {_QUOTE}") == [None]


@given(_ADVERBS, _FIRSTS, _SURNAMES)
def test_sentence_adverb_keeps_the_name(adverb: str, first: str, surname: str) -> None:
    """'Adverb, First Surname said, "..."': the name, as without the adverb."""
    text = f"Few ate it raw. {adverb}, {first} {surname} said, {_QUOTE}"
    assert _speakers(text) == [f"{first} {surname}"]
