"""The comparison's summary keeps each figure with its label (fx164, nu65 #4: at 120 columns
row 1 ended "quotes in both" and row 2 held " 0" alone)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from textual.widgets import Static

from tests.story_corpus import write_corpus
from tests.tui.conftest import settle
from tui.app import BroadsheetApp
from tui.figure_line import SEPARATOR, FigureLine, figure_item, figure_rows
from tui.screens.compare import CompareScreen

LABELS = ("similarity", "A found in B", "B found in A", "shared passages", "quotes in both")

words = st.text(st.sampled_from("abcé xyz"), min_size=1, max_size=20).map(str.strip).filter(bool)
figures = st.text(st.sampled_from("0123456789%/"), min_size=1, max_size=6)


@given(st.lists(st.tuples(words, figures), min_size=1, max_size=8), st.integers(1, 200))
def test_rows_split_between_items_only(pairs: list[tuple[str, str]], width: int) -> None:
    """Oracle: the greedy layout, built here from the items' plain strings."""
    items = [figure_item(label, figure) for label, figure in pairs]
    plains = [item.plain for item in items]
    expected: list[str] = []
    for plain in plains:
        if expected and cell_len(expected[-1]) + len(SEPARATOR) + cell_len(plain) <= width:
            expected[-1] += SEPARATOR + plain
        else:
            expected.append(plain)
    rows = [row.plain for row in figure_rows(items, width)]
    assert len(rows) == len(expected)
    for row, want in zip(rows, expected, strict=True):
        assert cell_len(row) <= width
        if cell_len(want) <= width:
            assert row == want  # whole items, never one split across rows
        else:  # a lone item wider than the row: cut with "…", never wrapped
            assert row.endswith("…") and want.startswith(row[:-1])


@pytest.mark.parametrize("columns", [80, 120, 200])
async def test_no_figure_is_parted_from_its_label(tmp_path: Path, columns: int) -> None:
    write_corpus(tmp_path / "news" / "news.jsonl")
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(columns, 40)) as pilot:
        await settle(pilot)
        await pilot.press("m", "j", "m", "c")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.comparison is not None
        summary = screen.query_one("#compare-summary", Static)
        content = summary.content
        assert isinstance(content.renderables[-3], FigureLine)  # type: ignore[union-attr]
        console = Console(width=summary.content_region.width, record=True)
        console.print(content)
        lines = console.export_text().splitlines()
        text = "\n".join(lines)
        for label in LABELS:  # each label once, its figure right after it on its row
            assert len(re.findall(rf"{label} \S+", text)) == 1, (label, lines)
        assert all(cell_len(line.rstrip()) <= summary.content_region.width for line in lines)
        if columns >= 200:  # the whole row fits on one line
            assert any(all(label in line for label in LABELS) for line in lines), lines
