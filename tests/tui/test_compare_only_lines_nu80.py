"""The comparison's header shows both "only A:" and "only B:" lines at 80x24 (nu80 #3, nu79
#7: the figures wrapped to three lines and the header's four rows cut "only B:", which read as
if B's line were lost); a side with nothing of its own says "none"."""

from __future__ import annotations

from index.analysis.compare import compare
from tests.tui.conftest import settle
from tui.app import BroadsheetApp
from tui.name_cut import only_line
from tui.screens.compare import CompareScreen


async def test_both_only_lines_show_when_the_figures_wrap_to_three(app: BroadsheetApp) -> None:
    # the seeds' figures wrap to three lines at 44 columns as the Reuters pair's did at 80
    async with app.run_test(size=(44, 24)) as pilot:
        await settle(pilot)
        await pilot.press("m", "j", "m", "c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.comparison is not None
        summary = screen.query_one("#compare-summary")
        rows = [summary.render_line(y).text for y in range(summary.size.height)]
        assert any(row.strip().startswith("only A: ") for row in rows), rows
        assert any(row.strip().startswith("only B: ") for row in rows), rows


def test_a_side_with_nothing_of_its_own_says_none() -> None:
    text = "Dock workers struck on Monday. Ships waited in the bay."
    comparison = compare(text, text + " Gordon Brown flew to Dover.")
    assert only_line(comparison, 0).plain == "only A: none"
    assert only_line(comparison, 1).plain.startswith("only B: Gordon Brown")
