"""The way back starts anew, and esc leaves an update running while it goes back (nu39 #1,
#2). nu39's sequences, on the stories corpus: a story searched, opened, an article read from
it, then a new search: esc reopened the old story, and the next esc showed that story's
article beside the new list ("no matches in this article"). And an update started over an
article read from a story: esc went back, and cancelled the update too."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label

from tests.tui.conftest import reader, search, settle, wait_until
from tests.tui.test_reader_progress import LATE, bars, held_update
from tests.tui.test_reader_restore import toasts
from tests.tui.test_stories_reader import news as news  # the stories corpus's reader
from tests.tui.test_stories_reader import show_stories, stories
from tests.tui.test_way_back import esc, keys, kinds, read
from tui.app import BroadsheetApp
from tui.dialogs.source_picker import SourcePicker
from tui.screens.library_screen import UPDATE_CANCELLED
from tui.screens.reader import ReaderScreen
from tui.screens.story import StoryScreen
from tui.widgets.build_progress import BACK_HINT, CANCEL_HINT


def listed(app: BroadsheetApp) -> set[str]:
    """The articles of the stories the reader lists."""
    return {article for story in stories(app).stories for article in story.article_ids}


def hint(app: BroadsheetApp) -> str:
    return str(bars(app)[0].query_one("#build-hint", Label).render())


async def read_from_a_story(pilot: object, app: BroadsheetApp) -> str | None:
    """enter on the story under the cursor, down, enter: the reader shows that article."""
    await keys(pilot, "enter")
    assert isinstance(app.screen, StoryScreen)
    await keys(pilot, "down")
    chosen = app.screen.current
    await keys(pilot, "enter")
    assert kinds(app) == [ReaderScreen] and read(app) == chosen
    return chosen


async def test_a_new_search_starts_a_new_way_back(news: BroadsheetApp) -> None:
    """nu39 #1: `/boulder`, `S`, a story, an article from it; `/atlanta`; esc stays in the
    reader (no story the search left), and the pane shows an article of a listed story."""
    async with news.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        await search(pilot, "boulder")
        await keys(pilot, "enter")  # the search bar to the list
        boulder = await read_from_a_story(pilot, news)
        assert boulder in listed(news)
        await pilot.press("slash", "ctrl+u", *"atlanta")  # nu39's keys
        await pilot.pause(0.2)  # the search waits for a pause in typing
        await settle(pilot)
        await keys(pilot, "enter")
        assert boulder not in listed(news)  # the new list is another story's
        await esc(pilot)
        assert kinds(news) == [ReaderScreen]  # not the old story again
        await esc(pilot)
        assert kinds(news) == [ReaderScreen]
        assert read(news) in listed(news)  # the pane and the list agree
        assert reader(news).search_text == "atlanta"


async def test_an_article_chosen_from_the_list_starts_a_new_way_back(
    news: BroadsheetApp,
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        await read_from_a_story(pilot, news)
        await keys(pilot, "S")  # the articles list
        await keys(pilot, "enter")  # an article chosen from it
        chosen = read(news)
        await esc(pilot)
        assert kinds(news) == [ReaderScreen] and read(news) == chosen
        await keys(pilot, "S", "enter")  # a story chosen from the list: a new way back too
        await esc(pilot)  # its own esc: to the reader
        await esc(pilot)
        assert kinds(news) == [ReaderScreen]


async def test_without_a_new_search_the_way_back_still_goes_back(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        chosen = await read_from_a_story(pilot, news)
        await keys(pilot, "s")  # another order is the same list: the way back stays
        await esc(pilot)
        assert isinstance(news.screen, StoryScreen) and news.screen.current == chosen


async def test_esc_goes_back_and_the_update_runs_on(
    news: BroadsheetApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """nu39 #2: an article read from a story, `u`, esc: back to the story, the update still
    running (the bar said "esc cancels" and esc cancelled it); once no step is left the bar
    says esc cancels, and the update ends with the new article indexed."""
    gate = held_update(monkeypatch)
    said = toasts(news, monkeypatch)
    async with news.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        await read_from_a_story(pilot, news)
        (tmp_path / "news" / "late.txt").write_text(LATE)
        await pilot.press("u")
        await wait_until(pilot, lambda: bool(bars(news)))
        assert hint(news) == BACK_HINT
        await pilot.press("escape")  # not `esc`: settling would wait for the held update
        await wait_until(pilot, lambda: kinds(news) == [ReaderScreen, StoryScreen])
        assert reader(news).updating and not reader(news).cancel_requested.is_set()
        await pilot.press("escape")  # the story's own esc: the reader, no step left
        await wait_until(pilot, lambda: kinds(news) == [ReaderScreen])
        assert hint(news) == CANCEL_HINT
        gate.set()
        await wait_until(pilot, lambda: any(line.startswith("Index updated") for line in said))
        await settle(pilot)
        assert UPDATE_CANCELLED not in said and bars(news) == []


async def test_with_no_step_back_esc_cancels_the_update(
    news: BroadsheetApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = held_update(monkeypatch)
    said = toasts(news, monkeypatch)
    async with news.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        await read_from_a_story(pilot, news)
        await esc(pilot)  # the story again (the step is taken)
        await esc(pilot)  # the reader
        (tmp_path / "news" / "late.txt").write_text(LATE)
        await pilot.press("u")
        await wait_until(pilot, lambda: bool(bars(news)))
        assert hint(news) == CANCEL_HINT
        await pilot.press("escape")
        await wait_until(pilot, reader(news).cancel_requested.is_set)
        gate.set()
        await wait_until(pilot, lambda: UPDATE_CANCELLED in said)


async def test_another_outlet_starts_a_new_way_back(news: BroadsheetApp) -> None:
    """Another outlet (`f`) lists other articles, as a new search does: the way back starts anew."""
    async with news.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        await read_from_a_story(pilot, news)
        await keys(pilot, "f")
        assert isinstance(news.screen, SourcePicker)
        await keys(pilot, "down", "enter")  # the first outlet after "All outlets"
        assert reader(news).source is not None
        await esc(pilot)
        assert kinds(news) == [ReaderScreen]
