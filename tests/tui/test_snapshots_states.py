"""Snapshots of each state of the reader at 80x24 and 160x48 (issue 15; --snapshot-update)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import KEY_NAMES, search, settle
from tests.tui.test_snapshots import SnapCompare, before, compare_two, help_screen, query
from tui.app import BroadsheetApp

SIZES = [(80, 24), (160, 48)]
Step = Callable[[Pilot[Any]], Awaitable[None]]


async def no_results(pilot: Pilot[Any]) -> None:
    await search(pilot, "zzyzx")
    await pilot.press("enter")  # to the list: the search bar's cursor is not drawn


async def query_error(pilot: Pilot[Any]) -> None:
    await search(pilot, "peacekeepers")
    await pilot.press("enter")  # to the list; "/" then goes back to the bar (query selected)
    await pilot.press("slash", "end", *[KEY_NAMES.get(c, c) for c in ' "unclosed'])
    await pilot.pause(0.2)  # the error under the bar, the last results kept
    await settle(pilot)
    await pilot.press("enter")


async def nothing(pilot: Pilot[Any]) -> None:
    """The reader as it opens: no query, every article listed."""


STATES: dict[str, tuple[Step, ...]] = {
    "empty": (nothing,),
    "results": (query,),
    "no_results": (no_results,),
    "error": (query_error,),
    "help": (help_screen,),
    "compare": (compare_two,),
}


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("state", list(STATES))
def test_state(
    snap_compare: SnapCompare, app: BroadsheetApp, state: str, size: tuple[int, int]
) -> None:
    assert snap_compare(app, terminal_size=size, run_before=before(*STATES[state]))
