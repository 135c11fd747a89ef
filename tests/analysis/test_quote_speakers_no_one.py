"""Speakers that are no person (issue 18; `index.analysis.speakernoone`): an indefinite
pronoun, a law's name and a sentence-opening adverb or participle give no speaker; a name
written the same way ("Daly said", "Kelly, an aide, said"), a body and a place still speak.
Constructed sentences only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes
from tests.analysis.test_quote_attribution_rules13 import speakers

_QUOTE = '"We will not back down on this,"'
_MODIFIERS = st.sampled_from(
    ["Asked", "Pressed", "Encouraged", "Primarily", "Seemingly", "Shortly", "Tired"]
)
_TAILS = st.sampled_from(
    [
        " if there was a deal in sight",
        " about the plan on Monday",
        ", the press conference showed a president willing to fight",
        " after the vote",
    ]
)
_UNNAMED = st.sampled_from(["a White House official", "one aide", "a senior diplomat"])


@settings(deadline=None)
@given(_MODIFIERS, _TAILS, _UNNAMED)
def test_a_sentence_opening_modifier_is_no_speaker(word: str, tail: str, who: str) -> None:
    text = f'Talks went on all week. {word}{tail}, {who} told CNN, "Not that I am aware of."'
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == [None]


@settings(deadline=None)
@given(st.sampled_from(["Daly", "Reilly", "Kelly", "Ahmed", "Mohammed", "Majed"]))
def test_a_name_shaped_as_a_modifier_still_speaks(name: str) -> None:
    assert speakers(f'Talks went on all week. {name} said: {_QUOTE[:-2]}."') == [name]
    apposed = f'Talks went on. {name}, an aide to the mayor, said: {_QUOTE[:-2]}."'
    assert speakers(apposed) == [name]


@settings(deadline=None)
@given(st.sampled_from(["Everyone", "Everybody", "Nobody", "Someone", "Anyone"]))
def test_an_indefinite_pronoun_is_no_speaker(pronoun: str) -> None:
    text = f'The crowd cheered. {pronoun} will say, "Oh, it is so great, it is so great."'
    assert speakers(text) == [None]


@settings(deadline=None)
@given(
    st.sampled_from(["Great Repeal Bill", "Reform Act", "Clean Air Act", "Housing Bill"]),
    st.sampled_from(["Tom Berg", "Matias Ferreira", "Paul Lund"]),
)
def test_a_law_is_no_speaker_and_its_sponsor_is(law: str, name: str) -> None:
    text = f'The {law} said: {_QUOTE[:-2]}." {name} said: "It is a good law."'
    assert speakers(text) == [None, name]


def test_a_place_or_body_still_speaks() -> None:
    """The labels give a state's filing to the state ("Hawaii said"), a body's words to it."""
    assert speakers(f"{_QUOTE} Hawaii said in its filing.") == ["Hawaii"]
    assert speakers(f'The Treasury said: {_QUOTE[:-2]}."') == ["Treasury"]


_PEOPLE = st.sampled_from(["Mama Mohammed", "Rosario Ilacqua", "Bill Frenzel", "Jochem Heizmann"])
_OF = st.sampled_from(["Ghana", "Bear Stearns", "L.F. Rothschild", "Michigan", "Staal Bankiers"])


@settings(deadline=None)
@given(_PEOPLE, _OF, st.sampled_from(["after", "inverted", "before"]))
def test_a_person_of_a_firm_or_place_speaks_not_it(name: str, of: str, form: str) -> None:
    said = {
        "after": f"{_QUOTE} analyst {name} of {of} told Reuters.",
        "inverted": f"{_QUOTE} said {name} of {of}.",
        "before": f'Analyst {name} of {of} said: {_QUOTE[:-2]}."',
    }[form]
    assert speakers(said) == [name]
    # a bare surname is written as fully as the article names the person before
    surname = name.split()[-1]
    assert speakers(f"{name} is an analyst. {said.replace(name, surname)}") == [name]


@settings(deadline=None)
@given(st.sampled_from(["Mayor", "Minister", "Governor", "Director"]))
def test_a_title_of_a_place_is_no_person_of_it(title: str) -> None:
    text = f'Sadiq Khan, the {title} of London, said: {_QUOTE[:-2]}."'
    assert speakers(text) != ["Sadiq"]  # the title's "of" names an office, not a person
