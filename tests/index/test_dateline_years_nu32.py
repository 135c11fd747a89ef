"""A dateline with its year gave no date and no dateline (nu32 #10): a .txt with
``WASHINGTON, Oct. 19, 2021 (AP) — ...`` gave the outlet and nothing else, and a credit the
outlet table does not know in that place ("(Valley Gazette)") gave no outlet at all."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from tests.dateline_form import as_shown

HEAD = "Colin Powell remembered as a soldier-statesman\n\nBy Jane Roe\n\n"
REST = (
    "Tributes poured in on Tuesday for Colin Powell, the former secretary of state, who died"
    " on Monday at 84.\n\nHis family said he had been fully vaccinated.\n"
)
_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.")
_AP_MONTHS += ("Nov.", "Dec.")
_FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
_FULL_MONTHS += ("September", "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PLACES = ("WASHINGTON", "LONDON", "MEXICO CITY", "RIO DE JANEIRO", "NEW YORK", "PARIS")
UNLISTED_FIRST = ("Valley", "Harbor", "Millbrook", "Granite", "Prairie", "Riverton")
UNLISTED_LAST = ("Gazette", "Ledger", "Courier", "Beacon", "Sentinel", "Record", "Weekly")


def written(day: date, shape: str) -> str:
    if shape == "us":
        return f"{_AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if shape == "uk":
        return f"{day.day} {_FULL_MONTHS[day.month - 1]} {day.year}"
    return day.isoformat()


@pytest.mark.parametrize(
    ("lede", "dateline", "when", "outlet"),
    [
        ("WASHINGTON, Oct. 19, 2021 (AP) — ", "WASHINGTON, Oct. 19, 2021", (2021, 10, 19), "AP"),
        ("LONDON, 19 October 2021 (Reuters) - ", "LONDON, 19 October 2021", (2021, 10, 19), "R"),
        ("PARIS, 2021-10-19 — ", "PARIS, 2021-10-19", (2021, 10, 19), None),
        (
            "WASHINGTON, Tuesday, Oct. 19, 2021 (Valley Gazette) - ",
            "WASHINGTON, Tuesday, Oct. 19, 2021",
            (2021, 10, 19),
            "Valley Gazette",
        ),
        (
            "Riverton, Calif., March 3, 2023 — ",
            "Riverton, Calif., March 3, 2023",
            (2023, 3, 3),
            None,
        ),
        ("LONDON, 2 March (Reuters) - ", "LONDON, 2 March", None, "R"),
        ("LONDON, March 2 (Reuters) - ", "LONDON, March 2", None, "R"),  # as before
    ],
)
def test_dateline_forms(lede: str, dateline: str, when: tuple[int, ...] | None, outlet: str | None):
    found = extract(HEAD + lede + REST)
    assert as_shown(found.dateline, dateline)
    assert found.date == (datetime(*when) if when else None)
    names = {"AP": "Associated Press", "R": "Reuters"}
    assert found.source == names.get(outlet or "", outlet)
    assert found.body.startswith(lede.rstrip())
    if when:
        assert "date" in found.provenance and lede.split(",")[0] in found.provenance["date"]


def test_head_date_wins_over_the_datelines():
    """A date line in the head is the page's own: the dateline's day does not replace it."""
    found = extract(HEAD.replace("\n\n", "\nOct. 20, 2021\n\n", 1) + "PARIS, 2021-10-19 — " + REST)
    assert found.date == datetime(2021, 10, 20)
    assert found.dateline == "Paris, 2021-10-19"


@pytest.mark.parametrize(
    "lede",
    [
        "WASHINGTON, Oct. 19, 2021 (Photo) — ",
        "WASHINGTON, Oct. 19, 2021 (Updated) — ",
        "WASHINGTON, Oct. 19, 2021 (Staff) — ",
        "WASHINGTON, Oct. 19, 2021 (Ontario) — ",
        "WASHINGTON, Oct. 19, 2021 (AP Photo/File) — ",
        "WASHINGTON, Oct. 19, 2021 (the paper said) — ",
        "WASHINGTON, Oct. 19, 2021 (Valley Gazette): ",  # no dash: not the dateline's credit
        "EXCLUSIVE (Valley Gazette) — ",  # a kicker, no place
    ],
)
def test_no_outlet_from_what_is_no_credit(lede: str):
    assert extract(HEAD + lede + REST).source is None


def test_a_known_outlet_elsewhere_wins():
    text = "Valley Gazette news\n\nBy Jane Roe | Reuters\n\nWASHINGTON (Harbor Ledger) — " + REST
    assert extract(text).source == "Reuters"


@settings(max_examples=150, deadline=None)
@given(
    place=st.sampled_from(PLACES),
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    shape=st.sampled_from(("us", "uk", "iso")),
    weekday=st.booleans(),
    credit=st.one_of(
        st.none(),
        st.sampled_from(("AP", "Reuters", "AFP")),
        st.tuples(st.sampled_from(UNLISTED_FIRST), st.sampled_from(UNLISTED_LAST)).map(" ".join),
    ),
    dash=st.sampled_from(("-", "—", "–", "--")),
)
def test_generated_datelines(
    place: str, day: date, shape: str, weekday: bool, credit: str | None, dash: str
):
    """Oracle: the date and the dateline are the ones written; the credit, known or not,
    is the outlet."""
    when = written(day, shape)
    if weekday:
        when = f"{_WEEKDAYS[day.weekday()]}, {when}"
    lede = f"{place}, {when}" + (f" ({credit})" if credit else "") + f" {dash} "
    found = extract(HEAD + lede + REST)
    assert found.date == datetime(day.year, day.month, day.day)
    assert as_shown(found.dateline, f"{place}, {when}")
    expected = {"AP": "Associated Press"}.get(credit or "", credit)
    assert found.source == expected
    # the same with no date in the head at all and no byline: the dateline still dates it
    bare = extract(lede + REST)
    assert bare.date == found.date and bare.dateline == found.dateline
