"""The reader's first screen from the page kept by its last run (`tui.first_page`).

The oracle is the index itself: the rows shown before the index is open are the hits the
search returns, in order (what `broadsheet search --json` prints), and the real search
then lists the same.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.library import Library
from index.models import Hit
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.first_page import (
    ROWS,
    FirstPage,
    PageAhead,
    live_generation,
    load_page,
    page_path,
    save_page,
)
from tui.screens.reader_first_page import FirstPageMixin

texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
hits = st.builds(
    Hit,
    id=texts,
    title=texts,
    title_derived=st.booleans(),
    source=st.one_of(st.none(), texts),
    date=st.one_of(
        st.none(),
        st.builds(
            lambda n, zone: datetime(2020, 1, 1, tzinfo=zone) + timedelta(minutes=n),
            st.integers(0, 10**6),
            st.sampled_from([None, UTC]),
        ),
    ),
    score=st.just(0.0),
    path=texts,
)
keys = st.tuples(texts, st.sampled_from(["relevance", "newest", "oldest"]), st.none() | texts)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(page_hits=st.lists(hits, max_size=ROWS + 5), key=keys, other=keys, total=st.integers(0))
def test_a_kept_page_reads_back_for_its_search_and_generation_only(
    tmp_path: Path, page_hits: list[Hit], key: Any, other: Any, total: int
) -> None:
    (tmp_path / "CURRENT").write_text("gen-1\n", encoding="utf-8")
    save_page(tmp_path, FirstPage("gen-1", key, tuple(page_hits), total))
    read = load_page(tmp_path, key)
    assert read is not None
    assert read.hits == tuple(page_hits[:ROWS]) and read.total == total
    assert (load_page(tmp_path, other) is None) == (other != key)
    (tmp_path / "CURRENT").write_text("gen-2\n", encoding="utf-8")  # a newer index
    assert load_page(tmp_path, key) is None


def test_a_damaged_page_is_no_page(tmp_path: Path) -> None:
    (tmp_path / "CURRENT").write_text("gen-1\n", encoding="utf-8")
    key = ("", "relevance", None)
    for text in (
        "{",
        "[]",
        '{"version": 1, "generation": "gen-1", "key": ["", "relevance", null]}',
    ):
        page_path(tmp_path).write_text(text, encoding="utf-8")
        assert load_page(tmp_path, key) is None
    good = {"version": 1, "generation": "gen-1", "key": ["", "relevance", None], "total": 1}
    page_path(tmp_path).write_text(json.dumps({**good, "rows": [[1, 2, 3]]}), encoding="utf-8")
    assert load_page(tmp_path, key) is None
    assert live_generation(tmp_path / "nowhere") is None


async def test_the_second_start_lists_the_kept_page_before_the_index_opens(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = built
    with Library.open(corpus, index_dir) as library:
        expected = [hit.id for hit in library.search("", limit=ROWS, count=False).hits]
    async with BroadsheetApp(corpus, index_dir).run_test(size=(120, 40)) as pilot:
        await settle(pilot)  # the first start lists as ever, and keeps its page
        assert [hit.id for hit in reader(pilot.app).articles.hits][:ROWS] == expected
    assert page_path(index_dir).exists()

    opened = threading.Event()
    real_open = Library.open.__func__  # type: ignore[attr-defined]

    def held_open(cls: type[Library], *args: Any, **kwargs: Any) -> Library:
        opened.wait(10)  # the index stays shut until the test has looked
        return real_open(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Library, "open", classmethod(held_open))
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: bool(screen.articles.hits))
        assert screen.library is None  # shown before the index was open
        assert [hit.id for hit in screen.articles.hits] == expected
        opened.set()
        await wait_until(pilot, lambda: screen.library is not None)
        await settle(pilot)
        assert [hit.id for hit in screen.articles.hits][:ROWS] == expected


async def test_a_page_read_ahead_is_listed_in_the_first_frame(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the command reads the page while the app imports (`PageAhead`): the screen sets its
    # rows as it mounts, before the first frame, with no worker to wait for
    corpus, index_dir = built
    async with BroadsheetApp(corpus, index_dir).run_test(size=(120, 40)) as pilot:
        await settle(pilot)  # the first start keeps its page
        expected = [hit.id for hit in reader(pilot.app).articles.hits][:ROWS]
    ahead = PageAhead(index_dir, remembers=False)
    assert ahead.wait(10)

    def no_worker(self: FirstPageMixin) -> None:
        raise AssertionError("the page was read again")

    monkeypatch.setattr(FirstPageMixin, "_read_first_page", no_worker)
    painted: list[list[str]] = []
    app = BroadsheetApp(corpus, index_dir, page_ahead=ahead)
    real_display = BroadsheetApp._display

    def display(self: BroadsheetApp, screen: Any, renderable: Any) -> None:
        if renderable is not None and not painted:
            painted.append([hit.id for hit in reader(self).articles.hits])
        real_display(self, screen, renderable)

    monkeypatch.setattr(BroadsheetApp, "_display", display)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert [hit.id for hit in reader(app).articles.hits][:ROWS] == expected
    assert painted == [expected]
    assert ahead.take() is None  # taken once: a second reader screen reads it again


async def test_a_page_of_another_search_is_not_shown(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    generation = live_generation(index_dir)
    assert generation is not None
    stranger = Hit("nope", "Not in this index", False, None, None, 0.0, path="x")
    save_page(index_dir, FirstPage(generation, ("peace", "relevance", None), (stranger,), 1))
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "nope" not in [hit.id for hit in reader(app).articles.hits]
