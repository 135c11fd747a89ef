"""Headlines in capitals, as a wire sends them (nu22 #2): over an outlet and a date line,
"U.S. TRADE DEFICIT WIDENS IN JANUARY" gave the title "U.S." (the lede's first "sentence")
and stayed in the body, "BAHIA COCOA REVIEW" was removed as a section label, and "G-7
FINANCE CHIEFS MEET IN PARIS" was taken for one and stayed in the body. A label in capitals
("WORLD NEWS", "ADVERTISEMENT") is still no headline."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import derive_title, extract

LEDE = (
    "The council met on Tuesday and voted to close the old bridge for repairs until the "
    "spring, the mayor said in a statement."
)
WORDS = [
    "TRADE", "DEFICIT", "WIDENS", "IN", "JANUARY", "BANK", "RAISES", "RATES", "COCOA", "CROP",
    "OUTPUT", "FALLS", "FINANCE", "CHIEFS", "MEET", "PARIS", "TO", "SEES", "PROFIT", "OF", "AND",
    "EXPORTS", "RISE", "STEEL", "TALKS", "END", "WHEAT", "SALES",
]  # fmt: skip
ABBREVIATIONS = ("U.S.", "U.K.", "G-7", "DR.", "NO. 2", "3.5 PCT", "N.Y.", "CORP.", "ST.")


def wire_copy(headline: str, *, date: bool = True) -> str:
    return f"{headline}\nReuters\n" + ("1987-02-26\n" if date else "") + f"\n{LEDE}\n"


@pytest.mark.parametrize(
    "headline",
    [
        "U.S. TRADE DEFICIT WIDENS IN JANUARY",
        "BAHIA COCOA REVIEW",
        "G-7 FINANCE CHIEFS MEET IN PARIS",
        "ENERGY/FOREIGN INVESTORS",  # a slash joins two words
        "(CORRECTED) - TSENG <TSNG> SEES SALES INCREASE",  # the wire's tag before it
        "NEXT FEW MONTHS CRUCIAL FOR OIL - MINISTER",  # no "Next:" link
        "SMITH <SMH> TO RELEASE NEWS",  # no banner
    ],
)
def test_the_wire_headline_is_the_title(headline: str) -> None:
    found = extract(wire_copy(headline))
    assert (found.title, found.title_derived) == (headline, False)
    assert found.body == LEDE
    assert found.source == "Reuters"


@pytest.mark.parametrize(
    "label",
    ["WORLD NEWS", "ADVERTISEMENT", "SUBSCRIBE", "LIVE UPDATES", "OPINION", "US & CANADA"],
)
def test_a_label_in_capitals_is_still_debris(label: str) -> None:
    found = extract(wire_copy(label))
    assert found.title_derived
    assert label in found.removed
    assert found.body == LEDE


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=3, max_size=9),
    inserts=st.lists(
        st.tuples(st.integers(0, 9), st.sampled_from(ABBREVIATIONS)), min_size=0, max_size=3
    ),
    date=st.booleans(),
)
def test_any_capitals_headline_with_abbreviations(
    words: list[str], inserts: list[tuple[int, str]], date: bool
) -> None:
    """Three words or more in capitals, with "U.S.", "G-7", "DR.", "NO. 2" or "3.5 PCT"
    anywhere (first, last), over an outlet line: the title as written, out of the body."""
    for position, abbreviation in inserts:
        words.insert(min(position, len(words)), abbreviation)
    headline = " ".join(words)
    found = extract(wire_copy(headline, date=date))
    assert (found.title, found.title_derived) == (headline, False)
    assert found.body == LEDE


@pytest.mark.parametrize(
    ("lede", "title"),
    [
        ("U.S. TRADE DEFICIT WIDENS IN JANUARY", "U.S. TRADE DEFICIT WIDENS IN JANUARY"),
        ("Judges of the 9th U.S. Circuit met. They ruled.", "Judges of the 9th U.S. Circuit met"),
        ("Dr. Lee of St. Mary's spoke. Then she left.", "Dr. Lee of St. Mary's spoke"),
    ],
)  # fmt: skip
def test_a_derived_title_is_not_cut_at_an_initial(lede: str, title: str) -> None:
    assert derive_title(lede) == title
