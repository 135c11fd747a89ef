"""nu70 #7: "3 matches (n/N)" stood twice at 120 columns, on the reading pane's border and
on the status line. It is said once, on the pane's border, beside the lit words the user
steps through with n/N (at 80x24 the status line had already left it to the border)."""

from __future__ import annotations

import pytest

from tests.tui.conftest import reader
from tests.tui.test_search_failed_older_list_fx96 import typed
from tests.tui.test_worker_bugs import settle, status
from tui.app import BroadsheetApp


@pytest.mark.parametrize("size", [(120, 40), (160, 48), (80, 24)])
async def test_the_match_count_is_said_once_on_the_panes_border(
    app: BroadsheetApp, size: tuple[int, int]
) -> None:
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await typed(pilot, "peacekeepers")
        pane = reader(app).pane
        said = str(pane.border_subtitle)
        assert said.endswith("(n/N)"), said
        assert "(n/N)" not in status(app), status(app)
        await pilot.press("n")
        await settle(pilot)
        assert str(pane.border_subtitle) == "match 1 of 3"
        assert "match" not in status(app), status(app)
