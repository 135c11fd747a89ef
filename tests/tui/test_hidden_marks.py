"""Marks a new search left out of the list are still compared: the status line says so."""

from __future__ import annotations

from index.models import Hit
from tests.tui.conftest import reader, search, settle
from tests.tui.test_reader import status
from tui.app import BroadsheetApp
from tui.widgets.article_list import marks_note


def hit(article_id: str) -> Hit:
    return Hit(article_id, article_id, False, None, None, 0.0)


def test_the_note_counts_the_marked_that_are_not_listed() -> None:
    listed = [hit("a"), hit("b")]
    assert marks_note([], listed) == ""
    assert marks_note(["a", "b"], listed) == ""  # every mark shows as ●
    assert marks_note(["a", "x", "y"], listed) == "3 marked, 2 not in this list"
    assert marks_note(["x"], []) == "1 marked, 1 not in this list"


async def test_marks_from_an_earlier_search_show_in_the_status(app: BroadsheetApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drought")
        await pilot.press("enter")  # to the list
        await pilot.press("m")
        await settle(pilot)
        assert "marked" not in status(app)  # the one marked is listed
        await search(pilot, "ceasefire")
        assert "1 marked, 1 not in this list" in status(app)
        await pilot.press("enter", "m", "j", "m")
        await settle(pilot)
        assert len(reader(app).articles.marked) == 3
        assert "3 marked, 1 not in this list" in status(app)
        await pilot.press("slash", "backspace")  # the query was selected: cleared
        await pilot.pause(0.2)
        await settle(pilot)
        assert len(reader(app).articles.hits) == 4
        assert "marked" not in status(app)  # every article listed again
