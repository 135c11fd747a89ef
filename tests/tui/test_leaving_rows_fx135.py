"""fx135: enter on a notebook row (`b`) or a quotes panel row (`q`) that closes its screen
with an article to read holds the keys typed behind it until the reader has the article, as
the story screen's and the related dialog's lists do (fx126, rv57: `LeavingList`); enter on
a row that leaves the screen open (a tag sets the filter) holds nothing (`LeavingList.
leaves`: held, the keys would wait 10 s for a `leave_with` that never comes).

The oracle: the same keys typed slowly, each once the one before has acted. Before the
switch, "j" enter enter in a burst read the slow typist's article in 16 of 16 bursts on each
screen, and 3 of 3 with the list's choice slowed (`slow_choice`): `leave_with` already waited
for the reader's callback; the lists now hold from the key itself, as the others do."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from index.library import DERIVED, default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.quote_rows import ROWS, write_rows
from tests.tui.conftest import STORIES, reader, settle, wait_until
from tests.tui.test_keys_after_screens_fx126 import PILOT_CASES
from tests.tui.test_notebook_remove import keep
from tests.tui.test_type_ahead import burst
from tui import key_order
from tui.app import BroadsheetApp
from tui.screens.notebook import NotebookScreen
from tui.screens.quotes import QuotesScreen
from tui.widgets.leaving_list import LeavingList

ATTEMPTS = 3
"""Bursts per enter-twice test (the race was lost in about one of eight)."""

State = tuple[list[str], str | None, str | None, int | None]


@pytest.fixture(autouse=True)
def no_wait_for_lost_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    for wait in ("KEY_WAIT", "SCREEN_WAIT", "RESULT_WAIT", "CONTENT_WAIT"):
        monkeypatch.setattr(key_order, wait, 3600)


@pytest.fixture
def slow_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    """A list takes a moment over its choice (`OptionSelected`) before it goes up to the
    screen, as on a loaded machine: the marker behind enter came back meanwhile, found no
    message waiting on its way, and handed the next key on to the list still shown."""
    handle = OptionList._on_message

    async def slowly(self: OptionList, message: Message) -> None:
        if isinstance(message, OptionList.OptionSelected):
            await asyncio.sleep(0.01)
        await handle(self, message)

    monkeypatch.setattr(OptionList, "_on_message", slowly)


def state(app: BroadsheetApp) -> State:
    """The screens open, the article in the pane, the widget focused and the cursor of the
    list on top (the notebook's or the panel's, else the reader's articles)."""
    article = reader(app).pane.article
    lists = app.screen.query(OptionList)
    return (
        [type(screen).__name__ for screen in app.screen_stack],
        article.id if article else None,
        type(app.focused).__name__,
        lists.first().highlighted if lists else None,
    )


async def typed(app: BroadsheetApp, opener: str, screen: type, keys: str, slowly: bool) -> State:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(opener)
        await wait_until(pilot, lambda: isinstance(app.screen, screen))
        await settle(pilot)
        if slowly:
            for key in keys:
                burst(pilot, key)
                await settle(pilot)
        else:
            burst(pilot, keys)
            await settle(pilot)
        return state(app)


def copied(built: tuple[Path, Path], folder: Path) -> BroadsheetApp:
    """An app over a copy of ``built``'s index (each run its own notebook and read marks)."""
    corpus, index_dir = built
    shutil.copytree(index_dir, folder / "index")
    return BroadsheetApp(corpus, folder / "index", config_dir=folder / "config")


@pytest.fixture(scope="module")
def kept_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The notebook corpus's index, its notebook holding what `keep` keeps."""
    folder = tmp_path_factory.mktemp("kept")
    corpus = write_corpus(folder / "corpus", STORIES)
    rebuild(corpus, folder / "index", derived=default_derived())
    keep(corpus, folder / "index")
    return corpus, folder / "index"


@pytest.fixture(scope="module")
def quoted_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("quoted")
    corpus = write_rows(folder / "quoted", ROWS)
    rebuild(corpus, folder / "index", derived=DERIVED)
    return corpus, folder / "index"


async def in_notebook(built: tuple[Path, Path], folder: Path, keys: str, slowly: bool) -> State:
    return await typed(copied(built, folder), "b", NotebookScreen, keys, slowly)


async def in_quotes(built: tuple[Path, Path], folder: Path, keys: str, slowly: bool) -> State:
    return await typed(copied(built, folder), "q", QuotesScreen, keys, slowly)


async def test_enter_twice_on_a_notebook_article_reads_it_once(
    kept_index: tuple[Path, Path], tmp_path: Path, slow_choice: None
) -> None:
    slow = await in_notebook(kept_index, tmp_path / "slow", "j\r\r", slowly=True)
    assert slow[0] == ["ReaderScreen"] and slow[2] == "ReadingPane", slow
    for attempt in range(ATTEMPTS):  # a race: lost now and then
        fast = await in_notebook(kept_index, tmp_path / f"fast{attempt}", "j\r\r", slowly=False)
        assert fast == slow, (attempt, fast, slow)


async def test_enter_twice_on_a_quote_reads_it_once(
    quoted_index: tuple[Path, Path], tmp_path: Path, slow_choice: None
) -> None:
    slow = await in_quotes(quoted_index, tmp_path / "slow", "j\r\r", slowly=True)
    assert slow[0] == ["ReaderScreen"] and slow[2] == "ReadingPane", slow
    for attempt in range(ATTEMPTS):
        fast = await in_quotes(quoted_index, tmp_path / f"fast{attempt}", "j\r\r", slowly=False)
        assert fast == slow, (attempt, fast, slow)


async def test_only_an_article_row_of_the_notebook_holds_the_keys_behind_enter(
    kept_index: tuple[Path, Path], tmp_path: Path
) -> None:
    """The rows `_chosen` reads from (articles, highlights) leave; a tag, a saved search
    and a heading do not (a held key would wait 10 s for a `leave_with` never made)."""
    async with copied(kept_index, tmp_path).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, NotebookScreen))
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, NotebookScreen)
        listing = screen.query_one("#notebook-items", LeavingList)
        leaving = {kind_of(screen, option): set() for option in listing.options}
        for option in listing.options:
            leaving[kind_of(screen, option)].add(not option.disabled and listing.leaves(option))
        listing.highlighted = next(
            n for n, option in enumerate(listing.options) if kind_of(screen, option) == "tag"
        )
        burst(pilot, "\rk")  # the filter set, "k" acts at once, not in 10 s (3600 here)
        await settle(pilot)
        assert screen.query_one(Input).value == "#crops"
        assert not pilot.app._result_expected and not pilot.app._held_keys
        assert leaving == {"heading": {False}, "entry": {True}, "tag": {False}, "search": {False}}


