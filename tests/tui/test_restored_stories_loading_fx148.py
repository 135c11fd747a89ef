"""nu60 #7: on a start that restores the stories list (quit while on `S`, start again, 80x24)
"No articles." flashed for about 0.4 s under "loading stories…". While a list is loading
the reader says that it is loading, never that it is empty.

The oracle is every frame the app draws (`App._display`, with the screen's compositor's
lines), from the start until the stories are listed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.screen import Screen

from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.reader_state import ReaderState, save_state, state_path

EMPTY_SAID = ("No articles.", "No stories.")
"""What an empty list says: never while its rows are on their way."""


def record_frames(app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every frame the app draws, as its plain text (headless, nothing reaches a terminal)."""
    frames: list[str] = []
    display = app._display

    def drawn(screen: Screen[Any], renderable: Any) -> None:
        if renderable is not None:
            strips = screen._compositor.render_strips()
            frames.append("\n".join(strip.text for strip in strips))
        display(screen, renderable)

    monkeypatch.setattr(app, "_display", drawn)
    return frames


@pytest.mark.parametrize("query", ["", "boulder"])
async def test_a_restored_stories_list_says_loading_not_empty(
    stories_built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    corpus, index_dir = stories_built
    saved = {"version": 1, "query": query, "sort": "relevance", "list": "stories"}
    save_state(state_path(index_dir), ReaderState.from_json(saved))
    app = BroadsheetApp(corpus, index_dir, restore=True)
    frames = record_frames(app, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: bool(reader(app).story_list.stories))
        await settle(pilot)
        arrived = len(frames)
        screen = reader(app)
        assert screen.showing_stories
        titles = [story.title[:20] for story in screen.story_list.stories]
        assert titles[0] in frames[-1]
    assert arrived > 1
    for n, frame in enumerate(frames[:arrived]):
        if any(title in frame for title in titles):
            break
        for said in EMPTY_SAID:
            assert said not in frame, (n, frame)
