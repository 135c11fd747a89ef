"""rv31: fx35a's dateline credit (01da7f2) on parentheses that hold no outlet's name, and
its day-in-full datelines' dates.

Oracle: a credit that is a role, a person's name, an edition or version tag, a language, a
time or zone, a month, or a picture credit names no outlet, whatever place and day the
dateline has: ``extract(...).source`` stays None (as it did before 01da7f2). A dateline's
ISO day ``YYYY-MM-DD`` names the month second: a month past 12 is no date.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract

HEAD = "Colin Powell remembered as a soldier-statesman\n\nBy Jane Roe\n\n"
REST = (
    "Tributes poured in on Tuesday for Colin Powell, the former secretary of state, who died"
    " on Monday at 84.\n\nHis family said he had been fully vaccinated.\n"
)
PLACES = ("WASHINGTON, Oct. 19, 2021", "NEW YORK", "LONDON, March 3", "PARIS, 2021-10-19")
NOT_OUTLETS = {
    "role": ("Minister", "President", "Prime Minister", "Spokesman", "Chief Executive"),
    "person": ("Jane Doe", "John Smith"),
    "version tag": ("Corrects", "Repeats", "REPEAT", "Refiled", "Recasts", "Adds", "Writethru"),
    "format label": ("Press Release", "Infographic", "Gallery", "Slideshow", "Transcript"),
    "picture credit": ("Handout", "Courtesy", "Supplied", "Shutterstock", "Getty"),
    "language": ("Spanish", "English", "Español", "En Español"),
    "time or month": ("GMT", "EST", "Noon", "Tonight", "October", "Sept"),
    "sequence": ("Continued", "Part One", "Second of Two", "Sidebar"),
    "sources": ("Source", "Sources", "Dateline"),
}
CASES = [(kind, credit) for kind, credits in NOT_OUTLETS.items() for credit in credits]


@pytest.mark.parametrize(("kind", "credit"), CASES)
def test_no_outlet_from_a_parenthesis_that_is_no_credit(kind: str, credit: str) -> None:
    for place in PLACES:
        found = extract(HEAD + f"{place} ({credit}) — " + REST)
        assert found.source is None, (kind, place, found.source)


@settings(max_examples=60, deadline=None)
@given(
    place=st.sampled_from(PLACES),
    credit=st.sampled_from([credit for _kind, credit in CASES]),
    dash=st.sampled_from(("-", "—", "–", "--")),
)
def test_generated_no_credits(place: str, credit: str, dash: str) -> None:
    assert extract(HEAD + f"{place} ({credit}) {dash} " + REST).source is None


@settings(max_examples=80, deadline=None)
@given(
    year=st.integers(1990, 2030),
    month=st.integers(13, 31),
    day=st.integers(1, 12),
)
def test_iso_dateline_with_no_such_month_gives_no_date(year: int, month: int, day: int) -> None:
    found = extract(HEAD + f"PARIS, {year}-{month:02d}-{day:02d} — " + REST)
    assert found.date is None


@settings(max_examples=80, deadline=None)
@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_iso_dateline_with_a_real_day_is_that_day(day: date) -> None:
    """The control: a real ISO day is read month second (passes)."""
    found = extract(HEAD + f"PARIS, {day.isoformat()} — " + REST)
    assert found.date == datetime(day.year, day.month, day.day)
