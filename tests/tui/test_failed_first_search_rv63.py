"""rv63 (review of fx148): the article list says nothing while the first search runs, and
"No articles." once one has listed none. A first search that fails (a restored query the
parser refuses) lists none too: the list must say so, not stay blank for good.

The oracle: the list's own text after the failure is answered (the note says why)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import Library
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.reader_state import ReaderState, save_state, state_path
from tui.widgets.article_list import NONE_LISTED, ArticleList


@pytest.mark.parametrize("how", ["none match", "search fails"])
async def test_a_first_search_that_lists_none_says_no_articles(
    stories_built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    corpus, index_dir = stories_built
    query = "zzqxv" if how == "none match" else ""
    if how == "search fails":  # a bug in the search (the worker raises): said as refused

        def broken(*args: object, **kwargs: object) -> None:
            raise RuntimeError("kaput")

        monkeypatch.setattr(Library, "search", broken)
    saved = {"version": 1, "query": query, "sort": "relevance", "list": "articles"}
    save_state(state_path(index_dir), ReaderState.from_json(saved))
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: reader(app).library is not None)
        screen = reader(app)
        await wait_until(pilot, lambda: screen._settled_key == screen._key)
        await settle(pilot)
        articles = screen.query_one(ArticleList)
        assert not articles.hits
        assert articles.empty_text == NONE_LISTED
        assert NONE_LISTED in "\n".join(
            strip.text for strip in app.screen._compositor.render_strips()
        )
