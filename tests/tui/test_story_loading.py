"""The story list while it loads, and what the status line says of the pane's matches beside
it (nu15 #12: "0 stories" flashed over an empty list; "3 stories │ … │ no matches")."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.story_list import StoryList


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


async def test_the_first_stories_say_loading_not_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index", config_dir=tmp_path / "config")
    go = threading.Event()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = reader(app).library
        assert library is not None
        found = library.stories

        def slow(*args: Any, **kwargs: Any) -> Any:
            go.wait(10)  # as a big corpus's first stories take seconds
            return found(*args, **kwargs)

        monkeypatch.setattr(library, "stories", slow)
        await pilot.press("S")
        await pilot.pause(0.1)
        assert "loading stories…" in status(app) and "0 stories" not in status(app)
        go.set()
        await wait_until(pilot, lambda: bool(reader(app).query_one(StoryList).stories))
        await settle(pilot)
        listed = len(reader(app).query_one(StoryList).stories)
        assert f"{listed} stories" in status(app) and "loading" not in status(app)


async def test_no_matches_beside_the_story_count_names_the_article(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index", config_dir=tmp_path / "config")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("slash", *"harbour", "enter")
        await settle(pilot)
        # the story's first article in the pane holds none of the query's words
        reader(app).pane.post_message(ReadingPane.MatchMoved(0, 0))
        await settle(pilot)
        said = status(app)  # the pane's border says it, the status line no more (nu70 #7)
        assert "1 story" in said and "match" not in said, said
        assert reader(app).pane.border_subtitle == "no matches in this article"
