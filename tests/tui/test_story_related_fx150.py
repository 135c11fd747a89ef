"""The story screen had no `r` (nu60 pressed it for the article under the cursor, as in the
reader, and nothing happened; fx148 left it): `r` there opens the reader's related dialog
for the row under the cursor, the one picked is read in the reader, and the footer shows it.
The oracle: `Library.related` of that article, as the reader's `r` lists it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList
from textual.widgets._footer import FooterKey

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_following_reader import open_boulder
from tui.app import BroadsheetApp
from tui.dialogs.related import RelatedDialog
from tui.screens.story import StoryScreen
from tui.screens.story_related import RELATED_LIMIT
from tui.widgets.key_footer import KeyFooter
from tui.widgets.reading_pane import ReadingPane


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


@pytest.mark.parametrize("down", [0, 1, 2])
async def test_r_on_the_story_screen_lists_the_rows_related_and_reads_one(
    news: BroadsheetApp, down: int
) -> None:
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        screen = await open_boulder(news, pilot)
        articles = screen.query_one("#story-articles", OptionList)
        await wait_until(pilot, lambda: articles.option_count > 0)
        await settle(pilot)
        for _ in range(down):
            await pilot.press("j")
        await settle(pilot)
        row = screen.current
        assert row is not None
        footer = screen.query_one(KeyFooter)
        assert "r" in {k.key for k in footer.query(FooterKey) if k.display}
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(news.screen, RelatedDialog))
        dialog = news.screen
        assert isinstance(dialog, RelatedDialog)
        library = reader(news).library
        assert library is not None
        expected = library.related(row, RELATED_LIMIT)
        assert dialog.article.id == row
        assert [r.id for r in dialog.related] == [r.id for r in expected]
        assert expected  # the Boulder story's articles have related ones
        await settle(pilot)
        picked = dialog.query_one("#related-options", OptionList).highlighted_option
        assert picked is not None and picked.id is not None
        await pilot.press("enter")
        await wait_until(pilot, lambda: news.screen is reader(news))
        pane = reader(news).query_one(ReadingPane)
        await wait_until(pilot, lambda: pane.article is not None and pane.article.id == picked.id)
        # esc: back to the dialog over the story, as from the reader's own `r`
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(news.screen, RelatedDialog))
        assert isinstance(news.screen_stack[-2], StoryScreen)
