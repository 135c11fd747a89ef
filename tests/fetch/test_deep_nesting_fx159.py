"""A value nested 100,000 deep in ``feeds.toml`` or a fetched sidecar raised a RecursionError
out of every feeds command and fetch (fb44's note, fx159): the feeds file is refused with one
line naming it, "nested too deeply", as an invalid one is; a deep sidecar reads as an
unreadable one does (no table), and the sidecars around it are still read."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.fetch.feedcheck import feed_file_notes
from index.fetch.feedlist import add_feed, feeds_path, read_feeds
from index.fetch.files import known_urls, read_sidecar
from index.fetch.models import Feed, FetchError
from index.fetch.names import FETCHED
from index.fetch.sidecar_form import move_old_sidecars
from index.fetch.urls import url_key
from index.ingest.decode import TOO_DEEP

DEEP = 100_000
SHALLOW = 50
"""Depths tomllib reads and cannot (it recurses a few frames a level; Python stops near 1,000)."""
DEPTHS = st.one_of(st.integers(1, DEEP), st.sampled_from([1, SHALLOW, 1_000, DEEP]))
URL = "https://example.com/feed.xml"
OTHER = "https://example.org/rss"


def _nest(depth: int) -> str:
    return "[" * depth + "1" + "]" * depth


def _feeds_text(place: str, deep: str) -> str:
    """A feeds file following URL and OTHER, holding ``deep`` at ``place``."""
    if place == "table":
        return f'[[feed]]\nurl = "{URL}"\nnote = {deep}\n\n[[feed]]\nurl = "{OTHER}"\n'
    if place == "settings":
        return f'[settings]\nnote = {deep}\n\n[[feed]]\nurl = "{URL}"\n[[feed]]\nurl = "{OTHER}"\n'
    if place == "inline":
        return f'feed = [\n  {{url = "{URL}", note = {deep}}},\n  {{url = "{OTHER}"}},\n]\n'
    # both forms in one file (nu43 #2): the whole fails as TOML, its parts are read apart
    return f'feed = [\n  {{url = "{URL}"}},\n]\n\n[[feed]]\nurl = "{OTHER}"\nnote = {deep}\n'


@settings(max_examples=40, deadline=None)
@given(place=st.sampled_from(("table", "settings", "inline", "mixed")), depth=DEPTHS)
def test_a_deep_feeds_file_is_refused_in_one_line(place: str, depth: int) -> None:
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        path = feeds_path(root)
        path.write_text(_feeds_text(place, _nest(depth)), encoding="utf-8")
        try:
            feeds = read_feeds(root)
        except FetchError as error:
            said = str(error)
            assert said == f"{path}: {TOO_DEEP}"  # one line, the file named
            assert depth > SHALLOW
        else:
            assert [feed.url for feed in feeds] == [URL, OTHER]
            assert depth < DEEP
        assert isinstance(feed_file_notes(path), list)  # never raises
        if depth >= DEEP:
            with pytest.raises(FetchError, match=TOO_DEEP):
                add_feed(root, "https://example.net/new.xml")
            assert _nest(depth) in path.read_text(encoding="utf-8")  # left as it was


def test_a_shallow_feeds_file_reads_each_form() -> None:
    """The oracle's other side, by hand: every form reads its two feeds at depth 1."""
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        for place in ("table", "settings", "inline", "mixed"):
            feeds_path(root).write_text(_feeds_text(place, _nest(1)), encoding="utf-8")
            assert sorted(f.url for f in read_feeds(root)) == sorted([URL, OTHER]), place


@settings(max_examples=30, deadline=None)
@given(
    depth=DEPTHS,
    place=st.sampled_from(("url", "other", "table")),
    at=st.integers(0, 2),
)
def test_a_deep_sidecar_reads_as_an_unreadable_one(depth: int, place: str, at: int) -> None:
    """``read_sidecar`` gives {} for it (as for invalid TOML), `known_urls` still finds the
    other pages by their sidecars, and an old-form move leaves it untouched."""
    deep = _nest(depth)
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        folder = root / FETCHED / "wire"
        folder.mkdir(parents=True)
        for n in range(3):
            (folder / f"p{n}.html").write_text("<p>Page.</p>", encoding="utf-8")
            text = f'url = "https://example.com/p{n}"\nfetched_at = "2024-05-06T09:00:00Z"\n'
            text += f'feed = "{URL}"\nsource = "Wire"\n'
            if n == at:
                text = {
                    "url": f"url = {deep}\n",
                    "other": text + f"note = {deep}\n",
                    "table": text + f"[more]\nnote = {deep}\n",
                }[place]
            (folder / f"p{n}.meta.toml").write_text(text, encoding="utf-8")
        before = (folder / f"p{at}.meta.toml").read_bytes()
        table = read_sidecar(folder / f"p{at}.meta.toml")  # never raises
        found = known_urls(root)
        moved = move_old_sidecars(root, [Feed(url=URL, name="Wire")])
        after = (folder / f"p{at}.meta.toml").read_bytes()
    others = {f"https://example.com/p{n}" for n in range(3) if n != at}
    assert {url_key(url) for url in others} <= set(found)
    if depth >= DEEP:
        assert table == {}
        assert after == before  # not rewritten
        assert moved == 2
    if depth <= SHALLOW:
        assert table != {}
