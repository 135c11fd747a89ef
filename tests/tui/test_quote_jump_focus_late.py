"""The jump to a quote decides between the article's top and the quote by the pane's
height; at 80x24 the pane takes two thirds of the height only once it has the focus, and
under load that focus came after the article was laid out (ci140: the decision, made on
the shorter pane, scrolled past the title of an article whose quote then fitted on the
first screen). Now a change of the pane's size while it is still where the jump left it
decides again; once the reader has scrolled, it does not. Oracle: the quote's lit lines
against the pane's height at each step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from index.library import Library
from tests.tui.conftest import reader, settle
from tests.tui.test_quote_jump_lit import SAID, lit_in_view
from tests.tui.test_quote_jump_top_fx131 import TITLE, app_with
from tui.app import BroadsheetApp
from tui.screens.reader import ReaderScreen
from tui.widgets.marks import first_lines
from tui.widgets.reading_pane import QUOTE_MARK, ReadingPane


def quote_fits(pane: ReadingPane) -> bool:
    lines = pane.layout_.lines
    last = max(n for n in range(len(lines)) if first_lines(lines[n : n + 1], QUOTE_MARK))
    return last < pane.scrollable_content_region.height


async def jump_unfocused(pilot: Pilot[Any], app: BroadsheetApp) -> tuple[ReaderScreen, ReadingPane]:
    """Jump to the quote of "long" as `QuoteJump.go` does, but leave the focus on the list."""
    await settle(pilot)
    screen = reader(app)
    assert isinstance(screen.library, Library)
    body = screen.library.article("long").body
    start = body.index(SAID)
    screen.pane.to_quote("long", start, start + len(SAID))
    screen._load("long")
    return screen, screen.pane


async def test_a_focus_that_comes_after_the_layout_decides_again(tmp_path: Path) -> None:
    app = app_with(tmp_path, 2)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, pane = await jump_unfocused(pilot, app)  # the pane is the shorter one
        await settle(pilot)
        assert lit_in_view(pane)
        assert not quote_fits(pane) and pane.scroll_offset.y > 0  # as under load in ci140
        screen.set_focus(pane)  # the focus comes late: the pane grows
        await settle(pilot)
        assert quote_fits(pane)
        assert pane.scroll_offset.y == 0 and lit_in_view(pane)
        assert any(TITLE in line.plain for line in pane.layout_.lines[:3])
        screen.set_focus(screen.articles)  # shorter again, not scrolled since: the quote shows
        await settle(pilot)
        assert lit_in_view(pane) and pane.scroll_offset.y > 0


async def test_once_scrolled_a_resize_leaves_the_pane_where_the_reader_put_it(
    tmp_path: Path,
) -> None:
    app = app_with(tmp_path, 2)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, pane = await jump_unfocused(pilot, app)
        await settle(pilot)
        jumped = int(pane.scroll_offset.y)
        pane.scroll_to(y=jumped + 3, animate=False)  # the reader scrolls on
        await settle(pilot)
        screen.set_focus(pane)
        await settle(pilot)
        assert int(pane.scroll_offset.y) == jumped + 3
