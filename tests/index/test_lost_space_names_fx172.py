"""A capitalised word run into a preposition after it where a dirty copy lost the space
(fx172: "unveiled Tuesday-in an opening ceremony", "the east of Germany-for quality",
"Bureau-to be unconstitutional", "bottom of the Bundesliga-last term"). Oracle: a sentence
made of known words with the space between a name and a preposition written as a dash reads
back as the sentence with its space; phrasal nouns at a sentence's or a quotation's start,
places of three words and Korean given names keep their dashes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.text.lost_space import dash_spaces, mend_spaces
from index.text.lost_space_names import AFTER_NAMES

OPENINGS = ["The monument was unveiled", "Fans in the east of", "He said the", "It was, says"]
NAMES = ["Tuesday", "Germany", "Bureau", "Kraftwerk", "Mattis", "Montpellier", "Bundesliga"]
ENDS = ["an opening ceremony.", "the first time.", "the end of the year.", "weeks."]


@given(
    st.sampled_from(OPENINGS),
    st.sampled_from(NAMES),
    st.sampled_from(sorted(AFTER_NAMES)),
    st.sampled_from(ENDS),
)
def test_the_space_comes_back(opening: str, name: str, small: str, end: str) -> None:
    sentence = f"{opening} {name} {small} {end}"
    assert mend_spaces(f"{opening} {name}-{small} {end}") == sentence


KEPT = [
    "Check-in desks opened.",
    "Hands-on work is needed.",
    'The show "Check-in" ran.',
    "They met at Stoke-on-Trent on Monday.",
    "A spokesman for Moon Jae-in said so.",
    "Liberal candidate Moon Jae-in leads.",
    "Built-in tools help.",
    "Year-on year prices rose.",
    "The Lean-to was built.",
    "Portuguese-ruled Macao returns.",
    "Executive Vice-president of the bank.",
    "Work goes on; Hands-on training starts.",
]
"""Compounds and names of those shapes (the corpora's, and their kind)."""


@given(st.lists(st.sampled_from(KEPT), min_size=1, max_size=4))
def test_compounds_and_names_keep_their_dashes(kept: list[str]) -> None:
    assert dash_spaces(" ".join(kept)) == []
