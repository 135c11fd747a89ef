"""OPML outlines name feeds as feeds' titles are read (nu36 #9, #10): an outline's
"Atom" or "RSS" is no name (the feed's own title names the outlet when fetched), a name
like a feed's title is cut and matched to the outlet table, and an export names each
feed (its name, else the title it gave), never by its URL."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.fetch.models import Feed
from index.fetch.opml import outline_name, read_opml, write_opml
from index.text.feed_facts import feed_outlet

URL = "https://feeds.example/world.xml"
GENERIC = ("Atom", "RSS", "RSS 2.0", "rss feed", "Feed", "ATOM 1.0", "XML", "News feed", "")
names = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "Zs")) | st.sampled_from("&'.>|-:"),
    min_size=1,
    max_size=40,
).filter(lambda n: any(c.isalpha() for c in n))


@settings(max_examples=100, deadline=None)
@given(generic=st.sampled_from(GENERIC), kind=st.sampled_from(("rss", "atom", "", None)))
def test_a_generic_outline_text_is_no_name(generic: str, kind: str | None) -> None:
    attributes = {"text": generic} if kind is None else {"text": generic, "type": kind}
    assert outline_name(attributes, URL) is None


@settings(max_examples=100, deadline=None)
@given(name=names)
def test_an_outline_name_is_read_as_a_feed_title(name: str) -> None:
    given_name = " ".join(name.split())
    expected = feed_outlet(given_name) or given_name  # the oracle: the index's own reading
    words = "".join(c if c.isalpha() else " " for c in given_name.lower())
    if " ".join(words.split()) in {"rss", "atom", "feed", "news", "xml", "rss feed"}:
        return  # generic: the case above
    assert outline_name({"title": name, "text": "Atom", "type": "rss"}, URL) == expected


def test_the_walkthrough_outlines() -> None:
    data = (
        b'<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        b'<outline text="Odd" title="Odd" type="rss" xmlUrl="http://127.0.0.1:8736/rss2.xml"/>'
        b'<outline text="Atom" type="rss" xmlUrl="http://127.0.0.1:8736/atom.xml"/>'
        b'<outline text="http://127.0.0.1:8736/rss.xml" xmlUrl="http://127.0.0.1:8736/rss.xml"/>'
        b'<outline text="NYT &gt; World News" xmlUrl="https://nyt.example/world.xml"/>'
        b"</body></opml>"
    )
    assert [f.name for f in read_opml(data).feeds] == ["Odd", None, None, "The New York Times"]


@settings(max_examples=100, deadline=None)
@given(
    feeds=st.lists(
        st.tuples(st.integers(0, 10**6), st.none() | names, st.none() | names),
        max_size=6,
        unique_by=lambda row: row[0],
    )
)
def test_an_export_names_feeds_and_imports_as_the_index_reads_them(
    feeds: list[tuple[int, str | None, str | None]],
) -> None:
    listed = [Feed(f"https://f{n}.example/rss", name) for n, name, _ in feeds]
    titles = {f"https://f{n}.example/rss": title for n, _, title in feeds if title}
    document = write_opml(listed, titles)
    again = read_opml(document.encode("utf-8")).feeds
    assert [f.url for f in again] == [f.url for f in listed]
    for feed, back in zip(listed, again, strict=True):
        shown = feed.name or titles.get(feed.url)
        assert f'xmlUrl="{feed.url}"' in document
        if shown is None:
            assert back.name is None  # never its URL as its name
        else:
            assert back.name == outline_name({"text": shown}, feed.url)