def kind_of(screen: NotebookScreen, option: Option) -> str:
    """What a notebook row lists: a heading, a tag, a saved search or an article (an entry:
    an article's row, or a highlight's)."""
    row = None if option.disabled else screen.listed[int(option.id or 0)]
    if row is None:
        return "heading"
    return "tag" if row.tag else "search" if row.search else "entry"


@settings(PILOT_CASES)
@given(keys=st.text(alphabet="jk\r", min_size=2, max_size=5))
def test_keys_in_the_notebook_act_as_typed_slowly(
    kept_index: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory, keys: str
) -> None:
    """Any row: an article's holds the keys behind enter, a tag's (the filter set) holds none."""
    folder = tmp_path_factory.mktemp("notebook")
    slow = asyncio.run(in_notebook(kept_index, folder / "slow", keys, slowly=True))
    assert asyncio.run(in_notebook(kept_index, folder / "fast", keys, slowly=False)) == slow, keys


@settings(PILOT_CASES)
@given(keys=st.text(alphabet="jk\r", min_size=2, max_size=5))
def test_keys_in_the_quotes_panel_act_as_typed_slowly(
    quoted_index: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory, keys: str
) -> None:
    folder = tmp_path_factory.mktemp("quotes")
    slow = asyncio.run(in_quotes(quoted_index, folder / "slow", keys, slowly=True))
    assert asyncio.run(in_quotes(quoted_index, folder / "fast", keys, slowly=False)) == slow, keys
