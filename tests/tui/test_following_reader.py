"""Pilot tests of following a story: `f` on its screen, ★ and new counts in the story list,
● on the articles that joined since it was opened, and the news after an update."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.console import Group
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from index.notebook import Notebook
from tests.cli.test_following_cli import JOINER
from tests.story_corpus import BOULDER, CORPUS, write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_feed_refresh import toasts
from tui.app import BroadsheetApp
from tui.followed_lines import short_title
from tui.screens.notebook import NotebookScreen
from tui.screens.story import StoryScreen
from tui.widgets.story_list import StoryList


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def story_list(app: BroadsheetApp) -> StoryList:
    return reader(app).query_one(StoryList)


# an update titles a story it changed as a rebuild does (tb23): with JOINER the Boulder
# story takes JOINER's headline, its most central
BOULDER_TITLES = (BOULDER[0].title, JOINER.title)


def boulder_row(app: BroadsheetApp) -> str:
    stories = story_list(app)
    index = next(n for n, s in enumerate(stories.stories) if s.title in BOULDER_TITLES)
    return str(stories.get_option_at_index(index).prompt)


async def enter_boulder(app: BroadsheetApp, pilot: Pilot[Any]) -> StoryScreen:
    """Open the Boulder story from the story list; its follow state may be unread yet."""
    stories = story_list(app)
    stories.highlighted = next(
        n for n, s in enumerate(stories.stories) if s.title in BOULDER_TITLES
    )
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(app.screen, StoryScreen))
    screen = app.screen
    assert isinstance(screen, StoryScreen)
    return screen


async def open_boulder(app: BroadsheetApp, pilot: Pilot[Any]) -> StoryScreen:
    screen = await enter_boulder(app, pilot)
    await wait_until(pilot, lambda: screen.following is not None)
    return screen


async def follow_boulder(app: BroadsheetApp, pilot: Pilot[Any]) -> str:
    """From the reader: list the stories, follow the Boulder story with f, come back."""
    await settle(pilot)
    await pilot.press("S")
    await settle(pilot)
    screen = await open_boulder(app, pilot)
    await pilot.press("f")
    await wait_until(pilot, lambda: screen.following is True)
    await pilot.press("escape")
    await settle(pilot)
    return screen.story_id


def head(screen: StoryScreen) -> str:
    return str(screen.query_one("#story-head", Static).render())


async def test_f_follows_the_story_and_the_list_stars_it(
    news: BroadsheetApp, tmp_path: Path
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert "★" not in boulder_row(news)
        screen = await open_boulder(news, pilot)
        assert "f follows this story" in head(screen)
        await pilot.press("f")
        await wait_until(pilot, lambda: screen.following is True)
        await wait_until(pilot, lambda: "★ following" in head(screen))
        with Notebook.open(tmp_path / "index") as notebook:
            [followed] = notebook.stories.all()
        assert followed.story == screen.story_id and followed.title == BOULDER[0].title
        await pilot.press("escape")
        await wait_until(pilot, lambda: boulder_row(news).startswith("★ Gunman"))


async def test_an_update_counts_new_articles_until_the_story_is_opened(
    news: BroadsheetApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = toasts(news, monkeypatch)
    async with news.run_test(size=(120, 40)) as pilot:
        story_id = await follow_boulder(news, pilot)

        write_corpus(tmp_path / "news" / "news.jsonl", (*CORPUS, JOINER))
        await pilot.press("u")
        line = f"1 new in {short_title(JOINER.title)!r}"  # the story's title now (nu29 #7),
        line += f" (was {BOULDER[0].title!r})"  # and the one it was followed by (nu39 #5)
        await wait_until(pilot, lambda: any(message == line for _, message in shown))
        await wait_until(pilot, lambda: boulder_row(news).startswith("★ 1 new · Boulder"))

        screen = await open_boulder(news, pilot)
        assert screen.story_id == story_id  # the update kept the story's id
        assert screen.new_articles == {JOINER.id}
        await wait_until(pilot, lambda: "1 new since you last opened it" in head(screen))
        rows = screen.query_one(OptionList)
        marked = [
            str(rows.get_option_at_index(n).prompt)
            for n in range(rows.option_count)
            if str(rows.get_option_at_index(n).prompt).startswith("●")
        ]
        assert len(marked) == 1 and JOINER.title[:20] in marked[0]
        await pilot.press("escape")
        # opened: no longer new, still followed
        await wait_until(pilot, lambda: boulder_row(news).startswith("★ Boulder"))


def plain(prompt: object) -> str:
    """An option's text: a notebook row with a head line that must not wrap is a Group."""
    if isinstance(prompt, Group):
        return "\n".join(str(line) for line in prompt.renderables)
    return str(prompt)


