"""nu18 #10: a toast covered the status line and the pane's border ("12▌")."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_toast_leaves_the_status_line_and_the_pane_border_alone(
    app: BroadsheetApp, size: tuple[int, int]
) -> None:
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        app.notify("Copied id: harvest.txt", title="Clipboard")
        await wait_until(pilot, lambda: bool(app.screen.query("Toast")))
        await settle(pilot)
        status = reader(app).query_one("#status", Static).region
        pane = reader(app).pane.region
        pane_bottom = pane.bottom - 1  # the border's last row
        for toast in app.screen.query("Toast"):
            box = toast.region
            assert not box.overlaps(status), (box, status)
            assert box.bottom <= pane_bottom, (box, pane)
            assert box.right <= pane.right - 1, (box, pane)  # the right border shows
