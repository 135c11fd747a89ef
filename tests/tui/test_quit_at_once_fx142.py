"""fx142 (rv60's "left alone"): ctrl+q quits at once, whatever the keys wait for.

`tui.key_order` holds the keys typed while a screen, a result or a screen's content is
expected, up to 10 s (60 s for content). ctrl+q was held too, except behind content: a user
who pressed it to get out of a stuck screen (nu56) waited up to 10 s. Now it never waits,
and the keys held with it are dropped.

Oracle: with every wait made endless, ctrl+q typed behind a burst of held keys ends the app
within 0.5 s, and no held key acted (the list's cursor did not move)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from textual import events

from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_type_ahead import burst
from tui import key_order
from tui.app import BroadsheetApp

SIZE = (120, 40)

QUIT_WITHIN = 0.5


async def quit_behind(built: tuple[Path, Path], expected: str, held: str) -> tuple[float, int]:
    """Seconds from ctrl+q to the app's end, typed after ``held`` while ``expected`` (a
    screen, a result, content) never comes; and the list's cursor then."""
    with pytest.MonkeyPatch.context() as patch:
        for wait in ("KEY_WAIT", "SCREEN_WAIT", "RESULT_WAIT", "CONTENT_WAIT"):
            patch.setattr(key_order, wait, 3600)  # a key held is held for good
        app = BroadsheetApp(*built)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            await wait_until(pilot, lambda: screen.pane.article is not None)
            screen.articles.focus()
            await settle(pilot)
            cursor = screen.articles.cursor
            {"screen": app.expect_screen, "result": app.expect_result}[expected]()
            burst(pilot, held)
            await pilot.pause(0.05)
            assert len(app._held_keys) == len(held)  # they wait for what never comes
            driver = app._driver
            assert driver is not None
            quit_key = events.Key("ctrl+q", None)
            quit_key.set_sender(app)
            start = time.monotonic()
            driver.send_message(quit_key)
            while app.is_running and time.monotonic() - start < 5:
                await asyncio.sleep(0.01)
            took = time.monotonic() - start
            return took, screen.articles.cursor - cursor


@pytest.mark.parametrize("expected", ["screen", "result"])
@pytest.mark.parametrize("held", ["", "j", "jj/x"])
def test_ctrl_q_quits_at_once_behind_held_keys(
    built: tuple[Path, Path], expected: str, held: str
) -> None:
    took, moved = asyncio.run(quit_behind(built, expected, held))
    assert took < QUIT_WITHIN
    assert moved == 0  # the keys held were dropped, not handed on first
