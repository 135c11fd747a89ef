"""A feed item without a link is kept as an article from its own text (nu36 #9: it was
skipped): saved once as a page with its sidecar, read by the index with the item's
title, text, date and the feed's outlet; an item with neither link nor text is skipped."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from index.fetch.feeds import Entry, parse_feed
from index.fetch.items import item_key, item_page
from index.fetch.run import fetch
from index.fetch.state import load_state
from index.ingest.readers import read_source, scan
from tests.fetch.conftest import QUICK, no_robots

FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
    "<title>NYT &gt; World News</title><link>/</link><description>d</description>"
    "<item><title>Harbour reopens after the storm</title><guid isPermaLink='false'>x1</guid>"
    "<description>&lt;p&gt;The harbour reopened on Tuesday after a week of repairs, the port "
    "authority said.&lt;/p&gt;&lt;p&gt;Ferries resume on Wednesday.&lt;/p&gt;</description>"
    "<pubDate>Tue, 07 May 2024 09:00:00 GMT</pubDate></item>"
    "<item><title>A title alone</title></item>"
    "</channel></rss>"
)


def test_an_item_without_a_link_is_saved_once_and_indexed(
    server: HTTPServer, corpus_dir: Path
) -> None:
    no_robots(server)
    server.expect_request("/feed.xml").respond_with_data(FEED, content_type="application/rss+xml")
    url = server.url_for("/feed.xml")
    report = fetch(corpus_dir, [url], settings=QUICK)
    assert [a.title for a in report.new] == ["Harbour reopens after the storm"]
    assert [p.reason for p in report.skipped] == ["item has no link"]  # the title alone
    assert report.new[0].path.startswith("fetched/localhost_") or report.new[0].path.startswith(
        "fetched/127.0.0.1_"
    )
    files, skipped = scan(corpus_dir)
    assert len(files) == 1 and not skipped
    [article] = read_source(files[0]).articles
    assert article.title == "Harbour reopens after the storm"
    assert "reopened on Tuesday" in article.body and "Ferries resume" in article.body
    assert article.source == "The New York Times"  # the feed's title, as for any page
    assert article.date == datetime(2024, 5, 7, 9, 0)
    assert load_state(corpus_dir).feeds[url].title == "NYT > World News"  # feeds export
    again = fetch(corpus_dir, [url], settings=QUICK)
    assert again.new == () and len(again.already_saved) == 1


texts = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=80)


@settings(max_examples=100, deadline=None)
@given(title=texts, text=texts, guid=st.sampled_from(("", "x1", "urn:2")))
def test_an_item_is_known_by_its_id_else_its_words(title: str, text: str, guid: str) -> None:
    entry = Entry(None, title, None, "item has no link", content=text, guid=guid)
    key = item_key("https://f.example/rss", entry)
    # the oracle: with an id, the id alone counts; without, the title and text
    retitled = Entry(None, title + "!", None, "item has no link", content=text, guid=guid)
    assert (item_key("https://f.example/rss", retitled) == key) == bool(guid)
    assert item_key("https://g.example/rss", entry) != key
    assert b"<script" not in item_page(entry).lower() or "<script" in text.lower()


def test_parse_keeps_the_text_of_an_item_without_a_link() -> None:
    feed = parse_feed(FEED.encode(), "https://f.example/feed.xml", "application/rss+xml")
    first, second = feed.entries
    assert first.link is None and "harbour reopened" in first.content and first.guid == "x1"
    assert second.content == "" and second.problem == "item has no link"
