"""nu59 #8: `v` in a comparison of two articles did nothing and said nothing. The heat map's
table key says there why it has nothing to turn to: the heat map and its table are for 3 to
8 articles (`ReaderCompare`: more than two marked open it)."""

from __future__ import annotations

from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.compare import TWO_NO_TABLE, CompareScreen


def toasts(app: BroadsheetApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_v_in_a_comparison_of_two_says_why_there_is_no_table(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        screen = reader(app)
        await wait_until(pilot, lambda: screen.pane.article is not None)
        await pilot.press("m", "j", "m", "c")  # two marked: side by side
        await settle(pilot)
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen))
        compare = app.screen
        await settle(pilot)
        app.clear_notifications()
        await pilot.press("v")
        await settle(pilot)
        assert toasts(app) == [TWO_NO_TABLE]
        assert app.screen is compare  # nothing else changed
        assert "3 to 8" in TWO_NO_TABLE and "m, then c" in TWO_NO_TABLE
