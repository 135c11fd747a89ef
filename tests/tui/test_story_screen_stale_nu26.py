"""A story's screen left open while an update elsewhere deletes one of its articles (nu26's
walkthrough: the screen still listed the deleted article, and `o` on it said "article
failed: '200_na-0075.txt'", a KeyError's text). Now the screen is read afresh after an
update and the article says it is gone. Pilot, on the stories test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from index.library import Library
from tests.story_corpus import ATLANTA, CORPUS, write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.story import STORY_GONE, StoryScreen
from tui.widgets.story_list import StoryList

GONE = "atlanta-paper"


@pytest.fixture
def app(tmp_path: Path) -> BroadsheetApp:
    corpus = write_corpus(tmp_path / "news" / "news.jsonl").parent
    return BroadsheetApp(corpus, tmp_path / "index")


async def open_atlanta_story(pilot: object, app: BroadsheetApp) -> StoryScreen:
    """`S`, then enter on ATLANTA's story: its screen."""
    await settle(pilot)  # type: ignore[arg-type]
    await pilot.press("S")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    stories = reader(app).query_one(StoryList)
    stories.highlighted = [s.title for s in stories.stories].index(ATLANTA[0].title)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    assert isinstance(app.screen, StoryScreen)
    return app.screen


async def _story_open_then_article_deleted(pilot: object, app: BroadsheetApp, corpus: Path) -> None:
    await open_atlanta_story(pilot, app)
    await pilot.press("j")  # type: ignore[attr-defined]
    assert app.screen.current == GONE
    write_corpus(corpus / "news.jsonl", [a for a in CORPUS if a.id != GONE])
    Library(corpus, corpus.parent / "index").update()  # as `broadsheet index update` would
    reader(app).check_generation()  # what its timer does every few seconds
    await settle(pilot)  # type: ignore[arg-type]


async def test_reading_an_article_deleted_meanwhile_says_it_is_gone(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await _story_open_then_article_deleted(pilot, app, app.corpus)
        app.clear_notifications()
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        screen.dismiss(GONE)  # what `o` does on its row (a screen read afresh may list it no more)
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert not any(f"'{GONE}'" in line for line in said), said
        assert any(GONE in line and "gone from the index" in line for line in said), said


async def test_an_open_story_screen_drops_an_article_deleted_meanwhile(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await _story_open_then_article_deleted(pilot, app, app.corpus)
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        listed = screen.query_one(OptionList)

        def ids() -> list[str | None]:
            return [listed.get_option_at_index(i).id for i in range(listed.option_count)]

        await wait_until(pilot, lambda: GONE not in ids())
        assert "atlanta-wire" in ids() and screen.timeline is not None
        assert screen.timeline.story.size == 1


async def test_an_open_story_whose_articles_were_all_deleted_says_it_is_gone(
    app: BroadsheetApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await _story_open_then_article_deleted(pilot, app, app.corpus)
        app.clear_notifications()
        kept = [a for a in CORPUS if a.id not in {b.id for b in ATLANTA}]
        write_corpus(app.corpus / "news.jsonl", kept)
        Library(app.corpus, app.corpus.parent / "index").update()
        reader(app).check_generation()
        await wait_until(pilot, lambda: STORY_GONE in [str(n.message) for n in app._notifications])
        said = [str(n.message) for n in app._notifications]
        assert not any("failed" in line for line in said), said
