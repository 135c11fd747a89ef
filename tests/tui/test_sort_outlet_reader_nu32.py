"""The reader names its order by outlet "outlet", as the README's `s` row and the CLI's
`--sort outlet` do (nu32 #4: the toast and the status line said "source")."""

from __future__ import annotations

from textual.widgets import Static

from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.keymap import GROUPS, READER
from tui.screens.help import HelpScreen


async def test_the_reader_says_outlet(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        for _ in range(2):  # no query: relevance, oldest, outlet ("newest" looks the same)
            await pilot.press("s")
            await settle(pilot)
        assert reader(app).sort == "source"
        said = [str(n.message) for n in app._notifications]
        assert "Sorted by outlet" in said
        assert "sort: A-Z by outlet" in str(reader(app).query_one("#status", Static).render())


async def test_the_help_and_the_tooltip_say_outlet_too(app: BroadsheetApp) -> None:
    """nu33: `?` still listed `s` as "relevance, newest, oldest, source", and the footer's
    tooltip the same, while the toast, the status line and the README say "outlet"."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        rows = [row for group in GROUPS for row in app.screen.rows(group)]
        lines = [line for keys, line, _ in rows if keys == "s"]
        assert lines and all("oldest, outlet" in line and "source" not in line for line in lines)
    sort = next(key for key in READER if key.id == "cycle-sort")
    assert "outlet" in sort.tooltip and "source" not in sort.tooltip
