"""Every state the reader shows while searching speaks of the query in the bar, or says it
is searching (fx43, nu36 #5: typing "taiwan" showed "No matches." and "0 hits" for 4-5 s,
and "1 hit" of "ta", while slow zero-hit searches of its prefixes held the index).

The engine is slowed deterministically: each search for a typed query waits, after it ran,
until the test lets it answer, in an order hypothesis picks, interleaved with the typing.
Every status line and query note painted is recorded with the bar's text, and checked
against the counts the library gives when asked directly (the oracle). The worker threads
are few (Textual's pool: 6 on 2 cores), so a search may wait for a thread, or, typed over
meanwhile, never run.
"""

from __future__ import annotations

import re
import threading
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from index.library import Library, QueryError
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.reader import ReaderScreen

WORDS = ("drought", "ceasefire", "harvest")
"""Typed key by key: their prefixes find nothing (and look for a spelling), they find."""
COUNT = re.compile(r"\b([\d,]+)(\+?) hits?\b")


class Held:
    """The slowed engine: a search for a typed query answers once `release` lets it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gates: dict[str, threading.Event] = {}
        self.answered: dict[str, threading.Event] = {}
        self.ran: set[str] = set()
        self.lock = threading.Lock()
        search = Library.search

        def held(library: Library, text: str, **options: Any) -> Any:
            with self.lock:
                self.ran.add(text)
            try:
                return search(library, text, **options)
            finally:  # a refused query ("d") answers when let, too
                if text.strip():
                    self.event(self.gates, text).wait(30)
                    self.event(self.answered, text).set()

        monkeypatch.setattr(Library, "search", held)

    def event(self, events: dict[str, threading.Event], text: str) -> threading.Event:
        """``text``'s event in ``events`` (made on first use, from either thread)."""
        with self.lock:
            return events.setdefault(text, threading.Event())

    async def release(self, pilot: Pilot[Any], text: str) -> None:
        """Let the search for ``text`` answer and the reader take the answer in, if it
        runs yet (the worker threads may all be held, or it was dropped unrun)."""
        self.event(self.gates, text).set()
        with self.lock:
            ran = text in self.ran
        if ran:
            await wait_until(pilot, self.event(self.answered, text).is_set)
        await pilot.pause()


class Shown:
    """Every (bar, status line, query note) the reader showed: recorded at each frame the
    app paints (`App._display`, Textual's one door to the terminal), after the handlers
    that made it, as the user sees it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.states: list[tuple[str, str, str]] = []
        display = BroadsheetApp._display

        def painted(app: BroadsheetApp, screen: Screen[Any], update: Any) -> None:
            display(app, screen, update)
            if update is not None and isinstance(screen, ReaderScreen):
                self.states.append(self.now(app))

        monkeypatch.setattr(BroadsheetApp, "_display", painted)

    @staticmethod
    def now(app: BroadsheetApp) -> tuple[str, str, str]:
        screen = reader(app)
        status = str(screen.query_one("#status", Static).render())
        note = str(screen.query_one("#query-note", Static).render())
        return screen.search_text, status, note


def wrong(state: tuple[str, str, str], totals: dict[str, int]) -> str | None:
    """What is wrong with a state shown, or None: a count that is not the bar's query's,
    a "No matches." under a query that has hits."""
    bar, status, note = state
    if bar not in totals:
        return None  # refused ("d"): the list and its count stay the last query's (rv23)
    total = totals[bar]
    counted = COUNT.search(status)
    if counted is not None and bar.strip():
        number = int(counted.group(1).replace(",", ""))
        if number != total if not counted.group(2) else number > total:
            return f"{counted.group()!r} under {bar!r} ({total} hits)"
    if "No matches" in note and total != 0:
        return f"{note!r} under {bar!r} ({total} hits)"
    return None


def oracle(built: tuple[Path, Path], texts: list[str]) -> dict[str, int]:
    """The total of each of ``texts`` the library gives (none for a refused query)."""
    library = Library.open(*built)
    totals = {}
    try:
        for text in texts:
            with suppress(QueryError):
                totals[text] = library.search(text, limit=1).total
    finally:
        library.close()
    return totals


async def run(
    built: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    word: str,
    schedule: list[int],
) -> None:
    """Type ``word`` key by key; ``schedule`` says when searches answer: each entry lets
    the oldest (0), the newest (-1) or another one still held answer, at that point."""
    prefixes = [word[: n + 1] for n in range(len(word))]
    totals = oracle(built, prefixes)
    assert totals[word] > 0 and totals[word[:3]] == 0
    with monkeypatch.context() as patch:
        held, shown = Held(patch), Shown(patch)
        app = BroadsheetApp(*built)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("slash")
            waiting: list[str] = []
            steps = iter(schedule)
            for prefix in prefixes:
                await pilot.press(prefix[-1])
                await pilot.pause()
                waiting.append(prefix)
                assert "searching…" in Shown.now(app)[1]
                step = next(steps, None)
                if step is not None:
                    await held.release(pilot, waiting.pop(step % len(waiting)))
                    if prefix in waiting:  # another query's answer came: dropped
                        assert "searching…" in Shown.now(app)[1]
            await pilot.press("enter")
            while waiting:
                await held.release(pilot, waiting.pop(next(steps, 0) % len(waiting)))
            await settle(pilot)
            bar, status, note = Shown.now(app)
            assert bar == word and "searching" not in status
            assert f"{totals[word]} hit" in status and "No matches" not in note
    problems = [p for state in shown.states if (p := wrong(state, totals)) is not None]
    assert problems == []
    assert any("searching…" in status for _, status, _ in shown.states)


async def test_the_last_query_answered_last(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """nu36's case: every prefix's search holds the index; the word's answers last."""
    await run(built, monkeypatch, "drought", [])


async def test_the_last_query_answered_first(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The word's own search answers before those of its prefixes (dropped, all)."""
    await run(built, monkeypatch, "drought", [0] * 6 + [-1])


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(word=st.sampled_from(WORDS), schedule=st.lists(st.integers(-9, 9), max_size=12))
async def test_any_order_of_answers(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, word: str, schedule: list[int]
) -> None:
    await run(built, monkeypatch, word, schedule)
