"""A worker of the reader's opening that raises what nobody expected never leaves the
reader on "Opening the index…" without a word (fx160; rv69 watched it stay for good).

Each worker of the opening (the kept first page, opening the index, the saved state, the
articles read, the index's check) is made to raise in turn: the reader says one line
naming the exception's kind and first line, waits no more, and answers keys (help, a
search, quit). Textual logs the traceback to its console; the app keeps no log file.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.dom import DOMNode
from textual.widgets import Static

import index.library
import tui
import tui.index_work
import tui.notebook_ops
import tui.screens.reader_first_page
import tui.screens.reader_read
import tui.screens.reader_session
import tui.widgets.reading_pane
from index.errors import IndexDamaged, StoreError
from index.library import QueryError, printable
from index.models import Article
from index.notebook import NotebookDamaged
from index.notebook.db import NOTEBOOK_FILE
from tests.tui.conftest import reader, search
from tests.tui.test_worker_bugs import settle
from tui.app import BroadsheetApp
from tui.screens.help import HelpScreen
from tui.screens.library_screen import CHECKING, NOT_CHECKED
from tui.screens.reader import ReaderScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.build_progress import BuildProgress
from tui.widgets.reading_pane import ReadingPane
from tui.worker_failures import bug_said


def raising(*args: object, **kwargs: object) -> Any:
    raise RuntimeError("walked off\nsecond line")


KINDS: dict[str, tuple[Any, str, str]] = {
    # the worker: (module or class, what is made to raise, what the line says failed)
    "first page": (tui.screens.reader_first_page, "opening_page", "first page"),
    "open index": (tui.index_work.IndexWork, "run", "opening the index"),
    "restore": (tui.screens.reader_session, "load_state", "restoring the last session"),
    "load read": (tui.screens.reader_read, "load_read", "load read"),
    "index check": (index.library.Library, "status", "index check"),
}
LISTS = set(KINDS) - {"open index"}
"""The kinds after whose failure the index opens and lists its articles."""


@pytest.mark.parametrize("kind", sorted(KINDS))
async def test_an_opening_worker_that_raises_says_so_and_the_reader_answers(
    kind: str, built: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    where, name, what = KINDS[kind]
    monkeypatch.setattr(where, name, raising)
    app = BroadsheetApp(*built, restore=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        said = [str(n.message) for n in app._notifications]
        line = f"{what} failed: walked off (a bug: RuntimeError)"
        assert [s for s in said if line in s] != [], said
        assert not [s for s in said if "Traceback" in s or "\n" in s]
        articles = screen.query_one(ArticleList)
        assert articles.empty_text != "Opening the index…"
        assert screen.freshness != CHECKING
        if kind in LISTS:
            assert screen.library is not None and len(articles.hits) == 4
            assert screen.freshness == (NOT_CHECKED if kind == "index check" else "index fresh")
        else:
            assert articles.empty_text.startswith("Cannot open the index: ")
            assert line in articles.empty_text
        await pilot.press("question_mark")  # help opens and closes
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        if kind in LISTS:  # another search
            await search(pilot, "drought")
            assert screen.shown_query == "drought" and len(articles.hits) == 1
        await pilot.press("escape", "ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_check_that_keeps_failing_is_said_once(
    built: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check runs every few seconds: its failure is not a toast each time."""
    monkeypatch.setattr(index.library.Library, "status", raising)
    app = BroadsheetApp(*built)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        for _ in range(3):
            screen.check_freshness()
            await settle(pilot)
        said = [str(n.message) for n in app._notifications if "index check" in str(n.message)]
        assert len(said) == 1 and screen.freshness == NOT_CHECKED


