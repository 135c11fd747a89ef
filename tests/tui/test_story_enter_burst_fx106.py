"""Keys typed in one burst after enter on the story list go to the story it opens (fx105:
`S`, then enter and `j` at once: the `j` moved the stories list, because enter's marker came
back before the list's OptionSelected was handled and the story's screen pushed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle
from tests.tui.test_burst_screens import no_wait_for_lost_markers  # noqa: F401  (autouse)
from tests.tui.test_stories_reader import show_stories
from tests.tui.test_type_ahead import burst, slow_screen
from tui.app import BroadsheetApp
from tui.screens.story import StoryScreen


def story_app(folder: Path) -> BroadsheetApp:
    return BroadsheetApp(write_corpus(folder / "news" / "news.jsonl").parent, folder / "index")


async def opened_with(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch, moves: str, *, at_once: bool
) -> tuple[int | None, int | None]:
    """Open the first story with enter and type ``moves`` after it, in one burst or each
    once the one before has acted; the stories list's cursor and the story's, after."""
    async with app.run_test(size=(120, 40)) as pilot:
        await show_stories(pilot)
        stories = reader(app).story_list
        assert stories.highlighted == 0 and len(stories.stories) > 1
        with slow_screen(monkeypatch):
            if at_once:
                burst(pilot, "\r" + moves)
                await settle(pilot)
            else:
                for key in "\r" + moves:
                    burst(pilot, key)
                    await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        return stories.highlighted, screen.query_one(OptionList).highlighted


@pytest.mark.parametrize("moves", ["j", "jj", "jjjk", "G"])
async def test_keys_after_enter_on_a_story_act_in_the_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moves: str
) -> None:
    typed = await opened_with(story_app(tmp_path / "a"), monkeypatch, moves, at_once=False)
    assert typed[0] == 0  # the oracle: the stories list stays, the story's cursor moves
    assert moves != "j" or typed[1] != 1  # one j: off the first article row
    assert await opened_with(story_app(tmp_path / "b"), monkeypatch, moves, at_once=True) == typed
