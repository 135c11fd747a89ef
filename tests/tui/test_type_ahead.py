"""Keys typed in one burst right after "/" reach the search bar exactly as typed, in order
(`tui.key_order`).

A terminal under load hands the app many keys at once. Pilot's `press` waits for the app
to go idle after every key, so these tests send a burst the way the driver does (every key
posted before the app handles the first) and slow the screen's own message handling, the
path keys took on their way to the search bar when the list forwarded them (before
`tui.key_order`: these tests failed then, "pkeeperseace", "peacxekeepers", "" in stories).
"""

from __future__ import annotations

import asyncio
import string
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual import events
from textual.keys import _character_to_key
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Input

from tests.tui.conftest import reader, settle
from tui import key_order
from tui.app import BroadsheetApp
from tui.reader_state import ReaderState, load_state, save_state, state_path
from tui.screens import reader_session
from tui.screens.reader import ReaderScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.search_box import SearchBox

KEYS = {" ": "space", "\b": "backspace", "\r": "enter", "\x1b": "escape", "→": "right"}
"""Characters that stand for keys in a burst (a space, and the editing keys)."""


def key_event(character: str) -> events.Key:
    """The key event the terminal driver posts for ``character`` ("/" is "slash")."""
    if character in KEYS:
        key = KEYS[character]
        return events.Key(key, " " if key == "space" else None)
    return events.Key(character if character.isalnum() else _character_to_key(character), character)


def burst(pilot: Pilot[Any], typed: str) -> None:
    """Post every key of ``typed`` at once, as a terminal under load hands them over."""
    driver = pilot.app._driver
    assert driver is not None
    for character in typed:
        event = key_event(character)
        event.set_sender(pilot.app)
        driver.send_message(event)