async def test_an_update_that_raises_says_so_and_the_status_waits_no_more(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.library is not None
        monkeypatch.setattr(tui.index_work.IndexWork, "run", raising)  # outside its catch
        await pilot.press("u")
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert "the update failed: walked off (a bug: RuntimeError)" in said
        assert screen.busy == "" and not screen.updating and not screen.query(BuildProgress)
        await search(pilot, "drought")  # the open index still answers
        assert len(screen.query_one(ArticleList).hits) == 1


def laid_out(monkeypatch: pytest.MonkeyPatch, broken_id: str) -> None:
    """Laying out the article ``broken_id`` raises; the others are laid out."""
    real = tui.widgets.reading_pane.layout_article

    def layout(article: Article, *args: Any, **options: Any) -> Any:
        if article.id == broken_id:
            raising()
        return real(article, *args, **options)

    monkeypatch.setattr(tui.widgets.reading_pane, "layout_article", layout)


async def test_an_article_whose_layout_raises_says_so_in_the_pane(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pane kept "Select an article to read it." for the article under the cursor,
    and no word anywhere."""
    laid_out(monkeypatch, "harvest.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.query_one(ArticleList).hits[0].id == "harvest.txt"
        pane = screen.query_one(ReadingPane)
        lines = " ".join(line.plain for line in pane.layout_.lines)
        assert pane.article is not None and pane.article.id == "harvest.txt"
        assert lines == "⚠ laying out the article failed: walked off (a bug: RuntimeError)"
        await pilot.press("n")  # a match step waits no more
        await pilot.press("j")  # the next article reads as ever
        await settle(pilot)
        assert pane.article is not None and pane.article.id != "harvest.txt"
        assert pane.layout_.lines[0].plain == pane.article.title
        assert not [n for n in app._notifications if "Traceback" in str(n.message)]


def test_every_class_that_runs_workers_hears_of_their_failures() -> None:
    """Textual posts a worker's state to the node that runs it, never bubbled: a screen,
    dialog or widget without a handler lets its workers fail without a word."""
    for module in pkgutil.walk_packages(tui.__path__, "tui."):
        if not module.name.endswith("__main__"):  # runs the command
            importlib.import_module(module.name)
    working = [
        cls
        for cls in _subclasses(DOMNode)
        if cls.__module__.startswith("tui.") and "@work(" in inspect.getsource(cls)
    ]
    assert len(working) >= 20
    deaf = [cls for cls in working if "on_worker_state_changed" not in _handlers(cls)]
    assert deaf == []


def _handlers(cls: type) -> set[str]:
    return {name for c in cls.__mro__ if c.__module__.startswith("tui.") for name in vars(c)}


def _subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_subclasses(direct))]


SAID_AS_IT_IS = [StoreError, IndexDamaged, NotebookDamaged, QueryError, OSError, FileNotFoundError]
"""Errors a user acts on as they read: the project's own, and the system's."""
BUGS = [RuntimeError, KeyError, ValueError, TypeError, RecursionError, AttributeError]


@given(st.sampled_from(SAID_AS_IT_IS + BUGS), st.text(max_size=40), st.text(min_size=1, max_size=9))
def test_only_an_error_nobody_expected_is_called_a_bug(
    kind: type[Exception], text: str, what: str
) -> None:
    """A damaged notebook's toast said "(a bug: NotebookDamaged)" (fx160's first cut)."""
    said = bug_said(what, kind(text))
    assert "\n" not in said and said.startswith(printable(f"{what} failed: "))
    assert ("(a bug" in said) == (kind in BUGS)
    if kind in BUGS:
        assert said.endswith(f"(a bug: {kind.__name__})") or said.endswith("(a bug)")


async def test_a_damaged_notebook_at_opening_is_said_as_it_is(built: tuple[Any, Any]) -> None:
    """A real broken file of the index folder: the notebook's toast says what to do, and
    the reader lists as ever."""
    _, index_dir = built
    (index_dir / NOTEBOOK_FILE).write_bytes(b"not a database " * 20)
    app = BroadsheetApp(*built)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        said = [str(n.message) for n in app._notifications if "notebook" in str(n.message)]
        assert len(said) == 1 and "is damaged" in said[0] and "move it aside" in said[0]
        assert "a bug" not in said[0]
        assert len(reader(app).query_one(ArticleList).hits) == 4


LATER: dict[str, tuple[Any, tuple[str, ...], str]] = {
    # a worker the user starts: (where, what is made to raise, its key)
    "quotes": (index.library.Library, ("quotes", "article_quotes"), "q"),
    "related": (index.library.Library, ("related",), "r"),
    "notebook": (tui.notebook_ops, ("read_all",), "b"),
}


@pytest.mark.parametrize("kind", sorted(LATER))
async def test_a_worker_the_user_starts_that_raises_says_so_and_the_reader_answers(
    kind: str, app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    where, names, key = LATER[kind]
    for name in names:
        monkeypatch.setattr(where, name, raising)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        on_screen = [str(s.render()) for s in app.screen.query(Static)]
        said = [str(n.message) for n in app._notifications] + on_screen
        assert [s for s in said if "walked off" in s] != [], said
        assert not [s for s in said if "Traceback" in s or "second line" in s]
        for _ in range(3):  # the screen or dialog closes
            if app.screen is not reader(app):
                await pilot.press("escape")
                await settle(pilot)
        assert app.screen is reader(app)
        await search(pilot, "drought")
        assert reader(app).shown_query == "drought"
        assert len(reader(app).query_one(ArticleList).hits) == 1
