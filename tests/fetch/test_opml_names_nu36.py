"""OPML outlines name feeds as a broadsheet export wrote them (nu36 #9, #10; fx88, nu43 #1):
only ``broadsheet:name`` is a name; an outline's ``text`` or ``title`` ("Atom", "NYT >
World News", "Odd") is the feed's title, which names no outlet of its own (the feed's
fetched title does, as the index reads it); an export never names a feed by its URL."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.fetch.models import Feed
from index.fetch.opml import NAMESPACE, outline_name, outline_title, read_opml, write_opml
from index.ingest.sanitize import sanitize

URL = "https://feeds.example/world.xml"
names = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "Zs")) | st.sampled_from("&'.>|-:"),
    min_size=1,
    max_size=40,
).filter(lambda n: any(c.isalpha() for c in n))


@settings(max_examples=100, deadline=None)
@given(text=names, title=st.none() | names, kind=st.sampled_from(("rss", "atom", None)))
def test_another_readers_outline_gives_a_title_never_a_name(
    text: str, title: str | None, kind: str | None
) -> None:
    attributes = {"text": text, **({"title": title} if title else {}), "type": kind or ""}
    assert outline_name(attributes) is None
    assert outline_title(attributes, URL) == " ".join(sanitize(title or text).split())


def test_the_walkthrough_outlines() -> None:
    data = (
        b'<?xml version="1.0"?><opml version="2.0" xmlns:b="urn:broadsheet:opml"><head>'
        b"<title>x</title></head><body>"
        b'<outline text="Odd" title="Odd" type="rss" xmlUrl="http://127.0.0.1:8736/rss2.xml"/>'
        b'<outline text="Atom" type="rss" xmlUrl="http://127.0.0.1:8736/atom.xml"/>'
        b'<outline text="http://127.0.0.1:8736/rss.xml" xmlUrl="http://127.0.0.1:8736/rss.xml"/>'
        b'<outline text="NYT &gt; World News" xmlUrl="https://nyt.example/world.xml"/>'
        b'<outline text="Capitol Wire" b:name="Capitol Wire" xmlUrl="https://cw.example/rss"/>'
        b"</body></opml>"
    )
    listed = read_opml(data)
    assert [f.name for f in listed.feeds] == [None, None, None, None, "Capitol Wire"]
    assert NAMESPACE == "urn:broadsheet:opml"
    assert listed.titles == {
        "http://127.0.0.1:8736/rss2.xml": "Odd",
        "http://127.0.0.1:8736/atom.xml": "Atom",
        "https://nyt.example/world.xml": "NYT > World News",
    }  # the URL written as the text is no title (our exports before nu36)


@settings(max_examples=100, deadline=None)
@given(
    feeds=st.lists(
        st.tuples(st.integers(0, 10**6), st.none() | names, st.none() | names),
        max_size=6,
        unique_by=lambda row: row[0],
    )
)
def test_an_export_names_each_feed_and_never_by_its_url(
    feeds: list[tuple[int, str | None, str | None]],
) -> None:
    listed = [Feed(f"https://f{n}.example/rss", name) for n, name, _ in feeds]
    titles = {f"https://f{n}.example/rss": title for n, _, title in feeds if title}
    document = write_opml(listed, titles)
    again = read_opml(document.encode("utf-8"))
    assert [f.url for f in again.feeds] == [f.url for f in listed]
    for feed, back in zip(listed, again.feeds, strict=True):
        assert f'xmlUrl="{feed.url}"' in document
        assert back.name == (sanitize(feed.name).strip() or None if feed.name else None)
        assert feed.url not in again.titles.values()  # never its URL as its title
