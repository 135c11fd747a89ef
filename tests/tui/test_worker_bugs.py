"""A worker that raises what nobody expected (a bug, ours or Whoosh's) never leaves the
reader waiting: fx89 (fx85 found "searching…" standing for good after such a search).

The library is made to fail for one query; the search, or the stories, say so where a
refused query does, the waiting state goes, the app answers keys, and the next query works.
"""

from __future__ import annotations

import inspect
import pkgutil
import re
from contextlib import suppress
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import WorkerCancelled, WorkerFailed

import tui
import tui.screens
from index.library import Library
from tests.tui.conftest import KEY_NAMES, reader
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.search_box import SearchBox
from tui.widgets.story_list import StoryList
from tui.worker_failures import ReportsWorkerFailures, SaysLine, bug_said

BUG = "drought"
"""The query the library fails on."""


def failing(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """``Library.<name>`` raises a RuntimeError for a query holding BUG."""
    real = getattr(Library, name)

    def broken(library: Library, text: str, *args: Any, **options: Any) -> Any:
        if BUG in text:
            raise RuntimeError("index walked off\nits second line")
        return real(library, text, *args, **options)

    monkeypatch.setattr(Library, name, broken)


async def settle(pilot: Pilot[Any]) -> None:
    """Every worker ended (a failed one too) and every message handled."""
    for _ in range(6):
        with suppress(WorkerCancelled, WorkerFailed):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def typed(pilot: Pilot[Any], text: str) -> None:
    await pilot.press("slash", *[KEY_NAMES.get(ch, ch) for ch in text])
    await pilot.pause(0.2)  # the search waits for a pause in typing
    await settle(pilot)


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


def note(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#query-note", Static).render())


async def test_a_search_that_raises_says_so_under_the_bar_and_the_next_one_works(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing(monkeypatch, "search")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await typed(pilot, "peacekeepers")
        await typed(pilot, BUG)
        assert note(app) == "⚠ search failed: index walked off (a bug: RuntimeError)"
        assert "searching…" not in status(app)
        assert reader(app).shown_query != BUG  # the list stays, as for a refused query
        assert "Traceback" not in "".join(str(n.message) for n in app._notifications)
        reader(app)._start_search()  # searched again (the index changed): said again
        await settle(pilot)
        assert note(app) == "⚠ search failed: index walked off (a bug: RuntimeError)"
        await pilot.press("escape")  # the app answers keys: the list takes the focus
        await settle(pilot)
        assert isinstance(app.focused, ArticleList)
        await typed(pilot, "ceasefire")
        assert reader(app).shown_query == "ceasefire"
        assert len(reader(app).articles.hits) == 2
        assert "⚠" not in note(app) and "searching…" not in status(app)
        assert isinstance(app.focused, SearchBox)


async def test_stories_that_raise_say_so_in_their_list_without_the_spinner(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing(monkeypatch, "stories")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await typed(pilot, BUG)
        await pilot.press("escape", "S")
        await settle(pilot)
        stories = reader(app).query_one(StoryList)
        assert reader(app).showing_stories
        assert not stories.loading and "loading stories…" not in status(app)
        assert said(stories) == "stories failed: index walked off (a bug: RuntimeError)"
        await typed(pilot, "ceasefire")  # the next query's stories come
        assert reader(app)._stories_shown == "ceasefire"  # none here: it says why, no bug
        assert "failed" not in said(stories) and not stories.loading


async def test_a_comparison_that_raises_says_so_in_place_of_comparing(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("aligner fell over")

    monkeypatch.setattr(Library, "compare", broken)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("m", "j", "m", "c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.comparison is None
        summary = str(screen.query_one("#compare-summary", Static).render())
        assert summary == "⚠ comparison failed: aligner fell over (a bug: RuntimeError)"
        await pilot.press("escape")  # the app answers keys: back to the reader
        await settle(pilot)
        assert app.screen is reader(app)


def test_each_place_a_failure_is_said_is_the_screens_and_so_is_its_worker() -> None:
    for module in pkgutil.iter_modules(tui.screens.__path__, "tui.screens."):
        import_module(module.name)
    screens = [cls for cls in _subclasses(ReportsWorkerFailures) if cls.SAYS_FAILURES]
    assert len(screens) >= 5
    for screen in screens:
        source = "".join(inspect.getsource(c) for c in screen.__mro__ if _ours(c))
        for group, (places, _) in screen.SAYS_FAILURES.items():
            assert f'group="{group}"' in source, screen
            for place in places.split(", "):  # a selector list: "#summary, ComparePane" (fx167)
                if place.startswith("#"):  # a Static by its id
                    assert f'id="{place[1:]}"' in source, screen
                else:  # widgets that say a line (the comparison's panes: fx166)
                    kind = _named(place)
                    assert issubclass(kind, SaysLine), screen
                    kinds = (kind, *_subclasses(kind))
                    assert any(f"{k.__name__}(id=" in source for k in kinds), screen


def _named(name: str) -> type:
    """The tui's widget class of this name."""
    return next(cls for cls in _subclasses(Widget) if cls.__name__ == name and _ours(cls))


def _ours(cls: type) -> bool:
    return cls.__module__.startswith("tui.")


def _subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_subclasses(direct))]


def said(stories: StoryList) -> str:
    """The list's first row: its one dim line when no story is listed (wrapped to the
    list's width since fx138: its lines joined)."""
    return " ".join(str(stories.get_option_at_index(0).prompt).split("\n"))


def test_a_bug_is_one_line_that_names_its_kind() -> None:
    assert bug_said("search", KeyError()) == "search failed: KeyError (a bug)"
    assert bug_said("search", ValueError("a\nb")) == "search failed: a (a bug: ValueError)"
    assert "\x1b" not in bug_said("search", ValueError("\x1b[31mred"))


def test_no_worker_ends_the_app_when_it_raises() -> None:
    """Textual's default for a worker's error is to exit the app (with a traceback)."""
    sources = [path.read_text() for path in Path(tui.__file__).parent.rglob("*.py")]
    found = [line for text in sources for line in re.findall(WORKER_START, text)]
    assert len(found) > 30
    assert [line for line in found if "exit_on_error=False" not in line] == []


WORKER_START = re.compile(r"@work\(.*\)|run_worker\([^)]*\)")
"""Where a worker is started (each on one line, as the tui's are)."""
