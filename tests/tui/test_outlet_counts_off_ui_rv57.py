"""rv57: the outlet filter's counts are not counted on the UI thread.

fx128's status line under an outlet filter said the copies folded under its rows from
`Library.outlet_copies`, and `f` with no query counted the corpus's outlets
(`Library.sources`, which folds the copies the same way): the first count of a generation
is a whole search, 0.4-0.9 s on Reuters (19k articles, 278 copies), and it ran on the UI
thread after an update, or with a filter restored before the warm-up ended. Now a worker
counts both; the line says the note once counted, the picker comes with the counts, and
the keys typed meanwhile go to it, as typed after it came (the oracle: a slow typist)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from index.library import Library, default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import STORIES, reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.dialogs.source_picker import SourcePicker
from tui.screens import reader_outlets

OUTLET = "Daily Ledger"
COUNTS: list[Library] = []
"""Every `Library.outlet_copies` call (a whole search the first time a generation)."""


@pytest.fixture
def copied(tmp_path: Path) -> tuple[Path, Path]:
    """The reader's corpus, its Daily Ledger article saved twice more (two exact copies)."""
    files = dict(STORIES) | {f"copy{k}-markets.md": STORIES["markets.md"] for k in range(2)}
    corpus, index_dir = write_corpus(tmp_path / "corpus", files), tmp_path / "index"
    rebuild(corpus, index_dir, derived=default_derived())
    return corpus, index_dir


@pytest.fixture
def on_ui(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The counts taken on the main thread, by name (none should be)."""
    taken: list[str] = []
    counted, folded = reader_outlets.corpus_counts, Library.outlet_copies

    def corpus_counts(library: Library) -> tuple[list[tuple[str, int]], int]:
        if threading.current_thread() is threading.main_thread():
            taken.append("corpus_counts")
        time.sleep(0.2)  # a big corpus's first count: the keys typed meanwhile wait
        return counted(library)

    def outlet_copies(library: Library) -> Counter[str]:
        if threading.current_thread() is threading.main_thread():
            taken.append("outlet_copies")
        COUNTS.append(library)
        return folded(library)

    monkeypatch.setattr(reader_outlets, "corpus_counts", corpus_counts)
    monkeypatch.setattr(Library, "outlet_copies", outlet_copies)
    return taken


async def test_the_status_line_counts_the_copies_in_a_worker(
    copied: tuple[Path, Path], on_ui: list[str]
) -> None:
    app = BroadsheetApp(*copied)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        library = screen.library
        assert library is not None
        library._copies_less = None  # type: ignore[attr-defined]  # a new generation's
        assert library.outlet_copies_kept() is None
        COUNTS.clear()
        screen.outlet_chosen(OUTLET)
        for _ in range(5):  # status lines in a burst: one count, not one each
            screen.library_checked()
        await settle(pilot)
        assert len(COUNTS) == 1, len(COUNTS)  # one worker for outlet_chosen and the burst
        folded = sum(len(hit.copies) for hit in screen.articles.hits)  # the rows' "+N copies"
        assert folded == 2
        line = str(screen.query_one("#status", Static).render())
        await wait_until(
            pilot,
            lambda: (
                "(+2 exact copies folded into them)"
                in str(screen.query_one("#status", Static).render())
            ),
        )
        assert on_ui == [], line
        assert library.outlet_copies_kept() == library.outlet_copies()


@pytest.mark.parametrize("typed", ["led", "da", "zz"])
async def test_f_counts_in_a_worker_and_the_keys_typed_go_to_the_picker(
    copied: tuple[Path, Path], on_ui: list[str], typed: str
) -> None:
    ends: list[tuple[str, str]] = []
    for burst in (True, False):
        app = BroadsheetApp(*copied)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            if burst:
                await pilot.press("f", *typed)
            else:
                await pilot.press("f")
                await wait_until(pilot, lambda: isinstance(pilot.app.screen, SourcePicker))
                await pilot.press(*typed)
            await settle(pilot)
            assert isinstance(app.screen, SourcePicker)
            box = app.screen.query_one("#source-filter", Input)
            ends.append((box.value, str(reader(app).search_box.value)))
    assert ends[0] == ends[1] == (typed, ""), ends
    assert on_ui == []
