"""rv46: "Smith of Beta said" where two Smiths are named ("John Smith of Acme Corp and Paul
Smith of Beta Corp") is the Smith of that body, not the first Smith the article names; where
the body is neither's, it is no one's full name (as "Smith said" with two Smiths)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

_QUOTE = '"We will fix the roads by summer and the bridges too."'
_FIRST = ("John", "Paul", "Mary", "Anne")
_SURNAME = ("Smith", "Jones", "Walker")
_BODY = ("Acme", "Beta", "Norrland")


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [("Acme", "John Smith"), ("Beta", "Paul Smith")],
)
def test_the_namesake_of_the_body_said(body: str, speaker: str) -> None:
    text = (
        "John Smith of Acme Corp and Paul Smith of Beta Corp met on Monday. "
        f"Smith of {body} said {_QUOTE}"
    )
    assert _speakers(text) == [speaker]


def test_a_body_neither_namesake_is_of_gives_neither() -> None:
    text = (
        "John Smith of Acme Corp and Paul Smith of Beta Corp met on Monday. "
        f"Smith of Gamma said {_QUOTE}"
    )
    assert _speakers(text)[0] not in ("John Smith", "Paul Smith")


@given(
    surname=st.sampled_from(_SURNAME),
    firsts=st.lists(st.sampled_from(_FIRST), min_size=2, max_size=2, unique=True),
    bodies=st.lists(st.sampled_from(_BODY), min_size=2, max_size=2, unique=True),
    which=st.integers(0, 1),
)
def test_surname_of_body_is_the_person_of_that_body(
    surname: str, firsts: list[str], bodies: list[str], which: int
) -> None:
    """Oracle: the generator's own pairing of first names and bodies."""
    named = " and ".join(f"{f} {surname} of {b} Corp" for f, b in zip(firsts, bodies, strict=True))
    text = f"{named} met on Monday. {surname} of {bodies[which]} said {_QUOTE}"
    assert _speakers(text) == [f"{firsts[which]} {surname}"]


_ASKED = '"Did you meet the Russian ambassador at any time last year?"'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Sessions was asked by reporters: {_ASKED}", None),  # theirs, not his
        (f"Sessions was asked by journalists on Monday: {_ASKED}", None),
        (f"Sessions was asked by Senator Al Franken: {_ASKED}", "Al Franken"),  # sp38
        (f'"{_ASKED[1:-1]}" Sessions said by telephone.', "Sessions"),
    ],
)
def test_a_passive_by_an_unnamed_agent_is_no_ones(text: str, speaker: str | None) -> None:
    """rv46: sp38's passive gave the agent only after "by" and a determiner or capital: "was
    asked by reporters:" still went to who was asked."""
    assert _speakers(text) == [speaker]


_FIX = '"We will fix the roads by summer and the bridges too."'


@given(
    outer=st.sampled_from(["Mary Lee", "Tom Lee"]),
    inner=st.sampled_from(
        [("Ann Walsh", "she"), ("Mrs. Walsh", "she"), ("John Walsh", "he"), ("Mr. Trump", "he")]
    ),
    verb=st.sampled_from(["spoke", "first announced the plan", "came to town"]),
)
def test_a_quote_quoted_in_turn_is_the_inner_subjects_whatever_the_genders(
    outer: str, inner: tuple[str, str], verb: str
) -> None:
    """rv46: sp38's inner quote went to its "he"/"she" only when the outer speaker was of the
    other gender ('Tom Lee said: "When Mr. Trump ..., he said, "..."' gave Tom Lee). Oracle:
    the generator's inner name, written in full or by surname."""
    name, pronoun = inner
    text = f'{outer} said: "When {name} {verb}, {pronoun} said, {_FIX} That never happened."'
    speakers = _speakers(text)
    assert speakers[0] == outer
    assert speakers[-1] is not None
    assert speakers[-1].split()[-1] == name.split()[-1]
