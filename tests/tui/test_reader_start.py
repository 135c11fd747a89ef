"""The reader as the command starts it (`tui.cli.reader_run.open_reader`): Python's cyclic
collector is off while the app imports and draws its first frame, then on again, with
what the start made frozen; after the reader it is on as before."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import wait_until
from tui.app import BroadsheetApp
from tui.cli.base import Target
from tui.cli.reader_run import open_reader


@pytest.fixture
def collector() -> Iterator[None]:
    yield
    gc.enable()
    gc.unfreeze()


def test_the_collector_waits_for_the_first_frame(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, collector: None
) -> None:
    corpus, index_dir = built
    seen: dict[str, Any] = {}
    real_run = BroadsheetApp.run

    async def look(pilot: Pilot[Any]) -> None:
        await wait_until(pilot, gc.isenabled)
        seen["frozen"] = gc.get_freeze_count()
        pilot.app.exit()

    def run(self: BroadsheetApp, **kwargs: Any) -> Any:
        seen["collecting at run"] = gc.isenabled()
        return real_run(self, headless=True, auto_pilot=look)

    monkeypatch.setattr(BroadsheetApp, "run", run)
    open_reader(Target(corpus, index_dir, False), restore=False)
    assert seen["collecting at run"] is False
    assert seen["frozen"] > 0
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, collector: None
) -> None:
    corpus, index_dir = built
    real_run = BroadsheetApp.run

    async def leave(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        pilot.app.exit()

    def run(self: BroadsheetApp, **kwargs: Any) -> Any:
        return real_run(self, headless=True, auto_pilot=leave)

    monkeypatch.setattr(BroadsheetApp, "run", run)
    gc.disable()
    open_reader(Target(corpus, index_dir, False), restore=False)
    assert not gc.isenabled()
