"""An organisation's name that goes on after "on" or "for" ("Council on Foreign Relations")
is one name, never a person called by its last word (fx171, nu67 #10; ABC's na-2635:
"Richard Haas, president of the Council on Foreign Relations, a nonpartisan think tank,
said ... He said, '...'" gave the quote to "Relations").

The oracle, over generated articles: a person named with such an organisation, in an
apposition or before "of the", then quoted as "he" or "she", is the quote's speaker; the
organisation that said something is, as its whole name, what "it said" is.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

BODIES = (
    "Council on Foreign Relations",
    "Institute for Economic Research",
    "Commission on Human Rights",
    "Center for Strategic Studies",
    "Committee on Public Safety",
    "Organisation for Economic Cooperation and Development",
    "Reporters Committee for Freedom of the Press",
)
PEOPLE = (("Richard Haas", "He"), ("Micah Zenko", "He"), ("Lisa Moore", "She"))
WITH = (
    "{person}, president of the {body}, a nonpartisan think tank, said the meeting mattered.",
    "{person}, a senior fellow at the {body}, said the meeting mattered.",
    "{person} of the {body} said the meeting mattered.",
    "The meeting mattered, said {person} of the {body}, a think tank.",
)
QUOTE = (
    '{pronoun} said, "You add all this up and this has become a much more substantive meeting."',
    '"You add all this up and this has become a much more substantive meeting," {pronoun} said.',
)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(BODIES),
    st.sampled_from(PEOPLE),
    st.sampled_from(WITH),
    st.sampled_from(QUOTE),
)
def test_he_is_the_person_not_the_body(
    body: str, person: tuple[str, str], with_: str, quote: str
) -> None:
    name, pronoun = person
    lead = with_.format(person=name, body=body)
    said = quote.format(pronoun=pronoun if quote.startswith("{") else pronoun.lower())
    text = f"Leaders met in Washington on Friday. {lead} {said}"
    assert [q.speaker for q in extract_quotes(text)] == [name], text


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(BODIES))
def test_it_is_the_body_by_its_whole_name(body: str) -> None:
    text = (
        f"The {body}, a think tank, said in a report that strikes rose."
        ' "Strikes have become routine and cheap," it said.'
    )
    assert [q.speaker for q in extract_quotes(text)] == [body]


@pytest.mark.parametrize(
    ("lead", "said", "speaker"),
    [
        ("The Council on Foreign Relations and Richard Haass met.", "he", "Richard Haass"),
        ("The Council on Monday said it would meet again. Lisa Moore spoke.", "she", "Lisa Moore"),
    ],
)
def test_a_person_after_and_or_a_day_after_on_is_no_part_of_the_name(
    lead: str, said: str, speaker: str
) -> None:
    text = f'{lead} "We will decide soon on the matter," {said} said.'
    assert [q.speaker for q in extract_quotes(text)] == [speaker]
