"""The article list cuts a long title with "…" where the list ends, scrollbar or not."""

from __future__ import annotations

from datetime import datetime

from textual.app import App, ComposeResult

from index.models import Hit
from tui.widgets.article_list import ArticleList

LONG = "Clean energy program likely to be dropped because of Manchin's objections"


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleList(id="articles")


def hits(count: int) -> list[Hit]:
    return [
        Hit(f"a{n:03}", f"{LONG} {n}", False, "NBC News", datetime(2021, 10, 18), 0.0)
        for n in range(count)
    ]


async def test_a_long_title_ends_in_an_ellipsis_beside_the_scrollbar() -> None:
    """With more rows than fit, the scrollbar took the title's last two columns: the title
    was cut ("... dropped becaus") with no "…", as if the list were two columns wider."""
    app = ListApp()
    async with app.run_test(size=(50, 12)) as pilot:
        articles = app.query_one(ArticleList)
        articles.show(hits(40), with_snippets=False)
        await pilot.pause()
        width = articles.scrollable_content_region.width
        assert width < articles.size.width  # the scrollbar is there
        line = articles.line_at(0)
        assert line is not None
        assert line.cell_len <= width and line.plain.endswith("…")


async def test_without_a_scrollbar_the_title_fills_the_width() -> None:
    app = ListApp()
    async with app.run_test(size=(50, 12)) as pilot:
        articles = app.query_one(ArticleList)
        articles.show(hits(2), with_snippets=False)
        await pilot.pause()
        assert articles.scrollable_content_region.width == articles.size.width
        line = articles.line_at(0)
        assert line is not None
        assert line.cell_len == articles.size.width and line.plain.endswith("…")
