"""Counting every match of a query waits until the query has stayed a moment (issue 21):
the count holds the index, and at 100,000 articles took the next keystroke's time.

The oracle is the library's own count of the query the list settles on.
"""

from __future__ import annotations

from typing import Any

import pytest

from index.library import Library
from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.screens import reader as reader_module


@pytest.mark.parametrize(("first", "last"), [("peace", "ceasefire"), ("ceasefire", "said")])
async def test_only_the_query_that_stays_is_counted(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch, first: str, last: str
) -> None:
    monkeypatch.setattr(reader_module, "LIST_LIMIT", 1)  # one row: every count is inexact
    monkeypatch.setattr(reader_module, "COUNT_DELAY", 0.5)
    counted: list[str] = []
    real = Library.count

    def count(self: Library, text: str, **options: Any) -> int:
        counted.append(text)
        return real(self, text, **options)

    monkeypatch.setattr(Library, "count", count)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        screen.search_box.value = first
        await pilot.pause(0.1)  # searched, not yet counted
        screen.search_box.value = last  # the next query comes before the count
        await pilot.pause(0.1)
        await settle(pilot)
        assert first not in counted
        assert screen.library is not None
        expected = real(screen.library, last)
        if expected > 1:  # more than the one row listed: counted once it stayed
            assert counted == [last]
        assert screen.total == expected and screen.total_exact


async def test_a_query_that_stays_is_counted(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "ceasefire")
        screen = reader(app)
        assert screen.library is not None
        assert screen.total == screen.library.count("ceasefire") and screen.total_exact
