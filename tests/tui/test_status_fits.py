"""At 80x24 the status line leaves parts out whole before it cuts any (cl24 #4: every part
was cut, "305 articl…", "showing…", "outlet:…")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.pilot import Pilot
from textual.widgets import Static

from index.library import default_derived
from index.store.build import rebuild
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.screens import reader as reader_module
from tui.widgets.status_line import SEPARATOR, fitted

words = st.text(alphabet="abcdefgh ,:", min_size=1, max_size=30).map(str.strip).filter(bool)


@given(
    st.lists(words, min_size=2, max_size=9, unique=True),
    st.integers(20, 160),
    st.data(),
)
def test_droppable_parts_go_whole_before_any_is_cut(
    parts: list[str], width: int, data: st.DataObject
) -> None:
    droppable = data.draw(st.lists(st.sampled_from(parts[:-1]), unique=True))
    line = fitted(parts, width, droppable=droppable)
    shown = line.split(SEPARATOR)
    if any(part.endswith("…") for part in shown):  # something was cut: nothing droppable left
        assert not set(shown) & set(droppable), line
    rest = [part for part in parts if part not in droppable]
    if len(SEPARATOR.join(rest)) <= width:  # what must stay fits: nothing cut, all kept
        assert "…" not in line and set(rest) <= set(shown), line
        # a droppable part left out only while the line was too wide with it
        if set(droppable) - set(shown):
            dropped_last = [p for p in droppable if p not in shown][-1]
            assert len(SEPARATOR.join([*shown, dropped_last])) > width
    assert parts[-1] in shown  # the index's state stays whole


@pytest.fixture
def app(corpus_dir: Path, tmp_path: Path) -> BroadsheetApp:
    rebuild(corpus_dir, tmp_path / "index", derived=default_derived())  # "index fresh"
    return BroadsheetApp(corpus_dir, tmp_path / "index")


async def test_at_80x24_parts_go_whole(app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big corpus, a search that lists 50 of 305, an outlet chosen, matches in the pane."""
    monkeypatch.setattr(reader_module.ReaderScreen, "articles_said", lambda self: "1,479 articles")
    monkeypatch.setattr(
        reader_module.ReaderScreen,
        "list_status",
        lambda self: (["305 hits", "showing 50 of 305"], "sort: relevance"),
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        screen.source = "Reuters"
        screen.match_info = "7 matches (n/N)"
        screen._update_status()
        await settle(pilot)
        line = str(screen.query_one("#status", Static).render())
        assert "…" not in line, line
        for kept in ("1,479 articles", "305 hits", "outlet: Reuters", "index fresh"):
            assert kept in line.split(SEPARATOR), line


def test_snapshot_at_80x24(
    app: BroadsheetApp, monkeypatch: pytest.MonkeyPatch, snap_compare: Callable[..., bool]
) -> None:
    """The whole screen at 80x24 with the line above: its parts whole, the list's own."""
    monkeypatch.setattr(reader_module.ReaderScreen, "articles_said", lambda self: "1,479 articles")
    monkeypatch.setattr(
        reader_module.ReaderScreen,
        "list_status",
        lambda self: (["305 hits", "showing 50 of 305"], "sort: relevance"),
    )

    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        screen = reader(pilot.app)
        screen.source, screen.match_info = "Reuters", "7 matches (n/N)"
        screen._update_status()
        pilot.app.clear_notifications()
        await settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=before)
