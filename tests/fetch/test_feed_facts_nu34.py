"""A feed fetched without --name still gives its articles an outlet and a byline (nu34 #2):
an Atom feed titled "Hill & Dale News" gave source None though the sidecar kept its
feed_title, and the entry's <author> was not used. The feed's title is the outlet when
nothing better names one (a `--name`, the page's own site name); the entry's author is the
byline when the page gives none."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from index.models import Article
from tests.fetch.conftest import article_html, fetch_one

FEED_TITLE = "Hill &amp; Dale News"


def atom(link: str, author: str | None) -> str:
    """An Atom feed of one entry, by ``author`` when given."""
    by = f"<author><name>{author}</name><email>news@hd.example</email></author>" if author else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{FEED_TITLE}</title><id>urn:hd</id><updated>2024-05-06T08:00:00Z</updated>"
        f'<entry><title>Bridge reopens</title><link href="{link}"/><id>urn:hd:1</id>'
        f"<updated>2024-05-06T08:00:00Z</updated>{by}</entry></feed>"
    )


def fetched(
    server: HTTPServer,
    corpus: Path,
    *,
    author: str | None = "Jane Roe",
    page: str | None = None,
    name: str | None = None,
) -> tuple[Article, dict[str, object]]:
    """Fetch the feed of one page; the article as the index reads it, and its sidecar."""
    link = server.url_for("/local/bridge")
    html = page or article_html("Bridge reopens — Hill &amp; Dale News", "The bridge reopened.")
    return fetch_one(server, corpus, atom(link, author), html, feed_path="/atom.xml", name=name)


def test_the_feed_title_is_the_outlet_and_the_entry_author_the_byline(
    server: HTTPServer, corpus_dir: Path
) -> None:
    article, meta = fetched(server, corpus_dir)
    assert meta["feed_title"] == "Hill & Dale News"
    assert meta["feed_author"] == "Jane Roe"
    assert article.source == "Hill & Dale News"
    assert article.byline == "Jane Roe"
    assert "feed_title" in article.provenance["source"]
    assert "feed_author" in article.provenance["byline"]


def test_an_entry_without_an_author_gives_no_byline(server: HTTPServer, corpus_dir: Path) -> None:
    article, meta = fetched(server, corpus_dir, author=None)
    assert "feed_author" not in meta
    assert article.byline is None
    assert article.source == "Hill & Dale News"


def test_the_pages_own_site_name_and_byline_win(server: HTTPServer, corpus_dir: Path) -> None:
    page = article_html("Bridge reopens", "The bridge reopened.", site="Valley Gazette")
    page = page.replace("</head>", '<meta name="author" content="Sam Poe"></head>')
    article, _ = fetched(server, corpus_dir, page=page)
    assert article.source == "Valley Gazette"
    assert article.byline == "Sam Poe"


@pytest.mark.parametrize("name", ["Dale Weekly"])
def test_a_feeds_name_wins_over_its_title(server: HTTPServer, corpus_dir: Path, name: str) -> None:
    article, _ = fetched(server, corpus_dir, name=name)
    assert article.source == name
    assert article.byline == "Jane Roe"
