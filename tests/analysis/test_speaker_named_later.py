"""Issue 18 (nu27): a bare surname is the full name written before it, not one written
only later ("his wife, Ivanka Trump"), nor a word glued before the surname ("CNN Trump",
"Like Trump", "Does Trump")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.firstnames import FEMALE, first_name_gender
from index.analysis.quotes import extract_quotes

_SURNAMES = st.sampled_from(["Trump", "Okafor", "Lindqvist", "Moreau", "Haddad", "Brennan"])
_WOMEN = st.sampled_from(["Ivanka", "Maria", "Susan", "Laura", "Emma", "Claire"])
_QUOTE = '"We will get this done, and we will do it the right way for everybody,"'


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text)]


def test_the_first_names_drawn_are_womens() -> None:
    assert all(first_name_gender(n) == FEMALE for n in ["Ivanka", "Maria", "Susan", "Laura"])


@given(_SURNAMES, _WOMEN)
def test_a_full_name_written_only_later_is_not_the_speaker(surname: str, given_name: str) -> None:
    text = (
        f"{_QUOTE} {surname} said. The vote was put off until next week. "
        f"Aides flew to Florida on Friday with his wife, {given_name} {surname}, "
        "while the staff stayed behind in the capital."
    )
    assert _speakers(text) == [surname]


@given(_SURNAMES, _WOMEN)
def test_a_full_name_written_before_is_still_the_speaker(surname: str, given_name: str) -> None:
    text = (
        f"{given_name} {surname} spoke to reporters on Friday. "
        f"{_QUOTE} {surname} said. The vote was put off until next week."
    )
    assert _speakers(text) == [f"{given_name} {surname}"]


@given(_SURNAMES, st.sampled_from(["CNN", "BBC", "NPR"]))
def test_an_outlet_glued_to_a_surname_is_no_given_name(surname: str, outlet: str) -> None:
    text = (
        f"Reality check: jobs By Laura Koran, {outlet} {surname} asserted that the plan "
        f'"will create thousands and thousands of very good jobs." {_QUOTE} {surname} said.'
    )
    assert f"{outlet} {surname}" not in _speakers(text)


@given(_SURNAMES, st.sampled_from(["Like", "Does"]))
def test_a_sentence_opening_word_is_no_given_name(surname: str, word: str) -> None:
    opening = (
        f"{word} {surname}, the senator plays golf."
        if word == "Like"
        else f"{word} {surname} believe it?"
    )
    text = f"{opening} The talks went on. {_QUOTE} {surname} told a radio interviewer."
    assert _speakers(text) == [surname]