@pytest.fixture(autouse=True)
def no_wait_for_lost_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A burst here never waits out `KEY_WAIT`: were a marker lost, the keys held behind
    it would still be held when the test reads the search bar."""
    monkeypatch.setattr(key_order, "KEY_WAIT", 3600)


@contextmanager
def slow_screen(monkeypatch: pytest.MonkeyPatch, seconds: float = 0.002) -> Iterator[None]:
    """Every message the reader screen handles waits ``seconds`` first (a loaded machine)."""
    handle = ReaderScreen._on_message

    async def slowly(self: ReaderScreen, message: Message) -> None:
        await asyncio.sleep(seconds)
        await handle(self, message)

    with monkeypatch.context() as patch:
        patch.setattr(ReaderScreen, "_on_message", slowly)
        yield


async def type_fast(pilot: Pilot[Any], monkeypatch: pytest.MonkeyPatch, typed: str) -> None:
    """Type ``typed`` in one burst, the screen slow, and wait until all is done."""
    with slow_screen(monkeypatch):
        burst(pilot, typed)
        await settle(pilot)


async def test_a_burst_after_slash_arrives_in_order(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ArticleList)
        with slow_screen(monkeypatch):
            burst(pilot, "/peace")
            while not isinstance(app.focused, SearchBox):
                await asyncio.sleep(0)
            burst(pilot, "keepers")  # typed on, the moment the focus moved
            await settle(pilot)
        assert reader(app).search_text == "peacekeepers"


async def test_a_paste_in_the_burst_goes_where_the_keys_before_it_went(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "/", a paste, more keys, all at once: the paste lands in the search bar, in place
    (it went to the list, still focused, and was dropped, before pastes were held too)."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ArticleList)
        driver = pilot.app._driver
        assert driver is not None
        with slow_screen(monkeypatch):
            burst(pilot, "/pe")
            paste = events.Paste("acekee")
            paste.set_sender(pilot.app)
            driver.send_message(paste)
            burst(pilot, "pers")
            await settle(pilot)
        assert reader(app).search_text == "peacekeepers"


async def test_editing_keys_in_the_burst_act_in_order(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_fast(pilot, monkeypatch, "/peacx\bekeepers\r")
        screen = reader(app)
        assert screen.search_text == "peacekeepers"
        assert screen.shown_query == "peacekeepers"  # Enter searched for the whole word
        assert isinstance(app.focused, ArticleList)
        await type_fast(pilot, monkeypatch, "/drought")  # "/" selected the old query: replaced
        assert screen.search_text == "drought"
        await type_fast(pilot, monkeypatch, "\rj")  # enter left for the list: j acts there
        assert screen.search_text == "drought"
        assert isinstance(app.focused, ArticleList)
        await type_fast(pilot, monkeypatch, "/peace\x1bj")  # one escape: left (nu31 #6), the
        assert screen.search_text == "drought"  # edit dropped for the query listed (nu40 #9)
        assert isinstance(app.focused, ArticleList)


async def test_bursts_into_and_in_stories_mode_arrive_in_order(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The "S" typed just before "/" shows stories, and the word still goes to the bar;
    then from the story list (not a list that forwarded keys, before `tui.key_order`)."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_fast(pilot, monkeypatch, "S/ceasefire")
        screen = reader(app)
        assert screen.showing_stories
        assert screen.search_text == "ceasefire"
        assert isinstance(app.focused, SearchBox)
        screen.story_list.focus()
        await type_fast(pilot, monkeypatch, "/→ talks")  # → keeps the query "/" selected
        assert screen.search_text == "ceasefire talks"


WORDS = st.text(
    # letters bound to actions in the list and the pane (j, k, n, N, t, y, Y, C, m, c, S, r...)
    # among the rest: printable ASCII, and a few letters beyond it
    st.sampled_from(string.ascii_letters + string.digits + string.punctuation + " éß"),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(word=WORDS, before=st.integers(0, 12), pane=st.booleans(), slow=st.booleans())
async def test_any_word_typed_after_slash_arrives_whole(
    built: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    word: str,
    before: int,
    pane: bool,
    slow: bool,
) -> None:
    """Whatever the word, from the list or the pane, and wherever in the burst the focus
    moves (``before`` keys are handed over with "/", the rest once the app is idle)."""
    corpus, index_dir = built
    state_path(index_dir).unlink(missing_ok=True)  # no query restored from the last example
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if pane:
            await pilot.press("enter")  # the first article, read in the pane
            await settle(pilot)
            reader(app).pane.focus()
            await pilot.pause()
        with slow_screen(monkeypatch, 0.002 if slow else 0):
            burst(pilot, "/" + word[:before])
            await pilot.pause()
            burst(pilot, word[before:])
            await settle(pilot)
        assert reader(app).search_text == word
        assert isinstance(app.focused, SearchBox)


class TypingApp(key_order.KeysInOrder[None]):
    """An input alone, in an app that keeps keys in order."""

    def compose(self) -> Any:
        yield Input()


async def test_keys_held_behind_a_lost_marker_go_on_after_a_while(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Lost(key_order.KeyHandled, bubble=False):
        """A marker that never comes back (as if the widget under its key was removed)."""

    monkeypatch.setattr(key_order, "KeyHandled", Lost)
    monkeypatch.setattr(key_order, "KEY_WAIT", 0.01)
    app = TypingApp()
    async with app.run_test() as pilot:
        burst(pilot, "word\bs")
        await pilot.pause(0.5)
        assert app.query_one(Input).value == "wors"  # "s" waited for a marker that was lost


async def test_a_query_typed_while_the_session_is_restored_is_kept(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "/peace" typed before the saved state was read: the bar keeps it and the focus."""
    corpus, index_dir = built
    save_state(state_path(index_dir), ReaderState(query="drought", article="harvest.txt"))
    read = threading.Event()

    def slowly(path: Path) -> ReaderState | None:
        read.wait(10)  # the worker reads the state once the keys are typed
        return load_state(path)

    monkeypatch.setattr(reader_session, "load_state", slowly)
    app = BroadsheetApp(corpus, index_dir, restore=True)
    async with app.run_test(size=(120, 40)) as pilot:
        while not any(w.name == "restore" for w in app.workers):
            await pilot.pause(0.01)
        burst(pilot, "/peace")
        while reader(app).search_text != "peace":
            await pilot.pause(0.01)
        read.set()
        await settle(pilot)
        assert reader(app).search_text == "peace"
        assert reader(app).shown_query == "peace"
        assert isinstance(app.focused, SearchBox)
