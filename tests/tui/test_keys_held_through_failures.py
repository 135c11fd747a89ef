"""Keys held for a result wait on when another worker fails (fx113's note, fx116).

`report_failure` told the keys their result came for any worker that raised, so an article
load that failed handed on the "j" typed behind a search still running: it moved the rows
the hits then replaced. Now a failure releases only the keys its own worker's result was
awaited for (the worker carries the wait's ticket: `tui.key_waits.keys_wait_for`).

Each worker is held by an event the test sets; the failing one raises at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from index.library import Library
from tests.story_corpus import write_corpus as write_story_corpus
from tests.tui.conftest import reader, wait_until
from tests.tui.test_keys_while_computing import held
from tests.tui.test_type_ahead import burst
from tests.tui.test_worker_bugs import settle  # a failed worker too
from tui import key_order
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen
from tui.widgets.article_list import ArticleList


@pytest.fixture(autouse=True)
def no_wait_for_lost_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_order, "KEY_WAIT", 3600)
    monkeypatch.setattr(key_order, "RESULT_WAIT", 3600)
    monkeypatch.setattr(key_order, "CONTENT_WAIT", 3600)


def broken(*args: Any, **options: Any) -> Any:
    raise RuntimeError("the disk went away")


@pytest.mark.parametrize(
    ("held_up", "keys", "cursor"),
    [
        ("search", "/Atlanta\rj", 1),  # "j" waits for the hits of "Atlanta"
        ("most_similar", "cj", 0),  # `c` on one article: "j" waits for the comparison
    ],
)
async def test_an_article_load_that_fails_releases_no_keys_held_for_another_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, held_up: str, keys: str, cursor: int
) -> None:
    """With keys held for a search or a screen, the reader loads another article and its
    worker raises: the keys stay held until their own worker answers. Failed before the
    fix: the failure handed "j" on to the old rows (for a screen: it said the screen
    would not come)."""
    write_story_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        rows = screen.query_one(ArticleList)
        with held(Library, held_up) as answered:
            burst(pilot, keys)
            await wait_until(pilot, lambda: bool(app._held_keys))
            monkeypatch.setattr(Library, "article", broken)
            screen._load(rows.hits[2].id)  # a preview, failing
            await wait_until(pilot, lambda: any("failed" in n.message for n in app._notifications))
            for _ in range(5):  # the worker held stays held: no `settle`
                await pilot.pause()
            assert app._held_keys, f"the article's failure handed on the keys held for {held_up}"
            assert rows.cursor == 0
            monkeypatch.undo()
            answered.set()
            await settle(pilot)
        assert rows.cursor == cursor and not app._held_keys
        if held_up == "search":
            assert rows.key[:1] == ("Atlanta",) and len(rows.hits) > 1
        else:
            assert isinstance(app.screen, CompareScreen)


async def test_a_comparison_that_fails_hands_on_the_keys_typed_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keys typed while a comparison is computed wait no more once it fails: its own
    worker carries the wait's ticket (passed before the fix too)."""
    write_story_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space", "j", "space")
        await settle(pilot)
        monkeypatch.setattr(Library, "compare", broken)
        burst(pilot, "cjj")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen))
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen) and app.screen.comparison is None
        assert not app._held_keys and not app._result_expected


async def test_a_search_for_the_similar_that_fails_hands_on_the_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`c` on one article: finding the most similar raises; no comparison comes, and "j"
    typed meanwhile acts on the reader's list at once (its worker carries the ticket)."""
    write_story_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(Library, "most_similar", broken)
        burst(pilot, "cj")
        await settle(pilot)
        assert app.screen is reader(app) and reader(app).query_one(ArticleList).cursor == 1
        assert not app._held_keys and not app._screen_expected


def gone(*args: Any, **options: Any) -> Any:
    raise KeyError("na-gone")


async def test_an_article_found_gone_releases_no_keys_held_for_a_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rv55: the story side's article fetch (an article read from a story, the way back)
    that finds its article gone from the index says so, and leaves the "j" typed behind a
    search still running held, as a fetch that raised does now: `_gone` told the keys their
    result came (the old failure's rule), and "j" moved the rows the hits then replaced."""
    write_story_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        rows = screen.query_one(ArticleList)
        with held(Library, "search") as answered:
            burst(pilot, "/Atlanta\rj")
            await wait_until(pilot, lambda: bool(app._held_keys))
            monkeypatch.setattr(Library, "article", gone)
            assert screen.library is not None
            screen._fetch(screen.library, rows.hits[2].id, False, None)
            await wait_until(pilot, lambda: any("gone" in n.message for n in app._notifications))
            for _ in range(5):  # the search held stays held: no `settle`
                await pilot.pause()
            assert app._held_keys, "an article found gone handed on the keys held for a search"
            assert rows.cursor == 0
            monkeypatch.undo()
            answered.set()
            await settle(pilot)
        assert rows.cursor == 1 and not app._held_keys
        assert rows.key[:1] == ("Atlanta",) and len(rows.hits) > 1
