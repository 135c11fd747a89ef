"""An article opened from a story stays in the pane while a new query is typed over the
story list, as one opened from the article list does (the oracle): the first key of the
query listed the old stories again, so the pane previewed the cursor's story's first
article, which the new query's empty list then cleared ("No story matches")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from index.models import Article
from tests.story_corpus import ATLANTA, write_corpus
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.story import StoryScreen
from tui.widgets.reading_pane import ReadingPane


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


async def open_second(pilot: Pilot[Any], app: BroadsheetApp, stories: bool) -> Article | None:
    """Open the second Atlanta article: from the story's screen over the story list, or
    from the article list; the article the pane shows then."""
    await pilot.press(*["S"] * stories)
    await settle(pilot)
    await search(pilot, "atlanta")
    await pilot.press("enter")  # to the list
    await settle(pilot)
    if stories:  # the story's screen: its second article is read in the reader
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, StoryScreen))
        await settle(pilot)
    await pilot.press("j", "enter")
    await settle(pilot)
    return reader(app).query_one(ReadingPane).article


@pytest.mark.parametrize("stories", [True, False], ids=["stories", "articles"])
async def test_an_opened_article_stays_through_a_query_that_lists_none(
    news: BroadsheetApp, stories: bool
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        opened = await open_second(pilot, news, stories)
        assert opened is not None and opened.id in {a.id for a in ATLANTA}
        assert reader(news).pane_opened
        pane = reader(news).query_one(ReadingPane)
        shown: list[str | None] = []
        show = pane.show

        def recorded(article: Article | None, *args: Any, **kwargs: Any) -> None:
            shown.append(article.id if article is not None else None)
            show(article, *args, **kwargs)

        pane.show = recorded  # type: ignore[method-assign]
        await search(pilot, "qwxzv")
        await pilot.press("enter")
        await settle(pilot)
        assert shown == []  # no key of the query put another article there meanwhile
        assert pane.article is not None and pane.article.id == opened.id
