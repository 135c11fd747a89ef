"""fx151 (nu61 #1): with one outlet filtered, `f enter` dropped the filter, because the picker
always opened highlighted on "All outlets". It opens on the outlet in force, so `f enter`
changes nothing. Driven with keys only, as a user does (fx145's test set the highlight).

Oracle: the outlet filtered, the cursor row and the open article before `f`, after `f enter`;
and the highlighted row names the outlet in force (or "All outlets" when there is none)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.widgets import OptionList

from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.dialogs.source_picker import SourcePicker


async def _f_enter(app: BroadsheetApp, outlet: int, moves: int) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await wait_until(pilot, lambda: screen.pane.article is not None)
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcePicker))
        await settle(pilot)
        outlets = len(app.screen.query_one(OptionList).options) - 1
        await pilot.press(*["down"] * (outlet % (outlets + 1)), "enter")  # 0: All outlets
        await settle(pilot)
        await wait_until(pilot, lambda: screen.pane.article is not None)
        source = screen.source
        await pilot.press(*["j"] * min(moves, len(screen.articles.hits) - 1))
        await settle(pilot)
        cursor, open_id = screen.articles.cursor, screen.pane.article
        assert open_id is not None
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcePicker))
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        assert options.highlighted is not None
        assert options.get_option_at_index(options.highlighted).id == (source or "")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, SourcePicker)
        assert screen.source == source
        assert screen.articles.cursor == cursor
        assert screen.pane.article is not None and screen.pane.article.id == open_id.id


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(outlet=st.integers(1, 6), moves=st.integers(0, 3))
async def test_f_enter_keeps_the_outlet_filtered(
    built: tuple[Path, Path], outlet: int, moves: int
) -> None:
    await _f_enter(BroadsheetApp(*built), outlet, moves)
