"""The reader names its order by outlet "outlet", as the README's `s` row and the CLI's
`--sort outlet` do (nu32 #4: the toast and the status line said "source")."""

from __future__ import annotations

from textual.widgets import Static

from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp


async def test_the_reader_says_outlet(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        for _ in range(3):
            await pilot.press("s")
            await settle(pilot)
        assert reader(app).sort == "source"
        said = [str(n.message) for n in app._notifications]
        assert "Sorted by outlet" in said
        assert "sort: outlet" in str(reader(app).query_one("#status", Static).render())
