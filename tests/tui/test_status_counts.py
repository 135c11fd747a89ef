"""The status line says what the list shows: its order with no query, and stories' count."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.story_corpus import write_corpus as write_stories
from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.screens.story import StoryScreen


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


BODY = "\n\n2017-02-07\n\nThe council met on Tuesday and voted on the budget, officials said.\n"
TITLES = ["Will the mayor run again", "White House names envoy", "Want more buses, riders ask"]
TITLES += ["What the budget means for you"]
ONE_DAY = {f"{n}.txt": title + BODY for n, title in enumerate(TITLES)}


async def test_no_query_lists_the_newest_first_a_days_titles_a_to_z(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "day", ONE_DAY)
    rebuild(corpus, tmp_path / "index")
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert [hit.title for hit in reader(app).articles.hits] == sorted(TITLES)
        assert "sort: newest, A-Z" in status(app)
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
