"""Feeds parsed into entries: RSS 2.0, Atom, RSS 1.0, relative links, dates, HTML titles."""

from __future__ import annotations

from datetime import datetime

import pytest

from index.fetch.feeds import FeedParseError, parse_feed, plain_text

FEED_URL = "https://news.example/feeds/world.xml"

RSS2 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>World &amp; More</title><link>https://news.example/</link>
<item><title>Talks &lt;b&gt;resume&lt;/b&gt; in Geneva</title>
<link>https://news.example/world/talks-resume</link>
<pubDate>Tue, 03 Jun 2008 09:39:21 GMT</pubDate></item>
<item><title><![CDATA[Ports <em>reopen</em> &amp; ships sail]]></title>
<link>/world/ports-reopen</link></item>
<item><title>Relative to the feed</title><link>../local/flood.html</link>
<pubDate>Wed, 04 Jun 2008 10:00:00 +0200</pubDate></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/news/">
<title type="html">Atom &lt;i&gt;News&lt;/i&gt;</title>
<link href="https://atom.example/"/><id>urn:x</id><updated>2024-05-01T00:00:00Z</updated>
<entry><title type="html">Harbour &lt;strong&gt;strike&lt;/strong&gt; ends</title>
<link rel="alternate" href="harbour-strike"/><link rel="enclosure" href="/a.mp3"/>
<id>urn:1</id><published>2024-05-01T08:30:00+01:00</published>
<updated>2024-05-02T08:30:00Z</updated></entry>
<entry><title>Only updated</title><link href="https://atom.example/b"/>
<id>urn:2</id><updated>2024-05-03T12:00:00Z</updated></entry>
</feed>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF News</title>
<link>https://rdf.example/</link><description>d</description></channel>
<item rdf:about="https://rdf.example/one"><title>First &amp; foremost</title>
<link>https://rdf.example/one</link><dc:date>2024-02-29T23:00:00-02:00</dc:date></item>
<item rdf:about="https://rdf.example/two"><title>No date</title>
<link>https://rdf.example/two</link></item>
</rdf:RDF>"""


def test_rss2_gives_absolute_links_plain_titles_and_utc_dates() -> None:
    feed = parse_feed(RSS2, FEED_URL, "application/rss+xml")
    assert feed.title == "World & More"
    assert not feed.warning
    first, second, third = feed.entries
    assert first.title == "Talks resume in Geneva"
    assert first.published == datetime(2008, 6, 3, 9, 39, 21)
    assert second.title == "Ports reopen & ships sail"
    assert second.link == "https://news.example/world/ports-reopen"
    assert second.published is None
    assert third.link == "https://news.example/local/flood.html"
    assert third.published == datetime(2008, 6, 4, 8, 0)


def test_atom_uses_xml_base_and_the_alternate_link() -> None:
    feed = parse_feed(ATOM, "https://atom.example/feed", "application/atom+xml")
    assert feed.title == "Atom News"
    harbour, updated = feed.entries
    assert harbour.link == "https://atom.example/news/harbour-strike"
    assert harbour.title == "Harbour strike ends"
    assert harbour.published == datetime(2024, 5, 1, 7, 30)
    assert updated.published == datetime(2024, 5, 3, 12, 0)


def test_rss1_rdf_is_read() -> None:
    feed = parse_feed(RSS1, "https://rdf.example/index.rdf", "application/rdf+xml")
    assert [e.link for e in feed.entries] == ["https://rdf.example/one", "https://rdf.example/two"]
    assert feed.entries[0].title == "First & foremost"
    assert feed.entries[0].published == datetime(2024, 3, 1, 1, 0)
    assert feed.entries[1].published is None


def test_broken_xml_keeps_the_entries_before_the_break_and_says_so() -> None:
    broken = RSS2.replace(b"</channel></rss>", b"<item><title>cut off")
    feed = parse_feed(broken, FEED_URL, "application/rss+xml")
    assert "broken feed" in feed.warning
    assert [e.title for e in feed.entries][:3] == [
        "Talks resume in Geneva",
        "Ports reopen & ships sail",
        "Relative to the feed",
    ]


@pytest.mark.parametrize(
    "data",
    [b"", b"not xml at all", b"<html><body><p>A page</p></body></html>", b"\x00\x01\x02"],
)
def test_what_is_not_a_feed_is_refused_with_a_reason(data: bytes) -> None:
    with pytest.raises(FeedParseError, match="not a feed"):
        parse_feed(data, FEED_URL, "application/xml")


def test_items_without_a_usable_link_are_kept_with_the_reason() -> None:
    feed = parse_feed(
        b'<rss version="2.0"><channel><title>t</title>'
        b"<item><title>No link</title></item>"
        b"<item><title>Bad</title><link>ftp://x.example/file</link></item>"
        b"</channel></rss>",
        FEED_URL,
        "application/rss+xml",
    )
    assert [(e.link, e.problem) for e in feed.entries] == [
        (None, "item has no link"),
        (None, "only http and https URLs are fetched, not ftp: ('ftp://x.example/file')"),
    ]


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<b>Bold</b> &amp; <i>brave</i>", "Bold & brave"),
        ("Line\none\t two", "Line one two"),
        ("Escape \x1b[31mred\x07", "Escape red"),
        ("<script>x</script>Kept", "xKept"),
    ],
)
def test_titles_become_plain_text(html: str, text: str) -> None:
    assert plain_text(html) == text
