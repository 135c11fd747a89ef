"""A person named right after a body and "on" or "for" is no part of the body's name (rv77:
fx171's join of a body's name over "on"/"for" read "the Senate on Janet Yellen" as one body,
"Senate on Janet Yellen", and her "she said" went to a woman named before). The oracle,
over generated articles: the person named last before the quote, of the pronoun's gender,
is its speaker, as with no body before her name; a body that goes on ("Council on Foreign
Relations") is still one name (tests/analysis/test_speaker_org_on_fx171.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

BODIES = ("Senate", "Federal Reserve", "Security Council", "Judiciary Committee", "Pentagon")
PEOPLE = (("Janet Yellen", "she"), ("Brett Kavanaugh", "he"), ("Lisa Moore", "she"))
BEFORE = {"she": "Jane Doe", "he": "John Smith"}
LEADS = (
    "The {body} on {person} voted 84-13.",
    "The {body} on {person}'s watch raised rates.",
    "The {body} on {person} said nothing.",
)
"""After "for" a person was no speaker before fx171 either ("The vote in the Senate for Janet
Yellen came late.": the woman named before): left as it was."""


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(BODIES), st.sampled_from(PEOPLE), st.sampled_from(LEADS))
def test_a_person_after_a_body_and_on_is_the_speaker(
    body: str, person: tuple[str, str], lead: str
) -> None:
    name, pronoun = person
    text = (
        f"{BEFORE[pronoun]} left the room. {lead.format(body=body, person=name)}"
        f' "We are done with it," {pronoun} said.'
    )
    assert [q.speaker for q in extract_quotes(text)] == [name], text
