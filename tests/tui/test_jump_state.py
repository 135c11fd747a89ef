"""After a jump into the reader (a story's article or quote, a related article, the
notebook), the article shown is the one the reader's keys act on: `y`, `C` and `r` work
at once, though the article list's cursor is on another article (or stories show)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from index.library import DERIVED
from index.notebook import ArticleRecord, Notebook
from index.store.build import rebuild
from tests.quote_rows import ROWS, write_rows
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.dialogs.related import RelatedDialog
from tui.screens.notebook import NotebookScreen
from tui.screens.quotes import QuotesScreen
from tui.screens.story import StoryScreen


@pytest.fixture
def quoted_app(tmp_path: Path) -> BroadsheetApp:
    corpus = write_rows(tmp_path / "quoted", ROWS)
    rebuild(corpus, tmp_path / "index", derived=DERIVED)
    with Notebook.open(tmp_path / "index") as notebook:
        notebook.pin(ArticleRecord("a1", "Story a1", "Harbour Times"))
    return BroadsheetApp(corpus, tmp_path / "index", config_dir=tmp_path / "config")


def toasts(app: BroadsheetApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def jump(pilot: Pilot[Any], app: BroadsheetApp, via: str) -> None:
    await settle(pilot)
    if via in ("quote", "story-article"):
        await pilot.press("S", "enter")
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)
        if via == "quote":
            await pilot.press("q")
            await settle(pilot)
            assert isinstance(app.screen, QuotesScreen)
        await pilot.press("down", "enter")
    elif via == "related":
        await pilot.press("enter", "r")
        await settle(pilot)
        assert isinstance(app.screen, RelatedDialog)
        await pilot.press("enter")
    else:  # the notebook's pinned article, the list's cursor on another before
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, NotebookScreen)
        await pilot.press("enter")
    await settle(pilot)


@pytest.mark.parametrize("via", ["quote", "story-article", "related", "notebook"])
async def test_keys_act_on_the_article_a_jump_opened(quoted_app: BroadsheetApp, via: str) -> None:
    async with quoted_app.run_test(size=(120, 40)) as pilot:
        first = None
        if via == "related":
            await settle(pilot)
            current = reader(quoted_app).articles.current
            first = current.id if current else None
        await jump(pilot, quoted_app, via)
        screen = reader(quoted_app)
        assert quoted_app.screen is screen
        await wait_until(pilot, lambda: screen.pane.article is not None)
        article = screen.pane.article
        assert article is not None
        if via == "notebook":
            listed = screen.articles  # its row lit now, or none (nu59 #2: `u` replaced it)
            assert article.id == "a1" and (listed.away or (listed.current or article).id == "a1")
        if via == "related":
            assert article.id != first
        await pilot.press("y")
        await settle(pilot)
        said = toasts(quoted_app)
        assert "No article is open yet" not in said
        assert f"Copied the id: {article.id}" in said
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(quoted_app.screen, RelatedDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert quoted_app.screen is screen
        await pilot.press("question_mark")
        await settle(pilot)
        assert quoted_app.screen is not screen  # the help: keys are taken again
