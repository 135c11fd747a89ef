"""A speaker's description keeps a weekday abbreviation's stop (nu85): "in a speech on Fri.,
March 19" was "in a speech on Fri; March 19", `phrases._trim` reading "Fri." as a sentence's
end with nothing after it. The oracle: the description of the same text with the weekday's
full name, the abbreviation written for it; a description that ends the sentence at the
abbreviation ("... on Fri.") loses its stop, as "on Friday." does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes
from tests.analysis.test_weekday_abbreviations_nu82 import _DAYS, _QUOTE, days

_FORMS = [
    "Mayor Ann Lee, in a speech on {day}{date}, told residents: {quote}",
    "Ann Lee, the mayor, in a speech on {day}{date}, said: {quote}",
    "Ann Lee, the mayor, speaking on {day}{date}, said: {quote}",
    '{inner}," said Ann Lee, the mayor, in a speech on {day}{date}.',
]


def _descriptions(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.description) for q in extract_quotes(text)]


@settings(max_examples=300, deadline=None)
@given(days(), st.sampled_from(_FORMS), st.booleans())
def test_a_weekdays_stop_stays_in_a_description(
    day: tuple[str, str, str], form: str, dated: bool
) -> None:
    full, short, date = day
    date = date if dated else ""
    inner = _QUOTE[:-2]
    text = form.format(day=short, date=date, quote=_QUOTE, inner=inner)
    oracle = form.format(day=full, date=date, quote=_QUOTE, inner=inner)
    want = [(who, said and said.replace(full, short)) for who, said in _descriptions(oracle)]
    if not dated and form.endswith("{date}."):  # "... on Fri." ends the sentence
        want = [(who, said and said.replace(short, short[:-1])) for who, said in want]
    assert _descriptions(text) == want, text


def test_the_briefs_description() -> None:
    text = 'Ann Lee, the mayor, in a speech on Fri., March 19, said: "We will rebuild the dam."'
    assert _descriptions(text) == [("Ann Lee", "the mayor; in a speech on Fri.; March 19")]
    assert set(_DAYS["Friday"]) == {"Fri."}
