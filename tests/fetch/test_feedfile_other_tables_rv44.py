"""A hand-written table in feeds.toml that is no feed's ("[settings]") survives a feed's
removal (rv44): it was read as part of the feed table above it, and `feeds remove` of
that feed deleted it without a word. Oracle: the TOML read back is the old one with only
that feed gone, every other table and key (known or not) as it was. A BOM at the file's
start is no TOML error."""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.fetch.feedfile import feeds_text
from index.fetch.feedlist import _parsed, read_feeds, write_feeds
from index.fetch.models import Feed


def _file(count: int, extras: list[bool], other_after: int, spaced: bool) -> str:
    parts = ["# my feeds\n\n"]
    for n in range(count):
        header = "[[ feed ]]" if spaced and n % 2 else "[[feed]]"
        parts.append(f"# feed {n}\n{header}\nurl = 'https://example.com/{n}.xml'\n")
        if extras[n % len(extras)]:
            parts.append(f"tags = ['t{n}']\n[feed.extra]\nnote = \"sub {n}\"\n")
        parts.append("\n")
        if n == other_after:
            parts.append("[settings]\ninterval = 5\n\n[[hooks]]\nrun = 'x'\n\n")
    return "".join(parts)


@settings(max_examples=80, deadline=None)
@given(
    count=st.integers(1, 5),
    extras=st.lists(st.booleans(), min_size=1, max_size=5),
    data=st.data(),
    spaced=st.booleans(),
)
def test_removing_a_feed_keeps_every_other_table(
    count: int, extras: list[bool], data: st.DataObject, spaced: bool
) -> None:
    other_after = data.draw(st.integers(0, count - 1))
    gone = data.draw(st.integers(0, count - 1))
    old = _file(count, extras, other_after, spaced)
    feeds = _parsed(old, "feeds.toml")
    kept = [f for n, f in enumerate(feeds) if n != gone]
    new = feeds_text(old, kept, "# header\n", lambda t: _parsed(t, "feeds.toml"))
    before, after = tomllib.loads(old), tomllib.loads(new)
    assert after.get("feed", []) == [row for n, row in enumerate(before["feed"]) if n != gone]
    assert {k: v for k, v in after.items() if k != "feed"} == {
        k: v for k, v in before.items() if k != "feed"
    }
    assert "# my feeds" in new


def test_a_byte_order_mark_is_no_toml_error(tmp_path: Path) -> None:
    """Notepad writes UTF-8 with a BOM: the file was "invalid TOML (at line 1, column 1)"."""
    text = "# mine\n[[feed]]\nurl = 'https://example.com/a.xml'\nname = 'Ä'\n"
    (tmp_path / "feeds.toml").write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert read_feeds(tmp_path) == [Feed("https://example.com/a.xml", "Ä", None)]
    write_feeds(tmp_path, [*read_feeds(tmp_path), Feed("https://example.com/b.xml", None, None)])
    assert [f.url for f in read_feeds(tmp_path)][1] == "https://example.com/b.xml"
    assert "# mine" in (tmp_path / "feeds.toml").read_text("utf-8")
