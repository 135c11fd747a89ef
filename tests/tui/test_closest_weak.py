"""`c` with nothing marked pairs the article read with its most similar one; when that one
shares no story and no passage with it, the comparison's header says the match is weak
(fx116: a Syria article beside an Iran one at 7%, and nothing said so)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.closest_note import one_story
from tui.dialogs.related import RelatedDialog
from tui.screens.compare import CompareScreen


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    """The stories' corpus: events told by several outlets, and articles of none."""
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def _header(screen: CompareScreen) -> str:
    console = Console(width=400, record=True)
    console.print(screen.query_one("#compare-summary", Static).content)
    return console.export_text()


async def _closest(pilot: Pilot[Any], app: BroadsheetApp, title: str) -> CompareScreen:
    """The comparison `c` opens from the article titled ``title``."""
    screen = reader(app)
    row = next(i for i, hit in enumerate(screen.articles.hits) if hit.title == title)
    while screen.articles.cursor != row:
        await pilot.press("j" if screen.articles.cursor < row else "k")
    await settle(pilot)
    return await _opened(pilot, app, "c")


async def _opened(pilot: Pilot[Any], app: BroadsheetApp, *keys: str) -> CompareScreen:
    """The comparison ``keys`` open."""
    await pilot.press(*keys)
    await settle(pilot)
    compared = app.screen
    assert isinstance(compared, CompareScreen)
    return compared


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_closest_article_of_another_story_is_said_to_be_weak(
    news: BroadsheetApp, size: tuple[int, int]
) -> None:
    async with news.run_test(size=size) as pilot:
        await settle(pilot)
        compared = await _closest(pilot, news, "Council approves harbour budget")
        header = _header(compared)
        assert compared.comparison is not None and not compared.comparison.passages
        alike = f"{compared.comparison.summary.similarity:.0%} alike"
        assert f"weak match: only {alike}, no story or passage shared" in header, header
        assert "(esc, then r: related)" in header
        assert "similarity" in header and "only B" in header  # the rest stays
        first = compared.ids[0]
        await pilot.press("escape", "r")  # what the note offers: the related articles
        await settle(pilot)
        assert isinstance(news.screen, RelatedDialog) and news.screen.article.id == first


async def test_every_closest_pairing_says_weak_only_past_the_floor(news: BroadsheetApp) -> None:
    """The oracle: weak exactly when the two share no story and no passage."""
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = reader(news).library
        assert library is not None
        titles = [hit.title for hit in reader(news).articles.hits]
        said = {}
        for title in titles:
            compared = await _closest(pilot, news, title)
            assert compared.comparison is not None
            first, second = compared.ids
            strong = one_story(library, first, second) or bool(compared.comparison.passages)
            said[title] = "weak match" in _header(compared)
            assert said[title] is not strong, (title, _header(compared))
            await pilot.press("escape")
            await settle(pilot)
        assert set(said.values()) == {True, False}, said  # both kinds met


async def test_two_marked_articles_are_compared_without_the_note(news: BroadsheetApp) -> None:
    """Articles the reader chose are not a "closest" guess: no note, whatever they share."""
    async with news.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        compared = await _opened(pilot, news, "m", "j", "m", "c")
        assert "weak match" not in _header(compared)


def test_snapshot_of_a_weak_match_at_80x24(
    news: BroadsheetApp, snap_compare: Callable[..., bool]
) -> None:
    """The note takes a line of its own above the figures; both "only" lines stay."""

    async def before(pilot: Pilot[Any]) -> None:
        for bar in pilot.app.query(Input):
            bar.cursor_blink = False
        await settle(pilot)
        await _closest(pilot, news, "Council approves harbour budget")
        pilot.app.clear_notifications()
        await settle(pilot)

    assert snap_compare(news, terminal_size=(80, 24), run_before=before)


async def test_an_index_without_stories_makes_no_weak_claim(tmp_path: Path) -> None:
    """rv56: on an index built without stories `one_story` said "not in one story", so the
    header claimed "no story or passage shared" and sent the reader to `r`, which then said
    the index lacks stories. Not knowing the stories, the header says nothing."""
    from index.library import Library

    write_corpus(tmp_path / "news" / "news.jsonl")
    with Library.open(tmp_path / "news", tmp_path / "index", derived=()) as library:
        assert one_story(library, "boulder-wire", "boulder-paper") is None
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        compared = await _closest(pilot, app, "Council approves harbour budget")
        assert compared.comparison is not None and not compared.comparison.passages
        assert "weak match" not in _header(compared)
