"""Date limits mean one thing on every search path: the empty query's (the listing's ISO
strings) and a query's (Whoosh's numeric date field) keep the same articles, and those are
the articles whose date, in UTC, lies within the limits, whatever zone the limits are given
in. An article dated "2021-02-13" was left out of ``count("", since=2021-02-13 00:00 UTC)``
and kept by ``count("wheat", ...)`` (fx22c)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.library import Library
from tests.conftest import write_corpus

# dates as articles give them: a day alone, a time, a zone
DATES = (
    "2021-02-12",
    "2021-02-13",
    "2021-02-13T00:00:00",
    "2021-02-13T09:30:00+02:00",
    "2021-02-13T23:59:00",
    "2021-02-14T01:15:00-05:00",
    "2021-02-15",
)


@pytest.fixture(scope="module")
def library() -> Iterator[Library]:
    top = Path(tempfile.mkdtemp())
    files = {
        f"a{n}.md": f"---\ntitle: Frost {n}\nsource: Herald\ndate: {date}\n---\nwheat frost {n}\n"
        for n, date in enumerate(DATES)
    }
    with Library.open(write_corpus(top / "c", files), top / "i") as opened:
        yield opened


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is None else moment.astimezone(UTC).replace(tzinfo=None)


MOMENT = st.builds(
    lambda day, minutes, zone: (
        datetime(2021, 2, day) + timedelta(minutes=minutes)
        if zone is None
        else (datetime(2021, 2, day) + timedelta(minutes=minutes)).replace(
            tzinfo=timezone(timedelta(hours=zone))
        )
    ),
    st.integers(11, 16),
    st.sampled_from((0, 1, 30, 9 * 60 + 30, 23 * 60 + 59)),
    st.one_of(st.none(), st.sampled_from((0, 2, -5))),
)


@given(since=st.one_of(st.none(), MOMENT), until=st.one_of(st.none(), MOMENT))
def test_every_path_keeps_the_articles_within_the_limits(
    library: Library, since: datetime | None, until: datetime | None
) -> None:
    dates = {a.id: a.date for a in library.articles()}
    assert all(date is not None for date in dates.values())
    low = None if since is None else _utc(since)
    high = None if until is None else _utc(until)
    want = {
        article_id
        for article_id, date in dates.items()
        if date is not None
        and (low is None or _utc(date) >= low)
        and (high is None or _utc(date) <= high)
    }
    listed = library.search("", limit=None, since=since, until=until, count=False)
    found = library.search("wheat", limit=None, since=since, until=until, count=False)
    assert {hit.id for hit in listed.hits} == want
    assert {hit.id for hit in found.hits} == want
    assert library.count("", since=since, until=until) == len(want)
    assert library.count("wheat", since=since, until=until) == len(want)
