"""The look for a newer index (every few seconds) that fails says so once, not every
time (rv72: a damaged CURRENT pointer gave a toast every 3 s, three on screen at once)."""

from __future__ import annotations

from pathlib import Path

from index.store.generations import CURRENT
from tests.tui.test_worker_bugs import settle
from tui.app import BroadsheetApp
from tui.screens.reader import ReaderScreen


def said(app: BroadsheetApp) -> list[str]:
    return [str(n.message) for n in app._notifications if "newer index" in str(n.message)]


async def test_a_damaged_pointer_is_said_once_while_it_stays(built: tuple[Path, Path]) -> None:
    _, index_dir = built
    pointer = index_dir / CURRENT
    good = pointer.read_text(encoding="utf-8")
    app = BroadsheetApp(*built)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        pointer.write_text("garbage\n", encoding="utf-8")
        for _ in range(4):  # the timer's ticks
            screen.check_generation()
            await settle(pilot)
        told = said(app)
        assert len(told) == 1, told
        assert "is damaged" in told[0] and "bug" not in told[0] and "\n" not in told[0]
        pointer.write_text(good, encoding="utf-8")  # mended: the look answers again
        screen.check_generation()
        await settle(pilot)
        pointer.write_text("garbage\n", encoding="utf-8")  # damaged anew: said anew
        screen.check_generation()
        await settle(pilot)
        assert len(said(app)) == 2
        pointer.write_text(good, encoding="utf-8")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
