"""rv78: `h` on a quotes panel row whose words differ from the heading's reads the row's
article in a worker (nu70 #3) before its question comes; the keys typed meanwhile went to
the panel ("j" moved its cursor) and not into the question, as they did when the question
came at once. Now they wait for it: the note typed right after `h` is the note kept."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import OptionList

from tests.quote_rows import ROWS
from tests.tui.conftest import settle, wait_until
from tests.tui.test_quote_keep_heading_nu71 import BOTH, opened
from tests.tui.test_quotes_panel import app_of
from tui import quote_keep
from tui.dialogs.prompt import Prompt


async def test_keys_typed_after_h_go_into_its_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    find = quote_keep.full_span

    def held(body: str, full: str, start: int) -> tuple[int, int] | None:
        release.wait(20)  # the worker reading the row's article, slow
        return find(body, full, start)

    monkeypatch.setattr(quote_keep, "full_span", held)
    app = app_of(tmp_path, [*ROWS, BOTH])
    async with app.run_test(size=(120, 40)) as pilot:
        quotes, main = await opened(pilot, app)
        row_id, target = next((r, t) for r, t in quotes.targets.items() if t.full)
        options = quotes.query_one("#quote-list", OptionList)
        at = options.get_option_index(row_id)
        options.highlighted = at
        try:
            await pilot.press("h", "j", "x")  # typed before the question comes
            assert options.highlighted == at  # "j" did not move the panel's cursor
        finally:
            release.set()
        await wait_until(pilot, lambda: isinstance(app.screen, Prompt))
        await pilot.press("enter")
        await wait_until(pilot, lambda: target.article in main.kept)
        await settle(pilot)
        library = main.library
        assert library is not None
        with library.notebook() as notebook:
            entry = notebook.entry(target.article)
        assert entry is not None
        (kept,) = entry.highlights
        assert kept.note == "jx"
