"""A screen's worker that fails says so on screen.

Textual does not bubble `Worker.StateChanged` from a screen to the app, so the app's one
handler for failures never saw the screens' workers: they failed without a word.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual import work
from textual.app import App
from textual.screen import Screen

import tui.screens
from tests.tui.conftest import settle
from tui.worker_failures import ReportsWorkerFailures


class Failing(ReportsWorkerFailures, Screen[None]):
    def on_mount(self) -> None:
        self.fail()

    @work(thread=True, exit_on_error=False, name="lookup")
    def fail(self) -> None:
        raise OSError("the disk went away\nsecond line")


class Host(App[None]):
    def on_mount(self) -> None:
        self.push_screen(Failing())


async def test_a_screens_failed_worker_is_one_line_on_screen() -> None:
    app = Host()
    async with app.run_test() as pilot:
        await settle(pilot)
        said = [n.message for n in app._notifications]
    assert said == ["lookup failed: the disk went away"]  # the system's: no bug


def test_every_screen_that_runs_workers_reports_their_failures() -> None:
    for module in pkgutil.iter_modules(tui.screens.__path__, "tui.screens."):
        importlib.import_module(module.name)
    screens = [cls for cls in _subclasses(Screen) if cls.__module__.startswith("tui.screens.")]
    working = [cls for cls in screens if any(_runs_workers(c) for c in cls.__mro__)]
    assert len(working) >= 6
    assert [cls for cls in working if not issubclass(cls, ReportsWorkerFailures)] == []


def _runs_workers(cls: type) -> bool:
    return cls.__module__.startswith("tui.") and "@work(" in inspect.getsource(cls)


def _subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_subclasses(direct))]
