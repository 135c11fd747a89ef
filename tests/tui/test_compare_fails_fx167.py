"""A comparison that raises says so in its panes, not only in its summary (fx167, fx166's
note: the summary said ⚠ but the panes said "Comparing…" for good)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Static

import tui.screens.multicompare
from index.library import Library
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_compare_layout_fails_fx166 import said
from tests.tui.test_multicompare import story_app  # noqa: F401 (a fixture)
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen
from tui.screens.multicompare import MultiCompareScreen
from tui.widgets.compare_pane import ComparePane

LINE = "⚠ comparison failed: walked off (a bug: RuntimeError)"


def raising(*args: object, **kwargs: object) -> Any:
    raise RuntimeError("walked off\nsecond line")


async def test_the_two_panes_say_the_comparison_failed(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Library, "compare", raising)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("m", "j", "m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen))
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        await wait_until(pilot, lambda: said(screen.pane(0)) != ["Comparing…"])
        await settle(pilot)
        assert [said(screen.pane(side)) for side in (0, 1)] == [[LINE], [LINE]]
        assert str(screen.query_one("#compare-summary", Static).render()) == LINE
        await pilot.press("j", "n", "tab")  # the keys answer, nothing raises
        await settle(pilot)
        assert said(screen.pane(0)) == [LINE]
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reader(app)


async def test_the_many_panes_say_the_comparison_failed(
    story_app: BroadsheetApp,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tui.screens.multicompare, "compare_many", raising)
    app = story_app
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space", "j", "space", "j", "space", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, MultiCompareScreen))
        screen = app.screen
        assert isinstance(screen, MultiCompareScreen)
        panes = list(screen.query(ComparePane))
        assert panes
        await wait_until(pilot, lambda: all(said(p) == [LINE] for p in screen.query(ComparePane)))
        assert "⚠ comparison failed" in str(screen.query_one("#many-bases", Static).render())
        await pilot.press("j", "tab")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reader(app)
