"""The comparison's sides are wrapped at the width their panes end up with.

At 80x24 the sides stack (the app's `-narrow` class) after the first layout has given
each pane half the width. A comparison computed before that was wrapped at the stale
half width and never again: the snapshot `test_state[compare-80x24]` depended on whether
the comparison or the narrow layout came first (it failed under load).
"""

from __future__ import annotations

import time
from itertools import pairwise

import pytest

from index.library import Library
from tests.tui.conftest import settle
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen


def assert_wrapped_to(lines: list[str], width: int) -> None:
    """Greedy wrapping at ``width``: no line is longer, and none could have taken the first
    word of the line after it."""
    for line, after in pairwise(lines):
        assert len(line.rstrip()) <= width, line
        if line.strip() and after.strip():
            assert len(line.rstrip()) + 1 + len(after.split()[0]) > width, (line, after)


@pytest.mark.parametrize("wait", [0.0, 0.3], ids=["fast", "slow"])
async def test_sides_wrap_at_their_final_width(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch, wait: float
) -> None:
    article = Library.article

    def slowly(self: Library, article_id: str) -> object:
        time.sleep(wait)  # a loaded machine: the comparison comes after the narrow layout
        return article(self, article_id)

    monkeypatch.setattr(Library, "article", slowly)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("m", "j", "m", "c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.comparison is not None
        for side in (0, 1):
            pane = screen.pane(side)
            lines = [line.plain for line in pane.layout_.lines]
            assert len(lines) >= 2
            assert_wrapped_to(lines, pane.size.width - 2)
