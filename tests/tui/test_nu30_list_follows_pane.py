"""nu30 #4: the article list and the reading pane agree on the article being read.

An article opened from the quotes panel left the list's cursor on another row (`m` then
marked that one); after `u` removed the article being read, a row was lit that the pane
did not show, and the first ↑ at the top did nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.style import Style

from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.screens.quotes import QuotesScreen
from tui.widgets.article_list import ArticleList


def lit_rows(articles: ArticleList) -> set[int]:
    """The rows drawn in the cursor's style."""
    cursor = articles.get_component_rich_style("article-list--cursor")
    lines = range(len(articles.hits) * articles.row_height)
    styled = {n // articles.row_height for n in lines if articles.line_style(n) == cursor}
    assert all(articles.line_style(n) in (cursor, Style()) for n in lines)
    return styled


async def test_a_quote_opened_from_the_panel_moves_the_cursor_onto_its_article(
    app: BroadsheetApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        articles = screen.articles
        assert articles.cursor == 0
        await pilot.press("q")
        await settle(pilot)
        panel = app.screen
        assert isinstance(panel, QuotesScreen)
        quoted = {target.article for target in panel.targets.values()}
        assert quoted and articles.hits[0].id not in quoted  # the jump must move the cursor
        await pilot.press("enter")
        await settle(pilot)
        shown = screen.pane.article
        assert shown is not None and shown.id in quoted
        assert articles.current is not None and articles.current.id == shown.id
        assert lit_rows(articles) == {articles.cursor}
        await pilot.press("shift+tab")  # from the pane to the list
        assert screen.focused is articles
        await pilot.press("m")
        assert articles.marked == [shown.id]
        assert screen.pane.article is not None and screen.pane.article.id == shown.id


@pytest.mark.parametrize(
    ("row", "key"), [(0, "up"), (2, "up"), (2, "down"), (3, "down"), (1, "enter"), (3, "m")]
)
async def test_after_u_removes_the_article_read_the_first_move_shows_a_row(
    app: BroadsheetApp, corpus_dir: Path, row: int, key: str
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        articles = screen.articles
        before = [hit.id for hit in articles.hits]
        await pilot.press(*["down"] * row, "enter")
        await settle(pilot)
        gone = screen.pane.article
        assert gone is not None and gone.id == before[row]
        Path(gone.path).unlink()
        await pilot.press("u")
        await settle(pilot)
        after = [hit.id for hit in articles.hits]
        assert after == [i for i in before if i != gone.id]
        assert screen.pane.article is None  # it says the article is gone
        assert lit_rows(articles) == set()  # and no row is lit that it does not show
        await pilot.press("shift+tab")
        assert screen.focused is articles
        await pilot.press(key)
        await settle(pilot)
        # the neighbours of the gap the article left: up the one before, down the one after;
        # enter and m act on the row lit first, the one after (nu29 #5: enter opens it)
        expected = after[max(0, row - 1)] if key == "up" else after[min(row, len(after) - 1)]
        assert articles.marked == ([expected] if key == "m" else [])
        assert screen.pane.article is not None and screen.pane.article.id == expected
        assert articles.current is not None and articles.current.id == expected
        assert lit_rows(articles) == {articles.cursor}
