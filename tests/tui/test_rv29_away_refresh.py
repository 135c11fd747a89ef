"""rv29 #1: an article read from the quotes panel and not listed (the list is `away`) stays
in the pane through a refresh of the list (`u`, `s`): no row's preview replaces it, and no
row is lit until the user moves. rv29 minor: a sort that drops the article under the
cursor puts the cursor on the top row, not on whatever row took its old index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.conftest import write_corpus
from tests.tui.conftest import STORIES, reader, search, settle
from tests.tui.test_nu30_list_follows_pane import lit_rows
from tui.app import BroadsheetApp
from tui.screens.quotes import QuoteTarget
from tui.screens.reader import ReaderScreen

QUOTED = "Envoys agree on ceasefire monitors"


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """The reader's stories and two more dated ones: the newest two and the oldest two
    are different articles."""
    dated = {
        f"{name}.md": f"---\ntitle: {title}\ndate: {date}\n---\n{body}\n"
        for name, title, date, body in [
            ("bridge", "Bridge reopens", "2024-01-08", "The old bridge reopened to traffic."),
            ("museum", "Museum extends hours", "2024-11-20", "The museum opens late on Fridays."),
        ]
    }
    return write_corpus(tmp_path / "corpus", STORIES | dated)


async def read_unlisted_quote(pilot: Pilot[Any], screen: ReaderScreen) -> str:
    """Search "drought" (the ceasefire article is not listed), then read its quote as the
    quotes panel does when a row is chosen; the id of the article read."""
    await settle(pilot)
    await search(pilot, "drought")
    library = screen.library
    assert library is not None
    hits = library.search("", limit=10).hits
    target = next(hit.id for hit in hits if hit.title == QUOTED)
    body = library.article(target).body
    start = body.index('"We are close')
    screen.quote_jump.go(QuoteTarget(target, start, start + len('"We are close,"')))
    await settle(pilot)
    assert screen.pane.article is not None and screen.pane.article.id == target
    assert screen.articles.away and target not in {hit.id for hit in screen.articles.hits}
    return target


@pytest.mark.parametrize("key", ["u", "s"])
async def test_a_refresh_keeps_the_quoted_article_in_the_pane(
    app: BroadsheetApp, corpus_dir: Path, key: str
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = reader(app)
        articles = screen.articles
        target = await read_unlisted_quote(pilot, screen)
        (corpus_dir / "again.txt").write_text(
            "Drought hits the north\n\nThe drought spread north, farmers said on Monday.\n"
        )
        await pilot.press(key)  # `u` lists again.txt too; `s` lists harvest.txt newest first
        await settle(pilot)
        listed = [hit.id for hit in articles.hits]
        assert listed and target not in listed
        assert len(listed) == (2 if key == "u" else 1)
        assert screen.pane.article is not None and screen.pane.article.id == target
        assert articles.away and lit_rows(articles) == set()
        await pilot.press("shift+tab")  # from the pane to the list: the first move lights
        await pilot.press("down")  # the cursor's row, the top one, and shows it
        await settle(pilot)
        assert not articles.away and articles.cursor == 0
        assert screen.pane.article is not None and screen.pane.article.id == listed[0]
        assert lit_rows(articles) == {0}


async def test_a_sort_that_drops_the_cursors_article_goes_to_the_top(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tui.screens.reader.LIST_LIMIT", 2)  # of 6 articles
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        articles = screen.articles
        assert articles.focus() is not None  # no query: newest first, by relevance (nu58)
        await pilot.press("down")
        await settle(pilot)
        kept = articles.current
        assert kept is not None and articles.cursor == 1
        await pilot.press("s")  # oldest first: the two oldest, not the second newest
        await settle(pilot)
        listed = [hit.id for hit in articles.hits]
        assert screen.sort == "oldest" and len(listed) == 2 and kept.id not in listed
        assert articles.cursor == 0 and not articles.away and lit_rows(articles) == {0}
        assert screen.pane.article is not None and screen.pane.article.id == listed[0]


async def test_a_sort_keeps_the_cursors_article_where_it_went(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        articles = screen.articles
        await pilot.press("down", "down")
        await settle(pilot)
        kept = articles.current
        assert kept is not None
        for _ in range(3):  # every order shown (no query: not "newest"), back to relevance
            await pilot.press("s")
            await settle(pilot)
            assert articles.current is not None and articles.current.id == kept.id
            assert screen.pane.article is not None and screen.pane.article.id == kept.id
            assert not articles.away and lit_rows(articles) == {articles.cursor}


async def test_an_update_that_lists_the_quoted_article_lights_its_row(
    app: BroadsheetApp, corpus_dir: Path
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = reader(app)
        articles = screen.articles
        target = await read_unlisted_quote(pilot, screen)
        path = corpus_dir / "ceasefire.txt"
        path.write_text(path.read_text() + "\nThe drought worried the envoys too.\n")
        await pilot.press("u")
        await settle(pilot)
        assert target in [hit.id for hit in articles.hits]
        assert articles.current is not None and articles.current.id == target
        assert not articles.away and lit_rows(articles) == {articles.cursor}
        assert screen.pane.article is not None and screen.pane.article.id == target
