"""`/` after a search selects the old query: typing replaces it, an arrow key edits it."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp


async def _query(pilot: Pilot[None], app: BroadsheetApp) -> str:
    await pilot.pause(0.2)  # the search waits for a pause in typing
    await settle(pilot)
    return reader(app).search_box.value


async def test_slash_then_typing_replaces_the_old_query(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "xyzzyq")
        await pilot.press("enter")  # to the list, as a user leaves a search
        await search(pilot, "drought")
        assert await _query(pilot, app) == "drought"
        assert [h.title for h in reader(app).articles.hits][:1] == [
            "Farmers count the cost of the drought"
        ]


async def test_an_arrow_key_after_slash_edits_the_old_query(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "peace")
        await pilot.press("enter")
        await pilot.press("slash", "end", "k", "e", "e", "p", "e", "r", "s")
        assert await _query(pilot, app) == "peacekeepers"
