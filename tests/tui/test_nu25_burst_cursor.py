"""nu25 #5: "/ceasefire", enter, "j" typed in one burst: README ("Keys act in the order
typed, however fast ... `/drought` `enter` `j` do what they say") promises the cursor on
the second hit. In tmux under load (16-18 on 2 cores) `/court` Enter `j` left it on the
first row 4 times in 5; typed slowly it moves. test_type_ahead checks the focus only."""

from __future__ import annotations

import pytest

from tests.tui.conftest import reader
from tests.tui.test_type_ahead import no_wait_for_lost_markers, settle, type_fast
from tui import key_order
from tui.app import BroadsheetApp

__all__ = ["no_wait_for_lost_markers"]  # the autouse fixture, used here too


async def test_j_typed_after_enter_in_the_burst_moves_to_the_second_hit(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_fast(pilot, monkeypatch, "/ceasefire\rj")
        screen = reader(app)
        assert screen.shown_query == "ceasefire"
        assert len(screen.articles.hits) == 2  # ceasefire.txt and markets.md
        assert screen.articles.cursor == 1


async def test_j_pressed_after_enter_one_key_at_a_time_moves_to_the_second_hit(
    app: BroadsheetApp,
) -> None:
    """The same keys, each handled before the next: the expectation above holds here."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"ceasefire")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        screen = reader(app)
        assert screen.shown_query == "ceasefire"
        assert len(screen.articles.hits) == 2
        assert screen.articles.cursor == 1


async def test_keys_after_enter_on_a_query_the_index_refuses_are_handed_on(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search fails (an unmatched bracket): the keys held for its result still act,
    on the list it leaves as it was, and at once (not after `RESULT_WAIT`)."""
    monkeypatch.setattr(key_order, "RESULT_WAIT", 3600)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        listed = len(reader(app).articles.hits)
        await type_fast(pilot, monkeypatch, "/peace)\rj")
        screen = reader(app)
        assert len(screen.articles.hits) == listed > 1
        assert screen.articles.cursor == 1


async def test_keys_after_enter_on_a_query_refused_before_it_are_not_held(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search failed while the user still typed (rv23): enter leaves for no new search,
    so `j` acts at once on the list the refusal left, not after `RESULT_WAIT`."""
    monkeypatch.setattr(key_order, "RESULT_WAIT", 3600)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"said")
        await settle(pilot)
        listed = len(reader(app).articles.hits)
        await pilot.press(")")
        await settle(pilot)  # the search for 'said)' has failed already
        await type_fast(pilot, monkeypatch, "\rj")
        await settle(pilot)
        screen = reader(app)
        assert len(screen.articles.hits) == listed > 1
        assert screen.articles.cursor == 1
