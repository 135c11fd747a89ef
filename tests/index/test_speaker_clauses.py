"""Speakers read from the prose (sp37, issue 18): a name before "of <place>" is the speaker's
(the place says where from); an -s speech word after a preposition is a plural
noun ("after comments in which"); a speech verb inside an "if"/"why" clause of reported speech
speaks for no one; "Abu" goes on a name. Constructed sentences, and properties whose oracle
is the sentence's own build."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.names import tokens
from index.analysis.quotes import extract_quotes
from index.analysis.speakersubject import plural_noun
from index.text.places import COUNTRY_NAMES, REGIONS

_QUOTE = '"We will not accept any delay in the talks,"'
# Made-up given names (no known first name) and surnames: the rule may not lean on a list.
_GIVEN = st.sampled_from(["Manaspas", "Subramaniam", "Ayed", "Tolvar", "Quenby", "Ostrid"])
_SURNAME = st.sampled_from(["Xuto", "Qtaish", "Brennick", "Halvorsen", "Okonkwo", "Marlaine"])
_ONE_WORD = sorted(p.title() for p in COUNTRY_NAMES | REGIONS if len(p) > 4 and " " not in p)
_PLACE = st.sampled_from([*_ONE_WORD, "West Virginia", "Costa Rica", "New Mexico"])


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # reut-07873: the chairman, not his country
            f'Conference chairman Manaspas Xuto of Thailand said: {_QUOTE[:-2]}."',
            "Manaspas Xuto",
        ),
        (  # reut-05376: a party word, then the name
            f'Republican Bill Frenzel of Michigan said: {_QUOTE[:-2]}."',
            "Bill Frenzel",
        ),
        (  # reut-07669: the subordinate clause's subject is not the speaker
            "Baker said in the interview that it was a subject he would avoid.\n\nHe said "
            'that if he explained why the U.S. agreed to help the dollar "I would end up '
            'getting into some of the private agreements."',
            "James Baker",
        ),
        (  # reut-01848: "member states" is a noun; the source is unnamed
            "One source said the U.S. would continue to make clear to member states that "
            'if Brussels goes ahead "there will be a great cost."',
            None,
        ),
        (  # the Malay name whole, though "Subramaniam" is no first name known
            f"{_QUOTE} said Subramaniam Abu Bakar, the police chief.",
            "Subramaniam Abu Bakar",
        ),
    ],
)
def test_constructed(text: str, speaker: str | None) -> None:
    if "Baker said" in text:
        text = "Treasury Secretary James Baker spoke to a newspaper. " + text
    assert _speakers(text)[-1] == speaker


@settings(max_examples=60, deadline=None)
@given(_GIVEN, _SURNAME, _PLACE)
def test_name_of_place_speaks(given_name: str, surname: str, place: str) -> None:
    """Two words no list knows, then "of" and a place: the two words are the speaker."""
    text = f'{given_name} {surname} of {place} said: {_QUOTE[:-2]}."'
    assert _speakers(text) == [f"{given_name} {surname}"]


@settings(max_examples=60, deadline=None)
@given(_GIVEN, _SURNAME)
def test_abu_goes_on_a_name(given_name: str, surname: str) -> None:
    """ "Abu" after an unknown given name carries the name on: the whole is the speaker."""
    text = f"{_QUOTE} said {given_name} Abu {surname}, the group's director."
    assert _speakers(text) == [f"{given_name} Abu {surname}"]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["after", "over", "despite", "of", "member"]),
    st.sampled_from(["comments", "remarks", "claims", "states", "reports", "notes"]),
)
def test_plural_noun(before: str, noun: str) -> None:
    """After a preposition an -s speech word is a noun; after a subject it is a verb, and
    after a determiner it is left to the sentence ("Eggar dismissed the claims as '...'")."""
    toks = tokens(f"x {before} {noun}", 0, len(f"x {before} {noun}"))
    assert plural_noun(toks, 2)
    for subject in ("she", "the"):
        toks = tokens(f"x {subject} {noun}", 0, len(f"x {subject} {noun}"))
        assert not plural_noun(toks, 2)


@settings(max_examples=60, deadline=None)
@given(_SURNAME, _PLACE, st.sampled_from(["if", "why", "whether", "how"]))
def test_subordinate_clause_speaks_for_no_one(surname: str, place: str, word: str) -> None:
    """'Smith said that {if|why} Place agreed ... "..."': Smith, never the place."""
    text = (
        f"Minister Ostrid {surname} met reporters. {surname} said that {word} {place} "
        f'agreed to the plan "there will be a great cost to all of us."'
    )
    assert _speakers(text) == [f"Ostrid {surname}"]


@settings(max_examples=60, deadline=None)
@given(
    _GIVEN,
    _SURNAME,
    st.sampled_from(["the Mayor of", "President of", "president and CEO of", "Director of"]),
    st.sampled_from(["London", "Volkswagen China", "Petroleos de Venezuela", "Press Programmes"]),
)
def test_name_then_title_of_body(given_name: str, surname: str, title: str, body: str) -> None:
    """'Name, a title of Body, said': the name speaks; the body is what the title is of."""
    text = f'{given_name} {surname}, {title} {body}, said: {_QUOTE[:-2]}."'
    assert _speakers(text) == [f"{given_name} {surname}"]


def test_title_of_a_person_keeps_the_person() -> None:
    """'Secretary of State John Kerry' after a name is no title of a body: his own name."""
    text = f"{_QUOTE} said Secretary of State John Kerry."
    assert _speakers(text) == ["John Kerry"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["president", "foreign minister", "prime minister", "governor"]),
    st.sampled_from(["Russia", "France", "Brazil", "Kenya"]),
)
def test_reporting_clause_after_a_clause(role: str, place: str) -> None:
    """'Place has seen ..., the role noted, promising "..."': the role speaks (resolved to the
    person named with it before), never the place that opens the reported clause."""
    text = (
        f"{place.title()}n {role.title()} Ostrid Halvorsen spoke on Thursday. {place} has "
        f'seen drastic changes in recent years, the {role} noted, promising {_QUOTE[:-2]}."'
    )
    assert _speakers(text) == ["Ostrid Halvorsen"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["US", "French", "Kenyan"]), st.sampled_from(["president", "minister"]))
def test_clause_subject_runs_over_role_words(place: str, role: str) -> None:
    """'The US president urged ... and said "..."': the role speaks, not "US"."""
    text = f'The {place} {role} urged people to act and said his team was {_QUOTE[:-2]}."'
    assert _speakers(text) == [None]  # no one named with the role here


def test_role_words_after_a_body() -> None:
    """na-2152: 'RMT general secretary Mick Cash said ... "..."': the man, not the union."""
    text = f'RMT general secretary Mick Cash said the position was "{_QUOTE[2:-2]}."'
    assert _speakers(text) == ["Mick Cash"]
