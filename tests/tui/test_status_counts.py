"""The status line says what the list shows: its order with no query, and stories' count."""

from __future__ import annotations

import time
from pathlib import Path

from textual.widgets import Static

from index.library import default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.story_corpus import write_corpus as write_stories
from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.screens.story import StoryScreen
from tui.widgets.search_box import SEARCH_DELAY


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


BODY = "\n\n2017-02-07\n\nThe council met on Tuesday and voted on the budget, officials said.\n"
TITLES = ["Will the mayor run again", "White House names envoy", "Want more buses, riders ask"]
TITLES += ["What the budget means for you"]
ONE_DAY = {f"{n}.txt": title + BODY for n, title in enumerate(TITLES)}


async def test_no_query_lists_the_newest_first_a_days_titles_a_to_z(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "day", ONE_DAY)
    rebuild(corpus, tmp_path / "index", derived=default_derived())  # whole: "index fresh"
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert [hit.title for hit in reader(app).articles.hits] == sorted(TITLES)
        assert "sort: newest first" in status(app)
        await search(pilot, "council")
        assert "sort: relevance" in status(app)  # a query ranks


async def test_stories_mode_counts_stories_not_hits(tmp_path: Path) -> None:
    write_stories(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "boulder")
        await pilot.press("enter")
        assert "2 hits" in status(app)
        await pilot.press("S")
        await settle(pilot)
        assert len(reader(app).story_list.stories) == 1
        assert "1 story" in status(app) and "hits" not in status(app), status(app)
        await pilot.press("S")
        await settle(pilot)
        assert "2 hits" in status(app)


async def test_enter_in_the_search_bar_goes_to_the_stories(tmp_path: Path) -> None:
    """In stories mode, enter after a query went to the hidden article list: a second
    enter opened nothing."""
    write_stories(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await search(pilot, "boulder")
        await pilot.press("enter")
        assert app.focused is reader(app).story_list
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)


async def test_the_line_speaks_of_the_query_listed_not_the_one_being_typed(
    tmp_path: Path,
) -> None:
    """While typing has not paused, the bar holds a query the list was not found for: the
    status line (redrawn meanwhile by a count, a layout, a freshness check) gives no count
    of that list, as if of the query in the bar: it says it is searching (fx43)."""
    write_stories(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert "sort: newest first" in status(app)
        screen.search_box.delay = 3600  # typing never pauses long enough to search
        screen.search_box.clock = lambda: 0.0
        await pilot.press("slash", "b", "o", "u")
        screen.library_checked()
        assert screen.search_text == "bou"
        assert "searching…" in status(app) and "hits" not in status(app), status(app)
        screen.search_box.delay, screen.search_box.clock = SEARCH_DELAY, time.monotonic
        await pilot.press("l", "d", "e", "r")
        await pilot.pause(0.2)  # the search waits for a pause in typing
        await settle(pilot)
        assert "2 hits" in status(app) and "sort: relevance" in status(app), status(app)
        screen.search_box.delay, screen.search_box.clock = 3600, lambda: 0.0
        await pilot.press("ctrl+u")  # the query cleared, not searched yet
        screen.library_checked()
        assert screen.search_text == ""
        assert "searching…" in status(app) and "hits" not in status(app), status(app)
        assert "sort: newest first" in status(app)  # the order of the list to come


async def test_the_stories_line_speaks_of_the_query_listed(tmp_path: Path) -> None:
    write_stories(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("S")
        await search(pilot, "boulder")
        assert "1 story" in status(app) and "best first" in status(app), status(app)
        screen.search_box.delay = 3600
        screen.search_box.clock = lambda: 0.0
        await pilot.press("ctrl+u")
        screen.library_checked()
        assert screen.search_text == ""
        assert "best first" in status(app), status(app)
