"""The reader's way back (nu38 #4): an article opened from another screen is read in the
reader, and esc there opens that screen again, as it was (its cursor on the row read); esc
on it goes back one more step, down to the reader, as a browser's back does.

Each path that opens an article from another screen is walked: a story (from `S`, and from
a search within the stories), its quotes panel, the reader's own quotes panel, the related
articles (`r`), the notebook and a followed story opened from it; comparing opens no
article, and its esc goes back to the story it came from.

A step goes back once (nu45 #9): esc on the screens opened again closes them one at a time,
the way the user came (fx106: the second esc skipped the story under the quotes panel), then
the reader's list has the focus, and the older steps are forgotten."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.screen import Screen
from textual.widgets import OptionList

from tests.quote_rows import ROWS
from tests.tui.conftest import reader, search, settle, wait_until
from tests.tui.test_quotes_panel import app_of
from tests.tui.test_stories_reader import news as news  # the stories corpus's reader
from tests.tui.test_stories_reader import show_stories
from tui.app import BroadsheetApp
from tui.dialogs.related import RelatedDialog
from tui.screens.compare import CompareScreen
from tui.screens.notebook import NotebookScreen
from tui.screens.quotes import QuotesScreen
from tui.screens.reader import ReaderScreen
from tui.screens.story import StoryScreen


@pytest.fixture
def quoted_app(tmp_path: Path) -> BroadsheetApp:
    return app_of(tmp_path, ROWS)


def kinds(app: BroadsheetApp) -> list[type[Screen[Any]]]:
    """The screens open, the reader's first."""
    return [type(screen) for screen in app.screen_stack]


def read(app: BroadsheetApp) -> str | None:
    article = reader(app).pane.article
    return article.id if article else None


def cursor(app: BroadsheetApp) -> int | None:
    return app.screen.query_one(OptionList).highlighted


def notebook_row(app: BroadsheetApp, *, story: bool) -> int:
    """The notebook's first row of a followed story (or else of an article)."""
    screen = app.screen
    assert isinstance(screen, NotebookScreen)
    for n, option in enumerate(screen.query_one(OptionList).options):
        row = screen.listed[int(option.id)] if option.id is not None else None
        if row is not None and (row.story if story else row.entry) is not None:
            return n
    raise AssertionError(f"no row of a {'story' if story else 'article'}")


async def keys(pilot: Any, *pressed: str) -> None:
    """Press ``pressed``, then wait for what they started."""
    await pilot.press(*pressed)
    await settle(pilot)


async def esc(pilot: Any) -> None:
    await keys(pilot, "escape")


async def test_story_then_its_quotes_then_an_article_back_step_by_step(
    quoted_app: BroadsheetApp,
) -> None:
    """nu38 #4's path: `S`, enter a story, `q`, enter on a row; esc, esc, esc."""
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        await keys(pilot, "enter", "q")
        assert kinds(quoted_app) == [ReaderScreen, StoryScreen, QuotesScreen]
        await pilot.press("down", "down")
        row = cursor(quoted_app)
        target = quoted_app.screen.targets["q0-2"]  # type: ignore[attr-defined]
        await keys(pilot, "enter")
        assert kinds(quoted_app) == [ReaderScreen] and read(quoted_app) == target.article
        await esc(pilot)  # the quotes panel, over the story, the cursor on the row read
        assert kinds(quoted_app) == [ReaderScreen, StoryScreen, QuotesScreen]
        assert cursor(quoted_app) == row
        await esc(pilot)  # one screen per esc, the way the user came: the story (rv48)
        assert kinds(quoted_app) == [ReaderScreen, StoryScreen]
        await esc(pilot)  # then the reader's list (the way back went back once: nu45 #9)
        assert kinds(quoted_app) == [ReaderScreen]
        assert quoted_app.focused is reader(quoted_app).story_list
        await esc(pilot)  # no step left: the reader stays
        assert kinds(quoted_app) == [ReaderScreen]


async def test_esc_after_a_jump_goes_back_once_then_to_the_list(
    quoted_app: BroadsheetApp,
) -> None:
    """nu45 #9: a story's article read, then the story's quotes and a jump: esc walked back
    through every panel (quotes, story, the article, the story...). Esc is the panel the
    jump started from, once; the next go back through the story to the list, and no older
    step comes back."""
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        await keys(pilot, "enter", "down", "enter")  # a story's article read: a step
        assert kinds(quoted_app) == [ReaderScreen]
        await esc(pilot)
        assert kinds(quoted_app) == [ReaderScreen, StoryScreen]
        await keys(pilot, "q", "enter")  # its quotes, the first read at the quote
        assert kinds(quoted_app) == [ReaderScreen]
        jumped = read(quoted_app)
        await esc(pilot)
        assert kinds(quoted_app) == [ReaderScreen, StoryScreen, QuotesScreen]
        await keys(pilot, "enter")  # from the panel again: read, and back to it again
        assert kinds(quoted_app) == [ReaderScreen] and read(quoted_app) == jumped
        await esc(pilot)
        assert kinds(quoted_app) == [ReaderScreen, StoryScreen, QuotesScreen]
        await esc(pilot)
        assert kinds(quoted_app) == [ReaderScreen, StoryScreen]
        await esc(pilot)
        assert kinds(quoted_app) == [ReaderScreen]
        assert quoted_app.focused is reader(quoted_app).story_list
        for _ in range(3):
            await esc(pilot)
            assert kinds(quoted_app) == [ReaderScreen]


