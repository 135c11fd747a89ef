"""nu59 #2: an article opened from the notebook (`b`, enter) was replaced by the list's first
article on `u` with no file changed. The update keeps what the pane shows while the article
is still in the index: listed, its row is lit; not listed, the list is `away`."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import Library
from index.notebook import ArticleRecord, Notebook
from tests.tui.conftest import reader, search, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.notebook import NotebookScreen


def pin_last(corpus: Path, index_dir: Path, query: str) -> tuple[str, str]:
    """Pin the article listed last with no query; (its id, the id listed first for ``query``)."""
    with Library.open(corpus, index_dir) as library:
        hits = library.search("", limit=10).hits
        first = library.search(query, limit=10).hits[0].id if query else hits[0].id
    last = hits[-1]
    with Notebook.open(index_dir) as notebook:
        notebook.pin(ArticleRecord(last.id, last.title))
    return last.id, first


@pytest.mark.parametrize("query", ["", "drought"])
async def test_u_keeps_the_article_opened_from_the_notebook(
    built: tuple[Path, Path], query: str
) -> None:
    target, first = pin_last(*built, query)
    assert target != first
    app = BroadsheetApp(*built)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = reader(app)
        await settle(pilot)
        if query:
            await search(pilot, query)  # the pinned article is not listed
            await pilot.press("enter")  # to the list
            await settle(pilot)
        await wait_until(pilot, lambda: screen.pane.article is not None)
        assert screen.pane.article is not None and screen.pane.article.id == first
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, NotebookScreen)
        await pilot.press("enter")
        await settle(pilot)
        await wait_until(pilot, lambda: screen.pane.article is not None)
        assert screen.pane.article is not None and screen.pane.article.id == target
        await pilot.press("u")  # no file changed
        await settle(pilot)
        await wait_until(pilot, lambda: not screen.busy)
        await settle(pilot)
        assert screen.pane.article is not None and screen.pane.article.id == target
        listed = [hit.id for hit in screen.articles.hits]
        if target in listed:  # its row lit, not the first
            assert not screen.articles.away and screen.articles.current is not None
            assert screen.articles.current.id == target
        else:
            assert screen.articles.away
        assert (target in listed) == (not query)
