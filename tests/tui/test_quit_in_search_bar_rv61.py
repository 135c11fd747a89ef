"""rv61, review of fx142 (d3d9d355): ctrl+q dropped the keys held and was handed on at once
even where the app refuses to quit (`BroadsheetApp.check_action`: not while the search bar
has the focus), so it neither quit nor let the keys typed before it arrive: a `j` typed into
the search bar while a result was awaited was lost.

Oracle: in the search bar, with a screen expected, `j` then ctrl+q: the app runs on (as
ctrl+q does there with nothing held) and, once the wait is called off, the search bar holds
the `j` typed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import Input

from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp


async def typed_then_quit(built: tuple[Path, Path], expected: str) -> tuple[bool, str]:
    app = BroadsheetApp(*built)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await wait_until(pilot, lambda: screen.pane.article is not None)
        await pilot.press("slash")
        await settle(pilot)
        bar = app.focused
        assert isinstance(bar, Input)
        before = bar.value
        ticket = {"screen": app.expect_screen, "result": app.expect_result}[expected]()
        await pilot.press("j", "ctrl+q")
        await pilot.pause(0.1)
        running = app.is_running
        {"screen": app.screen_not_coming, "result": app.result_came}[expected](ticket)
        await settle(pilot)
        return running, bar.value[len(before) :]


@pytest.mark.parametrize("expected", ["screen", "result"])
def test_ctrl_q_in_the_search_bar_drops_no_key(built: tuple[Path, Path], expected: str) -> None:
    running, typed = asyncio.run(typed_then_quit(built, expected))
    assert running  # the search bar refuses quit, as with nothing held
    assert typed == "j"
