"""rv57: enter on the related dialog (`r`) closes it with the article chosen, as the story
screen's list does (fx126): the keys typed behind that enter wait until the reader shows
the article, then act on it. The oracle: the same keys typed slowly, each once the one
before has acted (`tests.tui.test_keys_after_screens_fx126`)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.pilot import Pilot

from tests.tui.conftest import settle, wait_until
from tests.tui.test_keys_after_screens_fx126 import PILOT_CASES, State, news, state
from tests.tui.test_type_ahead import burst
from tui import key_order
from tui.dialogs.related import RelatedDialog
from tui.widgets.leaving_list import LeavingList


@pytest.fixture(autouse=True)
def no_wait_for_lost_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    for wait in ("KEY_WAIT", "SCREEN_WAIT", "RESULT_WAIT", "CONTENT_WAIT"):
        monkeypatch.setattr(key_order, wait, 3600)


async def open_related(pilot: Pilot[Any]) -> None:
    await pilot.press("j", "r")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, RelatedDialog))
    await settle(pilot)
    assert isinstance(pilot.app.screen.query_one("#related-options"), LeavingList)


async def keys_in_related(folder: Path, keys: str, *, slowly: bool) -> State:
    async with news(folder).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_related(pilot)
        if slowly:
            for key in keys:
                burst(pilot, key)
                await settle(pilot)
        else:
            burst(pilot, keys)
            await settle(pilot)
        return state(pilot.app)


async def test_enter_twice_on_a_related_article_reads_it_once(tmp_path: Path) -> None:
    slow = await keys_in_related(tmp_path / "slow", "j\r\r", slowly=True)
    assert slow[0] == ["ReaderScreen:"] and slow[3] == "ReadingPane", slow
    for attempt in range(3):  # a race: lost now and then
        fast = await keys_in_related(tmp_path / f"fast{attempt}", "j\r\r", slowly=False)
        assert fast == slow, (attempt, fast, slow)


@settings(PILOT_CASES)
@given(keys=st.text(alphabet="jk\r", min_size=1, max_size=4))
def test_keys_typed_behind_enter_on_a_related_article_act_as_typed_slowly(
    tmp_path_factory: pytest.TempPathFactory, keys: str
) -> None:
    folder = tmp_path_factory.mktemp("related")
    slow = asyncio.run(keys_in_related(folder / "slow", "\r" + keys, slowly=True))
    assert asyncio.run(keys_in_related(folder / "fast", "\r" + keys, slowly=False)) == slow, keys
