"""fx145 (nu59 walkthrough): ctrl+q quits from every screen and dialog of the app.

A modal screen stops Textual's key lookup at itself, so the app's ctrl+q (quit) did nothing
in a dialog or the help: the user had to press esc first, though the README says ctrl+q
quits from anywhere. Every dialog now binds it (`tui.dialogs.dialog.Dialog`); a prompt with
text typed in it says so first (what quitting would lose), and a second ctrl+q quits.

Oracle: the app's screen classes, found by walking its modules (every `Screen` subclass
of `tui` that no other derives from, and the help, which is pushed itself), each opened
over the reader: ctrl+q, sent as the terminal sends it, ends the app."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.screen import Screen
from textual.widgets import Input

import tui
from index.library import default_derived
from index.store.build import rebuild
from tests.analysis.test_stories import BOULDER_LATE, CORPUS
from tests.story_corpus import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_ctrl_q_search_bar_fx144 import QUIT_WITHIN, ctrl_q
from tui.app import BroadsheetApp
from tui.dialogs.confirm import Confirm
from tui.dialogs.dialog import Palette
from tui.dialogs.passage_picker import PassagePicker
from tui.dialogs.prompt import Prompt
from tui.dialogs.related import RelatedDialog
from tui.dialogs.source_picker import SourcePicker
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen
from tui.screens.multicompare import MultiCompareScreen
from tui.screens.notebook import NotebookScreen
from tui.screens.quotes import QuoteScope, QuotesScreen
from tui.screens.reader import ReaderScreen
from tui.screens.skipped_files import SkippedFiles
from tui.screens.story import StoryScreen

SIZE = (120, 40)

Opens = Callable[[BroadsheetApp, ReaderScreen], Screen[Any] | None]

OPEN: dict[type[Screen[Any]], Opens] = {
    ReaderScreen: lambda app, r: None,
    HelpScreen: lambda app, r: HelpScreen((), {}),
    SkippedFiles: lambda app, r: SkippedFiles(r.corpus, [], "0 files"),
    SourcePicker: lambda app, r: SourcePicker([("Reuters", 1)], None),
    Confirm: lambda app, r: Confirm("Remove it?"),
    Prompt: lambda app, r: Prompt("Note:"),
    PassagePicker: lambda app, r: PassagePicker("One.\n\nTwo.\n\nThree."),
    RelatedDialog: lambda app, r: RelatedDialog(r.pane.article, []),  # type: ignore[arg-type]
    CompareScreen: lambda app, r: CompareScreen(r.library, *ids(r, 2)),  # type: ignore[arg-type]
    MultiCompareScreen: lambda app, r: MultiCompareScreen(r.library, ids(r, 3)),  # type: ignore[arg-type]
    NotebookScreen: lambda app, r: NotebookScreen(r.library),  # type: ignore[arg-type]
    QuotesScreen: lambda app, r: QuotesScreen(r.library, QuoteScope()),  # type: ignore[arg-type]
    StoryScreen: lambda app, r: StoryScreen(r.library, first_story(r)),  # type: ignore[arg-type]
    Palette: lambda app, r: app.action_command_palette(),  # type: ignore[func-returns-value]
}
"""How each screen is opened over the reader (None: the reader itself)."""


def send_ctrl_q(app: BroadsheetApp) -> None:
    """ctrl+q, as the terminal sends it (`ctrl_q` without waiting for the end)."""
    key = events.Key("ctrl+q", None)
    key.set_sender(app)
    assert app._driver is not None
    app._driver.send_message(key)


def ids(screen: ReaderScreen, n: int) -> list[str]:
    return [hit.id for hit in screen.articles.hits[:n]]


def first_story(screen: ReaderScreen) -> str:
    assert screen.library is not None
    return screen.library.stories("")[0].id


def app_screens() -> set[type[Screen[Any]]]:
    """Every screen class of the app that is opened as itself: the leaves of `tui`'s
    `Screen` subclasses, and the help (its skipped files list derives from it)."""
    for module in pkgutil.walk_packages(tui.__path__, "tui."):
        if ".cli" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: set[type[Screen[Any]]] = set()
    stack: list[type[Screen[Any]]] = [Screen]
    while stack:
        cls = stack.pop()
        stack += cls.__subclasses__()
        if cls.__module__.startswith("tui."):
            found.add(cls)
    leaves = {c for c in found if not any(o is not c and issubclass(o, c) for o in found)}
    return leaves | {HelpScreen}


def test_every_screen_of_the_app_is_walked() -> None:
    assert app_screens() == set(OPEN)


@pytest.fixture(scope="module")
def index_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("fx145")
    corpus = root / "news"
    write_corpus(corpus / "news.jsonl", [*CORPUS, BOULDER_LATE])  # stories to open
    rebuild(corpus, root / "index", derived=default_derived())
    return corpus, root / "index"


async def _opened(app: BroadsheetApp, pilot: Any, kind: type[Screen[Any]]) -> None:
    await settle(pilot)
    screen = reader(app)
    await wait_until(pilot, lambda: screen.pane.article is not None)
    shown = OPEN[kind](app, screen)
    if shown is not None:
        app.push_screen(shown)
        await wait_until(pilot, lambda: app.screen is shown)
    await settle(pilot)
    assert isinstance(app.screen, kind)


@pytest.mark.parametrize("kind", list(OPEN), ids=lambda kind: kind.__name__)
async def test_ctrl_q_quits_from_every_screen(
    index_built: tuple[Path, Path], kind: type[Screen[Any]]
) -> None:
    app = BroadsheetApp(*index_built)
    async with app.run_test(size=SIZE) as pilot:
        await _opened(app, pilot, kind)
        took = await ctrl_q(app)
        assert not app.is_running, f"ctrl+q did not end the app over {kind.__name__}"
        assert took < QUIT_WITHIN


@pytest.mark.parametrize("typed", ["kite alpha", "Q"])
async def test_a_prompt_with_text_typed_says_so_then_quits(
    index_built: tuple[Path, Path], typed: str
) -> None:
    app = BroadsheetApp(*index_built)
    async with app.run_test(size=SIZE) as pilot:
        await _opened(app, pilot, Prompt)
        await pilot.press(*[{" ": "space"}.get(c, c) for c in typed])
        await settle(pilot)
        assert app.screen.query_one(Input).value == typed
        send_ctrl_q(app)
        await pilot.pause(0.5)
        assert app.is_running
        said = [n.message for n in app._notifications]
        assert any("not saved" in m and "ctrl+q again" in m for m in said), said
        assert app.screen.query_one(Input).value == typed  # kept
        await ctrl_q(app)
        assert not app.is_running
