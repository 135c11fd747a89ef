"""rv61, review of sp50's ceda51d6: "a spokesman for <acronym> ..." speaks for a body, but a
person's initials look like an acronym ("a spokesman for JK Rowling", "a DJ Khaled
spokeswoman"): a spokesman for a person is no one speaking (as sp50's own guard says for
"a spokesman for John Smith"), while "NHS England", "RSPB Scotland", "BMA" stay bodies."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

_INITIALS = st.sampled_from(["JK", "DJ", "TJ", "AJ", "RJ", "CJ"])
_SURNAME = st.sampled_from(["Brennick", "Halvorsen", "Okonkwo", "Marlaine", "Quillfeather"])
_FORM = st.sampled_from(
    ["A spokesman for {b}", "A spokeswoman for {b}", "A {b} spokesperson", "A {b} spokesman"]
)
_BODY = st.sampled_from(["BMA", "NHS England", "RSPB Scotland", "KVERT"])


def _speakers(form: str, name: str) -> list[str | None]:
    text = f'Officials met on Monday. {form.format(b=name)} said: "Nobody is resting."'
    return [quote.speaker for quote in extract_quotes(text)]


@settings(max_examples=25, deadline=None)
@given(_INITIALS, _SURNAME, _FORM)
def test_a_spokesman_for_initials_and_a_surname_is_no_one(
    initials: str, surname: str, form: str
) -> None:
    assert _speakers(form, f"{initials} {surname}") == [None]


@settings(max_examples=15, deadline=None)
@given(_BODY, _FORM)
def test_a_spokesman_for_an_acronym_body_is_the_body(body: str, form: str) -> None:
    assert _speakers(form, body) == [body]
