"""Laying out a comparison that raises says so in its panes (fx166, rv72: the keys were
released and a toast came, but the panes stayed blank, or said "Comparing…")."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Static

import tui.screens.compare
import tui.screens.multicompare
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_multicompare import story_app  # noqa: F401 (a fixture)
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen
from tui.screens.multicompare import MultiCompareScreen
from tui.widgets.alignment_table import AlignmentTable
from tui.widgets.compare_pane import ComparePane
from tui.widgets.heat_map import HeatMap

LINE = "⚠ laying out the comparison failed: walked off (a bug: RuntimeError)"


def raising(*args: object, **kwargs: object) -> Any:
    raise RuntimeError("walked off\nsecond line")


def said(pane: ComparePane) -> list[str]:
    return [line.plain for line in pane.layout_.lines]


def toasts(app: BroadsheetApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_the_two_panes_say_their_layout_failed(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tui.screens.compare, "layout_side", raising)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("m", "j", "m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen))
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        await wait_until(pilot, lambda: screen.comparison is not None)
        await settle(pilot)
        assert [said(screen.pane(side)) for side in (0, 1)] == [[LINE], [LINE]]
        summary = str(screen.query_one("#compare-summary", Static).render())
        assert "⚠" not in summary  # the comparison itself was made
        assert not [t for t in toasts(app) if "Traceback" in t or "\n" in t]
        await pilot.press("j", "n", "tab")  # the keys answer, nothing raises
        await settle(pilot)
        assert said(screen.pane(0)) == [LINE]
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reader(app)


async def test_the_heat_map_and_the_table_say_their_layout_failed(
    story_app: BroadsheetApp,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tui.screens.multicompare, "layout_heat", raising)
    monkeypatch.setattr(tui.screens.multicompare, "layout_alignment", raising)
    app = story_app
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("space", "j", "space", "j", "space", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, MultiCompareScreen))
        screen = app.screen
        assert isinstance(screen, MultiCompareScreen)
        await wait_until(pilot, lambda: screen.comparison is not None)
        await settle(pilot)
        assert said(screen.query_one(HeatMap)) == [LINE]
        await pilot.press("v")  # the table: laid out anew, and failed anew
        await settle(pilot)
        assert said(screen.query_one(AlignmentTable)) == [LINE]
        await pilot.press("j", "tab")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reader(app)
