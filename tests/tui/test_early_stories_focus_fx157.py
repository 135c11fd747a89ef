"""nu62 #2 (fx157): `S` typed before the saved state came (fx154's wait), the state naming an
article on the articles list: once the state came, the focus went back to the hidden article
list, so the footer still offered `m Mark` on the stories list and `m` marked an article the
user did not see (the next `c` compared it). The keys act on the list shown, and the footer
offers that list's keys.

Oracle: Textual's own table of the keys active on the screen (`Screen.active_bindings`) holds
no binding of the article list while the stories show, and the marks stay empty after `m`;
over hypothesis draws of the saved article and the keys typed after `S`."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.library import Library
from tests.tui.conftest import hold_state, reader, settle, wait_until
from tests.tui.test_restart_story_screen_fx154 import DRAWS, corpus, save  # noqa: F401
from tui.app import BroadsheetApp
from tui.widgets.article_list import ArticleList
from tui.widgets.story_list import StoryList


@DRAWS
@given(row=st.integers(0, 20), keys=st.integers(0, 2))
async def test_s_before_the_state_came_leaves_no_article_key(
    corpus: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    row: int,
    keys: int,
) -> None:
    index_dir = tmp_path / f"index-{row}-{keys}"
    hits = Library.open(corpus, index_dir).search("", limit=None).hits
    article = hits[row % len(hits)].id
    save(index_dir, list="articles", article=article)
    came = hold_state(monkeypatch)  # the state comes once `S` was typed
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: screen.library is not None)
        await pilot.press("S", *["j"] * keys)
        await pilot.pause(0.1)
        assert screen.showing_stories and screen.restoring
        came.set()
        stories = screen.query_one(StoryList)
        await wait_until(pilot, lambda: bool(stories.stories) and not screen.restoring)
        await settle(pilot)
        articles = screen.query_one(ArticleList)
        assert not articles.has_focus
        bound = {b.binding.action for b in screen.active_bindings.values() if b.node is articles}
        assert bound == set()  # no `m Mark` in the footer over the stories
        await pilot.press("m")
        await settle(pilot)
        assert articles.marked == []
        await pilot.press("S")  # the articles again: nothing was marked behind the user's back
        await wait_until(pilot, lambda: not screen.showing_stories)
        await settle(pilot)
        assert articles.marked == [] and "marked" not in str(screen.query_one("#status").render())
