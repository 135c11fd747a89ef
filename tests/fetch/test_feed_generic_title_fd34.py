"""A feed whose title is only generic words names no outlet (fd34; fx38 noticed it): a feed
titled "Latest news", fetched without --name, made "Latest news" the articles' outlet. Now
such a title gives none; the page's own outlet wins as before, else the feed address's host
(the outlet table's name for it, else the host without "www."/"feeds."/"rss.").

The oracle: a title made only of generic words, cut by any separator, gives no outlet; the
same title with a known outlet among its parts gives the table's name for that outlet; with
an unknown name among them, that name."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from index.ingest.readers import read_source, scan
from index.text.extract import extract
from index.text.feed_facts import GENERIC, feed_outlet, host_outlet, is_generic
from index.text.outletnames import canonical_outlet
from index.text.outlets import _entries, known_outlet
from tests.fetch.conftest import article_html, fetch_one

SEPARATORS = (" > ", " - ", " | ", ": ", " — ", " – ", " » ")
GENERIC_WORDS = (
    "Latest", "news", "Top", "Stories", "Home", "RSS", "World", "Headlines", "Feed",
    "Front", "Page", "Breaking", "Politics", "Opinion", "Business", "Sport", "Today's",
    "All", "Articles", "Most", "Popular", "Local", "U.S.", "UK", "Technology",
)  # fmt: skip
PLAIN_NAMES = sorted(
    name
    for entry in _entries()
    for name in [entry["name"], *entry.get("aliases", ())]
    if not any(mark in name for mark in "-|:>»—–()") and not is_generic(name)
)
BODY = "The harbour wall gave way early on Thursday, officials said.\n\nCrews worked all night."

generic_part = st.lists(st.sampled_from(GENERIC_WORDS), min_size=1, max_size=3).map(" ".join)
generic_parts = st.lists(generic_part, min_size=1, max_size=3)


def joined(parts: list[str], separator: str) -> str:
    return separator.join(parts)


@settings(max_examples=200, deadline=None)
@given(parts=generic_parts, separator=st.sampled_from(SEPARATORS))
def test_a_title_of_generic_words_names_no_outlet(parts: list[str], separator: str) -> None:
    title = joined(parts, separator)
    assert is_generic(title)
    assert feed_outlet(title) == ""


@settings(max_examples=300, deadline=None)
@given(
    parts=generic_parts,
    name=st.sampled_from(PLAIN_NAMES),
    at=st.integers(min_value=0, max_value=3),
    separator=st.sampled_from(SEPARATORS),
)
def test_a_known_outlet_among_generic_words_is_the_outlet(
    parts: list[str], name: str, at: int, separator: str
) -> None:
    parts.insert(min(at, len(parts)), name)
    assert feed_outlet(joined(parts, separator)) == canonical_outlet(name)


words = st.text("bcdfghjklmnpqrstvwxz", min_size=4, max_size=9).map(str.capitalize)


@settings(max_examples=200, deadline=None)
@given(
    parts=generic_parts,
    outlet=st.lists(words, min_size=1, max_size=3).map(" ".join),
    at=st.integers(min_value=0, max_value=3),
    separator=st.sampled_from(SEPARATORS),
)
def test_an_unknown_outlet_among_generic_words_is_the_outlet(
    parts: list[str], outlet: str, at: int, separator: str
) -> None:
    assume(not known_outlet(outlet) and not known_outlet(canonical_outlet(outlet)))
    parts.insert(min(at, len(parts)), outlet)
    assert feed_outlet(joined(parts, separator)) == canonical_outlet(outlet)


def test_the_generic_words_are_lower_case() -> None:
    assert all(word == word.lower() for word in GENERIC)


@pytest.mark.parametrize(
    ("address", "outlet"),
    [
        ("https://feeds.valley.example/rss.xml", "valley.example"),
        ("https://www.valley.example/feed", "valley.example"),
        ("https://rss.valley.example/", "valley.example"),
        ("https://news.valley.example/feed", "news.valley.example"),
        ("https://rss.nytimes.com/services/xml/rss/nyt/World.xml", "The New York Times"),
        ("http://127.0.0.1:8080/feed", ""),
        ("http://localhost:8080/feed", ""),
        ("not an address", ""),
    ],
)
def test_the_feeds_host_names_the_outlet(address: str, outlet: str) -> None:
    assert host_outlet(address) == outlet


@settings(max_examples=100, deadline=None)
@given(parts=generic_parts, separator=st.sampled_from(SEPARATORS))
def test_a_generic_title_falls_back_to_the_host(parts: list[str], separator: str) -> None:
    known = {"feed_title": joined(parts, separator), "feed": "https://feeds.valley.example/a"}
    origins = {key: "sidecar a.meta.toml" for key in known}
    found = extract(BODY, known=known, origins=origins)
    assert found.source == "valley.example"
    assert "feed's host" in found.provenance["source"]
    assert "names no outlet" in found.provenance["source"]


def test_a_named_title_wins_over_the_host() -> None:
    known = {"feed_title": "Latest news | Valley Gazette", "feed": "https://feeds.other.example/"}
    found = extract(BODY, known=known, origins={})
    assert found.source == "Valley Gazette"
    assert found.provenance["source"] == "given (feed_title)"


PAGE = (
    "<html><head><title>Harbour wall gives way</title></head><body><article>"
    "<h1>Harbour wall gives way</h1><p>A portion of the harbour wall gave way early on "
    "Thursday, officials said, and crews worked through the night to shore it up.</p>"
    "<p>The council will meet on Monday to decide what to repair first, the mayor said.</p>"
    "</article></body></html>"
)


def test_a_saved_page_with_a_generic_feed_title_takes_the_hosts_outlet(tmp_path: Path) -> None:
    """A sidecar as fetch writes it, with a feed on a host name (loopback has none)."""
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.meta.toml").write_text(
        'url = "https://www.valley.example/harbour"\n'
        'feed = "https://feeds.valley.example/rss"\nfeed_title = "Top Stories"\n',
        encoding="utf-8",
    )
    files, _ = scan(tmp_path)
    [article] = [a for source in files for a in read_source(source).articles]
    assert article.source != "Top Stories"
    assert article.source == "valley.example"


def rss(title: str, link: str) -> str:
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>{link}</link><item><title>Harbour wall gives way</title><link>{link}</link>"
        "<pubDate>Thu, 02 May 2024 07:30:00 GMT</pubDate></item></channel></rss>"
    )


@pytest.mark.parametrize("title", ["Latest news", "Top Stories", "Home", "RSS", "World"])
def test_a_fetched_feed_titled_generically_names_no_outlet(
    server: HTTPServer, corpus_dir: Path, title: str
) -> None:
    link = server.url_for("/local/bridge")
    page = article_html("Harbour wall gives way", "The harbour wall gave way.")
    article, meta = fetch_one(server, corpus_dir, rss(title, link), page)
    assert meta["feed_title"] == title  # kept as the feed gives it
    assert article.source != title
    assert "feed_title" not in article.provenance.get("source", "")
