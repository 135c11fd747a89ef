"""fx138 (nu56 #8): the seeds' `S` at 120x40 said "No stories yet: a story needs two
articles on the…": the story list's rows do not wrap, and the reason was cut. It is
wrapped to the list's width now, and again when the width changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.wording import no_stories
from tests.story_corpus import OTHERS, write_corpus
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.widgets.story_list import content_width


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (200, 50)])
async def test_why_no_story_is_listed_is_said_whole(tmp_path: Path, size: tuple[int, int]) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl", OTHERS[:2])
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        stories = reader(app).story_list
        assert stories.option_count == 1 and not stories.stories
        width = content_width(stories)
        assert width is not None
        lines = str(stories.get_option_at_index(0).prompt).split("\n")
        assert " ".join(lines) == no_stories(2)  # the oracle: the reason, every word of it
        assert all(len(line) <= width for line in lines), (width, lines)
        await pilot.resize_terminal(size[0] - 30, size[1])
        await settle(pilot)
        lines = str(stories.get_option_at_index(0).prompt).split("\n")
        width = content_width(stories)
        assert width is not None and " ".join(lines) == no_stories(2)
        assert all(len(line) <= width for line in lines), (width, lines)
