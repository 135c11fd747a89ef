"""The quotes panel knows when the index moved on (fx80; fx79's note: "The quotes panel has
the same gap"). As on a story's screen, the line above its keys says what the reader's
status line says of the index, and `u` updates from there in the reader's worker; the
quotes are then listed again: a story's from its articles as the update left them, or
"This story is gone from the index" when its articles all went. Pilot, on the quotes test
corpus (one quotation reprinted by a1, a2, a3; another in b1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from index.library import Library
from tests.quote_rows import ROWS
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_quotes_panel import app_of, panel
from tests.tui.test_story_screen_update_nu41 import u_while_busy
from tui.app import BroadsheetApp
from tui.screens.index_said import STORY_GONE
from tui.screens.quotes import QuotesScreen
from tui.screens.story import StoryScreen


@pytest.fixture
def app(tmp_path: Path) -> BroadsheetApp:
    return app_of(tmp_path, ROWS)


def text(app: BroadsheetApp, widget: str) -> str:
    return str(panel(app).query_one(widget, Static).render())


def index_line(app: BroadsheetApp) -> tuple[bool, str]:
    """Whether the panel's index line shows, and what it says."""
    line = panel(app).query_one("#quote-index", Static)
    return line.display, str(line.render())


def listed(app: BroadsheetApp) -> set[str]:
    """The articles the panel's rows open."""
    return {target.article for target in panel(app).targets.values()}


def said(app: BroadsheetApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def delete(app: BroadsheetApp, *ids: str) -> None:
    """Delete articles from the corpus on disk, and let the reader notice (its timer)."""
    for article_id in ids:
        (app.corpus / f"{article_id}.json").unlink()
    reader(app).check_freshness()


async def story_quotes(pilot: object, app: BroadsheetApp, *, from_screen: bool) -> None:
    """`S`, then `q` on the first story (a1's): from its own screen or from the list."""
    await settle(pilot)  # type: ignore[arg-type]
    await pilot.press("S")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    if from_screen:
        await pilot.press("enter")  # type: ignore[attr-defined]
        await settle(pilot)  # type: ignore[arg-type]
        assert isinstance(app.screen, StoryScreen)
    await pilot.press("q")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    assert text(app, "#quote-heading") == "Quotes in the story “Story a1” (3 articles)"
    assert listed(app) == {"a1", "a2", "a3"}


@pytest.mark.parametrize("from_screen", [True, False])
async def test_the_panel_says_the_corpus_changed_and_u_lists_the_story_again(
    app: BroadsheetApp, from_screen: bool
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await story_quotes(pilot, app, from_screen=from_screen)
        await wait_until(pilot, lambda: reader(app).freshness == "index fresh")
        assert index_line(app) == (False, "")  # no news: no line
        delete(app, "a3")
        await wait_until(pilot, lambda: index_line(app)[0])
        line = index_line(app)[1]
        assert line == reader(app).freshness, line  # the reader's words
        assert line.startswith("stale") and "press u" in line, line
        await pilot.press("u")
        await wait_until(pilot, lambda: any(s.startswith("Index updated") for s in said(app)))
        await wait_until(pilot, lambda: "a3" not in listed(app))
        await wait_until(pilot, lambda: reader(app).freshness == "index fresh")
        await settle(pilot)
        assert listed(app) == {"a1", "a2"}  # the story's articles as the update left them
        assert text(app, "#quote-heading") == "Quotes in the story “Story a1” (2 articles)"
        assert index_line(app) == (False, "")  # the line went with the update
        if from_screen:  # the story's screen under the panel told it again too
            story = app.screen_stack[-2]
            assert isinstance(story, StoryScreen) and story.timeline is not None
            assert set(story.timeline.story.counted) == {"a1", "a2"}


async def test_u_on_a_story_whose_articles_all_went_says_it_is_gone(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await story_quotes(pilot, app, from_screen=False)
        delete(app, "a1", "a2", "a3")
        await pilot.press("u")
        await wait_until(pilot, lambda: text(app, "#quote-note") == STORY_GONE)
        assert listed(app) == set()  # its rows went: none opens a deleted article
        assert not any("failed" in line for line in said(app)), said(app)


async def test_the_corpus_panel_lists_its_quotes_again_after_an_update(
    app: BroadsheetApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")  # the list has the focus, no query: the corpus's quotes
        await settle(pilot)
        assert listed(app) == {"a1", "a2", "a3", "b1"}
        delete(app, "b1")
        Library(app.corpus, app.corpus.parent / "index").update()  # `broadsheet index update`
        reader(app).check_generation()  # what its timer does every few seconds
        await wait_until(pilot, lambda: "b1" not in listed(app))
        await settle(pilot)
        assert listed(app) == {"a1", "a2", "a3"}
        assert index_line(app) == (False, "")


async def test_u_while_an_update_runs_says_so_and_starts_none(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        await u_while_busy(pilot, app)
        assert isinstance(app.screen, QuotesScreen)
