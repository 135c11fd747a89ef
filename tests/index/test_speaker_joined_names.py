"""A body's name joined by "&" or by an "and" inside it is one speaker, "X-based" is no word
of a name, "First" before a word no one was named by is ("First City") (sp28): constructed
cases, and a property whose oracle is the name the sentence was built with."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('AT&T confirmed the outage, tweeting "we are working on it right now."', "AT&T"),
        ('Food & Water Watch said: "This is a step back for all of us."', "Food & Water Watch"),
        (
            '"We expect a loss this year," Bloomfield Savings and Loan Association said.',
            "Bloomfield Savings and Loan Association",
        ),
        ('Horn and Hardart Co said: "This is a step back for all of us."', "Horn and Hardart Co"),
        ('"This is a step back," said Wertheim and Co analyst Michael Ellman.', "Michael Ellman"),
        ('"This is a step back," the Dallas-based AT&T said.', "AT&T"),
        ('"This is a step back," the Washington-based Atlantic Council said.', "Atlantic Council"),
        # two bodies, two people, a person of a body, an owner: not one name
        (
            'The firms, FMR Corp and Fidelity International Ltd, said: "This is a step back."',
            "Fidelity International Ltd",
        ),
        ('Smith and Jones said: "This is a step back for all of us."', "Smith and Jones"),
        (
            '"This is a step back," said Analyst Deepak Raj of Merrill Lynch and Co.',
            "Deepak Raj",
        ),
        # an "X-based" alone names no one
        ('"This is a step back," said a Washington-based lawyer.', None),
    ],
)
def test_one_bodys_name_over_an_and_or_an_ampersand(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


_WORDS = ["Northern", "Grain", "Savings", "Pacific", "Coastal", "Textile", "Water", "Science"]
_HEAD = ["Association", "Committee", "Board", "Council", "Institute", "Co"]


@settings(max_examples=150, deadline=None)
@given(
    first=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2),
    second=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2),
    head=st.sampled_from(_HEAD),
    joint=st.sampled_from(["and", "&"]),
    after=st.booleans(),
)
def test_the_body_built_into_the_sentence_is_the_speaker(
    first: list[str], second: list[str], head: str, joint: str, after: bool
) -> None:
    """Oracle: the body's name the attribution was written with (its first words hold no
    body's word and no first name, its last word is a body's)."""
    name = " ".join([*first, joint, *second, head])
    text = (
        f'"Prices will rise this year," {name} said.'
        if after
        else f'{name} said: "Prices will rise this year."'
    )
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'First City Bancorp lost money. "We expect a loss this year," First City said.',
            "First City",
        ),
        (
            'First Wachovia Corp said it would add to reserves. First Wachovia also said: "We'
            ' expect a loss this year."',
            "First Wachovia",
        ),
        # no "First Merkel" named before: the ordinal is no word of the name (rv28)
        ('First Merkel said: "We expect a loss this year."', "Merkel"),
        # "First" opening the sentence before someone named before, or a title
        ('Jimmy Kimmel hosted the show. First Kimmel wrote: "We expect a loss."', "Jimmy Kimmel"),
        ('First Minister Nicola Sturgeon said: "We expect a loss this year."', "Nicola Sturgeon"),
        ('Third, Smith said: "We expect a loss this year."', "Smith"),
    ],
)
def test_an_ordinal_before_a_single_new_word_is_the_names_first_word(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]
