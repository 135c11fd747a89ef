"""nu55 #10: `u` did nothing in the Related dialog while the reader's status line under it
said "stale ... press u". The dialog now says what that line says of the index, `u`
updates in the reader's worker, and the list is found again after (an article deleted
from the corpus leaves it). Pilot, on the quotes test corpus (a1, a2, a3 one story; b1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.quote_rows import ROWS
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_quotes_panel import app_of
from tests.tui.test_quotes_panel_update_fx80 import delete, said
from tui.app import BroadsheetApp
from tui.dialogs.related import RelatedDialog


@pytest.fixture
def app(tmp_path: Path) -> BroadsheetApp:
    return app_of(tmp_path, ROWS)


def dialog(app: BroadsheetApp) -> RelatedDialog:
    screen = app.screen
    assert isinstance(screen, RelatedDialog)
    return screen


def index_line(app: BroadsheetApp) -> tuple[bool, str]:
    line = dialog(app).query_one("#index-said", Static)
    return line.display, str(line.render())


async def test_u_in_the_related_dialog_updates_and_lists_again(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await wait_until(pilot, lambda: reader(app).pane.article is not None)
        shown = reader(app).pane.article
        assert shown is not None
        await pilot.press("r")
        await settle(pilot)
        listed = {r.id for r in dialog(app).related}
        gone = sorted(listed - {shown.id})[0]
        await wait_until(pilot, lambda: reader(app).freshness == "index fresh")
        assert index_line(app) == (False, "")  # no news: no line
        delete(app, gone)
        await wait_until(pilot, lambda: index_line(app)[0])
        line = index_line(app)[1]
        assert line == reader(app).freshness and "press u" in line, line  # the reader's words
        await pilot.press("u")
        await wait_until(pilot, lambda: any(s.startswith("Index updated") for s in said(app)))
        await wait_until(pilot, lambda: gone not in {r.id for r in dialog(app).related})
        await settle(pilot)
        assert {r.id for r in dialog(app).related} == listed - {gone}
        assert index_line(app) == (False, "")  # the line went with the update
