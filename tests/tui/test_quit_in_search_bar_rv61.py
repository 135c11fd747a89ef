"""rv61, review of fx142 (d3d9d355): ctrl+q dropped the keys held and was handed on at once
even where the app refused to quit (then: in the search bar), so it neither quit nor let
the keys typed before it arrive: a `j` typed into the search bar while a result was awaited
was lost. Since fx144 ctrl+q quits from the search bar (`test_ctrl_q_search_bar_fx144`);
`Q` there is a letter, never a quit: held behind a wait, it is typed in its turn.

Oracle: in the search bar, with a screen or a result expected, `j` then `Q`: the app runs on
and, once the wait is called off, the search bar holds the `jQ` typed."""

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
        await pilot.press("j", "Q")
        await pilot.pause(0.1)
        running = app.is_running
        {"screen": app.screen_not_coming, "result": app.result_came}[expected](ticket)
        await settle(pilot)
        return running, bar.value[len(before) :]


@pytest.mark.parametrize("expected", ["screen", "result"])
def test_Q_in_the_search_bar_drops_no_key(built: tuple[Path, Path], expected: str) -> None:
    running, typed = asyncio.run(typed_then_quit(built, expected))
    assert running  # Q types a letter in the search bar
    assert typed == "jQ"
