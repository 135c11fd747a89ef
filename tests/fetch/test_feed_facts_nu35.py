"""A feed's authors as nu35 found them (#6, #7; and #3 end to end): an RSS author
"news@bbc.example (Bea Cee)" gave the byline "ple (Bea Cee" (feedparser cuts the address);
an Atom entry without an author of its own did not take the feed's."""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from index.fetch.feeds import parse_feed
from index.fetch.run import fetch
from index.ingest.readers import read_source, scan
from index.models import Article
from tests.fetch.conftest import QUICK, article_html, no_robots


def rss_of(author: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>/</link>'
        f"<item><title>E</title><link>http://a.example/b</link><author>{author}</author>"
        "</item></channel></rss>"
    ).encode()


name_words = st.text("abcdefghij", min_size=1, max_size=8).map(str.capitalize)
names = st.lists(name_words, min_size=1, max_size=3).map(" ".join)
addresses = st.tuples(
    st.text("abcdefghijklmnop.", min_size=1, max_size=10).filter(lambda s: s.strip(".")),
    st.lists(st.text("abcdefghijklmnop", min_size=1, max_size=9), min_size=2, max_size=4),
).map(lambda parts: f"{parts[0].strip('.')}@{'.'.join(parts[1])}")


@settings(max_examples=150, deadline=None)
@given(name=names, address=addresses, form=st.sampled_from(["a (n)", "(n) a", "n <a>", "a"]))
def test_an_rss_author_with_an_address_gives_the_name_or_nothing(
    name: str, address: str, form: str
) -> None:
    given_as = form.replace("a", "\0").replace("n", name).replace("\0", address)
    given_as = given_as.replace("<", "&lt;").replace(">", "&gt;")
    [entry] = parse_feed(rss_of(given_as), "http://a.example/feed").entries
    # the oracle: the name as written, never a piece of the address
    assert entry.author == ("" if form == "a" else name)


def test_an_atom_entry_without_an_author_takes_the_feeds() -> None:
    feed = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        b"<author><name>Feed Desk</name><email>desk@x.example</email></author><id>urn:t</id>"
        b'<entry><title>A</title><link href="http://a.example/1"/><id>1</id>'
        b"<author><name>Jane Roe</name></author></entry>"
        b'<entry><title>B</title><link href="http://a.example/2"/><id>2</id></entry></feed>'
    )
    own, inherited = parse_feed(feed, "http://a.example/feed").entries
    assert (own.author, inherited.author) == ("Jane Roe", "Feed Desk")


def test_a_fetched_rss_page_gets_the_outlet_and_the_name(
    server: HTTPServer, corpus_dir: Path
) -> None:
    no_robots(server)
    link = server.url_for("/world/story")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>NYT &gt; World News</title>'
        f"<link>/</link><item><title>Bridge reopens</title><link>{link}</link>"
        "<author>news@bbc.example (Bea Cee)</author></item></channel></rss>"
    )
    server.expect_request("/rss.xml").respond_with_data(feed, content_type="application/rss+xml")
    server.expect_request("/world/story").respond_with_data(
        article_html("Bridge reopens", "The bridge reopened."),
        content_type="text/html; charset=utf-8",
    )
    report = fetch(corpus_dir, [server.url_for("/rss.xml")], settings=QUICK)
    [saved] = report.new
    path = corpus_dir / saved.path
    meta = tomllib.loads(path.with_name(path.stem + ".meta.toml").read_text("utf-8"))
    assert meta["feed_author"] == "Bea Cee"
    files, _ = scan(corpus_dir)
    [article] = [a for source in files for a in read_source(source).articles]
    assert isinstance(article, Article)
    assert article.source == "The New York Times" and article.byline == "Bea Cee"
