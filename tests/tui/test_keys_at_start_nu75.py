"""nu75 (nu74's walkthrough): started with the stories list restored, `/` pressed while it
loaded and "infrastructure" typed: the letters ran as commands ("Following '...'", the
outlet picker). The keys typed while a restored list loads are held until it is there
(rv51), and the story's screen open at quit was pushed over the reader just before they
were handed on: "/" did nothing there, the letters were its keys. A user's focus is never
taken when data arrives: keys typed while the list loads act on the reader they were typed
at, and no screen they did not ask for opens over it.

Oracle: the same keys typed once the list is there (and no story's screen was open at
quit): the search bar holds the word, focused, the reader on top."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.library import Library
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_keys_while_computing import held
from tests.tui.test_reader_restore import toasts
from tests.tui.test_restart_story_screen_fx154 import save, story_ids, story_screens
from tests.tui.test_type_ahead import burst
from tui import key_order
from tui.app import BroadsheetApp
from tui.widgets.search_box import SearchBox

WORD = "infrastructure"


@pytest.fixture(autouse=True)
def no_wait_for_lost_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_order, "KEY_WAIT", 3600)
    monkeypatch.setattr(key_order, "CONTENT_WAIT", 3600)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return tmp_path / "news"


@pytest.mark.parametrize("story_open", [True, False])
@pytest.mark.parametrize("typing", ["pressed", "burst"])
async def test_slash_and_a_word_typed_while_the_restored_stories_load(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, story_open: bool, typing: str
) -> None:
    index_dir = tmp_path / "index"
    listed = story_ids(corpus, index_dir)
    save(index_dir, story=listed[1], story_open=story_open)
    app = BroadsheetApp(corpus, index_dir, restore=True)
    said = toasts(app, monkeypatch)
    with held(Library, "stories") as released:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = reader(app)
            await wait_until(pilot, lambda: screen.library is not None and not screen.restoring)
            assert screen.showing_stories and not screen.story_list.stories  # still loading
            if typing == "pressed":
                await pilot.press("slash", *WORD)
            else:
                burst(pilot, "/" + WORD)
            await pilot.pause()
            released.set()
            await wait_until(pilot, lambda: bool(screen.story_list.stories))
            await settle(pilot)
            await wait_until(pilot, lambda: screen.search_box.value == WORD)
            await settle(pilot)
            assert app.screen is screen, [type(s).__name__ for s in app.screen_stack]
            assert story_screens(app) == []
            assert isinstance(app.focused, SearchBox)
            assert screen.search_box.value == WORD
    assert not [t for t in said if t.startswith(("Following", "Already"))], said
