"""nu64 #7: a non-UTF-8 feeds.toml said Python's "'utf-8' codec can't decode byte 0xff in
position 30"; a feed listed twice was listed twice by `feeds list`, and nothing said so.
Now: one line naming the file, the byte, its line and column; a feed listed twice is read
once (where first listed) and said once ("listed twice: URL")."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.fetch.feedcheck import feed_file_notes
from index.fetch.feedlist import FEEDS_FILE, feeds_path, read_feeds
from index.fetch.models import FetchError
from index.fetch.urls import url_key

_BAD = st.sampled_from([b"\xff", b"\xfe\xfe", b"\xc3(", b"\xe2\x82", b"\x80"])


@settings(max_examples=80, deadline=None)
@given(
    before=st.text(st.characters(codec="ascii", exclude_characters="\r"), max_size=60),
    bad=_BAD,
    after=st.text(st.characters(codec="ascii"), max_size=20),
)
def test_a_file_not_utf8_is_one_line_naming_file_byte_and_place(
    before: str, bad: bytes, after: str
) -> None:
    raw = before.encode() + bad + after.encode()
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / FEEDS_FILE).write_bytes(raw)
        try:
            read_feeds(Path(folder))
        except FetchError as error:
            said = str(error)
        else:
            raise AssertionError("a file not UTF-8 was read")
        path = feeds_path(Path(folder))
    assert "\n" not in said and str(path) in said and "codec" not in said
    line = before.count("\n") + 1  # the oracle: where the bad byte is
    column = len(before) - (before.rfind("\n") + 1) + 1
    assert f"not UTF-8 text (byte 0x{bad[:1].hex()} on line {line}, column {column})" in said


_URLS = [
    "https://a.example/rss",
    "http://a.example/rss",  # the same feed (the scheme does not count)
    "https://a.example/rss#top",
    "https://b.example/feed",
    "https://c.example/atom.xml",
]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_URLS), min_size=1, max_size=7))
def test_a_feed_listed_twice_is_read_once_and_said_once(urls: list[str]) -> None:
    text = "".join(f'[[feed]]\nurl = "{url}"\n\n' for url in urls)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / FEEDS_FILE).write_text(text)
        feeds = read_feeds(Path(folder))
        notes = feed_file_notes(feeds_path(Path(folder)))
    # each feed once, where first listed
    assert [url_key(f.url) for f in feeds] == list(dict.fromkeys(map(url_key, urls)))
    twice = [n for n in notes if ": listed twice: " in n]
    keys = [url_key(u) for u in urls]
    assert len(twice) == len({k for k in keys if keys.count(k) > 1})
    assert len(notes) == len(twice) and all(n.endswith("; read once") for n in twice)


def test_feeds_list_says_it_once(tmp_path: Path) -> None:
    from tui.cli import app

    (tmp_path / FEEDS_FILE).write_text(
        '[[feed]]\nurl = "https://a.example/rss"\n\n[[feed]]\nurl = "https://a.example/rss"\n'
    )
    result = CliRunner().invoke(app, ["--corpus", str(tmp_path), "feeds", "list"])
    assert result.exit_code == 0
    assert result.output.count("https://a.example/rss") == 2  # the row, and the note
    assert "listed twice: https://a.example/rss (feeds 1 and 2, line 5); read once" in result.output
    (tmp_path / FEEDS_FILE).write_bytes(b'[[feed]]\nurl = "https://a.example/\xff"\n')
    result = CliRunner().invoke(app, ["--corpus", str(tmp_path), "feeds", "list"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "not UTF-8 text (byte 0xff on line 2, column 26): save it as UTF-8" in result.output
