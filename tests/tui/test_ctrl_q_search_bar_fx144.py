"""fx144 (rv61's "left alone"): ctrl+q quits from the search bar; `Q` there types a "Q".

The app refused quit while an input had the focus (`BroadsheetApp.check_action`), so that
`Q` typed a letter there; ctrl+q shares its binding, so it was refused too, though the README
says ctrl+q quits. Textual already leaves out the binding of a key the focused input takes as
text (`Q`), so the refusal went: ctrl+q quits from the search bar, at once behind held keys
too (`tui.key_order._quits`).

Oracle: text typed into the search bar (`Q` among its letters) is the bar's value and the
app runs on; ctrl+q then ends the app within `QUIT_WITHIN`, whether keys wait or not."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from index.library import default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import STORIES, reader, settle, wait_until
from tui import key_order
from tui.app import BroadsheetApp

SIZE = (120, 40)

QUIT_WITHIN = 0.5
"""Seconds from ctrl+q to the app's end (fx142's bound)."""

TEXT = st.text(alphabet="QqjxZ", min_size=1, max_size=6).filter(lambda text: "Q" in text)
"""What is typed into the search bar: `Q` among other letters (`q`, `j` are keys elsewhere)."""


@pytest.fixture(scope="module")
def index_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("fx144")
    corpus = write_corpus(root / "corpus", STORIES)
    rebuild(corpus, root / "index", derived=default_derived())
    return corpus, root / "index"


async def in_the_search_bar(pilot: Pilot[None], app: BroadsheetApp) -> Input:
    """The search bar, focused (`/`) once the reader shows its first article."""
    await settle(pilot)
    screen = reader(app)
    await wait_until(pilot, lambda: screen.pane.article is not None)
    await pilot.press("slash")
    await settle(pilot)
    bar = app.focused
    assert isinstance(bar, Input)
    return bar


async def ctrl_q(app: BroadsheetApp) -> float:
    """Seconds ctrl+q, sent as the terminal does, takes to end the app (5 s at most)."""
    driver = app._driver
    assert driver is not None
    key = events.Key("ctrl+q", None)
    key.set_sender(app)
    start = time.monotonic()
    driver.send_message(key)
    while app.is_running and time.monotonic() - start < 5:
        await asyncio.sleep(0.01)
    return time.monotonic() - start


async def typed_then_quit(built: tuple[Path, Path], text: str) -> tuple[str, bool, float]:
    """The search bar's value after ``text`` was typed there, whether the app still ran,
    and the seconds ctrl+q then took to end it."""
    app = BroadsheetApp(*built)
    async with app.run_test(size=SIZE) as pilot:
        bar = await in_the_search_bar(pilot, app)
        await pilot.press(*text)  # the old query was selected: the text replaces it
        await settle(pilot)
        value, running = bar.value, app.is_running and app.focused is bar
        return value, running, await ctrl_q(app)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT)
def test_in_the_search_bar_Q_types_and_ctrl_q_quits(
    index_built: tuple[Path, Path], text: str
) -> None:
    value, running, took = asyncio.run(typed_then_quit(index_built, text))
    assert value == text and running  # each Q typed, none quit
    assert took < QUIT_WITHIN  # before fx144: ctrl+q was refused here, the app ran on


async def held_then_quit(built: tuple[Path, Path], expected: str, held: str) -> float:
    """Seconds ctrl+q takes to end the app, typed in the search bar after ``held`` while
    ``expected`` (a screen, a result) never comes."""
    with pytest.MonkeyPatch.context() as patch:
        for wait in ("KEY_WAIT", "SCREEN_WAIT", "RESULT_WAIT", "CONTENT_WAIT"):
            patch.setattr(key_order, wait, 3600)  # a key held is held for good
        app = BroadsheetApp(*built)
        async with app.run_test(size=SIZE) as pilot:
            await in_the_search_bar(pilot, app)
            {"screen": app.expect_screen, "result": app.expect_result}[expected]()
            await pilot.press(*held)
            assert len(app._held_keys) == len(held) and app.is_running  # they wait
            return await ctrl_q(app)


@pytest.mark.parametrize("expected", ["screen", "result"])
@pytest.mark.parametrize("held", ["", "j", "jQ"])
def test_ctrl_q_in_the_search_bar_quits_at_once_behind_held_keys(
    index_built: tuple[Path, Path], expected: str, held: str
) -> None:
    assert asyncio.run(held_then_quit(index_built, expected, held)) < QUIT_WITHIN
