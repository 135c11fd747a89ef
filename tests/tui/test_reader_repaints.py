"""The reader redraws only what a search changed: the note, the status line and the footer
still say the right thing after each search (they are left alone when unchanged)."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp


def note(app: BroadsheetApp) -> Static:
    return reader(app).query_one("#query-note", Static)


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


async def search_anew(pilot: Pilot[Any], text: str) -> None:
    """Clear the search bar, then type ``text``."""
    reader(pilot.app).search_box.value = ""
    await settle(pilot)
    await search(pilot, text)


def suggestion_key_enabled(app: BroadsheetApp) -> bool:
    keys = [k for k in app.screen.query(FooterKey) if k.action == "accept_suggestion"]
    return bool(keys) and not keys[0].disabled


async def test_note_status_and_footer_follow_each_search(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert note(app).has_class("-empty")
        assert not suggestion_key_enabled(app)
        await search_anew(pilot, "drougth")  # drought's hits shown, ctrl+y: as typed (nu66)
        assert "Showing results for drought;" in str(note(app).render())
        assert not note(app).has_class("-empty")
        assert suggestion_key_enabled(app)
        assert "1 hit" in status(app)
        await search_anew(pilot, "drought")
        assert note(app).has_class("-empty")
        assert not suggestion_key_enabled(app)
        assert "1 hit" in status(app)
        await search_anew(pilot, "peacekeeper")
        assert "2 hits" in status(app)
        await search_anew(pilot, "zzzzqqq")
        assert "No matches." in str(note(app).render())
        await search_anew(pilot, "zzzzqqqx")  # the same note again: still shown
        assert "No matches." in str(note(app).render())
        assert not note(app).has_class("-empty")
        await search_anew(pilot, "drought")
        assert note(app).has_class("-empty")
        assert "1 hit" in status(app)


async def test_status_line_refits_after_a_resize(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        wide = status(app)
        await pilot.resize_terminal(50, 24)
        await settle(pilot)
        narrow = status(app)
        assert narrow != wide and "4 articles" in narrow  # the corpus name made room
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert status(app) == wide


async def test_no_matches_names_the_outlet_the_list_is_limited_to(app: BroadsheetApp) -> None:
    """nu25: at 80x24 the status line cut "outlet: The Wall Street J…" off and the note said
    only "No matches.": the note names the outlet filter itself."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.library is not None
        outlet = screen.library.sources()[0][0]
        screen.source = outlet
        await search_anew(pilot, "zzzzqqq")
        assert f"No matches from {outlet}." in str(note(app).render())
        screen.source = None
        await search_anew(pilot, "zzzzqqqx")
        assert str(note(app).render()) == "No matches."
