"""The story screen's coverage bar: shown when some outlet's lean is known, with the split
and the blindspot `index.leans` gives; absent when none is (no built-in ratings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from index.library import Library
from tests.story_corpus import write_corpus
from tests.tui.conftest import settle, wait_until
from tests.tui.test_following_reader import open_boulder
from tests.tui.test_snapshots import SnapCompare, before
from tests.tui.test_stories_snapshots import open_story, story_list
from tui.app import BroadsheetApp
from tui.outlet_leans import set_lean


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


async def coverage_line(app: BroadsheetApp) -> tuple[bool, str]:
    """Whether the story screen of Boulder shows its coverage line, and what it says."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        screen = await open_boulder(app, pilot)
        rows = screen.query_one("#story-articles", OptionList)
        await wait_until(pilot, lambda: rows.option_count > 0)
        await settle(pilot)
        line = screen.query_one("#story-coverage", Static)
        return line.display and line.size.height == 1, str(line.render())


async def test_the_bar_shows_the_split_and_the_blindspot(news: BroadsheetApp) -> None:
    """Boulder is told by Wire A and Paper B, both set right: a blindspot for the left."""
    set_lean("Wire A", "right")
    set_lean("paper b", "right")
    shown, said = await coverage_line(news)
    assert shown
    assert said.startswith("Coverage " + "█" * 30)
    assert "left 0 · center 0 · right 2 · blindspot for the left" in said


async def test_no_bar_when_no_lean_is_known(news: BroadsheetApp) -> None:
    shown, _ = await coverage_line(news)
    assert not shown


def test_story_screen_with_coverage(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """The bar in its place, under the head: Wire A right, Paper B left (an even split)."""
    write_corpus(tmp_path / "news" / "news.jsonl")
    Library(tmp_path / "news", tmp_path / "index").rebuild()  # no "built the index" toast
    set_lean("Wire A", "right")
    set_lean("Paper B", "left")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    assert snap_compare(app, terminal_size=(120, 40), run_before=before(story_list, open_story))
