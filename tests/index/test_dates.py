"""Date lines: the forms web pages write, in UTC; published and updated; never a guess."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.sidecars import parse_date_value
from index.text.dates import (
    _REAL_ZONES,
    PUBLISHED,
    RELATIVE,
    UPDATED,
    parse_date_text,
    read_date_line,
)
from index.text.extract import extract
from index.when import timed_value
from tests.messy.generate import (
    DATE_FORMS,
    PUBLISHED_FORMS,
    UPDATED_FORMS,
    ZONES,
    render_date,
)


@pytest.mark.parametrize(
    ("line", "kind", "expected"),
    [
        # the forms; a zone is converted to UTC, ET with the day's daylight rule
        ("Feb. 13, 2017, 11:47 AM ET", PUBLISHED, datetime(2017, 2, 13, 16, 47)),
        ("Jun. 13, 2017, 11:47 AM ET", PUBLISHED, datetime(2017, 6, 13, 15, 47)),
        ("15.03.2017", PUBLISHED, datetime(2017, 3, 15)),
        ("Updated 1115 GMT (1915 HKT) February 23, 2017", UPDATED, datetime(2017, 2, 23, 11, 15)),
        ("Published: 02/23/2017", PUBLISHED, datetime(2017, 2, 23)),
        ("Mon 13 Feb 2017 18.20 GMT", PUBLISHED, datetime(2017, 2, 13, 18, 20)),
        ("Mon 13 Jun 2017 18.20 BST", PUBLISHED, datetime(2017, 6, 13, 17, 20)),
        ("June 13, 2014 / 6:12 PM", PUBLISHED, datetime(2014, 6, 13, 18, 12)),
        ("Last modified on Tue 14 Feb 2017 10.00 GMT", UPDATED, datetime(2017, 2, 14, 10)),
        ("PUBLISHED: 18:20 GMT, 13 February 2017", PUBLISHED, datetime(2017, 2, 13, 18, 20)),
        ("Date: 2017-02-13T18:20:00Z", PUBLISHED, datetime(2017, 2, 13, 18, 20)),
        ("13/02/2017", PUBLISHED, datetime(2017, 2, 13)),  # no 13th month: day first
        ("05/03/2017", PUBLISHED, datetime(2017, 5, 3)),  # slashes: month first (US)
        ("05.03.2017", PUBLISHED, datetime(2017, 3, 5)),  # dots: day first
        # ISO with a one-digit month or day (fx16a: nu15's "2021-4-6" was no date)
        ("2021-4-6", PUBLISHED, datetime(2021, 4, 6)),
        ("Published: 2021-12-1", PUBLISHED, datetime(2021, 12, 1)),
        ("2021-04-6T10:30:00Z", PUBLISHED, datetime(2021, 4, 6, 10, 30)),
    ],
)
def test_date_lines(line: str, kind: str, expected: datetime) -> None:
    (statement,) = read_date_line(line)
    assert (statement.kind, statement.value) == (kind, expected)


@pytest.mark.parametrize("line", ["3 hours ago", "Updated 20 minutes ago", "Yesterday"])
def test_relative_dates_stay_unknown(line: str) -> None:
    (statement,) = read_date_line(line)
    assert statement.kind == RELATIVE and statement.value is None
    found = extract(f"Dam holds after storm\n{line}\n\n{PARAGRAPH}")
    assert found.date is None and found.updated is None
    assert found.provenance["date"].endswith("(relative, no anchor: unknown)")
    assert line not in found.body


@pytest.mark.parametrize(
    "line",
    [
        "March 20",  # no year
        "May 2017",  # no day: a date line, but no date
        "2017 was a good year for the harbour",
        "Today, we announce a plan of action.",
        "By Jane Doe | Feb 13, 2017",  # a byline and a date: not only a date
        "The vote on February 13, 2017 was close, the speaker said.",
    ],
)
def test_no_full_date_no_value(line: str) -> None:
    assert all(statement.value is None for statement in read_date_line(line))


@pytest.mark.parametrize(
    "line",
    [
        "May 147.75 147.50 147.75 148.00 146.25 2000",  # a row of a futures table
        "Dec 1987 20000 tonnes at 12.50",
        "2017 was a good year",
    ],
)
def test_numbers_with_a_month_are_no_date_line(line: str) -> None:
    assert read_date_line(line) == ()


PARAGRAPH = (
    "The dam held overnight, engineers said on Friday after a night of heavy rain across "
    "the valley and the county.\n"
)


def test_published_wins_and_both_are_kept() -> None:
    found = extract(
        "Dam holds after storm\nUpdated: Feb 14, 2017 at 9:31 a.m. ET\n"
        f"First published on Mon 13 Feb 2017 18.20 GMT\n\n{PARAGRAPH}"
    )
    assert found.date == datetime(2017, 2, 13, 18, 20)
    assert found.updated == datetime(2017, 2, 14, 14, 31)
    assert found.provenance["date"].startswith("line 3:")
    assert found.provenance["updated"].startswith("line 2:")


def test_an_update_alone_is_the_date() -> None:
    update = "Updated 1115 GMT (1915 HKT) February 23, 2017"
    found = extract(f"Dam holds after storm\n{update}\n\n{PARAGRAPH}")
    assert found.date == found.updated == datetime(2017, 2, 23, 11, 15)


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2030, 12, 31)),
    st.sampled_from(sorted(set(DATE_FORMS + UPDATED_FORMS + PUBLISHED_FORMS))),
    st.integers(min_value=0, max_value=1000),
)
def test_every_form_the_generator_writes_reads_back(when: datetime, form: str, seed: int) -> None:
    """The messy set's date writer (zoneinfo for the truth) is the oracle."""
    when = when.replace(second=0, microsecond=0)
    text, truth, kind = render_date(form, when, random.Random(seed))
    statements = read_date_line(text)
    assert len(statements) == 1, text
    assert statements[0].kind == kind, text
    # a form that writes a time states one even at midnight (fd34): the oracle is the form's
    # truth for an afternoon moment, which keeps its hour only when the form writes it
    timed = render_date(form, datetime(2017, 2, 13, 13, 37), random.Random(seed))[1]
    readings = _readings(text, truth)
    if timed is not None and timed.hour:
        readings = {timed_value(r) if r else r for r in readings}
    assert statements[0].value in readings, text


