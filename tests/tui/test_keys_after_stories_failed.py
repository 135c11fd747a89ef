"""A stories answer hands on only the keys that still wait for it (rv53 on fx112): not the
keys held for a search begun after that wait ended (the load failed, or the keys stopped
waiting after `CONTENT_WAIT`). The keys typed after a search's enter wait for its hits.

Each worker is held by an event the test sets; the stories one raises once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from index.library import Library
from tests.story_corpus import write_corpus as write_story_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_keys_while_computing import held
from tests.tui.test_type_ahead import burst
from tui import key_order
from tui.app import BroadsheetApp
from tui.widgets.article_list import ArticleList


@pytest.fixture(autouse=True)
def no_wait_for_lost_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_order, "KEY_WAIT", 3600)
    monkeypatch.setattr(key_order, "RESULT_WAIT", 3600)
    monkeypatch.setattr(key_order, "CONTENT_WAIT", 3600)


@contextmanager
def stories_fail_once() -> Iterator[None]:
    """The next `Library.stories` raises what nobody expected (a bug)."""
    real = Library.stories
    calls = []

    def broken(library: Library, *args: Any, **options: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("stories walked off")
        return real(library, *args, **options)

    Library.stories = broken  # type: ignore[method-assign]
    try:
        yield
    finally:
        Library.stories = real  # type: ignore[method-assign]


async def search_outruns_stories(pilot: Pilot[Any], stories: threading.Event) -> None:
    """With a stories load still held (``stories``), back to the articles and a search
    for "Atlanta" with "j" behind it; the stories answer first: "j" still waits, and
    moves to the second hit once the search answers."""
    app = pilot.app
    assert isinstance(app, BroadsheetApp)
    screen = reader(app)
    burst(pilot, "S")
    await wait_until(pilot, lambda: not screen.showing_stories)
    rows = screen.query_one(ArticleList)
    with held(Library, "search") as answered:
        burst(pilot, "/Atlanta\rj")  # "j" waits for the hits of "Atlanta"
        await wait_until(pilot, lambda: bool(app._held_keys))
        stories.set()
        await wait_until(pilot, lambda: not screen._stories_loading)
        for _ in range(5):  # the search stays held: no `settle`
            await pilot.pause()
        assert app._held_keys, "the stories answer handed on the search's keys"
        assert rows.cursor == 0
        answered.set()
        await settle(pilot)
    assert rows.key[:1] == ("Atlanta",) and len(rows.hits) > 1
    assert rows.cursor == 1 and not app._held_keys


async def test_a_quiet_refresh_after_a_failed_load_releases_no_search_keys(
    tmp_path: Path,
) -> None:
    """Passed before the fix too: the failure goes to `worker_failed`, which ends the
    load as its answer would (`on_stories_found`); kept so it stays so."""
    write_story_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        with stories_fail_once():
            burst(pilot, "Sj")  # the keys wait for the list; the load raises
            await settle(pilot)
        assert screen.showing_stories and "stories failed" in (screen._stories_problem or "")
        with held(Library, "stories") as refreshed:
            screen.stories_changed()  # an update's quiet refresh, answered later
            await pilot.pause()
            await search_outruns_stories(pilot, refreshed)


async def test_a_load_the_keys_stopped_waiting_for_releases_no_search_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keys wait for a slow list `CONTENT_WAIT` at most; the list that comes after
    that, once a search holds keys, hands them on no more (the wait was over). Failed
    before the fix: the list's answer released "j" onto the rows the hits replace."""
    monkeypatch.setattr(key_order, "CONTENT_WAIT", 0.2)
    write_story_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        with held(Library, "stories") as listed:
            burst(pilot, "Sj")  # the keys wait for the list, then go on without it
            await wait_until(pilot, lambda: screen.showing_stories and not app._held_keys)
            await search_outruns_stories(pilot, listed)
