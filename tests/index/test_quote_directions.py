"""Renderings carrying the same names and numbers that go opposite ways are two statements
(fx36b, rv32 #3): `quote_paraphrase.opposed` over the antonym pairs of `DIRECTIONS`, checked
by `named` beside the negators. "Inflation ... rose to 7.5 percent, the highest" and
"... pushed inflation ... down to 7.5 percent, the lowest" share every name and figure.

All text here is constructed."""

from __future__ import annotations

from datetime import date
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import quote_paraphrase
from index.analysis.quote_links import split
from index.analysis.quote_paraphrase import named, opposed
from index.analysis.quote_relation import NAMED, relation
from index.analysis.quotes import quote_words
from tests.index.test_quote_named import ONE, OTHER

ROSE = (
    "Inflation in Germany and France rose to 7.5 percent in March, the highest since "
    "records began, and energy prices drove most of the increase"
)
FELL = (
    "In March energy prices pushed inflation in Germany and France down to 7.5 percent, "
    "the lowest since records began after the increase"
)


def _groups(one: str, other: str, speakers: tuple[str | None, str | None]) -> int:
    words = {("a", 0): quote_words(one), ("b", 0): quote_words(other)}
    groups = split(
        words,
        speaker_of=lambda k: speakers[k[0] == "b"],
        date_of=lambda k: date(2022, 3, 5).isoformat(),
        cited=lambda k: [],
        outlet_of=lambda k: "Outlet " + k[0],
    )
    return len(groups)


def test_gq32_same_names_and_numbers_opposite_direction_stay_two() -> None:
    """rv32's guard (branch rv32, 00a4dea): no speakers, opposite ways; failed on gq32."""
    assert _groups(ROSE, FELL, (None, None)) == 2


@pytest.mark.parametrize("speakers", [(None, None), ("Statistics Office", None)])
def test_opposite_ways_stay_two_even_with_a_body_speaking(
    speakers: tuple[str | None, str | None],
) -> None:
    assert opposed(quote_words(ROSE), quote_words(FELL))
    assert not named(quote_words(ROSE), quote_words(FELL))
    assert _groups(ROSE, FELL, speakers) == 2
    # the same statement, one way on both sides, does join when the body speaks
    same = FELL.replace("down", "up").replace("lowest", "highest")
    assert named(quote_words(ROSE), quote_words(same))
    assert _groups(ROSE, same, ("Statistics Office", None)) == 1


@pytest.mark.parametrize(
    ("tail_one", "tail_other"),
    [
        ("as fees rose", "as fees fell"),
        ("as fees were rising", "as fees had fallen"),
        ("after sales increased", "after sales decreased"),
        ("with higher fees", "with lower fees"),
        ("and the board accepted", "and the board rejected"),
        ("and the board won", "and the board lost"),
        ("after the gains", "after the losses"),
        ("with more staff", "with less staff"),
        ("above the target", "below the target"),
        ("which the unions support", "which the unions oppose"),
    ],
)
def test_a_word_and_its_opposite_are_two_statements(tail_one: str, tail_other: str) -> None:
    plain_one, plain_other = quote_words(ONE), quote_words(OTHER)
    one, other = quote_words(f"{ONE} {tail_one}"), quote_words(f"{OTHER} {tail_other}")
    assert named(plain_one, plain_other)  # the renderings join without the tails
    assert opposed(one, other) and opposed(other, one)
    assert not named(one, other) and not named(other, one)
    assert relation(one, other) != NAMED
    # one way on both sides is one statement
    again = quote_words(f"{OTHER} {tail_one}")
    assert not opposed(one, again)
    assert named(one, again) and relation(one, again) == NAMED


@pytest.mark.parametrize(
    ("tail_one", "tail_other"),
    [
        ("as fees rose", "as fees went up"),  # one way, in words of two pairs
        ("as fees rose and fell", "as fees fell"),  # the other side's word on both
        ("as fees rose", "as fees grew"),  # no pair's word on the other side
        ("as fees fell", "as fees were falling"),  # two forms of one word
        ("after the gains", "after the gains"),
    ],
)
def test_no_opposite_alone_is_one_statement(tail_one: str, tail_other: str) -> None:
    one, other = quote_words(f"{ONE} {tail_one}"), quote_words(f"{OTHER} {tail_other}")
    assert not opposed(one, other) and not opposed(other, one)
    assert named(one, other) and named(other, one)


# an oracle written apart from the rule's table: each word's (pair, side)s
FORMS: dict[str, set[tuple[str, int]]] = {
    "rise": {("rise", 0)},
    "rose": {("rise", 0)},
    "rising": {("rise", 0)},
    "fell": {("rise", 1)},
    "falls": {("rise", 1)},
    "fallen": {("rise", 1)},
    "up": {("up", 0)},
    "down": {("up", 1)},
    "increased": {("inc", 0)},
    "decreases": {("inc", 1)},
    "highest": {("highest", 0)},
    "lowest": {("highest", 1)},
    "higher": {("higher", 0)},
    "lower": {("higher", 1)},
    "gains": {("gain", 0)},
    "losses": {("gain", 1)},
    "won": {("win", 0)},
    "losing": {("win", 1)},
    "lost": {("win", 1), ("gain", 1)},
    "accepts": {("accept", 0)},
    "rejected": {("accept", 1)},
    "best": {("best", 0)},
    "worst": {("best", 1)},
}
NEUTRAL = ["fees", "board", "grew", "rosy", "fallow", "upon", "downtown", "gainful", "ups"]


def _oracle(a: list[str], b: list[str]) -> bool:
    mine = set().union(*(FORMS.get(w, set()) for w in a))
    theirs = set().union(*(FORMS.get(w, set()) for w in b))
    pairs = {p for p, _ in mine} & {p for p, _ in theirs}
    return any(
        not ({s for p, s in mine if p == pair} & {s for p, s in theirs if p == pair})
        for pair in pairs
    )


WORDS = st.lists(st.sampled_from(sorted(FORMS) + NEUTRAL), max_size=6)


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS)
def test_opposed_against_a_table_oracle(a: list[str], b: list[str]) -> None:
    """Oracle: the pairs and sides of each word, from a table written here. Opposed when,
    for a pair both quotes hold a word of, they share no side."""
    assert opposed(a, b) == _oracle(a, b) == opposed(b, a)


@settings(max_examples=150, deadline=None)
@given(WORDS, WORDS)
def test_named_is_the_direction_free_rule_unless_opposed(a: list[str], b: list[str]) -> None:
    """`named` with direction words added is what it is with `opposed` switched off, and
    false where the oracle finds them opposed."""
    one, other = [*quote_words(ONE), *a], [*quote_words(OTHER), *b]
    with mock.patch.object(quote_paraphrase, "opposed", lambda x, y: False):
        free = named(one, other)
    assert named(one, other) == (free and not _oracle(a, b))
