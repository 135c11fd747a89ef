"""The story screen's preview marks the wording an article shares with its story (Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Static

from index.analysis.story_wording import shared_wording
from tests.story_corpus import ATLANTA, COPIES, write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.story import StoryScreen
from tui.screens.story_wording import MANY_HOLDERS, ONE_HOLDER, preview
from tui.widgets.story_list import StoryList


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def marked(text: Text, style: str) -> list[str]:
    return [text.plain[s.start : s.end] for s in text.spans if str(s.style) == style]


async def open_story(app: BroadsheetApp, pilot: object, title: str) -> StoryScreen:
    stories = reader(app).query_one(StoryList)
    stories.highlighted = [s.title for s in stories.stories].index(title)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    assert isinstance(app.screen, StoryScreen)
    return app.screen


async def test_the_preview_marks_what_the_reprint_shares_and_follows_the_cursor(
    news: BroadsheetApp,
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        title = next(
            s.title
            for s in reader(news).query_one(StoryList).stories
            if s.size == 2 and set(s.article_ids) == {a.id for a in COPIES}
        )
        screen = await open_story(news, pilot, title)
        await wait_until(pilot, lambda: screen.wording is not None)
        first = screen.current
        assert first in {a.id for a in COPIES} and screen.wording.article_id == first  # type: ignore[union-attr]
        shown = str(screen.query_one("#story-wording", Static).render())
        assert "Shared wording:" in shown and "Portsmouth" in shown
        assert screen.wording.spans  # type: ignore[union-attr]
        await pilot.press("j")  # past the second outlet's heading
        await wait_until(pilot, lambda: screen.wording.article_id != first)  # type: ignore[union-attr]
        assert screen.wording.article_id == screen.current  # type: ignore[union-attr]
        assert screen.wording.spans  # type: ignore[union-attr]


async def test_a_story_without_copied_wording_says_so(news: BroadsheetApp) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        screen = await open_story(news, pilot, ATLANTA[0].title)
        await wait_until(pilot, lambda: screen.wording is not None)
        assert screen.wording.spans == ()  # type: ignore[union-attr]
        shown = str(screen.query_one("#story-wording", Static).render())
        assert "No wording shared word for word" in shown


def test_preview_styles_each_stretch_by_how_many_hold_it_and_escapes_text() -> None:
    wire = "the port authority and the union agreed a pay deal on Tuesday"
    body = f"\x1b[31mRed\x1b[0m intro. {wire}. Then more words here."
    others = [f"{wire}.", "Earlier: the port authority and the union agreed a pay deal x."]
    text = preview("A [b]title[/b]", shared_wording("a", body, others))
    assert text.plain.startswith("A [b]title[/b]\n")  # not read as markup
    assert "\x1b" not in text.plain and "\\x1b[31mRed" in text.plain
    assert marked(text, MANY_HOLDERS)[-1] == "the port authority and the union agreed a pay deal"
    assert marked(text, ONE_HOLDER)[-1] == "on Tuesday"
    assert "Shared wording: 12 of 19 words" in text.plain
