"""A bare "Nm" is N metres or N million: the word after it decides (cp41, rv53 on cp40).

Before a counted plural noun that is no unit of length ("5m people", "3m more barrels") it is
N million only; before a word of height, length or distance ("5m-high", "5m deep", "5m from",
"5m of water", "the 100m sprint") N metres only; otherwise ("a 5m wall", "5m by") both. So
"5 people" is not given by "5m people", "100 million" not by "the 100m sprint", and "$5m" is
still only in its article against "a 5m-high wall".

The oracle: each class of following word has its value set; the number is "only in" one
article exactly when no number of the other shares a value with it.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from index.analysis.numbers import find_numbers, metres_or_million
from index.analysis.pair_names import pair_only_in
from tests.analysis.rounding_oracle import any_near_rounding

MILLION = [
    "people", "users", "voters", "jobs", "barrels", "tonnes", "shares", "homes",
    "households", "customers", "more people", "new jobs", "extra barrels",
]  # fmt: skip
METRES = [
    "-high", "-long", "-wide", "-deep", "-tall", " high", " long", " tall", " deep", " wide",
    " away", " from", " above", " below", " of water", " of rain", " of snow", " sprint",
    " race", " hurdles", " freestyle",
]  # fmt: skip
NEITHER = ["wall", "by", "budget", "in all", "and more", "."]
"""Words after that settle nothing: the number stays both."""

CLASSES = {
    "million": (MILLION, lambda n: {n * 1_000_000}),
    "metres": (METRES, lambda n: {n}),
    "either": (NEITHER, lambda n: {n, n * 1_000_000}),
}
OTHERS = {
    "{n}": lambda n: {n},
    "{n} metres": lambda n: {n},
    "{n} million": lambda n: {n * 1_000_000},
    "${n}m": lambda n: {n * 1_000_000},
}
"""The other article's number: a form and the values it gives."""


def with_word(n: int, word: str) -> str:
    glue = "" if word.startswith(("-", " ", ".")) else " "
    return f"They said {n}m{glue}{word} was the figure."


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 99_999),
    st.sampled_from(sorted(CLASSES)),
    st.data(),
    st.sampled_from(sorted(OTHERS)),
    st.one_of(st.just(0), st.integers(1, 99_999)),
)
def test_the_word_after_decides_the_values(
    n: int, kind: str, data: st.DataObject, other: str, m: int
) -> None:
    words, values = CLASSES[kind]
    word = data.draw(st.sampled_from(words))
    m = m or n
    mine = with_word(n, word)
    theirs = f"Another report gave {other.format(n=m)} on the day."
    found = find_numbers(mine)
    assert [x.text for x in found] == [f"{n}m"]
    expected = {n * 1_000_000} if kind == "million" else {n}
    assert {found[0].value} == expected
    assert metres_or_million(found[0]) == (kind == "either")
    assume(not any_near_rounding(values(n), OTHERS[other](m)))  # a rounding is given
    shared = bool(values(n) & OTHERS[other](m))
    mine_only, theirs_only = pair_only_in(mine, theirs)
    assert list(mine_only) == ([] if shared else [f"{n}m"])
    listed = other.format(n=m).removesuffix(" metres")
    assert list(theirs_only) == ([] if shared else [listed])


def test_the_cases_of_rv53() -> None:
    assert list(pair_only_in("Some 5 people came.", "Some 5m people came.")[0]) == ["5"]
    assert list(pair_only_in("It cost 100 million.", "He won the 100m sprint.")[0]) == [
        "100 million"
    ]
    assert list(pair_only_in("It cost $5m.", "A 5m-high wall stood.")[0]) == ["$5m"]
    assert list(pair_only_in("It cost $5m.", "A 5m wall stood.")[0]) == []
