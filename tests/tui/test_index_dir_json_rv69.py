"""The JSON files beside an index that the reader and `index update` read back say "an
unreadable one reads as none", as reader.json and read.json already did for one nested
too deeply; first-page.json, followed-told.json and opensearch.json raised RecursionError
(rv69, reviewing fx159's deep files): a first page nested 100,000 deep left the reader on
"Opening the index…" for good. A told mark that is no text made `untold` raise TypeError.
Oracle: what each writer writes reads back; a value nested at any depth, at the top or
inside, reads as the file missing (or, shallow, as the value it is)."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.models import Hit
from index.notebook import FollowedNews, FollowedStory
from index.opensearch.record import RECORD, read_record, write_record
from tui.first_page import PAGE_FILE, VERSION, FirstPage, load_page, save_page
from tui.news_told import TOLD_FILE, untold

DEPTHS = st.one_of(st.integers(1, 100_000), st.sampled_from([1, 50, 1_000, 100_000]))
KEY = ("storm", "newest", None)
HIT = Hit("a1", "Storm hits", False, "Wire", datetime(2024, 5, 6), 0.0, path="a.txt")
FOLLOWED = FollowedStory("s1", "Storm hits the coast", "2026-12-01T00:00:00Z", None, 4)


def _nest(depth: int) -> str:
    return "[" * depth + "0" + "]" * depth


def _page_text(place: str, deep: str) -> str:
    table = {"version": VERSION, "generation": "gen-1", "key": list(KEY), "rows": [], "total": 1}
    if place == "top":
        return deep
    return json.dumps(table).replace(
        f'"{place}": ' + json.dumps(table[place]), f'"{place}": {deep}'
    )


@settings(max_examples=30, deadline=None)
@given(depth=DEPTHS, place=st.sampled_from(("top", "rows", "key", "total")))
def test_a_deep_first_page_reads_as_none(depth: int, place: str) -> None:
    with tempfile.TemporaryDirectory() as name:
        index_dir = Path(name)
        (index_dir / "CURRENT").write_text("gen-1", encoding="utf-8")
        (index_dir / PAGE_FILE).write_text(_page_text(place, _nest(depth)), encoding="utf-8")
        assert load_page(index_dir, KEY) is None  # never raises; no page of this shape
        save_page(index_dir, FirstPage("gen-1", KEY, (HIT,), 1))
        assert load_page(index_dir, KEY) == FirstPage("gen-1", KEY, (HIT,), 1)


@settings(max_examples=30, deadline=None)
@given(depth=DEPTHS, inside=st.booleans())
def test_a_deep_told_file_reads_as_nothing_told(depth: int, inside: bool) -> None:
    deep = _nest(depth)
    news = FollowedNews(FOLLOWED, ("a", "b"), ("b",), (), ())
    with tempfile.TemporaryDirectory() as name:
        index_dir = Path(name)
        text = '{"s1": [' + deep + ', "new b"]}' if inside else deep
        (index_dir / TOLD_FILE).write_text(text, encoding="utf-8")
        fresh = untold(index_dir, [news])  # never raises
        again = untold(index_dir, [news])
    if inside and depth <= 50:  # read: its "new b" was told (a mark of a list is none)
        assert [n.new for n in fresh] == [()]
    if depth >= 100_000:  # unreadable: nothing was told
        assert [n.new for n in fresh] == [("b",)]
    assert [n.new for n in again] == [()]  # told now, whatever was there


@settings(max_examples=20, deadline=None)
@given(depth=DEPTHS)
def test_a_deep_opensearch_record_reads_as_none(depth: int) -> None:
    with tempfile.TemporaryDirectory() as name:
        local = Path(name)
        (local / RECORD).write_text(_nest(depth), encoding="utf-8")
        assert read_record(local) == {}  # never raises; a list is no record
        write_record(local, {"built_at": "2026-12-06", "files": {}})
        assert read_record(local) == {"built_at": "2026-12-06", "files": {}}