async def test_a_story_article_read_then_back_to_the_story_at_that_article(
    news: BroadsheetApp,
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        await search(pilot, "boulder")  # a search within the stories
        await keys(pilot, "enter")  # the search bar to the list
        await keys(pilot, "enter")
        assert isinstance(news.screen, StoryScreen)
        await pilot.press("down")
        chosen = news.screen.current
        await keys(pilot, "enter")
        assert kinds(news) == [ReaderScreen] and read(news) == chosen
        await esc(pilot)
        assert isinstance(news.screen, StoryScreen) and news.screen.current == chosen
        await keys(pilot, "c")  # compare opens no article: esc is back to the story
        assert kinds(news) == [ReaderScreen, StoryScreen, CompareScreen]
        await esc(pilot)
        assert kinds(news) == [ReaderScreen, StoryScreen]
        await esc(pilot)
        assert kinds(news) == [ReaderScreen]


async def test_related_then_back_to_the_list_over_the_article_it_came_from(
    news: BroadsheetApp,
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await keys(pilot, "enter")  # the first article, read
        first = read(news)
        await keys(pilot, "r")
        assert isinstance(news.screen, RelatedDialog)
        picked = news.screen.related[0].id
        await keys(pilot, "enter")
        assert kinds(news) == [ReaderScreen] and read(news) == picked != first
        await esc(pilot)
        assert isinstance(news.screen, RelatedDialog) and cursor(news) == 0
        assert read(news) == first  # under it, the article it lists the related of
        await esc(pilot)
        assert kinds(news) == [ReaderScreen] and read(news) == first


async def test_the_reader_quotes_panel_comes_back(quoted_app: BroadsheetApp) -> None:
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await keys(pilot, "q")
        await keys(pilot, "down", "enter")
        assert kinds(quoted_app) == [ReaderScreen]
        await esc(pilot)
        assert kinds(quoted_app) == [ReaderScreen, QuotesScreen] and cursor(quoted_app) == 2
        await esc(pilot)
        assert kinds(quoted_app) == [ReaderScreen]


async def test_the_notebook_and_a_followed_story_opened_from_it(
    news: BroadsheetApp,
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await keys(pilot, "enter", "p")  # the first article read, and pinned
        await keys(pilot, "S")
        await keys(pilot, "enter", "f")  # a story, followed
        await esc(pilot)
        await keys(pilot, "b")
        assert isinstance(news.screen, NotebookScreen)
        story_row = notebook_row(news, story=True)
        news.screen.query_one(OptionList).highlighted = story_row
        await keys(pilot, "enter")  # the followed story opens over the notebook
        assert kinds(news) == [ReaderScreen, NotebookScreen, StoryScreen]
        await esc(pilot)  # back to the notebook (it was gone: the reader)
        assert kinds(news) == [ReaderScreen, NotebookScreen]
        news.screen.query_one(OptionList).highlighted = story_row
        await keys(pilot, "enter")
        chosen = news.screen.current  # type: ignore[attr-defined]
        await keys(pilot, "enter")
        assert kinds(news) == [ReaderScreen] and read(news) == chosen
        await esc(pilot)
        assert kinds(news) == [ReaderScreen, NotebookScreen, StoryScreen]
        await esc(pilot)
        await esc(pilot)
        assert kinds(news) == [ReaderScreen]
        await keys(pilot, "b")  # an article read from the notebook: back to it
        news.screen.query_one(OptionList).highlighted = notebook_row(news, story=False)
        await keys(pilot, "enter")
        assert kinds(news) == [ReaderScreen]
        await esc(pilot)
        assert kinds(news) == [ReaderScreen, NotebookScreen]


async def test_e_on_the_notebook_exports_the_followed_stories_to_a_memo(
    news: BroadsheetApp, tmp_path: Path
) -> None:
    """nu38 #5: the notebook listing only followed stories said "Nothing listed to export";
    its memo now lists them (title, articles, who was first), as `export` does."""
    target = tmp_path / "followed.md"
    async with news.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        await keys(pilot, "enter", "f")  # the first story, followed
        story = news.screen.story_id  # type: ignore[attr-defined]
        await esc(pilot)
        await keys(pilot, "b", "e")
        await pilot.press("ctrl+u", *str(target), "enter")
        await settle(pilot)
        await wait_until(pilot, target.exists)
    memo = target.read_text(encoding="utf-8")
    assert "0 articles, 1 followed story" in memo and f"story {story}" in memo
    assert "2 articles · first: " in memo


async def test_a_story_unfollowed_over_the_notebook_leaves_its_list(news: BroadsheetApp) -> None:
    """The story opened from the notebook is over it: `f` there unfollows it, and esc is back
    to a notebook that no longer lists it."""
    async with news.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        await keys(pilot, "enter", "f")
        await esc(pilot)
        await keys(pilot, "b")
        news.screen.query_one(OptionList).highlighted = notebook_row(news, story=True)
        await keys(pilot, "enter", "f")  # unfollowed, on its screen
        await esc(pilot)
        assert kinds(news) == [ReaderScreen, NotebookScreen]
        assert not any(row.story for row in news.screen.listed)  # type: ignore[attr-defined]
