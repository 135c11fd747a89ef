"""Fixtures for the reader's tests: a small corpus written here, its index, and app drivers."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList
from textual.worker import WorkerCancelled

from index.library import default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tui.app import BroadsheetApp
from tui.screens.reader import ReaderScreen

STORIES: dict[str, str] = {
    "ceasefire.txt": (
        "Envoys agree on ceasefire monitors\n\nBy Ann Lee\n\n"
        "GENEVA, May 2 (Reuters) - Envoys agreed on Tuesday to send peacekeepers to monitor "
        "the ceasefire, officials said, after a week of talks.\n\n"
        "The peacekeeping force would need a mandate from the Security Council, a diplomat "
        'said. "We are close," the envoy said. Peacekeepers could arrive within a month.\n'
    ),
    "harvest.txt": (
        "Farmers count the cost of the drought\n\nPublished: 3 June 2024\n\n"
        "Farmers in the south said the drought had halved the wheat harvest this year, and "
        "asked the government for emergency aid.\n"
    ),
    "markets.md": (
        "---\ntitle: Markets rally on ceasefire hopes\nsource: Daily Ledger\ndate: 2024-05-03\n"
        "---\nShares rose on Wednesday as investors welcomed the ceasefire talks in Geneva, "
        "traders said, and the peacekeepers plan lifted hopes.\n"
    ),
    "hostile.txt": (
        "Markup test [bold]not bold[/bold] and [@click=app.quit]click[/]\n\n"
        "This body has [link=http://example.org]a link[/link], a stray [/bold] tag and "
        "\x1b[31mred escape\x1b[0m text that must all show literally in the reader.\n"
    ),
}


@pytest.fixture(autouse=True)
def no_user_keymap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader's tests see the default keys, whatever the user's config folder holds."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", STORIES)


@pytest.fixture
def built(corpus_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    index_dir = tmp_path / "index"
    rebuild(corpus_dir, index_dir, derived=default_derived())  # whole: "index fresh", no more
    return corpus_dir, index_dir


@pytest.fixture
def stories_built(tmp_path: Path) -> tuple[Path, Path]:
    """A corpus of stories (`tests.story_corpus`: Boulder's and others) and its index, built
    with every derived kind."""
    from tests.story_corpus import write_corpus as write_stories

    corpus, index_dir = tmp_path / "news", tmp_path / "index"
    write_stories(corpus / "news.jsonl")
    rebuild(corpus, index_dir, derived=default_derived())
    return corpus, index_dir


@pytest.fixture
def app(built: tuple[Path, Path]) -> BroadsheetApp:
    return BroadsheetApp(*built)


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until every worker has finished and every message has been handled."""
    for _ in range(6):
        # an exclusive worker replaced by a newer one raises; the next round waits for it
        with suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


KEY_NAMES = {
    " ": "space",
    '"': "quotation_mark",
    "*": "asterisk",
    "~": "tilde",
    ":": "colon",
    "(": "left_parenthesis",
    ")": "right_parenthesis",
}


async def search(pilot: Pilot[Any], text: str) -> None:
    """Type a query into the search bar, key by key, and wait for the results."""
    await pilot.press("slash")
    await pilot.press(*[KEY_NAMES.get(ch, ch) for ch in text])
    await pilot.pause(0.2)  # the search waits for a pause in typing
    await settle(pilot)


async def wait_until(pilot: Pilot[Any], condition: Callable[[], bool], seconds: float = 10) -> None:
    """Let the app run until ``condition`` holds (a timer may be due); fail after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        await pilot.pause(0.02)


def reader(app: BroadsheetApp) -> ReaderScreen:
    """The app's reader screen (under any screen pushed over it)."""
    screen = app.screen_stack[0] if app.screen_stack else app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def palette_offers(pilot: Pilot[Any], app: BroadsheetApp, prompt: str) -> None:
    """Wait until the command palette's first option holds ``prompt`` (the palette gathers
    its commands as you type)."""

    def offered() -> bool:
        options = app.screen.query_one(OptionList)
        first = options.get_option_at_index(0) if options.option_count else None
        return first is not None and prompt in str(first.prompt)

    await wait_until(pilot, offered)


async def fail_second_row(
    app: BroadsheetApp, pilot: Pilot[Any], patch: pytest.MonkeyPatch, failure: type[Exception]
) -> ReaderScreen:
    """The reader once its pane shows the first row, with the article of the second row
    failing to load with ``failure`` from then on, and the list focused (fx142, rv60)."""
    from index.library import Library
    from index.models import Article

    await settle(pilot)
    screen = reader(app)
    await wait_until(pilot, lambda: screen.pane.article is not None)
    rows = screen.articles.hits
    assert len(rows) >= 3
    broken = rows[1].id
    article = Library.article

    def failing(self: Library, article_id: str) -> Article:
        if article_id == broken:
            raise failure(article_id)
        return article(self, article_id)

    patch.setattr(Library, "article", failing)
    screen.articles.focus()
    await settle(pilot)
    return screen


def hold_state(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The reader's saved state held back until the returned event is set (fx154, rv66, fx157:
    keys typed before the state comes)."""
    from tui.screens import reader_session

    came = threading.Event()
    load = reader_session.load_state

    def late(path: Path) -> Any:
        came.wait(20)
        return load(path)

    monkeypatch.setattr(reader_session, "load_state", late)
    return came
