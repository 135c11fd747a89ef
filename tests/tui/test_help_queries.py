"""The help screen's query table shows every row of `index.search.syntax`, as drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from index.search.syntax import QUERY_FORMS
from tests.tui.conftest import settle
from tui.app import BroadsheetApp
from tui.screens.help import HelpScreen


def _rows(lines: list[str]) -> list[tuple[str, str]]:
    """(typed, finds) per row of a two-column grid drawn as text, wrapped cells rejoined.

    A row starts with the first column's two-space indent; the second column starts
    where the first row's second cell does.
    """
    first = lines[0]
    gap = first[first.index("  ", 2) :]  # after the first cell: spaces, then the second
    column = len(first) - len(gap.lstrip())
    rows: list[tuple[list[str], list[str]]] = []
    for line in lines:
        left, right = line[:column], line[column:]
        if left.startswith("  ") and left[2:3].strip():
            rows.append(([], []))
        rows[-1][0].append(left.strip())
        rows[-1][1].append(right.strip())
    return [(" ".join(" ".join(a).split()), " ".join(" ".join(b).split())) for a, b in rows]


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_help_lists_every_query_form(
    built: tuple[Path, Path], tmp_path: Path, size: tuple[int, int]
) -> None:
    app = BroadsheetApp(*built, config_dir=tmp_path / "no-config")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(".help-queries", Static)
        lines = [table.render_line(y).text for y in range(table.size.height)]
        lines = [line for line in lines if line.strip()]
        shown = _rows(lines)
        expected = [(form.typed, " ".join(form.finds_plain.split())) for form in QUERY_FORMS]
        assert shown == expected
