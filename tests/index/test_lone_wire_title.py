"""A plain text's first line in capitals, alone over a blank line and the story, is its
headline (nu37 #3: "BAHIA COCOA REVIEW" was removed as a kicker and a title derived from
the lede, for every Reuters record written as .txt); a kicker's or a section's words in
capitals stay a kicker."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.unlisted_outlet import KICKER_WORDS

LEDE = (
    "The council met on Tuesday and voted to close the old bridge for repairs until the "
    "spring, the mayor said in a statement."
)
SECOND = "Work will start in March."
HEADLINE_WORDS = ["COCOA", "BAHIA", "WHEAT", "HARBOUR", "COUNCIL", "BRIDGE", "STEEL", "TARIFF"]
OTHER_WORDS = ["REVIEW", "TO", "SEES", "RISE", "IN", "PROFIT", "OF", "NET", "QTR", "4TH", "U.S."]
KICKERS = ["EXCLUSIVE", "ANALYSIS", "WATCH", "WORLD", "NEWS", "LIVE", "UPDATES", "BREAKING"]


def plain(first: str) -> str:
    return f"{first}\n\n{LEDE}\n\n{SECOND}\n"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(HEADLINE_WORDS), min_size=1, max_size=3),
    st.lists(st.sampled_from(OTHER_WORDS), min_size=1, max_size=5),
    st.randoms(use_true_random=False),
)
def test_a_capitals_line_alone_on_top_is_the_title(
    named: list[str], others: list[str], rng: object
) -> None:
    words = named + others
    rng.shuffle(words)  # type: ignore[attr-defined]
    headline = " ".join(words)
    found = extract(plain(headline))
    assert (found.title, found.title_derived) == (headline, False)  # its words as written
    assert found.body == f"{LEDE}\n\n{SECOND}"
    assert found.removed == ()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(KICKERS), min_size=1, max_size=3))
def test_kicker_words_in_capitals_stay_a_kicker(words: list[str]) -> None:
    assert all(w.lower() in KICKER_WORDS for w in words)
    label = " ".join(words)
    found = extract(plain(label))
    assert found.title_derived, found.title
    assert label not in found.body.split("\n")


@pytest.mark.parametrize(
    "label", ["WORLD NEWS", "U.S. NEWS", "US & CANADA", "OPINION", "EXCLUSIVE", "ANALYSIS:"]
)
def test_labels_and_a_label_before_a_colon_stay_kickers(label: str) -> None:
    found = extract(plain(label))
    assert found.title_derived
    assert label not in found.body.split("\n")


@pytest.mark.parametrize(
    "text",
    [
        f"Bridge notes\n\nBAHIA COCOA REVIEW\n\n{LEDE}\n",  # not the text's first line
        f"BAHIA COCOA REVIEW\n{LEDE}\n",  # no blank line under it
    ],
)
def test_only_the_first_line_over_a_blank_line(text: str) -> None:
    assert extract(text).title != "BAHIA COCOA REVIEW"


def test_a_given_title_still_wins() -> None:
    found = extract(plain("BAHIA COCOA REVIEW"), known={"title": "Cocoa weekly"})
    assert found.title == "Cocoa weekly"
