"""Marks from the reading pane, and marks of deleted articles (session 30 leftovers).

`m` in the list marked the article under the cursor, but in the reading pane, where a
reader decides an article is worth comparing, it did nothing. And a marked article whose
file an update deleted stayed marked: the status counted it and `c` compared with it.
"""

from __future__ import annotations

from pathlib import Path

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, search, settle
from tests.tui.test_reader import status
from tests.tui.test_stories_refresh import stories_shown
from tui.app import BroadsheetApp
from tui.widgets.reading_pane import ReadingPane


async def test_m_in_the_pane_marks_and_unmarks_the_article_shown(app: BroadsheetApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drought")
        await pilot.press("enter")  # to the list
        await pilot.press("enter")  # open: the pane has the focus
        await settle(pilot)
        screen = reader(app)
        assert isinstance(app.focused, ReadingPane)
        shown = screen.pane.article
        assert shown is not None
        await pilot.press("m")
        await settle(pilot)
        assert screen.articles.marked == [shown.id]
        assert "1 marked" in status(app)
        assert isinstance(app.focused, ReadingPane)  # marking leaves the reader where it was
        await pilot.press("m")
        await settle(pilot)
        assert screen.articles.marked == []
        assert "marked" not in status(app)


async def test_m_in_an_empty_pane_does_nothing(app: BroadsheetApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        screen.pane.show(None, screen.pane.highlighter)
        screen.pane.focus()
        await pilot.press("m")
        await settle(pilot)
        assert screen.articles.marked == []


async def test_an_update_unmarks_a_deleted_article(app: BroadsheetApp, corpus_dir: Path) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await search(pilot, "drought")
        await pilot.press("enter", "m")  # the harvest article, marked from the list
        await settle(pilot)
        harvest = screen.articles.marked[0]
        await pilot.press("slash", "backspace")  # the query was selected: cleared
        await pilot.pause(0.2)
        await settle(pilot)
        await pilot.press("enter")
        rows = [hit.id for hit in screen.articles.hits]
        other = next(article_id for article_id in rows if article_id != harvest)
        await pilot.press(*["j"] * rows.index(other), "m")  # one that stays
        await settle(pilot)
        assert sorted(screen.articles.marked) == sorted([harvest, other])
        (corpus_dir / "harvest.txt").unlink()
        await pilot.press("u")
        await settle(pilot)
        assert screen.articles.marked == [other]
        assert "1 marked" in status(app) and "not in this list" not in status(app)


# -- a move while a refresh searches (fx33r's leftover) ---------------------------------------


async def test_a_move_while_a_refresh_searches_is_kept(app: BroadsheetApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        articles = screen.articles
        assert len(articles.hits) >= 3 and articles.cursor == 0
        screen._lists_changed()  # as after `u` (its pane check done): the list searches again
        articles.action_cursor(1)  # the user moves before its hits land
        articles.action_cursor(1)
        moved_to = articles.hits[2].id
        await settle(pilot)
        assert articles.current is not None and articles.current.id == moved_to
        assert screen.pane.article is not None and screen.pane.article.id == moved_to


# -- the story list keeps the pane's article through a refresh (fx33r's leftover) ----------


async def test_a_story_list_refresh_keeps_the_article_read(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        stories = await stories_shown(app, pilot)
        screen = reader(app)
        story = stories.current
        assert story is not None and len(story.article_ids) >= 2
        other = next(i for i in story.article_ids if i != story.first)
        screen._read(other, focus=False)  # as a story's screen does when an article is chosen
        await settle(pilot)
        assert screen.pane.article is not None and screen.pane.article.id == other
        for key in ("u", "s"):  # an update lists the stories again; a sort reorders them
            await pilot.press(key)
            await settle(pilot)
            assert stories.current is not None and stories.current.id == story.id
            assert screen.pane.article is not None and screen.pane.article.id == other, key
        await pilot.press("j", "k")  # a move shows the cursor's story's first again
        await settle(pilot)
        assert screen.pane.article is not None and screen.pane.article.id == story.first
