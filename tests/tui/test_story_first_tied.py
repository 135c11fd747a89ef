"""The story screen calls no outlet "first" when the first day's articles tie (Pilot, nu17 #3)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from textual.widgets import OptionList, Static

from tests.analysis.test_stories import DAY
from tests.story_corpus import BOULDER, write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_story_wording import open_story
from tui.app import BroadsheetApp
from tui.widgets.story_list import StoryList


async def test_the_story_screen_says_they_tie(tmp_path: Path) -> None:
    write_corpus(
        tmp_path / "news" / "news.jsonl", [dataclasses.replace(a, date=DAY) for a in BOULDER]
    )
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        (story,) = reader(app).query_one(StoryList).stories
        screen = await open_story(app, pilot, story.title)
        head = screen.query_one("#story-head", Static)
        await wait_until(pilot, lambda: "First:" in str(head.render()))
        said = " ".join(str(head.render()).split())
        assert "First: 2 articles the same day, no time given, 2021-03-22:" in said
        rows = screen.query_one("#story-articles", OptionList)
        heads = [str(rows.get_option_at_index(k).prompt) for k in range(rows.option_count)
                 if rows.get_option_at_index(k).disabled]  # fmt: skip
        assert sorted(heads) == ["Paper B  same day", "Wire A  same day"]
