"""Keys held for a result wait on when another worker fails (fx113's note, fx116).

`report_failure` told the keys their result came for any worker that raised, so an article
load that failed handed on the "j" typed behind a search still running: it moved the rows
the hits then replaced. Now a failure releases only the keys its own worker's result was
awaited for (the worker carries the wait's ticket: `tui.key_order.keys_wait_for`).

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


async def test_an_article_load_that_fails_releases_no_keys_held_for_a_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Failed before the fix: the article worker's failure handed "j" on to the old rows."""
    write_story_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        rows = screen.query_one(ArticleList)
        first = rows.hits[1].id
        with held(Library, "search") as answered:
            burst(pilot, "/Atlanta\rj")  # "j" waits for the hits of "Atlanta"
            await wait_until(pilot, lambda: bool(app._held_keys))
            monkeypatch.setattr(Library, "article", broken)
            screen._load(first)  # a preview that fails while the search runs
            await wait_until(pilot, lambda: any("failed" in n.message for n in app._notifications))
            for _ in range(5):  # the search stays held: no `settle`
                await pilot.pause()
            assert app._held_keys, "the article's failure handed on the search's keys"
            assert rows.cursor == 0
            monkeypatch.undo()
            answered.set()
            await settle(pilot)
        assert rows.key[:1] == ("Atlanta",) and len(rows.hits) > 1
        assert rows.cursor == 1 and not app._held_keys


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
