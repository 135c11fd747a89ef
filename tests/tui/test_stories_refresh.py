"""The reader's story list is read afresh when an update or a rebuild elsewhere finishes (Pilot)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from index.analysis.stories import StoryArticle
from index.library import Library
from tests.analysis.test_stories import DAY
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.widgets.story_list import StoryList

ECLIPSE = "A total solar eclipse crossed northern Chile on Thursday afternoon, and thousands of "
ECLIPSE += "visitors watched the sky darken over the Atacama desert observatories for two minutes."
NEW_STORY = (
    StoryArticle("eclipse-wire", "Eclipse darkens Chile", ECLIPSE, "Wire A", DAY),
    StoryArticle(
        "eclipse-reprint", "Chile sees total eclipse", ECLIPSE, "Paper F", DAY + timedelta(hours=2)
    ),
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return tmp_path / "news"


def listed(app: BroadsheetApp) -> list[frozenset[str]]:
    return [frozenset(s.article_ids) for s in reader(app).query_one(StoryList).stories]


async def stories_shown(app: BroadsheetApp, pilot: object) -> StoryList:
    await settle(pilot)  # type: ignore[arg-type]
    await pilot.press("S")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    return reader(app).query_one(StoryList)


async def test_an_update_lists_the_new_story_and_keeps_the_cursor(corpus: Path) -> None:
    app = BroadsheetApp(corpus, corpus.parent / "index")
    new = frozenset(a.id for a in NEW_STORY)
    async with app.run_test(size=(120, 40)) as pilot:
        stories = await stories_shown(app, pilot)
        before = listed(app)
        assert new not in before and len(before) >= 2
        stories.highlighted = 1
        kept = stories.current
        assert kept is not None
        write_corpus(corpus / "eclipse.jsonl", NEW_STORY)
        await pilot.press("u")
        await wait_until(pilot, lambda: new in listed(app))
        await settle(pilot)
        assert set(listed(app)) == {*before, new}
        assert stories.current is not None and stories.current.id == kept.id
        assert app.focused is stories


async def test_a_rebuild_elsewhere_refreshes_the_list(corpus: Path) -> None:
    index = corpus.parent / "index"
    app = BroadsheetApp(corpus, index)
    new = frozenset(a.id for a in NEW_STORY)
    async with app.run_test(size=(120, 40)) as pilot:
        await stories_shown(app, pilot)
        assert new not in listed(app)
        write_corpus(corpus / "eclipse.jsonl", NEW_STORY)
        Library(corpus, index).rebuild()  # as another process would publish a generation
        reader(app).check_generation()  # what its timer does every few seconds
        await wait_until(pilot, lambda: new in listed(app))


async def test_the_article_list_is_left_as_it_is_when_stories_are_not_shown(corpus: Path) -> None:
    app = BroadsheetApp(corpus, corpus.parent / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        write_corpus(corpus / "eclipse.jsonl", NEW_STORY)
        await pilot.press("u")
        await settle(pilot)
        assert not reader(app).showing_stories
        assert reader(app).query_one(StoryList).stories == []  # never read: not shown
        stories = await stories_shown(app, pilot)
        assert frozenset(a.id for a in NEW_STORY) in listed(app) and stories.current is not None
