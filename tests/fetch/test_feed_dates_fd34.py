"""A feed's dates as the feed states them (fd34, nu35 #12).

An Atom entry without <published> took its <updated> as its date and said nothing: it still
does (a date is better than none), but the sidecar keeps it as ``feed_updated``, it dates
the article only when neither the page nor its text does, and the provenance names "feed
updated". An RSS item with neither <pubDate> nor dc:date gives no date (the page's own, if
any). A feed's time of exactly midnight is a time, a date alone is a day.

The oracle for the parser: the entry's date is its <published> when it has one, else its
<updated>, as the feed writes it (read back by `datetime.fromisoformat`); it is timed
exactly when the text it came from gives a time."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from index.fetch.feeds import parse_feed
from index.models import Article
from index.when import has_time
from tests.fetch.conftest import article_html, fetch_one
from tui.cli import app

moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda when: when.replace(microsecond=0)
)
midnights = st.dates(min_value=datetime(2000, 1, 1).date()).map(
    lambda day: datetime(day.year, day.month, day.day)
)
stated = st.one_of(moments, midnights)  # midnight often: the case the clock cannot tell
forms = st.sampled_from(["moment", "day"])


def atom_text(when: datetime, form: str) -> str:
    return f"{when:%Y-%m-%d}" if form == "day" else f"{when:%Y-%m-%dT%H:%M:%S}Z"


def atom(entries: list[str], link: str = "https://atom.example/a") -> bytes:
    items = "".join(
        f'<entry><title>Bridge reopens</title><link href="{link}"/><id>urn:{n}</id>{dates}</entry>'
        for n, dates in enumerate(entries)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Hill &amp; Dale News</title><id>urn:hd</id>{items}</feed>"
    ).encode()


@settings(max_examples=200, deadline=None)
@given(
    published=st.none() | st.tuples(stated, forms),
    updated=st.none() | st.tuples(stated, forms),
)
def test_an_atom_entry_is_dated_by_published_else_by_updated(
    published: tuple[datetime, str] | None, updated: tuple[datetime, str] | None
) -> None:
    dates = ""
    if published:
        dates += f"<published>{atom_text(*published)}</published>"
    if updated:
        dates += f"<updated>{atom_text(*updated)}</updated>"
    [entry] = parse_feed(atom([dates]), "https://atom.example/feed").entries
    chosen = published or updated
    if chosen is None:
        assert entry.published is None and not entry.updated_only
        return
    when, form = chosen
    assert entry.updated_only == (published is None)
    assert entry.published is not None
    assert entry.published.replace(microsecond=0) == (
        when if form == "moment" else when.replace(hour=0, minute=0, second=0)
    )
    assert has_time(entry.published) == (form == "moment")


RSS = """<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Hill &amp; Dale News</title><link>{link}</link>
<item><title>Bridge reopens</title><link>{link}</link>{dates}</item></channel></rss>"""


def test_rss_dc_date_dates_an_item_and_is_no_update() -> None:
    dates = "<dc:date>2024-05-06T00:00:00Z</dc:date>"
    [entry] = parse_feed(
        RSS.format(link="https://x.example/a", dates=dates).encode(), "https://x.example/"
    ).entries
    assert entry.published == datetime(2024, 5, 6, 0, 0, 0, 1) and has_time(entry.published)
    assert not entry.updated_only


def test_rss_without_dates_gives_none() -> None:
    [entry] = parse_feed(
        RSS.format(link="https://x.example/a", dates="").encode(), "https://x.example/"
    ).entries
    assert entry.published is None and not entry.updated_only


runner = CliRunner()


def fetched(
    server: HTTPServer, corpus: Path, feed: str, page: str | None = None
) -> tuple[Article, dict[str, object]]:
    """Fetch a feed of one page; the article as the index reads it, and its sidecar."""
    return fetch_one(server, corpus, feed, page or article_html("Bridge reopens", "It reopened."))


def test_an_atom_update_alone_dates_the_article_and_says_so(
    server: HTTPServer, corpus_dir: Path, tmp_path: Path
) -> None:
    link = server.url_for("/local/bridge")
    feed = atom(["<updated>2024-05-06T08:00:00Z</updated>"], link).decode()
    article, meta = fetched(server, corpus_dir, feed)
    assert "date" not in meta and meta["feed_updated"] == datetime(2024, 5, 6, 8, tzinfo=UTC)
    assert article.date == datetime(2024, 5, 6, 8)
    assert "feed updated" in article.provenance["date"]
    where = ["--corpus", str(corpus_dir), "--index-dir", str(tmp_path / "index")]
    assert runner.invoke(app, ["index", "rebuild", *where]).exit_code == 0
    [article_id] = [a.id for a in [article]]
    shown = runner.invoke(app, ["show", article_id, "--json", *where])
    assert shown.exit_code == 0, shown.output
    told = json.loads(shown.stdout)
    assert told["date"] == "2024-05-06T08:00:00"
    assert "feed updated" in told["provenance"]["date"]


def test_a_published_entry_is_dated_as_before(server: HTTPServer, corpus_dir: Path) -> None:
    link = server.url_for("/local/bridge")
    dates = "<published>2024-05-05T00:00:00Z</published><updated>2024-05-06T08:00:00Z</updated>"
    article, meta = fetched(server, corpus_dir, atom([dates], link).decode())
    assert "feed_updated" not in meta
    assert article.date == datetime(2024, 5, 5, 0, 0, 0, 1)  # midnight, stated: a time
    assert has_time(article.date)
    assert "feed updated" not in article.provenance["date"]


def test_a_date_in_the_page_text_beats_the_feeds_update(
    server: HTTPServer, corpus_dir: Path
) -> None:
    link = server.url_for("/local/bridge")
    feed = atom(["<updated>2024-05-06T08:00:00Z</updated>"], link).decode()
    page = article_html("Bridge reopens", "The bridge reopened.").replace(
        "<h1>Bridge reopens</h1>", "<h1>Bridge reopens</h1><p>Published May 1, 2024</p>"
    )
    article, _ = fetched(server, corpus_dir, feed, page)
    assert article.date == datetime(2024, 5, 1)
    assert "feed updated" not in article.provenance["date"]


@pytest.mark.parametrize("own", [None, "2024-04-30T10:15:00Z"])
def test_an_rss_item_without_dates_takes_the_pages_own_or_none(
    server: HTTPServer, corpus_dir: Path, own: str | None
) -> None:
    link = server.url_for("/local/bridge")
    page = article_html("Bridge reopens", "The bridge reopened.")
    if own:
        meta_tag = f'<meta property="article:published_time" content="{own}">'
        page = page.replace("</head>", meta_tag + "</head>")
    article, meta = fetched(server, corpus_dir, RSS.format(link=link, dates=""), page)
    assert not {"date", "feed_date", "feed_updated"} & set(meta)
    assert article.date == (datetime(2024, 4, 30, 10, 15) if own else None)
