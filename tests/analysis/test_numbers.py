"""Numbers read as values: forms that mean the same, forms left out, rounding, any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.numbers import NumberMention, find_numbers, numbers_absent, same_number


def one(text: str) -> NumberMention:
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The deal is worth $1.5 billion.", "It cost 1.5bn dollars."),
        ("About 1,500 people came.", "Some 1.5 thousand people came."),
        ("Prices rose 40% last year.", "Prices rose 40 per cent."),
        ("Prices rose 40 percent.", "Prices rose forty percent."),
        ("A fine of €300m was set.", "A fine of 300 million euros was set."),
        ("It sold 2 million copies.", "It sold two million copies."),
        ("Three soldiers died.", "3 soldiers died."),
        ("He was 21st in line.", "He was 21st in line again."),
        ("Sales reached 1.5 million.", "Sales reached 1,523,000."),
        ("The bill costs $3.5 trillion.", "The bill costs 3.5 trillion."),
    ],
)
def test_the_same_value_written_two_ways(a: str, b: str) -> None:
    assert same_number(one(a), one(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It sold 2 million copies.", "It sold 1.6 million copies."),
        ("A fine of $300m.", "A fine of €300m."),
        ("Turnout was 40%.", "There were 40 of them."),
        ("It cost 1.5 billion.", "It cost 1.5 million."),
        ("Some 1,520 came.", "Some 1,530 came."),
    ],
)
def test_different_values_or_units(a: str, b: str) -> None:
    assert not same_number(one(a), one(b))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$1.5 billion", 1.5e9, "USD"),
        ("£2 million", 2e6, "GBP"),
        ("US$40m", 40e6, "USD"),
        ("3.5 per cent", 3.5, "%"),
        ("0.25 percentage points", 0.25, "%"),
        ("the 21st", 21, "th"),
        ("in 2017", 2017, ""),
        ("a million users", 1e6, ""),
        ("twenty-five deaths", 25, ""),
        ("200,000 people", 200000, ""),
    ],
)
def test_values_and_units(text: str, value: float, unit: str) -> None:
    n = one(text)
    assert n.value == pytest.approx(value) and n.unit == unit
    assert text[n.start : n.end] == n.text


@pytest.mark.parametrize(
    "text",
    [
        "The meeting starts at 10:30 a.m. sharp.",
        "It happened on March 29 in the evening.",
        "It happened on 29 March in the evening.",
        "F-16 jets and the G20 and COVID-19 cases.",
        "One of them left.",
        "He ran 10k today.",  # "10km" is 10 (cl24 #6)
        "Prices rose in the 1990s.",
        "It opened at 3 p.m. and closed at 5pm.",
    ],
)
def test_times_days_and_digits_in_names_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == ()


def test_numbers_absent_compares_by_value() -> None:
    mine = find_numbers("It cost $1.5 billion and 12 people were hurt; 7% said no.")
    other = find_numbers("The bill was 1.5bn dollars. Seven percent disagreed.")
    absent = [mine[k].text for k in numbers_absent(mine, other)]
    assert absent == ["12"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "$",
                "1.5",
                "bn",
                "billion",
                "40",
                "%",
                "per",
                "cent",
                "1,500",
                "March",
                "29",
                "a",
                "million",
                "twenty-five",
                "21st",
                "10:30",
                "p.m.",
                "F-16",
                "€",
                "euros",
                " ",
            ]
        )
        | st.text(max_size=6),
        max_size=40,
    ).map(" ".join)
)
def test_any_text_gives_mentions_that_are_its_slices(text: str) -> None:
    previous = -1
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text
        assert n.start > previous
        previous = n.start
        assert n.digits >= 1 and n.value >= 0


@settings(max_examples=100, deadline=None)
@given(
    st.integers(1, 99_999),
    st.sampled_from(["ft", "km", "kg", "lb", "mph", "MW", "kWh", "cm"]),
    st.sampled_from([" ", " feet ", " metres "]),
)
def test_a_number_with_its_unit_against_it_is_that_number(n: int, unit: str, after: str) -> None:
    """cl24 #6: "30ft" was no number, so a bare "30" elsewhere was "only in" its article."""
    written = one(f"A wall {n}{unit} high.")
    assert written.text == f"{n}{unit}" and written.value == n and written.unit == ""
    bare = one(f"A wall of {n}{after}high.")
    assert numbers_absent([bare], [written]) == [] == numbers_absent([written], [bare])


def test_a_letter_after_a_number_is_still_no_unit() -> None:
    """ "5m" is 5 metres or 5 million (cp40, nu49 #1: ``test_number_units``); "3D" and "4G"
    are no numbers."""
    assert [n.text for n in find_numbers("The 5m budget, the 3D film, the 4G network")] == ["5m"]
