"""nu52 #1: `j p` typed in one burst pinned row 1 while the pane went on to row 2 (`j T`
tagged row 1 alike): pin, tag, note and highlight read the article in the pane, which a
worker brings after the move, and the key queue handed the key on before. README: keys
act in the order typed. Here the article loads slowly (a loaded machine), the keys come
in one burst, and each key must act on the row moved to (`tui.screens.notebook_wait`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from index.library import Library
from index.models import Article
from index.notebook import Entry
from tests.tui.test_notebook_reader import SIZE, entry_of, reading
from tests.tui.test_type_ahead import no_wait_for_lost_markers, settle, type_fast
from tui import key_order
from tui.app import BroadsheetApp

__all__ = ["no_wait_for_lost_markers"]  # the autouse fixture, used here too


@pytest.fixture(autouse=True)
def slow_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each article takes a moment to load: the pane is behind the cursor for a while."""
    load = Library.article

    def slowly(self: Library, article_id: str) -> Article:
        time.sleep(0.2)
        return load(self, article_id)

    monkeypatch.setattr(Library, "article", slowly)
    monkeypatch.setattr(key_order, "RESULT_WAIT", 3600)  # were the key never handed on


async def burst_after_move(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch, typed: str
) -> tuple[str, str]:
    """Type ``typed`` in one burst from the first row; the ids of the first two rows."""
    async with app.run_test(size=SIZE) as pilot:
        screen, first = await reading(pilot)
        assert screen.articles.cursor == 0 and len(screen.articles.hits) > 1
        second = screen.articles.hits[1].id
        await type_fast(pilot, monkeypatch, typed)
        await settle(pilot)
        assert screen.articles.cursor == 1
        assert screen.pane.article is not None and screen.pane.article.id == second
        return first.id, second


def pinned(entry: Entry) -> bool:
    return entry.pinned


def tagged(entry: Entry) -> bool:
    return entry.tags == ("quick",)


def noted(entry: Entry) -> bool:
    return entry.note == "seen"


def highlighted(entry: Entry) -> bool:
    return len(entry.highlights) == 1


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("jp", pinned),
        ("jTquick\r", tagged),  # the tag prompt, answered in the burst
        ("jaseen\r", noted),  # the note prompt
        ("jh\r\r", highlighted),  # the passage offered, then no note
    ],
    ids=["pin", "tag", "note", "highlight"],
)
async def test_a_notebook_key_in_a_burst_after_j_acts_on_the_row_moved_to(
    app: BroadsheetApp,
    built: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    kept: Callable[[Entry], bool],
) -> None:
    first, second = await burst_after_move(app, monkeypatch, typed)
    entry = entry_of(built[1], second)
    assert entry is not None and kept(entry)
    assert entry_of(built[1], first) is None


async def test_p_after_the_pane_caught_up_pins_the_row_shown(
    app: BroadsheetApp, built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`j`, a pause, `p`: the pane shows the row already (the key is not held)."""
    async with app.run_test(size=SIZE) as pilot:
        screen, first = await reading(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert screen.pane.article is not None and screen.pane.article.id != first.id
        await pilot.press("p")
        await settle(pilot)
        entry = entry_of(built[1], screen.pane.article.id)
        assert entry is not None and entry.pinned and entry_of(built[1], first.id) is None
