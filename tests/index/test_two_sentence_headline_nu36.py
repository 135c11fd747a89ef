"""A .txt headline of two sentences over its outlet and date lines is the title (nu36
#10: "A Texas man was arrested ... on parole. He could face as much as 20 years in
prison." was left in the body and the title derived from it, cut)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from tests.index.test_markdown_header import BODY

WORDS = ("council", "harbour", "wall", "voters", "prison", "years", "crews", "storm", "mayor")
OUTLETS = ("Washington Post", "Reuters", "The Guardian", "Valley Gazette", "CNN")


def sentence(words: list[str]) -> str:
    return " ".join([words[0].capitalize(), *words[1:]]) + "."


sentences = st.lists(st.sampled_from(WORDS), min_size=5, max_size=14).map(sentence)


@settings(max_examples=150, deadline=None)
@given(
    first=sentences,
    second=sentences,
    outlet=st.sampled_from(OUTLETS),
    day=st.sampled_from(("2021-07-10", "July 10, 2021", "10 July 2021")),
    with_outlet=st.booleans(),
)
def test_a_headline_of_two_sentences_over_its_outlet_and_date_is_the_title(
    first: str, second: str, outlet: str, day: str, with_outlet: bool
) -> None:
    headline = f"{first} {second}"
    head = f"{headline}\n{outlet}\n{day}" if with_outlet else f"{headline}\n{day}"
    found = extract(f"{head}\n\n{BODY}\n")
    # the oracle: the headline as written, and the body as the text without its head
    assert found.title == headline and not found.title_derived
    assert found.body == extract(BODY).body


def test_the_walkthrough_file() -> None:
    headline = (
        "A Texas man was arrested on charges that he voted in the 2020 Democratic primary "
        "while on parole. He could face as much as 20 years in prison."
    )
    found = extract(f"{headline}\nWashington Post\n2021-07-10\n\n{BODY}\n")
    assert found.title == headline and found.source == "The Washington Post"
    assert found.body.startswith("A portion of the harbour wall")


def test_a_lede_alone_over_the_body_stays_the_body() -> None:
    lede = "The council voted on Tuesday to repair the harbour wall. Crews start next week."
    found = extract(f"{lede}\n\n{BODY}\n")
    assert found.body.startswith(lede)
