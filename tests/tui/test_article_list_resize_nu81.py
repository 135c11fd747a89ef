"""After a resize the article list's cursor row is whole in view (nu78 found the story list's
left below the bottom after `G` then a smaller terminal; the article list was not checked).
Oracle: the cursor's row, lines ``cursor * row_height`` to the row's end, lies within the
lines the list shows (``scroll_y`` to ``scroll_y + height``), and the top row is whole."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.tui.test_article_list_width import ListApp, hits
from tui.widgets.article_list import ArticleList


def cursor_in_view(articles: ArticleList) -> bool:
    top = articles.cursor * articles.row_height
    shown = int(articles.scroll_y), int(articles.scroll_y) + articles.size.height
    whole_top = int(articles.scroll_y) % articles.row_height == 0
    return shown[0] <= top and top + articles.row_height <= shown[1] and whole_top


@pytest.mark.parametrize("snippets", [False, True])
async def test_g_then_a_smaller_terminal_keeps_the_cursor_in_view(snippets: bool) -> None:
    app = ListApp()
    async with app.run_test(size=(120, 40)) as pilot:
        articles = app.query_one(ArticleList)
        articles.show(hits(500), with_snippets=snippets)
        articles.focus()
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
        assert articles.cursor == 499 and cursor_in_view(articles)
        for size in ((100, 30), (80, 24), (60, 11), (120, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert cursor_in_view(articles), (size, articles.scroll_y, articles.size)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    count=st.integers(20, 400),
    up=st.integers(0, 40),
    sizes=st.lists(st.tuples(st.integers(30, 160), st.integers(7, 50)), min_size=1, max_size=3),
)
@example(count=20, up=0, sizes=[(30, 27), (30, 28)])  # CI: a taller list's top row cut
async def test_a_resized_list_shows_its_cursor(
    count: int, up: int, sizes: list[tuple[int, int]]
) -> None:
    app = ListApp()
    async with app.run_test(size=(120, 40)) as pilot:
        articles = app.query_one(ArticleList)
        articles.show(hits(count), with_snippets=True)
        articles.focus()
        await pilot.pause()
        await pilot.press("G", *["k"] * up)
        await pilot.pause()
        for size in sizes:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert cursor_in_view(articles), (size, articles.scroll_y, articles.size)
