"""nu43 #2: feeds.toml is written as [[feed]] tables (as README says), read in either form
or both mixed, and a hand-written file keeps its comments when rewritten."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.fetch.feedlist import (
    FEEDS_FILE,
    add_feed,
    once_each,
    read_feeds,
    remove_feed,
    write_feeds,
)
from index.fetch.models import Feed, FetchError
from index.ingest.sanitize import sanitize

INLINE = """# my feeds
feed = [
    { url = "https://a.example/rss", name = "A", added = 2026-12-01 10:00:00+00:00 },
    { url = "https://b.example/atom" },
]
"""
TABLE = """
# added by hand, as README says
[[feed]]
url = "https://c.example/feed"
name = "C"
"""

names = st.text(st.characters(categories=("L", "N", "P", "Zs")), max_size=12).filter(
    lambda s: sanitize(s).strip() == s  # as a name is read back
)
feeds = st.lists(
    st.builds(
        Feed,
        url=st.integers(0, 10**6).map(lambda n: f"https://h{n}.example/feed/{n}"),
        name=names.map(lambda s: s or None),
        added=st.none()
        | st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1)).map(
            lambda d: d.replace(microsecond=0, tzinfo=UTC)
        ),
    ),
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(first=feeds, second=feeds)
def test_written_feed_lists_read_back_as_written(first: list[Feed], second: list[Feed]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_feeds(root, first)
        assert read_feeds(root) == once_each(first)  # a feed listed twice: read once (fx162)
        text = (root / FEEDS_FILE).read_text("utf-8")
        assert "feed = [" not in text and text.count("[[feed]]") == len(first) + 1  # header's
        write_feeds(root, second)  # over a file of tables: kept chunks, new ones appended
        assert read_feeds(root) == once_each(second)


def test_add_writes_tables_and_a_table_added_by_hand_is_read(tmp_path: Path) -> None:
    add_feed(tmp_path, "https://a.example/rss", name="A")
    path = tmp_path / FEEDS_FILE
    assert "[[feed]]\nurl = " in path.read_text("utf-8")
    path.write_text(path.read_text("utf-8") + TABLE, "utf-8")
    add_feed(tmp_path, "https://d.example/rss")
    assert [f.url for f in read_feeds(tmp_path)] == [
        "https://a.example/rss",
        "https://c.example/feed",
        "https://d.example/rss",
    ]
    assert "# added by hand, as README says" in path.read_text("utf-8")  # comments kept
    remove_feed(tmp_path, "https://a.example/rss")
    text = path.read_text("utf-8")
    assert "# added by hand, as README says" in text and "a.example" not in text


def test_the_inline_form_and_a_table_appended_to_it_are_read(tmp_path: Path) -> None:
    path = tmp_path / FEEDS_FILE
    path.write_text(INLINE + TABLE, "utf-8")  # nu43 #2: "Cannot mutate immutable namespace"
    wanted = [
        Feed("https://a.example/rss", "A", datetime(2026, 12, 1, 10, tzinfo=UTC)),
        Feed("https://b.example/atom"),
        Feed("https://c.example/feed", "C"),
    ]
    assert read_feeds(tmp_path) == wanted
    add_feed(tmp_path, "https://d.example/rss")  # rewritten as tables
    text = path.read_text("utf-8")
    assert text.startswith("# my feeds\n") and "feed = [" not in text
    assert text.count("[[feed]]") == 4
    assert read_feeds(tmp_path)[:3] == wanted


def test_a_mix_that_cannot_be_read_names_the_line_and_the_fix(tmp_path: Path) -> None:
    (tmp_path / FEEDS_FILE).write_text(INLINE.replace("]\n", "\n") + TABLE, "utf-8")
    with pytest.raises(FetchError) as caught:
        read_feeds(tmp_path)
    said = str(caught.value)
    assert "\n" not in said and "line 2:" in said and "write each feed as a [[feed]] table" in said
