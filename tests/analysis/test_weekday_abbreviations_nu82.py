"""A weekday's abbreviation before a day ends no sentence (nu82): "Mayor Ann Lee said on
Fri., March 20, 1987: ..." is the mayor's quote, and "on Thurs. March 19" one sentence for
a comparison. The oracle: the same text with the weekday's full name ("Friday"), which no
reader takes for a sentence's end. One that ends a sentence stays an end: the corpora's
only "Thurs." does ("We will be closed on Thurs. Immigrants make America great!"), as do
their twelve "Sun." ("the Baltimore Sun.")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes
from index.text.sentences import split_sentences

_DAYS = {
    "Monday": ["Mon."],
    "Tuesday": ["Tue.", "Tues."],
    "Wednesday": ["Wed."],
    "Thursday": ["Thu.", "Thurs."],
    "Friday": ["Fri."],
    "Saturday": ["Sat."],
    "Sunday": ["Sun."],
}
_QUOTE = '"We will rebuild the dam before the rains come."'
_FORMS = [
    "Mayor Ann Lee said on {day}{date}: {quote}",
    "Mayor Ann Lee, in a speech on {day}{date}, told residents: {quote}",
    "Speaking on {day}{date}, Mayor Ann Lee said: {quote}",
    "In a speech on {day}{date}, Mayor Ann Lee told residents: {quote}",
    '{inner}," Mayor Ann Lee said on {day}{date}.',
]


@st.composite
def days(draw: st.DrawFn) -> tuple[str, str, str]:
    """A weekday's full name, one of its abbreviations, and a day after it."""
    full = draw(st.sampled_from(sorted(_DAYS)))
    month = draw(st.sampled_from(["March", "Mar.", "Oct.", "Sept.", "June"]))
    day, year = draw(st.integers(1, 28)), draw(st.sampled_from(["", ", 1987", ", 2017"]))
    comma = draw(st.sampled_from([",", ""]))
    return full, draw(st.sampled_from(_DAYS[full])), f"{comma} {month} {day}{year}"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@settings(max_examples=300, deadline=None)
@given(days(), st.sampled_from(_FORMS))
def test_a_weekdays_abbreviation_before_a_day_cuts_no_quotes_sentence(
    day: tuple[str, str, str], form: str
) -> None:
    full, short, date = day
    inner = _QUOTE[:-2]
    text = form.format(day=short, date=date, quote=_QUOTE, inner=inner)
    oracle = form.format(day=full, date=date, quote=_QUOTE, inner=inner)
    assert _speakers(text) == _speakers(oracle) == ["Ann Lee"], text


@settings(max_examples=200, deadline=None)
@given(days())
def test_a_weekdays_abbreviation_before_a_day_cuts_no_compared_sentence(
    day: tuple[str, str, str],
) -> None:
    full, short, date = day
    text = f"Talks resume on {short}{date} in Vienna. Oil ministers will attend."
    oracle = f"Talks resume on {full}{date} in Vienna. Oil ministers will attend."
    assert len(split_sentences(text)) == len(split_sentences(oracle)) == 2, text


def test_one_that_ends_a_sentence_stays_an_end() -> None:
    text = "We will be closed on Thurs. Immigrants make America great!"
    assert [s.text for s in split_sentences(text)] == [
        "We will be closed on Thurs.",
        "Immigrants make America great!",
    ]
    for text in (
        "The plan was first reported by the Baltimore Sun. Mayor Ann Lee denied it.",
        "The shop opens on Sat. March crowds are expected.",
        "It was closed on Wed. Junior staff went home.",
    ):
        assert len(split_sentences(text)) == 2, text
    said = 'Officials said the talks ended on Fri. "We will rebuild the dam," Ann Lee said.'
    assert _speakers(said) == ["Ann Lee"]
