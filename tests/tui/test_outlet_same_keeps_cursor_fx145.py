"""fx145 (nu59 #8): `f enter` on "All outlets" when every outlet is shown already moved the
list's cursor to row 1 (the list was searched again for the same filter). Picking what is
already picked (all outlets, or the one outlet filtered) changes nothing: the cursor and
the article open stay.

Oracle: the cursor row and the open article before `f`, after the picker closed."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.widgets import OptionList

from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.dialogs.source_picker import SourcePicker


async def _pick_same(app: BroadsheetApp, moves: int, one_outlet: bool) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await wait_until(pilot, lambda: screen.pane.article is not None)
        if one_outlet:  # filter by the first outlet picked, then pick it again
            await pilot.press("f")
            await wait_until(pilot, lambda: isinstance(app.screen, SourcePicker))
            await pilot.press("down", "enter")
            await settle(pilot)
            assert screen.source
        await pilot.press(*["j"] * min(moves, len(screen.articles.hits) - 1))
        await settle(pilot)
        cursor, open_id = screen.articles.cursor, screen.pane.article
        assert open_id is not None
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcePicker))
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        wanted = screen.source or ""
        options.highlighted = next(i for i, o in enumerate(options.options) if o.id == wanted)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, SourcePicker)
        assert screen.articles.cursor == cursor
        assert screen.pane.article is not None and screen.pane.article.id == open_id.id


@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(moves=st.integers(1, 4), one_outlet=st.booleans())
async def test_picking_what_is_picked_keeps_the_cursor(
    built: tuple[Path, Path], moves: int, one_outlet: bool
) -> None:
    await _pick_same(BroadsheetApp(*built), moves, one_outlet)