def _readings(text: str, truth: datetime | None) -> set[datetime | None]:
    """The moments ``text`` can mean: "1:00am ET" on the night clocks go back is two (EDT's
    and EST's, an hour apart; the reader takes the first), any other time one."""
    zone = re.search(r"\b(ET|PT|CT)\b", text)
    if truth is None or zone is None:
        return {truth}
    local = truth.replace(tzinfo=UTC).astimezone(ZoneInfo(ZONES[zone.group(1)]))
    return {local.replace(fold=f).astimezone(UTC).replace(tzinfo=None) for f in (0, 1)}


def test_a_clock_time_the_night_clocks_go_back_is_the_first_of_its_two() -> None:
    """CI can draw it (fx16a saw "Oct. 31, 1999, 1:00am ET"): 1:00 EDT is 05:00 UTC."""
    (statement,) = read_date_line("Oct. 31, 1999, 1:00am ET")
    assert statement.value == datetime(1999, 10, 31, 5, 0)
    assert _readings("Oct. 31, 1999, 1:00am ET", datetime(1999, 10, 31, 6, 0)) == {
        datetime(1999, 10, 31, 5, 0),
        datetime(1999, 10, 31, 6, 0),
    }


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_line_reads_without_error(line: str) -> None:
    for statement in read_date_line(line.strip()):
        assert statement.value is None or 1800 <= statement.value.year <= 2200


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))  # years 19xx, 20xx
def test_iso_dates_read_with_or_without_leading_zeros(day: date) -> None:
    for line in (f"{day.year}-{day.month}-{day.day}", day.isoformat()):
        statements = read_date_line(line)
        assert [s.value for s in statements] == [datetime(day.year, day.month, day.day)], line
        assert parse_date_value(line) == datetime(day.year, day.month, day.day)


@pytest.mark.parametrize("name", ["STAT", "WBIT", "KST", "Hot", "BEAT"])
def test_a_word_like_a_time_zone_without_a_time_is_no_date(name: str) -> None:
    # nu25 #1: "STAT, 2021-10-04" (an outlet and a date) was a date with an unknown zone
    assert read_date_line(f"{name}, 2021-10-04") == ()
    assert read_date_line(f"2021-10-04 10:30 {name}") != ()  # after a time it is a zone


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2021-10-04 UTC", datetime(2021, 10, 4)),
        ("Oct 4, 2021 / ET", datetime(2021, 10, 4)),
    ],
)
def test_a_zone_written_after_the_date_without_a_time_keeps_the_date(
    line: str, day: datetime
) -> None:
    # rv23: the zone rule above refused these (read before it): only a word before the date
    # that looks like a zone needs a time
    assert [s.value.date() if s.value else None for s in read_date_line(line)] == [day.date()]


_FORMS = (
    "{d:%Y-%m-%d}",
    "{d:%b} {d.day}, {d:%Y}",
    "{d.day} {d:%B} {d:%Y}",
    "{d:%B} {d.day}, {d:%Y} /",
)


@settings(max_examples=60)
@given(
    day=st.dates(date(1990, 1, 1), date(2030, 12, 31)),
    form=st.sampled_from(_FORMS),
    word=st.sampled_from(["STAT", "BEAT", "WBIT", "Hot", "Post", "Alt"]),
    zone=st.sampled_from(["UTC", "GMT", "ET", "EST", "EDT", "PT", "PST", "CT", "MDT"]),
)
def test_a_word_like_a_zone_after_a_date_needs_a_time(
    day: date, form: str, word: str, zone: str
) -> None:
    # sm24: "2021-10-04 STAT" (and "Oct 4, 2021 BEAT", its year read as a time) was a date
    # with a zone; a real zone there keeps the date: the day itself (UTC and zones west of it
    # give the same day at midnight), as "2021-10-04 UTC" and "Oct 4, 2021 / ET" did (rv23)
    written = form.format(d=day)
    assert read_date_line(f"{written} {word}") == ()
    values = [s.value for s in read_date_line(f"{written} {zone}")]
    assert len(values) == 1 and values[0] is not None and values[0].date() == day, written
    assert read_date_line(f"{written} 10:30 {word}") != ()  # after a time it is a zone


@settings(max_examples=80)
@given(
    day=st.dates(date(1990, 1, 1), date(2030, 12, 31)),
    form=st.sampled_from(_FORMS),
    zone=st.sampled_from(sorted(_REAL_ZONES)),
)
def test_a_day_without_a_time_is_that_day_in_any_zone(day: date, form: str, zone: str) -> None:
    # rv24 #3: "Oct 4, 2021 AEST" read as midnight in Sydney, 14:00 the day before in UTC;
    # with no time the zone says nothing of the moment: the calendar day at midnight
    written = f"{form.format(d=day)} {zone.upper()}"
    assert [s.value for s in read_date_line(written)] == [datetime(*day.timetuple()[:3])]
    assert parse_date_text(written) == datetime(*day.timetuple()[:3])
