"""A notice label or a lone country in capitals over a .txt is no headline (rv36 #5: since
fx46 "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "CORRECTED VERSION", "EDITOR'S NOTE" and
"UNITED KINGDOM" were taken for the title). The oracle: the first line is a notice (a
press release's, a correction's, an editor's note) or a country the place lists know, so
the title is derived from the lede; a headline word with them makes it the title again."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.places import COUNTRY_NAMES

LEDE = (
    "The council met on Tuesday and voted to close the old bridge for repairs until the "
    "spring, the mayor said in a statement."
)
NOTICES = [
    "FOR IMMEDIATE RELEASE",
    "PRESS RELEASE",
    "NEWS RELEASE",
    "MEDIA ADVISORY",
    "CORRECTED VERSION",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "EDITORS NOTE",
    "UPDATED VERSION",
    "EMBARGOED PRESS RELEASE",
]
COUNTRIES = [*sorted(name.upper() for name in COUNTRY_NAMES), "SOUTH AFRICA", "FRANCE & SPAIN"]
HEADLINE_WORDS = ["COCOA", "HARBOUR", "BRIDGE", "TARIFF"]


def plain(first: str) -> str:
    return f"{first}\n\n{LEDE}\n\nWork will start in March.\n"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(NOTICES))
def test_a_notice_label_is_no_title(label: str) -> None:
    found = extract(plain(label))
    assert found.title_derived
    assert found.body.startswith("The council met")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(COUNTRIES))
def test_a_lone_country_is_no_title(country: str) -> None:
    assert extract(plain(country)).title_derived


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(NOTICES),
    st.sampled_from(HEADLINE_WORDS),
    st.sampled_from(COUNTRIES),
)
def test_a_headline_word_makes_it_a_title(label: str, word: str, country: str) -> None:
    for line in (f"{label} {word} RISES", f"{country} {word} TALKS"):
        found = extract(plain(line))
        assert not found.title_derived
        assert found.title == line
