"""Dates, bylines, datelines and outlets found in text written for the tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from index.text.extract import derive_title, extract
from index.text.metadata import byline_from_credits, parse_date, source_from_credit
from tests.dateline_form import as_shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday, 20 March 2014 17:50 GMT", datetime(2014, 3, 20, 17, 50)),
        ("01/23/2025 at 5:53 p.m.", datetime(2025, 1, 23, 17, 53)),
        ("March 3, 1987", datetime(1987, 3, 3)),
        ("2021-05-04T10:00:00Z", datetime(2021, 5, 4, 10, 0)),
        ("2021-05-04T12:00:00+02:00", datetime(2021, 5, 4, 10, 0)),
        ("March 20", None),
        ("Tuesday", None),
        ("last month", None),
    ],
)
def test_parse_date(text: str, expected: datetime | None) -> None:
    assert parse_date(text) == expected


def test_no_date_is_invented() -> None:
    found = extract(
        "LONDON, March 20 (Reuters) - Shares rose on Tuesday, traders said, as the pound "
        "gained for a third day against the dollar.\n"
    )
    assert found.date is None
    assert found.dateline == "London, March 20"
    assert found.source == "Reuters"


def test_date_line_and_published_prefix() -> None:
    text = (
        "Rail strike called off\n\nPublished: 4 May 2021\n\nUnions called off the rail strike "
        "after talks that lasted through the night, both sides said.\n"
    )
    found = extract(text)
    assert found.date == datetime(2021, 5, 4)
    assert found.title == "Rail strike called off"
    assert "Published" not in found.body


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("Reuters", "Reuters"),
        ("dpa/NAN", "dpa/NAN"),
        ("AP", "Associated Press"),
        ("AFP/Getty", None),
        ("the mayor", None),
    ],
)
def test_source_from_credit(credit: str, source: str | None) -> None:
    assert source_from_credit(credit) == source


def test_byline_from_credits() -> None:
    assert byline_from_credits("(Reporting by Ann Lee and Bo Chan; Editing by Cy Dee)") == (
        "Ann Lee and Bo Chan"
    )
    assert byline_from_credits("(Additional reporting by Ann Lee; Editing by Cy Dee)") is None


def test_known_metadata_wins() -> None:
    found = extract(
        "Old headline\n\nBy Someone Else\n\nThe body of the story is here and it is long enough.\n",
        known={"title": "New title", "byline": "Right Person", "date": datetime(2020, 1, 1)},
    )
    assert found.title == "New title" and not found.title_derived
    assert found.byline == "Right Person"
    assert found.date == datetime(2020, 1, 1)


def test_derived_title_is_cut_at_a_word() -> None:
    body = "BERLIN — " + "The committee agreed after a long night of negotiations " * 4 + "."
    title = derive_title(body)
    assert title.endswith("…") and len(title) <= 92
    assert not title.startswith("BERLIN")


def test_trailing_agency_credit() -> None:
    found = extract("Talks will resume next week in Geneva, the envoy said on Friday.(AFP)")
    assert found.source == "AFP"


@pytest.mark.parametrize(
    ("text", "dateline", "source", "title"),
    [
        (
            "MOSCOW, March 30. /TASS/. The envoy met the minister on Friday, the ministry said.",
            "MOSCOW, March 30",
            "TASS",
            "The envoy met the minister on Friday, the ministry said",
        ),
        (
            "NEW YORK, March 3 - Stocks rose sharply today, traders said.\n\nReuter\n",
            "NEW YORK, March 3",
            "Reuters",  # the wire's sign-off names it (fx66)
            "Stocks rose sharply today, traders said",
        ),
        ("DW: The council voted on Monday to shut the mine.", None, "Deutsche Welle", None),
        ("UPDATE: The council voted on Monday to shut the mine.", None, None, None),
        ("KYIV: The council voted on Monday to shut the mine.", "KYIV", None, None),
    ],
)
def test_lede_openers(
    text: str, dateline: str | None, source: str | None, title: str | None
) -> None:
    found = extract(text)
    assert as_shown(found.dateline, dateline)
    assert found.source == source
    assert found.date is None
    if title is not None:
        assert found.title == title and found.title_derived


def test_a_lone_short_line_is_body_and_title() -> None:
    found = extract("Scott Pruitt\n")
    assert found.body == "Scott Pruitt"
    assert found.title == "Scott Pruitt" and found.title_derived


def test_derived_title_keeps_an_initial() -> None:
    assert derive_title("Talks resumed in the U.S.") == "Talks resumed in the U.S."
    assert derive_title("Talks resumed on Monday.") == "Talks resumed on Monday"
