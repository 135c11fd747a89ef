"""A saved page's published time is kept, in UTC (nu25: it was cut to its day), and a
page that names no site gets its host's outlet from the table.

htmldate's default output is the day alone: "2017-02-13T18:47:00Z" became 2017-02-13 00:00,
and "2017-02-13T23:30:00-05:00" (04:30 UTC on the 14th) landed on the 13th, so
`date:2017-02-14` missed it and a story's "who was first" had no time to go by.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from index.ingest.readers import iter_articles
from index.ingest.webpage import NULL_DAYS, extract_page
from index.models import Article
from index.text.outletnames import canonical_outlet
from index.text.outlets import Outlet, _table
from index.when import has_time, timed_value

PAGE = (
    "<html><head><title>Dam holds after storm</title>"
    '<meta property="og:site_name" content="Valley Gazette">'
    '<meta property="article:published_time" content="{}"></head><body><article>'
    "<h1>Dam holds after storm</h1><p>A portion of the harbour wall gave way early on "
    "Thursday, officials said, and crews worked through the night to shore it up.</p>"
    "<p>The council will meet on Monday to decide what to repair first, the mayor said.</p>"
    "</article></body></html>"
)


def _read(folder: Path, published: str) -> Article:
    (folder / "a.html").write_text(PAGE.format(published), encoding="utf-8")
    [article] = [a for a in iter_articles(folder) if isinstance(a, Article)]
    return article


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    # htmldate takes no date after today; before 1995 only with our floor (nu37 #1)
    moment=st.datetimes(min_value=datetime(1800, 1, 2), max_value=datetime(2025, 12, 30)),
    offset=st.integers(min_value=-11 * 4, max_value=13 * 4).map(lambda q: q * 15),
)
def test_the_published_time_is_the_same_moment_in_utc(
    tmp_path_factory: pytest.TempPathFactory, moment: datetime, offset: int
) -> None:
    zone = timezone(timedelta(minutes=offset))
    stated = moment.replace(microsecond=0, tzinfo=zone)
    # a CMS's null day (the epoch, SQL's zero dates) is no date (rv35 #5; ci98 drew 1969-12-31)
    days = {stated.date(), stated.astimezone(UTC).date()}
    assume(not {day.isoformat() for day in days} & NULL_DAYS)
    folder = tmp_path_factory.mktemp("page")
    article = _read(folder, stated.isoformat())
    # a time stated as midnight is a time: kept one microsecond past it (fd34)
    assert article.date == timed_value(stated.astimezone(UTC).replace(tzinfo=None))
    assert has_time(article.date)


def test_a_page_that_gives_only_the_day_keeps_the_day(tmp_path: Path) -> None:
    assert _read(tmp_path, "2017-02-13").date == datetime(2017, 2, 13)


HOSTED = (
    '<html><head><title>Dam holds after storm</title><link rel="canonical" href="{}">'
    "</head><body><article><h1>Dam holds after storm</h1><p>A portion of the harbour wall "
    "gave way early on Thursday, officials said, and crews worked through the night.</p>"
    "<p>The council will meet on Monday to decide what to repair first.</p></article>"
    "</body></html>"
)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(_table()[1].items())))
def test_a_page_without_a_site_name_gets_the_outlet_its_host_has_in_the_table(
    tmp_path_factory: pytest.TempPathFactory, entry: tuple[str, Outlet]
) -> None:
    """nu25: with no og:site_name trafilatura names the site by its host ("bbc.co.uk"); the
    outlet is the table's name for that host, as a text's URL line gives it."""
    host, outlet = entry
    folder = tmp_path_factory.mktemp("page")
    (folder / "a.html").write_text(HOSTED.format(f"https://www.{host}/news/a-123"), "utf-8")
    [article] = [a for a in iter_articles(folder) if isinstance(a, Article)]
    assert article.source == canonical_outlet(outlet.name)


def test_a_null_metadata_date_gives_way_to_the_address_date() -> None:
    # rv35 #5: the epoch is a CMS's "no date"; the page's address still dates it, as before hd34
    page = PAGE.format("1970-01-01T00:00:00Z").replace(
        "</title>", '</title><link rel="canonical" href="https://example.org/2017/02/12/dam.html">'
    )
    extracted = extract_page(page)
    assert extracted is not None and extracted.metadata.get("date") == "2017-02-12"
