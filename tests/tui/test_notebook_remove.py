"""nu32 #12 and #15: the notebook screen removes a highlight, a saved search or an article's
row (`d`, asked first), and its help lists every key it binds, and no query table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from index.library import Library
from index.notebook import ArticleRecord, Notebook, anchor_quote
from tests.tui.conftest import settle, wait_until
from tui import keymap
from tui.app import BroadsheetApp
from tui.dialogs.confirm import Confirm
from tui.screens.help import HelpScreen
from tui.screens.notebook import NotebookScreen

SIZE = (120, 40)

TEXTUAL_OWN = {"scroll_left", "scroll_right", "page_left", "page_right", "screen.copy_text"}
"""Textual's bindings left out of every screen's help: sideways scrolling (the rows wrap
or end in "…") and copying a mouse selection (every Textual app's ctrl+c)."""


def keep(corpus: Path, index_dir: Path) -> None:
    """A pinned article, a highlight and two saved searches (``peace`` and ``grain``)."""
    with Library.open(corpus, index_dir) as library:
        body = library.article("ceasefire.txt").body
    with Notebook.open(index_dir) as notebook:
        record = ArticleRecord("ceasefire.txt", "Envoys agree on ceasefire monitors", "Reuters")
        notebook.pin(ArticleRecord("harvest.txt", "Farmers count the cost"), tags=["crops"])
        notebook.highlight(record, anchor_quote(body, "Peacekeepers could arrive"), note="soon")
        notebook.saved.add("peace", "peacekeepers")
        notebook.saved.add("grain", "harvest")


@pytest.fixture
def kept(built: tuple[Path, Path]) -> BroadsheetApp:
    """The reader over a notebook holding what `keep` keeps."""
    keep(*built)
    return BroadsheetApp(*built)


async def notebook_screen(pilot: Pilot[Any]) -> NotebookScreen:
    await settle(pilot)
    await pilot.press("b")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, NotebookScreen)
    await wait_until(pilot, lambda: bool(screen.listed))
    return screen


async def to_row(pilot: Pilot[Any], screen: NotebookScreen, wanted: str) -> None:
    """Move the cursor with j until the row under it reads ``wanted``."""
    for _ in range(len(screen.listed) + 1):
        row = screen.current()
        if row is not None and wanted in row.label.plain:
            return
        await pilot.press("j")
    raise AssertionError(f"no row reads {wanted!r}")


async def remove_at(pilot: Pilot[Any], screen: NotebookScreen, wanted: str, *keys: str) -> None:
    """On the row reading ``wanted``, press ``keys`` (d, then the answer) and let it run."""
    await to_row(pilot, screen, wanted)
    await pilot.press(*keys)
    await settle(pilot)


def saved_names(screen: NotebookScreen) -> list[str]:
    return [row.search.name for row in screen.listed if row.search is not None]


def kept_ids(screen: NotebookScreen) -> set[str]:
    return {row.entry.article.id for row in screen.listed if row.entry is not None}


