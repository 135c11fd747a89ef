"""The search bar searches at once after a pause, and waits while keys come in a burst."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tests.tui.conftest import wait_until
from tui.widgets.search_box import SEARCH_DELAY, SearchBox


class Box(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.now = 100.0
        self.queries: list[str] = []

    def compose(self) -> ComposeResult:
        yield SearchBox(clock=lambda: self.now)

    def on_search_box_query_changed(self, message: SearchBox.QueryChanged) -> None:
        self.queries.append(message.text)


async def test_a_key_after_a_pause_searches_at_once_a_burst_waits() -> None:
    app = Box()
    async with app.run_test() as pilot:
        box = app.query_one(SearchBox)
        box.value = "drought"  # the first change, long after any other: at once
        await pilot.pause()
        assert app.queries == ["drought"]
        box.value = "droughts"  # at the same instant: part of a burst, so it waits
        await pilot.pause()
        assert app.queries == ["drought"]
        app.now += SEARCH_DELAY * 10  # the burst paused: its timer searches for the last
        await wait_until(pilot, lambda: app.queries == ["drought", "droughts"])


async def test_enter_searches_at_once_for_a_waiting_query() -> None:
    app = Box()
    async with app.run_test() as pilot:
        box = app.query_one(SearchBox)
        box.focus()
        box.value = "frost"
        await pilot.pause()
        box.value = "frosts"
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.queries[-1:] == ["frosts"])
        assert app.queries.count("frosts") == 1


async def test_a_burst_already_searched_whole_is_not_searched_again() -> None:
    """A paste typed as keys (tmux, fx89): every change is made before the first is
    handled, so that one searched the whole query; neither the burst's end nor enter asks
    again. A burst that ends elsewhere still searches its end (enter ends it here: the
    burst's own timer is set beyond the test, so no real time decides what is searched)."""
    app = Box()
    async with app.run_test() as pilot:
        box = app.query_one(SearchBox)
        box.delay = 3600.0
        box.focus()
        box.value = "wheat"  # the paste's keys, all made before any change is handled
        box.value = "whea"
        box.value = "wheat"
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.queries == ["wheat"]
        box.focus()
        app.now += 2 * box.delay
        box.value = "wheat prices"  # a new burst: searched at once
        await pilot.pause()
        box.value = "wheat price"  # and it ends elsewhere: its end is searched
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.queries == ["wheat", "wheat prices", "wheat price"]
