"""A query is searched once however it reaches the bar (fx89, sx40).

In tmux a paste without bracketed paste arrives as keys, all read at once: the first
change's search already saw the whole query (the keys behind it were handled first), and
the end of the burst searched for it again, under the same key within a second. A spy on
the reader's search worker (`Library.search`, as the worker calls it) counts the searches
each query started; the keys are posted to the app in one go, as the terminal driver does.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot

from index.library import Library
from tests.tui.conftest import KEY_NAMES, reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.reader import LIST_LIMIT


class Spy:
    """Counts the reader's searches by query (the list's: ``limit=LIST_LIMIT``), and can
    hold the search for one query until the test lets it answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.held: dict[str, threading.Event] = {}
        search = Library.search

        def counted(library: Library, text: str, **options: Any) -> Any:
            if options.get("limit") == LIST_LIMIT:
                with self.lock:
                    self.started[text] += 1
                    gate = self.held.get(text)
                if gate is not None:
                    gate.wait(30)
            return search(library, text, **options)

        monkeypatch.setattr(Library, "search", counted)

    def searches(self, text: str) -> int:
        with self.lock:
            return self.started[text]


def keys_at_once(app: BroadsheetApp, text: str) -> None:
    """``text`` as keys posted together, as a terminal read them in one go (tmux's paste)."""
    for char in text:
        name = KEY_NAMES.get(char, char)
        app.post_message(events.Key(name, char))


async def opened(pilot: Pilot[Any]) -> None:
    """The reader with its first list shown, the search bar focused."""
    await settle(pilot)
    await pilot.press("slash")
    await settle(pilot)


async def settled_on(pilot: Pilot[Any], text: str) -> None:
    """Wait until the bar holds ``text``, its burst has paused and its searches answered."""
    await wait_until(pilot, lambda: reader(pilot.app).search_text == text)
    await pilot.pause(0.3)  # past the burst's pause: its timer has fired
    await settle(pilot)


@pytest.mark.parametrize("bracketed", [False, True], ids=["as-keys", "bracketed"])
async def test_a_paste_is_searched_once(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch, bracketed: bool
) -> None:
    """As keys (tmux's paste-buffer without -p), or as one bracketed paste."""
    spy = Spy(monkeypatch)
    async with app.run_test() as pilot:
        await opened(pilot)
        if bracketed:
            app.post_message(events.Paste("wheat harvest"))
        else:
            keys_at_once(app, "wheat harvest")
        await settled_on(pilot, "wheat harvest")
        assert spy.searches("wheat harvest") == 1
        assert reader(app).shown_query == "wheat harvest"
        typed = {text: n for text, n in spy.started.items() if text}  # "": the first list
        assert typed == {"wheat harvest": 1}  # no prefix of it either


async def test_a_query_typed_key_by_key_searches_each_query_once(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys a pause apart each search, once; the burst that ends the word, once more."""
    spy = Spy(monkeypatch)
    async with app.run_test() as pilot:
        await opened(pilot)
        for char in "dro":
            await pilot.press(char)
            await pilot.pause(0.2)  # past SEARCH_DELAY: each key searches
        keys_at_once(app, "ught")
        await settled_on(pilot, "drought")
        assert [spy.searches(t) for t in ("d", "dr", "dro", "drought")] == [1, 1, 1, 1]
        assert max(spy.started.values()) == 1


async def test_typing_over_a_held_search_ends_with_the_last_querys_hits(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first query's search is held in its thread: the keys after it still reach the
    bar (the UI thread waits for no search), and the list ends with the last query's hits,
    not the held one's when it answers late."""
    spy = Spy(monkeypatch)
    gate = threading.Event()
    spy.held["peace"] = gate
    try:
        async with app.run_test() as pilot:
            await opened(pilot)
            keys_at_once(app, "peace")
            await wait_until(pilot, lambda: spy.searches("peace") == 1)
            await pilot.pause(0.2)
            keys_at_once(app, "keepers")  # typed while "peace" is still searching
            await wait_until(pilot, lambda: reader(app).search_text == "peacekeepers")
            await wait_until(pilot, lambda: spy.searches("peacekeepers") == 1)
            gate.set()  # the old search answers last
            await pilot.pause(0.3)
            await settle(pilot)
            assert spy.searches("peacekeepers") == 1
            screen = reader(app)
            library = screen.library
            assert library is not None
            wanted = [h.id for h in library.search("peacekeepers", limit=LIST_LIMIT).hits]
            assert screen.shown_query == "peacekeepers"
            assert [h.id for h in screen.articles.hits] == wanted
    finally:
        gate.set()