async def test_d_asks_then_removes_the_highlight_and_n_keeps_it(
    kept: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    app, index_dir = kept, built[1]
    async with app.run_test(size=SIZE) as pilot:
        screen = await notebook_screen(pilot)
        await remove_at(pilot, screen, "Peacekeepers could arrive", "d")
        assert isinstance(app.screen, Confirm) and "Peacekeepers" in app.screen.question
        await pilot.press("n")  # no: kept
        await settle(pilot)
        assert app.screen is screen
        with Notebook.open(index_dir) as notebook:
            assert len(notebook.entry("ceasefire.txt").highlights) == 1  # type: ignore[union-attr]
        await pilot.press("d", "y")
        await settle(pilot)
        await wait_until(pilot, lambda: all(row.highlight is None for row in screen.listed))
        with Notebook.open(index_dir) as notebook:
            assert notebook.entry("ceasefire.txt") is None  # nothing else was kept on it
            assert notebook.entry("harvest.txt") is not None


async def test_d_removes_a_saved_search_and_an_articles_row(
    kept: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    app, index_dir = kept, built[1]
    async with app.run_test(size=SIZE) as pilot:
        screen = await notebook_screen(pilot)
        await remove_at(pilot, screen, "peacekeepers", "d", "enter")
        await wait_until(pilot, lambda: saved_names(screen) == ["grain"])
        await pilot.press("g")
        await remove_at(pilot, screen, "Farmers count the cost", "delete", "y")
        await wait_until(pilot, lambda: "harvest.txt" not in kept_ids(screen))
    with Notebook.open(index_dir) as notebook:
        assert [s.name for s in notebook.saved.all()] == ["grain"]
        assert notebook.entry("harvest.txt") is None
        assert notebook.entry("ceasefire.txt") is not None


async def test_d_on_a_tag_says_what_it_removes_and_removes_nothing(
    kept: BroadsheetApp, built: tuple[Path, Path]
) -> None:
    app, index_dir = kept, built[1]
    async with app.run_test(size=SIZE) as pilot:
        screen = await notebook_screen(pilot)
        await remove_at(pilot, screen, "#crops  1", "d")  # the tag's row, not the article's
        assert app.screen is screen
        assert any("Nothing to remove here" in str(n.message) for n in app._notifications)
    with Notebook.open(index_dir) as notebook:
        assert notebook.entry("harvest.txt") is not None


def _help_text(help_screen: HelpScreen) -> str:
    lines = []
    for widget in help_screen.query(Static):
        lines += [widget.render_line(y).text for y in range(widget.size.height)]
    return "\n".join(lines)


async def test_the_notebook_help_lists_every_key_the_screen_binds(kept: BroadsheetApp) -> None:
    """The oracle is Textual's own table of the keys active on the screen: each one's key
    is in the help, on the line of a key bound to the same action, and no query table."""
    app = kept
    async with app.run_test(size=(160, 80)) as pilot:
        screen = await notebook_screen(pilot)
        active = dict(screen.active_bindings)  # key -> (node, binding, enabled, tooltip)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = _help_text(app.screen)
        cells = {  # the keys of each row: "  j / ↓    next row  notebook-down"
            name
            for line in text.splitlines()
            if line.startswith("  ") and line[2:3].strip()
            for name in line[2:].split("  ")[0].split(" / ")
        }
        assert "Queries" not in text and not app.screen.query(".help-queries")
        listed = {k.id: k for k in keymap.help_keys("NotebookScreen")}
        missing = []
        for key, bound in active.items():
            if bound.binding.system or bound.binding.action in TEXTUAL_OWN:
                continue
            shown = app.get_key_display(bound.binding)
            if shown not in cells:
                missing.append(f"{key} ({bound.binding.action})")
        assert not missing, f"bound but not in the help: {missing}"
        assert {"notebook-read", "notebook-down", "notebook-up", "notebook-remove"} <= set(listed)


def place(screen: NotebookScreen) -> tuple[int, list[str]]:
    """The cursor's place among the rows (headings not counted), and the rows' labels."""
    picker = screen.picker
    options = [picker.get_option_at_index(n) for n in range(picker.option_count)]
    rows = [n for n, option in enumerate(options) if not option.disabled]
    assert picker.highlighted in rows
    return rows.index(picker.highlighted), [str(options[n].prompt) for n in rows]


async def test_after_d_the_cursor_keeps_its_place(kept: BroadsheetApp) -> None:
    """fx35b left: after `d` the cursor went back to the first row. The oracle: its place
    among the rows before, on the rows after (the last row when the last was removed)."""
    app = kept
    async with app.run_test(size=SIZE) as pilot:
        screen = await notebook_screen(pilot)
        for wanted in ("peacekeepers", "grain", "Farmers count the cost"):
            await pilot.press("g")
            await to_row(pilot, screen, wanted)
            at, before = place(screen)
            await pilot.press("d", "y")
            await settle(pilot)
            await wait_until(pilot, lambda shown=before: place(screen)[1] != shown)
            now, after = place(screen)
            assert now == min(at, len(after) - 1), (wanted, before, after)
            if wanted == "peacekeepers":  # the next row: the other saved search
                assert at > 0 and "grain" in after[now]  # not back on the first row
            if wanted == "grain":  # the last row: the one before it
                assert now == len(after) - 1 and after[now] == before[at - 1]