async def test_the_notebook_lists_followed_stories_and_opens_them(
    news: BroadsheetApp, tmp_path: Path
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        story_id = await follow_boulder(news, pilot)
        await pilot.press("b")
        await wait_until(pilot, lambda: isinstance(news.screen, NotebookScreen))
        notebook = news.screen
        assert isinstance(notebook, NotebookScreen)
        await wait_until(pilot, lambda: any(row.story is not None for row in notebook.rows))
        rows = notebook.query_one(OptionList)
        prompts = [plain(rows.get_option_at_index(n).prompt) for n in range(rows.option_count)]
        assert "Followed stories (1)" in prompts
        assert any(p.startswith("★ " + BOULDER[0].title) and "0 new" in p for p in prompts)
        rows.highlighted = next(n for n, p in enumerate(prompts) if p.startswith("★ "))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(news.screen, StoryScreen))
        assert news.screen.story_id == story_id


async def test_a_followed_story_whose_articles_were_deleted_is_listed_as_gone(
    news: BroadsheetApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = toasts(news, monkeypatch)
    async with news.run_test(size=(120, 40)) as pilot:
        await follow_boulder(news, pilot)
        write_corpus(tmp_path / "news" / "news.jsonl", [a for a in CORPUS if a not in BOULDER])
        await pilot.press("u")
        await wait_until(pilot, lambda: any("is gone from the index" in m for _, m in shown))
        await settle(pilot)
        await pilot.press("b")
        await wait_until(pilot, lambda: isinstance(news.screen, NotebookScreen))
        notebook = news.screen
        assert isinstance(notebook, NotebookScreen)
        await wait_until(pilot, lambda: any(row.story is not None for row in notebook.rows))
        [row] = [row for row in notebook.rows if row.story is not None]
        assert row.story is not None and row.story.gone
        assert "gone from the index" in str(row.label)


async def test_the_head_keeps_to_three_lines_at_80_columns(
    news: BroadsheetApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """nu19 #6: at 80x24 the head took 5 lines (the first-and-then line wrapped, the follow
    line had its own): title; size, span and follow state; who was first, each cut with …"""
    toasts(news, monkeypatch)
    async with news.run_test(size=(80, 24)) as pilot:
        story_id = await follow_boulder(news, pilot)
        write_corpus(tmp_path / "news" / "news.jsonl", (*CORPUS, JOINER))
        await pilot.press("u")
        await wait_until(pilot, lambda: f"★ 1 new · {JOINER.title}" in boulder_row(news))
        screen = await open_boulder(news, pilot)
        assert screen.story_id == story_id
        await wait_until(pilot, lambda: "1 new since" in head(screen))
        region = screen.query_one("#story-head", Static).region
        assert region.height <= 3
        rows = head(screen).splitlines()
        # the title now, and the one it was followed by (nu39 #5), cut on screen
        assert len(rows) == 3 and rows[0] == f"{JOINER.title}  (followed as {BOULDER[0].title!r})"
        assert " outlets · " in rows[1] and "★ following" in rows[1]
        assert rows[2].startswith("First: ")
