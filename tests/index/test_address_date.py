"""A record with no date is dated by the day its address's path names (st50, issue 16):
`address_date` against the day written into generated addresses, and the ingest's use of
it (a stated date wins unless it is 2+ days before the address's day, st76; no day in the
path leaves the article undated)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.models import Article
from index.text.address_date import AHEAD_DAYS, SLIP_DAYS, address_date, ahead_of

days = st.dates(min_value=date(1991, 1, 1), max_value=date(2099, 12, 31))
before_web = st.dates(min_value=date(1900, 1, 1), max_value=date(1990, 12, 31))
slugs = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=30).filter(
    lambda s: s.strip("-")
)
hosts = st.sampled_from(["https://www.cnn.com", "http://example.org", "https://nypost.com"])


def _address(host: str, day: date, slug: str, form: int) -> str:
    if form == 0:
        return f"{host}/{day.year}/{day.month:02d}/{day.day:02d}/{slug}/index.html"
    if form == 1:
        return f"{host}/news/articles/{day.isoformat()}/{slug}"
    if form == 3:  # RTE's and the Christian Science Monitor's "/2017/0313/" (st76)
        return f"{host}/news/{day.year}/{day.month:02d}{day.day:02d}/859342-{slug}/"
    return f"{host}/world/{slug}-{day.isoformat()}/"


@settings(max_examples=200, deadline=None)
@given(hosts, days, slugs, st.integers(0, 3))
def test_the_day_written_in_the_path_is_read(host: str, day: date, slug: str, form: int) -> None:
    got = address_date(_address(host, day, slug, form))
    assert got == datetime(day.year, day.month, day.day)


@settings(max_examples=100, deadline=None)
@given(hosts, days, slugs)
def test_no_whole_day_in_the_path_is_no_date(host: str, day: date, slug: str) -> None:
    assert address_date(f"{host}/{day.year}/{day.month:02d}/{slug}") is None  # a month
    assert address_date(f"{host}/{slug}?d={day.isoformat()}") is None  # the query
    assert address_date(f"{host}/{slug}/1{day.isoformat()}") is None  # a longer number
    assert address_date(f"{host}/{day.year}/13/{day.day:02d}/{slug}") is None  # no month 13
    assert address_date(f"{host}/{day.year}/13{day.day:02d}/{slug}") is None  # nor run together
    assert address_date(f"{host}/{day.year}/{day.month:02d}{day.day:02d}7/{slug}") is None
    assert address_date(None) is None and address_date("") is None


@settings(max_examples=100, deadline=None)
@given(hosts, before_web, days, slugs, st.integers(0, 3))
def test_a_day_before_the_web_is_a_day_told_of(
    host: str, told: date, day: date, slug: str, form: int
) -> None:
    """rv60: "/history/1945-05-08-ve-day" is no day of publication; a later whole day in
    the same path still is."""
    assert address_date(_address(host, told, slug, form)) is None
    later = _address(host, day, slug, form).replace(host, f"{host}/{told.isoformat()}-{slug}")
    assert address_date(later) == datetime(day.year, day.month, day.day)


def _read(tmp_path: Path, records: list[dict[str, object]]) -> list[Article]:
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [a for a in iter_articles(path) if isinstance(a, Article)]


BODY = "The council voted on the plan on a rainy afternoon, officials said in a statement."


@settings(max_examples=25, deadline=None)
@given(hosts, days, slugs, st.integers(0, 3), st.integers(-40, 40))
def test_a_record_without_a_date_takes_its_address_day(
    tmp_path_factory: object, host: str, day: date, slug: str, form: int, shift: int
) -> None:
    tmp_path = tmp_path_factory.mktemp("r")  # type: ignore[attr-defined]
    url = _address(host, day, slug, form)
    stated = day + timedelta(days=shift)
    bare, given_date, no_day = _read(
        tmp_path,
        [
            {"id": "a", "title": "Council votes", "url": url, "body": BODY},
            {
                "id": "b",
                "title": "Council votes",
                "url": url,
                "date": stated.isoformat(),
                "body": BODY,
            },
            {"id": "c", "title": "Council votes", "url": f"{host}/{slug}", "body": BODY},
        ],
    )
    assert bare.date == datetime(day.year, day.month, day.day)
    assert "address" in bare.provenance["date"]
    if not -SLIP_DAYS <= shift <= -AHEAD_DAYS:  # stated wins, unless days before (st76, rv79)
        assert given_date.date == datetime(stated.year, stated.month, stated.day)
        assert "address" not in given_date.provenance["date"]
    else:
        assert given_date.date == datetime(day.year, day.month, day.day)
        assert f"the {stated.isoformat()} stated is days before" in given_date.provenance["date"]
    assert no_day.date is None


@settings(max_examples=200, deadline=None)
@given(hosts, days, slugs, st.integers(0, 3), st.integers(-400, 400), st.integers(0, 23))
def test_a_date_days_before_the_address_day_is_a_slip(
    host: str, day: date, slug: str, form: int, shift: int, hour: int
) -> None:
    """st76 (issue 16): RTE's pieces of Monday 13 Mar 2017 (".../2017/0313/...") came dated
    Friday 10 Mar, and joined Friday's stories. A page is not published before the day its
    address names: a stated date 2 to 7 days before it yields; a day before (a time zone),
    the same day or later (an update), or over a week before (the address names another day
    than its own: rv79) stands, whatever its hour."""
    stated = datetime(day.year, day.month, day.day, hour) + timedelta(days=shift)
    got = ahead_of(stated, _address(host, day, slug, form))
    if 2 <= (day - stated.date()).days <= 7:
        assert got == datetime(day.year, day.month, day.day)
    else:
        assert got is None
    assert ahead_of(stated, f"{host}/{slug}") is None  # no day in the path: nothing to say
