"""A number "only in" one article is in no other's title or body, inside words too (nu38 #3).

The oracle (``bench.compare_numbers.token_values``) reads every numeral of a text its own
way: digit runs anywhere, inside "220-to-190", "60-year-old" and "9/11" too, but not a
clock time's ("2:30"), and number words ("two" = 2: a number written in words is the same
number). A bare count listed as only in A never has its value among B's.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.compare_numbers import bare_count, token_values
from index.analysis.multicompare import Document, compare_many
from index.analysis.numbers import find_numbers, numbers_given
from index.analysis.pair_names import pair_only_in


def listed(a: str, b: str, title_b: str = "") -> list[str]:
    """The numbers the many-article comparison lists as only in ``a``."""
    docs = (Document("a", "", None, None, a), Document("b", title_b, None, None, b))
    return [n.text for n in compare_many(docs).only_in[0].numbers]


def test_a_vote_count_inside_a_hyphenated_word_is_given() -> None:
    a = "The House voted 222-190 on Tuesday, with two members against their party."
    b = "The 220-to-190 party-line vote came after two months of talks."
    assert listed(a, b) == ["222"]  # 190 and "two" are in b; 220 is no rounding of 222


def test_ages_durations_and_units_inside_words_are_given() -> None:
    a = "The man, 60, was held for 90 days over 136 homes."
    b = "The 60-year-old was held for a 90-day term over the 136-unit block."
    assert listed(a, b) == []


def test_a_year_after_a_month_is_given() -> None:
    """A date's year is given, not listed: read as a number of its own it made "since June
    2008" carry "since August 2008" in sentence matching (a held-out pair the reader split)."""
    assert find_numbers("It began in June 1992 and ended on June 9.") == ()
    a, b = "The law dates from 1992 and 2000.", "Passed in June 1992, amended in December 2000."
    assert listed(a, b) == []


def test_a_slashed_date_is_no_count_and_a_day_after_a_no_break_space_neither() -> None:
    assert find_numbers("the 9/11 Commission, issued Aug.\xa03, open 24/7") == ()


def test_a_number_in_the_other_title_is_given() -> None:
    a = "The city will spend $250 million on roads."
    b = "The spending plan passed on Monday."
    assert listed(a, b) == ["$250 million"]
    assert listed(a, b, "City approves $250 million road plan") == []
    only_a, _ = pair_only_in(a, b, titles=("", "City approves $250 million road plan"))
    assert only_a == ()


def test_a_clock_time_gives_no_count() -> None:
    assert [n.text for n in numbers_given("at 2:30 p.m.")] == []
    assert listed("Two officers were hurt.", "It ended at 2:30 p.m.") == ["Two"]


_PIECES = [
    "222-190", "220-to-190", "60-year-old", "90-day", "9/11", "June 1992", "Oct.\xa03",
    "2:30 p.m.", "two", "Two", "twenty-five", "25", "190", "1992", "60", "3", "11", "1,500",
    "1500", "$1.5 billion", "1.5-billion", "40%", "forty", "F-16", "COVID-19", "6-3", "21st",
    "the", "vote", "was", ",", ".", "and", "March 29", "30ft", "a", "million",
]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES) | st.text(max_size=5), max_size=25).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_TEXT, _TEXT, _TEXT)
def test_a_bare_count_only_in_a_is_no_numeral_of_b(a: str, b: str, title_b: str) -> None:
    theirs = token_values(f"{title_b}\n{b}")
    only_pair, _ = pair_only_in(a, b, titles=("", title_b))
    for text in [*listed(a, b, title_b), *only_pair]:
        value = bare_count(text)
        assert value is None or value not in theirs, (text, a, b, title_b)
