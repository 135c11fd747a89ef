"""End to end: a feed of three pages fetched into a corpus, indexed, and found by search."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytest_httpserver import HTTPServer

from index.build import rebuild, update
from index.fetch.feedlist import add_feed
from index.fetch.run import fetch
from index.search import open_index
from tests.fetch.conftest import QUICK, article_html, no_robots

STORIES = [
    (
        "/2024/05/06/harbour-strike",
        "Harbour strike ends after three weeks",
        "Harbour",
        "Mon, 06 May 2024 09:00:00 GMT",
    ),
    (
        "/2024/05/05/frost-orchards",
        "Late frost hits the orchards",
        "Orchard",
        "Sun, 05 May 2024 07:30:00 +0200",
    ),
    ("/local/council-budget", "Council approves the budget", "Council", None),
]


def test_fetched_articles_are_indexed_and_found(
    server: HTTPServer, tmp_path: Path, corpus_dir: Path
) -> None:
    no_robots(server)
    items = []
    for path, title, word, date in STORIES:
        body = f"{word} news: the {word.lower()} story that the town followed all week."
        server.expect_request(path).respond_with_data(
            article_html(title, body, site="Valley Gazette"), content_type="text/html"
        )
        when = f"<pubDate>{date}</pubDate>" if date else ""
        items.append(f"<item><title>{title}</title><link>{path}</link>{when}</item>")
    atom_free_rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley</title>'
        "<link>/</link>" + "".join(items) + "</channel></rss>"
    )
    server.expect_request("/rss").respond_with_data(
        atom_free_rss, content_type="application/rss+xml"
    )
    add_feed(corpus_dir, server.url_for("/rss"), name="Valley Gazette")

    report = fetch(corpus_dir, settings=QUICK)
    assert len(report.new) == 3 and not report.failed and not report.skipped

    index_dir = tmp_path / "index"
    built = rebuild(corpus_dir, index_dir, procs=1)
    assert built.total == 3 and not built.skipped
    with open_index(index_dir) as index:
        result = index.search("harbour")
        assert [h.title for h in result.hits] == ["Harbour strike ends after three weeks"]
        hit = result.hits[0]
        assert hit.source == "Valley Gazette"
        assert hit.date == datetime(2024, 5, 6, 9, 0)
        assert index.article(hit.id).url == server.url_for(STORIES[0][0])
        frost = index.search("title:frost").hits[0]
        assert frost.date == datetime(2024, 5, 5, 5, 30)  # +0200 in the feed, UTC here
        council = index.search("council budget").hits[0]
        assert council.title == "Council approves the budget"
        assert council.date is None  # neither the feed nor the page gave one
        assert index.article(council.id).url == server.url_for(STORIES[2][0])
        assert {h.source for h in index.search("").hits} == {"Valley Gazette"}
        assert all(h.id.startswith("fetched/") for h in index.search("").hits)

    # a second run brings nothing and the incremental update finds nothing to do
    again = fetch(corpus_dir, settings=QUICK)
    assert again.new == () and again.requests == 1
    assert update(corpus_dir, index_dir, procs=1).indexed == 0
