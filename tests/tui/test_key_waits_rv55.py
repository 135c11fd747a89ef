"""Waits for keys that must not be left held, nor released by another's answer (rv55's
review of fx116's tickets).

- A screen closed (esc) while its worker still computes: the keys after esc act at once,
  and the worker's late answer releases no wait begun after it.
- Two waits, one after the other: a search that outlived its wait (`RESULT_WAIT`) lands
  while a comparison's content is computed; its answer must not hand on the keys typed
  for the comparison (fx116's note: the search's answer said `result_came` with no ticket).

Workers are held by an event the test sets (`held`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import Library
from tests.story_corpus import write_corpus as write_story_corpus
from tests.tui.conftest import reader, wait_until
from tests.tui.test_keys_while_computing import held
from tests.tui.test_type_ahead import burst
from tests.tui.test_worker_bugs import settle
from tui import key_order
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen
from tui.widgets.article_list import ArticleList


@pytest.fixture(autouse=True)
def no_wait_for_lost_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_order, "KEY_WAIT", 3600)
    monkeypatch.setattr(key_order, "SCREEN_WAIT", 3600)
    monkeypatch.setattr(key_order, "CONTENT_WAIT", 3600)


async def test_a_comparison_closed_while_computed_holds_no_keys(tmp_path: Path) -> None:
    """ "cjj" then esc while the comparison is computed: the screen closes, the "j"s go
    with it, and "j" after esc moves the reader's list at once; the worker's late answer
    then releases nothing begun after it."""
    write_story_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        rows = reader(app).query_one(ArticleList)
        await pilot.press("space", "j", "space")
        await settle(pilot)
        with held(Library, "compare") as answered:
            burst(pilot, "cjj")
            await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen))
            burst(pilot, "\x1bj")
            await wait_until(pilot, lambda: app.screen is reader(app))
            await wait_until(pilot, lambda: rows.cursor == 2)
            assert not app._held_keys and not app._key_waiting
            answered.set()
            await settle(pilot)
        assert app.screen is reader(app) and rows.cursor == 2 and not app._held_keys


async def test_a_late_search_hands_on_no_keys_held_for_a_comparison(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search outlives its wait; the comparison opened next is computed when the search
    lands: the "jj" typed for the comparison stay held until the comparison is there."""
    monkeypatch.setattr(key_order, "RESULT_WAIT", 0.2)
    write_story_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space", "j", "space")
        await settle(pilot)
        rows = reader(app).query_one(ArticleList)
        with held(Library, "search") as searched, held(Library, "compare") as compared:
            burst(pilot, "/Atlanta\r")
            await wait_until(pilot, lambda: app._result_expected)
            await wait_until(pilot, lambda: not app._result_expected)  # its wait timed out
            burst(pilot, "cjj")
            await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen))
            await wait_until(pilot, lambda: len(app._held_keys) == 2)
            searched.set()
            await wait_until(pilot, lambda: rows.key[:1] == ("Atlanta",))
            for _ in range(5):
                await pilot.pause()
            assert len(app._held_keys) == 2, "the search's answer handed on the comparison's keys"
            compared.set()
            await settle(pilot)
        assert isinstance(app.screen, CompareScreen) and not app._held_keys


async def test_a_cancelled_search_for_the_similar_keeps_the_keys_for_its_answer(
    tmp_path: Path,
) -> None:
    """`c` on one article, and its worker cancelled (not failed) while the most similar is
    found: a thread worker runs on and still answers, so the "j" typed meanwhile stays
    held (no failure to release it) and acts on the comparison that answer opens."""
    write_story_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        with held(Library, "most_similar") as answered:
            burst(pilot, "cj")
            await wait_until(pilot, lambda: bool(app._held_keys))
            app.workers.cancel_group(reader(app), "similar")
            for _ in range(5):
                await pilot.pause()
            assert app._held_keys and app._screen_expected
            answered.set()
            await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen))
            await settle(pilot)
        assert not app._held_keys and reader(app).query_one(ArticleList).cursor == 0
