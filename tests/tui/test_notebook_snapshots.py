"""Snapshots of the notebook screen and the passage picker (baselines in __snapshots__)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from index.library import Library
from index.notebook import ArticleRecord, Notebook, anchor_quote
from tests.tui.conftest import settle
from tests.tui.test_snapshots import before
from tui.app import BroadsheetApp

SnapCompare = Callable[..., bool]


@pytest.fixture
def noted(built: tuple[Path, Path]) -> BroadsheetApp:
    corpus, index_dir = built
    with Library.open(corpus, index_dir) as library:
        ceasefire = library.article("ceasefire.txt")
        harvest = library.article("harvest.txt")
    with Notebook.open(index_dir) as notebook:
        notebook.pin(ArticleRecord.of(harvest), tags=["crops", "drought"], note="Ask about aid")
        record = ArticleRecord.of(ceasefire)
        notebook.tag(record, ["geneva"])
        quote = anchor_quote(ceasefire.body, "Peacekeepers could arrive within a month.")
        notebook.highlight(record, quote, note="the timetable")
        notebook.saved.add("peace", "peacekeepers")
    return BroadsheetApp(corpus, index_dir)


async def open_notebook(pilot: Pilot[Any]) -> None:
    await pilot.press("b")


async def pick_a_passage(pilot: Pilot[Any]) -> None:
    await pilot.press("h")


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_notebook_screen(
    snap_compare: SnapCompare, noted: BroadsheetApp, size: tuple[int, int]
) -> None:
    assert snap_compare(noted, terminal_size=size, run_before=before(open_notebook))


def test_reader_marks_and_passage_picker(snap_compare: SnapCompare, noted: BroadsheetApp) -> None:
    assert snap_compare(noted, terminal_size=(120, 40), run_before=before(pick_a_passage))


def test_reader_shows_pins_tags_and_highlights(
    snap_compare: SnapCompare, noted: BroadsheetApp
) -> None:
    async def ceasefire(pilot: Pilot[Any]) -> None:
        await pilot.press("slash", *"mandate", "enter", "enter")

    assert snap_compare(noted, terminal_size=(120, 40), run_before=before(ceasefire))


async def test_an_articles_head_line_is_cut_not_wrapped(noted: BroadsheetApp) -> None:
    """The head line "★ title  date · pinned · #tags · ✎ note" is cut with "…" at the
    list's edge; the note under it stays the row's second line (the list dropped the
    label's no_wrap, and "#drought · ✎ note" fell onto a line of its own)."""
    async with noted.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        lines = [strip.text for strip in noted.screen._compositor.render_strips()]
        head = next(n for n, line in enumerate(lines) if "Farmers count" in line)
        assert "…" in lines[head]
        assert "✎ Ask about aid" in lines[head + 1]


async def test_a_filter_that_matches_nothing_says_so(noted: BroadsheetApp) -> None:
    """The list was blank, with "0 articles listed" under it."""
    from textual.widgets import OptionList

    async with noted.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        await pilot.press("slash", *"zebra")
        await settle(pilot)
        rows = noted.screen.query_one("#notebook-items", OptionList)
        assert rows.option_count == 1
        assert str(rows.get_option_at_index(0).prompt) == "Nothing in the notebook matches 'zebra'."


async def test_esc_in_the_filter_clears_it_and_goes_to_the_list(noted: BroadsheetApp) -> None:
    """Esc in the filter closed the whole notebook; then it cleared the filter and stayed,
    a second esc going to the list. The reader's search bar clears and leaves at one esc
    (nu31 #6), and so does the filter now (lf31): one esc clears it and goes to the list,
    `/` comes back to it, and esc on the list goes back to the reader."""
    from textual.widgets import Input, OptionList

    from tui.screens.notebook import NotebookScreen

    async with noted.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        screen = noted.screen
        assert isinstance(screen, NotebookScreen)
        rows = screen.query_one("#notebook-items", OptionList)
        everything = rows.option_count
        await pilot.press("slash", *"zebra")
        await settle(pilot)
        assert rows.option_count == 1  # "Nothing in the notebook matches 'zebra'."
        await pilot.press("escape")
        await settle(pilot)
        assert noted.screen is screen and screen.query_one(Input).value == ""
        assert screen.focused is rows and rows.option_count == everything
        await pilot.press("slash", *"crops")  # back in the filter, as in the search bar
        await settle(pilot)
        assert screen.query_one(Input).value == "crops" and rows.option_count < everything
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert noted.screen is not screen
