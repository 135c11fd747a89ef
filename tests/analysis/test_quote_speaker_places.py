"""Speakers that are no person (issue 18, nu27's walkthrough; sq26), on constructed sentences:
a place or a party in a legislator's description ("Charles E. Schumer, New York Democrat,
said", "Sen. Brian Schatz (D., Hawaii) said"), a place after a role a relative clause hangs on
("the North Korean ambassador in Kuala Lumpur who accused"), the second of two names joined by
"and" ("Washington and Minnesota -- said": the two speak), a title's words run into the name
("Chief of Staff Reince Priebus", "Leader Kim Jong Un", "Judge Belvin Perry Jr.") and an
outlet's letters before a surname ("CNNMoney Trump"). A country or a body still speaks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.quotes_eval import same_person
from index.analysis.quote_people import People
from index.analysis.quotes import extract_quotes

_FIRST = ["Charles", "Maria", "Brian", "Reince", "Belvin", "Tamsin", "Okello", "Joaquin"]
_LAST = ["Schumer", "Cantwell", "Schatz", "Priebus", "Perry", "Oduya", "Castro", "Vance"]
_PLACES = ["New York", "West Virginia", "Hawaii", "Texas", "North Dakota", "Kuala Lumpur"]
_PARTIES = ["Democrat", "Republican"]
_QUOTE = '"We cannot accept these terms and we will keep checking every site,"'

names = st.builds(lambda f, m, s: f"{f} {m}{s}", st.sampled_from(_FIRST),
                  st.sampled_from(["", "E. ", "J. "]), st.sampled_from(_LAST))  # fmt: skip


def _speaker(text: str) -> str | None:
    found = [q for q in extract_quotes(text) if q.inner.startswith("We cannot")]
    assert len(found) == 1
    return found[0].speaker


def _no_place(speaker: str | None, place: str) -> None:
    assert speaker is None or not any(w in speaker.split() for w in place.split())


@settings(max_examples=60, deadline=None)
@given(names, st.sampled_from(_PLACES), st.sampled_from(_PARTIES), st.booleans())
def test_a_place_and_party_after_the_name_describe_the_person(
    name: str, place: str, party: str, quote_first: bool
) -> None:
    said = f"{name}, {place} {party}, said"
    text = f"The bill failed. {_QUOTE} {said}." if quote_first else f"{said}: {_QUOTE}"
    speaker = _speaker(text)
    assert speaker is not None and same_person(speaker, name)
    _no_place(speaker, place)


@settings(max_examples=60, deadline=None)
@given(names, st.sampled_from(_PLACES), st.sampled_from(["D.", "R.", "I.", "D", "R"]))
def test_a_party_and_state_in_parentheses_is_no_speaker(name: str, place: str, party: str) -> None:
    text = f"The bill failed. {_QUOTE} Sen. {name} ({party}, {place}) said."
    speaker = _speaker(text)
    assert speaker is not None and same_person(speaker, name)
    after = f"Sen. {name} ({party}, {place}) criticised the bill. {_QUOTE} he said."
    assert _speaker(after) == _speaker(f"Sen. {name} criticised the bill. {_QUOTE} he said.")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_PLACES), st.sampled_from(["North Korean", "Malaysian", "French"]))
def test_a_place_after_the_role_a_relative_clause_hangs_on_is_no_speaker(
    place: str, people: str
) -> None:
    text = (
        f"Zahid spoke on Monday. He also slammed the {people} ambassador in {place} who "
        f'accused Malaysia of "trying to conceal something from all of us" last week.'
    )
    (quote,) = extract_quotes(text)
    _no_place(quote.speaker, place)
    assert quote.speaker != "Zahid"  # the ambassador accused, not who slammed him


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_PLACES), st.sampled_from(_PLACES))
def test_two_joined_by_and_speak_together(first: str, second: str) -> None:
    if first == second:
        return
    said = f"The states that brought the lawsuit -- {first} and {second} -- said in a filing"
    assert _speaker(f'The case went on. {said} that {_QUOTE[:-2]}".') == f"{first} and {second}"
    assert _speaker(f"The case went on. {_QUOTE} {first} and {second} said.") == (
        f"{first} and {second}"
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title's "and", a body's: one person, one body
        (f"{_QUOTE} Health and Human Services Secretary Tom Price said.", "Tom Price"),
        (f"{_QUOTE} Energy and Climate Minister Lars Lillehold said.", "Lars Lillehold"),
        # a list's end after a comma is the description's, not a pair that speaks
        (
            f"Chief Superintendent Jim Nye, commander for operations in Devon, Cornwall and "
            f'Dorset, told the paper that {_QUOTE[:-2]}".',
            "Jim Nye",
        ),
        # what two own speaks for neither
        (f"Smith praised Trump's and Ryan's efforts. {_QUOTE} Smith said.", "Smith"),
        # the title's words before the name
        (f"Chief of Staff Reince Priebus said: {_QUOTE}", "Reince Priebus"),
        (f"{_QUOTE} said White House Chief of Staff Reince Priebus.", "Reince Priebus"),
        (f"{_QUOTE} Minister of Commerce Gao Hucheng said.", "Gao Hucheng"),
        (f"{_QUOTE} said Minister of Foreign Affairs Charlie Flanagan.", "Charlie Flanagan"),
        (
            f"Inspector-General of Police Khalid Abu Bakar spoke first. {_QUOTE} Bakar said.",
            "Khalid Abu Bakar",
        ),
        (
            f"CEO of Volkswagen Group Matthias Muller met him. {_QUOTE} Muller said.",
            "Matthias Muller",
        ),
        (f'The engine was tested. Leader Kim Jong Un declared {_QUOTE[:-2]}".', "Kim Jong Un"),
        (f'Former Judge Belvin Perry Jr. told reporters {_QUOTE[:-2]}".', "Belvin Perry Jr"),
        # an outlet's letters ending a byline are no part of the name after them
        (f"By Matt Egan, CNNMoney Trump cheered the rally. {_QUOTE} Trump said.", "Trump"),
        (f"By Jim Drinkard, AP Trump cheered the rally. {_QUOTE} Trump said.", "Trump"),
        # a country, a body still speaks
        (f"{_QUOTE} Russia said.", "Russia"),
        (f"{_QUOTE} the White House said.", "White House"),
    ],
)
def test_constructed_speakers(text: str, speaker: str) -> None:
    found = _speaker(text)
    assert found is not None and found.rstrip(".") == speaker


@settings(max_examples=30, deadline=None)
@given(names, names)
def test_two_named_together_are_listed_apart_from_each(first: str, second: str) -> None:
    if first.split()[-1] == second.split()[-1]:
        return
    pair = f"{first} and {second}"
    people = People([pair, second.split()[-1], second, first])
    assert people.key(pair) not in (people.key(first), people.key(second))  # not the second's
    assert people.shown(pair) == pair
    alone = People([pair, second.split()[-1]])  # the pair is no one's full name
    assert alone.key(second.split()[-1]) != alone.key(pair)
