"""The stories' status line says how many articles are in no story (nu74: "11 stories"
while 10 of 42 articles were in none, and nothing on screen said so); only over the whole
corpus's list (a query's or an outlet's stories say nothing of the corpus); left out at
narrow widths after an order not chosen. Oracle: the library's `story_of` for each article."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import Library
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, search, settle
from tests.tui.test_reader_status import status
from tui.app import BroadsheetApp


@pytest.fixture
def app(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")  # 3 stories, "budget" and "frost" alone
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


def alone(app: BroadsheetApp) -> int:
    library = reader(app).library
    assert isinstance(library, Library)
    return sum(library.story_of(a.id) is None for a in library.articles())


async def test_the_stories_line_counts_the_articles_alone(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "alone" not in status(app)  # the article list: no story is counted
        await pilot.press("S")
        await settle(pilot)
        assert alone(app) == 2
        assert "3 stories │ 2 articles alone" in status(app), status(app)
        await search(pilot, "boulder")  # a query's stories: nothing of the corpus
        assert "1 story" in status(app) and "alone" not in status(app), status(app)
        await pilot.press("slash", "ctrl+u")  # cleared: every story again
        await pilot.pause(0.2)
        await settle(pilot)
        assert "3 stories │ 2 articles alone" in status(app), status(app)
        reader(app).outlet_chosen("Gazette")  # an outlet's stories: nothing of the corpus
        await settle(pilot)
        assert "alone" not in status(app), status(app)


async def test_at_80_columns_the_count_goes_after_the_order_not_chosen(
    app: BroadsheetApp,
) -> None:
    async with app.run_test(size=(70, 24)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert "2 articles alone" in status(app) and "largest first" not in status(app)
        await pilot.press("s")  # an order chosen outlasts the count
        await settle(pilot)
        assert "newest first" in status(app) and "alone" not in status(app), status(app)


@pytest.mark.parametrize(
    ("width", "line"),
    [
        (70, "8 articles, 1 skipped │ 3 stories │ 2 articles alone │ index fresh"),
        (64, "8 articles │ 3 stories │ 2 articles alone │ index fresh"),
    ],
)
async def test_narrow_the_skip_note_goes_before_the_articles_alone(
    tmp_path: Path, width: int, line: str
) -> None:
    news = write_corpus(tmp_path / "news" / "news.jsonl")
    news.write_text(news.read_text(encoding="utf-8") + "{not a record\n", encoding="utf-8")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert status(app).strip() == line, status(app)
