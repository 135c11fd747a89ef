"""The corpus's feed list (feeds.toml) and OPML import and export."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from index.fetch.feedlist import (
    FEEDS_FILE,
    add_feed,
    import_opml,
    read_feeds,
    remove_feed,
    write_feeds,
)
from index.fetch.models import Feed, FetchError
from index.fetch.opml import OPMLError, read_opml, write_opml
from index.ingest.readers import scan

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My feeds</title></head><body>
<outline text="World">
  <outline type="rss" text="Wire World" title="Wire: World" xmlUrl="https://wire.example/world.xml"
   htmlUrl="https://wire.example/"/>
  <outline text="Nested"><outline type="rss" text="Gazette" xmlUrl="http://gazette.example/rss"/></outline>
</outline>
<outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>
<outline text="A plain note, no feed"/>
<outline type="rss" XMLURL="https://caps.example/feed" TEXT="Caps"/>
</body></opml>"""


def test_opml_lists_feeds_at_any_depth_and_reports_bad_urls() -> None:
    listed = read_opml(OPML)
    assert listed.feeds == (  # another reader's text and title are titles, never names (fx88)
        Feed("https://wire.example/world.xml"),
        Feed("http://gazette.example/rss"),
        Feed("https://caps.example/feed"),
    )
    assert listed.titles == {
        "https://wire.example/world.xml": "Wire: World",
        "http://gazette.example/rss": "Gazette",
        "https://caps.example/feed": "Caps",
    }
    assert [p.url for p in listed.problems] == ["file:///etc/passwd"]
    assert "only http and https" in listed.problems[0].reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<opml><body><outline", "not valid XML"),
        (b"<rss version='2.0'/>", "not an OPML file"),
        (
            b'<!DOCTYPE opml [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><opml>&b;</opml>',
            "entities",
        ),
    ],
)
def test_bad_opml_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(OPMLError, match=reason):
        read_opml(data)


def test_export_then_import_gives_the_same_feeds() -> None:
    feeds = [Feed("https://a.example/rss", 'Quotes " & <angles>'), Feed("https://b.example/atom")]
    again = read_opml(write_opml(feeds).encode("utf-8"))
    assert [(f.url, f.name) for f in again.feeds] == [
        ("https://a.example/rss", 'Quotes " & <angles>'),
        ("https://b.example/atom", None),  # its URL was its name (nu36 #10)
    ]


def test_feeds_are_added_listed_and_removed(tmp_path: Path) -> None:
    assert read_feeds(tmp_path) == []
    first = add_feed(tmp_path, "https://wire.example/world.xml", name="Wire")
    add_feed(tmp_path, "https://gazette.example/rss")
    assert [(f.url, f.name) for f in read_feeds(tmp_path)] == [
        ("https://wire.example/world.xml", "Wire"),
        ("https://gazette.example/rss", None),
    ]
    assert first.added is not None
    with pytest.raises(FetchError, match="already followed"):
        add_feed(tmp_path, "http://WIRE.example/world.xml?utm_source=x")
    with pytest.raises(FetchError, match="only http and https"):
        add_feed(tmp_path, "file:///etc/passwd")
    assert remove_feed(tmp_path, "wire").url == "https://wire.example/world.xml"
    assert remove_feed(tmp_path, "https://gazette.example/rss").name is None
    with pytest.raises(FetchError, match="no feed with that URL or name"):
        remove_feed(tmp_path, "Wire")
    assert read_feeds(tmp_path) == []


def test_the_feed_list_is_plain_toml_the_index_ignores(tmp_path: Path) -> None:
    add_feed(tmp_path, "https://wire.example/world.xml", name='Wire "World"')
    table = tomllib.loads((tmp_path / FEEDS_FILE).read_text(encoding="utf-8"))
    assert table["feed"][0]["url"] == "https://wire.example/world.xml"
    assert table["feed"][0]["name"] == 'Wire "World"'
    (tmp_path / "story.txt").write_text("A story about the harbour and its ships.\n")
    files, skipped = scan(tmp_path)
    assert [f.rel for f in files] == ["story.txt"] and not skipped


def test_an_opml_import_adds_only_new_feeds(tmp_path: Path) -> None:
    add_feed(tmp_path, "https://wire.example/world.xml")
    opml = tmp_path / "subs.opml"
    opml.write_bytes(OPML)
    report = import_opml(tmp_path, opml)
    assert [f.url for f in report.added] == [
        "http://gazette.example/rss",
        "https://caps.example/feed",
    ]
    assert [f.url for f in report.already] == ["https://wire.example/world.xml"]
    assert len(report.problems) == 1
    assert len(read_feeds(tmp_path)) == 3
    assert import_opml(tmp_path, opml).added == ()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[[feed]\nurl = 1", "invalid TOML"),
        ("feed = 3", "should be a list"),
        ("[[feed]]\nname = 'x'", "'url' is missing"),
        ("[[feed]]\nurl = 'gopher://old.example/'", "only http and https"),
        ("[[feed]]\nurl = 'https://a.example/'\nname = 5", "'name' should be text"),
    ],
)
def test_a_broken_feed_list_gives_a_one_line_reason(tmp_path: Path, text: str, reason: str) -> None:
    (tmp_path / FEEDS_FILE).write_text(text, encoding="utf-8")
    with pytest.raises(FetchError, match=reason) as caught:
        read_feeds(tmp_path)
    assert "\n" not in str(caught.value)


def test_a_missing_opml_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="cannot read"):
        import_opml(tmp_path, tmp_path / "nope.opml")
    write_feeds(tmp_path, [])
    assert read_feeds(tmp_path) == []
