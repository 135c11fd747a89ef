"""Date lines with a reading time or a relative update beside the date (nu29 #6, fx31c):
``March 14, 2023 / 9:30 AM / Updated 2 hours ago`` (Reuters' page, on one line or on three)
and ``14 March 2023 • 4 min read`` gave no date and opened the body."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.dates import read_date_line
from index.text.extract import extract

HEADLINE = "Levee failure forces evacuations in Riverton"
BYLINE = "By JANE DOE and JOHN ROE"
LEDE = (
    "RIVERTON, Calif. — Officials ordered evacuations after the levee failed, the sheriff "
    "said on Tuesday."
)
SECOND = "The river is expected to crest on Thursday night, the county said."


def page(*head: str) -> str:
    return "\n\n".join([HEADLINE, BYLINE, *head, LEDE, SECOND]) + "\n"


@pytest.mark.parametrize(
    ("lines", "when"),
    [
        (["March 14, 2023 / 9:30 AM / Updated 2 hours ago"], datetime(2023, 3, 14, 9, 30)),
        (["March 14, 2023\n9:30 AM\nUpdated 2 hours ago"], datetime(2023, 3, 14, 9, 30)),
        (["March 14, 2023", "9:30 AM UTC", "Updated 2 hours ago"], datetime(2023, 3, 14, 9, 30)),
        (["March 14, 2023 / 9:30 AM PDT / Updated 2 hours ago"], datetime(2023, 3, 14, 16, 30)),
        (["March 14, 2023\n9:30 a.m. ET"], datetime(2023, 3, 14, 13, 30)),
        (["14 March 2023 • 4 min read"], datetime(2023, 3, 14)),
        (["14 March 2023 · 4 min read"], datetime(2023, 3, 14)),
        (["March 14, 2023 | 5-minute read"], datetime(2023, 3, 14)),
        (["4 min read · Mar 14, 2023"], datetime(2023, 3, 14)),
        (["Published March 14, 2023 · Updated 2 hours ago"], datetime(2023, 3, 14)),
    ],
)
def test_the_date_is_read_and_its_lines_leave_the_body(lines: list[str], when: datetime) -> None:
    got = extract(page(*lines))
    assert got.date == when
    assert (got.title, got.byline) == (HEADLINE, "JANE DOE and JOHN ROE")
    assert got.body.startswith(LEDE)
    assert "ago" not in got.body and "read" not in got.body and "9:30" not in got.body


@pytest.mark.parametrize(
    "line",
    [
        "4 min read",
        "Updated 2 hours ago | 4 min read",  # relative alone, as before
        "March 14, 2023 / Opinion",
        "Monday • 4 min read",
        "The mayor said 4 min read",
    ],
)
def test_no_date_without_one(line: str) -> None:
    assert all(s.value is None for s in read_date_line(line))


def test_a_time_line_times_only_a_date_line_with_no_time_above_it() -> None:
    """A date with a time keeps its own; a time under a byline is no date's."""
    got = extract(page("March 14, 2023 10:15 AM", "9:30 AM"))
    assert got.date == datetime(2023, 3, 14, 10, 15)
    assert got.body.startswith("9:30 AM")
    got = extract("\n\n".join([HEADLINE, "9:30 AM", BYLINE, LEDE, SECOND]))
    assert got.date is None
    for below in ("11:00 the", "9:30 am then", "18.20 gmt"):  # a zone is in capitals (rv28)
        got = extract(page("March 14, 2023", below))
        assert got.date == datetime(2023, 3, 14) and got.body.startswith(below)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


@st.composite
def dated_head(draw: st.DrawFn) -> tuple[list[str], datetime]:
    """A date (with a time or not) written as a page writes it, with a reading time or a
    relative update beside it, on its line or on lines of their own; and the moment."""
    when = draw(st.datetimes(datetime(1990, 1, 1), datetime(2030, 12, 31)))
    timed = draw(st.booleans()) and (when.hour, when.minute) != (0, 0)
    when = when.replace(second=0, microsecond=0) if timed else datetime(*when.timetuple()[:3])
    month = MONTHS[when.month - 1]
    day = draw(
        st.sampled_from([f"{month} {when.day}, {when.year}", f"{when.day} {month} {when.year}"])
    )
    clock = when.strftime("%I:%M %p").lstrip("0")
    aside = draw(
        st.sampled_from(
            [f"{draw(st.integers(1, 30))} min read", "3-minute read",
             f"Updated {draw(st.integers(2, 23))} hours ago", "Updated 5 minutes ago"]
        )
    )  # fmt: skip
    parts = [day, clock, aside] if timed else [day, aside]
    if draw(st.booleans()):
        return parts, when  # each on its own line
    separator = draw(st.sampled_from([" / ", " • ", " · ", " | "]))
    return [separator.join(parts)], when


@settings(max_examples=200, deadline=None)
@given(dated_head())
def test_any_such_date_is_read_and_leaves_the_body(head: tuple[list[str], datetime]) -> None:
    lines, when = head
    got = extract(page(*lines))
    assert got.date == when
    assert got.body.startswith(LEDE)
