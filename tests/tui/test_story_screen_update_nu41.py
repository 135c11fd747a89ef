"""The story screen knows when the index moved on (nu41 #9: after files were added there
was no stale line on a story's screen, and `u` was not bound there: the user went back to
the reader first). Now the line above its keys says what the reader's status line says
of the index, and `u` updates from there, in the reader's worker; the story is then read
again, or said to be gone. Pilot, on the stories test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from index.library import Library
from tests.story_corpus import ATLANTA, CORPUS, write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_story_screen_stale_nu26 import GONE, open_atlanta_story
from tui.app import BroadsheetApp
from tui.screens.story import STORY_GONE, StoryScreen


@pytest.fixture
def app(tmp_path: Path) -> BroadsheetApp:
    corpus = write_corpus(tmp_path / "news" / "news.jsonl").parent
    return BroadsheetApp(corpus, tmp_path / "index")


def index_line(screen: StoryScreen) -> tuple[bool, str]:
    """Whether the story screen's index line shows, and what it says."""
    line = screen.query_one("#story-index", Static)
    return line.display, str(line.render())


def said(app: BroadsheetApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def ids(screen: StoryScreen) -> list[str | None]:
    listed = screen.query_one(OptionList)
    return [listed.get_option_at_index(i).id for i in range(listed.option_count)]


async def test_the_story_screen_says_the_corpus_changed_on_disk(app: BroadsheetApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_atlanta_story(pilot, app)
        await wait_until(pilot, lambda: reader(app).freshness == "index fresh")
        assert index_line(screen) == (False, "")  # no news: no line
        write_corpus(app.corpus / "news.jsonl", [a for a in CORPUS if a.id != GONE])
        reader(app).check_freshness()  # what its timer does every few seconds
        await wait_until(pilot, lambda: index_line(screen)[0])
        text = index_line(screen)[1]
        assert text == reader(app).freshness, text  # the reader's words, not a second wording
        assert text.startswith("stale") and "press u" in text, text
        assert app.screen is screen


async def test_u_on_the_story_screen_updates_and_reads_the_story_again(
    app: BroadsheetApp,
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_atlanta_story(pilot, app)
        assert GONE in ids(screen)
        write_corpus(app.corpus / "news.jsonl", [a for a in CORPUS if a.id != GONE])
        reader(app).check_freshness()
        await wait_until(pilot, lambda: index_line(screen)[1].startswith("stale"))
        app.clear_notifications()
        await pilot.press("u")
        await wait_until(pilot, lambda: any(s.startswith("Index updated") for s in said(app)))
        await wait_until(pilot, lambda: GONE not in ids(screen))
        await wait_until(pilot, lambda: reader(app).freshness == "index fresh")
        await settle(pilot)
        assert app.screen is screen  # it stays: no esc needed
        assert "atlanta-wire" in ids(screen)
        assert index_line(screen) == (False, "")  # the stale line went with the update


async def test_u_while_an_update_runs_says_so_and_starts_none(app: BroadsheetApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_atlanta_story(pilot, app)
        await u_while_busy(pilot, app)
        assert app.screen is screen


async def u_while_busy(pilot: Pilot[object], app: BroadsheetApp) -> None:
    """`u` while an update runs: said, and no second update started (the quotes panel too)."""
    reader(app).busy = "updating the index…"  # as while its worker runs
    await pilot.press("u")
    await pilot.pause()
    assert "Already updating the index…" in said(app)
    assert not reader(app).updating  # no second update was started
    reader(app).busy = ""


async def test_u_on_a_story_whose_articles_all_went_says_it_is_gone(app: BroadsheetApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_atlanta_story(pilot, app)
        kept = [a for a in CORPUS if a.id not in {b.id for b in ATLANTA}]
        write_corpus(app.corpus / "news.jsonl", kept)
        app.clear_notifications()
        await pilot.press("u")
        await wait_until(pilot, lambda: STORY_GONE in said(app))
        assert not any("failed" in line for line in said(app)), said(app)


async def test_the_line_goes_when_another_process_updates(app: BroadsheetApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_atlanta_story(pilot, app)
        write_corpus(app.corpus / "news.jsonl", [a for a in CORPUS if a.id != GONE])
        reader(app).check_freshness()
        await wait_until(pilot, lambda: index_line(screen)[0])
        Library(app.corpus, app.corpus.parent / "index").update()  # `broadsheet index update`
        reader(app).check_generation()  # what its timer does every few seconds
        await wait_until(pilot, lambda: GONE not in ids(screen))
        await wait_until(pilot, lambda: reader(app).freshness == "index fresh")
        await settle(pilot)
        assert index_line(screen) == (False, "")
