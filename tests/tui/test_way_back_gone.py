"""The way back to a story an update deleted (rv38 #7): a story's article read in the reader,
then an update deletes every article of the story, then esc. The story screen opened again
said nothing in its head but "Reading the story…"; now it says the story is gone and the
way back moves on to the reader. Pilot, on the stories test corpus."""

from __future__ import annotations

from textual.widgets import Static

from index.library import Library
from tests.story_corpus import ATLANTA, CORPUS, write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_story_screen_stale_nu26 import app as app  # the stories corpus's app
from tests.tui.test_story_screen_stale_nu26 import open_atlanta_story
from tui.app import BroadsheetApp
from tui.screens.reader import ReaderScreen
from tui.screens.story import STORY_GONE, StoryScreen


def said(app: BroadsheetApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _story_article_read(pilot: object, app: BroadsheetApp) -> str:
    """`S`, enter on ATLANTA's story, enter on its first article: the reader reads it."""
    screen = await open_atlanta_story(pilot, app)
    assert screen.current is not None
    chosen = screen.current
    await pilot.press("enter")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    assert [type(s) for s in app.screen_stack] == [ReaderScreen]
    return chosen


async def test_back_to_a_story_an_update_deleted_says_so_and_moves_on(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await _story_article_read(pilot, app)
        kept = [a for a in CORPUS if a.id not in {b.id for b in ATLANTA}]
        write_corpus(app.corpus / "news.jsonl", kept)
        Library(app.corpus, app.corpus.parent / "index").update()  # `broadsheet index update`
        reader(app).check_generation()  # what its timer does every few seconds
        await settle(pilot)
        app.clear_notifications()
        await pilot.press("escape")
        await wait_until(pilot, lambda: STORY_GONE in said(app))
        await settle(pilot)
        assert [type(s) for s in app.screen_stack] == [ReaderScreen]
        assert not any("failed" in line for line in said(app)), said(app)


async def test_back_to_a_story_that_stays_reads_it_again(app: BroadsheetApp) -> None:
    """The other side: the story kept, esc opens it again, read, its cursor on the row."""
    async with app.run_test(size=(120, 40)) as pilot:
        chosen = await _story_article_read(pilot, app)
        await pilot.press("escape")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StoryScreen) and screen.reopened
        await wait_until(pilot, lambda: screen.timeline is not None)
        head = str(screen.query_one("#story-head", Static).render())
        assert "Reading the story" not in head and screen.current == chosen
        assert STORY_GONE not in said(app)


async def test_an_open_story_never_read_says_it_is_gone_in_its_head(app: BroadsheetApp) -> None:
    """A story screen not opened by the way back stays open, its head saying so."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = reader(app).library
        assert library is not None
        screen = StoryScreen(library, "no-such-story")
        await app.push_screen(screen)
        await wait_until(pilot, lambda: STORY_GONE in said(app))
        await settle(pilot)
        assert app.screen is screen
        assert STORY_GONE in str(screen.query_one("#story-head", Static).render())
