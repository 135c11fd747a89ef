"""fx40's leftover of nu35 #2 in the reader: `u` toasted every move of a followed story on each
update, and wrote nothing to the told record, so `index update` told the move again. Now the
reader tells only moves not told before (`tui.news_told.untold`), as the CLI does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_following_cli import JOINER
from tests.story_corpus import CORPUS, write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_feed_refresh import toasts
from tests.tui.test_following_reader import boulder_row
from tests.tui.test_rv33_moved_unseen import follow_then_move
from tui.app import BroadsheetApp
from tui.news_told import TOLD_FILE


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    """The reader over the story corpus with Boulder's third article."""
    write_corpus(tmp_path / "news" / "news.jsonl", (*CORPUS, JOINER))
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


async def test_a_move_is_toasted_once_and_recorded_as_told(
    news: BroadsheetApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = toasts(news, monkeypatch)
    async with news.run_test(size=(120, 40)) as pilot:
        paper = await follow_then_move(news, pilot, tmp_path, shown)
        await settle(pilot)
        # the record the CLI reads: `index update` will not tell this move again
        told = (tmp_path / "index" / TOLD_FILE).read_text(encoding="utf-8")
        assert f"moved {paper.id} " in told

        screen = reader(news)
        before = screen.followed
        updated = sum(m.startswith("Index updated") for _, m in shown)
        await pilot.press("u")  # nothing changed: the move is not news again
        await wait_until(
            pilot,
            lambda: (
                sum(m.startswith("Index updated") for _, m in shown) > updated
                and screen.followed is not before
            ),
        )
        await settle(pilot)
        assert sum("split:" in m for _, m in shown) == 1
        assert "1 moved" in boulder_row(news)  # the list still counts it until it is opened
