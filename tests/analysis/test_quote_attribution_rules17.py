"""Speaker rules of round 17 (issue 18; `index.analysis.persons`): "he" or "she" never
points back to a place, a body or a title that a speech verb after it made a person's name
("a business owner from Nashville, Tennessee, said", "the Taoiseach told"), but to the
person named before it; a people's adjective ("said former French premier ...") is no
speaker (the full name the phrase spans is); "According to" opening a sentence makes its
name a speaker as "according to" does. One-word people ("Adele") and full names still
speak. Constructed sentences only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.analysis.test_quote_attribution_rules13 import speakers

_FIRST = st.sampled_from(["Nick", "Maria", "Tom", "Ali", "Susan", "Jean-Pierre", "Kevin"])
_LAST = st.sampled_from(["Patel", "Jarbawi", "Lawson", "Okafor", "Lindqvist", "Moreau"])
_PLACES = st.sampled_from(
    ["Nashville", "Ramallah", "Milwaukee", "Leeds", "Moscow", "Kyiv", "Sao Paulo", "Ghent"]
)
_REGIONS = st.sampled_from(["Tennessee", "the West Bank", "Wisconsin", "England", "Flanders"])
_BEFORE = st.sampled_from(["from", "in", "near", "outside"])
_QUOTE = '\n\n"People need more help than they are getting right now," {pronoun} said.'


def _spoken_by(first: str, last: str, lead: str) -> bool:
    """True when the quote after ``lead`` ("he said") goes to the person named in it."""
    pronoun = "she" if first in ("Maria", "Susan") else "he"
    return speakers(lead + _QUOTE.format(pronoun=pronoun)) == [f"{first} {last}"]


@settings(deadline=None)
@given(_FIRST, _LAST, _BEFORE, _PLACES, _REGIONS)
def test_a_place_a_speech_verb_follows_is_not_who_he_is(
    first: str, last: str, before: str, place: str, region: str
) -> None:
    lead = f"{first} {last}, a 65-year-old business owner {before} {place}, {region}, said"
    assert _spoken_by(first, last, f"{lead} the law needs to be changed.")


@settings(deadline=None)
@given(_FIRST, _LAST)
def test_a_title_after_the_is_not_who_he_is(first: str, last: str) -> None:
    lead = f"{first} {last} landed in Boston on Monday for a week of meetings. At a dinner"
    assert _spoken_by(first, last, f"{lead}, the Taoiseach told members the vote was near.")


@settings(deadline=None)
@given(_FIRST, _LAST, st.sampled_from(["D-Mississippi", "R-Calif", "I-Vt"]))
def test_a_party_and_state_is_not_who_he_is(first: str, last: str, seat: str) -> None:
    assert _spoken_by(first, last, f"Rep. {first} {last}, {seat}, said the plan would fail.")


@settings(deadline=None)
@given(_FIRST, _LAST)
def test_a_full_name_still_speaks(first: str, last: str) -> None:
    assert _spoken_by(first, last, f"{first} {last} said the law needs to be changed.")


@settings(deadline=None)
@given(st.sampled_from(["Adele", "Beyonce", "Warda"]))
def test_a_one_word_person_still_speaks(name: str) -> None:
    text = f"{name} appeared to doubt the figures on Monday." + _QUOTE.format(pronoun="she")
    assert speakers(text) == [name]


@settings(deadline=None)
@given(st.sampled_from(["French", "German", "Russian", "Japanese"]), _FIRST, _LAST)
def test_a_peoples_adjective_is_no_speaker(people: str, first: str, last: str) -> None:
    text = f'"Protectionism is rising," said former {people} premier {first} {last}.'
    assert speakers(text) == [f"{first} {last}"]  # the name the phrase spans, not "French"


@settings(deadline=None)
@given(st.sampled_from(["Wang Lu", "Kim Soo", "Lee Jin"]))
def test_according_to_opening_a_sentence_makes_a_speaker(name: str) -> None:
    # a name no first name tells the gender of, then a region "she" must not point to
    lead = f"According to {name}, an Asia-Pacific oil and gas analyst, imports may rise."
    assert speakers(f'{lead} "Imports will keep growing for a decade," she says.') == [name]


@settings(deadline=None)
@given(st.sampled_from(["Kerry", "Paris", "Georgia", "Austin"]), st.sampled_from(["she", "he"]))
def test_a_surname_that_is_a_place_after_a_first_name_speaks(first: str, he: str) -> None:
    # the name run leaves out a first name that is a place too ("Kerry", "Paris"): what is
    # left ("Washington") is no place for "she" to skip (it was, before rv18)
    text = f"{first} Washington said the law needs to change." + _QUOTE.format(pronoun=he)
    assert speakers(text) == ["Washington"]  # the surname at least: not None
